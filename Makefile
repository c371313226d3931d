# stemewatch: every build, the Dockerfile's included, goes through these targets.
GO        ?= go
BIN       ?= bin/stemewatch
VERSION   ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS   := -s -w -X main.version=$(VERSION)
export CGO_ENABLED ?= 1

.PHONY: all setup build test check demo fuzz bench clean bench-compare chaos soak

all: build

setup:
	./scripts/setup.sh

build:
	$(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/stemewatch

check:
	test -z "$$(gofmt -l $$(git ls-files '*.go'))" || (gofmt -l $$(git ls-files '*.go'); exit 1)
	$(GO) vet ./...
	$(GO) tool staticcheck ./...

test: setup check
	$(GO) test -count=1 ./...
	./scripts/fuzz.sh 10s

demo: setup build
	./scripts/demo.sh

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# stemewatch beside grep, jq, mtail and journalctl on the same generated
# entries, on one core and on every core, and `run` at 10,000 entries/s;
# writes docs/PERFORMANCE.md and docs/performance.png (~8 min).
bench-compare:
	./bench/compare.sh

# The built binary under faults: SIGKILLs mid-replay, full and read-only
# state directory, corrupt checkpoint, NATS down and a wrong NATS password.
chaos: setup build
	./bench/chaos.sh

# A day of traffic against a live journald in SOAK_DURATION (default 10m):
# bursts, silence, rotation, vacuum, a journald restart, NATS down.
soak: setup build
	$(GO) test -tags soak -count=1 -timeout 40m -run TestSoak -v ./bench/soak/

clean:
	rm -rf bin
