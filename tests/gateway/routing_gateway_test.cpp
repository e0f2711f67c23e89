// Routing rules through the gateway: the decision (rule, the facts it
// matched on, each candidate's reason) in x-switchyard-route-reason, the
// ledger's route_rule and plan and the per-rule counter; the explanation
// in a header only when asked, never in the body; a refusal and a virtual
// alias no rule serves.
#include <gtest/gtest.h>

#include "gateway/routing_fixture.hpp"

namespace switchyard::gateway {
namespace {

using testing::parse_error;

const std::string kPolicy =
    "    - { name: hr-local, when: { team: hr }, then: { pin: local-llm } }\n"
    "    - { name: intents-local, when: { task: [intent, sentiment] }, then: { pin: local-llm } }\n"
    "    - { name: long-to-cloud, when: { prompt_tokens: { over: 20 } },\n"
    "        then: { serve: [cloud-gpt, local-llm] } }\n"
    "    - { name: no-legal, when: { task: legal }, then: { refuse: \"legal questions go to "
    "counsel\" } }\n"
    "    - { name: auto-json, when: { model: auto, response_format: json_object },\n"
    "        then: { serve: [local-llm] } }\n";

TEST_F(RoutingGatewayTest, TheMatchingRuleAndItsFactsAreInTheHeaderAndTheLedger) {
  start(kPolicy);
  auto r = post("support", "classify this", {{"x-switchyard-task", "intent"}});
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "local-llm");
  EXPECT_EQ(r.header("x-switchyard-route-reason"), "rule 'intents-local' (task=intent): pinned");
  EXPECT_EQ(r.header("x-switchyard-route-explain"), "") << "not asked";
  EXPECT_EQ(cloud_.request_count(), 0u);

  auto longer = post("support", std::string(100, 'x'));
  ASSERT_EQ(longer.status, 200u) << longer.body;
  EXPECT_EQ(longer.header("x-switchyard-deployment"), "cloud-gpt");
  EXPECT_EQ(longer.header("x-switchyard-route-reason"),
            "rule 'long-to-cloud' (prompt_tokens=25 over 20): serve #1");

  auto plain = post("support", "hi");
  ASSERT_EQ(plain.status, 200u);
  EXPECT_EQ(plain.header("x-switchyard-route-reason"), "primary deployment of 'support'");

  const auto recs = records();
  ASSERT_EQ(recs.size(), 3u);
  EXPECT_EQ(recs[0].route_rule, "intents-local");
  EXPECT_EQ(recs[0].plan, "rule 'intents-local' (task=intent): local-llm: pinned");
  EXPECT_EQ(recs[1].route_rule, "long-to-cloud");
  EXPECT_EQ(recs[1].plan,
            "rule 'long-to-cloud' (prompt_tokens=25 over 20): cloud-gpt: serve #1; "
            "local-llm: serve #2");
  EXPECT_EQ(recs[2].route_rule, "default");
}

TEST_F(RoutingGatewayTest, TheTaskComesFromMetadataWhenThereIsNoHeader) {
  start(kPolicy);
  auto r = post("support", "how do I feel", {}, R"(,"metadata":{"task":"sentiment"})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "local-llm");
  EXPECT_EQ(r.header("x-switchyard-route-reason"), "rule 'intents-local' (task=sentiment): pinned");
}

TEST_F(RoutingGatewayTest, EachDecisionIsCountedByRule) {
  start(kPolicy);
  ASSERT_EQ(post("support", "a", {{"x-switchyard-task", "intent"}}).status, 200u);
  ASSERT_EQ(post("support", "b", {{"x-switchyard-task", "sentiment"}}).status, 200u);
  ASSERT_EQ(post("support", "c").status, 200u);
  ASSERT_EQ(post("support", "d", {{"x-switchyard-task", "legal"}}).status, 403u);
  const std::string metrics = gw_.get("/metrics").body;
  EXPECT_NE(metrics.find("switchyard_route_decisions_total{rule=\"intents-local\"} 2"),
            std::string::npos)
      << metrics;
  EXPECT_NE(metrics.find("switchyard_route_decisions_total{rule=\"default\"} 1"),
            std::string::npos);
  EXPECT_NE(metrics.find("switchyard_route_decisions_total{rule=\"no-legal\"} 1"),
            std::string::npos);
  EXPECT_NE(metrics.find("switchyard_route_decisions_total{rule=\"hr-local\"} 0"),
            std::string::npos)
      << "every rule's series exists from the start";
}

TEST_F(RoutingGatewayTest, ARefusingRuleIs403WithItsReasonAndSendsNothing) {
  start(kPolicy);
  auto r = post("support", "can I sue?", {{"x-switchyard-task", "legal"}});
  ASSERT_EQ(r.status, 403u) << r.body;
  const auto e = parse_error(r.body);
  EXPECT_EQ(e.code, "refused_by_routing_rule");
  EXPECT_EQ(e.message, "Refused by routing rule 'no-legal': legal questions go to counsel");
  EXPECT_EQ(r.header("x-switchyard-route-reason"), "rule 'no-legal': refused_by_routing_rule");
  EXPECT_EQ(cloud_.request_count() + local_.request_count(), 0u);
  const auto recs = records();
  ASSERT_EQ(recs.size(), 1u);
  EXPECT_EQ(recs[0].route_rule, "no-legal");
  EXPECT_EQ(recs[0].status, 403);
}

TEST_F(RoutingGatewayTest, AVirtualAliasNoRuleMatchesIs503) {
  start(kPolicy);
  auto ok = post("auto", "json please", {}, R"(,"response_format":{"type":"json_object"})");
  ASSERT_EQ(ok.status, 200u) << ok.body;
  EXPECT_EQ(ok.header("x-switchyard-deployment"), "local-llm");
  auto r = post("auto", "plain please");
  ASSERT_EQ(r.status, 503u) << r.body;
  const auto e = parse_error(r.body);
  EXPECT_EQ(e.code, "no_matching_rule");
  EXPECT_TRUE(e.says("Model 'auto' is served only through routing rules")) << r.body;
  const std::string models = gw_.get("/v1/models").body;
  EXPECT_NE(models.find("\"auto\""), std::string::npos) << "a virtual alias is listed";
}

TEST_F(RoutingGatewayTest, TheExplanationIsAHeaderWhenAskedAndNeverTheBody) {
  start(kPolicy);
  auto r = post("support", "classify this",
                {{"x-switchyard-task", "intent"}, {"x-switchyard-explain", "1"}});
  ASSERT_EQ(r.status, 200u) << r.body;
  const std::string explain = r.header("x-switchyard-route-explain");
  EXPECT_NE(explain.find("facts: model=support team=(none) data_class=public"), std::string::npos)
      << explain;
  EXPECT_NE(explain.find("task=intent"), std::string::npos) << explain;
  EXPECT_NE(explain.find(" | rule 'hr-local': no, team=(none), wants hr | "), std::string::npos)
      << explain;
  EXPECT_NE(explain.find("rule 'intents-local': MATCH (task=intent)"), std::string::npos)
      << explain;
  EXPECT_NE(explain.find("rule 'long-to-cloud': not reached"), std::string::npos) << explain;
  EXPECT_NE(explain.find("1. local-llm (local): pinned"), std::string::npos) << explain;
  EXPECT_NE(explain.find("privacy: public data may go to any side; every candidate permitted"),
            std::string::npos)
      << explain;
  EXPECT_EQ(r.body.find("MATCH"), std::string::npos);
  EXPECT_EQ(r.body.find("facts:"), std::string::npos);

  auto refused = post("support", "x",
                      {{"x-switchyard-data-class", "restricted"},
                       {"x-switchyard-task", "nothing"},
                       {"x-switchyard-explain", "1"}});
  ASSERT_EQ(refused.status, 200u) << refused.body;
  const std::string why = refused.header("x-switchyard-route-explain");
  EXPECT_NE(why.find("privacy: restricted data may go to local deployments; not permitted: "
                     "cloud-gpt"),
            std::string::npos)
      << why;
}

}  // namespace
}  // namespace switchyard::gateway
