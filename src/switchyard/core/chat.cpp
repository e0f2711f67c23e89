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

std::string Message::text() const {
  if (form == ContentForm::text) return content;
  std::string out;
  for (const auto& p : parts) {
    if (!p.readable()) continue;
    if (!out.empty()) out += '\n';
    out += p.text;
  }
  return out;
}

const ContentPart* Message::unreadable_part() const {
  for (const auto& p : parts)
    if (!p.readable()) return &p;
  return nullptr;
}

}  // namespace switchyard::core
