// The cost report over a fixture ledger, with figures checked by hand:
// grouping, token kinds, spend, counterfactual and savings, the --since
// cut, the JSON and CSV forms, and no secret anywhere.
#include "switchyard/ledger/cost_report.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>

#include "support/temp_ledger.hpp"
#include "switchyard/ledger/sqlite_store.hpp"

namespace switchyard::ledger {
namespace {

constexpr std::int64_t kHour = 3'600'000;

struct Row {
  const char* team;
  const char* key_id;
  const char* key_name;
  const char* deployment;
  const char* side;
  const char* rule;
  int status;
  std::int64_t prompt, completion, cache_read, reasoning;
  double cost, counterfactual;
  std::int64_t age_ms;
};

// 1, 2: team hr (key k1) on cloud and local; 3, 4: team eng (key k2), one
// answered and one refused (429, nothing served); 5: an anonymous caller
// on local; 6: hr, 40 days ago (outside --since 30d).
const Row kRows[] = {
    {"hr", "k1aaaaaaaaaa", "hr-bot", "cloud-a", "cloud", "default", 200, 1000, 200, 400, 50, 0.0123,
     0.0123, kHour},
    {"hr", "k1aaaaaaaaaa", "hr-bot", "local-a", "local", "cheap", 200, 500, 100, 0, 0, 0, 0.0045,
     kHour},
    {"eng", "k2bbbbbbbbbb", "ci", "cloud-a", "cloud", "default", 200, 2000, 300, 0, 0, 0.02, 0.02,
     2 * kHour},
    {"eng", "k2bbbbbbbbbb", "ci", "", "", "default", 429, 0, 0, 0, 0, 0, 0, 2 * kHour},
    {"", "", "", "local-a", "local", "cheap", 200, 100, 10, 0, 0, 0, 0.0007, 3 * kHour},
    {"hr", "k1aaaaaaaaaa", "hr-bot", "cloud-a", "cloud", "default", 200, 9000, 9000, 0, 0, 5.0, 5.0,
     40 * 24 * kHour},
};

class CostReportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    now_ = std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
               .count();
    auto store = SqliteStore::open({ledger_.path()});
    ASSERT_TRUE(store.ok()) << store.error().message;
    store_ = std::move(*store);
    std::vector<RequestRecord> batch;
    int i = 0;
    for (const Row& row : kRows) {
      RequestRecord r;
      r.time_ms = now_ - row.age_ms;
      r.request_id = "req_" + std::to_string(++i);
      r.caller = *row.key_id ? "key:0123456789abcdef" : "";
      r.model = "chat";
      r.data_class = "public";
      r.team = row.team;
      r.key_id = row.key_id;
      r.key_name = row.key_name;
      r.deployment = row.deployment;
      r.side = row.side;
      r.route_rule = row.rule;
      r.status = row.status;
      r.prompt_tokens = row.prompt;
      r.completion_tokens = row.completion;
      r.cache_read_tokens = row.cache_read;
      r.reasoning_tokens = row.reasoning;
      r.cost_usd = row.cost;
      r.counterfactual_usd = row.counterfactual;
      batch.push_back(r);
    }
    // Oldest first, as a ledger holds them.
    std::reverse(batch.begin(), batch.end());
    ASSERT_FALSE(store_->append(batch));
  }

  CostReport report(CostGroup by, std::int64_t since = 30 * 24 * kHour) {
    auto r = report_cost(*store_, now_ - since, by);
    EXPECT_TRUE(r.ok());
    return r.ok() ? *r : CostReport{};
  }

  testing::TempLedger ledger_{"switchyard-cost-report"};
  std::unique_ptr<SqliteStore> store_;
  std::int64_t now_ = 0;
};

TEST_F(CostReportTest, ByTeam) {
  const CostReport r = report(CostGroup::team);
  ASSERT_EQ(r.rows.size(), 3u);
  // The dearest first: eng 0.02, hr 0.0123, the anonymous caller 0.
  EXPECT_EQ(r.rows[0].group, "eng");
  EXPECT_EQ(r.rows[0].requests, 2);
  EXPECT_EQ(r.rows[0].served, 1);
  EXPECT_DOUBLE_EQ(r.rows[0].cost_usd, 0.02);
  EXPECT_DOUBLE_EQ(r.rows[0].savings_usd(), 0);
  EXPECT_EQ(r.rows[1].group, "hr");
  EXPECT_EQ(r.rows[1].requests, 2);  // the 40-day-old record is left out
  EXPECT_EQ(r.rows[1].prompt_tokens, 1500);
  EXPECT_EQ(r.rows[1].completion_tokens, 300);
  EXPECT_EQ(r.rows[1].cache_read_tokens, 400);
  EXPECT_EQ(r.rows[1].reasoning_tokens, 50);
  EXPECT_DOUBLE_EQ(r.rows[1].cost_usd, 0.0123);
  EXPECT_DOUBLE_EQ(r.rows[1].counterfactual_usd, 0.0168);
  EXPECT_NEAR(r.rows[1].savings_usd(), 0.0045, 1e-15);
  EXPECT_EQ(r.rows[2].group, "(none)");
  EXPECT_NEAR(r.rows[2].savings_usd(), 0.0007, 1e-15);
  EXPECT_EQ(r.total.requests, 5);
  EXPECT_EQ(r.total.served, 4);
  EXPECT_DOUBLE_EQ(r.total.cost_usd, 0.0323);
  EXPECT_NEAR(r.total.counterfactual_usd, 0.0375, 1e-15);
  EXPECT_NEAR(r.total.savings_usd(), 0.0052, 1e-15);
  // Everything since 41 days: the old record joins hr.
  const CostReport all = report(CostGroup::team, 41 * 24 * kHour);
  EXPECT_DOUBLE_EQ(all.total.cost_usd, 5.0323);
  EXPECT_EQ(all.rows[0].group, "hr");
}

TEST_F(CostReportTest, ByKeyModelAndRule) {
  const CostReport keys = report(CostGroup::key);
  ASSERT_EQ(keys.rows.size(), 3u);
  EXPECT_EQ(keys.rows[0].group, "k2bbbbbbbbbb");
  EXPECT_EQ(keys.rows[0].key_name, "ci");
  EXPECT_EQ(keys.rows[1].group, "k1aaaaaaaaaa");
  EXPECT_EQ(keys.rows[1].key_name, "hr-bot");
  const CostReport models = report(CostGroup::model);
  ASSERT_EQ(models.rows.size(), 3u);
  EXPECT_EQ(models.rows[0].group, "cloud-a");
  EXPECT_DOUBLE_EQ(models.rows[0].cost_usd, 0.0323);
  EXPECT_EQ(models.rows[1].group, "(none)");  // the refusal: no deployment
  EXPECT_EQ(models.rows[2].group, "local-a");
  EXPECT_NEAR(models.rows[2].savings_usd(), 0.0052, 1e-15);
  const CostReport rules = report(CostGroup::rule);
  ASSERT_EQ(rules.rows.size(), 2u);
  EXPECT_EQ(rules.rows[0].group, "default");
  EXPECT_EQ(rules.rows[0].requests, 3);
  EXPECT_EQ(rules.rows[1].group, "cheap");
  EXPECT_EQ(rules.rows[1].completion_tokens, 110);
}

TEST_F(CostReportTest, CsvBySide) {
  EXPECT_EQ(cost_report_csv(report(CostGroup::side)),
            "side,requests,served,prompt_tokens,completion_tokens,cache_read_tokens,"
            "cache_write_tokens,reasoning_tokens,cost_usd,counterfactual_usd,savings_usd\r\n"
            "cloud,2,2,3000,500,400,0,50,0.032300,0.032300,0.000000\r\n"
            "(none),1,0,0,0,0,0,0,0.000000,0.000000,0.000000\r\n"
            "local,2,2,600,110,0,0,0,0.000000,0.005200,0.005200\r\n"
            "total,5,4,3600,610,400,0,50,0.032300,0.037500,0.005200\r\n");
}

TEST_F(CostReportTest, JsonByKeyNamesKeysNeverSecrets) {
  const std::string json = cost_report_json(report(CostGroup::key));
  EXPECT_EQ(json.rfind("{\"object\":\"cost_report\",\"by\":\"key\",\"since\":\"", 0), 0u) << json;
  EXPECT_NE(json.find("{\"group\":\"k1aaaaaaaaaa\",\"key_name\":\"hr-bot\",\"requests\":2,"
                      "\"served\":2,\"prompt_tokens\":1500,\"completion_tokens\":300,"
                      "\"cache_read_tokens\":400,\"cache_write_tokens\":0,\"reasoning_tokens\":50,"
                      "\"cost_usd\":0.0123,\"counterfactual_usd\":0.0168,"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"total\":{\"group\":\"total\",\"requests\":5,"), std::string::npos);
  EXPECT_EQ(json.find("sk-"), std::string::npos);
  EXPECT_EQ(json.find("key:0123"), std::string::npos) << "not even the caller fingerprint";
  const std::string text = cost_report_text(report(CostGroup::key));
  EXPECT_NE(text.find("k1aaaaaaaaaa (hr-bot)"), std::string::npos) << text;
}

// An escalated cascade cost both its attempts: the first (local, priced
// from its hardware) and the answer's.
TEST_F(CostReportTest, AnEscalatedCascadeCostsBothItsAttempts) {
  RequestRecord r;
  r.time_ms = now_;
  r.request_id = "req_cascade";
  r.model = "chat";
  r.data_class = "public";
  r.team = "ops";
  r.deployment = "cloud-a";
  r.side = "cloud";
  r.status = 200;
  r.cost_usd = 0.01;
  r.cascade = "escalated";
  r.cascade_first_deployment = "local-a";
  r.cascade_first_cost_usd = 0.002;
  std::vector<RequestRecord> batch{r};
  ASSERT_FALSE(store_->append(batch));
  const CostReport by_team = report(CostGroup::team);
  const auto ops = std::find_if(by_team.rows.begin(), by_team.rows.end(),
                                [](const CostRow& row) { return row.group == "ops"; });
  ASSERT_NE(ops, by_team.rows.end());
  EXPECT_DOUBLE_EQ(ops->cost_usd, 0.012);
  EXPECT_NEAR(by_team.total.cost_usd, 0.0323 + 0.012, 1e-15);
}

TEST(CostGroupTest, Names) {
  for (const char* name : {"team", "key", "model", "side", "rule"})
    EXPECT_EQ(to_string(*parse_cost_group(name)), std::string(name));
  EXPECT_FALSE(parse_cost_group("deployment"));
  EXPECT_FALSE(parse_cost_group(""));
}

}  // namespace
}  // namespace switchyard::ledger
