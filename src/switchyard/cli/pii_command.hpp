// `switchyard pii scan` and `switchyard pii eval`: the privacy detector on the
// command line, for trying it on text and for measuring it on labelled data.
#pragma once

namespace CLI {
class App;
}

namespace switchyard::cli {

// Adds the `pii` subcommand and its own subcommands to `app`. They run from
// CLI11 callbacks while the command line is parsed; a failure exits through
// CLI::RuntimeError with its exit code, which CLI11_PARSE returns.
void add_pii_commands(CLI::App& app);

}  // namespace switchyard::cli
