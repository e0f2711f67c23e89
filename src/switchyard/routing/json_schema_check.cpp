#include "switchyard/routing/json_schema_check.hpp"

#include <simdjson.h>

#include <cmath>

namespace switchyard::routing {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

const char* type_name(element_type t) {
  switch (t) {
    case element_type::OBJECT:
      return "an object";
    case element_type::ARRAY:
      return "an array";
    case element_type::STRING:
      return "a string";
    case element_type::INT64:
    case element_type::UINT64:
      return "an integer";
    case element_type::DOUBLE:
      return "a number";
    case element_type::BOOL:
      return "a boolean";
    case element_type::NULL_VALUE:
      return "null";
  }
  return "a value";
}

// The array or object `e` holds (its type checked by the caller).
simdjson::dom::array array_of(const element& e) {
  simdjson::dom::array a;
  if (e.get_array().get(a)) return {};
  return a;
}
simdjson::dom::object object_of(const element& e) {
  simdjson::dom::object o;
  if (e.get_object().get(o)) return {};
  return o;
}

bool is_number(element_type t) {
  return t == element_type::INT64 || t == element_type::UINT64 || t == element_type::DOUBLE;
}

double number_of(const element& e) {
  switch (e.type()) {
    case element_type::INT64:
      return static_cast<double>(e.get_int64().value_unsafe());
    case element_type::UINT64:
      return static_cast<double>(e.get_uint64().value_unsafe());
    default:
      return e.get_double().value_unsafe();
  }
}

bool is_integer(const element& e) {
  if (e.type() == element_type::INT64 || e.type() == element_type::UINT64) return true;
  if (e.type() != element_type::DOUBLE) return false;
  const double v = e.get_double().value_unsafe();
  return std::isfinite(v) && std::floor(v) == v;
}

// Whether `value` is of the schema type named `type`.
bool has_type(const element& value, std::string_view type) {
  const element_type t = value.type();
  if (type == "object") return t == element_type::OBJECT;
  if (type == "array") return t == element_type::ARRAY;
  if (type == "string") return t == element_type::STRING;
  if (type == "number") return is_number(t);
  if (type == "integer") return is_integer(value);
  if (type == "boolean") return t == element_type::BOOL;
  if (type == "null") return t == element_type::NULL_VALUE;
  return true;  // an unknown type name constrains nothing
}

bool equal(const element& a, const element& b) {
  if (is_number(a.type()) && is_number(b.type())) return number_of(a) == number_of(b);
  if (a.type() != b.type()) return false;
  switch (a.type()) {
    case element_type::STRING:
      return a.get_string().value_unsafe() == b.get_string().value_unsafe();
    case element_type::BOOL:
      return a.get_bool().value_unsafe() == b.get_bool().value_unsafe();
    case element_type::NULL_VALUE:
      return true;
    case element_type::ARRAY: {
      auto x = array_of(a);
      auto y = array_of(b);
      if (x.size() != y.size()) return false;
      auto i = x.begin();
      auto j = y.begin();
      for (; i != x.end(); ++i, ++j)
        if (!equal(*i, *j)) return false;
      return true;
    }
    case element_type::OBJECT: {
      auto x = object_of(a);
      auto y = object_of(b);
      if (x.size() != y.size()) return false;
      for (auto field : x) {
        element other;
        if (y.at_key(field.key).get(other) || !equal(field.value, other)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

std::size_t characters(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

class Checker {
 public:
  explicit Checker(element root) : root_(root) {}

  // The first violation of `schema` by `value` at `path`; "" when none.
  std::string check(const element& value, const element& schema, const std::string& path,
                    int depth = 0) {
    if (depth > 64) return {};  // a schema that refers to itself without end
    if (schema.type() == element_type::BOOL)
      return schema.get_bool().value_unsafe() ? std::string() : path + ": no value is allowed here";
    if (schema.type() != element_type::OBJECT) return {};
    simdjson::dom::object s = object_of(schema);

    std::string_view ref;
    if (!s["$ref"].get(ref)) {
      element target;
      if (resolve(ref, target)) {
        std::string v = check(value, target, path, depth + 1);
        if (!v.empty()) return v;
      }
    }
    if (std::string v = check_type(value, s, path); !v.empty()) return v;
    if (std::string v = check_values(value, s, path); !v.empty()) return v;
    if (std::string v = check_combinations(value, s, path, depth); !v.empty()) return v;
    switch (value.type()) {
      case element_type::OBJECT:
        return check_object(value, s, path, depth);
      case element_type::ARRAY:
        return check_array(value, s, path, depth);
      case element_type::STRING:
        return check_string(value, s, path);
      default:
        return is_number(value.type()) ? check_number(value, s, path) : std::string();
    }
  }

 private:
  bool resolve(std::string_view ref, element& out) const {
    for (std::string_view prefix : {"#/$defs/", "#/definitions/"}) {
      if (!ref.starts_with(prefix)) continue;
      const std::string_view key = prefix.substr(2, prefix.size() - 3);
      return !root_[key][ref.substr(prefix.size())].get(out);
    }
    if (ref == "#") {
      out = root_;
      return true;
    }
    return false;
  }

  static std::string check_type(const element& value, simdjson::dom::object& s,
                                const std::string& path) {
    element type;
    if (s["type"].get(type)) return {};
    if (type.type() == element_type::STRING) {
      if (has_type(value, type.get_string().value_unsafe())) return {};
      return path + ": expected " + std::string(type.get_string().value_unsafe()) + ", got " +
             type_name(value.type());
    }
    if (type.type() != element_type::ARRAY) return {};
    std::string names;
    for (element t : array_of(type)) {
      std::string_view name;
      if (t.get(name)) continue;
      if (has_type(value, name)) return {};
      names += names.empty() ? "" : " or ";
      names += name;
    }
    if (names.empty()) return {};
    return path + ": expected " + names + ", got " + type_name(value.type());
  }

  static std::string check_values(const element& value, simdjson::dom::object& s,
                                  const std::string& path) {
    element c;
    if (!s["const"].get(c) && !equal(value, c)) return path + ": not the constant the schema sets";
    simdjson::dom::array options;
    if (!s["enum"].get(options)) {
      for (element o : options)
        if (equal(value, o)) return {};
      return path + ": not one of the schema's enum values";
    }
    return {};
  }

  std::string check_combinations(const element& value, simdjson::dom::object& s,
                                 const std::string& path, int depth) {
    simdjson::dom::array all;
    if (!s["allOf"].get(all)) {
      for (element sub : all)
        if (std::string v = check(value, sub, path, depth + 1); !v.empty()) return v;
    }
    for (const char* key : {"anyOf", "oneOf"}) {
      simdjson::dom::array any;
      if (s[key].get(any)) continue;
      int passing = 0;
      std::string first;
      for (element sub : any) {
        std::string v = check(value, sub, path, depth + 1);
        if (v.empty())
          ++passing;
        else if (first.empty())
          first = v;
      }
      if (passing == 0) return first.empty() ? path + ": matches none of " + key : first;
      if (std::string_view(key) == "oneOf" && passing > 1)
        return path + ": matches " + std::to_string(passing) + " schemas of oneOf, not one";
    }
    return {};
  }

  std::string check_object(const element& value, simdjson::dom::object& s, const std::string& path,
                           int depth) {
    simdjson::dom::object object = object_of(value);
    simdjson::dom::array required;
    if (!s["required"].get(required)) {
      for (element r : required) {
        std::string_view name;
        if (r.get(name)) continue;
        element present;
        if (object.at_key(name).get(present))
          return path + ": the required member '" + std::string(name) + "' is missing";
      }
    }
    simdjson::dom::object properties;
    const bool has_properties = !s["properties"].get(properties);
    element additional;
    const bool has_additional = !s["additionalProperties"].get(additional);
    for (auto field : object) {
      const std::string member = path + "." + std::string(field.key);
      element sub;
      if (has_properties && !properties.at_key(field.key).get(sub)) {
        if (std::string v = check(field.value, sub, member, depth + 1); !v.empty()) return v;
      } else if (has_additional) {
        if (additional.type() == element_type::BOOL && !additional.get_bool().value_unsafe())
          return path + ": the member '" + std::string(field.key) + "' is not allowed";
        if (std::string v = check(field.value, additional, member, depth + 1); !v.empty()) return v;
      }
    }
    return {};
  }

  std::string check_array(const element& value, simdjson::dom::object& s, const std::string& path,
                          int depth) {
    simdjson::dom::array array = array_of(value);
    const std::size_t n = array.size();
    uint64_t bound = 0;
    if (!s["minItems"].get(bound) && n < bound)
      return path + ": " + std::to_string(n) + " items, fewer than minItems " +
             std::to_string(bound);
    if (!s["maxItems"].get(bound) && n > bound)
      return path + ": " + std::to_string(n) + " items, more than maxItems " +
             std::to_string(bound);
    element items;
    if (!s["items"].get(items) && items.type() != element_type::ARRAY) {
      std::size_t i = 0;
      for (element item : array) {
        if (std::string v = check(item, items, path + "[" + std::to_string(i) + "]", depth + 1);
            !v.empty())
          return v;
        ++i;
      }
    }
    return {};
  }

  static std::string check_string(const element& value, simdjson::dom::object& s,
                                  const std::string& path) {
    const std::size_t n = characters(value.get_string().value_unsafe());
    uint64_t bound = 0;
    if (!s["minLength"].get(bound) && n < bound)
      return path + ": " + std::to_string(n) + " characters, fewer than minLength " +
             std::to_string(bound);
    if (!s["maxLength"].get(bound) && n > bound)
      return path + ": " + std::to_string(n) + " characters, more than maxLength " +
             std::to_string(bound);
    return {};
  }

  static std::string check_number(const element& value, simdjson::dom::object& s,
                                  const std::string& path) {
    const double v = number_of(value);
    const auto bound = [&](const char* key, double& out) {
      element b;
      if (s[key].get(b) || !is_number(b.type())) return false;
      out = number_of(b);
      return true;
    };
    double b = 0;
    if (bound("minimum", b) && v < b) return path + ": below the minimum";
    if (bound("maximum", b) && v > b) return path + ": above the maximum";
    if (bound("exclusiveMinimum", b) && v <= b) return path + ": not above exclusiveMinimum";
    if (bound("exclusiveMaximum", b) && v >= b) return path + ": not below exclusiveMaximum";
    return {};
  }

  element root_;
};

}  // namespace

SchemaCheck check_json(std::string_view document, std::string_view schema_json,
                       bool require_object) {
  SchemaCheck out;
  simdjson::dom::parser doc_parser;
  element doc;
  if (doc_parser.parse(document.data(), document.size()).get(doc)) {
    out.parsed = false;
    out.violation = "not valid JSON";
    return out;
  }
  if (require_object && doc.type() != element_type::OBJECT) {
    out.violation = std::string("$: expected an object, got ") + type_name(doc.type());
    return out;
  }
  if (schema_json.empty()) return out;
  simdjson::dom::parser schema_parser;
  element schema;
  if (schema_parser.parse(schema_json.data(), schema_json.size()).get(schema)) {
    out.schema_ok = false;
    return out;
  }
  out.violation = Checker(schema).check(doc, schema, "$");
  return out;
}

}  // namespace switchyard::routing
