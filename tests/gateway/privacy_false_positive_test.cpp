// Scanning every field must not mean redacting ids and enums. A corpus of
// realistic machine data, generated here in several styles (OpenAI tool
// definitions with JSON schemas, response formats, metadata maps of ids,
// enums and trace ids, unmodelled fields, tool-call arguments in history),
// attached to an ordinary question: a request whose only "finding" is in
// that data and that is classed above public is a false positive (it would
// be redacted, or kept off the cloud). The measured rate is printed and
// held under a bound; docs/privacy.md keeps the figure.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "switchyard/api/openai/chat_codec.hpp"
#include "switchyard/gateway/privacy_stage.hpp"

namespace switchyard::gateway {
namespace {

using Rng = std::mt19937_64;

const privacy::Detector& detector() {
  static const privacy::Detector d;
  return d;
}

template <std::size_t N>
const char* pick(Rng& rng, const char* const (&options)[N]) {
  return options[rng() % N];
}

std::string from(Rng& rng, std::string_view alphabet, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += alphabet[rng() % alphabet.size()];
  return s;
}

constexpr std::string_view kHex = "0123456789abcdef";
constexpr std::string_view kBase62 =
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr std::string_view kCrockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

// An identifier in one of the styles services use.
std::string make_id(Rng& rng) {
  switch (rng() % 10) {
    case 0:  // UUID
      return from(rng, kHex, 8) + "-" + from(rng, kHex, 4) + "-4" + from(rng, kHex, 3) + "-a" +
             from(rng, kHex, 3) + "-" + from(rng, kHex, 12);
    case 1:  // ULID with a prefix
      return std::string(pick(rng, {"cust_", "req_", "msg_", "run_", "evt_"})) + "01" +
             from(rng, kCrockford, 24);
    case 2:  // W3C trace id / span id
      return from(rng, kHex, rng() % 2 ? 32 : 16);
    case 3:  // git SHA, short or long
      return from(rng, kHex, rng() % 2 ? 7 : 40);
    case 4:  // Stripe-like
      return std::string(pick(rng, {"ch_", "pi_", "sub_", "prod_", "price_"})) +
             from(rng, kBase62, 24);
    case 5:  // numeric database id
      return std::to_string(1 + rng() % 99999999);
    case 6:  // k8s pod name
      return std::string(pick(rng, {"api", "worker", "gateway", "billing"})) + "-" +
             from(rng, "0123456789abcdefghjkmnpqrstvwxz", 10) + "-" +
             from(rng, "bcdfghjklmnpqrstvwxz2456789", 5);
    case 7:  // order number
      return std::string(pick(rng, {"NW-", "ORD-", "INV-", "TCK-"})) +
             std::to_string(10000 + rng() % 90000);
    case 8:  // session
      return "sess_" + from(rng, kBase62, 16);
    default:  // slug
      return std::string(pick(rng, {"acme", "globex", "initech", "umbrella", "hooli"})) + "-" +
             pick(rng, {"prod", "staging", "dev", "eu", "us"});
  }
}

const char* const kEnums[][4] = {
    {"celsius", "fahrenheit", "kelvin", "auto"},
    {"low", "medium", "high", "urgent"},
    {"asc", "desc", "relevance", "date"},
    {"draft", "open", "closed", "archived"},
    {"json", "csv", "xml", "markdown"},
    {"GET", "POST", "PUT", "DELETE"},
    {"en", "de", "fr", "es"},
    {"USD", "EUR", "GBP", "JPY"},
    {"economy", "premium", "business", "first"},
    {"small", "medium", "large", "xl"},
    {"pending", "shipped", "delivered", "returned"},
    {"daily", "weekly", "monthly", "yearly"},
};

const char* const kDescriptions[] = {
    "Get the current weather for a location.",
    "Search the product catalogue and return matching items.",
    "Look up the shipping status of an order by its order number.",
    "Create a calendar event with a title, start time and attendees.",
    "Send a message to a Slack channel.",
    "Run a SQL query against the analytics warehouse (read only).",
    "Fetch the contents of a web page and return it as Markdown.",
    "Translate text into the target language.",
    "Book a flight between two airports on a given date.",
    "Return the exchange rate between two currencies.",
    "List open pull requests in a GitHub repository.",
    "Summarise a document stored in Google Drive.",
    "Open a support ticket for a human agent.",
    "Compute the shortest route between two addresses.",
    "Retrieve a customer's subscription plan and renewal date.",
};

const char* const kPropertyNames[] = {
    "location",   "unit",        "query",        "limit",     "order_id", "status",
    "start_time", "end_time",    "timezone",     "channel",   "text",     "repo",
    "owner",      "page",        "per_page",     "currency",  "amount",   "date",
    "origin",     "destination", "cabin",        "format",    "language", "include_meta",
    "sort",       "filters",     "tags",         "priority",  "url",      "max_results",
    "userId",     "accountId",   "createdAfter", "PageToken", "Title",
};

const char* const kPropertyDescriptions[] = {
    "The city and state, e.g. San Francisco, CA",
    "Maximum number of results to return",
    "ISO 8601 timestamp, e.g. 2024-05-01T09:30:00Z",
    "IANA time zone such as Europe/Berlin",
    "Three-letter IATA airport code, e.g. SFO",
    "Free-text search query",
    "Pagination cursor returned by the previous call",
    "The order number shown on the receipt",
    "Currency code (ISO 4217)",
    "Whether to include archived items",
    "Owner of the repository (user or organisation)",
    "Comma-separated list of tags",
};

std::string property(Rng& rng, int depth) {
  const char* name = pick(rng, kPropertyNames);
  std::string p = std::string("\"") + name + "\":{";
  switch (depth < 2 ? rng() % 6 : rng() % 4) {
    case 0: {
      const auto& e = kEnums[rng() % std::size(kEnums)];
      p += R"("type":"string","enum":[")" + std::string(e[0]) + R"(",")" + e[1] + R"(",")" + e[2] +
           R"(",")" + e[3] + R"("])";
      break;
    }
    case 1:
      p += R"("type":"integer","minimum":)" + std::to_string(rng() % 2) + R"(,"maximum":)" +
           std::to_string(10 + rng() % 990) + R"(,"default":)" + std::to_string(rng() % 50);
      break;
    case 2:
      p += R"("type":"string","format":")" +
           std::string(pick(rng, {"date-time", "date", "uri", "email", "uuid"})) + "\"";
      break;
    case 3:
      p += R"("type":"boolean","default":)" + std::string(rng() % 2 ? "true" : "false");
      break;
    case 4:
      p += R"("type":"array","items":{"type":"object","properties":{)" + property(rng, depth + 1) +
           "," + property(rng, depth + 1) + "}}";
      break;
    default:
      p += R"("type":"object","additionalProperties":false,"properties":{)" +
           property(rng, depth + 1) + "}";
      break;
  }
  if (rng() % 2) p += std::string(R"(,"description":")") + pick(rng, kPropertyDescriptions) + "\"";
  if (rng() % 5 == 0) p += R"(,"pattern":"^[A-Z]{3}-\\d{4,6}$")";
  return p + "}";
}

std::string tool_name(Rng& rng) {
  const char* verb = pick(rng, {"get", "search", "create", "list", "update", "send", "book"});
  const char* noun = pick(rng, {"weather", "orders", "event", "tickets", "flights", "message"});
  switch (rng() % 3) {
    case 0:
      return std::string(verb) + "_" + noun;
    case 1: {
      std::string n = std::string(verb) + noun;
      n[std::string(verb).size()] = static_cast<char>(n[std::string(verb).size()] - 32);
      return n;
    }
    default:
      return std::string(pick(rng, {"crm", "billing", "github", "calendar"})) + "." + verb + "_" +
             noun;
  }
}

std::string tool(Rng& rng) {
  std::string props = property(rng, 0);
  for (int k = static_cast<int>(rng() % 4); k > 0; --k) {
    props += ',';  // piecewise: g++ 12's -Wrestrict misfires on "," + s
    props += property(rng, 0);
  }
  return R"({"type":"function","function":{"name":")" + tool_name(rng) + R"(","description":")" +
         pick(rng, kDescriptions) + R"(","parameters":{"type":"object","properties":{)" + props +
         R"(},"required":[]})" + (rng() % 3 == 0 ? R"(,"strict":true)" : "") + "}}";
}

std::string metadata(Rng& rng) {
  const char* const keys[] = {"session_id", "trace_id", "span_id",    "request_id", "env",
                              "region",     "version",  "tenant",     "build",      "feature_flags",
                              "user_tier",  "app",      "deployment", "run_id",     "experiment"};
  std::string m = "{";
  const int n = static_cast<int>(2 + rng() % 8);
  for (int i = 0; i < n; ++i) {
    const char* key = keys[rng() % std::size(keys)];
    std::string value;
    switch (rng() % 5) {
      case 0:
        value = pick(rng, {"prod", "staging", "eu-west-1", "us-east-2", "pro", "free", "web", "ios",
                           "android", "cli", "control", "variant_b"});
        break;
      case 1:
        value = std::to_string(2023 + rng() % 3) + "-" + std::to_string(10 + rng() % 3) + "-0" +
                std::to_string(1 + rng() % 9);
        break;
      case 2:
        value = "v" + std::to_string(rng() % 5) + "." + std::to_string(rng() % 20) + "." +
                std::to_string(rng() % 10);
        break;
      default:
        value = make_id(rng);
    }
    m += std::string(i ? "," : "") + "\"" + key + "_" + std::to_string(i) + "\":\"" + value + "\"";
  }
  return m + "}";
}

// One request of machine data around a question with nothing personal in it.
std::string request(Rng& rng) {
  std::string body = R"({"model":"gpt-4o-mini","messages":[)";
  body += R"({"role":"system","content":"You are a helpful assistant that uses tools."},)";
  body += R"({"role":"user","content":"What's the status of my latest order?"})";
  if (rng() % 2) {
    // A tool call in the history, with its result.
    const std::string id = "call_" + from(rng, kBase62, 24);
    std::string args = R"({\"order_id\":\")" + make_id(rng) + R"(\",\"include_history\":)" +
                       (rng() % 2 ? "true" : "false") + R"(,\"limit\":)" +
                       std::to_string(rng() % 100) + R"(,\"status\":\")" + kEnums[10][rng() % 4] +
                       R"(\"})";
    body += R"(,{"role":"assistant","content":null,"tool_calls":[{"id":")" + id +
            R"(","type":"function","function":{"name":")" + tool_name(rng) + R"(","arguments":")" +
            args + R"("}}]})";
    body += R"(,{"role":"tool","tool_call_id":")" + id + R"(","content":"{\"status\":\")" +
            kEnums[10][rng() % 4] + R"(\",\"eta_days\":)" + std::to_string(rng() % 9) + "}\"}";
  }
  body += "]";
  body += R"(,"tools":[)" + tool(rng);
  for (int k = static_cast<int>(rng() % 4); k > 0; --k) body += "," + tool(rng);
  body += "]";
  if (rng() % 3 == 0)
    body += R"(,"tool_choice":{"type":"function","function":{"name":")" + tool_name(rng) + "\"}}";
  if (rng() % 3 == 0) {
    body += R"(,"response_format":{"type":"json_schema","json_schema":{"name":")" +
            std::string(pick(rng, {"order_status", "WeatherReport", "search-results"})) +
            R"(","strict":true,"schema":{"type":"object","properties":{)" + property(rng, 0) + "," +
            property(rng, 0) + R"(},"additionalProperties":false}}})";
  }
  body += R"(,"metadata":)" + metadata(rng);
  if (rng() % 2) body += R"(,"user":")" + make_id(rng) + "\"";
  if (rng() % 2) {
    body += R"(,"x_trace":{"trace_id":")" + from(rng, kHex, 32) + R"(","span":")" +
            from(rng, kHex, 16) + R"(","sampled":true,"attrs":{"service":")" +
            pick(rng, {"checkout", "search", "billing"}) + R"(","retry":)" +
            std::to_string(rng() % 3) + "}}";
  }
  if (rng() % 3 == 0)
    body += R"(,"reasoning_effort":")" + std::string(pick(rng, {"low", "medium", "high"})) + "\"";
  if (rng() % 3 == 0) body += R"(,"service_tier":"auto","store":false)";
  return body + "}";
}

TEST(PrivacyFalsePositives, TheTraceExampleIsNotAPerson) {
  auto req = api::openai::decode_chat_request(
      R"({"model":"m","messages":[{"role":"user","content":"hi"}],"x":{"trace":"abc"},"user":"bob_42","metadata":{"env":"john"}})");
  ASSERT_TRUE(req);
  const Inspection seen =
      inspect(&detector(), privacy::PrivacyPolicy{}, *req, std::nullopt, std::nullopt);
  EXPECT_FALSE(seen.found_any);
  EXPECT_EQ(seen.classification.level, privacy::DataClass::public_);
}

TEST(PrivacyFalsePositives, RealisticToolsAndMetadataAreRarelyTakenForData) {
  constexpr int kRequests = 2000;
  // Another seed gives another corpus of the same kinds (a check that the
  // figure is not fitted to this one).
  const char* seed = std::getenv("SWITCHYARD_PRIVACY_FP_SEED");
  Rng rng(seed && *seed ? std::strtoull(seed, nullptr, 10) : 20261203);
  int raised = 0, strings = 0;
  std::map<std::string, int> by_type;
  std::string examples;
  for (int i = 0; i < kRequests; ++i) {
    const std::string body = request(rng);
    auto req = api::openai::decode_chat_request(body);
    ASSERT_TRUE(req) << req.error().message << "\n" << body;
    for (char c : body) strings += c == '"';
    const Inspection seen =
        inspect(&detector(), privacy::PrivacyPolicy{}, *req, std::nullopt, std::nullopt);
    if (seen.classification.level == privacy::DataClass::public_) continue;
    ++raised;
    for (const auto& [type, n] : seen.classification.entity_counts) by_type[type] += n;
    for (const privacy::TextEdits& e : seen.edits)
      for (const privacy::TextEdit& edit : e.edits)
        if (examples.size() < 4000)
          examples += std::string(privacy::entity_name(edit.type)) + " '" + edit.value + "'\n";
  }
  strings /= 4;  // a key and a value: about two strings, four quotes
  std::string types;
  for (const auto& [type, n] : by_type) types += type + "=" + std::to_string(n) + " ";
  std::printf(
      "privacy false positives: %d of %d requests of generated tools/schemas/metadata "
      "(~%d strings) raised above public (%.2f%%); findings: %s\n",
      raised, kRequests, strings, 100.0 * raised / kRequests, types.c_str());
  // The bound the measured figure is held under (docs/privacy.md).
  EXPECT_LE(raised, kRequests / 200) << examples;
}

}  // namespace
}  // namespace switchyard::gateway
