// Prices by token kind, hardware profiles, `cost:` (the counterfactual's
// reference) and `budgets:`: read into the Config, mistakes at their lines.
#include <gtest/gtest.h>

#include <string>

#include "support/paths.hpp"
#include "switchyard/config/config.hpp"
#include "switchyard/core/usage.hpp"

namespace switchyard::config {
namespace {

LoadResult load(const std::string& yaml) {
  return load_config_text(yaml, "/etc/switchyard/test.yaml",
                          [](const char*) -> const char* { return nullptr; });
}

std::string problems_of(const LoadResult& r) {
  std::string s;
  for (const auto& p : r.problems) s += p.to_string() + "\n";
  return s;
}

bool has(const LoadResult& r, const std::string& where, const std::string& what) {
  for (const auto& p : r.problems)
    if (p.to_string().find(where) != std::string::npos && p.message.find(what) != std::string::npos)
      return true;
  return false;
}

const std::string kProviders =
    "providers:\n"
    "  - {name: openai, kind: openai_compatible, base_url: \"https://api.openai.com/v1\"}\n"
    "  - {name: box, kind: openai_compatible, base_url: \"http://127.0.0.1:8081/v1\"}\n";

TEST(CostConfigTest, EveryTokenKindHasItsPrice) {
  auto r = load(kProviders +
                "models:\n"
                "  - alias: chat\n"
                "    deployments:\n"
                "      - provider: openai\n"
                "        model: o4\n"
                "        side: cloud\n"
                "        price: {input_per_1m: 2, output_per_1m: 8, cache_read_per_1m: 0.5,\n"
                "                cache_write_per_1m: 2.5, reasoning_per_1m: 12}\n");
  ASSERT_TRUE(r.config) << problems_of(r);
  const Price& p = r.config->models[0].deployments[0].price;
  EXPECT_EQ(p.input_per_1m, 2);
  EXPECT_EQ(p.output_per_1m, 8);
  EXPECT_EQ(p.cache_read(), 0.5);
  EXPECT_EQ(p.cache_write(), 2.5);
  EXPECT_EQ(p.reasoning(), 12);
  EXPECT_FALSE(p.hardware);
}

TEST(CostConfigTest, AHardwareProfileBecomesPricesPer1M) {
  auto r = load(kProviders +
                "models:\n"
                "  - alias: chat\n"
                "    deployments:\n"
                "      - provider: box\n"
                "        model: llama\n"
                "        side: local\n"
                "        price: {hardware: {hourly_usd: 3.6, tokens_per_s: 50, "
                "prompt_tokens_per_s: 1000}}\n"
                "      - provider: box\n"
                "        model: llama-b\n"
                "        side: local\n"
                "        price: {hardware: {hourly_usd: 0.72, tokens_per_s: 20}}\n");
  ASSERT_TRUE(r.config) << problems_of(r);
  // 3.6 USD an hour is 0.001 USD a second: at 50 tokens/s, 20 µUSD a token,
  // 20 USD per 1M; at 1000 prompt tokens/s, 1 USD per 1M.
  const Price& p = r.config->models[0].deployments[0].price;
  EXPECT_DOUBLE_EQ(p.output_per_1m, 20);
  EXPECT_DOUBLE_EQ(p.input_per_1m, 1);
  ASSERT_TRUE(p.hardware);
  EXPECT_EQ(p.hardware->hourly_usd, 3.6);
  EXPECT_FALSE(p.free());
  // Without a prompt rate, prompt tokens cost what generated ones do:
  // 0.72 / 3600 / 20 * 1e6 = 10.
  const Price& b = r.config->models[0].deployments[1].price;
  EXPECT_DOUBLE_EQ(b.output_per_1m, 10);
  EXPECT_DOUBLE_EQ(b.input_per_1m, 10);
}

TEST(CostConfigTest, PriceMistakesAreReportedAtTheirLines) {
  auto r = load(kProviders +
                "models:\n"                                                          // 4
                "  - alias: chat\n"                                                  // 5
                "    deployments:\n"                                                 // 6
                "      - provider: box\n"                                            // 7
                "        model: llama\n"                                             // 8
                "        side: local\n"                                              // 9
                "        price:\n"                                                   // 10
                "          input_per_1m: 1\n"                                        // 11
                "          hardware: {hourly_usd: 1, tokens_per_s: 0}\n"             // 12
                "      - provider: openai\n"                                         // 13
                "        model: gpt\n"                                               // 14
                "        side: cloud\n"                                              // 15
                "        price: {cached_input_per_1m: 1, reasoning_per_1m: -2}\n");  // 16
  ASSERT_FALSE(r.config);
  EXPECT_TRUE(has(r, "test.yaml:11", "beside 'hardware'")) << problems_of(r);
  EXPECT_TRUE(has(r, "test.yaml:12", "must be above 0")) << problems_of(r);
  EXPECT_TRUE(has(r, "test.yaml:16", "cache_read_per_1m")) << problems_of(r);
  EXPECT_TRUE(has(r, "test.yaml:16", "reasoning_per_1m")) << problems_of(r);
}

TEST(CostConfigTest, TheReferenceIsADeploymentsPriceOrAPriceOfItsOwn) {
  const std::string models =
      "models:\n"
      "  - alias: chat\n"
      "    deployments:\n"
      "      - {provider: box, model: llama, side: local}\n"
      "      - {provider: openai, model: gpt-4o, side: cloud,\n"
      "         price: {input_per_1m: 2.5, output_per_1m: 10}}\n";
  auto named = load(kProviders + models + "cost: {reference: openai/gpt-4o}\n");
  ASSERT_TRUE(named.config) << problems_of(named);
  ASSERT_TRUE(named.config->cost.reference);
  EXPECT_EQ(named.config->cost.reference->output_per_1m, 10);
  EXPECT_EQ(named.config->cost.reference_name, "openai/gpt-4o");
  auto priced =
      load(kProviders + models + "cost:\n  reference: {input_per_1m: 3, output_per_1m: 15}\n");
  ASSERT_TRUE(priced.config) << problems_of(priced);
  EXPECT_EQ(priced.config->cost.reference->input_per_1m, 3);
  EXPECT_EQ(priced.config->cost.reference_name, "");
  auto none = load(kProviders + models);
  ASSERT_TRUE(none.config) << problems_of(none);
  EXPECT_FALSE(none.config->cost.reference);
  auto typo = load(kProviders + models + "cost:\n  reference: openai/gpt-4\n");
  ASSERT_FALSE(typo.config);
  EXPECT_TRUE(has(typo, "test.yaml:11", "did you mean 'openai/gpt-4o'")) << problems_of(typo);
}

TEST(CostConfigTest, BudgetsPolicy) {
  auto d = load("server: {listen: \"127.0.0.1:0\"}\n");
  ASSERT_TRUE(d.config) << problems_of(d);
  EXPECT_EQ(d.config->budgets.downgrade_at, 0);
  EXPECT_TRUE(d.config->budgets.free_local_when_spent);
  EXPECT_EQ(d.config->budgets.output_tokens_estimate, 1024);
  auto r = load(
      "budgets: {downgrade_at: 0.8, free_local_when_spent: false, output_tokens_estimate: 256}\n");
  ASSERT_TRUE(r.config) << problems_of(r);
  EXPECT_EQ(r.config->budgets.downgrade_at, 0.8);
  EXPECT_FALSE(r.config->budgets.free_local_when_spent);
  EXPECT_EQ(r.config->budgets.output_tokens_estimate, 256);
  auto bad = load("budgets:\n  downgrade_at: 1\n  output_tokens_estimate: 0\n  refuse_at: 1\n");
  ASSERT_FALSE(bad.config);
  EXPECT_TRUE(has(bad, "test.yaml:2", "must be below 1")) << problems_of(bad);
  EXPECT_TRUE(has(bad, "test.yaml:3", "output_tokens_estimate")) << problems_of(bad);
  EXPECT_TRUE(has(bad, "test.yaml:4", "refuse_at")) << problems_of(bad);
}

TEST(CostConfigTest, TheKeysAndBudgetsExampleLoads) {
  auto r = load_config_file(switchyard::testing::source_dir() + "/examples/keys-and-budgets.yaml");
  ASSERT_TRUE(r.config) << problems_of(r);
  EXPECT_EQ(r.config->cost.reference_name, "openai/gpt-4o");
  EXPECT_EQ(r.config->budgets.downgrade_at, 0.8);
  // $1.20 an hour at 40 tokens/s: 1.2 / 3600 / 40 * 1e6 = 8.33 per 1M out.
  const Price& hw = r.config->models[1].deployments[1].price;
  EXPECT_NEAR(hw.output_per_1m, 8.3333, 1e-4);
  EXPECT_NEAR(hw.input_per_1m, 0.2222, 1e-4);
}

TEST(PriceTest, EachKindIsPricedOnceAndUnpricedKindsCostTheirWhole) {
  Price p;
  p.input_per_1m = 2;
  p.output_per_1m = 8;
  p.cache_read_per_1m = 0.5;
  p.cache_write_per_1m = 2.5;
  p.reasoning_per_1m = 12;
  core::Usage u;
  u.input_tokens = 1'000'000;  // of which 600k read from the cache, 100k written to it
  u.cache_read_tokens = 600'000;
  u.cache_write_tokens = 100'000;
  u.output_tokens = 500'000;  // of which 200k reasoning
  u.reasoning_tokens = 200'000;
  // 300k plain input at 2 = 0.6; 600k read at 0.5 = 0.3; 100k written at
  // 2.5 = 0.25; 300k plain output at 8 = 2.4; 200k reasoning at 12 = 2.4.
  EXPECT_DOUBLE_EQ(p.usd(u), 0.6 + 0.3 + 0.25 + 2.4 + 2.4);
  // Unpriced kinds: cache at the input price, reasoning at the output price,
  // so the same tokens cost what plain input and output would.
  Price plain;
  plain.input_per_1m = 2;
  plain.output_per_1m = 8;
  EXPECT_DOUBLE_EQ(plain.usd(u), 2 + 4);
  // The dearest kind of each side, for reservations: 1M in at 2.5, 1M out at 12.
  EXPECT_DOUBLE_EQ(p.most_usd(1'000'000, 1'000'000), 14.5);
  EXPECT_EQ(p.highest_per_1m(), 12);
  EXPECT_FALSE(p.free());
  EXPECT_TRUE(Price{}.free());
  Price cache_only;
  cache_only.cache_write_per_1m = 1;
  EXPECT_FALSE(cache_only.free());
}

}  // namespace
}  // namespace switchyard::config
