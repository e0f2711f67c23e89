# Switchyard front door.
#   make run    install deps, build Release, start the gateway on examples/switchyard.yaml
#   make test   install deps, build Release and an ASan+UBSan build, run the whole suite
#   make build  build only (binary: build/switchyard)
#   make bench  the proxy load benchmark (bench/proxy/run)
#   make bench-stream  2,000 concurrent SSE streams, direct and through the gateway (bench/stream/run)
#   make bench-local  in-process engine vs llama-server on a ~1B random-weight model (bench/local/run)
#   make fuzz   build the libFuzzer targets (clang++) and run each FUZZ_SECONDS (fuzz/)

JOBS       ?= $(shell nproc)
CONFIG     ?= examples/switchyard.yaml
CACHE_DIR  ?= $(HOME)/.cache/switchyard
export CCACHE_DIR ?= $(CACHE_DIR)/ccache
# Paths relative to the checkout, so another clone (CI's) reuses the same cache.
export CCACHE_BASEDIR ?= $(CURDIR)
CMAKE_FLAGS ?=
# llama.cpp is built once into the cache by scripts/build-llama (docs/local-inference.md).
export SWITCHYARD_CACHE ?= $(CACHE_DIR)
LLAMA_PREFIX := $(shell SWITCHYARD_CACHE=$(CACHE_DIR) scripts/build-llama --print-prefix)

.PHONY: all deps build build-asan build-fuzz fuzz run test test-release test-asan e2e-deps bench bench-stream bench-local format clean

all: build

deps:
	@scripts/install-deps
	@scripts/build-llama

build: deps
	@cmake -S . -B build -DCMAKE_BUILD_TYPE=Release \
	  -DSWITCHYARD_LLAMA_PREFIX=$(LLAMA_PREFIX) $(CMAKE_FLAGS) >/dev/null
	@cmake --build build -j$(JOBS)

build-asan: deps
	@cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DSWITCHYARD_SANITIZE=ON \
	  -DSWITCHYARD_BENCH=OFF -DSWITCHYARD_LLAMA_PREFIX=$(LLAMA_PREFIX) $(CMAKE_FLAGS) >/dev/null
	@cmake --build build-asan -j$(JOBS)

e2e-deps: deps
	@scripts/e2e-deps

# The default config's in-process model. With none there, a small random-weight
# model is generated so the gateway runs end to end; it says so loudly.
LOCAL_MODEL ?= examples/models/local.gguf

run: build
	@if [ "$(CONFIG)" = examples/switchyard.yaml ] && [ ! -f $(LOCAL_MODEL) ]; then \
	  mkdir -p $(dir $(LOCAL_MODEL)) && \
	  ./build/switchyard-make-model --out $(LOCAL_MODEL) --layers 4 --embd 256 --heads 8 \
	    --heads-kv 4 --ff 704 --ctx 4096 --type q8_0 >/dev/null && \
	  echo "make run: WARNING: $(LOCAL_MODEL) is a RANDOM-WEIGHT test model: the 'local'" \
	       "model will answer gibberish. Put a real GGUF at that path for real answers." >&2; \
	fi
	OMP_WAIT_POLICY=passive ./build/switchyard serve --config $(CONFIG)

test-release: build e2e-deps
	cd build && ctest --output-on-failure -j$(JOBS)

test-asan: build-asan e2e-deps
	cd build-asan && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --output-on-failure -j$(JOBS)

test: test-release test-asan

bench: build
	bench/proxy/run

# BENCH_STREAM_FLAGS e.g. --quick, --privacy off, --streams 500 (see bench/stream/run --help).
bench-stream: build
	bench/stream/run $(BENCH_STREAM_FLAGS)

# BENCH_LOCAL_FLAGS e.g. --quick, --threads 4 (see bench/local/run --help).
bench-local: build
	bench/local/run $(BENCH_LOCAL_FLAGS)

# libFuzzer over each target in turn, FUZZ_SECONDS each (FUZZ_TARGETS to pick).
# New inputs go to build-fuzz/corpus/<target>; the committed seeds in
# fuzz/corpus/<target> are read, never written; crashes land in build-fuzz/.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= chat_request embedding_request sse request_head config pii_scan

build-fuzz: deps
	@cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
	  -DSWITCHYARD_FUZZ=ON -DSWITCHYARD_BENCH=OFF -DSWITCHYARD_LLAMA_PREFIX=$(LLAMA_PREFIX) \
	  $(CMAKE_FLAGS) >/dev/null
	@cmake --build build-fuzz -j$(JOBS) --target fuzz_targets

fuzz: build-fuzz
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p build-fuzz/corpus/$$t && \
	  echo "== fuzz_$$t for $(FUZZ_SECONDS) s" && \
	  build-fuzz/fuzz/fuzz_$$t build-fuzz/corpus/$$t fuzz/corpus/$$t \
	    -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=build-fuzz/crash-$$t- \
	    -print_final_stats=1 || exit 1; \
	done

format:
	clang-format -i $$(git ls-files '*.cpp' '*.hpp')

clean:
	rm -rf build build-asan build-fuzz
