// Renders a chat into the prompt text a model expects, using the chat
// template stored in its GGUF (tokenizer.chat_template).
//
// llama.cpp's built-in formatter recognises the common template families
// (Llama 2/3, ChatML, Mistral, Gemma, Phi, ...) from the template text; it
// does not execute arbitrary Jinja. A model without a template, or with one
// the formatter does not recognise, is served with ChatML. Tools, tool calls
// and tool results are written into the turns first (tool_prompt.hpp).
#pragma once

#include <string>
#include <vector>

#include "switchyard/core/chat.hpp"
#include "switchyard/core/error.hpp"

struct llama_model;

namespace switchyard::local {

class ChatTemplate {
 public:
  static ChatTemplate for_model(const llama_model* model);
  // One of llama.cpp's built-in templates by name ("chatml", "llama3", ...).
  static ChatTemplate named(std::string name);

  // The prompt for `messages`, with `tools` described in the system turn,
  // ending with the opened assistant turn.
  core::Expected<std::string> render(const std::vector<core::Message>& messages,
                                     const std::vector<core::Tool>& tools = {}) const;

  // False when ChatML stands in for a missing or unrecognised template.
  bool is_models_own() const { return models_own_; }

 private:
  std::string template_;
  bool models_own_ = false;
};

}  // namespace switchyard::local
