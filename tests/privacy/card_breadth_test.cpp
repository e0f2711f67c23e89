// Card numbers of every scheme and issued length, in every notation, built
// here from the schemes' published issuer ranges; and the numbers of card
// length that are not cards (failing Luhn, order and tracking numbers).
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "privacy/detector_checks.hpp"
#include "switchyard/privacy/checksums.hpp"
#include "switchyard/privacy/detector.hpp"

namespace switchyard::privacy {
namespace {

using checks::detector;

std::vector<std::string> cards_in(std::string_view text) {
  std::vector<std::string> out;
  for (const Finding& f : detector().scan(text))
    if (f.type == EntityType::credit_card) out.emplace_back(f.text_in(text));
  return out;
}

char luhn_digit(const std::string& body) {
  int sum = 0;
  bool twice = true;
  for (auto it = body.rbegin(); it != body.rend(); ++it) {
    int d = *it - '0';
    if (twice) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
    twice = !twice;
  }
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

// `prefix`, random digits, and a Luhn check digit: `length` digits.
std::string card(std::mt19937& rng, const std::string& prefix, int length) {
  std::string body = prefix;
  std::uniform_int_distribution<int> digit(0, 9);
  while (static_cast<int>(body.size()) < length - 1)
    body.push_back(static_cast<char>('0' + digit(rng)));
  return body + luhn_digit(body);
}

std::string grouped(const std::string& d, const std::vector<int>& sizes, char sep) {
  std::string out;
  std::size_t at = 0;
  for (int s : sizes) {
    if (!out.empty()) out.push_back(sep);
    out += d.substr(at, static_cast<std::size_t>(s));
    at += static_cast<std::size_t>(s);
  }
  return out;
}

std::vector<int> fours(int n) {
  std::vector<int> sizes;
  for (; n > 0; n -= 4) sizes.push_back(n < 4 ? n : 4);
  return sizes;
}

struct Scheme {
  const char* name;
  std::vector<std::string> prefixes;  // samples across the issuer ranges
  std::vector<int> lengths;
};

const std::vector<Scheme>& schemes() {
  static const std::vector<Scheme> kSchemes = {
      {"visa", {"4", "45", "49"}, {13, 16, 19}},
      {"mastercard", {"51", "53", "55", "2221", "2500", "2720"}, {16}},
      {"amex", {"34", "37"}, {15}},
      {"discover", {"6011", "644", "649", "65"}, {16, 17, 18, 19}},
      {"jcb", {"3528", "3550", "3589"}, {16, 17, 18, 19}},
      {"diners", {"300", "305", "3095", "36", "38", "39"}, {14, 15, 16, 17, 18, 19}},
      {"maestro", {"50", "56", "58", "639", "67"}, {12, 13, 14, 15, 16, 17, 18, 19}},
      {"unionpay", {"62", "622126", "622925"}, {16, 17, 18, 19}},
      {"mir", {"2200", "2204"}, {16, 17, 18, 19}},
      {"rupay", {"60", "81", "82", "508", "353", "356"}, {16}},
      {"troy", {"9792"}, {16}},
      {"verve", {"506099", "506198", "650002", "650027"}, {16, 18, 19}},
      {"dankort", {"5019"}, {16}},
      {"interpayment", {"636"}, {16, 17, 18, 19}},
      {"uatp", {"1"}, {15}},
  };
  return kSchemes;
}

TEST(CardBreadth, EverySchemeAndIssuedLengthInEveryNotation) {
  std::mt19937 rng(15);
  int checked = 0;
  for (const Scheme& scheme : schemes()) {
    for (const std::string& prefix : scheme.prefixes) {
      for (int length : scheme.lengths) {
        const std::string d = card(rng, prefix, length);
        ASSERT_TRUE(card_scheme(d).has_value()) << scheme.name << " " << d;
        std::vector<std::string> notations = {d, grouped(d, fours(length), ' '),
                                              grouped(d, fours(length), '-'),
                                              grouped(d, fours(length), '.')};
        if (length == 15) notations.push_back(grouped(d, {4, 6, 5}, ' '));
        if (length == 14) notations.push_back(grouped(d, {4, 6, 4}, '-'));
        if (length == 19) notations.push_back(grouped(d, {6, 13}, ' '));
        for (const std::string& n : notations) {
          // Alone, at the start, in the middle and at the end of a text,
          // with and without a context word.
          for (const std::string& text :
               {n, n + " is my card", "Please charge " + n + " today.", "card: " + n,
                "{\"pan\":\"" + n + "\"}", "paid with " + n}) {
            EXPECT_EQ(cards_in(text), std::vector<std::string>{n}) << scheme.name << ": " << text;
            ++checked;
          }
        }
      }
    }
  }
  EXPECT_GT(checked, 1000);
}

TEST(CardBreadth, SchemesNameTheirRanges) {
  EXPECT_EQ(card_issuer("2200000000000004"), "mir");
  EXPECT_EQ(card_issuer("2221000000000009"), "mastercard");
  EXPECT_EQ(card_issuer("6200000000000005"), "unionpay");
  EXPECT_EQ(card_issuer("8100000000000000"), "rupay");
  EXPECT_EQ(card_issuer("9792000000000001"), "troy");
  EXPECT_EQ(card_issuer("561200000000"), "maestro");          // twelve digits
  EXPECT_FALSE(card_issuer("411111111111").has_value());      // Visa issues no 12-digit numbers
  EXPECT_FALSE(card_issuer("2210000000000000").has_value());  // between Mir and Mastercard
  EXPECT_FALSE(card_issuer("9792000000000").has_value());     // Troy: 16 digits only
  EXPECT_TRUE(card_scheme("6200000000000005")->always_luhn == false);
}

TEST(CardBreadth, LuhnFailuresAreNotCardsInAnyNotation) {
  std::mt19937 rng(16);
  for (const Scheme& scheme : schemes()) {
    if (std::string(scheme.name) == "unionpay") continue;  // checked below
    for (int length : scheme.lengths) {
      std::string d = card(rng, scheme.prefixes[0], length);
      d.back() = static_cast<char>('0' + (d.back() - '0' + 3) % 10);
      for (const std::string& n :
           {d, grouped(d, fours(length), ' '), grouped(d, fours(length), '-')}) {
        EXPECT_TRUE(cards_in("card number " + n).empty()) << scheme.name << ": " << n;
        EXPECT_TRUE(cards_in("Reference " + n + " does not match.").empty()) << n;
      }
    }
  }
}

// UnionPay issues numbers without a Luhn digit: such a number is a card when
// the text says so, and only then.
TEST(CardBreadth, ANumberWithoutCheckDigitNeedsContext) {
  const std::string d = "6228410145425227";  // UnionPay range, fails Luhn
  ASSERT_FALSE(luhn_valid(d));
  EXPECT_EQ(cards_in("Credit card no. " + d), std::vector<std::string>{d});
  EXPECT_EQ(cards_in("my UnionPay card is 6228 4101 4542 5227."),
            std::vector<std::string>{"6228 4101 4542 5227"});
  EXPECT_TRUE(cards_in("Shipment " + d + " left the depot.").empty());
  // A Luhn-valid number in no scheme's range: also only with context.
  EXPECT_TRUE(cards_in("ticket 7000000000000005 closed").empty());
  EXPECT_EQ(cards_in("debit card 7000000000000005"), std::vector<std::string>{"7000000000000005"});
}

TEST(CardBreadth, NearMissesOfCardLengthAreNotCards) {
  for (const char* text : {
           "Order #100234598 ships Monday; invoice INV-482913.",
           "ISBN 978-3-16-148410-0 costs $12.99",
           "Tracking 1Z999AA10123456784, parcel 420123456789",
           "IMEI 490154203237518",               // Luhn-valid, 15 digits, no scheme
           "timestamp 1712345678901 ms",         // 13 digits
           "version 4.5.1.2024.11.30 released",  // dotted, not groups of four
           "price 4539.30 and 1019.67",          // decimals
           "call +4915123456789 now",            // a phone, not a card
           "GTIN 4006381333931",                 // EAN-13
           "Account 0012 3456 7890 1234 5678",   // 20 digits
           "1111 1111 1111 1111",                // one repeated digit
           "4539 3010-1967 3114",                // mixed separators
           "45393 01019 67311 4",                // not a card grouping
       }) {
    EXPECT_TRUE(cards_in(text).empty()) << text;
  }
}

}  // namespace
}  // namespace switchyard::privacy
