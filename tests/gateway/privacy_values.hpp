// Restricted and confidential values written every way a client can write
// them in a JSON body, and the check that none of them reached a body sent
// upstream, in any spelling.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

#include "switchyard/privacy/unescaped_text.hpp"

namespace switchyard::testing {

enum class Encoding {
  plain,           // as is
  unicode,         // every character as \uXXXX
  some_unicode,    // every other digit, dash, dot and @ as \uXXXX
  json_in_string,  // the string's text is JSON holding the value, \u-escaped
};

inline const char* name_of(Encoding e) {
  switch (e) {
    case Encoding::plain:
      return "plain";
    case Encoding::unicode:
      return "unicode";
    case Encoding::some_unicode:
      return "some_unicode";
    case Encoding::json_in_string:
      return "json_in_string";
  }
  return "?";
}

// The text of a JSON string holding `s` (without the quotes).
inline std::string json_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
      out += buf;
    } else {
      out += c;
    }
  }
  return out;
}

inline std::string unicode_escape(std::string_view s, bool every = true) {
  std::string out;
  bool flip = false;
  for (char c : s) {
    const bool special = (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '@';
    if (every || (special && (flip = !flip))) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(c));
      out += buf;
    } else if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

// The text to put inside a JSON string (its quotes already written) so that
// the string reads `value`. `nested`: that string is itself inside JSON held
// by a JSON string (tool-call arguments), so the text is escaped once more.
inline std::string encode_value(std::string_view value, Encoding e, bool nested) {
  std::string inner;
  switch (e) {
    case Encoding::plain:
      inner = json_escape(value);
      break;
    case Encoding::unicode:
      inner = unicode_escape(value);
      break;
    case Encoding::some_unicode:
      inner = unicode_escape(value, false);
      break;
    case Encoding::json_in_string:
      inner = json_escape("{\"v\":\"" + unicode_escape(value) + "\"}");
      break;
  }
  return nested ? json_escape(inner) : inner;
}

inline std::string alnum_only(std::string_view s) {
  std::string out;
  for (char c : s)
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) out += c;
  return out;
}

// Whether `value` appears in `body` in any spelling: as written, after every
// level of JSON escapes is undone, or with separators dropped.
inline bool leaked(std::string_view body, std::string_view value) {
  if (body.find(value) != std::string_view::npos) return true;
  const privacy::UnescapedText decoded(body, 32);
  if (decoded.text().find(value) != std::string_view::npos) return true;
  const std::string stripped = alnum_only(value);
  if (alnum_only(body).find(stripped) != std::string::npos) return true;
  return alnum_only(decoded.text()).find(stripped) != std::string::npos;
}

}  // namespace switchyard::testing
