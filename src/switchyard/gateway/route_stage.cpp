#include "switchyard/gateway/route_stage.hpp"

#include <algorithm>

#include "switchyard/gateway/budget_gate.hpp"
#include "switchyard/gateway/failure_report.hpp"
#include "switchyard/plan/recorded_facts.hpp"

namespace switchyard::gateway {
namespace {

core::Error no_permitted_error(const std::string& why) {
  return {core::ErrorKind::no_permitted_deployment, 503, why, {}, "no_permitted_deployment", false};
}

const char* sides_allowed(const privacy::ClassRule& rule) {
  return rule.local && rule.cloud ? "any side"
         : rule.local             ? "local deployments"
         : rule.cloud             ? "cloud deployments"
                                  : "no deployment";
}

bool asked_to_explain(const http::Request& req) {
  auto it = req.find("x-switchyard-explain");
  return it != req.end() && (it->value() == "1" || it->value() == "true");
}

// The explanation as one header line.
std::string one_line(std::string text) {
  while (!text.empty() && text.back() == '\n') text.pop_back();
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\n')
      out += " | ";
    else
      out += c;
  }
  return out;
}

}  // namespace

RouteStage::RouteStage(const routing::Router& router, const std::vector<Deployment>& deployments,
                       const privacy::PrivacyPolicy& policy, observe::Registry& metrics,
                       const LoadSpill& spill, limits::BudgetStore* budgets, bool budget_downgrade,
                       bool record_features)
    : router_(router),
      deployments_(deployments),
      policy_(policy),
      spill_(spill),
      budgets_(budgets),
      budget_downgrade_(budget_downgrade),
      record_features_(record_features) {
  router_.attach_load(&spill_);  // the local_load fact reads spill's signals
  const char* help = "Routing decisions, by the rule that made the plan (default: none matched).";
  for (const routing::Rule& r : router.rules())
    decisions_.push_back(&metrics.counter("switchyard_route_decisions_total", help,
                                          "rule=\"" + observe::label_value(r.name) + "\""));
  decisions_.push_back(
      &metrics.counter("switchyard_route_decisions_total", help, "rule=\"default\""));
}

std::string explain_privacy(const routing::Plan& plan, const routing::Router& router,
                            const privacy::ClassRule& rule, const std::string& data_class) {
  std::string out = "privacy: " + data_class + " data may go to " + sides_allowed(rule);
  std::string dropped;
  for (const routing::Candidate& c : plan.candidates) {
    const config::DeploymentConfig& d = router.deployment(c.deployment);
    if (rule.allows(d.side)) continue;
    if (!dropped.empty()) dropped += ", ";
    dropped += d.name;
  }
  out += dropped.empty() ? "; every candidate permitted" : "; not permitted: " + dropped;
  return out;
}

std::optional<core::Error> RouteStage::admit(Exchange& ex) const {
  routing::KnownBefore known;
  if (auto it = ex.http.find("x-switchyard-task"); it != ex.http.end())
    known.task_header = it->value();
  known.team = ex.team;
  known.classification = &ex.seen.classification;
  ex.facts = ex.endpoint == Endpoint::chat ? routing::facts_of(ex.chat(), known)
                                           : routing::facts_of(ex.embedding(), known);
  // The exact prompt tokens when a rule reads them (the router knows) or
  // the caller's tokens-per-minute limit will (the reserve stage).
  router_.complete(ex.facts, core::Clock::now(), ex.key && ex.key->policy.tpm > 0);
  const bool explain = asked_to_explain(ex.http);
  if (budgets_ && (router_.needs_budget() || budget_downgrade_ || explain))
    ex.facts.budget = budget_share(*budgets_, ex);
  ledger::RequestRecord& rec = ex.record;
  // What `switchyard replay` needs to route this request again (no prompt text).
  rec.task = std::string(ex.facts.task.substr(0, 128));
  rec.route_facts = plan::encode_route_facts(
      ex.facts,
      {router_.needs_local_load(), ex.rule.cloud || !policy_.rule(ex.facts.data_class).cloud});
  // What the difficulty router would learn this request's outcome against.
  if (record_features_ && ex.endpoint == Endpoint::chat)
    rec.prompt_features = routing::encode_feature_vector(routing::request_features(ex.chat()));
  if (explain) ex.attempted.explanation = router_.explain(ex.facts);

  const std::size_t rule = router_.decide(ex.facts);
  rec.route_rule = rule == routing::kDefaultRule ? "default" : router_.rules()[rule].name;
  auto plan = router_.plan(ex.facts, rule);
  if (!plan) {
    if (explain) ex.attempted.explanation = one_line(std::move(ex.attempted.explanation));
    if (plan.error().code == "model_not_found") {
      rec.route_rule.clear();
      ex.attempted.reason = "no route: unknown model";
    } else {
      decisions_[std::min(rule, decisions_.size() - 1)]->inc();
      ex.attempted.reason = "rule '" + rec.route_rule + "': " + plan.error().code;
      ex.plan.rule = rec.route_rule;  // the rule that refused, for the metrics and traces
      ex.plan.rule_index = rule;
    }
    return std::move(plan.error());
  }
  decisions_[std::min(rule, decisions_.size() - 1)]->inc();
  ex.plan = std::move(*plan);
  if (!ex.plan.decision.empty()) rec.plan = ex.plan.decision + ": ";
  bool first = true;
  for (const routing::Candidate& c : ex.plan.candidates) {
    const config::DeploymentConfig& d = *deployments_[c.deployment].config;
    if (!first) rec.plan += "; ";
    first = false;
    rec.plan += d.name + ": ";
    if (ex.rule.allows(d.side)) {
      ex.permitted.push_back(&c);
      rec.plan += c.reason;
    } else {
      rec.plan += std::string("not permitted for ") + rec.data_class + " data";
    }
  }
  ex.skipped = not_permitted_reason(ex.plan, deployments_, policy_, rec.data_class);
  if (explain)
    ex.attempted.explanation = one_line(ex.attempted.explanation +
                                        explain_privacy(ex.plan, router_, ex.rule, rec.data_class));
  if (ex.permitted.empty()) {
    // A privacy refusal says which class it was (nothing was attempted).
    ex.attempted.reason =
        ex.plan.decision.empty() ? ex.skipped : ex.plan.decision + ": " + ex.skipped;
    ex.attempted.data_class = rec.data_class;
    const std::string by = ex.plan.decision.empty()
                               ? "model '" + ex.model() + "' has none"
                               : "the plan of routing rule '" + ex.plan.rule + "' for model '" +
                                     ex.model() + "' has none";
    return no_permitted_error(
        "This request is classed '" + rec.data_class + "' (" + ex.seen.classification.reason +
        "); the privacy policy lets such data go only to " + sides_allowed(ex.rule) + ", and " +
        by + ". Nothing was sent to any deployment.");
  }
  spill_.apply(ex);  // load: last, over what the class permits
  return std::nullopt;
}

}  // namespace switchyard::gateway
