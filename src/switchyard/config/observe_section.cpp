// `observe:` — the access log, the teams /metrics gives series of their own,
// and OpenTelemetry traces (docs/observability.md).
#include <filesystem>

#include "switchyard/config/sections.hpp"

namespace switchyard::config {
namespace {

const MapSchema kObserve{
    {"access_log", "access_log_prompts", "teams", "traces"},
    {{"log_prompts", "write access_log_prompts: true"},
     {"tracing", "write traces: {endpoint: http://127.0.0.1:4318/v1/traces}"}}};
const MapSchema kTraces{{"endpoint", "service_name", "interval_ms", "max_batch", "max_queue"}};

// Enough teams for any organisation's dashboard; past it, a label set this
// large defeats its purpose (each team multiplies the series).
constexpr std::size_t kMaxTeams = 200;

void read_access_log(const MapReader& m, const std::string& config_dir, ObserveConfig& out) {
  std::string target;
  if (!m.read_string("access_log", target)) return;
  if (target.empty()) {
    m.report("access_log",
             "must be off, stderr, or the path of a file, e.g. access_log: "
             "/var/log/switchyard/access.log");
    return;
  }
  if (target == "off" || target == "stderr") {
    out.access_log = target;
    return;
  }
  std::filesystem::path p(target);
  if (!p.is_absolute() && !config_dir.empty()) p = std::filesystem::path(config_dir) / p;
  std::error_code ec;
  const std::filesystem::path dir = p.has_parent_path() ? p.parent_path() : ".";
  if (!std::filesystem::is_directory(dir, ec)) {
    m.report("access_log", "names a file in '" + dir.string() +
                               "', which is not a folder that exists; create it or write "
                               "another path (or stderr, or off)");
    return;
  }
  if (std::filesystem::is_directory(p, ec)) {
    m.report("access_log", "names the folder '" + p.string() + "'; write a file path inside it");
    return;
  }
  out.access_log = p.string();
}

void read_teams(const MapReader& m, ObserveConfig& out) {
  const YAML::Node* node = m.value("teams");
  if (!node) return;
  const auto items =
      list_items(*node, m.line("teams"), "'teams' in observe", "- support", m.problems());
  for (const auto& [item, line] : items) {
    if (!item.IsScalar() || item.Scalar().empty()) {
      m.problems().add(line, "each of observe.teams must be a team name, got " + describe(item));
      continue;
    }
    out.teams.push_back(item.Scalar());
  }
  if (out.teams.size() > kMaxTeams)
    m.report("teams", "lists " + std::to_string(out.teams.size()) + " teams; at most " +
                          std::to_string(kMaxTeams) +
                          " get series of their own (the rest count as \"other\")");
}

void read_traces(const MapReader& observe, TraceConfig& out) {
  const YAML::Node* node = observe.value("traces");
  if (!node) return;
  const MapReader t(*node, observe.line("traces"), "observe.traces", kTraces, observe.problems());
  if (t.read_string("endpoint", out.endpoint)) {
    const std::string& e = out.endpoint;
    const bool http = e.starts_with("http://") && e.size() > 7;
    const bool https = e.starts_with("https://") && e.size() > 8;
    if (!http && !https) {
      t.report("endpoint",
               "must be the OTLP/HTTP traces URL of a collector, e.g. "
               "http://127.0.0.1:4318/v1/traces, got '" +
                   e + "'");
      out.endpoint.clear();
    }
  }
  if (t.read_string("service_name", out.service_name) && out.service_name.empty())
    t.report("service_name", "must not be empty; it names this gateway in the traces");
  t.read_millis("interval_ms", 10, out.interval);
  t.read_int("max_batch", 1, 100'000, out.max_batch);
  t.read_int("max_queue", 1, 10'000'000, out.max_queue);
}

}  // namespace

void read_observe(const YAML::Node& node, int line, const std::string& config_dir,
                  ObserveConfig& out, Problems& problems) {
  const MapReader m(node, line, "observe", kObserve, problems);
  read_access_log(m, config_dir, out);
  m.read_bool("access_log_prompts", out.access_log_prompts);
  read_teams(m, out);
  read_traces(m, out.traces);
}

}  // namespace switchyard::config
