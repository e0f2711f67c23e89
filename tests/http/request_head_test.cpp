// check_request_head on its own: what passes, and the search for a head's end.
// The framing errors themselves are exercised over the wire in framing_test.
#include "switchyard/http/request_head.hpp"

#include <gtest/gtest.h>

namespace switchyard::http {
namespace {

TEST(RequestHead, FindsTheEndAcrossWhatWasAlreadySearched) {
  const std::string head = "GET / HTTP/1.1\r\nHost: x\r\n\r\nrest";
  EXPECT_EQ(find_head_end(head), head.size() - 4);
  // The blank line straddles the part searched before (the first 26 bytes).
  EXPECT_EQ(find_head_end(head, 26), head.size() - 4);
  EXPECT_EQ(find_head_end("GET / HTTP/1.1\r\nHost: x\r\n"), 0u);
  EXPECT_EQ(find_head_end(""), 0u);
}

TEST(RequestHead, WellFramedHeadsPass) {
  EXPECT_FALSE(check_request_head("GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
  EXPECT_FALSE(check_request_head("POST / HTTP/1.1\r\nContent-Length: 12\r\n\r\n"));
  EXPECT_FALSE(check_request_head("POST / HTTP/1.1\r\ntransfer-encoding:  CHUNKED \r\n\r\n"));
  EXPECT_FALSE(check_request_head("POST / HTTP/1.0\r\nContent-Length: 0\r\n\r\n"));
  EXPECT_FALSE(check_request_head("GET / HTTP/1.1\r\nX-Tab:\tvalue\t\r\n\r\n"));
}

TEST(RequestHead, ProblemsSayWhatToFix) {
  auto p = check_request_head("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->status, 400u);
  EXPECT_NE(p->message.find("send 'Transfer-Encoding: chunked' or a Content-Length"),
            std::string::npos);
  p = check_request_head("POST / HTTP/1.1\r\nTransfer-Encoding: br, chunked\r\n\r\n");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->status, 501u);
  // Control bytes in a quoted value are not echoed back.
  p = check_request_head("POST / HTTP/1.1\r\nContent-Length: 1\x01\r\n\r\n");
  ASSERT_TRUE(p);
  EXPECT_NE(p->message.find("'1?'"), std::string::npos) << p->message;
}

}  // namespace
}  // namespace switchyard::http
