// Street addresses found by their layout, in any of the languages and scripts
// whose street types are listed here, without an address cue: a street's name
// next to its type and its house number ("Οδός Ερμού 12", "Абовяна ул., 5",
// "Niyazi küç., 817", "რუსთაველის გამზირი 12", "12 boul. des Laurentides"),
// and a street line with no type at all that a postcode-and-town line (or
// part of the same line, after a comma) follows ("Pen-Y-Wern 69\nNP4 5WW
// Pentridwr", "Markou Botsari 7, 151 24 Marousi"). Each part that agrees
// counts: a lone number next to a word is no address. Internal to privacy/.
#pragma once

#include <string_view>
#include <unordered_set>
#include <vector>

#include "switchyard/privacy/finding.hpp"
#include "switchyard/privacy/gazetteer.hpp"

namespace switchyard::privacy {

class AddressLayout {
 public:
  // `words` (the name finder's gazetteer) must outlive this object.
  explicit AddressLayout(const Gazetteer& words);
  // Appends ADDRESS findings: the street part (name, type, house number
  // and unit); a postcode and town after it only where the town comes first
  // (", Χίος 203 18") or the town alone ends the clause — a postcode before
  // its town is labelled (and found) as a place of its own.
  void find(std::string_view text, std::vector<Finding>& out) const;

  // A street type of some language, folded to lower case ("Οδός", "küçəsi",
  // "ქუჩა", "boul"); `abbreviated` when a dot follows the word in the text
  // (abbreviations such as "pr", "m", "ул" count only so).
  bool street_type(std::string_view word, bool abbreviated) const;
  // A street type that is no English word as well: enough, with a name, to
  // make a street ("Niyazi küç., 817"); "Solar Leonor, 8" needs a name no
  // English list knows.
  bool strong_type(std::string_view word) const;
  // Listed as a street type, whatever its case and English twin.
  bool listed_type(std::string_view word) const;
  // A unit or flat designation ("apt", "кв", "m", "étage"), folded.
  bool unit_word(std::string_view word) const;
  // One past the flat, floor, staircase and door written after an
  // address's end at `end` ("m. 745", ", 4º B", " 3 hoog", ". 4. em. 15.",
  // "/Top 4", " bus 3", ", app. 10"), or `end` if none.
  std::size_t unit_tail(std::string_view text, std::size_t end) const;
  // Where an address starting at `start` starts with the flat or the
  // building before it and "No." ("Flat 3, 68A Clos Penlan", "No. 741
  // Century Avenue"): `start` if nothing is before it.
  std::size_t unit_head(std::string_view text, std::size_t start) const;

 private:
  void find_streets(std::string_view text, std::vector<Finding>& out) const;
  const Gazetteer& words_;
  std::unordered_set<std::string_view> types_, abbreviations_, units_;
};

// The length of a postcode at text[at..] (0 if none): the shapes of many
// countries, "12345", "1234", "123 45", "12-345", "1234-567", "12345-678",
// "H2X 1Y4", "SW1A 1AA", "NP4 5WW", "1234 AB", "LV-4307", "AZ1235",
// "GA-184-3264". Digits at least 3; ends at a word boundary.
std::size_t postcode_at(std::string_view text, std::size_t at);

// The words before text[token] (a capitalised word; spaces, commas and line
// breaks between) end with an address label of a language the name
// finder's cues lack ("Адреса:", "Διεύθυνση:", "Հասցե՝", "Adresse:") or a
// phrase that puts an address after it ("Живеам на", "Испорака на", "Jeg
// bor i").
bool address_label_before_slow(std::string_view text, std::size_t token);
inline bool address_label_before(std::string_view text, std::size_t token) {
  // Most words follow a space after an ASCII letter or digit that no label
  // ends with (the labels end with ':', "na", "uz", "til", " i", or a
  // letter beyond ASCII): no call. Anything else — two spaces, a comma, a
  // line break, capitals — is read by the slow test.
  if (token < 3 || token > text.size()) return false;
  const auto c = static_cast<unsigned char>(text[token - 2]);
  const unsigned low = c >= 'A' && c <= 'Z' ? c | 0x20u : c;
  if (text[token - 1] == ' ' && ((low >= 'a' && low <= 'z') || (c >= '0' && c <= '9')) &&
      low != 'a' && low != 'z' && low != 'l' && low != 'i')
    return false;
  return address_label_before_slow(text, token);
}

// Macedonian and Serbian "стан" (flat) and "кат" (floor), either case.
bool cyrillic_flat_or_floor(std::string_view word);

}  // namespace switchyard::privacy
