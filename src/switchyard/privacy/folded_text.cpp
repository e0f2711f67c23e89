#include "switchyard/privacy/folded_text.hpp"

#include <cstring>

namespace switchyard::privacy {

namespace {

// What a code point folds to: kKeep (itself), kDrop, or an ASCII byte.
constexpr int kKeep = -1, kDrop = -2;

int fold_of(char32_t cp) {
  if (cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
      cp == 0x3000)
    return ' ';
  if (cp == 0x00AD || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2060 && cp <= 0x2064) ||
      cp == 0xFEFF)
    return kDrop;
  if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE63) return '-';
  if (cp >= 0xFF01 && cp <= 0xFF5E) return static_cast<int>(cp - 0xFEE0);
  return kKeep;
}

// The code point of the UTF-8 sequence of `n` bytes at `p` (n in 2..3).
char32_t decode(const unsigned char* p, std::size_t n) {
  return n == 2 ? (char32_t{p[0]} & 0x1F) << 6 | (p[1] & 0x3F)
                : (char32_t{p[0]} & 0x0F) << 12 | (char32_t{p[1]} & 0x3F) << 6 | (p[2] & 0x3F);
}

// The length of a well-formed 2- or 3-byte sequence at `i`, else 0.
std::size_t sequence_at(std::string_view text, std::size_t i) {
  const auto b = static_cast<unsigned char>(text[i]);
  const std::size_t n = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : 0;
  if (n == 0 || i + n > text.size()) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 0;
  return n;
}

// Whether the character at a lead byte `i` (C2, E2, E3 or EF) folds.
bool folds_at(std::string_view text, std::size_t i) {
  const std::size_t n = sequence_at(text, i);
  return n != 0 &&
         fold_of(decode(reinterpret_cast<const unsigned char*>(text.data()) + i, n)) != kKeep;
}

}  // namespace

bool FoldedText::needed(std::string_view text) {
  const char* const base = text.data();
  const std::size_t size = text.size();
  for (const unsigned char lead : {0xC2, 0xE2, 0xE3, 0xEF}) {
    for (const char* p = base; p < base + size;) {
      const void* hit = std::memchr(p, lead, static_cast<std::size_t>(base + size - p));
      if (!hit) break;
      const auto at = static_cast<std::size_t>(static_cast<const char*>(hit) - base);
      if (folds_at(text, at)) return true;
      p = static_cast<const char*>(hit) + 1;
    }
  }
  return false;
}

FoldedText::FoldedText(std::string_view text) {
  folded_.reserve(text.size());
  map_.reserve(text.size() + 1);
  for (std::size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    const std::size_t n = b >= 0xC2 ? sequence_at(text, i) : 0;
    const int to =
        n ? fold_of(decode(reinterpret_cast<const unsigned char*>(text.data()) + i, n)) : kKeep;
    if (to == kKeep) {
      folded_ += text[i];
      map_.push_back(static_cast<std::uint32_t>(i));
      ++i;
      continue;
    }
    if (to != kDrop) {
      folded_ += static_cast<char>(to);
      map_.push_back(static_cast<std::uint32_t>(i));
    }
    i += n;
  }
  map_.push_back(static_cast<std::uint32_t>(text.size()));
}

}  // namespace switchyard::privacy
