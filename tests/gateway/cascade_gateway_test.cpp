// The cascade through the gateway's public API: the in-process llama model
// (a tiny random-weight one: unsure of every token) and a fake local server
// answer first; a fake cloud API is where weak answers go. Weak answers
// escalate, strong ones are kept, restricted data never escalates (at every
// position of a request, with every fault), streams carry one answer, and
// the ledger holds both attempts.
#ifdef SWITCHYARD_HAVE_LLAMA

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "fakes/fake_openai_upstream.hpp"
#include "gateway/privacy_positions.hpp"
#include "support/json_compare.hpp"
#include "support/loopback_gateway.hpp"
#include "support/sse_events.hpp"
#include "support/temp_ledger.hpp"
#include "support/tiny_model.hpp"

namespace switchyard::gateway {
namespace {

using Headers = std::vector<std::pair<std::string, std::string>>;

const char* cascade_env(const char* name) {
  return std::string_view(name) == "CLOUD_KEY" ? "sk-cloud-secret" : nullptr;
}

// A task tag picks the rule, so one gateway serves every case.
const std::string kRules =
    "routing:\n"
    "  retry: { max_attempts: 1 }\n"
    "  rules:\n"
    "    - name: engine-unsure\n"
    "      when: { task: engine-unsure }\n"
    "      then: { cascade: { first: [engine-tiny], then: [cloud-gpt],\n"
    "                         verify: { min_mean_logprob: -5, on_length: keep } } }\n"
    "    - name: engine-sure\n"
    "      when: { task: engine-sure }\n"
    "      then: { cascade: { first: [engine-tiny], then: [cloud-gpt],\n"
    "                         verify: { min_mean_logprob: -100, on_length: keep } } }\n"
    "    - name: engine-entropy\n"
    "      when: { task: engine-entropy }\n"
    "      then: { cascade: { first: [engine-tiny], then: [cloud-gpt],\n"
    "                         verify: { max_mean_entropy: 3, on_length: keep } } }\n"
    "    - name: engine-cut\n"
    "      when: { task: engine-cut }\n"
    "      then: { cascade: { first: [engine-tiny], then: [cloud-gpt] } }\n"
    "    - name: desk\n"
    "      when: { task: desk }\n"
    "      then: { cascade: { first: [desk], then: [cloud-gpt], verify: { min_mean_logprob: -1 } } "
    "}\n"
    "    - name: desk-always-weak\n"
    "      when: { task: weak }\n"
    "      then: { cascade: { first: [desk], then: [cloud-gpt],\n"
    "                         verify: { refusal_patterns: [\"echo\"] } } }\n"
    "    - name: desk-stream-local\n"
    "      when: { task: stream-local }\n"
    "      then: { cascade: { first: [desk], then: [cloud-gpt],\n"
    "                         verify: { refusal_patterns: [\"echo\"] }, stream: stream_local } }\n"
    "    - name: broken-first\n"
    "      when: { task: broken-first }\n"
    "      then: { cascade: { first: [desk-broken], then: [cloud-gpt] } }\n"
    "    - name: judged-yes\n"
    "      when: { task: judged-yes }\n"
    "      then: { cascade: { first: [desk], then: [cloud-gpt],\n"
    "                         verify: { judge: { deployment: judge-yes } } } }\n"
    "    - name: judged-no\n"
    "      when: { task: judged-no }\n"
    "      then: { cascade: { first: [desk], then: [cloud-gpt],\n"
    "                         verify: { judge: { deployment: judge-no, threshold: 0.3 } } } }\n"
    "    - name: judge-broken-keep\n"
    "      when: { task: judge-broken-keep }\n"
    "      then: { cascade: { first: [desk], then: [cloud-gpt],\n"
    "                         verify: { judge: { deployment: desk-broken } } } }\n"
    "    - name: judge-broken-escalate\n"
    "      when: { task: judge-broken-escalate }\n"
    "      then: { cascade: { first: [desk], then: [cloud-gpt],\n"
    "                         verify: { judge: { deployment: desk-broken, on_error: escalate } } } "
    "}\n"
    "    - name: judged-by-engine\n"
    "      when: { task: judged-by-engine }\n"
    "      then: { cascade: { first: [desk], then: [cloud-gpt],\n"
    "                         verify: { judge: { deployment: engine-tiny } } } }\n"
    "    - name: broken-then\n"
    "      when: { task: broken-then }\n"
    "      then: { cascade: { first: [desk], then: [cloud-broken],\n"
    "                         verify: { refusal_patterns: [\"echo\"] } } }\n";

class CascadeGatewayTest : public ::testing::Test {
 protected:
  void SetUp() override {
    desk_.start();
    cloud_.start();
    const std::string yaml =
        testing::loopback_server_yaml(2) +
        "providers:\n"
        "  - name: engine\n    kind: llama\n    model_path: " +
        local::testing::tiny_model_path() +
        "\n    context_size: 256\n    threads: 1\n    parallel: 2\n    batch_size: 64\n"
        "  - { name: desk, kind: openai_compatible, base_url: '" +
        desk_.base_url() + "/v1' }\n" + "  - { name: cloud, kind: openai_compatible, base_url: '" +
        cloud_.base_url() +
        "/v1', api_key_env: CLOUD_KEY }\n"
        "models:\n"
        "  - alias: chat\n    deployments:\n"
        "      - { name: engine-tiny, provider: engine, model: tiny, side: local }\n"
        "      - { name: desk, provider: desk, model: desk-model, side: local,\n"
        "          price: { input_per_1m: 1000, output_per_1m: 1000 } }\n"
        "      - { name: desk-broken, provider: desk, model: error-500, side: local }\n"
        "      - { name: judge-yes, provider: desk, model: says-yes, side: local }\n"
        "      - { name: judge-no, provider: desk, model: says-no, side: local }\n"
        "      - { name: cloud-gpt, provider: cloud, model: gpt, side: cloud,\n"
        "          price: { input_per_1m: 1, output_per_1m: 2 } }\n"
        "      - { name: cloud-broken, provider: cloud, model: error-503, side: cloud }\n" +
        kRules + ledger_.yaml();
    gw_.start(yaml, cascade_env, "cascade.yaml");
  }
  void TearDown() override {
    gw_.stop();
    desk_.shutdown();
    cloud_.shutdown();
  }

  static std::string body(const std::string& text, const std::string& extra = {}) {
    return R"({"model":"chat","messages":[{"role":"user","content":")" + text + R"("}])" + extra +
           "}";
  }

  testing::TestResponse post(const std::string& task, const std::string& text,
                             const std::string& extra = {}, Headers headers = {}) {
    headers.emplace_back("x-switchyard-task", task);
    return gw_.post("/v1/chat/completions", body(text, extra), std::move(headers));
  }

  // The engine's answers are random text: a few tokens, seeded.
  static std::string engine_extra() { return R"(,"max_tokens":6,"seed":7)"; }

  std::vector<ledger::RequestRecord> records() { return gw_.ledger_records(ledger_.path()); }
  std::string metrics() { return gw_.get("/metrics").body; }
  // The metrics once they hold `line`, or as they are after 5 s. A verdict
  // counted after the answer went out (escalated: the cloud's answer is sent
  // from inside the attempt) may land just after the client read it.
  std::string metrics_with(const std::string& line) {
    std::string m = metrics();
    for (int i = 0; i < 500 && m.find(line) == std::string::npos; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
      m = metrics();
    }
    return m;
  }

  static std::string content(const std::string& answer) {
    const testing::Parsed a(answer);
    return std::string(testing::str(a["/choices/0/message/content"]));
  }

  testing::FakeOpenAIUpstream desk_;
  testing::FakeOpenAIUpstream cloud_;
  testing::TempLedger ledger_{"switchyard-cascade"};
  testing::LoopbackGateway gw_;
};

TEST_F(CascadeGatewayTest, AnUnsureEngineAnswerEscalatesToTheCloud) {
  auto r = post("engine-unsure", "what is the capital of France?", engine_extra());
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "cloud-gpt");
  const std::string verdict = r.header("x-switchyard-cascade");
  EXPECT_EQ(verdict.rfind("escalated; mean_logprob=-", 0), 0u) << verdict;
  EXPECT_NE(verdict.find("<-5.00 mean_logprob="), std::string::npos) << verdict;
  EXPECT_NE(verdict.find(" mean_entropy="), std::string::npos) << verdict;
  // The fake echoes the question, cut to max_tokens words.
  EXPECT_EQ(content(r.body), "echo: what is the capital of");
  ASSERT_EQ(cloud_.request_count(), 1u);
  // The cloud is asked as the client asked: no logprobs the client did not want.
  EXPECT_EQ(cloud_.requests()[0].body.find("logprobs"), std::string::npos)
      << cloud_.requests()[0].body;
  EXPECT_NE(r.header("x-switchyard-route-reason").find("engine-tiny weak (mean_logprob="),
            std::string::npos)
      << r.header("x-switchyard-route-reason");
}

TEST_F(CascadeGatewayTest, ASureEnoughEngineAnswerIsKeptAndNothingReachesTheCloud) {
  auto r = post("engine-sure", "what is the capital of France?", engine_extra());
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "engine-tiny");
  EXPECT_EQ(r.header("x-switchyard-side"), "local");
  const std::string verdict = r.header("x-switchyard-cascade");
  EXPECT_EQ(verdict.rfind("kept; mean_logprob=", 0), 0u) << verdict;
  EXPECT_NE(verdict.find(" tokens="), std::string::npos) << verdict;
  EXPECT_EQ(cloud_.request_count(), 0u);
  const testing::Parsed a(r.body);
  EXPECT_FALSE(a.has("/choices/0/logprobs") && a["/choices/0/logprobs"].is_null() == false)
      << "no logprobs the client did not ask for: " << r.body;
}

TEST_F(CascadeGatewayTest, TheEngineMeasuresEntropyAsWell) {
  // A random-weight model spreads its mass over ~128k tokens: entropy ~11 nats.
  auto r = post("engine-entropy", "hello", engine_extra());
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-cascade").rfind("escalated; mean_entropy=", 0), 0u)
      << r.header("x-switchyard-cascade");
}

TEST_F(CascadeGatewayTest, ACutOffAnswerEscalatesByDefault) {
  auto r = post("engine-cut", "hello", engine_extra());
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-cascade").rfind("escalated; finish_reason=length", 0), 0u)
      << r.header("x-switchyard-cascade");
}

TEST_F(CascadeGatewayTest, RefusalsAndInvalidJsonFromALocalServerEscalate) {
  auto r = post("desk", "I don't know");  // the fake echoes it back
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-cascade").rfind("escalated; refusal=\"i don't know\"", 0), 0u)
      << r.header("x-switchyard-cascade");
  EXPECT_EQ(r.header("x-switchyard-deployment"), "cloud-gpt");

  r = post("desk", "give me json", R"(,"response_format":{"type":"json_object"})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-cascade").rfind("escalated; json=not valid JSON", 0), 0u)
      << r.header("x-switchyard-cascade");
}

TEST_F(CascadeGatewayTest, ALocalServersLogprobsAreAskedForAndJudgedThenDropped) {
  auto r = post("desk", "hello there");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "desk");
  // The fake reports -1.25e-05 for every token: sure.
  EXPECT_EQ(r.header("x-switchyard-cascade"),
            "kept; mean_logprob=-0.00 min_logprob=-0.00 tokens=3");
  ASSERT_EQ(desk_.request_count(), 1u);
  EXPECT_NE(desk_.requests()[0].body.find("\"logprobs\":true"), std::string::npos);
  const testing::Parsed a(r.body);
  EXPECT_TRUE(!a.has("/choices/0/logprobs") || a["/choices/0/logprobs"].is_null()) << r.body;

  // A client that asks for logprobs gets them.
  r = post("desk", "hello there", R"(,"logprobs":true)");
  ASSERT_EQ(r.status, 200u) << r.body;
  const testing::Parsed b(r.body);
  EXPECT_TRUE(b.has("/choices/0/logprobs/content/0/logprob")) << r.body;
}

TEST_F(CascadeGatewayTest, TheLedgerRecordHoldsBothAttemptsAndTheVerdict) {
  auto r = post("weak", "hello there world");
  ASSERT_EQ(r.status, 200u) << r.body;
  auto kept = post("desk", "hello there");
  ASSERT_EQ(kept.status, 200u) << kept.body;
  const auto recs = records();
  ASSERT_EQ(recs.size(), 2u);
  const auto& e = recs[0];
  EXPECT_EQ(e.route_rule, "desk-always-weak");
  EXPECT_EQ(e.deployment, "cloud-gpt");
  EXPECT_EQ(e.side, "cloud");
  EXPECT_EQ(e.cascade.rfind("escalated; refusal=\"echo\"", 0), 0u) << e.cascade;
  EXPECT_EQ(e.cascade_first_deployment, "desk");
  // The fake counts words: 3 a message plus the prompt's 3, "echo: hello there world" 4.
  EXPECT_EQ(e.cascade_first_prompt_tokens, 6);
  EXPECT_EQ(e.cascade_first_completion_tokens, 4);
  EXPECT_DOUBLE_EQ(e.cascade_first_cost_usd, (6 + 4) * 1000 / 1e6);
  EXPECT_GT(e.cascade_first_duration_us, 0);
  EXPECT_EQ(e.prompt_tokens, 6);
  EXPECT_EQ(e.completion_tokens, 4);
  EXPECT_DOUBLE_EQ(e.cost_usd, (6 * 1 + 4 * 2) / 1e6);
  // Kept: the record's own fields are the first attempt; no second one.
  const auto& k = recs[1];
  EXPECT_EQ(k.deployment, "desk");
  EXPECT_EQ(k.cascade.rfind("kept; ", 0), 0u) << k.cascade;
  EXPECT_EQ(k.cascade_first_deployment, "");
  EXPECT_EQ(k.cascade_first_prompt_tokens, 0);

  const std::string m = metrics_with(
      "switchyard_cascade_verdicts_total{rule=\"desk-always-weak\",verdict=\"escalated\"} 1");
  EXPECT_NE(
      m.find(
          "switchyard_cascade_verdicts_total{rule=\"desk-always-weak\",verdict=\"escalated\"} 1"),
      std::string::npos)
      << m;
  EXPECT_NE(m.find("switchyard_cascade_verdicts_total{rule=\"desk\",verdict=\"kept\"} 1"),
            std::string::npos)
      << m;
}

TEST_F(CascadeGatewayTest, AFailedFirstAttemptFallsThroughToThenWhenPermitted) {
  auto r = post("broken-first", "hello");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "cloud-gpt");
  EXPECT_EQ(r.header("x-switchyard-cascade"), "escalated; error=HTTP 500");
  const auto recs = records();
  ASSERT_EQ(recs.size(), 1u);
  EXPECT_EQ(recs[0].cascade_first_deployment, "desk-broken");
  EXPECT_EQ(recs[0].cascade_first_prompt_tokens, 0);
}

TEST_F(CascadeGatewayTest, AFailedEscalationReturnsTheWeakLocalAnswer) {
  auto r = post("broken-then", "hello");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "desk");
  EXPECT_EQ(r.header("x-switchyard-cascade").rfind("kept; escalation failed: HTTP 503", 0), 0u)
      << r.header("x-switchyard-cascade");
  EXPECT_EQ(content(r.body), "echo: hello");
  const auto recs = records();
  ASSERT_EQ(recs.size(), 1u);
  EXPECT_EQ(recs[0].deployment, "desk");
  EXPECT_EQ(recs[0].cascade_first_deployment, "") << "the first attempt is the answer served";
}

// ---- the judge: a local model's yes/no on answers the other checks kept ----

TEST_F(CascadeGatewayTest, AJudgesYesKeepsTheAnswer) {
  auto r = post("judged-yes", "what is the capital of France?");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "desk");
  // The fake's "yes" token has logprob -1.25e-05 and no alternatives listed.
  EXPECT_EQ(r.header("x-switchyard-cascade"),
            "kept; mean_logprob=-0.00 min_logprob=-0.00 tokens=7 judge=1.00");
  EXPECT_EQ(content(r.body), "echo: what is the capital of France?");
  EXPECT_EQ(cloud_.request_count(), 0u);
  // The first answer, then the judge's request: the question and the answer,
  // a yes/no schema, asked at temperature 0 of the judge's own model.
  const auto asked = desk_.requests();
  ASSERT_EQ(asked.size(), 2u);
  const testing::Parsed j(asked[1].body);
  EXPECT_EQ(testing::str(j["/model"]), "says-yes");
  const std::string prompt(testing::str(j["/messages/0/content"]));
  EXPECT_NE(prompt.find("Question:\nwhat is the capital of France?"), std::string::npos) << prompt;
  EXPECT_NE(prompt.find("Answer:\necho: what is the capital of France?"), std::string::npos)
      << prompt;
  EXPECT_EQ(testing::str(j["/response_format/type"]), "json_schema");
  EXPECT_EQ(j["/temperature"].get_double().value(), 0.0);
  const auto recs = records();
  ASSERT_EQ(recs.size(), 1u);
  EXPECT_EQ(recs[0].cascade, r.header("x-switchyard-cascade"));
}

TEST_F(CascadeGatewayTest, AJudgesNoEscalates) {
  auto r = post("judged-no", "what is the capital of France?");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "cloud-gpt");
  EXPECT_EQ(r.header("x-switchyard-cascade").rfind("escalated; judge=0.00<0.30", 0), 0u)
      << r.header("x-switchyard-cascade");
  EXPECT_EQ(cloud_.request_count(), 1u);
  EXPECT_NE(r.header("x-switchyard-route-reason").find("desk weak (judge=0.00<0.30)"),
            std::string::npos)
      << r.header("x-switchyard-route-reason");
  const std::string m = metrics_with("rule=\"judged-no\",verdict=\"escalated\"} 1");
  EXPECT_NE(m.find("rule=\"judged-no\",verdict=\"escalated\"} 1"), std::string::npos) << m;
}

TEST_F(CascadeGatewayTest, AFailedJudgeKeepsOrEscalatesAsTheRuleSays) {
  auto r = post("judge-broken-keep", "hello");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "desk");
  const std::string kept = r.header("x-switchyard-cascade");
  EXPECT_EQ(kept.rfind("kept; ", 0), 0u) << kept;
  EXPECT_NE(kept.find("judge_error=\"judge HTTP 500"), std::string::npos) << kept;

  r = post("judge-broken-escalate", "hello");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "cloud-gpt");
  EXPECT_EQ(r.header("x-switchyard-cascade").rfind("escalated; judge_error=\"judge HTTP 500", 0),
            0u)
      << r.header("x-switchyard-cascade");
}

TEST_F(CascadeGatewayTest, TheJudgeDoesNotRunWhenNothingCouldEscalate) {
  // Restricted data stays local whatever the judge would say: it is not asked.
  auto r = post("judged-no", "My SSN is 536-22-8146, what now?");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "desk");
  EXPECT_EQ(r.header("x-switchyard-cascade").find("judge"), std::string::npos)
      << r.header("x-switchyard-cascade");
  EXPECT_EQ(cloud_.request_count(), 0u);
  EXPECT_EQ(desk_.request_count(), 1u) << "the first answer only";
}

TEST_F(CascadeGatewayTest, TheInProcessEngineJudgesUnderTheVerdictSchema) {
  // The random-weight model's opinion is noise, but the schema's grammar
  // holds it to a yes or a no, and the verdict follows it.
  auto r = post("judged-by-engine", "what is the capital of France?");
  ASSERT_EQ(r.status, 200u) << r.body;
  const std::string verdict = r.header("x-switchyard-cascade");
  EXPECT_EQ(verdict.find("judge_error"), std::string::npos) << verdict;
  if (verdict.starts_with("kept; ")) {
    EXPECT_TRUE(verdict.ends_with(" judge=1.00")) << verdict;
    EXPECT_EQ(r.header("x-switchyard-deployment"), "desk");
  } else {
    EXPECT_EQ(verdict.rfind("escalated; judge=0.00<0.50", 0), 0u) << verdict;
    EXPECT_EQ(r.header("x-switchyard-deployment"), "cloud-gpt");
  }
}

// ---- privacy: restricted data never escalates ----

const std::string kSsn = "536-22-8146";

TEST_F(CascadeGatewayTest, RestrictedDataIsNeverEscalatedWeakAsTheAnswerIs) {
  auto r = post("weak", "My SSN is " + kSsn + ", what now?");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "desk");
  const std::string verdict = r.header("x-switchyard-cascade");
  EXPECT_EQ(verdict.rfind("kept; weak refusal=\"echo\" mean_logprob=", 0), 0u) << verdict;
  EXPECT_TRUE(verdict.ends_with("; escalation not permitted for restricted data")) << verdict;
  EXPECT_EQ(cloud_.request_count(), 0u);

  r = post("weak", "nothing personal", {}, {{"x-switchyard-data-class", "restricted"}});
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "desk");
  EXPECT_EQ(cloud_.request_count(), 0u);
  const std::string m = metrics();
  EXPECT_NE(m.find("rule=\"desk-always-weak\",verdict=\"kept_not_permitted\"} 2"),
            std::string::npos)
      << m;
}

TEST_F(CascadeGatewayTest, RestrictedDataAtEveryPositionNeverReachesTheCloud) {
  // The control: the same bodies with a harmless value escalate, so the
  // cloud would see them.
  for (const bool restricted : {false, true}) {
    for (const auto& p : testing::chat_positions()) {
      std::string b = p.body;
      const std::string value = restricted ? kSsn : "harmless";
      for (std::size_t at; (at = b.find("@V@")) != std::string::npos;)
        b.replace(at, 3, "\"" + value + "\"");
      for (std::size_t at; (at = b.find("@S@")) != std::string::npos;) b.replace(at, 3, value);
      b.replace(b.find("\"model\":\"m\""), 11, "\"model\":\"chat\"");
      cloud_.reset();
      auto r = gw_.post("/v1/chat/completions", b, {{"x-switchyard-task", "weak"}});
      if (!restricted) {
        if (r.status == 200u) {
          EXPECT_EQ(r.header("x-switchyard-deployment"), "cloud-gpt") << p.name;
          EXPECT_GE(cloud_.request_count(), 1u) << p.name;
        }
        continue;
      }
      EXPECT_EQ(cloud_.request_count(), 0u) << p.name << ": " << r.body;
      for (const auto& sent : cloud_.requests())
        EXPECT_EQ(sent.body.find(kSsn), std::string::npos) << p.name;
      if (r.status == 200u) {
        EXPECT_EQ(r.header("x-switchyard-side"), "local") << p.name;
      }
    }
  }
}

TEST_F(CascadeGatewayTest, ARestrictedRequestWhoseFirstAttemptFailsIsNotEscalated) {
  auto r = post("broken-first", "My SSN is " + kSsn);
  EXPECT_EQ(r.status, 500u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-cascade"),
            "failed; error=HTTP 500; escalation not permitted for restricted data");
  EXPECT_EQ(cloud_.request_count(), 0u);
  // Streamed, and with stream_local's fallbacks: still nothing.
  r = post("broken-first", "My SSN is " + kSsn, R"(,"stream":true)");
  EXPECT_EQ(cloud_.request_count(), 0u) << r.body;
}

// ---- streams ----

TEST_F(CascadeGatewayTest, BufferStreamsTheEscalatedAnswerAlone) {
  auto r = post("weak", "stream me", R"(,"stream":true,"stream_options":{"include_usage":true})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("content-type"), "text/event-stream");
  EXPECT_EQ(r.header("x-switchyard-deployment"), "cloud-gpt");
  EXPECT_EQ(r.header("x-switchyard-cascade").rfind("escalated; refusal=\"echo\"", 0), 0u);
  std::string text;
  int roles = 0;
  for (const auto& e : testing::sse_payloads(r.body)) {
    const testing::Parsed chunk(e);
    if (chunk.has("/choices/0/delta/role")) ++roles;
    if (chunk.has("/choices/0/delta/content"))
      text += testing::str(chunk["/choices/0/delta/content"]);
  }
  EXPECT_EQ(roles, 1) << "one answer on the stream: " << r.body;
  EXPECT_EQ(text, "echo: stream me");
  EXPECT_TRUE(testing::ends_with_done(r.body));
  // The first attempt was asked unstreamed, the escalation streamed.
  ASSERT_EQ(desk_.request_count(), 1u);
  EXPECT_EQ(desk_.requests()[0].body.find("\"stream\":true"), std::string::npos);
  ASSERT_EQ(cloud_.request_count(), 1u);
  EXPECT_NE(cloud_.requests()[0].body.find("\"stream\":true"), std::string::npos);
}

TEST_F(CascadeGatewayTest, BufferStreamsAKeptAnswerAsTheClientsDialectStreams) {
  auto r = post("desk", "stream me", R"(,"stream":true,"stream_options":{"include_usage":true})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("content-type"), "text/event-stream");
  EXPECT_EQ(r.header("x-switchyard-deployment"), "desk");
  EXPECT_EQ(r.header("x-switchyard-cascade").rfind("kept; ", 0), 0u);
  std::string text;
  std::string finish;
  bool usage = false;
  for (const auto& e : testing::sse_payloads(r.body)) {
    const testing::Parsed chunk(e);
    EXPECT_EQ(testing::str(chunk["/object"]), "chat.completion.chunk");
    if (chunk.has("/choices/0/delta/content"))
      text += testing::str(chunk["/choices/0/delta/content"]);
    if (chunk.has("/choices/0/finish_reason") && !chunk["/choices/0/finish_reason"].is_null())
      finish = testing::str(chunk["/choices/0/finish_reason"]);
    if (chunk.has("/usage") && !chunk["/usage"].is_null()) usage = true;
  }
  EXPECT_EQ(text, "echo: stream me");
  EXPECT_EQ(finish, "stop");
  EXPECT_TRUE(usage) << r.body;
  EXPECT_TRUE(testing::ends_with_done(r.body));
  EXPECT_EQ(cloud_.request_count(), 0u);
  const auto recs = records();
  ASSERT_EQ(recs.size(), 1u);
  EXPECT_EQ(recs[0].status, 200);
  EXPECT_EQ(recs[0].completion_tokens, 3);
}

TEST_F(CascadeGatewayTest, StreamLocalStreamsTheLocalAnswerAndNeverEscalates) {
  auto r = post("stream-local", "stream me", R"(,"stream":true)");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "desk");
  EXPECT_EQ(r.header("x-switchyard-cascade"), "stream_local; not verified");
  EXPECT_EQ(cloud_.request_count(), 0u) << "weak as it is, a streamed local answer stays";
  ASSERT_EQ(desk_.request_count(), 1u);
  EXPECT_NE(desk_.requests()[0].body.find("\"stream\":true"), std::string::npos);
  // Not streamed, the same rule judges and escalates.
  r = post("stream-local", "no stream");
  EXPECT_EQ(r.header("x-switchyard-deployment"), "cloud-gpt");
}

}  // namespace
}  // namespace switchyard::gateway

#endif  // SWITCHYARD_HAVE_LLAMA
