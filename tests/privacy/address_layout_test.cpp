// Street addresses found by their layout (address_layout.cpp): street types
// of many languages and scripts next to the name and the house number, and
// a street line with no type before its postcode-and-town line — and the
// near-misses a number beside a word must not make into an address.
#include <gtest/gtest.h>

#include <string>

#include "privacy/detector_checks.hpp"
#include "switchyard/privacy/address_layout.hpp"
#include "switchyard/privacy/detector.hpp"

namespace switchyard::privacy {
namespace {

using checks::any_of_type;
using checks::covers;
using checks::detector;

TEST(AddressLayout, StreetTypesOfManyScriptsWithoutACue) {
  for (const char* street : {
           "Աբովյան փողոց 12",              // Armenian
           "Մաշտոցի պող. 8",                // Armenian, abbreviated
           "ჭავჭავაძის გამზირი 37",         // Georgian
           "რუსთაველის ქ. 5",               // Georgian, abbreviated
           "Οδός Αιόλου 14",                // Greek, type first
           "Λεωφ. Κηφισίας 120",            // Greek, abbreviated
           "Σταδίου 28",                    // Greek genitive, no type
           "Nizami küç., 45",               // Azerbaijani
           "Heydər Əliyev prospekti, 112",  // Azerbaijani, avenue
           "Atatürk Cd. No: 12",            // Turkish, "No:" before the number
           "Heol Eglwys 9",                 // Welsh
           "Ленина ул., 5",                 // Russian, type after the name
           "ул. Пушкина, 10",               // Russian, type first
           "вул. Шевченка 21",              // Ukrainian
           "Rehov Herzl 15",                // Hebrew, transliterated
           "Ĉefstrato 7",                   // Esperanto compound
           "Amir Temur ko'chasi 4",         // Uzbek
           "Mustaqillik maydoni 12-uy",     // the house's word after a dash
           "Bobur koʻchasi 7",              // Uzbek with U+02BB
           "Bobur ko`chasi 7",              // and with a backtick
           "25 Ερμού",                      // Greek genitive after the number
           "Αριστοτέλους 9",                //
           "Šumska 781",                    // a Slavic street named by an adjective
           "Партизанска 12",                //
           "bulw. Skowronek 3",             // Polish, abbreviated
       }) {
    for (const std::string& text :
         {std::string("The keys are at ") + street + ", ask the neighbour.",
          std::string(street) + " is where the party will be."}) {
      EXPECT_TRUE(covers(text, EntityType::address, street)) << text;
    }
  }
}

TEST(AddressLayout, NumberFirstStreetsOfFrenchUsage) {
  for (const char* street : {
           "4520 boul. des Laurentides",  // Quebec, abbreviated
           "1234, rue Sainte-Catherine",  // Quebec's comma after the number
           "12 chemin du Lac-Noir",       //
           "1 Immeuble Victor Hugo",      // West African building designation
           "12 avenue des Pins",          // a French type in small letters
           "3 boulevard Saint-Laurent",   //
           "69 Pen-Y-Wern",               // a Welsh joined name
           "123 Heol-Y-Foelas",           //
       }) {
    const std::string text = std::string("Meet me outside ") + street + " at noon.";
    EXPECT_TRUE(covers(text, EntityType::address, street)) << text;
  }
}

TEST(AddressLayout, UnitsAfterTheHouseNumberBelongToTheStreet) {
  EXPECT_TRUE(covers("Send it to Heybət Heybətov pr., 207 m. 665 please.", EntityType::address,
                     "Heybət Heybətov pr., 207 m. 665"));
  EXPECT_TRUE(
      covers("Ship to Ленина ул., 5 кв. 12 today.", EntityType::address, "Ленина ул., 5 кв. 12"));
}

TEST(AddressLayout, TypelessStreetBeforeAPostcodeAndTown) {
  for (const char* text : {
           "Return address\nPen-Y-Wern 69\nNP4 5WW Pentridwr",  // UK postcode
           "Return address\nPen-Y-Wern 69\nH2X 1Y4 Montréal",   // Canadian
           "Visit us at Markou Botsari 7, 151 24 Marousi.",     // NNN NN
           "Visit us at Zawadzkiego 69b, 77-874 Twardogóra.",   // NN-NNN
           "Visit us at Jovana Gojkovića 20, 11000 Beograd.",   // NNNNN
           "Visit us at Avenida Boavista 1234, 4100-119 Porto.",
           "Our office: Mesrop Mashtots 12, Yerevan 0010.",  // town first
       }) {
    EXPECT_TRUE(any_of_type(text, EntityType::address)) << text;
  }
  // The town after the postcode stays a place of its own, not part of the street.
  const std::string t = "Return address\nPen-Y-Wern 69\nNP4 5WW Pentridwr";
  for (const Finding& f : detector().scan(t))
    if (f.type == EntityType::address) {
      EXPECT_LT(f.end, t.find("Pentridwr")) << t;
    }
}

TEST(AddressLayout, NoPersonOrPlaceSurvivesInsideAStreet) {
  for (const char* text : {"I grew up on Ələsgər Qayıbov küçəsi, 144 in Masallı.",
                           "You can find us at Aşıq Ələsgər pr., 691 from 9 to 5.",
                           "Could you send the parcel to Poblado Jesús, 4? Thanks!"}) {
    const auto found = detector().scan(text);
    bool address = false;
    for (const Finding& f : found) address = address || f.type == EntityType::address;
    EXPECT_TRUE(address) << text;
    for (const Finding& f : found) {
      if (f.type != EntityType::person) continue;
      for (const Finding& a : found)
        if (a.type == EntityType::address) {
          EXPECT_FALSE(f.start < a.end && a.start < f.end) << text;
        }
    }
  }
}

TEST(AddressLayout, NearMissesAreNoAddress) {
  for (const char* text : {
           "Order 12345, 67890 Items shipped.",
           "The Apollo 11 mission landed in 1969.",
           "We upgraded to version 2.3.1 yesterday.",
           "Meeting on 12 March 2024 at 10:30.",
           "I sent 5 via Fedex and 3 by post.",
           "Chapter 5, 2020 Edition",
           "Windows 11, 2021 Release",
           "Call +44 20 7946 0958 today.",
           "It costs 1 200 rubles.",
           "Invoice 4471 was paid.",
           "Dr. Smith, 5 patients are waiting.",
           "Take the Solar 5 panels home.",
           "Chapter 5, 12345 Words",
           "Anna Kowalska 5 minutes ago said hi.",  // a surname, not a street
           "Έως Δεκεμβρίου 15 θα είμαστε εδώ.",     // a Greek month, no street
           "We walked 3 avenue blocks to the park.",
       }) {
    EXPECT_FALSE(any_of_type(text, EntityType::address)) << text;
  }
}

TEST(AddressLayout, PostcodeShapes) {
  EXPECT_EQ(postcode_at("12345 Town", 0), 5u);
  EXPECT_EQ(postcode_at("123 45 Town", 0), 6u);
  EXPECT_EQ(postcode_at("12-345 Town", 0), 6u);
  EXPECT_EQ(postcode_at("1234-567 Town", 0), 8u);
  EXPECT_EQ(postcode_at("H2X 1Y4 Town", 0), 7u);
  EXPECT_EQ(postcode_at("SW1A 1AA Town", 0), 8u);
  EXPECT_EQ(postcode_at("NP4 5WW Town", 0), 7u);
  EXPECT_EQ(postcode_at("LV-4307 Town", 0), 7u);
  EXPECT_EQ(postcode_at("AZ1235 Town", 0), 6u);
  EXPECT_EQ(postcode_at("12 Town", 0), 0u);
  EXPECT_EQ(postcode_at("Town", 0), 0u);
  EXPECT_EQ(postcode_at("1234567 Town", 0), 0u);
}

// Many address-like lines: the pass stays linear (each number looks at a
// few words around it), so a megabyte scans in well under a second.
TEST(AddressLayout, ManyAddressLinesScanInLinearTime) {
  std::string text;
  while (text.size() < (1u << 20))
    text += "Ленина ул., 5 кв. 12\nPen-Y-Wern 69\nNP4 5WW Pentridwr\n12 34 56 Foo Bar Baz 7, ";
  const auto found = detector().scan(text);
  std::size_t addresses = 0;
  for (const Finding& f : found) addresses += f.type == EntityType::address;
  EXPECT_GT(addresses, 10000u);
}

}  // namespace
}  // namespace switchyard::privacy
