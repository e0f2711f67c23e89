// PERSON findings that are words of a closed vocabulary naming no person, in
// French, Romanian, Spanish, Portuguese, Dutch, Polish, Italian, German and
// English (vocabulary_non_names.cpp): the names of months and weekdays, a
// street's or a settlement's noun, a shop's department, a product's
// adjective or material, the heads and areas of job titles, the words of
// lorem ipsum — and place names (countries, regions, towns) where a
// greeting or a "with" put them in a name's place ("Merci Dimanche !",
// "Thanks, Manitoba", "Raionul Ocnița", "Queso Ergonómico de Cotton").
#pragma once

#include <cstddef>
#include <string_view>

#include "switchyard/privacy/name_words.hpp"

namespace switchyard::privacy::words {

// The verdicts of named_after.cpp: kThing, the finding is a plain word or
// phrase of no one (no finding); kPlace, it names a place (a LOCATION);
// kAddress, a street by a house number (an ADDRESS).
using VocabularyNonPerson = NamedAfter::Kind;

// Reads only the words of [start, end) (six at most); a word that is a
// given name in `names` is a person's even if it is a month ("Abril") or a
// place ("Florence"). A greeting, a salutation, an e-mail prefix or a
// preposition that opens a finding of several words, a capitalised word
// after it and no given name itself ("Merci Marie", "Chez Marie Dubois",
// "Dziękuję Anna Nowak", "Fw Kofi Mensah"), is none of the name: `start`
// moves past it. A Paris street's name after the finding ("Vidal de
// l'Abbaye") is taken into the place: `end` moves past it.
VocabularyNonPerson vocabulary_non_person(const Gazetteer& names, std::string_view text,
                                          std::size_t& start, std::size_t& end);

}  // namespace switchyard::privacy::words
