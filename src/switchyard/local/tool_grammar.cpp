#include "switchyard/local/tool_grammar.hpp"

#include "switchyard/local/json_grammar.hpp"
#include "switchyard/local/tool_prompt.hpp"

namespace switchyard::local {

ToolGrammar tool_call_grammar(const std::vector<core::Tool>& tools, bool lazy, bool parallel,
                              std::string_view answer_schema) {
  JsonGrammarBuilder builder;
  std::string functions;
  for (const auto& tool : tools) {
    std::string args = "object";  // no schema, or one the converter cannot read
    if (!tool.parameters_json.empty()) {
      if (auto rule = builder.add_schema(tool.parameters_json, "args-" + tool.name)) args = *rule;
    }
    const std::string head = "\"name\": " + json_quote(tool.name) + ", \"arguments\": ";
    const std::string fn = builder.add_rule("fn-" + tool.name, gbnf_literal(head) + " " + args);
    functions += (functions.empty() ? "" : " | ") + fn;
  }
  const std::string open = std::string(kToolCallOpen) + "\n{";
  const std::string close = "}\n" + std::string(kToolCallClose);
  const std::string call = builder.add_rule(
      "tool-call", gbnf_literal(open) + " ( " + functions + " ) " + gbnf_literal(close));
  std::string calls = parallel ? call + " ( \"\\n\" " + call + " )*" : call;
  ToolGrammar out;
  if (lazy && !answer_schema.empty()) {
    std::string answer = "object";
    if (auto rule = builder.add_schema(answer_schema, "answer")) answer = *rule;
    out.grammar = builder.build(answer + " | " + calls);
    return out;
  }
  out.grammar = builder.build(calls);
  if (lazy) out.trigger = std::string(kToolCallOpen);
  return out;
}

}  // namespace switchyard::local
