// The gateway between two fake OpenAI upstreams, one local and one cloud,
// for the tests that prove an inbound dialect's privacy guarantee end to
// end (restricted data never reaches the cloud fake; confidential data
// reaches it only redacted): the Anthropic Messages and the Responses
// dialects' privacy tests derive from it.
//
// Aliases: `m` and `cloud-first` list the cloud deployment first and the
// local one after it (restricted data is served locally), `cloud-only` has
// the cloud alone (restricted data: 503, nothing sent). The privacy policy
// is the built-in one; the cloud key comes from CLOUD_KEY.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "fakes/fake_openai_upstream.hpp"
#include "support/loopback_gateway.hpp"
#include "support/temp_ledger.hpp"

namespace switchyard::testing {

class PrivacyGatewayTest : public ::testing::Test {
 protected:
  // `ledger_name` names the temporary ledger (one per test binary's suite).
  explicit PrivacyGatewayTest(std::string ledger_name) : ledger_(std::move(ledger_name)) {}

  void SetUp() override {
    local_.start();
    cloud_.start();
  }
  void TearDown() override {
    gw_.stop();
    local_.shutdown();
    cloud_.shutdown();
  }

  static const char* env(const char* name) {
    return std::string_view(name) == "CLOUD_KEY" ? "sk-cloud-secret" : nullptr;
  }

  void start() {
    gw_.start(loopback_server_yaml(2) +
                  "providers:\n"
                  "  - { name: local, kind: openai_compatible, base_url: '" +
                  local_.base_url() + "/v1' }\n" +
                  "  - { name: cloud, kind: openai_compatible, base_url: '" + cloud_.base_url() +
                  "/v1', api_key_env: CLOUD_KEY }\n"
                  "models:\n"
                  "  - alias: cloud-first\n    deployments:\n"
                  "      - { provider: cloud, model: gpt-4o-mini, side: cloud, name: cloud }\n"
                  "      - { provider: local, model: gpt-4o-mini, side: local, name: local }\n"
                  "  - alias: cloud-only\n    deployments:\n"
                  "      - { provider: cloud, model: gpt-4o-mini, side: cloud, name: cloud }\n"
                  "  - alias: m\n    deployments:\n"
                  "      - { provider: cloud, model: gpt-4o-mini, side: cloud, name: cloud }\n"
                  "      - { provider: local, model: gpt-4o-mini, side: local, name: local }\n"
                  "routing:\n  retry: { max_attempts: 2, initial_backoff_ms: 1, "
                  "max_backoff_ms: 2 }\n" +
                  ledger_.yaml(),
              env, "privacy.yaml");
  }

  // Every body the cloud fake received, one a line.
  std::string cloud_bodies() const {
    std::string all;
    for (const auto& r : cloud_.requests()) all += r.body + "\n";
    return all;
  }

  FakeOpenAIUpstream local_;
  FakeOpenAIUpstream cloud_;
  TempLedger ledger_;
  LoopbackGateway gw_;
};

}  // namespace switchyard::testing
