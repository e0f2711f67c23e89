// The error body the wire tests' servers answer with: JSON, its message
// escaped, so a test can parse it and compare the status and the message.
#pragma once

#include <string>
#include <string_view>

namespace switchyard::http::testing {

inline std::string json_error_body(unsigned status, std::string_view message) {
  std::string out = "{\"error\":{\"status\":" + std::to_string(status) + ",\"message\":\"";
  for (char c : message) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"}}";
}

}  // namespace switchyard::http::testing
