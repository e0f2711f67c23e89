// `switchyard plan --config FILE [--since 30d] [--until TIME]
// [--hardware profile.yaml] [--json | --html FILE]`: the ledger's workloads,
// each with its monthly cost as it runs, all-cloud and all-local, the
// break-even volume of owned hardware and a recommendation (docs/planner.md).
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace switchyard::cli {

struct PlanCommand {
  CLI::App* app = nullptr;
  std::string config_path = "switchyard.yaml";
  std::string since = "30d";
  std::string until;
  std::string hardware_path;
  bool json = false;
  std::string html_path;
};

void add_plan_command(CLI::App& app, PlanCommand& cmd);
// The exit code (0; 2 for bad options, configuration or ledger), or -1
// when `plan` was not chosen.
int run_plan_command(const PlanCommand& cmd);

}  // namespace switchyard::cli
