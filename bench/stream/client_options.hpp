// Command line of switchyard-stream-client (stream_client.cpp) and the one
// request it sends.
#pragma once

#include <cstdint>
#include <string>

namespace switchyard::bench {

struct Options {
  std::string host = "127.0.0.1";
  std::uint16_t port = 0;
  std::string path = "/v1/chat/completions";
  int streams = 2000;
  int chunks = 200;
  int interval_ms = 50;
  std::string model;  // default paced-<chunks>-<interval_ms>
  double duration_s = 30;
  double ramp_s = 2;
  double grace_s = 10;
  std::string authorization = "Bearer sk-bench-client";
  std::string label = "stream";
};

// Parses argv into `o`. Returns -1 to go on, or the exit status to leave
// with (0 after --help, 2 after a usage error, which it has printed).
int parse_options(int argc, char** argv, Options& o);

// The request every stream sends: a short support-bot exchange, streamed,
// with usage requested as the openai SDKs do when asked to meter.
std::string request_bytes(const Options& o);

}  // namespace switchyard::bench
