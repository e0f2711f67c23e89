#include "switchyard/limits/in_memory_limit_store.hpp"

#include <algorithm>
#include <cmath>
#include <functional>

namespace switchyard::limits {
namespace {

// How long until a bucket refilling `per_minute` reaches `need` from `have`.
std::chrono::milliseconds wait_for(double have, double need, std::int64_t per_minute) {
  const double ms = (need - have) * 60'000.0 / static_cast<double>(per_minute);
  return std::chrono::milliseconds(std::max<std::int64_t>(1000, std::llround(std::ceil(ms))));
}

}  // namespace

const char* to_string(Limit limit) {
  switch (limit) {
    case Limit::rpm:
      return "rpm";
    case Limit::tpm:
      return "tpm";
    case Limit::concurrency:
      return "concurrency";
    case Limit::unavailable:
      return "unavailable";
  }
  return "rpm";
}

InMemoryLimitStore::Shard& InMemoryLimitStore::shard_of(std::string_view subject) {
  return shards_[std::hash<std::string_view>{}(subject) % shards_.size()];
}

void InMemoryLimitStore::refill(State& s, const Limits& limits, Clock::time_point now) {
  if (s.fresh) {
    s.requests = static_cast<double>(limits.rpm);
    s.tokens = static_cast<double>(limits.tpm);
    s.refilled = now;
    s.fresh = false;
    return;
  }
  if (now <= s.refilled) return;
  const double minutes = std::chrono::duration<double, std::ratio<60>>(now - s.refilled).count();
  s.requests = std::min<double>(static_cast<double>(limits.rpm),
                                s.requests + minutes * static_cast<double>(limits.rpm));
  s.tokens = std::min<double>(static_cast<double>(limits.tpm),
                              s.tokens + minutes * static_cast<double>(limits.tpm));
  s.refilled = now;
}

std::optional<Refusal> InMemoryLimitStore::reserve(std::string_view subject, const Limits& limits,
                                                   std::int64_t tokens, Clock::time_point now) {
  Shard& shard = shard_of(subject);
  std::lock_guard lock(shard.mu);
  auto it = shard.states.find(subject);
  if (it == shard.states.end()) it = shard.states.emplace(std::string(subject), State{}).first;
  State& s = it->second;
  refill(s, limits, now);
  if (limits.max_concurrent > 0 && s.in_flight >= limits.max_concurrent)
    return Refusal{Limit::concurrency, limits.max_concurrent, std::chrono::milliseconds(1000)};
  if (limits.rpm > 0 && s.requests < 1.0)
    return Refusal{Limit::rpm, limits.rpm, wait_for(s.requests, 1.0, limits.rpm)};
  // A request above the whole allowance needs a full bucket, not more.
  const double need = static_cast<double>(std::min(tokens, limits.tpm));
  if (limits.tpm > 0 && s.tokens < need)
    return Refusal{Limit::tpm, limits.tpm, wait_for(s.tokens, need, limits.tpm)};
  if (limits.rpm > 0) s.requests -= 1.0;
  if (limits.tpm > 0) s.tokens -= static_cast<double>(tokens);
  ++s.in_flight;
  return std::nullopt;
}

void InMemoryLimitStore::settle(std::string_view subject, const Limits& limits,
                                std::int64_t reserved_tokens, std::int64_t used_tokens,
                                Clock::time_point now) {
  Shard& shard = shard_of(subject);
  std::lock_guard lock(shard.mu);
  auto it = shard.states.find(subject);
  if (it == shard.states.end()) return;
  State& s = it->second;
  refill(s, limits, now);
  if (s.in_flight > 0) --s.in_flight;
  if (limits.tpm > 0)
    s.tokens = std::min<double>(static_cast<double>(limits.tpm),
                                s.tokens + static_cast<double>(reserved_tokens - used_tokens));
}

void InMemoryLimitStore::cancel(std::string_view subject, const Limits& limits, std::int64_t tokens,
                                Clock::time_point now) {
  Shard& shard = shard_of(subject);
  std::lock_guard lock(shard.mu);
  auto it = shard.states.find(subject);
  if (it == shard.states.end()) return;
  State& s = it->second;
  refill(s, limits, now);
  if (s.in_flight > 0) --s.in_flight;
  if (limits.rpm > 0)
    s.requests = std::min<double>(static_cast<double>(limits.rpm), s.requests + 1.0);
  if (limits.tpm > 0)
    s.tokens =
        std::min<double>(static_cast<double>(limits.tpm), s.tokens + static_cast<double>(tokens));
}

std::int64_t InMemoryLimitStore::in_flight(std::string_view subject) {
  Shard& shard = shard_of(subject);
  std::lock_guard lock(shard.mu);
  auto it = shard.states.find(subject);
  return it == shard.states.end() ? 0 : it->second.in_flight;
}

}  // namespace switchyard::limits
