// Server-Sent Events, as used by streamed LLM APIs.
//
// SseParser is incremental: feed it bytes as they arrive from the network in
// any split (an event, a line, even a "\r\n" may straddle two reads) and it
// emits complete events. It follows the WHATWG EventSource parsing rules that
// matter for these APIs: "\n", "\r\n" and "\r" line ends; "field: value" with
// one optional leading space stripped; multiple data lines joined by '\n';
// comment lines (":...") ignored; a blank line dispatches the event.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace switchyard::http {

struct SseEvent {
  std::string event;  // empty: the default "message"
  std::string data;
  std::string id;
};

class SseParser {
 public:
  // Feeds bytes; calls `on_event` for each complete event. Returns false (and
  // stops) if `on_event` returns false.
  bool feed(std::string_view bytes, const std::function<bool(const SseEvent&)>& on_event);
  // Bytes buffered for an incomplete event.
  std::size_t pending() const { return line_.size() + event_.data.size(); }

 private:
  bool process_line(std::string_view line, const std::function<bool(const SseEvent&)>& on_event);
  std::string line_;
  SseEvent event_;
  bool has_data_ = false;
  bool last_was_cr_ = false;
};

// Appends one SSE event with a single data payload: ["event: E\n"] "data: D\n\n".
// `data` must not contain newlines (JSON from our encoders never does).
void append_sse_event(std::string& out, std::string_view data, std::string_view event = {});

}  // namespace switchyard::http
