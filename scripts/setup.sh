#!/usr/bin/env bash
# Installs what building and testing stemewatch needs on a Debian 12 machine
# with Go: the cgo headers for sd-journal, the real services the tests run
# against, and the peers the benchmarks compare with. Idempotent: it installs
# only what is missing. Needs root (or sudo) for apt-get.
set -euo pipefail

pkgs=(
  gcc                      # cgo
  libsystemd-dev           # sd-journal.h for the native journal reader
  systemd                  # systemd-journald, journalctl
  systemd-journal-remote   # export format -> real journal files for tests
  nats-server              # end-to-end NATS test
  prometheus               # promtool: check and unit-test alert rules
  mtail                    # benchmark peer
  gnuplot-nox              # benchmark chart
  tmux                     # drives `tail` in a real terminal in tests
  util-linux               # script(1), for pseudo-terminal tests
  procps                   # ps/pgrep for soak figures
  time jq curl             # bench/compare.sh (/usr/bin/time -f), bench/chaos.sh
  gzip ca-certificates
  # make deb / image / deploy-test: package, lint, boot a Debian node, podman
  dpkg-dev binutils lintian debootstrap systemd-container
  podman runc uidmap fuse-overlayfs slirp4netns
)

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
go mod download
