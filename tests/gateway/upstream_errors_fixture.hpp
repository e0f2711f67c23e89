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
#include "support/http_client.hpp"
#include "support/temp_ledger.hpp"
#include "switchyard/config/config.hpp"
#include "switchyard/gateway/gateway.hpp"
#include "switchyard/ledger/sqlite_store.hpp"

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
    if (server_) server_->shutdown(std::chrono::seconds(5));
    gateway_.reset();
    upstream_.shutdown();
  }

  // `models`: YAML list items; `extra`: more top-level YAML (e.g. server keys
  // go through `server_extra`).
  void start(const std::string& models, const std::string& server_extra = {},
             const std::string& retry =
                 "{ max_attempts: 2, initial_backoff_ms: 1, "
                 "max_backoff_ms: 5 }",
             const std::string& provider_extra = {}) {
    const std::string yaml = "server:\n  listen: 127.0.0.1:0\n  threads: 1\n" + server_extra +
                             "providers:\n"
                             "  - name: fake\n    kind: openai_compatible\n"
                             "    base_url: " +
                             upstream_.base_url() + "/v1\n    api_key_env: ERRORS_KEY\n" +
                             provider_extra + "models:\n" + models + "routing:\n  retry: " + retry +
                             "\n" + ledger_.yaml();
    auto loaded = config::load_config_text(yaml, "test.yaml", upstream_errors_env);
    ASSERT_TRUE(loaded.config) << (loaded.problems.empty() ? "" : loaded.problems[0].to_string())
                               << "\n"
                               << yaml;
    gateway_ = std::make_unique<Gateway>(std::move(*loaded.config));
    server_ = std::make_unique<http::Server>(
        gateway_->server_options(),
        [g = gateway_.get()](http::Request& r, http::ResponseWriter& w) {
          return g->handle(r, w);
        });
    server_->start();
    port_ = server_->port();
  }

  testing::TestResponse chat(const std::string& model, const std::string& text = "hello") {
    return testing::post_json(port_, "/v1/chat/completions", chat_request(model, text));
  }

  std::vector<ledger::RequestRecord> ledger_records() {
    gateway_->flush_ledger();
    auto store = ledger::SqliteStore::open({ledger_.path()});
    EXPECT_TRUE(store.ok());
    std::vector<ledger::RequestRecord> out;
    (*store)->scan(0, [&](const ledger::RequestRecord& r) {
      out.push_back(r);
      return true;
    });
    return out;
  }

  testing::FakeOpenAIUpstream upstream_;
  testing::TempLedger ledger_{"switchyard-upstream-errors"};
  std::unique_ptr<Gateway> gateway_;
  std::unique_ptr<http::Server> server_;
  std::uint16_t port_ = 0;
};

}  // namespace switchyard::gateway
