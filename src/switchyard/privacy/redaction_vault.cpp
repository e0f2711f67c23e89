#include "switchyard/privacy/redaction_vault.hpp"

#include <algorithm>

namespace switchyard::privacy {
namespace {

// Overwrites a string's bytes before its memory is released.
void wipe(std::string& s) {
  volatile char* p = s.data();
  for (std::size_t i = 0; i < s.size(); ++i) p[i] = 0;
}

bool placeholder_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

}  // namespace

RedactionVault::~RedactionVault() {
  by_value_.clear();
  for (auto& [placeholder, value] : by_placeholder_) wipe(value);
}

std::string RedactionVault::redact(std::string_view text, const std::vector<Finding>& findings) {
  std::string out;
  out.reserve(text.size() + findings.size() * 8);
  std::size_t at = 0;
  for (const Finding& f : findings) {
    if (f.start < at || f.end > text.size() || f.start >= f.end) continue;  // overlap: skip
    out.append(text.substr(at, f.start - at));
    out += placeholder_for(f.type, text.substr(f.start, f.end - f.start));
    at = f.end;
  }
  out.append(text.substr(at));
  return out;
}

std::string_view RedactionVault::placeholder_for(EntityType type, std::string_view value) {
  auto it = by_value_.find(value);
  if (it == by_value_.end()) {
    std::string placeholder = "[";  // built piecewise: g++ 12's -Wrestrict misfires on "[" + s
    placeholder += entity_name(type);
    placeholder += '_';
    placeholder += std::to_string(++next_[index_of(type)]);
    placeholder += ']';
    longest_ = std::max(longest_, placeholder.size());
    const auto& node = *by_placeholder_.emplace(std::move(placeholder), value).first;
    it = by_value_.emplace(node.second, node.first).first;
  }
  return it->second;
}

std::string RedactionVault::restore(std::string_view text) const {
  if (by_placeholder_.empty()) return std::string(text);
  std::string out;
  out.reserve(text.size());
  std::size_t at = 0;
  for (;;) {
    const std::size_t open = text.find('[', at);
    if (open == std::string_view::npos) break;
    std::size_t close = open + 1;
    while (close < text.size() && placeholder_char(text[close])) ++close;
    if (close < text.size() && text[close] == ']') {
      auto it = by_placeholder_.find(std::string(text.substr(open, close + 1 - open)));
      if (it != by_placeholder_.end()) {
        out.append(text.substr(at, open - at));
        out += it->second;
        at = close + 1;
        continue;
      }
    }
    out.append(text.substr(at, open + 1 - at));
    at = open + 1;
  }
  out.append(text.substr(at));
  return out;
}

bool RedactionVault::could_start_placeholder(std::string_view text) const {
  if (text.empty() || text[0] != '[' || text.size() >= longest_) return false;
  for (std::size_t i = 1; i < text.size(); ++i)
    if (!placeholder_char(text[i])) return false;
  return true;
}

std::string StreamRestorer::push(std::string_view piece) {
  held_.append(piece);
  // Hold back the tail from the last '[' when it could still become a placeholder.
  std::size_t keep_from = held_.size();
  const std::size_t open = held_.rfind('[');
  if (open != std::string::npos &&
      vault_.could_start_placeholder(std::string_view(held_).substr(open)))
    keep_from = open;
  std::string out = vault_.restore(std::string_view(held_).substr(0, keep_from));
  held_.erase(0, keep_from);
  return out;
}

std::string StreamRestorer::finish() {
  std::string out = vault_.restore(held_);
  held_.clear();
  return out;
}

}  // namespace switchyard::privacy
