// A Gateway built from YAML and served by the real HTTP server on a loopback
// port, for the tests that talk to it over HTTP (in front of fake upstreams,
// the local engine or llama-server). It uses only the gateway's public API:
// construction from a config::Config, handle, server_options, flush_ledger.
#pragma once

#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "support/http_client.hpp"
#include "support/ledger_reader.hpp"
#include "switchyard/config/config.hpp"
#include "switchyard/gateway/gateway.hpp"
#include "switchyard/http/server.hpp"

namespace switchyard::testing {

// The `server:` section of a test config: an ephemeral loopback port.
inline std::string loopback_server_yaml(int threads = 1) {
  return "server:\n  listen: 127.0.0.1:0\n  threads: " + std::to_string(threads) + "\n";
}

class LoopbackGateway {
 public:
  using Env = const char* (*)(const char*);

  LoopbackGateway() = default;
  ~LoopbackGateway() { stop(); }
  LoopbackGateway(const LoopbackGateway&) = delete;
  LoopbackGateway& operator=(const LoopbackGateway&) = delete;

  // Loads `yaml` (`env` resolves api_key_env; `source` names the text in
  // problems) and starts serving. A config that does not load is a fatal
  // failure of the test, with the first problem and the YAML in the message:
  // callers that go on afterwards check ::testing::Test::HasFatalFailure().
  void start(const std::string& yaml, Env env = nullptr, const std::string& source = "test.yaml") {
    auto loaded = config::load_config_text(yaml, source, env);
    ASSERT_TRUE(loaded.config) << (loaded.problems.empty() ? "" : loaded.problems[0].to_string())
                               << "\n"
                               << yaml;
    gateway_ = std::make_unique<gateway::Gateway>(std::move(*loaded.config));
    server_ = std::make_unique<http::Server>(
        gateway_->server_options(),
        [g = gateway_.get()](http::Request& r, http::ResponseWriter& w) {
          return g->handle(r, w);
        });
    server_->start();
    port_ = server_->port();
  }

  // Waits for the gateway's off-io-thread jobs (admin reads, reloads), lets
  // requests in flight finish (up to 5 s), stops the server, then destroys
  // the gateway (closing its ledger). Does nothing when stopped.
  void stop() {
    if (gateway_) gateway_->drain_blocking_work();
    if (server_) server_->shutdown(std::chrono::seconds(5));
    server_.reset();
    gateway_.reset();
  }

  bool running() const { return gateway_ != nullptr; }
  std::uint16_t port() const { return port_; }
  gateway::Gateway& gateway() { return *gateway_; }
  http::Server& server() { return *server_; }

  TestResponse request(http::bhttp::verb method, const std::string& target,
                       const std::string& body = {},
                       std::vector<std::pair<std::string, std::string>> headers = {}) const {
    return http_request(port_, method, target, body, std::move(headers));
  }
  TestResponse post(const std::string& target, const std::string& body,
                    std::vector<std::pair<std::string, std::string>> headers = {}) const {
    return request(http::bhttp::verb::post, target, body, std::move(headers));
  }
  TestResponse get(const std::string& target) const {
    return request(http::bhttp::verb::get, target);
  }

  // Every record the gateway has committed to the ledger at `ledger_path`
  // (its config's ledger.path), in order, once the writer has flushed.
  std::vector<ledger::RequestRecord> ledger_records(const std::string& ledger_path,
                                                    ChainCheck chain = ChainCheck::skip) {
    gateway_->flush_ledger();
    return read_ledger(ledger_path, chain);
  }

 private:
  std::unique_ptr<gateway::Gateway> gateway_;
  std::unique_ptr<http::Server> server_;
  std::uint16_t port_ = 0;
};

}  // namespace switchyard::testing
