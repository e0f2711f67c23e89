#include "switchyard/privacy/detector.hpp"

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>

#include "switchyard/privacy/name_finder.hpp"
#include "switchyard/privacy/pattern_scanner.hpp"
#include "switchyard/privacy/phone_number_checker.hpp"
#include "switchyard/privacy/rule.hpp"

namespace switchyard::privacy {

struct Detector::State {
  DetectorConfig config;
  PhoneNumberChecker phones;
  std::vector<Rule> rules;
  std::optional<PatternScanner> scanner;
  std::vector<unsigned> rule_of_pattern;  // Hyperscan pattern id -> index into rules
  std::vector<unsigned> self_finding;     // rules that find their own matches
  // Rules that need a context word to reach their threshold run only when
  // `gate` finds one of those words somewhere in the text.
  std::optional<PatternScanner> gate, gated;
  std::vector<unsigned> rule_of_gated;
  NameFinder names;

  explicit State(DetectorConfig c)
      : config(std::move(c)), phones(config.phone_regions), names(config) {
    std::vector<Rule> all = structured_rules(phones);
    for (auto* more : {&network_rules, &identity_rules, &secret_rules})
      for (Rule& r : more()) all.push_back(std::move(r));
    std::vector<Pattern> patterns, gated_patterns, gate_words;
    std::vector<std::string_view> seen_words;
    for (Rule& r : all) {
      if (!config[r.type].enabled) continue;
      const auto index = static_cast<unsigned>(rules.size());
      if (r.find) {
        self_finding.push_back(index);
      } else if (r.max_score < config[r.type].threshold && !r.context.raising.empty() &&
                 r.context.raise_by > 0) {
        gated_patterns.push_back(r.pattern);
        rule_of_gated.push_back(index);
        for (std::string_view w : r.context.raising) {
          if (std::find(seen_words.begin(), seen_words.end(), w) != seen_words.end()) continue;
          seen_words.push_back(w);
          gate_words.push_back({literal(w), true, false, true});
        }
      } else {
        patterns.push_back(r.pattern);
        rule_of_pattern.push_back(index);
      }
      rules.push_back(std::move(r));
    }
    scanner = compile(patterns);
    gated = compile(gated_patterns);
    gate = compile(gate_words);
  }

  static std::optional<PatternScanner> compile(const std::vector<Pattern>& patterns) {
    if (patterns.empty()) return std::nullopt;
    auto compiled = PatternScanner::compile(patterns);
    if (!compiled) throw std::runtime_error(compiled.error().message);
    return std::move(*compiled);
  }

  // A context word as a Hyperscan expression: the word, literally, where a
  // word starts (the way score_with_context looks for it; a looser match
  // would do, but short words such as "dl" occur inside many others).
  static std::string literal(std::string_view word) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out = R"((?:^|[^a-z0-9\x80-\xff]))";
    for (char c : word) {
      const auto u = static_cast<unsigned char>(c);
      if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')) {
        out.push_back(c);
      } else {
        out += "\\x";
        out.push_back(kHex[u >> 4]);
        out.push_back(kHex[u & 15]);
      }
    }
    return out;
  }

  bool keep(EntityType type, double score) const {
    const EntitySettings& s = config[type];
    return s.enabled && score >= s.threshold;
  }
};

namespace {

// Keeps the best of overlapping findings: higher score, then longer span,
// then earlier start.
std::vector<Finding> without_overlaps(std::vector<Finding> findings) {
  std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.length() != b.length()) return a.length() > b.length();
    return a.start < b.start;
  });
  // Bytes already claimed by an accepted finding, one bit each: checking a
  // span costs its length in bits, whatever the number of findings. A
  // reused buffer: no allocation per scan.
  std::size_t limit = 0;
  for (const Finding& f : findings) limit = std::max(limit, f.end);
  thread_local std::vector<std::uint64_t> claimed;
  claimed.assign(limit / 64 + 1, 0);
  auto any_claimed = [](std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to;) {
      if (i % 64 == 0 && i + 64 <= to) {
        if (claimed[i / 64]) return true;
        i += 64;
      } else {
        if (claimed[i / 64] >> (i % 64) & 1) return true;
        ++i;
      }
    }
    return false;
  };
  auto claim = [](std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to;) {
      if (i % 64 == 0 && i + 64 <= to) {
        claimed[i / 64] = ~std::uint64_t{0};
        i += 64;
      } else {
        claimed[i / 64] |= std::uint64_t{1} << (i % 64);
        ++i;
      }
    }
  };
  std::vector<Finding> kept;
  kept.reserve(findings.size());
  for (const Finding& f : findings) {
    if (any_claimed(f.start, f.end)) continue;
    claim(f.start, f.end);
    kept.push_back(f);
  }
  std::sort(kept.begin(), kept.end(),
            [](const Finding& a, const Finding& b) { return a.start < b.start; });
  return kept;
}

// By pattern, then start, then longest first. The usual case (fewer than 64
// rules, text under 256 MiB) sorts one packed 64-bit key per match, several
// times faster than comparing the fields.
void sort_matches(std::vector<PatternMatch>& matches, std::size_t text_size) {
  constexpr unsigned kOffsetBits = 28, kRuleBits = 64 - 2 * kOffsetBits;
  const bool packable = text_size < (std::size_t{1} << kOffsetBits) &&
                        std::all_of(matches.begin(), matches.end(), [](const PatternMatch& m) {
                          return m.pattern < (1u << kRuleBits);
                        });
  if (!packable) {
    std::sort(matches.begin(), matches.end(), [](const PatternMatch& a, const PatternMatch& b) {
      if (a.pattern != b.pattern) return a.pattern < b.pattern;
      if (a.start != b.start) return a.start < b.start;
      return a.end > b.end;
    });
    return;
  }
  constexpr std::uint64_t kMask = (std::uint64_t{1} << kOffsetBits) - 1;
  thread_local std::vector<std::uint64_t> keys;
  keys.clear();
  for (const PatternMatch& m : matches)
    keys.push_back(std::uint64_t{m.pattern} << (2 * kOffsetBits) |
                   std::uint64_t{m.start} << kOffsetBits | (kMask - m.end));
  std::sort(keys.begin(), keys.end());
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const std::uint64_t k = keys[i];
    matches[i] = {static_cast<unsigned>(k >> (2 * kOffsetBits)),
                  static_cast<std::size_t>(k >> kOffsetBits & kMask),
                  static_cast<std::size_t>(kMask - (k & kMask))};
  }
}

}  // namespace

Detector::Detector(DetectorConfig config) : state_(std::make_shared<State>(std::move(config))) {}

const DetectorConfig& Detector::config() const {
  return state_->config;
}

std::vector<Finding> Detector::scan(std::string_view text) const {
  const State& s = *state_;
  std::vector<Finding> found;
  if (text.empty()) return found;
  if (!s.rules.empty()) {
    thread_local std::vector<PatternMatch> matches;
    matches.clear();
    if (s.scanner) {
      s.scanner->scan(text, matches);
      for (PatternMatch& m : matches) m.pattern = s.rule_of_pattern[m.pattern];
    }
    if (s.gated && s.gate->any(text)) {
      const std::size_t from = matches.size();
      s.gated->scan(text, matches);
      for (std::size_t k = from; k < matches.size(); ++k)
        matches[k].pattern = s.rule_of_gated[matches[k].pattern];
    }
    for (unsigned r : s.self_finding) {
      const std::size_t from = matches.size();
      s.rules[r].find(text, matches);
      for (std::size_t k = from; k < matches.size(); ++k) matches[k].pattern = r;
    }
    for (PatternMatch& m : matches) {
      const Rule& rule = s.rules[m.pattern];
      if (rule.find_start) m.start = rule.find_start(text, m.end);
    }
    // Per pattern and start, try the longest match first and stop at the
    // first one the rule confirms.
    sort_matches(matches, text.size());
    for (std::size_t i = 0; i < matches.size();) {
      const PatternMatch& first = matches[i];
      const Rule& rule = s.rules[first.pattern];
      std::size_t j = i;
      for (; j < matches.size() && matches[j].pattern == first.pattern &&
             matches[j].start == first.start;
           ++j) {
        auto c = rule.confirm(text, matches[j].start, matches[j].end);
        if (!c) continue;
        const double score = score_with_context(text, c->start, c->end, c->score, rule.context);
        if (s.keep(rule.type, score))
          found.push_back({rule.type, c->start, c->end, score, c->detector});
        break;
      }
      while (j < matches.size() && matches[j].pattern == first.pattern &&
             matches[j].start == first.start)
        ++j;
      i = j;
    }
  }
  s.names.find(text, found);
  std::erase_if(found, [&s](const Finding& f) { return !s.keep(f.type, f.score); });
  return without_overlaps(std::move(found));
}

}  // namespace switchyard::privacy
