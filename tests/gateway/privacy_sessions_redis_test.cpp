// Privacy sessions in Redis (`limits.store: redis`), on a real redis-server
// on loopback (tests/support/test_servers.hpp): the store keeps one key per
// session under <prefix>session:, the higher class wins, the key expires
// ttl after the last mark; two replicas on one Redis agree on a session;
// and a Redis that is down fails closed: a session's request is classed
// restricted and stays local, and the errors are counted.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "fakes/fake_openai_upstream.hpp"
#include "support/loopback_gateway.hpp"
#include "support/temp_ledger.hpp"
#include "support/test_servers.hpp"
#include "switchyard/gateway/redis_session_store.hpp"
#include "switchyard/limits/redis_client.hpp"

namespace switchyard::gateway {
namespace {

using privacy::DataClass;
using std::chrono::hours;
using std::chrono::milliseconds;
using testing::FakeOpenAIUpstream;
using testing::TestResponse;
using Headers = std::vector<std::pair<std::string, std::string>>;

std::string g_redis_url;  // what TEST_REDIS_URL holds (a function pointer cannot capture)

const char* env(const char* name) {
  return std::string_view(name) == "TEST_REDIS_URL" ? g_redis_url.c_str() : nullptr;
}

std::unique_ptr<RedisSessionStore> open_store(const std::string& url, const std::string& prefix) {
  limits::RedisOptions o;
  o.url = url;
  o.retry_after_failure = milliseconds(0);
  auto s = RedisSessionStore::open(o, prefix);
  EXPECT_TRUE(s) << s.error().message;
  return s ? std::move(*s) : nullptr;
}

class RedisSessionStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    url_ = testing::TestServers::get().redis_url();
    ASSERT_FALSE(url_.empty()) << testing::TestServers::get().why();
    prefix_ = testing::unique_test_name("ses") + ":";
    auto admin = limits::RedisClient::connect({url_});
    ASSERT_TRUE(admin) << admin.error().message;
    admin_ = std::move(*admin);
  }
  std::string url_;
  std::string prefix_;
  std::unique_ptr<limits::RedisClient> admin_;
};

TEST_F(RedisSessionStoreTest, KeepsTheHigherClassUnderItsPrefixExpiringTtlAfterTheLastMark) {
  auto store = open_store(url_, prefix_);
  ASSERT_TRUE(store);
  const std::string key = privacy::session_key("key:aaaaaaaaaaaaaaaa", "conv-1");
  auto r = store->recall(key);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(*r, std::nullopt);

  EXPECT_FALSE(store->remember(key, DataClass::restricted, hours(24)));
  EXPECT_FALSE(store->remember(key, DataClass::confidential, hours(2)));
  r = store->recall(key);
  ASSERT_TRUE(r);
  EXPECT_EQ(*r, DataClass::restricted) << "the higher class wins";

  // One key, under <prefix>session:, holding the level, expiring from the last mark.
  auto value = admin_->command({"GET", prefix_ + "session:" + key});
  ASSERT_TRUE(value);
  EXPECT_EQ(value->text, "3");
  auto pttl = admin_->command({"PTTL", prefix_ + "session:" + key});
  ASSERT_TRUE(pttl);
  EXPECT_GT(pttl->integer, 7'000'000);  // about 2 h, the last mark's ttl
  EXPECT_LE(pttl->integer, 7'200'000);
  auto keys = admin_->command({"KEYS", prefix_ + "*"});
  ASSERT_TRUE(keys);
  EXPECT_EQ(keys->items.size(), 1u);

  // Another caller's session of the same name is another key.
  r = store->recall(privacy::session_key("key:bbbbbbbbbbbbbbbb", "conv-1"));
  ASSERT_TRUE(r);
  EXPECT_EQ(*r, std::nullopt);
}

TEST_F(RedisSessionStoreTest, AMarkThatIsNotAClassLevelIsAnError) {
  auto store = open_store(url_, prefix_);
  ASSERT_TRUE(store);
  const std::string key = privacy::session_key("", "s");
  ASSERT_TRUE(admin_->command({"SET", prefix_ + "session:" + key, "7"}));
  EXPECT_FALSE(store->recall(key));
  ASSERT_TRUE(admin_->command({"SET", prefix_ + "session:" + key, "x"}));
  EXPECT_FALSE(store->recall(key));
}

TEST_F(RedisSessionStoreTest, RedisDownIsAnErrorOnReadAndWrite) {
  testing::PrivateRedis redis;
  ASSERT_FALSE(redis.url().empty());
  auto store = open_store(redis.url(), prefix_);
  ASSERT_TRUE(store);
  const std::string key = privacy::session_key("", "s");
  EXPECT_FALSE(store->remember(key, DataClass::restricted, hours(1)));
  redis.stop();
  EXPECT_FALSE(store->recall(key));
  EXPECT_TRUE(store->remember(key, DataClass::restricted, hours(1)));
}

// Two replicas on one Redis, in front of a local and a cloud fake.
class RedisSessionsGatewayTest : public ::testing::Test {
 protected:
  void SetUp() override {
    g_redis_url = testing::TestServers::get().redis_url();
    ASSERT_FALSE(g_redis_url.empty()) << testing::TestServers::get().why();
    prefix_ = testing::unique_test_name("sgw") + ":";
    local_.start();
    cloud_.start();
  }
  void TearDown() override {
    a_.stop();
    b_.stop();
    local_.shutdown();
    cloud_.shutdown();
  }
  std::string yaml(const testing::TempLedger& ledger) const {
    return testing::loopback_server_yaml(2) +
           "providers:\n"
           "  - { name: local, kind: openai_compatible, base_url: '" +
           local_.base_url() + "/v1' }\n" +
           "  - { name: cloud, kind: openai_compatible, base_url: '" + cloud_.base_url() +
           "/v1' }\n" +
           "models:\n"
           "  - alias: cloud-first\n    deployments:\n"
           "      - { provider: cloud, model: m, side: cloud, name: cloud }\n"
           "      - { provider: local, model: m, side: local, name: local }\n" +
           ledger.yaml() + "limits:\n  store: redis\n  url_env: TEST_REDIS_URL\n  prefix: \"" +
           prefix_ + "\"\n";
  }
  static TestResponse chat(testing::LoopbackGateway& gw, const std::string& text,
                           const std::string& session) {
    Headers h = {{"authorization", "Bearer sk-alice-0001"}};
    if (!session.empty()) h.emplace_back("x-switchyard-session", session);
    return gw.post(
        "/v1/chat/completions",
        R"({"model":"cloud-first","messages":[{"role":"user","content":")" + text + R"("}]})",
        std::move(h));
  }

  std::string prefix_;
  FakeOpenAIUpstream local_;
  FakeOpenAIUpstream cloud_;
  testing::TempLedger ledger_a_{"switchyard-sessions-a"};
  testing::TempLedger ledger_b_{"switchyard-sessions-b"};
  testing::LoopbackGateway a_;
  testing::LoopbackGateway b_;
};

const std::string kSsnText = "My SSN is 536-22-8146, please file the form.";
const std::string kCleanText = "Summarise our discussion in three bullet points.";

TEST_F(RedisSessionsGatewayTest, ASessionMarkedOnOneReplicaIsRaisedOnTheOther) {
  a_.start(yaml(ledger_a_), env, "a.yaml");
  ASSERT_FALSE(HasFatalFailure());
  b_.start(yaml(ledger_b_), env, "b.yaml");
  ASSERT_FALSE(HasFatalFailure());
  ASSERT_EQ(chat(a_, kSsnText, "S").header("x-switchyard-side"), "local");
  auto r = chat(b_, kCleanText, "S");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-data-class"), "restricted");
  EXPECT_EQ(r.header("x-switchyard-side"), "local");
  EXPECT_EQ(cloud_.request_count(), 0u);
  EXPECT_EQ(chat(b_, kCleanText, "").header("x-switchyard-side"), "cloud");
  const auto records = b_.ledger_records(ledger_b_.path());
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].class_reason, "session carried restricted data within 1d");
}

TEST_F(RedisSessionsGatewayTest, RedisDownClassesASessionsRequestRestrictedAndCountsIt) {
  testing::PrivateRedis redis;
  ASSERT_FALSE(redis.url().empty());
  g_redis_url = redis.url();
  a_.start(yaml(ledger_a_), env, "a.yaml");
  ASSERT_FALSE(HasFatalFailure());
  ASSERT_EQ(chat(a_, kCleanText, "S").header("x-switchyard-side"), "cloud");
  const auto cloud_before = cloud_.request_count();
  redis.stop();
  auto r = chat(a_, kCleanText, "S");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-data-class"), "restricted");
  EXPECT_EQ(r.header("x-switchyard-side"), "local");
  EXPECT_EQ(cloud_.request_count(), cloud_before) << "fail closed: nothing to the cloud";
  // A request without a session does not ask the store.
  EXPECT_EQ(chat(a_, kCleanText, "").header("x-switchyard-side"), "cloud");

  const auto records = a_.ledger_records(ledger_a_.path());
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[1].class_reason, "session store unavailable (fail closed)");
  const std::string page = a_.get("/metrics").body;
  EXPECT_NE(page.find("switchyard_session_class_raised_total{cause=\"store_error\"} 1\n"),
            std::string::npos)
      << page;
  // The failed read, then the failed mark of that restricted request.
  EXPECT_NE(page.find("switchyard_session_store_errors_total 2\n"), std::string::npos) << page;
}

}  // namespace
}  // namespace switchyard::gateway
