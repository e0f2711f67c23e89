// The Responses API's streamed answer from the gateway's block events
// (core/stream.hpp), as OpenAI's semantic events, each an SSE `event:` line
// and its `data:` with a sequence_number from 0:
//   response.created, response.in_progress       (the Response, in_progress)
//   per text or refusal block: a message item
//     response.output_item.added, response.content_part.added,
//     response.output_text.delta (refusal: response.refusal.delta) ...,
//     response.output_text.done (response.refusal.done),
//     response.content_part.done, response.output_item.done
//   per tool call: a function_call item
//     response.output_item.added, response.function_call_arguments.delta ...,
//     response.function_call_arguments.done, response.output_item.done
//   per thinking block: a reasoning item with a reasoning_text part
//     (response.reasoning_text.delta / .done)
//   response.completed (response.incomplete when the answer was cut), with
//     the whole Response: its output items and usage
// and a failure after the first byte as OpenAI's API reports one: an
// `error` event ({"error": {type, code, message, param}}, nested as the
// live API sends it), then `response.failed` (the Response so far, status
// failed, error {code: rate_limit_exceeded or server_error, message}); the
// stream then ends. Items cut short are left incomplete, without done events.
//
// Every event names its item (item_id, output_index), so deltas need not
// follow one another: a tool call's item stays open until the answer
// finishes (an upstream may interleave its calls' fragments); a text,
// refusal or thinking item is done when its block stops. An item is opened
// at its first text, so a block that stops empty makes none.
#pragma once

#include <string>
#include <vector>

#include "switchyard/api/responses/response_object.hpp"
#include "switchyard/api/responses/responses_codec.hpp"
#include "switchyard/core/error.hpp"
#include "switchyard/core/stream.hpp"

namespace switchyard::api::responses {

class ResponseEventWriter {
 public:
  explicit ResponseEventWriter(RequestEcho echo) : echo_(std::move(echo)) {}

  // Appends the events for `frame` (its choice 0: a Response has one answer).
  void write(core::StreamFrame& frame, std::string& out);
  // The answer is complete: every open item done, then response.completed
  // (or response.incomplete).
  void done(std::string& out);
  // A failure mid-stream: `error`, then `response.failed` (the stream then ends).
  void error(const core::Error& error, std::string& out);

 private:
  struct Block {
    core::BlockKind kind = core::BlockKind::text;
    std::string call_id;  // tool_use
    std::string name;     // tool_use
    int item = -1;        // its output item once opened
    bool closed = false;
  };

  void start(const core::MessageStart* start, std::string& out);
  // Begins an event of type `type`: its SSE lines and the data's first
  // members (type, sequence_number); the caller writes the rest and closes.
  void begin(Json& j, std::string& out, std::string_view type);
  void end(Json& j, std::string& out);
  void open(Block& b, std::string& out);
  void delta(const Block& b, const core::BlockDelta& d, std::string& out);
  void close(Block& b, std::string& out, std::string_view status);
  void finish_all(std::string& out);

  RequestEcho echo_;
  ResponseState state_;
  std::vector<OutputItem> items_;
  std::vector<Block> blocks_;  // by the events' block index
  std::int64_t sequence_ = 0;
  bool started_ = false;
  bool finished_ = false;  // every item done
  bool stopped_ = false;   // response.completed or error written
};

}  // namespace switchyard::api::responses
