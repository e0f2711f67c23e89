// What names no person though it is written like a name — firms built from
// surnames, job titles, product names, places — and the cues that keep a
// name found where it is also an English word or opens a line. Each rule is
// tested on its own, with the near-miss that must stay a person beside it.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "privacy/detector_checks.hpp"
#include "switchyard/privacy/detector.hpp"
#include "switchyard/privacy/detector_config.hpp"

namespace switchyard::privacy {
namespace {

using checks::covers;
using checks::detector;
using checks::found;

TEST(PersonPrecision, FirmsBuiltFromSurnamesAreNoPeople) {
  for (const char* text : {
           "Kallio - Nieminen announced record revenue in 2021.",
           "According to Anna Berg, the Herschmann und Holtfreter report is late.",
           "Best regards,\nJohannes John\nSenior Quality Supervisor\nNytra, Herschmann und "
           "Holtfreter",
           "Meet the analyst of Gerard et Leclerc at the office.",
           "Invoices go to Guerra Ballesteros S.L. and to Krajčovič a Šoltýs a.s. today.",
           "Payment from AS Balode was received.",
           "We signed with Công ty Trịnh last week.",
           "The order for Kowalski Sp. z o.o. shipped.",
           "Ask Finstad og Sønner about it.",
           "Beridze Pharma raised prices and Mammadov Agro exports wine.",
           "Our lawyer is from Stepanyan Legal; Nersisyan Club opens today.",
           "Contact Oliva e Carvalho for the contract.",
           "According to Ferdinand Lopez, the Marie et Roy report is late.",
           "According to Eleazar Marks, the Bernier, Marvin and Jones report is late.",
           "Hi, this is Anna Berg from Koskinen, Heikkilä and Salminen.",
           "We signed with Dueñas Deleón y Gaitán Ñañez last week.",
           "We hired van Niekerk, Dippenaar and van Buuren for the audit.",
           "Regards,\nJohannes John | Regional Web Supervisor | Roberts, Beatty and Jacobson",
           "Regards,\nJohannes John \xC2\xB7 Agente de Comunicaciones Central \xC2\xB7 Quintero "
           "Zelaya",
       }) {
    // Only the people in them are found (or part of their names).
    for (const std::string& p : found(text, EntityType::person))
      EXPECT_TRUE(std::string("Anna Berg|Johannes John|Ferdinand Lopez|Eleazar Marks").find(p) !=
                  std::string::npos)
          << text << " -> " << p;
  }
  // Given names joined by another language's conjunction after an English
  // word a firm follows are a firm's name; in their own language, or joined
  // by "and", they are two people.
  for (const char* text :
       {"She joined Martin et Olivier as an analyst.", "Please contact Gerard et Louis today."})
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
  EXPECT_TRUE(covers("J'ai dîné avec Marie et Pierre hier.", EntityType::person, "Pierre"));
  EXPECT_TRUE(covers("I had dinner with Marie and Pierre.", EntityType::person, "Pierre"));
  // The same joins between people stay people.
  EXPECT_TRUE(covers("I spoke with Anna und Peter yesterday.", EntityType::person, "Peter"));
  EXPECT_TRUE(covers("María Pérez y Gómez called.", EntityType::person, "Gómez"));
  EXPECT_TRUE(covers("Attendees: Jan Novak, Petr Svoboda and Eva Dvořáková", EntityType::person,
                     "Eva Dvořáková"));
  EXPECT_TRUE(covers("I met Kaylee, Malon and Brandi.", EntityType::person, "Brandi"));
  // Surnames alone listed after a colon, and names after a greeting's
  // "from", are people, not a firm.
  EXPECT_TRUE(
      covers("Our 3 founders: Schulz, Strickland and Matthews.", EntityType::person, "Matthews"));
  EXPECT_TRUE(covers("Greetings from Verna, Shelia and Reyna!", EntityType::person, "Shelia"));
  // A route's places and a firm after "choosing" or "quote from" are no
  // people, given names and all; a given name after them still is one.
  EXPECT_TRUE(
      found("Flights from Arthur do Norte to Maria Eduarda are delayed.", EntityType::person)
          .empty());
  EXPECT_TRUE(
      covers("Flights from Berlin to Skrunda are delayed.", EntityType::location, "Skrunda"));
  EXPECT_TRUE(found("Thank you for choosing Dobrzyński, Rudnicki and Szewczyk.", EntityType::person)
                  .empty());
  EXPECT_TRUE(covers("Thank you for choosing Anna Kowalska.", EntityType::person, "Anna Kowalska"));
  // A dash after a signature's name separates its columns; it is no letter
  // and no firm's join.
  EXPECT_TRUE(covers("Cheers,\nMonty Wolf \xE2\x80\x93 Product Branding Consultant",
                     EntityType::person, "Monty Wolf"));
  // A list that ends with a legal form is no firm without a join before it.
  EXPECT_TRUE(covers("Celebrating its 10th year in Wrocław, Mclaughlin Ltd. grew.",
                     EntityType::location, "Wrocław"));
}

// A firm's joined surnames end at a comma when its town or its street
// follows, also after a label that may hold a person ("Client:"). A date
// after the comma, another join after the next word, or a full name before
// the dash keep the old reading.
TEST(PersonPrecision, AFirmsJoinedSurnamesEndAtTheCommaBeforeItsTown) {
  for (const char* text :
       {"Client: Stepanyan - Hakobyan, Tbilisi", "Client: Lefevre et Charpentier, Montreal",
        "Parcel for Kallio - Nieminen, 16 Simonyan St, Yerevan.", "Note: Okyere & Dartey, Accra"})
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
  // A full name before a dash is a person with a role ("Name — Title, Firm").
  EXPECT_TRUE(covers("Dear Anna Kallio - Nurse, Tampere", EntityType::person, "Anna Kallio"));
  // A heading's place and day after a dash stay a place.
  EXPECT_TRUE(
      covers("Office Closed For Teej - Gorkha, 17.04.2023", EntityType::location, "Gorkha"));
  // People joined by a conjunction, a town after them, stay people.
  EXPECT_TRUE(covers("Client: Anna und Peter, Berlin", EntityType::person, "Peter"));
}

// Emoji (four UTF-8 bytes) are no letters, so no capitals: a greeting or a
// role before one names no one, and a name or a town before one ends there.
// Han beyond U+20000 is still a script's letter.
TEST(PersonPrecision, EmojiAreNoNames) {
  for (const char* text : {"Thanks \xF0\x9F\x99\x8F", "Thanks coach \xF0\x9F\x99\x8F see you",
                           "foodie, artist, founder \xF0\x9F\x8F\xA3",
                           "traveler, engineer \xF0\x9F\x8C\xB6\xEF\xB8\x8F",
                           "Unit 12, Leonebury, TX 27082 \xF0\x9F\x91\x8D"}) {
    for (const EntityType type : {EntityType::person, EntityType::location})
      EXPECT_TRUE(found(text, type).empty()) << text;
  }
  EXPECT_EQ(found("Say hi to Anna \xF0\x9F\x91\x8B", EntityType::person),
            std::vector<std::string>{"Anna"});
  EXPECT_TRUE(covers("Thanks \xF0\xA0\xAE\xB7\xE7\x94\xB0", EntityType::person,
                     "\xF0\xA0\xAE\xB7\xE7\x94\xB0"));
}

TEST(PersonPrecision, ListedSurnamesAreAFirmWhereverTheyStand) {
  // Three surnames listed and closed by "and" (at most one of them also a
  // given name), or two single words joined by another language's "and"
  // (not both given names), are a firm without a cue before them.
  for (const char* text : {
           "Nieminen, Hämäläinen and Miettinen announced record revenue.",
           "Can you send me the Homenick, Grady and McCullough deck before the call?",
           "Customer: Schulist, Hilpert and Schmeler\nSegment: Enterprise",
           "Rechnung Nr. 92656 von Goossens, Lemmens and Vandevelde anbei.",
           "Hola Cleo, la factura de Stracke, Casper and Fritsch está lista.",
           "Fabre et Thomas announced record revenue for the third quarter.",
           "Le contrat avec Roussel et Charles est prêt.",
       }) {
    for (const std::string& p : found(text, EntityType::person)) EXPECT_EQ(p, "Cleo") << text;
  }
  // People stay people: given names listed, surnames after a title, an
  // author's "by", a greeting's "from" or a label that names people, and two
  // given names joined.
  EXPECT_TRUE(covers("I met Kaylee, Malon and Brandi.", EntityType::person, "Malon"));
  EXPECT_TRUE(
      covers("Our 3 founders: Schulz, Strickland and Matthews.", EntityType::person, "Strickland"));
  EXPECT_TRUE(covers("Greetings from Fyokla, Milen and Emmanuil!", EntityType::person, "Milen"));
  EXPECT_TRUE(
      covers("Dear Mr. Nieminen, Hämäläinen and Miettinen", EntityType::person, "Nieminen"));
  EXPECT_TRUE(covers("Je dîne avec Marie et Pierre ce soir.", EntityType::person, "Pierre"));
}

TEST(PersonPrecision, FirmsTownsAndStreetsBuiltFromNamesAreNoPeople) {
  // Legal forms of more countries, after the name or before it; a list's
  // later names when its first was passed over; a place type or a place
  // prefix around a given name; a town's label with French spacing.
  for (const char* text : {
           "Le contrat avec Leclerc SEM est signé.",
           "Facture n° 35241 de Guillot EI ci-jointe.",
           "Payment received from Carlsen RFH, thank you.",
           "Die Firma Henriksson, Björklund HB eröffnet eine Filiale.",
           "I spoke about the Thijs CVBA renewal.",
           "Babková a.s. is hiring a Central Implementation Executive.",
           "Darteh Venture paid today.",
           "Договор с ПрАТ Любослава готов.",
           "Der Vertrag mit Γεωργίου ΕΠΕ wurde gestern unterschrieben.",
           "Meeting moved (Legros, Bogisich and Berge) to Tuesday.",
           "They are repaving Haylie Circle this weekend.",
           "Lives on Rosendo Spur now.",
           "Shipment left Port Lilly this morning.",
           "Our North Clint warehouse is closed for inventory.",
           "Our office in Nor Harutyunyan is closed.",
           "Shipment left Akhali Revaz today.",
           "Բարև, Արևելյան Ասատրյան-ից ենք։",
           "Shipment left Північний Альберт today.",
           "Traffic on Estrada Rodrigo Serra is heavy.",
           "They are repaving Beco Raul Campos.",
           "Route all tickets to the Alice do Norte team.",
           "Fournisseur : Dupont SA\nVille : Smederevo",
       }) {
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
  }
  // The people beside them stay people.
  EXPECT_TRUE(
      covers("Anna Kowalska joined Girard EI as designer.", EntityType::person, "Anna Kowalska"));
  EXPECT_TRUE(covers("Attendees: Akshata Nehru, Aatmaj Bharadwaj and Abani Joshi",
                     EntityType::person, "Aatmaj Bharadwaj"));
  EXPECT_TRUE(covers("Ville Virtanen: see you at 5", EntityType::person, "Ville"));
  EXPECT_TRUE(covers("Kris Green is heavy on details.", EntityType::person, "Kris"));
  EXPECT_TRUE(covers("Nor Anna nor Bob came.", EntityType::person, "Anna"));
  EXPECT_TRUE(covers("Maria do Nascimento called.", EntityType::person, "Maria"));
  EXPECT_TRUE(covers("CC: Ernesto Partida Alonso", EntityType::person, "Alonso"));
}

TEST(PersonPrecision, JobTitlesProductsAndPlacesAfterAnArticleAreNoPeople) {
  for (const char* text : {
           "Meet the Developpeur de l'identité national today.",
           "Our new Korporatīvās taktikas pārstāvis starts in May.",
           "Please forward this to Dafina Arsovska, our Централен креативен помошник.",
           "The Εργονομικό Μέταλο Καπέλο is back in stock.",
           "Thank you for your message about the Pizza Raffiné en Caoutchouc.",
           "The Bacon Increible de Madera is back in stock.",
           "I asked about the Hayratlanarli Yog'och Galstuk order.",
           "Meet the team at the Vénissieux office.",
           "Applicant: Lūse, Jūlija\nPosition: Vecākais operāciju speciālists",
           "Please charge my Dankort 5019 8834 9988 0083 for the renewal.",
       }) {
    for (const std::string& p : found(text, EntityType::person))
      EXPECT_TRUE(p == "Dafina Arsovska" || p == "Lūse, Jūlija") << text << " -> " << p;
  }
  // A name may qualify a noun after an article: still a person.
  EXPECT_TRUE(covers("Unlike the Takuda novel, it is short.", EntityType::person, "Takuda"));
  EXPECT_TRUE(
      covers("Have you been to a Robert Fukunaga concert?", EntityType::person, "Robert Fukunaga"));
}

TEST(PersonPrecision, SmallLettersBeyondAsciiOpenNoName) {
  EXPECT_TRUE(found("la mise en œuvre central de Paris", EntityType::person).empty());
  EXPECT_TRUE(found("Voir à l'étage: ζώνη, жёлтый, œuvre.", EntityType::person).empty());
  EXPECT_TRUE(covers("Il parle avec Élodie Durand.", EntityType::person, "Élodie"));
  EXPECT_TRUE(covers("Мы говорили с Жанной.", EntityType::person, "Жанной"));
}

TEST(PersonPrecision, SignatureLinesUnderTheNameAreTitleAndFirm) {
  const std::string text =
      "Best regards,\nRosa Amorim\nProduct Paradigm Executive\nOliva e Carvalho";
  EXPECT_EQ(found(text, EntityType::person), std::vector<std::string>{"Rosa Amorim"});
  const std::string greek =
      "Best regards,\nPanagiotis Makri\nSenior Οδηγιών Αντιπρόσωπος\nΖερβός, Ζάνος and Γερμανού";
  EXPECT_EQ(found(greek, EntityType::person), std::vector<std::string>{"Panagiotis Makri"});
  // A blank line ends the signature: a name after it is found.
  EXPECT_TRUE(covers("Regards,\nRosa Amorim\n\nOn Monday Jürgen Kowalczyk wrote:",
                     EntityType::person, "Jürgen Kowalczyk"));
}

TEST(PersonPrecision, CuesKeepNamesThatAreEnglishWords) {
  EXPECT_TRUE(covers("Dear Cooper Smith,\n\nthank you.", EntityType::person, "Cooper Smith"));
  EXPECT_TRUE(covers("Thanks Ann-Christin!", EntityType::person, "Ann-Christin"));
  EXPECT_TRUE(covers("I spoke with Kerry and Dean yesterday.", EntityType::person, "Dean"));
  EXPECT_TRUE(covers("Claire Watson and Cooper Cox moved away.", EntityType::person, "Cooper Cox"));
  EXPECT_TRUE(covers("Imre Major, mobile +49 30 50159351", EntityType::person, "Imre Major"));
  EXPECT_TRUE(covers("Emmet Stark was born on 08-03-2020.", EntityType::person, "Emmet Stark"));
  EXPECT_TRUE(covers("Kind regards\nElizabeth Estévez Estrada\n+351 914 219 212",
                     EntityType::person, "Elizabeth Estévez Estrada"));
  EXPECT_TRUE(covers("Mr. du Preez asked about the invoice.", EntityType::person, "du Preez"));
  // Greetings that name no one stay unnamed.
  EXPECT_TRUE(found("Dear Valued Customer,\nHi Team, thanks all.", EntityType::person).empty());
  // An identifier after a greeting is no name, in lower-case text too.
  EXPECT_TRUE(found("hello prompt-marker-a1b2c3d4e5f6", EntityType::person).empty());
  EXPECT_TRUE(found("hi user_42, the job failed", EntityType::person).empty());
  EXPECT_TRUE(covers("hi bob, the job failed", EntityType::person, "bob"));
  // English words in a list are one name alone, not as a phrase.
  EXPECT_FALSE(covers("Hoover, Morris and Johnson and Open Data Nation.", EntityType::person,
                      "Open Data Nation"));
  // In text all in lower case, cues do not make names of English words.
  EXPECT_TRUE(found("hello, this is bad. hi, can i please speak to your boss?", EntityType::person)
                  .empty());
}

TEST(PersonPrecision, PlacesAreNoPeople) {
  EXPECT_TRUE(covers("I live at 53312 E Oak Street in North Zolabury.", EntityType::location,
                     "North Zolabury"));
  EXPECT_TRUE(covers("They moved to Wimpassing im Schwarzatale last year.", EntityType::location,
                     "Wimpassing im Schwarzatale"));
  EXPECT_TRUE(covers("Address: 4400 Marginal Liz\nCity: Maria Cecília de Nossa Senhora",
                     EntityType::location, "Maria Cecília de Nossa Senhora"));
  EXPECT_TRUE(
      covers("David Kihas will join the call from Delnice.", EntityType::location, "Delnice"));
  // A place's name as a given name before a surname is a person.
  EXPECT_TRUE(covers("Please forward this to Sofia Falcão, our analyst.", EntityType::person,
                     "Sofia Falcão"));
  EXPECT_TRUE(covers("We moved here from Berlin Spandau", EntityType::location, "Berlin"));
  EXPECT_TRUE(found("We moved here from Berlin Spandau", EntityType::person).empty());
}

TEST(PersonPrecision, TownAfterAPostcodeInProseIsNoPerson) {
  EXPECT_TRUE(found("Deliveries to 76804 Durban resume on Monday.", EntityType::person).empty());
  EXPECT_TRUE(
      covers("Deliveries to 76804 Durban resume on Monday.", EntityType::location, "Durban"));
  EXPECT_TRUE(found("Mailing address: Plitvička 91 (80778 Čazma)", EntityType::person).empty());
  // A year is no postcode: the person after it stays one.
  EXPECT_TRUE(
      covers("We met in 2019 Kaylee Brandt and her sister.", EntityType::person, "Kaylee Brandt"));
}

TEST(PersonPrecision, AddressLabelOpeningItsLineIsNoPerson) {
  EXPECT_TRUE(found("Dirección: 510 Échangeur Victor Hugo", EntityType::person).empty());
  EXPECT_TRUE(found("Endereço: Contrada Cittadino 704", EntityType::person).empty());
  // A chat's speaker stays a person.
  EXPECT_TRUE(covers("Brodie: \"Who are you?\"\nJill:\"I'm Jane's daughter\".", EntityType::person,
                     "Jill"));
}

TEST(PersonPrecision, NumberedStreetWithNoTypeIsNoPerson) {
  for (const char* text : {"The keys are at 15 Vidal Saint-Dominique, ask the neighbour.",
                           "Meet me outside 22 Maes Hyfryd at noon."})
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
  EXPECT_TRUE(
      covers("Meet me outside 22 Maes Hyfryd at noon.", EntityType::address, "22 Maes Hyfryd"));
  // A count before a given name is no house number.
  EXPECT_TRUE(covers("The call is at 9 Anna Kowalski will join.", EntityType::person, "Anna"));
}

// ---- names need evidence (issue 15, fifth pass) ----------------------------

// A capitalised word no list knows is no person on its own: a brand, a
// product, an airline. It is still found below the threshold, for a policy
// that wants every candidate.
TEST(PersonEvidence, UnknownCapitalisedWordIsNoPersonWithoutEvidence) {
  for (const char* text : {"We flew Lufthansa from Frankfurt.", "Please install Microsoft Teams.",
                           "Netflix released a new show.", "Yesterday Quantexa arrived."})
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
  DetectorConfig low;
  low[EntityType::person].threshold = 0.4;
  const Detector wide(low);
  bool seen = false;
  for (const Finding& f : wide.scan("We flew Lufthansa from Frankfurt."))
    seen = seen || (f.type == EntityType::person &&
                    f.text_in("We flew Lufthansa from Frankfurt.") == "Lufthansa" && f.score < 0.5);
  EXPECT_TRUE(seen);
  // A known given name is evidence: the same sentence names a person.
  EXPECT_TRUE(covers("Yesterday Siobhán arrived.", EntityType::person, "Siobhán"));
}

// The given names of many languages are known (written for the project, not
// copied from a package).
TEST(PersonEvidence, GivenNamesOfManyLanguagesAreKnown) {
  for (const char* name : {"Tadhg", "Nomvula", "Haruto", "Siddharth", "Oluwaseun", "Rojda", "Aoife",
                           "Mamadou", "Zeynep", "Žydrūnas", "Björk", "Nguyệt", "Παναγιώτης"}) {
    const std::string text = std::string("Yesterday ") + name + " arrived.";
    EXPECT_TRUE(covers(text, EntityType::person, name)) << text;
  }
  // A given name that is also an English word is no evidence on its own.
  EXPECT_TRUE(found("Yesterday Grace arrived.", EntityType::person).size() <= 1);
}

// A surname's ending or a common surname vouches for a name no given-name
// list knows; a made-up brand has neither.
TEST(PersonEvidence, SurnameShapesAndCommonSurnamesAreEvidence) {
  for (const char* text :
       {"Yesterday Wiśniewski arrived.", "Yesterday Papadopoulos arrived.",
        "Yesterday Virtanen arrived.", "Yesterday Shrestha arrived.", "Yesterday Okonkwo arrived."})
    EXPECT_FALSE(found(text, EntityType::person).empty()) << text;
  EXPECT_TRUE(found("Yesterday Quorvex arrived.", EntityType::person).empty());
}

// Roles only people fill and verbs of speech are evidence; credits that
// take a firm are not.
TEST(PersonEvidence, RoleLabelsAndSpeechAreEvidence) {
  EXPECT_TRUE(covers("Reviewer: Quorvel Tanaby", EntityType::person, "Quorvel Tanaby"));
  EXPECT_TRUE(covers("\"We will ship it,\" said Quorvel.", EntityType::person, "Quorvel"));
  EXPECT_TRUE(covers("Dear Garnet Paucek,\n\nthanks.", EntityType::person, "Paucek"));
  EXPECT_TRUE(found("Sponsored by Heineken Brewery.", EntityType::person).empty());
}

// People named together share their evidence; a greeting's comma is no list.
TEST(PersonEvidence, ListsOfPeopleShareEvidence) {
  EXPECT_TRUE(covers("Greetings from Quorvel, Anna and Maria!", EntityType::person, "Quorvel"));
  EXPECT_TRUE(found("Hi Romilda, Quantexa is down again.", EntityType::person) ==
              std::vector<std::string>{"Romilda"});
}

// Two capitalised words no list knows are a name at the threshold, but not
// after a verb that takes a thing or before a model's number.
TEST(PersonEvidence, ProductsAfterThingVerbsOrBeforeModelNumbersAreNoPeople) {
  for (const char* text : {"I drove the Volkswagen Passat to work.",
                           "Yesterday we bought a Quorvex Zentra for the office.",
                           "Yesterday the Quorvex Zentra X90 arrived."})
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
  EXPECT_TRUE(
      covers("Yesterday Sveatoslav Anghel arrived.", EntityType::person, "Sveatoslav Anghel"));
  EXPECT_TRUE(covers("I drove Aoife Byrne to work.", EntityType::person, "Aoife Byrne"));
}

// The known risk of the label rule: a surname as a chat's speaker before a
// number stays a person; a label of a form does not become one.
TEST(PersonEvidence, SurnameSpeakerBeforeANumberStaysAPerson) {
  EXPECT_TRUE(covers("Kowalski: 4411 is my room number", EntityType::person, "Kowalski"));
  EXPECT_TRUE(covers("Hi all\nKowalski: 4411 is my room number", EntityType::person, "Kowalski"));
  EXPECT_TRUE(found("Kundennummer: 4411", EntityType::person).empty());
  EXPECT_TRUE(covers("Arquímedes: \"Who are you?\"", EntityType::person, "Arquímedes"));
}

// Districts of Hong Kong and towns of other regions are places, not people
// whose syllables a name list knows.
TEST(PersonEvidence, PlacesOfMoreRegionsAreNoPeople) {
  EXPECT_TRUE(found("She moved to Kowloon Tong last year.", EntityType::person).empty());
  EXPECT_TRUE(covers("She moved to Kowloon Tong last year.", EntityType::location, "Kowloon Tong"));
  EXPECT_TRUE(found("The office is in Tsuen Wan.", EntityType::person).empty());
}

// After an address cue, a known given name and more named words running into
// the house number are a street named after someone; a given name and its
// number, or a name then a comma, stay a person.
TEST(PersonEvidence, StreetNamedAfterSomeoneAfterAnAddressCue) {
  const std::string street = "Billing address: Silvija Strahimira Kranjčevića 2; city: Lipik";
  EXPECT_TRUE(covers(street, EntityType::address, "Silvija Strahimira Kranjčevića 2"));
  EXPECT_TRUE(found(street, EntityType::person).empty());
  EXPECT_TRUE(covers("Please deliver to Maria 2 boxes.", EntityType::person, "Maria"));
  EXPECT_TRUE(covers("Ship to John Smith, 12 Main St, Springfield", EntityType::person, "John"));
}

// A capitalised noun for a place, a building, an event or a firm after a
// name makes the phrase that thing's name.
TEST(PersonEvidence, NameBeforeAFacilityNounIsNoPerson) {
  for (const char* text :
       {"Our connection is via Charles de Gaulle Airport.",
        "The Victoria Line is closed this weekend.", "St Patrick's Day parade starts at noon."})
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
  EXPECT_TRUE(covers("Yesterday Charles Okafor arrived.", EntityType::person, "Charles Okafor"));
}

// A verb or credit that takes a thing outweighs a surname's shape, and an
// article before two unknown words takes away their weak evidence.
TEST(PersonEvidence, ThingCuesAndArticlesOutweighWeakEvidence) {
  EXPECT_TRUE(found("Review: Quorvsson Airwrap is overpriced.", EntityType::person).empty());
  EXPECT_TRUE(
      covers("Yesterday Quorvsson Airwrap arrived.", EntityType::person, "Quorvsson Airwrap"));
  EXPECT_TRUE(found("We toured the Quorvex Zentra yesterday.", EntityType::person).empty());
  EXPECT_TRUE(
      covers("We toured with Quorvex Zentra yesterday.", EntityType::person, "Quorvex Zentra"));
}

// A name inside the name of a place, a building or an institution named
// after someone is no person where a noun of the text's language says so:
// before the name, opening it or after it (issue 15, names7 pass).
TEST(PersonPrecision, NamesInsidePlacesNamedAfterSomeoneAreNoPeople) {
  for (const char* text : {
           "Liceul Teoretic Mihai Eminescu organizează ziua porților deschise.",
           "La escuela Benito Juárez suspende clases el lunes.",
           "Avenue Charles de Gaulle fermée pour travaux jusqu'à jeudi.",
           "Le marché ouvre place Guillaume II samedi.",
           "Réunion mardi au Lycée Victor Hugo, salle 12.",
           "Jalan Jenderal Sudirman macet total sore ini.",
           "Bệnh viện Bạch Mai quá tải trong mùa cúm.",
           "Встречаемся у метро Маяковская.",
           "Аеродромот Александар Велики е отворен.",
           "Парк Горького открыт до 23:00.",
           "Amir Temur xiyoboni yopiq.",
           "Uchrashuv Alisher Navoiy nomidagi teatrda bo'ladi.",
           "Termin: Montag, 14 Uhr, Besprechungsraum Goethe",
           "Hurricane Katrina hit the coast on Monday.",
           "We walked along Rəşid Behbudov sh. yesterday.",
           "We walked along Բաբայան  պողոտա yesterday.",
           "Municipiul Lucian is closed today.",
       })
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
  // The same names where nothing makes them a place's are people, and a
  // surname that only begins like such a noun is one ("Паркер").
  EXPECT_TRUE(
      covers("Hola Benito Juárez, ¿me mandas la cotización?", EntityType::person, "Benito Juárez"));
  EXPECT_TRUE(covers("Mr. Victor Hugo called about the escuela.", EntityType::person, "Hugo"));
  EXPECT_TRUE(covers("Контакт: Иван Паркер", EntityType::person, "Иван Паркер"));
  EXPECT_TRUE(covers("I spoke with Mihai Eminescu yesterday.", EntityType::person, "Mihai"));
}

// Legal forms of more languages before a firm's name, in their scripts too.
TEST(PersonPrecision, LegalFormsOfMoreLanguagesMakeFirms) {
  for (const char* text :
       {"We signed with ASC Vəliyev last week.", "We signed with MMC Elvira last week.",
        "We signed with Cty TNHH Nguyễn last week.", "We signed with Cửa hàng Lý last week.",
        "We signed with UD Hakim last week.", "We signed with შპს გურამიშვილი last week.",
        "We signed with ՍՊԸ Մկրտչյան last week."})
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
  EXPECT_TRUE(covers("We met Elvira Vəliyeva last week.", EntityType::person, "Elvira"));
}

// A single name (no known given name) before a capitalised English word that
// is no surname qualifies a thing; a given name or a cue keeps a person.
TEST(PersonPrecision, NameQualifyingAnEnglishNounIsNoPerson) {
  for (const char* text : {"The Marshall Plan lecture was moved to Tuesday.",
                           "Ask Facilities about the Franklin Room booking.",
                           "Tickets for the Kowalczyk Market are sold out."})
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
  EXPECT_TRUE(covers("cc: Patrick Dam, Emma Jensen", EntityType::person, "Patrick"));
  EXPECT_TRUE(
      covers("According to Anastase Baron, the order is late.", EntityType::person, "Anastase"));
}

// Two unknown capitalised words in a heading written in title case are no
// weak evidence; in a list of people (commas) they still are.
TEST(PersonPrecision, TitleCaseHeadingsAreNoEvidence) {
  for (const char* text : {"Vacib Elan: Yeni Qovluq Saatları", "Muhim Xabar: Yangi Ish Vaqti",
                           "Feliĉan Kristnaskon kaj Bonan Novjaron!"})
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
  EXPECT_TRUE(covers("Present: Liza Predovic, Russel Prohaska, Jameson Wiegand.",
                     EntityType::person, "Jameson Wiegand"));
  EXPECT_TRUE(
      covers("Yesterday Quorvsson Airwrap arrived.", EntityType::person, "Quorvsson Airwrap"));
}

// Salutations, closings and a person's form labels of other languages are
// cues: the name after them is found even where no list knows it.
TEST(PersonPrecision, CuesOfOtherLanguagesFindNames) {
  EXPECT_TRUE(covers("Salom Rustam, hisobotni yuborasizmi?", EntityType::person, "Rustam"));
  EXPECT_TRUE(covers("Bonjour Chrysostome, merci pour votre retour rapide.", EntityType::person,
                     "Chrysostome"));
  EXPECT_TRUE(covers("Cu stimă,\nDomnica Savin", EntityType::person, "Domnica Savin"));
  EXPECT_TRUE(covers("Interlocuteur : Augustine Noel", EntityType::person, "Augustine Noel"));
  EXPECT_TRUE(covers("Привет, Аникей! Скинь отчёт.", EntityType::person, "Аникей"));
  EXPECT_TRUE(covers("Hadir: Paramita Purnawati, Hasta Hutapea, dan Galak Ardana",
                     EntityType::person, "Paramita Purnawati"));
  EXPECT_TRUE(covers("Hörmətlə,\nElnur Nəzərov", EntityType::person, "Elnur Nəzərov"));
}

TEST(PersonPrecision, ArmenianAndGeorgianNamesAfterTheirOwnCues) {
  // Cues of scripts written in three-byte letters are read whole (the
  // window before a name is 64 bytes), titles and "my name is" of more
  // languages, and Armenian letters have case: a small word after "Dear"
  // is no name, a greeting opens none.
  EXPECT_TRUE(covers("პატივცემულო ირინე აბაშიძე,\nგმადლობთ წერილისთვის.", EntityType::person,
                     "ირინე აბაშიძე"));
  EXPECT_TRUE(
      covers("საკონტაქტო პირი: ლამაზა დათუაშვილი", EntityType::person, "ლამაზა დათუაშვილი"));
  EXPECT_TRUE(covers("ბატონი გიორგი ბერიძე დაესწრება კრებას.", EntityType::person, "ბერიძე"));
  EXPECT_TRUE(
      covers("Պարոն Հայկ Գալստյան կմասնակցի ժողովին։", EntityType::person, "Հայկ Գալստյան"));
  EXPECT_TRUE(covers("Իմ անունը Գագիկ Եղիազարյան է։", EntityType::person, "Գագիկ Եղիազարյան"));
  EXPECT_TRUE(covers("Mənim adım Leyla Həsənova.", EntityType::person, "Leyla Həsənova"));
  EXPECT_TRUE(covers("Lalə xanım bu gün ofisdə deyil.", EntityType::person, "Lalə"));
  EXPECT_TRUE(covers("Nume, prenume: Veaceslav Bargan", EntityType::person, "Veaceslav Bargan"));
  EXPECT_TRUE(found("Հարգելի հաճախորդներ, խանութը կիրակի օրը փակ է։", EntityType::person).empty());
  const std::vector<std::string> hi = found("Բարև Արամ, կուղարկե՞ս հաշիվը։", EntityType::person);
  ASSERT_EQ(hi.size(), 1u);
  EXPECT_EQ(hi[0], "Արամ");
}

// Things named like people (words::named_thing): an eponym by the noun
// after or before it, a figure or a work of the closed list, a phrase in a
// frame that takes a work, a character, software or a firm — with the
// person beside it in the same frame still found.
TEST(PersonPrecision, EponymsByTheirNounAreNoPeople) {
  for (const char* text : {
           "Professor Anna Favre explained Moore's law in the lecture.",
           "My grandmother was diagnosed with Parkinson's disease.",
           "Is Halley's comet visible this year?",
           "The lecture covered the Kelvin scale.",
           "Who won the Nobel Prize this year?",
           "Flights were cancelled because of Hurricane Katrina.",
           "Project Aysel ships next month; Festival Ama starts in June.",
           "Mon grand-père a la maladie de Parkinson.",
           "We use the Beridze method for this.",
           "The Gini index rose by 2 points.",
           "Anna Favre ran the Aliyev model again.",
       })
    for (const std::string& p : found(text, EntityType::person))
      EXPECT_NE(p.find("Anna Favre"), std::string::npos) << text;
  EXPECT_TRUE(covers("Project Manager Anna Favre called.", EntityType::person, "Anna Favre"));
  // A method's noun after a full name with no article is the person's.
  EXPECT_TRUE(
      covers("Schedule Anna Favre procedure for Monday.", EntityType::person, "Anna Favre"));
  // A person's law firm is the person's.
  EXPECT_TRUE(covers("Call Anna Favre's law firm tomorrow.", EntityType::person, "Anna Favre"));
}

// A car by its maker and model is no person; a maker that is also a
// surname only before a model with a digit ("Ferrari Marco" stays a person,
// as an Italian form writes him).
TEST(PersonPrecision, CarsByMakerAndModelAreNoPeople) {
  for (const char* text : {"My new Subaru LeBaron needs tyres.", "We rented a Rolls Royce Altima.",
                           "Peugeot V90 for sale, low mileage.", "I drive a Ford F-150.",
                           "The Aston Martin is parked outside.", "Škoda Octavia, 2019, grey"})
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
  EXPECT_TRUE(covers("Cognome e nome: Ferrari Marco", EntityType::person, "Ferrari Marco"));
  EXPECT_TRUE(covers("I met Henry Ford yesterday.", EntityType::person, "Henry Ford"));
}

// Clubs: a place's name and an English plural ("Bichikodaba Sharks"), or a
// club's word before it ("FC Kalymnos"). A name that ends in such a plural
// stays a person's after a word that may be a name ("Fred Crooks", "Anna
// Banks"), and so does a plural that is a surname ("Lyons").
TEST(PersonPrecision, ClubsOfAPlaceAndAPluralAreNoPeople) {
  for (const char* text :
       {"Bichikodaba Sharks signed a new striker.", "Kürdəmir Dragons signed a new striker.",
        "Samreboi Magpies signed a new striker.", "FC Kalymnos signed a new striker.",
        "I have supported Sporting Chios since I was six."})
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
  EXPECT_TRUE(covers("To: Fred Crooks\nCc: Thomas Bruen\nSubject: Re: budget", EntityType::person,
                     "Fred Crooks"));
  EXPECT_TRUE(covers("Anna Banks signed the lease.", EntityType::person, "Anna Banks"));
  EXPECT_TRUE(covers("Gyumri Lyons signed the lease.", EntityType::person, "Gyumri Lyons"));
}

// A group named by one word no list holds, its noun in small letters after
// it ("Kompyuterlər team"): no person; the person beside it stays one.
TEST(PersonPrecision, AGroupsOneWordNameBeforeItsNounIsNoPerson) {
  for (const char* text :
       {"From: Rafiq Ələkbərova, Kompyuterlər team", "Please ask the Səhiyyə department.",
        "c/o Barış Bozdoğan, Bahçe team"}) {
    for (const std::string& p : found(text, EntityType::person))
      EXPECT_TRUE(p == "Rafiq Ələkbərova" || p == "Barış Bozdoğan") << text << " -> " << p;
  }
  EXPECT_TRUE(
      covers("From: Rafiq Ələkbərova, Kompyuterlər team", EntityType::person, "Rafiq Ələkbərova"));
}

// Things given a person's name in Romanian, French and Azerbaijani: the
// noun before the name (Romanian, French) or after it with its endings
// (Azerbaijani); the people beside them, and a surname that is also such a
// noun ("Furtuna Emilia"), stay people. Azerbaijani "ə" is a small letter,
// no capital that carries a name on.
TEST(PersonPrecision, ThingsNamedInRomanianFrenchAndAzerbaijani) {
  for (const char* text : {
           "Festivalul Ioana începe în iunie.",
           "Finala Cupei Pruteanu este duminică.",
           "Am folosit aplicația Ana ieri.",
           "Premiul Eminescu a fost acordat lui Ion Popescu.",
           "L'application Gabriel a encore planté, dit Marie Dubois.",
           "La journée Dufour est célébrée en mai.",
           "Nous utilisons la méthode Caron.",
           "Bunun üçün Əliyev metodundan istifadə edirik, dedi Aysel Məmmədova.",
           "Rəşid əməliyyatı səhər başladı.",
           "Nigar kafesi səhər yeməyi verir.",
       })
    for (const std::string& p : found(text, EntityType::person))
      EXPECT_TRUE(p == "Ion Popescu" || p == "Marie Dubois" || p == "Aysel Məmmədova")
          << text << " -> " << p;
  EXPECT_TRUE(covers("Furtuna Emilia a semnat contractul.", EntityType::person, "Furtuna Emilia"));
  EXPECT_TRUE(covers("Premiul Eminescu a fost acordat lui Ion Popescu.", EntityType::person,
                     "Ion Popescu"));
}

TEST(PersonPrecision, FiguresAndWorksOfTheListAreNoPeople) {
  for (const char* text : {
           "Tell me a story about Sherlock Holmes.",
           "The kids dressed up as Willy Wonka and Snow White.",
           "Who is the villain in the story of Luke Skywalker?",
           "Mia figlia sta leggendo Romeo and Juliet per la scuola.",
           "Fass bitte die Handlung von David Copperfield zusammen.",
       })
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
}

TEST(PersonPrecision, FramesOfWorksSoftwareAndFirmsTakeNoPerson) {
  for (const char* text : {
           "My son is reading Rebecca for his English class.",
           "Can you summarise the plot of Jane Eyre?",
           "Write a short review of Amélie for the school paper.",
           "Is there a sequel to Matilda?",
           "Meine Tochter liest gerade Heidi für die Schule.",
           "Peux-tu résumer l’intrigue de Layla ?",
           "Mi hijo está leyendo Carmen para clase.",
           "Moja córka czyta Emma do szkoły.",
           "How do I install Cassandra on Ubuntu?",
           "Upgrade Pascal to version 2.4 before Friday.",
           "Deploy Julia on the staging cluster.",
           "We migrated the build from Kafka to Julia last year.",
           "Our Cassandra server keeps crashing.",
           "The Aysel app crashed again.",
           "The firm Hugo Boss announced a new plant.",
           "She works for the fashion house Louis Vuitton.",
           "I bought a Louis Vuitton bag yesterday.",
           "She always wears Tom Ford.",
           "The new Vera Wang collection is out.",
           "Is a Johnnie Walker still your drink?",
           "The Armani store is closed.",
           "She made Olivier salad for New Year.",
           "Salata Olivier e gata.",
           "Eggs Benedict are served until noon.",
           "A Caesar salad and a Margherita pizza, please.",
           "Two Bloody Marys and a Tom Collins.",
           "He ordered an Arnold Palmer.",
           "Conference Room Giorgi is booked until 5.",
           "She works at Eli Lilly.",
           "Jayce Brakus works for Morgan Stanley in the finance team.",
           "The code is written in Julia.",
           "Set the server to America/New_York, not Atlantic/St_Helena.",
       })
    for (const std::string& p : found(text, EntityType::person))
      EXPECT_EQ(p, "Jayce Brakus") << text;
  // A person's review of a work; a frame the phrase opens; a club's
  // season tickets.
  for (const char* text : {
           "Ayden Cole's review of Rebecca was published today.",
           "Fass bitte die Handlung von Michelle zusammen.",
           "L’azienda Merck ha chiuso lo stabilimento.",
           "Ayden Cole has season tickets for Ajax Amsterdam.",
       })
    for (const std::string& p : found(text, EntityType::person))
      EXPECT_NE(p.find("Ayden Cole"), std::string::npos) << text;
  EXPECT_TRUE(covers("The annual review of Anna Favre is due.", EntityType::person, "Anna Favre"));
  // A founder named alone is a person: "Tom Ford called me".
  EXPECT_TRUE(covers("Tom Ford called me about the fitting.", EntityType::person, "Tom Ford"));
  // A club in a match after the article a club takes; software no one is
  // named spoken to (a given name stays a person).
  for (const char* text : {
           "Le Celtic Glasgow a battu Borussia Dortmund samedi.",
           "La Wisła Kraków ha battuto il Benfica sabato.",
           "Ask Gemini to play some jazz.",
           "Ask Grafana to play some jazz.",
       })
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
  EXPECT_TRUE(covers("Ask Julia to set a timer.", EntityType::person, "Julia"));
  EXPECT_TRUE(covers("Ask Jenkins to send the report.", EntityType::person, "Jenkins"));
  // A team after "the" in a match or before a team's noun; a request to a
  // speaker; the system a pipeline moved from.
  for (const char* text : {
           "The Dallas Cowboys beat the Green Bay Packers on Sunday.",
           "Tickets for the Toronto Maple Leafs game sold out.",
           "Play Jolene on the kitchen speaker.",
           "We moved the pipeline from Kafka to Grafana last quarter.",
       })
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
  EXPECT_TRUE(covers("I will play Anna Favre in the final.", EntityType::person, "Anna Favre"));
  // Software of the list before a noun of software work; a voice assistant
  // given a device's command.
  for (const char* text : {
           "I built a Django app for the club.",
           "We watched the film Erin Brockovich last night.",
           "Who plays the character Lara Croft now?",
           "We toured HMS Victory in Portsmouth.",
           "Ask Alexa to set a timer for ten minutes.",
           "Hey Siri, play some jazz.",
       })
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
  // A landmark of the list is a place.
  EXPECT_TRUE(found("How tall is Big Ben?", EntityType::person).empty());
  EXPECT_TRUE(
      covers("We took a photo in front of Burj Khalifa.", EntityType::location, "Burj Khalifa"));
  // The person in or beside the same frame stays a person.
  EXPECT_TRUE(covers("A talk by Anna Favre on Oliver Twist is on Thursday.", EntityType::person,
                     "Anna Favre"));
  EXPECT_TRUE(covers("Ask Anna Favre to install Jenkins on the build server.", EntityType::person,
                     "Anna Favre"));
  EXPECT_TRUE(
      covers("Anna Favre's review of Emma was published today.", EntityType::person, "Anna Favre"));
  EXPECT_TRUE(covers("I am reading Anna Favre's new novel.", EntityType::person, "Anna Favre"));
  EXPECT_TRUE(covers("Please send the invoice to Julia Meyer.", EntityType::person, "Julia Meyer"));
}

}  // namespace
}  // namespace switchyard::privacy
