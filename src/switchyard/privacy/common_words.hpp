// Common words of other languages than English, from their dictionaries
// (Debian's plain word lists, /usr/share/dict/french, ngerman, …, and word
// lists scripts/common-words dumps from aspell into the cache): a
// capitalised word one of them lists as a common word ("Fantástico",
// "Zamówienie", "Προσφορά", "Заказ") is a heading, a product, a job title or
// a sentence's first word as often as a name, and is no evidence of a person.
//
// A list is read once per process, whatever the number of detectors: the
// table is immutable and shared. Words are kept as 52-bit fingerprints of
// their lower-case form (4 bytes each: 2^20 buckets by the top 20 bits, the
// next 32 bits sorted within each), so a word list of a million forms costs
// 4 MB and a lookup one bucket's binary search; a false match (a name taken
// for a common word) has odds of about one in 400 million per million words.
// Internal to privacy/.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace switchyard::privacy {

class CommonWords {
 public:
  // The shared table of these lists, read on first use. `lower_case_files`
  // add their words written in small letters (a capitalised entry is a
  // proper noun there); `every_entry_files` add every entry, capitalised
  // or not (German, whose nouns are capitalised). A missing or unreadable
  // file is skipped. The same lists give the same table, never read twice.
  static std::shared_ptr<const CommonWords> shared(
      const std::vector<std::string>& lower_case_files,
      const std::vector<std::string>& every_entry_files);

  // The table of these lists the cache keeps as a file (written by an
  // earlier process), mapped; null if there is none, it is of other lists
  // or of their earlier versions, or it is not whole.
  static std::shared_ptr<const CommonWords> from_cache(
      const std::vector<std::string>& lower_case_files,
      const std::vector<std::string>& every_entry_files);

  // A table of these lists read now, not shared (what shared() does once;
  // the micro-benchmark times it).
  static std::shared_ptr<const CommonWords> read(const std::vector<std::string>& lower_case_files,
                                                 const std::vector<std::string>& every_entry_files);

  // `word` (any case of Latin, Greek, Cyrillic and Armenian letters) is a
  // common word of some list.
  bool contains(std::string_view word) const;
  std::size_t size() const { return size_; }
  // Bytes the table holds (in memory, or mapped from the cache's file).
  std::size_t bytes() const {
    return (offsets_view_.size() + rests_view_.size()) * sizeof(std::uint32_t);
  }
  // The table is the cache's file, mapped: its pages are shared with every
  // other process reading it.
  bool mapped() const { return mapping_ != nullptr; }

  CommonWords(CommonWords&&) = default;
  CommonWords& operator=(CommonWords&&) = default;
  CommonWords(const CommonWords&) = delete;
  CommonWords& operator=(const CommonWords&) = delete;

  // Builds a table from the words given (tests): every word counts.
  static CommonWords from_words(const std::vector<std::string_view>& words);

 private:
  CommonWords() = default;
  void build(std::vector<std::uint64_t>& fingerprints);
  // The table kept in the cache as a file, if it is there and whole.
  bool load(const std::string& path, std::uint64_t key);
  void save(const std::string& path, std::uint64_t key) const;
  // Built here: owned. Read back from the cache: the file mapped, and the
  // views into it. Lookups read the views only.
  std::vector<std::uint32_t> offsets_;
  std::vector<std::uint32_t> rests_;
  std::shared_ptr<const void> mapping_;
  std::span<const std::uint32_t> offsets_view_;  // 2^20 + 1 bucket starts in rests
  std::span<const std::uint32_t> rests_view_;    // sorted within each bucket
  std::size_t size_ = 0;
};

// Lower-cases a word's letters of ASCII, Latin-1, Latin Extended-A, Greek,
// Cyrillic and Armenian into `out` (which it clears); other bytes are kept.
void fold_case(std::string_view word, std::string& out);
// The same in place, for the letters whose small letter has as many bytes
// (all but "İ", which is kept): a window of text lower-cased so that words
// of those scripts compare in any case ("Телефон", "ΤΗΛ", "TÉLÉPHONE").
void fold_case_in_place(char* text, std::size_t size);

// The word lists a detector reads by default: Debian's plain word lists of
// other languages, and those scripts/common-words dumps into
// $SWITCHYARD_CACHE/words (default ~/.cache/switchyard/words).
std::vector<std::string> default_common_word_files();
std::vector<std::string> default_capitalised_noun_files();

}  // namespace switchyard::privacy
