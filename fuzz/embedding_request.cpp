// Fuzz target: the OpenAI embeddings request decoder (/v1/embeddings).
//
// Beyond "no crash": what decodes must encode to a body that decodes again.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "switchyard/api/openai/embeddings_codec.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view body(reinterpret_cast<const char*>(data), size);
  auto req = switchyard::api::openai::decode_embedding_request(body);
  if (!req) return 0;
  const std::string upstream =
      switchyard::api::openai::encode_embedding_request(*req, "upstream-model");
  if (!switchyard::api::openai::decode_embedding_request(upstream)) std::abort();
  return 0;
}
