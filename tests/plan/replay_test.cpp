// Replay on a fixture ledger: a candidate that moves a workload to the
// cloud, one that aims everything at the cloud (restricted data among it),
// and one that pins restricted work to a cloud deployment. What newly
// reaches the cloud is listed first; the privacy filter holds on every
// replayed decision; older records say which facts they lack.
#include <gtest/gtest.h>

#include "support/temp_ledger.hpp"
#include "switchyard/ledger/sqlite_store.hpp"
#include "switchyard/plan/recorded_facts.hpp"
#include "switchyard/plan/replay.hpp"

namespace switchyard::plan {
namespace {

constexpr std::int64_t kNowMs = 1'796'083'200'000;  // 2026-12-01T00:00:00Z
constexpr std::int64_t kWeekMs = 7 * 86'400'000LL;

const char* kBase = R"(
providers:
  - { name: desk, kind: openai_compatible, base_url: "http://127.0.0.1:9/v1" }
  - { name: openai, kind: openai_compatible, base_url: "http://127.0.0.1:9/v1" }
models:
  - alias: support
    deployments:
      - name: desk-small
        provider: desk
        model: qwen
        side: local
        price: { input_per_1m: 0.10, output_per_1m: 0.40 }
      - name: cloud-mini
        provider: openai
        model: gpt-4o-mini
        side: cloud
        price: { input_per_1m: 0.15, output_per_1m: 0.60 }
)";

config::Config load(const std::string& rules) {
  auto r = config::load_config_text(std::string(kBase) + rules, "policy.yaml");
  std::string problems;
  for (const auto& p : r.problems) problems += p.to_string() + "\n";
  EXPECT_TRUE(r.config) << problems;
  return r.config ? std::move(*r.config) : config::Config{};
}

const char* kCurrent = R"(
routing:
  rules:
    - name: triage-local
      when: { task: intent }
      then: { serve: [desk-small] }
    - name: summaries-local
      when: { task: summarise }
      then: { serve: [desk-small, cloud-mini] }
)";

// Moves summaries to the cloud.
const char* kMoveSummaries = R"(
routing:
  rules:
    - name: triage-local
      when: { task: intent }
      then: { serve: [desk-small] }
    - name: summaries-cloud
      when: { task: summarise }
      then: { serve: [cloud-mini, desk-small] }
)";

// Everything cloud first, restricted payroll among it.
const char* kAllCloud = R"(
routing:
  rules:
    - name: all-cloud
      then: { prefer: cloud }
)";

// Pins payroll, restricted, to a cloud deployment alone.
const char* kPayrollCloud = R"(
routing:
  rules:
    - name: payroll-cloud
      when: { task: payroll }
      then: { pin: cloud-mini }
)";

ledger::RequestRecord rec(std::int64_t t, const std::string& task, const std::string& rule,
                          const std::string& cls, const std::string& facts) {
  ledger::RequestRecord r;
  r.time_ms = t;
  r.request_id = "req_" + std::to_string(t);
  r.model = "support";
  r.task = task;
  r.route_rule = rule;
  r.data_class = cls;
  r.side = "local";
  r.deployment = "desk-small";
  r.status = 200;
  r.prompt_tokens = 1000;
  r.completion_tokens = 100;
  r.cost_usd = 0.00014;  // 1,000 × $0.10/1M + 100 × $0.40/1M
  r.duration_us = 1000;
  r.route_facts = facts;
  return r;
}

constexpr const char* kFacts =
    "v1 prompt_tokens=1000 tools=0 images=0 attachments=0 response_format=none stream=0 "
    "budget=0 key_cloud=1";
constexpr const char* kKeyCapped =
    "v1 prompt_tokens=1000 tools=0 images=0 attachments=0 response_format=none stream=0 "
    "budget=0 key_cloud=0";

class Replay : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = ledger::SqliteStore::open({ledger_.path()});
    ASSERT_TRUE(store.ok()) << store.error().message;
    std::vector<ledger::RequestRecord> batch;
    std::int64_t t = kNowMs - kWeekMs;
    for (int i = 0; i < 50; ++i)
      batch.push_back(rec(++t, "summarise", "summaries-local", "internal", kFacts));
    for (int i = 0; i < 3; ++i)  // their key keeps them off the cloud
      batch.push_back(rec(++t, "summarise", "summaries-local", "internal", kKeyCapped));
    for (int i = 0; i < 20; ++i) {
      batch.push_back(rec(++t, "payroll", "default", "restricted", kFacts));
      batch.back().entities = {{"US_SSN", 1}};
    }
    for (int i = 0; i < 10; ++i)
      batch.push_back(rec(++t, "intent", "triage-local", "public", kFacts));
    for (int i = 0; i < 5; ++i)  // from before route_facts and task were recorded
      batch.push_back(rec(++t, "", "default", "public", ""));
    for (int i = 0; i < 2; ++i) {  // refused before routing
      batch.push_back(rec(++t, "", "", "public", ""));
      batch.back().status = 401;
      batch.back().side.clear();
      batch.back().cost_usd = 0;
    }
    ASSERT_FALSE((*store)->append(batch));
    store_ = std::move(*store);
  }

  ReplayReport run(const char* candidate_rules) {
    current_cfg_ = load(kCurrent);
    candidate_cfg_ = load(candidate_rules);
    routing::Router current_router(current_cfg_), candidate_router(candidate_cfg_);
    Policy current{&current_cfg_, &current_router, privacy::PrivacyPolicy{}};
    Policy candidate{&candidate_cfg_, &candidate_router, privacy::PrivacyPolicy{}};
    auto report = replay(*store_, {kNowMs - kWeekMs, kNowMs}, current, candidate);
    EXPECT_TRUE(report.ok());
    return report.ok() ? *report : ReplayReport{};
  }

  switchyard::testing::TempLedger ledger_{"plan-replay"};
  std::unique_ptr<ledger::SqliteStore> store_;
  config::Config current_cfg_, candidate_cfg_;
};

TEST_F(Replay, ACandidateThatMovesAWorkloadListsItAsNewlyReachingTheCloud) {
  const ReplayReport r = run(kMoveSummaries);
  EXPECT_EQ(r.records, 88);  // 50 + 3 + 20 + 10 + 5
  EXPECT_EQ(r.skipped, 2);
  ASSERT_EQ(r.newly_cloud.size(), 1u);
  const Change& c = r.newly_cloud[0];
  EXPECT_EQ(c.key.data_class, "internal");
  EXPECT_EQ(c.key.task, "summarise");
  EXPECT_EQ(c.requests, 50);
  EXPECT_EQ(c.from_rule, "summaries-local");
  EXPECT_EQ(c.from_deployment, "desk-small");
  EXPECT_EQ(c.to_rule, "summaries-cloud");
  EXPECT_EQ(c.to_deployment, "cloud-mini");
  EXPECT_NEAR(c.current_usd, 50 * 0.00014, 1e-12);
  EXPECT_NEAR(c.candidate_usd, 50 * 0.00021, 1e-12);  // 1,000 × $0.15/1M + 100 × $0.60/1M
  // The three whose key keeps them off the cloud: aimed there, kept local.
  ASSERT_EQ(r.privacy_filtered.size(), 1u);
  EXPECT_EQ(r.privacy_filtered[0].requests, 3);
  EXPECT_EQ(r.privacy_filtered[0].to, Outcome::local);
  EXPECT_EQ(r.privacy_filtered[0].filtered, "cloud-mini");
  // Split: 88 local now; 50 move.
  EXPECT_EQ(r.recorded.local, 88);
  EXPECT_EQ(r.current.local, 88);
  EXPECT_EQ(r.candidate.local, 38);
  EXPECT_EQ(r.candidate.cloud, 50);
  EXPECT_NEAR(r.current.cost_usd, 88 * 0.00014, 1e-12);
  EXPECT_NEAR(r.candidate.cost_usd, 38 * 0.00014 + 50 * 0.00021, 1e-12);
  EXPECT_EQ(r.local_only_to_cloud, 0);
  // The older records lack the task, which the candidate's rules read.
  EXPECT_EQ(r.unavailable.at("task"), 5);
  EXPECT_EQ(r.candidate_reads, std::vector<std::string>{"task"});
}

TEST_F(Replay, RestrictedDataAimedAtTheCloudIsFilteredAndListedFirst) {
  const ReplayReport r = run(kAllCloud);
  // Newly cloud: the 50 summaries, the 10 intents and the 5 old records.
  std::int64_t newly = 0;
  for (const Change& c : r.newly_cloud) {
    newly += c.requests;
    EXPECT_NE(c.key.data_class, "restricted");
  }
  EXPECT_EQ(newly, 65);
  // The 20 restricted payroll requests: the rule leads with cloud-mini, the
  // filter drops it, desk-small serves; and the 3 key-capped ones.
  std::int64_t restricted = 0, filtered = 0;
  for (const Change& c : r.privacy_filtered) {
    filtered += c.requests;
    EXPECT_EQ(c.to, Outcome::local);
    EXPECT_EQ(c.to_deployment, "desk-small");
    if (c.key.data_class == "restricted") restricted += c.requests;
  }
  EXPECT_EQ(restricted, 20);
  EXPECT_EQ(filtered, 23);
  EXPECT_EQ(r.candidate.cloud, 65);
  EXPECT_EQ(r.local_only_to_cloud, 0);

  const std::string text = replay_text(r);
  const auto first = text.find("Newly reaching the cloud (65 requests):");
  const auto second = text.find("Kept off the cloud by the privacy filter");
  const auto rest = text.find("Leaving the cloud");
  ASSERT_NE(first, std::string::npos) << text;
  ASSERT_NE(second, std::string::npos) << text;
  EXPECT_LT(first, second);
  EXPECT_LT(second, rest);
  EXPECT_NE(text.find("restricted · task=payroll · model=support: 20 requests, local → local"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("the candidate's plan leads with cloud-mini (cloud), not permitted for "
                      "restricted data: dropped"),
            std::string::npos)
      << text;
}

TEST_F(Replay, RestrictedDataPinnedToTheCloudIsRefusedNotSent) {
  const ReplayReport r = run(kPayrollCloud);
  EXPECT_TRUE(r.newly_cloud.empty());
  ASSERT_EQ(r.privacy_filtered.size(), 1u);
  EXPECT_EQ(r.privacy_filtered[0].key.data_class, "restricted");
  EXPECT_EQ(r.privacy_filtered[0].requests, 20);
  EXPECT_EQ(r.privacy_filtered[0].to, Outcome::refused_privacy);
  EXPECT_EQ(r.candidate.refused, 20);
  EXPECT_EQ(r.candidate.cloud, 0);
  EXPECT_EQ(r.local_only_to_cloud, 0);
}

TEST_F(Replay, TheCandidatesOwnPolicyCanOnlyRaiseARecordedClass) {
  // The candidate's privacy policy implies no class from an SSN: the
  // recorded class (restricted) still stands, so the payroll requests stay
  // off the cloud under its all-cloud rule.
  current_cfg_ = load(kCurrent);
  candidate_cfg_ = load(kAllCloud);
  routing::Router current_router(current_cfg_), candidate_router(candidate_cfg_);
  privacy::PrivacyPolicy lowered;
  lowered.entity_class[privacy::index_of(privacy::EntityType::us_ssn)] =
      privacy::DataClass::public_;
  Policy current{&current_cfg_, &current_router, privacy::PrivacyPolicy{}};
  Policy candidate{&candidate_cfg_, &candidate_router, lowered};
  auto r = replay(*store_, {kNowMs - kWeekMs, kNowMs}, current, candidate);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->local_only_to_cloud, 0);
  for (const Change& c : r->newly_cloud) EXPECT_NE(c.key.data_class, "restricted");
  std::int64_t restricted = 0;
  for (const Change& c : r->privacy_filtered)
    if (c.key.data_class == "restricted") restricted += c.requests;
  EXPECT_EQ(restricted, 20);
}

TEST_F(Replay, ACandidateThatClassesAnEntityHigherKeepsThoseRequestsOffTheCloud) {
  // The candidate's policy makes an email address restricted: summaries
  // that carry one (recorded internal) are restricted under it, so its
  // cloud rule cannot take them.
  auto store = ledger::SqliteStore::open({ledger_.path()});
  ASSERT_TRUE(store.ok());
  std::vector<ledger::RequestRecord> batch{
      rec(kNowMs - 10, "summarise", "summaries-local", "internal", kFacts)};
  batch[0].entities = {{"EMAIL_ADDRESS", 1}};
  ASSERT_FALSE((*store)->append(batch));
  current_cfg_ = load(kCurrent);
  candidate_cfg_ = load(kMoveSummaries);
  routing::Router current_router(current_cfg_), candidate_router(candidate_cfg_);
  privacy::PrivacyPolicy stricter;
  stricter.entity_class[privacy::index_of(privacy::EntityType::email_address)] =
      privacy::DataClass::restricted;
  Policy current{&current_cfg_, &current_router, privacy::PrivacyPolicy{}};
  Policy candidate{&candidate_cfg_, &candidate_router, stricter};
  auto r = replay(**store, {kNowMs - kWeekMs, kNowMs}, current, candidate);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->newly_cloud.size(), 1u);
  EXPECT_EQ(r->newly_cloud[0].requests, 50) << "the 50 without an address move";
  std::int64_t kept = 0;
  for (const Change& c : r->privacy_filtered)
    if (c.key.data_class == "restricted" && c.key.task == "summarise") kept += c.requests;
  EXPECT_EQ(kept, 1);
  EXPECT_EQ(r->local_only_to_cloud, 0);
}

TEST(RecordedFacts, RoundTripWithoutAnyPromptText) {
  routing::Facts f;
  f.prompt_tokens = 812;
  f.tools = true;
  f.attachments = true;
  f.images = false;
  f.stream = true;
  f.response_format = routing::ResponseFormat::json_schema;
  f.budget = 0.42;
  f.difficulty = 0.613;
  f.local_load = {3, 1200};
  const std::string text = encode_route_facts(f, {true, false});
  EXPECT_EQ(text,
            "v1 prompt_tokens=812 tools=1 images=0 attachments=1 response_format=json_schema "
            "stream=1 budget=0.42 difficulty=0.613 queue_depth=3 p95_ms=1200 key_cloud=0");
  const RecordedFacts r = decode_route_facts(text);
  EXPECT_EQ(r.prompt_tokens, 812);
  EXPECT_EQ(r.tools, true);
  EXPECT_EQ(r.images, false);
  EXPECT_EQ(r.attachments, true);
  EXPECT_EQ(r.stream, true);
  EXPECT_EQ(r.response_format, routing::ResponseFormat::json_schema);
  EXPECT_EQ(r.budget, 0.42);
  EXPECT_EQ(r.difficulty, 0.613);
  EXPECT_EQ(r.queue_depth, 3);
  EXPECT_EQ(r.p95_ms, 1200);
  EXPECT_EQ(r.key_allows_cloud, false);
  // Unmeasured facts are left out; an older record has none; unknown words pass.
  routing::Facts plain;
  const RecordedFacts p = decode_route_facts(encode_route_facts(plain, {}));
  EXPECT_FALSE(p.difficulty);
  EXPECT_FALSE(p.queue_depth);
  EXPECT_EQ(p.key_allows_cloud, true);
  EXPECT_FALSE(decode_route_facts("").prompt_tokens);
  EXPECT_EQ(decode_route_facts("v1 future=7 tools=1").tools, true);
}

}  // namespace
}  // namespace switchyard::plan
