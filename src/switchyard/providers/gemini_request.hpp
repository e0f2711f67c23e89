// The canonical chat request as the body of Gemini's generateContent (and
// streamGenerateContent, the same body), after Google's public reference
// (ai.google.dev/api/generate-content):
//
//   messages        → contents[] of {role: "user" | "model", parts[]};
//                     adjacent turns of one role share one content, so the
//                     results of parallel tool calls answer them together
//   system, developer → systemInstruction.parts[] (text), in order
//   text, refusal   → {text}
//   image           → {inlineData: {mimeType, data}} from a base64 data: URL
//                     or base64 data; an http(s) URL is refused (Gemini reads
//                     only files it holds), as is an image that is not base64
//   tool call       → {functionCall: {name, args}} (the arguments as a JSON
//                     object; empty arguments are {})
//   tool result     → {functionResponse: {name, response}}: the name is the
//                     call's, found by its id among the earlier tool calls;
//                     a JSON-object result is the response, any other text
//                     is {"output": text}, a failed call's {"error": text}
//   thinking        → left out (the model's own reasoning, not input)
//   tools           → tools[0].functionDeclarations[] {name, description,
//                     parametersJsonSchema}: the client's JSON Schema as sent
//                     (Gemini's `parameters` takes an OpenAPI subset that
//                     rejects JSON Schema keywords such as
//                     additionalProperties, which OpenAI's strict tools carry)
//   tool_choice     → toolConfig.functionCallingConfig: none → NONE,
//                     auto → AUTO, required → ANY, a function → ANY with
//                     allowedFunctionNames [it]
//   generationConfig: temperature, topP, topK (`top_k`: Anthropic's, or an
//                     OpenAI body's extra, as vLLM reads it), maxOutputTokens
//                     (max_completion_tokens, else max_tokens),
//                     stopSequences, candidateCount (n), seed,
//                     presencePenalty, frequencyPenalty; response_format
//                     json_object → responseMimeType application/json,
//                     json_schema → the same with responseJsonSchema (its
//                     `schema`, as sent); reasoning → thinkingConfig
//                     (budget_tokens → thinkingBudget; effort none → 0, low
//                     and minimal → 1024, medium → 8192, high → 24576, the
//                     budgets Google's OpenAI-compatible endpoint uses)
//
// What has no place in Gemini's body is refused with a 400 naming the field
// (another dialect's opaque content, a tool of a type other than function,
// arguments or a tool result that is not JSON where an object is needed);
// what only steers OpenAI's own service (user, metadata, store, stream
// options, parallel_tool_calls, unmodelled members) is left out.
#pragma once

#include <string>

#include "switchyard/core/chat.hpp"
#include "switchyard/core/error.hpp"

namespace switchyard::providers {

core::Expected<std::string> encode_gemini_request(const core::ChatRequest& req);

}  // namespace switchyard::providers
