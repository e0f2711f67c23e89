// E-mail addresses written to escape harvesters — "anna [at] example [dot]
// com", "anna(at)example(dot)com", "anna at example dot com" (with a word
// about mail near it), "anna@example[.]com" — are e-mail addresses; the
// words "at" and "dot" in prose are not.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "detector_checks.hpp"

namespace switchyard::privacy {
namespace {

using checks::found;
using V = std::vector<std::string>;

TEST(ObfuscatedEmail, BracketedMarksAreFoundWhole) {
  for (const char* email :
       {"anna [at] example [dot] com", "anna[at]example[dot]com", "anna (at) example (dot) com",
        "anna(at)example(dot)com", "anna {at} example {dot} com", "anna [AT] example [DOT] com",
        "jane.doe12 [at] mail [dot] example [dot] org",
        "jane [dot] doe [at] example [dot] co [dot] uk", "anna@example[.]com", "anna@example(.)com",
        "anna [@] example [.] com", "anna[at]example.com", "anna (at) example.com"})
    EXPECT_EQ(found(std::string("contact ") + email + " today", EntityType::email_address),
              V{email})
        << email;
  // At the start and at the end of a text, and without a word about mail.
  EXPECT_EQ(found("anna[at]example[dot]com", EntityType::email_address),
            V{"anna[at]example[dot]com"});
  EXPECT_EQ(found("Ask Bob: bob.smith (at) firm (dot) de", EntityType::email_address),
            V{"bob.smith (at) firm (dot) de"});
}

// At every offset of the blocks the marks are looked for in (32 bytes with
// AVX2, then 16, then the bytes left), in a text longer than one block.
TEST(ObfuscatedEmail, FoundAtEveryOffset) {
  for (const char* email : {"anna [at] example [dot] com", "jane.doe12 at example dot org"})
    for (std::size_t shift = 0; shift < 70; ++shift) {
      const std::string text = "Please email " + std::string(shift, 'x') + " or write to " + email +
                               " when the draft is done, thanks.";
      EXPECT_EQ(found(text, EntityType::email_address), V{email}) << text;
    }
}

TEST(ObfuscatedEmail, TheWordsNeedTheShapeOfAnAddress) {
  // A local part that is no word is an address as it stands; a word needs a
  // word about mail near it.
  EXPECT_EQ(found("write to jane.doe12 at example dot org", EntityType::email_address),
            V{"jane.doe12 at example dot org"});
  EXPECT_EQ(found("j_smith AT example DOT com", EntityType::email_address),
            V{"j_smith AT example DOT com"});
  EXPECT_EQ(found("my email: anna at example dot com", EntityType::email_address),
            V{"anna at example dot com"});
  EXPECT_EQ(found("e-mail anna at mail dot example dot de", EntityType::email_address),
            V{"anna at mail dot example dot de"});
}

TEST(ObfuscatedEmail, NearMissesAreNotAddresses) {
  for (const char* text : {
           "meet at example dot points",
           "look at this dot com bubble",
           "laughing at the dot com era, email me",
           "we met at noon. Then we left",
           "a rate at launch dot com era",
           "email: stare at it dot com",
           "Prices at example.com are low",
           "sold at amazon.com, contact us",
           "the value at index [dot] is",
           "anna [at] example",
           "anna [at] example [dot] c",
           "[at] example [dot] com",
           "send it at 5 dot 30",
           "at the dot at dot com",
           "arr[at] = x[dot]; arr[at].y",
           "The price at checkout dot com store was high; email us.",
           "Mail: see arr[at] and x(dot)y",
       })
    EXPECT_TRUE(found(text, EntityType::email_address).empty()) << text;
}

TEST(ObfuscatedEmail, ALocalPartOfMoreThan64BytesIsNone) {
  EXPECT_EQ(found(std::string(64, 'a') + " [at] example [dot] com", EntityType::email_address),
            V{std::string(64, 'a') + " [at] example [dot] com"});
  EXPECT_TRUE(
      found(std::string(65, 'a') + " [at] example [dot] com", EntityType::email_address).empty());
}

TEST(ObfuscatedEmail, AnAddressAsWrittenIsFoundAsBefore) {
  EXPECT_EQ(found("mail anna@example.com today", EntityType::email_address), V{"anna@example.com"});
  EXPECT_EQ(found("anna at anna@example.com", EntityType::email_address), V{"anna@example.com"});
}

}  // namespace
}  // namespace switchyard::privacy
