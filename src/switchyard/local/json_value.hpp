// A small JSON document model for reading JSON schemas.
//
// The local area may use only core, the standard library and llama.cpp, so it
// cannot share the api area's JSON library; schemas are small and parsed once
// per request, which a plain recursive-descent parser handles well.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "switchyard/core/error.hpp"

namespace switchyard::local {

class JsonValue {
 public:
  enum class Kind { null, boolean, number, string, array, object };

  Kind kind() const { return kind_; }
  bool is(Kind k) const { return kind_ == k; }

  bool boolean() const { return boolean_; }
  // Numbers keep their source text so they can be written back unchanged.
  const std::string& number_text() const { return text_; }
  double number() const;
  const std::string& string() const { return text_; }
  const std::vector<JsonValue>& array() const { return array_; }
  const std::vector<std::pair<std::string, JsonValue>>& object() const { return object_; }

  // Object member by key; nullptr when absent or not an object.
  const JsonValue* find(std::string_view key) const;

  // Compact JSON text.
  std::string dump() const;

  static core::Expected<JsonValue> parse(std::string_view text);

 private:
  friend class JsonParser;
  Kind kind_ = Kind::null;
  bool boolean_ = false;
  std::string text_;
  std::vector<JsonValue> array_;
  std::vector<std::pair<std::string, JsonValue>> object_;
};

// Appends `s` as a quoted JSON string literal.
void append_json_string(std::string& out, std::string_view s);

}  // namespace switchyard::local
