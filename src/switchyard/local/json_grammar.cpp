#include "switchyard/local/json_grammar.hpp"

#include <map>
#include <set>
#include <vector>

#include "switchyard/local/json_value.hpp"

namespace switchyard::local {
namespace {

using core::Error;

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

class SchemaConverter {
 public:
  // Rules go into `rules` (shared by every schema of one grammar, so names
  // never collide); `root` is the schema $refs resolve against.
  SchemaConverter(const JsonValue& root, std::map<std::string, std::string>& rules)
      : root_(root), rules_(rules) {}

  // A named rule for the whole schema, its name derived from `hint`.
  core::Expected<std::string> convert(std::string_view hint) {
    std::string name;
    if (!named(root_, hint, name, 0)) return Error::invalid(error_, "response_format");
    return name;
  }

  // A fresh rule name derived from `hint` ([a-z0-9-] only, as GBNF requires).
  std::string rule_name(std::string_view hint) {
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
    for (int i = 2; rules_.count(name) || reserved(name); ++i) name = base + std::to_string(i);
    rules_[name] = "";  // claim the name
    return name;
  }

 private:
  static constexpr int kMaxDepth = 64;

  bool fail(std::string message) {
    error_ = "json_schema: " + std::move(message);
    return false;
  }

  static bool reserved(const std::string& n) {
    static const std::set<std::string> kNames = {"ws",      "string", "char",  "integer", "number",
                                                 "boolean", "null",   "value", "object",  "array"};
    return kNames.count(n) > 0;
  }

  // Emits a named rule for `schema` and returns its name.
  bool named(const JsonValue& schema, std::string_view hint, std::string& name, int depth) {
    name = rule_name(hint);
    std::string body;
    if (!visit(schema, name, body, depth + 1)) return false;
    rules_[name] = body;
    return true;
  }

  // Writes into `body` a GBNF expression matching `schema`.
  bool visit(const JsonValue& schema, const std::string& hint, std::string& body, int depth) {
    if (depth > kMaxDepth) return fail("schema nests too deeply");
    if (schema.is(JsonValue::Kind::boolean)) {
      if (!schema.boolean()) return fail("the schema `false` matches no document");
      body = "value";
      return true;
    }
    if (!schema.is(JsonValue::Kind::object)) return fail("a schema must be an object");

    if (const auto* ref = schema.find("$ref")) return reference(*ref, body, depth);
    if (const auto* c = schema.find("const")) {
      body = literal(c->dump());
      return true;
    }
    if (const auto* e = schema.find("enum")) {
      if (!e->is(JsonValue::Kind::array) || e->array().empty()) {
        return fail("enum must be a non-empty array");
      }
      body.clear();
      for (const auto& v : e->array()) body += (body.empty() ? "" : " | ") + literal(v.dump());
      return true;
    }
    for (const char* key : {"anyOf", "oneOf"}) {
      if (const auto* alts = schema.find(key)) return alternatives(*alts, hint, body, depth);
    }

    const auto* type = schema.find("type");
    if (!type) {
      // No type: infer from the keywords that are present.
      if (schema.find("properties")) return object(schema, hint, body, depth);
      if (schema.find("items")) return array(schema, hint, body, depth);
      body = "value";
      return true;
    }
    if (type->is(JsonValue::Kind::array)) {
      body.clear();
      for (const auto& t : type->array()) {
        std::string one;
        if (!typed(schema, t, hint, one, depth)) return false;
        body += (body.empty() ? "" : " | ") + one;
      }
      if (body.empty()) return fail("type must not be an empty list");
      return true;
    }
    return typed(schema, *type, hint, body, depth);
  }

  bool typed(const JsonValue& schema, const JsonValue& type, const std::string& hint,
             std::string& body, int depth) {
    if (!type.is(JsonValue::Kind::string)) return fail("type must be a string or a list of them");
    const std::string& t = type.string();
    if (t == "object") return object(schema, hint, body, depth);
    if (t == "array") return array(schema, hint, body, depth);
    if (t == "string") return string(schema, body);
    if (t == "number" || t == "integer" || t == "boolean" || t == "null") {
      body = t;
      return true;
    }
    return fail("unsupported type \"" + t + "\"");
  }

  bool reference(const JsonValue& ref, std::string& body, int depth) {
    if (!ref.is(JsonValue::Kind::string)) return fail("$ref must be a string");
    const std::string& path = ref.string();
    auto it = ref_rules_.find(path);
    if (it != ref_rules_.end()) {  // already converted, or being converted (recursion)
      body = it->second;
      return true;
    }
    const JsonValue* target = nullptr;
    for (const char* prefix : {"#/$defs/", "#/definitions/"}) {
      const std::string p = prefix;
      if (path.rfind(p, 0) == 0) {
        const auto* defs = root_.find(p.substr(2, p.size() - 3));
        if (defs) target = defs->find(path.substr(p.size()));
      }
    }
    if (path == "#") target = &root_;
    if (!target) return fail("unresolvable $ref \"" + path + "\"");
    const std::string name = rule_name("ref-" + path.substr(path.rfind('/') + 1));
    ref_rules_[path] = name;
    std::string target_body;
    if (!visit(*target, name, target_body, depth + 1)) return false;
    rules_[name] = target_body;
    body = name;
    return true;
  }

  bool alternatives(const JsonValue& alts, const std::string& hint, std::string& body, int depth) {
    if (!alts.is(JsonValue::Kind::array) || alts.array().empty()) {
      return fail("anyOf/oneOf must be a non-empty array");
    }
    body.clear();
    int i = 0;
    for (const auto& alt : alts.array()) {
      std::string name;
      if (!named(alt, hint + "-" + std::to_string(i++), name, depth)) return false;
      body += (body.empty() ? "" : " | ") + name;
    }
    return true;
  }

  static int non_negative(const JsonValue& schema, const char* key, int fallback) {
    const auto* v = schema.find(key);
    if (!v || !v->is(JsonValue::Kind::number) || v->number() < 0) return fallback;
    return static_cast<int>(v->number());
  }

  static std::string bounded(const std::string& item, int min, int max) {
    if (max < 0) return item + "{" + std::to_string(min) + ",}";
    return item + "{" + std::to_string(min) + "," + std::to_string(max) + "}";
  }

  bool string(const JsonValue& schema, std::string& body) {
    const int min = non_negative(schema, "minLength", 0);
    const int max = non_negative(schema, "maxLength", -1);
    if (min == 0 && max < 0) {
      body = "string";
    } else {
      body = "\"\\\"\" " + bounded("char", min, max) + " \"\\\"\"";
    }
    return true;
  }

  bool array(const JsonValue& schema, const std::string& hint, std::string& body, int depth) {
    std::string item = "value";
    if (const auto* items = schema.find("items")) {
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

  bool object(const JsonValue& schema, const std::string& hint, std::string& body, int depth) {
    const auto* props = schema.find("properties");
    if (!props || !props->is(JsonValue::Kind::object) || props->object().empty()) {
      body = "object";
      return true;
    }
    std::set<std::string> required;
    if (const auto* req = schema.find("required"); req && req->is(JsonValue::Kind::array)) {
      for (const auto& r : req->array()) {
        if (r.is(JsonValue::Kind::string)) required.insert(r.string());
      }
    }
    // One rule per member: "name" ws ":" ws value.
    std::vector<std::string> req_members, opt_members;
    for (const auto& [key, sub] : props->object()) {
      std::string value_rule;
      if (!named(sub, hint + "-" + key, value_rule, depth)) return false;
      std::string quoted;
      append_json_string(quoted, key);
      const std::string member = literal(quoted) + " ws \":\" ws " + value_rule + " ws";
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

  const JsonValue& root_;
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

core::Expected<std::string> JsonGrammarBuilder::add_schema(std::string_view schema_json,
                                                           std::string_view hint) {
  auto schema = JsonValue::parse(schema_json);
  if (!schema) {
    return Error::invalid("json_schema: " + schema.error().message, "response_format");
  }
  // A schema that fails half-way leaves no half-written rules behind.
  auto before = rules_;
  auto name = SchemaConverter(*schema, rules_).convert(hint);
  if (!name) rules_ = std::move(before);
  return name;
}

std::string JsonGrammarBuilder::add_rule(std::string_view hint, std::string body) {
  const JsonValue none;
  std::string name = SchemaConverter(none, rules_).rule_name(hint);
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
