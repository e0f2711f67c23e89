#include "switchyard/gateway/work_pool.hpp"

#include <exception>
#include <memory>
#include <utility>

namespace switchyard::gateway {

WorkPool::WorkPool(unsigned threads) {
  threads_.reserve(threads);
  for (unsigned i = 0; i < threads; ++i) threads_.emplace_back([this] { loop(); });
}

WorkPool::~WorkPool() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  ready_.notify_all();
  for (auto& t : threads_) t.join();
}

void WorkPool::loop() {
  for (;;) {
    std::function<void()> job;
    {
      std::unique_lock lock(mu_);
      ready_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, and nothing left to run
      job = std::move(queue_.front());
      queue_.pop_front();
    }
    job();
  }
}

http::Task<void> WorkPool::run(std::function<void()> work) {
  std::exception_ptr failed;
  co_await http::net::async_initiate<const http::net::use_awaitable_t<>&, void()>(
      [this, &work, &failed](auto handler) {
        // The queue holds copyable jobs; the handler (move-only) is shared.
        auto resume = std::make_shared<decltype(handler)>(std::move(handler));
        auto job = [&failed, work = std::move(work), resume]() mutable {
          try {
            work();
          } catch (...) {
            failed = std::current_exception();
          }
          work = nullptr;  // its captures die here, off the io thread, before the post
          auto executor = http::net::get_associated_executor(*resume);
          http::net::post(executor, std::move(*resume));
        };
        {
          std::lock_guard lock(mu_);
          queue_.emplace_back(std::move(job));
        }
        ready_.notify_one();
      },
      http::net::use_awaitable);
  if (failed) std::rethrow_exception(failed);
}

}  // namespace switchyard::gateway
