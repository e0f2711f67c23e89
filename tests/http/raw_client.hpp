// A blocking loopback socket for the server's wire tests: bytes in, bytes
// out, and whether the server closed the connection. Every receive has a
// guard timeout, so a server that leaves a connection hanging fails the test
// instead of stalling it.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace switchyard::http::testing {

class RawClient {
 public:
  // How a read for "everything until the server closes" ended.
  enum class End { closed, reset, hung };

  explicit RawClient(std::uint16_t port) {
    fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd_ < 0) error_ = errno;
    if (fd_ >= 0 && ::connect(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
      error_ = errno;
      ::close(fd_);
      fd_ = -1;
    }
    if (fd_ >= 0) {
      int one = 1;
      ::setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    }
  }
  ~RawClient() {
    if (fd_ >= 0) ::close(fd_);
  }
  RawClient(const RawClient&) = delete;
  RawClient& operator=(const RawClient&) = delete;

  bool ok() const { return fd_ >= 0; }
  // errno of a failed socket or connect, 0 otherwise.
  int error() const { return error_; }
  int fd() const { return fd_; }

  bool send(std::string_view data) {
    while (!data.empty()) {
      const auto n = ::send(fd_, data.data(), data.size(), MSG_NOSIGNAL);
      if (n <= 0) return false;
      data.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
  }

  // Reads until the server closes the connection (or resets it), or until
  // nothing has come for `guard`: then the connection was left open.
  End read_to_end(std::string& out, std::chrono::milliseconds guard = std::chrono::seconds(10)) {
    for (;;) {
      pollfd p{fd_, POLLIN, 0};
      if (::poll(&p, 1, static_cast<int>(guard.count())) <= 0) return End::hung;
      char buf[4096];
      const auto n = ::recv(fd_, buf, sizeof buf, 0);
      if (n == 0) return End::closed;
      if (n < 0) return errno == ECONNRESET ? End::reset : End::hung;
      out.append(buf, static_cast<std::size_t>(n));
    }
  }

  // What one receive brings; empty if nothing came within `guard`.
  std::string read_some(std::chrono::milliseconds guard = std::chrono::seconds(10)) {
    std::string out;
    pollfd p{fd_, POLLIN, 0};
    if (::poll(&p, 1, static_cast<int>(guard.count())) <= 0) return out;
    char buf[4096];
    const auto n = ::recv(fd_, buf, sizeof buf, 0);
    if (n > 0) out.append(buf, static_cast<std::size_t>(n));
    return out;
  }

 private:
  int fd_ = -1;
  int error_ = 0;
};

// The body of the first response in `raw`: what follows its head.
inline std::string_view response_body(std::string_view raw) {
  const auto at = raw.find("\r\n\r\n");
  return at == std::string_view::npos ? std::string_view() : raw.substr(at + 4);
}

inline std::size_t count_of(std::string_view hay, std::string_view needle) {
  std::size_t n = 0;
  for (auto at = hay.find(needle); at != std::string_view::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace switchyard::http::testing
