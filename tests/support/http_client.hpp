// Blocking HTTP/1.1 client for integration tests: one request per call, or a
// raw byte exchange for malformed-input tests.
#pragma once

#include "switchyard/http/asio.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace switchyard::testing {

struct TestResponse {
  unsigned status = 0;
  std::string body;
  http::bhttp::fields headers;
  std::string header(std::string_view name) const {
    auto it = headers.find(name);
    return it == headers.end() ? std::string() : std::string(it->value());
  }
};

inline TestResponse http_request(std::uint16_t port, http::bhttp::verb method,
                                 const std::string& target, const std::string& body = {},
                                 std::vector<std::pair<std::string, std::string>> headers = {}) {
  namespace net = http::net;
  net::io_context ioc;
  http::beast::tcp_stream stream(ioc);
  stream.expires_after(std::chrono::seconds(30));
  stream.connect(http::tcp::endpoint(net::ip::make_address("127.0.0.1"), port));
  http::bhttp::request<http::bhttp::string_body> req{method, target, 11};
  req.set(http::bhttp::field::host, "127.0.0.1");
  if (!body.empty()) req.set(http::bhttp::field::content_type, "application/json");
  for (auto& [k, v] : headers) req.set(k, v);
  req.body() = body;
  req.prepare_payload();
  http::bhttp::write(stream, req);
  http::beast::flat_buffer buf;
  http::bhttp::response_parser<http::bhttp::string_body> parser;
  parser.body_limit(64u << 20);
  http::bhttp::read(stream, buf, parser);
  TestResponse out;
  auto& res = parser.get();
  out.status = res.result_int();
  out.body = res.body();
  for (auto& f : res) out.headers.insert(f.name_string(), f.value());
  return out;
}

inline TestResponse post_json(std::uint16_t port, const std::string& target,
                              const std::string& body) {
  return http_request(port, http::bhttp::verb::post, target, body);
}

// Sends raw bytes, then reads until the server closes or `timeout` passes.
inline std::string raw_exchange(std::uint16_t port, const std::string& bytes,
                                std::chrono::milliseconds timeout = std::chrono::seconds(5)) {
  namespace net = http::net;
  net::io_context ioc;
  http::beast::tcp_stream stream(ioc);
  stream.expires_after(timeout);
  stream.connect(http::tcp::endpoint(net::ip::make_address("127.0.0.1"), port));
  boost::system::error_code ec;
  net::write(stream.socket(), net::buffer(bytes), ec);
  std::string out;
  char chunk[4096];
  for (;;) {
    std::size_t n = stream.read_some(net::buffer(chunk), ec);
    out.append(chunk, n);
    if (ec) break;
  }
  return out;
}

}  // namespace switchyard::testing
