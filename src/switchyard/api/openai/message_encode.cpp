#include "switchyard/api/openai/message_encode.hpp"

#include <algorithm>

namespace switchyard::api::openai {
namespace {

// Whether OpenAI writes the block as a content part (tool calls, tool
// results and refusal members have members of their own; thinking has no
// place in a Chat Completions message; another dialect's opaque block never
// enters an OpenAI body).
bool is_content_part(const core::Block& b) {
  if (b.is<core::TextBlock>() || b.is<core::ImageBlock>()) return true;
  if (const auto* r = b.get<core::RefusalBlock>()) return !r->member;
  if (const auto* o = b.get<core::OpaqueBlock>()) return o->dialect == core::Dialect::openai;
  return false;
}

const std::string* part_text(const core::Block& b) {
  if (const auto* t = b.get<core::TextBlock>()) return &t->text;
  if (const auto* r = b.get<core::RefusalBlock>(); r && !r->member) return &r->text;
  return nullptr;
}

// The content as one string: the text of its text and refusal parts, joined
// with '\n' (one part, the common case, written as it is).
void write_text(BodyWriter& j, std::span<const core::Block> blocks) {
  const std::string* only = nullptr;
  std::size_t n = 0;
  for (const auto& b : blocks) {
    if (const std::string* t = part_text(b)) {
      only = t;
      ++n;
    }
  }
  if (n <= 1) {
    j.str(only ? std::string_view(*only) : std::string_view());
    return;
  }
  std::string joined;
  for (const auto& b : blocks) {
    const std::string* t = part_text(b);
    if (!t) continue;
    if (!joined.empty()) joined += '\n';
    joined += *t;
  }
  j.str(joined);
}

void write_image(BodyWriter& j, const core::ImageBlock& p) {
  j.kv("type", "image_url");
  j.key("image_url");
  j.start_object();
  if (p.url.empty() && !p.data.empty()) {
    // Base64 data (another dialect's image source) as a data: URI.
    std::string uri;
    uri.reserve(p.media_type.size() + p.data.size() + 13);
    uri += "data:";
    uri += p.media_type;
    uri += ";base64,";
    uri += p.data;
    j.kv("url", uri);
  } else {
    j.kv("url", p.url);
  }
  if (!p.detail.empty()) j.kv("detail", p.detail);
  j.extras(p.image_extra);
  j.end_object();
  j.extras(p.extra);
}

void write_part(BodyWriter& j, const core::Block& b) {
  if (const auto* o = b.get<core::OpaqueBlock>()) {
    j.raw(o->json, rapidjson::kObjectType);
    return;
  }
  j.start_object();
  if (const auto* t = b.get<core::TextBlock>()) {
    j.kv("type", "text");
    j.kv("text", t->text);
    j.extras(t->extra);
  } else if (const auto* r = b.get<core::RefusalBlock>()) {
    j.kv("type", "refusal");
    j.kv("refusal", r->text);
    j.extras(r->extra);
  } else if (const auto* i = b.get<core::ImageBlock>()) {
    write_image(j, *i);
  }
  j.end_object();
}

}  // namespace

void write_tool_calls(BodyWriter& j, std::span<const core::Block> blocks) {
  bool any = false;
  for (const auto& b : blocks) {
    const auto* tc = b.get<core::ToolUseBlock>();
    if (!tc) continue;
    if (!any) {
      j.key("tool_calls");
      j.start_array();
      any = true;
    }
    j.start_object();
    j.kv("id", tc->id);
    j.kv("type", "function");
    j.key("function");
    j.start_object();
    j.kv("name", tc->name);
    j.kv("arguments", tc->arguments);
    j.extras(tc->function_extra);
    j.end_object();
    j.extras(tc->extra);
    j.end_object();
  }
  if (any) j.end_array();
}

void write_content(BodyWriter& j, core::ContentForm form, std::span<const core::Block> blocks) {
  j.key("content");
  switch (form) {
    case core::ContentForm::absent:
      j.null();
      break;
    case core::ContentForm::string:
      write_text(j, blocks);
      break;
    case core::ContentForm::blocks:
      // Only tool calls (an Anthropic turn of tool_use blocks): OpenAI
      // refuses an empty content array, so no content is null.
      if (std::none_of(blocks.begin(), blocks.end(), is_content_part) &&
          std::any_of(blocks.begin(), blocks.end(), [](const core::Block& b) {
            return b.get<core::ToolUseBlock>() != nullptr;
          })) {
        j.null();
        break;
      }
      j.start_array();
      for (const auto& b : blocks) {
        if (is_content_part(b)) write_part(j, b);
      }
      j.end_array();
      break;
  }
}

// The message's "refusal" member, or null.
const std::string* refusal_member(const core::Message& m) {
  for (const auto& b : m.content) {
    if (const auto* r = b.get<core::RefusalBlock>(); r && r->member) return &r->text;
  }
  return nullptr;
}

void write_request_message(BodyWriter& j, const core::Message& m) {
  j.start_object();
  j.kv("role", core::to_string(m.role));
  const core::ToolResultBlock* result = nullptr;
  for (const auto& b : m.content) {
    if ((result = b.get<core::ToolResultBlock>())) break;
  }
  if (result) {
    write_content(j, result->form, result->content);
  } else {
    write_content(j, m.form, m.content);
  }
  if (!m.name.empty()) j.kv("name", m.name);
  write_tool_calls(j, m.content);
  if (result || m.role == core::Role::tool) {
    j.kv("tool_call_id", result ? std::string_view(result->tool_use_id) : "");  // required
  }
  if (const std::string* refusal = refusal_member(m); refusal && !refusal->empty()) {
    j.kv("refusal", *refusal);
  }
  j.extras(m.extra);
  j.end_object();
}

void write_usage(BodyWriter& j, const core::Usage& u) {
  j.key("usage");
  j.start_object();
  j.kv_int("prompt_tokens", u.input_tokens);
  j.kv_int("completion_tokens", u.output_tokens);
  j.kv_int("total_tokens", u.total_tokens);
  // An upstream's own prompt_tokens_details (among the extras) goes out as it came.
  bool details = false;
  bool completion_details = false;
  for (const auto& [k, v] : u.extra) {
    details = details || k == "prompt_tokens_details";
    completion_details = completion_details || k == "completion_tokens_details";
  }
  if (!details) {
    j.key("prompt_tokens_details");
    j.start_object();
    j.kv_int("cached_tokens", u.cache_read_tokens);
    j.end_object();
  }
  // Reasoning counted by a provider of another dialect (or the gateway).
  if (!completion_details && u.reasoning_tokens > 0) {
    j.key("completion_tokens_details");
    j.start_object();
    j.kv_int("reasoning_tokens", u.reasoning_tokens);
    j.end_object();
  }
  j.extras(u.extra);
  j.end_object();
}

std::size_t raw_size(const core::RawFields& fields) {
  std::size_t n = 0;
  for (const auto& [k, v] : fields) n += 4 + k.size() + v.size();
  return n;
}

std::size_t blocks_size(std::span<const core::Block> blocks) {
  std::size_t n = 0;
  for (const auto& b : blocks) {
    n += 48;
    if (const auto* t = b.get<core::TextBlock>()) {
      n += t->text.size() + raw_size(t->extra);
    } else if (const auto* r = b.get<core::RefusalBlock>()) {
      n += r->text.size() + raw_size(r->extra);
    } else if (const auto* i = b.get<core::ImageBlock>()) {
      n += i->url.size() + i->data.size() + raw_size(i->extra) + raw_size(i->image_extra);
    } else if (const auto* tc = b.get<core::ToolUseBlock>()) {
      n += 32 + tc->id.size() + tc->name.size() + tc->arguments.size() + raw_size(tc->extra) +
           raw_size(tc->function_extra);
    } else if (const auto* res = b.get<core::ToolResultBlock>()) {
      n += res->tool_use_id.size() + blocks_size(res->content);
    } else if (const auto* o = b.get<core::OpaqueBlock>()) {
      n += o->json.size();
    }
  }
  return n;
}

}  // namespace switchyard::api::openai
