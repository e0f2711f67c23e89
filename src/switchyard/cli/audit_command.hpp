// `switchyard audit verify` and `switchyard audit report`: the evidence a
// compliance reader asks for, read from the ledger database.
#pragma once

#include <CLI/CLI.hpp>

namespace switchyard::cli {

struct AuditCommand {
  CLI::App* verify = nullptr;
  CLI::App* report = nullptr;
  std::string config_path = "switchyard.yaml";
  std::string db_path;  // overrides the config's ledger.path
  std::string since = "7d";
};

// Registers `audit verify` and `audit report` on `app`.
void add_audit_commands(CLI::App& app, AuditCommand& cmd);
// Runs whichever was chosen; returns the exit code, or -1 when neither was.
int run_audit_command(const AuditCommand& cmd);

}  // namespace switchyard::cli
