// OpenAI's Responses API inbound (POST /v1/responses, whole and streamed),
// the stateless subset (responses_codec.hpp), with OpenAI's error object.
#pragma once

#include "switchyard/api/dialect.hpp"

namespace switchyard::api::responses {

class ResponsesDialect final : public Dialect {
 public:
  // responses_codec.hpp: decode_responses_request.
  core::Expected<core::ChatRequest> decode_chat_request(std::string_view body) const override;
  // Embeddings have their own route (POST /v1/embeddings): a 404 that says so.
  core::Expected<core::EmbeddingRequest> decode_embedding_request(
      std::string_view body) const override;

  std::string_view content_type() const override { return "application/json"; }
  // A Response object without the request's settings (they are null or
  // defaults); the gateway calls encode_chat_response_for.
  std::string encode_chat_response(const core::ChatResponse& response) const override;
  // The Response object with the request's settings echoed.
  std::string encode_chat_response_for(const core::ChatResponse& response,
                                       const core::ChatRequest& request) const override;
  // The semantic events (response_events.hpp).
  std::unique_ptr<ChatStreamWriter> chat_stream_writer(
      const core::ChatRequest& request) const override;
  std::string encode_embedding_response(const core::EmbeddingResponse& response,
                                        const core::EmbeddingRequest& request) const override;
  // OpenAI's {"error":{"message","type","param","code"}}.
  std::string encode_error(const core::Error& error) const override;

  // OpenAI's model objects, as the OpenAI dialect writes them.
  std::string encode_model_list(const std::vector<std::string>& ids,
                                std::string_view owner) const override;
  std::string encode_model(std::string_view id, std::string_view owner) const override;
  std::string model_id_from_path(std::string_view rest) const override;
};

}  // namespace switchyard::api::responses
