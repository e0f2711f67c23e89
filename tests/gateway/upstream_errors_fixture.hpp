// The gateway in-process in front of the fake OpenAI upstream, for the tests
// of upstream failures (scrubbed errors, Retry-After, response headers, the
// circuit breaker). The provider key does not look like a key ("fk-..."), so
// only the scrubbing of the deployment's own key can hide it.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "fakes/fake_openai_upstream.hpp"
#include "support/error_body.hpp"
#include "support/json_compare.hpp"
#include "support/loopback_gateway.hpp"
#include "support/temp_ledger.hpp"

namespace switchyard::gateway {

inline constexpr const char* kProviderKey = "fk-live-0123456789abcdefWXYZ";

inline const char* upstream_errors_env(const char* name) {
  if (std::string_view(name) == "ERRORS_KEY") return kProviderKey;
  return nullptr;
}

inline std::string chat_request(const std::string& model, const std::string& text = "hello") {
  return R"({"model":")" + model + R"(","messages":[{"role":"user","content":")" + text + R"("}]})";
}

class UpstreamErrorsTest : public ::testing::Test {
 protected:
  void SetUp() override { upstream_.start(); }
  void TearDown() override {
    gw_.stop();
    upstream_.shutdown();
  }

  // `models`: YAML list items; `server_extra`: more keys of the server map.
  void start(const std::string& models, const std::string& server_extra = {},
             const std::string& retry =
                 "{ max_attempts: 2, initial_backoff_ms: 1, "
                 "max_backoff_ms: 5 }",
             const std::string& provider_extra = {}) {
    const std::string yaml = testing::loopback_server_yaml() + server_extra +
                             "providers:\n"
                             "  - name: fake\n    kind: openai_compatible\n"
                             "    base_url: " +
                             upstream_.base_url() + "/v1\n    api_key_env: ERRORS_KEY\n" +
                             provider_extra + "models:\n" + models + "routing:\n  retry: " + retry +
                             "\n" + ledger_.yaml();
    gw_.start(yaml, upstream_errors_env);
  }

  testing::TestResponse chat(const std::string& model, const std::string& text = "hello") {
    return gw_.post("/v1/chat/completions", chat_request(model, text));
  }

  std::vector<ledger::RequestRecord> ledger_records() { return gw_.ledger_records(ledger_.path()); }

  testing::FakeOpenAIUpstream upstream_;
  testing::TempLedger ledger_{"switchyard-upstream-errors"};
  testing::LoopbackGateway gw_;
};

}  // namespace switchyard::gateway
