// Where the build tree and the checkout are, found at run time: the build tree
// is the nearest directory above the test binary that holds CMakeCache.txt, and
// the checkout is the source directory that cache names. Compile lines carry no
// absolute path, so ccache serves a test's object to every clone of the repo.
#pragma once

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

namespace switchyard::testing {

namespace paths_detail {

inline std::filesystem::path find_binary_dir() {
  std::filesystem::path dir = std::filesystem::read_symlink("/proc/self/exe").parent_path();
  for (; !dir.empty(); dir = dir.parent_path()) {
    if (std::filesystem::exists(dir / "CMakeCache.txt")) return dir;
    if (dir == dir.root_path()) break;
  }
  throw std::runtime_error("no CMakeCache.txt above the test binary");
}

inline std::string cache_value(const std::filesystem::path& cache, const std::string& key) {
  std::ifstream in(cache);
  const std::string prefix = key + ":";
  for (std::string line; std::getline(in, line);) {
    if (line.rfind(prefix, 0) != 0) continue;
    const auto eq = line.find('=');
    if (eq != std::string::npos) return line.substr(eq + 1);
  }
  throw std::runtime_error(key + " is not in " + cache.string());
}

}  // namespace paths_detail

// The CMake build tree the test binary belongs to (build/, build-asan/).
inline const std::string& binary_dir() {
  static const std::string dir = paths_detail::find_binary_dir().string();
  return dir;
}

// The checkout the build tree was configured from.
inline const std::string& source_dir() {
  static const std::string dir = paths_detail::cache_value(
      std::filesystem::path(binary_dir()) / "CMakeCache.txt", "CMAKE_HOME_DIRECTORY");
  return dir;
}

}  // namespace switchyard::testing
