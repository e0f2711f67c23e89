// Where a deployment runs: on infrastructure the organisation owns (local) or
// at a cloud API. Routing, privacy policy, the ledger and the reports all
// speak of requests in these terms.
#pragma once

namespace switchyard::core {

enum class Side { local, cloud };

inline const char* to_string(Side s) {
  return s == Side::local ? "local" : "cloud";
}

}  // namespace switchyard::core
