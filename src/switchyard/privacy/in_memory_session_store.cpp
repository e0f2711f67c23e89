#include "switchyard/privacy/in_memory_session_store.hpp"

#include <algorithm>

namespace switchyard::privacy {

InMemorySessionStore::InMemorySessionStore(std::size_t max_entries,
                                           std::function<Clock::time_point()> now)
    : max_entries_(std::max<std::size_t>(max_entries, 1)), now_(std::move(now)) {}

core::Expected<std::optional<DataClass>> InMemorySessionStore::recall(std::string_view key) {
  const auto t = now();
  std::lock_guard lock(mu_);
  const auto it = index_.find(key);
  if (it == index_.end()) return std::optional<DataClass>{};
  if (it->second->expires <= t) {
    const auto entry = it->second;
    index_.erase(it);
    lru_.erase(entry);
    return std::optional<DataClass>{};
  }
  lru_.splice(lru_.begin(), lru_, it->second);
  return std::optional<DataClass>{it->second->level};
}

std::optional<core::Error> InMemorySessionStore::remember(std::string_view key, DataClass level,
                                                          std::chrono::milliseconds ttl) {
  const auto t = now();
  std::lock_guard lock(mu_);
  if (const auto it = index_.find(key); it != index_.end()) {
    Entry& e = *it->second;
    // An expired entry is a new start: its old class no longer counts.
    e.level = e.expires <= t ? level : std::max(e.level, level);
    e.expires = t + ttl;
    lru_.splice(lru_.begin(), lru_, it->second);
    return std::nullopt;
  }
  if (lru_.size() >= max_entries_) {
    const Entry& last = lru_.back();
    if (last.expires > t) evicted_.fetch_add(1, std::memory_order_relaxed);
    index_.erase(std::string_view(last.key));
    lru_.pop_back();
  }
  lru_.push_front(Entry{std::string(key), level, t + ttl});
  index_.emplace(std::string_view(lru_.front().key), lru_.begin());
  return std::nullopt;
}

std::size_t InMemorySessionStore::size() const {
  std::lock_guard lock(mu_);
  return lru_.size();
}

}  // namespace switchyard::privacy
