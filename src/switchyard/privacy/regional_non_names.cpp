// PERSON findings of the Caucasus, Cyrillic, Greek and Balkan locales that
// are no person (words::regional_non_person, the prec19a pass): streets,
// squares, stations and districts named after someone, by the noun that
// opens or closes them in those languages ("οδός Ελευθερίου Βενιζέλου",
// "stanica Vukov spomenik", "Turgenevskaya station", "Սասունցի Դավիթ
// կայարան", "Ulica Svetozara Markovića"), a title in the genitive that opens
// a Serbian or Croatian street ("Cara Dušana", "Kneza Miloša"), a place
// opened by "new", "old", "upper", … ("Novi Zagreb", "Нижний Новгород");
// institutions "named after" someone ("КНУ імені Тараса Шевченка", "Nizami
// adına Ədəbiyyat İnstitutu") or opened by their noun ("OŠ Ivana Gorana
// Kovačića", "Ίδρυμα Σταύρος Νιάρχος"); and a phrase holding a common noun
// of offices, headings and forms of those languages ("Satış Şöbəsi", "Baş
// Mühasib", "Mühüm Elan", "Προϊστάμενος Λογιστηρίου", "Наш").
// Only the few words at and around a PERSON finding are read.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>

#include "switchyard/privacy/common_words.hpp"
#include "switchyard/privacy/name_words.hpp"

namespace switchyard::privacy::words {

// The verdicts are those of named_after.cpp (a thing, a place, an address).
using RegionalNonPerson = NamedAfter::Kind;

RegionalNonPerson regional_kind(std::string_view text, std::size_t start, std::size_t end);

namespace {

// Nouns of a place after its name: "… station", "… կայարան", "… rayonu".
constexpr std::string_view kPlaceAfter[] = {
    "station", "metro", "metrosu", "stansiyası", "կայարան", "կայարանի", "մետրո", "район", "района",
    "районі", "rayonu", "district", "raion", "spomenik", "park", "maydan", "майдан", "ал.", "аллея",
    "posad", "посад", "სადგური", "მეტრო", "საბურთალო", "metrostation", "stanica", "stajalište",
    "trg", "qəsəbəsi", "poghots", "poghota", "gamziri", "kucha", "galereya", "галерея", "ქუჩა",
    "გამზირი", "ჩიხი", "მოედანი", "փողոց", "պողոտա",
    // regions, and the nouns an adjective of a street stands before
    "область", "обл.", "oblast", "okrug", "округ", "županija", "край", "krai", "county",
    "qardaşları", "шоссе", "шосе", "проезд", "переулок", "улица", "вулиця", "проспект", "бульвар",
    "площадь", "набережная", "тупик", "республика", "республіка", "respublika", "alleya", "kray",
    "shosse", "proezd", "pereulok", "ulitsa", "prospekt", "oblast'"};

// Nouns that open the name of a street, a square, a station: "οδός …",
// "stanica …", "Bulevar …", "станция …".
constexpr std::string_view kPlaceBefore[] = {
    "οδός",     "οδ.",        "λεωφ.",        "λεωφόρος",   "πλατεία", "πλ.",      "σταθμός",
    "stanica",  "stajalište", "okretište",    "ulica",      "bulevar", "avenija",  "trg",
    "vijenac",  "šetalište",  "obala",        "cesta",      "prilaz",  "naselje",  "станция",
    "станція",  "метро",      "ст.",          "м.",         "ул.",     "вул.",     "улица",
    "вулиця",   "просп.",     "пр-т",         "проспект",   "бульвар", "бульв.",   "площа",
    "площадь",  "пл.",        "наб.",         "набережная", "пер.",    "переулок", "пров.",
    "провулок", "ul.",        "vul.",         "prosp.",     "ulitsa",  "vulytsia", "bulvar",
    "ploshcha", "ploshchad",  "naberezhnaya", "аллея",      "ал.",     "алея",     "шоссе",
    "шосе",     "тупик",      "проезд",       "линия",      "узвіз",   "prolaz",   "heroja",
    "παρ.",     "πάροδος",    "leof.",        "leoforos",   "odos",    "plateia"};

// Nouns that open the name of an institution: "OŠ …", "Ίδρυμα …".
constexpr std::string_view kInstitutionBefore[] = {"oš",          "kbc",           "kb",
                                                   "aerodrom",    "institut",      "muzej",
                                                   "gimnazija",   "klinika",       "bolnica",
                                                   "univerzitet", "sveučilište",   "ίδρυμα",
                                                   "νοσοκομείο",  "πανεπιστήμιο",  "μέγαρο",
                                                   "μουσείο",     "θέατρο",        "σχολείο",
                                                   "κνу",         "нии",           "мгу",
                                                   "мгту",        "рэу",           "театр",
                                                   "музей",       "больница",      "лікарня",
                                                   "університет", "университет",   "інститут",
                                                   "институт",    "консерватория", "консерваторія",
                                                   "школа",       "гимназия"};

// "named after": before the name ("имени …", "ім. …") or after it
// ("… adına", "… անվան", "… სახელობის").
constexpr std::string_view kNamedBefore[] = {"им.", "имени", "імені", "ім.", "imeni"};
constexpr std::string_view kNamedAfter[] = {"adına",      "անվան", "სახელობის",
                                            "sakhelobis", "anvan", "nomli"};

// A title in the genitive that opens a Serbian or Croatian street ("Cara
// Dušana", "Kneza Miloša", "Kralja Petra"), and the words of "new", "old",
// "upper", "lower", "great", "little" that open a place's name.
constexpr std::string_view kPlaceOpeners[] = {
    "kneza", "kralja", "kraljice", "kneginje", "vojvode", "despota", "patrijarha", "svetog",
    "svete", "novi", "stari", "stara", "staro", "veliki", "velika", "veliko", "gornji", "gornja",
    "donji", "donja", "donje", "gornje", "новый", "новая", "нижний", "нижняя", "верхний", "верхняя",
    "старый", "старая", "великий", "новий", "нова", "старий", "верхня", "нижня", "velikiy",
    "nizhny", "nizhniy", "novyy", "staryy", "verkhniy",
    // "western", "eastern", "southern", "northern": "Західний Кий", "Pivdenniy Roksolan"
    "західний", "східний", "південний", "північний", "западный", "восточный", "южный", "северный",
    "zakhidniy", "skhidniy", "pivdenniy", "pivnichniy", "zapadnyy", "vostochnyy", "yuzhnyy",
    "severnyy"};

// Common nouns and adjectives of offices, headings and forms (departments,
// job titles, notices, reports), and capitalised pronouns that open a
// sentence, in Azerbaijani, Russian, Ukrainian, Serbian, Croatian, Greek,
// Armenian and Georgian: a phrase holding one is no name.
constexpr std::string_view kOfficeWords[] = {
    // Azerbaijani
    "şöbəsi", "şöbə", "şöbənin", "mühasib", "mühasibi", "mühasibatlıq", "həkim", "həkimi",
    "müəllim", "müəllimi", "direktor", "direktoru", "meneceri", "menecer", "mühəndis", "mühəndisi",
    "aparıcı", "baş", "elanı", "mühüm", "hesabat", "hesabatı", "aylıq", "illik", "iclas", "iclasın",
    "protokol", "protokolu", "kampaniya", "kampaniyası", "endirim", "endirimi", "endirimləri",
    "başladı", "xidməti", "xidmət", "qeyd", "resursları", "insan", "dəstək", "texniki", "satış",
    "hüquq", "təchizat", "institutu", "akademiyası", "klinikası", "universiteti", "mərkəzi", "göz",
    "elmlər", "ədəbiyyat", "musiqi", "bayramı", "münasibətilə", "təcili", "diqqət", "ünvan",
    "sifariş", "çatdırılma", "ödəniş", "zəmanət", "şirkət", "vəzifə", "ofisimiz", "görüş", "məsul",
    "hörmətlə", "təşəkkürlər", "yeni", "qış",
    // Russian and Ukrainian
    "она", "он", "оно", "они", "вона", "він", "воно", "вони", "это", "эти", "все", "всё", "наш",
    "наша", "наше", "наши", "ваш", "ваша", "ваше", "этот", "эта", "цей", "ця", "генеральный",
    "генеральний", "главный", "головний", "ведущий", "провідний", "начальник", "отдел", "відділ",
    "бухгалтер", "бухгалтерия", "бухгалтерія", "менеджер", "директор", "инженер", "інженер",
    "программист", "програміст", "врач", "лікар", "протокол", "совещания", "наради", "объявление",
    "оголошення", "отчёт", "отчет", "звіт", "записка", "служебная", "службова", "график", "графік",
    "отпусков", "відпусток", "срочно", "терміново", "внимание", "увага", "международный",
    "міжнародний", "глобальный", "глобальний", "центральный", "центральний", "региональный",
    "регіональний", "национальный", "національний", "ответственный", "відповідальний",
    "исполнитель", "виконавець", "согласовано", "погоджено", "новым", "новим", "годом", "роком",
    // Serbian and Croatian
    "glavni", "glavna", "generalni", "izvršni", "korisnička", "korisnicka", "podrška", "služba",
    "računovodstvo", "računovođa", "direktor", "menadžer", "voditelj", "inženjer", "programer",
    "lekar", "liječnik", "sektor", "odjel", "zapisnik", "sastanka", "obaveštenje", "obavijest",
    "izveštaj", "izvješće", "mesečni", "mjesečno", "važno", "važna", "praznici", "hitno", "pažnja",
    "napomena", "porudžbina", "narudžba", "dostava", "plaćanje", "popust", "ukupno", "zagrebačka",
    "hrvatska", "srbije", "srbija", "odgovorno", "odgovorna", "radno",
    // Greek
    "προϊστάμενος", "προϊσταμένη", "λογιστηρίου", "λογιστήριο", "διευθύνων", "σύμβουλος",
    "υπεύθυνος", "υπεύθυνη", "μηχανικός", "προγραμματιστής", "ιατρός", "τμήμα", "πωλήσεων",
    "ανθρώπινο", "δυναμικό", "νομικό", "εξυπηρέτηση", "πελατών", "πρακτικά", "συνεδρίασης",
    "σημαντική", "ανακοίνωση", "μηνιαία", "αναφορά", "καλή", "χρονιά", "χρόνια", "πολλά", "καλό",
    "πάσχα", "νέο", "ωράριο", "επείγον", "προσοχή", "σημείωση", "παραγγελία", "έκπτωση", "σύνολο",
    // Armenian
    "հարգանքով", "մաղթանքներով", "շնորհակալություն", "հաշվապահ", "տնօրեն", "մենեջեր", "ծրագրավորող",
    "բժիշկ", "ուսուցիչ", "բաժին", "հայտարարություն", "հաշվետվություն", "արձանագրություն",
    // Georgian
    "კოლეგებო", "ბუღალტერი", "ბუღალტერია", "დირექტორი", "მენეჯერი", "პროგრამისტი", "ექიმი",
    "მასწავლებელი", "დეპარტამენტი", "განცხადება", "ანგარიში", "ოქმი", "პატივისცემით", "მადლობა",
    "მომხმარებელო", "მთავარი", "ზამთრის", "ფასდაკლებები", "ორშაბათი", "სამშაბათი", "ოთხშაბათი",
    "ხუთშაბათი", "პარასკევი", "შაბათი", "კვირა", "იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი",
    "ივნისი", "ივლისი", "აგვისტო", "სექტემბერი", "ოქტომბერი", "ნოემბერი", "დეკემბერი",
    // Armenian: greeting, "chief", weekdays and months
    "ձեզ", "barev", "գլխավոր", "երկուշաբթի", "երեքշաբթի", "չորեքշաբթի", "հինգշաբթի", "ուրբաթ",
    "կիրակի", "հունվար", "փետրվար", "ապրիլ", "մայիս", "հունիս", "հուլիս", "օգոստոս", "սեպտեմբեր",
    "հոկտեմբեր", "նոյեմբեր", "դեկտեմբեր",
    // Azerbaijani words of goods (not "Polad", a given name)
    "pambıq", "rezin", "ağac", "beton", "plastik", "kəmər", "avtomobil", "stol", "sviter", "kulon",
    "əlverişli", "balaca", "ergonomik", "möhtəşəm", "inanılmaz", "parlaq", "mükəmməl",
    "intellektual", "kobud"};

// Legal forms before a firm's name, in capitals: "ООО Беспалов", "PAT
// Ratimir", "FOP Levadovskiy", "სს ჩოლოყაშვილი".
constexpr std::string_view kLegalForms[] = {
    "ооо", "оао", "зао", "пао", "ао", "ип", "тов", "пат", "прат", "фоп", "дп", "фгуп", "муп", "ooo",
    "oao", "zao", "pao", "ip", "tov", "pat", "prat", "fop", "dp", "fgup", "mup", "mmc", "asc",
    "qsc", "сс", "სს", "შპს", "ΑΕ", "αε", "επε", "ike", "ltd", "doo", "d.o.o.", "ad", "jsc", "llc",
    "ооо.", "тзов", "tzov", "ats", "ptm",
    // romanised Russian and Ukrainian, Latvian, Indonesian: "GUP Lora", "NKO
    // Belozerov", "KT Larisa", "IU Vītiņš", "PD Safitri"
    "op", "gup", "nko", "npo", "kt", "tdv", "ao", "ичп", "нко", "гуп", "оп", "кт", "тдв", "iu",
    "sia", "pt", "pd"};

// Titles in the genitive, in small letters, before a name in a Serbian or
// Croatian street: "Bulevar kralja Aleksandra", "Trg bana Jelačića".
constexpr std::string_view kTitlesBefore[] = {
    "kralja",   "kneza",      "cara",   "bana",  "despota", "vojvode", "kraljice",
    "kneginje", "patrijarha", "svetog", "svete", "maršala", "generala"};

// Keys and column names of a place: the value is one ("street": "Njegoševa").
constexpr std::string_view kPlaceKeys[] = {
    "street",      "district",      "city",         "town",   "region", "ulica",
    "grad",        "улица",         "город",        "район",  "вулиця", "місто",
    "street_name", "neighbourhood", "neighborhood", "suburb", "küçə",   "şəhər"};
// Keys of a firm: "company": "Smaić, Plaskur and Gajski".
constexpr std::string_view kFirmKeys[] = {"company",      "firm",  "employer", "organization",
                                          "organisation", "firma", "tvrtka",   "компания",
                                          "организация",  "şirkət"};

// Nouns of an institution before "after" its eponym ("Yerevan State
// Medical University after Mkhitar Heratsi").
constexpr std::string_view kInstitutionNouns[] = {
    "university", "institute", "theatre", "theater", "school", "hospital", "conservatory", "museum",
    "library",    "academy",   "college", "centre",  "center", "gallery",  "stadium"};

// Job titles that stand before a person's name as an honorific.
constexpr std::string_view kTitlesOfPeople[] = {
    "həkim", "müəllim", "direktor", "menecer", "mühəndis", "директор", "менеджер", "инженер",
    "інженер", "врач", "лікар", "бухгалтер", "начальник", "menadžer", "voditelj", "inženjer",
    "lekar", "liječnik", "programer", "μηχανικός", "ιατρός", "տնօրեն", "բժիշկ", "ექიმი",
    "დირექტორი", "მენეჯერი", "ბუღალტერი", "մենեջեր", "ուսուցիչ", "მასწავლებელი", "programmist",
    "програміст", "программист",
    // words of address before a name: "ძვირფასო კოლეგებო კესო"
    "კოლეგებო", "მომხმარებელო"};

class Lists {
 public:
  Lists() {
    for (std::string_view w : kPlaceAfter) place_after.insert(w);
    for (std::string_view w : kPlaceBefore) place_before.insert(w);
    for (std::string_view w : kInstitutionBefore) institution_before.insert(w);
    for (std::string_view w : kNamedBefore) named_before.insert(w);
    for (std::string_view w : kNamedAfter) named_after.insert(w);
    for (std::string_view w : kPlaceOpeners) place_openers.insert(w);
    for (std::string_view w : kOfficeWords) office.insert(w);
    for (std::string_view w : kLegalForms) legal.insert(w);
    for (std::string_view w : kTitlesOfPeople) titles_of_people.insert(w);
    for (std::string_view w : kInstitutionNouns) institution_nouns.insert(w);
    for (std::string_view w : kTitlesBefore) titles.insert(w);
    for (std::string_view w : kPlaceKeys) place_keys.insert(w);
    for (std::string_view w : kFirmKeys) firm_keys.insert(w);
    for (const auto* set : {&place_after, &place_before, &institution_before, &named_before,
                            &named_after, &place_openers, &office, &legal, &titles, &place_keys,
                            &firm_keys, &titles_of_people, &institution_nouns})
      for (std::string_view w : *set) {
        shapes[shape(w) / 64] |= std::uint64_t{1} << (shape(w) % 64);
        exact[exact_shape(w) / 64] |= std::uint64_t{1} << (exact_shape(w) % 64);
        if (w.size() > 1 && w.back() != '.') {
          // (Asked with the full stop a word may carry: "ul." of "ul".)
          const std::string dotted = std::string(w) + ".";
          exact[exact_shape(dotted) / 64] |= std::uint64_t{1} << (exact_shape(dotted) % 64);
        }
      }
  }
  // The same of a word in small letters, by its first byte too.
  bool may_be_listed_folded(std::string_view w) const {
    return !w.empty() && (exact[exact_shape(w) / 64] >> (exact_shape(w) % 64) & 1);
  }
  // A word of a list may be `w` (or `w` without its full stop), by its
  // length and last byte: most words are told none before any folding.
  bool may_be_listed(std::string_view w) const {
    if (w.empty()) return false;
    // A letter of another script may end a word in either case: folded first.
    if (static_cast<unsigned char>(w.back()) >= 0x80 ||
        (w.size() > 1 && static_cast<unsigned char>(w[w.size() - 2]) >= 0x80))
      return true;
    if (shapes[shape(w) / 64] >> (shape(w) % 64) & 1) return true;
    if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
    return shapes[shape(w) / 64] >> (shape(w) % 64) & 1;
  }
  std::unordered_set<std::string_view> place_after, place_before, institution_before, named_before,
      named_after, place_openers, office, legal, titles, place_keys, firm_keys, titles_of_people,
      institution_nouns;

 private:
  // The length and the last two bytes, ASCII letters in small letters (the
  // first letter's case changes neither in a word of three bytes or more;
  // may_be_listed folds a word ending in another script's letter first).
  static std::size_t shape(std::string_view w) {
    auto low = [](unsigned char c) { return c >= 'A' && c <= 'Z' ? c | 0x20u : unsigned{c}; };
    const unsigned last = low(static_cast<unsigned char>(w.back()));
    const unsigned before = w.size() >= 3 ? low(static_cast<unsigned char>(w[w.size() - 2])) : 0;
    const unsigned h =
        ((before * 257 + last) * 67 + static_cast<unsigned>(std::min<std::size_t>(w.size(), 63))) *
        2654435761u;
    return h >> 16;
  }
  static std::size_t exact_shape(std::string_view w) {
    const unsigned h =
        ((static_cast<unsigned char>(w[0]) * 31 + static_cast<unsigned char>(w.back())) * 31 +
         static_cast<unsigned>(std::min<std::size_t>(w.size(), 63))) *
        2654435761u;
    return h >> 16;
  }
  std::array<std::uint64_t, 1024> shapes{};
  std::array<std::uint64_t, 1024> exact{};
};

const Lists& lists() {
  static const Lists l;
  return l;
}

bool space(char c) {
  return c == ' ' || c == '\t';
}
// The bytes that end a word here, by table (asked of every byte of a
// finding and of the words around it).
constexpr std::array<bool, 256> kStop = [] {
  std::array<bool, 256> t{};
  for (char c : std::string_view(" \t\n\r,;:|\"()!?<>[]{}/"))
    t[static_cast<unsigned char>(c)] = true;
  return t;
}();
bool stop(char c) {
  return kStop[static_cast<unsigned char>(c)];
}

// The word [b, e) in small letters ("Ə" too), a trailing full stop kept.
std::string folded(std::string_view text, std::size_t b, std::size_t e) {
  std::string out;
  if (b >= e || e > text.size() || e - b > 96) return out;
  fold_case(text.substr(b, e - b), out);
  for (std::size_t k = 0; k + 1 < out.size(); ++k)
    if (static_cast<unsigned char>(out[k]) == 0xC6 &&
        static_cast<unsigned char>(out[k + 1]) == 0x8F) {
      out[k] = static_cast<char>(0xC9);  // Ə -> ə
      out[k + 1] = static_cast<char>(0x99);
    }
  return out;
}

// The word just before `at` on its line, over spaces only, in small
// letters; empty if none, if longer than any word of the lists or if no
// list may hold it.
std::string word_before(std::string_view text, std::size_t at) {
  std::size_t e = std::min(at, text.size());
  while (e > 0 && space(text[e - 1]) && at - e < 8) --e;
  std::size_t b = e;
  while (b > 0 && !stop(text[b - 1]) && e - b <= 96) --b;
  if (e - b > 96 || !lists().may_be_listed(text.substr(b, e - b))) return {};
  return folded(text, b, e);
}

// The word just after `at` on its line, the same way (with its full stop,
// if any: in() tries both).
std::string word_after(std::string_view text, std::size_t at) {
  std::size_t b = std::min(at, text.size());
  while (b < text.size() && space(text[b]) && b - at < 8) ++b;
  std::size_t e = b;
  while (e < text.size() && !stop(text[e]) && e - b <= 96) ++e;
  if (e - b > 96 || !lists().may_be_listed(text.substr(b, e - b))) return {};
  return folded(text, b, e);
}

bool ends_with(std::string_view w, std::string_view tail) {
  return w.size() >= tail.size() && w.substr(w.size() - tail.size()) == tail;
}

bool in_set(const std::unordered_set<std::string_view>& set, const std::string& w) {
  if (set.count(w)) return true;
  return w.size() > 1 && w.back() == '.' && set.count(std::string_view(w).substr(0, w.size() - 1));
}

// (The shape filter inline: most words are in no list.)
inline bool in(const std::unordered_set<std::string_view>& set, const std::string& w) {
  return !w.empty() && lists().may_be_listed_folded(w) && in_set(set, w);
}

// The raw word just before `at` on its line has no small ASCII letter (a
// legal form in capitals), or starts with one (a title in small letters).
std::string_view raw_word_before(std::string_view text, std::size_t at) {
  std::size_t e = std::min(at, text.size());
  while (e > 0 && space(text[e - 1]) && at - e < 8) --e;
  std::size_t b = e;
  while (b > 0 && !stop(text[b - 1]) && e - b <= 96) --b;
  return text.substr(b, e - b);
}
bool no_small_ascii(std::string_view w) {
  for (char c : w)
    if (c >= 'a' && c <= 'z') return false;
  return !w.empty();
}

// The key of a value on its line: `"key": "value"` or `key: value` just
// before `at` (folded, quotes and spaces dropped); empty if none.
std::string key_before(std::string_view text, std::size_t at) {
  std::size_t k = std::min(at, text.size());
  while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '"' || text[k - 1] == '\'')) --k;
  if (k == 0 || (text[k - 1] != ':' && text[k - 1] != '=')) return {};
  --k;
  while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '"')) --k;
  std::size_t b = k;
  while (b > 0 && !stop(text[b - 1]) && text[b - 1] != '"' && text[b - 1] != '{') --b;
  return folded(text, b, k);
}

// The name of the column a value of a delimited line stands in, read off
// the line above when it is a header of as many fields (same delimiter:
// ';', '\t' or '|'; ',' only if the value holds none); empty if none.
// A field of a delimited line: a delimiter next to [start, end) over spaces.
bool delimited(std::string_view text, std::size_t start, std::size_t end) {
  auto delimiter = [](char c) { return c == ';' || c == '\t' || c == '|' || c == ','; };
  std::size_t b = start;
  while (b > 0 && text[b - 1] == ' ') --b;
  std::size_t e = end;
  while (e < text.size() && text[e] == ' ') ++e;
  return (b > 0 && delimiter(text[b - 1])) || (e < text.size() && delimiter(text[e]));
}

std::string column_of(std::string_view text, std::size_t start, std::size_t end) {
  // A delimited line and its header are short: none of 400 bytes or more
  // is read (a text of one long line costs no more than a short one).
  constexpr std::size_t kLongest = 400;
  std::size_t ls = start;
  while (ls > 0 && text[ls - 1] != '\n' && start - ls < kLongest) --ls;
  if (ls == 0 || text[ls - 1] != '\n') return {};
  std::size_t le = end;
  while (le < text.size() && text[le] != '\n' && le - end < kLongest) ++le;
  if (le < text.size() && text[le] != '\n') return {};
  std::size_t hs = ls - 1;
  while (hs > 0 && text[hs - 1] != '\n' && ls - 1 - hs < kLongest) --hs;
  if (hs > 0 && text[hs - 1] != '\n') return {};
  const std::string_view header = text.substr(hs, ls - 1 - hs);
  const std::string_view line = text.substr(ls, le - ls);
  for (char d : {';', '\t', '|', ','}) {
    const auto count = [d](std::string_view t) {
      std::size_t n = 0;
      for (char c : t) n += c == d;
      return n;
    };
    const std::size_t n = count(line);
    if (n < 2 || count(header) != n) continue;
    if (d == ',' && count(text.substr(start, end - start)) != 0) continue;
    const std::size_t column = count(text.substr(ls, start - ls));
    std::size_t b = 0;
    for (std::size_t c = 0; c < column; ++c) b = header.find(d, b) + 1;
    std::size_t e = header.find(d, b);
    if (e == std::string_view::npos) e = header.size();
    while (b < e && header[b] == ' ') ++b;
    while (e > b && header[e - 1] == ' ') --e;
    return folded(header, b, e);
  }
  return {};
}

}  // namespace

namespace {

// A house number near [start, end) on its line and in its field: a street
// by its number is an address ("135 Rcheulishvilis Gamz.", "Njegoševa 12").
bool house_number_near(std::string_view text, std::size_t start, std::size_t end) {
  auto field_end = [](char c) {
    return c == '\n' || c == ';' || c == '|' || c == '\t' || c == '"' || c == ',';
  };
  // (Digits before a colon are a time: "at 11:00".)
  auto number_at = [&](std::size_t k) {
    while (k < text.size() && text[k] >= '0' && text[k] <= '9') ++k;
    return k >= text.size() || text[k] != ':';
  };
  auto digit = [&](std::size_t k) { return text[k] >= '0' && text[k] <= '9'; };
  for (std::size_t k = end; k < text.size() && k < end + 8 && !field_end(text[k]); ++k)
    if (digit(k)) return number_at(k);
  for (std::size_t k = start; k > 0 && k + 8 > start && !field_end(text[k - 1]); --k)
    if (digit(k - 1)) {
      std::size_t b = k - 1;
      while (b > 0 && digit(b - 1)) --b;
      return number_at(b);
    }
  return false;
}

RegionalNonPerson place_or_address(std::string_view text, std::size_t start, std::size_t end) {
  return house_number_near(text, start, end) ? RegionalNonPerson::kAddress
                                             : RegionalNonPerson::kPlace;
}

}  // namespace

NamedAfter regional_non_person(std::string_view text, std::size_t start, std::size_t end) {
  const RegionalNonPerson r = regional_kind(text, start, end);
  return {r == RegionalNonPerson::kPlace ? place_or_address(text, start, end) : r, start, end};
}

RegionalNonPerson regional_kind(std::string_view text, std::size_t start, std::size_t end) {
  if (start >= end || end > text.size()) return RegionalNonPerson::kNone;
  const Lists& l = lists();
  // The finding's words as written, and in small letters those a list may
  // hold (most words are none: told by their shape, never folded).
  std::string_view raw_first, raw_last;
  bool office = false, office_first = false;
  std::size_t count = 0;
  for (std::size_t b = start; b < end;) {
    while (b < end && stop(text[b])) ++b;
    std::size_t e = b;
    while (e < end && !stop(text[e])) ++e;
    if (b < e) {
      const std::string_view w = text.substr(b, e - b);
      if (count == 0) raw_first = w;
      raw_last = w;
      if (l.may_be_listed(w) && in(l.office, folded(text, b, e)))
        (count == 0 ? office_first : office) = true;
      ++count;
    }
    b = e;
  }
  if (count == 0) return RegionalNonPerson::kNone;
  const bool several = count > 1;
  auto fold_listed = [&](std::string_view w) {
    const auto at = static_cast<std::size_t>(w.data() - text.data());
    return l.may_be_listed(w) ? folded(text, at, at + w.size()) : std::string();
  };
  const std::string first = fold_listed(raw_first);
  const std::string last = several ? fold_listed(raw_last) : first;
  const std::string before = word_before(text, start);
  const std::string after = word_after(text, end);
  if (in(l.named_before, before) || in(l.named_before, after)) return RegionalNonPerson::kThing;
  // Armenian institutions in English: "… University after Mkhitar Heratsi",
  // "… Theatre after Sundukyan".
  const std::string_view raw_before = raw_word_before(text, start);
  if (raw_before == "after") {
    std::size_t k = start;
    while (k > 0 && space(text[k - 1])) --k;
    k = k >= 5 ? k - 5 : 0;  // "after"
    const std::string institution = word_before(text, k);
    if (in(l.institution_nouns, institution)) return RegionalNonPerson::kThing;
  }
  // A firm by its legal form in capitals before it; a street by a title in
  // small letters ("Bulevar kralja Aleksandra").
  if (in(l.legal, before) && no_small_ascii(raw_before)) return RegionalNonPerson::kThing;
  if (in(l.titles, before) && !raw_before.empty() && raw_before[0] >= 'a' && raw_before[0] <= 'z')
    return RegionalNonPerson::kPlace;
  // A value of a key or a column that names a place or a firm.
  {
    std::string key = key_before(text, start);
    if (key.empty() && delimited(text, start, end)) key = column_of(text, start, end);
    if (in(l.place_keys, key)) return RegionalNonPerson::kPlace;
    if (in(l.firm_keys, key)) return RegionalNonPerson::kThing;
  }
  if (in(l.named_after, after) || in(l.named_after, before)) return RegionalNonPerson::kThing;
  if (in(l.institution_before, before) || (several && in(l.institution_before, first)))
    return RegionalNonPerson::kThing;
  // (A first word of one letter and a full stop is an initial: "М. Могилевська".)
  const bool initial = raw_first.size() <= 3 && raw_first.back() == '.';
  if (in(l.place_before, before) || (several && !initial && in(l.place_before, first)))
    return RegionalNonPerson::kPlace;
  if (in(l.place_after, after) || (several && in(l.place_after, last)))
    return RegionalNonPerson::kPlace;
  if (several && in(l.place_openers, first)) return RegionalNonPerson::kPlace;
  if (count == 1) {
    // A region's compound adjective ("Krapinsko-zagorska", "Brodsko-
    // posavska"): its second part in small letters.
    const std::size_t hyphen = raw_first.find('-');
    if (hyphen != std::string::npos && hyphen >= 3 && hyphen + 1 < raw_first.size()) {
      const std::string_view head = raw_first.substr(0, hyphen);
      const std::size_t at = start + hyphen + 1;
      const auto c = static_cast<unsigned char>(at < text.size() ? text[at] : 'A');
      if (c >= 'a' && c <= 'z' &&
          (ends_with(head, "sko") || ends_with(head, "ško") || ends_with(head, "čko")))
        return RegionalNonPerson::kPlace;
    }
    // A Serbian or Croatian street by the possessive of a surname
    // ("Katićeva", "Njegoševa", "Paštrovićeva"): no woman's surname.
    for (std::string_view end_of : {"ćeva", "čeva", "ševa", "ževa", "đeva"})
      if (ends_with(raw_first, end_of) && raw_first.size() > end_of.size() + 2)
        return RegionalNonPerson::kPlace;
    // Their streets by an adjective ("Livadska", "Ramska") after a
    // preposition of place.
    static constexpr std::string_view kOn[] = {"on", "along", "na", "u", "ulica", "ul.", "ulici"};
    const std::string_view raw = raw_before;
    bool on = false;
    for (std::string_view w : kOn) on = on || raw == w;
    if (on &&
        (ends_with(raw_first, "ska") || ends_with(raw_first, "ška") || ends_with(raw_first, "čka")))
      return RegionalNonPerson::kPlace;
  } else {
    // A Greek phrase opened by a neuter word ("Χειροποίητο Μέταλο
    // Πετσέτες", "Μικρό Μέταλο Παντελόνι"): a product, no name.
    if ((ends_with(raw_first, "ο") || ends_with(raw_first, "ό")) && raw_first.size() > 4 &&
        static_cast<unsigned char>(raw_first[0]) >= 0xCE &&
        static_cast<unsigned char>(raw_first[0]) <= 0xCF)
      return RegionalNonPerson::kThing;
    // A Russian adjective in -ый, -yy in it ("Свободный Стальной Клатч",
    // "Svobodnyy Betonnyy Kurtka"): faker's products and job titles, no name
    // (given names and surnames end in -ий, -ій, -ний: "Дмитрий", "Yuriy",
    // "Латаний").
    for (std::size_t b = start; b < end;) {
      while (b < end && stop(text[b])) ++b;
      std::size_t e = b;
      while (e < end && !stop(text[e])) ++e;
      const std::string_view w = text.substr(b, e - b);
      if (w.size() > 4 && (ends_with(w, "ый") || ends_with(w, "yy")))
        return RegionalNonPerson::kThing;
      b = e;
    }
    // A street named in the genitive ("Filipa Višnjića 71", "Heroja Milana
    // Tepića 823"): every word ends in -a or -e, the last is a surname's
    // genitive in -ića or a letter of those languages is in it, and a house
    // number follows.
    bool genitive = true;
    for (std::size_t b = start; b < end && genitive;) {
      while (b < end && stop(text[b])) ++b;
      std::size_t e = b;
      while (e < end && !stop(text[e])) ++e;
      if (b < e && text[e - 1] != 'a' && text[e - 1] != 'e') genitive = false;
      b = e;
    }
    bool serbian = genitive && ends_with(raw_last, "ića");
    if (genitive && !serbian) {
      const std::string_view span = text.substr(start, end - start);
      for (std::string_view c : {"č", "ć", "đ", "š", "ž"})
        serbian = serbian || span.find(c) != std::string_view::npos;
    }
    if (genitive && serbian && house_number_near(text, start, end))
      return RegionalNonPerson::kAddress;
    // The same after a preposition of place ("Meet me on Milana Rakića").
    static constexpr std::string_view kOnStreet[] = {"on", "along", "ulica", "ul.", "ulici"};
    const std::string_view raw = raw_before;
    bool on = false;
    for (std::string_view w : kOnStreet) on = on || raw == w;
    if (genitive && serbian && on) return RegionalNonPerson::kPlace;
  }
  // "Cara" (the tsar's) opens Serbian streets ("Cara Dušana") but is an
  // English given name too: only before a word with a letter of those
  // languages.
  if (several && first == "cara") {
    const std::string_view span = text.substr(start, end - start);
    for (std::string_view c : {"č", "ć", "đ", "š", "ž"})
      if (span.find(c) != std::string_view::npos) return RegionalNonPerson::kPlace;
  }
  // A job title before a name is the person's ("Həkim Afət Qasımova",
  // "Директор Иван Петров"): an office word first counts alone only, or
  // if it is no such title.
  if (office || (office_first && (count == 1 || !in(l.titles_of_people, first))))
    return RegionalNonPerson::kThing;
  return RegionalNonPerson::kNone;
}

}  // namespace switchyard::privacy::words
