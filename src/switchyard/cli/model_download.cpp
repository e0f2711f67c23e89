#include "switchyard/http/asio.hpp"  // first: Boost 1.74 needs <utility> before Asio

#include "switchyard/cli/model_download.hpp"

#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <boost/asio/ssl.hpp>
#include <boost/beast/ssl.hpp>
#include <cerrno>
#include <cstring>
#include <limits>

#include "switchyard/http/client.hpp"
#include "switchyard/models/gguf_header.hpp"
#include "switchyard/models/model_store.hpp"

namespace switchyard::cli {

using http::beast::error_code;
namespace net = http::net;
namespace beast = http::beast;
namespace bhttp = http::bhttp;
namespace ssl = net::ssl;
using http::Task;
using http::tcp;
using http::use_ec;

namespace {

constexpr int kMaxRedirects = 10;
constexpr int kMaxRestarts = 2;
constexpr std::size_t kChunk = 1u << 20;
constexpr std::size_t kHeadBytes = 64;

AttemptResult ended(AttemptEnd end, std::string message, bool discard = false) {
  AttemptResult r;
  r.end = end;
  r.message = std::move(message);
  r.discard_partial = discard;
  return r;
}

// scheme://host[:port]/path, without the query (signed CDN URLs are long and
// carry credentials).
std::string display(const http::Url& u) {
  std::string out = u.tls ? "https://" : "http://";
  out += u.host.find(':') != std::string::npos ? "[" + u.host + "]" : u.host;
  if (u.port != (u.tls ? 443 : 80)) out += ":" + std::to_string(u.port);
  out += u.path.substr(0, u.path.find('?'));
  return out;
}

// W/"abc" → abc
std::string strip_etag(std::string_view v) {
  if (v.starts_with("W/")) v.remove_prefix(2);
  if (v.size() >= 2 && v.front() == '"' && v.back() == '"') v = v.substr(1, v.size() - 2);
  return std::string(v);
}

struct ContentRange {
  std::optional<std::uint64_t> first;  // absent for "bytes */total"
  std::optional<std::uint64_t> total;  // absent for ".../*"
};

std::optional<std::uint64_t> parse_u64(std::string_view s) {
  if (s.empty() || s.size() > 19) return std::nullopt;
  std::uint64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + static_cast<std::uint64_t>(c - '0');
  }
  return v;
}

// "bytes 100-199/200", "bytes */200", "bytes 100-199/*"
std::optional<ContentRange> parse_content_range(std::string_view v) {
  if (!v.starts_with("bytes ")) return std::nullopt;
  v.remove_prefix(6);
  const auto slash = v.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  ContentRange r;
  const std::string_view range = v.substr(0, slash), total = v.substr(slash + 1);
  if (total != "*") {
    r.total = parse_u64(total);
    if (!r.total) return std::nullopt;
  }
  if (range != "*") {
    const auto dash = range.find('-');
    if (dash == std::string_view::npos) return std::nullopt;
    r.first = parse_u64(range.substr(0, dash));
    if (!r.first || !parse_u64(range.substr(dash + 1))) return std::nullopt;
  }
  return r;
}

std::string resolve_location(const http::Url& base, std::string_view loc) {
  if (loc.starts_with("http://") || loc.starts_with("https://")) return std::string(loc);
  std::string scheme = base.tls ? "https:" : "http:";
  if (loc.starts_with("//")) return scheme + std::string(loc);
  std::string origin = base.origin();
  if (loc.starts_with("/")) return origin + std::string(loc);
  std::string dir = base.path.substr(0, base.path.find('?'));
  dir = dir.substr(0, dir.rfind('/') + 1);
  if (dir.empty()) dir = "/";
  return origin + dir + std::string(loc);
}

bool is_redirect(unsigned s) {
  return s == 301 || s == 302 || s == 303 || s == 307 || s == 308;
}
bool is_retryable(unsigned s) {
  return s == 408 || s == 425 || s == 429 || s == 500 || s == 502 || s == 503 || s == 504;
}

// Up to 200 printable characters of a body, on one line.
std::string snippet(std::string_view body) {
  std::string out;
  for (char c : body.substr(0, 200)) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    if (static_cast<unsigned char>(c) >= 32 && c != 127) out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool certificate_error(const error_code& ec) {
  return ec.category() == net::error::get_ssl_category() &&
         ERR_GET_REASON(static_cast<unsigned long>(ec.value())) == SSL_R_CERTIFICATE_VERIFY_FAILED;
}

}  // namespace

struct ModelDownload::Impl {
  ModelDownload& d;
  std::unique_ptr<ssl::context> tls;
  std::vector<char> chunk = std::vector<char>(kChunk);
  std::string content_type;

  explicit Impl(ModelDownload& owner) : d(owner) {}

  Task<AttemptResult> run() {
    std::string url = d.target_.url;
    for (int hop = 0; hop <= kMaxRedirects; ++hop) {
      auto u = http::Url::parse(url);
      if (!u)
        co_return ended(AttemptEnd::fatal, "cannot download '" + url + "': " + u.error().message);
      std::string next;
      AttemptResult r = co_await connect_and_exchange(*u, next);
      if (next.empty()) co_return r;
      url = std::move(next);
    }
    co_return ended(AttemptEnd::fatal, "more than " + std::to_string(kMaxRedirects) +
                                           " redirects, starting at " + d.target_.url);
  }

  Task<AttemptResult> connect_and_exchange(const http::Url& u, std::string& next) {
    auto ex = co_await net::this_coro::executor;
    error_code ec;
    tcp::resolver resolver(ex);
    auto endpoints = co_await resolver.async_resolve(u.host, std::to_string(u.port), use_ec(ec));
    if (ec)
      co_return ended(AttemptEnd::transient, "cannot resolve " + u.host + ": " + ec.message());
    if (!u.tls) {
      beast::tcp_stream s(ex);
      s.expires_after(d.target_.connect_timeout);
      co_await s.async_connect(endpoints, use_ec(ec));
      if (ec)
        co_return ended(AttemptEnd::transient,
                        "cannot connect to " + display(u) + ": " + ec.message());
      co_return co_await exchange(s, u, next);
    }
    if (!tls) {
      tls = std::make_unique<ssl::context>(ssl::context::tls_client);
      tls->set_default_verify_paths(ec);
      if (ec)
        co_return ended(AttemptEnd::fatal,
                        "cannot load the system's TLS trust store: " + ec.message());
      tls->set_verify_mode(ssl::verify_peer);
    }
    beast::ssl_stream<beast::tcp_stream> s(ex, *tls);
    beast::get_lowest_layer(s).expires_after(d.target_.connect_timeout);
    co_await beast::get_lowest_layer(s).async_connect(endpoints, use_ec(ec));
    if (ec)
      co_return ended(AttemptEnd::transient,
                      "cannot connect to " + display(u) + ": " + ec.message());
    if (!SSL_set_tlsext_host_name(s.native_handle(), u.host.c_str()))
      co_return ended(AttemptEnd::fatal, "TLS: cannot set the server name " + u.host);
    s.set_verify_callback(ssl::host_name_verification(u.host));
    co_await s.async_handshake(ssl::stream_base::client, use_ec(ec));
    if (ec) {
      if (certificate_error(ec))
        co_return ended(AttemptEnd::fatal, "TLS: the certificate of " + u.host +
                                               " could not be verified against the system's "
                                               "CA bundle: " +
                                               ec.message());
      co_return ended(AttemptEnd::transient,
                      "TLS handshake with " + u.host + " failed: " + ec.message());
    }
    co_return co_await exchange(s, u, next);
  }

  // Takes the checksum a response publishes; true when it differs from the
  // one an earlier response of this download published (the file changed).
  bool take_digest(const bhttp::fields& h, const http::Url& u) {
    std::string sha, header;
    if (auto it = h.find("X-Linked-Etag"); it != h.end()) {
      sha = strip_etag(it->value());
      header = "X-Linked-Etag";
    }
    if (!models::is_sha256_hex(sha) && d.target_.etag_is_sha256 &&
        u.origin() == d.target_.token_origin) {
      if (auto it = h.find(bhttp::field::etag); it != h.end()) {
        sha = strip_etag(it->value());
        header = "ETag";
      }
    }
    if (!models::is_sha256_hex(sha)) return false;
    sha = models::lower_hex(sha);
    if (d.published_ && d.published_->sha256 != sha) {
      d.published_ = PublishedDigest{sha, header};
      return true;
    }
    if (!d.published_) d.published_ = PublishedDigest{sha, header};
    return false;
  }

  template <typename Stream>
  Task<AttemptResult> exchange(Stream& s, const http::Url& u, std::string& next) {
    auto& low = beast::get_lowest_layer(s);
    error_code ec;
    const std::uint64_t from = d.offset_;

    bhttp::request<bhttp::empty_body> req;
    req.method(bhttp::verb::get);
    req.target(u.path.empty() ? std::string("/") : u.path);
    req.version(11);
    const bool default_port = u.port == (u.tls ? 443 : 80);
    req.set(bhttp::field::host, default_port ? u.host : u.host + ":" + std::to_string(u.port));
    req.set(bhttp::field::user_agent, "switchyard");
    req.set(bhttp::field::accept, "*/*");
    req.set(bhttp::field::accept_encoding, "identity");
    if (from > 0) req.set(bhttp::field::range, "bytes=" + std::to_string(from) + "-");
    if (!d.target_.token.empty() && u.origin() == d.target_.token_origin)
      req.set(bhttp::field::authorization, "Bearer " + d.target_.token);
    req.keep_alive(false);

    low.expires_after(d.target_.idle_timeout);
    co_await bhttp::async_write(s, req, use_ec(ec));
    if (ec)
      co_return ended(AttemptEnd::transient,
                      display(u) + ": sending the request failed: " + ec.message());

    beast::flat_buffer buf;
    bhttp::response_parser<bhttp::buffer_body> p;
    p.header_limit(64u << 10);
    p.body_limit(std::numeric_limits<std::uint64_t>::max());
    low.expires_after(d.target_.idle_timeout);
    co_await bhttp::async_read_header(s, buf, p, use_ec(ec));
    if (ec) {
      if (ec == beast::error::timeout)
        co_return ended(AttemptEnd::transient, display(u) + ": no response within " +
                                                   std::to_string(d.target_.idle_timeout.count()) +
                                                   " s");
      co_return ended(AttemptEnd::transient,
                      display(u) + ": reading the response failed: " + ec.message());
    }
    auto& res = p.get();
    const unsigned status = res.result_int();
    content_type = std::string(res[bhttp::field::content_type]);
    if (take_digest(res, u) && d.offset_ > 0) {
      d.restart_from_zero(
          "the source now publishes a different checksum (the file changed); "
          "starting over");
      if (d.restarts_ > kMaxRestarts)
        co_return ended(AttemptEnd::fatal, "the file keeps changing on the server");
      next = d.target_.url;
      co_return AttemptResult();
    }

    if (is_redirect(status)) {
      auto loc = res[bhttp::field::location];
      if (loc.empty())
        co_return ended(AttemptEnd::fatal, display(u) + ": HTTP " + std::to_string(status) +
                                               " redirect without a Location header");
      next = resolve_location(u, loc);
      co_return AttemptResult();
    }

    if (status == 416 && from > 0) {
      auto range = parse_content_range(res[bhttp::field::content_range]);
      if (range && range->total && *range->total == from) {
        d.total_ = from;  // the partial file is already complete
        co_return ended(AttemptEnd::complete, "");
      }
      d.restart_from_zero("the partial file does not fit the file on the server; starting over");
      if (d.restarts_ > kMaxRestarts)
        co_return ended(AttemptEnd::fatal, display(u) + ": the server refuses every range");
      next = d.target_.url;
      co_return AttemptResult();
    }

    if (status == 206) {
      auto range = parse_content_range(res[bhttp::field::content_range]);
      if (!range || !range->first || *range->first != from) {
        d.restart_from_zero("the server sent a different range (" +
                            std::string(res[bhttp::field::content_range]) + ") than asked for (" +
                            std::to_string(from) + "-); starting over");
        if (d.restarts_ > kMaxRestarts)
          co_return ended(AttemptEnd::fatal, display(u) + ": the server sends wrong ranges");
        next = d.target_.url;
        co_return AttemptResult();
      }
      d.total_ = range->total;
    } else if (status == 200) {
      if (from > 0)
        d.restart_from_zero(
            "the server cannot resume (it answered the range request with the "
            "whole file); starting over");
      if (auto n = p.content_length()) d.total_ = *n;
    } else {
      co_return co_await error_status(s, buf, p, u, status);
    }

    if (d.total_) {
      struct statvfs vfs;
      std::memset(&vfs, 0, sizeof vfs);
      const std::uint64_t needed = *d.total_ > d.offset_ ? *d.total_ - d.offset_ : 0;
      if (::fstatvfs(d.fd_, &vfs) == 0) {
        const std::uint64_t avail = static_cast<std::uint64_t>(vfs.f_bavail) * vfs.f_frsize;
        if (avail < needed)
          co_return ended(AttemptEnd::fatal, "not enough disk space in the model store: " +
                                                 models::format_bytes(needed) + " more needed, " +
                                                 models::format_bytes(avail) + " free");
      }
    }
    d.progress_(d.offset_, d.total_);

    while (!p.is_done()) {
      res.body().data = chunk.data();
      res.body().size = chunk.size();
      low.expires_after(d.target_.idle_timeout);
      co_await bhttp::async_read_some(s, buf, p, use_ec(ec));
      if (ec == bhttp::error::need_buffer) ec.clear();
      const std::size_t n = chunk.size() - res.body().size;
      if (n > 0) {
        std::string error;
        if (!d.append(chunk.data(), n, error)) co_return ended(AttemptEnd::fatal, error);
        d.progress_(d.offset_, d.total_);
        if (d.head_.size() >= 4 && !models::has_gguf_magic(d.head_)) co_return not_gguf(u);
      }
      if (ec) {
        std::string got = models::format_bytes(d.offset_);
        if (d.total_) got += " of " + models::format_bytes(*d.total_);
        if (ec == beast::error::timeout)
          co_return ended(AttemptEnd::transient,
                          "no data from " + u.host + " for " +
                              std::to_string(d.target_.idle_timeout.count()) + " s (at " + got +
                              ")");
        co_return ended(AttemptEnd::transient,
                        "the connection to " + u.host + " broke at " + got + ": " + ec.message());
      }
    }
    if (d.total_ && d.offset_ != *d.total_)
      co_return ended(AttemptEnd::transient, "the body ended at " + std::to_string(d.offset_) +
                                                 " bytes, but the file has " +
                                                 std::to_string(*d.total_));
    if (d.head_.size() < 4 || !models::has_gguf_magic(d.head_)) co_return not_gguf(u);
    co_return ended(AttemptEnd::complete, "");
  }

  AttemptResult not_gguf(const http::Url& u) {
    std::string msg = display(u) + " did not send a GGUF file";
    if (!content_type.empty()) msg += " (Content-Type: " + content_type + ")";
    if (auto s = snippet(d.head_); !s.empty()) msg += "; it starts with \"" + s + "\"";
    msg +=
        ". Check the URL: it must name a .gguf file (on Hugging Face, the file's "
        "/resolve/ link, not its page)";
    return ended(AttemptEnd::fatal, std::move(msg), true);
  }

  template <typename Stream>
  Task<AttemptResult> error_status(Stream& s, beast::flat_buffer& buf,
                                   bhttp::response_parser<bhttp::buffer_body>& p,
                                   const http::Url& u, unsigned status) {
    std::string body;
    char small[2048];
    error_code ec;
    while (!p.is_done() && body.size() < sizeof small) {
      p.get().body().data = small;
      p.get().body().size = sizeof small;
      beast::get_lowest_layer(s).expires_after(std::chrono::seconds(10));
      co_await bhttp::async_read_some(s, buf, p, use_ec(ec));
      if (ec == bhttp::error::need_buffer) ec.clear();
      body.append(small, sizeof small - p.get().body().size);
      if (ec) break;
    }
    std::string msg = display(u) + ": HTTP " + std::to_string(status);
    if (auto reason = p.get().reason(); !reason.empty()) msg += " " + std::string(reason);
    if (status == 404)
      msg += " (no such file; check the owner, repository, revision and file name)";
    else if (status == 401 || status == 403)
      msg += d.target_.etag_is_sha256
                 ? " (the repository is gated or private: accept its terms on its page and set "
                   "HF_TOKEN to an access token)"
                 : " (the server wants credentials)";
    if (auto sn = snippet(body); !sn.empty()) msg += ": " + sn;
    co_return ended(is_retryable(status) ? AttemptEnd::transient : AttemptEnd::fatal,
                    std::move(msg));
  }
};

ModelDownload::ModelDownload(DownloadTarget target, int part_fd, Progress progress, Note note)
    : target_(std::move(target)),
      fd_(part_fd),
      progress_(std::move(progress)),
      note_(std::move(note)),
      impl_(std::make_unique<Impl>(*this)) {
  struct stat st {};
  if (::fstat(fd_, &st) == 0) offset_ = static_cast<std::uint64_t>(st.st_size);
}

ModelDownload::~ModelDownload() = default;

bool ModelDownload::hash_existing(std::string& error) {
  std::uint64_t at = 0;
  auto& buf = impl_->chunk;
  while (at < offset_) {
    const auto want = static_cast<std::size_t>(std::min<std::uint64_t>(buf.size(), offset_ - at));
    const ssize_t n = ::pread(fd_, buf.data(), want, static_cast<off_t>(at));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      error = std::string("cannot read the partial file: ") +
              (n < 0 ? std::strerror(errno) : "it is shorter than expected");
      return false;
    }
    hasher_.update(buf.data(), static_cast<std::size_t>(n));
    if (head_.size() < kHeadBytes)
      head_.append(buf.data(), std::min(static_cast<std::size_t>(n), kHeadBytes - head_.size()));
    at += static_cast<std::uint64_t>(n);
  }
  return true;
}

void ModelDownload::restart_from_zero(const std::string& why) {
  ++restarts_;
  note_(why);
  if (::ftruncate(fd_, 0) != 0 || ::lseek(fd_, 0, SEEK_SET) != 0)
    note_(std::string("cannot truncate the partial file: ") + std::strerror(errno));
  offset_ = 0;
  total_.reset();
  head_.clear();
  (void)hasher_.hex_digest();  // starts over
}

bool ModelDownload::append(const char* data, std::size_t n, std::string& error) {
  hasher_.update(data, n);
  if (head_.size() < kHeadBytes) head_.append(data, std::min(n, kHeadBytes - head_.size()));
  while (n > 0) {
    const ssize_t w = ::pwrite(fd_, data, n, static_cast<off_t>(offset_));
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) {
      error = std::string("cannot write to the model store: ") + std::strerror(errno);
      return false;
    }
    data += w;
    n -= static_cast<std::size_t>(w);
    offset_ += static_cast<std::uint64_t>(w);
  }
  return true;
}

AttemptResult ModelDownload::attempt() {
  net::io_context ioc;
  std::optional<AttemptResult> result;
  std::exception_ptr failure;
  net::co_spawn(ioc, impl_->run(), [&](std::exception_ptr e, AttemptResult r) {
    if (e)
      failure = e;
    else
      result = std::move(r);
  });
  ioc.run();
  if (failure) {
    try {
      std::rethrow_exception(failure);
    } catch (const std::exception& e) {
      return ended(AttemptEnd::fatal, std::string("internal error: ") + e.what());
    }
  }
  return result ? *result : ended(AttemptEnd::fatal, "internal error: no result");
}

}  // namespace switchyard::cli
