// The stores a configuration names: the ledger's records and the virtual
// keys (SQLite on one machine, PostgreSQL for several replicas) and the
// rate-limit counters, the budgets' spend and the privacy sessions (in this
// process, or Redis). The gateway and the CLI
// (`keys`, `audit`) open them here, so both always agree on where state is.
#pragma once

#include <memory>
#include <string>

#include "switchyard/config/config.hpp"
#include "switchyard/core/error.hpp"
#include "switchyard/keys/key_store.hpp"
#include "switchyard/ledger/feedback_store.hpp"
#include "switchyard/ledger/record_store.hpp"
#include "switchyard/limits/budget_store.hpp"
#include "switchyard/limits/limit_store.hpp"
#include "switchyard/privacy/session_store.hpp"

namespace switchyard::gateway {

// `truncate_checkpoints`: SQLite's, for the record journal's mode.
core::Expected<std::unique_ptr<ledger::RecordStore>> open_record_store(
    const config::LedgerConfig& cfg, bool truncate_checkpoints = false);
// The clients' ratings (POST /v1/feedback), in the ledger's database; open
// the record store first (it makes the requests table this one reads).
core::Expected<std::unique_ptr<ledger::FeedbackStore>> open_feedback_store(
    const config::LedgerConfig& cfg);
core::Expected<std::shared_ptr<keys::KeyStore>> open_key_store(const config::KeysConfig& cfg);
core::Expected<std::unique_ptr<limits::LimitStore>> open_limit_store(
    const config::LimitsConfig& cfg);
// The keys' spend: in this process (recomputed from the ledger at start,
// by the gateway), or, with `limits.store: redis`, in the same Redis as the
// limits, each key's month seeded from `cfg.ledger` (a connection of its
// own) when Redis does not have it.
core::Expected<std::unique_ptr<limits::BudgetStore>> open_budget_store(const config::Config& cfg);

// The privacy sessions' store (privacy.sessions): in this process, or, with
// `limits.store: redis`, in the same Redis as the limits (its own
// connections, keys under `<limits.prefix>session:`). Opened even while
// sessions are off, so a reload may turn them on.
core::Expected<std::unique_ptr<privacy::SessionStore>> open_session_store(
    const config::Config& cfg);

// Where the ledger is, for people: its file, or "PostgreSQL (url_env X)".
std::string ledger_location(const config::LedgerConfig& cfg);

}  // namespace switchyard::gateway
