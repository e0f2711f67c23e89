// The routing section: retries (routing.retry), the difficulty model's file
// (routing.difficulty_model) and the routing rules (routing.rules,
// docs/routing.md). Rules are checked against what the rest of the file
// declares (aliases, deployments, data classes), so it is read after the
// models and privacy sections. The difficulty model file itself is read by
// routing::load_difficulty, which config may not use (it checks what only
// the file knows: a rule's strong_share against the file's calibration).
#include <algorithm>
#include <charconv>
#include <filesystem>
#include <limits>
#include <map>
#include <set>

#include "switchyard/config/sections.hpp"
#include "switchyard/config/suggest.hpp"
#include "switchyard/config/values.hpp"

namespace switchyard::config {
namespace {

const MapSchema kRouting{{"retry", "spill", "difficulty_model", "record_prompt_features", "rules"}};
const MapSchema kRetry{
    {"max_attempts", "initial_backoff_ms", "max_backoff_ms", "backoff_multiplier", "jitter"}};
const MapSchema kRule{{"name", "when", "then"},
                      {{"if", "a rule's condition is 'when:'"},
                       {"match", "a rule's condition is 'when:'"},
                       {"action", "a rule's action is 'then:'"},
                       {"do", "a rule's action is 'then:'"}}};
const MapSchema kWhen{
    {"model", "team", "data_class", "entities", "task", "response_format", "prompt_tokens",
     "local_load", "difficulty", "tools", "images", "attachments", "stream", "budget"},
    {{"alias", "the alias asked for is the fact 'model'"},
     {"class", "the data class is the fact 'data_class'"},
     {"tokens", "the prompt's size is the fact 'prompt_tokens'"},
     {"queue_depth", "the local side's queue is local_load: {queue_depth: {over: 8}}"},
     {"p95_ms", "the local side's latency is local_load: {p95_ms: {over: 2000}}"}}};
const MapSchema kLocalLoad{
    {"queue_depth", "p95_ms"},
    {{"over", "say which signal: local_load: {queue_depth: {over: 8}} (or p95_ms)"},
     {"under", "say which signal: local_load: {queue_depth: {under: 2}} (or p95_ms)"},
     {"depth", "write queue_depth:"},
     {"queue", "write queue_depth:"},
     {"latency", "write p95_ms: (the recent 95th-percentile latency, in ms)"},
     {"p95", "write p95_ms: (milliseconds)"}}};
const MapSchema kThen{{"serve", "pin", "prefer", "route", "max_price_per_1m", "refuse", "cascade"},
                      {{"deployments", "list the deployments under 'serve:'"},
                       {"side", "write prefer: local (or cloud)"}}};
const MapSchema kRoute{{"by", "strong_share", "threshold"},
                       {{"share", "write strong_share:"}, {"over", "write threshold:"}}};
const MapSchema kRange{{"over", "under"},
                       {{"above", "write over:"},
                        {"below", "write under:"},
                        {"min", "write over: (a strict bound)"},
                        {"max", "write under: (a strict bound)"}}};

const std::vector<std::string_view> kResponseFormats = {"none", "text", "json_object",
                                                        "json_schema"};

constexpr std::string_view kRuleExample =
    "- {name: long-prompts, when: {prompt_tokens: {over: "
    "6000}}, then: {serve: [frontier]}}";

std::string number_text(double v) {
  char buf[32];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return ec == std::errc() ? std::string(buf, end) : std::to_string(v);
}

// "'a' is not ...; did you mean 'b'? known: a, b" for a value outside `known`.
std::string unknown_value(const std::string& value, std::string_view what,
                          const std::vector<std::string_view>& known) {
  std::string message = "names " + std::string(what) + " '" + value + "', which is not declared";
  if (known.empty()) return message;
  const std::string guess = nearest(value, known);
  message += guess.empty() ? "; " : "; did you mean '" + guess + "'? ";
  message += "declared: " + join(known);
  return message;
}

class RulesReader {
 public:
  RulesReader(const std::vector<ModelConfig>& models, const PrivacyConfig& privacy,
              Problems& problems)
      : models_(models), problems_(problems) {
    for (const auto& m : models) {
      if (!m.alias.empty()) aliases_.push_back(m.alias);
      for (const auto& d : m.deployments)
        if (!d.name.empty() &&
            std::find(deployments_.begin(), deployments_.end(), d.name) == deployments_.end())
          deployments_.push_back(d.name);
    }
    for (const auto& c : privacy.classes) classes_.push_back(c);
  }

  std::vector<RoutingRuleConfig> read(const YAML::Node& node, int line) {
    std::vector<RoutingRuleConfig> rules;
    const auto items = list_items(node, line, "'routing.rules'", kRuleExample, problems_);
    std::vector<bool> clean;  // read without a problem: only those are compared
    for (std::size_t i = 0; i < items.size(); ++i) {
      const std::size_t before = problems_.size();
      rules.push_back(read_rule(items[i].first, items[i].second, i));
      clean.push_back(problems_.size() == before);
    }
    check_reachable(rules, clean);
    check_virtual_aliases(rules);
    return rules;
  }

  // A rule that asks for the difficulty (a condition or route by it) needs
  // the model that scores it.
  void check_difficulty_model(const std::vector<RoutingRuleConfig>& rules,
                              const std::string& model_path) {
    if (!model_path.empty()) return;
    for (const auto& r : rules) {
      if (!r.when.difficulty && !r.then.route) continue;
      problems_.add(r.then.route ? r.then.route->line : r.line,
                    "routing rule '" + r.name + "' " +
                        (r.then.route ? "routes by difficulty" : "asks for the difficulty") +
                        ", but no difficulty model is configured; set routing.difficulty_model: "
                        "<file> (made by `switchyard router train`; docs/difficulty-router.md)");
    }
  }

 private:
  RoutingRuleConfig read_rule(const YAML::Node& node, int line, std::size_t index) {
    const std::string name = peek_scalar(node, "name");
    const MapReader r(
        node, line,
        name.empty() ? "routing rule #" + std::to_string(index + 1) : "routing rule '" + name + "'",
        kRule, problems_);
    RoutingRuleConfig rule;
    rule.line = line;
    read_name(r, rule);
    const YAML::Node* when = r.value("when");
    const MapReader w(when ? *when : YAML::Node(), r.line("when"), "'when' of " + r.what(), kWhen,
                      problems_);
    read_when(w, rule.when);
    if (r.require("then")) {
      const MapReader t(*r.value("then"), r.line("then"), "'then' of " + r.what(), kThen,
                        problems_);
      read_then(t, rule);
    }
    return rule;
  }

  void read_name(const MapReader& r, RoutingRuleConfig& rule) {
    if (!r.require("name") || !r.read_string("name", rule.name)) return;
    if (!is_provider_name(rule.name)) {
      r.report("name",
               "must be a short name of lowercase letters, digits, '-', '_' and '.' (it appears "
               "in headers, the ledger and metric labels), e.g. long-complaints");
      rule.name.clear();
      return;
    }
    if (rule.name == "default") {
      r.report("name",
               "must not be 'default', which names the plan of a request no rule matched; pick "
               "another name");
      return;
    }
    const auto [it, inserted] = names_.emplace(rule.name, r.line("name"));
    if (!inserted)
      problems_.add(r.line("name"),
                    "routing rule name '" + rule.name + "' is used twice (first at line " +
                        std::to_string(it->second) + "); rule names must be unique");
  }

  // A string or a list of strings, each checked against `known` when it is
  // given (a free name otherwise, like a task tag).
  void read_names(const MapReader& w, std::string_view key, std::vector<std::string>& out,
                  std::string_view what, const std::vector<std::string_view>* known) {
    const YAML::Node* v = w.value(key);
    if (!v) return;
    std::vector<std::pair<std::string, int>> values;
    if (v->IsScalar()) {
      values.emplace_back(v->Scalar(), w.line(key));
    } else if (v->IsSequence()) {
      for (const auto& item : *v) {
        if (!item.IsScalar()) {
          w.report(key, "must list names, got an item that is " + describe(item));
          return;
        }
        values.emplace_back(item.Scalar(), line_of(item) ? line_of(item) : w.line(key));
      }
      if (values.empty()) {
        w.report(key, "must name at least one " + std::string(what) + " (or leave the fact out)");
        return;
      }
    } else {
      w.report(key, "must be a " + std::string(what) + " or a list of them, got " + describe(*v));
      return;
    }
    for (auto& [value, line] : values) {
      if (value.empty()) {
        w.report(key, "must not hold an empty name");
        continue;
      }
      if (known && std::find(known->begin(), known->end(), value) == known->end()) {
        problems_.add(line, "'" + std::string(key) + "' in " + w.what() + " " +
                                unknown_value(value, what, *known));
        continue;
      }
      if (std::find(out.begin(), out.end(), value) != out.end()) {
        problems_.add(line, "'" + std::string(key) + "' in " + w.what() + " lists '" + value +
                                "' twice; list it once");
        continue;
      }
      out.push_back(value);
    }
  }

  void read_range(const MapReader& w, std::string_view key, double min,
                  std::optional<FactRange>& out, std::string_view example) {
    const YAML::Node* v = w.value(key);
    if (!v) return;
    if (!v->IsMap()) {
      w.report(key, "must be a range such as " + std::string(example) + ", got " + describe(*v));
      return;
    }
    const MapReader range(*v, w.line(key), "'" + std::string(key) + "' in " + w.what(), kRange,
                          problems_);
    FactRange r;
    double bound = 0;
    const double max = std::numeric_limits<double>::max();
    if (range.read_number("over", min, max, bound)) r.over = bound;
    if (range.read_number("under", min, max, bound)) r.under = bound;
    if (!range.has("over") && !range.has("under")) {
      w.report(key, "must give 'over', 'under' or both, e.g. " + std::string(example));
      return;
    }
    if (r.over && r.under && *r.over >= *r.under) {
      w.report(key, "is empty: nothing is over " + number_text(*r.over) + " and under " +
                        number_text(*r.under) + "; make 'over' smaller than 'under'");
      return;
    }
    if ((range.has("over") && !r.over) || (range.has("under") && !r.under)) return;  // reported
    out = r;
  }

  // local_load: {queue_depth: {over: 8}, p95_ms: {over: 2000}}: either or
  // both signals of the model's least loaded local deployment.
  void read_local_load(const MapReader& w, RuleCondition& c) {
    const YAML::Node* v = w.value("local_load");
    if (!v) return;
    constexpr std::string_view kExample = "{queue_depth: {over: 8}} or {p95_ms: {over: 2000}}";
    if (!v->IsMap()) {
      w.report("local_load",
               "must be a map such as " + std::string(kExample) + ", got " + describe(*v));
      return;
    }
    const MapReader load(*v, w.line("local_load"), "'local_load' in " + w.what(), kLocalLoad,
                         problems_);
    read_range(load, "queue_depth", 0, c.local_queue_depth, "{over: 8}");
    read_range(load, "p95_ms", 0, c.local_p95_ms, "{over: 2000}");
    if (load.is_map() && v->size() == 0)  // a key it does not know is reported already
      w.report("local_load",
               "must give queue_depth, p95_ms or both, e.g. " + std::string(kExample));
  }

  void read_flag(const MapReader& w, std::string_view key, std::optional<bool>& out) {
    bool v = false;
    if (w.read_bool(key, v)) out = v;
  }

  void read_when(const MapReader& w, RuleCondition& c) {
    read_names(w, "model", c.models, "model alias", &aliases_);
    read_names(w, "team", c.teams, "team", nullptr);
    read_names(w, "data_class", c.data_classes, "data class", &classes_);
    read_names(w, "entities", c.entities, "entity type", &kEntityNames);
    read_names(w, "task", c.tasks, "task", nullptr);
    read_names(w, "response_format", c.response_formats, "response format", &kResponseFormats);
    read_range(w, "prompt_tokens", 0, c.prompt_tokens, "{over: 6000}");
    read_local_load(w, c);
    read_range(w, "difficulty", std::numeric_limits<double>::lowest(), c.difficulty, "{over: 0.7}");
    read_range(w, "budget", 0, c.budget, "{over: 0.8}");
    read_flag(w, "tools", c.tools);
    read_flag(w, "images", c.images);
    read_flag(w, "attachments", c.attachments);
    read_flag(w, "stream", c.stream);
  }

  void read_deployment_name(const MapReader& t, std::string_view key, const std::string& name,
                            int line, std::string& out) {
    if (std::find(deployments_.begin(), deployments_.end(), name) == deployments_.end()) {
      std::vector<std::string_view> known(deployments_.begin(), deployments_.end());
      problems_.add(line, "'" + std::string(key) + "' in " + t.what() + " " +
                              unknown_value(name, "deployment", known) +
                              (known.empty() ? "; declare it under a model's 'deployments:'" : ""));
      return;
    }
    out = name;
  }

  void read_then(const MapReader& t, RoutingRuleConfig& rule) {
    RuleAction& a = rule.then;
    if (const YAML::Node* serve = t.value("serve")) {
      const auto items =
          list_items(*serve, t.line("serve"), "'serve' in " + t.what(), "- local-llama", problems_);
      if (items.empty() && (serve->IsSequence() || serve->IsNull()))
        t.report("serve", "must list at least one deployment");
      for (const auto& [item, line] : items) {
        if (!item.IsScalar()) {
          problems_.add(line, "'serve' in " + t.what() + " must list deployment names, got " +
                                  describe(item));
          continue;
        }
        std::string name;
        read_deployment_name(t, "serve", item.Scalar(), line, name);
        if (name.empty()) continue;
        if (std::find(a.serve.begin(), a.serve.end(), name) != a.serve.end()) {
          problems_.add(line, "'serve' in " + t.what() + " lists '" + name +
                                  "' twice; list it once (routing.retry already retries it)");
          continue;
        }
        a.serve.push_back(name);
      }
    }
    std::string pin;
    if (t.read_string("pin", pin)) read_deployment_name(t, "pin", pin, t.line("pin"), a.pin);
    std::string side;
    if (t.read_string("prefer", side)) {
      if (side == "local")
        a.prefer = Side::local;
      else if (side == "cloud")
        a.prefer = Side::cloud;
      else
        t.report("prefer", "must be local or cloud, got '" + side + "'");
    }
    read_route(t, a);
    double cap = 0;
    if (t.read_number("max_price_per_1m", 0, std::numeric_limits<double>::max(), cap))
      a.max_price_per_1m = cap;
    std::string reason;
    if (t.read_string("refuse", reason)) {
      if (reason.empty())
        t.report("refuse", "must give the reason the client is told, e.g. refuse: \"...\"");
      else
        a.refuse = reason;
    }
    read_cascade_action(t, models_, a.cascade);
    check_action_keys(t);
  }

  // route: {by: difficulty, strong_share: 0.3} (or threshold: 0.62, or
  // neither: the difficulty model's own threshold). Whether the model was
  // calibrated for that share is checked when it is read
  // (routing::load_difficulty).
  void read_route(const MapReader& t, RuleAction& a) {
    const YAML::Node* v = t.value("route");
    if (!v) return;
    constexpr std::string_view kExample = "{by: difficulty, strong_share: 0.3}";
    if (!v->IsMap()) {
      t.report("route", "must be a map such as " + std::string(kExample) + ", got " + describe(*v));
      return;
    }
    const MapReader r(*v, t.line("route"), "'route' in " + t.what(), kRoute, problems_);
    DifficultyRouteConfig route;
    route.line = t.line("route");
    std::string by;
    if (!r.require("by") || !r.read_string("by", by)) return;
    if (by != "difficulty") {
      r.report("by", "must be difficulty (the only score a rule routes by), got '" + by + "'");
      return;
    }
    double value = 0;
    if (r.read_number("strong_share", 0, 1, value)) route.strong_share = value;
    if (r.read_number("threshold", 0, 1, value)) route.threshold = value;
    if (r.has("strong_share") && r.has("threshold")) {
      r.report("threshold",
               "goes with 'strong_share': give one (strong_share uses the difficulty model's "
               "calibrated threshold; threshold sets it here)");
      return;
    }
    if ((r.has("strong_share") && !route.strong_share) || (r.has("threshold") && !route.threshold))
      return;  // reported
    if (route.strong_share && (*route.strong_share <= 0 || *route.strong_share >= 1)) {
      r.report("strong_share",
               "must be between 0 and 1, both excluded (0 is prefer: local, 1 prefer: cloud)");
      return;
    }
    a.route = route;
  }

  // One way to choose (serve, pin, prefer, route) or refuse; a price cap
  // alone or with serve, prefer or route.
  void check_action_keys(const MapReader& t) {
    if (!t.is_map()) return;
    std::vector<std::string_view> given;
    for (std::string_view k : {"serve", "pin", "prefer", "route", "refuse", "cascade"})
      if (t.has(k)) given.push_back(k);
    const bool cap = t.has("max_price_per_1m");
    if (given.size() > 1) {
      problems_.add(t.line(given[1]),
                    t.what() + " gives both '" + std::string(given[0]) + "' and '" +
                        std::string(given[1]) +
                        "'; a rule does one of serve, pin, prefer, route, cascade or refuse");
    } else if (cap && !given.empty() &&
               (given[0] == "pin" || given[0] == "refuse" || given[0] == "cascade")) {
      problems_.add(t.line("max_price_per_1m"),
                    t.what() + " gives 'max_price_per_1m' with '" + std::string(given[0]) +
                        "'; a price cap filters the deployments of serve, prefer, route or the "
                        "model's own list, so use it alone or with one of those");
    } else if (given.empty() && !cap) {
      problems_.add(t.line({}),
                    t.what() +
                        " must say what to do: serve: [deployments], pin: deployment, "
                        "prefer: local|cloud, route: {by: difficulty}, "
                        "max_price_per_1m: number, cascade: {first, then} or refuse: reason");
    }
  }

  static bool list_covers(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (a.empty()) return true;
    if (b.empty()) return false;
    for (const auto& v : b)
      if (std::find(a.begin(), a.end(), v) == a.end()) return false;
    return true;
  }
  static bool range_covers(const std::optional<FactRange>& a, const std::optional<FactRange>& b) {
    if (!a) return true;
    if (!b) return false;
    const bool over = !a->over || (b->over && *b->over >= *a->over);
    const bool under = !a->under || (b->under && *b->under <= *a->under);
    return over && under;
  }
  static bool flag_covers(const std::optional<bool>& a, const std::optional<bool>& b) {
    return !a || (b && *a == *b);
  }
  // Whether every request `b` matches, `a` matches too.
  static bool covers(const RuleCondition& a, const RuleCondition& b) {
    return list_covers(a.models, b.models) && list_covers(a.teams, b.teams) &&
           list_covers(a.data_classes, b.data_classes) && list_covers(a.entities, b.entities) &&
           list_covers(a.tasks, b.tasks) && list_covers(a.response_formats, b.response_formats) &&
           range_covers(a.prompt_tokens, b.prompt_tokens) &&
           range_covers(a.local_queue_depth, b.local_queue_depth) &&
           range_covers(a.local_p95_ms, b.local_p95_ms) &&
           range_covers(a.difficulty, b.difficulty) && range_covers(a.budget, b.budget) &&
           flag_covers(a.tools, b.tools) && flag_covers(a.images, b.images) &&
           flag_covers(a.attachments, b.attachments) && flag_covers(a.stream, b.stream);
  }

  // prefer, route and a price cap alone choose among the model's own
  // deployments, so they pass a virtual alias by (routing::Router).
  static bool passes_virtual_by(const RoutingRuleConfig& r) {
    return r.then.serve.empty() && r.then.pin.empty() && !r.then.refuse && !r.then.cascade;
  }
  bool may_match_virtual(const RoutingRuleConfig& r) const {
    for (const auto& m : models_)
      if (m.virtual_alias &&
          (r.when.models.empty() ||
           std::find(r.when.models.begin(), r.when.models.end(), m.alias) != r.when.models.end()))
        return true;
    return false;
  }

  // A rule an earlier one always pre-empts can never match: first match wins.
  void check_reachable(const std::vector<RoutingRuleConfig>& rules,
                       const std::vector<bool>& clean) {
    for (std::size_t j = 1; j < rules.size(); ++j) {
      if (!clean[j]) continue;
      for (std::size_t i = 0; i < j; ++i) {
        if (!clean[i] || !covers(rules[i].when, rules[j].when)) continue;
        if (passes_virtual_by(rules[i]) && may_match_virtual(rules[j])) continue;
        const auto label = [](const RoutingRuleConfig& r, std::size_t n) {
          return r.name.empty() ? "#" + std::to_string(n + 1) : "'" + r.name + "'";
        };
        problems_.add(rules[j].line,
                      "routing rule " + label(rules[j], j) + " can never match: rule " +
                          label(rules[i], i) + " (line " + std::to_string(rules[i].line) + ") " +
                          (rules[i].when.empty() ? "has no 'when' and so matches every request"
                                                 : "matches every request it would") +
                          ", and the first matching rule wins; move it above, or narrow " +
                          label(rules[i], i));
        break;
      }
    }
  }

  // A virtual alias (no deployments of its own) is served only by a rule
  // that names deployments (serve, pin) or refuses.
  void check_virtual_aliases(const std::vector<RoutingRuleConfig>& rules) {
    for (std::size_t i = 0; i < models_.size(); ++i) {
      const ModelConfig& m = models_[i];
      if (!m.virtual_alias) continue;
      bool served = false;
      for (const auto& r : rules) {
        const bool names_it =
            r.when.models.empty() ||
            std::find(r.when.models.begin(), r.when.models.end(), m.alias) != r.when.models.end();
        if (names_it &&
            (!r.then.serve.empty() || !r.then.pin.empty() || r.then.refuse || r.then.cascade))
          served = true;
      }
      if (served || m.alias.empty()) {
        if (m.alias.empty())
          problems_.add(m.line,
                        "missing required key 'deployments' in model #" + std::to_string(i + 1));
        continue;
      }
      problems_.add(m.line,
                    "missing required key 'deployments' in model '" + m.alias +
                        "': without deployments it is a virtual alias, served only through routing "
                        "rules, and no rule serves it; add deployments, or a rule such as {name: " +
                        m.alias + "-default, when: {model: " + m.alias +
                        "}, then: {serve: [<deployment>]}}");
    }
    for (const auto& r : rules) {
      if (!r.then.serve.empty() || !r.then.pin.empty() || r.then.refuse || r.then.cascade) continue;
      if (r.when.models.empty()) continue;
      bool any_real = false;
      for (const auto& alias : r.when.models)
        for (const auto& m : models_)
          if (m.alias == alias && !m.virtual_alias) any_real = true;
      if (!any_real)
        problems_.add(r.line, "routing rule '" + r.name +
                                  "' chooses among the model's own deployments (prefer, route "
                                  "or max_price_per_1m), but the models it matches have none; "
                                  "name the deployments with serve: [...]");
    }
  }

  const std::vector<ModelConfig>& models_;
  Problems& problems_;
  std::vector<std::string_view> aliases_;
  std::vector<std::string> deployments_;
  std::vector<std::string_view> classes_;
  std::map<std::string, int> names_;
};

}  // namespace

void read_routing(const YAML::Node& node, int line, const std::string& config_dir, Config& cfg,
                  Problems& problems) {
  const MapReader routing(node, line, "routing", kRouting, problems);
  read_routing_spill(routing, cfg.spill);
  RetryConfig& out = cfg.retry;
  const YAML::Node* retry_node = routing.value("retry");
  const MapReader retry(retry_node ? *retry_node : YAML::Node(), routing.line("retry"),
                        "routing.retry", kRetry, problems);
  retry.read_int("max_attempts", 1, 10, out.max_attempts);
  const bool initial_ok = retry.read_millis("initial_backoff_ms", 0, out.initial_backoff);
  const bool max_ok = retry.read_millis("max_backoff_ms", 0, out.max_backoff);
  // Checked only when either was written: the defaults are consistent.
  if ((initial_ok || max_ok) && out.max_backoff < out.initial_backoff)
    retry.report(max_ok ? "max_backoff_ms" : "initial_backoff_ms",
                 "makes max_backoff_ms (" + std::to_string(out.max_backoff.count()) +
                     ") smaller than initial_backoff_ms (" +
                     std::to_string(out.initial_backoff.count()) + ")");
  retry.read_number("backoff_multiplier", 1, 100, out.backoff_multiplier);
  retry.read_number("jitter", 0, 1, out.jitter);

  std::string model;
  if (routing.read_string("difficulty_model", model)) {
    if (model.empty()) {
      routing.report("difficulty_model", "must name a file (or leave the key out)");
    } else {
      const std::filesystem::path p(model);
      cfg.difficulty_model = p.is_absolute() || config_dir.empty()
                                 ? model
                                 : (std::filesystem::path(config_dir) / p).string();
      cfg.difficulty_model_line = routing.line("difficulty_model");
    }
  }

  routing.read_bool("record_prompt_features", cfg.record_prompt_features);

  const YAML::Node* rules_node = routing.value("rules");
  RulesReader reader(cfg.models, cfg.privacy, problems);
  cfg.routing_rules = reader.read(rules_node ? *rules_node : YAML::Node(), routing.line("rules"));
  reader.check_difficulty_model(cfg.routing_rules, cfg.difficulty_model);
}

}  // namespace switchyard::config
