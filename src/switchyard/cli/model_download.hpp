// One model file over HTTP(S) into a partial file: resumes where the file
// ends (Range), follows redirects (keeping Range), streams the body to disk
// while hashing it, and collects the SHA-256 the source publishes.
//
// A synchronous client on its own io_context: `switchyard pull` does one
// transfer at a time and the gateway's pooled client keeps whole bodies and
// hides the headers this needs (Location, Content-Range, X-Linked-Etag).
// TLS verifies the certificate and host name against the system CA bundle.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "switchyard/models/sha256.hpp"

namespace switchyard::cli {

struct DownloadTarget {
  std::string url;
  // Bearer token (Hugging Face), sent only to `token_origin` and never to
  // where it redirects (a CDN on another host).
  std::string token;
  std::string token_origin;  // http::Url::origin() form, e.g. "https://huggingface.co:443"
  // The ETag of responses from `token_origin` is the file's SHA-256 (true
  // for the Hugging Face endpoint; X-Linked-Etag is used from any origin).
  bool etag_is_sha256 = false;
  std::chrono::seconds connect_timeout{30};
  std::chrono::seconds idle_timeout{60};  // no byte for this long: give up this attempt
};

struct PublishedDigest {
  std::string sha256;  // lower-case hex
  std::string header;  // the header it came from
};

enum class AttemptEnd {
  complete,   // the partial file holds the whole file
  transient,  // worth retrying (connection cut, timeout, 5xx, 429)
  fatal,      // retrying will not help (404, not a GGUF, disk full)
};

struct AttemptResult {
  AttemptEnd end = AttemptEnd::fatal;
  std::string message;           // why it did not complete
  bool discard_partial = false;  // the partial file is worthless (e.g. not a GGUF)
};

class ModelDownload {
 public:
  using Progress = std::function<void(std::uint64_t done, std::optional<std::uint64_t> total)>;
  using Note = std::function<void(const std::string&)>;

  // `part_fd` is the partial file, open for reading and writing; the
  // transfer continues from its current size.
  ModelDownload(DownloadTarget target, int part_fd, Progress progress, Note note);
  ~ModelDownload();

  // Hashes what the partial file already holds (once, before the first
  // attempt of a resumed download). False with `error` on a read error.
  bool hash_existing(std::string& error);

  // One request (and its redirects) until the body ends or breaks.
  AttemptResult attempt();

  std::uint64_t bytes_in_file() const { return offset_; }
  std::optional<std::uint64_t> total() const { return total_; }
  const std::optional<PublishedDigest>& published() const { return published_; }
  // SHA-256 of the file's content; call once the download is complete.
  std::string sha256() { return hasher_.hex_digest(); }
  // The first bytes of the file (up to 64), for telling what it is.
  const std::string& head() const { return head_; }

 private:
  struct Impl;
  void restart_from_zero(const std::string& why);
  bool append(const char* data, std::size_t n, std::string& error);

  DownloadTarget target_;
  int fd_;
  Progress progress_;
  Note note_;
  std::uint64_t offset_ = 0;
  std::optional<std::uint64_t> total_;
  std::optional<PublishedDigest> published_;
  models::Sha256 hasher_;
  std::string head_;
  int restarts_ = 0;
  std::unique_ptr<Impl> impl_;
};

}  // namespace switchyard::cli
