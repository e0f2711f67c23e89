#include "switchyard/http/server.hpp"

#include <sys/socket.h>

#include <array>
#include <cstdio>
#include <tuple>
#include <unordered_set>

#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>

#include "switchyard/http/message_head.hpp"

namespace switchyard::http {

namespace {

using reuse_port = net::detail::socket_option::boolean<SOL_SOCKET, SO_REUSEPORT>;

std::string default_error_body(unsigned, std::string_view message) {
  std::string out = "{\"error\":{\"message\":\"";
  for (char c : message) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) >= 0x20) out += c;
  }
  out += "\"}}";
  return out;
}

// Built outside the coroutines: g++ 12 miscompiles braced initializer lists
// inside coroutine bodies.
std::array<net::const_buffer, 2> gather(std::string_view a, std::string_view b) {
  std::array<net::const_buffer, 2> out;
  out[0] = net::const_buffer(a.data(), a.size());
  out[1] = net::const_buffer(b.data(), b.size());
  return out;
}

}  // namespace

// ---- ResponseWriter ----

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

// ---- Server ----

struct Server::Worker {
  struct Conn {
    beast::tcp_stream* stream;
    bool busy;
  };
  // Declared before the io_context: destroying the context destroys suspended
  // session frames, which unregister themselves from `conns`.
  std::unordered_set<Conn*> conns;
  net::io_context ioc{1};
  tcp::acceptor acceptor{ioc};
};

Server::Server(ServerOptions options, Handler handler)
    : options_(std::move(options)), handler_(std::move(handler)) {
  if (!options_.error_body) options_.error_body = default_error_body;
  if (options_.threads == 0) options_.threads = std::max(1u, std::thread::hardware_concurrency());
}

Server::~Server() {
  shutdown(std::chrono::milliseconds(0));
}

void Server::start() {
  auto address = net::ip::make_address(options_.host);
  std::uint16_t port = options_.port;
  for (unsigned i = 0; i < options_.threads; ++i) {
    auto w = std::make_unique<Worker>();
    tcp::endpoint ep{address, port};
    w->acceptor.open(ep.protocol());
    w->acceptor.set_option(net::socket_base::reuse_address(true));
    w->acceptor.set_option(reuse_port(true));
    w->acceptor.bind(ep);
    w->acceptor.listen(net::socket_base::max_listen_connections);
    port = w->acceptor.local_endpoint().port();
    workers_.push_back(std::move(w));
  }
  bound_port_ = port;
  for (auto& w : workers_) {
    net::co_spawn(w->ioc, accept_loop(*w), net::detached);
    net::co_spawn(w->ioc, heartbeat(*w), net::detached);
    threads_.emplace_back([&ioc = w->ioc] {
      for (;;) {
        try {
          ioc.run();
          return;
        } catch (const std::exception& e) {
          std::fprintf(stderr, "switchyard: uncaught exception on worker thread: %s\n", e.what());
        }
      }
    });
  }
}

// Asio re-arms its timerfd (a system call) whenever a new timer becomes the
// earliest one. Every socket operation arms a timeout of many seconds, so on a
// quiet connection each read and write would re-arm it; a timer that is always
// due within a second keeps them from ever being the earliest.
Task<void> Server::heartbeat(Worker& w) {
  net::steady_timer tick(w.ioc);
  while (!stopping_) {
    tick.expires_after(std::chrono::milliseconds(500));
    boost::system::error_code ec;
    co_await tick.async_wait(use_ec(ec));
  }
}

Task<void> Server::accept_loop(Worker& w) {
  for (;;) {
    boost::system::error_code ec;
    tcp::socket socket = co_await w.acceptor.async_accept(use_ec(ec));
    if (stopping_ || ec == net::error::operation_aborted) co_return;
    if (ec) {
      // Out of descriptors or a transient error: back off briefly, keep serving.
      net::steady_timer t(w.ioc, std::chrono::milliseconds(10));
      co_await t.async_wait(use_ec(ec));
      continue;
    }
    net::co_spawn(w.ioc, session(w, std::move(socket)), net::detached);
  }
}

Task<void> Server::session(Worker& w, tcp::socket socket) {
  ++connections_;
  beast::tcp_stream stream(std::move(socket));
  Worker::Conn conn{&stream, false};
  w.conns.insert(&conn);
  struct Leave {
    Server* s;
    Worker& w;
    Worker::Conn* c;
    ~Leave() {
      w.conns.erase(c);
      --s->connections_;
    }
  } leave{this, w, &conn};

  boost::system::error_code ec;
  stream.socket().set_option(tcp::no_delay(true), ec);
  // Lets a response be tried with a plain send first (ResponseWriter::write):
  // a blocking socket would make that send wait instead of saying "later".
  stream.socket().non_blocking(true, ec);
  // Beast reads max(512, free capacity) bytes at a time, and a request that
  // is consumed whole never makes the buffer grow: without room reserved, a
  // 1.5 KB request took four reads (and four timer re-arms) on every turn.
  beast::flat_buffer buffer;
  buffer.reserve(kReadBufferBytes);
  const auto write_timeout = options_.write_timeout;
  // Per connection, reused by every request on it: the response head's text
  // and the request's header fields (see FieldArena).
  std::string head_buffer;
  head_buffer.reserve(1024);
  FieldArena arena;

  while (!stopping_) {
    bhttp::request_parser<bhttp::string_body, ArenaAllocator<char>> parser(
        std::piecewise_construct, std::make_tuple(), std::make_tuple(ArenaAllocator<char>(&arena)));
    parser.header_limit(static_cast<std::uint32_t>(options_.max_header_bytes));
    parser.body_limit(options_.max_body_bytes);
    conn.busy = false;

    stream.expires_after(options_.idle_timeout);
    co_await bhttp::async_read_header(stream, buffer, parser, use_ec(ec));
    conn.busy = true;
    if (!ec && !parser.is_done()) {
      stream.expires_after(options_.read_timeout);
      co_await bhttp::async_read(stream, buffer, parser, use_ec(ec));
    }
    if (ec) {
      unsigned status = 0;
      std::string message;
      if (ec == bhttp::error::body_limit) {
        status = 413;
        message = "Request body is larger than the limit of " +
                  std::to_string(options_.max_body_bytes) +
                  " bytes; send a smaller request or raise server.max_body_bytes.";
      } else if (ec == bhttp::error::header_limit) {
        status = 431;
        message = "Request headers are larger than the limit of " +
                  std::to_string(options_.max_header_bytes) + " bytes.";
      } else if (ec == beast::error::timeout) {
        // Idle keep-alive connections just close; a request that stalled gets 408.
        if (buffer.size() > 0 || parser.got_some()) {
          status = 408;
          message = "The request did not arrive within the read timeout.";
        }
      } else if (ec.category() == bhttp::make_error_code(bhttp::error::bad_target).category() &&
                 ec != bhttp::error::end_of_stream && ec != bhttp::error::partial_message) {
        status = 400;
        message = "Malformed HTTP request: " + ec.message() + ".";
      }
      if (status != 0) {
        ResponseWriter out(stream, 11, false, write_timeout, head_buffer);
        co_await out.send(status, "application/json", options_.error_body(status, message));
      }
      break;
    }

    Request req = parser.release();
    ResponseWriter out(stream, req.version(), req.keep_alive() && !stopping_, write_timeout,
                       head_buffer, req.method() == bhttp::verb::head);
    ++in_flight_;
    bool threw = false;
    try {
      co_await handler_(req, out);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "switchyard: handler failed: %s\n", e.what());
      threw = true;
    }
    if (!out.started()) {
      out.set_keep_alive(false);
      co_await out.send(
          500, "application/json",
          options_.error_body(500, threw ? "Internal error while handling the request."
                                         : "The request produced no response."));
    } else if (!out.finished()) {
      out.set_keep_alive(false);  // a stream cut short: the client must see the connection end
    }
    --in_flight_;
    if (!out.keep_alive()) break;
  }
  stream.socket().shutdown(tcp::socket::shutdown_send, ec);
  stream.close();
}

std::size_t Server::shutdown(std::chrono::milliseconds drain_timeout) {
  if (stopped_) return 0;
  stopped_ = true;
  stopping_ = true;
  for (auto& wp : workers_) {
    Worker& w = *wp;
    net::post(w.ioc, [&w] {
      boost::system::error_code ec;
      w.acceptor.close(ec);
      for (auto* c : w.conns)
        if (!c->busy) c->stream->socket().close(ec);
    });
  }
  const auto deadline = std::chrono::steady_clock::now() + drain_timeout;
  while (connections_.load() > 0 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  const std::size_t left = connections_.load();
  for (auto& w : workers_) w->ioc.stop();
  for (auto& t : threads_)
    if (t.joinable()) t.join();
  threads_.clear();
  workers_.clear();
  return left;
}

}  // namespace switchyard::http
