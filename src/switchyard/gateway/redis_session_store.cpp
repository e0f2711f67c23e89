#include "switchyard/gateway/redis_session_store.hpp"

#include <charconv>

namespace switchyard::gateway {
namespace {

// KEYS: the session. ARGV: level, ttl (ms). The higher of the stored and
// the new level, expiring ttl from now; returns it.
const char* const kRemember = R"lua(
local cur = tonumber(redis.call('GET', KEYS[1]) or '-1') or -1
local level = tonumber(ARGV[1])
if cur > level then level = cur end
redis.call('SET', KEYS[1], level, 'PX', tonumber(ARGV[2]))
return level
)lua";

constexpr int kTopLevel = static_cast<int>(privacy::kDataClassCount) - 1;

}  // namespace

core::Expected<std::unique_ptr<RedisSessionStore>> RedisSessionStore::open(
    const limits::RedisOptions& redis, std::string prefix) {
  auto client = limits::RedisClient::connect(redis);
  if (!client) return client.error();
  return std::unique_ptr<RedisSessionStore>(
      new RedisSessionStore(std::move(*client), std::move(prefix)));
}

RedisSessionStore::RedisSessionStore(std::unique_ptr<limits::RedisClient> redis, std::string prefix)
    : redis_(std::move(redis)),
      prefix_(std::move(prefix)),
      remember_(limits::RedisClient::script(kRemember)) {}

std::string RedisSessionStore::redis_key(std::string_view key) const {
  return prefix_ + "session:" + std::string(key);
}

core::Expected<std::optional<privacy::DataClass>> RedisSessionStore::recall(std::string_view key) {
  const std::string k = redis_key(key);
  auto reply = redis_->command({"GET", k});
  if (!reply) return reply.error();
  if (reply->type == limits::RedisReply::Type::nil) return std::optional<privacy::DataClass>{};
  int level = -1;
  const std::string& t = reply->text;
  const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), level);
  if (reply->type != limits::RedisReply::Type::text || ec != std::errc() ||
      end != t.data() + t.size() || level < 0 || level > kTopLevel)
    return core::Error::internal(redis_->where() +
                                 " holds a session mark that is not a class level");
  return std::optional<privacy::DataClass>{static_cast<privacy::DataClass>(level)};
}

std::optional<core::Error> RedisSessionStore::remember(std::string_view key,
                                                       privacy::DataClass level,
                                                       std::chrono::milliseconds ttl) {
  const std::string k = redis_key(key);
  const std::string l = std::to_string(static_cast<int>(level));
  const std::string ms = std::to_string(ttl.count());
  auto reply = redis_->eval(remember_, {k}, {l, ms});
  if (!reply) return std::move(reply.error());
  return std::nullopt;
}

}  // namespace switchyard::gateway
