// The router: rules in order, first match wins, each action's plan with the
// reason of every candidate, the default plan when no rule matches, and the
// explanation. Built from YAML the way the gateway builds it.
#include "switchyard/routing/router.hpp"

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <set>
#include <string>

namespace switchyard::routing {
namespace {

const std::string kModels =
    "providers:\n"
    "  - {name: p, kind: openai_compatible, base_url: \"http://127.0.0.1:1/v1\"}\n"
    "models:\n"
    "  - alias: support\n"
    "    deployments:\n"
    "      - {name: frontier, provider: p, model: f, side: cloud,\n"
    "         price: {input_per_1m: 3, output_per_1m: 15}}\n"
    "      - {name: local-small, provider: p, model: s, side: local}\n"
    "      - {name: mid, provider: p, model: m, side: cloud,\n"
    "         price: {input_per_1m: 0.5, output_per_1m: 1.5}}\n"
    "  - alias: hr-local\n"
    "    deployments:\n"
    "      - {name: local-big, provider: p, model: b, side: local}\n"
    "  - alias: auto\n";

// The load signals, as a test sets them (by deployment index), and the
// deployments each request asked about.
class FakeLoad final : public LocalLoadSource {
 public:
  LocalLoad local_load(std::span<const std::uint32_t> deployments,
                       core::Clock::time_point) const override {
    asked.assign(deployments.begin(), deployments.end());
    LocalLoad lowest;
    bool any = false;
    for (std::uint32_t d : deployments) {
      auto it = load.find(d);
      const LocalLoad l = it == load.end() ? LocalLoad{} : it->second;
      lowest.queue_depth = any ? std::min(lowest.queue_depth, l.queue_depth) : l.queue_depth;
      lowest.p95_ms = any ? std::min(lowest.p95_ms, l.p95_ms) : l.p95_ms;
      any = true;
    }
    ++reads;
    return lowest;
  }
  std::map<std::uint32_t, LocalLoad> load;
  mutable std::vector<std::uint32_t> asked;
  mutable int reads = 0;
};

// A tokenizer that counts `count` tokens for every prompt, for the
// deployments in `with` (by index), and the deployments each request asked
// about.
class FakeTokenizer final : public PromptTokenSource {
 public:
  std::optional<std::int64_t> prompt_tokens(std::span<const std::uint32_t> deployments,
                                            const core::ChatRequest&) const override {
    ++counts;
    asked.assign(deployments.begin(), deployments.end());
    for (std::uint32_t d : deployments)
      if (with.count(d)) return count;
    return std::nullopt;
  }
  std::set<std::uint32_t> with;
  std::int64_t count = 0;
  mutable std::vector<std::uint32_t> asked;
  mutable int counts = 0;
};

class RouterTest : public ::testing::Test {
 protected:
  // With a model, routing.difficulty_model names a file (the config reader
  // only records the path) and the model is given here instead.
  void build(const std::string& rules, std::shared_ptr<const DifficultyModel> model = nullptr) {
    auto loaded = config::load_config_text(kModels + "routing:\n" +
                                               (model ? "  difficulty_model: m.txt\n" : "") +
                                               "  rules:\n" + rules,
                                           "r.yaml");
    ASSERT_TRUE(loaded.config) << (loaded.problems.empty() ? "" : loaded.problems[0].to_string());
    cfg_ = std::make_unique<config::Config>(std::move(*loaded.config));
    router_ = std::make_unique<Router>(*cfg_, std::move(model));
    router_->attach_load(&load_);
    router_->attach_tokenizer(&tokenizer_);
  }

  Facts facts(std::string_view model) {
    Facts f;
    f.model = model;
    return f;
  }

  core::Expected<Plan> plan(Facts f) {
    router_->complete(f);
    return router_->plan(f);
  }

  // "name, name, ..." of a plan's candidates.
  std::string names(const Plan& p) {
    std::string out;
    for (const Candidate& c : p.candidates)
      out += (out.empty() ? "" : ", ") + router_->deployment(c.deployment).name;
    return out;
  }

  std::unique_ptr<config::Config> cfg_;
  std::unique_ptr<Router> router_;
  FakeLoad load_;
  FakeTokenizer tokenizer_;
};

const std::string kAuto = "    - {name: auto, when: {model: auto}, then: {serve: [local-big]}}\n";

TEST_F(RouterTest, NoRuleMatchedIsTheModelsOwnListAsBefore) {
  build(kAuto + "    - {name: never, when: {task: none-such}, then: {pin: local-small}}\n");
  auto p = plan(facts("support"));
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->rule, "default");
  EXPECT_EQ(p->rule_index, kDefaultRule);
  EXPECT_EQ(p->decision, "");
  EXPECT_EQ(names(*p), "frontier, local-small, mid");
  EXPECT_EQ(p->candidates[0].reason, "primary deployment of 'support'");
  EXPECT_EQ(p->candidates[1].reason, "fallback #1 of 'support'");
  EXPECT_EQ(p->candidates[2].reason, "fallback #2 of 'support'");
}

TEST_F(RouterTest, AnUnknownModelIs404) {
  build(kAuto);
  auto p = plan(facts("gpt-5"));
  ASSERT_FALSE(p);
  EXPECT_EQ(p.error().status, 404);
  EXPECT_EQ(p.error().code, "model_not_found");
  EXPECT_NE(p.error().message.find("'support', 'hr-local', 'auto'"), std::string::npos);
}

TEST_F(RouterTest, TheFirstMatchingRuleWinsAndIsNamedWithItsFacts) {
  build(
      kAuto +
      "    - {name: intents, when: {task: [intent, sentiment]}, then: {serve: [local-small]}}\n"
      "    - {name: long, when: {prompt_tokens: {over: 6000}}, then: {serve: [frontier, mid]}}\n");
  Facts f = facts("support");
  f.task = "sentiment";
  f.prompt_tokens = 9000;
  auto p = plan(f);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->rule, "intents");
  EXPECT_EQ(p->rule_index, 1u);
  EXPECT_EQ(p->decision, "rule 'intents' (task=sentiment)");
  EXPECT_EQ(names(*p), "local-small");
  EXPECT_EQ(p->candidates[0].reason, "serve #1");

  f.task = "complaint";
  p = plan(f);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->rule, "long");
  EXPECT_EQ(p->decision, "rule 'long' (prompt_tokens=9000 over 6000)");
  EXPECT_EQ(names(*p), "frontier, mid");
  EXPECT_EQ(p->candidates[1].reason, "serve #2");
}

TEST_F(RouterTest, PinIsOneDeploymentWithoutFallback) {
  build(kAuto + "    - {name: hr, when: {team: hr}, then: {pin: local-big}}\n");
  Facts f = facts("support");
  f.team = "hr";
  auto p = plan(f);
  ASSERT_TRUE(p);
  EXPECT_EQ(names(*p), "local-big");
  EXPECT_EQ(p->candidates[0].reason, "pinned");
  EXPECT_EQ(p->decision, "rule 'hr' (team=hr)");
}

TEST_F(RouterTest, PreferPutsOneSideFirstKeepingTheOrderWithinEach) {
  build(kAuto + "    - {name: local-first, when: {tools: false}, then: {prefer: local}}\n");
  auto p = plan(facts("support"));
  ASSERT_TRUE(p);
  EXPECT_EQ(names(*p), "local-small, frontier, mid");
  EXPECT_EQ(p->candidates[0].reason, "preferred local, deployment #2 of 'support'");
  EXPECT_EQ(p->candidates[1].reason, "after the preferred local ones, deployment #1 of 'support'");
  build(kAuto + "    - {name: cloud-first, when: {tools: false}, then: {prefer: cloud}}\n");
  p = plan(facts("support"));
  ASSERT_TRUE(p);
  EXPECT_EQ(names(*p), "frontier, mid, local-small");
}

TEST_F(RouterTest, APriceCapLeavesOutWhatCostsMore) {
  build(kAuto +
        "    - {name: cheap, when: {task: bulk}, then: {max_price_per_1m: 2}}\n"
        "    - {name: cheap-serve, when: {task: bulk2},\n"
        "       then: {serve: [frontier, mid], max_price_per_1m: 1.5}}\n"
        "    - {name: too-cheap, when: {task: bulk3},\n"
        "       then: {serve: [frontier], max_price_per_1m: 1}}\n");
  Facts f = facts("support");
  f.task = "bulk";
  auto p = plan(f);
  ASSERT_TRUE(p);
  EXPECT_EQ(names(*p), "local-small, mid");
  EXPECT_EQ(p->dropped, "frontier: price 15 per 1M tokens over the cap of 2");
  f.task = "bulk2";
  p = plan(f);
  ASSERT_TRUE(p);
  EXPECT_EQ(names(*p), "mid") << "a cap equal to the price keeps it";
  f.task = "bulk3";
  p = plan(f);
  ASSERT_FALSE(p);
  EXPECT_EQ(p.error().status, 503);
  EXPECT_EQ(p.error().code, "no_deployment_left");
  EXPECT_NE(p.error().message.find("rule 'too-cheap'"), std::string::npos);
  EXPECT_NE(p.error().message.find("frontier: price 15"), std::string::npos);
}

TEST_F(RouterTest, RefuseIs403WithTheRulesReason) {
  build(kAuto + "    - {name: no-legal, when: {task: legal}, then: {refuse: \"ask a lawyer\"}}\n");
  Facts f = facts("support");
  f.task = "legal";
  auto p = plan(f);
  ASSERT_FALSE(p);
  EXPECT_EQ(p.error().status, 403);
  EXPECT_EQ(p.error().code, "refused_by_routing_rule");
  EXPECT_EQ(p.error().message, "Refused by routing rule 'no-legal': ask a lawyer");
}

TEST_F(RouterTest, AVirtualAliasIsServedOnlyByRules) {
  // Rules that choose among the model's own deployments pass a virtual alias by.
  build(
      "    - {name: local-first, when: {tools: false}, then: {prefer: local}}\n"
      "    - {name: capped, when: {stream: false}, then: {max_price_per_1m: 1}}\n"
      "    - {name: auto-long, when: {model: auto, prompt_tokens: {over: 100}},\n"
      "       then: {serve: [frontier]}}\n");
  EXPECT_EQ(plan(facts("support"))->rule, "local-first");
  Facts f = facts("auto");
  f.prompt_tokens = 500;
  auto p = plan(f);
  ASSERT_TRUE(p);
  EXPECT_EQ(names(*p), "frontier");
  f.prompt_tokens = 5;
  p = plan(f);
  ASSERT_FALSE(p);
  EXPECT_EQ(p.error().status, 503);
  EXPECT_EQ(p.error().code, "no_matching_rule");
  EXPECT_NE(p.error().message.find("Model 'auto' is served only through routing rules"),
            std::string::npos);
  EXPECT_NE(p.error().message.find("auto-long"), std::string::npos);
  router_->complete(f);
  EXPECT_NE(router_->explain(f).find("rule 'local-first': no, it chooses among the model's own "
                                     "deployments and 'auto' has none"),
            std::string::npos)
      << router_->explain(f);
}

TEST_F(RouterTest, EachFactCanDecide) {
  build(
      kAuto +
          "    - {name: c, when: {data_class: restricted}, then: {pin: local-big}}\n"
          "    - {name: e, when: {entities: [US_SSN]}, then: {pin: local-small}}\n"
          "    - {name: i, when: {images: true}, then: {pin: frontier}}\n"
          "    - {name: a, when: {attachments: true}, then: {pin: mid}}\n"
          "    - {name: t, when: {tools: true}, then: {pin: mid}}\n"
          "    - {name: s, when: {stream: true}, then: {pin: mid}}\n"
          "    - {name: r, when: {response_format: [json_object, json_schema]}, then: {pin: mid}}\n"
          "    - {name: l, when: {local_load: {queue_depth: {over: 4}}}, then: {prefer: cloud}}\n"
          "    - {name: p, when: {local_load: {p95_ms: {over: 1000}}}, then: {prefer: cloud}}\n"
          "    - {name: d, when: {difficulty: {over: 0.5}}, then: {pin: frontier}}\n"
          "    - {name: m, when: {model: hr-local}, then: {pin: local-small}}\n",
      std::make_shared<DifficultyModel>());
  auto rule_of = [&](Facts f) {
    auto p = plan(f);
    return p ? p->rule : "error: " + p.error().message;
  };
  Facts f = facts("support");
  EXPECT_EQ(rule_of(f), "default");
  Facts c = f;
  c.data_class = privacy::DataClass::restricted;
  EXPECT_EQ(rule_of(c), "c");
  Facts e = f;
  e.entities.set(privacy::index_of(privacy::EntityType::us_ssn));
  EXPECT_EQ(rule_of(e), "e");
  e.entities.reset();
  e.entities.set(privacy::index_of(privacy::EntityType::email_address));
  EXPECT_EQ(rule_of(e), "default");
  Facts i = f;
  i.images = i.attachments = true;
  EXPECT_EQ(rule_of(i), "i");
  Facts a = f;
  a.attachments = true;
  EXPECT_EQ(rule_of(a), "a");
  Facts t = f;
  t.tools = true;
  EXPECT_EQ(rule_of(t), "t");
  Facts s = f;
  s.stream = true;
  EXPECT_EQ(rule_of(s), "s");
  Facts r = f;
  r.response_format = ResponseFormat::json_object;
  EXPECT_EQ(rule_of(r), "r");
  r.response_format = ResponseFormat::text;
  EXPECT_EQ(rule_of(r), "default");
  // Load: the model's local deployments' (support: local-small's).
  load_.load[3] = {9, 5000};  // local-big, hr-local's
  EXPECT_EQ(rule_of(f), "default") << "local-small is idle";
  load_.load[1] = {5, 0};  // local-small
  EXPECT_EQ(rule_of(f), "l");
  load_.load[1] = {4, 0};
  EXPECT_EQ(rule_of(f), "default") << "over is strict";
  load_.load[1] = {0, 1001};
  EXPECT_EQ(rule_of(f), "p");
  load_.load.clear();
  Facts d = f;
  EXPECT_EQ(rule_of(d), "default") << "an unset difficulty never matches";
  d.difficulty = 0.9;
  EXPECT_EQ(rule_of(d), "d");
  EXPECT_EQ(rule_of(facts("hr-local")), "m");
}

TEST_F(RouterTest, DeploymentsAreNumberedOnceInTheOrderTheFileNamesThem) {
  build(kAuto);
  ASSERT_EQ(router_->deployment_count(), 4u);
  EXPECT_EQ(router_->deployment(0).name, "frontier");
  EXPECT_EQ(router_->deployment(1).name, "local-small");
  EXPECT_EQ(router_->deployment(2).name, "mid");
  EXPECT_EQ(router_->deployment(3).name, "local-big");
  EXPECT_EQ(router_->aliases(), (std::vector<std::string>{"support", "hr-local", "auto"}));
}

TEST_F(RouterTest, TheExplanationShowsTheFactsEachVerdictAndThePlan) {
  build(kAuto +
        "    - {name: hr, when: {team: hr}, then: {pin: local-big}}\n"
        "    - {name: long, when: {task: complaint, prompt_tokens: {over: 6000}},\n"
        "       then: {serve: [frontier, mid]}}\n"
        "    - {name: rest, when: {task: complaint}, then: {pin: local-small}}\n");
  Facts f = facts("support");
  f.task = "complaint";
  f.prompt_tokens = 7000;
  f.images = f.attachments = true;
  router_->complete(f);
  const std::string text = router_->explain(f);
  EXPECT_NE(text.find("facts: model=support team=(none) data_class=public entities=(none) "
                      "task=complaint prompt_tokens=7000 (estimate: text bytes / 4) tools=false "
                      "images=true "
                      "attachments=true response_format=none stream=false "
                      "local_load.queue_depth=0 local_load.p95_ms=0 difficulty=(unset) budget=0\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("rule 'auto': no, model=support, wants auto\n"), std::string::npos) << text;
  EXPECT_NE(text.find("rule 'hr': no, team=(none), wants hr\n"), std::string::npos) << text;
  EXPECT_NE(text.find("rule 'long': MATCH (task=complaint; prompt_tokens=7000 over 6000)\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("rule 'rest': not reached\n"), std::string::npos) << text;
  EXPECT_NE(text.find("plan (rule 'long' (task=complaint; prompt_tokens=7000 over 6000)): "
                      "1. frontier (cloud): serve #1; 2. mid (cloud): serve #2\n"),
            std::string::npos)
      << text;
  // The explanation and the decision agree.
  EXPECT_EQ(router_->decide(f), 2u);

  Facts unknown = facts("nope");
  router_->complete(unknown);
  EXPECT_NE(router_->explain(unknown).find("plan: none, model 'nope' does not exist"),
            std::string::npos);
}

}  // namespace
}  // namespace switchyard::routing

namespace switchyard::routing {
namespace {

TEST_F(RouterTest, LocalLoadIsTheLeastLoadedLocalDeploymentOfTheModel) {
  build(
      "    - {name: busy, when: {local_load: {queue_depth: {over: 2}}}, then: {serve: [mid]}}\n"
      "    - {name: auto-rest, when: {model: auto}, then: {serve: [local-small, frontier]}}\n");
  // support: local-small only (frontier and mid are cloud).
  load_.load[1] = {3, 0};
  load_.load[3] = {0, 0};
  auto p = plan(facts("support"));
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->rule, "busy");
  EXPECT_EQ(load_.asked, (std::vector<std::uint32_t>{1}));
  // A virtual alias: every local deployment; local-big is idle.
  p = plan(facts("auto"));
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->rule, "auto-rest");
  EXPECT_EQ(load_.asked, (std::vector<std::uint32_t>{1, 3}));
  load_.load[3] = {7, 0};
  p = plan(facts("auto"));
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->rule, "busy");
  // The explanation shows the value the rule matched on.
  Facts f = facts("support");
  router_->complete(f);
  EXPECT_NE(router_->explain(f).find("MATCH (local_load.queue_depth=3 over 2)"), std::string::npos)
      << router_->explain(f);
}

TEST_F(RouterTest, TheLoadIsNotReadWhenNoRuleAsksForIt) {
  build(kAuto + "    - {name: t, when: {task: x}, then: {serve: [mid]}}\n");
  load_.load[1] = {9, 9};
  Facts f = facts("support");
  router_->complete(f);
  EXPECT_EQ(load_.reads, 0);
  EXPECT_EQ(f.local_load.queue_depth, 0);
}

// A model whose difficulty grows with the prompt's length.
std::shared_ptr<const DifficultyModel> length_model(std::optional<DifficultyThreshold> threshold) {
  auto m = std::make_shared<DifficultyModel>();
  DifficultyTerm t;
  t.feature = *feature_index("log_chars");
  t.lo = 0;
  t.hi = 20;
  t.mean = 4;
  t.scale = 1;
  t.weight = -3;  // longer: less likely the weak model is good enough
  m->terms.push_back(t);
  m->threshold = threshold;
  return m;
}

core::ChatRequest ask(std::string text) {
  core::ChatRequest r;
  r.model = "support";
  core::Message m;
  m.role = core::Role::user;
  m.content.push_back(core::Block{core::TextBlock{std::move(text)}});
  r.messages.push_back(std::move(m));
  return r;
}

TEST_F(RouterTest, TheDifficultyIsScoredWhenARuleAsksForIt) {
  build(kAuto + "    - {name: hard, when: {difficulty: {over: 0.7}}, then: {serve: [frontier]}}\n",
        length_model(std::nullopt));
  const core::ChatRequest short_one = ask("hi");
  const core::ChatRequest long_one = ask(std::string(4000, 'x'));
  Facts f = facts("support");
  f.chat = &short_one;
  auto p = plan(f);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->rule, "default");
  f.chat = &long_one;
  p = plan(f);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->rule, "hard");
  router_->complete(f);
  ASSERT_TRUE(f.difficulty);
  EXPECT_GT(*f.difficulty, 0.7);
  EXPECT_DOUBLE_EQ(*f.difficulty, length_model(std::nullopt)->difficulty(long_one));
  // Embeddings (no chat prompt): unset, and an unset difficulty matches nothing.
  Facts e = facts("support");
  router_->complete(e);
  EXPECT_FALSE(e.difficulty);
}

TEST_F(RouterTest, TheDifficultyIsNotScoredWhenNoRuleAsksForIt) {
  build(kAuto + "    - {name: t, when: {task: x}, then: {serve: [mid]}}\n",
        length_model(std::nullopt));
  const core::ChatRequest req = ask(std::string(4000, 'x'));
  Facts f = facts("support");
  f.chat = &req;
  router_->complete(f);
  EXPECT_FALSE(f.difficulty);
}

TEST_F(RouterTest, RouteByDifficultySendsTheHardestToTheCloudFirst) {
  build(kAuto +
            "    - {name: by-model, when: {task: a}, then: {route: {by: difficulty, strong_share: "
            "0.3}}}\n"
            "    - {name: by-threshold, when: {task: b}, then: {route: {by: difficulty, threshold: "
            "0.9}}}\n",
        length_model(DifficultyThreshold{0.6, 0.3}));
  const core::ChatRequest easy = ask("hi");
  const core::ChatRequest hard = ask(std::string(4000, 'x'));
  Facts f = facts("support");
  f.task = "a";
  f.chat = &hard;
  auto p = plan(f);
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->rule, "by-model");
  EXPECT_EQ(names(*p), "frontier, mid, local-small");
  EXPECT_NE(
      p->candidates[0].reason.find(" over 0.6 (calibrated for 30% to the cloud): cloud first"),
      std::string::npos)
      << p->candidates[0].reason;
  EXPECT_NE(p->candidates[2].reason.find(": after the cloud ones, deployment #2 of 'support'"),
            std::string::npos)
      << p->candidates[2].reason;
  f.chat = &easy;
  p = plan(f);
  ASSERT_TRUE(p);
  EXPECT_EQ(names(*p), "local-small, frontier, mid");
  EXPECT_NE(p->candidates[0].reason.find(" not over 0.6 "), std::string::npos)
      << p->candidates[0].reason;
  // A threshold of the rule's own: the same hard prompt is not over 0.9...
  f.task = "b";
  f.chat = &hard;
  Facts g = f;
  router_->complete(g);
  ASSERT_TRUE(g.difficulty);
  p = plan(f);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->rule, "by-threshold");
  EXPECT_EQ(names(*p),
            *g.difficulty > 0.9 ? "frontier, mid, local-small" : "local-small, frontier, mid");
  // ...and nothing to score (embeddings) stays local.
  Facts e = facts("support");
  e.task = "a";
  p = plan(e);
  ASSERT_TRUE(p);
  EXPECT_EQ(names(*p), "local-small, frontier, mid");
  EXPECT_NE(p->candidates[0].reason.find("difficulty unscored"), std::string::npos);
}

TEST_F(RouterTest, RouteByDifficultySharesTheCloudAsCalibrated) {
  // Prompts of 1..200 words: with the threshold at the 70th percentile of
  // their difficulties, the 30% hardest go to the cloud first.
  std::vector<core::ChatRequest> prompts;
  for (int n = 1; n <= 200; ++n) {
    std::string text;
    for (int w = 0; w < n; ++w) text += "word ";
    prompts.push_back(ask(text));
  }
  auto model = length_model(std::nullopt);
  std::vector<double> scores;
  for (const auto& p : prompts) scores.push_back(model->difficulty(p));
  std::sort(scores.begin(), scores.end());
  auto calibrated = std::make_shared<DifficultyModel>(*model);
  calibrated->threshold = DifficultyThreshold{scores[139], 0.3};  // 60 of 200 are over it
  build(kAuto + "    - {name: share, then: {route: {by: difficulty, strong_share: 0.3}}}\n",
        calibrated);
  int cloud_first = 0;
  for (const auto& req : prompts) {
    Facts f = facts("support");
    f.chat = &req;
    auto p = plan(f);
    ASSERT_TRUE(p);
    if (router_->deployment(p->candidates[0].deployment).side == core::Side::cloud) ++cloud_first;
  }
  EXPECT_EQ(cloud_first, 60);
}

}  // namespace
}  // namespace switchyard::routing

namespace switchyard::routing {
namespace {

// 40 bytes of text: an estimate of 10 tokens.
const std::string kForty(40, 'y');

TEST_F(RouterTest, AnExactTokenCountReplacesTheEstimateWhenARuleReadsIt) {
  build(kAuto +
        "    - {name: long, when: {prompt_tokens: {over: 20}}, then: {serve: [frontier]}}\n");
  // local-small (index 1) has a tokenizer and counts 25: over 20, where
  // the estimate (10) is not.
  tokenizer_.with = {1};
  tokenizer_.count = 25;
  const core::ChatRequest req = ask(kForty);
  Facts f = facts_of(req, {});
  ASSERT_EQ(f.prompt_tokens, 10);
  EXPECT_FALSE(f.prompt_tokens_exact);
  router_->complete(f);
  EXPECT_EQ(tokenizer_.counts, 1);
  EXPECT_EQ(tokenizer_.asked, (std::vector<std::uint32_t>{0, 1, 2}));  // support's, in order
  EXPECT_EQ(f.prompt_tokens, 25);
  EXPECT_TRUE(f.prompt_tokens_exact);
  auto p = router_->plan(f);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->decision, "rule 'long' (prompt_tokens=25 over 20)");
  EXPECT_NE(router_->explain(f).find("prompt_tokens=25 (exact: the local model's tokenizer)"),
            std::string::npos)
      << router_->explain(f);
  // Counted once per request: completing again does not count again.
  router_->complete(f);
  EXPECT_EQ(tokenizer_.counts, 1);
}

TEST_F(RouterTest, WithoutATokenizerForTheModelTheEstimateStays) {
  build(kAuto +
        "    - {name: long, when: {prompt_tokens: {over: 20}}, then: {serve: [frontier]}}\n");
  tokenizer_.with = {3};  // local-big: not one of support's
  tokenizer_.count = 25;
  const core::ChatRequest req = ask(kForty);
  Facts f = facts_of(req, {});
  auto p = plan(f);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->rule, "default");
  router_->complete(f);
  EXPECT_EQ(f.prompt_tokens, 10);
  EXPECT_FALSE(f.prompt_tokens_exact);
  EXPECT_NE(router_->explain(f).find("prompt_tokens=10 (estimate: text bytes / 4)"),
            std::string::npos);
}

TEST_F(RouterTest, TheTokensAreCountedOnlyWhenSomethingReadsThem) {
  build(kAuto + "    - {name: t, when: {task: x}, then: {serve: [mid]}}\n");
  tokenizer_.with = {1};
  tokenizer_.count = 25;
  const core::ChatRequest req = ask(kForty);
  Facts f = facts_of(req, {});
  router_->complete(f);
  EXPECT_EQ(tokenizer_.counts, 0);
  EXPECT_EQ(f.prompt_tokens, 10);
  // The caller's tokens-per-minute limit reads them (the route stage asks).
  Facts g = facts_of(req, {});
  router_->complete(g, core::Clock::now(), /*exact_tokens=*/true);
  EXPECT_EQ(tokenizer_.counts, 1);
  EXPECT_EQ(g.prompt_tokens, 25);
  EXPECT_TRUE(g.prompt_tokens_exact);
  // Embeddings have no chat prompt to count.
  Facts e = facts("support");
  router_->complete(e, core::Clock::now(), true);
  EXPECT_EQ(tokenizer_.counts, 1);
  EXPECT_FALSE(e.prompt_tokens_exact);
}

}  // namespace
}  // namespace switchyard::routing
