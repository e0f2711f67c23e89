// Virtual keys through the gateway, in front of two fake upstreams standing
// for a local server and a cloud API: authentication (open and required
// mode, both headers, unknown / revoked / rotated / expired keys), the admin
// API over HTTP, the key's policy (models, default class, cloud ceiling —
// adversarially, on fallback and retry), its limits (RPM, TPM, concurrency,
// with every slot back after errors, timeouts and client aborts), and that
// no key appears in any answer, header or ledger row.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include "fakes/fake_openai_upstream.hpp"
#include "support/error_body.hpp"
#include "support/json_compare.hpp"
#include "support/loopback_gateway.hpp"
#include "support/temp_ledger.hpp"
#include "switchyard/keys/key_lifecycle.hpp"
#include "switchyard/keys/sqlite_key_store.hpp"

namespace switchyard::gateway {
namespace {

using testing::FakeOpenAIUpstream;
using testing::parse_error;
using testing::Parsed;
using testing::str;
using testing::TestResponse;

constexpr const char* kAdminKey = "adm-keys-test-0123456789abcdef";
using Headers = std::vector<std::pair<std::string, std::string>>;

const char* env(const char* name) {
  const std::string_view n(name);
  if (n == "CLOUD_KEY") return "sk-cloud-provider-secret";
  if (n == "SWITCHYARD_ADMIN_KEY") return kAdminKey;
  return nullptr;
}

std::string chat_body(const std::string& model, const std::string& text = "hello",
                      const std::string& extra = {}) {
  return R"({"model":")" + model + R"(","messages":[{"role":"user","content":")" + text + R"("}])" +
         extra + "}";
}

Headers bearer(const std::string& key) {
  return {{"authorization", "Bearer " + key}};
}

const std::string kModels =
    "  - alias: hybrid\n    deployments:\n"
    "      - { provider: local, model: gpt-4o-mini, side: local, name: local-ok }\n"
    "      - { provider: cloud, model: gpt-4o-mini, side: cloud, name: cloud }\n"
    "  - alias: cloud-only\n    deployments:\n"
    "      - { provider: cloud, model: gpt-4o-mini, side: cloud, name: cloud }\n"
    "  - alias: local-broken\n    deployments:\n"
    "      - { provider: local, model: error-500, side: local, name: local-500 }\n"
    "      - { provider: cloud, model: gpt-4o-mini, side: cloud, name: cloud }\n"
    "  - alias: local-stalls\n    deployments:\n"
    "      - { provider: local, model: stall, side: local, name: local-stall }\n"
    "      - { provider: cloud, model: gpt-4o-mini, side: cloud, name: cloud }\n"
    "  - alias: slow\n    deployments:\n"
    "      - { provider: local, model: slow-150, side: local, name: local-slow }\n"
    "  - alias: failing\n    deployments:\n"
    "      - { provider: local, model: error-500, side: local, name: local-500 }\n"
    "  - alias: streams\n    deployments:\n"
    "      - { provider: local, model: paced-200-20, side: local, name: local-paced }\n";

class KeysGatewayTest : public ::testing::Test {
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

  void start(bool required = true) {
    const std::string yaml =
        testing::loopback_server_yaml(2) +
        "providers:\n"
        "  - { name: local, kind: openai_compatible, base_url: '" +
        local_.base_url() + "/v1', timeout_ms: 300 }\n" +
        "  - { name: cloud, kind: openai_compatible, base_url: '" + cloud_.base_url() +
        "/v1', api_key_env: CLOUD_KEY }\n" + "models:\n" + kModels +
        "routing:\n  retry: { max_attempts: 2, initial_backoff_ms: 1, max_backoff_ms: 2 }\n" +
        ledger_.yaml() + "keys:\n  required: " + (required ? "true" : "false") + "\n";
    gw_.start(yaml, env, "keys.yaml");
  }

  // Creates a key over the admin API; returns the secret (and its id in *id).
  std::string create(const std::string& policy, std::string* id = nullptr) {
    auto r = admin(http::bhttp::verb::post, "/admin/keys", policy);
    EXPECT_EQ(r.status, 201u) << r.body;
    Parsed p(r.body);
    if (id) *id = std::string(str(p["/id"]));
    secrets_.emplace_back(str(p["/key"]));
    return secrets_.back();
  }
  TestResponse admin(http::bhttp::verb method, const std::string& target,
                     const std::string& body = {}) {
    answers_.push_back(
        gw_.request(method, target, body, {{"authorization", std::string("Bearer ") + kAdminKey}}));
    return answers_.back();
  }
  TestResponse chat(const std::string& body, const Headers& h) {
    answers_.push_back(gw_.post("/v1/chat/completions", body, h));
    return answers_.back();
  }

  FakeOpenAIUpstream local_;
  FakeOpenAIUpstream cloud_;
  testing::TempLedger ledger_{"switchyard-keys-gw"};
  testing::LoopbackGateway gw_;
  std::vector<std::string> secrets_;
  std::vector<TestResponse> answers_;
};

TEST_F(KeysGatewayTest, OpenModeServesRequestsWithoutAKey) {
  start(/*required=*/false);
  auto r = chat(chat_body("hybrid"), {});
  EXPECT_EQ(r.status, 200u) << r.body;
  auto other = chat(chat_body("hybrid"), bearer("sk-some-provider-key"));
  EXPECT_EQ(other.status, 200u) << other.body;
  // A virtual key is still checked in open mode.
  auto bad = chat(chat_body("hybrid"), bearer("sk-sy-000000000000-" + std::string(64, '0')));
  EXPECT_EQ(bad.status, 401u) << bad.body;
}

TEST_F(KeysGatewayTest, RequiredModeRefusesMissingAndForeignKeysWithA401) {
  start();
  auto none = chat(chat_body("hybrid"), {});
  ASSERT_EQ(none.status, 401u) << none.body;
  auto e = parse_error(none.body);
  EXPECT_EQ(e.type, "authentication_error");
  EXPECT_EQ(e.code, "invalid_api_key");
  EXPECT_TRUE(e.says("Authorization header")) << e.message;
  EXPECT_EQ(e.message.find("[redacted]"), std::string::npos) << e.message;
  auto foreign = chat(chat_body("hybrid"), bearer("sk-proj-abcdefghijklmnop"));
  ASSERT_EQ(foreign.status, 401u);
  EXPECT_EQ(foreign.body.find("sk-proj-abcdefghijklmnop"), std::string::npos) << foreign.body;
  EXPECT_TRUE(parse_error(foreign.body).says("sk-sy-"));
  EXPECT_EQ(local_.request_count() + cloud_.request_count(), 0u) << "nothing was sent";
}

TEST_F(KeysGatewayTest, AValidKeyIsServedAndNamedInTheLedger) {
  start();
  std::string id;
  const std::string key = create(R"({"team":"hr","name":"bot"})", &id);
  auto r = chat(chat_body("hybrid"), bearer(key));
  ASSERT_EQ(r.status, 200u) << r.body;
  auto via_x_api_key = chat(chat_body("hybrid"), {{"x-api-key", key}});
  EXPECT_EQ(via_x_api_key.status, 200u) << via_x_api_key.body;
  const auto records = gw_.ledger_records(ledger_.path());
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].caller, ledger::caller_fingerprint(key));
  // The provider key the gateway sends upstream is its own, never the client's.
  for (const auto& req : local_.requests())
    EXPECT_EQ(req.authorization.find(key), std::string::npos);
}

TEST_F(KeysGatewayTest, RevokedRotatedUnknownAndExpiredKeysAre401s) {
  // An expired key, stored directly (the API refuses an expiry in the past).
  {
    auto store = keys::SqliteKeyStore::open(ledger_.path());
    ASSERT_TRUE(store);
    keys::VirtualKey k;
    k.id = keys::new_key_id();
    auto s = keys::new_secret(k.id);
    k.policy.team = "old";
    k.policy.expires_ms = 1'000;
    k.salt = s.salt;
    k.digest = s.digest;
    k.created_ms = 500;
    ASSERT_FALSE((*store)->insert(k));
    secrets_.push_back(s.key);
  }
  start();
  auto expired = chat(chat_body("hybrid"), bearer(secrets_.back()));
  ASSERT_EQ(expired.status, 401u) << expired.body;
  EXPECT_TRUE(parse_error(expired.body).says("expired")) << expired.body;

  std::string id;
  const std::string key = create(R"({"team":"eng"})", &id);
  ASSERT_EQ(chat(chat_body("hybrid"), bearer(key)).status, 200u);
  auto rotated = admin(http::bhttp::verb::post, "/admin/keys/" + id + "/rotate");
  ASSERT_EQ(rotated.status, 200u) << rotated.body;
  const Parsed answer(rotated.body);
  const std::string fresh(str(answer["/key"]));
  secrets_.push_back(fresh);
  EXPECT_NE(fresh, key);
  auto old = chat(chat_body("hybrid"), bearer(key));
  EXPECT_EQ(old.status, 401u) << "the old secret stops at once";
  EXPECT_EQ(chat(chat_body("hybrid"), bearer(fresh)).status, 200u);
  auto revoked = admin(http::bhttp::verb::delete_, "/admin/keys/" + id);
  ASSERT_EQ(revoked.status, 200u) << revoked.body;
  EXPECT_EQ(str(Parsed(revoked.body)["/status"]), "revoked");
  auto after = chat(chat_body("hybrid"), bearer(fresh));
  ASSERT_EQ(after.status, 401u);
  EXPECT_TRUE(parse_error(after.body).says("revoked")) << after.body;
  std::string wrong = fresh;
  wrong[wrong.size() - 1] = wrong.back() == '0' ? '1' : '0';
  EXPECT_EQ(chat(chat_body("hybrid"), bearer(wrong)).status, 401u);
}

TEST_F(KeysGatewayTest, TheAdminApiListsShowsAndRefusesBadPolicies) {
  start();
  std::string id;
  create(R"({"team":"hr","models":["hybrid"],"rpm":5})", &id);
  auto list = admin(http::bhttp::verb::get, "/admin/keys");
  ASSERT_EQ(list.status, 200u);
  Parsed l(list.body);
  EXPECT_EQ(str(l["/data/0/id"]), id);
  EXPECT_EQ(str(l["/data/0/team"]), "hr");
  EXPECT_EQ(list.body.find("\"key\""), std::string::npos) << "a list never shows a secret";
  auto show = admin(http::bhttp::verb::get, "/admin/keys/" + id);
  ASSERT_EQ(show.status, 200u);
  EXPECT_EQ(str(Parsed(show.body)["/models/0"]), "hybrid");
  EXPECT_EQ(admin(http::bhttp::verb::get, "/admin/keys/000000000000").status, 404u);
  auto bad_model =
      admin(http::bhttp::verb::post, "/admin/keys", R"({"team":"hr","models":["gpt-9"]})");
  ASSERT_EQ(bad_model.status, 400u);
  EXPECT_EQ(parse_error(bad_model.body).param, "models");
  auto bad_class =
      admin(http::bhttp::verb::post, "/admin/keys", R"({"team":"hr","default_class":"secret"})");
  EXPECT_EQ(bad_class.status, 400u);
  EXPECT_EQ(admin(http::bhttp::verb::put, "/admin/keys").status, 405u);
  // Without the admin key: 401, and a virtual key is not an admin key.
  auto anon = gw_.request(http::bhttp::verb::get, "/admin/keys");
  EXPECT_EQ(anon.status, 401u);
  auto with_virtual = gw_.request(http::bhttp::verb::get, "/admin/keys", {}, bearer(secrets_[0]));
  EXPECT_EQ(with_virtual.status, 401u);
}

TEST_F(KeysGatewayTest, AKeyUsesOnlyItsModels) {
  start();
  const std::string key = create(R"({"team":"hr","models":["hybrid"]})");
  EXPECT_EQ(chat(chat_body("hybrid"), bearer(key)).status, 200u);
  auto r = chat(chat_body("cloud-only"), bearer(key));
  ASSERT_EQ(r.status, 403u) << r.body;
  auto e = parse_error(r.body);
  EXPECT_EQ(e.type, "permission_error");
  EXPECT_EQ(e.code, "model_not_allowed");
  EXPECT_TRUE(e.says("cloud-only")) << e.message;
  EXPECT_TRUE(e.says("hybrid")) << e.message;
  EXPECT_EQ(cloud_.request_count(), 0u);
}

// GET /v1/models lists what the caller's key may use: a key with models
// only those, a key without every alias; an unknown key or none (keys
// required) is a 401 in OpenAI's format; open mode lists every alias.
TEST_F(KeysGatewayTest, ModelListShowsOnlyTheAliasesTheKeyAllows) {
  start();
  auto ids = [](const TestResponse& r) {
    std::vector<std::string> out;
    Parsed p(r.body);
    for (simdjson::dom::element m : simdjson::dom::array(p["/data"]))
      out.emplace_back(str(m["id"]));
    return out;
  };
  const std::string narrow = create(R"({"team":"hr","models":["hybrid","slow"]})");
  const std::string wide = create(R"({"team":"ops"})");
  auto r = gw_.request(http::bhttp::verb::get, "/v1/models", "", bearer(narrow));
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(ids(r), (std::vector<std::string>{"hybrid", "slow"}));
  auto all = gw_.request(http::bhttp::verb::get, "/v1/models", "", bearer(wide));
  ASSERT_EQ(all.status, 200u) << all.body;
  const std::vector<std::string> every = ids(all);
  EXPECT_GT(every.size(), 2u);
  EXPECT_NE(std::find(every.begin(), every.end(), "cloud-only"), every.end());
  auto unknown = gw_.request(http::bhttp::verb::get, "/v1/models", "",
                             bearer("sk-sy-000000000000-" + std::string(64, '0')));
  ASSERT_EQ(unknown.status, 401u) << unknown.body;
  EXPECT_EQ(parse_error(unknown.body).code, "invalid_api_key");
  auto none = gw_.request(http::bhttp::verb::get, "/v1/models", "", {});
  ASSERT_EQ(none.status, 401u) << none.body;
  EXPECT_EQ(parse_error(none.body).type, "authentication_error");
  gw_.stop();
  start(/*required=*/false);
  auto open = gw_.request(http::bhttp::verb::get, "/v1/models", "", {});
  ASSERT_EQ(open.status, 200u) << open.body;
  EXPECT_EQ(ids(open), every);
}

// GET /v1/models/{id} answers by the caller's key as the list does: an
// alias the key may not use is the very 404 an unknown model gets (the
// same body but for the id, so the key learns nothing of its existence);
// an unknown key is a 401 whatever the model; open mode retrieves any alias.
TEST_F(KeysGatewayTest, ModelRetrieveHidesTheAliasesTheKeyMayNotUse) {
  start();
  const std::string narrow = create(R"({"team":"hr","models":["hybrid"]})");
  const std::string wide = create(R"({"team":"ops"})");
  auto get = [&](const std::string& path, const http::Headers& h) {
    return gw_.request(http::bhttp::verb::get, path, "", h);
  };
  auto own = get("/v1/models/hybrid", bearer(narrow));
  ASSERT_EQ(own.status, 200u) << own.body;
  EXPECT_EQ(str(Parsed(own.body)["/id"]), "hybrid");
  EXPECT_EQ(str(Parsed(own.body)["/object"]), "model");

  auto hidden = get("/v1/models/cloud-only", bearer(narrow));
  auto unknown = get("/v1/models/no-such-model", bearer(narrow));
  ASSERT_EQ(hidden.status, 404u) << hidden.body;
  ASSERT_EQ(unknown.status, 404u) << unknown.body;
  const auto he = parse_error(hidden.body);
  const auto ue = parse_error(unknown.body);
  EXPECT_EQ(he.code, "model_not_found");
  EXPECT_EQ(he.type, ue.type);
  EXPECT_EQ(he.code, ue.code);
  std::string unknown_message = ue.message;
  unknown_message.replace(unknown_message.find("no-such-model"), 13, "cloud-only");
  EXPECT_EQ(he.message, unknown_message);
  EXPECT_EQ(hidden.header("content-type"), unknown.header("content-type"));

  // The same alias for a key that allows every model, and via /models/.
  auto allowed = get("/v1/models/cloud-only", bearer(wide));
  ASSERT_EQ(allowed.status, 200u) << allowed.body;
  EXPECT_EQ(str(Parsed(allowed.body)["/id"]), "cloud-only");
  EXPECT_EQ(get("/models/cloud-only", bearer(narrow)).status, 404u);
  EXPECT_EQ(get("/models/hybrid", bearer(narrow)).status, 200u);

  auto bad_key = get("/v1/models/hybrid", bearer("sk-sy-000000000000-" + std::string(64, '0')));
  ASSERT_EQ(bad_key.status, 401u) << bad_key.body;
  EXPECT_EQ(parse_error(bad_key.body).code, "invalid_api_key");
  auto bad_key_hidden =
      get("/v1/models/no-such-model", bearer("sk-sy-000000000000-" + std::string(64, '0')));
  EXPECT_EQ(bad_key_hidden.status, 401u) << bad_key_hidden.body;
  auto none = get("/v1/models/hybrid", {});
  ASSERT_EQ(none.status, 401u) << none.body;
  EXPECT_EQ(parse_error(none.body).type, "authentication_error");
  EXPECT_EQ(cloud_.request_count(), 0u);

  gw_.stop();
  start(/*required=*/false);
  EXPECT_EQ(get("/v1/models/cloud-only", {}).status, 200u);
  EXPECT_EQ(get("/v1/models/no-such-model", {}).status, 404u);
}

TEST_F(KeysGatewayTest, TheKeysDefaultClassRaisesEveryRequest) {
  start();
  const std::string key = create(R"({"team":"hr","default_class":"restricted"})");
  auto r = chat(chat_body("cloud-only"), bearer(key));
  ASSERT_EQ(r.status, 503u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-data-class"), "restricted");
  EXPECT_EQ(parse_error(r.body).type, "no_permitted_deployment");
  auto local = chat(chat_body("hybrid"), bearer(key));
  ASSERT_EQ(local.status, 200u) << local.body;
  EXPECT_EQ(local.header("x-switchyard-side"), "local");
  EXPECT_EQ(cloud_.request_count(), 0u);
  const auto records = gw_.ledger_records(ledger_.path());
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[1].data_class, "restricted");
  EXPECT_NE(records[1].class_reason.find("default class"), std::string::npos)
      << records[1].class_reason;
  // A header cannot lower it.
  auto lower = chat(chat_body("cloud-only"),
                    {{"authorization", "Bearer " + key}, {"x-switchyard-data-class", "public"}});
  EXPECT_EQ(lower.status, 503u);
  EXPECT_EQ(cloud_.request_count(), 0u);
}

// The cloud ceiling, adversarially: however the class is reached (header,
// key default, findings) and whatever fails locally (error, timeout), a
// request above the key's max_cloud_class never reaches the cloud.
TEST_F(KeysGatewayTest, AboveTheKeysCloudCeilingNothingReachesTheCloud) {
  start();
  const std::string capped = create(R"({"team":"eng","max_cloud_class":"public"})");
  const std::string defaulted =
      create(R"({"team":"eng","max_cloud_class":"internal","default_class":"confidential"})");
  struct Case {
    std::string key, model, text;
    Headers extra;
  };
  const std::vector<Case> cases = {
      {capped, "cloud-only", "hello", {{"x-switchyard-data-class", "internal"}}},
      {capped, "local-broken", "hello", {{"x-switchyard-data-class", "internal"}}},
      {capped, "local-stalls", "hello", {{"x-switchyard-data-class", "internal"}}},
      {capped, "local-broken", "write to jane.doe@example.com", {}},
      {defaulted, "cloud-only", "hello", {}},
      {defaulted, "local-broken", "hello", {}},
      {defaulted, "local-stalls", "hello", {}},
  };
  for (const Case& c : cases) {
    Headers h = c.extra;
    h.emplace_back("authorization", "Bearer " + c.key);
    auto r = chat(chat_body(c.model, c.text), h);
    EXPECT_GE(r.status, 500u) << c.model << ": " << r.body;
    EXPECT_EQ(cloud_.request_count(), 0u) << c.model << " " << c.text << ": reached the cloud";
  }
  // Within the ceiling the cloud is used as before.
  auto ok = chat(chat_body("cloud-only"), bearer(capped));
  EXPECT_EQ(ok.status, 200u) << ok.body;
  EXPECT_EQ(cloud_.request_count(), 1u);
}

TEST_F(KeysGatewayTest, OverRpmIsA429NamingTheLimitWithRetryAfter) {
  start();
  const std::string key = create(R"({"team":"eng","rpm":2})");
  EXPECT_EQ(chat(chat_body("hybrid"), bearer(key)).status, 200u);
  EXPECT_EQ(chat(chat_body("hybrid"), bearer(key)).status, 200u);
  auto r = chat(chat_body("hybrid"), bearer(key));
  ASSERT_EQ(r.status, 429u) << r.body;
  EXPECT_EQ(parse_error(r.body).code, "rpm_limit_exceeded");
  EXPECT_TRUE(parse_error(r.body).says("2 requests per minute")) << r.body;
  EXPECT_EQ(r.header("retry-after"), "30");
  EXPECT_EQ(local_.request_count(), 2u);
  // Another key has its own allowance.
  const std::string other = create(R"({"team":"eng","rpm":2})");
  EXPECT_EQ(chat(chat_body("hybrid"), bearer(other)).status, 200u);
}

TEST_F(KeysGatewayTest, OverTpmIsA429AndUnusedTokensComeBack) {
  start();
  const std::string key = create(R"({"team":"eng","tpm":3000})");
  // A request holds its estimate (max_tokens 2000 and the prompt's) while it
  // runs: a second one does not fit beside it.
  TestResponse slow;
  std::thread first([&] {
    slow = gw_.post("/v1/chat/completions", chat_body("slow", "hi", R"(,"max_tokens":2000)"),
                    bearer(key));
  });
  for (int i = 0; i < 500 && local_.request_count() == 0; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  auto over = chat(chat_body("hybrid", "hi", R"(,"max_tokens":2000)"), bearer(key));
  first.join();
  ASSERT_EQ(slow.status, 200u) << slow.body;
  ASSERT_EQ(over.status, 429u) << over.body;
  EXPECT_EQ(parse_error(over.body).code, "tpm_limit_exceeded");
  EXPECT_TRUE(parse_error(over.body).says("3000 tokens per minute")) << over.body;
  EXPECT_FALSE(over.header("retry-after").empty());
  // Settled to the few tokens it used before its answer left, the rest came
  // back: it fits now, again and again, with no wait.
  for (int i = 0; i < 5; ++i)
    EXPECT_EQ(chat(chat_body("hybrid", "hi", R"(,"max_tokens":2000)"), bearer(key)).status, 200u)
        << i;
  // A request above the whole allowance goes when the bucket is full.
  const std::string fresh = create(R"({"team":"eng","tpm":1000})");
  EXPECT_EQ(chat(chat_body("hybrid", "hi", R"(,"max_tokens":5000)"), bearer(fresh)).status, 200u);
}

TEST_F(KeysGatewayTest, ConcurrencyIsLimitedAndEverySlotComesBack) {
  start();
  const std::string key = create(R"({"team":"eng","max_concurrent":1})");
  TestResponse slow;
  std::thread first(
      [&] { slow = gw_.post("/v1/chat/completions", chat_body("slow"), bearer(key)); });
  // Wait until the slow request holds the slot (it reached the upstream).
  for (int i = 0; i < 500 && local_.request_count() == 0; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  auto refused = chat(chat_body("hybrid"), bearer(key));
  first.join();
  ASSERT_EQ(slow.status, 200u) << slow.body;
  ASSERT_EQ(refused.status, 429u) << refused.body;
  EXPECT_EQ(parse_error(refused.body).code, "concurrency_limit_exceeded");
  EXPECT_EQ(refused.header("retry-after"), "1");
  // Errors, timeouts and refusals give the slot back: each next request passes.
  EXPECT_EQ(chat(chat_body("failing"), bearer(key)).status, 500u);
  EXPECT_EQ(chat(chat_body("hybrid"), bearer(key)).status, 200u);
  auto timed_out = chat(chat_body("local-stalls"), {{"authorization", "Bearer " + key},
                                                    {"x-switchyard-data-class", "restricted"}});
  EXPECT_GE(timed_out.status, 500u) << timed_out.body;
  EXPECT_EQ(chat(chat_body("hybrid"), bearer(key)).status, 200u);
  EXPECT_EQ(chat(chat_body("no-such-model"), bearer(key)).status, 404u);
  EXPECT_EQ(chat(chat_body("hybrid"), bearer(key)).status, 200u);
  EXPECT_EQ(chat("{not json", bearer(key)).status, 400u);
  EXPECT_EQ(chat(chat_body("hybrid"), bearer(key)).status, 200u);
}

TEST_F(KeysGatewayTest, AClientThatLeavesMidStreamGivesItsSlotBack) {
  start();
  const std::string key = create(R"({"team":"eng","max_concurrent":1})");
  {
    // Read the head and a little of a 4-second stream, then hang up.
    namespace net = http::net;
    net::io_context ioc;
    http::beast::tcp_stream s(ioc);
    s.connect(http::tcp::endpoint(net::ip::make_address("127.0.0.1"), gw_.port()));
    const std::string body = chat_body("streams", "hi", R"(,"stream":true)");
    const std::string req =
        "POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\nauthorization: Bearer " + key +
        "\r\ncontent-type: application/json\r\ncontent-length: " + std::to_string(body.size()) +
        "\r\n\r\n" + body;
    net::write(s, net::buffer(req));
    char buf[512];
    s.socket().read_some(net::buffer(buf));
  }
  // The gateway notices at its next write (a chunk every 20 ms), settles,
  // and the slot is free well before the stream would have ended.
  TestResponse next;
  for (int i = 0; i < 100; ++i) {
    next = chat(chat_body("hybrid"), bearer(key));
    if (next.status == 200u) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  EXPECT_EQ(next.status, 200u) << next.body;
}

// No key (virtual, admin or provider) in any answer, header or ledger row.
TEST_F(KeysGatewayTest, NoKeyAppearsInAnyAnswerHeaderOrLedgerRow) {
  ::testing::internal::CaptureStderr();
  start();
  const std::string key = create(R"({"team":"eng","rpm":3,"models":["hybrid","cloud-only"]})");
  std::string revoked_id;
  const std::string revoked = create(R"({"team":"eng"})", &revoked_id);
  admin(http::bhttp::verb::delete_, "/admin/keys/" + revoked_id);
  std::string near = key;
  near.back() = near.back() == '0' ? '1' : '0';
  for (const std::string& k : {key, revoked, near, std::string(kAdminKey)}) {
    chat(chat_body("hybrid"), bearer(k));
    chat(chat_body("cloud-only", "jane.doe@example.com"), {{"x-api-key", k}});
    chat(chat_body("local-broken"), bearer(k));
    chat(chat_body("failing"), bearer(k));
    chat(chat_body("no-such-model"), bearer(k));
    gw_.request(http::bhttp::verb::get, "/admin/keys", {}, bearer(k));
  }
  const auto records = gw_.ledger_records(ledger_.path());
  gw_.stop();
  const std::string log = ::testing::internal::GetCapturedStderr();
  std::vector<std::string> secrets = secrets_;
  secrets.push_back(kAdminKey);
  secrets.push_back(near);
  secrets.push_back("sk-cloud-provider-secret");
  for (const std::string& s : secrets) {
    const std::string tail = s.substr(s.size() - 20);  // a part is as bad as the whole
    for (const auto& a : answers_) {
      if (a.body.find("\"key\":\"" + s + "\"") != std::string::npos) continue;  // create/rotate
      EXPECT_EQ(a.body.find(tail), std::string::npos) << a.body;
      for (const auto& f : a.headers)
        EXPECT_EQ(std::string(f.value()).find(tail), std::string::npos);
    }
    for (const auto& r : records)
      ledger::visit_fields(r, [&](std::string_view name, const auto& v) {
        if constexpr (std::is_same_v<std::decay_t<decltype(v)>, std::string>) {
          EXPECT_EQ(v.find(tail), std::string::npos) << name;
        }
      });
    EXPECT_EQ(log.find(tail), std::string::npos) << log;
  }
  EXPECT_FALSE(records.empty());
}

}  // namespace
}  // namespace switchyard::gateway
