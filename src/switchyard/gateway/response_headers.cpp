#include "switchyard/gateway/response_headers.hpp"

#include <algorithm>

namespace switchyard::gateway {

std::string header_safe(std::string_view s, std::size_t max) {
  std::string out;
  out.reserve(std::min(s.size(), max));
  for (char c : s) {
    if (out.size() >= max) break;
    out += (c >= 0x20 && c < 0x7f) ? c : '?';
  }
  return out;
}

http::Headers id_headers(const std::string& request_id) {
  http::Headers h;
  h.emplace_back("x-request-id", request_id);
  return h;
}

http::Headers route_headers(const std::string& request_id, const Attempted& where) {
  http::Headers h = id_headers(request_id);
  if (!where.data_class.empty()) {
    h.emplace_back("x-switchyard-data-class", header_safe(where.data_class));
    h.emplace_back("x-switchyard-redacted", where.redacted ? "true" : "false");
  }
  if (where.deployment) {
    const config::DeploymentConfig& d = *where.deployment->config;
    h.emplace_back("x-switchyard-deployment", header_safe(d.name));
    h.emplace_back("x-switchyard-side", config::to_string(d.side));
  }
  // Nothing tried: what the pipeline knew when it stopped, if anything.
  if (where.deployment || !where.reason.empty())
    h.emplace_back("x-switchyard-route-reason", header_safe(where.reason, kMaxReasonBytes));
  if (!where.cascade.empty())
    h.emplace_back("x-switchyard-cascade", header_safe(where.cascade, kMaxReasonBytes));
  if (!where.explanation.empty())
    h.emplace_back("x-switchyard-route-explain",
                   header_safe(where.explanation, kMaxExplanationBytes));
  return h;
}

}  // namespace switchyard::gateway
