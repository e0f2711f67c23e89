// Outbound HTTP/1.1 client for upstream providers.
//
// Connections are pooled per origin and per thread (thread_local): a gateway
// worker thread owns its io_context, so a pooled connection is only ever used
// by the thread that made it and the pool needs no locks. https uses OpenSSL
// with certificate and host name verification on by default (system CA bundle).
//
// A response is read either whole (`request`) or as a stream (`open` then
// `ResponseStream::read`), for SSE passthrough.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "switchyard/core/error.hpp"
#include "switchyard/http/asio.hpp"

namespace switchyard::http {

using Clock = std::chrono::steady_clock;
using Deadline = Clock::time_point;

struct Url {
  bool tls = false;
  std::string host;
  std::uint16_t port = 0;
  std::string path;  // no trailing slash; "" for the root

  static core::Expected<Url> parse(std::string_view text);
  std::string origin() const;  // "https://host:port"
};

// The `code` of an error that means no connection could be made (name
// lookup, TCP connect, or its timeout): nothing was sent, and the upstream is
// probably down. Endpoint pools take such a member out at once.
inline constexpr std::string_view kConnectFailedCode = "upstream_connect_failed";

// The `code` of an error that means the upstream's answer was larger than
// the caller's limit: the body was cut there, never held whole.
inline constexpr std::string_view kResponseTooLargeCode = "upstream_response_too_large";

struct TlsOptions {
  bool verify = true;
  std::string ca_file;  // empty: system default verify paths
};

struct ClientRequest {
  bhttp::verb method = bhttp::verb::post;
  std::string target;  // path + query, e.g. "/v1/chat/completions"
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
};

struct ClientResponse {
  unsigned status = 0;
  std::string content_type;
  std::string body;
  std::string retry_after;  // the Retry-After header of an error answer (4xx/5xx), if any
  // Every header of an error answer (4xx/5xx), names in lower case: what a
  // provider reads for its backoff besides Retry-After (Anthropic's
  // anthropic-ratelimit-*). Empty for a success: that path copies none.
  std::vector<std::pair<std::string, std::string>> error_headers;
};

// Writes the request line and headers `Client` sends for `req` to `base`
// into `out` (replacing its content); false when the target is unusable.
bool render_request_head(std::string& out, const Url& base, const ClientRequest& req);

class Connection;

// A response whose body is read piece by piece as it arrives.
class ResponseStream {
 public:
  ResponseStream(std::unique_ptr<Connection> conn, unsigned status, std::string content_type);
  ~ResponseStream();
  unsigned status() const { return status_; }
  const std::string& content_type() const { return content_type_; }
  // The Retry-After header of an error answer (4xx/5xx); "" otherwise.
  const std::string& retry_after() const { return retry_after_; }
  void set_retry_after(std::string value) { retry_after_ = std::move(value); }
  // As ClientResponse::error_headers.
  const std::vector<std::pair<std::string, std::string>>& error_headers() const {
    return error_headers_;
  }
  void set_error_headers(std::vector<std::pair<std::string, std::string>> h) {
    error_headers_ = std::move(h);
  }
  // Next piece of the (de-chunked) body; empty when the body is complete.
  // An error when the upstream disconnects mid-body or the deadline passes.
  Task<core::Expected<std::string>> read(Deadline deadline);
  // Reads the rest of the body (bounded), for error responses.
  Task<std::string> read_all(Deadline deadline, std::size_t limit = 64u << 10);
  // Reads the rest of the body as an answer: a body over `limit` bytes is an
  // error with code kResponseTooLargeCode, as is a read error or the deadline.
  Task<core::Expected<std::string>> read_body(Deadline deadline, std::size_t limit);

 private:
  std::unique_ptr<Connection> conn_;
  unsigned status_;
  std::string content_type_;
  std::string retry_after_;
  std::vector<std::pair<std::string, std::string>> error_headers_;
  bool done_ = false;
};

class Client {
 public:
  // Sends `req` to `base` and reads the whole response (bounded by max_body).
  static Task<core::Expected<ClientResponse>> request(const Url& base, const TlsOptions& tls,
                                                      ClientRequest req,
                                                      std::chrono::milliseconds connect_timeout,
                                                      Deadline deadline,
                                                      std::size_t max_body = 64u << 20);
  // Sends `req` and returns once the response headers have arrived.
  static Task<core::Expected<std::unique_ptr<ResponseStream>>> open(
      const Url& base, const TlsOptions& tls, ClientRequest req,
      std::chrono::milliseconds connect_timeout, Deadline deadline);

  // Idle pooled connections on this thread (for tests and metrics).
  static std::size_t idle_connections();
};

}  // namespace switchyard::http
