// The prompt_tokens fact counted exactly where the local tokenizer is at
// hand: an alias with a deployment on the in-process engine (the tiny test
// model, Llama 3's BPE vocabulary) counts the prompt with that model's chat
// template and tokenizer when a rule reads the count or the caller's
// tokens-per-minute limit does; otherwise the fact stays the estimate
// (text bytes / 4). Two prompts whose estimate and exact count fall on
// either side of a rule's bound prove which one decides: digits separated
// by spaces take about one token per byte (four times the estimate), a run
// of one letter far fewer than a token per four bytes.
#ifdef SWITCHYARD_HAVE_LLAMA

#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "fakes/fake_openai_upstream.hpp"
#include "support/error_body.hpp"
#include "support/json_compare.hpp"
#include "support/loopback_gateway.hpp"
#include "support/temp_ledger.hpp"
#include "support/tiny_model.hpp"
#include "switchyard/routing/facts.hpp"

namespace switchyard::gateway {
namespace {

using testing::Parsed;
using testing::str;
using testing::TestResponse;

constexpr const char* kAdminKey = "adm-routing-tokens-0123456789abcdef";
constexpr std::int64_t kBound = 100;  // the rule's prompt_tokens: {over: 100}

const char* env(const char* name) {
  return std::string_view(name) == "SWITCHYARD_ADMIN_KEY" ? kAdminKey : nullptr;
}

// "1 2 3 ... ": about a token per byte, so its exact count is far over its
// estimate.
std::string dense_text() {
  std::string t;
  for (int i = 0; t.size() < 200; ++i) t += std::to_string(i % 10) + " ";
  return t;
}
// "xxxx...": a few tokens for many bytes, so its exact count is far under.
std::string sparse_text() {
  return std::string(600, 'x');
}

std::string chat_body(const std::string& text) {
  return R"({"model":"m","max_tokens":1,"messages":[{"role":"user","content":")" + text + R"("}]})";
}

class RoutingTokensTest : public ::testing::Test {
 protected:
  void SetUp() override { upstream_.start(); }
  void TearDown() override {
    gw_.stop();
    upstream_.shutdown();
  }

  // Alias m: the in-process engine first (local), then a cloud deployment
  // on the fake upstream.
  void start(const std::string& routing, bool keys_required = false) {
    gw_.start(testing::loopback_server_yaml() +
                  "providers:\n"
                  "  - name: engine\n    kind: llama\n    model_path: " +
                  local::testing::tiny_model_path() +
                  "\n    context_size: 512\n    threads: 1\n    parallel: 1\n    batch_size: 64\n"
                  "  - { name: cloud, kind: openai_compatible, base_url: " +
                  upstream_.base_url() +
                  "/v1 }\n"
                  "models:\n"
                  "  - alias: m\n    deployments:\n"
                  "      - { name: local-a, provider: engine, model: tiny-llama, side: local }\n"
                  "      - { name: cloud-a, provider: cloud, model: cloud-model, side: cloud }\n"
                  "  - alias: held\n    deployments:\n"
                  "      - { name: held-a, provider: cloud, model: slow-3000, side: cloud }\n"
                  "routing:\n  retry: { max_attempts: 1 }\n" +
                  routing + ledger_.yaml() +
                  "keys:\n  required: " + (keys_required ? "true" : "false") + "\n",
              env);
  }

  // The exact count by the model's tokenizer, as count_tokens answers it
  // (the same chat template and tokenizer, another code path).
  std::int64_t counted(const std::string& text, const std::string& key = {}) {
    std::vector<std::pair<std::string, std::string>> headers;
    if (!key.empty()) headers.emplace_back("authorization", "Bearer " + key);
    TestResponse r =
        gw_.post("/v1/messages/count_tokens",
                 R"({"model":"m","messages":[{"role":"user","content":")" + text + R"("}]})",
                 std::move(headers));
    EXPECT_EQ(r.status, 200u) << r.body;
    return static_cast<std::int64_t>(Parsed(r.body)["/input_tokens"]);
  }

  testing::FakeOpenAIUpstream upstream_{"127.0.0.1", 0, 1};
  testing::TempLedger ledger_{"switchyard-routing-tokens"};
  testing::LoopbackGateway gw_;
};

const std::string kRule =
    "  rules:\n"
    "    - { name: long, when: { prompt_tokens: { over: 100 } }, then: { prefer: cloud } }\n";

TEST_F(RoutingTokensTest, TheExactCountDecidesWhereTheEstimateWouldNot) {
  start(kRule);
  const std::string dense = dense_text();
  const std::string sparse = sparse_text();
  const std::int64_t dense_exact = counted(dense);
  const std::int64_t sparse_exact = counted(sparse);
  // The premise: each prompt's estimate and exact count fall on either
  // side of the bound.
  ASSERT_LE(routing::tokens_for_bytes(dense.size()), kBound);
  ASSERT_GT(dense_exact, kBound);
  ASSERT_GT(routing::tokens_for_bytes(sparse.size()), kBound);
  ASSERT_LE(sparse_exact, kBound);

  // Dense: long by its exact count, so the rule sends it to the cloud.
  TestResponse r =
      gw_.post("/v1/chat/completions", chat_body(dense), {{"x-switchyard-explain", "1"}});
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "cloud-a");
  EXPECT_EQ(
      r.header("x-switchyard-route-reason")
          .rfind("rule 'long' (prompt_tokens=" + std::to_string(dense_exact) + " over 100)", 0),
      0u)
      << r.header("x-switchyard-route-reason");
  EXPECT_NE(r.header("x-switchyard-route-explain")
                .find("prompt_tokens=" + std::to_string(dense_exact) +
                      " (exact: the local model's tokenizer)"),
            std::string::npos)
      << r.header("x-switchyard-route-explain");
  EXPECT_EQ(upstream_.request_count(), 1u);

  // Sparse: long by its estimate, short by its exact count: the engine
  // serves it, and charges exactly the tokens the rule saw.
  r = gw_.post("/v1/chat/completions", chat_body(sparse), {{"x-switchyard-explain", "1"}});
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "local-a");
  EXPECT_NE(r.header("x-switchyard-route-explain")
                .find("rule 'long': no, prompt_tokens=" + std::to_string(sparse_exact) +
                      ", wants over 100"),
            std::string::npos)
      << r.header("x-switchyard-route-explain");
  EXPECT_EQ(static_cast<std::int64_t>(Parsed(r.body)["/usage/prompt_tokens"]), sparse_exact);
  EXPECT_EQ(upstream_.request_count(), 1u);
  const auto records = gw_.ledger_records(ledger_.path());
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].route_rule, "long");
  EXPECT_EQ(records[1].route_rule, "default");
}

TEST_F(RoutingTokensTest, WithoutARuleOnTheCountTheEstimateStays) {
  // No rule reads prompt_tokens and no key has a tokens-per-minute limit:
  // nothing is tokenized, and the explanation says the count is estimated.
  start(
      "  rules:\n"
      "    - { name: other, when: { task: never }, then: { prefer: cloud } }\n");
  const std::string dense = dense_text();
  TestResponse r =
      gw_.post("/v1/chat/completions", chat_body(dense), {{"x-switchyard-explain", "1"}});
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "local-a");
  EXPECT_NE(r.header("x-switchyard-route-explain")
                .find("prompt_tokens=" + std::to_string(routing::tokens_for_bytes(dense.size())) +
                      " (estimate: text bytes / 4)"),
            std::string::npos)
      << r.header("x-switchyard-route-explain");
}

TEST_F(RoutingTokensTest, ATokensPerMinuteLimitReservesTheExactCount) {
  // No rule reads the count, but the key's tpm does: the dense prompt
  // reserves its exact count plus max_tokens, which the bucket cannot give
  // while another request holds most of it; its estimate would fit.
  start("", /*keys_required=*/true);
  auto admin = [&](const std::string& policy) {
    TestResponse k = gw_.request(http::bhttp::verb::post, "/admin/keys", policy,
                                 {{"authorization", std::string("Bearer ") + kAdminKey}});
    EXPECT_EQ(k.status, 201u) << k.body;
    return std::string(str(Parsed(k.body)["/key"]));
  };
  const std::string dense = dense_text();
  const std::int64_t exact = counted(dense, admin(R"({"team":"t"})")) + 1;  // + max_tokens
  const std::int64_t estimate = routing::tokens_for_bytes(dense.size()) + 1;
  // What the held request leaves: room for the estimate, not for the exact
  // count. The bucket refills by tpm / 60 a second; with tpm as below the
  // room stays short of the exact count for the ~30 s after the held
  // request's reservation that the next one has to reach its own.
  const std::int64_t left = estimate + 10;
  const std::int64_t tpm = 2 * (exact - left) - 2;
  ASSERT_GT(exact, left + 50);
  const std::string key = admin(R"({"team":"t","tpm":)" + std::to_string(tpm) + "}");
  const std::vector<std::pair<std::string, std::string>> auth = {
      {"authorization", "Bearer " + key}};
  // Held at the fake for 3 s, reserving "hi" (1 token: its alias has no
  // local tokenizer) and its max_tokens.
  TestResponse held;
  std::thread holder([&] {
    held = gw_.post("/v1/chat/completions",
                    R"({"model":"held","max_tokens":)" + std::to_string(tpm - left - 1) +
                        R"(,"messages":[{"role":"user","content":"hi"}]})",
                    auth);
  });
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (upstream_.request_count() == 0 && std::chrono::steady_clock::now() < give_up)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  TestResponse r = gw_.post("/v1/chat/completions", chat_body(dense), auth);
  holder.join();
  ASSERT_EQ(upstream_.request_count(), 1u) << "the held request never reached the fake";
  ASSERT_EQ(held.status, 200u) << held.body;
  EXPECT_EQ(r.status, 429u) << r.body;
  EXPECT_EQ(testing::parse_error(r.body).code, "tpm_limit_exceeded");
  // The held request settled to what it used: the dense prompt fits now.
  r = gw_.post("/v1/chat/completions", chat_body(dense), auth);
  EXPECT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "local-a");
}

}  // namespace
}  // namespace switchyard::gateway

#endif  // SWITCHYARD_HAVE_LLAMA
