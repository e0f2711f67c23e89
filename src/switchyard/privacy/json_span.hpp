// Where a span of JSON text lies, so a finding in it can be replaced without
// breaking the JSON. A finding may cover a key, its colon and its value
// (`"api_key": "sk-..."`) or two strings; its bytes are split into pieces:
// parts of string bodies, where any text of safe characters can stand
// instead; whole numbers, which a placeholder can replace only quoted; and
// JSON structure (quotes, brackets, colons, commas, blanks, true/false/null),
// which holds no data and is kept. Bytes that are none of these (text outside
// any string: not JSON) are pieces of their own.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace switchyard::privacy {

struct JsonPiece {
  enum class Kind { string_body, number, loose };
  Kind kind = Kind::loose;
  // Bytes of the text; a number piece spans its whole token.
  std::size_t start = 0, end = 0;
};

// The pieces of bytes [start, end) of `json`, in order. `json` need not be
// valid JSON: quotes and escapes are followed as a JSON reader would.
std::vector<JsonPiece> json_pieces(std::string_view json, std::size_t start, std::size_t end);

// Whether `text` reads as JSON at its top level (starts with '{' or '[' after
// blanks): its numbers are then tokens to keep whole.
bool looks_like_json(std::string_view text);

}  // namespace switchyard::privacy
