// Budgets and cost through the gateway, in front of two fake upstreams
// standing for a free local server and a paid cloud API: every record
// priced by token kind with its counterfactual; a budget checked against
// the dearest candidate that may run (a free local primary cannot carry a
// paid fallback past it); the downgrade to local at a share; 429
// budget_exceeded once a reservation would pass the budget, free local
// deployments still serving; overshoot by concurrent requests bounded;
// the spend surviving a restart.
//
// Prices (USD per 1M): cloud input 1000, output 20000, so a token costs
// $0.001 in and $0.02 out. The fake counts words: "hello" is a prompt of
// 4 tokens (3 + 1 word) and the answer "echo: hello" 2, so an answered
// cloud request costs 4 * 0.001 + 2 * 0.02 = $0.044. A request reserves
// (body bytes / 4) * 0.001 + max_tokens * 0.02 on the dearest candidate.
#include <gtest/gtest.h>

#include <cmath>
#include <future>
#include <thread>

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

constexpr const char* kAdminKey = "adm-budgets-test-0123456789abcdef";
using Headers = std::vector<std::pair<std::string, std::string>>;

const char* env(const char* name) {
  const std::string_view n(name);
  if (n == "CLOUD_KEY") return "sk-cloud-provider-secret";
  if (n == "SWITCHYARD_ADMIN_KEY") return kAdminKey;
  return nullptr;
}

std::string chat_body(const std::string& model, int max_tokens = 5) {
  return R"({"model":")" + model + R"(","messages":[{"role":"user","content":"hello"}])" +
         (max_tokens > 0 ? ",\"max_tokens\":" + std::to_string(max_tokens) : std::string()) + "}";
}

// What the gateway reserves for `body` on the cloud deployment.
double estimate(const std::string& body, int max_tokens) {
  return static_cast<double>(body.size() / 4) * 0.001 + max_tokens * 0.02;
}

constexpr double kAnswerCost = 0.044;

const std::string kCloudPrice = "price: {input_per_1m: 1000, output_per_1m: 20000}";

std::string models() {
  return "  - alias: hybrid\n    deployments:\n"
         "      - { provider: local, model: m, side: local, name: local-free }\n"
         "      - { provider: cloud, model: m, side: cloud, name: cloud, " +
         kCloudPrice +
         " }\n"
         "  - alias: local-broken\n    deployments:\n"
         "      - { provider: local, model: error-500, side: local, name: local-500 }\n"
         "      - { provider: cloud, model: m, side: cloud, name: cloud }\n"
         "  - alias: cloud-first\n    deployments:\n"
         "      - { provider: cloud, model: m, side: cloud, name: cloud }\n"
         "      - { provider: local, model: m, side: local, name: local-free }\n"
         "  - alias: cloud-only\n    deployments:\n"
         "      - { provider: cloud, model: m, side: cloud, name: cloud }\n"
         "  - alias: cloud-slow\n    deployments:\n"
         "      - { provider: cloud, model: slow-300, side: cloud, name: cloud-slow, " +
         kCloudPrice +
         " }\n"
         "  - alias: kinds\n    deployments:\n"
         "      - { provider: cloud, model: cached-3-reasoning-10, side: cloud, name: "
         "cloud-kinds,\n"
         "          price: {input_per_1m: 1000, output_per_1m: 20000, cache_read_per_1m: 100,\n"
         "                  reasoning_per_1m: 50000} }\n"
         "  - alias: local-only\n    deployments:\n"
         "      - { provider: local, model: m, side: local, name: local-free }\n";
}

class BudgetsGatewayTest : public ::testing::Test {
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

  // `extra`: more top-level sections; `rules`: routing rules (YAML list items).
  void start(const std::string& extra = {}, const std::string& rules = {}) {
    const std::string yaml = testing::loopback_server_yaml(2) +
                             "providers:\n"
                             "  - { name: local, kind: openai_compatible, base_url: '" +
                             local_.base_url() + "/v1' }\n" +
                             "  - { name: cloud, kind: openai_compatible, base_url: '" +
                             cloud_.base_url() + "/v1', api_key_env: CLOUD_KEY }\n" + "models:\n" +
                             models() + "routing:\n  retry: { max_attempts: 1 }\n" +
                             (rules.empty() ? "" : "  rules:\n" + rules) + ledger_.yaml() +
                             "keys:\n  required: true\n"
                             "cost:\n  reference: {input_per_1m: 2000, output_per_1m: 40000}\n" +
                             extra;
    gw_.start(yaml, env, "budgets.yaml");
  }

  // Creates a key over the admin API; returns the secret (its id in *id).
  std::string create(const std::string& policy, std::string* id = nullptr) {
    auto r = gw_.request(http::bhttp::verb::post, "/admin/keys", policy,
                         {{"authorization", std::string("Bearer ") + kAdminKey}});
    EXPECT_EQ(r.status, 201u) << r.body;
    Parsed p(r.body);
    if (id) *id = std::string(str(p["/id"]));
    return std::string(str(p["/key"]));
  }
  TestResponse chat(const std::string& body, const std::string& key) {
    return gw_.post("/v1/chat/completions", body, {{"authorization", "Bearer " + key}});
  }
  double spent_in_ledger(const std::string& key_id) {
    double sum = 0;
    for (const auto& r : gw_.ledger_records(ledger_.path()))
      if (r.key_id == key_id) sum += r.cost_usd;
    return sum;
  }

  FakeOpenAIUpstream local_;
  FakeOpenAIUpstream cloud_;
  testing::TempLedger ledger_{"switchyard-budgets-gw"};
  testing::LoopbackGateway gw_;
};

TEST_F(BudgetsGatewayTest, RecordsCarryTheKeyTokensByKindCostAndCounterfactual) {
  start();
  std::string id;
  const std::string key = create(R"({"team":"research","name":"lab-bot"})", &id);
  auto r = chat(chat_body("kinds"), key);
  ASSERT_EQ(r.status, 200u) << r.body;
  auto local = chat(chat_body("local-only"), key);
  ASSERT_EQ(local.status, 200u) << local.body;
  auto records = gw_.ledger_records(ledger_.path());
  ASSERT_EQ(records.size(), 2u);  // the two chats (admin requests are not recorded)
  const auto& k = records[0];
  EXPECT_EQ(k.team, "research");
  EXPECT_EQ(k.key_id, id);
  EXPECT_EQ(k.key_name, "lab-bot");
  // Prompt 4 tokens, 3 of them read from the cache; output 2 words + 10 reasoning.
  EXPECT_EQ(k.prompt_tokens, 4);
  EXPECT_EQ(k.cache_read_tokens, 3);
  EXPECT_EQ(k.cache_write_tokens, 0);
  EXPECT_EQ(k.completion_tokens, 12);
  EXPECT_EQ(k.reasoning_tokens, 10);
  // 1 plain input * 1000 + 3 cached * 100 + 2 plain output * 20000 + 10
  // reasoning * 50000, per 1M: 0.001 + 0.0003 + 0.04 + 0.5.
  EXPECT_NEAR(k.cost_usd, 0.5413, 1e-12);
  // The reference prices every kind at its input and output price: 4 * 2000
  // + 12 * 40000, per 1M.
  EXPECT_NEAR(k.counterfactual_usd, 0.008 + 0.48, 1e-12);
  EXPECT_GE(k.duration_us, k.upstream_us);
  EXPECT_GT(k.upstream_us, 0);
  EXPECT_EQ(k.gateway_us, k.duration_us - k.upstream_us);
  const auto& l = records.back();
  EXPECT_EQ(l.side, "local");
  EXPECT_EQ(l.cost_usd, 0);
  EXPECT_NEAR(l.counterfactual_usd, 4 * 0.002 + 2 * 0.04, 1e-12);
  // Secrets are nowhere in a record.
  for (const auto& rec : records)
    for (const std::string* s : {&rec.caller, &rec.key_id, &rec.key_name, &rec.plan})
      EXPECT_EQ(s->find(key.substr(19)), std::string::npos);
}

TEST_F(BudgetsGatewayTest, AFreeLocalPrimaryCannotCarryAPaidFallbackPastTheBudget) {
  start("budgets: {free_local_when_spent: false}\n");
  const std::string body = chat_body("local-broken");
  // Room for the free primary (nothing), not for the cloud fallback.
  const double est = estimate(body, 5);
  const std::string key =
      create(R"({"team":"t","budget_day_usd":)" + std::to_string(est * 0.9) + "}");
  auto r = chat(body, key);
  ASSERT_EQ(r.status, 429u) << r.body;
  auto e = parse_error(r.body);
  EXPECT_EQ(e.code, "budget_exceeded");
  EXPECT_EQ(e.type, "rate_limit_error");
  EXPECT_TRUE(e.says("daily budget")) << e.message;
  EXPECT_FALSE(r.header("retry-after").empty());
  EXPECT_EQ(cloud_.request_count(), 0u);
  EXPECT_EQ(local_.request_count(), 0u) << "refused before anything was sent";
}

TEST_F(BudgetsGatewayTest, WithFreeLocalAllowedTheFallbackIsDroppedNotTheRequest) {
  start();  // free_local_when_spent: true (the default)
  const std::string body = chat_body("local-broken");
  const std::string key =
      create(R"({"team":"t","budget_day_usd":)" + std::to_string(estimate(body, 5) * 0.9) + "}");
  // The local primary fails; the cloud fallback would pass the budget: it is
  // not tried, the local failure is the answer.
  auto r = chat(body, key);
  EXPECT_GE(r.status, 500u) << r.body;
  EXPECT_EQ(cloud_.request_count(), 0u);
  EXPECT_EQ(local_.request_count(), 1u);
  EXPECT_NE(r.header("x-switchyard-route-reason").find("cloud: skipped, budget"), std::string::npos)
      << r.header("x-switchyard-route-reason");
  // A plan with a free deployment that works is served by it.
  auto ok = chat(chat_body("hybrid"), key);
  EXPECT_EQ(ok.status, 200u) << ok.body;
  EXPECT_EQ(ok.header("x-switchyard-deployment"), "local-free");
}

// The value of the series `name{labels}` in an exposition; NaN if absent.
double series_value(const std::string& exposition, const std::string& series) {
  const std::string line = "\n" + series + " ";
  const auto at = exposition.find(line);
  if (at == std::string::npos) return std::nan("");
  return std::stod(exposition.substr(at + line.size()));
}

TEST_F(BudgetsGatewayTest, MetricsShowBudgetUsePerTeam) {
  start();
  // hr: two keys with month budgets, one with a day budget too; eng: a key
  // without budgets; ops: a key with a budget, revoked.
  const std::string hr_a = create(R"({"team":"hr","budget_day_usd":1,"budget_month_usd":10})");
  const std::string hr_b = create(R"({"team":"hr","budget_month_usd":5})");
  const std::string eng = create(R"({"team":"eng"})");
  std::string ops_id;
  create(R"({"team":"ops","budget_month_usd":7})", &ops_id);
  auto revoked = gw_.request(http::bhttp::verb::delete_, "/admin/keys/" + ops_id, {},
                             {{"authorization", std::string("Bearer ") + kAdminKey}});
  ASSERT_EQ(revoked.status, 200u) << revoked.body;
  for (const std::string* key : {&hr_a, &hr_a, &hr_b, &eng}) {
    auto r = chat(chat_body("cloud-only"), *key);
    ASSERT_EQ(r.status, 200u) << r.body;
  }
  const std::string m = gw_.get("/metrics").body;
  const std::string hr_day = R"({team="hr",period="day"})";
  const std::string hr_month = R"({team="hr",period="month"})";
  // Only hr_a has a day budget: its two answers. The month: all three.
  EXPECT_NEAR(series_value(m, "switchyard_team_budget_spent_usd" + hr_day), 2 * kAnswerCost, 1e-9)
      << m;
  EXPECT_NEAR(series_value(m, "switchyard_team_budget_usd" + hr_day), 1, 1e-9);
  EXPECT_NEAR(series_value(m, "switchyard_team_budget_spent_usd" + hr_month), 3 * kAnswerCost,
              1e-9);
  EXPECT_NEAR(series_value(m, "switchyard_team_budget_usd" + hr_month), 15, 1e-9);
  // No budget, or only a revoked key's: no series.
  EXPECT_EQ(m.find(R"(team="eng")"), std::string::npos);
  EXPECT_EQ(m.find(R"(team="ops")"), std::string::npos);
  EXPECT_NE(m.find("# TYPE switchyard_team_budget_usd gauge"), std::string::npos);
  // No secret in the exposition.
  for (const std::string* key : {&hr_a, &hr_b, &eng}) EXPECT_EQ(m.find(*key), std::string::npos);
}

TEST_F(BudgetsGatewayTest, ReservationsSettleToTheTrueCostThen429) {
  start();
  const std::string body = chat_body("cloud-only");
  const double est = estimate(body, 5);
  // Two answers (0.044 each) and the next reservation: 0.088 + est > budget.
  const double budget = 0.088 + est - 0.001;
  ASSERT_LT(kAnswerCost + est, budget) << "the second request fits";
  std::string id;
  const std::string key =
      create(R"({"team":"t","budget_day_usd":)" + std::to_string(budget) + "}", &id);
  EXPECT_EQ(chat(body, key).status, 200u);
  EXPECT_EQ(chat(body, key).status, 200u);
  auto r = chat(body, key);
  ASSERT_EQ(r.status, 429u) << r.body;
  auto e = parse_error(r.body);
  EXPECT_EQ(e.code, "budget_exceeded");
  EXPECT_TRUE(e.says("$0.0880")) << e.message;
  // The settled spend alone leaves no room: retry when the UTC day ends.
  const int retry = std::stoi(r.header("retry-after"));
  EXPECT_GT(retry, 1);
  EXPECT_LE(retry, 86400);
  EXPECT_EQ(cloud_.request_count(), 2u);
  EXPECT_NEAR(spent_in_ledger(id), 2 * kAnswerCost, 1e-12);
  // A smaller max_tokens reserves less and fits.
  EXPECT_EQ(chat(chat_body("cloud-only", 1), key).status, 200u);
  // Free local deployments still serve (free_local_when_spent).
  auto local = chat(chat_body("local-only"), key);
  EXPECT_EQ(local.status, 200u) << local.body;
  auto hybrid = chat(chat_body("hybrid"), key);
  EXPECT_EQ(hybrid.status, 200u) << hybrid.body;
  EXPECT_EQ(hybrid.header("x-switchyard-deployment"), "local-free");
}

TEST_F(BudgetsGatewayTest, DowngradesToLocalAtTheConfiguredShare) {
  start("budgets: {downgrade_at: 0.5}\n");
  const std::string key = create(R"({"team":"t","budget_day_usd":1.0})");
  // Cloud first until 0.044 * k >= 0.5: requests 1..12 (0.528 after the 12th).
  int cloud = 0;
  for (int i = 0; i < 12; ++i) {
    auto r = chat(chat_body("cloud-first"), key);
    ASSERT_EQ(r.status, 200u) << r.body;
    cloud += r.header("x-switchyard-deployment") == "cloud";
  }
  EXPECT_EQ(cloud, 12);
  auto r = chat(chat_body("cloud-first"), key);
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-deployment"), "local-free");
  EXPECT_NE(r.header("x-switchyard-route-reason").find("downgrade to local at 50%"),
            std::string::npos)
      << r.header("x-switchyard-route-reason");
  // A plan without a local deployment is not downgraded: it still runs.
  EXPECT_EQ(chat(chat_body("cloud-only"), key).header("x-switchyard-deployment"), "cloud");
}

TEST_F(BudgetsGatewayTest, TheBudgetFactRoutes) {
  start({},
        "    - name: thrifty\n      when: {budget: {over: 0.3}}\n"
        "      then: {serve: [local-free]}\n");
  const std::string key = create(R"({"team":"t","budget_month_usd":0.1})");
  // max_tokens 2: the reservation fits; the answer costs 0.044, 44% of 0.1.
  auto first = chat(chat_body("cloud-first", 2), key);
  EXPECT_EQ(first.header("x-switchyard-deployment"), "cloud");
  auto second = chat(chat_body("cloud-first", 2), key);
  EXPECT_EQ(second.header("x-switchyard-deployment"), "local-free");
  EXPECT_NE(second.header("x-switchyard-route-reason").find("thrifty"), std::string::npos);
  // Keys without a budget read 0.
  const std::string free_key = create(R"({"team":"t"})");
  EXPECT_EQ(chat(chat_body("cloud-first", 2), free_key).header("x-switchyard-deployment"), "cloud");
}

TEST_F(BudgetsGatewayTest, ConcurrentRequestsOvershootByAtMostTheirExcess) {
  // No max_tokens: each reserves budgets.output_tokens_estimate = 1 output
  // token, but answers with 2, so each costs 0.02 more than it reserved.
  start("budgets: {output_tokens_estimate: 1}\n");
  const std::string body = chat_body("cloud-slow", 0);
  const double est = estimate(body, 1);
  const double budget = 4 * est;
  std::string id;
  const std::string key =
      create(R"({"team":"t","budget_day_usd":)" + std::to_string(budget) + "}", &id);
  constexpr int kRequests = 12;
  std::vector<std::future<TestResponse>> answers;
  for (int i = 0; i < kRequests; ++i)
    answers.push_back(std::async(std::launch::async, [&] { return chat(body, key); }));
  int served = 0, refused = 0;
  for (auto& a : answers) {
    const TestResponse r = a.get();
    if (r.status == 200u) ++served;
    if (r.status == 429u) ++refused;
  }
  EXPECT_EQ(served + refused, kRequests);
  EXPECT_GE(served, 1);
  const double spent = spent_in_ledger(id);
  EXPECT_NEAR(spent, served * kAnswerCost, 1e-9);
  // No more requests ran than reservations fit: past the budget only by
  // what each in flight cost beyond its estimate.
  const double excess = kAnswerCost - est;
  ASSERT_GT(excess, 0);
  EXPECT_LE(spent, budget + served * excess + 1e-9);
  EXPECT_LE(served * est, budget + 1e-9);
}

TEST_F(BudgetsGatewayTest, TheSpendSurvivesARestart) {
  start();
  const std::string body = chat_body("cloud-only");
  const double est = estimate(body, 5);
  const double budget = 0.088 + est - 0.001;
  const std::string key = create(R"({"team":"t","budget_day_usd":)" + std::to_string(budget) + "}");
  ASSERT_EQ(chat(body, key).status, 200u);
  ASSERT_EQ(chat(body, key).status, 200u);
  gw_.stop();
  start();
  // Recomputed from the ledger: 0.088 spent, the third does not fit.
  auto r = chat(body, key);
  EXPECT_EQ(r.status, 429u) << r.body;
  EXPECT_EQ(cloud_.request_count(), 2u);
}

}  // namespace
}  // namespace switchyard::gateway

namespace switchyard::gateway {
namespace {

TEST_F(BudgetsGatewayTest, AdminReportAddsUpTheLedger) {
  start();
  std::string a_id, b_id;
  const std::string a = create(R"({"team":"alpha","name":"a-bot"})", &a_id);
  const std::string b = create(R"({"team":"beta","name":"b-bot"})", &b_id);
  ASSERT_EQ(chat(chat_body("cloud-only"), a).status, 200u);
  ASSERT_EQ(chat(chat_body("cloud-only"), a).status, 200u);
  ASSERT_EQ(chat(chat_body("local-only"), b).status, 200u);
  const Headers admin{{"authorization", std::string("Bearer ") + kAdminKey}};
  auto r = gw_.request(http::bhttp::verb::get, "/admin/report?since=1h&by=team", {}, admin);
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("content-type"), "application/json");
  Parsed p(r.body);
  // alpha: two cloud answers at 0.044, counterfactual at twice the prices.
  EXPECT_EQ(str(p["/data/0/group"]), "alpha");
  EXPECT_EQ(p["/data/0/requests"].get_int64().value(), 2);
  EXPECT_NEAR(p["/data/0/cost_usd"].get_double().value(), 2 * kAnswerCost, 1e-12);
  EXPECT_NEAR(p["/data/0/counterfactual_usd"].get_double().value(), 4 * kAnswerCost, 1e-12);
  EXPECT_NEAR(p["/data/0/savings_usd"].get_double().value(), 2 * kAnswerCost, 1e-12);
  // beta: one free local answer, 4 * 0.002 + 2 * 0.04 saved.
  EXPECT_EQ(str(p["/data/1/group"]), "beta");
  EXPECT_NEAR(p["/data/1/savings_usd"].get_double().value(), 0.088, 1e-12);
  EXPECT_EQ(p["/total/requests"].get_int64().value(), 3);
  auto csv = gw_.request(http::bhttp::verb::get, "/admin/report?by=key&format=csv", {}, admin);
  ASSERT_EQ(csv.status, 200u) << csv.body;
  EXPECT_EQ(csv.header("content-type"), "text/csv; charset=utf-8");
  EXPECT_NE(csv.body.find(a_id + ",a-bot,2,2,8,4,0,0,0,0.088000,0.176000,0.088000\r\n"),
            std::string::npos)
      << csv.body;
  for (const std::string& secret : {a, b, std::string(kAdminKey)}) {
    EXPECT_EQ(r.body.find(secret.substr(6)), std::string::npos);
    EXPECT_EQ(csv.body.find(secret.substr(6)), std::string::npos);
  }
  // Mistakes name the parameter; no admin key, no report.
  auto bad = gw_.request(http::bhttp::verb::get, "/admin/report?by=colour", {}, admin);
  EXPECT_EQ(bad.status, 400u);
  EXPECT_EQ(parse_error(bad.body).param, "by");
  EXPECT_EQ(gw_.request(http::bhttp::verb::get, "/admin/report?since=forever", {}, admin).status,
            400u);
  EXPECT_EQ(gw_.get("/admin/report").status, 401u);
}

}  // namespace
}  // namespace switchyard::gateway
