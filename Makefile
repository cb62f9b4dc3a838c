# goalgraph: the two front doors are `make demo` and `make test`.

# Debian packages the build needs; `make deps` installs those missing.
PACKAGES := libyaml-dev libyajl-dev libgraphviz-dev libstemmer-dev libcmark-dev fonts-dejavu-core chromium
SWIFT ?= swift
BIN := .build/debug/goalgraph
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
GRAPHVIZ_CONFIG := /usr/lib/x86_64-linux-gnu/graphviz/config6a

.PHONY: deps build demo test lint format bench fuzz sanitize clean

deps:
	@missing=""; \
	for package in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "install ok installed" \
	    || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q $$missing; \
	fi
	@if [ ! -s $(GRAPHVIZ_CONFIG) ] && [ -x /usr/sbin/libgvc6-config-update ]; then \
	  echo "registering the Graphviz plugins"; $(SUDO) /usr/sbin/libgvc6-config-update -c; \
	fi

build: deps
	$(SWIFT) build

demo: build
	@echo "== goalgraph check samples/acme.yaml"
	@$(BIN) check samples/acme.yaml --fail-on error
	@mkdir -p out
	@$(BIN) render samples/acme.yaml -o out/chart.svg
	@$(BIN) report samples/acme.yaml -o out/gaps.html --actions out/actions.csv
	@$(BIN) schedule samples/acme.yaml -o out/talks.md
	@echo "== wrote out/chart.svg, out/gaps.html, out/actions.csv and out/talks.md"

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test
	$(MAKE) lint

# Times import, analysis, similarity and rendering on generated organisations of 1,000 to
# 100,000 objectives (BENCH=--large adds 200,000); results in Benchmarks/results.md.
bench: deps
	Benchmarks/bench.sh $(BENCH)

# Fuzzes every importer with libFuzzer: FUZZ_SECONDS per target (60).
FUZZ_SECONDS ?= 60
fuzz: deps
	Fuzz/run.sh $(FUZZ_SECONDS)

# The test suite under AddressSanitizer and LeakSanitizer; Graphviz's own leaks are
# suppressed by name in Tests/lsan-suppressions.txt.
sanitize: deps
	$(SWIFT) build --build-tests --sanitize=address --scratch-path .build/asan
	LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan-suppressions.txt:print_suppressions=0 \
	  ASAN_OPTIONS=detect_leaks=1 \
	  $(SWIFT) test --skip-build --sanitize=address --scratch-path .build/asan

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Benchmarks/Sources Package.swift

format:
	$(SWIFT) format --in-place --recursive Sources Tests Benchmarks/Sources Package.swift

clean:
	rm -rf .build
