// An LD_PRELOAD library that counts heap allocations, for bench/proxy/run
// --count-mallocs: how many times the gateway calls malloc (and its kin:
// calloc, realloc, the aligned forms; libstdc++'s operator new calls malloc)
// per request. It forwards to glibc's own entry points (__libc_malloc, ...)
// instead of looking them up with dlsym, which itself allocates.
//
// On SIGUSR2 it appends the running count and a newline to the file named
// by SWITCHYARD_MALLOC_COUNT_FILE. The benchmark reads it before and after a
// load phase and divides the difference by the requests served between.
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cstddef>
#include <cstdlib>

extern "C" {
void* __libc_malloc(std::size_t);
void* __libc_calloc(std::size_t, std::size_t);
void* __libc_realloc(void*, std::size_t);
void* __libc_memalign(std::size_t, std::size_t);
}

namespace {

std::atomic<unsigned long long> g_count{0};
const char* g_out = nullptr;

void count() {
  g_count.fetch_add(1, std::memory_order_relaxed);
}

// Async-signal-safe: open, write and close only, digits formatted by hand.
void dump(int) {
  if (g_out == nullptr) return;
  char buf[32];
  char* p = buf + sizeof buf;
  *--p = '\n';
  unsigned long long v = g_count.load(std::memory_order_relaxed);
  do {
    *--p = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0);
  const int fd = open(g_out, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (fd < 0) return;
  const ssize_t n = write(fd, p, static_cast<std::size_t>(buf + sizeof buf - p));
  (void)n;
  close(fd);
}

__attribute__((constructor)) void install() {
  g_out = std::getenv("SWITCHYARD_MALLOC_COUNT_FILE");
  struct sigaction sa = {};
  sa.sa_handler = dump;
  sa.sa_flags = SA_RESTART;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGUSR2, &sa, nullptr);
}

}  // namespace

extern "C" {

void* malloc(std::size_t n) {
  count();
  return __libc_malloc(n);
}

void* calloc(std::size_t n, std::size_t size) {
  count();
  return __libc_calloc(n, size);
}

void* realloc(void* p, std::size_t n) {
  count();
  return __libc_realloc(p, n);
}

void* memalign(std::size_t align, std::size_t n) {
  count();
  return __libc_memalign(align, n);
}

void* aligned_alloc(std::size_t align, std::size_t n) {
  count();
  return __libc_memalign(align, n);
}

int posix_memalign(void** out, std::size_t align, std::size_t n) {
  count();
  void* p = __libc_memalign(align, n);
  if (p == nullptr) return 12;  // ENOMEM
  *out = p;
  return 0;
}

}  // extern "C"
