// Active health checks against a real HTTP server on loopback whose /health
// answer the test sets, and against a closed port.
#include "switchyard/http/asio.hpp"  // first: carries the Boost 1.74 work-arounds

#include "switchyard/providers/health_checker.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <functional>
#include <mutex>
#include <thread>

#include "switchyard/http/server.hpp"

namespace switchyard::providers {
namespace {

using namespace std::chrono_literals;

// Polls `done` until it holds or 20 s pass (generous: the machine is shared).
bool eventually(const std::function<bool()>& done) {
  const auto until = std::chrono::steady_clock::now() + 20s;
  while (!done()) {
    if (std::chrono::steady_clock::now() > until) return false;
    std::this_thread::sleep_for(2ms);
  }
  return true;
}

// A port nothing listens on: bound once by the OS, then released.
std::uint16_t closed_port() {
  http::net::io_context ioc;
  http::tcp::acceptor a(ioc, {http::net::ip::make_address("127.0.0.1"), 0});
  return a.local_endpoint().port();
}

// Answers GET /health with `status`; `hang` makes it never answer.
class HealthServer {
 public:
  HealthServer()
      : server_(options(), [this](http::Request& req, http::ResponseWriter& out) {
          return handle(req, out);
        }) {
    server_.start();
  }
  ~HealthServer() { server_.shutdown(100ms); }

  std::string url(std::string_view path = "/v1") const {
    return "http://127.0.0.1:" + std::to_string(server_.port()) + std::string(path);
  }
  std::atomic<unsigned> status{200};
  std::atomic<bool> hang{false};
  std::atomic<int> hits{0};
  std::string last_target() {
    std::lock_guard lock(mu_);
    return target_;
  }
  std::string last_authorization() {
    std::lock_guard lock(mu_);
    return authorization_;
  }

 private:
  static http::ServerOptions options() {
    http::ServerOptions o;
    o.host = "127.0.0.1";
    o.port = 0;
    o.threads = 1;
    return o;
  }
  http::Task<void> handle(http::Request& req, http::ResponseWriter& out) {
    {
      std::lock_guard lock(mu_);
      target_ = std::string(req.target());
      authorization_ = std::string(req[http::bhttp::field::authorization]);
    }
    ++hits;
    if (hang) {
      http::net::steady_timer t(co_await http::net::this_coro::executor, 60s);
      boost::system::error_code ec;
      co_await t.async_wait(http::use_ec(ec));
    }
    co_await out.send(status, "application/json", status == 200 ? "{\"status\":\"ok\"}" : "{}");
  }

  std::mutex mu_;
  std::string target_, authorization_;
  http::Server server_;
};

struct Transition {
  std::size_t index;
  bool up;
  std::string why;
};

class HealthCheckerTest : public ::testing::Test {
 protected:
  std::shared_ptr<EndpointPool> make_pool(std::vector<std::string> endpoints,
                                          HealthCheckOptions h) {
    std::vector<http::Url> urls;
    for (const auto& e : endpoints) urls.push_back(*http::Url::parse(e));
    auto pool = std::make_shared<EndpointPool>("local", std::move(urls), h);
    pool->set_observer([this](std::size_t i, bool up, const std::string& why) {
      std::lock_guard lock(mu_);
      seen_.push_back({i, up, why});
    });
    return pool;
  }
  std::vector<Transition> seen() {
    std::lock_guard lock(mu_);
    return seen_;
  }

  std::mutex mu_;
  std::vector<Transition> seen_;
};

HealthCheckOptions fast(int unhealthy_after, int healthy_after) {
  HealthCheckOptions h;
  h.interval = 10ms;
  h.timeout = 2s;
  h.unhealthy_after = unhealthy_after;
  h.healthy_after = healthy_after;
  return h;
}

TEST_F(HealthCheckerTest, ProbesTakeEndpointsOutAndBringThemBack) {
  HealthServer server;
  auto pool = make_pool({server.url(), "http://127.0.0.1:" + std::to_string(closed_port()) + "/v1"},
                        fast(2, 2));
  HealthChecker checker;
  checker.add(pool, {}, "");
  checker.start();

  // The closed port is found out by probes alone; no request was made.
  ASSERT_TRUE(eventually([&] { return !pool->up(1); }));
  ASSERT_TRUE(eventually([&] { return server.hits >= 3; }));
  EXPECT_TRUE(pool->up(0));
  // On the host, not under the base path /v1.
  EXPECT_EQ(server.last_target(), "/health");

  server.status = 503;  // llama-server while loading a model
  ASSERT_TRUE(eventually([&] { return !pool->up(0); }));
  server.status = 200;
  ASSERT_TRUE(eventually([&] { return pool->up(0); }));
  checker.stop();

  auto t = seen();
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].index, 1u);
  EXPECT_FALSE(t[0].up);
  EXPECT_NE(t[0].why.find("(connect)"), std::string::npos) << t[0].why;
  EXPECT_EQ(t[1].index, 0u);
  EXPECT_FALSE(t[1].up);
  EXPECT_EQ(t[1].why, "GET /health answered HTTP 503");
  EXPECT_EQ(t[2].index, 0u);
  EXPECT_TRUE(t[2].up);
  EXPECT_EQ(t[2].why, "GET /health answered HTTP 200");
}

TEST_F(HealthCheckerTest, ProbesUseTheConfiguredPathAndTheProvidersKey) {
  HealthServer server;
  HealthCheckOptions h = fast(1, 1);
  h.path = "/";  // Ollama's
  auto pool = make_pool({server.url("/api/v1")}, h);
  HealthChecker checker;
  checker.add(pool, {}, "Bearer sk-local");
  checker.start();
  ASSERT_TRUE(eventually([&] { return server.hits >= 1; }));
  checker.stop();
  EXPECT_EQ(server.last_target(), "/");
  EXPECT_EQ(server.last_authorization(), "Bearer sk-local");
}

TEST_F(HealthCheckerTest, StopReturnsWhileAProbeIsStillWaitingForItsAnswer) {
  HealthServer server;
  server.hang = true;
  HealthCheckOptions h = fast(1, 1);
  h.timeout = 60s;
  auto pool = make_pool({server.url()}, h);
  HealthChecker checker;
  checker.add(pool, {}, "");
  checker.start();
  ASSERT_TRUE(eventually([&] { return server.hits >= 1; }));
  checker.stop();  // a hang here is caught by the test timeout
  checker.stop();  // idempotent
  EXPECT_TRUE(pool->up(0));
}

TEST_F(HealthCheckerTest, PoolsWithoutHealthOptionsAreNotProbed) {
  HealthServer server;
  auto pool = std::make_shared<EndpointPool>(
      "cloud", std::vector<http::Url>{*http::Url::parse(server.url())}, std::nullopt);
  HealthChecker checker;
  checker.add(pool, {}, "");
  EXPECT_TRUE(checker.empty());
  checker.start();
  checker.stop();
  EXPECT_EQ(server.hits, 0);
}

}  // namespace
}  // namespace switchyard::providers
