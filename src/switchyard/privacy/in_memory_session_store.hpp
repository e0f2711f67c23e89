// The session store of a single gateway: the sessions in this process, at
// most `max_entries` of them. Entries expire `ttl` after they were last
// remembered (they read as absent from then on and are dropped when met);
// past the bound, the least recently used entry makes room, expired or not.
// An eviction of a live entry is counted (evicted()): a session evicted
// early is no longer raised, so max_entries is sized to the sessions one
// ttl holds (docs/privacy.md). Any thread; one mutex.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <list>
#include <mutex>
#include <string>
#include <unordered_map>

#include "switchyard/privacy/session_store.hpp"

namespace switchyard::privacy {

class InMemorySessionStore final : public SessionStore {
 public:
  using Clock = std::chrono::steady_clock;
  // `now`: the clock (injectable for tests); default steady_clock::now.
  explicit InMemorySessionStore(std::size_t max_entries,
                                std::function<Clock::time_point()> now = nullptr);

  core::Expected<std::optional<DataClass>> recall(std::string_view key) override;
  std::optional<core::Error> remember(std::string_view key, DataClass level,
                                      std::chrono::milliseconds ttl) override;

  std::size_t size() const;
  // Entries dropped for room before they expired.
  std::uint64_t evicted() const { return evicted_.load(std::memory_order_relaxed); }

 private:
  struct Entry {
    std::string key;
    DataClass level;
    Clock::time_point expires;
  };
  using Lru = std::list<Entry>;  // most recently used first

  Clock::time_point now() const { return now_ ? now_() : Clock::now(); }

  const std::size_t max_entries_;
  const std::function<Clock::time_point()> now_;
  mutable std::mutex mu_;
  Lru lru_;
  std::unordered_map<std::string_view, Lru::iterator> index_;  // views into lru_'s keys
  std::atomic<std::uint64_t> evicted_{0};
};

}  // namespace switchyard::privacy
