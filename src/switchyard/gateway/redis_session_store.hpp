// The privacy sessions' store for several replicas: each session's mark in
// the limits' Redis (its URL and timeout; connections of its own), so a
// session marked on one replica is raised on every other.
//
//   <prefix>session:<session_key>   the class level (0-3), expiring ttl
//                                   after the session was last marked
//
// A mark is written by a Lua script (atomic): the higher of the stored and
// the new level, and the expiry from now. A Redis that cannot be reached,
// or answers what is not a mark, is an error: the request is then classed
// restricted (fail closed, whatever limits.on_unavailable says).
#pragma once

#include <memory>
#include <string>

#include "switchyard/limits/redis_client.hpp"
#include "switchyard/privacy/session_store.hpp"

namespace switchyard::gateway {

class RedisSessionStore final : public privacy::SessionStore {
 public:
  // Connects (an error when Redis cannot be reached). `prefix`: the
  // limits' (e.g. "switchyard:limits:"); keys go under <prefix>session:.
  static core::Expected<std::unique_ptr<RedisSessionStore>> open(const limits::RedisOptions& redis,
                                                                 std::string prefix);

  core::Expected<std::optional<privacy::DataClass>> recall(std::string_view key) override;
  std::optional<core::Error> remember(std::string_view key, privacy::DataClass level,
                                      std::chrono::milliseconds ttl) override;

 private:
  RedisSessionStore(std::unique_ptr<limits::RedisClient> redis, std::string prefix);
  std::string redis_key(std::string_view key) const;

  std::unique_ptr<limits::RedisClient> redis_;
  const std::string prefix_;
  const limits::RedisClient::Script remember_;
};

}  // namespace switchyard::gateway
