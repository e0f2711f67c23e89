#include "switchyard/privacy/unescaped_text.hpp"

#include <algorithm>

namespace switchyard::privacy {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The code unit of "\uXXXX" at `at` (the backslash), or -1.
long code_unit_at(std::string_view s, std::size_t at) {
  if (at + 6 > s.size() || s[at] != '\\' || s[at + 1] != 'u') return -1;
  long v = 0;
  for (std::size_t i = at + 2; i < at + 6; ++i) {
    const int h = hex_value(s[i]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

void append_utf8(std::string& out, unsigned long cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// The escape sequence at `at` (a backslash): its length in `s` and the bytes
// it stands for; 0 when it is not a JSON escape (it then stays as written).
std::size_t escape_at(std::string_view s, std::size_t at, std::string& decoded) {
  if (at + 1 >= s.size()) return 0;
  switch (s[at + 1]) {
    case '"':
    case '\\':
    case '/':
      decoded += s[at + 1];
      return 2;
    case 'b':
      decoded += '\b';
      return 2;
    case 'f':
      decoded += '\f';
      return 2;
    case 'n':
      decoded += '\n';
      return 2;
    case 'r':
      decoded += '\r';
      return 2;
    case 't':
      decoded += '\t';
      return 2;
    case 'u': {
      const long unit = code_unit_at(s, at);
      if (unit < 0) return 0;
      if (unit >= 0xD800 && unit <= 0xDBFF) {
        const long low = code_unit_at(s, at + 6);
        if (low < 0xDC00 || low > 0xDFFF) return 0;  // a lone surrogate: not text
        append_utf8(decoded, 0x10000 + ((static_cast<unsigned long>(unit) - 0xD800) << 10) +
                                 (static_cast<unsigned long>(low) - 0xDC00));
        return 12;
      }
      if (unit >= 0xDC00 && unit <= 0xDFFF) return 0;
      append_utf8(decoded, static_cast<unsigned long>(unit));
      return 6;
    }
    default:
      return 0;
  }
}

}  // namespace

UnescapedText::UnescapedText(std::string_view source, std::size_t max_levels) : source_(source) {
  while (has_escapes(text())) {
    Level next;
    if (!decode(text(), next)) return;  // backslashes, but no escape among them
    if (levels_.size() == max_levels) {
      complete_ = false;
      return;
    }
    levels_.push_back(std::move(next));
  }
}

bool UnescapedText::decode(std::string_view in, Level& out) {
  out.text.reserve(in.size());
  std::size_t at = 0;
  bool any = false;
  for (;;) {
    const void* hit = std::memchr(in.data() + at, '\\', in.size() - at);
    const std::size_t slash = hit ? static_cast<const char*>(hit) - in.data() : in.size();
    out.text.append(in.substr(at, slash - at));
    if (slash == in.size()) break;
    const std::size_t before = out.text.size();
    const std::size_t n = escape_at(in, slash, out.text);
    if (n == 0) {
      out.text += '\\';
      at = slash + 1;
      continue;
    }
    out.escapes.push_back({before, out.text.size() - before, slash, n});
    any = true;
    at = slash + n;
  }
  return any;
}

// Position `pos` of a level's text, as a start: the first source byte of
// the escape it falls in, else the same byte shifted by the escapes before it.
std::size_t UnescapedText::down_start(const Level& level, std::size_t pos) {
  const auto& e = level.escapes;
  auto it = std::upper_bound(e.begin(), e.end(), pos,
                             [](std::size_t p, const Escape& x) { return p < x.decoded; });
  if (it == e.begin()) return pos;
  const Escape& x = *--it;
  if (pos < x.decoded + x.decoded_len) return x.source;
  return x.source + x.source_len + (pos - x.decoded - x.decoded_len);
}

// The same for an end (one past the last byte): one past the escape the last
// byte falls in.
std::size_t UnescapedText::down_end(const Level& level, std::size_t pos) {
  if (pos == 0) return 0;
  const auto& e = level.escapes;
  auto it = std::upper_bound(e.begin(), e.end(), pos - 1,
                             [](std::size_t p, const Escape& x) { return p < x.decoded; });
  if (it == e.begin()) return pos;
  const Escape& x = *--it;
  if (pos - 1 < x.decoded + x.decoded_len) return x.source + x.source_len;
  return x.source + x.source_len + (pos - x.decoded - x.decoded_len);
}

std::pair<std::size_t, std::size_t> UnescapedText::source_span(std::size_t start,
                                                               std::size_t end) const {
  for (std::size_t i = levels_.size(); i-- > 0;) {
    start = down_start(levels_[i], start);
    end = down_end(levels_[i], end);
  }
  return {start, end};
}

}  // namespace switchyard::privacy
