// PERSON precision in the texts of fr_CA, fr_LU, ro_MD, en_GH, es_MX,
// pt_BR, nl and pl (words::prec19b_no_person, the prec19b pass): saints'
// places, streets after their noun or a house number, firms of bare names
// and dotted acronyms are no person — each rule beside the near-miss that
// must stay one.
#include <gtest/gtest.h>

#include <string>

#include "privacy/detector_checks.hpp"
#include "switchyard/privacy/detector.hpp"

namespace switchyard::privacy {
namespace {

using checks::covers;
using checks::found;

bool no_person(const char* text) {
  return found(text, EntityType::person).empty();
}

TEST(Prec19b, SaintsPlacesAreNoPeople) {
  for (const char* text : {
           "A festa de Santa Paulo foi adiada.",
           "La fiesta de Santa Jorge Luis es el viernes.",
           "Hramul bisericii Sfântul Alevtina din Cahul.",
           "De kermis van Sint Hendrik is op zondag.",
           "Odpust w parafii Święty Elżbieta w niedzielę.",
           "Closed for Saint Ana-Maria feast day.",
           "We toured the Santa Maria when it docked.",
       })
    EXPECT_TRUE(no_person(text)) << text << " -> " << found(text, EntityType::person)[0];
  EXPECT_TRUE(covers("La fiesta de Santa Jorge Luis es el viernes.", EntityType::location,
                     "Santa Jorge Luis"));
  EXPECT_TRUE(covers("Hola Octavio Santa, ¿qué tal?", EntityType::person, "Octavio Santa"));
}

TEST(Prec19b, StreetsAfterTheirNounOrAHouseNumber) {
  for (const char* text : {
           "Obras en privada Briones Kortajarena hasta diciembre.",
           "Fuimos a Querétaro por Blvd. José Antonio Moya Luna.",
           "Remont na rynek Stawicki do kwietnia.",
           "Spotkanie przy ul. Krzysztofa Kowalski w niedzielę.",
           "Nathalie Dufour habite au 627 Blanc Vaneau.",
           "Encontro na Travessa Joana Prado amanhã.",
       }) {
    for (const std::string& p : found(text, EntityType::person))
      EXPECT_TRUE(p == "Nathalie Dufour") << text << " -> " << p;
  }
  // A title after a word like a street's noun is a person's ("Rang Dr Weber").
  EXPECT_TRUE(covers("Rang Dr Weber re: the boiler, no answer.", EntityType::person, "Weber"));
  EXPECT_TRUE(covers("Thanks to Pedro Alves for the map.", EntityType::person, "Pedro Alves"));
  // A time or a year before a name is no house number.
  EXPECT_TRUE(covers("The call is at 9 Anna Kowalski will join.", EntityType::person, "Anna"));
  EXPECT_TRUE(covers("Em 2019 Ana Prado mudou-se.", EntityType::person, "Ana Prado"));
}

TEST(Prec19b, FirmsOfBareNames) {
  for (const char* text : {
           "Facture de Pierre et Girard, échéance le 30 octobre.",
           "Boleto da Marcelo, Cecília e Martins, vence em março.",
           "Obrigado a toda a equipe da Franco, Batista e Franco!",
           "Invoice from Tawia & Obeng, due on Friday.",
           "P.P.H.U. Małgorzata wygrała przetarg.",
       })
    EXPECT_TRUE(no_person(text)) << text << " -> " << found(text, EntityType::person)[0];
  // Lists of people stay people: authors, greetings, a "Surname, Given".
  EXPECT_TRUE(covers("Authors: Falk, Henriksson and Björk", EntityType::person, "Henriksson"));
  EXPECT_TRUE(covers("Greetings from Gala, Boban and Novak!", EntityType::person, "Novak"));
  EXPECT_TRUE(covers("Kowalski, Anna: 3 days", EntityType::person, "Anna"));
  EXPECT_TRUE(covers("Paul and Marie send their love.", EntityType::person, "Marie"));
}

}  // namespace
}  // namespace switchyard::privacy
