// Configuration loading and validation: a valid file becomes a typed Config;
// an invalid one yields every problem at once, each at its line with a message
// that says what to write instead.
#include "switchyard/config/config.hpp"
#include "support/paths.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <string>
#include <string_view>

#include <unistd.h>

namespace switchyard::config {
namespace {

const char* fake_getenv(const char* name) {
  const std::string_view n(name);
  if (n == "OPENAI_API_KEY") return "sk-test-openai";
  if (n == "EMPTY_KEY") return "";
  return nullptr;
}

LoadResult load(const std::string& yaml) {
  return load_config_text(yaml, "test.yaml", fake_getenv);
}

std::string all_problems(const LoadResult& r) {
  std::string s;
  for (const auto& p : r.problems) s += "  " + p.to_string() + "\n";
  return s.empty() ? "  (none)\n" : s;
}

// True when some problem at `line` mentions every one of `pieces`.
::testing::AssertionResult HasProblem(const LoadResult& r, int line,
                                      std::initializer_list<std::string_view> pieces) {
  for (const auto& p : r.problems) {
    if (p.line != line) continue;
    bool all = true;
    for (auto piece : pieces) all = all && p.message.find(piece) != std::string::npos;
    if (all) return ::testing::AssertionSuccess();
  }
  std::string wanted;
  for (auto piece : pieces) wanted += " \"" + std::string(piece) + "\"";
  return ::testing::AssertionFailure()
         << "no problem at line " << line << " containing" << wanted << "; problems:\n"
         << all_problems(r);
}

// A problem set of exactly one, at `line`, mentioning all `pieces`.
::testing::AssertionResult OnlyProblem(const LoadResult& r, int line,
                                       std::initializer_list<std::string_view> pieces) {
  if (r.config) return ::testing::AssertionFailure() << "the config loaded";
  if (r.problems.size() != 1)
    return ::testing::AssertionFailure()
           << "expected one problem, got " << r.problems.size() << ":\n"
           << all_problems(r);
  return HasProblem(r, line, pieces);
}

// A minimal valid file with one provider and one model, to which a test adds
// the section it is about. The line numbers are those of kProviderA + kModelOnA.
const std::string kProviderA =
    "providers:\n"                               // 1
    "  - name: a\n"                              // 2
    "    kind: openai_compatible\n"              // 3
    "    base_url: http://127.0.0.1:9000/v1\n";  // 4
const std::string kModelOnA =
    "models:\n"                                        // 5
    "  - alias: m\n"                                   // 6
    "    deployments:\n"                               // 7
    "      - {provider: a, model: x, side: local}\n";  // 8

// ---------------------------------------------------------------------------
// A valid file

const std::string kFull = R"(# A complete configuration.
server:
  listen: "0.0.0.0:9090"
  threads: 4
  max_body_bytes: 1MiB
  max_header_bytes: 32KB
  read_timeout_ms: 1000
  idle_timeout_ms: 2000
  shutdown_timeout_ms: 0
  request_timeout_ms: 4000

providers:
  - name: openai
    kind: openai_compatible
    base_url: https://api.openai.com/v1/
    api_key_env: OPENAI_API_KEY
    connect_timeout_ms: 700
    timeout_ms: 9000
  - name: local-server
    kind: openai_compatible
    base_url: "http://[::1]:8081/v1"
    api_key_env: NOT_SET_ANYWHERE
    verify_tls: false
    ca_file: /etc/ssl/private-ca.pem

models:
  - alias: gpt-4o-mini
    deployments:
      - provider: openai
        model: gpt-4o-mini
        side: cloud
        price: { input_per_1m: 0.15, output_per_1m: 0.6 }
      - provider: local-server
        model: qwen2.5-7b
        side: local
  - alias: local
    deployments:
      - name: on-prem
        provider: local-server
        model: qwen2.5-7b
        side: local
        price: { input_per_1m: 0, output_per_1m: 0 }

routing:
  retry:
    max_attempts: 3
    initial_backoff_ms: 10
    max_backoff_ms: 500
    backoff_multiplier: 1.5
    jitter: 0.1
)";

TEST(ConfigLoad, AFullValidFileLoadsWithEveryValue) {
  const LoadResult r = load(kFull);
  ASSERT_TRUE(r.config) << all_problems(r);
  EXPECT_TRUE(r.problems.empty());
  const Config& c = *r.config;
  EXPECT_EQ(c.source_path, "test.yaml");

  EXPECT_EQ(c.server.host, "0.0.0.0");
  EXPECT_EQ(c.server.port, 9090);
  EXPECT_EQ(c.server.threads, 4u);
  EXPECT_EQ(c.server.max_body_bytes, 1024u * 1024u);
  EXPECT_EQ(c.server.max_header_bytes, 32'000u);
  EXPECT_EQ(c.server.read_timeout, Millis(1000));
  EXPECT_EQ(c.server.idle_timeout, Millis(2000));
  EXPECT_EQ(c.server.shutdown_timeout, Millis(0));
  EXPECT_EQ(c.server.request_timeout, Millis(4000));

  ASSERT_EQ(c.providers.size(), 2u);
  const ProviderConfig& openai = c.providers[0];
  EXPECT_EQ(openai.name, "openai");
  EXPECT_EQ(openai.kind, ProviderKind::openai_compatible);
  EXPECT_EQ(openai.base_url, "https://api.openai.com/v1");  // trailing '/' removed
  EXPECT_EQ(openai.api_key_env, "OPENAI_API_KEY");
  EXPECT_EQ(openai.api_key, "sk-test-openai");
  EXPECT_EQ(openai.connect_timeout, Millis(700));
  EXPECT_EQ(openai.timeout, Millis(9000));
  EXPECT_TRUE(openai.verify_tls);
  EXPECT_EQ(openai.ca_file, "");
  EXPECT_EQ(openai.line, 13);

  const ProviderConfig& local = c.providers[1];
  EXPECT_EQ(local.name, "local-server");
  EXPECT_EQ(local.base_url, "http://[::1]:8081/v1");
  EXPECT_EQ(local.api_key_env, "NOT_SET_ANYWHERE");
  EXPECT_EQ(local.api_key, "");  // a missing variable is not an error
  EXPECT_FALSE(local.verify_tls);
  EXPECT_EQ(local.ca_file, "/etc/ssl/private-ca.pem");
  EXPECT_EQ(local.connect_timeout, Millis(5000));  // default
  EXPECT_EQ(local.timeout, Millis(120'000));       // default

  ASSERT_EQ(c.models.size(), 2u);
  const ModelConfig& mini = c.models[0];
  EXPECT_EQ(mini.alias, "gpt-4o-mini");
  EXPECT_EQ(mini.line, 27);
  ASSERT_EQ(mini.deployments.size(), 2u);
  const DeploymentConfig& cloud = mini.deployments[0];
  EXPECT_EQ(cloud.name, "openai/gpt-4o-mini");  // default name: <provider>/<model>
  EXPECT_EQ(cloud.provider, "openai");
  EXPECT_EQ(cloud.model, "gpt-4o-mini");
  EXPECT_EQ(cloud.side, Side::cloud);
  EXPECT_DOUBLE_EQ(cloud.price.input_per_1m, 0.15);
  EXPECT_DOUBLE_EQ(cloud.price.output_per_1m, 0.6);
  EXPECT_EQ(cloud.line, 29);
  const DeploymentConfig& fallback = mini.deployments[1];
  EXPECT_EQ(fallback.name, "local-server/qwen2.5-7b");
  EXPECT_EQ(fallback.side, Side::local);
  EXPECT_DOUBLE_EQ(fallback.price.input_per_1m, 0);
  EXPECT_DOUBLE_EQ(fallback.price.output_per_1m, 0);

  const ModelConfig& named = c.models[1];
  ASSERT_EQ(named.deployments.size(), 1u);
  EXPECT_EQ(named.deployments[0].name, "on-prem");
  EXPECT_EQ(named.deployments[0].side, Side::local);

  EXPECT_EQ(c.retry.max_attempts, 3);
  EXPECT_EQ(c.retry.initial_backoff, Millis(10));
  EXPECT_EQ(c.retry.max_backoff, Millis(500));
  EXPECT_DOUBLE_EQ(c.retry.backoff_multiplier, 1.5);
  EXPECT_DOUBLE_EQ(c.retry.jitter, 0.1);

  EXPECT_EQ(c.find_provider("local-server"), &c.providers[1]);
  EXPECT_EQ(c.find_provider("nope"), nullptr);
  EXPECT_EQ(c.find_model("local"), &c.models[1]);
  EXPECT_EQ(c.find_model("gpt-4o"), nullptr);
}

TEST(ConfigLoad, OmittedSectionsAndKeysKeepTheirDefaults) {
  const LoadResult r = load(kProviderA + kModelOnA);
  ASSERT_TRUE(r.config) << all_problems(r);
  const Config& c = *r.config;
  const ServerConfig server_defaults;
  EXPECT_EQ(c.server.host, server_defaults.host);
  EXPECT_EQ(c.server.port, server_defaults.port);
  EXPECT_EQ(c.server.threads, 0u);
  EXPECT_EQ(c.server.max_body_bytes, 8u << 20);
  EXPECT_EQ(c.server.request_timeout, server_defaults.request_timeout);
  const RetryConfig retry_defaults;
  EXPECT_EQ(c.retry.max_attempts, retry_defaults.max_attempts);
  EXPECT_EQ(c.retry.initial_backoff, retry_defaults.initial_backoff);
  EXPECT_EQ(c.retry.max_backoff, retry_defaults.max_backoff);
  EXPECT_EQ(c.providers[0].api_key_env, "");
  EXPECT_EQ(c.providers[0].api_key, "");
  EXPECT_EQ(c.models[0].deployments[0].price.input_per_1m, 0);
}

TEST(ConfigLoad, EmptySectionsAreAccepted) {
  const LoadResult r = load("server:\nproviders:\nmodels:\nrouting:\n");
  ASSERT_TRUE(r.config) << all_problems(r);
  EXPECT_TRUE(r.config->providers.empty());
  EXPECT_TRUE(r.config->models.empty());
}

TEST(ConfigLoad, ApiKeyComesFromTheNamedVariableThroughTheInjectedGetenv) {
  const LoadResult r = load(
      "providers:\n"
      "  - {name: a, kind: openai_compatible, base_url: http://h/v1, api_key_env: OPENAI_API_KEY}\n"
      "  - {name: b, kind: openai_compatible, base_url: http://h/v1, api_key_env: EMPTY_KEY}\n"
      "  - {name: c, kind: openai_compatible, base_url: http://h/v1, api_key_env: UNSET_KEY}\n");
  ASSERT_TRUE(r.config) << all_problems(r);
  EXPECT_EQ(r.config->providers[0].api_key, "sk-test-openai");
  EXPECT_EQ(r.config->providers[1].api_key, "");
  EXPECT_EQ(r.config->providers[2].api_key_env, "UNSET_KEY");
  EXPECT_EQ(r.config->providers[2].api_key, "");
}

TEST(ConfigLoad, IPv6ListenAddressIsAcceptedWhenQuoted) {
  const LoadResult r = load("server:\n  listen: \"[::1]:0\"\n");
  ASSERT_TRUE(r.config) << all_problems(r);
  EXPECT_EQ(r.config->server.host, "::1");
  EXPECT_EQ(r.config->server.port, 0);
}

TEST(ConfigLoad, ProvidersMayBeDeclaredAfterTheModelsThatUseThem) {
  const LoadResult r = load(kModelOnA + kProviderA);
  ASSERT_TRUE(r.config) << all_problems(r);
  EXPECT_EQ(r.config->models[0].deployments[0].provider, "a");
}

TEST(ConfigLoad, OneDeploymentSharedByTwoModelsTakesThePriceGivenAtEither) {
  const LoadResult r = load(kProviderA +
                            "models:\n"
                            "  - alias: m1\n"
                            "    deployments:\n"
                            "      - {provider: a, model: x, side: cloud}\n"
                            "  - alias: m2\n"
                            "    deployments:\n"
                            "      - provider: a\n"
                            "        model: x\n"
                            "        side: cloud\n"
                            "        price: {input_per_1m: 1.25, output_per_1m: 5}\n");
  ASSERT_TRUE(r.config) << all_problems(r);
  for (const auto& m : r.config->models) {
    ASSERT_EQ(m.deployments.size(), 1u);
    EXPECT_EQ(m.deployments[0].name, "a/x");
    EXPECT_DOUBLE_EQ(m.deployments[0].price.input_per_1m, 1.25) << m.alias;
    EXPECT_DOUBLE_EQ(m.deployments[0].price.output_per_1m, 5) << m.alias;
  }
}

TEST(ConfigLoad, AnExplicitNameTellsApartTwoDeploymentsOfTheSameUpstreamModel) {
  const LoadResult r = load(kProviderA +
                            "models:\n"
                            "  - alias: m1\n"
                            "    deployments:\n"
                            "      - {provider: a, model: x, side: cloud}\n"
                            "  - alias: m2\n"
                            "    deployments:\n"
                            "      - {name: a-local, provider: a, model: x, side: local}\n");
  ASSERT_TRUE(r.config) << all_problems(r);
  EXPECT_EQ(r.config->models[1].deployments[0].name, "a-local");
}

TEST(ConfigLoad, TheShippedExampleConfigurationIsValid) {
  const LoadResult r =
      load_config_file(switchyard::testing::source_dir() + "/examples/switchyard.yaml");
  ASSERT_TRUE(r.config) << all_problems(r);
  EXPECT_FALSE(r.config->models.empty());
}

TEST(ConfigLoad, ToStringOfSideNamesIt) {
  EXPECT_STREQ(to_string(Side::local), "local");
  EXPECT_STREQ(to_string(Side::cloud), "cloud");
}

// ---------------------------------------------------------------------------
// Reporting: every problem, at once, in line order, as file:line: message

TEST(ConfigProblems, EveryProblemInEverySectionIsReportedAtOnceInLineOrder) {
  const LoadResult r = load(
      "routing:\n"                                          // 1
      "  retry: {max_attempts: 0}\n"                        // 2
      "server:\n"                                           // 3
      "  threads: many\n"                                   // 4
      "providers:\n"                                        // 5
      "  - name: a\n"                                       // 6
      "    kind: openai_compatible\n"                       // 7
      "    base_url: ftp://h\n"                             // 8
      "models:\n"                                           // 9
      "  - alias: m\n"                                      // 10
      "    deployments:\n"                                  // 11
      "      - {provider: b, model: x, side: somewhere}\n"  // 12
      "colour: blue\n");                                    // 13
  EXPECT_FALSE(r.config);
  ASSERT_EQ(r.problems.size(), 6u) << all_problems(r);
  EXPECT_TRUE(HasProblem(r, 2, {"max_attempts"}));
  EXPECT_TRUE(HasProblem(r, 4, {"threads"}));
  EXPECT_TRUE(HasProblem(r, 8, {"base_url"}));
  EXPECT_TRUE(HasProblem(r, 12, {"provider 'b'"}));
  EXPECT_TRUE(HasProblem(r, 12, {"side"}));
  EXPECT_TRUE(HasProblem(r, 13, {"colour"}));
  for (std::size_t i = 1; i < r.problems.size(); ++i)
    EXPECT_LE(r.problems[i - 1].line, r.problems[i].line);
  for (const auto& p : r.problems) EXPECT_EQ(p.file, "test.yaml");
}

TEST(ConfigProblems, ToStringIsFileColonLineColonMessage) {
  ConfigProblem p{"conf/gw.yaml", 12, "something is wrong"};
  EXPECT_EQ(p.to_string(), "conf/gw.yaml:12: something is wrong");
  ConfigProblem whole_file{"conf/gw.yaml", 0, "the file is empty"};
  EXPECT_EQ(whole_file.to_string(), "conf/gw.yaml: the file is empty");
}

TEST(ConfigProblems, ProblemsCarryTheSourceNameGiven) {
  const LoadResult r = load_config_text("bogus: 1\n", "/etc/switchyard/prod.yaml", fake_getenv);
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].to_string().rfind("/etc/switchyard/prod.yaml:1: ", 0), 0u)
      << r.problems[0].to_string();
}

// ---------------------------------------------------------------------------
// The file as a whole

TEST(ConfigFile, EmptyFileIsReportedWithWhatAConfigurationHolds) {
  for (const char* text : {"", "\n\n", "# just a comment\n", "---\n"}) {
    const LoadResult r = load(text);
    EXPECT_TRUE(
        OnlyProblem(r, 0, {"empty", "server, providers, models", "examples/switchyard.yaml"}))
        << "for '" << text << "'";
  }
}

TEST(ConfigFile, MalformedYamlIsReportedAtItsLine) {
  const LoadResult r = load(
      "server:\n"
      "  listen: \"127.0.0.1:8080\"\n"
      "   threads: 2\n");
  EXPECT_TRUE(OnlyProblem(r, 3, {"YAML syntax error"}));

  const LoadResult unclosed = load(
      "providers:\n"
      "  - {name: a, kind: openai_compatible\n"
      "models: []\n");
  ASSERT_FALSE(unclosed.config);
  ASSERT_EQ(unclosed.problems.size(), 1u);
  EXPECT_NE(unclosed.problems[0].message.find("YAML syntax error"), std::string::npos);
  EXPECT_GE(unclosed.problems[0].line, 2);
}

TEST(ConfigFile, TabIndentationGetsAHintToIndentWithSpaces) {
  for (const char* text :
       {"server:\n\tthreads: 2\n", "server:\n  listen: \"127.0.0.1:1\"\n\tthreads: 2\n",
        "providers:\n  - name: a\n\t  kind: openai_compatible\n"}) {
    const LoadResult r = load(text);
    ASSERT_EQ(r.problems.size(), 1u) << all_problems(r);
    const ConfigProblem& p = r.problems[0];
    EXPECT_NE(p.message.find("YAML syntax error"), std::string::npos) << p.message;
    EXPECT_NE(p.message.find("indented with a tab"), std::string::npos) << p.message;
    EXPECT_NE(p.message.find("indent with spaces"), std::string::npos) << p.message;
  }
  // The reported line is the one holding the tab.
  EXPECT_EQ(load("server:\n\tthreads: 2\n").problems[0].line, 2);
  // A tab elsewhere than in the indentation is fine.
  EXPECT_TRUE(load("server:\n  threads: 2\t# two\n").config);
}

TEST(ConfigFile, UnquotedIPv6ListenAddressGetsAHintToQuoteIt) {
  const LoadResult r = load(
      "server:\n"
      "  listen: [::1]:8080\n");
  EXPECT_TRUE(OnlyProblem(r, 2, {"YAML syntax error", "must be quoted", "listen: \"[::1]:8080\""}));
}

TEST(ConfigFile, TopLevelMustBeAMap) {
  EXPECT_TRUE(OnlyProblem(
      load("hello\n"), 1,
      {"the file must be a map", "server, providers, models, routing", "a string ('hello')"}));
  EXPECT_TRUE(OnlyProblem(load("- server\n- models\n"), 1, {"must be a map", "got a list"}));
}

TEST(ConfigFile, MoreThanOneDocumentIsAnError) {
  const LoadResult r = load(kProviderA + "---\nserver: {}\n");
  // Reported where the second document's content begins, right after the '---'.
  EXPECT_TRUE(OnlyProblem(r, 6, {"more than one YAML document ('---')", "keep only one"}));
}

TEST(ConfigFile, UnknownTopLevelKeyIsAnErrorWithASuggestion) {
  const LoadResult r = load(kProviderA + "sever:\n  threads: 2\n");
  EXPECT_TRUE(OnlyProblem(r, 5,
                          {"unknown key 'sever'", "did you mean 'server'?",
                           "allowed: server, providers, models, routing"}));
}

TEST(ConfigFile, UnknownKeyFarFromAnyAllowedOneGetsNoGuess) {
  const LoadResult r = load("colour: blue\n");
  EXPECT_TRUE(OnlyProblem(r, 1, {"unknown key 'colour'", "allowed:"}));
  EXPECT_EQ(r.problems[0].message.find("did you mean"), std::string::npos);
}

TEST(ConfigFile, KeyCaseMistakeIsSuggestedTheRightCase) {
  EXPECT_TRUE(OnlyProblem(load("Models: []\n"), 1, {"unknown key 'Models'", "'models'"}));
}

TEST(ConfigFile, SectionKeysWrittenAtTopLevelSayWhereTheyBelong) {
  const LoadResult r = load("retry: {max_attempts: 3}\nlisten: \"127.0.0.1:1\"\n");
  ASSERT_EQ(r.problems.size(), 2u) << all_problems(r);
  EXPECT_TRUE(HasProblem(r, 1, {"'retry'", "under routing", "routing: {retry:"}));
  EXPECT_TRUE(HasProblem(r, 2, {"'listen'", "under server", "server: {listen:"}));
}

TEST(ConfigFile, RepeatedKeyIsReportedWithTheFirstLine) {
  const LoadResult r = load(
      "server:\n"
      "  threads: 1\n"
      "server:\n"
      "  threads: 2\n");
  EXPECT_TRUE(OnlyProblem(r, 3, {"key 'server' appears twice", "first at line 1", "keep one"}));
}

TEST(ConfigFile, MissingFileIsReportedWithTheSystemReason) {
  const LoadResult r = load_config_file("/nonexistent/switchyard-test.yaml");
  EXPECT_TRUE(OnlyProblem(r, 0, {"cannot read the file", "No such file"}));
  EXPECT_EQ(r.problems[0].file, "/nonexistent/switchyard-test.yaml");
}

TEST(ConfigFile, DirectoryIsNotAFile) {
  const LoadResult r = load_config_file(switchyard::testing::source_dir());
  EXPECT_TRUE(OnlyProblem(r, 0, {"cannot read the file", "directory"}));
}

TEST(ConfigFile, FileOnDiskIsReadAndNamedInProblems) {
  const auto path = std::filesystem::temp_directory_path() /
                    ("switchyard-config-test-" + std::to_string(::getpid()) + ".yaml");
  {
    std::ofstream out(path);
    out << "server:\n  threads: -3\n";
  }
  const LoadResult r = load_config_file(path.string());
  std::filesystem::remove(path);
  EXPECT_TRUE(OnlyProblem(r, 2, {"'threads' in server", "from 0 to 1024", "got -3"}));
  EXPECT_EQ(r.problems[0].file, path.string());
}

// ---------------------------------------------------------------------------
// server

TEST(ConfigServer, SectionMustBeAMap) {
  EXPECT_TRUE(
      OnlyProblem(load("server: 8080\n"), 1,
                  {"server must be a map of keys", "listen, threads", "the number '8080'"}));
}

TEST(ConfigServer, UnknownKeyGetsTheMillisecondVariantSuggested) {
  const LoadResult r = load("server:\n  read_timeout: 5\n");
  EXPECT_TRUE(OnlyProblem(
      r, 2, {"unknown key 'read_timeout' in server", "did you mean 'read_timeout_ms'?"}));
}

TEST(ConfigServer, HostAndPortKeysPointToListen) {
  const LoadResult r = load("server:\n  host: 0.0.0.0\n  port: 80\n");
  ASSERT_EQ(r.problems.size(), 2u) << all_problems(r);
  EXPECT_TRUE(HasProblem(r, 2, {"'host' is not accepted in server", "listen: \"127.0.0.1:8080\""}));
  EXPECT_TRUE(HasProblem(r, 3, {"'port' is not accepted in server", "listen: \"HOST:PORT\""}));
}

TEST(ConfigServer, ListenMustBeAnIpAddressWithAPort) {
  struct Case {
    const char* value;
    std::string_view expect;
  };
  for (const Case& c : {
           Case{"\"localhost:80\"", "not 'localhost'; write 127.0.0.1:80"},
           Case{"\"1.2.3.4\"", "needs a port"},
           Case{"\"example.com:80\"", "not an IP address"},
           Case{"\"0.0.0.0:70000\"", "port from 0 to 65535"},
           Case{"\"::1:8080\"", "IPv6 address without brackets; write it as [::1]:PORT"},
           Case{"\"[::1\"", "unclosed '['"},
           Case{"\"[::1]\"", "needs a port after ']'"},
           Case{"\"[1.2.3.4]:80\"", "not an IPv6 address"},
           Case{"\":80\"", "has no host"},
       }) {
    const LoadResult r = load(std::string("server:\n  listen: ") + c.value + "\n");
    EXPECT_TRUE(OnlyProblem(r, 2, {"'listen' in server", c.expect})) << "listen: " << c.value;
  }
}

TEST(ConfigServer, ListenMustBeAString) {
  EXPECT_TRUE(OnlyProblem(load("server:\n  listen: {host: x}\n"), 2,
                          {"'listen' in server must be a string", "got a map"}));
}

TEST(ConfigServer, ThreadsMustBeAnIntegerInRange) {
  EXPECT_TRUE(
      OnlyProblem(load("server:\n  threads: 2000\n"), 2, {"'threads'", "from 0 to 1024", "2000"}));
  EXPECT_TRUE(OnlyProblem(load("server:\n  threads: many\n"), 2,
                          {"'threads' in server must be an integer", "a string ('many')"}));
  EXPECT_TRUE(OnlyProblem(load("server:\n  threads: 2.5\n"), 2,
                          {"must be an integer", "the number '2.5'"}));
  EXPECT_TRUE(
      OnlyProblem(load("server:\n  threads: \"4\"\n"), 2,
                  {"must be an integer", "quoted string ('4')", "write it without quotes"}));
  EXPECT_TRUE(
      OnlyProblem(load("server:\n  threads: [1]\n"), 2, {"must be an integer", "got a list"}));
  EXPECT_TRUE(OnlyProblem(load("server:\n  threads: 99999999999999999999999\n"), 2,
                          {"must be an integer"}));
}

TEST(ConfigServer, ByteSizesAcceptUnitsAndRejectNonsense) {
  const LoadResult ok = load("server:\n  max_body_bytes: 2 MiB\n  max_header_bytes: 4096\n");
  ASSERT_TRUE(ok.config) << all_problems(ok);
  EXPECT_EQ(ok.config->server.max_body_bytes, 2u << 20);
  EXPECT_EQ(ok.config->server.max_header_bytes, 4096u);

  EXPECT_TRUE(OnlyProblem(load("server:\n  max_body_bytes: 0\n"), 2,
                          {"'max_body_bytes' in server must be greater than 0"}));
  EXPECT_TRUE(OnlyProblem(load("server:\n  max_body_bytes: 8 furlongs\n"), 2,
                          {"unknown unit 'furlongs'", "KiB, MiB, GiB", "got '8 furlongs'"}));
  EXPECT_TRUE(OnlyProblem(load("server:\n  max_header_bytes: big\n"), 2,
                          {"'max_header_bytes'", "a size such as", "8MiB"}));
  EXPECT_TRUE(OnlyProblem(load("server:\n  max_body_bytes: [1]\n"), 2,
                          {"must be a size such as 8MiB or 1048576", "got a list"}));
  EXPECT_TRUE(OnlyProblem(load("server:\n  max_body_bytes: 99999999999999999999999\n"), 2,
                          {"is too large"}));
}

TEST(ConfigLedger, JournalIsOnByDefaultAndSized) {
  const LoadResult defaults = load("ledger:\n  path: l.db\n");
  ASSERT_TRUE(defaults.config) << all_problems(defaults);
  EXPECT_TRUE(defaults.config->ledger.journal);
  EXPECT_EQ(defaults.config->ledger.journal_bytes, 8u << 20);

  const LoadResult set = load("ledger:\n  journal: false\n  journal_size: 1MiB\n");
  ASSERT_TRUE(set.config) << all_problems(set);
  EXPECT_FALSE(set.config->ledger.journal);
  EXPECT_EQ(set.config->ledger.journal_bytes, 1u << 20);

  EXPECT_TRUE(OnlyProblem(load("ledger:\n  journal_size: 4KiB\n"), 2,
                          {"'journal_size' in ledger", "between 64KiB and 1GiB", "4096 bytes"}));
  EXPECT_TRUE(OnlyProblem(load("ledger:\n  journal: maybe\n"), 2, {"'journal' in ledger"}));
}

TEST(ConfigServer, TimeoutsAreWholeMillisecondsUpToADay) {
  EXPECT_TRUE(OnlyProblem(load("server:\n  read_timeout_ms: 1.5\n"), 2,
                          {"'read_timeout_ms' in server must be an integer number of milliseconds",
                           "the number '1.5'"}));
  EXPECT_TRUE(OnlyProblem(load("server:\n  read_timeout_ms: 0\n"), 2,
                          {"'read_timeout_ms'", "from 1 to 86400000", "got 0"}));
  EXPECT_TRUE(OnlyProblem(load("server:\n  request_timeout_ms: 999999999999\n"), 2,
                          {"'request_timeout_ms'", "from 1 to 86400000"}));
  EXPECT_TRUE(OnlyProblem(load("server:\n  shutdown_timeout_ms: -1\n"), 2,
                          {"'shutdown_timeout_ms'", "from 0 to 86400000", "got -1"}));
  EXPECT_TRUE(OnlyProblem(load("server:\n  idle_timeout_ms: 30s\n"), 2,
                          {"'idle_timeout_ms'", "integer number of milliseconds", "'30s'"}));
}

// ---------------------------------------------------------------------------
// providers

TEST(ConfigProviders, SectionMustBeAListWithAnExample) {
  EXPECT_TRUE(OnlyProblem(load("providers:\n  name: openai\n"), 1,
                          {"'providers' must be a list", "'- name: openai'", "got a map"}));
}

TEST(ConfigProviders, ItemMustBeAMap) {
  EXPECT_TRUE(OnlyProblem(
      load("providers:\n  - openai\n"), 2,
      {"provider #1 must be a map of keys", "name, kind, base_url", "a string ('openai')"}));
}

TEST(ConfigProviders, MissingRequiredKeysAreEachReportedAtTheItem) {
  const LoadResult r = load("providers:\n  - verify_tls: true\n");
  ASSERT_EQ(r.problems.size(), 3u) << all_problems(r);
  EXPECT_TRUE(HasProblem(r, 2, {"missing required key 'name' in provider #1"}));
  EXPECT_TRUE(HasProblem(r, 2, {"missing required key 'kind' in provider #1"}));
  EXPECT_TRUE(HasProblem(r, 2, {"missing required key 'base_url' in provider #1"}));
}

TEST(ConfigProviders, UnknownKindSuggestsTheNearestAndListsTheAllowedOnes) {
  const LoadResult r = load(
      "providers:\n"
      "  - name: a\n"
      "    kind: openai_compatibel\n"
      "    base_url: http://h/v1\n");
  EXPECT_TRUE(OnlyProblem(r, 3,
                          {"'kind' in provider 'a'", "unknown kind 'openai_compatibel'",
                           "did you mean 'openai_compatible'?", "allowed kinds"}));
}

TEST(ConfigProviders, KindMustBeAString) {
  EXPECT_TRUE(OnlyProblem(load("providers:\n"
                               "  - name: a\n"
                               "    kind: [openai_compatible]\n"
                               "    base_url: http://h/v1\n"),
                          3, {"'kind' in provider 'a' must be a string", "got a list"}));
}

TEST(ConfigProviders, NameIsRestrictedToMetricSafeCharacters) {
  const LoadResult r = load(
      "providers:\n"
      "  - name: OpenAI Main\n"
      "    kind: openai_compatible\n"
      "    base_url: http://h/v1\n");
  EXPECT_TRUE(OnlyProblem(
      r, 2,
      {"'name' in provider 'OpenAI Main'", "a-z, 0-9, '_', '.' and '-'", "got 'OpenAI Main'"}));
}

TEST(ConfigProviders, DuplicateNamesAreReportedWithTheFirstLine) {
  const LoadResult r = load(kProviderA +
                            "  - name: a\n"
                            "    kind: openai_compatible\n"
                            "    base_url: http://h/v1\n");
  EXPECT_TRUE(
      OnlyProblem(r, 5, {"provider 'a' is declared twice", "first at line 2", "must be unique"}));
}

TEST(ConfigProviders, BadBaseUrlsSayWhatAUrlLooksLike) {
  struct Case {
    const char* url;
    std::string_view expect;
  };
  for (const Case& c : {
           Case{"api.openai.com/v1", "must start with http:// or https://"},
           Case{"ftp://h/v1", "e.g. https://api.openai.com/v1"},
           Case{"\"https:///v1\"", "has no host"},
           Case{"\"http://h:0/v1\"", "port that is not a number from 1 to 65535"},
           Case{"\"http://h:99999\"", "port that is not a number from 1 to 65535"},
           Case{"\"http://h:abc/v1\"", "port that is not a number"},
           Case{"\"http://h/v1?key=1\"", "must not have a query (?) or fragment (#)"},
           Case{"\"http://h/v1#x\"", "must not have a query (?) or fragment (#)"},
           Case{"\"http://h /v1\"", "must not contain spaces"},
           Case{"\"http://[::1/v1\"", "unclosed '['"},
       }) {
    const LoadResult r = load(
        "providers:\n"
        "  - name: a\n"
        "    kind: openai_compatible\n"
        "    base_url: " +
        std::string(c.url) + "\n");
    EXPECT_TRUE(OnlyProblem(r, 4, {"'base_url' in provider 'a'", c.expect})) << c.url;
  }
}

TEST(ConfigProviders, BaseUrlWithCredentialsIsRejectedWithoutEchoingThem) {
  const LoadResult r = load(
      "providers:\n"
      "  - name: a\n"
      "    kind: openai_compatible\n"
      "    base_url: https://user:s3cr3t-pw@api.example.com/v1\n");
  EXPECT_TRUE(OnlyProblem(r, 4, {"must not carry credentials", "api_key_env"}));
  EXPECT_EQ(r.problems[0].message.find("s3cr3t-pw"), std::string::npos);
}

TEST(ConfigProviders, LiteralApiKeyIsRejectedWithAdviceToUseAnEnvironmentVariable) {
  const LoadResult r = load(kProviderA + "    api_key: sk-live-abcdef\n");
  EXPECT_TRUE(OnlyProblem(r, 5,
                          {"'api_key' is not accepted in provider 'a'", "environment variable",
                           "api_key_env: OPENAI_API_KEY"}));
  EXPECT_EQ(r.problems[0].message.find("sk-live-abcdef"), std::string::npos);
}

TEST(ConfigProviders, ApiKeyEnvThatLooksLikeAKeyIsRejectedWithoutEchoingIt) {
  const LoadResult r = load(kProviderA + "    api_key_env: sk-proj-abc123\n");
  EXPECT_TRUE(OnlyProblem(
      r, 5,
      {"'api_key_env' in provider 'a'", "NAME of an environment variable", "OPENAI_API_KEY"}));
  EXPECT_EQ(r.problems[0].message.find("sk-proj-abc123"), std::string::npos);

  const std::string long_name(65, 'K');
  EXPECT_TRUE(OnlyProblem(load(kProviderA + "    api_key_env: " + long_name + "\n"), 5,
                          {"NAME of an environment variable"}));
  EXPECT_TRUE(
      OnlyProblem(load(kProviderA + "    api_key_env: 1KEY\n"), 5, {"not starting with a digit"}));
}

TEST(ConfigProviders, TimeoutsAndVerifyTlsAreTyped) {
  const LoadResult r = load(kProviderA +
                            "    connect_timeout_ms: 0\n"
                            "    timeout_ms: soon\n"
                            "    verify_tls: yes\n"
                            "    ca_file: [a]\n");
  EXPECT_FALSE(r.config);
  ASSERT_EQ(r.problems.size(), 4u) << all_problems(r);
  EXPECT_TRUE(HasProblem(r, 5, {"'connect_timeout_ms' in provider 'a'", "from 1 to 86400000"}));
  EXPECT_TRUE(HasProblem(r, 6, {"'timeout_ms'", "integer number of milliseconds", "'soon'"}));
  EXPECT_TRUE(
      HasProblem(r, 7, {"'verify_tls' in provider 'a' must be true or false", "a string ('yes')"}));
  EXPECT_TRUE(HasProblem(r, 8, {"'ca_file' in provider 'a' must be a string", "got a list"}));
}

TEST(ConfigProviders, ShortenedTimeoutKeysGetTheMillisecondNameSuggested) {
  const LoadResult r = load(kProviderA + "    connect_timeout: 5\n    timeout: 10\n");
  ASSERT_EQ(r.problems.size(), 2u) << all_problems(r);
  EXPECT_TRUE(HasProblem(r, 5, {"unknown key 'connect_timeout'", "'connect_timeout_ms'"}));
  EXPECT_TRUE(HasProblem(r, 6, {"unknown key 'timeout'", "did you mean 'timeout_ms'?"}));
}

TEST(ConfigProviders, UnnamedProviderIsCalledByItsPosition) {
  const LoadResult r = load(kProviderA +
                            "  - kind: openai_compatible\n"
                            "    base_url: http://h/v1\n");
  EXPECT_TRUE(OnlyProblem(r, 5, {"missing required key 'name' in provider #2"}));
}

TEST(ConfigProviders, LlamaProviderReadsItsEngineSettingsWithDefaults) {
  const LoadResult r = load_config_text(
      "providers:\n"
      "  - name: engine\n"
      "    kind: llama\n"
      "    model_path: models/tiny.gguf\n"
      "  - name: tuned\n"
      "    kind: llama\n"
      "    model_path: /srv/models/big.gguf\n"
      "    context_size: 8192\n"
      "    threads: 6\n"
      "    parallel: 8\n"
      "    batch_size: 1024\n"
      "    timeout_ms: 5000\n"
      "models:\n"
      "  - alias: m\n"
      "    deployments:\n"
      "      - {provider: engine, model: tiny, side: local}\n",
      "/etc/switchyard/config.yaml", fake_getenv);
  ASSERT_TRUE(r.config) << all_problems(r);
  const ProviderConfig& engine = r.config->providers[0];
  EXPECT_EQ(engine.kind, ProviderKind::llama);
  EXPECT_STREQ(to_string(engine.kind), "llama");
  // Relative to the configuration file's folder.
  EXPECT_EQ(engine.llama.model_path, "/etc/switchyard/models/tiny.gguf");
  EXPECT_EQ(engine.llama.context_size, 4096);
  EXPECT_EQ(engine.llama.threads, 0);  // one per core
  EXPECT_EQ(engine.llama.parallel, 4);
  EXPECT_EQ(engine.llama.batch_size, 512);
  const ProviderConfig& tuned = r.config->providers[1];
  EXPECT_EQ(tuned.llama.model_path, "/srv/models/big.gguf");
  EXPECT_EQ(tuned.llama.context_size, 8192);
  EXPECT_EQ(tuned.llama.threads, 6);
  EXPECT_EQ(tuned.llama.parallel, 8);
  EXPECT_EQ(tuned.llama.batch_size, 1024);
  EXPECT_EQ(tuned.timeout, Millis(5000));
  EXPECT_EQ(r.config->models[0].deployments[0].side, Side::local);
}

TEST(ConfigProviders, LlamaProviderNeedsAModelPathAndNoBaseUrl) {
  const LoadResult r = load(
      "providers:\n"
      "  - name: engine\n"
      "    kind: llama\n");
  EXPECT_TRUE(OnlyProblem(r, 2, {"missing required key 'model_path' in provider 'engine'"}));
  EXPECT_TRUE(OnlyProblem(load("providers:\n"
                               "  - name: engine\n"
                               "    kind: llama\n"
                               "    model_path: ''\n"),
                          4, {"'model_path' in provider 'engine'", "must name a GGUF file"}));
}

TEST(ConfigProviders, KeysOfTheOtherKindAreRejectedAtTheirLine) {
  const LoadResult llama = load(
      "providers:\n"
      "  - name: engine\n"
      "    kind: llama\n"
      "    model_path: m.gguf\n"
      "    base_url: http://h/v1\n"
      "    api_key_env: OPENAI_API_KEY\n");
  EXPECT_FALSE(llama.config);
  ASSERT_EQ(llama.problems.size(), 2u) << all_problems(llama);
  EXPECT_TRUE(
      HasProblem(llama, 5, {"'base_url' in provider 'engine'", "does not apply to kind llama"}));
  EXPECT_TRUE(HasProblem(llama, 6, {"'api_key_env' in provider 'engine'", "does not apply"}));

  const LoadResult http = load(kProviderA + "    model_path: m.gguf\n    parallel: 2\n");
  EXPECT_FALSE(http.config);
  ASSERT_EQ(http.problems.size(), 2u) << all_problems(http);
  EXPECT_TRUE(HasProblem(http, 5, {"'model_path' in provider 'a'", "applies only to kind llama"}));
  EXPECT_TRUE(HasProblem(http, 6, {"'parallel' in provider 'a'", "applies only to kind llama"}));
}

TEST(ConfigProviders, LlamaSettingsAreTypedAndInRange) {
  const LoadResult r = load(
      "providers:\n"
      "  - name: engine\n"
      "    kind: llama\n"
      "    model_path: m.gguf\n"
      "    context_size: big\n"
      "    threads: 0\n"
      "    parallel: 0\n"
      "    batch_size: 2.5\n"
      "    contxt_size: 10\n");
  EXPECT_FALSE(r.config);
  ASSERT_EQ(r.problems.size(), 5u) << all_problems(r);
  EXPECT_TRUE(HasProblem(r, 5, {"'context_size' in provider 'engine'"}));
  EXPECT_TRUE(HasProblem(r, 6, {"'threads' in provider 'engine'", "from 1 to 1024"}));
  EXPECT_TRUE(HasProblem(r, 7, {"'parallel' in provider 'engine'", "from 1 to 256"}));
  EXPECT_TRUE(HasProblem(r, 8, {"'batch_size' in provider 'engine'"}));
  EXPECT_TRUE(HasProblem(r, 9, {"contxt_size", "did you mean 'context_size'"}));
}

TEST(ConfigProviders, LlamaBatchMustHoldATokenOfEverySlot) {
  EXPECT_TRUE(OnlyProblem(load("providers:\n"
                               "  - name: engine\n"
                               "    kind: llama\n"
                               "    model_path: m.gguf\n"
                               "    parallel: 8\n"
                               "    batch_size: 4\n"),
                          6, {"batch_size (4) smaller than parallel (8)"}));
}

TEST(ConfigProviders, LlamaEmbeddingsAreOffUnlessAskedForAndOnlyForLlama) {
  const LoadResult r = load_config_text(
      "providers:\n"
      "  - name: engine\n"
      "    kind: llama\n"
      "    model_path: /m/chat.gguf\n"
      "  - name: embedder\n"
      "    kind: llama\n"
      "    model_path: /m/embed.gguf\n"
      "    embeddings: true\n"
      "models:\n"
      "  - alias: m\n"
      "    deployments:\n"
      "      - {provider: engine, model: tiny, side: local}\n",
      "/etc/switchyard/config.yaml", fake_getenv);
  ASSERT_TRUE(r.config) << all_problems(r);
  EXPECT_FALSE(r.config->providers[0].llama.embeddings);
  EXPECT_TRUE(r.config->providers[1].llama.embeddings);

  EXPECT_TRUE(OnlyProblem(load(kProviderA + "    embeddings: true\n"), 5,
                          {"'embeddings' in provider 'a'", "applies only to kind llama"}));
  EXPECT_TRUE(OnlyProblem(load("providers:\n"
                               "  - name: engine\n"
                               "    kind: llama\n"
                               "    model_path: m.gguf\n"
                               "    embeddings: sometimes\n"),
                          5, {"'embeddings' in provider 'engine'"}));
}

// ---------------------------------------------------------------------------
// provider pools (endpoints, health_check)

TEST(ConfigPools, EndpointsMakeAPoolWithDefaultHealthChecks) {
  const LoadResult r = load(
      "providers:\n"
      "  - name: local\n"
      "    kind: openai_compatible\n"
      "    endpoints:\n"
      "      - http://10.0.0.5:8080/v1/\n"
      "      - http://10.0.0.6:8080/v1\n" +
      std::string("models:\n  - alias: m\n    deployments:\n"
                  "      - {provider: local, model: x, side: local}\n"));
  ASSERT_TRUE(r.config) << all_problems(r);
  const ProviderConfig& p = r.config->providers[0];
  EXPECT_EQ(p.base_url, "");
  ASSERT_EQ(p.endpoints.size(), 2u);
  EXPECT_EQ(p.endpoints[0], "http://10.0.0.5:8080/v1");  // trailing slash removed
  EXPECT_EQ(p.endpoints[1], "http://10.0.0.6:8080/v1");
  EXPECT_EQ(p.health_check.path, "/health");
  EXPECT_EQ(p.health_check.interval, Millis(5000));
  EXPECT_EQ(p.health_check.timeout, Millis(1000));
  EXPECT_EQ(p.health_check.unhealthy_after, 2);
  EXPECT_EQ(p.health_check.healthy_after, 1);
}

TEST(ConfigPools, HealthCheckSettingsAreRead) {
  const LoadResult r = load(
      "providers:\n"
      "  - name: ollama\n"
      "    kind: openai_compatible\n"
      "    endpoints: [\"http://10.0.0.7:11434/v1\"]\n"
      "    health_check:\n"
      "      path: /\n"
      "      interval_ms: 250\n"
      "      timeout_ms: 100\n"
      "      unhealthy_after: 3\n"
      "      healthy_after: 2\n");
  ASSERT_TRUE(r.config) << all_problems(r);
  const HealthCheckConfig& h = r.config->providers[0].health_check;
  EXPECT_EQ(h.path, "/");
  EXPECT_EQ(h.interval, Millis(250));
  EXPECT_EQ(h.timeout, Millis(100));
  EXPECT_EQ(h.unhealthy_after, 3);
  EXPECT_EQ(h.healthy_after, 2);
}

TEST(ConfigPools, BaseUrlAndEndpointsAreOneOrTheOther) {
  EXPECT_TRUE(
      OnlyProblem(load(kProviderA + "    endpoints: [http://h:1/v1]\n"), 5,
                  {"'endpoints' in provider 'a'", "'base_url' are both given", "not both"}));
  EXPECT_TRUE(OnlyProblem(
      load("providers:\n"
           "  - name: a\n"
           "    kind: openai_compatible\n"),
      2,
      {"missing required key 'base_url' in provider 'a'", "or 'endpoints', a list of base URLs"}));
}

TEST(ConfigPools, EndpointsMustBeANonEmptyListOfDistinctUrls) {
  const std::string head =
      "providers:\n"
      "  - name: a\n"
      "    kind: openai_compatible\n";
  EXPECT_TRUE(OnlyProblem(load(head + "    endpoints: http://h:1/v1\n"), 4,
                          {"'endpoints' in provider 'a'", "must be a list of at least one base URL",
                           "a string ('http://h:1/v1')"}));
  EXPECT_TRUE(OnlyProblem(load(head + "    endpoints: []\n"), 4,
                          {"must be a list of at least one base URL"}));
  const LoadResult r = load(head +
                            "    endpoints:\n"                         // 4
                            "      - http://h:1/v1\n"                  // 5
                            "      - h:2/v1\n"                         // 6
                            "      - [x]\n"                            // 7
                            "      - http://h:1/v1/\n"                 // 8
                            "      - https://user:pw-s3cret@h/v1\n");  // 9
  EXPECT_FALSE(r.config);
  ASSERT_EQ(r.problems.size(), 4u) << all_problems(r);
  EXPECT_TRUE(HasProblem(
      r, 6,
      {"'endpoints' in provider 'a'", "must start with http:// or https://", "(got 'h:2/v1')"}));
  EXPECT_TRUE(HasProblem(r, 7, {"must list base URLs as strings", "got a list"}));
  EXPECT_TRUE(HasProblem(r, 8, {"lists http://h:1/v1 twice"}));
  EXPECT_TRUE(HasProblem(r, 9, {"must not carry credentials"}));
  for (const auto& p : r.problems) EXPECT_EQ(p.message.find("pw-s3cret"), std::string::npos);
}

TEST(ConfigPools, HealthCheckNeedsAPoolAndKnownKeys) {
  EXPECT_TRUE(OnlyProblem(
      load(kProviderA + "    health_check: {path: /health}\n"), 5,
      {"'health_check' in provider 'a'", "applies only to a pool", "endpoints: [<its base URL>]"}));
  const LoadResult r = load(
      "providers:\n"
      "  - name: a\n"
      "    kind: openai_compatible\n"
      "    endpoints: [http://h:1/v1]\n"
      "    health_check:\n"
      "      path: health\n"         // 6
      "      interval: 100\n"        // 7
      "      timeout_ms: 0\n"        // 8
      "      unhealthy_after: 0\n"   // 9
      "      healthy_after: many\n"  // 10
      "      interval_ms: 5\n");     // 11
  EXPECT_FALSE(r.config);
  ASSERT_EQ(r.problems.size(), 6u) << all_problems(r);
  EXPECT_TRUE(HasProblem(
      r, 6, {"'path' in health_check of provider 'a'", "starting with '/'", "(Ollama)"}));
  EXPECT_TRUE(HasProblem(
      r, 7, {"unknown key 'interval' in health_check of provider 'a'", "'interval_ms'"}));
  EXPECT_TRUE(HasProblem(r, 8, {"'timeout_ms' in health_check", "from 1 to"}));
  EXPECT_TRUE(HasProblem(r, 9, {"'unhealthy_after' in health_check", "from 1 to 1000"}));
  EXPECT_TRUE(HasProblem(r, 10, {"'healthy_after' in health_check", "integer"}));
  EXPECT_TRUE(HasProblem(r, 11, {"'interval_ms' in health_check", "from 10 to"}));
  EXPECT_TRUE(OnlyProblem(load("providers:\n"
                               "  - name: a\n"
                               "    kind: openai_compatible\n"
                               "    endpoints: [http://h:1/v1]\n"
                               "    health_check: 5\n"),
                          5, {"health_check of provider 'a' must be a map of keys", "path"}));
}

TEST(ConfigPools, PoolKeysDoNotApplyToTheInProcessEngine) {
  const LoadResult r = load(
      "providers:\n"
      "  - name: engine\n"
      "    kind: llama\n"
      "    model_path: m.gguf\n"
      "    endpoints: [http://h:1/v1]\n"
      "    health_check: {}\n");
  ASSERT_EQ(r.problems.size(), 2u) << all_problems(r);
  EXPECT_TRUE(
      HasProblem(r, 5, {"'endpoints' in provider 'engine'", "does not apply to kind llama"}));
  EXPECT_TRUE(
      HasProblem(r, 6, {"'health_check' in provider 'engine'", "does not apply to kind llama"}));
}

// ---------------------------------------------------------------------------
// models and deployments

TEST(ConfigModels, SectionMustBeAListWithAnExample) {
  EXPECT_TRUE(OnlyProblem(load(kProviderA + "models: gpt-4o\n"), 5,
                          {"'models' must be a list", "'- alias: gpt-4o-mini'", "'gpt-4o'"}));
}

TEST(ConfigModels, DeploymentNamingAnUnknownProviderSuggestsTheDeclaredOne) {
  const LoadResult r = load(kProviderA +
                            "models:\n"
                            "  - alias: m\n"
                            "    deployments:\n"
                            "      - provider: b\n"
                            "        model: x\n"
                            "        side: cloud\n");
  EXPECT_TRUE(OnlyProblem(
      r, 8,
      {"'provider' in deployment #1 of model 'm'", "names provider 'b', which is not declared",
       "did you mean 'a'?", "declared providers: a"}));
}

TEST(ConfigModels, DeploymentNamingAProviderWhenNoneIsDeclaredSaysToDeclareIt) {
  const LoadResult r = load(kModelOnA);
  EXPECT_TRUE(OnlyProblem(
      r, 4, {"names provider 'a', which is not declared", "declare it under 'providers:'"}));
}

TEST(ConfigModels, DeclaredProvidersAreListedOnceEach) {
  const LoadResult r = load(kProviderA + kProviderA.substr(std::string("providers:\n").size()) +
                            "models:\n"
                            "  - alias: m\n"
                            "    deployments:\n"
                            "      - {provider: zzz, model: x, side: local}\n");
  EXPECT_TRUE(HasProblem(r, 11, {"declared providers: a"}));
  for (const auto& p : r.problems)
    EXPECT_EQ(p.message.find("declared providers: a, a"), std::string::npos) << p.to_string();
}

TEST(ConfigModels, MissingRequiredKeysOfAModelAndADeployment) {
  const LoadResult r = load(kProviderA +
                            "models:\n"
                            "  - deployments:\n"
                            "      - {provider: a}\n");
  ASSERT_EQ(r.problems.size(), 3u) << all_problems(r);
  EXPECT_TRUE(HasProblem(r, 6, {"missing required key 'alias' in model #1"}));
  EXPECT_TRUE(HasProblem(r, 7, {"missing required key 'model' in deployment #1 of model #1"}));
  EXPECT_TRUE(HasProblem(r, 7, {"missing required key 'side' in deployment #1 of model #1"}));
}

TEST(ConfigModels, AModelNeedsAtLeastOneDeployment) {
  EXPECT_TRUE(OnlyProblem(load(kProviderA + "models:\n  - alias: m\n"), 6,
                          {"missing required key 'deployments' in model 'm'"}));
  EXPECT_TRUE(OnlyProblem(load(kProviderA + "models:\n  - alias: m\n    deployments: []\n"), 7,
                          {"'deployments' in model 'm' must list at least one deployment"}));
  EXPECT_TRUE(OnlyProblem(load(kProviderA + "models:\n  - alias: m\n    deployments:\n"), 7,
                          {"must list at least one deployment"}));
  EXPECT_TRUE(OnlyProblem(load(kProviderA + "models:\n  - alias: m\n    deployments: a/x\n"), 7,
                          {"'deployments' in model 'm' must be a list", "'- provider: openai'"}));
}

TEST(ConfigModels, DeploymentKeysWrittenOnTheModelSayWhereTheyBelong) {
  const LoadResult r = load(kProviderA +
                            "models:\n"
                            "  - name: m\n"
                            "    provider: a\n"
                            "    model: x\n"
                            "    side: cloud\n"
                            "    price: {input_per_1m: 1}\n");
  EXPECT_TRUE(HasProblem(r, 6, {"'name' is not accepted in model #1", "named by 'alias'"}));
  EXPECT_TRUE(HasProblem(
      r, 7,
      {"'provider' is not accepted", "belongs to a deployment", "deployments: [{provider: ..."}));
  EXPECT_TRUE(HasProblem(r, 8, {"'model' is not accepted", "belongs to a deployment"}));
  EXPECT_TRUE(HasProblem(r, 9, {"'side' is not accepted", "belongs to a deployment"}));
  EXPECT_TRUE(HasProblem(r, 10, {"'price' is not accepted", "belongs to a deployment"}));
  EXPECT_TRUE(HasProblem(r, 6, {"missing required key 'alias'"}));
  EXPECT_TRUE(HasProblem(r, 6, {"missing required key 'deployments'"}));
  EXPECT_EQ(r.problems.size(), 7u) << all_problems(r);
}

TEST(ConfigModels, SideMustBeLocalOrCloud) {
  const LoadResult r = load(kProviderA +
                            "models:\n"
                            "  - alias: m\n"
                            "    deployments:\n"
                            "      - provider: a\n"
                            "        model: x\n"
                            "        side: on-prem\n");
  EXPECT_TRUE(OnlyProblem(
      r, 10, {"'side' in deployment #1 of model 'm' must be local or cloud", "got 'on-prem'"}));
}

TEST(ConfigModels, UnknownDeploymentKeyGetsASuggestion) {
  const LoadResult r = load(kProviderA +
                            "models:\n"
                            "  - alias: m\n"
                            "    deployments:\n"
                            "      - provider: a\n"
                            "        model: x\n"
                            "        side: local\n"
                            "        prise: {input_per_1m: 1}\n");
  EXPECT_TRUE(OnlyProblem(r, 11,
                          {"unknown key 'prise' in deployment #1 of model 'm'",
                           "did you mean 'price'?", "allowed: name, provider, model"}));
}

TEST(ConfigModels, AliasMustBeANonEmptyWordAndUnique) {
  EXPECT_TRUE(
      OnlyProblem(load(kProviderA + "models:\n"
                                    "  - alias: gpt 4o\n"
                                    "    deployments: [{provider: a, model: x, side: local}]\n"),
                  6, {"'alias' in model 'gpt 4o'", "non-empty name without spaces"}));
  EXPECT_TRUE(
      OnlyProblem(load(kProviderA + "models:\n"
                                    "  - alias: \"\"\n"
                                    "    deployments: [{provider: a, model: x, side: local}]\n"),
                  6, {"must be a non-empty name"}));
  EXPECT_TRUE(OnlyProblem(load(kProviderA + kModelOnA +
                               "  - alias: m\n"
                               "    deployments: [{provider: a, model: y, side: local}]\n"),
                          9, {"model alias 'm' is declared twice", "first at line 6"}));
}

TEST(ConfigModels, UpstreamModelMustNotBeEmpty) {
  EXPECT_TRUE(OnlyProblem(load(kProviderA + "models:\n"
                                            "  - alias: m\n"
                                            "    deployments:\n"
                                            "      - provider: a\n"
                                            "        model: \"\"\n"
                                            "        side: local\n"),
                          9, {"'model' in deployment #1 of model 'm'", "e.g. gpt-4o-mini"}));
}

TEST(ConfigModels, PricesAreNonNegativeUnquotedNumbersInAMap) {
  const LoadResult r = load(kProviderA +
                            "models:\n"
                            "  - alias: m\n"
                            "    deployments:\n"
                            "      - provider: a\n"
                            "        model: x\n"
                            "        side: cloud\n"
                            "        price:\n"
                            "          input_per_1m: -1\n"
                            "          output_per_1m: \"3\"\n"
                            "          per_request: 1\n");
  ASSERT_EQ(r.problems.size(), 3u) << all_problems(r);
  EXPECT_TRUE(HasProblem(
      r, 12, {"'input_per_1m' in price of deployment #1 of model 'm'", "at least 0", "got -1"}));
  EXPECT_TRUE(
      HasProblem(r, 13, {"'output_per_1m'", "must be a number", "write it without quotes"}));
  EXPECT_TRUE(HasProblem(r, 14, {"unknown key 'per_request'", "input_per_1m, output_per_1m"}));

  EXPECT_TRUE(
      OnlyProblem(load(kProviderA + "models:\n"
                                    "  - alias: m\n"
                                    "    deployments:\n"
                                    "      - {provider: a, model: x, side: cloud, price: 5}\n"),
                  8,
                  {"price of deployment #1 of model 'm' must be a map of keys",
                   "input_per_1m, output_per_1m", "the number '5'"}));
}

TEST(ConfigModels, SameDeploymentTwiceInOneModelIsAnError) {
  const LoadResult r =
      load(kProviderA + kModelOnA + "      - {provider: a, model: x, side: local}\n");
  EXPECT_TRUE(OnlyProblem(r, 9, {"deployment 'a/x' is listed twice in model 'm'", "list it once"}));
}

TEST(ConfigModels, OneDeploymentNameMeaningTwoDeploymentsIsAnError) {
  const LoadResult r = load(kProviderA + kModelOnA +
                            "  - alias: m2\n"
                            "    deployments:\n"
                            "      - {provider: a, model: x, side: cloud}\n"
                            "  - alias: m3\n"
                            "    deployments:\n"
                            "      - {name: a/x, provider: a, model: y, side: local}\n");
  ASSERT_EQ(r.problems.size(), 2u) << all_problems(r);
  EXPECT_TRUE(HasProblem(r, 11,
                         {"deployment name 'a/x' (the default, <provider>/<model>)",
                          "already used at line 8", "different side", "set 'name:'"}));
  EXPECT_TRUE(HasProblem(r, 14, {"deployment name 'a/x'", "different model"}));
}

TEST(ConfigModels, OneDeploymentWithTwoDifferentPricesIsAnError) {
  const LoadResult r =
      load(kProviderA +
           "models:\n"
           "  - alias: m1\n"
           "    deployments:\n"
           "      - {provider: a, model: x, side: cloud, price: {input_per_1m: 1}}\n"
           "  - alias: m2\n"
           "    deployments:\n"
           "      - {provider: a, model: x, side: cloud, price: {input_per_1m: 2}}\n");
  EXPECT_TRUE(OnlyProblem(
      r, 11, {"deployment 'a/x' has a different price at line 8", "give its price once"}));
}

TEST(ConfigModels, ExplicitDeploymentNameMustNotBeEmpty) {
  EXPECT_TRUE(
      OnlyProblem(load(kProviderA + "models:\n"
                                    "  - alias: m\n"
                                    "    deployments:\n"
                                    "      - {name: \"\", provider: a, model: x, side: local}\n"),
                  8, {"'name' in deployment #1 of model 'm' must not be empty"}));
}

// ---------------------------------------------------------------------------
// routing

TEST(ConfigRouting, SectionsMustBeMaps) {
  EXPECT_TRUE(OnlyProblem(load("routing: 5\n"), 1,
                          {"routing must be a map of keys (retry, spill, difficulty_model, "
                           "record_prompt_features, rules)"}));
  EXPECT_TRUE(OnlyProblem(load("routing:\n  retry: 3\n"), 2,
                          {"routing.retry must be a map of keys", "max_attempts"}));
}

TEST(ConfigRouting, RecordPromptFeaturesIsOffUnlessTurnedOn) {
  const LoadResult off = load("routing:\n  retry: { max_attempts: 2 }\n");
  ASSERT_TRUE(off.config) << all_problems(off);
  EXPECT_FALSE(off.config->record_prompt_features);
  const LoadResult on = load("routing:\n  record_prompt_features: true\n");
  ASSERT_TRUE(on.config) << all_problems(on);
  EXPECT_TRUE(on.config->record_prompt_features);
  EXPECT_TRUE(OnlyProblem(load("routing:\n  record_prompt_features: yes please\n"), 2,
                          {"record_prompt_features", "must be true or false"}));
}

TEST(ConfigRouting, UnknownKeysGetSuggestions) {
  const LoadResult r = load("routing:\n  retyr: {}\n");
  EXPECT_TRUE(OnlyProblem(r, 2, {"unknown key 'retyr' in routing", "did you mean 'retry'?"}));
  const LoadResult r2 = load("routing:\n  retry:\n    max_attempt: 3\n");
  EXPECT_TRUE(OnlyProblem(
      r2, 3, {"unknown key 'max_attempt' in routing.retry", "did you mean 'max_attempts'?"}));
  const LoadResult r3 = load("routing:\n  retry:\n    initial_backoff: 3\n");
  EXPECT_TRUE(OnlyProblem(r3, 3, {"did you mean 'initial_backoff_ms'?"}));
}

TEST(ConfigRouting, RetryValuesAreRangeChecked) {
  const LoadResult r = load(
      "routing:\n"
      "  retry:\n"
      "    max_attempts: 0\n"
      "    backoff_multiplier: 0.5\n"
      "    jitter: 2\n");
  ASSERT_EQ(r.problems.size(), 3u) << all_problems(r);
  EXPECT_TRUE(HasProblem(r, 3, {"'max_attempts' in routing.retry", "from 1 to 10", "got 0"}));
  EXPECT_TRUE(HasProblem(r, 4, {"'backoff_multiplier'", "from 1 to 100", "got 0.5"}));
  EXPECT_TRUE(HasProblem(r, 5, {"'jitter'", "from 0 to 1", "got 2"}));
  EXPECT_TRUE(OnlyProblem(load("routing:\n  retry:\n    max_attempts: 11\n"), 3, {"from 1 to 10"}));
  EXPECT_TRUE(OnlyProblem(load("routing:\n  retry:\n    jitter: lots\n"), 3,
                          {"'jitter' in routing.retry must be a number", "a string ('lots')"}));
}

TEST(ConfigRouting, MaxBackoffBelowInitialBackoffIsAnError) {
  const LoadResult r = load(
      "routing:\n"
      "  retry:\n"
      "    initial_backoff_ms: 500\n"
      "    max_backoff_ms: 100\n");
  EXPECT_TRUE(OnlyProblem(r, 4,
                          {"'max_backoff_ms' in routing.retry",
                           "max_backoff_ms (100) smaller than initial_backoff_ms (500)"}));
  // Only the initial backoff written: compared with the default maximum (2000).
  const LoadResult r2 = load("routing:\n  retry:\n    initial_backoff_ms: 5000\n");
  EXPECT_TRUE(
      OnlyProblem(r2, 3, {"'initial_backoff_ms'", "smaller than initial_backoff_ms (5000)"}));
}

// yaml-cpp loops for minutes and takes gigabytes on some invalid UTF-8 (the
// fuzzer's reproducer, fuzz/corpus/config/yaml_cpp_hang_invalid_utf8.yaml), and recurses
// once per level of flow nesting: neither reaches it.
TEST(ConfigLoad, InvalidUtf8IsAProblemAtItsLineNotAHang) {
  std::ifstream in(
      switchyard::testing::source_dir() + "/fuzz/corpus/config/yaml_cpp_hang_invalid_utf8.yaml",
      std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_FALSE(text.empty());
  EXPECT_TRUE(HasProblem(load(text), 4, {"not valid UTF-8", "0x8b"}));
  EXPECT_TRUE(HasProblem(load("server:\n  host: \"a\xed\xa0\x80\"\n"), 2, {"not valid UTF-8"}));
  EXPECT_TRUE(HasProblem(load("server:\n  host: \"\xc0\xaf\"\n"), 2, {"not valid UTF-8"}));
  // Valid multi-byte text is fine.
  EXPECT_FALSE(HasProblem(load("server:\n  host: \"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80\"\n"),
                          2, {"UTF-8"}));
}

TEST(ConfigLoad, DeepFlowNestingIsAProblemNotARecursion) {
  const std::string deep = "server: " + std::string(100000, '[') + "\n";
  EXPECT_TRUE(HasProblem(load(deep), 1, {"nested more than 64"}));
  EXPECT_FALSE(HasProblem(load("server: {a: [[1]]}\n"), 1, {"nested"}));
}

}  // namespace
}  // namespace switchyard::config
