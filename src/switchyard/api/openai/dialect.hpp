// The OpenAI dialect inbound: Chat Completions (whole and streamed),
// Embeddings, Models and the error object, over the codecs in this folder.
#pragma once

#include "switchyard/api/dialect.hpp"

namespace switchyard::api::openai {

class OpenAIDialect final : public Dialect {
 public:
  core::Expected<core::ChatRequest> decode_chat_request(std::string_view body) const override;
  core::Expected<core::EmbeddingRequest> decode_embedding_request(
      std::string_view body) const override;

  std::string_view content_type() const override { return "application/json"; }
  std::string encode_chat_response(const core::ChatResponse& response) const override;
  // Server-sent events: `data: {chunk}` per frame of events (ChunkWriter), an in-band failure as
  // `data: {"error":{...}}` (the way OpenAI reports one), `data: [DONE]` at the end.
  std::unique_ptr<ChatStreamWriter> chat_stream_writer(
      const core::ChatRequest& request) const override;
  // Floats, or base64 when the request's encoding_format asked for it.
  std::string encode_embedding_response(const core::EmbeddingResponse& response,
                                        const core::EmbeddingRequest& request) const override;
  // {"error":{"message","type","param","code"}}
  std::string encode_error(const core::Error& error) const override;

  std::string encode_model_list(const std::vector<std::string>& ids,
                                std::string_view owner) const override;
  std::string encode_model(std::string_view id, std::string_view owner) const override;
  // Percent-decoded: the SDKs send `org%2Fmodel` for `org/model`.
  std::string model_id_from_path(std::string_view rest) const override;
};

}  // namespace switchyard::api::openai
