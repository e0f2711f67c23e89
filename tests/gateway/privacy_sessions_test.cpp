// Privacy sessions end to end (x-switchyard-session, docs/privacy.md): two
// fake upstreams stand for a local server and a cloud API. Once a session
// carried restricted data, its later requests are restricted too, clean or
// not, and never reach the cloud; the same clean text without the session,
// in another session, or from another caller naming the same session, goes
// to the cloud as usual. The ledger says why; the session id is stored
// nowhere. A header that is not a session id is a 400 in the dialect's own
// error format.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "fakes/fake_openai_upstream.hpp"
#include "support/error_body.hpp"
#include "support/json_compare.hpp"
#include "support/loopback_gateway.hpp"
#include "support/temp_ledger.hpp"

namespace switchyard::gateway {
namespace {

using testing::FakeOpenAIUpstream;
using testing::parse_error;
using testing::Parsed;
using testing::str;
using testing::TestResponse;
using Headers = std::vector<std::pair<std::string, std::string>>;

const char* fake_env(const char* name) {
  return std::string_view(name) == "CLOUD_KEY" ? "sk-cloud-secret" : nullptr;
}

std::string chat_body(const std::string& text) {
  return R"({"model":"cloud-first","messages":[{"role":"user","content":")" + text + R"("}]})";
}

const std::string kSsnText = "My SSN is 536-22-8146, please file the form.";
const std::string kEmailText = "Please write to jane.doe@example.com about the invoice.";
const std::string kCleanText = "Summarise our discussion in three bullet points.";
const std::string kSession = "conv-7f3a9c.2024:11";

// The value of a series in a /metrics page; -1 when it is not there.
double series(const std::string& page, const std::string& name_and_labels) {
  const std::string prefix = name_and_labels + " ";
  for (std::size_t at = 0; at < page.size();) {
    const std::size_t end = std::min(page.find('\n', at), page.size());
    const std::string_view line(page.data() + at, end - at);
    if (line.substr(0, prefix.size()) == prefix)
      return std::stod(std::string(line.substr(prefix.size())));
    at = end + 1;
  }
  return -1;
}

class PrivacySessionsTest : public ::testing::Test {
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

  // Cloud first, local second: clean text goes to the cloud, restricted
  // text skips it.
  void start(const std::string& privacy = {}) {
    const std::string yaml =
        testing::loopback_server_yaml(2) +
        "providers:\n"
        "  - { name: local, kind: openai_compatible, base_url: '" +
        local_.base_url() + "/v1' }\n" + "  - { name: cloud, kind: openai_compatible, base_url: '" +
        cloud_.base_url() + "/v1', api_key_env: CLOUD_KEY }\n" +
        "models:\n"
        "  - alias: cloud-first\n    deployments:\n"
        "      - { provider: cloud, model: gpt-4o-mini, side: cloud, name: cloud }\n"
        "      - { provider: local, model: gpt-4o-mini, side: local, name: local }\n" +
        ledger_.yaml() + privacy;
    gw_.start(yaml, fake_env, "sessions.yaml");
  }

  // A chat request from `caller` (its API key: open mode names callers by
  // their key's fingerprint), in `session` ("" none).
  TestResponse chat(const std::string& text, const std::string& session,
                    const std::string& caller = "sk-alice-0001") {
    Headers h = {{"authorization", "Bearer " + caller}};
    if (!session.empty()) h.emplace_back("x-switchyard-session", session);
    return gw_.post("/v1/chat/completions", chat_body(text), std::move(h));
  }

  FakeOpenAIUpstream local_;
  FakeOpenAIUpstream cloud_;
  testing::TempLedger ledger_{"switchyard-sessions"};
  testing::LoopbackGateway gw_;
};

TEST_F(PrivacySessionsTest, ASessionThatCarriedRestrictedDataKeepsItsCleanRequestsLocal) {
  start();
  auto r = chat(kSsnText, kSession);
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-side"), "local");
  EXPECT_EQ(r.header("x-switchyard-data-class"), "restricted");

  // The next turn has dropped the SSN: still restricted, because of the session.
  r = chat(kCleanText, kSession);
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-side"), "local");
  EXPECT_EQ(r.header("x-switchyard-data-class"), "restricted");
  EXPECT_EQ(cloud_.request_count(), 0u) << "nothing of the session reached the cloud";
  EXPECT_EQ(local_.request_count(), 2u);

  // The same clean text without the session, in another session, and from
  // another caller that names the same session: the cloud, as usual.
  for (const auto& [session, caller] : {std::pair<std::string, std::string>{"", "sk-alice-0001"},
                                        {"conv-other", "sk-alice-0001"},
                                        {kSession, "sk-bob-0002"}}) {
    r = chat(kCleanText, session, caller);
    ASSERT_EQ(r.status, 200u) << r.body;
    EXPECT_EQ(r.header("x-switchyard-side"), "cloud") << session << " " << caller;
    EXPECT_EQ(r.header("x-switchyard-data-class"), "public") << session << " " << caller;
  }
  EXPECT_EQ(cloud_.request_count(), 3u);
  for (const auto& req : cloud_.requests())
    EXPECT_EQ(req.body.find("536-22-8146"), std::string::npos);

  // The session is still restricted for its own caller.
  r = chat(kCleanText, kSession);
  EXPECT_EQ(r.header("x-switchyard-side"), "local");
  EXPECT_EQ(cloud_.request_count(), 3u);

  const auto records = gw_.ledger_records(ledger_.path());
  ASSERT_EQ(records.size(), 6u);
  EXPECT_EQ(records[0].class_reason, "finding US_SSN");
  EXPECT_EQ(records[1].data_class, "restricted");
  EXPECT_EQ(records[1].class_reason, "session carried restricted data within 1d");
  EXPECT_EQ(records[1].side, "local");
  EXPECT_EQ(records[5].class_reason, "session carried restricted data within 1d");
  for (std::size_t i = 2; i < 5; ++i) EXPECT_EQ(records[i].data_class, "public") << i;
  // The session id is stored nowhere in the ledger.
  for (const auto& rec : records)
    ledger::visit_fields(rec, [&](std::string_view name, const auto& value) {
      if constexpr (std::is_same_v<std::remove_cvref_t<decltype(value)>, std::string>) {
        EXPECT_EQ(value.find("conv-7f3a9c"), std::string::npos) << name;
      }
    });

  const std::string page = gw_.get("/metrics").body;
  EXPECT_EQ(series(page, "switchyard_session_class_raised_total{cause=\"session\"}"), 2);
  EXPECT_EQ(series(page, "switchyard_session_class_raised_total{cause=\"store_error\"}"), 0);
  EXPECT_EQ(series(page, "switchyard_session_store_errors_total"), 0);
}

TEST_F(PrivacySessionsTest, AHeaderThatIsNotASessionIdIsA400InTheDialectsFormat) {
  start();
  for (const std::string& bad : {std::string(129, 'x'), std::string("two words"),
                                 std::string("a/b"), std::string("semi;colon")}) {
    auto r = chat(kCleanText, bad);
    ASSERT_EQ(r.status, 400u) << bad << ": " << r.body;
    const auto e = parse_error(r.body);
    EXPECT_EQ(e.code, "invalid_session_id");
    EXPECT_EQ(e.type, "invalid_request_error");
    EXPECT_EQ(e.param, "x-switchyard-session");
    EXPECT_TRUE(e.says("1 to 128 characters of A-Z, a-z, 0-9, '.', '_', ':' and '-'")) << e.message;
    EXPECT_EQ(e.message.find(bad), std::string::npos) << "the value is not echoed";
  }
  EXPECT_TRUE(parse_error(chat(kCleanText, std::string(129, 'x')).body).says("129 characters"));

  // Anthropic's dialect answers in its own error shape.
  auto r = gw_.post(
      "/v1/messages",
      R"({"model":"cloud-first","max_tokens":16,"messages":[{"role":"user","content":"hi"}]})",
      {{"x-switchyard-session", "not valid!"}});
  ASSERT_EQ(r.status, 400u) << r.body;
  const Parsed e(r.body);
  EXPECT_EQ(str(e["/type"]), "error");
  EXPECT_EQ(str(e["/error/type"]), "invalid_request_error");
  EXPECT_NE(str(e["/error/message"]).find("x-switchyard-session"), std::string::npos);
  EXPECT_EQ(local_.request_count() + cloud_.request_count(), 0u) << "nothing was sent";
}

// remember: confidential marks sessions that carried confidential data
// (and above): their later requests go to the cloud only redacted, at
// that class, and the session's own class never goes down.
TEST_F(PrivacySessionsTest, RememberSetsTheClassFromWhichASessionIsMarked) {
  start("privacy:\n  sessions: {ttl: 2h, remember: confidential}\n");
  auto r = chat(kEmailText, kSession);
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-data-class"), "confidential");
  EXPECT_EQ(r.header("x-switchyard-redacted"), "true");
  r = chat(kCleanText, kSession);
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-data-class"), "confidential");
  EXPECT_EQ(r.header("x-switchyard-side"), "cloud");
  // Restricted data in the session raises its mark; a confidential turn after it does not lower it.
  ASSERT_EQ(chat(kSsnText, kSession).status, 200u);
  ASSERT_EQ(chat(kEmailText, kSession).header("x-switchyard-data-class"), "restricted");
  r = chat(kCleanText, kSession);
  EXPECT_EQ(r.header("x-switchyard-data-class"), "restricted");
  EXPECT_EQ(r.header("x-switchyard-side"), "local");

  const auto records = gw_.ledger_records(ledger_.path());
  ASSERT_EQ(records.size(), 5u);
  EXPECT_EQ(records[1].class_reason, "session carried confidential data within 2h");
  EXPECT_EQ(records[4].class_reason, "session carried restricted data within 2h");
}

TEST_F(PrivacySessionsTest, WithSessionsOffTheHeaderIsIgnored) {
  start("privacy:\n  sessions: {enabled: false}\n");
  ASSERT_EQ(chat(kSsnText, kSession).header("x-switchyard-side"), "local");
  auto r = chat(kCleanText, kSession);
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-side"), "cloud");
  EXPECT_EQ(chat(kCleanText, "not valid!").status, 200u);
}

}  // namespace
}  // namespace switchyard::gateway
