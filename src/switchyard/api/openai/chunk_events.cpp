#include "switchyard/api/openai/chunk_events.hpp"

#include <utility>

#include "switchyard/api/openai/chat_codec.hpp"

namespace switchyard::api::openai {
namespace {

core::MessageStart message_start(const ChatChunk& chunk, std::optional<core::Role> role) {
  core::MessageStart m;
  m.id = chunk.id;
  m.model = chunk.model;
  m.created = chunk.created;
  m.role = role;
  m.system_fingerprint = chunk.system_fingerprint;
  return m;
}

}  // namespace

void ChunkReader::read(ChatChunk& chunk, core::StreamFrame& out) {
  out.dialect = chunk.dialect;
  for (ChoiceDelta& d : chunk.choices) {
    const int c = d.index;
    if (!builder_.started(c)) builder_.start(out, c, message_start(chunk, d.role));
    core::ChoiceRaw& raw = out.choices.emplace_back();
    raw.choice = c;
    raw.logprobs_json = std::move(d.logprobs_json);
    raw.delta_extra = std::move(d.delta_extra);
    raw.extra = std::move(d.extra);
    if (d.reasoning) builder_.thinking(out, c, std::move(*d.reasoning), d.reasoning_member);
    if (d.content) builder_.text(out, c, std::move(*d.content));
    if (d.refusal) builder_.refusal(out, c, std::move(*d.refusal));
    for (ToolCallDelta& t : d.tool_calls) {
      builder_.tool_call(out, c, t.index, std::move(t.id), std::move(t.name),
                         std::move(t.arguments));
    }
    if (d.finish_reason.finished()) builder_.finish(out, c, std::move(d.finish_reason));
  }
  if (chunk.usage) {
    if (chunk.choices.empty() && !builder_.started(0))
      builder_.start(out, 0, message_start(chunk, std::nullopt));
    builder_.usage(out, std::move(*chunk.usage));
  }
  for (auto& member : chunk.extra) out.extra.push_back(std::move(member));
}

const ChunkWriter::Block* ChunkWriter::find(int choice, int block) const {
  for (auto it = blocks_.rbegin(); it != blocks_.rend(); ++it)
    if (it->choice == choice && it->block == block) return &*it;
  return nullptr;
}

ChoiceDelta& ChunkWriter::delta(int choice) {
  for (ChoiceDelta& d : chunk_.choices)
    if (d.index == choice) return d;
  ChoiceDelta& d = chunk_.choices.emplace_back();
  d.index = choice;
  return d;
}

void ChunkWriter::start_block(int choice, int block, core::BlockStart& start) {
  Block& b = blocks_.emplace_back();
  b.choice = choice;
  b.block = block;
  b.kind = start.kind;
  ChoiceDelta& d = delta(choice);
  switch (start.kind) {
    case core::BlockKind::text:
      if (!d.content) d.content.emplace();
      break;
    case core::BlockKind::refusal:
      if (!d.refusal) d.refusal.emplace();
      break;
    case core::BlockKind::thinking:
      b.reasoning_member = start.name == kReasoning ? kReasoning : kReasoningContent;
      d.reasoning_member = b.reasoning_member;
      if (!d.reasoning) d.reasoning.emplace();
      break;
    case core::BlockKind::tool_use: {
      for (const Block& other : blocks_)
        b.tool += &other != &b && other.choice == choice && other.kind == core::BlockKind::tool_use;
      ToolCallDelta& t = d.tool_calls.emplace_back();
      t.index = b.tool;
      t.id = std::move(start.id);
      t.name = std::move(start.name);
      break;
    }
  }
}

void ChunkWriter::add_delta(int choice, int block, core::BlockDelta& in) {
  const Block* b = find(choice, block);
  if (!b || in.kind == core::DeltaKind::signature) return;
  ChoiceDelta& d = delta(choice);
  auto append = [&](std::optional<std::string>& to) {
    if (!to || to->empty())
      to = std::move(in.text);
    else
      *to += in.text;
  };
  switch (b->kind) {
    case core::BlockKind::text:
      append(d.content);
      break;
    case core::BlockKind::refusal:
      append(d.refusal);
      break;
    case core::BlockKind::thinking:
      d.reasoning_member = b->reasoning_member;
      append(d.reasoning);
      break;
    case core::BlockKind::tool_use: {
      ToolCallDelta* t = nullptr;
      for (ToolCallDelta& c : d.tool_calls)
        if (c.index == b->tool) t = &c;
      if (!t) {
        t = &d.tool_calls.emplace_back();
        t->index = b->tool;
      }
      if (t->arguments.empty())
        t->arguments = std::move(in.text);
      else
        t->arguments += in.text;
      break;
    }
  }
}

void ChunkWriter::write(core::StreamFrame& frame, std::string& out) {
  chunk_.dialect = frame.dialect;
  chunk_.choices.clear();
  chunk_.usage.reset();
  chunk_.extra.clear();
  const bool raw = frame.dialect == core::Dialect::openai;
  for (core::ChoiceRaw& r : frame.choices) {
    ChoiceDelta& d = delta(r.choice);
    if (!raw) continue;
    d.logprobs_json = std::move(r.logprobs_json);
    d.delta_extra = std::move(r.delta_extra);
    d.extra = std::move(r.extra);
  }
  for (core::StreamEvent& e : frame.events) {
    if (auto* m = e.get<core::MessageStart>()) {
      if (!started_) {
        started_ = true;
        chunk_.id = std::move(m->id);
        chunk_.model = std::move(m->model);
        chunk_.created = m->created;
        chunk_.system_fingerprint = std::move(m->system_fingerprint);
      }
      if (m->role) delta(e.choice).role = m->role;
    } else if (auto* s = e.get<core::BlockStart>()) {
      start_block(e.choice, e.block, *s);
    } else if (auto* d = e.get<core::BlockDelta>()) {
      add_delta(e.choice, e.block, *d);
    } else if (auto* f = e.get<core::MessageDelta>()) {
      delta(e.choice).finish_reason = std::move(f->finish_reason);
    } else if (auto* u = e.get<core::UsageReport>()) {
      chunk_.usage = std::move(u->usage);
    }
  }
  if (raw)
    for (auto& member : frame.extra) chunk_.extra.push_back(std::move(member));
  encode_chat_chunk(chunk_, out);
}

}  // namespace switchyard::api::openai
