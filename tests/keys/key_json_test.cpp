// Keys as JSON (admin API and `keys --json`) and create bodies read back
// into a policy, with 400s naming the member at fault.
#include "switchyard/keys/key_json.hpp"

#include <gtest/gtest.h>

#include "switchyard/keys/expiry.hpp"

namespace switchyard::keys {
namespace {

constexpr std::int64_t kNow = 1'800'000'000'000;

TEST(KeyJsonTest, APolicyBodyReadsEveryMember) {
  auto p = policy_from_json(
      R"({"team":"hr","name":"bot","models":["chat","embed"],"max_cloud_class":"internal",
          "default_class":"confidential","rpm":60,"tpm":1000,"max_concurrent":2,
          "expires_in":"30d","budget_day_usd":1.5,"budget_month_usd":20})",
      kNow);
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->team, "hr");
  EXPECT_EQ(p->name, "bot");
  EXPECT_EQ(p->models, (std::vector<std::string>{"chat", "embed"}));
  EXPECT_EQ(p->max_cloud_class, "internal");
  EXPECT_EQ(p->default_class, "confidential");
  EXPECT_EQ(p->rpm, 60);
  EXPECT_EQ(p->tpm, 1000);
  EXPECT_EQ(p->max_concurrent, 2);
  EXPECT_EQ(p->expires_ms, kNow + 30LL * 86'400'000);
  EXPECT_EQ(p->budget_day_usd, 1.5);
  EXPECT_EQ(p->budget_month_usd, 20);
  auto at = policy_from_json(R"({"team":"hr","expires_at":"2027-01-31"})", kNow);
  ASSERT_TRUE(at);
  EXPECT_EQ(format_utc_time(at->expires_ms), "2027-01-31T00:00:00Z");
}

TEST(KeyJsonTest, WrongMembersAre400sNamingThem) {
  struct Case {
    const char* body;
    const char* param;
  };
  for (const Case& c :
       {Case{R"({"team":"hr","rpm":-1})", "rpm"}, Case{R"({"team":"hr","rpm":"60"})", "rpm"},
        Case{R"({"team":"hr","tpm":1.5})", "tpm"},
        Case{R"({"team":"hr","models":"chat"})", "models"},
        Case{R"({"team":"hr","models":[1]})", "models"}, Case{R"({"team":7})", "team"},
        Case{R"({"team":"hr","expires_at":"tomorrow"})", "expires_at"},
        Case{R"({"team":"hr","expires_in":"30 days"})", "expires_in"},
        Case{R"({"team":"hr","expires_in":"1d","expires_at":"2030-01-01"})", "expires_at"},
        Case{R"({"team":"hr","budget_day_usd":-2})", "budget_day_usd"},
        Case{R"({"team":"hr","secret":"x"})", "secret"}}) {
    auto p = policy_from_json(c.body, kNow);
    ASSERT_FALSE(p) << c.body;
    EXPECT_EQ(p.error().status, 400) << c.body;
    EXPECT_EQ(p.error().param, c.param) << c.body << ": " << p.error().message;
  }
  EXPECT_FALSE(policy_from_json("not json", kNow));
  EXPECT_FALSE(policy_from_json("[]", kNow));
}

TEST(KeyJsonTest, AKeyShowsItsSecretOnlyWhenGivenOne) {
  VirtualKey k;
  k.id = "0123456789ab";
  k.policy.team = "hr";
  k.policy.models = {"chat"};
  k.created_ms = kNow;
  const std::string plain = key_json(k, kNow);
  EXPECT_NE(plain.find(R"("id":"0123456789ab")"), std::string::npos) << plain;
  EXPECT_NE(plain.find(R"("status":"active")"), std::string::npos) << plain;
  EXPECT_NE(plain.find(R"("expires_at":null)"), std::string::npos) << plain;
  EXPECT_EQ(plain.find(R"("key")"), std::string::npos) << plain;
  const std::string with = key_json(k, kNow, "sk-sy-0123456789ab-00");
  EXPECT_NE(with.find(R"("key":"sk-sy-0123456789ab-00")"), std::string::npos) << with;
  k.revoked_ms = kNow;
  EXPECT_NE(key_list_json({k}, kNow).find(R"("status":"revoked")"), std::string::npos);
}

TEST(KeyJsonTest, DurationsAndTimes) {
  EXPECT_EQ(parse_duration_ms("90m"), 90 * 60'000);
  EXPECT_EQ(parse_duration_ms("12h"), 12 * 3'600'000);
  EXPECT_EQ(parse_duration_ms("3600s"), 3'600'000);
  EXPECT_FALSE(parse_duration_ms("0d"));
  EXPECT_FALSE(parse_duration_ms("d"));
  EXPECT_FALSE(parse_duration_ms("1w"));
  EXPECT_FALSE(parse_duration_ms("-1d"));
  EXPECT_EQ(parse_utc_time_ms("1970-01-02T00:00:01Z"), 86'401'000);
  EXPECT_FALSE(parse_utc_time_ms("2027-02-30"));
  EXPECT_FALSE(parse_utc_time_ms("2027-01-31T00:00:00"));
  EXPECT_EQ(format_utc_time(86'401'000), "1970-01-02T00:00:01Z");
}

}  // namespace
}  // namespace switchyard::keys
