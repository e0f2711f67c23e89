// How tools, tool calls and tool results are written into the prompt.
//
// llama.cpp's built-in chat formatter (llama_chat_apply_template) knows
// roles and text only, and its Jinja engine lives in the `common` library,
// which is not installed. So tools are written in one widely used
// convention, that of Hermes and Qwen 2.5 (whose own templates produce
// exactly this text, and which other instruction-tuned models follow well):
//
// - The tool definitions go into the system turn (appended to the first
//   system message, or as a system message of their own), one JSON object
//   per line inside <tools></tools>, with the instruction to answer with
//   <tool_call>{"name": ..., "arguments": {...}}</tool_call> blocks.
// - An assistant turn with tool calls is its text, then one
//   "<tool_call>\n{"name": "f", "arguments": {...}}\n</tool_call>" block per
//   call, separated by newlines: the same text tool_grammar.hpp makes the
//   model write, so the model sees its own earlier calls as it wrote them.
// - Tool results (role `tool`) become a user turn of
//   "<tool_response>\n...\n</tool_response>" blocks, consecutive results
//   merged into one turn, as Qwen 2.5's template does. A `tool` role of its
//   own would be rendered verbatim by some templates and refused or
//   mislabelled by others.
#pragma once

#include <string>
#include <vector>

#include "switchyard/core/chat.hpp"

namespace switchyard::local {

// One turn as the chat template sees it.
struct TemplateTurn {
  std::string role;  // "system" | "user" | "assistant"
  std::string content;
};

// `messages` as template turns, with `tools` (may be empty) described in the
// system turn. Tool calls and tool results in the history are rendered
// whether or not tools are offered now.
std::vector<TemplateTurn> template_turns(const std::vector<core::Message>& messages,
                                         const std::vector<core::Tool>& tools);

// The system-prompt section describing `tools` (empty when there are none).
std::string tools_system_section(const std::vector<core::Tool>& tools);

// One call as the model writes it: <tool_call>\n{...}\n</tool_call>.
std::string tool_call_block(const core::ToolUseBlock& call);

inline constexpr std::string_view kToolCallOpen = "<tool_call>";
inline constexpr std::string_view kToolCallClose = "</tool_call>";

}  // namespace switchyard::local
