#include "switchyard/privacy/checksums.hpp"

#include <array>
#include <cmath>
#include <string>
#include <utility>

namespace switchyard::privacy {

namespace {

bool all_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

int prefix_number(std::string_view digits, std::size_t n) {
  int v = 0;
  for (std::size_t i = 0; i < n && i < digits.size(); ++i) v = v * 10 + (digits[i] - '0');
  return v;
}

bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

}  // namespace

bool luhn_valid(std::string_view digits) {
  if (!all_digits(digits)) return false;
  int sum = 0;
  bool twice = false;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    int d = *it - '0';
    if (twice) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    twice = !twice;
  }
  return sum % 10 == 0;
}

namespace {

// One issuer range: numbers starting with a `digits`-long prefix in
// [low, high], of a length in `lengths` (bit n set: n digits issued).
struct CardRange {
  std::string_view scheme;
  int digits, low, high;
  unsigned lengths;
  bool always_luhn;
};

constexpr unsigned lengths_between(int from, int to) {
  unsigned bits = 0;
  for (int n = from; n <= to; ++n) bits |= 1u << n;
  return bits;
}
constexpr unsigned kVisaLengths = 1u << 13 | 1u << 16 | 1u << 19;
constexpr unsigned k16 = 1u << 16;

// Published issuer ranges and lengths of each network (most specific ranges
// first: the first range that holds the number names its scheme).
constexpr CardRange kCardRanges[] = {
    {"mir", 4, 2200, 2204, lengths_between(16, 19), true},
    {"mastercard", 4, 2221, 2720, k16, true},
    {"visa", 1, 4, 4, kVisaLengths, true},
    {"mastercard", 2, 51, 55, k16, true},
    {"amex", 2, 34, 34, 1u << 15, true},
    {"amex", 2, 37, 37, 1u << 15, true},
    {"discover", 4, 6011, 6011, lengths_between(16, 19), true},
    // UnionPay's range, carried on the Discover network: not always Luhn.
    {"unionpay", 6, 622126, 622925, lengths_between(16, 19), false},
    {"discover", 3, 644, 649, lengths_between(16, 19), true},
    {"verve", 6, 650002, 650027, 1u << 16 | 1u << 18 | 1u << 19, true},
    {"discover", 2, 65, 65, lengths_between(16, 19), true},  // also RuPay's 65
    {"jcb", 4, 3528, 3589, lengths_between(16, 19), true},
    {"diners", 4, 3095, 3095, lengths_between(14, 19), true},
    {"diners", 3, 300, 305, lengths_between(14, 19), true},
    {"diners", 2, 36, 36, lengths_between(14, 19), true},
    {"diners", 2, 38, 39, lengths_between(14, 19), true},
    {"rupay", 3, 353, 353, k16, true},
    {"rupay", 3, 356, 356, k16, true},
    {"rupay", 3, 508, 508, k16, true},
    {"rupay", 2, 60, 60, k16, true},
    {"rupay", 2, 81, 82, k16, true},
    {"unionpay", 2, 62, 62, lengths_between(16, 19), false},
    {"verve", 6, 506099, 506198, 1u << 16 | 1u << 18 | 1u << 19, true},
    {"dankort", 4, 5019, 5019, k16, true},
    {"interpayment", 3, 636, 636, lengths_between(16, 19), true},
    {"troy", 4, 9792, 9792, k16, true},
    {"uatp", 1, 1, 1, 1u << 15, true},
    // Maestro's ranges, shared with many domestic debit schemes.
    {"maestro", 2, 50, 50, lengths_between(12, 19), true},
    {"maestro", 2, 56, 69, lengths_between(12, 19), true},
};

}  // namespace

std::optional<CardScheme> card_scheme(std::string_view digits) {
  if (!all_digits(digits)) return std::nullopt;
  const std::size_t n = digits.size();
  if (n > 19) return std::nullopt;
  for (const CardRange& r : kCardRanges) {
    if (!(r.lengths >> n & 1u)) continue;
    const int prefix = prefix_number(digits, static_cast<std::size_t>(r.digits));
    if (prefix >= r.low && prefix <= r.high) return CardScheme{r.scheme, r.always_luhn};
  }
  return std::nullopt;
}

std::optional<std::string_view> card_issuer(std::string_view digits) {
  if (auto scheme = card_scheme(digits)) return scheme->name;
  return std::nullopt;
}

int iban_length(std::string_view cc) {
  // ISO 13616 registry (SWIFT), plus the countries that joined recently.
  static constexpr std::pair<std::string_view, int> kLengths[] = {
      {"AD", 24},
      {"AE", 23},
      {"AL", 28},
      {"AT", 20},
      {"AZ", 28},
      {"BA", 20},
      {"BE", 16},
      {"BG", 22},
      {"BH", 22},
      {"BI", 27},
      {"BR", 29},
      {"BY", 28},
      {"CH", 21},
      {"CR", 22},
      {"CY", 28},
      {"CZ", 24},
      {"DE", 22},
      {"DJ", 27},
      {"DK", 18},
      {"DO", 28},
      {"EE", 20},
      {"EG", 29},
      {"ES", 24},
      {"FI", 18},
      {"FK", 18},
      {"FO", 18},
      {"FR", 27},
      {"GB", 22},
      {"GE", 22},
      {"GI", 23},
      {"GL", 18},
      {"GR", 27},
      {"GT", 28},
      {"HR", 21},
      {"HU", 28},
      {"IE", 22},
      {"IL", 23},
      {"IQ", 23},
      {"IS", 26},
      {"IT", 27},
      {"JO", 30},
      {"KW", 30},
      {"KZ", 20},
      {"LB", 28},
      {"LC", 32},
      {"LI", 21},
      {"LT", 20},
      {"LU", 20},
      {"LV", 21},
      {"LY", 25},
      {"MC", 27},
      {"MD", 24},
      {"ME", 22},
      {"MK", 19},
      {"MN", 20},
      {"MR", 27},
      {"MT", 31},
      {"MU", 30},
      {"NI", 28},
      {"NL", 18},
      {"NO", 15},
      {"OM", 23},
      {"PK", 24},
      {"PL", 28},
      {"PS", 29},
      {"PT", 25},
      {"QA", 29},
      {"RO", 24},
      {"RS", 22},
      {"RU", 33},
      {"SA", 24},
      {"SC", 31},
      {"SD", 18},
      {"SE", 24},
      {"SI", 19},
      {"SK", 24},
      {"SM", 27},
      {"SO", 23},
      {"ST", 25},
      {"SV", 28},
      {"TL", 23},
      {"TN", 24},
      {"TR", 26},
      {"UA", 29},
      {"VA", 22},
      {"VG", 24},
      {"XK", 20},
      {"YE", 30},
      // Countries that use IBANs outside the registry (national banking
      // rules, published by their central banks).
      {"AO", 25},
      {"BF", 28},
      {"BJ", 28},
      {"CF", 27},
      {"CG", 27},
      {"CI", 28},
      {"CM", 27},
      {"CV", 25},
      {"DZ", 26},
      {"GA", 27},
      {"GQ", 27},
      {"GW", 25},
      {"HN", 28},
      {"IR", 26},
      {"KM", 27},
      {"MA", 28},
      {"MG", 27},
      {"ML", 28},
      {"MZ", 25},
      {"NE", 28},
      {"SN", 28},
      {"TD", 27},
      {"TG", 28},
  };
  for (const auto& [code, length] : kLengths)
    if (code == cc) return length;
  return 0;
}

bool iban_valid(std::string_view s) {
  if (s.size() < 15 || s.size() > 34) return false;
  if (iban_length(s.substr(0, 2)) != static_cast<int>(s.size())) return false;
  if (!all_digits(s.substr(2, 2))) return false;
  // Move the first four characters to the end, letters become 10..35, and the
  // whole number mod 97 must be 1; computed digit by digit to stay in range.
  int remainder = 0;
  for (std::size_t k = 0; k < s.size(); ++k) {
    char c = s[(k + 4) % s.size()];
    if (c >= '0' && c <= '9') {
      remainder = (remainder * 10 + (c - '0')) % 97;
    } else if (c >= 'A' && c <= 'Z') {
      remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
    } else {
      return false;
    }
  }
  return remainder == 1;
}

bool us_ssn_valid(std::string_view d) {
  if (d.size() != 9 || !all_digits(d)) return false;
  const int area = prefix_number(d, 3);
  const int group = prefix_number(d.substr(3), 2);
  const int serial = prefix_number(d.substr(5), 4);
  if (area == 0 || area == 666 || area >= 900) return false;
  if (group == 0 || serial == 0) return false;
  if (d == "078051120" || d == "123456789" || d == "219099999") return false;
  if (d.find_first_not_of(d[0]) == std::string_view::npos) return false;
  return true;
}

bool ipv4_valid(std::string_view s) {
  int parts = 0;
  std::size_t i = 0;
  while (i <= s.size()) {
    std::size_t j = s.find('.', i);
    if (j == std::string_view::npos) j = s.size();
    std::string_view part = s.substr(i, j - i);
    if (part.empty() || part.size() > 3 || !all_digits(part)) return false;
    if (part.size() > 1 && part[0] == '0') return false;
    if (prefix_number(part, 3) > 255) return false;
    ++parts;
    i = j + 1;
    if (j == s.size()) break;
  }
  return parts == 4;
}

bool ipv6_valid(std::string_view s) {
  if (s.size() < 2 || s.size() > 45) return false;
  const std::size_t gap = s.find("::");
  if (gap != std::string_view::npos && s.find("::", gap + 1) != std::string_view::npos)
    return false;
  int groups = 0;
  auto count_groups = [&](std::string_view part) {
    if (part.empty()) return true;
    std::size_t i = 0;
    while (true) {
      std::size_t j = part.find(':', i);
      std::string_view g = part.substr(i, j == std::string_view::npos ? part.npos : j - i);
      if (j == std::string_view::npos && g.find('.') != std::string_view::npos) {
        if (!ipv4_valid(g)) return false;
        groups += 2;
        return true;
      }
      if (g.empty() || g.size() > 4) return false;
      for (char c : g)
        if (!is_hex(c)) return false;
      ++groups;
      if (j == std::string_view::npos) return true;
      i = j + 1;
    }
  };
  if (gap == std::string_view::npos) return count_groups(s) && groups == 8;
  return count_groups(s.substr(0, gap)) && count_groups(s.substr(gap + 2)) && groups < 8;
}

bool date_exists(int year, int month, int day) {
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  if (day > kDays[static_cast<std::size_t>(month - 1)]) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return !(month == 2 && day == 29 && !leap);
}

double shannon_entropy(std::string_view text) {
  if (text.empty()) return 0;
  std::array<int, 256> counts{};
  for (unsigned char c : text) ++counts[c];
  double bits = 0;
  const double n = static_cast<double>(text.size());
  for (int count : counts) {
    if (count == 0) continue;
    const double p = count / n;
    bits -= p * std::log2(p);
  }
  return bits;
}

}  // namespace switchyard::privacy
