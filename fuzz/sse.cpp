// Fuzz target: the SSE parser that reads every streamed upstream answer.
//
// The first byte chooses how the rest is cut into reads (as the network
// would); beyond "no crash", the events must be the same however the bytes
// were cut: fed whole and fed in pieces.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "switchyard/http/sse.hpp"

namespace {

using switchyard::http::SseEvent;
using switchyard::http::SseParser;

std::vector<std::string> events_of(std::string_view bytes, std::size_t piece) {
  SseParser parser;
  std::vector<std::string> out;
  auto on_event = [&out](const SseEvent& e) {
    out.push_back(e.event + '\0' + e.data + '\0' + e.id);
    return true;
  };
  while (!bytes.empty()) {
    const std::size_t n = std::min(piece, bytes.size());
    parser.feed(bytes.substr(0, n), on_event);
    bytes.remove_prefix(n);
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::size_t piece = 1 + data[0] % 16;
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  if (events_of(bytes, bytes.size() + 1) != events_of(bytes, piece)) std::abort();
  return 0;
}
