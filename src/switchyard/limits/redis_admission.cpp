#include "switchyard/limits/redis_admission.hpp"

#include "switchyard/limits/redis_lua.hpp"

namespace switchyard::limits {
namespace {

// KEYS: bucket, slots, spend (the month's hash), held.
// ARGV: rpm, tpm, max_concurrent, tokens, slot, slot lease_ms, day, month,
// day budget, month budget, amount (nano-USD; budgets 0: none), member,
// reservation lease_ms, '1' to take the limits even when a budget refuses.
// Checks first, writes after: a refusal takes nothing (but for ARGV[14]).
// Returns {0} taken; {1 rpm | 2 tpm | 3 concurrency, allowed,
// retry_after_ms}; {4 day | 5 month, settled + reserved, settled}; {-1}
// when a budget is checked and the month's hash is missing (seed it first).
const char* const kAdmit = SWITCHYARD_LUA_NOW SWITCHYARD_LUA_BUCKETS SWITCHYARD_LUA_HELD
    R"lua(
local rpm, tpm, maxc = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local tokens, lease = tonumber(ARGV[4]), tonumber(ARGV[6])
local day, month = ARGV[7], ARGV[8]
local bd, bm, amount = tonumber(ARGV[9]), tonumber(ARGV[10]), tonumber(ARGV[11])
local now = now_ms()
local function wait(have, need, per_minute)
  return math.max(1000, math.ceil((need - have) * 60000 / per_minute))
end
if maxc > 0 then
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
  if redis.call('ZCARD', KEYS[2]) >= maxc then return {3, maxc, 1000} end
end
local rq, tk, at = rpm, tpm, now
if rpm > 0 or tpm > 0 then
  rq, tk, at = refill(KEYS[1], rpm, tpm, now)
  if rpm > 0 and rq < 1 then return {1, rpm, wait(rq, 1, rpm)} end
  local need = math.min(tokens, tpm)
  if tpm > 0 and tk < need then return {2, tpm, wait(tk, need, tpm)} end
end
local over = nil
if bd > 0 or bm > 0 then
  if redis.call('EXISTS', KEYS[3]) == 0 then return {-1} end
  local rd, rm = held(KEYS[4], now, day, month)
  local sd, sm = settled(KEYS[3], day)
  if bd > 0 and (sd + rd >= bd or sd + rd + amount > bd) then
    over = {4, sd + rd, sd}
  elseif bm > 0 and (sm + rm >= bm or sm + rm + amount > bm) then
    over = {5, sm + rm, sm}
  end
  if over and ARGV[14] ~= '1' then return over end
  if not over then
    redis.call('ZADD', KEYS[4], now + tonumber(ARGV[13]), ARGV[12])
    redis.call('PEXPIRE', KEYS[4], tonumber(ARGV[13]))
  end
end
if rpm > 0 or tpm > 0 then
  if rpm > 0 then rq = rq - 1 end
  if tpm > 0 then tk = tk - tokens end
  store(KEYS[1], rq, tk, at, tpm)
end
if maxc > 0 then
  redis.call('ZADD', KEYS[2], now + lease, ARGV[5])
  redis.call('PEXPIRE', KEYS[2], lease)
end
if over then return over end
return {0}
)lua";

// KEYS: bucket, slots, spend, held. ARGV: rpm, tpm, reserved - used
// (tokens), slot ('' none), member ('' none), day, used (nano-USD).
// The slot back, TPM corrected, the reservation released and the cost
// charged to the month when its hash exists (else the ledger, which holds
// the record, seeds it later).
const char* const kSettle = SWITCHYARD_LUA_NOW SWITCHYARD_LUA_BUCKETS
    R"lua(
local rpm, tpm, refund = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
if ARGV[4] ~= '' then redis.call('ZREM', KEYS[2], ARGV[4]) end
if tpm > 0 and refund ~= 0 and redis.call('EXISTS', KEYS[1]) == 1 then
  local rq, tk, at = refill(KEYS[1], rpm, tpm, now_ms())
  store(KEYS[1], rq, math.min(tpm, tk + refund), at, tpm)
end
if ARGV[5] ~= '' then redis.call('ZREM', KEYS[4], ARGV[5]) end
local used = tonumber(ARGV[7])
if used > 0 and redis.call('EXISTS', KEYS[3]) == 1 then
  redis.call('HINCRBY', KEYS[3], 'd:' .. ARGV[6], used)
  redis.call('HINCRBY', KEYS[3], 'm', used)
end
return 0
)lua";

const RedisClient::Script& admit_script() {
  static const RedisClient::Script s = RedisClient::script(kAdmit);
  return s;
}
const RedisClient::Script& settle_script() {
  static const RedisClient::Script s = RedisClient::script(kSettle);
  return s;
}

}  // namespace

Verdict RedisAdmission::admit(std::string_view subject, const Ask& ask) {
  const Limits& l = ask.limits;
  const bool budget = ask.budgets.any();
  const BudgetWindows w = BudgetWindows::at(ask.now_ms);
  const std::int64_t amount = nanos(ask.usd);
  const std::string slot =
      l.max_concurrent > 0
          ? limits_.instance_ + ":" + std::to_string(limits_.next_slot_.fetch_add(1))
          : std::string();
  const std::string member = budget ? budgets_.new_member(amount, w) : std::string();
  const std::string bucket = limits_.bucket_key(subject);
  const std::string slots = limits_.slots_key(subject);
  const std::string spend = budgets_.spend_key(subject, w.month);
  const std::string held = budgets_.held_key(subject);
  const std::string rpm = std::to_string(l.rpm);
  const std::string tpm = std::to_string(l.tpm);
  const std::string maxc = std::to_string(l.max_concurrent);
  const std::string tokens = std::to_string(l.tpm > 0 ? ask.tokens : 0);
  const std::string slot_lease = std::to_string(limits_.options_.lease.count());
  const std::string day = std::to_string(w.day);
  const std::string month = std::to_string(w.month);
  const std::string bd = std::to_string(budget ? nanos(ask.budgets.day_usd) : 0);
  const std::string bm = std::to_string(budget ? nanos(ask.budgets.month_usd) : 0);
  const std::string amt = std::to_string(amount);
  const std::string held_lease = std::to_string(budgets_.options_.lease.count());
  auto r = budgets_.run_seeded(admit_script(), subject, ask.now_ms, {bucket, slots, spend, held},
                               {rpm, tpm, maxc, tokens, slot, slot_lease, day, month, bd, bm, amt,
                                member, held_lease, ask.limits_when_over_budget ? "1" : "0"});
  Verdict v;
  if (!r) {
    // Nothing could be checked: as the store that would have refused first.
    if (l.any()) {
      limits_.unavailable_.fetch_add(1, std::memory_order_relaxed);
      if (limits_.options_.fail_open)
        v.held = true;
      else
        v.limit = Refusal{Limit::unavailable, 0, std::chrono::milliseconds(1000)};
    } else {
      budgets_.unavailable_.fetch_add(1, std::memory_order_relaxed);
      if (budgets_.options_.fail_open) {
        v.held = true;
      } else {
        v.budget.emplace();
        v.budget->unavailable = true;
      }
    }
    return v;
  }
  const std::int64_t verdict = r->items[0].integer;
  if (verdict >= 1 && verdict <= 3) {
    Refusal refusal;
    refusal.limit = verdict == 1 ? Limit::rpm : verdict == 2 ? Limit::tpm : Limit::concurrency;
    if (r->items.size() >= 3) {
      refusal.allowed = r->items[1].integer;
      refusal.retry_after = std::chrono::milliseconds(r->items[2].integer);
    }
    v.limit = refusal;
    return v;
  }
  const bool over = verdict == 4 || verdict == 5;
  if (over) {
    v.budget = RedisBudgetStore::refusal_of(verdict == 4, ask.budgets, *r, amount, w, ask.now_ms);
    if (!ask.limits_when_over_budget || !l.any()) return v;  // nothing taken
  } else if (budget) {
    std::lock_guard lock(budgets_.held_mu_);
    budgets_.held_[std::string(subject)].push_back(member);
  }
  if (!slot.empty()) {
    std::lock_guard lock(limits_.slots_mu_);
    limits_.slots_[std::string(subject)].push_back(slot);
  }
  v.held = true;
  return v;
}

void RedisAdmission::settle(std::string_view subject, const Ask& ask, bool budget_held,
                            std::int64_t used_tokens, double used_usd) {
  const Limits& l = ask.limits;
  const BudgetWindows w = BudgetWindows::at(ask.now_ms);
  const bool budget = budget_held && ask.budgets.any();
  const std::string slot = l.max_concurrent > 0 ? limits_.take_slot(subject) : std::string();
  const std::int64_t refund = l.tpm > 0 ? ask.tokens - used_tokens : 0;
  const std::string member =
      budget ? budgets_.take_held(subject, nanos(ask.usd), w) : std::string();
  const std::int64_t used = budget ? nanos(used_usd) : 0;
  if (slot.empty() && refund == 0 && member.empty() && used <= 0) return;
  const std::string rpm = std::to_string(l.rpm);
  const std::string tpm = std::to_string(l.tpm);
  const std::string back = std::to_string(refund);
  const std::string day = std::to_string(w.day);
  const std::string amount = std::to_string(used);
  // A failure leaves the slot and the reservation to their leases, the
  // tokens unrefunded and the cost to the ledger: the counters err on the
  // side of the limits.
  [[maybe_unused]] auto r =
      limits_.redis_->eval(settle_script(),
                           {limits_.bucket_key(subject), limits_.slots_key(subject),
                            budgets_.spend_key(subject, w.month), budgets_.held_key(subject)},
                           {rpm, tpm, back, slot, member, day, amount});
}

}  // namespace switchyard::limits
