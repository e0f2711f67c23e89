// Tolerant readers for what OpenAI-compatible upstreams answer: a
// chat.completion object and the chunks of a streamed one (simdjson DOM).
//
// Missing optional fields and odd types are fine (servers differ); what the
// gateway does not model is kept as the upstream's exact JSON text and
// reaches the client unchanged: `logprobs`, `service_tier`, usage details,
// and unknown members of the answer, its choices, messages, tool calls and
// deltas. The text is copied from the body (json_source.hpp), found only when
// something in its container is carried, so an answer of modelled fields only
// (and `"logprobs": null`) is never scanned twice.

#include <simdjson.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>

#include "switchyard/api/openai/chat_codec.hpp"
#include "switchyard/api/openai/error_document.hpp"
#include "switchyard/api/openai/json_input.hpp"
#include "switchyard/api/openai/json_source.hpp"

namespace switchyard::api::openai {
namespace {

namespace dom = simdjson::dom;
using dom::element_type;

using json::Parse;
using json::SourceNode;
using json::type_phrase;

std::string_view str_or_empty(dom::element e) {
  std::string_view s;
  if (e.get_string().get(s)) return {};
  return s;
}

std::string_view field_str(dom::object o, std::string_view key) {
  dom::element e;
  if (o[key].get(e)) return {};
  return str_or_empty(e);
}

std::int64_t int_of(dom::element e, std::int64_t dflt = 0) {
  switch (e.type()) {
    case element_type::INT64:
      return e.get_int64().value_unsafe();
    case element_type::UINT64:
      return INT64_MAX;
    case element_type::DOUBLE: {
      double d = e.get_double().value_unsafe();
      if (d >= -9.2e18 && d <= 9.2e18) return static_cast<std::int64_t>(d);
      return dflt;
    }
    default:
      return dflt;
  }
}

std::int64_t field_int(dom::object o, std::string_view key, std::int64_t dflt = 0) {
  dom::element e;
  if (o[key].get(e)) return dflt;
  return int_of(e, dflt);
}

int clamp_index(std::int64_t v) {
  if (v < 0) return 0;
  if (v > INT32_MAX) return INT32_MAX;
  return static_cast<int>(v);
}

// Member `index` of the container `src` stands for, as the upstream wrote it.
// The DOM's rendering is only a fallback for a value the scan cannot find,
// which a body simdjson accepted does not have.
std::string source_json(const SourceNode& src, std::size_t index, dom::element v) {
  const std::string_view t = src.child_text(index);
  if (t.empty()) return simdjson::to_string(v);
  return std::string(t);
}

core::FinishReason finish_reason_from(std::string_view word) {
  core::FinishReason r;
  if (word.empty()) return r;  // null: not finished
  r.raw.assign(word.data(), word.size());
  if (word == "stop") {
    r.kind = core::FinishKind::stop;
  } else if (word == "length") {
    r.kind = core::FinishKind::length;
  } else if (word == "tool_calls" || word == "function_call") {
    r.kind = core::FinishKind::tool_use;
  } else if (word == "content_filter") {
    r.kind = core::FinishKind::content_filter;
  } else {
    r.kind = core::FinishKind::other;
  }
  return r;
}

core::Error upstream_payload_error(std::string message) {
  return core::Error{core::ErrorKind::upstream, 502, std::move(message), {}, {}, false};
}

core::Error parse_error_upstream(simdjson::error_code ec) {
  return upstream_payload_error(std::string("not valid JSON (") + simdjson::error_message(ec) +
                                ")");
}

// An error document found where a completion or chunk was expected (some
// servers answer 200, or put an error event in the stream): read as an
// upstream error, retryable, reported as 502.
core::Error embedded_error(dom::object root, std::string_view body) {
  core::Error err = upstream_error_of(502, root, body);
  err.status = 502;
  err.retryable = true;
  return err;
}

// A details object holding just one integer member `key` is what the encoder
// writes from the Usage field it was read into, so it need not be carried.
bool only_member(dom::object details, std::string_view key) {
  if (details.size() != 1) return false;
  const dom::key_value_pair only = *details.begin();
  return only.key == key && only.value.type() == element_type::INT64;
}

std::optional<core::Usage> decode_usage(dom::element e, const SourceNode& src) {
  dom::object o;
  if (e.get_object().get(o)) return std::nullopt;  // null or junk
  core::Usage u;
  bool have_total = false;
  std::size_t i = 0;
  for (dom::key_value_pair field : o) {
    const std::string_view k = field.key;
    const std::size_t at = i++;
    if (k == "prompt_tokens") {
      u.input_tokens = int_of(field.value);
    } else if (k == "completion_tokens") {
      u.output_tokens = int_of(field.value);
    } else if (k == "total_tokens") {
      u.total_tokens = int_of(field.value);
      have_total = true;
    } else {
      dom::object details;
      if (k == "prompt_tokens_details" && !field.value.get_object().get(details)) {
        u.cache_read_tokens = field_int(details, "cached_tokens");
        if (only_member(details, "cached_tokens")) continue;
      } else if (k == "completion_tokens_details" && !field.value.get_object().get(details)) {
        // Carried whole (OpenAI sends accepted/rejected prediction tokens too).
        u.reasoning_tokens = field_int(details, "reasoning_tokens");
      }
      u.extra.emplace_back(std::string(k), source_json(src, at, field.value));
    }
  }
  if (!have_total) u.total_tokens = u.input_tokens + u.output_tokens;
  return u;
}

// Arguments are a string; some servers send an object instead.
void read_arguments(dom::element e, std::string& out) {
  std::string_view s;
  if (!e.get_string().get(s)) {
    out.assign(s.data(), s.size());
  } else if (e.is_object() || e.is_array()) {
    out = simdjson::to_string(e);
  }
}

void decode_tool_call(dom::object o, const SourceNode& src, core::ToolUseBlock& tc) {
  std::size_t i = 0;
  for (dom::key_value_pair field : o) {
    const std::string_view k = field.key;
    const std::size_t at = i++;
    if (k == "id") {
      tc.id = str_or_empty(field.value);
    } else if (k == "type") {
      // "function", the one kind of call the gateway models
    } else if (dom::object fo; k == "function" && !field.value.get_object().get(fo)) {
      const SourceNode fsrc(src, at);
      std::size_t j = 0;
      for (dom::key_value_pair ff : fo) {
        const std::size_t fat = j++;
        if (ff.key == "name") {
          tc.name = str_or_empty(ff.value);
        } else if (ff.key == "arguments") {
          read_arguments(ff.value, tc.arguments);
        } else {
          tc.function_extra.emplace_back(std::string(ff.key), source_json(fsrc, fat, ff.value));
        }
      }
    } else {
      tc.extra.emplace_back(std::string(k), source_json(src, at, field.value));
    }
  }
}

void decode_response_message(dom::object o, const SourceNode& src, core::Message& m) {
  std::string_view refusal;
  std::size_t calls = 0;  // tool use blocks decoded before the content
  std::size_t i = 0;
  for (dom::key_value_pair field : o) {
    const std::string_view k = field.key;
    const dom::element v = field.value;
    const std::size_t at = i++;
    if (k == "role") {
      if (auto r = core::role_from_string(str_or_empty(v))) m.role = *r;
    } else if (k == "content") {
      std::string_view s;
      dom::array parts;
      if (!v.get_string().get(s)) {
        m.form = core::ContentForm::string;
        m.content.emplace_back().value.emplace<core::TextBlock>().text.assign(s.data(), s.size());
      } else if (!v.get_array().get(parts)) {
        // Rare: content as parts; keep the text.
        m.form = core::ContentForm::string;
        std::string& text = m.content.emplace_back().value.emplace<core::TextBlock>().text;
        for (dom::element p : parts) {
          dom::object po;
          if (p.get_object().get(po)) continue;
          std::string_view t = field_str(po, "text");
          if (t.empty()) continue;
          if (!text.empty()) text += '\n';
          text.append(t);
        }
      }
    } else if (k == "refusal") {
      refusal = str_or_empty(v);
    } else if (k == "tool_calls") {
      dom::array arr;
      if (v.get_array().get(arr)) continue;
      const SourceNode call_list(src, at);
      std::size_t j = 0;
      for (dom::element tv : arr) {
        const SourceNode call(call_list, j++);
        dom::object to;
        if (tv.get_object().get(to)) continue;
        decode_tool_call(to, call, m.content.emplace_back().value.emplace<core::ToolUseBlock>());
        if (m.form == core::ContentForm::absent) ++calls;
      }
    } else if (k == "name") {
      m.name = str_or_empty(v);
    } else {
      // reasoning_content, annotations, audio, function_call: null, ...
      m.extra.emplace_back(std::string(k), source_json(src, at, v));
    }
  }
  // Content first, then the tool calls.
  if (calls > 0 && calls < m.content.size()) {
    std::rotate(m.content.begin(), m.content.begin() + calls, m.content.end());
  }
  if (!refusal.empty()) {
    auto& r = m.content.emplace_back().value.emplace<core::RefusalBlock>();
    r.text.assign(refusal.data(), refusal.size());
    r.member = true;
  }
}

void decode_choice(dom::object o, const SourceNode& src, std::size_t position, core::Choice& c) {
  c.index = clamp_index(static_cast<std::int64_t>(position));
  c.message.role = core::Role::assistant;
  c.message.form = core::ContentForm::absent;
  std::size_t i = 0;
  for (dom::key_value_pair field : o) {
    const std::string_view k = field.key;
    const dom::element v = field.value;
    const std::size_t at = i++;
    if (k == "index") {
      c.index = clamp_index(int_of(v, static_cast<std::int64_t>(position)));
    } else if (k == "finish_reason") {
      c.finish_reason = finish_reason_from(str_or_empty(v));
    } else if (k == "message") {
      dom::object mo;
      if (!v.get_object().get(mo)) decode_response_message(mo, SourceNode(src, at), c.message);
    } else if (k == "logprobs") {
      if (!v.is_null()) c.logprobs_json = source_json(src, at, v);
    } else {
      c.extra.emplace_back(std::string(k), source_json(src, at, v));
    }
  }
}

void decode_delta(dom::object d, const SourceNode& src, ChoiceDelta& c) {
  std::size_t i = 0;
  for (dom::key_value_pair df : d) {
    const std::string_view dk = df.key;
    const std::size_t at = i++;
    std::string_view s;
    if (dk == "content") {
      if (!df.value.get_string().get(s)) c.content.emplace(s);
    } else if (dk == "role") {
      if (auto r = core::role_from_string(str_or_empty(df.value))) c.role = *r;
    } else if (dk == "refusal") {
      if (!df.value.get_string().get(s)) c.refusal.emplace(s);
    } else if ((dk == kReasoningContent || dk == kReasoning) && !c.reasoning &&
               !df.value.get_string().get(s)) {
      c.reasoning.emplace(s);
      c.reasoning_member = dk == kReasoning ? kReasoning : kReasoningContent;
    } else if (dk == "tool_calls") {
      dom::array tarr;
      if (df.value.get_array().get(tarr)) continue;
      std::size_t j = 0;
      for (dom::element tv : tarr) {
        dom::object to;
        if (tv.get_object().get(to)) continue;
        ToolCallDelta& t = c.tool_calls.emplace_back();
        t.index = clamp_index(field_int(to, "index", static_cast<std::int64_t>(j++)));
        t.id = field_str(to, "id");
        dom::object fo;
        if (!to["function"].get_object().get(fo)) {
          t.name = field_str(fo, "name");
          dom::element a;
          if (!fo["arguments"].get(a)) read_arguments(a, t.arguments);
        }
      }
    } else {
      // audio, a reasoning member that is not a string, ...
      c.delta_extra.emplace_back(std::string(dk), source_json(src, at, df.value));
    }
  }
}

void decode_choice_delta(dom::object o, const SourceNode& src, std::size_t position,
                         ChoiceDelta& c) {
  c.index = clamp_index(static_cast<std::int64_t>(position));
  std::size_t i = 0;
  for (dom::key_value_pair field : o) {
    const std::string_view k = field.key;
    const dom::element v = field.value;
    const std::size_t at = i++;
    if (k == "index") {
      c.index = clamp_index(int_of(v, static_cast<std::int64_t>(position)));
    } else if (k == "finish_reason") {
      c.finish_reason = finish_reason_from(str_or_empty(v));
    } else if (k == "delta") {
      dom::object d;
      if (!v.get_object().get(d)) decode_delta(d, SourceNode(src, at), c);
    } else if (k == "logprobs") {
      if (!v.is_null()) c.logprobs_json = source_json(src, at, v);
    } else {
      c.extra.emplace_back(std::string(k), source_json(src, at, v));
    }
  }
}

// The members a completion and a chunk share (id, model, created,
// system_fingerprint, usage; "object", which the encoder writes itself);
// returns whether `k` was one of them.
template <typename Envelope>
bool decode_envelope_field(std::string_view k, dom::element v, const SourceNode& src,
                           std::size_t at, Envelope& out) {
  if (k == "id") {
    out.id = str_or_empty(v);
  } else if (k == "model") {
    out.model = str_or_empty(v);
  } else if (k == "created") {
    out.created = int_of(v);
  } else if (k == "system_fingerprint") {
    out.system_fingerprint = str_or_empty(v);
  } else if (k == "usage") {
    out.usage = decode_usage(v, SourceNode(src, at));
  } else if (k != "object") {
    return false;
  }
  return true;
}

core::Expected<dom::object> answer_object(Parse& parse, std::string_view body) {
  dom::element root;
  if (auto ec = json::parse_wide(parse, body, root)) return parse_error_upstream(ec);
  dom::object obj;
  if (root.get_object().get(obj)) {
    return upstream_payload_error(std::string("expected a JSON object, got ") + type_phrase(root));
  }
  return obj;
}

}  // namespace

core::Expected<core::ChatResponse> decode_chat_response(std::string_view body) {
  Parse parse;
  auto obj = answer_object(parse, body);
  if (!obj) return obj.error();
  dom::element e;
  if (!(*obj)["error"].get(e) && !e.is_null()) {
    core::Error err = embedded_error(*obj, body);
    err.message = "error object instead of a completion: " + err.message;
    return err;
  }
  core::ChatResponse resp;
  const SourceNode src(body);
  std::size_t i = 0;
  for (dom::key_value_pair field : *obj) {
    const std::string_view k = field.key;
    const dom::element v = field.value;
    const std::size_t at = i++;
    if (decode_envelope_field(k, v, src, at, resp)) continue;
    if (k == "choices") {
      dom::array arr;
      if (v.get_array().get(arr)) {
        if (v.is_null()) continue;
        return upstream_payload_error(std::string("'choices' is ") + type_phrase(v) +
                                      ", expected an array");
      }
      resp.choices.reserve(arr.size());
      const SourceNode choices(src, at);
      std::size_t j = 0;
      for (dom::element cv : arr) {
        const std::size_t position = j++;
        dom::object co;
        if (cv.get_object().get(co)) continue;
        const std::size_t n = resp.choices.size();  // the index when the choice has none
        decode_choice(co, SourceNode(choices, position), n, resp.choices.emplace_back());
      }
    } else if (k != "error") {  // "error": null says nothing
      resp.extra.emplace_back(std::string(k), source_json(src, at, v));
    }
  }
  return resp;
}

core::Expected<ChatChunk> decode_chat_chunk(std::string_view data) {
  Parse parse;
  auto obj = answer_object(parse, data);
  if (!obj) return obj.error();
  ChatChunk chunk;
  const SourceNode src(data);
  std::size_t i = 0;
  for (dom::key_value_pair field : *obj) {
    const std::string_view k = field.key;
    const dom::element v = field.value;
    const std::size_t at = i++;
    if (decode_envelope_field(k, v, src, at, chunk)) continue;
    if (k == "error") {
      if (!v.is_null()) return embedded_error(*obj, data);
    } else if (k == "choices") {
      dom::array arr;
      if (v.get_array().get(arr)) continue;
      chunk.choices.reserve(arr.size());
      const SourceNode choices(src, at);
      std::size_t j = 0;
      for (dom::element cv : arr) {
        const std::size_t position = j++;
        dom::object co;
        if (cv.get_object().get(co)) continue;
        const std::size_t n = chunk.choices.size();  // the index when the choice has none
        decode_choice_delta(co, SourceNode(choices, position), n, chunk.choices.emplace_back());
      }
    } else {
      chunk.extra.emplace_back(std::string(k), source_json(src, at, v));
    }
  }
  return chunk;
}

}  // namespace switchyard::api::openai
