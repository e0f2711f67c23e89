// The prompt features the difficulty router scores. They describe the kind of
// task, not its topic: a router trained on some subjects has to judge prompts
// of subjects it never saw, and word identities (n-grams) learned on one
// subject say little about another. So the features are shapes that recur
// across subjects — size, numbers and math notation, the question's
// structure (statement pairs, combined Roman-numeral options, negations,
// fill-in blanks), the answer options' shape (numeric, short, true/false
// pairs), cues of a computation, and how technical the vocabulary is (share
// of everyday function words, long words, acronyms). The one exception is
// the topic at the level of a broad discipline (mathematics, law, ...): hand-
// written lexicons (difficulty_lexicon.hpp) that hold for any subject of
// the discipline, unlike words learned from the subjects seen.
//
// One pass over the bytes, one over the stem's words and one over all words; no allocation beyond
// the returned array. A feature is named in the model file, so a model names what it was trained on
// and a build refuses a model with a feature it does not compute.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace switchyard::routing {

enum class Feature : std::size_t {
  log_chars,            // log(1 + bytes of the prompt)
  log_stem_words,       // log(1 + words before the answer options)
  stem_lines,           // log(1 + line breaks before the options): passages, tables
  options,              // number of lettered answer options (A. B. ... / (A) ...)
  log_option_chars,     // log(1 + mean length of an option)
  option_spread,        // (longest - shortest) / mean option length
  numeric_options,      // share of options that are mostly digits and symbols
  true_false_options,   // options made of True/False words ("True, False")
  roman_options,        // options combining Roman numerals ("I and III only")
  digit_share,          // digits per byte
  number_runs,          // log(1 + runs of digits)
  math_symbol_share,    // = + * / ^ < > | _ ~ per byte
  equals_signs,         // log(1 + '=' count)
  latex_marks,          // log(1 + backslashes and '$')
  variables,            // log(1 + single-letter words other than a/I in the stem)
  parenthesis_share,    // ( ) [ ] { } per byte
  statement_pair,       // "Statement 1 | ... Statement 2 | ..."
  negation,             // NOT / EXCEPT / LEAST / "not" in the stem
  computation_cue,      // calculate, compute, find, how many, value, probability, ...
  unit_cue,             // physical units and per-cent (m/s, kg, mol, J, %)
  fill_blank,           // "____" in the stem
  question_mark,        // the stem asks with a '?'
  which_following,      // "which of the following"
  function_word_share,  // share of words that are everyday function words
  long_word_share,      // share of words of 10+ letters
  mean_word_length,     // letters per word
  capitalized_share,    // share of capitalised words (names, places)
  acronym_share,        // share of all-capital words of 2+ letters
  quote_share,          // quotation marks per byte (quoted passages)
  math_unicode,     // log(1 + math operators, arrows, Greek letters, bullets written in Unicode)
  reading_passage,  // the question is about a given text ("refers to the following ...")
  option_overlap,   // mean word overlap (Jaccard) of two answer options: options alike are harder
  // Share of the prompt's words in each discipline's lexicon (difficulty_lexicon.hpp).
  lexicon_formal,      // mathematics, statistics, logic
  lexicon_physical,    // physics, chemistry, astronomy, earth science
  lexicon_life,        // biology, medicine, health, nutrition
  lexicon_law,         // law, government, politics, international relations
  lexicon_economics,   // economics, business, management, accounting
  lexicon_humanities,  // history, religion, philosophy, arts
  lexicon_social,      // psychology, sociology, behaviour, geography
  lexicon_computing,   // computer science, engineering, electronics
  count_,
};

inline constexpr std::size_t kFeatureCount = static_cast<std::size_t>(Feature::count_);

using FeatureVector = std::array<double, kFeatureCount>;

// The name a feature has in model files.
std::string_view feature_name(std::size_t index);
// The index of a named feature, or nullopt for a name this build does not know.
std::optional<std::size_t> feature_index(std::string_view name);

// The features of one prompt (the text of the request's last user message).
FeatureVector prompt_features(std::string_view prompt);

// A feature vector as the ledger keeps it (routing.record_prompt_features),
// so the router can learn from the gateway's own outcomes without any
// prompt text being stored: "f1:" then the kFeatureCount values in their
// order, comma-separated, each with 5 significant digits ("f1:5.2832,3.4,..."
// — about 130-190 bytes). The features are shapes (sizes, shares, counts),
// not words: the text cannot be read back from them.
std::string encode_feature_vector(const FeatureVector& f);
// Reads it back; nullopt for anything else, a vector of another length (a
// record written by a build with other features) included.
std::optional<FeatureVector> decode_feature_vector(std::string_view text);

}  // namespace switchyard::routing
