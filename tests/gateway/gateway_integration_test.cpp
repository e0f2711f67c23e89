// The gateway in-process (real HTTP server, real client, real codec) in front
// of the fake OpenAI upstream on loopback.
#include <gtest/gtest.h>

#include <sqlite3.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <future>
#include <thread>

#include "fakes/fake_openai_upstream.hpp"
#include "support/error_body.hpp"
#include "support/json_compare.hpp"
#include "support/loopback_gateway.hpp"
#include "support/sse_events.hpp"
#include "support/temp_ledger.hpp"
#include "switchyard/config/config.hpp"
#include "switchyard/gateway/gateway.hpp"
#include "switchyard/ledger/audit_report.hpp"

namespace switchyard::gateway {
namespace {

using testing::FakeOpenAIUpstream;
using testing::parse_error;
using testing::Parsed;
using testing::sse_payloads;
using testing::str;
using testing::TestResponse;
namespace bhttp = http::bhttp;
namespace dom = simdjson::dom;

const char* fake_env(const char* name) {
  if (std::string_view(name) == "FAKE_KEY") return "sk-test-secret-123";
  return nullptr;
}

std::string chat_body(const std::string& model, const std::string& text = "hello there",
                      std::string extra = {}) {
  return R"({"model":")" + model + R"(","messages":[{"role":"system","content":"be brief"},)" +
         R"({"role":"user","content":")" + text + R"("}])" + extra + "}";
}

class GatewayTest : public ::testing::Test {
 protected:
  void SetUp() override { upstream_.start(); }
  void TearDown() override {
    gw_.stop();
    upstream_.shutdown();
  }

  // Every record the gateway committed, in order.
  std::vector<ledger::RequestRecord> ledger_records() { return gw_.ledger_records(ledger_.path()); }

  // Starts the gateway with `models` (YAML list items) and `server` (YAML map lines).
  void start(const std::string& models, const std::string& server_extra = {},
             const std::string& retry =
                 "{ max_attempts: 2, initial_backoff_ms: 1, "
                 "max_backoff_ms: 5 }") {
    std::string yaml = testing::loopback_server_yaml() + server_extra +
                       "providers:\n"
                       "  - name: fake\n    kind: openai_compatible\n"
                       "    base_url: " +
                       upstream_.base_url() +
                       "/v1\n    api_key_env: FAKE_KEY\n"
                       "  - name: keyless\n    kind: openai_compatible\n"
                       "    base_url: " +
                       upstream_.base_url() +
                       "/v1\n    api_key_env: UNSET_KEY_VARIABLE\n"
                       "  - name: dead\n    kind: openai_compatible\n"
                       "    base_url: http://127.0.0.1:9/v1\n    connect_timeout_ms: 500\n"
                       "models:\n" +
                       models + "routing:\n  retry: " + retry + "\n" + ledger_.yaml() +
                       ledger_extra_;
    gw_.start(yaml, fake_env);
  }

  TestResponse chat(const std::string& body) { return gw_.post("/v1/chat/completions", body); }

  FakeOpenAIUpstream upstream_;
  testing::TempLedger ledger_{"switchyard-gw"};
  std::string ledger_extra_;  // more keys of the ledger section
  testing::LoopbackGateway gw_;
};

const std::string kSimple =
    "  - alias: gpt-4o-mini\n    deployments:\n"
    "      - { provider: fake, model: gpt-4o-mini, side: cloud }\n";

TEST_F(GatewayTest, AnswersChatAndSaysWhereItWent) {
  start(kSimple);
  TestResponse r = chat(chat_body("gpt-4o-mini"));
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed a(r.body);
  EXPECT_EQ(str(a["/object"]), "chat.completion") << r.body;
  EXPECT_EQ(str(a["/choices/0/message/role"]), "assistant") << r.body;
  EXPECT_NE(str(a["/choices/0/message/content"]).find("echo: hello there"), std::string::npos)
      << r.body;
  EXPECT_TRUE(a.has("/usage/prompt_tokens") && a["/usage/prompt_tokens"].is_int64()) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "fake/gpt-4o-mini");
  EXPECT_EQ(r.header("x-switchyard-side"), "cloud");
  EXPECT_NE(r.header("x-switchyard-route-reason").find("primary"), std::string::npos);
  EXPECT_EQ(r.header("x-request-id").rfind("req_", 0), 0u);
  auto seen = upstream_.requests();
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].path, "/v1/chat/completions");
  EXPECT_EQ(seen[0].authorization, "Bearer sk-test-secret-123");
}

TEST_F(GatewayTest, KeepsTheClientsRequestId) {
  start(kSimple);
  auto r =
      gw_.post("/v1/chat/completions", chat_body("gpt-4o-mini"), {{"x-request-id", "trace-abc-1"}});
  EXPECT_EQ(r.header("x-request-id"), "trace-abc-1");
}

TEST_F(GatewayTest, CarriesUnmodelledFieldsThroughToTheUpstream) {
  start(kSimple);
  auto r = chat(chat_body("gpt-4o-mini", "hi", R"(,"logit_bias":{"50256":-100},"store":true)"));
  ASSERT_EQ(r.status, 200u) << r.body;
  auto seen = upstream_.requests();
  ASSERT_EQ(seen.size(), 1u);
  const Parsed sent(seen[0].body);
  EXPECT_TRUE(testing::JsonEq(simdjson::minify(sent["/logit_bias"]), R"({"50256":-100})"))
      << seen[0].body;
  EXPECT_TRUE(sent.has("/store") && sent["/store"].is_bool() && bool(sent["/store"]))
      << seen[0].body;
}

TEST_F(GatewayTest, CarriesNestedUnknownFieldsAndOtherPartTypesThroughUnchanged) {
  // A local deployment: an audio part keeps a request off the cloud
  // (docs/privacy.md; PrivacyTest.PartsThatCannotBeInspectedAreClassedRestricted).
  start(
      "  - alias: gpt-4o-mini\n    deployments:\n"
      "      - { provider: fake, model: gpt-4o-mini, side: local }\n");
  // Every piece below must reach the upstream byte for byte: unknown members
  // inside modelled objects, parts the gateway cannot read, numbers as
  // written, an integer wider than 64 bits.
  const std::vector<std::string> pieces = {
      R"("cache_control":{"type": "ephemeral"})",
      R"({"type": "input_audio", "input_audio": {"data": "UklGRiQAAABXQVZF", "format": "wav"}})",
      R"({"type":"file","file":{"file_id":"file-abc123"}})",
      R"("reasoning_content":"earlier thoughts")",
      R"("thought_signature":"c2ln")",
      R"("include_obfuscation":false)",
      R"("x-priority":1.50)",
      R"("disable_parallel":true)",
      R"("json_schema":{"name":"n","schema":{"maximum": 2.50}})",
      R"("x-mode":"lax")",
      R"("seed_of_record":12345678901234567890123)",
  };
  const std::string body =
      R"({"model":"gpt-4o-mini","stream":true,"messages":[)"
      R"({"role":"user","content":[{"type":"text","text":"hi",)" +
      pieces[0] + "}," + pieces[1] + "," + pieces[2] + R"(]},{"role":"assistant","content":null,)" +
      pieces[3] +
      R"(,"tool_calls":[{"id":"c1","type":"function","function":{"name":"f","arguments":"{}",)" +
      pieces[4] + R"(}}]},{"role":"tool","tool_call_id":"c1","content":"42"},)" +
      R"({"role":"user","content":"and?"}],"stream_options":{"include_usage":true,)" + pieces[5] +
      R"(},"tools":[{"type":"function","function":{"name":"f",)" + pieces[6] +
      R"(}}],"tool_choice":{"type":"function","function":{"name":"f"},)" + pieces[7] +
      R"(},"response_format":{"type":"json_schema",)" + pieces[8] + "," + pieces[9] + "}," +
      pieces[10] + "}";
  auto r = chat(body);
  ASSERT_EQ(r.status, 200u) << r.body;
  auto seen = upstream_.requests();
  ASSERT_EQ(seen.size(), 1u);
  for (const auto& piece : pieces) {
    EXPECT_NE(seen[0].body.find(piece), std::string::npos) << piece << "\n  in: " << seen[0].body;
  }
}

TEST_F(GatewayTest, StreamsChunksAndUsageWhenAsked) {
  start(kSimple);
  auto r = chat(chat_body("gpt-4o-mini", "one two three",
                          R"(,"stream":true,"stream_options":{"include_usage":true})"));
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("content-type"), "text/event-stream");
  EXPECT_EQ(r.header("x-switchyard-side"), "cloud");
  const auto events = sse_payloads(r.body);
  ASSERT_FALSE(events.empty()) << r.body;
  for (const auto& e : events) EXPECT_EQ(str(Parsed(e)["/object"]), "chat.completion.chunk") << e;
  // The usage chunk comes last, with the counts.
  const Parsed last(events.back());
  EXPECT_TRUE(last.has("/usage/completion_tokens") && last["/usage/completion_tokens"].is_int64())
      << r.body;
  EXPECT_TRUE(testing::ends_with_done(r.body)) << r.body;
}

TEST_F(GatewayTest, StreamOmitsUsageWhenNotAsked) {
  start(kSimple);
  auto r = chat(chat_body("gpt-4o-mini", "one two", R"(,"stream":true)"));
  ASSERT_EQ(r.status, 200u) << r.body;
  const auto events = sse_payloads(r.body);
  ASSERT_FALSE(events.empty()) << r.body;
  for (const auto& e : events) {
    const Parsed chunk(e);
    EXPECT_FALSE(chunk.has("/usage") && !chunk["/usage"].is_null()) << e;
  }
  // The gateway itself always asks the upstream for usage (for its ledger).
  auto seen = upstream_.requests();
  ASSERT_EQ(seen.size(), 1u);
  const Parsed sent(seen[0].body);
  EXPECT_TRUE(sent.has("/stream_options/include_usage") &&
              sent["/stream_options/include_usage"].is_bool() &&
              bool(sent["/stream_options/include_usage"]))
      << seen[0].body;
}

TEST_F(GatewayTest, RetriesATransientFailureOnTheSameDeployment) {
  start(
      "  - alias: m\n    deployments:\n"
      "      - { provider: fake, model: flaky-1-retry, side: local, name: only }\n");
  auto r = chat(chat_body("m"));
  EXPECT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "only");
  EXPECT_EQ(upstream_.request_count(), 2u);
}

TEST_F(GatewayTest, FallsBackToTheNextDeploymentAfterRetries) {
  start(
      "  - alias: m\n    deployments:\n"
      "      - { provider: fake, model: error-500, side: local, name: primary }\n"
      "      - { provider: fake, model: gpt-4o-mini, side: cloud, name: secondary }\n");
  auto r = chat(chat_body("m"));
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "secondary");
  EXPECT_EQ(r.header("x-switchyard-side"), "cloud");
  EXPECT_NE(r.header("x-switchyard-route-reason").find("primary failed"), std::string::npos)
      << r.header("x-switchyard-route-reason");
  EXPECT_EQ(upstream_.request_count(), 3u);  // 2 attempts on primary, 1 on secondary
}

TEST_F(GatewayTest, StreamingFallsBackBeforeTheFirstByte) {
  start(
      "  - alias: m\n    deployments:\n"
      "      - { provider: fake, model: error-503, side: local, name: primary }\n"
      "      - { provider: fake, model: gpt-4o-mini, side: cloud, name: secondary }\n");
  auto r = chat(chat_body("m", "a b", R"(,"stream":true)"));
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "secondary");
  EXPECT_TRUE(testing::ends_with_done(r.body)) << r.body;
}

TEST_F(GatewayTest, DoesNotFallBackWhenTheRequestItselfIsRejected) {
  start(
      "  - alias: m\n    deployments:\n"
      "      - { provider: fake, model: error-400, side: local, name: primary }\n"
      "      - { provider: fake, model: gpt-4o-mini, side: cloud, name: secondary }\n");
  auto r = chat(chat_body("m"));
  EXPECT_EQ(r.status, 400u) << r.body;
  EXPECT_TRUE(parse_error(r.body).parsed);
  EXPECT_EQ(r.header("x-switchyard-deployment"), "primary");
  EXPECT_EQ(upstream_.request_count(), 1u);
}

TEST_F(GatewayTest, KeepsTheUpstreamStatusWhenEverythingFails) {
  start(
      "  - alias: m\n    deployments:\n"
      "      - { provider: fake, model: error-429, side: cloud, name: only }\n");
  auto r = chat(chat_body("m"));
  EXPECT_EQ(r.status, 429u) << r.body;
  EXPECT_FALSE(parse_error(r.body).type.empty()) << r.body;
}

TEST_F(GatewayTest, SkipsADeploymentWhoseKeyIsMissingAndSaysWhy) {
  start(
      "  - alias: m\n    deployments:\n"
      "      - { provider: keyless, model: gpt-4o-mini, side: cloud, name: needs-key }\n"
      "  - alias: n\n    deployments:\n"
      "      - { provider: keyless, model: gpt-4o-mini, side: cloud, name: needs-key-2 }\n"
      "      - { provider: fake, model: gpt-4o-mini, side: cloud, name: has-key }\n");
  auto r = chat(chat_body("m"));
  EXPECT_EQ(r.status, 503u) << r.body;
  EXPECT_TRUE(parse_error(r.body).says("UNSET_KEY_VARIABLE")) << r.body;
  EXPECT_EQ(upstream_.request_count(), 0u);
  auto r2 = chat(chat_body("n"));
  EXPECT_EQ(r2.status, 200u) << r2.body;
  EXPECT_EQ(r2.header("x-switchyard-deployment"), "has-key");
}

TEST_F(GatewayTest, UnreachableUpstreamIsABadGateway) {
  start(
      "  - alias: m\n    deployments:\n"
      "      - { provider: dead, model: x, side: local, name: dead-one }\n");
  auto r = chat(chat_body("m"));
  EXPECT_EQ(r.status, 502u) << r.body;
  EXPECT_TRUE(parse_error(r.body).says("127.0.0.1:9")) << r.body;
}

TEST_F(GatewayTest, MidStreamDisconnectEndsTheStreamWithAnErrorEvent) {
  start(
      "  - alias: m\n    deployments:\n"
      "      - { provider: fake, model: disconnect-mid-stream, side: local, name: flaky }\n"
      "      - { provider: fake, model: gpt-4o-mini, side: cloud, name: backup }\n");
  auto r = chat(chat_body("m", "a b c d e f", R"(,"stream":true)"));
  ASSERT_EQ(r.status, 200u);
  EXPECT_EQ(r.header("x-switchyard-deployment"), "flaky");  // too late to fall back
  const auto events = sse_payloads(r.body);
  ASSERT_FALSE(events.empty()) << r.body;
  EXPECT_TRUE(parse_error(events.back()).parsed) << r.body;
  EXPECT_EQ(r.body.find("[DONE]"), std::string::npos) << r.body;
}

TEST_F(GatewayTest, RequestTimeoutGivesGatewayTimeout) {
  start(
      "  - alias: m\n    deployments:\n"
      "      - { provider: fake, model: slow-3000, side: local, name: slow }\n",
      "  request_timeout_ms: 300\n");
  auto t0 = std::chrono::steady_clock::now();
  auto r = chat(chat_body("m"));
  EXPECT_EQ(r.status, 504u) << r.body;
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(2));
}

TEST_F(GatewayTest, UnknownModelIsA404ThatListsTheModels) {
  start(kSimple);
  auto r = chat(chat_body("gpt-9"));
  EXPECT_EQ(r.status, 404u);
  const auto e = parse_error(r.body);
  EXPECT_EQ(e.code, "model_not_found") << r.body;
  EXPECT_TRUE(e.says("gpt-4o-mini")) << r.body;
}

TEST_F(GatewayTest, MalformedJsonIsA400InOpenAIFormat) {
  start(kSimple);
  auto r = chat("{\"model\": \"gpt-4o-mini\", \"messages\": [");
  EXPECT_EQ(r.status, 400u);
  EXPECT_EQ(parse_error(r.body).type, "invalid_request_error") << r.body;
  auto r2 = chat(R"({"model":"gpt-4o-mini"})");
  EXPECT_EQ(r2.status, 400u);
  EXPECT_TRUE(parse_error(r2.body).says("messages")) << r2.body;
  EXPECT_EQ(upstream_.request_count(), 0u);
}

TEST_F(GatewayTest, WrongMethodAndUnknownPath) {
  start(kSimple);
  auto r = gw_.get("/v1/chat/completions");
  EXPECT_EQ(r.status, 405u);
  EXPECT_EQ(r.header("allow"), "POST");
  auto r2 = gw_.get("/v2/nothing");
  EXPECT_EQ(r2.status, 404u);
  EXPECT_TRUE(parse_error(r2.body).says("/v1/chat/completions")) << r2.body;
}

TEST_F(GatewayTest, BodyTooLargeIs413) {
  start(kSimple, "  max_body_bytes: 1024\n");
  auto r = chat(chat_body("gpt-4o-mini", std::string(5000, 'x')));
  EXPECT_EQ(r.status, 413u);
  EXPECT_TRUE(parse_error(r.body).says("max_body_bytes")) << r.body;
}

TEST_F(GatewayTest, MalformedHttpGets400AndTheServerKeepsServing) {
  start(kSimple);
  std::string reply = testing::raw_exchange(gw_.port(), "THIS IS NOT HTTP\r\n\r\n");
  EXPECT_NE(reply.find(" 400 "), std::string::npos) << reply;
  reply = testing::raw_exchange(gw_.port(), std::string("\x00\xff\x01garbage\r\n\r\n", 14));
  EXPECT_NE(reply.find(" 400 "), std::string::npos) << reply;
  auto r = chat(chat_body("gpt-4o-mini"));
  EXPECT_EQ(r.status, 200u);
}

TEST_F(GatewayTest, ModelsHealthReadyAndMetrics) {
  start(kSimple);
  auto m = gw_.get("/v1/models");
  EXPECT_EQ(m.status, 200u);
  const Parsed models(m.body);
  bool listed = false;
  for (dom::element model : dom::array(models["/data"]))
    listed |= str(model["id"]) == "gpt-4o-mini";
  EXPECT_TRUE(listed) << m.body;
  EXPECT_EQ(gw_.get("/healthz").status, 200u);
  EXPECT_EQ(gw_.get("/readyz").status, 200u);
  chat(chat_body("gpt-4o-mini"));
  // The overhead is observed once the answer is written: the client may read
  // it a moment before the count lands.
  const std::string counted = "switchyard_gateway_overhead_seconds_count 1";
  auto metrics = gw_.get("/metrics");
  for (int i = 0; i < 500 && metrics.body.find(counted) == std::string::npos; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    metrics = gw_.get("/metrics");
  }
  EXPECT_NE(metrics.body.find(counted), std::string::npos) << metrics.body;
  gw_.gateway().set_ready(false);
  EXPECT_EQ(gw_.get("/readyz").status, 503u);
}

TEST_F(GatewayTest, SecretsNeverAppearInResponses) {
  start(
      "  - alias: m\n    deployments:\n"
      "      - { provider: fake, model: error-401, side: cloud, name: only }\n");
  auto r = chat(chat_body("m"));
  EXPECT_EQ(r.body.find("sk-test-secret-123"), std::string::npos);
  auto metrics = gw_.get("/metrics");
  EXPECT_EQ(metrics.body.find("sk-test-secret-123"), std::string::npos);
}

TEST_F(GatewayTest, ShutdownDrainsInFlightRequests) {
  start(
      "  - alias: m\n    deployments:\n"
      "      - { provider: fake, model: slow-400, side: local, name: slow }\n");
  auto pending = std::async(std::launch::async, [&] { return chat(chat_body("m")); });
  while (gw_.server().in_flight() == 0) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  const std::size_t left = gw_.server().shutdown(std::chrono::seconds(5));
  EXPECT_EQ(left, 0u);
  auto r = pending.get();
  EXPECT_EQ(r.status, 200u) << r.body;
  EXPECT_THROW(chat(chat_body("m")), std::exception);
}

TEST_F(GatewayTest, LedgerRecordsEachRequestWithWhereItWentAndWhatItCost) {
  start(
      "  - alias: m\n    deployments:\n"
      "      - { provider: fake, model: error-500, side: local, name: primary }\n"
      "      - provider: fake\n        model: gpt-4o-mini\n        side: cloud\n"
      "        name: secondary\n"
      "        price: { input_per_1m: 2.0, output_per_1m: 8.0 }\n");
  auto ok = gw_.post("/v1/chat/completions", chat_body("m"),
                     {{"x-request-id", "trace-ledger-1"},
                      {"Authorization", "Bearer sk-client-team-a-0123456789"}});
  ASSERT_EQ(ok.status, 200u) << ok.body;
  auto streamed = chat(chat_body("m", "one two three", R"(,"stream":true)"));
  ASSERT_EQ(streamed.status, 200u);
  auto unknown = chat(chat_body("no-such-model"));
  ASSERT_EQ(unknown.status, 404u);

  auto records = ledger_records();
  ASSERT_EQ(records.size(), 3u);
  const auto& r = records[0];
  EXPECT_EQ(r.request_id, "trace-ledger-1");
  // The caller is named by its key's fingerprint, never by the key.
  EXPECT_EQ(r.caller, ledger::caller_fingerprint("sk-client-team-a-0123456789"));
  EXPECT_EQ(r.caller.rfind("key:", 0), 0u) << r.caller;
  EXPECT_EQ(r.caller.find("sk-client"), std::string::npos);
  EXPECT_EQ(records[2].caller, "");  // no key: anonymous
  EXPECT_EQ(r.model, "m");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.deployment, "secondary");
  EXPECT_EQ(r.side, "cloud");
  EXPECT_NE(r.plan.find("primary: primary deployment of 'm'"), std::string::npos) << r.plan;
  EXPECT_NE(r.plan.find("secondary: fallback #1"), std::string::npos) << r.plan;
  EXPECT_GT(r.prompt_tokens, 0);
  EXPECT_GT(r.completion_tokens, 0);
  EXPECT_DOUBLE_EQ(r.cost_usd, (r.prompt_tokens * 2.0 + r.completion_tokens * 8.0) / 1e6);
  // The streamed answer is metered too, although the client did not ask for usage.
  EXPECT_EQ(records[1].status, 200);
  EXPECT_GT(records[1].completion_tokens, 0);
  EXPECT_EQ(records[2].status, 404);
  EXPECT_EQ(records[2].deployment, "");

  auto store = ledger::SqliteStore::open({ledger_.path()});
  ASSERT_TRUE(store.ok());
  auto verdict = ledger::verify_chain(**store);
  ASSERT_TRUE(verdict.ok());
  EXPECT_TRUE(verdict->intact) << verdict->why;
}

TEST_F(GatewayTest, LedgerRecordsRefusalsAndFailures) {
  start(
      "  - alias: m\n    deployments:\n"
      "      - { provider: fake, model: error-500, side: local }\n");
  EXPECT_EQ(chat("{not json").status, 400u);
  EXPECT_EQ(chat(chat_body("m")).status, 500u);
  auto records = ledger_records();
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].status, 400);
  EXPECT_EQ(records[1].status, 500);
  EXPECT_EQ(records[1].deployment, "fake/error-500");
}

// Another process holds the database's write lock, so the journal cannot
// drain: once it is full, answers are withheld (503 ledger_unavailable)
// rather than sent without their records; every answer that was sent has its
// record once the lock is released.
TEST_F(GatewayTest, AnAnswerIsWithheldWhenItsRecordCannotBeJournaled) {
  ledger_extra_ = "  journal_size: 64KiB\n";
  start(
      "  - alias: m\n    deployments:\n"
      "      - { provider: fake, model: gpt-4o-mini, side: local }\n");
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(ledger_.path().c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
  std::size_t answered = 0;
  TestResponse refused;
  for (int i = 0; i < 5000; ++i) {
    auto r = chat(chat_body("m"));
    if (r.status != 200u) {
      refused = r;
      break;
    }
    ++answered;
  }
  EXPECT_EQ(refused.status, 503u) << refused.body;
  const auto e = parse_error(refused.body);
  EXPECT_EQ(e.code, "ledger_unavailable") << refused.body;
  EXPECT_TRUE(e.says("journal")) << refused.body;
  EXPECT_GT(answered, 10u);
  sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  EXPECT_EQ(ledger_records().size(), answered);
}

TEST_F(GatewayTest, AnUnusableLedgerStopsTheGatewayFromStarting) {
  const std::string unusable = "/nonexistent-dir/switchyard/ledger.db";
  auto loaded = config::load_config_text(
      "models:\n  - alias: m\n    deployments: [{provider: p, model: x, side: local}]\n"
      "providers:\n  - {name: p, kind: openai_compatible, base_url: 'http://127.0.0.1:9/v1'}\n"
      "ledger:\n  path: " +
          unusable + "\n",
      "t.yaml");
  ASSERT_TRUE(loaded.config);
  try {
    Gateway g(std::move(*loaded.config));
    FAIL() << "the gateway started without a ledger";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(unusable), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace switchyard::gateway
