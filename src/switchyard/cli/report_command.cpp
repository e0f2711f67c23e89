#include "switchyard/cli/report_command.hpp"

#include <chrono>
#include <cstdio>
#include <iostream>

#include "switchyard/config/config.hpp"
#include "switchyard/ledger/audit_report.hpp"
#include "switchyard/ledger/cost_report.hpp"
#include "switchyard/ledger/sqlite_store.hpp"

namespace switchyard::cli {
namespace {

int cost(const ReportCommand& cmd) {
  const auto age = ledger::parse_age(cmd.since);
  if (!age) {
    std::cerr << "switchyard report cost: --since must be a number and a unit d, h, m or s, "
                 "e.g. 30d (got '"
              << cmd.since << "')\n";
    return 2;
  }
  const auto by = ledger::parse_cost_group(cmd.by);
  if (!by) {
    std::cerr << "switchyard report cost: --by must be team, key, model, side or rule (got '"
              << cmd.by << "')\n";
    return 2;
  }
  if (cmd.json && cmd.csv) {
    std::cerr << "switchyard report cost: give --json or --csv, not both\n";
    return 2;
  }
  std::string path = cmd.db_path;
  if (path.empty()) {
    auto loaded = config::load_config_file(cmd.config_path);
    if (!loaded.config) {
      for (const auto& p : loaded.problems) std::cerr << p.to_string() << "\n";
      return 2;
    }
    path = loaded.config->ledger.path;
  }
  if (FILE* f = std::fopen(path.c_str(), "rb")) {
    std::fclose(f);
  } else {
    std::cerr << "switchyard report cost: no ledger database at " << path
              << " (use --db FILE or --config FILE)\n";
    return 2;
  }
  auto store = ledger::SqliteStore::open({path});
  if (!store) {
    std::cerr << "switchyard report cost: " << store.error().message << "\n";
    return 2;
  }
  const std::int64_t now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                                  std::chrono::system_clock::now().time_since_epoch())
                                  .count();
  auto report = ledger::report_cost(**store, now_ms - *age, *by);
  if (!report) {
    std::cerr << "switchyard report cost: " << report.error().message << "\n";
    return 2;
  }
  if (cmd.json)
    std::cout << ledger::cost_report_json(*report) << "\n";
  else if (cmd.csv)
    std::cout << ledger::cost_report_csv(*report);
  else
    std::cout << ledger::cost_report_text(*report);
  return 0;
}

}  // namespace

void add_report_commands(CLI::App& app, ReportCommand& cmd) {
  auto* report = app.add_subcommand("report", "Reports from the request ledger");
  report->require_subcommand(1);
  cmd.cost = report->add_subcommand(
      "cost", "Spend, tokens, requests and savings against the all-cloud counterfactual");
  cmd.cost->add_option("-c,--config", cmd.config_path, "Configuration file naming ledger.path");
  cmd.cost->add_option("--db", cmd.db_path, "The ledger database file (instead of --config)");
  cmd.cost->add_option("--since", cmd.since, "How far back, e.g. 30d, 24h (default 30d)");
  cmd.cost->add_option("--by", cmd.by, "Group by team, key, model, side or rule (default team)");
  cmd.cost->add_flag("--json", cmd.json, "Print JSON (as GET /admin/report answers)");
  cmd.cost->add_flag("--csv", cmd.csv, "Print CSV");
}

int run_report_command(const ReportCommand& cmd) {
  if (cmd.cost && *cmd.cost) return cost(cmd);
  return -1;
}

}  // namespace switchyard::cli
