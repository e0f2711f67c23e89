#include "switchyard/gateway/stream_restorer.hpp"

#include <utility>

namespace switchyard::gateway {

privacy::StreamRestorer& FrameRestorer::of(int choice, int block, core::DeltaKind kind) {
  for (Held& h : blocks_)
    if (h.choice == choice && h.block == block) return h.restorer;
  blocks_.push_back(Held{choice, block, kind, privacy::StreamRestorer(vault_)});
  return blocks_.back().restorer;
}

bool FrameRestorer::release(Held& h, std::vector<core::StreamEvent>& events, std::size_t at) {
  if (!h.restorer.holding()) return false;
  core::StreamEvent e;
  e.choice = h.choice;
  e.block = h.block;
  core::BlockDelta& d = e.value.emplace<core::BlockDelta>();
  d.kind = h.kind;
  d.text = h.restorer.finish();
  events.insert(events.begin() + static_cast<std::ptrdiff_t>(at), std::move(e));
  return true;
}

void FrameRestorer::apply(core::StreamFrame& frame) {
  if (vault_.empty()) return;
  auto& events = frame.events;
  for (std::size_t i = 0; i < events.size(); ++i) {
    const int choice = events[i].choice;
    const int block = events[i].block;
    if (auto* d = events[i].get<core::BlockDelta>()) {
      if (d->kind != core::DeltaKind::signature) d->text = of(choice, block, d->kind).push(d->text);
    } else if (events[i].get<core::BlockStop>()) {
      for (Held& h : blocks_)
        if (h.choice == choice && h.block == block) i += release(h, events, i);
    } else if (events[i].get<core::MessageDelta>()) {
      // The choice ends: what any of its blocks still holds comes first.
      for (Held& h : blocks_)
        if (h.choice == choice) i += release(h, events, i);
    }
  }
}

bool FrameRestorer::flush(core::StreamFrame& frame) {
  bool any = false;
  for (Held& h : blocks_) any |= release(h, frame.events, frame.events.size());
  return any;
}

}  // namespace switchyard::gateway
