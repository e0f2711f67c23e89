// A ledger database path in the temp folder, unique to the running test and
// process, with the database, its WAL files and record journals removed
// before and after.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

namespace switchyard::testing {

class TempLedger {
 public:
  explicit TempLedger(const std::string& prefix)
      : path_((std::filesystem::temp_directory_path() /
               (prefix + "-" + std::to_string(::getpid()) + "-" + test_name() + ".db"))
                  .string()) {
    remove();
  }
  ~TempLedger() { remove(); }
  TempLedger(const TempLedger&) = delete;
  TempLedger& operator=(const TempLedger&) = delete;

  const std::string& path() const { return path_; }
  // The YAML that points a gateway config at this ledger.
  std::string yaml() const { return "ledger:\n  path: " + path_ + "\n"; }

 private:
  // The running test's name as a file name: a parameterized test's holds '/'.
  static std::string test_name() {
    std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    for (char& c : name)
      if (c == '/') c = '_';
    return name;
  }
  void remove() const {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
    const std::filesystem::path p(path_);
    const std::string journal = p.filename().string() + ".journal";
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(p.parent_path(), ec))
      if (e.path().filename().string().rfind(journal, 0) == 0) std::filesystem::remove(e.path());
  }
  std::string path_;
};

}  // namespace switchyard::testing
