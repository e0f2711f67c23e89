#include "switchyard/cli/keys_command.hpp"

#include <chrono>
#include <cstdio>
#include <iostream>

#include "switchyard/config/config.hpp"
#include "switchyard/gateway/admin_keys.hpp"
#include "switchyard/gateway/stores.hpp"
#include "switchyard/keys/expiry.hpp"
#include "switchyard/keys/key_json.hpp"

namespace switchyard::cli {
namespace {

std::int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string or_dash(const std::string& s) {
  return s.empty() ? "-" : s;
}

std::string limit(std::int64_t n) {
  return n == 0 ? "-" : std::to_string(n);
}

void print_key(const keys::VirtualKey& k, std::int64_t now) {
  const keys::KeyPolicy& p = k.policy;
  std::string models;
  for (const auto& m : p.models) models += (models.empty() ? "" : ",") + m;
  std::cout << "id:               " << k.id << "\n"
            << "status:           " << keys::key_status(k, now) << "\n"
            << "team:             " << p.team << "\n"
            << "name:             " << or_dash(p.name) << "\n"
            << "models:           " << (models.empty() ? "all" : models) << "\n"
            << "max_cloud_class:  " << or_dash(p.max_cloud_class) << "\n"
            << "default_class:    " << or_dash(p.default_class) << "\n"
            << "rpm:              " << limit(p.rpm) << "\n"
            << "tpm:              " << limit(p.tpm) << "\n"
            << "max_concurrent:   " << limit(p.max_concurrent) << "\n"
            << "expires_at:       "
            << (p.expires_ms ? keys::format_utc_time(p.expires_ms) : "never") << "\n"
            << "budget_day_usd:   " << p.budget_day_usd
            << (p.budget_day_usd > 0 ? "\n" : " (none)\n")
            << "budget_month_usd: " << p.budget_month_usd
            << (p.budget_month_usd > 0 ? "\n" : " (none)\n")
            << "created_at:       " << keys::format_utc_time(k.created_ms) << "\n";
  if (k.rotated_ms)
    std::cout << "rotated_at:       " << keys::format_utc_time(k.rotated_ms) << "\n";
  if (k.revoked_ms)
    std::cout << "revoked_at:       " << keys::format_utc_time(k.revoked_ms) << "\n";
}

void print_secret(const keys::CreatedKey& c) {
  std::cout << "\nkey: " << c.secret
            << "\n\nThis is the only time the key is shown: the gateway keeps a salted hash of it, "
               "not the key. Store it now.\n";
}

int fail(const std::string& verb, const core::Error& e) {
  std::cerr << "switchyard keys " << verb << ": " << e.message << "\n";
  return e.status == 404 ? 3 : e.status >= 500 ? 2 : 1;
}

int run(const KeysCommand& cmd, const std::string& verb) {
  auto loaded = config::load_config_file(cmd.config_path);
  if (!loaded.config) {
    for (const auto& p : loaded.problems) std::cerr << p.to_string() << "\n";
    return 2;
  }
  const config::Config& cfg = *loaded.config;
  auto opened = gateway::open_key_store(cfg.keys);  // SQLite, or PostgreSQL beside the ledger
  if (!opened) return fail(verb, opened.error());
  keys::KeyStore& store = **opened;
  const std::int64_t now = now_ms();

  if (verb == "list") {
    auto list = store.list();
    if (!list) return fail(verb, list.error());
    if (cmd.json) {
      std::cout << keys::key_list_json(*list, now) << "\n";
      return 0;
    }
    std::printf("%-12s  %-8s  %-16s  %-20s  %6s  %8s  %4s  %s\n", "ID", "STATUS", "TEAM", "NAME",
                "RPM", "TPM", "CONC", "MODELS");
    for (const auto& k : *list) {
      std::string models;
      for (const auto& m : k.policy.models) models += (models.empty() ? "" : ",") + m;
      std::printf("%-12s  %-8s  %-16s  %-20s  %6s  %8s  %4s  %s\n", k.id.c_str(),
                  keys::key_status(k, now), k.policy.team.c_str(), or_dash(k.policy.name).c_str(),
                  limit(k.policy.rpm).c_str(), limit(k.policy.tpm).c_str(),
                  limit(k.policy.max_concurrent).c_str(), models.empty() ? "all" : models.c_str());
    }
    return 0;
  }
  if (verb == "create") {
    keys::KeyPolicy p;
    p.team = cmd.team;
    p.name = cmd.name;
    p.models = cmd.models;
    p.max_cloud_class = cmd.max_cloud_class;
    p.default_class = cmd.default_class;
    p.rpm = cmd.rpm;
    p.tpm = cmd.tpm;
    p.max_concurrent = cmd.max_concurrent;
    p.budget_day_usd = cmd.budget_day_usd;
    p.budget_month_usd = cmd.budget_month_usd;
    if (!cmd.expires_in.empty()) {
      const auto d = keys::parse_duration_ms(cmd.expires_in);
      if (!d)
        return fail(
            verb, core::Error::invalid("--expires-in must be a duration such as 30d, 12h or 90m"));
      p.expires_ms = now + *d;
    } else if (!cmd.expires_at.empty()) {
      const auto t = keys::parse_utc_time_ms(cmd.expires_at);
      if (!t)
        return fail(verb, core::Error::invalid(
                              "--expires-at must be a UTC time such as 2027-01-31T00:00:00Z or a "
                              "date such as 2027-01-31"));
      p.expires_ms = *t;
    }
    auto created = keys::create_key(store, p, gateway::key_vocabulary(cfg), now);
    if (!created) return fail(verb, created.error());
    if (cmd.json) {
      std::cout << keys::key_json(created->key, now, created->secret) << "\n";
      return 0;
    }
    print_key(created->key, now);
    print_secret(*created);
    return 0;
  }
  if (verb == "rotate") {
    auto rotated = keys::rotate_key(store, cmd.id, now);
    if (!rotated) return fail(verb, rotated.error());
    if (cmd.json) {
      std::cout << keys::key_json(rotated->key, now, rotated->secret) << "\n";
      return 0;
    }
    print_key(rotated->key, now);
    print_secret(*rotated);
    std::cout << "The old key stops working within keys.refresh_ms on a running gateway.\n";
    return 0;
  }
  auto key =
      verb == "revoke" ? keys::revoke_key(store, cmd.id, now) : keys::find_key(store, cmd.id);
  if (!key) return fail(verb, key.error());
  if (cmd.json)
    std::cout << keys::key_json(*key, now) << "\n";
  else
    print_key(*key, now);
  return 0;
}

}  // namespace

void add_keys_commands(CLI::App& app, KeysCommand& cmd) {
  auto* keys_cmd = app.add_subcommand("keys", "Virtual keys: create, list, show, revoke, rotate");
  keys_cmd->require_subcommand(1);
  auto common = [&](CLI::App* sub) {
    sub->add_option("-c,--config", cmd.config_path, "Configuration file (YAML)");
    sub->add_flag("--json", cmd.json, "JSON, as the admin API answers");
  };
  cmd.create = keys_cmd->add_subcommand("create", "Create a key (shown once)");
  common(cmd.create);
  cmd.create->add_option("--team", cmd.team, "The team the key belongs to")->required();
  cmd.create->add_option("--name", cmd.name, "A label for people, e.g. hr-chatbot");
  cmd.create->add_option("--models", cmd.models, "Model aliases it may use (default: all)")
      ->delimiter(',');
  cmd.create->add_option("--max-cloud-class", cmd.max_cloud_class,
                         "Highest data class it may send to a cloud deployment");
  cmd.create->add_option("--default-class", cmd.default_class,
                         "Every request is at least this data class");
  cmd.create->add_option("--rpm", cmd.rpm, "Requests per minute (0: no limit)");
  cmd.create->add_option("--tpm", cmd.tpm, "Tokens per minute (0: no limit)");
  cmd.create->add_option("--max-concurrent", cmd.max_concurrent,
                         "Requests in flight at once (0: no limit)");
  auto* in = cmd.create->add_option("--expires-in", cmd.expires_in, "e.g. 30d, 12h, 90m");
  cmd.create->add_option("--expires-at", cmd.expires_at, "e.g. 2027-01-31 or 2027-01-31T00:00:00Z")
      ->excludes(in);
  cmd.create->add_option("--budget-day", cmd.budget_day_usd,
                         "Spend cap in USD per UTC day (0: none; docs/cost.md)");
  cmd.create->add_option("--budget-month", cmd.budget_month_usd,
                         "Spend cap in USD per UTC month (0: none)");
  cmd.list = keys_cmd->add_subcommand("list", "Every key, revoked ones included");
  common(cmd.list);
  cmd.show = keys_cmd->add_subcommand("show", "One key");
  cmd.revoke = keys_cmd->add_subcommand("revoke", "Revoke a key (it stops working)");
  cmd.rotate = keys_cmd->add_subcommand("rotate", "A new secret for a key (the old one stops)");
  for (CLI::App* sub : {cmd.show, cmd.revoke, cmd.rotate}) {
    common(sub);
    sub->add_option("id", cmd.id, "The key's id (12 hex digits; `keys list` shows them)")
        ->required();
  }
}

int run_keys_command(const KeysCommand& cmd) {
  for (auto [sub, verb] :
       {std::pair{cmd.create, "create"}, std::pair{cmd.list, "list"}, std::pair{cmd.show, "show"},
        std::pair{cmd.revoke, "revoke"}, std::pair{cmd.rotate, "rotate"}})
    if (sub && sub->parsed()) return run(cmd, verb);
  return -1;
}

}  // namespace switchyard::cli
