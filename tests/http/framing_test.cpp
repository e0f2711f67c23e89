// Request smuggling (RFC 9112 §6.3): every request whose body length is
// ambiguous or malformed is answered with an error in the dialect's format
// and the connection is closed, so the bytes after it are never served as a
// request of their own. One case per framing error, each followed by a
// smuggled "GET /smuggled" that must never reach the handler.
#include "switchyard/http/asio.hpp"  // first: carries the Boost 1.74 work-arounds

#include <gtest/gtest.h>

#include <mutex>
#include <string>
#include <vector>

#include "http/json_error_body.hpp"
#include "http/raw_client.hpp"
#include "support/json_compare.hpp"
#include "switchyard/http/request_head.hpp"
#include "switchyard/http/server.hpp"

namespace switchyard::http {
namespace {

using namespace std::chrono_literals;
using switchyard::testing::Parsed;
using switchyard::testing::str;
using testing::count_of;
using testing::RawClient;

struct Served {
  std::mutex mu;
  std::vector<std::string> targets;
  void add(std::string t) {
    std::lock_guard lock(mu);
    targets.push_back(std::move(t));
  }
  bool saw(std::string_view t) {
    std::lock_guard lock(mu);
    for (const auto& s : targets)
      if (s == t) return true;
    return false;
  }
};

class Framing : public ::testing::Test {
 protected:
  void SetUp() override {
    ServerOptions o;
    o.port = 0;
    o.threads = 1;
    o.error_body = testing::json_error_body;
    server_ = std::make_unique<Server>(o, [this](Request& req, ResponseWriter& out) -> Task<void> {
      served_.add(std::string(req.target()));
      co_await out.send(200, "text/plain", "body=" + req.body());
    });
    server_->start();
  }
  void TearDown() override { server_->shutdown(200ms); }

  Served served_;
  std::unique_ptr<Server> server_;
};

constexpr std::string_view kSmuggled = "GET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n";

struct Case {
  const char* name;
  const char* request;  // the bad request; kSmuggled follows it
  unsigned status;
  const char* says;  // a part of the error message
};

void PrintTo(const Case& c, std::ostream* os) {
  *os << c.name;
}

const Case kCases[] = {
    {"TransferEncodingGzip", "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", 400,
     "does not end in 'chunked'"},
    {"TransferEncodingIdentity",
     "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: identity\r\n\r\n", 400,
     "does not end in 'chunked'"},
    {"TransferEncodingXchunked",
     "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: xchunked\r\n\r\n", 400,
     "does not end in 'chunked'"},
    {"TransferEncodingQuotedChunked",
     "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: \"chunked\"\r\n\r\n", 400,
     "does not end in 'chunked'"},
    {"TransferEncodingChunkedThenIdentity",
     "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, identity\r\n\r\n", 400,
     "does not end in 'chunked'"},
    {"TransferEncodingChunkedTwiceInOneField",
     "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, "
     "chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
     400, "more than once"},
    {"TransferEncodingTwoFields",
     "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: "
     "chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
     400, "appears more than once"},
    {"TransferEncodingGzipThenChunkedIsNotImplemented",
     "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, "
     "chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
     501, "is not supported"},
    {"TransferEncodingGzipWithContentLength",
     "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\nContent-Length: 5\r\n\r\nhello",
     400, "not both"},
    {"ContentLengthThenTransferEncodingChunked",
     "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: "
     "chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
     400, "not both"},
    {"TransferEncodingChunkedThenContentLength",
     "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: "
     "5\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
     400, "not both"},
    {"TransferEncodingOnHttp10",
     "POST /a HTTP/1.0\r\nConnection: keep-alive\r\nTransfer-Encoding: "
     "chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
     400, "HTTP/1.0"},
    {"ConflictingContentLengths",
     "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 3\r\n\r\nhello", 400,
     "more than once"},
    {"DuplicateContentLengths",
     "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello", 400,
     "more than once"},
    {"ContentLengthList", "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5, 5\r\n\r\nhello", 400,
     "not a decimal number"},
    {"ContentLengthSigned", "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: +5\r\n\r\nhello", 400,
     "not a decimal number"},
    {"ContentLengthNegative", "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n", 400,
     "not a decimal number"},
    {"ContentLengthHex", "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 0x5\r\n\r\nhello", 400,
     "not a decimal number"},
    {"ContentLengthOverflow",
     "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 18446744073709551621\r\n\r\nhello", 400,
     "not a decimal number"},
    {"ObsFoldContinuationLine",
     "POST /a HTTP/1.1\r\nHost: x\r\nX-Folded: a\r\n b\r\nContent-Length: 5\r\n\r\nhello", 400,
     "obs-fold"},
    {"ObsFoldedTransferEncoding",
     "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding:\r\n chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
     400, "obs-fold"},
    {"WhitespaceBeforeColon",
     "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding : chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
     400, "before the colon"},
    {"BareLineFeedInHead", "POST /a HTTP/1.1\r\nHost: x\nContent-Length: 5\r\nX: y\r\n\r\nhello",
     400, "bare LF"},
    {"BareCarriageReturnInHead", "POST /a HTTP/1.1\r\nHost: x\rContent-Length: 5\r\n\r\nhello", 400,
     "bare CR"},
    {"ChunkSizeNotHex",
     "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n",
     400, "Malformed HTTP request"},
    {"ChunkSizeWithPrefix",
     "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0x5\r\nhello\r\n0\r\n\r\n",
     400, "Malformed HTTP request"},
    {"ChunkSizeNegative",
     "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n-5\r\nhello\r\n0\r\n\r\n",
     400, "Malformed HTTP request"},
    {"ChunkSizeOverflow",
     "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
     "10000000000000005\r\nhello\r\n0\r\n\r\n",
     400, "Malformed HTTP request"},
    {"ChunkDataLongerThanItsSize",
     "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nhello\r\n0\r\n\r\n",
     400, "Malformed HTTP request"},
};

class FramingError : public Framing, public ::testing::WithParamInterface<Case> {};

TEST_P(FramingError, AnswersAnErrorClosesAndNeverServesWhatFollows) {
  const Case& c = GetParam();
  RawClient client(server_->port());
  ASSERT_TRUE(client.ok());
  ASSERT_TRUE(client.send(std::string(c.request) + std::string(kSmuggled)));
  std::string out;
  const auto end = client.read_to_end(out);
  EXPECT_NE(end, RawClient::End::hung) << "the connection was left open:\n" << out;
  const std::string status_line = "HTTP/1.1 " + std::to_string(c.status) + " ";
  EXPECT_TRUE(out.starts_with(status_line)) << out;
  EXPECT_NE(out.find("Connection: close\r\n"), std::string::npos) << out;
  const Parsed error{std::string(testing::response_body(out))};
  EXPECT_TRUE(error.has("/error/status") && error["/error/status"].is_int64() &&
              int64_t(error["/error/status"]) == static_cast<int64_t>(c.status))
      << out;
  EXPECT_TRUE(error.has("/error/message") &&
              str(error["/error/message"]).find(c.says) != std::string_view::npos)
      << out;
  // The error body is rendered for the path the request was sent to.
  EXPECT_TRUE(error.has("/error/target") && str(error["/error/target"]) == "/a") << out;
  EXPECT_EQ(count_of(out, "HTTP/1.1 "), 1u) << "a second response was served:\n" << out;
  EXPECT_FALSE(served_.saw("/smuggled"));
  EXPECT_FALSE(served_.saw("/a"));
}

INSTANTIATE_TEST_SUITE_P(EachError, FramingError, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& i) { return i.param.name; });

// A body over the limit is refused before it is read, its answer rendered
// for the target it was sent to (query included); with no request line,
// there is no target.
TEST_F(Framing, BodyOverTheLimitIs413ForItsTarget) {
  RawClient client(server_->port());
  ASSERT_TRUE(client.ok());
  ASSERT_TRUE(client.send(
      "POST /v1/messages?beta=true HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999\r\n\r\n{"));
  std::string out;
  client.read_to_end(out);
  EXPECT_TRUE(out.starts_with("HTTP/1.1 413 ")) << out;
  const Parsed error{std::string(testing::response_body(out))};
  EXPECT_EQ(str(error["/error/target"]), "/v1/messages?beta=true") << out;
  EXPECT_FALSE(served_.saw("/v1/messages?beta=true"));
}

TEST(RequestLineTarget, IsTheSecondWordOfACompleteFirstLine) {
  EXPECT_EQ(request_line_target("POST /v1/messages HTTP/1.1\r\nHost: x\r\n"), "/v1/messages");
  EXPECT_EQ(request_line_target("GET /a?b=c HTTP/1.1\r\n"), "/a?b=c");
  EXPECT_EQ(request_line_target("POST /v1/messages HTTP/1.1"), "");  // the line has not ended
  EXPECT_EQ(request_line_target("GET http://x/a HTTP/1.1\r\n"), "");
  EXPECT_EQ(request_line_target("GARBAGE\r\n"), "");
  EXPECT_EQ(request_line_target(""), "");
}

// The framing that is right keeps working: chunked (any case) and
// Content-Length bodies, and the request after them on the same connection.
TEST_F(Framing, ChunkedAndContentLengthBodiesAreServedAndTheConnectionKept) {
  RawClient client(server_->port());
  ASSERT_TRUE(client.ok());
  ASSERT_TRUE(
      client.send("POST /chunked HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: Chunked\r\n\r\n"
                  "5;ext=1\r\nhello\r\n1\r\n!\r\n0\r\nTrailer: t\r\n\r\n"
                  "POST /length HTTP/1.1\r\nHost: x\r\nContent-Length:  3 \r\n\r\nabc"
                  "GET /last HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
  std::string out;
  EXPECT_EQ(client.read_to_end(out), RawClient::End::closed);
  EXPECT_EQ(count_of(out, "HTTP/1.1 200 OK"), 3u) << out;
  EXPECT_NE(out.find("body=hello!"), std::string::npos) << out;
  EXPECT_NE(out.find("body=abc"), std::string::npos) << out;
  EXPECT_TRUE(served_.saw("/last"));
}

}  // namespace
}  // namespace switchyard::http
