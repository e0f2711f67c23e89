// Keeps a KeyRing current: a thread that asks the store for its version
// every `interval` and reloads the ring when it moved, so a key created,
// revoked or rotated by another process (the CLI, another replica) takes
// effect here within one interval. A store that cannot be read leaves the
// ring as it was (keys keep working as last seen) and is tried again next
// time; failures() counts them.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "switchyard/keys/key_ring.hpp"

namespace switchyard::keys {

class KeyRefresher {
 public:
  KeyRefresher(KeyRing& ring, std::chrono::milliseconds interval);
  ~KeyRefresher();  // stops the thread
  KeyRefresher(const KeyRefresher&) = delete;
  KeyRefresher& operator=(const KeyRefresher&) = delete;

  std::uint64_t failures() const { return failures_.load(std::memory_order_relaxed); }

 private:
  void run();

  KeyRing& ring_;
  const std::chrono::milliseconds interval_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;
  std::atomic<std::uint64_t> failures_{0};
  std::thread thread_;  // last: it starts once the rest is built
};

}  // namespace switchyard::keys
