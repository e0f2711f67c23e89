// The real PostgreSQL and Redis servers the store tests run against, on
// loopback (tests/support/test-servers starts and stops them).
//
// Under CTest the fixture `test_servers` (tests/CMakeLists.txt) starts them
// once for the whole run and names their directory in SWITCHYARD_TEST_SERVERS;
// a test binary run by hand starts its own on first use, once per process,
// and stops them when the process exits. Tests stay apart by name: each
// PostgreSQL test gets a schema of its own (postgres_schema_url), each Redis
// test its own key prefix.
#pragma once

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <string>

#include "support/paths.hpp"
#include "switchyard/ledger/pg_connection.hpp"

namespace switchyard::testing {

class TestServers {
 public:
  static TestServers& get() {
    static TestServers servers;
    return servers;
  }
  // "" when they could not be started (why() says why).
  const std::string& postgres_url() const { return postgres_url_; }
  const std::string& redis_url() const { return redis_url_; }
  const std::string& why() const { return why_; }

 private:
  TestServers() {
    if (const char* dir = std::getenv("SWITCHYARD_TEST_SERVERS"); dir && *dir && read(dir)) return;
    own_ = (std::filesystem::temp_directory_path() /
            ("switchyard-test-servers-" + std::to_string(::getpid())))
               .string();
    const std::string start = script() + " start " + own_;
    if (std::system(start.c_str()) != 0) {
      why_ = "'" + start + "' failed (see its output above)";
      return;
    }
    if (!read(own_)) why_ = "'" + start + "' wrote no server addresses";
  }
  ~TestServers() {
    if (own_.empty()) return;
    const std::string stop = script() + " stop " + own_ + " >/dev/null 2>&1";
    [[maybe_unused]] int rc = std::system(stop.c_str());
    std::filesystem::remove_all(own_);
  }
  static std::string script() {
    return switchyard::testing::source_dir() + "/tests/support/test-servers";
  }
  bool read(const std::string& dir) {
    std::ifstream pg(dir + "/postgres.url");
    std::ifstream redis(dir + "/redis.url");
    std::getline(pg, postgres_url_);
    std::getline(redis, redis_url_);
    return !postgres_url_.empty() && !redis_url_.empty();
  }

  std::string own_;  // the directory of servers this process started
  std::string postgres_url_;
  std::string redis_url_;
  std::string why_;
};

// A name for this test, unique across processes: letters, digits and '_'.
inline std::string unique_test_name(const std::string& prefix) {
  static std::atomic<int> counter{0};
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string name = prefix + "_" + std::to_string(::getpid()) + "_" +
                     std::to_string(counter.fetch_add(1)) + "_" +
                     (info ? std::string(info->name()) : std::string("none"));
  for (char& c : name)
    c = std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : '_';
  return name.substr(0, 60);  // PostgreSQL names are at most 63 bytes
}

// A URL of the test PostgreSQL whose tables live in a new, empty schema:
// each test sees only its own. A fatal failure when the server is not up.
inline std::string postgres_schema_url(const std::string& prefix = "t") {
  const TestServers& servers = TestServers::get();
  if (servers.postgres_url().empty()) {
    ADD_FAILURE() << "no test PostgreSQL server: " << servers.why();
    return "";
  }
  const std::string schema = unique_test_name(prefix);
  auto db = ledger::PgConnection::open(servers.postgres_url());
  if (!db) {
    ADD_FAILURE() << db.error().message;
    return "";
  }
  if (auto e = (*db)->run(("CREATE SCHEMA " + schema).c_str())) {
    ADD_FAILURE() << e->message;
    return "";
  }
  return servers.postgres_url() + " options='-csearch_path=" + schema + "'";
}

// Runs `sql` on the database `url` names (its schema): the tests' tamperer.
inline void postgres_sql(const std::string& url, const std::string& sql) {
  auto db = ledger::PgConnection::open(url);
  ASSERT_TRUE(db.ok()) << db.error().message;
  auto e = (*db)->run(sql.c_str());
  ASSERT_FALSE(e.has_value()) << e->message;
}

}  // namespace switchyard::testing

namespace switchyard::testing {

// A Redis server of the test's own (on a free loopback port), for tests
// that stop it: the shared one must stay up for the others.
class PrivateRedis {
 public:
  PrivateRedis() {
    dir_ = std::filesystem::temp_directory_path() / unique_test_name("redis");
    std::filesystem::create_directories(dir_);
    for (int attempt = 0; attempt < 5 && url_.empty(); ++attempt) {
      const int port = free_port();
      if (port <= 0) continue;
      const std::string start = "redis-server --port " + std::to_string(port) +
                                " --bind 127.0.0.1 --save '' --appendonly no --daemonize yes" +
                                " --pidfile " + (dir_ / "redis.pid").string() + " --logfile " +
                                (dir_ / "redis.log").string() + " --dir " + dir_.string();
      if (std::system(start.c_str()) != 0) continue;
      const std::string ping = "for i in $(seq 1 100); do [ \"$(redis-cli -p " +
                               std::to_string(port) +
                               " ping 2>/dev/null)\" = PONG ] && exit 0; sleep 0.05; done; exit 1";
      if (std::system(ping.c_str()) == 0) url_ = "redis://127.0.0.1:" + std::to_string(port);
    }
  }
  ~PrivateRedis() {
    stop();
    std::filesystem::remove_all(dir_);
  }
  const std::string& url() const { return url_; }
  // Stops the server and waits until it is gone.
  void stop() {
    std::ifstream pidfile(dir_ / "redis.pid");
    long pid = 0;
    if (!(pidfile >> pid) || pid <= 0) return;
    const std::string kill = "kill " + std::to_string(pid) +
                             " 2>/dev/null; for i in $(seq 1 200); do kill -0 " +
                             std::to_string(pid) + " 2>/dev/null || exit 0; sleep 0.05; done";
    [[maybe_unused]] int rc = std::system(kill.c_str());
    std::filesystem::remove(dir_ / "redis.pid");
  }

 private:
  // A loopback port nothing listens on now (the kernel's pick for port 0).
  static int free_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) return -1;
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    int port = -1;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) == 0)
      port = ntohs(a.sin_port);
    ::close(fd);
    return port;
  }

  std::filesystem::path dir_;
  std::string url_;
};

}  // namespace switchyard::testing
