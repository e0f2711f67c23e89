// A provider seen through a stopwatch: every call passes to the provider it
// wraps, and how long the answer took (a whole answer, or a stream's first
// chunk: what a queue in front of the model delays) goes into a
// LatencyWindow, the recent-p95 signal of load-aware spill
// (routing/load_monitor.hpp). Failed attempts count only when they ran out
// of time; a quick refusal says nothing about load. Only providers with a
// deployment that sets a p95 limit are wrapped.
#pragma once

#include <memory>

#include "switchyard/providers/provider.hpp"
#include "switchyard/routing/latency_window.hpp"

namespace switchyard::gateway {

class TimedProvider final : public providers::Provider {
 public:
  // `inner` and `window` must outlive this.
  TimedProvider(providers::Provider& inner, routing::LatencyWindow& window)
      : inner_(inner), window_(window) {}

  const std::string& name() const override { return inner_.name(); }
  http::Task<core::Expected<core::ChatResponse>> chat(const core::ChatRequest& req,
                                                      std::string_view upstream_model,
                                                      core::RequestContext& ctx) override;
  http::Task<providers::StreamOutcome> chat_stream(const core::ChatRequest& req,
                                                   std::string_view upstream_model,
                                                   core::RequestContext& ctx,
                                                   providers::FrameSink& sink) override;
  http::Task<core::Expected<core::EmbeddingResponse>> embeddings(
      const core::EmbeddingRequest& req, std::string_view upstream_model,
      core::RequestContext& ctx) override;
  int queue_depth() const override { return inner_.queue_depth(); }

  providers::Provider& inner() const { return inner_; }
  routing::LatencyWindow& window() const { return window_; }

 private:
  void record(core::Clock::time_point start);

  providers::Provider& inner_;
  routing::LatencyWindow& window_;
};

}  // namespace switchyard::gateway
