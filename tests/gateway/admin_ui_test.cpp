// The web dashboard through the gateway: GET /ui serves the page and its
// embedded files (uPlot included) without the admin key and without data;
// GET /admin/dashboard and GET /admin/requests want the admin key, answer
// the figures of known traffic (local, cloud, a restricted request served
// locally, one refused for its class, a redacted one) in their documented
// shape, agree with /admin/report, name a bad parameter, and never carry
// a prompt, an e-mail address found in one, a virtual key or a provider key.
//
// The fake upstream counts words as tokens: "hello <marker>" is a prompt of
// 3 + 2 = 5 tokens and its answer "echo: hello <marker>" 3 tokens.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "fakes/fake_openai_upstream.hpp"
#include "support/error_body.hpp"
#include "support/json_compare.hpp"
#include "support/loopback_gateway.hpp"
#include "support/temp_ledger.hpp"

namespace switchyard::gateway {
namespace {

using testing::FakeOpenAIUpstream;
using testing::parse_error;
using testing::Parsed;
using testing::str;
using testing::TestResponse;
using Headers = std::vector<std::pair<std::string, std::string>>;

constexpr const char* kAdminKey = "adm-ui-test-7d0c5e1f9a2b4c6d8e0f";
constexpr const char* kCloudKey = "sk-cloud-provider-secret-ui-test";
constexpr const char* kMarker = "marker-5f3a9c";
constexpr const char* kEmail = "jane.doe@example.com";

const char* env(const char* name) {
  const std::string_view n(name);
  if (n == "CLOUD_KEY") return kCloudKey;
  if (n == "SWITCHYARD_ADMIN_KEY") return kAdminKey;
  return nullptr;
}

std::string chat_body(const std::string& model, const std::string& text) {
  return R"({"model":")" + model + R"(","messages":[{"role":"user","content":")" + text + R"("}]})";
}

class AdminUiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    local_.start();
    cloud_.start();
    const std::string yaml =
        testing::loopback_server_yaml(2) +
        "providers:\n"
        "  - { name: local, kind: openai_compatible, base_url: '" +
        local_.base_url() + "/v1' }\n" + "  - { name: cloud, kind: openai_compatible, base_url: '" +
        cloud_.base_url() +
        "/v1', api_key_env: CLOUD_KEY }\n"
        "models:\n"
        "  - alias: hybrid\n    deployments:\n"
        "      - { provider: local, model: m, side: local, name: local-box }\n"
        "      - { provider: cloud, model: m, side: cloud, name: cloud-big,\n"
        "          price: {input_per_1m: 1000, output_per_1m: 20000} }\n"
        "  - alias: cloud-only\n    deployments:\n"
        "      - { provider: cloud, model: m, side: cloud, name: cloud-big,\n"
        "          price: {input_per_1m: 1000, output_per_1m: 20000} }\n"
        "routing:\n  retry: { max_attempts: 1 }\n" +
        ledger_.yaml() + "cost:\n  reference: {input_per_1m: 2000, output_per_1m: 40000}\n";
    gw_.start(yaml, env, "admin-ui.yaml");
  }
  void TearDown() override {
    gw_.stop();
    local_.shutdown();
    cloud_.shutdown();
  }

  TestResponse admin_get(const std::string& target) {
    return gw_.request(http::bhttp::verb::get, target, {},
                       {{"authorization", std::string("Bearer ") + kAdminKey}});
  }

  // Known traffic; the request ids in the order sent.
  std::vector<std::string> traffic() {
    std::vector<std::string> ids;
    auto send = [&](const std::string& model, const std::string& text, Headers h, unsigned status) {
      h.emplace_back("content-type", "application/json");
      auto r = gw_.post("/v1/chat/completions", chat_body(model, text), h);
      EXPECT_EQ(r.status, status) << r.body;
      ids.push_back(r.header("x-request-id"));
    };
    // A team's virtual key, so the teams table has one.
    auto k = admin_post("/admin/keys", R"({"team":"support","name":"support-bot"})");
    EXPECT_EQ(k.status, 201u) << k.body;
    virtual_key_ = std::string(str(Parsed(k.body)["/key"]));
    const Headers team{{"authorization", "Bearer " + virtual_key_}};
    const Headers restricted{{"x-switchyard-data-class", "restricted"}};
    send("cloud-only", std::string("hello ") + kMarker, team, 200);         // cloud: 5 in, 3 out
    send("hybrid", std::string("hello ") + kMarker, {}, 200);               // local
    send("hybrid", std::string("secret ") + kMarker, restricted, 200);      // restricted, local
    send("cloud-only", std::string("secret ") + kMarker, restricted, 503);  // refused
    // confidential (an e-mail address), redacted for the cloud: 6 in, 4 out
    send("cloud-only", std::string("mail ") + kEmail + " " + kMarker, {}, 200);
    return ids;
  }

  TestResponse admin_post(const std::string& target, const std::string& body) {
    return gw_.request(http::bhttp::verb::post, target, body,
                       {{"authorization", std::string("Bearer ") + kAdminKey},
                        {"content-type", "application/json"}});
  }

  void expect_no_secrets(const std::string& body) {
    for (const std::string& secret : {std::string(kAdminKey), std::string(kCloudKey),
                                      std::string(kMarker), std::string(kEmail), virtual_key_}) {
      ASSERT_FALSE(secret.empty());
      EXPECT_EQ(body.find(secret), std::string::npos) << secret << " in " << body;
    }
  }

  testing::TempLedger ledger_{"admin-ui"};
  FakeOpenAIUpstream local_, cloud_;
  testing::LoopbackGateway gw_;
  std::string virtual_key_;
};

TEST_F(AdminUiTest, ServesThePageAndItsEmbeddedFilesWithoutTheKeyAndWithoutData) {
  auto page = gw_.get("/ui");
  ASSERT_EQ(page.status, 200u) << page.body;
  EXPECT_EQ(page.header("content-type"), "text/html; charset=utf-8");
  EXPECT_NE(page.body.find("<script src=\"/ui/dashboard.js\""), std::string::npos);
  EXPECT_NE(page.body.find("/ui/uPlot.iife.min.js"), std::string::npos);
  // Nothing from anywhere else, no script inline, no framing.
  const std::string csp = page.header("content-security-policy");
  EXPECT_NE(csp.find("default-src 'none'"), std::string::npos) << csp;
  EXPECT_NE(csp.find("script-src 'self'"), std::string::npos) << csp;
  EXPECT_NE(csp.find("connect-src 'self'"), std::string::npos) << csp;
  EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << csp;
  EXPECT_EQ(page.header("referrer-policy"), "no-referrer");
  EXPECT_EQ(page.body.find("http://"), std::string::npos);
  EXPECT_EQ(page.body.find("https://"), std::string::npos);
  EXPECT_EQ(gw_.get("/ui/").body, page.body);
  EXPECT_EQ(gw_.get("/ui/index.html").body, page.body);

  // uPlot itself, from npm, compiled in: its global and its stylesheet.
  auto uplot = gw_.get("/ui/uPlot.iife.min.js");
  ASSERT_EQ(uplot.status, 200u);
  EXPECT_EQ(uplot.header("content-type"), "text/javascript; charset=utf-8");
  EXPECT_GT(uplot.body.size(), 20000u);
  EXPECT_NE(uplot.body.find("uPlot"), std::string::npos);
  EXPECT_EQ(gw_.get("/ui/uPlot.min.css").header("content-type"), "text/css; charset=utf-8");
  EXPECT_NE(gw_.get("/ui/uPlot.LICENSE.txt").body.find("MIT"), std::string::npos);
  auto script = gw_.get("/ui/dashboard.js");
  ASSERT_EQ(script.status, 200u);
  EXPECT_NE(script.body.find("/admin/dashboard"), std::string::npos);
  EXPECT_NE(script.body.find("sessionStorage"), std::string::npos);

  auto missing = gw_.get("/ui/secrets.txt");
  EXPECT_EQ(missing.status, 404u);
  EXPECT_EQ(parse_error(missing.body).code, "unknown_url");
  EXPECT_EQ(gw_.post("/ui", "{}").status, 405u);
}

TEST_F(AdminUiTest, TheReadsWantTheAdminKey) {
  for (const char* path : {"/admin/dashboard", "/admin/requests"}) {
    auto none = gw_.get(path);
    EXPECT_EQ(none.status, 401u) << path;
    EXPECT_EQ(parse_error(none.body).code, "invalid_admin_key");
    auto wrong = gw_.request(http::bhttp::verb::get, path, {},
                             {{"authorization", "Bearer adm-not-the-key"}});
    EXPECT_EQ(wrong.status, 401u) << path;
    // The key in the URL is no key: it is refused like any other parameter.
    auto in_url =
        gw_.request(http::bhttp::verb::get, std::string(path) + "?key=" + kAdminKey, {}, {});
    EXPECT_EQ(in_url.status, 401u) << path;
    EXPECT_EQ(admin_get(std::string(path) + "?key=x").status, 400u) << path;
  }
}

TEST_F(AdminUiTest, DashboardFiguresOfKnownTraffic) {
  const auto ids = traffic();
  auto r = admin_get("/admin/dashboard?since=1h&buckets=12");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("content-type"), "application/json");
  EXPECT_EQ(r.header("cache-control"), "no-store");
  expect_no_secrets(r.body);
  Parsed d(r.body);
  EXPECT_EQ(str(d["/object"]), "dashboard");
  EXPECT_EQ(d["/until_ms"].get_int64().value() - d["/since_ms"].get_int64().value(), 3600000);
  EXPECT_EQ(d["/bucket_ms"].get_int64().value(), 300000);

  auto i64 = [&](const char* pointer) { return d[pointer].get_int64().value(); };
  auto f64 = [&](const char* pointer) { return d[pointer].get_double().value(); };
  EXPECT_EQ(i64("/totals/requests"), 5);
  EXPECT_EQ(i64("/totals/served"), 4);
  EXPECT_EQ(i64("/totals/local"), 2);
  EXPECT_EQ(i64("/totals/cloud"), 2);
  EXPECT_EQ(i64("/totals/refused"), 1);
  EXPECT_EQ(i64("/totals/failed"), 0);
  EXPECT_DOUBLE_EQ(f64("/totals/local_share"), 0.5);
  // Cloud: (5 in, 3 out) + (6 in, 4 out) at $0.001 / $0.02 a token; the
  // reference costs twice that, and the local answers (5+3 tokens each,
  // free) save their tokens at the reference's price.
  const double cloud_cost = 11 * 0.001 + 7 * 0.02;
  EXPECT_NEAR(f64("/totals/cost_usd"), cloud_cost, 1e-12);
  EXPECT_NEAR(f64("/totals/counterfactual_usd"), 2 * cloud_cost + 2 * (5 * 0.002 + 3 * 0.04),
              1e-12);
  EXPECT_NEAR(f64("/totals/savings_usd"),
              f64("/totals/counterfactual_usd") - f64("/totals/cost_usd"), 1e-12);

  // The series: 12 intervals whose sums are the totals.
  std::int64_t local = 0, cloud = 0, not_served = 0;
  double cost = 0;
  for (int i = 0; i < 12; ++i) {
    const std::string b = std::to_string(i);
    local += d["/series/local/" + b].get_int64().value();
    cloud += d["/series/cloud/" + b].get_int64().value();
    not_served += d["/series/not_served/" + b].get_int64().value();
    cost += d["/series/cost_usd/" + b].get_double().value();
    EXPECT_EQ(d["/series/t_ms/" + b].get_int64().value(), i64("/since_ms") + i * 300000);
  }
  EXPECT_FALSE(d.has("/series/t_ms/12"));
  EXPECT_EQ(local, 2);
  EXPECT_EQ(cloud, 2);
  EXPECT_EQ(not_served, 1);
  EXPECT_NEAR(cost, cloud_cost, 1e-12);

  // Latency of the four served requests, per side.
  EXPECT_EQ(i64("/latency/all/count"), 4);
  EXPECT_EQ(i64("/latency/local/count"), 2);
  EXPECT_EQ(i64("/latency/cloud/count"), 2);
  EXPECT_GT(f64("/latency/all/p50_ms"), 0);
  EXPECT_LE(f64("/latency/all/p50_ms"), f64("/latency/all/p99_ms"));
  EXPECT_LE(f64("/latency/all/p99_ms"), f64("/latency/all/max_ms"));
  EXPECT_EQ(f64("/latency/all/p99_ms"), f64("/latency/all/max_ms"));  // 4 values: rank 4

  // Privacy: where each class went; the refusal names its class.
  EXPECT_EQ(str(d["/privacy/classes/0/data_class"]), "public");
  EXPECT_EQ(i64("/privacy/classes/0/requests"), 2);
  EXPECT_EQ(i64("/privacy/classes/0/local"), 1);
  EXPECT_EQ(i64("/privacy/classes/0/cloud"), 1);
  EXPECT_EQ(str(d["/privacy/classes/1/data_class"]), "confidential");
  EXPECT_EQ(i64("/privacy/classes/1/cloud"), 1);
  EXPECT_EQ(i64("/privacy/classes/1/redacted"), 1);
  EXPECT_EQ(str(d["/privacy/classes/2/data_class"]), "restricted");
  EXPECT_EQ(i64("/privacy/classes/2/requests"), 2);
  EXPECT_EQ(i64("/privacy/classes/2/local"), 1);
  EXPECT_EQ(i64("/privacy/classes/2/cloud"), 0);
  EXPECT_EQ(i64("/privacy/classes/2/refused"), 1);
  EXPECT_EQ(i64("/privacy/refusals/0/status"), 503);
  EXPECT_EQ(str(d["/privacy/refusals/0/data_class"]), "restricted");
  EXPECT_EQ(i64("/privacy/refusals/0/requests"), 1);
  EXPECT_FALSE(d.has("/privacy/refusals/1"));
  EXPECT_EQ(str(d["/privacy/entities/0/entity"]), "EMAIL_ADDRESS");
  EXPECT_EQ(i64("/privacy/entities/0/findings"), 1);

  // Top lists: by requests; the teams' the key's team and "(none)".
  EXPECT_EQ(str(d["/top/models/0/name"]), "cloud-big");
  EXPECT_EQ(i64("/top/models/0/requests"), 2);
  EXPECT_EQ(str(d["/top/models/1/name"]), "local-box");
  EXPECT_EQ(str(d["/top/teams/0/name"]), "(none)");
  EXPECT_EQ(i64("/top/teams/0/requests"), 4);
  EXPECT_EQ(str(d["/top/teams/1/name"]), "support");
  EXPECT_NEAR(d["/top/teams/1/cost_usd"].get_double().value(), 5 * 0.001 + 3 * 0.02, 1e-12);
  EXPECT_EQ(str(d["/top/rules/0/name"]), "default");
  EXPECT_EQ(i64("/cascade/runs"), 0);
  EXPECT_EQ(f64("/cascade/escalation_rate"), 0);
  EXPECT_TRUE(d.has("/engines"));

  // The same sums as the cost report.
  auto report = admin_get("/admin/report?since=1h&by=side");
  ASSERT_EQ(report.status, 200u) << report.body;
  Parsed rep(report.body);
  EXPECT_EQ(rep["/total/requests"].get_int64().value(), i64("/totals/requests"));
  EXPECT_EQ(rep["/total/served"].get_int64().value(), i64("/totals/served"));
  EXPECT_EQ(rep["/total/cost_usd"].get_double().value(), f64("/totals/cost_usd"));
  EXPECT_EQ(rep["/total/counterfactual_usd"].get_double().value(),
            f64("/totals/counterfactual_usd"));
  (void)ids;
}

TEST_F(AdminUiTest, RequestTailIsNewestFirstWithoutSecrets) {
  const auto ids = traffic();
  auto r = admin_get("/admin/requests?limit=3");
  ASSERT_EQ(r.status, 200u) << r.body;
  expect_no_secrets(r.body);
  Parsed t(r.body);
  EXPECT_EQ(str(t["/object"]), "list");
  EXPECT_FALSE(t.has("/data/3"));
  EXPECT_EQ(str(t["/data/0/request_id"]), ids[4]);
  EXPECT_EQ(str(t["/data/1/request_id"]), ids[3]);
  EXPECT_EQ(str(t["/data/2/request_id"]), ids[2]);
  // The newest: confidential, redacted, served in the cloud.
  EXPECT_EQ(str(t["/data/0/data_class"]), "confidential");
  EXPECT_TRUE(t["/data/0/redacted"].get_bool().value());
  EXPECT_EQ(t["/data/0/entities/EMAIL_ADDRESS"].get_int64().value(), 1);
  EXPECT_EQ(str(t["/data/0/side"]), "cloud");
  EXPECT_EQ(str(t["/data/0/outcome"]), "served");
  EXPECT_EQ(t["/data/0/prompt_tokens"].get_int64().value(), 6);
  EXPECT_EQ(t["/data/0/completion_tokens"].get_int64().value(), 4);
  // The refused one: restricted, nothing served.
  EXPECT_EQ(str(t["/data/1/data_class"]), "restricted");
  EXPECT_EQ(t["/data/1/status"].get_int64().value(), 503);
  EXPECT_EQ(str(t["/data/1/outcome"]), "refused");
  EXPECT_EQ(str(t["/data/1/deployment"]), "");
  EXPECT_EQ(str(t["/data/2/side"]), "local");
  // Never the caller's fingerprint.
  EXPECT_EQ(r.body.find("caller"), std::string::npos);

  auto all = admin_get("/admin/requests");
  ASSERT_EQ(all.status, 200u);
  Parsed a(all.body);
  EXPECT_EQ(str(a["/data/4/request_id"]), ids[0]);
  EXPECT_EQ(str(a["/data/4/team"]), "support");
  EXPECT_EQ(str(a["/data/4/key_name"]), "support-bot");
  expect_no_secrets(all.body);
}

TEST_F(AdminUiTest, MistakesNameTheParameter) {
  const std::pair<const char*, const char*> cases[] = {
      {"/admin/dashboard?since=forever", "since"}, {"/admin/dashboard?buckets=0", "buckets"},
      {"/admin/dashboard?buckets=721", "buckets"}, {"/admin/dashboard?colour=red", "colour"},
      {"/admin/requests?limit=0", "limit"},        {"/admin/requests?limit=many", "limit"},
      {"/admin/requests?since=-1h", "since"},
  };
  for (const auto& [target, param] : cases) {
    auto r = admin_get(target);
    EXPECT_EQ(r.status, 400u) << target;
    const auto e = parse_error(r.body);
    EXPECT_EQ(e.param, param) << target;
    EXPECT_FALSE(e.message.empty());
  }
  EXPECT_EQ(gw_.request(http::bhttp::verb::post, "/admin/dashboard", "{}",
                        {{"authorization", std::string("Bearer ") + kAdminKey}})
                .status,
            405u);
}

}  // namespace
}  // namespace switchyard::gateway
