// The gateway in front of the fake Gemini API (tests/fakes), one alias per
// behaviour of the fake, for the Gemini round-trip tests.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "fakes/fake_gemini_upstream.hpp"
#include "support/error_body.hpp"
#include "support/json_compare.hpp"
#include "support/loopback_gateway.hpp"
#include "support/sse_events.hpp"
#include "support/temp_ledger.hpp"

namespace switchyard::gateway {

inline constexpr const char* kGeminiKey = "AIzaSy-fake-0123456789abcdefghijkl";

inline const char* gemini_env(const char* name) {
  const std::string_view n = name;
  if (n == "GEMINI_KEY") return kGeminiKey;
  if (n == "GEMINI_BAD_KEY") return "fail-auth";
  return nullptr;
}

class GeminiGatewayTest : public ::testing::Test {
 protected:
  void SetUp() override { gemini_.start(); }
  void TearDown() override {
    gw_.stop();
    gemini_.shutdown();
  }

  static std::string alias(const std::string& name, const std::string& model) {
    return "  - alias: " + name + "\n    deployments: [{ provider: gemini, model: " + model +
           ", side: cloud }]\n";
  }

  void start(const std::string& key_env = "GEMINI_KEY", const std::string& retry = "1") {
    const std::string yaml =
        testing::loopback_server_yaml() +
        "providers:\n"
        "  - name: gemini\n"
        "    kind: gemini\n"
        "    base_url: " +
        gemini_.base_url() + "/v1beta\n    api_key_env: " + key_env +
        "\n"
        "models:\n" +
        alias("gemini", "gemini-2.5-flash") + alias("gemini-parallel", "parallel-calls") +
        alias("gemini-thinking", "thinking") + alias("gemini-safety", "safety") +
        alias("gemini-blocked", "block-prompt") + alias("gemini-length", "max-tokens") +
        alias("gemini-429", "error-429") + alias("gemini-503", "error-503") +
        alias("gemini-404", "error-404") + alias("gemini-garbage", "garbage") +
        alias("gemini-stream-error", "stream-error") + alias("gemini-no-finish", "no-finish") +
        alias("gemini-cut", "disconnect-mid-stream") +
        "routing:\n  retry: { max_attempts: " + retry +
        ", initial_backoff_ms: 1, max_backoff_ms: 2 }\n" + ledger_.yaml();
    gw_.start(yaml, gemini_env);
  }

  testing::TestResponse post(const std::string& body,
                             std::vector<std::pair<std::string, std::string>> h = {}) {
    return gw_.post("/v1/chat/completions", body, std::move(h));
  }

  // The streamed answer's text: its content deltas joined.
  static std::string streamed_text(const std::string& body) {
    std::string text;
    for (const auto& e : testing::sse_payloads(body)) {
      const testing::Parsed chunk(e);
      if (chunk.has("/choices/0/delta/content"))
        text += testing::str(chunk["/choices/0/delta/content"]);
    }
    return text;
  }

  testing::FakeGeminiUpstream gemini_;
  testing::TempLedger ledger_{"switchyard-gemini"};
  testing::LoopbackGateway gw_;
};

}  // namespace switchyard::gateway
