#include "switchyard/api/anthropic/dialect.hpp"

#include "switchyard/api/anthropic/anthropic_json.hpp"
#include "switchyard/api/anthropic/message_events.hpp"
#include "switchyard/api/anthropic/messages_codec.hpp"
#include "switchyard/api/openai/models_codec.hpp"

namespace switchyard::api::anthropic {
namespace {

class EventStreamWriter final : public ChatStreamWriter {
 public:
  std::string_view content_type() const override { return "text/event-stream"; }
  void frame(core::StreamFrame& frame, std::string& out) override { events_.write(frame, out); }
  void error(const core::Error& error, std::string& out) override { events_.error(error, out); }
  void done(std::string& out) override { events_.done(out); }

 private:
  MessageEventWriter events_;
};

void write_model(Json& j, std::string_view id) {
  j.start_object();
  j.kv("type", "model");
  j.kv("id", id);
  j.kv("display_name", id);
  // The gateway's aliases have no release date; the epoch stands for none.
  j.kv("created_at", "1970-01-01T00:00:00Z");
  j.end_object();
}

}  // namespace

core::Expected<core::ChatRequest> AnthropicDialect::decode_chat_request(
    std::string_view body) const {
  return decode_messages_request(body, MessagesBody::create);
}

core::Expected<core::ChatRequest> AnthropicDialect::decode_count_tokens_request(
    std::string_view body) const {
  return decode_messages_request(body, MessagesBody::count_tokens);
}

core::Expected<core::EmbeddingRequest> AnthropicDialect::decode_embedding_request(
    std::string_view) const {
  return core::Error::not_found(
      "Anthropic's Messages API has no embeddings; send embeddings requests in OpenAI's format "
      "to POST /v1/embeddings.",
      "unknown_url");
}

std::string AnthropicDialect::encode_chat_response(const core::ChatResponse& response) const {
  return encode_message_response(response);
}

std::unique_ptr<ChatStreamWriter> AnthropicDialect::chat_stream_writer(
    const core::ChatRequest&) const {
  return std::make_unique<EventStreamWriter>();
}

std::string AnthropicDialect::encode_embedding_response(const core::EmbeddingResponse&,
                                                        const core::EmbeddingRequest&) const {
  // Never asked: decode_embedding_request refuses every body.
  return encode_error(core::Error::internal("Anthropic's dialect has no embeddings."));
}

std::string AnthropicDialect::encode_error(const core::Error& error) const {
  return anthropic::encode_error(error);
}

std::string AnthropicDialect::encode_token_count(std::int64_t input_tokens) const {
  return anthropic::encode_token_count(input_tokens);
}

std::string AnthropicDialect::encode_model_list(const std::vector<std::string>& ids,
                                                std::string_view) const {
  std::string out;
  Json j(out);
  j.start_object();
  j.key("data");
  j.start_array();
  for (const std::string& id : ids) write_model(j, id);
  j.end_array();
  j.key("has_more");
  j.boolean(false);
  j.key("first_id");
  if (ids.empty()) {
    j.null();
  } else {
    j.str(ids.front());
  }
  j.key("last_id");
  if (ids.empty()) {
    j.null();
  } else {
    j.str(ids.back());
  }
  j.end_object();
  return out;
}

std::string AnthropicDialect::encode_model(std::string_view id, std::string_view) const {
  std::string out;
  Json j(out);
  write_model(j, id);
  return out;
}

std::string AnthropicDialect::model_id_from_path(std::string_view rest) const {
  return openai::model_id_from_path(rest);
}

}  // namespace switchyard::api::anthropic
