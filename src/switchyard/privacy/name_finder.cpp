#include "switchyard/privacy/name_finder.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#include "switchyard/privacy/address_layout.hpp"
#include "switchyard/privacy/name_scripts.hpp"
#include "switchyard/privacy/name_tokens.hpp"
#include "switchyard/privacy/name_words.hpp"
#include "switchyard/privacy/rule.hpp"

namespace switchyard::privacy {

using namespace words;

namespace {
// The score of a capitalised phrase taken for a name with no evidence for
// it: below the default threshold (0.5), so a policy that wants every
// candidate may still lower its threshold to see them (the gateway does
// where a name keeps a request off the cloud).
constexpr double kUnvouchedName = kPersonCandidateScore;
// A phrase whose only evidence is weak (a proper noun of the dictionary,
// or its length): at the default threshold.
constexpr double kWeaklyVouchedName = 0.5;

// A day (1 to 31) and a year (1900 to 2099) at the two ends of a phrase,
// in either order: "5 मई 2024", "2024. május 5" — a date, whatever the
// month's language, not a house number, a street and another.
bool day_then_year(std::string_view first, std::string_view last, bool other_calendars) {
  auto day = [](std::string_view w) {
    if (w.empty() || w.size() > 2 || !numeric(w)) return false;
    const int d = w.size() == 1 ? w[0] - '0' : (w[0] - '0') * 10 + (w[1] - '0');
    return d >= 1 && d <= 31;
  };
  // Gregorian years; with a month written in another script, the years of
  // the Solar Hijri and Hijri calendars (13xx, 14xx: "16 اردیبهشت 1402")
  // and of the Buddhist era (25xx: "5 มกราคม 2567") too.
  auto year = [&](std::string_view w) {
    if (w.size() != 4 || !numeric(w)) return false;
    if (w.starts_with("19") || w.starts_with("20")) return true;
    return other_calendars && (w.starts_with("13") || w.starts_with("14") || w.starts_with("25"));
  };
  return (day(first) && year(last)) || (year(first) && day(last));
}
// Whether the ". " before the word at `next` follows an abbreviation ("St.
// Petersburg", "J. Smith", "Dr. Brown", "ul. Długa", "Avda. Goya") or comes
// before a number ("Michaelkirchstr. 15"): then the words go on. After a
// known word or a longer one it ends a sentence ("I met Anna. Berlin was
// cold"). Out of line: the caller's test for " " is the hot path.
[[gnu::noinline]] bool dot_abbreviates(const Gazetteer& words, std::string_view text,
                                       std::size_t next) {
  if (is_digit(byte_at(text, next))) return true;
  // The word before the dot, read off the text (the token before may be
  // one split far earlier).
  const std::size_t dot = next - 2;
  std::size_t b = dot, letters = 0;
  while (b > 0 && letters <= 8) {
    const auto c = static_cast<unsigned char>(text[b - 1]);
    if (c < 0x80 && !is_ascii_alpha(static_cast<char>(c))) break;
    --b;
    letters += (c & 0xC0) != 0x80;
  }
  if (letters <= 3) return true;
  if (letters > 8) return false;
  // A title or a street type spelled out, or a short word no list knows
  // ("Avda.", "Ctra.", "Leof."): an abbreviation. A known word or name ends
  // the sentence ("Anna.", "Smith.").
  const std::string_view word = text.substr(b, dot - b);
  const std::uint16_t f = words.flags(word);
  if (f & (kTitle | kPlacePrefix | kStreetWord | kUnitWord)) return true;
  return letters <= 5 && !(f & (kGivenName | kCommonWord | kPlace | kProperNoun)) &&
         !known_surname(word);
}
}  // namespace

NameFinder::NameFinder(const DetectorConfig& config)
    : words_(config.dictionary_files),
      common_(config[EntityType::person].enabled
                  ? CommonWords::shared(config.common_word_files, config.capitalised_noun_files)
                  : nullptr),
      person_(config[EntityType::person].enabled),
      location_(config[EntityType::location].enabled),
      address_(config[EntityType::address].enabled) {}

void NameFinder::find(std::string_view text, std::vector<Finding>& out, bool machine_text) const {
  if (!person_ && !location_ && !address_) return;
  const std::size_t first_finding = out.size();
  thread_local std::vector<Token> storage;
  thread_local std::vector<std::uint32_t> leads;
  // Capitals of other scripts count as well ("Мы говорили с Жанной").
  const bool any_upper =
      find_leads(text, leads, joined_capitals_to_note(text)) || machine_text || [&] {
        for (std::uint32_t at : leads)
          if (cased_capital(text.substr(at))) return true;
        return false;
      }();
  Tokens tokens(text, storage, words_);
  // In text written all in lower case, capitalisation says nothing.
  auto cap = [any_upper](std::string_view w) { return !any_upper || capitalised(w); };
  // A common word of another language ("Fantástico", "Zamówienie",
  // "Заказ"): as often a heading, a product or a job title as a name, so no
  // evidence of a person — but a known given name or surname still is
  // ("Rosa", "Moreno"). (English words are kCommonWord, judged apart.)
  auto foreign = [&](std::size_t k) {
    if (!common_ || tokens.has(k, kGivenName | kCommonWord)) return false;
    const std::string_view t = tokens.text(k);
    return !known_surname(t) && common_->contains(t);
  };
  auto name_like = [&](std::size_t k) {
    const std::string_view w = tokens.text(k);
    // In machine text a word with capitals inside ("GitHub", "PageToken")
    // is an identifier, not a name.
    return cap(w) && !numeric(w) && w.size() >= 2 && !(machine_text && !name_shaped(w)) &&
           !symbol_start(w) &&
           !tokens.has(k, kCommonWord | kStreetWord | kUnitWord | kNotName | kOrgSuffix | kTitle) &&
           // A capitalised article ("Il Celtic Glasgow ha …", "Der Bayern
           // …") is none, but for a place's after a preposition of place
           // ("in Las Toscas").
           !(tokens.has(k, kArticle) && !location_cue(preceding(text, tokens.start(k)))) &&
           !(any_upper && acronym(w));
  };
  // Words joined by a space, or by ". " after an abbreviation.
  auto joined = [&](std::size_t k) {
    const std::string_view g = tokens.gap(k);
    return g == " " || (g == ". " && k > 0 && dot_abbreviates(words_, text, tokens.start(k)));
  };
  // The word after token k is joined to it and starts with a digit: what
  // joined(k + 1) && house_number(...) need, read off the text without
  // splitting the next word.
  auto joined_digit = [&](std::size_t k) {
    const std::size_t e = tokens.end(k);
    const char c = byte_at(text, e);
    return (c == ' ' && is_digit(byte_at(text, e + 1))) ||
           (c == '.' && byte_at(text, e + 1) == ' ' && is_digit(byte_at(text, e + 2)));
  };
  // The number of token k runs on as a decimal or a version ("4.24 of
  // Street View", "à 6,96 €") or as a phone number's groups ("ул. Ленина
  // 555-1234"): no house number.
  auto not_house = [&](std::size_t k) {
    const std::size_t e = tokens.end(k);
    const char c = byte_at(text, e);
    if ((c == '.' || c == ',') && is_digit(byte_at(text, e + 1))) return true;
    if (c != '-' || tokens.text(k).size() < 3) return false;
    std::size_t digits = tokens.text(k).size(), p = e;
    while (p < text.size() && (is_digit(text[p]) || text[p] == '-')) digits += is_digit(text[p++]);
    return digits >= 7;
  };
  // From token `from`: a street's name (capitalised words and particles)
  // and its house number, joined or after a comma ("Nuccia 56", "Antonio,
  // 6", "María Elena s/n."). One past the number, or 0.
  auto street_named_from = [&](std::size_t from, bool opener) -> std::size_t {
    std::size_t j = from;
    bool unknown_word = false;
    while (j <= from + 5 && tokens.ok(j) && joined(j) && !numeric(tokens.text(j)) &&
           !tokens.has(j, kUnitWord | kTitle) &&
           (capitalised(tokens.text(j)) || is_particle(tokens.text(j)))) {
      unknown_word = unknown_word || (capitalised(tokens.text(j)) && !tokens.has(j, kCommonWord));
      ++j;
    }
    if (j == from || !tokens.ok(j) || !(joined(j) || tokens.gap(j) == ", ")) return 0;
    const std::string_view n = tokens.text(j);
    if (n == "s" && tokens.ok(j + 1) && tokens.gap(j + 1) == "/" && tokens.text(j + 1) == "n")
      return j + 2;  // "s/n": sin número
    if (!house_number(n) || not_house(j)) return 0;
    if (opener && (!unknown_word || (n.size() == 4 && (n[0] == '1' || n[0] == '2')))) return 0;
    return j + 1;
  };
  // From token i: capitalised words, then a street word or a word with a
  // street ending, then the house number. One past the number, or 0.
  auto words_then_street = [&](std::size_t i) -> std::size_t {
    if (!tokens.ok(i + 2) || !joined(i + 1) || !capitalised(tokens.text(i + 1))) return 0;
    for (std::size_t j = i + 1;
         j <= i + 3 && tokens.ok(j + 1) && joined(j) && capitalised(tokens.text(j)); ++j) {
      if ((tokens.has(j, kStreetWord) || words_.has_street_ending(tokens.text(j))) &&
          joined(j + 1) && house_number(tokens.text(j + 1)))
        return j + 2;
    }
    return 0;
  };
  // After an address cue ("Address:", "ship to", "deliver to", `"street":
  // "`), any street's grammar: words then the house number ("Markuskatu
  // 36", "Audēju laukums 326", "Aleea Siret, Bloc 95", "Kpg. Lala no 95"),
  // or the number then words ("4 Place d'Argenteuil"). Words are
  // capitalised, particles, street and unit words, or small-letter words no
  // English list knows (street types of other languages: "iela", "ulica",
  // "qirg'oqi"). A given name first with nothing of a street after it is a
  // person ("deliver to Maria 2 boxes", "ship to John Smith, 12 Main St").
  // One past the street's last token, or 0.
  auto cued_street = [&](std::size_t i) -> std::size_t {
    auto streetish = [&](std::size_t k) {
      const std::string_view t = tokens.text(k);
      return tokens.has(k, kStreetWord | kUnitWord | kCapitalisedStreetWord) ||
             words_.has_street_ending(t) ||
             (!capitalised(t) && !is_particle(t) && !tokens.has(k, kCommonWord));
    };
    auto word_ok = [&](std::size_t k) {
      const std::string_view t = tokens.text(k);
      return !numeric(t) && (capitalised(t) || is_phrase_particle(t) || streetish(k) ||
                             (t.size() > 2 && t[1] == '\'' && is_particle(t.substr(0, 1))));
    };
    auto gap_ok = [&](std::size_t k) {
      const std::string_view g = tokens.gap(k);
      return g == " " || g == ". " || g == " - " || g == "-" || g == ".";
    };
    if (house_number(tokens.text(i))) {
      std::size_t j = i + 1;
      bool any_cap = false;
      while (j < i + 7 && tokens.ok(j) && gap_ok(j) && word_ok(j)) {
        any_cap = any_cap || capitalised(tokens.text(j));
        ++j;
      }
      return any_cap ? j : 0;
    }
    bool street_word = false, comma = false;
    for (std::size_t j = i; j < i + 8 && tokens.ok(j); ++j) {
      const std::string_view t = tokens.text(j);
      if (j > i && !gap_ok(j)) {
        if (tokens.gap(j) != ", " || comma) return 0;
        comma = true;  // "Aleea Siret, Bloc 95", "Priv. Alejandro, 36"
      }
      if (j > i && house_number(t)) {
        // A given name and its number is a person ("deliver to Maria 2
        // boxes", "ship to John Smith, 12 Main St"); named words running
        // into the number are a street named after someone ("Silvija
        // Strahimira Kranjčevića 2").
        if (tokens.has(i, kGivenName) && !street_word && (j == i + 1 || comma)) return 0;
        return j + 1;
      }
      // "Kpg. Lala no 95", "Hauptstr. Nr 5": a number's label.
      const bool label = (t == "no" || t == "nr" || t == "No" || t == "Nr") && tokens.ok(j + 1) &&
                         house_number(tokens.text(j + 1));
      if (!label && !word_ok(j)) return 0;
      street_word =
          street_word || label || (j > i && streetish(j)) || tokens.has(j, kStreetWord | kUnitWord);
    }
    return 0;
  };
  // From token i: capitalised words, then a street type in small letters
  // that is no English word, then the house number: "Viesītes iela 46",
  // "Vukovarska cesta 952", "Bahçe sokak 3". One past the number, or 0.
  auto words_then_small_type = [&](std::size_t i) -> std::size_t {
    for (std::size_t j = i + 1; j <= i + 3 && tokens.ok(j) && joined(j); ++j) {
      const std::string_view t = tokens.text(j);
      if (capitalised(t)) continue;
      // The number first (read off the text), the word lists only then.
      if (joined_digit(j) && tokens.ok(j + 1) && house_number(tokens.text(j + 1)) &&
          tokens.has(j, kStreetWord) && !tokens.has(j, kCommonWord))
        return j + 2;
      return 0;
    }
    return 0;
  };
  // From token i: capitalised words, the house number, then a unit word and
  // its number — a street's grammar with no street type: "Jovana Gojkovića
  // 20 Stan 66" is no person with a number after the name. One past the
  // unit's number, or 0.
  auto words_number_unit = [&](std::size_t i) -> std::size_t {
    for (std::size_t j = i + 1; j <= i + 4 && tokens.ok(j) && joined(j); ++j) {
      const std::string_view t = tokens.text(j);
      if (capitalised(t) && !numeric(t)) continue;
      if (!house_number(t) || !tokens.ok(j + 2) || !joined(j + 1) || !joined(j + 2)) return 0;
      const std::string_view unit = tokens.text(j + 1);
      // Serbian and Macedonian flat and floor, in Latin or Cyrillic letters.
      if ((tokens.has(j + 1, kUnitWord) || equals_lower(unit, "stan") ||
           equals_lower(unit, "kat") || cyrillic_flat_or_floor(unit)) &&
          house_number(tokens.text(j + 2)))
        return j + 3;
      return 0;
    }
    return 0;
  };
  // A digit on the rest of the line, within a street's length: a cued
  // street needs its house number, and most words have none after them.
  auto digit_soon = [&](std::size_t at) {
    const std::size_t stop = text.size() < at + 64 ? text.size() : at + 64;
    for (std::size_t e = at; e < stop; ++e) {
      const char c = text[e];
      if (c >= '0' && c <= '9') return true;
      if (c == '\n' || c == ';' || c == '"' || c == '?' || c == '!') return false;
    }
    return false;
  };
  // After a preposition of place, a house number and then two capitalised
  // words or more, the first no known given name, ending the phrase: a
  // street with no street type ("at 15 Vidal Saint-Dominique, ask …",
  // "outside 22 Maes Hyfryd at noon"), not a person after a count ("at 9
  // Anna left" has a given name). One past the last word, or 0.
  auto number_then_names = [&](std::size_t i) -> std::size_t {
    std::size_t j = i + 1, names = 0;
    while (j < i + 7 && tokens.ok(j) && joined(j)) {
      const std::string_view t = tokens.text(j);
      if (capitalised(t) && !numeric(t) && !tokens.has(j, kCommonWord | kTitle)) {
        // A given name then a surname is a person ("at 9 Anna Kowalski");
        // a given name then other words a street ("at 15 Vidal
        // Saint-Dominique").
        if (names == 0 && tokens.has(j, kGivenName) && tokens.ok(j + 1) && joined(j + 1) &&
            (surname_shaped(tokens.text(j + 1)) || known_surname(tokens.text(j + 1)) ||
             tokens.has(j + 1, kProperNoun | kAlsoProperNoun | kGivenName)))
          return 0;
        ++names;
      } else if (!(is_phrase_particle(t) && names > 0)) {
        break;
      }
      ++j;
    }
    if (names < 2 || is_phrase_particle(tokens.text(j - 1))) return 0;
    // The phrase ends there: punctuation, the text's end or a small letter.
    if (tokens.ok(j) && joined(j) && capitalised(tokens.text(j))) return 0;
    return j;
  };
  // The phrase of tokens [i, end), bytes [at, run_end), names a place, a
  // building or an institution by a noun of its language before it, at its
  // start or after it (see named_place_noun()). Asked only of a phrase taken
  // for a name.
  auto named_place = [&](std::size_t i, std::size_t end, std::size_t at, std::size_t run_end) {
    auto back_word = [&](std::size_t e) {
      std::size_t s = e;
      while (s > 0 && ((cls(text[s - 1]) & kTokenByte) || text[s - 1] == '.' ||
                       (text[s - 1] == '-' && s >= 2 && (cls(text[s - 2]) & kTokenByte))))
        --s;
      return text.substr(s, e - s);
    };
    if (at >= 2 && text[at - 1] == ' ') {
      const std::string_view prev = back_word(at - 1);
      if (named_place_noun(prev)) return true;
      const std::size_t p = at - 1 - prev.size();
      if (!prev.empty() && p >= 2 && text[p - 1] == ' ' &&
          named_place_nouns(back_word(p - 1), prev))
        return true;
    }
    for (std::size_t k = i; k < end; ++k) {
      if (tokens.has(k, kGivenName)) continue;
      if (k + 1 < end && named_place_noun(tokens.text(k))) return true;
      if (k > i && named_place_noun_after(tokens.text(k))) return true;
    }
    std::size_t next = run_end;
    while (next < text.size() && next < run_end + 3 && text[next] == ' ') ++next;
    if (next > run_end && next < text.size()) {
      run_end = next - 1;  // over more than one space: "Բաբայան  պողոտա"
      std::size_t e = run_end + 1;
      while (e < text.size() &&
             ((cls(text[e]) & kTokenByte) || continues_word(text.data(), e, text.size())))
        e += (cls(text[e]) & kTokenByte) ? 1 : 2;
      if (e < text.size() && text[e] == '.') ++e;  // "Rəşid Behbudov sh."
      return named_place_noun_after(text.substr(run_end + 1, e - run_end - 1));
    }
    return false;
  };
  // Whether the line holding `at` is a title-case heading, read once a line
  // (a text of one long line of names would otherwise be read again at
  // every name).
  std::size_t heading_to = 0;
  bool heading = false;
  auto in_heading = [&](std::size_t at) {
    if (at >= heading_to) {
      const std::size_t nl = text.find('\n', at);
      heading_to = nl == std::string_view::npos ? text.size() : nl;
      heading = title_case_line(text, at);
    }
    return heading;
  };
  std::size_t covered = 0;          // tokens before this index are already in a span
  std::size_t last_person_end = 0;  // byte after the last PERSON finding (0: none)
  // The lines under a signature's name (its job title, its firm): [from, to).
  std::size_t signature_from = 0, signature_to = 0;

  // A capitalised word that may stand in a name where a rule says so even if
  // it is an English word ("Dear Cooper Smith", "Kerry and Dean").
  auto wide_like = [&](std::size_t k) {
    // In text all in lower case every word is capitalised alike: only what
    // no word list knows may be a name there.
    if (!any_upper) return name_like(k);
    const std::string_view w = tokens.text(k);
    return capitalised(w) && w.size() >= 2 && !numeric(w) && name_shaped(w, true) &&
           !tokens.has(k, kNotName | kOrgSuffix | kUnitWord | kTitle) && !(any_upper && acronym(w));
  };
  // Continues a list of people: "Kerry and Dean", "Attendees: Ana Ruiz, Vienna Groen".
  // After a name of two words or more, a comma continues the list too.
  std::size_t last_person_words = 0;
  auto listed = [&](std::size_t at) {
    if (!last_person_end || last_person_end >= at) return false;
    const std::string_view g = text.substr(last_person_end, at - last_person_end);
    return g == " and " || g == ", and " || g == " & " || g == " or " ||
           (g == ", " && last_person_words >= 2);
  };
  auto greeted = [&](std::size_t k) {
    const std::size_t at = tokens.start(k);
    return addressing_cue(preceding(text, at)) || signature_closing(text, at);
  };
  // Token i is a known given name in the possessive before a word in small
  // letters, opening a sentence too: "Alina's flight lands at 9", "Themba’s
  // report" (not "Mario's Pizzeria": a shop's name goes on capitalised).
  auto possessive_given = [&](std::size_t i) {
    const std::string_view w = tokens.text(i);
    std::size_t n = 0;
    if (w.size() > 3 && w.ends_with("'s")) n = 2;
    if (w.size() > 5 && w.ends_with("\xE2\x80\x99s")) n = 4;
    if (!n) return false;
    const std::size_t e = tokens.end(i);
    if (e + 1 >= text.size() || text[e] != ' ' || !(text[e + 1] >= 'a' && text[e + 1] <= 'z'))
      return false;
    const std::uint16_t f = words_.flags(w.substr(0, w.size() - n));
    return (f & kGivenName) && !(f & (kCommonWord | kPlace));
  };
  // Token i opens two or three words in capitals that run to the line's end
  // (or the text's) after a person's form label ("Patient:", "Name:",
  // "Cognome:"): one past the last, or 0. No word is an English word, a
  // firm's or a title ("Contact: IT TEAM").
  auto caps_after_label = [&](std::size_t i, std::string_view before) -> std::size_t {
    if (!any_upper || before.empty() || before.back() != ':') return 0;
    std::size_t e = i;
    while (e < i + 3 && tokens.ok(e) && (e == i || joined(e))) {
      const std::string_view t = tokens.text(e);
      // (An English word the dictionary also writes capitalised is a name's
      // after a person's label: "Name: JOHN SMITH", "Patient: MARIA BERG".)
      if (t.size() < 2 || numeric(t) || !all_capitals(t) || !capitalised(t) ||
          tokens.has(e, kOrgSuffix | kNotName | kTitle | kPlace) ||
          (tokens.has(e, kCommonWord) && !tokens.has(e, kAlsoProperNoun)))
        return 0;
      ++e;
    }
    if (e < i + 2) return 0;
    const std::size_t after = tokens.end(e - 1);
    if (after < text.size() && text[after] != '\n' && text[after] != '\r') return 0;
    return addressing_cue(before) || person_role_cue(before) ? e : 0;
  };
  // After a salutation, a person's form label or a signature's closing, or
  // in a list of people: checked cheaply first, since most capitalised
  // English words open a sentence and no cue can come before them.
  auto runs_into_digits = [&](std::size_t at) {
    for (std::size_t e = at; e < text.size(); ++e) {
      const char c = text[e];
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == ',' || c == ';' || c == ':' ||
          c == '!' || c == '?' || c == '(' || c == ')')
        return false;
      if (c >= '0' && c <= '9') return true;
    }
    return false;
  };
  auto addressed_or_listed = [&](std::size_t k) {
    const std::size_t at = tokens.start(k);
    std::size_t b = at;
    while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\r')) --b;
    if (b == 0 || text[b - 1] == '.' || text[b - 1] == '!' || text[b - 1] == '?') return false;
    if (!wide_like(k)) return false;
    return listed(at) || greeted(k);
  };
  // The token index where byte `at` has been passed.
  auto token_after = [&](std::size_t from, std::size_t at) {
    while (tokens.ok(from) && tokens.start(from) < at) ++from;
    return from;
  };
  // Extends a place over particles and the capitalised words after them:
  // "Wimpassing im Schwarzatale", "Jerez de la Frontera".
  auto place_end = [&](std::size_t end) {
    for (;;) {
      std::size_t k = end;
      while (k < end + 3 && tokens.ok(k) && joined(k) &&
             is_phrase_particle(tokens.text(k), /*any_case=*/true))
        ++k;
      if (k == end || !tokens.ok(k) || !joined(k) || !capitalised(tokens.text(k)) ||
          numeric(tokens.text(k)))
        return end;
      end = k + 1;
      while (end < k + 3 && tokens.ok(end) && joined(end) && capitalised(tokens.text(end)) &&
             !numeric(tokens.text(end)) && !tokens.has(end, kCommonWord))
        ++end;  // "de Nossa Senhora"
    }
  };

  // Every rule starts at a number or, in ordinary text, a capital letter;
  // most words are neither, and are passed over without a lookup (or even
  // being split off). In text without capitals, every word is a candidate.
  const std::size_t candidates = any_upper ? leads.size() : static_cast<std::size_t>(-1);
  for (std::size_t c = 0; c < candidates; ++c) {
    const std::size_t i = any_upper ? tokens.at_byte(leads[c]) : c;
    if (any_upper ? i == Tokens::npos : !tokens.ok(i)) {
      if (any_upper) continue;
      break;
    }
    const std::string_view w = tokens.text(i);
    // Most leads are ordinary words opening a sentence ("The", "Could"):
    // nothing below can start at them.
    if (!is_digit(w[0]) && w.size() != 1 &&
        !(w.size() == 3 && (military_post(w) || equals_lower(w, "uss")))) {
      const std::uint16_t f = tokens.flags(i);
      if ((f & kCommonWord) &&
          !(f & (kUnitWord | kStreetWord | kPhraseHead | kPlace | kTitle | kGivenName |
                 kPlacePrefix | kStreetOpener)) &&
          !joined_digit(i) && !(person_ && (f & kAlsoProperNoun) && addressed_or_listed(i)) &&
          !(person_ && initials_before(text, tokens.start(i)) != tokens.start(i)))
        continue;
    }
    // ---- street addresses --------------------------------------------------
    if (address_ && i >= covered) {
      std::size_t street_end = 0;  // one past the street word
      // A flat first ("Flat 8, 189 Mason Mead"): the street after it is
      // found by its own rule, from its house number.
      bool unit_first = false;
      std::size_t span_start = tokens.start(i);
      if (numeric(w) && w.size() >= 4 && w.size() <= 6 &&
          zip_cue(preceding(text, tokens.start(i)))) {
        street_end = i + 1;  // "my zip code is 35649"
      } else if (house_number(w) && !inside_digit_run(text, tokens.start(i))) {
        // (The words after are looked at, and split, all the same: the
        // rules for places read the words before them.)
        const bool no_house = not_house(i);
        bool sentence = false;
        for (std::size_t j = i + 1; j <= i + 5 && tokens.ok(j); ++j) {
          if (has_newline(tokens.gap(j))) break;
          // A count ("5 times in a row", "3 times a week"): what follows
          // is no street's name.
          sentence = sentence || (j == i + 1 && tokens.text(j) == "times");
          if (sentence) continue;
          // Numbers come in runs ("+1 415 555 0132"): each word after them
          // is judged once, not once per number.
          const Token& t = tokens.token(j);
          if (t.street == Token::kUnknown) {
            const std::string_view tw = tokens.text(j);
            const bool ending = cap(tw) && words_.has_street_ending(tw);
            const bool maybe = words_.may_be_street_word(tw);
            const bool street = maybe && tokens.has(j, kStreetWord);
            const bool capital_street =
                maybe && capitalised(tw) && tokens.has(j, kCapitalisedStreetWord);
            t.street = static_cast<std::uint8_t>((ending ? 1 : 0) | (street ? 2 : 0) |
                                                 (capital_street ? 4 : 0));
          }
          const bool ending = t.street & 1;
          if (t.street & 3) {
            if (j > i + 1 || ending) {
              street_end = j + 1;
            } else if ((t.street & 2) && capitalised(tokens.text(j)) && tokens.ok(j + 1) &&
                       joined(j + 1) &&
                       (capitalised(tokens.text(j + 1)) || is_particle(tokens.text(j + 1)))) {
              // The street type before the name: "80 Rue Pastourelle",
              // "14 Voie du Dahomey", "249 Rua Lucca".
              street_end = j + 2;
            }
          } else if ((t.street & 4) && j > i + 1) {
            // "408 Weber Park", "73774 Arvilla Ridge": an English word as
            // a street suffix only right after a capitalised name.
            bool name = true;
            for (std::size_t k = i + 1; k <= j && name; ++k)
              name = joined(k) && (k == j || capitalised(tokens.text(k)));
            if (name) street_end = j + 1;
          }
        }
        // Continental style without a street word: "76 Stubben 149",
        // "04 Pascual Yunquera 12" — number, proper words, number.
        // The street may open with its street word ("15 Via Carlo Cattaneo
        // 130", "09 Avenue des Sartiaux 318") and carry lower-case
        // particles or words of other languages ("Trg revolucije").
        // A first word in small letters of another script or language
        // counts too ("51 χλμ Αλεξανδρούπολης 133").
        if (no_house) street_end = 0;
        if (!street_end && tokens.ok(i + 1) && joined(i + 1) &&
            (cap(tokens.text(i + 1)) || tokens.has(i + 1, kStreetWord) ||
             (non_ascii(tokens.text(i + 1)) && !tokens.has(i + 1, kCommonWord))) &&
            !numeric(tokens.text(i + 1))) {
          std::size_t j = i + 1;
          // A small abbreviation ("шт.", "pcs.") with no name or street word
          // beside it is a quantity: "9 шт. по 529".
          bool named = false, abbreviated = false;
          while (j <= i + 6 && tokens.ok(j) && joined(j) && !numeric(tokens.text(j))) {
            const std::string_view t = tokens.text(j);
            // A room's floor is no street: "ห้อง 84 ชั้น 27" (room, floor).
            if (tokens.has(j, kUnitWord) || t == "ชั้น" || t == "ห้อง") break;
            const bool proper =
                cap(t) && (!tokens.has(j, kCommonWord) || tokens.has(j, kPlacePrefix));
            const bool particle =
                !capitalised(t) && (is_particle(t) || !tokens.has(j, kCommonWord));
            if (!(proper || particle || tokens.has(j, kStreetWord))) break;
            named = named || proper || tokens.has(j, kStreetWord);
            abbreviated = abbreviated || (!capitalised(t) && tokens.ok(j + 1) &&
                                          tokens.gap(j + 1).starts_with('.'));
            ++j;
          }
          // A range between two numbers ("с 9 до 18", "from 9 to 18") is
          // no street.
          const std::string_view between = tokens.ok(i + 1) ? tokens.text(i + 1) : "";
          const bool range =
              j == i + 2 && (between == "до" || between == "по" || between == "to" ||
                             between == "bis" || between == "till" || between == "tot");
          // A day, a month's name and a year ("5 मई 2024", "8 мая 2023")
          // is a date; "9 шт. по 529" names nothing.
          if ((named || !abbreviated) && !range && j > i + 1 && tokens.ok(j) && joined(j) &&
              house_number(tokens.text(j)) && !not_house(j) && !no_house &&
              !day_then_year(w, tokens.text(j), non_ascii(tokens.text(i + 1))))
            street_end = j + 1;
        }
      } else if (cap(w) && joined_digit(i) && words_.has_street_ending(w) &&
                 !tokens.has(i, kCommonWord) && tokens.ok(i + 1) &&
                 house_number(tokens.text(i + 1)) && joined(i + 1)) {
        street_end = i + 2;
      } else if (capitalised(w) && tokens.has(i, kStreetWord | kStreetOpener) &&
                 !tokens.has(i, kTitle) &&
                 (street_end = street_named_from(i + 1, tokens.has(i, kStreetOpener)))) {
        // The street type first, then its name and the house number:
        // "Via Nuccia 56", "Piazza Guendalina 82", "Plaza Antonio, 6",
        // "Torrente María Elena s/n."; a German street's opening word the
        // same way ("Am Mittelberg 72", "Zur Alten Brauerei 7"), though not
        // before a year ("Im Jahr 2020").
      } else if (capitalised(w) &&
                 street_type_before(words_, text, tokens.start(i)) != tokens.start(i) &&
                 (street_end = street_named_from(i, false))) {
        // A street type in small letters before the name: "droga Bednarek
        // 93", "skwer Stanisławski 30a", "wyb. Jurek 67", "os. Suski 993".
        span_start = street_type_before(words_, text, tokens.start(i));
      } else if (cap(w) && !tokens.has(i, kCommonWord) && (street_end = words_then_street(i))) {
        // Words, then the street word or ending, then the house number:
        // "Holmgrens Gata 129", "Östra Ängsgatan 229", "Jessicas Väg 28".
      } else if (capitalised(w) && !tokens.has(i, kCommonWord) &&
                 (street_end = words_then_small_type(i))) {
        // "Viesītes iela 46", "Vukovarska cesta 952".
      } else if (capitalised(w) && !tokens.has(i, kCommonWord) &&
                 (joined_digit(i) || (tokens.ok(i + 1) && joined_digit(i + 1))) &&
                 (street_end = words_number_unit(i))) {
        // "Jovana Gojkovića 20 Stan 66".
      } else if (tokens.has(i, kUnitWord) && tokens.ok(i + 1) && house_number(tokens.text(i + 1)) &&
                 (!(equals_lower(w, "room") || equals_lower(w, "floor") || w == "ĉambro" ||
                    w == "Ĉambro" || w == "etaĝo" || w == "Etaĝo") ||
                  (tokens.ok(i + 2) &&
                   tokens.gap(i + 2).find_first_of(",\n") != std::string_view::npos &&
                   house_number(tokens.text(i + 2))))) {
        // A flat, suite or block ("Apt. 850", "Bloc 17"); a room or a floor
        // only before its street ("Room 12, 5 High Street"): alone ("Room
        // 12 is booked", "Floor 3") it is no address.
        street_end = i + 2;
        unit_first = true;
      } else if (w.size() == 3 && military_post(w) && tokens.ok(i + 2) && joined(i + 1) &&
                 military_area(tokens.text(i + 1)) && house_number(tokens.text(i + 2))) {
        // US military mail: "APO AE 09012", "FPO AP 96606".
        street_end = i + 3;
      } else if (w.size() >= 3 && w.size() <= 5 &&
                 (equals_lower(w, "uss") || equals_lower(w, "usns") || equals_lower(w, "usnv") ||
                  equals_lower(w, "uscgc")) &&
                 tokens.ok(i + 1) && joined(i + 1) && cap(tokens.text(i + 1))) {
        // A ship: "USS Kidd", "USNS Björklund", "USCGC Wiśniewski", then its
        // FPO line.
        street_end = i + 2;
      } else if (w.size() == 1 && equals_lower(w, "p") && tokens.ok(i + 3) &&
                 equals_lower(tokens.text(i + 1), "o") && equals_lower(tokens.text(i + 2), "box")) {
        street_end = i + 4;
      }
      // After a label of a language address_cue() lacks ("Адреса:",
      // "Живеам на"), the street and its flat only: its town is found by
      // the layout's rules (AddressLayout::find), in its country's order;
      // a street's name, not a number ("Адреса: 1300 Куманово" is a
      // postcode and a town).
      bool labelled_only = false;
      if (!street_end &&
          (address_cue(preceding(text, tokens.start(i))) ||
           (labelled_only = !is_digit(w[0]) && address_label_before(text, tokens.start(i)))) &&
          digit_soon(tokens.start(i)))
        street_end = cued_street(i);
      if (!street_end && house_number(w) && w.size() <= 4 &&
          !(w.size() == 4 && (w[0] == '1' || w[0] == '2')) &&
          !inside_digit_run(text, tokens.start(i)) &&
          at_place_cue(preceding(text, tokens.start(i))))
        street_end = number_then_names(i);
      if (street_end) {
        if (span_start > tokens.start(i)) span_start = tokens.start(i);
        // The rest of the address: house number after the street, unit,
        // city, region code, postcode, country; a few lines at most.
        std::size_t end = street_end, lines = 0;
        for (std::size_t j = street_end; j < street_end + 14 && tokens.ok(j); ++j) {
          const std::string_view g = tokens.gap(j);
          const std::string_view t = tokens.text(j);
          if (g.find_first_of(".?!:;()\"") != std::string_view::npos &&
              !(g.find('.') != std::string_view::npos && tokens.has(j - 1, kUnitWord)))
            break;
          const bool new_line = has_newline(g);
          if (labelled_only && (new_line || g.find(',') != std::string_view::npos)) break;
          if (new_line && ++lines > 4) break;
          if (unit_first && j == street_end && g == ", " && house_number(t)) break;
          // A line opening with grouped digits is a phone number, not a postcode.
          if (new_line && numeric(t) && tokens.ok(j + 1) && !has_newline(tokens.gap(j + 1)) &&
              numeric(tokens.text(j + 1)))
            break;
          const bool ok = house_number(t) || (t.size() <= 6 && numeric(t)) ||
                          tokens.has(j, kUnitWord | kPlace | kStreetWord) ||
                          (cap(t) && !tokens.has(j, kCommonWord)) || t == "nan";
          if (!ok) break;
          end = j + 1;
          if (numeric(t) && t.size() >= 4) break;  // postcode ends it
        }
        out.push_back({EntityType::address, span_start, tokens.end(end - 1), 0.8,
                       "street_address_gazetteer"});
        covered = end;
        continue;
      }
    }
    if (i < covered || numeric(w)) continue;
    // ---- places ------------------------------------------------------------
    // The town after its postcode: "\n09507 Ciudad Victoria", ", LV-4307
    // Baloži", "\nT90 33UU Lake Georgiaside"; not a street after its house
    // number ("\n38 124 N. Stadion Suite 056": a street or unit word, an
    // abbreviation or a number on the line).
    std::size_t town_end = 0;
    if (location_ && cap(w) && capitalised(w) && postcode_before(text, tokens.start(i))) {
      town_end = i + 1;
      // (Two spaces part a Dutch postcode's letters from the town: "8718
      // KL  Rumpt".)
      while (town_end < i + 4 && tokens.ok(town_end) &&
             (joined(town_end) || tokens.gap(town_end) == "  ") &&
             capitalised(tokens.text(town_end)) && !numeric(tokens.text(town_end)))
        ++town_end;
      town_end = place_end(town_end);
      for (std::size_t k = i; k < town_end + 2 && town_end && tokens.ok(k); ++k) {
        if (k > i && has_newline(tokens.gap(k))) break;
        if (tokens.has(k, kStreetWord | kUnitWord) || numeric(tokens.text(k)) ||
            (k + 1 < town_end && tokens.gap(k + 1) == ". "))
          town_end = 0;
      }
    }
    if (town_end) {
      const std::size_t end = town_end;
      out.push_back(
          {EntityType::location, tokens.start(i), tokens.end(end - 1), 0.7, "place_postcode"});
      covered = end;
      continue;
    }
    if (location_ && cap(w)) {
      std::size_t best = 0;
      // Multi-word places only after a phrase head: most words are not one,
      // and the words after them are then never split off.
      const std::size_t longest = tokens.has(i, kPhraseHead) ? 3 : 1;
      for (std::size_t len = longest; len >= 1 && !best; --len) {
        if (!tokens.ok(i + len - 1)) continue;
        bool ok = true;
        for (std::size_t k = i + 1; k < i + len; ++k) ok = ok && joined(k);
        if (!ok) continue;
        if (len == 1 ? tokens.has(i, kPlace)
                     : words_.is_place(
                           text.substr(tokens.start(i), tokens.end(i + len - 1) - tokens.start(i))))
          best = len;
      }
      // A place's name as a given name before a surname ("Sofia Falcão",
      // "Vienna Groen"), or in a list of people, or greeted: a person.
      if (best == 1 && person_ &&
          ((tokens.ok(i + 1) && joined(i + 1) && name_like(i + 1) && !tokens.has(i + 1, kPlace) &&
            (tokens.has(i, kGivenName) ||
             // A town no one is named after, before a word with no
             // surname's shape, names a team or a firm ("Boston Celtics").
             (!location_cue(preceding(text, tokens.start(i))) &&
              (listed(tokens.start(i)) || surname_shaped(tokens.text(i + 1)) ||
               known_surname(tokens.text(i + 1)) || tokens.has(i + 1, kProperNoun) ||
               person_follow_cue(text, tokens.end(i + 1)) ||
               person_verb_after(text, tokens.end(i + 1)))))) ||
           (any_upper && wide_like(i) && greeted(i))))
        best = 0;
      else if (!best && tokens.has(i, kPlacePrefix) && capitalised(w) && tokens.ok(i + 1) &&
               joined(i + 1) && name_like(i + 1) && name_shaped(tokens.text(i + 1)) &&
               (!tokens.has(i + 1, kGivenName | kProperNoun) ||
                location_cue(preceding(text, tokens.start(i))) ||
                // "Port Lilly", "North Clint": a given name after a word no
                // one is named opens no person.
                (tokens.has(i + 1, kGivenName) && !tokens.has(i, kGivenName))) &&
               !joined_digit(i + 1) && !(i > 0 && is_digit(tokens.text(i - 1)[0]) && joined(i)) &&
               // English "Nor Anna nor Bob": Armenian "Nor" ("new") only
               // without a "nor" after it.
               !(equals_lower(w, "nor") &&
                 text.substr(tokens.end(i + 1), 48).find(" nor ") != std::string_view::npos)) {
        // "North Zolabury", "Port Kiara", "San Giuseppe Vesuviano"; not the
        // street in "65 Alt Reinickendorf 86".
        best = 2;
        while (best < 4 && tokens.ok(i + best) && joined(i + best) && name_like(i + best) &&
               !joined_digit(i + best))
          ++best;
      }
      if (best) {
        std::size_t end = i + best;
        // "from Berlin Spandau": a district after its city.
        if (!tokens.has(i, kPlacePrefix) && tokens.ok(end) && joined(end) &&
            capitalised(tokens.text(end)) && tokens.flags(end) == 0 &&
            name_shaped(tokens.text(end)) && location_cue(preceding(text, tokens.start(i))))
          ++end;
        end = place_end(end);
        out.push_back(
            {EntityType::location, tokens.start(i), tokens.end(end - 1), 0.75,
             tokens.has(i, kPlacePrefix) && best == 2 ? "place_context" : "place_gazetteer"});
        covered = end;
        continue;
      }
    }
    // ---- people ------------------------------------------------------------
    if (person_) {
      const std::size_t at = tokens.start(i);
      // A capitalised phrase after an article or a possessive ("the Pizza
      // Raffiné en Caoutchouc", "our new Korporatīvās taktikas pārstāvis"),
      // under a label that announces something else ("Position:"), or on the
      // lines under a signature's name (its job title, its firm) is a
      // product, a title, a firm or a place: passed over whole.
      // After a title any capitalised word is a surname, even an English
      // word: "Mr. Ford", "Dr. Brown".
      // A particle may come first: "Mr. du Preez", "Dr. van Dijk" (not a
      // conjunction: "Tacos al Pastor y Agua").
      const std::size_t particles = tokens.ok(i + 2) && joined(i + 1) &&
                                            is_particle(tokens.text(i + 1)) &&
                                            tokens.text(i + 1).size() > 1
                                        ? 1
                                        : 0;
      const std::size_t surname = i + 1 + particles;
      const bool title = cap(w) && tokens.has(i, kTitle) && tokens.ok(surname) && joined(surname) &&
                         (name_like(surname) ||
                          (cap(tokens.text(surname)) && is_ascii_alpha(tokens.text(surname)[0]) &&
                           !acronym(tokens.text(surname))));
      const std::string_view before = preceding(text, at);
      const bool given = cap(w) && (tokens.has(i, kGivenName) || possessive_given(i));
      // A greeting or a title of another language opening the phrase
      // ("Բարև Արամ", "ბატონი …"): the name starts after it.
      if (!title && !given && !is_ascii_alpha(w[0]) && addressing_word(w)) continue;
      // Italian "Mia"/"Mio" before a noun of that language ("Mia figlia
      // legge …", "Mio padre") is "my", not a given name ("Mia said").
      if (w.size() == 3 && (w == "Mia" || w == "Mio") && tokens.ok(i + 1) && joined(i + 1) &&
          tokens.text(i + 1)[0] >= 'a' && tokens.text(i + 1)[0] <= 'z' &&
          !tokens.has(i + 1, kCommonWord) && common_ && common_->contains(tokens.text(i + 1)))
        continue;
      const bool like = name_like(i);
      // After initials any capitalised word is a surname: "M. Millidge",
      // "J. K. Dlamini", "Please ask J. Smith".
      const std::size_t initials = initials_before(text, at);
      const bool initialed = initials != at && cap(w) && capitalised(w) && w.size() >= 2 &&
                             name_shaped(w, true) && !acronym(w) &&
                             !tokens.has(i, kTitle | kOrgSuffix | kUnitWord | kStreetWord) &&
                             // (an English word only if also a surname: not "Plan B. The")
                             (!tokens.has(i, kCommonWord) || tokens.has(i, kAlsoProperNoun));
      const bool cued = like && name_shaped(w) && person_cue(before);
      // A known given name in capitals ("MARIA", "JOHN": English words too
      // where the dictionary also writes them capitalised), then a word in
      // capitals that is a name's: no English word, but for a known surname
      // ("SMITH", "BERG"), no firm's suffix, opened by a letter.
      const bool caps_given = any_upper && w.size() >= 3 && acronym(w) &&
                              tokens.has(i, kGivenName) &&
                              (!tokens.has(i, kCommonWord) || tokens.has(i, kAlsoProperNoun));
      auto caps_surname = [&](std::size_t k) {
        if (!tokens.ok(k) || !joined(k)) return false;
        const std::string_view t = tokens.text(k);
        if (t.size() < 2 || !all_capitals(t) || tokens.has(k, kOrgSuffix) ||
            !((t[0] >= 'A' && t[0] <= 'Z') || static_cast<unsigned char>(t[0]) >= 0xC0))
          return false;
        if (!tokens.has(k, kCommonWord)) return true;
        std::array<char, 40> buf;
        return tokens.has(k, kAlsoProperNoun) && acronym(t) &&
               known_surname(spelled_as_name(t, buf));
      };
      const bool caps_name = caps_given && caps_surname(i + 1);
      // A name in capitals after a person's form label, two or three words
      // to the line's end: "Patient: RUDRA PATIL", "Name: HÅKAN HOLMBERG".
      const std::size_t caps_labelled_end = caps_name ? 0 : caps_after_label(i, before);
      const bool caps_labelled = caps_labelled_end != 0;
      // A frame only a person fills, for a word no list knows as anything
      // else: called at the end of a sentence that thanks or praises ("Great
      // job, Adedoyin!"), "… and I", a question's subject ("Did Abebi
      // reply?"), or a sentence opening with a list of full names.
      // (Asked last, where nothing cheaper decided: -1 not asked yet.)
      int framed_memo = -1;
      auto framed = [&] {
        if (framed_memo < 0)
          framed_memo = like && ((w[0] >= 'A' && w[0] <= 'Z') || cased_capital(w)) &&
                        name_shaped(w) && !tokens.has(i, kPlace | kPlacePrefix | kProperNoun) &&
                        ((person_frame(text, at, tokens.end(i)) && !foreign(i)) ||
                         (sentence_start(text, at) && people_list_at(words_, text, at)));
        return framed_memo == 1;
      };
      const bool proper = like && tokens.has(i, kProperNoun);
      // After a role only a person fills ("Reviewer:", "written by"), even
      // at the start of a sentence or a label's value.
      auto role_cue = [&] { return like && name_shaped(w) && person_role_cue(before); };
      // A capitalised word no word list knows, inside a sentence (or with
      // letters beyond ASCII, anywhere): most often a name ("Kaylee",
      // "Ömür"). Sentence-initial unknown ASCII words are left alone, but
      // for a surname's shape ("Kowalski: 4411 is my room number").
      const bool unknown = like && any_upper && tokens.flags(i) == 0 && name_shaped(w) &&
                           (!sentence_start(text, at) || latin_beyond_ascii(w) ||
                            surname_shaped(w) || known_surname(w));
      // Greeted, signed, labelled or listed: English words too ("Dear
      // Cooper Smith", "Kerry and Dean").
      // A word that runs on into digits ("hello prompt-marker-a1b2c3",
      // "hi user_42") is an identifier, not a name, greeted or not.
      const bool addressed = !title && addressed_or_listed(i) && !runs_into_digits(at);
      bool role = false;  // asked only where nothing else made a candidate
      const bool greeting = addressed && greeted(i);
      std::size_t end = title ? surname + 1 : i + 1;
      bool followed = false;
      if (addressed) {
        // English words that are no surname ("Open Data Nation"), unlike
        // "Cooper Cox", which the dictionary also lists capitalised.
        auto plain_word = [&](std::size_t k) {
          return tokens.has(k, kCommonWord) && !tokens.has(k, kAlsoProperNoun);
        };
        bool plain = plain_word(i);
        while (end < i + 4 && tokens.ok(end) && joined(end) && wide_like(end)) {
          plain = plain || plain_word(end);
          ++end;
        }
        // A given name in capitals takes its surname in capitals: "Dear
        // MARIA GONZALEZ", "Signed, PETER KOWALSKI".
        if (caps_given && end == i + 1)
          while (end < i + 3 && caps_surname(end)) ++end;
        // In a list, English words are names where they are surnames too
        // ("and Dean", "and Cooper Cox"), not otherwise ("and Open Data Nation").
        if (!greeting && plain) continue;
        // Greeted or signed by a word for everyone or for a department:
        // "გამარჯობა ყველას!", "С уважением,\nСлужба поддержки", "Best
        // regards,\nAdministration".
        if (greeting && !given &&
            (collective_word(w) ||
             // (one common word of another language, then words in small
             // letters on the signature's line: "Служба поддержки")
             (foreign(i) && end == i + 1 && signature_closing(text, at) &&
              byte_at(text, tokens.end(i)) == ' ' &&
              !(cls(byte_at(text, tokens.end(i) + 1)) & kUpper) &&
              static_cast<unsigned char>(byte_at(text, tokens.end(i) + 1)) >= 'a')))
          continue;
      } else if (caps_labelled) {
        end = caps_labelled_end;
      } else if (caps_name) {
        // "DOMINIKA VAJCÍKOVÁ – PAYMENT OVERDUE": a known given name in
        // capitals, then one or two more words in capitals.
        while (end < i + 3 && caps_surname(end)) ++end;
      } else if (title || given || cued || proper || unknown || initialed || framed() ||
                 (role = role_cue())) {
        // After a given name or a title, an English word the dictionary also
        // lists capitalised is a surname: "John Smith", "Mr. Anna Baker".
        while (
            end < i + 4 && tokens.ok(end) && joined(end) &&
            (name_like(end) || tokens.has(end, kGivenName) ||
             ((given || title) && tokens.has(end, kAlsoProperNoun) &&
              !tokens.has(end, kCapitalisedStreetWord | kStreetWord | kPlace) && wide_like(end))))
          ++end;
        // English words too where what follows says a person ends there:
        // "Imre Major, mobile …".
        for (std::size_t e = end; any_upper && e < end + 2 && tokens.ok(e) && joined(e) &&
                                  wide_like(e) && capitalised(tokens.text(e));
             ++e)
          if (person_follow_cue(text, tokens.end(e))) {
            end = e + 1;
            break;
          }
      } else if (any_upper && capitalised(w) && wide_like(i) && !tokens.has(i, kPlacePrefix)) {
        // What follows tells it is a name: "Imre Major, mobile …", "Emmet
        // Stark was born on …" (the words may be English ones, not all).
        bool known_all = tokens.has(i, kCommonWord);
        // No word of the phrase an English word, a place, a street or a
        // firm's: "Giriraaj Mukhopadhyay".
        // (Another language's common word may be a name: "Cielo", "Korec".)
        constexpr std::uint16_t kNoName = kCommonWord | kPlace | kStreetWord | kOrgSuffix |
                                          kNotName | kTitle | kUnitWord | kArticle |
                                          kCapitalisedStreetWord | kPlacePrefix;
        bool unknown_all = !tokens.has(i, kNoName);
        while (end < i + 3 && tokens.ok(end) && joined(end) && wide_like(end)) {
          known_all = known_all && tokens.has(end, kCommonWord);
          unknown_all = unknown_all && !tokens.has(end, kNoName);
          ++end;
        }
        // Two words no list knows, then what people do: "Giriraaj
        // Mukhopadhyay was stuck …", "Antimo Barretta gave a talk".
        // A line of its own over a job title's line: a signature's name.
        followed = !known_all && (person_follow_cue(text, tokens.end(end - 1)) ||
                                  (end >= i + 2 && (at == 0 || text[at - 1] == '\n') &&
                                   job_title_line_after(words_, text, tokens.end(end - 1))) ||
                                  (unknown_all && end == i + 2 && name_shaped(tokens.text(i)) &&
                                   name_shaped(tokens.text(i + 1)) &&
                                   person_verb_after(text, tokens.end(end - 1))));
        if (!followed) continue;
      } else {
        continue;
      }
      const bool in_signature = at >= signature_from && at < signature_to;
      // A label ends with a colon: most words have none before them.
      const bool labelled = !in_signature &&
                            text.substr(at > 48 ? at - 48 : 0, at > 48 ? 48 : at).find(':') !=
                                std::string_view::npos &&
                            non_person_label(text, at);
      // (Checked only for a word taken for a name so far: most capitalised
      // words are not, and pay nothing for it.)
      if (any_upper && !title &&
          (in_signature || labelled ||
           article_before(words_, text, phrase_start(words_, text, at)))) {
        std::size_t k = i + 1;
        bool particle = false, any_given = tokens.has(i, kGivenName);
        while (tokens.ok(k) && joined(k) && !numeric(tokens.text(k))) {
          if (cap(tokens.text(k))) {
            any_given = any_given || tokens.has(k, kGivenName);
          } else if (is_phrase_particle(tokens.text(k))) {
            particle = true;
          } else {
            break;
          }
          ++k;
        }
        // After an article a name may qualify a noun ("the Takuda novel",
        // "a Robert Fukunaga concert"): the phrase names no person where its
        // words or the word after it say so — a particle inside ("Chaise
        // Recyclé en Acier"), three words or more and no given name, a noun
        // for a firm, a place or a thing after it ("office", "report",
        // "order"), or words of another language in small letters ("our new
        // Korporatīvās taktikas pārstāvis").
        const std::size_t phrase_end = tokens.end(k - 1);
        const bool foreign_after = tokens.ok(k) && joined(k) && !cap(tokens.text(k)) &&
                                   !tokens.has(k, kCommonWord) && !numeric(tokens.text(k));
        // "the Bernier, Marvin and Jones report": the names joined, then the noun.
        const std::size_t firm =
            firm_name_end(words_, text, phrase_end, false, k == i + 1, /*any_join=*/true);
        if (in_signature || labelled ||
            (!any_given &&
             (particle || k - i >= 3 || thing_noun_at(text, phrase_end) || foreign_after)) ||
            (firm && thing_noun_at(text, firm))) {
          covered = firm ? token_after(k, firm) : k;
          continue;
        }
      }
      std::size_t run_end = tokens.end(end - 1);
      // The words of the phrase vouch for a person: a known given name, a
      // surname's ending or a common surname.
      // 2: a known given name first (or after a surname: "Nagy Péter"), 1:
      // a surname's shape or a common surname, 0: neither. A given name
      // after a word no list knows is none: "Skoda Octavia".
      auto words_vouch_how = [&] {
        int how = 0;
        for (std::size_t k = i; k < end; ++k) {
          std::string_view t = tokens.text(k);
          // "Liam's": the name without its possessive.
          const bool possessive =
              t.size() > 3 && (t.ends_with("'s") || t.ends_with("\xE2\x80\x99s"));
          if (possessive) t.remove_suffix(t.ends_with("'s") ? 2 : 4);
          if ((k == i || how == 1) &&
              ((possessive ? words_.flags(t) & kGivenName : tokens.has(k, kGivenName)) ||
               inflected_given_name(words_, t) ||
               (!possessive && !tokens.has(k, kCommonWord | kPlace | kProperNoun) &&
                latin_inflected_given_name(words_, t))))
            return 2;
          // (A surname's ending on a common word of some language is none:
          // "Zamówienie", "Rozwiązanie".)
          if ((surname_shaped(t) && !foreign(k)) ||
              (known_surname(t) && !tokens.has(k, kCommonWord)))
            how = 1;
        }
        return how;
      };
      auto words_vouch = [&] { return words_vouch_how() != 0; };
      // A name followed by a capitalised noun for a place, a building, an
      // event or a firm is that thing's name: "Charles de Gaulle Airport",
      // "the Victoria Line", "St Patrick's Day", "Kraft Heinz Foods".
      if (!title && !addressed) {
        // A full name that runs on "and the …" is a title: "Harry Potter
        // and the Goblet of Fire" (not "Anna and the Johnsons").
        if (end > i + 1 && text.substr(run_end, 9) == " and the " && run_end + 9 < text.size() &&
            text[run_end + 9] >= 'A' && text[run_end + 9] <= 'Z') {
          covered = end;
          continue;
        }
        if (const std::size_t e = facility_after(text, run_end)) {
          covered = token_after(end, e);
          continue;
        }
        if (const std::size_t e = place_suffix_after(text, run_end)) {
          if (location_) out.push_back({EntityType::location, at, e, 0.6, "place_context"});
          covered = token_after(end, e);
          continue;
        }
        // The name of a street whose type stands before it: "Estrada
        // Rodrigo Serra", "Beco Raul Campos".
        if (street_type_word_before(words_, text, at)) {
          covered = end;
          continue;
        }
      }
      // A form's label for a town, with the space French puts before its
      // colon too ("Ville : Lyon", "Ort: Bern"): no person, even where the
      // word is also a given name.
      if (end == i + 1 && !title && town_label_at(text, at, run_end)) continue;
      // A single word opening its line and closed by a colon is a form's
      // label where it is an address label of some language ("Dirección:",
      // "Endereço:") or a number follows it ("Kundennummer: 4411"); a chat's
      // speaker is a name ("Jill: \"I'm Jane's daughter\"").
      if (end == i + 1 && !title && !given && run_end < text.size() && text[run_end] == ':') {
        std::size_t b = at;
        while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
        std::size_t a = run_end + 1;
        while (a < text.size() && text[a] == ' ') ++a;
        // A surname is a chat's speaker before a number too ("Kowalski: 4411
        // is my room number"): the label is a word no name list knows.
        if ((b == 0 || text[b - 1] == '\n') &&
            ((a < text.size() && is_digit(text[a]) && !words_vouch()) ||
             address_cue(text.substr(at, run_end + 1 - at))))
          continue;
      }
      // Columns after a signature's name ("Ana Ruiz | Designer | Ruiz y
      // Mora", "Ana Ruiz – Designer"): the dash is no firm's join.
      auto column_after = [&](std::size_t e) {
        const std::string_view rest = text.substr(e, 3);
        return rest == " | " || rest == " / " || rest == " - " ||
               text.substr(e, 5) == " \xE2\x80\x93 " || text.substr(e, 5) == " \xE2\x80\x94 " ||
               text.substr(e, 4) == " \xC2\xB7 ";
      };
      const bool signed_columns = column_after(run_end) && signature_closing(text, at);
      if (!title && !greeting && org_cue(before)) {
        // "Thank you for choosing Peter Venture", "a quote from Siyaya,
        // Mtshali and Okonkwo": a firm, unless a given name says a person.
        bool any_given = given;
        for (std::size_t k = i + 1; k < end; ++k)
          any_given = any_given || tokens.has(k, kGivenName);
        // (Where someone works, given names joined make a firm's name too:
        // "travaille chez Gerard et Hubert".)
        const std::size_t joined_firm =
            any_given && end == i + 1 && workplace_cue(before)
                ? firm_name_end(words_, text, run_end, false, true, /*any_join=*/true)
                : 0;
        if (!any_given || joined_firm) {
          const std::size_t firm = joined_firm
                                       ? joined_firm
                                       : firm_name_end(words_, text, run_end, false, end == i + 1,
                                                       /*any_join=*/true);
          covered = firm ? token_after(end, firm) : end;
          continue;
        }
      }
      if (!title && !signed_columns && end == i + 1) {
        // A later name of a list whose first names were passed over: "(Legros,
        // Bogisich and Berge)", "la factura de Collier, Powlowski and …".
        if (const std::size_t firm = listed_firm_end(words_, text, at); firm > run_end) {
          covered = token_after(end, firm);
          continue;
        }
      }
      if (!title && !signed_columns && firm_join_before(words_, text, at)) {
        // The second surname of a firm whose first opened the sentence:
        // "Kallio - Nieminen announced …".
        const std::size_t firm =
            firm_name_end(words_, text, tokens.end(end - 1), false, true, /*any_join=*/true);
        covered = firm ? token_after(end, firm) : end;
        continue;
      }
      if (!title && !signed_columns && !caps_name) {
        // Surnames in a firm's name: "Guerra Ballesteros S.L.", "AS Balode",
        // "Kallio - Nieminen", "Herschmann und Holtfreter".
        bool any_given = given;
        for (std::size_t k = i + 1; k < end; ++k)
          any_given = any_given || tokens.has(k, kGivenName);
        std::size_t firm = legal_form_at(words_, text, run_end);
        // A legal form spelled with dots whose first letter the phrase took
        // for an initial ("Γεωργίου Ε.Π.Ε."), or after a number ("Orbán
        // 2000 Kft.").
        if (!firm && end > i + 1 && tokens.text(end - 1).size() <= 2 &&
            byte_at(text, run_end) == '.')
          firm = legal_form_at(words_, text, tokens.start(end - 1) - 1);
        if (!firm && byte_at(text, run_end) == ' ' && is_digit(byte_at(text, run_end + 1))) {
          std::size_t d = run_end + 1;
          while (d < text.size() && is_digit(text[d])) ++d;
          if (d - run_end <= 5) firm = legal_form_at(words_, text, d);
        }
        if (!firm) firm = firm_name_end(words_, text, run_end, any_given, end == i + 1);
        if (!firm && end == i + 1) firm = foreign_joined_firm_end(words_, text, before, run_end);
        if (!firm && legal_form_before(words_, text, at)) firm = run_end;
        if (firm) {
          covered = token_after(end, firm);
          continue;
        }
      }
      if (tokens.ok(end) && joined(end) && words_.is_street_word(tokens.text(end)) &&
          (!greeting || joined_digit(end))) {
        // "Harley Brook Lane": a street, not a person
        if (address_ && capitalised(tokens.text(end)) && tokens.text(end).size() >= 4) {
          out.push_back({EntityType::address, at, tokens.end(end), 0.6, "street_name_gazetteer"});
          covered = end + 1;
        }
        continue;
      }
      double score = 0.5;
      if (title || ((given || addressed) && end > i + 1))
        score = 0.85;
      else if (given || cued || addressed)
        score = 0.7;
      else if (end > i + 1 || followed)
        score = 0.6;
      // Evidence that the phrase names a person: its context (a title, a
      // cue, a greeting, a list of people, what follows) or its words (a
      // known given name, a surname's ending or a common surname). A
      // capitalised phrase with none of it is as often a brand, a product,
      // a title or a dish as a name: found, but under the threshold.
      bool evidence = title || given || (cued && !weak_person_cue(before)) || addressed ||
                      followed || initialed || caps_name || caps_labelled || framed();
      // A verb or a credit that takes a thing before the phrase ("bought a",
      // "Review:", "drove the"), or a model's number after it: a surname's
      // shape is then a brand's ("Review: Dyson Airwrap").
      // (Asked only of a phrase that lacks stronger evidence.)
      auto thing = [&] {
        return !title && !addressed &&
               (thing_cue(before) || model_after(text, run_end) ||
                thing_cue(preceding(text, phrase_start(words_, text, at))));
      };
      if (!evidence) {
        const int how = words_vouch_how();
        evidence = how == 2 || (how == 1 && !thing()) || role || role_cue() ||
                   person_follow_cue(text, run_end);
      }
      if (!evidence && i > 0 && joined(i)) {
        // A cue before the whole capitalised phrase, over English words
        // and particles this word follows ("Dear Garnet Paucek", "Name:
        // Swan Perrot", "Applicant: van der Heyden").
        for (std::size_t p = i;
             !evidence && p > 0 && p + 3 > i && joined(p) &&
             tokens.end(p - 1) == tokens.token(p).gap_start &&
             (capitalised(tokens.text(p - 1)) || is_particle(tokens.text(p - 1))) &&
             !numeric(tokens.text(p - 1));
             --p) {
          const std::string_view cue = preceding(text, tokens.start(p - 1));
          evidence = addressing_cue(cue) || person_role_cue(cue) ||
                     (person_cue(cue) && !weak_person_cue(cue));
        }
        // The same read off the text, where the words before were not split
        // ("Applicant: van der Heyden").
        std::size_t b = at;
        for (int words = 0; !evidence && words < 3 && b > 1 && text[b - 1] == ' '; ++words) {
          std::size_t w = b - 1;
          while (w > 0 && (cls(text[w - 1]) & kTokenByte)) --w;
          const std::string_view prev = text.substr(w, b - 1 - w);
          if (prev.empty() || numeric(prev) || !(capitalised(prev) || is_particle(prev))) break;
          b = w;
          const std::string_view cue = preceding(text, b);
          evidence = addressing_cue(cue) || person_role_cue(cue) ||
                     (person_cue(cue) && !weak_person_cue(cue));
        }
      }
      // "the Takuda novel"; a chat's speaker ("Arquímedes: \"Who are you?\"");
      // a given name that is also an English word just before ("Penny
      // Cavalcanti", "assistant to Jay Lagueux").
      if (!evidence) evidence = end == i + 1 && work_noun_at(text, run_end);
      if (!evidence) evidence = speaker_at(text, at, run_end);
      if (!evidence && i > 0 && joined(i) && tokens.end(i - 1) == tokens.token(i).gap_start) {
        const std::string_view prev = tokens.text(i - 1);
        evidence = capitalised(prev) && words_.is_ambiguous_given_name(prev);
      }
      // Weak evidence, enough for the threshold and no more: two
      // capitalised words or more no list knows ("Sveatoslav Anghel"), where
      // nothing says the phrase is a thing: a verb or a credit that takes
      // one before it ("bought a", "sponsored by"), a model's number after
      // it ("Bravia X90"). A proper noun of the dictionary is no evidence:
      // brands are as many there as surnames ("Toyota", "Lufthansa"); nor
      // are words every one of which some language lists as a common word
      // ("Servicio Técnico", "Стальной Носки"). (One such word among names
      // is a name as often: "Madison Boyes", "Srna Kladarin".) Nor is a
      // heading in title case ("Vacib Elan: Yeni İş Saatları", "Feliĉan
      // Kristnaskon kaj Bonan Novjaron!"), where every word is capitalised.
      auto all_common = [&] {
        for (std::size_t k = i; k < end; ++k)
          if (!tokens.has(k, kCommonWord) && !foreign(k)) return false;
        return true;
      };
      // A phrase in Cyrillic, Greek or Armenian letters amid Latin prose
      // names a person, unless a list knows it for a place or every word
      // of it for a common word ("Thanks, Спасибо!").
      // One word alone after a preposition of place of some language is a
      // town as often ("Nuestra oficina en Таганрог", "Shipment left
      // Αλεξάνδρεια").
      if (!evidence && script_island(text, at, run_end) &&
          (end > i + 1 || !place_preposition(before))) {
        bool place = false;
        for (std::size_t k = i; k < end; ++k) place = place || tokens.has(k, kPlace);
        evidence = !place && !all_common();
      }
      // Words of scripts without capitals (Arabic, Hebrew, CJK, Hangul,
      // Thai) are all "capitalised" alike: two of them in a row are any
      // clause ("ارسال شد. لطفاً با"), not a name's shape. Their names are
      // read by name_scripts.cpp; here only a cue or a list vouches.
      if (!evidence && end > i + 1 && !thing() && !opens_with_name_script(w) &&
          !article_before(words_, text, phrase_start(words_, text, at)) && !all_common() &&
          !in_heading(at))
        score = std::min(score, kWeaklyVouchedName);
      else if (!evidence)
        score = kUnvouchedName;
      // Two words or more whose last is a common surname or has a surname's
      // ending ("Halvorson"), and no list knows for
      // a place or a word are a person's name after "of", "to" or "from"
      // too: "the claim of Kattie Liu", "forward this to Pranay Khan".
      auto surname_last = [&] {
        return end > i + 1 &&
               (ends_with_cue(before, "of") || ends_with_cue(before, "to") ||
                ends_with_cue(before, "from")) &&
               (known_surname(tokens.text(end - 1)) || surname_shaped(tokens.text(end - 1))) &&
               !tokens.has(end - 1, kCommonWord | kPlace);
      };
      // A route's second place: "from Ogre to Skrunda".
      const bool route = route_cue(before) ||
                         (!out.empty() && out.back().type == EntityType::location &&
                          out.back().end + 4 == at && text.substr(out.back().end, 4) == " to ");
      if (location_ && !title && (route || !followed) &&
          (route || place_label(before) ||
           (!addressed && (((!given || end == i + 1) && place_only_cue(before)) ||
                           // "its 10th year in Quincy": one word after "in" or "near" is a
                           // place, a given name or not.
                           (end == i + 1 && !cued &&
                            (ends_with_cue(before, "in") || ends_with_cue(before, "near"))) ||
                           (!given && !cued && location_cue(before) && !surname_last()))))) {
        const std::size_t e = place_end(end);
        out.push_back({EntityType::location, at, tokens.end(e - 1), 0.6, "place_context"});
        covered = e;
        continue;
      }
      // (Asked last, where nothing above made the phrase a street, a place
      // or a firm.)
      // A single name before a capitalised English word that is no proper
      // noun (no surname) qualifies a thing named after it: "Wilson Tennis
      // Rackets", "the Marshall Plan lecture", "Johnson Controls" — where a
      // person's name runs on into its surname ("Anna Brown"), and a given
      // name, or a name after a cue, into any ("Patrick Dam", "according to
      // Anastase Baron").
      if (!title && !addressed && !given && !(cued && !weak_person_cue(before)) && end == i + 1 &&
          tokens.ok(end) && tokens.gap(end) == " " && !w.ends_with("'s") && !role_cue() &&
          capitalised(tokens.text(end)) && tokens.has(end, kCommonWord) &&
          !tokens.has(end, kAlsoProperNoun | kGivenName | kTitle) && !acronym(tokens.text(end))) {
        covered = end;
        continue;
      }
      // A word and then a town no one is named after, with no cue for a
      // person: a team or a firm ("Celtic Glasgow", "Ajax Amsterdam").
      if (!title && !addressed && !cued && end == i + 2 && tokens.has(i + 1, kPlace) &&
          !tokens.has(i + 1, kGivenName | kPhraseHead) && !tokens.has(i, kGivenName) &&
          !known_surname(tokens.text(i + 1)) && !person_follow_cue(text, run_end)) {
        covered = end;
        continue;
      }
      // A name inside the name of a place, a building or an institution
      // named after someone, where a noun of the locale's language says so:
      // before it ("Liceul Teoretic Mihai Eminescu", "la escuela Benito
      // Juárez", "Avenue Charles de Gaulle", "Jalan Jenderal Sudirman",
      // "Bệnh viện Bạch Mai", "метро Маяковская"), opening it ("Lycée
      // Victor Hugo", "Парк Горького") or after it ("Amir Temur xiyoboni",
      // "Füzuli Meydanı", "Alisher Navoiy nomidagi").
      if (!title && !addressed && named_place(i, end, at, run_end)) {
        covered = end;
        continue;
      }
      // The surname after a given name, a title or a cue, where the name
      // ends with it, even an English word: "Monsieur Thibault Bonnet
      // sera …", "Reviewed by Felix Hand on …", "My landlord Avery Mills
      // still …" (what would make the phrase a thing was asked above). And
      // a degree or a generation after the name: "Ryan Bagy MD", "Matthew
      // Gavrilov II".
      if (any_upper && tokens.ok(end) && tokens.gap(end) == " " &&
          (title || given || cued || greeting || tokens.has(end - 1, kGivenName))) {
        const std::string_view t = tokens.text(end);
        const bool ends_name =
            !(tokens.ok(end + 1) && joined(end + 1) &&
              (capitalised(tokens.text(end + 1)) || numeric(tokens.text(end + 1))));
        if (ends_name && t.size() >= 2 && capitalised(t) && name_shaped(t) && !acronym(t) &&
            !tokens.has(end, kTitle | kNotName | kOrgSuffix | kUnitWord | kPlacePrefix | kArticle |
                                 kStreetWord | kPlace) &&
            !addressing_word(t)) {
          run_end = tokens.end(end);
          ++end;
        }
      }
      // The rest of the surname: after particles ("Luca van Dijk", "Sara
      // Domínguez de Corona") or a hyphen ("Dubravka Lazarević-Lazarac").
      // (Only from a vouched name: a weak one ahead of its particles is
      // joined by the surname's own finding below.)
      if (any_upper && score >= 0.5) {
        const std::size_t was = run_end;
        std::size_t e = run_end, particles = 0;
        for (;;) {
          if (e + 2 < text.size() && text[e] == '-' &&
              ((text[e + 1] >= 'A' && text[e + 1] <= 'Z') || cased_capital(text.substr(e + 1)))) {
            std::size_t w = e + 1;
            while (w < text.size() && (cls(text[w]) & kTokenByte)) ++w;
            e = w;
            continue;
          }
          if (e + 1 >= text.size() || text[e] != ' ' || particles >= 2) break;
          std::size_t w = e + 1;
          while (w < text.size() && (cls(text[w]) & kTokenByte)) ++w;
          const std::string_view word = text.substr(e + 1, w - e - 1);
          if (name_particle(word)) {
            ++particles;
            e = w;
            continue;
          }
          if (particles && word.size() >= 2 && capitalised(word) && name_shaped(word, true) &&
              !acronym(word) &&
              !(words_.flags(word) &
                (kTitle | kNotName | kOrgSuffix | kUnitWord | kPlace | kPlacePrefix)))
            run_end = w;
          break;
        }
        if (e > run_end && particles == 0) run_end = e;
        if (run_end != was) end = token_after(end, run_end);
      }
      if (const std::size_t e = name_suffix_end(text, run_end); e != run_end) {
        run_end = e;
        end = token_after(end, e);
      }
      // The given name before a surname the phrase opened with: "Amir
      // Seitz" at a line's start, "Lennie Lienshöft and …", "Reviewed by Yaw
      // Fosu", "Cato de Ruiter" — else "Seitz" alone is masked and "Amir"
      // reaches the model. A name's particles may stand between ("Chase van
      // den Bosch"); a person found just before them is the same person
      // ("Damián Guerrero" + "de Rodarte").
      std::size_t from = initialed ? initials : at;
      bool merged = false;
      if (!title && at >= 3 && text[at - 1] == ' ') {
        std::size_t b = at - 1, particles = 0;
        std::string_view p;
        for (;;) {
          const std::size_t e = b;
          while (b > 0 && (cls(text[b - 1]) & kTokenByte)) --b;
          p = text.substr(b, e - b);
          if (particles < 2 && name_particle(p) && b >= 2 && text[b - 1] == ' ') {
            ++particles;
            --b;
            continue;
          }
          break;
        }
        const bool field_start = b == 0 || text[b - 1] == '\n' || text[b - 1] == '"' ||
                                 (b >= 2 && text[b - 1] == ' ' && text[b - 2] == ':');
        const char after = run_end < text.size() ? text[run_end] : '\n';
        // (A CSV cell ends at a comma with no space after it.)
        const bool field_end =
            after == '\n' || after == '"' || after == '\r' ||
            (after == ',' && run_end + 1 < text.size() && text[run_end + 1] != ' ');
        const bool boundary_ok = b == 0 || text[b - 1] == ' ' || text[b - 1] == '\n' ||
                                 text[b - 1] == '(' || text[b - 1] == '"' ||
                                 (cls(text[b - 1]) & kTokenByte) == 0;
        const bool free = out.size() == first_finding || out.back().end <= b;
        if (particles && !free && out.back().type == EntityType::person &&
            out.back().end == b + p.size() && out.back().start <= b) {
          out.back().end = run_end;
          if (score > out.back().score) {
            out.back().score = score;
            out.back().detector = evidence ? "person_gazetteer" : "person_shape";
          }
          merged = true;
        } else if (free && boundary_ok && p.size() >= 2 && cap(p) && capitalised(p) &&
                   name_shaped(p) && !acronym(p)) {
          const std::uint16_t f = words_.flags(p);
          const bool blocked = f & (kTitle | kNotName | kOrgSuffix | kStreetWord | kUnitWord |
                                    kPlacePrefix | kArticle | kCapitalisedStreetWord);
          // Inside a sentence, after a greeting or a signature's closing
          // any capitalised word there is the given name ("by Yaw Fosu",
          // "Thanks again,\nAmir Seitz"), and so is one that fills a field
          // with the name ("\nOva Collins\n", `"Hanga Oláh"`) or comes with
          // what a person does ("Kin Kocchar will join"); opening a
          // sentence otherwise only one a list knows as a name, or none
          // knows at all ("Demario Xu").
          // ("Rahmi Önür and Dinçer Baysoy moved …": a full name after
          // "and" says the list is of people.)
          const bool full_name_after = [&] {
            if (text.substr(run_end, 5) != " and ") return false;
            std::size_t q = run_end + 5, caps = 0;
            while (caps < 2 && q < text.size() &&
                   ((text[q] >= 'A' && text[q] <= 'Z') || cased_capital(text.substr(q)))) {
              while (q < text.size() && (cls(text[q]) & kTokenByte)) ++q;
              ++caps;
              if (q < text.size() && text[q] == ' ') ++q;
            }
            return caps == 2;
          }();
          if (!blocked &&
              ((f & (kGivenName | kProperNoun)) || full_name_after ||
               (f == 0 && !(common_ && common_->contains(p)) && !addressing_word(p)) ||
               // (a field's whole value, but for a greeting: "Hello X")
               ((field_start && field_end) && !addressing_cue(p)) || !sentence_start(text, b) ||
               signature_closing(text, b) || person_follow_cue(text, run_end)))
            from = b;
        }
      }
      // A form's field holding the name surname first: "Applicant: Nagy,
      // Janka", "Name: van der Heyden, Mels" — the given names after the
      // comma, up to the field's end, are the same person.
      if (!merged && end == i + 1 && !title && from >= 2 && text[from - 1] == ' ' &&
          text[from - 2] == ':' && text.substr(run_end, 2) == ", ") {
        std::size_t e = run_end + 2, words = 0;
        for (;;) {
          std::size_t w_end = e;
          while (w_end < text.size() && (cls(text[w_end]) & kTokenByte)) ++w_end;
          const std::string_view g = text.substr(e, w_end - e);
          if (g.size() < 2 || !capitalised(g) || !name_shaped(g, true) || acronym(g) ||
              (words_.flags(g) & (kTitle | kNotName | kOrgSuffix | kStreetWord | kUnitWord)))
            break;
          ++words;
          e = w_end;
          if (words < 3 && e + 1 < text.size() && text[e] == ' ') {
            ++e;
            continue;
          }
          break;
        }
        if (words && words <= 3 &&
            (e >= text.size() || text[e] == '\n' || text[e] == '\r' || text[e] == '"' ||
             text[e] == ';') &&
            text[e - 1] != ' ') {
          run_end = e;
          end = token_after(end, e);
        }
      }
      if (merged) {
        if (last_person_end) last_person_end = run_end;
        covered = end;
        continue;
      }
      // What vouched for it, in the finding's name: a list of people lifts
      // only its unvouched members, and only from a vouched one.
      out.push_back({EntityType::person, from, run_end, score,
                     evidence                  ? "person_gazetteer"
                     : score == kUnvouchedName ? "person_unvouched"
                                               : "person_shape"});
      // A list goes on only from a name found for what it is (a given name,
      // a title, a cue), not from a capitalised word that might be a firm.
      const bool sure =
          title || given || cued || greeting || tokens.has(i + 1 < end ? i + 1 : i, kGivenName);
      last_person_end = sure ? run_end : 0;
      last_person_words = end - i;
      if (signature_closing(text, at)) {
        // The next two lines (up to a blank one): the job title and the firm;
        // or the columns after the name on its line ("Ana Ruiz | Designer |
        // Ruiz y Mora").
        std::size_t p = text.find('\n', run_end);
        const bool columns = signed_columns;
        if (columns) signature_from = run_end;
        if (p == std::string_view::npos && columns) {
          signature_to = text.size();
        } else if (p != std::string_view::npos) {
          if (!columns) signature_from = p;
          std::size_t q = p + 1;
          for (int line = 0; line < 2 && q < text.size() && text[q] != '\n'; ++line) {
            const std::size_t nl = text.find('\n', q);
            q = nl == std::string_view::npos ? text.size() : nl + 1;
          }
          signature_to = q;
        }
      }
      covered = end;
    }
  }
  // Names in Arabic, Hebrew, CJK, Hangul and Thai letters (name_scripts.cpp).
  if (person_) find_script_names(text, out);
  // People named together share their evidence: in "Greetings from Gala,
  // Boban and Novak" or "Jamie Birkemeyer and Shawn Bethke signed", one
  // name vouched for (a known given name) vouches for the others joined to
  // it by a comma or a conjunction.
  if (person_) lift_coordinated(text, out, first_finding);
}

void NameFinder::lift_coordinated(std::string_view text, std::vector<Finding>& out,
                                  std::size_t from) {
  // 1: a comma, 2: a conjunction, 0: no join.
  auto join = [&](const Finding& a, const Finding& b) {
    if (b.start < a.end || b.start - a.end > 7) return 0;
    const std::string_view g = text.substr(a.end, b.start - a.end);
    if (g == ", ") return 1;
    static constexpr std::string_view kJoins[] = {
        " and ", ", and ", " & ",  " or ", " y ",  " e ",  " et ", " und ", " og ",
        " och ", " ve ",   " és ", " și ", " ja ", " та ", " і ",  " и ",   " και "};
    for (std::string_view j : kJoins)
      if (g == j) return 2;
    return 0;
  };
  // The PERSON findings in order, each with how it is joined to the next
  // (0, 1 or 2) and whether the list it is in is closed by a conjunction:
  // a comma joins names only in a list a conjunction closes ("A, B and C"),
  // not after a greeting ("Hi Romilda, I'm …"). One pass from the end, so
  // a long list costs no more than its length.
  struct Member {
    std::size_t at;
    int join_next;
    bool closed;
  };
  thread_local std::vector<Member> people;
  people.clear();
  for (std::size_t k = from; k < out.size(); ++k)
    if (out[k].type == EntityType::person) people.push_back({k, 0, false});
  if (people.size() < 2) return;
  for (std::size_t m = people.size() - 1; m-- > 0;) {
    Member& p = people[m];
    p.join_next = join(out[p.at], out[people[m + 1].at]);
    p.closed = p.join_next == 2 || (p.join_next == 1 && people[m + 1].closed);
  }
  const auto vouched = [](const Finding& f) { return f.score >= 0.5; };
  bool changed = true;
  for (int pass = 0; pass < 4 && changed; ++pass) {
    changed = false;
    for (std::size_t m = 0; m + 1 < people.size(); ++m) {
      const Member& p = people[m];
      // Joined by a conjunction, or by a comma in a list one closes.
      if (!(p.join_next == 2 || (p.join_next == 1 && people[m + 1].closed))) continue;
      Finding& a = out[p.at];
      Finding& b = out[people[m + 1].at];
      if (vouched(a) == vouched(b)) continue;
      Finding& low = vouched(a) ? b : a;
      if (low.score == kUnvouchedName) {
        low.score = 0.5;
        low.detector = "person_gazetteer";
        changed = true;
      }
    }
  }
}

}  // namespace switchyard::privacy