// What the ledger says the gateway cost (docs/cost.md, "The cost report"):
// per team, key, model, side or routing rule, the requests, tokens by
// kind, spend, the all-cloud counterfactual and the savings against it,
// over the records since a moment. Read by `switchyard report cost` and
// GET /admin/report; both print one of the formats below. Keys appear by
// id and name, never by secret (the ledger holds none).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "switchyard/core/error.hpp"
#include "switchyard/ledger/record_store.hpp"

namespace switchyard::ledger {

enum class CostGroup { team, key, model, side, rule };
const char* to_string(CostGroup g);
// "team", "key", "model", "side", "rule"; nullopt otherwise.
std::optional<CostGroup> parse_cost_group(std::string_view text);

struct CostRow {
  // The group's value: the team, the key's id, the deployment that served
  // (model), local/cloud (side), the routing rule; "(none)" when the
  // record has none (no key, not served, refused before routing).
  std::string group;
  std::string key_name;  // --by key: the key's name in its latest record
  std::int64_t requests = 0;
  std::int64_t served = 0;  // answered by a deployment (status < 400)
  std::int64_t prompt_tokens = 0;
  std::int64_t completion_tokens = 0;
  std::int64_t cache_read_tokens = 0;
  std::int64_t cache_write_tokens = 0;
  std::int64_t reasoning_tokens = 0;
  double cost_usd = 0;
  double counterfactual_usd = 0;
  double savings_usd() const { return counterfactual_usd - cost_usd; }
  void add(const RequestRecord& r);
};

struct CostReport {
  CostGroup by = CostGroup::team;
  std::int64_t since_ms = 0;
  std::vector<CostRow> rows;  // the dearest first; ties by group
  CostRow total;              // group "total"
};

core::Expected<CostReport> report_cost(RecordStore& store, std::int64_t since_ms, CostGroup by);

// {"object":"cost_report","by":"team","since":"2026-11-03T12:00:00Z",
//  "data":[{"group":...,"requests":...,...,"savings_usd":...}],"total":{...}}
std::string cost_report_json(const CostReport& report);
// A header line, then one line per row and a last "total" line (RFC 4180).
std::string cost_report_csv(const CostReport& report);
// A table for people.
std::string cost_report_text(const CostReport& report);

}  // namespace switchyard::ledger
