// When a key stops working, as people write it: a duration from now ("30d",
// "12h", "90m", "3600s") or a UTC time ("2027-01-31T00:00:00Z", or a date,
// "2027-01-31", meaning its midnight UTC). Times are Unix milliseconds.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace switchyard::keys {

// Milliseconds in "<n>d|h|m|s"; nullopt when the text is not one (or not > 0).
std::optional<std::int64_t> parse_duration_ms(std::string_view text);
// Unix ms of "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SSZ"; nullopt otherwise.
std::optional<std::int64_t> parse_utc_time_ms(std::string_view text);
// "YYYY-MM-DDTHH:MM:SSZ".
std::string format_utc_time(std::int64_t unix_ms);

}  // namespace switchyard::keys
