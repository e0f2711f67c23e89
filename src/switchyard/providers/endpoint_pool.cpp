#include "switchyard/providers/endpoint_pool.hpp"

#include <algorithm>
#include <limits>

namespace switchyard::providers {

EndpointPool::EndpointPool(std::string provider, std::vector<http::Url> endpoints,
                           std::optional<HealthCheckOptions> health)
    : provider_(std::move(provider)),
      size_(endpoints.size()),
      endpoints_(new Endpoint[endpoints.size()]),
      health_(std::move(health)) {
  for (std::size_t i = 0; i < size_; ++i) {
    Endpoint& e = endpoints_[i];
    e.url = std::move(endpoints[i]);
    e.name = e.url.origin() + e.url.path;
  }
}

EndpointPool::Lease& EndpointPool::Lease::operator=(Lease&& other) noexcept {
  if (this != &other) {
    release();
    pool_ = other.pool_;
    index_ = other.index_;
    other.pool_ = nullptr;
  }
  return *this;
}

const http::Url& EndpointPool::Lease::url() const {
  return pool_->url(index_);
}

void EndpointPool::Lease::release() {
  if (pool_) pool_->endpoints_[index_].outstanding.fetch_sub(1, std::memory_order_relaxed);
  pool_ = nullptr;
}

core::Expected<EndpointPool::Lease> EndpointPool::acquire() {
  // Start the search one further each time: the first of several equally
  // loaded endpoints wins, so ties go round in turn.
  const std::size_t start = next_.fetch_add(1, std::memory_order_relaxed);
  std::size_t best = size_;
  int best_load = std::numeric_limits<int>::max();
  for (std::size_t k = 0; k < size_; ++k) {
    const std::size_t i = (start + k) % size_;
    const Endpoint& e = endpoints_[i];
    if (!e.up.load(std::memory_order_relaxed)) continue;
    const int load = e.outstanding.load(std::memory_order_relaxed);
    if (load < best_load) {
      best = i;
      best_load = load;
    }
  }
  if (best < size_) {
    endpoints_[best].outstanding.fetch_add(1, std::memory_order_relaxed);
    return Lease(this, best);
  }
  std::string message = "provider '" + provider_ + "' has no healthy endpoint (";
  {
    std::lock_guard lock(mutex_);
    for (std::size_t i = 0; i < size_; ++i) {
      if (i > 0) message += "; ";
      message += endpoints_[i].name;
      if (!endpoints_[i].last_problem.empty()) message += ": " + endpoints_[i].last_problem;
    }
  }
  message += ")";
  return core::Error{core::ErrorKind::upstream_unreachable,
                     502,
                     std::move(message),
                     {},
                     "no_healthy_endpoint",
                     true};
}

std::optional<EndpointPool::Transition> EndpointPool::take_out(std::size_t i,
                                                               std::string_view why) {
  Endpoint& e = endpoints_[i];
  e.successes = 0;
  e.last_problem = std::string(why);
  if (!e.up.load(std::memory_order_relaxed)) return std::nullopt;
  e.up.store(false, std::memory_order_relaxed);
  return Transition{i, false, std::string(why)};
}

void EndpointPool::report_connect_failure(std::size_t index, std::string_view why) {
  if (!health_ || index >= size_) return;
  std::optional<Transition> t;
  {
    std::lock_guard lock(mutex_);
    Endpoint& e = endpoints_[index];
    e.failures = std::max(e.failures, health_->unhealthy_after);
    t = take_out(index, why);
  }
  notify(t);
}

void EndpointPool::report_probe(std::size_t index, bool ok, std::string_view why) {
  if (!health_ || index >= size_) return;
  std::optional<Transition> t;
  {
    std::lock_guard lock(mutex_);
    Endpoint& e = endpoints_[index];
    if (ok) {
      e.failures = 0;
      ++e.successes;
      if (!e.up.load(std::memory_order_relaxed) && e.successes >= health_->healthy_after) {
        e.up.store(true, std::memory_order_relaxed);
        e.last_problem.clear();
        t = Transition{index, true, std::string(why)};
      }
    } else {
      ++e.failures;
      if (e.failures >= health_->unhealthy_after) {
        t = take_out(index, why);
      } else {
        e.successes = 0;
      }
    }
  }
  notify(t);
}

void EndpointPool::notify(const std::optional<Transition>& t) {
  if (t && observer_) observer_(t->index, t->up, t->why);
}

}  // namespace switchyard::providers
