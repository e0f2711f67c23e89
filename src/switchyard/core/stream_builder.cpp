#include "switchyard/core/stream_builder.hpp"

#include <algorithm>
#include <utility>

namespace switchyard::core {
namespace {

void push(StreamFrame& f, int choice, int block, auto value) {
  StreamEvent& e = f.events.emplace_back();
  e.choice = choice;
  e.block = block;
  e.value = std::move(value);
}

void push_delta(StreamFrame& f, int choice, int block, DeltaKind kind, std::string text) {
  StreamEvent& e = f.events.emplace_back();
  e.choice = choice;
  e.block = block;
  BlockDelta& d = e.value.emplace<BlockDelta>();
  d.kind = kind;
  d.text = std::move(text);
}

}  // namespace

StreamBuilder::Choice& StreamBuilder::state(int choice) {
  for (Choice& c : choices_)
    if (c.choice == choice) return c;
  Choice& c = choices_.emplace_back();
  c.choice = choice;
  return c;
}

bool StreamBuilder::started(int choice) const {
  return std::any_of(choices_.begin(), choices_.end(),
                     [&](const Choice& c) { return c.choice == choice; });
}

void StreamBuilder::start(StreamFrame& f, int choice, MessageStart message) {
  state(choice);
  push(f, choice, 0, std::move(message));
}

void StreamBuilder::stop_open(StreamFrame& f, Choice& c) {
  if (c.open < 0) return;
  push(f, c.choice, c.open, BlockStop{});
  c.open = -1;
}

int StreamBuilder::block_of(StreamFrame& f, Choice& c, BlockKind kind, std::string id,
                            std::string name) {
  if (c.open >= 0 && c.open_kind == kind && kind != BlockKind::tool_use) return c.open;
  stop_open(f, c);
  c.open = c.next_block++;
  c.open_kind = kind;
  BlockStart s;
  s.kind = kind;
  s.id = std::move(id);
  s.name = std::move(name);
  push(f, c.choice, c.open, std::move(s));
  return c.open;
}

void StreamBuilder::text(StreamFrame& f, int choice, std::string text) {
  Choice& c = state(choice);
  const bool open = c.open >= 0 && c.open_kind == BlockKind::text;
  if (text.empty() && open) return;
  const int block = block_of(f, c, BlockKind::text, {}, {});
  if (!text.empty()) push_delta(f, choice, block, DeltaKind::text, std::move(text));
}

void StreamBuilder::refusal(StreamFrame& f, int choice, std::string text) {
  Choice& c = state(choice);
  const bool open = c.open >= 0 && c.open_kind == BlockKind::refusal;
  if (text.empty() && open) return;
  const int block = block_of(f, c, BlockKind::refusal, {}, {});
  if (!text.empty()) push_delta(f, choice, block, DeltaKind::text, std::move(text));
}

void StreamBuilder::thinking(StreamFrame& f, int choice, std::string text,
                             std::string_view member) {
  Choice& c = state(choice);
  const bool open = c.open >= 0 && c.open_kind == BlockKind::thinking;
  if (text.empty() && open) return;
  const int block = block_of(f, c, BlockKind::thinking, {}, std::string(member));
  if (!text.empty()) push_delta(f, choice, block, DeltaKind::thinking, std::move(text));
}

void StreamBuilder::tool_call(StreamFrame& f, int choice, int key, std::string id, std::string name,
                              std::string arguments) {
  Choice& c = state(choice);
  int block = -1;
  for (const auto& [k, b] : c.tools)
    if (k == key) block = b;
  if (block < 0) {
    block = block_of(f, c, BlockKind::tool_use, std::move(id), std::move(name));
    c.tools.emplace_back(key, block);
  }
  if (!arguments.empty()) push_delta(f, choice, block, DeltaKind::arguments, std::move(arguments));
}

void StreamBuilder::finish(StreamFrame& f, int choice, FinishReason reason) {
  Choice& c = state(choice);
  stop_open(f, c);
  push(f, choice, 0, MessageDelta{std::move(reason)});
}

void StreamBuilder::usage(StreamFrame& f, Usage usage) {
  push(f, 0, 0, UsageReport{std::move(usage)});
}

}  // namespace switchyard::core
