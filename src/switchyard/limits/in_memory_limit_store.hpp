// The per-process LimitStore: each subject's buckets and in-flight count
// behind one of 64 mutexes picked by the subject's hash, so requests of
// different keys rarely meet on a lock and each holds it for a few
// arithmetic operations. A subject's state is made on its first request and
// kept (one entry per key).
#pragma once

#include <array>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "switchyard/limits/limit_store.hpp"

namespace switchyard::limits {

class InMemoryLimitStore final : public LimitStore {
 public:
  std::optional<Refusal> reserve(std::string_view subject, const Limits& limits,
                                 std::int64_t tokens, Clock::time_point now) override;
  void settle(std::string_view subject, const Limits& limits, std::int64_t reserved_tokens,
              std::int64_t used_tokens, Clock::time_point now) override;
  void cancel(std::string_view subject, const Limits& limits, std::int64_t tokens,
              Clock::time_point now) override;
  std::int64_t in_flight(std::string_view subject) override;

 private:
  struct State {
    double requests = 0;  // RPM bucket: requests that may start now
    double tokens = 0;    // TPM bucket: tokens that may be reserved now
    std::int64_t in_flight = 0;
    Clock::time_point refilled{};
    bool fresh = true;  // not yet filled
  };
  // Looked up by the subject's string_view: no string made per request.
  struct SubjectHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct Shard {
    std::mutex mu;
    std::unordered_map<std::string, State, SubjectHash, std::equal_to<>> states;
  };
  Shard& shard_of(std::string_view subject);
  static void refill(State& s, const Limits& limits, Clock::time_point now);

  std::array<Shard, 64> shards_;
};

}  // namespace switchyard::limits
