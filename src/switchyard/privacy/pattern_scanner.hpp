// Many regular expressions, one pass over the text. Wraps a Hyperscan
// (vectorscan) block-mode database: compiled once, then shared by every
// thread; each thread scans with its own scratch space, allocated on first use.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "switchyard/core/error.hpp"

struct hs_database;

namespace switchyard::privacy {

struct Pattern {
  std::string expression;  // Hyperscan syntax (PCRE subset, no back-references)
  bool caseless = false;
  // Track where each match starts. Costly for patterns that open with a
  // repeated character class (Hyperscan must follow every possible start);
  // those leave it off and their rule finds the start itself.
  bool leftmost_start = true;
  // Report only the first match of this pattern (for existence checks).
  bool single_match = false;
};

// A match: which pattern, and the leftmost start for that end (the end
// itself for patterns without leftmost_start).
struct PatternMatch {
  unsigned pattern = 0;  // index into the patterns given to compile()
  std::size_t start = 0;
  std::size_t end = 0;
};

class PatternScanner {
 public:
  // Fails with a message naming the offending pattern.
  static core::Expected<PatternScanner> compile(const std::vector<Pattern>& patterns);

  // Appends every match to `out` in the order Hyperscan reports them (by end
  // offset). One run of text may yield several matches of a pattern with the
  // same start and different ends; callers pick the one they can validate.
  void scan(std::string_view text, std::vector<PatternMatch>& out) const;

  // Whether any pattern matches anywhere; stops at the first match.
  bool any(std::string_view text) const;

 private:
  struct DatabaseDeleter {
    void operator()(hs_database* db) const;
  };
  explicit PatternScanner(hs_database* db) : db_(db, DatabaseDeleter{}) {}
  std::shared_ptr<hs_database> db_;
  std::vector<bool> leftmost_;
  std::uint64_t id_ = 0;  // tells thread-local scratch spaces which database they fit
};

}  // namespace switchyard::privacy
