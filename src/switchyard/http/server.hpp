// HTTP/1.1 server on Boost.Beast with C++20 coroutines.
//
// One io_context and one thread per core, each with its own SO_REUSEPORT
// acceptor, so a connection lives its whole life on one thread: handlers can
// use thread-local state (e.g. upstream connection pools) without locks.
//
// The server knows nothing of LLM dialects. Errors it produces itself (body
// too large, malformed HTTP) are rendered by `ServerOptions::error_body`, which
// the gateway supplies in its dialect's format.
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "switchyard/http/asio.hpp"
#include "switchyard/http/field_arena.hpp"

namespace switchyard::http {

// Its header fields live in the connection's FieldArena (see there): valid
// while the handler runs; a copy of the request goes to the heap.
using Request = bhttp::request<bhttp::string_body, bhttp::basic_fields<ArenaAllocator<char>>>;
using Headers = std::vector<std::pair<std::string, std::string>>;

// How a handler answers: either `send` once, or `begin_stream`, `write`
// any number of times and `end_stream`. Stream writes report whether the
// client is still there, so producers can stop early.
//
// The head (status line and headers) is written as text into `head_buffer`,
// a string the connection reuses, and sent together with the body in one
// gathered write. Framing headers (Content-Length, Transfer-Encoding,
// Connection) are the writer's; callers' headers with an invalid name or a
// control character in the value are left out. The answer to a HEAD request
// (`head_only`) and a 1xx/204/304 response carry no body.
class ResponseWriter {
 public:
  ResponseWriter(beast::tcp_stream& stream, unsigned version, bool keep_alive,
                 std::chrono::milliseconds write_timeout, std::string& head_buffer,
                 bool head_only = false)
      : stream_(stream),
        head_(head_buffer),
        version_(version),
        keep_alive_(keep_alive),
        head_only_(head_only),
        write_timeout_(write_timeout) {}

  Task<bool> send(unsigned status, std::string_view content_type, std::string body,
                  const Headers& headers = {});
  Task<bool> begin_stream(unsigned status, std::string_view content_type,
                          const Headers& headers = {});
  Task<bool> write(std::string_view data);
  Task<bool> end_stream();
  // Resets the connection (TCP RST: SO_LINGER 0, then close) instead of
  // answering or ending a stream; the server sends nothing more on it. For
  // test upstreams that must fail the way a crashed peer does.
  void abort();

  bool started() const { return started_; }
  bool finished() const { return finished_; }
  bool client_gone() const { return failed_; }
  bool keep_alive() const { return keep_alive_ && !failed_; }
  void set_keep_alive(bool v) { keep_alive_ = v; }

 private:
  void render_head(unsigned status, std::string_view content_type, const Headers& headers);

  beast::tcp_stream& stream_;
  std::string& head_;
  unsigned version_;
  bool keep_alive_;
  bool head_only_;
  bool chunked_ = false;
  std::chrono::milliseconds write_timeout_;
  bool started_ = false;
  bool finished_ = false;
  bool failed_ = false;
};

using Handler = std::function<Task<void>(Request&, ResponseWriter&)>;
// Renders an error body (status, message) in the caller's dialect. `target`
// is the request's target as it arrived ("/v1/messages?beta=true"), or ""
// when the request line itself did not arrive: the caller picks the dialect
// the path speaks.
using ErrorBody =
    std::function<std::string(unsigned status, std::string_view message, std::string_view target)>;

struct ServerOptions {
  std::string host = "127.0.0.1";
  std::uint16_t port = 8080;  // 0: pick a free port (see Server::port)
  unsigned threads = 0;       // 0: one per core
  std::size_t max_body_bytes = 8u << 20;
  std::size_t max_header_bytes = 16u << 10;
  std::chrono::milliseconds read_timeout{30'000};
  std::chrono::milliseconds idle_timeout{60'000};
  std::chrono::milliseconds write_timeout{60'000};
  ErrorBody error_body;  // default: {"error":{"message":...}}
};

class Server {
 public:
  Server(ServerOptions options, Handler handler);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and starts the worker threads. Throws std::system_error on bind failure.
  void start();
  std::uint16_t port() const { return bound_port_; }
  // Stops accepting, closes idle connections, lets in-flight requests finish
  // (connections close after their current response), and waits at most
  // `drain_timeout` before stopping the threads. Returns the number of
  // connections that were still open when the drain timed out.
  std::size_t shutdown(std::chrono::milliseconds drain_timeout);

  std::size_t open_connections() const { return connections_.load(); }
  std::size_t in_flight() const { return in_flight_.load(); }
  // Idle keep-alive connections closed to stay under the descriptor limit,
  // and connections refused (503, closed) for lack of descriptors.
  std::uint64_t shed_connections() const { return shed_total_.load(); }
  std::uint64_t refused_connections() const { return refused_total_.load(); }

  struct Worker;

 private:
  struct Conn;
  using RequestParser = bhttp::request_parser<bhttp::string_body, ArenaAllocator<char>>;
  // How reading a request ended: `status` != 0 is an answer the server gives
  // itself (and then closes); else `ec` says whether the request arrived.
  struct ReadResult {
    boost::system::error_code ec;
    unsigned status = 0;
    std::string message;
    std::string target;  // with `status`: the request line's target, when it arrived
  };
  // At most one line per 10 s for a condition that may repeat per connection.
  struct LogThrottle {
    std::atomic<std::int64_t> next_ns{0};
    bool allow();
  };

  Task<void> accept_loop(Worker& w);
  Task<void> heartbeat(Worker& w);
  Task<void> session(Worker& w, tcp::socket socket);
  Task<ReadResult> read_request(Conn& conn, beast::flat_buffer& buffer, RequestParser& parser);
  void classify(ReadResult& r, bool timed_out, bool got_bytes) const;
  Task<void> linger(Conn& conn);
  // Closes up to `n` of the worker's longest-idle keep-alive connections.
  std::size_t shed_idle(Worker& w, std::size_t n);
  // Accepts one waiting connection on the reserve descriptor, answers 503 and closes it.
  bool refuse_one(Worker& w);

  ServerOptions options_;
  Handler handler_;
  std::vector<std::unique_ptr<Worker>> workers_;
  std::vector<std::thread> threads_;
  std::uint16_t bound_port_ = 0;
  std::chrono::milliseconds sweep_period_{500};
  std::uint64_t fd_limit_ = 0;
  std::size_t shed_watermark_ = 0;
  std::atomic<bool> stopping_{false};
  std::atomic<std::size_t> connections_{0};
  std::atomic<std::size_t> in_flight_{0};
  std::atomic<std::uint64_t> shed_total_{0};
  std::atomic<std::uint64_t> refused_total_{0};
  LogThrottle shed_log_;
  LogThrottle refuse_log_;
  bool stopped_ = false;
};

}  // namespace switchyard::http
