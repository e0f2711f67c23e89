// `switchyard` command: serve the gateway, or check a configuration file.
#include <pthread.h>
#include <signal.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>

#include "switchyard/cli/audit_command.hpp"
#include "switchyard/cli/keys_command.hpp"
#include "switchyard/cli/models_command.hpp"
#include "switchyard/cli/pii_command.hpp"
#include "switchyard/cli/plan_command.hpp"
#include "switchyard/cli/pull_command.hpp"
#include "switchyard/cli/replay_command.hpp"
#include "switchyard/cli/report_command.hpp"
#include "switchyard/cli/route_command.hpp"
#include "switchyard/cli/router_command.hpp"
#include "switchyard/config/config.hpp"
#include "switchyard/gateway/gateway.hpp"
#include "switchyard/http/fd_limit.hpp"
#include "switchyard/routing/difficulty_setup.hpp"

namespace {

using namespace switchyard;

int print_problems(const config::LoadResult& r) {
  for (const auto& p : r.problems) std::cerr << p.to_string() << "\n";
  std::cerr << r.problems.size() << (r.problems.size() == 1 ? " problem" : " problems")
            << " found.\n";
  return 1;
}

// host:port or [v6]:port
bool apply_listen(const std::string& listen, config::ServerConfig& s) {
  auto colon = listen.rfind(':');
  if (colon == std::string::npos) return false;
  std::string host = listen.substr(0, colon);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
    host = host.substr(1, host.size() - 2);
  try {
    int port = std::stoi(listen.substr(colon + 1));
    if (port < 0 || port > 65535 || host.empty()) return false;
    s.host = host;
    s.port = static_cast<std::uint16_t>(port);
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

int serve(const std::string& config_path, const std::string& listen) {
  auto loaded = routing::load_config_with_difficulty(config_path);
  if (!loaded.config) return print_problems(loaded);
  config::Config cfg = std::move(*loaded.config);
  if (!listen.empty() && !apply_listen(listen, cfg.server)) {
    std::cerr << "--listen must be HOST:PORT, e.g. 127.0.0.1:8080 (got '" << listen << "')\n";
    return 2;
  }

  // Block the stop signals and SIGHUP (reload) before any thread starts, so
  // every worker inherits the mask and only this thread receives them,
  // through sigwait.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  signal(SIGPIPE, SIG_IGN);

  // Every connection is a descriptor: start from the hard limit, not the
  // soft one the shell gave (often 1,024), and say what it is.
  const http::FdLimit fds = http::raise_fd_limit();
  std::cerr << "switchyard: file descriptor limit " << fds.soft;
  if (fds.soft != fds.before) std::cerr << " (raised from " << fds.before << ")";
  std::cerr << "\n";
  if (fds.soft < 4096)
    std::cerr << "switchyard: warning: a file descriptor limit of " << fds.soft
              << " caps open connections well below that; raise the hard limit (ulimit -Hn, "
                 "LimitNOFILE= under systemd)\n";

  std::unique_ptr<gateway::Gateway> owned;
  try {
    owned = std::make_unique<gateway::Gateway>(std::move(cfg));
  } catch (const std::exception& e) {
    std::cerr << "switchyard: cannot start: " << e.what() << "\n";
    return 1;
  }
  gateway::Gateway& gw = *owned;
  for (const auto& w : gw.warnings()) std::cerr << "switchyard: warning: " << w << "\n";
  if (!gw.config().keys.required)
    std::cerr << "switchyard: the gateway is open: requests without a virtual key are served as "
                 "anonymous callers (keys.required: false; set it to true to require a key, "
                 "docs/keys.md)\n";
  http::Server server(gw.server_options(), [&gw](http::Request& req, http::ResponseWriter& out) {
    return gw.handle(req, out);
  });
  try {
    server.start();
  } catch (const std::exception& e) {
    std::cerr << "switchyard: cannot listen on " << gw.config().server.host << ":"
              << gw.config().server.port << ": " << e.what() << "\n";
    return 1;
  }
  const auto& host = gw.config().server.host;
  std::cout << "switchyard listening on http://"
            << (host.find(':') != std::string::npos ? "[" + host + "]" : host) << ":"
            << server.port() << std::endl;

  // SIGHUP: the file is read again; a valid one serves new requests, an
  // invalid one is refused with its problems and the running one stays.
  int sig = 0;
  for (;;) {
    sigwait(&stop_signals, &sig);
    if (sig != SIGHUP) break;
    gateway::log_reload("SIGHUP", gw.reload_file(config_path));
  }
  std::cerr << "switchyard: " << (sig == SIGINT ? "SIGINT" : "SIGTERM")
            << " received; draining in-flight requests\n";
  gw.set_ready(false);
  gw.drain_blocking_work();  // admin reads and reloads post their end to an io thread
  const std::size_t left = server.shutdown(gw.config().server.shutdown_timeout);
  if (left > 0)
    std::cerr << "switchyard: shutdown timeout reached with " << left
              << " connection(s) still open\n";
  std::cerr << "switchyard: stopped\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Switchyard: one OpenAI-compatible endpoint in front of local and cloud models"};
  app.require_subcommand(1);

  std::string config_path = "switchyard.yaml";
  std::string listen;
  auto* serve_cmd = app.add_subcommand("serve", "Run the gateway");
  serve_cmd->add_option("-c,--config", config_path, "Configuration file (YAML)");
  serve_cmd->add_option("--listen", listen, "Override server.listen, e.g. 127.0.0.1:0");

  std::string check_path;
  auto* check_cmd = app.add_subcommand("check-config", "Validate a configuration file and exit");
  check_cmd->add_option("file", check_path, "Configuration file (YAML)")->required();

  cli::AuditCommand audit;
  cli::add_audit_commands(app, audit);
  cli::ReportCommand report;
  cli::add_report_commands(app, report);
  cli::KeysCommand keys;
  cli::add_keys_commands(app, keys);
  cli::add_pii_commands(app);   // runs from its own callbacks during parsing
  cli::add_route_command(app);  // likewise
  cli::PullCommand pull;
  cli::add_pull_command(app, pull);
  cli::ModelsCommand models;
  cli::add_models_command(app, models);
  cli::RouterCommand router;
  cli::add_router_commands(app, router);
  cli::PlanCommand plan;
  cli::add_plan_command(app, plan);
  cli::ReplayCommand replay;
  cli::add_replay_command(app, replay);

  CLI11_PARSE(app, argc, argv);

  if (const int rc = cli::run_audit_command(audit); rc >= 0) return rc;
  if (const int rc = cli::run_report_command(report); rc >= 0) return rc;
  if (const int rc = cli::run_keys_command(keys); rc >= 0) return rc;
  if (const int rc = cli::run_pull_command(pull); rc >= 0) return rc;
  if (const int rc = cli::run_models_command(models); rc >= 0) return rc;
  if (const int rc = cli::run_router_command(router); rc >= 0) return rc;
  if (const int rc = cli::run_plan_command(plan); rc >= 0) return rc;
  if (const int rc = cli::run_replay_command(replay); rc >= 0) return rc;

  if (*serve_cmd) return serve(config_path, listen);
  if (*check_cmd) {
    auto r = routing::load_config_with_difficulty(check_path);
    if (!r.config) return print_problems(r);
    std::cout << check_path << ": OK (" << r.config->providers.size() << " providers, "
              << r.config->models.size() << " models)\n";
    return 0;
  }
  return 0;
}
