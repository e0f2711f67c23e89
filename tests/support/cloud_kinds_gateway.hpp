// The gateway in front of every cloud provider kind's fake at once — the fake
// Anthropic API (kind anthropic), the fake Gemini API (kind gemini) and the
// fake OpenAI API on Azure's deployment URLs (kind azure_openai) — for the
// tests that run one inbound dialect against each kind in turn (a test
// parameterized by `CloudKind`): anthropic_in_out_test.cpp (Messages in) and
// responses_out_test.cpp (Responses in).
//
// Aliases, all on the provider under test: `m` (text), `m-parallel`
// (parallel calls), `m-limited` (an upstream 429), `m-cut` (the connection
// dropped mid-stream) and, where the API has in-band stream errors,
// `m-stream-error`. One attempt per request; the ledger in a temp file.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "fakes/fake_anthropic_upstream.hpp"
#include "fakes/fake_gemini_upstream.hpp"
#include "fakes/fake_openai_upstream.hpp"
#include "support/loopback_gateway.hpp"
#include "support/temp_ledger.hpp"

namespace switchyard::testing {

enum class CloudKind { anthropic, gemini, azure };

// The provider's name in the config, and the test's name suffix.
inline std::string cloud_kind_name(CloudKind k) {
  switch (k) {
    case CloudKind::anthropic:
      return "anthropic";
    case CloudKind::gemini:
      return "gemini";
    case CloudKind::azure:
      return "azure";
  }
  return "?";
}

// The upstream model behind each alias, by provider kind (the fakes pick
// their behaviour from it).
struct CloudKindModels {
  std::string text, parallel, limited, cut;
  std::string stream_error;  // an in-band error event mid-stream; "" where the API has none
};

inline CloudKindModels cloud_kind_models(CloudKind k) {
  switch (k) {
    case CloudKind::anthropic:
      return {"claude-sonnet-4-5", "parallel-calls", "error-429", "disconnect-mid-stream",
              "stream-error"};
    case CloudKind::gemini:
      return {"gemini-2.5-flash", "parallel-calls", "error-429", "disconnect-mid-stream",
              "stream-error"};
    case CloudKind::azure:
      return {"gpt-4o-prod", "parallel-calls", "error-429", "disconnect-mid-stream", ""};
  }
  return {};
}

// The providers' keys, as the gateway reads them from its environment.
inline const char* cloud_kinds_env(const char* name) {
  const std::string_view n = name;
  if (n == "ANTHROPIC_KEY") return "sk-ant-api03-FAKEfake0123456789abcdefXYZ";
  if (n == "GEMINI_KEY") return "AIzaSy-fake-0123456789abcdefghijkl";
  if (n == "AZURE_KEY") return "az-0123456789abcdef0123456789abcdef";
  return nullptr;
}

// INSTANTIATE_TEST_SUITE_P(..., ::testing::Values(...), cloud_kind_param_name)
inline std::string cloud_kind_param_name(const ::testing::TestParamInfo<CloudKind>& info) {
  return cloud_kind_name(info.param);
}

class CloudKindsGatewayTest : public ::testing::TestWithParam<CloudKind> {
 protected:
  explicit CloudKindsGatewayTest(const std::string& ledger_prefix) : ledger_(ledger_prefix) {}

  void SetUp() override {
    anthropic_.start();
    gemini_.start();
    azure_.start();
    start();
  }
  void TearDown() override {
    gw_.stop();
    anthropic_.shutdown();
    gemini_.shutdown();
    azure_.shutdown();
  }

  CloudKind kind() const { return GetParam(); }

  void start() {
    const std::string provider = cloud_kind_name(kind());
    const CloudKindModels m = cloud_kind_models(kind());
    const auto alias = [&](const std::string& name, const std::string& model) {
      return "  - alias: " + name + "\n    deployments: [{ provider: " + provider +
             ", model: " + model + ", side: cloud }]\n";
    };
    gw_.start(loopback_server_yaml() +
                  "providers:\n"
                  "  - name: anthropic\n    kind: anthropic\n    base_url: " +
                  anthropic_.base_url() +
                  "/v1\n    api_key_env: ANTHROPIC_KEY\n    default_max_tokens: 1024\n"
                  "  - name: gemini\n    kind: gemini\n    base_url: " +
                  gemini_.base_url() +
                  "/v1beta\n    api_key_env: GEMINI_KEY\n"
                  "  - name: azure\n    kind: azure_openai\n    base_url: " +
                  azure_.base_url() +
                  "\n    api_version: 2024-10-21\n    api_key_env: AZURE_KEY\n"
                  "models:\n" +
                  alias("m", m.text) + alias("m-parallel", m.parallel) +
                  alias("m-limited", m.limited) + alias("m-cut", m.cut) +
                  (m.stream_error.empty() ? "" : alias("m-stream-error", m.stream_error)) +
                  "routing:\n  retry: { max_attempts: 1, initial_backoff_ms: 1, "
                  "max_backoff_ms: 2 }\n" +
                  ledger_.yaml(),
              cloud_kinds_env);
  }

  // What reached the provider under test: the bodies in order, and where.
  std::vector<std::string> sent_bodies() const {
    std::vector<std::string> out;
    switch (kind()) {
      case CloudKind::anthropic:
        for (const auto& r : anthropic_.requests()) out.push_back(r.body);
        break;
      case CloudKind::gemini:
        for (const auto& r : gemini_.requests()) out.push_back(r.body);
        break;
      case CloudKind::azure:
        for (const auto& r : azure_.requests()) out.push_back(r.body);
        break;
    }
    return out;
  }
  std::string last_sent() const {
    const auto all = sent_bodies();
    return all.empty() ? std::string() : all.back();
  }
  std::string last_path() const {
    switch (kind()) {
      case CloudKind::anthropic:
        return anthropic_.requests().empty() ? "" : anthropic_.requests().back().path;
      case CloudKind::gemini:
        return gemini_.requests().empty() ? "" : gemini_.requests().back().path;
      case CloudKind::azure:
        return azure_.requests().empty() ? "" : azure_.requests().back().path;
    }
    return {};
  }

  FakeAnthropicUpstream anthropic_;
  FakeGeminiUpstream gemini_;
  FakeOpenAIUpstream azure_;
  TempLedger ledger_;
  LoopbackGateway gw_;
};

}  // namespace switchyard::testing
