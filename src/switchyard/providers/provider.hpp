// The outbound adapter interface. One implementation per upstream protocol
// (openai_compatible, and llama for the in-process engine; anthropic, gemini
// and azure later). Adapters translate canonical requests to the upstream's wire
// format and its answers back, and classify failures as retryable or not;
// retry, fallback and routing decisions belong to the gateway, not here.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "switchyard/core/chat.hpp"
#include "switchyard/core/embedding.hpp"
#include "switchyard/core/error.hpp"
#include "switchyard/core/request_context.hpp"
#include "switchyard/core/stream.hpp"
#include "switchyard/http/asio.hpp"

namespace switchyard::providers {

// Receives a streamed answer frame by frame (core/stream.hpp), in order; it
// may move the frame's strings, and the provider reuses the frame for the
// next one. Returns false when the consumer is gone (client disconnected),
// which makes the provider stop and drop the upstream connection.
using FrameSink = std::function<http::Task<bool>(core::StreamFrame&)>;

struct StreamOutcome {
  std::optional<core::Error> error;  // unset: the stream completed
  bool started = false;              // at least one frame reached the sink
  bool consumer_gone = false;        // the sink returned false
};

class Provider {
 public:
  virtual ~Provider() = default;
  virtual const std::string& name() const = 0;

  virtual http::Task<core::Expected<core::ChatResponse>> chat(const core::ChatRequest& req,
                                                              std::string_view upstream_model,
                                                              core::RequestContext& ctx) = 0;

  virtual http::Task<StreamOutcome> chat_stream(const core::ChatRequest& req,
                                                std::string_view upstream_model,
                                                core::RequestContext& ctx, FrameSink& sink) = 0;

  // One vector per input, in order. Adapters that cannot embed keep this
  // default: a 400 with code embeddings_not_supported, on which the gateway
  // falls back to the model's next deployment.
  virtual http::Task<core::Expected<core::EmbeddingResponse>> embeddings(
      const core::EmbeddingRequest& /*req*/, std::string_view /*upstream_model*/,
      core::RequestContext& /*ctx*/) {
    std::string m = "provider '";
    m += name();
    m += "' does not serve embeddings; point the model at a deployment that does";
    co_return embeddings_not_supported(std::move(m));
  }

  // Requests queued or running here now (the in-process engine's waiting and
  // active sequences, the requests in flight on a pool's members), read by
  // load-aware spill from any thread; -1 when the provider cannot tell.
  virtual int queue_depth() const { return -1; }

  static core::Error embeddings_not_supported(std::string message) {
    return core::Error::invalid(std::move(message), "model", "embeddings_not_supported");
  }
};

}  // namespace switchyard::providers
