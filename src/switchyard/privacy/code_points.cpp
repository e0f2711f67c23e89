#include "switchyard/privacy/code_points.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace switchyard::privacy {

namespace {

thread_local ScanDecode* open_scan = nullptr;
// The buffers the outermost scan of a thread decodes into, kept for the
// next scan: no allocation once they have grown to the texts scanned.
thread_local CodePoints scan_buffer;
thread_local JoinedCapitals scan_joined;
// Larger than this (in code points), the buffer is let go after the scan.
constexpr std::size_t kKeptCodePoints = std::size_t{1} << 18;

bool script_lead_bytes(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  auto lead = [](unsigned char b) {
    return (b >= 0xD6 && b <= 0xDB) || b == 0xE0 || (b >= 0xE3 && b <= 0xED) || b == 0xEF;
  };
#if defined(__SSE2__)
  for (; i + 16 <= n; i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    // ASCII (the common case) in one test: no byte with its high bit set.
    if (_mm_movemask_epi8(x) == 0) {
      // and the next 48 bytes as well, OR-ed together, when there are.
      if (i + 64 <= n) {
        const __m128i y = _mm_or_si128(
            _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i + 16)),
                         _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i + 32))),
            _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i + 48)));
        if (_mm_movemask_epi8(y) == 0) i += 48;
      }
      continue;
    }
    // Bytes >= 0xD6 (signed: -42 .. -1) — lead bytes of the scripts here
    // and of a few others, checked one by one.
    const __m128i hit = _mm_and_si128(_mm_cmplt_epi8(x, _mm_setzero_si128()),
                                      _mm_cmpgt_epi8(x, _mm_set1_epi8(static_cast<char>(0xD5))));
    auto mask = static_cast<unsigned>(_mm_movemask_epi8(hit));
    while (mask) {
      if (lead(s[i + static_cast<unsigned>(__builtin_ctz(mask))])) return true;
      mask &= mask - 1;
    }
  }
#endif
  for (; i < n; ++i)
    if (lead(s[i])) return true;
  return false;
}

}  // namespace

CodePoints decode_code_points(std::string_view text) {
  CodePoints p;
  decode_code_points(text, p);
  return p;
}

void decode_code_points(std::string_view text, CodePoints& p) {
  p.cp.clear();
  p.at.clear();
  p.cp.reserve(text.size());
  p.at.reserve(text.size() + 1);
  std::size_t i = 0;
  while (i < text.size()) {
    const auto b = static_cast<unsigned char>(text[i]);
    std::size_t len = 1;
    char32_t c = b;
    if (b >= 0xF0 && b < 0xF8) {
      len = 4;
      c = b & 0x07;
    } else if (b >= 0xE0) {
      len = 3;
      c = b & 0x0F;
    } else if (b >= 0xC0) {
      len = 2;
      c = b & 0x1F;
    } else if (b >= 0x80) {
      c = 0xFFFD;
    }
    if (len > 1) {
      if (i + len > text.size()) {
        len = 1;
        c = 0xFFFD;
      } else {
        for (std::size_t k = 1; k < len; ++k) {
          const auto t = static_cast<unsigned char>(text[i + k]);
          if ((t & 0xC0) != 0x80) {
            len = k;
            c = 0xFFFD;
            break;
          }
          c = (c << 6) | (t & 0x3F);
        }
      }
    }
    p.cp.push_back(c);
    p.at.push_back(static_cast<std::uint32_t>(i));
    i += len;
  }
  p.at.push_back(static_cast<std::uint32_t>(text.size()));
}

ScanDecode::ScanDecode(std::string_view text)
    : text_(text),
      outer_(open_scan),
      points_(outer_ ? &own_ : &scan_buffer),
      joined_(outer_ ? &own_joined_ : &scan_joined) {
  open_scan = this;
}

ScanDecode::~ScanDecode() {
  open_scan = outer_;
  if (points_ == &scan_buffer && scan_buffer.cp.capacity() > kKeptCodePoints)
    scan_buffer = CodePoints{};
  if (joined_ == &scan_joined && scan_joined.at.capacity() > kKeptCodePoints)
    scan_joined = JoinedCapitals{};
}

ScanDecode* ScanDecode::over(std::string_view text) {
  ScanDecode* s = open_scan;
  return s && s->text_.data() == text.data() && s->text_.size() == text.size() ? s : nullptr;
}

const CodePoints& code_points_of(std::string_view text, CodePoints& scratch) {
  ScanDecode* s = ScanDecode::over(text);
  if (!s) {
    decode_code_points(text, scratch);
    return scratch;
  }
  if (!s->decoded_) {
    decode_code_points(text, *s->points_);
    s->decoded_ = true;
  }
  return *s->points_;
}

bool has_script_letters(std::string_view text) {
  ScanDecode* s = ScanDecode::over(text);
  if (!s) return script_lead_bytes(text);
  // (Their lead bytes are beyond ASCII: none in a text find_leads found
  // all ASCII.)
  if (s->letters_ < 0)
    s->letters_ =
        (s->joined_noted_ && !s->joined_->beyond_ascii) || !script_lead_bytes(text) ? 0 : 1;
  return s->letters_ == 1;
}

JoinedCapitals* joined_capitals_to_note(std::string_view text) {
  ScanDecode* s = ScanDecode::over(text);
  if (!s) return nullptr;
  s->joined_noted_ = true;
  return s->joined_;
}

const JoinedCapitals* joined_capitals_of(std::string_view text) {
  const ScanDecode* s = ScanDecode::over(text);
  return s && s->joined_noted_ ? s->joined_ : nullptr;
}

}  // namespace switchyard::privacy
