# stemewatch container image.
#
# Build:   docker build -t stemewatch .
# Run beside stemedb-api on the host, reading the host's journal read-only:
#
#   docker run -d --name stemewatch --restart=always \
#     -p 18189:18189 \
#     -v /var/log/journal:/var/log/journal:ro \
#     -v /run/log/journal:/run/log/journal:ro \
#     -v /etc/machine-id:/etc/machine-id:ro \
#     -v stemewatch-state:/var/lib/stemewatch \
#     --group-add "$(getent group systemd-journal | cut -d: -f3)" \
#     -e STEMEWATCH_NATS_URL=nats://nats.internal:4222 \
#     stemewatch
#
# The journal directories and /etc/machine-id (sd-journal finds the host's
# files under /var/log/journal/<machine-id>) are mounted read-only; the
# process runs as an unprivileged user and reads them through the host's
# systemd-journal group id (--group-add). A configuration file goes in
# /etc/stemewatch/stemewatch.toml (-v ./stemewatch.toml:/etc/stemewatch/stemewatch.toml:ro);
# without one the defaults apply (unit stemedb-api, :18189) and STEMEWATCH_*
# variables override them.

# --- build: cgo + libsystemd-dev, the same `make build` as everyone ---------
FROM golang:1.26-bookworm AS build
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libsystemd-dev make git \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=
ARG COMMIT=
ARG BUILD_DATE=
RUN make build ${VERSION:+VERSION=$VERSION} ${COMMIT:+COMMIT=$COMMIT} ${BUILD_DATE:+BUILD_DATE=$BUILD_DATE} \
 && ./bin/stemewatch version

# --- runtime: libsystemd0 (sd-journal is dlopen'ed), non-root ---------------
# ca-certificates for NATS over TLS; the health check needs only bash.
FROM debian:12-slim
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libsystemd0 ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --user-group --home-dir /var/lib/stemewatch --shell /usr/sbin/nologin stemewatch \
 && install -d -o stemewatch -g stemewatch -m 0750 /var/lib/stemewatch \
 && install -d -m 0755 /etc/stemewatch
COPY --from=build /src/bin/stemewatch /usr/local/bin/stemewatch
COPY deploy/stemewatch.toml /usr/share/doc/stemewatch/stemewatch.toml.example
USER stemewatch:stemewatch
VOLUME ["/var/lib/stemewatch"]
EXPOSE 18189
ENV STEMEWATCH_LISTEN=:18189 STEMEWATCH_STATE_DIR=/var/lib/stemewatch
# The port follows STEMEWATCH_LISTEN (a --listen flag in CMD is not seen here).
# GET /healthz with bash's /dev/tcp: no HTTP client in the image.
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD ["/bin/bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${STEMEWATCH_LISTEN##*:} && printf 'GET /healthz HTTP/1.0\\r\\n\\r\\n' >&3 && head -n1 <&3 | grep -q ' 200 '"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/stemewatch"]
CMD ["run"]
