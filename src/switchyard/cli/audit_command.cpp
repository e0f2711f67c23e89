#include "switchyard/cli/audit_command.hpp"

#include <chrono>
#include <cstdio>
#include <iostream>

#include "switchyard/config/config.hpp"
#include "switchyard/gateway/stores.hpp"
#include "switchyard/ledger/audit_report.hpp"
#include "switchyard/ledger/journal.hpp"

namespace switchyard::cli {
namespace {

// The ledger --db names (a SQLite file), else the config file's: its
// SQLite file, or its PostgreSQL database (ledger.store: postgres).
std::optional<config::LedgerConfig> ledger_config(const AuditCommand& cmd) {
  if (!cmd.db_path.empty()) {
    config::LedgerConfig sqlite;
    sqlite.path = cmd.db_path;
    return sqlite;
  }
  auto loaded = config::load_config_file(cmd.config_path);
  if (!loaded.config) {
    for (const auto& p : loaded.problems) std::cerr << p.to_string() << "\n";
    return std::nullopt;
  }
  return loaded.config->ledger;
}

std::unique_ptr<ledger::RecordStore> open_store(const AuditCommand& cmd) {
  auto cfg = ledger_config(cmd);
  if (!cfg) return nullptr;
  // A SQLite file must be there already: opening would create an empty one.
  if (cfg->store == config::LedgerConfig::Store::sqlite) {
    FILE* f = std::fopen(cfg->path.c_str(), "rb");
    if (!f) {
      std::cerr << "switchyard audit: no ledger database at " << cfg->path
                << " (use --db FILE or --config FILE)\n";
      return nullptr;
    }
    std::fclose(f);
  }
  auto store = gateway::open_record_store(*cfg);
  if (!store) {
    std::cerr << "switchyard audit: " << store.error().message << "\n";
    return nullptr;
  }
  // Records reach the database from a gateway's journal a few milliseconds
  // after their answers; a journal left by a gateway that died is ingested
  // when the next one starts. Say so rather than let a count look final.
  // (With PostgreSQL each replica's journals are on its own disk: this
  // machine's are the ones seen here.)
  if (const auto journals = ledger::journal_files(cfg->path); !journals.empty())
    std::cerr << "switchyard audit: note: " << journals.size()
              << " record journal(s) beside the database (" << journals.front()
              << (journals.size() > 1 ? ", ..." : "")
              << "): a running gateway moves its records in within milliseconds; one left by a "
                 "gateway that stopped abruptly is moved in when a gateway next starts on this "
                 "database\n";
  return std::move(*store);
}

int verify(const AuditCommand& cmd) {
  auto store = open_store(cmd);
  if (!store) return 2;
  auto verdict = ledger::verify_chain(*store);
  if (!verdict) {
    std::cerr << "switchyard audit verify: " << verdict.error().message << "\n";
    return 2;
  }
  if (verdict->intact) {
    std::cout << "OK: " << verdict->checked << " records, hash chain intact, last hash "
              << (verdict->head_hash.empty() ? "(none)" : verdict->head_hash) << "\n";
    return 0;
  }
  std::cout << "BROKEN at record " << verdict->broken_seq << " (request "
            << verdict->broken_request_id << "): " << verdict->why << "\n"
            << verdict->checked - 1 << " records before it verified\n";
  return 1;
}

std::string thousands(std::int64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

int report(const AuditCommand& cmd) {
  const auto age = ledger::parse_age(cmd.since);
  if (!age) {
    std::cerr << "switchyard audit report: --since must be a number and a unit d, h, m or s, "
                 "e.g. 7d (got '"
              << cmd.since << "')\n";
    return 2;
  }
  auto store = open_store(cmd);
  if (!store) return 2;
  const std::int64_t now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                                  std::chrono::system_clock::now().time_since_epoch())
                                  .count();
  auto r = ledger::report_by_class(*store, now_ms - *age);
  if (!r) {
    std::cerr << "switchyard audit report: " << r.error().message << "\n";
    return 2;
  }
  std::cout << "Requests in the last " << cmd.since << ", by data class:\n";
  auto line = [](const std::string& name, const ledger::ClassTally& t) {
    std::cout << "  " << name << ": " << thousands(t.requests) << " requests, "
              << thousands(t.local) << " served local, " << thousands(t.cloud) << " to cloud ("
              << thousands(t.redacted) << " redacted), " << thousands(t.not_served)
              << " refused or failed\n";
  };
  for (const auto& [name, tally] : r->by_class) line(name, tally);
  line("all", r->total);
  return 0;
}

}  // namespace

void add_audit_commands(CLI::App& app, AuditCommand& cmd) {
  auto* audit = app.add_subcommand("audit", "Check and summarise the request ledger");
  audit->require_subcommand(1);
  cmd.verify = audit->add_subcommand(
      "verify", "Recompute the ledger's hash chain and report the first broken record");
  cmd.report =
      audit->add_subcommand("report", "Per data class: requests and where they were served");
  for (auto* sub : {cmd.verify, cmd.report}) {
    sub->add_option("-c,--config", cmd.config_path, "Configuration file naming ledger.path");
    sub->add_option("--db", cmd.db_path, "The ledger database file (instead of --config)");
  }
  cmd.report->add_option("--since", cmd.since, "How far back, e.g. 7d, 24h, 30m");
}

int run_audit_command(const AuditCommand& cmd) {
  if (cmd.verify && *cmd.verify) return verify(cmd);
  if (cmd.report && *cmd.report) return report(cmd);
  return -1;
}

}  // namespace switchyard::cli
