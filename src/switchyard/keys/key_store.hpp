// Where virtual keys live. The embedded default is SQLite (by default the
// ledger's own database file, in a table of its own); a PostgreSQL store for
// several replicas implements the same interface. Every method is safe to
// call from any thread; the gateway reads keys through a KeyRing (a cache),
// never on a request's path.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "switchyard/core/error.hpp"
#include "switchyard/keys/virtual_key.hpp"

namespace switchyard::keys {

class KeyStore {
 public:
  virtual ~KeyStore() = default;

  // Stores a new key; an error when its id is taken (or the store fails).
  virtual std::optional<core::Error> insert(const VirtualKey& key) = 0;
  // The key with `id`, revoked ones included; nullopt when there is none.
  virtual core::Expected<std::optional<VirtualKey>> find(std::string_view id) = 0;
  // Every key, revoked ones included, oldest first.
  virtual core::Expected<std::vector<VirtualKey>> list() = 0;
  // Marks the key revoked at `now_ms` (once: a second revoke keeps the first
  // time). False when there is no such key.
  virtual core::Expected<bool> revoke(std::string_view id, std::int64_t now_ms) = 0;
  // Replaces the key's salt and digest (the old secret stops working).
  // False when there is no such key or it is revoked.
  virtual core::Expected<bool> replace_secret(std::string_view id, const Salt& salt,
                                              const Digest& digest, std::int64_t now_ms) = 0;
  // A number that changes whenever a key changes, whichever process changed
  // it: a cache reloads when it differs from the one it loaded at.
  virtual core::Expected<std::int64_t> version() = 0;
};

}  // namespace switchyard::keys
