// What the CLI and the admin API do to keys, written once: create (the key
// is returned here and nowhere else, to be shown once), rotate (a new
// secret for the same id; the old one stops working), revoke, and the check
// of a policy against what the gateway serves. Errors are core::Errors with
// the status an API answers with (400 naming the field, 404 for an unknown
// id).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "switchyard/core/error.hpp"
#include "switchyard/keys/key_store.hpp"

namespace switchyard::keys {

// What a policy may name: the data classes of the privacy policy (lowest
// first) and the model aliases the gateway serves.
struct PolicyVocabulary {
  std::vector<std::string> classes;
  std::vector<std::string> aliases;
};

// 400 naming the field when `policy` has no team, names a class or a model
// the gateway does not have, a negative limit, or an expiry in the past.
std::optional<core::Error> check_policy(const KeyPolicy& policy, const PolicyVocabulary& vocabulary,
                                        std::int64_t now_ms);

struct CreatedKey {
  VirtualKey key;
  std::string secret;  // "sk-sy-...": show it once, store it nowhere
};

// Checks the policy, then stores a key with a fresh id and secret.
core::Expected<CreatedKey> create_key(KeyStore& store, const KeyPolicy& policy,
                                      const PolicyVocabulary& vocabulary, std::int64_t now_ms);
// A fresh secret for key `id`; 404 when there is no such key, 409 when it
// is revoked.
core::Expected<CreatedKey> rotate_key(KeyStore& store, std::string_view id, std::int64_t now_ms);
// Revokes key `id` (a second revoke changes nothing); the key as stored
// afterwards, or 404.
core::Expected<VirtualKey> revoke_key(KeyStore& store, std::string_view id, std::int64_t now_ms);
// The key `id`, or 404.
core::Expected<VirtualKey> find_key(KeyStore& store, std::string_view id);

// "active", "revoked" or "expired" at `now_ms`.
const char* key_status(const VirtualKey& key, std::int64_t now_ms);

}  // namespace switchyard::keys
