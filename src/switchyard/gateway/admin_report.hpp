// GET /admin/report?since=30d&by=team&format=json|csv: the cost report
// (ledger/cost_report.hpp) over the admin API, the same figures as
// `switchyard report cost`. The query's mistakes are 400s that name the
// parameter; the ledger is read on a thread of its own (a month of records
// may take a while), after the records already answered are in it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "switchyard/gateway/admin_keys.hpp"
#include "switchyard/ledger/record_store.hpp"

namespace switchyard::gateway {

struct ReportQuery {
  std::int64_t since_ms = 0;  // an age: now - since
  std::string by = "team";
  std::string format = "json";
};

// Reads `query` (the target's part after '?'); an error answer on a mistake.
core::Expected<ReportQuery> parse_report_query(std::string_view query);

// The report over `store` as of `now_ms`: 200 with JSON or CSV (and its
// content type in *content_type), or an error answer.
AdminAnswer cost_report_answer(ledger::RecordStore& store, const ReportQuery& q,
                               std::int64_t now_ms, std::string* content_type);

}  // namespace switchyard::gateway
