// PERSON precision in the texts of fr_CA, fr_LU, ro_MD, en_GH, es_MX,
// pt_BR, nl and pl (words::framed_as_no_person, the prec19b pass): saints'
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
using checks::no_person;

TEST(NoPersonFrames, SaintsPlacesAreNoPeople) {
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

TEST(NoPersonFrames, StreetsAfterTheirNounOrAHouseNumber) {
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
  // After a dwelling's or a road's verb and its preposition, with the rest
  // of the street's name after "de la", "d'".
  for (const char* text : {
           "Annette Guerin lives on Perrot de la Pompe.",
           "Albane Royer lives on Camille de la Victoire.",
           "Raoul Francois lives on Eva d'Alésia.",
           "Roadworks on Prosper Du Sommerard until June.",
       }) {
    for (const std::string& p : found(text, EntityType::person))
      EXPECT_TRUE(p == "Annette Guerin" || p == "Albane Royer" || p == "Raoul Francois")
          << text << " -> " << p;
  }
  EXPECT_TRUE(covers("I can always count on Anna Weiss.", EntityType::person, "Anna Weiss"));
  // A title after a word like a street's noun is a person's ("Rang Dr Weber").
  EXPECT_TRUE(covers("Rang Dr Weber re: the boiler, no answer.", EntityType::person, "Weber"));
  EXPECT_TRUE(covers("Thanks to Pedro Alves for the map.", EntityType::person, "Pedro Alves"));
  // A time or a year before a name is no house number.
  EXPECT_TRUE(covers("The call is at 9 Anna Kowalski will join.", EntityType::person, "Anna"));
  EXPECT_TRUE(covers("Em 2019 Ana Prado mudou-se.", EntityType::person, "Ana Prado"));
}

TEST(NoPersonFrames, FirmsOfBareNames) {
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

TEST(NoPersonFrames, ShopsFirmWordsAndDutchStreetsInsideTheFinding) {
  for (const char* text : {
           "Roberto Armas trabaja en Abarrotes Matías desde enero.",
           "Regards,\nNsia Motors",
           "naam;plaats\nZijlstra Installatietechniek;Over",
           "Werkzaamheden aan de Burgemeester Zijlstraweg tot april.",
           "Nos vemos en Bulevar Sonia el sábado.",
           "Kwaśniewski s.c. podpisała umowę.",
       }) {
    for (const std::string& p : found(text, EntityType::person))
      EXPECT_TRUE(p == "Roberto Armas") << text << " -> " << p;
  }
  EXPECT_TRUE(covers("Ik sprak gisteren met Jan Verlaan over de buren.", EntityType::person,
                     "Jan Verlaan"));
}

TEST(NoPersonFrames, MonthsAndWeekdaysAfterADateWord) {
  for (const char* text : {
           "Ferramentas fecha cedo no Domingo.",
           "Roadworks on Bulevardul Glavan until Martie.",
           "Obras na Alameda Giovanna até Abril.",
           "Facture de Mérovée et Renaud, échéance le 30 Mai.",
       })
    EXPECT_TRUE(no_person(text)) << text << " -> " << found(text, EntityType::person)[0];
  EXPECT_TRUE(
      covers("Ontem falei com Domingo Alves sobre a obra.", EntityType::person, "Domingo Alves"));
}

TEST(NoPersonFrames, PetsFarFromTheWordForTheirKind) {
  for (const char* text : {
           "Our cat is getting old; Josephine sleeps most of the day now.",
           "Notre chien vieillit : Adalbert dort presque toute la journée.",
           "Hi Anna, is your dog feeling better? I heard Marian stopped eating.",
           "Nasz pies się starzeje; Ksenia śpi prawie cały dzień.",
           "Câinele nostru a îmbătrânit; Vadim doarme aproape toată ziua.",
       }) {
    for (const std::string& p : found(text, EntityType::person))
      EXPECT_TRUE(p == "Anna") << text << " -> " << p;
  }
  // In apposition, or after a naming verb; a café called by a given name.
  for (const char* text : {
           "Bella, notre chienne, adore la neige.",
           "Ana Clara, nossa cadela, adora a praia.",
           "My cat is called Irene and sleeps all day.",
           "Pisica mea se numește Sabina și doarme toată ziua.",
           "Le café Michèle ouvre à 7 h.",
           "Desayunamos en la cafetería Ximena.",
           "The lawyers at Kleopatra and Stankiewicz drafted the lease.",
       })
    EXPECT_TRUE(no_person(text)) << text << " -> " << found(text, EntityType::person)[0];
  // A greeting's addressee before "your cat" stays a person, and so does a
  // dog walker in apposition and someone called after a dog barked.
  EXPECT_TRUE(covers("Salut Yvonne, ton chat va mieux ?", EntityType::person, "Yvonne"));
  EXPECT_TRUE(covers("Anna, our dog walker, said hi.", EntityType::person, "Anna"));
  EXPECT_TRUE(covers("The dog barked so I called Anna.", EntityType::person, "Anna"));
  // A person named after the pet's noun with no clause break stays one.
  EXPECT_TRUE(
      covers("Our dog loves Maria Kowalska more than us.", EntityType::person, "Maria Kowalska"));
  EXPECT_TRUE(
      covers("Our cat is old. Dr. Anna Weiss says it is fine.", EntityType::person, "Anna Weiss"));
}

TEST(NoPersonFrames, PlacesOfAnOpenerAndAParticle) {
  for (const char* text : {
           "Vacante: analista (Ciudad del Carmen)",
           "Se mudó a San Nicolás de los Garza.",
           "Parish of Saint María de los Ángeles, Oaxaca",
       })
    EXPECT_TRUE(no_person(text)) << text << " -> " << found(text, EntityType::person)[0];
  EXPECT_TRUE(
      covers("Hablé con María de los Ángeles Pérez ayer.", EntityType::person, "Ángeles Pérez"));
}

TEST(NoPersonFrames, FirmsOfNamesByTheirFrame) {
  for (const char* text : {
           "Richard et Thomas a ouvert une succursale.",
           "Le cabinet Richard et Thomas déménage.",
           "Merci à l'équipe de Richard et Thomas.",
           "Mr. Mensah of Wiafe and Akyereko called on Friday.",
           "Madame Dupuis, de Nicéphore, Inès et Legrand, a appelé mardi.",
           "Hi Corentine, the Dupont et Charles invoice is attached.",
           "Badu and Opoku-Akoto and Baawia will merge next year.",
           "Sponsored by Matei, Oprea and Toma",
           "Contrat avec Richard et Thomas signé.",
           "Rendez-vous au Marché Jean-Talon à 8 h.",
       }) {
    for (const std::string& p : found(text, EntityType::person))
      EXPECT_TRUE(p.ends_with("Mensah") || p.ends_with("Dupuis") || p == "Corentine")
          << text << " -> " << p;
  }
  // Items of two words; "park" and "ogród" in small letters before a name.
  for (const char* text : {
           "Thanks to everyone at Calderón Corral and José Emilio!",
           "Roadworks on ogród Lech until August.",
           "The parade goes down park Jaworski past the church.",
       })
    EXPECT_TRUE(no_person(text)) << text << " -> " << found(text, EntityType::person)[0];
  EXPECT_TRUE(
      covers("Park Ji-sung met Park Min-jun in Seoul.", EntityType::person, "Park Ji-sung"));
  EXPECT_TRUE(covers("Anna Smith and Tom Brown send their love.", EntityType::person, "Tom Brown"));
  // Under a closing, bare surnames sign for a firm; given names for people.
  EXPECT_TRUE(no_person("Kind regards,\nAwuah and Nyame-Andorful"));
  EXPECT_TRUE(covers("Kind regards,\nAnna and Tom", EntityType::person, "Tom"));
  // People joined by "and" stay people, in pairs and in lists.
  EXPECT_TRUE(covers("Anna and Tom won the lottery.", EntityType::person, "Tom"));
  EXPECT_TRUE(covers("Dr. Weiss with Anna and Tom visited.", EntityType::person, "Tom"));
  EXPECT_TRUE(covers("We hired Obeng and Acheampong for the audit.", EntityType::person, "Obeng"));
}

}  // namespace
}  // namespace switchyard::privacy
