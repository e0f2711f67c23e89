// The parts of an address after its street: the town and postcode in the
// order of the countries that write the town first, the flats and floors of
// more languages — each left out is a part of the address left unmasked.
#include <gtest/gtest.h>

#include <string>

#include "privacy/detector_checks.hpp"
#include "switchyard/privacy/detector.hpp"

namespace switchyard::privacy {
namespace {

using checks::any_address;
using checks::covers;

// "street, town postcode": the town and its postcode continue the address.
TEST(AddressContinuation, TownAndPostcodeAfterTheStreet) {
  for (const char* address : {
           "Λεωφ. Παππά 1, Ισ., Πύργος 700 91",              // Greek, "NNN NN"
           "Πλ. Ζερβού 14, Γρ. 8, Γάζι 704 53",              //
           "Роналд Реган 1 стан 24, Брвеница 5145",          // Macedonian
           "Akselveien 10 Oppgang A, Storberg 9140",         // Norwegian
           "Guslarska 37 Stan 69, Sremska Mitrovica 31588",  // Serbian, two words
       }) {
    for (const std::string& text : {std::string("Address: ") + address,
                                    std::string("Please deliver to ") + address + ", thanks!"}) {
      EXPECT_TRUE(covers(text, EntityType::address, address)) << text;
    }
  }
  // A postcode with its country's letters; Azerbaijani "qardaşları"
  // (brothers) inside a street's name.
  EXPECT_TRUE(covers("I live at Novruzov qardaşları sh., 465 m. 861, Sumqayıt AZ1068",
                     EntityType::address, "Novruzov qardaşları sh., 465 m. 861, Sumqayıt AZ1068"));
  EXPECT_TRUE(covers("Adrese: Admirāļu dambis 50 dz. 314, Ogre LV-1761", EntityType::address,
                     "Admirāļu dambis 50 dz. 314, Ogre LV-1761"));
  EXPECT_TRUE(covers("Mərdanov qardaşları küçəsi, 324 m. 910", EntityType::address,
                     "Mərdanov qardaşları küçəsi, 324 m. 910"));
  EXPECT_TRUE(covers("Mən yaşayıram: Səməd bəy Mehmandarov küçəsi, 544 m. 692 🙏",
                     EntityType::address, "Səməd bəy Mehmandarov küçəsi, 544 m. 692"));
  // After a floor's abbreviation and its dot, on the next line.
  EXPECT_TRUE(covers("Αθανασια Ελευθερίου\nΠλ. Ζάνου 329, Ημ.\nΚάλυμνος 384 81",
                     EntityType::address, "Πλ. Ζάνου 329, Ημ.\nΚάλυμνος 384 81"));
  // On the next line, as a letter writes it.
  EXPECT_TRUE(covers("Noah Gundersen\nAkselveien 10 Oppgang A\nStorberg 9140", EntityType::address,
                     "Akselveien 10 Oppgang A\nStorberg 9140"));
}

// No street before it, or no postcode after the town: nothing to continue.
TEST(AddressContinuation, NothingWithoutAStreetOrAPostcode) {
  EXPECT_FALSE(any_address("We met in Storberg 9140 times."));
  EXPECT_TRUE(covers("Address: Akselveien 10 Oppgang A, Storberg 2", EntityType::address,
                     "Akselveien 10 Oppgang A"));
  EXPECT_FALSE(
      covers("Address: Akselveien 10 Oppgang A, Storberg 2", EntityType::address, "Storberg"));
  // A word in small letters is no town.
  EXPECT_FALSE(covers("Address: Akselveien 10, kode 9140", EntityType::address, "kode 9140"));
}

// Armenian streets as faker and some forms write them, two spaces before the
// street type, after the Armenian label; the label is no part of them.
TEST(AddressContinuation, ArmenianStreetWithTwoSpaces) {
  for (const char* address : {
           "Գալստյան  պողոտա 722/2 Տուն 489",  // a house ("Տուն") after the number
           "Ալեքսանյան  պողոտա 728/5",         //
           "Համբարձումյան  փողոց 242 Բն. 418, Հովհաննիսյանաշատ 57368-4989",
       }) {
    for (const std::string& text :
         {std::string("Հասցե: ") + address, std::string("Հասցե՝ ") + address,
          std::string("Address: ") + address + "!", std::string(address)}) {
      EXPECT_TRUE(covers(text, EntityType::address, address)) << text;
      EXPECT_FALSE(covers(text, EntityType::address, "Հասցե")) << text;
    }
  }
  EXPECT_FALSE(any_address("Մենք  ունենք 12 տուփ։"));
}

// A Chinese street's flat ("公寓 890", "套房 851"), city or county (市, 县) and
// six-digit postcode after its house number; a street by a building (栋).
TEST(AddressContinuation, ChineseFlatCityAndPostcode) {
  for (const char* address : {
           "沈街24203号 公寓 890 珠林市 865736",  //
           "孟侬33号 套房 923济阳市 956260",      // the city glued to the flat
           "蔡街73号 套房 937 衡南市",            // no postcode
           "吕巷92504号 上乡县",                  //
           "尉迟栋8号 套房 812",                  // a building's street
       }) {
    for (const std::string& text :
         {std::string("地址：") + address, std::string("Please deliver to ") + address + "!"}) {
      EXPECT_TRUE(covers(text, EntityType::address, address)) << text;
    }
  }
  // No flat word, no city: the number after is no part of it.
  EXPECT_FALSE(covers("地址：沈街24号 共 890 件", EntityType::address, "沈街24号 共 890"));
  EXPECT_FALSE(any_address("我们有3栋楼。"));
}

// Thai and Nepali streets in English's order, the house number and the
// street's name before a unit ("Suite 736"), and a Thai street without its
// marker before a province and its five-digit postcode.
TEST(AddressContinuation, ThaiAndNepaliStreetsBeforeAUnitOrAPostcode) {
  for (const char* address : {
           "1658 ราษฎร์อุทิศ Suite 736 พิษณุโลก 49890",  //
           "2620 เทพรักษ์ Suite 985, พิษณุโลก 12320",   //
           "89 หทัยมิตร Suite 328",                   //
           "1 เทิดราชัน Apt. 882",                    //
           "65 สรณคมน์, พิษณุโลก 87730",               // no unit, no marker
           "2925 सरिता Rapid Suite 465",            // Nepali
       }) {
    for (const std::string& text :
         {std::string("ส่งไปที่ ") + address + "!", std::string("Address: ") + address}) {
      EXPECT_TRUE(covers(text, EntityType::address, address)) << text;
    }
  }
  // A count and its classifier is no house.
  EXPECT_FALSE(any_address("มี 65 คน, กรุงเทพ 87730 บาท"));
  // After a Thai address cue, a house number and a street's name alone.
  EXPECT_TRUE(covers("ส่งไปที่ 71 ขวัญ.", EntityType::address, "71 ขวัญ"));
  EXPECT_TRUE(covers("ที่อยู่: 1 ลาดหญ้า", EntityType::address, "1 ลาดหญ้า"));
  EXPECT_TRUE(covers("บ้านอยู่ที่ 632 สมเด็จเจ้าพระยา", EntityType::address, "632 สมเด็จเจ้าพระยา"));
  // "วันที่" opens a date, not an address.
  EXPECT_FALSE(any_address("วันที่ 5 มกราคม 2567"));
  EXPECT_FALSE(any_address("ส่งไปที่ 5 คน"));
}

// Norwegian streets in one word with the short "-vei" and "-gate".
TEST(AddressContinuation, NorwegianShortStreetTypes) {
  for (const char* street : {"Haugensvei 5", "Skogvei 12", "Torgersensgate 7 Oppgang B"}) {
    for (const std::string& text : {std::string("Leveringsadresse: ") + street,
                                    std::string("Send it to ") + street + ", Nordmark."}) {
      EXPECT_TRUE(covers(text, EntityType::address, street)) << text;
    }
  }
  EXPECT_FALSE(any_address("Survei 5 orang"));
  EXPECT_FALSE(any_address("Aggregate 12 rows"));
}

// A town alone after a comma where the sentence or the text ends.
TEST(AddressContinuation, TownAloneAtTheEnd) {
  EXPECT_TRUE(
      covers("α μου διεύθυνση είναι Λειβαδά 18, Άρτα.", EntityType::address, "Λειβαδά 18, Άρτα"));
  EXPECT_TRUE(covers("Send it to Torgersensgate 7 Oppgang B, Nordmark.", EntityType::address,
                     "Torgersensgate 7 Oppgang B, Nordmark"));
  EXPECT_TRUE(covers("Адреса: Цетињска 5 кат 6, Гевгелија 👍", EntityType::address,
                     "Цетињска 5 кат 6, Гевгелија"));
  // Alone on the last line of a letter's address.
  EXPECT_TRUE(covers("Sindre Fredriksen\nØvre Heggekollen 7 Oppgang A\nTandberg",
                     EntityType::address, "Øvre Heggekollen 7 Oppgang A\nTandberg"));
  EXPECT_TRUE(covers("Main Street 5\nJohn", EntityType::person, "John"));
  // A name found after it stays a name; a common word is no town.
  EXPECT_TRUE(covers("Please deliver to Main Street 5, Anna.", EntityType::person, "Anna"));
  EXPECT_FALSE(covers("Ship to 12 Baker Street, Thanks!", EntityType::address, "Thanks"));
  // This rule takes no clause that goes on in small letters.
  EXPECT_FALSE(covers("I live at Цетињска 5 кат 6, Гевгелија from Monday.", EntityType::address,
                      "Гевгелија from"));
}

// A Dutch postcode's letters and the town, parted by the two spaces Dutch
// addresses write there: the town is found with them (an emoji after it
// once made it a PERSON, which masked it by chance).
TEST(AddressContinuation, DutchTownAfterTwoSpaces) {
  for (const char* text : {"new address: Zofiaplantsoen 233-hs\n8718 KL  Rumpt",
                           "new address: Zofiaplantsoen 233-hs\n8718 KL  Rumpt \xF0\x9F\x91\x8D"})
    EXPECT_TRUE(covers(text, EntityType::location, "Rumpt")) << text;
}

// A street named after a person, before its house number, after an address
// label of more languages or with its flat: an address, not a person.
TEST(AddressContinuation, StreetNamedAfterAPersonAfterALabel) {
  EXPECT_TRUE(covers("Испорака на Франклин Рузвелт 915 стан 68, Чучер-Сандево 1289",
                     EntityType::address, "Франклин Рузвелт 915 стан 68, Чучер-Сандево 1289"));
  EXPECT_TRUE(
      covers("Франклин Рузвелт 915 стан 68", EntityType::address, "Франклин Рузвелт 915 стан 68"));
  EXPECT_TRUE(covers("Живеам на Ѓоре Ѓорески 60.", EntityType::address, "Ѓоре Ѓорески 60"));
  EXPECT_TRUE(covers("Адреса: Никола Карев 7", EntityType::address, "Никола Карев 7"));
  EXPECT_FALSE(covers("Адреса: Никола Карев 7", EntityType::person, "Никола Карев"));
  EXPECT_TRUE(covers("Διεύθυνση: Νίκου Καζαντζάκη 12", EntityType::address, "Νίκου Καζαντζάκη 12"));
  // A postcode and town after the label are no street.
  EXPECT_FALSE(
      covers("Адреса: 1300 Куманово, бул. Партизанска 12", EntityType::address, "1300 Куманово"));
  // Without a label or a flat, a name and a count stay a name.
  EXPECT_TRUE(covers("Му дадов на Никола 7 јаболка.", EntityType::person, "Никола"));
  // The label in capitals, or two spaces, a comma or a line after it.
  for (const char* text :
       {"Jeg bor i Ola Nordmann 12", "JEG BOR I Ola Nordmann 12", "Jeg bor i  Ola Nordmann 12",
        "Adresse:,  Ola Nordmann 12", "ADRESSE:\nOla Nordmann 12", "АДРЕСА: Никола Карев 7"}) {
    const std::string street =
        std::string(text).find("Ola") != std::string::npos ? "Ola Nordmann 12" : "Никола Карев 7";
    EXPECT_TRUE(covers(text, EntityType::address, street)) << text;
  }
}

// A Norwegian staircase by its letter ("Oppgang B") before the town line.
TEST(AddressContinuation, NorwegianStaircaseBeforeTheTownLine) {
  EXPECT_TRUE(covers("ok Emil Gundersen: Christiansens Gate 21 Oppgang B, Storhavn 0170 :)",
                     EntityType::address, "Christiansens Gate 21 Oppgang B, Storhavn 0170"));
  EXPECT_TRUE(covers("Selma Andersen: Østre Eikebråten 1 Oppgang B, Utbø 3804", EntityType::address,
                     "Østre Eikebråten 1 Oppgang B, Utbø 3804"));
}

// A person, a dash and a street, as a chat writes who lives where: a PERSON
// and an ADDRESS; a dash inside a street's name named after someone stays.
TEST(AddressContinuation, PersonDashStreet) {
  const char* text = "ok Noah Dahl - Østre Solgata 47 Oppgang A :)";
  EXPECT_TRUE(covers(text, EntityType::person, "Noah Dahl"));
  EXPECT_TRUE(covers(text, EntityType::address, "Østre Solgata 47 Oppgang A"));
  EXPECT_FALSE(covers(text, EntityType::address, "Dahl"));
  EXPECT_TRUE(covers("Адреса: бул. Крсте Мисирков - Шаќир бр. 32", EntityType::address,
                     "бул. Крсте Мисирков - Шаќир бр. 32"));
}

// A chat's emoji or smiley after the postcode ends the address's part.
TEST(AddressContinuation, PostcodeLineBeforeAnEmoji) {
  for (const char* end : {" 👍", " :)", "!"}) {
    const std::string text =
        std::string("ok Tiril Smedsrud: Øvre Bruspranget 33, Tandhamn 3431") + end;
    EXPECT_TRUE(covers(text, EntityType::address, "Øvre Bruspranget 33, Tandhamn 3431")) << text;
  }
}

}  // namespace
}  // namespace switchyard::privacy
