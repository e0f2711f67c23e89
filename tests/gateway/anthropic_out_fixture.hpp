// The gateway in front of the fake Anthropic API (tests/fakes), one alias
// per behaviour of the fake, for the round trips to `kind: anthropic`:
// OpenAI chat in (anthropic_out_test.cpp, anthropic_out_stream_test.cpp)
// and Anthropic's Messages in (anthropic_out_messages_test.cpp). A fake
// OpenAI upstream stands beside it: a cloud backup for fallback and a
// local deployment for the data the cloud may not see.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include "fakes/fake_anthropic_upstream.hpp"
#include "fakes/fake_openai_upstream.hpp"
#include "support/error_body.hpp"
#include "support/json_compare.hpp"
#include "support/loopback_gateway.hpp"
#include "support/sse_events.hpp"
#include "support/temp_ledger.hpp"

namespace switchyard::gateway {

// Shaped like Anthropic's keys, so a leak would be plain to see.
inline constexpr const char* kAnthropicKey = "sk-ant-api03-FAKEfake0123456789abcdefXYZ";

inline const char* anthropic_env(const char* name) {
  const std::string_view n = name;
  if (n == "ANTHROPIC_KEY") return kAnthropicKey;
  if (n == "ANTHROPIC_BAD_KEY") return "fail-auth";
  return nullptr;
}

class AnthropicOutTest : public ::testing::Test {
 protected:
  void SetUp() override {
    anthropic_.start();
    openai_.start();
  }
  void TearDown() override {
    gw_.stop();
    anthropic_.shutdown();
    openai_.shutdown();
    std::filesystem::remove(log_path_);
  }

  static std::string alias(const std::string& name, const std::string& model) {
    return "  - alias: " + name + "\n    deployments: [{ provider: anthropic, model: " + model +
           ", side: cloud, price: { input_per_1m: 3, output_per_1m: 15, cache_read_per_1m: 0.3, "
           "cache_write_per_1m: 3.75 } }]\n";
  }

  void start(const std::string& key_env = "ANTHROPIC_KEY", const std::string& retry = "1") {
    std::string models;
    for (const auto& [name, model] :
         std::vector<std::pair<std::string, std::string>>{{"claude", "claude-sonnet-4-5"},
                                                          {"claude-parallel", "parallel-calls"},
                                                          {"claude-tools", "call-tools"},
                                                          {"claude-thinking", "thinking"},
                                                          {"claude-cached", "cached-5-7"},
                                                          {"claude-length", "max-tokens"},
                                                          {"claude-pause", "pause-turn"},
                                                          {"claude-refusal", "refusal"},
                                                          {"claude-400", "error-400"},
                                                          {"claude-404", "error-404"},
                                                          {"claude-413", "error-413"},
                                                          {"claude-429", "error-429"},
                                                          {"claude-500", "error-500"},
                                                          {"claude-529", "error-529"},
                                                          {"claude-ratelimit", "ratelimit-429"},
                                                          {"claude-flaky", "flaky-1-a"},
                                                          {"claude-garbage", "garbage"},
                                                          {"claude-quote-key", "quote-key-400"},
                                                          {"claude-stream-error", "stream-error"},
                                                          {"claude-cut", "disconnect-mid-stream"},
                                                          {"claude-no-stop", "no-stop"}})
      models += alias(name, model);
    const std::string yaml =
        testing::loopback_server_yaml() +
        "providers:\n"
        "  - name: anthropic\n"
        "    kind: anthropic\n"
        "    base_url: " +
        anthropic_.base_url() + "/v1\n    api_key_env: " + key_env +
        "\n"
        "    default_max_tokens: 1024\n"
        "    circuit_breaker: { enabled: false }\n"  // every attempt counted reaches the fake
        "  - name: anthropic-2026\n"
        "    kind: anthropic\n"
        "    base_url: " +
        anthropic_.base_url() + "/v1\n    api_key_env: " + key_env +
        "\n"
        "    anthropic_version: 2026-10-21\n"
        "  - name: backup\n    kind: openai_compatible\n    base_url: " +
        openai_.base_url() +
        "/v1\n"
        "models:\n" +
        models +
        "  - alias: claude-2026\n    deployments:\n"
        "      - { provider: anthropic-2026, model: claude-sonnet-4-5, side: cloud }\n"
        "  - alias: claude-fallback\n    deployments:\n"
        "      - { provider: anthropic, model: error-529, side: cloud }\n"
        "      - { provider: backup, model: gpt-backup, side: cloud }\n"
        "  - alias: claude-overloaded-stream\n    deployments:\n"
        "      - { provider: anthropic, model: overloaded-at-start, side: cloud }\n"
        "      - { provider: backup, model: gpt-backup, side: cloud }\n"
        "  - alias: claude-or-local\n    deployments:\n"
        "      - { provider: anthropic, model: claude-sonnet-4-5, side: cloud }\n"
        "      - { provider: backup, model: local-model, side: local }\n"
        "routing:\n  retry: { max_attempts: " +
        retry + ", initial_backoff_ms: 1, max_backoff_ms: 2 }\n" +
        "observe:\n  access_log: " + log_path_ + "\n" + ledger_.yaml();
    gw_.start(yaml, anthropic_env);
  }

  testing::TestResponse post(const std::string& body,
                             std::vector<std::pair<std::string, std::string>> h = {}) {
    return gw_.post("/v1/chat/completions", body, std::move(h));
  }
  testing::TestResponse messages(const std::string& body) {
    return gw_.post("/v1/messages", body,
                    {{"x-api-key", "client-key"}, {"anthropic-version", "2023-06-01"}});
  }

  // The streamed answer's text: its content deltas joined.
  static std::string streamed_text(const std::string& body) {
    std::string text;
    for (const auto& e : testing::sse_payloads(body)) {
      const testing::Parsed chunk(e);
      if (chunk.has("/choices/0/delta/content") && chunk["/choices/0/delta/content"].is_string())
        text += testing::str(chunk["/choices/0/delta/content"]);
    }
    return text;
  }

  // The SSE events of an Anthropic stream: (event name, data) pairs.
  static std::vector<std::pair<std::string, std::string>> events_of(std::string_view body) {
    return testing::sse_named_events(body);
  }

  // The access log once it holds `lines` lines (its writer flushes every
  // 100 ms: a bounded wait).
  std::string access_log(std::size_t lines) {
    std::string text;
    for (int i = 0; i < 200; ++i) {
      std::ifstream in(log_path_);
      std::stringstream s;
      s << in.rdbuf();
      text = s.str();
      if (static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) >= lines) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
    return text;
  }

  testing::FakeAnthropicUpstream anthropic_;
  testing::FakeOpenAIUpstream openai_;
  testing::TempLedger ledger_{"switchyard-anthropic-out"};
  std::string log_path_ = (std::filesystem::temp_directory_path() /
                           ("switchyard-anthropic-out-" + std::to_string(::getpid()) + ".log"))
                              .string();
  testing::LoopbackGateway gw_;
};

}  // namespace switchyard::gateway
