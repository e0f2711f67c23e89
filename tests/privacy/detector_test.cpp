#include "switchyard/privacy/detector.hpp"
#include "switchyard/privacy/gazetteer.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <thread>

namespace switchyard::privacy {
namespace {

const Detector& shared_detector() {
  static const Detector d;
  return d;
}

// The findings of one type, as the text they cover.
std::vector<std::string> found(std::string_view text, EntityType type,
                               const Detector& d = shared_detector()) {
  std::vector<std::string> out;
  for (const Finding& f : d.scan(text))
    if (f.type == type) out.emplace_back(f.text_in(text));
  return out;
}

using V = std::vector<std::string>;

TEST(Detector, EmptyAndPlainTextHaveNoFindings) {
  EXPECT_TRUE(shared_detector().scan("").empty());
  EXPECT_TRUE(
      shared_detector().scan("Please summarise the meeting notes in three bullets.").empty());
}

// scan_for_patterns is scan whenever a pattern finds something (the names
// included: they take part in who wins a span), and finds nothing where
// only the word pass would have.
TEST(Detector, ScanForPatternsIsScanWhereAPatternFinds) {
  const Detector& d = shared_detector();
  auto same = [](const std::vector<Finding>& a, const std::vector<Finding>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (a[i].type != b[i].type || a[i].start != b[i].start || a[i].end != b[i].end ||
          a[i].score != b[i].score)
        return false;
    return true;
  };
  for (std::string_view text :
       {"Hello, this is Dr. Kent Jaworski, mail me at kent.jaworski@example.com",
        "Mr. Ford called from 415-555-0132 about SSN 536-22-8146 in Rotterdam."}) {
    const auto all = d.scan(text);
    ASSERT_TRUE(std::any_of(all.begin(), all.end(), [](const Finding& f) {
      return f.type == EntityType::person;
    })) << text;
    EXPECT_TRUE(same(d.scan_for_patterns(text), all)) << text;
  }
  const std::string_view names_only = "Hello, this is Dr. Kent Jaworski. Who are you?";
  ASSERT_FALSE(d.scan(names_only).empty());
  EXPECT_TRUE(d.scan_for_patterns(names_only).empty());
  EXPECT_TRUE(d.scan_for_patterns("").empty());
}

TEST(Detector, Email) {
  EXPECT_EQ(found("What's your email? PeterFriedman@cuvox.de.", EntityType::email_address),
            V{"PeterFriedman@cuvox.de"});
  EXPECT_TRUE(found("not an address: foo@bar", EntityType::email_address).empty());
  // Internationalised addresses (RFC 6531): letters of other scripts in the
  // local part and the domain, found whole — before, "josé.garcía@correo.es"
  // was found as "a@correo.es", and redaction left the rest in the text.
  for (const char* email :
       {"josé.garcía@correo.es", "jörg@müller.de", "иван@пример.рф", "αλέξης@παράδειγμα.ελ"})
    EXPECT_EQ(found(std::string("mail ") + email + " today", EntityType::email_address), V{email});
  EXPECT_EQ(found("メール：anna@example.comです", EntityType::email_address),
            V{"anna@example.com"});
  EXPECT_TRUE(found("спасибо@всем", EntityType::email_address).empty());
}

TEST(Detector, CreditCardNeedsLuhnAndIssuer) {
  EXPECT_EQ(found("card 4539301019673114 lost", EntityType::credit_card), V{"4539301019673114"});
  EXPECT_EQ(found("card 4539 3010 1967 3114 lost", EntityType::credit_card),
            V{"4539 3010 1967 3114"});
  EXPECT_TRUE(found("card 4539301019673115 lost", EntityType::credit_card).empty());
  EXPECT_TRUE(found("card 4539 3010-1967 3114", EntityType::credit_card).empty());  // mixed
}

TEST(Detector, IbanNeedsChecksum) {
  EXPECT_EQ(found("My IBAN is GB82 WEST 1234 5698 7654 32", EntityType::iban_code),
            V{"GB82 WEST 1234 5698 7654 32"});
  EXPECT_EQ(found("my iban is gb61vfhs82148941232867", EntityType::iban_code),
            V{"gb61vfhs82148941232867"});
  EXPECT_TRUE(found("My IBAN is GB82WEST12345698765433", EntityType::iban_code).empty());
}

TEST(Detector, SsnRulesAndContext) {
  EXPECT_EQ(found("Here's my SSN: 308-63-0237", EntityType::us_ssn), V{"308-63-0237"});
  EXPECT_TRUE(found("Here's my SSN: 000-63-0237", EntityType::us_ssn).empty());
  EXPECT_TRUE(found("Here's my SSN: 666-63-0237", EntityType::us_ssn).empty());
  EXPECT_TRUE(found("Here's my SSN: 308-00-0237", EntityType::us_ssn).empty());
  EXPECT_TRUE(found("Here's my SSN: 308-63-0000", EntityType::us_ssn).empty());
  // Nine bare digits are an SSN only when the text says so.
  EXPECT_EQ(found("social security number 308630237", EntityType::us_ssn), V{"308630237"});
  EXPECT_TRUE(found("order 308630237 shipped", EntityType::us_ssn).empty());
}

TEST(Detector, IpAddresses) {
  EXPECT_EQ(found("keep getting address 86.231.85.193 blocked", EntityType::ip_address),
            V{"86.231.85.193"});
  EXPECT_EQ(
      found("address 4f8a:c99e:dc86:faf9:5988:5f63:375e:8a2a blocked", EntityType::ip_address),
      V{"4f8a:c99e:dc86:faf9:5988:5f63:375e:8a2a"});
  EXPECT_TRUE(found("at 12:40:13 we met", EntityType::ip_address).empty());
  EXPECT_TRUE(found("version 1.2.3.400", EntityType::ip_address).empty());
  // With a CIDR prefix length, as a URL writes it, with a zone.
  EXPECT_EQ(found("route 172.16.254.1/32 now", EntityType::ip_address), V{"172.16.254.1"});
  EXPECT_EQ(found("subnet 10.0.0.0/24", EntityType::ip_address), V{"10.0.0.0"});
  EXPECT_EQ(found("open [2001:db8::1]:443", EntityType::ip_address), V{"2001:db8::1"});
  EXPECT_EQ(found("see http://[2001:db8::1]/", EntityType::ip_address), V{"2001:db8::1"});
  EXPECT_EQ(found("ping fe80::1%eth0", EntityType::ip_address), V{"fe80::1"});
  EXPECT_TRUE(found("a path 1.2.3.4/56/7", EntityType::ip_address).empty());
  EXPECT_TRUE(found("not a prefix 1.2.3.4/33", EntityType::ip_address).empty());
  EXPECT_TRUE(found("code std::vector ab::cd", EntityType::ip_address).empty());
}

// The notations logs and configs write addresses in (the num11 probe set),
// and the dotted and colon-separated numbers that are none.
TEST(Detector, IpNotations) {
  // A range: both ends.
  EXPECT_EQ(found("DHCP pool: 10.0.0.10-10.0.0.200", EntityType::ip_address),
            (V{"10.0.0.10", "10.0.0.200"}));
  // IPv6 with a prefix length, in a URL after a command's "-v" flag, and
  // compressed with three groups or more in a log line.
  EXPECT_EQ(found("inet6 2001:db8::5/64 scope global", EntityType::ip_address), V{"2001:db8::5"});
  EXPECT_EQ(found("inet6 fe80::33f:cfff:fe8b:c8c/64", EntityType::ip_address),
            V{"fe80::33f:cfff:fe8b:c8c"});
  EXPECT_EQ(found(R"(curl -v "http://[2001:db8::a]:80/health")", EntityType::ip_address),
            V{"2001:db8::a"});
  EXPECT_EQ(found("Accepted publickey for git from fd4f:9ed9:d::1b port 46836 ssh2",
                  EntityType::ip_address),
            V{"fd4f:9ed9:d::1b"});
  EXPECT_EQ(found("from 2001:db8::5e6 port 22", EntityType::ip_address), V{"2001:db8::5e6"});
  EXPECT_TRUE(found("ratio 1:10::2 here", EntityType::ip_address).empty());
  EXPECT_TRUE(found("see 2001:db8::/129 later", EntityType::ip_address).empty());
  // An IPv4 tail is part of the address; one group is enough in brackets,
  // but not in a slice.
  EXPECT_EQ(found("NAT64 prefix 64:ff9b::192.0.2.33 here", EntityType::ip_address),
            V{"64:ff9b::192.0.2.33"});
  EXPECT_EQ(found("mapped ::ffff:192.0.2.1 here", EntityType::ip_address), V{"::ffff:192.0.2.1"});
  EXPECT_EQ(found("connect to [::1]:5432", EntityType::ip_address), V{"::1"});
  EXPECT_TRUE(found("print(a[::2], x[::3])", EntityType::ip_address).empty());
  // A dotted name goes on: a file or a host name, not an address.
  EXPECT_TRUE(found("Package foo-3.5.8.8.tar.gz", EntityType::ip_address).empty());
  EXPECT_EQ(found("The printer is at 10.0.0.7.", EntityType::ip_address), V{"10.0.0.7"});
  // Sections, firmware, OIDs.
  EXPECT_TRUE(found("See section 3.2.1.4 of the contract.", EntityType::ip_address).empty());
  EXPECT_TRUE(found("The firmware is at 2.4.1.12 on all switches", EntityType::ip_address).empty());
  EXPECT_TRUE(found("The OID 1.3.6.1.4.1.311 is the vendor's", EntityType::ip_address).empty());
  EXPECT_TRUE(found("MAC 00:1a:2b:3c:4d:5e and 12:30:45", EntityType::ip_address).empty());
}

TEST(Detector, PhoneNumbers) {
  EXPECT_EQ(found("Phone: 678-777-1600", EntityType::phone_number), V{"678-777-1600"});
  EXPECT_EQ(found("call me on +44 20 7946 0958 tomorrow", EntityType::phone_number),
            V{"+44 20 7946 0958"});
  EXPECT_EQ(found("fax (227)664-8546x506", EntityType::phone_number), V{"(227)664-8546x506"});
  // Dates, SSN-shaped numbers and house numbers are not phones.
  EXPECT_TRUE(found("call at 1993-10-20 12:40:13", EntityType::phone_number).empty());
  EXPECT_TRUE(found("call 308-63-0237", EntityType::phone_number).empty());
  EXPECT_TRUE(found("call a taxi to 72 3637 Heritage Drive", EntityType::phone_number).empty());
}

TEST(Detector, ContextRaisesAndLowersScores) {
  const Detector& d = shared_detector();
  auto score_of = [&d](std::string_view text) {
    for (const Finding& f : d.scan(text))
      if (f.type == EntityType::credit_card) return f.score;
    return 0.0;
  };
  const double plain = score_of("number 4539301019673114");
  EXPECT_GT(score_of("credit card 4539301019673114"), plain);
  EXPECT_LT(score_of("tracking 4539301019673114"), plain);
}

TEST(Detector, DocumentNumbersNeedContext) {
  EXPECT_EQ(found("My driver's license number is LH329609T", EntityType::us_driver_license),
            V{"LH329609T"});
  EXPECT_EQ(found("passport no. 533380006", EntityType::passport), V{"533380006"});
  EXPECT_EQ(found("patient MRN 00412345", EntityType::medical_record_number), V{"00412345"});
  EXPECT_TRUE(found("ticket LH329609T", EntityType::us_driver_license).empty());
}

TEST(Detector, FullDatesAndDatesOfBirth) {
  EXPECT_EQ(found("She was born on 2/7/1961.", EntityType::date_time), V{"2/7/1961"});
  EXPECT_EQ(found("DOB: March 3, 1990", EntityType::date_time), V{"March 3, 1990"});
  // Any other full date is a calendar date: found, but it raises no class
  // (data_class_test.cpp).
  EXPECT_EQ(found("The release is due 2/7/2025.", EntityType::date_time), V{"2/7/2025"});
  EXPECT_TRUE(found("The release is due in 2025.", EntityType::date_time).empty());
  EXPECT_TRUE(found("born 2/30/1961", EntityType::date_time).empty());
}

TEST(Detector, UrlsAndDomains) {
  EXPECT_EQ(found("My website is http://www.visualtrips.hu/.", EntityType::url),
            V{"http://www.visualtrips.hu/"});
  EXPECT_EQ(found("visit our site example.com today", EntityType::domain_name), V{"example.com"});
  EXPECT_TRUE(found("run main.py again", EntityType::domain_name).empty());
}

TEST(Detector, ALinkDoesNotHideTheDataInIt) {
  EXPECT_EQ(found("see https://example.org/form?ssn=536-22-8146 now", EntityType::us_ssn),
            V{"536-22-8146"});
  EXPECT_EQ(found("https://x.org/?to=jane.doe@example.com", EntityType::email_address),
            V{"jane.doe@example.com"});
  // A link on its own is still a link.
  EXPECT_EQ(found("see https://example.org/docs now", EntityType::url),
            V{"https://example.org/docs"});
}

TEST(Detector, Secrets) {
  const std::string aws = "key AKIAIOSFODNN7EXAMPLE here";
  EXPECT_EQ(found(aws, EntityType::secret), V{"AKIAIOSFODNN7EXAMPLE"});
  const std::string gh = "token ghp_" + std::string(36, 'a') + " end";
  EXPECT_EQ(found(gh, EntityType::secret).size(), 1u);
  const std::string pem =
      "x\n-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----\ny";
  EXPECT_EQ(found(pem, EntityType::secret),
            V{"-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----"});
  const std::string jwt =
      "Bearer "
      "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_"
      "XgL0n3I9PlFUP0THsR8U";
  EXPECT_EQ(found(jwt, EntityType::secret).size(), 1u);
  EXPECT_EQ(found("api_key = \"x7Gh2kLq9ZpR4tWmB3\"", EntityType::secret), V{"x7Gh2kLq9ZpR4tWmB3"});
  EXPECT_TRUE(found("password: aaaaaaaaaaaaaaaaaaaa", EntityType::secret).empty());
  // Tokens of more services, by their documented prefixes.
  for (const std::string& token :
       {"sk_live_" + std::string(24, 'a') + "1B", "rk_live_" + std::string(30, 'Z'),
        "glpat-" + std::string(20, 'x'), "hf_" + std::string(34, 'q'),
        "npm_" + std::string(36, '7'), "SG." + std::string(22, 'a') + "." + std::string(43, 'b'),
        "shpat_" + std::string(32, 'f'), "dop_v1_" + std::string(64, 'e')})
    EXPECT_EQ(found("token " + token + " end", EntityType::secret), V{token}) << token;
  // A user and password in a URL; placeholders are none.
  EXPECT_EQ(found("postgres://admin:s3cr3tP4ss@db.internal:5432/app", EntityType::secret),
            V{"admin:s3cr3tP4ss"});
  EXPECT_EQ(
      found("git clone https://oauth2:tok3n-xyz@gitlab.example.com/x.git", EntityType::secret),
      V{"oauth2:tok3n-xyz"});
  for (const char* text : {"https://user:${PASS}@host/", "redis://:***@cache:6379",
                           "see http://example.com:8080/path@x", "mailto:anna@example.com"})
    EXPECT_TRUE(found(text, EntityType::secret).empty()) << text;
}

TEST(Detector, OffsetsAreBytesInNonAsciiText) {
  const std::string text = "Grüße aus Köln — Karte 4539301019673114, danke";
  std::vector<Finding> cards;
  for (const Finding& f : shared_detector().scan(text))
    if (f.type == EntityType::credit_card) cards.push_back(f);
  ASSERT_EQ(cards.size(), 1u);
  EXPECT_EQ(cards[0].text_in(text), "4539301019673114");
  EXPECT_EQ(cards[0].start, text.find("4539"));
  EXPECT_EQ(cards[0].end, cards[0].start + 16);
}

TEST(Detector, PeopleFromGazetteerTitlesAndCues) {
  EXPECT_EQ(found("Hello, this is Dr. Kent Jaworski. Who are you?", EntityType::person),
            V{"Dr. Kent Jaworski"});
  EXPECT_EQ(found("I want to add James Hyvönen as a beneficiary", EntityType::person),
            V{"James Hyvönen"});
  EXPECT_EQ(found("sometimes people call me laura", EntityType::person), V{"laura"});
  EXPECT_TRUE(found("Please summarise the report for Monday.", EntityType::person).empty());
}

TEST(Detector, PlacesAndStreetAddresses) {
  EXPECT_EQ(found("Slovenia was super fun to visit!", EntityType::location), V{"Slovenia"});
  EXPECT_EQ(found("Send it to 81 1991 Dikbas Road, Trancoso 59797 today", EntityType::address),
            V{"81 1991 Dikbas Road, Trancoso 59797"});
  EXPECT_EQ(found("The office is at Genterstrasse 49 in Kiel", EntityType::address),
            V{"Genterstrasse 49"});
  EXPECT_EQ(found("deliver to Apt. 339 please", EntityType::address), V{"Apt. 339"});
  // Street word first, lower-case particles inside.
  EXPECT_EQ(found("his address: 15 Via Carlo Cattaneo 130, today", EntityType::address),
            V{"15 Via Carlo Cattaneo 130"});
  EXPECT_EQ(found("Write to 09 Avenue des Sartiaux 318 soon", EntityType::address),
            V{"09 Avenue des Sartiaux 318"});
}

TEST(Detector, PeopleFromListsTitlesAndUnknownWords) {
  EXPECT_EQ(found("Mr. Ford is a 50 year old man", EntityType::person), V{"Mr. Ford"});
  EXPECT_EQ(found("They had three kids, Malon, Kaylee and Brandi.", EntityType::person),
            (V{"Malon", "Kaylee", "Brandi"}));
  // Acronyms, nationalities and companies are not people.
  EXPECT_TRUE(found("Please reply ASAP, the TV is broken", EntityType::person).empty());
  EXPECT_TRUE(found("We met an American at the ATM", EntityType::person).empty());
  EXPECT_TRUE(found("The invoice from Mclaughlin Ltd is late", EntityType::person).empty());
  // Words with inner capitals or digits are product names, not people.
  EXPECT_TRUE(found("We moved from MySQL to PostgreSQL and Python3", EntityType::person).empty());
}

TEST(Detector, PostcodesAndMilitaryAddresses) {
  EXPECT_EQ(found("My zip code is 35649", EntityType::address), V{"35649"});
  EXPECT_EQ(found("Ship it to Unit 9456 Box 8731, APO AE 09012 please", EntityType::address),
            (V{"Unit 9456 Box 8731", "APO AE 09012"}));
  EXPECT_EQ(found("They live at 96 ul. Posejdona 90 now", EntityType::address),
            V{"96 ul. Posejdona 90"});
}

TEST(Detector, ContextOnlyRulesNeedTheirWords) {
  // Document numbers count only near a word naming them; a text without any
  // such word skips those patterns altogether.
  EXPECT_TRUE(
      found("the routing table has 1234567 entries", EntityType::us_driver_license).empty());
  EXPECT_FALSE(found("driver license D1234567", EntityType::us_driver_license).empty());
  EXPECT_FALSE(found("my passport number is 912803456", EntityType::passport).empty());
}

TEST(Detector, GazetteerLookupsIgnoreCase) {
  const Gazetteer words({});
  EXPECT_TRUE(words.is_given_name("LAURA"));
  EXPECT_TRUE(words.is_place("New York"));
  EXPECT_TRUE(words.is_street_word("Rd."));
  EXPECT_TRUE(words.has_street_ending("Genterstrasse"));
  EXPECT_FALSE(words.has_street_ending("weg"));
  EXPECT_TRUE(words.is_title("Dr"));
  EXPECT_FALSE(words.is_place("Nowhereville"));
}

TEST(Detector, ReusedBuffersGiveTheSameAnswer) {
  const std::string text = "My colleague Sarah Miller, sarah.miller@example.com, +1 415 555 0132";
  const auto first = shared_detector().scan(text);
  for (int i = 0; i < 3; ++i) {
    (void)shared_detector().scan("unrelated text 10.20.30.40 in Berlin");
    const auto again = shared_detector().scan(text);
    ASSERT_EQ(again.size(), first.size());
    for (std::size_t k = 0; k < first.size(); ++k) {
      EXPECT_EQ(again[k].start, first[k].start);
      EXPECT_EQ(again[k].end, first[k].end);
    }
  }
}

TEST(Detector, FindingsDoNotOverlap) {
  // The email's domain is also a domain name, and the URL contains one.
  const std::string text =
      "mail PeterFriedman@cuvox.de or see https://www.cuvox.de/about for 4539301019673114";
  const auto findings = shared_detector().scan(text);
  for (std::size_t i = 1; i < findings.size(); ++i)
    EXPECT_LE(findings[i - 1].end, findings[i].start);
  ASSERT_EQ(findings.size(), 3u);
  EXPECT_EQ(findings[0].type, EntityType::email_address);
  EXPECT_EQ(findings[1].type, EntityType::url);
  EXPECT_EQ(findings[2].type, EntityType::credit_card);
}

TEST(Detector, PerEntityEnabledAndThreshold) {
  DetectorConfig config;
  config[EntityType::email_address].enabled = false;
  config[EntityType::credit_card].threshold = 0.99;
  const Detector d(config);
  EXPECT_TRUE(found("a@b.example.com 4539301019673114", EntityType::email_address, d).empty());
  EXPECT_TRUE(found("number 4539301019673114", EntityType::credit_card, d).empty());
  EXPECT_EQ(found("credit card 4539301019673114", EntityType::credit_card, d).size(), 1u);
}

TEST(Detector, ScansConcurrently) {
  const Detector& d = shared_detector();
  const std::string text = "SSN 308-63-0237, card 4539301019673114, mail a.b@example.org";
  std::vector<std::thread> threads;
  std::vector<std::size_t> counts(4);
  for (std::size_t t = 0; t < counts.size(); ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) counts[t] = d.scan(text).size();
    });
  for (auto& th : threads) th.join();
  for (std::size_t c : counts) EXPECT_EQ(c, 3u);
}

}  // namespace
}  // namespace switchyard::privacy
