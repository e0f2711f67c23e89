#include "fakes/fake_azure_routes.hpp"

#include <cctype>

namespace switchyard::testing {
namespace {

std::string azure_error(std::string_view code, std::string_view message) {
  // Codes and messages are plain ASCII without quotes: no escaping needed.
  std::string s = R"({"error":{"code":")";
  s += code;
  s += R"(","message":")";
  s += message;
  s += R"("}})";
  return s;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// False when a %XX is malformed.
bool percent_decode(std::string_view in, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] != '%') {
      out += in[i];
      continue;
    }
    if (i + 2 >= in.size()) return false;
    const int hi = hex_value(in[i + 1]);
    const int lo = hex_value(in[i + 2]);
    if (hi < 0 || lo < 0) return false;
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  return true;
}

// The value of `name` in a query string, percent-decoded; "" when absent.
std::string query_value(std::string_view query, std::string_view name) {
  while (!query.empty()) {
    const auto amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    const auto eq = pair.find('=');
    if (pair.substr(0, eq) == name && eq != std::string_view::npos) {
      std::string v;
      if (percent_decode(pair.substr(eq + 1), v)) return v;
      return {};
    }
    if (amp == std::string_view::npos) break;
    query.remove_prefix(amp + 1);
  }
  return {};
}

}  // namespace

bool is_azure_target(std::string_view target) {
  return target.starts_with("/openai/");
}

AzureRoute azure_route(std::string_view target, std::string_view api_key) {
  AzureRoute r;
  const auto q = target.find('?');
  const std::string_view path = target.substr(0, q);
  const std::string_view query = q == std::string_view::npos ? "" : target.substr(q + 1);
  r.api_version = query_value(query, "api-version");
  constexpr std::string_view kPrefix = "/openai/deployments/";
  std::string_view rest = path.starts_with(kPrefix) ? path.substr(kPrefix.size()) : "";
  const auto slash = rest.find('/');
  const std::string_view name = rest.substr(0, slash);
  const std::string_view op = slash == std::string_view::npos ? "" : rest.substr(slash + 1);
  if (r.api_version.empty()) {
    r.status = 404;
    r.error_body = azure_error("404", "Resource not found");
    return r;
  }
  if (api_key.empty() || api_key == "fail-auth") {
    r.status = 401;
    r.error_body = azure_error(
        "401", api_key.empty()
                   ? "Access denied due to missing subscription key. Make sure to include "
                     "subscription key when making requests to an API."
                   : "Access denied due to invalid subscription key or wrong API endpoint. Make "
                     "sure to provide a valid key for an active subscription and use a correct "
                     "regional API endpoint for your resource.");
    return r;
  }
  if (name.empty() || (op != "chat/completions" && op != "embeddings") ||
      !percent_decode(name, r.deployment) ||
      r.deployment.find_first_of("/?#") != std::string::npos || r.deployment == "." ||
      r.deployment == "..") {
    r.status = 404;
    r.error_body = azure_error("DeploymentNotFound",
                               "The API deployment for this resource does not exist. If you "
                               "created the deployment within the last 5 minutes, please wait a "
                               "moment and try again.");
    return r;
  }
  r.operation = std::string(op);
  return r;
}

}  // namespace switchyard::testing
