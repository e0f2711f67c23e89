// An error answer in OpenAI's format, parsed into its four fields
// ({"error":{"message","type","param","code"}}), so tests compare the type
// and code and read the message instead of searching the raw bytes.
#pragma once

#include <gtest/gtest.h>
#include <simdjson.h>

#include <string>
#include <string_view>

namespace switchyard::testing {

struct ErrorBody {
  bool parsed = false;                     // the body was JSON with an "error" object
  std::string message, type, param, code;  // param and code: "" when null
  bool says(std::string_view what) const { return message.find(what) != std::string::npos; }
};

// Parses `body` (a response body, or the payload of an in-band SSE error);
// anything else is a test failure and returns parsed == false.
inline ErrorBody parse_error(std::string_view body) {
  ErrorBody e;
  simdjson::dom::parser parser;
  simdjson::dom::element error;
  if (parser.parse(body.data(), body.size(), true).at_key("error").get(error) ||
      !error.is_object()) {
    ADD_FAILURE() << "not an error object: " << body;
    return e;
  }
  auto field = [&](const char* key, std::string& to) {
    std::string_view v;
    if (!error.at_key(key).get(v)) to = v;
  };
  field("message", e.message);
  field("type", e.type);
  field("param", e.param);
  field("code", e.code);
  e.parsed = true;
  return e;
}

}  // namespace switchyard::testing
