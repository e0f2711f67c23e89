#include "switchyard/cli/ledger_window.hpp"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <iostream>

#include "switchyard/gateway/stores.hpp"
#include "switchyard/ledger/audit_report.hpp"

namespace switchyard::cli {
namespace {

// 2026-12-01T00:00:00Z, exactly.
std::optional<std::int64_t> parse_utc(const std::string& text) {
  std::tm tm{};
  char z = 0;
  int consumed = 0;
  if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c%n", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
                  &tm.tm_hour, &tm.tm_min, &tm.tm_sec, &z, &consumed) != 7 ||
      z != 'Z' || static_cast<std::size_t>(consumed) != text.size())
    return std::nullopt;
  if (tm.tm_mon < 1 || tm.tm_mon > 12 || tm.tm_mday < 1 || tm.tm_mday > 31 || tm.tm_hour > 23 ||
      tm.tm_min > 59 || tm.tm_sec > 60)
    return std::nullopt;
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  return static_cast<std::int64_t>(timegm(&tm)) * 1000;
}

}  // namespace

std::optional<LedgerWindow> parse_window(const std::string& command, const std::string& since,
                                         const std::string& until) {
  const auto age = ledger::parse_age(since);
  if (!age) {
    std::cerr << "switchyard " << command
              << ": --since must be a number and a unit d, h, m or s, e.g. 30d (got '" << since
              << "')\n";
    return std::nullopt;
  }
  LedgerWindow w;
  if (until.empty()) {
    w.until_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                     std::chrono::system_clock::now().time_since_epoch())
                     .count();
  } else if (auto t = parse_utc(until)) {
    w.until_ms = *t;
  } else {
    std::cerr << "switchyard " << command
              << ": --until must be a UTC time like 2026-12-01T00:00:00Z (got '" << until << "')\n";
    return std::nullopt;
  }
  w.since_ms = w.until_ms - *age;
  return w;
}

std::optional<config::Config> load_config_or_report(const std::string& path) {
  auto loaded = config::load_config_file(path);
  if (!loaded.config) {
    for (const auto& p : loaded.problems) std::cerr << p.to_string() << "\n";
    return std::nullopt;
  }
  return std::move(*loaded.config);
}

std::unique_ptr<ledger::RecordStore> open_ledger_or_report(const std::string& command,
                                                           const config::LedgerConfig& cfg) {
  if (cfg.store == config::LedgerConfig::Store::sqlite) {
    if (FILE* f = std::fopen(cfg.path.c_str(), "rb")) {
      std::fclose(f);
    } else {
      std::cerr << "switchyard " << command << ": no ledger database at " << cfg.path
                << " (ledger.path in the configuration)\n";
      return nullptr;
    }
  }
  auto store = gateway::open_record_store(cfg);
  if (!store) {
    std::cerr << "switchyard " << command << ": cannot open the ledger ("
              << gateway::ledger_location(cfg) << "): " << store.error().message << "\n";
    return nullptr;
  }
  return std::move(*store);
}

}  // namespace switchyard::cli
