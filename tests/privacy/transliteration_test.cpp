// Names in Cyrillic, Greek, Armenian and Georgian letters are read in their
// Latin spelling, so the Latin name lists and surname endings vouch for
// them — and common words and places of those languages stay no one.
#include "switchyard/privacy/transliteration.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "switchyard/privacy/detector.hpp"

namespace switchyard::privacy {
namespace {

using words::romanisable;
using words::Romanisation;
using words::romanise;

std::string latin(std::string_view word, Romanisation how = Romanisation::russian) {
  std::string out;
  return std::string(romanise(word, how, out));
}

TEST(Transliteration, ReadsEachScriptTheCommonWay) {
  EXPECT_EQ(latin("Шевченко"), "shevchenko");
  EXPECT_EQ(latin("Мельник"), "melnik");
  EXPECT_EQ(latin("Мельник", Romanisation::ukrainian), "melnyk");
  EXPECT_EQ(latin("Сергій", Romanisation::ukrainian), "serhiy");
  EXPECT_EQ(latin("Наталія"), "natalia");
  EXPECT_EQ(latin("Мария"), "maria");
  EXPECT_EQ(latin("Щукин"), "shchukin");
  EXPECT_EQ(latin("Ёлкин"), "yolkin");
  EXPECT_EQ(latin("Παπαδόπουλος"), "papadopoulos");
  EXPECT_EQ(latin("ΓΙΏΡΓΟΣ"), "giorgos");
  EXPECT_EQ(latin("Ευάγγελος"), "evangelos");
  EXPECT_EQ(latin("Պետրոսյան"), "petrosyan");
  EXPECT_EQ(latin("Պետրոսյանը"), "petrosyan");  // the definite article left out
  EXPECT_EQ(latin("Գուրգեն"), "gurgen");
  EXPECT_EQ(latin("ბერიძე"), "beridze");
  EXPECT_EQ(latin("გიორგი"), "giorgi");
  EXPECT_EQ(latin("Петров-Водкин"), "petrov-vodkin");
}

TEST(Transliteration, OnlyWordsOfTheseScriptsWholly) {
  EXPECT_TRUE(romanisable("Олена"));
  EXPECT_TRUE(romanisable("Ελένη"));
  EXPECT_TRUE(romanisable("Անի"));
  EXPECT_TRUE(romanisable("ნინო"));
  EXPECT_FALSE(romanisable("Olena"));
  EXPECT_FALSE(romanisable("東京"));
  EXPECT_FALSE(romanisable("שרה"));
  EXPECT_EQ(latin("Олenа"), "");      // mixed with Latin letters
  EXPECT_EQ(latin("Оле\xD0"), "");    // cut in the middle of a letter
  EXPECT_EQ(latin("Оле\x80на"), "");  // a stray continuation byte
  EXPECT_EQ(latin("Ан1на"), "");      // a digit
}

TEST(Transliteration, BothReadingsOnlyWhereTheyDiffer) {
  // Cyrillic, including the Cyrillic Supplement (U+0500-U+052F), is read the
  // Russian and the Ukrainian way; the other scripts have one reading.
  EXPECT_EQ(words::readings("Мельник").size(), 2u);
  EXPECT_EQ(words::readings("Ԁмитро").size(), 2u);
  EXPECT_EQ(words::readings("Ελένη").size(), 1u);
  EXPECT_EQ(words::readings("Պետրոսյան").size(), 1u);
  EXPECT_EQ(words::readings("ბერიძე").size(), 1u);
  for (std::string_view word : {"Ελένη", "Պետրոսյան", "ბერიძე"})
    EXPECT_EQ(latin(word, Romanisation::russian), latin(word, Romanisation::ukrainian)) << word;
}

std::vector<std::string> people_in(std::string_view text) {
  static const Detector detector;
  std::vector<std::string> out;
  for (const Finding& f : detector.scan(text))
    if (f.type == EntityType::person) out.emplace_back(f.text_in(text));
  return out;
}

TEST(Transliteration, NamesOfTheseScriptsAreVouchedForByTheLatinLists) {
  using V = std::vector<std::string>;
  EXPECT_EQ(people_in("Олена Шевченко надіслала лист."), V{"Олена Шевченко"});
  EXPECT_EQ(people_in("Тарас Бондаренко прийде завтра."), V{"Тарас Бондаренко"});
  EXPECT_EQ(people_in("Наталія Ковальчук та Богдан Мельник"),
            (V{"Наталія Ковальчук", "Богдан Мельник"}));
  EXPECT_EQ(people_in("Марія Іваненко прийде."), V{"Марія Іваненко"});
  EXPECT_EQ(people_in("Ο Κώστας Γεωργίου ήρθε."), V{"Κώστας Γεωργίου"});
}

TEST(Transliteration, CommonWordsAndPlacesOfTheseScriptsAreNoOne) {
  // Sentence openers that end like surnames ("-ова", "-ов") are common
  // words of Russian; a city known by its Latin name is a place.
  for (const char* text :
       {"Снова идёт дождь.", "Готов к работе.", "Москва и Киев.", "Поездка в Киев была долгой.",
        "Երեկ ես գնացի խանութ։", "გუშინ მაღაზიაში წავედი."})
    EXPECT_TRUE(people_in(text).empty()) << text;
}

}  // namespace
}  // namespace switchyard::privacy
