#include "switchyard/api/responses/dialect.hpp"

#include "switchyard/api/openai/chat_codec.hpp"
#include "switchyard/api/openai/dialect.hpp"
#include "switchyard/api/responses/response_events.hpp"
#include "switchyard/api/responses/responses_codec.hpp"

namespace switchyard::api::responses {
namespace {

class EventStreamWriter final : public ChatStreamWriter {
 public:
  explicit EventStreamWriter(RequestEcho echo) : events_(std::move(echo)) {}
  std::string_view content_type() const override { return "text/event-stream"; }
  void frame(core::StreamFrame& frame, std::string& out) override { events_.write(frame, out); }
  void error(const core::Error& error, std::string& out) override { events_.error(error, out); }
  void done(std::string& out) override { events_.done(out); }

 private:
  ResponseEventWriter events_;
};

// Models are listed as the OpenAI dialect lists them.
const openai::OpenAIDialect openai_models{};

}  // namespace

core::Expected<core::ChatRequest> ResponsesDialect::decode_chat_request(
    std::string_view body) const {
  return decode_responses_request(body);
}

core::Expected<core::EmbeddingRequest> ResponsesDialect::decode_embedding_request(
    std::string_view) const {
  return core::Error::not_found(
      "The Responses API has no embeddings; send embeddings requests to POST /v1/embeddings.",
      "unknown_url");
}

std::string ResponsesDialect::encode_chat_response(const core::ChatResponse& response) const {
  return encode_response(response, RequestEcho{});
}

std::string ResponsesDialect::encode_chat_response_for(const core::ChatResponse& response,
                                                       const core::ChatRequest& request) const {
  return encode_response(response, echo_of(request));
}

std::unique_ptr<ChatStreamWriter> ResponsesDialect::chat_stream_writer(
    const core::ChatRequest& request) const {
  return std::make_unique<EventStreamWriter>(echo_of(request));
}

std::string ResponsesDialect::encode_embedding_response(const core::EmbeddingResponse&,
                                                        const core::EmbeddingRequest&) const {
  // Never asked: decode_embedding_request refuses every body.
  return encode_error(core::Error::internal("The Responses dialect has no embeddings."));
}

std::string ResponsesDialect::encode_error(const core::Error& error) const {
  return openai::encode_error(error);
}

std::string ResponsesDialect::encode_model_list(const std::vector<std::string>& ids,
                                                std::string_view owner) const {
  return openai_models.encode_model_list(ids, owner);
}

std::string ResponsesDialect::encode_model(std::string_view id, std::string_view owner) const {
  return openai_models.encode_model(id, owner);
}

std::string ResponsesDialect::model_id_from_path(std::string_view rest) const {
  return openai_models.model_id_from_path(rest);
}

}  // namespace switchyard::api::responses
