// A plan: the deployments a request may be served by, in the order to try
// them, each with the reason it is there, and the routing decision that
// made it (the rule, and the facts it matched on). The privacy filter
// (gateway/route_stage.hpp) runs over every plan, whatever made it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace switchyard::config {
struct CascadeConfig;
}

namespace switchyard::routing {

struct Candidate {
  std::uint32_t deployment = 0;  // the router's deployment index
  std::string reason;            // e.g. "primary deployment of 'm'", "serve #2"
};

inline constexpr std::size_t kDefaultRule = SIZE_MAX;

struct Plan {
  std::string alias;
  // The rule that made the plan, by name, and its index in the router's
  // list; "default" and kDefaultRule when no rule matched (the alias's own
  // deployments, in order).
  std::string rule = "default";
  std::size_t rule_index = kDefaultRule;
  // "rule 'x' (task=complaint; prompt_tokens=7210 over 6000)"; "" for default.
  std::string decision;
  // Deployments a price cap left out, and why; "" when none.
  std::string dropped;
  std::vector<Candidate> candidates;
  // A cascade rule made the plan: its settings, and how many of the
  // candidates (the first ones) answer first; the rest are where a weak
  // answer goes (docs/cascade.md). Null: try the candidates in order.
  const config::CascadeConfig* cascade = nullptr;
  std::size_t cascade_first = 0;
};

}  // namespace switchyard::routing
