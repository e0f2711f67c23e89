// Rate limits per subject (a virtual key's id): requests per minute (RPM),
// tokens per minute (TPM) and requests in flight (concurrency). A request
// reserves all three before it is sent (reserve), all or nothing, and
// settles once it has ended (settle): its slot back, and the tokens it
// reserved (estimated prompt + max_tokens) corrected to what it used.
//
// RPM and TPM are token buckets: a bucket holds up to a minute's allowance
// and refills continuously, so a subject may burst to its limit and then
// runs at the limit's rate, with no window edge to burst across twice. A
// request larger than the whole TPM allowance waits for a full bucket, then
// goes (the bucket goes below zero and the next requests wait longer).
//
// The store is per process (InMemoryLimitStore) or, for several replicas,
// shared in Redis (RedisLimitStore: the same arithmetic in atomic scripts),
// so the gateway and its tests do not change.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

namespace switchyard::limits {

using Clock = std::chrono::steady_clock;

struct Limits {
  std::int64_t rpm = 0;             // 0: no limit
  std::int64_t tpm = 0;             // 0: no limit
  std::int64_t max_concurrent = 0;  // 0: no limit
  bool any() const { return rpm > 0 || tpm > 0 || max_concurrent > 0; }
};

// `unavailable`: the store itself could not be reached (a shared store on
// another machine), so no limit could be checked: the gateway answers 503
// and sends nothing (fail closed).
enum class Limit { rpm, tpm, concurrency, unavailable };
const char* to_string(Limit limit);  // "rpm", "tpm", "concurrency", "unavailable"

// Why a reserve was refused: the limit, its value, and how long until a
// retry could pass (as far as the store can tell; at least 1 s).
struct Refusal {
  Limit limit = Limit::rpm;
  std::int64_t allowed = 0;
  std::chrono::milliseconds retry_after{1000};
};

class LimitStore {
 public:
  virtual ~LimitStore() = default;
  // Takes one request, `tokens` and one slot (the ones `limits` sets) for
  // `subject`, or nothing and the first limit that refused.
  virtual std::optional<Refusal> reserve(std::string_view subject, const Limits& limits,
                                         std::int64_t tokens, Clock::time_point now) = 0;
  // Ends a reservation: the slot back (when one was taken) and TPM
  // corrected by `used_tokens - reserved_tokens` (a refund when fewer were
  // used). Exactly once per successful reserve.
  virtual void settle(std::string_view subject, const Limits& limits, std::int64_t reserved_tokens,
                      std::int64_t used_tokens, Clock::time_point now) = 0;
  // Undoes a successful reserve whole, as if it had not been made: the
  // request, its `tokens` and its slot back (admission.hpp: the budget
  // refused in the same admission).
  virtual void cancel(std::string_view subject, const Limits& limits, std::int64_t tokens,
                      Clock::time_point now) = 0;
  // Requests in flight for `subject` (for tests and metrics).
  virtual std::int64_t in_flight(std::string_view subject) = 0;
};

}  // namespace switchyard::limits
