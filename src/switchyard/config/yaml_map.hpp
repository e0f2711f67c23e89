// Checked access to the YAML maps of a configuration file. Every check reports
// into `Problems` and carries on, so one run shows the user every mistake, each
// with its line and what to write instead.
#pragma once

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "switchyard/config/config.hpp"

namespace switchyard::config {

class Problems {
 public:
  explicit Problems(std::string file) : file_(std::move(file)) {}
  void add(int line, std::string message);
  bool empty() const { return list_.empty(); }
  std::size_t size() const { return list_.size(); }
  std::vector<ConfigProblem> take();  // in line order

 private:
  std::string file_;
  std::vector<ConfigProblem> list_;
};

// 1-based line of a node, 0 when unknown.
int line_of(const YAML::Node& node);

// What a node holds, for "must be X, got Y": "a list", "a map", "nothing",
// "a string ('abc')", "the number 12". Long values are cut short.
std::string describe(const YAML::Node& node);

// What a YAML map may contain.
struct MapSchema {
  std::vector<std::string_view> allowed;
  // Keys that are wrong in a predictable way, each with the advice to give
  // instead of "unknown key" (e.g. a literal api_key).
  std::vector<std::pair<std::string_view, std::string_view>> advice = {};
};

class MapReader {
 public:
  // `what` names the map in messages ("provider 'openai'"); `line` is used when
  // the node has none. An absent or empty node reads as an empty map; anything
  // else that is not a map is reported. Unknown and repeated keys are reported
  // here, once.
  MapReader(const YAML::Node& node, int line, std::string what, const MapSchema& schema,
            Problems& problems);

  bool is_map() const { return is_map_; }
  const std::string& what() const { return what_; }
  Problems& problems() const { return problems_; }

  bool has(std::string_view key) const { return find(key) != nullptr; }
  const YAML::Node* value(std::string_view key) const;
  int line(std::string_view key) const;  // the key's line, or the map's when absent

  // Reports "'<key>' in <what> <message>" at the key's line.
  void report(std::string_view key, const std::string& message) const;
  // Reports and returns false when `key` is absent.
  bool require(std::string_view key) const;

  // Readers leave `out` untouched when the key is absent or its value is wrong
  // (after reporting it), so defaults survive; they return whether they set it.
  bool read_string(std::string_view key, std::string& out) const;
  bool read_integer(std::string_view key, long long min, long long max, long long& out) const;
  bool read_number(std::string_view key, double min, double max, double& out) const;
  bool read_bool(std::string_view key, bool& out) const;
  bool read_millis(std::string_view key, long long min, Millis& out) const;
  bool read_byte_size(std::string_view key, std::size_t& out) const;

  template <typename Int>
  bool read_int(std::string_view key, long long min, long long max, Int& out) const {
    long long v = 0;
    if (!read_integer(key, min, max, v)) return false;
    out = static_cast<Int>(v);
    return true;
  }

 private:
  struct Entry {
    std::string key;
    YAML::Node value;
    int line = 0;
  };

  const Entry* find(std::string_view key) const;
  void check_key(const Entry& entry, const MapSchema& schema);
  // The value of a key that must be a plain (unquoted) scalar, e.g. a number.
  const YAML::Node* plain_scalar(std::string_view key, std::string_view expected) const;

  std::string what_;
  int line_ = 0;
  bool is_map_ = true;
  std::vector<Entry> entries_;
  Problems& problems_;
};

// The items of a list, each with its line. An absent or empty node is an empty
// list; anything else that is not a list is reported, naming it by `what`
// ("'providers'") and showing the list form with `example` ("- name: openai").
std::vector<std::pair<YAML::Node, int>> list_items(const YAML::Node& node, int line,
                                                   const std::string& what,
                                                   std::string_view example, Problems& problems);

}  // namespace switchyard::config
