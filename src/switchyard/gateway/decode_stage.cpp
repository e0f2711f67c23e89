#include "switchyard/gateway/decode_stage.hpp"

namespace switchyard::gateway {

std::optional<core::Error> DecodeStage::admit(Exchange& ex) const {
  const std::string_view body = ex.http.body();
  switch (ex.endpoint) {
    case Endpoint::chat: {
      auto decoded = ex.dialect.decode_chat_request(body);
      if (!decoded) return std::move(decoded.error());
      ex.request = std::move(*decoded);
      break;
    }
    case Endpoint::embeddings: {
      auto decoded = ex.dialect.decode_embedding_request(body);
      if (!decoded) return std::move(decoded.error());
      ex.request = std::move(*decoded);
      break;
    }
  }
  ex.record.model = ex.model();
  return std::nullopt;
}

}  // namespace switchyard::gateway
