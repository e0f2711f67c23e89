#include <algorithm>
#include <cctype>
#include <limits>
#include <map>
#include <set>

#include "switchyard/config/sections.hpp"
#include "switchyard/config/suggest.hpp"

namespace switchyard::config {
namespace {

constexpr std::string_view kBelongsToDeployment =
    "it belongs to a deployment; write deployments: [{provider: ..., model: ..., side: ...}]";

const MapSchema kModel{{"alias", "deployments", "data_class"},
                       {{"name", "a model is named by 'alias', the name clients send"},
                        {"provider", kBelongsToDeployment},
                        {"model", kBelongsToDeployment},
                        {"side", kBelongsToDeployment},
                        {"price", kBelongsToDeployment}}};
const MapSchema kDeployment{
    {"name", "provider", "model", "side", "price", "circuit_breaker", "spill"}};
const MapSchema kPrice{{"input_per_1m", "output_per_1m", "cache_read_per_1m", "cache_write_per_1m",
                        "reasoning_per_1m", "hardware"},
                       {{"input", "write input_per_1m (USD per 1M tokens)"},
                        {"output", "write output_per_1m (USD per 1M tokens)"},
                        {"cached_input_per_1m", "write cache_read_per_1m"}}};
const MapSchema kHardware{{"hourly_usd", "tokens_per_s", "prompt_tokens_per_s"}};

bool has_space_or_control(const std::string& s) {
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isspace(u) || std::iscntrl(u)) return true;
  }
  return false;
}

void read_optional_price(const MapReader& price, std::string_view key, std::optional<double>& out) {
  double v = 0;
  if (price.read_number(key, 0, std::numeric_limits<double>::max(), v)) out = v;
}

}  // namespace

void read_price_map(const YAML::Node& node, int line, const std::string& what, Price& out,
                    Problems& problems) {
  const MapReader price(node, line, what, kPrice, problems);
  const double max = std::numeric_limits<double>::max();
  if (price.has("hardware")) {
    for (const char* kind : {"input_per_1m", "output_per_1m", "cache_read_per_1m",
                             "cache_write_per_1m", "reasoning_per_1m"})
      if (price.has(kind))
        price.report(kind,
                     "is given beside 'hardware', which sets every price from the machine's "
                     "hourly cost and throughput; give one or the other");
    const MapReader hw(*price.value("hardware"), price.line("hardware"), "hardware of " + what,
                       kHardware, problems);
    HardwareProfile profile;
    if (hw.require("hourly_usd")) hw.read_number("hourly_usd", 0, max, profile.hourly_usd);
    if (hw.require("tokens_per_s") &&
        hw.read_number("tokens_per_s", 0, max, profile.tokens_per_s) && profile.tokens_per_s <= 0)
      hw.report("tokens_per_s",
                "must be above 0: the tokens per second the machine generates (measured, all "
                "requests together)");
    hw.read_number("prompt_tokens_per_s", 0, max, profile.prompt_tokens_per_s);
    out = price_of(profile);
    return;
  }
  price.read_number("input_per_1m", 0, max, out.input_per_1m);
  price.read_number("output_per_1m", 0, max, out.output_per_1m);
  read_optional_price(price, "cache_read_per_1m", out.cache_read_per_1m);
  read_optional_price(price, "cache_write_per_1m", out.cache_write_per_1m);
  read_optional_price(price, "reasoning_per_1m", out.reasoning_per_1m);
}

namespace {

// Reads the models section. It keeps state across models because aliases and
// deployment names are unique across the whole file.
class ModelsReader {
 public:
  ModelsReader(const std::vector<ProviderConfig>& providers, Problems& problems)
      : providers_(providers), problems_(problems) {
    // A name declared twice (already reported) is listed once in suggestions.
    for (const auto& p : providers)
      if (!p.name.empty() &&
          std::find(declared_.begin(), declared_.end(), p.name) == declared_.end())
        declared_.push_back(p.name);
  }

  std::vector<ModelConfig> read(const YAML::Node& node, int line) {
    std::vector<ModelConfig> models;
    const auto items = list_items(node, line, "'models'", "- alias: gpt-4o-mini", problems_);
    for (std::size_t i = 0; i < items.size(); ++i)
      models.push_back(read_model(items[i].first, items[i].second, i));
    apply_shared_prices(models);
    return models;
  }

 private:
  // The first definition under a deployment name. A name may recur in several
  // models' fallback lists when it means the same deployment; the price may be
  // given at any one of them.
  struct Named {
    DeploymentConfig first;
    bool price_given = false;
  };

  ModelConfig read_model(const YAML::Node& node, int line, std::size_t index) {
    const std::string alias = peek_scalar(node, "alias");
    const MapReader m(
        node, line, alias.empty() ? "model #" + std::to_string(index + 1) : "model '" + alias + "'",
        kModel, problems_);
    ModelConfig model;
    model.line = line;
    read_alias(m, model);
    if (m.read_string("data_class", model.data_class))  // checked against privacy.classes later
      model.data_class_line = m.line("data_class");
    if (!m.has("deployments")) {
      // A virtual alias, served only through routing rules; read_routing
      // reports it when no rule can serve it.
      model.virtual_alias = m.is_map();
      return model;
    }
    const auto items = list_items(*m.value("deployments"), m.line("deployments"),
                                  "'deployments' in " + m.what(), "- provider: openai", problems_);
    const YAML::Node& list = *m.value("deployments");
    if (items.empty() && (list.IsSequence() || list.IsNull()))
      m.report("deployments", "must list at least one deployment (or leave it out to make '" +
                                  model.alias +
                                  "' a virtual alias, served only through routing rules)");
    std::set<std::string> names_here;
    for (std::size_t j = 0; j < items.size(); ++j)
      model.deployments.push_back(
          read_deployment(items[j].first, items[j].second, j, m.what(), names_here));
    return model;
  }

  void read_alias(const MapReader& m, ModelConfig& model) {
    if (!m.require("alias") || !m.read_string("alias", model.alias)) return;
    if (model.alias.empty() || has_space_or_control(model.alias)) {
      m.report("alias", "must be a non-empty name without spaces, e.g. gpt-4o-mini");
      return;
    }
    const auto [it, inserted] = aliases_.emplace(model.alias, m.line("alias"));
    if (!inserted)
      problems_.add(m.line("alias"), "model alias '" + model.alias +
                                         "' is declared twice (first at line " +
                                         std::to_string(it->second) + "); aliases must be unique");
  }

  DeploymentConfig read_deployment(const YAML::Node& node, int line, std::size_t index,
                                   const std::string& model_what,
                                   std::set<std::string>& names_here) {
    const MapReader m(node, line, "deployment #" + std::to_string(index + 1) + " of " + model_what,
                      kDeployment, problems_);
    DeploymentConfig d;
    d.line = line;
    read_provider_ref(m, d);
    for (const auto& p : providers_)
      if (p.name == d.provider) d.circuit_breaker = p.circuit_breaker;
    read_circuit_breaker(m, d.circuit_breaker);
    if (m.require("model") && m.read_string("model", d.model) && d.model.empty())
      m.report("model", "must name the upstream model, e.g. gpt-4o-mini");
    read_side(m, d);
    check_cloud_side(m, d);
    read_deployment_spill(m, d.side, d.spill);
    const bool price_given = read_price(m, d);
    const bool explicit_name = m.has("name");
    if (explicit_name) {
      if (m.read_string("name", d.name) && d.name.empty()) m.report("name", "must not be empty");
    } else if (!d.provider.empty() && !d.model.empty()) {
      d.name = d.provider + "/" + d.model;
    }
    if (!d.name.empty()) register_name(m, d, explicit_name, price_given, model_what, names_here);
    return d;
  }

  void read_provider_ref(const MapReader& m, DeploymentConfig& d) {
    if (!m.require("provider") || !m.read_string("provider", d.provider)) return;
    for (auto name : declared_)
      if (name == d.provider) return;
    std::string message = "names provider '" + d.provider + "', which is not declared";
    if (declared_.empty()) {
      message += "; declare it under 'providers:'";
    } else {
      const auto guess = nearest(d.provider, declared_);
      message += guess.empty() ? "; " : "; did you mean '" + guess + "'? ";
      message += "declared providers: " + join(declared_);
    }
    m.report("provider", message);
  }

  void read_side(const MapReader& m, DeploymentConfig& d) {
    std::string side;
    if (!m.require("side") || !m.read_string("side", side)) return;
    if (side == "local") {
      d.side = Side::local;
    } else if (side == "cloud") {
      d.side = Side::cloud;
    } else {
      m.report("side",
               "must be local or cloud (where the model runs: on infrastructure you "
               "own, or at a cloud API), got '" +
                   side + "'");
    }
  }

  // A cloud API's deployment saying `side: local` would let data classed
  // for local use only reach the cloud: refused, whatever else is right.
  void check_cloud_side(const MapReader& m, const DeploymentConfig& d) {
    if (d.side != Side::local) return;
    for (const auto& p : providers_) {
      if (p.name != d.provider) continue;
      if (p.kind == ProviderKind::azure_openai || p.kind == ProviderKind::gemini ||
          p.kind == ProviderKind::anthropic)
        m.report("side", std::string("is local, but provider '") + p.name + "' is of kind " +
                             to_string(p.kind) +
                             ", a cloud API: its deployments run in the cloud; write side: cloud");
    }
  }

  // Returns whether a price was written.
  bool read_price(const MapReader& m, DeploymentConfig& d) {
    const YAML::Node* node = m.value("price");
    if (!node) return false;
    read_price_map(*node, m.line("price"), "price of " + m.what(), d.price, problems_);
    return node->IsMap();
  }

  // Deployment names key metrics, circuit state and the ledger, so one name must
  // mean one deployment wherever it appears.
  void register_name(const MapReader& m, const DeploymentConfig& d, bool explicit_name,
                     bool price_given, const std::string& model_what,
                     std::set<std::string>& names_here) {
    const int line = explicit_name ? m.line("name") : d.line;
    if (!names_here.insert(d.name).second) {
      problems_.add(line, "deployment '" + d.name + "' is listed twice in " + model_what +
                              "; list it once (routing.retry already retries it)");
      return;
    }
    const auto [it, inserted] = names_.try_emplace(d.name, Named{d, price_given});
    if (inserted) return;
    Named& first = it->second;
    const char* differs = first.first.provider != d.provider ? "provider"
                          : first.first.model != d.model     ? "model"
                          : first.first.side != d.side       ? "side"
                                                             : nullptr;
    const std::string at = std::to_string(first.first.line);
    if (differs) {
      problems_.add(line, "deployment name '" + d.name + "'" +
                              (explicit_name ? "" : " (the default, <provider>/<model>)") +
                              " is already used at line " + at +
                              " by a deployment with a different " + differs +
                              "; set 'name:' on one of them to tell them apart");
    } else if (price_given && first.price_given && !(first.first.price == d.price)) {
      problems_.add(m.line("price"), "deployment '" + d.name + "' has a different price at line " +
                                         at + "; it is one deployment, so give its price once");
    } else if (price_given && !first.price_given) {
      first.first.price = d.price;
      first.price_given = true;
    }
  }

  void apply_shared_prices(std::vector<ModelConfig>& models) const {
    for (auto& model : models)
      for (auto& d : model.deployments)
        if (auto it = names_.find(d.name); it != names_.end()) d.price = it->second.first.price;
  }

  const std::vector<ProviderConfig>& providers_;
  std::vector<std::string_view> declared_;
  std::map<std::string, int> aliases_;
  std::map<std::string, Named> names_;
  Problems& problems_;
};

}  // namespace

std::vector<ModelConfig> read_models(const YAML::Node& node, int line,
                                     const std::vector<ProviderConfig>& providers,
                                     Problems& problems) {
  return ModelsReader(providers, problems).read(node, line);
}

}  // namespace switchyard::config
