// The server's bytes on the wire (heads written as text, one write per
// response), read back with a raw socket, and the client against it: HEAD,
// 204, keep-alive and close, HTTP/1.0, chunked streams, header injection,
// and header fields that outgrow the connection's arena.
#include "switchyard/http/asio.hpp"  // first: carries the Boost 1.74 work-arounds

#include "switchyard/http/server.hpp"

#include <gtest/gtest.h>

#include <future>
#include <string>
#include <thread>

#include "switchyard/http/client.hpp"

namespace switchyard::http {
namespace {

using namespace std::chrono_literals;

Headers injected_headers() {
  Headers h;
  h.emplace_back("x-good", "1");
  h.emplace_back("x-evil", "a\r\nSet-Cookie: pwned=1");
  h.emplace_back("bad name", "2");
  h.emplace_back("content-length", "999");  // framing is the server's
  h.emplace_back("x-also-good", " trimmed ");
  return h;
}

Task<void> handle(Request& req, ResponseWriter& out) {
  const std::string_view target = req.target();
  if (target == "/plain") {
    Headers h;
    h.emplace_back("x-request-id", "r-1");
    co_await out.send(200, "text/plain", "hello", h);
  } else if (target == "/inject") {
    co_await out.send(200, "text/plain", "ok", injected_headers());
  } else if (target == "/nocontent") {
    co_await out.send(204, "", "");
  } else if (target == "/stream") {
    co_await out.begin_stream(200, "text/event-stream");
    co_await out.write("abc");
    co_await out.write(std::string(26, 'z'));
    co_await out.end_stream();
  } else if (target == "/echo") {
    // Every request header, "name=value;", to check the parsed fields.
    std::string body;
    for (const auto& f : req) {
      body += f.name_string();
      body += '=';
      body += f.value();
      body += ';';
    }
    body += "|";
    body += req.body();
    co_await out.send(200, "text/plain", std::move(body));
  }
  // anything else: no response, the server answers 500
}

// The client's pool is per thread: running the io_context on a thread of its
// own lets the pooled connections die (at thread exit) before the context.
void run_on_own_thread(net::io_context& ioc) {
  std::thread t([&ioc] { ioc.run(); });
  t.join();
}

class ServerWire : public ::testing::Test {
 protected:
  void SetUp() override {
    ServerOptions o;
    o.port = 0;
    o.threads = 1;
    o.max_header_bytes = 8 * 1024;
    server_ = std::make_unique<Server>(o, handle);
    server_->start();
  }
  void TearDown() override { server_->shutdown(200ms); }

  // Sends `raw` and reads until the server closes the connection.
  std::string exchange(const std::string& raw) {
    net::io_context ioc;
    tcp::socket s(ioc);
    s.connect({net::ip::make_address("127.0.0.1"), server_->port()});
    net::write(s, net::buffer(raw));
    std::string out;
    boost::system::error_code ec;
    for (;;) {
      char buf[4096];
      std::size_t n = s.read_some(net::buffer(buf), ec);
      out.append(buf, n);
      if (ec) break;
    }
    return out;
  }

  std::unique_ptr<Server> server_;
};

TEST_F(ServerWire, ResponseHeadAndBodyAsBeforeAndCloseWhenAsked) {
  EXPECT_EQ(exchange("GET /plain HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
            "HTTP/1.1 200 OK\r\nServer: switchyard\r\nContent-Type: text/plain\r\n"
            "x-request-id: r-1\r\nConnection: close\r\nContent-Length: 5\r\n\r\nhello");
}

TEST_F(ServerWire, KeepAliveResponsesFollowEachOtherOnOneConnection) {
  EXPECT_EQ(exchange("GET /plain HTTP/1.1\r\nHost: x\r\n\r\n"
                     "GET /plain HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
            "HTTP/1.1 200 OK\r\nServer: switchyard\r\nContent-Type: text/plain\r\n"
            "x-request-id: r-1\r\nContent-Length: 5\r\n\r\nhello"
            "HTTP/1.1 200 OK\r\nServer: switchyard\r\nContent-Type: text/plain\r\n"
            "x-request-id: r-1\r\nConnection: close\r\nContent-Length: 5\r\n\r\nhello");
}

TEST_F(ServerWire, Http10KeepAliveIsSaidAndOtherwiseCloses) {
  EXPECT_EQ(exchange("GET /plain HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"
                     "GET /plain HTTP/1.0\r\n\r\n"),
            "HTTP/1.0 200 OK\r\nServer: switchyard\r\nContent-Type: text/plain\r\n"
            "x-request-id: r-1\r\nConnection: keep-alive\r\nContent-Length: 5\r\n\r\nhello"
            "HTTP/1.0 200 OK\r\nServer: switchyard\r\nContent-Type: text/plain\r\n"
            "x-request-id: r-1\r\nContent-Length: 5\r\n\r\nhello");
}

TEST_F(ServerWire, HeadGetsTheLengthButNoBody) {
  // Were the body sent, it would be read as the start of the next response.
  EXPECT_EQ(exchange("HEAD /plain HTTP/1.1\r\nHost: x\r\n\r\n"
                     "GET /plain HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
            "HTTP/1.1 200 OK\r\nServer: switchyard\r\nContent-Type: text/plain\r\n"
            "x-request-id: r-1\r\nContent-Length: 5\r\n\r\n"
            "HTTP/1.1 200 OK\r\nServer: switchyard\r\nContent-Type: text/plain\r\n"
            "x-request-id: r-1\r\nConnection: close\r\nContent-Length: 5\r\n\r\nhello");
}

TEST_F(ServerWire, HeadOfAStreamHasNoChunks) {
  EXPECT_EQ(exchange("HEAD /stream HTTP/1.1\r\nHost: x\r\n\r\n"
                     "GET /nocontent HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
            "HTTP/1.1 200 OK\r\nServer: switchyard\r\nContent-Type: text/event-stream\r\n"
            "Cache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n\r\n"
            "HTTP/1.1 204 No Content\r\nServer: switchyard\r\nConnection: close\r\n\r\n");
}

TEST_F(ServerWire, NoContentHasNoLength) {
  EXPECT_EQ(exchange("GET /nocontent HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
            "HTTP/1.1 204 No Content\r\nServer: switchyard\r\nConnection: close\r\n\r\n");
}

TEST_F(ServerWire, CallerHeadersCannotInjectOrReframe) {
  EXPECT_EQ(exchange("GET /inject HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
            "HTTP/1.1 200 OK\r\nServer: switchyard\r\nContent-Type: text/plain\r\n"
            "x-good: 1\r\nx-also-good: trimmed\r\nConnection: close\r\n"
            "Content-Length: 2\r\n\r\nok");
}

TEST_F(ServerWire, StreamsAreChunked) {
  EXPECT_EQ(exchange("GET /stream HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
            "HTTP/1.1 200 OK\r\nServer: switchyard\r\nContent-Type: text/event-stream\r\n"
            "Connection: close\r\nCache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n\r\n"
            "3\r\nabc\r\n1a\r\nzzzzzzzzzzzzzzzzzzzzzzzzzz\r\n0\r\n\r\n");
}

TEST_F(ServerWire, Http10StreamEndsWithTheConnection) {
  EXPECT_EQ(exchange("GET /stream HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"),
            "HTTP/1.0 200 OK\r\nServer: switchyard\r\nContent-Type: text/event-stream\r\n"
            "Cache-Control: no-cache\r\n\r\nabczzzzzzzzzzzzzzzzzzzzzzzzzz");
}

TEST_F(ServerWire, NoResponseBecomes500AndCloses) {
  const std::string out = exchange("GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_TRUE(out.starts_with("HTTP/1.1 500 Internal Server Error\r\n")) << out;
  EXPECT_NE(out.find("Connection: close\r\n"), std::string::npos) << out;
}

TEST_F(ServerWire, FieldsParseRightRequestAfterRequestAndBeyondTheArena) {
  // The second request's fields outgrow the connection's arena (2 KB); the
  // third reuses it after the heap spill is freed.
  const std::string big(3000, 'b');
  const std::string out = exchange(
      "POST /echo HTTP/1.1\r\nHost: x\r\nX-A: 1\r\nContent-Length: 3\r\n\r\nabc"
      "POST /echo HTTP/1.1\r\nHost: y\r\nX-Big: " +
      big + "\r\nX-Small: s\r\nContent-Length: 0\r\n\r\n" +
      "GET /echo HTTP/1.1\r\nHost: z\r\nConnection: close\r\n\r\n");
  EXPECT_NE(out.find("Host=x;X-A=1;Content-Length=3;|abc"), std::string::npos) << out;
  EXPECT_NE(out.find("Host=y;X-Big=" + big + ";X-Small=s;Content-Length=0;|"), std::string::npos);
  EXPECT_NE(out.find("Host=z;Connection=close;|"), std::string::npos) << out;
}

TEST_F(ServerWire, HeadersOverTheLimitAre431) {
  const std::string out =
      exchange("GET /plain HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(9000, 'b') + "\r\n\r\n");
  EXPECT_TRUE(out.starts_with("HTTP/1.1 431 Request Header Fields Too Large\r\n")) << out;
  EXPECT_NE(out.find("Connection: close\r\n"), std::string::npos);
}

TEST_F(ServerWire, MalformedRequestIs400) {
  const std::string out = exchange("GET /plain HTTP/1.1\r\nBad Header\r\n\r\n");
  EXPECT_TRUE(out.starts_with("HTTP/1.1 400 Bad Request\r\n")) << out;
}

// The client's gathered request write and its arena-backed response parser,
// several requests on one pooled connection.
TEST_F(ServerWire, ClientRoundTripsOnOnePooledConnection) {
  net::io_context ioc;
  const Url base = *Url::parse("http://127.0.0.1:" + std::to_string(server_->port()));
  const TlsOptions tls;
  std::promise<std::string> result;
  net::co_spawn(
      ioc,
      [&]() -> Task<void> {
        std::string seen;
        for (int i = 0; i < 3; ++i) {
          ClientRequest r;
          r.target = "/echo";
          r.headers.emplace_back("x-i", std::to_string(i));
          r.body = "body" + std::to_string(i);
          auto res = co_await Client::request(base, tls, std::move(r), 1s, Clock::now() + 5s);
          if (!res) {
            seen += "error: " + res.error().message;
            break;
          }
          seen += std::to_string(res->status) + " " + res->content_type + " " + res->body + "\n";
        }
        seen += "idle=" + std::to_string(Client::idle_connections());
        result.set_value(seen);
      },
      net::detached);
  run_on_own_thread(ioc);
  EXPECT_EQ(result.get_future().get(),
            "200 text/plain Host=127.0.0.1:" + std::to_string(server_->port()) +
                ";User-Agent=switchyard;x-i=0;Content-Length=5;|body0\n"
                "200 text/plain Host=127.0.0.1:" +
                std::to_string(server_->port()) +
                ";User-Agent=switchyard;x-i=1;Content-Length=5;|body1\n"
                "200 text/plain Host=127.0.0.1:" +
                std::to_string(server_->port()) +
                ";User-Agent=switchyard;x-i=2;Content-Length=5;|body2\n"
                "idle=1");
}

TEST_F(ServerWire, ClientStreamReadsChunks) {
  net::io_context ioc;
  const Url base = *Url::parse("http://127.0.0.1:" + std::to_string(server_->port()));
  const TlsOptions tls;
  std::promise<std::string> result;
  net::co_spawn(
      ioc,
      [&]() -> Task<void> {
        ClientRequest r;
        r.method = bhttp::verb::get;
        r.target = "/stream";
        auto s = co_await Client::open(base, tls, std::move(r), 1s, Clock::now() + 5s);
        if (!s) {
          result.set_value("error: " + s.error().message);
          co_return;
        }
        std::string all = (*s)->content_type() + " ";
        all += co_await (*s)->read_all(Clock::now() + 5s);
        result.set_value(all);
      },
      net::detached);
  run_on_own_thread(ioc);
  EXPECT_EQ(result.get_future().get(), "text/event-stream abczzzzzzzzzzzzzzzzzzzzzzzzzz");
}

}  // namespace
}  // namespace switchyard::http
