// What the fake Gemini server reads from a generateContent body, checked
// the way Google's API checks it (ai.google.dev/api/generate-content):
// unknown fields are refused by name ("Invalid JSON payload received.
// Unknown name ..."), contents must be non-empty with roles user or model
// and parts of exactly one kind, inline data needs a MIME type and base64,
// function call arguments and function responses are objects, a function
// response turn answers the function calls of the model turn before it one
// for one, responseJsonSchema needs responseMimeType application/json and
// excludes responseSchema, and function calling modes are AUTO, ANY, NONE
// or VALIDATED (allowedFunctionNames only with ANY).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace switchyard::testing::gemini {

struct FunctionResponse {
  std::string name;
  std::string response_json;
};

struct InlineImage {
  std::string mime_type;
  std::size_t bytes = 0;  // decoded
};

struct Request {
  std::string last_user_text;                  // the text parts of the last user turn, joined
  std::vector<FunctionResponse> last_results;  // of the last user turn
  std::vector<InlineImage> images;             // every inline image sent
  std::string system_text;
  std::vector<std::string> functions;  // declared, in order
  std::string mode;                    // functionCallingConfig.mode; "" unset
  std::vector<std::string> allowed;    // allowedFunctionNames
  bool json = false;                   // responseMimeType application/json
  int candidates = 1;                  // candidateCount
  std::optional<std::int64_t> max_output_tokens;
  std::int64_t prompt_words = 0;
};

// The request, or the message of Google's 400 INVALID_ARGUMENT.
struct Checked {
  std::optional<Request> request;
  std::string error;
};

Checked check_request(std::string_view body);

}  // namespace switchyard::testing::gemini
