#include "switchyard/local/utf8_assembler.hpp"

namespace switchyard::local {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Length of the character that starts with `lead`, 0 when it cannot start one.
int sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

// Whether byte `i` (1-based within the character) may follow `lead`; the
// second byte is narrowed to reject overlong forms, surrogates and > U+10FFFF.
bool continuation_ok(unsigned char lead, int i, unsigned char b) {
  if (i == 1) {
    if (lead == 0xE0) return b >= 0xA0 && b <= 0xBF;
    if (lead == 0xED) return b >= 0x80 && b <= 0x9F;
    if (lead == 0xF0) return b >= 0x90 && b <= 0xBF;
    if (lead == 0xF4) return b >= 0x80 && b <= 0x8F;
  }
  return b >= 0x80 && b <= 0xBF;
}

enum class Scan { complete, incomplete, invalid };

// Examines the character starting at s[pos]; sets `len` to the bytes it spans
// (or to the bytes of the invalid prefix to replace).
Scan scan(std::string_view s, std::size_t pos, std::size_t& len) {
  const auto lead = static_cast<unsigned char>(s[pos]);
  const int n = sequence_length(lead);
  if (n == 0) {
    len = 1;
    return Scan::invalid;
  }
  for (int i = 1; i < n; ++i) {
    if (pos + i >= s.size()) {
      len = s.size() - pos;
      return Scan::incomplete;
    }
    if (!continuation_ok(lead, i, static_cast<unsigned char>(s[pos + i]))) {
      len = static_cast<std::size_t>(i);
      return Scan::invalid;
    }
  }
  len = static_cast<std::size_t>(n);
  return Scan::complete;
}

}  // namespace

std::string Utf8Assembler::push(std::string_view bytes) {
  pending_.append(bytes);
  std::string out;
  std::size_t pos = 0;
  while (pos < pending_.size()) {
    std::size_t len = 0;
    const Scan r = scan(pending_, pos, len);
    if (r == Scan::incomplete) break;
    if (r == Scan::complete) {
      out.append(pending_, pos, len);
    } else {
      out.append(kReplacement);
    }
    pos += len;
  }
  pending_.erase(0, pos);
  return out;
}

std::string Utf8Assembler::flush() {
  std::string out = push({});
  if (!pending_.empty()) out.append(kReplacement);
  pending_.clear();
  return out;
}

bool is_valid_utf8(std::string_view s) {
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t len = 0;
    if (scan(s, pos, len) != Scan::complete) return false;
    pos += len;
  }
  return true;
}

bool is_valid_utf8_prefix(std::string_view s, std::size_t* tail) {
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t len = 0;
    const Scan r = scan(s, pos, len);
    if (r == Scan::invalid) return false;
    if (r == Scan::incomplete) {
      *tail = len;
      return true;
    }
    pos += len;
  }
  *tail = 0;
  return true;
}

}  // namespace switchyard::local
