// Whether a JSON document conforms to a JSON Schema: what a cascade's
// verifier checks a structured answer (response_format json_schema) and a
// tool call's arguments (the tool's `parameters`) against.
//
// The subset of JSON Schema that structured-output clients use, the same one
// the local engine's grammars enforce (local/json_grammar.hpp): type (one or
// a list), properties, required, additionalProperties (false or a schema),
// items, minItems/maxItems, minLength/maxLength (in characters), minimum,
// maximum, exclusiveMinimum/exclusiveMaximum (numbers), enum, const, anyOf,
// oneOf, allOf, and local $ref (#/$defs/..., #/definitions/...). Unknown
// keywords are ignored: a document may pass that a full validator refuses,
// never the other way round, so the verifier never calls a good answer
// weak on a keyword it does not know.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace switchyard::routing {

struct SchemaCheck {
  bool parsed = true;     // false: the document is not JSON at all
  bool schema_ok = true;  // false: the schema itself could not be read (nothing checked)
  // The first violation found, with where it is ("$.items[2].name: expected
  // a string, got a number"); empty when the document conforms.
  std::string violation;
  bool conforms() const { return parsed && violation.empty(); }
};

// `schema_json` empty: only that the document is JSON. `require_object`:
// the document must be a JSON object (json_object answers, tool arguments).
SchemaCheck check_json(std::string_view document, std::string_view schema_json,
                       bool require_object);

}  // namespace switchyard::routing
