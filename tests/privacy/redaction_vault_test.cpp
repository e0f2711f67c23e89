// Reversible redaction: stable typed placeholders, restore in whole texts and
// in streams split at every byte boundary.
#include "switchyard/privacy/redaction_vault.hpp"

#include <gtest/gtest.h>

namespace switchyard::privacy {
namespace {

Finding at(std::string_view text, std::string_view value, EntityType type) {
  const std::size_t start = text.find(value);
  EXPECT_NE(start, std::string_view::npos) << value;
  return {type, start, start + value.size(), 0.9, "test"};
}

const std::string kText =
    "Mail jane.doe@example.com or call +1 415 555 0100; again: jane.doe@example.com. "
    "Bob's is bob@example.org.";

std::vector<Finding> findings() {
  std::vector<Finding> f = {at(kText, "jane.doe@example.com", EntityType::email_address),
                            at(kText, "+1 415 555 0100", EntityType::phone_number)};
  const std::size_t second = kText.find("jane.doe@example.com", f[0].end);
  f.push_back({EntityType::email_address, second, second + 20, 0.9, "test"});
  f.push_back(at(kText, "bob@example.org", EntityType::email_address));
  std::sort(f.begin(), f.end(),
            [](const Finding& a, const Finding& b) { return a.start < b.start; });
  return f;
}

TEST(RedactionVault, ReplacesFindingsWithStableTypedPlaceholders) {
  RedactionVault vault;
  const std::string red = vault.redact(kText, findings());
  EXPECT_EQ(red,
            "Mail [EMAIL_ADDRESS_1] or call [PHONE_NUMBER_1]; again: [EMAIL_ADDRESS_1]. "
            "Bob's is [EMAIL_ADDRESS_2].");
  EXPECT_EQ(vault.size(), 3u);
  EXPECT_EQ(vault.restore(red), kText);
}

TEST(RedactionVault, SameValueKeepsItsPlaceholderAcrossTexts) {
  RedactionVault vault;
  vault.redact(kText, findings());
  const std::string other = "from jane.doe@example.com";
  EXPECT_EQ(vault.redact(other, {at(other, "jane.doe@example.com", EntityType::email_address)}),
            "from [EMAIL_ADDRESS_1]");
}

TEST(RedactionVault, LeavesPlaceholdersItDidNotIssueAlone) {
  RedactionVault vault;
  vault.redact(kText, findings());
  EXPECT_EQ(vault.restore("[EMAIL_ADDRESS_9] and [PERSON_1] and [EMAIL_ADDRESS_2] [x] [ ["),
            "[EMAIL_ADDRESS_9] and [PERSON_1] and bob@example.org [x] [ [");
}

TEST(RedactionVault, EmptyVaultAndNoFindingsChangeNothing) {
  RedactionVault vault;
  EXPECT_EQ(vault.redact("plain text", {}), "plain text");
  EXPECT_TRUE(vault.empty());
  EXPECT_EQ(vault.restore("[EMAIL_ADDRESS_1]"), "[EMAIL_ADDRESS_1]");
}

TEST(RedactionVault, IgnoresOverlappingAndOutOfRangeFindings) {
  RedactionVault vault;
  const std::string text = "abc@example.com";
  std::vector<Finding> f = {{EntityType::email_address, 0, 15, 1, "t"},
                            {EntityType::domain_name, 4, 15, 1, "t"},
                            {EntityType::url, 10, 99, 1, "t"}};
  EXPECT_EQ(vault.redact(text, f), "[EMAIL_ADDRESS_1]");
}

// The answer as the cloud model would write it, with placeholders.
const std::string kAnswer =
    "I wrote to [EMAIL_ADDRESS_1] and [EMAIL_ADDRESS_2], [PHONE_NUMBER_1] is busy. "
    "[NOT_A_PLACEHOLDER] [EMAIL_ADDRESS_1]";

TEST(StreamRestorer, RestoresAPlaceholderSplitAtEveryByteBoundary) {
  RedactionVault vault;
  vault.redact(kText, findings());
  const std::string want = vault.restore(kAnswer);
  ASSERT_NE(want.find("jane.doe@example.com"), std::string::npos);
  for (std::size_t i = 0; i <= kAnswer.size(); ++i) {
    StreamRestorer r(vault);
    std::string got = r.push(std::string_view(kAnswer).substr(0, i));
    got += r.push(std::string_view(kAnswer).substr(i));
    got += r.finish();
    ASSERT_EQ(got, want) << "split at " << i;
  }
}

TEST(StreamRestorer, RestoresAcrossManySmallPieces) {
  RedactionVault vault;
  vault.redact(kText, findings());
  const std::string want = vault.restore(kAnswer);
  for (std::size_t size = 1; size <= 7; ++size) {
    for (std::size_t j = 0; j + 1 < kAnswer.size(); ++j) {
      // Pieces of `size` bytes, plus one extra cut at j.
      StreamRestorer r(vault);
      std::string got;
      std::size_t at = 0;
      while (at < kAnswer.size()) {
        std::size_t len = std::min(size, kAnswer.size() - at);
        if (at < j && at + len > j) len = j - at;
        got += r.push(std::string_view(kAnswer).substr(at, len));
        at += len;
      }
      got += r.finish();
      ASSERT_EQ(got, want) << "size " << size << " cut " << j;
    }
  }
}

TEST(StreamRestorer, HoldsBackOnlyWhatCouldStillBeAPlaceholder) {
  RedactionVault vault;
  vault.redact(kText, findings());
  StreamRestorer r(vault);
  EXPECT_EQ(r.push("Hello [EMAIL_"), "Hello ");
  EXPECT_TRUE(r.holding());
  EXPECT_EQ(r.push("ADDRESS_2] ok"), "bob@example.org ok");
  EXPECT_FALSE(r.holding());
  EXPECT_EQ(r.push("[see note]"), "[see note]");  // lowercase: never a placeholder
  EXPECT_EQ(r.push("[UNFINISHED"), "");
  EXPECT_EQ(r.finish(), "[UNFINISHED");
}

}  // namespace
}  // namespace switchyard::privacy
