// What the ledger keeps of a request's routing facts for `switchyard
// replay` (plan/recorded_facts.hpp): the task tag in its own field, the
// rest as one line of name=value words, never any prompt text; the local
// load only when a rule asked for it.
#include <gtest/gtest.h>

#include <cmath>
#include "gateway/routing_fixture.hpp"

#include "switchyard/plan/recorded_facts.hpp"
#include "switchyard/routing/difficulty_features.hpp"

namespace switchyard::gateway {
namespace {

TEST_F(RoutingGatewayTest, TheRecordKeepsTheTaskAndTheRouteFactsWithoutPromptText) {
  start("    - { name: intents-local, when: { task: intent }, then: { pin: local-llm } }\n");
  auto r = post("support", "classify this sentence please", {{"x-switchyard-task", "intent"}},
                R"(,"stream":false,"response_format":{"type":"json_object"})");
  ASSERT_EQ(r.status, 200u) << r.body;
  auto plain = post("support", "hi");
  ASSERT_EQ(plain.status, 200u) << plain.body;

  const auto recs = records();
  ASSERT_EQ(recs.size(), 2u);
  EXPECT_EQ(recs[0].task, "intent");
  EXPECT_EQ(recs[0].route_rule, "intents-local");
  EXPECT_EQ(recs[0].route_facts.find("classify"), std::string::npos) << recs[0].route_facts;
  const plan::RecordedFacts f = plan::decode_route_facts(recs[0].route_facts);
  EXPECT_EQ(f.prompt_tokens, 8) << recs[0].route_facts;  // 29 bytes / 4, rounded up
  EXPECT_EQ(f.tools, false);
  EXPECT_EQ(f.attachments, false);
  EXPECT_EQ(f.stream, false);
  EXPECT_EQ(f.response_format, routing::ResponseFormat::json_object);
  EXPECT_EQ(f.budget, 0.0);
  EXPECT_EQ(f.key_allows_cloud, true);
  EXPECT_FALSE(f.difficulty) << "no rule asked for it";
  EXPECT_FALSE(f.queue_depth) << "no rule asked for the load";

  EXPECT_EQ(recs[0].prompt_features, "") << "routing.record_prompt_features is off by default";
  EXPECT_EQ(recs[1].task, "");
  EXPECT_EQ(recs[1].route_rule, "default");
  EXPECT_EQ(plan::decode_route_facts(recs[1].route_facts).prompt_tokens, 1);
}

TEST_F(RoutingGatewayTest, TheLocalLoadIsRecordedWhenARuleReadsIt) {
  start(
      "    - { name: busy, when: { local_load: { queue_depth: { over: 50 } } },\n"
      "        then: { prefer: cloud } }\n"
      "    - { name: auto-local, when: { model: auto }, then: { serve: [local-llm] } }\n");
  ASSERT_EQ(post("support", "hello").status, 200u);
  const auto recs = records();
  ASSERT_EQ(recs.size(), 1u);
  const plan::RecordedFacts f = plan::decode_route_facts(recs[0].route_facts);
  EXPECT_EQ(f.queue_depth, 0) << recs[0].route_facts;  // measured: nothing queued
  EXPECT_EQ(f.p95_ms, 0);
}

TEST_F(RoutingGatewayTest, PromptFeaturesAreRecordedWhenAskedWithoutPromptText) {
  // The rules' list ends where the next key of `routing:` begins.
  start(
      "    - { name: auto-local, when: { model: auto }, then: { serve: [local-llm] } }\n"
      "  record_prompt_features: true\n");
  ASSERT_FALSE(HasFatalFailure());
  const std::string question = "Statement 1 | x = 12 * 7 = 84. Which of the following is true?";
  ASSERT_EQ(post("support", question).status, 200u);
  const auto recs = records();
  ASSERT_EQ(recs.size(), 1u);
  const std::string& kept = recs[0].prompt_features;
  EXPECT_EQ(kept.find("Statement"), std::string::npos) << kept;
  EXPECT_EQ(kept.find("following"), std::string::npos) << kept;
  const auto decoded = routing::decode_feature_vector(kept);
  ASSERT_TRUE(decoded) << kept;
  const routing::FeatureVector want = routing::prompt_features(question);
  for (std::size_t i = 0; i < routing::kFeatureCount; ++i)
    EXPECT_NEAR((*decoded)[i], want[i], 1e-4 * (1 + std::abs(want[i]))) << routing::feature_name(i);
  EXPECT_GT(want[static_cast<std::size_t>(routing::Feature::question_mark)], 0);
}

}  // namespace
}  // namespace switchyard::gateway
