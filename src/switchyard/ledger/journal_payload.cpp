#include "switchyard/ledger/journal_payload.hpp"

#include <cstring>
#include <string_view>

namespace switchyard::ledger {
namespace {

struct Counter {
  std::size_t n = 0;
  void u32(std::uint32_t) { n += 4; }
  void i64(std::int64_t) { n += 8; }
  void f64(double) { n += 8; }
  void str(const std::string& s) { n += 4 + s.size(); }
};

struct Writer {
  unsigned char* p;
  void u32(std::uint32_t v) {
    std::memcpy(p, &v, 4);
    p += 4;
  }
  void i64(std::int64_t v) {
    std::memcpy(p, &v, 8);
    p += 8;
  }
  void f64(double v) {
    std::memcpy(p, &v, 8);
    p += 8;
  }
  void str(const std::string& s) {
    u32(static_cast<std::uint32_t>(s.size()));
    std::memcpy(p, s.data(), s.size());
    p += s.size();
  }
};

// Bounds-checked: recovery decodes bytes a dying process left behind. Once
// a read fails, every later one reads nothing.
struct Reader {
  const unsigned char* p;
  const unsigned char* end;
  std::size_t size;  // the whole payload's
  bool ok = true;
  bool take(void* out, std::size_t n) {
    if (!ok || static_cast<std::size_t>(end - p) < n) return ok = false;
    std::memcpy(out, p, n);
    p += n;
    return true;
  }
  std::uint32_t u32() {
    std::uint32_t v = 0;
    take(&v, 4);
    return v;
  }
  std::int64_t i64() {
    std::int64_t v = 0;
    take(&v, 8);
    return v;
  }
  double f64() {
    double v = 0;
    take(&v, 8);
    return v;
  }
  void str(std::string& s) {
    const std::uint32_t n = u32();
    if (!ok || static_cast<std::size_t>(end - p) < n) {
      ok = false;
      return;
    }
    s.assign(reinterpret_cast<const char*>(p), n);
    p += n;
  }
};

// The fields a payload holds: all, but for appended fields that are unset
// from some point on, which are left out (a reader takes a payload that
// ends early as those fields unset), so a record that sets none of them is
// encoded exactly as before they were added.
template <typename Visitor>
void visit_written_fields(const RequestRecord& r, Visitor&& visit) {
  std::size_t count = 0, n = 0;
  for_each_field([&](const auto& field) {
    ++n;
    const auto& value = r.*field.member;
    if (!field.appended || !(value == std::remove_cvref_t<decltype(value)>{})) count = n;
  });
  std::size_t i = 0;
  for_each_field([&](const auto& field) {
    if (i++ < count) visit(field.name, r.*field.member);
  });
}

// How each field type is written (Counter, Writer) or read (Reader).
template <typename Sink>
struct Field {
  Sink& s;
  void operator()(std::string_view, const std::string& v) { s.str(v); }
  void operator()(std::string_view, std::int64_t v) { s.i64(v); }
  void operator()(std::string_view, int v) { s.i64(v); }
  void operator()(std::string_view, bool v) { s.u32(v ? 1 : 0); }
  void operator()(std::string_view, double v) { s.f64(v); }
  void operator()(std::string_view, const EntityCounts& v) {
    s.u32(static_cast<std::uint32_t>(v.size()));
    for (const auto& [type, count] : v) {
      s.str(type);
      s.i64(count);
    }
  }
  // A field of another type: say above how the journal holds it.
  template <typename T>
  void operator()(std::string_view, const T&) = delete;
};

template <>
struct Field<Reader> {
  Reader& s;
  void operator()(std::string_view, std::string& v) { s.str(v); }
  void operator()(std::string_view, std::int64_t& v) { v = s.i64(); }
  void operator()(std::string_view, int& v) { v = static_cast<int>(s.i64()); }
  void operator()(std::string_view, bool& v) { v = s.u32() != 0; }
  void operator()(std::string_view, double& v) { v = s.f64(); }
  void operator()(std::string_view, EntityCounts& v) {
    const std::uint32_t n = s.u32();
    v.clear();
    // Each entity takes at least 12 bytes: a damaged count cannot make this
    // reserve more than the payload could hold.
    if (!s.ok || n > s.size / 12) {
      s.ok = false;
      return;
    }
    v.reserve(n);
    for (std::uint32_t i = 0; i < n && s.ok; ++i) {
      auto& [type, count] = v.emplace_back();
      s.str(type);
      count = static_cast<int>(s.i64());
    }
  }
  template <typename T>
  void operator()(std::string_view, T&) = delete;
};

}  // namespace

std::size_t encoded_size(const RequestRecord& r) {
  Counter c;
  visit_written_fields(r, Field<Counter>{c});
  return c.n;
}

void encode_record(const RequestRecord& r, unsigned char* out) {
  Writer w{out};
  visit_written_fields(r, Field<Writer>{w});
}

bool decode_record(const unsigned char* in, std::size_t size, RequestRecord& r) {
  Reader reader{in, in + size, size};
  for_each_field([&](const auto& field) {
    // A payload written before an appended field ends where it begins.
    if (field.appended && reader.ok && reader.p == reader.end) return;
    Field<Reader>{reader}(field.name, r.*field.member);
  });
  return reader.ok && reader.p == reader.end;
}

}  // namespace switchyard::ledger
