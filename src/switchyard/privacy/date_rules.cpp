// Full calendar dates: a day, a month and a year, in the notations people
// write them — ISO (1990-12-31, 1990/12/31), US (12/31/1990), European
// (31/12/1990, 31.12.1990, 31-12-1990), and with the month written out in
// English, German, French, Spanish, Italian, Dutch or Portuguese ("March 3,
// 1990", "3rd of March 1990", "3. März 1990", "3 mars 1990", "3 de marzo de
// 1990"). A year alone, a month and a year, a time alone are not reported.
//
// Two detectors, one entity: a date with "born", "DOB", "birthday" nearby is
// a date of birth (`date_of_birth`, 0.95), which on its own makes a request
// `confidential`; any other full date is a calendar date (`calendar_date`,
// 0.85), reported so that redaction replaces it together with the data that
// identifies whom it concerns, but which does not raise the class by itself
// (privacy::classify). An ISO 8601 timestamp ("2024-03-05T10:15:30Z") is a
// machine's record of time, and two-digit years ("3/4/21") are too
// ambiguous: both count only as dates of birth.
#include <array>
#include <cstring>
#include <string>

#include "switchyard/privacy/checksums.hpp"
#include "switchyard/privacy/rule.hpp"

namespace switchyard::privacy {

namespace {

int number_at(std::string_view s, std::size_t& i) {
  int v = 0;
  while (i < s.size() && is_digit(s[i])) v = v * 10 + (s[i++] - '0');
  return v;
}

const ContextWords& birth_words() {
  static const ContextWords words{
      {"born", "birth", "dob", "d.o.b", "birthday", "birthdate", "b-day", "geboren", "geburt", "né",
       "née", "naissance", "nacimiento", "nacido", "nacida", "nato", "nata", "nascita",
       "nascimento"},
      {},
      0.55,
      0.35,
      64,
      28};
  return words;
}

// A time to the second right after a date (" 10:15:30", " 9:05:00"): where
// it ends, or 0 if there is none.
std::size_t time_to_the_second(std::string_view text, std::size_t at) {
  std::size_t i = at;
  if (i >= text.size() || text[i] != ' ') return 0;
  ++i;
  const std::size_t h = i;
  while (i < text.size() && i - h < 3 && is_digit(text[i])) ++i;
  if (i - h == 0 || i - h > 2) return 0;
  for (int part = 0; part < 2; ++part) {
    if (i + 2 >= text.size() || text[i] != ':' || !is_digit(text[i + 1]) || !is_digit(text[i + 2]))
      return 0;
    i += 3;
  }
  return i;
}

// The candidate [start, end) with its date's fields, judged: nullopt if the
// date does not exist or the text says no more than a timestamp.
std::optional<Candidate> judge(std::string_view text, std::size_t start, std::size_t end, int year,
                               int month, int day, bool ambiguous_year) {
  if (year < 1900 || year > 2100 || !date_exists(year, month, day)) return std::nullopt;
  const bool birth = score_with_context(text, start, end, 0.3, birth_words()) > 0.5;
  if (birth) return Candidate{start, end, 0.95, "date_of_birth"};
  if (ambiguous_year) return std::nullopt;
  // "2024-03-05T10:15:30Z": an ISO 8601 timestamp, which machines write
  // for records and logs; so is a time to the fraction of a second
  // ("2024-03-05 10:15:30.355", "…,355 INFO") or a log line's bracketed
  // date and time ("[2024-03-05 10:15:30]"). A date and a time with a space,
  // "When: 1993-01-04 14:56", "dated 1987-03-28 14:56:41", is how people
  // and forms write an appointment or a signature: it counts.
  const std::string_view rest = text.substr(end, 4);
  if (rest.size() >= 3 && rest[0] == 'T' && is_digit(rest[1]) &&
      (rest[2] == ':' || (is_digit(rest[2]) && rest.size() == 4 && rest[3] == ':')))
    return std::nullopt;
  if (const std::size_t seconds = time_to_the_second(text, end); seconds > 0) {
    const bool fraction = seconds + 1 < text.size() &&
                          (text[seconds] == '.' || text[seconds] == ',') &&
                          is_digit(text[seconds + 1]);
    const bool bracketed = start > 0 && text[start - 1] == '[';
    if (fraction || bracketed) return std::nullopt;
  }
  return Candidate{start, end, 0.85, "calendar_date"};
}

// Numeric dates: 12/31/1990, 31.12.1990, 31-12-90, 1990-12-31, 1990/12/31.
std::optional<Candidate> confirm_numeric_date(std::string_view text, std::size_t start,
                                              std::size_t end) {
  if (!stands_alone(text, start, end) || continues_number(text, end) ||
      preceded_by_number(text, start))
    return std::nullopt;
  const std::string_view s = text.substr(start, end - start);
  std::size_t i = 0;
  const int a = number_at(s, i);
  if (i >= s.size()) return std::nullopt;
  const char sep = s[i];
  const std::size_t first_len = i;
  ++i;
  const int b = number_at(s, i);
  if (i >= s.size() || s[i] != sep) return std::nullopt;  // one separator throughout
  ++i;
  const std::size_t c_from = i;
  const int c = number_at(s, i);
  if (i != s.size()) return std::nullopt;
  if (first_len == 4) return judge(text, start, end, a, b, c, false);
  const bool short_year = i - c_from == 2;
  const int year = short_year ? 1900 + c : c;
  // Month first (US) unless that cannot be a date; day first otherwise.
  int month = a, day = b;
  if (!date_exists(year, month, day)) std::swap(month, day);
  return judge(text, start, end, year, month, day, short_year);
}

// The raw match of a numeric date starting at the run of digits at `at`:
// d{1,2} sep d{1,2} sep (d{4}|d{2}) or d{4} sep d{1,2} sep d{1,2}, one
// separator of / . - throughout. Found here rather than by Hyperscan: patterns that open
// with a digit class cost the main pass a tenth of its time, while prose
// has few digits to start from.
void find_numeric_date_at(std::string_view text, std::size_t at, std::vector<PatternMatch>& out) {
  const std::size_t n = text.size();
  auto run = [&](std::size_t from) {
    std::size_t e = from;
    while (e < n && is_digit(text[e])) ++e;
    return e - from;
  };
  const std::size_t a = run(at);
  if (a == 0 || a == 3 || a > 4 || at + a >= n) return;
  const char sep = text[at + a];
  if (sep != '/' && sep != '.' && sep != '-') return;
  const std::size_t b_at = at + a + 1, b = run(b_at);
  if (b == 0 || b > 2 || b_at + b >= n || text[b_at + b] != sep) return;
  const std::size_t c_at = b_at + b + 1, c = run(c_at);
  const bool ok = a == 4 ? (c >= 1 && c <= 2) : (c == 2 || c == 4);
  if (ok) out.push_back({0, at, c_at + c});
}

// ---- written months ----------------------------------------------------------

// Month names and their usual abbreviations in the supported languages,
// lower case (UTF-8 as written; only ASCII letters are lower-cased).
struct MonthName {
  std::string_view name;
  int month;
};
constexpr MonthName kMonthNames[] = {
    // English
    {"january", 1},
    {"february", 2},
    {"march", 3},
    {"april", 4},
    {"may", 5},
    {"june", 6},
    {"july", 7},
    {"august", 8},
    {"september", 9},
    {"october", 10},
    {"november", 11},
    {"december", 12},
    {"jan", 1},
    {"feb", 2},
    {"mar", 3},
    {"apr", 4},
    {"jun", 6},
    {"jul", 7},
    {"aug", 8},
    {"sep", 9},
    {"sept", 9},
    {"oct", 10},
    {"nov", 11},
    {"dec", 12},
    // German
    {"januar", 1},
    {"jänner", 1},
    {"februar", 2},
    {"märz", 3},
    {"mär", 3},
    {"mrz", 3},
    {"mai", 5},
    {"juni", 6},
    {"juli", 7},
    {"oktober", 10},
    {"okt", 10},
    {"dezember", 12},
    {"dez", 12},
    // French
    {"janvier", 1},
    {"janv", 1},
    {"février", 2},
    {"févr", 2},
    {"fevrier", 2},
    {"mars", 3},
    {"avril", 4},
    {"avr", 4},
    {"juin", 6},
    {"juillet", 7},
    {"juil", 7},
    {"août", 8},
    {"aout", 8},
    {"septembre", 9},
    {"octobre", 10},
    {"novembre", 11},
    {"décembre", 12},
    {"déc", 12},
    {"decembre", 12},
    // Spanish
    {"enero", 1},
    {"ene", 1},
    {"febrero", 2},
    {"marzo", 3},
    {"abril", 4},
    {"abr", 4},
    {"mayo", 5},
    {"junio", 6},
    {"julio", 7},
    {"agosto", 8},
    {"ago", 8},
    {"septiembre", 9},
    {"setiembre", 9},
    {"octubre", 10},
    {"noviembre", 11},
    {"diciembre", 12},
    {"dic", 12},
    // Italian
    {"gennaio", 1},
    {"gen", 1},
    {"febbraio", 2},
    {"aprile", 4},
    {"maggio", 5},
    {"mag", 5},
    {"giugno", 6},
    {"giu", 6},
    {"luglio", 7},
    {"lug", 7},
    {"settembre", 9},
    {"set", 9},
    {"ottobre", 10},
    {"ott", 10},
    {"dicembre", 12},
    // Dutch
    {"januari", 1},
    {"februari", 2},
    {"maart", 3},
    {"mrt", 3},
    {"mei", 5},
    {"augustus", 8},
    // Portuguese
    {"janeiro", 1},
    {"fevereiro", 2},
    {"fev", 2},
    {"março", 3},
    {"maio", 5},
    {"junho", 6},
    {"julho", 7},
    {"setembro", 9},
    {"novembro", 11},
    {"outubro", 10},
    {"out", 10},
    {"dezembro", 12},
    // Polish
    {"stycznia", 1},
    {"lutego", 2},
    {"marca", 3},
    {"kwietnia", 4},
    {"maja", 5},
    {"czerwca", 6},
    {"lipca", 7},
    {"sierpnia", 8},
    {"września", 9},
    {"października", 10},
    {"listopada", 11},
    {"grudnia", 12},
    {"styczeń", 1},
    {"luty", 2},
    {"marzec", 3},
    {"kwiecień", 4},
    {"czerwiec", 6},
    {"lipiec", 7},
    {"sierpień", 8},
    {"wrzesień", 9},
    {"październik", 10},
    {"listopad", 11},
    {"grudzień", 12},
    // Czech and Slovak
    {"ledna", 1},
    {"února", 2},
    {"března", 3},
    {"dubna", 4},
    {"května", 5},
    {"června", 6},
    {"července", 7},
    {"srpna", 8},
    {"září", 9},
    {"října", 10},
    {"listopadu", 11},
    {"prosince", 12},
    {"januára", 1},
    {"februára", 2},
    {"apríla", 4},
    {"mája", 5},
    {"júna", 6},
    {"júla", 7},
    {"augusta", 8},
    {"septembra", 9},
    {"októbra", 10},
    {"novembra", 11},
    {"decembra", 12},
    // Croatian and Slovenian
    {"siječnja", 1},
    {"veljače", 2},
    {"ožujka", 3},
    {"travnja", 4},
    {"svibnja", 5},
    {"lipnja", 6},
    {"srpnja", 7},
    {"kolovoza", 8},
    {"rujna", 9},
    {"studenoga", 11},
    {"prosinca", 12},
    {"januarja", 1},
    {"februarja", 2},
    {"aprila", 4},
    {"junija", 6},
    {"julija", 7},
    {"avgusta", 8},
    {"oktobra", 10},
    // Nordic
    {"augusti", 8},
    {"desember", 12},
    {"maj", 5},
    {"marts", 3},
    // Finnish
    {"tammikuuta", 1},
    {"helmikuuta", 2},
    {"maaliskuuta", 3},
    {"huhtikuuta", 4},
    {"toukokuuta", 5},
    {"kesäkuuta", 6},
    {"heinäkuuta", 7},
    {"elokuuta", 8},
    {"syyskuuta", 9},
    {"lokakuuta", 10},
    {"marraskuuta", 11},
    {"joulukuuta", 12},
    // Romanian
    {"ianuarie", 1},
    {"februarie", 2},
    {"martie", 3},
    {"aprilie", 4},
    {"iunie", 6},
    {"iulie", 7},
    {"septembrie", 9},
    {"octombrie", 10},
    {"noiembrie", 11},
    {"decembrie", 12},
    // Hungarian
    {"január", 1},
    {"február", 2},
    {"március", 3},
    {"április", 4},
    {"május", 5},
    {"június", 6},
    {"július", 7},
    {"augusztus", 8},
    {"szeptember", 9},
    {"október", 10},
    // Turkish
    {"ocak", 1},
    {"şubat", 2},
    {"Şubat", 2},
    {"mart", 3},
    {"nisan", 4},
    {"mayıs", 5},
    {"haziran", 6},
    {"temmuz", 7},
    {"ağustos", 8},
    {"eylül", 9},
    {"ekim", 10},
    {"kasım", 11},
    {"aralık", 12},
    // Indonesian and Malay
    {"maret", 3},
    {"agustus", 8},
    {"mac", 3},
    {"julai", 7},
    {"ogos", 8},
    {"disember", 12},
    // Catalan
    {"gener", 1},
    {"febrer", 2},
    {"març", 3},
    {"maig", 5},
    {"juny", 6},
    {"juliol", 7},
    {"agost", 8},
    {"setembre", 9},
    {"desembre", 12},
    // Russian
    {"января", 1},
    {"февраля", 2},
    {"марта", 3},
    {"апреля", 4},
    {"мая", 5},
    {"июня", 6},
    {"июля", 7},
    {"августа", 8},
    {"сентября", 9},
    {"октября", 10},
    {"ноября", 11},
    {"декабря", 12},
    {"январь", 1},
    {"февраль", 2},
    {"март", 3},
    {"апрель", 4},
    {"май", 5},
    {"июнь", 6},
    {"июль", 7},
    {"август", 8},
    {"сентябрь", 9},
    {"октябрь", 10},
    {"ноябрь", 11},
    {"декабрь", 12},
    // Ukrainian
    {"січня", 1},
    {"лютого", 2},
    {"березня", 3},
    {"квітня", 4},
    {"травня", 5},
    {"червня", 6},
    {"липня", 7},
    {"серпня", 8},
    {"вересня", 9},
    {"жовтня", 10},
    {"листопада", 11},
    {"грудня", 12},
    // Bulgarian, Serbian and Macedonian
    {"януари", 1},
    {"февруари", 2},
    {"април", 4},
    {"юни", 6},
    {"юли", 7},
    {"септември", 9},
    {"октомври", 10},
    {"ноември", 11},
    {"декември", 12},
    {"јануар", 1},
    {"фебруар", 2},
    {"јун", 6},
    {"јул", 7},
    {"септембар", 9},
    {"октобар", 10},
    {"новембар", 11},
    {"децембар", 12},
    {"јануари", 1},
    {"мај", 5},
    {"јуни", 6},
    {"јули", 7},
    // Greek (genitive, as dates write them; both cases of the first letter)
    {"Ιανουαρίου", 1},
    {"Φεβρουαρίου", 2},
    {"Μαρτίου", 3},
    {"Απριλίου", 4},
    {"Μαΐου", 5},
    {"Ιουνίου", 6},
    {"Ιουλίου", 7},
    {"Αυγούστου", 8},
    {"Σεπτεμβρίου", 9},
    {"Οκτωβρίου", 10},
    {"Νοεμβρίου", 11},
    {"Δεκεμβρίου", 12},
    {"ιανουαρίου", 1},
    {"φεβρουαρίου", 2},
    {"μαρτίου", 3},
    {"απριλίου", 4},
    {"μαΐου", 5},
    {"ιουνίου", 6},
    {"ιουλίου", 7},
    {"αυγούστου", 8},
    {"σεπτεμβρίου", 9},
    {"οκτωβρίου", 10},
    {"νοεμβρίου", 11},
    {"δεκεμβρίου", 12},
    // Afrikaans
    {"januarie", 1},
    {"februarie", 2},
    {"maart", 3},
    {"april", 4},
    {"mei", 5},
    {"junie", 6},
    {"julie", 7},
    {"augustus", 8},
    {"september", 9},
    {"oktober", 10},
    {"november", 11},
    {"desember", 12},
    // Arabic (Egypt, the Gulf, the Maghreb: the months of the Latin calendar, with and without
    // hamza)
    {"يناير", 1},
    {"فبراير", 2},
    {"مارس", 3},
    {"أبريل", 4},
    {"مايو", 5},
    {"يونيو", 6},
    {"يوليو", 7},
    {"أغسطس", 8},
    {"سبتمبر", 9},
    {"أكتوبر", 10},
    {"نوفمبر", 11},
    {"ديسمبر", 12},
    {"ابريل", 4},
    {"اغسطس", 8},
    {"اكتوبر", 10},
    // Hebrew, alone and with the "in" a date writes ("2 במרץ 2020")
    {"ינואר", 1},
    {"פברואר", 2},
    {"מרץ", 3},
    {"אפריל", 4},
    {"מאי", 5},
    {"יוני", 6},
    {"יולי", 7},
    {"אוגוסט", 8},
    {"ספטמבר", 9},
    {"אוקטובר", 10},
    {"נובמבר", 11},
    {"דצמבר", 12},
    {"בינואר", 1},
    {"בפברואר", 2},
    {"במרץ", 3},
    {"באפריל", 4},
    {"במאי", 5},
    {"ביוני", 6},
    {"ביולי", 7},
    {"באוגוסט", 8},
    {"בספטמבר", 9},
    {"באוקטובר", 10},
    {"בנובמבר", 11},
    {"בדצמבר", 12},
    // Georgian
    {"იანვარი", 1},
    {"თებერვალი", 2},
    {"მარტი", 3},
    {"აპრილი", 4},
    {"მაისი", 5},
    {"ივნისი", 6},
    {"ივლისი", 7},
    {"აგვისტო", 8},
    {"სექტემბერი", 9},
    {"ოქტომბერი", 10},
    {"ნოემბერი", 11},
    {"დეკემბერი", 12},
    // ... and as a year-first date ends them ("2018 წლის 25 ნოემბერს")
    {"იანვარს", 1},
    {"თებერვალს", 2},
    {"მარტს", 3},
    {"აპრილს", 4},
    {"მაისს", 5},
    {"ივნისს", 6},
    {"ივლისს", 7},
    {"აგვისტოს", 8},
    {"სექტემბერს", 9},
    {"ოქტომბერს", 10},
    {"ნოემბერს", 11},
    {"დეკემბერს", 12},
    // Thai (with the Buddhist year: "22 มีนาคม 2569")
    {"มกราคม", 1},
    {"กุมภาพันธ์", 2},
    {"มีนาคม", 3},
    {"เมษายน", 4},
    {"พฤษภาคม", 5},
    {"มิถุนายน", 6},
    {"กรกฎาคม", 7},
    {"สิงหาคม", 8},
    {"กันยายน", 9},
    {"ตุลาคม", 10},
    {"พฤศจิกายน", 11},
    {"ธันวาคม", 12},
};

int month_named(std::string_view word) {
  // (Up to "กุมภาพันธ์" and "სექტემბერი", 30 bytes.)
  if (word.size() < 3 || word.size() > 36) return 0;
  char low[36];
  for (std::size_t i = 0; i < word.size(); ++i)
    low[i] = (word[i] >= 'A' && word[i] <= 'Z') ? static_cast<char>(word[i] | 0x20) : word[i];
  const std::string_view w(low, word.size());
  for (const MonthName& m : kMonthNames)
    if (m.name == w) return m.month;
  return 0;
}

bool letter(char c) {
  return is_ascii_alpha(c) || static_cast<unsigned char>(c) >= 0x80;
}

// The word ending at `end` (letters, UTF-8 included): its start. A quote
// or bracket of any script before it is not part of it ("«March 3, 1990»").
std::size_t word_start(std::string_view text, std::size_t end) {
  std::size_t at = end;
  while (at > 0) {
    if (static_cast<unsigned char>(text[at - 1]) < 0x80) {
      if (!is_ascii_alpha(text[at - 1])) break;
      --at;
      continue;
    }
    std::size_t s = at - 1;
    while (s > 0 && at - s < 4 && (static_cast<unsigned char>(text[s]) & 0xC0) == 0x80) --s;
    // Thai letters and vowel signs too, which glue to no number but spell
    // the months ("มีนาคม").
    const char32_t cp = code_point_at(text, s);
    if (!word_code_point(cp) && !(cp >= 0x0E01 && cp <= 0x0E4E)) break;
    at = s;
  }
  return at;
}

// A day number ending at `end`, with an optional ordinal suffix ("3rd") or
// German dot ("3."): where it starts and its value, or 0.
int day_ending_at(std::string_view text, std::size_t end, std::size_t& start) {
  std::size_t at = end;
  if (at > 0 && text[at - 1] == '.') --at;
  if (at >= 2 && is_ascii_alpha(text[at - 1]) && is_ascii_alpha(text[at - 2])) {
    const char a = static_cast<char>(text[at - 2] | 0x20),
               b = static_cast<char>(text[at - 1] | 0x20);
    if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
        (a == 't' && b == 'h'))
      at -= 2;
  }
  std::size_t from = at;
  while (from > 0 && is_digit(text[from - 1]) && at - from < 2) --from;
  if (from == at || glued_before(text, from)) return 0;
  std::size_t i = from;
  const int day = number_at(text.substr(0, at), i);
  start = from;
  return day >= 1 && day <= 31 ? day : 0;
}

// Skips back over one space (and a comma before it) from `at`; npos if none.
std::size_t back_over_space(std::string_view text, std::size_t at, bool comma) {
  if (at == 0 || text[at - 1] != ' ') return std::string_view::npos;
  --at;
  if (comma && at > 0 && text[at - 1] == ',') --at;
  return at;
}

// Skips back over a joining word ("de", "of") and its space, if there.
std::size_t back_over_joiner(std::string_view text, std::size_t at) {
  const std::size_t w = word_start(text, at);
  const std::string_view word = text.substr(w, at - w);
  if ((word == "de" || word == "of") && w > 0 && text[w - 1] == ' ') return w - 1;
  return at;
}

// A written date ending with the four-digit year at [year_at, year_at + 4):
// where it starts, and its month and day; false if the words before the
// year are not a day and a month.
bool written_date_before(std::string_view text, std::size_t year_at, std::size_t& start, int& month,
                         int& day) {
  std::size_t at = back_over_space(text, year_at, true);
  if (at == std::string_view::npos) return false;
  // "March 3, 1990" / "Mar. 3rd 1990": day, then the month before it.
  std::size_t day_from = 0;
  if ((day = day_ending_at(text, at, day_from)) != 0) {
    std::size_t m_end = back_over_space(text, day_from, false);
    if (m_end == std::string_view::npos) return false;
    if (m_end > 0 && text[m_end - 1] == '.') --m_end;
    const std::size_t m_start = word_start(text, m_end);
    month = month_named(text.substr(m_start, m_end - m_start));
    start = m_start;
    return month != 0 && !glued_before(text, m_start);
  }
  // "3 March 1990", "3rd of March, 1990", "3. März 1990", "3 de marzo de 1990".
  at = back_over_joiner(text, at);
  std::size_t m_end = at;
  if (m_end > 0 && text[m_end - 1] == '.') --m_end;
  const std::size_t m_start = word_start(text, m_end);
  month = month_named(text.substr(m_start, m_end - m_start));
  if (month == 0) return false;
  at = back_over_space(text, m_start, false);
  if (at == std::string_view::npos) return false;
  at = back_over_joiner(text, at);
  day = day_ending_at(text, at, start);
  return day != 0;
}

// Thai dates count the Buddhist era, 543 years ahead ("22 มีนาคม 2569"):
// the month before the year at `year_at` is written in Thai.
bool thai_month(std::string_view text, std::size_t year_at) {
  return year_at >= 4 && static_cast<unsigned char>(text[year_at - 4]) == 0xE0 &&
         (static_cast<unsigned char>(text[year_at - 3]) & 0xFE) == 0xB8;
}

// The raw match of a written date ending with the four-digit year 1900-2099
// at `i` (which must stand alone), if any: back over the day and month
// before it. Cheaper than case-insensitive month names in the Hyperscan
// pass, which would slow it down for every text.
void find_written_date_at(std::string_view text, std::size_t i, std::vector<PatternMatch>& out) {
  if (i + 4 > text.size() || !is_digit(text[i + 1]) || !is_digit(text[i + 2]) ||
      !is_digit(text[i + 3]))
    return;
  const bool buddhist = text[i] == '2' && (text[i + 1] == '5' || text[i + 1] == '6');
  if (((text[i] == '1' && text[i + 1] != '9') || (text[i] == '2' && text[i + 1] != '0')) &&
      !buddhist)
    return;
  if (glued_before(text, i) || glued_at(text, i + 4)) return;
  std::size_t start = 0;
  int month = 0, day = 0;
  if (written_date_before(text, i, start, month, day) && (!buddhist || thai_month(text, i)))
    out.push_back({0, start, i + 4});
}

std::optional<Candidate> confirm_written_date(std::string_view text, std::size_t start,
                                              std::size_t end) {
  std::size_t from = 0;
  int month = 0, day = 0;
  if (end < 4 || !written_date_before(text, end - 4, from, month, day) || from != start)
    return std::nullopt;
  std::size_t i = end - 4;
  int year = number_at(text, i);
  if (year >= 2443 && thai_month(text, end - 4)) year -= 543;
  return judge(text, start, end, year, month, day, false);
}

// ---- a date's weekday and time ----------------------------------------------
// A date is masked whole: the weekday written before it ("Thursday, 1
// December 2016", "So., 22.11.2020", "mercredi 17 juillet 2019") and the
// time after it with the words that join them ("at 14:30", "à 13h45", "um
// 14:30 Uhr", "a las 14:30", "klo 15.00", "o godz. 14:30", "в 11:15",
// "الساعة 17:49", ", 3:45 PM EST", " 22:45:35 +0100", "（火）14時30分",
// " (금) 오후 1시 15분") belong to it; a finding of the date alone leaves
// them readable.

// `w` (lower case) at `at`, ASCII letters of the text in either case.
bool text_has(std::string_view text, std::size_t at, std::string_view w) {
  if (at + w.size() > text.size()) return false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    char c = text[at + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
    if (c != w[i]) return false;
  }
  return true;
}

constexpr std::string_view kWeekdays[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    // German, French, Spanish, Italian, Portuguese, Dutch and Afrikaans.
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "mo", "di",
    "mi", "do", "fr", "sa", "so", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "lunes", "martes", "miércoles",
    "jueves", "viernes", "sábado", "domingo", "lunedì", "martedì", "mercoledì", "giovedì",
    "venerdì", "sabato", "domenica", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira",
    "sexta-feira", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "vrydag", "saterdag", "sondag",
    // Nordic, Finnish (as "on Monday"), Polish, Czech, Romanian, Hungarian,
    // Turkish.
    "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "måndag", "tisdag",
    "lördag", "söndag", "maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina",
    "lauantaina", "sunnuntaina", "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai",
    "lauantai", "sunnuntai", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota",
    "niedziela", "pondělí", "úterý", "středa", "čtvrtek", "pátek", "neděle", "luni", "marți",
    "miercuri", "joi", "vineri", "sâmbătă", "duminică", "hétfő", "kedd", "szerda", "csütörtök",
    "péntek", "szombat", "vasárnap", "pazartesi", "salı", "çarşamba", "perşembe", "cuma",
    "cumartesi", "pazar",
    // Russian, Ukrainian, Greek (capitalised and not: only ASCII is folded).
    "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
    "Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье", "понеділок",
    "вівторок", "середа", "четвер", "пʼятниця", "пятниця", "субота", "неділя", "Понеділок",
    "Вівторок", "Середа", "Четвер", "Пʼятниця", "Субота", "Неділя", "Δευτέρα", "Τρίτη", "Τετάρτη",
    "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή", "δευτέρα", "τρίτη", "τετάρτη", "πέμπτη",
    "παρασκευή", "σάββατο", "κυριακή",
    // Arabic, Hebrew (after "יום"), Georgian, Thai (run on into "ที่").
    "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "ראשון",
    "שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת", "ორშაბათი", "სამშაბათი", "ოთხშაბათი",
    "ხუთშაბათი", "პარასკევი", "შაბათი", "კვირა", "วันจันทร์ที่", "วันอังคารที่", "วันพุธที่", "วันพฤหัสบดีที่",
    "วันศุกร์ที่", "วันเสาร์ที่", "วันอาทิตย์ที่", "วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์",
    "วันอาทิตย์"};

// Where the weekday before a date at `start` starts, or `start`.
std::size_t weekday_before(std::string_view text, std::size_t start) {
  std::size_t at = start;
  if (at == 0 || text[at - 1] != ' ') return start;
  --at;
  if (at > 0 && text[at - 1] == ',') --at;
  const bool dot = at > 0 && text[at - 1] == '.';
  if (dot) --at;
  std::size_t from = word_start(text, at);
  // "segunda-feira": one hyphen inside.
  if (from > 1 && from < at && text[from - 1] == '-') from = word_start(text, from - 1);
  if (from == at || at - from > 48 || glued_before(text, from)) return start;
  char low[48];
  for (std::size_t i = from; i < at; ++i)
    low[i - from] =
        (text[i] >= 'A' && text[i] <= 'Z') ? static_cast<char>(text[i] | 0x20) : text[i];
  const std::string_view word(low, at - from);
  for (std::string_view day : kWeekdays)
    // Two-letter abbreviations ("Mo.", "So.") only with their dot.
    if (word == day && (day.size() > 2 || dot)) {
      // Hebrew names a weekday "day two": "יום שני, 20 במרץ 2023".
      constexpr std::string_view kYom = "יום ";
      if (from >= kYom.size() && text.substr(from - kYom.size(), kYom.size()) == kYom)
        return from - kYom.size();
      return from;
    }
  return start;
}

// A weekday in brackets or run on after a Chinese, Japanese or Korean date
// ("（火）", "(金曜日)", "(화)", "星期五", "（周五）", " 화요일"): where it ends, or `at`.
std::size_t cjk_weekday_after(std::string_view text, std::size_t at) {
  std::size_t i = at;
  if (i < text.size() && text[i] == ' ') ++i;
  std::size_t close = std::string_view::npos;
  if (text_has(text, i, "(")) {
    close = text.find(')', i);
    ++i;
  } else if (text_has(text, i, "（")) {
    close = text.find("）", i);
    i += 3;
  }
  static constexpr std::string_view kDays[] = {"月", "火", "水", "木", "金", "土", "日",
                                               "一", "二", "三", "四", "五", "六", "天",
                                               "월", "화", "수", "목", "금", "토", "일"};
  const auto day_at = [&](std::size_t k) {
    for (std::string_view d : kDays)
      if (text_has(text, k, d)) return true;
    return false;
  };
  if (close != std::string_view::npos) {
    if (close - i > 15) return at;
    for (std::size_t k = i; k < close; ++k)
      if (is_digit(text[k])) return at;
    std::size_t k = i;
    if (text_has(text, k, "周") || text_has(text, k, "週")) k += 3;
    if (text_has(text, k, "星期")) k += 6;
    if (!day_at(k)) return at;
    return close + (text[close] == ')' ? 1 : 3);
  }
  if (text_has(text, i, "星期") && day_at(i + 6)) return i + 9;
  if (text_has(text, i, "周") && day_at(i + 3)) return i + 6;
  if (day_at(i) && text_has(text, i + 3, "요일")) return i + 9;
  return at;
}

std::size_t digits_at(std::string_view text, std::size_t at, std::size_t most) {
  std::size_t i = at;
  while (i < text.size() && i - at < most && is_digit(text[i])) ++i;
  if (i < text.size() && is_digit(text[i])) return 0;  // longer than `most`
  return i - at;
}

// The time at `at` ("14:30", "2:30 pm", "14.30 Uhr", "13h45", "23 h 15",
// "14時30分", "下午2点30分", "오후 1시 15분") with what follows it (seconds,
// "Uhr", a zone): where it ends, or 0. A dotted time needs a joining word
// before it (`joined`) or "Uhr" after it: "12.03.2024 12.50 EUR" is a price.
std::size_t time_at(std::string_view text, std::size_t at, bool joined) {
  std::size_t i = at;
  bool cjk = false;
  for (std::string_view half : {"上午", "下午", "午前", "午後", "오전 ", "오후 "})
    if (text_has(text, i, half)) {
      i += half.size();
      cjk = true;
      break;
    }
  const std::size_t h = digits_at(text, i, 2);
  if (h == 0) return 0;
  const int hour = (text[i] - '0') * (h == 2 ? 10 : 1) + (h == 2 ? text[i + 1] - '0' : 0);
  if (hour > 24) return 0;
  i += h;
  const auto minutes = [&](std::size_t k) {
    return digits_at(text, k, 2) == 2 && text[k] <= '5' ? k + 2 : 0;
  };
  // Chinese, Japanese, Korean: "14時30分", "2点30分", "1시 15분", "2点半".
  for (std::string_view hour_sign : {"時", "时", "点", "點", "시"}) {
    if (!text_has(text, i, hour_sign)) continue;
    i += hour_sign.size();
    std::size_t k = i < text.size() && text[i] == ' ' ? i + 1 : i;
    const std::size_t m = digits_at(text, k, 2);
    if (m > 0) {
      k += m;
      for (std::string_view minute_sign : {"分", "분"})
        if (text_has(text, k, minute_sign)) return k + minute_sign.size();
    }
    if (text_has(text, i, "半")) return i + 3;
    return i;
  }
  if (cjk && i < text.size() && text[i] != ':') return 0;
  std::size_t end = 0;
  bool dotted = false;
  if (text_has(text, i, ":")) {
    end = minutes(i + 1);
    if (end != 0 && text_has(text, end, ":") && minutes(end + 1) != 0) end = minutes(end + 1);
  } else if (text_has(text, i, ".")) {
    end = minutes(i + 1);
    dotted = true;
  } else if (text_has(text, i, "h")) {
    end = minutes(i + 1);
    if (end == 0 && !glued_at(text, i + 1)) end = i + 1;  // "à 17h"
  } else if (text_has(text, i, " h ")) {
    end = minutes(i + 3);
  }
  if (end == 0 || glued_at(text, end) || (end < text.size() && is_digit(text[end]))) return 0;
  // What follows: am/pm, the words for "o'clock", a zone.
  static constexpr std::string_view kAfter[] = {" am",  " pm",  " a.m.", " p.m.", "am",    "pm",
                                                " uhr", " uur", " h",    " hrs",  " hod.", " น."};
  bool said = false;
  for (std::string_view a : kAfter)
    if (text_has(text, end, a) && !glued_at(text, end + a.size())) {
      end += a.size();
      said = true;
      break;
    }
  if (dotted && !joined && !said) return 0;
  static constexpr std::string_view kZones[] = {
      "utc", "gmt",  "cet",  "cest", "eet", "eest", "wet", "west", "bst", "est",
      "edt", "cst",  "cdt",  "mst",  "mdt", "pst",  "pdt", "msk",  "jst", "kst",
      "ist", "sast", "aest", "aedt", "ict", "hne",  "hae", "hnp",  "hap"};
  std::size_t k = end;
  if (text_has(text, k, " ")) {
    const std::size_t z = k + 1;
    const bool bracket = text_has(text, z, "(");
    std::size_t w = bracket ? z + 1 : z;
    bool zone = false;
    for (std::string_view name : kZones)
      if (text_has(text, w, name) && text[w] >= 'A' && text[w] <= 'Z' &&
          !(w + name.size() < text.size() && is_ascii_alpha(text[w + name.size()]))) {
        w += name.size();
        zone = true;
        break;
      }
    if (!zone && (text_has(text, w, "мск") || text_has(text, w, "МСК"))) w += 6, zone = true;
    if (zone || text_has(text, w, "+") || text_has(text, w, "-")) {
      // An offset: "+0100", "-0500", "+2", "+01:00".
      if (text_has(text, w, "+") || text_has(text, w, "-")) {
        const std::size_t d = digits_at(text, w + 1, 4);
        if (d > 0) {
          w += 1 + d;
          zone = true;
          if (d <= 2 && text_has(text, w, ":") && digits_at(text, w + 1, 2) == 2) w += 3;
        }
      }
      if (zone && (!bracket || text_has(text, w, ")"))) end = bracket ? w + 1 : w;
    }
  }
  return end;
}

// Where a date ending at `end` ends with its time, or `end`; `cjk` for a
// Chinese, Japanese or Korean date, which a weekday or time may follow
// without a space.
std::size_t time_after(std::string_view text, std::size_t end, bool cjk) {
  std::size_t at = cjk ? cjk_weekday_after(text, end) : end;
  // The year's abbreviation: "2026 r.", "2019 г.", "2024 р.".
  for (std::string_view year : {" r.", " г.", " р."})
    if (text_has(text, at, year) && !glued_at(text, at + year.size())) {
      at += year.size();
      break;
    }
  // A weekday after the date, as Turkish and Hungarian write it: "2 Şubat
  // 2020 Pazar", "2020. július 20., hétfő".
  if (const std::size_t w = at + (text_has(text, at, ", ") ? 1 : 0);
      !cjk && text_has(text, w, " ")) {
    std::size_t e = w + 1;
    while (e < text.size() && e - w < 40 &&
           (is_ascii_alpha(text[e]) || static_cast<unsigned char>(text[e]) >= 0x80))
      ++e;
    if (e - w > 4 && e - w <= 40) {
      char low[40];
      for (std::size_t k = w + 1; k < e; ++k)
        low[k - w - 1] =
            (text[k] >= 'A' && text[k] <= 'Z') ? static_cast<char>(text[k] | 0x20) : text[k];
      const std::string_view word(low, e - w - 1);
      for (std::string_view day : kWeekdays)
        if (word == day) {
          at = e;
          break;
        }
    }
  }
  const std::size_t date_end = at;
  std::size_t i = at;
  if (text_has(text, i, ",")) ++i;
  if (!text_has(text, i, " ")) {
    if (!cjk || i != at) return date_end;
    const std::size_t t = time_at(text, i, true);
    return t ? t : date_end;
  }
  ++i;
  static constexpr std::string_view kJoiners[] = {
      "at ",   "@ ",   "à ",  "um ",      "a las ", "a la ", "alle ",    "ore ",   "às ",  "as ",
      "om ",   "kl. ", "kl ", "klo ",     "v ",     "od ",   "o godz. ", "godz. ", "o ",   "ora ",
      "saat ", "в ",   "о ",  "και ώρα ", "ώρα ",   "בשעה ", "الساعة ",  "ساعت ",  "เวลา "};
  bool joined = false;
  for (std::string_view j : kJoiners)
    if (text_has(text, i, j)) {
      i += j.size();
      joined = true;
      break;
    }
  const std::size_t t = time_at(text, i, joined);
  return t ? t : date_end;
}

// The month written out at `at`, then a space, the day and a dot
// ("július 20."): where the date ends, or 0.
std::size_t year_first_written(std::string_view text, std::size_t at, int& month, int& day) {
  std::size_t e = at;
  while (e < text.size() &&
         (is_ascii_alpha(text[e]) || static_cast<unsigned char>(text[e]) >= 0x80))
    ++e;
  month = month_named(text.substr(at, e - at));
  if (month == 0 || !text_has(text, e, " ")) return 0;
  const std::size_t d = digits_at(text, e + 1, 2);
  if (d == 0 || !text_has(text, e + 1 + d, ".")) return 0;
  day = 0;
  for (std::size_t k = e + 1; k < e + 1 + d; ++k) day = day * 10 + (text[k] - '0');
  return e + 2 + d;
}

// Dates written with a space after each dot: "13. 4. 2021" (Czech,
// Slovak), "2024. 3. 12." (Korean, Hungarian). And Chinese, Japanese and
// Korean dates: "2024年3月12日", "2024년 3월 12일". Their end, and the
// fields, or 0.
std::size_t spelled_numeric_date(std::string_view text, std::size_t at, int& year, int& month,
                                 int& day) {
  const std::size_t n4 = digits_at(text, at, 4);
  std::size_t i = at;
  const auto num = [&](std::size_t len) {
    int v = 0;
    for (std::size_t k = 0; k < len; ++k) v = v * 10 + (text[i + k] - '0');
    i += len;
    return v;
  };
  if (n4 == 4) {
    year = num(4);
    std::string_view y_sign, m_sign, d_sign;
    if (text_has(text, i, "年")) {
      y_sign = "年", m_sign = "月", d_sign = "日";
    } else if (text_has(text, i, "년")) {
      y_sign = "년", m_sign = "월", d_sign = "일";
    } else if (text_has(text, i, ". ") && !is_digit(byte_at(text, i + 2))) {
      // Hungarian: "2020. július 20.", the month written out.
      return year_first_written(text, i + 2, month, day);
    } else if (text_has(text, i, " წლის ")) {
      // Georgian: "2018 წლის 25 ნოემბერს", the day before the month.
      i += std::string_view(" წლის ").size();
      const std::size_t d = digits_at(text, i, 2);
      if (d == 0 || !text_has(text, i + d, " ")) return 0;
      day = num(d);
      ++i;
      std::size_t e = i;
      while (e < text.size() && static_cast<unsigned char>(text[e]) >= 0x80) ++e;
      month = month_named(text.substr(i, e - i));
      return month != 0 ? e : 0;
    } else if (text_has(text, i, ". ")) {
      // "2024. 3. 12." / "2024. 03. 12."
      i += 2;
      const std::size_t m = digits_at(text, i, 2);
      if (m == 0) return 0;
      month = num(m);
      if (!text_has(text, i, ". ")) return 0;
      i += 2;
      const std::size_t d = digits_at(text, i, 2);
      if (d == 0 || !text_has(text, i + d, ".")) return 0;
      day = num(d);
      return i + 1;
    } else {
      return 0;
    }
    i += y_sign.size();
    if (text_has(text, i, " ")) ++i;
    const std::size_t m = digits_at(text, i, 2);
    if (m == 0) return 0;
    month = num(m);
    if (!text_has(text, i, m_sign)) return 0;
    i += m_sign.size();
    if (text_has(text, i, " ")) ++i;
    const std::size_t d = digits_at(text, i, 2);
    if (d == 0) return 0;
    day = num(d);
    if (!text_has(text, i, d_sign)) return 0;
    return i + d_sign.size();
  }
  // "13. 4. 2021"
  const std::size_t d = digits_at(text, at, 2);
  if (d == 0 || !text_has(text, at + d, ". ")) return 0;
  day = num(d);
  i += 2;
  const std::size_t m = digits_at(text, i, 2);
  if (m == 0 || !text_has(text, i + m, ". ")) return 0;
  month = num(m);
  i += 2;
  if (digits_at(text, i, 4) != 4) return 0;
  year = num(4);
  return i;
}

void find_spelled_numeric_date_at(std::string_view text, std::size_t at,
                                  std::vector<PatternMatch>& out) {
  if (at > 0 && (is_digit(text[at - 1]) || text[at - 1] == '.')) return;
  int year = 0, month = 0, day = 0;
  if (const std::size_t end = spelled_numeric_date(text, at, year, month, day); end != 0)
    out.push_back({0, at, end});
}

// Both kinds, in one pass over the runs of digits.
void find_dates(std::string_view text, std::vector<PatternMatch>& out) {
  for_each_digit_run(text, [&](std::size_t at) {
    find_numeric_date_at(text, at, out);
    find_written_date_at(text, at, out);
    find_spelled_numeric_date_at(text, at, out);
  });
}

std::optional<Candidate> confirm_date(std::string_view text, std::size_t start, std::size_t end) {
  std::optional<Candidate> date;
  int year = 0, month = 0, day = 0;
  bool cjk = false;
  if (spelled_numeric_date(text, start, year, month, day) == end) {
    cjk = static_cast<unsigned char>(text[end - 1]) >= 0x80;
    if (!cjk && glued_at(text, end)) return std::nullopt;
    date = judge(text, start, end, year, month, day, false);
  } else {
    bool written = false;
    for (std::size_t i = start; i < end && !written; ++i) written = letter(text[i]);
    date =
        written ? confirm_written_date(text, start, end) : confirm_numeric_date(text, start, end);
  }
  if (date) {
    date->start = weekday_before(text, date->start);
    date->end = time_after(text, date->end, cjk);
  }
  return date;
}

}  // namespace

std::vector<Rule> date_rules() {
  Rule dates = make_rule(EntityType::date_time, {}, confirm_date);
  dates.find = find_dates;
  std::vector<Rule> rules;
  rules.push_back(std::move(dates));
  return rules;
}

}  // namespace switchyard::privacy
