// plan_json: the plan for programs. Money in USD as plain numbers, volumes
// per month, latencies in ms; a value that cannot be known is null.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "switchyard/plan/plan_report.hpp"
#include "switchyard/plan/report_format.hpp"

namespace switchyard::plan {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void str(Writer& w, const std::string& s) {
  w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size()));
}
void optional(Writer& w, const std::optional<double>& v) {
  if (v)
    w.Double(*v);
  else
    w.Null();
}

void latency(Writer& w, const char* name, const Percentiles& p) {
  w.Key(name);
  w.StartObject();
  w.Key("count");
  w.Int64(p.count);
  w.Key("p50_ms");
  w.Double(p.p50_ms);
  w.Key("p95_ms");
  w.Double(p.p95_ms);
  w.EndObject();
}

void workload(Writer& w, const WorkloadPlan& wp, bool total) {
  const Workload& x = wp.workload;
  const Projection& p = wp.projection;
  w.StartObject();
  if (!total) {
    w.Key("task");
    str(w, x.key.task);
    w.Key("rule");
    str(w, x.key.rule);
    w.Key("team");
    str(w, x.key.team);
  }
  const std::pair<const char*, std::int64_t> counts[] = {
      {"requests", x.requests},
      {"served", x.served},
      {"served_local", x.served_local},
      {"served_cloud", x.served_cloud},
      {"prompt_tokens", x.prompt_tokens},
      {"completion_tokens", x.completion_tokens},
      {"cache_read_tokens", x.cache_read_tokens},
      {"cache_write_tokens", x.cache_write_tokens},
      {"reasoning_tokens", x.reasoning_tokens},
      {"local_only_requests", x.local_only},
      {"redact_for_cloud_requests", x.redact_for_cloud},
      {"cascades", x.cascades},
      {"escalated", x.escalated}};
  for (const auto& [name, v] : counts) {
    w.Key(name);
    w.Int64(v);
  }
  w.Key("data_classes");
  w.StartObject();
  for (const auto& [name, n] : x.classes) {
    str(w, name);
    w.Int64(n);
  }
  w.EndObject();
  latency(w, "latency", x.latency);
  latency(w, "latency_local", x.latency_local);
  latency(w, "latency_cloud", x.latency_cloud);
  w.Key("cost_usd");
  w.Double(x.cost_usd);
  w.Key("monthly");
  w.StartObject();
  w.Key("requests");
  w.Double(p.requests_per_month);
  w.Key("hybrid_usd");
  w.Double(p.hybrid_usd);
  w.Key("all_cloud_usd");
  optional(w, p.all_cloud_usd);
  w.Key("all_local_usd");
  optional(w, p.all_local_usd);
  w.Key("machines");
  w.Int(p.machines);
  w.Key("machine_hours");
  w.Double(p.machine_hours);
  w.EndObject();
  w.Key("break_even");
  w.StartObject();
  w.Key("requests_per_month");
  optional(w, p.break_even_requests);
  w.Key("never");
  w.Bool(p.never);
  w.Key("cloud_usd_per_request");
  w.Double(p.cloud_usd_per_request);
  w.Key("local_usd_per_request");
  w.Double(p.local_usd_per_request);
  w.EndObject();
  w.Key("recommendation");
  if (wp.recommendation.reasons.empty()) {
    w.Null();
    w.EndObject();
    return;
  }
  w.StartObject();
  w.Key("verdict");
  str(w, to_string(wp.recommendation.verdict));
  w.Key("reasons");
  w.StartArray();
  for (const auto& s : wp.recommendation.reasons) str(w, s);
  w.EndArray();
  w.Key("evidence");
  w.StartArray();
  for (const auto& s : wp.recommendation.evidence) str(w, s);
  w.EndArray();
  w.EndObject();
  w.EndObject();
}

}  // namespace

std::string plan_json(const PlanReport& report) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  w.Key("object");
  w.String("plan");
  w.Key("since");
  str(w, utc(report.since_ms));
  w.Key("until");
  str(w, utc(report.now_ms));
  w.Key("records");
  w.Int64(report.records);
  w.Key("window_days");
  w.Double(report.window_days);
  w.Key("monthly_factor");
  w.Double(report.monthly_factor);
  w.Key("all_cloud_priced_by");
  str(w, report.reference_given ? "cost.reference" : "counterfactual_usd");
  w.Key("hardware");
  if (report.hardware) {
    const Hardware& h = *report.hardware;
    w.StartObject();
    w.Key("name");
    str(w, h.name);
    w.Key("machines");
    w.Int(h.machines);
    w.Key("hourly_usd");
    w.Double(h.hourly_usd);
    w.Key("tokens_per_s");
    w.Double(h.tokens_per_s);
    w.Key("prompt_tokens_per_s");
    w.Double(h.prompt_tokens_per_s);
    w.Key("utilisation");
    w.Double(h.utilisation);
    w.EndObject();
  } else {
    w.Null();
  }
  w.Key("workloads");
  w.StartArray();
  for (const auto& wp : report.workloads) workload(w, wp, false);
  w.EndArray();
  w.Key("total");
  workload(w, report.total, true);
  w.EndObject();
  return buf.GetString();
}

}  // namespace switchyard::plan
