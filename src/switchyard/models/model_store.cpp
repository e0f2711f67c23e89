#include "switchyard/models/model_store.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <system_error>

#include "switchyard/models/gguf_types.hpp"

namespace switchyard::models {

namespace fs = std::filesystem;

core::Expected<StoreDir> resolve_store_dir(std::string_view flag, const EnvLookup& env) {
  auto set = [&](const char* name) -> const char* {
    const char* v = env(name);
    return v != nullptr && *v != '\0' ? v : nullptr;
  };
  if (!flag.empty()) return StoreDir{fs::path(flag), "--store"};
  if (const char* v = set("SWITCHYARD_MODEL_STORE"))
    return StoreDir{fs::path(v), "$SWITCHYARD_MODEL_STORE"};
  if (const char* v = set("XDG_DATA_HOME"); v != nullptr && v[0] == '/')
    return StoreDir{fs::path(v) / "switchyard" / "models", "$XDG_DATA_HOME"};
  if (const char* v = set("HOME"))
    return StoreDir{fs::path(v) / ".local" / "share" / "switchyard" / "models", "$HOME"};
  return core::Error::invalid(
      "no model store: HOME is not set; pass --store DIR or set SWITCHYARD_MODEL_STORE");
}

std::optional<std::string> store_name_problem(std::string_view name) {
  // Built piecewise: g++ 12 warns falsely (-Wrestrict) on "literal" + std::string.
  std::string quoted;
  quoted += '\'';
  quoted += name;
  quoted += '\'';
  if (name.empty()) return "the file name is empty";
  if (name.find('/') != std::string_view::npos || name.find('\0') != std::string_view::npos)
    return quoted + " must be a plain file name, without '/'";
  if (name.front() == '.') return quoted + " must not start with '.'";
  if (name.size() <= 5 || !name.ends_with(".gguf")) return quoted + " does not end in .gguf";
  return std::nullopt;
}

ModelSummary summarize(const GgufHeader& h) {
  ModelSummary s;
  s.gguf_version = h.version;
  s.tensor_count = h.tensors.size();
  s.architecture = h.string_value("general.architecture").value_or("");
  s.name = h.string_value("general.name").value_or("");
  if (!s.architecture.empty()) s.context_length = h.uint_value(s.architecture + ".context_length");

  // Weights are the tensors with two or more dimensions; 1-D norms and
  // biases stay F32 whatever the quantization.
  std::map<std::uint32_t, std::uint64_t> weight_elements, all_elements;
  for (const auto& t : h.tensors) {
    s.parameters += t.elements;
    all_elements[t.type] += t.elements;
    if (t.dims.size() >= 2) weight_elements[t.type] += t.elements;
  }
  if (auto ft = h.uint_value("general.file_type"); ft && *ft <= 0xFFFFFFFFu) {
    if (auto name = file_type_name(static_cast<std::uint32_t>(*ft))) s.quantization = *name;
  }
  if (s.quantization.empty()) {
    const auto& counts = weight_elements.empty() ? all_elements : weight_elements;
    auto most = std::max_element(counts.begin(), counts.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    if (most != counts.end()) {
      s.quantization = tensor_type_name(most->first);
      s.quantization_from_tensors = true;
    }
  }
  return s;
}

core::Expected<StoreListing> list_store(const fs::path& dir) {
  StoreListing out;
  std::error_code ec;
  if (!fs::exists(dir, ec)) return out;
  if (!fs::is_directory(dir, ec)) return core::Error::invalid(dir.string() + " is not a directory");
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) return core::Error::invalid("cannot read " + dir.string() + ": " + ec.message());
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) return core::Error::invalid("cannot read " + dir.string() + ": " + ec.message());
    const auto& entry = *it;
    std::error_code fec;
    if (!entry.is_regular_file(fec)) continue;
    const std::string file = entry.path().filename().string();
    const std::string rel = entry.path().lexically_relative(dir).string();
    const std::uint64_t size = entry.file_size(fec);
    if (file.ends_with(std::string(".gguf") + std::string(kPartialSuffix))) {
      out.partial.push_back({rel.substr(0, rel.size() - kPartialSuffix.size()), size});
      continue;
    }
    if (!file.ends_with(".gguf") || file.front() == '.') continue;
    StoredModel m;
    m.name = rel;
    m.path = entry.path();
    m.size_bytes = size;
    auto header = read_gguf_header(entry.path());
    if (header) {
      m.summary = summarize(*header);
    } else {
      // The message starts with the path; the listing shows the name already.
      std::string msg = header.error().message;
      const std::string prefix = entry.path().string() + ": ";
      if (msg.starts_with(prefix)) msg.erase(0, prefix.size());
      m.error = std::move(msg);
    }
    out.models.push_back(std::move(m));
  }
  std::sort(out.models.begin(), out.models.end(),
            [](const auto& a, const auto& b) { return a.name < b.name; });
  std::sort(out.partial.begin(), out.partial.end(),
            [](const auto& a, const auto& b) { return a.name < b.name; });
  return out;
}

namespace {

// Three significant digits: 1.24, 12.4, 124.
std::string three_digits(double v, const char* unit) {
  char buf[32];
  if (v >= 99.95)
    std::snprintf(buf, sizeof buf, "%.0f%s", v, unit);
  else if (v >= 9.995)
    std::snprintf(buf, sizeof buf, "%.1f%s", v, unit);
  else
    std::snprintf(buf, sizeof buf, "%.2f%s", v, unit);
  return buf;
}

}  // namespace

std::string format_parameters(std::uint64_t n) {
  const double v = static_cast<double>(n);
  if (n >= 999'500'000'000ull) return three_digits(v / 1e12, "T");
  if (n >= 999'500'000ull) return three_digits(v / 1e9, "B");
  if (n >= 999'500ull) return three_digits(v / 1e6, "M");
  if (n >= 1000) return three_digits(v / 1e3, "K");
  return std::to_string(n);
}

std::string format_bytes(std::uint64_t n) {
  if (n < 1024) return std::to_string(n) + " B";
  static constexpr const char* kUnits[] = {"KiB", "MiB", "GiB", "TiB", "PiB"};
  double v = static_cast<double>(n) / 1024;
  int unit = 0;
  while (v >= 1024 && unit < 4) {
    v /= 1024;
    ++unit;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, v >= 100 ? "%.0f %s" : (v >= 10 ? "%.1f %s" : "%.2f %s"), v,
                kUnits[unit]);
  return buf;
}

}  // namespace switchyard::models
