#include "switchyard/privacy/code_points.hpp"

namespace switchyard::privacy {

CodePoints decode_code_points(std::string_view text) {
  CodePoints p;
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
  return p;
}

}  // namespace switchyard::privacy
