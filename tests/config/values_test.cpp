// The plain-text value formats of the configuration, each on its own.
#include "switchyard/config/values.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <string>

namespace switchyard::config {
namespace {

TEST(ParseListen, AcceptsIPv4AndBracketedIPv6WithAPort) {
  auto a = parse_listen("127.0.0.1:8080");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->host, "127.0.0.1");
  EXPECT_EQ(a->port, 8080);

  auto b = parse_listen("[::1]:443");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->host, "::1");  // without brackets
  EXPECT_EQ(b->port, 443);

  auto c = parse_listen("  0.0.0.0:0  ");  // blanks trimmed; port 0 asks the OS
  ASSERT_TRUE(c);
  EXPECT_EQ(c->host, "0.0.0.0");
  EXPECT_EQ(c->port, 0);

  auto d = parse_listen("0.0.0.0:65535");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->port, 65535);
}

TEST(ParseListen, RejectsWhatTheServerCannotBindAndSaysWhatToWrite) {
  struct Case {
    const char* text;
    std::string_view expect;
  };
  for (const Case& c : {
           Case{"8080", "needs a port: write HOST:PORT"},
           Case{"localhost:8080", "write 127.0.0.1:8080"},
           Case{"example.com:80", "not an IP address"},
           Case{"::1:8080", "write it as [::1]:PORT"},
           Case{"[::1", "unclosed '['"},
           Case{"[::1]8080", "needs a port after ']'"},
           Case{"[127.0.0.1]:80", "not an IPv6 address"},
           Case{":8080", "has no host"},
           Case{"1.2.3.4:", "port from 0 to 65535"},
           Case{"1.2.3.4:65536", "port from 0 to 65535"},
           Case{"1.2.3.4:http", "port from 0 to 65535"},
           Case{"1.2.3.4:-1", "port from 0 to 65535"},
           Case{"1.2.3.4:0000080", "port from 0 to 65535"},
           Case{"256.1.1.1:80", "not an IP address"},
       }) {
    const auto r = parse_listen(c.text);
    ASSERT_FALSE(r) << c.text;
    EXPECT_EQ(r.error().kind, core::ErrorKind::invalid_request);
    EXPECT_NE(r.error().message.find(c.expect), std::string::npos)
        << c.text << ": " << r.error().message;
  }
}

TEST(ParseByteSize, PlainNumbersAndBinaryAndDecimalUnits) {
  EXPECT_EQ(*parse_byte_size("1048576"), 1048576u);
  EXPECT_EQ(*parse_byte_size("0"), 0u);
  EXPECT_EQ(*parse_byte_size("100B"), 100u);
  EXPECT_EQ(*parse_byte_size("512KiB"), 512u * 1024);
  EXPECT_EQ(*parse_byte_size("8 MiB"), 8u << 20);
  EXPECT_EQ(*parse_byte_size("1GiB"), std::size_t{1} << 30);
  EXPECT_EQ(*parse_byte_size("64KB"), 64'000u);
  EXPECT_EQ(*parse_byte_size("2MB"), 2'000'000u);
  EXPECT_EQ(*parse_byte_size("3GB"), 3'000'000'000u);
  EXPECT_EQ(*parse_byte_size("8mib"), 8u << 20);  // case is ignored
  EXPECT_EQ(*parse_byte_size(" 4 kib "), 4096u);
}

TEST(ParseByteSize, RejectsMissingNumbersUnknownUnitsAndOverflow) {
  auto no_number = parse_byte_size("MiB");
  ASSERT_FALSE(no_number);
  EXPECT_NE(no_number.error().message.find("a size such as 1048576, 512KiB, 8MiB or 1GiB"),
            std::string::npos);
  auto negative = parse_byte_size("-5");
  ASSERT_FALSE(negative);

  auto unit = parse_byte_size("8 MiBs");
  ASSERT_FALSE(unit);
  EXPECT_NE(unit.error().message.find("unknown unit 'mibs'"), std::string::npos)
      << unit.error().message;
  EXPECT_NE(unit.error().message.find("KiB, MiB, GiB (powers of 1024)"), std::string::npos);

  ASSERT_FALSE(parse_byte_size("1.5MiB"));

  auto huge = parse_byte_size("99999999999999999999999");
  ASSERT_FALSE(huge);
  EXPECT_NE(huge.error().message.find("too large"), std::string::npos);
  auto overflow =
      parse_byte_size(std::to_string(std::numeric_limits<std::size_t>::max() / 2) + "GiB");
  ASSERT_FALSE(overflow);
  EXPECT_NE(overflow.error().message.find("too large"), std::string::npos);
}

TEST(NormalizeBaseUrl, KeepsValidUrlsAndDropsTrailingSlashes) {
  EXPECT_EQ(*normalize_base_url("https://api.openai.com/v1"), "https://api.openai.com/v1");
  EXPECT_EQ(*normalize_base_url("https://api.openai.com/v1/"), "https://api.openai.com/v1");
  EXPECT_EQ(*normalize_base_url("http://127.0.0.1:8081/v1///"), "http://127.0.0.1:8081/v1");
  EXPECT_EQ(*normalize_base_url("http://localhost:11434"), "http://localhost:11434");
  EXPECT_EQ(*normalize_base_url("http://[::1]:8000/v1"), "http://[::1]:8000/v1");
  EXPECT_EQ(*normalize_base_url("https://[2001:db8::1]/openai"), "https://[2001:db8::1]/openai");
  EXPECT_EQ(*normalize_base_url("https://h/"), "https://h");
}

TEST(NormalizeBaseUrl, RejectsUrlsTheClientCannotUseAndSaysWhy) {
  struct Case {
    const char* url;
    std::string_view expect;
  };
  for (const Case& c : {
           Case{"api.openai.com/v1", "must start with http:// or https://"},
           Case{"HTTPS://api.openai.com", "must start with http:// or https://"},
           Case{"ws://h/v1", "must start with http:// or https://"},
           Case{"https://", "has no host"},
           Case{"https:///v1", "has no host"},
           Case{"https://:443/v1", "has no host"},
           Case{"https://h:/v1", "port that is not a number from 1 to 65535"},
           Case{"https://h:0", "port that is not a number from 1 to 65535"},
           Case{"https://h:65536", "port that is not a number from 1 to 65535"},
           Case{"https://[::1", "unclosed '['"},
           Case{"https://[::1]x/v1", "unexpected text after ']'"},
           Case{"https://h/v1?api-version=1", "must not have a query (?) or fragment (#)"},
           Case{"https://h/v1#frag", "must not have a query (?) or fragment (#)"},
           Case{"https://h/v 1", "must not contain spaces or control characters"},
           Case{"https://h/v1\n", "must not contain spaces or control characters"},
           Case{"https://u:p@h/v1", "must not carry credentials"},
       }) {
    const auto r = normalize_base_url(c.url);
    ASSERT_FALSE(r) << c.url;
    EXPECT_NE(r.error().message.find(c.expect), std::string::npos)
        << c.url << ": " << r.error().message;
  }
}

TEST(NormalizeBaseUrl, CredentialsAreNeverEchoed) {
  const auto r = normalize_base_url("https://user:hunter2@h/v1");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message.find("hunter2"), std::string::npos);
}

TEST(ParseInteger, WholeTextDecimalIntegersOnly) {
  EXPECT_EQ(parse_integer("0"), 0);
  EXPECT_EQ(parse_integer("42"), 42);
  EXPECT_EQ(parse_integer("+7"), 7);
  EXPECT_EQ(parse_integer("-12"), -12);
  EXPECT_EQ(parse_integer("9223372036854775807"), std::numeric_limits<long long>::max());
  EXPECT_FALSE(parse_integer(""));
  EXPECT_FALSE(parse_integer("+"));
  EXPECT_FALSE(parse_integer("1e3"));
  EXPECT_FALSE(parse_integer("1.0"));
  EXPECT_FALSE(parse_integer("12ms"));
  EXPECT_FALSE(parse_integer(" 1"));
  EXPECT_FALSE(parse_integer("0x10"));
  EXPECT_FALSE(parse_integer("9223372036854775808"));
}

TEST(ParseNumber, FiniteDecimalNumbersOnly) {
  EXPECT_EQ(parse_number("0.15"), 0.15);
  EXPECT_EQ(parse_number("1e3"), 1000.0);
  EXPECT_EQ(parse_number("-2.5"), -2.5);
  EXPECT_EQ(parse_number("+1"), 1.0);
  EXPECT_EQ(parse_number("10"), 10.0);
  EXPECT_FALSE(parse_number(""));
  EXPECT_FALSE(parse_number("nan"));
  EXPECT_FALSE(parse_number("inf"));
  EXPECT_FALSE(parse_number("-inf"));
  EXPECT_FALSE(parse_number("1e999"));
  EXPECT_FALSE(parse_number("1.5x"));
  EXPECT_FALSE(parse_number("one"));
}

TEST(IsProviderName, LowercaseLettersDigitsAndSeparatorsOnly) {
  EXPECT_TRUE(is_provider_name("openai"));
  EXPECT_TRUE(is_provider_name("local-server_2.eu"));
  EXPECT_FALSE(is_provider_name(""));
  EXPECT_FALSE(is_provider_name("OpenAI"));
  EXPECT_FALSE(is_provider_name("my provider"));
  EXPECT_FALSE(is_provider_name("a/b"));
  EXPECT_FALSE(is_provider_name("a:b"));
}

TEST(IsEnvVarName, PosixNames) {
  EXPECT_TRUE(is_env_var_name("OPENAI_API_KEY"));
  EXPECT_TRUE(is_env_var_name("_x1"));
  EXPECT_TRUE(is_env_var_name("lower_case"));
  EXPECT_FALSE(is_env_var_name(""));
  EXPECT_FALSE(is_env_var_name("1KEY"));
  EXPECT_FALSE(is_env_var_name("MY-KEY"));
  EXPECT_FALSE(is_env_var_name("$KEY"));
  EXPECT_FALSE(is_env_var_name("sk-proj-abc"));
}

}  // namespace
}  // namespace switchyard::config
