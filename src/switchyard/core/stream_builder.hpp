// Turns what a producer reads piece by piece (an upstream's chunk deltas,
// the engine's tokens and parsed tool calls) into block events: a block
// starts at the first piece of its kind, the open block stops when a piece
// of another kind arrives (so blocks follow one another, as Anthropic's
// content_block events must), blocks are numbered per choice in order, and
// the open block stops before the choice's finish. One builder per stream;
// each call appends to the frame being built.
//
// Tool calls are named by the producer's own key (OpenAI's tool-call index).
// A fragment for a call whose block has already stopped (an upstream that
// interleaves its calls) is a delta of that block's index all the same: an
// OpenAI writer places it by index; an Anthropic writer must hold it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "switchyard/core/stream.hpp"

namespace switchyard::core {

class StreamBuilder {
 public:
  // Whether `choice` has started (start() was called for it).
  bool started(int choice) const;
  void start(StreamFrame& f, int choice, MessageStart message);

  // A piece of the answer's text; empty text opens the block, as OpenAI's
  // first `"content": ""` does, and is otherwise nothing.
  void text(StreamFrame& f, int choice, std::string text);
  void refusal(StreamFrame& f, int choice, std::string text);
  // `member`: what the upstream called it (BlockStart::name).
  void thinking(StreamFrame& f, int choice, std::string text, std::string_view member = {});
  // A call's first piece (its id and name) or a later one (both empty);
  // `arguments` a fragment of its arguments JSON, possibly empty.
  void tool_call(StreamFrame& f, int choice, int key, std::string id, std::string name,
                 std::string arguments);
  // The choice ends: its open block stops, then the finish reason.
  void finish(StreamFrame& f, int choice, FinishReason reason);
  void usage(StreamFrame& f, Usage usage);

 private:
  struct Choice {
    int choice = 0;
    int next_block = 0;
    int open = -1;  // the open block's index; -1: none
    BlockKind open_kind = BlockKind::text;
    std::vector<std::pair<int, int>> tools;  // producer's key → block index
  };
  Choice& state(int choice);
  // The open block when it is of `kind`, else a new one (the open one stopped).
  int block_of(StreamFrame& f, Choice& c, BlockKind kind, std::string id, std::string name);
  void stop_open(StreamFrame& f, Choice& c);

  std::vector<Choice> choices_;  // one, or a few for OpenAI's n
};

}  // namespace switchyard::core
