// GBNF grammars that constrain sampling to JSON, for `response_format`.
//
// llama.cpp ships a schema converter only in its `common` library, which is
// not installed as a library, so this is Switchyard's own for the subset of
// JSON Schema that structured-output clients use: type (object, array,
// string, number, integer, boolean, null, or a list of them), properties,
// required, items, minItems/maxItems, minLength/maxLength, enum, const,
// anyOf/oneOf, and local $ref (#/$defs/..., #/definitions/...). Unknown
// keywords are ignored: the grammar then accepts more than the schema, never
// less. Objects accept only their declared properties, in declared order.
//
// Every repetition of digits is bounded, so a number cannot grow forever.
//
// Schemas are read with simdjson's DOM. It holds numbers, not their
// spelling, so a number in const or enum is written as simdjson renders it
// (2.50 as 2.5: the same number); a schema holding a number simdjson cannot
// hold (an integer wider than 64 bits, beyond a double's range) is refused.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "switchyard/core/error.hpp"

namespace switchyard::local {

// Any JSON object (response_format json_object).
const std::string& json_object_grammar();

// A grammar for documents valid under `schema_json` (the schema itself, not
// OpenAI's {"name", "schema", "strict"} wrapper). Errors are invalid_request.
core::Expected<std::string> json_schema_to_grammar(std::string_view schema_json);

// A GBNF string literal matching `text` exactly.
std::string gbnf_literal(std::string_view text);

// `text` as a JSON string literal, quoted and escaped by RapidJSON's Writer
// (for the names a grammar spells out: property keys, tool names).
std::string json_quote(std::string_view text);

// One grammar holding several schemas and rules of the caller's own (e.g.
// one schema per tool, inside a tool-call envelope). Rule names are unique
// across everything added, and the JSON primitives (`value`, `object`,
// `string`, `ws`, ...) are always defined, so bodies may use them.
class JsonGrammarBuilder {
 public:
  // A rule matching documents valid under `schema_json`; returns its name.
  core::Expected<std::string> add_schema(std::string_view schema_json, std::string_view hint);
  // A rule with this body under a fresh name derived from `hint`.
  std::string add_rule(std::string_view hint, std::string body);
  // The grammar text: `root ::= root_body`, every rule, the primitives.
  std::string build(std::string_view root_body) const;

 private:
  std::map<std::string, std::string> rules_;
};

}  // namespace switchyard::local
