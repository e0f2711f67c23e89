// What telling operators about one request costs the gateway, on the
// request's own thread once it is done (gateway/request_observer.*): the
// requests counter found in its array of series, tokens, cost, the latency
// histograms, PII counts — and, with the access log on, its JSON line built
// and handed to the log's writer thread. Reports heap allocations per
// request beside the time (operator new counted in this binary).
#include <benchmark/benchmark.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <new>
#include <string>

#include "allocation_counter.hpp"
#include "switchyard/api/openai/dialect.hpp"
#include "switchyard/gateway/request_observer.hpp"
#include "switchyard/routing/router.hpp"

namespace {

using namespace switchyard;

const char* kYaml =
    "providers:\n"
    "  - { name: cloud, kind: openai_compatible, base_url: 'http://127.0.0.1:9/v1' }\n"
    "models:\n"
    "  - alias: support\n    deployments:\n"
    "      - { name: cloud-gpt, provider: cloud, model: gpt, side: cloud,\n"
    "          price: { input_per_1m: 1, output_per_1m: 2 } }\n"
    "routing:\n  rules:\n"
    "    - { name: hr-local, when: { team: hr }, then: { pin: cloud-gpt } }\n"
    "observe:\n  teams: [support, research]\n";

void observe_requests(benchmark::State& state, const std::string& access_log) {
  std::string yaml = kYaml;
  if (!access_log.empty()) yaml += "  access_log: " + access_log + "\n";
  auto loaded = config::load_config_text(yaml, "bench.yaml");
  if (!loaded.config) {
    state.SkipWithError(loaded.problems[0].to_string().c_str());
    return;
  }
  const config::Config cfg = std::move(*loaded.config);
  routing::Router router(cfg);
  std::vector<gateway::Deployment> deployments;
  for (std::size_t i = 0; i < router.deployment_count(); ++i)
    deployments.push_back({&router.deployment(i), nullptr, {}});
  privacy::PrivacyPolicy policy;
  observe::Registry metrics;
  gateway::RequestObserver observer(cfg, router, deployments, policy, metrics);

  http::net::io_context ioc;
  http::beast::tcp_stream stream(ioc);
  std::string head;
  http::ResponseWriter out(stream, 11, true, std::chrono::seconds(1), head);
  http::Request req;
  api::openai::OpenAIDialect dialect;

  std::size_t allocations = 0;
  for (auto _ : state) {
    core::RequestContext ctx;
    ctx.request_id = "req-0123456789abcdef";
    ctx.received = core::Clock::now() - std::chrono::milliseconds(40);
    ctx.upstream_wait = std::chrono::milliseconds(38);
    gateway::Exchange ex(req, out, std::move(ctx), dialect, gateway::Endpoint::chat);
    ex.request = core::ChatRequest{};
    ex.chat().model = "support";
    ex.team = "support";
    ex.seen.classification.entity_counts = {{"EMAIL_ADDRESS", 1}};
    ex.outcome.status = 200;
    ex.outcome.deployment = &deployments[0];
    ex.outcome.prompt_tokens = 812;
    ex.outcome.completion_tokens = 240;
    ex.outcome.cost_usd = 0.001292;
    const std::size_t before = switchyard::bench::allocations();
    observer.done(ex, gateway::Reached{true, true});
    allocations += switchyard::bench::allocations() - before;
  }
  state.counters["allocs/request"] =
      benchmark::Counter(static_cast<double>(allocations), benchmark::Counter::kAvgIterations);
}

void BM_ObserveRequest(benchmark::State& state) {
  observe_requests(state, "");
}
BENCHMARK(BM_ObserveRequest);

void BM_ObserveRequestWithAccessLog(benchmark::State& state) {
  const std::string path = (std::filesystem::temp_directory_path() /
                            ("switchyard-bench-access-" + std::to_string(::getpid()) + ".log"))
                               .string();
  observe_requests(state, path);
  std::filesystem::remove(path);
}
BENCHMARK(BM_ObserveRequestWithAccessLog);

}  // namespace
