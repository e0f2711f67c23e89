#include "switchyard/gateway/decode_stage.hpp"

#include "switchyard/api/anthropic/beta_header.hpp"

namespace switchyard::gateway {

namespace {

// Every anthropic-beta field of an Anthropic client's request, as one list
// (RFC 9110 §5.3), into the context an Anthropic upstream reads it from.
std::optional<core::Error> read_anthropic_beta(Exchange& ex) {
  std::string value;
  for (const auto& field : ex.http)
    if (http::beast::iequals(field.name_string(), "anthropic-beta")) {
      if (!value.empty()) value += ", ";
      value += field.value();
    }
  if (value.empty()) return std::nullopt;
  return api::anthropic::read_beta_header(value, ex.ctx.anthropic_beta);
}

}  // namespace

std::optional<core::Error> DecodeStage::admit(Exchange& ex) const {
  const std::string_view body = ex.http.body();
  switch (ex.endpoint) {
    case Endpoint::chat: {
      auto decoded = ex.dialect.decode_chat_request(body);
      if (!decoded) return std::move(decoded.error());
      if (decoded->dialect == core::Dialect::anthropic)
        if (auto refused = read_anthropic_beta(ex)) return refused;
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
