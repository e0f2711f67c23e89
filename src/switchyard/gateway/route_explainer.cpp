#include "switchyard/gateway/route_explainer.hpp"

#include "switchyard/gateway/route_stage.hpp"
#include "switchyard/routing/difficulty_setup.hpp"

namespace switchyard::gateway {
namespace {

template <typename Request>
RouteAnswer answer_for(const Request& req, const RouteQuestion& q, bool explain,
                       const ClassifyStage& classify, const routing::Router& router) {
  RouteAnswer a;
  auto seen = classify.classify(req, q.data_class);
  if (!seen) {
    a.text = "refused before routing: " + seen.error().message + "\n";
    return a;
  }
  const privacy::PrivacyPolicy& policy = classify.policy();
  const privacy::Classification& cls = seen->classification;
  const std::string& class_name = policy.name(cls.level);
  routing::KnownBefore known;
  known.task_header = q.task;
  known.team = q.team;
  known.classification = &cls;
  routing::Facts facts = routing::facts_of(req, known);
  router.complete(facts);
  a.text = "data class: " + class_name + " (" + cls.reason + ")\n";
  const std::size_t rule = router.decide(facts);
  if (explain) a.text += router.explain(facts);
  a.text += "rule: " +
            (rule == routing::kDefaultRule ? std::string("default") : router.rules()[rule].name) +
            "\n";
  auto plan = router.plan(facts, rule);
  if (!plan) {
    a.text += "refused: " + plan.error().message + "\n";
    return a;
  }
  const privacy::ClassRule& allowed = policy.rule(cls.level);
  a.text += explain_privacy(*plan, router, allowed, class_name) + "\n";
  std::string tried;
  int n = 0;
  for (const routing::Candidate& c : plan->candidates) {
    const config::DeploymentConfig& d = router.deployment(c.deployment);
    if (!allowed.allows(d.side)) continue;
    tried += "  " + std::to_string(++n) + ". " + d.name + " (" + core::to_string(d.side) +
             "): " + c.reason + "\n";
  }
  if (n == 0) {
    a.text += "refused: nothing in the plan is permitted for " + class_name +
              " data; the gateway answers 503 no_permitted_deployment\n";
    return a;
  }
  a.served = true;
  a.text += "plan" + (plan->decision.empty() ? std::string() : " (" + plan->decision + ")") +
            ", tried in order:\n" + tried;
  return a;
}

}  // namespace

RouteExplainer::RouteExplainer(const config::Config& cfg)
    : classify_(cfg), router_(cfg, routing::load_difficulty(cfg).model) {}

RouteAnswer RouteExplainer::answer(const RouteQuestion& q, bool explain) const {
  if (q.embeddings) {
    auto req = dialect_.decode_embedding_request(q.body);
    if (!req) return {false, "bad request: " + req.error().message + "\n"};
    return answer_for(*req, q, explain, classify_, router_);
  }
  auto req = dialect_.decode_chat_request(q.body);
  if (!req) return {false, "bad request: " + req.error().message + "\n"};
  return answer_for(*req, q, explain, classify_, router_);
}

}  // namespace switchyard::gateway
