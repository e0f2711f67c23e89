#include "switchyard/routing/difficulty_features.hpp"

#include "switchyard/routing/difficulty_lexicon.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace switchyard::routing {

namespace {

static_assert(static_cast<std::size_t>(Feature::lexicon_formal) + kDisciplineCount == kFeatureCount,
              "the lexicon features are the last, one per discipline in Discipline's order");

constexpr std::array<std::string_view, kFeatureCount> kNames = {
    "log_chars",         "log_stem_words",     "stem_lines",        "options",
    "log_option_chars",  "option_spread",      "numeric_options",   "true_false_options",
    "roman_options",     "digit_share",        "number_runs",       "math_symbol_share",
    "equals_signs",      "latex_marks",        "variables",         "parenthesis_share",
    "statement_pair",    "negation",           "computation_cue",   "unit_cue",
    "fill_blank",        "question_mark",      "which_following",   "function_word_share",
    "long_word_share",   "mean_word_length",   "capitalized_share", "acronym_share",
    "quote_share",       "math_unicode",       "reading_passage",   "option_overlap",
    "lexicon_formal",    "lexicon_physical",   "lexicon_life",      "lexicon_law",
    "lexicon_economics", "lexicon_humanities", "lexicon_social",    "lexicon_computing",
};

// Sorted word lists (lower case), searched by binary search.
constexpr std::string_view kFunctionWords[] = {
    "a",       "about", "above", "after", "again", "against", "all",   "also",   "an",    "and",
    "any",     "are",   "as",    "at",    "be",    "because", "been",  "before", "being", "between",
    "both",    "but",   "by",    "can",   "could", "did",     "do",    "does",   "down",  "during",
    "each",    "few",   "for",   "from",  "had",   "has",     "have",  "he",     "her",   "here",
    "him",     "his",   "how",   "i",     "if",    "in",      "into",  "is",     "it",    "its",
    "just",    "may",   "me",    "more",  "most",  "must",    "my",    "no",     "nor",   "not",
    "now",     "of",    "off",   "on",    "once",  "one",     "only",  "or",     "other", "our",
    "out",     "over",  "own",   "same",  "she",   "should",  "so",    "some",   "such",  "than",
    "that",    "the",   "their", "them",  "then",  "there",   "these", "they",   "this",  "those",
    "through", "to",    "too",   "under", "until", "up",      "very",  "was",    "we",    "were",
    "what",    "when",  "where", "which", "while", "who",     "whom",  "why",    "will",  "with",
    "would",   "you",   "your",
};

constexpr std::string_view kComputationWords[] = {
    "approximately", "calculate", "calculated", "compute", "computed",    "determine",
    "equation",      "estimate",  "evaluate",   "find",    "integer",     "integers",
    "many",          "maximum",   "minimum",    "much",    "probability", "product",
    "ratio",         "solve",     "sum",        "total",   "value",
};

constexpr std::string_view kUnitWords[] = {
    "a",   "atm",    "c",    "cm",  "ev", "g",       "grams", "h",     "hz",     "j",     "joules",
    "k",   "kelvin", "kg",   "khz", "kj", "km",      "kpa",   "l",     "liters", "m",     "meters",
    "mev", "mg",     "mhz",  "min", "ml", "mm",      "mol",   "moles", "ms",     "n",     "newtons",
    "nm",  "ohm",    "ohms", "pa",  "s",  "seconds", "v",     "volts", "w",      "watts",
};

constexpr std::string_view kNegationWords[] = {"cannot", "except", "false", "incorrect",
                                               "least",  "never",  "not",   "untrue"};

enum WordClass : std::uint8_t {
  kFunctionWord = 1,
  kComputationWord = 2,
  kUnitWord = 4,
  kNegationWord = 8,
};

// The four lists merged into one table, so a word costs one lookup; most
// words are in none, and a (first letter, length) mask turns those away
// before any comparison.
class WordTable {
 public:
  WordTable() {
    add(kFunctionWords, kFunctionWord);
    add(kComputationWords, kComputationWord);
    add(kUnitWords, kUnitWord);
    add(kNegationWords, kNegationWord);
    std::sort(words_.begin(), words_.end());
    // Merge duplicates ("a" is a function word and a unit), or-ing classes.
    std::vector<std::pair<std::string_view, std::uint8_t>> merged;
    for (const auto& w : words_) {
      if (!merged.empty() && merged.back().first == w.first) {
        merged.back().second |= w.second;
      } else {
        merged.push_back(w);
      }
    }
    words_ = std::move(merged);
    for (const auto& w : words_) lengths_[w.first[0] - 'a'] |= 1u << w.first.size();
  }

  // The classes of a lower-case word.
  std::uint8_t classes(std::string_view lower) const {
    if (lower.size() >= 32 || !((lengths_[lower[0] - 'a'] >> lower.size()) & 1u)) return 0;
    auto it = std::lower_bound(words_.begin(), words_.end(), lower,
                               [](const auto& e, std::string_view w) { return e.first < w; });
    return it != words_.end() && it->first == lower ? it->second : 0;
  }

 private:
  template <std::size_t N>
  void add(const std::string_view (&list)[N], std::uint8_t c) {
    for (std::string_view w : list) words_.emplace_back(w, c);
  }

  std::vector<std::pair<std::string_view, std::uint8_t>> words_;
  std::uint32_t lengths_[26] = {};
};

const WordTable& word_table() {
  static const WordTable table;
  return table;
}

bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_lower(char c) {
  return c >= 'a' && c <= 'z';
}
bool is_alpha(char c) {
  return is_upper(c) || is_lower(c);
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

struct Span {
  std::size_t begin = 0, end = 0;
};

// The lettered answer options ("A. x", "(B) y", "c) z"), in order from A, each
// running to the next option or a line starting "Answer".
struct Options {
  std::size_t stem_end = 0;  // where the first option starts (the text's size if none)
  Span spans[10];
  std::size_t count = 0;
};

// The option letter a line starts with, and where its text begins; 0 if none.
char option_marker(std::string_view text, std::size_t at, std::size_t& body) {
  std::size_t i = at;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  const bool paren = i < text.size() && text[i] == '(';
  if (paren) ++i;
  if (i + 1 >= text.size() || !is_alpha(text[i])) return 0;
  const char letter = text[i];
  const char close = text[i + 1];
  if (!(close == ')' || (!paren && close == '.'))) return 0;
  if (i + 2 < text.size() && text[i + 2] != ' ' && text[i + 2] != '\t' && text[i + 2] != '\n')
    return 0;
  body = i + 2;
  return letter;
}

Options find_options(std::string_view text) {
  Options o;
  o.stem_end = text.size();
  std::size_t line = 0;
  while (line < text.size()) {
    std::size_t eol = text.find('\n', line);
    if (eol == std::string_view::npos) eol = text.size();
    std::size_t body = 0;
    const char letter = option_marker(text, line, body);
    const bool starts_answer = text.compare(line, 6, "Answer") == 0;
    if (o.count > 0 && starts_answer) {
      o.spans[o.count - 1].end = line;
      break;
    }
    if (letter != 0) {
      const char upper = static_cast<char>(letter & ~0x20);
      if (o.count == 0 && upper == 'A') {
        o.stem_end = line;
        o.spans[0] = {body, eol};
        o.count = 1;
      } else if (o.count > 0 && o.count < 10 && upper == static_cast<char>('A' + o.count)) {
        o.spans[o.count - 1].end = line;
        o.spans[o.count++] = {body, eol};
      }
    }
    line = eol + 1;
  }
  if (o.count > 0 && line >= text.size()) o.spans[o.count - 1].end = text.size();
  if (o.count == 1) {  // a lone "A." is a sentence, not a list of options
    o.count = 0;
    o.stem_end = text.size();
  }
  return o;
}

double log1(double x) {
  return std::log1p(x);
}

// Shape of one option's text: letters, digits and symbols, its words.
struct OptionShape {
  bool numeric = false, true_false = false, roman = false;
};

OptionShape option_shape(std::string_view s) {
  std::size_t letters = 0, digits = 0, symbols = 0;
  std::size_t words = 0, tf_words = 0, roman_words = 0, romans = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (is_alpha(c)) {
      std::size_t j = i;
      while (j < s.size() && is_alpha(s[j])) ++j;
      const std::string_view w = s.substr(i, j - i);
      letters += w.size();
      ++words;
      if (w == "True" || w == "False" || w == "true" || w == "false") ++tf_words;
      const bool roman = w.find_first_not_of("IVX") == std::string_view::npos;
      if (roman) ++romans;
      if (roman || w == "and" || w == "only" || w == "both" || w == "all" || w == "neither" ||
          w == "nor" || w == "of" || w == "the" || w == "above")
        ++roman_words;
      i = j;
      continue;
    }
    if (is_digit(c)) {
      ++digits;
    } else if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
      ++symbols;
    }
    ++i;
  }
  OptionShape shape;
  shape.numeric = digits > 0 && digits + symbols >= letters;
  shape.true_false = words > 0 && tf_words * 2 >= words;
  shape.roman = romans > 0 && roman_words == words && words > 0 &&
                (romans >= 2 || s.find("only") != std::string_view::npos);
  return shape;
}

// The distinct words of an option (letters only, any case), as sorted 64-bit
// hashes in a fixed buffer: no allocation, and an option of more words than
// the buffer holds is judged by its first ones.
struct OptionWords {
  static constexpr std::size_t kMax = 96;
  std::uint64_t hash[kMax];
  std::size_t count = 0;
};

void option_words(std::string_view s, OptionWords& out) {
  out.count = 0;
  std::size_t i = 0;
  while (i < s.size() && out.count < OptionWords::kMax) {
    if (!is_alpha(s[i])) {
      ++i;
      continue;
    }
    std::uint64_t h = 14695981039346656037ull;  // FNV-1a over the lower-case letters
    while (i < s.size() && is_alpha(s[i])) {
      h = (h ^ static_cast<unsigned char>(s[i] | 0x20)) * 1099511628211ull;
      ++i;
    }
    out.hash[out.count++] = h;
  }
  std::sort(out.hash, out.hash + out.count);
  out.count = static_cast<std::size_t>(std::unique(out.hash, out.hash + out.count) - out.hash);
}

// |a ∩ b| / |a ∪ b| of two options' words; 0 when both have none.
double word_jaccard(const OptionWords& a, const OptionWords& b) {
  std::size_t i = 0, j = 0, common = 0;
  while (i < a.count && j < b.count) {
    if (a.hash[i] < b.hash[j]) {
      ++i;
    } else if (b.hash[j] < a.hash[i]) {
      ++j;
    } else {
      ++common;
      ++i;
      ++j;
    }
  }
  const std::size_t either = a.count + b.count - common;
  return either > 0 ? static_cast<double>(common) / static_cast<double>(either) : 0.0;
}

// Whether the UTF-8 sequence at text[at] is math notation: Greek letters
// (lead bytes CE, CF), arrows (E2 86-87), mathematical operators (E2 88-8B)
// and the bullet (E2 80 A2).
bool math_notation_at(std::string_view text, std::size_t at) {
  const auto u = static_cast<unsigned char>(text[at]);
  if (u == 0xCE || u == 0xCF) return true;
  if (u != 0xE2 || at + 1 >= text.size()) return false;
  const auto next = static_cast<unsigned char>(text[at + 1]);
  if (next >= 0x86 && next <= 0x8B) return true;
  return next == 0x80 && at + 2 < text.size() && static_cast<unsigned char>(text[at + 2]) == 0xA2;
}

}  // namespace

std::string_view feature_name(std::size_t index) {
  return index < kFeatureCount ? kNames[index] : std::string_view{};
}

std::optional<std::size_t> feature_index(std::string_view name) {
  for (std::size_t i = 0; i < kFeatureCount; ++i)
    if (kNames[i] == name) return i;
  return std::nullopt;
}

namespace {
constexpr std::string_view kVectorTag = "f1:";
}  // namespace

std::string encode_feature_vector(const FeatureVector& f) {
  std::string out(kVectorTag);
  for (std::size_t i = 0; i < kFeatureCount; ++i) {
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%.5g", f[i]);
    if (i) out += ',';
    out.append(buf, static_cast<std::size_t>(n));
  }
  return out;
}

std::optional<FeatureVector> decode_feature_vector(std::string_view text) {
  if (!text.starts_with(kVectorTag)) return std::nullopt;
  text.remove_prefix(kVectorTag.size());
  FeatureVector f{};
  for (std::size_t i = 0; i < kFeatureCount; ++i) {
    const std::size_t comma = text.find(',');
    if ((comma == std::string_view::npos) != (i + 1 == kFeatureCount)) return std::nullopt;
    const std::string item(text.substr(0, comma));
    char* end = nullptr;
    f[i] = std::strtod(item.c_str(), &end);
    if (item.empty() || end != item.c_str() + item.size() || !std::isfinite(f[i]))
      return std::nullopt;
    if (comma != std::string_view::npos) text.remove_prefix(comma + 1);
  }
  return f;
}

FeatureVector prompt_features(std::string_view text) {
  FeatureVector f{};
  auto set = [&f](Feature k, double v) { f[static_cast<std::size_t>(k)] = v; };
  const double bytes = static_cast<double>(std::max<std::size_t>(text.size(), 1));

  const Options opts = find_options(text);
  const std::string_view stem = text.substr(0, opts.stem_end);

  // Byte classes over the whole prompt.
  std::size_t digits = 0, runs = 0, math = 0, equals = 0, latex = 0, parens = 0, quotes = 0;
  std::size_t percent = 0;
  std::size_t math_unicode = 0;
  bool in_run = false;
  for (std::size_t b = 0; b < text.size(); ++b) {
    const char c = text[b];
    if (static_cast<unsigned char>(c) >= 0x80) {  // not ASCII: only math notation counts
      math_unicode += math_notation_at(text, b);
      in_run = false;
      continue;
    }
    const bool d = is_digit(c);
    digits += d;
    runs += d && !in_run;
    in_run = d;
    switch (c) {
      case '=':
        ++equals;
        ++math;
        break;
      case '+':
      case '*':
      case '/':
      case '^':
      case '<':
      case '>':
      case '|':
      case '_':
      case '~':
        ++math;
        break;
      case '\\':
      case '$':
        ++latex;
        break;
      case '(':
      case ')':
      case '[':
      case ']':
      case '{':
      case '}':
        ++parens;
        break;
      case '"':
        ++quotes;
        break;
      case '%':
        ++percent;
        break;
      default:
        break;
    }
  }
  set(Feature::log_chars, log1(static_cast<double>(text.size())));
  set(Feature::digit_share, static_cast<double>(digits) / bytes);
  set(Feature::number_runs, log1(static_cast<double>(runs)));
  set(Feature::math_symbol_share, static_cast<double>(math) / bytes);
  set(Feature::equals_signs, log1(static_cast<double>(equals)));
  set(Feature::latex_marks, log1(static_cast<double>(latex)));
  set(Feature::parenthesis_share, static_cast<double>(parens) / bytes);
  set(Feature::quote_share, static_cast<double>(quotes) / bytes);
  set(Feature::math_unicode, log1(static_cast<double>(math_unicode)));

  // Words of the stem.
  const WordTable& table = word_table();
  std::size_t word_count = 0, function_words = 0, long_words = 0, letters = 0, capitalized = 0;
  std::size_t acronyms = 0, variables = 0, negations = 0, computations = 0, units = percent;
  std::size_t lines = 0;
  char lower[24];
  std::size_t i = 0;
  while (i < stem.size()) {
    const char c = stem[i];
    if (!is_alpha(c)) {
      lines += c == '\n';
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < stem.size() && is_alpha(stem[j])) ++j;
    const std::string_view w = stem.substr(i, j - i);
    ++word_count;
    letters += w.size();
    long_words += w.size() >= 10;
    // What stands before the word: a sentence end, a number (then it may be a unit).
    std::size_t k = i;
    while (k > 0 && stem[k - 1] == ' ') --k;
    const char before = k > 0 ? stem[k - 1] : '\n';
    const bool sentence_start = before == '.' || before == '?' || before == '!' || before == ':' ||
                                before == '\n' || before == '"';
    const bool after_number = is_digit(before);
    bool all_upper = true;
    for (char ch : w) all_upper = all_upper && is_upper(ch);
    if (w.size() >= 2 && all_upper) ++acronyms;
    if (is_upper(w[0]) && !all_upper && !sentence_start) ++capitalized;
    if (all_upper && (w == "NOT" || w == "EXCEPT" || w == "LEAST")) negations += 2;
    if (w.size() == 1 && w != "a" && w != "A" && w != "I") ++variables;
    if (w.size() < sizeof lower) {
      for (std::size_t n = 0; n < w.size(); ++n)
        lower[n] = static_cast<char>(is_upper(w[n]) ? w[n] | 0x20 : w[n]);
      const std::string_view lw(lower, w.size());
      const std::uint8_t classes = table.classes(lw);
      function_words += (classes & kFunctionWord) != 0;
      if (!all_upper && (classes & kNegationWord)) ++negations;
      computations += (classes & kComputationWord) != 0;
      if (after_number && (classes & kUnitWord)) ++units;
    }
    i = j;
  }
  const double nw = static_cast<double>(std::max<std::size_t>(word_count, 1));
  set(Feature::log_stem_words, log1(static_cast<double>(word_count)));
  set(Feature::stem_lines, log1(static_cast<double>(lines)));
  set(Feature::function_word_share, static_cast<double>(function_words) / nw);
  set(Feature::long_word_share, static_cast<double>(long_words) / nw);
  set(Feature::mean_word_length, static_cast<double>(letters) / nw);
  set(Feature::capitalized_share, static_cast<double>(capitalized) / nw);
  set(Feature::acronym_share, static_cast<double>(acronyms) / nw);
  set(Feature::variables, log1(static_cast<double>(variables)));
  set(Feature::negation, std::min<double>(static_cast<double>(negations), 3.0));
  set(Feature::computation_cue, std::min<double>(static_cast<double>(computations), 4.0));
  set(Feature::unit_cue, std::min<double>(static_cast<double>(units), 4.0));
  set(Feature::statement_pair, stem.find("Statement 1") != std::string_view::npos &&
                                       stem.find("Statement 2") != std::string_view::npos
                                   ? 1.0
                                   : 0.0);
  set(Feature::fill_blank, stem.find("___") != std::string_view::npos ? 1.0 : 0.0);
  set(Feature::question_mark, stem.find('?') != std::string_view::npos ? 1.0 : 0.0);
  {
    const std::size_t w = stem.find("of the following");
    set(Feature::which_following, w != std::string_view::npos ? 1.0 : 0.0);
  }

  {
    constexpr std::string_view kPassageCues[] = {"refers to the following", "following passage",
                                                 "read the following",      "following excerpt",
                                                 "passage above",           "excerpt above"};
    bool passage = false;
    for (std::string_view cue : kPassageCues)
      passage = passage || stem.find(cue) != std::string_view::npos;
    set(Feature::reading_passage, passage ? 1.0 : 0.0);
  }

  // The discipline of the words, over the whole prompt (options name the
  // topic too).
  {
    DisciplineHits hits{};
    const double all_words =
        static_cast<double>(std::max<std::size_t>(count_discipline_words(text, hits), 1));
    for (std::size_t d = 0; d < kDisciplineCount; ++d)
      f[static_cast<std::size_t>(Feature::lexicon_formal) + d] =
          static_cast<double>(hits[d]) / all_words;
  }

  // The answer options.
  set(Feature::options, static_cast<double>(opts.count));
  // Without options there is no overlap to measure: the typical value of
  // lettered options (0.2 over router-dev's), so a free-form question (a
  // word problem) is not scored easier for lacking them.
  set(Feature::option_overlap, 0.2);
  if (opts.count > 0) {
    double total = 0, shortest = 1e9, longest = 0;
    std::size_t numeric = 0, tf = 0, roman = 0;
    OptionWords words[10];
    for (std::size_t o = 0; o < opts.count; ++o) {
      std::string_view s =
          text.substr(opts.spans[o].begin, opts.spans[o].end - opts.spans[o].begin);
      while (!s.empty() && (s.back() == '\n' || s.back() == ' ' || s.back() == '\r'))
        s.remove_suffix(1);
      const double len = static_cast<double>(s.size());
      total += len;
      shortest = std::min(shortest, len);
      longest = std::max(longest, len);
      const OptionShape shape = option_shape(s);
      numeric += shape.numeric;
      tf += shape.true_false;
      roman += shape.roman;
      option_words(s, words[o]);
    }
    // Options alike (differing in a word or a number) ask for a fine
    // distinction; options on different topics are told apart by recall.
    double overlap = 0;
    for (std::size_t a = 0; a < opts.count; ++a)
      for (std::size_t b = a + 1; b < opts.count; ++b) overlap += word_jaccard(words[a], words[b]);
    const double pairs = static_cast<double>(opts.count * (opts.count - 1) / 2);
    const double n = static_cast<double>(opts.count);
    const double mean = total / n;
    set(Feature::log_option_chars, log1(mean));
    set(Feature::option_spread, mean > 0 ? (longest - shortest) / mean : 0.0);
    set(Feature::numeric_options, static_cast<double>(numeric) / n);
    set(Feature::true_false_options, static_cast<double>(tf) / n);
    set(Feature::roman_options, static_cast<double>(roman) / n);
    set(Feature::option_overlap, overlap / pairs);
  }
  return f;
}

}  // namespace switchyard::routing
