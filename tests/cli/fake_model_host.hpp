// A loopback HTTP/1.1 file server for the `switchyard pull` tests, standing
// in for Hugging Face and its CDN: byte ranges (206 + Content-Range, 416),
// extra headers (X-Linked-Etag, Location), error statuses, connections cut
// or stalled after a given number of body bytes, and optionally TLS. It
// records every request.
#pragma once

#include "switchyard/http/asio.hpp"

#include <atomic>
#include <boost/asio/ssl.hpp>
#include <boost/asio/write.hpp>
#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace switchyard::testing {

class FakeModelHost {
 public:
  struct Route {
    unsigned status = 200;
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string content_type = "application/octet-stream";
    bool ranges = true;         // honours Range; false answers 200 with the whole body
    int cut_first = 0;          // the first N requests are cut ...
    std::size_t cut_after = 0;  // ... after this many body bytes
    // After this many body bytes, send nothing more and hold the connection
    // open (until the host is destroyed).
    std::size_t stall_after = std::string::npos;
  };
  struct Seen {
    std::string target;
    std::string range;
    std::string authorization;
  };

  // With `tls`, every connection is TLS with that server context.
  explicit FakeModelHost(http::net::ssl::context* tls = nullptr) : acceptor_(ioc_), tls_(tls) {
    namespace net = http::net;
    http::tcp::endpoint ep(net::ip::make_address("127.0.0.1"), 0);
    acceptor_.open(ep.protocol());
    acceptor_.set_option(net::socket_base::reuse_address(true));
    acceptor_.bind(ep);
    acceptor_.listen();
    port_ = acceptor_.local_endpoint().port();
    thread_ = std::thread([this] { serve(); });
  }

  ~FakeModelHost() {
    stopping_ = true;
    try {  // wake the blocking accept
      http::net::io_context ioc;
      http::tcp::socket s(ioc);
      s.connect(acceptor_.local_endpoint());
    } catch (...) {
    }
    thread_.join();
  }

  std::uint16_t port() const { return port_; }
  std::string origin() const { return "http://127.0.0.1:" + std::to_string(port_); }

  void route(const std::string& target, Route r) {
    std::lock_guard lock(mutex_);
    routes_[target] = std::move(r);
  }
  std::vector<Seen> requests() const {
    std::lock_guard lock(mutex_);
    return seen_;
  }

 private:
  void serve() {
    while (!stopping_) {
      http::tcp::socket sock(ioc_);
      boost::system::error_code ec;
      acceptor_.accept(sock, ec);
      if (ec || stopping_) continue;
      if (tls_ == nullptr) {
        handle(sock);
      } else {
        http::net::ssl::stream<http::tcp::socket&> stream(sock, *tls_);
        stream.handshake(http::net::ssl::stream_base::server, ec);
        if (!ec) handle(stream);
      }
      sock.shutdown(http::tcp::socket::shutdown_both, ec);
      sock.close(ec);
    }
  }

  static std::string reason(unsigned status) {
    switch (status) {
      case 200:
        return "OK";
      case 206:
        return "Partial Content";
      case 302:
        return "Found";
      case 404:
        return "Not Found";
      case 416:
        return "Range Not Satisfiable";
      case 503:
        return "Service Unavailable";
      default:
        return "Status";
    }
  }

  template <typename Stream>
  void handle(Stream& sock) {
    namespace bhttp = http::bhttp;
    boost::system::error_code ec;
    http::beast::flat_buffer buf;
    bhttp::request<bhttp::empty_body> req;
    bhttp::read(sock, buf, req, ec);
    if (ec) return;
    Seen seen{std::string(req.target()), std::string(req[bhttp::field::range]),
              std::string(req[bhttp::field::authorization])};
    Route r;
    bool found = false;
    {
      std::lock_guard lock(mutex_);
      seen_.push_back(seen);
      if (auto it = routes_.find(seen.target); it != routes_.end()) {
        found = true;
        r = it->second;
        if (it->second.cut_first > 0) --it->second.cut_first;
      }
    }
    if (!found) {
      r.status = 404;
      r.body = "Entry not found";
      r.content_type = "text/plain";
    }

    unsigned status = r.status;
    std::string body = r.body;
    std::vector<std::pair<std::string, std::string>> headers = r.headers;
    if (status == 200 && r.ranges && seen.range.starts_with("bytes=") && seen.range.back() == '-') {
      const std::size_t from = std::stoull(seen.range.substr(6));
      const std::string total = std::to_string(r.body.size());
      if (from >= r.body.size()) {
        status = 416;
        body.clear();
        headers.emplace_back("Content-Range", "bytes */" + total);
      } else {
        status = 206;
        body = r.body.substr(from);
        headers.emplace_back("Content-Range", "bytes " + std::to_string(from) + "-" +
                                                  std::to_string(r.body.size() - 1) + "/" + total);
      }
    }
    std::string head = "HTTP/1.1 " + std::to_string(status) + " " + reason(status) + "\r\n";
    head += "Content-Type: " + r.content_type + "\r\n";
    head += "Content-Length: " + std::to_string(body.size()) + "\r\n";
    if (r.ranges) head += "Accept-Ranges: bytes\r\n";
    for (const auto& [k, v] : headers) head += k + ": " + v + "\r\n";
    head += "Connection: close\r\n\r\n";
    if (r.cut_first > 0) body = body.substr(0, std::min(body.size(), r.cut_after));
    const bool stall = r.stall_after < body.size();
    if (stall) body.resize(r.stall_after);
    http::net::write(sock, http::net::buffer(head), ec);
    if (!ec) http::net::write(sock, http::net::buffer(body), ec);
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (stall && !stopping_ && std::chrono::steady_clock::now() < until)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }

  http::net::io_context ioc_;
  http::tcp::acceptor acceptor_;
  http::net::ssl::context* tls_;
  std::uint16_t port_ = 0;
  std::thread thread_;
  std::atomic<bool> stopping_{false};
  mutable std::mutex mutex_;
  std::map<std::string, Route> routes_;
  std::vector<Seen> seen_;
};

}  // namespace switchyard::testing
