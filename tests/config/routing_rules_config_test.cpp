// routing.rules in the configuration: a valid policy becomes typed rules;
// every mistake (unknown fact, bad range, unknown deployment, alias, class
// or entity, duplicate or unreachable rule, actions that do not fit
// together, a virtual alias nothing serves) is reported at its line, with
// what to write instead.
#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <string_view>

#include "support/paths.hpp"
#include "switchyard/config/config.hpp"

namespace switchyard::config {
namespace {

LoadResult load(const std::string& yaml) {
  return load_config_text(yaml, "rules.yaml");
}

std::string all_problems(const LoadResult& r) {
  std::string s;
  for (const auto& p : r.problems) s += "  " + p.to_string() + "\n";
  return s.empty() ? "  (none)\n" : s;
}

::testing::AssertionResult HasProblem(const LoadResult& r, int line,
                                      std::initializer_list<std::string_view> pieces) {
  for (const auto& p : r.problems) {
    if (p.line != line) continue;
    bool all = true;
    for (auto piece : pieces) all = all && p.message.find(piece) != std::string::npos;
    if (all) return ::testing::AssertionSuccess();
  }
  std::string wanted;
  for (auto piece : pieces) wanted += " \"" + std::string(piece) + "\"";
  return ::testing::AssertionFailure()
         << "no problem at line " << line << " containing" << wanted << "; problems:\n"
         << all_problems(r);
}

::testing::AssertionResult OnlyProblem(const LoadResult& r, int line,
                                       std::initializer_list<std::string_view> pieces) {
  if (r.config) return ::testing::AssertionFailure() << "the config loaded";
  if (r.problems.size() != 1)
    return ::testing::AssertionFailure()
           << "expected one problem, got " << r.problems.size() << ":\n"
           << all_problems(r);
  return HasProblem(r, line, pieces);
}

// Rules start at line 12.
const std::string kBase =
    "providers:\n"                                                                   // 1
    "  - {name: p, kind: openai_compatible, base_url: \"http://127.0.0.1:1/v1\"}\n"  // 2
    "models:\n"                                                                      // 3
    "  - alias: support\n"                                                           // 4
    "    deployments:\n"                                                             // 5
    "      - {name: local-small, provider: p, model: s, side: local}\n"              // 6
    "      - {name: frontier, provider: p, model: f, side: cloud,\n"                 // 7
    "         price: {input_per_1m: 3, output_per_1m: 15}}\n"                        // 8
    "  - alias: auto\n"                                                              // 9
    "routing:\n"                                                                     // 10
    "  rules:\n";                                                                    // 11

// A rule that serves the virtual alias, so it is not the problem under test.
const std::string kServeAuto =
    "    - {name: auto-local, when: {model: auto}, then: {serve: [local-small]}}\n";

TEST(RoutingRulesConfig, EveryFactAndActionIsRead) {
  const LoadResult r =
      load(kBase +
           "    - name: small-tasks\n"                                                  // 12
           "      when: {task: [intent, sentiment], data_class: [public, internal],\n"  // 13
           "             entities: [EMAIL_ADDRESS], team: support, response_format: json_schema,\n"
           "             prompt_tokens: {over: 10, under: 6000},\n"
           "             local_load: {queue_depth: {under: 8}, p95_ms: {over: 250}},\n"
           "             difficulty: {under: 0.3}, tools: false, images: false,\n"
           "             attachments: false, stream: true, model: [support, auto]}\n"
           "      then: {serve: [local-small, frontier], max_price_per_1m: 20}\n"
           "    - {name: hr, when: {team: hr}, then: {pin: local-small}}\n"
           "    - {name: cheap, when: {task: bulk}, then: {max_price_per_1m: 1}}\n"
           "    - {name: cloudy, when: {task: hard}, then: {prefer: cloud}}\n"
           "    - {name: no-legal, when: {task: legal}, then: {refuse: \"ask a lawyer\"}}\n"
           "    - {name: by-share, when: {task: essay},\n"
           "       then: {route: {by: difficulty, strong_share: 0.3}, max_price_per_1m: 20}}\n"
           "    - {name: by-threshold, when: {task: proof}, then: {route: {by: difficulty, "
           "threshold: 0.6}}}\n"
           "    - {name: by-model, when: {task: poem}, then: {route: {by: difficulty}}}\n"
           "  difficulty_model: models/difficulty.txt\n");
  ASSERT_TRUE(r.config) << all_problems(r);
  const auto& rules = r.config->routing_rules;
  ASSERT_EQ(rules.size(), 8u);
  const RoutingRuleConfig& a = rules[0];
  EXPECT_EQ(a.name, "small-tasks");
  EXPECT_EQ(a.line, 12);
  EXPECT_EQ(a.when.tasks, (std::vector<std::string>{"intent", "sentiment"}));
  EXPECT_EQ(a.when.data_classes, (std::vector<std::string>{"public", "internal"}));
  EXPECT_EQ(a.when.entities, (std::vector<std::string>{"EMAIL_ADDRESS"}));
  EXPECT_EQ(a.when.teams, (std::vector<std::string>{"support"}));
  EXPECT_EQ(a.when.models, (std::vector<std::string>{"support", "auto"}));
  EXPECT_EQ(a.when.response_formats, (std::vector<std::string>{"json_schema"}));
  ASSERT_TRUE(a.when.prompt_tokens);
  EXPECT_EQ(a.when.prompt_tokens->over, 10);
  EXPECT_EQ(a.when.prompt_tokens->under, 6000);
  ASSERT_TRUE(a.when.local_queue_depth);
  EXPECT_FALSE(a.when.local_queue_depth->over);
  EXPECT_EQ(a.when.local_queue_depth->under, 8);
  ASSERT_TRUE(a.when.local_p95_ms);
  EXPECT_EQ(a.when.local_p95_ms->over, 250);
  EXPECT_FALSE(a.when.local_p95_ms->under);
  ASSERT_TRUE(a.when.difficulty);
  EXPECT_EQ(a.when.difficulty->under, 0.3);
  EXPECT_EQ(a.when.tools, false);
  EXPECT_EQ(a.when.images, false);
  EXPECT_EQ(a.when.attachments, false);
  EXPECT_EQ(a.when.stream, true);
  EXPECT_EQ(a.then.serve, (std::vector<std::string>{"local-small", "frontier"}));
  EXPECT_EQ(a.then.max_price_per_1m, 20);
  EXPECT_EQ(rules[1].then.pin, "local-small");
  EXPECT_EQ(rules[2].then.max_price_per_1m, 1);
  EXPECT_EQ(rules[3].then.prefer, Side::cloud);
  EXPECT_EQ(rules[4].then.refuse, "ask a lawyer");
  ASSERT_TRUE(rules[5].then.route);
  EXPECT_EQ(rules[5].then.route->strong_share, 0.3);
  EXPECT_FALSE(rules[5].then.route->threshold);
  EXPECT_EQ(rules[5].then.route->line, 25);
  EXPECT_EQ(rules[5].then.max_price_per_1m, 20);
  ASSERT_TRUE(rules[6].then.route);
  EXPECT_EQ(rules[6].then.route->threshold, 0.6);
  ASSERT_TRUE(rules[7].then.route);
  EXPECT_FALSE(rules[7].then.route->threshold);
  EXPECT_FALSE(rules[7].then.route->strong_share);
  // Relative to the configuration file's folder (here: none).
  EXPECT_EQ(r.config->difficulty_model, "models/difficulty.txt");
  EXPECT_EQ(r.config->difficulty_model_line, 28);
  EXPECT_TRUE(r.config->find_model("auto")->virtual_alias);
  EXPECT_FALSE(r.config->find_model("support")->virtual_alias);
}

TEST(RoutingRulesConfig, RetryStaysBesideTheRules) {
  const LoadResult r = load(kBase + kServeAuto + "  retry: {max_attempts: 3}\n");
  ASSERT_TRUE(r.config) << all_problems(r);
  EXPECT_EQ(r.config->retry.max_attempts, 3);
  EXPECT_EQ(r.config->routing_rules.size(), 1u);
}

TEST(RoutingRulesConfig, AnUnknownFactIsNamedWithTheNearestOne) {
  EXPECT_TRUE(OnlyProblem(load(kBase + kServeAuto +
                               "    - name: x\n"
                               "      when: {taks: intent}\n"
                               "      then: {serve: [frontier]}\n"),
                          14, {"unknown key 'taks'", "did you mean 'task'?", "prompt_tokens"}));
  EXPECT_TRUE(OnlyProblem(load(kBase + kServeAuto +
                               "    - name: x\n"
                               "      when: {alias: support}\n"
                               "      then: {serve: [frontier]}\n"),
                          14, {"'alias' is not accepted", "the fact 'model'"}));
}

TEST(RoutingRulesConfig, RangesMustBeRangesAndNotEmpty) {
  const LoadResult r = load(kBase + kServeAuto +
                            "    - name: a\n"                                          // 13
                            "      when: {prompt_tokens: {over: 6000, under: 100}}\n"  // 14
                            "      then: {serve: [frontier]}\n"                        // 15
                            "    - name: b\n"                                          // 16
                            "      when: {prompt_tokens: 6000}\n"                      // 17
                            "      then: {serve: [frontier]}\n"                        // 18
                            "    - name: c\n"                                          // 19
                            "      when: {local_load: {queue_depth: {over: -1}}}\n"    // 20
                            "      then: {serve: [frontier]}\n"                        // 21
                            "    - name: d\n"                                          // 22
                            "      when: {difficulty: {}}\n"                           // 23
                            "      then: {serve: [frontier]}\n"                        // 24
                            "    - name: e\n"                                          // 25
                            "      when: {prompt_tokens: {more_than: 5}}\n"            // 26
                            "      then: {serve: [frontier]}\n");                      // 27
  EXPECT_FALSE(r.config);
  EXPECT_TRUE(HasProblem(r, 14, {"'prompt_tokens'", "is empty", "over 6000 and under 100"}));
  EXPECT_TRUE(HasProblem(r, 17, {"must be a range such as {over: 6000}", "the number '6000'"}));
  EXPECT_TRUE(HasProblem(r, 20, {"'over'", "at least 0", "-1"}));
  EXPECT_TRUE(HasProblem(r, 23, {"'difficulty'", "must give 'over', 'under' or both"}));
  EXPECT_TRUE(HasProblem(r, 26, {"unknown key 'more_than'"}));
}

TEST(RoutingRulesConfig, LocalLoadNamesItsSignal) {
  const LoadResult r =
      load(kBase + kServeAuto +
           "    - {name: a, when: {local_load: {over: 8}}, then: {prefer: cloud}}\n"  // 13
           "    - {name: b, when: {local_load: 8}, then: {prefer: cloud}}\n"          // 14
           "    - {name: c, when: {local_load: {}}, then: {prefer: cloud}}\n"         // 15
           "    - {name: d, when: {local_load: {latency: {over: 9}}}, then: "
           "{prefer: cloud}}\n"  // 16
           "    - {name: e, when: {local_load: {p95_ms: {under: 0}}}, then: "
           "{prefer: cloud}}\n");  // 17
  EXPECT_FALSE(r.config);
  EXPECT_TRUE(HasProblem(r, 13, {"'over'", "local_load: {queue_depth: {over: 8}}"}));
  EXPECT_TRUE(HasProblem(r, 14, {"'local_load'", "must be a map such as {queue_depth:", "8"}));
  EXPECT_TRUE(HasProblem(r, 15, {"'local_load'", "must give queue_depth, p95_ms or both"}));
  EXPECT_TRUE(HasProblem(r, 16, {"'latency'", "write p95_ms:"}));
  // under: 0 is a range nothing is in (a p95 is never negative), but not a
  // mistake the reader can tell from a wanted bound; it is read.
  EXPECT_EQ(r.problems.size(), 4u) << all_problems(r);
}

TEST(RoutingRulesConfig, TheDifficultyNeedsAModelAndRouteIsChecked) {
  const LoadResult r = load(
      kBase + kServeAuto +
      "    - {name: a, when: {difficulty: {over: 0.7}}, then: {prefer: cloud}}\n"             // 13
      "    - {name: b, when: {task: x}, then: {route: {by: difficulty}}}\n"                   // 14
      "    - {name: c, when: {task: y}, then: {route: {by: size}}}\n"                         // 15
      "    - {name: d, when: {task: z}, then: {route: {by: difficulty, strong_share: 1}}}\n"  // 16
      "    - {name: e, when: {task: w}, then: {route: {by: difficulty, strong_share: 0.3, "
      "threshold: 0.5}}}\n"                                                                    // 17
      "    - {name: f, when: {task: v}, then: {route: {by: difficulty}, pin: local-small}}\n"  // 18
      "    - {name: g, when: {task: u}, then: {route: difficulty}}\n"                          // 19
      "    - {name: h, when: {task: t}, then: {route: {strong_share: 0.2}}}\n");               // 20
  EXPECT_FALSE(r.config);
  EXPECT_TRUE(HasProblem(r, 13,
                         {"routing rule 'a' asks for the difficulty",
                          "no difficulty model is configured", "routing.difficulty_model"}));
  EXPECT_TRUE(HasProblem(
      r, 14, {"routing rule 'b' routes by difficulty", "no difficulty model is configured"}));
  EXPECT_TRUE(HasProblem(r, 15, {"'by'", "must be difficulty", "'size'"}));
  EXPECT_TRUE(HasProblem(r, 16, {"'strong_share'", "between 0 and 1"}));
  EXPECT_TRUE(HasProblem(r, 17, {"'threshold'", "give one"}));
  EXPECT_TRUE(HasProblem(r, 18, {"gives both 'pin' and 'route'"}));
  EXPECT_TRUE(HasProblem(r, 19, {"'route'", "must be a map such as {by: difficulty"}));
  EXPECT_TRUE(HasProblem(r, 20, {"missing required key 'by'"}));
}

TEST(RoutingRulesConfig, UnknownNamesAreReportedWithTheNearestDeclaredOne) {
  const LoadResult r =
      load(kBase + kServeAuto +
           "    - {name: a, when: {task: x}, then: {serve: [local-small, frontiir]}}\n"   // 13
           "    - {name: b, when: {task: y}, then: {pin: local-smal}}\n"                  // 14
           "    - {name: c, when: {model: suport}, then: {serve: [frontier]}}\n"          // 15
           "    - {name: d, when: {data_class: restrictd}, then: {serve: [frontier]}}\n"  // 16
           "    - {name: e, when: {entities: [US_SNN]}, then: {serve: [frontier]}}\n"     // 17
           "    - {name: f, when: {response_format: json}, then: {serve: [frontier]}}\n"  // 18
           "    - {name: g, when: {task: z}, then: {prefer: gpu}}\n");                    // 19
  EXPECT_FALSE(r.config);
  EXPECT_TRUE(HasProblem(r, 13, {"'serve'", "deployment 'frontiir'", "did you mean 'frontier'?"}));
  EXPECT_TRUE(HasProblem(r, 14, {"'pin'", "did you mean 'local-small'?"}));
  EXPECT_TRUE(HasProblem(r, 15, {"model alias 'suport'", "did you mean 'support'?"}));
  EXPECT_TRUE(HasProblem(r, 16, {"data class 'restrictd'", "did you mean 'restricted'?"}));
  EXPECT_TRUE(HasProblem(r, 17, {"entity type 'US_SNN'", "did you mean 'US_SSN'?"}));
  EXPECT_TRUE(HasProblem(r, 18, {"response format 'json'", "json_object"}));
  EXPECT_TRUE(HasProblem(r, 19, {"'prefer'", "must be local or cloud", "'gpu'"}));
}

TEST(RoutingRulesConfig, RuleNamesAreUniqueShortAndNotDefault) {
  const LoadResult r =
      load(kBase + kServeAuto +
           "    - {name: a, when: {task: x}, then: {serve: [frontier]}}\n"              // 13
           "    - {name: a, when: {task: y}, then: {serve: [frontier]}}\n"              // 14
           "    - {name: \"Long Rule\", when: {task: z}, then: {serve: [frontier]}}\n"  // 15
           "    - {name: default, when: {task: w}, then: {serve: [frontier]}}\n"        // 16
           "    - {when: {task: v}, then: {serve: [frontier]}}\n");                     // 17
  EXPECT_FALSE(r.config);
  EXPECT_TRUE(HasProblem(r, 14, {"routing rule name 'a' is used twice", "first at line 13"}));
  EXPECT_TRUE(HasProblem(r, 15, {"'name'", "lowercase letters"}));
  EXPECT_TRUE(HasProblem(r, 16, {"must not be 'default'"}));
  EXPECT_TRUE(HasProblem(r, 17, {"missing required key 'name' in routing rule #6"}));
}

TEST(RoutingRulesConfig, ARuleAnEarlierOneAlwaysPreemptsIsUnreachable) {
  const LoadResult r = load(
      kBase + kServeAuto +
      "    - {name: intents, when: {task: [intent, sentiment]}, then: {serve: [local-small]}}\n"
      "    - {name: intent-long, when: {task: intent, prompt_tokens: {over: 10}},\n"  // 14
      "       then: {serve: [frontier]}}\n"
      "    - {name: everything, then: {serve: [frontier]}}\n"                    // 16
      "    - {name: after-all, when: {team: hr}, then: {pin: local-small}}\n");  // 17
  EXPECT_FALSE(r.config);
  EXPECT_TRUE(HasProblem(r, 14,
                         {"'intent-long' can never match", "rule 'intents' (line 13)",
                          "matches every request it would"}));
  EXPECT_TRUE(HasProblem(r, 17, {"'after-all' can never match", "'everything'", "has no 'when'"}));
  EXPECT_EQ(r.problems.size(), 2u) << all_problems(r);
}

TEST(RoutingRulesConfig, NarrowerRulesFirstAreReachable) {
  const LoadResult r = load(
      kBase + kServeAuto +
      "    - {name: intent-long, when: {task: intent, prompt_tokens: {over: 10}}, then: {serve: "
      "[frontier]}}\n"
      "    - {name: intents, when: {task: [intent, sentiment]}, then: {serve: [local-small]}}\n"
      "    - {name: big, when: {prompt_tokens: {over: 5}}, then: {serve: [frontier]}}\n"
      "    - {name: everything, then: {serve: [frontier]}}\n");
  EXPECT_TRUE(r.config) << all_problems(r);
}

TEST(RoutingRulesConfig, ActionsMustFitTogether) {
  const LoadResult r =
      load(kBase + kServeAuto +
           "    - {name: a, when: {task: a}, then: {serve: [frontier], pin: frontier}}\n"    // 13
           "    - {name: b, when: {task: b}, then: {pin: frontier, max_price_per_1m: 2}}\n"  // 14
           "    - {name: c, when: {task: c}, then: {}}\n"                                    // 15
           "    - {name: d, when: {task: d}, then: {refuse: \"\"}}\n"                        // 16
           "    - {name: e, when: {task: e}}\n"                                              // 17
           "    - {name: f, when: {task: f}, then: {serve: []}}\n"                           // 18
           "    - {name: g, when: {task: g}, then: {serve: [frontier, frontier]}}\n");       // 19
  EXPECT_FALSE(r.config);
  EXPECT_TRUE(HasProblem(r, 13, {"gives both 'serve' and 'pin'"}));
  EXPECT_TRUE(HasProblem(r, 14, {"'max_price_per_1m' with 'pin'"}));
  EXPECT_TRUE(HasProblem(r, 15, {"must say what to do"}));
  EXPECT_TRUE(HasProblem(r, 16, {"'refuse'", "must give the reason"}));
  EXPECT_TRUE(HasProblem(r, 17, {"missing required key 'then' in routing rule 'e'"}));
  EXPECT_TRUE(HasProblem(r, 18, {"'serve'", "at least one deployment"}));
  EXPECT_TRUE(HasProblem(r, 19, {"lists 'frontier' twice"}));
}

TEST(RoutingRulesConfig, AVirtualAliasNeedsARuleThatServesIt) {
  const LoadResult r =
      load(kBase + "    - {name: b, when: {model: auto}, then: {prefer: local}}\n");
  EXPECT_TRUE(HasProblem(r, 9,
                         {"missing required key 'deployments' in model 'auto'", "no rule serves it",
                          "when: {model: auto}"}));
  EXPECT_TRUE(
      HasProblem(r, 12, {"routing rule 'b'", "the models it matches have none", "serve: [...]"}));
  // A rule without a model condition that serves deployments serves it too.
  EXPECT_TRUE(
      load(kBase + "    - {name: all, when: {task: x}, then: {serve: [frontier]}}\n").config);
  // Without routing rules, a model without deployments is the old mistake.
  const LoadResult plain = load(
      "providers:\n  - {name: p, kind: openai_compatible, base_url: \"http://127.0.0.1:1/v1\"}\n"
      "models:\n  - alias: m\n");
  EXPECT_TRUE(OnlyProblem(plain, 4, {"missing required key 'deployments' in model 'm'"}));
}

TEST(RoutingRulesConfig, RulesMustBeAListOfMaps) {
  const std::string without_rules =
      kBase.substr(0, kBase.size() - std::string("  rules:\n").size());
  EXPECT_TRUE(HasProblem(load(without_rules + "  rules: {a: 1}\n"), 11,
                         {"'routing.rules' must be a list", "long-prompts"}));
  const LoadResult r = load(kBase + kServeAuto + "    - just-a-name\n");
  EXPECT_TRUE(HasProblem(r, 13, {"routing rule #2 must be a map"}));
}

}  // namespace
}  // namespace switchyard::config

namespace switchyard::config {
namespace {

TEST(RoutingRulesConfig, TheSupportDeskExampleIsValid) {
  const LoadResult r =
      load_config_file(switchyard::testing::source_dir() + "/examples/support-desk.yaml");
  ASSERT_TRUE(r.config) << all_problems(r);
  const auto& rules = r.config->routing_rules;
  ASSERT_EQ(rules.size(), 10u);
  EXPECT_EQ(rules[0].name, "hr-team-local");
  ASSERT_TRUE(rules[6].when.local_queue_depth);
  EXPECT_EQ(rules[6].when.local_queue_depth->over, 8);
  ASSERT_TRUE(rules[7].when.local_p95_ms);
  EXPECT_EQ(rules[7].when.local_p95_ms->over, 4000);
  EXPECT_EQ(rules[8].name, "hard-questions-cloud");
  ASSERT_TRUE(rules[8].then.route);
  EXPECT_EQ(rules[8].then.route->strong_share, 0.3);
  EXPECT_EQ(r.config->difficulty_model,
            switchyard::testing::source_dir() + "/examples/difficulty-model.txt");
  EXPECT_EQ(rules[3].name, "long-complaints-frontier");
  EXPECT_EQ(rules[3].then.serve, (std::vector<std::string>{"cloud-frontier", "desk-small"}));
  EXPECT_TRUE(r.config->find_model("auto")->virtual_alias);
}

}  // namespace
}  // namespace switchyard::config
