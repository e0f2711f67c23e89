// The server: acceptors, the per-connection read loop, timeouts and the
// descriptor limit. ResponseWriter is in response_writer.cpp.
#include "switchyard/http/server.hpp"

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <tuple>
#include <unordered_set>

#include <boost/asio/post.hpp>

#include "switchyard/http/fd_limit.hpp"
#include "switchyard/http/request_head.hpp"

namespace switchyard::http {

namespace {

using reuse_port = net::detail::socket_option::boolean<SOL_SOCKET, SO_REUSEPORT>;
using SteadyClock = std::chrono::steady_clock;

std::string default_error_body(unsigned, std::string_view message, std::string_view) {
  std::string out = "{\"error\":{\"message\":\"";
  for (char c : message) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) >= 0x20) out += c;
  }
  out += "\"}}";
  return out;
}

std::string_view view(const beast::flat_buffer& b) {
  const auto d = b.data();
  return {static_cast<const char*>(d.data()), d.size()};
}

// After an error answer the connection is closed; what the client still
// sends is read and dropped for this long (at most kLingerBytes), so that
// closing with unread bytes does not reset the connection before the
// client has read the answer (a "lingering close", as Apache and nginx do).
constexpr std::chrono::milliseconds kLingerTime{1000};
constexpr std::size_t kLingerBytes = 1u << 20;

// Only connections idle at least this long are closed to free descriptors.
constexpr std::chrono::milliseconds kShedAfterIdle{1000};

bool out_of_descriptors(const boost::system::error_code& ec) {
  if (ec.category() != boost::system::system_category()) return false;
  const int e = ec.value();
  return e == EMFILE || e == ENFILE || e == ENOBUFS || e == ENOMEM;
}

int open_reserve_fd() {
  return ::open("/dev/null", O_RDONLY | O_CLOEXEC);
}

}  // namespace

struct Server::Conn {
  enum class State {
    idle,     // waiting for the first byte of a request: may be shed
    reading,  // a request is arriving: on the read timeout
    busy,     // the handler runs, or the connection is closing
  };
  beast::tcp_stream* stream;
  State state = State::idle;
  SteadyClock::time_point since;     // when it became idle
  SteadyClock::time_point deadline;  // of the current wait (idle or reading)
  bool timed_out = false;
};

struct Server::Worker {
  // Declared before the io_context: destroying the context destroys suspended
  // session frames, which unregister themselves from `conns`.
  std::unordered_set<Conn*> conns;
  net::io_context ioc{1};
  tcp::acceptor acceptor{ioc};
  // Kept open to be given up when accept fails for lack of descriptors, so
  // the waiting connection can still be accepted, answered and closed.
  int reserve_fd = -1;
  ~Worker() {
    if (reserve_fd >= 0) ::close(reserve_fd);
  }
};

bool Server::LogThrottle::allow() {
  const auto now = SteadyClock::now().time_since_epoch().count();
  auto next = next_ns.load();
  if (now < next) return false;
  return next_ns.compare_exchange_strong(
      next,
      now + std::chrono::duration_cast<SteadyClock::duration>(std::chrono::seconds(10)).count());
}

Server::Server(ServerOptions options, Handler handler)
    : options_(std::move(options)), handler_(std::move(handler)) {
  if (!options_.error_body) options_.error_body = default_error_body;
  if (options_.threads == 0) options_.threads = std::max(1u, std::thread::hardware_concurrency());
  // Timeouts are checked on each heartbeat: a quarter of the shortest one,
  // so they fire at most 25% late.
  const auto shortest = std::min(options_.read_timeout, options_.idle_timeout);
  sweep_period_ =
      std::clamp(shortest / 4, std::chrono::milliseconds(5), std::chrono::milliseconds(500));
}

Server::~Server() {
  shutdown(std::chrono::milliseconds(0));
}

void Server::start() {
  // Past this many open connections, each new one closes the longest-idle
  // keep-alive connection: the rest of the limit is left for upstream
  // connections, files and the connections being accepted.
  fd_limit_ = current_fd_limit();
  const std::uint64_t headroom = std::max<std::uint64_t>(16, fd_limit_ / 8);
  shed_watermark_ = fd_limit_ > 2 * headroom ? fd_limit_ - headroom : fd_limit_ / 2;
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
    w->reserve_fd = open_reserve_fd();
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

// Each tick ends the waits that are past their deadline (idle and read
// timeouts) by cancelling the read, which the session then answers; the
// socket stays open so a 408 can still be written. Reads arm no timer of
// their own.
//
// The tick also keeps Asio's timerfd from being re-armed on every socket
// operation: Asio re-arms it whenever a new timer becomes the earliest one,
// and a timer always due within the period never lets a write's timeout be.
Task<void> Server::heartbeat(Worker& w) {
  net::steady_timer tick(w.ioc);
  while (!stopping_) {
    tick.expires_after(sweep_period_);
    boost::system::error_code ec;
    co_await tick.async_wait(use_ec(ec));
    const auto now = SteadyClock::now();
    for (auto* c : w.conns) {
      if (c->state == Conn::State::busy || c->timed_out || now < c->deadline) continue;
      c->timed_out = true;
      c->stream->socket().cancel(ec);
    }
  }
}

std::size_t Server::shed_idle(Worker& w, std::size_t n) {
  // A connection accepted a moment ago is idle only until its first read
  // completes: shedding it would throw away a request already sent.
  const auto idle_before = SteadyClock::now() - std::min<SteadyClock::duration>(
                                                    kShedAfterIdle, options_.idle_timeout / 2);
  std::vector<Conn*> idle;
  for (auto* c : w.conns)
    if (c->state == Conn::State::idle && c->since <= idle_before) idle.push_back(c);
  n = std::min(n, idle.size());
  std::partial_sort(idle.begin(), idle.begin() + static_cast<std::ptrdiff_t>(n), idle.end(),
                    [](const Conn* a, const Conn* b) { return a->since < b->since; });
  boost::system::error_code ec;
  for (std::size_t i = 0; i < n; ++i) {
    // Closed here, so the descriptor is free at once; the session sees its
    // read aborted and leaves without a word (a keep-alive client must be
    // ready for an idle connection to close).
    idle[i]->state = Conn::State::busy;
    idle[i]->stream->socket().close(ec);
  }
  if (n > 0) {
    const auto total = shed_total_ += n;
    if (shed_log_.allow())
      std::fprintf(stderr,
                   "switchyard: %zu connections open, near the file descriptor limit of %llu: "
                   "closing the longest-idle keep-alive connections (%llu so far)\n",
                   connections_.load(), static_cast<unsigned long long>(fd_limit_),
                   static_cast<unsigned long long>(total));
  }
  return n;
}

bool Server::refuse_one(Worker& w) {
  if (w.reserve_fd < 0) w.reserve_fd = open_reserve_fd();
  if (w.reserve_fd < 0) return false;
  ::close(w.reserve_fd);
  const int fd = ::accept4(w.acceptor.native_handle(), nullptr, nullptr, SOCK_CLOEXEC);
  if (fd >= 0) {
    // Best effort, never blocking: the client learns why instead of waiting.
    const std::string body = options_.error_body(
        503, "The gateway has no file descriptor left for a new connection; retry shortly.", {});
    const std::string answer =
        "HTTP/1.1 503 Service Unavailable\r\nServer: switchyard\r\n"
        "Content-Type: application/json\r\nRetry-After: 1\r\nConnection: close\r\n"
        "Content-Length: " +
        std::to_string(body.size()) + "\r\n\r\n" + body;
    [[maybe_unused]] auto sent =
        ::send(fd, answer.data(), answer.size(), MSG_DONTWAIT | MSG_NOSIGNAL);
    ::shutdown(fd, SHUT_WR);
    ::close(fd);
  }
  w.reserve_fd = open_reserve_fd();
  if (fd < 0) return false;
  const auto total = ++refused_total_;
  if (refuse_log_.allow())
    std::fprintf(stderr,
                 "switchyard: out of file descriptors (limit %llu, %zu connections open, none "
                 "idle): refusing new connections with 503 (%llu so far); raise the limit "
                 "(ulimit -n) or add capacity\n",
                 static_cast<unsigned long long>(fd_limit_), connections_.load(),
                 static_cast<unsigned long long>(total));
  return true;
}

Task<void> Server::accept_loop(Worker& w) {
  for (;;) {
    boost::system::error_code ec;
    tcp::socket socket = co_await w.acceptor.async_accept(use_ec(ec));
    if (stopping_ || ec == net::error::operation_aborted) co_return;
    if (ec) {
      // Out of descriptors: free some by closing idle connections, else
      // accept the waiting one on the reserve descriptor and refuse it, so
      // no client hangs in the listen queue. Other errors are transient.
      if (out_of_descriptors(ec) && (shed_idle(w, 8) > 0 || refuse_one(w))) continue;
      net::steady_timer t(w.ioc, std::chrono::milliseconds(10));
      co_await t.async_wait(use_ec(ec));
      continue;
    }
    if (connections_.load() + 1 > shed_watermark_) shed_idle(w, 1);
    net::co_spawn(w.ioc, session(w, std::move(socket)), net::detached);
  }
}

// Reads the next request's head into `buffer` (it may hold more: pipelined
// bytes), then parses and checks it. The read timeout runs from the first
// byte of the request and covers head and body.
Task<Server::ReadResult> Server::read_request(Conn& conn, beast::flat_buffer& buffer,
                                              RequestParser& parser) {
  ReadResult r;
  boost::system::error_code ec;
  std::size_t head_end = find_head_end(view(buffer));
  std::size_t searched = buffer.size();
  while (head_end == 0) {
    if (buffer.size() > options_.max_header_bytes) {
      r.status = 431;
      r.message = "Request headers are larger than the limit of " +
                  std::to_string(options_.max_header_bytes) + " bytes.";
      r.target = request_line_target(view(buffer));
      co_return r;
    }
    const std::size_t room = std::max<std::size_t>(512, buffer.capacity() - buffer.size());
    const std::size_t n =
        co_await conn.stream->socket().async_read_some(buffer.prepare(room), use_ec(ec));
    buffer.commit(n);
    if (ec) {
      r.ec = ec;
      co_return r;
    }
    if (conn.state == Conn::State::idle) {
      conn.state = Conn::State::reading;
      conn.deadline = SteadyClock::now() + options_.read_timeout;
    }
    head_end = find_head_end(view(buffer), searched);
    searched = buffer.size();
  }
  if (auto problem = check_request_head(view(buffer).substr(0, head_end))) {
    r.status = problem->status;
    r.message = std::move(problem->message);
    r.target = request_line_target(view(buffer));
    co_return r;
  }
  const std::size_t used = parser.put(net::buffer(buffer.data().data(), head_end), ec);
  // Kept only when the request fails here (body too large, a bad field):
  // its answer is rendered for the path it was sent to.
  if (ec) r.target = request_line_target(view(buffer));
  buffer.consume(used);
  if (!ec && !parser.is_header_done()) ec = bhttp::error::partial_message;
  if (!ec && !parser.is_done()) {
    co_await bhttp::async_read(conn.stream->socket(), buffer, parser, use_ec(ec));
    if (ec) r.target = std::string(parser.get().target());
  }
  r.ec = ec;
  co_return r;
}

// The answer the server gives itself to a request that failed to arrive
// whole and well-formed; 0 for none (the client left, or an idle
// connection timed out).
void Server::classify(ReadResult& r, bool timed_out, bool got_bytes) const {
  const auto ec = r.ec;
  if (r.status != 0 || !ec) return;
  if (timed_out) {
    // An idle keep-alive connection just closes; a request that stalled gets 408.
    if (got_bytes) {
      r.status = 408;
      r.message = "The request did not arrive within the read timeout of " +
                  std::to_string(options_.read_timeout.count()) + " ms.";
    }
  } else if (ec == bhttp::error::body_limit) {
    r.status = 413;
    r.message = "Request body is larger than the limit of " +
                std::to_string(options_.max_body_bytes) +
                " bytes; send a smaller request or raise server.max_body_bytes.";
  } else if (ec == bhttp::error::header_limit) {
    r.status = 431;
    r.message = "Request headers are larger than the limit of " +
                std::to_string(options_.max_header_bytes) + " bytes.";
  } else if (ec.category() == bhttp::make_error_code(bhttp::error::bad_target).category() &&
             ec != bhttp::error::end_of_stream && ec != bhttp::error::partial_message) {
    r.status = 400;
    r.message = "Malformed HTTP request: " + ec.message() + ".";
  }
}

Task<void> Server::linger(Conn& conn) {
  boost::system::error_code ec;
  auto& socket = conn.stream->socket();
  socket.shutdown(tcp::socket::shutdown_send, ec);
  conn.state = Conn::State::reading;
  conn.timed_out = false;
  conn.deadline = SteadyClock::now() + std::min(options_.read_timeout, kLingerTime);
  std::size_t dropped = 0;
  char sink[4096];
  while (!ec && dropped < kLingerBytes)
    dropped += co_await socket.async_read_some(net::buffer(sink), use_ec(ec));
  conn.state = Conn::State::busy;
}

Task<void> Server::session(Worker& w, tcp::socket socket) {
  ++connections_;
  beast::tcp_stream stream(std::move(socket));
  Conn conn{&stream};
  w.conns.insert(&conn);
  struct Leave {
    Server* s;
    Worker& w;
    Conn* c;
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
  // A read takes in at most the buffer's free capacity (at least 512 bytes):
  // without room reserved, a 1.5 KB request took four reads.
  beast::flat_buffer buffer;
  buffer.reserve(kReadBufferBytes);
  const auto write_timeout = options_.write_timeout;
  // Per connection, reused by every request on it: the response head's text
  // and the request's header fields (see FieldArena).
  std::string head_buffer;
  head_buffer.reserve(1024);
  FieldArena arena;

  while (!stopping_) {
    RequestParser parser(std::piecewise_construct, std::make_tuple(),
                         std::make_tuple(ArenaAllocator<char>(&arena)));
    parser.header_limit(static_cast<std::uint32_t>(options_.max_header_bytes));
    parser.body_limit(options_.max_body_bytes);
    const auto now = SteadyClock::now();
    conn.timed_out = false;
    if (buffer.size() == 0) {
      conn.state = Conn::State::idle;
      conn.since = now;
      conn.deadline = now + options_.idle_timeout;
    } else {  // a pipelined request has begun to arrive
      conn.state = Conn::State::reading;
      conn.deadline = now + options_.read_timeout;
    }

    ReadResult got = co_await read_request(conn, buffer, parser);
    const bool got_bytes = conn.state == Conn::State::reading;
    conn.state = Conn::State::busy;
    if (got.status != 0 || got.ec) {
      classify(got, conn.timed_out, got_bytes);
      // Every framing error closes the connection (RFC 9112 §6.3): what
      // follows the bad head is never read as a request.
      if (got.status != 0 && stream.socket().is_open()) {
        ResponseWriter out(stream, 11, false, write_timeout, head_buffer);
        if (co_await out.send(got.status, "application/json",
                              options_.error_body(got.status, got.message, got.target)))
          co_await linger(conn);
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
      co_await out.send(500, "application/json",
                        options_.error_body(500,
                                            threw ? "Internal error while handling the request."
                                                  : "The request produced no response.",
                                            req.target()));
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
        if (c->state != Conn::State::busy) c->stream->socket().close(ec);
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
