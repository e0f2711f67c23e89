// An Anthropic upstream's answers (outbound): its message, its stream's
// events and its error objects, read tolerantly (unknown members and block
// types do not fail the answer).

#include <simdjson.h>

#include "switchyard/api/anthropic/anthropic_json.hpp"
#include "switchyard/api/anthropic/message_events.hpp"
#include "switchyard/api/anthropic/upstream_codec.hpp"

namespace switchyard::api::anthropic {
namespace {

namespace dom = simdjson::dom;

std::string_view string_at(dom::element e, std::string_view key) {
  std::string_view s;
  if (e[key].get_string().get(s)) return {};
  return s;
}

std::int64_t int_at(dom::element e, std::string_view key) {
  std::int64_t v = 0;
  if (e[key].get_int64().get(v)) return 0;
  return v;
}

core::FinishReason finish_of(std::string_view word) {
  core::FinishReason r;
  r.raw.assign(word.data(), word.size());
  r.dialect = core::Dialect::anthropic;
  if (word == "end_turn" || word == "stop_sequence") {
    r.kind = core::FinishKind::stop;
  } else if (word == "max_tokens" || word == "model_context_window_exceeded") {
    r.kind = core::FinishKind::length;
  } else if (word == "tool_use") {
    r.kind = core::FinishKind::tool_use;
  } else if (word == "refusal") {
    r.kind = core::FinishKind::content_filter;
  } else {
    r.kind = core::FinishKind::other;  // pause_turn, words to come
  }
  return r;
}

core::Usage usage_from(dom::element u, core::Usage base = {}) {
  dom::object obj;
  if (u.get_object().get(obj)) return base;
  // message_delta repeats only what it updates: members it leaves out keep
  // message_start's values.
  auto take = [&](std::string_view key, std::int64_t& out) {
    std::int64_t v;
    if (!obj[key].get_int64().get(v)) out = v;
  };
  std::int64_t uncached = base.input_tokens - base.cache_read_tokens - base.cache_write_tokens;
  take("input_tokens", uncached);
  take("cache_read_input_tokens", base.cache_read_tokens);
  take("cache_creation_input_tokens", base.cache_write_tokens);
  take("output_tokens", base.output_tokens);
  base.input_tokens = uncached + base.cache_read_tokens + base.cache_write_tokens;
  base.total_tokens = base.input_tokens + base.output_tokens;
  return base;
}

core::Error invalid(std::string what) {
  return {core::ErrorKind::upstream,
          502,
          "the Anthropic upstream's answer is not a Messages answer: " + std::move(what),
          {},
          "invalid_upstream_response",
          true};
}

// One content block of an answer.
void read_block(dom::element b, core::Blocks& out) {
  const std::string_view type = string_at(b, "type");
  core::Block& block = out.emplace_back();
  if (type == "text") {
    block.value.emplace<core::TextBlock>().text = std::string(string_at(b, "text"));
  } else if (type == "tool_use") {
    auto& call = block.value.emplace<core::ToolUseBlock>();
    call.id = std::string(string_at(b, "id"));
    call.name = std::string(string_at(b, "name"));
    dom::element input;
    call.arguments = b["input"].get(input) ? "{}" : simdjson::minify(input);
  } else if (type == "thinking") {
    auto& t = block.value.emplace<core::ThinkingBlock>();
    t.text = std::string(string_at(b, "thinking"));
    t.signature = std::string(string_at(b, "signature"));
  } else if (type == "redacted_thinking") {
    auto& t = block.value.emplace<core::ThinkingBlock>();
    t.text = std::string(string_at(b, "data"));
    t.redacted = true;
  } else {
    auto& o = block.value.emplace<core::OpaqueBlock>();
    o.dialect = core::Dialect::anthropic;
    o.type = std::string(type);
    o.json = simdjson::minify(b);
  }
}

}  // namespace

core::Expected<core::ChatResponse> decode_message_response(std::string_view body) {
  dom::parser parser;
  dom::element root;
  if (parser.parse(body.data(), body.size()).get(root)) return invalid("not JSON");
  if (!root.is_object() || string_at(root, "type") != "message")
    return invalid("no message object");
  core::ChatResponse resp;
  resp.dialect = core::Dialect::anthropic;
  resp.id = std::string(string_at(root, "id"));
  resp.model = std::string(string_at(root, "model"));
  core::Choice& c = resp.choices.emplace_back();
  c.message.role = core::Role::assistant;
  c.message.form = core::ContentForm::blocks;
  dom::array content;
  if (!root["content"].get_array().get(content))
    for (dom::element b : content) read_block(b, c.message.content);
  std::string_view stop;
  if (!root["stop_reason"].get_string().get(stop)) c.finish_reason = finish_of(stop);
  dom::element seq;
  if (!root["stop_sequence"].get(seq) && seq.is_string())
    c.extra.emplace_back("stop_sequence", simdjson::minify(seq));
  dom::element usage;
  if (!root["usage"].get(usage)) resp.usage = usage_from(usage);
  return resp;
}

core::Expected<bool> MessageEventReader::read(std::string_view data, core::StreamFrame& out) {
  out.dialect = core::Dialect::anthropic;
  dom::parser& parser = []() -> dom::parser& {
    thread_local dom::parser p;
    return p;
  }();
  dom::element e;
  if (parser.parse(data.data(), data.size()).get(e)) return invalid("a stream event is not JSON");
  const std::string_view type = string_at(e, "type");
  const int index = static_cast<int>(int_at(e, "index"));
  auto push = [&](int block, auto value) {
    core::StreamEvent& ev = out.events.emplace_back();
    ev.block = block;
    ev.value = std::move(value);
  };
  if (type == "message_start") {
    dom::element m;
    if (e["message"].get(m)) return invalid("message_start without a message");
    core::MessageStart start;
    start.id = std::string(string_at(m, "id"));
    start.model = model_ = std::string(string_at(m, "model"));
    start.role = core::Role::assistant;
    dom::element u;
    if (!m["usage"].get(u)) usage_ = usage_from(u);
    started_ = true;
    push(0, std::move(start));
  } else if (type == "content_block_start") {
    dom::element b;
    if (e["content_block"].get(b)) return invalid("content_block_start without a block");
    const std::string_view kind = string_at(b, "type");
    core::BlockStart s;
    if (kind == "text") {
      s.kind = core::BlockKind::text;
    } else if (kind == "tool_use") {
      s.kind = core::BlockKind::tool_use;
      s.id = std::string(string_at(b, "id"));
      s.name = std::string(string_at(b, "name"));
    } else if (kind == "thinking") {
      s.kind = core::BlockKind::thinking;
    } else if (kind == kRedactedThinking) {
      s.kind = core::BlockKind::thinking;
      s.name = std::string(kRedactedThinking);
    } else {
      s.kind = core::BlockKind::text;  // a server tool's block: no text follows
    }
    push(index, std::move(s));
    // A block's starting text (Anthropic sends it empty) is its first delta.
    if (kind == "text" && !string_at(b, "text").empty())
      push(index, core::BlockDelta{core::DeltaKind::text, std::string(string_at(b, "text"))});
    // A redacted block's data comes whole here, never in a delta.
    if (kind == kRedactedThinking)
      push(index, core::BlockDelta{core::DeltaKind::signature, std::string(string_at(b, "data"))});
  } else if (type == "content_block_delta") {
    dom::element d;
    if (e["delta"].get(d)) return invalid("content_block_delta without a delta");
    const std::string_view kind = string_at(d, "type");
    if (kind == "text_delta") {
      push(index, core::BlockDelta{core::DeltaKind::text, std::string(string_at(d, "text"))});
    } else if (kind == "input_json_delta") {
      push(index,
           core::BlockDelta{core::DeltaKind::arguments, std::string(string_at(d, "partial_json"))});
    } else if (kind == "thinking_delta") {
      push(index,
           core::BlockDelta{core::DeltaKind::thinking, std::string(string_at(d, "thinking"))});
    } else if (kind == "signature_delta") {
      push(index,
           core::BlockDelta{core::DeltaKind::signature, std::string(string_at(d, "signature"))});
    }
    // citations_delta and deltas to come: nothing the model carries.
  } else if (type == "content_block_stop") {
    push(index, core::BlockStop{});
  } else if (type == "message_delta") {
    dom::element d;
    std::string_view stop;
    if (!e["delta"].get(d) && !d["stop_reason"].get_string().get(stop))
      push(0, core::MessageDelta{finish_of(stop)});
    dom::element u;
    if (!e["usage"].get(u)) usage_ = usage_from(u, usage_);
    push(0, core::UsageReport{usage_});
  } else if (type == "message_stop") {
    done_ = true;
  } else if (type == "error") {
    dom::element err;
    std::string message = "the upstream's stream failed";
    std::string code = "api_error";
    if (!e["error"].get(err)) {
      if (!string_at(err, "message").empty()) message = std::string(string_at(err, "message"));
      if (!string_at(err, "type").empty()) code = std::string(string_at(err, "type"));
    }
    const int status = code == "overloaded_error" ? 529 : code == "rate_limit_error" ? 429 : 500;
    return core::Error{core::ErrorKind::upstream, status, std::move(message), {},
                       std::move(code),           true};
  }
  // ping and events to come: nothing.
  return true;
}

core::Error decode_upstream_error(int status, std::string_view body) {
  std::string message;
  std::string type;
  dom::parser parser;
  dom::element root;
  if (!parser.parse(body.data(), body.size()).get(root)) {
    dom::element err;
    if (!root["error"].get(err)) {
      message = std::string(string_at(err, "message"));
      type = std::string(string_at(err, "type"));
    }
  }
  if (message.empty()) {
    message = "the Anthropic upstream answered HTTP " + std::to_string(status);
    if (!body.empty() && body.size() <= 200) message += ": " + std::string(body);
  }
  core::Error e;
  e.kind = core::ErrorKind::upstream;
  e.status = status;
  e.message = std::move(message);
  e.code = std::move(type);
  e.retryable = status == 408 || status == 409 || status == 429 || status >= 500;
  return e;
}

}  // namespace switchyard::api::anthropic
