#include "switchyard/privacy/address_layout.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <optional>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "switchyard/privacy/address_scripts.hpp"
#include "switchyard/privacy/detector_config.hpp"
#include "switchyard/privacy/name_words.hpp"
#include "switchyard/privacy/rule.hpp"

namespace switchyard::privacy {

using namespace words;

namespace {

// Street types, folded to lower case, written from general knowledge of each
// language's postal usage; in the language's own script and in Latin
// transliteration. Words that are ordinary English words ("place", "route",
// "court") are left to the name finder's English rules.
constexpr std::string_view kTypes[] = {
    // Armenian: street, avenue, lane, dead end, square, highway, district.
    "փողոց", "պողոտա", "նրբանցք", "փակուղի", "հրապարակ", "խճուղի", "թաղամաս", "մայրուղի", "poghots",
    "poghota", "pokhots", "nrbantsk", "hraparak",
    // Georgian: street, avenue, lane, dead end, square, alley, highway,
    // ascent, descent, embankment, quarter, boulevard, passage, district.
    "ქუჩა", "გამზირი", "შესახვევი", "ჩიხი", "მოედანი", "ხეივანი", "გზატკეცილი", "აღმართი",
    "დაღმართი", "სანაპირო", "კვარტალი", "ბულვარი", "გასასვლელი", "მიკრორაიონი", "kucha", "kuchis",
    "gamziri", "shesakhvevi", "chikhi", "moedani", "khevivani",
    // Greek: street (and its genitive), avenue, square, side street, alley.
    "οδός", "οδού", "λεωφόρος", "λεωφόρου", "πλατεία", "πάροδος", "στενό", "odos", "odou",
    "leoforos", "plateia", "platia", "parodos",
    // Azerbaijani and Turkish.
    "küçəsi", "küçə", "prospekti", "prospekt", "sahəsi", "meydanı", "meydan", "döngəsi", "döngə",
    "dalanı", "dalan", "bulvarı", "bulvar", "şossesi", "şosse", "yolu", "sokak", "sokağı", "sokagi",
    "cadde", "caddesi", "mahallesi", "kucesi", "kuchasi",
    // Welsh.
    "heol", "ffordd", "stryd", "lôn", "rhodfa", "cilgant", "teras", "cwrt", "llys", "ystad",
    "sgwâr",
    // Russian, Ukrainian, Bulgarian, Serbian and Macedonian Cyrillic.
    "улица", "проспект", "переулок", "площадь", "набережная", "шоссе", "бульвар", "аллея", "тупик",
    "проезд", "тракт", "линия", "квартал", "микрорайон", "вулиця", "провулок", "площа", "майдан",
    "узвіз", "набережна", "алея", "шосе", "булевард", "улица", "булевар", "улице", "пр-т", "пр-д",
    "б-р", "ulitsa", "prospekt", "pereulok", "ploshchad", "naberezhnaya", "shosse", "bulvar",
    "vulytsia", "vulitsa", "provulok",
    // Hebrew and Arabic, in their scripts and transliterated.
    "רחוב", "שדרות", "דרך", "כיכר", "סמטה", "شارع", "طريق", "ميدان", "زقاق", "rehov", "rechov",
    "derech", "sderot", "kikar", "simta", "sharia", "shari", "tariq", "tareeq", "midan", "zuqaq",
    // Uzbek (Latin with each apostrophe form, and Cyrillic).
    "ko'chasi", "kochasi", "ko'cha", "mavzesi", "massivi", "proyezdi", "dahasi", "kvartali",
    "shoxko'chasi", "mahallasi", "maydoni", "yo'li", "berk", "tor", "shoh",
    // boulevard, avenue or alley, embankment and village, with their
    // possessive suffix.
    "bulvari", "xiyoboni", "xiyobon", "qirg'oqi", "qishlog'i", "qishloq", "кўчаси", "кучаси",
    "мавзеси", "майдони", "йўли", "проезди", "мавзе", "даҳаси",
    // Georgian genitives and more place words: street's, avenue's, square's;
    // settlement, district.
    "ქუჩის", "გამზირის", "მოედნის", "შესახვევის", "ჩიხის", "დასახლება", "უბანი",
    // Esperanto.
    "strato", "avenuo", "bulvardo", "placo", "vojo", "aleo", "kajo", "ŝoseo", "strateto",
    // French, Canadian and West African French usage.
    "rue", "boulevard", "avenue", "chemin", "rang", "montée", "côte", "croissant", "promenade",
    "terrasse", "carré", "impasse", "allée", "quai", "cours", "sentier", "voie", "immeuble",
    "résidence", "lotissement", "cité", "quartier", "carrefour", "rond-point", "autoroute",
    "ruelle", "esplanade", "parvis", "faubourg", "route",
    // Spanish, Portuguese, Italian, Romanian, Polish, Baltic, Central
    // European, Nordic, Dutch, German, Indonesian.
    "calle", "avenida", "paseo", "plaza", "camino", "carretera", "ronda", "travesía",
    "urbanización", "glorieta", "pasaje", "callejón", "riera", "arroyo", "parque", "poblado",
    "solar", "colonia", "rua", "travessa", "praça", "estrada", "alameda", "rodovia", "largo", "via",
    "viale", "piazza", "corso", "vicolo", "contrada", "borgo", "località", "strada", "bulevardul",
    "aleea", "calea", "intrarea", "șoseaua", "splaiul", "ulica", "aleja", "plac", "rynek", "wyspa",
    "osiedle", "wybrzeże", "bulwar", "iela", "gatvė", "gatve", "prospektas", "utca", "út", "tér",
    "körút", "ulice", "náměstí", "třída", "nábřeží", "trg", "cesta", "obala", "gata", "gatan",
    "vägen", "väg", "vej", "gade", "veien", "vei", "straat", "laan", "plein", "gracht", "kade",
    "singel", "straße", "strasse", "gasse", "platz", "allee", "jalan", "gang",
    // Hungarian, after the name in small letters ("Petőfi Sándor főút 12.");
    // Latvian; Norwegian, Danish and Swedish separate words.
    "főút", "fasor", "lakótelep", "határút", "országút", "útja", "sugárút", "köz", "liget",
    "sétány", "rakpart", "dűlő", "főtér", "körtér", "gatve", "dambis", "bulvāris", "laukums",
    "šoseja", "prospekts", "krastmala", "ceļš", "gata", "vei", "veg", "plass",
    // More Spanish and Portuguese types: slope, rise, descent, path, suburb,
    // lane, steps, crescent, roundabout.
    "cuesta", "subida", "bajada", "senda", "arrabal", "costanilla", "rambla", "cañada", "praceta",
    "calçada", "beco", "azinhaga", "viela", "escadinhas", "rotunda",
    // More Spanish types as Spain's street guides list them: hamlet, ravine,
    // quarter, block, alley, hamlet, estate, building, flight of steps,
    // esplanade, railway, group, orchard, gardens, block, farmhouse, market,
    // wharf, plot, estate, extension, bridge, estate, branch road, ramp,
    // corner, torrent.
    "aldea", "barranco", "barrio", "bloque", "calleja", "caserío", "caserio", "conjunto",
    "edificio", "escalinata", "explanada", "extramuros", "extrarradio", "ferrocarril", "grupo",
    "huerta", "jardines", "masía", "mercado", "muelle", "parcela", "polígono", "prolongación",
    "quinta", "ramal", "rampa", "rincón", "torrente",
    // More Esperanto: forest, dike, island, field, cliff, lake, mountain,
    // park, bridge, river, tunnel, viaduct, garden.
    "arbaro", "digo", "insulo", "kampo", "klifo", "lago", "monto", "parko", "ponto", "rivero",
    "tunelo", "viadukto", "ĝardeno",
    // More Welsh: field, close, quay, view, estate, nook, grove, ridge,
    // mansion, moor, wood, hillside, road (a spelling of "heol"), lane,
    // hollow, brook, nook, cloister, church, knoll.
    "maes", "clos", "cwit", "trem", "stad", "cae", "llwyn", "esgair", "plas", "rhos", "coed",
    "bron", "hoel", "lon", "pant", "nant", "cil", "clas", "eglwys", "ponc",
    // Uzbek quarter (as faker spells "dahasi"), Quebec "rte", Thai lane
    // and road in Latin letters, Hungarian row.
    "daxasi", "rte", "soi", "thanon", "sor",
    // Portuguese quarter, access, steps, path, garden, slope, estate;
    // Latvian "gāte"; Spanish bridge.
    "bairro", "acesso", "escadas", "caminho", "jardim", "ladeira", "urbanização", "gāte", "puente",
    // Macedonian and Serbian boulevard romanised; Spanish "Pº" (paseo),
    // plots, entrance.
    "bulevar", "bulevard", "pº", "terrenos", "entrada"};

// Abbreviations: street types only with their dot ("pr.", "ул.", "Λεωφ.").
constexpr std::string_view kAbbreviations[] = {
    "փ", "պող", "նրբ", "ქ", "გამზ", "οδ", "λεωφ", "πλ", "küç", "pr", "prosp", "dal", "dön", "sh",
    "sk", "sok", "cd", "cad", "blv", "bul", "mah", "mh", "ул", "пр", "пер", "пл", "наб", "ш", "ал",
    "туп", "вул", "пров", "мкр", "бул", "кв-л", "str", "ul", "al", "pl", "os", "boul", "bd", "blvd",
    "av", "ave", "ch", "imm", "rés", "c", "cl", "pza", "avda", "trav", "p.zza", "loc", "jl", "jln",
    "gg", "u", "krt", "nám", "leof", "od", "ko'ch", "кўч", "bulw", "ctra", "crta",
    // Greek side street, Indonesian kampung, dukuh, desa and pasar,
    // Portuguese rua.
    "παρ", "kpg", "kp", "dk", "ds", "psr", "r",
    // Greek side street and square romanised ("Par. Pantazi 593").
    "par"};

// Units and floors after the house number ("m. 665", "кв. 12", "Apt. 4").
constexpr std::string_view kUnits[] = {
    "apt", "apartment", "suite", "ste", "unit", "flat", "fl", "floor", "bldg", "app", "appt",
    "bureau", "local", "étage", "etage", "bloc", "ap", "etaj", "m", "mənzil", "menzil", "kv", "кв",
    "квартира", "оф", "офис", "բն", "բնակարան", "ბინა", "ბ", "διαμ", "διαμέρισμα", "piso", "puerta",
    "dz", "lok", "stan", "daire", "lgh", "whg", "interno", "int", "scala", "sc", "esc", "depto",
    "dpto", "bajo", "fflat", "ĉambro", "apartamento", "კორპუსი", "კორპ", "unité",
    // Norwegian leilighet, Finnish asunto, Hungarian emelet and földszint,
    // Russian корпус and строение, Macedonian кат, Greek όροφος.
    "leil", "as", "em", "fszt", "корп", "стр", "строение", "корпус", "кат", "όροφος",
    // Greek floor romanised, Czech floor and flat, Portuguese floor,
    // Hungarian floor and door, Austrian flat ("Top 4") and staircase,
    // Belgian box ("bus 3"), Uzbek flat, Esperanto floor.
    "orofos", "patro", "byt", "andar", "emelet", "ajtó", "top", "stiege", "tür", "bus", "xonadon",
    "kvartira", "etaĝo", "building", "oppgang",
    // Greek flat and office romanised ("Diam. 9", "Gr. 5").
    "diam", "gr"};

// Compound street names of Esperanto ("Ĉefstrato", "Kastelvojo"): the type
// is the word's last part.
constexpr std::string_view kEndings[] = {
    "strato", "vojo",  "placo", "aleo",  "avenuo", "bulvardo", "kajo",   "ŝoseo",    "arbaro",
    "insulo", "kampo", "klifo", "parko", "ponto",  "rivero",   "tunelo", "viadukto", "ĝardeno"};

// An Uzbek microdistrict by its number: "12-mavze", "4-kvartal".
bool uzbek_quarter(std::string_view w) {
  std::size_t d = 0;
  while (d < w.size() && is_digit(w[d])) ++d;
  const std::string_view s = w.substr(d);
  return d > 0 && d <= 3 &&
         (s == "-mavze" || s == "-mavzesi" || s == "-kvartal" || s == "-мавзе" || s == "-даха");
}

bool uzbek_house(std::string_view suffix) {
  return equals_lower(suffix, "-uy") || equals_lower(suffix, "-son") ||
         equals_lower(suffix, "-xonadon") || suffix == "-уй" || suffix == "-дом" || suffix == "-й";
}

// Greek months in the genitive, as dates write them ("5 Μαΐου 2024"): no
// street.
bool greek_month(std::string_view w) {
  static constexpr std::string_view kMonths[] = {
      "Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου",     "Απριλίου",  "Μαΐου",     "Ιουνίου",
      "Ιουλίου",    "Αυγούστου",   "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"};
  for (std::string_view m : kMonths)
    if (w == m) return true;
  return false;
}

// French street types written in small letters that are English words as
// well ("12 avenue des Pins"): street types only after a house number and
// before a capitalised name or a particle.
bool french_small_type(std::string_view w) {
  static constexpr std::string_view kTypes[] = {
      "avenue",    "boulevard", "chemin", "rang",    "promenade", "croissant", "terrasse",
      "esplanade", "cours",     "quai",   "impasse", "place",     "route"};
  for (std::string_view t : kTypes)
    if (w == t) return true;
  return false;
}

// "Pen-Y-Wern", "Heol-y-Foelas", "Maes-yr-Haf": a Welsh name joined by its
// article inside a hyphenated word, after a house number a street's.
bool welsh_joined(std::string_view w) {
  return w.find("-y-") != std::string_view::npos || w.find("-Y-") != std::string_view::npos ||
         w.find("-yr-") != std::string_view::npos || w.find("-Yr-") != std::string_view::npos;
}

// "Ĉefstrato": a street's name and its type in one word. And a Slavic
// street named by an adjective, its "ulica"/"улица" left out ("Šumska 781",
// "Porečka 6", "Партизанска 12", "Тверская 5", "Садова 3").
bool compound_street(std::string_view w) {
  for (std::string_view e : kEndings)
    if (w.size() > e.size() + 2 && w.ends_with(e)) return true;
  // Norwegian and Finnish streets are one word, their type its last part
  // ("Sjøgrenda", "Fosseskrenten", "Karoliinaraitti", "Saarinenkaari").
  // Endings that are surnames as often ("-haugen", "-mäki", "-ranta") are
  // left out.
  static constexpr std::string_view kNordic[] = {
      "veien", "vegen", "gata", "gaten", "bakken", "stien", "svingen", "toppen", "tunet", "jordet",
      "gjerdet", "grenda", "kroken", "løkka", "lunden", "engen", "plassen", "berget", "skrenten",
      "havna", "brekka", "kollen", "åsen", "myra", "sletta", "stranda", "veita", "vollen", "ringen",
      "stubben", "smauet", "vangen", "tie", "katu", "kuja", "polku", "raitti", "linja", "kaari",
      "penger", "rinne", "puisto", "tori", "väylä", "aukio", "niitty", "portti", "kaarre", "tanhua",
      "kenttä", "ahde", "kumpu",

      // Flemish avenue and highway ("Lewisdreef", "Brusselsesteenweg"),
      // Austrian settlement ("Verwaltersiedlung").
      "dreef", "steenweg", "siedlung"};
  for (std::string_view e : kNordic)
    if (w.size() > e.size() + 2 && w.ends_with(e)) return true;
  // Norwegian road and street in their short forms, after a name of four
  // letters at least ("Haugensvei", "Skogvei", "Torgersensgate"; not
  // "Survei").
  for (std::string_view e : {std::string_view("vei"), std::string_view("gate")})
    if (w.size() >= e.size() + 4 && w.ends_with(e)) return true;
  static constexpr std::string_view kAdjectives[] = {
      "ska",  "ška",  "čka",  "ćka",  "cka", "ská", "cká", "skaya", "skaja",
      "ская", "цкая", "ська", "цька", "ска", "цка", "шка", "чка"};
  if (w.size() < 7) return false;
  for (std::string_view e : kAdjectives)
    if (w.ends_with(e)) return !greek_month(w);
  return false;
}

// Norwegian words that open a street's name: east, west, north, south,
// upper, lower, big, little, old, new.
bool nordic_prefix(std::string_view w) {
  static constexpr std::string_view kWords[] = {"Østre", "Vestre", "Nordre", "Søndre", "Øvre",
                                                "Nedre", "Store",  "Lille",  "Gamle",  "Nye"};
  for (std::string_view k : kWords)
    if (w == k) return true;
  return false;
}

// The genitive of a name in -ης or -ας ("Μιχαηλίδη", "Πανταζή",
// "Βονόρτα"), five letters at least: a given name's nominative as well
// ("Μαρία", "Ελένη"), so a street only alone, where its number ends a
// clause.
bool greek_short_genitive(std::string_view w) {
  // Nouns counted by a number that end so: hall, page, gate, door, line,
  // platform, unit, question, exercise, seat, version, phase, group, class,
  // category, room.
  static constexpr std::string_view kCounted[] = {
      "Αίθουσα", "Σελίδα", "Πύλη",   "Θύρα", "Γραμμή", "Αποβάθρα", "Ενότητα",   "Ερώτηση",
      "Άσκηση",  "Θέση",   "Έκδοση", "Φάση", "Ομάδα",  "Τάξη",     "Κατηγορία", "Πλατφόρμα"};
  for (std::string_view c : kCounted)
    if (w == c) return false;
  return w.size() >= 10 && static_cast<unsigned char>(w[0]) == 0xCE &&
         (w.ends_with("η") || w.ends_with("ή") || w.ends_with("α") || w.ends_with("ά"));
}

// A Greek word in the genitive, as Greek streets are named without their
// type ("Ερμού 25", "Αθηνάς 12", "Πατησίων 40").
bool greek_genitive(std::string_view w) {
  if (w.size() < 6 || static_cast<unsigned char>(w[0]) != 0xCE || greek_month(w)) return false;
  static constexpr std::string_view kEnds[] = {"ου", "ού", "ων", "ών", "ης",
                                               "ής", "ας", "άς", "ους"};
  if (greek_short_genitive(w)) return true;
  for (std::string_view e : kEnds)
    if (w.ends_with(e)) return !greek_month(w);
  return false;
}

// A Greek genitive in Latin letters, as Greeks romanise their streets'
// names: "-ou" or "-oy" ("Ermou", "Athanasiou", "Gennadioy"), six letters
// at least, ASCII.
bool roman_greek_genitive(std::string_view w) {
  if (w.size() < 6 || !(w.ends_with("ou") || w.ends_with("oy"))) return false;
  for (char c : w)
    if (!is_ascii_alpha(c)) return false;
  return true;
}

// Czech prepositions that open a street's name: under, above, at, to, on,
// behind, in, between, before.
bool czech_preposition(std::string_view w) {
  for (std::string_view p : {"Pod", "Nad", "U", "K", "Ke", "Na", "Za", "V", "Ve", "Mezi", "Před"})
    if (w == p) return true;
  return false;
}

// Before a house number: "No: 12", "nr 5", "n° 7", "№ 3", Russian "д. 5"
// and "дом 5".
bool number_prefix(std::string_view w) {
  // Greek "αρ." (αριθμός), Georgian "№".
  return equals_lower(w, "no") || equals_lower(w, "nr") || w == "nº" || w == "n°" || w == "n" ||
         equals_lower(w, "num") || equals_lower(w, "br") || w == "бр" || w == "број" || w == "д" ||
         w == "дом" || w == "αρ" || w == "№";
}

// The first digit at or after `from` (text.size() if none): sixteen bytes at
// a time, since most text has few digits and every street has one.
std::size_t next_digit(std::string_view text, std::size_t from) {
  const std::size_t n = text.size();
  std::size_t i = from;
#if defined(__SSE2__)
  for (; i + 16 <= n; i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const __m128i shifted = _mm_add_epi8(_mm_sub_epi8(x, _mm_set1_epi8('0')), _mm_set1_epi8(-128));
    const auto mask = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(10 - 128)))));
    if (mask) return i + static_cast<std::size_t>(__builtin_ctz(mask));
  }
#endif
  for (; i < n; ++i)
    if (is_digit(text[i])) return i;
  return n;
}

bool word_byte(char c) {
  return is_digit(c) || is_ascii_alpha(c) || static_cast<unsigned char>(c) >= 0x80;
}

// A word's bytes: letters of any script, digits, and an inner hyphen or
// apostrophe ("Pen-Y-Wern", "d'Argenteuil", "пр-т").
std::size_t word_end(std::string_view text, std::size_t at) {
  std::size_t e = at;
  while (e < text.size()) {
    if (word_byte(text[e])) {
      ++e;
    } else if ((text[e] == '-' || text[e] == '\'' || text[e] == '`') && e + 1 < text.size() &&
               word_byte(text[e + 1]) && e > at) {
      ++e;
    } else {
      break;
    }
  }
  return e;
}

std::size_t word_start(std::string_view text, std::size_t end) {
  std::size_t s = end;
  while (s > 0) {
    if (word_byte(text[s - 1])) {
      --s;
    } else if ((text[s - 1] == '-' || text[s - 1] == '\'' || text[s - 1] == '`') && s >= 2 &&
               word_byte(text[s - 2]) && s < end) {
      --s;
    } else {
      break;
    }
  }
  return s;
}

// A house number with its groups, one past its end (0 if none): digits
// (at most five), a letter perhaps after a dash ("3139-A", "34B"), then up
// to two groups after a dash or a slash, each of digits (at most four) and
// a letter perhaps ("38-4/27", "126/4/11", "22-4490", "2395/43a"), or a
// letter after a slash ("34/B"). Three groups or more, or a four-digit
// group after a two-digit one and a dash or slash ("12-05-2024", "05/2024"),
// are a date or a code.
std::size_t grouped_house_end(std::string_view text, std::size_t s) {
  const std::size_t n = text.size();
  auto letter_at = [&](std::size_t k) {
    return k < n && is_ascii_alpha(text[k]) && (k + 1 == n || !word_byte(text[k + 1]));
  };
  std::size_t e = s;
  while (e < n && is_digit(text[e])) ++e;
  if (e == s || e - s > 5) return 0;
  if (letter_at(e))
    ++e;
  else if (e + 1 < n && text[e] == '-' && letter_at(e + 1))
    e += 2;
  for (int groups = 0; groups < 3; ++groups) {
    if (e + 1 >= n || !(text[e] == '-' || text[e] == '/')) break;
    if (groups == 2) return 0;
    std::size_t k = e + 1;
    if (text[e] == '/' && letter_at(k)) return k + 1;
    const std::size_t d = k;
    while (k < n && is_digit(text[k])) ++k;
    if (k == d || k - d > 4) return 0;
    if (k - d == 4 && (text[d] == '1' || text[d] == '2') &&
        (text[d + 1] == '9' || text[d + 1] == '0'))
      return 0;  // a year
    // "555-1234", "1234-567": a phone number's or a postcode's groups.
    if (text[e] == '-' && groups == 0 && k - d >= 3 && d - 1 - s >= 3) return 0;
    if (letter_at(k)) ++k;
    e = k;
  }
  if (e < n && word_byte(text[e])) return 0;
  return e;
}

// Folds a word to lower case: ASCII, Latin-1, Latin Extended-A, "Ə", Greek,
// Cyrillic and Armenian capitals (two-byte code points). Longer words are not
// listed: they are returned empty.
std::string_view fold(std::string_view w, std::array<char, 64>& buf) {
  if (w.size() > buf.size()) return {};
  std::size_t j = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const auto c = static_cast<unsigned char>(w[i]);
    if (c < 0x80) {
      // Uzbek's o' and g' are written with any apostrophe: one form here.
      buf[j++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c == '`' ? '\'' : c);
      continue;
    }
    // U+2018, U+2019 (three bytes) and U+02BB, U+02BC (two): an apostrophe.
    if (c == 0xE2 && i + 2 < w.size() && static_cast<unsigned char>(w[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(w[i + 2]) == 0x98 ||
         static_cast<unsigned char>(w[i + 2]) == 0x99)) {
      buf[j++] = '\'';
      i += 2;
      continue;
    }
    if (c >= 0xC2 && c <= 0xDF && i + 1 < w.size()) {
      unsigned cp = (c & 0x1Fu) << 6 | (static_cast<unsigned char>(w[i + 1]) & 0x3Fu);
      if (cp == 0x2BB || cp == 0x2BC) {
        buf[j++] = '\'';
        ++i;
        continue;
      }
      if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x391 && cp <= 0x3AB) ||
          (cp >= 0x410 && cp <= 0x42F))
        cp += 0x20;
      else if (cp >= 0x531 && cp <= 0x556)
        cp += 0x30;  // Armenian
      else if (cp >= 0x400 && cp <= 0x40F)
        cp += 0x50;
      else if (cp == 0x386)
        cp = 0x3AC;
      else if (cp >= 0x388 && cp <= 0x38A)
        cp += 0x25;
      else if (cp == 0x38C)
        cp = 0x3CC;
      else if (cp == 0x38E || cp == 0x38F)
        cp += 0x3F;
      else if (cp == 0x18F)
        cp = 0x259;
      else if (cp >= 0x100 && cp <= 0x17E && cp != 0x130 && cp != 0x131 && cp != 0x138 &&
               cp != 0x149 && cp != 0x178) {
        // Latin Extended-A: capitals at even code points, but odd ones in
        // U+0139..U+0148 and U+0179..U+017E ("Ĺ", "Ž").
        const bool odd_capitals = (cp >= 0x139 && cp <= 0x148) || cp >= 0x179;
        if ((cp % 2 == 1) == odd_capitals) cp += 1;
      }
      if (cp >= 0x800) return {};
      buf[j++] = static_cast<char>(0xC0 | cp >> 6);
      buf[j++] = static_cast<char>(0x80 | (cp & 0x3F));
      ++i;
      continue;
    }
    buf[j++] = static_cast<char>(c);
  }
  return {buf.data(), j};
}

// Norwegian, Finnish, Hungarian, Greek, Russian, Swiss, Spanish,
// Portuguese, Dutch, Polish and English post-office boxes, as written
// before their number ("Postboks 123", "Pf. 207.", "Τ.Θ. 6201", "а/я 15",
// "Case postale 12", "Apartado de Correos 5"). `dotted` ones count only
// with their dot; `town` ones only with a postcode and town after them
// ("PL 808, 64014 Kuopio": "PL" is a country code as well).
struct PoBox {
  std::string_view words;
  bool town;
};
constexpr PoBox kPoBoxes[] = {{"postboks", false},
                              {"postfach", false},
                              {"postbus", false},
                              {"case postale", false},
                              {"boîte postale", false},
                              {"casella postale", false},
                              {"apartado de correos", false},
                              {"apartado", false},
                              {"caixa postal", false},
                              {"p.o. box", false},
                              {"g.p.o. box", false},
                              {"p. o. box", false},
                              {"c.p.", false},
                              {"t.th.", false},
                              {"č. p.", false},
                              {"č.p.", false},
                              {"čp.", false},
                              {"po box", false},
                              {"skrytka pocztowa", false},
                              {"postilokero", false},
                              {"pf.", false},
                              {"τ.θ.", false},
                              {"а/я", false},
                              {"п/я", false},
                              {"pl", true},
                              {"postbox", false},
                              {"box", true}};

// The start of a post-office box's words right before `at` (a space and
// its number), or npos; `town` says whether a town line must follow.
std::size_t po_box_before(std::string_view text, std::size_t at, bool& town) {
  if (at < 3 || text[at - 1] != ' ') return std::string_view::npos;
  const std::size_t end = at - 1;
  // The boxes' words folded once, not at every number.
  static const auto folded = [] {
    std::array<std::string, std::size(kPoBoxes)> f;
    for (std::size_t k = 0; k < f.size(); ++k) {
      std::array<char, 64> buf;
      f[k] = fold(kPoBoxes[k].words, buf);
    }
    return f;
  }();
  for (std::size_t k = 0; k < std::size(kPoBoxes); ++k) {
    const PoBox& box = kPoBoxes[k];
    const std::size_t len = box.words.size();
    if (len > end) continue;
    // The last letter first, without folding the words: most numbers have
    // no box before them.
    const char last = text[end - 1], want = folded[k].back();
    if (static_cast<unsigned char>(last) < 0x80 && static_cast<unsigned char>(want) < 0x80 &&
        (last >= 'A' && last <= 'Z' ? last | 0x20 : last) != want)
      continue;
    const std::string_view w = text.substr(end - len, len);
    std::array<char, 64> a;  // fold writes what it returns
    const std::string_view fw = fold(w, a);
    if (fw.empty() || fw != folded[k]) continue;
    const std::size_t s = end - len;
    if (s > 0 && (word_byte(text[s - 1]) || text[s - 1] == '.')) continue;
    // "PL" and "Box" in capitals as written ("PL 808", "Box 12").
    if (box.town && !(w[0] >= 'A' && w[0] <= 'Z')) continue;
    town = box.town;
    return s;
  }
  return std::string_view::npos;
}

bool common_word(const Gazetteer& g, std::string_view w) {
  return (g.flags(w) & kCommonWord) != 0;
}

struct Word {
  std::size_t start = 0, end = 0;
  bool dot = false;  // a dot right after it
};

// ---- Indian house designators --------------------------------------------
//
// India writes the house first, by its designator and number, then the
// locality's parts after commas, then the town and a six-digit PIN:
// "H.No. 12-3-456, Banjara Hills, Hyderabad 500034", "Plot No. 45, Sector
// 18, Noida", "#365, 10th Main, 6th Block", "D-263, Koramangala, Bengaluru
// 560034". The house and the part after it are the street.

// A locality word of Indian addresses.
bool indian_locality_word(std::string_view w) {
  // ("Main", "Cross", "Block" count only after an ordinal: "10th Main".)
  static constexpr std::string_view kWords[] = {
      "Sector",  "Nagar",     "Layout", "Road",      "Colony",     "Lane",    "Marg", "Vihar",
      "Enclave", "Extension", "Hills",  "Residency", "Apartments", "Society", "Gali", "Mohalla",
      "Bagh",    "Puram",     "Halli",  "Palya",     "Peth",       "Wadi",    "Ganj", "Chowk"};
  for (std::string_view k : kWords)
    if (w == k) return true;
  return false;
}

// A six-digit PIN ("560034", "560 034") on the same line after `from`,
// within 80 bytes.
bool pin_after(std::string_view text, std::size_t from) {
  const std::size_t stop = std::min(text.size(), from + 80);
  for (std::size_t k = from; k < stop && text[k] != '\n'; ++k) {
    if (!is_digit(text[k]) || (k > 0 && word_byte(text[k - 1]))) continue;
    std::size_t e = k;
    while (e < text.size() && is_digit(text[e])) ++e;
    if (e - k == 3 && e + 4 <= text.size() && text[e] == ' ' && is_digit(text[e + 1]) &&
        is_digit(text[e + 2]) && is_digit(text[e + 3]) &&
        (e + 4 == text.size() || !word_byte(text[e + 4])))
      return text[k] != '0';
    if (e - k == 6 && (e == text.size() || !word_byte(text[e]))) return text[k] != '0';
    k = e;
  }
  return false;
}

void find_indian_houses(std::string_view text, std::vector<Finding>& out) {
  const std::size_t n = text.size();
  for (std::size_t i = next_digit(text, 0); i < n; i = next_digit(text, i + 1)) {
    // The designator before the number.
    std::size_t start = std::string_view::npos;
    bool strong = false;  // "H.No.", "Plot No.": a house whatever follows
    if (i >= 1 && text[i - 1] == '#' && (i == 1 || !word_byte(text[i - 2]))) {
      start = i - 1;
    } else if (i >= 2 && text[i - 1] == '-' && text[i - 2] >= 'A' && text[i - 2] <= 'Z' &&
               (i == 2 || !word_byte(text[i - 3]))) {
      start = i - 2;  // "D-263"
    } else {
      std::size_t b = i;
      // Ghana's and Pakistan's block letter before the number: "House No. B
      // 105/5", "Plot C 400/21".
      if (b >= 3 && text[b - 1] == ' ' && text[b - 2] >= 'A' && text[b - 2] <= 'Z' &&
          (text[b - 3] == ' ' || text[b - 3] == '.'))
        b -= 2;
      if (b >= 1 && text[b - 1] == ' ') --b;
      // "Plot 10A", "Plot 654-A": a plot needs no "No.".
      if (b >= 4 && text.substr(b - 4, 4) == "Plot" && (b == 4 || !word_byte(text[b - 5]))) {
        start = b - 4;
        strong = true;
      }
      if (b >= 1 && text[b - 1] == '.') --b;
      if (start == std::string_view::npos && b >= 2 &&
          (text.substr(b - 2, 2) == "No" || text.substr(b - 2, 2) == "no") &&
          (b == 2 || !is_ascii_alpha(text[b - 3]))) {
        std::size_t a = b - 2;
        if (a >= 1 && (text[a - 1] == ' ' || text[a - 1] == '.' || text[a - 1] == '/')) --a;
        if (a >= 1 && text[a - 1] == '.' && text[a] == ' ') --a;
        const std::size_t ws = word_start(text, a);
        const std::string_view w = text.substr(ws, a - ws);
        if (w == "H" || w == "House" || w == "Hse" || w == "Plot" || w == "Flat" || w == "Door" ||
            w == "Shop" || w == "Site" || w == "Survey" || w == "Khasra") {
          start = ws;
          strong = true;
        }
      }
    }
    if (start == std::string_view::npos) {
      while (i + 1 < n && word_byte(text[i + 1])) ++i;
      continue;
    }
    // The number: digits, and groups after a dash or slash ("12-3-456").
    std::size_t e = i;
    while (e < n && is_digit(text[e])) ++e;
    while (e + 1 < n && (text[e] == '-' || text[e] == '/') && is_digit(text[e + 1])) {
      ++e;
      while (e < n && is_digit(text[e])) ++e;
    }
    if (e + 1 < n && text[e] == '-' && text[e + 1] >= 'A' && text[e + 1] <= 'Z' &&
        (e + 2 == n || !word_byte(text[e + 2])))
      ++e;  // "654-A"
    if (e < n && text[e] >= 'A' && text[e] <= 'Z' && (e + 1 == n || !word_byte(text[e + 1]))) ++e;
    if (e - i > 12 || (e < n && word_byte(text[e]))) {
      while (i + 1 < n && word_byte(text[i + 1])) ++i;
      continue;
    }
    // The part after the comma: capitalised words or ordinals ("10th
    // Main", "Sector 14", "Lajpat Nagar").
    if (!(e + 2 < n && text[e] == ',' && text[e + 1] == ' ')) continue;
    std::size_t k = e + 2, end = 0;
    bool locality = false;
    for (int words = 0; words < 4 && k < n && word_byte(text[k]); ++words) {
      const std::size_t we = word_end(text, k);
      const std::string_view w = text.substr(k, we - k);
      const bool ordinal =
          is_digit(w[0]) && w.size() >= 3 &&
          (w.ends_with("th") || w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd"));
      if (!(capitalised(w) || ordinal || (end && numeric(w) && w.size() <= 3))) break;
      // A locality's word after its name ("Lajpat Nagar"), or an ordinal
      // ("10th Main"); "Road map" is none.
      locality = locality || ordinal || (words > 0 && indian_locality_word(w));
      end = we;
      if (we >= n || text[we] != ' ') break;
      k = we + 1;
    }
    if (!end || !(strong || locality || pin_after(text, end))) continue;
    out.push_back({EntityType::address, start, end, 0.85, "street_address_layout"});
    i = end - 1;
  }
}

// ---- Latvian farmsteads ---------------------------------------------------
//
// A farm in the country is addressed by its name in quotes and its parish
// ("pagasts", "pag."), then the municipality and postcode: "\"Lejnieki\",
// Vecumnieku pag., Bauskas nov., LV-3933". The name and the parish are the
// street.
void find_farmsteads(std::string_view text, std::vector<Finding>& out) {
  // " pag": the four bytes compared sixteen places at a time (a search for
  // the 'p' alone stops every fifty bytes of English).
  auto next = [&](std::size_t from) {
    const char* t = text.data();
    const std::size_t n = text.size();
    std::size_t i = from;
#if defined(__SSE2__)
    for (; i + 19 <= n; i += 16) {
      const auto at = [&](std::size_t k, char c) {
        return _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(t + i + k)),
                              _mm_set1_epi8(c));
      };
      const __m128i hit = _mm_and_si128(_mm_and_si128(at(0, ' '), at(1, 'p')),
                                        _mm_and_si128(at(2, 'a'), at(3, 'g')));
      if (const int mask = _mm_movemask_epi8(hit))
        return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    }
#endif
    for (; i + 4 <= n; ++i)
      if (t[i] == ' ' && t[i + 1] == 'p' && t[i + 2] == 'a' && t[i + 3] == 'g') return i;
    return std::string_view::npos;
  };
  for (std::size_t at = next(0); at != std::string_view::npos; at = next(at + 4)) {
    std::size_t end = at + 4;
    if (text.substr(at + 1).starts_with("pagasts"))
      end = at + 8;
    else if (end < text.size() && text[end] == '.')
      end += 1;
    else
      continue;
    if (end < text.size() && word_byte(text[end])) continue;
    // The parish's name: one capitalised word in the genitive.
    const std::size_t ps = word_start(text, at);
    if (ps == at || !capitalised(text.substr(ps, at - ps))) continue;
    // Before it, ", " and the farm's name in quotes.
    if (ps < 4 || text[ps - 1] != ' ' || text[ps - 2] != ',') continue;
    std::size_t q = ps - 2;
    std::size_t close = 0;
    if (text[q - 1] == '"')
      close = 1;
    else if (q >= 3 && (text.substr(q - 3, 3) == "”" || text.substr(q - 3, 3) == "“"))
      close = 3;
    if (!close) continue;
    const std::size_t ne = q - close;
    const std::size_t ns = word_start(text, ne);
    if (ns == ne || ns == 0) continue;
    std::size_t open = 0;
    if (text[ns - 1] == '"')
      open = 1;
    else if (ns >= 3 && (text.substr(ns - 3, 3) == "„" || text.substr(ns - 3, 3) == "“"))
      open = 3;
    if (!open) continue;
    out.push_back({EntityType::address, ns - open, end, 0.85, "street_address_layout"});
  }
}

}  // namespace

std::size_t postcode_at(std::string_view text, std::size_t at) {
  // Up to three groups of capitals and digits, joined by one space or a
  // dash: "123 45", "12-345", "SW1A 1AA", "GA-184-3264".
  std::size_t e = at, digits = 0, letters = 0, groups = 0, good = 0;
  while (groups < 3) {
    const std::size_t g = e;
    while (e < text.size() && e - g < 6 &&
           (is_digit(text[e]) || (text[e] >= 'A' && text[e] <= 'Z'))) {
      (is_digit(text[e]) ? digits : letters) += 1;
      ++e;
    }
    if (e == g || (e < text.size() && word_byte(text[e]))) break;
    ++groups;
    if (letters <= 5 && (digits >= 3 || (digits >= 2 && letters >= 1 && groups >= 2)) &&
        e - at <= 11)
      good = e;
    if (e + 1 >= text.size() || !(text[e] == ' ' || text[e] == '-') ||
        !(is_digit(text[e + 1]) || (text[e + 1] >= 'A' && text[e + 1] <= 'Z')))
      break;
    ++e;
  }
  if (!good) return 0;
  // Digits alone: 3 to 6 of them ("0010", "12345", "123456").
  const std::string_view code = text.substr(at, good - at);
  if (numeric(code) && (code.size() < 3 || code.size() > 6)) return 0;
  return good - at;
}

bool cyrillic_flat_or_floor(std::string_view word) {
  return word == "стан" || word == "кат" || word == "Стан" || word == "Кат";
}

bool address_label_before_slow(std::string_view text, std::size_t token) {
  // The words before `token`, trimmed as preceding() trims them.
  std::size_t end = token;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == ',' || text[end - 1] == '\n' ||
                     text[end - 1] == '\r'))
    --end;
  const std::string_view before = text.substr(0, end);
  // "Address:" in Macedonian, Serbian, Ukrainian, Russian, Bulgarian,
  // Greek, Serbian and Croatian, Latvian, Lithuanian, Norwegian and Danish,
  // Armenian, Georgian, Nepali, Azerbaijani, Uzbek, Indonesian; "I live
  // on", "delivery to", "send it to" of the same languages.
  static constexpr std::string_view kCues[] = {
      "адреса:",           "адрес:",      "адреса за достава:",
      "διεύθυνση:",        "δ/νση:",      "adresa:",
      "adrese:",           "adresas:",    "adresse:",
      "leveringsadresse:", "հասցե:",      "հասցե՝",
      "მისამართი:",        "ठेगाना:",      "ünvan:",
      "manzil:",           "alamat:",     "живеам на",
      "живеем на",         "испорака на", "достава на",
      "доставка на",       "живу на",     "живим на",
      "dostava na",        "živim na",    "piegāde uz",
      "μένω στην",         "μένω στη",    "send pakken til",
      "lever til",         "jeg bor i",   "jeg bor på"};
  if (before.size() < 3) return false;
  // The folded tail ends as a cue does (its last byte), before comparing
  // every cue: capitals and other scripts' capitals are folded first.
  static constexpr std::array<std::uint64_t, 4> kEnds = [] {
    std::array<std::uint64_t, 4> ends{};
    for (std::string_view c : kCues) {
      const auto last = static_cast<unsigned char>(c.back());
      ends[last / 64] |= std::uint64_t{1} << (last % 64);
    }
    return ends;
  }();
  std::array<char, 64> buf{};
  const std::string_view end4 = fold(before.substr(before.size() - 3), buf);
  if (end4.empty()) return false;
  const auto last = static_cast<unsigned char>(end4.back());
  if (!(kEnds[last / 64] >> (last % 64) & 1)) return false;
  const std::string_view tail = before.size() > 60 ? before.substr(before.size() - 60) : before;
  const std::string_view f = fold(tail, buf);
  if (f.size() != tail.size()) return false;
  for (std::string_view c : kCues) {
    if (!f.ends_with(c)) continue;
    const std::size_t at = tail.size() - c.size();
    if (at == 0 || !word_byte(tail[at - 1])) return true;
  }
  return false;
}

AddressLayout::AddressLayout(const Gazetteer& words) : words_(words) {
  for (std::string_view t : kTypes) types_.insert(t);
  for (std::string_view t : kAbbreviations) abbreviations_.insert(t);
  for (std::string_view t : kUnits) units_.insert(t);
}

bool AddressLayout::street_type(std::string_view word, bool abbreviated) const {
  std::array<char, 64> buf{};
  const std::string_view f = fold(word, buf);
  if (f.empty()) return false;
  if (abbreviated && abbreviations_.count(f)) return true;
  // Types that are words of other languages in small letters as well
  // (Spanish "cae" falls, "grupo"; Welsh "lon"): with a capital only.
  static constexpr std::string_view kCapitalOnly[] = {
      "cae",     "clos",   "cwit",     "trem",     "stad",   "llwyn",  "esgair", "plas",   "rhos",
      "pant",    "nant",   "cil",      "clas",     "eglwys", "ponc",   "coed",   "bron",   "hoel",
      "lon",     "maes",   "digo",     "lago",     "monto",  "ponto",  "parko",  "kampo",  "grupo",
      "mercado", "quinta", "conjunto", "edificio", "soi",    "thanon", "ramal",  "huerta", "rampa",
      "aldea",   "barrio", "entrada",  "puente",   "jardim", "caminho"};
  if (!types_.count(f)) {
    for (std::string_view e : kEndings)
      if (f.size() > e.size() + 2 && f.ends_with(e)) return true;
    return false;
  }
  // (Looked at only for a listed type in small letters: most words are
  // neither.)
  if (!capitalised(word))
    for (std::string_view c : kCapitalOnly)
      if (f == c) return false;
  // A type that is also an English word ("via", "plaza", "solar", "gang")
  // counts only when written with a capital ("Via Roma 5", "Solar Leonor,
  // 8"); French "rue" in any case.
  return !(!non_ascii(word) && !capitalised(word) && f != "rue" && f != "rte" &&
           common_word(words_, word));
}

bool AddressLayout::listed_type(std::string_view word) const {
  std::array<char, 64> buf{};
  const std::string_view f = fold(word, buf);
  return !f.empty() && types_.count(f);
}

bool AddressLayout::strong_type(std::string_view word) const {
  return non_ascii(word) || !common_word(words_, word);
}

bool AddressLayout::unit_word(std::string_view word) const {
  std::array<char, 64> buf{};
  const std::string_view f = fold(word, buf);
  return !f.empty() && (units_.count(f) || words_.is_unit_word(word));
}

// ---- the rest of an address's street part ----------------------------------
// After the house number (or the street's name) many countries write the
// flat, floor, staircase and door, and some a direction or a post office
// branch; before the street, a flat or a building's letter and "No.".
// They belong to the address: a finding that stops short of them leaves
// the flat to be read. Each part needs a word or a shape that says so.

namespace {

bool tail_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         c == '#' || c == '\'';
}

// The word at text[at..): letters and digits of any script, "º", "#".
std::size_t tail_word_end(std::string_view text, std::size_t at) {
  std::size_t e = at;
  while (e < text.size() && tail_byte(text[e])) {
    // The Arabic comma and the typographic quotes end a word.
    if (e + 1 < text.size() && static_cast<unsigned char>(text[e]) == 0xD8 &&
        static_cast<unsigned char>(text[e + 1]) == 0x8C)
      break;
    if (e + 2 < text.size() && static_cast<unsigned char>(text[e]) == 0xE2 &&
        static_cast<unsigned char>(text[e + 1]) == 0x80)
      break;
    ++e;
  }
  return e;
}

bool all_digits(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w)
    if (c < '0' || c > '9') return false;
  return true;
}

// A flat's or a floor's designator: "12", "4B", "U1", "A3", "B", "II", "12a".
bool designator(std::string_view w) {
  if (w.empty() || w.size() > 6) return false;
  if (w.size() == 1) return (w[0] >= 'A' && w[0] <= 'H') || (w[0] >= '0' && w[0] <= '9');
  std::size_t digits = 0, letters = 0;
  for (char c : w) {
    if (c >= '0' && c <= '9')
      ++digits;
    else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
      ++letters;
    else
      return false;
  }
  if (digits == 0) {
    // Roman numerals of floors and staircases: "II", "IV".
    for (char c : w)
      if (c != 'I' && c != 'V' && c != 'X') return false;
    return w.size() <= 4;
  }
  return letters <= 2;
}

// An ordinal of a floor: "2e", "1er", "4º", "4.º", "3ος", "4ª", "2nd".
bool floor_ordinal(std::string_view w) {
  std::size_t d = 0;
  while (d < w.size() && w[d] >= '0' && w[d] <= '9') ++d;
  if (d == 0 || d > 2) return false;
  const std::string_view s = w.substr(d);
  return s.empty() || s == "e" || s == "er" || s == "ère" || s == "de" || s == "\xC2\xBA" ||
         s == ".\xC2\xBA" || s == "\xC2\xAA" || s == "ος" || s == "ός" || s == "st" || s == "nd" ||
         s == "rd" || s == "th" || s == "o" || s == "a" || s == "η";
}

// "4º4ª", "9ºA", "2ºD": a Spanish floor and door in one word.
bool floor_and_door(std::string_view w) {
  const std::size_t o = w.find("\xC2\xBA");
  if (o == std::string_view::npos || o == 0 || o > 2 || !all_digits(w.substr(0, o))) return false;
  const std::string_view rest = w.substr(o + 2);
  if (rest.empty()) return true;
  if (rest.size() == 1) return rest[0] >= 'A' && rest[0] <= 'H';
  return rest.size() <= 4 && rest.ends_with("\xC2\xAA") &&
         all_digits(rest.substr(0, rest.size() - 2));
}

// Words for a floor after its ordinal ("2e verdieping", "3. patro", "5. sal").
bool floor_word(std::string_view f) {
  static constexpr std::string_view kFloors[] = {
      "verdieping", "hoog",       "étage",  "etage", "kat",   "patro",  "em",        "emelet",
      "og",         "stock",      "sal",    "tr",    "tv",    "th",     "mf",        "etasje",
      "etg",        "nadstropje", "όροφος", "όρ",    "piso",  "planta", "piętro",    "p",
      "et",         "etaj",       "floor",  "fl",    "andar", "lház",   "lépcsőház", "sprat",
      "kerros",     "krs",        "ajtó",   "ép",    "szint", "stiege", "stg",       "dto",
      "esq",        "izq",        "izda",   "dcha",  "drcha", "centro", "frente",    "orofos"};
  for (std::string_view w : kFloors)
    if (f == w) return true;
  return false;
}

// The side of a floor's landing, after the floor: "2. OG links", "3. th.".
bool side_word(std::string_view f) {
  return f == "links" || f == "rechts" || f == "li" || f == "re" || f == "mitte" || f == "tv" ||
         f == "achter" || f == "voor" || f == "th" || f == "mf" || f == "izda" || f == "dcha" ||
         f == "izq" || f == "dto" || f == "esq" || f == "drcha" || f == "centro";
}

// The word before `end` is a floor's ordinal: "2", "2e", "5º", "3ος", or
// Danish "st" (the ground floor).
bool ordinal_before(std::string_view text, std::size_t end) {
  std::size_t s = end;
  while (s > 0 && tail_byte(text[s - 1])) --s;
  if (s == end || s == 0) return false;
  const char gap = text[s - 1];
  if (gap != ' ' && gap != '/' && gap != ',') return false;
  const std::string_view w = text.substr(s, end - s);
  return floor_ordinal(w) || w == "st";
}

// Words that stand for a floor or a part of a house alone ("bajo", "r/c",
// "bis", "Hinterhaus").
bool floor_alone(std::string_view f) {
  static constexpr std::string_view kAlone[] = {
      "bajo", "ático", "atico", "entlo", "entresuelo", "bis", "ter", "hinterhaus", "vorderhaus",
      "souterrain", "huis", "hs", "st", "fszt", "sous-sol", "rdc", "basement", "ph",
      // Greek mezzanine and ground floor, with their dot ("Ημ.", "Ισ.").
      "ημ", "ισ"};
  for (std::string_view w : kAlone)
    if (f == w) return true;
  return false;
}

// Units this file's list lacks and that come only after a street.
bool tail_unit(std::string_view f) {
  static constexpr std::string_view kMore[] = {
      "lok", "lokal", "bureau", "local", "suite", "zimmer", "bl", "blok", "bloc", "block", "корп",
      "стр", "д", "pta", "puerta", "escalera", "esc", "sc", "et", "ap", "whg", "wohnung", "top",
      "stiege", "stg", "bus", "bte", "boîte", "oppgang", "inngang", "trappe", "opg", "bât", "bat",
      "bâtiment", "batiment", "appt", "app", "apt", "apartment", "unit", "flat", "ste", "fl",
      "floor", "room", "rm", "building", "bldg", "tower", "wing", "kat", "daire", "d", "k",
      "stanovanje", "stan", "byt", "int", "interno", "scala", "piano", "kv", "кв", "succursale",
      "succ", "lgh", "as", "asunto", "dz", "dzīv", "mieszk", "m", "ajtó", "diam", "διαμ",
      "διαμέρισμα", "όροφος", "orofos", "flr", "leil", "porta", "sala", "loja", "piso", "door",
      "portal", "стан", "кат", "pisarna", "apartma", "edificio", "γρ",
      // Armenian house ("Տուն 804").
      "տուն"};
  for (std::string_view w : kMore)
    if (f == w) return true;
  return false;
}

// Directions after a street's name ("Rue Wellington Est", "rte Laurier
// O.", "rang Saint-Denis O.").
bool direction(std::string_view w) {
  static constexpr std::string_view kWays[] = {"Est", "Ouest", "Nord", "Sud", "O",  "E",
                                               "N",   "S",     "NE",   "NW",  "SE", "SW"};
  for (std::string_view d : kWays)
    if (w == d) return true;
  return false;
}

// Labels between a unit and its number: "stanovanje št. 519", "Flat No. 5".
bool number_label(std::string_view f) {
  return f == "št" || f == "no" || f == "nr" || f == "nº" || f == "n°" || f == "br" || f == "№" ||
         f == "n" || f == "č";
}

// The town and its postcode after a street's end at `end`, as the countries
// that write the town first put them: ", Χίος 203 18", ", Карбинци 2031",
// "\nLilledal 0906", ", Հովհաննիսյանաշատ 57368-4989", " พิษณุโลก 49890"
// (a plain space only before a town in a script without case). One to
// three capitalised words without digits, then a postcode (postcode_at)
// that ends the part. One past the postcode, or `end` if none; `town` is
// set to where the town starts.
std::size_t town_and_postcode(std::string_view text, std::size_t end, std::size_t& town) {
  const std::size_t n = text.size();
  std::size_t at = end;
  bool plain_space = false;
  // The dot of an abbreviation the address ends with ("Ισ" + "., Πύργος").
  if (at + 2 < n && text[at] == '.' && (text[at + 1] == ',' || text[at + 1] == '\n') && end > 0 &&
      !is_digit(text[end - 1]))
    ++at;
  if (at + 1 < n && text[at] == ',' && text[at + 1] == ' ')
    at += 2;
  else if (at < n && text[at] == '\n')
    at += 1;
  else if (at + 1 < n && text[at] == '\r' && text[at + 1] == '\n')
    at += 2;
  else if (at < n && text[at] == ' ' && end > 0 && text[end - 1] != ',')
    at += 1, plain_space = true;
  else
    return end;
  town = at;
  for (int words = 0; words < 3 && at < n; ++words) {
    const std::size_t e = word_end(text, at);
    if (e == at || e - at > 60) return end;
    const std::string_view w = text.substr(at, e - at);
    // A word in capitals is a code ("APO AE 09012" is a military post's).
    if (!capitalised(w) || (w.size() > 1 && acronym(w))) return end;
    // After a plain space a town of a script without case but with spaces
    // (Thai, Georgian, Devanagari), not a Chinese, Japanese or Korean word.
    const auto lead = static_cast<unsigned char>(w[0]);
    if (plain_space && (lead < 0x80 || cased_capital(w) || (lead >= 0xE3 && lead <= 0xED)))
      return end;
    for (char c : w)
      if (is_digit(c)) return end;
    if (e + 1 >= n || text[e] != ' ') return end;
    const std::size_t code = postcode_at(text, e + 1);
    // Digits first, or a country's letters joined to them ("AZ1068",
    // "LV-1761"), not a state's code apart ("IL 62701").
    const std::size_t c = e + 1;
    const bool lettered = c + 3 < n && text[c] >= 'A' && text[c] <= 'Z' && text[c + 1] >= 'A' &&
                          text[c + 1] <= 'Z' &&
                          (is_digit(text[c + 2]) || (text[c + 2] == '-' && is_digit(text[c + 3])));
    if (code > 0 && (is_digit(text[c]) || lettered) && (!plain_space || code >= 4)) return c + code;
    at = e + 1;
  }
  return end;
}

}  // namespace

std::size_t AddressLayout::unit_tail(std::string_view text, std::size_t end) const {
  auto folded = [](std::string_view w) {
    std::array<char, 64> buf{};
    return std::string(fold(w, buf));
  };
  auto at_end = [&](std::size_t e) {
    // What may follow a part: the text's end, a space, a comma, a line.
    return e >= text.size() || text[e] == ' ' || text[e] == ',' || text[e] == '\n' ||
           text[e] == '\r' || text[e] == '"' || text[e] == ';' || text[e] == ')' ||
           text[e] == '.' || text[e] == '/' || text[e] == '\t' || text[e] == '!' ||
           text[e] == '?' ||
           (e + 1 < text.size() && static_cast<unsigned char>(text[e]) == 0xD8 &&
            static_cast<unsigned char>(text[e + 1]) == 0x8C) ||
           (e + 2 < text.size() && static_cast<unsigned char>(text[e]) == 0xE2);
  };
  // A word and the dot after it, if any: [s, e), `dot` set when e is past it.
  struct Word {
    std::size_t s = 0, e = 0;
    bool dot = false;
  };
  auto word_at = [&](std::size_t at) {
    Word w{at, tail_word_end(text, at), false};
    if (w.e < text.size() && text[w.e] == '.' && w.e > w.s) {
      w.dot = true;
      ++w.e;
    }
    return w;
  };
  auto body = [&](const Word& w) { return text.substr(w.s, w.e - w.s - (w.dot ? 1 : 0)); };
  // Past the separator after byte `at` (", ", " ", "/", "-", ". " after a
  // number): where the next part may start, or npos.
  auto past_separator = [&](std::size_t at, bool first) -> std::size_t {
    if (at >= text.size()) return std::string_view::npos;
    if (text[at] == ',' && at + 1 < text.size() && text[at + 1] == ' ') return at + 2;
    if (text[at] == ' ' && at + 1 < text.size() && text[at + 1] != ' ') return at + 1;
    if (text[at] == '/' || (first && text[at] == '-')) return at + 1;
    if (first && text[at] == '.' && at + 2 < text.size() && at > 0 && !is_digit(text[at - 1])) {
      // After an abbreviated type, a unit word or "s/n" the finder took
      // without its dot: "Tamar Mepi Sq" + "., flat 42", "esc" + ". B",
      // "s/n" + ". 2º A".
      std::size_t s = at;
      while (s > 0 && tail_byte(text[s - 1])) --s;
      const std::string_view last = text.substr(s, at - s);
      const std::string lf = [&] {
        std::array<char, 64> buf{};
        return std::string(fold(last, buf));
      }();
      const bool unit = !lf.empty() && lf.size() > 1 && (tail_unit(lf) || unit_word(last));
      const bool sn = at >= 3 && text.substr(at - 3, 3) == "s/n";
      if (text[at + 1] == ',' && text[at + 2] == ' ' && capitalised(last) && last.size() <= 5)
        return at + 3;
      if (text[at + 1] == ' ' && (unit || sn)) return at + 2;
    }
    // The Arabic comma: "گلی نمبر 6، G-10/2".
    if (at + 2 < text.size() && static_cast<unsigned char>(text[at]) == 0xD8 &&
        static_cast<unsigned char>(text[at + 1]) == 0x8C)
      return text[at + 2] == ' ' ? at + 3 : at + 2;
    // A floor joined by a dot to its ordinal: "36 1" + ".em 95 ajtó".
    if (first && text[at] == '.' && at + 1 < text.size() && is_ascii_alpha(text[at + 1]) &&
        ordinal_before(text, at))
      return at + 1;
    // A Hungarian house number's dot: "Fő utca 112. 4. em. 15.".
    if (text[at] == '.' && at + 1 < text.size() && text[at + 1] == ' ' && at > 0 &&
        (is_digit(text[at - 1]) || ordinal_before(text, at)))
      return at + 2;
    return std::string_view::npos;
  };
  bool first = true;
  // ".º" after the ordinal the address ends with, and the door: "7" +
  // ".º B".
  if (text.substr(end).starts_with(".\xC2\xBA") && ordinal_before(text, end)) {
    end += 3;
    for (std::string_view fl : {" andar", " piso", " planta"})
      if (text.substr(end).starts_with(fl) && at_end(end + fl.size())) end += fl.size();
    if (end + 2 <= text.size() && text[end] == ' ' && text[end + 1] >= 'A' &&
        text[end + 1] <= 'H' && at_end(end + 2))
      end += 2;
    first = false;
  }
  for (int parts = 0; parts < 6; ++parts) {
    const std::size_t at = past_separator(end, first);
    if (at == std::string_view::npos || at >= text.size()) break;
    const char sep = text[end];
    const Word w = word_at(at);
    if (w.e == w.s) break;
    const std::string_view b = body(w);
    const std::string f = folded(b);
    std::size_t next = 0;
    // The next word after this one, joined by a space (or ": ").
    auto then = [&](const Word& x) -> std::optional<Word> {
      std::size_t p = x.e;
      if (p < text.size() && text[p] == ':') ++p;
      if (p < text.size() && text[p] == ' ')
        ++p;
      else if (!(x.dot || (p > x.e)))
        return std::nullopt;
      // A word glued to the dot is joined too ("7.em").
      if (p >= text.size() || (p == x.e && !(x.dot && is_ascii_alpha(text[p]))))
        return std::nullopt;
      const Word y = word_at(p);
      if (y.e == y.s) return std::nullopt;
      return y;
    };
    // Short units that are words too ("et", "as", "int"): with their dot.
    const bool dotted_only = f == "et" || f == "as" || f == "sc" || f == "bl" || f == "int" ||
                             f == "d" || f == "k" || f == "ap" || f == "st";
    if (!f.empty() && (tail_unit(f) || unit_word(b)) && sep != '-' &&
        (!dotted_only || w.dot || (w.e < text.size() && text[w.e] == ':'))) {
      // A unit and its designator: "m. 745", "app. 10", "Top 4", "bus 16",
      // "stanovanje št. 519", "Kat: 8", "lgh 1102".
      std::optional<Word> d = then(w);
      if (d && number_label(folded(body(*d)))) d = then(*d);
      // A one-letter unit ("m", "d", "k") only with a number after it.
      if (d && designator(body(*d)) && at_end(d->e - (d->dot ? 1 : 0)) &&
          (f.size() > 1 || is_digit(text[d->s])))
        next = d->e - (d->dot ? 1 : 0);
      // "succursale B", "succ. Centre-ville".
      if (!next && d && (f == "succursale" || f == "succ") && capitalised(body(*d))) {
        next = d->e - (d->dot ? 1 : 0);
        while (next + 1 < text.size() && text[next] == '-' && is_ascii_alpha(text[next + 1]))
          next = tail_word_end(text, next + 1);  // "Centre-ville"
      }
    }
    if (!next && sep != '-') {
      // An ordinal, then a floor word, then maybe a door: "2e verdieping",
      // "4. em. 15.", "3ος όροφος", "9º Dto", "1.em 95 ajtó".
      std::string_view ord = b;
      Word fw{};
      bool have_floor = false;
      const std::size_t inner_dot = b.find('.');
      if (first && ordinal_before(text, end) && floor_word(f) &&
          (f.size() > 3 || b == f || b == "OG" || side_word(f))) {
        // The ordinal already in the address ("Opatijska 30 2" + " kat",
        // "Nezdova 230/50, 6" + ". patro"): a short floor word in small
        // letters only ("tr", "th"), but "OG".
        have_floor = true;
        fw = w;
      } else if (inner_dot != std::string_view::npos && inner_dot > 0 &&
                 all_digits(b.substr(0, inner_dot)) &&
                 floor_word(folded(b.substr(inner_dot + 1)))) {
        have_floor = true;  // "1.em"
        fw = w;
      } else if ((floor_ordinal(ord) || (w.dot && all_digits(ord) && ord.size() <= 2) ||
                  designator(ord)) &&
                 (all_digits(ord) ? ord.size() <= 2 : true)) {
        const std::optional<Word> x = then(w);
        if (x && floor_word(folded(body(*x)))) {
          have_floor = true;
          fw = *x;
        }
      }
      if (have_floor) {
        next = fw.e - (fw.dot ? 1 : 0);
        // A door after the floor: "em. 15.", "emelet 11. ajtó", "1.em 95 ajtó".
        const std::optional<Word> door = then(fw);
        if (door && designator(body(*door)) && all_digits(body(*door)) && body(*door).size() <= 3) {
          next = door->e - (door->dot ? 1 : 0);
          const std::optional<Word> aj = then(*door);
          if (aj && folded(body(*aj)) == "ajtó") next = aj->e;
        } else if (door && side_word(folded(body(*door)))) {
          next = door->e - (door->dot ? 1 : 0);  // "2. OG links", "3. th."
        }
      } else if (sep == '/') {
        // Nothing else after a slash.
      } else if (floor_and_door(b) || (floor_ordinal(b) && !all_digits(b) && b.size() <= 5 &&
                                       (b.find("\xC2\xBA") != std::string_view::npos ||
                                        b.find("ος") != std::string_view::npos))) {
        // "4º B", "3º izda.", "4º4ª", "2.º A", "4ος".
        next = w.e - (w.dot ? 1 : 0);
        const std::optional<Word> x = then(w);
        if (x) {
          const std::string_view xb = body(*x);
          if ((xb.size() == 1 && xb[0] >= 'A' && xb[0] <= 'H') || floor_word(folded(xb)))
            next = x->e - (x->dot && folded(xb).size() > 1 ? 0 : (x->dot ? 1 : 0));
        }
      } else if (!f.empty() && floor_alone(f) && ((f != "st" && f != "ημ" && f != "ισ") || w.dot)) {
        // "bajo", "bajo B", "53 bis", "r/c Esq.", "st. th.".
        next = w.e - (w.dot ? 1 : 0);
        const std::optional<Word> x = then(w);
        if (x) {
          const std::string_view xb = body(*x);
          if ((xb.size() == 1 && xb[0] >= 'A' && xb[0] <= 'H') || floor_word(folded(xb)))
            next = x->e - (x->dot ? 1 : 0);
        }
      } else if (f == "r" && text.substr(w.s).starts_with("r/c")) {
        next = w.s + 3;
        Word x = word_at(next + 1);
        if (next < text.size() && text[next] == ' ' && x.e > x.s && floor_word(folded(body(x))))
          next = x.e - (x.dot ? 1 : 0);
      } else if (first && sep == ' ' && direction(b) && !is_digit(text[end - 1]) &&
                 (w.dot || b.size() > 1) && at_end(w.e)) {
        // "Rue Wellington Est", "rte Laurier O.".
        next = w.e;
      }
    }
    if (!next && (sep == '/' || sep == '-')) {
      // "117/Top 4", "40/4/21", "Brīvības iela 12-5", "Dorpsstraat 12-II".
      if (sep == '/' && (tail_unit(f) || unit_word(b))) {
        const std::optional<Word> d = then(w);
        if (d && designator(body(*d))) next = d->e - (d->dot ? 1 : 0);
      } else if (designator(b) && at_end(w.e - (w.dot ? 1 : 0)) && is_digit(text[end - 1])) {
        next = w.e - (w.dot ? 1 : 0);
      }
    }
    if (!next && sep == ',' && w.dot && all_digits(b) && b.size() <= 2 &&
        text.substr(w.e).starts_with("\xC2\xBA")) {
      // "5.º andar", "2.º A".
      next = w.e + 2;
      for (std::string_view fl : {" andar", " piso", " planta", " A", " B", " C", " D", " E", " F"})
        if (text.substr(next).starts_with(fl) && at_end(next + fl.size())) {
          next += fl.size();
          break;
        }
    }
    if (!next && sep == '-' && floor_alone(f) && !w.dot) next = w.e;  // "233-hs", "12-bis"
    if (!next && (sep == ' ' || sep == '.') && !b.empty() && b.size() <= 4 &&
        (b.find_first_not_of("IVX") == std::string_view::npos ||
         (sep == '.' && all_digits(b) && b.size() <= 2)) &&
        w.e + 1 < text.size() && text[w.e] == '/' && is_digit(text[w.e + 1]) &&
        is_digit(text[end - 1])) {
      // A Hungarian floor in roman numerals and the door: "134. V/16.".
      std::size_t e = w.e + 1;
      while (e < text.size() && is_digit(text[e])) ++e;
      next = e;
    }
    if (!next && sep == ',' && designator(b) && is_digit(b[0]) && w.e + 1 < text.size() &&
        text[w.e] == '-') {
      // An Uzbek house or flat by its number: "18-uy, 88-kvartira", "81-xonadon".
      const std::size_t e = tail_word_end(text, w.e + 1);
      const std::string_view u = text.substr(w.e + 1, e - w.e - 1);
      if (u == "kvartira" || u == "xonadon" || u == "uy" || u == "xona") next = e;
    }
    if (!next && sep == ' ' && f == "ajtó" && is_digit(text[end - 1]))
      next = w.e;  // a Hungarian door after its number: "95 ajtó"
    if (!next && first && (sep == ' ' || sep == '.') && designator(b) &&
        at_end(w.e - (w.dot ? 1 : 0))) {
      // The unit word already in the address, its designator not:
      // "Granmarka 4 Oppgang" + " B".
      std::size_t s = end;
      while (s > 0 && tail_byte(text[s - 1])) --s;
      const std::string_view last = text.substr(s, end - s);
      const std::string lf = folded(last);
      if (!lf.empty() && lf.size() > 1 && (tail_unit(lf) || unit_word(last)))
        next = w.e - (w.dot ? 1 : 0);
    }
    if (!next && sep == ' ' && is_digit(text[end - 1]) && first) {
      // A house's letter or a Belgian box: "29 A12", "58B H403", "159 b8", "148 k-2".
      if (b.size() >= 2 && b.size() <= 5 &&
          (b[0] == 'b' || b[0] == 'H' || b[0] == 'A' || b[0] == 'B' || b[0] == 'C') &&
          all_digits(b.substr(1)) && at_end(w.e - (w.dot ? 1 : 0)))
        next = w.e - (w.dot ? 1 : 0);
      else if (b.size() == 1 && b[0] >= 'a' && b[0] <= 'h' && !w.dot && at_end(w.e) &&
               (w.e >= text.size() || text[w.e] != '.'))
        next = w.e;  // "Hafenstr. 153 a, 4. OG"
      else if (b == "k" && text.substr(w.e).starts_with("-") && w.e + 1 < text.size() &&
               is_digit(text[w.e + 1])) {
        std::size_t e = w.e + 1;
        while (e < text.size() && (is_digit(text[e]) || text[e] == '-')) ++e;
        next = e;
      } else if (b.size() == 1 && b[0] >= 'A' && b[0] <= 'H' && !w.dot) {
        // "Hirvonenrinne 29 A 12": a staircase letter and the flat.
        const std::optional<Word> d = then(w);
        if (d && all_digits(body(*d)) && body(*d).size() <= 3)
          next = d->e - (d->dot ? 1 : 0);
        else if (at_end(w.e) &&
                 (w.e >= text.size() || text[w.e] == ',' || text[w.e] == '\n' ||
                  (w.e + 1 < text.size() && text[w.e] == ' ' && is_digit(text[w.e + 1]))))
          next = w.e;
      } else if (!b.empty() && b.size() <= 3 &&
                 b.find_first_not_of("IV") == std::string_view::npos && !w.dot &&
                 (w.e >= text.size() || text[w.e] == ',' || text[w.e] == '\n' ||
                  (w.e + 1 < text.size() && text[w.e] == ' ' && is_digit(text[w.e + 1])))) {
        next = w.e;  // a Dutch floor in roman numerals: "Kuypersgracht 900 III 1 hoog"
      }
    }
    if (!next &&
        (sep == ',' || (end + 1 < text.size() && static_cast<unsigned char>(text[end]) == 0xD8))) {
      // A Pakistani sector after the street: "Street 38, I-10/1", "G-8/2".
      if (b.size() == 1 && b[0] >= 'A' && b[0] <= 'Z' && w.e < text.size() && text[w.e] == '-') {
        std::size_t e = w.e + 1, digits = 0;
        while (e < text.size() && is_digit(text[e])) ++e, ++digits;
        if (digits && e < text.size() && text[e] == '/') {
          ++e;
          while (e < text.size() && is_digit(text[e])) ++e;
          if (at_end(e)) next = e;
        }
      }
    }
    if (!next || next <= end) break;
    end = next;
    first = false;
  }
  return end;
}

std::size_t AddressLayout::unit_head(std::string_view text, std::size_t start) const {
  // "No. 741 Century Avenue", "Nº 12 ...", "575 Moo 6, Soi ...".
  auto ends_with_at = [&](std::size_t at, std::string_view s) {
    return at >= s.size() && text.substr(at - s.size(), s.size()) == s;
  };
  if (start < text.size() && is_digit(text[start])) {
    for (std::string_view no : {"No. ", "No ", "Nº ", "N° ", "nº ", "Nr. "})
      if (ends_with_at(start, no) &&
          (start == no.size() || !tail_byte(text[start - no.size() - 1])))
        return start - no.size();
    // A Thai village number before: "575 Moo 6, Soi Lat Phrao".
    if (ends_with_at(start, " Moo ")) {
      std::size_t s = start - 5;
      while (s > 0 && (is_digit(text[s - 1]) || text[s - 1] == '/')) --s;
      if (s < start - 5 && (s == 0 || !tail_byte(text[s - 1]))) return s;
    }
  }
  // A street's abbreviated type before a type the finder began with ("ul.
  // rondo Dąbrowski 167", "pl. skwer Czyżewski 183"), a Czech street's
  // preposition ("Na Jezerce 2395/43") or a Dutch name's particles ("van der
  // Heydenstraat 5").
  if (ends_with_at(start, ". ")) {
    std::size_t s = start - 2;
    while (s > 0 && tail_byte(text[s - 1])) --s;
    const std::string_view t = text.substr(s, start - 2 - s);
    if (t.size() >= 2 && t.size() <= 3 && (s == 0 || !tail_byte(text[s - 1])) && !capitalised(t) &&
        abbreviations_.count(t) && !text.substr(start).starts_with(t))
      start = s;
  } else if (start > 0 && text[start - 1] == ' ') {
    std::size_t s = start - 1;
    while (s > 0 && tail_byte(text[s - 1])) --s;
    const std::string_view t = text.substr(s, start - 1 - s);
    if ((s == 0 || text[s - 1] == ' ' || text[s - 1] == '\n' || text[s - 1] == '"') &&
        capitalised(t) && czech_preposition(t) && t != "V")
      return s;
    for (std::string_view p : {"van der ", "van den ", "van de ", "van ", "de ", "ter ", "ten "}) {
      if (ends_with_at(start, p) && (start == p.size() || !tail_byte(text[start - p.size() - 1])) &&
          words_.has_street_ending(text.substr(start, tail_word_end(text, start) - start)))
        return start - p.size();
    }
  }
  // An Uzbek quarter before the street: "Yangiobod mahallasi, Buyuk Ipak
  // Yo'li ko'ch. 20A-uy".
  for (std::string_view q : {" mahallasi, ", " mavzesi, "}) {
    if (!ends_with_at(start, q)) continue;
    std::size_t s = start - q.size(), words = 0;
    while (words < 3 && s > 0) {
      std::size_t b = s;
      while (b > 0 && (tail_byte(text[b - 1]) || text[b - 1] == '`')) --b;
      if (b == s || !capitalised(text.substr(b, s - b))) break;
      s = b;
      ++words;
      if (s == 0 || text[s - 1] != ' ') break;
      --s;
    }
    if (words > 0) return text[s] == ' ' ? s + 1 : s;
  }
  // A house number and a street's name in a script without case before a
  // unit the address starts with, as Thai and Nepali forms write them in
  // English's order: "1658 ราษฎร์อุทิศ Suite 736", "2925 सरिता Rapid Suite
  // 465". Up to three words, one at least of such a script.
  if (start > 0 && text[start - 1] == ' ' && capitalised(text.substr(start, 1))) {
    const std::string_view u = text.substr(start, tail_word_end(text, start) - start);
    std::array<char, 64> buf{};
    const std::string_view f = fold(u, buf);
    if (!f.empty() && f.size() > 2 && (tail_unit(f) || unit_word(u))) {
      std::size_t s = start - 1, caseless = 0;
      for (int words = 0; words < 4 && s > 0; ++words) {
        std::size_t b = s;
        while (b > 0 && tail_byte(text[b - 1])) --b;
        if (b == s) break;
        const std::string_view w = text.substr(b, s - b);
        if (all_digits(w)) {
          if (caseless > 0 && w.size() <= 5 && words > 0 && (b == 0 || !tail_byte(text[b - 1])) &&
              (b == 0 || text[b - 1] != '.'))
            return b;
          break;
        }
        const auto lead = static_cast<unsigned char>(w[0]);
        if (lead >= 0xE0 && lead < 0xE3 && !cased_capital(w))
          ++caseless;  // Thai, Devanagari, Georgian (three-byte letters)
        else if (!(is_ascii_alpha(w[0]) && capitalised(w)))
          break;
        if (b < 2 || text[b - 1] != ' ') break;
        s = b - 1;
      }
    }
  }
  // A flat or a building before the street, and a comma: "Flat 3, 68A Clos
  // Penlan", "Bât. A, 107 Boulevard ...".
  if (ends_with_at(start, ", ")) {
    std::size_t e = start - 2, s = e;
    while (s > 0 && tail_byte(text[s - 1])) --s;
    const std::string_view d = text.substr(s, e - s);
    if (designator(d) && s >= 2 && text[s - 1] == ' ') {
      std::size_t ue = s - 1;
      if (ue > 0 && text[ue - 1] == '.') --ue;
      std::size_t us = ue;
      while (us > 0 && tail_byte(text[us - 1])) --us;
      const std::string_view u = text.substr(us, ue - us);
      std::array<char, 64> buf{};
      const std::string_view f = fold(u, buf);
      if (!f.empty() && f.size() > 1 && capitalised(u) && (tail_unit(f) || unit_word(u)) &&
          (us == 0 || !tail_byte(text[us - 1])))
        return us;
    }
  }
  return start;
}

void AddressLayout::find(std::string_view text, std::vector<Finding>& out) const {
  const std::size_t first_new = out.size();
  find_streets(text, out);
  find_indian_houses(text, out);
  find_farmsteads(text, out);
  // Streets in scripts without spaces or Latin digits (address_scripts.cpp).
  find_script_addresses(text, out);
  // Every address, the name finder's too, over the flat, floor and door
  // written after it and the flat or "No." before it.
  // Not into another address ("Unit 9456 Box 8731, APO AE 09012" is a
  // box and a military post's line): each is bounded by its neighbours.
  // One past a town alone after ", " at `e` (town_and_postcode found
  // none): one to three capitalised words, none a common word, a code in
  // capitals or a digit's, that the text, a line, a sentence's mark, a
  // bracket, an emoji or a smiley ends. Or `e`.
  auto town_alone = [&](std::string_view t, std::size_t e) {
    const std::size_t n = t.size();
    if (e + 2 >= n) return e;
    // After a comma, or alone on the last line ("…Oppgang A\nTandberg").
    const bool line = t[e] == '\n';
    if (!line && (t[e] != ',' || t[e + 1] != ' ')) return e;
    std::size_t at = e + (line ? 1 : 2);
    for (int words = 0; words < 3; ++words) {
      const std::size_t we = word_end(t, at);
      if (we == at || we - at > 40) return e;
      const std::string_view w = t.substr(at, we - at);
      if (!capitalised(w) || (w.size() > 1 && acronym(w)) || common_word(words_, w)) return e;
      for (char c : w)
        if (is_digit(c)) return e;
      if (we == n) return we;
      const auto c = static_cast<unsigned char>(t[we]);
      if (line) {
        if (c == '\n' || c == '\r') return we;
        if (c != ' ') return e;
        at = we + 1;
        continue;
      }
      if (c == '.' || c == '!' || c == '?' || c == ')' || c == '\n' || c == '\r') return we;
      if (c != ' ' && c != '-') return e;
      if (we + 1 >= n) return we;
      const auto d = static_cast<unsigned char>(t[we + 1]);
      if (d == ':' || d == ';' || d >= 0xF0) return we;  // " :)", " 👍"
      at = we + 1;
    }
    return e;
  };
  thread_local std::vector<std::size_t> order;
  order.clear();
  for (std::size_t k = 0; k < out.size(); ++k)
    if (out[k].type == EntityType::address) order.push_back(k);
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return out[a].start < out[b].start; });
  for (std::size_t n = 0; n < order.size(); ++n) {
    Finding& f = out[order[n]];
    std::size_t end = unit_tail(text, f.end), start = unit_head(text, f.start);
    if (n + 1 < order.size()) {
      const Finding& g = out[order[n + 1]];
      // A unit the street rule found apart after it ("Sokak No: 79" +
      // " Kat: 8" + " Daire: 15"): one address.
      if (g.start >= f.end && g.start < end) end = std::max(end, g.end);
    }
    // The town and postcode after it continue it (town_and_postcode),
    // unless another finding holds them: a town found as a place keeps
    // its finding and takes the postcode; its words read as a name (at a
    // lower score) are the town's.
    std::size_t town = 0;
    if (const std::size_t after = town_and_postcode(text, end, town); after > end) {
      Finding* place = nullptr;
      int taken = 0;
      for (Finding& g : out)
        if (&g != &f && g.start < after && town < g.end && g.type != EntityType::address &&
            // The town's words read as a name lose to the address.
            !(g.type == EntityType::person && g.start >= town && g.end <= after &&
              g.score < f.score)) {
          ++taken;
          if (g.type == EntityType::location && g.start == town && g.end < after) place = &g;
        }
      if (taken == 0)
        end = after;
      else if (taken == 1 && place)
        place->end = after;
    } else if (const std::size_t alone = town_alone(text, end); alone > end) {
      // A town alone after a comma, where the text or the sentence ends
      // ("Цетињска 5 кат 6, Гевгелија.", "Λειβαδά 18, Άρτα"): the address's
      // too, unless another finding holds it but a name no evidence vouches
      // for.
      bool taken = false;
      for (const Finding& g : out)
        if (&g != &f && g.start < alone && end < g.end &&
            !(g.type == EntityType::person && g.score <= kPersonCandidateScore))
          taken = true;
      if (!taken) end = alone;
    }
    if (n > 0) {
      const Finding& g = out[order[n - 1]];
      if (g.end <= f.start && g.end > start) start = f.start;
    }
    f.end = end;
    f.start = start;
  }
  if (out.size() == first_new) return;
  // A street found here and an address the name finder found around it
  // are one address: their union, at the higher score ("15 Via Carlo
  // Cattaneo 130, Burgo": the name finder's span is longer, this one's
  // score higher; neither must make the other lose).
  std::vector<Finding> addresses;
  std::erase_if(out, [&](const Finding& f) {
    if (f.type != EntityType::address) return false;
    addresses.push_back(f);
    return true;
  });
  std::sort(addresses.begin(), addresses.end(),
            [](const Finding& a, const Finding& b) { return a.start < b.start; });
  for (const Finding& f : addresses) {
    if (!out.empty() && out.back().type == EntityType::address && f.start < out.back().end) {
      Finding& last = out.back();
      last.end = std::max(last.end, f.end);
      if (f.score > last.score) {
        last.score = f.score;
        last.detector = f.detector;
      }
      continue;
    }
    out.push_back(f);
  }
}

void AddressLayout::find_streets(std::string_view text, std::vector<Finding>& out) const {
  const std::size_t n = text.size();
  std::size_t covered = 0;
  auto word_at = [&](std::size_t s) {
    Word w{s, word_end(text, s), false};
    w.dot = w.end < n && text[w.end] == '.';
    return w;
  };
  auto str = [&](const Word& w) { return text.substr(w.start, w.end - w.start); };
  // A house number: 1 to 5 digits, a letter or "º" after them, or "/12".
  auto house_end = [&](std::size_t s) -> std::size_t {
    std::size_t e = s;
    while (e < n && is_digit(text[e])) ++e;
    if (e - s > 5) return 0;
    const std::size_t we = word_end(text, s);
    // Uzbek and Russian write the house's word after a dash: "12-uy", "5-дом",
    // also after a letter: "76A-uy".
    const std::string_view suffix = text.substr(e, we - e);
    if (uzbek_house(suffix) ||
        (suffix.size() > 3 && is_ascii_alpha(suffix[0]) && uzbek_house(suffix.substr(1))))
      return we;
    // Groups after the number: a flat after a dash or slash, a staircase and
    // a door ("38-4/27", "126/4/11", "2395/43"), a unit before a dash
    // (Quebec "22-4490"), a letter ("3139-A", "34/B").
    if (std::size_t g = grouped_house_end(text, s); g > we || (g == we && g > e)) {
      if (g > e && g < n && text[g] == '/' && g + 1 < n && is_digit(text[g + 1])) return 0;
      bool digits_after = false;
      for (std::size_t k = e; k < g; ++k) digits_after = digits_after || is_digit(text[k]);
      if (digits_after || g > we) {
        e = g;
        if (e < n && !(text[e] == ' ' || text[e] == ',' || text[e] == '.' || text[e] == ';' ||
                       text[e] == ')' || text[e] == '\n' || text[e] == '\r' || text[e] == '"' ||
                       text[e] == '!' || text[e] == '?'))
          return 0;
        if (e + 1 < n && (text[e] == '.' || text[e] == ',') && is_digit(text[e + 1])) return 0;
        if (e < n && text[e] == ' ' && e + 1 < n && is_digit(text[e + 1])) return 0;
        return e;
      }
    }
    // French and Italian repeat a number: "64bis", "12ter".
    const bool repeat = equals_lower(suffix, "bis") || equals_lower(suffix, "ter");
    if (!repeat && we - e > 2 && !(we - e == 2 && static_cast<unsigned char>(text[e]) == 0xC2))
      return 0;
    for (std::size_t k = e; k < we; ++k)
      if (is_digit(text[k])) return 0;
    e = we;
    if (e + 1 < n && text[e] == '/' && is_digit(text[e + 1])) e = word_end(text, e + 1);
    // What follows ends the number: no time, date, version, decimal,
    // price or phone grouping ("12:30", "3.5", "555 0132").
    if (e < n) {
      const char c = text[e];
      if (!(c == ' ' || c == ',' || c == '.' || c == ';' || c == '?' || c == '!' || c == ')' ||
            c == '\n' || c == '\r' || c == '"' || c == '\t'))
        return 0;
      if ((c == '.' || c == ',') && e + 1 < n && is_digit(text[e + 1])) return 0;
      if (c == ' ' && e + 1 < n && is_digit(text[e + 1])) {
        // "12 345": a phone's or an amount's groups, unless a unit-less
        // number after a street ("Rue X 12 3e étage") — kept simple: no;
        // but a Spanish floor ("25 2º A", "7 3ª") follows a house number.
        std::size_t d = e + 1;
        while (d < n && is_digit(text[d])) ++d;
        // ... or a Hungarian floor ("48 6.em", "50 9. em.").
        const bool floor =
            d - e - 1 <= 2 && d + 1 < n &&
            ((static_cast<unsigned char>(text[d]) == 0xC2 &&
              (static_cast<unsigned char>(text[d + 1]) == 0xBA ||
               static_cast<unsigned char>(text[d + 1]) == 0xAA)) ||
             text.substr(d).starts_with(".em") || text.substr(d).starts_with(". em"));
        if (!floor) return 0;
      }
    }
    return e;
  };
  // A capitalised word or a particle after one space at `e`.
  auto next_is_name = [&](std::size_t e) {
    if (e + 1 >= n || text[e] != ' ' || !word_byte(text[e + 1]) || is_digit(text[e + 1]))
      return false;
    const std::string_view t = text.substr(e + 1, word_end(text, e + 1) - e - 1);
    return capitalised(t) || is_phrase_particle(t, true) || is_particle(t);
  };
  auto is_name = [&](const Word& w) {
    std::string_view s = str(w);
    // French elision: "l'Est", "d'Argenteuil".
    if (s.size() > 3 && (s[0] == 'l' || s[0] == 'd') && s[1] == '\'') s.remove_prefix(2);
    return capitalised(s) && !numeric(s) && !(words_.flags(s) & (kTitle | kArticle)) && !acronym(s);
  };
  auto particle = [&](const Word& w) {
    const std::string_view s = str(w);
    // Welsh "yr", "Y" ("Llys yr Eglwys", "Pen Y Fai").
    return is_phrase_particle(s, true) || is_particle(s) || s == "y" || s == "i" || s == "yr" ||
           s == "Y" || s == "Yr";
  };
  // The unit parts after a street's house number: "m. 665", ", Apt. 4",
  // " кв. 12", " 7 étage", " 2º C". One past their end.
  auto units_after = [&](std::size_t e) {
    for (int round = 0; round < 2; ++round) {
      std::size_t s = e;
      if (s + 1 < n && text[s] == ',' && text[s + 1] == ' ')
        s += 2;
      else if (s < n && text[s] == ' ')
        s += 1;
      else
        break;
      if (s >= n || !word_byte(text[s])) break;
      Word u = word_at(s);
      if (is_digit(text[s])) {
        // An Uzbek flat ("34-xonadon") or a Spanish floor ("2º A", "4ª").
        {
          std::size_t d = s;
          while (d < u.end && is_digit(text[d])) ++d;
          const std::string_view rest = text.substr(d, u.end - d);
          if (uzbek_house(rest)) {
            e = u.end;
            continue;
          }
          if (rest == "º" || rest == "ª") {
            e = u.end;
            if (e + 2 <= n && text[e] == ' ' && text[e + 1] >= 'A' && text[e + 1] <= 'Z' &&
                (e + 2 == n || !word_byte(text[e + 2])))
              e += 2;
            continue;
          }
        }
        // "7 étage": a number, then a unit word.
        const std::size_t ue = u.end;
        if (ue + 1 < n && text[ue] == ' ') {
          Word v = word_at(ue + 1);
          if (v.end > v.start && unit_word(str(v))) {
            e = v.end;
            continue;
          }
        }
        break;
      }
      // A staircase's letter and the flat's number after it, as the Nordic
      // countries write them ("Sjøgrenda 86 C", "Karoliinaraitti 36 B
      // 21"), or a Norwegian flat number ("48A, H0201").
      {
        const std::string_view us = str(u);
        auto stops = [&](std::size_t k) {
          return k >= n || text[k] == ',' || text[k] == '\n' || text[k] == '\r' || text[k] == '.' ||
                 text[k] == ')' || text[k] == ';';
        };
        if (us.size() == 1 && us[0] >= 'A' && us[0] <= 'Z' && text[s - 1] == ' ') {
          std::size_t k = u.end;
          if (k + 1 < n && text[k] == ' ' && is_digit(text[k + 1])) {
            const std::size_t d = word_end(text, k + 1);
            if (d - k - 1 <= 3 && numeric(text.substr(k + 1, d - k - 1)) && stops(d)) k = d;
          }
          if (!stops(k)) break;
          e = k;
          continue;
        }
        if (us.size() == 5 && (us[0] == 'H' || us[0] == 'U' || us[0] == 'K' || us[0] == 'L') &&
            numeric(us.substr(1)) && stops(u.end)) {
          e = u.end;
          continue;
        }
      }
      if (!unit_word(str(u))) break;
      std::size_t k = u.end;
      if (k < n && text[k] == '.') ++k;
      if (k < n && (text[k] == ' ' || text[k] == ':')) ++k;
      if (k < n && text[k] == ' ') ++k;
      // A staircase by its letter: "Oppgang B".
      if (k + 1 <= n && k < n && text[k] >= 'A' && text[k] <= 'Z' &&
          (k + 1 == n || !word_byte(text[k + 1])) && text[k - 1] == ' ') {
        e = k + 1;
        continue;
      }
      if (k >= n || !is_digit(text[k])) break;
      e = word_end(text, k);
      if (e + 1 < n && text[e] == '/' && is_digit(text[e + 1])) e = word_end(text, e + 1);
      // "2º C", "4 Bajo A": a single capital letter after it.
      if (e + 2 <= n && text[e] == ' ' && e + 1 < n && text[e + 1] >= 'A' && text[e + 1] <= 'Z' &&
          (e + 2 == n || !word_byte(text[e + 2])))
        e += 2;
    }
    return e;
  };
  // The next line or comma-separated part is a postcode and a town, in
  // either order: "\nNP4 5WW Pentridwr", ", 151 24 Marousi", " (77-874
  // Twardogóra)", ", Yerevan 0010".
  auto town_line_after = [&](std::size_t e) {
    std::size_t s = e;
    if (s + 1 < n && text[s] == ',' && text[s + 1] == ' ')
      s += 2;
    else if (s + 1 < n && text[s] == ' ' && text[s + 1] == '(')
      s += 2;
    else if (s < n && text[s] == '\n')
      s += 1;
    else if (s + 1 < n && text[s] == '\r' && text[s + 1] == '\n')
      s += 2;
    else
      return false;
    if (s >= n) return false;
    auto town = [&](std::size_t at) {
      if (at >= n || !word_byte(text[at]) || is_digit(text[at])) return std::size_t{0};
      const Word t = word_at(at);
      const std::string_view w = str(t);
      if (!capitalised(w) || acronym(w) || w.size() < 2 || common_word(words_, w))
        return std::size_t{0};
      return t.end;
    };
    if (const std::size_t p = postcode_at(text, s)) {
      return s + p + 1 < n && text[s + p] == ' ' && town(s + p + 1) != 0;
    }
    if (std::size_t te = town(s)) {
      // The town may take two words ("Nova Gorica 5000").
      if (te + 1 < n && text[te] == ' ' && !is_digit(text[te + 1]))
        if (std::size_t t2 = town(te + 1)) te = t2;
      if (te + 1 >= n || text[te] != ' ') return false;
      const std::size_t p = postcode_at(text, te + 1);
      // Three digits after a word are a page's, a room's or a chapter's
      // number as often ("Zimmer 30, Seite 122").
      if (!p || (p == 3 && numeric(text.substr(te + 1, p)))) return false;
      const std::size_t pe = te + 1 + p;
      // The postcode ends the part: the text, a line, a mark, or a space
      // before an emoji or a smiley ("Storhavn 0170 👍", "… 3431 :)").
      return pe == n || text[pe] == '\n' || text[pe] == '\r' || text[pe] == ',' ||
             text[pe] == ')' || text[pe] == '.' || text[pe] == '!' || text[pe] == '?' ||
             (text[pe] == ' ' && pe + 1 < n &&
              (text[pe + 1] == ':' || text[pe + 1] == ';' ||
               static_cast<unsigned char>(text[pe + 1]) >= 0xF0));
    }
    return false;
  };

  for (std::size_t i = next_digit(text, 0); i < n; i = next_digit(text, i + 1)) {
    // A number sign glued to the number: Georgian "№81", romanised "N37".
    std::size_t glued = 0;
    if (i >= 4 && text.substr(i - 3, 3) == "№" && text[i - 4] == ' ')
      glued = 3;
    else if (i >= 2 && text[i - 1] == 'N' && text[i - 2] == ' ')
      glued = 1;
    if (i > 0 && !glued &&
        (word_byte(text[i - 1]) || text[i - 1] == '+' || text[i - 1] == '-' || text[i - 1] == '/' ||
         text[i - 1] == '.' || text[i - 1] == '#' || text[i - 1] == '$' || text[i - 1] == ':')) {
      while (i + 1 < n && word_byte(text[i + 1])) ++i;
      continue;
    }
    const std::size_t num_end = house_end(i);
    if (!num_end || i < covered || inside_digit_run(text, i)) {
      while (i + 1 < n && word_byte(text[i + 1])) ++i;
      continue;
    }
    const std::string_view number = text.substr(i, num_end - i);
    const bool year_like =
        number.size() == 4 && (number.starts_with("19") || number.starts_with("20"));

    // ---- a post-office box: "Postboks 123", "Pf. 207.", "а/я 15" ---------
    {
      bool town = false;
      const std::size_t box = po_box_before(text, i, town);
      if (box != std::string_view::npos && box >= covered && (!town || town_line_after(num_end))) {
        out.push_back({EntityType::address, box, num_end, 0.85, "po_box"});
        covered = num_end;
        i = num_end - 1;
        continue;
      }
    }

    // ---- words before the number: "Ленина ул., 5", "Οδός Ερμού 12" -----
    std::size_t start = i, names = 0, uncommon = 0, types = 0;
    bool own_type = false, adjective = false, short_genitive = false;
    std::size_t roman_types = 0;
    bool czech = false;
    {
      std::size_t at = i - glued;
      // "No: 12", "nr 5" between the street and its number.
      if (!glued) {
        std::size_t b = at;
        while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == ':' || text[b - 1] == '.')) --b;
        if (b < at && b > 0 && word_byte(text[b - 1])) {
          const std::size_t ws = word_start(text, b);
          const std::string_view w = text.substr(ws, b - ws);
          if (number_prefix(w)) {
            at = ws;
          } else if ((w == "º" || w == "°") && ws >= 2 && text[ws - 1] == '.' &&
                     (text[ws - 2] == 'n' || text[ws - 2] == 'N') &&
                     (ws == 2 || !word_byte(text[ws - 3]))) {
            at = ws - 2;  // Spanish and Portuguese "n.º 155"
          }
        }
      }
      bool first = true;
      std::size_t taken = 0;
      while (taken < 6 && at > 0) {
        // The gap before `at`: a space, ". ", ", " (only right before the
        // number, or after an abbreviation: "pr., 207").
        std::size_t b = at;
        if (b >= 1 && text[b - 1] == ' ')
          --b;
        else
          break;
        // Two spaces inside a street's words read as one, as some forms and
        // faker write them ("Համբարձումյան  փողոց 242").
        if (!first && b >= 2 && text[b - 1] == ' ' && text[b - 2] != ' ') --b;
        // " - " inside a name ("Крсте Гермов - Шаќир бр. 32"). After a
        // street's type, a given name and a surname before the dash are a
        // person and a dash ("Noah Dahl - Østre Solgata 47", as a chat
        // writes who lives where): a PERSON of its own, the street after.
        if (!first && b >= 2 && text[b - 1] == '-' && text[b - 2] == ' ') {
          if (types && b >= 3 && word_byte(text[b - 3])) {
            const std::size_t se = b - 2, ss = word_start(text, se);
            std::size_t gs = ss;
            if (ss >= 2 && text[ss - 1] == ' ' && word_byte(text[ss - 2]))
              gs = word_start(text, ss - 1);
            const std::string_view given = text.substr(gs, (gs == ss ? se : ss - 1) - gs);
            const std::string_view surname = text.substr(ss, se - ss);
            if (gs < ss && capitalised(given) && capitalised(surname) &&
                (words_.flags(given) & kGivenName) &&
                !(words_.flags(given) & (kCommonWord | kPlace)) &&
                !(words_.flags(surname) & kCommonWord) && (gs == 0 || !word_byte(text[gs - 1]))) {
              out.push_back({EntityType::person, gs, se, 0.7, "person_before_street"});
              break;
            }
          }
          b -= 2;
        }
        bool comma = false, dot = false;
        if (b >= 1 && text[b - 1] == ',') {
          comma = true;
          --b;
        }
        if (b >= 1 && text[b - 1] == '.') {
          dot = true;
          --b;
        }
        if (comma && !first) break;
        if (b == 0 || !word_byte(text[b - 1])) break;
        std::size_t ws = word_start(text, b);
        // A name in quotes ("бул. „Македонска Војска“ бр. 48"): the quotes
        // are no part of its words.
        std::size_t we = b;
        for (std::string_view q : {std::string_view("“"), std::string_view("”"),
                                   std::string_view("»"), std::string_view("\"")})
          if (we - ws > q.size() && text.substr(we - q.size(), q.size()) == q) we -= q.size();
        std::size_t quote = 0;
        for (std::string_view q : {std::string_view("„"), std::string_view("“"),
                                   std::string_view("«"), std::string_view("\"")})
          if (we - ws > q.size() && text.substr(ws, q.size()) == q) quote = q.size();
        const Word w{ws + quote, we, dot};
        const std::string_view s = str(w);
        if (!s.empty() && is_digit(s[0]) && uzbek_quarter(s)) {
          // "12-mavze, 48-uy": the microdistrict is the street.
          ++types;
          ++names;
          own_type = true;
          start = ws;
          break;
        }
        if (s.empty() || is_digit(s[0])) break;
        // A word that Armenian punctuation ends is a label or a clause's
        // end ("Հասցե՝", "…։"), no street's name.
        if (s.ends_with("\u055D") || s.ends_with("\u0589") || s.ends_with("\u055C")) break;
        // A Greek street in the genitive needs no type ("Ερμού 25").
        bool listed = street_type(s, dot);
        // Arabic "عن طريق": "by way of", no road.
        if (listed && s == "طريق" && ws >= 2 && text[ws - 1] == ' ' &&
            text.substr(0, ws - 1).ends_with("عن") &&
            (ws - 1 == 4 || !word_byte(text[ws - 1 - 4 - 1])))
          break;
        // A Greek street's genitive romanised ("Athanasiou 770", "Gennadioy
        // 311"), as Greece's streets are named without a type: not after a
        // given name ("Maria Papadopoulou 5" is a woman and a number).
        bool roman = false;
        if (first && !dot && capitalised(s) && roman_greek_genitive(s) &&
            !(words_.flags(s) & (kCommonWord | kPlace | kGivenName))) {
          roman = true;
          if (ws >= 2 && text[ws - 1] == ' ' && word_byte(text[ws - 2])) {
            const std::size_t ps = word_start(text, ws - 1);
            if (words_.flags(text.substr(ps, ws - 1 - ps)) & kGivenName) roman = false;
          }
        }
        const bool own = listed || roman ||
                         (first && !dot && capitalised(s) &&
                          (greek_genitive(s) || compound_street(s)) && !(words_.flags(s) & kPlace));
        // A street named by an adjective stands alone: after a given name,
        // "Kowalska 5" is a person's surname and a number.
        if (own && !listed) adjective = !greek_genitive(s) && !roman;
        if (own && !listed && first) short_genitive = greek_short_genitive(s);
        const bool english = !own && !dot && capitalised(s) && words_.is_street_word(s) &&
                             !(words_.flags(s) & kTitle);
        if (roman) ++roman_types;
        if (own || english) {
          ++types;
          own_type = own_type || (own && (dot || strong_type(s)));
          if (first && (greek_genitive(s) || compound_street(s) || roman)) ++names;
        } else if (names && !types && !dot && czech_preposition(s)) {
          // "Pod Náspem 5", "U Nádraží 1234/5", "Na Příkopě 22": a Czech
          // street opened by its preposition.
          ++types;
          own_type = true;
          czech = true;
          start = ws;
          break;
        } else if (types && (s == "tor" || s == "berk" || s == "shoh" || s == "katta" ||
                             s == "qardaşları" || s == "bəy" || s == "xanım")) {
          // Uzbek lane, dead end, main street, great: "Navoiy tor ko'chasi";
          // Azerbaijani brothers, bey and lady: "Mərdanov qardaşları
          // küçəsi", "Səməd bəy Mehmandarov küçəsi".
        } else if (types && nordic_prefix(s)) {
          // "Østre Grangjerdet 48A", "Vestre Fiolhavna 18": part of the name.
        } else if (is_name(w) && !(dot && s.size() <= 2)) {
          ++names;
          if (!common_word(words_, s) || non_ascii(s)) ++uncommon;
        } else if (!(particle(w) && names + types > 0) || dot) {
          break;
        }
        start = ws;
        at = ws;
        first = false;
        ++taken;
      }
      // Spanish "C/ Mayor, 12", "c/ de Colón, 61": the type abbreviated
      // with a slash.
      {
        std::size_t c = start;
        if (c >= 1 && text[c - 1] == ' ') --c;
        if (names && c >= 2 && c < start + 1 && text[c - 1] == '/' &&
            (text[c - 2] == 'C' || text[c - 2] == 'c') && (c == 2 || !word_byte(text[c - 3]))) {
          ++types;
          own_type = true;
          start = c - 2;
        }
      }
      // Particles do not open a street.
      while (start < i && particle(word_at(start))) {
        const std::size_t e = word_end(text, start);
        start = e;
        while (start < i && !word_byte(text[start])) ++start;
      }
    }
    std::size_t end = num_end;
    double score = 0;
    const char* detector = nullptr;
    const bool comma_before = i >= 2 && text[i - 2] == ',';
    const bool clause_end = num_end == n || text[num_end] == ',' || text[num_end] == '\n' ||
                            text[num_end] == '\r' || text[num_end] == '.' || text[num_end] == ';';
    // A romanised genitive alone ("Athanasiou 770") is a surname and a
    // number as often ("Papadopoulou 5 times"): only where the number ends
    // the clause or a preposition of place comes before it.
    bool roman_ok = roman_types == 0 || types > roman_types || clause_end;
    // A Czech street by its preposition only where its number ends the
    // clause or carries its slash ("Na Slovensku 5 let" is none).
    const bool czech_ok = !czech || clause_end || number.find('/') != std::string_view::npos;
    if (!roman_ok && start >= 2 && text[start - 1] == ' ') {
      const std::size_t ps = word_start(text, start - 1);
      const std::string_view p = text.substr(ps, start - 1 - ps);
      for (std::string_view w : {"at", "on", "to", "in", "outside", "near", "from", "into", "At",
                                 "On", "To", "In", "στην", "στη", "στο", "οδό", "na", "u", "sto"})
        roman_ok = roman_ok || p == w;
    }
    if (types && names && (own_type || uncommon) && !(year_like && comma_before) && roman_ok &&
        czech_ok && !(adjective && names > 1) && !(short_genitive && (names > 1 || !clause_end))) {
      score = 0.9;
      detector = "street_address_layout";
    }
    // ---- words after the number: "12 boul. des Laurentides" -------------
    std::size_t after_end = 0, after_names = 0, after_uncommon = 0;
    bool after_type = false, after_strong = false;
    // A French name joined by its particle after a first name ("Renaud de
    // la Harpe", "Morin d'Abbeville", "Aubry du Bac"): Quebec's streets
    // named after people, their type left out.
    bool after_particle = false, after_french = false;
    // Quebec writes a comma after the number: "1234, rue Sainte-Catherine".
    std::size_t after_at = num_end + 1;
    if (num_end + 2 < n && text[num_end] == ',' && text[num_end + 1] == ' ' &&
        word_byte(text[num_end + 2])) {
      const Word t = word_at(num_end + 2);
      if (street_type(str(t), t.dot) || (french_small_type(str(t)) && next_is_name(t.end)))
        after_at = num_end + 2;
    }
    // Five digits before a street type are a postcode and its town as often
    // as a house number ("Deliveries to 64122 Borgo Fiammetta").
    std::size_t lead_digits = 0;
    while (lead_digits < number.size() && is_digit(number[lead_digits])) ++lead_digits;
    // Quebec's comma lets a number that looks like a year open the street
    // when nothing but punctuation comes before it ("2073, place
    // Saint-Laurent"; "En 2019, rue ..." is prose).
    const bool quebec_year = year_like && after_at == num_end + 2 &&
                             (i == 0 || !word_byte(text[i - 1 - (text[i - 1] == ' ' && i >= 2)]));
    if (!detector && after_at < n && text[after_at - 1] == ' ' && (!year_like || quebec_year) &&
        lead_digits <= 4) {
      std::size_t at = after_at;
      for (int taken = 0; taken < 6 && at < n && word_byte(text[at]) && !is_digit(text[at]);
           ++taken) {
        const Word w = word_at(at);
        const std::string_view s = str(w);
        // French writes the type in small letters, English words included,
        // before a capitalised name: "12 avenue des Pins", "3 boulevard
        // Saint-Laurent". A hyphenated word whose first part is a type, or a
        // Welsh joined name, is a street after the number ("Heol-Y-Foelas").
        const std::size_t dash = s.find('-');
        const bool own = street_type(s, w.dot) || (capitalised(s) && words_.has_street_ending(s)) ||
                         (taken == 0 && french_small_type(s) && next_is_name(w.end)) ||
                         (taken == 0 && capitalised(s) && greek_genitive(s)) ||
                         (capitalised(s) && (welsh_joined(s) || (dash != std::string_view::npos &&
                                                                 listed_type(s.substr(0, dash)))));
        if (own) {
          after_type = true;
          // An English suffix is no evidence alone: the name must be no
          // English word ("6057 Gaurang Fords", not "3 Oak Groves").
          after_strong = after_strong || w.dot || !capitalised(s) || strong_type(s);
          // A joined name is the street's name and its type at once.
          if (capitalised(s) && !listed_type(s) && !words_.has_street_ending(s)) {
            ++after_names;
            after_strong = true;
          }
        } else if (is_name(w)) {
          ++after_names;
          if (!common_word(words_, s) || non_ascii(s)) ++after_uncommon;
          const bool elided = s.size() > 3 && (s[0] == 'd' || s[0] == 'l') && s[1] == '\'';
          after_french = after_french || (after_names >= 2 && (after_particle || elided));
        } else if (!particle(w) || taken == 0) {
          break;
        }
        if (particle(w) && after_names)
          after_particle = (s == "de" || s == "du" || s == "des" || s == "la" || s == "Du" ||
                            s == "De" || s == "Des");
        else if (!particle(w))
          after_particle = false;
        if (!particle(w)) after_end = w.end;
        std::size_t k = w.end;
        if (k < n && text[k] == '.') ++k;
        if (k < n && text[k] == ' ')
          ++k;
        else
          break;
        at = k;
      }
      if (after_type && after_names && after_end && (after_strong || after_uncommon)) {
        score = 0.9;
        detector = "street_address_layout";
        start = i;
        end = after_end;
      }
    }
    // ---- a street line with no type, then its postcode and town ----------
    if (!detector) {
      std::size_t s = 0, e = 0;
      if (names && uncommon && !types && !year_like) {
        s = start;
        e = units_after(num_end);
      } else if (after_names && after_uncommon && !after_type && after_end) {
        s = i;
        e = units_after(after_end);
      }
      // The street opens its line or its part of the sentence.
      if (e && town_line_after(e)) {
        score = 0.85;
        detector = "street_address_postcode_line";
        start = s;
        end = e;
      } else if (e && s == i && after_french && !year_like) {
        // A French name with its particle after a house number, where the
        // number follows a preposition of place, a colon or a line's start
        // and the name ends the clause or a unit follows it.
        bool placed = i == 0 || text[i - 1] == '\n' || text[i - 1] == '"' ||
                      (i >= 2 && text[i - 1] == ' ' && text[i - 2] == ':');
        if (!placed && i >= 2 && text[i - 1] == ' ') {
          const std::size_t ps = word_start(text, i - 1);
          const std::string_view p = text.substr(ps, i - 1 - ps);
          for (std::string_view w : {"at", "on", "to", "outside", "near", "from", "au", "du", "le",
                                     "At", "On", "To", "Au"})
            placed = placed || p == w;
        }
        const bool ends = e == n || text[e] == ',' || text[e] == '.' || text[e] == '\n' ||
                          text[e] == ';' || text[e] == ')' || text[e] == '"' || e > after_end;
        if (placed && ends) {
          score = 0.85;
          detector = "street_address_layout";
          start = s;
          end = e;
        }
      }
    }
    if (!detector) {
      while (i + 1 < n && word_byte(text[i + 1])) ++i;
      continue;
    }
    if (end == num_end) end = units_after(end);
    out.push_back({EntityType::address, start, end, score, detector});
    covered = end;
    i = end > i ? end - 1 : i;
  }
}

}  // namespace switchyard::privacy
