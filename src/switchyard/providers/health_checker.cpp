#include "switchyard/providers/health_checker.hpp"

#include <cstdio>

namespace switchyard::providers {

namespace net = http::net;

namespace {

// A health answer is a few bytes; anything this large is not one.
constexpr std::size_t kMaxHealthBody = 64u << 10;

std::string probe_outcome(const std::string& path, unsigned status) {
  std::string s = "GET ";
  s += path;
  s += " answered HTTP ";
  s += std::to_string(status);
  return s;
}

}  // namespace

void HealthChecker::add(std::shared_ptr<EndpointPool> pool, http::TlsOptions tls,
                        std::string authorization) {
  if (!pool || !pool->health()) return;
  targets_.push_back(Target{std::move(pool), std::move(tls), std::move(authorization)});
}

void HealthChecker::start() {
  if (ioc_ || targets_.empty()) return;
  ioc_ = std::make_unique<net::io_context>(1);
  for (const Target& t : targets_)
    for (std::size_t i = 0; i < t.pool->size(); ++i)
      net::co_spawn(*ioc_, watch(t, i), net::detached);
  thread_ = std::thread([ioc = ioc_.get()] {
    for (;;) {
      try {
        ioc->run();
        return;
      } catch (const std::exception& e) {
        std::fprintf(stderr, "switchyard: health checker: %s\n", e.what());
      }
    }
  });
}

void HealthChecker::stop() {
  if (!ioc_) return;
  ioc_->stop();
  if (thread_.joinable()) thread_.join();
  ioc_.reset();  // destroys the probes still suspended
}

http::Task<void> HealthChecker::watch(const Target& target, std::size_t index) {
  EndpointPool& pool = *target.pool;
  const HealthCheckOptions& h = *pool.health();
  http::Url host = pool.url(index);
  host.path.clear();  // the health path is on the host, not under the API's base path
  net::steady_timer timer(co_await net::this_coro::executor);
  for (;;) {
    const auto started = http::Clock::now();
    http::ClientRequest req;
    req.method = http::bhttp::verb::get;
    req.target = h.path;
    if (!target.authorization.empty())
      req.headers.emplace_back("authorization", target.authorization);
    auto res = co_await http::Client::request(host, target.tls, std::move(req), h.timeout,
                                              started + h.timeout, kMaxHealthBody);
    if (!res)
      pool.report_probe(index, false, res.error().message);
    else
      pool.report_probe(index, res->status >= 200 && res->status <= 299,
                        probe_outcome(h.path, res->status));
    timer.expires_at(started + h.interval);
    boost::system::error_code ec;
    co_await timer.async_wait(http::use_ec(ec));
    if (ec) co_return;
  }
}

}  // namespace switchyard::providers
