#include "switchyard/providers/upstream_attempt.hpp"

#include <utility>

#include "switchyard/providers/upstream_failure.hpp"

namespace switchyard::providers {

std::string upstream_name(std::string_view provider, std::string_view model) {
  std::string w = "'";
  w += provider;
  w += "' (model '";
  w += model;
  w += "')";
  return w;
}

UpstreamAttempt::UpstreamAttempt(core::RequestContext& ctx, std::string who,
                                 const AttemptTimeouts& timeouts, bool stream)
    : ctx_(ctx), who_(std::move(who)), clock_(who_, timeouts, ctx.deadline, stream) {}

http::Task<core::Expected<http::ClientResponse>> UpstreamAttempt::request(
    const http::Url& base, const http::TlsOptions& tls, http::ClientRequest req,
    std::chrono::milliseconds connect_timeout, std::size_t max_body) {
  core::Expected<http::ClientResponse> res = core::Error::internal("not sent");
  {
    core::UpstreamWaitTimer wait(ctx_);
    res = co_await http::Client::request(base, tls, std::move(req), connect_timeout, clock_.next(),
                                         max_body);
  }
  if (!res) co_return attempt_failure(std::move(res.error()), clock_, who_, max_body);
  co_return std::move(res);
}

http::Task<core::Expected<std::unique_ptr<http::ResponseStream>>> UpstreamAttempt::open(
    const http::Url& base, const http::TlsOptions& tls, http::ClientRequest req,
    std::chrono::milliseconds connect_timeout) {
  core::Expected<std::unique_ptr<http::ResponseStream>> opened = core::Error::internal("not sent");
  {
    core::UpstreamWaitTimer wait(ctx_);
    opened = co_await http::Client::open(base, tls, std::move(req), connect_timeout, clock_.next());
  }
  if (!opened) co_return attempt_failure(std::move(opened.error()), clock_, who_, 0);
  co_return std::move(opened);
}

http::Task<core::Expected<std::string>> UpstreamAttempt::body(http::ResponseStream& stream,
                                                              std::size_t max_body) {
  core::Expected<std::string> body = core::Error::internal("not read");
  {
    core::UpstreamWaitTimer wait(ctx_);
    body = co_await stream.read_body(clock_.attempt_end(), max_body);
  }
  if (!body) co_return attempt_failure(std::move(body.error()), clock_, who_, max_body);
  co_return std::move(body);
}

http::Task<std::string> UpstreamAttempt::error_body(http::ResponseStream& stream) {
  core::UpstreamWaitTimer wait(ctx_);
  co_return co_await stream.read_all(clock_.attempt_end());
}

http::Task<core::Expected<bool>> UpstreamAttempt::next_events(http::ResponseStream& stream,
                                                              http::SseParser& parser,
                                                              std::vector<http::SseEvent>& events,
                                                              bool started) {
  events.clear();
  core::Expected<std::string> piece = core::Error::internal("not read");
  {
    core::UpstreamWaitTimer wait(ctx_);
    piece = co_await stream.read(clock_.next());
  }
  if (!piece) {
    core::Error e = attempt_failure(std::move(piece.error()), clock_, who_, 0);
    e.retryable = !started;
    co_return e;
  }
  if (piece->empty()) co_return false;  // body complete
  clock_.got_bytes();
  parser.feed(*piece, [&](const http::SseEvent& e) {
    events.push_back(e);
    return true;
  });
  co_return true;
}

http::Task<void> UpstreamAttempt::drain(http::ResponseStream& stream) {
  core::UpstreamWaitTimer wait(ctx_);
  co_await stream.read_all(clock_.attempt_end(), 4096);
}

}  // namespace switchyard::providers
