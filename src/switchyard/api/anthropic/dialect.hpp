// The Anthropic dialect inbound: the Messages API (POST /v1/messages, whole
// and streamed; POST /v1/messages/count_tokens) and Anthropic's error
// object, over the codecs in this folder.
#pragma once

#include <cstdint>

#include "switchyard/api/dialect.hpp"

namespace switchyard::api::anthropic {

class AnthropicDialect final : public Dialect {
 public:
  // messages_codec.hpp: decode_messages_request (max_tokens required).
  core::Expected<core::ChatRequest> decode_chat_request(std::string_view body) const override;
  // The same body for count_tokens: max_tokens may be left out.
  core::Expected<core::ChatRequest> decode_count_tokens_request(std::string_view body) const;
  // Anthropic's API has no embeddings: a 404 that says where they are.
  core::Expected<core::EmbeddingRequest> decode_embedding_request(
      std::string_view body) const override;

  std::string_view content_type() const override { return "application/json"; }
  std::string encode_chat_response(const core::ChatResponse& response) const override;
  // Server-sent events named as Anthropic names them (message_events.hpp).
  std::unique_ptr<ChatStreamWriter> chat_stream_writer(
      const core::ChatRequest& request) const override;
  std::string encode_embedding_response(const core::EmbeddingResponse& response,
                                        const core::EmbeddingRequest& request) const override;
  // {"type":"error","error":{"type","message"}}
  std::string encode_error(const core::Error& error) const override;
  // {"input_tokens": n}
  std::string encode_token_count(std::int64_t input_tokens) const;

  // Anthropic's model objects: {"type":"model","id","display_name","created_at"},
  // listed in {"data":[...],"has_more":false,"first_id","last_id"}.
  std::string encode_model_list(const std::vector<std::string>& ids,
                                std::string_view owner) const override;
  std::string encode_model(std::string_view id, std::string_view owner) const override;
  std::string model_id_from_path(std::string_view rest) const override;
};

}  // namespace switchyard::api::anthropic
