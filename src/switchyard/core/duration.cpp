#include "switchyard/core/duration.hpp"

#include <limits>

namespace switchyard::core {

std::optional<std::int64_t> parse_duration_ms(std::string_view text) {
  if (text.size() < 2) return std::nullopt;
  std::int64_t unit = 0;
  switch (text.back()) {
    case 'd':
      unit = 86'400'000;
      break;
    case 'h':
      unit = 3'600'000;
      break;
    case 'm':
      unit = 60'000;
      break;
    case 's':
      unit = 1'000;
      break;
    default:
      return std::nullopt;
  }
  const std::int64_t max = std::numeric_limits<std::int64_t>::max() / unit;
  std::int64_t n = 0;
  for (char c : text.substr(0, text.size() - 1)) {
    if (c < '0' || c > '9') return std::nullopt;
    if (n > (max - (c - '0')) / 10) return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return n * unit;
}

}  // namespace switchyard::core
