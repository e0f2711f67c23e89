#include "switchyard/api/openai/request_fields.hpp"

#include <charconv>
#include <cmath>

#include "switchyard/api/openai/json_input.hpp"

namespace switchyard::api::openai {
namespace {

namespace dom = simdjson::dom;
using dom::element_type;
using json::type_phrase;

// A short, printable rendering of a client-supplied string for an error
// message (never the whole thing: it may be huge or hold control bytes).
void append_quoted_excerpt(std::string& out, std::string_view s) {
  constexpr std::size_t kMax = 64;
  out += '\'';
  std::size_t n = 0;
  for (unsigned char c : s) {
    if (n == kMax) {
      out += "...";
      break;
    }
    out += (c >= 0x20 && c != 0x7f) ? static_cast<char>(c) : '?';
    ++n;
  }
  out += '\'';
}

}  // namespace

void append_int(std::string& out, std::int64_t v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

void append_double(std::string& out, double v) {
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

std::string source_json(const json::SourceNode& container, std::size_t index, dom::element v) {
  const std::string_view t = container.child_text(index);
  if (t.empty()) return simdjson::to_string(v);
  return std::string(t);
}

std::size_t index_of(dom::object obj, std::string_view key) {
  std::size_t i = 0;
  for (dom::key_value_pair field : obj) {
    if (field.key == key) return i;
    ++i;
  }
  return i;
}

void keep_unknown(dom::object obj, const json::SourceNode& src,
                  std::initializer_list<std::string_view> known, core::RawFields& out) {
  std::size_t i = 0;
  for (dom::key_value_pair field : obj) {
    bool is_known = false;
    for (std::string_view k : known) is_known = is_known || field.key == k;
    if (!is_known) out.emplace_back(std::string(field.key), source_json(src, i, field.value));
    ++i;
  }
}

std::string FieldReader::param(std::string_view key) const {
  std::string p;
  p.reserve(path_.size() + key.size() + 1);
  p = path_;
  if (!key.empty()) {
    if (!p.empty()) p.push_back('.');
    p.append(key);
  }
  return p;
}

bool FieldReader::fail(std::string message, std::string param, const char* code) {
  err_ = core::Error::invalid(std::move(message), std::move(param), code ? code : "");
  return false;
}

bool FieldReader::type_error(std::string_view key, element got, std::string_view expected) {
  std::string p = param(key);
  std::string m;
  m.reserve(64 + p.size() + expected.size());
  m += "Invalid type for '";
  m += p;
  m += "': expected ";
  m += expected;
  m += ", but got ";
  m += type_phrase(got);
  m += " instead.";
  return fail(std::move(m), std::move(p), "invalid_type");
}

bool FieldReader::missing(std::string_view key) {
  std::string p = param(key);
  std::string m = "Missing required parameter: '" + p + "'.";
  return fail(std::move(m), std::move(p), "missing_required_parameter");
}

bool FieldReader::bad_enum(std::string_view key, std::string_view value,
                           std::string_view supported) {
  std::string p = param(key);
  std::string m = "Invalid value for '" + p + "': ";
  append_quoted_excerpt(m, value);
  m += ". Supported values are: ";
  m += supported;
  m += '.';
  return fail(std::move(m), std::move(p), "invalid_value");
}

bool FieldReader::get_string(dom::element v, std::string_view key, std::string& out, bool null_ok) {
  std::string_view s;
  if (!v.get_string().get(s)) {
    out.assign(s.data(), s.size());
    return true;
  }
  if (null_ok && v.is_null()) return true;
  return type_error(key, v, null_ok ? "a string or null" : "a string");
}

bool FieldReader::get_string_map(dom::element v, std::string_view key,
                                 std::vector<std::pair<std::string, std::string>>* out) {
  if (out) out->clear();
  if (v.is_null()) return true;
  dom::object obj;
  if (v.get_object().get(obj)) return type_error(key, v, "an object mapping strings to strings");
  Push at(path_, key);
  for (dom::key_value_pair field : obj) {
    std::string_view s;
    if (field.value.get_string().get(s)) return type_error(field.key, field.value, "a string");
    if (out) out->emplace_back(std::string(field.key), std::string(s));
  }
  return true;
}

bool FieldReader::get_bool(dom::element v, std::string_view key, std::optional<bool>& out) {
  bool b;
  if (!v.get_bool().get(b)) {
    out = b;
    return true;
  }
  if (v.is_null()) return true;
  return type_error(key, v, "a boolean");
}

bool FieldReader::get_number(dom::element v, std::string_view key, double lo, double hi,
                             std::optional<double>& out) {
  double d;
  if (v.get_double().get(d)) {
    if (v.is_null()) return true;
    std::string expected = "a number between ";
    append_double(expected, lo);
    expected += " and ";
    append_double(expected, hi);
    return type_error(key, v, expected);
  }
  if (!(d >= lo && d <= hi)) {
    std::string p = param(key);
    std::string m = "Invalid value for '" + p + "': expected a number between ";
    append_double(m, lo);
    m += " and ";
    append_double(m, hi);
    m += ", but got ";
    append_double(m, d);
    m += " instead.";
    return fail(std::move(m), std::move(p),
                d < lo ? "decimal_below_min_value" : "decimal_above_max_value");
  }
  out = d;
  return true;
}

bool FieldReader::get_int(dom::element v, std::string_view key, std::int64_t min,
                          std::optional<std::int64_t>& out) {
  std::int64_t i = 0;
  bool ok = false;
  bool too_big = false;
  bool too_small = false;
  switch (v.type()) {
    case element_type::INT64:
      ok = !v.get_int64().get(i);
      break;
    case element_type::DOUBLE: {
      double d = 0;
      if (!v.get_double().get(d) && std::trunc(d) == d) {
        if (d >= -9.2e18 && d <= 9.2e18) {
          i = static_cast<std::int64_t>(d);
          ok = true;
        } else {
          // 1e30, or an integer wider than 64 bits (json_input.hpp)
          (d < 0 ? too_small : too_big) = true;
        }
      }
      break;
    }
    case element_type::UINT64:
      too_big = true;
      break;
    case element_type::NULL_VALUE:
      return true;
    default:
      break;
  }
  if (!ok && !too_big && !too_small) {
    return type_error(key, v, min > 0 ? "a positive integer" : "an integer");
  }
  if (too_big || too_small || i < min) {
    std::string p = param(key);
    std::string m = "Invalid value for '" + p + "': expected an integer";
    if (min != INT64_MIN) {
      m += " >= ";
      append_int(m, min);
    }
    m += ", but got ";
    if (too_big || too_small) {
      m += too_big ? "a value that is too large (above 9223372036854775807)"
                   : "a value that is too small (below -9223372036854775808)";
    } else {
      append_int(m, i);
    }
    m += " instead.";
    return fail(std::move(m), std::move(p),
                too_big ? "integer_above_max_value" : "integer_below_min_value");
  }
  out = i;
  return true;
}
}  // namespace switchyard::api::openai
