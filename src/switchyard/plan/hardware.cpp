#include "switchyard/plan/hardware.hpp"

#include <fstream>
#include <limits>
#include <sstream>

#include "switchyard/config/yaml_map.hpp"

namespace switchyard::plan {

double Hardware::seconds_for(double prompt_tokens, double output_tokens) const {
  const double prompt_rate = prompt_tokens_per_s > 0 ? prompt_tokens_per_s : tokens_per_s;
  return prompt_tokens / prompt_rate + output_tokens / tokens_per_s;
}

HardwareLoad load_hardware_text(const std::string& yaml, const std::string& source_name) {
  config::Problems problems(source_name);
  HardwareLoad out;
  YAML::Node root;
  try {
    root = YAML::Load(yaml);
  } catch (const YAML::Exception& e) {
    problems.add(e.mark.is_null() ? 0 : e.mark.line + 1, "YAML syntax error: " + e.msg);
    out.problems = problems.take();
    return out;
  }
  static const config::MapSchema kSchema{
      {"name", "machines", "hourly_usd", "tokens_per_s", "prompt_tokens_per_s", "utilisation"},
      {{"utilization", "is spelled 'utilisation' here"},
       {"hardware", "is not needed: write the profile's keys at the top level"}}};
  if (!root.IsMap()) {
    problems.add(config::line_of(root),
                 "a hardware profile is a map with hourly_usd and tokens_per_s (and machines, "
                 "prompt_tokens_per_s, utilisation), got " +
                     config::describe(root));
    out.problems = problems.take();
    return out;
  }
  const config::MapReader map(root, 1, "the hardware profile", kSchema, problems);
  Hardware hw;
  const double max = std::numeric_limits<double>::max();
  map.read_string("name", hw.name);
  map.read_int("machines", 1, 100000, hw.machines);
  if (map.require("hourly_usd") && map.read_number("hourly_usd", 0, max, hw.hourly_usd) &&
      hw.hourly_usd <= 0)
    map.report("hourly_usd", "must be above 0: what one machine costs per hour, in USD");
  if (map.require("tokens_per_s") && map.read_number("tokens_per_s", 0, max, hw.tokens_per_s) &&
      hw.tokens_per_s <= 0)
    map.report("tokens_per_s",
               "must be above 0: the tokens per second one machine generates (measured, all "
               "requests together, e.g. with bench/local/run)");
  map.read_number("prompt_tokens_per_s", 0, max, hw.prompt_tokens_per_s);
  if (map.read_number("utilisation", 0, 1, hw.utilisation) && hw.utilisation <= 0)
    map.report("utilisation", "must be above 0 and at most 1, e.g. 0.5 (half the capacity)");
  if (problems.empty()) out.hardware = hw;
  out.problems = problems.take();
  return out;
}

HardwareLoad load_hardware_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    HardwareLoad out;
    out.problems.push_back({path, 0, "cannot read the hardware profile (does the file exist?)"});
    return out;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return load_hardware_text(text.str(), path);
}

std::optional<Hardware> hardware_of(const config::Config& cfg) {
  for (const auto& m : cfg.models)
    for (const auto& d : m.deployments)
      if (d.side == core::Side::local && d.price.hardware) {
        Hardware hw;
        hw.name = "deployment '" + d.name + "'";
        hw.hourly_usd = d.price.hardware->hourly_usd;
        hw.tokens_per_s = d.price.hardware->tokens_per_s;
        hw.prompt_tokens_per_s = d.price.hardware->prompt_tokens_per_s;
        return hw;
      }
  return std::nullopt;
}

}  // namespace switchyard::plan
