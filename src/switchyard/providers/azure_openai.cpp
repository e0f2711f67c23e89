#include "switchyard/providers/azure_openai.hpp"

#include <cctype>

namespace switchyard::providers {

std::string percent_encode(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) != 0 || c == '-' || c == '.' || c == '_' || c == '~') {
      out += c;
    } else {
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 0xF];
    }
  }
  return out;
}

std::string azure_target(std::string_view deployment, std::string_view operation,
                         std::string_view api_version) {
  std::string t = "/openai/deployments/";
  // "." and ".." are path steps, not names: their dots are encoded too.
  if (deployment.find_first_not_of('.') == std::string_view::npos) {
    for (std::size_t i = 0; i < deployment.size(); ++i) t += "%2E";
  } else {
    t += percent_encode(deployment);
  }
  t += '/';
  t += operation;
  t += "?api-version=";
  t += percent_encode(api_version);
  return t;
}

}  // namespace switchyard::providers
