#include "switchyard/gateway/stores.hpp"

#include <mutex>

#include "switchyard/gateway/budget_gate.hpp"
#include "switchyard/gateway/redis_session_store.hpp"
#include "switchyard/keys/postgres_key_store.hpp"
#include "switchyard/keys/sqlite_key_store.hpp"
#include "switchyard/ledger/postgres_store.hpp"
#include "switchyard/ledger/sqlite_store.hpp"
#include "switchyard/limits/in_memory_budget_store.hpp"
#include "switchyard/limits/in_memory_limit_store.hpp"
#include "switchyard/limits/redis_budget_store.hpp"
#include "switchyard/limits/redis_limit_store.hpp"
#include "switchyard/privacy/in_memory_session_store.hpp"

namespace switchyard::gateway {

core::Expected<std::unique_ptr<ledger::RecordStore>> open_record_store(
    const config::LedgerConfig& cfg, bool truncate_checkpoints) {
  if (cfg.store == config::LedgerConfig::Store::postgres) {
    auto store = ledger::PostgresStore::open({cfg.url});
    if (!store) return store.error();
    return std::unique_ptr<ledger::RecordStore>(std::move(*store));
  }
  auto store = ledger::SqliteStore::open({cfg.path, cfg.full_sync, truncate_checkpoints});
  if (!store) return store.error();
  return std::unique_ptr<ledger::RecordStore>(std::move(*store));
}

core::Expected<std::unique_ptr<ledger::FeedbackStore>> open_feedback_store(
    const config::LedgerConfig& cfg) {
  if (cfg.store == config::LedgerConfig::Store::postgres) {
    auto store = ledger::PostgresFeedbackStore::open(cfg.url);
    if (!store) return store.error();
    return std::unique_ptr<ledger::FeedbackStore>(std::move(*store));
  }
  auto store = ledger::SqliteFeedbackStore::open(cfg.path);
  if (!store) return store.error();
  return std::unique_ptr<ledger::FeedbackStore>(std::move(*store));
}

core::Expected<std::shared_ptr<keys::KeyStore>> open_key_store(const config::KeysConfig& cfg) {
  if (!cfg.url.empty()) {
    auto store = keys::PostgresKeyStore::open(cfg.url);
    if (!store) return store.error();
    return std::shared_ptr<keys::KeyStore>(std::move(*store));
  }
  auto store = keys::SqliteKeyStore::open(cfg.path);
  if (!store) return store.error();
  return std::shared_ptr<keys::KeyStore>(std::move(*store));
}

core::Expected<std::unique_ptr<limits::LimitStore>> open_limit_store(
    const config::LimitsConfig& cfg) {
  if (cfg.store == config::LimitsConfig::Store::memory)
    return std::unique_ptr<limits::LimitStore>(std::make_unique<limits::InMemoryLimitStore>());
  limits::RedisLimitOptions o;
  o.redis.url = cfg.url;
  o.redis.timeout = cfg.timeout;
  o.prefix = cfg.prefix;
  o.lease = cfg.lease;
  o.fail_open = cfg.fail_open;
  auto store = limits::RedisLimitStore::open(o);
  if (!store)
    return core::Error::internal("limits.store: " + store.error().message +
                                 " (the URL is in the variable " + cfg.url_env + ")");
  return std::unique_ptr<limits::LimitStore>(std::move(*store));
}

core::Expected<std::unique_ptr<limits::BudgetStore>> open_budget_store(const config::Config& cfg) {
  const config::LimitsConfig& l = cfg.limits;
  if (l.store == config::LimitsConfig::Store::memory)
    return std::unique_ptr<limits::BudgetStore>(std::make_unique<limits::InMemoryBudgetStore>());
  auto ledger = open_record_store(cfg.ledger);
  if (!ledger) return ledger.error();
  // Seeds are rare (a key's first request of a month, or Redis lost its
  // data) and each scans the month: one at a time on this connection.
  struct Seeder {
    std::mutex mu;
    std::unique_ptr<ledger::RecordStore> store;
  };
  auto seeder = std::make_shared<Seeder>();
  seeder->store = std::move(*ledger);
  limits::RedisBudgetOptions o;
  o.redis.url = l.url;
  o.redis.timeout = l.timeout;
  o.prefix = l.prefix;
  o.lease = l.lease;
  o.fail_open = l.fail_open;
  o.seed = [seeder](std::string_view key_id, std::int64_t now_ms) {
    std::lock_guard lock(seeder->mu);
    return ledger_spend(*seeder->store, key_id, now_ms);
  };
  auto store = limits::RedisBudgetStore::open(std::move(o));
  if (!store)
    return core::Error::internal("limits.store (budgets): " + store.error().message +
                                 " (the URL is in the variable " + l.url_env + ")");
  return std::unique_ptr<limits::BudgetStore>(std::move(*store));
}

core::Expected<std::unique_ptr<privacy::SessionStore>> open_session_store(
    const config::Config& cfg) {
  const config::LimitsConfig& l = cfg.limits;
  if (l.store == config::LimitsConfig::Store::memory)
    return std::unique_ptr<privacy::SessionStore>(
        std::make_unique<privacy::InMemorySessionStore>(cfg.privacy.sessions.max_entries));
  limits::RedisOptions o;
  o.url = l.url;
  o.timeout = l.timeout;
  auto store = RedisSessionStore::open(o, l.prefix);
  if (!store)
    return core::Error::internal("privacy.sessions (in limits.store): " + store.error().message +
                                 " (the URL is in the variable " + l.url_env + ")");
  return std::unique_ptr<privacy::SessionStore>(std::move(*store));
}

std::string ledger_location(const config::LedgerConfig& cfg) {
  if (cfg.store == config::LedgerConfig::Store::postgres)
    return "PostgreSQL (the URL in " + cfg.url_env + ")";
  return cfg.path;
}

}  // namespace switchyard::gateway
