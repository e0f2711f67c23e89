#include "switchyard/local/chat_template.hpp"

#include <llama.h>

namespace switchyard::local {
namespace {

// Roles as chat templates name them. `developer` is OpenAI's newer name for
// `system`; templates know only the latter.
const char* template_role(core::Role r) {
  switch (r) {
    case core::Role::system:
    case core::Role::developer:
      return "system";
    case core::Role::user:
      return "user";
    case core::Role::assistant:
      return "assistant";
    case core::Role::tool:
      return "tool";
  }
  return "user";
}

int apply(const std::string& tmpl, const std::vector<llama_chat_message>& msgs, std::string& out) {
  std::size_t capacity = 256;
  for (const auto& m : msgs) capacity += 2 * std::char_traits<char>::length(m.content) + 64;
  out.resize(capacity);
  int n = llama_chat_apply_template(tmpl.c_str(), msgs.data(), msgs.size(), true, out.data(),
                                    static_cast<int>(out.size()));
  if (n > static_cast<int>(out.size())) {
    out.resize(static_cast<std::size_t>(n));
    n = llama_chat_apply_template(tmpl.c_str(), msgs.data(), msgs.size(), true, out.data(),
                                  static_cast<int>(out.size()));
  }
  out.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
  return n;
}

}  // namespace

ChatTemplate ChatTemplate::for_model(const llama_model* model) {
  ChatTemplate t;
  t.template_ = "chatml";
  if (const char* own = llama_model_chat_template(model, nullptr)) {
    const llama_chat_message probe = {"user", "hi"};
    std::string out;
    if (apply(own, {probe}, out) >= 0) {
      t.template_ = own;
      t.models_own_ = true;
    }
  }
  return t;
}

core::Expected<std::string> ChatTemplate::render(const std::vector<core::Message>& messages) const {
  std::vector<std::string> texts;
  texts.reserve(messages.size());
  for (const auto& m : messages) texts.push_back(m.text());
  std::vector<llama_chat_message> msgs;
  for (std::size_t i = 0; i < messages.size(); ++i) {
    msgs.push_back({template_role(messages[i].role), texts[i].c_str()});
  }
  std::string out;
  if (apply(template_, msgs, out) < 0) {
    return core::Error::invalid("the model's chat template cannot render this conversation",
                                "messages");
  }
  return out;
}

}  // namespace switchyard::local
