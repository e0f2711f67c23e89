#include "switchyard/config/config.hpp"

#include <yaml-cpp/yaml.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "switchyard/config/sections.hpp"
#include "switchyard/config/yaml_map.hpp"

namespace switchyard::config {
namespace {

const MapSchema kTopLevel{
    {"server", "providers", "models", "routing", "ledger", "privacy", "admin", "keys", "limits",
     "cost", "budgets", "observe"},
    {{"retry", "it goes under routing, as routing: {retry: {max_attempts: 2}}"},
     {"listen", "it goes under server, as server: {listen: \"127.0.0.1:8080\"}"}}};

// yaml-cpp's messages say what the parser expected, not why; this adds the
// cause for the two mistakes behind most of them: a tab in the indentation,
// which YAML does not allow, and an unquoted IPv6 listen address, which YAML
// reads as the start of a list.
std::string syntax_hint(const std::string& yaml, int line) {
  std::istringstream in(yaml);
  std::string text;
  for (int i = 0; i < line && std::getline(in, text); ++i) {
  }
  if (text.substr(0, text.find_first_not_of(" \t")).find('\t') != std::string::npos)
    return "; the line is indented with a tab, which YAML does not allow: indent with spaces";
  std::string compact;  // the line without blanks: "listen:[::1]:8080"
  for (char c : text)
    if (c != ' ' && c != '\t') compact += c;
  if (compact.starts_with("listen:["))
    return "; an IPv6 listen address must be quoted, e.g. listen: \"[::1]:8080\"";
  return {};
}

// Text yaml-cpp must not see: it loops for minutes and takes gigabytes on
// some invalid UTF-8 (found by fuzz/config.cpp;
// fuzz/corpus/config/yaml_cpp_hang_invalid_utf8.yaml), and it recurses once per level of flow
// nesting. Returns the problem, or "" with line 0.
std::pair<int, std::string> unreadable_text(std::string_view yaml) {
  constexpr int kMaxFlowDepth = 64;
  int line = 1;
  int depth = 0;
  for (std::size_t i = 0; i < yaml.size();) {
    const auto c = static_cast<unsigned char>(yaml[i]);
    if (c == '\n') ++line;
    if (c == '[' || c == '{') {
      if (++depth > kMaxFlowDepth)
        return {line, "brackets nested more than " + std::to_string(kMaxFlowDepth) +
                          " levels deep; a configuration needs a few"};
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
    if (c < 0x80) {
      ++i;
      continue;
    }
    // A UTF-8 sequence: lead byte, then 1-3 continuation bytes; no overlong
    // forms, no surrogates, nothing past U+10FFFF.
    const std::size_t n = c >= 0xc2 && c <= 0xdf   ? 2
                          : c >= 0xe0 && c <= 0xef ? 3
                          : c >= 0xf0 && c <= 0xf4 ? 4
                                                   : 0;
    bool ok = n != 0 && i + n <= yaml.size();
    for (std::size_t k = 1; ok && k < n; ++k)
      ok = (static_cast<unsigned char>(yaml[i + k]) & 0xc0) == 0x80;
    if (ok && n >= 3) {
      const auto c1 = static_cast<unsigned char>(yaml[i + 1]);
      ok = !(c == 0xe0 && c1 < 0xa0) && !(c == 0xed && c1 >= 0xa0) && !(c == 0xf0 && c1 < 0x90) &&
           !(c == 0xf4 && c1 >= 0x90);
    }
    if (!ok) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02x", c);
      return {line,
              std::string("the file is not valid UTF-8 (byte ") + hex + "); save it as UTF-8"};
    }
    i += n;
  }
  return {0, {}};
}

// Parses the text into one YAML document; reports and returns an undefined
// node when it cannot.
YAML::Node parse_document(const std::string& yaml, Problems& problems) {
  if (auto [line, why] = unreadable_text(yaml); !why.empty()) {
    problems.add(line, why);
    return YAML::Node(YAML::NodeType::Undefined);
  }
  std::vector<YAML::Node> documents;
  try {
    documents = YAML::LoadAll(yaml);
  } catch (const YAML::Exception& e) {
    const int line = e.mark.is_null() ? 0 : e.mark.line + 1;
    problems.add(line, "YAML syntax error: " + e.msg + syntax_hint(yaml, line));
    return YAML::Node(YAML::NodeType::Undefined);
  }
  if (documents.empty() || documents[0].IsNull()) {
    problems.add(0,
                 "the file is empty; a configuration has the keys server, providers, models "
                 "and routing (see examples/switchyard.yaml)");
    return YAML::Node(YAML::NodeType::Undefined);
  }
  if (documents.size() > 1)
    problems.add(line_of(documents[1]),
                 "the file holds more than one YAML document ('---'); keep only one");
  return documents[0];
}

const char* system_getenv(const char* name) {
  return std::getenv(name);
}

YAML::Node section(const MapReader& top, std::string_view key) {
  const YAML::Node* node = top.value(key);
  return node ? *node : YAML::Node();
}

}  // namespace

const ProviderConfig* Config::find_provider(std::string_view name) const {
  for (const auto& p : providers)
    if (p.name == name) return &p;
  return nullptr;
}

const ModelConfig* Config::find_model(std::string_view alias) const {
  for (const auto& m : models)
    if (m.alias == alias) return &m;
  return nullptr;
}

std::string ConfigProblem::to_string() const {
  // Appended piecewise: g++ 12 reports a false -Wrestrict on `"x" + std::string&&`.
  std::string s = file;
  if (line > 0) {
    s += ':';
    s += std::to_string(line);
  }
  s += ": ";
  s += message;
  return s;
}

LoadResult load_config_text(const std::string& yaml, const std::string& source_name,
                            const char* (*getenv_fn)(const char*)) {
  Problems problems(source_name);
  const YAML::Node root = parse_document(yaml, problems);
  if (!root.IsDefined()) return {std::nullopt, problems.take()};

  Config cfg;
  cfg.source_path = source_name;
  const MapReader top(root, 1, "the file", kTopLevel, problems);
  read_server(section(top, "server"), top.line("server"), cfg.server, problems);
  // Providers first, whatever the order in the file: deployments refer to them.
  const std::string config_dir = std::filesystem::path(source_name).parent_path().string();
  cfg.providers = read_providers(section(top, "providers"), top.line("providers"),
                                 getenv_fn ? getenv_fn : system_getenv, config_dir, problems);
  cfg.models = read_models(section(top, "models"), top.line("models"), cfg.providers, problems);
  read_privacy(section(top, "privacy"), top.line("privacy"), cfg.privacy, problems);
  read_routing(section(top, "routing"), top.line("routing"), config_dir, cfg, problems);
  check_model_classes(cfg.privacy, cfg.models, problems);
  read_cost(section(top, "cost"), top.line("cost"), cfg.models, cfg.cost, problems);
  read_budgets(section(top, "budgets"), top.line("budgets"), cfg.budgets, problems);
  read_ledger(section(top, "ledger"), top.line("ledger"), config_dir,
              getenv_fn ? getenv_fn : system_getenv, cfg.ledger, problems);
  read_keys(section(top, "keys"), top.line("keys"), config_dir, cfg.ledger, cfg.keys, problems);
  read_admin(section(top, "admin"), top.line("admin"), getenv_fn ? getenv_fn : system_getenv,
             cfg.admin, problems);
  read_limits(section(top, "limits"), top.line("limits"), getenv_fn ? getenv_fn : system_getenv,
              cfg.limits, problems);
  read_observe(section(top, "observe"), top.line("observe"), config_dir, cfg.observe, problems);

  LoadResult result;
  if (problems.empty()) result.config = std::move(cfg);
  result.problems = problems.take();
  return result;
}

LoadResult load_config_file(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    return {std::nullopt, {{path, 0, "cannot read the file: it is a directory"}}};
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int err = errno;
    return {std::nullopt, {{path, 0, std::string("cannot read the file: ") + std::strerror(err)}}};
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return {std::nullopt, {{path, 0, "cannot read the file: read error"}}};
  return load_config_text(text.str(), path);
}

}  // namespace switchyard::config
