#include "switchyard/providers/gemini.hpp"

#include <vector>

#include "switchyard/providers/azure_openai.hpp"
#include "switchyard/providers/gemini_error.hpp"
#include "switchyard/providers/gemini_request.hpp"
#include "switchyard/providers/gemini_response.hpp"
#include "switchyard/providers/upstream_failure.hpp"

namespace switchyard::providers {
namespace {

// Built outside the coroutines (g++ 12 and braced lists in coroutine bodies).
GeminiAnswerNames names_of(std::string_view model, const core::RequestContext& ctx) {
  GeminiAnswerNames n;
  n.model = model;
  n.fallback_id = ctx.request_id.empty() ? "gemini-answer" : ctx.request_id;
  return n;
}

}  // namespace

std::string GeminiProvider::target(std::string_view model, std::string_view method) {
  std::string t = "/";
  std::string_view name = model;
  for (std::string_view collection : {"models/", "tunedModels/"}) {
    if (model.starts_with(collection)) {
      t += collection;
      name.remove_prefix(collection.size());
      break;
    }
  }
  if (t.size() == 1) t += "models/";
  t += percent_encode(name);
  t += ':';
  t += method;
  return t;
}

core::Expected<http::ClientRequest> GeminiProvider::make_request(const core::ChatRequest& req,
                                                                 std::string_view model,
                                                                 bool stream) const {
  auto body = encode_gemini_request(req);
  if (!body) return body.error();
  http::ClientRequest out;
  out.method = http::bhttp::verb::post;
  out.target = target(model, stream ? "streamGenerateContent?alt=sse" : "generateContent");
  out.headers.emplace_back("content-type", "application/json");
  if (stream) out.headers.emplace_back("accept", "text/event-stream");
  if (!options_.api_key.empty()) out.headers.emplace_back("x-goog-api-key", options_.api_key);
  out.body = std::move(*body);
  return out;
}

UpstreamAttempt GeminiProvider::attempt(core::RequestContext& ctx, std::string_view model,
                                        bool stream) const {
  return UpstreamAttempt(ctx, upstream_name(options_.name, model), attempt_timeouts(options_),
                         stream);
}

http::Task<core::Expected<core::ChatResponse>> GeminiProvider::chat(const core::ChatRequest& req,
                                                                    std::string_view upstream_model,
                                                                    core::RequestContext& ctx) {
  auto creq = make_request(req, upstream_model, false);
  if (!creq) co_return creq.error();
  UpstreamAttempt at = attempt(ctx, upstream_model, false);
  auto res = co_await at.request(options_.base, options_.tls, std::move(*creq),
                                 options_.connect_timeout, options_.max_response_bytes);
  if (!res) co_return std::move(res.error());
  if (res->status < 200 || res->status > 299)
    co_return gemini_upstream_error(static_cast<int>(res->status), res->body, res->retry_after,
                                    options_.api_key);
  auto decoded = decode_gemini_response(res->body, names_of(upstream_model, ctx));
  if (!decoded) co_return invalid_upstream_payload("response", decoded.error());
  co_return std::move(*decoded);
}

http::Task<StreamOutcome> GeminiProvider::chat_stream(const core::ChatRequest& req,
                                                      std::string_view upstream_model,
                                                      core::RequestContext& ctx, FrameSink& sink) {
  StreamOutcome outcome;
  auto creq = make_request(req, upstream_model, true);
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
    outcome.error = gemini_upstream_error(static_cast<int>(stream.status()), body,
                                          stream.retry_after(), options_.api_key);
    co_return outcome;
  }

  GeminiStreamReader reader(names_of(upstream_model, ctx));
  http::SseParser parser(options_.sse);
  std::vector<http::SseEvent> events;
  core::StreamFrame frame;  // reused: its lists keep their capacity
  for (;;) {
    auto more = co_await at.next_events(stream, parser, events, outcome.started);
    if (!more) {
      outcome.error = std::move(more.error());
      co_return outcome;
    }
    if (!*more) break;  // body complete
    for (auto& e : events) {
      if (e.data.starts_with("{\"error\"")) {
        outcome.error = gemini_upstream_error(502, e.data, {}, options_.api_key);
        outcome.error->retryable = !outcome.started;
        co_return outcome;
      }
      frame.clear();
      auto read = reader.read(e.data, frame);
      if (!read) {
        outcome.error = invalid_upstream_payload("stream event", read.error());
        outcome.error->retryable = !outcome.started;
        co_return outcome;
      }
      if (frame.empty()) continue;
      outcome.started = true;
      if (!co_await sink(frame)) {
        outcome.consumer_gone = true;
        co_return outcome;
      }
    }
    if (parser.stop() != http::SseStop::none) {
      outcome.error = stream_limit_error(at.who(), parser.stop(), parser.limits());
      outcome.error->retryable = !outcome.started;
      co_return outcome;
    }
  }
  frame.clear();
  const bool complete = reader.end(frame);
  if (!frame.empty()) {
    outcome.started = true;
    if (!co_await sink(frame)) {
      outcome.consumer_gone = true;
      co_return outcome;
    }
  }
  if (!complete)
    outcome.error = core::Error{core::ErrorKind::upstream_unreachable,
                                502,
                                "upstream " + at.who() +
                                    " ended the stream before its answer finished (no "
                                    "finishReason)",
                                {},
                                {},
                                !outcome.started};
  co_return outcome;
}

}  // namespace switchyard::providers
