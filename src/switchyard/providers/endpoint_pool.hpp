// Several servers of the same models behind one provider: a pool of
// llama-server, vLLM or Ollama instances (config: `endpoints:`).
//
// Each attempt leases the healthy endpoint with the fewest requests in flight;
// among equals the choice rotates, so an idle pool still spreads its load. The
// lease is held for the whole attempt (a stream included) and gives the
// endpoint back when it is destroyed.
//
// Health: an endpoint is taken out at once when a connection to it cannot be
// made (passive: the attempt that found out fails as a retryable error, and
// the gateway's retry lands on another member), and after `unhealthy_after`
// consecutive failed probes (active, see HealthChecker). It comes back after
// `healthy_after` consecutive good probes. With every endpoint out, acquire()
// fails at once with a retryable error, so the gateway moves on instead of
// waiting on a dead pool.
//
// Thread safety: acquire() and leases are lock-free (relaxed atomics; one
// io_context thread per core calls them). Health reports take a mutex; they
// are rare. The observer is set before the pool is shared.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "switchyard/core/error.hpp"
#include "switchyard/http/client.hpp"

namespace switchyard::providers {

struct HealthCheckOptions {
  std::string path = "/health";  // GET on each endpoint's host (not under its base path)
  std::chrono::milliseconds interval{5'000};
  std::chrono::milliseconds timeout{1'000};  // one probe, connect included
  int unhealthy_after = 2;                   // consecutive failed probes that take it out
  int healthy_after = 1;                     // consecutive good probes that bring it back
};

class EndpointPool {
 public:
  // Called on every change of an endpoint's state, on the thread that saw it,
  // outside the pool's lock.
  using Observer = std::function<void(std::size_t index, bool up, const std::string& why)>;

  // `health` unset: the endpoints are never taken out (a single upstream such
  // as a cloud API, which has no health path and no alternative anyway).
  EndpointPool(std::string provider, std::vector<http::Url> endpoints,
               std::optional<HealthCheckOptions> health);
  EndpointPool(const EndpointPool&) = delete;
  EndpointPool& operator=(const EndpointPool&) = delete;

  // One attempt's hold on an endpoint; counts as outstanding until destroyed.
  class Lease {
   public:
    Lease(Lease&& other) noexcept : pool_(other.pool_), index_(other.index_) {
      other.pool_ = nullptr;
    }
    Lease& operator=(Lease&& other) noexcept;
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease() { release(); }

    const http::Url& url() const;
    std::size_t index() const { return index_; }

   private:
    friend class EndpointPool;
    Lease(EndpointPool* pool, std::size_t index) : pool_(pool), index_(index) {}
    void release();
    EndpointPool* pool_;
    std::size_t index_;
  };

  // The healthy endpoint with the fewest outstanding requests (ties rotate),
  // or a retryable upstream_unreachable error when every endpoint is down.
  core::Expected<Lease> acquire();

  // Passive health: no connection could be made to the endpoint.
  void report_connect_failure(std::size_t index, std::string_view why);
  // Active health: the outcome of one probe.
  void report_probe(std::size_t index, bool ok, std::string_view why);

  void set_observer(Observer observer) { observer_ = std::move(observer); }

  const std::string& provider() const { return provider_; }
  std::size_t size() const { return size_; }
  const http::Url& url(std::size_t i) const { return endpoints_[i].url; }
  // "http://10.0.0.5:8080/v1": how logs and metric labels name the endpoint.
  const std::string& name(std::size_t i) const { return endpoints_[i].name; }
  bool up(std::size_t i) const { return endpoints_[i].up.load(std::memory_order_relaxed); }
  int outstanding(std::size_t i) const {
    return endpoints_[i].outstanding.load(std::memory_order_relaxed);
  }
  const std::optional<HealthCheckOptions>& health() const { return health_; }

 private:
  struct Endpoint {
    http::Url url;
    std::string name;
    std::atomic<int> outstanding{0};
    std::atomic<bool> up{true};
    // Guarded by mutex_.
    int failures = 0;   // consecutive failed probes
    int successes = 0;  // consecutive good probes
    std::string last_problem;
  };
  struct Transition {
    std::size_t index;
    bool up;
    std::string why;
  };
  // Marks endpoint i down (mutex_ held); returns the transition if it was up.
  std::optional<Transition> take_out(std::size_t i, std::string_view why);
  void notify(const std::optional<Transition>& t);

  std::string provider_;
  std::size_t size_;
  std::unique_ptr<Endpoint[]> endpoints_;
  std::optional<HealthCheckOptions> health_;
  std::atomic<std::size_t> next_{0};  // where the next search starts (tie rotation)
  std::mutex mutex_;
  Observer observer_;
};

}  // namespace switchyard::providers
