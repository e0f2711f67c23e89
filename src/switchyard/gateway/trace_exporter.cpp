#include "switchyard/gateway/trace_exporter.hpp"

#include <cstdio>
#include <stdexcept>

namespace switchyard::gateway {

namespace net = http::net;

namespace {

constexpr auto kPostTimeout = std::chrono::seconds(5);
constexpr auto kConnectTimeout = std::chrono::milliseconds(2000);
constexpr auto kFinalDrain = std::chrono::seconds(1);
constexpr std::size_t kMaxAnswer = 64u << 10;

http::Url parse_endpoint(const std::string& endpoint) {
  auto url = http::Url::parse(endpoint);
  if (!url)
    throw std::runtime_error("observe.traces.endpoint '" + endpoint +
                             "' is not a usable URL: " + url.error().message);
  return *url;
}

}  // namespace

TraceExporter::TraceExporter(const config::TraceConfig& cfg, observe::Registry& metrics)
    : cfg_(cfg),
      url_(parse_endpoint(cfg.endpoint)),
      origin_(url_),
      exported_(metrics.counter("switchyard_trace_spans_exported_total",
                                "Spans the OTLP collector accepted.")),
      dropped_(metrics.counter("switchyard_trace_spans_dropped_total",
                               "Spans dropped: the export queue was full (observe.traces."
                               "max_queue) or the collector refused or did not answer.")),
      failures_(metrics.counter("switchyard_trace_export_failures_total",
                                "Export requests to the OTLP collector that failed.")) {
  origin_.path.clear();
  ioc_ = std::make_unique<net::io_context>(1);
  timer_ = std::make_unique<net::steady_timer>(*ioc_);
  net::co_spawn(*ioc_, run(), net::detached);
  thread_ = std::thread([ioc = ioc_.get()] {
    try {
      ioc->run();
    } catch (const std::exception& e) {
      std::fprintf(stderr, "switchyard: trace exporter stopped: %s\n", e.what());
    }
  });
}

TraceExporter::~TraceExporter() {
  net::post(*ioc_, [this] {
    stopping_.store(true);
    timer_->cancel();
  });
  thread_.join();
  timer_.reset();
  ioc_.reset();
}

void TraceExporter::submit(std::vector<observe::Span> spans) {
  std::size_t over = 0;
  {
    std::lock_guard lock(mu_);
    const std::size_t room = cfg_.max_queue > queue_.size() ? cfg_.max_queue - queue_.size() : 0;
    if (spans.size() > room) {
      over = spans.size() - room;
      spans.resize(room);
    }
    for (auto& s : spans) queue_.push_back(std::move(s));
  }
  if (over) dropped_.inc(over);
}

std::vector<observe::Span> TraceExporter::take() {
  std::lock_guard lock(mu_);
  std::vector<observe::Span> batch;
  const std::size_t n = std::min(queue_.size(), cfg_.max_batch);
  batch.reserve(n);
  std::move(queue_.begin(), queue_.begin() + static_cast<std::ptrdiff_t>(n),
            std::back_inserter(batch));
  queue_.erase(queue_.begin(), queue_.begin() + static_cast<std::ptrdiff_t>(n));
  return batch;
}

http::ClientRequest TraceExporter::export_request(const std::vector<observe::Span>& batch) const {
  http::ClientRequest req;
  req.method = http::bhttp::verb::post;
  req.target = url_.path.empty() ? "/" : url_.path;
  req.headers.emplace_back("content-type", "application/json");
  req.body = observe::encode_otlp_json(batch, cfg_.service_name);
  return req;
}

bool TraceExporter::note_result(const core::Expected<http::ClientResponse>& res,
                                std::size_t spans) {
  if (res && res->status >= 200 && res->status <= 299) {
    exported_.inc(spans);
    failing_ = false;
    return true;
  }
  failures_.inc();
  dropped_.inc(spans);
  if (!failing_) {  // once per outage, not once per batch
    const std::string why = res ? "HTTP " + std::to_string(res->status) : res.error().message;
    std::fprintf(stderr, "switchyard: trace export to %s failed: %s\n", cfg_.endpoint.c_str(),
                 why.c_str());
  }
  failing_ = true;
  return false;
}

// No temporaries in the co_await expressions and no braced lists here: g++
// 12 miscompiles both in coroutine bodies.
http::Task<void> TraceExporter::run() {
  for (;;) {
    const bool stopping = stopping_.load();
    const auto final_deadline = http::Clock::now() + kFinalDrain;
    for (;;) {
      std::vector<observe::Span> batch = take();
      if (batch.empty()) break;
      const auto deadline = stopping ? final_deadline : http::Clock::now() + kPostTimeout;
      auto res = co_await http::Client::request(origin_, tls_, export_request(batch),
                                                kConnectTimeout, deadline, kMaxAnswer);
      if (note_result(res, batch.size())) continue;
      // Failed: the next round tries again; when stopping, until the deadline.
      if (!stopping || http::Clock::now() >= final_deadline) break;
    }
    if (stopping) break;
    if (stopping_.load()) continue;  // asked to stop while a batch was out: drain now
    timer_->expires_after(cfg_.interval);
    boost::system::error_code ec;
    co_await timer_->async_wait(http::use_ec(ec));
  }
  // Idle pooled connections must not keep the thread running.
  ioc_->stop();
}

}  // namespace switchyard::gateway
