// PERSON findings of the Caucasus, Cyrillic, Greek and Balkan locales that
// are no person (words::regional_non_person, the prec19a pass): streets,
// stations and districts by their nouns, institutions named after someone,
// firms by their legal form, keys and columns of a place or a firm, the
// sender of a role mailbox, and office words — each beside the person who
// must stay one.
#include <gtest/gtest.h>

#include "privacy/detector_checks.hpp"
#include "switchyard/privacy/detector.hpp"

namespace switchyard::privacy {
namespace {

using checks::covers;
using checks::found;
using checks::no_person;

TEST(RegionalNonNames, StreetsAndStationsByTheirNouns) {
  for (const char* text : {
           "Take the metro to Turgenevskaya station, then walk.",
           "Встреча на углу, станция Маяковская, в 12:00.",
           "Η συνάντηση είναι στη γωνία οδός Ελευθερίου Βενιζέλου.",
           "Hitno! Dođi do stanica Vukov spomenik.",
           "Հանդիպումը Սասունցի Դավիթ կայարան մոտ է։",
           "The Ucom office on Tadevosyan  poghots is closed.",
           "Sutra je Bulevar kralja Aleksandra zatvorena.",
           "Jevrosima je u Novi Beograd.",
       })
    EXPECT_TRUE(no_person(text)) << text << " -> " << found(text, EntityType::person)[0];
  // The street is a place, by its number an address.
  EXPECT_TRUE(
      covers("Take the metro to Turgenevskaya station.", EntityType::location, "Turgenevskaya"));
  EXPECT_TRUE(covers("Paket je za Ulica Svetozara Markovića 12.", EntityType::address,
                     "Svetozara Markovića"));
  // A time after it is no house number.
  EXPECT_FALSE(checks::any_address("Meet Вера at станция Гагаринская at 11:30."));
  // People beside those words stay people; an initial is no "м." of a metro.
  EXPECT_TRUE(
      covers("Присутствовали: Тихон Дмитришин; М. Могилевська", EntityType::person, "Могилевська"));
  EXPECT_TRUE(covers("Cara Delevingne opened the show.", EntityType::person, "Cara Delevingne"));
  EXPECT_TRUE(covers("I met Ivana Horvat at the station.", EntityType::person, "Ivana Horvat"));
}

TEST(RegionalNonNames, RegionsStreetAdjectivesAndGenitives) {
  for (const char* text : {
           "Филиал открылся: Белгородская область.",
           "Офіс у Черкаська область закрито.",
           "The office in Braničevski okrug is closed.",
           "The office in Lawrence County is closed.",
           "Krapinsko-zagorska",
           "Meet me on аллея Первомайская at noon.",
           "Meet me on Katićeva at noon.",
           "Meet me on Livadska at noon.",
           "Meet me on Παρ. Γιάνναρη at noon.",
           "Χειροποίητο Μέταλο Πετσέτες",
           "Свободный Стальной Клатч",
           "Today only: Svobodnyy Betonnyy Kurtka!",
           "Ninel works on Meditsinskaya alleya, 567, Solikamsk",
           "She graduated from Yerevan State Medical University after Mkhitar Heratsi.",
           "Qeyd: Balaca Pambıq Kəmər, Bakcell",
           "We are moving to Pivdenniy Roksolan in spring.",
           "Meet me on Leof. Papadaki at noon.",
           "The office in Udmurtskaya Respublika is closed.",
           "Meet me on Milana Rakića at noon.",
       })
    EXPECT_TRUE(no_person(text)) << text << " -> " << found(text, EntityType::person)[0];
  EXPECT_TRUE(
      covers("Delivery to Filipa Višnjića 71 failed.", EntityType::address, "Filipa Višnjića"));
  // A woman's surname in -ska, -ova or a hyphenated one stays hers.
  EXPECT_TRUE(covers("I met Anna Kowalska at noon.", EntityType::person, "Anna Kowalska"));
  EXPECT_TRUE(covers("I met Milana Rakić at noon.", EntityType::person, "Milana Rakić"));
  EXPECT_TRUE(
      covers("Вчера Дмитрий Соколов подписал договор.", EntityType::person, "Дмитрий Соколов"));
  EXPECT_TRUE(
      covers("Yesterday Yuriy Sokolovskiy signed it.", EntityType::person, "Yuriy Sokolovskiy"));
  EXPECT_TRUE(
      covers("Marija Kovačević-Horvat signed it.", EntityType::person, "Marija Kovačević-Horvat"));
  EXPECT_TRUE(covers("Σήμερα ο Γιώργος Παπαδόπουλος είναι στο γραφείο.", EntityType::person,
                     "Γιώργος Παπαδόπουλος"));
  EXPECT_TRUE(covers("ძვირფასო კოლეგებო კესო,\nგილოცავთ!", EntityType::person, "კესო"));
  EXPECT_TRUE(
      covers("Polad Həsənov left after Anna Smith arrived.", EntityType::person, "Anna Smith"));
  EXPECT_TRUE(covers("პატივცემულო მომხმარებელო მარი,\nგმადლობთ!", EntityType::person, "მარი"));
}

TEST(RegionalNonNames, InstitutionsNamedAfterSomeoneAndFirmsByTheirLegalForm) {
  for (const char* text : {
           "Она окончила КНУ імені Тараса Шевченка.",
           "Nizami adına Ədəbiyyat İnstitutu yeni kitab nəşr etdi.",
           "Ίδρυμα Σταύρος Νιάρχος",
           "Accounting, PAT Ratimir",
           "Regards,\nSales Department\nFOP Levadovskiy",
       })
    EXPECT_TRUE(no_person(text)) << text << " -> " << found(text, EntityType::person)[0];
  EXPECT_FALSE(covers("Marija Kadri graduated from OŠ Ivana Gorana Kovačića in 2009.",
                      EntityType::person, "Kovačića"));
  EXPECT_TRUE(covers("Marija Kadri graduated from OŠ Ivana Gorana Kovačića in 2009.",
                     EntityType::person, "Marija Kadri"));
  EXPECT_TRUE(covers("Hasan Vəliyev works at PAT Ratimir.", EntityType::person, "Hasan Vəliyev"));
}

TEST(RegionalNonNames, KeysAndColumnsOfAPlaceOrAFirm) {
  for (const char* text : {
           R"({"company": "Rendulić - Zejak", "street": "Takovska", "district": "Stari grad"})",
           "name;company;street;city\nDušanka Babalj;Barišić, Tamindžić-Jelisavac and "
           "Penović;Njegoševa;Subotica",
       }) {
    for (const std::string& p : found(text, EntityType::person))
      EXPECT_TRUE(p == "Dušanka Babalj") << text << " -> " << p;
  }
  // The person's own column stays a person.
  EXPECT_TRUE(covers("name;company;street;city\nDušanka Babalj;Kekić - Rozgić;Njegoševa;Šabac",
                     EntityType::person, "Dušanka Babalj"));
  EXPECT_TRUE(covers(R"({"name": "Stipan Bjelanović", "city": "Zagreb"})", EntityType::person,
                     "Stipan Bjelanović"));
}

TEST(RegionalNonNames, TheSenderOfARoleMailbox) {
  EXPECT_TRUE(no_person("From: Rozetka <noreply@example.com>\nSubject: Happy New Year"));
  EXPECT_TRUE(no_person("From: Silpo <info@silpo.example>\nSubject: Sale"));
  EXPECT_TRUE(covers("From: Vera Orekhova <vera.orekhova@example.com>\nSubject: rota",
                     EntityType::person, "Vera Orekhova"));
}

TEST(RegionalNonNames, OfficeWordsOfThoseLanguages) {
  for (const char* text : {
           "Mühüm Elan\nÇərşənbə, 18 Noyabr\nSatış Şöbəsi",
           "Aqil Rəhimov QSC Zahir şirkətində Baş Mühasib işləyir.",
           "Она окончила институт в 2009.",
           "Βασίλης Αρβανίτης, Προϊστάμενος Λογιστηρίου",
           "Наш офіс: Шевченківський район",
           "Odgovorno lice: Jovana Bekčić, Glavni računovođa",
       }) {
    for (const std::string& p : found(text, EntityType::person))
      EXPECT_TRUE(p == "Aqil Rəhimov" || p == "Βασίλης Αρβανίτης" || p == "Jovana Bekčić")
          << text << " -> " << p;
  }
  // A job title before a name is the person's.
  EXPECT_TRUE(covers("Həkim Afət Qasımova, Emin Nəzərov adına xəstəxana", EntityType::person,
                     "Afət Qasımova"));
  EXPECT_TRUE(
      covers("Məsul şəxs: Afət Seyidova, Baş Mühasib", EntityType::person, "Afət Seyidova"));
}

}  // namespace
}  // namespace switchyard::privacy
