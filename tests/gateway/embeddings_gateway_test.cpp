// POST /v1/embeddings through the whole gateway: two fake upstreams stand for
// a local server and a cloud API (the cloud one records every body it gets).
// Embeddings take chat's pipeline: the privacy stage classes every input,
// restricted inputs never reach the cloud (not on retry, not on fallback),
// confidential ones reach it redacted, failures retry and fall back, every
// request leaves one ledger record, and the response carries the headers.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <cmath>
#include <string>
#include <vector>

#include "fakes/fake_openai_upstream.hpp"
#include "support/error_body.hpp"
#include "support/json_compare.hpp"
#include "support/loopback_gateway.hpp"
#include "support/temp_ledger.hpp"
#include "switchyard/api/openai/embeddings_codec.hpp"

namespace switchyard::gateway {
namespace {

using testing::FakeOpenAIUpstream;
using testing::JsonEq;
using testing::parse_error;
using testing::Parsed;
using testing::str;
using testing::TestResponse;
namespace dom = simdjson::dom;

const char* fake_env(const char* name) {
  return std::string_view(name) == "CLOUD_KEY" ? "sk-cloud-secret" : nullptr;
}

// A valid-looking SSN with its cue word. (The detector deliberately ignores
// published examples such as 123-45-6789 and 078-05-1120, which appear in
// documentation everywhere.)
const std::string kSsnText = "Employee SSN 536-22-8146 for the payroll file";
const std::string kEmailText = "Contact jane.doe@example.com about the invoice";

std::string embed_body(const std::string& model, const std::string& input_json,
                       const std::string& extra = {}) {
  return R"({"model":")" + model + R"(","input":)" + input_json + extra + "}";
}

std::string quoted(const std::string& s) {
  return "\"" + s + "\"";
}

// The vectors of an embeddings answer (numbers or base64) and its usage.
struct Answer {
  std::vector<std::vector<float>> vectors;
  std::string model;
  std::int64_t prompt_tokens = -1;
  std::int64_t total_tokens = -1;
  std::string object;
};

Answer parse_answer(const std::string& body) {
  Answer a;
  dom::parser p;
  dom::element root;
  if (p.parse(body).get(root)) {
    ADD_FAILURE() << "not JSON: " << body;
    return a;
  }
  a.object = std::string(std::string_view(root["object"]));
  a.model = std::string(std::string_view(root["model"]));
  a.prompt_tokens = int64_t(root["usage"]["prompt_tokens"]);
  a.total_tokens = int64_t(root["usage"]["total_tokens"]);
  std::int64_t expected_index = 0;
  for (dom::element item : dom::array(root["data"])) {
    EXPECT_EQ(std::string_view(item["object"]), "embedding");
    EXPECT_EQ(int64_t(item["index"]), expected_index++);
    dom::element e = item["embedding"];
    if (e.is_string()) {
      auto v = api::openai::decode_float32_base64(std::string_view(e));
      EXPECT_TRUE(v) << body;
      a.vectors.push_back(v.value_or(std::vector<float>{}));
    } else {
      auto& v = a.vectors.emplace_back();
      for (dom::element x : dom::array(e)) v.push_back(static_cast<float>(double(x)));
    }
  }
  return a;
}

// The text inputs of an embeddings request an upstream received (one string
// or an array of them).
std::vector<std::string> inputs_of(const std::string& request_body) {
  const Parsed sent(request_body);
  std::vector<std::string> out;
  if (!sent.has("/input")) return out;
  const dom::element input = sent["/input"];
  if (input.is_string()) {
    out.emplace_back(str(input));
  } else if (input.is_array()) {
    for (dom::element x : dom::array(input))
      out.emplace_back(x.is_string() ? str(x) : simdjson::minify(x));
  }
  return out;
}

class EmbeddingsGatewayTest : public ::testing::Test {
 protected:
  void SetUp() override {
    local_.start();
    cloud_.start();
  }
  void TearDown() override {
    gw_.stop();
    local_.shutdown();
    cloud_.shutdown();
  }

  void start(const std::string& extra = {}) {
    const std::string yaml =
        testing::loopback_server_yaml(2) +
        "providers:\n"
        "  - { name: local, kind: openai_compatible, base_url: '" +
        local_.base_url() + "/v1' }\n" + "  - { name: cloud, kind: openai_compatible, base_url: '" +
        cloud_.base_url() + "/v1', api_key_env: CLOUD_KEY }\n" +
        "models:\n"
        "  - alias: embed-cloud\n    deployments:\n"
        "      - { provider: cloud, model: text-embedding-3-small, side: cloud, name: cloud-embed,"
        " price: { input_per_1m: 20000 } }\n"
        "  - alias: embed-hybrid\n    deployments:\n"
        "      - { provider: cloud, model: text-embedding-3-small, side: cloud, name: cloud-embed,"
        " price: { input_per_1m: 20000 } }\n"
        "      - { provider: local, model: nomic-embed, side: local, name: local-embed }\n"
        "  - alias: embed-fallback\n    deployments:\n"
        "      - { provider: local, model: error-500, side: local, name: local-500 }\n"
        "      - { provider: cloud, model: text-embedding-3-small, side: cloud, name: cloud-embed,"
        " price: { input_per_1m: 20000 } }\n"
        "  - alias: embed-local-broken\n    deployments:\n"
        "      - { provider: local, model: error-503, side: local, name: local-503 }\n"
        "      - { provider: cloud, model: text-embedding-3-small, side: cloud, name: cloud-embed,"
        " price: { input_per_1m: 20000 } }\n"
        "  - alias: embed-bad-upstream\n    deployments:\n"
        "      - { provider: cloud, model: error-400, side: cloud, name: cloud-400 }\n"
        "      - { provider: local, model: nomic-embed, side: local, name: local-embed }\n" +
        extra +
        "routing:\n  retry: { max_attempts: 2, initial_backoff_ms: 1, max_backoff_ms: 2 }\n" +
        ledger_.yaml();
    gw_.start(yaml, fake_env, "embeddings.yaml");
  }

  TestResponse post(const std::string& body,
                    std::vector<std::pair<std::string, std::string>> h = {}) {
    return gw_.post("/v1/embeddings", body, std::move(h));
  }

  std::string bodies(const FakeOpenAIUpstream& f) const {
    std::string all;
    for (const auto& r : f.requests()) all += r.body + "\n";
    return all;
  }

  // Every record, with the hash chain checked.
  std::vector<ledger::RequestRecord> records() {
    return gw_.ledger_records(ledger_.path(), testing::ChainCheck::expect_intact);
  }

  FakeOpenAIUpstream local_;
  FakeOpenAIUpstream cloud_;
  testing::TempLedger ledger_{"switchyard-embeddings"};
  testing::LoopbackGateway gw_;
};

TEST_F(EmbeddingsGatewayTest, CloudEmbeddingsInOpenAIsFormatWithRouteHeaders) {
  start();
  auto r = post(embed_body("embed-cloud", R"(["hello world", "a second input"])"),
                {{"x-request-id", "req-embed-1"}});
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("content-type"), "application/json");
  EXPECT_EQ(r.header("x-request-id"), "req-embed-1");
  EXPECT_EQ(r.header("x-switchyard-deployment"), "cloud-embed");
  EXPECT_EQ(r.header("x-switchyard-side"), "cloud");
  EXPECT_EQ(r.header("x-switchyard-route-reason"), "primary deployment of 'embed-cloud'");
  EXPECT_EQ(r.header("x-switchyard-data-class"), "public");
  EXPECT_EQ(r.header("x-switchyard-redacted"), "false");
  const Answer a = parse_answer(r.body);
  EXPECT_EQ(a.object, "list");
  EXPECT_EQ(a.model, "text-embedding-3-small");
  ASSERT_EQ(a.vectors.size(), 2u);
  for (const auto& v : a.vectors) {
    ASSERT_EQ(v.size(), 8u);  // the fake's default
    double norm = 0;
    for (float x : v) norm += double(x) * x;
    EXPECT_NEAR(norm, 1.0, 1e-5);
  }
  EXPECT_NE(a.vectors[0], a.vectors[1]);
  EXPECT_EQ(a.prompt_tokens, 5);  // the fake counts words
  EXPECT_EQ(a.total_tokens, 5);

  // What reached the cloud: the upstream model name, the key, the inputs.
  ASSERT_EQ(cloud_.request_count(), 1u);
  const auto sent = cloud_.requests()[0];
  EXPECT_EQ(sent.path, "/v1/embeddings");
  EXPECT_EQ(sent.authorization, "Bearer sk-cloud-secret");
  const Parsed sent_json(sent.body);
  EXPECT_EQ(str(sent_json["/model"]), "text-embedding-3-small") << sent.body;
  EXPECT_TRUE(JsonEq(simdjson::minify(sent_json["/input"]), R"(["hello world","a second input"])"))
      << sent.body;

  // The same input gets the same vector.
  auto again = post(embed_body("embed-cloud", R"("hello world")"));
  ASSERT_EQ(again.status, 200u);
  EXPECT_EQ(parse_answer(again.body).vectors.at(0), a.vectors[0]);
}

TEST_F(EmbeddingsGatewayTest, Base64AndDimensionsPassThrough) {
  start();
  auto floats = post(embed_body("embed-cloud", R"("some text")", R"(,"dimensions":16)"));
  auto b64 = post(embed_body("embed-cloud", R"("some text")",
                             R"(,"dimensions":16,"encoding_format":"base64")"));
  ASSERT_EQ(floats.status, 200u) << floats.body;
  ASSERT_EQ(b64.status, 200u) << b64.body;
  EXPECT_TRUE(Parsed(b64.body)["/data/0/embedding"].is_string()) << "base64 strings expected";
  const Answer f = parse_answer(floats.body);
  const Answer b = parse_answer(b64.body);
  ASSERT_EQ(f.vectors.size(), 1u);
  EXPECT_EQ(f.vectors[0].size(), 16u);
  EXPECT_EQ(b.vectors, f.vectors);  // bit for bit
  ASSERT_EQ(cloud_.request_count(), 2u);
  for (const auto& sent : cloud_.requests()) {
    const Parsed j(sent.body);
    EXPECT_TRUE(j.has("/dimensions") && j["/dimensions"].is_int64() &&
                int64_t(j["/dimensions"]) == 16)
        << sent.body;
  }
}

TEST_F(EmbeddingsGatewayTest, FallsBackToTheNextDeploymentOn500) {
  start();
  auto r = post(embed_body("embed-fallback", R"(["one", "two"])"));
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "cloud-embed");
  EXPECT_EQ(r.header("x-switchyard-side"), "cloud");
  EXPECT_NE(r.header("x-switchyard-route-reason").find("after local-500 failed: HTTP 500"),
            std::string::npos)
      << r.header("x-switchyard-route-reason");
  EXPECT_EQ(local_.request_count(), 2u);  // retried once, then fell back
  EXPECT_EQ(cloud_.request_count(), 1u);
  EXPECT_EQ(parse_answer(r.body).vectors.size(), 2u);
}

TEST_F(EmbeddingsGatewayTest, AnUpstreamRejectionOfTheRequestGoesBackToTheClient) {
  start();
  auto r = post(embed_body("embed-bad-upstream", R"("x")"));
  EXPECT_EQ(r.status, 400u) << r.body;
  EXPECT_TRUE(parse_error(r.body).says("Simulated bad request")) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "cloud-400");
  EXPECT_EQ(local_.request_count(), 0u) << "a malformed request would fail everywhere";
}

TEST_F(EmbeddingsGatewayTest, RestrictedInputWithOnlyACloudDeploymentIsRefusedAndSentNowhere) {
  start();
  auto r = post(embed_body("embed-cloud", "[\"harmless\", " + quoted(kSsnText) + "]"));
  EXPECT_EQ(r.status, 503u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-data-class"), "restricted");
  const auto e = parse_error(r.body);
  EXPECT_EQ(e.type, "no_permitted_deployment") << r.body;
  EXPECT_TRUE(e.says("US_SSN")) << r.body;
  EXPECT_EQ(r.body.find("536-22-8146"), std::string::npos) << "the error repeats the value";
  EXPECT_EQ(cloud_.request_count(), 0u);
  EXPECT_EQ(local_.request_count(), 0u);
}

TEST_F(EmbeddingsGatewayTest, RestrictedInputSkipsTheCloudAndNeverFallsBackToIt) {
  start();
  auto r = post(embed_body("embed-hybrid", quoted(kSsnText)));
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-side"), "local");
  EXPECT_EQ(r.header("x-switchyard-data-class"), "restricted");
  EXPECT_EQ(cloud_.request_count(), 0u);
  ASSERT_EQ(local_.request_count(), 1u);
  EXPECT_EQ(inputs_of(local_.requests()[0].body), std::vector<std::string>{kSsnText})
      << "local deployments get the text as it is: " << local_.requests()[0].body;

  auto broken = post(embed_body("embed-local-broken", quoted(kSsnText)));
  EXPECT_EQ(broken.status, 503u) << broken.body;
  EXPECT_EQ(broken.header("x-switchyard-side"), "local");
  EXPECT_EQ(cloud_.request_count(), 0u);
}

TEST_F(EmbeddingsGatewayTest, DeclaredAndRouteClassesApply) {
  start(
      "  - alias: embed-hr\n    data_class: restricted\n    deployments:\n"
      "      - { provider: cloud, model: text-embedding-3-small, side: cloud, name: cloud-embed "
      "}\n");
  auto declared = post(embed_body("embed-cloud", R"("plain text")"),
                       {{"x-switchyard-data-class", "restricted"}});
  EXPECT_EQ(declared.status, 503u) << declared.body;
  auto route = post(embed_body("embed-hr", R"("plain text")"));
  EXPECT_EQ(route.status, 503u) << route.body;
  EXPECT_TRUE(parse_error(route.body).says("route default")) << route.body;
  auto bad = post(embed_body("embed-cloud", R"("x")"), {{"x-switchyard-data-class", "secret"}});
  EXPECT_EQ(bad.status, 400u);
  EXPECT_EQ(parse_error(bad.body).param, "x-switchyard-data-class") << bad.body;
  EXPECT_EQ(cloud_.request_count(), 0u);
}

TEST_F(EmbeddingsGatewayTest, TokenInputCannotBeInspectedSoItStaysLocal) {
  start();
  auto cloud_only = post(embed_body("embed-cloud", "[[101, 2023], [4]]"));
  EXPECT_EQ(cloud_only.status, 503u) << cloud_only.body;
  EXPECT_TRUE(parse_error(cloud_only.body).says("token ids")) << cloud_only.body;
  auto hybrid = post(embed_body("embed-hybrid", "[101, 2023, 102]"));
  ASSERT_EQ(hybrid.status, 200u) << hybrid.body;
  EXPECT_EQ(hybrid.header("x-switchyard-side"), "local");
  EXPECT_EQ(hybrid.header("x-switchyard-data-class"), "restricted");
  EXPECT_EQ(cloud_.request_count(), 0u);
  ASSERT_EQ(local_.request_count(), 1u);
  const Parsed sent(local_.requests()[0].body);
  EXPECT_TRUE(JsonEq(simdjson::minify(sent["/input"]), "[101,2023,102]"))
      << local_.requests()[0].body;
}

TEST_F(EmbeddingsGatewayTest, ConfidentialInputReachesTheCloudRedacted) {
  start();
  auto r = post(embed_body("embed-cloud", "[\"nothing here\", " + quoted(kEmailText) + "]"));
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-data-class"), "confidential");
  EXPECT_EQ(r.header("x-switchyard-redacted"), "true");
  const std::string sent = bodies(cloud_);
  EXPECT_EQ(sent.find("jane.doe@example.com"), std::string::npos) << sent;
  ASSERT_GE(cloud_.request_count(), 1u);
  EXPECT_EQ(
      inputs_of(cloud_.requests()[0].body),
      (std::vector<std::string>{"nothing here", "Contact [EMAIL_ADDRESS_1] about the invoice"}))
      << sent;
  EXPECT_EQ(parse_answer(r.body).vectors.size(), 2u);

  // Served locally, the same input is embedded as it is.
  auto local = post(embed_body("embed-local-broken", quoted(kEmailText)),
                    {{"x-switchyard-data-class", "confidential"}});
  EXPECT_EQ(local.header("x-switchyard-side"), "cloud");  // local-503 failed, cloud allowed
  EXPECT_EQ(local.header("x-switchyard-redacted"), "true");
  ASSERT_GE(local_.request_count(), 1u);
  EXPECT_EQ(inputs_of(local_.requests()[0].body), std::vector<std::string>{kEmailText})
      << local_.requests()[0].body;
}

TEST_F(EmbeddingsGatewayTest, EveryRequestLeavesOneLedgerRecordAndTheChainHolds) {
  start();
  ASSERT_EQ(post(embed_body("embed-cloud", R"(["alpha beta", "gamma"])")).status, 200u);
  ASSERT_EQ(post(embed_body("embed-cloud", quoted(kSsnText))).status, 503u);
  ASSERT_EQ(post(embed_body("embed-cloud", R"("")")).status, 400u);
  ASSERT_EQ(post(embed_body("no-such-model", R"("x")")).status, 404u);
  ASSERT_EQ(post(embed_body("embed-cloud", quoted(kEmailText))).status, 200u);
  const auto recs = records();
  ASSERT_EQ(recs.size(), 5u);

  EXPECT_EQ(recs[0].model, "embed-cloud");
  EXPECT_EQ(recs[0].status, 200);
  EXPECT_EQ(recs[0].deployment, "cloud-embed");
  EXPECT_EQ(recs[0].side, "cloud");
  EXPECT_EQ(recs[0].data_class, "public");
  EXPECT_EQ(recs[0].prompt_tokens, 3);
  EXPECT_EQ(recs[0].completion_tokens, 0);
  EXPECT_NEAR(recs[0].cost_usd, 3 * 20000 / 1e6, 1e-12);
  EXPECT_NE(recs[0].plan.find("cloud-embed: primary deployment"), std::string::npos);

  EXPECT_EQ(recs[1].status, 503);
  EXPECT_EQ(recs[1].data_class, "restricted");
  EXPECT_EQ(recs[1].class_reason, "finding US_SSN");
  EXPECT_EQ(recs[1].deployment, "");
  EXPECT_NE(recs[1].plan.find("not permitted for restricted data"), std::string::npos);

  EXPECT_EQ(recs[2].status, 400);
  EXPECT_EQ(recs[2].data_class, "unclassified");
  EXPECT_EQ(recs[3].status, 404);
  EXPECT_EQ(recs[3].model, "no-such-model");

  EXPECT_EQ(recs[4].data_class, "confidential");
  EXPECT_TRUE(recs[4].redacted);
  bool has_email = false;
  for (const auto& [type, n] : recs[4].entities) has_email |= type == "EMAIL_ADDRESS" && n == 1;
  EXPECT_TRUE(has_email);
}

TEST_F(EmbeddingsGatewayTest, ClientErrorsAreOpenAIErrorObjects) {
  start();
  auto empty = post(embed_body("embed-cloud", "[]"));
  EXPECT_EQ(empty.status, 400u);
  const auto e = parse_error(empty.body);
  EXPECT_EQ(e.type, "invalid_request_error") << empty.body;
  EXPECT_EQ(e.param, "input") << empty.body;
  EXPECT_FALSE(empty.header("x-request-id").empty());

  auto unknown = post(embed_body("nope", R"("x")"));
  EXPECT_EQ(unknown.status, 404u);
  const auto not_found = parse_error(unknown.body);
  EXPECT_EQ(not_found.code, "model_not_found") << unknown.body;
  EXPECT_TRUE(not_found.says("embed-cloud")) << "lists the configured models: " << unknown.body;

  auto get = gw_.get("/v1/embeddings");
  EXPECT_EQ(get.status, 405u);
  EXPECT_EQ(get.header("allow"), "POST");

  auto bare = gw_.post("/embeddings", embed_body("embed-cloud", R"("x")"));
  EXPECT_EQ(bare.status, 200u) << "the path without /v1 works too, as for chat";
  EXPECT_EQ(cloud_.request_count(), 1u);
}

TEST_F(EmbeddingsGatewayTest, ChatAndModelsStillWork) {
  start();
  auto models = gw_.get("/v1/models");
  ASSERT_EQ(models.status, 200u);
  bool listed = false;
  const Parsed list(models.body);  // outlives the loop: the array points into it
  for (dom::element m : dom::array(list["/data"])) listed |= str(m["id"]) == "embed-hybrid";
  EXPECT_TRUE(listed) << models.body;
  auto chat = gw_.post("/v1/chat/completions",
                       R"({"model":"embed-cloud","messages":[{"role":"user","content":"hi"}]})");
  EXPECT_EQ(chat.status, 200u) << chat.body;
}

}  // namespace
}  // namespace switchyard::gateway
