// The privacy guarantee end to end: two fake upstreams stand for a local
// server and a cloud API, and the cloud one records every body it receives.
// Restricted data must never reach it (not on fallback, retry or timeout);
// confidential data reaches it only redacted, and the client gets the
// original values back.
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

#include "fakes/fake_openai_upstream.hpp"
#include "support/error_body.hpp"
#include "support/json_compare.hpp"
#include "support/loopback_gateway.hpp"
#include "support/sse_events.hpp"
#include "support/temp_ledger.hpp"

namespace switchyard::gateway {
namespace {

using testing::FakeOpenAIUpstream;
using testing::JsonEq;
using testing::parse_error;
using testing::Parsed;
using testing::str;
using testing::TestResponse;

const char* fake_env(const char* name) {
  return std::string_view(name) == "CLOUD_KEY" ? "sk-cloud-secret" : nullptr;
}

std::string json_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

std::string chat_body(const std::string& model, const std::string& text, bool stream = false) {
  return R"({"model":")" + model + R"(","messages":[{"role":"user","content":")" +
         json_escape(text) + R"("}])" + (stream ? R"(,"stream":true)" : "") + "}";
}

class PrivacyTest : public ::testing::Test {
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

  void start(const std::string& models, const std::string& extra = {}) {
    const std::string yaml =
        testing::loopback_server_yaml(2) +
        "providers:\n"
        "  - { name: local, kind: openai_compatible, base_url: '" +
        local_.base_url() + "/v1', timeout_ms: 60 }\n" +
        "  - { name: cloud, kind: openai_compatible, base_url: '" + cloud_.base_url() +
        "/v1', api_key_env: CLOUD_KEY }\n" + "models:\n" + models +
        "routing:\n  retry: { max_attempts: 2, initial_backoff_ms: 1, max_backoff_ms: 2 }\n" +
        ledger_.yaml() + extra;
    gw_.start(yaml, fake_env, "privacy.yaml");
  }

  TestResponse post(const std::string& body,
                    std::vector<std::pair<std::string, std::string>> h = {}) {
    return gw_.post("/v1/chat/completions", body, std::move(h));
  }

  std::string cloud_bodies() const {
    std::string all;
    for (const auto& r : cloud_.requests()) all += r.body + "\n";
    return all;
  }

  FakeOpenAIUpstream local_;
  FakeOpenAIUpstream cloud_;
  testing::TempLedger ledger_{"switchyard-privacy"};
  testing::LoopbackGateway gw_;
};

// Local first, cloud as the fallback.
const std::string kHybrid =
    "  - alias: hybrid\n    deployments:\n"
    "      - { provider: local, model: gpt-4o-mini, side: local, name: local-ok }\n"
    "      - { provider: cloud, model: gpt-4o-mini, side: cloud, name: cloud }\n"
    "  - alias: cloud-first\n    deployments:\n"
    "      - { provider: cloud, model: gpt-4o-mini, side: cloud, name: cloud }\n"
    "      - { provider: local, model: gpt-4o-mini, side: local, name: local-ok }\n"
    "  - alias: cloud-only\n    deployments:\n"
    "      - { provider: cloud, model: gpt-4o-mini, side: cloud, name: cloud }\n"
    "  - alias: local-broken\n    deployments:\n"
    "      - { provider: local, model: error-500, side: local, name: local-500 }\n"
    "      - { provider: cloud, model: gpt-4o-mini, side: cloud, name: cloud }\n";

const std::string kSsnText = "My SSN is 536-22-8146, please file the form.";
const std::string kEmailText = "Please write to jane.doe@example.com about the invoice.";

TEST_F(PrivacyTest, RestrictedDataSkipsTheCloudEvenWhenItIsFirst) {
  start(kHybrid);
  auto r = post(chat_body("cloud-first", kSsnText));
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-side"), "local");
  EXPECT_EQ(r.header("x-switchyard-data-class"), "restricted");
  EXPECT_EQ(r.header("x-switchyard-redacted"), "false");
  EXPECT_EQ(cloud_.request_count(), 0u);
  EXPECT_EQ(local_.request_count(), 1u);
}

TEST_F(PrivacyTest, RestrictedDataWithNoLocalDeploymentIsRefusedAndSentNowhere) {
  start(kHybrid);
  auto r = post(chat_body("cloud-only", kSsnText));
  EXPECT_EQ(r.status, 503u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-data-class"), "restricted");
  const auto e = parse_error(r.body);
  EXPECT_EQ(e.type, "no_permitted_deployment") << r.body;
  EXPECT_TRUE(e.says("restricted")) << r.body;
  EXPECT_TRUE(e.says("US_SSN")) << r.body;
  EXPECT_EQ(r.body.find("536-22-8146"), std::string::npos) << "the error repeats the value";
  EXPECT_EQ(cloud_.request_count(), 0u);
}

TEST_F(PrivacyTest, RestrictedDataDoesNotFallBackToTheCloudWhenLocalFails) {
  start(kHybrid);
  auto r = post(chat_body("local-broken", kSsnText));
  EXPECT_EQ(r.status, 500u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-side"), "local");
  EXPECT_EQ(cloud_.request_count(), 0u);
  EXPECT_EQ(local_.request_count(), 2u);  // retried locally, never sent out
}

// A user message with a text part and `part` after it.
std::string parts_body(const std::string& model, const std::string& part) {
  return R"({"model":")" + model +
         R"(","messages":[{"role":"user","content":[{"type":"text","text":"What is said here?"},)" +
         part + "]}]}";
}

const std::string kAudioPart =
    R"({"type":"input_audio","input_audio":{"data":"UklGRiQAAABXQVZF","format":"wav"}})";

TEST_F(PrivacyTest, PartsThatCannotBeInspectedAreClassedRestricted) {
  start(kHybrid);
  // Audio could say anything: it may not go to the cloud, even first in line.
  auto r = post(parts_body("cloud-first", kAudioPart));
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-data-class"), "restricted");
  EXPECT_EQ(r.header("x-switchyard-side"), "local");
  ASSERT_EQ(local_.request_count(), 1u);
  const Parsed sent(local_.requests()[0].body);  // and goes there unchanged
  EXPECT_TRUE(JsonEq(simdjson::minify(sent["/messages/0/content/1"]), kAudioPart))
      << local_.requests()[0].body;

  for (const std::string& part : {std::string(R"({"type":"file","file":{"file_id":"file-1"}})"),
                                  std::string(R"({"type":"input_video","input_video":{}})")}) {
    auto refused = post(parts_body("cloud-only", part));
    EXPECT_EQ(refused.status, 503u) << refused.body;
    EXPECT_EQ(refused.header("x-switchyard-data-class"), "restricted");
    const auto e = parse_error(refused.body);
    EXPECT_TRUE(e.says("cannot be inspected")) << refused.body;
    EXPECT_TRUE(e.says("messages[0].content[1]")) << refused.body;
  }
  EXPECT_EQ(cloud_.request_count(), 0u);

  // Text and refusal parts are read like any text: nothing to fail closed on.
  auto text =
      post(parts_body("cloud-only", R"({"type":"refusal","refusal":"I cannot help with that."})"));
  ASSERT_EQ(text.status, 200u) << text.body;
  EXPECT_EQ(text.header("x-switchyard-data-class"), "public");
  EXPECT_EQ(cloud_.request_count(), 1u);
}

TEST_F(PrivacyTest, FindingsInNestedUnknownFieldsAreRedactedForTheCloud) {
  start(kHybrid);
  auto r = post(
      R"({"model":"cloud-only","messages":[{"role":"user","content":[{"type":"text","text":"hi",)"
      R"("note":"ask jane.doe@example.com"}]}],"tools":[{"type":"function","function":{"name":"f",)"
      R"("x-owner":"jane.doe@example.com"}}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-data-class"), "confidential");
  const std::string sent = cloud_bodies();
  EXPECT_EQ(sent.find("jane.doe@example.com"), std::string::npos) << sent;
  ASSERT_EQ(cloud_.request_count(), 1u);
  const Parsed cloud_got(cloud_.requests()[0].body);
  EXPECT_EQ(str(cloud_got["/messages/0/content/0/note"]), "ask [EMAIL_ADDRESS_1]") << sent;
}

TEST_F(PrivacyTest, DeclaredClassRaisesButNeverLowers) {
  start(kHybrid);
  auto r = post(chat_body("cloud-first", "nothing personal here"),
                {{"x-switchyard-data-class", "restricted"}});
  ASSERT_EQ(r.status, 200u);
  EXPECT_EQ(r.header("x-switchyard-side"), "local");
  auto low = post(chat_body("cloud-first", kSsnText), {{"x-switchyard-data-class", "public"}});
  ASSERT_EQ(low.status, 200u);
  EXPECT_EQ(low.header("x-switchyard-side"), "local");
  EXPECT_EQ(cloud_.request_count(), 0u);

  auto bad = post(chat_body("hybrid", "hi"), {{"x-switchyard-data-class", "secret"}});
  EXPECT_EQ(bad.status, 400u);
  EXPECT_TRUE(parse_error(bad.body).says("public, internal, confidential, restricted")) << bad.body;
}

TEST_F(PrivacyTest, RouteDefaultClassApplies) {
  start(kHybrid +
        "  - alias: hr\n    data_class: restricted\n    deployments:\n"
        "      - { provider: cloud, model: gpt-4o-mini, side: cloud, name: cloud }\n"
        "      - { provider: local, model: gpt-4o-mini, side: local, name: local-ok }\n");
  auto r = post(chat_body("hr", "plain question"));
  ASSERT_EQ(r.status, 200u);
  EXPECT_EQ(r.header("x-switchyard-side"), "local");
  EXPECT_EQ(cloud_.request_count(), 0u);
}

TEST_F(PrivacyTest, ConfidentialDataReachesTheCloudRedactedAndComesBackRestored) {
  start(kHybrid);
  auto r = post(chat_body("cloud-only", kEmailText));
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-data-class"), "confidential");
  EXPECT_EQ(r.header("x-switchyard-redacted"), "true");
  const std::string sent = cloud_bodies();
  EXPECT_EQ(sent.find("jane.doe@example.com"), std::string::npos) << sent;
  ASSERT_EQ(cloud_.request_count(), 1u);
  EXPECT_EQ(str(Parsed(cloud_.requests()[0].body)["/messages/0/content"]),
            "Please write to [EMAIL_ADDRESS_1] about the invoice.")
      << sent;
  // The fake echoes the text it got; the client sees the real address again.
  EXPECT_EQ(str(Parsed(r.body)["/choices/0/message/content"])
                .rfind("echo: Please write to jane.doe@example.com", 0),
            0u)
      << r.body;
}

TEST_F(PrivacyTest, ConfidentialStreamIsRestoredToo) {
  start(kHybrid);
  auto r = post(chat_body("cloud-only", kEmailText, true));
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(cloud_bodies().find("jane.doe@example.com"), std::string::npos);
  std::string text;  // the streamed answer, its deltas joined
  for (const auto& e : testing::sse_payloads(r.body)) {
    const Parsed chunk(e);
    if (chunk.has("/choices/0/delta/content")) text += str(chunk["/choices/0/delta/content"]);
  }
  EXPECT_NE(text.find("jane.doe@example.com"), std::string::npos) << r.body;
  EXPECT_EQ(r.body.find("[EMAIL_ADDRESS_1]"), std::string::npos) << r.body;
  EXPECT_TRUE(testing::ends_with_done(r.body)) << r.body;
}

TEST_F(PrivacyTest, ConfidentialDataStaysWholeWhenServedLocally) {
  start(kHybrid);
  auto r = post(chat_body("hybrid", kEmailText));
  ASSERT_EQ(r.status, 200u);
  EXPECT_EQ(r.header("x-switchyard-side"), "local");
  EXPECT_EQ(r.header("x-switchyard-redacted"), "false");
  ASSERT_EQ(local_.request_count(), 1u);
  EXPECT_EQ(str(Parsed(local_.requests()[0].body)["/messages/0/content"]), kEmailText)
      << local_.requests()[0].body;
}

TEST_F(PrivacyTest, PolicyIsConfigurable) {
  start(kHybrid,
        "privacy:\n"
        "  entities:\n    EMAIL_ADDRESS: { class: restricted }\n"
        "  policy:\n    confidential: { sides: [local] }\n");
  auto r = post(chat_body("cloud-first", kEmailText));
  ASSERT_EQ(r.status, 200u);
  EXPECT_EQ(r.header("x-switchyard-data-class"), "restricted");
  EXPECT_EQ(r.header("x-switchyard-side"), "local");
  EXPECT_EQ(cloud_.request_count(), 0u);
}

TEST_F(PrivacyTest, LedgerKeepsClassAndEntityCountsButNeverValues) {
  start(kHybrid);
  ASSERT_EQ(post(chat_body("cloud-only", kEmailText)).status, 200u);
  ASSERT_EQ(post(chat_body("cloud-only", kSsnText)).status, 503u);
  const auto records = gw_.ledger_records(ledger_.path());
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].data_class, "confidential");
  EXPECT_EQ(records[0].class_reason, "finding EMAIL_ADDRESS");
  EXPECT_TRUE(records[0].redacted);
  EXPECT_EQ(records[0].side, "cloud");
  EXPECT_EQ(records[1].data_class, "restricted");
  EXPECT_EQ(records[1].status, 503);
  EXPECT_EQ(records[1].deployment, "");
  bool has_ssn = false;
  for (const auto& [type, n] : records[1].entities) has_ssn |= type == "US_SSN" && n == 1;
  EXPECT_TRUE(has_ssn);
  // Nothing stored anywhere in the file carries the values themselves.
  gw_.stop();
  std::ifstream db(ledger_.path(), std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(db)), std::istreambuf_iterator<char>());
  std::ifstream wal(ledger_.path() + "-wal", std::ios::binary);
  bytes.append((std::istreambuf_iterator<char>(wal)), std::istreambuf_iterator<char>());
  EXPECT_EQ(bytes.find("jane.doe@example.com"), std::string::npos);
  EXPECT_EQ(bytes.find("536-22-8146"), std::string::npos);
}

// Thousands of requests mixing classes, streaming and not, while the local
// deployments fail, time out, cut streams and recover. The cloud records
// every body it gets: no restricted request may appear there, and no
// confidential value may appear unredacted.
TEST_F(PrivacyTest, RandomizedFaultsNeverLeakRestrictedOrUnredactedData) {
  start(
      "  - alias: ok\n    deployments:\n"
      "      - { provider: local, model: gpt-4o-mini, side: local, name: l-ok }\n"
      "      - { provider: cloud, model: gpt-4o-mini, side: cloud, name: cloud }\n"
      "  - alias: failing\n    deployments:\n"
      "      - { provider: local, model: error-503, side: local, name: l-503 }\n"
      "      - { provider: cloud, model: gpt-4o-mini, side: cloud, name: cloud }\n"
      "  - alias: slow\n    deployments:\n"
      "      - { provider: local, model: slow-200, side: local, name: l-slow }\n"
      "      - { provider: cloud, model: gpt-4o-mini, side: cloud, name: cloud }\n"
      "  - alias: cut\n    deployments:\n"
      "      - { provider: local, model: disconnect-mid-stream, side: local, name: l-cut }\n"
      "      - { provider: cloud, model: gpt-4o-mini, side: cloud, name: cloud }\n"
      "  - alias: recovering\n    deployments:\n"
      "      - { provider: local, model: flaky-3-x, side: local, name: l-flaky }\n"
      "      - { provider: cloud, model: gpt-4o-mini, side: cloud, name: cloud }\n"
      "  - alias: cloud-first\n    deployments:\n"
      "      - { provider: cloud, model: gpt-4o-mini, side: cloud, name: cloud }\n"
      "      - { provider: local, model: gpt-4o-mini, side: local, name: l-ok }\n"
      "  - alias: cloud-only\n    deployments:\n"
      "      - { provider: cloud, model: gpt-4o-mini, side: cloud, name: cloud }\n");
  const std::vector<std::string> aliases = {"ok",         "failing",     "slow",      "cut",
                                            "recovering", "cloud-first", "cloud-only"};
  constexpr int kRequests = 2000;
  constexpr int kThreads = 4;
  std::atomic<int> next{0};
  std::atomic<int> failures{0};
  std::vector<std::string> problems(kThreads);
  std::vector<std::vector<std::string>> restricted_markers(kThreads);

  auto worker = [&](int t) {
    std::mt19937 rng(1234 + t);
    for (int i; (i = next.fetch_add(1)) < kRequests;) {
      const std::string& alias = aliases[rng() % aliases.size()];
      const int kind = static_cast<int>(rng() % 4);  // 0 plain, 1 email, 2 SSN, 3 header
      const bool stream = rng() % 2 == 0;
      const std::string marker = "mk" + std::to_string(i) + "x";
      std::string text = "request " + marker + " ";
      std::vector<std::pair<std::string, std::string>> headers;
      if (kind == 1) text += "mail user" + std::to_string(i) + "@example.com now";
      if (kind == 2) text += "SSN 123-45-" + std::to_string(1000 + i % 8000);
      if (kind == 3) headers.emplace_back("x-switchyard-data-class", "restricted");
      if (kind >= 2) restricted_markers[t].push_back(marker);
      TestResponse r = post(chat_body(alias, text, stream), headers);
      const std::string side = r.header("x-switchyard-side");
      const auto fail = [&](const std::string& what) {
        failures.fetch_add(1);
        if (problems[t].size() < 2000)
          problems[t] += alias + " kind " + std::to_string(kind) + ": " + what + "; ";
      };
      if (r.status == 200) {
        if (kind >= 2 && side != "local") fail("restricted served by " + side);
      } else if (kind >= 2 && alias == "cloud-only") {
        if (r.status != 503 || parse_error(r.body).type != "no_permitted_deployment")
          fail("restricted on a cloud-only model was not refused: " + r.body);
      } else if (r.status < 500 || r.status > 504) {  // an upstream failure, passed on
        fail("status " + std::to_string(r.status) + ": " + r.body);
      }
      if (r.status >= 400 && !parse_error(r.body).parsed) fail("error without an error object");
    }
  };
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) threads.emplace_back(worker, t);
  for (auto& th : threads) th.join();

  std::string all_problems;
  for (const auto& p : problems) all_problems += p;
  EXPECT_EQ(failures.load(), 0) << all_problems;

  const auto seen = cloud_.requests();
  ASSERT_GT(seen.size(), 100u) << "the cloud should have served the unrestricted traffic";
  for (const auto& req : seen) {
    ASSERT_EQ(req.body.find("@example.com"), std::string::npos) << req.body;
    ASSERT_EQ(req.body.find("123-45-"), std::string::npos) << req.body;
  }
  std::string cloud_text;
  for (const auto& req : seen) cloud_text += req.body;
  for (const auto& markers : restricted_markers)
    for (const auto& m : markers)
      ASSERT_EQ(cloud_text.find("\"request " + m + " "), std::string::npos)
          << "restricted request " << m << " reached the cloud";
}

}  // namespace
}  // namespace switchyard::gateway
