# Switchyard front door.
#   make run    install deps, build Release, start the gateway on examples/switchyard.yaml
#   make test   install deps, build Release and an ASan+UBSan build, run the whole suite
#   make build  build only (binary: build/switchyard)
#   make bench  the proxy load benchmark (bench/proxy/run)

JOBS       ?= $(shell nproc)
CONFIG     ?= examples/switchyard.yaml
CACHE_DIR  ?= $(HOME)/.cache/switchyard
export CCACHE_DIR ?= $(CACHE_DIR)/ccache
CMAKE_FLAGS ?=
# llama.cpp is built once into the cache by scripts/build-llama (docs/local-inference.md).
export SWITCHYARD_CACHE ?= $(CACHE_DIR)
LLAMA_PREFIX := $(shell SWITCHYARD_CACHE=$(CACHE_DIR) scripts/build-llama --print-prefix)

.PHONY: all deps build build-asan run test test-release test-asan e2e-deps bench format clean

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

run: build
	./build/switchyard serve --config $(CONFIG)

test-release: build e2e-deps
	cd build && ctest --output-on-failure -j$(JOBS)

test-asan: build-asan e2e-deps
	cd build-asan && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --output-on-failure -j$(JOBS)

test: test-release test-asan

bench: build
	bench/proxy/run

format:
	clang-format -i $$(git ls-files '*.cpp' '*.hpp')

clean:
	rm -rf build build-asan
