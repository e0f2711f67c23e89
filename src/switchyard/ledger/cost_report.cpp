#include "switchyard/ledger/cost_report.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>

namespace switchyard::ledger {
namespace {

std::string group_of(const RequestRecord& r, CostGroup by) {
  const std::string* v = nullptr;
  switch (by) {
    case CostGroup::team:
      v = &r.team;
      break;
    case CostGroup::key:
      v = &r.key_id;
      break;
    case CostGroup::model:
      v = &r.deployment;
      break;
    case CostGroup::side:
      v = &r.side;
      break;
    case CostGroup::rule:
      v = &r.route_rule;
      break;
  }
  return v->empty() ? "(none)" : *v;
}

std::string utc(std::int64_t ms) {
  const std::time_t t = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string money(double usd) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.6f", usd);
  return buf;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

template <typename Writer>
void write_row(Writer& w, const CostRow& row, bool with_name) {
  w.StartObject();
  w.Key("group");
  w.String(row.group.c_str(), static_cast<rapidjson::SizeType>(row.group.size()));
  if (with_name) {
    w.Key("key_name");
    w.String(row.key_name.c_str(), static_cast<rapidjson::SizeType>(row.key_name.size()));
  }
  const std::pair<const char*, std::int64_t> counts[] = {
      {"requests", row.requests},
      {"served", row.served},
      {"prompt_tokens", row.prompt_tokens},
      {"completion_tokens", row.completion_tokens},
      {"cache_read_tokens", row.cache_read_tokens},
      {"cache_write_tokens", row.cache_write_tokens},
      {"reasoning_tokens", row.reasoning_tokens}};
  for (const auto& [name, v] : counts) {
    w.Key(name);
    w.Int64(v);
  }
  w.Key("cost_usd");
  w.Double(row.cost_usd);
  w.Key("counterfactual_usd");
  w.Double(row.counterfactual_usd);
  w.Key("savings_usd");
  w.Double(row.savings_usd());
  w.EndObject();
}

}  // namespace

const char* to_string(CostGroup g) {
  switch (g) {
    case CostGroup::team:
      return "team";
    case CostGroup::key:
      return "key";
    case CostGroup::model:
      return "model";
    case CostGroup::side:
      return "side";
    case CostGroup::rule:
      return "rule";
  }
  return "team";
}

std::optional<CostGroup> parse_cost_group(std::string_view text) {
  for (CostGroup g :
       {CostGroup::team, CostGroup::key, CostGroup::model, CostGroup::side, CostGroup::rule})
    if (text == to_string(g)) return g;
  return std::nullopt;
}

void CostRow::add(const RequestRecord& r) {
  ++requests;
  if (!r.deployment.empty() && r.status > 0 && r.status < 400) ++served;
  prompt_tokens += r.prompt_tokens;
  completion_tokens += r.completion_tokens;
  cache_read_tokens += r.cache_read_tokens;
  cache_write_tokens += r.cache_write_tokens;
  reasoning_tokens += r.reasoning_tokens;
  // An escalated cascade cost both its attempts (the first one's is counted
  // in the row of the deployment that answered).
  cost_usd += r.cost_usd + r.cascade_first_cost_usd;
  counterfactual_usd += r.counterfactual_usd;
}

core::Expected<CostReport> report_cost(RecordStore& store, std::int64_t since_ms, CostGroup by) {
  CostReport report;
  report.by = by;
  report.since_ms = since_ms;
  report.total.group = "total";
  std::map<std::string, CostRow> rows;
  auto failed = store.scan(since_ms, [&](const RequestRecord& r) {
    CostRow& row = rows[group_of(r, by)];
    row.add(r);
    if (by == CostGroup::key && !r.key_name.empty()) row.key_name = r.key_name;
    report.total.add(r);
    return true;
  });
  if (failed) return std::move(*failed);
  for (auto& [group, row] : rows) {
    row.group = group;
    report.rows.push_back(std::move(row));
  }
  std::stable_sort(report.rows.begin(), report.rows.end(),
                   [](const CostRow& a, const CostRow& b) { return a.cost_usd > b.cost_usd; });
  return report;
}

std::string cost_report_json(const CostReport& report) {
  rapidjson::StringBuffer sb;
  rapidjson::Writer<rapidjson::StringBuffer> w(sb);
  w.StartObject();
  w.Key("object");
  w.String("cost_report");
  w.Key("by");
  w.String(to_string(report.by));
  w.Key("since");
  const std::string since = utc(report.since_ms);
  w.String(since.c_str(), static_cast<rapidjson::SizeType>(since.size()));
  w.Key("data");
  w.StartArray();
  for (const CostRow& row : report.rows) write_row(w, row, report.by == CostGroup::key);
  w.EndArray();
  w.Key("total");
  write_row(w, report.total, false);
  w.EndObject();
  return std::string(sb.GetString(), sb.GetSize());
}

std::string cost_report_csv(const CostReport& report) {
  const bool key = report.by == CostGroup::key;
  std::string out =
      std::string(to_string(report.by)) + (key ? ",key_name" : "") +
      ",requests,served,prompt_tokens,completion_tokens,cache_read_tokens,"
      "cache_write_tokens,reasoning_tokens,cost_usd,counterfactual_usd,savings_usd\r\n";
  // Appended piece by piece: g++ 12 warns (-Wrestrict, wrongly) on "," + string.
  auto line = [&](const CostRow& row) {
    out += csv_field(row.group);
    if (key) {
      out += ',';
      out += csv_field(row.key_name);
    }
    for (std::int64_t v : {row.requests, row.served, row.prompt_tokens, row.completion_tokens,
                           row.cache_read_tokens, row.cache_write_tokens, row.reasoning_tokens}) {
      out += ',';
      out += std::to_string(v);
    }
    for (double v : {row.cost_usd, row.counterfactual_usd, row.savings_usd()}) {
      out += ',';
      out += money(v);
    }
    out += "\r\n";
  };
  for (const CostRow& row : report.rows) line(row);
  line(report.total);
  return out;
}

std::string cost_report_text(const CostReport& report) {
  std::string out = "Cost since " + utc(report.since_ms) + ", by " + to_string(report.by) + ":\n";
  char buf[256];
  std::snprintf(buf, sizeof buf, "  %-28s %9s %12s %12s %12s %12s %12s\n", to_string(report.by),
                "requests", "tokens in", "tokens out", "cost $", "all-cloud $", "saved $");
  out += buf;
  auto line = [&](const CostRow& row) {
    std::string name = row.group;
    if (!row.key_name.empty()) name += " (" + row.key_name + ")";
    if (name.size() > 28) name = name.substr(0, 27) + "~";
    std::snprintf(buf, sizeof buf, "  %-28s %9lld %12lld %12lld %12.4f %12.4f %12.4f\n",
                  name.c_str(), static_cast<long long>(row.requests),
                  static_cast<long long>(row.prompt_tokens),
                  static_cast<long long>(row.completion_tokens), row.cost_usd,
                  row.counterfactual_usd, row.savings_usd());
    out += buf;
  };
  for (const CostRow& row : report.rows) line(row);
  line(report.total);
  return out;
}

}  // namespace switchyard::ledger
