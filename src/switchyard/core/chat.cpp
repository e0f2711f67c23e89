#include "switchyard/core/chat.hpp"

namespace switchyard::core {

const char* to_string(Role r) {
  switch (r) {
    case Role::system:
      return "system";
    case Role::developer:
      return "developer";
    case Role::user:
      return "user";
    case Role::assistant:
      return "assistant";
    case Role::tool:
      return "tool";
  }
  return "user";
}

std::optional<Role> role_from_string(std::string_view s) {
  if (s == "system") return Role::system;
  if (s == "developer") return Role::developer;
  if (s == "user") return Role::user;
  if (s == "assistant") return Role::assistant;
  if (s == "tool") return Role::tool;
  return std::nullopt;
}

namespace {

void append_text(std::span<const Block> blocks, std::string& out) {
  for (const Block& b : blocks) {
    const std::string* t = nullptr;
    if (const auto* text = b.get<TextBlock>()) {
      t = &text->text;
    } else if (const auto* refusal = b.get<RefusalBlock>(); refusal && !refusal->member) {
      t = &refusal->text;
    } else if (const auto* result = b.get<ToolResultBlock>()) {
      append_text(result->content, out);
    }
    if (!t) continue;
    if (!out.empty()) out += '\n';
    out += *t;
  }
}

}  // namespace

std::string text_of(std::span<const Block> blocks) {
  // The common case, one text block, is a copy.
  if (blocks.size() == 1) {
    if (const auto* text = blocks.front().get<TextBlock>()) return text->text;
  }
  std::string out;
  append_text(blocks, out);
  return out;
}

Message text_message(Role role, std::string text) {
  Message m;
  m.role = role;
  m.form = ContentForm::string;
  m.content.emplace_back().value.emplace<TextBlock>().text = std::move(text);
  return m;
}

std::vector<Message> messages_in_order(const ChatRequest& r) {
  std::vector<Message> out;
  out.reserve(r.system.size() + r.messages.size());
  for_each_message(r, [&](const Message& m, std::size_t) { out.push_back(m); });
  return out;
}

}  // namespace switchyard::core
