// A rule pairs one pattern of the multi-pattern scan with the code that
// confirms its matches. Patterns are deliberately loose and fast; a rule's
// `confirm` decides, with checksums, numbering rules and word boundaries,
// whether the text really is the entity, and trims the span.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "switchyard/privacy/context_words.hpp"
#include "switchyard/privacy/entity_type.hpp"
#include "switchyard/privacy/pattern_scanner.hpp"

namespace switchyard::privacy {

class PhoneNumberChecker;

struct Candidate {
  std::size_t start = 0;
  std::size_t end = 0;
  double score = 0;  // before context words
  std::string_view detector;
};

using Confirm = std::function<std::optional<Candidate>(std::string_view text, std::size_t start,
                                                       std::size_t end)>;

struct Rule {
  EntityType type = EntityType::email_address;
  Pattern pattern;
  // Gets the text and a raw match [start, end); nullopt rejects the match.
  Confirm confirm;
  ContextWords context;
  // For patterns without leftmost_start: where the match starts, given its
  // end (scanning back over the characters the entity may contain).
  std::function<std::size_t(std::string_view text, std::size_t end)> find_start;
  // Instead of the pattern: appends the raw matches [start, end) itself (the
  // `pattern` field of each is filled in by the caller). For entities with a
  // rare anchor byte, such as the "@" of an email address, a memchr beats
  // Hyperscan's automaton by far.
  std::function<void(std::string_view text, std::vector<PatternMatch>& out)> find;
  // The highest score `confirm` gives. When that is below the entity's
  // threshold, only a raising context word can make a finding, so the
  // detector runs the pattern only over text that contains one of them.
  double max_score = 1.0;
};

// Built field by field: g++ 12 warns falsely about brace-initialised Rules.
inline Rule make_rule(EntityType type, Pattern pattern, Confirm confirm,
                      ContextWords context = {}) {
  Rule r;
  r.type = type;
  r.pattern = std::move(pattern);
  r.confirm = std::move(confirm);
  r.context = std::move(context);
  return r;
}

// Email, phone, card, IBAN, SSN, IP addresses.
std::vector<Rule> structured_rules(const PhoneNumberChecker& phones);
// URLs and domain names.
std::vector<Rule> network_rules();
// Dates of birth, driver's licences, passports, medical record numbers.
std::vector<Rule> identity_rules();
// Cloud keys, API tokens, private keys, JWTs, high-entropy values.
std::vector<Rule> secret_rules();

// Byte classes shared by the rules. Bytes >= 0x80 count as letters, so a
// match glued to a non-ASCII word is not mistaken for a whole token.
inline bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
inline bool is_ascii_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool is_word_byte(char c) {
  return is_digit(c) || is_ascii_alpha(c) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}
inline char byte_before(std::string_view text, std::size_t at) {
  return at > 0 && at <= text.size() ? text[at - 1] : ' ';
}
inline char byte_at(std::string_view text, std::size_t at) {
  return at < text.size() ? text[at] : ' ';
}
// [start, end) is not glued to a word on either side.
inline bool stands_alone(std::string_view text, std::size_t start, std::size_t end) {
  return !is_word_byte(byte_before(text, start)) && !is_word_byte(byte_at(text, end));
}
// The match continues as a number: "1.5" or "12-3" right after the span.
inline bool continues_number(std::string_view text, std::size_t end) {
  const char c = byte_at(text, end);
  return (c == '.' || c == '-' || c == ',' || c == '/') && is_digit(byte_at(text, end + 1));
}
inline bool preceded_by_number(std::string_view text, std::size_t start) {
  const char c = byte_before(text, start);
  return (c == '.' || c == '-' || c == '/') && start >= 2 && is_digit(text[start - 2]);
}

}  // namespace switchyard::privacy
