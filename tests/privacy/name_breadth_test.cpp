// People of many languages found; job titles, companies and streets named
// after people not taken for people; street addresses of many countries.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "privacy/detector_checks.hpp"
#include "switchyard/privacy/detector.hpp"

namespace switchyard::privacy {
namespace {

using checks::covers;
using checks::detector;
using checks::found;

// Names of many languages (accented Latin, Greek and Cyrillic names in
// Latin transliteration) after the cues people write them with.
TEST(NameBreadth, NamesOfManyLanguagesAfterTheirCues) {
  for (const char* name :
       {"Zoë Åkesson", "Ömür Yılmaz", "Björn Kjærgaard", "Łukasz Wójcik", "Dimitrios Papadopoulos",
        "Anastasia Kuznetsova", "Oleksandr Shevchenko", "Nguyễn Thị Hương", "Siobhán Ní Bhriain",
        "João Gonçalves", "Krišjānis Bērziņš", "Eleftheria Georgiou"}) {
    for (const std::string& text :
         {std::string("Dear ") + name + ",\n\nthank you for the update.",
          std::string("Name: ") + name + "\nEmail: someone@example.org",
          std::string("Best regards,\n") + name, std::string("my name is ") + name,
          std::string("Signed: ") + name}) {
      EXPECT_TRUE(covers(text, EntityType::person, name)) << text;
    }
  }
  EXPECT_TRUE(covers("Mr. Brown asked about the invoice.", EntityType::person, "Brown"));
}

// Capitalised words that are no one: job titles (in several languages),
// companies by their suffix, street names made of a person's name.
TEST(NameBreadth, TitlesCompaniesAndStreetsAreNoPeople) {
  for (const char* text : {
           "Please forward this to our Global Factors Facilitator.",
           "Meet our Especialista and the Coordinador at the office.",
           "Junior Integration Assistent starts Monday.",
           "The Senior Data Orchestrator approved it.",
           "Invoices go to Kovács Kft for approval.",
           "The Mclaughlin Group report is late.",
       }) {
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
  }
  // A street named after someone is part of the address.
  for (const char* text : {
           "Ship to: 408 Weber Park",
           "Ship to: 73774 Arvilla Ridge",
           "Address: 80 Rue Pastourelle",
           "I live at 14 Voie du Dahomey in Lyon.",
           "Address: 249 Rua Lucca",
           "Ship to: Via Nuccia 56, Milano",
           "Ship to: Piazza Guendalina 82",
           "Ship to: Plaza Antonio, 6",
           "Address: Elynngracht 384a",
           "Address: Wikströms Gata 405",
       }) {
    EXPECT_FALSE(found(text, EntityType::address).empty()) << text;
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
  }
}

// English words as street suffixes count only capitalised, after a name.
TEST(NameBreadth, EnglishStreetSuffixesNeedAName) {
  for (const char* text : {
           "I have 3 kids in the park",
           "We walked 5 miles along the river",
           "There are 2 key points and 3 lakes.",
           "Take 2 pills at the station",
       }) {
    EXPECT_TRUE(found(text, EntityType::address).empty()) << text;
  }
}

}  // namespace
}  // namespace switchyard::privacy
