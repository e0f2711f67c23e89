#include "switchyard/api/openai/json_input.hpp"

#include <string>

namespace switchyard::api::openai::json {

namespace dom = simdjson::dom;
using dom::element_type;

simdjson::error_code Parse::run(std::string_view body, dom::element& root) {
  dom::parser* p = nullptr;
  if (body.size() <= kReuseParserLimit) {
    thread_local dom::parser tls;
    p = &tls;
  } else {
    own_ = std::make_unique<dom::parser>();
    p = own_.get();
  }
  // realloc_if_needed = true: simdjson copies the input into its own padded
  // buffer (a string_view gives no guarantee about bytes past its end).
  return p->parse(body.data(), body.size(), true).get(root);
}

const char* type_phrase(dom::element e) {
  switch (e.type()) {
    case element_type::ARRAY:
      return "an array";
    case element_type::OBJECT:
      return "an object";
    case element_type::INT64:
    case element_type::UINT64:
      return "an integer";
    case element_type::DOUBLE:
      return "a decimal";
    case element_type::STRING:
      return "a string";
    case element_type::BOOL:
      return "a boolean";
    case element_type::NULL_VALUE:
      return "null";
  }
  return "an unknown value";
}

namespace {

// A copy of `body` with every integer that does not fit 64 bits rewritten as
// a decimal of the same length; empty when the body has none.
std::string widen_integers(std::string_view body) {
  std::string out;
  const char* const b = body.data();
  const std::size_t n = body.size();
  std::size_t i = 0;
  while (i < n) {
    const char c = b[i];
    if (c == '"') {  // strings are skipped whole, escapes included
      for (++i; i < n && b[i] != '"'; ++i) {
        if (b[i] == '\\') ++i;
      }
      ++i;
      continue;
    }
    if (c < '0' || c > '9') {
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < n && b[i] >= '0' && b[i] <= '9') ++i;
    if (i < n && (b[i] == '.' || b[i] == 'e' || b[i] == 'E')) {
      // A decimal: simdjson reads it as a double; skip its fraction and exponent.
      while (i < n && ((b[i] >= '0' && b[i] <= '9') || b[i] == '.' || b[i] == 'e' || b[i] == 'E' ||
                       b[i] == '+' || b[i] == '-')) {
        ++i;
      }
      continue;
    }
    const std::size_t digits = i - start;
    constexpr std::string_view kMax = "18446744073709551615";  // UINT64_MAX
    if (digits < kMax.size() || (digits == kMax.size() && body.substr(start, digits) <= kMax)) {
      continue;
    }
    if (out.empty()) out.assign(body);
    out[i - 2] = 'e';
    out[i - 1] = '2';
  }
  return out;
}

}  // namespace

simdjson::error_code parse_wide(Parse& parse, std::string_view body, dom::element& root) {
  auto ec = parse.run(body, root);
  if (ec == simdjson::NUMBER_ERROR) {
    // Rare: only now is the body looked at for integers simdjson cannot hold.
    // The DOM copies what it keeps, so the rewritten copy may go at once.
    const std::string widened = widen_integers(body);
    if (!widened.empty()) ec = parse.run(widened, root);
  }
  return ec;
}

core::Expected<dom::object> request_object(Parse& parse, std::string_view body,
                                           std::string_view empty_hint, bool wide_integers) {
  // Skip leading whitespace only to detect an empty body.
  std::size_t ws = 0;
  while (ws < body.size() &&
         (body[ws] == ' ' || body[ws] == '\n' || body[ws] == '\r' || body[ws] == '\t')) {
    ++ws;
  }
  if (ws == body.size()) {
    std::string m = "The request body is empty. ";
    m += empty_hint;
    return core::Error::invalid(std::move(m));
  }
  dom::element root;
  auto ec = wide_integers ? parse_wide(parse, body, root) : parse.run(body, root);
  if (ec) {
    return core::Error::invalid(
        std::string("We could not parse the JSON body of your request. (HINT: This likely means "
                    "you aren't using your HTTP library correctly. The API expects a JSON "
                    "payload, but what was sent was not valid JSON: ") +
        simdjson::error_message(ec) + ")");
  }
  dom::object obj;
  if (root.get_object().get(obj)) {
    return core::Error::invalid(std::string("The request body must be a JSON object, but got ") +
                                type_phrase(root) + " instead.");
  }
  return obj;
}

}  // namespace switchyard::api::openai::json
