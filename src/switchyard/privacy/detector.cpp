#include "switchyard/privacy/detector.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>

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
  NameFinder names;

  explicit State(DetectorConfig c)
      : config(std::move(c)), phones(config.phone_regions), names(config) {
    std::vector<Rule> all = structured_rules(phones);
    for (auto* more : {&network_rules, &identity_rules, &secret_rules})
      for (Rule& r : more()) all.push_back(std::move(r));
    std::vector<Pattern> patterns;
    for (Rule& r : all) {
      if (!config[r.type].enabled) continue;
      patterns.push_back(r.pattern);
      rules.push_back(std::move(r));
    }
    if (patterns.empty()) return;
    auto compiled = PatternScanner::compile(patterns);
    if (!compiled) throw std::runtime_error(compiled.error().message);
    scanner = std::move(*compiled);
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
  std::map<std::size_t, std::size_t> taken;  // start -> end of accepted spans
  std::vector<Finding> kept;
  for (const Finding& f : findings) {
    auto next = taken.lower_bound(f.start);
    if (next != taken.end() && next->first < f.end) continue;
    if (next != taken.begin() && std::prev(next)->second > f.start) continue;
    taken.emplace(f.start, f.end);
    kept.push_back(f);
  }
  std::sort(kept.begin(), kept.end(),
            [](const Finding& a, const Finding& b) { return a.start < b.start; });
  return kept;
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
  if (s.scanner) {
    thread_local std::vector<PatternMatch> matches;
    matches.clear();
    s.scanner->scan(text, matches);
    for (PatternMatch& m : matches) {
      const Rule& rule = s.rules[m.pattern];
      if (rule.find_start) m.start = rule.find_start(text, m.end);
    }
    // Per pattern and start, try the longest match first and stop at the
    // first one the rule confirms.
    std::sort(matches.begin(), matches.end(), [](const PatternMatch& a, const PatternMatch& b) {
      if (a.pattern != b.pattern) return a.pattern < b.pattern;
      if (a.start != b.start) return a.start < b.start;
      return a.end > b.end;
    });
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
