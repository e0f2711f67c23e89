// A routing rule's `cascade:` action in the configuration: read whole, with
// its defaults, and every mistake reported at its line with what to write.
#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <string_view>

#include "switchyard/config/config.hpp"

namespace switchyard::config {
namespace {

LoadResult load(const std::string& yaml) {
  return load_config_text(yaml, "cascade.yaml");
}

std::string all_problems(const LoadResult& r) {
  std::string s;
  for (const auto& p : r.problems) s += "  " + p.to_string() + "\n";
  return s.empty() ? "  (none)\n" : s;
}

::testing::AssertionResult OnlyProblem(const LoadResult& r, int line,
                                       std::initializer_list<std::string_view> pieces) {
  if (r.config) return ::testing::AssertionFailure() << "the config loaded";
  if (r.problems.size() != 1)
    return ::testing::AssertionFailure()
           << "expected one problem, got " << r.problems.size() << ":\n"
           << all_problems(r);
  const auto& p = r.problems.front();
  bool all = p.line == line;
  for (auto piece : pieces) all = all && p.message.find(piece) != std::string::npos;
  if (all) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "the problem is not the one expected:\n"
                                       << all_problems(r);
}

// Rules start at line 11.
const std::string kBase =
    "providers:\n"                                                                   // 1
    "  - {name: p, kind: openai_compatible, base_url: \"http://127.0.0.1:1/v1\"}\n"  // 2
    "models:\n"                                                                      // 3
    "  - alias: support\n"                                                           // 4
    "    deployments:\n"                                                             // 5
    "      - {name: local-small, provider: p, model: s, side: local}\n"              // 6
    "      - {name: local-big, provider: p, model: b, side: local}\n"                // 7
    "      - {name: frontier, provider: p, model: f, side: cloud}\n"                 // 8
    "routing:\n"                                                                     // 9
    "  rules:\n";                                                                    // 10

TEST(CascadeConfig, EveryKeyIsRead) {
  const LoadResult r = load(kBase +
                            "    - name: cascade\n"                                      // 11
                            "      then:\n"                                              // 12
                            "        cascade:\n"                                         // 13
                            "          first: [local-small, local-big]\n"                // 14
                            "          then: [frontier]\n"                               // 15
                            "          verify:\n"                                        // 16
                            "            min_mean_logprob: -1.5\n"                       // 17
                            "            max_mean_entropy: 3\n"                          // 18
                            "            min_token_logprob: -9\n"                        // 19
                            "            on_length: keep\n"                              // 20
                            "            refusal_patterns: [\"no idea\", \"unsure\"]\n"  // 21
                            "            json: false\n"                                  // 22
                            "            tools: false\n"                                 // 23
                            "          stream: stream_local\n");                         // 24
  ASSERT_TRUE(r.config) << all_problems(r);
  const auto& c = r.config->routing_rules.at(0).then.cascade;
  ASSERT_TRUE(c);
  EXPECT_EQ(c->first, (std::vector<std::string>{"local-small", "local-big"}));
  EXPECT_EQ(c->then, (std::vector<std::string>{"frontier"}));
  EXPECT_EQ(c->verify.min_mean_logprob, -1.5);
  EXPECT_EQ(c->verify.max_mean_entropy, 3);
  EXPECT_EQ(c->verify.min_token_logprob, -9);
  EXPECT_FALSE(c->verify.escalate_on_length);
  EXPECT_EQ(c->verify.refusal_patterns, (std::vector<std::string>{"no idea", "unsure"}));
  EXPECT_FALSE(c->verify.json);
  EXPECT_FALSE(c->verify.tools);
  EXPECT_EQ(c->stream, CascadeStream::stream_local);
  EXPECT_EQ(c->line, 13);
}

TEST(CascadeConfig, DefaultsVerifyTheShapeOfTheAnswerAndBuffer) {
  const LoadResult r =
      load(kBase + "    - {name: c, then: {cascade: {first: [local-small], then: [frontier]}}}\n");
  ASSERT_TRUE(r.config) << all_problems(r);
  const auto& c = *r.config->routing_rules.at(0).then.cascade;
  EXPECT_FALSE(c.verify.min_mean_logprob);
  EXPECT_FALSE(c.verify.max_mean_entropy);
  EXPECT_FALSE(c.verify.min_token_logprob);
  EXPECT_TRUE(c.verify.escalate_on_length);
  EXPECT_EQ(c.verify.refusal_patterns, CascadeVerifyConfig::default_refusal_patterns());
  EXPECT_TRUE(c.verify.json);
  EXPECT_TRUE(c.verify.tools);
  EXPECT_EQ(c.stream, CascadeStream::buffer);
}

TEST(CascadeConfig, AnEmptyPatternListTurnsRefusalsOff) {
  const LoadResult r = load(kBase +
                            "    - {name: c, then: {cascade: {first: [local-small], then: "
                            "[frontier], verify: {refusal_patterns: []}}}}\n");
  ASSERT_TRUE(r.config) << all_problems(r);
  EXPECT_TRUE(r.config->routing_rules.at(0).then.cascade->verify.refusal_patterns.empty());
}

TEST(CascadeConfig, TheFirstAnswerComesFromALocalDeployment) {
  EXPECT_TRUE(OnlyProblem(
      load(kBase + "    - {name: c, then: {cascade: {first: [frontier], then: [local-big]}}}\n"),
      11, {"'first' in", "names 'frontier', a cloud deployment", "under 'then:'"}));
}

TEST(CascadeConfig, UnknownDeploymentsAreNamedWithTheNearest) {
  EXPECT_TRUE(OnlyProblem(
      load(kBase + "    - {name: c, then: {cascade: {first: [local-smal], then: [frontier]}}}\n"),
      11, {"'local-smal', which is not declared", "did you mean 'local-small'?"}));
}

TEST(CascadeConfig, BothListsAreRequiredAndHoldNoDeploymentTwice) {
  EXPECT_TRUE(
      OnlyProblem(load(kBase + "    - {name: c, then: {cascade: {first: [local-small]}}}\n"), 11,
                  {"missing required key 'then'"}));
  EXPECT_TRUE(
      OnlyProblem(load(kBase + "    - {name: c, then: {cascade: {first: [], then: [frontier]}}}\n"),
                  11, {"'first'", "at least one deployment"}));
  EXPECT_TRUE(OnlyProblem(load(kBase + "    - {name: c, then: {cascade: {first: [local-small, "
                                       "local-small], then: [frontier]}}}\n"),
                          11, {"lists 'local-small' twice"}));
  EXPECT_TRUE(OnlyProblem(load(kBase + "    - {name: c, then: {cascade: {first: [local-small], "
                                       "then: [local-small]}}}\n"),
                          11, {"'first' already lists"}));
  EXPECT_TRUE(OnlyProblem(
      load(kBase + "    - {name: c, then: {cascade: {first: local-small, then: [frontier]}}}\n"),
      11, {"must be a list of deployments, e.g. [local-small]"}));
}

TEST(CascadeConfig, VerifyMistakesSayWhatToWrite) {
  const std::string head = kBase +
                           "    - name: c\n"                   // 11
                           "      then:\n"                     // 12
                           "        cascade:\n"                // 13
                           "          first: [local-small]\n"  // 14
                           "          then: [frontier]\n"      // 15
                           "          verify:\n";              // 16
  EXPECT_TRUE(OnlyProblem(load(head + "            min_logprob: -2\n"), 17,
                          {"min_token_logprob", "min_mean_logprob"}));
  EXPECT_TRUE(
      OnlyProblem(load(head + "            min_mean_logprob: 0.5\n"), 17, {"min_mean_logprob"}));
  EXPECT_TRUE(OnlyProblem(load(head + "            on_length: retry\n"), 17,
                          {"must be escalate or keep, got 'retry'"}));
  EXPECT_TRUE(OnlyProblem(load(head + "            refusal_patterns: [\"\"]\n"), 17,
                          {"must list non-empty texts"}));
}

TEST(CascadeConfig, AJudgeIsALocalDeploymentWithAThresholdAndAPrompt) {
  const std::string head = kBase +
                           "    - name: c\n"                   // 11
                           "      then:\n"                     // 12
                           "        cascade:\n"                // 13
                           "          first: [local-small]\n"  // 14
                           "          then: [frontier]\n"      // 15
                           "          verify:\n";              // 16
  LoadResult r = load(head +
                      "            judge:\n"                                              // 17
                      "              deployment: local-big\n"                             // 18
                      "              threshold: 0.7\n"                                    // 19
                      "              prompt: \"Q: {question} A: {answer} yes or no?\"\n"  // 20
                      "              on_error: escalate\n");                              // 21
  ASSERT_TRUE(r.config) << all_problems(r);
  const auto& judge = r.config->routing_rules.at(0).then.cascade->verify.judge;
  ASSERT_TRUE(judge);
  EXPECT_EQ(judge->deployment, "local-big");
  EXPECT_EQ(judge->threshold, 0.7);
  EXPECT_EQ(judge->prompt, "Q: {question} A: {answer} yes or no?");
  EXPECT_TRUE(judge->escalate_on_error);

  r = load(head + "            judge: {deployment: local-small}\n");
  ASSERT_TRUE(r.config) << all_problems(r);
  const auto& defaults = *r.config->routing_rules.at(0).then.cascade->verify.judge;
  EXPECT_EQ(defaults.threshold, 0.5);
  EXPECT_EQ(defaults.prompt, CascadeJudgeConfig::default_prompt());
  EXPECT_FALSE(defaults.escalate_on_error);
  EXPECT_FALSE(load(kBase + "    - {name: c, then: {cascade: {first: [local-small], then: "
                            "[frontier]}}}\n")
                   .config->routing_rules.at(0)
                   .then.cascade->verify.judge)
      << "no judge unless one is configured";

  // The judge reads the unredacted request: never a cloud deployment.
  EXPECT_TRUE(OnlyProblem(load(head + "            judge: {deployment: frontier}\n"), 17,
                          {"names 'frontier', a cloud deployment", "must be a local deployment"}));
  EXPECT_TRUE(OnlyProblem(load(head + "            judge: {deployment: local-smal}\n"), 17,
                          {"'local-smal', which is not declared", "did you mean 'local-small'?"}));
  EXPECT_TRUE(OnlyProblem(load(head + "            judge: {threshold: 0.5}\n"), 17,
                          {"missing required key 'deployment'"}));
  EXPECT_TRUE(
      OnlyProblem(load(head + "            judge: {deployment: local-big, threshold: 1.5}\n"), 17,
                  {"threshold"}));
  EXPECT_TRUE(OnlyProblem(
      load(head + "            judge: {deployment: local-big, prompt: \"rate {answer}\"}\n"), 17,
      {"must contain {question}"}));
  EXPECT_TRUE(
      OnlyProblem(load(head + "            judge: {deployment: local-big, on_error: retry}\n"), 17,
                  {"must be keep or escalate, got 'retry'"}));
  EXPECT_TRUE(OnlyProblem(load(head + "            judge: local-big\n"), 17,
                          {"must be a map such as {deployment: local-llm"}));
}

TEST(CascadeConfig, StreamIsBufferOrStreamLocal) {
  EXPECT_TRUE(
      OnlyProblem(load(kBase + "    - {name: c, then: {cascade: {first: [local-small], then: "
                               "[frontier], stream: both}}}\n"),
                  11, {"must be buffer", "or stream_local", "got 'both'"}));
}

TEST(CascadeConfig, ACascadeIsOneActionOnItsOwn) {
  EXPECT_TRUE(OnlyProblem(load(kBase + "    - {name: c, then: {serve: [frontier], cascade: {first: "
                                       "[local-small], then: [frontier]}}}\n"),
                          11, {"gives both 'serve' and 'cascade'"}));
  EXPECT_TRUE(
      OnlyProblem(load(kBase + "    - {name: c, then: {max_price_per_1m: 2, cascade: {first: "
                               "[local-small], then: [frontier]}}}\n"),
                  11, {"'max_price_per_1m' with 'cascade'"}));
}

TEST(CascadeConfig, ACascadeServesAVirtualAlias) {
  const LoadResult r = load(
      "providers:\n"
      "  - {name: p, kind: openai_compatible, base_url: \"http://127.0.0.1:1/v1\"}\n"
      "models:\n"
      "  - alias: support\n"
      "    deployments:\n"
      "      - {name: local-small, provider: p, model: s, side: local}\n"
      "      - {name: frontier, provider: p, model: f, side: cloud}\n"
      "  - alias: auto\n"
      "routing:\n"
      "  rules:\n"
      "    - {name: c, when: {model: auto}, then: {cascade: {first: [local-small], then: "
      "[frontier]}}}\n");
  EXPECT_TRUE(r.config) << all_problems(r);
}

}  // namespace
}  // namespace switchyard::config
