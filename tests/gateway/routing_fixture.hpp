// The gateway in front of two fake upstreams, one standing for a local
// server and one for a cloud API (which records every body it receives),
// with a routing policy: the tests of routing rules through the gateway's
// public API (decisions, headers, ledger, metrics, the privacy filter after
// every rule).
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "fakes/fake_openai_upstream.hpp"
#include "support/error_body.hpp"
#include "support/loopback_gateway.hpp"
#include "support/temp_ledger.hpp"

namespace switchyard::gateway {

inline const char* routing_env(const char* name) {
  return std::string_view(name) == "CLOUD_KEY" ? "sk-cloud-secret" : nullptr;
}

// `support`: cloud first (cheap), then local (dear). `spare`: failing and
// slow local deployments and a flaky cloud one. `auto`: virtual.
inline const std::string kRoutingModels =
    "models:\n"
    "  - alias: support\n    deployments:\n"
    "      - { name: cloud-gpt, provider: cloud, model: gpt, side: cloud,\n"
    "          price: { input_per_1m: 1, output_per_1m: 2 } }\n"
    "      - { name: local-llm, provider: local, model: llm, side: local,\n"
    "          price: { input_per_1m: 5, output_per_1m: 5 } }\n"
    "  - alias: spare\n    deployments:\n"
    "      - { name: local-broken, provider: local, model: error-500, side: local }\n"
    "      - { name: local-slow, provider: local, model: slow-400, side: local }\n"
    "      - { name: cloud-flaky, provider: cloud, model: flaky-1-a, side: cloud }\n"
    "  - alias: auto\n";

class RoutingGatewayTest : public ::testing::Test {
 protected:
  void SetUp() override {
    local_.start();
    cloud_.start();
  }
  void TearDown() override {
    gw_.stop();
    local_.shutdown();
    cloud_.shutdown();
  }

  // `rules`: the items of routing.rules.
  void start(const std::string& rules) {
    const std::string yaml =
        testing::loopback_server_yaml(2) +
        "providers:\n"
        "  - { name: local, kind: openai_compatible, base_url: '" +
        local_.base_url() + "/v1', timeout_ms: 100 }\n" +
        "  - { name: cloud, kind: openai_compatible, base_url: '" + cloud_.base_url() +
        "/v1', api_key_env: CLOUD_KEY }\n" + kRoutingModels +
        "routing:\n  retry: { max_attempts: 2, initial_backoff_ms: 1, max_backoff_ms: 2 }\n"
        "  rules:\n" +
        rules + ledger_.yaml();
    gw_.start(yaml, routing_env, "routing.yaml");
  }

  static std::string body(const std::string& model, const std::string& text,
                          const std::string& extra = {}) {
    return R"({"model":")" + model + R"(","messages":[{"role":"user","content":")" + text +
           R"("}])" + extra + "}";
  }

  testing::TestResponse post(const std::string& model, const std::string& text,
                             std::vector<std::pair<std::string, std::string>> headers = {},
                             const std::string& extra = {}) {
    return gw_.post("/v1/chat/completions", body(model, text, extra), std::move(headers));
  }

  std::vector<ledger::RequestRecord> records() { return gw_.ledger_records(ledger_.path()); }

  testing::FakeOpenAIUpstream local_;
  testing::FakeOpenAIUpstream cloud_;
  testing::TempLedger ledger_{"switchyard-routing"};
  testing::LoopbackGateway gw_;
};

}  // namespace switchyard::gateway
