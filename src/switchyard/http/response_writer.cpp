// ResponseWriter: the head written as text, sent with the body in one
// gathered write (see server.hpp).
#include "switchyard/http/server.hpp"

#include <array>

#include <boost/asio/write.hpp>

#include "switchyard/http/message_head.hpp"

namespace switchyard::http {

namespace {

// Built outside the coroutines: g++ 12 miscompiles braced initializer lists
// inside coroutine bodies.
std::array<net::const_buffer, 2> gather(std::string_view a, std::string_view b) {
  std::array<net::const_buffer, 2> out;
  out[0] = net::const_buffer(a.data(), a.size());
  out[1] = net::const_buffer(b.data(), b.size());
  return out;
}

}  // namespace

void ResponseWriter::render_head(unsigned status, std::string_view content_type,
                                 const Headers& headers) {
  head_.clear();
  append_status_line(head_, version_, status);
  head_ += "Server: switchyard\r\n";
  if (!content_type.empty()) append_header(head_, "Content-Type", content_type);
  for (const auto& [k, v] : headers)
    if (!is_framing_header(k)) append_header(head_, k, v);
  // HTTP/1.1 keeps the connection unless told; HTTP/1.0 closes it unless told.
  if (version_ >= 11) {
    if (!keep_alive_) head_ += "Connection: close\r\n";
  } else if (keep_alive_) {
    head_ += "Connection: keep-alive\r\n";
  }
}

Task<bool> ResponseWriter::send(unsigned status, std::string_view content_type, std::string body,
                                const Headers& headers) {
  started_ = finished_ = true;
  render_head(status, content_type, headers);
  const bool bodiless = status_has_no_body(status);
  if (!bodiless) append_content_length(head_, body.size());
  end_head(head_);
  // One gathered write: head and body leave in one sendmsg.
  const auto buffers = gather(head_, bodiless || head_only_ ? std::string_view() : body);
  // A response almost always fits the socket's send buffer, so it is sent at
  // once: one sendmsg, and no completion handler posted through the event
  // loop (asio posts even an operation that finished at once, which costs a
  // round of the loop and an epoll_wait). Only what does not fit waits.
  boost::system::error_code ec;
  const std::size_t total = net::buffer_size(buffers);
  const std::size_t sent = stream_.socket().send(buffers, 0, ec);
  if (!ec && sent == total) co_return true;
  if (ec && ec != net::error::would_block && ec != net::error::try_again) {
    failed_ = true;
    co_return false;
  }
  beast::buffers_suffix<std::array<net::const_buffer, 2>> rest(buffers);
  rest.consume(ec ? 0 : sent);
  ec = {};
  stream_.expires_after(write_timeout_);
  co_await net::async_write(stream_, rest, use_ec(ec));
  if (ec) failed_ = true;
  co_return !failed_;
}

Task<bool> ResponseWriter::begin_stream(unsigned status, std::string_view content_type,
                                        const Headers& headers) {
  started_ = true;
  // HTTP/1.0 has no chunks: the end of the body is the end of the connection.
  if (version_ < 11) keep_alive_ = false;
  render_head(status, content_type, headers);
  head_ += "Cache-Control: no-cache\r\n";
  if (version_ >= 11) {
    head_ += "Transfer-Encoding: chunked\r\n";
    chunked_ = true;
  }
  end_head(head_);
  boost::system::error_code ec;
  stream_.expires_after(write_timeout_);
  co_await net::async_write(stream_, net::buffer(head_), use_ec(ec));
  if (ec) failed_ = true;
  co_return !failed_;
}

Task<bool> ResponseWriter::write(std::string_view data) {
  if (failed_ || data.empty()) co_return !failed_;
  if (head_only_) co_return true;
  boost::system::error_code ec;
  stream_.expires_after(write_timeout_);
  if (chunked_) {
    char size_line[24];
    const std::size_t n = format_chunk_size(size_line, data.size());
    std::array<net::const_buffer, 3> chunk;
    chunk[0] = net::const_buffer(size_line, n);
    chunk[1] = net::const_buffer(data.data(), data.size());
    chunk[2] = net::const_buffer("\r\n", 2);
    co_await net::async_write(stream_, chunk, use_ec(ec));
  } else {
    co_await net::async_write(stream_, net::const_buffer(data.data(), data.size()), use_ec(ec));
  }
  if (ec) failed_ = true;
  co_return !failed_;
}

Task<bool> ResponseWriter::end_stream() {
  finished_ = true;
  if (failed_) co_return false;
  if (chunked_ && !head_only_) {
    boost::system::error_code ec;
    stream_.expires_after(write_timeout_);
    co_await net::async_write(stream_, net::const_buffer("0\r\n\r\n", 5), use_ec(ec));
    if (ec) failed_ = true;
  }
  co_return !failed_;
}

void ResponseWriter::abort() {
  boost::system::error_code ec;
  auto& socket = stream_.socket();
  socket.set_option(net::socket_base::linger(true, 0), ec);
  socket.close(ec);
  // Nothing more may go out: the server's "no response" 500 and the end of
  // the stream are skipped, and the connection is not kept.
  started_ = true;
  failed_ = true;
}

}  // namespace switchyard::http
