// The routing facts a ledger record keeps (its `route_facts` field), so that
// `switchyard replay` can run another policy's rules on logged traffic
// without the prompt. The record already holds the alias, team, class,
// entity types and task; this keeps the rest of what the router knew, one
// short line of `name=value` words and never any prompt text:
//
//   v1 prompt_tokens=812 tools=0 images=0 attachments=0 response_format=none
//      stream=1 budget=0.42 difficulty=0.613 queue_depth=3 p95_ms=1200 key_cloud=1
//
// `difficulty`, `queue_depth` and `p95_ms` appear only when the policy that
// served the request asked for them (the gateway computes them only then);
// `key_cloud=0` says the caller's key kept the request off the cloud
// (max_cloud_class), whatever the class's rule allows. Records written
// before this field have none of it: decode_route_facts says which facts
// are missing, and replay reports them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "switchyard/routing/facts.hpp"

namespace switchyard::plan {

// What the gateway measured besides Facts itself.
struct RouteFactsContext {
  bool load_measured = false;  // the router read the local load (a rule asks for it)
  bool key_allows_cloud = true;
};

std::string encode_route_facts(const routing::Facts& f, const RouteFactsContext& ctx);

struct RecordedFacts {
  std::optional<std::int64_t> prompt_tokens;  // the router's estimate
  std::optional<bool> tools, images, attachments, stream;
  std::optional<routing::ResponseFormat> response_format;
  std::optional<double> budget;
  std::optional<double> difficulty;
  std::optional<std::int64_t> queue_depth, p95_ms;
  std::optional<bool> key_allows_cloud;
};

// Words it does not know are skipped (a later version may add some); ""
// (an older record) gives every fact unset.
RecordedFacts decode_route_facts(std::string_view text);

}  // namespace switchyard::plan
