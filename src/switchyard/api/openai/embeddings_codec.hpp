// OpenAI Embeddings wire format (POST /v1/embeddings) <-> canonical core types.
//
// Used in both directions, like the chat codec: inbound (a client asks the
// gateway) and outbound (the openai_compatible provider asks an upstream).
// Decoding uses simdjson; encoding uses RapidJSON's Writer.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "switchyard/core/embedding.hpp"
#include "switchyard/core/error.hpp"

namespace switchyard::api::openai {

// Most inputs one request may carry (OpenAI's limit).
inline constexpr std::size_t kMaxEmbeddingInputs = 2048;

// Client request body → EmbeddingRequest. `model` and `input` are required;
// `input` is a non-empty string, or a non-empty array of non-empty strings,
// of token ids (integers >= 0: one input), or of non-empty token-id arrays,
// at most kMaxEmbeddingInputs inputs. Errors are invalid_request with `param`
// naming the field ("input[3]") and a message that says what to send.
core::Expected<core::EmbeddingRequest> decode_embedding_request(std::string_view body);

// EmbeddingRequest → upstream request body, `model` replaced by
// `upstream_model`, the input in the shape the client sent it, unmodelled
// fields written back unchanged.
std::string encode_embedding_request(const core::EmbeddingRequest& req,
                                     std::string_view upstream_model);

// Upstream (or fake) response body → EmbeddingResponse. Vectors may come as
// JSON numbers or base64 strings; they are placed by their `index`. Errors
// (502, not retryable) when the body is not an embedding list or an index is
// missing, repeated or out of range.
core::Expected<core::EmbeddingResponse> decode_embedding_response(std::string_view body);

// EmbeddingResponse → body sent to the client, vectors as JSON numbers or as
// base64 of little-endian float32 (what OpenAI sends for "base64").
std::string encode_embedding_response(const core::EmbeddingResponse& resp,
                                      core::EmbeddingEncoding encoding);

// Base64 (standard alphabet, padded) of the vector's little-endian float32 bytes,
// and back; nullopt when `text` is not base64 or not a whole number of floats.
std::string encode_float32_base64(const std::vector<float>& v);
std::optional<std::vector<float>> decode_float32_base64(std::string_view text);

}  // namespace switchyard::api::openai
