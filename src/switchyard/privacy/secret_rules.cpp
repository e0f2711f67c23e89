// Credentials. Most providers give their tokens a fixed prefix and alphabet,
// so the pattern alone is strong evidence; a private key is reported from its
// BEGIN line through its END line. Values assigned to key-like names
// ("api_key = ...", "password: ...") count when they look random enough.
#include <algorithm>
#include <array>

#include "switchyard/privacy/checksums.hpp"
#include "switchyard/privacy/rule.hpp"

namespace switchyard::privacy {

namespace {

// A token with a known prefix: the pattern is the evidence.
Confirm token(std::string_view detector, double score = 0.95) {
  return [detector, score](std::string_view text, std::size_t start,
                           std::size_t end) -> std::optional<Candidate> {
    if (glued_before(text, start)) return std::nullopt;
    if (glued_at(text, end) && byte_at(text, end) != '_') return std::nullopt;
    return Candidate{start, end, score, detector};
  };
}

std::optional<Candidate> confirm_private_key(std::string_view text, std::size_t start,
                                             std::size_t end) {
  // Through the matching END line; a key cut off before it is redacted to the
  // end of the text, since every line of it is secret.
  const std::size_t end_line = text.find("-----END", end);
  if (end_line == std::string_view::npos) return Candidate{start, text.size(), 1.0, "private_key"};
  const std::size_t close = text.find("-----", end_line + 8);
  end = close == std::string_view::npos ? text.size() : close + 5;
  return Candidate{start, end, 1.0, "private_key"};
}

// What the private key's pattern matches, found from each "-----BEGIN ":
// words of capitals and digits apart by one space, the last two "PRIVATE
// KEY" (or three, "PRIVATE KEY BLOCK"), then "-----". A header inside a key
// already found is not reported: each key's END is searched for once, and a
// key without one runs to the end of the text ("-----BEGIN PRIVATE
// KEY-----" repeated would otherwise cost the square of its length).
void find_private_key_headers(std::string_view text, std::vector<PatternMatch>& out) {
  constexpr std::string_view kBegin = "-----BEGIN ";
  for (std::size_t at = text.find(kBegin); at != std::string_view::npos;
       at = text.find(kBegin, at + 1)) {
    std::string_view last[3];  // the last three words, the last first
    std::size_t k = at + kBegin.size(), words = 0;
    bool header = false;
    while (k < text.size() && words < 64) {
      const std::size_t w = k;
      while (k < text.size() && (is_digit(text[k]) || (text[k] >= 'A' && text[k] <= 'Z'))) ++k;
      if (k == w) break;
      last[2] = last[1];
      last[1] = last[0];
      last[0] = text.substr(w, k - w);
      ++words;
      if (text.substr(k, 5) == "-----") {
        header = (last[0] == "KEY" && last[1] == "PRIVATE") ||
                 (last[0] == "BLOCK" && last[1] == "KEY" && last[2] == "PRIVATE");
        break;
      }
      if (k >= text.size() || text[k] != ' ') break;
      ++k;
    }
    if (!header) continue;
    out.push_back({0, at, k + 5});
    const std::size_t end_line = text.find("-----END", k + 5);
    if (end_line == std::string_view::npos) return;
    at = end_line;
  }
}

std::optional<Candidate> confirm_jwt(std::string_view text, std::size_t start, std::size_t end) {
  if (glued_before(text, start) || glued_at(text, end)) return std::nullopt;
  return Candidate{start, end, 0.9, "json_web_token"};
}

// "scheme://user:password@" → "user:password", unless the password is a
// placeholder ("<password>", "${DB_PASS}", "***", "password").
std::optional<Candidate> confirm_url_credentials(std::string_view text, std::size_t start,
                                                 std::size_t end) {
  const std::string_view s = text.substr(start, end - start);
  const std::size_t scheme_end = s.find("://");
  if (scheme_end == std::string_view::npos || scheme_end == 0 || !is_ascii_alpha(s[0]) ||
      glued_before(text, start))
    return std::nullopt;
  const std::size_t from = scheme_end + 3, colon = s.find(':', from);
  if (colon == std::string_view::npos) return std::nullopt;
  const std::string_view password = s.substr(colon + 1, s.size() - 1 - (colon + 1));
  if (password.empty() || password.find_first_of("${}*") != std::string_view::npos ||
      password == "password" || password == "pass" || password == "PASSWORD")
    return std::nullopt;
  return Candidate{start + from, end - 1, 0.95, "url_credentials"};
}

// "api_key = 'x7Gh...'" → the value, when it is long and random.
std::optional<Candidate> confirm_assigned_secret(std::string_view text, std::size_t start,
                                                 std::size_t end) {
  if (glued_at(text, end)) return std::nullopt;
  const std::string_view s = text.substr(start, end - start);
  const std::size_t sep = s.find_first_of(":=");
  if (sep == std::string_view::npos) return std::nullopt;
  std::size_t value = sep + 1;
  while (value < s.size() && (s[value] == ' ' || s[value] == '"' || s[value] == '\'')) ++value;
  const std::string_view v = s.substr(value);
  if (v.size() < 16) return std::nullopt;
  // Judged on its first 256 bytes: a value as long as the text
  // ("password=password=…", each match running to its end) would cost the
  // square of the text's length.
  const std::string_view head = v.substr(0, 256);
  const bool has_digit = std::any_of(head.begin(), head.end(), is_digit);
  const bool has_alpha = std::any_of(head.begin(), head.end(), is_ascii_alpha);
  if (!has_digit || !has_alpha || shannon_entropy(head) < 3.5) return std::nullopt;
  return Candidate{start + value, end, 0.8, "high_entropy_assignment"};
}

// Some ":" or "=" in `text` is followed by at most three spaces, an
// optional quote and sixteen value characters: the tail of the assignment
// pattern ([:=]\s{0,3}["']?[A-Za-z0-9+/=_\-.~]{16,}).
bool assigns_long_value(std::string_view text) {
  static constexpr auto kValueByte = [] {
    std::array<bool, 256> t{};
    for (char c : std::string_view("+/=_-.~")) t[static_cast<unsigned char>(c)] = true;
    for (int c = 0; c < 256; ++c)
      if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        t[static_cast<std::size_t>(c)] = true;
    return t;
  }();
  auto space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
  };
  const std::size_t n = text.size();
  bool found = false;
  for_each_of(text, ':', '=', [&](std::size_t separator) {
    if (found) return;
    std::size_t i = separator + 1;
    for (int k = 0; k < 3 && i < n && space(text[i]); ++k) ++i;
    if (i < n && (text[i] == '"' || text[i] == '\'')) ++i;
    std::size_t run = 0;
    while (run < 16 && i + run < n && kValueByte[static_cast<unsigned char>(text[i + run])]) ++run;
    found = run == 16;
  });
  return found;
}

}  // namespace

std::vector<Rule> secret_rules() {
  std::vector<Rule> rules;
  auto add = [&rules](std::string expression, Confirm confirm, bool caseless = false) {
    rules.push_back(
        make_rule(EntityType::secret, {std::move(expression), caseless}, std::move(confirm), {}));
  };
  add(R"((?:AKIA|ASIA|ABIA|ACCA|AIDA|AROA)[0-9A-Z]{16})", token("aws_access_key_id"));
  add(R"(AIza[0-9A-Za-z_\-]{35})", token("gcp_api_key"));
  add(R"(ya29\.[0-9A-Za-z_\-]{20,})", token("gcp_oauth_token", 0.9));
  add(R"(AccountKey=[A-Za-z0-9+/]{86}==)", token("azure_storage_key"));
  add(R"(SharedAccessSignature=[^\s;"']{20,}|[?&]sig=[A-Za-z0-9%+/=]{40,})",
      token("azure_sas_token", 0.85));
  add(R"(sk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_\-]{80,})", token("anthropic_api_key"));
  add(R"(sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,})", token("openai_api_key", 0.9));
  add(R"(gh[pousr]_[A-Za-z0-9]{36,})", token("github_token"));
  add(R"(github_pat_[A-Za-z0-9_]{60,})", token("github_token"));
  add(R"(xox[abposr]-[A-Za-z0-9\-]{10,})", token("slack_token"));
  add(R"(https://hooks\.slack\.com/services/T[A-Za-z0-9_]+/B[A-Za-z0-9_]+/[A-Za-z0-9_]+)",
      token("slack_webhook"));
  // Stripe live secret and restricted keys, GitLab, Hugging Face, npm,
  // SendGrid, Shopify and DigitalOcean tokens: each by its documented prefix.
  add(R"((?:sk|rk)_live_[0-9A-Za-z]{24,})", token("stripe_key"));
  add(R"(glpat-[0-9A-Za-z_\-]{20,})", token("gitlab_token"));
  add(R"(hf_[A-Za-z]{34,})", token("huggingface_token"));
  add(R"(npm_[A-Za-z0-9]{36})", token("npm_token"));
  add(R"(SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43})", token("sendgrid_key"));
  add(R"(shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})", token("shopify_token"));
  add(R"(do[opr]_v1_[a-f0-9]{64})", token("digitalocean_token"));
  // A user and password in a URL ("postgres://admin:s3cr3t@db:5432/app"):
  // the two, between "://" and "@". Matched from "://" (a start Hyperscan
  // need not track); the scheme before it is found by scanning back.
  Rule url_credentials =
      make_rule(EntityType::secret, {R"(://[^\s/:@"'<>]+:[^\s/@"'<>]+@)", false, false},
                confirm_url_credentials, {});
  url_credentials.find_start = [](std::string_view text, std::size_t end) {
    std::size_t at = text.rfind("://", end);
    if (at == std::string_view::npos) return end;
    for (int k = 0; k < 16 && at > 0; ++k) {
      const char c = text[at - 1];
      if (!(is_ascii_alpha(c) || is_digit(c) || c == '+' || c == '.' || c == '-')) break;
      --at;
    }
    return at;
  };
  rules.push_back(std::move(url_credentials));
  add(R"(-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----)", confirm_private_key);
  rules.back().find = find_private_key_headers;
  add(R"(eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,})", confirm_jwt);
  add(R"((?:api[_\-]?key|apikey|secret|token|passw(?:or)?d|pwd|access[_\-]?key|client[_\-]?secret|auth)[A-Za-z_\-]*["']?\s{0,3}[:=]\s{0,3}["']?[A-Za-z0-9+/=_\-.~]{16,})",
      confirm_assigned_secret, true);
  // Its short case-insensitive names ("pwd", "auth") cost the main pass a
  // third of its time on every text; most texts have no "=" or ":" followed
  // by sixteen value characters, and then it cannot match.
  rules.back().prefilter = [](std::string_view text) { return assigns_long_value(text); };
  return rules;
}

}  // namespace switchyard::privacy
