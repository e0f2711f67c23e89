// The read timeout runs from a request's first byte and covers its head and
// body; when it passes, the client gets a 408 (in the dialect's error
// format) and the connection closes. A keep-alive connection on which no
// request has begun is closed at the idle timeout, without a word.
//
// The timeouts here are short and the idle one far longer than the read
// one, so which of them fired is plain from what the client receives; the
// guard on each read is many times longer still (no timing is asserted).
#include "switchyard/http/asio.hpp"  // first: carries the Boost 1.74 work-arounds

#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>

#include "http/json_error_body.hpp"
#include "http/raw_client.hpp"
#include "support/json_compare.hpp"
#include "switchyard/http/server.hpp"

namespace switchyard::http {
namespace {

using namespace std::chrono_literals;
using switchyard::testing::Parsed;
using switchyard::testing::str;
using testing::count_of;
using testing::RawClient;

class Timeouts : public ::testing::Test {
 protected:
  void start(std::chrono::milliseconds read_timeout, std::chrono::milliseconds idle_timeout) {
    ServerOptions o;
    o.port = 0;
    o.threads = 1;
    o.read_timeout = read_timeout;
    o.idle_timeout = idle_timeout;
    o.error_body = testing::json_error_body;
    server_ = std::make_unique<Server>(o, [](Request& req, ResponseWriter& out) -> Task<void> {
      co_await out.send(200, "text/plain", "body=" + req.body());
    });
    server_->start();
  }
  void TearDown() override {
    if (server_) server_->shutdown(200ms);
  }

  // Sends `bytes` one at a time, `gap` apart, on a thread of its own until
  // they run out or the server closes.
  static std::thread trickle(RawClient& c, std::string bytes, std::chrono::milliseconds gap,
                             std::atomic<bool>& stop) {
    return std::thread([&c, bytes = std::move(bytes), gap, &stop] {
      for (char b : bytes) {
        if (stop || !c.send(std::string_view(&b, 1))) return;
        std::this_thread::sleep_for(gap);
      }
    });
  }

  std::unique_ptr<Server> server_;
};

TEST_F(Timeouts, HeadersTrickledPastTheReadTimeoutGet408AndClose) {
  // Read timeout 300 ms, idle timeout 60 s: the head below takes ~4 s to
  // trickle. Before the fix the idle timeout covered the head, and the
  // connection was closed without a 408.
  start(300ms, 60s);
  RawClient client(server_->port());
  ASSERT_TRUE(client.ok());
  std::atomic<bool> stop{false};
  auto t =
      trickle(client, "GET /a HTTP/1.1\r\nHost: x\r\nX-Slow: abcdefghijklmnopqrstuvwxyz\r\n\r\n",
              50ms, stop);
  std::string out;
  const auto end = client.read_to_end(out, 20s);
  stop = true;
  t.join();
  EXPECT_NE(end, RawClient::End::hung) << out;
  EXPECT_TRUE(out.starts_with("HTTP/1.1 408 Request Timeout\r\n")) << out;
  EXPECT_NE(out.find("Connection: close\r\n"), std::string::npos) << out;
  const Parsed error{std::string(testing::response_body(out))};
  EXPECT_TRUE(error.has("/error/status") && error["/error/status"].is_int64() &&
              int64_t(error["/error/status"]) == 408)
      << out;
  EXPECT_TRUE(error.has("/error/message") &&
              str(error["/error/message"]).find("read timeout of 300 ms") != std::string_view::npos)
      << out;
}

TEST_F(Timeouts, ABodyThatStallsGets408AndClose) {
  start(300ms, 60s);
  RawClient client(server_->port());
  ASSERT_TRUE(client.ok());
  ASSERT_TRUE(client.send("POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc"));
  std::string out;
  EXPECT_NE(client.read_to_end(out, 20s), RawClient::End::hung) << out;
  EXPECT_TRUE(out.starts_with("HTTP/1.1 408 Request Timeout\r\n")) << out;
  const Parsed error{std::string(testing::response_body(out))};
  EXPECT_TRUE(error.has("/error/status") && error["/error/status"].is_int64() &&
              int64_t(error["/error/status"]) == 408)
      << out;
}

TEST_F(Timeouts, TheReadTimeoutCoversHeadAndBodyTogether) {
  // Head (41 bytes) and body (40 bytes) each take ~0.8 s, within the read
  // timeout of 1 s, but not both: the clock starts at the first byte and
  // does not start again at the body.
  start(1000ms, 60s);
  RawClient client(server_->port());
  ASSERT_TRUE(client.ok());
  std::atomic<bool> stop{false};
  auto t = trickle(client, "POST /a HTTP/1.1\r\nContent-Length: 40\r\n\r\n" + std::string(40, 'b'),
                   20ms, stop);
  std::string out;
  const auto end = client.read_to_end(out, 20s);
  stop = true;
  t.join();
  EXPECT_NE(end, RawClient::End::hung) << out;
  EXPECT_TRUE(out.starts_with("HTTP/1.1 408 Request Timeout\r\n")) << out;
}

TEST_F(Timeouts, AnIdleConnectionClosesSilently) {
  start(60s, 300ms);
  RawClient client(server_->port());
  ASSERT_TRUE(client.ok());
  std::string out;
  EXPECT_EQ(client.read_to_end(out, 20s), RawClient::End::closed);
  EXPECT_EQ(out, "");
}

TEST_F(Timeouts, AKeepAliveConnectionIdleAfterARequestClosesSilently) {
  start(60s, 300ms);
  RawClient client(server_->port());
  ASSERT_TRUE(client.ok());
  ASSERT_TRUE(client.send("POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nhi"));
  std::string out;
  EXPECT_EQ(client.read_to_end(out, 20s), RawClient::End::closed);
  EXPECT_EQ(count_of(out, "HTTP/1.1 "), 1u) << out;
  EXPECT_TRUE(out.starts_with("HTTP/1.1 200 OK\r\n")) << out;
  EXPECT_NE(out.find("body=hi"), std::string::npos) << out;
}

TEST_F(Timeouts, ARequestArrivingSteadilyWithinTheTimeoutIsServed) {
  start(5000ms, 60s);
  RawClient client(server_->port());
  ASSERT_TRUE(client.ok());
  std::atomic<bool> stop{false};
  auto t = trickle(client, "POST /a HTTP/1.1\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok",
                   5ms, stop);
  std::string out;
  EXPECT_EQ(client.read_to_end(out, 20s), RawClient::End::closed);
  t.join();
  EXPECT_TRUE(out.starts_with("HTTP/1.1 200 OK\r\n")) << out;
  EXPECT_NE(out.find("body=ok"), std::string::npos) << out;
}

}  // namespace
}  // namespace switchyard::http
