// Names a document's layout announces rather than its words, in a script
// with capitals, read after the name finder and the address pass over
// their findings: the addressee on the line over a street address ("Malia
// Favre\nPostfach 3136, 7078 Siders"), a table's column headed by a person
// key, a chat's speaker, a mail address's display name, and the other
// members of a list two people are in. Each goes through vouch(). (Scripts
// without capitals have their own readers in name_scripts.cpp; a JSON key
// naming a person is a cue, person_json_key() in name_words.cpp.)
#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "switchyard/privacy/name_finder.hpp"
#include "switchyard/privacy/name_tokens.hpp"
#include "switchyard/privacy/name_words.hpp"
#include "switchyard/privacy/rule.hpp"

namespace switchyard::privacy {
namespace {

using namespace words;

bool space_or_tab(char c) {
  return c == ' ' || c == '\t';
}

// A word of a name in a script with capitals: a capital, then letters,
// hyphens, apostrophes (and an initial's dot at the end); no digits.
bool capitalised_name_word(std::string_view w) {
  if (w.empty() || !capitalised(w)) return false;
  const auto c0 = static_cast<unsigned char>(w[0]);
  if (c0 >= 0x80 && !cased_capital(w)) return false;  // a script without case
  for (std::size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    if (is_digit(c)) return false;
    if (static_cast<unsigned char>(c) < 0x80 && !is_ascii_alpha(c) && c != '-' && c != '\'' &&
        !(c == '.' && i + 1 == w.size()))
      return false;
  }
  return name_shaped(w, true) || all_capitals(w);
}

// The cells of a line of a table separated by `sep` (quotes around a cell
// are dropped; a separator inside quotes stays in its cell).
std::size_t split_cells(std::string_view line, char sep, std::string_view* cells, std::size_t max,
                        std::size_t* starts) {
  std::size_t n = 0, i = 0;
  // A Markdown table's row opens and closes with its bar: "| Name | City |".
  if (sep == '|') {
    std::size_t a = 0, b = line.size();
    while (a < b && space_or_tab(line[a])) ++a;
    while (b > a && (space_or_tab(line[b - 1]) || line[b - 1] == '\r')) --b;
    if (b - a >= 2 && line[a] == '|' && line[b - 1] == '|') {
      i = a + 1;
      line = line.substr(0, b - 1);
    }
  }
  while (n < max) {
    std::size_t e = i;
    bool quoted = false;
    while (e < line.size() && (quoted || line[e] != sep)) {
      if (line[e] == '"') quoted = !quoted;
      ++e;
    }
    std::size_t a = i, b = e;
    while (a < b && space_or_tab(line[a])) ++a;
    while (b > a && (space_or_tab(line[b - 1]) || line[b - 1] == '\r')) --b;
    if (b - a >= 2 && line[a] == '"' && line[b - 1] == '"') ++a, --b;
    starts[n] = a;
    cells[n++] = line.substr(a, b - a);
    if (e >= line.size()) break;
    i = e + 1;
  }
  return n;
}

// The end of the line from `at` (its '\n', or the text's end).
std::size_t line_end(std::string_view text, std::size_t at) {
  const void* nl = std::memchr(text.data() + at, '\n', text.size() - at);
  return nl ? static_cast<const char*>(nl) - text.data() : text.size();
}

// The separator of a line that may be a table's heading row: short cells
// split by ',', ';', a tab or '|' (the first of them seen). Prose is ruled
// out at its first long run without one.
char heading_separator(std::string_view line) {
  char sep = 0;
  std::size_t cell = 0;
  for (char c : line) {
    if (c == ',' || c == ';' || c == '\t' || c == '|') {
      if (!sep) sep = c;
      cell = 0;
    } else if (++cell > 32) {
      return 0;
    }
  }
  return sep;
}

// A heading row: every cell a short label (letters, "_", spaces); the
// columns that name a person (a bit each), none if another cell is no
// label. `parts`: those of a name's part ("last_name;first_name").
std::uint32_t person_columns(std::string_view* cells, std::size_t n, std::uint32_t& parts,
                             std::uint32_t& places) {
  std::uint32_t columns = 0;
  parts = places = 0;
  for (std::size_t k = 0; k < n && k < 32; ++k) {
    const std::string_view c = cells[k];
    if (c.empty() || c.size() > 32) return 0;
    for (char ch : c)
      if (is_digit(ch)) return 0;
    if (person_key(c) || name_part_key(c)) columns |= std::uint32_t{1} << k;
    if (name_part_key(c)) parts |= std::uint32_t{1} << k;
    if (place_key(c)) places |= std::uint32_t{1} << k;
  }
  return columns;
}

// The joins of a list: a comma, or a conjunction of some language.
constexpr std::string_view kListJoins[] = {
    ", and ", " and ", " & ", " y ", " e ", " et ", " und ", " og ", " och ", " ve ", " és ",
    " și ", " ja ", " и ", " та ",
    // Esperanto, Kurmanji, Uzbek, Slovak, Ukrainian
    // (Latin and Cyrillic), Greek, Georgian, Yoruba.
    " kaj ", " û ", " va ", " a ", " i ", " і ", " και ", " და ", " àti "};

// The join ending at `at` (before) or starting at it (after): its length
// and whether it is a conjunction; {0, false} if none.
std::pair<std::size_t, bool> join_before(std::string_view text, std::size_t at) {
  if (at < 3 || text[at - 1] != ' ') return {0, false};  // every join ends in a space
  // (Each join's byte before its closing space compared first.)
  for (std::string_view j : kListJoins)
    if (at >= j.size() && text[at - 2] == j[j.size() - 2] &&
        text.substr(at - j.size(), j.size()) == j)
      return {j.size(), true};
  if (at >= 2 && text.substr(at - 2, 2) == ", ") return {2, false};
  return {0, false};
}
std::pair<std::size_t, bool> join_after(std::string_view text, std::size_t at) {
  if (at + 3 >= text.size() || (text[at] != ' ' && text[at] != ',')) return {0, false};
  for (std::string_view j : kListJoins)
    if (text[at + 1] == j[1] && text.substr(at, j.size()) == j) return {j.size(), true};
  if (text.substr(at, 2) == ", ") return {2, false};
  return {0, false};
}

bool word_byte(char c) {
  return c != ' ' && c != ',' && c != '\n' && c != '\r' && c != ':' && c != '(' && c != ')' &&
         c != '!' && c != '?' && c != ';' && c != '"';
}

// A list's item: one or two capitalised name words ending at `end` (its
// start) or starting at `start` (its end); npos if none.
std::size_t item_before(std::string_view text, std::size_t end) {
  std::size_t s = end;
  while (s > 0 && word_byte(text[s - 1])) --s;
  if (s == end || !capitalised_name_word(text.substr(s, end - s))) return std::string_view::npos;
  if (s >= 2 && text[s - 1] == ' ') {
    std::size_t p = s - 1;
    while (p > 0 && word_byte(text[p - 1])) --p;
    if (p < s - 1 && capitalised_name_word(text.substr(p, s - 1 - p))) return p;
  }
  return s;
}
std::size_t item_after(std::string_view text, std::size_t start) {
  std::size_t e = start;
  while (e < text.size() && word_byte(text[e])) ++e;
  if (e == start || !capitalised_name_word(text.substr(start, e - start)))
    return std::string_view::npos;
  // A sentence's full stop after the item is not part of it.
  if (text[e - 1] == '.' && e - start > 2) --e;
  if (e + 1 < text.size() && text[e] == ' ') {
    std::size_t q = e + 1;
    while (q < text.size() && word_byte(text[q])) ++q;
    if (q > e + 1 && capitalised_name_word(text.substr(e + 1, q - e - 1)) && text[q - 1] != '.')
      return q;
  }
  return e;
}

}  // namespace

// The findings of a scan in two runs, each sorted by start: those found
// before the pass, [0, tail_), and those it appends, [tail_, size()). Those
// over a span are found by binary search, from the span's start less the
// longest finding's length; the few findings longer than kShort (a key, a
// blob) are read one by one.
class NameFinder::Found {
 public:
  explicit Found(std::vector<Finding>& all) : all_(all), tail_(all.size()) {
    const auto by_start = [](const Finding& x, const Finding& y) { return x.start < y.start; };
    if (!std::is_sorted(all.begin(), all.end(), by_start))
      std::stable_sort(all.begin(), all.end(), by_start);
    for (std::size_t i = 0; i < tail_; ++i) {
      if (all[i].length() > kShort)
        long_.push_back(i);
      else
        longest_ = std::max(longest_, all[i].length());
    }
  }
  std::size_t size() const { return all_.size(); }
  Finding& operator[](std::size_t i) { return all_[i]; }
  // Calls visit(f) for each finding over text[a, b) until it returns false;
  // false if it did.
  template <class Visit>
  bool over(std::size_t a, std::size_t b, Visit visit) {
    for (const std::size_t i : long_)
      if (all_[i].start < b && all_[i].end > a && !visit(all_[i])) return false;
    return over_run(0, tail_, longest_, true, a, b, visit) &&
           over_run(tail_, all_.size(), tail_longest_, false, a, b, visit);
  }
  // Appends f in its place in the second run (the findings before it keep
  // their places).
  void add(const Finding& f) {
    const auto at =
        std::upper_bound(all_.begin() + static_cast<std::ptrdiff_t>(tail_), all_.end(), f.start,
                         [](std::size_t s, const Finding& g) { return s < g.start; });
    all_.insert(at, f);
    tail_longest_ = std::max(tail_longest_, f.length());
  }

 private:
  static constexpr std::size_t kShort = 256;
  template <class Visit>
  bool over_run(std::size_t lo, std::size_t hi, std::size_t longest, bool short_only, std::size_t a,
                std::size_t b, Visit& visit) {
    const std::size_t from = a > longest ? a - longest : 0;
    const auto end = all_.begin() + static_cast<std::ptrdiff_t>(hi);
    auto it = std::lower_bound(all_.begin() + static_cast<std::ptrdiff_t>(lo), end, from,
                               [](const Finding& g, std::size_t s) { return g.start < s; });
    for (; it != end && it->start < b; ++it)
      if (it->end > a && !(short_only && it->length() > kShort) && !visit(*it)) return false;
    return true;
  }
  std::vector<Finding>& all_;
  std::size_t tail_;
  std::vector<std::size_t> long_;  // indices of [0, tail_) longer than kShort
  std::size_t longest_ = 0, tail_longest_ = 0;
};

void NameFinder::speaker(std::string_view text, Found& found, std::size_t ls,
                         std::size_t le) const {
  // "[10:32] Diara Hommel: can you …", "09:14 Lars Freisen: ok", a chat's
  // or a transcript's speaker: a line opens with a name and a colon.
  std::size_t a = ls;
  while (a < le && space_or_tab(text[a])) ++a;
  const std::size_t opening = a;
  if (a < le && (text[a] == '[' || text[a] == '(')) {  // a time stamp
    const char close = text[a] == '[' ? ']' : ')';
    std::size_t e = a + 1;
    while (e < le && e < a + 32 && text[e] != close) ++e;
    if (e >= le || text[e] != close) return;
    a = e + 1;
  } else if (a + 4 < le && is_digit(text[a]) && (text[a + 1] == ':' || text[a + 2] == ':')) {
    while (a < le && (is_digit(text[a]) || text[a] == ':')) ++a;
    if (a + 3 < le && text[a] == ' ' && (text[a + 1] == 'A' || text[a + 1] == 'P') &&
        text[a + 2] == 'M')
      a += 3;
  }
  while (a < le && space_or_tab(text[a])) ++a;
  if (a >= le || !capitalised(text.substr(a, le - a))) return;
  std::size_t colon = a;
  while (colon < le && colon < a + 48 && text[colon] != ':' && text[colon] != '\n') ++colon;
  if (colon >= le || text[colon] != ':' || colon + 1 >= le || text[colon + 1] != ' ') return;
  // What is said is a sentence, not a heading's title-case words
  // ("Nächste Haltestelle: Friedrichstraße. Ausstieg links").
  std::size_t w = colon + 2, capitals = 0;
  for (int words = 0; words < 2 && w < le; ++words) {
    capitals += capitalised(text.substr(w, le - w));
    while (w < le && text[w] != ' ') ++w;
    while (w < le && text[w] == ' ') ++w;
  }
  if (capitals == 2) return;
  std::size_t b = colon;
  while (b > a && space_or_tab(text[b - 1])) --b;
  // After a time stamp, a chat's line for sure; alone, a heading's words
  // may stand so too.
  vouch(text, found, a, b, "person_speaker",
        a > opening ? Evidence::kLabel : Evidence::kLayoutAndReading);
}

void NameFinder::display_names(std::string_view text, Found& found, std::size_t ls,
                               std::size_t le) const {
  // "Diara Hommel <d.hommel@example.org>", "\"Lars Freisen\" <lars@…>": a
  // mail address's display name.
  const std::string_view line = text.substr(0, le);
  for (std::size_t lt = line.find('<', ls); lt < le; lt = line.find('<', lt + 1)) {
    std::size_t gt = lt + 1;
    bool at = false;
    while (gt < le && gt < lt + 80 && text[gt] != '>' && text[gt] != ' ') at |= text[gt++] == '@';
    if (!at || gt >= le || text[gt] != '>') continue;
    std::size_t b = lt;
    while (b > ls && space_or_tab(text[b - 1])) --b;
    if (b > ls && text[b - 1] == '"') --b;
    std::size_t a = b;
    while (a > ls && text[a - 1] != ',' && text[a - 1] != ':' && text[a - 1] != ';' &&
           text[a - 1] != '"' && text[a - 1] != '>' && b - a < 60)
      --a;
    while (a < b && space_or_tab(text[a])) ++a;
    if (b > a) vouch(text, found, a, b, "person_display_name", Evidence::kLabel);
  }
}

void NameFinder::inverted_item(std::string_view text, Found& found, std::size_t ls,
                               std::size_t le) const {
  if (!person_) return;
  // "• Davis, Myrtis — approved", "3. Trivedi, Bhushan", "- Söderberg,
  // Jesper": a list's item or a line of its own, one word, a comma and one
  // word, then the line's end or a column (a dash, a tab, a parenthesis).
  std::size_t a = ls;
  while (a < le && space_or_tab(text[a])) ++a;
  bool mark = true;
  if (a + 1 < le && (text[a] == '-' || text[a] == '*') && text[a + 1] == ' ') {
    a += 2;
  } else if (text.substr(a, 4) == "\xE2\x80\xA2 " || text.substr(a, 4) == "\xE2\x80\x93 ") {
    a += 4;  // "• ", "– "
  } else if (a < le && is_digit(text[a])) {
    std::size_t d = a;
    while (d < le && d < a + 3 && is_digit(text[d])) ++d;
    if (d + 1 >= le || (text[d] != '.' && text[d] != ')') || text[d + 1] != ' ') return;
    a = d + 2;
  } else {
    mark = false;
  }
  if (a >= le || !capitalised(text.substr(a, le - a))) return;
  auto word_end = [&](std::size_t from) {
    std::size_t e = from;
    while (e < le && ((cls(text[e]) & kTokenByte) || continues_word(text.data(), e, le))) ++e;
    return e;
  };
  const std::size_t s_end = word_end(a);
  if (s_end + 2 >= le || text[s_end] != ',' || text[s_end + 1] != ' ') return;
  const std::size_t g = s_end + 2, g_end = word_end(g);
  if (g_end == g) return;
  // The item ends there: the line's end, or a column after it.
  const std::string_view rest = text.substr(g_end, le - g_end);
  const bool ends = rest.empty() || rest == "\r" || rest.starts_with(" \xE2\x80\x94 ") ||
                    rest.starts_with(" \xE2\x80\x93 ") || rest.starts_with(" - ") ||
                    rest.starts_with("\t") || rest.starts_with(" (");
  if (!ends || !mark) return;
  const std::string_view surname = text.substr(a, s_end - a), given = text.substr(g, g_end - g);
  if (!capitalised_name_word(surname) || !capitalised_name_word(given) || all_capitals(surname))
    return;
  const std::uint16_t fs = words_.flags(surname), fg = words_.flags(given);
  auto plain = [](std::uint16_t f) {
    return (f & (kPlace | kNotName | kOrgSuffix | kTitle | kStreetWord | kUnitWord)) ||
           ((f & kCommonWord) && !(f & (kAlsoProperNoun | kGivenName)));
  };
  if (plain(fs) || plain(fg)) return;
  // A known surname or a surname's shape first, or a known given name after
  // the comma ("Paris, France" and "Tesco, Boots" are neither).
  if (!(known_surname(surname) || surname_shaped(surname) || (fg & kGivenName))) return;
  // Two surnames are two people or a firm ("Smith, Jones").
  if (!(fg & kGivenName) && (known_surname(given) || surname_shaped(given))) return;
  bool surname_found = false, given_found = false;
  const bool clear = found.over(a, g_end, [&](const Finding& f) {
    if (f.type == EntityType::person && f.score >= 0.5) {
      surname_found = surname_found || (f.start <= a && f.end >= s_end);
      given_found = given_found || (f.start <= g && f.end >= g_end);
    }
    return f.type == EntityType::location || f.type == EntityType::person;
  });
  // (Both read as names already: nothing to add.)
  if (!clear || (surname_found && given_found)) return;
  // (A reading of one of the words alone stays: the finding over both
  // covers the rest.)
  found.add({EntityType::person, a, g_end, 0.85, "person_inverted_item"});
}

void NameFinder::prefixed_names(std::string_view text, Found& found, std::size_t ls,
                                std::size_t le) const {
  if (!person_) return;
  // Zulu and Xhosa join a noun class's or a preposition's prefix to a
  // proper noun with a hyphen: "Ngikhulume no-Thandi Dlamini" (with),
  // "Nikeza ku-Sipho" (to), "ngu-Mthunzi" (it is), "ka-Zondo" (of). The
  // name after it is a person's where it is a known given name, or two
  // capitalised words no list knows for anything else.
  static constexpr std::string_view kPrefixes[] = {"no", "ku", "ka", "ngu", "kuka", "ngo", "u"};
  for (std::size_t h = ls; h < le;) {
    const void* p = std::memchr(text.data() + h, '-', le - h);
    if (!p) return;
    const std::size_t dash = static_cast<const char*>(p) - text.data();
    h = dash + 1;
    if (dash + 2 >= le || !(text[dash + 1] >= 'A' && text[dash + 1] <= 'Z')) continue;
    std::size_t s = dash;
    while (s > ls && text[s - 1] >= 'a' && text[s - 1] <= 'z' && dash - s < 5) --s;
    if (s > ls && (cls(text[s - 1]) & kTokenByte)) continue;
    const std::string_view prefix = text.substr(s, dash - s);
    bool known = false;
    for (std::string_view k : kPrefixes) known = known || prefix == k;
    if (!known) continue;
    auto word_end = [&](std::size_t from) {
      std::size_t e = from;
      while (e < le && ((cls(text[e]) & kTokenByte) || continues_word(text.data(), e, le))) ++e;
      return e;
    };
    const std::size_t a = dash + 1, e1 = word_end(a);
    const std::string_view first = text.substr(a, e1 - a);
    if (!capitalised_name_word(first)) continue;
    const std::uint16_t f1 = words_.flags(first);
    if (f1 & (kCommonWord | kPlace | kNotName | kOrgSuffix | kTitle)) continue;
    std::size_t b = e1;
    bool second = false;
    if (e1 + 1 < le && text[e1] == ' ' && text[e1 + 1] >= 'A' && text[e1 + 1] <= 'Z') {
      const std::size_t e2 = word_end(e1 + 1);
      const std::string_view last = text.substr(e1 + 1, e2 - e1 - 1);
      if (capitalised_name_word(last) &&
          !(words_.flags(last) & (kCommonWord | kPlace | kNotName | kOrgSuffix | kTitle))) {
        b = e2;
        second = true;
      }
    }
    if (!(f1 & kGivenName) && !second) continue;
    const bool clear = found.over(a, b, [&](const Finding& f) {
      return f.type == EntityType::location || f.type == EntityType::person;
    });
    if (clear) found.add({EntityType::person, a, b, 0.7, "person_prefixed"});
    h = b;
  }
}

namespace {

// A form's label for a name or one of its parts, folded (small ASCII
// letters, no spaces, "_", "-", "."): "Last name" is "lastname".
bool name_part_label(std::string_view key) {
  if (key.empty() || key.size() > 24) return false;
  std::array<char, 40> buf;
  const std::string_view folded = folded_key(key, buf);
  static constexpr std::string_view kLabels[] = {
      "name", "fullname", "firstname", "lastname", "surname", "givenname", "givennames",
      "familyname", "middlename", "maidenname", "forename", "forenames",
      // German, French, Spanish, Italian, Portuguese, Dutch, Polish, Nordic
      "nachname", "vorname", "vornamen", "familienname", "nom", "prénom", "prenom", "nomdefamille",
      "apellido", "apellidos", "nombre", "nombres", "cognome", "nome", "sobrenome", "apelido",
      "achternaam", "voornaam", "voornamen", "nazwisko", "imię", "efternamn", "förnamn",
      "etternavn", "fornavn", "efternavn", "sukunimi", "etunimi"};
  static const std::unordered_set<std::string_view> kSet(std::begin(kLabels), std::end(kLabels));
  return kSet.contains(folded);
}

// The last word of such a label, folded the same way: a label written
// joined ("lastName"), or the last of its words ("Last name", "nom de
// famille"). Asked first, of the word before every colon.
bool name_label_tail(std::string_view word) {
  if (word.empty() || word.size() > 24) return false;
  char folded[24];
  for (std::size_t i = 0; i < word.size(); ++i)
    folded[i] = word[i] >= 'A' && word[i] <= 'Z' ? static_cast<char>(word[i] | 0x20) : word[i];
  const std::string_view w(folded, word.size());
  return w == "name" || w == "names" || w == "famille" || name_part_label(w);
}

}  // namespace

void NameFinder::labelled_names(std::string_view text, std::vector<Finding>& all) const {
  if (!person_) return;
  const std::size_t count = all.size();
  auto field_end = [](char c) {
    return c == '\n' || c == '\r' || c == ';' || c == '|' || c == '\t' || c == ',' || c == '"';
  };
  for_each_of(text, ':', ':', [&](std::size_t colon) {
    // (Most colons are ruled out by the byte right before them, every label
    // ending in one of these letters or one beyond ASCII, then by the word.)
    if (colon == 0) return;
    const auto last = static_cast<unsigned char>(text[colon - 1] | 0x20);
    if (last < 0x80 && last != 'e' && last != 's' && last != 'm' && last != 'n' && last != 'o' &&
        last != 'i')
      return;
    std::size_t t = colon;
    while (t > 0 && colon - t <= 24 && ((cls(text[t - 1]) & kTokenByte) && !is_digit(text[t - 1])))
      --t;
    if (!name_label_tail(text.substr(t, colon - t))) return;
    // The label: back to the field's start (a line's, or after ';', '|',
    // a tab, '{', '"').
    std::size_t k = colon;
    while (k > 0 && colon - k <= 24 && !field_end(text[k - 1]) && text[k - 1] != '{') --k;
    while (k < colon && text[k] == ' ') ++k;
    if (k == colon || colon - k > 24 || !name_part_label(text.substr(k, colon - k))) return;
    // The value: words to the field's end.
    std::size_t a = colon + 1;
    while (a < text.size() && text[a] == ' ') ++a;
    std::size_t e = a;
    while (e < text.size() && !field_end(text[e]) && e - a <= 80) ++e;
    if (e - a > 80) return;
    std::size_t b = e;
    while (b > a && (text[b - 1] == ' ' || text[b - 1] == '.')) --b;
    if (b <= a) return;
    std::size_t words = 0, names = 0;
    for (std::size_t w = a; w < b;) {
      std::size_t we = w;
      while (we < b && text[we] != ' ') ++we;
      const std::string_view word = text.substr(w, we - w);
      if (++words > 5) return;
      if (is_particle(word) || name_particle(word)) {
        // (a particle between or before names, never last)
        if (we == b) return;
      } else {
        if (!capitalised_name_word(word)) return;
        const std::uint16_t f = words_.flags(word);
        if ((f & (kTitle | kOrgSuffix | kNotName | kStreetWord | kUnitWord)) ||
            ((f & kCommonWord) && !(f & (kAlsoProperNoun | kGivenName))))
          return;
        // An abbreviation in capitals is no name ("N.A", "TBD"), but for a
        // known surname ("LI", "NG").
        std::array<char, 40> buf;
        if (all_capitals(word) && word.size() <= 3 && !known_surname(word) &&
            !known_surname(spelled_as_name(word, buf)))
          return;
        ++names;
      }
      w = we;
      while (w < b && text[w] == ' ') ++w;
    }
    if (names == 0) return;
    clear_for_person(all, count, a, b, 0.85, "person_labelled_field");
  });
}

void NameFinder::find_listed_names(std::string_view text, std::vector<Finding>& all) const {
  if (!person_) return;
  joined_names(text, all);
  mentioned_names(text, all);
  quoted_inverted_names(text, all);
  surnames_before_comma(text, all);
  labelled_names(text, all);
  role_senders(text, all);
  // "Greetings from Gala, Boban and Novak!", "Authors: Grant, Price and
  // Berge": in a list a conjunction closes, two members or more found for
  // people make the others people too, though each alone is a common word
  // or a town ("Gala", "Price", "Sofia").
  thread_local std::vector<std::pair<std::size_t, std::size_t>> items;
  Found found(all);
  const std::size_t count = found.size();
  std::size_t listed_to = 0;  // the end of the last list read
  for (std::size_t i = 0; i < count; ++i) {
    const Finding& f = found[i];
    if (f.type != EntityType::person || f.score < 0.5 || f.start < listed_to) continue;
    items.clear();
    items.emplace_back(f.start, f.end);
    bool closed = false;
    // Leftwards over commas only (a conjunction there closed an earlier
    // list); rightwards to the item after the conjunction.
    for (std::size_t at = f.start; items.size() < 12;) {
      const auto [n, conjunction] = join_before(text, at);
      if (!n || (conjunction && items.size() > 1) || (conjunction && closed)) break;
      const std::size_t s = item_before(text, at - n);
      if (s == std::string_view::npos) break;
      closed = closed || conjunction;
      items.insert(items.begin(), {s, at - n});
      at = s;
    }
    for (std::size_t at = f.end; items.size() < 12 && !closed;) {
      const auto [n, conjunction] = join_after(text, at);
      if (!n) break;
      const std::size_t e = item_after(text, at + n);
      if (e == std::string_view::npos) break;
      closed = conjunction;
      items.emplace_back(at + n, e);
      at = e;
    }
    listed_to = items.back().second;
    // (Not a firm's label's list: "Fournisseur : Xu, Lin and Lam".)
    if (items.size() < 3 || !closed) continue;
    std::string_view label = preceding(text, items.front().first);
    if (!label.empty() && label.back() == ':' && firm_label(label.substr(0, label.size() - 1)))
      continue;
    std::size_t people = 0;
    for (const auto& [a, b] : items)
      if (!found.over(a, b, [](const Finding& g) {
            return !(g.type == EntityType::person && g.score >= 0.5);
          }))
        ++people;
    // Two people, or one after a label or a cue only people follow
    // ("Authors: Grant, Price and Berge", "our 3 founders: Mazzi, Bowman
    // and Hill").
    if (people < 2 &&
        !(people == 1 && (person_role_cue(label) || addressing_cue(label) ||
                          (person_cue(label) && !weak_person_cue(label)))) &&
        !(people == 1 && items.size() >= 3 && [&] {
          std::vector<bool> person(items.size()), other(items.size());
          for (std::size_t k = 0; k < items.size(); ++k)
            found.over(items[k].first, items[k].second, [&](const Finding& g) {
              (g.type == EntityType::person && g.score >= 0.5 ? person : other)[k] = true;
              return true;
            });
          return given_names_list(text, items, person, other);
        }()))
      continue;
    for (const auto& item : items) {
      // Named, not bound: clang before 16 cannot capture structured bindings.
      const std::size_t a = item.first, b = item.second;
      bool taken = false;
      found.over(a, b, [&](Finding& g) {
        if (g.type == EntityType::location && g.start >= a && g.end <= b) {
          g.type = EntityType::person;  // "Sofia", a town's name and a person's
          g.detector = "person_list";
        }
        taken = true;
        return true;
      });
      if (taken) continue;
      // Each word may be a name's; an item of two words does not end in an
      // English noun ("Grigoras Center").
      bool name = true;
      for (std::size_t k = a; k < b && name;) {
        std::size_t e = k;
        while (e < b && text[e] != ' ') ++e;
        const std::uint16_t flags = words_.flags(text.substr(k, e - k));
        name = !(flags & (kNotName | kOrgSuffix | kTitle)) &&
               !(k > a && flags & kCommonWord && !(flags & (kAlsoProperNoun | kGivenName)));
        k = e + 1;
      }
      if (name) found.add({EntityType::person, a, b, 0.7, "person_list"});
    }
  }
}

bool NameFinder::vouch(std::string_view text, Found& found, std::size_t a, std::size_t b,
                       std::string_view detector, Evidence evidence) const {
  // Nothing found there but a place the name was taken for, or the name
  // finder's own reading of it (or of part of it) as a person without
  // enough evidence, which the layout now gives; never over an address or
  // another entity.
  Finding* candidate = nullptr;
  const bool clear = found.over(a, b, [&](Finding& f) {
    if (f.type == EntityType::person && f.start == a && f.end == b) {
      candidate = &f;
      return true;
    }
    return f.type == EntityType::location ||
           (f.type == EntityType::person && f.start >= a && f.end <= b);
  });
  if (!clear) return false;
  const bool foreign_words_may_be_names =
      evidence != Evidence::kLayoutAndReading || candidate != nullptr;
  const std::string_view cell = text.substr(a, b - a);
  // A name's part alone: one capitalised word no list calls a firm's, a
  // title's or no name's ("Nastas" under "last_name"; not "Ltd", "N/A").
  const bool part = evidence == Evidence::kNamePart && cell.find(' ') == std::string_view::npos &&
                    capitalised_name_word(cell) &&
                    !(words_.flags(cell) & (kNotName | kOrgSuffix | kTitle));
  if (!part && !addressee_line(cell, foreign_words_may_be_names)) return false;
  if (candidate) {
    candidate->score = std::max(candidate->score, 0.85);
    candidate->detector = detector;
  } else {
    found.add({EntityType::person, a, b, 0.85, detector});
  }
  return true;
}

void NameFinder::find_table_names(std::string_view text, std::vector<Finding>& all) const {
  Found found(all);
  // A cell under a place's heading ("city", "Ort"): a place. The name
  // finder's reading of it as a person becomes a place's; where nothing was
  // found, a capitalised cell without digits is reported so.
  auto place_cell = [&](std::size_t a, std::size_t b) {
    const std::string_view cell = text.substr(a, b - a);
    if (cell.empty() || cell.size() > 48 || !capitalised(cell)) return;
    for (char c : cell)
      if (is_digit(c)) return;
    bool seen = false;
    found.over(a, b, [&](Finding& f) {
      seen = true;
      if (f.type == EntityType::person && f.start >= a && f.end <= b) {
        f.type = EntityType::location;
        f.score = std::max(f.score, 0.85);
        f.detector = "place_table";
      }
      return true;
    });
    if (!seen) found.add({EntityType::location, a, b, 0.85, "place_table"});
  };
  constexpr std::size_t kMaxCells = 24;
  std::string_view cells[kMaxCells];
  std::size_t starts[kMaxCells];
  for (std::size_t ls = 0; ls < text.size();) {
    std::size_t le = line_end(text, ls);
    const std::string_view line = text.substr(ls, le - ls);
    // A heading row names a person's column ("name,address,city",
    // "Customer;Street;Town", tab-separated).
    const char sep = heading_separator(line);
    std::uint32_t columns = 0, parts = 0, places = 0;
    std::size_t width = 0;
    if (sep && le < text.size()) {
      width = split_cells(line, sep, cells, kMaxCells, starts);
      if (width >= 2) columns = person_columns(cells, width, parts, places);
    }
    speaker(text, found, ls, le);
    display_names(text, found, ls, le);
    inverted_item(text, found, ls, le);
    prefixed_names(text, found, ls, le);
    ls = le + 1;
    if (!columns) continue;
    // The rows under it, to a blank line or a row of another width.
    while (ls < text.size()) {
      le = line_end(text, ls);
      const std::string_view row = text.substr(ls, le - ls);
      if (split_cells(row, sep, cells, kMaxCells, starts) != width) break;
      for (std::size_t column = 0; column < width && column < 32; ++column) {
        const std::string_view cell = cells[column];
        const std::size_t a = ls + starts[column], b = a + cell.size();
        if (places >> column & 1) place_cell(a, b);
        if (!(columns >> column & 1)) continue;
        // (The heading vouches as the name finder's reading would: another
        // language's common word may be a name here, "Malia".)
        vouch(text, found, a, b, "person_table",
              parts >> column & 1 ? Evidence::kNamePart : Evidence::kLabel);
      }
      ls = le + 1;
    }
  }
}

bool NameFinder::addressee_line(std::string_view line, bool foreign_names) const {
  std::string_view words[6];
  std::size_t n = 0;
  for (std::size_t i = 0; i < line.size();) {
    while (i < line.size() && line[i] == ' ') ++i;
    std::size_t e = i;
    while (e < line.size() && line[e] != ' ') ++e;
    if (e > i) {
      if (n == 6) return false;
      words[n++] = line.substr(i, e - i);
    }
    i = e;
  }
  std::size_t first = 0;
  while (first < n && words_.is_title(words[first])) ++first;  // "Dr.", "Frau"
  const std::size_t parts = n - first;
  if (parts < 2 || parts > 5) return false;
  std::size_t plain = 0, particles = 0, given = 0;
  bool first_given = false;
  for (std::size_t k = first; k < n; ++k) {
    const std::string_view w = words[k];
    if (k > first && k + 1 < n && name_particle(w)) {  // "van", "de", "bin"
      ++particles;
      continue;
    }
    if (!capitalised_name_word(w)) return false;
    const std::uint16_t f = words_.flags(w);
    if (f & (kNotName | kOrgSuffix | kTitle)) return false;  // "Ltd", "Office"
    // A given name, or a surname known as one: evidence of a person.
    if ((f & kGivenName && !(f & kCommonWord)) || known_surname(w)) {
      ++given;
      first_given = first_given || (k == first && f & kGivenName);
      continue;
    }
    // An English word also written as a name ("Terry", "Cooper", "Mills"):
    // neither way.
    if (f & kCommonWord &&
        (f & kAlsoProperNoun || f & kGivenName || words_.is_ambiguous_given_name(w)))
      continue;
    // A word of the dictionary, a place or (unless the name finder took
    // the line for a person) another language's common word: a heading's
    // or a firm's as often ("Head Office", "Bäckerei Schmidt").
    if (f & (kCommonWord | kPlace) || (!foreign_names && common_ && common_->contains(w))) ++plain;
  }
  if (parts - particles < 2) return false;
  // Every word may be a name's, or one plain word after a known given name
  // ("Montana Crooks"; not "Head Office", nor a surname's firm, "Wise
  // Appraisals").
  return plain == 0 || (plain == 1 && given >= 1 && first_given);
}

void NameFinder::find_keyed_names(std::string_view text, std::vector<Finding>& all) const {
  if (!person_ || text.find('"') == std::string_view::npos) return;
  Found found(all);
  // A placeholder, not a name.
  static constexpr std::string_view kPlaceholders[] = {
      "null", "none",  "nil",  "unknown", "anonymous", "redacted", "n/a",  "na",  "test",
      "user", "admin", "root", "string",  "example",   "default",  "name", "tbd", "guest"};
  for (std::size_t colon = text.find(':'); colon != std::string_view::npos;
       colon = text.find(':', colon + 1)) {
    std::size_t a = colon + 1;
    while (a < text.size() && text[a] == ' ') ++a;
    if (a >= text.size() || text[a] != '"') continue;
    ++a;
    const std::string_view key = json_key_before(text.substr(0, a));
    if (key.empty() || !person_key(key)) continue;
    // The string, to its closing quote: no escape, no line break.
    std::size_t b = a;
    while (b < text.size() && b - a <= 80 && text[b] != '"' && text[b] != '\\' && text[b] != '\n')
      ++b;
    if (b >= text.size() || text[b] != '"' || b == a) continue;
    // A key that is a name's part says the value is a name ("full_name",
    // "customerName", "surname"); a role's key or "name" alone may hold a
    // firm, a tool or an account ("owner": "platform team", "name":
    // "get_weather"): there a word of the value must be a known name.
    char folded[48];
    std::size_t n = 0;
    for (char c : key)
      if (c != '_' && c != '-' && c != '.' && c != ' ' && n < sizeof folded)
        folded[n++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c;
    const std::string_view k(folded, n);
    const bool name_part = k != "name" && (k.ends_with("name") || k == "surname");
    // Words of letters (an initial's dot, a hyphen, an apostrophe inside),
    // one to four, apart by single spaces.
    std::size_t words = 0, known = 0;
    bool shape = true, placeholder = false;
    for (std::size_t w = a; w < b && shape;) {
      std::size_t e = w;
      while (e < b && text[e] != ' ') ++e;
      const std::string_view word = text.substr(w, e - w);
      shape = !word.empty() && ++words <= 4;
      for (std::size_t i = 0; i < word.size() && shape; ++i) {
        const auto c = static_cast<unsigned char>(word[i]);
        shape = is_ascii_alpha(word[i]) || c >= 0x80 ||
                (i > 0 && (c == '-' || c == '\'' || (c == '.' && i + 1 == word.size()) ||
                           (c == ',' && i + 1 == word.size() && e < b)));  // "o'brien, mary"
      }
      if (!shape) break;
      const std::uint16_t flags =
          words_.flags(word.back() == ',' ? word.substr(0, word.size() - 1) : word);
      if (flags & (kNotName | kOrgSuffix)) shape = false;
      for (std::string_view p : kPlaceholders) placeholder = placeholder || equals_lower(word, p);
      std::string capital(word.back() == ',' ? word.substr(0, word.size() - 1) : word);
      if (is_ascii_alpha(capital[0])) capital[0] = static_cast<char>(capital[0] & ~0x20);
      for (std::size_t i = 1; i < capital.size(); ++i)
        if (capital[i] >= 'A' && capital[i] <= 'Z')
          capital[i] = static_cast<char>(capital[i] | 0x20);
      if ((flags & kGivenName && !(flags & (kCommonWord | kPlace))) || known_surname(capital) ||
          surname_shaped(capital))
        ++known;
      w = e + 1;
      if (w < b && text[w] == ' ') shape = false;
    }
    if (!shape || placeholder || words == 0 || text[b - 1] == ' ') continue;
    if (!name_part && known == 0) continue;
    // Nothing found there but a place or a part of the name.
    Finding* same = nullptr;
    const bool clear = found.over(a, b, [&](Finding& f) {
      if (f.type == EntityType::person && f.start == a && f.end == b) same = &f;
      return f.type == EntityType::location || f.type == EntityType::person;
    });
    if (!clear) continue;
    if (same) {
      same->score = std::max(same->score, 0.85);
    } else {
      found.add({EntityType::person, a, b, 0.85, "person_json_value"});
    }
  }
}

void NameFinder::find_addressees(std::string_view text, std::vector<Finding>& all) const {
  if (!person_) return;
  Found found(all);
  const std::size_t count = found.size();
  // The addresses come in order: their lines' starts are read forwards
  // once, and a line of many addresses has its line above read once.
  std::size_t read_to = 0, ls = 0, last = std::string_view::npos;
  for (std::size_t i = 0; i < count; ++i) {
    if (found[i].type != EntityType::address) continue;
    for (; read_to < found[i].start; ++read_to)
      if (text[read_to] == '\n') ls = read_to + 1;
    if (ls < 2 || ls == last) continue;  // no line above, or read
    last = ls;
    // The line above, trimmed; a comma may close it ("Malia Favre,").
    std::size_t b = ls - 1;
    if (b > 0 && text[b - 1] == '\r') --b;
    std::size_t a = b;
    while (a > 0 && text[a - 1] != '\n') --a;
    while (a < b && space_or_tab(text[a])) ++a;
    while (b > a && (space_or_tab(text[b - 1]) || text[b - 1] == ',')) --b;
    if (b - a < 3 || b - a > 60) continue;
    vouch(text, found, a, b, "person_addressee", Evidence::kLayoutAndReading);
  }
}

}  // namespace switchyard::privacy
