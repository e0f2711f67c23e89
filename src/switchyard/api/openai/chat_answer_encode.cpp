// The answer encoders: a canonical answer as the body an OpenAI client gets
// ("chat.completion"), and a stream chunk ("chat.completion.chunk").
#include "switchyard/api/openai/chat_codec.hpp"
#include "switchyard/api/openai/message_encode.hpp"

namespace switchyard::api::openai {

std::string encode_chat_response(const core::ChatResponse& resp) {
  std::string out;
  std::size_t n = 320 + resp.id.size() + resp.model.size() + raw_size(resp.extra);
  if (resp.usage) n += raw_size(resp.usage->extra);
  for (const auto& c : resp.choices) {
    n += 160 + blocks_size(c.message.content) + c.logprobs_json.size() + raw_size(c.extra) +
         raw_size(c.message.extra);
  }
  out.reserve(n + n / 8);
  BodyWriter j(out, resp.dialect != core::Dialect::openai);
  j.start_object();
  j.kv("id", resp.id);
  j.kv("object", "chat.completion");
  j.kv_int("created", resp.created);
  j.kv("model", resp.model);
  j.key("choices");
  j.start_array();
  for (const auto& c : resp.choices) {
    const core::Message& m = c.message;
    j.start_object();
    j.kv_int("index", c.index);
    j.key("message");
    j.start_object();
    j.kv("role", core::to_string(m.role));
    // An answer's content goes out as a string (parts joined), as OpenAI's
    // completions have it.
    write_content(j, m.form == core::ContentForm::absent ? m.form : core::ContentForm::string,
                  m.content);
    const std::string* refusal = refusal_member(m);
    j.kv_str_or_null("refusal", refusal ? std::string_view(*refusal) : std::string_view());
    write_tool_calls(j, m.content);
    j.extras(m.extra);
    j.end_object();
    j.logprobs(c.logprobs_json);
    j.finish_reason(c.finish_reason);
    j.extras(c.extra);
    j.end_object();
  }
  j.end_array();
  if (resp.usage) write_usage(j, *resp.usage);
  j.kv_str_or_null("system_fingerprint", resp.system_fingerprint);
  j.extras(resp.extra);
  j.end_object();
  return out;
}

void encode_chat_chunk(const ChatChunk& chunk, std::string& out) {
  std::size_t n = 192 + chunk.id.size() + chunk.model.size() + raw_size(chunk.extra);
  if (chunk.usage) n += raw_size(chunk.usage->extra);
  for (const auto& c : chunk.choices) {
    n += 96 + (c.content ? c.content->size() : 0) + (c.reasoning ? c.reasoning->size() : 0) +
         c.logprobs_json.size() + raw_size(c.extra) + raw_size(c.delta_extra);
    for (const auto& t : c.tool_calls) n += 96 + t.arguments.size();
  }
  out.reserve(out.size() + n + n / 8);
  BodyWriter j(out, chunk.dialect != core::Dialect::openai);
  j.start_object();
  j.kv("id", chunk.id);
  j.kv("object", "chat.completion.chunk");
  j.kv_int("created", chunk.created);
  j.kv("model", chunk.model);
  if (!chunk.system_fingerprint.empty()) j.kv("system_fingerprint", chunk.system_fingerprint);
  j.key("choices");
  j.start_array();
  for (const auto& c : chunk.choices) {
    j.start_object();
    j.kv_int("index", c.index);
    j.key("delta");
    j.start_object();
    if (c.role) j.kv("role", core::to_string(*c.role));
    if (c.content) j.kv("content", *c.content);
    if (c.refusal) j.kv("refusal", *c.refusal);
    if (c.reasoning) j.kv(c.reasoning_member, *c.reasoning);
    if (!c.tool_calls.empty()) {
      j.key("tool_calls");
      j.start_array();
      for (const auto& t : c.tool_calls) {
        j.start_object();
        j.kv_int("index", t.index);
        if (!t.id.empty()) {
          j.kv("id", t.id);
          j.kv("type", "function");
        }
        j.key("function");
        j.start_object();
        if (!t.name.empty()) j.kv("name", t.name);
        j.kv("arguments", t.arguments);
        j.end_object();
        j.end_object();
      }
      j.end_array();
    }
    j.extras(c.delta_extra);
    j.end_object();
    j.logprobs(c.logprobs_json);
    j.finish_reason(c.finish_reason);
    j.extras(c.extra);
    j.end_object();
  }
  j.end_array();
  if (chunk.usage) write_usage(j, *chunk.usage);
  j.extras(chunk.extra);
  j.end_object();
}

}  // namespace switchyard::api::openai
