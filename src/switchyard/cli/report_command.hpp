// `switchyard report cost --since 30d --by team|key|model|side|rule
// [--json|--csv]`: spend, tokens, requests and savings against the
// all-cloud counterfactual, read from the ledger database (docs/cost.md).
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace switchyard::cli {

struct ReportCommand {
  CLI::App* cost = nullptr;
  std::string config_path = "switchyard.yaml";
  std::string db_path;  // overrides the config's ledger.path
  std::string since = "30d";
  std::string by = "team";
  bool json = false;
  bool csv = false;
};

void add_report_commands(CLI::App& app, ReportCommand& cmd);
// Returns the exit code (0, 2 for bad options or an unreadable ledger), or
// -1 when `report` was not chosen.
int run_report_command(const ReportCommand& cmd);

}  // namespace switchyard::cli
