#include "switchyard/providers/gemini_error.hpp"

#include <simdjson.h>

#include <chrono>
#include <cmath>
#include <optional>
#include <string>

#include "switchyard/api/openai/json_input.hpp"
#include "switchyard/providers/upstream_error.hpp"

namespace switchyard::providers {
namespace {

namespace dom = simdjson::dom;

struct GoogleError {
  std::string status;  // RESOURCE_EXHAUSTED, INVALID_ARGUMENT, ...
  std::string reason;  // ErrorInfo.reason, e.g. API_KEY_INVALID
  std::optional<std::chrono::milliseconds> retry_delay;
};

// A protobuf Duration in JSON: decimal seconds with an "s" ("37s", "1.5s").
std::optional<std::chrono::milliseconds> duration_of(std::string_view s) {
  if (!s.ends_with('s')) return std::nullopt;
  s.remove_suffix(1);
  if (s.empty()) return std::nullopt;
  double seconds = 0;
  double scale = 0;
  for (char c : s) {
    if (c == '.' && scale == 0) {
      scale = 0.1;
    } else if (c >= '0' && c <= '9') {
      if (scale == 0) {
        seconds = seconds * 10 + (c - '0');
      } else {
        seconds += scale * (c - '0');
        scale /= 10;
      }
    } else {
      return std::nullopt;
    }
  }
  seconds = std::min(seconds, 86'400.0);  // longer than any request deadline
  return std::chrono::milliseconds(static_cast<std::int64_t>(std::ceil(seconds * 1000)));
}

GoogleError read(std::string_view body) {
  GoogleError g;
  api::openai::json::Parse parse;
  dom::element root;
  dom::object error;
  if (body.empty() || parse.run(body, root) || root["error"].get_object().get(error)) return g;
  std::string_view s;
  if (!error["status"].get_string().get(s)) g.status = s;
  dom::array details;
  if (error["details"].get_array().get(details)) return g;
  for (dom::element d : details) {
    dom::object o;
    if (d.get_object().get(o)) continue;
    std::string_view type;
    if (o["@type"].get_string().get(type)) continue;
    if (type.ends_with("google.rpc.ErrorInfo") && !o["reason"].get_string().get(s)) g.reason = s;
    if (type.ends_with("google.rpc.RetryInfo") && !o["retryDelay"].get_string().get(s))
      g.retry_delay = duration_of(s);
  }
  return g;
}

}  // namespace

core::Error gemini_upstream_error(int status, std::string_view body, std::string_view retry_after,
                                  std::string_view key) {
  core::Error e = upstream_error(status, body, retry_after, key);
  const GoogleError g = read(body);
  if (g.reason == "API_KEY_INVALID" || g.reason == "API_KEY_SERVICE_BLOCKED")
    return rejected_credentials(status, e.message);
  if (e.code == kUpstreamAuthenticationFailed) return e;
  if (!g.status.empty()) e.code = g.status;
  if (!e.retry_after && g.retry_delay) e.retry_after = g.retry_delay;
  return e;
}

}  // namespace switchyard::providers
