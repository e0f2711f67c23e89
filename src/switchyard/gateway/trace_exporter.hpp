// Sends finished requests' spans to an OpenTelemetry collector over OTLP/HTTP
// (JSON: POST {endpoint} with Content-Type application/json), off the
// request path: requests hand their spans over under a short mutex
// (submit), and a thread of the exporter's own, with its own io_context and
// so its own upstream connections, sends them in batches every
// `traces.interval_ms` (config::TraceConfig). Spans beyond `max_queue`
// waiting are dropped, and a batch the collector refuses is not retried:
// tracing never holds a request back or grows without bound. Both are
// counted (switchyard_trace_spans_dropped_total, switchyard_trace_export_failures_total).
#pragma once

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "switchyard/config/config.hpp"
#include "switchyard/http/asio.hpp"
#include "switchyard/http/client.hpp"
#include "switchyard/observe/metrics.hpp"
#include "switchyard/observe/trace.hpp"

namespace switchyard::gateway {

class TraceExporter {
 public:
  // Throws std::runtime_error when the endpoint is not a usable URL.
  TraceExporter(const config::TraceConfig& cfg, observe::Registry& metrics);
  // Sends what is waiting (within about a second), then stops.
  ~TraceExporter();
  TraceExporter(const TraceExporter&) = delete;
  TraceExporter& operator=(const TraceExporter&) = delete;

  // Queues one request's spans. Any thread; never blocks on the network.
  void submit(std::vector<observe::Span> spans);

 private:
  http::Task<void> run();
  // Takes up to max_batch spans off the queue.
  std::vector<observe::Span> take();
  // The export request of `batch`.
  http::ClientRequest export_request(const std::vector<observe::Span>& batch) const;
  // Counts the outcome of an export of `spans` spans; true when accepted.
  bool note_result(const core::Expected<http::ClientResponse>& res, std::size_t spans);

  const config::TraceConfig cfg_;
  http::Url url_;
  http::Url origin_;  // url_ without its path
  const http::TlsOptions tls_;
  bool failing_ = false;  // the last export failed (the exporter's thread only)
  observe::Counter& exported_;
  observe::Counter& dropped_;
  observe::Counter& failures_;
  std::mutex mu_;
  std::vector<observe::Span> queue_;
  std::atomic<bool> stopping_{false};
  std::unique_ptr<http::net::io_context> ioc_;
  std::unique_ptr<http::net::steady_timer> timer_;
  std::thread thread_;
};

}  // namespace switchyard::gateway
