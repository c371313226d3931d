"""The twenty-second blind batch: wordings from sources in no earlier batch,
gathered after the twentieth and twenty-first joined the catalogue, at the
same time as the twenty-third. Four helper sessions read them blind, with the
same brief and conventions as the earlier batches. Each wording was read in
the file named beside it; fills not read in the source are named in each
part's note. build.py adds it to the catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401

# Observability backends and agents: parseable, openobserve, client_rust, pyroscope, alloy read from snapshots via fetch (git show HEAD:<path>); getsentry/relay and DataDog/datadog-agent (too large for fetch) read file by file with read_file; each message read in the file named per entry, placeholders filled.
def _part_fa(add):
    # --- getsentry/relay (Rust) ---
    R = "getsentry/relay"
    for typ, m in [(A, "signature is too old"),
                   (A, "bad key encoding"),
                   (Z, "invalid relay version string")]:
        add(R, "relay-auth/src/lib.rs", typ, m)
    add(R, "relay-auth/src/lib.rs", A, "invalid signature on data", True)
    for typ, m in [(A, "attempted to send upstream request without credentials configured"),
                   (N, "could not send request to upstream"),
                   (N, "upstream request returned error 502 Bad Gateway"),
                   (A, "upstream permanently denied authentication")]:
        add(R, "relay-server/src/services/upstream.rs", typ, m)
    for typ, m in [(S, "failed to write to disk: error returned from database: (code: 13) database or disk is full"),
                   (S, "failed to create the spool file: Permission denied (os error 13)"),
                   (S, "failed to update the disk usage asynchronously")]:
        add(R, "relay-server/src/services/buffer/envelope_store/sqlite.rs", typ, m)
    for typ, m in [(S, "could not open config file (file /etc/relay/config.yml)"),
                   (Z, "could not parse yaml config file (file /etc/relay/config.yml)")]:
        add(R, "relay-config/src/config.rs", typ, m)
    for typ, m in [(Z, "invalid JSON data: Error(\"EOF while parsing a value\", line: 1, column: 0)"),
                   (U, "envelope exceeded size limits for type 'attachment' (https://develop.sentry.dev/sdk/envelopes/#size-limits)")]:
        add(R, "relay-server/src/endpoints/common.rs", typ, m)
    add(R, "relay-redis/src/real.rs", N, "failed to communicate with redis")
    add(R, "relay-kafka/src/producer/mod.rs", N, "failed to send kafka message")

    # --- parseablehq/parseable (Rust) ---
    P = "parseablehq/parseable"
    for typ, m, p in [
        (N, "Connection Error: error sending request for url (http://10.0.0.12:9000/parseable/.parseable.json)", "src/storage/mod.rs"),
        (U, "Stream not found: app-logs", "src/parseable/streams.rs"),
        (Z, "failed to parse manifest: expected value at line 1 column 1", "src/catalog/manifest.rs"),
        (T, "deadline has elapsed: 300s", "src/query/mod.rs"),
        (A, "Either OpenAI key was not provided or was invalid", "src/handlers/http/llm.rs"),
        (A, "User is not authorized to run this query", "src/alerts/mod.rs"),
        (U, "Ingestion is not allowed in Query mode", "src/handlers/http/ingest.rs"),
        (Z, "Could not deserialize into JSON object, EOF while parsing an object at line 1 column 27", "src/handlers/http/ingest.rs"),
        (Z, "Field p_timestamp is not in the correct datetime format", "src/utils/json/flatten.rs"),
        (N, "failed to resolve target host hooks.internal.example :failed to lookup address information: Name or service not known", "src/alerts/outbound_http_policy.rs"),
        (U, "Starting Standalone Mode is not permitted when Distributed Mode is enabled. Please restart the server with Distributed Mode enabled.", "src/option.rs"),
        (Z, "Error parsing time: input contains invalid characters", "src/utils/time.rs"),
        (A, "Unauthorized: Missing user identity", "src/apikeys.rs"),
    ]:
        add(P, p, typ, m)

    # --- openobserve/openobserve (Rust) ---
    O = "openobserve/openobserve"
    for typ, m in [(Z, "Unable to read entry: Checksum mismatch: expected 2918445923, actual 1067126539, skip the entry"),
                   (S, "Unable to open the wal file err: Failed to open file /data/openobserve/wal/logs/default/app/7219874.wal: Permission denied (os error 13), skip"),
                   (Z, "Unable to open the wal file err: FileIdentifierMismatch, skip")]:
        add(O, "src/ingester/src/wal.rs", typ, m)
    for typ, m in [(S, "Failed to create file /data/openobserve/wal/files/default/logs/app/7219874.parquet: No space left on device (os error 28)"),
                   (S, "DiskCircuitBreakerError"),
                   (U, "MemoryTableOverflowError")]:
        add(O, "src/ingester/src/errors.rs", typ, m)
    for typ, m in [(Z, "puffin footer magic mismatch"),
                   (Z, "file files/default/logs/app/2024/05/30/10/7201867234.parquet is corrupted in blob store")]:
        add(O, "src/infra/src/cache/file_data/mod.rs", typ, m)
    add(O, "src/infra/src/db/nats.rs", T, "nats lock for key: /nodes/node2, acquire timeout in 30s")
    add(O, "src/config/src/utils/encryption.rs", A, "Decryption Error: Decryption failed : aead::Error", True)
    add(O, "src/config/src/utils/encryption.rs", A, "invalid master encryption key: expected 64 bytes, got 32")
    for typ, m in [(A, "Token can't be verified"),
                   (A, "No matching JWK found for the given kid"),
                   (T, "ErrorCode# {\"code\":20010,\"inner\":\"query timed out\",\"message\":\"Search query timed out\"}")]:
        add(O, "src/infra/src/errors/mod.rs", typ, m)
    add(O, "src/api/grpc/src/handler/grpc/auth/mod.rs", A, "Internal grpc token is set, but auth token is empty")

    # --- prometheus/client_rust (Rust) ---
    C = "prometheus/client_rust"
    add(C, "src/encoding/prometheus_protobuf.rs", Z, "failed to encode metrics into Prometheus protobuf")
    add(C, "src/metrics/family.rs", U, "Metric to exist after creating it.")
    add(C, "src/registry.rs", U, "sub_registries not to be empty.")

    # --- grafana/pyroscope (Go) ---
    PY = "grafana/pyroscope"
    for typ, m, p in [
        (T, "log store write timed out after 5s", "pkg/metastore/raftnode/logstore.go"),
        (U, "replica has fallen too far behind", "pkg/metastore/raftnode/node_read.go"),
        (U, "failed to add node, we are not the leader", "pkg/metastore/raftnode/node_admin.go"),
        (Z, "metadata: invalid metadata: invalid CRC", "pkg/block/metadata/metadata.go"),
        (Z, "invalid object too small", "pkg/block/object.go"),
        (Z, "file size is too small to contain a footer", "pkg/block/section_profiles.go"),
        (Z, "invalid command format; expected at least 4 bytes", "pkg/metastore/fsm/log_entry.go"),
        (S, "failed to open db: open /data/metastore/raft/metastore.boltdb: permission denied", "pkg/metastore/fsm/boltdb.go"),
        (S, "failed to compact boltdb; skipping compaction", "pkg/metastore/fsm/boltdb.go"),
        (N, "failed to resolve bootstrap peers after 10 retries lookup pyroscope-metastore-headless.pyroscope.svc.cluster.local on 10.96.0.10:53: no such host", "pkg/metastore/raftnode/node_bootstrap.go"),
        (U, "the profile with labels '{service_name=\"checkout\"}' exceeds the size limit (max_profile_size_byte, actual: 5242880, limit: 4194304)", "pkg/validation/validate.go"),
        (U, "sample rate must be positive", "pkg/ingester/pyroscope/ingest_handler.go"),
    ]:
        add(PY, p, typ, m)

    # --- grafana/alloy (Go) ---
    AL = "grafana/alloy"
    for typ, m, p in [
        (T, "task shutdown deadline exceeded", "internal/runtime/internal/controller/scheduler.go"),
        (T, "worker pool did not stop within 30s timeout", "internal/runtime/internal/worker/worker_pool.go"),
        (U, "worker queue is full", "internal/runtime/internal/worker/worker_pool.go"),
        (U, "lokiWriter failed to forward entry, channel was blocked", "internal/runtime/logging/logger.go"),
        (N, "failed to append CA from PEM with path /etc/alloy/tls/ca.crt", "internal/service/cluster/cluster.go"),
        (N, "failed to load X509 key pair: tls: private key does not match public key", "internal/service/cluster/cluster.go"),
        (N, "failed to execute request: 502 Bad Gateway", "internal/service/graphql/client/graphql_client.go"),
        (N, "failed to push to endpoint http://pyroscope.monitoring.svc:4040 (3 retries): unavailable: dial tcp 10.0.0.12:4040: connect: connection refused", "internal/component/pyroscope/write/write.go"),
        (N, "failed to ping database: dial tcp 10.0.0.12:3306: connect: connection refused", "internal/component/database_observability/mysql/component.go"),
        (T, "processing timeout exceeded", "internal/component/loki/secretfilter/secretfilter.go"),
        (N, "unexpected status code 503 Service Unavailable", "internal/component/remote/http/http.go"),
        (Z, "log line does not match expected format", "internal/component/database_observability/postgres/collector/logs.go"),
    ]:
        add(AL, p, typ, m)

    # --- DataDog/datadog-agent (Go) ---
    D = "DataDog/datadog-agent"
    for typ, m in [(A, "No valid api key found, reporting the forwarder as unhealthy."),
                   (A, "api_key '***************************8f3a2' for domain https://api.datadoghq.com is invalid")]:
        add(D, "comp/forwarder/defaultforwarder/forwarder_health.go", typ, m)
    for typ, m in [(N, "error while sending transaction, rescheduling it: Post \"https://7-52-0-app.agent.datadoghq.com/api/v2/series\": dial tcp 10.0.0.12:443: connect: connection refused"),
                   (A, "API Key invalid (403 response), dropping transaction for https://7-52-0-app.agent.datadoghq.com/api/v2/series"),
                   (N, "error \"503 Service Unavailable\" while sending transaction to \"https://7-52-0-app.agent.datadoghq.com/api/v2/series\", rescheduling it: \"\""),
                   (U, "Error code \"413 Request Entity Too Large\" received while sending transaction to \"https://7-52-0-app.agent.datadoghq.com/api/v1/check_run\": \"\", dropping it")]:
        add(D, "comp/forwarder/defaultforwarder/transaction/transaction.go", typ, m)
    for typ, m in [(S, "Maximum disk space for retry transactions is reached. Removing /opt/datadog-agent/run/transactions_to_retry/2024_05_30__10_15_42_3581723049.retry"),
                   (S, "Cannot read the file /opt/datadog-agent/run/transactions_to_retry/2024_05_30__10_15_42_3581723049.retry: open /opt/datadog-agent/run/transactions_to_retry/2024_05_30__10_15_42_3581723049.retry: permission denied"),
                   (Z, "Cannot deserialize the content of file /opt/datadog-agent/run/transactions_to_retry/2024_05_30__10_15_42_3581723049.retry: proto: cannot parse invalid wire-format data"),
                   (U, "The payload is too big. Current:5242880 Maximum:4194304")]:
        add(D, "comp/forwarder/defaultforwarder/internal/retry/on_disk_retry_queue.go", typ, m)
    add(D, "pkg/logs/tailers/file/tailer_nix.go", S, "Unexpected error occurred while reading file: read /var/log/app/app.log: input/output error")
    for typ, m in [(T, "error while running '/opt/datadog-agent/bin/secret-backend': command timeout"),
                   (Z, "could not unmarshal 'secret_backend_command' output: invalid character 'E' looking for beginning of value")]:
        add(D, "comp/core/secrets/impl/fetch_secret.go", typ, m)
    for typ, m in [(S, "invalid executable '/opt/datadog-agent/bin/secret-backend', 'group' or 'others' have rights on it"),
                   (S, "invalid executable '/etc/datadog-agent/secret.sh': can't stat it: no such file or directory")]:
        add(D, "comp/core/secrets/impl/check_rights_nix.go", typ, m)

# Rust lakehouse / distributed query engines (chroma, hudi-rs, paimon-rust, sail, datafusion-comet, datafusion-ballista, riteraft, rerun): snapshots via fetch, each message read in the file named per entry (where a Display wraps an inner error, the inner text is a plausible real one).
def _part_fb(add):
    # --- apache/hudi-rs ---
    R = "apache/hudi-rs"
    for typ, m, p in [
        (Z, "Invalid HFile: File too small for HFile trailer: 1024 bytes, need at least 4096", "crates/core/src/hfile/trailer.rs"),
        (Z, "Invalid block magic: expected DATABLK*, got IDXROOT2", "crates/core/src/hfile/block_type.rs"),
        (Z, "Unsupported HFile version: major=2, minor=3", "crates/core/src/hfile/error.rs"),
        (U, "HFiles with MVCC timestamps are not supported", "crates/core/src/hfile/error.rs"),
        (Z, "Decompression error: GZIP decompression failed: corrupt deflate stream", "crates/core/src/hfile/compression.rs"),
        (Z, "Config error: Failed to parse 'yes' for config 'hoodie.read.use.read_optimized.mode': provided string was not `true` or `false`", "crates/core/src/config/read_options.rs"),
        (U, "Timeline has no completed commit.", "crates/core/src/error.rs"),
        (Z, "Timeline error: Timestamp must be in format yyyyMMddHHmmss or yyyyMMddHHmmssSSS, but got: 2024011510", "crates/core/src/timeline/instant.rs"),
        (U, "Only support table version 6, 8, and 9. Found: 5", "crates/core/src/table/validation.rs"),
        (U, "File group error: Timestamp 20240115103000123 is already present in File Group 5a1c6f0e-3b2d-4c8e-9f10-2d7e8a4b6c01-0", "crates/core/src/file_group/mod.rs"),
        (U, "Failed to create storage: hoodie.base.path is required.", "crates/core/src/storage/mod.rs"),
    ]:
        add(R, p, typ, m)

    # --- apache/paimon-rust (opendal's Debug first line as the inner error) ---
    R = "apache/paimon-rust"
    for typ, m, p in [
        (S, "Paimon hitting unexpected error Failed to get file status for '/var/lib/stemedb/warehouse/default.db/orders/snapshot/LATEST': NotFound (permanent) at stat => entity not found", "crates/paimon/src/io/file_io.rs"),
        (S, "Paimon hitting unexpected error Failed to delete file '/var/lib/stemedb/warehouse/default.db/orders/manifest/manifest-7c1f2a-0': PermissionDenied (permanent) at delete => permission denied", "crates/paimon/src/io/file_io.rs"),
        (S, "Paimon hitting unexpected error Failed to create directory '/var/lib/stemedb/warehouse/default.db/orders/bucket-0/': Unexpected (temporary) at create_dir => no storage space", "crates/paimon/src/io/file_io.rs"),
        (U, "Paimon hitting unsupported io error Unsupported storage feature", "crates/paimon/src/io/storage.rs"),
        (Z, "Paimon hitting invalid config: Invalid URL: warehouse/default.db/orders", "crates/paimon/src/io/file_io.rs"),
        (Z, "Paimon hitting invalid file index format: Expected MAGIC: 1493475289347502, but found: 0", "crates/paimon/src/file_index/file_index_format.rs"),
        (Z, "Paimon hitting invalid file index format: Unsupported file index version: expected 0, but found: 3", "crates/paimon/src/file_index/file_index_format.rs"),
        (Z, "Paimon hitting invalid file index format: Invalid UTF-8 sequence in column name: invalid utf-8 sequence of 1 bytes from index 3", "crates/paimon/src/file_index/file_index_format.rs"),
        (Z, "Paimon hitting invalid file index format: Expected to read 64 redundant bytes, but found only 12, on offset 148", "crates/paimon/src/file_index/file_index_format.rs"),
        (U, "Paimon hitting invalid file index format: Column 'order_id' not found in header", "crates/paimon/src/file_index/file_index_format.rs"),
        (Z, "Paimon data type invalid for Invalid BINARY length. Unable to parse length as a usize.", "crates/paimon/src/spec/types.rs"),
    ]:
        add(R, p, typ, m)

    # --- ritelabs/riteraft (tonic 0.9 Status/transport Display, raft-rs 0.7 inner) ---
    R = "ritelabs/riteraft"
    for typ, m, p in [
        (U, "Error joining the cluster", "src/error.rs"),
        (N, "gprc error: `transport error`", "src/error.rs"),
        (N, "error calling remote procedure: `status: Unavailable, message: \"error trying to connect: tcp connect error: Connection refused (os error 111)\", details: [], metadata: MetadataMap { headers: {} }`", "src/error.rs"),
        (U, "unexpected error", "src/error.rs"),
        (U, "raft error: `raft: proposal dropped`", "src/error.rs"),
        (U, "raft error: `The node 3 already exists in the voters set.`", "src/error.rs"),
        (T, "timeout waiting for reply", "src/raft_server.rs"),
        (U, "send error", "src/raft_server.rs"),
        (U, "error sending response", "src/raft_node.rs"),
    ]:
        add(R, p, typ, m)

    # --- chroma-core/chroma ---
    R = "chroma-core/chroma"
    for typ, m, p in [
        (U, "uninitialized log", "rust/wal3/src/lib.rs"),
        (U, "log contention, and your operation may be retried", "rust/wal3/src/lib.rs"),
        (Z, "corrupt fragment: missing offset or relative_offset column", "rust/wal3/src/interfaces/mod.rs"),
        (Z, "corrupt cursor: Failed to deserialize cursor compaction: expected value at line 1 column 1", "rust/wal3/src/cursors.rs"),
        (U, "replication batch too large: 1200 messages exceeds limit 1000", "rust/wal3/src/lib.rs"),
        (U, "Back off and retry---usually indicates an explicit 429/SlowDown.", "rust/storage/src/lib.rs"),
        (U, "The log is sealed.  No writes can happen.", "rust/log/src/grpc_log.rs"),
        (N, "Failed to connect to log service", "rust/log/src/grpc_log.rs"),
        (A, "Missing API key in the request header", "rust/frontend/src/quota/mod.rs"),
        (A, "Permission denied.", "rust/frontend-core/src/auth.rs"),
        (Z, "Schema must be valid JSON: expected `,` or `}` at line 1 column 38", "rust/rust-sysdb/src/types.rs"),
        (U, "Collection version is stale: current version is 12, but compaction attempted with version 11", "rust/rust-sysdb/src/types.rs"),
        (T, "Poll timeout after 3600s", "rust/worker/src/execution/functions/http_currents.rs"),
    ]:
        add(R, p, typ, m)

    # --- lakehq/sail (generated OpenAPI client ApiError, tonic 0.14 Status Display) ---
    R = "lakehq/sail"
    for typ, m, p in [
        (A, "unauthorized: Iceberg REST catalog commit unauthorized for sales.orders: response error: status code 401 Unauthorized", "crates/sail-catalog-iceberg/src/provider.rs"),
        (A, "forbidden: Unity Catalog Delta commit forbidden: response error: status code 403 Forbidden", "crates/sail-catalog-unity/src/provider.rs"),
        (U, "rate limited: Iceberg REST catalog commit rate limited for sales.orders: response error: status code 429 Too Many Requests", "crates/sail-catalog-iceberg/src/provider.rs"),
        (U, "conflict: Unity Catalog Delta commit conflict: response error: status code 409 Conflict", "crates/sail-catalog-unity/src/provider.rs"),
        (T, "worker 7 registration timeout", "crates/sail-execution/src/driver/worker_pool/core.rs"),
        (N, "failed to report worker known peers: error in Tonic status: code: 'The service is currently unavailable', message: \"tcp connect error\"", "crates/sail-execution/src/task_runner/actor/handler.rs"),
        (U, "internal error: memory stream has exhausted all replica(s)", "crates/sail-execution/src/stream/local/memory.rs"),
        (U, "actor has stopped", "crates/sail-celeborn/src/error.rs"),
        (N, "invalid transport response: invalid worker fetch port", "crates/sail-celeborn/src/common.rs"),
        (U, "application error: partition epoch is exhausted", "crates/sail-celeborn/src/lifecycle/actor/handler.rs"),
    ]:
        add(R, p, typ, m)

    # --- apache/datafusion-comet (DataFusionError prefixes around Comet's own text) ---
    R = "apache/datafusion-comet"
    for typ, m, p in [
        (S, "Execution error: Failed to create output directory '/var/lib/stemedb/export/job-0042': Permission denied (os error 13)", "native/core/src/execution/operators/parquet_writer.rs"),
        (S, "Execution error: Failed to create output file '/var/lib/stemedb/export/job-0042/part-00000.parquet': No space left on device (os error 28)", "native/core/src/execution/operators/parquet_writer.rs"),
        (U, "Execution error: Unsupported storage scheme in path: gs://stemedb-export/part-00000.parquet", "native/core/src/execution/operators/parquet_writer.rs"),
        (U, "Resources exhausted: Failed to acquire 8388608 bytes where 50331648 bytes already reserved and the fair limit is 52428800 bytes, 4 registered", "native/core/src/execution/memory_pools/fair_pool.rs"),
        (U, "Configuration Error: Unsupported memory pool type for off-heap mode: greedy_task_shared", "native/core/src/execution/memory_pools/config.rs"),
        (U, "[DIVIDE_BY_ZERO] Division by zero. Use `try_divide` to tolerate divisor being 0 and return NULL instead. If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error.", "native/common/src/error.rs"),
        (Z, "[CAST_INVALID_INPUT] The value 'abc' of the type \"STRING\" cannot be cast to \"INT\" because it is malformed. Correct the value as per the syntax, or change its target type. Use `try_cast` to tolerate malformed input and return NULL instead. If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error.", "native/common/src/error.rs"),
        (Z, "Fail to deserialize to native operator with reason: Cannot deserialize window frame.", "native/core/src/execution/planner.rs"),
        (S, "Execution error: Error occurred while spilling Too many open files (os error 24)", "native/shuffle/src/writers/local/spill.rs"),
        (Z, "Execution error: Failed to decode batch: invalid compression codec: [71, 90, 73, 80]", "native/shuffle/src/ipc.rs"),
        (U, "Comet Internal Error: Null columnar to row context", "native/core/src/execution/jni_api.rs"),
    ]:
        add(R, p, typ, m)

    # --- apache/datafusion-ballista (BallistaError Display, tonic 0.14) ---
    R = "apache/datafusion-ballista"
    for typ, m, p in [
        (N, "Grpc connection error: Error connecting to Ballista scheduler or executor at http://10.0.0.12:50050: tonic::transport::Error(Transport, ConnectError(ConnectError(\"tcp connect error\", Os { code: 111, kind: ConnectionRefused, message: \"Connection refused\" })))", "ballista/core/src/client.rs"),
        (S, "Shuffle fetch partition error from Executor executor-2, map_stage 3, map_partition 7, error desc: General error: Failed to open partition file at \"/var/lib/ballista/work/job-1/3/7/data.arrow\": Os { code: 2, kind: NotFound, message: \"No such file or directory\" }", "ballista/core/src/execution_plans/shuffle_reader.rs"),
        (U, "Task cancelled", "ballista/core/src/error.rs"),
        (U, "General error: Event sender not exist!!!", "ballista/core/src/event_loop.rs"),
        (U, "General error: Fail to send event due to channel closed", "ballista/core/src/event_loop.rs"),
        (S, "Fail to remove the directory \"/var/lib/ballista/work/3f9a1c\" due to Permission denied (os error 13)", "ballista/executor/src/executor_process.rs"),
        (N, "Executor registration failed due to: Grpc error: code: 'The service is currently unavailable', message: \"tcp connect error\"", "ballista/executor/src/executor_server.rs"),
        (U, "Tried to delete non-existent job Jq8fK2a from state", "ballista/scheduler/src/cluster/memory.rs"),
        (U, "Tokio join error: task 27 was cancelled", "ballista/core/src/error.rs"),
        (Z, "General error: Failed to parse user-supplied value 'ballista.shuffle.partitions' for configuration setting 'sixteen': invalid digit found in string", "ballista/core/src/config.rs"),
    ]:
        add(R, p, typ, m)

    # --- rerun-io/rerun ---
    R = "rerun-io/rerun"
    for typ, m, p in [
        (Z, "CRC check failed: expected 9a3c41f2 but got 1b07e5d8", "crates/store/re_log_encoding/src/rrd/errors.rs"),
        (Z, "Not an RRD file: expected FourCC header \"RRF2\", got \"GIF8\"", "crates/store/re_log_encoding/src/rrd/errors.rs"),
        (Z, "Data from Rerun version 0.18.2, which is incompatible with the local Rerun version 0.24.1", "crates/store/re_log_encoding/src/rrd/errors.rs"),
        (Z, "Invalid encoding options: Unknown compression: 7", "crates/store/re_log_encoding/src/rrd/errors.rs"),
        (T, "File flush timed out - not all messages were written.", "crates/store/re_log_encoding/src/rrd/file_sink.rs"),
        (S, "Failed to create file: Permission denied (os error 13), path: /var/lib/stemedb/recordings/run-0042.rrd", "crates/store/re_log_encoding/src/rrd/file_sink.rs"),
        (T, "gRPC flush timed out after 5s - not all messages were sent", "crates/store/re_grpc_client/src/write.rs"),
        (N, "gRPC has been unable to connect for 30s, uri: rerun+http://10.0.0.12:9876/proxy", "crates/store/re_grpc_client/src/write.rs"),
        (N, "gRPC connection severed: Failed to send messages: The service is currently unavailable, uri: rerun+http://10.0.0.12:9876/proxy", "crates/store/re_grpc_client/src/write.rs"),
        (T, "Flush timed out - not all log messages were sent", "crates/top/re_sdk/src/log_sink.rs"),
        (A, "token verification failed", "crates/utils/re_auth/src/error.rs"),
        (Z, "Invalid or missing scheme (expected one of: `rerun://`, `rerun+http://`, `rerun+https://`)", "crates/store/re_uri/src/error.rs"),
        (Z, "dropping LogMsg due to failed decode: Unsupported encoding, expected Arrow IPC", "crates/store/re_grpc_server/src/lib.rs"),
    ]:
        add(R, p, typ, m)

# Go clients for clouds and databases: ClickHouse/clickhouse-go, microsoft/go-mssqldb, sijms/go-ora, couchbase/gocb, elastic/go-elasticsearch read from snapshots via fetch (git show); aws/aws-sdk-go-v2, Azure/azure-sdk-for-go, googleapis/google-cloud-go (too large to fetch) read with read_file on the files named per entry.
def _part_fc(add):
    # --- ClickHouse/clickhouse-go ---
    R = "ClickHouse/clickhouse-go"
    for typ, m, p in [
        (T, "clickhouse: acquire conn timeout. you can increase the number of max open conn or the dial timeout", "clickhouse.go"),
        (N, "clickhouse: connection is closed", "clickhouse.go"),
        (U, "clickhouse: batch has already been sent", "clickhouse.go"),
        (U, "clickhouse [bind]: mixed named, numeric or positional parameters", "clickhouse.go"),
        (N, "send data: connection broken (EPIPE) to 10.0.0.12:9000 (conn_id=7, block_cols=5, block_rows=1000): "
            "write tcp 10.0.0.5:51234->10.0.0.12:9000: write: broken pipe", "conn.go"),
        (N, "handshake: failed to read packet from 10.0.0.12:9000 (conn_id=3, auth_db=default): EOF", "conn_handshake.go"),
        (U, "clickhouse: unsupported column type \"Object('json')\"", "lib/column/column.go"),
        (Z, "clickhouse [Decode]:  more than 1 billion rows in block - suspiciously big - preventing OOM", "lib/proto/block.go"),
        (N, "[HTTP 503] response body: \"Service Unavailable\"", "conn_http_errors.go"),
        (U, "clickhouse [Select]: must pass a pointer, not a value, to Select destination", "scan.go"),
    ]:
        add(R, p, typ, m)

    # --- microsoft/go-mssqldb ---
    R = "microsoft/go-mssqldb"
    for typ, m, p in [
        (N, "unable to open tcp connection with host '10.0.0.12:1433': dial tcp 10.0.0.12:1433: connect: connection refused",
         "protocol_go113.go"),
        (N, "TLS Handshake failed: tls: failed to verify certificate: x509: certificate signed by unknown authority", "tds.go"),
        (N, "cannot read handshake packet: EOF", "net.go"),
        (Z, "Invalid TDS stream: unknown token type returned: 47", "token.go"),
        (T, "Invalid TDS stream: did not get cancellation confirmation from the server (current response: context deadline exceeded)",
         "token.go"),
        (Z, "illegal UCS2 string length: 7", "ucs22str.go"),
        (Z, "unexpected character = at index 14. Expected start of key or semi-colon or whitespace", "msdsn/conn_str.go"),
        (U, "database must be specified when ApplicationIntent is ReadOnly", "msdsn/conn_str.go"),
        (N, "server certificate doesn't match the provided certificate", "msdsn/conn_str.go"),
        (S, "cannot read certificate \"/etc/stemedb/mssql-ca.pem\": open /etc/stemedb/mssql-ca.pem: no such file or directory",
         "msdsn/conn_str.go"),
    ]:
        add(R, p, typ, m)
    add(R, "aecmk/akv/keyprovider.go", A, "Invalid signature hash", True)

    # --- sijms/go-ora (v2 module) ---
    R = "sijms/go-ora"
    for typ, m, p in [
        (N, "ORA-12564: TNS connection refused", "v2/network/oracle_error.go"),
        (N, "ORA-03135: connection lost contact", "v2/network/oracle_error.go"),
        (U, "ORA-01013: user requested cancel of current operation", "v2/network/oracle_error.go"),
        (A, "ORA-28041: Authentication protocol internal error", "v2/network/oracle_error.go"),
        (T, "connection break due to context timeout", "v2/network/oracle_error.go"),
        (N, "connection refused by the server due to unknown reason", "v2/network/session.go"),
        (N, "receive abnormal packet type 12 instead of data packet", "v2/network/session.go"),
        (Z, "TCPS: Invalid SSL Wallet (Magic)", "v2/configurations/wallet.go"),
        (S, "failed to read wallet data: read /etc/oracle/wallet/cwallet.sso: input/output error", "v2/configurations/wallet.go"),
        (Z, "abnormal data representation for date", "v2/converters/type_conversion.go"),
        (U, "go-ora: mismatching between Scan function input count and column count", "v2/result_set.go"),
    ]:
        add(R, p, typ, m)
    add(R, "v2/network/security/general.go", A, "data integrity check failed", True)

    # --- couchbase/gocb (inner errors are gocbcore's texts) ---
    R = "couchbase/gocb"
    conn = '"last_dispatched_to":"10.0.0.12:11210","last_dispatched_from":"10.0.0.5:53422","last_connection_id":"8c1f2e3a4b5d6e7f/0a1b2c3d4e5f6a7b"'
    for typ, m, p in [
        (T, 'unambiguous timeout | {"operation_id":"Get","opaque":"0x2a","time_observed":2500123,'
            '"retry_reasons":["KV_TEMPORARY_FAILURE"],"retry_attempts":4,' + conn + '}', "error_timeout.go"),
        (U, 'document not found | {"status_code":1,"document_id":"agent-0042","bucket":"stemedb","scope":"_default",'
            '"collection":"_default","opaque":42,' + conn + '}', "error_keyvalue.go"),
        (A, "server reported that permission to the resource was denied: authentication failure - possible reasons - "
            "incorrect authentication configuration, bucket doesn\u2019t exist or bucket may be hibernated | "
            '{"context":{"details":0,"server":"permission denied"}}', "error_ps.go"),
        (N, 'service not available | {"endpoint":"10.0.0.12:8093","retry_reasons":["NODE_NOT_AVAILABLE"],"retry_attempts":3}',
         "error_http.go"),
        (Z, "failed to decode content: snappy: corrupt input", "compressor.go"),
        (U, "invalid arguments: Memory quota invalid, must be greater than 100MB", "buckettmgmtprovider_core.go"),
        (U, "invalid arguments: positional and named parameters must be used exclusively", "analyticsquery_options.go"),
        (U, "cluster not yet connected", "client_core.go"),
        (U, "failed to perform operation after 16 retries", "collection_ds.go"),
        (U, "transaction commit ambiguous", "errors_transactions.go"),
    ]:
        add(R, p, typ, m)

    # --- elastic/go-elasticsearch ---
    R = "elastic/go-elasticsearch"
    for typ, m, p in [
        (U, "cannot create client: both Addresses and CloudID are set", "elasticsearch.go"),
        (Z, "cannot create client: cannot parse CloudID: illegal base64 data at input byte 8", "elasticsearch.go"),
        (U, "the client noticed that the server is not Elasticsearch and we do not support this unknown product",
         "elasticsearch.go"),
        (U, "bulk indexer is closed", "esutil/bulk_indexer.go"),
        (N, 'flush: [503 Service Unavailable] {"error":{"root_cause":[],"type":"cluster_block_exception",'
            '"reason":"blocked by: [SERVICE_UNAVAILABLE/2/no master];"},"status":503}', "esutil/bulk_indexer.go"),
        (Z, "flush: error parsing response body: unexpected EOF", "esutil/bulk_indexer.go"),
        (N, "flush: dial tcp 10.0.0.12:9200: connect: connection refused", "esutil/bulk_indexer.go"),
        (A, "status: 401, failed: [security_exception], reason: unable to authenticate user [stemedb] for REST request [/_bulk]",
         "typedapi/types/elasticsearcherror.go"),
        (U, "status: 404, failed: [index_not_found_exception], reason: no such index [stemedb-logs]",
         "typedapi/types/elasticsearcherror.go"),
        (S, "status: 429, failed: [cluster_block_exception], reason: index [stemedb-logs] blocked by: "
            "[TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];",
         "typedapi/types/elasticsearcherror.go"),
        (Z, "status: 400, failed: [mapper_parsing_exception], reason: failed to parse field [ts] of type [date] "
            "in document with id 'agent-0042'", "typedapi/types/elasticsearcherror.go"),
    ]:
        add(R, p, typ, m)

    # --- aws/aws-sdk-go-v2 (read_file; inner "operation error"/"api error" parts are smithy-go's) ---
    R = "aws/aws-sdk-go-v2"
    for typ, m, p in [
        (U, "retry quota exceeded, 0 available, 5 requested", "aws/ratelimit/token_rate_limit.go"),
        (A, "credential source returned already-expired credentials", "aws/credential_cache.go"),
        (A, "failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, "
            "http response error StatusCode: 404, request to EC2 IMDS failed", "aws/credential_cache.go"),
        (Z, "failed to decode stemedb-node EC2 IMDS role credentials, unexpected EOF", "credentials/ec2rolecreds/provider.go"),
        (T, "process provider error: credential process timed out: signal: killed", "credentials/processcreds/provider.go"),
        (Z, "process provider error: wrong version in process output (not 1)", "credentials/processcreds/provider.go"),
        (T, "read on body reach timeout limit, 30s", "aws/transport/http/timeout_read_closer.go"),
        (Z, "checksum did not match: algorithm CRC32C, expect yZRlqg==, actual 3Xm9Qw==",
         "service/internal/checksum/algorithms.go"),
        (A, "https response error StatusCode: 403, RequestID: 7QK3X1ZC9M2B8D4F, api error AccessDeniedException: "
            "User: arn:aws:iam::123456789012:user/stemedb is not authorized to perform: dynamodb:PutItem on resource: "
            "arn:aws:dynamodb:us-east-1:123456789012:table/stemedb-meta", "aws/transport/http/response_error.go"),
        (A, "Probable clock skew error: https response error StatusCode: 403, RequestID: 0F3B2C1D4E5A6B7C, "
            "api error RequestTimeTooSkewed: The difference between the request time and the current time is too large.",
         "aws/retry/retryable_error.go"),
        (A, "failed to retrieve credentials, operation error STS: AssumeRoleWithWebIdentity, https response error "
            "StatusCode: 400, RequestID: 5d1c0e7a-2b3f-4c4d-9e8f-0a1b2c3d4e5f, api error InvalidIdentityToken: "
            "Incoming token has expired", "credentials/stscreds/web_identity_provider.go"),
    ]:
        add(R, p, typ, m)

    # --- Azure/azure-sdk-for-go (read_file) ---
    R = "Azure/azure-sdk-for-go"
    MI = "sdk/azidentity/managed_identity_client.go"
    SB = "sdk/messaging/azservicebus/internal/errors.go"
    for typ, m, p in [
        (T, "ManagedIdentityCredential: managed identity timed out. See https://aka.ms/azsdk/go/identity/troubleshoot#dac "
            "for more information", MI),
        (A, "ManagedIdentityCredential: failed to authenticate a system assigned identity. The endpoint responded with "
            '{"error":"invalid_request","error_description":"Identity not found"}', MI),
        (A, "ManagedIdentityCredential: managed identity isn't supported in this environment", MI),
        (U, "the Cloud Shell API doesn't support user-assigned managed identities", MI),
        (A, "InteractiveBrowserCredential can't acquire a token without user interaction. Call Authenticate to "
            "authenticate a user interactively", "sdk/azidentity/errors.go"),
        (N, "(connlost): read tcp 10.0.0.5:51234->10.0.0.12:5671: read: connection reset by peer",
         "sdk/messaging/azservicebus/internal/exported/error.go"),
        (Z, 'value at "x-opt-sequence-number" was expected to be of type "int64" but was actually of type "string"', SB),
        (U, "no messages available", SB),
        (U, "entity at stemedb-events/subscriptions/node2 not found", SB),
        (N, "the connection has been closed: EOF", SB),
        (Z, "message was expected in the form of []byte was not a []byte", SB),
    ]:
        add(R, p, typ, m)

    # --- googleapis/google-cloud-go (read_file) ---
    R = "googleapis/google-cloud-go"
    for typ, m, p in [
        (Z, "storage: bad CRC on read: got 2853117234, want 1034592331", "storage/reader.go"),
        (N, "storage: partial request not satisfied", "storage/reader.go"),
        (Z, "storage: invalid Content-Range \"bytes */0\"", "storage/reader.go"),
        (U, "storage: bucket doesn't exist", "storage/storage.go"),
        (T, "spanner: code = \"DeadlineExceeded\", desc = \"context deadline exceeded, transaction outcome unknown\"",
         "spanner/errors.go"),
        (U, "spanner: code = \"NotFound\", desc = \"Table not found: stemedb_nodes\"", "spanner/errors.go"),
        (N, "spanner: code = \"Internal\", desc = \"stream terminated by RST_STREAM with error code: PROTOCOL_ERROR\"",
         "spanner/errors.go"),
        (A, "spanner: code = \"PermissionDenied\", desc = \"Caller is missing IAM permission spanner.sessions.create on "
            "resource projects/stemedb/instances/prod/databases/meta.\"", "spanner/errors.go"),
        (U, "metadata: GCE metadata \"instance/attributes/stemedb-cluster\" not defined", "compute/metadata/metadata.go"),
        (N, "status code 503 trying to fetch http://169.254.169.254/computeMetadata/v1/project/project-id",
         "compute/metadata/metadata.go"),
        (U, "pubsub: Stop has been called for this topic", "pubsub/topic.go"),
    ]:
        add(R, p, typ, m)

# C/C++ brokers, proxies and caches (nanomsg/nng, twitter/twemproxy, Netflix/dynomite, apache/qpid-proton, apache/pulsar-client-cpp, facebook/mcrouter, aerospike/aerospike-server, emqx/nanomq): snapshots via fetch, each wording read in the file named per entry (log calls, error tables and reply strings), placeholders filled.
def _part_fd(add):
    # --- nng: nng_strerror table (src/nng.c) and nng_log_* calls ---
    R = "nanomsg/nng"
    for typ, m in [(U, "Object closed"), (N, "Destination unreachable"), (S, "Out of files"),
                   (A, "Peer could not be authenticated"), (N, "Connection shutdown")]:
        add(R, "src/nng.c", typ, m)
    add(R, "src/core/dialer.c", N, "Failed connecting socket<3>: Connection refused")
    add(R, "src/sp/protocol/reqrep0/req.c", N, "Peer protocol mismatch: 32 != 49, rejected.")
    add(R, "src/sp/transport/tcp/tcp.c", U,
        "Oversize message of 2097152 bytes (> 1048576) on socket<1> pipe<4> from TCP 10.0.0.12:7000")
    add(R, "src/sp/transport/udp/udp.c", T, "Lingering timed out on endpoint close, peer notifications dropped")
    add(R, "src/supplemental/tls/openssl/openssl.c", A, "Preshared key missing")
    add(R, "src/supplemental/tls/mbedtls/mbedtls.c", N, "X.509 Subject CN length is invalid")

    # --- twemproxy (nutcracker) log_error / log_debug / error replies ---
    R = "twitter/twemproxy"
    add(R, "src/nc_connection.c", N, "recv on sd 17 failed: Connection reset by peer")
    add(R, "src/nc_server.c", N, "connect on s 14 to server '10.0.0.12:6379:1' failed: Connection refused")
    add(R, "src/nc_proxy.c", S, "accept on p 9 failed: Too many open files")
    for typ, m in [(S, "conf: failed to open configuration '/etc/nutcracker/nutcracker.yml': No such file or directory"),
                   (Z, "conf: '/etc/nutcracker/nutcracker.yml' has invalid \"key:value\" at depth 2"),
                   (U, "conf: pool 'alpha' has no servers")]:
        add(R, "src/nc_conf.c", typ, m)
    add(R, "src/nc.c", S, "opening pid file '/var/run/nutcracker.pid' failed: Permission denied")
    add(R, "src/nc_core.c", T, "req 4821 on s 14 timedout")
    add(R, "src/nc_message.c", T, "SERVER_ERROR Connection timed out")
    add(R, "src/proto/nc_redis.c", Z, "parsed bad req 4821 res 1 type 0 state 3")
    add(R, "src/proto/nc_redis.c", U, "parsed unsupported command 'SCAN'")

    # --- dynomite: its own dn_strerror replies (dyn_message.h/.c), dnode, crypto, entropy ---
    R = "Netflix/dynomite"
    for typ, m in [(N, "-ERR Peer: Peer Node refused connection"), (N, "-ERR Peer: Peer Node is down"),
                   (N, "-ERR Storage: Datastore refused connection"),
                   (U, "-ERR Dynomite: Failed to achieve Quorum"),
                   (U, "SERVER_ERROR Dynomite: Keys in the script cannot span multiple nodes")]:
        add(R, "src/dyn_message.h", typ, m)
    add(R, "src/dyn_core.c", T,
        "<REQ 0x7f3a2c00e0 4821:0::0 REQ_REDIS_GET, len:38> on <CONN_REMOTE_PEER_SERVER 0x7f3a2c1100 14 to "
        "'10.0.0.12:8101'> timedout, timeout was 5000")
    add(R, "src/dyn_crypto.c", S, "Error: could NOT read RSA pem key file at /etc/dynomite/dynomite.pem")
    add(R, "src/entropy/dyn_entropy_snd.c", S, "Error opening Redis AOF file: No such file or directory")
    add(R, "src/entropy/dyn_entropy_rcv.c", A, "Error decrypting the buffer for key/oldValue/newValue")
    add(R, "src/entropy/dyn_entropy_util.c", Z,
        "Magic number not correct or not receiver properly --> Success ----> 1195725856")
    add(R, "src/dyn_conf.c", U,
        "conf: directive \"read_consistency:\"must be one of 'DC_ONE' 'DC_QUORUM' 'DC_SAFE_QUORUM' "
        "'DC_EACH_SAFE_QUORUM'")

    # --- qpid-proton C: pn_do_error conditions as the transport logs them ("%s %s"), proactor, ssl, codec ---
    R = "apache/qpid-proton"
    add(R, "c/src/proactor/epoll.c", N, "Connection refused - on connect 10.0.0.12:5672")
    for typ, m in [(N, "amqp:connection:framing-error connection aborted"),
                   (T, "amqp:resource-limit-exceeded local-idle-timeout expired"),
                   (A, "amqp:connection:policy-error Client skipped authentication - forbidden"),
                   (U, "amqp:not-allowed no such channel: 3"),
                   (U, "amqp:invalid-field link name already attached: orders-receiver")]:
        add(R, "c/src/core/transport.c", typ, m)
    add(R, "c/src/sasl/sasl.c", A, "amqp:unauthorized-access Authentication failed [mech=PLAIN]")
    add(R, "c/src/ssl/openssl.c", N,
        "Error: no name matching broker.stemedb.internal found in peer cert - rejecting handshake.")
    add(R, "c/src/ssl/openssl.c", S, "stat(/etc/stemedb/tls/ca.pem) failed: No such file or directory")
    add(R, "c/src/core/decoder.c", Z, "not enough data to decode")
    add(R, "c/src/core/message.c", Z, "invalid message bytes")

    # --- Pulsar C++ client: LOG_ERROR / LOG_WARN with cnxString() / getName() prefixes ---
    R = "apache/pulsar-client-cpp"
    CNX = "[10.0.0.5:52344 -> 10.0.0.12:6650] "
    for typ, m in [(N, "[<none> -> pulsar://10.0.0.12:6650] Failed to establish connection to 10.0.0.12:6650: "
                       "Connection refused"),
                   (N, "[10.0.0.5:52344 -> 10.0.0.12:6651] Handshake failed: certificate verify failed (SSL routines)"),
                   (T, CNX + "LOOKUP request timeout to broker, req_id: 17"),
                   (A, CNX + "Connection closed with AuthenticationError (refCnt: 2)"),
                   (Z, CNX + "Error parsing protocol buffer command"),
                   (Z, "[consumer id 3, message ledger id 1042, entry id 17stored-checksum2918364519"
                       "computedChecksum1187342201] Checksum verification failed")]:
        add(R, "lib/ClientConnection.cc", typ, m)
    CONS = "[persistent://public/default/orders, sub-1, 0] "
    add(R, "lib/ConsumerImpl.cc", Z, CONS + "Failed to decompress message with 65536 at  1042:17")
    add(R, "lib/ConsumerImpl.cc", A, CONS + "Message delivery failed since unable to decrypt incoming message")
    add(R, "lib/ClientImpl.cc", U, "Failed to create consumer: SubscriptionName cannot be empty.")
    add(R, "lib/ProducerImpl.cc", T,
        "[persistent://public/default/orders, producer-node2-0] Send timeout due to queueing delay, no connection, "
        "pending messages: 12, queue size: 12")
    add(R, "lib/BinaryProtoLookupService.cc", U,
        "Too many lookup request redirects on topic persistent://public/default/orders, configured limit is 20")

    # --- mcrouter: client error replies, connection errors, route replies, config logic errors ---
    R = "facebook/mcrouter"
    add(R, "mcrouter/lib/network/McClientRequestContext-inl.h", T, "Client queue timeout")
    add(R, "mcrouter/lib/network/McClientRequestContext-inl.h", T, "Reply timeout")
    for typ, m in [(U, "The key provided is invalid"), (Z, "Error when serializing the request."),
                   (N, "Connection closed by the server."),
                   (T, "Timed out when trying to connect to server. Ex: AsyncSocketException: connect timed out "
                       "after 1000ms, type = Timed out")]:
        add(R, "mcrouter/lib/network/AsyncMcClientImpl.cpp", typ, m)
    add(R, "mcrouter/lib/network/McAsciiParser.cpp", Z, "Error parsing message 'VALUE foo 0 abc\\r\\n' at character 12!")
    add(R, "mcrouter/routes/DestinationRoute.h", N, "Server unavailable. Reason: mc_res_connect_error")
    add(R, "mcrouter/routes/DestinationRoute.h", T, "Failed to send request - deadline exceeded")
    add(R, "mcrouter/AsyncLog.cpp", S,
        "Can't create and open async store /var/spool/mcrouter/async/20260820/12: Permission denied")
    add(R, "mcrouter/PoolFactory.cpp", U, "Cycle in pool inheritance")

    # --- aerospike-server: cf_warning / cf_crash in storage, fabric, clustering, service ---
    R = "aerospike/aerospike-server"
    DG = "2f5c0a1b9e33d4c87f01a6e2b4d95c1f0e7a8b36"
    for typ, m in [(S, "/dev/nvme0n1: DEVICE FAILED write: errno 5 (Input/output error)"),
                   (S, "device /dev/nvme0n1: out of storage space"),
                   (Z, "{test} read /dev/nvme0n1: digest " + DG + " bad magic 0x0 offset 1048576"),
                   (S, "{test} read /dev/nvme0n1: digest " + DG + " IO failed errno 5 (Input/output error) size 1024"),
                   (Z, "{test} read /dev/nvme0n1: digest " + DG + " bad compressed data"),
                   (Z, "/dev/nvme0n1: unknown version 9")]:
        add(R, "as/src/storage/drv_ssd.c", typ, m)
    add(R, "as/src/fabric/fabric.c", N, "fabric TLS client handshake with 10.0.0.12:3011 failed")
    add(R, "as/src/fabric/fabric.c", N,
        "fabric_connection_process_readable() recv_sz -1 msg_sz 0 remote 0xbb9a3b4c2e0a5f4 errno 104 "
        "Connection reset by peer")
    add(R, "as/src/fabric/clustering.c", U,
        "cluster size 2 less than required minimum size 3 - switching to orphan state")
    add(R, "as/src/base/thr_tsvc.c", U,
        "unknown namespace orders (6) in protocol request - check configuration file")
    add(R, "as/src/transaction/udf.c", T, "UDF timed out 250 ms ago")

    # --- NanoMQ: the broker's own code under nanomq/ (not its nng fork) ---
    R = "emqx/nanomq"
    add(R, "nanomq/aws_bridge.c", N, "Connection to the broker failed, all attempts exhausted.")
    add(R, "nanomq/aws_bridge.c", N, "Connection with MQTT broker failed with status MQTTRecvFailed.")
    add(R, "nanomq/bridge.c", N, "Can't get suback. Maybe connection of bridge was closed.")
    add(R, "nanomq/bridge.c", N, "bridge client disconnected! RC [139]")
    for typ, m in [(A, "Auth failed! publish packet!"), (Z, "decode retain msg failed, drop msg"),
                   (Z, "remainlen > msg_len"), (U, "could not find topic by alias: 7")]:
        add(R, "nanomq/pub_handler.c", typ, m)
    add(R, "nanomq/sub_handler.c", A, "acl deny, disconnect client")
    add(R, "nanomq/rest_api.c", A, "decode jwt token failed: return 0, result: 2")
    add(R, "nanomq/mqtt_api.c", S, "open log file '/var/log/nanomq/nanomq.log' failed")
    add(R, "nanomq/apps/broker.c", S, "create \"nanomq.pid\" file failed")

def holdout22(add):
    for part in (_part_fa, _part_fb, _part_fc, _part_fd):
        part(add)
