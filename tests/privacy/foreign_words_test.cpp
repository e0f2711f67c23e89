// Common words of other languages (issue 15, sixth pass): a capitalised
// word some language's dictionary lists as a common word is no evidence of a
// person — no surname's ending vouches for it, and a phrase of such words is
// no person's shape — while a known given name, a title or a cue still
// makes one. Most tests give the detector word lists of their own (so they
// hold whatever dictionaries the machine has); the last reads the lists
// scripts/install-deps installs, and skips where they are missing.
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "switchyard/privacy/common_words.hpp"
#include "switchyard/privacy/detector.hpp"
#include "switchyard/privacy/detector_config.hpp"

namespace switchyard::privacy {
namespace {

namespace fs = std::filesystem;

// A word list written for one test, removed after it.
class WordList {
 public:
  WordList(std::string_view name, const std::vector<std::string>& words)
      : path_(fs::temp_directory_path() /
              ("switchyard-words-" + std::to_string(::getpid()) + "-" + std::string(name))) {
    std::ofstream out(path_);
    for (const std::string& w : words) out << w << '\n';
  }
  ~WordList() {
    std::error_code ignored;
    fs::remove(path_, ignored);
  }
  WordList(const WordList&) = delete;
  WordList& operator=(const WordList&) = delete;
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

// A detector that knows English (as by default) and these lists only.
DetectorConfig config_with(std::vector<std::string> lower_case_files,
                           std::vector<std::string> noun_files = {}) {
  DetectorConfig config;
  config.common_word_files = std::move(lower_case_files);
  config.capitalised_noun_files = std::move(noun_files);
  return config;
}

std::vector<std::string> people(const Detector& d, std::string_view text) {
  std::vector<std::string> out;
  for (const Finding& f : d.scan(text))
    if (f.type == EntityType::person) out.emplace_back(f.text_in(text));
  return out;
}

bool has_person(const Detector& d, std::string_view text, std::string_view name) {
  for (const std::string& p : people(d, text))
    if (p.find(name) != std::string::npos) return true;
  return false;
}

// ---- the table ------------------------------------------------------------

TEST(FoldCase, LowersLatinGreekCyrillicAndArmenianCapitals) {
  std::string out;
  const std::pair<const char*, const char*> cases[] = {
      {"ÉCOLE", "école"},       {"ŁÓDŹ", "łódź"},     {"Šťastný", "šťastný"},   {"ĞÜÇLÜ", "ğüçlü"},
      {"İstanbul", "istanbul"}, {"Ÿ", "ÿ"},           {"ΠΡΟΣΦΟΡΆ", "προσφορά"}, {"Ώρα", "ώρα"},
      {"ЗАКАЗ", "заказ"},       {"Ёлка", "ёлка"},     {"Їжак", "їжак"},         {"ԱՐԵՎ", "արեվ"},
      {"naïve", "naïve"},       {"Nguyễn", "nguyễn"},  // (three-byte letters are kept as they are)
  };
  for (const auto& [in, want] : cases) {
    fold_case(in, out);
    EXPECT_EQ(out, want) << in;
  }
}

TEST(CommonWords, FindsWordsInAnyCase) {
  const CommonWords table = CommonWords::from_words({"fantástico", "заказ", "προσφορά"});
  EXPECT_EQ(table.size(), 3u);
  for (const char* w : {"fantástico", "Fantástico", "FANTÁSTICO", "Заказ", "ЗАКАЗ", "Προσφορά"})
    EXPECT_TRUE(table.contains(w)) << w;
  for (const char* w : {"Fantástic", "Fantásticos", "Заказы", "Moreno", "", "a"})
    EXPECT_FALSE(table.contains(w)) << w;
}

TEST(CommonWords, ReadsListsOnceAndKeepsTheirSmallLetterWords) {
  // An aspell dump's affix flags are cut off; a capitalised entry is a proper
  // noun in a language that writes nouns in small letters, a noun in German.
  const WordList spanish("es", {"servicio", "técnico/S", "Moreno", "", "dos palabras"});
  const WordList german("de", {"Rechnung", "Lieferung", "schnell"});
  const auto table = CommonWords::shared({spanish.path()}, {german.path()});
  EXPECT_TRUE(table->contains("Servicio"));
  EXPECT_TRUE(table->contains("Técnico"));
  EXPECT_FALSE(table->contains("Moreno"));
  EXPECT_TRUE(table->contains("Rechnung"));
  EXPECT_TRUE(table->contains("Schnell"));
  EXPECT_EQ(table->size(), 5u);
  // The same lists: the same table, not read again.
  EXPECT_EQ(CommonWords::shared({spanish.path()}, {german.path()}).get(), table.get());
  // The German list read as one of small-letter words keeps none of its nouns.
  const auto other = CommonWords::shared({german.path()}, {});
  EXPECT_NE(other.get(), table.get());
  EXPECT_FALSE(other->contains("Rechnung"));
  EXPECT_TRUE(other->contains("schnell"));
}

TEST(CommonWords, MissingListsLeaveAnEmptyTable) {
  const auto table = CommonWords::shared({"/nonexistent/switchyard/words"}, {"/nonexistent/de"});
  EXPECT_EQ(table->size(), 0u);
  EXPECT_FALSE(table->contains("Servicio"));
}

TEST(CommonWords, KeepsALargeTableInTheCache) {
  // A million words or more: the table is written to the cache's words/
  // directory, once, for later processes to read back.
  const fs::path cache =
      fs::temp_directory_path() / ("switchyard-words-cache-" + std::to_string(::getpid()));
  fs::create_directories(cache / "words");
  const char* previous = std::getenv("SWITCHYARD_CACHE");
  const std::string saved = previous ? previous : "";
  ::setenv("SWITCHYARD_CACHE", cache.c_str(), 1);
  // Tables of earlier word lists: one no process read for a month (pruned
  // when the new table is written), one read an hour ago (kept).
  const auto now = fs::file_time_type::clock::now();
  const fs::path stale = cache / "words" / "table-0000000000000001.bin";
  const fs::path recent = cache / "words" / "table-0000000000000002.bin";
  std::ofstream(stale) << "old";
  std::ofstream(recent) << "old";
  fs::last_write_time(stale, now - std::chrono::hours(24 * 30));
  fs::last_write_time(recent, now - std::chrono::hours(1));
  std::vector<std::string> words;
  words.reserve(1'000'000);
  for (int i = 0; i < 1'000'000; ++i) words.push_back(std::to_string(i).insert(0, 1, 'w'));
  const WordList list("large", words);
  const auto table = CommonWords::shared({list.path()}, {});
  EXPECT_EQ(table->size(), 1'000'000u);
  EXPECT_TRUE(table->contains("W999999"));
  EXPECT_FALSE(table->contains("w1000000"));
  EXPECT_FALSE(table->mapped());
  EXPECT_FALSE(fs::exists(stale));
  EXPECT_TRUE(fs::exists(recent));
  fs::remove(recent);
  fs::path written;
  int files = 0;
  for (const auto& entry : fs::directory_iterator(cache / "words")) {
    EXPECT_EQ(entry.path().extension(), ".bin");
    EXPECT_EQ(fs::file_size(entry.path()), 32u + 4u * ((1u << 20) + 1 + 1'000'000u));
    written = entry.path();
    ++files;
  }
  EXPECT_EQ(files, 1);

  // A later process maps the file: the same words, the pages shared.
  const auto mapped = CommonWords::from_cache({list.path()}, {});
  ASSERT_NE(mapped, nullptr);
  EXPECT_TRUE(mapped->mapped());
  EXPECT_EQ(mapped->size(), 1'000'000u);
  EXPECT_EQ(mapped->bytes(), table->bytes());
  for (const char* w : {"w0", "W999999", "w123456"}) EXPECT_TRUE(mapped->contains(w)) << w;
  for (const char* w : {"w1000000", "w-1", "x5"}) EXPECT_FALSE(mapped->contains(w)) << w;
  // Read back, its time is refreshed (what keeps a table in use from being
  // pruned).
  EXPECT_GT(fs::last_write_time(written), now);

  // A damaged file is not used: cut short, or a bucket pointing past the end.
  const auto whole = fs::file_size(written);
  {
    std::fstream f(written, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(32 + 4 * 5);
    const std::uint32_t past_the_end = 2'000'000;
    f.write(reinterpret_cast<const char*>(&past_the_end), sizeof past_the_end);
  }
  EXPECT_EQ(CommonWords::from_cache({list.path()}, {}), nullptr);
  fs::resize_file(written, whole - 4);
  EXPECT_EQ(CommonWords::from_cache({list.path()}, {}), nullptr);
  // Other lists have no table.
  EXPECT_EQ(CommonWords::from_cache({list.path(), list.path()}, {}), nullptr);
  if (previous) {
    ::setenv("SWITCHYARD_CACHE", saved.c_str(), 1);
  } else {
    ::unsetenv("SWITCHYARD_CACHE");
  }
  std::error_code ignored;
  fs::remove_all(cache, ignored);
}

// ---- the detector -----------------------------------------------------------

TEST(ForeignWords, ASurnamesEndingVouchesForNoCommonWord) {
  // "-ski", "-ová", "-nen", "-escu": endings of surnames, and of adjectives
  // and nouns of the languages that make such surnames.
  const WordList list("endings", {"polski", "nowa", "krásná", "tiskárna", "ihanainen", "românescu",
                                  "nová", "dzienny"});
  const Detector with(config_with({list.path()}));
  const Detector without(config_with({}));
  for (const auto& [text, word] : std::vector<std::pair<const char*, const char*>>{
           {"The parcel from Polski arrived yesterday.", "Polski"},
           {"The parcel came with Ihanainen as its label.", "Ihanainen"},
           {"The parcel from Polski arrived yesterday.", "Polski"},
       }) {
    EXPECT_TRUE(has_person(without, text, word))
        << text << testing::PrintToString(people(without, text));  // the ending alone vouched
    EXPECT_FALSE(has_person(with, text, word)) << text;
  }
  // A surname no list holds keeps its ending's evidence.
  for (const char* text :
       {"The parcel from Kowalsky arrived yesterday.",
        "The parcel came with Virtanen as its label.", "We met Popescu and sent it."})
    EXPECT_FALSE(people(with, text).empty()) << text;
}

TEST(ForeignWords, APhraseOfCommonWordsIsNoPersonsShape) {
  const WordList list("shape", {"fragola", "morbida", "poisson", "délicieux", "стальной", "носки",
                                "φρέσκα", "γάντια", "milen"});
  const Detector with(config_with({list.path()}));
  const Detector without(config_with({}));
  for (const auto& [text, phrase] : std::vector<std::pair<const char*, const char*>>{
           {"I asked if Fragola Morbida had it.", "Fragola Morbida"},
           {"Today only: Poisson Délicieux en Caoutchouc!", "Poisson Délicieux"},
           {"Today only: Большой Стальной Носки!", "Стальной Носки"},
           {"Today only: Εργονομικά Φρέσκα Γάντια!", "Φρέσκα Γάντια"},
       }) {
    EXPECT_TRUE(has_person(without, text, phrase))
        << text << testing::PrintToString(people(without, text));
    EXPECT_FALSE(has_person(with, text, phrase)) << text;
  }
  // One common word among words no list knows is a name as often ("Milen").
  EXPECT_TRUE(has_person(with, "Please ship it to Milen Kladarinova at the front desk.",
                         "Milen Kladarinova"));
}

TEST(ForeignWords, GermanNounsAreCommonWordsThoughCapitalised) {
  const WordList german("nouns", {"Rechnung", "Lieferschein", "Zahlung"});
  const char* text = "Wir prüfen heute Rechnung Lieferschein bis morgen.";
  // Read as a list of small-letter words, its capitalised nouns count for
  // nothing; read as German, they are common words.
  EXPECT_TRUE(has_person(Detector(config_with({german.path()})), text, "Rechnung"));
  EXPECT_FALSE(has_person(Detector(config_with({}, {german.path()})), text, "Rechnung"));
}

TEST(ForeignWords, KnownNamesTitlesAndCuesStillMakePeople) {
  // Every word here is a common word of the list: given names, titles,
  // greetings, labels and lists of people still say "person".
  const WordList list("names", {"rosa", "moreno", "fantástico", "técnico", "maria", "pedro",
                                "müller", "stark", "grant", "bianco"});
  const Detector d(config_with({list.path()}, {list.path()}));
  EXPECT_TRUE(has_person(d, "Sr. Moreno confirmed the order.", "Moreno"));
  EXPECT_TRUE(has_person(d, "Dr. Técnico will see you now.", "Técnico"));
  EXPECT_TRUE(has_person(d, "We met Rosa Moreno at the fair.", "Rosa Moreno"));
  EXPECT_TRUE(has_person(d, "Maria Bianco signed the lease.", "Maria Bianco"));
  EXPECT_TRUE(has_person(d, "Dear Fantástico,\nthanks for the order.", "Fantástico"));
  EXPECT_TRUE(has_person(d, "Name: Pedro Müller\nRoom: 12", "Pedro M"));
  EXPECT_TRUE(has_person(d, "Regards,\nGrant Stark", "Grant Stark"));
}

TEST(ForeignWords, AMissingListLeavesTheDetectorWorking) {
  const Detector missing(config_with({"/nonexistent/switchyard/french"}, {"/nonexistent/de"}));
  const Detector none(config_with({}));
  for (const char* text :
       {"The parcel from Polski arrived yesterday.", "Yesterday Servicio Técnico fixed the heater.",
        "Sr. Moreno confirmed the order.", "Email ana@example.com now."})
    EXPECT_EQ(people(missing, text), people(none, text)) << text;
}

// ---- the installed dictionaries -------------------------------------------

TEST(ForeignWords, InstalledDictionariesTellCommonWordsFromNames) {
  if (!fs::exists("/usr/share/dict/french") || !fs::exists("/usr/share/dict/spanish") ||
      !fs::exists("/usr/share/dict/ngerman"))
    GTEST_SKIP() << "wfrench, wspanish or wngerman is not installed (scripts/install-deps)";
  const Detector d;
  // Near-misses: headings, products, firms, job titles, German nouns.
  for (const char* text : {
           "I asked if Ufficio Acquisti had it.",
           "New in store: Poisson Artisanal en Caoutchouc!",
           "Our Fantástico Descuento ends today.",
           "The Verkauf Abteilung moved upstairs.",
           "Questions go to Ufficio Acquisti before Friday.",
       })
    EXPECT_TRUE(people(d, text).empty()) << text << ": " << people(d, text).front();
  // True names in the same places, of several languages.
  for (const auto& [text, name] : std::vector<std::pair<const char*, const char*>>{
           {"Sr. Moreno confirmed the order.", "Moreno"},
           {"We met Rosa Moreno at the fair.", "Rosa Moreno"},
           {"Herr Müller kommt morgen.", "Müller"},
           {"Dear Fantástico,\nthanks for the order.", "Fantástico"},
           {"The parcel from Kowalski arrived yesterday.", "Kowalski"},
           {"Then Novák asked for a refund.", "Novák"},
           {"Please ship it to Débora Mondragón at the front desk.", "Débora Mondragón"},
           {"Authors: Burianová, Dvořák and Brychta", "Burianová"},
       })
    EXPECT_TRUE(has_person(d, text, name)) << text << testing::PrintToString(people(d, text));
}

}  // namespace
}  // namespace switchyard::privacy
