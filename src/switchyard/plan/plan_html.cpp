// plan_html: the plan as one HTML page that reads offline: the text's
// figures in tables, and inline SVG charts (svg_chart.hpp) — the split of
// each workload, its monthly cost three ways, and per workload its cost
// against volume with the break-even point.
#include "switchyard/plan/plan_report.hpp"
#include "switchyard/plan/report_format.hpp"
#include "switchyard/plan/svg_chart.hpp"

namespace switchyard::plan {
namespace {

constexpr const char* kLocal = "#2e7d32";
constexpr const char* kCloud = "#1565c0";
constexpr const char* kHybrid = "#6a1b9a";
constexpr const char* kMarker = "#c62828";
constexpr const char* kNow = "#555555";

std::string cell(const std::string& s) {
  return "<td>" + svg::escape(s) + "</td>";
}

// Cost against monthly volume: all-cloud a straight line, all-local whole
// machines (a step each time another machine is needed), the break-even
// and the volume now marked.
std::string cost_chart(const WorkloadPlan& wp, const Hardware& hw) {
  const Projection& p = wp.projection;
  if (!p.all_cloud_usd || p.requests_per_month <= 0) return "";
  double x_max = p.requests_per_month * 1.5;
  if (p.break_even_requests) x_max = std::max(x_max, *p.break_even_requests * 2);
  svg::Series cloud{"all-cloud", kCloud, {{0, 0}, {x_max, all_cloud_usd_at(p, x_max)}}};
  svg::Series local{"all-local (" + hw.name + ")", kLocal, {}};
  constexpr int kSteps = 200;
  double prev = all_local_usd_at(p, hw, 0);
  local.points.push_back({0, prev});
  for (int i = 1; i <= kSteps; ++i) {
    const double x = x_max * i / kSteps;
    const double y = all_local_usd_at(p, hw, x);
    if (y != prev) local.points.push_back({x, prev});  // the step's corner
    local.points.push_back({x, y});
    prev = y;
  }
  std::vector<svg::Marker> markers;
  if (p.break_even_requests)
    markers.push_back({*p.break_even_requests,
                       "break-even " + thousands_f(*p.break_even_requests) + "/month", kMarker,
                       true});
  markers.push_back({p.requests_per_month, "now " + thousands_f(p.requests_per_month), kNow});
  return svg::line_chart({cloud, local}, markers, "requests per month", "USD per month");
}

std::string workload_section(const WorkloadPlan& wp, const std::string& title,
                             const PlanReport& r) {
  const Workload& w = wp.workload;
  const Projection& p = wp.projection;
  std::string out = "<section>\n<h2>" + svg::escape(title) + "</h2>\n";
  if (!wp.recommendation.reasons.empty()) {
    out += "<p class=\"verdict\">Recommendation: <b>" +
           svg::escape(to_string(wp.recommendation.verdict)) + "</b></p>\n<ul>\n";
    for (const auto& why : wp.recommendation.reasons) out += "<li>" + svg::escape(why) + "</li>\n";
    out += "</ul>\n<p>Evidence:</p>\n<ul>\n";
    for (const auto& e : wp.recommendation.evidence) out += "<li>" + svg::escape(e) + "</li>\n";
    out += "</ul>\n";
  }
  out += "<table>\n";
  const double n = w.requests > 0 ? static_cast<double>(w.requests) : 1;
  const std::pair<std::string, std::string> rows[] = {
      {"requests", thousands(w.requests) + " (" + thousands(w.served_local) + " local, " +
                       thousands(w.served_cloud) + " cloud, " + thousands(w.requests - w.served) +
                       " not served)"},
      {"per month", thousands_f(p.requests_per_month)},
      {"tokens per request", decimal(w.prompt_tokens / n, 0) + " in (" +
                                 decimal(w.cache_read_tokens / n, 0) + " cache read), " +
                                 decimal(w.completion_tokens / n, 0) + " out"},
      {"data classes", class_mix(w)},
      {"latency", latency_line(w)},
      {"hybrid (now) / month", money(p.hybrid_usd)},
      {"all-cloud / month", p.all_cloud_usd ? money(*p.all_cloud_usd) : "unknown"},
      {"all-local / month", p.all_local_usd ? money(*p.all_local_usd) + " (" +
                                                  std::to_string(p.machines) + " machines, " +
                                                  decimal(p.machine_hours, 1) + " machine-hours)"
                                            : "unknown"},
      {"break-even", break_even_line(p, r.hardware.has_value())},
  };
  for (const auto& [k, v] : rows)
    out += "<tr><th>" + svg::escape(k) + "</th>" + cell(v) + "</tr>\n";
  out += "</table>\n";
  if (r.hardware) out += cost_chart(wp, *r.hardware);
  out += "</section>\n";
  return out;
}

}  // namespace

std::string plan_html(const PlanReport& r) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<title>Switchyard plan</title>\n<style>\n"
      "body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}\n"
      "table{border-collapse:collapse;margin:.5rem 0}th,td{text-align:left;padding:.2rem .6rem;"
      "border-bottom:1px solid #ddd;vertical-align:top}th{font-weight:600;white-space:nowrap}\n"
      "section{margin:2rem 0;border-top:2px solid #ccc}.verdict{font-size:1.1rem}\n"
      "svg{display:block;margin:.5rem 0}\n</style>\n</head>\n<body>\n";
  out += "<h1>Switchyard plan</h1>\n<p>" + thousands(r.records) + " records from " +
         utc(r.since_ms) + " to " + utc(r.now_ms) + " (" + decimal(r.window_days, 1) +
         " days observed; a month is " + decimal(r.monthly_factor, 2) +
         " times that).</p>\n<p>All-cloud: " + svg::escape(reference_line(r)) +
         ".<br>All-local: " + svg::escape(hardware_line(r)) + ".</p>\n";
  if (r.workloads.empty())
    return out + "<p>No records in this window: nothing to plan.</p>\n</body>\n</html>\n";

  // Where each workload runs now, and what it costs per month three ways.
  std::vector<svg::BarRow> split, cost;
  for (const WorkloadPlan& wp : r.workloads) {
    const Workload& w = wp.workload;
    split.push_back(
        {w.key.label(),
         {{static_cast<double>(w.served_local), kLocal},
          {static_cast<double>(w.served_cloud), kCloud},
          {static_cast<double>(w.requests - w.served), "#bbbbbb"}},
         percent(w.requests ? static_cast<double>(w.served_local) / static_cast<double>(w.requests)
                            : 0) +
             " local"});
  }
  out += "<h2>Where each workload runs now</h2>\n" +
         svg::bar_rows(split, {"local", "cloud", "not served"}, {kLocal, kCloud, "#bbbbbb"}, true);
  for (const WorkloadPlan& wp : r.workloads) {
    const Projection& p = wp.projection;
    cost.push_back(
        {wp.workload.key.label() + " · hybrid", {{p.hybrid_usd, kHybrid}}, money(p.hybrid_usd)});
    if (p.all_cloud_usd)
      cost.push_back({"all-cloud", {{*p.all_cloud_usd, kCloud}}, money(*p.all_cloud_usd)});
    if (p.all_local_usd)
      cost.push_back({"all-local", {{*p.all_local_usd, kLocal}}, money(*p.all_local_usd)});
  }
  out += "<h2>Monthly cost per workload</h2>\n" +
         svg::bar_rows(cost, {"hybrid (now)", "all-cloud", "all-local"}, {kHybrid, kCloud, kLocal},
                       false);
  int i = 0;
  for (const WorkloadPlan& wp : r.workloads)
    out +=
        workload_section(wp, "Workload " + std::to_string(++i) + ": " + wp.workload.key.label(), r);
  out += workload_section(r.total, "All traffic, one fleet", r);
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace switchyard::plan
