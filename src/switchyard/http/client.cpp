#include "switchyard/http/client.hpp"

#include <array>
#include <cctype>
#include <charconv>
#include <limits>
#include <map>
#include <tuple>
#include <unordered_map>

#include <boost/asio/ssl.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/ssl.hpp>

#include "switchyard/http/field_arena.hpp"
#include "switchyard/http/message_head.hpp"

namespace switchyard::http {

namespace ssl = net::ssl;
using boost::system::error_code;

// ---- Url ----

core::Expected<Url> Url::parse(std::string_view text) {
  Url u;
  if (text.starts_with("https://")) {
    u.tls = true;
    text.remove_prefix(8);
  } else if (text.starts_with("http://")) {
    text.remove_prefix(7);
  } else {
    return core::Error::invalid("URL must start with http:// or https://");
  }
  auto slash = text.find('/');
  std::string_view authority = text.substr(0, slash);
  std::string_view path = slash == std::string_view::npos ? "" : text.substr(slash);
  while (!path.empty() && path.back() == '/') path.remove_suffix(1);
  u.path = std::string(path);
  if (authority.find('@') != std::string_view::npos)
    return core::Error::invalid("URL must not carry credentials; use api_key_env instead");
  std::string_view host = authority, port;
  if (authority.starts_with('[')) {  // [v6]:port
    auto close = authority.find(']');
    if (close == std::string_view::npos) return core::Error::invalid("URL has an unclosed '['");
    host = authority.substr(1, close - 1);
    if (close + 1 < authority.size()) {
      if (authority[close + 1] != ':') return core::Error::invalid("URL has junk after ']'");
      port = authority.substr(close + 2);
    }
  } else if (auto colon = authority.rfind(':'); colon != std::string_view::npos) {
    host = authority.substr(0, colon);
    port = authority.substr(colon + 1);
  }
  if (host.empty()) return core::Error::invalid("URL has no host");
  u.host = std::string(host);
  if (port.empty()) {
    u.port = u.tls ? 443 : 80;
  } else {
    unsigned p = 0;
    for (char c : port) {
      if (c < '0' || c > '9') return core::Error::invalid("URL port must be a number");
      p = p * 10 + static_cast<unsigned>(c - '0');
      if (p > 65535) return core::Error::invalid("URL port must be at most 65535");
    }
    if (p == 0) return core::Error::invalid("URL port must not be 0");
    u.port = static_cast<std::uint16_t>(p);
  }
  return u;
}

namespace {

// "https://host:port" appended to `out`; a request computes it for its pool
// lookup, so it is built in place rather than from temporaries.
void append_origin(std::string& out, const Url& u) {
  out += u.tls ? "https://" : "http://";
  const bool v6 = u.host.find(':') != std::string::npos;
  if (v6) out += '[';
  out += u.host;
  if (v6) out += ']';
  out += ':';
  char port[8];
  auto r = std::to_chars(port, port + sizeof port, u.port);
  out.append(port, r.ptr);
}

}  // namespace

std::string Url::origin() const {
  std::string out;
  out.reserve(host.size() + 16);
  append_origin(out, *this);
  return out;
}

// ---- Connection and per-thread pool ----

using ResponseParser = bhttp::response_parser<bhttp::string_body, ArenaAllocator<char>>;

class Connection {
 public:
  std::string key;
  std::optional<beast::tcp_stream> tcp;
  std::optional<beast::ssl_stream<beast::tcp_stream>> tls;
  beast::flat_buffer buffer;
  // Declared before the parser, whose fields it holds (see FieldArena).
  FieldArena arena;
  std::optional<ResponseParser> parser;
  std::string head;  // the request head's text, reused by every request
  bool reused = false;

  beast::tcp_stream& lowest() { return tls ? tls->next_layer() : *tcp; }

  void new_parser() {
    parser.emplace(std::piecewise_construct, std::make_tuple(),
                   std::make_tuple(ArenaAllocator<char>(&arena)));
  }
  // The operations below are plain functions handing back the operation's
  // own awaitable, not coroutines: a coroutine layer here would cost a frame
  // allocation per call. `ec` must outlive the co_await.
  //
  // Head and body in one gathered write (one sendmsg on plain TCP; Beast's
  // ssl_stream coalesces small buffer sequences into one TLS record).
  template <typename Buffers>
  Task<std::size_t> write(const Buffers& buffers, error_code& ec) {
    return tls ? net::async_write(*tls, buffers, use_ec(ec))
               : net::async_write(*tcp, buffers, use_ec(ec));
  }
  Task<std::size_t> read_header(error_code& ec) {
    return tls ? bhttp::async_read_header(*tls, buffer, *parser, use_ec(ec))
               : bhttp::async_read_header(*tcp, buffer, *parser, use_ec(ec));
  }
  Task<std::size_t> read_some(error_code& ec) {
    return tls ? bhttp::async_read_some(*tls, buffer, *parser, use_ec(ec))
               : bhttp::async_read_some(*tcp, buffer, *parser, use_ec(ec));
  }
  Task<std::size_t> read_rest(error_code& ec) {
    return tls ? bhttp::async_read(*tls, buffer, *parser, use_ec(ec))
               : bhttp::async_read(*tcp, buffer, *parser, use_ec(ec));
  }
};

namespace {

constexpr std::size_t kMaxIdlePerOrigin = 512;

struct Pool {
  std::unordered_map<std::string, std::vector<std::unique_ptr<Connection>>> idle;
  std::map<std::pair<bool, std::string>, std::unique_ptr<ssl::context>> tls_contexts;
};

Pool& pool() {
  thread_local Pool p;
  return p;
}

void write_pool_key(std::string& k, const Url& u, const TlsOptions& t) {
  k.clear();
  append_origin(k, u);
  if (u.tls) {
    k += t.verify ? "|v|" : "|nv|";
    k += t.ca_file;
  }
}

std::string pool_key(const Url& u, const TlsOptions& t) {
  std::string k;
  write_pool_key(k, u, t);
  return k;
}

// A pooled connection for `u`, if there is one. The key is written into a
// per-thread string, so the lookup on every request allocates nothing.
std::unique_ptr<Connection> take_idle(const Url& u, const TlsOptions& t) {
  thread_local std::string key;
  write_pool_key(key, u, t);
  auto& idle = pool().idle;
  auto it = idle.find(key);
  if (it == idle.end() || it->second.empty()) return nullptr;
  std::unique_ptr<Connection> c = std::move(it->second.back());
  it->second.pop_back();
  return c;
}

void release(std::unique_ptr<Connection> c) {
  auto& list = pool().idle[c->key];
  if (list.size() < kMaxIdlePerOrigin) {
    c->parser.reset();
    c->reused = true;
    list.push_back(std::move(c));
  }
}

core::Expected<ssl::context*> tls_context(const TlsOptions& t) {
  auto& slot = pool().tls_contexts[{t.verify, t.ca_file}];
  if (!slot) {
    auto ctx = std::make_unique<ssl::context>(ssl::context::tls_client);
    error_code ec;
    if (t.ca_file.empty())
      ctx->set_default_verify_paths(ec);
    else
      ctx->load_verify_file(t.ca_file, ec);
    if (ec)
      return core::Error{core::ErrorKind::internal,
                         500,
                         "cannot load TLS trust store" +
                             (t.ca_file.empty() ? std::string() : " '" + t.ca_file + "'") + ": " +
                             ec.message(),
                         {},
                         {},
                         false};
    ctx->set_verify_mode(t.verify ? ssl::verify_peer : ssl::verify_none);
    slot = std::move(ctx);
  }
  return slot.get();
}

core::Error unreachable(const Url& u, std::string_view what, const error_code& ec) {
  const bool no_connection = what == "resolve" || what == "connect";
  std::string code = no_connection ? std::string(kConnectFailedCode) : std::string();
  if (ec == beast::error::timeout)
    return {core::ErrorKind::timeout,
            504,
            "upstream " + u.origin() + " timed out (" + std::string(what) + ")",
            {},
            std::move(code),
            true};
  return {core::ErrorKind::upstream_unreachable,
          502,
          "upstream " + u.origin() + " failed (" + std::string(what) + "): " + ec.message(),
          {},
          std::move(code),
          true};
}

bool is_stale_connection_error(const error_code& ec) {
  return ec == bhttp::error::end_of_stream || ec == net::error::eof ||
         ec == net::error::connection_reset || ec == net::error::broken_pipe ||
         ec == ssl::error::stream_truncated;
}

Task<core::Expected<std::unique_ptr<Connection>>> connect(const Url& u, const TlsOptions& t,
                                                          std::chrono::milliseconds connect_timeout,
                                                          Deadline deadline) {
  auto ex = co_await net::this_coro::executor;
  auto c = std::make_unique<Connection>();
  c->buffer.reserve(kReadBufferBytes);  // one read per answer, not one per 512 bytes
  c->key = pool_key(u, t);
  error_code ec;
  tcp::resolver resolver(ex);
  auto results = co_await resolver.async_resolve(u.host, std::to_string(u.port), use_ec(ec));
  if (ec) co_return unreachable(u, "resolve", ec);

  ssl::context* ctx = nullptr;
  if (u.tls) {
    auto r = tls_context(t);
    if (!r) co_return r.error();
    ctx = *r;
    c->tls.emplace(ex, *ctx);
  } else {
    c->tcp.emplace(ex);
  }
  auto& low = c->lowest();
  low.expires_at(std::min(deadline, Clock::now() + connect_timeout));
  co_await low.async_connect(results, use_ec(ec));
  if (ec) co_return unreachable(u, "connect", ec);
  low.socket().set_option(tcp::no_delay(true), ec);
  // Lets a request be tried with a plain send first (Client::open): a
  // blocking socket would make that send wait instead of saying "later".
  if (!u.tls) low.socket().non_blocking(true, ec);

  if (u.tls) {
    if (!SSL_set_tlsext_host_name(c->tls->native_handle(), u.host.c_str()))
      co_return unreachable(
          u, "TLS SNI",
          error_code(static_cast<int>(::ERR_get_error()), net::error::get_ssl_category()));
    if (t.verify) c->tls->set_verify_callback(ssl::host_name_verification(u.host));
    co_await c->tls->async_handshake(ssl::stream_base::client, use_ec(ec));
    if (ec) co_return unreachable(u, "TLS handshake", ec);
  }
  co_return std::move(c);
}

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && beast::iequals(a, b);
}

bool caller_sets(const ClientRequest& r, std::string_view name) {
  for (const auto& h : r.headers)
    if (iequals(h.first, name)) return true;
  return false;
}

}  // namespace

// Request line and headers as text. Callers' headers replace ours of the same
// name (Host, User-Agent), a later one of theirs an earlier one; the framing
// (Content-Length, keep-alive) is ours. False when the target is unusable.
bool render_request_head(std::string& out, const Url& u, const ClientRequest& r) {
  out.clear();
  const std::string_view method = bhttp::to_string(r.method);
  if (!append_request_line(out, {method.data(), method.size()}, u.path, r.target)) return false;
  if (!caller_sets(r, "host")) {
    out += "Host: ";
    out += u.host.find(':') != std::string::npos ? "[" + u.host + "]" : u.host;
    if (u.port != (u.tls ? 443 : 80)) {
      out += ':';
      out += std::to_string(u.port);
    }
    out += "\r\n";
  }
  if (!caller_sets(r, "user-agent")) out += "User-Agent: switchyard\r\n";
  for (std::size_t i = 0; i < r.headers.size(); ++i) {
    const auto& [k, v] = r.headers[i];
    if (is_framing_header(k)) continue;
    bool replaced = false;
    for (std::size_t j = i + 1; j < r.headers.size() && !replaced; ++j)
      replaced = iequals(r.headers[j].first, k);
    if (!replaced) append_header(out, k, v);
  }
  // As Beast's prepare_payload: a length whenever there is a body, and for
  // the methods that carry one even when it is empty.
  if (!r.body.empty() || r.method == bhttp::verb::post || r.method == bhttp::verb::put ||
      r.method == bhttp::verb::options)
    append_content_length(out, r.body.size());
  end_head(out);
  return true;
}

namespace {

std::array<net::const_buffer, 2> gather(const std::string& head, const std::string& body) {
  std::array<net::const_buffer, 2> out;
  out[0] = net::buffer(head);
  out[1] = net::buffer(body);
  return out;
}

// Sends the request and reads the response header, on a pooled connection if
// there is one; a pooled connection the upstream has closed meanwhile is
// replaced by a fresh one once, before anything of the response arrived.
Task<core::Expected<std::unique_ptr<Connection>>> send(const Url& u, const TlsOptions& t,
                                                       ClientRequest& creq,
                                                       std::chrono::milliseconds connect_timeout,
                                                       Deadline deadline) {
  for (int attempt = 0; attempt < 2; ++attempt) {
    std::unique_ptr<Connection> c = take_idle(u, t);
    if (!c) {
      auto r = co_await connect(u, t, connect_timeout, deadline);
      if (!r) co_return r.error();
      c = std::move(*r);
    }
    if (!render_request_head(c->head, u, creq))
      co_return core::Error::invalid("request target '" + u.path + creq.target +
                                     "' has blanks or control characters");
    error_code ec;
    c->lowest().expires_at(deadline);
    // On plain TCP the request almost always fits the socket's send buffer:
    // sent at once, it costs one sendmsg and no completion posted through
    // the event loop (asio posts even an operation that finished at once).
    const auto buffers = gather(c->head, creq.body);
    std::size_t sent = 0;
    if (c->tcp) {
      sent = c->tcp->socket().send(buffers, 0, ec);
      if (ec == net::error::would_block || ec == net::error::try_again) {
        ec = {};
        sent = 0;
      }
    }
    if (!ec && sent < net::buffer_size(buffers)) {
      beast::buffers_suffix<std::array<net::const_buffer, 2>> rest(buffers);
      rest.consume(sent);
      co_await c->write(rest, ec);
    }
    if (!ec) {
      c->new_parser();
      c->parser->body_limit(std::numeric_limits<std::uint64_t>::max());
      co_await c->read_header(ec);
    }
    if (!ec) co_return std::move(c);
    if (c->reused && attempt == 0 && is_stale_connection_error(ec)) continue;
    co_return unreachable(u, "request", ec);
  }
  co_return core::Error::internal("unreachable");
}

}  // namespace

// ---- ResponseStream ----

ResponseStream::ResponseStream(std::unique_ptr<Connection> conn, unsigned status,
                               std::string content_type)
    : conn_(std::move(conn)), status_(status), content_type_(std::move(content_type)) {}

ResponseStream::~ResponseStream() {
  if (conn_ && done_ && conn_->parser && conn_->parser->keep_alive()) release(std::move(conn_));
}

Task<core::Expected<std::string>> ResponseStream::read(Deadline deadline) {
  if (done_) co_return std::string();
  if (!conn_->parser)  // an earlier read failed or was cut at a limit
    co_return core::Error{core::ErrorKind::upstream_unreachable,
                          502,
                          "upstream connection was already abandoned mid-response",
                          {},
                          {},
                          false};
  auto& p = *conn_->parser;
  std::string out;
  while (out.empty()) {
    if (p.is_done()) {
      done_ = true;
      break;
    }
    error_code ec;
    conn_->lowest().expires_at(deadline);
    co_await conn_->read_some(ec);
    out.swap(p.get().body());
    if (ec == bhttp::error::need_buffer) ec = {};
    if (ec) {
      conn_->parser.reset();  // never pool a connection that broke mid-body
      if (ec == beast::error::timeout)
        co_return core::Error{core::ErrorKind::timeout,
                              504,
                              "upstream timed out while streaming the response",
                              {},
                              {},
                              true};
      co_return core::Error{core::ErrorKind::upstream_unreachable,
                            502,
                            "upstream closed the connection mid-response: " + ec.message(),
                            {},
                            {},
                            true};
    }
  }
  if (p.is_done()) done_ = true;
  co_return out;
}

Task<std::string> ResponseStream::read_all(Deadline deadline, std::size_t limit) {
  std::string all;
  for (;;) {
    auto piece = co_await read(deadline);
    if (!piece || piece->empty()) break;
    all += *piece;
    if (all.size() > limit) {
      all.resize(limit);
      conn_->parser.reset();
      break;
    }
  }
  co_return all;
}

Task<core::Expected<std::string>> ResponseStream::read_body(Deadline deadline, std::size_t limit) {
  std::string all;
  for (;;) {
    auto piece = co_await read(deadline);
    if (!piece) co_return std::move(piece.error());
    if (piece->empty()) co_return all;
    if (all.size() + piece->size() > limit) {
      conn_->parser.reset();  // the rest is never read: the connection is not reused
      co_return core::Error{core::ErrorKind::upstream,
                            502,
                            "upstream response is larger than " + std::to_string(limit) + " bytes",
                            {},
                            std::string(kResponseTooLargeCode),
                            true};
    }
    all += *piece;
  }
}

// ---- Client ----

namespace {

// The header fields of a response, names in lower case.
template <class Fields>
std::vector<std::pair<std::string, std::string>> headers_of(const Fields& res) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& f : res) {
    std::string name(f.name_string());
    for (char& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    out.emplace_back(std::move(name), std::string(f.value()));
  }
  return out;
}

}  // namespace

Task<core::Expected<std::unique_ptr<ResponseStream>>> Client::open(
    const Url& base, const TlsOptions& tls, ClientRequest req,
    std::chrono::milliseconds connect_timeout, Deadline deadline) {
  auto c = co_await send(base, tls, req, connect_timeout, deadline);
  if (!c) co_return c.error();
  auto& res = (*c)->parser->get();
  unsigned status = res.result_int();
  std::string ct(res[bhttp::field::content_type]);
  std::string retry_after;
  if (status >= 400) retry_after = std::string(res[bhttp::field::retry_after]);
  auto headers =
      status >= 400 ? headers_of(res) : std::vector<std::pair<std::string, std::string>>();
  auto stream = std::make_unique<ResponseStream>(std::move(*c), status, std::move(ct));
  stream->set_retry_after(std::move(retry_after));
  stream->set_error_headers(std::move(headers));
  co_return stream;
}

Task<core::Expected<ClientResponse>> Client::request(const Url& base, const TlsOptions& tls,
                                                     ClientRequest req,
                                                     std::chrono::milliseconds connect_timeout,
                                                     Deadline deadline, std::size_t max_body) {
  auto c = co_await send(base, tls, req, connect_timeout, deadline);
  if (!c) co_return c.error();
  auto conn = std::move(*c);
  auto& p = *conn->parser;
  p.body_limit(max_body);
  error_code ec;
  if (!p.is_done()) co_await conn->read_rest(ec);
  if (ec) {
    if (ec == bhttp::error::body_limit)
      co_return core::Error{
          core::ErrorKind::upstream,
          502,
          "upstream response is larger than " + std::to_string(max_body) + " bytes",
          {},
          std::string(kResponseTooLargeCode),
          true};
    co_return unreachable(base, "reading response", ec);
  }
  ClientResponse out;
  auto& res = p.get();
  out.status = res.result_int();
  out.content_type = std::string(res[bhttp::field::content_type]);
  if (out.status >= 400) {
    out.retry_after = std::string(res[bhttp::field::retry_after]);
    out.error_headers = headers_of(res);
  }
  out.body = std::move(res.body());
  if (p.keep_alive()) release(std::move(conn));
  co_return out;
}

std::size_t Client::idle_connections() {
  std::size_t n = 0;
  for (auto& [k, v] : pool().idle) n += v.size();
  return n;
}

}  // namespace switchyard::http
