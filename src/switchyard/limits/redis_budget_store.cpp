#include "switchyard/limits/redis_budget_store.hpp"

#include <openssl/rand.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "switchyard/limits/redis_lua.hpp"

namespace switchyard::limits {

std::int64_t nanos(double usd) {
  return std::llround(usd * 1e9);
}
double usd_of(std::int64_t nanos) {
  return static_cast<double>(nanos) / 1e9;
}
namespace {

// KEYS: spend (the month's hash), held. ARGV: day, month, day budget,
// month budget, amount (nano-USD; budgets 0: none), member, lease_ms.
// Returns {-1} when the month's hash is missing (seed it first), {0} when
// reserved, else {1 day | 2 month, settled + reserved, settled}.
const char* const kReserve = SWITCHYARD_LUA_NOW SWITCHYARD_LUA_HELD
    R"lua(
if redis.call('EXISTS', KEYS[1]) == 0 then return {-1} end
local day, month = ARGV[1], ARGV[2]
local bd, bm, amount = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local now = now_ms()
local rd, rm = held(KEYS[2], now, day, month)
local sd, sm = settled(KEYS[1], day)
if bd > 0 and (sd + rd >= bd or sd + rd + amount > bd) then return {1, sd + rd, sd} end
if bm > 0 and (sm + rm >= bm or sm + rm + amount > bm) then return {2, sm + rm, sm} end
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[7]), ARGV[6])
redis.call('PEXPIRE', KEYS[2], tonumber(ARGV[7]))
return {0}
)lua";

// KEYS: spend, held. ARGV: day, month. {-1} (seed first) or {day, month}
// settled + reserved.
const char* const kSpent = SWITCHYARD_LUA_NOW SWITCHYARD_LUA_HELD
    R"lua(
if redis.call('EXISTS', KEYS[1]) == 0 then return {-1} end
local rd, rm = held(KEYS[2], now_ms(), ARGV[1], ARGV[2])
local sd, sm = settled(KEYS[1], ARGV[1])
return {sd + rd, sm + rm}
)lua";

// KEYS: spend, held. ARGV: member ('' none), day, used (nano-USD).
// Releases the reservation and charges the month when its hash exists
// (else the ledger, which holds the record, seeds it later).
const char* const kSettle = R"lua(
if ARGV[1] ~= '' then redis.call('ZREM', KEYS[2], ARGV[1]) end
local used = tonumber(ARGV[3])
if used > 0 and redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('HINCRBY', KEYS[1], 'd:' .. ARGV[2], used)
  redis.call('HINCRBY', KEYS[1], 'm', used)
end
return 0
)lua";

// KEYS: spend. ARGV: day, day settled, month settled, the month's end (Unix
// ms). Writes the month's hash unless another replica did first; it
// expires a day after the month ends (and never sooner than in a minute).
const char* const kSeed = SWITCHYARD_LUA_NOW SWITCHYARD_LUA_HELD
    R"lua(
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'd:' .. ARGV[1], ARGV[2], 'm', ARGV[3])
local ttl = tonumber(ARGV[4]) + 86400000 - now_ms()
redis.call('PEXPIRE', KEYS[1], math.max(60000, ttl))
return 1
)lua";

// KEYS: held. ARGV: lease_ms, member... Pushes the leases of reservations
// still held.
const char* const kRenew = SWITCHYARD_LUA_NOW SWITCHYARD_LUA_HELD
    R"lua(
local until_ms = now_ms() + tonumber(ARGV[1])
for i = 2, #ARGV do redis.call('ZADD', KEYS[1], 'XX', until_ms, ARGV[i]) end
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[1]))
return 0
)lua";

const RedisClient::Script& reserve_script() {
  static const RedisClient::Script s = RedisClient::script(kReserve);
  return s;
}
const RedisClient::Script& spent_script() {
  static const RedisClient::Script s = RedisClient::script(kSpent);
  return s;
}
const RedisClient::Script& settle_script() {
  static const RedisClient::Script s = RedisClient::script(kSettle);
  return s;
}
const RedisClient::Script& seed_script() {
  static const RedisClient::Script s = RedisClient::script(kSeed);
  return s;
}
const RedisClient::Script& renew_script() {
  static const RedisClient::Script s = RedisClient::script(kRenew);
  return s;
}

// As InMemoryBudgetStore: nano-USD, so sums of small costs stay exact.

std::string random_instance() {
  unsigned char bytes[8] = {};
  RAND_bytes(bytes, sizeof bytes);
  char hex[17];
  for (int i = 0; i < 8; ++i) std::snprintf(hex + 2 * i, 3, "%02x", bytes[i]);
  return hex;
}

// The part of a member after its instance and number: ":<nanos>:<day>:<month>".
std::string hold_suffix(std::int64_t amount, const BudgetWindows& w) {
  // Appended piece by piece: g++ 12 warns (-Wrestrict) on "x" + to_string().
  std::string s(1, ':');
  s += std::to_string(amount);
  s += ':';
  s += std::to_string(w.day);
  s += ':';
  s += std::to_string(w.month);
  return s;
}

bool is_array(const core::Expected<RedisReply>& r) {
  return r && r->type == RedisReply::Type::array && !r->items.empty();
}

}  // namespace

core::Expected<std::unique_ptr<RedisBudgetStore>> RedisBudgetStore::open(
    RedisBudgetOptions options) {
  auto redis = RedisClient::connect(options.redis);
  if (!redis) return redis.error();
  return std::unique_ptr<RedisBudgetStore>(
      new RedisBudgetStore(std::move(*redis), std::move(options)));
}

RedisBudgetStore::RedisBudgetStore(std::unique_ptr<RedisClient> redis, RedisBudgetOptions options)
    : redis_(std::move(redis)),
      options_(std::move(options)),
      instance_(random_instance()),
      renewer_([this] { renew_leases(); }) {}

RedisBudgetStore::~RedisBudgetStore() {
  {
    std::lock_guard lock(stop_mu_);
    stop_ = true;
  }
  stop_cv_.notify_all();
  renewer_.join();
}

std::string RedisBudgetStore::spend_key(std::string_view subject, std::int64_t month) const {
  return options_.prefix + "{" + std::string(subject) + "}:spend:" + std::to_string(month);
}

std::string RedisBudgetStore::held_key(std::string_view subject) const {
  return options_.prefix + "{" + std::string(subject) + "}:held";
}

std::size_t RedisBudgetStore::held() const {
  std::lock_guard lock(held_mu_);
  std::size_t n = 0;
  for (const auto& [subject, members] : held_) n += members.size();
  return n;
}

bool RedisBudgetStore::seed(std::string_view subject, std::int64_t now_ms) {
  Spend from_ledger;
  if (options_.seed) {
    auto s = options_.seed(subject, now_ms);
    if (!s) return false;
    from_ledger = *s;
  }
  const BudgetWindows w = BudgetWindows::at(now_ms);
  const std::string day = std::to_string(w.day);
  const std::string d = std::to_string(nanos(from_ledger.day_usd));
  const std::string m = std::to_string(nanos(from_ledger.month_usd));
  const std::string end = std::to_string(w.month_end_ms);
  auto r = redis_->eval(seed_script(), {spend_key(subject, w.month)}, {day, d, m, end});
  if (!r) return false;
  if (r->integer == 1) seeded_.fetch_add(1, std::memory_order_relaxed);
  return true;
}

std::optional<RedisReply> RedisBudgetStore::run_seeded(const RedisClient::Script& script,
                                                       std::string_view subject,
                                                       std::int64_t now_ms,
                                                       const std::vector<std::string_view>& keys,
                                                       const std::vector<std::string_view>& args) {
  for (int attempt = 0; attempt < 2; ++attempt) {
    auto r = redis_->eval(script, keys, args);
    if (!is_array(r)) return std::nullopt;
    if (r->items[0].integer != -1) return std::move(*r);
    if (attempt == 0 && !seed(subject, now_ms)) return std::nullopt;
  }
  return std::nullopt;  // seeded, and gone again at once: treated as unreachable
}

Spend RedisBudgetStore::spent(std::string_view subject, std::int64_t now_ms) {
  const BudgetWindows w = BudgetWindows::at(now_ms);
  const std::string spend = spend_key(subject, w.month);
  const std::string held = held_key(subject);
  const std::string day = std::to_string(w.day);
  const std::string month = std::to_string(w.month);
  auto r = run_seeded(spent_script(), subject, now_ms, {spend, held}, {day, month});
  if (!r || r->items.size() < 2) return {};
  return {usd_of(r->items[0].integer), usd_of(r->items[1].integer)};
}

std::optional<BudgetRefusal> RedisBudgetStore::reserve(std::string_view subject,
                                                       const Budgets& budgets, double usd,
                                                       std::int64_t now_ms) {
  const BudgetWindows w = BudgetWindows::at(now_ms);
  const std::int64_t amount = nanos(usd);
  const std::string member = new_member(amount, w);
  const std::string spend = spend_key(subject, w.month);
  const std::string held = held_key(subject);
  const std::string day = std::to_string(w.day);
  const std::string month = std::to_string(w.month);
  const std::string bd = std::to_string(nanos(budgets.day_usd));
  const std::string bm = std::to_string(nanos(budgets.month_usd));
  const std::string amt = std::to_string(amount);
  const std::string lease = std::to_string(options_.lease.count());
  auto r = run_seeded(reserve_script(), subject, now_ms, {spend, held},
                      {day, month, bd, bm, amt, member, lease});
  if (!r) {
    unavailable_.fetch_add(1, std::memory_order_relaxed);
    if (options_.fail_open) return std::nullopt;
    BudgetRefusal refusal;
    refusal.unavailable = true;
    return refusal;
  }
  const std::int64_t verdict = r->items[0].integer;
  if (verdict == 0) {
    std::lock_guard lock(held_mu_);
    held_[std::string(subject)].push_back(member);
    return std::nullopt;
  }
  return refusal_of(verdict == 1, budgets, *r, amount, w, now_ms);
}

BudgetRefusal RedisBudgetStore::refusal_of(bool by_day, const Budgets& budgets, const RedisReply& r,
                                           std::int64_t amount, const BudgetWindows& w,
                                           std::int64_t now_ms) {
  BudgetRefusal refusal;
  refusal.period = by_day ? BudgetPeriod::day : BudgetPeriod::month;
  refusal.budget_usd = by_day ? budgets.day_usd : budgets.month_usd;
  if (r.items.size() >= 3) {
    refusal.spent_usd = usd_of(r.items[1].integer);
    const std::int64_t settled = r.items[2].integer;
    const std::int64_t budget = nanos(refusal.budget_usd);
    // Only a new window makes room when the settled spend alone leaves none.
    if (settled >= budget || settled + amount > budget) {
      const std::int64_t end = by_day ? w.day_end_ms : w.month_end_ms;
      refusal.retry_after = std::chrono::milliseconds(std::max<std::int64_t>(1000, end - now_ms));
    }
  }
  return refusal;
}

std::string RedisBudgetStore::new_member(std::int64_t amount, const BudgetWindows& w) {
  return instance_ + ":" + std::to_string(next_hold_.fetch_add(1)) + hold_suffix(amount, w);
}

std::string RedisBudgetStore::take_held(std::string_view subject, std::int64_t amount,
                                        const BudgetWindows& w) {
  const std::string suffix = hold_suffix(amount, w);
  std::string member;
  std::lock_guard lock(held_mu_);
  auto it = held_.find(std::string(subject));
  if (it != held_.end()) {
    auto& members = it->second;
    auto m = std::find_if(members.rbegin(), members.rend(),
                          [&](const std::string& s) { return s.ends_with(suffix); });
    if (m != members.rend()) {
      member = std::move(*m);
      members.erase(std::next(m).base());
      if (members.empty()) held_.erase(it);
    }
  }
  return member;
}

void RedisBudgetStore::settle(std::string_view subject, double reserved_usd, double used_usd,
                              std::int64_t reserved_ms) {
  const BudgetWindows w = BudgetWindows::at(reserved_ms);
  const std::string member = take_held(subject, nanos(reserved_usd), w);
  const std::int64_t used = nanos(used_usd);
  if (member.empty() && used <= 0) return;
  const std::string day = std::to_string(w.day);
  const std::string amount = std::to_string(used);
  // A failure leaves the reservation to its lease and the cost to the
  // ledger (the month is seeded from it if Redis lost the hash).
  [[maybe_unused]] auto r = redis_->eval(
      settle_script(), {spend_key(subject, w.month), held_key(subject)}, {member, day, amount});
}

void RedisBudgetStore::charge(std::string_view subject, double usd, std::int64_t at_ms) {
  const BudgetWindows w = BudgetWindows::at(at_ms);
  const std::int64_t amount = nanos(usd);
  if (amount <= 0) return;
  [[maybe_unused]] auto r =
      redis_->eval(settle_script(), {spend_key(subject, w.month), held_key(subject)},
                   {"", std::to_string(w.day), std::to_string(amount)});
}

void RedisBudgetStore::renew_leases() {
  const auto every = std::max(options_.lease / 3, std::chrono::milliseconds(10));
  std::unique_lock lock(stop_mu_);
  while (!stop_cv_.wait_for(lock, every, [this] { return stop_; })) {
    lock.unlock();
    std::unordered_map<std::string, std::vector<std::string>> held;
    {
      std::lock_guard held_lock(held_mu_);
      held = held_;
    }
    const std::string lease = std::to_string(options_.lease.count());
    for (const auto& [subject, members] : held) {
      std::vector<std::string_view> args{lease};
      args.insert(args.end(), members.begin(), members.end());
      [[maybe_unused]] auto r = redis_->eval(renew_script(), {held_key(subject)}, args);
    }
    lock.lock();
  }
}

}  // namespace switchyard::limits
