"""The fourth blind batch: wordings from sources in no earlier batch, gathered
after the third batch joined the catalogue (7eb8249), to see whether the
blind figure moves as the catalogue grows. Four helper sessions read them
blind, with the same brief as the second and third batches (scored blind
first, then trained on; no rule written from its misses; the rules, the
scorer, the classifier and the test set not to be read), and the catalogue's
conventions spelt out (a MAC that failed to verify is a signature failure; a
certificate's is the network's). Each wording was read in the file named
beside it; fills not read in the source are named in each part's note.
build.py adds it to the catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401

# Cloud storage SDKs, object stores, table formats and query engines: rust-s3, minio-rs, azure-sdk-for-rust, google-cloud-rust, delta-rs, iceberg-rust, lance (snapshots via fetch, read with git show), and datafusion (too big to fetch: files read with read_file/find_string); each message read in the file named per entry, placeholders filled plausibly.
def _part_x(add):
    # --- durch/rust-s3 (S3Error / CredentialsError Display via thiserror) ---
    R = "durch/rust-s3"
    add(R, "s3/src/error.rs", A,
        "Got HTTP 403 with content '<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>SignatureDoesNotMatch</Code>"
        "<Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message>"
        "<Key>snapshots/000123.snap</Key><RequestId>1B7C2D3E4F5A6B7C</RequestId></Error>'", True)
    for typ, m in [
        (A, "Got HTTP 403 with content '<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code>"
            "<Message>Access Denied</Message><RequestId>4Z8X1M2Q7A9B3C5D</RequestId></Error>'"),
        (U, "Got HTTP 404 with content '<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>NoSuchKey</Code>"
            "<Message>The specified key does not exist.</Message><Key>snapshots/000124.snap</Key></Error>'"),
        (U, "Max expiration for presigned URLs is one week, or 604.800 seconds, got 1209600 instead"),
        (N, "Http request returned a non 2** code"),
        (N, "reqwest: error sending request for url (https://stemedb-snapshots.s3.eu-west-1.amazonaws.com/snapshots/000123.snap)"),
        (Z, "serde xml: missing field `Contents`"),
        (U, "Could not get write lock on credentials"),
    ]:
        add(R, "s3/src/error.rs", typ, m)
    for typ, m in [
        (A, "aws-creds: Could not get valid credentials from STS, ENV, Profile or Instance metadata"),
        (A, "aws-creds: Neither AWS_ACCESS_KEY_ID, nor AWS_ACCESS_KEY_ID exists in the environment"),
    ]:
        add(R, "aws-creds/src/error.rs", typ, m)

    # --- minio/minio-rs (ValidationErr / NetworkError / S3ServerError / Error) ---
    M = "minio/minio-rs"
    for typ, m in [
        (N, "Network error occurred"),
        (S, "Drive IO error occurred"),
        (U, "Validation error occurred"),
        (N, "Server failed with HTTP status code 503"),
        (N, "Request error: error sending request for url (http://10.0.0.12:9000/stemedb-snapshots/snapshots/000123.snap)"),
        (N, "Invalid server response received; expected content-type 'application/xml', but got text/html; HTTP status code: 502; content-type: text/html"),
        (U, "Invalid bucket name: 'sn' - bucket name cannot be less than 3 characters"),
        (U, "Part size 1048576 is not supported; minimum allowed 5MiB"),
        (Z, "CRC32C CRC mismatch; expected: 2876543210, got: 1234567890"),
        (Z, "Checksum mismatch; expected: 8f2a1c9e, computed: 0b77d4e1"),
        (N, "SSE operation must be performed over a secure connection"),
    ]:
        add(M, "src/s3/error.rs", typ, m)
    add(M, "src/s3/types/minio_error_response.rs", A,
        "S3 error: S3 operation failed: \n\tcode: AccessDenied\n\tmessage: Some(\"Access Denied.\")\n\tresource: /stemedb-snapshots/snapshots/000123.snap"
        "\n\trequest_id: 187D3A1B2C4E5F60\n\thost_id: dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8\n\tbucket: None\n\tobject: None")

    # --- Azure/azure-sdk-for-rust (azure_core Error Display = its message) ---
    AZ = "Azure/azure-sdk-for-rust"
    BLOB = "sdk/storage/azure_storage_blob/src/models/error.rs"
    add(AZ, BLOB, A,
        "HTTP Status Code: 403\nRequest ID: 5e3c1a2b-801e-0061-2f4d-8b6a3c000000\nStorage Error Code: AuthenticationFailed\n"
        "Error Message: Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.\n"
        "Authentication Error Detail: The MAC signature found in the HTTP request 'q3Xb8Jm1d0y0zq4VbD9kQ2c1XhYl5Zt8P0v3wR7sA1E=' is not the same as any computed signature. "
        "Server used following string to sign: 'GET\n\n\n\n\n\n\n\n\n\n\n\nx-ms-date:Mon, 01 Dec 2025 14:50:02 GMT\nx-ms-version:2025-01-05\n/stemedbsnap/snapshots/000123.snap'.\n", True)
    for typ, m in [
        (T, "HTTP Status Code: 500\nRequest ID: 7a1f0c2d-601e-0052-1c3a-9e2b4d000000\nStorage Error Code: OperationTimedOut\n"
            "Error Message: Operation could not be completed within the specified time.\n"),
        (N, "HTTP Status Code: 503\nRequest ID: 2b9e4f1c-201e-0033-5d6e-7f8a9b000000\nStorage Error Code: ServerBusy\n"
            "Error Message: The server is busy.\n"),
        (U, "HTTP Status Code: 404\nRequest ID: 9c8d7e6f-001e-0044-3a2b-1c0d9e000000\nStorage Error Code: BlobNotFound\n"
            "Error Message: The specified blob does not exist.\n"),
    ]:
        add(AZ, BLOB, typ, m)
    for typ, m, p in [
        (A, "ClientSecretCredential authentication failed. AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request "
            "is the client secret value, not the client secret ID.\nTo troubleshoot, visit https://aka.ms/azsdk/rust/identity/troubleshoot#client-secret",
         "sdk/identity/azure_identity/src/lib.rs"),
        (A, "ManagedIdentityCredential authentication failed. The requested identity has not been assigned to this resource\n"
            "To troubleshoot, visit https://aka.ms/azsdk/rust/identity/troubleshoot#managed-id",
         "sdk/identity/azure_identity/src/imds_managed_identity_credential.rs"),
        (U, "only one scope is supported for IMDS authentication", "sdk/identity/azure_identity/src/imds_managed_identity_credential.rs"),
        (A, "The request failed due to an error while fetching the access token.",
         "sdk/core/azure_core/src/http/policies/auth/bearer_token_policy.rs"),
        (N, "authorized requests are not permitted for non-TLS protected endpoints",
         "sdk/core/azure_core/src/http/policies/auth/bearer_token_policy.rs"),
        (A, "failed to create hmac from key", "sdk/core/azure_core/src/hmac.rs"),
        (T, "retry policy expired and the request will no longer be retried",
         "sdk/core/typespec_client_core/src/http/policies/retry/mod.rs"),
        (N, "failed to execute `reqwest` request", "sdk/core/typespec_client_core/src/http/clients/reqwest.rs"),
        (Z, "unable to parse rfc7231 date 'Mon, 1 Dec 2025 14:50:02 +0000", "sdk/core/typespec_client_core/src/time/mod.rs"),
    ]:
        add(AZ, p, typ, m)

    # --- googleapis/google-cloud-rust (gax Error Display wraps its source) ---
    G = "googleapis/google-cloud-rust"
    CORE = "src/gax/src/error/core_error.rs"
    for typ, m, p in [
        (Z, "cannot deserialize the response checksum mismatch the CRC32C checksums do not match: got=0x1a2b3c4d, want=0x9f8e7d6c",
         "src/storage/src/error.rs"),
        (Z, "missing 1048576 bytes at the end of the stream", "src/storage/src/error.rs"),
        (A, "Key has an invalid length: expected 32 bytes.", "src/storage/src/error.rs"),
        (T, "the request exceeded the request deadline error sending request for url "
            "(https://storage.googleapis.com/storage/v1/b/stemedb-snapshots/o/snapshots%2F000123.snap?alt=media)", CORE),
        (N, "cannot connect to endpoint: error sending request for url (https://storage.googleapis.com/upload/storage/v1/b/stemedb-snapshots/o?uploadType=resumable)",
         CORE),
        (N, "the HTTP transport reports a [503] error: Service Unavailable", CORE),
        (A, "the service reports an error with code PERMISSION_DENIED described as: stemedb-backup@stemedb-prod.iam.gserviceaccount.com "
            "does not have storage.objects.get access to the Google Cloud Storage object. Permission 'storage.objects.get' denied on resource (or it may not exist).",
         CORE),
        (U, "the service reports an error with code NOT_FOUND described as: No such object: stemedb-snapshots/snapshots/000124.snap", CORE),
        (T, "retry policy is exhausted after 600s, the last retry attempt was throttled", "src/gax/src/retry_policy.rs"),
        (A, "cannot create the authentication headers failed to refresh user access token, body=<{\n  \"error\": \"invalid_grant\",\n"
            "  \"error_description\": \"Token has been expired or revoked.\"\n}> and future attempts will not succeed",
         "src/gax/src/error/credentials.rs"),
        (A, "could not find or open the credentials file /etc/stemedb/gcp-sa.json. This file name was found in the "
            "`GOOGLE_APPLICATION_CREDENTIALS` environment variable. Verify this environment variable points to a valid file.",
         "src/auth/src/build_errors.rs"),
    ]:
        add(G, p, typ, m)

    # --- delta-io/delta-rs (DeltaTableError / kernel / LakeFS errors) ---
    D = "delta-io/delta-rs"
    DE = "crates/core/src/errors.rs"
    for typ, m, p in [
        (Z, "Invalid JSON in log record, version=42, line=`{\"add\":{\"path\":\"part-00000-3f1c2a7e-c000.snappy.parquet\",\"size\":1048`, "
            "err=`EOF while parsing a value at line 1 column 72`", DE),
        (Z, "Failed to parse parquet: Parquet error: Page CRC checksum mismatch", DE),
        (S, "Failed to read line from log record", DE),
        (U, "Delta transaction failed, version 43 already exists.", DE),
        (U, "Not a Delta table: No snapshot or version 0 found, perhaps /var/lib/stemedb/lake/events is an empty dir?", DE),
        (Z, "Invalid datetime string: input contains invalid characters", DE),
        (S, "Kernel: File not found: /var/lib/stemedb/lake/events/part-00001-9b2d4e6f-c000.snappy.parquet", "crates/core/src/kernel/error.rs"),
        (U, "Transaction failed: Failed to commit transaction: Commit failed: a concurrent transaction deleted the same data your transaction deletes.\n"
            "Help: you should retry this write operation. If it was based on data contained in the table, you should rerun the query generating the data.",
         "crates/core/src/kernel/transaction/conflict_checker.rs"),
        (A, "LakeFS request was unauthorized. Check permissions.", "crates/lakefs/src/errors.rs"),
        (A, "LakeFS password is missing in storage options. Set `secret_access_key`.", "crates/lakefs/src/errors.rs"),
        (N, "Failed to send request to LakeFS: error sending request for url (http://10.0.0.12:8000/api/v1/repositories/stemedb/branches)",
         "crates/lakefs/src/errors.rs"),
    ]:
        add(D, p, typ, m)

    # --- apache/datafusion (DataFusionError prefix + message) ---
    DF = "apache/datafusion"
    for typ, m, p in [
        (U, "Resources exhausted: Failed to allocate additional 64.0 MB for HashJoinInput[3] with 192.0 MB already allocated for this "
            "reservation - 12.4 MB remain available for the total memory pool: greedy(used: 1011.6 MB, pool_size: 1024.0 MB)",
         "datafusion/execution/src/memory_pool/pool.rs"),
        (S, "Arrow error: Io error: The used disk space during the spilling process has exceeded the allowable limit of 100.0 GB. "
            "Please try increasing the config: `datafusion.runtime.max_temp_directory_size`.", "datafusion/execution/src/disk_manager.rs"),
        (U, "Error during planning: table 'datafusion.public.raft_log' not found", "datafusion/core/src/execution/session_state.rs"),
        (U, "Schema error: No field named agent_idx. Did you mean 'agent_id'?.", "datafusion/common/src/error.rs"),
        (Z, "SQL error: ParserError(\"Expected: an SQL statement, found: SELEC at Line: 1, Column: 1\")", "datafusion/common/src/error.rs"),
        (U, "This feature is not implemented: Unsupported SQL statement: LISTEN raft_events", "datafusion/sql/src/statement.rs"),
        (U, "Invalid or Unsupported Configuration: Could not find config namespace \"stemedb\"", "datafusion/common/src/config.rs"),
        (S, "IO error: No space left on device (os error 28)", "datafusion/common/src/error.rs"),
        (U, "ExecutionJoin error: task 117 panicked with message \"index out of bounds: the len is 3 but the index is 7\"",
         "datafusion/common/src/error.rs"),
        (U, "Internal error: values should not be None.\nThis issue was likely caused by a bug in DataFusion's code. Please help us to resolve "
            "this by filing a bug report in our issue tracker: https://github.com/apache/datafusion/issues", "datafusion/common/src/error.rs"),
    ]:
        add(DF, p, typ, m)

    # --- apache/iceberg-rust (Error Display: kind, context, message, source) ---
    IB = "apache/iceberg-rust"
    for typ, m, p in [
        (S, "DataInvalid => Failed to read file /var/lib/stemedb/warehouse/events/metadata/00003-5f1c9a2e.metadata.json: "
            "No such file or directory (os error 2)", "crates/iceberg/src/io/storage/local_fs.rs"),
        (S, "Unexpected => Failed to write file /var/lib/stemedb/warehouse/events/data/00000-0-a1b2c3d4.parquet: "
            "No space left on device (os error 28)", "crates/iceberg/src/io/storage/local_fs.rs"),
        (S, "Unexpected => IO Operation failed, source: Permission denied (os error 13)", "crates/iceberg/src/error.rs"),
        (N, "Unexpected => Failed to execute http request, source: error sending request for url (http://10.0.0.12:8181/v1/config)",
         "crates/iceberg/src/error.rs"),
        (Z, "DataInvalid => Failed to parse json string, source: EOF while parsing an object at line 87 column 0", "crates/iceberg/src/error.rs"),
        (Z, "Unexpected, context: { json: <html><body><h1>502 Bad Gateway</h1></body></html> } => Failed to parse response from rest catalog server, "
            "source: expected value at line 1 column 1", "crates/catalog/rest/src/client.rs"),
        (N, "Unexpected, context: { status: 503 Service Unavailable, headers: {\"content-type\": \"text/plain\", \"content-length\": \"19\"} } "
            "=> Received response with unexpected status code", "crates/catalog/rest/src/client.rs"),
        (A, "DataInvalid, context: { description: Client authentication failed } => OAuthError: invalid_client", "crates/catalog/rest/src/types.rs"),
        (A, "DataInvalid => Invalid token received from catalog server!", "crates/catalog/rest/src/auth/oauth2.rs"),
        (U, "TableNotFound => Tried to load a table that does not exist", "crates/catalog/rest/src/catalog.rs"),
        (U, "CatalogCommitConflicts, context: { expected: 9a3b1c2d-4e5f-6789-abcd-ef0123456789, found: 1f2e3d4c-5b6a-7980-fedc-ba9876543210 } "
            "=> Requirement failed: Table UUID does not match", "crates/iceberg/src/catalog/mod.rs"),
    ]:
        add(IB, p, typ, m)

    # --- lancedb/lance (snafu Error Display, ends with the source location) ---
    L = "lancedb/lance"
    for typ, m, p in [
        (Z, "LanceError(IO): Invalid format: magic number does not match, rust/lance-table/src/io/manifest.rs:66:20",
         "rust/lance-table/src/io/manifest.rs"),
        (Z, "LanceError(IO): Invalid format: manifest length does not match. Expected 18342, got 4096, rust/lance-table/src/io/manifest.rs:102:20",
         "rust/lance-table/src/io/manifest.rs"),
        (Z, "LanceError(IO): file does not appear to be a Lance file (invalid magic: [76, 65, 78, 67]), rust/lance-file/src/reader.rs:475:24",
         "rust/lance-file/src/reader.rs"),
        (Z, "Encountered corrupt file var/lib/stemedb/vectors/embeddings.lance/_deletions/3-17-8812.arrow: Expected exactly one batch in deletion file, "
            "got 2, rust/lance-table/src/io/deletion.rs:156:32", "rust/lance-table/src/io/deletion.rs"),
        (S, "Dataset at path var/lib/stemedb/vectors/embeddings.lance/_versions/42.manifest was not found: No such file or directory (os error 2), "
            "rust/lance/src/dataset.rs:640:69", "rust/lance/src/dataset.rs"),
        (U, "Retryable commit conflict for version 42: This Update transaction was preempted by concurrent transaction Delete at version 42. "
            "Please retry., rust/lance/src/io/commit/conflict_resolver.rs:155:9", "rust/lance/src/io/commit/conflict_resolver.rs"),
        (U, "Commit conflict for version 43: Failed to commit the transaction after 20 retries., rust/lance/src/io/commit.rs:946:19",
         "rust/lance/src/io/commit.rs"),
        (U, "Too many concurrent writers. Attempted 10 retries., rust/lance/src/dataset/write/retry.rs:132:19", "rust/lance/src/dataset/write/retry.rs"),
        (U, "Encountered internal error. Please file a bug report at https://github.com/lancedb/lance/issues. Expected option to have value, "
            "rust/lance/src/dataset/scanner.rs:1287:14", "rust/lance-core/src/error.rs"),
    ]:
        add(L, p, typ, m)


# libuv, crossbeam, async-channel, notify, opentelemetry-rust, rust-prometheus, jemalloc, mimalloc: snapshots via fetch, read with git show HEAD:<path>; each message taken from the file named in its entry, placeholders filled.
def _part_y(add):
    # --- libuv: uv_strerror() texts from the UV_ERRNO_MAP table ---
    R = "libuv/libuv"
    for typ, m in [(S, "no space left on device"), (S, "file already exists"), (S, "too many open files"),
                   (S, "read-only file system"), (S, "resource busy or locked"), (S, "i/o error"),
                   (S, "no such file or directory"), (S, "illegal operation on a directory"),
                   (N, "connection reset by peer"), (N, "address already in use"), (N, "host is unreachable"),
                   (N, "software caused connection abort"), (N, "unknown node or service"),
                   (N, "cannot send after transport endpoint shutdown"), (N, "machine is not on the network"),
                   (Z, "invalid Unicode character"), (Z, "illegal byte sequence"),
                   (U, "operation canceled"), (U, "not enough memory")]:
        add(R, "include/uv.h", typ, m)

    # --- crossbeam ---
    R = "crossbeam-rs/crossbeam"
    for typ, m in [(U, "sending on a disconnected channel"), (U, "sending on a full channel"),
                   (U, "receiving on an empty and disconnected channel"), (U, "receiving on an empty channel"),
                   (T, "timed out waiting on receive operation"), (U, "channel is empty and disconnected"),
                   (U, "all operations in select would block"), (T, "timed out waiting on select")]:
        add(R, "crossbeam-channel/src/err.rs", typ, m)
    add(R, "crossbeam-channel/src/select.rs", U, "no operations have been added to `Select`")
    add(R, "crossbeam-utils/src/thread.rs", U,
        'failed to spawn scoped thread: Os { code: 11, kind: WouldBlock, message: "Resource temporarily unavailable" }')

    # --- async-channel ---
    R = "smol-rs/async-channel"
    for typ, m in [(U, "sending into a closed channel"), (U, "sending into a full channel"),
                   (U, "receiving from an empty and closed channel"), (U, "receiving from an empty channel"),
                   (U, "capacity cannot be zero")]:
        add(R, "src/lib.rs", typ, m)

    # --- notify (file watcher) ---
    R = "notify-rs/notify"
    for typ, m in [(S, 'No path was found. about ["/var/lib/stemedb/data/wal"]'),
                   (U, 'No watch was found. about ["/var/lib/stemedb/data/wal"]'),
                   (U, 'OS file watch limit reached. about ["/etc/stemedb"]'),
                   (S, 'Permission denied (os error 13) about ["/var/lib/stemedb/data"]'),
                   (U, "internal channel disconnect: RecvError"),
                   (U, "internal mutex poisoned: PoisonError { .. }"),
                   (S, 'unable to apply the batch operation: No path was found. about ["/var/lib/stemedb/snapshots"]')]:
        add(R, "notify/src/error.rs", typ, m)
    add(R, "notify-debouncer-full/src/lib.rs", U, "Invalid tick_rate, tick rate 2s > 500ms timeout!")
    add(R, "notify/src/lib.rs", U, "listing watched paths is not supported by this watcher")
    add(R, "notify/src/poll.rs", S,
        'walkdir error scanning Error { depth: 2, inner: Io { path: Some("/var/lib/stemedb/data/000123.sst"), '
        'err: Os { code: 2, kind: NotFound, message: "No such file or directory" } } }')

    # --- opentelemetry-rust (SDK and OTLP exporter) ---
    R = "open-telemetry/opentelemetry-rust"
    for typ, m in [(U, "Shutdown already invoked"), (T, "Operation timed out after 5s")]:
        add(R, "opentelemetry-sdk/src/error.rs", typ, m)
    for typ, m in [(N, "Operation failed: HTTP export failed: network error"),
                   (N, "Operation failed: HTTP export failed with status code: 503"),
                   (Z, "Operation failed: failed to serialize traces to OTLP/HTTP JSON: key must be a string"),
                   (U, "Operation failed: OTLP HTTP compressed request body is 9437184 bytes, exceeding the configured "
                       "limit of 4194304 bytes; request will not be sent and telemetry data will be discarded; reduce the "
                       "batch size, telemetry item size, or configure a larger limit"),
                   (U, "protocol: gRPC protocol is not compatible with HTTP transport. Use `.with_tonic()` instead.")]:
        add(R, "opentelemetry-otlp/src/exporter/http/mod.rs", typ, m)
    for typ, m in [(N, "Operation failed: TonicTracesClient export failed with gRPC code: Unavailable: transport error: "
                       "tcp connect error: Connection refused (os error 111)"),
                   (T, "Operation failed: TonicMetricsClient export failed with gRPC code: DeadlineExceeded"),
                   (A, "Operation failed: TonicLogsClient export failed with gRPC code: Unauthenticated"),
                   (A, "Operation failed: TonicTracesClient export failed with gRPC code: PermissionDenied")]:
        add(R, "opentelemetry-otlp/src/exporter/tonic/mod.rs", typ, m)
    for typ, m in [(Z, "invalid URI http://otel-collector:43l7/v1/traces. Reason invalid port")]:
        add(R, "opentelemetry-otlp/src/exporter/mod.rs", typ, m)
    add(R, "opentelemetry-otlp/src/retry.rs", T, "OTLP export deadline exceeded - telemetry data will be lost")
    add(R, "opentelemetry-sdk/src/runtime.rs", U, "cannot send message to batch processor as the channel is full")
    add(R, "opentelemetry-sdk/src/metrics/error.rs", U,
        "Invalid instrument configuration: name must be less than 256 characters")
    add(R, "opentelemetry-sdk/src/metrics/periodic_reader.rs", U, "Operation failed: MeterProvider is not registered")
    add(R, "opentelemetry/src/trace/span_context.rs", Z,
        "Stemedb@Node2 is not a valid key in TraceState, see https://www.w3.org/TR/trace-context/#key for more details")

    # --- rust-prometheus ---
    R = "tikv/rust-prometheus"
    for typ, m in [(U, "Duplicate metrics collector registration attempted"),
                   (U, "Inconsistent label cardinality, expect 3 label values, but got 2"),
                   (S, "Io error: Read-only file system (os error 30)"),
                   (N, "Io error: Broken pipe (os error 32)")]:
        add(R, "src/errors.rs", typ, m)
    add(R, "src/desc.rs", U, "Error: 'stemedb-raft_commit_latency' is not a valid metric name")
    add(R, "src/histogram.rs", U, "Error: histogram buckets must be in increasing order: 0.5 >= 0.25")
    add(R, "src/histogram.rs", U, "Error: exponential_buckets needs a factor greater than 1, factor: 1")
    add(R, "src/push.rs", N, "Error: unexpected status code 503 Service Unavailable while pushing to "
                             "http://10.0.0.12:9091/metrics/job/stemedb")
    add(R, "src/push.rs", A, "Error: unexpected status code 401 Unauthorized while pushing to "
                             "http://10.0.0.12:9091/metrics/job/stemedb")
    add(R, "src/push.rs", U, "Error: job contains '/': stemedb/node2")
    add(R, "src/vec.rs", U, "Error: label name agent missing in label map")

    # --- jemalloc ---
    R = "jemalloc/jemalloc"
    add(R, "src/prof_sys.c", S, '<jemalloc>: failed to open "/var/lib/stemedb/prof/jeprof.4121.0.f.heap"')
    add(R, "src/prof_sys.c", S, "<jemalloc>: failed to write during heap profile flush")
    add(R, "src/prof_log.c", S, '<jemalloc>: creat() for log file "/var/lib/stemedb/prof/jeprof.4121.log"  failed with 13')
    add(R, "src/conf.c", U, "<jemalloc>: Out-of-range conf value: narenas:0")
    add(R, "src/conf.c", Z, "<jemalloc>: Malformed conf string -- background_thread:true,dirty_decay_ms")
    add(R, "src/jemalloc.c", U, "<jemalloc>: Error in malloc(): out of memory")
    add(R, "src/pages.c", U, "<jemalloc>: Error in munmap(): Invalid argument")
    add(R, "include/jemalloc/internal/cache_bin.h", U,
        "Invalid deallocation detected: double free of pointer 0x7f1c2a41e040")

    # --- mimalloc (prefixes "mimalloc: error: " / "mimalloc: warning: " from src/options.c) ---
    R = "microsoft/mimalloc"
    for p, typ, m in [("src/page.c", U, "mimalloc: error: unable to allocate memory (1073741824 bytes)"),
                      ("src/page.c", U, "mimalloc: error: corrupted thread-free list"),
                      ("src/free.c", U, "mimalloc: error: double free detected of block 0x7f3a2c010080 with size 64"),
                      ("src/free.c", U, "mimalloc: error: buffer overflow in heap block 0x7f3a2c0200c0 of size 48: write after 40 bytes"),
                      ("src/free.c", U, "mimalloc: error: mi_free: pointer does not point to a valid heap space: 0x55d1c3a0f2b0"),
                      ("src/os.c", T, "mimalloc: warning: huge OS page allocation timed out (after allocating 3 page(s))"),
                      ("src/options.c", U, "mimalloc: warning: environment option mimalloc_arena_reserve has an invalid value."),
                      ("src/arena.c", U, "mimalloc: warning: failed to reserve 4 GiB huge pages")]:
        add(R, p, typ, m)


# poem, salvo, ntex, httparse, neqo, async-graphql, tower-http: snapshots via fetch (git show HEAD:<path>), each message read in the file named per entry (Display/#[error] text, io::Error::other strings, ServerError::new strings), placeholders filled plausibly.
def _part_z(add):
    # --- httparse: Error::description_str and InvalidChunkSize's Display ---
    HP = "seanmonstar/httparse"
    for typ, m in [(Z, "invalid header value"), (Z, "invalid new line"), (Z, "invalid HTTP version"),
                   (U, "too many headers"), (Z, "invalid chunk size")]:
        add(HP, "src/lib.rs", typ, m)

    # --- neqo (QUIC transport, HTTP/3, QPACK, mtu): thiserror #[error] texts ---
    NQ = "mozilla/neqo"
    for typ, m in [(N, "flow control error"), (U, "stream limit exceeded"), (Z, "transport parameter error"),
                   (N, "crypto alert: 42"), (T, "no packets received for longer than the idle timeout"),
                   (N, "stateless reset"), (N, "too many PTOs without acknowledgement; connection assumed broken"),
                   (U, "wrong role")]:
        add(NQ, "neqo-transport/src/lib.rs", typ, m)
    # Transport(#[from] TransportError) wraps neqo_transport::Error's Display; Qpack wraps neqo_qpack::Error's
    for typ, m in [(N, "HTTP closed critical stream"), (N, "HTTP excessive load"), (U, "HTTP request cancelled"),
                   (T, "Transport error: no packets received for longer than the idle timeout"),
                   (Z, "QPACK error: Decompression error")]:
        add(NQ, "neqo-http3/src/lib.rs", typ, m)
    add(NQ, "neqo-qpack/src/lib.rs", Z, "Bad UTF-8 encoding")
    add(NQ, "mtu/src/lib.rs", N, "Local interface MTU not found")

    # --- poem ---
    PO = "poem-web/poem"
    for typ, m in [(U, "the body has been taken"),
                   (Z, "cookie is illegal: expected value at line 1 column 1"),
                   (Z, "invalid content type `text/plain`, expect: `application/json`"),
                   (U, "header `X-Request-Id` is required"),
                   (S, "io: Permission denied (os error 13)"),          # StaticFileError::Io
                   (U, "duplicate path: /v1/keys/:key"),
                   (A, "request-origin not allowed")]:                  # CorsError::OriginNotAllowed
        add(PO, "poem/src/error.rs", typ, m)
    for typ, m in [(A, "authorization error"),
                   (Z, "failed to parse parameter `limit`: invalid digit found in string")]:
        add(PO, "poem-openapi/src/error.rs", typ, m)
    add(PO, "poem/src/web/csrf.rs", A, "CSRF cookie missing")
    # poem-grpc Status Display: "grpc status: code={}, message={}"
    for typ, m, p in [(Z, "grpc status: code=13, message=incomplete request", "poem-grpc/src/encoding.rs"),
                      (N, "grpc status: code=13, message=invalid http status code: 502", "poem-grpc/src/client.rs"),
                      (N, "failed to parse tls certificates", "poem/src/listener/rustls.rs"),
                      (A, "authorization failed too many times", "poem/src/listener/acme/listener.rs")]:
        add(PO, p, typ, m)

    # --- salvo ---
    SA = "salvo-rs/salvo"
    for typ, m in [(T, "OIDC endpoint request timed out"), (A, "JWT Is Invalid"),
                   (A, "Token did not contain a KID field"),
                   (N, "OIDC endpoint returned non-success status: 503 Service Unavailable"),
                   (U, "OIDC audience must be configured"), (Z, "Decoding of JWKS error")]:
        add(SA, "crates/jwt-auth/src/lib.rs", typ, m)
    add(SA, "crates/core/src/http/errors/parse_error.rs", Z, "deserialize error: missing field `key`")
    # tus: TusError; the disk store wraps io errors as TusError::Internal("rename meta tmp: {e}")
    for typ, m in [(U, "upload not found"), (U, "offset mismatch: expected 1048576, got 524288"),
                   (S, "file no longer exists"),
                   (S, "internal: rename meta tmp: No space left on device (os error 28)")]:
        add(SA, "crates/tus/src/error.rs", typ, m)
    for typ, m, p in [(T, "TLS handshake timeout", "crates/core/src/conn/stream/handshake.rs"),
                      (T, "request body timeout", "crates/core/src/http/body/req.rs"),
                      (N, "rustls: no active tls config", "crates/core/src/conn/rustls/listener.rs"),
                      (U, "http2 feature not enabled", "crates/core/src/conn/proto.rs")]:
        add(SA, p, typ, m)

    # --- ntex ---
    NT = "ntex-rs/ntex"
    for typ, m in [(T, "Frame read timeout"),
                   (N, "Peer has been disconnected: Some(Os { code: 104, kind: ConnectionReset, "
                       "message: \"Connection reset by peer\" })"),
                   (N, "Received an unmasked frame from client"),
                   (T, "Timeout out while waiting for response")]:
        add(NT, "ntex/src/ws/error.rs", typ, m)
    for typ, m in [(Z, "Unexpected end of bytes stream"), (U, "Maximum number of headers are received"),
                   (Z, "Cannot decode content-encoding."), (N, "Missing pseudo header: Method")]:
        add(NT, "ntex/src/http/error.rs", typ, m)
    # ClientError::Connect("Failed to connect to host: {0}") over ConnectError
    for typ, m in [(N, "Failed to connect to host: No dns records found for the input"),
                   (T, "Failed to connect to host: Timeout while establishing connection"),
                   (U, "Tunnels are not supported for http2 connection")]:
        add(NT, "ntex/src/client/error.rs", typ, m)
    add(NT, "ntex/src/http/h1/mod.rs", T, "Payload did not complete within the specified timeout")
    for typ, m in [(U, "App state is not configured, to configure use App::state()"),
                   (Z, "Cannot decode chunked transfer encoding"),
                   (Z, "Json deserialize error: missing field `key` at line 1 column 17")]:
        add(NT, "ntex/src/web/error.rs", typ, m)

    # --- async-graphql: ServerError Display is its message ---
    AG = "async-graphql/async-graphql"
    for typ, m, p in [(U, "Query is too complex.", "src/validation/mod.rs"),
                      (U, "Query is nested too deep.", "src/validation/mod.rs"),
                      (U, "Unknown operation named \"GetNodeStatus\"", "src/schema.rs"),
                      (U, "Variable limit is not defined.", "src/context.rs"),
                      (U, "Cannot query field \"leaderId\" on type \"ClusterStatus\".",
                       "src/resolver_utils/container.rs"),
                      # InputValueError::from("Invalid number") -> custom(): 'Failed to parse "{}": {}'
                      (Z, "Failed to parse \"Int\": Invalid number", "src/types/external/integers.rs"),
                      (Z, "Expected input type \"Int\", found \"ten\".", "src/error.rs"),
                      (U, "PersistedQueryNotFound", "src/extensions/apollo_persisted_queries.rs"),
                      (N, "The handshake is not completed.", "src/http/websocket.rs"),
                      (Z, "Invalid files map: expected value at line 1 column 1", "src/error.rs"),
                      (Z, "multiple query roots in schema definition", "parser/src/lib.rs")]:
        add(AG, p, typ, m)

    # --- tower-http ---
    TH = "tower-rs/tower-http"
    for typ, m, p in [(T, "data was not received within the designated timeout", "tower-http/src/timeout/body.rs"),
                      (Z, "there are extra bytes after body has been decompressed", "tower-http/src/compression_utils.rs"),
                      (A, "Cross-Origin request detected", "tower-http/src/csrf/mod.rs"),
                      (A, "Cross-Origin request from old browser detected", "tower-http/src/csrf/mod.rs"),
                      (U, "invalid origin \"https://stemedb.example.com/ui\": path, query, and fragment are not allowed",
                       "tower-http/src/csrf/mod.rs"),
                      (U, "response future dropped before completion", "tower-http/src/on_early_drop/failure.rs"),
                      (U, "Service panicked: called `Option::unwrap()` on a `None` value", "tower-http/src/catch_panic.rs"),
                      # GrpcFailureClass "Status: {}" over GrpcStatus "{code:?}: {message}"
                      (T, "Status: DeadlineExceeded: Timeout expired",
                       "tower-http/src/classify/grpc_errors_as_failures.rs"),
                      (N, "Status: Unavailable: error trying to connect: tcp connect error: Connection refused (os error 111)",
                       "tower-http/src/classify/grpc_errors_as_failures.rs"),
                      (A, "Status: Unauthenticated: invalid bearer token",
                       "tower-http/src/classify/grpc_errors_as_failures.rs"),
                      (N, "Status code: 503 Service Unavailable", "tower-http/src/classify/mod.rs")]:
        add(TH, p, typ, m)


# Security/keys sources read from snapshots via fetch (git show HEAD:<path>): nss-dev/nss (lib/util/SECerrs.h, lib/ssl/SSLerrs.h; a few in mozilla/neqo's `Error: NssError { name, code, desc }` Debug form), gpg/libgpg-error (src/err-codes.h.in; some in gpg-rs' "<desc> (gpg error N)" Display), jmgilman/vaultrs (vaultrs/src/error.rs; APIError Debug carries Vault server texts read in hashicorp/vault sdk/logical/error.go and builtin/credential/approle/path_login.go) plus its REST layer jmgilman/rustify (src/errors.rs, read via read_file), rustls/rustls-platform-verifier (wrapped in rustls' "unexpected error: " / "invalid peer certificate: " Display), tpm2-software/tpm2-tss (src/tss2-rc/tss2_rc.c, as Tss2_RC_Decode prints "layer:text"). jedisct1/libsodium has no error texts (C API returns -1 only), so jedisct1/rust-minisign (src/lib.rs, secret_key.rs, ...) and jedisct1/rust-minisign-verify (src/lib.rs) stand in for it; file named per entry.
def _part_o(add):
    # --- NSS: SEC_ERROR_* descriptions ---
    R = "nss-dev/nss"
    P = "lib/util/SECerrs.h"
    for typ, m in [
        (N, "Peer's certificate has an invalid signature."),
        (N, "Peer's Certificate issuer is not recognized."),
        (N, "The CRL for the certificate's issuer has an invalid signature."),
        (N, "OCSP response has an invalid signature."),
        (A, "The security password entered is incorrect."),
        (A, "Could not create or verify a signature using a signature algorithm that is disabled because it is not secure."),
        (S, "security library: bad database."),
        (S, "An I/O error occurred during security authorization."),
        (Z, "security library: improperly formatted DER-encoded message."),
        (Z, "The certificate/key database is in an old, unsupported format."),
        (U, "security library: invalid arguments."),
        (U, "NSS is not initialized."),
        # neqo-crypto prints NSS errors as "Error: {self:?}"; SEC_ERROR_BAD_DATA is what a failed AEAD open reports
        (Z, 'Error: NssError { name: "SEC_ERROR_BAD_DATA", code: -8190, desc: "security library: received bad data." }'),
    ]:
        add(R, P, typ, m)
    # real signature / MAC verification failures
    add(R, P, A, "Signature verification failed: no signer found, too many signers found, or improper or corrupted data.", True)
    add(R, P, A, "Unable to import. Invalid MAC. Incorrect password or corrupt file.", True)

    # --- NSS: SSL_ERROR_* descriptions (TLS: NetworkError even for MAC/signature) ---
    P = "lib/ssl/SSLerrs.h"
    for typ, m in [
        (N, 'Error: NssError { name: "SSL_ERROR_BAD_MAC_READ", code: -12273, desc: "SSL received a record with an incorrect Message Authentication Code." }'),
        (N, "SSL peer reports incorrect Message Authentication Code."),
        (N, "Peer reports failure of signature verification or key exchange."),
        (N, "SSL received a delegated credential with an invalid signature."),
        (N, "Unable to communicate securely with peer: requested domain name does not match the server's certificate."),
        (A, "Client authentication failed: private key in key database does not match public key in certificate database."),
        (U, "Cannot perform the operation until the handshake is complete."),
    ]:
        add(R, P, typ, m)

    # --- libgpg-error: err-codes descriptions ---
    R = "gpg/libgpg-error"
    P = "src/err-codes.h.in"
    for typ, m in [
        (A, "Signature expired"),
        (U, "Invalid signature scheme"),
        (A, "Bad passphrase"),
        (A, "No public key (gpg error 9)"),
        (Z, "Checksum error"),
        (N, "Bad certificate verify message in handshake"),
        (T, "DNS Timeout"),
        (T, "Timeout in LDAP"),
        (N, "Unknown host (gpg error 49)"),
        (N, "Verification failed in DNS"),
        (S, "Cannot open keyring"),
    ]:
        add(R, P, typ, m)
    add(R, P, A, "Bad signature", True)
    add(R, P, A, "Bad signature (gpg error 8)", True)
    add(R, P, A, "The MAC does not verify", True)
    add(R, P, A, "Invalid MAC", True)

    # --- vaultrs ---
    R = "jmgilman/vaultrs"
    P = "vaultrs/src/error.rs"
    for typ, m in [
        (A, "The Vault server returned an error (status code 403)"),
        (A, 'APIError { code: 400, errors: ["invalid role or secret ID"] }'),
        (A, 'APIError { code: 403, errors: ["permission denied"] }'),
        (U, 'APIError { code: 429, errors: ["rate limit quota exceeded"] }'),
        (S, "Failed to find file: /etc/stemedb/vault/ca.pem"),
        (S, "Error reading file: /var/lib/stemedb/vault/secret_id"),
        (Z, "Error parsing CA certificate as PEM encoded certificate: /etc/stemedb/vault/ca.pem"),
        (N, "The request returned an empty response"),
        (A, "The wrapped response doesn't exist or is not longer valid"),
        (U, "The parameters given to the endpoint didn't update anything"),
    ]:
        add(R, P, typ, m)
    # rustify, the REST layer vaultrs wraps (RestClientError's source)
    R = "jmgilman/rustify"
    for typ, m in [
        (N, "Error sending HTTP request"),
        (Z, "Error parsing server response as UTF-8"),
        (N, "Server returned error"),
    ]:
        add(R, "src/errors.rs", typ, m)

    # --- rustls-platform-verifier ---
    R = "rustls/rustls-platform-verifier"
    for typ, m, p in [
        (N, "unexpected error: No CA certificates were loaded from the system", "rustls-platform-verifier/src/verification/others.rs"),
        (N, "3 platform CA root certificates were ignored due to errors", "rustls-platform-verifier/src/verification/others.rs"),
        (N, "failed to verify TLS certificate: invalid peer certificate: UnknownIssuer", "rustls-platform-verifier/src/verification/others.rs"),
        (N, "failed to verify TLS certificate: invalid peer certificate: BadSignature", "rustls-platform-verifier/src/verification/others.rs"),
        (U, "unexpected error: failed to call native verifier: JavaException", "rustls-platform-verifier/src/verification/android.rs"),
        (N, "unexpected error: TLS certificate verification was unavailable on the system!", "rustls-platform-verifier/src/verification/windows.rs"),
        (N, "invalid peer certificate: Malformed OCSP response stapled to server certificate", "rustls-platform-verifier/src/verification/windows.rs"),
        (N, "invalid peer certificate: certificate had invalid extensions", "rustls-platform-verifier/src/verification/mod.rs"),
        (U, "Expect rustls-platform-verifier to be initialized", "rustls-platform-verifier/src/android.rs"),
    ]:
        add(R, p, typ, m)

    # --- tpm2-tss: Tss2_RC_Decode texts ---
    R = "tpm2-software/tpm2-tss"
    P = "src/tss2-rc/tss2_rc.c"
    for typ, m in [
        (A, "esapi:Authorizing the TPM response failed"),
        (Z, "tpm:parameter(1):integrity check failed"),
        (A, "tpm:session(1):authorization failure without DA implications"),
        (A, "tpm:warn(2.0): authorizations for objects subject to DA protection are not allowed at this time because the TPM is in DA lockout mode"),
        (T, "tcti:Operation timed out; function must be called again to be completed"),
        (N, "tcti:Fails to connect to next lower layer"),
        (S, "tcti:IO failure"),
        (Z, "esapi:Response is malformed"),
        (Z, "fapi:Hashes mismatch"),
        (Z, "tpm:parameter(1):the TPM was unable to unmarshal a value because there were not enough octets in the input buffer"),
        (U, "esapi:Function called in the wrong order"),
    ]:
        add(R, P, typ, m)
    add(R, P, A, "tpm:parameter(2):the signature is not valid", True)
    add(R, P, A, "fapi:Signature verification failed", True)
    add(R, P, A, "tpm:session(1):the authorization HMAC check failed and DA counter incremented", True)

    # --- libsodium stand-ins: minisign (Ed25519, libsodium-compatible) ---
    R = "jedisct1/rust-minisign"
    add(R, "src/lib.rs", A, 'PError { kind: Verify, err: "Signature verification failed" }', True)
    add(R, "src/lib.rs", A, "Comment signature verification failed", True)
    add(R, "src/lib.rs", A, "Could not verify signature with the provided public key ID: 2F1A9C44E0B3D871", True)
    for typ, m, p in [
        (A, "Signature key id: 7E3D0C91A4B25F68 is different from public key: 2F1A9C44E0B3D871", "src/lib.rs"),
        (Z, "Inconsistent signature presence for trusted comment presence", "src/lib.rs"),
        (A, "Wrong password for that key", "src/secret_key.rs"),
        (Z, "Corrupted key", "src/secret_key.rs"),
        (Z, "Base64 conversion failed - was an actual public key given?", "src/public_key.rs"),
    ]:
        add(R, p, typ, m)
    R = "jedisct1/rust-minisign-verify"
    add(R, "src/lib.rs", A, "The signature verification failed", True)
    for typ, m in [
        (A, "The signature was created with a different key than the one provided"),
        (Z, "Invalid encoding in minisign data"),
        (U, "This signature algorithm is not supported by this implementation"),
        (S, "I/O error: No such file or directory (os error 2)"),
    ]:
        add(R, "src/lib.rs", typ, m)


def holdout4(add):
    for part in (_part_x, _part_y, _part_z, _part_o):
        part(add)
