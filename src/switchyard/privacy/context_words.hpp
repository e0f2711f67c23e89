// Words near a match that make it more or less likely to be what its shape
// suggests: "SSN: 123-45-6789" is an SSN, "order 123-45-6789" probably not.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace switchyard::privacy {

struct ContextWords {
  // Lower-case. A word of four letters or more also matches as a prefix
  // ("answer" matches "answering"); shorter ones ("ssn", "dob", "tel") and
  // phrases with spaces must match whole words.
  std::vector<std::string_view> raising;
  std::vector<std::string_view> lowering;
  double raise_by = 0.35;
  double lower_by = 0.35;
  // How far to look, in bytes. The window before may cross one line break
  // (a label on the line above); the window after stops at the line's end.
  std::size_t before = 56;
  std::size_t after = 28;
};

// The score after context: raised once if any raising word is near, lowered
// once if any lowering word is near; clamped to [0, 1].
double score_with_context(std::string_view text, std::size_t start, std::size_t end, double score,
                          const ContextWords& words);

// True if any of `words` occurs as a word (same matching rules) in `window`.
bool mentions_any(std::string_view window, const std::vector<std::string_view>& words);

}  // namespace switchyard::privacy
