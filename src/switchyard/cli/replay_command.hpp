// `switchyard replay --config CURRENT --policy CANDIDATE [--since 7d]
// [--until TIME] [--json]`: the candidate configuration's routing decisions
// over the current one's ledger, no model called; what would newly reach
// the cloud first (docs/planner.md).
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace switchyard::cli {

struct ReplayCommand {
  CLI::App* app = nullptr;
  std::string config_path = "switchyard.yaml";
  std::string policy_path;
  std::string since = "7d";
  std::string until;
  bool json = false;
};

void add_replay_command(CLI::App& app, ReplayCommand& cmd);
// The exit code (0; 2 for bad options, configurations or ledger), or -1
// when `replay` was not chosen.
int run_replay_command(const ReplayCommand& cmd);

}  // namespace switchyard::cli
