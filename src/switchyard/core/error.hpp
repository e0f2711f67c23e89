// Error taxonomy shared by every area. Dialects map a kind to their own wire
// format (OpenAI error object, Anthropic error object); providers map upstream
// failures into it. `retryable` drives the retry/fallback policy.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace switchyard::core {

enum class ErrorKind {
  invalid_request,          // 400: the client must change the request
  authentication,           // 401
  permission,               // 403
  not_found,                // 404: unknown path or model
  method_not_allowed,       // 405
  payload_too_large,        // 413
  rate_limited,             // 429
  upstream,                 // an upstream answered with an error status
  upstream_unreachable,     // connect / TLS / protocol failure talking to an upstream
  timeout,                  // deadline passed
  unavailable,              // 503: nothing can serve the request now
  no_permitted_deployment,  // 503: the privacy policy allows none of the deployments
  internal,                 // 500: a bug
};

struct Error {
  ErrorKind kind = ErrorKind::internal;
  int status = 500;     // HTTP status to return to the client
  std::string message;  // says what to fix; never contains secrets
  std::string param;    // offending request field, when there is one
  std::string code;     // machine-readable code, e.g. "model_not_found"
  bool retryable = false;
  // How long the upstream asked us to wait (its Retry-After), when it said.
  // The retry policy waits at least this long before trying the same
  // deployment again; a final 429/503 passes it on to the client.
  std::optional<std::chrono::milliseconds> retry_after;

  static Error invalid(std::string message, std::string param = {}, std::string code = {}) {
    return {ErrorKind::invalid_request,
            400,
            std::move(message),
            std::move(param),
            std::move(code),
            false};
  }
  static Error not_found(std::string message, std::string code = {}) {
    return {ErrorKind::not_found, 404, std::move(message), {}, std::move(code), false};
  }
  static Error internal(std::string message) {
    return {ErrorKind::internal, 500, std::move(message), {}, {}, false};
  }
};

// A value or an Error. (std::expected is C++23; g++ 12 lacks it.)
template <typename T>
class Expected {
 public:
  Expected(T value) : v_(std::move(value)) {}
  Expected(Error error) : v_(std::move(error)) {}
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<1>(v_); }
  Error& error() { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

}  // namespace switchyard::core
