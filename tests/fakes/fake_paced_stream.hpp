// The fake upstream's paced stream, for the streaming load benchmark
// (bench/stream): model "paced-<n>-<interval_ms>" streams n content chunks,
// one every interval_ms, on a fixed schedule from the start of the answer
// (a late chunk does not push the ones after it back).
//
// Each content chunk's text is the upstream's send time, CLOCK_MONOTONIC in
// microseconds, as decimal digits followed by one space ("81234567890 "):
// a client on the same machine subtracts it from the arrival time to get the
// chunk's latency. The stamp is taken just before the chunk is written, so a
// busy fake delays the send but does not inflate the measured latency.
//
// The stream is OpenAI's: a role chunk at once, the n content chunks, a
// finish chunk ("stop"), a usage chunk when stream_options.include_usage is
// set (completion_tokens = n, one token per chunk), then `data: [DONE]`.
// Each stream waits on one timer of the connection's thread: thousands of
// concurrent streams cost no threads.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "switchyard/core/chat.hpp"
#include "switchyard/http/server.hpp"

namespace switchyard::testing {

struct PacedStream {
  int chunks = 0;
  std::chrono::milliseconds interval{0};
};

// "paced-<n>-<interval_ms>" with 1 ≤ n ≤ 1,000,000 and 0 ≤ interval_ms ≤
// 60,000; nullopt for any other model name.
std::optional<PacedStream> parse_paced_model(std::string_view model);

// Writes the whole paced stream for `req` (whose `stream` is true); returns
// early if the client goes away.
http::Task<void> stream_paced(const core::ChatRequest& req, std::string id, PacedStream pace,
                              http::ResponseWriter& out);

}  // namespace switchyard::testing
