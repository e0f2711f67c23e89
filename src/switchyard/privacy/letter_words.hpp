// PERSON findings made only of the ordinary words written around names in a
// letter, a form, a notice or a chat (letter_words.cpp), in Azerbaijani,
// Armenian, Georgian, Romanian, French, Dutch, Polish, Russian, Greek,
// Croatian, German, Spanish, Czech, Slovak and Finnish: greetings and
// sign-offs ("Hörmətli", "Geachte", "Уважаемые"), the nouns a letter
// addresses ("Hyvä Asiakas", "Estimado Cliente", "Ahoj Kolegovia"), titles
// alone ("Gospodine"), form labels ("Фамилия", "Επώνυμο"), institution,
// office and document words ("Finanční Úřad", "Kela Tiimi", "Τιμολόγιο"),
// weekdays and months, and the function words that open a sentence before
// them ("În Noiembrie Ministerul", "Ihre Bestellung"). Internal to privacy/.
#pragma once

#include <span>
#include <string_view>

#include "switchyard/privacy/gazetteer.hpp"

namespace switchyard::privacy::words {

// Every word of `words` (one to four, as written) is a listed word of a
// letter's vocabulary and none is a given name the gazetteer knows
// ("Domingo" stays a person's). The words are folded to small letters (Latin,
// Greek, Cyrillic, Armenian; Georgian has none) and looked up one at a time,
// the first miss ending the search; the table is built on first use.
// Bit i of `listed` says the caller's own lists hold word i (a month or a
// weekday of vocabulary_non_names.cpp): it is not looked up again.
bool letter_words_only(const Gazetteer& names, std::span<const std::string_view> words,
                       unsigned listed = 0);

// The finding [start, end) of `words` is a place by the noun of its kind:
// opened by it ("Республика Коми"), that noun in small letters after it
// ("Jihočeský kraj") or right before it, a bracket between or not ("okres
// Rakovník", "город Набережные Челны"), or it is the value of a form's key
// of a place with no given name in it ("Adresa: Krásné Údolí, …"). Reads
// the word before and the word after the finding only.
bool place_by_its_noun(const Gazetteer& names, std::string_view text, std::size_t start,
                       std::size_t end, std::span<const std::string_view> words);

}  // namespace switchyard::privacy::words
