#include "switchyard/gateway/route_stage.hpp"

#include "switchyard/gateway/failure_report.hpp"

namespace switchyard::gateway {
namespace {

core::Error no_permitted_error(const std::string& why) {
  return {core::ErrorKind::no_permitted_deployment, 503, why, {}, "no_permitted_deployment", false};
}

}  // namespace

std::optional<core::Error> RouteStage::admit(Exchange& ex) const {
  auto plan = router_.plan(ex.model());
  if (!plan) {
    ex.attempted.reason = "no route: unknown model";
    return std::move(plan.error());
  }
  ex.plan = std::move(*plan);
  ledger::RequestRecord& rec = ex.record;
  for (const Candidate& c : ex.plan.candidates) {
    if (!rec.plan.empty()) rec.plan += "; ";
    rec.plan += c.deployment->config->name + ": ";
    if (ex.rule.allows(c.deployment->config->side)) {
      ex.permitted.push_back(&c);
      rec.plan += c.reason;
    } else {
      rec.plan += std::string("not permitted for ") + rec.data_class + " data";
    }
  }
  ex.skipped = not_permitted_reason(ex.plan, policy_, rec.data_class);
  if (ex.permitted.empty()) {
    // A privacy refusal says which class it was (nothing was attempted).
    ex.attempted.reason = ex.skipped;
    ex.attempted.data_class = rec.data_class;
    const privacy::ClassRule& rule = ex.rule;
    std::string sides = rule.local && rule.cloud ? "any side"
                        : rule.local             ? "local deployments"
                        : rule.cloud             ? "cloud deployments"
                                                 : "no deployment";
    return no_permitted_error(
        "This request is classed '" + rec.data_class + "' (" + ex.seen.classification.reason +
        "); the privacy policy lets such data go only to " + sides + ", and model '" + ex.model() +
        "' has none. Nothing was sent to any deployment.");
  }
  return std::nullopt;
}

}  // namespace switchyard::gateway
