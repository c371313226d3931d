#!/usr/bin/env bash
# make image: builds the Dockerfile into localhost/stemewatch:latest with
# podman. No registry is reachable from machines of this kind, so the two
# bases the Dockerfile names are made locally when missing:
#   docker.io/library/debian:12-slim       a debootstrap minbase (rootfs.sh base)
#   docker.io/library/golang:1.26-bookworm that base + gcc/make/git + this
#                                          machine's /usr/local/go
# The Dockerfile itself stays the ordinary one `docker build` uses.
# Podman here needs runc and cgroupfs (crun refuses the hybrid cgroups),
# lowered ulimits, and the host network for steps that fetch packages.
set -euo pipefail
version=${1:-dev}
cd "$(dirname "$0")/../.."
podman=(podman --runtime runc --cgroup-manager cgroupfs)
limits=(--ulimit nofile=1024:1024 --ulimit nproc=1000:1000)
cache=${STEMEWATCH_DEPLOY_CACHE:-/var/cache/stemewatch}

mkdir -p "$cache"
exec 8>"$cache/.lock-image"
flock 8

if ! "${podman[@]}" image exists docker.io/library/debian:12-slim; then
  tar=$(scripts/deploy/rootfs.sh base | tail -1)
  echo "image: importing $tar as docker.io/library/debian:12-slim" >&2
  "${podman[@]}" import --change 'CMD ["bash"]' "$tar" docker.io/library/debian:12-slim >/dev/null
fi

goversion=$(go env GOVERSION)
if ! "${podman[@]}" image exists docker.io/library/golang:1.26-bookworm; then
  echo "image: making docker.io/library/golang:1.26-bookworm from /usr/local/go ($goversion)" >&2
  ctx=$(mktemp -d)
  trap 'rm -rf "$ctx"' EXIT
  cp /etc/ssl/certs/ca-certificates.crt "$ctx/ca-certificates.crt"
  cat >"$ctx/Containerfile" <<'CF'
FROM docker.io/library/debian:12-slim
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends gcc libc6-dev make git ca-certificates \
 && rm -rf /var/lib/apt/lists/*
# The machine's CA file: module downloads go out as the host's do.
COPY ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY go /usr/local/go
ENV GOPATH=/go PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
WORKDIR /go
CF
  # The context holds the Go tree as a hard-linked copy (same filesystem)
  # or a plain copy.
  cp -al /usr/local/go "$ctx/go" 2>/dev/null || cp -a /usr/local/go "$ctx/go"
  "${podman[@]}" build "${limits[@]}" --network host -t docker.io/library/golang:1.26-bookworm "$ctx" >&2
  rm -rf "$ctx"
  trap - EXIT
fi

# Modules: the host's module cache, mounted where the image's Go looks
# (GOPATH=/go); what is missing comes from GOPROXY through the host network.
# The host's build cache too (same toolchain): a rebuild compiles only what
# changed. Neither ends up in the image.
modcache=$(go env GOMODCACHE)
gocache=$(go env GOCACHE)
commit=$(git rev-parse HEAD 2>/dev/null || true)
date=$(git show -s --format=%cI HEAD 2>/dev/null | xargs -r date -u +%Y-%m-%dT%H:%M:%SZ -d || true)
# --format docker: the OCI format has no HEALTHCHECK (podman drops it).
"${podman[@]}" build --format docker "${limits[@]}" --network host \
  -v "$modcache:/go/pkg/mod" -v "$gocache:/root/.cache/go-build" \
  --build-arg VERSION="$version" --build-arg COMMIT="$commit" --build-arg BUILD_DATE="$date" \
  -t localhost/stemewatch:latest . >&2
"${podman[@]}" image inspect localhost/stemewatch:latest --format '{{.Size}}' |
  awk '{printf "image: localhost/stemewatch:latest, %.1f MB\n", $1/1e6}'
