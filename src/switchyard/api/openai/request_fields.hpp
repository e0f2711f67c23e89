// Strict reading of a client request's fields (simdjson DOM), with the
// OpenAI-style errors that name the field and say what to send instead, and
// the members carried through as the client wrote them (json_source.hpp).
//
// A decoder derives from FieldReader, extends `path_` (with Push) as it
// descends, and returns false with the error set on the first bad field.
#pragma once

#include <simdjson.h>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "switchyard/api/openai/json_source.hpp"
#include "switchyard/core/error.hpp"
#include "switchyard/core/raw_fields.hpp"

namespace switchyard::api::openai {

void append_int(std::string& out, std::int64_t v);
void append_double(std::string& out, double v);

// A value carried through: its text as the client wrote it (member or element
// `index` of `container`). The DOM's rendering is only a fallback for a value
// the source scan cannot find, which a body simdjson accepted does not have.
std::string source_json(const json::SourceNode& container, std::size_t index,
                        simdjson::dom::element v);

// Index of the first member named `key` (the one dom::object::operator[]
// finds), or the object's size when there is none.
std::size_t index_of(simdjson::dom::object obj, std::string_view key);

// Every member of `obj` not named in `known`, with its source text.
void keep_unknown(simdjson::dom::object obj, const json::SourceNode& src,
                  std::initializer_list<std::string_view> known, core::RawFields& out);

class FieldReader {
 public:
  FieldReader() { path_.reserve(64); }
  core::Error take_error() { return std::move(err_); }

 protected:
  using element = simdjson::dom::element;

  // Extends the path of the container being decoded ("messages[2].content[0]")
  // for as long as it lives.
  class Push {
   public:
    Push(std::string& p, std::string_view key) : p_(p), n_(p.size()) {
      if (!p.empty()) p.push_back('.');
      p.append(key);
    }
    Push(std::string& p, std::string_view key, std::size_t index) : Push(p, key) {
      p.push_back('[');
      append_int(p, static_cast<std::int64_t>(index));
      p.push_back(']');
    }
    ~Push() { p_.resize(n_); }
    Push(const Push&) = delete;
    Push& operator=(const Push&) = delete;

   private:
    std::string& p_;
    std::size_t n_;
  };

  // The path of `key` inside the current container.
  std::string param(std::string_view key) const;

  bool fail(std::string message, std::string param, const char* code);
  bool type_error(std::string_view key, element got, std::string_view expected);
  bool missing(std::string_view key);
  // `value` is not one of `supported` (a ready-made list such as
  // "'a', 'b', and 'c'").
  bool bad_enum(std::string_view key, std::string_view value, std::string_view supported);

  bool get_string(element v, std::string_view key, std::string& out, bool null_ok);
  bool get_bool(element v, std::string_view key, std::optional<bool>& out);
  // A number in [lo, hi]; null leaves `out` unset.
  bool get_number(element v, std::string_view key, double lo, double hi,
                  std::optional<double>& out);
  // An integer >= min; null leaves `out` unset. Integral decimals (100.0) are
  // accepted.
  bool get_int(element v, std::string_view key, std::int64_t min, std::optional<std::int64_t>& out);

  // An object of string values ({"team": "..."}, as `metadata` is in both
  // OpenAI dialects): its members in order into `out` (cleared first), or
  // only checked when `out` is null; null is an empty map.
  bool get_string_map(element v, std::string_view key,
                      std::vector<std::pair<std::string, std::string>>* out);

  std::string path_;
  core::Error err_;
};

}  // namespace switchyard::api::openai
