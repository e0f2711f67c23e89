#include "switchyard/gateway/key_class.hpp"

namespace switchyard::gateway {
namespace {

core::Error unknown_class(const keys::VirtualKey& key, const char* field, const std::string& name,
                          const privacy::PrivacyPolicy& policy) {
  std::string names;
  for (const auto& n : policy.names) names += (names.empty() ? "" : ", ") + n;
  return {core::ErrorKind::permission,
          403,
          "Key " + key.id + " names " + field + " '" + name +
              "', which is not a data class of this gateway (" + names +
              "), so the request was not sent anywhere; the gateway's admin must replace the key.",
          {},
          "invalid_key_policy",
          false};
}

}  // namespace

std::optional<core::Error> raise_to_key_default(Exchange& ex,
                                                const privacy::PrivacyPolicy& policy) {
  if (!ex.key || ex.key->policy.default_class.empty()) return std::nullopt;
  const auto c = policy.parse(ex.key->policy.default_class);
  if (!c) return unknown_class(*ex.key, "default_class", ex.key->policy.default_class, policy);
  privacy::Classification& cls = ex.seen.classification;
  if (*c > cls.level) {
    cls.level = *c;
    cls.reason = "key " + ex.key->id + " default class";
  }
  return std::nullopt;
}

std::optional<core::Error> apply_key_cloud_ceiling(Exchange& ex,
                                                   const privacy::PrivacyPolicy& policy) {
  if (!ex.key || ex.key->policy.max_cloud_class.empty()) return std::nullopt;
  const auto ceiling = policy.parse(ex.key->policy.max_cloud_class);
  if (!ceiling)
    return unknown_class(*ex.key, "max_cloud_class", ex.key->policy.max_cloud_class, policy);
  privacy::Classification& cls = ex.seen.classification;
  if (cls.level > *ceiling && ex.rule.cloud) {
    ex.rule.cloud = false;
    cls.reason +=
        "; key " + ex.key->id + " sends at most " + policy.name(*ceiling) + " data to the cloud";
  }
  return std::nullopt;
}

}  // namespace switchyard::gateway
