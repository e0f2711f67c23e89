#include "switchyard/keys/key_lifecycle.hpp"

#include <algorithm>

namespace switchyard::keys {
namespace {

std::string listed(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out.empty() ? "(none)" : out;
}

bool contains(const std::vector<std::string>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

core::Error invalid(std::string message, std::string param) {
  return core::Error::invalid(std::move(message), std::move(param), "invalid_key_policy");
}

core::Error no_such_key(std::string_view id) {
  // The id is shown only when it is shaped like one (it is not secret).
  const bool plain = id.size() == kKeyIdLength && std::all_of(id.begin(), id.end(), [](char c) {
                       return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
                     });
  return core::Error::not_found(
      (plain ? "There is no key with id '" + std::string(id) + "'"
             : std::string("There is no key with that id (an id is 12 hex digits)")) +
          "; `switchyard keys list` or GET /admin/keys lists them.",
      "key_not_found");
}

}  // namespace

std::optional<core::Error> check_policy(const KeyPolicy& p, const PolicyVocabulary& v,
                                        std::int64_t now_ms) {
  if (p.team.empty()) return invalid("A key belongs to a team: give its name (e.g. hr).", "team");
  if (p.team.size() > 128 || p.name.size() > 128)
    return invalid("Team and key names are at most 128 characters.",
                   p.team.size() > 128 ? "team" : "name");
  for (const std::string& m : p.models)
    if (!contains(v.aliases, m))
      return invalid("The gateway serves no model '" + m +
                         "'; models are aliases it serves: " + listed(v.aliases) + ".",
                     "models");
  if (!p.max_cloud_class.empty() && !contains(v.classes, p.max_cloud_class))
    return invalid("max_cloud_class '" + p.max_cloud_class + "' is not a data class; use one of " +
                       listed(v.classes) + ".",
                   "max_cloud_class");
  if (!p.default_class.empty() && !contains(v.classes, p.default_class))
    return invalid("default_class '" + p.default_class + "' is not a data class; use one of " +
                       listed(v.classes) + ".",
                   "default_class");
  if (p.rpm < 0 || p.tpm < 0 || p.max_concurrent < 0)
    return invalid("rpm, tpm and max_concurrent are 0 (no limit) or more.", p.rpm < 0 ? "rpm"
                                                                            : p.tpm < 0
                                                                                ? "tpm"
                                                                                : "max_concurrent");
  if (!(p.budget_day_usd >= 0) || !(p.budget_month_usd >= 0))
    return invalid("Budgets are 0 (none) or a positive amount of USD.",
                   p.budget_day_usd >= 0 ? "budget_month_usd" : "budget_day_usd");
  if (p.expires_ms != 0 && p.expires_ms <= now_ms)
    return invalid("The expiry is in the past; give a later time or a duration such as 30d.",
                   "expires_at");
  return std::nullopt;
}

core::Expected<CreatedKey> create_key(KeyStore& store, const KeyPolicy& policy,
                                      const PolicyVocabulary& vocabulary, std::int64_t now_ms) {
  if (auto e = check_policy(policy, vocabulary, now_ms)) return *e;
  CreatedKey out;
  out.key.id = new_key_id();
  NewSecret s = new_secret(out.key.id);
  out.key.policy = policy;
  out.key.salt = s.salt;
  out.key.digest = s.digest;
  out.key.created_ms = now_ms;
  out.secret = std::move(s.key);
  if (auto e = store.insert(out.key)) return *e;
  return out;
}

core::Expected<CreatedKey> rotate_key(KeyStore& store, std::string_view id, std::int64_t now_ms) {
  auto found = find_key(store, id);
  if (!found) return found.error();
  if (found->revoked())
    return core::Error{core::ErrorKind::invalid_request,
                       409,
                       "Key '" + found->id + "' is revoked; create a new key instead.",
                       {},
                       "key_revoked",
                       false};
  NewSecret s = new_secret(found->id);
  auto replaced = store.replace_secret(found->id, s.salt, s.digest, now_ms);
  if (!replaced) return replaced.error();
  if (!*replaced) return no_such_key(id);  // revoked or removed meanwhile
  CreatedKey out{std::move(*found), std::move(s.key)};
  out.key.salt = s.salt;
  out.key.digest = s.digest;
  out.key.rotated_ms = now_ms;
  return out;
}

core::Expected<VirtualKey> revoke_key(KeyStore& store, std::string_view id, std::int64_t now_ms) {
  auto revoked = store.revoke(id, now_ms);
  if (!revoked) return revoked.error();
  if (!*revoked) return no_such_key(id);
  return find_key(store, id);
}

core::Expected<VirtualKey> find_key(KeyStore& store, std::string_view id) {
  auto found = store.find(id);
  if (!found) return found.error();
  if (!*found) return no_such_key(id);
  return std::move(**found);
}

const char* key_status(const VirtualKey& key, std::int64_t now_ms) {
  return key.revoked() ? "revoked" : key.expired(now_ms) ? "expired" : "active";
}

}  // namespace switchyard::keys
