// Active health checks for endpoint pools: every `interval` each endpoint gets
// `GET <health path>` on its host (llama-server and vLLM answer /health with
// 200 once the model is loaded, llama-server with 503 while loading; Ollama
// answers /). A 2xx within `timeout` is a good probe, anything else a failed
// one; EndpointPool turns runs of them into up/down.
//
// The checker runs on its own thread and io_context, apart from the request
// threads, so probing never delays a request and stopping never waits for a
// request. stop() abandons probes in flight and returns at once.
#pragma once

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "switchyard/http/asio.hpp"
#include "switchyard/http/client.hpp"
#include "switchyard/providers/endpoint_pool.hpp"

namespace switchyard::providers {

class HealthChecker {
 public:
  HealthChecker() = default;
  ~HealthChecker() { stop(); }
  HealthChecker(const HealthChecker&) = delete;
  HealthChecker& operator=(const HealthChecker&) = delete;

  // Before start(). `authorization` (a full header value, or "") is sent with
  // each probe for servers that guard every path; `tls` as for requests.
  // Pools without health options are ignored.
  void add(std::shared_ptr<EndpointPool> pool, http::TlsOptions tls, std::string authorization);
  bool empty() const { return targets_.empty(); }

  // Probes every endpoint at once, then every interval. Idempotent.
  void start();
  // Stops probing and joins the thread. Idempotent; never blocks on a probe.
  void stop();

 private:
  struct Target {
    std::shared_ptr<EndpointPool> pool;
    http::TlsOptions tls;
    std::string authorization;
  };
  http::Task<void> watch(const Target& target, std::size_t index);

  std::vector<Target> targets_;
  // Declared after targets_: destroying the context destroys the suspended
  // probe coroutines, which refer to the targets.
  std::unique_ptr<http::net::io_context> ioc_;
  std::thread thread_;
};

}  // namespace switchyard::providers
