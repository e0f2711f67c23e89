#include "switchyard/plan/report_format.hpp"

#include <cmath>
#include <cstdio>
#include <ctime>

namespace switchyard::plan {

std::string utc(std::int64_t ms) {
  const std::time_t t = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string decimal(double v, int places) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", places, v);
  return buf;
}

std::string thousands(std::int64_t v) {
  std::string digits = std::to_string(v < 0 ? -v : v);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return v < 0 ? "-" + out : out;
}

std::string thousands_f(double v) {
  return thousands(static_cast<std::int64_t>(std::llround(v)));
}

std::string money(double usd) {
  const double cents = std::round(usd * 100);
  const auto whole = static_cast<std::int64_t>(std::trunc(cents / 100));
  const auto frac = static_cast<int>(std::fabs(cents - static_cast<double>(whole) * 100));
  char buf[16];
  std::snprintf(buf, sizeof buf, ".%02d", frac % 100);
  return std::string(usd < 0 && whole == 0 ? "-$" : "$") + thousands(whole) + buf;
}

std::string percent(double share) {
  return decimal(share * 100, 0) + "%";
}

std::string class_mix(const Workload& w) {
  std::string out;
  for (const auto& [name, n] : w.classes) {
    if (!out.empty()) out += ", ";
    out += name + " " +
           percent(static_cast<double>(n) /
                   static_cast<double>(std::max<std::int64_t>(1, w.requests)));
  }
  return out.empty() ? "(none)" : out;
}

std::string latency_line(const Workload& w) {
  if (w.latency.count == 0) return "none served";
  std::string out =
      "p50 " + decimal(w.latency.p50_ms, 0) + " ms, p95 " + decimal(w.latency.p95_ms, 0) + " ms";
  std::string sides;
  if (w.latency_local.count)
    sides += "local p50 " + decimal(w.latency_local.p50_ms, 0) + " / p95 " +
             decimal(w.latency_local.p95_ms, 0) + " ms";
  if (w.latency_cloud.count)
    sides += std::string(sides.empty() ? "" : "; ") + "cloud p50 " +
             decimal(w.latency_cloud.p50_ms, 0) + " / p95 " + decimal(w.latency_cloud.p95_ms, 0) +
             " ms";
  return sides.empty() ? out : out + " (" + sides + ")";
}

std::string break_even_line(const Projection& p, bool have_hardware) {
  if (!have_hardware) return "unknown (no hardware profile: --hardware FILE)";
  if (p.never)
    return "never: a request costs " + decimal(p.local_usd_per_request, 6) +
           " USD on the hardware at its usable capacity, " + decimal(p.cloud_usd_per_request, 6) +
           " USD in the cloud";
  if (!p.break_even_requests) return "unknown (no cloud price for its tokens, or no traffic)";
  return thousands_f(*p.break_even_requests) + " requests/month (now " +
         percent(p.requests_per_month / *p.break_even_requests) + " of it; a request costs " +
         decimal(p.cloud_usd_per_request, 6) + " USD in the cloud, " +
         decimal(p.local_usd_per_request, 6) + " USD on the hardware at its usable capacity)";
}

std::string reference_line(const PlanReport& r) {
  if (r.reference_given)
    return "the tokens at cost.reference" +
           (r.reference_name.empty() ? std::string() : " (" + r.reference_name + ")");
  return "the records' counterfactual_usd (no cost.reference in the configuration)";
}

std::string hardware_line(const PlanReport& r) {
  if (!r.hardware) return "no hardware profile (give --hardware FILE)";
  const Hardware& h = *r.hardware;
  return h.name + ": at least " + std::to_string(h.machines) + " machine" +
         (h.machines == 1 ? "" : "s") + " at " + money(h.hourly_usd) + "/hour each (" +
         money(h.fleet_usd_per_month()) + "/month), " + decimal(h.tokens_per_s, 0) +
         " tokens/s out, " +
         decimal(h.prompt_tokens_per_s > 0 ? h.prompt_tokens_per_s : h.tokens_per_s, 0) +
         " tokens/s in, " + percent(h.utilisation) + " of capacity usable";
}

}  // namespace switchyard::plan
