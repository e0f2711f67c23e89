#include "switchyard/limits/redis_limit_store.hpp"

#include <openssl/rand.h>

#include <cstdio>

#include "switchyard/limits/redis_lua.hpp"

namespace switchyard::limits {
namespace {

// KEYS: bucket, slots. ARGV: rpm, tpm, max_concurrent, tokens, slot, lease_ms.
// Returns {0} when taken, else {limit (1 rpm, 2 tpm, 3 concurrency),
// allowed, retry_after_ms}.
const char* const kReserve = SWITCHYARD_LUA_NOW SWITCHYARD_LUA_BUCKETS
    R"lua(
local rpm, tpm, maxc = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local tokens, lease = tonumber(ARGV[4]), tonumber(ARGV[6])
local now = now_ms()
local function wait(have, need, per_minute)
  return math.max(1000, math.ceil((need - have) * 60000 / per_minute))
end
if maxc > 0 then
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
  if redis.call('ZCARD', KEYS[2]) >= maxc then return {3, maxc, 1000} end
end
local rq, tk, at = refill(KEYS[1], rpm, tpm, now)
if rpm > 0 and rq < 1 then return {1, rpm, wait(rq, 1, rpm)} end
local need = math.min(tokens, tpm)
if tpm > 0 and tk < need then return {2, tpm, wait(tk, need, tpm)} end
if rpm > 0 or tpm > 0 then
  if rpm > 0 then rq = rq - 1 end
  if tpm > 0 then tk = tk - tokens end
  store(KEYS[1], rq, tk, at, tpm)
end
if maxc > 0 then
  redis.call('ZADD', KEYS[2], now + lease, ARGV[5])
  redis.call('PEXPIRE', KEYS[2], lease)
end
return {0}
)lua";

// KEYS: bucket, slots. ARGV: rpm, tpm, reserved - used (tokens), slot ('' none),
// requests back (1: a cancel, the request undone; else 0).
const char* const kSettle = SWITCHYARD_LUA_NOW SWITCHYARD_LUA_BUCKETS
    R"lua(
local rpm, tpm, refund = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local back = tonumber(ARGV[5]) or 0
if ARGV[4] ~= '' then redis.call('ZREM', KEYS[2], ARGV[4]) end
if rpm <= 0 then back = 0 end
if tpm <= 0 then refund = 0 end
if (refund ~= 0 or back ~= 0) and redis.call('EXISTS', KEYS[1]) == 1 then
  local rq, tk, at = refill(KEYS[1], rpm, tpm, now_ms())
  store(KEYS[1], math.min(rpm, rq + back), math.min(tpm, tk + refund), at, tpm)
end
return 0
)lua";

// KEYS: slots. ARGV: lease_ms, slot... Pushes the leases of slots still held.
const char* const kRenew = SWITCHYARD_LUA_NOW SWITCHYARD_LUA_BUCKETS
    R"lua(
local until_ms = now_ms() + tonumber(ARGV[1])
for i = 2, #ARGV do redis.call('ZADD', KEYS[1], 'XX', until_ms, ARGV[i]) end
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[1]))
return 0
)lua";

// KEYS: slots. The slots whose leases have not run out.
const char* const kInFlight = SWITCHYARD_LUA_NOW SWITCHYARD_LUA_BUCKETS
    R"lua(
return redis.call('ZCOUNT', KEYS[1], '(' .. now_ms(), '+inf')
)lua";

const RedisClient::Script& reserve_script() {
  static const RedisClient::Script s = RedisClient::script(kReserve);
  return s;
}
const RedisClient::Script& settle_script() {
  static const RedisClient::Script s = RedisClient::script(kSettle);
  return s;
}
const RedisClient::Script& renew_script() {
  static const RedisClient::Script s = RedisClient::script(kRenew);
  return s;
}
const RedisClient::Script& in_flight_script() {
  static const RedisClient::Script s = RedisClient::script(kInFlight);
  return s;
}

std::string random_instance() {
  unsigned char bytes[8] = {};
  RAND_bytes(bytes, sizeof bytes);
  char hex[17];
  for (int i = 0; i < 8; ++i) std::snprintf(hex + 2 * i, 3, "%02x", bytes[i]);
  return hex;
}

}  // namespace

core::Expected<std::unique_ptr<RedisLimitStore>> RedisLimitStore::open(
    const RedisLimitOptions& options) {
  auto redis = RedisClient::connect(options.redis);
  if (!redis) return redis.error();
  return std::unique_ptr<RedisLimitStore>(new RedisLimitStore(std::move(*redis), options));
}

RedisLimitStore::RedisLimitStore(std::unique_ptr<RedisClient> redis, RedisLimitOptions options)
    : redis_(std::move(redis)),
      options_(std::move(options)),
      instance_(random_instance()),
      renewer_([this] { renew_leases(); }) {}

RedisLimitStore::~RedisLimitStore() {
  {
    std::lock_guard lock(stop_mu_);
    stop_ = true;
  }
  stop_cv_.notify_all();
  renewer_.join();
}

std::string RedisLimitStore::bucket_key(std::string_view subject) const {
  return options_.prefix + "{" + std::string(subject) + "}";
}

std::string RedisLimitStore::slots_key(std::string_view subject) const {
  return bucket_key(subject) + ":slots";
}

std::optional<Refusal> RedisLimitStore::reserve(std::string_view subject, const Limits& limits,
                                                std::int64_t tokens, Clock::time_point) {
  const std::string bucket = bucket_key(subject);
  const std::string slots = slots_key(subject);
  const std::string slot =
      limits.max_concurrent > 0 ? instance_ + ":" + std::to_string(next_slot_.fetch_add(1)) : "";
  const std::string rpm = std::to_string(limits.rpm);
  const std::string tpm = std::to_string(limits.tpm);
  const std::string maxc = std::to_string(limits.max_concurrent);
  const std::string tok = std::to_string(tokens);
  const std::string lease = std::to_string(options_.lease.count());
  auto r = redis_->eval(reserve_script(), {bucket, slots}, {rpm, tpm, maxc, tok, slot, lease});
  if (!r || r->type != RedisReply::Type::array || r->items.empty()) {
    unavailable_.fetch_add(1, std::memory_order_relaxed);
    if (options_.fail_open) return std::nullopt;
    return Refusal{Limit::unavailable, 0, std::chrono::milliseconds(1000)};
  }
  const std::int64_t verdict = r->items[0].integer;
  if (verdict == 0) {
    if (!slot.empty()) {
      std::lock_guard lock(slots_mu_);
      slots_[std::string(subject)].push_back(slot);
    }
    return std::nullopt;
  }
  Refusal refusal;
  refusal.limit = verdict == 1 ? Limit::rpm : verdict == 2 ? Limit::tpm : Limit::concurrency;
  if (r->items.size() >= 3) {
    refusal.allowed = r->items[1].integer;
    refusal.retry_after = std::chrono::milliseconds(r->items[2].integer);
  }
  return refusal;
}

std::string RedisLimitStore::take_slot(std::string_view subject) {
  std::string slot;
  std::lock_guard lock(slots_mu_);
  auto it = slots_.find(std::string(subject));
  if (it != slots_.end() && !it->second.empty()) {
    slot = std::move(it->second.back());
    it->second.pop_back();
    if (it->second.empty()) slots_.erase(it);
  }
  return slot;
}

void RedisLimitStore::release(std::string_view subject, const Limits& limits, std::int64_t refund,
                              bool request_back) {
  const std::string slot = limits.max_concurrent > 0 ? take_slot(subject) : std::string();
  if (limits.tpm <= 0) refund = 0;
  if (limits.rpm <= 0) request_back = false;
  if (slot.empty() && refund == 0 && !request_back) return;
  const std::string rpm = std::to_string(limits.rpm);
  const std::string tpm = std::to_string(limits.tpm);
  const std::string back = std::to_string(refund);
  // A failure here leaves the slot to its lease and the tokens unrefunded:
  // the counters err on the side of the limit.
  [[maybe_unused]] auto r = redis_->eval(settle_script(), {bucket_key(subject), slots_key(subject)},
                                         {rpm, tpm, back, slot, request_back ? "1" : "0"});
}

void RedisLimitStore::settle(std::string_view subject, const Limits& limits,
                             std::int64_t reserved_tokens, std::int64_t used_tokens,
                             Clock::time_point) {
  release(subject, limits, reserved_tokens - used_tokens, false);
}

void RedisLimitStore::cancel(std::string_view subject, const Limits& limits, std::int64_t tokens,
                             Clock::time_point) {
  release(subject, limits, tokens, true);
}

std::int64_t RedisLimitStore::in_flight(std::string_view subject) {
  auto r = redis_->eval(in_flight_script(), {slots_key(subject)}, {});
  return r && r->type == RedisReply::Type::integer ? r->integer : 0;
}

void RedisLimitStore::renew_leases() {
  const auto every = std::max(options_.lease / 3, std::chrono::milliseconds(10));
  std::unique_lock lock(stop_mu_);
  while (!stop_cv_.wait_for(lock, every, [this] { return stop_; })) {
    lock.unlock();
    std::unordered_map<std::string, std::vector<std::string>> held;
    {
      std::lock_guard slots_lock(slots_mu_);
      held = slots_;
    }
    const std::string lease = std::to_string(options_.lease.count());
    for (const auto& [subject, slots] : held) {
      std::vector<std::string_view> args{lease};
      args.insert(args.end(), slots.begin(), slots.end());
      [[maybe_unused]] auto r = redis_->eval(renew_script(), {slots_key(subject)}, args);
    }
    lock.lock();
  }
}

}  // namespace switchyard::limits
