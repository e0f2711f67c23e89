// What the gateway tells operators about each request once it is done
// (docs/observability.md): its series in /metrics, its line in the access
// log, its spans to the trace exporter. Built once per configuration with
// every label value it will ever use taken from the configuration (rules,
// deployments, classes, entity types, the teams in observe.teams and in
// routing rules), so label sets stay bounded and a request never builds a
// label string: the requests counter is an array of series, each made on
// first use; tokens, cost, PII and latency series are made up front.
//
//   switchyard_requests_total{rule,deployment,side,data_class,code}
//   switchyard_tokens_total{side,team,kind}      kind: input, output
//   switchyard_cost_usd_total{side,team}
//   switchyard_pii_findings_total{entity}
//   switchyard_upstream_duration_seconds{deployment}   waiting on upstreams
//   switchyard_time_to_first_token_seconds{deployment} streams
//   switchyard_stream_chunk_gap_seconds{deployment}    streams
//
// Access log lines carry ids, names, numbers and durations, never prompt
// or answer text (unless observe.access_log_prompts) nor any key.
#pragma once

#include <atomic>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "switchyard/config/config.hpp"
#include "switchyard/gateway/exchange.hpp"
#include "switchyard/gateway/trace_exporter.hpp"
#include "switchyard/observe/access_log.hpp"
#include "switchyard/observe/metrics.hpp"
#include "switchyard/privacy/data_class.hpp"
#include "switchyard/routing/router.hpp"

namespace switchyard::gateway {

// How far the request got through the pipeline (the pipeline knows).
struct Reached {
  bool classified = false;  // its data class is known
  bool routed = false;      // its plan (and rule) is known
};

class RequestObserver {
 public:
  // Opens the access log and starts the trace exporter as the config asks;
  // throws std::runtime_error naming the file or URL when it cannot.
  RequestObserver(const config::Config& cfg, const routing::Router& router,
                  const std::vector<Deployment>& deployments, const privacy::PrivacyPolicy& policy,
                  observe::Registry& metrics);
  ~RequestObserver();

  bool tracing() const { return traces_ != nullptr; }
  // A new request: its trace (when tracing), joined to the caller's trace
  // when it sent a valid traceparent header.
  void begin(Exchange& ex) const;
  // The request is done (answered or failed): metrics, log line, spans.
  void done(Exchange& ex, Reached reached) const;

 private:
  std::size_t team_index(std::string_view team) const;
  observe::Counter& requests(std::size_t rule, std::size_t dep, std::size_t cls,
                             std::size_t code) const;
  void count(const Exchange& ex, Reached reached, std::size_t dep) const;
  void log(const Exchange& ex, Reached reached, std::size_t dep) const;
  void trace(Exchange& ex, Reached reached, std::size_t dep) const;

  const routing::Router& router_;
  const std::vector<Deployment>& deployments_;
  const privacy::PrivacyPolicy& policy_;
  observe::Registry& metrics_;
  const bool log_prompts_;
  std::vector<std::string> teams_;  // label values; then "other", "none"
  // requests_total: [rule (rules, default, none)][deployment (…, none)][class (…,
  // unclassified)][code]
  std::size_t rules_ = 0, deps_ = 0;
  mutable std::unique_ptr<std::atomic<observe::Counter*>[]> requests_;
  // [side][team][kind]; [side][team]
  std::vector<observe::Counter*> tokens_;
  std::vector<observe::FloatCounter*> cost_;
  std::vector<observe::Counter*> pii_;                       // by entity type
  std::vector<observe::Histogram*> upstream_, ttft_, gaps_;  // by deployment
  std::vector<std::string> systems_;                         // gen_ai.system, by deployment
  std::unique_ptr<observe::AccessLog> access_log_;
  std::unique_ptr<TraceExporter> traces_;
};

}  // namespace switchyard::gateway
