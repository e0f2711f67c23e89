// A real llama-server (built from the same llama.cpp source as the engine)
// serving the tiny random-weight model, as a member of a local pool whose
// other member is a closed port: the gateway answers plain and streamed chat
// through it with usage, and keeps the dead member out.
#ifdef SWITCHYARD_HAVE_LLAMA

#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "support/json_compare.hpp"
#include "support/loopback_gateway.hpp"
#include "support/sse_events.hpp"
#include "support/temp_ledger.hpp"
#include "support/tiny_model.hpp"

#ifndef SWITCHYARD_LLAMA_SERVER
#define SWITCHYARD_LLAMA_SERVER ""
#endif

namespace switchyard::gateway {
namespace {

using namespace std::chrono_literals;
using testing::TestResponse;
namespace bhttp = http::bhttp;

// A port nothing listens on: bound once by the OS, then released.
std::uint16_t free_port() {
  http::net::io_context ioc;
  http::tcp::acceptor a(ioc, {http::net::ip::make_address("127.0.0.1"), 0});
  return a.local_endpoint().port();
}

// llama-server as a child process, killed when this object goes, and by the
// kernel if the test process dies first (PR_SET_PDEATHSIG).
class LlamaServer {
 public:
  ~LlamaServer() {
    stop();
    if (!log_.empty()) std::filesystem::remove(log_);
  }

  void start(const std::string& binary, const std::string& model, std::uint16_t port) {
    log_ = (std::filesystem::temp_directory_path() /
            ("switchyard-llama-server-" + std::to_string(::getpid()) + ".log"))
               .string();
    std::vector<std::string> args = {
        binary, "-m", model, "--host", "127.0.0.1", "--port", std::to_string(port)};
    // One slot of 512 tokens on one thread (a busy 2-core machine); no web UI
    // and no warm-up run, so it is ready sooner.
    for (const char* a :
         {"-c", "512", "-np", "1", "-t", "1", "-tb", "1", "--no-webui", "--no-warmup"})
      args.push_back(a);
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    const pid_t parent = ::getpid();
    pid_ = ::fork();
    if (pid_ == 0) {  // only async-signal-safe calls until exec
      ::prctl(PR_SET_PDEATHSIG, SIGKILL);
      if (::getppid() != parent) ::_exit(127);
      const int fd = ::open(log_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (fd >= 0) {
        ::dup2(fd, 1);
        ::dup2(fd, 2);
      }
      ::execv(argv[0], argv.data());
      ::_exit(127);
    }
  }

  bool running() {
    if (pid_ <= 0) return false;
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      return false;
    }
    return true;
  }

  // SIGTERM, then SIGKILL if it has not gone within 5 s.
  void stop() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGTERM);
    for (int i = 0; i < 500; ++i) {
      if (::waitpid(pid_, nullptr, WNOHANG) == pid_) {
        pid_ = -1;
        return;
      }
      std::this_thread::sleep_for(10ms);
    }
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
    pid_ = -1;
  }

  std::string log_tail() const {
    std::ifstream in(log_);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string all = ss.str();
    return all.size() > 3000 ? all.substr(all.size() - 3000) : all;
  }

 private:
  pid_t pid_ = -1;
  std::string log_;
};

class LlamaServerPoolTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string binary = SWITCHYARD_LLAMA_SERVER;
    if (binary.empty() || !std::filesystem::exists(binary))
      GTEST_SKIP() << "llama-server not found at '" << binary
                   << "' (scripts/build-llama builds it); the real-server pool test is skipped";
    llama_port_ = free_port();
    dead_port_ = free_port();
    llama_.start(binary, local::testing::tiny_model_path(), llama_port_);
    // Ready when /health answers 200 (503 while the model loads).
    const auto until = std::chrono::steady_clock::now() + 45s;
    for (;;) {
      ASSERT_TRUE(llama_.running()) << "llama-server exited:\n" << llama_.log_tail();
      try {
        if (testing::http_request(llama_port_, bhttp::verb::get, "/health").status == 200) break;
      } catch (const std::exception&) {
        // not listening yet
      }
      ASSERT_LT(std::chrono::steady_clock::now(), until) << "llama-server not ready within 45 s:\n"
                                                         << llama_.log_tail();
      std::this_thread::sleep_for(50ms);
    }

    // The dead member first, so the first request is sent its way.
    const std::string yaml =
        testing::loopback_server_yaml() +
        "providers:\n"
        "  - name: llama-pool\n    kind: openai_compatible\n"
        "    endpoints:\n"
        "      - " +
        dead() + "\n      - " + live() +
        "\n"
        "    connect_timeout_ms: 1000\n    timeout_ms: 60000\n"
        "    health_check: { interval_ms: 200, timeout_ms: 2000, unhealthy_after: 2 }\n"
        "models:\n"
        "  - alias: local\n    deployments:\n"
        "      - { provider: llama-pool, model: tiny, side: local }\n"
        "routing:\n  retry: { max_attempts: 2, initial_backoff_ms: 1, max_backoff_ms: 5 }\n" +
        ledger_.yaml();
    gw_.start(yaml, nullptr, "llama-pool.yaml");
  }

  void TearDown() override {
    gw_.stop();
    llama_.stop();
  }

  std::string live() const { return "http://127.0.0.1:" + std::to_string(llama_port_) + "/v1"; }
  std::string dead() const { return "http://127.0.0.1:" + std::to_string(dead_port_) + "/v1"; }

  std::string metrics() { return gw_.get("/metrics").body; }
  static std::string series(const std::string& name, const std::string& endpoint) {
    std::string s = name;
    s += "{provider=\"llama-pool\",endpoint=\"";
    s += endpoint;
    s += "\"} ";
    return s;
  }

  static std::string body(const std::string& extra) {
    return R"({"model":"local","messages":[{"role":"system","content":"be brief"},)"
           R"({"role":"user","content":"hello from the pool"}],"max_tokens":8,"seed":3)" +
           extra + "}";
  }

  LlamaServer llama_;
  std::uint16_t llama_port_ = 0;
  std::uint16_t dead_port_ = 0;
  testing::TempLedger ledger_{"switchyard-llama-pool"};
  testing::LoopbackGateway gw_;
};

TEST_F(LlamaServerPoolTest, ServesPlainAndStreamedChatThroughTheLiveMember) {
  // Plain.
  TestResponse r = gw_.post("/v1/chat/completions", body(""));
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-side"), "local");
  EXPECT_EQ(r.header("x-switchyard-deployment"), "llama-pool/tiny");
  const testing::Parsed a(r.body);
  EXPECT_EQ(testing::str(a["/object"]), "chat.completion");
  ASSERT_TRUE(a.has("/choices/0")) << r.body;
  EXPECT_EQ(testing::str(a["/choices/0/message/role"]), "assistant");
  ASSERT_TRUE(a.has("/usage/prompt_tokens") && a.has("/usage/completion_tokens")) << r.body;
  const double prompt = double(a["/usage/prompt_tokens"]);
  const double completion = double(a["/usage/completion_tokens"]);
  EXPECT_GT(prompt, 5);
  EXPECT_GE(completion, 1);
  EXPECT_LE(completion, 8);
  EXPECT_EQ(double(a["/usage/total_tokens"]), prompt + completion);

  // Streamed, with usage at the end.
  TestResponse s = gw_.post("/v1/chat/completions",
                            body(R"(,"stream":true,"stream_options":{"include_usage":true})"));
  ASSERT_EQ(s.status, 200u) << s.body;
  EXPECT_EQ(s.header("content-type"), "text/event-stream");
  EXPECT_EQ(s.header("x-switchyard-side"), "local");
  const auto events = testing::sse_payloads(s.body);
  ASSERT_FALSE(events.empty()) << s.body;
  for (const auto& e : events)
    EXPECT_EQ(testing::str(testing::Parsed(e)["/object"]), "chat.completion.chunk") << e;
  EXPECT_TRUE(testing::ends_with_done(s.body)) << s.body;
  // The usage event: the last before [DONE].
  const testing::Parsed u(events.back());
  ASSERT_TRUE(u.has("/usage/completion_tokens") && u.has("/usage/prompt_tokens")) << s.body;
  EXPECT_GE(double(u["/usage/completion_tokens"]), 1);
  EXPECT_LE(double(u["/usage/completion_tokens"]), 8);
  EXPECT_GT(double(u["/usage/prompt_tokens"]), 5);

  // The dead member is out (by the first attempt or by the probes), the live
  // one in, and nothing is left in flight.
  for (int k = 0; k < 2; ++k) ASSERT_EQ(gw_.post("/v1/chat/completions", body("")).status, 200u);
  const std::string m = metrics();
  EXPECT_NE(m.find(series("switchyard_endpoint_up", dead()) + "0"), std::string::npos) << m;
  EXPECT_NE(m.find(series("switchyard_endpoint_up", live()) + "1"), std::string::npos) << m;
  EXPECT_NE(m.find(series("switchyard_endpoint_outstanding_requests", live()) + "0"),
            std::string::npos)
      << m;
}

}  // namespace
}  // namespace switchyard::gateway

#endif  // SWITCHYARD_HAVE_LLAMA
