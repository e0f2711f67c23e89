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
#pragma once

#include <string>
#include <string_view>

#include "switchyard/core/error.hpp"

namespace switchyard::local {

// Any JSON object (response_format json_object).
const std::string& json_object_grammar();

// A grammar for documents valid under `schema_json` (the schema itself, not
// OpenAI's {"name", "schema", "strict"} wrapper). Errors are invalid_request.
core::Expected<std::string> json_schema_to_grammar(std::string_view schema_json);

}  // namespace switchyard::local
