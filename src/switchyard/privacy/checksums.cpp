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

std::optional<std::string_view> card_issuer(std::string_view digits) {
  if (!all_digits(digits)) return std::nullopt;
  const std::size_t n = digits.size();
  const int p1 = prefix_number(digits, 1), p2 = prefix_number(digits, 2),
            p3 = prefix_number(digits, 3), p4 = prefix_number(digits, 4),
            p6 = prefix_number(digits, 6);
  if (p1 == 4 && (n == 13 || n == 16 || n == 19)) return "visa";
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n == 16) return "mastercard";
  if ((p2 == 34 || p2 == 37) && n == 15) return "amex";
  if ((p4 == 6011 || p2 == 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925)) &&
      n >= 16 && n <= 19)
    return "discover";
  if (p4 >= 3528 && p4 <= 3589 && n >= 16 && n <= 19) return "jcb";
  if (((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39) && n >= 14 && n <= 19)
    return "diners";
  if (p2 == 62 && n >= 16 && n <= 19) return "unionpay";
  if ((p2 == 50 || (p2 >= 56 && p2 <= 69)) && n >= 12 && n <= 19) return "maestro";
  return std::nullopt;
}

int iban_length(std::string_view cc) {
  // ISO 13616 registry (SWIFT), plus the countries that joined recently.
  static constexpr std::pair<std::string_view, int> kLengths[] = {
      {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16},
      {"BG", 22}, {"BH", 22}, {"BI", 27}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22},
      {"CY", 28}, {"CZ", 24}, {"DE", 22}, {"DJ", 27}, {"DK", 18}, {"DO", 28}, {"EE", 20},
      {"EG", 29}, {"ES", 24}, {"FI", 18}, {"FK", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22},
      {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27}, {"GT", 28}, {"HR", 21}, {"HU", 28},
      {"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IS", 26}, {"IT", 27}, {"JO", 30}, {"KW", 30},
      {"KZ", 20}, {"LB", 28}, {"LC", 32}, {"LI", 21}, {"LT", 20}, {"LU", 20}, {"LV", 21},
      {"LY", 25}, {"MC", 27}, {"MD", 24}, {"ME", 22}, {"MK", 19}, {"MN", 20}, {"MR", 27},
      {"MT", 31}, {"MU", 30}, {"NI", 28}, {"NL", 18}, {"NO", 15}, {"OM", 23}, {"PK", 24},
      {"PL", 28}, {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"RU", 33},
      {"SA", 24}, {"SC", 31}, {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27},
      {"SO", 23}, {"ST", 25}, {"SV", 28}, {"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29},
      {"VA", 22}, {"VG", 24}, {"XK", 20}, {"YE", 30},
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
