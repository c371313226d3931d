"""The twelfth blind batch: wordings from sources in no earlier batch, gathered
after the eleventh joined the catalogue. Four helper sessions read them blind,
with the same brief and conventions as the earlier batches. Each wording was
read in the file named beside it; fills not read in the source are named in
each part's note. build.py adds it to the catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401

# libevent, libwebsockets, h2o, lsquic and ngtcp2 (C networking libraries and servers): newest snapshots via fetch, each wording read in the file named per entry (git show HEAD:<path>).
def _part_ac(add):
    # --- libevent: evdns_err_to_string and evdns log lines, evhttp, listener, event loop ---
    LE = "libevent/libevent"
    for typ, m in [(Z, "misformatted query"), (N, "name does not exist"),
                   (Z, "reply truncated or ill-formed"), (U, "dns request canceled"),
                   (T, "Nameserver 10.0.0.53:53 has failed: request timed out."),
                   (N, "Nameserver 10.0.0.53:53 has failed: Connection refused"),
                   (N, "All nameservers have failed"),
                   (N, "Address mismatch on received DNS packet.  Apparent source was 10.0.0.99:53"),
                   (Z, "Unable to parse nameserver address 10.0.0.300"),
                   (U, "Unable to seed random number generator; DNS can't run."),
                   (N, "Error Connection reset by peer (104) while writing response to port; dropping")]:
        add(LE, "evdns.c", typ, m)
    for typ, m in [(N, "evhttp_connection_connect_: connection to \"10.0.0.12\" failed: Connection refused"),
                   (Z, "evhttp_read_header: bad header on 17"),
                   (N, "getaddrinfo: temporary failure in name resolution")]:
        add(LE, "http.c", typ, m)
    add(LE, "listener.c", S, "Error from accept() call: Too many open files")
    for typ, m in [(U, "event_base_loop: reentrant invocation.  Only one event_base_loop can run on each event_base at once."),
                   (U, "event_base_init_common_timeout: Too many common timeouts already in use; we only support 256 per event_base")]:
        add(LE, "event.c", typ, m)
    add(LE, "bufferevent_openssl.c", U, "BUG: Unexpected OpenSSL error code 5")

    # --- libwebsockets: client connection-failure reasons, TLS, h2 GOAWAY, lwsl_* log lines ---
    LW = "warmcat/libwebsockets"
    for typ, m in [(N, "HS: ws upgrade response not 101"), (N, "HS: Accept hash wrong")]:
        add(LW, "lib/roles/ws/client-ws.c", typ, m)
    for typ, m in [(N, "HS: Redirect attempted SSL downgrade"), (Z, "HS: URI did not parse")]:
        add(LW, "lib/roles/http/client/client-http.c", typ, m)
    for typ, m in [(N, "SSL error: certificate has expired (preverify_ok=0;err=10;depth=0)"),
                   (N, "Hostname mismatch details: Expected='node2.stemedb.internal', Cert CN='node3.stemedb.internal'"),
                   (N, "server's cert didn't look good, tls=invalidca X509_V_ERR = 19: error:00000013:lib(0)::reason(19)")]:
        add(LW, "lib/tls/openssl/openssl-client.c", typ, m)
    for typ, m in [(N, "lws_h2_goaway: TX GOAWAY: err=0x6, 'Settings length error'"),
                   (Z, "lws_h2_goaway: TX GOAWAY: err=0x9, 'hpack incomplete'")]:
        add(LW, "lib/roles/h2/http2.c", typ, m)
    add(LW, "lib/core-net/lws-srtp.c", A, "SRTP: Auth tag mismatch! SSRC 305419896, Seq 1042, ROC 0 (Est ROC 0)", True)
    add(LW, "lib/core-net/lws-stun.c", A, "STUN Request MESSAGE-INTEGRITY MISMATCH!", True)
    add(LW, "lib/tls/gnutls/lws-genaes.c", A, "lws_genaes_destroy: GCM tag mismatch", True)
    add(LW, "lib/core-net/async-ipc.c", T, "lws_async_ipc: timeout waiting for IPC /run/stemedb/ipc.sock")
    add(LW, "lib/core-net/wsi-timeout.c", T,
        "VALIDITY TIMEOUT EXPIRED ON (protocol lws-raft, peer 10.0.0.12)! Server is closing connection. (ping=30, hangup=60)")
    add(LW, "lib/core-net/pollfd.c", U, "Too many fds (4096 vs 1024)")
    add(LW, "lib/core-net/vhost.c", S, "unable to open log filepath /var/log/stemedb/ws-access.log")
    add(LW, "lib/core-net/network.c", N, "ERROR on binding fd 12 to port 18182 (EADDRINUSE)")
    add(LW, "lib/core-net/client/client.c", Z, "malformed proxy '[fd00::12:3128'")
    add(LW, "lib/plat/unix/unix-caps.c", U, "lws_plat_user_to_uid: unknown user 'stemedb'")

    # --- h2o: h2o_req_log_error lines, socket/hostinfo/httpclient error strings, server start-up ---
    HO = "h2o/h2o"
    for typ, m in [(N, "[lib/core/proxy.c] in request:api.stemedb.internal/v1/kv/agent-0042:connection refused"),
                   (T, "[lib/core/proxy.c] in request:api.stemedb.internal/v1/raft/append:I/O timeout"),
                   (T, "[lib/core/proxy.c] in request:10.0.0.12:18182/v1/status:first byte timeout"),
                   (Z, "[lib/core/proxy.c] in request:api.stemedb.internal/v1/kv/agent-0042:invalid response from upstream (malformed content-length)")]:
        add(HO, "lib/core/proxy.c", typ, m)
    for typ, m in [(N, "certificate name mismatch"), (N, "socket closed by peer")]:
        add(HO, "lib/common/socket.c", typ, m)
    add(HO, "lib/common/hostinfo.c", N, "hostname does not exist")
    for typ, m in [(N, "unknown alpn protocol"), (Z, "malformed HTTP frame"), (Z, "failed to parse the response")]:
        add(HO, "lib/common/httpclient.c", typ, m)
    add(HO, "lib/common/redis.c", T, "Command Timeout")
    add(HO, "lib/handler/access_log.c", S, "failed to open log file:/var/log/stemedb/access.log:Permission denied")
    add(HO, "lib/handler/fastcgi.c", T, "[lib/handler/fastcgi.c] in request:api.stemedb.internal/metrics:connect timeout")
    for typ, m in [(S, "could not open configuration file /etc/stemedb/h2o.conf: No such file or directory"),
                   (Z, "failed to parse configuration file /etc/stemedb/h2o.conf line 12: mapping values are not allowed in this context"),
                   (N, "[/etc/stemedb/h2o.conf:8] in command listen, failed to listen to TCP port ANY:18182: Address already in use"),
                   (N, "[/etc/stemedb/h2o.conf:15] in command listen, failed to load certificate file:/etc/stemedb/tls/server.crt"),
                   (S, "temp-buffer-path: failed to create temporary file from the mkstemp(3) template '/tmp/h2o.b.XXXXXX': No space left on device"),
                   (U, "received fatal signal 11")]:
        add(HO, "src/main.c", typ, m)

    # --- lsquic: ABORT_* ("Abort connection: ...") and LSQ_* log lines ---
    LQ = "litespeedtech/lsquic"
    for typ, m in [(T, "Abort connection: connection timed out due to lack of progress"),
                   (N, "Abort connection: TLS alert 42"),
                   (N, "Abort connection: server chosen version FF00001D is not supported"),
                   (N, "Abort connection: incoming stream 404 exceeds allowed max of 400"),
                   (Z, "Abort connection: received an empty NEW_TOKEN frame"),
                   (Z, "Abort connection: Error parsing frame"),
                   (N, "Abort connection: The first control frame is not SETTINGS, got frame type 1"),
                   (N, "Abort connection: received RESET_STREAM on send-only stream 3"),
                   (U, "Abort connection: cannot allocate packet: Cannot allocate memory"),
                   (N, "received stateless reset packet: aborting connection"),
                   (N, "could not decrypt packet (type HSK)")]:
        add(LQ, "src/liblsquic/lsquic_full_conn_ietf.c", typ, m)
    add(LQ, "src/liblsquic/lsquic_enc_sess_ietf.c", N,
        "SSL_provide_quic_data returned false: error:10000412:SSL routines:OPENSSL_internal:SSLV3_ALERT_BAD_CERTIFICATE")
    for typ, m in [(A, "IP address 10.0.0.99 in retry token for connection 5f3a9c1e7d2b4086 does not match peer IP address 10.0.0.12: validation failed"),
                   (A, "retry token for connection 5f3a9c1e7d2b4086 expired 12 seconds ago")]:
        add(LQ, "src/liblsquic/lsquic_tokgen.c", typ, m)
    for typ, m in [(U, "cannot create engine: flow control window set too low"),
                   (U, "cannot create engine: The maximum value of idle timeout is 600 seconds")]:
        add(LQ, "src/liblsquic/lsquic_engine.c", typ, m)

    # --- ngtcp2: ngtcp2_strerror and connection log lines ---
    NG = "ngtcp2/ngtcp2"
    for typ, m in [(T, "ERR_HANDSHAKE_TIMEOUT"), (T, "ERR_IDLE_CLOSE"), (Z, "ERR_MALFORMED_TRANSPORT_PARAM"),
                   (Z, "ERR_FRAME_ENCODING"), (N, "ERR_DECRYPT"), (N, "ERR_CRYPTO"), (N, "ERR_FLOW_CONTROL"),
                   (N, "ERR_NO_VIABLE_PATH"), (N, "ERR_VERSION_NEGOTIATION_FAILURE"),
                   (U, "ERR_INVALID_ARGUMENT"), (U, "ERR_STREAM_NOT_FOUND"), (U, "ERR_CALLBACK_FAILURE")]:
        add(NG, "lib/ngtcp2_err.c", typ, m)
    for typ, m in [(T, "path validation was timed out"), (N, "could not decrypt packet payload"),
                   (Z, "could not decode short header"), (A, "packet was ignored because token is invalid"),
                   (U, "path migration is aborted because connection ID isretired and no unused connection ID is available")]:
        add(NG, "lib/ngtcp2_conn.c", typ, m)

# Observability servers and agents: grafana/loki, thanos-io/thanos, jaegertracing/jaeger, open-telemetry/opentelemetry-collector (Go), fluent/fluent-bit (C), influxdata/telegraf (Go); newest snapshots read via fetch (git show HEAD:<path>), each wording read in the file named per entry (library code only, no tests/README).
def _part_ad(add):
    # --- grafana/loki ---
    R = "grafana/loki"
    add(R, "pkg/ingester/ingester.go", S,
        'creating WAL folder at "/var/lib/stemedb/wal": mkdir /var/lib/stemedb/wal: permission denied')
    add(R, "pkg/ingester/ingester.go", U, "Ingester is shutting down")
    for typ, m in [(Z, "invalid chunk checksum"), (U, "chunk full")]:
        add(R, "pkg/chunkenc/interface.go", typ, m)
    add(R, "pkg/chunkenc/interface.go", U,
        "entry too far behind, entry timestamp is: 2024-05-01T10:00:00Z, oldest acceptable timestamp is: 2024-05-01T11:00:00Z")
    add(R, "pkg/chunkenc/memchunk.go", Z, "invalid data in chunk")
    add(R, "pkg/ingester/wal/encoding.go", Z, "refEntry decode error: invalid size")
    add(R, "pkg/storage/stores/shipper/indexshipper/tsdb/index/index.go", Z, "unknown index file version 9")
    add(R, "pkg/storage/common/boltdb/boltdb_index_client.go", S, "boltdb file does not exist")
    add(R, "pkg/validation/validate.go", U,
        "ingestion rate limit exceeded for user tenant-a (limit: 4194304 bytes/sec) while attempting to ingest '1200' lines "
        "totaling '5242880' bytes, reduce log volume or contact your Loki administrator to see if the limit can be increased")
    add(R, "pkg/validation/validate.go", U,
        "Per stream rate limit exceeded (limit: 3MB/sec) while attempting to ingest for stream '{app=\"stemedb\", node=\"node2\"}' "
        "totaling 4MB, consider splitting a stream via additional labels or contact your Loki administrator to see if the limit can be increased")
    add(R, "pkg/validation/validate.go", Z,
        "error parsing labels '{app=\"stemedb\"' with error: 1:15: parse error: unexpected end of input inside braces")
    add(R, "pkg/util/server/error.go", T,
        "request timed out, decrease the duration of the request or add more label matchers (prefer exact match over regex match) "
        "to reduce the amount of data processed")
    add(R, "pkg/util/validation/validate.go", U,
        "the query time range exceeds the limit (query length: 745h0m0s, limit: 30d1h)")
    add(R, "pkg/querier/tail/tail.go", N, "all ingesters closed the connection")
    add(R, "pkg/storage/stores/shipper/indexshipper/downloads/util.go", T, "exceeded 30 seconds in awaitReady")

    # --- thanos-io/thanos ---
    R = "thanos-io/thanos"
    add(R, "pkg/block/fetcher.go", Z,
        "meta.json 01HXZ3M6Q4T9K2B7C8D5E6F7G8/meta.json unmarshal: unexpected end of JSON input: meta.json corrupted")
    add(R, "pkg/block/fetcher.go", S, "meta.json not found")
    add(R, "pkg/block/metadata/meta.go", Z, "unexpected meta file version 3")
    for typ, m in [(Z, "mismatched checksum (got 2857138371, expected 1093846208)"),
                   (Z, "missing magic snappy marker")]:
        add(R, "pkg/store/postings_codec.go", typ, m)
    add(R, "pkg/receive/writecapnp/client.go", N, "rpc error: code = Unavailable desc = remote write: peer unavailable")
    add(R, "pkg/receive/writecapnp/client.go", T,
        "rpc error: code = DeadlineExceeded desc = writing to peer: context deadline exceeded")
    for typ, m in [(U, "target not ready"), (N, "target not available"),
                   (U, "request replica exceeds receiver replication factor")]:
        add(R, "pkg/receive/handler.go", typ, m)
    add(R, "pkg/receive/hashring.go", U, "ketama: amount of endpoints needs to be larger than replication factor")
    add(R, "pkg/store/proxy.go", U, "No StoreAPIs matched for this query")
    add(R, "pkg/exthttp/tlsconfig.go", N,
        "unable to use specified client cert (/etc/stemedb/tls/client.crt) & key (/etc/stemedb/tls/client.key): "
        "tls: private key does not match public key")
    add(R, "pkg/compact/compact.go", S,
        "create compact root directory: mkdir /var/lib/stemedb/compact: no space left on device")

    # --- jaegertracing/jaeger ---
    R = "jaegertracing/jaeger"
    add(R, "internal/tenancy/grpc.go", A, "rpc error: code = PermissionDenied desc = unknown tenant")
    add(R, "internal/tenancy/grpc.go", A, "rpc error: code = Unauthenticated desc = missing tenant header")
    add(R, "internal/auth/bearertoken/grpc.go", A, "malformed token: multiple tokens found")
    add(R, "internal/storage/distributedlock/cassandra/lock.go", U,
        "failed to forfeit resource lock: this host does not own the resource lock")
    add(R, "internal/storage/v1/badger/spanstore/reader.go", Z, "unknown encoding type: 0x03")
    add(R, "internal/storage/v1/cassandra/spanstore/dbmodel/cql_udt.go", Z, "TraceID is not a 128bit integer")
    add(R, "internal/storage/v1/cassandra/spanstore/dbmodel/ids.go", Z, "invalid TraceID length: 12")
    add(R, "internal/storage/v1/cassandra/spanstore/writer.go", T, "Failed to insert span: context deadline exceeded")
    add(R, "internal/sampling/samplingstrategy/file/provider.go", N,
        'failed to download sampling strategies: Get "http://10.0.0.12:5778/sampling": '
        "dial tcp 10.0.0.12:5778: connect: connection refused")
    add(R, "internal/sampling/samplingstrategy/file/provider.go", Z,
        "failed to unmarshal sampling strategies: invalid character '}' looking for beginning of object key string")
    add(R, "cmd/jaeger/internal/extension/jaegerquery/internal/adjuster/spaniduniquifier.go", U,
        "cannot assign unique span ID, too many spans in the trace")
    add(R, "internal/storage/v2/memory/memory.go", U, "search depth must be greater than 0 and less than max traces")
    add(R, "internal/storage/v2/clickhouse/factory.go", N,
        "failed to ping ClickHouse: dial tcp 10.0.0.12:9000: connect: connection refused")
    add(R, "internal/storage/elasticsearch/esclient/client.go", N, "request failed, status code: 503")

    # --- open-telemetry/opentelemetry-collector ---
    R = "open-telemetry/opentelemetry-collector"
    add(R, "exporter/exporterhelper/internal/queue/queue.go", U, "sending queue is full")
    add(R, "internal/memorylimiter/memorylimiter.go", U, "data refused due to high memory usage")
    add(R, "extension/xextension/storage/storage.go", S, "the storage extension has run out of available space")
    add(R, "exporter/otlphttpexporter/otlp.go", N,
        "rpc error: code = Unavailable desc = error exporting items, request to http://10.0.0.12:4318/v1/logs "
        "responded with HTTP Status Code 503")
    add(R, "exporter/otlphttpexporter/otlp.go", A,
        "Permanent error: rpc error: code = Unauthenticated desc = error exporting items, request to "
        "https://10.0.0.12:4318/v1/traces responded with HTTP Status Code 401")
    add(R, "exporter/otlphttpexporter/otlp.go", N,
        'failed to make an HTTP request: Post "http://10.0.0.12:4318/v1/metrics": '
        "dial tcp 10.0.0.12:4318: connect: connection refused")
    add(R, "exporter/otlphttpexporter/otlp.go", Z,
        "error parsing protobuf response: proto: cannot parse invalid wire-format data")
    add(R, "exporter/exporterhelper/internal/retry_sender.go", T,
        "request is cancelled or timed out: context deadline exceeded")
    add(R, "exporter/exporterhelper/internal/retry_sender.go", N,
        'no more retries left: failed to make an HTTP request: Post "http://10.0.0.12:4318/v1/logs": '
        "dial tcp 10.0.0.12:4318: connect: connection reset by peer")
    add(R, "config/configtls/configtls.go", N, "failed to load TLS cert and key: tls: private key does not match public key")
    add(R, "config/configtls/configtls.go", N, "failed to parse CA /etc/stemedb/tls/ca.pem")
    add(R, "internal/memorylimiter/config.go", U, "'limit_mib' or 'limit_percentage' must be greater than zero")
    add(R, "config/configauth/configauth.go", U, 'failed to resolve authenticator "oidc": authenticator not found')
    add(R, "exporter/exporterhelper/internal/queue/persistent_queue.go", S,
        "failed deleting item from queue, got error from storage: "
        "write /var/lib/otelcol/file_storage/exporter_otlp_traces: no space left on device")

    # --- fluent/fluent-bit (C; flb_error / flb_plg_error text as printed after the level) ---
    R = "fluent/fluent-bit"
    add(R, "src/flb_network.c", T, "[net] connection #32 timeout after 10 seconds to: 10.0.0.12:7000")
    add(R, "src/flb_network.c", N, "[net] TCP connection failed: 10.0.0.12:7000 (Connection refused)")
    add(R, "src/flb_upstream.c", T,
        "[upstream] connection #45 to tcp://10.0.0.12:9200 timed out after 10 seconds (IO timeout)")
    add(R, "src/tls/flb_tls.c", T, "[io_tls] handshake connection #45 to tcp://10.0.0.12:443 timed out after 10 seconds")
    add(R, "src/tls/openssl.c", N, "[tls] certificate verification failed, reason: certificate has expired (X509 code: 10)")
    add(R, "src/flb_io.c", N, "[io fd=45] error sending data to: tcp://10.0.0.12:24224 (Broken pipe)")
    add(R, "src/flb_http_client.c", T, "[http_client] response timeout reached (elapsed=30s, limit=30s)")
    add(R, "src/flb_http_client.c", N, "[http_client] broken connection to 10.0.0.12:9200 ?")
    add(R, "plugins/out_forward/forward.c", A,
        "[output:forward:forward.0] failed authorization: username/password mismatch")
    add(R, "plugins/out_forward/forward.c", A,
        "[output:forward:forward.0] PONG shared_key digest mismatch: server does not hold the same shared_key", True)
    add(R, "plugins/in_forward/fw_prot.c", A, "[input:forward:forward.0] user authentication is failed")
    add(R, "src/flb_input_chunk.c", S, "[input chunk] could not create chunk file: tail.0:1-1714557600.123456789.flb")
    add(R, "src/flb_input_chunk.c", U, "[input] tail.0 paused (storage buf overlimit 128/128)")
    add(R, "src/flb_input_chunk.c", Z, "[input chunk] discarding corrupted chunk")
    add(R, "plugins/in_tail/tail_db.c", S, "[input:tail:tail.0] db: could not acquire lock")
    add(R, "plugins/out_http/http.c", N, "[output:http:http.0] 10.0.0.12:9200, HTTP status=503")

    # --- influxdata/telegraf ---
    R = "influxdata/telegraf"
    add(R, "models/buffer_disk.go", Z,
        'wal file is corrupt, you have to manually delete the wal at "/var/lib/telegraf/buffer/outputs.influxdb-8f3c2a1b" '
        "and restart Telegraf")
    add(R, "models/buffer_disk.go", S,
        "failed to open wal file: mkdir /var/lib/telegraf/buffer/outputs.influxdb-8f3c2a1b: permission denied")
    add(R, "persister/persister.go", S,
        'creating states file "/var/lib/telegraf/statefile.json" failed: '
        "open /var/lib/telegraf/statefile.json: no space left on device")
    add(R, "plugins/parsers/influx/parser.go", Z, 'metric parse error: expected field at 1:20: "cpu,host=node2 usage"')
    add(R, "plugins/outputs/influxdb/http.go", N,
        'failed doing req: Post "http://10.0.0.12:8086/write?db=telegraf": dial tcp 10.0.0.12:8086: connect: connection refused')
    add(R, "models/running_output.go", U, "Metric buffer overflow; 1200 metrics have been dropped")
    add(R, "agent/agent.go", T,
        "[inputs.procstat] Collection took longer than expected; not complete after interval of 10s")
    add(R, "agent/agent.go", T, '[agent] ["outputs.influxdb_v2"] did not complete within its flush interval')
    add(R, "internal/internal.go", T, "command timed out")
    add(R, "internal/http.go", A, "invalid token: token signature is invalid: signature is invalid", True)
    add(R, "internal/http.go", A, "token must contain a string username")
    add(R, "plugins/common/tls/server.go", N, "peer certificate not in allowed DNS Name list: [node2.stemedb.internal]")
    add(R, "plugins/outputs/influxdb_v2/http.go", A,
        "failed to write metrics to telegraf (401 Unauthorized): unauthorized: unauthorized access")
    add(R, "plugins/outputs/influxdb_v2/http.go", N,
        "failed to write to telegraf; will retry in 30s. (503 Service Unavailable)")

# Container runtimes and tooling: containers/podman, containers/crun (C), kata-containers/kata-containers (Rust agent), cri-o/cri-o, containers/buildah; snapshots via fetch (git show HEAD:<path>), each message read in the file named per entry (Go errors.New/fmt.Errorf chains, crun_make_error "msg: strerror", anyhow!/#[error] texts), vendored code never used as a source, placeholders and wrapped inner errors filled plausibly.
def _part_ae(add):
    _podman(add)
    _crun(add)
    _kata_agent(add)
    _crio(add)
    _buildah(add)


def _podman(add):
    # libpod sentinel errors (libpod/define/errors.go) and the state/lock/conmon code that wraps them.
    R = "containers/podman"
    for typ, m in [(T, "healthcheck command exceeded timeout"),
                   (U, "container state improper"),
                   (U, "deadlock due to lock mismatch"),
                   (U, "cancelled by user")]:
        add(R, "libpod/define/errors.go", typ, m)
    for typ, m in [(S, "initializing sqlite database: unable to open database file: no such file or directory"),
                   (S, "committing transaction: database is locked"),
                   (Z, "unmarshalling container state json: unexpected end of JSON input"),
                   (U, "no container with name or ID \"stemedb-0\" found: no such container")]:
        add(R, "libpod/sqlite_state.go", typ, m)
    add(R, "libpod/boltdb_state.go", S, "boltdb database /var/lib/containers/storage/libpod/bolt_state.db does not exist")
    add(R, "libpod/lock/shm/shm_lock.go", S, "failed to open 2048 locks in /libpod_lock: permission denied")
    add(R, "libpod/lock/shm/shm_lock.go", U, "allocation failed; exceeded num_locks (2048)")
    add(R, "libpod/runtime.go", S, "creating runtime static files directory \"/var/lib/containers/storage/libpod\": mkdir /var/lib/containers/storage/libpod: no space left on device")
    add(R, "libpod/oci_conmon_common.go", T, "container creation timeout: internal libpod error")
    add(R, "libpod/oci_conmon_common.go", T, "timeout waiting for \"/var/lib/containers/storage/overlay-containers/4f1c2a9e7b3d/userdata/ctl\"")
    for typ, m in [(N, "unable to connect to Podman socket: Get \"http://d/v5.4.0/libpod/_ping\": dial unix /run/podman/podman.sock: connect: connection refused"),
                   (N, "unable to dial to proxy socks5://10.0.0.12:1080, dial tcp 10.0.0.12:1080: connect: connection refused"),
                   (Z, "value of CONTAINER_HOST is not a valid url: tcp//10.0.0.12:7000: parse \"tcp//10.0.0.12:7000\": first path segment in URL cannot contain colon"),
                   (A, "unable to read TLS key pair: tls: private key does not match public key")]:
        add(R, "pkg/bindings/connection.go", typ, m)
    add(R, "pkg/util/tlsutil/tls.go", Z, "reading cert bundle /etc/containers/certs.d/10.0.0.12:5000/ca.crt: non-PEM data found")


def _crun(add):
    # crun: libcrun errors are printed "<msg>: <strerror(status)>" (src/libcrun/error.c).
    R = "containers/crun"
    for typ, m in [(S, "open `pids.max` for writing: Read-only file system"),
                   (S, "create directory `/run/crun/stemedb-0`: Permission denied"),
                   (N, "connect socket to `/run/stemedb/console.sock`: Connection refused"),
                   (N, "bind socket to `/run/crun/stemedb-0/notify/notify`: Address already in use"),
                   (N, "read FD: connection closed"),
                   (T, "timeout expired for `/usr/libexec/oci/hooks.d/stemedb-prestart`"),
                   (Z, "cannot parse the data: unexpected character at position 117")]:
        add(R, "src/libcrun/utils.c", typ, m)
    for typ, m in [(S, "cannot open status file: Permission denied"),
                   (S, "cannot rename status file: Read-only file system"),
                   (Z, "`pid` is not a numeric value in `/run/crun/stemedb-0/status`"),
                   (U, "container `stemedb-0` already exists"),
                   (U, "invalid character `/` in the container ID `stemedb/0`")]:
        add(R, "src/libcrun/status.c", typ, m)
    for typ, m in [(U, "the container `stemedb-0` is not running"),
                   (N, "read from sync socket: Connection reset by peer")]:
        add(R, "src/libcrun/container.c", typ, m)
    add(R, "src/libcrun/cgroup-systemd.c", T, "sd-bus call: Connection timed out: Connection timed out")
    add(R, "src/libcrun/linux.c", S, "mkdir `/run/crun/stemedb-0/notify`: Disk quota exceeded")


def _kata_agent(add):
    # kata-agent (src/agent): anyhow!/bail! texts, #[error] texts, and ttrpc statuses built with format!.
    R = "kata-containers/kata-containers"
    add(R, "src/agent/src/uevent.rs", T, "Timeout after 3s waiting for uevent ScsiBlockMatcher { scsi_path_suffix: \"/0:0:0:2\" }")
    add(R, "src/agent/src/device/mod.rs", T, "failed to inject devices after CDI timeout of 100 seconds")
    add(R, "src/agent/src/rpc.rs", T, "timeout waiting for stdin writer to complete")
    add(R, "src/agent/src/rpc.rs", S, "Failed to read termination log: Permission denied (os error 13)")
    add(R, "src/agent/src/policy.rs", A, "CreateContainerRequest is blocked by policy: CreateContainerRequest: p_namespace = default i_namespace = kube-system")
    add(R, "src/agent/src/sandbox.rs", U, "Process not found: init process missing")
    add(R, "src/agent/src/watcher.rs", U, "Too many file system entries within to watch within: /run/kata-containers/shared/containers/watchable/stemedb-0/config (24 must be < 16)")
    add(R, "src/agent/src/mount.rs", S, "read mount file /proc/self/mountstats: No such file or directory (os error 2)")
    add(R, "src/agent/rustjail/src/mount.rs", Z, "failed to parse mountinfo file")
    add(R, "src/agent/rustjail/src/container.rs", U, "container status is: Running, not paused")
    add(R, "src/agent/rustjail/src/container.rs", U, "exec_id 'stemedb-0-exec-7' already exists")
    add(R, "src/agent/rustjail/src/container.rs", S, "fail to create container directory /run/kata-containers/stemedb-0: No space left on device (os error 28)")
    add(R, "src/agent/src/initdata.rs", Z, "parse initdata failed: TOML parse error at line 2, column 11")
    add(R, "src/agent/src/initdata.rs", U, "Unsupported hash algorithm sha1")
    add(R, "src/agent/vsock-exporter/src/lib.rs", N, "I/O error: Transport endpoint is not connected (os error 107)")


def _crio(add):
    # CRI-O: errors returned to the kubelet over CRI (Go fmt.Errorf chains).
    R = "cri-o/cri-o"
    add(R, "server/utils.go", T, "waited too long for request to timeout or container k8s_stemedb-api_stemedb-0_default_8d2f1c7a_0 to be created")
    add(R, "internal/oci/runtime_oci.go", T, "create container timeout")
    add(R, "internal/oci/runtime_vm.go", T, "Container creation timeout (4m0s)")
    add(R, "internal/oci/runtime_vm.go", T, "StopContainer with signal terminated timed out after (30s)")
    add(R, "server/image_pull.go", N, "RegistryUnavailable: pinging container registry quay.io: Get \"https://quay.io/v2/\": dial tcp 10.0.0.12:443: connect: connection refused")
    add(R, "internal/storage/image.go", A, "checking signature of \"quay.io/stemedb/api:1.4\": verifying signatures: SignatureValidationFailed: cryptographic signature verification failed: invalid signature when validating ASN.1 encoded signature", True)
    add(R, "internal/storage/image.go", A, "SignatureValidationFailed: Source image rejected: A signature was required, but no signature exists")
    add(R, "internal/lib/container.go", U, "specified container not found: 4f1c2a9e7b3d")
    add(R, "internal/oci/container.go", U, "container is already stopped")
    add(R, "server/sandbox_run_linux.go", U, "pod sandbox with name \"k8s_POD_stemedb-0_default_8d2f1c7a_0\" already exists")
    add(R, "internal/lib/container_server.go", S, "failed to write container \"4f1c2a9e7b3d\" state to disk: open /var/lib/containers/storage/overlay-containers/4f1c2a9e7b3d/userdata/state.json: no space left on device")
    add(R, "internal/lib/container_server.go", Z, "error unmarshalling sandbox spec: invalid character '\\x00' looking for beginning of value")
    add(R, "internal/oci/runtime_oci.go", Z, "failed to decode container status for 4f1c2a9e7b3d: invalid character 'c' looking for beginning of value")
    add(R, "internal/oci/runtime_oci.go", S, "failed to read exit file: read /var/run/crio/exits/4f1c2a9e7b3d: input/output error")
    add(R, "internal/oci/runtime_oci.go", N, "failed to connect to container 4f1c2a9e7b3d attach socket: dial unixpacket /var/run/crio/4f1c2a9e7b3d/attach: connect: connection refused")
    add(R, "internal/oci/runtime_oci_linux.go", N, "failed to connect to localhost:18182 inside namespace 4f1c2a9e7b3d: dial tcp4 127.0.0.1:18182: connect: connection refused")
    add(R, "internal/config/seccomp/notifier.go", N, "listen for seccomp socket: listen unix /var/run/crio/seccomp/4f1c2a9e7b3d.sock: bind: address already in use")
    add(R, "pkg/config/config.go", Z, "unable to decode configuration /etc/crio/crio.conf: toml: line 12 (last key \"crio.runtime.default_runtime\"): expected value but found \"crun\" instead")
    add(R, "pkg/config/config.go", U, "default_runtime set to \"kata\", but no runtime entry table [crio.runtime.runtimes.kata] was found")
    add(R, "internal/ociartifact/datastore/store.go", U, "exceeded maximum allowed artifact size of 1048576 bytes")


def _buildah(add):
    # buildah: library errors (add, copier, digester, builder state, commit, mkcw attestation).
    R = "containers/buildah"
    add(R, "add.go", Z, "unexpected response digest for \"https://downloads.stemedb.io/stemedb-1.4.tar.gz\": sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08, want sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae")
    add(R, "add.go", N, "invalid response status 503")
    add(R, "digester.go", Z, "filtering content for \"usr/bin/stemedb-api\": expected 8392704 bytes, got 4096 bytes")
    for typ, m in [(S, "copier: put: error setting permissions on \"/var/lib/stemedb\" to 0755: operation not permitted"),
                   (S, "copier: put: error writing file \"/var/lib/stemedb/data/000123.sst\": write /var/lib/stemedb/data/000123.sst: no space left on device"),
                   (Z, "extracting contents of archive /tmp/stemedb-1.4.tar.gz: incorrect length for \"usr/bin/stemedb-api\""),
                   (Z, "decompressing /tmp/stemedb-1.4.tar.gz: gzip: invalid header")]:
        add(R, "copier/copier.go", typ, m)
    add(R, "buildah.go", Z, "parsing \"\", read from \"/var/lib/containers/storage/overlay-containers/4f1c2a9e7b3d/userdata/buildah.json\": unexpected end of JSON input")
    add(R, "buildah.go", S, "saving builder state to \"/var/lib/containers/storage/overlay-containers/4f1c2a9e7b3d/userdata/buildah.json\": open /var/lib/containers/storage/overlay-containers/4f1c2a9e7b3d/userdata/.tmp-buildah.json123: read-only file system")
    add(R, "commit.go", U, "commit access to registry for \"docker://quay.io/stemedb/api:1.4\" is blocked by configuration")
    add(R, "imagebuildah/executor.go", U, "building: no stages to build")
    add(R, "imagebuildah/build.go", U, "base images have no platforms in common")
    add(R, "run_common.go", N, "accepting socket descriptor connection: accept unix /tmp/buildah-ssh-2718/agent.sock: use of closed network connection")
    add(R, "run_linux.go", U, "invalid format on container you must recreate the container")
    add(R, "internal/mkcw/workload.go", Z, "expected magic string KRUN in \"/var/lib/stemedb/disk.img\", found \"\\x00\\x00\\x00\\x00\")")
    add(R, "internal/mkcw/attest.go", A, "registering workload: received server status 401 (\"Unauthorized\")")
    add(R, "internal/mkcw/attest.go", T, "registering workload: Post \"https://kbs.stemedb.internal:8080/kbs/v0/register_workload\": dial tcp 10.0.0.12:8080: i/o timeout")

# Storage and disk tooling (nvme-cli/libnvme, btrfs-progs, lvm2, mdadm, udisks): snapshots via fetch, each message read in the file named per entry.
def _part_af(add):
    # --- nvme-cli (with its in-tree libnvme). Status strings are the libnvme
    # tables, printed by src/nvme-print-stdout.c as "NVMe status: %s(%#x)".
    R = "linux-nvme/nvme-cli"
    P = "libnvme/src/nvme/util.c"
    for typ, m in [
        (S, "NVMe status: Write Fault: The write data could not be committed to the media(0x280)"),
        (S, "NVMe status: Unrecovered Read Error: The read data could not be recovered from the media(0x281)"),
        (A, "NVMe status: Access Denied: Access to the namespace and/or LBA range is denied due to lack of access rights(0x286)"),
        (U, "NVMe status: Invalid Field in Command: A reserved coded value or an unsupported value in a defined field(0x4002)"),
        (S, "NVMe status: Data Transfer Error: Transferring the data or metadata associated with a command experienced an error(0x4)"),
        (T, "NVMe status: Keep Alive Timer Expired: The Keep Alive Timer expired(0x19)"),
        (S, "NVMe status: Namespace is Write Protected: The command is prohibited while the namespace is write protected(0x20)"),
        (N, "NVMe status: Transient Transport Error: A transient transport error was detected(0x22)"),
        (U, "NVMe status: LBA Out of Range: The command references an LBA that exceeds the size of the namespace(0x80)"),
        (S, "NVMe status: Capacity Exceeded: Execution of the command has caused the capacity of the namespace to be exceeded(0x81)"),
        (U, "NVMe status: Invalid Format: The LBA Format specified is not supported(0x10a)"),
        (U, "NVMe status: Sanitize In Progress: The requested function is prohibited while a sanitize operation is in progress(0x1d)"),
    ]:
        add(R, P, typ, m)
    for typ, m in [
        (N, "failed to resolve host 'nvme-target.stemedb.internal': Name or service not known"),
        (N, "failed to connect: connection refused"),
        (A, "failed to connect: TLS PSK or KX-HMAC-CHAP secret not available"),
        (U, "already connected to hostnqn=nqn.2014-08.org.nvmexpress:uuid:5f1c2a7e-3b9d-4e61-a0c8-1d2e3f4a5b6c,"
            "nqn=nqn.2024-01.io.stemedb:data1,transport=tcp,traddr=10.0.0.12,trsvcid=4420"),
    ]:
        add(R, "src/fabrics.c", typ, m)
    add(R, "libnvme/src/nvme/fabrics.c", S, "Failed to open /dev/nvme-fabrics: No such file or directory")
    # fabrics status table: only reached through libnvme_status_to_string(status, true), returned bare
    add(R, P, A, "Authentication Required: NVMe in-band authentication is required and the queue has not yet been authenticated")

    # --- btrfs-progs (error() prints "ERROR: "; printk lines and the kernel-shared
    # handle_fs_error line are printed bare) ---
    R = "kdave/btrfs-progs"
    P = "kernel-shared/disk-io.c"
    for typ, m in [
        (Z, "checksum verify failed on 30556160 wanted 0x8941f998 found 0x1b2c3d4e"),
        (Z, "parent transid verify failed on 30556160 wanted 2147 found 2139"),
        (Z, "bad tree block 30556160, bytenr mismatch, want=30556160, have=0"),
        (Z, "ERROR: superblock checksum mismatch: wanted 0x3f1a2b7c found 0x00000000"),
        (Z, "ERROR: superblock magic doesn't match"),
        (S, "ERROR: cannot open '/dev/nvme1n1': Permission denied"),
    ]:
        add(R, P, typ, m)
    for typ, m in [
        (S, "ERROR: devid 2 is missing or not writable"),
        (S, "ERROR: failed to write super blocks: -5 (Input/output error)"),
    ]:
        add(R, "kernel-shared/volumes.c", typ, m)
    for typ, m in [
        (S, "BTRFS: error (device nvme1n1 state EA) in btrfs_commit_transaction:2498: errno=-28 No space left"),
        (S, "BTRFS: error (device nvme1n1 state E) in btrfs_finish_ordered_io:3121: errno=-5 IO failure"),
        (Z, "BTRFS: error (device nvme1n1 state EA) in __btrfs_free_extent:3072: errno=-117 Filesystem corrupted"),
    ]:
        add(R, "kernel-shared/messages.c", typ, m)
    add(R, "cmds/filesystem.c", S, "ERROR: unable to resize '/dev/nvme1n1': not enough free space")
    add(R, "cmds/balance.c", S, "ERROR: error during balancing '/var/lib/stemedb': No space left on device")
    add(R, "cmds/device.c", U, "ERROR: error removing device '/dev/nvme2n1': unable to go below two devices on raid1")
    add(R, "cmds/scrub.c", U, "ERROR: scrub already running")
    add(R, "cmds/replace.c", U, "ERROR: device replace on '/var/lib/stemedb' already started")
    add(R, "cmds/qgroup.c", U, "ERROR: can't list qgroups: quotas not enabled")
    add(R, "common/open-utils.c", S, "ERROR: not a btrfs filesystem: /var/lib/stemedb")

    # --- lvm2 (log_error / log_warn text; libdm ioctl failures; dmeventd thin plugin) ---
    R = "lvmteam/lvm2"
    add(R, "lib/metadata/lv_manip.c", S, "Insufficient free space: 2560 extents needed, but only 1023 available")
    for typ, m in [
        (S, "Volume group \"stemedb_vg\" not found, is inconsistent or has PVs missing."),
        (S, "WARNING: Couldn't find device with uuid 3fHk2a-Lq0P-9xYz-Ab1C-dE2f-Gh3I-jK4lMn."),
        (S, "Can't get lock for stemedb_vg."),
    ]:
        add(R, "lib/metadata/metadata.c", typ, m)
    add(R, "lib/config/config.c", Z, "WARNING: Checksum error on /dev/nvme1n1 at offset 6656.")
    for typ, m in [
        (Z, "WARNING: Wrong magic number in mda header on /dev/nvme1n1 at 4096."),
        (Z, "Error parsing metadata for VG stemedb_vg."),
    ]:
        add(R, "lib/format_text/format-text.c", typ, m)
    for typ, m in [
        (S, "Can't open /dev/nvme1n1 exclusively.  Mounted filesystem?"),
        (S, "Error reading device /dev/nvme1n1 at 4096 length 512."),
    ]:
        add(R, "lib/label/label.c", typ, m)
    add(R, "lib/activate/activate.c", S, "Logical volume stemedb_vg/data in use.")
    add(R, "lib/activate/activate.c", U,
        "Refusing activation of partial LV stemedb_vg/data.  Use '--activationmode partial' to override.")
    for typ, m in [
        (T, "Global lock failed: io timeout"),
        (T, "VG stemedb_vg lock failed: io timeout"),
        (S, "VG stemedb_vg lock failed: held by other host (host_id 2)"),
        (U, "Invalid host_id 300, use 1-250 (sanlock_align_size is 1MiB)."),
    ]:
        add(R, "lib/locking/lvmlockd.c", typ, m)
    add(R, "lib/misc/lvm-flock.c", S, "/run/lock/lvm/V_stemedb_vg: flock failed: Resource temporarily unavailable")
    add(R, "daemons/dmeventd/plugins/thin/dmeventd_thin.c", S,
        "WARNING: Thin pool stemedb_vg-pool-tpool data is now 95.00% full.")
    add(R, "libdm/ioctl/libdm-iface.c", S,
        "device-mapper: reload ioctl on stemedb_vg-data LVM-k3Jc0DqXbT6n1yV0aR9fZ2mW8sL4pE7uNq5iO0hGxYcN2vB6tM1rK9jA3dF8wS5e"
        "(253:3) failed: Device or resource busy")

    # --- mdadm (pr_err prints "mdadm: "; the monitor's syslog events are bare) ---
    R = "md-raid-utilities/mdadm"
    add(R, "super1.c", Z, "mdadm: No super block found on /dev/nvme2n1 (Expected magic a92b4efc, got 00000000)")
    for typ, m in [
        (S, "mdadm: Not enough devices to start the array."),
        (S, "mdadm: failed to RUN_ARRAY /dev/md0: Input/output error"),
        (S, "mdadm: /dev/nvme2n1 is busy - skipping"),
        (U, "mdadm: /dev/md0 already active, cannot restart it!"),
        (S, "mdadm: Could not re-write superblock on /dev/nvme2n1."),
    ]:
        add(R, "Assemble.c", typ, m)
    add(R, "Grow.c", Z, "mdadm: Bad backup-metadata checksum on /var/lib/mdadm/backup-md0")
    add(R, "Grow.c", U, "mdadm: Operation not supported for array level 0")
    add(R, "Create.c", S, "mdadm: no free space left on /dev/nvme2n1")
    add(R, "Create.c", U, "mdadm: another array by this name is already running.")
    add(R, "util.c", T, "mdadm: timeout waiting for /dev/md0")
    add(R, "Manage.c", S, "mdadm: failed to completely stop /dev/md0: Device is busy")
    add(R, "Manage.c", S, "mdadm: hot remove failed for /dev/nvme2n1: Device or resource busy")
    add(R, "bitmap.c", Z, "mdadm: invalid bitmap magic 0x0, the bitmap file appears to be corrupted")
    for typ, m in [
        (S, "Fail event detected on md device /dev/md0, component device /dev/nvme2n1"),
        (S, "DegradedArray event detected on md device /dev/md0"),
        (S, "DeviceDisappeared event detected on md device /dev/md0"),
    ]:
        add(R, "mdmonitor.c", typ, m)

    # --- udisks (GError texts returned over D-Bus, and udisksd's own log lines) ---
    R = "storaged-project/udisks"
    for typ, m in [
        (S, "Error mounting /dev/nvme1n1 at /run/media/root/stemedb: can't read superblock on /dev/nvme1n1"),
        (S, "Error unmounting /dev/nvme1n1: target is busy"),
        (U, "Device `/dev/nvme1n1' is not mounted"),
    ]:
        add(R, "src/udiskslinuxfilesystem.c", typ, m)
    add(R, "src/udisksdaemonutil.c", A, "Not authorized to perform operation")
    add(R, "src/udisksdaemonutil.c", A,
        "Not authorized to perform operation (polkit authority not available and caller is not uid 0)")
    add(R, "src/udisksdaemon.c", T, "Timed out waiting for object")
    add(R, "src/udiskslinuxencrypted.c", A, "No key available to unlock device /dev/nvme1n1")
    add(R, "src/udiskslinuxencryptedhelpers.c", U, "Unknown or unsupported encryption type specified: 'luks3'")
    for typ, m in [
        (S, "Error opening device /dev/nvme1n1: Permission denied"),
        (S, "Error writing 1048576 bytes to /dev/nvme1n1: Input/output error"),
        (U, "Job was canceled"),
    ]:
        add(R, "src/udiskslinuxblock.c", typ, m)
    add(R, "src/udiskslinuxmdraid.c", U, "RAID Array is already running")
    add(R, "src/udiskslinuxnvmecontroller.c", U, "There is already device self-test running")
    add(R, "src/udiskslinuxdriveata.c", U, "SMART is not supported or enabled")
    add(R, "src/main.c", N, "Failed to connect to the system message bus")
    add(R, "src/udiskslinuxdrive.c", Z,
        "Error parsing int32 key StandbyTimeout in group ATA in drive config file "
        "/etc/udisks2/Samsung_SSD_980_PRO_1TB-S5GXNX0T123456.conf: "
        "Value \u201cfast\u201d cannot be interpreted as a number. (g-key-file-error-quark, 5)")
    add(R, "src/udiskslinuxmanagernvme.c", T, "Error waiting for NVMeoF controller object: Timed out waiting for object")

def holdout12(add):
    for part in (_part_ac, _part_ad, _part_ae, _part_af):
        part(add)
