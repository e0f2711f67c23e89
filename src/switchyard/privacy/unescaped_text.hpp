// Text as a reader sees it once its JSON escapes are undone, with the way
// back to the bytes that spell it.
//
// Data can hide behind escapes: "\u0035\u0033\u0036-22-8146" is an SSN once
// decoded, and JSON carried inside a JSON string (tool-call arguments, a
// schema pasted into a message) escapes its strings once more ("\\u0035").
// The detector reads plain text, so a text with a backslash is decoded level
// by level, like a JSON reader would at each level of nesting, until nothing
// decodable is left; a finding in the decoded text maps back to the source
// bytes that spell it (whole escape sequences at every level), so it can be
// replaced where it was written.
//
// Decoding is lenient: it applies anywhere in the text (inside strings, keys
// or prose), and what is not a JSON escape ("\d", a lone surrogate) stays as
// written.
#pragma once

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace switchyard::privacy {

class UnescapedText {
 public:
  // Levels of escaping decoded before giving up. Each level of JSON-in-a-
  // string doubles the backslashes: past 8 levels a text is deliberate
  // obfuscation, and complete() is false (the caller fails closed).
  static constexpr std::size_t kMaxLevels = 8;

  // Whether `source` has anything to decode; most texts have no backslash
  // and are scanned as they are.
  static bool has_escapes(std::string_view source) {
    return !source.empty() && std::memchr(source.data(), '\\', source.size()) != nullptr;
  }

  explicit UnescapedText(std::string_view source, std::size_t max_levels = kMaxLevels);

  // The text with every level of escapes decoded.
  std::string_view text() const {
    return levels_.empty() ? source_ : std::string_view(levels_.back().text);
  }
  // False when escapes were still left after max_levels levels.
  bool complete() const { return complete_; }
  std::size_t levels() const { return levels_.size(); }

  // The source bytes [first, second) that spell decoded bytes [start, end):
  // an escape sequence is taken whole, at every level.
  std::pair<std::size_t, std::size_t> source_span(std::size_t start, std::size_t end) const;

 private:
  // One decoded escape sequence: `decoded_len` bytes at `decoded` in this
  // level's text, spelled by `source_len` bytes at `source` in the level below.
  struct Escape {
    std::size_t decoded, decoded_len, source, source_len;
  };
  struct Level {
    std::string text;
    std::vector<Escape> escapes;  // by position
  };
  // Decodes one level of `in` into `out`; false if there was nothing to decode.
  static bool decode(std::string_view in, Level& out);
  static std::size_t down_start(const Level& level, std::size_t pos);
  static std::size_t down_end(const Level& level, std::size_t pos);

  std::string_view source_;
  std::vector<Level> levels_;
  bool complete_ = true;
};

}  // namespace switchyard::privacy
