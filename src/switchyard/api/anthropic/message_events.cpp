#include "switchyard/api/anthropic/message_events.hpp"

#include <utility>

#include "switchyard/api/anthropic/anthropic_json.hpp"
#include "switchyard/api/anthropic/messages_codec.hpp"

namespace switchyard::api::anthropic {
namespace {

void begin_event(std::string& out, std::string_view name) {
  out += "event: ";
  out += name;
  out += "\ndata: ";
}

void end_event(std::string& out) {
  out += "\n\n";
}

bool has_text(const std::vector<core::BlockDelta>& deltas) {
  for (const auto& d : deltas)
    if (!d.text.empty()) return true;
  return false;
}

bool is_text(core::BlockKind k) {
  return k == core::BlockKind::text || k == core::BlockKind::refusal;
}

}  // namespace

void MessageEventWriter::start_message(const core::MessageStart* start, std::string& out) {
  started_ = true;
  begin_event(out, "message_start");
  Json j(out);
  j.start_object();
  j.kv("type", "message_start");
  j.key("message");
  j.start_object();
  j.kv("id", message_id(start ? std::string_view(start->id) : std::string_view()));
  j.kv("type", "message");
  j.kv("role", "assistant");
  j.kv("model", start ? std::string_view(start->model) : std::string_view());
  j.key("content");
  j.start_array();
  j.end_array();
  j.key("stop_reason");
  j.null();
  j.key("stop_sequence");
  j.null();
  write_usage(j, core::Usage{});
  j.end_object();
  j.end_object();
  end_event(out);
  begin_event(out, "ping");
  out += "{\"type\":\"ping\"}";
  end_event(out);
}

void MessageEventWriter::open_block(Block& b, std::string& out) {
  b.index = next_index_++;
  begin_event(out, "content_block_start");
  Json j(out);
  j.start_object();
  j.kv("type", "content_block_start");
  j.kv_int("index", b.index);
  j.key("content_block");
  j.start_object();
  switch (b.kind) {
    case core::BlockKind::text:
    case core::BlockKind::refusal:
      j.kv("type", "text");
      j.kv("text", "");
      break;
    case core::BlockKind::tool_use:
      j.kv("type", "tool_use");
      j.kv("id", b.id);
      j.kv("name", b.name);
      j.key("input");
      j.start_object();
      j.end_object();
      break;
    case core::BlockKind::thinking:
      if (b.name == kRedactedThinking) {
        // Its data whole, as Anthropic sends it: no delta follows.
        std::string data;
        for (const core::BlockDelta& d : b.held)
          if (d.kind == core::DeltaKind::signature) data += d.text;
        b.held.clear();
        j.kv("type", kRedactedThinking);
        j.kv("data", data);
        break;
      }
      j.kv("type", "thinking");
      j.kv("thinking", "");
      j.kv("signature", "");
      break;
  }
  j.end_object();
  j.end_object();
  end_event(out);
}

void MessageEventWriter::write_delta(const Block& b, const core::BlockDelta& d, std::string& out) {
  if (d.text.empty()) return;
  begin_event(out, "content_block_delta");
  Json j(out);
  j.start_object();
  j.kv("type", "content_block_delta");
  j.kv_int("index", b.index);
  j.key("delta");
  j.start_object();
  switch (d.kind) {
    case core::DeltaKind::text:
      j.kv("type", "text_delta");
      j.kv("text", d.text);
      break;
    case core::DeltaKind::arguments:
      j.kv("type", "input_json_delta");
      j.kv("partial_json", d.text);
      break;
    case core::DeltaKind::thinking:
      j.kv("type", "thinking_delta");
      j.kv("thinking", d.text);
      break;
    case core::DeltaKind::signature:
      j.kv("type", "signature_delta");
      j.kv("signature", d.text);
      break;
  }
  j.end_object();
  j.end_object();
  end_event(out);
}

void MessageEventWriter::close_block(Block& b, std::string& out) {
  b.closed = true;
  begin_event(out, "content_block_stop");
  Json j(out);
  j.start_object();
  j.kv("type", "content_block_stop");
  j.kv_int("index", b.index);
  j.end_object();
  end_event(out);
}

void MessageEventWriter::advance(std::string& out, bool finishing) {
  while (live_ < blocks_.size()) {
    Block& b = blocks_[live_];
    if (b.index < 0) {
      // A text block is written from its first text on; one that ends
      // without any is left out.
      if (is_text(b.kind) && !has_text(b.held)) {
        if (!b.stopped && !finishing) return;
        b.closed = true;
        ++live_;
        continue;
      }
      // A redacted block is written whole, once its data has all come.
      if (b.kind == core::BlockKind::thinking && b.name == kRedactedThinking && !b.stopped &&
          !finishing)
        return;
      open_block(b, out);
    }
    for (const core::BlockDelta& d : b.held) write_delta(b, d, out);
    b.held.clear();
    // A tool call may still get fragments until the answer ends.
    const bool may_close = finishing || (b.stopped && b.kind != core::BlockKind::tool_use);
    if (!may_close) return;
    close_block(b, out);
    ++live_;
  }
}

void MessageEventWriter::message_delta(std::string& out) {
  delta_written_ = true;
  begin_event(out, "message_delta");
  Json j(out);
  j.start_object();
  j.kv("type", "message_delta");
  j.key("delta");
  j.start_object();
  j.kv("stop_reason", stop_reason(finish_.value_or(core::FinishReason{core::FinishKind::stop})));
  j.key("stop_sequence");
  j.null();
  j.end_object();
  write_usage(j, usage_.value_or(core::Usage{}));
  j.end_object();
  end_event(out);
}

void MessageEventWriter::write(core::StreamFrame& frame, std::string& out) {
  if (stopped_) return;
  for (core::StreamEvent& e : frame.events) {
    if (const auto* u = e.get<core::UsageReport>()) {
      usage_ = u->usage;
      if (finish_ && !delta_written_) message_delta(out);
      continue;
    }
    if (e.choice != 0) continue;  // Anthropic answers with one message
    if (const auto* m = e.get<core::MessageStart>()) {
      if (!started_) start_message(m, out);
      continue;
    }
    if (!started_) start_message(nullptr, out);
    if (delta_written_) continue;  // nothing follows message_delta but message_stop
    const auto at = static_cast<std::size_t>(e.block < 0 ? 0 : e.block);
    if (auto* s = e.get<core::BlockStart>()) {
      if (at >= blocks_.size()) blocks_.resize(at + 1);
      Block& b = blocks_[at];
      b.kind = s->kind;
      b.id = std::move(s->id);
      b.name = std::move(s->name);
      if (at == live_) advance(out, false);
    } else if (auto* d = e.get<core::BlockDelta>()) {
      if (at >= blocks_.size()) blocks_.resize(at + 1);
      Block& b = blocks_[at];
      if (b.closed) continue;  // no producer resumes a closed block; never written twice
      if (!b.held.empty() && b.held.back().kind == d->kind) {
        b.held.back().text += d->text;
      } else {
        b.held.push_back(std::move(*d));
      }
      if (at == live_) advance(out, false);
    } else if (e.get<core::BlockStop>()) {
      if (at < blocks_.size()) {
        blocks_[at].stopped = true;
        if (at == live_) advance(out, false);
      }
    } else if (auto* f = e.get<core::MessageDelta>()) {
      finish_ = std::move(f->finish_reason);
      advance(out, true);
      if (usage_) message_delta(out);
    }
  }
}

void MessageEventWriter::done(std::string& out) {
  if (stopped_) return;
  if (!started_) start_message(nullptr, out);
  if (!delta_written_) {
    advance(out, true);
    message_delta(out);
  }
  stopped_ = true;
  begin_event(out, "message_stop");
  out += "{\"type\":\"message_stop\"}";
  end_event(out);
}

void MessageEventWriter::error(const core::Error& error, std::string& out) {
  if (stopped_) return;
  stopped_ = true;
  begin_event(out, "error");
  out += encode_error(error);
  end_event(out);
}

}  // namespace switchyard::api::anthropic
