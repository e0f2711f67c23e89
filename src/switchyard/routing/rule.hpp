// A routing rule, compiled from its configuration (config::RoutingRuleConfig)
// into comparisons against Facts: names become indices and bit masks, so
// testing a rule costs a few integer compares per condition and never
// allocates. Every condition must hold for the rule to match; the router
// tries the rules in order and the first match wins.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "switchyard/config/config.hpp"
#include "switchyard/core/side.hpp"
#include "switchyard/privacy/data_class.hpp"
#include "switchyard/routing/facts.hpp"

namespace switchyard::routing {

enum class Fact : std::uint8_t {
  model,
  team,
  data_class,
  entities,
  task,
  response_format,
  prompt_tokens,
  local_queue_depth,  // local_load.queue_depth
  local_p95_ms,       // local_load.p95_ms
  difficulty,
  tools,
  images,
  attachments,
  stream,
  budget,
};
const char* to_string(Fact f);

using ClassNames = std::array<std::string, privacy::kDataClassCount>;

// One fact's test: a set of values it may take (model, team, class,
// entities: any found, task, response format), a range, or a flag.
struct Condition {
  Fact fact = Fact::model;
  std::vector<std::string> names;  // the values as written (team and task compare these)
  std::vector<std::uint32_t> ids;  // model: alias indices
  std::uint32_t mask = 0;          // data_class: bit per level; response_format: bit per format
  EntitySet entities;              // entities: any of these found
  config::FactRange range;         // prompt_tokens, local_load's signals, difficulty, budget
  bool flag = false;               // tools, images, attachments, stream

  bool holds(const Facts& f) const;
  // What the condition asks for: "one of intent, sentiment", "over 6000", "true".
  std::string wanted() const;
};

// The fact's value in `f`, as explanations show it.
std::string fact_value(Fact fact, const Facts& f, const ClassNames& classes);

// Whether a fact is a number a range tests.
inline bool is_ranged(Fact f) {
  return f == Fact::prompt_tokens || f == Fact::local_queue_depth || f == Fact::local_p95_ms ||
         f == Fact::difficulty || f == Fact::budget;
}

// What a rule does once it matches (config::RuleAction, deployments by index).
struct Action {
  enum class Kind : std::uint8_t { serve, pin, prefer, by_difficulty, price_cap, refuse, cascade };
  Kind kind = Kind::serve;
  std::vector<std::uint32_t> serve;  // serve (in order), pin (one), cascade (first, then then)
  core::Side prefer = core::Side::local;
  // by_difficulty: the cloud side first when the difficulty is over this,
  // and the share of prompts the difficulty model was calibrated to send
  // there (0: the threshold was given, not calibrated).
  double difficulty_threshold = 0.5;
  double strong_share = 0;
  std::optional<double> max_price_per_1m;  // alone (price_cap) or with serve or prefer
  std::string refuse;
  // cascade: its settings (the configuration's, which outlives the rule) and
  // how many of `serve` are its `first` deployments.
  const config::CascadeConfig* cascade = nullptr;
  std::size_t cascade_first = 0;
};

struct Rule {
  std::string name;
  int line = 0;
  std::vector<Condition> when;  // empty: matches every request
  Action then;

  bool matches(const Facts& f) const {
    for (const Condition& c : when)
      if (!c.holds(f)) return false;
    return true;
  }
  // "task=complaint; prompt_tokens=7210 over 6000", or "every request".
  std::string matched_on(const Facts& f, const ClassNames& classes) const;
};

}  // namespace switchyard::routing
