// "Did you mean ...?" for misspelled keys and names.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace switchyard::config {

// The candidate `word` was most likely meant to be, or "" when none is close
// enough to be a useful guess. Case is ignored; a missing "_ms" suffix counts as
// close, since durations are the keys people most often shorten.
std::string nearest(std::string_view word, const std::vector<std::string_view>& candidates);

// "a, b, c"
std::string join(const std::vector<std::string_view>& words);

// Edit distance counting insertions, deletions, substitutions and swaps of two
// adjacent characters (optimal string alignment).
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace switchyard::config
