#include "switchyard/http/asio.hpp"  // first: carries the Boost 1.74 work-arounds

#include "fakes/fake_paced_stream.hpp"

#include <time.h>

#include <charconv>
#include <cstdint>
#include <ctime>

#include "switchyard/api/openai/chat_codec.hpp"
#include "switchyard/http/sse.hpp"

namespace switchyard::testing {

namespace {

namespace net = http::net;

constexpr std::string_view kEventStream = "text/event-stream; charset=utf-8";

// Parses a whole decimal number in [0, max]; nullopt otherwise.
std::optional<std::int64_t> whole_number(std::string_view s, std::int64_t max) {
  std::int64_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || v < 0 || v > max) return std::nullopt;
  return v;
}

// The clock bench/stream/stream_client reads on arrival; steady_clock is the
// same clock on Linux, but naming it keeps the contract explicit.
std::int64_t monotonic_us() {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<std::int64_t>(ts.tv_sec) * 1'000'000 + ts.tv_nsec / 1'000;
}

std::int64_t prompt_words(const core::ChatRequest& req) {
  std::int64_t n = 0;
  core::for_each_message(req, [&](const core::Message& m, std::size_t) {
    n += 3;
    bool in_word = false;
    const std::string text = m.text();
    for (char c : text) {
      const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
      if (!space && !in_word) ++n;
      in_word = !space;
    }
  });
  return n;
}

}  // namespace

std::optional<PacedStream> parse_paced_model(std::string_view model) {
  constexpr std::string_view kPrefix = "paced-";
  if (!model.starts_with(kPrefix)) return std::nullopt;
  model.remove_prefix(kPrefix.size());
  const auto dash = model.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  const auto n = whole_number(model.substr(0, dash), 1'000'000);
  const auto ms = whole_number(model.substr(dash + 1), 60'000);
  if (!n || *n < 1 || !ms) return std::nullopt;
  return PacedStream{static_cast<int>(*n), std::chrono::milliseconds(*ms)};
}

http::Task<void> stream_paced(const core::ChatRequest& req, std::string id, PacedStream pace,
                              http::ResponseWriter& out) {
  if (!co_await out.begin_stream(200, kEventStream)) co_return;

  api::openai::ChatChunk chunk;
  chunk.id = std::move(id);
  chunk.model = req.model;
  chunk.created = static_cast<std::int64_t>(std::time(nullptr));
  chunk.system_fingerprint = "fp_fake";
  api::openai::ChoiceDelta& d = chunk.choices.emplace_back();
  d.role = core::Role::assistant;
  d.content = "";

  std::string json;
  std::string event;
  auto emit = [&]() -> http::Task<bool> {
    json.clear();
    event.clear();
    api::openai::encode_chat_chunk(chunk, json);
    http::append_sse_event(event, json);
    co_return co_await out.write(event);
  };
  if (!co_await emit()) co_return;
  d.role.reset();

  net::steady_timer timer(co_await net::this_coro::executor);
  const auto start = std::chrono::steady_clock::now();
  for (int i = 1; i <= pace.chunks; ++i) {
    timer.expires_at(start + i * pace.interval);
    boost::system::error_code ec;
    co_await timer.async_wait(http::use_ec(ec));
    // Stamped last, just before the write: time spent waking up and encoding
    // on this side is not counted as the path's latency.
    d.content = std::to_string(monotonic_us());
    *d.content += ' ';
    if (!co_await emit()) co_return;
  }

  d.content.reset();
  d.finish_reason = {core::FinishKind::stop, "stop"};
  if (!co_await emit()) co_return;
  if (req.include_usage) {
    chunk.choices.clear();
    core::Usage usage;
    usage.input_tokens = prompt_words(req);
    usage.output_tokens = pace.chunks;
    usage.total_tokens = usage.input_tokens + usage.output_tokens;
    chunk.usage = usage;
    if (!co_await emit()) co_return;
  }
  event.clear();
  http::append_sse_event(event, "[DONE]");
  if (!co_await out.write(event)) co_return;
  co_await out.end_stream();
}

}  // namespace switchyard::testing
