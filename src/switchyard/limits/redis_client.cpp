#include "switchyard/limits/redis_client.hpp"

#include <hiredis/hiredis.h>
#include <openssl/evp.h>

#include <sys/time.h>
#include <charconv>

namespace switchyard::limits {
namespace {

timeval to_timeval(std::chrono::milliseconds ms) {
  timeval tv{};
  tv.tv_sec = static_cast<time_t>(ms.count() / 1000);
  tv.tv_usec = static_cast<suseconds_t>((ms.count() % 1000) * 1000);
  return tv;
}

RedisReply convert(const redisReply* r) {
  RedisReply out;
  switch (r->type) {
    case REDIS_REPLY_INTEGER:
      out.type = RedisReply::Type::integer;
      out.integer = r->integer;
      break;
    case REDIS_REPLY_STRING:
      out.type = RedisReply::Type::text;
      out.text.assign(r->str, r->len);
      break;
    case REDIS_REPLY_STATUS:
      out.type = RedisReply::Type::status;
      out.text.assign(r->str, r->len);
      break;
    case REDIS_REPLY_ARRAY:
      out.type = RedisReply::Type::array;
      for (std::size_t i = 0; i < r->elements; ++i) out.items.push_back(convert(r->element[i]));
      break;
    default:
      break;
  }
  return out;
}

std::int64_t now_ticks() {
  return std::chrono::steady_clock::now().time_since_epoch().count();
}

}  // namespace

core::Expected<RedisAddress> RedisAddress::parse(std::string_view url) {
  RedisAddress a;
  constexpr std::string_view scheme = "redis://";
  if (!url.starts_with(scheme))
    return core::Error::invalid(
        "a Redis URL starts with redis:// (e.g. redis://:PASSWORD@10.0.0.5:6379/0)");
  std::string_view rest = url.substr(scheme.size());
  if (auto at = rest.rfind('@'); at != std::string_view::npos) {
    const std::string_view auth = rest.substr(0, at);
    rest = rest.substr(at + 1);
    const auto colon = auth.find(':');
    if (colon == std::string_view::npos) {
      a.password = std::string(auth);
    } else {
      a.user = std::string(auth.substr(0, colon));
      a.password = std::string(auth.substr(colon + 1));
    }
  }
  if (auto slash = rest.find('/'); slash != std::string_view::npos) {
    const std::string_view db = rest.substr(slash + 1);
    rest = rest.substr(0, slash);
    if (!db.empty()) {
      auto [p, ec] = std::from_chars(db.data(), db.data() + db.size(), a.db);
      if (ec != std::errc() || p != db.data() + db.size() || a.db < 0)
        return core::Error::invalid("the database after the Redis URL's '/' must be a number");
    }
  }
  if (auto colon = rest.rfind(':'); colon != std::string_view::npos) {
    const std::string_view port = rest.substr(colon + 1);
    auto [p, ec] = std::from_chars(port.data(), port.data() + port.size(), a.port);
    if (ec != std::errc() || p != port.data() + port.size() || a.port <= 0 || a.port > 65535)
      return core::Error::invalid("the Redis URL's port must be a number from 1 to 65535");
    rest = rest.substr(0, colon);
  }
  if (!rest.empty()) a.host = std::string(rest);
  return a;
}

std::string RedisAddress::where() const {
  return "Redis at " + host + ":" + std::to_string(port);
}

RedisClient::RedisClient(RedisAddress address, RedisOptions options)
    : address_(std::move(address)), options_(std::move(options)), where_(address_.where()) {}

core::Expected<std::unique_ptr<RedisClient>> RedisClient::connect(const RedisOptions& options) {
  auto address = RedisAddress::parse(options.url);
  if (!address) return address.error();
  std::unique_ptr<RedisClient> client(new RedisClient(std::move(*address), options));
  auto c = client->open_connection();
  if (!c) return c.error();
  client->give_back(*c);
  return client;
}

RedisClient::~RedisClient() {
  for (redisContext* c : idle_) redisFree(c);
}

core::Expected<redisContext*> RedisClient::open_connection() {
  redisContext* c =
      redisConnectWithTimeout(address_.host.c_str(), address_.port, to_timeval(options_.timeout));
  if (!c || c->err) {
    std::string why = c ? c->errstr : "out of memory";
    if (c) redisFree(c);
    return core::Error::internal("cannot connect to " + where_ + ": " + why);
  }
  redisSetTimeout(c, to_timeval(options_.timeout));
  auto setup = [&](std::vector<std::string> args) -> std::optional<core::Error> {
    std::vector<const char*> argv;
    std::vector<std::size_t> lens;
    for (const auto& a : args) {
      argv.push_back(a.data());
      lens.push_back(a.size());
    }
    auto* r = static_cast<redisReply*>(
        redisCommandArgv(c, static_cast<int>(argv.size()), argv.data(), lens.data()));
    std::optional<core::Error> e;
    if (!r)
      e = core::Error::internal(where_ + ": " + c->errstr);
    else if (r->type == REDIS_REPLY_ERROR)
      e = core::Error::internal(where_ + ": " + args[0] +
                                " failed: " + std::string(r->str, r->len));
    if (r) freeReplyObject(r);
    return e;
  };
  std::optional<core::Error> e;
  if (!address_.password.empty())
    e = address_.user.empty() ? setup({"AUTH", address_.password})
                              : setup({"AUTH", address_.user, address_.password});
  if (!e && address_.db != 0) e = setup({"SELECT", std::to_string(address_.db)});
  if (e) {
    redisFree(c);
    return *e;
  }
  return c;
}

core::Expected<redisContext*> RedisClient::take() {
  {
    std::lock_guard lock(mu_);
    if (!idle_.empty()) {
      redisContext* c = idle_.back();
      idle_.pop_back();
      return c;
    }
  }
  if (now_ticks() < down_until_.load(std::memory_order_relaxed))
    return core::Error::internal(where_ + " did not answer a moment ago; not trying again yet");
  auto c = open_connection();
  if (!c)
    down_until_.store(now_ticks() + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                        options_.retry_after_failure)
                                        .count(),
                      std::memory_order_relaxed);
  return c;
}

void RedisClient::give_back(redisContext* c) {
  std::lock_guard lock(mu_);
  idle_.push_back(c);
}

core::Expected<RedisReply> RedisClient::command(const std::vector<std::string_view>& args) {
  auto c = take();
  if (!c) return c.error();
  std::vector<const char*> argv;
  std::vector<std::size_t> lens;
  argv.reserve(args.size());
  lens.reserve(args.size());
  for (std::string_view a : args) {
    argv.push_back(a.data());
    lens.push_back(a.size());
  }
  round_trips_.fetch_add(1, std::memory_order_relaxed);
  auto* r = static_cast<redisReply*>(
      redisCommandArgv(*c, static_cast<int>(argv.size()), argv.data(), lens.data()));
  if (!r) {
    // The connection is broken (timeout, reset): dropped, not pooled.
    core::Error e = core::Error::internal(where_ + ": " + (*c)->errstr);
    redisFree(*c);
    down_until_.store(now_ticks() + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                        options_.retry_after_failure)
                                        .count(),
                      std::memory_order_relaxed);
    return e;
  }
  give_back(*c);
  if (r->type == REDIS_REPLY_ERROR) {
    core::Error e = core::Error::internal(where_ + ": " + std::string(r->str, r->len));
    freeReplyObject(r);
    return e;
  }
  RedisReply out = convert(r);
  freeReplyObject(r);
  return out;
}

RedisClient::Script RedisClient::script(std::string source) {
  // Redis names a script by the SHA-1 of its text.
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  EVP_Digest(source.data(), source.size(), md, &n, EVP_sha1(), nullptr);
  static constexpr char hex[] = "0123456789abcdef";
  std::string sha(2 * n, '0');
  for (unsigned int i = 0; i < n; ++i) {
    sha[static_cast<std::size_t>(2 * i)] = hex[md[i] >> 4];
    sha[static_cast<std::size_t>(2 * i + 1)] = hex[md[i] & 15];
  }
  return {std::move(source), std::move(sha)};
}

core::Expected<RedisReply> RedisClient::eval(const Script& s,
                                             const std::vector<std::string_view>& keys,
                                             const std::vector<std::string_view>& args) {
  const std::string nkeys = std::to_string(keys.size());
  std::vector<std::string_view> argv{"EVALSHA", s.sha1, nkeys};
  argv.insert(argv.end(), keys.begin(), keys.end());
  argv.insert(argv.end(), args.begin(), args.end());
  auto r = command(argv);
  if (r || r.error().message.find("NOSCRIPT") == std::string::npos) return r;
  // A restarted Redis has forgotten the script: send it whole once (EVAL
  // caches it again).
  argv[0] = "EVAL";
  argv[1] = s.source;
  return command(argv);
}

}  // namespace switchyard::limits
