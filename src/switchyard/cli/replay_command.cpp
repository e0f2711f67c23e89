#include "switchyard/cli/replay_command.hpp"

#include <iostream>
#include <memory>

#include "switchyard/cli/ledger_window.hpp"
#include "switchyard/gateway/privacy_stage.hpp"
#include "switchyard/plan/replay.hpp"
#include "switchyard/routing/difficulty_setup.hpp"

namespace switchyard::cli {
namespace {

// A configuration, its router and privacy policy; problems printed.
struct LoadedPolicy {
  config::Config config;
  std::unique_ptr<routing::Router> router;
  plan::Policy policy() const {
    return {&config, router.get(), gateway::make_privacy_policy(config.privacy)};
  }
};

std::unique_ptr<LoadedPolicy> load_policy(const std::string& what, const std::string& path) {
  auto loaded = routing::load_config_with_difficulty(path);
  if (!loaded.config) {
    for (const auto& p : loaded.problems) std::cerr << p.to_string() << "\n";
    std::cerr << "switchyard replay: the " << what << " (" << path << ") has "
              << loaded.problems.size() << (loaded.problems.size() == 1 ? " problem" : " problems")
              << "; `switchyard check-config " << path << "` shows the same\n";
    return nullptr;
  }
  auto out = std::make_unique<LoadedPolicy>();
  out->config = std::move(*loaded.config);
  try {
    out->router = std::make_unique<routing::Router>(out->config);
  } catch (const std::exception& e) {
    std::cerr << "switchyard replay: the " << what << " (" << path << "): " << e.what() << "\n";
    return nullptr;
  }
  return out;
}

}  // namespace

void add_replay_command(CLI::App& app, ReplayCommand& cmd) {
  cmd.app = app.add_subcommand(
      "replay", "A candidate policy's routing decisions over logged traffic (no model called)");
  cmd.app->add_option("-c,--config", cmd.config_path,
                      "The current configuration (its ledger is read)");
  cmd.app->add_option("--policy", cmd.policy_path, "The candidate configuration (YAML)")
      ->required();
  cmd.app->add_option("--since", cmd.since, "How far back, e.g. 7d, 24h (default 7d)");
  cmd.app->add_option("--until", cmd.until,
                      "The window's end, e.g. 2026-12-01T00:00:00Z (default now)");
  cmd.app->add_flag("--json", cmd.json, "Print JSON");
}

int run_replay_command(const ReplayCommand& cmd) {
  if (!cmd.app || !*cmd.app) return -1;
  const auto window = parse_window("replay", cmd.since, cmd.until);
  if (!window) return 2;
  const auto current = load_policy("current configuration", cmd.config_path);
  if (!current) return 2;
  const auto candidate = load_policy("candidate policy", cmd.policy_path);
  if (!candidate) return 2;
  auto store = open_ledger_or_report("replay", current->config.ledger);
  if (!store) return 2;
  auto report = plan::replay(*store, {window->since_ms, window->until_ms}, current->policy(),
                             candidate->policy());
  if (!report) {
    std::cerr << "switchyard replay: reading the ledger failed: " << report.error().message << "\n";
    return 2;
  }
  std::cout << (cmd.json ? plan::replay_json(*report) + "\n" : plan::replay_text(*report));
  return 0;
}

}  // namespace switchyard::cli
