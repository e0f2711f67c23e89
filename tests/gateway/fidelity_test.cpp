// What clients noticed: answers keep what the upstream sent (logprobs,
// service_tier), models.retrieve works (ids with '/' too), and a stream the
// client closes is recorded as a client-closed request (499) with the tokens
// streamed until then and their cost. The gateway in-process in front of the
// fake OpenAI upstream on loopback.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <chrono>
#include <thread>

#include "fakes/fake_openai_upstream.hpp"
#include "support/json_compare.hpp"
#include "support/loopback_gateway.hpp"
#include "support/sse_events.hpp"
#include "support/temp_ledger.hpp"

namespace switchyard::gateway {
namespace {

using testing::FakeOpenAIUpstream;
using testing::Parsed;
using testing::post_json;
using testing::sse_payloads;
using testing::str;
using testing::TestResponse;
namespace bhttp = http::bhttp;
namespace dom = simdjson::dom;

const char* fake_env(const char* name) {
  if (std::string_view(name) == "FAKE_KEY") return "sk-test-secret-123";
  return nullptr;
}

class FidelityTest : public ::testing::Test {
 protected:
  void SetUp() override {
    upstream_.start();
    const std::string yaml =
        testing::loopback_server_yaml() +
        "providers:\n"
        "  - name: fake\n    kind: openai_compatible\n    base_url: " +
        upstream_.base_url() +
        "/v1\n    api_key_env: FAKE_KEY\n"
        "models:\n"
        "  - alias: gpt-4o-mini\n    deployments:\n"
        "      - { provider: fake, model: gpt-4o-mini, side: cloud, name: mini,"
        " price: { input_per_1m: 0.15, output_per_1m: 0.6 } }\n"
        "  - alias: org/slow-model\n    deployments:\n"
        "      - { provider: fake, model: slow-600, side: cloud, name: slow,"
        " price: { input_per_1m: 0.15, output_per_1m: 0.6 } }\n" +
        ledger_.yaml();
    gw_.start(yaml, fake_env);
  }
  void TearDown() override {
    gw_.stop();
    upstream_.shutdown();
  }

  std::vector<ledger::RequestRecord> ledger_records() { return gw_.ledger_records(ledger_.path()); }

  TestResponse get(const std::string& target) { return gw_.get(target); }

  FakeOpenAIUpstream upstream_;
  testing::TempLedger ledger_{"switchyard-fidelity"};
  testing::LoopbackGateway gw_;
};

TEST_F(FidelityTest, LogprobsAndServiceTierReachTheClient) {
  TestResponse r = post_json(
      gw_.port(), "/v1/chat/completions",
      R"({"model":"gpt-4o-mini","logprobs":true,"service_tier":"flex","messages":[{"role":"user","content":"two words"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed a(r.body);
  EXPECT_EQ(str(a["/service_tier"]), "flex");
  EXPECT_EQ(str(a["/choices/0/message/content"]), "echo: two words");
  const dom::array tokens = a["/choices/0/logprobs/content"];
  ASSERT_EQ(tokens.size(), 3u) << r.body;  // one per word piece
  EXPECT_EQ(str(a["/choices/0/logprobs/content/0/token"]), "echo: ");
  EXPECT_DOUBLE_EQ(double(a["/choices/0/logprobs/content/0/logprob"]), -1.25e-05);
  EXPECT_EQ(dom::array(a["/choices/0/logprobs/content/2/bytes"]).size(), 5u);  // "words"
  // As the upstream spelled the number.
  EXPECT_NE(r.body.find(R"("logprob":-1.25e-05)"), std::string::npos) << r.body;

  // Without the ask there are none, as from OpenAI.
  r = post_json(gw_.port(), "/v1/chat/completions",
                R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed plain(r.body);
  EXPECT_TRUE(plain["/choices/0/logprobs"].is_null());
  EXPECT_FALSE(plain.has("/service_tier"));
}

TEST_F(FidelityTest, EveryStreamChunkKeepsItsLogprobs) {
  TestResponse r = post_json(
      gw_.port(), "/v1/chat/completions",
      R"({"model":"gpt-4o-mini","stream":true,"logprobs":true,"service_tier":"default","messages":[{"role":"user","content":"alpha beta"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  std::string text;
  std::string tokens;
  std::size_t chunks = 0;
  for (const std::string& data : sse_payloads(r.body)) {
    const Parsed c(data);
    ++chunks;
    EXPECT_EQ(str(c["/service_tier"]), "default") << data;
    if (!c.has("/choices/0/delta/content") || str(c["/choices/0/delta/content"]).empty()) continue;
    text += str(c["/choices/0/delta/content"]);
    ASSERT_TRUE(c.has("/choices/0/logprobs/content/0/token")) << data;
    tokens += str(c["/choices/0/logprobs/content/0/token"]);
  }
  EXPECT_GT(chunks, 3u);
  EXPECT_EQ(text, "echo: alpha beta");
  EXPECT_EQ(tokens, text);  // each piece came with its own logprobs
}

TEST_F(FidelityTest, ModelsRetrieveServesEachAlias) {
  for (const char* target :
       {"/v1/models/gpt-4o-mini", "/models/gpt-4o-mini", "/v1/models/org/slow-model",
        "/v1/models/org%2Fslow-model", "/v1/models/gpt-4o-mini?x=1"}) {
    TestResponse r = get(target);
    ASSERT_EQ(r.status, 200u) << target << ": " << r.body;
    const Parsed m(r.body);
    const std::string_view want = std::string_view(target).find("slow") != std::string_view::npos
                                      ? "org/slow-model"
                                      : "gpt-4o-mini";
    EXPECT_EQ(str(m["/id"]), want) << target;
    EXPECT_EQ(str(m["/object"]), "model");
    EXPECT_TRUE(m["/created"].is_int64());
    EXPECT_EQ(str(m["/owned_by"]), "switchyard");
    EXPECT_FALSE(r.header("x-request-id").empty());
  }
}

TEST_F(FidelityTest, ModelsRetrieveOfAnUnknownModelIsOpenAIs404) {
  for (const char* target : {"/v1/models/gpt-5", "/v1/models/org/other", "/v1/models/"}) {
    TestResponse r = get(target);
    ASSERT_EQ(r.status, 404u) << target << ": " << r.body;
    const Parsed e(r.body);
    EXPECT_EQ(str(e["/error/type"]), "invalid_request_error") << r.body;
    EXPECT_EQ(str(e["/error/code"]), "model_not_found") << r.body;
    EXPECT_TRUE(e["/error/param"].is_null());
    EXPECT_NE(str(e["/error/message"]).find("/v1/models"), std::string_view::npos);
  }
  TestResponse r = post_json(gw_.port(), "/v1/models/gpt-4o-mini", "{}");
  EXPECT_EQ(r.status, 405u) << r.body;
  EXPECT_EQ(r.header("allow"), "GET");
}

// Sends a streamed request, reads until `events` SSE events have arrived,
// then drops the connection (RST), as a client that gives up does.
void read_part_then_close(std::uint16_t port, const std::string& body, int events) {
  namespace net = http::net;
  net::io_context ioc;
  http::tcp::socket s(ioc);
  s.connect(http::tcp::endpoint(net::ip::make_address("127.0.0.1"), port));
  const std::string request =
      "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
      "Content-Type: application/json\r\nContent-Length: " +
      std::to_string(body.size()) + "\r\n\r\n" + body;
  net::write(s, net::buffer(request));
  std::string got;
  char buf[4096];
  std::size_t seen = 0;
  while (seen < static_cast<std::size_t>(events)) {
    boost::system::error_code ec;
    const std::size_t n = s.read_some(net::buffer(buf), ec);
    ASSERT_FALSE(ec) << ec.message() << "\n" << got;
    got.append(buf, n);
    seen = 0;
    for (std::size_t at = 0; (at = got.find("data: {", at)) != std::string::npos; ++at) ++seen;
  }
  s.set_option(net::socket_base::linger(true, 0));
  s.close();
}

TEST_F(FidelityTest, AStreamTheClientClosesIsRecordedWithItsTokensAndCost) {
  std::string words;
  for (int i = 0; i < 60; ++i) words += " word" + std::to_string(i);
  const std::string body = R"({"model":"org/slow-model","stream":true,"messages":[)"
                           R"({"role":"user","content":"please repeat)" +
                           words + R"("}]})";
  read_part_then_close(gw_.port(), body, 4);  // the role chunk and three words

  // The gateway notices on its next write and stops the upstream. (The
  // upstream sends a word every 60 ms: the ~30 words still to come keep it
  // streaming for ~2 s after the close, however late this thread runs.)
  std::vector<ledger::RequestRecord> records;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (records.empty() && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    records = ledger_records();
  }
  ASSERT_EQ(records.size(), 1u);
  const ledger::RequestRecord& rec = records[0];
  EXPECT_EQ(rec.status, 499) << "tokens " << rec.completion_tokens << "+" << rec.prompt_tokens
                             << " us " << rec.duration_us;
  EXPECT_EQ(rec.deployment, "slow");
  // At least the three words read, never more than the answer has (63 words).
  EXPECT_GE(rec.completion_tokens, 3);
  EXPECT_LT(rec.completion_tokens, 63);
  EXPECT_GT(rec.prompt_tokens, 0);  // estimated from the text sent
  EXPECT_GT(rec.cost_usd, 0.0);
  const double expected_cost = (static_cast<double>(rec.prompt_tokens) * 0.15 +
                                static_cast<double>(rec.completion_tokens) * 0.6) /
                               1e6;
  EXPECT_DOUBLE_EQ(rec.cost_usd, expected_cost);
}

TEST_F(FidelityTest, AStreamReadToTheEndIsStillA200WithTheUpstreamsUsage) {
  TestResponse r = post_json(
      gw_.port(), "/v1/chat/completions",
      R"({"model":"gpt-4o-mini","stream":true,"messages":[{"role":"user","content":"one two three"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  const auto records = ledger_records();
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].status, 200);
  EXPECT_EQ(records[0].completion_tokens, 4);  // the fake counts words: "echo: one two three"
  EXPECT_EQ(records[0].prompt_tokens, 6);      // 3 per message + 3 words
}

}  // namespace
}  // namespace switchyard::gateway
