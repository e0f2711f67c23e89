// PERSON findings that are words of a closed vocabulary naming no one
// (words::vocabulary_non_person, the precB pass): months and weekdays,
// street and settlement nouns, departments, products, job titles, lorem
// ipsum and places put where a name would be — each beside the person who
// must stay one.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "privacy/detector_checks.hpp"
#include "switchyard/privacy/detector.hpp"

namespace switchyard::privacy {
namespace {

using checks::covers;
using checks::found;
using checks::no_person;

TEST(VocabularyNonNames, MonthsAndWeekdaysInANamesPlace) {
  for (const char* text : {
           "Merci Dimanche !",
           "Hi Zaterdag,\nthanks for the update.",
           "cc Novembre",
           "We went to Martie yesterday.",
           "Thanks, Duminică",
           "Dear Monday,\nsee you.",
       })
    EXPECT_TRUE(no_person(text)) << text << " -> " << found(text, EntityType::person)[0];
  // Months that are given names, and surnames after a title, stay people.
  EXPECT_TRUE(covers("Thanks, Avril!", EntityType::person, "Avril"));
  EXPECT_TRUE(covers("I spoke with Marco and Corinne yesterday.", EntityType::person, "Marco"));
  EXPECT_TRUE(covers("Herr Donnerstag kommt morgen.", EntityType::person, "Donnerstag"));
  EXPECT_TRUE(covers("cc Novembre, Jeanne Prevost", EntityType::person, "Jeanne Prevost"));
}

TEST(VocabularyNonNames, StreetAndSettlementNouns) {
  for (const char* text : {
           "Salut Boulevard ! Ça fait longtemps.",
           "Obrigado Rua!",
           "Signed: Bulevardul",
           "Prezado Travessa,\nsegue o relatório.",
       })
    EXPECT_TRUE(no_person(text)) << text << " -> " << found(text, EntityType::person)[0];
  // A settlement's noun opens a place; a street by its abbreviated noun or
  // by a saint after a given name is a street, by a number an address.
  EXPECT_TRUE(covers("Thanks, Raionul Stefan", EntityType::location, "Raionul Stefan"));
  EXPECT_TRUE(covers("Thanks, Municipiu Sorina", EntityType::location, "Municipiu Sorina"));
  EXPECT_TRUE(covers("Thanks, Baawia-Yawson Lk", EntityType::location, "Baawia-Yawson Lk"));
  EXPECT_TRUE(
      covers("We went to Aubry Saint-Denis yesterday.", EntityType::location, "Aubry Saint-Denis"));
  EXPECT_TRUE(covers("Livraison au 456 Guillot Saint-Denis impossible.", EntityType::address,
                     "Guillot Saint-Denis"));
  // A given name first is a person's; a club named for its town is none of these.
  EXPECT_TRUE(covers("Ville Virtanen: see you at 5", EntityType::person, "Ville"));
  EXPECT_FALSE(
      covers("Paris Saint-Germain won on Saturday.", EntityType::location, "Paris Saint-Germain"));
}

TEST(VocabularyNonNames, DepartmentsProductsJobTitlesAndLorem) {
  for (const char* text : {
           "Merci Enfants !",
           "cc Roupas",
           "Hablamos con Zapatos Genérica de Caucho ayer.",
           "Thanks, Toalhas Ergonômico de Madeira",
           "Overleg met Uitgekiende Stalen Camera op maandag.",
           "Thanks, Líder Contas Associado",
           "Thanks Infraestructura!",
           "Beste Molestias,\nin de bijlage het rapport.",
           "Best regards,\nTocino",
           "Hola Packt Publishing,\ngracias por avisar.",
           "Obrigado Associados!",
       })
    EXPECT_TRUE(no_person(text)) << text << " -> " << found(text, EntityType::person)[0];
  // A job title's head before a name is that person's title; a title of a
  // person before a head makes it a name.
  EXPECT_TRUE(covers("cc Roupas, Ana Nogueira", EntityType::person, "Ana Nogueira"));
  EXPECT_TRUE(covers("Gerente Ruiz llamó ayer.", EntityType::person, "Ruiz"));
  EXPECT_TRUE(covers("Dear Fantástico,\nthanks for the order.", EntityType::person, "Fantástico"));
}

TEST(VocabularyNonNames, PlacesInANamesPlace) {
  for (const char* text : {
           "Thanks, Manitoba",
           "Stimate Ocnița,\nvă trimit raportul.",
           "Thanks Vancouver!",
           "Thanks, Brong Ahafo",
           "Thanks, Mato Grosso",
       })
    EXPECT_TRUE(no_person(text)) << text << " -> " << found(text, EntityType::person)[0];
  EXPECT_TRUE(covers("Thanks, Manitoba", EntityType::location, "Manitoba"));
  // Countries as French, Spanish, Portuguese, Dutch and Polish write them.
  EXPECT_TRUE(covers("Thanks, Espagne", EntityType::location, "Espagne"));
  EXPECT_TRUE(covers("Thanks, Tadjikistan", EntityType::location, "Tadjikistan"));
  // Towns of Ghana and Moldova, of one word or several.
  EXPECT_TRUE(covers("Thanks, Nsawam", EntityType::location, "Nsawam"));
  EXPECT_TRUE(
      covers("The meeting with Odumase Krobo is at noon.", EntityType::location, "Odumase Krobo"));
  // Welsh counties ("Sir" is "county") and Macedonian municipalities read
  // as a person's name; a knight and a full name beside the town stay people.
  for (const char* text :
       {"Sir Benfro is lovely in May.", "Location: Gjorche Petrov",
        "Shipping from Kriva Palanka takes two days.", "Kwame Danso is beautiful in spring."})
    EXPECT_TRUE(no_person(text)) << text;
  EXPECT_TRUE(covers("Sir Anthony Hopkins was there.", EntityType::person, "Anthony Hopkins"));
  EXPECT_TRUE(covers("Dimitrie Cantemir wrote it.", EntityType::person, "Dimitrie Cantemir"));
  EXPECT_TRUE(covers("Athina Papadopoulou called.", EntityType::person, "Athina Papadopoulou"));
  // Countries as Georgian and Armenian write them (romanised), and as
  // Azerbaijani and English do; a given name that names a country too stays
  // a person.
  for (const char* text :
       {"We talked about Amerikis Sheertebuli Shtatebi yesterday.",
        "Note: Kongoyi Hanrapetutyun was mentioned.", "We talked about Böyük Britaniya yesterday.",
        "We talked about Libyan Arab Jamahiriya yesterday."})
    EXPECT_TRUE(no_person(text)) << text;
  EXPECT_TRUE(covers("Thanks, Salvador", EntityType::person, "Salvador"));
  // Towns and months that are surnames too stay people ("Boadi", "Piątek").
  EXPECT_TRUE(covers("Thanks, Boadi", EntityType::person, "Boadi"));
  EXPECT_TRUE(covers("Thanks, Piątek", EntityType::person, "Piątek"));
  // In a list of names a place's name is a surname.
  EXPECT_TRUE(covers("Authors: Markham, Schmidt and Xaba", EntityType::person, "Markham"));
  EXPECT_TRUE(covers("Authors: Balderas Montes, Montenegro Zelaya and Armas Tapia",
                     EntityType::person, "Montenegro"));
}

TEST(VocabularyNonNames, AGreetingOrPrepositionBeforeANameIsNoneOfIt) {
  for (const auto& [text, name] : std::vector<std::pair<const char*, const char*>>{
           {"Dziękuję Anna Nowak!", "Anna Nowak"},
           {"Chez Marie Dubois, tout va bien.", "Marie Dubois"},
           {"Bonjour Jean, Merci Marie.", "Marie"},
           {"Medaase Kofi Mensah!", "Kofi Mensah"},
           {"Fw Kofi Mensah", "Kofi Mensah"},
       }) {
    const std::vector<std::string> people = found(text, EntityType::person);
    EXPECT_NE(std::find(people.begin(), people.end(), name), people.end())
        << text << testing::PrintToString(people);
  }
  // Particles that open surnames stay in them.
  EXPECT_TRUE(covers("De Vries called.", EntityType::person, "De Vries"));
}

TEST(VocabularyNonNames, AStreetAfterAHouseNumber) {
  EXPECT_TRUE(
      covers("Adresse : 627 Blanc Vaneau, Candideberg", EntityType::address, "Blanc Vaneau"));
  EXPECT_TRUE(covers("Je vis au 12 Isabelle Royale", EntityType::address, "Isabelle Royale"));
  EXPECT_TRUE(no_person("Adresse : 627 Blanc Vaneau, Candideberg"));
  // A numbered list's people, and people after a number of anything else,
  // stay people.
  EXPECT_TRUE(
      covers("Ranking\n1 Anna Kowalska\n2 Jean Dupont", EntityType::person, "Anna Kowalska"));
  EXPECT_TRUE(covers("Order 1234 for Anna Kowalska", EntityType::person, "Anna Kowalska"));
}

TEST(VocabularyNonNames, ParisStreetsAfterANameWithoutTheirNoun) {
  for (const char* text : {
           "Vidal de l'Abbaye",
           "We went to Rousseau de Tilsitt yesterday.",
           "Prevost Dauphine",
           "The meeting with Faure de Caumartin is at noon.",
       })
    EXPECT_TRUE(no_person(text)) << text << " -> " << found(text, EntityType::person)[0];
  EXPECT_TRUE(covers("Prevost Dauphine", EntityType::location, "Prevost Dauphine"));
  // The street's name after the finding is taken into the place; by a
  // house number that ends its line, an address's street.
  EXPECT_TRUE(
      covers("Livraison chez Dupuy d'Assas, merci.", EntityType::location, "Dupuy d'Assas"));
  EXPECT_TRUE(
      covers("Adresse : 645 Renaud de la Harpe", EntityType::address, "Renaud de la Harpe"));
  EXPECT_FALSE(checks::any_address("Il a vendu 645 Renaud de la Harpe."));
  // People with particles stay people.
  EXPECT_TRUE(covers("Charles de Gaulle spoke.", EntityType::person, "Charles de Gaulle"));
  EXPECT_TRUE(covers("Jeanne Joubert called.", EntityType::person, "Jeanne Joubert"));
}

TEST(VocabularyNonNames, KeysAndColumnsOfPlacesAndThings) {
  for (const char* text : {
           "Société : Gerard et Bernard",
           "Puesto: Gerente Regional",
           "Mois : Mai\nMois : Mars",
           "id;Société;note\n889;Dumas et Masson;ok\n9124;Gerard et Bernard;retard",
           "id,Day,note\n6665,Domingo,ok",
       })
    EXPECT_TRUE(no_person(text)) << text << " -> " << found(text, EntityType::person)[0];
  EXPECT_TRUE(covers("Ville : Candide Ghislain", EntityType::location, "Candide Ghislain"));
  EXPECT_TRUE(covers("{\"Rue\": \"Vidal Dauphine\", \"owner\": \"Ana Silva\"}",
                     EntityType::location, "Vidal Dauphine"));
  // The people of other keys and columns, and beside them, stay people.
  EXPECT_TRUE(covers("{\"Rue\": \"Vidal Dauphine\", \"owner\": \"Ana Silva\"}", EntityType::person,
                     "Ana Silva"));
  EXPECT_TRUE(covers("Nom : Jean Dupont", EntityType::person, "Jean Dupont"));
  EXPECT_TRUE(covers("name,city\nAna Silva,Lisboa", EntityType::person, "Ana Silva"));
  EXPECT_TRUE(
      covers("Ville : Dudelange\nContact : Jean Dupont", EntityType::person, "Jean Dupont"));
}

}  // namespace
}  // namespace switchyard::privacy
