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

std::string GeminiProvider::who(std::string_view model) const {
  std::string w = "'" + options_.name + "' (model '";
  w += model;
  w += "')";
  return w;
}

AttemptClock GeminiProvider::clock(const core::RequestContext& ctx, std::string_view model,
                                   bool stream) const {
  AttemptTimeouts t;
  t.attempt = options_.timeout;
  t.first_byte = options_.first_byte_timeout;
  t.stream_idle = options_.stream_idle_timeout;
  return AttemptClock(who(model), t, ctx.deadline, stream);
}

http::Task<core::Expected<core::ChatResponse>> GeminiProvider::chat(const core::ChatRequest& req,
                                                                    std::string_view upstream_model,
                                                                    core::RequestContext& ctx) {
  auto creq = make_request(req, upstream_model, false);
  if (!creq) co_return creq.error();
  AttemptClock clk = clock(ctx, upstream_model, false);
  core::Expected<http::ClientResponse> res = core::Error::internal("not sent");
  {
    core::UpstreamWaitTimer wait(ctx);
    res = co_await http::Client::request(options_.base, options_.tls, std::move(*creq),
                                         options_.connect_timeout, clk.next(),
                                         options_.max_response_bytes);
  }
  if (!res)
    co_return attempt_failure(std::move(res.error()), clk, who(upstream_model),
                              options_.max_response_bytes);
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
  AttemptClock clk = clock(ctx, upstream_model, true);
  const auto deadline = clk.attempt_end();
  const std::string upstream = who(upstream_model);
  core::Expected<std::unique_ptr<http::ResponseStream>> opened = core::Error::internal("not sent");
  {
    core::UpstreamWaitTimer wait(ctx);
    opened = co_await http::Client::open(options_.base, options_.tls, std::move(*creq),
                                         options_.connect_timeout, clk.next());
  }
  if (!opened) {
    outcome.error = attempt_failure(std::move(opened.error()), clk, upstream, 0);
    co_return outcome;
  }
  auto& stream = **opened;
  if (stream.status() < 200 || stream.status() > 299) {
    std::string body;
    {
      core::UpstreamWaitTimer wait(ctx);
      body = co_await stream.read_all(deadline);
    }
    outcome.error = gemini_upstream_error(static_cast<int>(stream.status()), body,
                                          stream.retry_after(), options_.api_key);
    co_return outcome;
  }

  GeminiStreamReader reader(names_of(upstream_model, ctx));
  http::SseParser parser(options_.sse);
  std::vector<http::SseEvent> events;
  core::StreamFrame frame;  // reused: its lists keep their capacity
  for (;;) {
    core::Expected<std::string> piece = core::Error::internal("not read");
    {
      core::UpstreamWaitTimer wait(ctx);
      piece = co_await stream.read(clk.next());
    }
    if (!piece) {
      outcome.error = attempt_failure(std::move(piece.error()), clk, upstream, 0);
      outcome.error->retryable = !outcome.started;
      co_return outcome;
    }
    if (piece->empty()) break;  // body complete
    clk.got_bytes();
    events.clear();
    parser.feed(*piece, [&](const http::SseEvent& e) {
      events.push_back(e);
      return true;
    });
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
      outcome.error = stream_limit_error(upstream, parser.stop(), parser.limits());
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
                                "upstream " + upstream +
                                    " ended the stream before its answer finished (no "
                                    "finishReason)",
                                {},
                                {},
                                !outcome.started};
  co_return outcome;
}

}  // namespace switchyard::providers
