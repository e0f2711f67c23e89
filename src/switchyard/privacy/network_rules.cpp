// Web addresses. A URL is reported whole (scheme to path), a bare domain name
// only when it ends in a known top-level domain and, because file names like
// "main.py" share the shape, mostly when the text talks about a site.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "switchyard/privacy/rule.hpp"

namespace switchyard::privacy {

namespace {

std::optional<Candidate> confirm_url(std::string_view text, std::size_t start, std::size_t end) {
  if (glued_before(text, start)) return std::nullopt;
  // Sentence punctuation after a URL is not part of it; a closing bracket is
  // only when the URL opened one.
  while (end > start) {
    const char c = text[end - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' ||
        c == '"') {
      --end;
      continue;
    }
    if (c == ')' || c == ']' || c == '}') {
      const std::string_view s = text.substr(start, end - start);
      const char open = c == ')' ? '(' : c == ']' ? '[' : '{';
      if (std::count(s.begin(), s.end(), open) < std::count(s.begin(), s.end(), c)) {
        --end;
        continue;
      }
    }
    break;
  }
  const std::string_view s = text.substr(start, end - start);
  std::size_t host_at = s.find("://");
  host_at = host_at == std::string_view::npos ? 0 : host_at + 3;
  const std::string_view rest = s.substr(host_at);
  const std::string_view host = rest.substr(0, rest.find_first_of("/?#:"));
  if (host.size() < 3) return std::nullopt;
  if (host.find('.') == std::string_view::npos && host != "localhost") return std::nullopt;
  return Candidate{start, end, 0.6, "url"};
}

bool known_tld(std::string_view tld) {
  // Generic TLDs people write in prose, plus every two-letter country code
  // except those that are common file extensions.
  static constexpr std::array<std::string_view, 24> kGeneric = {
      "com", "org", "net", "edu", "gov", "mil",    "int",  "info", "biz",   "io",   "ai",   "app",
      "dev", "co",  "me",  "tv",  "xyz", "online", "site", "shop", "cloud", "tech", "blog", "eu"};
  static constexpr std::array<std::string_view, 12> kFileExtensions = {
      "py", "rs", "sh", "md", "js", "ts", "cc", "so", "pl", "rb", "ps", "hs"};
  std::string low(tld);
  for (char& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (std::find(kGeneric.begin(), kGeneric.end(), low) != kGeneric.end()) return true;
  if (low.size() != 2) return false;
  return std::find(kFileExtensions.begin(), kFileExtensions.end(), low) == kFileExtensions.end();
}

std::optional<Candidate> confirm_domain(std::string_view text, std::size_t start, std::size_t end) {
  if (!stands_alone(text, start, end)) return std::nullopt;
  const char before = byte_before(text, start), after = byte_at(text, end);
  if (before == '@' || before == '.' || before == '/' || after == '@' ||
      (after == '.' && glued_at(text, end + 1)))
    return std::nullopt;
  const std::string_view s = text.substr(start, end - start);
  if (s.empty() || s[0] == '.' || s[0] == '-' || s.find('.') == std::string_view::npos ||
      s.find("..") != std::string_view::npos)
    return std::nullopt;
  const std::string_view tld = s.substr(s.rfind('.') + 1);
  if (!known_tld(tld)) return std::nullopt;
  const bool www = s.size() > 4 && (s.substr(0, 4) == "www." || s.substr(0, 4) == "WWW.");
  return Candidate{start, end, www ? 0.6 : 0.35, "domain_name"};
}

}  // namespace

std::vector<Rule> network_rules() {
  std::vector<Rule> rules;
  const ContextWords web{{"website", "site", "web", "url", "link", "visit", "domain", "homepage",
                          "page", "blog", "posted", "browse", "http"},
                         {},
                         0.25};
  rules.push_back(
      make_rule(EntityType::url, {R"((?:https?|ftp)://[^\s<>"'`]+)", true}, confirm_url, web));
  rules.push_back(make_rule(EntityType::url,
                            {R"(www\.[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+[^\s<>"'`]*)", true},
                            confirm_url, web));
  // Anchored on the last dot and the top-level domain; the labels before it
  // are found by scanning back.
  Rule domain = make_rule(EntityType::domain_name, {R"(\.[A-Za-z]{2,6}\b)", false, false},
                          confirm_domain, web);
  // (No further back than a domain name's 253 bytes: a longer dotted run
  // is none, and "www.www.www.…" would cost the square of its length.)
  domain.find_start = [](std::string_view text, std::size_t end) {
    std::size_t at = text.rfind('.', end - 1);
    const std::size_t floor = at > 256 ? at - 256 : 0;
    while (at > floor && (is_digit(text[at - 1]) || is_ascii_alpha(text[at - 1]) ||
                          text[at - 1] == '-' || text[at - 1] == '.'))
      --at;
    while (at < end && !is_digit(text[at]) && !is_ascii_alpha(text[at])) ++at;
    return at;
  };
  // What the pattern matches, found from each "." without Hyperscan, where
  // it cost a third of the whole pass: two to six ASCII letters after the
  // dot, then no letter, digit or underscore (Hyperscan's \b).
  domain.find = [](std::string_view text, std::vector<PatternMatch>& out) {
    for_each_of(text, '.', '.', [&](std::size_t dot) {
      std::size_t end = dot + 1;
      while (end < text.size() && end - dot <= 7 && is_ascii_alpha(text[end])) ++end;
      const std::size_t letters = end - dot - 1;
      const char after = byte_at(text, end);
      if (letters >= 2 && letters <= 6 && !is_digit(after) && !is_ascii_alpha(after) &&
          after != '_')
        out.push_back({0, end, end});
    });
  };
  rules.push_back(std::move(domain));
  return rules;
}

}  // namespace switchyard::privacy
