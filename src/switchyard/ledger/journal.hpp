// The record journal: where a gateway process puts each request record before
// the answer leaves, so that recording costs a memcpy instead of a database
// transaction on the request's path.
//
// One journal per process, a file beside the database
// (`<db>.journal-<pid>-<id>`), mapped with mmap(MAP_SHARED). Bytes stored in
// a shared file mapping live in the kernel's page cache, so they outlive the
// process: a record in the journal survives the process dying at any point,
// the same guarantee SQLite's WAL gives with synchronous = NORMAL (neither
// survives an OS crash or power loss; `ledger.sync: full` bypasses the
// journal). LedgerWriter's ingester thread moves journaled records into the
// RecordStore in batches, in journal order; the store assigns the hash chain
// as before.
//
// File layout: one 4 KiB header page (magic, version, random 64-bit journal
// id, ring size), then a byte ring of frames, each 8-byte aligned:
//
//   u64 word0     tag (high 32 bits: frame or wrap marker) | payload length
//   u64 seq       journal sequence number, 1, 2, ... (per journal)
//   u64 checksum  64-bit hash of word0, seq and the padded payload, keyed by
//                 the journal id
//   payload       the record, length-prefixed fields; zero-padded to 8 bytes
//
// A frame is written payload first and word0 last (release store), so a
// frame torn by the process dying mid-write fails its checksum and is
// ignored. A wrap marker says the ring continues at offset 0. When every
// frame has been ingested the next frame starts again at offset 0, so a
// lightly loaded gateway touches only the first pages of the file: the
// journal's resident memory is its backlog, not its size.
//
// Exactly once across crashes: the ingester stores "journal J ingested up to
// seq S" (JournalMark) in the same transaction as the records. A process
// holds an exclusive flock on its own journal for its whole life; at start
// the writer takes the lock of every other journal beside the database that
// it can (its owner is gone), ingests its frames with seq > the stored mark,
// in seq order, and deletes it. A crash between that commit and the delete
// leaves a journal whose frames are all <= its mark: ingesting it again adds
// nothing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "switchyard/core/error.hpp"
#include "switchyard/ledger/journal_payload.hpp"
#include "switchyard/ledger/record.hpp"
#include "switchyard/ledger/record_store.hpp"

namespace switchyard::ledger {

inline constexpr std::size_t kJournalHeaderBytes = 4096;
// 8 MiB hold ~20,000 typical records: several seconds of a stalled store at
// full load. Only the backlog's pages become resident.
inline constexpr std::size_t kDefaultJournalBytes = std::size_t{8} << 20;
inline constexpr std::size_t kMinJournalBytes = std::size_t{64} << 10;

class Journal {
 public:
  // Creates, locks and maps a new journal of `bytes` (header included;
  // rounded down to a multiple of 8, at least 8 KiB) beside `db_path`. The
  // configuration asks for kMinJournalBytes or more; tests use tiny rings. The space is
  // allocated on disk up front: a full disk fails here, not later with a
  // SIGBUS while writing into the mapping.
  static core::Expected<std::unique_ptr<Journal>> create(const std::string& db_path,
                                                         std::size_t bytes);
  // Unmaps and closes, which releases the lock. The file stays (a later
  // writer ingests it) unless remove() was called.
  ~Journal();
  Journal(const Journal&) = delete;
  Journal& operator=(const Journal&) = delete;

  std::uint64_t id() const { return id_; }
  const std::string& path() const { return path_; }

  // Any thread. Serializes the record into the ring; when this returns
  // without error the record survives the process dying. Fails, and stores
  // nothing, when the ring has no room (the ingester is behind) or the
  // record is larger than a quarter of the ring.
  std::optional<core::Error> append(const RequestRecord& r);

  // Frames read by the ingester (one thread) and not yet released.
  struct Batch {
    std::vector<RequestRecord> records;
    std::int64_t last_seq = 0;  // seq of the last frame in the batch
    std::size_t end = 0;        // ring offset after it
    std::size_t bytes = 0;      // ring bytes it spans (wrap waste included)
  };
  // Decodes up to `max` frames after the released ones into `out` (replacing
  // its contents). Reading again before release() returns the same frames.
  void read(std::size_t max, Batch& out) const;
  // The batch is in the store: its space may be reused.
  void release(const Batch& b);

  std::int64_t last_appended() const;  // seq of the last frame appended; 0 when none
  bool empty() const;                  // every appended frame has been released
  std::uint64_t wraps() const;         // times the ring wrapped to offset 0 with frames pending

  // Deletes the file; call once every frame is in the store. The lock is
  // held until destruction, so no other process ingests it meanwhile.
  void remove();

 private:
  Journal(int fd, unsigned char* map, std::size_t bytes, std::uint64_t id, std::string path);
  // Where a frame of `size` bytes goes, or false when it does not fit; mu_ held.
  bool reserve(std::size_t size, std::size_t& at);

  int fd_;
  unsigned char* map_;
  std::size_t map_bytes_;
  unsigned char* ring_;
  std::size_t capacity_;  // ring bytes
  std::uint64_t id_;
  std::string path_;

  mutable std::mutex mu_;  // held for reserve + copy; uncontended in practice
  std::size_t head_ = 0;   // where the next frame goes
  std::size_t tail_ = 0;   // the oldest frame not yet released
  std::size_t used_ = 0;   // bytes from tail_ to head_, wrap waste included
  std::int64_t last_seq_ = 0;
  std::uint64_t wraps_ = 0;
};

struct RecoveryReport {
  int journals = 0;                // orphaned journals ingested and deleted
  std::int64_t records = 0;        // records they held that were not yet in the store
  std::int64_t missing = 0;        // frames lost to damage (gaps in a journal's sequence)
  std::vector<std::string> notes;  // journals left alone or damaged, and why
};

// Ingests every orphaned journal beside `db_path` (one whose lock can be
// taken: its process is gone) into `store`, frames after the journal's mark
// in seq order, `max_batch` records per transaction, then deletes it. Journals
// of running processes are left alone. Fails only when the store does.
core::Expected<RecoveryReport> recover_journals(const std::string& db_path, RecordStore& store,
                                                std::size_t max_batch = 1024);

// The journal files beside `db_path` (of running gateways, or left by ones
// that stopped without ingesting them), for `switchyard audit` to mention.
std::vector<std::string> journal_files(const std::string& db_path);

}  // namespace switchyard::ledger
