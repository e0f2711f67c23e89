#include "switchyard/cli/route_command.hpp"

#include <CLI/CLI.hpp>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <string>

#include "switchyard/config/config.hpp"
#include "switchyard/gateway/route_explainer.hpp"
#include "switchyard/routing/difficulty_setup.hpp"

namespace switchyard::cli {
namespace {

struct RouteOptions {
  std::string config_path;
  bool explain = false;
  bool embeddings = false;
  std::string data_class;
  std::string task;
  std::string team;
};

int run_route(const RouteOptions& o) {
  auto loaded = routing::load_config_with_difficulty(o.config_path);
  if (!loaded.config) {
    for (const auto& p : loaded.problems) std::cerr << p.to_string() << "\n";
    std::cerr << loaded.problems.size() << (loaded.problems.size() == 1 ? " problem" : " problems")
              << " found.\n";
    return 2;
  }
  gateway::RouteQuestion q;
  q.body.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  if (q.body.empty()) {
    std::cerr << "switchyard route: no request on standard input; pipe an OpenAI chat "
                 "request's JSON in, e.g. switchyard route --config switchyard.yaml < "
                 "request.json\n";
    return 2;
  }
  q.embeddings = o.embeddings;
  if (!o.data_class.empty()) q.data_class = o.data_class;
  q.task = o.task;
  q.team = o.team;
  const config::Config cfg = std::move(*loaded.config);
  const gateway::RouteExplainer explainer(cfg);
  const gateway::RouteAnswer a = explainer.answer(q, o.explain);
  std::cout << a.text;
  if (a.text.starts_with("bad request: ")) return 2;
  return a.served ? 0 : 1;
}

}  // namespace

void add_route_command(CLI::App& app) {
  auto options = std::make_shared<RouteOptions>();
  auto* cmd = app.add_subcommand(
      "route",
      "Show where a request (JSON on standard input) would go, and why, without calling "
      "any model");
  cmd->add_option("-c,--config", options->config_path, "Configuration file (YAML)")->required();
  cmd->add_flag("--explain", options->explain, "Also print the facts and every rule's verdict");
  cmd->add_flag("--embeddings", options->embeddings,
                "The request is an embeddings request (default: chat)");
  cmd->add_option("--data-class", options->data_class,
                  "As the x-switchyard-data-class header would declare it");
  cmd->add_option("--task", options->task, "As the x-switchyard-task header would say");
  cmd->add_option("--team", options->team, "The caller's team");
  cmd->callback([options] {
    const int rc = run_route(*options);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace switchyard::cli
