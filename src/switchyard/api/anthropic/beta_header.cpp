#include "switchyard/api/anthropic/beta_header.hpp"

#include <algorithm>

namespace switchyard::api::anthropic {

namespace {

constexpr std::size_t kMaxNames = 32;
constexpr std::size_t kMaxName = 128;

core::Error refuse(std::string why) {
  return core::Error::invalid("anthropic-beta: " + std::move(why) +
                                  "; send beta feature names such as "
                                  "'interleaved-thinking-2025-05-14', separated by commas.",
                              "anthropic-beta");
}

bool name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == '.';
}

}  // namespace

std::optional<core::Error> read_beta_header(std::string_view value,
                                            std::vector<std::string>& names) {
  while (!value.empty()) {
    const std::size_t comma = value.find(',');
    std::string_view name = value.substr(0, comma);
    value = comma == std::string_view::npos ? std::string_view() : value.substr(comma + 1);
    while (!name.empty() && (name.front() == ' ' || name.front() == '\t')) name.remove_prefix(1);
    while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
    if (name.empty()) continue;
    if (name.size() > kMaxName)
      return refuse("a name is longer than " + std::to_string(kMaxName) + " characters");
    if (!std::all_of(name.begin(), name.end(), name_char))
      return refuse("a name holds a character other than letters, digits, '-', '_' and '.'");
    if (std::find(names.begin(), names.end(), name) != names.end()) continue;
    if (names.size() == kMaxNames)
      return refuse("more than " + std::to_string(kMaxNames) + " names");
    names.emplace_back(name);
  }
  return std::nullopt;
}

std::string beta_header_value(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) {
    if (!out.empty()) out += ',';
    out += name;
  }
  return out;
}

}  // namespace switchyard::api::anthropic
