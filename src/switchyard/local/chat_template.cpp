#include "switchyard/local/chat_template.hpp"

#include <llama.h>

#include "switchyard/local/tool_prompt.hpp"

namespace switchyard::local {
namespace {

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

ChatTemplate ChatTemplate::named(std::string name) {
  ChatTemplate t;
  t.template_ = std::move(name);
  return t;
}

core::Expected<std::string> ChatTemplate::render(const std::vector<core::Message>& messages,
                                                 const std::vector<core::Tool>& tools) const {
  const std::vector<TemplateTurn> turns = template_turns(messages, tools);
  std::vector<llama_chat_message> msgs;
  msgs.reserve(turns.size());
  for (const auto& t : turns) msgs.push_back({t.role.c_str(), t.content.c_str()});
  std::string out;
  if (apply(template_, msgs, out) < 0) {
    return core::Error::invalid("the model's chat template cannot render this conversation",
                                "messages");
  }
  return out;
}

}  // namespace switchyard::local
