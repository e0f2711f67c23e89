// Street addresses of many countries: the street type before or after the
// name, in capitals or in small letters, German "-str." and street names that
// open with a preposition, Nordic definite forms, "s/n" for no number — and
// the near-misses that must stay no address.
#include <gtest/gtest.h>

#include <string>

#include "privacy/detector_checks.hpp"
#include "switchyard/privacy/detector.hpp"

namespace switchyard::privacy {
namespace {

using checks::any_address;
using checks::covers;
using checks::detector;

TEST(AddressBreadth, StreetsOfManyCountries) {
  for (const char* street : {
           "droga Bednarek 93",         // Polish, the type in small letters
           "skwer Stanisławski 30a",    //
           "wyb. Jurek 67",             //
           "Zur Alten Brauerei 7",      // German, opening with a preposition
           "Am Mittelberg 72",          //
           "Auf den Reien 10",          //
           "Heinrich-Böll-Str. 283",    // German "-Str."
           "Masurenstr. 37a",           //
           "Holmgrens Gata 129",        // Swedish
           "Östra Ängsgatan 229",       //
           "Undre Ängsgärdet 340",      //
           "Torrente María Elena s/n",  // Spanish, no number
           "Rampa María Elena Bustamante Valadez 7",
           "Escalinata Armando 72",  //
           "Incrocio Cherubino 13",  // Italian
           "20029 Marginal Lorena",  // Brazilian
           "933 Alberta Parade",     // Australian
           "14073 Zieme Valleys",    // US
       }) {
    for (const std::string& text : {std::string("Please send the documents to ") + street + ".",
                                    std::string("Address: ") + street + "\nCity: Springfield"}) {
      EXPECT_TRUE(covers(text, EntityType::address, street)) << text;
    }
  }
}

// Street types of more languages, in prose with no address cue before them.
TEST(AddressBreadth, StreetTypesOfMoreLanguagesWithoutACue) {
  for (const char* street : {
           "Viesītes iela 46",             // Latvian, the type in small letters after the name
           "Vukovarska cesta 952",         // Croatian
           "Bahçe Sokak 3",                // Turkish
           "Ali Çetinkaya Caddesi 55a",    //
           "Aleea Siret 95",               // Romanian, the type first
           "Calzada Florencia 7110",       // Mexican
           "Markuskatu 36",                // Finnish, the type inside the word
           "Konvallvegen 20",              // Norwegian
           "Přílepská 949",                // Czech, an adjective for the street
           "Jovana Gojkovića 20 Stan 66",  // Serbian, no type: the unit after the number
           "Bokeljska 7 Sprat 2",          //
       }) {
    const std::string text = std::string("I grew up on ") + street + " in Springfield.";
    EXPECT_TRUE(covers(text, EntityType::address, street)) << text;
  }
}

// After an address cue, any street's grammar: words and then the house
// number, or the number and then words, whatever the country's street type;
// the town after its postcode is a place.
TEST(AddressBreadth, AfterAnAddressCueAnyStreetsGrammar) {
  for (const char* street : {
           "Markuskatu 36",                // Finnish, the type inside the word
           "Audēju laukums 326 dz. 241",   // Latvian, the type in small letters
           "Aleea Siret, Bloc 95",         // Romanian, a comma before the unit
           "Kpg. Lala no 95",              // Indonesian, "no" before the number
           "Hamid Olimjon qirg'oqi, 132",  // Uzbek
           "Gregorčičeva ulica 74",        // Slovenian
           "4 Place d'Argenteuil",         // French, the number first
       }) {
    for (const std::string& text :
         {std::string("Ship to:\n") + street + "\n09507 Springfield",
          std::string("Our new address is ") + street + ", 78153 Springfield.",
          std::string("{\"street\": \"") + street + "\", \"city\": \"Springfield\"}"}) {
      EXPECT_TRUE(covers(text, EntityType::address, street)) << text;
      EXPECT_TRUE(covers(text, EntityType::location, "Springfield")) << text;
    }
  }
  // A person after the same cues is no street.
  EXPECT_FALSE(any_address("Please deliver to Maria 2 boxes."));
  EXPECT_FALSE(any_address("Ship to: John Smith, 12 apples are enough"));
  EXPECT_TRUE(covers("Ship to: Ana Lima\n09507 Springfield", EntityType::location, "Springfield"));
}

TEST(AddressBreadth, NearMissesAreNoAddress) {
  for (const char* text : {
           "Im Jahr 2020 wuchs der Umsatz.",  // a year after a German preposition
           "We met Am Monday 5 times.",       // no unknown name in it
           "Sector 7 is closed.",             // a street type, no name
           "I walked in the park 3 times.",   // an English street word in small letters
           "Meet at 5 am tomorrow.",          // "am" after a number
       }) {
    EXPECT_FALSE(any_address(text)) << text;
  }
}

}  // namespace
}  // namespace switchyard::privacy
