// A recommendation per workload, following the decision framework
// (docs/planner.md): regulation favours local, volume favours local,
// frontier capability favours cloud, prototyping favours cloud, cost at
// scale favours local. The rules, in the order they are weighed:
//
//   1. regulated   at least `regulated_share` of the requests are of a class
//                  the privacy policy keeps off the cloud → local, required
//                  (a smaller share: those stay local whatever else is said)
//   2. capability  at least `min_cascades` cascades judged its local
//                  answers, and at least `escalation_for_cloud` of them were
//                  escalated as weak → cloud
//   3. no payback  a request costs more on the hardware at its usable
//                  capacity than in the cloud → cloud
//   4. volume      the monthly volume is at or over the break-even → local
//                  (cost at scale: all-local is the cheaper line)
//   5. prototype   under `prototype_share` of the break-even (or, without a
//                  hardware profile, under `prototype_requests` a month) →
//                  cloud: pay per token until the volume is there
//   6. otherwise   hybrid: keep the current split and watch the volume
//
// Each recommendation says its reasons with the figures behind them, and
// the quality evidence the ledger holds for the workload (cascade verdicts;
// the ledger has no feedback scores, and says so).
#pragma once

#include <string>
#include <vector>

#include "switchyard/plan/projection.hpp"
#include "switchyard/plan/workload.hpp"

namespace switchyard::plan {

enum class Verdict { local_required, local, cloud, hybrid };
const char* to_string(Verdict v);  // "local (required)", "local", "cloud", "hybrid"

struct RecommendOptions {
  double regulated_share = 0.5;
  std::int64_t min_cascades = 20;
  double escalation_for_cloud = 0.25;
  double prototype_share = 0.25;
  double prototype_requests = 1000;
};

struct Recommendation {
  Verdict verdict = Verdict::hybrid;
  std::vector<std::string> reasons;   // why, first the deciding one
  std::vector<std::string> evidence;  // quality and latency the ledger shows
};

Recommendation recommend(const Workload& w, const Projection& p, bool have_hardware,
                         const RecommendOptions& options = {});

}  // namespace switchyard::plan
