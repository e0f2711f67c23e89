// The one duration parser: "<digits><unit>", units d, h, m, s; no sign, no
// fraction, no overflow.
#include "switchyard/core/duration.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <string>

namespace switchyard::core {
namespace {

TEST(Duration, ReadsEveryUnit) {
  EXPECT_EQ(parse_duration_ms("7d"), 7 * 86'400'000LL);
  EXPECT_EQ(parse_duration_ms("12h"), 12 * 3'600'000LL);
  EXPECT_EQ(parse_duration_ms("90m"), 90 * 60'000LL);
  EXPECT_EQ(parse_duration_ms("45s"), 45'000LL);
  EXPECT_EQ(parse_duration_ms("0s"), 0);
}

TEST(Duration, RefusesWhatIsNotOne) {
  for (const char* bad : {"", "d", "7", "7w", "-1d", "+1d", "1.5h", " 1d", "1d ", "1 d", "1D"})
    EXPECT_FALSE(parse_duration_ms(bad)) << "'" << bad << "'";
}

TEST(Duration, RefusesWhatDoesNotFit) {
  const std::int64_t max_seconds = std::numeric_limits<std::int64_t>::max() / 1000;
  EXPECT_EQ(parse_duration_ms(std::to_string(max_seconds) + "s"), max_seconds * 1000);
  EXPECT_FALSE(parse_duration_ms(std::to_string(max_seconds + 1) + "s"));
  EXPECT_FALSE(parse_duration_ms("99999999999999999d"));
  EXPECT_FALSE(parse_duration_ms("99999999999999999999999999s"));
}

}  // namespace
}  // namespace switchyard::core
