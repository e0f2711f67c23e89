#include "switchyard/keys/expiry.hpp"

#include <cstdio>
#include <ctime>

#include "switchyard/core/duration.hpp"

namespace switchyard::keys {

std::optional<std::int64_t> parse_duration_ms(std::string_view text) {
  const auto ms = core::parse_duration_ms(text);
  // Positive, up to ~270 years.
  if (!ms || *ms <= 0 || *ms > 100'000 * 86'400'000LL) return std::nullopt;
  return ms;
}

std::optional<std::int64_t> parse_utc_time_ms(std::string_view text) {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, used = 0;
  const std::string t(text);
  if (t.size() == 10) {
    if (std::sscanf(t.c_str(), "%4d-%2d-%2d%n", &y, &mo, &d, &used) != 3 || used != 10)
      return std::nullopt;
  } else if (t.size() == 20) {
    if (std::sscanf(t.c_str(), "%4d-%2d-%2dT%2d:%2d:%2dZ%n", &y, &mo, &d, &h, &mi, &s, &used) !=
            6 ||
        used != 20)
      return std::nullopt;
  } else {
    return std::nullopt;
  }
  if (y < 1970 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60)
    return std::nullopt;
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = s;
  const std::time_t secs = timegm(&tm);
  if (tm.tm_mday != d) return std::nullopt;  // 2027-02-30 rolled over
  return static_cast<std::int64_t>(secs) * 1000;
}

std::string format_utc_time(std::int64_t unix_ms) {
  const std::time_t secs = static_cast<std::time_t>(unix_ms / 1000);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace switchyard::keys
