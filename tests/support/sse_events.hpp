// Reads a buffered `text/event-stream` answer back into its events, so
// streaming tests compare the JSON of each event instead of searching the
// bytes for fragments of it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace switchyard::testing {

// The `data:` payloads of an SSE body in order, the closing [DONE] left out.
inline std::vector<std::string> sse_payloads(std::string_view body) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while ((at = body.find("data: ", at)) != std::string_view::npos) {
    at += 6;
    const std::size_t end = body.find("\n\n", at);
    std::string data(body.substr(at, end == std::string_view::npos ? end : end - at));
    if (data != "[DONE]") out.push_back(std::move(data));
    at = end;
  }
  return out;
}

// Whether the stream ended the way OpenAI ends a finished one.
inline bool ends_with_done(std::string_view body) {
  constexpr std::string_view kDone = "data: [DONE]\n\n";
  return body.size() >= kDone.size() && body.substr(body.size() - kDone.size()) == kDone;
}

}  // namespace switchyard::testing
