#include "switchyard/models/gguf_header.hpp"

#include <sys/stat.h>

#include <bit>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <limits>
#include <memory>
#include <unordered_set>

#include "switchyard/models/gguf_types.hpp"

namespace switchyard::models {
namespace {

static_assert(std::endian::native == std::endian::little,
              "the GGUF reader assumes a little-endian host, as GGUF files are");

constexpr std::uint64_t kMaxKeyBytes = 65535;             // the spec's limit
constexpr std::uint64_t kMaxKeptStringBytes = 64u << 20;  // a metadata string we keep
constexpr int kMaxArrayDepth = 8;
constexpr std::uint32_t kMaxDims = 4;  // GGML_MAX_DIMS

// Where the bytes come from: memory or a file, read front to back.
class Source {
 public:
  virtual ~Source() = default;
  virtual bool read(char* out, std::size_t n) = 0;  // exactly n bytes
  virtual bool skip(std::uint64_t n) = 0;
};

class MemorySource final : public Source {
 public:
  explicit MemorySource(std::string_view bytes) : bytes_(bytes) {}
  bool read(char* out, std::size_t n) override {
    if (n > bytes_.size() - pos_) return false;
    std::memcpy(out, bytes_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  bool skip(std::uint64_t n) override {
    if (n > bytes_.size() - pos_) return false;
    pos_ += static_cast<std::size_t>(n);
    return true;
  }

 private:
  std::string_view bytes_;
  std::size_t pos_ = 0;
};

class FileSource final : public Source {
 public:
  explicit FileSource(std::FILE* f) : f_(f) { std::setvbuf(f_, nullptr, _IOFBF, 1u << 20); }
  ~FileSource() override { std::fclose(f_); }
  bool read(char* out, std::size_t n) override { return std::fread(out, 1, n, f_) == n; }
  bool skip(std::uint64_t n) override {
    if (n <= sizeof scratch_) return read(scratch_, static_cast<std::size_t>(n));
    return ::fseeko(f_, static_cast<off_t>(n), SEEK_CUR) == 0;
  }

 private:
  std::FILE* f_;
  char scratch_[4096];
};

std::size_t fixed_size(GgufValueType t) {
  switch (t) {
    case GgufValueType::uint8:
    case GgufValueType::int8:
    case GgufValueType::boolean:
      return 1;
    case GgufValueType::uint16:
    case GgufValueType::int16:
      return 2;
    case GgufValueType::uint32:
    case GgufValueType::int32:
    case GgufValueType::float32:
      return 4;
    case GgufValueType::uint64:
    case GgufValueType::int64:
    case GgufValueType::float64:
      return 8;
    case GgufValueType::string:
    case GgufValueType::array:
      return 0;
  }
  return 0;
}

bool known_value_type(std::uint32_t t) {
  return t <= 12;
}

std::string printable(std::string_view s) {
  std::string out = "'";
  for (char c : s.substr(0, 80)) out += (c >= 32 && c < 127) ? c : '?';
  if (s.size() > 80) out += "...";
  out += "'";
  return out;
}

class Parser {
 public:
  Parser(Source& src, std::uint64_t size, std::string file)
      : src_(src), size_(size), file_(std::move(file)) {}

  core::Expected<GgufHeader> run() {
    GgufHeader h;
    h.file_size = size_;
    if (!parse(h)) {
      std::string message = file_.empty() ? std::string() : file_ + ": ";
      message += error_;
      return core::Error::invalid(std::move(message), {}, "invalid_gguf");
    }
    return h;
  }

 private:
  bool fail(std::string why) {
    error_ = std::move(why);
    return false;
  }

  bool need(std::uint64_t n, const char* what) {
    if (n <= size_ - pos_) return true;
    std::string msg =
        "truncated: the file ends at byte " + std::to_string(size_) + ", inside " + context_;
    if (*what) {
      msg += " (";
      msg += what;
      msg += " at offset " + std::to_string(pos_) + ")";
    }
    return fail(std::move(msg) + "; an incomplete download?");
  }

  bool read_bytes(char* out, std::size_t n, const char* what) {
    if (!need(n, what)) return false;
    if (!src_.read(out, n)) return fail("read error at offset " + std::to_string(pos_));
    pos_ += n;
    return true;
  }

  bool skip(std::uint64_t n, const char* what) {
    if (!need(n, what)) return false;
    if (!src_.skip(n)) return fail("read error at offset " + std::to_string(pos_));
    pos_ += n;
    return true;
  }

  template <typename T>
  bool read_pod(T& v, const char* what) {
    return read_bytes(reinterpret_cast<char*>(&v), sizeof v, what);
  }

  // A string: u64 length, then bytes. `keep` false skips the bytes.
  bool read_string(std::string* out, std::uint64_t max_keep, const char* what) {
    std::uint64_t n = 0;
    if (!read_pod(n, what)) return false;
    if (!need(n, what)) return false;
    if (out == nullptr) return skip(n, what);
    if (n > max_keep)
      return fail(context_ + ": string of " + std::to_string(n) + " bytes at offset " +
                  std::to_string(pos_) + " is implausibly long (corrupt file?)");
    out->resize(static_cast<std::size_t>(n));
    return read_bytes(out->data(), static_cast<std::size_t>(n), what);
  }

  bool read_scalar(GgufValueType t, GgufValue& out) {
    switch (t) {
      case GgufValueType::uint8: {
        std::uint8_t v = 0;
        if (!read_pod(v, "value")) return false;
        out = std::uint64_t{v};
        return true;
      }
      case GgufValueType::int8: {
        std::int8_t v = 0;
        if (!read_pod(v, "value")) return false;
        out = std::int64_t{v};
        return true;
      }
      case GgufValueType::uint16: {
        std::uint16_t v = 0;
        if (!read_pod(v, "value")) return false;
        out = std::uint64_t{v};
        return true;
      }
      case GgufValueType::int16: {
        std::int16_t v = 0;
        if (!read_pod(v, "value")) return false;
        out = std::int64_t{v};
        return true;
      }
      case GgufValueType::uint32: {
        std::uint32_t v = 0;
        if (!read_pod(v, "value")) return false;
        out = std::uint64_t{v};
        return true;
      }
      case GgufValueType::int32: {
        std::int32_t v = 0;
        if (!read_pod(v, "value")) return false;
        out = std::int64_t{v};
        return true;
      }
      case GgufValueType::uint64: {
        std::uint64_t v = 0;
        if (!read_pod(v, "value")) return false;
        out = v;
        return true;
      }
      case GgufValueType::int64: {
        std::int64_t v = 0;
        if (!read_pod(v, "value")) return false;
        out = v;
        return true;
      }
      case GgufValueType::float32: {
        float v = 0;
        if (!read_pod(v, "value")) return false;
        out = double{v};
        return true;
      }
      case GgufValueType::float64: {
        double v = 0;
        if (!read_pod(v, "value")) return false;
        out = v;
        return true;
      }
      case GgufValueType::boolean: {
        std::uint8_t v = 0;
        if (!read_pod(v, "value")) return false;
        if (v > 1)
          return fail(context_ + ": boolean value " + std::to_string(v) + " at offset " +
                      std::to_string(pos_ - 1) + " is neither 0 nor 1 (corrupt file?)");
        out = v == 1;
        return true;
      }
      case GgufValueType::string: {
        std::string s;
        if (!read_string(&s, kMaxKeptStringBytes, "string")) return false;
        out = std::move(s);
        return true;
      }
      case GgufValueType::array:
        break;
    }
    return fail("internal: read_scalar on an array");
  }

  bool read_value_type(std::uint32_t& raw, const char* what) {
    if (!read_pod(raw, what)) return false;
    if (!known_value_type(raw))
      return fail(context_ + ": unknown value type " + std::to_string(raw) + " at offset " +
                  std::to_string(pos_ - 4) + " (corrupt file, or a newer GGUF than this reader?)");
    return true;
  }

  // The contents of an array value: checked, then skipped.
  bool skip_array(GgufArray& a, int depth) {
    std::uint32_t raw = 0;
    if (!read_value_type(raw, "array element type")) return false;
    a.element_type = static_cast<GgufValueType>(raw);
    if (!read_pod(a.count, "array length")) return false;
    const std::uint64_t remaining = size_ - pos_;
    if (const std::size_t each = fixed_size(a.element_type); each > 0) {
      if (a.count > remaining / each)
        return need(remaining + 1, "array elements");  // reports truncation
      return skip(a.count * each, "array elements");
    }
    if (a.element_type == GgufValueType::string) {
      if (a.count > remaining / 8) return need(remaining + 1, "array of strings");
      for (std::uint64_t i = 0; i < a.count; ++i)
        if (!read_string(nullptr, 0, "array string")) return false;
      return true;
    }
    if (depth >= kMaxArrayDepth)
      return fail(context_ + ": arrays nested deeper than " + std::to_string(kMaxArrayDepth) +
                  " levels (corrupt file?)");
    if (a.count > remaining / 12) return need(remaining + 1, "array of arrays");
    for (std::uint64_t i = 0; i < a.count; ++i) {
      GgufArray inner;
      if (!skip_array(inner, depth + 1)) return false;
    }
    return true;
  }

  bool parse(GgufHeader& h) {
    context_ = "the file header";
    char magic[4];
    if (size_ < 4) return fail("not a GGUF file: only " + std::to_string(size_) + " bytes");
    if (!read_bytes(magic, 4, "magic")) return false;
    if (!has_gguf_magic(std::string_view(magic, 4)))
      return fail("not a GGUF file (it does not start with \"GGUF\")");
    if (!read_pod(h.version, "version")) return false;
    if (h.version != 2 && h.version != 3) {
      if (h.version != 0 && (h.version & 0xFFFF) == 0)
        return fail("big-endian GGUF files are not supported");
      return fail("GGUF version " + std::to_string(h.version) +
                  " is not supported (versions 2 and 3 are)");
    }
    std::uint64_t tensor_count = 0, kv_count = 0;
    if (!read_pod(tensor_count, "tensor count") || !read_pod(kv_count, "metadata count"))
      return false;
    // Smallest encodings: key (8-byte length) + type + 1-byte value; tensor
    // name length + n_dims + type + offset.
    if (kv_count > (size_ - pos_) / 13)
      return fail("metadata count " + std::to_string(kv_count) +
                  " cannot fit in the file (corrupt or truncated)");
    if (tensor_count > (size_ - pos_) / 24)
      return fail("tensor count " + std::to_string(tensor_count) +
                  " cannot fit in the file (corrupt or truncated)");

    h.metadata.reserve(static_cast<std::size_t>(kv_count));
    for (std::uint64_t i = 0; i < kv_count; ++i) {
      context_ = "metadata entry " + std::to_string(i);
      GgufKeyValue kv;
      if (!read_string(&kv.key, kMaxKeyBytes, "key")) return false;
      context_ += " (" + printable(kv.key) + ")";
      std::uint32_t raw = 0;
      if (!read_value_type(raw, "value type")) return false;
      kv.type = static_cast<GgufValueType>(raw);
      if (kv.type == GgufValueType::array) {
        GgufArray a;
        if (!skip_array(a, 0)) return false;
        kv.value = a;
      } else if (!read_scalar(kv.type, kv.value)) {
        return false;
      }
      h.metadata.push_back(std::move(kv));
    }

    if (const auto* a = h.find("general.alignment")) {
      const auto* v = std::get_if<std::uint64_t>(&a->value);
      if (a->type != GgufValueType::uint32 || v == nullptr || *v == 0 || (*v & (*v - 1)) != 0)
        return fail("general.alignment must be a power of two stored as uint32");
      h.alignment = *v;
    }

    h.tensors.reserve(static_cast<std::size_t>(tensor_count));
    std::unordered_set<std::string> names;
    for (std::uint64_t i = 0; i < tensor_count; ++i) {
      context_ = "tensor info " + std::to_string(i);
      GgufTensorInfo t;
      if (!read_string(&t.name, kMaxKeyBytes, "name")) return false;
      context_ += " (" + printable(t.name) + ")";
      if (!names.insert(t.name).second) return fail(context_ + ": duplicate tensor name");
      std::uint32_t n_dims = 0;
      if (!read_pod(n_dims, "dimension count")) return false;
      if (n_dims > kMaxDims)
        return fail(context_ + ": " + std::to_string(n_dims) + " dimensions (at most " +
                    std::to_string(kMaxDims) + ")");
      t.dims.resize(n_dims);
      for (auto& d : t.dims) {
        if (!read_pod(d, "dimension")) return false;
        if (d > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) ||
            (d != 0 &&
             t.elements > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) / d))
          return fail(context_ + ": dimensions overflow");
        t.elements *= d;
      }
      if (!read_pod(t.type, "type") || !read_pod(t.offset, "data offset")) return false;
      if (t.offset % h.alignment != 0)
        return fail(context_ + ": data offset " + std::to_string(t.offset) +
                    " is not a multiple of the alignment " + std::to_string(h.alignment));
      if (auto traits = tensor_type_traits(t.type)) {
        if (!t.dims.empty() && t.dims[0] % traits->block_size != 0)
          return fail(context_ + ": row of " + std::to_string(t.dims[0]) +
                      " elements is not a multiple of the " + traits->name + " block size " +
                      std::to_string(traits->block_size));
        t.bytes = t.elements / traits->block_size * traits->type_size;
      }
      h.tensors.push_back(std::move(t));
    }

    context_ = "the tensor data";
    const std::uint64_t header_end = pos_;
    h.data_offset = (header_end + h.alignment - 1) / h.alignment * h.alignment;
    for (const auto& t : h.tensors) {
      const std::uint64_t room = size_ > h.data_offset ? size_ - h.data_offset : 0;
      if (t.offset > room || t.bytes > room - t.offset)
        return fail("truncated: tensor " + printable(t.name) + " needs bytes up to " +
                    std::to_string(h.data_offset + t.offset + t.bytes) +
                    " but the file ends at byte " + std::to_string(size_) +
                    "; an incomplete download?");
    }
    return true;
  }

  Source& src_;
  std::uint64_t size_;
  std::uint64_t pos_ = 0;
  std::string file_;
  std::string context_;
  std::string error_;
};

}  // namespace

const GgufKeyValue* GgufHeader::find(std::string_view key) const {
  for (const auto& kv : metadata)
    if (kv.key == key) return &kv;
  return nullptr;
}

std::optional<std::string> GgufHeader::string_value(std::string_view key) const {
  const auto* kv = find(key);
  if (kv == nullptr) return std::nullopt;
  if (const auto* s = std::get_if<std::string>(&kv->value)) return *s;
  return std::nullopt;
}

std::optional<std::uint64_t> GgufHeader::uint_value(std::string_view key) const {
  const auto* kv = find(key);
  if (kv == nullptr) return std::nullopt;
  if (const auto* u = std::get_if<std::uint64_t>(&kv->value)) return *u;
  if (const auto* i = std::get_if<std::int64_t>(&kv->value); i && *i >= 0)
    return static_cast<std::uint64_t>(*i);
  return std::nullopt;
}

bool has_gguf_magic(std::string_view bytes) {
  return bytes.substr(0, 4) == "GGUF";
}

core::Expected<GgufHeader> read_gguf_header(const std::filesystem::path& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr)
    return core::Error::not_found(path.string() + ": cannot open: " + std::strerror(errno));
  FileSource src(f);
  struct stat st {};
  if (::fstat(::fileno(f), &st) != 0 || !S_ISREG(st.st_mode))
    return core::Error::invalid(path.string() + ": not a regular file");
  return Parser(src, static_cast<std::uint64_t>(st.st_size), path.string()).run();
}

core::Expected<GgufHeader> parse_gguf_header(std::string_view bytes) {
  MemorySource src(bytes);
  return Parser(src, bytes.size(), {}).run();
}

}  // namespace switchyard::models
