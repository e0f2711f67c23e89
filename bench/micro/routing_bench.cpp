// The route stage as the gateway runs it (gateway::RouteStage::admit on an
// Exchange): the request's facts, the rules in order, the plan of the first
// match and the privacy filter, the ledger's route_rule and plan text.
// Arg: the number of rules. With 50, the request matches the last one, so
// every rule is tried; with 0, the plain alias (its own deployments).
// Reports the mean (the benchmark's time) and p50/p99 of single requests.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "switchyard/api/openai/chat_codec.hpp"
#include "switchyard/api/openai/dialect.hpp"
#include "switchyard/config/config.hpp"
#include "switchyard/gateway/route_stage.hpp"
#include "switchyard/observe/metrics.hpp"

namespace {

using namespace switchyard;

// The proxy benchmark's support-bot conversation (about 1.4 KB).
const std::string kBody =
    R"({"model":"support","messages":[)"
    R"({"role":"system","content":"You are Harbor, the support assistant of Northwind Outfitters, an online shop for hiking and camping gear. Only use facts from the conversation and the order data you are given; if something is unknown, say so and offer to open a ticket. Orders ship from Rotterdam within two working days; returns are free within 30 days if the item is unused."},)"
    R"({"role":"user","content":"Hi! I ordered a tent last week (order NW-48213) and it still hasn't arrived. Can you check where it is?"},)"
    R"({"role":"assistant","content":"Of course. Order NW-48213, a Trailhead 2P tent, left our Rotterdam warehouse on Tuesday with DHL, tracking number JD014600003828. The carrier's last scan shows it at the Utrecht depot yesterday evening, so delivery is expected tomorrow before 18:00."},)"
    R"({"role":"user","content":"Great, thanks. If it turns out too small for two people plus backpacks, can I swap it for the 3-person version, and what would the price difference be?"},)"
    R"({"role":"assistant","content":"Yes, an exchange works as long as the tent is unused. The Trailhead 3P costs 289 EUR against 239 EUR for the 2P, so you would pay the 50 EUR difference; we send a prepaid return label by email."},)"
    R"({"role":"user","content":"Perfect. Please go ahead and prepare the exchange, and tell me what I need to do with the old tent."}]})";

// `n` rules; the request (task: complaint, ~350 tokens) matches only the last.
std::string policy(int n) {
  std::string yaml =
      "providers:\n"
      "  - {name: p, kind: openai_compatible, base_url: \"http://127.0.0.1:1/v1\"}\n"
      "models:\n"
      "  - alias: support\n"
      "    deployments:\n"
      "      - {name: cloud-a, provider: p, model: a, side: cloud}\n"
      "      - {name: local-b, provider: p, model: b, side: local}\n"
      "  - alias: other\n"
      "    deployments:\n"
      "      - {name: local-c, provider: p, model: c, side: local}\n";
  if (n == 0) return yaml;
  yaml += "routing:\n  rules:\n";
  for (int i = 0; i + 1 < n; ++i) {
    const std::string k = std::to_string(i);
    std::string when;
    switch (i % 5) {
      case 0:
        when = "{task: [t" + k + ", u" + k + "], prompt_tokens: {over: 100}}";
        break;
      case 1:
        when = "{team: team" + k + "}";
        break;
      case 2:
        when = "{data_class: restricted, task: t" + k + "}";
        break;
      case 3:
        when = "{model: other, task: t" + k + "}";
        break;
      case 4:
        when = "{task: [complaint, c" + k +
               "], prompt_tokens: {over: " + std::to_string(10000 + i) + "}, images: true}";
        break;
    }
    yaml += "    - {name: rule-" + k + ", when: " + when + ", then: {serve: [local-b, cloud-a]}}\n";
  }
  yaml +=
      "    - {name: last, when: {task: complaint, prompt_tokens: {over: 100}}, then: {serve: "
      "[cloud-a, local-b]}}\n";
  return yaml;
}

void BM_RouteStage(benchmark::State& state) {
  const int rules = static_cast<int>(state.range(0));
  auto loaded = config::load_config_text(policy(rules), "bench.yaml");
  if (!loaded.config) {
    state.SkipWithError(loaded.problems.empty() ? "config" : loaded.problems[0].message.c_str());
    return;
  }
  const config::Config cfg = std::move(*loaded.config);
  const routing::Router router(cfg);
  std::vector<gateway::Deployment> deployments;
  for (std::size_t i = 0; i < router.deployment_count(); ++i)
    deployments.push_back({&router.deployment(i), nullptr, {}});
  const privacy::PrivacyPolicy policy;
  observe::Registry metrics;
  const gateway::LoadSpill spill(cfg, deployments, metrics);  // no limits: reorders nothing
  const gateway::RouteStage stage(router, deployments, policy, metrics, spill);
  auto decoded = api::openai::decode_chat_request(kBody);
  if (!decoded) {
    state.SkipWithError("the request does not decode");
    return;
  }
  http::Request http_req;
  http_req.set("x-switchyard-task", "complaint");
  http::net::io_context ioc;
  http::beast::tcp_stream stream(ioc);
  std::string head;
  http::ResponseWriter out(stream, 11, true, std::chrono::seconds(1), head);
  const api::openai::OpenAIDialect dialect;

  std::vector<double> micros;
  micros.reserve(1 << 20);
  for (auto _ : state) {
    state.PauseTiming();
    auto ex = std::make_unique<gateway::Exchange>(http_req, out, core::RequestContext{}, dialect,
                                                  gateway::Endpoint::chat);
    ex->request = *decoded;
    ex->rule = policy.rule(privacy::DataClass::public_);
    ex->record.data_class = "public";
    state.ResumeTiming();
    const auto t0 = std::chrono::steady_clock::now();
    auto refused = stage.admit(*ex);
    const auto t1 = std::chrono::steady_clock::now();
    benchmark::DoNotOptimize(refused);
    micros.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    if (refused || ex->record.route_rule != (rules ? "last" : "default")) {
      state.SkipWithError("the request was not routed as intended");
      return;
    }
  }
  std::sort(micros.begin(), micros.end());
  auto at = [&micros](double q) {
    return micros[std::min(micros.size() - 1, static_cast<std::size_t>(q * micros.size()))];
  };
  double sum = 0;
  for (double m : micros) sum += m;
  state.counters["mean_us"] = micros.empty() ? 0 : sum / static_cast<double>(micros.size());
  state.counters["p50_us"] = at(0.50);
  state.counters["p99_us"] = at(0.99);
}
BENCHMARK(BM_RouteStage)->Arg(0)->Arg(20)->Arg(50);

}  // namespace
