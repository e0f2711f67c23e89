// POST /v1/feedback through the gateway, on each ledger store — a SQLite
// file and a real PostgreSQL server on loopback (tests/support/
// test_servers.hpp): a caller rates its own answer (number or true/false,
// with a comment), cannot rate another caller's or an unknown request (the
// same 404), needs its key when keys are required, gets a 400 naming the
// field for a bad body, and what it said is read back from the feedback
// table while the records' hash chain still verifies.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>

#include "fakes/fake_openai_upstream.hpp"
#include "support/error_body.hpp"
#include "support/json_compare.hpp"
#include "support/ledger_reader.hpp"
#include "support/loopback_gateway.hpp"
#include "support/test_servers.hpp"
#include "switchyard/gateway/feedback_endpoint.hpp"
#include "switchyard/ledger/audit_report.hpp"
#include "switchyard/ledger/feedback_store.hpp"
#include "switchyard/ledger/postgres_store.hpp"

namespace switchyard::gateway {
namespace {

using testing::FakeOpenAIUpstream;
using testing::parse_error;
using testing::Parsed;
using testing::str;
using testing::TestResponse;
using Headers = std::vector<std::pair<std::string, std::string>>;

constexpr const char* kAdminKey = "adm-feedback-test-0123456789abcdef";
std::string g_ledger_url;  // the PostgreSQL ledger, by variable (env is a function pointer)

const char* env(const char* name) {
  const std::string_view n(name);
  if (n == "SWITCHYARD_ADMIN_KEY") return kAdminKey;
  if (n == "TEST_LEDGER_URL") return g_ledger_url.c_str();
  return nullptr;
}

enum class Backend { sqlite, postgres };
void PrintTo(Backend b, std::ostream* os) {
  *os << (b == Backend::sqlite ? "SQLite" : "PostgreSQL");
}

class FeedbackGatewayTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == Backend::postgres) {
      g_ledger_url = testing::postgres_schema_url("feedback");
      ASSERT_FALSE(g_ledger_url.empty());
    }
    upstream_.start();
  }
  void TearDown() override {
    gw_.stop();
    upstream_.shutdown();
  }

  void start(bool required) {
    std::string ledger =
        GetParam() == Backend::sqlite
            ? ledger_.yaml()
            : "ledger:\n  store: postgres\n  url_env: TEST_LEDGER_URL\n  path: " + ledger_.path() +
                  "\n";
    gw_.start(testing::loopback_server_yaml(2) +
                  "providers:\n"
                  "  - { name: local, kind: openai_compatible, base_url: '" +
                  upstream_.base_url() +
                  "/v1' }\n"
                  "models:\n"
                  "  - alias: chat\n    deployments:\n"
                  "      - { provider: local, model: gpt-4o-mini, side: local, name: local }\n" +
                  ledger + "keys:\n  required: " + (required ? "true" : "false") + "\n",
              env, "feedback.yaml");
  }
  std::unique_ptr<ledger::FeedbackStore> feedback_store() {
    if (GetParam() == Backend::postgres) {
      auto s = ledger::PostgresFeedbackStore::open(g_ledger_url);
      EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message);
      return s.ok() ? std::move(*s) : nullptr;
    }
    auto s = ledger::SqliteFeedbackStore::open(ledger_.path());
    EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message);
    return s.ok() ? std::move(*s) : nullptr;
  }
  std::string create_key(const std::string& team) {
    auto r = gw_.request(http::bhttp::verb::post, "/admin/keys", R"({"team":")" + team + R"("})",
                         {{"authorization", std::string("Bearer ") + kAdminKey}});
    EXPECT_EQ(r.status, 201u) << r.body;
    Parsed p(r.body);
    return std::string(str(p["/key"]));
  }
  // A chat answered with x-request-id `id`, as `key`'s caller.
  void chat(const std::string& id, const std::string& key) {
    Headers h{{"x-request-id", id}};
    if (!key.empty()) h.emplace_back("authorization", "Bearer " + key);
    auto r = gw_.post("/v1/chat/completions",
                      R"({"model":"chat","messages":[{"role":"user","content":"hello"}]})", h);
    ASSERT_EQ(r.status, 200u) << r.body;
    ASSERT_EQ(r.header("x-request-id"), id);
  }
  TestResponse rate(const std::string& body, const std::string& key) {
    Headers h;
    if (!key.empty()) h.emplace_back("authorization", "Bearer " + key);
    return gw_.post("/v1/feedback", body, h);
  }

  FakeOpenAIUpstream upstream_;
  // A folder of its own for the ledger (and its journals): a parameterized
  // test's name holds '/', so TempLedger's file name would not do.
  struct Folder {
    std::filesystem::path dir;
    Folder() {
      std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
      for (char& c : name)
        if (c == '/') c = '_';
      dir = std::filesystem::temp_directory_path() /
            ("switchyard-feedback-" + std::to_string(::getpid()) + "-" + name);
      std::filesystem::remove_all(dir);
      std::filesystem::create_directories(dir);
    }
    ~Folder() { std::filesystem::remove_all(dir); }
    std::string path() const { return (dir / "ledger.db").string(); }
    std::string yaml() const { return "ledger:\n  path: " + path() + "\n"; }
  } ledger_;
  testing::LoopbackGateway gw_;
};

TEST_P(FeedbackGatewayTest, CallerRatesItsOwnAnswersOnlyAndTheRatingsReadBack) {
  start(/*required=*/true);
  ASSERT_FALSE(HasFatalFailure());
  const std::string alice = create_key("alice");
  const std::string bob = create_key("bob");
  chat("req-alice-1", alice);
  chat("req-bob-1", bob);

  auto ok = rate(R"({"request_id":"req-alice-1","score":0.25})", alice);
  EXPECT_EQ(ok.status, 200u) << ok.body;
  EXPECT_EQ(ok.body, R"({"status":"recorded","request_id":"req-alice-1"})");
  auto flag = rate(R"({"request_id":"req-alice-1","score":true,"comment":"right answer"})", alice);
  EXPECT_EQ(flag.status, 200u) << flag.body;

  // Another caller's request and an unknown one: the same 404.
  for (const auto& [body, key] :
       {std::pair{std::string(R"({"request_id":"req-alice-1","score":1})"), bob},
        std::pair{std::string(R"({"request_id":"req-nobody","score":1})"), alice}}) {
    auto r = rate(body, key);
    EXPECT_EQ(r.status, 404u) << r.body;
    const auto e = parse_error(r.body);
    EXPECT_EQ(e.code, "request_not_found");
    EXPECT_EQ(e.type, "invalid_request_error");
  }
  // Without a key, keys being required.
  EXPECT_EQ(rate(R"({"request_id":"req-alice-1","score":1})", "").status, 401u);

  std::vector<ledger::Feedback> stored;
  auto store = feedback_store();
  ASSERT_NE(store, nullptr);
  ASSERT_FALSE(store->scan([&](const ledger::Feedback& f) {
    stored.push_back(f);
    return true;
  }));
  ASSERT_EQ(stored.size(), 2u);
  EXPECT_EQ(stored[0].request_id, "req-alice-1");
  EXPECT_DOUBLE_EQ(stored[0].score, 0.25);
  EXPECT_EQ(stored[0].comment, "");
  EXPECT_DOUBLE_EQ(stored[1].score, 1.0);
  EXPECT_EQ(stored[1].comment, "right answer");
  EXPECT_EQ(stored[0].caller, ledger::caller_fingerprint(alice));
  EXPECT_GT(stored[0].time_ms, 0);

  // The store's own lookup: by request id and caller.
  auto mine = store->has_request("req-bob-1", ledger::caller_fingerprint(bob));
  ASSERT_TRUE(mine.ok());
  EXPECT_TRUE(*mine);
  auto theirs = store->has_request("req-bob-1", ledger::caller_fingerprint(alice));
  ASSERT_TRUE(theirs.ok());
  EXPECT_FALSE(*theirs);

  // The feedback sits beside the chain, not in it.
  gw_.gateway().flush_ledger();
  if (GetParam() == Backend::sqlite) {
    EXPECT_EQ(testing::read_ledger(ledger_.path(), testing::ChainCheck::expect_intact).size(), 2u);
  } else {
    auto records = ledger::PostgresStore::open({g_ledger_url});
    ASSERT_TRUE(records.ok());
    auto verdict = ledger::verify_chain(**records);
    ASSERT_TRUE(verdict.ok());
    EXPECT_TRUE(verdict->intact);
  }
}

TEST_P(FeedbackGatewayTest, BadBodiesAre400sNamingTheField) {
  start(/*required=*/false);
  ASSERT_FALSE(HasFatalFailure());
  chat("req-open-1", "");
  const std::pair<const char*, const char*> cases[] = {
      {"not json", ""},
      {R"(["req-open-1", 1])", ""},
      {R"({"score":1})", "request_id"},
      {R"({"request_id":"req-open-1"})", "score"},
      {R"({"request_id":"req-open-1","score":1.5})", "score"},
      {R"({"request_id":"req-open-1","score":-0.1})", "score"},
      {R"({"request_id":"req-open-1","score":"good"})", "score"},
      {R"({"request_id":7,"score":1})", "request_id"},
      {R"({"request_id":"","score":1})", "request_id"},
      {R"({"request_id":"req open","score":1})", "request_id"},
      {R"({"request_id":"req-open-1","score":1,"comment":5})", "comment"},
      {R"({"request_id":"req-open-1","score":1,"scor":1})", "scor"},
  };
  for (const auto& [body, field] : cases) {
    auto r = rate(body, "");
    EXPECT_EQ(r.status, 400u) << body << " → " << r.body;
    const auto e = parse_error(r.body);
    EXPECT_EQ(e.param, field) << body;
    EXPECT_EQ(e.type, "invalid_request_error") << body;
    EXPECT_TRUE(e.says("request_id")) << e.message;  // the message shows the shape
  }
  const std::string long_comment(kMaxFeedbackCommentBytes + 1, 'x');
  auto r = rate(R"({"request_id":"req-open-1","score":1,"comment":")" + long_comment + "\"}", "");
  EXPECT_EQ(r.status, 400u);
  EXPECT_EQ(parse_error(r.body).param, "comment");
  // Open mode: an anonymous caller rates its anonymous request; a null comment is none.
  auto ok = rate(R"({"request_id":"req-open-1","score":false,"comment":null})", "");
  EXPECT_EQ(ok.status, 200u) << ok.body;
  // Only POST.
  EXPECT_EQ(gw_.request(http::bhttp::verb::get, "/v1/feedback").status, 405u);
  // Nothing bad was stored.
  int rows = 0;
  auto store = feedback_store();
  ASSERT_NE(store, nullptr);
  ASSERT_FALSE(store->scan([&](const ledger::Feedback& f) {
    EXPECT_DOUBLE_EQ(f.score, 0.0);
    ++rows;
    return true;
  }));
  EXPECT_EQ(rows, 1);
}

INSTANTIATE_TEST_SUITE_P(Stores, FeedbackGatewayTest,
                         ::testing::Values(Backend::sqlite, Backend::postgres),
                         [](const auto& info) {
                           return std::string(info.param == Backend::sqlite ? "SQLite"
                                                                            : "PostgreSQL");
                         });

}  // namespace
}  // namespace switchyard::gateway
