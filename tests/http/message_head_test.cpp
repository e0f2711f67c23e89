// The text we write as HTTP message heads, the header validation that keeps
// callers' values from injecting headers, and the arena behind parsed fields.
#include "switchyard/http/asio.hpp"  // first: carries the Boost 1.74 work-arounds

#include "switchyard/http/message_head.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "switchyard/http/client.hpp"
#include "switchyard/http/field_arena.hpp"

namespace switchyard::http {
namespace {

TEST(MessageHead, StatusLineHasCodeAndReason) {
  std::string out;
  append_status_line(out, 11, 200);
  append_status_line(out, 10, 404);
  append_status_line(out, 11, 299);
  EXPECT_EQ(out, "HTTP/1.1 200 OK\r\nHTTP/1.0 404 Not Found\r\nHTTP/1.1 299 <unknown-status>\r\n");
}

TEST(MessageHead, HeaderValuesAreTrimmedLikeBeastDid) {
  std::string out;
  EXPECT_TRUE(append_header(out, "x-a", " \t v 1 \t"));
  EXPECT_TRUE(append_header(out, "x-empty", ""));
  EXPECT_EQ(out, "x-a: v 1\r\nx-empty: \r\n");
}

TEST(MessageHead, RejectsHeaderInjection) {
  std::string out;
  EXPECT_FALSE(append_header(out, "x-a", "ok\r\nx-evil: 1"));
  EXPECT_FALSE(append_header(out, "x-a", "ok\nx-evil: 1"));
  EXPECT_FALSE(append_header(out, "x-a", "ok\r"));
  EXPECT_FALSE(append_header(out, "x-a", std::string("nul\0", 4)));
  EXPECT_FALSE(append_header(out, "x-a", "del\x7f"));
  EXPECT_FALSE(append_header(out, "x-a\r\nx-evil", "1"));
  EXPECT_FALSE(append_header(out, "bad name", "1"));
  EXPECT_FALSE(append_header(out, "x:y", "1"));
  EXPECT_FALSE(append_header(out, "", "1"));
  EXPECT_EQ(out, "");
  EXPECT_TRUE(append_header(out, "x-tab", "a\tb"));
  EXPECT_TRUE(append_header(out, "x-utf8", "caf\xc3\xa9"));  // obs-text passes, as in parsers
  EXPECT_EQ(out, "x-tab: a\tb\r\nx-utf8: caf\xc3\xa9\r\n");
}

TEST(MessageHead, FramingHeadersAreRecognisedInAnyCase) {
  EXPECT_TRUE(is_framing_header("Content-Length"));
  EXPECT_TRUE(is_framing_header("transfer-encoding"));
  EXPECT_TRUE(is_framing_header("CONNECTION"));
  EXPECT_FALSE(is_framing_header("content-type"));
  EXPECT_FALSE(is_framing_header("x-connection"));
}

TEST(MessageHead, ChunkSizeIsHex) {
  char buf[24];
  EXPECT_EQ(std::string(buf, format_chunk_size(buf, 0)), "0\r\n");
  EXPECT_EQ(std::string(buf, format_chunk_size(buf, 26)), "1a\r\n");
  EXPECT_EQ(std::string(buf, format_chunk_size(buf, 0x10000)), "10000\r\n");
}

TEST(MessageHead, RequestLineRejectsBlanksAndControls) {
  std::string out;
  EXPECT_FALSE(append_request_line(out, "POST", "/v1", "/chat completions"));
  EXPECT_FALSE(append_request_line(out, "POST", "/v1\r\nx-evil: 1", ""));
  EXPECT_FALSE(append_request_line(out, "PO ST", "/v1"));
  EXPECT_FALSE(append_request_line(out, "GET", "", ""));
  EXPECT_EQ(out, "");
  EXPECT_TRUE(append_request_line(out, "GET", "/v1", "/models?x=1"));
  EXPECT_EQ(out, "GET /v1/models?x=1 HTTP/1.1\r\n");
}

TEST(ClientRequestHead, RendersWhatTheClientSends) {
  Url u = *Url::parse("http://api.example.com:8080/v1");
  ClientRequest r;
  r.method = bhttp::verb::post;
  r.target = "/chat/completions";
  r.headers.emplace_back("content-type", "application/json");
  r.headers.emplace_back("authorization", "Bearer sk-1");
  r.body = "{}";
  std::string out = "stale";
  ASSERT_TRUE(render_request_head(out, u, r));
  EXPECT_EQ(out,
            "POST /v1/chat/completions HTTP/1.1\r\n"
            "Host: api.example.com:8080\r\n"
            "User-Agent: switchyard\r\n"
            "content-type: application/json\r\n"
            "authorization: Bearer sk-1\r\n"
            "Content-Length: 2\r\n"
            "\r\n");
}

TEST(ClientRequestHead, DefaultPortEmptyBodiesAndIpv6) {
  ClientRequest get;
  get.method = bhttp::verb::get;
  get.target = "/health";
  std::string out;
  ASSERT_TRUE(render_request_head(out, *Url::parse("https://example.com"), get));
  EXPECT_EQ(out, "GET /health HTTP/1.1\r\nHost: example.com\r\nUser-Agent: switchyard\r\n\r\n");

  ClientRequest post;  // a POST always says how long its body is, even when empty
  post.target = "/x";
  ASSERT_TRUE(render_request_head(out, *Url::parse("http://[::1]:9000"), post));
  EXPECT_EQ(out,
            "POST /x HTTP/1.1\r\nHost: [::1]:9000\r\nUser-Agent: switchyard\r\n"
            "Content-Length: 0\r\n\r\n");
}

TEST(ClientRequestHead, CallerHeadersReplaceOursAndFramingIsOurs) {
  Url u = *Url::parse("http://h/v1");
  ClientRequest r;
  r.target = "/t";
  r.headers.emplace_back("HOST", "other");
  r.headers.emplace_back("x-k", "first");
  r.headers.emplace_back("Content-Length", "999");
  r.headers.emplace_back("connection", "close");
  r.headers.emplace_back("X-K", "second");
  r.headers.emplace_back("authorization", "Bearer a\r\nx-evil: 1");  // dropped, not sent
  r.body = "abc";
  std::string out;
  ASSERT_TRUE(render_request_head(out, u, r));
  EXPECT_EQ(out,
            "POST /v1/t HTTP/1.1\r\nUser-Agent: switchyard\r\nHOST: other\r\nX-K: second\r\n"
            "Content-Length: 3\r\n\r\n");
}

TEST(ClientRequestHead, UnusableTargetIsRefused) {
  ClientRequest r;
  r.target = "/a b";
  std::string out;
  EXPECT_FALSE(render_request_head(out, *Url::parse("http://h"), r));
}

TEST(FieldArena, BumpAllocatesAndStartsOverWhenAllIsFreed) {
  FieldArena arena;
  ArenaAllocator<char> a(&arena);
  char* p = a.allocate(100);
  char* q = a.allocate(50);
  EXPECT_GE(arena.used(), 150u);
  EXPECT_NE(p, q);
  a.deallocate(p, 100);
  EXPECT_GT(arena.used(), 0u);  // q still lives
  a.deallocate(q, 50);
  EXPECT_EQ(arena.used(), 0u);
  EXPECT_EQ(a.allocate(10), p);  // the same memory again
}

TEST(FieldArena, LargeAllocationsGoToTheHeap) {
  FieldArena arena;
  ArenaAllocator<char> a(&arena);
  char* small = a.allocate(16);
  char* big = a.allocate(100000);
  big[99999] = 'x';  // writable (ASan checks the bounds)
  const auto used = arena.used();
  a.deallocate(big, 100000);
  EXPECT_EQ(arena.used(), used);
  a.deallocate(small, 16);
  EXPECT_EQ(arena.used(), 0u);
}

TEST(FieldArena, ParsedFieldsLiveInTheArenaAndCopiesOnTheHeap) {
  using Fields = bhttp::basic_fields<ArenaAllocator<char>>;
  FieldArena arena;
  {
    bhttp::request_parser<bhttp::string_body, ArenaAllocator<char>> parser(
        std::piecewise_construct, std::make_tuple(), std::make_tuple(ArenaAllocator<char>(&arena)));
    boost::system::error_code ec;
    const std::string wire = "GET /a HTTP/1.1\r\nHost: h\r\nX-One: 1\r\nX-Two: 2\r\n\r\n";
    parser.put(net::buffer(wire), ec);
    ASSERT_FALSE(ec);
    ASSERT_TRUE(parser.is_done());
    EXPECT_GT(arena.used(), 0u);
    auto msg = parser.release();
    EXPECT_EQ(msg["x-two"], "2");
    bhttp::request<bhttp::string_body, Fields> copy = msg;
    EXPECT_EQ(copy.get_allocator().arena(), nullptr);
    EXPECT_EQ(copy["x-one"], "1");
    EXPECT_EQ(copy.target(), "/a");
  }
  EXPECT_EQ(arena.used(), 0u);
}

}  // namespace
}  // namespace switchyard::http
