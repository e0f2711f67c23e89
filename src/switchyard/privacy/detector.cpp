#include "switchyard/privacy/detector.hpp"

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "switchyard/privacy/address_layout.hpp"
#include "switchyard/privacy/code_points.hpp"
#include "switchyard/privacy/context_words.hpp"
#include "switchyard/privacy/folded_text.hpp"
#include "switchyard/privacy/name_finder.hpp"
#include "switchyard/privacy/name_words.hpp"
#include "switchyard/privacy/pattern_scanner.hpp"
#include "switchyard/privacy/phone_number_checker.hpp"
#include "switchyard/privacy/rule.hpp"
#include "switchyard/privacy/vocabulary_non_names.hpp"

namespace switchyard::privacy {

struct Detector::State {
  DetectorConfig config;
  PhoneNumberChecker phones;
  std::vector<Rule> rules;
  std::optional<PatternScanner> scanner;
  std::vector<unsigned> rule_of_pattern;  // Hyperscan pattern id -> index into rules
  std::vector<unsigned> self_finding;     // rules that find their own matches
  // Rules that need a context word to reach their threshold run (in
  // `gated`) only when `gate` finds one of those words in the text, within
  // reach of a digit (see gate_open).
  std::optional<PatternScanner> gated;
  std::vector<unsigned> rule_of_gated;
  std::optional<WordGate> gate;
  // Every gated pattern matches a run of digits, and counts only with a
  // context word in its window: the gate looks only this far around the
  // text's runs of at least gate_digits digits. Zero: it looks everywhere (a
  // gated rule that declares no digit_run).
  std::size_t gate_before = 0, gate_after = 0, gate_digits = 0;
  // Rules with a prefilter: each in a pass of its own, when the text passes.
  struct Filtered {
    unsigned rule;
    PatternScanner scanner;
  };
  std::vector<Filtered> filtered;
  NameFinder names;
  // Streets found by their layout (a type of another language or script, or
  // a postcode-and-town line after them), with the name finder's words.
  AddressLayout layout;

  explicit State(DetectorConfig c)
      : config(std::move(c)), phones(config.phone_regions), names(config), layout(names.words()) {
    std::vector<Rule> all = structured_rules(phones);
    for (auto* more : {&network_rules, &identity_rules, &date_rules, &secret_rules})
      for (Rule& r : more()) all.push_back(std::move(r));
    std::vector<Pattern> patterns, gated_patterns;
    bool digits_everywhere = true;
    std::vector<std::string_view> seen_words;
    for (Rule& r : all) {
      if (!config[r.type].enabled) continue;
      const auto index = static_cast<unsigned>(rules.size());
      if (r.find) {
        self_finding.push_back(index);
      } else if (r.prefilter) {
        filtered.push_back({index, std::move(*compile({r.pattern}))});
      } else if (r.max_score < config[r.type].threshold && !r.context.raising.empty() &&
                 r.context.raise_by > 0) {
        gated_patterns.push_back(r.pattern);
        rule_of_gated.push_back(index);
        // The window, plus the longest match (a written date with its
        // month, "3rd of September, 1990", under 32 bytes): any digit of
        // a match is that close to its start and its end.
        constexpr std::size_t kMatchReach = 32;
        digits_everywhere = digits_everywhere && r.digit_run > 0;
        gate_digits = gate_digits == 0 ? r.digit_run : std::min(gate_digits, r.digit_run);
        gate_before = std::max(gate_before, r.context.before + kMatchReach);
        gate_after = std::max(gate_after, r.context.after + kMatchReach);
        for (std::string_view w : r.context.raising) {
          if (std::find(seen_words.begin(), seen_words.end(), w) != seen_words.end()) continue;
          seen_words.push_back(w);
        }
      } else {
        patterns.push_back(r.pattern);
        rule_of_pattern.push_back(index);
      }
      rules.push_back(std::move(r));
    }
    scanner = compile(patterns);
    gated = compile(gated_patterns);
    if (gated) gate.emplace(seen_words);
    // The block scan below finds runs of up to 17 digits.
    if (!digits_everywhere || gate_digits > 17) gate_before = gate_after = gate_digits = 0;
  }

  // Whether a gated rule may find anything: one of its context words occurs
  // near a run of gate_digits digits (or anywhere, if gate_before is 0).
  bool gate_open(std::string_view text) const {
    if (gate_before == 0) return gate->any_in(text);
    const std::size_t n = text.size();
    std::size_t lo = 0, hi = 0;  // the current region; empty at first
    bool open = false;
    auto digit_at = [&](std::size_t d) {
      const std::size_t from = d > gate_before ? d - gate_before : 0;
      const std::size_t to = std::min(n, d + gate_after);
      if (from <= hi && hi > lo) {
        hi = std::max(hi, to);
        return;
      }
      if (hi > lo && gate->any_in(text, lo, hi)) open = true;
      lo = from;
      hi = to;
    };
    std::size_t i = 0;
#if defined(__SSE2__)
    auto digits = [&](std::size_t at) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at));
      const __m128i shifted =
          _mm_add_epi8(_mm_sub_epi8(x, _mm_set1_epi8('0')), _mm_set1_epi8(-128));
      return static_cast<std::uint32_t>(
          _mm_movemask_epi8(_mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(10 - 128)))));
    };
    // Sixteen starts at a time, with the sixteen bytes after them: bit p of
    // `runs` says bytes p .. p + gate_digits - 1 are all digits.
    for (; i + 32 <= n && !open; i += 16) {
      const std::uint32_t lead = digits(i);
      if (!lead) continue;
      const std::uint32_t all = lead | digits(i + 16) << 16;
      std::uint32_t runs = all;
      for (std::size_t k = 1; k < gate_digits && runs; ++k) runs &= all >> k;
      runs &= 0xFFFF;
      // Regions around runs less than 16 bytes apart merge: the first and
      // last run of a block give the same regions as all of them.
      if (!runs) continue;
      digit_at(i + static_cast<std::size_t>(__builtin_ctz(runs)));
      digit_at(i + 31 - static_cast<std::size_t>(__builtin_clz(runs)));
    }
#endif
    // The rest a byte at a time, counting the digits before i as well.
    std::size_t run = 0;
    for (std::size_t b = i; b > 0 && run < gate_digits && is_digit(text[b - 1]); --b) ++run;
    for (; i < n && !open; ++i) {
      run = is_digit(text[i]) ? run + 1 : 0;
      if (run >= gate_digits) digit_at(i);
    }
    return open || (hi > lo && gate->any_in(text, lo, hi));
  }

  static std::optional<PatternScanner> compile(const std::vector<Pattern>& patterns) {
    if (patterns.empty()) return std::nullopt;
    auto compiled = PatternScanner::compile(patterns);
    if (!compiled) throw std::runtime_error(compiled.error().message);
    return std::move(*compiled);
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
  // span costs its length in 64-bit words, whatever the number of findings.
  // A reused buffer: no allocation per scan.
  std::size_t limit = 0;
  for (const Finding& f : findings) limit = std::max(limit, f.end);
  thread_local std::vector<std::uint64_t> claimed;
  claimed.assign(limit / 64 + 1, 0);
  // Bits [from, to) of the buffer, a 64-bit word at a time.
  auto for_words = [](std::size_t from, std::size_t to, auto&& visit) {
    for (std::size_t w = from / 64; from < to; ++w) {
      const std::size_t lo = from % 64, hi = std::min<std::size_t>(64, to - w * 64);
      const std::uint64_t upto = hi == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << hi) - 1;
      if (visit(claimed[w], upto & ~((std::uint64_t{1} << lo) - 1))) return true;
      from = (w + 1) * 64;
    }
    return false;
  };
  auto any_claimed = [&](std::size_t from, std::size_t to) {
    return for_words(from, to,
                     [](std::uint64_t& word, std::uint64_t mask) { return (word & mask) != 0; });
  };
  auto claim = [&](std::size_t from, std::size_t to) {
    for_words(from, to, [](std::uint64_t& word, std::uint64_t mask) {
      word |= mask;
      return false;
    });
  };
  // The kept findings move to the front, in place: no second vector.
  std::size_t kept = 0;
  for (const Finding& f : findings) {
    if (any_claimed(f.start, f.end)) continue;
    claim(f.start, f.end);
    findings[kept++] = f;
  }
  findings.resize(kept);
  std::sort(findings.begin(), findings.end(),
            [](const Finding& a, const Finding& b) { return a.start < b.start; });
  return findings;
}

// A URL or a domain name is where other data hides ("?ssn=536-22-8146",
// "mailto:jane@example.com").
bool container_type(EntityType t) {
  return t == EntityType::url || t == EntityType::domain_name;
}

// Found by the word pass (gazetteers): noisier than a checked pattern.
bool name_type(EntityType t) {
  return t == EntityType::person || t == EntityType::location || t == EntityType::address;
}

// `kept` (without_overlaps of `all`) with every checked pattern that lost
// only to URLs or domain names put back in their place: a link must not
// hide the SSN or the address in it.
std::vector<Finding> uncover_contained(std::vector<Finding> all, std::vector<Finding> kept) {
  std::sort(all.begin(), all.end(),
            [](const Finding& a, const Finding& b) { return a.score > b.score; });
  auto same = [](const Finding& a, const Finding& b) {
    return a.type == b.type && a.start == b.start && a.end == b.end;
  };
  auto overlap = [](const Finding& a, const Finding& b) {
    return a.start < b.end && b.start < a.end;
  };
  for (const Finding& f : all) {
    if (container_type(f.type) || name_type(f.type)) continue;
    if (std::any_of(kept.begin(), kept.end(), [&](const Finding& k) { return same(k, f); }))
      continue;
    bool blocked = false, contained = false;
    for (const Finding& k : kept) {
      if (!overlap(k, f)) continue;
      (container_type(k.type) ? contained : blocked) = true;
    }
    if (blocked || !contained) continue;
    std::erase_if(kept, [&](const Finding& k) { return overlap(k, f); });
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

std::vector<Finding> Detector::scan(std::string_view text, TextKind kind) const {
  return scan(text, kind, false);
}

std::vector<Finding> Detector::scan_for_patterns(std::string_view text) const {
  return scan(text, TextKind::prose, true);
}

std::vector<Finding> Detector::scan(std::string_view text, TextKind kind,
                                    bool only_if_patterns_find) const {
  // Full-width forms, Unicode dashes and spaces, and invisible characters
  // hide a value from the rules ("５３６－２２－１２３４", "536\u200b-22-1234"):
  // the folded text is scanned, and its findings reported over the bytes the
  // caller wrote.
  if (FoldedText::needed(text)) {
    auto scan_folded = [&](const FoldedText& folded) {
      std::vector<Finding> found = scan_as_written(folded.text(), kind, only_if_patterns_find);
      for (Finding& f : found) {
        f.start = folded.original(f.start);
        f.end = folded.original_end(f.end);
      }
      return found;
    };
    const FoldedText folded(text);
    std::vector<Finding> found = scan_folded(folded);
    if (folded.dropped_attributes()) {
      // Inline tags were dropped to join a value they split, and with them
      // their attributes ('<a href="tel:+4420…">', "title='Anna Berg'"):
      // the text is read again with its tags kept, and what only that
      // reading finds is added. Fails closed on markup.
      const FoldedText kept(text, FoldedText::Tags::keep);
      for (const Finding& f : scan_folded(kept))
        if (std::none_of(found.begin(), found.end(), [&](const Finding& g) {
              // A URL or a domain holds what is in it (uncover_contained).
              return !container_type(g.type) && g.start < f.end && f.start < g.end;
            }))
          found.push_back(f);
      std::sort(found.begin(), found.end(),
                [](const Finding& a, const Finding& b) { return a.start < b.start; });
    }
    return found;
  }
  return scan_as_written(text, kind, only_if_patterns_find);
}

std::vector<Finding> Detector::scan_as_written(std::string_view text, TextKind kind,
                                               bool only_if_patterns_find) const {
  const State& s = *state_;
  std::vector<Finding> found;
  if (text.empty()) return found;
  found.reserve(16);  // one allocation for most texts
  if (!s.rules.empty()) {
    thread_local std::vector<PatternMatch> matches;
    matches.clear();
    if (s.scanner) {
      s.scanner->scan(text, matches);
      for (PatternMatch& m : matches) m.pattern = s.rule_of_pattern[m.pattern];
    }
    for (const State::Filtered& f : s.filtered) {
      if (!s.rules[f.rule].prefilter(text)) continue;
      const std::size_t from = matches.size();
      f.scanner.scan(text, matches);
      for (std::size_t k = from; k < matches.size(); ++k) matches[k].pattern = f.rule;
    }
    if (s.gated && s.gate_open(text)) {
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
  if (only_if_patterns_find && found.empty()) return found;
  {
    // The name finder's and the address pass's readers of scripts
    // (name_scripts.cpp, address_scripts.cpp) share one decode of the text.
    const ScanDecode decode(text);
    s.names.find(text, found, kind == TextKind::machine);
    if (s.config[EntityType::address].enabled) {
      s.layout.find(text, found);
      s.names.find_addressees(text, found);
    }
    s.names.find_table_names(text, found);
    s.names.find_keyed_names(text, found);
    s.names.find_listed_names(text, found);
  }
  std::erase_if(found, [&s](const Finding& f) { return !s.keep(f.type, f.score); });
  // Things named like people: eponyms, works, characters, software and
  // firms in the frames that say so (words::named_thing). Landmarks are
  // places ("the Eiffel Tower" is no person). Institutions, firms, venues,
  // streets and awards named after someone, pets, boats and products called
  // by a given name (words::named_after_someone): a place is a LOCATION, a
  // street by a house number an ADDRESS, the rest no finding. One pass.
  std::size_t kept = 0;
  for (std::size_t i = 0; i < found.size(); ++i) {
    Finding& f = found[i];
    if (f.type == EntityType::person) {
      // A greeting before a name is none of it (the span moves past it);
      // months, street nouns, departments, products, job titles, lorem
      // ipsum and places in a name's place are no person
      // (vocabulary_non_names.cpp). Then the regional nouns, landmarks, and
      // things named after someone. A place is re-typed over the finding's
      // own span: a longer one could lose an overlap with the address
      // finder's and mask less.
      std::string_view place = "place_by_vocabulary", street = "street_by_vocabulary";
      words::NamedAfter a{words::vocabulary_non_person(s.names.words(), text, f.start, f.end),
                          f.start, f.end};
      if (a.kind == words::NamedAfter::Kind::kNone) {
        a = words::regional_non_person(text, f.start, f.end);
        place = "place_by_regional_noun";
        street = "street_by_regional_noun";
      }
      if (a.kind == words::NamedAfter::Kind::kNone) {
        if (words::named_landmark(text, f.start, f.end)) {
          f.type = EntityType::location;
          f.detector = "landmark_gazetteer";
          if (!s.keep(EntityType::location, f.score)) continue;
        } else {
          a = words::named_after_or_framed(s.names.words(), text, f.start, f.end);
          place = "place_named_after";
          street = "street_named_after";
        }
      }
      switch (a.kind) {
        case words::NamedAfter::Kind::kThing:
          continue;
        case words::NamedAfter::Kind::kPlace:
          f = {EntityType::location, f.start, f.end, f.score, place};
          if (!s.keep(EntityType::location, f.score)) continue;
          break;
        case words::NamedAfter::Kind::kAddress:
          f = {EntityType::address, f.start, f.end, f.score, street};
          if (!s.keep(EntityType::address, f.score)) continue;
          break;
        case words::NamedAfter::Kind::kNone:
          // A car by its maker and model ("Subaru LeBaron"), a time
          // zone's city ("America/New_York").
          if (f.type == EntityType::person &&
              (words::named_thing(s.names.words(), text, f.start, f.end) ||
               words::vehicle_name(text, f.start, f.end) || words::time_zone_city(text, f.start)))
            continue;
          break;
      }
    }
    if (kept != i) found[kept] = std::move(f);
    ++kept;
  }
  found.resize(kept);
  if (kind == TextKind::machine) {
    // In machine text a bare run of digits is an id far more often than a
    // phone number: only a written-out number ("+1 415 555 0132") or one
    // with a context word ("phone": ...) counts.
    // Nor is a group of digits joined to an identifier by a dash or an
    // underscore ("...-5438-4449-a1f3-...", a UUID).
    auto alnum = [](char c) { return is_digit(c) || is_ascii_alpha(c); };
    std::erase_if(found, [&](const Finding& f) {
      if (f.type != EntityType::phone_number) return false;
      const bool joined_before = f.start >= 2 &&
                                 (text[f.start - 1] == '-' || text[f.start - 1] == '_') &&
                                 alnum(text[f.start - 2]);
      const bool joined_after = f.end + 1 < text.size() &&
                                (text[f.end] == '-' || text[f.end] == '_') &&
                                alnum(text[f.end + 1]);
      if (joined_before || joined_after) return true;
      if (f.score > 0.55) return false;
      for (char c : f.text_in(text))
        if (!is_digit(c)) return false;
      return true;
    });
  }
  if (std::none_of(found.begin(), found.end(),
                   [](const Finding& f) { return container_type(f.type); }))
    return without_overlaps(std::move(found));
  std::vector<Finding> all = found;
  return uncover_contained(std::move(all), without_overlaps(std::move(found)));
}

}  // namespace switchyard::privacy
