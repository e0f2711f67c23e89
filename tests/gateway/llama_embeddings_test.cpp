// POST /v1/embeddings served by the in-process engine (provider kind llama,
// `embeddings: true`) with a tiny random-weight model: the vectors are noise,
// so the tests check their size (the model's n_embd), order, determinism,
// usage, encodings and the errors a client can act on.
#ifdef SWITCHYARD_HAVE_LLAMA

#include <gtest/gtest.h>
#include <simdjson.h>

#include <cmath>
#include <string>
#include <vector>

#include "support/error_body.hpp"
#include "support/loopback_gateway.hpp"
#include "support/temp_ledger.hpp"
#include "support/tiny_model.hpp"
#include "switchyard/api/openai/embeddings_codec.hpp"

namespace switchyard::gateway {
namespace {

using testing::parse_error;
using testing::TestResponse;
namespace dom = simdjson::dom;

const int kDims = local::testing::tiny_spec().n_embd;

struct Answer {
  std::vector<std::vector<float>> vectors;
  std::string model;
  std::int64_t prompt_tokens = -1;
  std::int64_t total_tokens = -1;
};

Answer parse_answer(const std::string& body) {
  Answer a;
  dom::parser p;
  dom::element root;
  if (p.parse(body).get(root)) {
    ADD_FAILURE() << "not JSON: " << body;
    return a;
  }
  a.model = std::string(std::string_view(root["model"]));
  a.prompt_tokens = int64_t(root["usage"]["prompt_tokens"]);
  a.total_tokens = int64_t(root["usage"]["total_tokens"]);
  std::int64_t index = 0;
  for (dom::element item : dom::array(root["data"])) {
    EXPECT_EQ(int64_t(item["index"]), index++);
    dom::element e = item["embedding"];
    if (e.is_string()) {
      a.vectors.push_back(
          api::openai::decode_float32_base64(std::string_view(e)).value_or(std::vector<float>{}));
    } else {
      auto& v = a.vectors.emplace_back();
      for (dom::element x : dom::array(e)) v.push_back(static_cast<float>(double(x)));
    }
  }
  return a;
}

::testing::AssertionResult Close(const std::vector<float>& a, const std::vector<float>& b) {
  if (a.size() != b.size())
    return ::testing::AssertionFailure() << "sizes " << a.size() << " and " << b.size();
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::fabs(a[i] - b[i]) > 1e-6f)
      return ::testing::AssertionFailure() << "component " << i << ": " << a[i] << " vs " << b[i];
  return ::testing::AssertionSuccess();
}

class LlamaEmbeddingsTest : public ::testing::Test {
 protected:
  void TearDown() override { gw_.stop(); }

  void start(const std::string& server_extra = {}) {
    const std::string model = local::testing::tiny_model_path();
    const std::string engine_settings =
        "    model_path: " + model +
        "\n    context_size: 64\n    threads: 1\n    parallel: 1\n    batch_size: 64\n";
    const std::string yaml = testing::loopback_server_yaml() + server_extra +
                             "providers:\n"
                             "  - name: embedder\n    kind: llama\n    embeddings: true\n" +
                             engine_settings + "  - name: chatter\n    kind: llama\n" +
                             engine_settings +
                             "models:\n"
                             "  - alias: local-embed\n    deployments:\n"
                             "      - { provider: embedder, model: tiny-embed, side: local }\n"
                             "  - alias: chat-only\n    deployments:\n"
                             "      - { provider: chatter, model: tiny-chat, side: local }\n"
                             "  - alias: chat-then-embed\n    deployments:\n"
                             "      - { provider: chatter, model: tiny-chat, side: local }\n"
                             "      - { provider: embedder, model: tiny-embed, side: local }\n" +
                             ledger_.yaml();
    gw_.start(yaml);
  }

  TestResponse embed(const std::string& input_json, const std::string& extra = {},
                     const std::string& model = "local-embed") {
    return gw_.post("/v1/embeddings",
                    R"({"model":")" + model + R"(","input":)" + input_json + extra + "}");
  }

  Answer embed_ok(const std::string& input_json, const std::string& extra = {}) {
    TestResponse r = embed(input_json, extra);
    EXPECT_EQ(r.status, 200u) << r.body;
    return parse_answer(r.body);
  }

  testing::TempLedger ledger_{"switchyard-llama-embed"};
  testing::LoopbackGateway gw_;
};

TEST_F(LlamaEmbeddingsTest, VectorsHaveTheModelsDimensionAndUnitLength) {
  start();
  TestResponse r = embed(R"("hello there")");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-side"), "local");
  EXPECT_EQ(r.header("x-switchyard-deployment"), "embedder/tiny-embed");
  EXPECT_EQ(r.header("x-switchyard-data-class"), "public");
  const Answer a = parse_answer(r.body);
  EXPECT_EQ(a.model, "tiny-embed");
  ASSERT_EQ(a.vectors.size(), 1u);
  ASSERT_EQ(a.vectors[0].size(), static_cast<std::size_t>(kDims));
  double norm = 0;
  for (float x : a.vectors[0]) norm += double(x) * x;
  EXPECT_NEAR(norm, 1.0, 1e-4);
  // "hello there" is BOS + at least two tokens.
  EXPECT_GE(a.prompt_tokens, 3);
  EXPECT_EQ(a.total_tokens, a.prompt_tokens);
}

TEST_F(LlamaEmbeddingsTest, BatchGivesOneVectorPerInputInOrderAndTheSameInputTheSameVector) {
  start();
  const Answer batch = embed_ok(R"(["first text", "a different second text", "first text"])");
  ASSERT_EQ(batch.vectors.size(), 3u);
  EXPECT_EQ(batch.vectors[0], batch.vectors[2]);
  EXPECT_NE(batch.vectors[0], batch.vectors[1]);
  const Answer first = embed_ok(R"("first text")");
  const Answer second = embed_ok(R"("a different second text")");
  EXPECT_EQ(first.vectors.at(0), batch.vectors[0]);
  EXPECT_EQ(second.vectors.at(0), batch.vectors[1]);
  EXPECT_EQ(batch.prompt_tokens, 2 * first.prompt_tokens + second.prompt_tokens);
}

TEST_F(LlamaEmbeddingsTest, Base64GivesTheSameVectors) {
  start();
  const Answer floats = embed_ok(R"(["one", "two"])");
  const Answer b64 = embed_ok(R"(["one", "two"])", R"(,"encoding_format":"base64")");
  ASSERT_EQ(b64.vectors.size(), 2u);
  EXPECT_TRUE(Close(b64.vectors[0], floats.vectors[0]));
  EXPECT_TRUE(Close(b64.vectors[1], floats.vectors[1]));
}

TEST_F(LlamaEmbeddingsTest, TokenInputIsEmbeddedAsGiven) {
  start();
  const Answer a = embed_ok("[[1, 2, 3], [4, 5]]");
  ASSERT_EQ(a.vectors.size(), 2u);
  EXPECT_EQ(a.vectors[0].size(), static_cast<std::size_t>(kDims));
  EXPECT_EQ(a.prompt_tokens, 5);
  EXPECT_EQ(embed_ok("[1, 2, 3]").vectors.at(0), a.vectors[0]);

  TestResponse bad = embed("[[1], [999999999]]");
  EXPECT_EQ(bad.status, 400u) << bad.body;
  const auto e = parse_error(bad.body);
  EXPECT_EQ(e.param, "input[1]") << bad.body;
  EXPECT_EQ(e.code, "invalid_token") << bad.body;
}

TEST_F(LlamaEmbeddingsTest, DimensionsMustBeTheModelsOwn) {
  start();
  EXPECT_EQ(embed_ok(R"("x")", ",\"dimensions\":" + std::to_string(kDims)).vectors.at(0).size(),
            static_cast<std::size_t>(kDims));
  TestResponse r = embed(R"("x")", R"(,"dimensions":16)");
  EXPECT_EQ(r.status, 400u) << r.body;
  const auto e = parse_error(r.body);
  EXPECT_EQ(e.param, "dimensions") << r.body;
  EXPECT_TRUE(e.says("set it to " + std::to_string(kDims))) << r.body;
}

TEST_F(LlamaEmbeddingsTest, AnInputLongerThanTheContextIsA400NamingIt) {
  start();
  std::string long_text;
  for (int i = 0; i < 70; ++i) long_text += "word" + std::to_string(i) + " ";  // > 64 tokens
  TestResponse r = embed(R"(["short", ")" + long_text + "\"]");
  EXPECT_EQ(r.status, 400u) << r.body;
  const auto e = parse_error(r.body);
  EXPECT_EQ(e.code, "context_length_exceeded") << r.body;
  EXPECT_EQ(e.param, "input[1]") << r.body;
}

TEST_F(LlamaEmbeddingsTest, AProviderWithoutEmbeddingsSaysHowToTurnThemOnAndIsFallenBackFrom) {
  start();
  TestResponse r = embed(R"("x")", "", "chat-only");
  EXPECT_EQ(r.status, 400u) << r.body;
  const auto e = parse_error(r.body);
  EXPECT_EQ(e.code, "embeddings_not_supported") << r.body;
  EXPECT_TRUE(e.says("embeddings: true")) << r.body;

  TestResponse fell_back = embed(R"("x")", "", "chat-then-embed");
  ASSERT_EQ(fell_back.status, 200u) << fell_back.body;
  EXPECT_EQ(fell_back.header("x-switchyard-deployment"), "embedder/tiny-embed");
  EXPECT_NE(fell_back.header("x-switchyard-route-reason").find("after chatter/tiny-chat failed"),
            std::string::npos)
      << fell_back.header("x-switchyard-route-reason");
}

TEST_F(LlamaEmbeddingsTest, ChatStillWorksOnAnEmbeddingProvider) {
  start();
  TestResponse r = gw_.post(
      "/v1/chat/completions",
      R"({"model":"local-embed","messages":[{"role":"user","content":"hi"}],"max_tokens":3})");
  EXPECT_EQ(r.status, 200u) << r.body;
}

TEST_F(LlamaEmbeddingsTest, TheLedgerRecordsEmbeddingsServedLocally) {
  start();
  const Answer a = embed_ok(R"(["alpha", "beta"])");
  const auto records = gw_.ledger_records(ledger_.path());
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].side, "local");
  EXPECT_EQ(records[0].deployment, "embedder/tiny-embed");
  EXPECT_EQ(records[0].status, 200);
  EXPECT_EQ(records[0].prompt_tokens, a.prompt_tokens);
}

TEST_F(LlamaEmbeddingsTest, AJobPastTheDeadlineIsStoppedWithATimeout) {
  start("  request_timeout_ms: 50\n");
  // Far more work than 50 ms: the watchdog stops the job between inputs.
  std::string many = "[";
  for (int i = 0; i < 2000; ++i)
    many += (i ? ",\"" : "\"") + std::string("text number ") + std::to_string(i) +
            " with several more words in it to make the input longer\"";
  many += "]";
  const auto begun = std::chrono::steady_clock::now();
  TestResponse r = embed(many);
  EXPECT_EQ(r.status, 504u) << r.body.substr(0, 300);
  EXPECT_LT(std::chrono::steady_clock::now() - begun, std::chrono::seconds(5));
  // The engine is free again.
  EXPECT_EQ(embed_ok(R"("after")").vectors.size(), 1u);
}

}  // namespace
}  // namespace switchyard::gateway

#endif  // SWITCHYARD_HAVE_LLAMA
