// Privacy sessions (x-switchyard-session): a conversation that carried
// restricted data stays restricted for a while, even once its client drops
// the messages that held the data. The answers it got were made with that
// data in context, and the next turn carries them (or their gist) where the
// detector cannot tell; so its later requests are classed at least as high
// until the session has been quiet for `ttl`.
//
// A session is named by the client, so it is kept per caller: the store's
// key is a SHA-256 over the caller (its key fingerprint) and the session id,
// never the id itself. One caller can neither taint nor read another's
// session, and the raw id is stored nowhere.
//
// A store remembers, per key, the highest class seen and when it expires;
// remembering again raises the class (never lowers it) and starts the time
// again. Stores: InMemorySessionStore (one machine) and the gateway's Redis
// one (replicas share it). A store that cannot be read says so, and the
// caller classes the request as restricted: fail closed.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "switchyard/core/error.hpp"
#include "switchyard/privacy/data_class.hpp"

namespace switchyard::privacy {

inline constexpr std::size_t kMaxSessionIdLength = 128;

// 1 to 128 characters of A-Z, a-z, 0-9, '.', '_', ':' and '-'.
bool valid_session_id(std::string_view id);

// The store's key for session `id` of `caller`: 64 hex digits of a
// domain-separated SHA-256 (tag, caller, id, each length-prefixed).
std::string session_key(std::string_view caller, std::string_view id);

class SessionStore {
 public:
  virtual ~SessionStore() = default;

  // The class remembered for `key`, nullopt when none is (or it expired);
  // an Error when the store could not be read.
  virtual core::Expected<std::optional<DataClass>> recall(std::string_view key) = 0;
  // Remembers `level` for `key` for `ttl` from now: the higher of it and
  // what is remembered already. nullopt when done; the Error otherwise.
  virtual std::optional<core::Error> remember(std::string_view key, DataClass level,
                                              std::chrono::milliseconds ttl) = 0;
};

}  // namespace switchyard::privacy
