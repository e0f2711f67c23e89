#include "switchyard/gateway/admin_report.hpp"

#include "switchyard/admin/query_params.hpp"
#include "switchyard/api/openai/dialect.hpp"
#include "switchyard/ledger/audit_report.hpp"
#include "switchyard/ledger/cost_report.hpp"

namespace switchyard::gateway {

core::Expected<ReportQuery> parse_report_query(std::string_view query) {
  ReportQuery q;
  std::string since = "30d";
  for (const auto& [name, value] : admin::parse_query(query)) {
    if (name == "since")
      since = value;
    else if (name == "by")
      q.by = value;
    else if (name == "format")
      q.format = value;
    else
      return core::Error::invalid("Unknown parameter '" + name.substr(0, 40) +
                                      "'; /admin/report takes since (e.g. 30d), by (team, key, "
                                      "model, side or rule) and format (json or csv).",
                                  name.substr(0, 40), "invalid_report_query");
  }
  const auto age = ledger::parse_age(since);
  if (!age)
    return core::Error::invalid("'since' must be a number and a unit d, h, m or s, e.g. 30d.",
                                "since", "invalid_report_query");
  q.since_ms = *age;
  if (!ledger::parse_cost_group(q.by))
    return core::Error::invalid("'by' must be team, key, model, side or rule.", "by",
                                "invalid_report_query");
  if (q.format != "json" && q.format != "csv")
    return core::Error::invalid("'format' must be json or csv.", "format", "invalid_report_query");
  return q;
}

AdminAnswer cost_report_answer(ledger::RecordStore& store, const ReportQuery& q,
                               std::int64_t now_ms, std::string* content_type) {
  const api::openai::OpenAIDialect openai;
  auto report = ledger::report_cost(store, now_ms - q.since_ms, *ledger::parse_cost_group(q.by));
  if (!report) {
    *content_type = "application/json";
    return {500, openai.encode_error(report.error())};
  }
  if (q.format == "csv") {
    *content_type = "text/csv; charset=utf-8";
    return {200, ledger::cost_report_csv(*report)};
  }
  *content_type = "application/json";
  return {200, ledger::cost_report_json(*report)};
}

}  // namespace switchyard::gateway
