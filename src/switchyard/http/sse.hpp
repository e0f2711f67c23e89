// Server-Sent Events, as used by streamed LLM APIs.
//
// SseParser is incremental: feed it bytes as they arrive from the network in
// any split (an event, a line, even a "\r\n" may straddle two reads) and it
// emits complete events. It follows the WHATWG EventSource parsing rules that
// matter for these APIs: "\n", "\r\n" and "\r" line ends; "field: value" with
// one optional leading space stripped; multiple data lines joined by '\n';
// comment lines (":...") ignored; a blank line dispatches the event.
//
// What it buffers is bounded (SseLimits): an upstream that never ends a line,
// or sends data lines without the blank line that ends an event, would
// otherwise grow the buffer until the process runs out of memory. Past a
// limit the parser stops for good and says which limit (`stop()`).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace switchyard::http {

struct SseEvent {
  std::string event;  // empty: the default "message"
  std::string data;
  std::string id;
};

// Generous for real providers: a streamed chat chunk is a few hundred bytes,
// a tool call's arguments or a logprobs-laden chunk some KiB.
struct SseLimits {
  std::size_t max_line_bytes = 1u << 20;   // one line, its line end not counted
  std::size_t max_event_bytes = 4u << 20;  // an event's data, its lines joined
};

// Why the parser stopped taking bytes.
enum class SseStop {
  none,             // it has not stopped
  consumer,         // `on_event` returned false
  line_too_long,    // a line passed SseLimits::max_line_bytes
  event_too_large,  // an event's data passed SseLimits::max_event_bytes
};

class SseParser {
 public:
  SseParser() = default;
  explicit SseParser(SseLimits limits) : limits_(limits) {}

  // Feeds bytes; calls `on_event` for each complete event. Returns false (and
  // stops) if `on_event` returns false or a limit is passed; `stop()` says
  // which. A parser stopped by a limit takes no more bytes.
  bool feed(std::string_view bytes, const std::function<bool(const SseEvent&)>& on_event);
  // Bytes buffered for an incomplete event: at most max_line_bytes +
  // max_event_bytes (plus the event type and id, which are single lines).
  std::size_t pending() const { return line_.size() + event_.data.size(); }
  SseStop stop() const { return stop_; }
  const SseLimits& limits() const { return limits_; }

 private:
  bool process_line(std::string_view line, const std::function<bool(const SseEvent&)>& on_event);
  bool fail(SseStop why);

  SseLimits limits_;
  std::string line_;
  SseEvent event_;
  bool has_data_ = false;
  bool last_was_cr_ = false;
  SseStop stop_ = SseStop::none;
};

// Appends one SSE event with a single data payload: ["event: E\n"] "data: D\n\n".
// `data` must not contain newlines (JSON from our encoders never does).
void append_sse_event(std::string& out, std::string_view data, std::string_view event = {});

}  // namespace switchyard::http
