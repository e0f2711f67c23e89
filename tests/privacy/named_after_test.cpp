// Things named after arbitrary people (words::named_after_someone, the
// inst18 pass): institutions, firms, venues, streets and awards that carry a
// person's name, and pets, horses, boats and products called by a given
// name, are no person — each rule beside the near-miss that must stay one.
#include <gtest/gtest.h>

#include <string>

#include "privacy/detector_checks.hpp"
#include "switchyard/privacy/detector.hpp"

namespace switchyard::privacy {
namespace {

using checks::covers;
using checks::found;
using checks::no_person;

TEST(NamedAfter, InstitutionsAndFirmsByTheNounAfterTheName) {
  for (const char* text : {
           "The graduation ceremony takes place in the Chidinma Hall.",
           "Is the car park at the Marie Lundqvist Centre free on Sundays?",
           "We donated the old laptops to the Koomson Polyclinic.",
           "Tickets for the final at Abiola Wing sold out in an hour.",
           "Applications to the Szymon Pałka Trust close on 30 June.",
           "She was shortlisted for the Bertrand Lecture.",
           "The Karl Quartey-Karikari Scholarship will be delivered online.",
           "The workshop moved to the Lukas van Buuren Auditorium.",
           "Please settle the invoice from Platon Auto Repairs by Friday.",
           "I booked a cut at Rui's Hair Salon.",
           "Job posting: nurse, Schmidt Hospice, Piperhaven.",
           "We paid Rəhimov Qrup yesterday.",
       })
    EXPECT_TRUE(no_person(text)) << text << " -> " << found(text, EntityType::person)[0];
  // A noun that is also a surname ("Hall", "Grant") closes such a name only
  // after "the"; the person after a greeting stays one.
  EXPECT_TRUE(covers("I met Anna Hall at the station.", EntityType::person, "Anna Hall"));
  EXPECT_TRUE(covers("Dear Ama Kitchen, thanks for the call.", EntityType::person, "Ama Kitchen"));
  EXPECT_TRUE(covers("Dr. Esi Appiah-Ansa works at the Koomson Polyclinic.", EntityType::person,
                     "Esi Appiah-Ansa"));
}

TEST(NamedAfter, FirmsByTheirKinAndLegalForms) {
  for (const char* text : {
           "Dejan Ivanoski founded Ivanoski and Daughters in 2021.",
           "Natiq Rəhimov qurdu: Rəhimov və Oğulları şirkəti.",
           "Iurie Mocanu took over Mocanu e.K. from his father.",
           "Maître Brunet, du cabinet Renard S.à r.l., a déposé le recours.",
           "Emanuel Melo fundou a Melo S/A em 1964.",
           "Our auditors are TOV Duval.",
           "The appeal in Shps Seturi Grupi v. Ss Vardiashvili was heard.",
           "Contractul cu Î.I. Stavila expiră în iunie.",
       }) {
    for (const std::string& p : found(text, EntityType::person))
      EXPECT_TRUE(
          std::string("Dejan Ivanoski|Natiq Rəhimov|Iurie Mocanu|Brunet|Emanuel Melo").find(p) !=
          std::string::npos)
          << text << " -> " << p;
  }
  // The founder stays a person.
  EXPECT_TRUE(covers("Dejan Ivanoski founded Ivanoski and Daughters in 2021.", EntityType::person,
                     "Dejan Ivanoski"));
}

TEST(NamedAfter, InstitutionsByTheNounBeforeTheName) {
  for (const char* text : {
           "Fournisseur : Boucherie Jacquet",
           "Doamna doctor lucrează la Fundația Agripina Toma.",
           "Înscrierile pentru Premiul Lucica Mazur s-au deschis.",
           "Hallo, der Termin bei Gebrüder Kinzy ist bestätigt.",
           "O jogo é no Ginásio Fabiana Vicente.",
           "Lugar del concierto: Auditorio Guillermina Osorio Menchaca.",
           "Rendez-vous confirmé : Centre hospitalier Jade Carre, mardi 14 h.",
           "Elle travaille à Maison de retraite Bernard.",
           "Am comandat tortul de la Centrul Medical Radu.",
       })
    EXPECT_TRUE(no_person(text)) << text << " -> " << found(text, EntityType::person)[0];
  // An English noun in small letters opens no such name: a person follows.
  EXPECT_TRUE(covers("After the garage Anna Smith called me.", EntityType::person, "Anna Smith"));
}

TEST(NamedAfter, StreetsNamedAfterSomeoneArePlaces) {
  EXPECT_TRUE(no_person("De Alice Claesstraat is afgesloten tot maandag."));
  EXPECT_TRUE(no_person("In via Benvenuto Signorelli ci sono lavori fino a lunedì."));
  // (The name's span is kept: a longer one could lose an overlap.)
  EXPECT_TRUE(covers("In via Benvenuto Signorelli ci sono lavori.", EntityType::location,
                     "Benvenuto Signorelli"));
  EXPECT_TRUE(
      covers("We met at Lukas van Buuren Stadion.", EntityType::location, "Lukas van Buuren"));
  // A town before an Azerbaijani noun of place in a case ("from the town").
  EXPECT_TRUE(covers("Salam, mən Elvira Tahirova, Daşkəsən şəhərindənəm.", EntityType::location,
                     "Daşkəsən"));
  // English "via" is no street.
  EXPECT_TRUE(covers("I sent it via Anna Smith yesterday.", EntityType::person, "Anna Smith"));
}

TEST(NamedAfter, PetsHorsesBoatsAndProductsCalledByAGivenName) {
  for (const char* text : {
           "My cat Priscilla refuses to eat the new food.",
           "Our neighbour walks her dog Solange twice a day.",
           "The mare Zaur is in foal again.",
           "The racehorse Rebecca won by two lengths.",
           "The fishing boat Lucy returned with a record catch.",
           "Le voilier Vivien est amarré au port.",
           "Unsere Nachbarin geht mit ihrem Hund Luca spazieren.",
           "Cățelul nostru Emil a mâncat tot sandvișul.",
           "We adopted a rescue puppy and named him Stephen.",
           "Tomás says Matko the cat is getting old.",
           "I ordered the Amelia sofa in grey.",
           "Is the Szymon mattress worth the price?",
           "the puppy Guram chewed my charger lol",
           "The kitten Dimitra scratched the sofa again.",
       }) {
    for (const std::string& p : found(text, EntityType::person))
      EXPECT_TRUE(p == "Tomás") << text << " -> " << p;
  }
  // "The dog Anna adopted": Anna is who adopted it; a baby named so is a person.
  EXPECT_TRUE(covers("The dog Anna adopted is cute.", EntityType::person, "Anna"));
  EXPECT_TRUE(covers("The dog Anna walked yesterday was a beagle.", EntityType::person, "Anna"));
  EXPECT_TRUE(covers("We had a baby girl and named her Sophia.", EntityType::person, "Sophia"));
  EXPECT_TRUE(covers("Thanks for the chat Anna!", EntityType::person, "Anna"));
}

TEST(NamedAfter, PetsByTheirKindNamedOrInApposition) {
  for (const char* text : {
           "We adopted a dog named Bella.",
           "Our neighbours have a golden retriever called Max.",
           "Bella, our beagle, hates the rain.",
           "Max (my cat) is asleep.",
           "The tanker Maria ran aground.",
       })
    EXPECT_TRUE(no_person(text)) << text << " -> " << found(text, EntityType::person)[0];
  // A kind far before "called", or a noun after the animal ("dog walker"):
  // a person.
  EXPECT_TRUE(covers("The dog barked so I called Anna.", EntityType::person, "Anna"));
  EXPECT_TRUE(covers("Anna, our dog walker, said hi.", EntityType::person, "Anna"));
}

TEST(NamedAfter, StormsPlanetsLawsAndBrands) {
  for (const char* text : {
           "Idalia made landfall near Keaton Beach.",
           "Forecasters say Ophelia weakened into a tropical storm.",
           "Is there life on Mars?",
           "The committee debated the Kwame Mensah Act.",
           "I bought a lipstick from Ama Serwaa Cosmetics.",
           "We took the Anna Smith Express to the coast.",
       })
    EXPECT_TRUE(no_person(text)) << text << " -> " << found(text, EntityType::person)[0];
  EXPECT_TRUE(covers("Venus Williams won the final.", EntityType::person, "Venus Williams"));
}

TEST(NamedAfter, RomanisedStreetsOfGeorgiaArmeniaAzerbaijanAndMoldova) {
  for (const char* text : {
           "Andranik Martirosyan lives on Minasyan Poghots.",
           "Is Barseghyan poghota closed for the marathon?",
           "The roadworks on Khvichias Kucha end next week.",
           "Chichia Akhvlediani lives on Kikodzis Chikhi.",
           "Meet me on Str-la Cantemir at noon.",
           "Meet me on Karikari Lk at noon.",
       }) {
    for (const std::string& p : found(text, EntityType::person))
      EXPECT_TRUE(std::string("Andranik Martirosyan|Chichia Akhvlediani").find(p) !=
                  std::string::npos)
          << text << " -> " << p;
  }
  // A place alone; with its house number, a street address.
  EXPECT_TRUE(covers("Is Barseghyan poghota closed?", EntityType::location, "Barseghyan"));
  EXPECT_TRUE(covers("Address: Barseghyan poghota 12, Yerevan", EntityType::address, "Barseghyan"));
}

TEST(NamedAfter, FrenchStreetsNamedAfterSomeone) {
  EXPECT_TRUE(no_person("The roadworks on Sanchez des Francs-Bourgeois end next week."));
  EXPECT_TRUE(no_person("Livraison: 12 Eva d'Alésia, Montréal"));
  // A name's own particle stays a person's: "Joachim du Bellay", "Marie de
  // la Tour".
  EXPECT_TRUE(covers("Hier, Marie de la Tour a appelé.", EntityType::person, "Marie"));
}

TEST(NamedAfter, RomanisedGeorgianAndArmenianInstitutions) {
  EXPECT_TRUE(no_person("We saw a play at Rustavelis sakhelobis teatri."));
  EXPECT_TRUE(no_person("My son goes to Komitasi anvan dprots."));
  EXPECT_TRUE(covers("Meet me at Vardanyan hraparak.", EntityType::location, "Vardanyan"));
}

TEST(NamedAfter, JobTitlesOfFakerLocalesAreNoPeople) {
  for (const char* text : {
           "Qopili Operatsiata Potograpi wanted — apply by Friday.",
           "Vano Elizbarashvili, Umtsrosi Marketingis Dekani at the firm",
           "Pacôme Fernandez, Specialiste du marketing client",
           "Johan Mercier, Administrateur du web interne",
       }) {
    for (const std::string& p : found(text, EntityType::person))
      EXPECT_TRUE(std::string("Vano Elizbarashvili|Pacôme Fernandez|Johan Mercier").find(p) !=
                  std::string::npos)
          << text << " -> " << p;
  }
}

TEST(NamedAfter, SponsorsSendersAndStaffNameAFirm) {
  for (const char* text : {
           "Sponsored by Cernei, Prepelita and Vlas",
           "Payment received from Opoku and Kwarteng.",
           "Thanks to everyone at Yeboa and Djokoto!",
       })
    EXPECT_TRUE(no_person(text)) << text << " -> " << found(text, EntityType::person)[0];
  // A given name among them keeps a person.
  EXPECT_TRUE(covers("Sponsored by Anna Kowalska", EntityType::person, "Anna Kowalska"));
}

TEST(NamedAfter, MonthsAndInvoiceLabelsSpelledLikeNames) {
  EXPECT_TRUE(no_person("Die Bewerbungsfrist endet im Mai."));
  EXPECT_TRUE(no_person("Bill to: Faure AB"));
  EXPECT_TRUE(covers("Mai Nguyen called about the order.", EntityType::person, "Mai Nguyen"));
  EXPECT_TRUE(covers("Ask Bill to call me.", EntityType::person, "Bill"));
}

TEST(NamedAfter, AnEnglishNounAfterANameAndTheNamesAThing) {
  for (const char* text : {
           "We visited the Monika Karapetyan Collection last week.",
           "Tickets for the Giga Velijanashvili Festival are sold out.",
           "She wrote about the Colin Conjecture in her thesis.",
           "The Emin Soltanov Algorithm was published in 1998.",
           "She wrote about the Vardanyan Principle in her thesis.",
           "She wrote about the Philippe Chess Club in her thesis.",
       })
    EXPECT_TRUE(no_person(text)) << text << " -> " << found(text, EntityType::person)[0];
  // A surname or a given name after the name keeps the person.
  EXPECT_TRUE(
      covers("I met the Anna Walker you told me about.", EntityType::person, "Anna Walker"));
  EXPECT_TRUE(covers("Ask the Vasile Roman in accounting.", EntityType::person, "Vasile Roman"));
  EXPECT_TRUE(
      covers("We visited Monika Karapetyan last week.", EntityType::person, "Monika Karapetyan"));
}

TEST(NamedAfter, AVenuesNounBeforeTheNameNamesTheVenue) {
  for (const char* text : {
           "Hotel Petrosyan will deliver on Monday.",
           "My cousin works for Hotel Arakelyan.",
           "Studio Kwasi will deliver on Monday.",
           "My cousin works for Salon Tamara.",
           "The quote from Pierre Law Firm is attached.",
           "Soltanov Energy announced record profits.",
           "According to Melikidze Textile, prices will rise.",
           "A spokesperson for Gagik Poghosyan Fund declined to comment.",
           "We ordered from Tariel Store twice.",
           "Mari Pharm is open until 9.",
           "The owner of Rafiq Foto called.",
       })
    EXPECT_TRUE(no_person(text)) << text << " -> " << found(text, EntityType::person)[0];
  // In small letters the noun is the sentence's: "the hotel Anna booked".
  EXPECT_TRUE(
      covers("The hotel Anna Petrosyan booked was full.", EntityType::person, "Anna Petrosyan"));
}

TEST(NamedAfter, ProductsCalledByANameWithTheirModelOrKind) {
  for (const char* text : {
           "Compare the Konstantine 3000 blender with the older one.",
           "I returned Anano Pro X2 because it broke.",
           "I returned the Choloqashvili X200 because it broke.",
           "Is the new Tiko lipstick still in stock?",
           "We sold out of a Davitishvili espresso machine again.",
           "Compare version Tsira 14 with the older one.",
           "Is the Christine line of bags still in stock?",
           "I returned SKU TARAN-2210 Vladislav Chair because it broke.",
       })
    EXPECT_TRUE(no_person(text)) << text << " -> " << found(text, EntityType::person)[0];
  // People with numbers and things after them stay people.
  EXPECT_TRUE(covers("I paid Anna Petrosyan 300 dollars.", EntityType::person, "Anna Petrosyan"));
  EXPECT_TRUE(covers("We sold Anna our old sofa.", EntityType::person, "Anna"));
  EXPECT_TRUE(covers("Room 12: Anna Petrosyan, 3 nights.", EntityType::person, "Anna Petrosyan"));
}

TEST(NamedAfter, FirmsByLegalFormsCommasAndNounsOfOtherLanguages) {
  for (const char* text : {
           "Shares of GUP Lora fell 3%.",
           "Thanks to everyone at NKO Belozerov!",
           "Thanks to everyone at IU Vītiņš!",
           "Please forward this to PD Safitri accounting.",
           "Please forward this to Axelsson, Larsson HB accounting.",
           "He left Sandberg, Åkesson Aktiebolag last year.",
           "Please forward this to Zografoy Omilos accounting.",
           "I work at Graziano e figli since 2019.",
           "Our client Chi nhánh Phùng asked for a refund.",
           "I work at Trung tâm Dương since 2019.",
       })
    EXPECT_TRUE(no_person(text)) << text << " -> " << found(text, EntityType::person)[0];
  // A person's name before an address after a comma; a mother and her
  // daughters.
  EXPECT_TRUE(covers("Kale Parekhelashvili, Tsabadzis Gamziri 410, Tbilisi", EntityType::person,
                     "Parekhelashvili"));
  EXPECT_TRUE(
      covers("Maria Popescu and daughters arrived late.", EntityType::person, "Maria Popescu"));
}

}  // namespace
}  // namespace switchyard::privacy
