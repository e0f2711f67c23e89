#include "switchyard/keys/key_refresher.hpp"

namespace switchyard::keys {

KeyRefresher::KeyRefresher(KeyRing& ring, std::chrono::milliseconds interval)
    : ring_(ring), interval_(interval), thread_([this] { run(); }) {}

KeyRefresher::~KeyRefresher() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  thread_.join();
}

void KeyRefresher::run() {
  std::unique_lock lock(mu_);
  while (!cv_.wait_for(lock, interval_, [this] { return stop_; })) {
    lock.unlock();
    if (ring_.refresh()) failures_.fetch_add(1, std::memory_order_relaxed);
    lock.lock();
  }
}

}  // namespace switchyard::keys
