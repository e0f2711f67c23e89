// Reversible redaction for one request. Before text goes to a cloud model,
// each finding is replaced by a typed placeholder such as [EMAIL_ADDRESS_1];
// the same value always gets the same placeholder within the request, so the
// model can still refer to "the same person". The answer has the placeholders
// put back. Placeholders the model invents (not in the vault) are left alone.
//
// The vault lives on the request's stack: it never outlives the request and
// is never logged. Its memory is wiped when it is destroyed.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "switchyard/privacy/finding.hpp"

namespace switchyard::privacy {

class RedactionVault {
 public:
  RedactionVault() = default;
  ~RedactionVault();
  RedactionVault(const RedactionVault&) = delete;
  RedactionVault& operator=(const RedactionVault&) = delete;

  // `text` with every finding's span replaced by its placeholder. Findings
  // must be ordered by start and not overlap (as Detector::scan returns them).
  std::string redact(std::string_view text, const std::vector<Finding>& findings);

  // The placeholder standing for `value` (found as `type`), handing out a new
  // one the first time the value is seen.
  std::string_view placeholder_for(EntityType type, std::string_view value);

  // `text` with every placeholder of this vault replaced by its value.
  std::string restore(std::string_view text) const;

  bool empty() const { return by_placeholder_.empty(); }
  std::size_t size() const { return by_placeholder_.size(); }
  // The longest placeholder handed out: a stream holds back at most this much.
  std::size_t longest_placeholder() const { return longest_; }
  // Whether `text` could still grow into one of this vault's placeholders.
  bool could_start_placeholder(std::string_view text) const;

 private:
  // placeholder → value; the one copy of each value, wiped on destruction.
  std::unordered_map<std::string, std::string> by_placeholder_;
  // value → placeholder, viewing by_placeholder_'s nodes (stable addresses).
  std::unordered_map<std::string_view, std::string_view> by_value_;
  std::array<int, kEntityTypeCount> next_{};  // per-type counters
  std::size_t longest_ = 0;
};

// Restores placeholders in a text that arrives in pieces (a streamed answer),
// where a placeholder may be split across pieces at any byte. A piece's tail
// that could be the start of a placeholder is held back until the next piece
// settles it; everything else passes through at once.
class StreamRestorer {
 public:
  explicit StreamRestorer(const RedactionVault& vault) : vault_(vault) {}

  // The restored text that can be emitted now.
  std::string push(std::string_view piece);
  // Whatever is still held back, at the end of the stream.
  std::string finish();
  bool holding() const { return !held_.empty(); }

 private:
  const RedactionVault& vault_;
  std::string held_;
};

}  // namespace switchyard::privacy
