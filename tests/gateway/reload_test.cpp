// Live reload: a valid configuration serves new requests at once; an
// invalid one is refused with every problem at its line and the running one
// stays; a stream started before a reload finishes under the configuration
// it started with; providers (the in-process engine above all) whose
// configuration did not change are kept, not built again.
#include <atomic>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <thread>

#include "fakes/fake_openai_upstream.hpp"
#include "support/error_body.hpp"
#include "support/json_compare.hpp"
#include "support/loopback_gateway.hpp"
#include "support/sse_events.hpp"
#include "support/temp_ledger.hpp"
#ifdef SWITCHYARD_HAVE_LLAMA
#include "support/tiny_model.hpp"
#endif

namespace switchyard::gateway {
namespace {

std::string chat_body(const std::string& model, bool stream = false) {
  return R"({"model":")" + model + R"(","messages":[{"role":"user","content":"hello"}])" +
         (stream ? R"(,"stream":true)" : "") + "}";
}

class ReloadTest : public ::testing::Test {
 protected:
  void SetUp() override { upstream_.start(); }
  void TearDown() override {
    gw_.stop();
    upstream_.shutdown();
  }

  // Providers "a" and "b" on the fake; `models` is the models section.
  std::string yaml(const std::string& models, const std::string& provider_b_extra = {}) const {
    return testing::loopback_server_yaml() +
           "providers:\n"
           "  - { name: a, kind: openai_compatible, base_url: " +
           upstream_.base_url() +
           "/v1 }\n"
           "  - { name: b, kind: openai_compatible, base_url: " +
           upstream_.base_url() + "/v1" + provider_b_extra + " }\n" + "models:\n" + models +
           ledger_.yaml();
  }
  static std::string alias(const std::string& name, const std::string& deployment,
                           const std::string& provider, const std::string& model) {
    return "  - alias: " + name + "\n    deployments:\n      - { name: " + deployment +
           ", provider: " + provider + ", model: " + model + ", side: cloud }\n";
  }

  ReloadResult reload(const std::string& text) {
    auto loaded = config::load_config_text(text, "reload.yaml");
    if (!loaded.config) {
      ReloadResult r;
      r.problems = loaded.problems;
      return r;
    }
    return gw_.gateway().reload(std::move(*loaded.config));
  }

  testing::TestResponse chat(const std::string& model) {
    return gw_.post("/v1/chat/completions", chat_body(model));
  }

  testing::FakeOpenAIUpstream upstream_{"127.0.0.1", 0, 2};
  testing::TempLedger ledger_{"switchyard-reload"};
  testing::LoopbackGateway gw_;
};

TEST_F(ReloadTest, AValidConfigurationServesNewRequests) {
  gw_.start(yaml(alias("m", "first", "a", "model-one")));
  auto before = chat("m");
  ASSERT_EQ(before.status, 200u) << before.body;
  EXPECT_EQ(before.header("x-switchyard-deployment"), "first");
  EXPECT_EQ(chat("n").status, 404u);

  ReloadResult r = reload(
      yaml(alias("m", "second", "b", "model-two") + alias("n", "third", "a", "model-three")));
  ASSERT_TRUE(r.applied) << (r.problems.empty() ? "" : r.problems[0].to_string());
  EXPECT_EQ(gw_.gateway().reloads(), 1u);
  auto after = chat("m");
  ASSERT_EQ(after.status, 200u) << after.body;
  EXPECT_EQ(after.header("x-switchyard-deployment"), "second");
  auto added = chat("n");
  ASSERT_EQ(added.status, 200u) << added.body;
  EXPECT_EQ(added.header("x-switchyard-deployment"), "third");
  const std::string models = gw_.get("/v1/models").body;
  EXPECT_NE(models.find("\"n\""), std::string::npos) << models;
  const auto records = gw_.ledger_records(ledger_.path());
  ASSERT_EQ(records.size(), 4u);  // the 404 is recorded too
  EXPECT_EQ(records[0].deployment, "first");
  EXPECT_EQ(records[2].deployment, "second");
}

TEST_F(ReloadTest, AnInvalidConfigurationIsRefusedWithEveryProblemAndTheRunningOneStays) {
  gw_.start(yaml(alias("m", "first", "a", "model-one")));
  const std::string bad = yaml(
      "  - alias: m\n    deployments:\n"
      "      - { name: x, provider: nowhere, model: y, side: cloud }\n"
      "      - { name: z, provider: a, model: y, side: sideways }\n");
  ReloadResult r = reload(bad);
  ASSERT_FALSE(r.applied);
  ASSERT_GE(r.problems.size(), 2u);
  std::string all;
  for (const auto& p : r.problems) all += p.to_string() + "\n";
  EXPECT_NE(all.find("reload.yaml:10:"), std::string::npos) << all;
  EXPECT_NE(all.find("nowhere"), std::string::npos) << all;
  EXPECT_NE(all.find("reload.yaml:11:"), std::string::npos) << all;
  EXPECT_NE(all.find("sideways"), std::string::npos) << all;
  EXPECT_EQ(gw_.gateway().reloads(), 0u);
  auto still = chat("m");
  ASSERT_EQ(still.status, 200u) << still.body;
  EXPECT_EQ(still.header("x-switchyard-deployment"), "first");
}

TEST_F(ReloadTest, AFileThatCannotBeReadIsRefused) {
  gw_.start(yaml(alias("m", "first", "a", "model-one")));
  ReloadResult r = gw_.gateway().reload_file("/nonexistent/switchyard.yaml");
  ASSERT_FALSE(r.applied);
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_NE(r.problems[0].to_string().find("cannot read the file"), std::string::npos);
  EXPECT_EQ(chat("m").header("x-switchyard-deployment"), "first");
}

TEST_F(ReloadTest, AStreamInFlightFinishesUnderTheConfigurationItStartedWith) {
  // paced-20-50: twenty chunks, one every 50 ms: a second of stream.
  gw_.start(yaml(alias("m", "old", "a", "paced-20-50")));
  std::atomic<bool> done{false};
  testing::TestResponse streamed;
  std::thread client([&] {
    streamed = gw_.post("/v1/chat/completions", chat_body("m", true));
    done = true;
  });
  while (upstream_.request_count() == 0) std::this_thread::sleep_for(std::chrono::milliseconds(2));
  ReloadResult r = reload(yaml(alias("m", "new", "b", "model-two")));
  ASSERT_TRUE(r.applied);
  EXPECT_FALSE(done.load()) << "the stream should still be running at the reload";
  auto during = chat("m");
  EXPECT_EQ(during.header("x-switchyard-deployment"), "new");
  client.join();
  ASSERT_EQ(streamed.status, 200u) << streamed.body;
  EXPECT_EQ(streamed.header("x-switchyard-deployment"), "old");
  EXPECT_TRUE(testing::ends_with_done(streamed.body)) << streamed.body;
  std::size_t content_chunks = 0;
  for (const auto& data : testing::sse_payloads(streamed.body))
    if (data.find("\"content\"") != std::string::npos) ++content_chunks;
  EXPECT_GE(content_chunks, 20u) << streamed.body;
  const auto records = gw_.ledger_records(ledger_.path());
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].deployment, "new");  // answered first, recorded first
  EXPECT_EQ(records[1].deployment, "old");
  EXPECT_EQ(records[1].status, 200);
}

TEST_F(ReloadTest, UnchangedProvidersAreKeptAndChangedOnesBuiltAnew) {
  gw_.start(yaml(alias("m", "first", "a", "model-one")));
  const providers::Provider* a = gw_.gateway().provider("a");
  const providers::Provider* b = gw_.gateway().provider("b");
  ASSERT_NE(a, nullptr);
  // The same providers (a deployment moved only): both kept.
  ReloadResult r = reload(yaml(alias("m", "second", "b", "model-two")));
  ASSERT_TRUE(r.applied);
  EXPECT_EQ(gw_.gateway().provider("a"), a);
  EXPECT_EQ(gw_.gateway().provider("b"), b);
  // b's timeout changes: b is built anew, a kept.
  r = reload(yaml(alias("m", "second", "b", "model-two"), ", timeout_ms: 9000"));
  ASSERT_TRUE(r.applied);
  EXPECT_EQ(gw_.gateway().provider("a"), a);
  EXPECT_NE(gw_.gateway().provider("b"), b);
  std::string notes;
  for (const auto& n : r.notes) notes += n + "\n";
  EXPECT_NE(notes.find("provider 'a': unchanged, kept"), std::string::npos) << notes;
  EXPECT_NE(notes.find("provider 'b': built anew"), std::string::npos) << notes;
  EXPECT_EQ(chat("m").header("x-switchyard-deployment"), "second");
}

// Compiling the PII detector takes about a second: a reload that leaves
// what it detects alone keeps it (a class mapping is policy, not detection);
// one that changes what it detects compiles anew. Either way the new
// settings apply at once.
TEST_F(ReloadTest, ThePiiDetectorIsKeptUnlessWhatItDetectsChanges) {
  gw_.start(yaml(alias("m", "first", "a", "model-one")));
  const auto notes_of = [](const ReloadResult& r) {
    std::string notes;
    for (const auto& n : r.notes) notes += n + "\n";
    return notes;
  };
  const std::string email =
      R"({"model":"m","messages":[{"role":"user","content":"write to desk-42@example.com"}]})";
  EXPECT_EQ(gw_.post("/v1/chat/completions", email).header("x-switchyard-data-class"),
            "confidential");
  // E-mail addresses now make a request restricted: nowhere to go but local,
  // and this alias has no local deployment.
  ReloadResult r = reload(yaml(alias("m", "second", "a", "model-one")) +
                          "privacy:\n  entities:\n    EMAIL_ADDRESS: { class: restricted }\n");
  ASSERT_TRUE(r.applied) << (r.problems.empty() ? "" : r.problems[0].to_string());
  EXPECT_NE(notes_of(r).find("privacy detector: unchanged, kept"), std::string::npos)
      << notes_of(r);
  auto after = gw_.post("/v1/chat/completions", email);
  EXPECT_EQ(after.status, 503u) << after.body;
  EXPECT_EQ(after.header("x-switchyard-data-class"), "restricted") << after.body;
  // E-mail addresses no longer looked for (still restricted if found):
  // compiled anew, and the request goes to the cloud.
  r = reload(yaml(alias("m", "second", "a", "model-one")) +
             "privacy:\n  entities:\n    EMAIL_ADDRESS: { enabled: false, class: restricted }\n");
  ASSERT_TRUE(r.applied) << (r.problems.empty() ? "" : r.problems[0].to_string());
  EXPECT_NE(notes_of(r).find("privacy detector: compiled anew"), std::string::npos) << notes_of(r);
  after = gw_.post("/v1/chat/completions", email);
  EXPECT_EQ(after.status, 200u) << after.body;
  EXPECT_NE(after.header("x-switchyard-data-class"), "restricted") << after.body;
}

TEST_F(ReloadTest, ServerAndLedgerChangesWaitForARestartAndSaySo) {
  gw_.start(yaml(alias("m", "first", "a", "model-one")));
  std::string text = yaml(alias("m", "first", "a", "model-one"));
  text.replace(text.find("threads: 1"), 10, "threads: 3");
  ReloadResult r = reload(text);
  ASSERT_TRUE(r.applied);
  std::string notes;
  for (const auto& n : r.notes) notes += n + "\n";
  EXPECT_NE(notes.find("the server section changed"), std::string::npos) << notes;
}

// POST /admin/reload reads the gateway's own file again: with the admin
// key only; 200 with the notes, or 400 listing every problem at its line.
TEST_F(ReloadTest, AdminReloadReadsTheFileAgain) {
  const std::string path = ledger_.path() + ".yaml";
  const auto write = [&path](const std::string& text) {
    std::ofstream(path, std::ios::trunc) << text;
  };
  const auto env = [](const char* name) -> const char* {
    return std::string_view(name) == "RELOAD_ADMIN_KEY" ? "reload-admin-key-0123456789" : nullptr;
  };
  const std::string admin = "admin: { key_env: RELOAD_ADMIN_KEY }\n";
  write(yaml(alias("m", "first", "a", "model-one")) + admin);
  std::ifstream in(path);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  gw_.start(text, env, path);
  const std::vector<std::pair<std::string, std::string>> key = {
      {"authorization", "Bearer reload-admin-key-0123456789"}};

  write(yaml(alias("m", "second", "b", "model-two")) + admin);
  auto stranger = gw_.post("/admin/reload", "");
  EXPECT_EQ(stranger.status, 401u) << stranger.body;
  EXPECT_EQ(chat("m").header("x-switchyard-deployment"), "first");

  auto ok = gw_.post("/admin/reload", "", key);
  ASSERT_EQ(ok.status, 200u) << ok.body;
  EXPECT_EQ(testing::str(testing::Parsed(ok.body)["/status"]), "reloaded") << ok.body;
  EXPECT_NE(ok.body.find("provider 'a': unchanged, kept"), std::string::npos) << ok.body;
  EXPECT_EQ(chat("m").header("x-switchyard-deployment"), "second");

  write(yaml("  - alias: m\n    deployments:\n"
             "      - { name: x, provider: nowhere, model: y, side: cloud }\n") +
        admin);
  auto refused = gw_.post("/admin/reload", "", key);
  ASSERT_EQ(refused.status, 400u) << refused.body;
  const auto e = testing::parse_error(refused.body);
  EXPECT_EQ(e.code, "invalid_config") << refused.body;
  EXPECT_TRUE(e.says(path + ":10:")) << refused.body;
  EXPECT_TRUE(e.says("nowhere")) << refused.body;
  EXPECT_EQ(chat("m").header("x-switchyard-deployment"), "second");
  std::remove(path.c_str());
}

#ifdef SWITCHYARD_HAVE_LLAMA
// The in-process engine: a reload that leaves its provider's configuration
// alone keeps the loaded model (the same provider, the same engine); one
// that changes it loads it again.
TEST_F(ReloadTest, AnUnchangedEngineIsNotReloaded) {
  const auto config = [&](int parallel, const std::string& cloud_model) {
    return testing::loopback_server_yaml() +
           "providers:\n"
           "  - name: engine\n    kind: llama\n    model_path: " +
           local::testing::tiny_model_path() +
           "\n    context_size: 256\n    threads: 1\n    batch_size: 64\n    parallel: " +
           std::to_string(parallel) +
           "\n"
           "  - { name: a, kind: openai_compatible, base_url: " +
           upstream_.base_url() +
           "/v1 }\n"
           "models:\n"
           "  - alias: local\n    deployments:\n"
           "      - { name: tiny, provider: engine, model: tiny-llama, side: local }\n"
           "  - alias: cloud\n    deployments:\n"
           "      - { name: c, provider: a, model: " +
           cloud_model + ", side: cloud }\n" + ledger_.yaml();
  };
  gw_.start(config(1, "model-one"));
  const providers::Provider* before = gw_.gateway().provider("engine");
  ASSERT_NE(before, nullptr);
  ReloadResult r = reload(config(1, "model-two"));
  ASSERT_TRUE(r.applied);
  EXPECT_EQ(gw_.gateway().provider("engine"), before) << "the model was loaded again";
  auto served =
      gw_.post("/v1/chat/completions",
               R"({"model":"local","max_tokens":2,"messages":[{"role":"user","content":"hi"}]})");
  EXPECT_EQ(served.status, 200u) << served.body;
  EXPECT_EQ(served.header("x-switchyard-deployment"), "tiny");
  // The engine's own settings change: it is built (and its model loaded) anew.
  r = reload(config(2, "model-two"));
  ASSERT_TRUE(r.applied);
  EXPECT_NE(gw_.gateway().provider("engine"), before);
}
#endif

}  // namespace
}  // namespace switchyard::gateway
