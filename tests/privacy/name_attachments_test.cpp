// Names of the locales whose PERSON recall lagged after recall18, in running
// prose with no cue word (name_attachments.cpp): lists of given names with a
// conjunction of the language, names written on to a Zulu prefix, after a
// French elision, or with an ending of the language written on.
#include <gtest/gtest.h>

#include <string>

#include "privacy/detector_checks.hpp"
#include "switchyard/privacy/code_points.hpp"
#include "switchyard/privacy/detector.hpp"
#include "switchyard/privacy/detector_config.hpp"
#include "switchyard/privacy/name_finder.hpp"

namespace switchyard::privacy {
namespace {

using checks::covers;
using checks::found;

// A list of three or more, one of whom was found for a person and two or
// more of whom are known given names, closed by a conjunction of the
// lagging locales' languages: every member is a person.
TEST(NameAttachments, ListsOfGivenNames) {
  EXPECT_TRUE(covers("Stefan, Erik och Oliver kommer på måndag.", EntityType::person, "Oliver"));
  EXPECT_TRUE(covers("Jozef, Erik a Mária prídu v pondelok.", EntityType::person, "Mária"));
  // A firm's partners' surnames are not a list of given names.
  for (const char* text : {"Customer: Christiansen, Durgan and Kemmer",
                           "Gavrilita, Albu and "
                           "Prepelita has opened"})
    EXPECT_FALSE(covers(text, EntityType::person, "Durgan") ||
                 covers(text, EntityType::person, "Albu"))
        << text;
}

// A Zulu or Xhosa prefix written on to a name with no hyphen: a known given
// name after any of them, a name no list knows after ku-, ka-, no-, ngu-;
// not a noun of the same class (kin, God, days) nor a town after u-.
TEST(NameAttachments, ZuluPrefixesWrittenOn) {
  EXPECT_TRUE(covers("Izolo ngibone uMthunzi edolobheni.", EntityType::person, "Mthunzi"));
  EXPECT_TRUE(covers("Nika kuZithulele lezi zincwadi.", EntityType::person, "Zithulele"));
  EXPECT_TRUE(covers("Imoto kaNonhlanhla isegaraji.", EntityType::person, "Nonhlanhla"));
  EXPECT_TRUE(covers("Ngikhulume noNofoto namhlanje.", EntityType::person, "Nofoto"));
  for (const char* text :
       {"Ngiyabonga uMama, sizobonana ngoMsombuluko.", "Flights from iBhayi to uTshwane.",
        "Set noImplicitAny in tsconfig.", "uBlock blocks the ads.", "Use the noCache flag."})
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
}

// A known given name after a French elision, or with a Turkish ending after
// an apostrophe, an Uzbek ending or a Swedish
// possessive written on.
TEST(NameAttachments, EndingsOnAKnownGivenName) {
  EXPECT_TRUE(covers("La voiture d'Ivan est au garage.", EntityType::person, "Ivan"));
  EXPECT_TRUE(covers("Dilek'e dosyayı gönderdim.", EntityType::person, "Dilek"));
  EXPECT_TRUE(covers("Bu sabah Rahim’le konuştum.", EntityType::person, "Rahim"));
  EXPECT_TRUE(covers("Kecha Dilekni bozorda ko'rdim.", EntityType::person, "Dilekni"));
  EXPECT_TRUE(covers("Sannas bil står på verkstaden.", EntityType::person, "Sannas"));
  // Not a town's "-eni" or "-on", an Italian surname, nor an elided place.
  EXPECT_FALSE(covers("Fournisseur : Trifan\nVille : Lupeni", EntityType::person, "Lupeni"));
  EXPECT_FALSE(covers("Biserica din Municipiu Nicon.", EntityType::person, "Nicon"));
  EXPECT_FALSE(covers("Quote from Luciani today.", EntityType::person, "Luciani"));
  EXPECT_FALSE(covers("The d'Italia tour starts.", EntityType::person, "Italia"));
}

// A chat's @mention: a known given name, or one before a dot, an underscore
// or a capital and a second part; not a decorator, an annotation, a
// package's scope or a channel.
TEST(NameAttachments, Mentions) {
  EXPECT_TRUE(covers("cc @giulia.bianchi @MariaRossi", EntityType::person, "giulia.bianchi"));
  EXPECT_TRUE(covers("cc @giulia.bianchi @MariaRossi", EntityType::person, "MariaRossi"));
  EXPECT_TRUE(covers("@maria.rossi can you review this?", EntityType::person, "maria.rossi"));
  for (const char* text : {"@app.route(\"/x\")", "@Override", "cc @channel @here @ops",
                           "npm i @types/node", "@pytest.fixture"})
    EXPECT_FALSE(covers(text, EntityType::person, text[0] == '@' ? text + 1 : text)) << text;
}

// A CSV cell in quotes naming a person surname first.
TEST(NameAttachments, QuotedCellsSurnameFirst) {
  EXPECT_TRUE(covers("4218,\"Xelîl, Hawar\",Amed", EntityType::person, "Xelîl"));
  EXPECT_TRUE(covers("4218,\"Xelîl, Hawar\",Amed", EntityType::person, "Hawar"));
  EXPECT_TRUE(covers("7180,\"D'Elia, Libero\",Bergamo", EntityType::person, "D'Elia"));
  for (const char* text : {"12,\"Paris, France\",x", "3,\"Acme, Inc\",x", "3,\"ACME, INC\",x"})
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
}

// Given names of Yoruba, Uzbek, Kurmanji, Zulu, Georgian and Ukrainian
// (Latin letters) a list written by hand knows, in running prose.
TEST(NameAttachments, GivenNamesOfTheLaggingLocales) {
  EXPECT_TRUE(covers("Mo rí Gbolahan lánàá ní ọjà.", EntityType::person, "Gbolahan"));
  EXPECT_TRUE(covers("Uchora ya zustriv Rostyslav bilia ofisu.", EntityType::person, "Rostyslav"));
  EXPECT_TRUE(covers("Izolo ngibone uMpumelelo edolobheni.", EntityType::person, "Mpumelelo"));
  EXPECT_TRUE(covers("I spoke with Jahongir on the phone.", EntityType::person, "Jahongir"));
  // Not a brand's nor an alliance's name.
  for (const char* text : {"Nike Air and Adidas Originals are on sale.", "NATO met in Brussels."})
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
}

// A handle opening with a common word, and the display name of a role's
// address that does not open with a known given name, name no one.
TEST(NameAttachments, TeamHandlesAndRoleSenders) {
  for (const char* text : {"cc @team-kyiv @ops", "From: Barilla <noreply@example.com>",
                           "From: Zain <info@zain.com>\nSubject: figures"})
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
  EXPECT_TRUE(covers("From: Maria Rossi <info@rossi.it>", EntityType::person, "Maria Rossi"));
  EXPECT_TRUE(covers("From: Maria Rossi <maria@example.com>", EntityType::person, "Maria Rossi"));
}

// After a verb of meeting, calling or speaking with someone in Swedish,
// French, Italian, Esperanto, Slovak, Yoruba or Kurmanji, a name no list
// knows is a person.
TEST(NameAttachments, VerbsOfMeetingAndCalling) {
  for (const char* text :
       {"Jag pratade med Xanthe i morse.", "J'ai appelé Xanthe, pas de réponse.",
        "Ho parlato con Xanthe oggi.", "Hieraŭ mi renkontis Xanthe en la stacidomo.",
        "Volal som Xanthe, ale nedvíhal.", "Mo rí Xanthe lánàá ní ọjà.",
        "Min bi Xanthe re li ser telefonê axivî."})
    EXPECT_TRUE(covers(text, EntityType::person, "Xanthe")) << text;
  EXPECT_TRUE(found("Ho parlato con il direttore oggi.", EntityType::person).empty());
  // Said and spoke with someone in Yoruba and Uzbek, after the name; not
  // after a French or Ukrainian pronoun.
  EXPECT_TRUE(covers("Xanthe sọ pé ó ti dé.", EntityType::person, "Xanthe"));
  EXPECT_TRUE(covers("Xanthe bilan telefonda gaplashdim.", EntityType::person, "Xanthe"));
  for (const char* text : {"Il a dit que non.", "Він сказав, що все гаразд."})
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
}

// A surname written first, before a comma, beside a known given name, is
// masked with it: in capitals or not, a known surname or one of a surname's
// shape. A place, an English word or a greeting before the comma is not.
TEST(NameAttachments, SurnamesBeforeAComma) {
  EXPECT_TRUE(covers("The patient, SMITH, John, was admitted.", EntityType::person, "SMITH"));
  EXPECT_TRUE(covers("Smith, John (DOB 1980-02-03)", EntityType::person, "Smith"));
  EXPECT_TRUE(covers("GONZALEZ, Maria", EntityType::person, "GONZALEZ"));
  EXPECT_TRUE(covers("Name: Kowalski, Anna", EntityType::person, "Kowalski"));
  for (const char* text : {"Paris, John said", "Well, John, I think so.",
                           "Yesterday, Maria called.", "Springfield, Mary"})
    for (const std::string& f : found(text, EntityType::person))
      EXPECT_TRUE(f == "John" || f == "Maria" || f == "Mary") << text << ": " << f;
}

// Within a scan the joined capitals come from find_leads' pass
// (JoinedCapitals); without one, joined_names looks for them itself. Both
// readings find the same names, in English text and beyond it.
TEST(NameAttachments, JoinedNamesTheSameWithAndWithoutTheScansRecord) {
  const NameFinder finder{DetectorConfig{}};
  for (const std::string text :
       {"Izolo ngibone uMthunzi edolobheni, and later kuZithulele too.",
        "La voiture d'Ivan est au garage.", "Sannas bil står på verkstaden, säger uSipho.",
        "Nika kuZithulele lezi zincwadi. Imoto kaNonhlanhla isegaraji."}) {
    std::vector<Finding> alone;
    finder.find(text, alone);
    finder.find_listed_names(text, alone);
    std::vector<Finding> in_scan;
    {
      const ScanDecode scan(text);
      finder.find(text, in_scan);
      ASSERT_NE(joined_capitals_of(text), nullptr) << text;
      finder.find_listed_names(text, in_scan);
    }
    ASSERT_EQ(alone.size(), in_scan.size()) << text;
    bool any_joined = false;
    for (std::size_t k = 0; k < alone.size(); ++k) {
      EXPECT_EQ(alone[k].start, in_scan[k].start) << text;
      EXPECT_EQ(alone[k].end, in_scan[k].end) << text;
      EXPECT_EQ(alone[k].detector, in_scan[k].detector) << text;
      any_joined = any_joined || alone[k].detector == "person_prefix_joined" ||
                   alone[k].detector == "person_elided";
    }
    EXPECT_TRUE(any_joined) << text;
  }
}

}  // namespace
}  // namespace switchyard::privacy
