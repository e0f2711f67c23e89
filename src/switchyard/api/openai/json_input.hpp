// Decoding helpers the OpenAI codecs share (simdjson DOM): a parser that
// reuses per-thread buffers, type names for error messages, and the checks
// every request body goes through before its fields are read.
#pragma once

#include <simdjson.h>

#include <memory>
#include <string_view>

#include "switchyard/core/error.hpp"

namespace switchyard::api::openai::json {

// Documents up to this size reuse a per-thread parser (its buffers stay
// allocated between calls); larger ones get a one-off parser so a thread does
// not keep a huge buffer alive after one big request.
inline constexpr std::size_t kReuseParserLimit = std::size_t{1} << 20;

class Parse {
 public:
  // The element stays valid until this object is destroyed or the next Parse
  // on the same thread, whichever comes first.
  simdjson::error_code run(std::string_view body, simdjson::dom::element& root);

 private:
  std::unique_ptr<simdjson::dom::parser> own_;
};

// "an array", "a string", "null", ... for messages such as "expected X, but got Y".
const char* type_phrase(simdjson::dom::element e);

// Parse::run that also takes integers wider than 64 bits (above UINT64_MAX
// or below INT64_MIN), which simdjson's DOM cannot hold: on that error alone
// the body is parsed once more with each such integer rewritten in place as
// a decimal of about the same value (its last two digits become "e2"; same
// length, so the layout is unchanged). The integers are found with
// On-Demand, which gives every number's token as written (raw_json_token)
// without converting it; the DOM cannot, which is why this step remains
// while the decoders read the DOM. For decoders that copy carried-through
// values from the body's text (json_source.hpp), never from the DOM.
simdjson::error_code parse_wide(Parse& parse, std::string_view body, simdjson::dom::element& root);

// The body of a client request as a JSON object, or the invalid_request error
// for a body that is empty (the message ends with `empty_hint`, which says what
// to send), not JSON, or not an object.
//
// `wide_integers`: integers wider than 64 bits, which simdjson cannot hold,
// are accepted and appear in the DOM as decimals of about the same value
// (each written 123...e2 in place of its last two digits, same length, so the
// body's layout is unchanged). For a decoder that copies carried-through
// values from the body's text (json_source.hpp), never from the DOM, and that
// rejects such a number where it reads one itself.
core::Expected<simdjson::dom::object> request_object(Parse& parse, std::string_view body,
                                                     std::string_view empty_hint,
                                                     bool wide_integers = false);

}  // namespace switchyard::api::openai::json
