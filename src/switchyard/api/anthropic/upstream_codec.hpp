// Anthropic's Messages API outbound: the gateway speaking to an Anthropic
// upstream (providers/anthropic.*). The canonical request becomes a Messages
// body; the upstream's message, stream events and error objects become the
// canonical answer, block events and errors.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "switchyard/core/chat.hpp"
#include "switchyard/core/error.hpp"
#include "switchyard/core/stream.hpp"

namespace switchyard::api::anthropic {

// ChatRequest → a Messages body for `upstream_model`.
//   instructions (every system and developer message) → `system` text blocks
//   tool messages → tool_result blocks of a user turn (consecutive ones,
//     and the user message after them, one turn: Anthropic alternates turns)
//   images → base64 (a data: URI taken apart) or url sources
//   max_tokens → max_tokens, or `default_max_tokens` when the client set none
//     (Anthropic requires it)
//   temperature above 1 → 1 (Anthropic's range is 0-1)
//   stop → stop_sequences; user → metadata.user_id
//   tools, tool_choice, parallel_tool_calls: false → disable_parallel_tool_use
//   reasoning.budget_tokens → thinking {type: enabled, budget_tokens}
//   cache marks → cache_control
//   response_format json_schema → output_config.format {type: json_schema,
//     schema} (Anthropic's JSON outputs)
// Raw members are written back only when the request came in Anthropic's
// dialect; OpenAI's n, penalties, seed and logprobs have no place here and
// are left out (what cannot be left out is refused: unsendable_as_messages).
std::string encode_messages_request(const core::ChatRequest& req, std::string_view upstream_model,
                                    std::int64_t default_max_tokens);
// How the provider wants the body written.
struct MessagesBodyOptions {
  std::int64_t default_max_tokens = 4096;
  // Written as given rather than as the request says (the provider's whole
  // answer for a client that streams, and the reverse).
  bool stream = false;
  // API version 2026-10-21 refuses temperature, top_p and top_k (even at
  // their defaults): false leaves them out, a client's raw top_k included.
  bool sampling = true;
};
std::string encode_messages_request(const core::ChatRequest& req, std::string_view upstream_model,
                                    const MessagesBodyOptions& options);

// Whether an anthropic-version (a date) still takes temperature, top_p and
// top_k: versions before 2026-10-21.
bool version_takes_sampling(std::string_view anthropic_version);

// What a request carries that the Messages API cannot take and the gateway
// will not silently drop: a 400 naming the field, before anything is sent.
//   n above 1                       (one answer per request) → param n
//   response_format json_object     (Anthropic's JSON outputs take a schema)
//   response_format json_schema without a `schema`
//   an image data: URL that is not base64
//   another dialect's content parts (OpenAI's input_audio, file, ...)
// nullopt when the request can be sent.
std::optional<core::Error> unsendable_as_messages(const core::ChatRequest& req);

// An upstream's message → ChatResponse (dialect anthropic: its stop_reason
// word kept, the stop sequence matched in the choice's extra, usage with
// cache tokens counted into input_tokens as core::Usage counts them).
core::Expected<core::ChatResponse> decode_message_response(std::string_view body);

// An upstream's stream, event by event (the `data` of each SSE event; its
// "type" names it), into block events. Anthropic's block indexes are the
// events' block indexes. message_delta gives the finish and the whole usage
// (message_start's, updated); `error` events become an Error.
class MessageEventReader {
 public:
  // Appends `data`'s events to `out`; an error event, or data that is not
  // one of Anthropic's events, is an Error.
  core::Expected<bool> read(std::string_view data, core::StreamFrame& out);
  // message_stop has come.
  bool done() const { return done_; }

 private:
  bool started_ = false;
  bool done_ = false;
  core::Usage usage_;
  std::string model_;
};

// An upstream's error answer (status + body, possibly not JSON) → Error,
// keeping its status, type and message; 408, 409, 429, 5xx and 529
// (overloaded_error) are retryable.
core::Error decode_upstream_error(int status, std::string_view body);

}  // namespace switchyard::api::anthropic
