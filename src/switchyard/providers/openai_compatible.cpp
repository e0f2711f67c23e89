#include "switchyard/providers/openai_compatible.hpp"

#include <vector>

#include "switchyard/api/openai/chat_codec.hpp"
#include "switchyard/api/openai/chunk_events.hpp"
#include "switchyard/api/openai/embeddings_codec.hpp"
#include "switchyard/http/sse.hpp"
#include "switchyard/providers/azure_openai.hpp"
#include "switchyard/providers/upstream_error.hpp"
#include "switchyard/providers/upstream_failure.hpp"

namespace switchyard::providers {

namespace openai = api::openai;

namespace {

// A non-streamed answer delivered to a streaming client (some servers ignore
// "stream": true): one content chunk, one finish chunk, one usage chunk.
std::vector<openai::ChatChunk> chunks_from_response(const core::ChatResponse& r) {
  std::vector<openai::ChatChunk> out;
  openai::ChatChunk body;
  body.dialect = r.dialect;
  body.id = r.id;
  body.model = r.model;
  body.created = r.created;
  body.system_fingerprint = r.system_fingerprint;
  openai::ChatChunk finish = body;
  for (const auto& c : r.choices) {
    openai::ChoiceDelta d;
    d.index = c.index;
    d.role = core::Role::assistant;
    d.content = c.message.text();
    int calls = 0;
    for (const auto& b : c.message.content) {
      if (const auto* tc = b.get<core::ToolUseBlock>())
        d.tool_calls.push_back({calls++, tc->id, tc->name, tc->arguments});
    }
    body.choices.push_back(std::move(d));
    openai::ChoiceDelta f;
    f.index = c.index;
    f.finish_reason = c.finish_reason;
    if (!f.finish_reason.finished()) f.finish_reason.kind = core::FinishKind::stop;
    finish.choices.push_back(std::move(f));
  }
  out.push_back(std::move(body));
  out.push_back(std::move(finish));
  if (r.usage) {
    openai::ChatChunk u = out.front();
    u.choices.clear();
    u.usage = r.usage;
    out.push_back(std::move(u));
  }
  return out;
}

}  // namespace

OpenAICompatible::OpenAICompatible(OpenAICompatibleOptions options)
    : options_(std::move(options)), pool_(options_.pool) {
  if (!pool_)
    pool_ = std::make_shared<EndpointPool>(options_.name, std::vector<http::Url>{options_.base},
                                           std::nullopt);
  if (options_.api_key.empty()) return;
  if (options_.azure_api_version.empty()) {
    auth_header_ = "authorization";
    auth_value_ = "Bearer " + options_.api_key;
  } else {
    auth_header_ = "api-key";
    auth_value_ = options_.api_key;
  }
}

std::string OpenAICompatible::target(std::string_view operation, std::string_view model) const {
  if (options_.azure_api_version.empty()) return "/" + std::string(operation);
  return azure_target(model, operation, options_.azure_api_version);
}

int OpenAICompatible::queue_depth() const {
  int n = 0;
  for (std::size_t i = 0; i < pool_->size(); ++i) n += pool_->outstanding(i);
  return n;
}

void OpenAICompatible::note_failure(const EndpointPool::Lease& endpoint, const core::Error& e) {
  if (e.code == http::kConnectFailedCode)
    pool_->report_connect_failure(endpoint.index(), e.message);
}

http::ClientRequest OpenAICompatible::make_request(const core::ChatRequest& req,
                                                   std::string_view model, bool stream) const {
  http::ClientRequest out;
  out.method = http::bhttp::verb::post;
  out.target = target("chat/completions", model);
  out.headers.emplace_back("content-type", "application/json");
  if (stream) out.headers.emplace_back("accept", "text/event-stream");
  if (!auth_value_.empty()) out.headers.emplace_back(auth_header_, auth_value_);
  out.body = openai::encode_chat_request(req, model);
  return out;
}

UpstreamAttempt OpenAICompatible::attempt(core::RequestContext& ctx, std::string_view model,
                                          bool stream) const {
  return UpstreamAttempt(ctx, upstream_name(options_.name, model), attempt_timeouts(options_),
                         stream);
}

http::Task<core::Expected<core::ChatResponse>> OpenAICompatible::chat(
    const core::ChatRequest& req, std::string_view upstream_model, core::RequestContext& ctx) {
  auto endpoint = pool_->acquire();
  if (!endpoint) co_return endpoint.error();
  auto creq = make_request(req, upstream_model, false);
  UpstreamAttempt at = attempt(ctx, upstream_model, false);
  auto res = co_await at.request(endpoint->url(), options_.tls, std::move(creq),
                                 options_.connect_timeout, options_.max_response_bytes);
  if (!res) {
    note_failure(*endpoint, res.error());
    co_return std::move(res.error());
  }
  if (res->status < 200 || res->status > 299)
    co_return upstream_error(static_cast<int>(res->status), res->body, res->retry_after,
                             options_.api_key);
  auto decoded = openai::decode_chat_response(res->body);
  if (!decoded) co_return invalid_upstream_payload("response", decoded.error());
  co_return std::move(*decoded);
}

http::Task<StreamOutcome> OpenAICompatible::chat_stream(const core::ChatRequest& req,
                                                        std::string_view upstream_model,
                                                        core::RequestContext& ctx,
                                                        FrameSink& sink) {
  StreamOutcome outcome;
  auto endpoint = pool_->acquire();  // held until the stream ends
  if (!endpoint) {
    outcome.error = endpoint.error();
    co_return outcome;
  }
  auto creq = make_request(req, upstream_model, true);
  // Every wait below is bounded by the clocks; none by the upstream's pace.
  UpstreamAttempt at = attempt(ctx, upstream_model, true);
  auto opened =
      co_await at.open(endpoint->url(), options_.tls, std::move(creq), options_.connect_timeout);
  if (!opened) {
    note_failure(*endpoint, opened.error());
    outcome.error = std::move(opened.error());
    co_return outcome;
  }
  auto& stream = **opened;

  if (stream.status() < 200 || stream.status() > 299) {
    const std::string body = co_await at.error_body(stream);
    outcome.error = upstream_error(static_cast<int>(stream.status()), body, stream.retry_after(),
                                   options_.api_key);
    co_return outcome;
  }

  // A server that ignored "stream": true answers with one JSON document.
  if (stream.content_type().starts_with("application/json")) {
    auto body = co_await at.body(stream, options_.max_response_bytes);
    if (!body) {
      outcome.error = std::move(body.error());
      co_return outcome;
    }
    auto decoded = openai::decode_chat_response(*body);
    if (!decoded) {
      outcome.error = invalid_upstream_payload("response", decoded.error());
      co_return outcome;
    }
    openai::ChunkReader reader;
    core::StreamFrame frame;
    for (auto& chunk : chunks_from_response(*decoded)) {
      frame.clear();
      reader.read(chunk, frame);
      outcome.started = true;
      if (!co_await sink(frame)) {
        outcome.consumer_gone = true;
        co_return outcome;
      }
    }
    co_return outcome;
  }

  http::SseParser parser(options_.sse);
  std::vector<http::SseEvent> events;
  openai::ChunkReader reader;
  core::StreamFrame frame;  // reused: its lists keep their capacity
  bool done = false;
  while (!done) {
    auto more = co_await at.next_events(stream, parser, events, outcome.started);
    if (!more) {
      outcome.error = std::move(more.error());
      co_return outcome;
    }
    if (!*more) break;  // body complete
    // Events complete before a limit was passed are delivered; then the cut.
    for (auto& e : events) {
      if (e.data == "[DONE]") {
        done = true;
        break;
      }
      if (e.event == "error" || e.data.starts_with("{\"error\"")) {
        outcome.error = upstream_error(502, e.data, {}, options_.api_key);
        outcome.error->retryable = !outcome.started;
        co_return outcome;
      }
      auto chunk = openai::decode_chat_chunk(e.data);
      if (!chunk) {
        outcome.error = invalid_upstream_payload("stream event", chunk.error());
        co_return outcome;
      }
      frame.clear();
      reader.read(*chunk, frame);
      outcome.started = true;
      if (!co_await sink(frame)) {
        outcome.consumer_gone = true;
        co_return outcome;
      }
    }
    if (!done && parser.stop() != http::SseStop::none) {
      outcome.error = stream_limit_error(at.who(), parser.stop(), parser.limits());
      outcome.error->retryable = !outcome.started;
      co_return outcome;
    }
  }
  if (!done) {
    // The body ended without [DONE]: the upstream cut the stream short.
    outcome.error = core::Error{core::ErrorKind::upstream_unreachable,
                                502,
                                "upstream ended the stream without [DONE]",
                                {},
                                {},
                                true};
  } else {
    // Drain what follows [DONE] so the connection can be reused.
    co_await at.drain(stream);
  }
  co_return outcome;
}

namespace {

core::Error embedding_count_error(std::size_t got, std::size_t inputs) {
  std::string m = "upstream returned ";
  m += std::to_string(got);
  m += " embeddings for ";
  m += std::to_string(inputs);
  m += " inputs";
  return {core::ErrorKind::upstream, 502, std::move(m), {}, "invalid_upstream_response", true};
}

}  // namespace

http::Task<core::Expected<core::EmbeddingResponse>> OpenAICompatible::embeddings(
    const core::EmbeddingRequest& req, std::string_view upstream_model, core::RequestContext& ctx) {
  auto endpoint = pool_->acquire();
  if (!endpoint) co_return endpoint.error();
  http::ClientRequest creq;
  creq.method = http::bhttp::verb::post;
  creq.target = target("embeddings", upstream_model);
  creq.headers.emplace_back("content-type", "application/json");
  if (!auth_value_.empty()) creq.headers.emplace_back(auth_header_, auth_value_);
  creq.body = openai::encode_embedding_request(req, upstream_model);
  UpstreamAttempt at = attempt(ctx, upstream_model, false);
  auto res = co_await at.request(endpoint->url(), options_.tls, std::move(creq),
                                 options_.connect_timeout, options_.max_response_bytes);
  if (!res) {
    note_failure(*endpoint, res.error());
    co_return std::move(res.error());
  }
  if (res->status < 200 || res->status > 299)
    co_return upstream_error(static_cast<int>(res->status), res->body, res->retry_after,
                             options_.api_key);
  auto decoded = openai::decode_embedding_response(res->body);
  if (!decoded) co_return invalid_upstream_payload("embeddings response", decoded.error());
  if (decoded->data.size() != req.input_count())
    co_return embedding_count_error(decoded->data.size(), req.input_count());
  co_return std::move(*decoded);
}

}  // namespace switchyard::providers
