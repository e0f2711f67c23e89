#include "switchyard/models/model_source.hpp"

#include <vector>

namespace switchyard::models {
namespace {

bool unreserved(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

// Percent-encodes one path segment. '%' passes through, so an already
// encoded segment (a revision such as refs%2Fpr%2F1) stays as it is.
std::string encode_segment(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : s) {
    if (unreserved(c) || c == '%') {
      out += c;
    } else {
      const auto u = static_cast<unsigned char>(c);
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 15];
    }
  }
  return out;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string decode_segment(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  for (;;) {
    auto at = s.find(sep);
    parts.push_back(s.substr(0, at));
    if (at == std::string_view::npos) return parts;
    s.remove_prefix(at + 1);
  }
}

core::Error bad_hf(std::string_view spec, std::string_view why) {
  std::string msg = "'";
  msg += spec;
  msg += "': ";
  msg += why;
  msg +=
      "; expected hf:OWNER/REPO/FILE.gguf or hf:OWNER/REPO@REVISION/FILE.gguf, e.g. "
      "hf:bartowski/Llama-3.2-1B-Instruct-GGUF/Llama-3.2-1B-Instruct-Q4_K_M.gguf";
  return core::Error::invalid(std::move(msg));
}

std::string strip_trailing_slashes(std::string_view s) {
  while (!s.empty() && s.back() == '/') s.remove_suffix(1);
  return std::string(s);
}

}  // namespace

std::string hugging_face_endpoint(const EnvLookup& env) {
  for (const char* name : {"SWITCHYARD_HF_ENDPOINT", "HF_ENDPOINT"}) {
    const char* v = env(name);
    if (v != nullptr && *v != '\0') return strip_trailing_slashes(v);
  }
  return std::string(kDefaultHuggingFaceEndpoint);
}

std::string hugging_face_token(const EnvLookup& env) {
  for (const char* name : {"HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"}) {
    const char* v = env(name);
    if (v != nullptr && *v != '\0') return v;
  }
  return {};
}

core::Expected<ModelSource> resolve_model_source(std::string_view spec,
                                                 std::string_view hf_endpoint) {
  ModelSource src;
  src.hf_endpoint = strip_trailing_slashes(hf_endpoint);

  if (spec.starts_with("hf:")) {
    std::string_view rest = spec.substr(3);
    if (rest.starts_with("//")) rest.remove_prefix(2);  // hf://owner/repo/...
    auto parts = split(rest, '/');
    if (parts.size() < 3) return bad_hf(spec, "no file named");
    for (auto p : parts)
      if (p.empty() || p == "." || p == "..") return bad_hf(spec, "empty or relative path segment");
    std::string_view repo = parts[1], revision = "main";
    if (auto at = repo.find('@'); at != std::string_view::npos) {
      revision = repo.substr(at + 1);
      repo = repo.substr(0, at);
      if (revision.empty() || repo.empty()) return bad_hf(spec, "empty repository or revision");
    }
    src.url = src.hf_endpoint + "/" + encode_segment(parts[0]) + "/" + encode_segment(repo) +
              "/resolve/" + encode_segment(revision);
    for (std::size_t i = 2; i < parts.size(); ++i) {
      src.url += '/';
      src.url += encode_segment(parts[i]);
    }
    src.file_name = decode_segment(parts.back());
    src.hugging_face = true;
    return src;
  }

  if (!spec.starts_with("http://") && !spec.starts_with("https://")) {
    std::string msg = "'";
    msg += spec;
    msg += "' is neither an http(s):// URL nor hf:OWNER/REPO/FILE.gguf (a Hugging Face file)";
    return core::Error::invalid(std::move(msg));
  }
  src.url = std::string(spec);
  std::string_view path = spec.substr(spec.find("//") + 2);
  if (path.substr(0, path.find_first_of("/?#")).find('@') != std::string_view::npos)
    return core::Error::invalid(
        "credentials in the URL (user:password@) are not supported; for Hugging Face set "
        "HF_TOKEN");
  path = path.substr(0, path.find_first_of("?#"));
  const auto slash = path.find('/');
  path = slash == std::string_view::npos ? std::string_view() : path.substr(slash);

  // A Hugging Face page URL (…/owner/repo/blob/rev/file) names the HTML page;
  // the file itself is at …/resolve/….
  const std::string prefix = src.hf_endpoint + "/";
  if (!src.hf_endpoint.empty() && spec.starts_with(prefix)) {
    src.hugging_face = true;
    auto parts = split(spec.substr(prefix.size()), '/');
    if (parts.size() >= 5 && parts[2] == "blob") {
      src.url = prefix + std::string(parts[0]) + "/" + std::string(parts[1]) + "/resolve";
      for (std::size_t i = 3; i < parts.size(); ++i) {
        src.url += '/';
        src.url += parts[i];
      }
    }
  }
  auto last = path.rfind('/');
  src.file_name =
      last == std::string_view::npos ? std::string() : decode_segment(path.substr(last + 1));
  return src;
}

}  // namespace switchyard::models
