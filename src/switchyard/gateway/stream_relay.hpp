// One streamed chat attempt, relayed frame by frame (core/stream.hpp) from
// the provider to the client through the dialect's stream writer: output tokens counted as they
// pass (the usage of a stream the client closes), redacted values restored
// (placeholders split across deltas held back until complete), the usage
// passed on only when the client asked for it (include_usage), and
// the record made durable before the stream ends. A failure after the first
// byte is too late to retry or fall back: it goes to the client in-band.
#pragma once

#include <optional>

#include "switchyard/core/chat.hpp"
#include "switchyard/core/error.hpp"
#include "switchyard/core/stream.hpp"
#include "switchyard/gateway/deployment.hpp"
#include "switchyard/gateway/exchange.hpp"
#include "switchyard/gateway/respond_stage.hpp"
#include "switchyard/http/server.hpp"

namespace switchyard::gateway {

struct DeploymentMetrics;

// Streams `outbound` (the request as it goes to `dep`: redacted or not) and
// relays the answer. Returns the error to retry or fall back on when nothing
// reached the client; nullopt once the stream has been answered, recorded
// and ended (or the client has gone).
http::Task<std::optional<core::Error>> relay_chat_stream(Exchange& ex, RespondStage& respond,
                                                         const Deployment& dep,
                                                         const core::ChatRequest& outbound,
                                                         const http::Headers& headers,
                                                         DeploymentMetrics& dm);

// Output tokens a streamed frame carried, counted as it passes: one for each
// delta of text, refusal, thinking or tool-call arguments. OpenAI, vLLM,
// llama-server and the in-process engine stream one token per chunk, so this
// is the count when the stream ends before the upstream's usage (the client
// closed it).
std::int64_t streamed_tokens(const core::StreamFrame& frame);

// Usage for a stream that ended before the upstream reported it: the
// completion tokens counted as they streamed, the prompt estimated at four
// bytes a token (OpenAI's rule of thumb for English) of the text sent.
core::Usage estimated_usage(const core::ChatRequest& sent, std::int64_t completion_tokens);

}  // namespace switchyard::gateway
