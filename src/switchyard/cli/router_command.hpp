// `switchyard router train | eval | calibrate | validate`: the difficulty
// router's model, learned from outcome data (a directory of CSV files with a
// `prompt` column and one True/False column per model, and/or the gateway's
// own ledger: cascade verdicts and client feedback, ledger_outcomes.hpp),
// measured, and given the threshold that sends a chosen share of calls to
// the strong model.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace switchyard::cli {

struct RouterCommand {
  CLI::App* train = nullptr;
  CLI::App* eval = nullptr;
  CLI::App* calibrate = nullptr;
  CLI::App* validate = nullptr;
  std::string data_dir, model_path, out_path;
  std::string ledger;        // train: a ledger database or PostgreSQL URL (ledger_outcomes.hpp)
  std::string weak, strong;  // outcome columns; empty: from the model file or the data
  std::string label = "weak_correct";
  double l2 = 1000.0;
  bool balance = false;
  bool no_gain_map = false;
  std::string features;  // comma-separated names; empty: all
  double strong_share = -1;
  bool write = false;
  bool json = false;
  int folds = 5;
};

// Registers `router` and its subcommands on `app`.
void add_router_commands(CLI::App& app, RouterCommand& cmd);
// Runs whichever was chosen; returns the exit code, or -1 when none was.
int run_router_command(const RouterCommand& cmd);

}  // namespace switchyard::cli
