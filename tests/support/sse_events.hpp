// Reads a buffered `text/event-stream` answer back into its events, so
// streaming tests compare the JSON of each event instead of searching the
// bytes for fragments of it.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace switchyard::testing {

// The `data:` payloads of an SSE body in order, one per event (events are
// separated by a blank line), the closing [DONE] included.
inline std::vector<std::string> sse_data(std::string_view body) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < body.size()) {
    std::size_t end = body.find("\n\n", pos);
    if (end == std::string_view::npos) end = body.size();
    const std::string_view event = body.substr(pos, end - pos);
    if (event.starts_with("data: ")) out.emplace_back(event.substr(6));
    pos = end + 2;
  }
  return out;
}

// The same without the closing [DONE]: the JSON payloads.
inline std::vector<std::string> sse_payloads(std::string_view body) {
  std::vector<std::string> out = sse_data(body);
  if (!out.empty() && out.back() == "[DONE]") out.pop_back();
  return out;
}

// The events of a stream whose events are named (`event: <name>` then
// `data: <json>`, as Anthropic's and the Responses API's): (name, data)
// pairs in order; an event without a name is skipped.
inline std::vector<std::pair<std::string, std::string>> sse_named_events(std::string_view body) {
  std::vector<std::pair<std::string, std::string>> out;
  std::size_t at = 0;
  while (at < body.size()) {
    const std::size_t end = body.find("\n\n", at);
    if (end == std::string_view::npos) break;
    const std::string_view ev = body.substr(at, end - at);
    at = end + 2;
    const std::size_t nl = ev.find('\n');
    if (!ev.starts_with("event: ") || nl == std::string_view::npos) continue;
    const std::string_view data = ev.substr(nl + 1);
    if (!data.starts_with("data: ")) continue;
    out.emplace_back(std::string(ev.substr(7, nl - 7)), std::string(data.substr(6)));
  }
  return out;
}

// Whether the stream ended the way OpenAI ends a finished one.
inline bool ends_with_done(std::string_view body) {
  constexpr std::string_view kDone = "data: [DONE]\n\n";
  return body.size() >= kDone.size() && body.substr(body.size() - kDone.size()) == kDone;
}

}  // namespace switchyard::testing
