// The gateway in front of an upstream that misbehaves on purpose (the fake's
// fault modes, tests/fakes/fault_modes.cpp): lines that never end, events
// that never end, trickles, stalls, huge bodies, broken framing. Each ends in
// a clear error within the request's deadline with the gateway's memory
// bounded by the provider's limits; before the first byte reached the client
// the gateway falls back, after it the error goes in-band.
#include <gtest/gtest.h>

#include <chrono>
#include <new>
#include <string>

#include "fakes/fake_openai_upstream.hpp"
#include "support/error_body.hpp"
#include "support/json_compare.hpp"
#include "support/loopback_gateway.hpp"
#include "support/sse_events.hpp"
#include "support/temp_ledger.hpp"

namespace switchyard::gateway {
namespace {

using testing::ErrorBody;
using testing::FakeOpenAIUpstream;
using testing::parse_error;
using testing::Parsed;
using testing::post_json;
using testing::str;
using testing::TestResponse;
using Clock = std::chrono::steady_clock;

const char* fake_env(const char* name) {
  if (std::string_view(name) == "FAKE_KEY") return "sk-test-secret-123";
  return nullptr;
}

std::string chat_body(const std::string& model, bool stream) {
  return R"({"model":")" + model + R"(","messages":[{"role":"user","content":"hello there"}])" +
         (stream ? R"(,"stream":true)" : "") + "}";
}

bool has(const std::string& text, std::string_view what) {
  return text.find(what) != std::string::npos;
}

// The error that ended a stream in-band: its last event.
ErrorBody in_band_error(const std::string& body) {
  const auto events = testing::sse_payloads(body);
  if (events.empty()) {
    ADD_FAILURE() << "no events: " << body;
    return {};
  }
  return parse_error(events.back());
}

// Whether the stream's first event is the assistant's role chunk.
bool opens_with_role(const std::string& body) {
  const auto events = testing::sse_payloads(body);
  if (events.empty()) return false;
  const Parsed first(events.front());
  return first.has("/choices/0/delta/role") && str(first["/choices/0/delta/role"]) == "assistant";
}

class StreamFaultsTest : public ::testing::Test {
 protected:
  void SetUp() override { upstream_.start(); }
  void TearDown() override {
    gw_.stop();
    upstream_.shutdown();
  }

  // `tight`: small limits and short clocks, so faults show in milliseconds;
  // `roomy`: the defaults. Deployments name the fault mode as their model.
  void start(const std::string& models, const std::string& server_extra = {}) {
    const std::string base = upstream_.base_url() + "/v1";
    std::string yaml = testing::loopback_server_yaml() + server_extra +
                       "providers:\n"
                       "  - name: tight\n    kind: openai_compatible\n    base_url: " +
                       base +
                       "\n    api_key_env: FAKE_KEY\n"
                       "    first_byte_timeout_ms: 300\n    stream_idle_timeout_ms: 300\n"
                       "    timeout_ms: 3000\n"
                       "    max_stream_line_bytes: 64KiB\n    max_stream_event_bytes: 256KiB\n"
                       "    max_response_bytes: 1MiB\n"
                       "  - name: roomy\n    kind: openai_compatible\n    base_url: " +
                       base +
                       "\n    api_key_env: FAKE_KEY\n"
                       "models:\n" +
                       models + "routing:\n  retry: { max_attempts: 1 }\n" + ledger_.yaml();
    gw_.start(yaml, fake_env);
  }

  // One deployment, alias "m".
  void start_one(const std::string& provider, const std::string& model,
                 const std::string& server_extra = {}) {
    start("  - alias: m\n    deployments:\n      - { provider: " + provider + ", model: " + model +
              ", side: cloud }\n",
          server_extra);
  }

  TestResponse ask(bool stream) {
    const auto t0 = Clock::now();
    TestResponse r = gw_.post("/v1/chat/completions", chat_body("m", stream));
    took_ = Clock::now() - t0;
    return r;
  }

  FakeOpenAIUpstream upstream_;
  testing::TempLedger ledger_{"switchyard-faults"};
  testing::LoopbackGateway gw_;
  Clock::duration took_{};
};

// Generous: these only catch a request that outlived its deadline by far
// (the reports were 10-47 s past a 5 s deadline), never measure anything.
constexpr auto kWellPast = std::chrono::seconds(4);

TEST_F(StreamFaultsTest, ALineThatNeverEndsIsCutAtTheLineLimit) {
  start_one("tight", "endless-line", "  request_timeout_ms: 8000\n");
  TestResponse r = ask(true);
  // Nothing valid came before the line: not started, so a plain 502.
  EXPECT_EQ(r.status, 502u) << r.body;
  const auto e = parse_error(r.body);
  EXPECT_EQ(e.code, "upstream_response_too_large") << r.body;
  EXPECT_TRUE(e.says("max_stream_line_bytes (65536 bytes)")) << r.body;
  EXPECT_TRUE(e.says("'tight' (model 'endless-line')")) << r.body;
  EXPECT_LT(took_, kWellPast);
}

TEST_F(StreamFaultsTest, DataLinesWithoutABlankLineAreCutAtTheEventLimitInBand) {
  start_one("tight", "no-blank-line", "  request_timeout_ms: 8000\n");
  TestResponse r = ask(true);
  // The role chunk had gone out: the error arrives in-band, and no [DONE].
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_TRUE(opens_with_role(r.body)) << r.body;
  EXPECT_TRUE(in_band_error(r.body).says("max_stream_event_bytes (262144 bytes)")) << r.body;
  EXPECT_FALSE(has(r.body, "[DONE]")) << r.body;
  EXPECT_LT(took_, kWellPast);
}

TEST_F(StreamFaultsTest, AnOversizedStreamFallsBackBeforeTheFirstByte) {
  start(
      "  - alias: m\n    deployments:\n"
      "      - { provider: tight, model: endless-line, side: cloud, name: flood }\n"
      "      - { provider: tight, model: gpt-4o-mini, side: cloud, name: backup }\n");
  TestResponse r = ask(true);
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "backup");
  EXPECT_TRUE(testing::ends_with_done(r.body)) << r.body;
}

TEST_F(StreamFaultsTest, ATrickleIsCutAtTheRequestDeadlineWhileBytesKeepComing) {
  // One byte every 2 ms never pauses for the idle clock (30 s by default):
  // only a deadline that holds while bytes arrive ends it.
  start_one("roomy", "trickle-2", "  request_timeout_ms: 1500\n");
  TestResponse r = ask(true);
  ASSERT_EQ(r.status, 200u) << r.body;  // the role chunk made it in time
  const auto e = in_band_error(r.body);
  EXPECT_EQ(e.code, "upstream_timeout") << r.body;
  EXPECT_TRUE(e.says("server.request_timeout_ms")) << r.body;
  EXPECT_FALSE(has(r.body, "[DONE]")) << r.body;
  EXPECT_LT(took_, kWellPast);
}

TEST_F(StreamFaultsTest, ATrickleIsCutAtTheProvidersTimeout) {
  start_one("tight", "trickle-2", "  request_timeout_ms: 20000\n");  // timeout_ms: 3000
  TestResponse r = ask(true);
  ASSERT_EQ(r.status, 200u) << r.body;
  const auto e = in_band_error(r.body);
  EXPECT_EQ(e.code, "upstream_timeout") << r.body;
  EXPECT_TRUE(e.says("timeout_ms (3000 ms)")) << r.body;
  EXPECT_LT(took_, std::chrono::seconds(10));
}

TEST_F(StreamFaultsTest, ANonStreamedTrickleIsCutAtTheRequestDeadline) {
  start_one("roomy", "trickle-2", "  request_timeout_ms: 1000\n");
  TestResponse r = ask(false);
  EXPECT_EQ(r.status, 504u) << r.body;
  EXPECT_TRUE(parse_error(r.body).says("server.request_timeout_ms")) << r.body;
  EXPECT_LT(took_, kWellPast);
}

TEST_F(StreamFaultsTest, AStallBeforeTheFirstByteIsCutByTheFirstByteTimeout) {
  start_one("tight", "stall", "  request_timeout_ms: 20000\n");
  TestResponse r = ask(true);
  EXPECT_EQ(r.status, 504u) << r.body;
  const auto e = parse_error(r.body);
  EXPECT_EQ(e.code, "upstream_first_byte_timeout") << r.body;
  EXPECT_TRUE(e.says("first_byte_timeout_ms (300 ms)")) << r.body;
  EXPECT_LT(took_, kWellPast);
}

TEST_F(StreamFaultsTest, AStallBetweenChunksIsCutByTheIdleTimeoutInBand) {
  start_one("tight", "stall-after-first-chunk", "  request_timeout_ms: 20000\n");
  TestResponse r = ask(true);
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_TRUE(opens_with_role(r.body)) << r.body;
  const auto e = in_band_error(r.body);
  EXPECT_EQ(e.code, "upstream_idle_timeout") << r.body;
  EXPECT_TRUE(e.says("stream_idle_timeout_ms (300 ms)")) << r.body;
  EXPECT_FALSE(has(r.body, "[DONE]")) << r.body;
  EXPECT_LT(took_, kWellPast);
}

TEST_F(StreamFaultsTest, ANonStreamedStallEndsAtTheProvidersTimeout) {
  // The first-byte clock is for streams: a whole answer may take long.
  start_one("tight", "stall", "  request_timeout_ms: 20000\n");
  TestResponse r = ask(false);
  EXPECT_EQ(r.status, 504u) << r.body;
  const auto e = parse_error(r.body);
  EXPECT_EQ(e.code, "upstream_timeout") << r.body;
  EXPECT_TRUE(e.says("timeout_ms (3000 ms)")) << r.body;
  EXPECT_LT(took_, std::chrono::seconds(10));
}

TEST_F(StreamFaultsTest, AHugeBodyIsCutAtTheResponseLimit) {
  start_one("tight", "huge-body-8");
  TestResponse r = ask(false);
  EXPECT_EQ(r.status, 502u) << r.body;
  const auto e = parse_error(r.body);
  EXPECT_EQ(e.code, "upstream_response_too_large") << r.body;
  EXPECT_TRUE(e.says("max_response_bytes (1048576 bytes)")) << r.body;
  // Also when it comes as the JSON answer to a streamed request.
  TestResponse s = ask(true);
  EXPECT_EQ(s.status, 502u) << s.body;
  EXPECT_TRUE(parse_error(s.body).says("max_response_bytes (1048576 bytes)")) << s.body;
}

TEST_F(StreamFaultsTest, AHugeBodyWithinTheLimitIsAnswered) {
  start_one("roomy", "huge-body-2");  // 2 MiB < the 64 MiB default
  TestResponse r = ask(false);
  EXPECT_EQ(r.status, 200u) << r.body.substr(0, 300);
  EXPECT_GT(r.body.size(), 2u << 20);
}

// A peer that crashes mid-stream resets the connection (RST) rather than
// closing it: what was relayed stays, the failure goes in-band, no [DONE],
// and the gateway goes on serving.
TEST_F(StreamFaultsTest, AResetMidStreamEndsInBandAndTheGatewayGoesOn) {
  start_one("tight", "reset-mid-stream");
  TestResponse r = ask(true);
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_TRUE(opens_with_role(r.body)) << r.body;
  bool relayed = false;  // a content delta from before the reset
  for (const auto& e : testing::sse_payloads(r.body)) {
    const Parsed chunk(e);
    relayed |= chunk.has("/choices/0/delta/content") &&
               str(chunk["/choices/0/delta/content"]).rfind("echo:", 0) == 0;
  }
  EXPECT_TRUE(relayed) << r.body;
  EXPECT_TRUE(in_band_error(r.body).parsed) << r.body;
  EXPECT_FALSE(has(r.body, "[DONE]")) << r.body;
  TestResponse again = ask(false);
  EXPECT_EQ(again.status, 502u) << again.body;  // reset before any answer: a bad gateway
}

TEST_F(StreamFaultsTest, AResetBeforeAnyByteFallsBack) {
  start(
      "  - alias: m\n    deployments:\n"
      "      - { provider: tight, model: reset-mid-stream, side: cloud, name: crashing }\n"
      "      - { provider: tight, model: gpt-4o-mini, side: cloud, name: backup }\n");
  TestResponse r = ask(false);
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "backup");
  EXPECT_TRUE(has(r.header("x-switchyard-route-reason"), "crashing failed"))
      << r.header("x-switchyard-route-reason");
}

TEST_F(StreamFaultsTest, MalformedSseIsABadGateway) {
  start_one("tight", "malformed-sse");
  TestResponse r = ask(true);
  EXPECT_EQ(r.status, 502u) << r.body;
  EXPECT_EQ(parse_error(r.body).code, "invalid_upstream_response") << r.body;
}

TEST_F(StreamFaultsTest, MalformedSseFallsBack) {
  start(
      "  - alias: m\n    deployments:\n"
      "      - { provider: tight, model: malformed-sse, side: cloud, name: broken }\n"
      "      - { provider: tight, model: gpt-4o-mini, side: cloud, name: backup }\n");
  TestResponse b = ask(true);
  ASSERT_EQ(b.status, 200u) << b.body;
  EXPECT_EQ(b.header("x-switchyard-deployment"), "backup");
}

TEST_F(StreamFaultsTest, AFailedAllocationIsAnInternalErrorNotTheClients) {
  // What reaches the client when a handler runs out of memory: the server's
  // own 500, rendered by the gateway's error body.
  start_one("roomy", "gpt-4o-mini");
  http::Server throwing(gw_.gateway().server_options(),
                        [](http::Request&, http::ResponseWriter&) -> http::Task<void> {
                          throw std::bad_alloc();
                          co_return;
                        });
  throwing.start();
  TestResponse r = post_json(throwing.port(), "/v1/chat/completions", chat_body("m", false));
  throwing.shutdown(std::chrono::seconds(1));
  EXPECT_EQ(r.status, 500u) << r.body;
  const auto e = parse_error(r.body);
  EXPECT_EQ(e.type, "server_error") << r.body;
  EXPECT_EQ(e.code, "internal_error") << r.body;
  EXPECT_FALSE(has(r.body, "invalid_request_error")) << r.body;
}

}  // namespace
}  // namespace switchyard::gateway
