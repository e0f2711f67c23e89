// A routing rule's `cascade:` action (docs/cascade.md): the deployments of
// `first` and `then`, what makes an answer weak (`verify:`), and how a
// streamed request is served.
#include <algorithm>
#include <limits>

#include "switchyard/config/sections.hpp"
#include "switchyard/config/suggest.hpp"

namespace switchyard::config {

const char* to_string(CascadeStream s) {
  return s == CascadeStream::buffer ? "buffer" : "stream_local";
}

namespace {

const MapSchema kCascade{{"first", "then", "verify", "stream"},
                         {{"local", "list the local deployments under 'first:'"},
                          {"cloud", "list where weak answers go under 'then:'"},
                          {"escalate", "list where weak answers go under 'then:'"},
                          {"verifier", "the checks go under 'verify:'"}}};
const MapSchema kVerify{{"min_mean_logprob", "max_mean_entropy", "min_token_logprob", "on_length",
                         "refusal_patterns", "json", "tools", "judge"},
                        {{"min_logprob",
                          "write min_token_logprob (any token) or "
                          "min_mean_logprob (the answer's mean)"},
                         {"mean_logprob", "write min_mean_logprob"},
                         {"max_entropy", "write max_mean_entropy"},
                         {"entropy", "write max_mean_entropy"},
                         {"refusals", "list the patterns under refusal_patterns"},
                         {"length", "write on_length: escalate (or keep)"}}};

const MapSchema kJudge{{"deployment", "threshold", "prompt", "on_error"},
                       {{"model", "name the judge's local deployment under 'deployment:'"},
                        {"min_score", "write threshold (the least P(yes) kept)"},
                        {"template", "write the judge's instructions under 'prompt:'"}}};

constexpr std::string_view kCascadeExample =
    "cascade: {first: [local-llm], then: [cloud-gpt], verify: {min_mean_logprob: -1.5}}";

const DeploymentConfig* find_deployment(const std::vector<ModelConfig>& models,
                                        const std::string& name) {
  for (const auto& m : models)
    for (const auto& d : m.deployments)
      if (d.name == name) return &d;
  return nullptr;
}

std::vector<std::string_view> deployment_names(const std::vector<ModelConfig>& models) {
  std::vector<std::string_view> names;
  for (const auto& m : models)
    for (const auto& d : m.deployments)
      if (!d.name.empty() && std::find(names.begin(), names.end(), d.name) == names.end())
        names.push_back(d.name);
  return names;
}

// "'first' in 'cascade' in ...". Appended piece by piece: g++ 12 warns
// (-Wrestrict, falsely) on "'" + std::string(key).
std::string key_in(std::string_view key, const std::string& what) {
  std::string s = "'";
  s += key;
  s += "' in ";
  s += what;
  return s;
}

// The deployments listed under `key`, each declared, none twice; `local`:
// each must be local.
std::vector<std::string> read_list(const MapReader& c, std::string_view key,
                                   const std::vector<ModelConfig>& models, bool local) {
  std::vector<std::string> out;
  if (!c.require(key)) return out;
  const YAML::Node& node = *c.value(key);
  if (node.IsScalar()) {
    c.report(key, "must be a list of deployments, e.g. [" + node.Scalar() + "]");
    return out;
  }
  const std::string where = key_in(key, c.what());
  const auto items = list_items(node, c.line(key), where, "- local-llm", c.problems());
  if (items.empty() && (node.IsSequence() || node.IsNull()))
    c.report(key, "must list at least one deployment");
  for (const auto& [item, line] : items) {
    if (!item.IsScalar()) {
      c.problems().add(line, where + " must list deployment names, got " + describe(item));
      continue;
    }
    const std::string name = item.Scalar();
    const DeploymentConfig* d = find_deployment(models, name);
    if (!d) {
      const auto known = deployment_names(models);
      const std::string guess = nearest(name, known);
      c.problems().add(line, where + " names deployment '" + name + "', which is not declared" +
                                 (guess.empty() ? "" : "; did you mean '" + guess + "'?") +
                                 (known.empty() ? "" : " declared: " + join(known)));
      continue;
    }
    if (local && d->side != Side::local) {
      c.problems().add(line, where + " names '" + name +
                                 "', a cloud deployment; the first answer comes from a local "
                                 "deployment (list cloud ones under 'then:')");
      continue;
    }
    if (std::find(out.begin(), out.end(), name) != out.end()) {
      c.problems().add(line, where + " lists '" + name + "' twice; list it once");
      continue;
    }
    out.push_back(name);
  }
  return out;
}

void read_judge(const MapReader& v, const std::vector<ModelConfig>& models,
                std::optional<CascadeJudgeConfig>& out) {
  const YAML::Node* node = v.value("judge");
  if (!node) return;
  if (!node->IsMap()) {
    v.report("judge", "must be a map such as {deployment: local-llm, threshold: 0.5}, got " +
                          describe(*node));
    return;
  }
  const MapReader r(*node, v.line("judge"), "'judge' in " + v.what(), kJudge, v.problems());
  CascadeJudgeConfig judge;
  if (r.require("deployment") && r.read_string("deployment", judge.deployment)) {
    const DeploymentConfig* d = find_deployment(models, judge.deployment);
    if (!d) {
      const std::string guess = nearest(judge.deployment, deployment_names(models));
      r.report("deployment", "names deployment '" + judge.deployment + "', which is not declared" +
                                 (guess.empty() ? "" : "; did you mean '" + guess + "'?"));
    } else if (d->side != Side::local) {
      r.report("deployment", "names '" + judge.deployment +
                                 "', a cloud deployment; the judge reads the request as the "
                                 "client sent it, so it must be a local deployment");
    }
  }
  double x = 0;
  if (r.read_number("threshold", 0, 1, x)) judge.threshold = x;
  if (r.read_string("prompt", judge.prompt)) {
    for (const std::string_view slot : {"{question}", "{answer}"})
      if (judge.prompt.find(slot) == std::string::npos)
        r.report("prompt", "must contain " + std::string(slot) +
                               " (replaced by the request's last user message and the first "
                               "answer's text)");
  }
  std::string on_error;
  if (r.read_string("on_error", on_error)) {
    if (on_error == "keep")
      judge.escalate_on_error = false;
    else if (on_error == "escalate")
      judge.escalate_on_error = true;
    else
      r.report("on_error", "must be keep or escalate, got '" + on_error + "'");
  }
  out = std::move(judge);
}

void read_verify(const MapReader& c, const std::vector<ModelConfig>& models,
                 CascadeVerifyConfig& v) {
  const YAML::Node* node = c.value("verify");
  const MapReader r(node ? *node : YAML::Node(), c.line("verify"), "'verify' of " + c.what(),
                    kVerify, c.problems());
  const double lowest = std::numeric_limits<double>::lowest();
  double x = 0;
  if (r.read_number("min_mean_logprob", lowest, 0, x)) v.min_mean_logprob = x;
  if (r.read_number("min_token_logprob", lowest, 0, x)) v.min_token_logprob = x;
  if (r.read_number("max_mean_entropy", 0, std::numeric_limits<double>::max(), x))
    v.max_mean_entropy = x;
  std::string on_length;
  if (r.read_string("on_length", on_length)) {
    if (on_length == "escalate")
      v.escalate_on_length = true;
    else if (on_length == "keep")
      v.escalate_on_length = false;
    else
      r.report("on_length", "must be escalate or keep, got '" + on_length + "'");
  }
  if (const YAML::Node* patterns = r.value("refusal_patterns")) {
    v.refusal_patterns.clear();
    const auto items =
        list_items(*patterns, r.line("refusal_patterns"), "'refusal_patterns' in " + r.what(),
                   "- \"I don't know\"", c.problems());
    for (const auto& [item, line] : items) {
      if (!item.IsScalar() || item.Scalar().empty()) {
        c.problems().add(line, "'refusal_patterns' in " + r.what() +
                                   " must list non-empty texts, got " + describe(item));
        continue;
      }
      v.refusal_patterns.push_back(item.Scalar());
    }
  }
  r.read_bool("json", v.json);
  r.read_bool("tools", v.tools);
  read_judge(r, models, v.judge);
}

}  // namespace

void read_cascade_action(const MapReader& then, const std::vector<ModelConfig>& models,
                         std::optional<CascadeConfig>& out) {
  const YAML::Node* node = then.value("cascade");
  if (!node) return;
  if (!node->IsMap()) {
    then.report("cascade", "must be a map such as " + std::string(kCascadeExample) + ", got " +
                               describe(*node));
    return;
  }
  const MapReader c(*node, then.line("cascade"), "'cascade' in " + then.what(), kCascade,
                    then.problems());
  CascadeConfig cascade;
  cascade.line = then.line("cascade");
  cascade.first = read_list(c, "first", models, /*local=*/true);
  cascade.then = read_list(c, "then", models, /*local=*/false);
  for (const auto& name : cascade.then)
    if (std::find(cascade.first.begin(), cascade.first.end(), name) != cascade.first.end())
      c.report("then", "names '" + name +
                           "', which 'first' already lists; escalating to the deployment that "
                           "wrote the weak answer cannot help");
  read_verify(c, models, cascade.verify);
  std::string stream;
  if (c.read_string("stream", stream)) {
    if (stream == "buffer")
      cascade.stream = CascadeStream::buffer;
    else if (stream == "stream_local")
      cascade.stream = CascadeStream::stream_local;
    else
      c.report("stream",
               "must be buffer (verify, then stream the chosen answer) or stream_local "
               "(stream the local answer, never escalate), got '" +
                   stream + "'");
  }
  out = std::move(cascade);
}

}  // namespace switchyard::config
