#include "switchyard/local/json_grammar.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <simdjson.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace switchyard::local {
namespace {

using core::Error;
namespace dom = simdjson::dom;

// Shared building blocks. `ws` allows at most one space or newline so a
// constrained model cannot pad the output with whitespace forever.
constexpr std::string_view kPrimitives = R"(ws ::= [ \n]?
string ::= "\"" char* "\""
char ::= [^"\\\x7F\x00-\x1F] | "\\" (["\\/bfnrt] | "u" [0-9a-fA-F]{4})
integer ::= "-"? ("0" | [1-9] [0-9]{0,15})
number ::= integer ("." [0-9]{1,16})? ([eE] [-+]? [0-9]{1,3})?
boolean ::= "true" | "false"
null ::= "null"
value ::= object | array | string | number | boolean | null
object ::= "{" ws ( string ":" ws value ws ( "," ws string ":" ws value ws )* )? "}"
array ::= "[" ws ( value ws ( "," ws value ws )* )? "]"
)";

// A GBNF string literal matching `text` exactly.
std::string literal(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        out += c;
    }
  }
  return out + "\"";
}

// Member `key` of `object`; nullopt when absent.
std::optional<dom::element> member(dom::object object, std::string_view key) {
  dom::element value;
  if (object.at_key(key).get(value)) return std::nullopt;
  return value;
}

// A value as compact JSON text, for the literals of const and enum.
// simdjson's DOM holds numbers, not their spelling: 2.50 is written 2.5 and
// 1e2 as 100.0, the same number (JSON Schema compares numbers by value).
std::string compact(dom::element value) {
  return simdjson::minify(value);
}

// A fresh rule name derived from `hint` ([a-z0-9-] only, as GBNF requires),
// claimed in `rules` so no other rule of the grammar takes it.
std::string fresh_rule_name(std::map<std::string, std::string>& rules, std::string_view hint) {
  static const std::set<std::string, std::less<>> kReserved = {
      "ws", "string", "char", "integer", "number", "boolean", "null", "value", "object", "array"};
  std::string base;
  for (const char c : hint) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (c >= 'A' && c <= 'Z')
      base += static_cast<char>(c - 'A' + 'a');
    else
      base += ok ? c : '-';
  }
  if (base.empty() || base == "root") base = "r" + base;
  std::string name = base;
  for (int i = 2; rules.count(name) || kReserved.count(name); ++i) name = base + std::to_string(i);
  rules[name] = "";  // claim the name
  return name;
}

class SchemaConverter {
 public:
  // Rules go into `rules` (shared by every schema of one grammar, so names
  // never collide); `root` is the schema $refs resolve against.
  SchemaConverter(dom::element root, std::map<std::string, std::string>& rules)
      : root_(root), rules_(rules) {}

  // A named rule for the whole schema, its name derived from `hint`.
  core::Expected<std::string> convert(std::string_view hint) {
    std::string name;
    if (!named(root_, hint, name, 0)) return Error::invalid(error_, "response_format");
    return name;
  }

 private:
  static constexpr int kMaxDepth = 64;

  bool fail(std::string message) {
    error_ = "json_schema: " + std::move(message);
    return false;
  }

  // Emits a named rule for `schema` and returns its name.
  bool named(dom::element schema, std::string_view hint, std::string& name, int depth) {
    name = fresh_rule_name(rules_, hint);
    std::string body;
    if (!visit(schema, name, body, depth + 1)) return false;
    rules_[name] = body;
    return true;
  }

  // Writes into `body` a GBNF expression matching `schema`.
  bool visit(dom::element element, const std::string& hint, std::string& body, int depth) {
    if (depth > kMaxDepth) return fail("schema nests too deeply");
    if (bool accepts = false; !element.get_bool().get(accepts)) {
      if (!accepts) return fail("the schema `false` matches no document");
      body = "value";
      return true;
    }
    dom::object schema;
    if (element.get_object().get(schema)) return fail("a schema must be an object");

    if (auto ref = member(schema, "$ref")) return reference(*ref, body, depth);
    if (auto c = member(schema, "const")) {
      body = literal(compact(*c));
      return true;
    }
    if (auto e = member(schema, "enum")) {
      dom::array values;
      if (e->get_array().get(values) || values.size() == 0) {
        return fail("enum must be a non-empty array");
      }
      body.clear();
      for (dom::element v : values) body += (body.empty() ? "" : " | ") + literal(compact(v));
      return true;
    }
    for (const char* key : {"anyOf", "oneOf"}) {
      if (auto alts = member(schema, key)) return alternatives(*alts, hint, body, depth);
    }

    const auto type = member(schema, "type");
    if (!type) {
      // No type: infer from the keywords that are present.
      if (member(schema, "properties")) return object(schema, hint, body, depth);
      if (member(schema, "items")) return array(schema, hint, body, depth);
      body = "value";
      return true;
    }
    if (dom::array types; !type->get_array().get(types)) {
      body.clear();
      for (dom::element t : types) {
        std::string one;
        if (!typed(schema, t, hint, one, depth)) return false;
        body += (body.empty() ? "" : " | ") + one;
      }
      if (body.empty()) return fail("type must not be an empty list");
      return true;
    }
    return typed(schema, *type, hint, body, depth);
  }

  bool typed(dom::object schema, dom::element type, const std::string& hint, std::string& body,
             int depth) {
    std::string_view t;
    if (type.get_string().get(t)) return fail("type must be a string or a list of them");
    if (t == "object") return object(schema, hint, body, depth);
    if (t == "array") return array(schema, hint, body, depth);
    if (t == "string") return string(schema, body);
    if (t == "number" || t == "integer" || t == "boolean" || t == "null") {
      body = std::string(t);
      return true;
    }
    return fail("unsupported type \"" + std::string(t) + "\"");
  }

  bool reference(dom::element ref, std::string& body, int depth) {
    std::string_view ref_text;
    if (ref.get_string().get(ref_text)) return fail("$ref must be a string");
    const std::string path(ref_text);
    auto it = ref_rules_.find(path);
    if (it != ref_rules_.end()) {  // already converted, or being converted (recursion)
      body = it->second;
      return true;
    }
    std::optional<dom::element> target;
    for (const std::string_view prefix : {"#/$defs/", "#/definitions/"}) {
      if (path.rfind(prefix, 0) != 0) continue;
      dom::object root, defs;
      if (root_.get_object().get(root)) continue;
      auto d = member(root, prefix.substr(2, prefix.size() - 3));
      if (d && !d->get_object().get(defs)) target = member(defs, path.substr(prefix.size()));
    }
    if (path == "#") target = root_;
    if (!target) return fail("unresolvable $ref \"" + path + "\"");
    const std::string name = fresh_rule_name(rules_, "ref-" + path.substr(path.rfind('/') + 1));
    ref_rules_[path] = name;
    std::string target_body;
    if (!visit(*target, name, target_body, depth + 1)) return false;
    rules_[name] = target_body;
    body = name;
    return true;
  }

  bool alternatives(dom::element alts, const std::string& hint, std::string& body, int depth) {
    dom::array list;
    if (alts.get_array().get(list) || list.size() == 0) {
      return fail("anyOf/oneOf must be a non-empty array");
    }
    body.clear();
    int i = 0;
    for (dom::element alt : list) {
      std::string name;
      if (!named(alt, hint + "-" + std::to_string(i++), name, depth)) return false;
      body += (body.empty() ? "" : " | ") + name;
    }
    return true;
  }

  // A count keyword (minLength, maxItems, ...): `fallback` when absent, not a
  // number or negative.
  static int non_negative(dom::object schema, const char* key, int fallback) {
    const auto v = member(schema, key);
    double n = 0;
    if (!v || !v->is_number() || v->get_double().get(n) || n < 0) return fallback;
    return static_cast<int>(std::min(n, 1e9));
  }

  static std::string bounded(const std::string& item, int min, int max) {
    if (max < 0) return item + "{" + std::to_string(min) + ",}";
    return item + "{" + std::to_string(min) + "," + std::to_string(max) + "}";
  }

  bool string(dom::object schema, std::string& body) {
    const int min = non_negative(schema, "minLength", 0);
    const int max = non_negative(schema, "maxLength", -1);
    if (min == 0 && max < 0) {
      body = "string";
    } else {
      body = "\"\\\"\" " + bounded("char", min, max) + " \"\\\"\"";
    }
    return true;
  }

  bool array(dom::object schema, const std::string& hint, std::string& body, int depth) {
    std::string item = "value";
    if (auto items = member(schema, "items")) {
      if (!named(*items, hint + "-item", item, depth)) return false;
    }
    const int min = non_negative(schema, "minItems", 0);
    const int max = non_negative(schema, "maxItems", -1);
    if (max == 0) {
      body = "\"[\" ws \"]\"";
      return true;
    }
    // First item, then (min-1 .. max-1) more, each preceded by a comma.
    const std::string rest =
        bounded("( \",\" ws " + item + " ws )", min > 0 ? min - 1 : 0, max > 0 ? max - 1 : -1);
    const std::string items = item + " ws " + rest;
    body = "\"[\" ws " + (min > 0 ? items : "( " + items + " )?") + " \"]\"";
    return true;
  }

  bool object(dom::object schema, const std::string& hint, std::string& body, int depth) {
    dom::object props;
    const auto p = member(schema, "properties");
    if (!p || p->get_object().get(props) || props.size() == 0) {
      body = "object";
      return true;
    }
    std::set<std::string, std::less<>> required;
    dom::array req;
    if (auto r = member(schema, "required"); r && !r->get_array().get(req)) {
      for (dom::element name : req) {
        if (std::string_view n; !name.get_string().get(n)) required.emplace(n);
      }
    }
    // One rule per member: "name" ws ":" ws value.
    std::vector<std::string> req_members, opt_members;
    for (dom::key_value_pair property : props) {
      const std::string key(property.key);
      std::string value_rule;
      if (!named(property.value, hint + "-" + key, value_rule, depth)) return false;
      const std::string member = literal(json_quote(key)) + " ws \":\" ws " + value_rule + " ws";
      (required.count(key) ? req_members : opt_members).push_back(member);
    }
    body = "\"{\" ws ";
    for (std::size_t i = 0; i < req_members.size(); ++i) {
      body += (i ? "\",\" ws " : "") + req_members[i] + " ";
    }
    if (!req_members.empty()) {
      for (const auto& m : opt_members) body += "( \",\" ws " + m + " )? ";
    } else {
      // No required member: the first present optional one has no comma.
      // Alternative i starts with member i and may continue with later ones.
      body += "( ";
      for (std::size_t i = 0; i < opt_members.size(); ++i) {
        body += (i ? " | " : "") + opt_members[i];
        for (std::size_t j = i + 1; j < opt_members.size(); ++j) {
          body += " ( \",\" ws " + opt_members[j] + " )?";
        }
      }
      body += " )? ";
    }
    body += "\"}\"";
    return true;
  }

  dom::element root_;
  std::map<std::string, std::string>& rules_;
  std::map<std::string, std::string> ref_rules_;
  std::string error_;
};

}  // namespace

const std::string& json_object_grammar() {
  static const std::string kGrammar = "root ::= object\n" + std::string(kPrimitives);
  return kGrammar;
}

std::string gbnf_literal(std::string_view text) {
  return literal(text);
}

std::string json_quote(std::string_view text) {
  rapidjson::StringBuffer out;
  rapidjson::Writer<rapidjson::StringBuffer> writer(out);
  writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  return std::string(out.GetString(), out.GetSize());
}

core::Expected<std::string> JsonGrammarBuilder::add_schema(std::string_view schema_json,
                                                           std::string_view hint) {
  // The DOM (and `root`, which points into it) lives as long as the parser.
  dom::parser parser;
  dom::element root;
  if (auto ec = parser.parse(schema_json.data(), schema_json.size()).get(root)) {
    if (ec == simdjson::NUMBER_ERROR) {
      return Error::invalid(
          "json_schema: a number in the schema is out of range (an integer wider than 64 bits "
          "or beyond a double's range)",
          "response_format");
    }
    return Error::invalid(
        std::string("json_schema: invalid JSON (") + simdjson::error_message(ec) + ")",
        "response_format");
  }
  // A schema that fails half-way leaves no half-written rules behind.
  auto before = rules_;
  auto name = SchemaConverter(root, rules_).convert(hint);
  if (!name) rules_ = std::move(before);
  return name;
}

std::string JsonGrammarBuilder::add_rule(std::string_view hint, std::string body) {
  std::string name = fresh_rule_name(rules_, hint);
  rules_[name] = std::move(body);
  return name;
}

std::string JsonGrammarBuilder::build(std::string_view root_body) const {
  std::string out = "root ::= ";
  out += root_body;
  out += '\n';
  for (const auto& [name, body] : rules_) out += name + " ::= " + body + "\n";
  out += kPrimitives;
  return out;
}

core::Expected<std::string> json_schema_to_grammar(std::string_view schema_json) {
  JsonGrammarBuilder builder;
  auto root = builder.add_schema(schema_json, "root");
  if (!root) return root.error();
  return builder.build(*root);
}

}  // namespace switchyard::local
