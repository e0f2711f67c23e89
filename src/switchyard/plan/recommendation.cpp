#include "switchyard/plan/recommendation.hpp"

#include <cstdio>

namespace switchyard::plan {
namespace {

std::string fmt(const char* format, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, format, v);
  return buf;
}
std::string pct(double share) {
  return fmt("%.0f%%", share * 100);
}
std::string usd(double v) {
  return fmt("$%.2f", v);
}
std::string count(double v) {
  return fmt("%.0f", v);
}

std::string local_only_classes(const Workload& w) {
  std::string out;
  for (const auto& name : w.local_only_classes) out += (out.empty() ? "" : ", ") + name;
  return out;
}

}  // namespace

const char* to_string(Verdict v) {
  switch (v) {
    case Verdict::local_required:
      return "local (required)";
    case Verdict::local:
      return "local";
    case Verdict::cloud:
      return "cloud";
    case Verdict::hybrid:
      return "hybrid";
  }
  return "hybrid";
}

Recommendation recommend(const Workload& w, const Projection& p, bool have_hardware,
                         const RecommendOptions& o) {
  Recommendation r;
  // Evidence first: it goes with every verdict.
  if (w.cascades > 0)
    r.evidence.push_back("cascade: " + count(static_cast<double>(w.cascades)) +
                         " local answers judged, " + count(static_cast<double>(w.escalated)) +
                         " escalated as weak (" + pct(w.escalation_rate()) + ")");
  else
    r.evidence.push_back("no cascade ran for this workload: no judged answers in the ledger");
  r.evidence.push_back("no feedback scores: the ledger records none");
  if (w.latency.count > 0)
    r.evidence.push_back("latency observed: p50 " + count(w.latency.p50_ms) + " ms, p95 " +
                         count(w.latency.p95_ms) + " ms" +
                         (w.latency_local.count && w.latency_cloud.count
                              ? " (local p95 " + count(w.latency_local.p95_ms) + " ms, cloud p95 " +
                                    count(w.latency_cloud.p95_ms) + " ms)"
                              : ""));

  const std::string volume = count(p.requests_per_month) + " requests/month";
  const double share = w.local_only_share();
  std::string regulated_note;
  if (w.local_only > 0) {
    regulated_note = pct(share) + " of its requests (" + count(static_cast<double>(w.local_only)) +
                     ") are classed " + local_only_classes(w) +
                     ", which the privacy policy keeps off the cloud";
    if (share >= o.regulated_share) {
      r.verdict = Verdict::local_required;
      r.reasons.push_back("regulated data: " + regulated_note);
      if (p.all_local_usd)
        r.reasons.push_back("all-local costs " + usd(*p.all_local_usd) + "/month on " +
                            std::to_string(p.machines) + " machine(s)");
      return r;
    }
  }
  auto finish = [&](Verdict v, std::string why) {
    r.verdict = v;
    r.reasons.push_back(std::move(why));
    if (!regulated_note.empty())
      r.reasons.push_back("whatever the verdict, " + regulated_note + ": those stay local");
    return r;
  };

  if (w.cascades >= o.min_cascades && w.escalation_rate() >= o.escalation_for_cloud)
    return finish(Verdict::cloud, "capability: the local model's answers were escalated in " +
                                      pct(w.escalation_rate()) + " of " +
                                      count(static_cast<double>(w.cascades)) +
                                      " cascades (at least " + pct(o.escalation_for_cloud) +
                                      " says the workload needs the cloud model)");
  if (have_hardware && p.never)
    return finish(Verdict::cloud, "no payback: a request costs " +
                                      fmt("$%.6f", p.local_usd_per_request) +
                                      " on the hardware at its usable capacity and " +
                                      fmt("$%.6f", p.cloud_usd_per_request) +
                                      " in the cloud, so no volume makes owned hardware pay");
  if (have_hardware && p.break_even_requests) {
    const double be = *p.break_even_requests;
    const double of_be = p.requests_per_month / be;
    if (p.requests_per_month >= be)
      return finish(Verdict::local,
                    "volume: " + volume + " is over the break-even of " + count(be) +
                        "; cost at scale: all-local " + usd(p.all_local_usd.value_or(0)) +
                        "/month against all-cloud " + usd(p.all_cloud_usd.value_or(0)));
    if (of_be < o.prototype_share)
      return finish(Verdict::cloud, "prototype volume: " + volume + " is " + pct(of_be) +
                                        " of the break-even of " + count(be) +
                                        "; pay per token in the cloud until it grows");
    return finish(Verdict::hybrid, "between: " + volume + " is " + pct(of_be) +
                                       " of the break-even of " + count(be) +
                                       "; keep the current split and watch the volume");
  }
  if (p.requests_per_month < o.prototype_requests)
    return finish(Verdict::cloud, "prototype volume: " + volume + " (under " +
                                      count(o.prototype_requests) +
                                      "); pay per token in the cloud until it grows");
  return finish(Verdict::hybrid,
                have_hardware ? volume + "; no break-even known (no cloud price for its tokens)"
                              : volume +
                                    "; give a hardware profile (--hardware) to weigh it "
                                    "against owned machines");
}

}  // namespace switchyard::plan
