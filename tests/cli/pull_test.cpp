// `switchyard pull` and `switchyard models`: the built binary, run as a
// subprocess, against a loopback HTTP server standing in for Hugging Face
// (SWITCHYARD_HF_ENDPOINT points it there) and its CDN.
#include <fcntl.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>
#include <signal.h>
#include <simdjson.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>

#include "cli/fake_model_host.hpp"
#include "support/gguf_builder.hpp"
#include "support/paths.hpp"
#include "switchyard/models/sha256.hpp"

extern char** environ;

namespace switchyard::testing {
namespace {

namespace fs = std::filesystem;

struct RunResult {
  int exit_code = -1;
  std::string out, err;
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Child {
  pid_t pid = -1;
  fs::path out, err;
  std::string spawn_error;
};

// Starts `binary args...` with the test's environment minus anything that
// would point the command elsewhere, plus `env`.
Child spawn(const std::string& binary, const std::vector<std::string>& args,
            const std::map<std::string, std::string>& env, const fs::path& scratch) {
  std::vector<std::string> env_strings;
  for (char** e = environ; *e != nullptr; ++e) {
    std::string_view v(*e);
    if (v.starts_with("SWITCHYARD_") || v.starts_with("HF_") || v.starts_with("HUGGING_FACE") ||
        v.starts_with("XDG_DATA_HOME=") || v.starts_with("SSL_CERT_"))
      continue;
    env_strings.emplace_back(v);
  }
  for (const auto& [k, v] : env) env_strings.push_back(k + "=" + v);
  std::vector<char*> envp;
  for (auto& s : env_strings) envp.push_back(s.data());
  envp.push_back(nullptr);
  std::vector<std::string> argv_strings{binary};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& s : argv_strings) argv.push_back(s.data());
  argv.push_back(nullptr);

  Child c;
  c.out = scratch / "stdout.txt";
  c.err = scratch / "stderr.txt";
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, c.out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&fa, 2, c.err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  const int rc = posix_spawn(&c.pid, binary.c_str(), &fa, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) {
    c.pid = -1;
    c.spawn_error = "posix_spawn failed: " + std::string(std::strerror(rc));
  }
  return c;
}

// Waits for the child (killing it after 90 s) and collects its output.
RunResult wait(Child& c) {
  RunResult r;
  if (c.pid < 0) {
    r.err = c.spawn_error;
    return r;
  }
  int status = 0;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(90);
  while (::waitpid(c.pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(c.pid, SIGKILL);
      ::waitpid(c.pid, &status, 0);
      r.err = "timed out\n";
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = slurp(c.out);
  r.err += slurp(c.err);
  return r;
}

RunResult run(const std::string& binary, const std::vector<std::string>& args,
              const std::map<std::string, std::string>& env, const fs::path& scratch) {
  Child c = spawn(binary, args, env, scratch);
  return wait(c);
}

struct KeyAndCertificate {
  std::string key_pem, cert_pem;
};

// A self-signed certificate (EC P-256) for `subject_alt_name`, e.g. "IP:127.0.0.1".
KeyAndCertificate self_signed(const std::string& subject_alt_name) {
  EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
  X509* x = X509_new();
  X509_set_version(x, 2);
  ASN1_INTEGER_set(X509_get_serialNumber(x), 1);
  X509_gmtime_adj(X509_getm_notBefore(x), -3600);
  X509_gmtime_adj(X509_getm_notAfter(x), 3600);
  X509_set_pubkey(x, key);
  X509_NAME* name = X509_get_subject_name(x);
  X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                             reinterpret_cast<const unsigned char*>("switchyard test"), -1, -1, 0);
  X509_set_issuer_name(x, name);
  X509V3_CTX ctx;
  X509V3_set_ctx_nodb(&ctx);
  X509V3_set_ctx(&ctx, x, x, nullptr, nullptr, 0);
  const std::pair<int, std::string> extensions[] = {{NID_subject_alt_name, subject_alt_name},
                                                    {NID_basic_constraints, "critical,CA:TRUE"}};
  for (const auto& [nid, value] : extensions) {
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.c_str());
    X509_add_ext(x, ext, -1);
    X509_EXTENSION_free(ext);
  }
  X509_sign(x, key, EVP_sha256());
  auto pem = [](auto write) {
    BIO* bio = BIO_new(BIO_s_mem());
    write(bio);
    char* data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    std::string out(data, static_cast<std::size_t>(n));
    BIO_free(bio);
    return out;
  };
  KeyAndCertificate out;
  out.cert_pem = pem([&](BIO* b) { PEM_write_bio_X509(b, x); });
  out.key_pem =
      pem([&](BIO* b) { PEM_write_bio_PrivateKey(b, key, nullptr, nullptr, 0, nullptr, nullptr); });
  X509_free(x);
  EVP_PKEY_free(key);
  return out;
}

std::unique_ptr<http::net::ssl::context> server_tls(const KeyAndCertificate& kc) {
  namespace ssl = http::net::ssl;
  auto ctx = std::make_unique<ssl::context>(ssl::context::tls_server);
  ctx->use_certificate_chain(http::net::buffer(kc.cert_pem));
  ctx->use_private_key(http::net::buffer(kc.key_pem), ssl::context::pem);
  return ctx;
}

std::string sha256(std::string_view s) {
  models::Sha256 h;
  h.update(s);
  return h.hex_digest();
}

class PullTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("switchyard-pull-test-" + std::to_string(::getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
    store_ = root_ / "store";
    model_ = tiny_llama_gguf().build();
    sha_ = sha256(model_);
  }
  void TearDown() override { fs::remove_all(root_); }

  RunResult switchyard(std::vector<std::string> args, std::map<std::string, std::string> env = {}) {
    env.emplace("SWITCHYARD_HF_ENDPOINT", host_.origin());
    return run(switchyard::testing::binary_dir() + "/switchyard", args, env, root_);
  }
  RunResult pull(const std::string& source, std::vector<std::string> extra = {},
                 std::map<std::string, std::string> env = {}) {
    std::vector<std::string> args{"pull", source, "--store", store_.string()};
    args.insert(args.end(), extra.begin(), extra.end());
    return switchyard(args, std::move(env));
  }
  // A Hugging Face resolve URL serving the model with its SHA-256.
  FakeModelHost::Route hf_file() {
    FakeModelHost::Route r;
    r.body = model_;
    r.headers.emplace_back("X-Linked-Etag", "\"" + sha_ + "\"");
    r.headers.emplace_back("ETag", "\"" + sha_ + "\"");
    return r;
  }
  // Starts `switchyard pull SOURCE --store STORE extra...` without waiting.
  Child start_pull(const std::string& source, std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"pull", source, "--store", store_.string()};
    args.insert(args.end(), extra.begin(), extra.end());
    return spawn(switchyard::testing::binary_dir() + "/switchyard", args,
                 {{"SWITCHYARD_HF_ENDPOINT", host_.origin()}}, root_);
  }
  // Waits until the partial file holds `bytes` bytes.
  bool wait_for_part(std::uintmax_t bytes) {
    const auto part = store_ / "tiny.gguf.part";
    for (int i = 0; i < 3000; ++i) {
      std::error_code ec;
      if (fs::file_size(part, ec) == bytes && !ec) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
  }
  void write_part(const std::string& bytes) {
    fs::create_directories(store_);
    std::ofstream(store_ / "tiny.gguf.part", std::ios::binary) << bytes;
  }
  std::vector<std::string> store_files() {
    std::vector<std::string> names;
    if (fs::exists(store_))
      for (const auto& e : fs::directory_iterator(store_)) names.push_back(e.path().filename());
    std::sort(names.begin(), names.end());
    return names;
  }

  static constexpr const char* kResolve = "/acme/tiny-GGUF/resolve/main/tiny.gguf";
  static constexpr const char* kSpec = "hf:acme/tiny-GGUF/tiny.gguf";
  FakeModelHost host_;
  fs::path root_, store_;
  std::string model_, sha_;
};

TEST_F(PullTest, InterruptedDownloadIsKeptAndResumedByTheNextRun) {
  auto route = hf_file();
  route.cut_first = 1;
  route.cut_after = 30000;
  host_.route(kResolve, route);

  auto first = pull(kSpec, {"--retries", "0"});
  EXPECT_EQ(first.exit_code, 1) << first.err;
  EXPECT_NE(first.err.find("broke"), std::string::npos) << first.err;
  EXPECT_NE(first.err.find("run the same command again to resume"), std::string::npos) << first.err;
  ASSERT_EQ(store_files(), std::vector<std::string>{"tiny.gguf.part"});
  EXPECT_EQ(fs::file_size(store_ / "tiny.gguf.part"), 30000u);

  auto listing = switchyard({"models", "--store", store_.string()});
  EXPECT_EQ(listing.exit_code, 0) << listing.err;
  EXPECT_NE(listing.out.find("Unfinished download: tiny.gguf"), std::string::npos) << listing.out;

  auto second = pull(kSpec, {"--retries", "0"});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  auto seen = host_.requests();
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0].range, "");
  EXPECT_EQ(seen[1].range, "bytes=30000-");
  EXPECT_NE(second.err.find("Resuming"), std::string::npos) << second.err;
  EXPECT_NE(second.out.find("SHA-256 verified: " + sha_), std::string::npos) << second.out;
  EXPECT_NE(second.out.find("X-Linked-Etag"), std::string::npos) << second.out;
  EXPECT_NE(second.out.find("llama, Q8_0, 80.5K parameters, context 4096"), std::string::npos)
      << second.out;
  ASSERT_EQ(store_files(), std::vector<std::string>{"tiny.gguf"});
  EXPECT_EQ(slurp(store_ / "tiny.gguf"), model_);
}

TEST_F(PullTest, RetriesAutomaticallyResumingEachTime) {
  auto route = hf_file();
  route.cut_first = 2;
  route.cut_after = 20000;
  host_.route(kResolve, route);

  auto r = pull(kSpec, {"--retries", "1"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto seen = host_.requests();
  ASSERT_EQ(seen.size(), 3u);
  EXPECT_EQ(seen[0].range, "");
  EXPECT_EQ(seen[1].range, "bytes=20000-");
  EXPECT_EQ(seen[2].range, "bytes=40000-");
  EXPECT_NE(r.err.find("resuming in 1 s"), std::string::npos) << r.err;
  EXPECT_EQ(slurp(store_ / "tiny.gguf"), model_);
  EXPECT_NE(r.out.find("SHA-256 verified"), std::string::npos) << r.out;
}

TEST_F(PullTest, FollowsRedirectToTheCdnKeepingRangeAndNotTheToken) {
  FakeModelHost cdn;
  FakeModelHost::Route redirect;
  redirect.status = 302;
  redirect.headers.emplace_back("Location", cdn.origin() + "/blobs/3f2a?X-Amz-Signature=secret");
  redirect.headers.emplace_back("X-Linked-Etag", "\"" + sha_ + "\"");
  redirect.headers.emplace_back("X-Linked-Size", std::to_string(model_.size()));
  host_.route(kResolve, redirect);
  FakeModelHost::Route blob;
  blob.body = model_;
  blob.headers.emplace_back("ETag", "\"not-the-sha256\"");
  cdn.route("/blobs/3f2a?X-Amz-Signature=secret", blob);
  write_part(model_.substr(0, 12345));

  auto r = pull(kSpec, {}, {{"HF_TOKEN", "hf_secret"}});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto at_hub = host_.requests();
  auto at_cdn = cdn.requests();
  ASSERT_EQ(at_hub.size(), 1u);
  ASSERT_EQ(at_cdn.size(), 1u);
  EXPECT_EQ(at_hub[0].authorization, "Bearer hf_secret");
  EXPECT_EQ(at_hub[0].range, "bytes=12345-");
  EXPECT_EQ(at_cdn[0].authorization, "") << "the token leaked to another host";
  EXPECT_EQ(at_cdn[0].range, "bytes=12345-");
  EXPECT_EQ(r.err.find("X-Amz-Signature"), std::string::npos) << "signed URL printed: " << r.err;
  EXPECT_NE(r.out.find("SHA-256 verified"), std::string::npos) << r.out;
  EXPECT_EQ(slurp(store_ / "tiny.gguf"), model_);
}

TEST_F(PullTest, ChecksumMismatchDeletesTheDownload) {
  auto route = hf_file();
  route.headers.clear();
  route.headers.emplace_back("X-Linked-Etag", "\"" + sha256("something else") + "\"");
  host_.route(kResolve, route);
  auto r = pull(kSpec);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("SHA-256 mismatch"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(sha_), std::string::npos) << r.err;
  EXPECT_EQ(store_files(), std::vector<std::string>{});
}

TEST_F(PullTest, PlainUrlWithAndWithoutAUserChecksum) {
  FakeModelHost::Route plain;
  plain.body = model_;
  plain.headers.emplace_back("ETag", "\"" + sha256("an etag that is not this file's") + "\"");
  FakeModelHost server;  // any web server, not the Hugging Face endpoint
  server.route("/files/tiny.gguf", plain);
  const std::string url = server.origin() + "/files/tiny.gguf";

  auto bad = pull(url, {"--sha256", sha256("wrong")});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("SHA-256 mismatch: --sha256 says"), std::string::npos) << bad.err;
  EXPECT_EQ(store_files(), std::vector<std::string>{});

  // A plain server's ETag is not taken for a SHA-256 (only Hugging Face's is).
  auto unchecked = pull(url);
  ASSERT_EQ(unchecked.exit_code, 0) << unchecked.err;
  EXPECT_NE(unchecked.out.find("publishes no checksum"), std::string::npos) << unchecked.out;
  EXPECT_NE(unchecked.out.find(sha_), std::string::npos) << unchecked.out;

  auto again = pull(url, {"--sha256", sha_});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("already in the store (SHA-256 verified)"), std::string::npos)
      << again.out;
  EXPECT_EQ(server.requests().size(), 2u) << "an already stored file was downloaded again";

  auto forced = pull(url, {"--sha256", sha_, "--force", "--output", "renamed"});
  ASSERT_EQ(forced.exit_code, 0) << forced.err;
  EXPECT_NE(forced.out.find("SHA-256 verified: " + sha_ + " (matches --sha256)"), std::string::npos)
      << forced.out;
  EXPECT_EQ(store_files(), (std::vector<std::string>{"renamed.gguf", "tiny.gguf"}));
}

TEST_F(PullTest, NotFoundIsAClearError) {
  auto r = pull("hf:acme/missing/model.gguf");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("HTTP 404"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("/acme/missing/resolve/main/model.gguf"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("check the owner, repository, revision and file name"), std::string::npos)
      << r.err;
  EXPECT_EQ(store_files(), std::vector<std::string>{});
}

TEST_F(PullTest, RefusesAnHtmlPage) {
  FakeModelHost::Route page;
  page.body = "<!DOCTYPE html>\n<html><head><title>tiny.gguf</title></head><body>...</body></html>";
  page.content_type = "text/html; charset=utf-8";
  host_.route("/acme/tiny-GGUF/resolve/main/tiny.gguf", page);
  auto r = pull(kSpec);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("did not send a GGUF file"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("text/html"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("<!DOCTYPE html>"), std::string::npos) << r.err;
  EXPECT_EQ(store_files(), std::vector<std::string>{});
}

TEST_F(PullTest, StartsOverWhenTheServerCannotResume) {
  auto route = hf_file();
  route.ranges = false;
  host_.route(kResolve, route);
  write_part(std::string(5000, 'x'));  // whatever it was, it is replaced
  auto r = pull(kSpec);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(host_.requests().at(0).range, "bytes=5000-");
  EXPECT_NE(r.err.find("cannot resume"), std::string::npos) << r.err;
  EXPECT_EQ(slurp(store_ / "tiny.gguf"), model_);
}

TEST_F(PullTest, CompletePartialFileIsVerifiedAndKept) {
  host_.route(kResolve, hf_file());
  write_part(model_);  // the previous run died before renaming it
  auto r = pull(kSpec);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(host_.requests().at(0).range, "bytes=" + std::to_string(model_.size()) + "-");
  EXPECT_NE(r.out.find("SHA-256 verified"), std::string::npos) << r.out;
  EXPECT_EQ(store_files(), std::vector<std::string>{"tiny.gguf"});
}

TEST_F(PullTest, StalledConnectionTimesOutAndKeepsThePartialFile) {
  auto route = hf_file();
  route.stall_after = 25000;
  host_.route(kResolve, route);
  auto r = pull(kSpec, {"--timeout", "1", "--retries", "0"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("no data from 127.0.0.1 for 1 s"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("run the same command again to resume"), std::string::npos) << r.err;
  EXPECT_EQ(fs::file_size(store_ / "tiny.gguf.part"), 25000u);
}

TEST_F(PullTest, InterruptKeepsThePartialFile) {
  auto route = hf_file();
  route.stall_after = 25000;
  host_.route(kResolve, route);
  Child child = start_pull(kSpec);
  ASSERT_TRUE(wait_for_part(25000));
  ::kill(child.pid, SIGINT);
  auto r = wait(child);
  EXPECT_EQ(r.exit_code, 130) << r.err;
  EXPECT_NE(r.err.find("interrupted"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("again to resume"), std::string::npos) << r.err;
  EXPECT_EQ(store_files(), std::vector<std::string>{"tiny.gguf.part"});
  EXPECT_EQ(fs::file_size(store_ / "tiny.gguf.part"), 25000u);
}

TEST_F(PullTest, HttpsVerifiesTheCertificateAndHostName) {
  const auto good = self_signed("IP:127.0.0.1");
  auto good_tls = server_tls(good);
  FakeModelHost https(good_tls.get());
  FakeModelHost::Route route;
  route.body = model_;
  https.route("/m/tiny.gguf", route);
  const std::string url = "https://127.0.0.1:" + std::to_string(https.port()) + "/m/tiny.gguf";

  auto untrusted = pull(url, {"--retries", "0"});
  EXPECT_EQ(untrusted.exit_code, 1) << untrusted.err;
  EXPECT_NE(untrusted.err.find("could not be verified"), std::string::npos) << untrusted.err;
  EXPECT_EQ(store_files(), std::vector<std::string>{});

  const fs::path ca = root_ / "ca.pem";
  std::ofstream(ca) << good.cert_pem;
  auto trusted = pull(url, {}, {{"SSL_CERT_FILE", ca.string()}});
  ASSERT_EQ(trusted.exit_code, 0) << trusted.err;
  EXPECT_EQ(slurp(store_ / "tiny.gguf"), model_);

  // A trusted certificate, but for another name.
  const auto other = self_signed("DNS:models.example");
  auto other_tls = server_tls(other);
  FakeModelHost impostor(other_tls.get());
  impostor.route("/m/other.gguf", route);
  std::ofstream(ca) << other.cert_pem;
  auto wrong_name = pull("https://127.0.0.1:" + std::to_string(impostor.port()) + "/m/other.gguf",
                         {"--retries", "0"}, {{"SSL_CERT_FILE", ca.string()}});
  EXPECT_EQ(wrong_name.exit_code, 1) << wrong_name.err;
  EXPECT_NE(wrong_name.err.find("could not be verified"), std::string::npos) << wrong_name.err;
}

TEST_F(PullTest, UsageErrors) {
  auto short_spec = pull("hf:acme/tiny-GGUF");
  EXPECT_EQ(short_spec.exit_code, 2);
  EXPECT_NE(short_spec.err.find("hf:OWNER/REPO/FILE.gguf"), std::string::npos) << short_spec.err;
  auto no_name = pull(host_.origin() + "/download?id=7");
  EXPECT_EQ(no_name.exit_code, 2);
  EXPECT_NE(no_name.err.find("--output"), std::string::npos) << no_name.err;
  auto bad_sha = pull(kSpec, {"--sha256", "abc"});
  EXPECT_EQ(bad_sha.exit_code, 2);
  EXPECT_TRUE(host_.requests().empty());

  auto help = switchyard({"pull", "--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("hf:OWNER/REPO/FILE.gguf"), std::string::npos) << help.out;
  EXPECT_NE(help.out.find("--sha256"), std::string::npos) << help.out;
  auto models_help = switchyard({"models", "--help"});
  EXPECT_EQ(models_help.exit_code, 0);
  EXPECT_NE(models_help.out.find("--json"), std::string::npos) << models_help.out;
}

TEST_F(PullTest, ModelsListsWhatWasPulled) {
  host_.route(kResolve, hf_file());
  // The store from the environment, as a user would set it once.
  auto r = switchyard({"pull", kSpec, "--quiet"}, {{"SWITCHYARD_MODEL_STORE", store_.string()}});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "");
  std::ofstream(store_ / "broken.gguf", std::ios::binary) << model_.substr(0, 700);

  auto table = switchyard({"models"}, {{"SWITCHYARD_MODEL_STORE", store_.string()}});
  ASSERT_EQ(table.exit_code, 0) << table.err;
  std::istringstream lines(table.out);
  std::string header, broken, tiny;
  std::getline(lines, header);
  std::getline(lines, broken);
  std::getline(lines, tiny);
  EXPECT_EQ(header.rfind("NAME", 0), 0u) << table.out;
  for (const char* col : {"SIZE", "ARCH", "QUANT", "PARAMS", "CONTEXT"})
    EXPECT_NE(header.find(col), std::string::npos) << col;
  EXPECT_EQ(broken.rfind("broken.gguf", 0), 0u) << table.out;
  EXPECT_NE(broken.find("unreadable: truncated"), std::string::npos) << table.out;
  EXPECT_EQ(tiny.rfind("tiny.gguf", 0), 0u) << table.out;
  for (const char* cell : {"llama", "Q8_0", "80.5K", "4096"})
    EXPECT_NE(tiny.find(cell), std::string::npos) << cell << " missing in: " << tiny;
  EXPECT_NE(table.out.find("2 models"), std::string::npos) << table.out;

  auto json = switchyard({"models", "--json", "--store", store_.string()});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(json.out).get(doc), simdjson::SUCCESS) << json.out;
  simdjson::dom::array list;
  ASSERT_EQ(doc["models"].get_array().get(list), simdjson::SUCCESS);
  ASSERT_EQ(list.size(), 2u);
  auto m = list.at(1);
  EXPECT_EQ(std::string_view(m["name"]), "tiny.gguf");
  EXPECT_EQ(std::string_view(m["architecture"]), "llama");
  EXPECT_EQ(std::string_view(m["quantization"]), "Q8_0");
  EXPECT_EQ(uint64_t(m["parameters"]), 80512u);
  EXPECT_EQ(uint64_t(m["context_length"]), 4096u);
  EXPECT_EQ(uint64_t(m["size_bytes"]), model_.size());
  EXPECT_NE(std::string_view(list.at(0)["error"]).find("truncated"), std::string_view::npos);

  auto empty = switchyard({"models", "--store", (root_ / "empty").string()});
  EXPECT_EQ(empty.exit_code, 0);
  EXPECT_NE(empty.out.find("No models in"), std::string::npos) << empty.out;
}

// A model as llama.cpp writes it (switchyard-make-model), pulled with one
// interruption, then listed.
TEST_F(PullTest, PullsAndListsARealLlamaCppModel) {
  const std::string make_model = switchyard::testing::binary_dir() + "/switchyard-make-model";
  if (!fs::exists(make_model)) GTEST_SKIP() << "built without llama.cpp";
  const fs::path made = root_ / "made.gguf";
  auto mk = run(make_model, {"--out", made.string(), "--type", "q4_0", "--ctx", "8192"}, {}, root_);
  ASSERT_EQ(mk.exit_code, 0) << mk.err;
  const std::string bytes = slurp(made);
  FakeModelHost::Route route;
  route.body = bytes;
  route.headers.emplace_back("X-Linked-Etag", "\"" + sha256(bytes) + "\"");
  route.cut_first = 1;
  route.cut_after = bytes.size() / 2;
  host_.route("/meta/random-llama/resolve/v2/q4/random.gguf", route);

  auto r = pull("hf:meta/random-llama@v2/q4/random.gguf", {"--retries", "2"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(host_.requests().at(1).range, "bytes=" + std::to_string(bytes.size() / 2) + "-");
  EXPECT_EQ(slurp(store_ / "random.gguf"), bytes);
  auto table = switchyard({"models", "--store", store_.string()});
  ASSERT_EQ(table.exit_code, 0) << table.err;
  for (const char* cell : {"random.gguf", "llama", "Q4_0", "8192", "8."})
    EXPECT_NE(table.out.find(cell), std::string::npos) << cell << " missing in:\n" << table.out;
}

}  // namespace
}  // namespace switchyard::testing
