#include "switchyard/config/yaml_map.hpp"

#include <algorithm>
#include <charconv>
#include <limits>

#include "switchyard/config/suggest.hpp"
#include "switchyard/config/values.hpp"

namespace switchyard::config {
namespace {

constexpr std::size_t kMaxShown = 40;

std::string shown(const std::string& value) {
  if (value.size() <= kMaxShown) return "'" + value + "'";
  return "'" + value.substr(0, kMaxShown) + "...'";
}

bool is_quoted(const YAML::Node& node) {
  return node.IsScalar() && node.Tag() == "!";
}

std::string format_number(double value) {
  char buf[32];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  return ec == std::errc() ? std::string(buf, end) : std::to_string(value);
}

// "from 1 to 10", "at least 0", "at most 5", or "" when the range is everything.
std::string range_text(double min, double max, double lowest, double highest) {
  if (min > lowest && max < highest)
    return "from " + format_number(min) + " to " + format_number(max);
  if (min > lowest) return "at least " + format_number(min);
  if (max < highest) return "at most " + format_number(max);
  return {};
}

}  // namespace

void Problems::add(int line, std::string message) {
  list_.push_back({file_, line, std::move(message)});
}

std::vector<ConfigProblem> Problems::take() {
  std::stable_sort(list_.begin(), list_.end(),
                   [](const ConfigProblem& a, const ConfigProblem& b) { return a.line < b.line; });
  return std::move(list_);
}

int line_of(const YAML::Node& node) {
  if (!node.IsDefined()) return 0;
  const YAML::Mark mark = node.Mark();
  return mark.is_null() ? 0 : mark.line + 1;
}

std::string describe(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
      return "nothing";
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Map:
      return "a map";
    case YAML::NodeType::Scalar:
      break;
  }
  const std::string& s = node.Scalar();
  if (is_quoted(node)) return "a quoted string (" + shown(s) + ")";
  if (parse_number(s)) return "the number " + shown(s);
  if (s == "true" || s == "false") return "the boolean " + s;
  return "a string (" + shown(s) + ")";
}

MapReader::MapReader(const YAML::Node& node, int line, std::string what, const MapSchema& schema,
                     Problems& problems)
    : what_(std::move(what)), line_(line_of(node) ? line_of(node) : line), problems_(problems) {
  if (!node.IsDefined() || node.IsNull()) return;
  if (!node.IsMap()) {
    is_map_ = false;
    problems_.add(line_, what_ + " must be a map of keys (" + join(schema.allowed) + "), got " +
                             describe(node));
    return;
  }
  for (auto it = node.begin(); it != node.end(); ++it) {
    if (!it->first.IsScalar()) {
      problems_.add(line_of(it->first),
                    "keys in " + what_ + " must be plain words, got " + describe(it->first));
      continue;
    }
    Entry entry{it->first.Scalar(), it->second, line_of(it->first)};
    if (const Entry* first = find(entry.key)) {
      problems_.add(entry.line, "key '" + entry.key + "' appears twice in " + what_ +
                                    " (first at line " + std::to_string(first->line) +
                                    "); keep one");
      continue;
    }
    check_key(entry, schema);
    entries_.push_back(std::move(entry));
  }
}

void MapReader::check_key(const Entry& entry, const MapSchema& schema) {
  if (std::find(schema.allowed.begin(), schema.allowed.end(), entry.key) != schema.allowed.end())
    return;
  for (const auto& [key, advice] : schema.advice) {
    if (key == entry.key) {
      problems_.add(entry.line,
                    "'" + entry.key + "' is not accepted in " + what_ + ": " + std::string(advice));
      return;
    }
  }
  std::string message = "unknown key '" + entry.key + "' in " + what_;
  const std::string guess = nearest(entry.key, schema.allowed);
  message += guess.empty() ? "; " : "; did you mean '" + guess + "'? ";
  message += "allowed: " + join(schema.allowed);
  problems_.add(entry.line, std::move(message));
}

const MapReader::Entry* MapReader::find(std::string_view key) const {
  for (const auto& e : entries_)
    if (e.key == key) return &e;
  return nullptr;
}

const YAML::Node* MapReader::value(std::string_view key) const {
  const Entry* e = find(key);
  return e ? &e->value : nullptr;
}

int MapReader::line(std::string_view key) const {
  const Entry* e = find(key);
  return e ? e->line : line_;
}

void MapReader::report(std::string_view key, const std::string& message) const {
  problems_.add(line(key), "'" + std::string(key) + "' in " + what_ + " " + message);
}

bool MapReader::require(std::string_view key) const {
  if (has(key)) return true;
  if (is_map_) problems_.add(line_, "missing required key '" + std::string(key) + "' in " + what_);
  return false;
}

bool MapReader::read_string(std::string_view key, std::string& out) const {
  const YAML::Node* v = value(key);
  if (!v) return false;
  if (!v->IsScalar()) {
    report(key, "must be a string, got " + describe(*v));
    return false;
  }
  out = v->Scalar();
  return true;
}

const YAML::Node* MapReader::plain_scalar(std::string_view key, std::string_view expected) const {
  const YAML::Node* v = value(key);
  if (!v) return nullptr;
  if (v->IsScalar() && !is_quoted(*v)) return v;
  std::string message = "must be " + std::string(expected) + ", got " + describe(*v);
  if (is_quoted(*v)) message += "; write it without quotes";
  report(key, message);
  return nullptr;
}

bool MapReader::read_integer(std::string_view key, long long min, long long max,
                             long long& out) const {
  const YAML::Node* v = plain_scalar(key, "an integer");
  if (!v) return false;
  const auto n = parse_integer(v->Scalar());
  if (!n) {
    report(key, "must be an integer, got " + describe(*v));
    return false;
  }
  if (*n < min || *n > max) {
    report(key, "must be " +
                    range_text(static_cast<double>(min), static_cast<double>(max),
                               static_cast<double>(std::numeric_limits<long long>::min()),
                               static_cast<double>(std::numeric_limits<long long>::max())) +
                    ", got " + v->Scalar());
    return false;
  }
  out = *n;
  return true;
}

bool MapReader::read_number(std::string_view key, double min, double max, double& out) const {
  const YAML::Node* v = plain_scalar(key, "a number");
  if (!v) return false;
  const auto n = parse_number(v->Scalar());
  if (!n) {
    report(key, "must be a number, got " + describe(*v));
    return false;
  }
  if (*n < min || *n > max) {
    report(key, "must be " +
                    range_text(min, max, std::numeric_limits<double>::lowest(),
                               std::numeric_limits<double>::max()) +
                    ", got " + v->Scalar());
    return false;
  }
  out = *n;
  return true;
}

bool MapReader::read_bool(std::string_view key, bool& out) const {
  const YAML::Node* v = plain_scalar(key, "true or false");
  if (!v) return false;
  if (v->Scalar() != "true" && v->Scalar() != "false") {
    report(key, "must be true or false, got " + describe(*v));
    return false;
  }
  out = v->Scalar() == "true";
  return true;
}

bool MapReader::read_millis(std::string_view key, long long min, Millis& out) const {
  // A day bounds every timeout: a larger value is a unit mistake (seconds
  // written as microseconds), not a wish.
  constexpr long long kDay = 24LL * 60 * 60 * 1000;
  const YAML::Node* v = value(key);
  if (v && v->IsScalar() && !is_quoted(*v) && !parse_integer(v->Scalar())) {
    report(key, "must be an integer number of milliseconds, got " + describe(*v));
    return false;
  }
  long long ms = 0;
  if (!read_integer(key, min, kDay, ms)) return false;
  out = Millis(ms);
  return true;
}

bool MapReader::read_byte_size(std::string_view key, std::size_t& out) const {
  const YAML::Node* v = value(key);
  if (!v) return false;
  if (!v->IsScalar()) {
    report(key, "must be a size such as 8MiB or 1048576, got " + describe(*v));
    return false;
  }
  const auto size = parse_byte_size(v->Scalar());
  if (!size) {
    report(key, size.error().message + ", got " + shown(v->Scalar()));
    return false;
  }
  if (*size == 0) {
    report(key, "must be greater than 0");
    return false;
  }
  out = *size;
  return true;
}

std::vector<std::pair<YAML::Node, int>> list_items(const YAML::Node& node, int line,
                                                   const std::string& what,
                                                   std::string_view example, Problems& problems) {
  std::vector<std::pair<YAML::Node, int>> items;
  if (!node.IsDefined() || node.IsNull()) return items;
  if (!node.IsSequence()) {
    problems.add(line, what + " must be a list, each item starting with '- ' (e.g. '" +
                           std::string(example) + "'), got " + describe(node));
    return items;
  }
  for (const auto& item : node) {
    const int item_line = line_of(item);
    items.emplace_back(item, item_line ? item_line : line);
  }
  return items;
}

}  // namespace switchyard::config
