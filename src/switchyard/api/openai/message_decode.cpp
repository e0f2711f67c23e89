// The strict request decoder's messages (chat_request_decoder.hpp): role,
// content (a string or parts: text, refusal, image_url, and any other part
// kept whole), a tool's result, tool calls and the refusal member.
#include <algorithm>

#include "switchyard/api/openai/chat_request_decoder.hpp"

namespace switchyard::api::openai {

using json::SourceNode;

constexpr std::string_view kRoles = "'system', 'developer', 'user', 'assistant', and 'tool'";

bool RequestDecoder::decode_message(dom::element v, std::size_t index, const SourceNode& src,
                                    core::Message& m) {
  Push at(path_, "messages", index);
  dom::object obj;
  if (v.get_object().get(obj)) {
    return type_error("", v, "a message object with 'role' and 'content'");
  }
  bool have_role = false;
  bool have_content = false;
  bool have_tool_call_id = false;
  dom::element content;
  std::size_t content_index = 0;
  dom::element tool_call_id_value;
  std::size_t tool_call_id_index = 0;
  std::string tool_call_id;
  std::string refusal;
  std::size_t i = 0;
  for (dom::key_value_pair field : obj) {
    const std::string_view k = field.key;
    const dom::element fv = field.value;
    const std::size_t fi = i++;
    if (k == "role") {
      std::string_view s;
      if (fv.get_string().get(s)) return type_error(k, fv, "a string");
      auto role = core::role_from_string(s);
      if (!role) return bad_enum(k, s, kRoles);
      m.role = *role;
      have_role = true;
    } else if (k == "content") {
      content = fv;
      content_index = fi;
      have_content = true;
    } else if (k == "name") {
      if (!get_string(fv, k, m.name, true)) return false;
    } else if (k == "tool_calls") {
      const SourceNode calls(src, fi);
      if (!decode_tool_calls(fv, calls, m.content)) return false;
    } else if (k == "tool_call_id") {
      if (!get_string(fv, k, tool_call_id, false)) return false;
      have_tool_call_id = true;
      tool_call_id_value = fv;
      tool_call_id_index = fi;
    } else if (k == "refusal") {
      if (!get_string(fv, k, refusal, true)) return false;
    } else {
      m.extra.emplace_back(std::string(k), source_json(src, fi, fv));
    }
  }
  if (!have_role) return missing("role");
  if (m.role == core::Role::tool) {
    // The content is what the tool returned, for the call named.
    if (!have_content) return missing("content");
    if (content.is_null()) {
      return type_error("content", content, "a string or an array of content parts");
    }
    core::Block result_block;
    auto& result = result_block.value.emplace<core::ToolResultBlock>();
    if (!decode_content(content, SourceNode(src, content_index), result.form, result.content)) {
      return false;
    }
    if (!have_tool_call_id) return missing("tool_call_id");
    result.tool_use_id = std::move(tool_call_id);
    m.form = core::ContentForm::blocks;
    m.content.insert(m.content.begin(), std::move(result_block));
  } else {
    const std::size_t calls = m.content.size();
    if (!have_content || content.is_null()) {
      if (m.role != core::Role::assistant) {
        if (!have_content) return missing("content");
        return type_error("content", content, "a string or an array of content parts");
      }
      m.form = core::ContentForm::absent;
    } else if (std::string_view s; !content.get_string().get(s)) {
      // The common case: no source node needed.
      m.form = core::ContentForm::string;
      m.content.emplace_back().value.emplace<core::TextBlock>().text.assign(s.data(), s.size());
    } else if (!decode_content(content, SourceNode(src, content_index), m.form, m.content)) {
      return false;
    }
    // Content first, then the tool calls.
    if (calls > 0) std::rotate(m.content.begin(), m.content.begin() + calls, m.content.end());
    // A tool_call_id on another role is carried like any unmodelled member.
    if (have_tool_call_id && !tool_call_id.empty()) {
      m.extra.emplace_back("tool_call_id",
                           source_json(src, tool_call_id_index, tool_call_id_value));
    }
  }
  if (!refusal.empty()) {
    auto& r = m.content.emplace_back().value.emplace<core::RefusalBlock>();
    r.text = std::move(refusal);
    r.member = true;
  }
  return true;
}

template <typename Blocks>
bool RequestDecoder::decode_content(dom::element v, const SourceNode& src, core::ContentForm& form,
                                    Blocks& out) {
  std::string_view s;
  if (!v.get_string().get(s)) {
    form = core::ContentForm::string;
    out.emplace_back().value.template emplace<core::TextBlock>().text.assign(s.data(), s.size());
    return true;
  }
  dom::array arr;
  if (v.get_array().get(arr)) {
    return type_error("content", v, "a string or an array of content parts");
  }
  form = core::ContentForm::blocks;
  out.reserve(out.size() + arr.size());
  std::size_t i = 0;
  for (dom::element pv : arr) {
    const SourceNode part_src(src, i);
    Push at(path_, "content", i++);
    if (!decode_part(pv, part_src, out.emplace_back())) return false;
  }
  return true;
}

bool RequestDecoder::decode_part(dom::element v, const SourceNode& src, core::Block& out) {
  dom::object obj;
  if (v.get_object().get(obj)) {
    return type_error("", v,
                      "a content part object such as {\"type\": \"text\", \"text\": \"...\"}");
  }
  dom::element type_v;
  if (obj["type"].get(type_v)) return missing("type");
  std::string_view type;
  if (type_v.get_string().get(type)) return type_error("type", type_v, "a string");
  if (type == "text") {
    auto& part = out.value.emplace<core::TextBlock>();
    dom::element text;
    if (obj[type].get(text)) return missing(type);
    if (!get_string(text, type, part.text, false)) return false;
    keep_unknown(obj, src, {"type", type}, part.extra);
    return true;
  }
  if (type == "refusal") {
    // A refusal part (an assistant turn sent back) is text like any other.
    auto& part = out.value.emplace<core::RefusalBlock>();
    dom::element text;
    if (obj[type].get(text)) return missing(type);
    if (!get_string(text, type, part.text, false)) return false;
    keep_unknown(obj, src, {"type", type}, part.extra);
    return true;
  }
  if (type == "image_url") {
    auto& part = out.value.emplace<core::ImageBlock>();
    dom::element iv;
    if (obj["image_url"].get(iv)) return missing("image_url");
    std::string_view url;
    if (!iv.get_string().get(url)) {  // lenient: a bare URL string
      part.url.assign(url.data(), url.size());
    } else {
      dom::object io;
      if (iv.get_object().get(io)) {
        return type_error("image_url", iv, "an object with 'url' (and optionally 'detail')");
      }
      const SourceNode image_src(src, index_of(obj, "image_url"));
      if (!decode_image_url(io, image_src, part)) return false;
    }
    keep_unknown(obj, src, {"type", "image_url"}, part.extra);
    return true;
  }
  // input_audio, file, and whatever comes next: the gateway cannot read them,
  // so they go on as sent (the privacy stage and providers decide what to do
  // with a part they cannot read).
  auto& part = out.value.emplace<core::OpaqueBlock>();
  part.dialect = core::Dialect::openai;
  part.type.assign(type.data(), type.size());
  const std::string_view t = src.text();
  part.json = t.empty() ? simdjson::to_string(v) : std::string(t);
  return true;
}

bool RequestDecoder::decode_image_url(dom::object io, const SourceNode& src,
                                      core::ImageBlock& image) {
  Push at(path_, "image_url");
  dom::element uv;
  if (io["url"].get(uv)) return missing("url");
  if (!get_string(uv, "url", image.url, false)) return false;
  dom::element dv;
  if (!io["detail"].get(dv) && !get_string(dv, "detail", image.detail, true)) return false;
  keep_unknown(io, src, {"url", "detail"}, image.image_extra);
  return true;
}

bool RequestDecoder::decode_tool_calls(dom::element v, const SourceNode& src, core::Blocks& out) {
  // A repeated member replaces the calls of the one before.
  out.erase(std::remove_if(out.begin(), out.end(),
                           [](const core::Block& b) { return b.is<core::ToolUseBlock>(); }),
            out.end());
  if (v.is_null()) return true;
  dom::array arr;
  if (v.get_array().get(arr)) return type_error("tool_calls", v, "an array of tool calls");
  out.reserve(out.size() + arr.size());
  std::size_t i = 0;
  for (dom::element tv : arr) {
    const SourceNode call_src(src, i);
    Push at(path_, "tool_calls", i++);
    auto& tc = out.emplace_back().value.emplace<core::ToolUseBlock>();
    dom::object obj;
    if (tv.get_object().get(obj)) {
      return type_error("", tv, "a tool call object with 'id', 'type' and 'function'");
    }
    dom::element e;
    if (obj["id"].get(e)) return missing("id");
    if (!get_string(e, "id", tc.id, false)) return false;
    dom::object fo;
    if (!decode_function_member(obj, false, "an object with 'name' and 'arguments'", fo))
      return false;
    const SourceNode function_src(call_src, index_of(obj, "function"));
    Push f(path_, "function");
    if (!decode_function_name(fo, tc.name)) return false;
    if (!fo["arguments"].get(e)) {
      if (e.is_object()) {
        // lenient: arguments sent as an object, kept as the client wrote it
        tc.arguments = source_json(function_src, index_of(fo, "arguments"), e);
      } else if (!get_string(e, "arguments", tc.arguments, true)) {
        return false;
      }
    }
    keep_unknown(obj, call_src, {"id", "type", "function"}, tc.extra);
    keep_unknown(fo, function_src, {"name", "arguments"}, tc.function_extra);
  }
  return true;
}

}  // namespace switchyard::api::openai
