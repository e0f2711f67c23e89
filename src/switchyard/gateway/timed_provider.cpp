#include "switchyard/gateway/timed_provider.hpp"

namespace switchyard::gateway {

void TimedProvider::record(core::Clock::time_point start) {
  const auto now = core::Clock::now();
  window_.record(now - start, now);
}

http::Task<core::Expected<core::ChatResponse>> TimedProvider::chat(const core::ChatRequest& req,
                                                                   std::string_view upstream_model,
                                                                   core::RequestContext& ctx) {
  const auto start = core::Clock::now();
  auto res = co_await inner_.chat(req, upstream_model, ctx);
  if (res || res.error().kind == core::ErrorKind::timeout) record(start);
  co_return res;
}

http::Task<providers::StreamOutcome> TimedProvider::chat_stream(const core::ChatRequest& req,
                                                                std::string_view upstream_model,
                                                                core::RequestContext& ctx,
                                                                providers::FrameSink& sink) {
  const auto start = core::Clock::now();
  bool first = true;
  // Not a coroutine itself: it returns the client sink's task, so a frame
  // costs one more call, not one more coroutine frame.
  providers::FrameSink timed = [this, &sink, &first, start](core::StreamFrame& frame) {
    if (first) {
      first = false;
      record(start);
    }
    return sink(frame);
  };
  providers::StreamOutcome out = co_await inner_.chat_stream(req, upstream_model, ctx, timed);
  if (first && out.error && out.error->kind == core::ErrorKind::timeout) record(start);
  co_return out;
}

http::Task<core::Expected<core::EmbeddingResponse>> TimedProvider::embeddings(
    const core::EmbeddingRequest& req, std::string_view upstream_model, core::RequestContext& ctx) {
  co_return co_await inner_.embeddings(req, upstream_model, ctx);
}

}  // namespace switchyard::gateway
