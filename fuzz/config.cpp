// Fuzz target: the configuration loader, from YAML text. Whatever the text,
// loading ends with a config or a list of problems, never a crash or an
// exception.
#include <cstdint>
#include <string>

#include "switchyard/config/config.hpp"

namespace {

const char* no_env(const char*) {
  return nullptr;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string yaml(reinterpret_cast<const char*>(data), size);
  auto loaded = switchyard::config::load_config_text(yaml, "fuzz.yaml", no_env);
  for (const auto& p : loaded.problems) (void)p.to_string();
  return 0;
}
