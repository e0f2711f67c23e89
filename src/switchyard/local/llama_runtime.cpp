#include "switchyard/local/llama_runtime.hpp"

#include <llama.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>

namespace switchyard::local {
namespace {

std::mutex g_mutex;
std::string g_errors;
bool g_verbose = false;

void on_log(ggml_log_level level, const char* text, void*) {
  if (g_verbose) std::fputs(text, stderr);
  if (level != GGML_LOG_LEVEL_ERROR) return;
  std::string line(text);
  while (!line.empty() && (line.back() == '\n' || line.back() == ' ')) line.pop_back();
  std::lock_guard lock(g_mutex);
  if (g_errors.size() > 4096) return;  // keep the first causes, not an avalanche
  if (!g_errors.empty()) g_errors += "; ";
  g_errors += line;
}

}  // namespace

void ensure_llama_runtime() {
  static std::once_flag once;
  std::call_once(once, [] {
    const char* env = std::getenv("SWITCHYARD_LLAMA_LOG");
    g_verbose = env && std::strcmp(env, "1") == 0;
    llama_log_set(on_log, nullptr);
    llama_backend_init();
  });
}

std::string take_llama_errors() {
  std::lock_guard lock(g_mutex);
  std::string out;
  out.swap(g_errors);
  return out;
}

}  // namespace switchyard::local
