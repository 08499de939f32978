# The two commands of the README's quick start: `make demo` and `make check`.
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
EXAMPLE ?= examples/china-education-cooperation.txt

.PHONY: all deps build demo check test clean

all: build

deps:
	@scripts/install-deps.sh
	@scripts/fetch-mermaid.sh

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	@scripts/demo.sh $(BUILD)/claimgraph $(EXAMPLE)

check: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

test: check

clean:
	rm -rf $(BUILD) out
