#include "switchyard/cli/plan_command.hpp"

#include <fstream>
#include <iostream>

#include "switchyard/cli/ledger_window.hpp"
#include "switchyard/gateway/privacy_stage.hpp"
#include "switchyard/plan/plan_report.hpp"

namespace switchyard::cli {

void add_plan_command(CLI::App& app, PlanCommand& cmd) {
  cmd.app = app.add_subcommand(
      "plan", "Workloads from the ledger: local vs cloud cost, break-even, recommendations");
  cmd.app->add_option("-c,--config", cmd.config_path,
                      "Configuration file (its ledger, cost.reference and privacy policy)");
  cmd.app->add_option("--since", cmd.since, "How far back, e.g. 30d, 24h (default 30d)");
  cmd.app->add_option("--until", cmd.until,
                      "The window's end, e.g. 2026-12-01T00:00:00Z (default now)");
  cmd.app->add_option("--hardware", cmd.hardware_path,
                      "Hardware profile YAML for the all-local projection (default: a local "
                      "deployment's price.hardware, if any)");
  cmd.app->add_flag("--json", cmd.json, "Print JSON");
  cmd.app->add_option("--html", cmd.html_path, "Write an HTML report with charts to FILE");
}

int run_plan_command(const PlanCommand& cmd) {
  if (!cmd.app || !*cmd.app) return -1;
  if (cmd.json && !cmd.html_path.empty()) {
    std::cerr << "switchyard plan: give --json or --html FILE, not both\n";
    return 2;
  }
  const auto window = parse_window("plan", cmd.since, cmd.until);
  if (!window) return 2;
  std::optional<plan::Hardware> hardware;
  if (!cmd.hardware_path.empty()) {
    auto hw = plan::load_hardware_file(cmd.hardware_path);
    if (!hw.hardware) {
      for (const auto& p : hw.problems) std::cerr << p.to_string() << "\n";
      return 2;
    }
    hardware = hw.hardware;
  }
  const auto cfg = load_config_or_report(cmd.config_path);
  if (!cfg) return 2;
  if (!hardware) hardware = plan::hardware_of(*cfg);
  auto store = open_ledger_or_report("plan", cfg->ledger);
  if (!store) return 2;

  plan::TrafficOptions options;
  options.since_ms = window->since_ms;
  options.now_ms = window->until_ms;
  options.reference = cfg->cost.reference;
  options.policy = gateway::make_privacy_policy(cfg->privacy);
  auto traffic = plan::analyse_traffic(*store, options);
  if (!traffic) {
    std::cerr << "switchyard plan: reading the ledger failed: " << traffic.error().message << "\n";
    return 2;
  }
  plan::PlanReport report = plan::make_plan(std::move(*traffic), hardware);
  report.reference_name = cfg->cost.reference_name;
  if (cmd.json) {
    std::cout << plan::plan_json(report) << "\n";
  } else if (!cmd.html_path.empty()) {
    std::ofstream out(cmd.html_path, std::ios::binary | std::ios::trunc);
    out << plan::plan_html(report);
    out.close();
    if (!out) {
      std::cerr << "switchyard plan: cannot write " << cmd.html_path << "\n";
      return 2;
    }
    std::cout << "switchyard plan: wrote " << cmd.html_path << " (" << report.workloads.size()
              << " workloads, " << report.records << " records)\n";
  } else {
    std::cout << plan::plan_text(report);
  }
  return 0;
}

}  // namespace switchyard::cli
