#include "switchyard/local/stop_matcher.hpp"

#include <gtest/gtest.h>

namespace switchyard::local {
namespace {

TEST(StopMatcherTest, PassesTextThroughWithoutStopStrings) {
  StopMatcher m({});
  auto r = m.push("hello");
  EXPECT_EQ(r.text, "hello");
  EXPECT_FALSE(r.stopped);
}

TEST(StopMatcherTest, FindsAStopStringSpanningPieces) {
  StopMatcher m({"END", "\n\n"});
  auto r = m.push("abc E");
  EXPECT_EQ(r.text, "abc ");  // "E" might start "END"
  r = m.push("N");
  EXPECT_EQ(r.text, "");
  r = m.push("Dtail");
  EXPECT_TRUE(r.stopped);
  EXPECT_EQ(r.text, "");
}

TEST(StopMatcherTest, ReleasesAFalseStart) {
  StopMatcher m({"END"});
  EXPECT_EQ(m.push("xEN").text, "x");
  auto r = m.push("Y");
  EXPECT_EQ(r.text, "ENY");
  EXPECT_FALSE(r.stopped);
  EXPECT_EQ(m.push("E").text, "");
  EXPECT_EQ(m.flush(), "E");
}

TEST(StopMatcherTest, StopsAtTheEarliestOfSeveral) {
  StopMatcher m({"cd", "b"});
  auto r = m.push("abcd");
  EXPECT_TRUE(r.stopped);
  EXPECT_EQ(r.text, "a");
}

}  // namespace
}  // namespace switchyard::local
