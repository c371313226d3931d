# stemewatch: every build, the Dockerfile's included, goes through these targets.
GO        ?= go
BIN       ?= bin/stemewatch
VERSION   ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
COMMIT    ?= $(shell git rev-parse HEAD 2>/dev/null)
# The commit's date, not the clock's: the same commit builds the same binary.
BUILD_DATE ?= $(shell git show -s --format=%cI HEAD 2>/dev/null | xargs -r date -u +%Y-%m-%dT%H:%M:%SZ -d)
LDFLAGS   := -s -w -X main.version=$(VERSION) -X main.commit=$(COMMIT) -X main.buildDate=$(BUILD_DATE)
export CGO_ENABLED ?= 1

.PHONY: all setup build test check demo fuzz bench clean bench-compare chaos soak deb image deploy-test accuracy accuracy-nested

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
	$(GO) test -count=1 -timeout 20m ./...
	./scripts/fuzz.sh 10s

demo: setup build
	./scripts/demo.sh

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# The classifier over the catalogue of real library wordings: accuracy per
# type, per source and per shape, in-sample and leave-one-source-out.
accuracy:
	$(GO) test -count=1 -timeout 40m -run 'TestCatalogue|TestTestSet' -v ./scorer/ | grep -v 'miss:'

# What choosing the fallback's confidence floors and Unclassified prior is
# worth on sources the choice never saw: nested validation over ten groups
# of sources (about a hundred trainings, a few minutes).
accuracy-nested:
	STEMEWATCH_NESTED=1 $(GO) test -count=1 -timeout 60m -run 'TestCatalogueNested' -v ./scorer/

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

# dist/stemewatch_<version>_amd64.deb: binary (PIE, full RELRO), unit,
# conffile, man page, bash completion, maintainer scripts (deploy/debian).
deb:
	$(GO) build -trimpath -buildmode=pie -ldflags '$(LDFLAGS) -extldflags "-Wl,-z,relro,-z,now"' -o dist/stemewatch ./cmd/stemewatch
	./scripts/deploy/mkdeb.sh dist/stemewatch $(VERSION)
	@if command -v lintian >/dev/null; then lintian --fail-on error,warning dist/stemewatch_*.deb; fi

# localhost/stemewatch:latest from the Dockerfile, with podman; makes the
# debian:12-slim and golang:1.26-bookworm bases locally when missing.
image:
	./scripts/deploy/image.sh $(VERSION)

# The slow deployment tests: the .deb on a booted Debian 12 (systemd-nspawn),
# the image under podman, the dashboard against a real Prometheus.
deploy-test: deb image
	$(GO) test -tags deploy -count=1 -timeout 25m -v ./deploy/

clean:
	rm -rf bin dist
