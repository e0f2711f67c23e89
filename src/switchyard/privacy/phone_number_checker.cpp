#include "switchyard/privacy/phone_number_checker.hpp"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <list>
#include <utility>

#include "switchyard/privacy/rule.hpp"  // code_point_at
#include "switchyard/privacy/scripts.hpp"

namespace switchyard::privacy {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// The number is built from its digits rather than with PhoneNumberUtil::Parse:
// Parse runs a dozen ICU regular expressions over the text (tens of µs), and
// IsValidNumber tries every region sharing a country code (25 for +1). The
// candidate's shape is already checked, so only the numbering plan of the
// regions in question is asked.
PhoneVerdict judge(const PhoneNumberUtil& util, int country_code, std::string_view nsn,
                   const std::string& region) {
  if (nsn.size() < 4 || nsn.size() > 14) return PhoneVerdict::not_a_number;
  PhoneNumber number;
  number.set_country_code(country_code);
  std::size_t zeros = 0;
  while (zeros < nsn.size() && nsn[zeros] == '0') ++zeros;
  if (zeros > 0) {  // Italian-style numbers keep their leading zeros
    number.set_italian_leading_zero(true);
    number.set_number_of_leading_zeros(static_cast<int>(zeros));
  }
  number.set_national_number(std::stoull(std::string(nsn)));
  if (util.IsValidNumberForRegion(number, region)) return PhoneVerdict::valid;
  if (util.IsPossibleNumber(number)) return PhoneVerdict::possible;
  return PhoneVerdict::not_a_number;
}

// North American numbers follow one public rule (NPA-NXX-XXXX: area code and
// exchange start with 2-9, neither is N11). libphonenumber's US metadata
// instead lists every assigned area code in one vast regular expression that
// ICU needs hundreds of µs to reject a number with.
PhoneVerdict nanp_verdict(std::string_view ten) {
  if (ten.size() != 10)
    return ten.size() == 7 ? PhoneVerdict::possible : PhoneVerdict::not_a_number;
  if (ten[0] < '2' || ten[3] < '2') return PhoneVerdict::possible;
  if ((ten[1] == '1' && ten[2] == '1') || (ten[4] == '1' && ten[5] == '1'))
    return PhoneVerdict::possible;
  return PhoneVerdict::valid;
}

// The digits of the number, without its extension, and without the "(0)"
// that international numbers of many European countries carry for callers
// at home ("+44 (0)20 7946 0958": the 0 is the trunk prefix, dialled only
// nationally).
std::string digits_before_extension(std::string_view text) {
  std::string digits;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == 'x' || c == 'X' || c == 'e' || c == 'E' || c == '#') break;
    if (c == '(' && text.substr(i, 3) == "(0)" && !digits.empty()) {
      i += 2;
      continue;
    }
    if (c >= '0' && c <= '9') digits.push_back(c);
  }
  return digits;
}

// Regions whose national numbers are always written with their trunk prefix
// ("030 1234567", never "30 1234567"): a number without it is not one of
// theirs. Not so in India, where mobiles are written without the 0, and
// Brazil, where the 0 goes with a carrier code; nor in North America, where
// the 1 is optional; Italy's 0 is part of the number (its mobiles have none).
// China's and Nepal's mobiles are written without the 0 their landlines
// carry ("138 0013 8000", "98 4123 4567").
bool trunk_always_written(const std::string& region) {
  static constexpr std::string_view kOptional[] = {"IN", "BR", "US", "CA", "IT",
                                                   "SM", "VA", "CN", "NP"};
  for (std::string_view r : kOptional)
    if (r == region) return false;
  return true;
}

// The lengths of the digit groups of a national number as written, before
// its extension ("(415) 555-0132": 3, 3, 4).
std::vector<int> digit_groups(std::string_view text) {
  std::vector<int> groups;
  int run = 0;
  for (char c : text) {
    if (c == 'x' || c == 'X' || c == 'e' || c == 'E' || c == '#') break;
    if (c >= '0' && c <= '9') {
      ++run;
    } else if (run > 0) {
      groups.push_back(run);
      run = 0;
    }
  }
  if (run > 0) groups.push_back(run);
  return groups;
}

// Some plans take most numbers of their length, with no trunk prefix to
// mark them: NANP's NPA-NXX rule (two ten-digit numbers in three), India's
// mobiles (any ten digits from 6 to 9), Spain's nine digits from 6 to 9,
// Italy's mobiles (nine or ten digits from 3, their operator code first).
// Written in their customary groups they are such a number: NANP 3-3-4
// ("(415) 555-0132", "415.555.0132") or run together; India 5-5 ("98765
// 43210"), 3-3-4, 4-3-3; Spain 3-3-3, 3-2-2-2, 2-3-2-2 ("91 234 56 78");
// Italy's mobiles with their three-digit operator code first.
// Grouped otherwise — "48 1263 0625", "9014 8671 93", "87 5023 4666", an
// EIN's "72-7989267" — they are customer, account, parcel and tax numbers
// that happen to fall in the plan: possible, so a word such as "call" must
// still say so.
bool written_as(std::string_view region, std::vector<int> groups, std::size_t digits) {
  if (groups.size() >= 2 && groups[0] == 1 && digits == 11) groups.erase(groups.begin());
  if (groups.size() == 1) return true;
  const auto is = [&](std::initializer_list<int> shape) {
    return std::equal(groups.begin(), groups.end(), shape.begin(), shape.end());
  };
  if (region == "IN") return is({5, 5}) || is({3, 3, 4}) || is({4, 3, 3});
  if (region == "ES") return is({3, 3, 3}) || is({3, 2, 2, 2}) || is({2, 3, 2, 2});
  if (region == "IT") return groups[0] == 3;  // "333 123 4567", "333-1234567"
  return is({3, 3, 4}) || is({3, 7});
}

}  // namespace

ScriptRegions regions_of_scripts(std::string_view text) {
  constexpr unsigned kCyrillic = 1u << 0, kGreek = 1u << 1, kArmenian = 1u << 2, kHebrew = 1u << 3,
                     kArabic = 1u << 4, kDevanagari = 1u << 5, kBengali = 1u << 6,
                     kSouthIndian = 1u << 7,  // Gurmukhi to Malayalam
      kSinhala = 1u << 8, kThai = 1u << 9, kGeorgian = 1u << 10, kKana = 1u << 11, kHan = 1u << 12,
                     kHangul = 1u << 13;
  // Which scripts occur (scripts.hpp), in the blocks their letters are
  // written with: the basic Cyrillic and Greek blocks, not their
  // supplements; Hangul's jamo and syllables, CJK's unified ideographs, the
  // kana's full-width blocks. (As the lead bytes read them before the table:
  // U+1080-U+109F, Myanmar's last letters, count as Georgian, and U+4DC0-
  // U+4DFF, the Yijing hexagrams between Han's blocks, as Han.)
  auto seen_of = [=](char32_t c) -> unsigned {
    switch (script_of(c)) {
      case Script::cyrillic:
        return c <= 0x04FF ? kCyrillic : 0;
      case Script::greek:
        return c <= 0x03FF ? kGreek : 0;
      case Script::armenian:
        return kArmenian;
      case Script::hebrew:
        return kHebrew;
      case Script::arabic:
        return kArabic;
      case Script::devanagari:
        return kDevanagari;
      case Script::bengali:
        return kBengali;
      case Script::gurmukhi:
      case Script::gujarati:
      case Script::oriya:
      case Script::tamil:
      case Script::telugu:
      case Script::kannada:
      case Script::malayalam:
        return kSouthIndian;
      case Script::sinhala:
        return kSinhala;
      case Script::thai:
        return kThai;
      case Script::myanmar:
        return c >= 0x1080 ? kGeorgian : 0;
      case Script::georgian:
        return kGeorgian;
      case Script::hangul:
        return c <= 0x11FF || (c >= 0xAC00 && c <= 0xD7BF) ? kHangul : 0;
      case Script::hiragana:
        return kKana;
      case Script::katakana:
        return c <= 0x30FF ? kKana : 0;
      case Script::han:
        return c <= 0x9FFF ? kHan : 0;
      default:
        return c >= 0x4DC0 && c <= 0x4DFF ? kHan : 0;
    }
  };
  unsigned seen = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n; ++i) {
    // ASCII eight bytes at a time: most windows hold no other script.
    while (i + 8 <= n) {
      std::uint64_t word;
      std::memcpy(&word, p + i, 8);
      if (word & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    const unsigned char b = p[i];
    if (b < 0xC0) continue;  // ASCII, or a sequence's later byte
    const std::size_t len = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    if (i + len <= n) {
      seen |= seen_of(code_point_at(text, i));
    } else {
      // A window cut inside a character (windows are cut at a byte count):
      // its block from the bytes there are.
      char whole[4] = {static_cast<char>(b), '\x80', '\x80', '\x80'};
      for (std::size_t k = 1; i + k < n; ++k) whole[k] = static_cast<char>(p[i + k]);
      seen |= seen_of(code_point_at(std::string_view(whole, len), 0));
    }
  }
  // The regions of each script with their own numbering plan, where
  // numbers carry a trunk prefix or a length that sets them apart (not Hong
  // Kong's or Singapore's eight digits, which most codes also have).
  static constexpr std::pair<unsigned, std::string_view> kRegions[] = {
      {kCyrillic, "RU UA BY KZ BG RS MK"},
      {kGreek, "GR CY"},
      {kArmenian, "AM"},
      {kHebrew, "IL"},
      {kArabic, "SA AE EG MA DZ JO IQ PK IR"},
      {kDevanagari, "IN NP"},
      {kBengali, "BD IN"},
      {kSouthIndian, "IN"},
      {kSinhala, "LK"},
      {kThai, "TH"},
      {kGeorgian, "GE"},
      {kKana, "JP"},
      {kHan, "CN TW"},
      {kHangul, "KR"},
  };
  ScriptRegions out;
  for (const auto& [script, regions] : kRegions) {
    if (!(seen & script)) continue;
    for (std::size_t at = 0; at + 2 <= regions.size(); at += 3) {
      const std::string_view r = regions.substr(at, 2);
      if (out.has(r)) continue;
      if (out.size < out.regions.size()) out.regions[out.size++] = r;
    }
  }
  return out;
}

PhoneNumberChecker::PhoneNumberChecker(std::vector<std::string> regions)
    : regions_(std::move(regions)) {
  if (regions_.empty()) regions_.push_back("US");
}

PhoneVerdict PhoneNumberChecker::check(std::string_view candidate, const ScriptRegions& more,
                                       bool only_more) const {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  std::string digits = digits_before_extension(candidate);
  std::size_t at = candidate.find_first_not_of(" (");
  const bool plus = at != std::string_view::npos && candidate[at] == '+';
  // International: +CC..., or the 00 / 011 exit codes. The country code is
  // the one-to-three-digit prefix that names a country.
  if (plus || digits.rfind("00", 0) == 0 || digits.rfind("011", 0) == 0) {
    if (!plus) digits.erase(0, digits.rfind("011", 0) == 0 ? 3 : 2);
    for (std::size_t len = 1; len <= 3 && len < digits.size(); ++len) {
      const int cc = std::stoi(digits.substr(0, len));
      if (cc == 1) return nanp_verdict(std::string_view(digits).substr(1));
      std::string region;
      util.GetRegionCodeForCountryCode(cc, &region);
      if (region == "ZZ" || region == "001") continue;
      const std::string_view nsn = std::string_view(digits).substr(len);
      const PhoneVerdict main = judge(util, cc, nsn, region);
      if (main == PhoneVerdict::valid) return main;
      // The other regions that share the code (+44: Jersey, Guernsey, the
      // Isle of Man; +7: Kazakhstan; +61: Christmas Island), each with its
      // own ranges; asked only when the main region declines.
      std::list<std::string> sharing;
      util.GetRegionCodesForCountryCallingCode(cc, &sharing);
      for (const std::string& other : sharing)
        if (other != region && judge(util, cc, nsn, other) == PhoneVerdict::valid)
          return PhoneVerdict::valid;
      return main;
    }
    return PhoneVerdict::not_a_number;
  }
  PhoneVerdict best = PhoneVerdict::not_a_number;
  auto judged_by = [&](const std::string& region) {
    std::string_view nsn = digits;
    std::string trunk;
    util.GetNddPrefixForRegion(region, true, &trunk);
    // Strip the national (trunk) prefix, "0" in most of Europe, "1" in NANP
    // when the number has eleven digits.
    if (!trunk.empty() && nsn.substr(0, trunk.size()) == trunk &&
        (trunk != "1" || nsn.size() == 11) && region != "IT") {
      nsn.remove_prefix(trunk.size());
    } else if (!trunk.empty() && trunk_always_written(region)) {
      return PhoneVerdict::not_a_number;
    }
    const int cc = util.GetCountryCodeForRegion(region);
    PhoneVerdict v = cc == 1 ? nanp_verdict(nsn) : judge(util, cc, nsn, region);
    if (v == PhoneVerdict::valid &&
        (cc == 1 || region == "ES" || (region == "IN" && nsn.size() == digits.size()) ||
         (region == "IT" && nsn[0] == '3')) &&
        !written_as(region, digit_groups(candidate), digits.size()))
      v = PhoneVerdict::possible;
    return v;
  };
  if (!only_more)
    for (const std::string& region : regions_) {
      const PhoneVerdict v = judged_by(region);
      if (v == PhoneVerdict::valid) return v;
      if (v == PhoneVerdict::possible) best = v;
    }
  for (std::size_t k = 0; k < more.size; ++k) {
    const std::string region(more.regions[k]);
    if (!only_more && std::find(regions_.begin(), regions_.end(), region) != regions_.end())
      continue;
    const PhoneVerdict v = judged_by(region);
    if (v == PhoneVerdict::valid) return v;
    if (v == PhoneVerdict::possible) best = v;
  }
  return best;
}

}  // namespace switchyard::privacy
