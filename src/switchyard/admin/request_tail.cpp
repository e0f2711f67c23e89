#include "switchyard/admin/request_tail.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <ctime>
#include <deque>

#include "switchyard/admin/dashboard_summary.hpp"
#include "switchyard/admin/query_params.hpp"
#include "switchyard/ledger/audit_report.hpp"

namespace switchyard::admin {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void str(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

std::string utc_ms(std::int64_t ms) {
  const std::time_t t = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[40];
  const std::size_t n = std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
  std::snprintf(buf + n, sizeof buf - n, ".%03dZ", static_cast<int>(ms % 1000));
  return buf;
}

// "kept" or "escalated" (the verdict's first word), "" when no cascade ran:
// the signals after it are for the ledger and `switchyard audit`.
std::string_view verdict(const std::string& cascade) {
  return std::string_view(cascade).substr(0, cascade.find(';'));
}

void write_record(Writer& w, const ledger::RequestRecord& r) {
  w.StartObject();
  w.Key("seq");
  w.Int64(r.seq);
  w.Key("time");
  str(w, utc_ms(r.time_ms));
  w.Key("request_id");
  str(w, r.request_id);
  w.Key("model");
  str(w, r.model);
  w.Key("team");
  str(w, r.team);
  w.Key("key_id");
  str(w, r.key_id);
  w.Key("key_name");
  str(w, r.key_name);
  w.Key("data_class");
  str(w, r.data_class);
  w.Key("class_reason");
  str(w, r.class_reason);
  w.Key("entities");
  w.StartObject();
  for (const auto& [entity, n] : r.entities) {
    w.Key(entity.c_str(), static_cast<rapidjson::SizeType>(entity.size()));
    w.Int(n);
  }
  w.EndObject();
  w.Key("rule");
  str(w, r.route_rule);
  w.Key("deployment");
  str(w, r.deployment);
  w.Key("side");
  str(w, r.side);
  w.Key("redacted");
  w.Bool(r.redacted);
  w.Key("status");
  w.Int(r.status);
  w.Key("outcome");
  w.String(to_string(outcome_of(r)));
  w.Key("prompt_tokens");
  w.Int64(r.prompt_tokens);
  w.Key("completion_tokens");
  w.Int64(r.completion_tokens);
  w.Key("cost_usd");
  w.Double(r.cost_usd + r.cascade_first_cost_usd);
  w.Key("counterfactual_usd");
  w.Double(r.counterfactual_usd);
  w.Key("duration_ms");
  w.Double(static_cast<double>(r.duration_us) / 1000.0);
  w.Key("cascade");
  str(w, verdict(r.cascade));
  w.EndObject();
}

core::Error bad_query(std::string message, std::string param) {
  return core::Error::invalid(std::move(message), std::move(param), "invalid_requests_query");
}

}  // namespace

core::Expected<TailQuery> parse_tail_query(std::string_view query) {
  TailQuery q;
  for (const auto& [name, value] : parse_query(query)) {
    if (name == "limit") {
      bool digits = !value.empty() && value.size() <= 4;
      for (char c : value) digits = digits && c >= '0' && c <= '9';
      const int n = digits ? std::stoi(value) : 0;
      if (n < 1 || n > 500)
        return bad_query("'limit' must be a whole number from 1 to 500.", "limit");
      q.limit = n;
    } else if (name == "since") {
      const auto age = ledger::parse_age(value);
      if (!age || *age <= 0)
        return bad_query("'since' must be a number and a unit d, h, m or s, e.g. 24h.", "since");
      q.since_ms = *age;
    } else {
      return bad_query("Unknown parameter '" + name.substr(0, 40) +
                           "'; /admin/requests takes limit (1 to 500) and since (e.g. 24h).",
                       name.substr(0, 40));
    }
  }
  return q;
}

core::Expected<std::string> request_tail_json(ledger::RecordStore& store, const TailQuery& q,
                                              std::int64_t now_ms) {
  std::deque<ledger::RequestRecord> newest;
  auto failed = store.scan(now_ms - q.since_ms, [&](const ledger::RequestRecord& r) {
    newest.push_back(r);
    if (newest.size() > static_cast<std::size_t>(q.limit)) newest.pop_front();
    return true;
  });
  if (failed) return std::move(*failed);
  rapidjson::StringBuffer sb;
  Writer w(sb);
  w.StartObject();
  w.Key("object");
  w.String("list");
  w.Key("data");
  w.StartArray();
  for (auto it = newest.rbegin(); it != newest.rend(); ++it) write_record(w, *it);
  w.EndArray();
  w.EndObject();
  return std::string(sb.GetString(), sb.GetSize());
}

}  // namespace switchyard::admin
