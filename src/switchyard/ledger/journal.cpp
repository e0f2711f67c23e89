#include "switchyard/ledger/journal.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <string_view>
#include <system_error>
#include <utility>

namespace switchyard::ledger {
namespace {

namespace fs = std::filesystem;

constexpr char kMagic[8] = {'S', 'Y', 'J', 'O', 'U', 'R', 'N', 'L'};
constexpr std::uint32_t kVersion = 1;
constexpr std::uint64_t kTagFrame = 0x53594652;  // "SYFR"
constexpr std::uint64_t kTagWrap = 0x53595750;   // "SYWP"
constexpr std::size_t kFrameHeader = 24;         // word0, seq, checksum
constexpr std::size_t kMinBytes = kJournalHeaderBytes + 4096;

struct FileHeader {
  char magic[8];
  std::uint32_t version;
  std::uint32_t header_bytes;
  std::uint64_t journal_id;
  std::uint64_t ring_bytes;
  std::int64_t created_ms;
  std::int64_t pid;
};
static_assert(sizeof(FileHeader) <= kJournalHeaderBytes);

constexpr std::size_t align8(std::size_t n) {
  return (n + 7) & ~std::size_t{7};
}

std::uint64_t load64(const unsigned char* p) {
  std::uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
void store64(unsigned char* p, std::uint64_t v) {
  std::memcpy(p, &v, 8);
}

// A keyed 64-bit hash (xxHash64's round and avalanche): cheap, and keyed by
// the journal id so text a client chose, copied into a payload, can never
// pass for a frame when recovery scans the ring for frame headers.
constexpr std::uint64_t kP1 = 0x9E3779B185EBCA87ULL;
constexpr std::uint64_t kP2 = 0xC2B2AE3D27D4EB4FULL;
constexpr std::uint64_t kP3 = 0x165667B19E3779F9ULL;

constexpr std::uint64_t rotl(std::uint64_t x, int r) {
  return (x << r) | (x >> (64 - r));
}
constexpr std::uint64_t round64(std::uint64_t h, std::uint64_t w) {
  return rotl(h ^ rotl(w * kP2, 31) * kP1, 27) * kP1 + kP3;
}

std::uint64_t frame_checksum(std::uint64_t key, std::uint64_t word0, std::uint64_t seq,
                             const unsigned char* payload, std::size_t padded) {
  std::uint64_t h = round64(round64(key ^ kP3, word0), seq);
  for (std::size_t i = 0; i < padded; i += 8) h = round64(h, load64(payload + i));
  h ^= h >> 33;
  h *= kP2;
  h ^= h >> 29;
  h *= kP3;
  h ^= h >> 32;
  return h;
}

std::uint64_t make_word0(std::uint64_t tag, std::size_t len) {
  return (tag << 32) | static_cast<std::uint64_t>(len);
}

std::string hex_id(std::uint64_t id) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(id));
  return buf;
}

std::string errno_text() {
  return std::strerror(errno);
}

// The folder holding the database and the prefix its journals' names share.
std::pair<fs::path, std::string> journal_place(const std::string& db_path) {
  const fs::path db(db_path);
  fs::path dir = db.parent_path();
  if (dir.empty()) dir = ".";
  return {dir, db.filename().string() + ".journal-"};
}

bool starts_with(const std::string& s, const std::string& prefix) {
  return s.size() > prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

struct Fd {
  int fd = -1;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

struct Mapping {
  void* p = MAP_FAILED;
  std::size_t n = 0;
  ~Mapping() {
    if (p != MAP_FAILED) ::munmap(p, n);
  }
};

// Ingests one journal whose lock we hold; see recover_journals.
std::optional<core::Error> ingest_orphan(const std::string& path, int fd, RecordStore& store,
                                         std::size_t max_batch, RecoveryReport& report) {
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    report.notes.push_back("cannot read " + path + ": " + errno_text() + "; left as it is");
    return std::nullopt;
  }
  const auto size = static_cast<std::size_t>(st.st_size);
  if (size < kJournalHeaderBytes) {
    report.notes.push_back(path + " is too short to be a record journal; left as it is");
    return std::nullopt;
  }
  Mapping m;
  m.p = ::mmap(nullptr, size, PROT_READ, MAP_SHARED, fd, 0);
  if (m.p == MAP_FAILED) {
    report.notes.push_back("cannot map " + path + ": " + errno_text() + "; left as it is");
    return std::nullopt;
  }
  m.n = size;
  const auto* base = static_cast<const unsigned char*>(m.p);
  FileHeader h;
  std::memcpy(&h, base, sizeof h);
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0 || h.version != kVersion ||
      h.header_bytes != kJournalHeaderBytes) {
    report.notes.push_back(path + " is not a version " + std::to_string(kVersion) +
                           " record journal; left as it is");
    return std::nullopt;
  }
  const unsigned char* ring = base + kJournalHeaderBytes;
  // A file cut short (it should not be: the space is allocated at creation)
  // is scanned as far as it goes.
  const std::size_t capacity =
      std::min<std::size_t>(h.ring_bytes, size - kJournalHeaderBytes) & ~std::size_t{7};

  auto mark = store.journal_mark(h.journal_id);
  if (!mark) return mark.error();

  // Every valid frame anywhere in the ring. Frames are 8-byte aligned, so
  // stepping 8 bytes past anything that is not one finds every frame after a
  // damaged one too. Frames at or below the mark are already in the store
  // (the ring only reuses space once its frames are), whatever lap they are
  // from.
  std::vector<std::pair<std::int64_t, std::size_t>> frames;  // seq, offset
  for (std::size_t off = 0; off + kFrameHeader <= capacity;) {
    const std::uint64_t word0 = load64(ring + off);
    const std::size_t len = word0 & 0xffffffffu;
    const std::size_t padded = align8(len);
    if ((word0 >> 32) != kTagFrame || padded > capacity - off - kFrameHeader) {
      off += 8;
      continue;
    }
    const auto seq = static_cast<std::int64_t>(load64(ring + off + 8));
    if (frame_checksum(h.journal_id, word0, static_cast<std::uint64_t>(seq),
                       ring + off + kFrameHeader, padded) != load64(ring + off + 16)) {
      off += 8;  // torn or damaged; a valid frame may start inside it
      continue;
    }
    if (seq > *mark) frames.emplace_back(seq, off);
    off += kFrameHeader + padded;
  }
  std::sort(frames.begin(), frames.end());
  frames.erase(std::unique(frames.begin(), frames.end(),
                           [](const auto& a, const auto& b) { return a.first == b.first; }),
               frames.end());

  std::int64_t expected = *mark + 1;
  std::int64_t missing = 0;
  std::vector<RequestRecord> batch;
  for (std::size_t i = 0; i < frames.size(); ++i) {
    const auto [seq, off] = frames[i];
    missing += seq - expected;
    expected = seq + 1;
    RequestRecord r;
    const std::size_t len = load64(ring + off) & 0xffffffffu;
    if (!decode_record(ring + off + kFrameHeader, len, r)) {
      ++missing;
    } else {
      batch.push_back(std::move(r));
    }
    if (batch.size() >= max_batch || i + 1 == frames.size()) {
      const JournalMark jm{h.journal_id, seq};
      const auto n = static_cast<std::int64_t>(batch.size());
      if (auto e = store.append(batch, &jm)) return e;
      report.records += n;
      batch.clear();
    }
  }
  if (missing > 0) {
    report.missing += missing;
    report.notes.push_back(path + ": " + std::to_string(missing) +
                           " damaged record(s) could not be recovered");
  }
  // Unlink while still holding the lock: whoever takes it next finds the
  // name gone (or, should it get this far, a mark covering every frame).
  if (::unlink(path.c_str()) != 0)
    report.notes.push_back("cannot delete " + path + " after ingesting it: " + errno_text() +
                           " (ingesting it again adds nothing)");
  ++report.journals;
  return std::nullopt;
}

}  // namespace

core::Expected<std::unique_ptr<Journal>> Journal::create(const std::string& db_path,
                                                         std::size_t bytes) {
  bytes &= ~std::size_t{7};
  if (bytes < kMinBytes)
    return core::Error::internal("a ledger journal needs at least " + std::to_string(kMinBytes) +
                                 " bytes");
  std::uint64_t id = 0;
  std::random_device rd;
  while (id == 0) id = (static_cast<std::uint64_t>(rd()) << 32) ^ rd();
  const auto [dir, prefix] = journal_place(db_path);
  const std::string name = std::to_string(::getpid()) + "-" + hex_id(id);
  // Made under a name recovery does not take, locked, sized and given its
  // header, then renamed (the lock stays with the file): another process's
  // recovery never sees a journal that is not locked yet.
  const std::string tmp = (dir / (fs::path(db_path).filename().string() + ".journal~" + name));
  const std::string path = (dir / (prefix + name)).string();
  auto fail = [&](const std::string& what) {
    return core::Error::internal("cannot create the ledger journal " + path + ": " + what);
  };
  Fd fd;
  fd.fd = ::open(tmp.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd.fd < 0) return fail(errno_text());
  auto abandon = [&](const std::string& what) {
    const std::string why = what + ": " + errno_text();
    ::unlink(tmp.c_str());
    return fail(why);
  };
  if (::flock(fd.fd, LOCK_EX | LOCK_NB) != 0) return abandon("flock");
  if (const int rc = ::posix_fallocate(fd.fd, 0, static_cast<off_t>(bytes)); rc != 0) {
    // Some file systems cannot preallocate; a sparse file still works there.
    if (rc != EOPNOTSUPP && rc != EINVAL) {
      errno = rc;
      return abandon("allocating " + std::to_string(bytes) + " bytes");
    }
    if (::ftruncate(fd.fd, static_cast<off_t>(bytes)) != 0) return abandon("ftruncate");
  }
  void* map = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_SHARED, fd.fd, 0);
  if (map == MAP_FAILED) return abandon("mmap");
  FileHeader h{};
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.version = kVersion;
  h.header_bytes = kJournalHeaderBytes;
  h.journal_id = id;
  h.ring_bytes = bytes - kJournalHeaderBytes;
  h.created_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                     std::chrono::system_clock::now().time_since_epoch())
                     .count();
  h.pid = ::getpid();
  std::memcpy(map, &h, sizeof h);
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    ::munmap(map, bytes);
    return abandon("rename");
  }
  const int owned = fd.fd;
  fd.fd = -1;
  return std::unique_ptr<Journal>(
      new Journal(owned, static_cast<unsigned char*>(map), bytes, id, path));
}

Journal::Journal(int fd, unsigned char* map, std::size_t bytes, std::uint64_t id, std::string path)
    : fd_(fd),
      map_(map),
      map_bytes_(bytes),
      ring_(map + kJournalHeaderBytes),
      capacity_(bytes - kJournalHeaderBytes),
      id_(id),
      path_(std::move(path)) {}

Journal::~Journal() {
  ::munmap(map_, map_bytes_);
  ::close(fd_);
}

void Journal::remove() {
  ::unlink(path_.c_str());
}

bool Journal::reserve(std::size_t size, std::size_t& at) {
  if (size > capacity_ - used_) return false;
  if (used_ == 0 || head_ > tail_) {
    // Pending frames, if any, lie in [tail_, head_): room after head_, else
    // wrap and use the room before tail_.
    if (capacity_ - head_ >= size) {
      at = head_;
      return true;
    }
    if (size > tail_) return false;
    // capacity_ and head_ are multiples of 8 and head_ < capacity_ here, so
    // a marker's 8 bytes fit.
    store64(ring_ + head_, make_word0(kTagWrap, 0));
    used_ += capacity_ - head_;
    head_ = 0;
    ++wraps_;
    at = 0;
    return true;
  }
  // Wrapped: the room is between head_ and tail_.
  if (tail_ - head_ < size) return false;
  at = head_;
  return true;
}

std::optional<core::Error> Journal::append(const RequestRecord& r) {
  const std::size_t len = encoded_size(r);
  const std::size_t padded = align8(len);
  const std::size_t size = kFrameHeader + padded;
  if (size > capacity_ / 4)
    return core::Error::internal("a request record of " + std::to_string(len) +
                                 " bytes does not fit the ledger journal " + path_ +
                                 " (raise ledger.journal_size)");
  std::lock_guard lock(mu_);
  std::size_t at = 0;
  if (!reserve(size, at))
    return core::Error::internal("the ledger journal " + path_ +
                                 " is full: records are not reaching the database");
  unsigned char* frame = ring_ + at;
  unsigned char* payload = frame + kFrameHeader;
  encode_record(r, payload);
  std::memset(payload + len, 0, padded - len);
  const auto seq = static_cast<std::uint64_t>(++last_seq_);
  const std::uint64_t word0 = make_word0(kTagFrame, len);
  store64(frame + 8, seq);
  store64(frame + 16, frame_checksum(id_, word0, seq, payload, padded));
  // Last, and ordered after everything above: a frame whose header word is
  // in place has its payload and checksum in place too (a torn one fails
  // its checksum either way).
  std::atomic_ref<std::uint64_t>(*reinterpret_cast<std::uint64_t*>(frame))
      .store(word0, std::memory_order_release);
  head_ = at + size;
  if (head_ == capacity_) head_ = 0;
  used_ += size;
  return std::nullopt;
}

void Journal::read(std::size_t max, Batch& out) const {
  out.records.clear();
  std::size_t pos = 0;
  std::size_t left = 0;
  {
    std::lock_guard lock(mu_);
    pos = tail_;
    left = used_;
    out.last_seq = 0;
  }
  // [tail_, tail_ + used_) is complete and no writer touches it until
  // release(): read it without the lock.
  std::size_t bytes = 0;
  while (left > 0 && out.records.size() < max) {
    const std::uint64_t word0 = load64(ring_ + pos);
    if ((word0 >> 32) == kTagWrap) {
      const std::size_t waste = capacity_ - pos;
      bytes += waste;
      left -= waste;
      pos = 0;
      continue;
    }
    const std::size_t len = word0 & 0xffffffffu;
    const std::size_t size = kFrameHeader + align8(len);
    RequestRecord r;
    decode_record(ring_ + pos + kFrameHeader, len, r);  // written by this process: valid
    out.records.push_back(std::move(r));
    out.last_seq = static_cast<std::int64_t>(load64(ring_ + pos + 8));
    bytes += size;
    left -= size;
    pos += size;
    if (pos == capacity_) pos = 0;
  }
  out.end = pos;
  out.bytes = bytes;
}

void Journal::release(const Batch& b) {
  std::lock_guard lock(mu_);
  tail_ = b.end;
  used_ -= b.bytes;
  // Everything is in the store: start over at the beginning, so that the
  // pages in use (and resident) are those of the backlog, not of the whole
  // ring.
  if (used_ == 0) head_ = tail_ = 0;
}

std::int64_t Journal::last_appended() const {
  std::lock_guard lock(mu_);
  return last_seq_;
}

bool Journal::empty() const {
  std::lock_guard lock(mu_);
  return used_ == 0;
}

std::uint64_t Journal::wraps() const {
  std::lock_guard lock(mu_);
  return wraps_;
}

std::vector<std::string> journal_files(const std::string& db_path) {
  std::vector<std::string> out;
  const auto [dir, prefix] = journal_place(db_path);
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (starts_with(entry.path().filename().string(), prefix)) out.push_back(entry.path());
  std::sort(out.begin(), out.end());
  return out;
}

core::Expected<RecoveryReport> recover_journals(const std::string& db_path, RecordStore& store,
                                                std::size_t max_batch) {
  RecoveryReport report;
  const auto [dir, prefix] = journal_place(db_path);
  const std::string unfinished = fs::path(db_path).filename().string() + ".journal~";
  if (max_batch == 0) max_batch = 1;
  std::vector<std::string> candidates;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (starts_with(name, prefix) || starts_with(name, unfinished))
      candidates.push_back(entry.path());
  }
  std::sort(candidates.begin(), candidates.end());
  for (const std::string& path : candidates) {
    Fd fd;
    fd.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd.fd < 0) continue;  // gone meanwhile: another process ingested it
    if (::flock(fd.fd, LOCK_EX | LOCK_NB) != 0) continue;  // its process is running
    // The name may have been ingested and unlinked by another process between
    // our open and our lock: only the file the name still points to counts.
    struct stat by_fd {
    }, by_name{};
    if (::fstat(fd.fd, &by_fd) != 0 || ::stat(path.c_str(), &by_name) != 0 ||
        by_fd.st_dev != by_name.st_dev || by_fd.st_ino != by_name.st_ino)
      continue;
    if (starts_with(fs::path(path).filename().string(), unfinished)) {
      // A process died while creating its journal, before any record.
      ::unlink(path.c_str());
      continue;
    }
    if (auto e = ingest_orphan(path, fd.fd, store, max_batch, report)) return *e;
  }
  return report;
}

}  // namespace switchyard::ledger
