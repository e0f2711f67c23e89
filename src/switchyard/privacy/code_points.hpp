// A text as code points, with the byte offset of each: what the readers of
// scripts written code point by code point walk (address_scripts.cpp,
// name_scripts.cpp), decoded once for all of them in a scan (ScanDecode).
// Internal to privacy/.
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
    if (i + s.size() > cp.size()) return false;
    if (s.empty()) return true;
    // Most tries fail at the first code point: no call to compare for them.
    if (cp[i] != s[0]) return false;
    return std::u32string_view(cp).substr(i + 1, s.size() - 1) == s.substr(1);
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

// Where a capital follows a small ASCII letter or an apostrophe ("uSipho",
// "d'Ivan"), and whether any byte of the text is beyond ASCII: what
// NameFinder::joined_names reads. find_leads notes both in its one pass
// over a scan's text (joined_capitals_to_note), so that no second pass
// looks for them.
struct JoinedCapitals {
  std::vector<std::uint32_t> at;
  bool beyond_ascii = false;
};

// Decodes UTF-8; a byte that starts no well-formed sequence reads as U+FFFD.
CodePoints decode_code_points(std::string_view text);
// The same into `into`, whose buffers are reused.
void decode_code_points(std::string_view text, CodePoints& into);

// One scan's text, decoded at most once however many readers of scripts read
// it. The detector opens one over each text it scans (in scan_as_written,
// around the name finder and the address pass); the name finder and the
// address pass each call the readers of scripts with that text, and
// code_points_of() hands both the same decode, made when the first asks (so
// a text without a letter of those scripts is never decoded). The scope
// lives on the caller's stack and is this thread's until it ends; scopes
// nest. The name finder (name_finder.cpp) calls find_script_names with the
// text and no more, so the decode rides with the scan rather than in an
// argument.
class ScanDecode {
 public:
  explicit ScanDecode(std::string_view text);
  ~ScanDecode();
  ScanDecode(const ScanDecode&) = delete;
  ScanDecode& operator=(const ScanDecode&) = delete;

 private:
  friend const CodePoints& code_points_of(std::string_view, CodePoints&);
  friend bool has_script_letters(std::string_view);
  friend JoinedCapitals* joined_capitals_to_note(std::string_view);
  friend const JoinedCapitals* joined_capitals_of(std::string_view);
  // The open scope over `text` on this thread, or null.
  static ScanDecode* over(std::string_view text);
  std::string_view text_;
  bool decoded_ = false;
  signed char letters_ = -1;  // has_script_letters(text_): -1 not yet asked
  ScanDecode* outer_;
  CodePoints* points_;  // the thread's buffer (reused scan after scan), or own_
  CodePoints own_;
  bool joined_noted_ = false;
  JoinedCapitals* joined_;  // the thread's record (reused scan after scan), or own_joined_
  JoinedCapitals own_joined_;
};

// The open scan's record of joined capitals, to be filled, when `text` is
// the very text the scan was opened over; otherwise null.
JoinedCapitals* joined_capitals_to_note(std::string_view text);
// That record, when it was filled over this very text; otherwise null
// (the reader then looks for itself).
const JoinedCapitals* joined_capitals_of(std::string_view text);

// The code points of `text`: the open scan's decode when `text` is the very
// text (the same bytes at the same place) its ScanDecode was opened over,
// decoded now if no reader asked before; otherwise `text` decoded into
// `scratch`.
const CodePoints& code_points_of(std::string_view text, CodePoints& scratch);

// Whether the text holds a lead byte of any of the scripts those readers
// read (Hebrew, Arabic, Thai, Devanagari, CJK, kana, Hangul, full-width
// forms): one pass over its bytes, sixteen at a time, once per scan.
bool has_script_letters(std::string_view text);

// Tests the readers of scripts ask of a code point: a space (with the
// ideographic and the no-break one), one of a set.
inline bool space(char32_t c) {
  return c == ' ' || c == 0x3000 || c == 0xA0;
}
inline bool in(char32_t c, std::u32string_view set) {
  for (char32_t s : set)
    if (s == c) return true;
  return false;
}
// A literal's length is known here: not counted again at every call.
template <std::size_t N>
bool in(char32_t c, const char32_t (&set)[N]) {
  return in(c, std::u32string_view(set, N - 1));
}

}  // namespace switchyard::privacy
