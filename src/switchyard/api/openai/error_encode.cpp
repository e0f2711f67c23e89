// The error encoder: {"error":{"message","type","param","code"}}, with
// OpenAI's `type` for each kind of error.
#include "switchyard/api/openai/body_writer.hpp"
#include "switchyard/api/openai/chat_codec.hpp"
#include "switchyard/api/openai/error_type.hpp"

namespace switchyard::api::openai {

const char* error_type(const core::Error& e) {
  switch (e.kind) {
    case core::ErrorKind::invalid_request:
    case core::ErrorKind::not_found:
    case core::ErrorKind::method_not_allowed:
    case core::ErrorKind::payload_too_large:
      return "invalid_request_error";
    case core::ErrorKind::authentication:
      return "authentication_error";
    case core::ErrorKind::permission:
      return "permission_error";
    case core::ErrorKind::rate_limited:
      return "rate_limit_error";
    case core::ErrorKind::upstream:
      // An upstream's 4xx passed on as such keeps its client-side meaning.
      switch (e.status) {
        case 401:
          return "authentication_error";
        case 403:
          return "permission_error";
        case 429:
          return "rate_limit_error";
        default:
          return e.status >= 400 && e.status < 500 ? "invalid_request_error" : "server_error";
      }
    case core::ErrorKind::upstream_unreachable:
    case core::ErrorKind::timeout:
    case core::ErrorKind::unavailable:
    case core::ErrorKind::internal:
      return "server_error";
    case core::ErrorKind::no_permitted_deployment:
      return "no_permitted_deployment";
  }
  return "server_error";
}

std::string encode_error(const core::Error& err) {
  std::string out;
  out.reserve(96 + err.message.size() + err.param.size() + err.code.size());
  BodyWriter j(out);
  j.start_object();
  j.key("error");
  j.start_object();
  j.kv("message", err.message);
  j.kv("type", error_type(err));
  j.kv_str_or_null("param", err.param);
  j.kv_str_or_null("code", err.code);
  j.end_object();
  j.end_object();
  return out;
}

}  // namespace switchyard::api::openai
