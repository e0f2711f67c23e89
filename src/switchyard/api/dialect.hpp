// An inbound dialect: the wire format a client speaks to the gateway (today
// OpenAI's; Anthropic's Messages later). It turns request bodies into the
// canonical model and canonical answers, streams and errors back into the
// dialect's bytes; the gateway's route table picks one per path, and nothing
// else writes a dialect's bytes.
//
// Dialects are stateless and shared by every io thread: built once at
// start, every method const. A streamed answer's framing state (what has
// been opened, what must be closed) lives in a ChatStreamWriter made for
// that one stream.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "switchyard/core/chat.hpp"
#include "switchyard/core/embedding.hpp"
#include "switchyard/core/error.hpp"
#include "switchyard/core/stream.hpp"

namespace switchyard::api {

// One streamed chat answer in its dialect's framing. Each call appends the
// bytes that go on the wire to `out` (possibly none); the caller writes
// them. Exactly one of error() and done() ends a stream, unless the client
// has gone.
class ChatStreamWriter {
 public:
  virtual ~ChatStreamWriter() = default;
  virtual std::string_view content_type() const = 0;
  // The events of one frame (core/stream.hpp), written as the dialect's
  // pieces; the writer may move the frame's strings.
  virtual void frame(core::StreamFrame& frame, std::string& out) = 0;
  // A failure after the first byte: too late for a status code, so the
  // stream carries it in-band and ends.
  virtual void error(const core::Error& error, std::string& out) = 0;
  // The answer is complete (and recorded).
  virtual void done(std::string& out) = 0;
};

class Dialect {
 public:
  virtual ~Dialect() = default;

  // Errors are the client's (400) and say which field to fix, in the
  // dialect's own terms.
  virtual core::Expected<core::ChatRequest> decode_chat_request(std::string_view body) const = 0;
  virtual core::Expected<core::EmbeddingRequest> decode_embedding_request(
      std::string_view body) const = 0;

  // Content type of every whole (not streamed) body below.
  virtual std::string_view content_type() const = 0;
  virtual std::string encode_chat_response(const core::ChatResponse& response) const = 0;
  // The answer to `request`, for a dialect whose answer repeats parts of the
  // request (OpenAI's Responses API echoes its settings); by default the
  // answer alone.
  virtual std::string encode_chat_response_for(const core::ChatResponse& response,
                                               const core::ChatRequest& request) const {
    (void)request;
    return encode_chat_response(response);
  }
  // For `request`'s stream: a writer for that one stream.
  virtual std::unique_ptr<ChatStreamWriter> chat_stream_writer(
      const core::ChatRequest& request) const = 0;
  // `request` is the one answered: how it asked for the vectors to be encoded.
  virtual std::string encode_embedding_response(const core::EmbeddingResponse& response,
                                                const core::EmbeddingRequest& request) const = 0;
  virtual std::string encode_error(const core::Error& error) const = 0;

  // The models the gateway serves (list, and one by id), each owned by `owner`.
  virtual std::string encode_model_list(const std::vector<std::string>& ids,
                                        std::string_view owner) const = 0;
  virtual std::string encode_model(std::string_view id, std::string_view owner) const = 0;
  // The model id in a retrieve path, after the route's prefix (e.g.
  // ".../models/"), as the dialect's clients escape it.
  virtual std::string model_id_from_path(std::string_view rest) const = 0;
};

}  // namespace switchyard::api
