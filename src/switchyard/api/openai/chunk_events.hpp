// OpenAI's streamed chunks and the gateway's block events (core/stream.hpp),
// both ways: ChunkReader turns an upstream's chunks into events, ChunkWriter
// turns events into the chunks a client reads. Each holds the state of one
// stream (which blocks are open, which tool call a block is).
//
// A chunk read and written again comes out as it came (JsonEq): its
// logprobs and every unmodelled member ride in the frame as the upstream's
// text. What changes: the id, model, created and system_fingerprint of
// every chunk are those of the first (the message's), a role repeated
// after a choice's first delta is not repeated, and `"content": ""` after
// the first is not written.
#pragma once

#include <string>
#include <vector>

#include "switchyard/api/openai/chat_chunk.hpp"
#include "switchyard/core/stream.hpp"
#include "switchyard/core/stream_builder.hpp"

namespace switchyard::api::openai {

class ChunkReader {
 public:
  // Appends `chunk`'s events and raw members to `out` (strings are moved
  // out of `chunk`). The message starts with a choice's first delta, or
  // with a usage chunk when no choice came (its id and model).
  void read(ChatChunk& chunk, core::StreamFrame& out);

 private:
  core::StreamBuilder builder_;
};

class ChunkWriter {
 public:
  // `frame` as one chat.completion.chunk (JSON), appended to `out`; strings
  // are moved out of `frame`. Raw members of another dialect are left out;
  // a thinking signature has no OpenAI shape and is left out.
  void write(core::StreamFrame& frame, std::string& out);

 private:
  struct Block {
    int choice = 0;
    int block = 0;
    core::BlockKind kind = core::BlockKind::text;
    int tool = 0;  // tool_use: the call's index among the choice's calls
    std::string_view reasoning_member = kReasoningContent;
  };
  const Block* find(int choice, int block) const;
  ChoiceDelta& delta(int choice);
  void start_block(int choice, int block, core::BlockStart& start);
  void add_delta(int choice, int block, core::BlockDelta& delta);

  ChatChunk chunk_;  // reused: the message's envelope, this frame's choices
  bool started_ = false;
  std::vector<Block> blocks_;
};

}  // namespace switchyard::api::openai
