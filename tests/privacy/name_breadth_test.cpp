// People of many languages found; job titles, companies and streets named
// after people not taken for people; street addresses of many countries.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "privacy/detector_checks.hpp"
#include "switchyard/privacy/detector.hpp"

namespace switchyard::privacy {
namespace {

using checks::any_address;
using checks::any_of_type;
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
  // Ukrainian given names called, or in another case, read by their
  // nominative's Latin spelling; Ukrainian and Russian cues.
  EXPECT_TRUE(covers("Дорогий Тарасе, дякую!", EntityType::person, "Тарасе"));
  EXPECT_TRUE(covers("Я говорив з Андрієм вчора.", EntityType::person, "Андрієм"));
  EXPECT_TRUE(covers("Це для Віктора, не для мене.", EntityType::person, "Віктора"));
  EXPECT_TRUE(covers("Мене звуть Устим.", EntityType::person, "Устим"));
  EXPECT_TRUE(covers("Дякую, пане Остапе.", EntityType::person, "Остапе"));
  // Honorifics of Esperanto, Slovene and Romanian.
  EXPECT_TRUE(covers("S-ro Zamenhof telefonis.", EntityType::person, "Zamenhof"));
  EXPECT_TRUE(covers("Gospa Novak je poklicala.", EntityType::person, "Novak"));
  EXPECT_TRUE(covers("Dna. Popescu a sunat.", EntityType::person, "Popescu"));
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
// A name is masked whole: the given name before a surname the rules found
// first, a surname that is also an English word after a given name or a
// title, a Scottish or Irish "Mc"/"Mac" surname. (A finding of "Seitz"
// alone would send "Amir" to the model.)
TEST(NameBreadth, WholeNamesAreFound) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"I met John Smith yesterday.", "John Smith"},
      {"Please call Mr. John Smith.", "Mr. John Smith"},
      {"I saw Mary Miller and Anna Baker.", "Mary Miller"},
      {"I saw Mary Miller and Anna Baker.", "Anna Baker"},
      {"Reviewed by Yaw Fosu on 12 March.", "Yaw Fosu"},
      {"Thanks again,\nAmir Seitz", "Amir Seitz"},
      {"Dear Till Rietscher,\n\nthank you.", "Till Rietscher"},
      {"Emergency contact: Hope McGlynn (sister)", "Hope McGlynn"},
      {"Demario Xu will cover the front desk.", "Demario Xu"},
      {"Kind regards,\nChase van den Bosch\n+52 55 7568 8434", "Chase van den Bosch"},
      {"my name is Damián Guerrero de Rodarte and I need help", "Damián Guerrero de Rodarte"},
      {"Monsieur Thibault Bonnet sera présent.", "Monsieur Thibault Bonnet"},
      {"Follow up with Ryan Bagy MD in 2 months.", "Ryan Bagy MD"},
      {"It is under Mr. Matthew Gavrilov II now.", "Mr. Matthew Gavrilov II"},
      {"My landlord Avery Mills still hasn't fixed it.", "Avery Mills"},
      {"Kin Kocchar will join the call.", "Kin Kocchar"},
      {"Rahmi Önür and Dinçer Baysoy moved to Muğla.", "Rahmi Önür"},
      {"Applicant: Nagy, Janka\nPosition: Analyst", "Nagy, Janka"},
      {"{\"name\": \"Hanga Oláh\", \"city\": \"Pécs\"}", "Hanga Oláh"},
      {"Ova Collins\nAugustinergasse 50", "Ova Collins"},
      {"Can you ask Vivian to call Luca van Dijk back?", "Luca van Dijk"},
      {"To: Sara Domínguez de Corona\nRe: towels", "Sara Domínguez de Corona"},
      {"Please ship it to Dubravka Lazarević-Lazarac at the desk.", "Dubravka Lazarević-Lazarac"},
      {"Beat Roth and Oskar Burri signed the lease.", "Beat Roth"},
      {"name,email\nFeline Jonker,feline@example.com", "Feline Jonker"},
      {"Cato de Ruiter, mobile +27 76 073 2874", "Cato de Ruiter"},
  };
  for (const auto& [text, name] : cases) {
    const std::vector<std::string> people = found(text, EntityType::person);
    EXPECT_NE(std::find(people.begin(), people.end(), name), people.end()) << text;
  }
  // A word that opens a sentence and is no name stays out, and a list
  // after a label is not one person.
  EXPECT_EQ(found("Contact Kowalski today.", EntityType::person),
            std::vector<std::string>{"Kowalski"});
  EXPECT_EQ(found("cc: Patrick Dam, Emma Jensen", EntityType::person),
            (std::vector<std::string>{"Patrick Dam", "Emma Jensen"}));
  // "de" before a town is "from", not a particle of the name.
  EXPECT_EQ(found("Bonjour, ici Clara Meyer de East Romain.", EntityType::person),
            std::vector<std::string>{"Clara Meyer"});
  EXPECT_EQ(found("Contact Kowalski and Nowak today.", EntityType::person),
            (std::vector<std::string>{"Kowalski", "Nowak"}));
}

// ". " after a whole word ends a sentence: the names or places on either
// side are two findings. After an abbreviation or before a number it joins.
TEST(NameBreadth, SentencesEndAtAFullStop) {
  EXPECT_EQ(found("We saw Anna. Berlin was cold.", EntityType::person),
            std::vector<std::string>{"Anna"});
  EXPECT_EQ(found("Thanks, Peter Müller. Hamburg office.", EntityType::person),
            std::vector<std::string>{"Peter Müller"});
  EXPECT_EQ(found("We flew to Saint Petersburg. San Francisco was next.", EntityType::location),
            (std::vector<std::string>{"Saint Petersburg", "San Francisco"}));
  EXPECT_EQ(found("Call Dr. Brown tomorrow.", EntityType::person),
            std::vector<std::string>{"Dr. Brown"});
  EXPECT_TRUE(any_address("Address: Ctra. Bailén-Motril 84"));
  EXPECT_TRUE(any_address("Address: wyb. Jurek 67 m. 365"));
  // A US Navy or Coast Guard ship's name is an address line, no person.
  for (const char* text : {"Please return to USNV Evseyev\nFPO AE 51332.",
                           "Meet me at USCGC Kristjánsdóttir\nFPO AP 60677"}) {
    EXPECT_TRUE(any_address(text)) << text;
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
  }
}

// People in prose beside things named like people: a capitalised article
// opens no name, Italian "Mia" before a noun is "my", a town no one is
// named after before a word with no surname's shape is a team's — while
// two words no list knows before what people do are a person.
TEST(NameBreadth, ArticlesPossessivesAndTeamsAreNoPeople) {
  for (const char* text : {
           "Il Celtic Glasgow ha battuto il Real Madrid sabato.",
           "Der Bayern München hat am Samstag gewonnen.",
           "Mia figlia legge Moby Dick per la scuola.",
           "Tickets for the Celtic Glasgow game sold out.",
           "The Ajax Amsterdam coach resigned.",
           // Firms: a legal form with dots, after a number, a company noun.
           "Der Vertrag mit Γεωργίου Ε.Π.Ε. wurde gestern unterschrieben.",
           "Payment received from Farkas 2000 Bt. — thank you.",
           "Компания Gibson and Sons открывает офис.",
           // A holiday after a generation's dot, a title running on "and the".
           "Martin Luther King Jr. Day: all offices closed.",
           "Harry Potter and the Goblet of Fire is on TV tonight.",
           // A firm where someone works, a product's label, a place named
           // after someone with an elided article or a noun after it.
           "Elle travaille chez Gerard et Hubert.",
           "New in store: Lyuks Paxta Kurtka!",
           "L'hôpital Maisonneuve-Rosemont cherche des bénévoles.",
           "Görüş Gəncə şəhərində saat 10-da olacaq.",
           // Everyone greeted, a department signing.
           "გამარჯობა ყველას!",
           "С уважением,\nСлужба поддержки",
           "Հարգանքով՝\nԱդմինիստրացիա",
           "Danke, Team Pretoria.",
           "Cordiali saluti,\nUfficio Acquisti",
           "პატივისცემით,\nკლიენტთა მომსახურება",
           "Regards,\nOrange Moldova Support",
           // Vietnamese words that open sentences and labels.
           "Cảm ơn quý khách đã chọn chúng tôi.",
       }) {
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
  }
  EXPECT_EQ(found("Giriraaj Mukhopadhyay was stuck in Miami.", EntityType::person),
            std::vector<std::string>{"Giriraaj Mukhopadhyay"});
  EXPECT_EQ(found("Drahoslav Korec gave a talk on Hamlet.", EntityType::person),
            std::vector<std::string>{"Drahoslav Korec"});
  EXPECT_EQ(found("Sydney Gladu will be talking at the conference.", EntityType::person),
            std::vector<std::string>{"Sydney Gladu"});
  EXPECT_EQ(
      found("Attendees: Elisabeth Kuijpers, Vienna Groen and Jayda Hartman", EntityType::person),
      (std::vector<std::string>{"Elisabeth Kuijpers", "Vienna Groen", "Jayda Hartman"}));
  EXPECT_EQ(found("Mia said she would come.", EntityType::person), std::vector<std::string>{"Mia"});
  EXPECT_EQ(found("С уважением,\nАнна Петрова", EntityType::person),
            std::vector<std::string>{"Анна Петрова"});
  EXPECT_EQ(found("Anna and the Johnsons came.", EntityType::person),
            std::vector<std::string>{"Anna"});
  EXPECT_EQ(found("I'm in Las Toscas, at the conference.", EntityType::location),
            std::vector<std::string>{"Las Toscas"});
}

// Initials before a surname make a name of it, an English word too, and are
// masked with it; a letter and a dot before a sentence's first word are not
// initials.
TEST(NameBreadth, InitialsBeforeASurname) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"The contract was signed by M. Millidge on behalf of Felber SCS.", "M. Millidge"},
      {"J. K. Dlamini will attend.", "J. K. Dlamini"},
      {"Please ask J. Smith.", "J. Smith"},
      {"Signed by A. Baker", "A. Baker"},
  };
  for (const auto& [text, name] : cases)
    EXPECT_EQ(found(text, EntityType::person), std::vector<std::string>{name}) << text;
  for (const char* text : {"Plan B. The next day was quiet.", "Take vitamin D. Then rest."})
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
}

// Frames only a person fills, for a word no list knows: called at the end of
// a sentence that thanks or praises, "… and I", a question's subject. Not a
// town called, nor a firm asked about.
TEST(NameBreadth, FramesOnlyAPersonFills) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"Great job on the release, Adedoyin!", "Adedoyin"},
      {"Díky, Jakobino.", "Jakobino"},
      {"Did Abebi reply to you?", "Abebi"},
      {"Morayo and I will be late.", "Morayo"},
      {"Albertino Droogendijk approved the budget yesterday.", "Albertino Droogendijk"},
      {"Ischirione Evangelista\nCorporate Marketing Executive\nAcme Ltd", "Ischirione Evangelista"},
      {"Can you loop in Katy Boadu on this thread?", "Katy Boadu"},
      {"I called Adegoke Aligbe about the delay.", "Adegoke Aligbe"},
      {"CARLOS DELAO CASAREZ - PAYMENT RECEIVED", "CARLOS DELAO CASAREZ"},
      {"ERIKA KREGAR – PAYMENT OVERDUE", "ERIKA KREGAR"},
      {"Hello CARLOS DELAO CASAREZ", "CARLOS DELAO CASAREZ"},
      {"Vittore, can I please speak to your boss?", "Vittore"},
      {"Mimount, could you send it?", "Mimount"},
  };
  for (const auto& [text, name] : cases)
    EXPECT_EQ(found(text, EntityType::person), std::vector<std::string>{name}) << text;
  EXPECT_EQ(
      found("Marinjo Becker, Pablo Auld and Klementino Hodler were promoted.", EntityType::person),
      (std::vector<std::string>{"Marinjo Becker", "Pablo Auld", "Klementino Hodler"}));
  EXPECT_EQ(found("Тиміш Трублаєвський, Зоряна Горова and Остап Борецький were promoted.",
                  EntityType::person),
            (std::vector<std::string>{"Тиміш Трублаєвський", "Зоряна Горова", "Остап Борецький"}));
  EXPECT_TRUE(
      covers("The report from Tea Calabria is attached.", EntityType::person, "Tea Calabria"));
  EXPECT_FALSE(any_of_type("The report from Berlin is attached.", EntityType::person));
  EXPECT_EQ(found("Klimek shouted at Katie: \"What are you doing?\"", EntityType::person),
            (std::vector<std::string>{"Klimek", "Katie"}));
  for (const char* text : {"See you in Paris, London.", "The meeting moved to Friday, Kowaldo.",
                           "Finance, can you approve this?"})
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
}

// Given names in the cases of Croatian (instrumental), Romanian (genitive)
// and Esperanto (accusative, and the "-o" nominative of a name in "-a"):
// the form without its ending is a known given name (loc17).
TEST(NameBreadth, GivenNamesInTheirLanguagesCases) {
  EXPECT_TRUE(
      covers("Razgovarala sam s Irmom Horvat o računu.", EntityType::person, "Irmom Horvat"));
  EXPECT_TRUE(covers("I-am dat cartea Cristinei Rusu.", EntityType::person, "Cristinei Rusu"));
  EXPECT_TRUE(covers("Magdaleno Weber skribis la leteron.", EntityType::person, "Magdaleno Weber"));
  // A common word or a place whose stem is a given name is neither.
  for (const char* text : {"The Centro is closed.", "Problem with the System today."})
    EXPECT_FALSE(any_of_type(text, EntityType::person)) << text;
}

// A full name whose last word is a common surname after "of", "to" or
// "from" is a person, not a place; after "in" it may be a place (loc17).
TEST(NameBreadth, SurnameLastAfterOfToFrom) {
  EXPECT_TRUE(
      covers("The claim of Rohan Banerjee was settled.", EntityType::person, "Rohan Banerjee"));
  EXPECT_TRUE(covers("Please send this to Anil Khan today.", EntityType::person, "Anil Khan"));
  EXPECT_FALSE(any_of_type("I had lunch in Upton Brekke today.", EntityType::person));
  // A surname's ending vouches as a common surname does; a place's word
  // first keeps a place ("Port Jefferson").
  EXPECT_TRUE(covers("The claim of Jarrell Halvorson was rejected.", EntityType::person,
                     "Jarrell Halvorson"));
  EXPECT_FALSE(any_of_type("We drove from Port Jefferson to the coast.", EntityType::person));
}

// A day relative to today opening a sentence is no part of the name after
// it, in English, Italian, French, Croatian, Romanian and Esperanto (loc17).
TEST(NameBreadth, RelativeDaysOpeningASentenceAreNoName) {
  EXPECT_EQ(found("Yesterday Tom Smith called about the lease.", EntityType::person),
            std::vector<std::string>{"Tom Smith"});
  EXPECT_EQ(found("Jučer sam sreo Ivana.", EntityType::person), std::vector<std::string>{"Ivana"});
}

// Croatian salutations and thanks before a name, and the Italian and
// Croatian labels of who was present (loc17); the salutation stays out of
// the name.
TEST(NameBreadth, CroatianSalutationsAndPresentLists) {
  EXPECT_EQ(found("Bok Neva,\nhvala na poruci.", EntityType::person),
            std::vector<std::string>{"Neva"});
  EXPECT_EQ(found("Poštovani Marko Horvat,\nhvala.", EntityType::person),
            std::vector<std::string>{"Marko Horvat"});
  EXPECT_EQ(found("Prisutni: Ana Kovač, Ivo Babić i Marta Jurić.", EntityType::person),
            (std::vector<std::string>{"Ana Kovač", "Ivo Babić", "Marta Jurić"}));
}

// "On behalf of" in French, Italian and Romanian is a person's cue (loc17).
TEST(NameBreadth, OnBehalfOfInFrenchItalianRomanian) {
  EXPECT_TRUE(covers("Pour Louise Martin, de la part de Mischa.", EntityType::person, "Mischa"));
  EXPECT_TRUE(covers("Per Marco Rossi, da parte di Ovidio.", EntityType::person, "Ovidio"));
}

// An honorific in small letters inside a sentence of Italian, French or
// Romanian is a cue; the honorific stays out of the name (loc17).
TEST(NameBreadth, HonorificsInSmallLetters) {
  EXPECT_EQ(found("Il signor Bertolucci la richiamerà.", EntityType::person),
            std::vector<std::string>{"Bertolucci"});
  EXPECT_EQ(found("J'ai vu madame Chappuis hier.", EntityType::person),
            std::vector<std::string>{"Chappuis"});
  EXPECT_EQ(found("Am vorbit cu domnul Ciobanu ieri.", EntityType::person),
            std::vector<std::string>{"Ciobanu"});
}

// The name a booking or an account is under, in English, French and
// Romanian, is a person's (loc17).
TEST(NameBreadth, UnderTheName) {
  EXPECT_TRUE(covers("Booking under the name Lai Bhadresha.", EntityType::person, "Lai Bhadresha"));
  EXPECT_TRUE(covers("La réservation est au nom de Chappuis.", EntityType::person, "Chappuis"));
  EXPECT_TRUE(covers("Rezervare pe numele Ciobanu.", EntityType::person, "Ciobanu"));
}

}  // namespace switchyard::privacy
