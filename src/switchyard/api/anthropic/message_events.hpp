// Anthropic's streamed message from the gateway's block events
// (core/stream.hpp): message_start (then one ping), content_block_start /
// content_block_delta (text_delta, input_json_delta, thinking_delta,
// signature_delta) / content_block_stop, message_delta (stop_reason and
// usage), message_stop; an in-band `error` event for a failure after the
// first byte. Each event is an SSE `event:` line and its `data:`.
//
// Anthropic's blocks follow one another: once a block has stopped it takes
// no more deltas. core::StreamBuilder numbers blocks in that order, but an
// upstream that interleaves its tool calls (OpenAI's chunks allow it) sends
// a fragment for a call whose block has already stopped. So a tool_use
// block is not closed when the events say it stops: it stays the open one,
// its late fragments go to it, and the blocks that started after it are
// held (their starts and deltas kept in order) until the answer finishes,
// then written out whole, each after the one before has stopped. A text or
// thinking block, which no producer resumes, streams as it comes. A text
// block that stops without any text is left out (Anthropic sends none), so
// Anthropic's block indexes are given as blocks are written.
//
// message_start carries what is known then (usage 0: OpenAI-compatible
// upstreams report usage only at the end); message_delta carries the whole
// usage, input and cache tokens included, once the usage report has come
// (or at done() without one).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "switchyard/core/error.hpp"
#include "switchyard/core/stream.hpp"

namespace switchyard::api::anthropic {

// A streamed redacted_thinking block, as the block events carry it: a
// thinking BlockStart named this, its encrypted data in signature deltas
// (passed through as they came: never restored, never shown to an OpenAI
// client as reasoning), written back whole in content_block_start.
inline constexpr std::string_view kRedactedThinking = "redacted_thinking";

class MessageEventWriter {
 public:
  // Appends the events for `frame` (its choice 0; Anthropic has one answer).
  void write(core::StreamFrame& frame, std::string& out);
  // The answer is complete: whatever is held, message_delta if not yet
  // written, message_stop.
  void done(std::string& out);
  // A failure mid-stream: the `error` event (the stream then ends).
  void error(const core::Error& error, std::string& out);

 private:
  struct Block {
    core::BlockKind kind = core::BlockKind::text;
    std::string id;                      // tool_use
    std::string name;                    // tool_use
    std::vector<core::BlockDelta> held;  // deltas not yet written
    bool stopped = false;                // its stop event has come
    int index = -1;                      // Anthropic's index once its start is written
    bool closed = false;                 // its content_block_stop is written
  };

  void start_message(const core::MessageStart* start, std::string& out);
  // Writes what the blocks from `live_` on allow: each in order, until one
  // must stay open. `finishing`: the answer has ended; every block closes.
  void advance(std::string& out, bool finishing);
  void open_block(Block& b, std::string& out);
  void write_delta(const Block& b, const core::BlockDelta& d, std::string& out);
  void close_block(Block& b, std::string& out);
  void message_delta(std::string& out);

  bool started_ = false;
  std::vector<Block> blocks_;  // by the events' block index
  std::size_t live_ = 0;       // the first block not yet closed
  int next_index_ = 0;
  std::optional<core::FinishReason> finish_;
  std::optional<core::Usage> usage_;
  bool delta_written_ = false;
  bool stopped_ = false;  // message_stop or error written
};

}  // namespace switchyard::api::anthropic
