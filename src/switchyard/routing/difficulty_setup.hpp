// The difficulty model a configuration names (routing.difficulty_model),
// read when the gateway starts and at every reload, and checked against the
// rules that use it. The config section knows only the path; what the file
// holds (is it a model, was it calibrated for the strong share a rule asks
// for) is known here, so check-config, `switchyard route`, the gateway's
// start and its reloads all call this one function and report the same
// problems, each with the configuration's file:line (and the model file's
// own line for a problem inside it).
#pragma once

#include <memory>
#include <vector>

#include "switchyard/config/config.hpp"
#include "switchyard/routing/difficulty_model.hpp"

namespace switchyard::routing {

struct DifficultySetup {
  std::shared_ptr<const DifficultyModel> model;  // null: none configured, or problems
  std::vector<config::ConfigProblem> problems;
  bool ok() const { return problems.empty(); }
};

// How far a rule's strong_share may be from the share the model file was
// calibrated for (`router calibrate` writes it with 4 decimals).
inline constexpr double kStrongShareTolerance = 0.005;

// Reads cfg.difficulty_model (when set) and checks each rule that routes by
// difficulty: without a threshold of its own it needs the file's, and a
// strong_share must be the one the file was calibrated for.
DifficultySetup load_difficulty(const config::Config& cfg);

// The configuration file, checked as a gateway built from it would be: the
// config section's checks, then load_difficulty's. What serve,
// check-config and `switchyard route` read.
config::LoadResult load_config_with_difficulty(const std::string& path);

}  // namespace switchyard::routing
