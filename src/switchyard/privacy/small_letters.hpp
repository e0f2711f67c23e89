// A word in small letters, written into a caller's buffer: the reading the
// rules of named_after.cpp and no_person_frames.cpp compare against their
// word lists.
#pragma once

#include <array>
#include <string_view>

namespace switchyard::privacy::words {

// ASCII, Latin-1 and Latin Extended-A capitals, Romanian Ș and Ț and
// Azerbaijani Ə as their small letters (as many bytes long); empty if the
// word is longer than the buffer.
std::string_view small_letters(std::string_view w, std::array<char, 48>& buf);

}  // namespace switchyard::privacy::words
