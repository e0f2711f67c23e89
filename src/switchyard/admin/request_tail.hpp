// GET /admin/requests: the newest requests, newest first, for the /ui page's
// live tail. Each is what its ledger record says about where it went and
// why — alias, team and key name, data class and entity counts, rule,
// deployment, side, status, tokens, cost, duration, the cascade's verdict —
// never the caller's fingerprint nor anything the ledger does not hold
// (prompt text, keys).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "switchyard/core/error.hpp"
#include "switchyard/ledger/record_store.hpp"

namespace switchyard::admin {

struct TailQuery {
  int limit = 50;                              // 1..500
  std::int64_t since_ms = 24LL * 3600 * 1000;  // how far back to look: an age
};

// Reads limit and since; a 400 naming a bad or unknown parameter (code
// invalid_requests_query).
core::Expected<TailQuery> parse_tail_query(std::string_view query);

// {"object":"list","data":[{...newest...}, ...]}, or the store's error.
core::Expected<std::string> request_tail_json(ledger::RecordStore& store, const TailQuery& q,
                                              std::int64_t now_ms);

}  // namespace switchyard::admin
