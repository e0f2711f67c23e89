// The request encoder: a canonical chat request as an OpenAI-compatible
// upstream's request body.
#include "switchyard/api/openai/chat_codec.hpp"
#include "switchyard/api/openai/message_encode.hpp"
#include "switchyard/core/reasoning_effort.hpp"

namespace switchyard::api::openai {
namespace {

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

}  // namespace

std::string encode_chat_request(const core::ChatRequest& req, std::string_view upstream_model) {
  std::string out;
  out.reserve(estimate_request_size(req));
  BodyWriter j(out, req.dialect != core::Dialect::openai);
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
  // OpenAI has no reasoning budget in tokens: the effort goes, or for a
  // budget (Anthropic's thinking) the effort nearest it.
  if (!req.reasoning.effort.empty()) {
    j.kv("reasoning_effort", req.reasoning.effort);
  } else if (req.reasoning.budget_tokens) {
    j.kv("reasoning_effort", core::effort_for_thinking_budget(*req.reasoning.budget_tokens));
  }
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

}  // namespace switchyard::api::openai
