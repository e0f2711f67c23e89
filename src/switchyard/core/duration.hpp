// A duration as people write it on a command line or in an API: a whole
// number and one unit, "7d", "12h", "90m", "45s". One parser for key expiry
// (keys/expiry.hpp, which also wants it positive and bounded) and report
// windows (ledger/audit_report.hpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace switchyard::core {

// Milliseconds in "<digits>d|h|m|s" (0 included); nullopt when the text is
// not one or the result does not fit an int64.
std::optional<std::int64_t> parse_duration_ms(std::string_view text);

}  // namespace switchyard::core
