#include "switchyard/cli/pull_command.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <thread>

#include "switchyard/cli/model_download.hpp"
#include "switchyard/cli/progress_bar.hpp"
#include "switchyard/http/client.hpp"
#include "switchyard/models/gguf_header.hpp"
#include "switchyard/models/model_source.hpp"
#include "switchyard/models/model_store.hpp"
#include "switchyard/models/sha256.hpp"

namespace switchyard::cli {
namespace {

namespace fs = std::filesystem;

void on_interrupt(int) {
  static const char msg[] =
      "\nswitchyard pull: interrupted; the partial download is kept, run the same command "
      "again to resume\n";
  [[maybe_unused]] auto n = ::write(STDERR_FILENO, msg, sizeof msg - 1);
  ::_exit(130);
}

void error(const std::string& message) {
  std::cerr << "switchyard pull: " << message << "\n";
}

// The URL without its query, which may carry signatures.
std::string display_url(std::string_view url) {
  return std::string(url.substr(0, url.find('?')));
}

class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

void fsync_dir(const fs::path& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

std::optional<std::string> sha256_of_file(const fs::path& path, std::string& why) {
  Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) {
    why = std::strerror(errno);
    return std::nullopt;
  }
  models::Sha256 h;
  std::vector<char> buf(1u << 20);
  for (;;) {
    const ssize_t n = ::read(fd.get(), buf.data(), buf.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      why = std::strerror(errno);
      return std::nullopt;
    }
    if (n == 0) break;
    h.update(buf.data(), static_cast<std::size_t>(n));
  }
  return h.hex_digest();
}

std::string describe(const models::ModelSummary& s) {
  std::string out;
  auto add = [&](const std::string& part) {
    if (part.empty()) return;
    if (!out.empty()) out += ", ";
    out += part;
  };
  add(s.architecture);
  add(s.quantization);
  add(models::format_parameters(s.parameters) + " parameters");
  if (s.context_length) add("context " + std::to_string(*s.context_length));
  return out;
}

// An already stored file: nothing to do, unless --sha256 says it is wrong.
int already_stored(const PullCommand& c, const fs::path& path, const std::string& expected) {
  if (!expected.empty()) {
    std::string why;
    auto actual = sha256_of_file(path, why);
    if (!actual) {
      error("cannot read " + path.string() + ": " + why);
      return 1;
    }
    if (*actual != expected) {
      error(path.string() + " is already in the store but its SHA-256 is " + *actual + ", not " +
            expected + " (--sha256); use --force to download it again");
      return 1;
    }
  }
  if (!c.quiet)
    std::cout << path.string() << " is already in the store"
              << (expected.empty() ? "" : " (SHA-256 verified)")
              << "; use --force to download it again\n";
  return 0;
}

int pull(const PullCommand& c) {
  const auto env = models::process_environment();
  std::string expected;
  if (!c.sha256.empty()) {
    if (!models::is_sha256_hex(c.sha256)) {
      error("--sha256 must be 64 hexadecimal digits (got '" + c.sha256 + "')");
      return 2;
    }
    expected = models::lower_hex(c.sha256);
  }
  if (c.retries < 0) {
    error("--retries must not be negative");
    return 2;
  }
  if (c.timeout <= 0) {
    error("--timeout must be a positive number of seconds");
    return 2;
  }

  auto source = models::resolve_model_source(c.source, models::hugging_face_endpoint(env));
  if (!source) {
    error(source.error().message);
    return 2;
  }
  std::string name = c.output.empty() ? source->file_name : c.output;
  if (!c.output.empty() && !name.ends_with(".gguf")) name += ".gguf";
  if (auto problem = models::store_name_problem(name)) {
    error(c.output.empty()
              ? "cannot name the file after the URL: " + *problem + "; pass --output NAME.gguf"
              : "--output: " + *problem);
    return 2;
  }
  auto store = models::resolve_store_dir(c.store, env);
  if (!store) {
    error(store.error().message);
    return 2;
  }
  std::error_code ec;
  fs::create_directories(store->path, ec);
  if (ec) {
    error("cannot create the model store " + store->path.string() + ": " + ec.message());
    return 1;
  }
  const fs::path final_path = store->path / name;
  const fs::path part_path = final_path.string() + std::string(models::kPartialSuffix);
  if (!c.force && fs::exists(final_path, ec)) return already_stored(c, final_path, expected);

  Fd part(::open(part_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644));
  if (part.get() < 0) {
    error("cannot create " + part_path.string() + ": " + std::strerror(errno));
    return 1;
  }
  if (::flock(part.get(), LOCK_EX | LOCK_NB) != 0) {
    error("another switchyard pull is already downloading " + name + " into " +
          store->path.string());
    return 1;
  }

  ProgressBar bar(name, !c.quiet);
  auto note = [&](const std::string& m) {
    if (c.quiet) return;
    bar.clear();
    std::cerr << m << "\n";
  };

  DownloadTarget target;
  target.url = source->url;
  target.idle_timeout = std::chrono::seconds(c.timeout);
  target.connect_timeout = std::min(target.connect_timeout, target.idle_timeout);
  if (source->hugging_face) {
    target.etag_is_sha256 = true;
    target.token = models::hugging_face_token(env);
    if (auto endpoint = http::Url::parse(source->hf_endpoint))
      target.token_origin = endpoint->origin();
  }
  ModelDownload download(
      target, part.get(),
      [&](std::uint64_t done, std::optional<std::uint64_t> total) { bar.update(done, total); },
      note);

  note("Pulling " + name + " from " + display_url(source->url) + " into " + store->path.string());
  if (download.bytes_in_file() > 0) {
    note("Resuming: " + models::format_bytes(download.bytes_in_file()) + " already downloaded in " +
         part_path.filename().string());
    std::string why;
    if (!download.hash_existing(why)) {
      error(why);
      return 1;
    }
  }

  std::signal(SIGINT, on_interrupt);
  std::signal(SIGTERM, on_interrupt);
  std::signal(SIGPIPE, SIG_IGN);

  AttemptResult result;
  int retries_left = c.retries;
  auto backoff = std::chrono::seconds(1);
  for (;;) {
    const std::uint64_t before = download.bytes_in_file();
    result = download.attempt();
    if (result.end != AttemptEnd::transient) break;
    if (download.bytes_in_file() > before) {  // it moved forward: a fresh budget
      retries_left = c.retries;
      backoff = std::chrono::seconds(1);
    }
    if (retries_left-- <= 0) break;
    note(result.message + "; resuming in " + std::to_string(backoff.count()) + " s");
    std::this_thread::sleep_for(backoff);
    backoff = std::min(backoff * 2, std::chrono::seconds(30));
  }
  bar.finish();

  if (result.end != AttemptEnd::complete) {
    error(result.message);
    if (result.discard_partial) {
      ::unlink(part_path.c_str());
    } else if (download.bytes_in_file() > 0) {
      std::cerr << "switchyard pull: " << models::format_bytes(download.bytes_in_file())
                << " kept in " << part_path.string()
                << (result.end == AttemptEnd::transient
                        ? "; run the same command again to resume\n"
                        : "; once the problem is fixed, run the same command again to resume\n");
    } else {
      ::unlink(part_path.c_str());
    }
    return 1;
  }

  if (::fsync(part.get()) != 0) {
    error("cannot flush " + part_path.string() + ": " + std::strerror(errno));
    return 1;
  }
  if (!models::has_gguf_magic(download.head())) {
    ::unlink(part_path.c_str());
    error("the downloaded file is not a GGUF file (it does not start with \"GGUF\"); deleted it");
    return 1;
  }
  const std::string actual = download.sha256();
  const auto& published = download.published();
  auto mismatch = [&](const std::string& want, const std::string& from) {
    ::unlink(part_path.c_str());
    error("SHA-256 mismatch: " + from + " says " + want + ", the download has " + actual +
          ". The download was deleted; run the command again to download it afresh");
    return 1;
  };
  if (!expected.empty() && actual != expected) return mismatch(expected, "--sha256");
  if (published && actual != published->sha256)
    return mismatch(published->sha256, "the source (" + published->header + ")");

  if (::rename(part_path.c_str(), final_path.c_str()) != 0) {
    error("cannot move " + part_path.string() + " to " + final_path.string() + ": " +
          std::strerror(errno));
    return 1;
  }
  fsync_dir(store->path);

  auto header = models::read_gguf_header(final_path);
  if (!header)
    std::cerr << "switchyard pull: warning: saved, but its GGUF header could not be read: "
              << header.error().message << "\n";
  if (c.quiet) return 0;
  if (published || !expected.empty()) {
    std::string by = expected.empty() ? "" : "--sha256";
    if (published) by += (by.empty() ? "" : " and ") + ("the source's " + published->header);
    std::cout << "SHA-256 verified: " << actual << " (matches " << by << ")\n";
  } else {
    std::cout << "SHA-256: " << actual
              << " (the source publishes no checksum, so nothing was verified; pass --sha256 to "
                 "check one)\n";
  }
  std::cout << "Saved " << final_path.string() << " ("
            << models::format_bytes(download.bytes_in_file());
  if (header) std::cout << "; " << describe(models::summarize(*header));
  std::cout << ")\n";
  return 0;
}

}  // namespace

void add_pull_command(CLI::App& app, PullCommand& c) {
  c.cmd = app.add_subcommand("pull", "Download a GGUF model into the model store");
  c.cmd->footer(
      "SOURCE is hf:OWNER/REPO/FILE.gguf (a Hugging Face file; hf:OWNER/REPO@REVISION/FILE.gguf "
      "for a branch, tag or commit) or an http(s):// URL.\n"
      "An interrupted download resumes where it stopped when the command is run again. The "
      "file's SHA-256 is checked when the source publishes one (Hugging Face does) or "
      "--sha256 gives it.\n"
      "Environment: SWITCHYARD_MODEL_STORE (the store), HF_TOKEN (gated or private "
      "repositories), SWITCHYARD_HF_ENDPOINT or HF_ENDPOINT (a Hugging Face mirror).");
  c.cmd->add_option("source", c.source, "hf:OWNER/REPO/FILE.gguf or an http(s) URL")->required();
  c.cmd->add_option("--store", c.store,
                    "Model store directory (default: $SWITCHYARD_MODEL_STORE, else "
                    "$XDG_DATA_HOME/switchyard/models, else ~/.local/share/switchyard/models)");
  c.cmd->add_option("-o,--output", c.output, "File name in the store (default: the source's)");
  c.cmd->add_option("--sha256", c.sha256, "Expected SHA-256 of the file (64 hex digits)");
  c.cmd->add_option("--retries", c.retries,
                    "Automatic resumes after a broken connection, with backoff (default 3)");
  c.cmd->add_option("--timeout", c.timeout,
                    "Seconds without data before a connection counts as broken (default 60)");
  c.cmd->add_flag("-f,--force", c.force, "Download again even if the file is already stored");
  c.cmd->add_flag("-q,--quiet", c.quiet, "No progress or messages, only errors");
}

int run_pull_command(const PullCommand& c) {
  if (c.cmd == nullptr || !*c.cmd) return -1;
  return pull(c);
}

}  // namespace switchyard::cli
