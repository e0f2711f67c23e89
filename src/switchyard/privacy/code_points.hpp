// A text as code points, with the byte offset of each: what the readers of
// scripts written code point by code point walk (address_scripts.cpp,
// name_scripts.cpp). Internal to privacy/.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace switchyard::privacy {

// The text as code points, with the byte offset of each (and of the end).
struct CodePoints {
  std::u32string cp;
  std::vector<std::uint32_t> at;
  std::size_t size() const { return cp.size(); }
  char32_t operator[](std::size_t i) const { return i < cp.size() ? cp[i] : 0; }
  // The code points at i spell s.
  bool lit(std::size_t i, std::u32string_view s) const {
    return i + s.size() <= cp.size() && std::u32string_view(cp).substr(i, s.size()) == s;
  }
  // Any of `list` spelled at i: its length, else 0.
  std::size_t any(std::size_t i, std::initializer_list<std::u32string_view> list) const {
    for (std::u32string_view s : list)
      if (lit(i, s)) return s.size();
    return 0;
  }
  // The code points [from, to).
  std::u32string_view view(std::size_t from, std::size_t to) const {
    return std::u32string_view(cp).substr(from, to - from);
  }
  // The code points at [e - s.size(), e) spell s.
  bool ends(std::size_t e, std::u32string_view s) const {
    return e >= s.size() && lit(e - s.size(), s);
  }
};

// Decodes UTF-8; a byte that starts no well-formed sequence reads as U+FFFD.
CodePoints decode_code_points(std::string_view text);

}  // namespace switchyard::privacy
