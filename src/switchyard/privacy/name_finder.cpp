#include "switchyard/privacy/name_finder.hpp"

#include <string>

#include "switchyard/privacy/rule.hpp"

namespace switchyard::privacy {

namespace {

struct Token {
  std::size_t start, end;
  std::string_view text;
  std::string_view gap;  // separator before this token
};

bool is_token_byte(char c) {
  return is_word_byte(c) && c != '_';
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t i = 0, last_end = 0;
  while (i < text.size()) {
    if (!is_token_byte(text[i])) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < text.size() &&
           (is_token_byte(text[i]) || ((text[i] == '\'' || text[i] == '-') && i + 1 < text.size() &&
                                       is_token_byte(text[i + 1]) && is_ascii_alpha(text[i - 1]))))
      ++i;
    tokens.push_back(
        {start, i, text.substr(start, i - start), text.substr(last_end, start - last_end)});
    last_end = i;
  }
  return tokens;
}

bool capitalised(std::string_view w) {
  const char c = w[0];
  return (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0xC0;
}

bool numeric(std::string_view w) {
  for (char c : w)
    if (!is_digit(c)) return false;
  return true;
}

bool house_number(std::string_view w) {
  return !w.empty() && w.size() <= 5 && is_digit(w[0]) &&
         (numeric(w) || (w.size() >= 2 && numeric(w.substr(0, w.size() - 1))));
}

// Only a space (or a title's period and space) between two tokens.
bool joined(const Token& t) {
  return t.gap == " " || t.gap == ". ";
}

bool person_cue(std::string_view before) {
  static constexpr std::string_view kCues[] = {
      "name is", "name:", "i am",     "i'm",     "this is", "call me",  "hi",    "hello",
      "dear",    "by",    "starring", "thanks",  "with",    "to",       "named", "meet",
      "ask",     "from",  "and",      "contact", "tell",    "speak to", "for",   "add"};
  const std::string low = lower_ascii(before);
  for (std::string_view cue : kCues) {
    if (low.size() < cue.size()) continue;
    std::string_view tail = std::string_view(low).substr(low.size() - cue.size());
    if (tail == cue &&
        (low.size() == cue.size() || !is_token_byte(low[low.size() - cue.size() - 1])))
      return true;
  }
  return false;
}

bool location_cue(std::string_view before) {
  static constexpr std::string_view kCues[] = {"in",   "from", "to",   "at",   "visit",
                                               "near", "of",   "city", "town", "where:"};
  const std::string low = lower_ascii(before);
  for (std::string_view cue : kCues) {
    if (low.size() < cue.size()) continue;
    std::string_view tail = std::string_view(low).substr(low.size() - cue.size());
    if (tail == cue &&
        (low.size() == cue.size() || !is_token_byte(low[low.size() - cue.size() - 1])))
      return true;
  }
  return false;
}

// The words just before token i, trimmed, for cue matching.
std::string_view preceding(std::string_view text, const std::vector<Token>& tokens, std::size_t i) {
  std::size_t end = tokens[i].start;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == ',')) --end;
  const std::size_t from = end > 24 ? end - 24 : 0;
  return text.substr(from, end - from);
}

}  // namespace

NameFinder::NameFinder(const DetectorConfig& config)
    : words_(config.dictionary_files),
      person_(config[EntityType::person].enabled),
      location_(config[EntityType::location].enabled),
      address_(config[EntityType::address].enabled) {}

void NameFinder::find(std::string_view text, std::vector<Finding>& out) const {
  if (!person_ && !location_ && !address_) return;
  const std::vector<Token> tokens = tokenize(text);
  bool any_upper = false;
  for (char c : text) any_upper = any_upper || (c >= 'A' && c <= 'Z');
  // In text written all in lower case, capitalisation says nothing.
  auto cap = [any_upper](std::string_view w) { return !any_upper || capitalised(w); };
  auto name_like = [&](std::string_view w) {
    return cap(w) && !numeric(w) && w.size() >= 2 && !words_.is_common_word(w) &&
           !words_.is_street_word(w) && !words_.is_unit_word(w);
  };
  const std::size_t n = tokens.size();
  std::size_t covered = 0;  // tokens before this index are already in a span

  for (std::size_t i = 0; i < n; ++i) {
    const std::string_view w = tokens[i].text;
    // ---- street addresses --------------------------------------------------
    if (address_ && i >= covered) {
      std::size_t street_end = 0;  // one past the street word
      if (house_number(w)) {
        for (std::size_t j = i + 1; j < n && j <= i + 5; ++j) {
          if (tokens[j].gap.find('\n') != std::string_view::npos) break;
          if (words_.is_street_word(tokens[j].text) || words_.has_street_ending(tokens[j].text)) {
            if (j > i + 1 || words_.has_street_ending(tokens[j].text)) street_end = j + 1;
          }
        }
      } else if (words_.has_street_ending(w) && cap(w) && i + 1 < n &&
                 house_number(tokens[i + 1].text) && joined(tokens[i + 1])) {
        street_end = i + 2;
      } else if (words_.is_unit_word(w) && i + 1 < n && house_number(tokens[i + 1].text)) {
        street_end = i + 2;
      } else if (lower_ascii(w) == "p" && i + 3 < n && lower_ascii(tokens[i + 1].text) == "o" &&
                 lower_ascii(tokens[i + 2].text) == "box") {
        street_end = i + 4;
      }
      if (street_end) {
        // The rest of the address: house number after the street, unit,
        // city, region code, postcode, country; a few lines at most.
        std::size_t end = street_end, lines = 0;
        for (std::size_t j = street_end; j < n && j < street_end + 14; ++j) {
          const Token& t = tokens[j];
          if (t.gap.find_first_of(".?!:;()\"") != std::string_view::npos &&
              !(t.gap.find('.') != std::string_view::npos &&
                words_.is_unit_word(tokens[j - 1].text)))
            break;
          const bool new_line = t.gap.find('\n') != std::string_view::npos;
          if (new_line && ++lines > 4) break;
          // A line opening with grouped digits is a phone number, not a postcode.
          if (new_line && numeric(t.text) && j + 1 < n &&
              tokens[j + 1].gap.find('\n') == std::string_view::npos && numeric(tokens[j + 1].text))
            break;
          const bool ok = house_number(t.text) || (t.text.size() <= 6 && numeric(t.text)) ||
                          words_.is_unit_word(t.text) || words_.is_place(t.text) ||
                          (cap(t.text) && !words_.is_common_word(t.text)) ||
                          words_.is_street_word(t.text) || t.text == "nan";
          if (!ok) break;
          end = j + 1;
          if (numeric(t.text) && t.text.size() >= 4) break;  // postcode ends it
        }
        out.push_back({EntityType::address, tokens[i].start, tokens[end - 1].end, 0.8,
                       "street_address_gazetteer"});
        covered = end;
        continue;
      }
    }
    if (i < covered || numeric(w)) continue;
    // ---- places ------------------------------------------------------------
    if (location_) {
      std::size_t best = 0;
      for (std::size_t len = 3; len >= 1 && !best; --len) {
        if (i + len > n) continue;
        bool ok = true;
        for (std::size_t k = i + 1; k < i + len; ++k) ok = ok && joined(tokens[k]);
        if (!ok) continue;
        const std::string_view phrase =
            text.substr(tokens[i].start, tokens[i + len - 1].end - tokens[i].start);
        if (cap(w) && words_.is_place(phrase)) best = len;
      }
      if (best) {
        out.push_back({EntityType::location, tokens[i].start, tokens[i + best - 1].end, 0.75,
                       "place_gazetteer"});
        covered = i + best;
        continue;
      }
    }
    // ---- people ------------------------------------------------------------
    if (person_) {
      const bool title = words_.is_title(w) && cap(w) && i + 1 < n && joined(tokens[i + 1]) &&
                         name_like(tokens[i + 1].text);
      const bool given = cap(w) && words_.is_given_name(w);
      const std::string_view before = preceding(text, tokens, i);
      const bool cued = name_like(w) && person_cue(before);
      const bool proper = name_like(w) && words_.is_proper_noun(w);
      if (title || given || cued || proper) {
        std::size_t end = i + 1;
        while (end < n && end < i + 4 && joined(tokens[end]) &&
               (name_like(tokens[end].text) || words_.is_given_name(tokens[end].text)))
          ++end;
        if (end < n && joined(tokens[end]) && words_.is_street_word(tokens[end].text)) {
          // "Harley Brook Lane": a street, not a person
        } else {
          double score = 0.5;
          if (title || (given && end > i + 1))
            score = 0.85;
          else if (given || cued)
            score = 0.7;
          else if (end > i + 1)
            score = 0.6;
          if (location_ && !given && !title && location_cue(before) && !cued) {
            out.push_back(
                {EntityType::location, tokens[i].start, tokens[end - 1].end, 0.6, "place_context"});
          } else {
            out.push_back({EntityType::person, tokens[i].start, tokens[end - 1].end, score,
                           "person_gazetteer"});
          }
          covered = end;
          continue;
        }
      }
    }
  }
}

}  // namespace switchyard::privacy
