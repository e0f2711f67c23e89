// `switchyard keys create|list|show|revoke|rotate`: virtual keys in the key
// store the configuration names (keys.path, by default the ledger's
// database), beside a running gateway or without one; a running gateway
// sees the change within keys.refresh_ms. The same operations as the admin
// API's /admin/keys (keys/key_lifecycle.hpp), the same JSON with --json.
#pragma once

#include <CLI/CLI.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace switchyard::cli {

struct KeysCommand {
  CLI::App* create = nullptr;
  CLI::App* list = nullptr;
  CLI::App* show = nullptr;
  CLI::App* revoke = nullptr;
  CLI::App* rotate = nullptr;
  std::string config_path = "switchyard.yaml";
  bool json = false;
  std::string id;  // show, revoke, rotate
  // create
  std::string team, name, max_cloud_class, default_class, expires_in, expires_at;
  std::vector<std::string> models;
  std::int64_t rpm = 0, tpm = 0, max_concurrent = 0;
  double budget_day_usd = 0, budget_month_usd = 0;
};

// Registers `keys <verb>` on `app`.
void add_keys_commands(CLI::App& app, KeysCommand& cmd);
// Runs whichever was chosen; returns the exit code, or -1 when none was.
int run_keys_command(const KeysCommand& cmd);

}  // namespace switchyard::cli
