// `spill:` on a local deployment (its load limits) and under `routing:` (how
// spilling starts, ends and waits); docs/configuration.md, docs/routing.md.
#include "switchyard/config/sections.hpp"

namespace switchyard::config {
namespace {

const MapSchema kDeploymentSpill{{"queue_depth", "p95_ms"},
                                 {{"max_wait_ms", "it goes under routing.spill (it is global)"},
                                  {"resume_below", "it goes under routing.spill (it is global)"}}};
const MapSchema kRoutingSpill{{"resume_below", "latency_window_ms", "max_wait_ms"},
                              {{"queue_depth",
                                "it is a limit of a local deployment: write it "
                                "under the deployment, as spill: {queue_depth: 8}"},
                               {"p95_ms",
                                "it is a limit of a local deployment: write it under "
                                "the deployment, as spill: {p95_ms: 2000}"}}};

}  // namespace

void read_deployment_spill(const MapReader& deployment, Side side, SpillLimitsConfig& out) {
  if (!deployment.has("spill")) return;
  const MapReader m(*deployment.value("spill"), deployment.line("spill"),
                    "spill of " + deployment.what(), kDeploymentSpill, deployment.problems());
  m.read_int("queue_depth", 1, 1'000'000, out.queue_depth);
  m.read_millis("p95_ms", 1, out.p95);
  if (side != Side::local) {
    deployment.report("spill",
                      "sets load limits, which only a local deployment has (requests spill from "
                      "it to the model's cloud deployments); remove it or make the deployment "
                      "side: local");
    return;
  }
  if (m.is_map() && !m.has("queue_depth") && !m.has("p95_ms"))
    deployment.report("spill",
                      "sets no limit; write queue_depth, p95_ms or both, e.g. "
                      "spill: {queue_depth: 8, p95_ms: 2000}");
}

void read_routing_spill(const MapReader& routing, SpillConfig& out) {
  if (!routing.has("spill")) return;
  const MapReader m(*routing.value("spill"), routing.line("spill"), "routing.spill", kRoutingSpill,
                    routing.problems());
  if (m.read_number("resume_below", 0, 1, out.resume_below) && out.resume_below <= 0)
    m.report("resume_below", "must be above 0 (a share of the limits, e.g. 0.8)");
  m.read_millis("latency_window_ms", 100, out.latency_window);
  m.read_millis("max_wait_ms", 0, out.max_wait);
}

}  // namespace switchyard::config
