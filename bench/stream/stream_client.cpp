// switchyard-stream-client: the load side of the streaming benchmark
// (bench/stream/run). Holds N concurrent streamed Chat Completions requests
// against one loopback address, each on its own keep-alive connection,
// against the fake upstream's paced model (tests/fakes/fake_paced_stream.hpp):
// every content chunk carries its CLOCK_MONOTONIC send time, and the client
// records arrival minus send for each one.
//
// Connections open evenly over --ramp seconds so connects do not pile up;
// each sends a request, reads the stream to its end, and sends the next on
// the same connection until --duration seconds have passed since the start.
// In-flight streams then finish; anything still open a grace period after
// the last one should have ended is counted unfinished. A stream is good
// when it answered 200, carried exactly the expected number of content
// chunks and a usage chunk, no error event, and ended with `data: [DONE]`.
//
// One thread, plain epoll: the client must cost little next to what it
// measures, and a timestamp taken right after recv() returns is the arrival.
// Prints a summary on stderr and one "SYSTREAM key=value ..." line on
// stdout; exits 0 if every stream was good, 1 if any was not, 2 on bad usage.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "client_options.hpp"
#include "latency_histogram.hpp"
#include "sse_response_reader.hpp"

namespace {

using switchyard::bench::LatencyHistogram;
using switchyard::bench::Options;
using switchyard::bench::parse_options;
using switchyard::bench::request_bytes;
using switchyard::bench::SseResponseReader;

std::int64_t monotonic_us() {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<std::int64_t>(ts.tv_sec) * 1'000'000 + ts.tv_nsec / 1'000;
}

struct Totals {
  std::uint64_t started = 0;
  std::uint64_t ok = 0;
  std::uint64_t http_error = 0;
  std::uint64_t error_event = 0;
  std::uint64_t cut = 0;
  std::uint64_t wrong_count = 0;
  std::uint64_t no_usage = 0;
  std::uint64_t protocol_error = 0;
  std::uint64_t unfinished = 0;
  std::uint64_t connect_error = 0;
  std::uint64_t chunks = 0;
  std::uint64_t bad() const {
    return http_error + error_event + cut + wrong_count + no_usage + protocol_error + unfinished +
           connect_error;
  }
};

class Client;

struct Conn final : SseResponseReader::Sink {
  enum class Phase { closed, connecting, writing, reading };
  Client* client = nullptr;
  int fd = -1;
  Phase phase = Phase::closed;
  std::uint32_t interest = 0;  // epoll events registered; 0: not in the set
  std::size_t written = 0;
  bool in_stream = false;  // a request went out; its response has not ended
  bool first_byte = false;
  std::int64_t sent_us = 0;
  SseResponseReader reader;
  int content_chunks = 0;
  bool saw_done = false;
  bool saw_usage = false;
  bool saw_error = false;

  bool on_data(std::string_view payload) override;
};

class Client {
 public:
  explicit Client(Options o) : o_(std::move(o)), request_(request_bytes(o_)), conns_(o_.streams) {
    for (auto& c : conns_) c.client = this;
  }

  int run();

  // Called by Conn::on_data with the payload of one `data:` line.
  void data_line(Conn& c, std::string_view payload);

 private:
  void open(std::size_t i);
  void close(Conn& c);
  void send_request(Conn& c);
  void on_event(std::size_t i, std::uint32_t events);
  void on_readable(Conn& c);
  // The current response ended (complete or not): tally it, then go on.
  void finish_stream(Conn& c, SseResponseReader::Result how);
  void next_or_close(Conn& c, bool reusable);
  void write_rest(Conn& c);
  bool set_interest(Conn& c, std::uint32_t events);
  void report(std::int64_t elapsed_us) const;

  Options o_;
  std::string request_;
  std::vector<Conn> conns_;
  int ep_ = -1;
  std::int64_t now_us_ = 0;
  std::int64_t stop_us_ = 0;  // no stream starts after this
  std::size_t open_ = 0;
  Totals t_;
  LatencyHistogram latency_;
  LatencyHistogram ttfb_;
};

bool Conn::on_data(std::string_view payload) {
  client->data_line(*this, payload);
  return true;
}

void Client::data_line(Conn& c, std::string_view p) {
  if (p == "[DONE]") {
    c.saw_done = true;
    return;
  }
  if (c.saw_done) {  // nothing may follow [DONE]
    c.saw_error = true;
    return;
  }
  if (p.starts_with(R"({"error")")) {
    c.saw_error = true;
    return;
  }
  if (p.find(R"("usage":{)") != std::string_view::npos) c.saw_usage = true;
  constexpr std::string_view kContent = R"("content":")";
  const auto at = p.find(kContent);
  if (at == std::string_view::npos) return;
  const char* b = p.data() + at + kContent.size();
  std::int64_t sent = 0;
  auto [end, ec] = std::from_chars(b, p.data() + p.size(), sent);
  if (ec != std::errc() || end == b) return;  // the role chunk's "" or other text
  ++c.content_chunks;
  ++t_.chunks;
  latency_.add(now_us_ - sent);
}

// Changes what epoll reports for `c` (no system call when it already is that).
bool Client::set_interest(Conn& c, std::uint32_t events) {
  if (c.interest == events) return true;
  epoll_event ev{};
  ev.events = events;
  ev.data.u64 = static_cast<std::uint64_t>(&c - conns_.data());
  const int op = c.interest == 0 ? EPOLL_CTL_ADD : EPOLL_CTL_MOD;
  if (epoll_ctl(ep_, op, c.fd, &ev) != 0) return false;
  c.interest = events;
  return true;
}

void Client::open(std::size_t i) {
  Conn& c = conns_[i];
  c.fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (c.fd < 0) {
    std::fprintf(stderr, "stream-client: socket: %s\n", std::strerror(errno));
    ++t_.connect_error;
    return;
  }
  const int one = 1;
  setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(o_.port);
  inet_pton(AF_INET, o_.host.c_str(), &addr.sin_addr);
  ++open_;
  if (connect(c.fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 && errno != EINPROGRESS) {
    std::fprintf(stderr, "stream-client: connect: %s\n", std::strerror(errno));
    ++t_.connect_error;
    close(c);
    return;
  }
  c.phase = Conn::Phase::connecting;
  if (!set_interest(c, EPOLLOUT)) {
    std::fprintf(stderr, "stream-client: epoll_ctl: %s\n", std::strerror(errno));
    ++t_.connect_error;
    close(c);
  }
}

void Client::close(Conn& c) {
  if (c.fd >= 0) {
    ::close(c.fd);  // also leaves the epoll set
    c.fd = -1;
    c.interest = 0;
    --open_;
  }
  c.phase = Conn::Phase::closed;
}

void Client::send_request(Conn& c) {
  c.reader.reset();
  c.in_stream = true;
  c.first_byte = false;
  c.content_chunks = 0;
  c.saw_done = c.saw_usage = c.saw_error = false;
  c.written = 0;
  ++t_.started;
  c.phase = Conn::Phase::writing;
  write_rest(c);
}

void Client::write_rest(Conn& c) {
  while (c.written < request_.size()) {
    const ssize_t n =
        ::send(c.fd, request_.data() + c.written, request_.size() - c.written, MSG_NOSIGNAL);
    if (n > 0) {
      c.written += static_cast<std::size_t>(n);
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      set_interest(c, EPOLLOUT);
      return;
    }
    finish_stream(c, SseResponseReader::Result::failed);
    return;
  }
  c.sent_us = monotonic_us();
  c.phase = Conn::Phase::reading;
  set_interest(c, EPOLLIN | EPOLLRDHUP);
}

void Client::finish_stream(Conn& c, SseResponseReader::Result how) {
  c.in_stream = false;
  const bool complete = how == SseResponseReader::Result::complete;
  if (!c.reader.head_done()) {
    ++t_.cut;  // nothing came back: the connection died under the request
  } else if (c.reader.status() != 200) {
    ++t_.http_error;
  } else if (c.saw_error) {
    ++t_.error_event;
  } else if (!c.saw_done) {
    ++(complete || c.reader.error().starts_with("connection closed") ? t_.cut : t_.protocol_error);
  } else if (!complete) {
    ++t_.protocol_error;
  } else if (c.content_chunks != o_.chunks) {
    ++t_.wrong_count;
  } else if (!c.saw_usage) {
    ++t_.no_usage;
  } else {
    ++t_.ok;
  }
  if (!complete && c.reader.head_done() && t_.bad() <= 5) {
    std::fprintf(stderr, "stream-client: stream failed after %d chunks: %s\n", c.content_chunks,
                 c.reader.error().c_str());
  }
  next_or_close(c, complete && c.reader.keep_alive());
}

void Client::next_or_close(Conn& c, bool reusable) {
  const bool more = monotonic_us() < stop_us_;
  if (more && reusable) {
    send_request(c);
    return;
  }
  const std::size_t i = static_cast<std::size_t>(&c - conns_.data());
  close(c);
  if (more) open(i);  // the server closed: carry on with a fresh connection
}

void Client::on_readable(Conn& c) {
  char buf[64 * 1024];
  for (;;) {
    const ssize_t n = ::recv(c.fd, buf, sizeof buf, 0);
    now_us_ = monotonic_us();
    if (n > 0) {
      if (!c.in_stream) {  // bytes nobody asked for
        ++t_.protocol_error;
        close(c);
        return;
      }
      if (!c.first_byte) {
        c.first_byte = true;
        ttfb_.add(now_us_ - c.sent_us);
      }
      const auto r = c.reader.feed(std::string_view(buf, static_cast<std::size_t>(n)), c);
      if (r != SseResponseReader::Result::more) finish_stream(c, r);
      return;  // level-triggered: epoll reports what is left
    }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;
    // EOF or a reset.
    if (c.in_stream) {
      finish_stream(c, c.reader.finish_at_eof(c));
    } else {
      const std::size_t i = static_cast<std::size_t>(&c - conns_.data());
      close(c);
      if (monotonic_us() < stop_us_) open(i);
    }
    return;
  }
}

void Client::on_event(std::size_t i, std::uint32_t events) {
  Conn& c = conns_[i];
  switch (c.phase) {
    case Conn::Phase::connecting: {
      int err = 0;
      socklen_t len = sizeof err;
      getsockopt(c.fd, SOL_SOCKET, SO_ERROR, &err, &len);
      if (err != 0) {
        if (t_.connect_error < 5)
          std::fprintf(stderr, "stream-client: connect: %s\n", std::strerror(err));
        ++t_.connect_error;
        close(c);
        return;
      }
      send_request(c);
      return;
    }
    case Conn::Phase::writing:
      if (events & (EPOLLERR | EPOLLHUP)) {
        finish_stream(c, SseResponseReader::Result::failed);
        return;
      }
      write_rest(c);
      return;
    case Conn::Phase::reading:
      on_readable(c);
      return;
    case Conn::Phase::closed:
      return;
  }
}

int Client::run() {
  ep_ = epoll_create1(EPOLL_CLOEXEC);
  if (ep_ < 0) {
    std::perror("stream-client: epoll_create1");
    return 2;
  }
  const std::int64_t t0 = monotonic_us();
  const auto us = [](double s) { return static_cast<std::int64_t>(s * 1e6); };
  stop_us_ = t0 + us(o_.duration_s);
  const std::int64_t hard_us =
      stop_us_ + static_cast<std::int64_t>(o_.chunks) * o_.interval_ms * 1000 + us(o_.grace_s);
  const std::int64_t ramp_us = us(o_.ramp_s);
  std::size_t next = 0;
  std::vector<epoll_event> events(1024);
  for (;;) {
    std::int64_t now = monotonic_us();
    while (next < conns_.size() && now >= t0 + ramp_us * static_cast<std::int64_t>(next) /
                                                   static_cast<std::int64_t>(conns_.size())) {
      open(next++);
    }
    if (next == conns_.size() && open_ == 0) break;
    if (now >= hard_us) break;
    std::int64_t wait_us = hard_us - now;
    if (next < conns_.size())
      wait_us = std::min(wait_us, t0 +
                                      ramp_us * static_cast<std::int64_t>(next) /
                                          static_cast<std::int64_t>(conns_.size()) -
                                      now);
    const int timeout_ms =
        static_cast<int>(std::clamp<std::int64_t>((wait_us + 999) / 1000, 0, 1000));
    const int n = epoll_wait(ep_, events.data(), static_cast<int>(events.size()), timeout_ms);
    if (n < 0) {
      if (errno == EINTR) continue;
      std::perror("stream-client: epoll_wait");
      return 2;
    }
    for (int k = 0; k < n; ++k) on_event(events[k].data.u64, events[k].events);
  }
  for (auto& c : conns_) {
    if (c.in_stream) ++t_.unfinished;
    close(c);
  }
  ::close(ep_);
  report(monotonic_us() - t0);
  return t_.bad() == 0 ? 0 : 1;
}

void Client::report(std::int64_t elapsed_us) const {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  const double cpu_s = static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
                       static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
  // Time this process was runnable but waited for a CPU: on a shared machine
  // it says how much of the measured latency is the client's own queueing.
  double runq_wait_s = 0;
  if (std::FILE* f = std::fopen("/proc/self/schedstat", "r")) {
    unsigned long long run_ns = 0, wait_ns = 0;
    if (std::fscanf(f, "%llu %llu", &run_ns, &wait_ns) == 2) runq_wait_s = wait_ns / 1e9;
    std::fclose(f);
  }
  const auto& L = latency_;
  std::fprintf(stderr,
               "stream-client %s: %d streams x %d chunks every %d ms, %g s (%g s of ramp "
               "inside), %.1f s elapsed\n"
               "  streams: %llu started, %llu ok; http errors %llu, error events %llu, cut %llu, "
               "wrong chunk count %llu, no usage %llu, protocol errors %llu, unfinished %llu, "
               "connect errors %llu\n"
               "  chunk latency (arrival - send), %llu chunks: p50 %lld us, p90 %lld, p99 %lld, "
               "p99.9 %lld, max %lld, mean %.1f\n"
               "  time to first response byte: p50 %lld us, p99 %lld, max %lld\n"
               "  client CPU %.2f s (user + system), %.2f s waiting for a CPU\n",
               o_.label.c_str(), o_.streams, o_.chunks, o_.interval_ms, o_.duration_s, o_.ramp_s,
               elapsed_us / 1e6, (unsigned long long)t_.started, (unsigned long long)t_.ok,
               (unsigned long long)t_.http_error, (unsigned long long)t_.error_event,
               (unsigned long long)t_.cut, (unsigned long long)t_.wrong_count,
               (unsigned long long)t_.no_usage, (unsigned long long)t_.protocol_error,
               (unsigned long long)t_.unfinished, (unsigned long long)t_.connect_error,
               (unsigned long long)L.count(), (long long)L.quantile(0.5),
               (long long)L.quantile(0.9), (long long)L.quantile(0.99),
               (long long)L.quantile(0.999), (long long)L.max(), L.mean(),
               (long long)ttfb_.quantile(0.5), (long long)ttfb_.quantile(0.99),
               (long long)ttfb_.max(), cpu_s, runq_wait_s);
  std::printf(
      "SYSTREAM label=%s streams=%d chunks_per_stream=%d interval_ms=%d elapsed_s=%.1f "
      "started=%llu ok=%llu bad=%llu http_error=%llu error_event=%llu cut=%llu "
      "wrong_count=%llu no_usage=%llu protocol_error=%llu unfinished=%llu connect_error=%llu "
      "chunks=%llu negative=%llu p50_us=%lld p90_us=%lld p99_us=%lld p999_us=%lld "
      "max_us=%lld mean_us=%.1f ttfb_p50_us=%lld ttfb_p99_us=%lld client_cpu_s=%.2f "
      "client_runq_wait_s=%.2f\n",
      o_.label.c_str(), o_.streams, o_.chunks, o_.interval_ms, elapsed_us / 1e6,
      (unsigned long long)t_.started, (unsigned long long)t_.ok, (unsigned long long)t_.bad(),
      (unsigned long long)t_.http_error, (unsigned long long)t_.error_event,
      (unsigned long long)t_.cut, (unsigned long long)t_.wrong_count,
      (unsigned long long)t_.no_usage, (unsigned long long)t_.protocol_error,
      (unsigned long long)t_.unfinished, (unsigned long long)t_.connect_error,
      (unsigned long long)L.count(), (unsigned long long)L.negative(), (long long)L.quantile(0.5),
      (long long)L.quantile(0.9), (long long)L.quantile(0.99), (long long)L.quantile(0.999),
      (long long)L.max(), L.mean(), (long long)ttfb_.quantile(0.5), (long long)ttfb_.quantile(0.99),
      cpu_s, runq_wait_s);
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  if (const int rc = parse_options(argc, argv, o); rc >= 0) return rc;

  // Each stream is one descriptor here; ask for what the hard limit allows.
  rlimit lim{};
  if (getrlimit(RLIMIT_NOFILE, &lim) == 0 && lim.rlim_cur < lim.rlim_max) {
    lim.rlim_cur = lim.rlim_max;
    setrlimit(RLIMIT_NOFILE, &lim);
  }
  if (getrlimit(RLIMIT_NOFILE, &lim) == 0 && lim.rlim_cur < static_cast<rlim_t>(o.streams) + 16) {
    std::fprintf(stderr, "stream-client: %d streams need %d descriptors; the limit is %llu\n",
                 o.streams, o.streams + 16, static_cast<unsigned long long>(lim.rlim_cur));
    return 2;
  }
  Client client(std::move(o));
  return client.run();
}
