#include "switchyard/api/openai/dialect.hpp"

#include "switchyard/api/openai/chat_codec.hpp"
#include "switchyard/api/openai/chunk_events.hpp"
#include "switchyard/api/openai/embeddings_codec.hpp"
#include "switchyard/api/openai/models_codec.hpp"

namespace switchyard::api::openai {
namespace {

class EventStreamWriter final : public ChatStreamWriter {
 public:
  std::string_view content_type() const override { return "text/event-stream"; }
  void frame(core::StreamFrame& frame, std::string& out) override {
    out += "data: ";
    chunks_.write(frame, out);
    out += "\n\n";
  }
  void error(const core::Error& error, std::string& out) override {
    out += "data: ";
    out += encode_error(error);
    out += "\n\n";
  }
  void done(std::string& out) override { out += "data: [DONE]\n\n"; }

 private:
  ChunkWriter chunks_;
};

}  // namespace

core::Expected<core::ChatRequest> OpenAIDialect::decode_chat_request(std::string_view body) const {
  return openai::decode_chat_request(body);
}

core::Expected<core::EmbeddingRequest> OpenAIDialect::decode_embedding_request(
    std::string_view body) const {
  return openai::decode_embedding_request(body);
}

std::string OpenAIDialect::encode_chat_response(const core::ChatResponse& response) const {
  return openai::encode_chat_response(response);
}

std::unique_ptr<ChatStreamWriter> OpenAIDialect::chat_stream_writer(
    const core::ChatRequest&) const {
  return std::make_unique<EventStreamWriter>();
}

std::string OpenAIDialect::encode_embedding_response(const core::EmbeddingResponse& response,
                                                     const core::EmbeddingRequest& request) const {
  return openai::encode_embedding_response(
      response, request.encoding_format.value_or(core::EmbeddingEncoding::float_));
}

std::string OpenAIDialect::encode_error(const core::Error& error) const {
  return openai::encode_error(error);
}

std::string OpenAIDialect::encode_model_list(const std::vector<std::string>& ids,
                                             std::string_view owner) const {
  std::vector<ModelEntry> list;
  list.reserve(ids.size());
  for (const std::string& id : ids) list.push_back({id, std::string(owner)});
  return openai::encode_model_list(list);
}

std::string OpenAIDialect::encode_model(std::string_view id, std::string_view owner) const {
  return openai::encode_model({std::string(id), std::string(owner)});
}

std::string OpenAIDialect::model_id_from_path(std::string_view rest) const {
  return openai::model_id_from_path(rest);
}

}  // namespace switchyard::api::openai
