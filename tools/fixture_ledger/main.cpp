// switchyard-fixture-ledger OUT.db [--until 2026-12-01T00:00:00Z]
//
// Writes the planner's worked example (docs/planner.md) into a new SQLite
// ledger through the ledger's own API: 30 days of a support desk's traffic
// as examples/planner/desk.yaml would record it, with the routing facts
// the gateway keeps, priced the way the gateway prices it. Deterministic:
// the same file every run (a fixed seed; times count back from --until).
//
//   intent      triage-local   desk   80,000  1,000 in /   5 out  desk-small (local)
//   summarise   default        ops     6,000  3,000 in / 300 out  cloud-mini
//                                             (the first 500 from before the task
//                                             and route facts were recorded)
//   payroll     hr-tasks-local hr      1,200  1,500 in / 200 out  hr-local; 70% restricted
//   question    hard-questions desk    5,000    600 in / 250 out  cascade: desk-small,
//                                             38% escalated to cloud-frontier
//   complaint   long-complaints desk     700  7,000 in / 600 out  cloud-frontier
//   sql-helper  default        data      150  1,200 in / 400 out  cloud-frontier
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

#include "switchyard/config/price.hpp"
#include "switchyard/core/usage.hpp"
#include "switchyard/ledger/sqlite_store.hpp"
#include "switchyard/plan/recorded_facts.hpp"

namespace {

using switchyard::config::HardwareProfile;
using switchyard::config::Price;
using switchyard::ledger::RequestRecord;

constexpr std::int64_t kDayMs = 86'400'000;

// A small deterministic generator (64-bit LCG, Knuth's constants).
struct Random {
  std::uint64_t state = 0x5eed'1234'abcdULL;
  double uniform() {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<double>(state >> 11) / 9007199254740992.0;
  }
  std::int64_t between(std::int64_t lo, std::int64_t hi) {
    return lo + static_cast<std::int64_t>(uniform() * static_cast<double>(hi - lo + 1));
  }
};

Price price(double in, double out) {
  Price p;
  p.input_per_1m = in;
  p.output_per_1m = out;
  return p;
}

// The desk's deployments, priced as examples/planner/desk.yaml prices them.
const Price kLocal = switchyard::config::price_of(HardwareProfile{0.25, 400, 6000});
const Price kMini = price(0.15, 0.60);
const Price kFrontier = price(2.50, 10.00);  // also cost.reference

struct Deployment {
  const char* name;
  const char* side;
  const Price* price;
};
const Deployment kDeskSmall{"desk-small", "local", &kLocal};
const Deployment kHrLocal{"hr-local", "local", &kLocal};
const Deployment kCloudMini{"cloud-mini", "cloud", &kMini};
const Deployment kCloudFrontier{"cloud-frontier", "cloud", &kFrontier};

double usd(const Price& p, std::int64_t in, std::int64_t out) {
  switchyard::core::Usage u;
  u.input_tokens = in;
  u.output_tokens = out;
  return p.usd(u);
}

struct Workload {
  const char* task;
  const char* rule;
  const char* team;
  const char* model;
  int requests;
  std::int64_t in, out;
  const Deployment* served;
  std::int64_t min_ms, max_ms;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || (argc != 2 && argc != 4) || (argc == 4 && std::string(argv[2]) != "--until")) {
    std::fprintf(stderr,
                 "usage: switchyard-fixture-ledger OUT.db [--until 2026-12-01T00:00:00Z]\n");
    return 2;
  }
  const std::string path = argv[1];
  std::int64_t until_ms = 1'796'083'200'000;  // 2026-12-01T00:00:00Z
  if (argc == 4) {
    std::tm tm{};
    if (!strptime(argv[3], "%Y-%m-%dT%H:%M:%SZ", &tm)) {
      std::fprintf(stderr, "--until must be like 2026-12-01T00:00:00Z\n");
      return 2;
    }
    until_ms = static_cast<std::int64_t>(timegm(&tm)) * 1000;
  }
  if (std::filesystem::exists(path)) {
    std::fprintf(stderr, "%s exists; the fixture is written into a new file\n", path.c_str());
    return 2;
  }
  auto store = switchyard::ledger::SqliteStore::open({path});
  if (!store) {
    std::fprintf(stderr, "%s\n", store.error().message.c_str());
    return 1;
  }

  const Workload workloads[] = {
      {"intent", "triage-local", "desk", "support", 80'000, 1000, 5, &kDeskSmall, 120, 450},
      {"summarise", "default", "ops", "support-cloud", 6'000, 3000, 300, &kCloudMini, 900, 2600},
      {"payroll", "hr-tasks-local", "hr", "hr-assistant", 1'200, 1500, 200, &kHrLocal, 600, 1800},
      {"question", "hard-questions", "desk", "support", 5'000, 600, 250, &kDeskSmall, 500, 1500},
      {"complaint", "long-complaints-frontier", "desk", "frontier", 700, 7000, 600, &kCloudFrontier,
       2500, 7000},
      {"sql-helper", "default", "data", "frontier", 150, 1200, 400, &kCloudFrontier, 1500, 4000},
  };
  Random rnd;
  const std::int64_t since_ms = until_ms - 30 * kDayMs;
  std::vector<RequestRecord> batch;
  std::int64_t serial = 0;
  for (const Workload& w : workloads) {
    for (int i = 0; i < w.requests; ++i) {
      RequestRecord r;
      r.time_ms = since_ms + rnd.between(0, 30 * kDayMs - 1);
      r.request_id = "req_fixture_" + std::to_string(++serial);
      r.caller = std::string("key:fixture-") + w.team;
      r.team = w.team;
      r.model = w.model;
      r.route_rule = w.rule;
      r.task = w.task;
      r.status = 200;
      // Tokens vary ±20% around the workload's profile.
      r.prompt_tokens = w.in * rnd.between(80, 120) / 100;
      r.completion_tokens = std::max<std::int64_t>(1, w.out * rnd.between(80, 120) / 100);
      const Deployment* d = w.served;
      // Classes: payroll mostly restricted; summaries and complaints internal
      // or confidential; the rest public with some internal.
      const double u = rnd.uniform();
      if (std::string(w.task) == "payroll") {
        r.data_class = u < 0.7 ? "restricted" : "confidential";
        if (u < 0.7) r.entities = {{"US_SSN", 1}};
      } else if (std::string(w.task) == "complaint") {
        r.data_class = "confidential";
        r.entities = {{"EMAIL_ADDRESS", 1}, {"PERSON", 1}};
        r.redacted = true;
      } else if (std::string(w.task) == "summarise") {
        r.data_class = u < 0.2 ? "confidential" : "internal";
        r.redacted = u < 0.2;
      } else {
        r.data_class = u < 0.15 ? "internal" : "public";
      }
      r.class_reason = r.entities.empty() ? "policy base class" : "finding";
      r.duration_us = rnd.between(w.min_ms, w.max_ms) * 1000;
      if (std::string(w.task) == "question") {
        // The cascade: desk-small answers first; 38% are judged weak and
        // escalated to cloud-frontier.
        const bool escalated = rnd.uniform() < 0.38;
        if (escalated) {
          r.cascade = "escalated; mean_logprob=-1.9 under -1.2";
          r.cascade_first_deployment = kDeskSmall.name;
          r.cascade_first_prompt_tokens = r.prompt_tokens;
          r.cascade_first_completion_tokens = r.completion_tokens;
          r.cascade_first_cost_usd = usd(kLocal, r.prompt_tokens, r.completion_tokens);
          r.cascade_first_duration_us = r.duration_us;
          r.duration_us += rnd.between(900, 2500) * 1000;
          d = &kCloudFrontier;
        } else {
          r.cascade = "kept; mean_logprob=-0.6";
        }
      }
      r.side = d->side;
      r.deployment = d->name;
      r.plan = std::string("rule '") + w.rule + "': " + d->name;
      r.cost_usd = usd(*d->price, r.prompt_tokens, r.completion_tokens);
      r.counterfactual_usd = usd(kFrontier, r.prompt_tokens, r.completion_tokens);
      r.upstream_us = r.duration_us - 900;
      r.gateway_us = 900;
      switchyard::routing::Facts f;
      f.prompt_tokens = r.prompt_tokens;
      f.stream = rnd.uniform() < 0.5;
      f.attachments = f.images = std::string(w.task) == "complaint" && rnd.uniform() < 0.4;
      r.route_facts = switchyard::plan::encode_route_facts(f, {});
      batch.push_back(std::move(r));
    }
  }
  // The ledger is in time order, as the gateway writes it.
  std::sort(batch.begin(), batch.end(),
            [](const RequestRecord& a, const RequestRecord& b) { return a.time_ms < b.time_ms; });
  // The first 500 summaries come from before the task tag and the route
  // facts were recorded (an older gateway).
  int older = 0;
  for (RequestRecord& r : batch)
    if (r.task == "summarise" && older < 500) {
      r.task.clear();
      r.route_facts.clear();
      ++older;
    }
  if (auto err = (*store)->append(batch)) {
    std::fprintf(stderr, "%s\n", err->message.c_str());
    return 1;
  }
  std::printf("%s: %zu records from %lld to %lld (ms)\n", path.c_str(), batch.size(),
              static_cast<long long>(since_ms), static_cast<long long>(until_ms));
  return 0;
}
