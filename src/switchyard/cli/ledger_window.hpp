// What `plan` and `replay` share: the window of records they read (--since
// an age, --until a moment, default now) and the ledger the configuration
// names (SQLite file or PostgreSQL), each with an error that says what to
// write instead.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "switchyard/config/config.hpp"
#include "switchyard/ledger/record_store.hpp"

namespace switchyard::cli {

struct LedgerWindow {
  std::int64_t since_ms = 0;
  std::int64_t until_ms = 0;
};

// `since`: 30d, 24h, 30m, 45s; `until`: "" (now) or 2026-12-01T00:00:00Z.
// On a mistake, prints "<command>: ..." to stderr and returns nullopt.
std::optional<LedgerWindow> parse_window(const std::string& command, const std::string& since,
                                         const std::string& until);

// Loads the configuration, printing its problems (file:line) on failure.
std::optional<config::Config> load_config_or_report(const std::string& path);

// The configuration's ledger; prints why not and returns null when it cannot
// be opened (a SQLite file that does not exist is not created).
std::unique_ptr<ledger::RecordStore> open_ledger_or_report(const std::string& command,
                                                           const config::LedgerConfig& cfg);

}  // namespace switchyard::cli
