// What the privacy tests ask of the default detector: one shared instance,
// the texts it finds of a type, and whether a finding covers a part of the
// text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "switchyard/privacy/detector.hpp"

namespace switchyard::privacy::checks {

// The UTF-8 bytes of a code point of the Basic Multilingual Plane.
inline std::string utf8_of(char32_t cp) {
  std::string out;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

// The default detector, built once for the test binary.
inline const Detector& detector() {
  static const Detector d;
  return d;
}

// The texts of the findings of `type`, in the order found.
inline std::vector<std::string> found(std::string_view text, EntityType type) {
  std::vector<std::string> out;
  for (const Finding& f : detector().scan(text))
    if (f.type == type) out.emplace_back(f.text_in(text));
  return out;
}

// A finding of `type` covers `part` of the text, all of it.
inline bool covers(std::string_view text, EntityType type, std::string_view part) {
  const std::size_t at = text.find(part);
  if (at == std::string_view::npos) return false;
  for (const Finding& f : detector().scan(text))
    if (f.type == type && f.start <= at && f.end >= at + part.size()) return true;
  return false;
}

inline bool any_of_type(std::string_view text, EntityType type) {
  for (const Finding& f : detector().scan(text))
    if (f.type == type) return true;
  return false;
}

inline bool any_address(std::string_view text) {
  return any_of_type(text, EntityType::address);
}

// No PERSON finding in the text.
inline bool no_person(std::string_view text) {
  return !any_of_type(text, EntityType::person);
}

}  // namespace switchyard::privacy::checks
