// `switchyard route --config FILE [--explain] < request.json`: where the
// gateway would send a request, and why, without calling any model.
#pragma once

namespace CLI {
class App;
}

namespace switchyard::cli {

// Adds the `route` subcommand to `app`. It runs from a CLI11 callback while
// the command line is parsed; exit code 0 when some deployment would be
// tried, 1 when the request would be refused (the output says why), 2 when
// the configuration or the request cannot be read.
void add_route_command(CLI::App& app);

}  // namespace switchyard::cli
