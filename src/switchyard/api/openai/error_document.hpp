// Reading an upstream's error document once it is parsed: OpenAI's
// {"error": {...}}, Ollama's {"error": "..."} and vLLM's flat
// {"message", "type", "code"}. One reader for an error answer
// (decode_upstream_error) and for an error found where a completion or a
// chunk was expected (chat_answer_decode.cpp), so the document is parsed
// once. Internal to api/openai.
#pragma once

#include <simdjson.h>

#include <string_view>

#include "switchyard/core/error.hpp"

namespace switchyard::api::openai {

// `root` is the parsed `body` (which an unreadable document is quoted from).
core::Error upstream_error_of(int status, simdjson::dom::object root, std::string_view body);

}  // namespace switchyard::api::openai
