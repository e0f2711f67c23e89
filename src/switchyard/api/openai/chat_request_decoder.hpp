// The strict decoder of a client's Chat Completions request (simdjson DOM)
// into core::ChatRequest, with OpenAI-style errors that name the offending
// field; what the gateway does not model is kept as the client's exact text
// (request_fields.hpp, json_source.hpp). Its parts, one file each:
//
//   chat_request_decode.cpp  the request's top level and its small members
//                            (stop, stream_options, response_format,
//                            metadata, reasoning_effort); decode_chat_request
//   message_decode.cpp       a message: role, content and its parts, images,
//                            tool calls, a tool's result, refusal
//   tool_decode.cpp          tools and tool_choice, and the "function"
//                            object they and tool calls share
//
// Internal to api/openai.
#pragma once

#include <simdjson.h>

#include <string>
#include <string_view>

#include "switchyard/api/openai/json_source.hpp"
#include "switchyard/api/openai/request_fields.hpp"
#include "switchyard/core/chat.hpp"

namespace switchyard::api::openai {

namespace dom = simdjson::dom;

class RequestDecoder : public FieldReader {
  using SourceNode = json::SourceNode;

 public:
  explicit RequestDecoder(core::ChatRequest& r) : r_(r) {}

  bool decode(dom::object root, const SourceNode& src);

 private:
  // `src` is the source text of the value being decoded (json_source.hpp),
  // for the members carried through as the client wrote them.
  bool decode_message(dom::element v, std::size_t index, const SourceNode& src, core::Message& m);
  // A string or an array of content parts, into blocks.
  template <typename Blocks>
  bool decode_content(dom::element v, const SourceNode& src, core::ContentForm& form, Blocks& out);
  bool decode_part(dom::element v, const SourceNode& src, core::Block& out);
  bool decode_image_url(dom::object obj, const SourceNode& src, core::ImageBlock& image);
  bool decode_tool_calls(dom::element v, const SourceNode& src, core::Blocks& out);
  // "type": "function" and the "function" object (tool_decode.cpp).
  bool decode_function_member(dom::object obj, bool type_required, std::string_view expected,
                              dom::object& function);
  bool decode_function_name(dom::object function, std::string& name);
  bool decode_stop(dom::element v);
  bool decode_stream_options(dom::element v, const SourceNode& src);
  bool decode_tools(dom::element v, const SourceNode& src);
  bool decode_tool_choice(dom::element v, const SourceNode& src);
  bool decode_response_format(dom::element v, const SourceNode& src);
  bool decode_reasoning_effort(dom::element v);

  core::ChatRequest& r_;
};

}  // namespace switchyard::api::openai
