// People of the locales whose names the finder missed most (Italian, Swiss
// French, Turkish, Danish, Swedish, Indian and Nepali English, Esperanto,
// Georgian, Zulu, Ukrainian and Greek, the last three also in Latin
// letters): their languages' greetings, thanks, closings and titles, given
// names a list knows, honorifics after a name and chat notices.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "privacy/detector_checks.hpp"
#include "switchyard/privacy/detector.hpp"

namespace switchyard::privacy {
namespace {

using checks::covers;
using checks::found;

// After a greeting or thanks of the language, a given name no list knows
// is a name ("Hej Nicklas", "Gamarjoba Gogi", "Sawubona Lukhona").
TEST(NameRecallLocales, GreetingsAndThanksOfTheLanguage) {
  for (const char* text :
       {"Hej Nicklas,\n\nthe draft is attached.", "Tak Janni, vi ses i morgen.",
        "Kära Ebbe!\n\nTack för senast.", "Tack Vilgot, vi hörs.", "Caro Gualtiero,\nti scrivo per",
        "Buongiorno Fiorenzo, tutto bene?", "Değerli Aykut,\nbaşvurunuz alındı.",
        "Gamarjoba Zviadi, rogor khar?", "Madloba Khatia, khval shevkhvdebit.",
        "Sawubona Lukhona, unjani?", "Ngiyabonga Mhambi, sizobonana kusasa.",
        "Pryvit Ostapko, yak spravy?", "Agapiti Stamatia,\nse efcharisto.",
        "Respected Anshula,\nI am writing regarding my leave.",
        "Namaste Bishnu, hope you are well.", "Estimata Brigito,\ndankon pro via mesaĝo."}) {
    const std::string t(text);
    const std::size_t comma = t.find_first_of(",!\n");
    const std::size_t space = t.rfind(' ', comma);
    const std::string name = t.substr(space + 1, comma - space - 1);
    EXPECT_TRUE(covers(t, EntityType::person, name)) << t;
  }
}

// A greeting of the language with no name after it, or before a word for
// everyone, names no one.
TEST(NameRecallLocales, GreetingsWithoutANameFindNone) {
  for (const char* text :
       {"Hej allesammen,\nmødet er flyttet.", "Kære kunde,\ntak for din ordre.",
        "Buongiorno a tutti,\nla riunione è spostata.", "Namaste everyone, the office is closed.",
        "Sawubona Team, the braai is on Friday."}) {
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
  }
}

// The closing of a letter in the language, the name on the next line.
TEST(NameRecallLocales, ClosingsOfTheLanguage) {
  for (const char* text :
       {"Bedste hilsner\nKarsten Vognsen", "Allt gott\nGunnel Åhlund", "Un saluto,\nErmes Pirovano",
        "Sevgiler,\nGülizar Tanrıverdi", "Pativiscemit,\nKhobelasi Khizambareli",
        "Ozithobayo,\nNdleleni Gama", "Z povahoiu,\nBozhemyr Tsymbal",
        "Me ektimisi,\nStamatia Loukou", "Samideane,\nPerpetuo Hermelin"}) {
    const std::string t(text);
    EXPECT_TRUE(covers(t, EntityType::person, t.substr(t.find('\n') + 1))) << t;
  }
}

// Titles: Italian ones whose feminine ending the dot splits off, a lawyer's,
// Georgian and Zulu ones.
TEST(NameRecallLocales, TitlesOfTheLanguage) {
  EXPECT_TRUE(covers("Ho parlato con Dott.ssa Carta stamattina.", EntityType::person, "Carta"));
  EXPECT_TRUE(covers("Gentile sig.ra Pellegrino,\nla contatto", EntityType::person, "Pellegrino"));
  EXPECT_TRUE(covers("Ha risposto Avv. Monteleone.", EntityType::person, "Monteleone"));
  EXPECT_TRUE(covers("Batono Revaz, gmadlobt!", EntityType::person, "Revaz"));
  EXPECT_TRUE(covers("Kalbatono Bukhuti, didi madloba.", EntityType::person, "Bukhuti"));
  EXPECT_TRUE(covers("Mnu. Zondo uzofika ngo-10.", EntityType::person, "Zondo"));
  EXPECT_TRUE(covers("Nkk. Hlongwa ucela ukuthi umshayele.", EntityType::person, "Hlongwa"));
}

// Given names of these locales a list knows, opening a sentence.
TEST(NameRecallLocales, GivenNamesOpeningASentence) {
  for (const char* text :
       {"Giorgi Tsamalaidze left early.", "Tamuna Kvirikashvili booked the room.",
        "Kadriye Bekdik perşembe için toplantı odasını ayırttı.",
        "Gazanfer Durak moves to the payroll team.", "Olle Sandström har bokat mötesrummet.",
        "Bodil Dam har booket mødelokalet.", "Ubaldo Pesaresi ha prenotato la sala.",
        "Bongani Nzimande will chair the meeting.", "Taras Hnatiuk signed the lease.",
        "Stavros Kalogiannis joined in May."}) {
    const std::string t(text);
    const std::size_t second = t.find(' ', t.find(' ') + 1);
    EXPECT_TRUE(covers(t, EntityType::person, t.substr(0, second))) << t;
  }
}

// Turkish honorifics after a given name: the name ends before them.
TEST(NameRecallLocales, TurkishHonorificsAfterTheName) {
  EXPECT_TRUE(covers("Azak Bey toplantıya katılacak.", EntityType::person, "Azak"));
  EXPECT_TRUE(covers("Temel Hanım yarın izinli.", EntityType::person, "Temel"));
  for (const std::string& f : found("Temel Hanım yarın izinli.", EntityType::person))
    EXPECT_EQ(f.find("Hanım"), std::string::npos) << f;
}

// A chat's notices after a name.
TEST(NameRecallLocales, ChatNotices) {
  EXPECT_TRUE(covers("Estefania reacted with 👍 to your message", EntityType::person, "Estefania"));
  EXPECT_TRUE(covers("Ingeborga left the channel.", EntityType::person, "Ingeborga"));
  EXPECT_TRUE(covers("Ergin joined the call", EntityType::person, "Ergin"));
}

// Words of these languages that are also given names elsewhere stay words:
// the Esperanto "kaj" ("and") joins no two people into one.
TEST(NameRecallLocales, EsperantoAndJoinsNoName) {
  const auto people =
      found("Mi vidis Veronikon Uitterdijk kaj Johanĉjon Kalocsay hieraŭ.", EntityType::person);
  for (const std::string& p : people) EXPECT_EQ(p.find(" kaj "), std::string::npos) << p;
}

// A form's labels for the surname and the given name in the language.
TEST(NameRecallLocales, FormLabelsOfTheLanguage) {
  for (const char* text :
       {"Cognome: Polito\nNome: Ariberto", "Efternamn: Jakobsson\nFörnamn: Robin",
        "Isibongo: Nhleko\nIgama: Nofoto", "Familia nomo: Migliorini\nPersona nomo: Donaldo",
        "Prizvyshche: Gorova\nImia: Oriyana", "Eponymo: Mpotsaris\nOnoma: Charalampos",
        "Прізвище: Коцюбинська\nІм’я: Харитина", "Soyadı: Alkaya\nAdı: Ayaçı",
        "Gvari: Tsalughelashvili\nSakheli: Kartlos"}) {
    const std::string t(text);
    const std::size_t nl = t.find('\n');
    const std::string surname = t.substr(t.find(": ") + 2, nl - t.find(": ") - 2);
    const std::string given = t.substr(t.find(": ", nl) + 2);
    EXPECT_TRUE(covers(t, EntityType::person, surname)) << t;
    EXPECT_TRUE(covers(t, EntityType::person, given)) << t;
  }
}

// After a person's form label, a name in capitals to the line's end; not a
// team, a firm or a placeholder.
TEST(NameRecallLocales, NameInCapitalsAfterAPersonLabel) {
  EXPECT_TRUE(covers("Patient: RUDRA PATIL\nDOB: 21.04.2021", EntityType::person, "RUDRA PATIL"));
  EXPECT_TRUE(
      covers("Patient: HÅKAN HOLMBERG\nDOB: 3.11.2024", EntityType::person, "HÅKAN HOLMBERG"));
  EXPECT_TRUE(
      covers("Cognome:\nNome: CUNEGONDA POMPILIO", EntityType::person, "CUNEGONDA POMPILIO"));
  // (The label of a field left empty is no name.)
  for (const std::string& f : found("Cognome:\nNome: CUNEGONDA POMPILIO", EntityType::person))
    EXPECT_EQ(f.find("Nome"), std::string::npos) << f;
  for (const char* text : {"Contact: IT TEAM", "Customer: ACME TRADING LTD", "Patient: N/A",
                           "Patient: SEE ATTACHED FORM"})
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
}

// A name in capitals is masked whole, its surname with its given name, where
// the given name or the surname is also an English word the dictionary
// writes capitalised ("JOHN", "MARIA", "SMITH", "BERG"): after a greeting,
// a label, a signature's closing, or in running text. Words in capitals
// that are no surname stay out ("BILL PAYMENT", "MAY 2024").
TEST(NameRecallLocales, NamesInCapitalsWhole) {
  for (const auto& [text, name] : std::vector<std::pair<std::string, std::string>>{
           {"Dear MARIA GONZALEZ,", "MARIA GONZALEZ"},
           {"Patient: MARIA GONZALEZ", "MARIA GONZALEZ"},
           {"Signed, PETER KOWALSKI", "PETER KOWALSKI"},
           {"From: JOHN SMITH", "JOHN SMITH"},
           {"Contact ANNA BERG today", "ANNA BERG"},
           {"MARIA GONZALEZ called about invoice 4411.", "MARIA GONZALEZ"},
           {"Yesterday JOHN SMITH called.", "JOHN SMITH"}})
    EXPECT_TRUE(covers(text, EntityType::person, name)) << text;
  for (const char* text : {"WILL ATTEND THE MEETING", "MAY 2024 REPORT", "HOPE STREET"})
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
  for (const std::string& f : found("BILL PAYMENT DUE", EntityType::person))
    EXPECT_EQ(f.find("PAYMENT"), std::string::npos) << f;
}

// Initials in Greek, Cyrillic and Latin letters beyond ASCII before a
// surname; not the letters of a Greek legal form or postcode abbreviation.
TEST(NameRecallLocales, InitialsOfOtherScripts) {
  EXPECT_TRUE(covers("Πρακτικά: Α. Ζωγράφος.", EntityType::person, "Α. Ζωγράφος"));
  EXPECT_TRUE(covers("Протокол: К. Каськів.", EntityType::person, "К. Каськів"));
  EXPECT_TRUE(covers("Ş. M. Bulak co-authored the report.", EntityType::person, "Bulak"));
  for (const char* text : {"Αθήνα, Τ.Κ. 143 13", "Our partner Βλαχόπουλος Α.Ε. opened an office."})
    for (const std::string& f : found(text, EntityType::person))
      EXPECT_EQ(f.find('.'), std::string::npos) << text << ": " << f;
}

// A list's item naming a person surname first, by a known surname, a
// surname's shape or a known given name; not a town and its country, nor
// two surnames.
TEST(NameRecallLocales, ListItemsSurnameFirst) {
  const std::string text = "• Davis, Myrtis — approved\n• Kvirikashvili, Shaburi — pending";
  EXPECT_TRUE(covers(text, EntityType::person, "Davis, Myrtis")) << text;
  EXPECT_TRUE(covers(text, EntityType::person, "Kvirikashvili, Shaburi")) << text;
  // (Each word covered: read apart already, or by the item.)
  for (const char* word : {"Söderberg", "Jesper", "Lindqvist", "Ebba"})
    EXPECT_TRUE(covers("3. Söderberg, Jesper\n4. Lindqvist, Ebba", EntityType::person, word))
        << word;
  EXPECT_TRUE(covers("- Dlamini, Thandeka (absent)", EntityType::person, "Dlamini"));
  EXPECT_TRUE(covers("- Dlamini, Thandeka (absent)", EntityType::person, "Thandeka"));
  for (const char* item : {"• Paris, France — approved", "1) Tesco, Boots",
                           "- Smith, Jones — pending", "Kvirikashvili, Shaburi said no."})
    for (const std::string& f : found(item, EntityType::person))
      EXPECT_EQ(f.find(", "), std::string::npos) << item << ": " << f;
}

// A known given name in the possessive opening a sentence, before a word in
// small letters; a shop's name goes on capitalised.
TEST(NameRecallLocales, PossessiveGivenNameOpeningASentence) {
  EXPECT_TRUE(covers("Alina's flight lands at 21:49.", EntityType::person, "Alina"));
  EXPECT_TRUE(covers("Themba\u2019s report is late.", EntityType::person, "Themba"));
  EXPECT_TRUE(found("Mario's Pizzeria opens at 9.", EntityType::person).empty());
}

// A Zulu or Xhosa prefix joined to a name by a hyphen: a known given name,
// or two capitalised words, after it are a person; an English "no-" before
// a word, and a time after "ngo-", are not.
TEST(NameRecallLocales, ZuluPrefixesBeforeAName) {
  EXPECT_TRUE(covers("Ngikhulume no-Sizakele Cebekhulu namhlanje.", EntityType::person,
                     "Sizakele Cebekhulu"));
  EXPECT_TRUE(covers("Nikeza ku-Sipho incwadi.", EntityType::person, "Sipho"));
  for (const char* text :
       {"We need a no-Deal plan.", "Sizohamba ngo-10:30.", "The ka-Band antenna is up."})
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
}

// Common Indian, Nepali and Zulu surnames vouch for a person on their own,
// opening a sentence or a list's item.
TEST(NameRecallLocales, IndianNepaliZuluSurnames) {
  EXPECT_TRUE(covers("Trivedi will join at noon.", EntityType::person, "Trivedi"));
  EXPECT_TRUE(
      covers("1. Panicker, Eshana\n2. Ngcobo, Lwandle", EntityType::person, "Panicker, Eshana"));
  EXPECT_TRUE(covers("Mthembu will chair the meeting.", EntityType::person, "Mthembu"));
}

// Called at the end of a sentence that thanks in another language or
// requests in Indian English.
TEST(NameRecallLocales, ThanksOfOtherLanguagesBeforeACalledName) {
  EXPECT_TRUE(covers("Please do the needful, Sukanya.", EntityType::person, "Sukanya"));
  EXPECT_TRUE(covers("Dankon pro ĉio, Ŝimŝono.", EntityType::person, "Ŝimŝono"));
  EXPECT_TRUE(covers("Cheers for the lift, Ohakimi.", EntityType::person, "Ohakimi"));
  EXPECT_TRUE(found("Cheers for the lift, Brighton.", EntityType::person).empty());
}

}  // namespace
}  // namespace switchyard::privacy
