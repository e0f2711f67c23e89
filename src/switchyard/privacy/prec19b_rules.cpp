// PERSON precision in the texts of fr_CA, fr_LU, ro_MD, en_GH, es_MX,
// pt_BR, nl and pl (the prec19b pass; words::prec19b_no_person): a name
// after a saint's word is a place ("Santa Octavio", "Sfântul Maia", "Sint
// Hendrik"), one after a street's noun a street ("privada Briones
// Kortajarena", "Blvd. José Antonio Moya Luna", "rynek Stawicki"), one
// after a house number behind a preposition a street of an address ("habite
// au 627 Blanc Vaneau"); a name right after a dotted acronym is a firm's
// ("P.P.H.U. Małgorzata"), and so is a run of bare single names joined by
// commas, "and" or "&" of which one is no given name ("Martins, Gabriel e
// Melo", "Obeng and Acheampong", "Arnaud & Hortense"). Reads only the few
// bytes around a PERSON finding, bounds-checked.
#include <array>
#include <cstdint>
#include <string_view>
#include <unordered_set>

#include "switchyard/privacy/name_tokens.hpp"
#include "switchyard/privacy/name_words.hpp"

namespace switchyard::privacy::words {

namespace {

// Saints' words before a place named after one.
constexpr std::string_view kSaints[] = {
    "saint",  "sainte",   "st",      "ste",    "san",    "santa",   "santo",   "são",
    "sankt",  "sint",     "sfântul", "sfânta", "sfântu", "sfintii", "sfinții", "święty",
    "święta", "świętego", "świętej", "sveti",  "sveta",  "szent"};

// Street nouns before a street's name (full words, with or without a capital).
constexpr std::string_view kStreetNouns[] = {
    // Spanish (Mexico)
    "privada", "cerrada", "retorno", "circuito", "andador", "calzada", "carretera", "eje",
    "viaducto", "callejón", "prolongación", "periférico", "diagonal", "bulevar", "boulevard",
    "avenida", "calle", "paseo", "camino", "colonia", "fraccionamiento",
    // Portuguese
    "rua", "travessa", "praça", "alameda", "rodovia", "estrada", "largo", "avenida", "viela",
    "ladeira", "beco",
    // Polish
    "ulica", "ulicy", "aleja", "alei", "plac", "placu", "rynek", "rynku", "osiedle", "wybrzeże",
    "bulwar", "skwer",
    // Romanian
    "strada", "calea", "aleea", "intrarea", "drumul", "splaiul", "șoseaua", "bulevardul", "piața",
    "fundătura",
    // French
    "rue", "avenue", "chemin", "côte", "montée", "route", "allée", "impasse", "quai", "cours",
    "promenade", "esplanade", "sentier", "ruelle", "passage", "traverse", "carré", "croissant",
    "voie"};
// Their abbreviations, before a dot.
constexpr std::string_view kStreetAbbreviations[] = {
    "priv", "cda", "ret",  "calz", "carr", "prol", "blvd", "bvd", "av",  "ave",
    "avda", "pte", "ul",   "al",   "pl",   "os",   "wyb",  "str", "bd",  "bdul",
    "șos",  "sos", "trav", "tv",   "rod",  "estr", "boul", "ch",  "rte", "imp"};

// Prepositions before a house number and its street: "au 627 Blanc Vaneau".
// (Not "at", "in", "on": "at 9 Anna Kowalski will join", "in 2019 Kaylee".)
constexpr std::string_view kNumberCues[] = {
    "au", "aux", "na",     "no",   "em",   "op",    "przy",    "pe",       "aan",
    "à",  "ao",  "habite", "vive", "mora", "woont", "mieszka", "locuiește"};

// The words that join names into a firm's: "Martins, Gabriel e Melo".
constexpr std::string_view kAnds[] = {"and", "&", "et", "y", "e", "en", "și", "si", "i"};

// A firm's papers and people before a run of names and its preposition:
// "Facture de Pierre et Girard", "everyone at Vermeulen, van der Berg and
// van Doorn", "a equipe da Franco, Batista e Franco".
constexpr std::string_view kFirmCues[] = {
    "invoice",    "invoices",  "quote",      "estimate", "contract", "order",     "bill",
    "statement",  "team",      "staff",      "everyone", "facture",  "factures",  "devis",
    "contrat",    "commande",  "équipe",     "equipe",   "factura",  "facturas",  "presupuesto",
    "contrato",   "pedido",    "equipo",     "boleto",   "fatura",   "orçamento", "factuur",
    "facturen",   "offerte",   "bestelling", "iedereen", "faktura",  "faktury",   "umowa",
    "zamówienie", "zespołowi", "zespół",     "factura",  "oferta",   "comanda",   "echipei",
    "echipa",     "contractul"};
constexpr std::string_view kOfs[] = {"of",  "from", "at",  "de",  "du", "des", "da", "do",
                                     "dos", "del",  "van", "bij", "od", "z",   "la", "chez"};

// A word in small letters (ASCII, Latin-1 and Latin Extended-A capitals,
// Romanian Ș and Ț), in a buffer; empty if too long.
std::string_view small(std::string_view w, std::array<char, 40>& buf) {
  if (w.size() > buf.size()) return {};
  std::size_t n = 0;
  for (std::size_t k = 0; k < w.size(); ++k) {
    const auto c = static_cast<unsigned char>(w[k]);
    if (c >= 'A' && c <= 'Z') {
      buf[n++] = static_cast<char>(c | 0x20);
      continue;
    }
    if ((c == 0xC3 || c == 0xC4 || c == 0xC5 || c == 0xC8) && k + 1 < w.size()) {
      unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(w[k + 1]) & 0x3Fu);
      if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
        cp += 0x20;
      else if (cp >= 0x100 && cp <= 0x17F && cp != 0x130 &&
               (cp % 2 == 0) != ((cp >= 0x139 && cp <= 0x148) || cp >= 0x179))
        cp += 1;
      else if (cp == 0x218 || cp == 0x21A)
        cp += 1;
      buf[n++] = static_cast<char>(0xC0 | (cp >> 6));
      buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
      ++k;
      continue;
    }
    buf[n++] = static_cast<char>(c);
  }
  return {buf.data(), n};
}

struct Sets {
  std::unordered_set<std::string_view> saints, streets, abbreviations, cues, ands, firm_cues, ofs;
  Sets() {
    for (std::string_view w : kSaints) saints.insert(w);
    for (std::string_view w : kStreetNouns) streets.insert(w);
    for (std::string_view w : kStreetAbbreviations) abbreviations.insert(w);
    for (std::string_view w : kNumberCues) cues.insert(w);
    for (std::string_view w : kAnds) ands.insert(w);
    for (std::string_view w : kFirmCues) firm_cues.insert(w);
    for (std::string_view w : kOfs) ofs.insert(w);
  }
};
const Sets& sets() {
  static const Sets s;
  return s;
}
bool in(const std::unordered_set<std::string_view>& set, std::string_view w) {
  std::array<char, 40> buf;
  const std::string_view key = small(w, buf);
  return !key.empty() && set.count(key) > 0;
}

bool letter_byte(std::string_view text, std::size_t at) {
  return at < text.size() && (cls(text[at]) & kTokenByte) && !(cls(text[at]) & kDigit);
}
bool upper_at(std::string_view text, std::size_t at) {
  if (at >= text.size()) return false;
  const auto c = static_cast<unsigned char>(text[at]);
  if (c >= 'A' && c <= 'Z') return true;
  if (at + 1 >= text.size()) return false;
  const unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(text[at + 1]) & 0x3Fu);
  if (c == 0xC3) return cp >= 0xC0 && cp <= 0xDE && cp != 0xD7;
  if (c == 0xC4 || c == 0xC5) return (cp % 2 == 0) != ((cp >= 0x139 && cp <= 0x148) || cp >= 0x179);
  if (c == 0xC8) return cp == 0x218 || cp == 0x21A;
  return false;
}

// The word (letters, digits, inner hyphens and apostrophes) that ends at
// `end`: its start, or `end` if none.
std::size_t word_start_before(std::string_view text, std::size_t end) {
  std::size_t s = end;
  while (s > 0) {
    if (cls(text[s - 1]) & kTokenByte) {
      --s;
    } else if (s >= 2 && (text[s - 1] == '-' || text[s - 1] == '\'') &&
               (cls(text[s - 2]) & kTokenByte) && s < end) {
      --s;
    } else {
      break;
    }
  }
  return s;
}
// The word that starts at `at`: its end.
std::size_t word_end_after(std::string_view text, std::size_t at) {
  std::size_t e = at;
  while (e < text.size()) {
    if (cls(text[e]) & kTokenByte) {
      ++e;
    } else if ((text[e] == '-' || text[e] == '\'') && e > at && e + 1 < text.size() &&
               (cls(text[e + 1]) & kTokenByte)) {
      ++e;
    } else {
      break;
    }
  }
  return e;
}

// The word before the finding at `start` across one space (or a hyphen, or
// an abbreviation's dot and a space): its bounds and whether a dot ends it.
struct Before {
  std::size_t start = 0, end = 0;
  bool dot = false, hyphen = false;
  bool ok() const { return end > start; }
};
Before word_before(std::string_view text, std::size_t start) {
  Before b;
  if (start < 2 || start > text.size()) return b;
  std::size_t e = start - 1;
  if (text[e] == '-') {
    b.hyphen = true;
  } else if (text[e] != ' ') {
    return b;
  }
  if (e >= 1 && text[e - 1] == '.') {
    b.dot = true;
    --e;
  }
  const std::size_t s = word_start_before(text, e);
  b.start = s;
  b.end = e;
  return b;
}

// A house number within a few bytes after `end` on its line: "ulica Dame
// Gruev br. 99".
bool number_after(std::string_view text, std::size_t end) {
  for (std::size_t at = end; at < text.size() && at < end + 10; ++at) {
    if (text[at] == '\n') return false;
    if (is_digit(text[at])) return true;
  }
  return false;
}

// A house number: up to five digits and a letter, no year ("1987").
bool digits_only(std::string_view w) {
  if (w.empty() || w.size() > 6) return false;
  if (w.size() == 4 && (w.starts_with("19") || w.starts_with("20"))) return false;
  std::size_t digits = 0;
  for (char c : w) {
    if (is_digit(c))
      ++digits;
    else if (!is_ascii_alpha(c))
      return false;
  }
  return digits > 0 && is_digit(w[0]) && w.size() - digits <= 1;
}

// A run of bare single names joined by ", ", an "and" or "&" around the
// one-word finding [start, end), with an "and" or "&" in it: a firm's when
// a firm's paper or staff and a preposition stand before it ("Facture de
// Pierre et Girard"), or when "&" joins names of which one is no given
// name ("Tawia & Obeng"). Lists of people ("Authors: Falk, Henriksson and
// Björk", "Greetings from Gala, Boban and Novak") stay people.
bool firm_of_names(const Gazetteer& words, std::string_view text, std::size_t start,
                   std::size_t end) {
  const Sets& k = sets();
  constexpr std::uint16_t kNoItem = kCommonWord | kNotName | kTitle | kPlace | kArticle;
  auto item = [&](std::size_t s, std::size_t e) {
    return e > s && upper_at(text, s) && !(words.flags(text.substr(s, e - s)) & kNoItem);
  };
  bool any_surname = !(words.flags(text.substr(start, end - start)) & kGivenName);
  bool ampersand = false, and_word = false;
  int items = 1;
  constexpr std::size_t npos = std::string_view::npos;
  // The joint before an item starting at `s`: the end of the item before.
  auto joint_before = [&](std::size_t s) -> std::size_t {
    if (s < 3 || text[s - 1] != ' ') return npos;
    if (text[s - 2] == ',') return s - 2;
    if (text[s - 2] == '&') {
      if (s < 4 || text[s - 3] != ' ') return npos;
      ampersand = true;
      return s - 3;
    }
    const std::size_t ws = word_start_before(text, s - 1);
    if (ws + 1 >= s || ws < 2 || text[ws - 1] != ' ' || !in(k.ands, text.substr(ws, s - 1 - ws)))
      return npos;
    and_word = true;
    return text[ws - 2] == ',' ? ws - 2 : ws - 1;
  };
  // The joint after an item ending at `e`: the start of the next item.
  auto joint_after = [&](std::size_t e) -> std::size_t {
    std::size_t at = e;
    const bool comma = at < text.size() && text[at] == ',';
    if (comma) ++at;
    if (at >= text.size() || text[at] != ' ') return npos;
    ++at;
    if (at < text.size() && text[at] == '&') {
      if (at + 1 >= text.size() || text[at + 1] != ' ') return npos;
      ampersand = true;
      return at + 2;
    }
    const std::size_t we = word_end_after(text, at);
    if (we > at && we < text.size() && text[we] == ' ' && in(k.ands, text.substr(at, we - at))) {
      and_word = true;
      return we + 1;
    }
    return comma ? at : npos;
  };
  std::size_t first = start;
  for (std::size_t s = start; items < 8;) {
    const std::size_t j = joint_before(s);
    if (j == npos) break;
    const std::size_t ws = word_start_before(text, j);
    if (!item(ws, j)) break;
    if (!(words.flags(text.substr(ws, j - ws)) & kGivenName)) any_surname = true;
    ++items;
    s = first = ws;
  }
  std::size_t last = end;
  for (std::size_t e = end; items < 8;) {
    const std::size_t j = joint_after(e);
    if (j == npos) break;
    const std::size_t we = word_end_after(text, j);
    if (!item(j, we)) break;
    if (!(words.flags(text.substr(j, we - j)) & kGivenName)) any_surname = true;
    ++items;
    e = last = we;
  }
  if (items < 2 || !(ampersand || and_word)) return false;
  // Bare: no capitalised word right after the last (a full name's).
  if (last + 1 < text.size() && text[last] == ' ' && upper_at(text, last + 1)) return false;
  // The words before the first: a preposition, and before it a firm's
  // paper or staff ("Facture de", "everyone at", "equipe da").
  if (first >= 2 && text[first - 1] == ' ') {
    const std::size_t ps = word_start_before(text, first - 1);
    const std::string_view prep = text.substr(ps, first - 1 - ps);
    if (upper_at(text, ps) || (words.flags(prep) & kTitle)) return false;  // "Anna Tawia & …"
    if (!prep.empty() && in(k.ofs, prep) && ps >= 2 && text[ps - 1] == ' ') {
      std::size_t cs = ps - 1;
      if (cs >= 2 && (text[cs - 1] == 'a' || text[cs - 1] == 'A') && text[cs - 2] == ' ') cs -= 2;
      const std::size_t ws = word_start_before(text, cs);
      if (ws < cs && in(k.firm_cues, text.substr(ws, cs - ws))) return true;
    }
  }
  return ampersand && any_surname;
}

}  // namespace

NamedAfter prec19b_no_person(const Gazetteer& words, std::string_view text, std::size_t start,
                             std::size_t end) {
  if (start >= end || end > text.size()) return {NamedAfter::Kind::kNone, start, end};
  const Sets& k = sets();
  const std::size_t first_end = word_end_after(text, start);
  const std::string_view first = text.substr(start, first_end - start);
  // The finding opens with a saint's word: a place ("Santa Octavio",
  // "Sfântul Maia"), unless a figure of legend ("Santa Claus") or a thing
  // after an article ("the Santa Maria", a ship).
  const Before b = word_before(text, start);
  if (first_end < end && in(k.saints, first)) {
    const bool article = b.ok() && !b.dot && !b.hyphen &&
                         (words.flags(text.substr(b.start, b.end - b.start)) & kArticle);
    return {article || named_thing(words, text, start, end) ? NamedAfter::Kind::kThing
                                                            : NamedAfter::Kind::kPlace,
            start, end};
  }
  if (words.flags(first) & kTitle) return {NamedAfter::Kind::kNone, start, end};
  if (b.ok()) {
    const std::string_view w = text.substr(b.start, b.end - b.start);
    if (upper_at(text, b.start) && in(k.saints, w) && (!b.dot || w.size() <= 3))
      return {NamedAfter::Kind::kPlace, b.start, end};
    if (!b.hyphen && ((!b.dot && in(k.streets, w)) || (b.dot && in(k.abbreviations, w))))
      return {number_after(text, end) ? NamedAfter::Kind::kAddress : NamedAfter::Kind::kPlace,
              b.start, end};
    // A house number behind a preposition: "au 627 Blanc Vaneau".
    if (!b.hyphen && !b.dot && digits_only(w) && b.start >= 2 && text[b.start - 1] == ' ') {
      const std::size_t cs = word_start_before(text, b.start - 1);
      if (cs < b.start - 1 && in(k.cues, text.substr(cs, b.start - 1 - cs)))
        return {NamedAfter::Kind::kAddress, b.start, end};
    }
  }
  // Initials right after a dotted acronym: "P.P.H.U. Małgorzata".
  if (start >= 2 && text[start - 1] == '.' && letter_byte(text, start - 2) &&
      first_end < text.size() && text[first_end] == '.')
    return {NamedAfter::Kind::kThing, start, end};
  // A run of bare names of which one is no given name: a firm's.
  if (first_end == end && firm_of_names(words, text, start, end))
    return {NamedAfter::Kind::kThing, start, end};
  return {NamedAfter::Kind::kNone, start, end};
}

NamedAfter named_after_or_prec19b(const Gazetteer& words, std::string_view text, std::size_t start,
                                  std::size_t end) {
  const NamedAfter a = named_after_someone(words, text, start, end);
  return a.kind != NamedAfter::Kind::kNone ? a : prec19b_no_person(words, text, start, end);
}

}  // namespace switchyard::privacy::words
