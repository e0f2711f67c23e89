// Names written in Cyrillic, Greek, Armenian or Georgian letters, read in
// their common Latin spelling, so that the name lists and surname endings
// written in Latin letters ("Olena", "Shevchenko", "-enko", "-opoulos",
// "-yan", "-dze") vouch for "Олена Шевченко", "Παπαδόπουλος", "Պետրոսյան",
// "ბერიძე" as they do for their romanised forms. Internal to privacy/.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace switchyard::privacy::words {

// Ukrainian and Russian romanise и, г and й differently ("Мельник" is
// "Melnyk", "Сергій" "Serhiy"; "Никита" is "Nikita"): a word is read both ways.
enum class Romanisation { russian, ukrainian };

// The word's first letter is Cyrillic, Greek, Armenian or Georgian.
bool romanisable(std::string_view word);

// The word in lower-case Latin letters ("Παπαδόπουλος" -> "papadopoulos",
// "Мельник" -> "melnik" or "melnyk"), written into `out`; empty if the word
// holds anything but letters of those scripts, hyphens and apostrophes.
// An Armenian word's definite article ("-ը") is left out.
std::string_view romanise(std::string_view word, Romanisation how, std::string& out);

// The readings worth trying for a romanisable word: both for Cyrillic (and
// only there do they differ), one for Greek, Armenian and Georgian.
std::span<const Romanisation> readings(std::string_view word);

}  // namespace switchyard::privacy::words
