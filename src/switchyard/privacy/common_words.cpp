#include "switchyard/privacy/common_words.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <mutex>

namespace switchyard::privacy {
namespace {

constexpr unsigned kBucketBits = 20;
constexpr std::size_t kBuckets = std::size_t{1} << kBucketBits;
constexpr std::size_t kLongestWord = 64;

// The lower-case code point of `cp`, for the scripts fold_case knows.
char32_t lower_code_point(char32_t cp) {
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;  // Latin-1
  if (cp >= 0x100 && cp <= 0x17F) {                              // Latin Extended-A
    if (cp == 0x130) return 'i';                                 // İ
    if (cp == 0x178) return 0xFF;                                // Ÿ
    const bool odd_capitals = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    if (cp == 0x138 || cp == 0x149 || cp == 0x17F) return cp;
    if (odd_capitals ? (cp & 1) : !(cp & 1)) return cp + 1;
    return cp;
  }
  if (cp == 0x386) return 0x3AC;                                  // Ά
  if (cp >= 0x388 && cp <= 0x38A) return cp + 37;                 // Έ Ή Ί
  if (cp == 0x38C) return 0x3CC;                                  // Ό
  if (cp == 0x38E || cp == 0x38F) return cp + 63;                 // Ύ Ώ
  if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) return cp + 32;  // Greek
  if (cp >= 0x400 && cp <= 0x40F) return cp + 80;                 // Ѐ..Џ
  if (cp >= 0x410 && cp <= 0x42F) return cp + 32;                 // А..Я
  if (cp >= 0x531 && cp <= 0x556) return cp + 48;                 // Armenian
  return cp;
}

// Writes the lower-case form of `w` to `out` (as many bytes as `w` or
// fewer: a capital and its small letter have as many bytes, but "İ", "i").
std::size_t fold_into(std::string_view w, char* out) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < w.size();) {
    const auto c = static_cast<unsigned char>(w[i]);
    if (c < 0x80) {
      out[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : static_cast<char>(c);
      ++i;
    } else if (c >= 0xC2 && c <= 0xD5 && i + 1 < w.size() &&
               (static_cast<unsigned char>(w[i + 1]) & 0xC0) == 0x80) {
      const char32_t cp = lower_code_point((char32_t{c} & 0x1F) << 6 |
                                           (static_cast<unsigned char>(w[i + 1]) & 0x3F));
      if (cp < 0x80) {
        out[n++] = static_cast<char>(cp);
      } else {  // every code point lower_code_point returns is below U+0800
        out[n++] = static_cast<char>(0xC0 | (cp >> 6));
        out[n++] = static_cast<char>(0x80 | (cp & 0x3F));
      }
      i += 2;
    } else {
      out[n++] = static_cast<char>(c);
      ++i;
    }
  }
  return n;
}

std::uint64_t fingerprint(std::string_view folded) {
  std::uint64_t h = 0xcbf29ce484222325ull;  // FNV-1a, then a finaliser
  for (char c : folded) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ull;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h;
}

// Bytes of the UTF-8 character that opens `w`.
std::size_t first_char_size(std::string_view w) {
  const auto c = static_cast<unsigned char>(w[0]);
  const std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  return std::min(n, w.size());
}

bool read_file(const std::string& path, std::string& out) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return false;
  out.clear();
  if (std::fseek(f, 0, SEEK_END) == 0) {
    if (const long size = std::ftell(f); size > 0) out.reserve(static_cast<std::size_t>(size));
    std::rewind(f);
  }
  char buffer[1 << 16];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, f)) > 0;) out.append(buffer, n);
  std::fclose(f);
  return true;
}

// Adds the fingerprints of a list's words: one a line, an aspell dump's
// affix flags ("galaretka/mMN") cut off.
void add_list(const std::string& path, bool every_entry, std::vector<std::uint64_t>& out) {
  std::string content;
  if (!read_file(path, content)) return;
  char folded[kLongestWord];
  std::string_view rest = content;
  while (!rest.empty()) {
    const std::size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
    line = line.substr(0, line.find('/'));
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.size() < 2 || line.size() > kLongestWord || line.find(' ') != std::string_view::npos)
      continue;
    const std::size_t n = fold_into(line, folded);
    // A capitalised entry is a proper noun, but where nouns are capitalised.
    const std::size_t first = first_char_size(line);
    if (!every_entry && line.substr(0, first) != std::string_view(folded, n).substr(0, first))
      continue;
    out.push_back(fingerprint(std::string_view(folded, n)));
  }
}

// The cache directory (scripts/common-words writes the lists there), or "".
std::string cache_dir() {
  if (const char* c = std::getenv("SWITCHYARD_CACHE"); c && *c) return c;
  if (const char* home = std::getenv("HOME"); home && *home)
    return std::string(home) + "/.cache/switchyard";
  return "";
}

// Identifies the lists as they are now: their paths, sizes and times.
std::uint64_t lists_key(const std::vector<std::string>& lower_case_files,
                        const std::vector<std::string>& every_entry_files) {
  std::string key = "v1\n";
  for (const auto* files : {&lower_case_files, &every_entry_files}) {
    key += files == &lower_case_files ? "l" : "e";
    for (const std::string& f : *files) {
      std::error_code e1, e2;
      const auto size = std::filesystem::file_size(f, e1);
      const auto time = std::filesystem::last_write_time(f, e2);
      key += f + '\0';
      key += e1 || e2
                 ? std::string("-")
                 : std::to_string(size) + ':' + std::to_string(time.time_since_epoch().count());
      key += '\n';
    }
  }
  return fingerprint(key);
}

// A table of this size or more is kept in the cache as a file: reading it
// back costs a few tens of milliseconds, building it half a second.
constexpr std::size_t kCachedFrom = 1'000'000;

struct TableHeader {
  char magic[8] = {'S', 'Y', 'W', 'O', 'R', 'D', 'S', '1'};
  std::uint64_t key = 0;
  std::uint64_t words = 0;
  std::uint64_t bucket_bits = kBucketBits;
};

// A new table supersedes those of older word lists: tables beside `kept`
// that no process has read for a week (load() refreshes a table's time) go.
void prune_stale_tables(const std::string& kept) {
  namespace fs = std::filesystem;
  const auto stale = fs::file_time_type::clock::now() - std::chrono::hours(24 * 7);
  std::error_code error;
  for (fs::directory_iterator it(fs::path(kept).parent_path(), error), end; !error && it != end;
       it.increment(error)) {
    const fs::path& p = it->path();
    const std::string name = p.filename().string();
    if (p == fs::path(kept) || !name.starts_with("table-") || !name.ends_with(".bin")) continue;
    std::error_code e;
    if (const auto t = fs::last_write_time(p, e); !e && t < stale) fs::remove(p, e);
  }
}

// A large table is kept as a file in the cache (next to the lists
// scripts/common-words writes), keyed by the lists' paths, sizes and times:
// a later process maps it instead of building it. No path: no cache.
struct CacheFile {
  std::string path;
  std::uint64_t key = 0;
};
CacheFile cache_file(const std::vector<std::string>& lower_case_files,
                     const std::vector<std::string>& every_entry_files) {
  CacheFile file;
  if (const std::string dir = cache_dir(); !dir.empty()) {
    std::error_code error;
    if (std::filesystem::is_directory(dir + "/words", error)) {
      file.key = lists_key(lower_case_files, every_entry_files);
      char name[40];
      std::snprintf(name, sizeof name, "/words/table-%016llx.bin",
                    static_cast<unsigned long long>(file.key));
      file.path = dir + name;
    }
  }
  return file;
}

}  // namespace

bool CommonWords::load(const std::string& path, std::uint64_t key) {
  // Mapped, not read: the pages are the page cache's, shared by every
  // process on the machine that reads the same table (gateway replicas,
  // test processes), and only the buckets looked up are ever read in.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st {};
  const bool sized = ::fstat(fd, &st) == 0 && st.st_size >= static_cast<off_t>(sizeof(TableHeader));
  void* map =
      sized ? ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_SHARED, fd, 0)
            : MAP_FAILED;
  ::close(fd);
  if (map == MAP_FAILED) return false;
  const auto bytes = static_cast<std::size_t>(st.st_size);
  std::shared_ptr<const void> mapping(
      map, [bytes](const void* m) { ::munmap(const_cast<void*>(m), bytes); });
  TableHeader header, want;
  std::memcpy(&header, map, sizeof header);
  if (!std::equal(header.magic, header.magic + 8, want.magic) || header.key != key ||
      header.bucket_bits != kBucketBits || header.words >= (std::uint64_t{1} << 32) ||
      bytes != sizeof header + sizeof(std::uint32_t) * (kBuckets + 1 + header.words))
    return false;
  const auto* offsets =
      reinterpret_cast<const std::uint32_t*>(static_cast<const char*>(map) + sizeof header);
  // Every bucket within the table, so no lookup reads past it.
  bool ok = offsets[0] == 0 && offsets[kBuckets] == header.words;
  for (std::size_t b = 0; ok && b < kBuckets; ++b) ok = offsets[b] <= offsets[b + 1];
  if (!ok) return false;
  mapping_ = std::move(mapping);
  offsets_.clear();
  rests_.clear();
  offsets_view_ = {offsets, kBuckets + 1};
  rests_view_ = {offsets + kBuckets + 1, static_cast<std::size_t>(header.words)};
  // A table in use stays fresh: save() prunes only tables no process read
  // for a week (those of word lists since upgraded or removed).
  std::error_code ignored;
  std::filesystem::last_write_time(path, std::filesystem::file_time_type::clock::now(), ignored);
  size_ = rests_view_.size();
  return true;
}

void CommonWords::save(const std::string& path, std::uint64_t key) const {
  // Written aside and renamed: a process reading it sees all or nothing.
  const std::string temporary = path + ".tmp" + std::to_string(::getpid());
  std::FILE* f = std::fopen(temporary.c_str(), "wb");
  if (!f) return;
  TableHeader header;
  header.key = key;
  header.words = rests_view_.size();
  const bool ok = std::fwrite(&header, sizeof header, 1, f) == 1 &&
                  std::fwrite(offsets_view_.data(), sizeof(std::uint32_t), offsets_view_.size(),
                              f) == offsets_view_.size() &&
                  std::fwrite(rests_view_.data(), sizeof(std::uint32_t), rests_view_.size(), f) ==
                      rests_view_.size();
  if (std::fclose(f) == 0 && ok) {
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (!error) {
      prune_stale_tables(path);
      return;
    }
  }
  std::error_code ignored;
  std::filesystem::remove(temporary, ignored);
}

void fold_case_in_place(char* s, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') s[i] = static_cast<char>(c | 0x20);
      continue;
    }
    const auto next = i + 1 < n ? static_cast<unsigned char>(s[i + 1]) : 0u;
    if (c < 0xC3 || c > 0xD5 || (next & 0xC0) != 0x80) continue;
    const char32_t cp = (char32_t{c} & 0x1F) << 6 | (next & 0x3F);
    const char32_t low = lower_code_point(cp);
    if (low != cp && low >= 0x80) {
      s[i] = static_cast<char>(0xC0 | (low >> 6));
      s[i + 1] = static_cast<char>(0x80 | (low & 0x3F));
    }
    ++i;
  }
}

void fold_case(std::string_view w, std::string& out) {
  out.resize(w.size());
  out.resize(fold_into(w, out.data()));
}

void CommonWords::build(std::vector<std::uint64_t>& fingerprints) {
  // A counting sort by bucket, then a small sort within each.
  offsets_.assign(kBuckets + 1, 0);
  for (std::uint64_t f : fingerprints) ++offsets_[(f >> (64 - kBucketBits)) + 1];
  for (std::size_t b = 0; b < kBuckets; ++b) offsets_[b + 1] += offsets_[b];
  std::vector<std::uint32_t> rests(fingerprints.size());
  {
    std::vector<std::uint32_t> fill(offsets_.begin(), offsets_.end() - 1);
    for (std::uint64_t f : fingerprints)
      rests[fill[f >> (64 - kBucketBits)]++] = static_cast<std::uint32_t>(f >> (32 - kBucketBits));
  }
  std::vector<std::uint64_t>().swap(fingerprints);
  // Sorted and without repeats (languages share many words), compacted.
  std::uint32_t kept = 0;
  for (std::size_t b = 0; b < kBuckets; ++b) {
    const auto from = rests.begin() + offsets_[b], to = rests.begin() + offsets_[b + 1];
    std::sort(from, to);
    const auto unique_end = std::unique(from, to);
    offsets_[b] = kept;
    kept = static_cast<std::uint32_t>(std::move(from, unique_end, rests.begin() + kept) -
                                      rests.begin());
  }
  offsets_[kBuckets] = kept;
  rests.resize(kept);
  rests.shrink_to_fit();
  rests_ = std::move(rests);
  offsets_view_ = offsets_;
  rests_view_ = rests_;
  size_ = kept;
}

bool CommonWords::contains(std::string_view word) const {
  if (rests_view_.empty() || word.size() < 2 || word.size() > kLongestWord) return false;
  char folded[kLongestWord];
  const std::uint64_t f = fingerprint(std::string_view(folded, fold_into(word, folded)));
  const std::size_t b = f >> (64 - kBucketBits);
  const auto rest = static_cast<std::uint32_t>(f >> (32 - kBucketBits));
  return std::binary_search(rests_view_.begin() + offsets_view_[b],
                            rests_view_.begin() + offsets_view_[b + 1], rest);
}

CommonWords CommonWords::from_words(const std::vector<std::string_view>& words) {
  CommonWords table;
  std::vector<std::uint64_t> fingerprints;
  char folded[kLongestWord];
  for (std::string_view w : words)
    if (w.size() >= 2 && w.size() <= kLongestWord)
      fingerprints.push_back(fingerprint(std::string_view(folded, fold_into(w, folded))));
  table.build(fingerprints);
  return table;
}

std::shared_ptr<const CommonWords> CommonWords::shared(
    const std::vector<std::string>& lower_case_files,
    const std::vector<std::string>& every_entry_files) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const CommonWords>> tables;
  std::string key;
  for (const std::string& f : lower_case_files) key += "l:" + f + '\n';
  for (const std::string& f : every_entry_files) key += "e:" + f + '\n';
  const std::lock_guard lock(mutex);
  if (auto it = tables.find(key); it != tables.end()) return it->second;
  std::shared_ptr<const CommonWords> table = from_cache(lower_case_files, every_entry_files);
  if (!table) {
    table = read(lower_case_files, every_entry_files);
    if (const CacheFile file = cache_file(lower_case_files, every_entry_files);
        !file.path.empty() && table->size() >= kCachedFrom)
      table->save(file.path, file.key);
  }
  tables.emplace(key, table);
  return table;
}

std::shared_ptr<const CommonWords> CommonWords::from_cache(
    const std::vector<std::string>& lower_case_files,
    const std::vector<std::string>& every_entry_files) {
  const CacheFile file = cache_file(lower_case_files, every_entry_files);
  if (file.path.empty()) return nullptr;
  std::shared_ptr<CommonWords> cached(new CommonWords());
  if (!cached->load(file.path, file.key)) return nullptr;
  return cached;
}

std::shared_ptr<const CommonWords> CommonWords::read(
    const std::vector<std::string>& lower_case_files,
    const std::vector<std::string>& every_entry_files) {
  // A word takes ten bytes of a list on average: one reservation for all.
  std::uintmax_t bytes = 0;
  for (const auto* files : {&lower_case_files, &every_entry_files})
    for (const std::string& f : *files) {
      std::error_code error;
      const std::uintmax_t size = std::filesystem::file_size(f, error);
      if (!error) bytes += size;
    }
  std::vector<std::uint64_t> fingerprints;
  fingerprints.reserve(static_cast<std::size_t>(bytes / 8));
  for (const std::string& f : lower_case_files) add_list(f, false, fingerprints);
  for (const std::string& f : every_entry_files) add_list(f, true, fingerprints);
  std::shared_ptr<CommonWords> table(new CommonWords());
  table->build(fingerprints);
  return table;
}

std::vector<std::string> default_common_word_files() {
  std::vector<std::string> files;
  // Debian's plain word lists (wfrench, wspanish, …).
  for (const char* name : {"french", "spanish", "italian", "portuguese", "brazilian", "dutch",
                           "swedish", "danish", "catalan"})
    files.push_back(std::string("/usr/share/dict/") + name);
  // Languages Debian has only aspell dictionaries for, or whose plain list
  // holds every inflected form (wpolish: 4.3 million): scripts/common-words
  // dumps aspell's word list (stems, for most) into the cache.
  if (const std::string cache = cache_dir(); !cache.empty())
    for (const char* lang :
         {"pl", "uk", "bg", "ru", "sk", "hr", "hu", "lt", "lv", "et", "el", "hy", "cy", "tr", "id"})
      files.push_back(cache + "/words/" + lang);
  return files;
}

std::vector<std::string> default_capitalised_noun_files() {
  return {"/usr/share/dict/ngerman"};
}

}  // namespace switchyard::privacy
