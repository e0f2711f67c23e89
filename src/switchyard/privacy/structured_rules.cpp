// Identifiers with a checkable structure: checksums (cards, IBANs), numbering
// rules (SSNs, phone plans), address syntax (email, IP).
#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <optional>
#include <string>

#include "switchyard/privacy/checksums.hpp"
#include "switchyard/privacy/phone_number_checker.hpp"
#include "switchyard/privacy/rule.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace switchyard::privacy {

namespace {

std::string digits_of(std::string_view s) {
  std::string out;
  for (char c : s)
    if (is_digit(c)) out.push_back(c);
  return out;
}

// Separators between digit groups, and the group lengths.
struct Grouping {
  // Fixed capacity, no allocation: matches are at most a few dozen bytes.
  struct Sizes {
    std::array<int, 48> v{};
    std::size_t n = 0;
    void push_back(int x) {
      if (n < v.size()) v[n++] = x;
    }
    std::size_t size() const { return n; }
    int operator[](std::size_t i) const { return v[i]; }
    int back() const { return v[n - 1]; }
    const int* begin() const { return v.data(); }
    const int* end() const { return v.data() + n; }
  };
  std::string separators;
  Sizes sizes;
};

Grouping grouping_of(std::string_view s) {
  Grouping g;
  int run = 0;
  for (char c : s) {
    if (is_digit(c)) {
      ++run;
    } else {
      if (run > 0) g.sizes.push_back(run);
      run = 0;
      g.separators.push_back(c);
    }
  }
  if (run > 0) g.sizes.push_back(run);
  return g;
}

bool same_separator(const std::string& seps) {
  return seps.find_first_not_of(seps.empty() ? ' ' : seps[0]) == std::string::npos;
}

// ---- email ----------------------------------------------------------------

std::optional<Candidate> confirm_email(std::string_view text, std::size_t start, std::size_t end) {
  while (start < end && (text[start] == '.' || text[start] == '-')) ++start;
  while (end > start && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
  const std::string_view s = text.substr(start, end - start);
  const std::size_t at = s.find('@');
  if (at == 0 || at == std::string_view::npos || at > 64) return std::nullopt;
  if (glued_at(text, end) && byte_at(text, end) != '_') return std::nullopt;
  const std::string_view domain = s.substr(at + 1);
  const std::size_t dot = domain.rfind('.');
  if (dot == std::string_view::npos) return std::nullopt;
  const std::string_view tld = domain.substr(dot + 1);
  if (tld.size() < 2 || tld.size() > 24) return std::nullopt;
  for (char c : tld)  // letters, of any script ("рф", "ελ")
    if (!is_ascii_alpha(c) && static_cast<unsigned char>(c) < 0x80) return std::nullopt;
  if (domain.find("..") != std::string_view::npos || domain.find(".-") != std::string_view::npos ||
      domain.find("-.") != std::string_view::npos || domain[0] == '-')
    return std::nullopt;
  return Candidate{start, end, 0.9, "email_address"};
}

// ---- obfuscated email ----------------------------------------------------
// Addresses written to escape harvesters: "anna [at] example [dot] com",
// "anna(at)example(dot)com", "jane.doe at example dot org", "anna@example[.]com".

// A mark standing for "@" or "." at `i`: its length (0: none) and whether it
// is the word itself (" at ", " dot ": the plain words need more evidence).
struct Mark {
  std::size_t length = 0;
  bool word = false;
};

// "[at]", "(at)", "{at}", "<at>", "[@]" (and "dot", ".") with one optional
// space either side, " at " / " AT ", or the character itself.
Mark mark_at(std::string_view text, std::size_t i, std::string_view name, char itself) {
  if (byte_at(text, i) == itself) return {1, false};
  const std::size_t from = i;
  const bool spaced = byte_at(text, i) == ' ';
  i += spaced;
  const auto named_at = [&](std::size_t k) -> std::size_t {
    if (byte_at(text, k) == itself) return 1;
    if (k + name.size() > text.size()) return 0;
    const std::string_view w = text.substr(k, name.size());
    bool lower = true, upper = true;
    for (std::size_t n = 0; n < name.size(); ++n) {
      lower = lower && w[n] == name[n];
      upper = upper && w[n] == name[n] - 32;
    }
    return lower || upper ? name.size() : 0;
  };
  static constexpr std::string_view kOpen = "[({<", kClose = "])}>";
  if (const std::size_t bracket = kOpen.find(byte_at(text, i)); bracket != std::string_view::npos) {
    const std::size_t n = named_at(i + 1);
    if (n == 0 || byte_at(text, i + 1 + n) != kClose[bracket]) return {};
    i += n + 2;
    i += byte_at(text, i) == ' ';
    return {i - from, false};
  }
  // The word, between single spaces.
  if (!spaced || byte_at(text, i) == itself) return {};
  const std::size_t n = named_at(i);
  if (n == 0 || byte_at(text, i + n) != ' ') return {};
  return {i + n + 1 - from, true};
}

#if defined(SWITCHYARD_AVX2_PASSES)
// The bytes obfuscated emails are found from, 32 at a time (the SSE2 loop
// of the rule's find, twice as wide): a closing bracket, or a space before
// a "d" or "D". Visits them in order; returns where it stopped.
template <class Look>
__attribute__((target("avx2"))) std::size_t obfuscation_marks_avx2(std::string_view text,
                                                                   Look& look) {
  std::size_t p = 0;
  for (; p + 33 <= text.size(); p += 32) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(text.data() + p));
    const __m256i next =
        _mm256_or_si256(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(text.data() + p + 1)),
                        _mm256_set1_epi8(0x20));
    const __m256i brackets =
        _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8(']')),
                                        _mm256_cmpeq_epi8(v, _mm256_set1_epi8(')'))),
                        _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('}')),
                                        _mm256_cmpeq_epi8(v, _mm256_set1_epi8('>'))));
    const __m256i space_d = _mm256_and_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8(' ')),
                                             _mm256_cmpeq_epi8(next, _mm256_set1_epi8('d')));
    for (auto mask =
             static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_or_si256(brackets, space_d)));
         mask != 0; mask &= mask - 1)
      look(p + static_cast<std::size_t>(__builtin_ctz(mask)));
  }
  return p;
}
#endif

bool local_byte(char c) {
  return is_digit(c) || is_ascii_alpha(c) || c == '.' || c == '_' || c == '%' || c == '+' ||
         c == '-';
}

// Words that "at" follows in prose ("look at this", "laughing at the dot
// com bubble"): never the local part or the domain of an address spelled
// out in words.
bool prose_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "a",      "aim",     "aimed", "all",   "an",      "any",     "arrive",   "arrived", "at",
      "but",    "dot",     "first", "he",    "her",     "here",    "him",      "his",     "home",
      "i",      "it",      "its",   "last",  "laugh",   "laughed", "laughing", "least",   "look",
      "looked", "looking", "me",    "meet",  "met",     "most",    "my",       "night",   "noon",
      "once",   "one",     "our",   "point", "pointed", "she",     "some",     "stare",   "staring",
      "that",   "the",     "their", "them",  "there",   "these",   "they",     "this",    "those",
      "us",     "we",      "work",  "you",   "your"};
  if (w.size() > 8) return false;
  char lower[8];
  for (std::size_t k = 0; k < w.size(); ++k)
    lower[k] = w[k] >= 'A' && w[k] <= 'Z' ? static_cast<char>(w[k] + 32) : w[k];
  const std::string_view l(lower, w.size());
  return std::find(std::begin(kWords), std::end(kWords), l) != std::end(kWords);
}

// Top-level domains common enough to be spelled out as a word (" dot com").
bool common_tld(std::string_view t) {
  static constexpr std::string_view kTlds[] = {
      "ai",   "app", "ar", "at",  "au", "be", "biz", "br",  "ca",  "ch", "cn",  "co",  "com", "cz",
      "de",   "dev", "dk", "edu", "es", "eu", "fi",  "fr",  "gov", "gr", "hu",  "ie",  "il",  "in",
      "info", "io",  "it", "jp",  "kr", "me", "mx",  "net", "nl",  "no", "nz",  "org", "pl",  "pt",
      "ro",   "ru",  "se", "sg",  "sk", "tr", "tv",  "ua",  "uk",  "us", "xyz", "za"};
  if (t.size() > 4) return false;
  char lower[4];
  for (std::size_t k = 0; k < t.size(); ++k)
    lower[k] = t[k] >= 'A' && t[k] <= 'Z' ? static_cast<char>(t[k] + 32) : t[k];
  const std::string_view l(lower, t.size());
  return std::find(std::begin(kTlds), std::end(kTlds), l) != std::end(kTlds);
}

// The obfuscated address whose "at" mark is at `mark` (after its local
// part): [start, end) and a score, or nullopt.
std::optional<Candidate> obfuscated_email(std::string_view text, std::size_t mark) {
  const Mark at = mark_at(text, mark, "at", '@');
  if (at.length == 0) return std::nullopt;
  // The local part, back from the mark: runs of its bytes, joined by
  // spelled-out dots ("jane [dot] doe").
  std::size_t start = mark;
  bool spelled_dot_in_local = false;
  for (;;) {
    std::size_t k = start;
    while (k > 0 && mark - k <= 64 && local_byte(text[k - 1])) --k;  // 64: RFC 5321's bound
    if (k == start) return std::nullopt;
    start = k;
    // A spelled-out dot before this run, and another run before it?
    bool joined = false;
    for (std::size_t back = 4; back <= 7 && back <= start; ++back) {
      const Mark d = mark_at(text, start - back, "dot", '\x01');
      if (d.length == back && start - back > 0 && local_byte(text[start - back - 1])) {
        start -= back;
        spelled_dot_in_local = joined = true;
        break;
      }
    }
    if (!joined) break;
  }
  while (start < mark && (text[start] == '.' || text[start] == '-')) ++start;
  if (start == mark || mark - start > 64 || glued_before(text, start)) return std::nullopt;
  const std::string_view local_run = text.substr(start, mark - start);
  // The domain: labels joined by dots, spelled out or not.
  std::size_t i = mark + at.length, end = 0, last_label = 0;
  std::size_t labels = 0;
  bool spelled_dot = false, word_dot = false, last_word_dot = false;
  std::string_view first_label;
  for (;;) {
    if (i - mark > 255) break;  // RFC 5321's bound on a domain
    std::size_t k = i;
    while (k < text.size() && (is_digit(text[k]) || is_ascii_alpha(text[k]) || text[k] == '-')) ++k;
    if (k == i || text[i] == '-') break;
    if (labels == 0) first_label = text.substr(i, k - i);
    ++labels;
    last_label = i;
    end = k;
    const Mark d = mark_at(text, k, "dot", '.');
    if (d.length == 0) break;
    const std::size_t next = k + d.length;
    if (!is_digit(byte_at(text, next)) && !is_ascii_alpha(byte_at(text, next))) break;
    if (text[k] != '.') {
      spelled_dot = true;
      word_dot = word_dot || d.word;
    }
    last_word_dot = d.word;
    i = next;
  }
  if (labels < 2 || glued_at(text, end)) return std::nullopt;
  // As written ("anna@example.com"): the email rule's.
  if (at.length == 1 && text[mark] == '@' && !spelled_dot) return std::nullopt;
  const std::string_view tld = text.substr(last_label, end - last_label);
  if (tld.size() < 2 || tld.size() > 24 ||
      !std::all_of(tld.begin(), tld.end(), [](char c) { return is_ascii_alpha(c); }))
    return std::nullopt;
  double score = 0.9;
  if (at.word || word_dot) {
    // Spelled out in words: a dot spelled out too, a common domain after
    // " dot ", and no word of prose for the local part or the domain.
    if (!spelled_dot || (last_word_dot && !common_tld(tld)) || prose_word(first_label) ||
        (at.word && prose_word(local_run)))
      return std::nullopt;
    // "jane.doe12 at …" is no word; "anna at …" needs a word about mail.
    const bool plain_word =
        !spelled_dot_in_local &&
        std::all_of(local_run.begin(), local_run.end(), [](char c) { return is_ascii_alpha(c); });
    score = plain_word ? 0.45 : 0.75;
  }
  return Candidate{start, end, score, "email_address"};
}

// ---- phone ----------------------------------------------------------------

bool looks_like_date(const Grouping& g) {
  if (g.sizes.size() < 3) return false;
  const char sep = g.separators.empty() ? ' ' : g.separators[0];
  if (sep != '-' && sep != '.' && sep != '/') return false;
  // A date repeats its separator ("2024/01/02"); "0496/20.29.31" is a
  // Belgian mobile after its area code.
  if (g.separators.size() >= 2 && g.separators[1] != sep) return false;
  return (g.sizes[0] == 4 && g.sizes[1] <= 2 && g.sizes[2] <= 2) ||
         (g.sizes[0] <= 2 && g.sizes[1] <= 2 && g.sizes[2] == 4 && g.sizes.size() == 3);
}

// The ASCII letters at `at`, as written (compare with same_word).
std::string_view word_at(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() && is_ascii_alpha(text[end])) ++end;
  return text.substr(std::min(at, text.size()), end - std::min(at, text.size()));
}

std::string_view word_before(std::string_view text, std::size_t at) {
  std::size_t from = at;
  while (from > 0 && is_ascii_alpha(text[from - 1])) --from;
  return word_at(text, from);
}

// `w` (ASCII letters) is `lower` in any case; inline, without a memcmp call.
bool same_word(std::string_view w, std::string_view lower) {
  if (w.size() != lower.size()) return false;
  for (std::size_t i = 0; i < w.size(); ++i)
    if (static_cast<char>(w[i] | 0x20) != lower[i]) return false;
  return true;
}

// "72 3637 Heritage Drive", "Apt. 722 20 40": digit groups that are a house
// or unit number, not a phone. Labels such as "office" or "fax" after a
// number are the opposite evidence and keep it.
bool reads_as_street_number(std::string_view text, std::size_t start, std::size_t end) {
  static constexpr std::string_view kLabels[] = {
      "office", "fax",       "mobile", "cell", "home",  "work", "tel", "phone",
      "ext",    "extension", "or",     "and",  "to",    "for",  "is",  "if",
      "on",     "at",        "in",     "from", "daily", "today"};
  static constexpr std::string_view kStreets[] = {
      "street", "st", "road",    "rd",  "lane",  "ln", "avenue",    "ave",
      "drive",  "dr", "parkway", "way", "court", "ct", "boulevard", "blvd",
      "place",  "pl", "square",  "sq",  "rue",   "via"};
  if (byte_at(text, end) == ' ' && is_ascii_alpha(byte_at(text, end + 1))) {
    const std::string_view next = word_at(text, end + 1);
    for (auto street : kStreets)
      if (same_word(next, street)) return true;
    bool label = false;
    for (auto l : kLabels) label = label || same_word(next, l);
    const char first = text[end + 1];
    if (!label && first >= 'A' && first <= 'Z' && next.size() >= 2) return true;
  }
  // "01 4589 40th Street": an ordinal next is a street name.
  if (byte_at(text, end) == ' ' && is_digit(byte_at(text, end + 1))) {
    std::size_t i = end + 1;
    while (is_digit(byte_at(text, i))) ++i;
    const std::string_view suffix = word_at(text, i);
    if (same_word(suffix, "st") || same_word(suffix, "nd") || same_word(suffix, "rd") ||
        same_word(suffix, "th"))
      return true;
  }
  std::size_t at = start;
  while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '.' || text[at - 1] == '#')) --at;
  const std::string_view previous = word_before(text, at);
  // "Tel. no. 020 2509847", "Mobile no. +46 73 314 14 21": the number of a
  // phone, not of a house.
  if (same_word(previous, "no") || same_word(previous, "nr")) {
    std::size_t before = at - previous.size();
    while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '.')) --before;
    const std::string_view label = word_before(text, before);
    for (std::string_view phone : {"tel", "phone", "telephone", "mobile", "mob", "cell", "fax",
                                   "contact", "telefon", "handy", "whatsapp",
                                   // Portuguese "me liga no 21 898 3054": "call me at".
                                   "liga"})
      if (same_word(label, phone)) return false;
  }
  return same_word(previous, "apt") || same_word(previous, "suite") ||
         same_word(previous, "unit") || same_word(previous, "no") || same_word(previous, "box") ||
         same_word(previous, "floor");
}

const ContextWords& phone_context() {
  static const ContextWords words{
      {"phone", "telephone", "tel", "tel.", "mobile", "cell", "cellphone", "call", "fax", "office",
       "contact", "reach", "dial", "answer", "whatsapp", "sms", "text me", "ring", "ph", "mob",
       // Someone's number, and the messengers that call one: "My number is
       // …", "Viber: …".
       "my number", "his number", "her number", "your number", "our number", "viber", "telegram",
       // Other languages' words for a telephone, and the lines firms list.
       "telefon", "teléfono", "téléphone", "handy", "celular", "móvil", "hotline", "helpline",
       // ... in other scripts: Cyrillic, Greek, Hebrew, Arabic, Persian,
       // Chinese, Japanese, Korean, Thai (where a field opens with them).
       "телефон", "тел", "моб", "τηλέφωνο", "τηλ", "טלפון", "טל", "هاتف", "جوال", "تلفن", "电话",
       "手机", "電話", "携帯", "전화", "휴대폰", "연락처", "โทร",
       // The labels and abbreviations signatures print in other languages
       // ("Tlf.", "Puh.", "Mobiel:", "Tél. :", "GSM:"), and the verbs that
       // ask for a call ("ligue para", "appelez-moi au", "bel me op").
       "tlf", "mobil", "mobiel", "telefoon", "tél", "portable", "puh", "puhelin", "gsm",
       "telemóvel", "fone", "cel", "κιν", "ligue", "llame", "llámame", "appelez", "chiama",
       "bellen", "bel me", "zadzwoń", "dzwoni", "soita", "zavolaj", "zavolej", "hívjon", "sunați",
       "me liga", "звоните", "телефонуйте", "καλέστε", "erreichen", "erreichbar",
       // Afrikaans, Georgian and Persian labels ("Selfoon:", "მობ.:",
       // "ტელ.:", "موبایل:", "تلفن همراه:").
       "selfoon", "foon", "ტელ", "მობ", "موبایل", "همراه", "الهاتف", "الجوال"},
      {"order", "invoice", "account", "tracking", "isbn", "serial", "reference", "ref", "id", "zip",
       "postal", "card", "iban", "ssn", "social security", "license", "licence", "passport",
       "version", "release", "build", "v",
       // Tax and company registration numbers, which take a phone's shape:
       // VAT, TVA, MwSt, USt-IdNr, NIF/CIF, SIREN/SIRET, ABN, GST, CVR, KvK.
       "vat", "tax", "tva", "mwst", "ust-id", "ustid", "nif", "cif", "siren", "siret", "abn", "gst",
       "cvr", "kvk", "btw-n",
       // The labels of other numbers a phone's shape can take: customer,
       // shipment, bank, product, meter and company numbers, as invoices,
       // parcels and forms of many countries print them.
       "kundennummer", "kunden-nr", "bestellnummer", "bestellung", "lieferschein", "zamówienie",
       "auftragsnummer", "rechnung", "konto", "blz", "sendungsnummer", "commande", "facture",
       "pedido", "factura", "fattura", "ticket", "case no", "case number", "booking",
       "confirmation", "policy", "claim", "member no", "membership", "parcel", "shipment",
       "waybill", "dhl", "dpd", "fedex", "ups", "usps", "sku", "part no", "p/n", "s/n", "item",
       "batch", "lot", "imei", "mac", "ean", "upc", "gtin", "issn", "ndc", "pzn", "sort code",
       "routing", "bsb", "nip", "regon", "krs", "cnpj", "cpf", "rut", "company no", "mpan", "mprn",
       "meter", "unix", "epoch", "timestamp", "patent", "lotto", "lottery", "cep", "pp", "pages",
       "views", "likes", "followers", "kwh",
       // Codes and contracts: "dial-in code", "PIN", "meeting ID".
       "code", "pin", "passcode", "contract", "vertrag", "contrat", "contrato",
       // National ids and registers grouped like phones: NHS, TFN, IRD,
       // Medicare, DUNS, company and student registration.
       "nhs", "tfn", "ird", "medicare", "duns", "registration", "student", "matriculation",
       // Personal ids of other countries grouped like phones: Danish CPR,
       // Polish PESEL, Dutch BSN, Finnish HETU, Indian Aadhaar, US NPI.
       "cpr", "pesel", "bsn", "hetu", "aadhaar", "npi", "voucher", "boarding",
       // Postcodes, which take a phone's shape in Iran (10 digits), Brazil,
       // Japan, Poland: the label in the languages and scripts that print it.
       "postcode", "post code", "plz", "postleitzahl", "code postal", "código postal",
       "codigo postal", "postnummer", "postinumero", "kod pocztowy", "индекс", "τκ", "מיקוד",
       "الرمز البريدي", "کد پستی", "کدپستی", "邮编", "邮政编码", "郵便番号", "우편번호",
       "รหัสไปรษณีย์", "पिन कोड", "पिनकोड",
       // Orders, invoices, accounts and tax ids in other scripts (the
       // words match in ASCII case only: Cyrillic and Greek both ways).
       "заказ", "Заказ", "замовлення", "Замовлення", "счёт", "Счёт", "счет", "Счет", "рахунок",
       "Рахунок", "инн", "ИНН", "іпн", "ІПН", "снилс", "СНИЛС", "огрн", "ОГРН", "договор",
       "Договор", "договір", "Договір", "накладна", "Накладна", "παραγγελία", "Παραγγελία",
       "τιμολόγιο", "Τιμολόγιο", "ΑΦΜ", "הזמנה", "חשבונית", "فاتورة", "سفارش", "فاکتور", "订单",
       "单号", "发票", "账号", "账户", "运单", "快递", "身份证", "注文", "請求書", "口座", "주문",
       "계좌", "송장", "คำสั่งซื้อ", "ใบแจ้งหนี้",
       // Customer, account, order, reference, tracking, tax, id, article
       // and registration numbers as forms, invoices and chats in French,
       // Spanish, Romanian, Czech, Finnish, Afrikaans and English label
       // them ("N° client :", "CLABE:", "Cod client:", "Číslo účtu:",
       // "Viitenumero:", "Rekeningnommer:", "Acc:", "SIN:").
       "customer", "acc", "acct", "member", "sin", "transit", "client", "compte", "dossier", "rib",
       "colis", "suivi", "réf", "référence", "article", "nas", "fiscal", "rcs", "cliente", "cuenta",
       "clabe", "rfc", "curp", "folio", "orden", "rastreo", "guía", "código", "referencia", "cnp",
       "cui", "comanda", "comenzii", "contul", "colet", "awb", "produs", "zákazníka", "objednávk",
       "symbol", "faktura", "účet", "účtu", "ičo", "dič", "rodné", "zásilk", "zboží", "asiakas",
       "tilaus", "viite", "lasku", "tili", "henkilötunnus", "y-tunnus", "tuotenumero", "rekisteri",
       "lähetystunnus", "kliënt", "bestel", "verwysing", "rekening", "takkode", "belasting",
       "registrasie", "artikel", "id-nommer", "poskode", "reg", "art", "ine", "serie",
       // (Capitals outside ASCII stay as written: "IČO", "DIČ", "Účet".)
       "iČo", "diČ", "Účet", "Účtu",
       // ... and in Arabic, Persian, Hebrew, Georgian and Thai.
       "الطلب", "طلبي", "الحساب", "المرجع", "العميل", "الشحنة", "الهوية", "الضريبي", "السجل",
       "المنتج", "مشتری", "پیگیری", "رهگیری", "حساب", "کارت", "ملی", "ثبت", "کالا", "לקוח",
       "אסמכתא", "חשבון", "משלוח", "זהות", "ת.ז", "ח.פ", "מק\"ט", "კლიენტის", "შეკვეთ", "ანგარიშ",
       "პირადი", "საიდენტიფიკაციო", "რეგისტრაციის", "ინდექსი", "კოდი", "הלקוח", "ההזמנה",
       "หมายเลขคำสั่งซื้อ", "โอนเข้าบัญชี", "เลขที่บัญชี", "บัญชี", "หมายเลขลูกค้า", "เลขที่คำสั่งซื้อ", "เลขที่อ้างอิง",
       "เลขพัสดุ", "เลขประจำตัว", "เลขบัตร", "รหัสสินค้า", "ทะเบียน"}};
  return words;
}

// A number's own label: the words between it and the previous number or
// field boundary (a line break, "|", ";"), as in "Kundennummer 48 1263 0625"
// or "IMEI 35 375798 470405 4" after "Mobile: +52 55 3122 1528 |". A label
// of its own speaks for the number alone: "mobile" two fields back does not
// make a customer number a phone, nor does "VAT" in the field before make a
// "Handy: +91 85429 12915" something else. Where the number has no word of
// its own ("Tel: 030 1234567 or 040 7654321"), the wider window is its label.
// Returns the text the context words are read in, and where the number
// starts in it; the whole text when the number has no label of its own.
struct LabelScope {
  std::string_view text;
  std::size_t start;
};

bool is_field_boundary(char c) {
  return c == '\n' || c == '|' || c == ';' || is_digit(c);
}

// What the words in [from, to) are: none, only connectives ("or", "und"),
// or a label of their own.
enum class LabelKind { empty, connective, own };

LabelKind label_kind(std::string_view text, std::size_t from, std::size_t to) {
  static constexpr std::string_view kConnectives[] = {
      "or", "and", "oder",  "und",   "ou", "et", "o",  "y",  "e",   "of", "on", "at",  "to",
      "is", "via", "under", "unter", "au", "al", "en", "op", "the", "me", "us", "also"};
  LabelKind kind = LabelKind::empty;
  for (std::size_t i = from; i < to;) {
    const auto letter = [&](std::size_t k) {
      return is_ascii_alpha(text[k]) || static_cast<unsigned char>(text[k]) >= 0x80;
    };
    if (!letter(i)) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < to && letter(j)) ++j;
    const std::string_view word = text.substr(i, j - i);
    bool connective = false;
    for (auto c : kConnectives) connective = connective || same_word(word, c);
    if (!connective) return LabelKind::own;
    kind = LabelKind::connective;
    i = j;
  }
  return kind;
}

LabelScope own_label_scope(std::string_view text, std::size_t start, std::size_t end) {
  const std::size_t limit = start > 56 ? start - 56 : 0;
  std::size_t from = start;
  for (bool first = true;; first = false) {
    while (from > limit && !is_field_boundary(text[from - 1])) --from;
    // A window that runs out before any boundary is prose: read as a whole.
    if (first && from == limit && limit > 0) return {text, start};
    const LabelKind kind = label_kind(text, from, start);
    if (kind == LabelKind::own || from <= limit) break;
    // "Tlf.: 3193 6079 / 40 76 01 45": a slash lists numbers as "or" does.
    const bool listed = kind == LabelKind::empty && from > limit && is_digit(text[from - 1]) &&
                        text.substr(from, start - from).find('/') != std::string_view::npos;
    if ((kind == LabelKind::connective || listed) && is_digit(text[from - 1])) {
      // "Tel: 030 1234567 or 040 7654321": the number before shares our
      // label; step over it and read on.
      while (from > limit &&
             (is_digit(text[from - 1]) || text[from - 1] == ' ' || text[from - 1] == '-' ||
              text[from - 1] == '.' || text[from - 1] == '(' || text[from - 1] == ')' ||
              text[from - 1] == '+' || text[from - 1] == '/'))
        --from;
      continue;
    }
    if (kind == LabelKind::empty && text[from - 1] == '\n') {
      // A label on the line above ("Phone\n+44 20 7946 0958"), when that
      // line holds no number of its own.
      std::size_t above = from - 1;
      while (above > limit && text[above - 1] != '\n' && !is_digit(text[above - 1])) --above;
      if (above == limit || text[above - 1] == '\n') from = above;
    }
    break;
  }
  // Words after the number up to the next field, comma or sentence end: a
  // label after it ("(order number)", "-Office,"); but words running on into another number
  // ("..., Invoice 2015-72571") are that one's label.
  std::size_t to = end;
  const std::size_t stop = std::min(text.size(), end + 28);
  while (to < stop && !is_field_boundary(text[to]) && text[to] != ',' &&
         !((text[to] == '.' || text[to] == '?' || text[to] == '!') && byte_at(text, to + 1) == ' '))
    ++to;
  // "(Student no. 14088496": a dot that ends an abbreviation before a number.
  if (to < stop && (is_digit(text[to]) || (text[to] == '.' && is_digit(byte_at(text, to + 2)))))
    to = end;
  return {text.substr(from, to - from), start - from};
}

// German, Dutch and Scandinavian write a number's label as one compound
// word ending in "nummer" ("Zugangsnummer 0815 4711 2342", "klantnummer",
// "kundnummer"): right before the number, one that is not a phone's
// ("Telefonnummer", "Handynummer", "Faxnummer", "Rufnummer") names another
// kind of number.
bool other_compound_number(std::string_view text, std::size_t start) {
  std::size_t at = start;
  while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == ':' || text[at - 1] == '.')) --at;
  std::size_t from = at;
  while (from > 0 && (is_ascii_alpha(text[from - 1]) || text[from - 1] == '-' ||
                      static_cast<unsigned char>(text[from - 1]) >= 0x80))
    --from;
  const std::string_view word = text.substr(from, at - from);
  if (word.size() < 8) return false;
  std::string low;
  for (char c : word) low.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  // Afrikaans writes "nommer" ("rekeningnommer"), Finnish "numero" and
  // "tunnus" ("viitenumero", "asiakasnumero", "y-tunnus").
  if (!low.ends_with("nummer") && !low.ends_with("nummern") && !low.ends_with("nommer") &&
      !low.ends_with("numero") && !low.ends_with("tunnus"))
    return false;
  // The lines a firm or a person is called on: service, hotline, emergency,
  // landline, switchboard, direct numbers.
  for (std::string_view phone :
       {"telefon",      "telefoon", "tel",         "handy",   "mobil",    "mobiel",  "fax",
        "ruf",          "tlf",      "notruf",      "notfall", "nood",     "alarm",   "durchwahl",
        "direkt",       "gsm",      "kontakt",     "contact", "service",  "hotline", "festnetz",
        "zentral",      "sammel",   "vermittlung", "växel",   "whatsapp", "sms",     "puhelin",
        "matkapuhelin", "selfoon",  "foon",        "kontak"})
    if (low.starts_with(phone)) return false;
  return true;
}

// Chinese, Japanese and Korean run a number's label into the sentence
// ("我的订单号是828 239 780", "お客様番号：0646 153495", "주문번호 388 3479
// 4695"), where no word starts for the context words to match. A label in
// the number's field that names a number ("号", "番号", "번호") or an account
// ("账户", "口座", "계좌") and no telephone names another kind of number.
bool cjk_other_number(std::string_view text, std::size_t start) {
  const std::size_t limit = start > 48 ? start - 48 : 0;
  std::size_t from = start;
  while (from > limit && text[from - 1] != '\n' && text[from - 1] != '|' && text[from - 1] != ';' &&
         !is_digit(text[from - 1]))
    --from;
  const std::string_view label = text.substr(from, start - from);
  bool names_number = false;
  for (std::string_view w : {"号", "號", "番号", "번호", "账户", "帳戶", "口座", "계좌", "운송장",
                             "品番", "マイナンバー"})
    names_number = names_number || label.find(w) != std::string_view::npos;
  if (!names_number) return false;
  for (std::string_view w :
       {"电话", "電話", "手机", "手機", "携帯", "ケータイ", "传真", "傳真", "전화", "휴대",
        "핸드폰", "연락처", "팩스", "TEL", "Tel", "tel", "FAX", "Fax", "fax"})
    if (label.find(w) != std::string_view::npos) return false;
  return true;
}

// The " / " at `slash` (its "/") separates an area code written with its
// trunk 0 (three to five digits, alone) from a subscriber number that does
// not open with 0 ("0151 / 234 567 89", "089 / 1234567"), as German and
// Austrian letters wrote them; not two numbers of a list.
bool area_code_slash(std::string_view text, std::size_t slash) {
  if (slash < 2 || slash + 2 >= text.size() || text[slash - 1] != ' ' || text[slash + 1] != ' ')
    return false;
  const char next = text[slash + 2];
  if (!is_digit(next) || next == '0') return false;
  std::size_t from = slash - 1;
  while (from > 0 && is_digit(text[from - 1])) --from;
  const std::size_t n = slash - 1 - from;
  if (n < 3 || n > 5 || text[from] != '0') return false;
  // Alone: not the last group of a longer number ("12 0151 / 2").
  const char before = byte_before(text, from);
  if (is_digit(before) || before == '-' || before == '.' || before == '/') return false;
  return before != ' ' || !is_digit(byte_before(text, from - 1));
}

// A table's column says what its values are: a number that is a whole field
// of a CSV or semicolon line ("Eliza;22 397 44 51") under a header line whose
// field in the same column is a phone word ("name;phone").
bool column_says_phone(std::string_view text, std::size_t start, std::size_t end) {
  const char before = byte_before(text, start), after = byte_at(text, end);
  const char sep = before == ';' || before == ',' || before == '\t' ? before : after;
  if (sep != ';' && sep != ',' && sep != '\t') return false;
  if ((before != sep && before != '\n' && start > 0) ||
      (after != sep && after != '\n' && after != '\r' && end < text.size()))
    return false;
  const std::size_t line = start == 0 ? 0 : text.rfind('\n', start - 1);
  if (line == std::string_view::npos || line == 0 || start - line > 200) return false;
  std::size_t column = 0;
  for (std::size_t i = line + 1; i < start; ++i) column += text[i] == sep;
  const std::size_t above = line == 0 ? 0 : text.rfind('\n', line - 1);
  const std::size_t from = above == std::string_view::npos ? 0 : above + 1;
  if (line - from > 200) return false;
  std::size_t field = from;
  for (std::size_t k = 0; k < column; ++k) {
    field = text.find(sep, field);
    if (field == std::string_view::npos || field >= line) return false;
    ++field;
  }
  std::size_t field_end = text.find(sep, field);
  if (field_end == std::string_view::npos || field_end > line) field_end = line;
  static const std::vector<std::string_view> kColumns = {
      "phone",    "telephone", "tel",      "mobile",   "cell",    "fax",     "telefon",
      "teléfono", "téléphone", "telefono", "telefone", "handy",   "mobil",   "celular",
      "móvil",    "portable",  "gsm",      "tlf",      "puhelin", "телефон", "電話",
      "电话",     "手机",      "전화",     "هاتف",     "טלפון",   "τηλέφωνο"};
  return mentions_any(text.substr(field, field_end - field), kColumns);
}

// How the words around a number speak for it: +0.35 when a phone word
// ("call", "fax") labels it, -0.35 when another number's word ("invoice",
// "code") does. When both are near and one of them is right by the number,
// that one labels it: "I phoned twice about invoice 652-744-7336" is an
// invoice number, "Ask for the code 606 016 430 when you call" a code,
// "about order 4829: please call 020 7946 0958" a phone.
// A phone word in the window around [start, end) (the short list only).
bool phone_word_near(std::string_view text, std::size_t start, std::size_t end) {
  static const ContextWords raising{phone_context().raising, {}};
  static const WordGate raising_gate(phone_context().raising);
  const std::size_t from = start > raising.before ? start - raising.before : 0;
  const std::size_t to = std::min(text.size(), end + raising.after);
  return raising_gate.any_in(text, from, to) &&
         score_with_context(text, start, end, 0.5, raising) > 0.5;
}

double nearest_context(std::string_view text, std::size_t start, std::size_t end) {
  static const ContextWords raising{phone_context().raising, {}};
  static const ContextWords lowering{{}, phone_context().lowering};
  static const WordGate raising_gate(phone_context().raising);
  static const WordGate lowering_gate(phone_context().lowering);
  // Most numbers have no context word near at all: two gates over the
  // window's word starts say so without comparing the (long) word lists.
  const std::size_t from_at = start > raising.before ? start - raising.before : 0;
  const std::size_t to_at = std::min(text.size(), end + raising.after);
  const bool may_raise = raising_gate.any_in(text, from_at, to_at);
  const bool may_lower = lowering_gate.any_in(text, from_at, to_at);
  const auto up = [&](std::string_view t, std::size_t s, std::size_t e) {
    return score_with_context(t, s, e, 0.5, raising) > 0.5;
  };
  const auto down = [&](std::string_view t, std::size_t s, std::size_t e) {
    return score_with_context(t, s, e, 0.5, lowering) < 0.5;
  };
  const bool raised = may_raise && up(text, start, end);
  const bool lowered = may_lower && down(text, start, end);
  if (raised != lowered) return raised ? raising.raise_by : -lowering.lower_by;
  if (!raised) return 0;
  const auto letter = [&](std::size_t i) {
    return is_ascii_alpha(text[i]) || static_cast<unsigned char>(text[i]) >= 0x80;
  };
  // Another number's word labels it only right by it ("invoice 652-744-7336",
  // "reference is 929 485 7004", "the code 606 016 430"); a phone word within
  // two words ("please call 020 …"). Further off, "call us about your account
  // on 020 7946 0958" is a sentence about both, and the two cancel.
  static constexpr std::string_view kFillers[] = {"is", "was", "no", "nr", "number", "num"};
  std::size_t from = start, to = end;
  for (int step = 0; step < 2 && (from > 0 || to < text.size()); ++step) {
    for (int words = 0; words < 3; ++words) {
      while (from > 0 && !letter(from - 1)) --from;
      const std::size_t word_end = from;
      while (from > 0 && letter(from - 1)) --from;
      bool filler = false;
      for (auto f : kFillers) filler = filler || same_word(text.substr(from, word_end - from), f);
      if (step > 0 || !filler) break;
    }
    while (to < text.size() && !letter(to)) ++to;
    while (to < text.size() && letter(to)) ++to;
    const std::string_view near = text.substr(from, to - from);
    const bool r = raising_gate.any_in(near) && up(near, start - from, end - from);
    const bool l = lowering_gate.any_in(near) && down(near, start - from, end - from);
    if (r != l) return r ? raising.raise_by : step == 0 ? -lowering.lower_by : 0;
    if (r) break;
  }
  return 0;
}

// Thousands separators: "89 473 907", "1 234 567", "803 218", "44.018.032"
// (a first group of one to three digits, then groups of three); some
// phones are written so too ("call 73 448 266"), so it takes a phone word
// to make one a phone. Spaces so
// only with a first group of one or two digits or two groups of three, as
// "612 345 678" is also how Spain and Poland write their mobiles.
bool thousands(const Grouping& g, std::string_view main) {
  if (g.sizes.size() < 2 || !same_separator(g.separators) || main[0] == '0' || g.sizes[0] > 3)
    return false;
  for (std::size_t i = 1; i < g.sizes.size(); ++i)
    if (g.sizes[i] != 3) return false;
  if (g.separators[0] == '.') return g.sizes.size() >= 3;
  return g.separators[0] == ' ' && (g.sizes[0] <= 2 || g.sizes.size() == 2);
}

// Shapes no numbering plan writes a national number in: a last group of
// one digit (a check digit); five or more pairs
// of digits not opening with a trunk 0 ("32 12 26 32 27", scores and
// temperatures), six or more pairs at all (a MAC address, lottery numbers);
// years in a row or a range ("2023 2024 2025", "1991-2017"); a date with
// spaces ("14 07 2025").
bool no_plan_writes(const Grouping& g, std::string_view main) {
  // A check digit alone at the end ("Medicare 3809 24909 7").
  if (g.sizes.size() >= 3 && g.sizes.back() == 1) return true;
  std::size_t pairs = 0;
  for (int size : g.sizes) pairs += size == 2;
  if (pairs == g.sizes.size() && (pairs >= 6 || (pairs >= 5 && main[0] != '0'))) return true;
  bool years = g.sizes.size() >= 2;
  for (std::size_t i = 0, at = 0; i < g.sizes.size() && years; ++i) {
    while (!is_digit(main[at])) ++at;
    const std::string_view group = main.substr(at, static_cast<std::size_t>(g.sizes[i]));
    years = g.sizes[i] == 4 && (group.substr(0, 2) == "19" || group.substr(0, 2) == "20");
    at += group.size();
  }
  if (years) return true;
  if (g.sizes.size() == 3 && g.sizes[0] <= 2 && g.sizes[1] <= 2 && g.sizes[2] == 4 &&
      g.separators == "  ") {
    const int day =
        std::atoi(std::string(main.substr(0, static_cast<std::size_t>(g.sizes[0]))).c_str());
    const std::size_t m = static_cast<std::size_t>(g.sizes[0]) + 1;
    const int month =
        std::atoi(std::string(main.substr(m, static_cast<std::size_t>(g.sizes[1]))).c_str());
    const std::string_view year = main.substr(m + static_cast<std::size_t>(g.sizes[1]) + 1, 4);
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12 &&
        (year.substr(0, 2) == "19" || year.substr(0, 2) == "20"))
      return true;
  }
  return false;
}

// A count or a measure: the number is followed by its unit ("786 717 km",
// "932 158 calls handled", "80 140 055 Kč").
bool followed_by_unit(std::string_view text, std::size_t end) {
  static constexpr std::string_view kUnits[] = {
      "km",        "kg",        "mm",         "cm",      "ml",       "kwh",       "mwh",
      "kw",        "mw",        "rpm",        "hz",      "kb",       "mb",        "gb",
      "tb",        "ms",        "kr",         "eur",     "euro",     "euros",     "usd",
      "chf",       "sek",       "nok",        "dkk",     "pln",      "czk",       "huf",
      "rub",       "inr",       "jpy",        "gbp",     "dollars",  "pounds",    "rupees",
      "yen",       "calls",     "people",     "persons", "members",  "responses", "votes",
      "views",     "likes",     "followers",  "users",   "visitors", "units",     "pcs",
      "items",     "copies",    "points",     "steps",   "miles",    "tons",      "tonnes",
      "litres",    "liters",    "metres",     "meters",  "bytes",    "shares",    "inhabitants",
      "residents", "downloads", "subscribers"};
  if (end + 1 >= text.size() || text[end] != ' ') return false;
  const std::size_t at = end + 1;
  const unsigned char first = static_cast<unsigned char>(byte_at(text, at));
  // Currency signs and units outside ASCII: €, ₽, ₹, Kč, zł, руб, m².
  const unsigned char second = static_cast<unsigned char>(byte_at(text, at + 1));
  if ((first == 0xE2 && second == 0x82) || (first == 0xC2 && (second == 0xA3 || second == 0xA5)))
    return true;
  if (text.substr(at, 3) == "Kč" || text.substr(at, 3) == "zł" || text.substr(at, 6) == "руб" ||
      text.substr(at, 4) == "m²")
    return true;
  const std::string_view word = word_at(text, at);
  if (word.empty() || is_digit(byte_at(text, at + word.size()))) return false;
  for (auto unit : kUnits)
    if (same_word(word, unit)) return true;
  return false;
}

// An amount: a currency sign or code right before the number ("€ 612 345
// 678", "USD 415 555 0132", "$ 1 234 567").
bool preceded_by_currency(std::string_view text, std::size_t start) {
  static constexpr std::string_view kCodes[] = {"eur", "usd", "gbp", "chf", "sek", "nok", "dkk",
                                                "pln", "czk", "huf", "jpy", "cny", "inr", "rub",
                                                "aud", "cad", "brl", "mxn", "zar", "try"};
  std::size_t at = start;
  while (at > 0 && text[at - 1] == ' ') --at;
  if (at == 0) return false;
  const char c = text[at - 1];
  if (c == '$') return true;
  if (at >= 2 && static_cast<unsigned char>(text[at - 2]) == 0xC2 &&
      (static_cast<unsigned char>(c) == 0xA3 || static_cast<unsigned char>(c) == 0xA5))
    return true;  // £ ¥
  if (at >= 3 && static_cast<unsigned char>(text[at - 3]) == 0xE2 &&
      static_cast<unsigned char>(text[at - 2]) == 0x82)
    return true;  // € ₹ ₽ and the other signs of the currency block
  const std::string_view word = word_before(text, at);
  for (auto code : kCodes)
    if (same_word(word, code)) return true;
  return false;
}

bool plus_sign(std::string_view main) {
  return main[0] == '+' || (main[0] == '(' && main.size() > 1 && main[1] == '+');
}

std::optional<Candidate> confirm_phone(const PhoneNumberChecker& phones, std::string_view text,
                                       std::size_t start, std::size_t end) {
  // A bracket around the whole number ("Ana (+45 30 00 62 31)", "(030
  // 901820)", "(+44 (0)20 7946 0958)") is the sentence's, not an area
  // code's: the run found opens with it and does not close it.
  if (byte_at(text, start) == '(') {
    const std::string_view run = text.substr(start, end - start);
    if (std::count(run.begin(), run.end(), '(') > std::count(run.begin(), run.end(), ')')) ++start;
  }
  const char before = byte_before(text, start);
  // "#388-335-6971": the number sign makes it a number of something else.
  if (glued_before(text, start) || before == '.' || before == '/' || before == '@' ||
      before == '#' || (before == '-' && is_digit(byte_before(text, start - 1))) || before == '+' ||
      // "INV-202-555-0143", "SKU-842-105-7248": a code's prefix joined by a dash.
      (before == '-' && is_ascii_alpha(byte_before(text, start - 1))))
    return std::nullopt;
  const char after = byte_at(text, end);
  if (glued_at(text, end) || after == ':' || after == '@' || after == '/' ||
      continues_number(text, end))
    return std::nullopt;
  const std::string_view s = text.substr(start, end - start);
  // A tel: link (RFC 3966) says what its digits are: "tel:+4930123456",
  // "tel:05414737976".
  // So does the text of such a link: <a href="tel:…">(11) 9 5493-9949</a>.
  bool link_text = false;
  if (before == '>' && byte_at(text, end) == '<') {
    const std::size_t open = text.rfind('<', start - 1);
    link_text = open != std::string_view::npos && start - open < 80 &&
                text.substr(open, start - open).find("href=\"tel:") != std::string_view::npos;
  }
  if ((start >= 4 && before == ':' && same_word(text.substr(start - 4, 3), "tel") &&
       !glued_before(text, start - 4)) ||
      link_text) {
    std::size_t n = 0;
    for (char c : s) n += is_digit(c);
    if (n >= 6 && n <= 15) return Candidate{start, end, 0.6, "phone_number"};
  }
  // The main number, without an extension.
  std::size_t main_end = s.size();
  for (std::size_t i = 0; i < s.size(); ++i)
    if (s[i] == 'x' || s[i] == 'X' || s[i] == 'e' || s[i] == 'E') {
      main_end = i;
      break;
    }
  std::string_view main = s.substr(0, main_end);
  while (!main.empty() && main.back() == ' ') main.remove_suffix(1);
  // Separators: one at a time, parentheses only as one leading pair.
  int open = 0, close = 0;
  for (std::size_t i = 0; i < main.size(); ++i) {
    const char c = main[i];
    if (c == '(') ++open;
    if (c == ')') ++close;
    if (i > 0 && !is_digit(c) && !is_digit(main[i - 1]) && !(main[i - 1] == ')' && c == ' ') &&
        !(main[i - 1] == ')' && c == '-') && !(main[i - 1] == '+' && c == '(') &&
        !(main[i - 1] == ' ' && c == '(') && !(i == 1 && main[0] == '(' && c == '+') &&
        // "0151 / 234 567 89": an area code's slash between spaces.
        !(main[i - 1] == ' ' && c == '/' && i + 1 < main.size() && main[i + 1] == ' ') &&
        !(main[i - 1] == '/' && c == ' ' && i >= 2 && main[i - 2] == ' '))
      return std::nullopt;
  }
  if (open != close || open > 1) return std::nullopt;
  // An area code in brackets opens the number, or follows its country code
  // ("+380 (97) 516-54-48", "+353 (0)83 599 7689").
  if (open == 1) {
    const std::size_t paren = main.find('(');
    std::size_t cc = 0;
    while (main[0] == '+' && cc + 1 < main.size() && is_digit(main[cc + 1])) ++cc;
    const bool after_country =
        main[0] == '+' && cc >= 1 && cc <= 3 && paren == cc + 2 && main[cc + 1] == ' ';
    if ((paren > 4 && !after_country) || main.find(')') < paren) return std::nullopt;
  }
  const Grouping g = grouping_of(main);
  const std::string digits = digits_of(main);
  if (digits.size() < 6 || digits.size() > 15) return std::nullopt;
  if (looks_like_date(g)) return std::nullopt;
  // A slash only after an area code, as in Germany, Italy and Slovakia
  // ("030/67845596", "06/93362968", "+421 2/212 345 67"): one, right after
  // the area code (after the country code in an international number), with
  // at least five digits of subscriber number after it. Otherwise a
  // fraction, a month or a path.
  if (const std::size_t at = main.find('/'); at != std::string_view::npos) {
    const bool international = main[0] == '+' || (main[0] == '0' && main[1] == '0');
    // The digit groups before the slash, the last one's length, and the
    // digits after it.
    std::size_t groups = 0, area = 0, after = 0;
    for (std::size_t i = 0; i < main.size(); ++i) {
      if (!is_digit(main[i])) continue;
      if (i > at) {
        ++after;
      } else {
        if (i == 0 || !is_digit(main[i - 1])) ++groups, area = 0;
        ++area;
      }
    }
    if (main.find('/', at + 1) != std::string_view::npos || groups != (international ? 2u : 1u) ||
        area > 5 || after < 5 || digits.size() < 8)
      return std::nullopt;
  }
  // One dot alone is a decimal point ("0.508106", "24.281820") unless it
  // follows a trunk prefix and area code ("030.123456"), which no decimal
  // opens with; a time range ("08.30-14.00") is two times.
  if (!plus_sign(main) && g.separators == "." && (main[0] != '0' || g.sizes[0] == 1))
    return std::nullopt;
  if (g.sizes.size() == 4 && g.separators == ".-." && g.sizes[0] == 2 && g.sizes[1] == 2 &&
      g.sizes[2] == 2 && g.sizes[3] == 2)
    return std::nullopt;
  // Dotted groups of one or two digits are versions ("20.35.85"), not phones.
  if (!g.separators.empty() && g.separators[0] == '.' && digits.size() < 7) return std::nullopt;
  // 123-45-6789 is the shape of an SSN, which no numbering plan writes so.
  if (g.sizes.size() == 3 && g.sizes[0] == 3 && g.sizes[1] == 2 && g.sizes[2] == 4 &&
      same_separator(g.separators) && g.separators[0] == '-')
    return std::nullopt;
  // Long runs are account numbers, not phones; except after a "+", which
  // opens an E.164 number ("+447400123456").
  const bool plus = main[0] == '+' || (main[0] == '(' && main.size() > 1 && main[1] == '+');
  // The regions of the scripts written around the number: its national
  // plans beside the configured ones.
  const std::size_t window_from = start > 200 ? start - 200 : 0;
  const std::string_view window = text.substr(window_from, end + 200 - window_from);
  for (int size : g.sizes)
    if (size > 10 && !plus) {
      // Except a mobile run together in the text of its country: Chinese
      // ("手机13800138000"), Japanese (070/080/090 and eight digits) and
      // Korean (010 and eight digits), whose plans give mobiles 11 digits.
      const ScriptRegions around = regions_of_scripts(window);
      const bool run_together = size == 11 && g.sizes.size() == 1;
      const bool chinese = around.has("CN") && digits[0] == '1' && digits[1] >= '3';
      // (Japanese text may be all kanji around the number: Han names JP too.)
      const bool japanese = (around.has("JP") || around.has("CN")) && digits[0] == '0' &&
                            digits[2] == '0' &&
                            (digits[1] == '7' || digits[1] == '8' || digits[1] == '9');
      const bool korean = around.has("KR") && digits.substr(0, 3) == "010";
      // Iranian mobiles, 09 and nine digits ("موبایل: 09358244334").
      const bool iranian = around.has("IR") && digits[0] == '0' && digits[1] == '9';
      if (!(run_together && (chinese || japanese || korean || iranian))) return std::nullopt;
    }
  if (g.sizes.size() == 4 && g.separators == "..." && ipv4_valid(main)) return std::nullopt;
  if (reads_as_street_number(text, start, end)) return std::nullopt;
  bool amount = false;
  if (!plus) {
    // Judged as the whole run of digit groups the number is part of: "6742
    // 9807" in "6742 9807 16 members", "32 12 26 32" in "32 12 26 32 27".
    std::size_t run_end = end;
    while (run_end + 1 < text.size() &&
           (text[run_end] == ' ' || text[run_end] == '-' || text[run_end] == '.') &&
           is_digit(text[run_end + 1])) {
      run_end += 1;
      while (run_end < text.size() && is_digit(text[run_end])) ++run_end;
    }
    const std::string_view run = text.substr(start, run_end - start);
    const Grouping whole = run_end == end ? g : grouping_of(run);
    if (no_plan_writes(whole, run) || followed_by_unit(text, run_end) ||
        preceded_by_currency(text, start))
      return std::nullopt;
    amount = thousands(whole, run);
  }
  // Context first: when words like "call" or "fax" are near, a number
  // grouped like a phone is reported without asking libphonenumber, which
  // is by far the most expensive step of a scan.
  const LabelScope scope = own_label_scope(text, start, end);
  const std::size_t scope_end = scope.start + (end - start);
  const bool phone_shaped = g.sizes.size() >= 2 && digits.size() <= 12;
  PhoneVerdict verdict = PhoneVerdict::not_a_number;
  bool checked = false;
  // A number written with its country code (+CC, 00CC) is a phone when a
  // phone word is near, and when it is valid in that country's plan whatever
  // label is near ("Phone (with country code): +44 20 7946 0958", "ring our
  // accounts team on +47 …"); only the rest need the other numbers' words.
  if (plus || (digits[0] == '0' && digits[1] == '0')) {
    if (phone_shaped && phone_word_near(scope.text, scope.start, scope_end))
      return Candidate{start, end, 0.5, "phone_number"};
    verdict = phones.check(s);
    checked = true;
    if (verdict == PhoneVerdict::valid) return Candidate{start, end, 0.55, "phone_number"};
    // A "+" and the country code, then a number of a length its plan has,
    // apart from the code: a phone, though the plan has not given out its
    // prefix yet or the number is made up ("+995 520 913 023"). (Ten digits
    // at least: "+12 345 678" is a count, and a local number's length is
    // possible in many plans.) Run together, E.164's way, eleven digits at
    // least: "+995506677073".
    if (verdict == PhoneVerdict::possible && plus &&
        ((g.sizes.size() >= 2 && digits.size() >= 10) || digits.size() >= 11))
      return Candidate{start, end, 0.5, "phone_number"};
  }
  if ((phone_shaped || plus) && !amount && column_says_phone(text, start, end))
    return Candidate{start, end, 0.5, "phone_number"};
  double context = nearest_context(scope.text, scope.start, scope_end);
  if (context == 0 && (other_compound_number(text, start) || cjk_other_number(text, start)))
    context = -phone_context().lower_by;
  // Grouped like an amount ("73 448 266"), a number is a phone only when a
  // word such as "call" says so.
  if (amount && context <= 0) return std::nullopt;
  double score = 0.15;
  if (context > 0 && phone_shaped) {
    score = 0.15;
  } else {
    // A national number is judged by the configured regions and by those
    // of the scripts written around it.
    // A national number of one or two digit groups with no phone word, in
    // a text whose script has plans of its own, is judged by those plans
    // alone: one or two groups is also how postcodes are written, and
    // "68608-16563" before a Persian town is a postcode however valid it is
    // as an Indian mobile, "158-7503" before a Japanese town, "0603287" in
    // a Hebrew address. (Three groups or more is a phone's writing: a number
    // of another plan so written in such a text is still judged by it.)
    if (!checked) {
      const ScriptRegions around = regions_of_scripts(window);
      // Where a postcode stands: before its town ("… 68608-16563 سبزوار",
      // "037-3599 由美子村"), after an address's comma (", 0958166"), or
      // after its town at the end of the line ("کرمان 85003-64061").
      const auto script_letter = [&](std::size_t at) {
        return static_cast<unsigned char>(byte_at(text, at)) >= 0x80 &&
               kind_of(code_point_at(text, at)) == Kind::letter;
      };
      const bool town_after = byte_at(text, end) == ' ' && script_letter(end + 1);
      const bool comma_before = start >= 2 && text[start - 1] == ' ' && text[start - 2] == ',';
      std::size_t lead = start >= 2 && text[start - 1] == ' ' ? start - 2 : 0;
      while (lead > 0 && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) --lead;
      const bool town_before = lead > 0 && script_letter(lead) &&
                               (end == text.size() || text[end] == '\n' || text[end] == ',');
      // Iran writes its ten-digit postcodes 5-5 with a dash, as no plan of
      // the Arabic script's countries writes a phone.
      const bool iranian_postcode = around.has("IR") && g.sizes.size() == 2 && g.sizes[0] == 5 &&
                                    g.sizes[1] == 5 && g.separators == "-";
      if (iranian_postcode) return std::nullopt;
      verdict = phones.check(
          s, around,
          around.size > 0 && g.sizes.size() <= 2 && (town_after || comma_before || town_before));
    }
    switch (verdict) {
      case PhoneVerdict::valid:
        score = 0.55;
        break;
      case PhoneVerdict::possible:
        score = 0.3;
        break;
      case PhoneVerdict::not_a_number:
        // Grouped like a phone number but in no configured plan: only with
        // context does it reach the threshold.
        if (!phone_shaped) return std::nullopt;
        break;
    }
  }
  score = std::clamp(score + context, 0.0, 1.0);
  return Candidate{start, end, score, "phone_number"};
}

// ---- credit card ----------------------------------------------------------

// How card numbers are printed and typed: in fours (the last group shorter:
// 4-4-4, 4-4-4-1, 4-4-4-4-3), American Express and Diners 4-6-5 and 4-6-4,
// and 19-digit numbers as 6-13; or not grouped at all.
bool card_grouping(const Grouping& g) {
  if (g.sizes.size() <= 1) return true;
  bool fours = true;
  for (std::size_t i = 0; i + 1 < g.sizes.size(); ++i) fours = fours && g.sizes[i] == 4;
  if (fours && g.sizes.back() <= 4) return true;
  if (g.sizes.size() == 3 && g.sizes[0] == 4 && g.sizes[1] == 6 &&
      (g.sizes[2] == 5 || g.sizes[2] == 4))
    return true;
  return g.sizes.size() == 2 && g.sizes[0] == 6 && g.sizes[1] == 13;
}

std::optional<Candidate> confirm_card(std::string_view text, std::size_t start, std::size_t end) {
  if (!stands_alone(text, start, end) || continues_number(text, end) ||
      preceded_by_number(text, start) || byte_before(text, start) == '+')
    return std::nullopt;
  const std::string_view s = text.substr(start, end - start);
  const Grouping g = grouping_of(s);
  if (!same_separator(g.separators) || !card_grouping(g)) return std::nullopt;
  // Part of a longer run of groups ("6011 0472 8717 5137 1"): the whole run
  // is the candidate, not its first or last groups.
  if (!g.separators.empty()) {
    const char sep = g.separators[0];
    if ((byte_at(text, end) == sep && is_digit(byte_at(text, end + 1))) ||
        (start >= 2 && text[start - 1] == sep && is_digit(text[start - 2])))
      return std::nullopt;
  }
  // Dots separate groups only in fours ("4539.3010.1967.3114"), never as
  // the one dot of a decimal.
  if (!g.separators.empty() && g.separators[0] == '.' && g.sizes.size() < 3) return std::nullopt;
  const std::string digits = digits_of(s);
  if (digits.size() < 12 || digits.size() > 19) return std::nullopt;
  if (digits.find_first_not_of(digits[0]) == std::string::npos) return std::nullopt;
  const std::optional<CardScheme> scheme = card_scheme(digits);
  const bool luhn = luhn_valid(digits);
  double score;
  if (scheme && luhn) {
    // Twelve digits is Maestro's shortest number: shorter than most order
    // and account numbers' check, so it is taken with less confidence.
    score = digits.size() == 12 ? 0.6 : 0.85;
  } else if (scheme && !scheme->always_luhn) {
    score = 0.4;  // a scheme without check digits: a card when the text says so
  } else if (luhn && digits.size() >= 13) {
    score = 0.4;  // passes Luhn, in no known range: needs "card" nearby
  } else {
    return std::nullopt;
  }
  return Candidate{start, end, score, "credit_card_luhn"};
}

// ---- IBAN -----------------------------------------------------------------

std::optional<Candidate> confirm_iban(std::string_view text, std::size_t start, std::size_t end) {
  if (!stands_alone(text, start, end)) return std::nullopt;
  std::string compact;
  const std::string_view s = text.substr(start, end - start);
  for (char c : s)
    if (c != ' ') compact.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  if (compact.size() != s.size()) {
    // Printed form: groups of four, the last one shorter.
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (s[i] == ' ') {
        if (run != 4) return std::nullopt;
        run = 0;
      } else {
        ++run;
      }
    }
    if (run == 0 || run > 4) return std::nullopt;
  }
  if (!iban_valid(compact)) return std::nullopt;
  return Candidate{start, end, 0.95, "iban_mod97"};
}

// ---- US SSN ---------------------------------------------------------------

std::optional<Candidate> confirm_ssn(std::string_view text, std::size_t start, std::size_t end) {
  if (!stands_alone(text, start, end) || continues_number(text, end) ||
      preceded_by_number(text, start))
    return std::nullopt;
  const std::string_view s = text.substr(start, end - start);
  const Grouping g = grouping_of(s);
  if (!same_separator(g.separators)) return std::nullopt;
  if (!us_ssn_valid(digits_of(s))) return std::nullopt;
  double score = 0.3;  // nine bare digits: an SSN only when the text says so
  if (!g.separators.empty()) score = g.separators[0] == '-' ? 0.6 : 0.45;
  return Candidate{start, end, score, "us_ssn_rules"};
}

// ---- IP addresses ---------------------------------------------------------

// A CIDR prefix length after an address: "/24" (IPv4: up to 32), not
// followed by more of a number or path ("10.0.0.0/24", not "1.2.3.4/56/7").
bool cidr_suffix_at(std::string_view text, std::size_t at) {
  if (byte_at(text, at) != '/' || !is_digit(byte_at(text, at + 1))) return false;
  std::size_t k = at + 1;
  int bits = 0;
  while (k < text.size() && k < at + 3 && is_digit(text[k])) bits = bits * 10 + (text[k++] - '0');
  const char next = byte_at(text, k);
  return bits <= 32 && !is_digit(next) && next != '/' && next != '.' && !glued_at(text, k);
}

// The digits and dots that run from `at` (forward) or end at `at`
// (backward) are a dotted quad: the other end of a range "10.0.0.1-10.0.0.20".
bool dotted_quad_from(std::string_view text, std::size_t at) {
  std::size_t k = at;
  while (k < text.size() && k < at + 16 && (is_digit(text[k]) || text[k] == '.')) ++k;
  while (k > at && text[k - 1] == '.') --k;
  return k < at + 16 && !glued_at(text, k) && ipv4_valid(text.substr(at, k - at));
}
bool dotted_quad_to(std::string_view text, std::size_t at) {
  std::size_t k = at;
  while (k > 0 && k + 16 > at && (is_digit(text[k - 1]) || text[k - 1] == '.')) --k;
  return k + 16 > at && !glued_before(text, k) && ipv4_valid(text.substr(k, at - k));
}

std::optional<Candidate> confirm_ipv4(std::string_view text, std::size_t start, std::size_t end) {
  const bool range_after = byte_at(text, end) == '-' && dotted_quad_from(text, end + 1);
  const bool range_before = byte_before(text, start) == '-' && dotted_quad_to(text, start - 1);
  if (!stands_alone(text, start, end) ||
      (continues_number(text, end) && !cidr_suffix_at(text, end) && !range_after) ||
      (preceded_by_number(text, start) && !range_before) || byte_before(text, start) == '.')
    return std::nullopt;
  // A dotted name goes on after it: a file ("foo-3.5.8.8.tar.gz") or a host
  // name ("1.2.3.4.nip.io").
  if (byte_at(text, end) == '.' && is_ascii_alpha(byte_at(text, end + 1))) return std::nullopt;
  if (!ipv4_valid(text.substr(start, end - start))) return std::nullopt;
  return Candidate{start, end, 0.6, "ipv4_address"};
}

std::optional<Candidate> confirm_ipv6(std::string_view text, std::size_t start, std::size_t end) {
  // An IPv4 tail ("::ffff:192.0.2.1", "64:ff9b::192.0.2.33"): the pattern
  // stops at its first dot; the address goes on to its end.
  bool tail = false;
  if (byte_at(text, end) == '.' && is_digit(byte_at(text, end + 1))) {
    std::size_t k = end;
    while (k < text.size() && k < end + 13 && (is_digit(text[k]) || text[k] == '.')) ++k;
    while (k > end && text[k - 1] == '.') --k;
    if (!is_digit(byte_at(text, k)) && ipv6_valid(text.substr(start, k - start))) {
      end = k;
      tail = true;
    }
  }
  const char before = byte_before(text, start), after = byte_at(text, end);
  if (glued_before(text, start) || before == ':' || glued_at(text, end) || after == ':')
    return std::nullopt;
  const std::string_view s = text.substr(start, end - start);
  if (!ipv6_valid(s)) return std::nullopt;
  int groups = 0;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (s[i] != ':' && (i == 0 || s[i - 1] == ':')) ++groups;
  // "[::1]:5432": in brackets one group is enough; not after a name, where
  // the brackets index ("x[::2]", a slice).
  const char opener = start >= 2 ? text[start - 2] : ' ';
  const bool in_brackets = before == '[' && after == ']' && !glued_before(text, start - 1) &&
                           opener != ')' && opener != ']';
  if (groups < (in_brackets ? 1 : 2)) return std::nullopt;
  const bool compressed = s.find("::") != std::string_view::npos;
  // As a URL writes it ("[2001:db8::1]:443", "http://[::1]/"), with a zone
  // ("fe80::1%eth0") or a prefix length ("2001:db8::/32", "fe80::1/64"):
  // only an IPv6 address is written so.
  const bool bracketed = before == '[' && after == ']';
  const bool zoned = after == '%' && is_ascii_alpha(byte_at(text, end + 1));
  bool prefixed = false;
  if (after == '/' && is_digit(byte_at(text, end + 1))) {
    std::size_t k = end + 1;
    int bits = 0;
    while (k < text.size() && k < end + 4 && is_digit(text[k]))
      bits = bits * 10 + (text[k++] - '0');
    prefixed = bits <= 128 && !is_digit(byte_at(text, k)) && !glued_at(text, k);
  }
  // Three groups or more, one of them three hex digits or more
  // ("2001:db8::5e6", "fd4f:9ed9:d::1b"): not a slice ("1:10::2") nor a
  // scope ("Abc::Def").
  std::size_t longest = 0, run = 0;
  for (char c : s) {
    run = c == ':' ? 0 : run + 1;
    longest = std::max(longest, run);
  }
  const bool plain =
      compressed && !bracketed && !zoned && !prefixed && !tail && (groups < 3 || longest < 3);
  return Candidate{start, end, plain ? 0.45 : 0.7, "ipv6_address"};
}

}  // namespace

std::vector<Rule> structured_rules(const PhoneNumberChecker& phones) {
  std::vector<Rule> rules;
  // Anchored on the "@"; the local part is found by scanning back from it,
  // so Hyperscan need not track where matches start (which for this pattern
  // costs as much as all the others together). A match must end at a word
  // boundary: "@example.c" inside "@example.com" is not reported at all.
  Rule email = make_rule(EntityType::email_address,
                         {R"(@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+\b)", false, false}, confirm_email,
                         {{"email", "e-mail", "mail", "contact"}, {}, 0.1});
  email.find_start = [](std::string_view text, std::size_t end) {
    static constexpr auto kLocalByte = [] {
      std::array<bool, 256> t{};
      for (int c = 0; c < 256; ++c)
        t[static_cast<std::size_t>(c)] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                                         (c >= 'A' && c <= 'Z') || c == '.' || c == '_' ||
                                         c == '%' || c == '+' || c == '-';
      return t;
    }();
    // Letters of other scripts belong to the local part too ("josé.garcía@",
    // "иван@": internationalised addresses, RFC 6531).
    std::size_t at = text.rfind('@', end - 1);
    while (at > 0) {
      if (kLocalByte[static_cast<unsigned char>(text[at - 1])]) {
        --at;
      } else if (static_cast<unsigned char>(text[at - 1]) >= 0x80 && glued_before(text, at)) {
        --at;
        while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
      } else {
        break;
      }
    }
    return at;
  };
  // What the pattern matches, found from each "@" (memchr) without Hyperscan:
  // every end, after at least one dot, that closes a label at a word boundary.
  email.find = [](std::string_view text, std::vector<PatternMatch>& out) {
    auto domain_byte = [](char c) { return is_digit(c) || is_ascii_alpha(c) || c == '-'; };
    const char* const base = text.data();
    const char* const stop = base + text.size();
    for (const char* p = base; p < stop;) {
      const void* hit = std::memchr(p, '@', static_cast<std::size_t>(stop - p));
      if (!hit) break;
      const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(hit) - base);
      p = static_cast<const char*>(hit) + 1;
      bool dotted = false;
      char prev = '@';
      // Letters of scripts written with spaces count as domain bytes
      // ("müller.de", "пример.рф"); a sequence is consumed whole.
      auto label_at = [&](std::size_t i) {
        return domain_byte(byte_at(text, i)) ||
               (static_cast<unsigned char>(byte_at(text, i)) >= 0x80 && glued_at(text, i));
      };
      for (std::size_t i = at + 1; i < text.size();) {
        const char c = text[i];
        std::size_t next_at = i + 1;
        if (c == '.') {
          if (prev == '.' || prev == '@' || !label_at(i + 1)) break;
          dotted = true;
        } else if (static_cast<unsigned char>(c) >= 0x80) {
          if (!glued_at(text, i)) break;
          while (next_at < text.size() &&
                 (static_cast<unsigned char>(text[next_at]) & 0xC0) == 0x80)
            ++next_at;
        } else if (!domain_byte(c)) {
          break;
        }
        prev = c;
        if (dotted && c != '-' && c != '.' && !glued_at(text, next_at))
          out.push_back({0, at, next_at});
        i = next_at;
      }
    }
  };
  rules.push_back(std::move(email));
  // Addresses spelled out to escape harvesters. Found from each "at" (in
  // either case) and "@", a match is confirmed by parsing it again.
  Rule obfuscated = make_rule(
      EntityType::email_address, {"", false, false},
      [](std::string_view text, std::size_t start, std::size_t end) -> std::optional<Candidate> {
        // `end` holds the mark's offset (see find).
        auto c = obfuscated_email(text, end);
        if (!c || c->start != start) return std::nullopt;
        return c;
      },
      // Only a label before it: "the price at checkout dot com, email us" is none.
      {{"email", "e-mail", "mail", "contact", "write", "reach"}, {}, 0.35, 0.35, 56, 0});
  // Every form has a bracketed mark ("[at]", "(dot)", "[.]", "[@]") or
  // the word "dot": the brackets are found from their closing byte, and the
  // words " at " and " dot " and "@" are looked for only in texts with a
  // dot spelled out (few).
  obfuscated.find = [](std::string_view text, std::vector<PatternMatch>& out) {
    const auto add = [&](std::size_t mark) {
      if (auto c = obfuscated_email(text, mark)) out.push_back({0, c->start, mark});
    };
    // The at mark at `open` (its bracket), and a space before it.
    const auto add_bracketed = [&](std::size_t open) {
      add(open);
      if (open > 0 && text[open - 1] == ' ') add(open - 1);
    };
    const auto inside = [&](std::size_t close, std::string_view what) {
      static constexpr std::string_view kOpen = "[({<", kClose = "])}>";
      if (close < what.size() + 1) return false;
      const std::size_t open = close - what.size() - 1;
      if (kOpen.find(text[open]) != kClose.find(text[close])) return false;
      const std::string_view in = text.substr(open + 1, what.size());
      bool lower = true, upper = true;
      for (std::size_t n = 0; n < what.size(); ++n) {
        lower = lower && in[n] == what[n];
        upper = upper && in[n] == (is_ascii_alpha(what[n]) ? what[n] - 32 : what[n]);
      }
      return lower || upper;
    };
    bool spelled_dot = false;
    // At byte `p`: a closing bracket, or " d" (" dot ").
    const auto look = [&](std::size_t p) {
      if (text[p] == ' ') {
        // (" dot " whole, in either case: most " d" open another word.)
        spelled_dot = spelled_dot || ((byte_at(text, p + 2) | 0x20) == 'o' &&
                                      (byte_at(text, p + 3) | 0x20) == 't' &&
                                      mark_at(text, p, "dot", '\x01').word);
        return;
      }
      if (inside(p, "at")) add_bracketed(p - 3);
      if (inside(p, "@")) add_bracketed(p - 2);
      spelled_dot = spelled_dot || inside(p, "dot") || inside(p, ".");
    };
    const auto candidate = [](char c, char next) {
      return c == ']' || c == ')' || c == '}' || c == '>' || (c == ' ' && (next | 0x20) == 'd');
    };
    std::size_t p = 0;
#if defined(SWITCHYARD_AVX2_PASSES)
    if (cpu_has_avx2()) p = obfuscation_marks_avx2(text, look);
#endif
#if defined(__SSE2__)
    // Sixteen bytes at a time: most have none of these.
    for (; p + 17 <= text.size(); p += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + p));
      const __m128i next =
          _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + p + 1)),
                       _mm_set1_epi8(0x20));
      const __m128i brackets = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(']')),
                                                         _mm_cmpeq_epi8(v, _mm_set1_epi8(')'))),
                                            _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('}')),
                                                         _mm_cmpeq_epi8(v, _mm_set1_epi8('>'))));
      const __m128i space_d = _mm_and_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
                                            _mm_cmpeq_epi8(next, _mm_set1_epi8('d')));
      for (auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(brackets, space_d)));
           mask != 0; mask &= mask - 1)
        look(p + static_cast<std::size_t>(__builtin_ctz(mask)));
    }
#endif
    for (; p < text.size(); ++p)
      if (candidate(text[p], byte_at(text, p + 1))) look(p);
    if (!spelled_dot) return;
    // memmem: a string_view's find stops at each byte like the needle's first.
    const auto find = [&](std::string_view needle, std::size_t from) -> std::size_t {
      if (from >= text.size()) return std::string_view::npos;
      const void* hit =
          memmem(text.data() + from, text.size() - from, needle.data(), needle.size());
      return hit ? static_cast<std::size_t>(static_cast<const char*>(hit) - text.data())
                 : std::string_view::npos;
    };
    for (const std::string_view needle : {" at ", " AT ", "@"})
      for (std::size_t p = find(needle, 0); p != std::string_view::npos; p = find(needle, p + 1))
        add(p);
  };
  rules.push_back(std::move(obfuscated));
  Rule phone =
      make_rule(EntityType::phone_number,
                {R"(\d[\d().\-/ ]{4,22}\d(?: ?(?:x|ext\.?|extension) ?\d{1,6})?\b)", true, false},
                [&phones](std::string_view text, std::size_t start, std::size_t end) {
                  return confirm_phone(phones, text, start, end);
                },
                // Scored inside confirm_phone, which needs it before the
                // expensive check.
                {});
  // Back over digits, separators and an extension ("x12", "ext. 12") to the
  // first digit, "(" or "+" of the run.
  phone.find_start = [](std::string_view text, std::size_t end) {
    std::size_t at = end;
    const std::size_t limit = end > 40 ? end - 40 : 0;
    static constexpr auto kPhoneByte = [] {
      std::array<bool, 256> t{};
      for (char c : std::string_view("0123456789().-/ +xXextnsio"))
        t[static_cast<unsigned char>(c)] = true;
      return t;
    }();
    while (at > limit && kPhoneByte[static_cast<unsigned char>(text[at - 1])]) {
      // " / " lists numbers ("Tel. 089 123456 / 0171 2345678"): the run
      // starts after it; unless it follows an area code with its trunk 0
      // alone and a subscriber number follows ("Handy 0151 / 234 567 89").
      if (text[at - 1] == ' ' && at >= 3 && text[at - 2] == '/' && text[at - 3] == ' ' &&
          !area_code_slash(text, at - 2))
        break;
      --at;
    }
    while (at < end && !is_digit(text[at]) && text[at] != '(' && text[at] != '+') ++at;
    return at;
  };
  rules.push_back(std::move(phone));
  rules.push_back(
      make_rule(EntityType::credit_card, {R"(\d(?:[ \-.]?\d){11,18})"}, confirm_card,
                {{"card",    "credit",   "debit", "visa",  "mastercard", "amex",    "cc",
                  "payment", "charge",   "pan",   "expir", "unionpay",   "maestro", "jcb",
                  "diners",  "discover", "rupay", "mir",   "refund",     "karte",   "carte",
                  "tarjeta", "carta",    "kaart", "cvv",   "cvc",        "pay"},
                 // Other numbers' labels: orders, parcels, serials, bookings.
                 {"order",         "tracking",       "invoice",      "isbn",      "iban",
                  "bestellnummer", "sendungsnummer", "kundennummer", "serial",    "s/n",
                  "sku",           "fedex",          "dhl",          "ups",       "usps",
                  "parcel",        "shipment",       "waybill",      "booking",   "imei",
                  "request id",    "meter",          "mpan",         "member no", "policy",
                  "voucher"},
                 0.15}));
  rules.push_back(make_rule(EntityType::iban_code, {R"([A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){11,30})"},
                            confirm_iban,
                            {{"iban", "account", "bank", "transfer", "wire", "sepa"}, {}, 0.05}));
  const ContextWords ssn_context{
      {"ssn", "ssns", "social security", "social sec", "ss#", "ss #", "taxpayer", "tin", "itin"},
      {"order", "invoice", "tracking", "isbn", "license", "licence", "passport", "mrn", "routing",
       "phone", "fax", "call", "account"}};
  // Fixed length: the start is eleven bytes before the end, and Hyperscan
  // need not track it (SOM costs this pattern and the dotted quad below an
  // eighth of the main pass).
  Rule ssn = make_rule(EntityType::us_ssn, {R"(\d{3}[ \-]\d{2}[ \-]\d{4})", false, false},
                       confirm_ssn, ssn_context);
  ssn.find_start = [](std::string_view, std::size_t end) { return end - 11; };
  rules.push_back(std::move(ssn));
  Rule bare_ssn = make_rule(EntityType::us_ssn, {R"(\d{9})"}, confirm_ssn, ssn_context);
  bare_ssn.max_score = 0.3;  // nine digits without separators
  bare_ssn.digit_run = 9;
  rules.push_back(std::move(bare_ssn));
  const ContextWords ip_context{
      {"ip", "ipv4", "ipv6", "address", "host", "server", "addr", "connect", "ping", "browse",
       "firewall", "blocked", "subnet", "gateway", "dns"},
      // Dotted numbers of other things: versions, sections, OIDs. ("v" glued
      // to a number is not an address anyway; "-v" alone is a command's flag.)
      {"version", "release", "build", "section", "chapter", "clause", "article", "§", "firmware",
       "driver", "package", "oid"},
      0.3};
  Rule ipv4 = make_rule(EntityType::ip_address, {R"(\d{1,3}(?:\.\d{1,3}){3})", false, false},
                        confirm_ipv4, ip_context);
  // The leftmost start of a dotted quad ending at `end`: back over the last
  // three groups (each the digits after a dot) and up to three digits more.
  ipv4.find_start = [](std::string_view text, std::size_t end) {
    std::size_t at = end;
    for (int dots = 0; dots < 3; ++dots) {
      while (at > 0 && is_digit(text[at - 1])) --at;
      if (at > 0 && text[at - 1] == '.') --at;
    }
    for (int digits = 0; digits < 3 && at > 0 && is_digit(text[at - 1]); ++digits) --at;
    return at;
  };
  rules.push_back(std::move(ipv4));
  rules.push_back(make_rule(EntityType::ip_address,
                            {R"([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})"}, confirm_ipv6,
                            ip_context));
  return rules;
}

}  // namespace switchyard::privacy
