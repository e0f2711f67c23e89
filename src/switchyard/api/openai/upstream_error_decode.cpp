// Reading an upstream's error answer (status + body, JSON of OpenAI's,
// Anthropic's, vLLM's or Ollama's shape, or not JSON at all) tolerantly into
// core::Error.

#include <simdjson.h>

#include <algorithm>
#include <optional>

#include "switchyard/api/openai/chat_codec.hpp"
#include "switchyard/api/openai/error_document.hpp"
#include "switchyard/api/openai/json_input.hpp"

namespace switchyard::api::openai {
namespace {

namespace dom = simdjson::dom;

using json::Parse;

std::string_view str_or_empty(dom::element e) {
  std::string_view s;
  if (e.get_string().get(s)) return {};
  return s;
}

std::string_view field_str(dom::object o, std::string_view key) {
  dom::element e;
  if (o[key].get(e)) return {};
  return str_or_empty(e);
}

bool retryable_status(int status) {
  return status == 408 || status == 409 || status == 429 || status >= 500;
}

core::ErrorKind kind_from_status(int status) {
  switch (status) {
    case 400:
    case 422:
      return core::ErrorKind::invalid_request;
    case 401:
      return core::ErrorKind::authentication;
    case 403:
      return core::ErrorKind::permission;
    case 404:
      return core::ErrorKind::not_found;
    case 405:
      return core::ErrorKind::method_not_allowed;
    case 408:
    case 504:
      return core::ErrorKind::timeout;
    case 413:
      return core::ErrorKind::payload_too_large;
    case 429:
      return core::ErrorKind::rate_limited;
    default:
      return core::ErrorKind::upstream;
  }
}

// The OpenAI (and Anthropic-style) error `type` → kind; nullopt when the type
// says nothing the status does not.
std::optional<core::ErrorKind> kind_from_type(std::string_view type, int status) {
  if (type == "invalid_request_error") {
    if (status == 404) return core::ErrorKind::not_found;
    if (status == 413) return core::ErrorKind::payload_too_large;
    return core::ErrorKind::invalid_request;
  }
  if (type == "authentication_error") return core::ErrorKind::authentication;
  if (type == "permission_error") return core::ErrorKind::permission;
  if (type == "not_found_error") return core::ErrorKind::not_found;
  if (type == "rate_limit_error" || type == "requests" || type == "tokens" ||
      type == "insufficient_quota") {
    return core::ErrorKind::rate_limited;
  }
  if (type == "server_error" || type == "api_error" || type == "overloaded_error" ||
      type == "service_unavailable_error") {
    return core::ErrorKind::upstream;
  }
  return std::nullopt;
}

// Printable, whitespace-collapsed, at most `max` characters.
std::string sanitized_excerpt(std::string_view body, std::size_t max) {
  std::string out;
  out.reserve(std::min(body.size(), max) + 3);
  bool space = false;
  for (unsigned char c : body) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (out.size() + (space ? 1 : 0) >= max) {
      out += "...";
      return out;
    }
    if (space) out += ' ';
    space = false;
    out += (c >= 0x21 && c < 0x7f) ? static_cast<char>(c) : '?';
  }
  return out;
}

void read_code(dom::element e, std::string& out) {
  std::string_view s;
  if (!e.get_string().get(s)) {
    out.assign(s.data(), s.size());
  } else if (e.is_int64() || e.is_uint64()) {
    out = simdjson::to_string(e);
  }
}

// The message, param and code of an error object into `out`; its type.
std::string_view read_error_members(dom::object o, core::Error& out) {
  out.message = field_str(o, "message");
  out.param = field_str(o, "param");
  dom::element c;
  if (!o["code"].get(c)) read_code(c, out.code);
  return field_str(o, "type");
}

bool error_from_document(int status, dom::object root, core::Error& out) {
  dom::element ev;
  std::string_view type;
  if (!root["error"].get(ev)) {
    dom::object eo;
    std::string_view s;
    if (!ev.get_object().get(eo)) {
      type = read_error_members(eo, out);
    } else if (!ev.get_string().get(s)) {
      out.message = s;  // {"error": "model not found"} (Ollama and others)
    } else {
      return false;
    }
  } else {
    // {"object":"error","message":...,"type":...,"code":400} (vLLM)
    if (field_str(root, "message").empty()) return false;
    type = read_error_members(root, out);
  }
  if (auto k = kind_from_type(type, status)) {
    out.kind = *k;
  } else {
    out.kind = kind_from_status(status);
  }
  if (out.message.empty()) {
    out.message = "upstream returned HTTP " + std::to_string(status);
  } else if (out.message.size() > 2000) {
    out.message = sanitized_excerpt(out.message, 2000);
  }
  return true;
}

int effective_status(int status) {
  return (status >= 400 && status <= 599) ? status : 502;
}

// An error answer the readers above cannot read: the status and an excerpt.
core::Error unreadable_error(int status, std::string_view body) {
  core::Error err;
  const int effective = effective_status(status);
  err.status = effective;
  err.retryable = retryable_status(effective);
  err.kind = kind_from_status(effective);
  err.message = "upstream returned HTTP " + std::to_string(status);
  err.param.clear();
  err.code.clear();
  std::string excerpt = sanitized_excerpt(body, 200);
  if (excerpt.empty()) {
    err.message += " with an empty body";
  } else {
    err.message += ": ";
    err.message += excerpt;
  }
  return err;
}

}  // namespace

core::Error upstream_error_of(int status, dom::object root, std::string_view body) {
  core::Error err;
  const int effective = effective_status(status);
  err.status = effective;
  err.retryable = retryable_status(effective);
  err.kind = kind_from_status(effective);
  if (error_from_document(effective, root, err)) return err;
  return unreadable_error(status, body);
}

core::Error decode_upstream_error(int status, std::string_view body) {
  Parse parse;
  dom::element root;
  dom::object obj;
  if (!body.empty() && !parse.run(body, root) && !root.get_object().get(obj))
    return upstream_error_of(status, obj, body);
  return unreadable_error(status, body);
}

}  // namespace switchyard::api::openai
