// The shortcuts that keep a scan cheap must never change what it finds:
// each is checked against the plain definition it replaces.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "switchyard/privacy/context_words.hpp"
#include "switchyard/privacy/detector.hpp"
#include "switchyard/privacy/gazetteer.hpp"
#include "switchyard/privacy/gazetteer_lists.hpp"
#include "switchyard/privacy/pattern_scanner.hpp"
#include "switchyard/privacy/phone_number_checker.hpp"
#include "switchyard/privacy/rule.hpp"

namespace switchyard::privacy {
namespace {

// Texts that sit on the edges of the shortcuts: text boundaries, case,
// punctuation, runs of the right length and one longer or shorter.
const std::vector<std::string>& edge_texts() {
  static const std::vector<std::string> texts = {
      "",
      ".",
      ".co",
      "visit example.com today",
      "files main.py and a.b.c.de_f, x.abcdef, x.abcdefg, x.ab1, x.AB",
      "e-mail sarah.miller@example.com.",
      "trailing dot.",
      "dob",
      "DOB: 03/04/1990",
      "xdob d.o.b. D.O.B Ss # ss# tinned itin",
      "his passport",
      "a passport-number P1234567",
      "born\nin 1990",
      "api_key = \"x7Gh2kLq9ZpR4tWmB3\"",
      "api_key =    \"x7Gh2kLq9ZpR4tWmB3\"",
      "token:\t\t\t'abcdefghijklmnop'",
      "secret=abcdefghijklmno",
      "secret=abcdefghijklmnop",
      "PASSWORD : a=b=c=d=e=f=g=h=i=jkl",
      "AUTH_TOKEN=\"zzzzzzzzzzzzzzzzzzzzz\" and pwd:1234567890123456",
      "key: value, note: nothing long here",
  };
  return texts;
}

// ---- domain names found from each "." ----------------------------------

// Every end of a match of \.[A-Za-z]{2,6}\b (Hyperscan's \b: the next byte
// is no ASCII letter, digit or underscore), by brute force.
std::set<std::size_t> domain_ends_by_definition(std::string_view text) {
  auto word = [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  };
  std::set<std::size_t> ends;
  for (std::size_t p = 0; p < text.size(); ++p) {
    if (text[p] != '.') continue;
    for (std::size_t len = 2; len <= 6 && p + 1 + len <= text.size(); ++len) {
      bool letters = true;
      for (std::size_t i = p + 1; i <= p + len; ++i) letters = letters && is_ascii_alpha(text[i]);
      const std::size_t end = p + 1 + len;
      if (letters && (end == text.size() || !word(text[end]))) ends.insert(end);
    }
  }
  return ends;
}

TEST(DetectorPrefilter, DomainFinderMatchesItsPattern) {
  const std::vector<Rule> rules = network_rules();
  const auto domain = std::find_if(rules.begin(), rules.end(),
                                   [](const Rule& r) { return r.type == EntityType::domain_name; });
  ASSERT_NE(domain, rules.end());
  ASSERT_TRUE(domain->find);
  auto scanner = PatternScanner::compile({domain->pattern});
  ASSERT_TRUE(static_cast<bool>(scanner));
  std::vector<std::string> texts = edge_texts();
  texts.push_back("a.bc" + std::string(1, '\0') + ".de");
  for (const std::string& text : texts) {
    std::vector<PatternMatch> found, scanned;
    domain->find(text, found);
    scanner->scan(text, scanned);
    std::set<std::size_t> found_ends, scanned_ends;
    for (const PatternMatch& m : found) found_ends.insert(m.end);
    for (const PatternMatch& m : scanned) scanned_ends.insert(m.end);
    EXPECT_EQ(found_ends, domain_ends_by_definition(text)) << text;
    EXPECT_EQ(found_ends, scanned_ends) << text;
    EXPECT_EQ(found.size(), found_ends.size()) << text;  // one match per end
  }
}

// ---- starts found without Hyperscan's start-of-match tracking -----------

TEST(DetectorPrefilter, FoundStartsAreTheLeftmostStarts) {
  const PhoneNumberChecker phones({"US"});
  const std::vector<Rule> rules = structured_rules(phones);
  const std::vector<std::string> texts = {
      "123-45-6789 and 123 45 6789, 1234-56-78901",
      "10.20.30.40 1.2.3.4 255.255.255.255 1234.5.6.7.8 1.2.3.4567 9.9.9.9.9.9",
      "ip 192.168.0.1, 01.02.03.04. 1.22.333.4444",
      "x1.2.3.4y 12.34.56.78.90.12",
  };
  int checked = 0;
  for (const Rule& rule : rules) {
    if (!rule.find_start || rule.find || rule.pattern.leftmost_start) continue;
    if (rule.type != EntityType::us_ssn && rule.type != EntityType::ip_address) continue;
    Pattern tracked = rule.pattern;
    tracked.leftmost_start = true;
    auto scanner = PatternScanner::compile({tracked});
    ASSERT_TRUE(static_cast<bool>(scanner));
    for (const std::string& text : texts) {
      std::vector<PatternMatch> matches;
      scanner->scan(text, matches);
      for (const PatternMatch& m : matches) {
        EXPECT_EQ(rule.find_start(text, m.end), m.start) << rule.pattern.expression << " " << text;
        ++checked;
      }
    }
  }
  EXPECT_GE(checked, 12);
}

// ---- the assignment rule's prefilter ------------------------------------

TEST(DetectorPrefilter, AssignedSecretPrefilterPassesEveryMatch) {
  const std::vector<Rule> rules = secret_rules();
  const auto assigned = std::find_if(rules.begin(), rules.end(),
                                     [](const Rule& r) { return static_cast<bool>(r.prefilter); });
  ASSERT_NE(assigned, rules.end());
  auto scanner = PatternScanner::compile({assigned->pattern});
  ASSERT_TRUE(static_cast<bool>(scanner));
  int matched = 0, filtered_out = 0;
  for (const std::string& text : edge_texts()) {
    std::vector<PatternMatch> matches;
    scanner->scan(text, matches);
    if (!matches.empty()) {
      ++matched;
      EXPECT_TRUE(assigned->prefilter(text)) << text;
    }
    if (!assigned->prefilter(text)) ++filtered_out;
  }
  EXPECT_GE(matched, 4);        // the texts do exercise the pattern
  EXPECT_GE(filtered_out, 10);  // and the filter does skip most others
  EXPECT_FALSE(assigned->prefilter("token: a short value, secret = 123456789012345"));
  EXPECT_TRUE(assigned->prefilter("x =   '1234567890123456'"));
  EXPECT_FALSE(assigned->prefilter("x =    '1234567890123456'"));  // four spaces
}

// ---- the gate of the context-only rules ---------------------------------

bool gate_by_definition(std::string_view text, const std::vector<std::string_view>& words) {
  auto alnum = [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           static_cast<unsigned char>(c) >= 0x80;
  };
  for (std::size_t p = 0; p < text.size(); ++p) {
    if (p > 0 && alnum(text[p - 1])) continue;
    for (std::string_view w : words)
      if (text.size() - p >= w.size() && equals_lower(text.substr(p, w.size()), w)) return true;
  }
  return false;
}

TEST(DetectorWordGate, FindsWordsWhereWordsStart) {
  const std::vector<std::string_view> words = {"dob", "d.o.b",    "ss #", "dl",
                                               "tin", "passport", "itin", "medical record"};
  const WordGate gate(words);
  EXPECT_TRUE(gate.any_in("dob"));
  EXPECT_TRUE(gate.any_in("DOB: 1990"));
  EXPECT_TRUE(gate.any_in("x,Dl"));            // two bytes, at the very end
  EXPECT_TRUE(gate.any_in("see SS #12"));      // inner space
  EXPECT_TRUE(gate.any_in("tinned peas"));     // a prefix counts
  EXPECT_FALSE(gate.any_in("handle xdob"));    // inside words
  EXPECT_FALSE(gate.any_in("\xc3\xa9tin"));    // after a non-ASCII letter
  EXPECT_FALSE(gate.any_in("medical recor"));  // cut short by the end
  EXPECT_TRUE(gate.any_in(std::string(40, ' ') + "Medical Record 5"));
  // Only starts in [from, to) count; the word may run past `to`.
  const std::string text = "abc passport xyz";
  EXPECT_TRUE(gate.any_in(text, 4, 5));
  EXPECT_FALSE(gate.any_in(text, 5, text.size()));  // inside the word
  EXPECT_FALSE(gate.any_in(text, 0, 4));
  for (const std::string& t : edge_texts()) {
    EXPECT_EQ(gate.any_in(t), gate_by_definition(t, words)) << t;
    for (std::size_t cut = 0; cut < t.size(); cut += 7) {
      const std::string_view head = std::string_view(t).substr(0, cut);
      EXPECT_EQ(gate.any_in(head), gate_by_definition(head, words)) << head;
    }
  }
  // Long texts go through the sixteen-byte loop.
  std::string long_text(100, 'a');
  EXPECT_FALSE(gate.any_in(long_text));
  long_text[70] = ' ';
  long_text.replace(71, 3, "DOB");
  EXPECT_TRUE(gate.any_in(long_text));
  EXPECT_TRUE(WordGate({"x"}).any_in("anything"));  // too short to key: always open
}

// Words of other scripts are found in any case: the gate keys and compares
// a capital of Latin-1, Greek, Cyrillic or Armenian as its small letter.
TEST(DetectorWordGate, FindsCapitalsOfOtherScripts) {
  const WordGate gate({"телефон", "тел", "τηλέφωνο", "téléphone", "հեռ"});
  for (const char* text : {"Телефон: 1", "ТЕЛЕФОН 1", "Тел. 1", "x ТЕЛ 1", "Τηλέφωνο: 1",
                           "ΤΗΛΈΦΩΝΟ 1", "TÉLÉPHONE 1", "Téléphone 1", "Հեռ. 1"})
    EXPECT_TRUE(gate.any_in(text)) << text;
  const WordGate whole({"телефон", "τηλέφωνο", "téléphone"});
  for (const char* text : {"Теле 1", "Τηλε 1", "TÉLÉ 1", "хТЕЛЕФОН 1"})
    EXPECT_FALSE(whole.any_in(text)) << text;
  EXPECT_TRUE(mentions_any("ТЕЛЕФОН:", {"телефон"}));
  EXPECT_TRUE(mentions_any("Τηλ.:", {"τηλ"}));
  EXPECT_FALSE(mentions_any("ΤΗΛΕΌΡΑΣΗ", {"τηλέφωνο"}));
}

TEST(DetectorWordGate, ContextWordsAtTheWindowEdgeStillCount) {
  static const Detector detector;
  auto passports = [](std::string_view text) {
    int n = 0;
    for (const Finding& f : detector.scan(text)) n += f.type == EntityType::passport;
    return n;
  };
  // "passport" right at the start of the 56-byte window before the number,
  // and a long text around it with digits elsewhere.
  const std::string filler(300, 'x');
  const std::string near = "my passport" + std::string(44, ' ') + "912803456";
  EXPECT_EQ(passports(near), 1);
  EXPECT_EQ(passports(filler + " 123 " + filler + " " + near + " " + filler), 1);
  const std::string far = "my passport" + std::string(120, ' ') + "912803456";
  EXPECT_EQ(passports(far), 0);
  // A written date's first digit comes after its month: "born" at the very
  // start of the 64-byte window is further than that from any digit.
  int written = 0;
  for (const Finding& f : detector.scan("born" + std::string(60, ' ') + "September 3, 1990"))
    written += f.type == EntityType::date_time;
  EXPECT_EQ(written, 1);
  // A birth date with "born" 60 bytes before it (that rule looks 64 back).
  int dates = 0;
  for (const Finding& f : detector.scan("born" + std::string(56, '.') + " on 03/04/1990"))
    dates += f.type == EntityType::date_time;
  EXPECT_EQ(dates, 1);
}

// The gate looks only around runs of as many digits as the gated rules
// need (Rule::digit_run). Each rule that declares a run must never match
// without one: random texts of letters, separators and shorter runs.
TEST(DetectorGate, DeclaredDigitRunsHoldForEveryMatch) {
  std::vector<Rule> all = identity_rules();
  for (auto* more : {&network_rules, &date_rules, &secret_rules})
    for (Rule& r : more()) all.push_back(std::move(r));
  const PhoneNumberChecker phones({"US"});
  for (Rule& r : structured_rules(phones)) all.push_back(std::move(r));
  int declared = 0;
  std::uint32_t seed = 12345;
  auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
  for (const Rule& r : all) {
    if (r.digit_run == 0) continue;
    ++declared;
    auto scanner = PatternScanner::compile({r.pattern});
    ASSERT_TRUE(static_cast<bool>(scanner)) << r.pattern.expression;
    static constexpr std::string_view kOthers = "abcXYZ -./ \n";
    for (int t = 0; t < 400; ++t) {
      std::string text;
      while (text.size() < 80) {
        const std::size_t run = next() >> 8 & 31;
        if (run % 3 == 0) {
          text.append((next() >> 8) % r.digit_run, static_cast<char>('0' + (next() >> 8 & 7)));
        } else {
          text += kOthers[(next() >> 8) % kOthers.size()];
        }
      }
      // No run as long as the rule's: cut every run one short.
      std::size_t in_run = 0;
      for (char& c : text) {
        in_run = (c >= '0' && c <= '9') ? in_run + 1 : 0;
        if (in_run == r.digit_run) c = 'a', in_run = 0;
      }
      std::vector<PatternMatch> matches;
      scanner->scan(text, matches);
      EXPECT_TRUE(matches.empty()) << r.pattern.expression << " in " << text;
    }
    // One run as long makes a match: the declaration is tight.
    std::vector<PatternMatch> matches;
    scanner->scan("x " + std::string(r.digit_run, '7') + " x", matches);
    EXPECT_FALSE(matches.empty()) << r.pattern.expression;
  }
  EXPECT_GE(declared, 4);  // the identity documents and the bare SSN
}

// A gated rule's number is found wherever it sits against the gate's
// sixteen-byte blocks and the byte-at-a-time tail, and shorter numbers
// elsewhere do not open the gate by themselves.
TEST(DetectorGate, FindsTheNumberAtEveryOffset) {
  static const Detector detector;
  auto passports = [](std::string_view text) {
    int n = 0;
    for (const Finding& f : detector.scan(text)) n += f.type == EntityType::passport;
    return n;
  };
  for (std::size_t lead = 0; lead < 40; ++lead)
    for (std::size_t tail : {std::size_t{0}, std::size_t{5}, std::size_t{17}, std::size_t{40}}) {
      const std::string text = std::string(lead, 'x') + " passport 912803456" +
                               std::string(tail, ' ') + " items[0] at 10.20.30.40";
      EXPECT_EQ(passports(text), 1) << text;
    }
  // A passport word near only short numbers finds nothing.
  EXPECT_EQ(passports("passport 12 34 56 78, 10.20.30.40"), 0);
}

// A context list's index finds what asking each of its words finds: every
// rule's lists over windows cut from the edge texts and from texts of their
// own words in every case, glued, cut short and run on.
TEST(ContextWordList, IndexFindsWhatEachWordFinds) {
  std::vector<Rule> all = identity_rules();
  for (auto* more : {&network_rules, &date_rules, &secret_rules})
    for (Rule& r : more()) all.push_back(std::move(r));
  const PhoneNumberChecker phones({"US"});
  for (Rule& r : structured_rules(phones)) all.push_back(std::move(r));
  std::vector<std::string> windows(edge_texts().begin(), edge_texts().end());
  std::vector<WordList> lists;
  for (const Rule& r : all)
    for (const WordList* l : {&r.context.raising, &r.context.lowering}) {
      if (l->empty()) continue;
      lists.push_back(*l);
      for (std::string_view w : *l) {
        const std::string word(w);
        std::string upper = word;
        for (char& c : upper)
          if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
        windows.push_back(std::string("see ").append(word).append(": 12"));
        windows.push_back(std::string(upper).append("ing 7"));
        windows.push_back(std::string("x").append(word));
        windows.push_back(word);
        windows.push_back(std::string("at ").append(upper));
        windows.push_back(word.substr(0, word.size() - 1));
        windows.push_back(std::string(word).append("\n").append(upper));
      }
    }
  lists.push_back(WordList{"§", "x", "ab", "tel.", "téléphone", "телефон", "ss #"});
  windows.push_back("§ 4 and Téléphone: ТЕЛЕФОН x ab");
  windows.push_back(std::string(300, 'a').append(" tel. 5"));  // past the window's 256 bytes
  std::string many;
  for (int k = 0; k < 80; ++k) many.append("a ");
  windows.push_back(many.append("ss #"));  // 80 starts: the window keeps 64
  int found = 0, compared = 0;
  for (const WordList& l : lists)
    for (const std::string& w : windows) {
      const bool by_words = mentions_any(w, l.words());
      EXPECT_EQ(mentions_any_of(w, l), by_words) << w;
      found += by_words;
      ++compared;
    }
  EXPECT_GT(found, 100);  // the windows do hold the words
  EXPECT_GT(compared - found, 1000);
}

// ---- gazetteer keys stored eight bytes inline ---------------------------

TEST(GazetteerInlineKeys, LongAndShortKeysInAnyCase) {
  const Gazetteer words({});
  EXPECT_TRUE(words.is_street_word("BOULEVARD"));  // nine bytes: the tail is compared too
  EXPECT_FALSE(words.is_street_word("BOULEVARX"));
  EXPECT_FALSE(words.is_street_word("BOULEVAR"));
  EXPECT_TRUE(words.is_place("Kingdom of the Netherlands"));
  EXPECT_FALSE(words.is_place("Kingdom of the Netherland"));
  EXPECT_TRUE(words.is_title("MRS"));
  // A word inside a longer buffer, read eight bytes at a time.
  const std::string text = "Rd.somethingelse";
  EXPECT_TRUE(words.flags(std::string_view(text).substr(0, 2), text.size()) & kStreetWord);
  EXPECT_EQ(words.flags(std::string_view(text).substr(0, 3), text.size()), 0);
  EXPECT_EQ(words.flags("12345"), 0);
  for (std::string_view w : lists::kStreetWords) {
    EXPECT_TRUE(words.may_be_street_word(w)) << w;
    std::string upper(w);
    for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    EXPECT_TRUE(words.may_be_street_word(upper)) << upper;
    EXPECT_TRUE(words.is_street_word(upper)) << upper;
  }
}

}  // namespace
}  // namespace switchyard::privacy
