// Fuzz target: the OpenAI chat request decoder (every request body a client
// sends to /v1/chat/completions goes through it).
//
// Beyond "no crash": what decodes must encode to a body that decodes again
// (the gateway sends that encoding upstream).
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "switchyard/api/openai/chat_codec.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view body(reinterpret_cast<const char*>(data), size);
  auto req = switchyard::api::openai::decode_chat_request(body);
  if (!req) return 0;
  const std::string upstream = switchyard::api::openai::encode_chat_request(*req, "upstream-model");
  if (!switchyard::api::openai::decode_chat_request(upstream)) std::abort();
  return 0;
}
