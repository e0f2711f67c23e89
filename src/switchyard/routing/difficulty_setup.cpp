#include "switchyard/routing/difficulty_setup.hpp"

#include <charconv>
#include <cmath>

namespace switchyard::routing {
namespace {

std::string number(double v) {
  char buf[32];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return ec == std::errc() ? std::string(buf, end) : std::to_string(v);
}

std::string calibrate_command(const config::Config& cfg, double share) {
  return "switchyard router calibrate --data <outcomes> --model " + cfg.difficulty_model +
         " --strong-share " + number(share) + " --write";
}

}  // namespace

DifficultySetup load_difficulty(const config::Config& cfg) {
  DifficultySetup out;
  if (cfg.difficulty_model.empty()) return out;
  const std::string& file = cfg.source_path;
  DifficultyModelLoad loaded = load_difficulty_model(cfg.difficulty_model);
  if (!loaded.ok()) {
    out.problems.push_back({file, cfg.difficulty_model_line,
                            "routing.difficulty_model: " + loaded.error +
                                " (train one with `switchyard router train`; "
                                "docs/difficulty-router.md)"});
    return out;
  }
  const DifficultyModel& model = *loaded.model;
  // A difficulty no prompt can reach makes a rule dead: most likely a
  // threshold written for another model's scale (a gain map's scores stay
  // under ~0.3, where 1 - P(weak right) went up to 1).
  const double highest = model.highest_difficulty();
  auto unreachable = [&](const config::RoutingRuleConfig& r, int line, std::string_view what,
                         double v) {
    out.problems.push_back(
        {file, line,
         "routing rule '" + r.name + "' " + std::string(what) + " " + number(v) +
             ", but no prompt can score that high with the difficulty model " +
             cfg.difficulty_model + " (at most " + number(std::round(highest * 1000) / 1000) +
             (model.gain ? ": its score is the probability that the strong model answers right "
                           "where the weak one does not"
                         : "") +
             "); give a lower value, or route by a strong share instead (route: {by: difficulty, "
             "strong_share: 0.3}; docs/difficulty-router.md)"});
  };
  for (const config::RoutingRuleConfig& r : cfg.routing_rules) {
    if (r.when.difficulty && r.when.difficulty->over && *r.when.difficulty->over >= highest)
      unreachable(r, r.line, "asks for difficulty over", *r.when.difficulty->over);
    if (r.then.route && r.then.route->threshold && *r.then.route->threshold >= highest)
      unreachable(r, r.then.route->line, "routes by difficulty over a threshold of",
                  *r.then.route->threshold);
  }
  for (const config::RoutingRuleConfig& r : cfg.routing_rules) {
    if (!r.then.route || r.then.route->threshold) continue;
    const config::DifficultyRouteConfig& route = *r.then.route;
    if (!model.threshold) {
      const double share = route.strong_share.value_or(0.3);
      out.problems.push_back(
          {file, route.line,
           "routing rule '" + r.name +
               "' routes by difficulty without a threshold, and the "
               "difficulty model " +
               cfg.difficulty_model +
               " has none; give route: {by: difficulty, threshold: <0..1>}, or calibrate the "
               "model: " +
               calibrate_command(cfg, share)});
      continue;
    }
    if (route.strong_share &&
        std::abs(*route.strong_share - model.threshold->strong_share) > kStrongShareTolerance) {
      out.problems.push_back(
          {file, route.line,
           "routing rule '" + r.name + "' asks for strong_share " + number(*route.strong_share) +
               ", but the difficulty model " + cfg.difficulty_model + " was calibrated for " +
               number(model.threshold->strong_share) + " (threshold " +
               number(model.threshold->difficulty) + "); calibrate it for " +
               number(*route.strong_share) + ": " + calibrate_command(cfg, *route.strong_share) +
               ", or give the threshold itself (route: {by: difficulty, threshold: ...})"});
    }
  }
  if (out.problems.empty())
    out.model = std::make_shared<const DifficultyModel>(std::move(*loaded.model));
  return out;
}

config::LoadResult load_config_with_difficulty(const std::string& path) {
  config::LoadResult r = config::load_config_file(path);
  if (!r.config) return r;
  DifficultySetup d = load_difficulty(*r.config);
  if (!d.ok()) {
    r.config.reset();
    r.problems = std::move(d.problems);
  }
  return r;
}

}  // namespace switchyard::routing
