#include "switchyard/gateway/stream_relay.hpp"

#include <memory>
#include <string>

#include "switchyard/gateway/execute_stage.hpp"
#include "switchyard/gateway/stream_restorer.hpp"

namespace switchyard::gateway {
namespace {

// The state of one relayed stream.
struct StreamRelay {
  StreamRelay(Exchange& ex, RespondStage& respond, const http::Headers& headers)
      : ex_(ex),
        respond_(respond),
        headers_(headers),
        client_wants_usage_(ex.chat().include_usage),
        restorer_(ex.vault) {}

  // Made at the first byte, so attempts that fail before it cost nothing.
  api::ChatStreamWriter& writer() {
    if (!writer_) writer_ = ex_.dialect.chat_stream_writer(ex_.chat());
    return *writer_;
  }

  Exchange& ex_;
  RespondStage& respond_;
  const http::Headers& headers_;
  const bool client_wants_usage_;
  std::unique_ptr<api::ChatStreamWriter> writer_;
  std::string frame_;
  std::optional<core::Usage> usage_;
  std::int64_t streamed_ = 0;  // output tokens seen, should the usage chunk never come
  FrameRestorer restorer_;
};

// Takes the usage report out of `frame`; true when the frame carried only
// that (and what the upstream's piece said besides).
bool drop_usage(core::StreamFrame& frame) {
  auto& events = frame.events;
  const std::size_t before = events.size();
  std::erase_if(events, [](const core::StreamEvent& e) { return e.get<core::UsageReport>(); });
  return events.size() != before && events.empty() && frame.choices.empty();
}

}  // namespace

http::Task<std::optional<core::Error>> relay_chat_stream(Exchange& ex, RespondStage& respond,
                                                         const Deployment& dep,
                                                         const core::ChatRequest& outbound,
                                                         const http::Headers& headers,
                                                         DeploymentMetrics& dm) {
  StreamRelay relay(ex, respond, headers);
  // Captures one pointer: the std::function holds it inline, no allocation.
  // A lambda coroutine, not a member of StreamRelay: g++ 12 built that one
  // so its frame was resumed with a corrupt index (SIGILL), even at -O0.
  providers::FrameSink sink = [r = &relay](core::StreamFrame& frame) -> http::Task<bool> {
    const std::int64_t tokens = streamed_tokens(frame);
    r->streamed_ += tokens;
    if (tokens > 0) r->ex_.stream_timing.chunk(core::Clock::now());
    if (!r->ex_.out.started()) {
      r->respond_.count_status(200);
      if (!co_await r->ex_.out.begin_stream(200, r->writer().content_type(), r->headers_))
        co_return false;
    }
    for (const core::StreamEvent& e : frame.events)
      if (const auto* u = e.get<core::UsageReport>()) r->usage_ = u->usage;
    if (r->ex_.attempted.redacted) r->restorer_.apply(frame);
    if (!r->client_wants_usage_ && drop_usage(frame)) co_return true;
    r->frame_.clear();
    r->writer().frame(frame, r->frame_);
    co_return co_await r->ex_.out.write(r->frame_);
  };
  auto outcome = co_await dep.provider->chat_stream(outbound, dep.config->model, ex.ctx, sink);
  if (!outcome.started && outcome.error) co_return std::move(*outcome.error);
  if (ex.attempted.redacted && !outcome.consumer_gone) {
    // Text held back at the end of a stream that had no finish chunk.
    core::StreamFrame tail;
    if (relay.restorer_.flush(tail)) {
      relay.frame_.clear();
      relay.writer().frame(tail, relay.frame_);
      co_await ex.out.write(relay.frame_);
    }
  }
  std::optional<core::Error> failure = outcome.error;
  std::optional<core::Usage>& usage = relay.usage_;
  if (failure) {
    dm.failed->inc();
    co_await respond.record(ex, failure->status, usage);
  } else if (outcome.consumer_gone) {
    // The client closed the stream; the upstream has been stopped, but
    // what it streamed until then was generated (and billed).
    dm.ok->inc();
    if (!usage) usage = estimated_usage(outbound, relay.streamed_);
    co_await respond.record(ex, kClientClosedRequest, usage);
  } else {
    dm.ok->inc();
    // Before the end: the stream does not end until the record is durable.
    if (auto e = co_await respond.record(ex, 200, usage)) failure = RespondStage::unrecorded(*e);
  }
  if (failure) {
    // Too late to fall back: the client has part of an answer. Tell it
    // in-band, the way the dialect reports a failure inside a stream.
    relay.frame_.clear();
    relay.writer().error(respond.scrubbed(*failure), relay.frame_);
    co_await ex.out.write(relay.frame_);
  } else if (!outcome.consumer_gone) {
    relay.frame_.clear();
    relay.writer().done(relay.frame_);
    co_await ex.out.write(relay.frame_);
  }
  if (!ex.out.started()) co_await ex.out.begin_stream(200, relay.writer().content_type(), headers);
  co_await ex.out.end_stream();
  respond.observe_done(ex.ctx);
  co_return std::nullopt;
}

std::int64_t streamed_tokens(const core::StreamFrame& frame) {
  std::int64_t n = 0;
  for (const core::StreamEvent& e : frame.events) {
    const auto* d = e.get<core::BlockDelta>();
    n += d && d->kind != core::DeltaKind::signature && !d->text.empty();
  }
  return n;
}

core::Usage estimated_usage(const core::ChatRequest& sent, std::int64_t completion_tokens) {
  std::size_t bytes = 0;
  core::for_each_message(sent, [&](const core::Message& m, std::size_t) {
    bytes += m.text().size();
    for (const auto& b : m.content) {
      if (const auto* tc = b.get<core::ToolUseBlock>())
        bytes += tc->name.size() + tc->arguments.size();
    }
  });
  for (const auto& t : sent.tools)
    bytes += t.name.size() + t.description.size() + t.parameters_json.size();
  core::Usage u;
  u.input_tokens = static_cast<std::int64_t>((bytes + 3) / 4);
  u.output_tokens = completion_tokens;
  u.total_tokens = u.input_tokens + u.output_tokens;
  return u;
}

}  // namespace switchyard::gateway
