// Encoding side of the OpenAI Chat Completions codec (RapidJSON Writer).

#include "switchyard/api/openai/json_sink.hpp"

#include <cmath>

#include "switchyard/api/openai/chat_codec.hpp"

namespace switchyard::api::openai {
namespace {

std::string_view openai_finish_reason(core::FinishKind k) {
  switch (k) {
    case core::FinishKind::length:
      return "length";
    case core::FinishKind::tool_use:
      return "tool_calls";
    case core::FinishKind::content_filter:
      return "content_filter";
    default:
      return "stop";
  }
}

class Json {
 public:
  // `foreign`: the raw members to write were written in another dialect, so
  // they are left out.
  explicit Json(std::string& out, bool foreign = false)
      : sink_(out), w_(sink_), foreign_(foreign) {}

  void start_object() { w_.StartObject(); }
  void end_object() { w_.EndObject(); }
  void start_array() { w_.StartArray(); }
  void end_array() { w_.EndArray(); }
  void key(std::string_view k) { w_.Key(k.data(), static_cast<rapidjson::SizeType>(k.size())); }
  void str(std::string_view s) { w_.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }
  void null() { w_.Null(); }
  void boolean(bool b) { w_.Bool(b); }
  void int64(std::int64_t i) { w_.Int64(i); }
  void raw(std::string_view json, rapidjson::Type t) { w_.RawValue(json.data(), json.size(), t); }

  void kv(std::string_view k, std::string_view v) {
    key(k);
    str(v);
  }
  void kv_int(std::string_view k, std::int64_t v) {
    key(k);
    int64(v);
  }
  // A string, or null when empty.
  void kv_str_or_null(std::string_view k, std::string_view v) {
    key(k);
    if (v.empty()) {
      null();
    } else {
      str(v);
    }
  }
  // Numbers that JSON cannot represent (NaN, inf) are left out entirely.
  void kv_opt(std::string_view k, const std::optional<double>& v) {
    if (!v || !std::isfinite(*v)) return;
    key(k);
    w_.Double(*v);
  }
  void kv_opt(std::string_view k, const std::optional<std::int64_t>& v) {
    if (!v) return;
    key(k);
    int64(*v);
  }
  void kv_opt(std::string_view k, const std::optional<bool>& v) {
    if (!v) return;
    key(k);
    boolean(*v);
  }
  // Raw JSON carried through; an empty value (never set) is left out. The
  // type only tells the writer a value follows; the text goes out as is.
  void kv_raw(std::string_view k, std::string_view json) {
    if (json.empty()) return;
    key(k);
    raw(json, json.front() == '{' ? rapidjson::kObjectType : rapidjson::kStringType);
  }
  void extras(const core::RawFields& extra) {
    if (foreign_) return;
    for (const auto& [k, v] : extra) kv_raw(k, v);
  }
  // The provider's own word when it spoke OpenAI, else OpenAI's word for the
  // kind; null while not finished.
  void finish_reason(const core::FinishReason& r) {
    key("finish_reason");
    if (!r.finished()) {
      null();
    } else if (!r.raw.empty() && r.dialect == core::Dialect::openai) {
      str(r.raw);
    } else {
      str(openai_finish_reason(r.kind));
    }
  }
  // An upstream's "logprobs" as it sent it, or null.
  void logprobs(std::string_view json) {
    key("logprobs");
    if (json.empty()) {
      null();
    } else {
      raw(json, json.front() == '{' ? rapidjson::kObjectType : rapidjson::kArrayType);
    }
  }

 private:
  StringSink sink_;
  rapidjson::Writer<StringSink> w_;
  bool foreign_ = false;
};

void write_tool_calls(Json& j, std::span<const core::Block> blocks) {
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
void write_text(Json& j, std::span<const core::Block> blocks) {
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

void write_image(Json& j, const core::ImageBlock& p) {
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

void write_part(Json& j, const core::Block& b) {
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

void write_content(Json& j, core::ContentForm form, std::span<const core::Block> blocks) {
  j.key("content");
  switch (form) {
    case core::ContentForm::absent:
      j.null();
      break;
    case core::ContentForm::string:
      write_text(j, blocks);
      break;
    case core::ContentForm::blocks:
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

void write_request_message(Json& j, const core::Message& m) {
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

void write_usage(Json& j, const core::Usage& u) {
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

std::size_t estimate_request_size(const core::ChatRequest& req) {
  std::size_t n = 256 + req.model.size();
  core::for_each_message(req, [&](const core::Message& m, std::size_t) {
    n += 48 + m.name.size() + raw_size(m.extra) + blocks_size(m.content);
  });
  for (const auto& t : req.tools) {
    n += 80 + t.name.size() + t.description.size() + t.parameters_json.size() + raw_size(t.extra) +
         raw_size(t.function_extra);
  }
  n += raw_size(req.extra) + raw_size(req.stream_options_extra) + raw_size(req.tool_choice.extra) +
       raw_size(req.tool_choice.function_extra) + raw_size(req.response_format.extra);
  n += req.response_format.json_schema_json.size();
  // Escapes make the output somewhat larger than the raw text.
  return n + n / 8;
}

const char* error_type(const core::Error& e) {
  switch (e.kind) {
    case core::ErrorKind::invalid_request:
    case core::ErrorKind::not_found:
    case core::ErrorKind::method_not_allowed:
    case core::ErrorKind::payload_too_large:
      return "invalid_request_error";
    case core::ErrorKind::authentication:
      return "authentication_error";
    case core::ErrorKind::permission:
      return "permission_error";
    case core::ErrorKind::rate_limited:
      return "rate_limit_error";
    case core::ErrorKind::upstream:
      // An upstream's 4xx passed on as such keeps its client-side meaning.
      switch (e.status) {
        case 401:
          return "authentication_error";
        case 403:
          return "permission_error";
        case 429:
          return "rate_limit_error";
        default:
          return e.status >= 400 && e.status < 500 ? "invalid_request_error" : "server_error";
      }
    case core::ErrorKind::upstream_unreachable:
    case core::ErrorKind::timeout:
    case core::ErrorKind::unavailable:
    case core::ErrorKind::internal:
      return "server_error";
    case core::ErrorKind::no_permitted_deployment:
      return "no_permitted_deployment";
  }
  return "server_error";
}

}  // namespace

std::string encode_chat_request(const core::ChatRequest& req, std::string_view upstream_model) {
  std::string out;
  out.reserve(estimate_request_size(req));
  Json j(out, req.dialect != core::Dialect::openai);
  j.start_object();
  j.kv("model", upstream_model.empty() ? std::string_view(req.model) : upstream_model);
  j.key("messages");
  j.start_array();
  core::for_each_message(req,
                         [&](const core::Message& m, std::size_t) { write_request_message(j, m); });
  j.end_array();

  j.kv_opt("temperature", req.temperature);
  j.kv_opt("top_p", req.top_p);
  j.kv_opt("frequency_penalty", req.frequency_penalty);
  j.kv_opt("presence_penalty", req.presence_penalty);
  j.kv_opt("max_tokens", req.max_tokens);
  j.kv_opt("max_completion_tokens", req.max_completion_tokens);
  j.kv_opt("n", req.n);
  j.kv_opt("seed", req.seed);
  if (!req.stop.empty()) {
    j.key("stop");
    j.start_array();
    for (const auto& s : req.stop) j.str(s);
    j.end_array();
  }
  if (req.stream) {
    // The gateway always wants usage from upstream when streaming (it meters
    // every request); whether the client gets the usage chunk is decided when
    // the stream is relayed.
    j.key("stream");
    j.boolean(true);
    j.key("stream_options");
    j.start_object();
    j.key("include_usage");
    j.boolean(true);
    j.extras(req.stream_options_extra);
    j.end_object();
  }
  if (!req.tools.empty()) {
    j.key("tools");
    j.start_array();
    for (const auto& t : req.tools) {
      j.start_object();
      j.kv("type", t.type.empty() ? std::string_view("function") : std::string_view(t.type));
      j.key("function");
      j.start_object();
      j.kv("name", t.name);
      if (!t.description.empty()) j.kv("description", t.description);
      j.kv_raw("parameters", t.parameters_json);
      j.kv_opt("strict", t.strict);
      j.extras(t.function_extra);
      j.end_object();
      j.extras(t.extra);
      j.end_object();
    }
    j.end_array();
  }
  switch (req.tool_choice.mode) {
    case core::ToolChoice::Mode::unset:
      break;
    case core::ToolChoice::Mode::none:
      j.kv("tool_choice", "none");
      break;
    case core::ToolChoice::Mode::auto_:
      j.kv("tool_choice", "auto");
      break;
    case core::ToolChoice::Mode::required:
      j.kv("tool_choice", "required");
      break;
    case core::ToolChoice::Mode::function:
      j.key("tool_choice");
      j.start_object();
      j.kv("type", "function");
      j.key("function");
      j.start_object();
      j.kv("name", req.tool_choice.function_name);
      j.extras(req.tool_choice.function_extra);
      j.end_object();
      j.extras(req.tool_choice.extra);
      j.end_object();
      break;
  }
  j.kv_opt("parallel_tool_calls", req.parallel_tool_calls);
  if (req.response_format.type != core::ResponseFormat::Type::unset) {
    j.key("response_format");
    j.start_object();
    switch (req.response_format.type) {
      case core::ResponseFormat::Type::text:
        j.kv("type", "text");
        break;
      case core::ResponseFormat::Type::json_object:
        j.kv("type", "json_object");
        break;
      default:
        j.kv("type", "json_schema");
        j.kv_raw("json_schema", req.response_format.json_schema_json);
        break;
    }
    j.extras(req.response_format.extra);
    j.end_object();
  }
  if (!req.user.empty()) j.kv("user", req.user);
  if (!req.metadata.empty()) {
    j.key("metadata");
    j.start_object();
    for (const auto& [k, v] : req.metadata) j.kv(k, v);
    j.end_object();
  }
  j.extras(req.extra);
  j.end_object();
  return out;
}

std::string encode_chat_response(const core::ChatResponse& resp) {
  std::string out;
  std::size_t n = 320 + resp.id.size() + resp.model.size() + raw_size(resp.extra);
  if (resp.usage) n += raw_size(resp.usage->extra);
  for (const auto& c : resp.choices) {
    n += 160 + blocks_size(c.message.content) + c.logprobs_json.size() + raw_size(c.extra) +
         raw_size(c.message.extra);
  }
  out.reserve(n + n / 8);
  Json j(out, resp.dialect != core::Dialect::openai);
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

void encode_chat_chunk(const core::ChatChunk& chunk, std::string& out) {
  std::size_t n = 192 + chunk.id.size() + chunk.model.size() + raw_size(chunk.extra);
  if (chunk.usage) n += raw_size(chunk.usage->extra);
  for (const auto& c : chunk.choices) {
    n += 96 + (c.content ? c.content->size() : 0) + c.logprobs_json.size() + raw_size(c.extra) +
         raw_size(c.delta_extra);
    for (const auto& t : c.tool_calls) n += 96 + t.arguments.size();
  }
  out.reserve(out.size() + n + n / 8);
  Json j(out, chunk.dialect != core::Dialect::openai);
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

std::string encode_error(const core::Error& err) {
  std::string out;
  out.reserve(96 + err.message.size() + err.param.size() + err.code.size());
  Json j(out);
  j.start_object();
  j.key("error");
  j.start_object();
  j.kv("message", err.message);
  j.kv("type", error_type(err));
  j.kv_str_or_null("param", err.param);
  j.kv_str_or_null("code", err.code);
  j.end_object();
  j.end_object();
  return out;
}

}  // namespace switchyard::api::openai
