// People of Nigeria, Ghana, South Africa, India, Nepal and Indonesia in the
// shapes their messages take (titles and honorifics of those countries,
// their forms' labels, chat lines), and things of those countries that are
// no one.
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

// A surname or a given name after a title or a kin word said there.
TEST(NameAfricaAsia, TitlesOfThoseCountries) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"Pastor Oshin prayed for us.", "Oshin"},
      {"Alhaji Bamisebi paid the balance.", "Bamisebi"},
      {"Engr. Aderibigbe signed the drawings.", "Aderibigbe"},
      {"Barr. Adisa filed the motion today.", "Adisa"},
      {"Mnr. Lembede het gebel.", "Lembede"},
      {"Gogo Cebekhulu is in hospital.", "Cebekhulu"},
      {"Aunty Inioluwa brought food for everyone.", "Inioluwa"},
      {"Togbe Akpalu welcomed the guests.", "Akpalu"},
      {"Ibu Tantri sudah datang.", "Tantri"},
      {"Mbak Wani lagi makan.", "Wani"},
  };
  for (const auto& [text, name] : cases)
    EXPECT_TRUE(covers(text, EntityType::person, name)) << text;
  // A conjunction is no particle after a title: Spanish "al pastor".
  EXPECT_TRUE(found("Tacos al Pastor y Agua de Jamaica para llevar", EntityType::person).empty());
}

// Honorifics after the name (India, Nepal), a chat's notices, a chat
// line's speaker after its time, a numbered person's label.
TEST(NameAfricaAsia, HonorificsAndChatLines) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"Gyawali ji will come tomorrow.", "Gyawali"},
      {"Please ask Sumeet bhai about the flat.", "Sumeet"},
      {"Ashmi didi sent the photos.", "Ashmi"},
      {"Toluwani is typing...", "Toluwani"},
      {"Yejide joined the group", "Yejide"},
      {"[07:04] Deeptiman: ok I'm on my way", "Deeptiman"},
      {"13:22 - Ganak: Good morning all", "Ganak"},
      {"Referee 1: Tomiloba Akintade\nReferee 2: Chisom Adebayo", "Tomiloba Akintade"},
      {"Passenger 2: Oladara Bamisebi", "Oladara Bamisebi"},
  };
  for (const auto& [text, name] : cases)
    EXPECT_TRUE(covers(text, EntityType::person, name)) << text;
  for (const char* text :
       {"[07:04] Reminder: the bus leaves at eight", "Jakarta is typing the report"})
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
}

// The labels of those countries' forms and letters.
TEST(NameAfricaAsia, FormLabelsAndClosings) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"Full names: Samukelisiwe Ngubane\nID number: 2231454", "Samukelisiwe Ngubane"},
      {"Other names: Mpumelelo", "Mpumelelo"},
      {"Next of kin: Omotoun Shekoni (mother)", "Omotoun Shekoni"},
      {"Name of account holder: Nimakoah Daako", "Nimakoah Daako"},
      {"Yours faithfully,\nIsisa Sothole", "Isisa Sothole"},
      {"Rahmawati Pertiwi S/O Slamet Wacana", "Slamet Wacana"},
  };
  for (const auto& [text, name] : cases)
    EXPECT_TRUE(covers(text, EntityType::person, name)) << text;
}

// Given names of Zulu, Sotho, Yoruba, Igbo, Hausa, Edo, Akan, Ewe, Punjabi,
// Tamil, Nepali and Indonesian speakers, with no cue: the subject of a
// sentence.
TEST(NameAfricaAsia, GivenNamesOfThoseCountries) {
  for (const char* name :
       {"Mduduzi", "Nkosinathi", "Oluwaseyi", "Yejide", "Chinaza", "Nnaemeka", "Hauwa", "Efosa",
        "Kwamena", "Selorm", "Dzifa", "Jaspreet", "Sivakumar", "Dhanalakshmi", "Sagun", "Samjhana",
        "Rahmawati", "Gilang", "Larasati"}) {
    const std::string text = std::string(name) + " approved the budget yesterday.";
    EXPECT_EQ(found(text, EntityType::person), std::vector<std::string>{name}) << text;
  }
}

// Places of worship and their bodies are no one, whatever name they carry.
TEST(NameAfricaAsia, PlacesOfWorshipAreNoPeople) {
  for (const char* text :
       {"We attend Zion Christian Church on Sundays.", "Service at Meenakshi Temple starts at 9.",
        "We prayed at Masjid Istiqlal.", "He joined Winners Chapel last year.",
        "My aunt studied at Inanda Seminary."})
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
}

}  // namespace
}  // namespace switchyard::privacy
