// `cost:` and `budgets:` (docs/cost.md).
//
//   cost:
//     reference: openai/gpt-4o        # a deployment's name: its price
//     # or reference: {input_per_1m: 2.5, output_per_1m: 10, ...}
//   budgets:
//     downgrade_at: 0.8               # at 80 % of a budget: local only
//     free_local_when_spent: true     # past 100 %: zero-price deployments still serve
//     output_tokens_estimate: 1024    # reserved for a request without max_tokens
#include <limits>

#include "switchyard/config/sections.hpp"
#include "switchyard/config/suggest.hpp"

namespace switchyard::config {
namespace {

const MapSchema kCost{{"reference"}, {{"reference_model", "write reference: <deployment name>"}}};
const MapSchema kBudgets{{"downgrade_at", "free_local_when_spent", "output_tokens_estimate"}};

}  // namespace

void read_cost(const YAML::Node& node, int line, const std::vector<ModelConfig>& models,
               CostConfig& out, Problems& problems) {
  const MapReader m(node, line, "cost", kCost, problems);
  const YAML::Node* ref = m.value("reference");
  if (!ref) return;
  if (ref->IsMap()) {
    Price p;
    read_price_map(*ref, m.line("reference"), "cost.reference", p, problems);
    out.reference = p;
    return;
  }
  std::string name;
  if (!m.read_string("reference", name)) return;
  std::vector<std::string_view> names;
  for (const ModelConfig& model : models)
    for (const DeploymentConfig& d : model.deployments) {
      if (d.name == name) {
        out.reference = d.price;
        out.reference_name = name;
        return;
      }
      names.push_back(d.name);
    }
  std::string message = "names deployment '" + name + "', which is not declared";
  const auto guess = nearest(name, names);
  if (!guess.empty()) message += "; did you mean '" + guess + "'?";
  message +=
      " Give a deployment's name (its price is the reference) or a price map, e.g. "
      "reference: {input_per_1m: 2.5, output_per_1m: 10}";
  m.report("reference", message);
}

void read_budgets(const YAML::Node& node, int line, BudgetsConfig& out, Problems& problems) {
  const MapReader m(node, line, "budgets", kBudgets, problems);
  if (m.read_number("downgrade_at", 0, 1, out.downgrade_at) && out.downgrade_at == 1)
    m.report("downgrade_at",
             "must be below 1: at 1 the budget is spent and requests are refused (or served "
             "only by free deployments); e.g. downgrade_at: 0.8");
  m.read_bool("free_local_when_spent", out.free_local_when_spent);
  m.read_int("output_tokens_estimate", 1, std::numeric_limits<int>::max(),
             out.output_tokens_estimate);
}

}  // namespace switchyard::config
