// The output of a request with tools as OpenAI's chat shapes: content and
// tool_calls (ids "call_" + 24 letters and digits), streamed as deltas (a
// call's first delta carries its id and name, later ones fragments of its
// arguments) or whole as a message. Built on ToolCallParser.
#pragma once

#include <string>
#include <vector>

#include "switchyard/core/chat.hpp"
#include "switchyard/local/generation.hpp"
#include "switchyard/local/tool_call_parser.hpp"

namespace switchyard::local {

class ToolOutput {
 public:
  // `names`: the functions the model may call.
  explicit ToolOutput(std::vector<std::string> names) : parser_(std::move(names)) {}

  // Deltas for a piece of output, or for its end (`piece` null). Each delta
  // holds either content or one tool-call delta.
  std::vector<core::ChoiceDelta> deltas(const std::string* piece);

  // A whole output into `m`'s content: a text block (none, the content
  // absent, when only calls were made), then a tool use block per call. Use either this or
  // deltas(), not both.
  void fill(const std::string& text, core::Message& m);

  // A finished generation that called a tool ends with "tool_calls"; one cut
  // by max_tokens stays "length" (a call in it may be incomplete).
  core::FinishReason finish_reason(FinishReason r) const;

 private:
  ToolCallParser parser_;
};

}  // namespace switchyard::local
