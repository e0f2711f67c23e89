// A request that the reserve stage admitted (its key's concurrency slot,
// RPM, TPM and a budget reservation taken) and that load spill then
// refuses (every permitted deployment over its load limits for
// routing.spill.max_wait_ms: 503 local_capacity_exceeded, nothing sent)
// gives all of it back as a cancel (limits/admission.hpp): the slot free,
// the budget reservation released and nothing charged, so the key's next
// request passes. In memory and with Redis (a real redis-server on
// loopback, tests/support/test_servers.hpp), where the counters are also
// read while the request waits and after its 503.
//
// Prices (USD per 1M): input 1000, output 20000 on the local deployment
// and on the cloud one, so a request with max_tokens 20 reserves a little
// over $0.40; the key's daily budget of $0.60 holds one such reservation
// and not two. The fake answers "echo: hello" (2 tokens) to a prompt of 4:
// $0.044 answered.
#include <gtest/gtest.h>

#include <chrono>
#include <future>
#include <thread>

#include "fakes/fake_openai_upstream.hpp"
#include "support/error_body.hpp"
#include "support/json_compare.hpp"
#include "support/loopback_gateway.hpp"
#include "support/temp_ledger.hpp"
#include "support/test_servers.hpp"
#include "switchyard/limits/redis_budget_store.hpp"
#include "switchyard/limits/redis_limit_store.hpp"

namespace switchyard::gateway {
namespace {

using testing::parse_error;
using testing::Parsed;
using testing::str;
using Headers = std::vector<std::pair<std::string, std::string>>;

constexpr const char* kAdminKey = "adm-spill-cancel-0123456789abcdef";
std::string g_redis_url;

const char* env(const char* name) {
  const std::string_view n(name);
  if (n == "SWITCHYARD_ADMIN_KEY") return kAdminKey;
  if (n == "TEST_REDIS_URL") return g_redis_url.c_str();
  return nullptr;
}

std::string chat_body(const std::string& model, const std::string& text = "hello") {
  return R"({"model":")" + model + R"(","max_tokens":20,"messages":[{"role":"user","content":")" +
         text + R"("}]})";
}

Headers bearer(const std::string& key) {
  return {{"authorization", "Bearer " + key}};
}

std::int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

enum class Store { memory, redis };

class SpillCancelTest : public ::testing::Test {
 protected:
  void SetUp() override { upstream_.start(); }
  void use_redis() {
    store_ = Store::redis;
    g_redis_url = testing::TestServers::get().redis_url();
    ASSERT_FALSE(g_redis_url.empty());
    prefix_ = testing::unique_test_name("spillcancel") + ":";
  }
  void TearDown() override {
    gw_.stop();
    upstream_.shutdown();
  }

  void start() {
    const std::string price = "price: {input_per_1m: 1000, output_per_1m: 20000}";
    std::string yaml =
        testing::loopback_server_yaml(2) +
        "providers:\n"
        "  - { name: local, kind: openai_compatible, base_url: " +
        upstream_.base_url() +
        "/v1 }\n"
        "  - { name: cloud, kind: openai_compatible, base_url: " +
        upstream_.base_url() +
        "/v1 }\n"
        "models:\n"
        // The local deployment holds each request 2 s and is over its
        // limits at a queue depth of 1.
        "  - alias: m\n    deployments:\n"
        "      - { name: local-a, provider: local, model: slow-2000, side: local, "
        "spill: { queue_depth: 1 }, " +
        price +
        " }\n"
        "      - { name: cloud-a, provider: cloud, model: cloud-model, side: cloud, " +
        price +
        " }\n"
        "  - alias: p\n    deployments:\n"
        "      - { name: cloud-p, provider: cloud, model: cloud-model, side: cloud, " +
        price +
        " }\n"
        "routing:\n  retry: { max_attempts: 1 }\n  spill: { max_wait_ms: 300 }\n" +
        ledger_.yaml() + "keys:\n  required: true\n";
    if (store_ == Store::redis)
      yaml += "limits:\n  store: redis\n  url_env: TEST_REDIS_URL\n  prefix: \"" + prefix_ + "\"\n";
    gw_.start(yaml, env, "spill-cancel.yaml");
  }

  std::string create(const std::string& policy, std::string* id = nullptr) {
    auto r = gw_.request(http::bhttp::verb::post, "/admin/keys", policy,
                         {{"authorization", std::string("Bearer ") + kAdminKey}});
    EXPECT_EQ(r.status, 201u) << r.body;
    Parsed p(r.body);
    if (id) *id = std::string(str(p["/id"]));
    return std::string(str(p["/key"]));
  }

  std::size_t requests_for(const std::string& model) const {
    std::size_t n = 0;
    for (const auto& r : upstream_.requests()) n += str(Parsed(r.body)["/model"]) == model ? 1 : 0;
    return n;
  }

  testing::FakeOpenAIUpstream upstream_{"127.0.0.1", 0, 2};
  testing::TempLedger ledger_{"switchyard-spill-cancel"};
  testing::LoopbackGateway gw_;
  std::string prefix_;
  Store store_ = Store::memory;

  void refused_request_gives_back_its_slot_and_reservation();
};

void SpillCancelTest::refused_request_gives_back_its_slot_and_reservation() {
  start();
  std::string id;
  const std::string key = create(
      R"({"team":"hr","max_concurrent":1,"rpm":100,"tpm":100000,"budget_day_usd":0.6})", &id);
  const std::string holder_key = create(R"({"team":"ops"})");

  // Another key's request fills the local deployment's queue.
  auto holder = std::async(std::launch::async, [&] {
    return gw_.post("/v1/chat/completions", chat_body("m"), bearer(holder_key));
  });
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (requests_for("slow-2000") < 1) {
    ASSERT_LT(std::chrono::steady_clock::now(), give_up) << "the holding request never arrived";
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }

  // Restricted data may only run locally: the key's request is admitted
  // (slot and ~$0.40 reserved), held for load, and refused.
  auto held = std::async(std::launch::async, [&] {
    return gw_.post(
        "/v1/chat/completions", chat_body("m", "payroll"),
        {{"authorization", "Bearer " + key}, {"x-switchyard-data-class", "restricted"}});
  });

  std::unique_ptr<limits::RedisLimitStore> redis_limits;
  std::unique_ptr<limits::RedisBudgetStore> redis_budgets;
  if (store_ == Store::redis) {
    // What the gateway holds in Redis while the request waits.
    auto l = limits::RedisLimitStore::open({{g_redis_url}, prefix_});
    ASSERT_TRUE(l) << l.error().message;
    redis_limits = std::move(*l);
    auto b = limits::RedisBudgetStore::open({{g_redis_url}, prefix_});
    ASSERT_TRUE(b) << b.error().message;
    redis_budgets = std::move(*b);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (redis_limits->in_flight(id) == 0 && std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    EXPECT_EQ(redis_limits->in_flight(id), 1);
    EXPECT_GT(redis_budgets->spent(id, now_ms()).day_usd, 0.4);
  }

  auto r = held.get();
  ASSERT_EQ(r.status, 503u) << r.body;
  EXPECT_EQ(parse_error(r.body).code, "local_capacity_exceeded");
  EXPECT_FALSE(r.header("retry-after").empty());
  EXPECT_EQ(requests_for("slow-2000"), 1u);  // nothing of it was sent

  if (store_ == Store::redis) {
    EXPECT_EQ(redis_limits->in_flight(id), 0);
    EXPECT_EQ(redis_budgets->spent(id, now_ms()).day_usd, 0.0);
  }

  // Its slot is free and its reservation gone: the key's next request
  // (max_concurrent 1, $0.40 more of $0.60) passes. Had the refused one
  // been charged its estimate, this would be 429 budget_exceeded; had it
  // kept its slot, 429 concurrency_limit_exceeded.
  auto next = gw_.post("/v1/chat/completions", chat_body("p"), bearer(key));
  ASSERT_EQ(next.status, 200u) << next.body;
  EXPECT_EQ(next.header("x-switchyard-deployment"), "cloud-p");

  auto h = holder.get();
  EXPECT_EQ(h.status, 200u) << h.body;

  // The ledger: the refusal costs nothing, the answer its price.
  double spent = 0;
  bool refused_recorded = false;
  for (const auto& rec : gw_.ledger_records(ledger_.path())) {
    if (rec.key_id != id) continue;
    spent += rec.cost_usd;
    if (rec.status == 503) {
      refused_recorded = true;
      EXPECT_EQ(rec.cost_usd, 0.0);
    }
  }
  EXPECT_TRUE(refused_recorded);
  EXPECT_NEAR(spent, 0.044, 1e-9);
  if (store_ == Store::redis) {
    EXPECT_EQ(redis_limits->in_flight(id), 0);
    EXPECT_NEAR(redis_budgets->spent(id, now_ms()).day_usd, 0.044, 1e-9);
  }
}

TEST_F(SpillCancelTest, InMemoryARequestRefusedByLoadSpillGivesBackItsSlotAndReservation) {
  refused_request_gives_back_its_slot_and_reservation();
}

TEST_F(SpillCancelTest, InRedisARequestRefusedByLoadSpillGivesBackItsSlotAndReservation) {
  use_redis();
  ASSERT_FALSE(HasFatalFailure());
  refused_request_gives_back_its_slot_and_reservation();
}

}  // namespace
}  // namespace switchyard::gateway
