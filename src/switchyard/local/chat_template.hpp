// Renders a chat into the prompt text a model expects, using the chat
// template stored in its GGUF (tokenizer.chat_template).
//
// llama.cpp's built-in formatter recognises the common template families
// (Llama 2/3, ChatML, Mistral, Gemma, Phi, ...) from the template text; it
// does not execute arbitrary Jinja. A model without a template, or with one
// the formatter does not recognise, is served with ChatML.
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

  // The prompt for `messages`, ending with the opened assistant turn.
  core::Expected<std::string> render(const std::vector<core::Message>& messages) const;

  // False when ChatML stands in for a missing or unrecognised template.
  bool is_models_own() const { return models_own_; }

 private:
  std::string template_;
  bool models_own_ = false;
};

}  // namespace switchyard::local
