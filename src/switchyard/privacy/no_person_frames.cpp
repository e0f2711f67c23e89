// PERSON precision in the texts of fr_CA, fr_LU, ro_MD, en_GH, es_MX,
// pt_BR, nl and pl (the prec19b pass; words::framed_as_no_person): a name
// after a saint's word is a place ("Santa Octavio", "Sfântul Maia", "Sint
// Hendrik"), one after a street's noun a street ("privada Briones
// Kortajarena", "Blvd. José Antonio Moya Luna", "rynek Stawicki"), one
// after a house number behind a preposition a street of an address ("habite
// au 627 Blanc Vaneau"); a name right after a dotted acronym is a firm's
// ("P.P.H.U. Małgorzata"), and so is a run of bare single names joined by
// commas, "and" or "&" of which one is no given name ("Martins, Gabriel e
// Melo", "Obeng and Acheampong", "Arnaud & Hortense"). Reads only the few
// bytes around a PERSON finding, bounds-checked.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <unordered_set>

#include "switchyard/privacy/name_tokens.hpp"
#include "switchyard/privacy/name_words.hpp"
#include "switchyard/privacy/small_letters.hpp"

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
    "voie",
    // Polish parks and roundabouts named after people ("park Jaworski", "ogród Lech")
    "park", "ogród", "rondo"};
// Of them, those that are also surnames count only in small letters
// ("park Jaworski", not "Park Ji-sung").
bool surname_too(std::string_view w) {
  return w == "Park" || w == "PARK" || w == "Rondo" || w == "Cours" || w == "Passage" ||
         w == "Route";
}
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

// Words that open a shop's or a firm's name ("Abarrotes Matías", "Mercearia
// Souza"), and words that close one inside the finding ("Nsia Motors",
// "Zijlstra Installatietechniek", "Bernard Inc.", "Furtuna Impex").
constexpr std::string_view kShopOpeners[] = {
    "abarrotes", "ultramarinos", "mercearia", "papelería", "tlapalería", "miscelánea", "taquería",
    "tortillería", "refaccionaria", "distribuidora", "comercializadora", "constructora",
    "inmobiliaria", "droguería", "drogaria", "papelaria", "sklep", "hurtownia", "firma",
    // cafés and eateries called by a given name: "Le café Michèle", "kawiarni Zoe"
    "café", "cafe", "cafetería", "cafeteria", "lanchonete", "kawiarnia", "kawiarni", "cafeneaua",
    "cafenea", "restaurantul", "marché", "mercado", "mercato", "markt", "targul", "brasserie",
    "bistro", "pizzeria", "dépanneur", "épicerie",
    // before a run of names: "Le cabinet Richard et Thomas", "le magasin Adam et Charles"
    "cabinet", "magasin", "garage", "boulangerie", "boucherie", "pharmacie", "étude", "groupe",
    "société", "entreprise", "agence", "atelier", "transports", "bufete", "despacho", "grupo",
    "taller", "kancelaria", "cabinetul", "firmy", "studio", "tienda", "loja", "winkel", "bakkerij",
    "padaria"};
constexpr std::string_view kFirmClosers[] = {"motors",      "impex",     "installatietechniek",
                                             "combinatie",  "venture",   "ventures",
                                             "enterprises", "ltd",       "inc",
                                             "llc",         "plc",       "srl",
                                             "sarl",        "ltda",      "bv",
                                             "nv",          "vof",       "transport",
                                             "transports",  "hermanos",  "irmãos",
                                             "frères",      "asociados", "associados",
                                             "consulting"};

// Dutch streets written as one word with their noun last: "Wolterslaan",
// "Burgemeester Zijlstraweg", "Boschlaan".
constexpr std::string_view kStreetEndings[] = {"straat", "laan",   "plein", "gracht",
                                               "kade",   "singel", "steeg", "weg"};

// Months and weekdays of the pass's languages that are also given names or
// read as names ("na Domingo", "até Abril", "until Martie", "le 30 Mai").
constexpr std::string_view kCalendar[] = {
    "domingo",    "sábado",    "lunes",     "martes",    "miércoles", "jueves",    "viernes",
    "segunda",    "terça",     "quarta",    "quinta",    "sexta",     "abril",     "maio",
    "mayo",       "junio",     "julio",     "agosto",    "enero",     "febrero",   "marzo",
    "septiembre", "octubre",   "noviembre", "diciembre", "janeiro",   "fevereiro", "março",
    "junho",      "julho",     "setembro",  "outubro",   "novembro",  "dezembro",  "martie",
    "aprilie",    "mai",       "iunie",     "iulie",     "august",    "ianuarie",  "februarie",
    "septembrie", "octombrie", "noiembrie", "decembrie", "luni",      "marți",     "miercuri",
    "joi",        "vineri",    "sâmbătă",   "duminică",  "avril",     "juin",      "juillet",
    "août",       "janvier",   "février",   "mars",      "lundi",     "mardi",     "mercredi",
    "jeudi",      "vendredi",  "samedi",    "dimanche",  "mei",       "juni",      "juli",
    "maandag",    "dinsdag",   "woensdag",  "donderdag", "vrijdag",   "zaterdag",  "zondag",
    "maj",        "czerwiec",  "lipiec",    "sierpień",  "april",     "may",       "june",
    "july"};
// The words before a date: "on", "until", "na", "até", "le 30".
constexpr std::string_view kCalendarCues[] = {
    "on",       "until",    "till", "by",     "since", "ends", "in",    "next",  "last", "every",
    "na",       "no",       "até",  "em",     "desde", "el",   "hasta", "desde", "le",   "en",
    "jusqu'en", "jusqu’en", "dès",  "depuis", "în",    "până", "pe",    "op",    "tot",  "w",
    "do",       "od",       "al",   "du",     "au",    "de",   "sale"};

// Pets far from the word for their kind: "Our cat is getting old; Josephine
// sleeps", "Notre chien vieillit : Adalbert dort", "is your dog feeling
// better? I heard Marian stopped eating".
constexpr std::string_view kPets[] = {
    "dog",     "puppy",   "cat",     "kitten", "pony",    "horse",    "rabbit",   "parrot",
    "hamster", "chien",   "chienne", "chiot",  "chat",    "chatte",   "chaton",   "perro",
    "perra",   "perrito", "gato",    "gata",   "gatito",  "cachorro", "cachorra", "cão",
    "gatinho", "hond",    "hondje",  "kat",    "poes",    "pies",     "piesek",   "kot",
    "kotek",   "suczka",  "câinele", "câine",  "cățelul", "pisica",   "motanul",  "cățeaua",
    "parrot",  "perrita", "cadela",  "suczka", "pisica",  "cățelușa", "hündin",   "puppy"};
// Possessives and articles before the pet's noun.
constexpr std::string_view kPetOwners[] = {
    "our",   "my",     "your",  "the",   "his",    "her",     "their",   "notre",   "mon",  "ma",
    "ton",   "ta",     "le",    "la",    "son",    "sa",      "nuestro", "nuestra", "mi",   "tu",
    "su",    "el",     "nosso", "nossa", "meu",    "minha",   "teu",     "o",       "a",    "onze",
    "mijn",  "je",     "jouw",  "de",    "het",    "nasz",    "nasza",   "mój",     "moja", "twój",
    "twoja", "mojego", "mea",   "meu",   "nostru", "noastră", "tău"};

// Cafés and eateries called by a given name: "Le café Michèle".
constexpr std::string_view kEateries[] = {"café",       "cafe",      "cafetería", "cafeteria",
                                          "lanchonete", "kawiarnia", "kawiarni",  "cafeneaua",
                                          "cafenea",    "brasserie", "bistro",    "pizzeria"};

// A firm's papers and people before a run of names and its preposition:
// "Facture de Pierre et Girard", "everyone at Vermeulen, van der Berg and
// van Doorn", "a equipe da Franco, Batista e Franco".
constexpr std::string_view kFirmCues[] = {
    "invoice", "invoices", "quote", "estimate", "contract", "order", "bill", "statement", "team",
    "staff", "everyone", "facture", "factures", "devis", "contrat", "commande", "équipe", "equipe",
    "factura", "facturas", "presupuesto", "contrato", "pedido", "equipo", "boleto", "fatura",
    "orçamento", "factuur", "facturen", "offerte", "bestelling", "iedereen", "faktura", "faktury",
    "umowa", "zamówienie", "zespołowi", "zespół", "factura", "oferta", "comanda", "echipei",
    "echipa", "contractul",
    // a firm's office, and working at one ("The office of", "trabalha na")
    "office", "offices", "bureau", "escritório", "oficina", "kantoor", "biuro", "biroul", "works",
    "work", "working", "travaille", "trabaja", "trabalha", "werkt", "pracuje", "lucrează", "joined",
    "rejoint", "sponsored", "supplied", "provided", "parrainé", "patrocinado",
    // a firm's lawyers and accountants: "The lawyers at …", "Les avocats de …"
    "lawyers", "attorneys", "accountants", "auditors", "avocats", "abogados", "advogados",
    "advocaten", "adwokaci", "avocații", "contadores", "contabilistas"};
constexpr std::string_view kOfs[] = {"of",  "from", "at",  "de",  "du", "des", "da",  "do",
                                     "dos", "del",  "van", "bij", "od", "z",   "la",  "chez",
                                     "na",  "en",   "w",   "for", "în", "by",  "par", "por"};

// A 16-Kbit filter of every listed word's length and first and last bytes
// (ASCII letters in either case alike): most words asked are no list's,
// told before any lower-casing or hashing.
std::size_t shape(std::string_view w) {
  auto low = [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 ? 0x80u : (u >= 'A' && u <= 'Z' ? u | 0x20u : static_cast<unsigned>(u));
  };
  const unsigned h = (low(w.front()) * 31 + low(w.back())) * 31 +
                     static_cast<unsigned>(std::min<std::size_t>(w.size(), 40));
  return (h ^ (h >> 14)) & 0x3FFF;
}

struct Sets {
  std::unordered_set<std::string_view> saints, streets, abbreviations, cues, ands, firm_cues, ofs,
      openers, closers, calendar, calendar_cues, pets, owners, eateries;
  std::array<std::uint64_t, 256> shapes{};
  void mark(const std::unordered_set<std::string_view>& set) {
    for (std::string_view w : set) shapes[shape(w) / 64] |= std::uint64_t{1} << (shape(w) % 64);
  }
  Sets() {
    for (std::string_view w : kSaints) saints.insert(w);
    for (std::string_view w : kStreetNouns) streets.insert(w);
    for (std::string_view w : kStreetAbbreviations) abbreviations.insert(w);
    for (std::string_view w : kNumberCues) cues.insert(w);
    for (std::string_view w : kAnds) ands.insert(w);
    for (std::string_view w : kFirmCues) firm_cues.insert(w);
    for (std::string_view w : kOfs) ofs.insert(w);
    for (std::string_view w : kShopOpeners) openers.insert(w);
    for (std::string_view w : kFirmClosers) closers.insert(w);
    for (std::string_view w : kCalendar) calendar.insert(w);
    for (std::string_view w : kCalendarCues) calendar_cues.insert(w);
    for (std::string_view w : kPets) pets.insert(w);
    for (std::string_view w : kPetOwners) owners.insert(w);
    for (std::string_view w : kEateries) eateries.insert(w);
    for (const auto* set :
         {&saints, &streets, &abbreviations, &cues, &ands, &firm_cues, &ofs, &openers, &closers,
          &calendar, &calendar_cues, &pets, &owners, &eateries})
      mark(*set);
  }
};
const Sets& sets() {
  static const Sets s;
  return s;
}
bool in(const std::unordered_set<std::string_view>& set, std::string_view w) {
  if (w.empty() || w.size() > 40) return false;
  const std::size_t h = shape(w);
  if (!(sets().shapes[h / 64] >> (h % 64) & 1)) return false;
  std::array<char, 48> buf;
  const std::string_view key = small_letters(w, buf);
  return !key.empty() && set.count(key) > 0;
}

bool comma_in(std::string_view text, std::size_t from, std::size_t to) {
  return text.substr(from, to - from).find(',') != std::string_view::npos;
}

// A word without its French elision: "l'équipe" is "équipe".
std::string_view elided(std::string_view w) {
  if (w.size() > 2 && (w[1] == '\'') && (w[0] == 'l' || w[0] == 'L' || w[0] == 'd' || w[0] == 'D'))
    return w.substr(2);
  if (w.size() > 4 && w.substr(1, 3) == "\u2019" && (w[0] == 'l' || w[0] == 'L' || w[0] == 'd'))
    return w.substr(4);
  return w;
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
  constexpr std::uint16_t kNoItem = kCommonWord | kNotName | kTitle | kArticle;
  // A capitalised word; a dictionary word only inside a sentence and longer
  // than two letters ("Martins", not "Thanks, …" or "Me and …").
  auto item = [&](std::size_t s, std::size_t e) {
    if (e <= s || !upper_at(text, s)) return false;
    const std::uint16_t f = words.flags(text.substr(s, e - s));
    if (f & kNoItem & ~kCommonWord) return false;
    if (!(f & kCommonWord)) return true;
    std::size_t p = s;
    while (p > 0 && text[p - 1] == ' ') --p;
    return e - s > 2 && p > 0 && text[p - 1] != '.' && text[p - 1] != '!' && text[p - 1] != '?' &&
           text[p - 1] != '\n' && text[p - 1] != ':';
  };
  bool any_surname = false;  // the finding's own, asked once a run is found
  int given = 0;             // items that are given names
  bool ampersand = false, and_word = false, joint_and = false;
  int and_joints = 0;
  // An item of two words (the finding's own, or a neighbour's).
  bool multi = start < end && text.substr(start, end - start).find(' ') != std::string_view::npos;
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
    and_word = joint_and = true;
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
      and_word = joint_and = true;
      return we + 1;
    }
    return comma ? at : npos;
  };
  std::size_t first = start;
  for (std::size_t s = start; items < 8;) {
    const bool had_amp = ampersand, had_and = and_word;
    joint_and = false;
    const std::size_t j = joint_before(s);
    if (j == npos) break;
    const std::size_t ws = word_start_before(text, j);
    if (!item(ws, j)) {
      ampersand = had_amp;
      and_word = had_and;
      break;
    }
    if (!(words.flags(text.substr(ws, j - ws)) & kGivenName))
      any_surname = true;
    else
      ++given;
    ++items;
    and_joints += joint_and ? 1 : 0;
    s = first = ws;
    // A second word of the item: "Calderón Corral and …".
    if (ws >= 2 && text[ws - 1] == ' ') {
      const std::size_t ps = word_start_before(text, ws - 1);
      if (ps + 1 < ws && item(ps, ws - 1) && !in(k.ands, text.substr(ps, ws - 1 - ps)) &&
          !(ps >= 2 && text[ps - 1] == ' ' && upper_at(text, word_start_before(text, ps - 1)))) {
        s = first = ps;
        multi = true;
      }
    }
  }
  std::size_t last = end;
  for (std::size_t e = end; items < 8;) {
    const bool had_amp = ampersand, had_and = and_word;
    joint_and = false;
    const std::size_t j = joint_after(e);
    if (j == npos) break;
    const std::size_t we = word_end_after(text, j);
    if (!item(j, we)) {
      ampersand = had_amp;
      and_word = had_and;
      break;
    }
    if (!(words.flags(text.substr(j, we - j)) & kGivenName))
      any_surname = true;
    else
      ++given;
    ++items;
    and_joints += joint_and ? 1 : 0;
    e = last = we;
    // A second word of the item: "… y Krasnova Huerta".
    if (we + 1 < text.size() && text[we] == ' ' && upper_at(text, we + 1)) {
      const std::size_t ne = word_end_after(text, we + 1);
      if (item(we + 1, ne) && !in(k.ands, text.substr(we + 1, ne - we - 1))) {
        e = last = ne;
        multi = true;
      }
    }
  }
  if (items < 2 || !(ampersand || and_word)) return false;
  if (!(words.flags(text.substr(start, end - start)) & kGivenName))
    any_surname = true;
  else
    ++given;
  // Under a closing ("Regards,\nAwuah and Nyame-Andorful"), a run of bare
  // surnames alone on its line signs for a firm (people sign with their
  // given names or full names).
  if (given == 0 && !multi && first >= 2 && text[first - 1] == '\n' && text[first - 2] == ',' &&
      (last == text.size() || text[last] == '\n'))
    return true;
  // Bare: no capitalised word right after the last (a full name's).
  if (last + 1 < text.size() && text[last] == ' ' && upper_at(text, last + 1)) return false;
  // A verb in the singular after the run: "Richard et Thomas a ouvert",
  // "Filip, Buga și Botan a câștigat", "Helena e Márcia venceu".
  if (last + 2 < text.size() && text[last] == ' ') {
    const std::size_t ve = word_end_after(text, last + 1);
    const std::string_view v = text.substr(last + 1, ve - last - 1);
    if (v == "a" || v == "est" || v == "venceu" || v == "ganó" || v == "wygrała" || v == "wygrał" ||
        v == "has")
      return and_word || ampersand;
    // A firm's paper or staff after it: "the Da silva et Charles invoice".
    if (in(k.firm_cues, v) && v != "works" && v != "work" && v != "working") return true;
  }
  // Names joined by "and" twice or more, with no comma: "Badu and
  // Opoku-Akoto and Baawia" (a list of people takes commas).
  if (and_joints >= 2 && !comma_in(text, first, last)) return true;
  // The words before the first: a preposition, and before it a firm's
  // paper or staff ("Facture de", "everyone at", "equipe da").
  if (first >= 2 && text[first - 1] == ' ') {
    const std::size_t ps = word_start_before(text, first - 1);
    const std::string_view prep = text.substr(ps, first - 1 - ps);
    // A firm's or a shop's noun right before: "Le cabinet Richard et Thomas".
    if (in(k.openers, prep)) return true;
    if (upper_at(text, ps) || (words.flags(prep) & kTitle)) return false;  // "Anna Tawia & …"
    // "Contrat avec Richard et Thomas", "a contract with …": a firm's paper
    // only (a titled person "with" two people is no firm's).
    if (ps >= 2 && text[ps - 1] == ' ' &&
        (prep == "avec" || prep == "with" || prep == "con" || prep == "com" || prep == "met" ||
         prep == "cu")) {
      const std::size_t cs = ps - 1;
      const std::size_t ws = word_start_before(text, cs);
      if (ws < cs && in(k.firm_cues, elided(text.substr(ws, cs - ws)))) return true;
    }
    if (!prep.empty() && in(k.ofs, prep) && ps >= 2 && text[ps - 1] == ' ') {
      std::size_t cs = ps - 1;
      if (cs >= 2 && (text[cs - 1] == 'a' || text[cs - 1] == 'A') && text[cs - 2] == ' ') cs -= 2;
      std::size_t ws = word_start_before(text, cs);
      if (ws < cs && in(k.firm_cues, elided(text.substr(ws, cs - ws)))) return true;
      // "de la", and a comma: "Doamna Popusoi de la …", "Madame Dupuis, de …".
      if (ws + 2 == cs && text.substr(ws, 2) == "de" && ws >= 2 && text[ws - 1] == ' ') {
        cs = ws - 1;
        ws = word_start_before(text, cs);
      }
      if (cs >= 1 && text[cs - 1] == ',') ws = word_start_before(text, --cs);
      // A titled person of them: "Mr. Mensah of Wiafe and Akyereko".
      if (ws < cs && upper_at(text, ws) && ws >= 2 && text[ws - 1] == ' ') {
        std::size_t te = ws - 1;
        if (te >= 1 && text[te - 1] == '.') --te;
        const std::size_t ts = word_start_before(text, te);
        if (ts < te && (words.flags(text.substr(ts, te - ts)) & kTitle)) return true;
      }
    }
  }
  // "&" and a surname ("Tawia & Obeng"). (Two bare surnames joined by
  // "and" are as often two people: they stay people.)
  return ampersand && any_surname && !multi;
}

bool street_ending(std::string_view w) {
  if (w.size() < 7 || std::string_view("tnelg").find(w.back()) == std::string_view::npos)
    return false;
  for (std::string_view e : kStreetEndings)
    if (w.size() >= e.size() + 4 && w.ends_with(e)) return true;  // not "Verlaan"
  return false;
}

// Clause openers before a pet's name: "; Josephine sleeps", "I heard
// Marian", "Eet Charlie", "Czy Gilbert", "que Lucia", "and Adam".
constexpr std::string_view kClauseWords[] = {"and", "heard", "think", "says", "said", "et",  "que",
                                             "y",   "e",     "en",    "i",    "și",   "eet", "czy",
                                             "o",   "a",     "el",    "la",   "le",   "is",  "does",
                                             "did", "has",   "ist",   "est",  "mais", "but", "so"};

// ", our parrot", ", notre chienne", ", nasza suczka" right after `end`.
bool pet_after(std::string_view text, std::size_t end) {
  const Sets& k = sets();
  if (end + 4 >= text.size() || text[end] != ',' || text[end + 1] != ' ') return false;
  const std::size_t os = end + 2;
  const std::size_t oe = word_end_after(text, os);
  if (oe <= os || oe + 1 >= text.size() || text[oe] != ' ' ||
      !in(k.owners, text.substr(os, oe - os)))
    return false;
  const std::size_t pe = word_end_after(text, oe + 1);
  return pe > oe + 1 && pe < text.size() && text[pe] == ',' &&
         in(k.pets, text.substr(oe + 1, pe - oe - 1));
}

constexpr std::string_view kNamings[] = {"is called",  "was called", "is named",   "s'appelle",
                                         "s’appelle",  "se llama",   "se chama",   "heet",
                                         "nazywa się", "se numește", "se numeste", "heißt"};

bool pet_before(const Gazetteer& words, std::string_view text, std::size_t start) {
  const Sets& k = sets();
  if (start < 4 || start > text.size()) return false;
  // The name opens a clause: punctuation, or a clause word, right before.
  std::size_t at = start;
  while (at > 0 && text[at - 1] == ' ') --at;
  if (at == 0) return false;
  const char p = text[at - 1];
  if (!(p == ';' || p == ':' || p == '.' || p == '?' || p == '!' || p == ',')) {
    const std::size_t ws = word_start_before(text, at);
    const std::string_view w = text.substr(ws, at - ws);
    bool clause = false;
    for (std::string_view c : kClauseWords) {
      std::array<char, 48> buf;
      if (small_letters(w, buf) == c) clause = true;
    }
    // A naming phrase: "is called", "s'appelle", "se llama", "heet",
    // "nazywa się", "se numește".
    const std::string_view head = text.substr(0, at);
    for (std::string_view n : kNamings)
      if (head.ends_with(n) && (head.size() == n.size() || head[head.size() - n.size() - 1] == ' '))
        clause = true;
    if (!clause) return false;
    at = ws;
  }
  // An owned pet's noun before, on the same line, within 70 bytes.
  const std::size_t from = start > 70 ? start - 70 : 0;
  for (std::size_t e = at; e > from;) {
    --e;
    if (text[e] == '\n') return false;
    if (!(cls(text[e]) & kTokenByte)) continue;
    const std::size_t ws = word_start_before(text, e + 1);
    const std::string_view w = text.substr(ws, e + 1 - ws);
    if (in(k.pets, w)) {
      // "câinele" carries its article; others want one before.
      if (w.ends_with("le") || w.ends_with("ul") || w.ends_with("ua")) return true;
      const Before b = word_before(text, ws);
      if (b.ok() && !b.dot && in(k.owners, text.substr(b.start, b.end - b.start))) return true;
      if (ws + w.size() < text.size()) {
        // "Câinele nostru": an owner after.
        const std::size_t os = ws + w.size() + 1;
        if (os < text.size() && in(k.owners, text.substr(os, word_end_after(text, os) - os)))
          return true;
      }
    }
    // A capitalised word between (another name) ends the search.
    if (ws < at && upper_at(text, ws) && (words.flags(w) & kGivenName) && ws + 1 != at)
      return false;
    e = ws;
  }
  return false;
}

// A place's opener ("Ciudad", "Villa", "San", "Puerto") and a particle
// ("de", "del", "de los") before the name.
bool place_particle_before(const Gazetteer& words, std::string_view text, std::size_t start) {
  const Sets& k = sets();
  std::size_t at = start;
  bool particle = false;
  for (int hops = 0; hops < 5 && at >= 2 && text[at - 1] == ' '; ++hops) {
    const std::size_t ws = word_start_before(text, at - 1);
    if (ws + 1 >= at) return false;
    const std::string_view w = text.substr(ws, at - 1 - ws);
    if (!upper_at(text, ws)) {
      if (w == "de" || w == "del" || w == "los" || w == "las" || w == "la" || w == "do" ||
          w == "da" || w == "dos" || w == "das") {
        particle = true;
        at = ws;
        continue;
      }
      return false;
    }
    if (particle && ((words.flags(w) & kPlacePrefix) || in(k.saints, w))) return true;
    if (!particle) return false;
    at = ws;
  }
  return false;
}

// A dwelling's or a road's verb and its preposition before `at`: "lives on
// Perrot de la Pompe", "Roadworks on Prosper Du Sommerard", "The parade
// goes down Marginal Eduardo".
bool street_verb_before(std::string_view text, std::size_t at) {
  static constexpr std::string_view kVerbs[] = {
      "lives", "live",   "living",  "lived",  "roadworks", "goes",    "go",
      "went",  "drive",  "drove",   "walk",   "walked",    "driving", "walking",
      "turn",  "turned", "resides", "reside", "situated",  "located"};
  static constexpr std::string_view kPreps[] = {"on", "down", "onto", "along", "up"};
  if (at < 4 || at > text.size() || text[at - 1] != ' ') return false;
  const std::size_t ps = word_start_before(text, at - 1);
  if (ps + 1 >= at || ps < 2 || text[ps - 1] != ' ') return false;
  const std::string_view prep = text.substr(ps, at - 1 - ps);
  bool ok = false;
  for (std::string_view p : kPreps) ok = ok || prep == p;
  if (!ok) return false;
  const std::size_t vs = word_start_before(text, ps - 1);
  std::array<char, 48> buf;
  const std::string_view verb = small_letters(text.substr(vs, ps - 1 - vs), buf);
  for (std::string_view v : kVerbs)
    if (verb == v) return true;
  return false;
}

}  // namespace

NamedAfter framed_as_no_person(const Gazetteer& words, std::string_view text, std::size_t start,
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
  // A street's noun opening the finding ("Bulevar Sonia", "Viaducto Axel
  // Caraballo"), a shop's ("Abarrotes Matías"); a firm's word closing it
  // ("Nsia Motors", "Bernard Inc."); a Dutch street's ending ("Jonah
  // Wolterslaan").
  if (first_end < end && upper_at(text, start)) {
    if ((in(k.streets, first) && !surname_too(first)) ||
        (first_end < text.size() && text[first_end] == '.' && in(k.abbreviations, first)))
      return {number_after(text, end) ? NamedAfter::Kind::kAddress : NamedAfter::Kind::kPlace,
              start, end};
    if (in(k.openers, first)) return {NamedAfter::Kind::kThing, start, end};
    const std::size_t le = text[end - 1] == '.' ? end - 1 : end;  // "Inc."
    const std::size_t ls = word_start_before(text, le);
    const std::string_view last = text.substr(ls, le - ls);
    if (ls > start && in(k.closers, last)) return {NamedAfter::Kind::kThing, start, end};
    if (ls > start && upper_at(text, ls) && street_ending(last))
      return {number_after(text, end) ? NamedAfter::Kind::kAddress : NamedAfter::Kind::kPlace,
              start, end};
  }
  if (first_end == end && street_ending(first) && upper_at(text, start))
    return {NamedAfter::Kind::kPlace, start, end};
  // A firm's legal form in small letters after it: "Niemczyk s.c.".
  if (end + 5 <= text.size() && text[end] == ' ' &&
      (text.substr(end + 1, 4) == "s.c." || text.substr(end + 1, 3) == "sp." ||
       text.substr(end + 1, 5) == "z o.o"))
    return {NamedAfter::Kind::kThing, start, end};
  // A month or a weekday after a word that takes a date: "na Domingo",
  // "until Martie", "le 30 Mai".
  if (first_end == end && in(k.calendar, first)) {
    const Before c = word_before(text, start);
    if (c.ok() && !c.hyphen) {
      const std::string_view w = text.substr(c.start, c.end - c.start);
      if (in(k.calendar_cues, w) || digits_only(w)) return {NamedAfter::Kind::kThing, start, end};
    }
  }
  // A pet far from its kind: a lone given name at a clause's start after
  // "our dog", "notre chien", "nasz pies" in the same line.
  // A shop's or a café's noun right before: "Le café Michèle", "la
  // cafetería Ximena" (a firm's word, not a title: "Dr.").
  if (b.ok() && !b.dot && !b.hyphen && in(k.eateries, text.substr(b.start, b.end - b.start)))
    return {NamedAfter::Kind::kThing, start, end};
  // A pet in apposition: "Bella, notre chienne, …", "Akosua, our parrot".
  if (end - start < 32 && pet_after(text, end) &&
      (start == 0 || text[start - 1] == '\n' || (start >= 2 && text[start - 2] == '.')))
    return {NamedAfter::Kind::kThing, start, end};
  if (first_end == end && pet_before(words, text, start))
    return {NamedAfter::Kind::kThing, start, end};
  // A street after a dwelling's or a road's verb ("lives on Huet
  // Mouffetard"), and the rest of its name after "de la", "du", "d'"
  // ("lives on Camille de la Victoire").
  if (street_verb_before(text, start)) return {NamedAfter::Kind::kPlace, start, end};
  for (std::string_view part : {"de la ", "du ", "d'", "de "}) {
    if (start < part.size() + 2 || text.substr(start - part.size(), part.size()) != part) continue;
    const std::size_t pe = start - part.size() - (part.back() == ' ' ? 1 : 0);
    if (part.back() == ' ' ? text[pe] != ' ' : text[pe - 1] == ' ') continue;
    const std::size_t we = part.back() == ' ' ? pe : start - part.size();
    const std::size_t ws = word_start_before(text, we);
    if (ws < we && upper_at(text, ws) && street_verb_before(text, ws))
      return {NamedAfter::Kind::kPlace, start, end};
    break;
  }
  // A name after a place's opener and a particle: "Ciudad del Carmen",
  // "San Nicolás de los Garza", "Villa de Álvarez".
  if (place_particle_before(words, text, start)) return {NamedAfter::Kind::kPlace, start, end};
  if (b.ok()) {
    const std::string_view w = text.substr(b.start, b.end - b.start);
    if (upper_at(text, b.start) && in(k.saints, w) && (!b.dot || w.size() <= 3))
      return {NamedAfter::Kind::kPlace, b.start, end};
    if (!b.hyphen &&
        ((!b.dot && in(k.streets, w) && !surname_too(w)) || (b.dot && in(k.abbreviations, w))))
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
  if (end - start < 48 && firm_of_names(words, text, start, end))
    return {NamedAfter::Kind::kThing, start, end};
  return {NamedAfter::Kind::kNone, start, end};
}

NamedAfter named_after_or_framed(const Gazetteer& words, std::string_view text, std::size_t start,
                                 std::size_t end) {
  const NamedAfter a = named_after_someone(words, text, start, end);
  return a.kind != NamedAfter::Kind::kNone ? a : framed_as_no_person(words, text, start, end);
}

}  // namespace switchyard::privacy::words
