// The passes over a whole text the rules share (rule.hpp): for_each_of and
// for_each_digit_run visit what reading the bytes one by one visits, in
// order, whichever block width the CPU takes (32 bytes with AVX2, 16, then
// the bytes left), at every offset of the blocks.
#include "switchyard/privacy/rule.hpp"

#include <gtest/gtest.h>

#include <cstddef>
#include <string>
#include <vector>

namespace switchyard::privacy {
namespace {

std::vector<std::string> texts() {
  const std::string unit =
      "Call 415.555.0132 at 9:30, ref=7f3a:1; v1.2.3 \xC3\xA9t\xC3\xA9 12345678901234567890 x ";
  std::vector<std::string> out = {
      "", "1", "a", ".", "12", std::string(100, '7'), std::string(100, '.')};
  for (std::size_t shift = 0; shift < 40; ++shift)
    out.push_back(std::string(shift, 'q') + unit + unit + unit + std::string(shift % 5, '9'));
  return out;
}

TEST(RulePasses, ForEachOfVisitsEveryByteOfEitherKind) {
  for (const std::string& text : texts())
    for (const auto& [a, b] : {std::pair{'.', '.'}, std::pair{':', '='}, std::pair{'1', 'x'}}) {
      std::vector<std::size_t> seen, expected;
      for_each_of(text, a, b, [&](std::size_t i) { seen.push_back(i); });
      for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == a || text[i] == b) expected.push_back(i);
      EXPECT_EQ(seen, expected) << text;
    }
}

TEST(RulePasses, ForEachDigitRunVisitsEveryRunsStart) {
  for (const std::string& text : texts()) {
    std::vector<std::size_t> seen, expected;
    for_each_digit_run(text, [&](std::size_t i) { seen.push_back(i); });
    for (std::size_t i = 0; i < text.size(); ++i)
      if (is_digit(text[i]) && (i == 0 || !is_digit(text[i - 1]))) expected.push_back(i);
    EXPECT_EQ(seen, expected) << text;
  }
}

}  // namespace
}  // namespace switchyard::privacy
