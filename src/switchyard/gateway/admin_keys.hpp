// The key half of the admin API, behind the admin key (admin_auth.hpp):
//
//   GET    /admin/keys              every key (never a secret)
//   POST   /admin/keys              create: {"team": ..., ...} → 201 with "key",
//                                   the secret, shown this once
//   GET    /admin/keys/{id}         one key
//   DELETE /admin/keys/{id}         revoke it (200 with the key as stored)
//   POST   /admin/keys/{id}/rotate  a new secret for the same id → 200 with "key"
//
// Bodies are JSON (keys/key_json.hpp), errors the OpenAI error object. Each
// change goes to the key store at once (a synchronous write: admin calls
// are rare) and the gateway's KeyRing reloads, so the change applies to
// the next request here; other processes see it at their next refresh.
#pragma once

#include <string>
#include <string_view>

#include "switchyard/config/config.hpp"
#include "switchyard/http/server.hpp"
#include "switchyard/keys/key_lifecycle.hpp"
#include "switchyard/keys/key_ring.hpp"

namespace switchyard::gateway {

// What a key's policy may name here: the privacy policy's classes and the
// model aliases the gateway serves.
keys::PolicyVocabulary key_vocabulary(const config::Config& cfg);

struct AdminAnswer {
  unsigned status = 200;
  std::string body;  // JSON (a key, a list, or an error object)
};

class AdminKeys {
 public:
  AdminKeys(keys::KeyRing& ring, keys::PolicyVocabulary vocabulary)
      : ring_(ring), vocabulary_(std::move(vocabulary)) {}

  // `rest` is the path after "/admin/keys" ("", "/{id}" or "/{id}/rotate").
  AdminAnswer handle(http::bhttp::verb method, std::string_view rest, std::string_view body);

 private:
  keys::KeyRing& ring_;
  const keys::PolicyVocabulary vocabulary_;
};

}  // namespace switchyard::gateway
