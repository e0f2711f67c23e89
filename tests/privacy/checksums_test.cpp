#include "switchyard/privacy/checksums.hpp"

#include <gtest/gtest.h>

namespace switchyard::privacy {
namespace {

TEST(Luhn, AcceptsValidAndRejectsOneDigitOff) {
  EXPECT_TRUE(luhn_valid("4539301019673114"));
  EXPECT_TRUE(luhn_valid("378282246310005"));
  EXPECT_FALSE(luhn_valid("4539301019673115"));
  EXPECT_FALSE(luhn_valid(""));
  EXPECT_FALSE(luhn_valid("4539 3010"));
}

TEST(CardIssuer, KnowsRangesAndLengths) {
  EXPECT_EQ(card_issuer("4539301019673114"), "visa");
  EXPECT_EQ(card_issuer("5210402405591275"), "mastercard");
  EXPECT_EQ(card_issuer("2221000000000009"), "mastercard");
  EXPECT_EQ(card_issuer("378282246310005"), "amex");
  EXPECT_EQ(card_issuer("6011111111111117"), "discover");
  EXPECT_FALSE(card_issuer("1234567812345670").has_value());
  EXPECT_FALSE(card_issuer("45393010196731").has_value());  // Visa has no 14-digit numbers
}

TEST(Iban, ChecksLengthAndMod97) {
  EXPECT_TRUE(iban_valid("GB82WEST12345698765432"));
  EXPECT_TRUE(iban_valid("DE89370400440532013000"));
  EXPECT_TRUE(iban_valid("GB61VFHS82148941232867"));
  EXPECT_FALSE(iban_valid("GB82WEST12345698765433"));  // checksum
  EXPECT_FALSE(iban_valid("DE8937040044053201300"));   // length for DE
  EXPECT_FALSE(iban_valid("XX82WEST12345698765432"));  // no such country
  EXPECT_EQ(iban_length("NO"), 15);
  EXPECT_EQ(iban_length("ZZ"), 0);
}

TEST(UsSsn, RejectsInvalidAreasGroupsSerials) {
  EXPECT_TRUE(us_ssn_valid("364213719"));
  EXPECT_TRUE(us_ssn_valid("772123456"));  // randomised issuance since 2011
  EXPECT_FALSE(us_ssn_valid("000123456"));
  EXPECT_FALSE(us_ssn_valid("666123456"));
  EXPECT_FALSE(us_ssn_valid("912123456"));
  EXPECT_FALSE(us_ssn_valid("364003719"));
  EXPECT_FALSE(us_ssn_valid("364210000"));
  EXPECT_FALSE(us_ssn_valid("078051120"));
  EXPECT_FALSE(us_ssn_valid("111111111"));
  EXPECT_FALSE(us_ssn_valid("36421371"));
}

TEST(IpAddress, Version4) {
  EXPECT_TRUE(ipv4_valid("10.218.6.131"));
  EXPECT_TRUE(ipv4_valid("0.0.0.0"));
  EXPECT_FALSE(ipv4_valid("256.1.1.1"));
  EXPECT_FALSE(ipv4_valid("1.2.3"));
  EXPECT_FALSE(ipv4_valid("01.2.3.4"));
  EXPECT_FALSE(ipv4_valid("1.2.3.4.5"));
}

TEST(IpAddress, Version6) {
  EXPECT_TRUE(ipv6_valid("d80:e4b5:79da:6cf6:71f3:51f7:9161:c319"));
  EXPECT_TRUE(ipv6_valid("fe80::1"));
  EXPECT_TRUE(ipv6_valid("::ffff:10.0.0.1"));
  EXPECT_FALSE(ipv6_valid("12:40:13"));
  EXPECT_FALSE(ipv6_valid("1::2::3"));
  EXPECT_FALSE(ipv6_valid("12345::1"));
  EXPECT_FALSE(ipv6_valid("g::1"));
}

TEST(Dates, ExistOnTheCalendar) {
  EXPECT_TRUE(date_exists(2000, 2, 29));
  EXPECT_FALSE(date_exists(1900, 2, 29));
  EXPECT_FALSE(date_exists(2021, 4, 31));
  EXPECT_FALSE(date_exists(2021, 13, 1));
}

TEST(Entropy, RandomBeatsRepetitive) {
  EXPECT_DOUBLE_EQ(shannon_entropy("aaaa"), 0.0);
  EXPECT_GT(shannon_entropy("x7Gh2kLq9ZpR4tWm"), 3.5);
}

}  // namespace
}  // namespace switchyard::privacy
