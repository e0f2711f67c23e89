// Check digits and numbering rules that tell a real identifier from a number
// that merely has the right shape. Each function takes the identifier in
// compact form (no spaces or dashes) unless it says otherwise.
#pragma once

#include <optional>
#include <string_view>

namespace switchyard::privacy {

// Luhn mod-10 over a string of decimal digits.
bool luhn_valid(std::string_view digits);

// A card network's numbers: its name, and whether every number it issues
// ends in a Luhn check digit (UnionPay's, for one, need not).
struct CardScheme {
  std::string_view name;
  bool always_luhn = true;
};

// The card network whose issuer ranges (IIN prefixes) and issued lengths
// `digits` falls in, or nullopt. Every scheme with its own ranges: Visa,
// Mastercard (51-55 and 2221-2720), American Express, Discover, JCB, Diners
// Club, UnionPay, Mir, RuPay, Troy, Verve, Dankort, InterPayment, UATP, and
// Maestro (12 to 19 digits) for the ranges it shares with domestic schemes.
std::optional<CardScheme> card_scheme(std::string_view digits);

// card_scheme(digits)->name, for callers that want the name only ("visa",
// "mastercard", "amex", ...).
std::optional<std::string_view> card_issuer(std::string_view digits);

// Length registered for the IBAN country code (ISO 13616), or 0 if none.
int iban_length(std::string_view country_code);

// Upper-case letters and digits: known country, its length, and mod-97 == 1.
bool iban_valid(std::string_view compact_upper);

// US SSN rules since 2011: area not 000, 666 or 9xx; group not 00; serial
// not 0000; plus well-known published examples (078-05-1120, 123-45-6789)
// and numbers of one repeated digit. Takes exactly nine digits.
bool us_ssn_valid(std::string_view nine_digits);

// Dotted quad, each part 0-255 without leading zeros.
bool ipv4_valid(std::string_view text);

// Eight hex groups, or fewer with one "::"; an embedded IPv4 tail is allowed.
bool ipv6_valid(std::string_view text);

// A calendar date that exists (leap years included).
bool date_exists(int year, int month, int day);

// Shannon entropy of the byte distribution, in bits per byte.
double shannon_entropy(std::string_view text);

}  // namespace switchyard::privacy
