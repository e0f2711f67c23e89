// Budgets across gateway replicas: two replicas sharing one PostgreSQL
// (ledger, keys) and one Redis (limits and the budgets' spend, `limits.store:
// redis`), real servers on loopback (tests/support/test_servers.hpp), in
// front of two fake upstreams standing for a free local server and a paid
// cloud API. Concurrent requests on both replicas pass one budget by at
// most what the requests in flight cost beyond their estimates; once it is
// spent both refuse with 429 budget_exceeded and both still serve the free
// local deployment (budgets.free_local_when_spent, the default); a key's
// month missing from Redis is seeded from the ledger; a replica killed
// mid-request (the real binary, SIGKILL) holds its reservation only until
// its lease runs out; Redis down makes budgets fail closed (503) unless
// `limits.on_unavailable: allow`.
//
// Prices (USD per 1M): cloud input 1000, output 20000: a token costs
// $0.001 in and $0.02 out. The fake counts words: "hello" is a prompt of 4
// tokens and the answer "echo: hello" 2, so an answered cloud request
// costs $0.044. A request reserves (body bytes / 4) * 0.001 + (max_tokens,
// else budgets.output_tokens_estimate) * 0.02.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>
#include <thread>

#include "fakes/fake_openai_upstream.hpp"
#include "support/error_body.hpp"
#include "support/json_compare.hpp"
#include "support/loopback_gateway.hpp"
#include "support/serve_process.hpp"
#include "support/test_servers.hpp"
#include "switchyard/ledger/postgres_store.hpp"
#include "switchyard/limits/redis_client.hpp"

namespace switchyard::gateway {
namespace {

using testing::FakeOpenAIUpstream;
using testing::parse_error;
using testing::Parsed;
using testing::str;
using testing::TestResponse;
using Headers = std::vector<std::pair<std::string, std::string>>;

constexpr const char* kAdminKey = "adm-replica-budgets-0123456789abcdef";
constexpr double kAnswerCost = 0.044;

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

std::string chat_body(const std::string& model, int max_tokens = 5) {
  return R"({"model":")" + model + R"(","messages":[{"role":"user","content":"hello"}])" +
         (max_tokens > 0 ? ",\"max_tokens\":" + std::to_string(max_tokens) : std::string()) + "}";
}

// What the gateway reserves for `body` on the cloud deployment.
double estimate(const std::string& body, int output_tokens) {
  return static_cast<double>(body.size() / 4) * 0.001 + output_tokens * 0.02;
}

Headers bearer(const std::string& key) {
  return {{"authorization", "Bearer " + key}};
}

class ReplicaBudgetsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    g_ledger_url = testing::postgres_schema_url("replica_budgets");
    ASSERT_FALSE(g_ledger_url.empty());
    g_redis_url = testing::TestServers::get().redis_url();
    prefix_ = testing::unique_test_name("bgw") + ":";
    dir_ = std::filesystem::temp_directory_path() / testing::unique_test_name("replica-budgets");
    for (const char* r : {"a", "b", "c"}) std::filesystem::create_directories(dir_ / r);
    local_.start();
    cloud_.start();
  }
  void TearDown() override {
    a_.stop();
    b_.stop();
    local_.shutdown();
    cloud_.shutdown();
    std::filesystem::remove_all(dir_);
  }

  // One replica's configuration: its own journal directory, the shared
  // PostgreSQL and Redis; `limits_extra`: more keys under `limits:`.
  std::string yaml(const std::string& replica, const std::string& limits_extra = {},
                   const std::string& extra = {}) const {
    const std::string price = "price: {input_per_1m: 1000, output_per_1m: 20000}";
    return testing::loopback_server_yaml(2) +
           "providers:\n"
           "  - { name: local, kind: openai_compatible, base_url: '" +
           local_.base_url() + "/v1' }\n" +
           "  - { name: cloud, kind: openai_compatible, base_url: '" + cloud_.base_url() +
           "/v1' }\n" +
           "models:\n"
           "  - alias: hybrid\n    deployments:\n"
           "      - { provider: local, model: m, side: local, name: local-free }\n"
           "      - { provider: cloud, model: m, side: cloud, name: cloud, " +
           price +
           " }\n"
           "  - alias: cloud-only\n    deployments:\n"
           "      - { provider: cloud, model: m, side: cloud, name: cloud, " +
           price +
           " }\n"
           "  - alias: cloud-slow\n    deployments:\n"
           "      - { provider: cloud, model: slow-300, side: cloud, name: cloud-slow, " +
           price +
           " }\n"
           "  - alias: cloud-hang\n    deployments:\n"
           "      - { provider: cloud, model: slow-60000, side: cloud, name: cloud-hang, " +
           price +
           " }\n"
           "routing:\n  retry: { max_attempts: 1 }\n"
           "ledger:\n  store: postgres\n  url_env: TEST_LEDGER_URL\n  path: " +
           (dir_ / replica / "journal").string() +
           "\n"
           "keys:\n  required: true\n  refresh_ms: 50\n"
           "limits:\n  store: redis\n  url_env: TEST_REDIS_URL\n  prefix: \"" +
           prefix_ + "\"\n" + limits_extra + extra;
  }
  void start_both(const std::string& extra = {}) {
    a_.start(yaml("a", {}, extra), env, "a.yaml");
    ASSERT_FALSE(HasFatalFailure());
    b_.start(yaml("b", {}, extra), env, "b.yaml");
  }

  // A key made over `gw`'s admin API; its secret (its id in *id).
  std::string create(testing::LoopbackGateway& gw, const std::string& policy,
                     std::string* id = nullptr) {
    auto r = gw.request(http::bhttp::verb::post, "/admin/keys", policy,
                        {{"authorization", std::string("Bearer ") + kAdminKey}});
    EXPECT_EQ(r.status, 201u) << r.body;
    Parsed p(r.body);
    if (id) *id = std::string(str(p["/id"]));
    return std::string(str(p["/key"]));
  }
  // A key's policy with a daily budget; every model above is allowed, so
  // "not-this-model" is a 403 once a replica knows the key.
  static std::string policy(double budget_day_usd) {
    return R"({"team":"t","models":["hybrid","cloud-only","cloud-slow","cloud-hang"],)"
           R"("budget_day_usd":)" +
           std::to_string(budget_day_usd) + "}";
  }
  // Polls (bounded) until `post` answers `want` for `key` on a model the
  // key may not use: 401 while the replica does not know the key, 403 once
  // it does; nothing reaches reserve.
  template <typename Post>
  static bool wait_for_status(Post post, const std::string& key, unsigned want) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (std::chrono::steady_clock::now() < deadline) {
      if (post("/v1/chat/completions", chat_body("not-this-model"), bearer(key)).status == want)
        return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
  }
  static auto poster(testing::LoopbackGateway& gw) {
    return [&gw](const std::string& t, const std::string& b, Headers h) {
      return gw.post(t, b, std::move(h));
    };
  }

  // What the ledger (PostgreSQL) says `key_id` spent.
  static double spent_in_ledger(const std::string& key_id) {
    double sum = 0;
    auto store = ledger::PostgresStore::open({g_ledger_url});
    EXPECT_TRUE(store) << store.error().message;
    if (!store) return sum;
    EXPECT_FALSE((*store)->scan(0, [&](const ledger::RequestRecord& r) {
      if (r.key_id == key_id) sum += r.cost_usd;
      return true;
    }));
    return sum;
  }
  // Redis forgets this test's keys (as a Redis restarted without
  // persistence would).
  void forget_redis() const {
    auto admin = limits::RedisClient::connect({g_redis_url});
    ASSERT_TRUE(admin) << admin.error().message;
    auto keys = (*admin)->command({"KEYS", prefix_ + "*"});
    ASSERT_TRUE(keys) << keys.error().message;
    ASSERT_FALSE(keys->items.empty()) << "the test stored nothing in Redis";
    for (const auto& k : keys->items) ASSERT_TRUE((*admin)->command({"DEL", k.text}));
  }

  FakeOpenAIUpstream local_;
  FakeOpenAIUpstream cloud_;
  testing::LoopbackGateway a_;
  testing::LoopbackGateway b_;
  std::string prefix_;
  std::filesystem::path dir_;
};

TEST_F(ReplicaBudgetsTest, TwoReplicasEnforceOneBudgetOvershootingByAtMostTheRequestsInFlight) {
  // No max_tokens: each reserves output_tokens_estimate = 1 output token
  // but answers with 2, so each costs more than it reserved.
  start_both("budgets: {output_tokens_estimate: 1}\n");
  ASSERT_FALSE(HasFatalFailure());
  const std::string body = chat_body("cloud-slow", 0);
  const double est = estimate(body, 1);
  const double budget = 4 * est;
  std::string id;
  const std::string key = create(a_, policy(budget), &id);
  ASSERT_TRUE(wait_for_status(poster(b_), key, 403)) << "replica b never saw the key";

  constexpr int kRequests = 12;
  std::vector<std::future<TestResponse>> answers;
  for (int i = 0; i < kRequests; ++i)
    answers.push_back(std::async(std::launch::async, [&, i] {
      return (i % 2 ? b_ : a_).post("/v1/chat/completions", body, bearer(key));
    }));
  int served = 0, refused = 0;
  for (auto& a : answers) {
    const TestResponse r = a.get();
    if (r.status == 200u) {
      ++served;
    } else {
      EXPECT_EQ(r.status, 429u) << r.body;
      EXPECT_EQ(parse_error(r.body).code, "budget_exceeded") << r.body;
      ++refused;
    }
  }
  EXPECT_EQ(served + refused, kRequests);
  EXPECT_GE(served, 1);
  EXPECT_EQ(cloud_.request_count(), static_cast<std::size_t>(served)) << "refused: never sent";
  a_.gateway().flush_ledger();
  b_.gateway().flush_ledger();
  const double spent = spent_in_ledger(id);
  EXPECT_NEAR(spent, served * kAnswerCost, 1e-9);
  // Both replicas together reserved no more than the budget holds, and
  // passed it only by what each request in flight cost beyond its estimate.
  const double excess = kAnswerCost - est;
  ASSERT_GT(excess, 0);
  EXPECT_LE(served * est, budget + 1e-9);
  EXPECT_LE(spent, budget + served * excess + 1e-9);

  // Spent: both replicas refuse the cloud, and both still serve the free
  // local deployment (budgets.free_local_when_spent).
  for (testing::LoopbackGateway* gw : {&a_, &b_}) {
    auto r = gw->post("/v1/chat/completions", chat_body("cloud-only"), bearer(key));
    ASSERT_EQ(r.status, 429u) << r.body;
    EXPECT_EQ(parse_error(r.body).code, "budget_exceeded");
    EXPECT_FALSE(r.header("retry-after").empty());
    auto local = gw->post("/v1/chat/completions", chat_body("hybrid"), bearer(key));
    EXPECT_EQ(local.status, 200u) << local.body;
  }
  EXPECT_EQ(cloud_.request_count(), static_cast<std::size_t>(served));
  EXPECT_EQ(local_.request_count(), 2u);
}

// Redis lost the key's spend (restarted without persistence, flushed):
// the next reserve, on the other replica, seeds the month from the ledger
// in PostgreSQL, the record of truth, and the budget holds.
TEST_F(ReplicaBudgetsTest, SpendMissingFromRedisIsSeededFromTheLedger) {
  start_both();
  ASSERT_FALSE(HasFatalFailure());
  const std::string body = chat_body("cloud-only");
  const double est = estimate(body, 5);
  const double budget = 2 * kAnswerCost + est - 0.001;  // two answers fit, a third does not
  const std::string key = create(a_, policy(budget));
  ASSERT_TRUE(wait_for_status(poster(b_), key, 403));
  ASSERT_EQ(a_.post("/v1/chat/completions", body, bearer(key)).status, 200u);
  ASSERT_EQ(a_.post("/v1/chat/completions", body, bearer(key)).status, 200u);
  a_.gateway().flush_ledger();  // the records are in PostgreSQL
  forget_redis();
  ASSERT_FALSE(HasFatalFailure());
  auto r = b_.post("/v1/chat/completions", body, bearer(key));
  ASSERT_EQ(r.status, 429u) << r.body << " (the spend was not seeded from the ledger)";
  EXPECT_EQ(parse_error(r.body).code, "budget_exceeded");
  EXPECT_TRUE(parse_error(r.body).says("$0.0880")) << r.body;
  EXPECT_EQ(cloud_.request_count(), 2u);
}

// A replica killed (SIGKILL) while a request of the key is in flight
// upstream: its reservation keeps the budget held until its lease
// (limits.lease_ms) runs out, then the other replica serves again.
TEST_F(ReplicaBudgetsTest, AReplicaKilledMidRequestHoldsItsReservationOnlyUntilItsLease) {
  b_.start(yaml("b", "  lease_ms: 1000\n"), env, "b.yaml");
  ASSERT_FALSE(HasFatalFailure());
  const std::string config_path = (dir_ / "c.yaml").string();
  std::ofstream(config_path) << yaml("c", "  lease_ms: 1000\n");
  testing::ServeProcess c;
  c.start(config_path, {std::string("SWITCHYARD_ADMIN_KEY=") + kAdminKey,
                        "TEST_LEDGER_URL=" + g_ledger_url, "TEST_REDIS_URL=" + g_redis_url});
  ASSERT_FALSE(HasFatalFailure());
  // "cloud-hang" and "cloud-only" reserve the same: one fits, two do not.
  const std::string hang = chat_body("cloud-hang");
  const std::string quick = chat_body("cloud-only");
  ASSERT_EQ(hang.size(), quick.size());
  const double est = estimate(quick, 5);
  const std::string key = create(b_, policy(1.5 * est));
  auto c_post = [&c](const std::string& t, const std::string& b, Headers h) {
    return c.post(t, b, std::move(h));
  };
  ASSERT_TRUE(wait_for_status(c_post, key, 403)) << "the replica process never saw the key";

  auto in_flight = std::async(std::launch::async, [&] {
    try {
      return c.post("/v1/chat/completions", hang, bearer(key)).status;
    } catch (const std::exception&) {
      return 0u;  // the replica died under it
    }
  });
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (cloud_.request_count() == 0 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));  // bounded: until it is upstream
  ASSERT_EQ(cloud_.request_count(), 1u) << "the request never reached the upstream";
  auto held = b_.post("/v1/chat/completions", quick, bearer(key));
  ASSERT_EQ(held.status, 429u) << held.body;
  EXPECT_EQ(parse_error(held.body).code, "budget_exceeded");
  EXPECT_EQ(held.header("retry-after"), "1") << "held by a request in flight, not spent";

  const int status = c.kill_now();
  ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << status;
  EXPECT_EQ(in_flight.get(), 0u);
  unsigned last = 0;
  const auto lease_deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
  while (std::chrono::steady_clock::now() < lease_deadline) {
    auto r = b_.post("/v1/chat/completions", quick, bearer(key));
    last = r.status;
    if (last != 429u) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));  // bounded poll for the lease
  }
  EXPECT_EQ(last, 200u) << "the dead replica's reservation was never released";
  EXPECT_EQ(cloud_.request_count(), 2u);
}

// Redis down: no budget can be checked, so a budgeted key's requests (it
// has no rate limits: only the budget store asks Redis) are refused with
// a 503 that says why and sends nothing (fail closed);
// `limits.on_unavailable: allow` serves them instead.
TEST_F(ReplicaBudgetsTest, RedisDownBudgetsFailClosedUnlessConfiguredToAllow) {
  testing::PrivateRedis redis;
  ASSERT_FALSE(redis.url().empty());
  g_redis_url = redis.url();
  a_.start(yaml("a"), env, "a.yaml");
  ASSERT_FALSE(HasFatalFailure());
  b_.start(yaml("b", "  on_unavailable: allow\n"), env, "b.yaml");
  ASSERT_FALSE(HasFatalFailure());
  const std::string key = create(a_, policy(100));
  ASSERT_TRUE(wait_for_status(poster(b_), key, 403));
  ASSERT_EQ(a_.post("/v1/chat/completions", chat_body("cloud-only"), bearer(key)).status, 200u);
  const auto upstream_before = cloud_.request_count();
  redis.stop();
  auto refused = a_.post("/v1/chat/completions", chat_body("cloud-only"), bearer(key));
  ASSERT_EQ(refused.status, 503u) << refused.body;
  const auto e = parse_error(refused.body);
  EXPECT_EQ(e.code, "limits_unavailable");
  EXPECT_TRUE(e.says("budget store")) << e.message;
  EXPECT_EQ(refused.header("retry-after"), "1");
  EXPECT_EQ(cloud_.request_count(), upstream_before) << "nothing was sent";
  auto allowed = b_.post("/v1/chat/completions", chat_body("cloud-only"), bearer(key));
  EXPECT_EQ(allowed.status, 200u) << allowed.body;
}

}  // namespace
}  // namespace switchyard::gateway
