// What the name finder (name_finder.cpp) asks about single words and about
// the words around a candidate: shapes ("Kaylee", "PostgreSQL", "12a"), the
// cues before a name ("Dear", "Name:", "Regards,") and after it (", mobile",
// "was born"), and what says a capitalised phrase names no person — an
// article before it ("the Pizza Raffiné", "our new Korporatīvās …"), a legal
// form or an organisation word around it ("Guerra Ballesteros S.L.", "AS
// Balode", "Balode aģentūra"), surnames joined the way firms join them
// ("Kallio - Nieminen", "Herschmann und Holtfreter"), a label that announces
// something else ("Position:"). Internal to privacy/.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "switchyard/privacy/finding.hpp"
#include "switchyard/privacy/gazetteer.hpp"
#include "switchyard/privacy/rule.hpp"

namespace switchyard::privacy::words {

// An upper-case letter opens the word: ASCII, or the capitals of Latin-1,
// Latin Extended-A and -B, Vietnamese, Greek and Cyrillic ("Ömür", "Đặng",
// "Ζερβός", "Жанна"); "œuvre", "étage", "ζώνη" open with small letters.
// Letters of scripts without case count as capitals, as any byte >= 0xC0 did.
bool non_ascii_capital(std::string_view w);
// A punctuation mark, a symbol or an emoji, not a letter (U+2000..U+2BFF,
// CJK punctuation, half- and full-width forms, U+1F000..U+1FFFF).
bool symbol_code_point(char32_t c);
// `w` opens with one: no word of a name, in any case of text.
bool symbol_start(std::string_view w);
inline bool capitalised(std::string_view w) {
  const auto c = static_cast<unsigned char>(w[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return c >= 0xC0 && non_ascii_capital(w);
}

// A capital of a script with case beyond ASCII (Latin, Greek, Cyrillic,
// Armenian):
// text with one is not text written all in small letters. Letters of
// scripts without case (Hebrew, CJK) say nothing about that.
inline bool cased_capital(std::string_view w) {
  const auto c = static_cast<unsigned char>(w[0]);
  const bool cased = (c >= 0xC3 && c <= 0xC9) || (c >= 0xCE && c <= 0xD5) ||
                     (c == 0xE1 && w.size() > 1 && static_cast<unsigned char>(w[1]) >= 0xB8 &&
                      static_cast<unsigned char>(w[1]) <= 0xBB);
  return cased && non_ascii_capital(w);
}

inline bool numeric(std::string_view w) {
  for (char c : w)
    if (!is_digit(c)) return false;
  return true;
}

inline bool house_number(std::string_view w) {
  return !w.empty() && w.size() <= 5 && is_digit(w[0]) &&
         (numeric(w) || (w.size() >= 2 && numeric(w.substr(0, w.size() - 1))));
}

// The digits at `at` continue a run of digit groups ("5622 6649 9267",
// "213.918.4006", a card or phone number) or follow a country code's "+":
// the group is no house number.
inline bool inside_digit_run(std::string_view text, std::size_t at) {
  if (at >= 1 && text[at - 1] == '+') return true;
  const char sep = at >= 1 ? text[at - 1] : 'a';
  return at >= 2 && (sep == ' ' || sep == '.' || sep == '-' || sep == '/') &&
         is_digit(text[at - 2]);
}

// "ASAP", "TV", "APO": in ordinary text, a word in capitals is an acronym.
inline bool acronym(std::string_view w) {
  for (char c : w)
    if (!(c >= 'A' && c <= 'Z')) return false;
  return true;
}

// One capital, then small letters: "Kaylee", not "PostgreSQL", "iOS" or
// "Garcia-Smith" (a firm's name as often as a person's). With
// `inner_capitals`, a capital after a hyphen or an apostrophe is allowed:
// "Ann-Christin", "O'Brien". A capital after "Mc" or "Mac" is a name's
// always: "McGlynn", "MacLeod".
inline bool name_shaped(std::string_view w, bool inner_capitals = false) {
  for (std::size_t i = 1; i < w.size(); ++i)
    if (((w[i] >= 'A' && w[i] <= 'Z') &&
         !(inner_capitals && (w[i - 1] == '-' || w[i - 1] == '\'')) &&
         !((i == 2 || i == 3) && w.starts_with(i == 2 ? "Mc" : "Mac") && i + 2 < w.size())) ||
        is_digit(w[i]))
      return false;
  return true;
}

// A word in capitals, beyond ASCII too ("VAJCÍKOVÁ"): no letter in small
// letters (ASCII a-z, or a two-byte Latin-1 or Latin Extended-A letter whose
// code point is a small one).
inline bool all_capitals(std::string_view w) {
  for (std::size_t k = 0; k < w.size(); ++k) {
    const auto c = static_cast<unsigned char>(w[k]);
    if (c >= 'a' && c <= 'z') return false;
    if ((c == 0xC3 || c == 0xC4 || c == 0xC5) && k + 1 < w.size()) {
      const auto d = static_cast<unsigned char>(w[k + 1]);
      const unsigned cp = ((c & 0x1Fu) << 6) | (d & 0x3Fu);
      if (cp >= 0xDF && cp <= 0xFF) return false;  // ß..ÿ
      if (cp >= 0x100 && cp <= 0x17F && cp != 0x130 &&
          (cp % 2 == 1) != ((cp >= 0x139 && cp <= 0x148) || cp >= 0x179))
        return false;  // Latin Extended-A small
      ++k;
    }
  }
  return true;
}

inline bool non_ascii(std::string_view w) {
  for (char c : w)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

// Letters beyond ASCII of a Latin script ("Ömür", "Łukasz"): a word that
// opens with one is a name even at the start of a sentence, which Greek and
// Cyrillic words, like ASCII ones, are not.
inline bool latin_beyond_ascii(std::string_view w) {
  const auto c = static_cast<unsigned char>(w[0]);
  if (c < 0x80) return non_ascii(w);
  return c >= 0xC3 && c <= 0xC9;  // U+00C0..U+027F
}

inline bool has_newline(std::string_view gap) {
  for (char c : gap)  // gaps are short: a loop beats a call to memchr
    if (c == '\n') return true;
  return false;
}

// Lower-case words inside street names: "Rue de la Paix", "Via dalla Staziun".
bool is_particle(std::string_view w);
// A particle inside a person's name, in small letters: "de" of "Cato de
// Ruiter", "van den" of "Chase van den Bosch", "bin", "ter".
bool name_particle(std::string_view w);
// Past a degree or a generation right after a name ending at `end` ("
// MD", " PhD", " Jr.", ", Jr.", " III"): where the name's span ends.
std::size_t name_suffix_end(std::string_view text, std::size_t end);
// Lower-case words inside place and product names as well: "Wimpassing im
// Schwarzatale", "Radlje ob Dravi", "Chaise Recyclé en Acier".
bool is_phrase_particle(std::string_view w, bool any_case = false);
bool military_post(std::string_view w);  // APO, FPO, DPO
bool military_area(std::string_view w);  // AA, AE, AP

// Nothing but punctuation that ends a sentence (or a line, or a quote)
// between the start of the text and `at`.
bool sentence_start(std::string_view text, std::size_t at);

// `text` ends with the word or phrase `cue` (lower case), not glued to a word.
bool ends_with_cue(std::string_view text, std::string_view cue);

// The words just before the word at `token_start`, trimmed of spaces, commas
// and line breaks, for cue matching.
std::string_view preceding(std::string_view text, std::size_t token_start);

// Cues before a word (`before` from preceding()).
bool person_cue(std::string_view before);  // "name is", "dear", "with", "Regards,"
// `before` ends with a JSON key that names a person and opens its string
// value (`{"customer": "`, `"full_name":"`); json_key_before() gives the key.
std::string_view json_key_before(std::string_view before);
bool person_json_key(std::string_view before);
// A field's key or a column's heading whose value is a person ("name",
// "full_name", "Customer", "consignee"), in any case, with "_", "-", "."
// or spaces.
bool person_key(std::string_view key);
// A key naming a part of a person's name, its value one word ("last_name",
// "Vorname", "prénom").
bool name_part_key(std::string_view key);
// A key naming a town ("city", "home_city", "Ort", "ville").
bool place_key(std::string_view key);
// The word is one of another language's greetings, titles or closings
// ("Բարև", "Պարոն", "Hörmətli"): a name follows it, none starts with it.
bool addressing_word(std::string_view w);
// The cues of person_cue() that come before firms, products and places as
// often as before people ("to", "from", "with", "for", "by", "and"): no
// evidence of a name on their own.
bool weak_person_cue(std::string_view before);
bool location_cue(std::string_view before);    // "in", "from", "City:"
bool place_only_cue(std::string_view before);  // "moved to", "based in"
bool zip_cue(std::string_view before);         // "zip code", "postcode:"
bool at_place_cue(std::string_view before);    // "at", "on", "outside", "near"
// Where a route or the weather names a place, given names and all
// ("flights from Arthur do Norte", "train to Skrunda", "weather in Idrija").
bool route_cue(std::string_view before);
// Where a firm is named, not a person ("thank you for choosing", "quote
// from", "acquired by", "customer of").
bool org_cue(std::string_view before);
// Of those, the cues after which even given names joined make a firm's
// name: "the company" in other languages, where someone works ("travaille
// chez Gerard et Hubert", "la empresa Charles et Olivier").
bool workplace_cue(std::string_view before);
// A word for everyone or for a department that greets or signs in a
// person's place: "всем", "ყველას", "Administration", "Служба",
// "Ադմինիստրացիա" (any case; English "everyone" and "team" are kNotName).
bool collective_word(std::string_view w);
// The next line, after `end`, is a job title: capitalised words whose last
// is a job's ("District Markets Engineer", "Corporate Marketing
// Executive") — the line before it, a signature's name.
bool job_title_line_after(const Gazetteer& words, std::string_view text, std::size_t end);
// Where one or two initials right before `at` start ("M. " of "M.
// Millidge", "J. K. " of "J. K. Dlamini", "J.K. "); `at` if none. An
// initial is one capital letter, then a dot, after a space or the text's
// start.
std::size_t initials_before(std::string_view text, std::size_t at);
// The word [at, end) stands where only a person does: called after a comma
// at the end of a sentence that thanks, praises or greets, with one more
// capitalised word at most ("Great job on the release, Adedoyin!", "Díky,
// Jakobino."), before "and I" ("Morayo and I will be late"), or after a
// question's opening auxiliary and before a verb in small letters ("Did
// Abebi reply to you?").
bool person_frame(std::string_view text, std::size_t at, std::size_t end);
// At `at`, a list of three or more full names — two or three capitalised
// words each, joined by ", " and closed by " and " or " & " ("Varalakshmi
// Bhattacharya, Chakrika Dwivedi and Shubha Kaniyar were promoted"): firms
// are one word or carry a legal form.
bool people_list_at(const Gazetteer& words, std::string_view text, std::size_t at);
// A label or phrase after which a street address comes: "Address:", "ship
// to", "deliver to", "billing address:", "lives at", `"street": "`, and the
// same labels of other languages ("Adresse:", "dirección:", "adres:").
bool address_cue(std::string_view before);
// Just before `at`: a postcode opening its line or after a comma, then one
// space ("\n09507 ", ", LV-4307 ", "\nT90 33UU ", ", 1954-307 "): one or
// two groups of capitals, digits and hyphens holding three digits or more.
// The capitalised words at `at` are the town.
bool postcode_before(std::string_view text, std::size_t at);
// Cues after which a capitalised word is a name even when it is also an
// English word ("Dear Cooper Smith", "Name: Rose Hill", "Regards,\nWill
// Mark"): a salutation, a form label for a person, a signature's closing.
bool addressing_cue(std::string_view before);
// A signature's closing ("Best regards", "Sincerely", "Cheers") on the line
// before the word at `token_start`: the lines under the name are its job
// title and its organisation.
bool signature_closing(std::string_view text, std::size_t token_start);

// What follows a name and tells it is one: ", mobile +49…", " was born on",
// " will join the call", " wrote:". `end` is where the name ends.
bool person_follow_cue(std::string_view text, std::size_t end);
// Weaker: a verb any subject takes (" was ", " has ", " gave "), for a
// phrase that has a name's shape and no other reading.
bool person_verb_after(std::string_view text, std::size_t end);

// An article or a possessive right before the word at `at` ("the", "our",
// "der", "il", with an adjective such as "new" between): a capitalised
// phrase after one is a product, a title, a firm or a place ("the Pizza
// Raffiné", "our new Korporatīvās taktikas pārstāvis"), not a person.
bool article_before(const Gazetteer& words, std::string_view text, std::size_t at);

// A street type written in small letters just before `at` ("droga ",
// "skwer ", "wyb. ", "os. "): where it starts, or `at` if there is none.
std::size_t street_type_before(const Gazetteer& words, std::string_view text, std::size_t at);

// A street type of another language, capitalised, right before `at`
// ("Estrada Rodrigo Serra", "Beco Raul Campos", "Privada Octavio"): the
// name is the street's. Not an English word ("Via", "Ring", "Court").
bool street_type_word_before(const Gazetteer& words, std::string_view text, std::size_t at);

// After a name at `end`, the rest of a Portuguese town's name ("do
// Norte", "do Descoberto", "de Nossa Senhora"): where it ends, or 0.
std::size_t place_suffix_after(std::string_view text, std::size_t end);

// Where the capitalised phrase holding the word at `at` starts: back over
// capitalised words and particles joined by single spaces ("the Bacon
// Increible de Madera": from "Madera" back to "Bacon").
std::size_t phrase_start(const Gazetteer& words, std::string_view text, std::size_t at);

// The word at `at` is a later name of a list ("Legros, Bogisich and
// Berge", after ", "): where the firm those names make ends (firm_name_end
// from the list's first word), or 0.
std::size_t listed_firm_end(const Gazetteer& words, std::string_view text, std::size_t at);

// The word [at, end) is a form's label for a town ("Ville", "Ort", "City")
// and a colon follows it, after spaces or a no-break space ("Ville : Lyon").
bool town_label_at(std::string_view text, std::size_t at, std::size_t end);

// Just before `at`: a join firms use (" - ", " & ", " und ", " og ") after a
// capitalised single word that is no known given name: "Kallio - Nieminen".
bool firm_join_before(const Gazetteer& words, std::string_view text, std::size_t at);

// `before` ends with a label for a place ("City:", "Town:", "Country:"):
// what follows is the place, given names and all ("City: Maria Cecília").
bool place_label(std::string_view before);

// The line starts with a label that announces no person ("Position:",
// "Title:", "Company:", "Product:").
bool non_person_label(std::string_view text, std::size_t at);

// A legal form or an organisation word at `at` (after spaces or a comma):
// "S.L.", "a.s.", "Pty Ltd", "GmbH & Co. KG", "Group", "aģentūra", "e Hijos".
// Dots are ignored ("S.p.A." is "spa"). Returns the end of it, or 0.
std::size_t legal_form_at(const Gazetteer& words, std::string_view text, std::size_t at);
// A legal form in capitals or an organisation word just before the word at
// `at`: "AS Balode", "SIA Kalniņš", "Công ty Trịnh", "Grupo Ortega".
bool legal_form_before(const Gazetteer& words, std::string_view text, std::size_t at);

// Where surnames are joined into a firm's name, from `at` (the end of the
// first name): ", Herschmann und Holtfreter", " - Nieminen", " & Söhne".
// Returns the end of the joined names when the joins are ones firms use and
// people's names do not (a spaced dash, "&", a conjunction of another
// language than English between single surnames, none of them a known given
// name: "María Pérez y Gómez" is one person) or the chain ends with a legal
// form; 0 otherwise.
// With `any_join`, any chain of joined names counts ("the Marie et Roy
// report": the article already says it is no person).
std::size_t firm_name_end(const Gazetteer& words, std::string_view text, std::size_t at,
                          bool first_is_given_name, bool first_is_one_word, bool any_join = false);
// Two names joined by a conjunction of another language than English ("et",
// "und", "y") after an English word a firm follows ("She joined Martin et
// Olivier", "Please contact Gerard et Louis"): a firm's name, given names
// and all, since English prose joins two people with "and". `at` is the end
// of the first name, `before` the text before it. The firm's end, or 0.
std::size_t foreign_joined_firm_end(const Gazetteer& words, std::string_view text,
                                    std::string_view before, std::size_t at);

// Name evidence from a word's shape alone, for a capitalised phrase no
// given name, title or cue vouches for: an ending surnames of many
// languages have and few other words ("Kowalski", "Petrović", "Virtanen",
// "Papadopoulos", "Hernández", "Popescu"), or one of the commonest surnames
// of languages whose surnames no ending tells ("Nguyễn", "Zhang", "Kim",
// "Shrestha", "Diop"; exact, capital first).
bool surname_shaped(std::string_view w);
// `before` (from preceding()) ends with a role only a person fills, as a
// label or a credit ("Reviewer:", "Witnesses:", "written by"), or with a
// verb of speech or of reaching someone ("said", "according to", "call").
bool person_role_cue(std::string_view before);
bool known_surname(std::string_view w);
// A Cyrillic given name in another case than the nominative ("Жанной",
// "Ивану"): its nominative is a known given name.
bool inflected_given_name(const Gazetteer& words, std::string_view w);
// A Latin-script given name in a case of Croatian ("Irmom", "Tvrtkom"), Romanian ("Cristinei") or
// Esperanto ("Georgon", and the Esperanto nominative "Magdaleno"): its form without the case
// ending, or with "a"/"o" for it, is a known given name that is no common word or place.
bool latin_inflected_given_name(const Gazetteer& words, std::string_view w);

// The name at `start` is the city of an IANA time zone ("America/New_York",
// "Atlantic/St_Helena"): a setting, no person.
bool time_zone_city(std::string_view text, std::size_t start);
// The name over [start, end) is a car by its maker and model ("Subaru
// LeBaron", "Rolls Royce V90", "Ford F-150"; not "Ferrari Marco").
bool vehicle_name(std::string_view text, std::size_t start, std::size_t end);

// A noun for a firm, a place or a thing at `at` (after one space): "office",
// "report", "team", "order", "store" — what "the X …" is when X is none of
// "novel", "concert", "version" (which a person's name qualifies as well).
bool thing_noun_at(std::string_view text, std::size_t at);
// The word [at, end) opens its line and a colon then a quotation follow:
// a chat's speaker ("Arquímedes: \"Who are you?\"").
bool speaker_at(std::string_view text, std::size_t at, std::size_t end);
// text[at, end) is written in Cyrillic, Greek or Armenian letters among
// words of the Latin script: the word before it on its line is Latin, and
// the word after it too, or a sentence ends ("This is for Геннадій, not for
// me", "Réunion avec Віола Яворівська et …").
bool script_island(std::string_view text, std::size_t at, std::size_t end);
// `before` ends with a preposition of place or movement of some language
// ("in", "en", "à", "nach", "w", "până"), or a verb of leaving.
bool place_preposition(std::string_view before);
// `before` (up to a colon) ends with a form's label for a firm, in some
// language ("Customer", "Vendor", "Lieferant", "Поставщик").
bool firm_label(std::string_view before);
// `before` (from preceding()) ends with a verb or a credit that takes a
// product, a vehicle, a dish, a work or a firm ("bought a", "drove the",
// "sponsored by", "Neu:"): a capitalised phrase after it that no name list
// vouches for names no person.
bool thing_cue(std::string_view before);
// A model's number or code follows the word ending at `end`: "Bravia X90",
// "Galaxy S24", "Model 3".
bool model_after(std::string_view text, std::size_t end);
// A capitalised noun for a place, a building, an event or a firm after the
// name ending at `end`, over particles and up to three capitalised words:
// "… de Gaulle Airport", "… Line", "… Day", "… Foods". Its end, or 0.
std::size_t facility_after(std::string_view text, std::size_t end);
// The phrase [start, end) of `text` names a thing named like a person, not
// a person: an eponym by the noun after or before it ("Parkinson's
// disease", "the Doppler effect", "Hurricane Katrina", "maladie de
// Parkinson"), a figure or a work of a closed list ("Sherlock Holmes",
// "Oliver Twist"), or a phrase in a frame that takes a work, a character,
// software or a firm ("reading Emma", "install Jenkins", "dressed up as
// …", "the firm …"). A possessive in a frame is a person's ("reading Anna
// Favre's novel").
bool named_thing(const Gazetteer& words, std::string_view text, std::size_t start, std::size_t end);
// The phrase [start, end) is a name inside the name of something named
// after an arbitrary person (named_after.cpp): a noun of an institution, a
// firm, a venue or an award after it or inside it ("Beridze Memorial
// Hospital", "the Tom Grimes Grant", "Owusu & Sons", "Platon Auto
// Repairs"), one that opens such a name before it ("Boucherie Lefebvre",
// "Fundația Agripina Toma", "Centre hospitalier Jade Carre"), a legal form
// ("TOV Duval", "Mocanu e.K."), an animal or a boat before a given name
// ("our dog Bella", "the mare Akua", "Le voilier Vivien"), a product after
// one ("the Amelia sofa"), a month ("im Mai"), an invoice's "Bill to:".
// A place (a street, a square, a bridge, a park, a station, a stadium:
// kPlace) is a LOCATION, and a street with its house number near it
// (kAddress) an ADDRESS; [start, end) is the whole thing, the noun and
// the number included (the detector keeps the finding's own span);
// anything else (kThing) is no finding.
struct NamedAfter {
  enum class Kind { kNone, kThing, kPlace, kAddress } kind;
  std::size_t start, end;
};
NamedAfter named_after_someone(const Gazetteer& words, std::string_view text, std::size_t start,
                               std::size_t end);
// The phrase [start, end) is no person in the frames of the prec19b pass
// (no_person_frames.cpp): after a saint's word a place ("Santa Octavio"),
// after a street's noun a street ("privada Briones Kortajarena"), after a
// house number behind a preposition an address's street ("au 627 Blanc
// Vaneau"), after a dotted acronym or in a run of bare names of which one
// is no given name a firm's ("P.P.H.U. Sybilla", "Martins, Gabriel e Melo").
NamedAfter framed_as_no_person(const Gazetteer& words, std::string_view text, std::size_t start,
                               std::size_t end);
// named_after_someone, and where it finds nothing, framed_as_no_person.
NamedAfter named_after_or_framed(const Gazetteer& words, std::string_view text, std::size_t start,
                                 std::size_t end);
// The phrase [start, end) is a landmark of the closed list named like a
// person ("Big Ben", "Burj Khalifa"): a place.
bool named_landmark(std::string_view text, std::size_t start, std::size_t end);
// The line holding `at` is a heading written in title case: four
// capitalised words or more, no other word but short ones and particles,
// and none of a sentence's or a signature's punctuation (, ; . | - @); a
// line of 160 bytes or more is none. The same for every `at` of a line.
// ("Vacib Elan: Yeni İş Saatları", "Важно Известување: Ново Работно
// Време", "Chúc Mừng Năm Mới! An Khang Thịnh Vượng").
bool title_case_line(std::string_view text, std::size_t at);
// A noun that opens the name of a place, a building or an institution named
// after someone ("Liceul", "escuela", "Avenue", "place", "Jalan", "метро",
// "Аеродромот"; German compounds ending in one: "Besprechungsraum"): the
// name after it is that place's, not a person's.
bool named_place_noun(std::string_view w);
// The same of two words: "Bệnh viện", "Sân bay", "Rumah Sakit".
bool named_place_nouns(std::string_view first, std::string_view second);
// A noun that closes such a name in languages that put it last, any ending
// after it: "xiyoboni", "nomidagi", "Meydanı", "Mərkəzində", "անվան",
// "თეატრში".
bool named_place_noun_after(std::string_view w);
// A noun for a person's work at `at` (after one space): "novel", "concert",
// "album", "version" — "the Takuda novel" is named after a person.
bool work_noun_at(std::string_view text, std::size_t at);

// The word [at, end) is a person's by a frame of chats and of South Asian
// English: an honorific after it ("Kaur ji", "Sita didi", "Ramesh-ji"), a
// chat's notice ("Toluwani is typing...", "Ama joined the group"), or a
// chat line's speaker after its time ("[07:04] Deeptiman: ok", "13:22 -
// Ganak Khan: Good morning"), or after a numbered person's label opening
// the line ("Referee 1: …", "Passenger 2: …"). Asked by person_frame.
bool chat_or_honorific_frame(std::string_view text, std::size_t at, std::size_t end);

// A word in ASCII capitals spelled as a name is written ("SMITH" as
// "Smith"), into `buf`, for the lists that hold names so; any other word
// (or one longer than `buf`) as it is.
std::string_view spelled_as_name(std::string_view w, std::array<char, 40>& buf);

// A form's or a JSON object's key without case, spaces, "_", "-" and "."
// ("full_name", "fullName", "Last name": "fullname", "lastname"), written
// into `buf`; empty if longer than it.
std::string_view folded_key(std::string_view key, std::array<char, 40>& buf);

// Whether text[a, b) of the findings `all` (the first n of them asked) is
// clear for a person: nothing was found over it but the name finder's
// weaker readings of its words as a person, the one of the same words
// raised to `score` (true); false if anything else is there. The first
// reading inside the span becomes the span's (or one is appended).
bool clear_for_person(std::vector<Finding>& all, std::size_t n, std::size_t a, std::size_t b,
                      double score, std::string_view detector);

// The PERSON finding [start, end) is no person in the Caucasus, Cyrillic,
// Greek or Balkan locales' frames (regional_non_names.cpp): a street, a
// square, a station or a district by the noun that opens or closes it or a
// word that opens a place's name ("οδός Ελευθερίου Βενιζέλου", "Vukov
// spomenik", "Cara Dušana", "Novi Zagreb": kPlace), an institution named
// after someone or opened by its noun ("КНУ імені Тараса Шевченка", "OŠ
// Ivana Gorana Kovačića"), or a phrase holding a common noun of offices,
// headings and forms ("Satış Şöbəsi", "Mühüm Elan", "Наш": kThing). A
// place with a house number by it on its line is an address (kAddress).
// The verdict's span is the finding's own.
NamedAfter regional_non_person(std::string_view text, std::size_t start, std::size_t end);

}  // namespace switchyard::privacy::words
