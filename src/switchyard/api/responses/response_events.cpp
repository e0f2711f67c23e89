#include "switchyard/api/responses/response_events.hpp"

#include <algorithm>
#include <chrono>
#include <utility>

#include "switchyard/api/openai/error_type.hpp"

namespace switchyard::api::responses {
namespace {

OutputItem::Kind item_kind(core::BlockKind k) {
  switch (k) {
    case core::BlockKind::tool_use:
      return OutputItem::Kind::function_call;
    case core::BlockKind::thinking:
      return OutputItem::Kind::reasoning;
    default:
      return OutputItem::Kind::message;
  }
}

}  // namespace

void ResponseEventWriter::begin(Json& j, std::string& out, std::string_view type) {
  out += "event: ";
  out += type;
  out += "\ndata: ";
  j.start_object();
  j.kv("type", type);
  j.kv_int("sequence_number", sequence_++);
}

void ResponseEventWriter::end(Json& j, std::string& out) {
  j.end_object();
  out += "\n\n";
}

void ResponseEventWriter::start(const core::MessageStart* m, std::string& out) {
  started_ = true;
  state_.id = response_id(m ? std::string_view(m->id) : std::string_view());
  state_.model = m ? m->model : std::string();
  state_.created_at = m && m->created > 0 ? m->created
                                          : std::chrono::duration_cast<std::chrono::seconds>(
                                                std::chrono::system_clock::now().time_since_epoch())
                                                .count();
  state_.status = "in_progress";
  for (std::string_view type : {"response.created", "response.in_progress"}) {
    Json j(out);
    begin(j, out, type);
    j.key("response");
    write_response(j, state_, echo_, {});
    end(j, out);
  }
}

void ResponseEventWriter::open(Block& b, std::string& out) {
  b.item = static_cast<int>(items_.size());
  OutputItem& item = items_.emplace_back();
  item.kind = item_kind(b.kind);
  item.id = item_id(state_.id, item.kind, items_.size() - 1);
  item.status = "in_progress";
  item.call_id = b.call_id;
  item.name = b.name;
  {
    Json j(out);
    begin(j, out, "response.output_item.added");
    j.kv_int("output_index", b.item);
    j.key("item");
    write_item(j, item);
    end(j, out);
  }
  if (item.kind == OutputItem::Kind::function_call) return;
  item.parts.push_back({b.kind == core::BlockKind::refusal, {}});
  Json j(out);
  begin(j, out, "response.content_part.added");
  j.kv("item_id", item.id);
  j.kv_int("output_index", b.item);
  j.kv_int("content_index", 0);
  j.key("part");
  write_part(j, item.parts.back(), item.kind);
  end(j, out);
}

void ResponseEventWriter::delta(const Block& b, const core::BlockDelta& d, std::string& out) {
  OutputItem& item = items_[static_cast<std::size_t>(b.item)];
  Json j(out);
  switch (d.kind) {
    case core::DeltaKind::arguments:
      if (item.kind != OutputItem::Kind::function_call) return;
      item.arguments += d.text;
      begin(j, out, "response.function_call_arguments.delta");
      j.kv("item_id", item.id);
      j.kv_int("output_index", b.item);
      j.kv("delta", d.text);
      end(j, out);
      return;
    case core::DeltaKind::text:
    case core::DeltaKind::thinking:
      if (item.parts.empty()) return;
      item.parts.back().text += d.text;
      begin(j, out,
            item.kind == OutputItem::Kind::reasoning ? "response.reasoning_text.delta"
            : item.parts.back().refusal              ? "response.refusal.delta"
                                                     : "response.output_text.delta");
      j.kv("item_id", item.id);
      j.kv_int("output_index", b.item);
      j.kv_int("content_index", 0);
      j.kv("delta", d.text);
      if (item.kind == OutputItem::Kind::message && !item.parts.back().refusal) {
        j.key("logprobs");
        j.start_array();
        j.end_array();
      }
      end(j, out);
      return;
    case core::DeltaKind::signature:
      return;  // a provider's signature has no place in a Response
  }
}

void ResponseEventWriter::close(Block& b, std::string& out, std::string_view status) {
  b.closed = true;
  if (b.item < 0) return;  // never opened: no text came
  OutputItem& item = items_[static_cast<std::size_t>(b.item)];
  item.status = status;
  if (item.kind == OutputItem::Kind::function_call) {
    Json j(out);
    begin(j, out, "response.function_call_arguments.done");
    j.kv("item_id", item.id);
    j.kv_int("output_index", b.item);
    j.kv("name", item.name);
    j.kv("arguments", item.arguments);
    end(j, out);
  } else if (!item.parts.empty()) {
    const OutputItem::Part& part = item.parts.back();
    {
      Json j(out);
      begin(j, out,
            item.kind == OutputItem::Kind::reasoning ? "response.reasoning_text.done"
            : part.refusal                           ? "response.refusal.done"
                                                     : "response.output_text.done");
      j.kv("item_id", item.id);
      j.kv_int("output_index", b.item);
      j.kv_int("content_index", 0);
      j.kv(part.refusal ? "refusal" : "text", part.text);
      if (item.kind == OutputItem::Kind::message && !part.refusal) {
        j.key("logprobs");
        j.start_array();
        j.end_array();
      }
      end(j, out);
    }
    Json j(out);
    begin(j, out, "response.content_part.done");
    j.kv("item_id", item.id);
    j.kv_int("output_index", b.item);
    j.kv_int("content_index", 0);
    j.key("part");
    write_part(j, part, item.kind);
    end(j, out);
  }
  Json j(out);
  begin(j, out, "response.output_item.done");
  j.kv_int("output_index", b.item);
  j.key("item");
  write_item(j, item);
  end(j, out);
}

void ResponseEventWriter::finish_all(std::string& out) {
  if (finished_) return;
  finished_ = true;
  const std::string_view status = state_.status == "incomplete" ? "incomplete" : "completed";
  // In output order.
  std::vector<Block*> open_blocks;
  for (Block& b : blocks_) {
    if (!b.closed) open_blocks.push_back(&b);
  }
  std::sort(open_blocks.begin(), open_blocks.end(),
            [](const Block* a, const Block* b) { return a->item < b->item; });
  for (Block* b : open_blocks) close(*b, out, status);
}

void ResponseEventWriter::write(core::StreamFrame& frame, std::string& out) {
  if (stopped_) return;
  for (core::StreamEvent& e : frame.events) {
    if (const auto* u = e.get<core::UsageReport>()) {
      state_.usage = u->usage;
      continue;
    }
    if (e.choice != 0) continue;  // a Response has one answer
    if (const auto* m = e.get<core::MessageStart>()) {
      if (!started_) start(m, out);
      continue;
    }
    if (!started_) start(nullptr, out);
    if (finished_) continue;
    const auto at = static_cast<std::size_t>(e.block < 0 ? 0 : e.block);
    if (at >= blocks_.size()) blocks_.resize(at + 1);
    Block& b = blocks_[at];
    if (auto* s = e.get<core::BlockStart>()) {
      b.kind = s->kind;
      b.call_id = std::move(s->id);
      b.name = std::move(s->name);
      // A call is an item from its start (its name is known); text when it comes.
      if (b.kind == core::BlockKind::tool_use && b.item < 0) open(b, out);
    } else if (auto* d = e.get<core::BlockDelta>()) {
      if (b.closed) continue;  // no producer resumes a text block; never written twice
      if (b.item < 0) {
        if (d->text.empty() || d->kind == core::DeltaKind::signature) continue;
        open(b, out);
      }
      delta(b, *d, out);
    } else if (e.get<core::BlockStop>()) {
      // A call may still get fragments until the answer ends.
      if (b.kind != core::BlockKind::tool_use && !b.closed) close(b, out, "completed");
    } else if (auto* f = e.get<core::MessageDelta>()) {
      finish_state(f->finish_reason, state_);
      finish_all(out);
    }
  }
}

void ResponseEventWriter::done(std::string& out) {
  if (stopped_) return;
  if (!started_) start(nullptr, out);
  if (!finished_) {
    state_.status = "completed";
    finish_all(out);
  }
  stopped_ = true;
  if (state_.status == "in_progress") state_.status = "completed";
  Json j(out);
  begin(j, out, state_.status == "incomplete" ? "response.incomplete" : "response.completed");
  j.key("response");
  write_response(j, state_, echo_, items_);
  end(j, out);
}

void ResponseEventWriter::error(const core::Error& error, std::string& out) {
  if (stopped_) return;
  if (!started_) start(nullptr, out);
  stopped_ = true;
  // The Response's error codes are a closed list: a rate limit is its own,
  // anything else that breaks a stream after its start is the server's.
  const std::string_view code =
      error.kind == core::ErrorKind::rate_limited ||
              (error.kind == core::ErrorKind::upstream && error.status == 429)
          ? "rate_limit_exceeded"
          : "server_error";
  {
    Json j(out);
    begin(j, out, "error");
    j.key("error");
    j.start_object();
    j.kv("type", openai::error_type(error));
    j.kv("code", error.code.empty() ? code : std::string_view(error.code));
    j.kv("message", error.message);
    j.kv_str_or_null("param", error.param);
    j.end_object();
    end(j, out);
  }
  // Items cut short stay as far as they came, marked incomplete; no done
  // events are written for them.
  for (OutputItem& item : items_) {
    if (item.status == "in_progress") item.status = "incomplete";
  }
  state_.status = "failed";
  state_.incomplete_reason = {};
  state_.error_code = code;
  state_.error_message = error.message;
  Json j(out);
  begin(j, out, "response.failed");
  j.key("response");
  write_response(j, state_, echo_, items_);
  end(j, out);
}

}  // namespace switchyard::api::responses
