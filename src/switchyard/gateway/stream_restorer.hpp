// Restores a streamed answer frame by frame (core/stream.hpp): the text of
// every delta (text and refusal blocks, tool-call arguments, thinking; not
// a thinking signature, which is the provider's and must stay as signed)
// goes through a privacy::StreamRestorer of its block, so a placeholder
// split across deltas, at any byte, comes back whole. Text that could be the
// start of a placeholder is held back; it is released as a delta of its
// block just before the block stops or its choice finishes, or by flush()
// when the stream ends without either.
#pragma once

#include <vector>

#include "switchyard/core/stream.hpp"
#include "switchyard/privacy/redaction_vault.hpp"

namespace switchyard::gateway {

class FrameRestorer {
 public:
  explicit FrameRestorer(const privacy::RedactionVault& vault) : vault_(vault) {}

  void apply(core::StreamFrame& frame);
  // Appends a delta of whatever each block still holds to `frame`; false
  // when nothing was held.
  bool flush(core::StreamFrame& frame);

 private:
  struct Held {
    int choice = 0;
    int block = 0;
    core::DeltaKind kind = core::DeltaKind::text;
    privacy::StreamRestorer restorer;
  };
  privacy::StreamRestorer& of(int choice, int block, core::DeltaKind kind);
  // Inserts before events[at] a delta releasing what `h` holds; returns
  // whether it did.
  static bool release(Held& h, std::vector<core::StreamEvent>& events, std::size_t at);

  const privacy::RedactionVault& vault_;
  std::vector<Held> blocks_;  // one per block that had a delta
};

}  // namespace switchyard::gateway
