// The keys a gateway knows, cached from a KeyStore, and the check of a key a
// request presents. Requests never touch the store: they read an immutable
// snapshot (an id → key map) through one atomic shared_ptr load. The
// snapshot is replaced when the store's version changes, which refresh()
// checks (the gateway calls it every `keys.refresh_ms` on a thread of its
// own, and after each change it makes itself), so a key created, revoked or
// rotated by another process (the CLI, another replica) takes effect within
// one refresh interval.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "switchyard/core/error.hpp"
#include "switchyard/keys/key_store.hpp"

namespace switchyard::keys {

enum class KeyCheck {
  ok,
  malformed,  // not shaped like a virtual key
  unknown,    // no key with that id, or the secret does not match
  revoked,
  expired,
};
const char* to_string(KeyCheck c);

struct Authentication {
  KeyCheck check = KeyCheck::unknown;
  std::shared_ptr<const VirtualKey> key;  // set when the id is known (even if refused)
};

class KeyRing {
 public:
  // Loads every key once; an error when the store cannot be read.
  static core::Expected<std::unique_ptr<KeyRing>> load(std::shared_ptr<KeyStore> store);

  // The key `presented` (the whole "sk-sy-..." text) as of the snapshot:
  // its digest is compared in constant time, then revocation and expiry at
  // `now_ms`. Wait-free apart from the SHA-256; safe from any thread.
  Authentication authenticate(std::string_view presented, std::int64_t now_ms) const;

  // Reloads the snapshot when the store's version moved; the error when the
  // store cannot be read (the old snapshot stays).
  std::optional<core::Error> refresh();
  // Reloads whatever the version says (after this process changed a key).
  std::optional<core::Error> reload();

  KeyStore& store() { return *store_; }
  std::size_t size() const;
  // Every key of the snapshot (revoked included), in no order.
  std::vector<std::shared_ptr<const VirtualKey>> keys() const;

 private:
  using Snapshot = std::unordered_map<std::string, std::shared_ptr<const VirtualKey>>;
  explicit KeyRing(std::shared_ptr<KeyStore> store) : store_(std::move(store)) {}

  std::shared_ptr<KeyStore> store_;
  std::atomic<std::shared_ptr<const Snapshot>> snapshot_;
  std::atomic<std::int64_t> version_{-1};
};

}  // namespace switchyard::keys
