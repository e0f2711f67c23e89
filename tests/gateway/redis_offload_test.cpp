// The stores' Redis round trips leave the io thread (pipeline.hpp: with
// limits.store: redis the admit stages and the settle run on a pool):
// against a Redis that accepts connections and never answers, a keyed
// request waits for its admission while another request on the same (one)
// io thread is served; once the Redis goes away, the waiting request gets
// its 503 limits_unavailable. With the stages on the io thread, the second
// request could not be answered before the first.
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

#include "fakes/fake_openai_upstream.hpp"
#include "support/error_body.hpp"
#include "support/json_compare.hpp"
#include "support/loopback_gateway.hpp"
#include "support/temp_ledger.hpp"

namespace switchyard::gateway {
namespace {

using testing::parse_error;
using testing::Parsed;
using testing::str;

constexpr const char* kAdminKey = "adm-redis-offload-0123456789abcdef";
std::string g_redis_url;

const char* env(const char* name) {
  const std::string_view n(name);
  if (n == "SWITCHYARD_ADMIN_KEY") return kAdminKey;
  if (n == "TEST_REDIS_URL") return g_redis_url.c_str();
  return nullptr;
}

// A TCP server on loopback that accepts every connection and reads what
// it is sent, answering nothing (a Redis that hangs), until release()
// closes every connection (a Redis that went away).
class SilentRedis {
 public:
  SilentRedis() {
    listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    ::setsockopt(listener_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    if (::bind(listener_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        ::listen(listener_, 64) != 0)
      throw std::runtime_error("SilentRedis: cannot listen");
    socklen_t len = sizeof addr;
    ::getsockname(listener_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
    acceptor_ = std::thread([this] { accept_loop(); });
  }
  ~SilentRedis() {
    release();
    ::shutdown(listener_, SHUT_RDWR);
    ::close(listener_);
    acceptor_.join();
    for (auto& t : readers_) t.join();
  }

  int port() const { return port_; }
  // Bytes received on every connection so far (a command that arrived).
  std::size_t received() const { return received_.load(); }
  void release() {
    std::lock_guard lock(mu_);
    released_ = true;
    for (int fd : conns_) ::shutdown(fd, SHUT_RDWR);
  }

 private:
  void accept_loop() {
    for (;;) {
      const int fd = ::accept(listener_, nullptr, nullptr);
      if (fd < 0) return;
      std::lock_guard lock(mu_);
      if (released_) {
        ::close(fd);
        continue;
      }
      conns_.push_back(fd);
      readers_.emplace_back([this, fd] {
        char buf[4096];
        for (;;) {
          const ssize_t n = ::read(fd, buf, sizeof buf);
          if (n <= 0) break;
          received_.fetch_add(static_cast<std::size_t>(n));
        }
        ::close(fd);
      });
    }
  }

  int listener_ = -1;
  int port_ = 0;
  std::thread acceptor_;
  std::mutex mu_;
  bool released_ = false;
  std::vector<int> conns_;
  std::vector<std::thread> readers_;
  std::atomic<std::size_t> received_{0};
};

TEST(RedisOffloadTest, AHangingRedisDoesNotStallOtherRequestsOnTheSameIoThread) {
  SilentRedis redis;
  g_redis_url = "redis://127.0.0.1:" + std::to_string(redis.port());
  testing::FakeOpenAIUpstream upstream;
  upstream.start();
  testing::TempLedger ledger("switchyard-redis-offload");
  testing::LoopbackGateway gw;
  // One io thread; a Redis command may take 10 s before it times out.
  gw.start(testing::loopback_server_yaml(1) +
               "providers:\n  - { name: cloud, kind: openai_compatible, base_url: " +
               upstream.base_url() +
               "/v1 }\n"
               "models:\n  - alias: m\n    deployments:\n"
               "      - { provider: cloud, model: cloud-model, side: cloud, name: cloud }\n" +
               ledger.yaml() +
               "keys:\n  required: true\n"
               "limits:\n  store: redis\n  url_env: TEST_REDIS_URL\n  timeout_ms: 10000\n",
           env, "redis-offload.yaml");
  auto created = gw.request(http::bhttp::verb::post, "/admin/keys", R"({"team":"t","rpm":100})",
                            {{"authorization", std::string("Bearer ") + kAdminKey}});
  ASSERT_EQ(created.status, 201u) << created.body;
  const std::string key(str(Parsed(created.body)["/key"]));
  const std::vector<std::pair<std::string, std::string>> auth{{"authorization", "Bearer " + key}};

  // Its admission (one EVALSHA) reaches the silent Redis and waits.
  auto waiting = std::async(std::launch::async, [&] {
    return gw.post("/v1/chat/completions",
                   R"({"model":"m","messages":[{"role":"user","content":"hello"}]})", auth);
  });
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (redis.received() == 0) {
    ASSERT_LT(std::chrono::steady_clock::now(), give_up) << "no command reached Redis";
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }

  // Meanwhile the same io thread serves the key's model list, and again.
  for (int i = 0; i < 2; ++i) {
    auto models = gw.request(http::bhttp::verb::get, "/v1/models", "", auth);
    ASSERT_EQ(models.status, 200u) << models.body;
    EXPECT_EQ(str(Parsed(models.body)["/data/0/id"]), "m");
  }
  EXPECT_EQ(gw.get("/healthz").status, 200u);
  EXPECT_EQ(waiting.wait_for(std::chrono::seconds(0)), std::future_status::timeout)
      << "the keyed request ended before Redis answered";

  // Redis goes away: the waiting request fails closed, nothing sent.
  redis.release();
  auto r = waiting.get();
  ASSERT_EQ(r.status, 503u) << r.body;
  EXPECT_EQ(parse_error(r.body).code, "limits_unavailable");
  EXPECT_EQ(upstream.request_count(), 0u);
  gw.stop();
  upstream.shutdown();
}

}  // namespace
}  // namespace switchyard::gateway
