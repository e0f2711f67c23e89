// `switchyard models`: what the model store holds, read from each file's GGUF
// header (architecture, quantization, parameters, context length).
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace switchyard::cli {

struct ModelsCommand {
  CLI::App* cmd = nullptr;
  std::string store;
  bool json = false;
};

void add_models_command(CLI::App& app, ModelsCommand& cmd);
// Runs it when it was chosen; returns the exit code, or -1 when it was not.
int run_models_command(const ModelsCommand& cmd);

}  // namespace switchyard::cli
