// Every rule reads the words around a finding; the text may end, or begin,
// anywhere. Records of the readable probe sets are cut at every byte, from
// the end and from the start, and each piece is scanned as prose and as
// machine text: no exception, no finding outside the piece, no byte read
// past it under AddressSanitizer. ("I met Anna the" once threw: a rule
// read the word after "the" past the text's end; "TIN 160-01-6380" read
// the byte after its last digit.)
#include <gtest/gtest.h>
#include <simdjson.h>

#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "support/paths.hpp"
#include "switchyard/privacy/detector.hpp"

namespace switchyard::privacy {
namespace {

std::vector<std::string> some_texts(const std::string& file, std::size_t wanted) {
  simdjson::dom::parser parser;
  const simdjson::dom::element root =
      parser.load(switchyard::testing::source_dir() + "/tests/privacy/data/" + file);
  const simdjson::dom::array records = root.get_array();
  const std::size_t step = std::max<std::size_t>(1, records.size() / wanted);
  std::vector<std::string> out;
  std::size_t i = 0;
  for (simdjson::dom::element record : records)
    if (i++ % step == 0) out.emplace_back(std::string_view(record["full_text"]));
  return out;
}

// The piece in a heap block of exactly its size: under AddressSanitizer a
// read one byte past its end is caught (in the record's own string it
// would read the next byte of the record, or the terminating NUL).
std::vector<Finding> scan_alone(const Detector& d, std::string_view piece,
                                Detector::TextKind kind = Detector::TextKind::prose) {
  const std::unique_ptr<char[]> alone(new char[piece.size()]);
  std::memcpy(alone.get(), piece.data(), piece.size());
  return d.scan(std::string_view(alone.get(), piece.size()), kind);
}

void scan_pieces(const Detector& d, const std::string& text) {
  auto check = [&](std::string_view piece, Detector::TextKind kind) {
    std::vector<Finding> found;
    ASSERT_NO_THROW(found = scan_alone(d, piece, kind)) << "[" << piece << "]";
    for (const Finding& f : found)
      ASSERT_TRUE(f.start < f.end && f.end <= piece.size()) << "[" << piece << "]";
  };
  const std::string_view t = text;
  for (std::size_t cut = 1; cut <= t.size(); ++cut) {
    check(t.substr(0, cut), Detector::TextKind::prose);
    check(t.substr(t.size() - cut), Detector::TextKind::prose);
    check(t.substr(0, cut), Detector::TextKind::machine);
  }
}

// Every run of one to four words of the text, on its own.
void scan_word_runs(const Detector& d, const std::string& text) {
  std::vector<std::size_t> starts, ends;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool space = text[i] == ' ' || text[i] == '\n';
    if (!space && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n')) starts.push_back(i);
    if (!space && (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n'))
      ends.push_back(i + 1);
  }
  for (std::size_t w = 0; w < starts.size(); ++w)
    for (std::size_t n = 1; n <= 4 && w + n - 1 < ends.size(); ++n) {
      const std::string_view piece =
          std::string_view(text).substr(starts[w], ends[w + n - 1] - starts[w]);
      std::vector<Finding> found;
      ASSERT_NO_THROW(found = scan_alone(d, piece)) << "[" << piece << "]";
      for (const Finding& f : found)
        ASSERT_TRUE(f.start < f.end && f.end <= piece.size()) << "[" << piece << "]";
    }
}

TEST(Truncation, EveryRunOfWordsOfProbeRecordsScans) {
  static const Detector d;
  for (const char* file : {"generated_pii_inst18.json",    "generated_pii_inst18b.json",
                           "generated_pii_recall18.json",  "generated_pii_eponyms17.json",
                           "generated_pii_loc17.json",     "generated_pii_addr14.json",
                           "generated_pii_prose13.json",   "generated_pii_pos14.json",
                           "generated_pii_afr16.json",     "generated_pii_names7.json",
                           "generated_pii_orgs10.json",    "generated_pii_num14.json",
                           "generated_pii_scripts16.json", "generated_pii_mask13.json",
                           "generated_pii_num7c.json",     "generated_pii_num11.json",
                           "generated_pii_prec19a.json",   "generated_pii_prec19b.json",
                           "generated_pii_precB.json",     "generated_pii_recall19.json",
                           "generated_pii_precC.json",     "generated_pii_addrD.json"})
    for (const std::string& text : some_texts(file, 200)) {
      scan_word_runs(d, text);
      if (HasFatalFailure()) return;
    }
}

TEST(Truncation, EveryCutOfProbeRecordsScans) {
  static const Detector d;
  for (const char* file :
       {"generated_pii_inst18.json", "generated_pii_inst18b.json", "generated_pii_recall18.json",
        "generated_pii_eponyms17.json", "generated_pii_loc17.json", "generated_pii_addr14.json"})
    for (const std::string& text : some_texts(file, 30)) {
      scan_pieces(d, text);
      if (HasFatalFailure()) return;
    }
}

// The shapes that ended a text right after a word a rule reads on from.
TEST(Truncation, ANameThenAWordAtTheEnd) {
  static const Detector d;
  for (const char* text :
       {"I met Anna the", "Dear Anna the", "Anna Favre &", "Anna Favre and", "the dog Bella",
        "Anna Favre, our", "Anna Favre (my", "12 Eva d'", "Anna Favre des", "Mai", "im Mai",
        "Bill to:", "Anna Favre made", "Î.I. Stavila", "our dog", "named him", "TIN 160-01-6380"})
    scan_pieces(d, text);
}

}  // namespace
}  // namespace switchyard::privacy
