// Fuzz target: the PII detector, over any bytes (prompts are UTF-8 from
// anyone, and need not be valid).
//
// Beyond "no crash": findings lie inside the text, are ordered by start and
// never overlap (detector.hpp's contract), with a score in [0, 1].
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "switchyard/privacy/detector.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const switchyard::privacy::Detector detector;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::size_t last_end = 0;
  for (const auto& f : detector.scan(text)) {
    if (f.start >= f.end || f.end > text.size()) std::abort();
    if (f.start < last_end) std::abort();
    if (!(f.score >= 0 && f.score <= 1)) std::abort();
    last_end = f.end;
  }
  return 0;
}
