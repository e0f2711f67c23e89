// Adapter for Anthropic's Messages API (config kind anthropic):
//
//   POST {base}/messages            base: https://api.anthropic.com/v1 unless configured
//
// with the key in `x-api-key`, an Anthropic client's `anthropic-beta`
// features (core::RequestContext) and the API version in `anthropic-version`
// (2023-06-01 unless configured: the version that still takes temperature,
// top_p and top_k; with 2026-10-21 or later they are left out, since that
// version refuses them). The body is the canonical request as a
// Messages body (api/anthropic/upstream_codec.hpp: max_tokens defaulted to
// `default_max_tokens` when the client set none, since Anthropic requires
// it); what the Messages API cannot take is refused with a 400 before
// anything is sent (unsendable_as_messages). Answers come back as a
// message, or as Anthropic's SSE events (message_start, content_block_*,
// message_delta, message_stop, ping, error) read into block events; a
// stream is complete at message_stop. Error answers are
// anthropic_error.hpp (529 overloaded_error and 429 retried by the
// gateway's policy, after retry-after or the anthropic-ratelimit-* reset).
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include "switchyard/http/client.hpp"
#include "switchyard/http/sse.hpp"
#include "switchyard/providers/provider.hpp"
#include "switchyard/providers/upstream_attempt.hpp"

namespace switchyard::providers {

struct AnthropicOptions {
  std::string name;
  http::Url base;                                // e.g. https://api.anthropic.com/v1
  std::string api_key;                           // sent as x-api-key; empty: none
  std::string anthropic_version = "2023-06-01";  // the anthropic-version header
  std::int64_t default_max_tokens = 4096;        // max_tokens when the client set none
  http::TlsOptions tls;
  std::chrono::milliseconds connect_timeout{5'000};
  std::chrono::milliseconds timeout{120'000};  // one attempt
  std::chrono::milliseconds first_byte_timeout{60'000};
  std::chrono::milliseconds stream_idle_timeout{30'000};
  http::SseLimits sse;
  std::size_t max_response_bytes = 64u << 20;
};

class AnthropicProvider final : public Provider {
 public:
  explicit AnthropicProvider(AnthropicOptions options) : options_(std::move(options)) {}
  const std::string& name() const override { return options_.name; }

  http::Task<core::Expected<core::ChatResponse>> chat(const core::ChatRequest& req,
                                                      std::string_view upstream_model,
                                                      core::RequestContext& ctx) override;
  http::Task<StreamOutcome> chat_stream(const core::ChatRequest& req,
                                        std::string_view upstream_model, core::RequestContext& ctx,
                                        FrameSink& sink) override;

 private:
  // `ctx`: the client's anthropic-beta features, sent on.
  core::Expected<http::ClientRequest> make_request(const core::ChatRequest& req,
                                                   std::string_view model, bool stream,
                                                   const core::RequestContext& ctx) const;
  UpstreamAttempt attempt(core::RequestContext& ctx, std::string_view model, bool stream) const;

  AnthropicOptions options_;
};

}  // namespace switchyard::providers
