// GBNF grammars that make the model's answer a tool call, in the format
// tool_prompt.hpp teaches it:
//
//   <tool_call>\n{"name": "f", "arguments": {...}}\n</tool_call>
//
// The name is one of the offered functions; the arguments follow that
// function's `parameters` schema as far as json_grammar.hpp converts JSON
// Schema (a schema it cannot convert falls back to any JSON object). Several
// calls, one per line, when parallel calls are allowed.
//
// With tool_choice "required" or a named function the grammar applies from
// the first token. With "auto" it is lazy: free text is unconstrained until
// the model writes "<tool_call>", and from there on the grammar holds
// (llama.cpp's lazy grammar sampler with a trigger pattern), so a call the
// model starts is always well-formed; after the last call only the end of
// generation is allowed.
#pragma once

#include <string>
#include <vector>

#include "switchyard/core/chat.hpp"

namespace switchyard::local {

struct ToolGrammar {
  std::string grammar;  // GBNF, root rule "root"
  // Regex that activates a lazy grammar; empty: constrained from the start.
  std::string trigger;
};

// `tools`: the functions the model may call (non-empty). `lazy`: "auto".
// `answer_schema`: with "auto", a JSON schema the answer must follow when it
// is not a call (response_format; "{}" for any JSON object): the grammar is
// then not lazy but "that document, or calls". Empty: free text.
ToolGrammar tool_call_grammar(const std::vector<core::Tool>& tools, bool lazy, bool parallel,
                              std::string_view answer_schema = {});

}  // namespace switchyard::local
