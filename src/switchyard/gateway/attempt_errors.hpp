// The errors the execute stage makes itself (no upstream said them), and an
// error in a few words for the route-reason header.
#pragma once

#include <string>

#include "switchyard/core/error.hpp"

namespace switchyard::gateway {

inline core::Error unavailable_error(const std::string& why) {
  return {core::ErrorKind::unavailable, 503, why, {}, "deployment_unavailable", false};
}

inline core::Error deadline_error() {
  return {core::ErrorKind::timeout,
          504,
          "The request did not complete within server.request_timeout_ms.",
          {},
          "request_timeout",
          false};
}

// "HTTP 503 deployment_unavailable".
inline std::string short_error(const core::Error& e) {
  std::string s = "HTTP " + std::to_string(e.status);
  if (!e.code.empty()) s += " " + e.code;
  return s;
}

}  // namespace switchyard::gateway
