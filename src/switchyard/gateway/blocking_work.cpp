#include "switchyard/gateway/blocking_work.hpp"

#include <thread>
#include <utility>

namespace switchyard::gateway {

http::Task<void> BlockingWork::run(std::function<void()> work) {
  bool drained = false;
  {
    std::lock_guard lock(mu_);
    drained = drained_;
    if (!drained) ++running_;
  }
  if (drained) {
    work();
    co_return;
  }
  co_await http::net::async_initiate<const http::net::use_awaitable_t<>&, void()>(
      [this, &work](auto handler) {
        std::thread([this, job = std::move(work), handler = std::move(handler)]() mutable {
          job();
          job = nullptr;  // its captures die here, off the io thread, before the post
          auto executor = http::net::get_associated_executor(handler);
          http::net::post(executor, std::move(handler));
          // Last: once drain() sees the count fall, nothing here touches
          // this object or the io thread again.
          std::lock_guard lock(mu_);
          --running_;
          idle_.notify_all();
        }).detach();
      },
      http::net::use_awaitable);
}

void BlockingWork::drain() {
  std::unique_lock lock(mu_);
  drained_ = true;
  idle_.wait(lock, [this] { return running_ == 0; });
}

int BlockingWork::running() const {
  std::lock_guard lock(mu_);
  return running_;
}

}  // namespace switchyard::gateway
