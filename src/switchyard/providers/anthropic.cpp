#include "switchyard/providers/anthropic.hpp"

#include <vector>

#include "switchyard/api/anthropic/beta_header.hpp"
#include "switchyard/api/anthropic/upstream_codec.hpp"
#include "switchyard/providers/anthropic_error.hpp"
#include "switchyard/providers/upstream_error.hpp"
#include "switchyard/providers/upstream_failure.hpp"

namespace switchyard::providers {

namespace anthropic = api::anthropic;

namespace {

bool only_message_start(const core::StreamFrame& frame) {
  if (frame.events.empty()) return false;
  for (const core::StreamEvent& e : frame.events)
    if (!std::holds_alternative<core::MessageStart>(e.value)) return false;
  return true;
}

}  // namespace

core::Expected<http::ClientRequest> AnthropicProvider::make_request(
    const core::ChatRequest& req, std::string_view model, bool stream,
    const core::RequestContext& ctx) const {
  if (auto refused = anthropic::unsendable_as_messages(req)) return std::move(*refused);
  http::ClientRequest out;
  out.method = http::bhttp::verb::post;
  out.target = "/messages";
  out.headers.emplace_back("content-type", "application/json");
  if (stream) out.headers.emplace_back("accept", "text/event-stream");
  out.headers.emplace_back("anthropic-version", options_.anthropic_version);
  // An Anthropic client's beta features, as it named them.
  if (!ctx.anthropic_beta.empty())
    out.headers.emplace_back("anthropic-beta", anthropic::beta_header_value(ctx.anthropic_beta));
  if (!options_.api_key.empty()) out.headers.emplace_back("x-api-key", options_.api_key);
  anthropic::MessagesBodyOptions body;
  body.default_max_tokens = options_.default_max_tokens;
  body.stream = stream;
  body.sampling = anthropic::version_takes_sampling(options_.anthropic_version);
  out.body = anthropic::encode_messages_request(req, model, body);
  return out;
}

UpstreamAttempt AnthropicProvider::attempt(core::RequestContext& ctx, std::string_view model,
                                           bool stream) const {
  return UpstreamAttempt(ctx, upstream_name(options_.name, model), attempt_timeouts(options_),
                         stream);
}

http::Task<core::Expected<core::ChatResponse>> AnthropicProvider::chat(
    const core::ChatRequest& req, std::string_view upstream_model, core::RequestContext& ctx) {
  auto creq = make_request(req, upstream_model, false, ctx);
  if (!creq) co_return creq.error();
  UpstreamAttempt at = attempt(ctx, upstream_model, false);
  auto res = co_await at.request(options_.base, options_.tls, std::move(*creq),
                                 options_.connect_timeout, options_.max_response_bytes);
  if (!res) co_return std::move(res.error());
  if (res->status < 200 || res->status > 299)
    co_return anthropic_upstream_error(static_cast<int>(res->status), res->body, res->retry_after,
                                       res->error_headers, options_.api_key);
  auto decoded = anthropic::decode_message_response(res->body);
  if (!decoded) co_return invalid_upstream_payload("response", decoded.error());
  co_return std::move(*decoded);
}

http::Task<StreamOutcome> AnthropicProvider::chat_stream(const core::ChatRequest& req,
                                                         std::string_view upstream_model,
                                                         core::RequestContext& ctx,
                                                         FrameSink& sink) {
  StreamOutcome outcome;
  auto creq = make_request(req, upstream_model, true, ctx);
  if (!creq) {
    outcome.error = creq.error();
    co_return outcome;
  }
  UpstreamAttempt at = attempt(ctx, upstream_model, true);
  auto opened =
      co_await at.open(options_.base, options_.tls, std::move(*creq), options_.connect_timeout);
  if (!opened) {
    outcome.error = std::move(opened.error());
    co_return outcome;
  }
  auto& stream = **opened;
  if (stream.status() < 200 || stream.status() > 299) {
    const std::string body = co_await at.error_body(stream);
    outcome.error =
        anthropic_upstream_error(static_cast<int>(stream.status()), body, stream.retry_after(),
                                 stream.error_headers(), options_.api_key);
    co_return outcome;
  }

  anthropic::MessageEventReader reader;
  bool holding = false;  // `frame` holds message_start, not sent yet
  http::SseParser parser(options_.sse);
  std::vector<http::SseEvent> events;
  core::StreamFrame frame;  // reused: its lists keep their capacity
  while (!reader.done()) {
    auto more = co_await at.next_events(stream, parser, events, outcome.started);
    if (!more) {
      outcome.error = std::move(more.error());
      co_return outcome;
    }
    if (!*more) break;  // body complete
    for (auto& e : events) {
      if (!holding) frame.clear();
      auto read = reader.read(e.data, frame);
      if (!read) {
        // An `error` event (overloaded_error, ...) or data that is no event.
        core::Error err = std::move(read.error());
        scrub_secrets(err, options_.api_key);
        err.retryable = err.retryable && !outcome.started;
        outcome.error = std::move(err);
        co_return outcome;
      }
      // The message's start waits for its first content: Anthropic may
      // answer 200 and then an overloaded_error event, which is retried
      // (and falls back) as long as nothing has reached the client.
      holding = !outcome.started && only_message_start(frame);
      if (!frame.empty() && !holding) {
        outcome.started = true;
        if (!co_await sink(frame)) {
          outcome.consumer_gone = true;
          co_return outcome;
        }
      }
      if (reader.done()) break;
    }
    if (!reader.done() && parser.stop() != http::SseStop::none) {
      outcome.error = stream_limit_error(at.who(), parser.stop(), parser.limits());
      outcome.error->retryable = !outcome.started;
      co_return outcome;
    }
  }
  if (!reader.done()) {
    outcome.error = core::Error{core::ErrorKind::upstream_unreachable,
                                502,
                                "upstream " + at.who() +
                                    " ended the stream before its answer finished (no "
                                    "message_stop)",
                                {},
                                {},
                                !outcome.started};
  } else {
    // Drain what follows message_stop so the connection can be reused.
    co_await at.drain(stream);
  }
  co_return outcome;
}

}  // namespace switchyard::providers
