#!/usr/bin/env bash
# Runs every fuzz target of the repository for a short fixed time each.
# Usage: scripts/fuzz.sh [DURATION]   (default 10s)
set -euo pipefail
dur=${1:-10s}
for pkg in $(go list ./...); do
  dir=$(go list -f '{{.Dir}}' "$pkg")
  for f in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //'); do
    echo "fuzz: $pkg $f for $dur"
    go test -run '^$' -fuzz "^$f\$" -fuzztime "$dur" "$pkg"
  done
done
