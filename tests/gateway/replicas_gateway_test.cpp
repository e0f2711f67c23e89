// Two gateway replicas sharing one PostgreSQL (ledger and keys) and one
// Redis (limit counters), real servers on loopback
// (tests/support/test_servers.hpp), in front of one fake upstream: a key
// made on one replica works on the other, its revocation is seen there
// within the refresh interval, both enforce one RPM limit together, both
// replicas' records form one hash chain that `audit verify` checks (and an
// edit breaks), a replica killed with SIGKILL loses no answered request's
// record, and a Redis that goes down makes the limits fail closed (503) or,
// configured so, open.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#include "fakes/fake_openai_upstream.hpp"
#include "support/error_body.hpp"
#include "support/http_client.hpp"
#include "support/json_compare.hpp"
#include "support/loopback_gateway.hpp"
#include "support/serve_process.hpp"
#include "support/test_servers.hpp"
#include "switchyard/ledger/audit_report.hpp"
#include "switchyard/ledger/postgres_store.hpp"

namespace switchyard::gateway {
namespace {

using testing::FakeOpenAIUpstream;
using testing::parse_error;
using testing::Parsed;
using testing::str;
using testing::TestResponse;
using Headers = std::vector<std::pair<std::string, std::string>>;

constexpr const char* kAdminKey = "adm-replicas-test-0123456789abcdef";

// The URLs the configs name by variable (a function pointer cannot capture).
std::string g_ledger_url;
std::string g_redis_url;

const char* env(const char* name) {
  const std::string_view n(name);
  if (n == "SWITCHYARD_ADMIN_KEY") return kAdminKey;
  if (n == "TEST_LEDGER_URL") return g_ledger_url.c_str();
  if (n == "TEST_REDIS_URL") return g_redis_url.c_str();
  return nullptr;
}

std::string chat_body(const std::string& model) {
  return R"({"model":")" + model + R"(","messages":[{"role":"user","content":"hello"}]})";
}

Headers bearer(const std::string& key) {
  return {{"authorization", "Bearer " + key}};
}

class ReplicasTest : public ::testing::Test {
 protected:
  void SetUp() override {
    g_ledger_url = testing::postgres_schema_url("replicas");
    ASSERT_FALSE(g_ledger_url.empty());
    g_redis_url = testing::TestServers::get().redis_url();
    prefix_ = testing::unique_test_name("gw") + ":";
    dir_ = std::filesystem::temp_directory_path() / testing::unique_test_name("replicas");
    std::filesystem::create_directories(dir_);
    upstream_.start();
  }
  void TearDown() override {
    a_.stop();
    b_.stop();
    upstream_.shutdown();
    std::filesystem::remove_all(dir_);
  }

  // One replica's configuration: its own journal directory, the shared
  // PostgreSQL and Redis.
  std::string yaml(const std::string& replica, const std::string& limits_extra = {}) const {
    return testing::loopback_server_yaml(2) +
           "providers:\n"
           "  - { name: local, kind: openai_compatible, base_url: '" +
           upstream_.base_url() + "/v1' }\n" +
           "models:\n"
           "  - alias: chat\n    deployments:\n"
           "      - { provider: local, model: gpt-4o-mini, side: local, name: local }\n"
           "ledger:\n  store: postgres\n  url_env: TEST_LEDGER_URL\n  path: " +
           (dir_ / replica / "journal").string() +
           "\n"
           "keys:\n  required: true\n  refresh_ms: 50\n"
           "limits:\n  store: redis\n  url_env: TEST_REDIS_URL\n  prefix: \"" +
           prefix_ + "\"\n" + limits_extra;
  }
  void start_both() {
    for (const char* r : {"a", "b"}) std::filesystem::create_directories(dir_ / r);
    a_.start(yaml("a"), env, "a.yaml");
    ASSERT_FALSE(HasFatalFailure());
    b_.start(yaml("b"), env, "b.yaml");
  }

  // A key made over `gw`'s admin API; its secret.
  std::string create(testing::LoopbackGateway& gw, const std::string& policy,
                     std::string* id = nullptr) {
    auto r = gw.request(http::bhttp::verb::post, "/admin/keys", policy,
                        {{"authorization", std::string("Bearer ") + kAdminKey}});
    EXPECT_EQ(r.status, 201u) << r.body;
    Parsed p(r.body);
    if (id) *id = std::string(str(p["/id"]));
    return std::string(str(p["/key"]));
  }
  // Polls `gw` (bounded) until it answers `want` for `key`, asking for a
  // model the key may not use: identify answers 401 while the replica does
  // not know the key, authorize 403 once it does; nothing reaches reserve,
  // so no limit is spent.
  bool wait_for_status(testing::LoopbackGateway& gw, const std::string& key, unsigned want) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (std::chrono::steady_clock::now() < deadline) {
      if (gw.post("/v1/chat/completions", chat_body("not-this-model"), bearer(key)).status == want)
        return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
  }

  std::vector<ledger::RequestRecord> records(bool* intact = nullptr) {
    std::vector<ledger::RequestRecord> out;
    auto store = ledger::PostgresStore::open({g_ledger_url});
    EXPECT_TRUE(store) << store.error().message;
    if (!store) return out;
    EXPECT_FALSE((*store)->scan(0, [&](const ledger::RequestRecord& r) {
      out.push_back(r);
      return true;
    }));
    if (intact) {
      auto verdict = ledger::verify_chain(**store);
      EXPECT_TRUE(verdict) << verdict.error().message;
      *intact = verdict && verdict->intact;
    }
    return out;
  }

  FakeOpenAIUpstream upstream_;
  testing::LoopbackGateway a_;
  testing::LoopbackGateway b_;
  std::string prefix_;
  std::filesystem::path dir_;
};

TEST_F(ReplicasTest, AKeyMadeOnOneReplicaWorksOnTheOtherAndItsRevocationIsSeen) {
  start_both();
  ASSERT_FALSE(HasFatalFailure());
  std::string id;
  const std::string key = create(a_, R"({"team":"eng","models":["chat"]})", &id);
  ASSERT_TRUE(wait_for_status(b_, key, 403)) << "replica b never saw the key made on a";
  EXPECT_EQ(b_.post("/v1/chat/completions", chat_body("chat"), bearer(key)).status, 200u);
  auto revoked = a_.request(http::bhttp::verb::delete_, "/admin/keys/" + id, {},
                            {{"authorization", std::string("Bearer ") + kAdminKey}});
  ASSERT_EQ(revoked.status, 200u) << revoked.body;
  // keys.refresh_ms is 50: b refuses the key within that (and a query).
  ASSERT_TRUE(wait_for_status(b_, key, 401)) << "replica b never saw the revocation";
  auto r = b_.post("/v1/chat/completions", chat_body("chat"), bearer(key));
  ASSERT_EQ(r.status, 401u) << r.body;
  EXPECT_TRUE(parse_error(r.body).says("revoked")) << r.body;
}

TEST_F(ReplicasTest, TwoReplicasEnforceOneRpmLimit) {
  start_both();
  ASSERT_FALSE(HasFatalFailure());
  const std::string key = create(a_, R"({"team":"eng","models":["chat"],"rpm":4})");
  ASSERT_TRUE(wait_for_status(b_, key, 403));
  int served = 0, limited = 0;
  for (int i = 0; i < 10; ++i) {
    auto r = (i % 2 ? b_ : a_).post("/v1/chat/completions", chat_body("chat"), bearer(key));
    if (r.status == 200u) {
      ++served;
    } else {
      ASSERT_EQ(r.status, 429u) << r.body;
      EXPECT_EQ(parse_error(r.body).code, "rpm_limit_exceeded");
      ++limited;
    }
  }
  // 4 a minute across both (one more could drip in only after 15 s).
  EXPECT_EQ(served, 4);
  EXPECT_EQ(limited, 6);
}

// Both replicas append to one chain; `audit verify` (verify_chain, what
// the CLI runs) finds it intact, then names the record an attacker edits.
TEST_F(ReplicasTest, BothReplicasRecordsFormOneChainThatCatchesAnEdit) {
  start_both();
  ASSERT_FALSE(HasFatalFailure());
  const std::string key = create(a_, R"({"team":"eng","models":["chat"]})");
  ASSERT_TRUE(wait_for_status(b_, key, 403));
  std::set<std::string> answered;
  for (int i = 0; i < 20; ++i) {
    auto r = (i % 2 ? b_ : a_).post("/v1/chat/completions", chat_body("chat"), bearer(key));
    ASSERT_EQ(r.status, 200u) << r.body;
    answered.insert(r.header("x-request-id"));
  }
  a_.gateway().flush_ledger();
  b_.gateway().flush_ledger();
  bool intact = false;
  const auto stored = records(&intact);
  EXPECT_TRUE(intact);
  std::set<std::string> ids;
  for (const auto& r : stored) ids.insert(r.request_id);
  for (const auto& id : answered) EXPECT_TRUE(ids.count(id)) << id << " is not in the ledger";
  ASSERT_GE(stored.size(), 20u);
  // Replica a's and b's records interleave in one sequence.
  testing::postgres_sql(g_ledger_url, "UPDATE requests SET side = 'cloud' WHERE seq = " +
                                          std::to_string(stored[stored.size() / 2].seq));
  records(&intact);
  EXPECT_FALSE(intact) << "an edited record went unnoticed";
}

// A replica killed with SIGKILL right after answering: every answered
// request's record is in its journal, and the replica started again on
// the same disk moves them into PostgreSQL.
TEST_F(ReplicasTest, KillingAReplicaLosesNoAnsweredRecord) {
  std::filesystem::create_directories(dir_ / "a");
  const std::string config_path = (dir_ / "a.yaml").string();
  std::ofstream(config_path) << yaml("a");
  std::vector<std::string> answered;
  {
    testing::ServeProcess replica;
    replica.start(config_path,
                  {std::string("SWITCHYARD_ADMIN_KEY=") + kAdminKey,
                   "TEST_LEDGER_URL=" + g_ledger_url, "TEST_REDIS_URL=" + g_redis_url});
    ASSERT_FALSE(HasFatalFailure());
    auto made = replica.post("/admin/keys", R"({"team":"eng","models":["chat"]})",
                             {{"authorization", std::string("Bearer ") + kAdminKey}});
    ASSERT_EQ(made.status, 201u) << made.body;
    const std::string key(str(Parsed(made.body)["/key"]));
    for (int i = 0; i < 50; ++i) {
      auto r = replica.post("/v1/chat/completions", chat_body("chat"), bearer(key));
      ASSERT_EQ(r.status, 200u) << r.body;
      answered.push_back(r.header("x-request-id"));
    }
    const int status = replica.kill_now();
    ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << status;
  }

  a_.start(yaml("a"), env, "a.yaml");  // the replica again, on its disk
  ASSERT_FALSE(HasFatalFailure());
  a_.gateway().flush_ledger();
  bool intact = false;
  const auto stored = records(&intact);
  EXPECT_TRUE(intact);
  std::set<std::string> ids;
  for (const auto& r : stored) ids.insert(r.request_id);
  for (const auto& id : answered) EXPECT_TRUE(ids.count(id)) << id << " was answered but lost";
}

// Redis down: no limit can be checked, so a limited key's requests are
// refused with a 503 that says why and sends nothing upstream (fail closed);
// `limits.on_unavailable: allow` serves them instead.
TEST_F(ReplicasTest, RedisDownFailsClosedUnlessConfiguredToAllow) {
  testing::PrivateRedis redis;
  ASSERT_FALSE(redis.url().empty());
  g_redis_url = redis.url();
  std::filesystem::create_directories(dir_ / "a");
  std::filesystem::create_directories(dir_ / "b");
  a_.start(yaml("a"), env, "a.yaml");
  ASSERT_FALSE(HasFatalFailure());
  b_.start(yaml("b", "  on_unavailable: allow\n"), env, "b.yaml");
  ASSERT_FALSE(HasFatalFailure());
  const std::string key = create(a_, R"({"team":"eng","models":["chat"],"rpm":100})");
  ASSERT_TRUE(wait_for_status(b_, key, 403));
  ASSERT_EQ(a_.post("/v1/chat/completions", chat_body("chat"), bearer(key)).status, 200u);
  const auto upstream_before = upstream_.request_count();
  redis.stop();
  auto refused = a_.post("/v1/chat/completions", chat_body("chat"), bearer(key));
  ASSERT_EQ(refused.status, 503u) << refused.body;
  const auto e = parse_error(refused.body);
  EXPECT_EQ(e.code, "limits_unavailable");
  EXPECT_TRUE(e.says("rate-limit store")) << e.message;
  EXPECT_FALSE(refused.header("retry-after").empty());
  EXPECT_EQ(upstream_.request_count(), upstream_before) << "nothing was sent";
  auto allowed = b_.post("/v1/chat/completions", chat_body("chat"), bearer(key));
  EXPECT_EQ(allowed.status, 200u) << allowed.body;
}

}  // namespace
}  // namespace switchyard::gateway
