// Data classes: the highest source wins, and the policy says where each goes.
#include "switchyard/privacy/data_class.hpp"

#include <gtest/gtest.h>

namespace switchyard::privacy {
namespace {

Finding finding(EntityType t) {
  return {t, 0, 1, 0.9, "test"};
}

TEST(Classify, NothingToSayGivesTheBaseClass) {
  PrivacyPolicy p;
  auto c = classify(p, std::nullopt, std::nullopt, {});
  EXPECT_EQ(c.level, DataClass::public_);
  EXPECT_TRUE(c.entity_counts.empty());
}

TEST(Classify, FindingsImplyTheirClass) {
  PrivacyPolicy p;
  auto c = classify(p, std::nullopt, std::nullopt,
                    {finding(EntityType::email_address), finding(EntityType::email_address)});
  EXPECT_EQ(c.level, DataClass::confidential);
  EXPECT_EQ(c.reason, "finding EMAIL_ADDRESS");
  ASSERT_EQ(c.entity_counts.size(), 1u);
  EXPECT_EQ(c.entity_counts[0], (std::pair<std::string, int>{"EMAIL_ADDRESS", 2}));

  c = classify(
      p, std::nullopt, std::nullopt,
      {finding(EntityType::email_address), finding(EntityType::us_ssn), finding(EntityType::url)});
  EXPECT_EQ(c.level, DataClass::restricted);
  EXPECT_EQ(c.reason, "finding US_SSN");
  EXPECT_EQ(c.entity_counts.size(), 3u);
}

TEST(Classify, TheHighestSourceWins) {
  PrivacyPolicy p;
  auto c =
      classify(p, DataClass::restricted, DataClass::internal, {finding(EntityType::email_address)});
  EXPECT_EQ(c.level, DataClass::restricted);
  EXPECT_EQ(c.reason, "header x-switchyard-data-class");
  // A low declared class cannot lower what the findings say.
  c = classify(p, DataClass::public_, std::nullopt, {finding(EntityType::secret)});
  EXPECT_EQ(c.level, DataClass::restricted);
  c = classify(p, std::nullopt, DataClass::confidential, {});
  EXPECT_EQ(c.reason, "route default");
}

TEST(PrivacyPolicy, DefaultsKeepRestrictedLocalAndRedactConfidential) {
  PrivacyPolicy p;
  EXPECT_FALSE(p.rule(DataClass::restricted).allows(core::Side::cloud));
  EXPECT_TRUE(p.rule(DataClass::restricted).allows(core::Side::local));
  EXPECT_TRUE(p.rule(DataClass::confidential).allows(core::Side::cloud));
  EXPECT_TRUE(p.rule(DataClass::confidential).redact_for_cloud);
  EXPECT_FALSE(p.rule(DataClass::internal).redact_for_cloud);
}

TEST(PrivacyPolicy, ClassNamesAreConfigurable) {
  PrivacyPolicy p;
  p.names = {"open", "team", "secret", "top-secret"};
  EXPECT_EQ(p.parse("top-secret"), DataClass::restricted);
  EXPECT_EQ(p.parse("restricted"), std::nullopt);
  EXPECT_EQ(p.name(DataClass::confidential), "secret");
}

}  // namespace
}  // namespace switchyard::privacy
