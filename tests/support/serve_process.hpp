// A gateway replica as a process of its own: the real `switchyard serve`
// binary (posix_spawn) on a config file, with this process's environment
// plus the variables the config names. It is killed with SIGKILL, as a
// crashed machine would lose it: no shutdown, no flush. (A fork of a
// multi-threaded test without exec could deadlock in the child on a lock
// another thread held, as it did under ASan.)
#pragma once

#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <string>
#include <vector>

#include "support/http_client.hpp"
#include "support/paths.hpp"

namespace switchyard::testing {

class ServeProcess {
 public:
  ~ServeProcess() { kill_now(); }

  // Starts the binary with `vars` ("NAME=value") added to the environment
  // and waits (bounded) for its "listening" line.
  void start(const std::string& config_path, const std::vector<std::string>& vars) {
    const std::string bin = switchyard::testing::binary_dir() + "/switchyard";
    ASSERT_EQ(::access(bin.c_str(), X_OK), 0) << bin << " is missing; build `switchyard` first";
    std::vector<std::string> all;
    for (char** e = environ; *e; ++e) all.emplace_back(*e);
    all.insert(all.end(), vars.begin(), vars.end());
    std::vector<char*> envp;
    for (auto& v : all) envp.push_back(v.data());
    envp.push_back(nullptr);
    std::vector<std::string> args = {bin, "serve", "-c", config_path};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    const int rc = ::posix_spawn(&pid_, bin.c_str(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    out_ = fds[0];
    ASSERT_EQ(rc, 0) << std::strerror(rc);
    std::string line;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (line.find('\n') == std::string::npos) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
          deadline - std::chrono::steady_clock::now());
      ASSERT_GT(left.count(), 0) << "no listening line within 60 s; got: " << line;
      pollfd p{out_, POLLIN, 0};
      ASSERT_GE(::poll(&p, 1, static_cast<int>(left.count())), 0);
      char buf[256];
      const ssize_t n = ::read(out_, buf, sizeof buf);
      ASSERT_GT(n, 0) << "switchyard exited before listening; got: " << line;
      line.append(buf, static_cast<std::size_t>(n));
    }
    const std::string prefix = "switchyard listening on http://127.0.0.1:";
    ASSERT_EQ(line.rfind(prefix, 0), 0u) << line;
    port_ = static_cast<std::uint16_t>(std::stoi(line.substr(prefix.size())));
  }

  // SIGKILL; the wait status.
  int kill_now() {
    if (out_ >= 0) ::close(out_);
    out_ = -1;
    if (pid_ <= 0) return 0;
    ::kill(pid_, SIGKILL);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
    return status;
  }

  TestResponse post(const std::string& target, const std::string& body,
                    std::vector<std::pair<std::string, std::string>> headers) const {
    return http_request(port_, http::bhttp::verb::post, target, body, std::move(headers));
  }

 private:
  pid_t pid_ = -1;
  int out_ = -1;
  std::uint16_t port_ = 0;
};

}  // namespace switchyard::testing
