// Things named after arbitrary people (words::named_after_someone): a
// PERSON finding that is a name inside the name of an institution, a firm,
// a venue, a street or an award ("Beridze Memorial Hospital", "the Arina
// Stepanyan Foundation", "Owusu & Sons", "Boucherie Lefebvre", "Fundația
// Agripina Toma", "the Tom Grimes Grant"), or a given name a pet, a horse,
// a boat or a product is called by ("our dog Bella", "the mare Akua", "the
// Amelia sofa"). Unlike named_thing's closed lists, these read the few words
// around the finding: one hash look-up a word, only for PERSON findings.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <unordered_map>

#include "switchyard/privacy/name_tokens.hpp"
#include "switchyard/privacy/name_words.hpp"
#include "switchyard/privacy/small_letters.hpp"

namespace switchyard::privacy::words {

namespace {

// What a word is to these rules (a word may be several things).
enum : std::uint16_t {
  kHeadAfter = 1 << 0,     // closes a name: "Hospital", "Foundation", "Prize", "Plumbing"
  kHeadBefore = 1 << 1,    // opens a name: "Boucherie", "Fundația", "Premio", "rue"
  kComplement = 1 << 2,    // between such a noun and the name: "hospitalier", "de"
  kAnimal = 1 << 3,        // a pet, a horse or a boat before its name: "dog", "mare", "yacht"
  kProduct = 1 << 4,       // a product after a given name: "sofa", "mattress"
  kKin = 1 << 5,           // a firm's "& Sons": "Sons", "Daughters", "Fils", "Oğulları"
  kFirmAnd = 1 << 6,       // the "and" before it: "and", "&", "et", "və"
  kMonth = 1 << 7,         // a month spelled like a given name: "Mai", "August", "June"
  kMonthCue = 1 << 8,      // a word before a month: "im", "bis", "since", "early"
  kArticleWord = 1 << 9,   // an article or a possessive before a product: "the", "our"
  kOwner = 1 << 10,        // a possessive after the animal: "Cățelul nostru Emil"
  kPlaceWord = 1 << 11,    // of those nouns, a place's: "Square", "Bridge", "rue", "strada"
  kStreetAfter = 1 << 12,  // a street's noun after the name in any case: "poghota", "kucha"
  kNamedWord = 1 << 13,    // ends a naming cue: "named", "called", "appelé", "him"
  kPlanet = 1 << 14,       // "Mars", "Venus"
  kRomanised = 1 << 15,    // a romanised noun of an institution after the name: "dprots"
};

// Nouns that close the name of a thing named after someone, by class.
// A noun that is also a given name or a surname ("Hall", "Grant", "Park",
// "Chambers") counts only after "the" (see weak()).
constexpr std::string_view kAfter[] = {
    // health
    "hospital", "hospitals", "clinic", "clinics", "polyclinic", "infirmary", "hospice",
    "sanatorium", "dispensary", "pharmacy", "dental", "dentistry", "healthcare", "ziekenhuis",
    "kliniek", "klinik", "klinikum", "krankenhaus", "surgery",
    // education, culture, charity
    "university", "college", "academy", "school", "seminary", "institute", "institution", "library",
    "museum", "gallery", "conservatory", "conservatoire", "observatory", "laboratory",
    "laboratories", "lab", "labs", "centre", "center", "foundation", "trust", "endowment",
    "society", "association", "charity", "stichting", "fondu", "fondation", "fundación",
    // venues and buildings
    "stadium", "arena", "hall", "building", "wing", "pavilion", "auditorium", "theatre", "theater",
    "tower", "towers", "gardens", "square", "bridge", "station", "airport", "terminal", "complex",
    "memorial", "monument", "church", "chapel", "cathedral", "mosque", "synagogue", "temple",
    "basilica", "hotel", "residence", "residences", "stadion",
    // awards, lectures, funds
    "prize", "prizes", "award", "awards", "medal", "lecture", "lectures", "lectureship",
    "scholarship", "scholarships", "fellowship", "fellowships", "grant", "grants", "cup", "trophy",
    "professorship", "bursary", "prijs",
    // firms by their trade
    "group", "holdings", "partners", "associates", "brothers", "bros", "sons", "daughters",
    "enterprise", "enterprises", "ventures", "consulting", "consultancy", "consultants",
    "logistics", "transport", "haulage", "motors", "automotive", "repairs", "plumbing",
    "electrical", "roofing", "construction", "builders", "contractors", "engineering", "realty",
    "properties", "capital", "investments", "finance", "insurance", "brokers", "solicitors",
    "attorneys", "lawyers", "advocates", "chambers", "notaries", "accountants", "accounting",
    "studio", "studios", "architects", "design", "designs", "catering", "bakery", "kitchen",
    "salon", "restaurant", "café", "cafe", "bistro", "pizzeria", "butchers", "florists", "farms",
    "dairy", "foods", "trading", "traders", "imports", "textiles", "furniture", "jewellers",
    "jewelers", "opticians", "travel", "tours", "publishing", "publishers", "productions", "agency",
    "company", "corporation", "incorporated", "limited", "industries", "services",
    "pharmaceuticals", "electronics", "supplies", "stores", "printing", "cleaning", "shipping",
    "fund", "funds", "digital", "textile", "medical", "international", "global", "tech", "energy",
    "stroy", "support", "helpdesk", "store", "shop", "mart", "market", "pharm", "foto", "photo",
    "flowers", "sweets", "grill", "lounge", "gym", "fitness", "spa", "nails", "barbershop", "decor",
    "toys", "wedding", "weddings", "tour", "optic", "optics", "print", "cargo", "taxi", "computers",
    "books", "events", "consult", "burger", "burgers", "pizza", "kebab", "bakeries", "cosmetic",
    "auto", "tours",
    // the same words of other languages that put them last
    "advocaten", "abogados", "advogados", "avocats", "avvocati", "asociados", "associados",
    "associés", "associati", "asociații", "groep", "gruppe", "grup", "qrup", "grupi", "kompania",
    "omilos", "gruppen", "aktiebolag", "kommanditbolag", "handelsbolag", "bau", "immobilien",
    "beratung", "impex", "prod", "exim",
    // laws and treaties, teams, brands, trains, holidays
    "act", "amendment", "treaty", "accords", "protocol", "fc", "united", "rovers", "wanderers",
    "athletic", "club", "clubs", "firm", "cosmetics", "beauty", "fashion", "couture", "jewellery",
    "jewelry", "apparel", "boutique", "perfumes", "skincare", "wines", "vineyards", "distillery",
    "chocolates", "express", "night", "eve"};

// Nouns that open such a name in languages that put them first (the
// word before the finding, or its first word). Words of English that stand
// before a person's name as often ("station", "square") are left out.
constexpr std::string_view kBefore[] = {
    // French
    "boucherie", "boulangerie", "pâtisserie", "charcuterie", "pharmacie", "fiduciaire",
    "transports", "cabinet", "garage", "étude", "groupe", "polyvalente", "cégep", "fondation",
    "hôpital", "clinique", "collège", "lycée", "école", "institut", "université", "bibliothèque",
    "musée", "pavillon", "aréna", "stade", "salle", "résidence", "établissements", "ets",
    "entreprise", "société", "librairie", "menuiserie", "plomberie", "quincaillerie", "atelier",
    "agence", "prix", "bourse", "trophée", "médaille", "coupe", "rue", "boulevard", "avenue",
    "pont", "chemin", "allée", "impasse", "quai", "gare", "théâtre", "centre", "maison",
    // venues and shops of many languages that put their noun first when
    // capitalised ("Hotel Petrosyan", "Studio Kwasi", "Salon Tamara")
    "hotel", "hôtel", "motel", "hostel", "studio", "salon", "room", "galerie", "restaurant",
    "restaurante", "ristorante", "trattoria", "taverna",
    // clubs ("FC Kalymnos", "Sporting Chios", "Dynamo Bogdantsi")
    "fc", "afc", "sporting", "dynamo", "dinamo", "olympique",
    // Romanian
    "spitalul", "fundația", "fundatia", "universitatea", "colegiul", "clinica", "centrul", "școala",
    "scoala", "institutul", "biblioteca", "brutăria", "farmacia", "premiul", "medalia", "bursa",
    "stadionul", "piața", "parcul", "strada", "bulevardul", "podul", "liceul", "grădinița",
    "muzeul", "teatrul", "cabinetul", "asociația", "compania", "cofetăria", "magazinul", "str-la",
    "str", "stradela", "aleea", "șos", "șoseaua", "bd",
    // Spanish
    "hospital", "fundación", "colegio", "universidad", "clínica", "instituto", "escuela",
    "sanatorio", "hermanos", "grupo", "panadería", "despacho", "estadio", "auditorio", "calle",
    "avenida", "premio", "beca", "medalla", "bufete", "taller", "ferretería", "museo", "liceo",
    "teatro", "polideportivo", "pabellón", "consultorio", "carnicería", "pastelería", "librería",
    // Portuguese
    "fundação", "colégio", "universidade", "padaria", "estádio", "ginásio", "rua", "prêmio",
    "prémio", "farmácia", "escola", "museu", "escritório", "pastelaria",
    // Italian
    "ospedale", "fondazione", "istituto", "fratelli", "panificio", "stadio", "palazzetto", "viale",
    "scuola", "università", "pasticceria", "macelleria", "officina",
    // German, Dutch, Polish, Czech, Nordic
    "bäckerei", "autohaus", "gebrüder", "kanzlei", "metzgerei", "stiftung", "praxis", "apotheke",
    "gasthaus", "gasthof", "konditorei", "schreinerei", "tischlerei", "zahnarztpraxis", "bakkerij",
    "slagerij", "apotheek", "gebroeders", "advocatenkantoor", "notariskantoor", "fundacja",
    "piekarnia", "apteka", "kancelaria", "przychodnia", "nadace", "nadácia", "stiftelsen", "bageri",
    "apotek"};

// Between a noun of kBefore and the name: "Centre hospitalier …",
// "Maison de retraite …", "Școala Gimnazială …", "Centrul Medical …".
constexpr std::string_view kBetween[] = {
    "hospitalier", "hospitalière", "universitaire", "retraite", "médical",  "medical",   "medicală",
    "clinic",      "gimnazială",   "național",      "naţional", "teoretic", "municipal", "regional",
    "national",    "nacional",     "general",       "de",       "du",       "des",       "la",
    "del",         "di",           "della",         "da",       "do",       "dos",       "județean",
    "privat",      "público",      "pública"};

// Animals and boats called by a given name, the noun right before it.
constexpr std::string_view kAnimals[] = {
    "dog", "puppy", "pup", "doggy", "cat", "kitten", "kitty", "tomcat", "horse", "mare", "stallion",
    "pony", "racehorse", "gelding", "filly", "colt", "foal", "donkey", "hamster", "rabbit", "bunny",
    "parrot", "budgie", "canary", "cockatoo", "tortoise", "turtle", "goldfish", "ferret", "gerbil",
    "hedgehog", "goat", "yacht", "sailboat", "boat", "ferry", "ship", "vessel", "trawler", "canoe",
    "dinghy", "schooner", "tugboat", "barge", "catamaran",
    // French, German, Spanish, Portuguese, Italian, Dutch, Romanian, Polish
    "chien", "chienne", "chiot", "chatte", "chaton", "matou", "jument", "cheval", "étalon", "poney",
    "lapin", "perroquet", "voilier", "bateau", "navire", "chalutier", "hund", "hündin", "welpe",
    "katze", "kater", "stute", "pferd", "hengst", "kaninchen", "papagei", "boot", "jacht",
    "segelboot", "schiff", "kutter", "perro", "perra", "perrito", "perrita", "gato", "gata",
    "gatito", "yegua", "caballo", "potro", "conejo", "barco", "velero", "yate", "pesquero", "cão",
    "cadela", "cachorro", "gatinho", "égua", "cavalo", "coelho", "papagaio", "veleiro", "iate",
    "cagnolino", "cagnolina", "gatto", "gatta", "gattino", "cavalla", "cavallo", "giumenta",
    "coniglio", "pappagallo", "barca", "veliero", "peschereccio", "hond", "hondje", "poes", "paard",
    "merrie", "konijn", "papegaai", "zeilboot", "câinele", "cățelul", "cățeaua", "cățelușa",
    "pisica", "motanul", "iapa", "calul", "armăsarul", "iepurele", "papagalul", "iahtul", "piesek",
    "kot", "kotka", "klacz", "koń", "łódź",
    // breeds and more kinds ("our beagle Max", "a golden retriever named
    // Bella"), and ships ("the tanker Maria")
    "retriever", "labrador", "beagle", "poodle", "terrier", "spaniel", "collie", "husky",
    "dachshund", "bulldog", "pug", "chihuahua", "greyhound", "whippet", "rottweiler", "doberman",
    "schnauzer", "corgi", "pomeranian", "sheepdog", "tabby", "moggy", "parakeet", "cockatiel",
    "budgerigar", "piglet", "lamb", "calf", "heifer", "alpaca", "llama", "iguana", "gecko",
    "lizard", "snake", "axolotl", "hen", "chicken", "duck", "goose", "mule", "tanker", "frigate",
    "destroyer", "submarine", "liner", "freighter", "galleon", "steamer"};

// Products sold under a given name, the noun right after it: "the Amelia
// sofa", "the Emma mattress".
constexpr std::string_view kProducts[] = {
    "sofa",       "sofas",      "couch",      "settee",   "mattress",  "armchair", "recliner",
    "lamp",       "desk",       "bed",        "wardrobe", "dresser",   "rug",      "bookcase",
    "stroller",   "pram",       "buggy",      "bicycle",  "jacket",    "coat",     "dress",
    "handbag",    "backpack",   "sneakers",   "trainers", "boots",     "sandals",  "kettle",
    "blender",    "toaster",    "headphones", "earbuds",  "duvet",     "pillow",   "cushion",
    "curtains",   "collection", "candle",     "perfume",  "fragrance", "lipstick", "cot",
    "crib",       "highchair",  "sideboard",  "armoire",  "doll",      "quilt",    "chair",
    "table",      "watch",      "bag",        "shoes",    "tote",      "bench",    "stool",
    "machine",    "maker",      "line",       "range",    "app",       "phone",    "laptop",
    "mug",        "vase",       "clock",      "scarf",    "necklace",  "bracelet", "earrings",
    "sunglasses", "cream",      "serum",      "shampoo",  "sweater",   "cardigan", "blouse"};

// A firm's "& Sons", "et Fils", "və Oğulları", and the word that joins it.
constexpr std::string_view kKinWords[] = {
    "sons",      "daughters", "son",     "fils",       "filles",   "frères",    "söhne",
    "töchter",   "hijos",     "hijas",   "figli",      "filhos",   "zonen",     "dochters",
    "sønner",    "döttrar",   "synowie", "oğulları",   "fiii",     "kompania",  "company",
    "compagnie", "cie",       "co",      "associates", "associés", "asociados", "partners"};
constexpr std::string_view kFirmAnds[] = {"and", "&",  "et", "und", "y",  "e",  "og",
                                          "en",  "și", "si", "və",  "ve", "da", "i"};

// Months that are also given names ("im Mai", "since June"), and the words
// that put one before them.
constexpr std::string_view kMonths[] = {
    "januar", "jänner",    "februar", "märz",     "april",    "mai", "juni", "juli",
    "august", "september", "oktober", "november", "dezember", "may", "june", "july"};
constexpr std::string_view kMonthCues[] = {"im",     "ab",      "bis",  "seit",  "vom",   "zum",
                                           "anfang", "mitte",   "ende", "since", "until", "till",
                                           "early",  "late",    "mid",  "next",  "last",  "every",
                                           "during", "through", "in"};
// The nouns of kAfter and kBefore that name a place (a street, a square, a
// bridge, a park, a station, a stadium): the whole is a LOCATION.
constexpr std::string_view kPlaceWords[] = {
    "square",   "bridge",  "gardens", "park",      "station",    "airport",  "terminal",  "stadium",
    "stadion",  "arena",   "rue",     "boulevard", "avenue",     "pont",     "chemin",    "allée",
    "impasse",  "quai",    "gare",    "strada",    "bulevardul", "podul",    "piața",     "parcul",
    "calle",    "avenida", "rua",     "viale",     "résidence",  "stade",    "stadionul", "estadio",
    "estádio",  "stadio",  "aréna",   "str-la",    "str",        "stradela", "aleea",     "șos",
    "șoseaua",  "bd",      "poghots", "poghota",   "kucha",      "gamziri",  "gamz",      "chikhi",
    "kheivani", "küç",     "küçəsi",  "prospekti", "sahəsi",     "lk"};
constexpr std::string_view kStreetsAfter[] = {"poghots", "poghota",   "kucha",    "gamziri",
                                              "gamz",    "chikhi",    "kheivani", "küç",
                                              "küçəsi",  "prospekti", "sahəsi",   "lk"};
constexpr std::string_view kNamedWords[] = {"named",    "called",   "nommé",   "nommée",  "appelé",
                                            "appelée",  "llamado",  "llamada", "chamado", "chamada",
                                            "chiamato", "chiamata", "genannt", "namens",  "numit",
                                            "numită",   "adlı",     "him",     "her",     "it"};
constexpr std::string_view kPlanets[] = {"mercury", "venus",  "mars",    "jupiter",
                                         "saturn",  "uranus", "neptune", "pluto"};
// Georgian and Armenian nouns of an institution or a place, and their
// "named after", romanised, after the name in any case: "Rustavelis
// sakhelobis teatri", "Komitasi anvan dprots", "Vardanyan hraparak".
constexpr std::string_view kRomanisedAfter[] = {
    "sakhelobis",  "skola",   "universiteti", "saavadmqopo", "teatri",     "parki",
    "moedani",     "klinika", "sastumro",     "anvan",       "dprots",     "hamalsaran",
    "hivandanots", "tatron",  "aygi",         "hraparak",    "poliklinika"};
constexpr std::string_view kOwners[] = {"nostru", "noastră", "meu", "mea", "vostru", "lor"};
constexpr std::string_view kArticleWords[] = {"the", "a",   "an",    "our",  "my",  "your",
                                              "her", "his", "their", "this", "that"};

class Kinds {
 public:
  Kinds() {
    add(kAfter, kHeadAfter);
    add(kBefore, kHeadBefore);
    add(kBetween, kComplement);
    add(kAnimals, kAnimal);
    add(kProducts, kProduct);
    add(kKinWords, kKin);
    add(kFirmAnds, kFirmAnd);
    add(kMonths, kMonth);
    add(kMonthCues, kMonthCue);
    add(kArticleWords, kArticleWord);
    add(kOwners, kOwner);
    add(kPlaceWords, kPlaceWord);
    add(kStreetsAfter, kStreetAfter | kHeadAfter);
    add(kNamedWords, kNamedWord);
    add(kPlanets, kPlanet);
    add(kRomanisedAfter, kRomanised);
  }
  std::uint16_t of(std::string_view w) const {
    // Asked of a few words around every PERSON finding: most are no word of
    // the lists, told by their length and last byte before any hashing.
    if (w.empty() || !(shapes_[shape(w) / 64] >> (shape(w) % 64) & 1)) return 0;
    std::array<char, 48> buf;
    const std::string_view key = small_letters(w, buf);
    if (key.empty()) return 0;
    const auto it = map_.find(key);
    return it == map_.end() ? 0 : it->second;
  }

 private:
  template <std::size_t N>
  void add(const std::string_view (&list)[N], std::uint16_t kind) {
    for (std::string_view w : list) {
      map_[w] |= kind;
      shapes_[shape(w) / 64] |= std::uint64_t{1} << (shape(w) % 64);
    }
  }
  // A 16-bit hash of the length and the first, second and last bytes
  // (ASCII letters in either case alike; a two-byte letter's lead byte is
  // the same in both cases, its second byte is not: after one, the first
  // byte stands for the second).
  static std::size_t shape(std::string_view w) {
    auto low = [](char c) {
      const auto u = static_cast<unsigned char>(c);
      return u >= 'A' && u <= 'Z' ? u | 0x20u : static_cast<unsigned>(u);
    };
    const unsigned h = ((low(w[0]) * 31 +
                         low(w[w.size() > 1 && static_cast<unsigned char>(w[0]) < 0x80 ? 1 : 0])) *
                            31 +
                        low(w.back())) *
                           31 +
                       static_cast<unsigned>(std::min<std::size_t>(w.size(), 63));
    return (h ^ (h >> 16)) & 0xFFFF;
  }
  std::unordered_map<std::string_view, std::uint16_t> map_;
  std::array<std::uint64_t, 1024> shapes_{};
};

const Kinds& kinds() {
  static const Kinds k;
  return k;
}

bool word_byte(std::string_view text, std::size_t at) {
  return at < text.size() && (cls(text[at]) & kTokenByte);
}

// The word at `at` (token bytes, with inner hyphens, apostrophes and dots).
std::string_view word_at(std::string_view text, std::size_t at) {
  if (at >= text.size()) return {};  // past the text's end: no word
  std::size_t e = at;
  while (e < text.size()) {
    if (word_byte(text, e)) {
      ++e;
    } else if ((text[e] == '-' || text[e] == '\'' || text[e] == '.') && word_byte(text, e + 1)) {
      e += 2;
    } else {
      break;
    }
  }
  return text.substr(at, e - at);
}

// The word ending at `end` (after which one space stands), or empty.
std::string_view word_ending(std::string_view text, std::size_t end) {
  if (end > text.size()) return {};  // past the text's end: no word
  std::size_t s = end;
  while (s > 0 && (word_byte(text, s - 1) || ((text[s - 1] == '-' || text[s - 1] == '\'') &&
                                              s >= 2 && word_byte(text, s - 2))))
    --s;
  return text.substr(s, end - s);
}

// A head noun that is also a given name, a surname or a proper noun
// ("Hall", "Grant", "Park", "Chambers"): a person's name as often.
bool weak(const Gazetteer& words, std::string_view w) {
  return (words.flags(w) & (kGivenName | kProperNoun | kAlsoProperNoun)) || known_surname(w);
}

bool upper_first(std::string_view w) {
  return !w.empty() && capitalised(w);
}

// `w` is capitalised, an English common noun's plural in -s, -es, -ies or
// -ves ("Sharks", "Foxes", "Magpies", "Wolves"), and no name of a person.
bool plural_noun(const Gazetteer& words, std::string_view w) {
  if (w.size() < 4 || w.size() > 24 || w.back() != 's' || !upper_first(w)) return false;
  const char before_s = w[w.size() - 2];
  if (before_s == 's' || before_s == '\'' || before_s == 'u' || before_s == 'i') return false;
  if (!(words.flags(w) & kCommonWord) || weak(words, w)) return false;
  std::array<char, 24> buf;
  const auto singular = [&](std::size_t cut, std::string_view add) {
    const std::size_t keep = w.size() - cut;
    std::copy_n(w.data(), keep, buf.data());
    std::copy(add.begin(), add.end(), buf.data() + keep);
    const std::string_view one(buf.data(), keep + add.size());
    return (words.flags(one) & kCommonWord) && !weak(words, one);
  };
  return singular(1, "") || (w.ends_with("es") && singular(2, "")) ||
         (w.ends_with("ies") && singular(3, "y")) || (w.ends_with("ves") && singular(3, "f"));
}

}  // namespace

namespace {
NamedAfter named_after_core(const Gazetteer& words, std::string_view text, std::size_t start,
                            std::size_t end) {
  using enum NamedAfter::Kind;
  const NamedAfter none{kNone, start, end}, thing{kThing, start, end}, place{kPlace, start, end};
  if (start >= end || end > text.size()) return none;
  const Kinds& K = kinds();
  // The words of the finding.
  std::array<std::string_view, 6> span{};
  std::size_t n = 0;
  for (std::size_t p = start; p < end && n < span.size();) {
    while (p < end && !word_byte(text, p)) ++p;
    if (p >= end) break;
    const std::string_view w = word_at(text, p);
    span[n++] = w.substr(0, std::min(w.size(), end - p));
    p += w.size();
  }
  if (n == 0) return none;
  // A department's or everyone's word first: "Ufficio Acquisti", "Servizio
  // Clienti" under a closing.
  if (collective_word(span[0]) && !weak(words, span[0]) && !words.is_ambiguous_given_name(span[0]))
    return thing;
  // Vietnamese "Trung tâm" (a centre), "Chi nhánh" (a branch), "Công ty" (a
  // firm) before the name, or opening it: "Chi nhánh Phạm", "Trung tâm Đỗ".
  // (Asked where the finding opens with "T" or "C", or a space before it
  // follows one of the heads' last letters.)
  if (text[start] == 'T' || text[start] == 'C' ||
      (start >= 2 && text[start - 1] == ' ' &&
       (text[start - 2] == 'm' || text[start - 2] == 'h' || text[start - 2] == 'y' ||
        text[start - 2] == 'g')))
    for (std::string_view head : {std::string_view("Trung tâm "), std::string_view("Chi nhánh "),
                                  std::string_view("Công ty "), std::string_view("Cửa hàng ")}) {
      if (text.substr(start, head.size()) == head) return thing;
      if (start >= head.size() && text.substr(start - head.size(), head.size()) == head)
        return thing;
    }
  // A model's code the finder took into the name: "the Mkhitaryan X200".
  if (n >= 2 &&
      std::any_of(span[n - 1].begin(), span[n - 1].end(), [](char c) { return is_digit(c); }))
    return thing;
  const std::string_view before = preceding(text, start);
  // (Asked only where a noun that is also a name or a closing noun is met.)
  auto the = [&] { return ends_with_cue(before, "the"); };
  auto strong_after = [&](std::string_view w) {
    return upper_first(w) && (K.of(w) & kHeadAfter) && (!weak(words, w) || the());
  };
  // (In small letters, not an English word: "the hospital Anna went to".)
  auto opener = [&](std::string_view w) {
    if (!(K.of(w) & kHeadBefore)) return false;
    const std::uint16_t f = words.flags(w);
    return !(f & kGivenName) && !known_surname(w) && (upper_first(w) || !(f & kCommonWord));
  };

  // Inside the finding: a noun that closes such a name after the first word
  // ("Koomson Polyclinic", "Marie Lundqvist Centre", "the Chidinma Hall"),
  // one that opens it before the last ("Boucherie Lefebvre", "Fundația
  // Agripina Toma"), or an animal's ("Hund Luca").
  // (Not after a greeting or a person's label: "Dear Ama Kitchen".)
  // A street's name in one word of Dutch, German, Nordic or Hungarian
  // ("De Alice Claesstraat", "Hans-Müller-Platz").
  auto addressed = [&] { return addressing_cue(before); };
  for (std::size_t k = 1; k < n; ++k)
    if (strong_after(span[k]) && !addressed()) return K.of(span[k]) & kStreetAfter ? place : thing;
  // After "the", a name's words and then a capitalised English noun that no
  // list knows as a name's ("the Monika Mkhitaryan Day", "the Colin
  // Conjecture", "the Vardanyan Marathon in"): a thing called after someone
  // ("the Anna Walker", "the Vasile Roman" stay people).
  if (the() && !addressed()) {
    auto noun = [&](std::string_view w) {
      return w.size() >= 3 && upper_first(w) && (words.flags(w) & kCommonWord) && !weak(words, w) &&
             !words.is_ambiguous_given_name(w);
    };
    if (n >= 2 && noun(span[n - 1])) return thing;
    if (end + 1 < text.size() && text[end] == ' ' && noun(word_at(text, end + 1))) return thing;
  }
  if (n >= 2) {
    static constexpr std::string_view kStreetTails[] = {"straat", "strasse", "straße", "gasse",
                                                        "plein",  "gracht",  "platz",  "gatan",
                                                        "vägen",  "veien",   "utca",   "plantsoen"};
    const std::string_view last = span[n - 1];
    for (std::string_view t : kStreetTails)
      if (last.size() > t.size() + 2 && equals_lower(last.substr(last.size() - t.size()), t))
        return place;
  }
  // A team's or a band's name, its last word an English noun in the plural
  // ("Bichikodaba Sharks", "Kürdəmir Dragons"): a person's name does not end
  // so. Not after a word that may be a name ("Anna Banks", "Fred Crooks"),
  // nor a plural that is a surname or a given name too ("Lyons", "Gates").
  if (n >= 2 && plural_noun(words, span[n - 1]) && !weak(words, span[0]) &&
      !words.is_ambiguous_given_name(span[0]) && !addressed())
    return thing;
  for (std::size_t k = 0; k + 1 < n; ++k) {
    const std::uint16_t f = K.of(span[k]);
    if (!upper_first(span[k])) continue;
    if (opener(span[k])) return f & kPlaceWord ? place : thing;
    if (k == 0 && (f & kAnimal)) return thing;
    if (!(f & kComplement)) break;
  }
  // One surname, a comma, one or two more and a firm's word: "Falk, Magnusson
  // Group", "Axelsson, Larsson HB", "Sjögren, Nilsson Kommanditbolag".
  if (n == 1 && !(words.flags(span[0]) & kGivenName) && text.substr(end, 2) == ", " &&
      !addressed()) {
    std::size_t p = end + 2;
    for (int k = 0; k < 3; ++k) {
      const std::string_view w = word_at(text, p);
      if (w.empty() || !upper_first(w)) break;
      // (Not a street's or a place's noun: "Kale Parekhelashvili, Tsabadzis
      // Gamziri 410".)
      if (k > 0 && ((strong_after(w) && !(K.of(w) & (kPlaceWord | kStreetAfter))) ||
                    (words.flags(w) & kOrgSuffix)))
        return thing;
      if (words.flags(w) & kGivenName) break;
      p += w.size();
      if (p >= text.size() || text[p] != ' ') break;
      ++p;
    }
  }
  // After the finding: over up to three capitalised words (none a known given
  // name) to such a noun ("[Lukas van Buuren] Auditorium", "[Platon] Auto
  // Repairs", "[Rui's] Hair Salon"); "& Sons", "və Oğulları"; a noun that
  // closes a place's name in Azerbaijani, Uzbek, Turkish ("adına"); a few
  // legal forms the word lists cannot hold ("e.K.", "S.à r.l."); a pet's
  // "the cat"; a product ("the Amelia sofa").
  if (end < text.size() && text[end] == ' ') {
    std::size_t p = end + 1;
    const std::string_view next = word_at(text, p);
    if (next == "e.K" || next == "S.à" || next == "Sàrl" || next == "S.à.r.l" ||
        text.substr(p, 4) == "S/A ")
      return thing;
    if ((K.of(next) & kFirmAnd) || text.substr(p, 2) == "& ") {
      const std::size_t q = p + (text.substr(p, 2) == "& " ? 2 : next.size() + 1);
      if (q < text.size() && text[q - 1] == ' ') {
        const std::string_view kin = word_at(text, q);
        // (In small letters where the language writes it so: "Graziano e
        // figli", "Pérez e hijos"; not "Maria and daughters".)
        if ((upper_first(kin) || kin == "figli" || kin == "hijos" || kin == "filhos" ||
             kin == "fils" || kin == "zonen" || kin == "söhne" || kin == "synowie") &&
            (K.of(kin) & kKin))
          return thing;
      }
    }
    for (int words_over = 0; words_over < 3; ++words_over) {
      const std::string_view w = word_at(text, p);
      if (w.empty() || !upper_first(w)) break;
      if (strong_after(w))
        return K.of(w) & kPlaceWord ? NamedAfter{kPlace, start, p + w.size()} : thing;
      if (words.flags(w) & kGivenName) break;
      p += w.size();
      if (p >= text.size() || text[p] != ' ') break;
      ++p;
    }
    if (!next.empty() && named_place_noun_after(next)) return place;
    // A group named by one word no list knows as a name's, its noun in small
    // letters after it: "the Səhiyyə team", "Kompyuterlər department" (a
    // team called after someone is "Anna's team"; "the Jenkins team" stays).
    static constexpr std::string_view kGroups[] = {"team",     "teams", "department", "dept",
                                                   "division", "unit",  "desk",       "squad",
                                                   "crew",     "staff", "section"};
    if (n == 1 && upper_first(span[0]) && !weak(words, span[0]) &&
        !words.is_ambiguous_given_name(span[0]) && !addressed())
      for (std::string_view g : kGroups)
        if (next == g) return thing;
    // French "des" joins no one's name: "Sanchez des Francs-Bourgeois",
    // "Théophile des Panoramas" (faker's streets of Quebec and Luxembourg).
    if (text.substr(p, 4) == "des " && p + 4 < text.size() && upper_first(text.substr(p + 4)))
      return place;
    // After a house number, "d'", "de", "du", "de la" join a street's name
    // where a town's line follows ("12 Eva d'Alésia, Montréal"; not "Il a
    // vendu 645 Renaud de la Harpe.").
    if (start >= 2 && text[start - 1] == ' ' && is_digit(text[start - 2])) {
      std::size_t q = p;
      for (std::string_view part : {"de la ", "d'", "de ", "du "})
        if (text.substr(p, part.size()) == part) {
          q = p + part.size();
          break;
        }
      if (q > p && q < text.size() && upper_first(text.substr(q))) {
        while (q < text.size() &&
               (word_byte(text, q) || text[q] == '-' || text[q] == '\'' ||
                (text[q] == ' ' && q + 1 < text.size() && upper_first(text.substr(q + 1)))))
          ++q;
        if ((text.substr(q, 2) == ", " && q + 2 < text.size() && upper_first(text.substr(q + 2))) ||
            (q < text.size() && text[q] == '\n'))
          return place;
      }
    }
    // A street's noun romanised from Armenian and Georgian, or
    // Azerbaijani's and Ghana's abbreviated, after the name in any case:
    // "Barseghyan poghota", "Khvichias Kucha", "Didubis gamz.", "Karikari Lk".
    if (K.of(next) & kStreetAfter) return NamedAfter{kPlace, start, p + next.size()};
    if (K.of(next) & kRomanised) {
      const std::string_view noun = equals_lower(next, "sakhelobis") || equals_lower(next, "anvan")
                                        ? word_at(text, p + next.size() + 1)
                                        : next;
      const bool place_noun = equals_lower(noun, "parki") || equals_lower(noun, "moedani") ||
                              equals_lower(noun, "aygi") || equals_lower(noun, "hraparak");
      return place_noun ? place : thing;
    }
    if (n <= 2 && equals_lower(next, "the")) {
      const std::string_view animal = word_at(text, end + 5);
      if (K.of(animal) & kAnimal) return thing;
    }
    // A product called by a name: its noun after the name, or after one
    // word of its kind ("a Davitishvili espresso machine"); an article
    // before, or an article and an adjective ("the new Tiko lipstick"); a
    // model's number or "Pro" after the name ("the Konstantine 3000
    // blender", "version Tsira 14", "Anano Pro X2").
    // (Each read only where an earlier test leaves the product possible.)
    const std::string_view art = word_ending(text, start > 0 ? start - 1 : 0);
    auto article_before = [&] {
      if (start == 0 || text[start - 1] != ' ' || art.empty()) return false;
      if (K.of(art) & kArticleWord) return true;
      static constexpr std::string_view kAdjectives[] = {
          "new",     "latest",  "classic",    "original",     "limited", "popular", "iconic",
          "vintage", "updated", "redesigned", "discontinued", "famous",  "old"};
      const std::size_t as = start - 1 - art.size();
      if (as < 2 || text[as - 1] != ' ') return false;
      bool adjective = false;
      for (std::string_view a : kAdjectives) adjective = adjective || art == a;
      return adjective && (K.of(word_ending(text, as - 1)) & kArticleWord);
    };
    if (!next.empty() && !upper_first(next)) {
      std::string_view noun = next;
      const std::uint16_t kind = K.of(next);
      if (!(kind & (kProduct | kArticleWord)) && p + next.size() + 1 < text.size() &&
          text[p + next.size()] == ' ' && (words.flags(next) & kCommonWord))
        noun = word_at(text, p + next.size() + 1);
      if (!upper_first(noun) && ((noun.data() == next.data() ? kind : K.of(noun)) & kProduct)) {
        bool given = true;
        for (std::size_t k = 0; k < n; ++k) given = given && (words.flags(span[k]) & kGivenName);
        if ((n == 1 || given) && article_before()) return thing;
      }
    }
    auto model_code = [](std::string_view w) {
      bool digit = false;
      for (char c : w) digit = digit || is_digit(c);
      return digit && w.size() <= 8;
    };
    if (n <= 2 && !next.empty()) {
      if (model_code(next) && !addressed() &&
          (art == "version" || art == "model" || article_before()))
        return thing;
      if (upper_first(next)) {
        if ((next == "Pro" || next == "Plus" || next == "Ultra" || next == "Lite" ||
             next == "Mini") &&
            (p + next.size() >= text.size() || text[p + next.size()] != ' ' ||
             model_code(word_at(text, p + next.size() + 1)) || article_before()) &&
            !addressed())
          return thing;
        // A product's noun in capitals after a single word: "Levan Chair".
        if (n == 1 && (K.of(next) & kProduct) && !weak(words, next) && !addressed()) return thing;
      }
    }
    if (n == 2 && (K.of(span[1]) & kProduct) && (words.flags(span[0]) & kGivenName) &&
        !weak(words, span[1]) && !addressed())
      return thing;
  }
  // Before the finding: a noun that opens such a name, over its qualifiers
  // ("Centre hospitalier Jade Carre", "Auditorio Guillermina Osorio"), an
  // animal ("our dog Bella", "the mare Akua", "Le voilier Vivien").
  if (start >= 2 && text[start - 1] == ' ') {
    std::size_t at = start - 1;
    for (int over = 0; over < 3 && at > 0; ++over) {
      const std::string_view w = word_ending(text, at);
      if (w.empty()) break;
      const std::uint16_t f = K.of(w);
      if (opener(w)) return f & kPlaceWord ? NamedAfter{kPlace, at - w.size(), end} : thing;
      if (over == 0 && n <= 3 && (f & kAnimal)) {
        // "the dog Anna adopted": a person after "the"/"a" where a verb
        // follows; after a possessive ("our dog …") a pet.
        const std::string_view det = word_ending(text, at - w.size() - (at > w.size() ? 1 : 0));
        const std::string_view next =
            end + 1 < text.size() && text[end] == ' ' ? word_at(text, end + 1) : std::string_view{};
        static constexpr std::string_view kVerbs[] = {"owns",  "has",   "had",    "rode",  "rides",
                                                      "keeps", "loves", "bought", "took",  "saw",
                                                      "sold",  "found", "built",  "made",  "chose",
                                                      "got",   "gave",  "left",   "drove", "takes"};
        bool verb_after = !next.empty() && !upper_first(next) && next.ends_with("ed");
        for (std::string_view v : kVerbs) verb_after = verb_after || next == v;
        // The verb's own object after it makes the animal its subject: "the
        // puppy Ana chewed my charger" (but "the dog Anna adopted is shy").
        static constexpr std::string_view kObjectOpeners[] = {
            "my",    "the",  "a",   "an",   "his",  "her",  "our",
            "their", "your", "its", "this", "that", "some", "all"};
        if (verb_after) {
          const std::size_t o = end + 1 + next.size();
          const std::string_view object =
              o + 1 < text.size() && text[o] == ' ' ? word_at(text, o + 1) : std::string_view{};
          for (std::string_view w : kObjectOpeners) verb_after = verb_after && object != w;
        }
        if (!(verb_after && (equals_lower(det, "the") || equals_lower(det, "a")))) return thing;
      }
      // Romanian puts the possessive after the animal ("Cățelul nostru
      // Emil"); Italian names a street "in via …" ("In via Benvenuto
      // Signorelli", not the English "via").
      if (over == 0 && (f & kOwner) && at > w.size() + 1 &&
          (K.of(word_ending(text, at - w.size() - 1)) & kAnimal))
        return thing;
      if (over == 0 && w == "via" && at >= 6) {
        const std::string_view in = word_ending(text, at - 4);
        if (in == "in" || in == "In") return NamedAfter{kPlace, at - 3, end};
      }
      if (!(f & kComplement)) break;
      const std::size_t s = at - w.size();
      if (s < 2 || text[s - 1] != ' ') break;
      at = s - 1;
    }
  }
  // A Moldovan sole trader's "Î.I." the finder read as an initial: "Î.I. Stavila".
  if (n >= 2 && span[0] == "I" && start >= 3 && text.substr(start - 3, 3) == "\xC3\x8E.")
    return thing;
  // A month spelled like a given name: "im Mai", "since June", "Mai 2024".
  if (n == 1 && (K.of(span[0]) & kMonth)) {
    const std::string_view prev =
        start >= 2 && text[start - 1] == ' ' ? word_ending(text, start - 1) : std::string_view{};
    if (K.of(prev) & kMonthCue) return thing;
    if (end + 1 < text.size() && text[end] == ' ' && is_digit(text[end + 1])) return thing;
  }
  // A pet named in the sentence that names its kind: "We adopted a rescue
  // puppy and named him Stephen."; right after its kind: "a dog named
  // Bella", "un chat appelé Félix".
  const std::size_t before_end =
      static_cast<std::size_t>(before.data() - text.data()) + before.size();
  const std::string_view last_cue = word_ending(text, before_end);
  if (n <= 2 && (K.of(last_cue) & kNamedWord)) {
    const std::size_t at = before_end - last_cue.size();
    // "a dog named Bella": the kind right before the naming word.
    if (at >= 2 && text[at - 1] == ' ' && !(K.of(last_cue) & kArticleWord) && last_cue != "him" &&
        last_cue != "it" && (K.of(word_ending(text, at - 1)) & kAnimal))
      return thing;
    // "named him Stephen": the kind anywhere before in the sentence.
    const std::string_view verb =
        at >= 2 && text[at - 1] == ' ' ? word_ending(text, at - 1) : std::string_view{};
    const bool naming = (last_cue == "him" || last_cue == "her" || last_cue == "it") &&
                        (verb == "named" || verb == "called");
    if (naming) {
      std::size_t p = static_cast<std::size_t>(before.data() - text.data()) + before.size();
      const std::size_t stop = p > 96 ? p - 96 : 0;
      while (p > stop) {
        const char c = text[p - 1];
        if (c == '.' || c == '!' || c == '?' || c == '\n') break;
        if (word_byte(text, p - 1) && (p < 2 || !word_byte(text, p - 2))) {
          if (K.of(word_at(text, p - 1)) & kAnimal) return thing;
        }
        --p;
      }
    }
  }
  // Its kind in apposition after it: "Bella, our beagle, hates the rain",
  // "Max (my cat)".
  if (n <= 2 && end + 2 < text.size() && (text[end] == ',' || text[end] == ' ') &&
      text[end + 1] == (text[end] == ',' ? ' ' : '(')) {
    std::size_t p = end + 2;
    const std::string_view det = word_at(text, p);
    if (K.of(det) & (kArticleWord | kOwner)) {
      p += det.size();
      for (int over = 0; over < 3 && p + 1 < text.size() && text[p] == ' '; ++over) {
        const std::string_view w = word_at(text, p + 1);
        if (w.empty() || upper_first(w)) break;
        p += 1 + w.size();
        if (K.of(w) & kAnimal) {
          if (p >= text.size() ||
              std::string_view(",.;:!?)\n").find(text[p]) != std::string_view::npos)
            return thing;
          break;
        }
      }
    }
  }
  // A storm by its given name alone: "Idalia made landfall".
  if (end + 5 < text.size() && text[end] == ' ' &&
      (text[end + 1] == 'm' || text[end + 1] == 'i' || text[end + 1] == 'w' ||
       text[end + 1] == 's')) {
    static constexpr std::string_view kStormAfter[] = {
        " made landfall",     " makes landfall",
        " making landfall",   " is expected to make landfall",
        " weakened into",     " weakened to a",
        " strengthened into", " intensified into",
        " was downgraded to", " was upgraded to"};
    for (std::string_view c : kStormAfter)
      if (text.substr(end, c.size()) == c) return thing;
  }
  // A planet: "Life on Mars", "Venus is bright tonight" (not after a
  // greeting: "Dear Venus").
  if (n == 1 && (K.of(span[0]) & kPlanet) && !addressed()) return thing;
  // An invoice's "Bill to:" at a line's start.
  if (n == 1 && (start == 0 || text[start - 1] == '\n') &&
      (text.substr(end, 4) == " to:" || text.substr(end, 4) == " To:"))
    return thing;
  return none;
}

}  // namespace

NamedAfter named_after_someone(const Gazetteer& words, std::string_view text, std::size_t start,
                               std::size_t end) {
  NamedAfter a = named_after_core(words, text, start, end);
  if (a.kind != NamedAfter::Kind::kPlace) return a;
  // A street with its house number near it on its line, before ("12
  // Barseghyan poghota", "bn. 4, Str-la Cantemir") or after it ("Str-la
  // Cantemir 12", "Pavlovis gamz. 7"): a street address.
  std::size_t e = a.end;
  if (e < text.size() && text[e] == '.') ++e;
  bool number = false;
  for (std::size_t k = e; k < text.size() && k < e + 16 && text[k] != '\n'; ++k)
    if (is_digit(text[k])) {
      number = true;
      while (k < text.size() && (is_digit(text[k]) || is_ascii_alpha(text[k]))) ++k;
      a.end = k;
      break;
    }
  if (!number)
    for (std::size_t k = a.start; k > 0 && k + 16 > a.start && text[k - 1] != '\n'; --k)
      if (is_digit(text[k - 1])) {
        number = true;
        while (k > 0 && is_digit(text[k - 1])) --k;
        a.start = k;
        break;
      }
  if (number) a.kind = NamedAfter::Kind::kAddress;
  return a;
}

std::string_view small_letters(std::string_view w, std::array<char, 48>& buf) {
  if (w.size() > buf.size()) return {};
  std::size_t n = 0;
  for (std::size_t k = 0; k < w.size(); ++k) {
    const auto c = static_cast<unsigned char>(w[k]);
    if (c >= 'A' && c <= 'Z') {
      buf[n++] = static_cast<char>(c | 0x20);
      continue;
    }
    if ((c == 0xC3 || c == 0xC4 || c == 0xC5 || c == 0xC6 || c == 0xC8) && k + 1 < w.size()) {
      unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(w[k + 1]) & 0x3Fu);
      if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
        cp += 0x20;
      else if (cp >= 0x100 && cp <= 0x17F && cp != 0x130 &&
               (cp % 2 == 0) != ((cp >= 0x139 && cp <= 0x148) || cp >= 0x179))
        cp += 1;
      else if (cp == 0x218 || cp == 0x21A)
        cp += 1;
      else if (cp == 0x18F)
        cp = 0x259;  // Ə
      buf[n++] = static_cast<char>(0xC0 | (cp >> 6));
      buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
      ++k;
      continue;
    }
    buf[n++] = static_cast<char>(c);
  }
  return {buf.data(), n};
}

}  // namespace switchyard::privacy::words
