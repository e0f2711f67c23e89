// `switchyard pull SOURCE`: downloads a GGUF model into the model store,
// resuming an interrupted download and checking the SHA-256 the source
// publishes (docs/local-inference.md, "Getting models").
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace switchyard::cli {

struct PullCommand {
  CLI::App* cmd = nullptr;
  std::string source;  // hf:owner/repo[@rev]/file.gguf or an http(s) URL
  std::string store;   // --store; empty: environment, then the default
  std::string output;  // --output: file name in the store
  std::string sha256;  // --sha256: expected digest
  int retries = 3;     // automatic resumes after a broken transfer
  int timeout = 60;    // seconds without a byte before a connection counts as broken
  bool force = false;
  bool quiet = false;
};

void add_pull_command(CLI::App& app, PullCommand& cmd);
// Runs it when it was chosen; returns the exit code, or -1 when it was not.
int run_pull_command(const PullCommand& cmd);

}  // namespace switchyard::cli
