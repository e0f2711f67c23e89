#include <algorithm>
#include <cctype>
#include <limits>
#include <set>

#include "switchyard/config/sections.hpp"
#include "switchyard/config/suggest.hpp"
#include "switchyard/core/duration.hpp"

namespace switchyard::config {

const std::vector<std::string_view> kEntityNames = {"EMAIL_ADDRESS", "PHONE_NUMBER",
                                                    "CREDIT_CARD",   "IBAN_CODE",
                                                    "US_SSN",        "IP_ADDRESS",
                                                    "URL",           "DOMAIN_NAME",
                                                    "DATE_TIME",     "US_DRIVER_LICENSE",
                                                    "PASSPORT",      "MEDICAL_RECORD_NUMBER",
                                                    "SECRET",        "PERSON",
                                                    "LOCATION",      "ADDRESS"};

namespace {

const MapSchema kPrivacy{
    {"enabled", "classes", "base_class", "phone_regions", "entities", "policy", "sessions"}};
const MapSchema kEntity{{"enabled", "threshold", "class"}};
const MapSchema kRule{{"sides", "redact_for_cloud"}};
const MapSchema kSessions{{"enabled", "ttl", "remember", "max_entries"},
                          {{"ttl_ms", "is not a key here; write ttl with a unit, e.g. ttl: 24h"}}};

// A list of plain strings, e.g. [US, GB]; reports and returns false otherwise.
bool read_string_list(const MapReader& m, std::string_view key, std::vector<std::string>& out) {
  const YAML::Node* v = m.value(key);
  if (!v) return false;
  if (!v->IsSequence()) {
    m.report(key, "must be a list such as [a, b], got " + describe(*v));
    return false;
  }
  std::vector<std::string> items;
  for (const auto& item : *v) {
    if (!item.IsScalar() || item.Scalar().empty()) {
      m.report(key, "must list plain names, got " + describe(item));
      return false;
    }
    items.push_back(item.Scalar());
  }
  out = std::move(items);
  return true;
}

std::string class_list(const std::vector<std::string>& classes) {
  std::string s;
  for (const auto& c : classes) s += (s.empty() ? "" : ", ") + c;
  return s;
}

bool known_class(const std::vector<std::string>& classes, const std::string& name) {
  return std::find(classes.begin(), classes.end(), name) != classes.end();
}

void read_classes(const MapReader& m, PrivacyConfig& out) {
  std::vector<std::string> classes;
  if (!read_string_list(m, "classes", classes)) return;
  std::set<std::string> unique(classes.begin(), classes.end());
  if (classes.size() != 4 || unique.size() != 4) {
    m.report("classes",
             "must name exactly four distinct classes, least sensitive first, e.g. [public, "
             "internal, confidential, restricted]");
    return;
  }
  out.classes = classes;
  out.base_class = classes[0];
}

void read_entities(const MapReader& m, PrivacyConfig& out) {
  const YAML::Node* node = m.value("entities");
  if (!node) return;
  const MapReader entities(*node, m.line("entities"), "privacy.entities", MapSchema{kEntityNames},
                           m.problems());
  for (auto name : kEntityNames) {
    const YAML::Node* v = entities.value(name);
    if (!v) continue;
    const MapReader e(*v, entities.line(name), "privacy.entities." + std::string(name), kEntity,
                      m.problems());
    EntityPolicyConfig ec;
    ec.entity = std::string(name);
    ec.line = entities.line(name);
    bool enabled = true;
    if (e.read_bool("enabled", enabled)) ec.enabled = enabled;
    double threshold = 0;
    if (e.read_number("threshold", 0, 1, threshold)) ec.threshold = threshold;
    std::string cls;
    if (e.read_string("class", cls)) {
      if (cls == "none" || known_class(out.classes, cls))
        ec.data_class = cls == "none" ? "" : cls;
      else
        e.report("class", "names unknown class '" + cls + "'; use one of " +
                              class_list(out.classes) + ", or none");
    }
    out.entities.push_back(std::move(ec));
  }
}

void read_policy(const MapReader& m, PrivacyConfig& out) {
  const YAML::Node* node = m.value("policy");
  if (!node) return;
  std::vector<std::string_view> names(out.classes.begin(), out.classes.end());
  const MapReader policy(*node, m.line("policy"), "privacy.policy", MapSchema{names}, m.problems());
  for (std::size_t level = 0; level < out.classes.size(); ++level) {
    const std::string& name = out.classes[level];
    const YAML::Node* v = policy.value(name);
    if (!v) continue;
    const MapReader r(*v, policy.line(name), "privacy.policy." + name, kRule, m.problems());
    ClassRuleConfig rule;
    std::vector<std::string> sides;
    if (!r.require("sides") || !read_string_list(r, "sides", sides)) continue;
    rule.local = rule.cloud = false;
    for (const auto& side : sides) {
      if (side == "local") {
        rule.local = true;
      } else if (side == "cloud") {
        rule.cloud = true;
      } else {
        r.report("sides", "may list only local and cloud, got '" + side + "'");
      }
    }
    r.read_bool("redact_for_cloud", rule.redact_for_cloud);
    out.rules[level] = rule;
  }
}

void read_sessions(const MapReader& m, PrivacyConfig& out) {
  const YAML::Node* node = m.value("sessions");
  if (!node) return;
  const MapReader r(*node, m.line("sessions"), "privacy.sessions", kSessions, m.problems());
  SessionsConfig& s = out.sessions;
  r.read_bool("enabled", s.enabled);
  if (const YAML::Node* v = r.value("ttl")) {
    // A whole number and a unit, at most a month: a class for good is the
    // key's default_class or the x-switchyard-data-class header's job.
    constexpr std::int64_t kMonth = 30LL * 24 * 60 * 60 * 1000;
    const auto ms = v->IsScalar() ? core::parse_duration_ms(v->Scalar()) : std::nullopt;
    if (!ms || *ms < 1000 || *ms > kMonth)
      r.report("ttl",
               "must be a duration from 1s to 30d: a whole number and a unit (s, m, h or d), "
               "e.g. 24h, got " +
                   describe(*v));
    else
      s.ttl = Millis(*ms);
  }
  std::string cls;
  if (r.read_string("remember", cls)) {
    if (known_class(out.classes, cls))
      s.remember = cls;
    else
      r.report("remember",
               "names unknown class '" + cls + "'; use one of " + class_list(out.classes));
  }
  // About 250 bytes a session: ten million is some 2.5 GB of memory.
  constexpr long long kMaxEntries = 10'000'000;
  long long n = 0;
  if (r.read_integer("max_entries", 1, std::numeric_limits<long long>::max(), n)) {
    if (n > kMaxEntries)
      r.report("max_entries", "must be at most " + std::to_string(kMaxEntries) +
                                  " (about 250 bytes of memory each), got " + std::to_string(n));
    else
      s.max_entries = static_cast<std::size_t>(n);
  }
}

}  // namespace

void read_privacy(const YAML::Node& node, int line, PrivacyConfig& out, Problems& problems) {
  const MapReader m(node, line, "privacy", kPrivacy, problems);
  m.read_bool("enabled", out.enabled);
  read_classes(m, out);
  std::string base;
  if (m.read_string("base_class", base)) {
    if (known_class(out.classes, base))
      out.base_class = base;
    else
      m.report("base_class",
               "names unknown class '" + base + "'; use one of " + class_list(out.classes));
  }
  std::vector<std::string> regions;
  if (read_string_list(m, "phone_regions", regions)) {
    for (const auto& r : regions)
      if (r.size() != 2 || !std::isupper(static_cast<unsigned char>(r[0])) ||
          !std::isupper(static_cast<unsigned char>(r[1])))
        m.report("phone_regions",
                 "must list two-letter ISO 3166 region codes such as US or GB, got '" + r + "'");
    out.phone_regions = regions;
  }
  read_entities(m, out);
  read_policy(m, out);
  read_sessions(m, out);
}

void check_model_classes(const PrivacyConfig& privacy, const std::vector<ModelConfig>& models,
                         Problems& problems) {
  for (const auto& model : models)
    if (!model.data_class.empty() && !known_class(privacy.classes, model.data_class))
      problems.add(model.data_class_line, "'data_class' of model '" + model.alias +
                                              "' names unknown class '" + model.data_class +
                                              "'; use one of " + class_list(privacy.classes));
}

}  // namespace switchyard::config
