// The error body the wire tests' servers answer with: JSON, its message
// escaped, so a test can parse it and compare the status, the message and
// the request target the server saw ("" when none arrived).
#pragma once

#include <string>
#include <string_view>

namespace switchyard::http::testing {

inline void append_escaped(std::string& out, std::string_view text) {
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
}

inline std::string json_error_body(unsigned status, std::string_view message,
                                   std::string_view target) {
  std::string out = "{\"error\":{\"status\":" + std::to_string(status) + ",\"message\":\"";
  append_escaped(out, message);
  out += "\",\"target\":\"";
  append_escaped(out, target);
  return out + "\"}}";
}

}  // namespace switchyard::http::testing
