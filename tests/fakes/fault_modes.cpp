#include "switchyard/http/asio.hpp"  // first: carries the Boost 1.74 work-arounds

#include "fakes/fault_modes.hpp"

#include <charconv>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "switchyard/api/openai/chat_codec.hpp"
#include "switchyard/http/sse.hpp"

namespace switchyard::testing {

namespace {

namespace net = http::net;
using http::ResponseWriter;
using http::Task;
using std::chrono::milliseconds;

constexpr std::string_view kJson = "application/json";
constexpr std::string_view kEventStream = "text/event-stream; charset=utf-8";
// How long a mode that "never" answers holds the connection: far past any
// deadline a test sets, and let go at once when the fake shuts down.
constexpr milliseconds kHold{10 * 60 * 1000};
// Floods stop after this many bytes and then hold: a gateway without bounds
// would have buffered all of it and still be waiting for the line's end.
constexpr std::size_t kFloodBytes = 64u << 20;
constexpr std::size_t kFloodPiece = 64u << 10;

struct Fault {
  const core::ChatRequest& req;
  std::string_view arg;  // what follows the mode's prefix, e.g. "50" of "trickle-50"
  const std::atomic<bool>& stopping;
  ResponseWriter& out;
};

std::optional<std::int64_t> number(std::string_view s) {
  std::int64_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p == s.data()) return std::nullopt;
  return v;
}

Task<void> sleep_for(milliseconds d) {
  net::steady_timer timer(co_await net::this_coro::executor, d);
  boost::system::error_code ec;
  co_await timer.async_wait(http::use_ec(ec));
}

// Keeps the connection open, sending nothing, until kHold passes or the fake
// stops.
Task<void> hold(const Fault& f) {
  const auto until = std::chrono::steady_clock::now() + kHold;
  while (!f.stopping.load(std::memory_order_relaxed) && std::chrono::steady_clock::now() < until)
    co_await sleep_for(milliseconds(50));
}

// One streamed chunk event: the role chunk when `role`, else a content delta.
std::string chunk_event(const core::ChatRequest& req, std::string_view content, bool role) {
  api::openai::ChatChunk chunk;
  chunk.id = "chatcmpl-fault";
  chunk.model = req.model;
  chunk.created = 1700000000;
  api::openai::ChoiceDelta& d = chunk.choices.emplace_back();
  d.index = 0;
  if (role) d.role = core::Role::assistant;
  d.content = std::string(content);
  std::string json;
  api::openai::encode_chat_chunk(chunk, json);
  std::string event;
  http::append_sse_event(event, json);
  return event;
}

// Writes `piece` until `total` bytes went out or the client is gone.
Task<bool> flood(const Fault& f, std::string_view piece, std::size_t total) {
  for (std::size_t sent = 0; sent < total && !f.stopping.load(std::memory_order_relaxed);
       sent += piece.size())
    if (!co_await f.out.write(piece)) co_return false;
  co_return true;
}

// ---- the modes ----

// stall: accepts the request and never answers.
Task<void> stall(Fault f) {
  co_await hold(f);
}

// stall-after-first-chunk: the response head and the role chunk (a JSON
// answer's first bytes when not streamed), then nothing.
Task<void> stall_after_first_chunk(Fault f) {
  // Named, not temporaries in the co_await: g++ 12 mishandles those in branches.
  const std::string_view type = f.req.stream ? kEventStream : kJson;
  const std::string first =
      f.req.stream ? chunk_event(f.req, "", true)
                   : std::string(R"({"id":"chatcmpl-fault","object":"chat.completion",)");
  if (!co_await f.out.begin_stream(200, type)) co_return;
  if (!co_await f.out.write(first)) co_return;
  co_await hold(f);
}

// trickle-<ms>: one byte every <ms> ms (100 if absent) of an answer that
// never ends: a stream of content chunks, or a JSON answer whose content
// string goes on. Bytes keep arriving, so only a deadline that holds while
// they do can end it.
Task<void> trickle(Fault f) {
  const milliseconds gap(std::max<std::int64_t>(1, number(f.arg).value_or(100)));
  const auto until = std::chrono::steady_clock::now() + kHold;
  std::string pending = f.req.stream
                            ? chunk_event(f.req, "", true)
                            : std::string(R"({"id":"chatcmpl-fault","object":"chat.completion",)"
                                          R"("choices":[{"index":0,"message":{"role":"assistant",)"
                                          R"("content":")");
  if (!co_await f.out.begin_stream(200, f.req.stream ? kEventStream : kJson)) co_return;
  std::size_t at = 0;
  while (!f.stopping.load(std::memory_order_relaxed) && std::chrono::steady_clock::now() < until) {
    if (at == pending.size()) {
      pending = f.req.stream ? chunk_event(f.req, "tick ", false) : std::string("tick ");
      at = 0;
    }
    if (!co_await f.out.write(std::string_view(pending).substr(at++, 1))) co_return;
    co_await sleep_for(gap);
  }
}

// endless-line: a stream whose first line never ends: "data: {...\"content\":\""
// and then 'a' after 'a' (64 MiB, then it holds). Streamed whatever the request asked.
Task<void> endless_line(Fault f) {
  if (!co_await f.out.begin_stream(200, kEventStream)) co_return;
  if (!co_await f.out.write(R"(data: {"id":"chatcmpl-fault","object":"chat.completion.chunk",)"
                            R"("choices":[{"index":0,"delta":{"content":")"))
    co_return;
  const std::string piece(kFloodPiece, 'a');
  if (co_await flood(f, piece, kFloodBytes)) co_await hold(f);
}

// no-blank-line: a role chunk, then complete "data: {chunk}" lines without
// the blank line that would end an event (64 MiB of them, then it holds).
Task<void> no_blank_line(Fault f) {
  const std::string role = chunk_event(f.req, "", true);
  if (!co_await f.out.begin_stream(200, kEventStream)) co_return;
  if (!co_await f.out.write(role)) co_return;
  std::string line = chunk_event(f.req, "more ", false);
  line.pop_back();  // "data: {...}\n\n" → "data: {...}\n"
  std::string piece;
  while (piece.size() < kFloodPiece) piece += line;
  if (co_await flood(f, piece, kFloodBytes)) co_await hold(f);
}

// malformed-sse: a complete stream whose framing is junk: a line of control
// bytes with no field, then an event whose data is cut-off JSON, then [DONE].
Task<void> malformed_sse(Fault f) {
  if (!co_await f.out.begin_stream(200, kEventStream)) co_return;
  std::string body = "\x01\x02 not a field\n";
  body += "data: {\"id\":\"chatcmpl-fault\",\"choices\":[{\"delta\":{\"content\":\"cut\n\n";
  http::append_sse_event(body, "[DONE]");
  if (!co_await f.out.write(body)) co_return;
  co_await f.out.end_stream();
}

// huge-body-<mib>: a valid JSON answer (also to a streamed request, as a
// server that ignores "stream": true) whose content is <mib> MiB (100 if
// absent), sent in 64 KiB pieces.
Task<void> huge_body(Fault f) {
  const auto mib = static_cast<std::size_t>(std::max<std::int64_t>(1, number(f.arg).value_or(100)));
  if (!co_await f.out.begin_stream(200, kJson)) co_return;
  std::string head = R"({"id":"chatcmpl-fault","object":"chat.completion","created":1700000000,)";
  head += R"("model":"huge","choices":[{"index":0,"message":{"role":"assistant","content":")";
  if (!co_await f.out.write(head)) co_return;
  const std::string piece(kFloodPiece, 'a');
  if (!co_await flood(f, piece, mib << 20)) co_return;
  if (!co_await f.out.write(
          R"("},"finish_reason":"stop"}],)"
          R"("usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}})"))
    co_return;
  co_await f.out.end_stream();
}

struct Mode {
  std::string_view name;  // the model name, or its prefix when `prefix`
  bool prefix;
  Task<void> (*serve)(Fault);
};

// Longer names first where one is a prefix of another.
constexpr Mode kModes[] = {
    {"stall-after-first-chunk", false, stall_after_first_chunk},
    {"stall", false, stall},
    {"trickle-", true, trickle},
    {"endless-line", false, endless_line},
    {"no-blank-line", false, no_blank_line},
    {"malformed-sse", false, malformed_sse},
    {"huge-body-", true, huge_body},
};

// Built outside the coroutine (g++ 12 and braced lists in coroutine bodies).
Fault make_fault(const core::ChatRequest& req, std::string_view arg,
                 const std::atomic<bool>& stopping, ResponseWriter& out) {
  return Fault{req, arg, stopping, out};
}

}  // namespace

Task<bool> serve_fault(const core::ChatRequest& req, const std::atomic<bool>& stopping,
                       ResponseWriter& out) {
  const std::string_view model = req.model;
  for (const Mode& m : kModes) {
    if (m.prefix ? !model.starts_with(m.name) : model != m.name) continue;
    co_await m.serve(make_fault(req, model.substr(m.name.size()), stopping, out));
    co_return true;
  }
  co_return false;
}

}  // namespace switchyard::testing
