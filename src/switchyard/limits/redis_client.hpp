// A small synchronous Redis client (hiredis) for the shared limit counters:
// a pool of connections any thread borrows for one command, Lua scripts run
// by their SHA-1 (loaded again when the server has forgotten them, after a
// restart), and a short timeout on every command.
//
// Calls block the calling thread for one round trip (~0.1 ms on a LAN):
// the reserve stage decides synchronously, so the io thread waits for the
// counters it needs. When Redis cannot be reached the client stops trying
// for `retry_after_failure`, so a down Redis costs each request nothing
// more than an immediate error (the store then fails closed or open, as
// configured) rather than a connect timeout.
//
// Errors name the server as "Redis at host:port"; the URL's password never
// appears in one.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "switchyard/core/error.hpp"

struct redisContext;
struct redisReply;

namespace switchyard::limits {

// "redis://[[user]:password@]host[:port][/db]" read apart.
struct RedisAddress {
  std::string host = "127.0.0.1";
  int port = 6379;
  std::string user;
  std::string password;
  int db = 0;
  // nullopt-like: the error says what is wrong with the text (without it).
  static core::Expected<RedisAddress> parse(std::string_view url);
  std::string where() const;  // "Redis at host:port"
};

// A reply, kept as the parts the stores read.
struct RedisReply {
  enum class Type { nil, integer, text, array, status } type = Type::nil;
  std::int64_t integer = 0;
  std::string text;
  std::vector<RedisReply> items;
};

struct RedisOptions {
  std::string url;
  std::chrono::milliseconds timeout{100};  // connect and each command
  std::chrono::milliseconds retry_after_failure{1000};
};

class RedisClient {
 public:
  // Parses the URL and connects once (an error when Redis is not there:
  // the gateway does not start against a wrong address).
  static core::Expected<std::unique_ptr<RedisClient>> connect(const RedisOptions& options);
  ~RedisClient();
  RedisClient(const RedisClient&) = delete;
  RedisClient& operator=(const RedisClient&) = delete;

  // One command, e.g. {"PING"}. Any thread.
  core::Expected<RedisReply> command(const std::vector<std::string_view>& args);

  // A Lua script registered once; eval() runs it by its SHA-1.
  struct Script {
    std::string source;
    std::string sha1;  // hex, computed locally
  };
  static Script script(std::string source);
  core::Expected<RedisReply> eval(const Script& s, const std::vector<std::string_view>& keys,
                                  const std::vector<std::string_view>& args);

  const std::string& where() const { return where_; }
  // Commands sent so far (each one round trip; a NOSCRIPT retry is two).
  std::uint64_t round_trips() const { return round_trips_.load(std::memory_order_relaxed); }

 private:
  RedisClient(RedisAddress address, RedisOptions options);
  // A connection from the pool, or a new one.
  core::Expected<redisContext*> take();
  void give_back(redisContext* c);
  core::Expected<redisContext*> open_connection();

  RedisAddress address_;
  RedisOptions options_;
  std::string where_;
  std::mutex mu_;
  std::vector<redisContext*> idle_;
  // Until then, no new connection is tried (steady_clock ticks).
  std::atomic<std::int64_t> down_until_{0};
  std::atomic<std::uint64_t> round_trips_{0};
};

}  // namespace switchyard::limits
