// The output of a request with tools as the canonical model: text and tool
// calls (ids "call_" + 24 letters and digits, as OpenAI's), streamed as block
// events (a call's block starts with its id and name, its deltas are
// fragments of its arguments) or whole as a message. Built on ToolCallParser.
#pragma once

#include <string>
#include <vector>

#include "switchyard/core/chat.hpp"
#include "switchyard/core/stream_builder.hpp"
#include "switchyard/local/generation.hpp"
#include "switchyard/local/tool_call_parser.hpp"

namespace switchyard::local {

class ToolOutput {
 public:
  // `names`: the functions the model may call.
  explicit ToolOutput(std::vector<std::string> names) : parser_(std::move(names)) {}

  // The events of a piece of output, or of its end (`piece` null), made by
  // `builder` (choice 0): one frame appended to `frames` per piece of text or
  // part of a call (its start, a fragment of its arguments).
  void stream(const std::string* piece, core::StreamBuilder& builder,
              std::vector<core::StreamFrame>& frames);

  // A whole output into `m`'s content: a text block (none, the content
  // absent, when only calls were made), then a tool use block per call. Use
  // either this or stream(), not both.
  void fill(const std::string& text, core::Message& m);

  // A finished generation that called a tool ends with "tool_calls"; one cut
  // by max_tokens stays "length" (a call in it may be incomplete).
  core::FinishReason finish_reason(FinishReason r) const;

 private:
  std::vector<ToolCallParser::Event> events(const std::string* piece);

  ToolCallParser parser_;
};

}  // namespace switchyard::local
