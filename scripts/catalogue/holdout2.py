"""The second blind batch: 352 wordings from 31 sources in no earlier batch,
gathered after the fallback had its signature head (stop 20). Four helper
sessions read them blind: their brief said the batch is scored blind first and
then joins the training catalogue, that nobody writes rules from its misses,
and told them not to read the rules, the scorer, the classifier or the test
set. Each wording was read in the file named beside it; fills not read in the
source are named in each part's note. build.py adds it to the catalogue.

One label was changed from the helpers' reading, before the batch was scored:
a MAC or HMAC that failed to verify is a signature failure, as the catalogue
has always had it ("MAC tag mismatch", "MacError", "Authentication tag didn't
verify"); three wordings ("PPK parsing error: incorrect MAC", "Header MAC is
invalid", "Crypto error: bad HMAC") were marked so. A decryption that failed
(BoringSSL's BAD_DECRYPT) is not.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401

# part p: google/leveldb, tikv/raft-engine, apache/opendal, tikv/client-rust, aembke/fred.rs, SeaQL/sea-orm: snapshots via fetch, read with git show; each wording read in the file named per entry (Display/ToString format + the call site's text), placeholders filled.
def _part_p(add):
    # --- LevelDB (Status::ToString in util/status.cc: "<code>: <msg>[: <msg2>]") ---
    LD = "google/leveldb"
    for typ, m, p in [
        (S, "IO error: /var/lib/stemedb/data/000187.log: No space left on device", "util/env_posix.cc"),
        (S, "IO error: lock /var/lib/stemedb/data/LOCK: already held by process", "util/env_posix.cc"),
        (S, "IO error: /var/lib/stemedb/data/MANIFEST-000005: Read-only file system", "util/env_posix.cc"),
        (S, "NotFound: /var/lib/stemedb/data/000123.ldb: No such file or directory", "util/env_posix.cc"),
        (S, "IO error: /var/lib/stemedb/data: repair found no files", "db/repair.cc"),
        (S, "Corruption: 3 missing files; e.g.: /var/lib/stemedb/data/000123.ldb", "db/db_impl.cc"),
        (U, "IO error: Deleting DB during compaction", "db/db_impl.cc"),
        (Z, "Corruption: not an sstable (bad magic number)", "table/format.cc"),
        (Z, "Corruption: block checksum mismatch", "table/format.cc"),
        (Z, "Corruption: corrupted snappy compressed block contents", "table/format.cc"),
        (Z, "Corruption: CURRENT file does not end with newline", "db/version_set.cc"),
        (Z, "Corruption: VersionEdit: unknown tag", "db/version_edit.cc"),
        (Z, "Corruption: partial record without end(1)", "db/log_reader.cc"),
        (Z, "Corruption: unknown record type 9", "db/log_reader.cc"),
        (U, "Invalid argument: /var/lib/stemedb/data: does not exist (create_if_missing is false)", "db/db_impl.cc"),
        (U, "Invalid argument: stemedb.TermKeyComparator does not match existing comparator : leveldb.BytewiseComparator", "db/version_set.cc"),
        (U, "Not implemented: NewAppendableFile: /var/lib/stemedb/data/000187.log", "util/env.cc"),
    ]:
        add(LD, p, typ, m)

    # --- raft-engine (src/errors.rs thiserror Display; box_err! prefixes "[file:line]: ") ---
    RE = "tikv/raft-engine"
    for typ, m, p in [
        (S, "IO Error: Os { code: 28, kind: StorageFull, message: \"No space left on device\" }", "src/errors.rs"),
        (S, "IO Error: Os { code: 13, kind: PermissionDenied, message: \"Permission denied\" }", "src/errors.rs"),
        (S, "Other Error: [src/file_pipe_log/pipe_builder.rs:622]: Failed to lock file: Resource temporarily unavailable (os error 11), maybe another instance is using this directory.", "src/file_pipe_log/pipe_builder.rs"),
        (S, "Other Error: [src/file_pipe_log/pipe_builder.rs:261]: Not directory: /var/lib/stemedb/raft", "src/file_pipe_log/pipe_builder.rs"),
        (Z, "Corruption: log file magic header mismatch", "src/file_pipe_log/format.rs"),
        (Z, "Corruption: unrecognized log file version: 7", "src/file_pipe_log/format.rs"),
        (Z, "Corruption: Checksum expected 3735928559 but got 1914226613", "src/log_batch.rs"),
        (Z, "Corruption: Unexpected eof at 8192", "src/file_pipe_log/reader.rs"),
        (Z, "Corruption: Decompressed content length mismatch 3840 != 4096", "src/util.rs"),
        (Z, "Codec Error: bad format key(padding)", "src/codec.rs"),
        (U, "Entry Compacted", "src/errors.rs"),
        (U, "Full", "src/log_batch.rs"),
        (U, "Invalid Argument: key prefix `[95, 95]` reserved for internal use", "src/log_batch.rs"),
        (U, "Other Error: [src/config.rs:160]: purge-threshold < target-file-size", "src/config.rs"),
    ]:
        add(RE, p, typ, m)

    # --- OpenDAL (core/core/src/types/error.rs Display:
    #     "{kind} ({status}) at {operation}, context: { k: v, .. } => {message}, source: {source}") ---
    OD = "apache/opendal"
    s3_parts = ("Parts { status: 403, version: HTTP/1.1, headers: {\"x-amz-request-id\": \"4Z8X1M2Q7A9B3C5D\", "
                "\"content-type\": \"application/xml\", \"transfer-encoding\": \"chunked\", "
                "\"date\": \"Mon, 01 Dec 2025 14:50:02 GMT\", \"server\": \"AmazonS3\"} }")
    s3_uri = "https://stemedb-snapshots.s3.eu-west-1.amazonaws.com/snapshots/000123.snap"
    for typ, m, p in [
        (S, "NotFound (permanent) at stat, context: { service: fs, path: snapshots/000123.snap } => entity not found, source: No such file or directory (os error 2)", "core/core/src/raw/std_io_util.rs"),
        (S, "PermissionDenied (permanent) at write, context: { service: fs, path: wal/000045.log } => permission denied, source: Permission denied (os error 13)", "core/core/src/raw/std_io_util.rs"),
        (S, "Unexpected (temporary) at write, context: { service: fs, path: blobs/ab/12 } => no storage space, source: No space left on device (os error 28)", "core/core/src/raw/std_io_util.rs"),
        (S, "ConditionNotMatch (permanent) at write, context: { service: fs, path: snapshots/000124.snap } => The file already exists in the filesystem, source: File exists (os error 17)", "core/services/fs/src/core.rs"),
        (T, "Unexpected (temporary) at read, context: { timeout: 60 } => operation timeout reached", "core/layers/timeout/src/lib.rs"),
        (T, "Unexpected (temporary) at write, context: { timeout: 10 } => io operation timeout reached", "core/layers/timeout/src/lib.rs"),
        (N, "Unexpected (temporary) at read, context: { url: http://10.0.0.12:9000/stemedb/snapshots/000123.snap, called: reqwest::send, service: s3, path: snapshots/000123.snap } => send http request, source: error sending request for url (http://10.0.0.12:9000/stemedb/snapshots/000123.snap)", "core/http-transports/reqwest/src/lib.rs"),
        (N, "Unexpected (temporary) at read, context: { url: http://10.0.0.12:9000/stemedb/snapshots/000123.snap, called: reqwest::fetch, service: s3, path: snapshots/000123.snap } => read data from http response, source: request or response body error", "core/http-transports/reqwest/src/lib.rs"),
        (A, "PermissionDenied (permanent) at read, context: { uri: " + s3_uri + ", response: " + s3_parts + ", service: s3, path: snapshots/000123.snap } => S3Error { code: \"AccessDenied\", message: \"Access Denied\", resource: \"\", request_id: \"4Z8X1M2Q7A9B3C5D\" }", "core/services/s3/src/core.rs"),
        (U, "Unsupported (permanent) at presign, context: { service: fs, path: snapshots/000123.snap } => operation is not supported", "core/core/src/raw/accessor.rs"),
        (U, "ConfigInvalid (permanent) at Builder::build, context: { service: s3 } => region is missing. Please find it by S3::detect_region() or set them in env.", "core/services/s3/src/backend.rs"),
        (Z, "Unexpected (permanent) at BytesContentRange::from_str, context: { value: items 0-1023/4096 } => header content range is invalid", "core/core/src/raw/http_util/bytes_content_range.rs"),
        (Z, "Unexpected (permanent) at read, context: { service: s3, path: snapshots/000123.snap } => header value is not valid integer, source: invalid digit found in string", "core/core/src/raw/http_util/header.rs"),
    ]:
        add(OD, p, typ, m)
    add(OD, "core/services/s3/src/core.rs", A,
        "PermissionDenied (permanent) at write, context: { uri: " + s3_uri + ", response: " + s3_parts
        + ", service: s3, path: snapshots/000123.snap } => S3Error { code: \"SignatureDoesNotMatch\", message: \"The request signature we calculated does not match the signature you provided. Check your key and signing method.\", resource: \"\", request_id: \"4Z8X1M2Q7A9B3C5D\" }",
        True)

    # --- TiKV client (src/common/errors.rs thiserror Display; internal_err! prefixes "[file:line]: ") ---
    TK = "tikv/client-rust"
    region_err = ("Region error: Error { message: \"not leader\", not_leader: Some(NotLeader { region_id: 42, "
                  "leader: Some(Peer { id: 5, store_id: 2, role: Voter, is_witness: false }) }), region_not_found: None, "
                  "key_not_in_region: None, epoch_not_match: None, server_is_busy: None, stale_command: None, "
                  "store_not_match: None, raft_entry_too_large: None, max_timestamp_not_synced: None, "
                  "read_index_not_ready: None, proposal_in_merging_mode: None, data_is_not_ready: None, "
                  "region_not_initialized: None, disk_full: None, recovery_in_progress: None, flashback_in_progress: None, "
                  "flashback_not_prepared: None, is_witness: None, mismatch_peer_id: None, bucket_version_not_match: None }")
    for typ, m, p in [
        (N, "gRPC error: transport error", "src/common/errors.rs"),
        (N, "gRPC api error: status: Unavailable, message: \"error trying to connect: tcp connect error: Connection refused (os error 111)\", details: [], metadata: MetadataMap { headers: {} }", "src/common/errors.rs"),
        (T, "gRPC api error: status: DeadlineExceeded, message: \"Timeout expired\", details: [], metadata: MetadataMap { headers: {} }", "src/common/errors.rs"),
        (Z, "url error: invalid uri character", "src/common/errors.rs"),
        (S, "[src/common/security.rs:25]: failed to open /etc/stemedb/tls/ca.pem to load ca: Os { code: 2, kind: NotFound, message: \"No such file or directory\" }", "src/common/security.rs"),
        (N, "[src/pd/cluster.rs:209]: PD cluster failed to respond", "src/pd/cluster.rs"),
        (U, "[src/pd/cluster.rs:303]: PD cluster has no leader", "src/pd/cluster.rs"),
        (U, region_err, "src/common/errors.rs"),
        (U, "Leader of region 42 is not found", "src/common/errors.rs"),
        (U, "Region is not found for key: [116, 101, 114, 109, 47, 48, 48, 52, 50]", "src/common/errors.rs"),
        (U, "Limit 20000 exceeds max scan limit 10240", "src/common/errors.rs"),
        (U, "Cannot read or write data after any attempt to commit or roll back the transaction", "src/common/errors.rs"),
    ]:
        add(TK, p, typ, m)

    # --- fred (src/error.rs Display "{kind}: {details}"; server errors via pretty_error) ---
    FR = "aembke/fred.rs"
    for typ, m, p in [
        (T, "Timeout Error: Request timed out.", "src/utils.rs"),
        (N, "IO Error: Connection closed.", "src/router/utils.rs"),
        (N, "IO Error: Unresponsive connection.", "src/router/types.rs"),
        (N, "IO Error: Failed to connect.", "src/protocol/connection.rs"),
        (N, "IO Error: Os { code: 111, kind: ConnectionRefused, message: \"Connection refused\" }", "src/error.rs"),
        (N, "TLS Error: InvalidCertificate(UnknownIssuer)", "src/error.rs"),
        (N, "Cluster Error: Failed connecting to any cluster node.", "src/router/clustered.rs"),
        (A, "Authentication Error: WRONGPASS invalid username-password pair or user is disabled.", "src/protocol/utils.rs"),
        (A, "Authentication Error: NOAUTH Authentication required.", "src/protocol/utils.rs"),
        (U, "Cluster Error: MOVED 3999 10.0.0.12:6381", "src/protocol/utils.rs"),
        (U, "Invalid Argument: WRONGTYPE Operation against a key holding the wrong kind of value", "src/protocol/utils.rs"),
        (Z, "Parse Error: Invalid UTF-8 string.", "src/error.rs"),
        (Z, "Url Error: RelativeUrlWithoutBase", "src/error.rs"),
        (Z, "Protocol Error: Expected bulk string array.", "src/protocol/responders.rs"),
        (U, "Backpressure: Max in-flight commands reached.", "src/error.rs"),
        (U, "Config Error: Invalid or missing port.", "src/utils.rs"),
    ]:
        add(FR, p, typ, m)

    # --- SeaORM (src/error.rs DbErr / ConnAcquireErr Display; sqlx/rusqlite inner errors filled) ---
    SO = "SeaQL/sea-orm"
    for typ, m, p in [
        (T, "Failed to acquire connection from pool: Connection pool timed out", "src/driver/sqlx_common.rs"),
        (N, "Failed to acquire connection from pool: Connection closed", "src/driver/sqlx_common.rs"),
        (N, "Connection Error: error communicating with database: No route to host (os error 113)", "src/driver/sqlx_common.rs"),
        (N, "Connection Error: Disconnected", "src/database/db_connection.rs"),
        (A, "Connection Error: error returned from database: password authentication failed for user \"stemedb\"", "src/driver/sqlx_common.rs"),
        (S, "Execution Error: error returned from database: (code: 5) database is locked", "src/driver/sqlx_common.rs"),
        (S, "Query Error: error returned from database: (code: 10) disk I/O error", "src/driver/sqlx_common.rs"),
        (Z, "Type Error: A null value was encountered while decoding \"raft_term\"", "src/executor/query.rs"),
        (Z, "Error converting `u64` into `i32`: out of range integral type conversion attempted", "src/executor/query.rs"),
        (Z, "Connection Error: The connection string 'postgres//stemedb@10.0.0.12/stemedb' cannot be parsed.", "src/database/mod.rs"),
        (A, "Access denied: cannot perform `update` on `raft_log`", "src/database/restricted_connection.rs"),
        (A, "RBAC error: User Not Found: UserId(1042)", "src/rbac/engine/mod.rs"),
        (U, "RecordNotFound Error: Failed to find inserted item", "src/executor/insert.rs"),
        (U, "Key arity mismatch: expected 2, received 1", "src/executor/cursor.rs"),
        (U, "Operation not supported by backend Sqlite: has_column", "sea-orm-migration/src/manager.rs"),
        (U, "Connection Error: The connection string 'redis://10.0.0.12:6379' has no supporting driver.", "src/database/mod.rs"),
    ]:
        add(SO, p, typ, m)


# part q: warp, Rocket (core/lib), grpc-rs (+ the gRPC C-core texts vendored under grpc-sys/grpc), pulsar-rs, smithy-rs, isahc: snapshots via fetch (git show HEAD:<path>); grpc C-core texts read with read_file/find_string in grpc/grpc; files named per entry.
def _part_q(add):
    # --- warp ---
    R = "seanmonstar/warp"
    for typ, m, p in [
        (S, 'file open error (path="/var/lib/stemedb/static/index.html"): Too many open files (os error 24)', "src/filters/fs.rs"),
        (S, "file perimission error", "src/filters/fs.rs"),
        (S, 'file permission denied: "/var/lib/stemedb/static/app.js"', "src/filters/fs.rs"),
        (Z, "Request body deserialize error: EOF while parsing an object at line 1 column 42", "src/filters/body.rs"),
        (N, "Request body read error: error reading a body from connection", "src/filters/body.rs"),
        (U, "Request body consumed multiple times", "src/filters/body.rs"),
        (Z, "Invalid query string", "src/reject.rs"),
        (U, "The request payload is too large", "src/reject.rs"),
        (N, "Connection header did not include 'upgrade'", "src/filters/ws.rs"),
        (Z, "Multipart field is missing a name", "src/filters/multipart.rs"),
        (N, "certificate parse error", "src/tls.rs"),
        (Z, "unknown private key format", "src/tls.rs"),
    ]:
        add(R, p, typ, m)

    # --- Rocket (core/lib) ---
    R = "rwf2/Rocket"
    for typ, m, p in [
        (N, "binding failed: Address already in use (os error 98)", "core/lib/src/error.rs"),
        (S, "I/O error: Read-only file system (os error 30)", "core/lib/src/error.rs"),
        (U, "collisions detected", "core/lib/src/error.rs"),
        (U, "launch fairing(s) failed", "core/lib/src/error.rs"),
        (N, "request failed: connection closed before message completed", "core/lib/src/error.rs"),
        (N, "connection error: remote sent early eof", "core/lib/src/error.rs"),
        (Z, "parse error: EOF while parsing a value at line 1 column 0", "core/lib/src/serde/json.rs"),
        (N, "failed to bind to network interface: Address already in use (os error 98)", "core/lib/src/tls/error.rs"),
        (S, "failed to process private key: error reading key file: No such file or directory (os error 2)", "core/lib/src/tls/error.rs"),
        (Z, "failed to process private key: no valid keys found. is the file malformed?", "core/lib/src/tls/error.rs"),
        (U, "failed to process private key: expected exactly 1 key, found 2", "core/lib/src/tls/error.rs"),
        (N, "empty certificate chain", "core/lib/src/mtls/error.rs"),
        (Z, "invalid UTF-8: invalid utf-8 sequence of 1 bytes from index 4", "core/lib/src/form/error.rs"),
        (U, "unknown internal error", "core/lib/src/form/error.rs"),
    ]:
        add(R, p, typ, m)

    # --- grpc-rs: Error's Display ("RpcFailure: <code> <C-core message>", else Debug) ---
    R = "tikv/grpc-rs"
    for typ, m in [
        (N, 'BindFail("0.0.0.0:18182")'),
        (N, "RemoteStopped"),
        (U, "QueueShutdown"),
        (A, "GoogleAuthenticationFailed"),
        (U, 'InvalidMetadata("key \\"x-stemedb node\\" is invalid")'),
        (U, "CallFailure(GRPC_CALL_ERROR_TOO_MANY_OPERATIONS)"),
        (A, "RpcFailure: 16-UNAUTHENTICATED"),
        (A, "RpcFailure: 7-PERMISSION_DENIED"),
    ]:
        add(R, "src/error.rs", typ, m)
    # C-core status messages as grpc-rs prints them (message text read in the vendored core file)
    for typ, m, p in [
        (T, "RpcFailure: 4-DEADLINE_EXCEEDED Deadline Exceeded",
         "grpc-sys/grpc/src/core/ext/filters/deadline/deadline_filter.cc"),
        (N, "RpcFailure: 14-UNAVAILABLE failed to connect to all addresses; last error: UNKNOWN: ipv4:10.0.0.12:7000: Failed to connect to remote host: Connection refused",
         "grpc-sys/grpc/src/core/ext/filters/client_channel/lb_policy/pick_first/pick_first.cc"),
        (N, "RpcFailure: 14-UNAVAILABLE failed to connect to all addresses; last error: UNKNOWN: ipv4:10.0.0.13:7000: Peer name node3.stemedb.internal is not in peer certificate",
         "grpc-sys/grpc/src/core/lib/security/security_connector/ssl_utils.cc"),
        (U, "RpcFailure: 8-RESOURCE_EXHAUSTED Received message larger than max (5242880 vs. 4194304)",
         "grpc-sys/grpc/src/core/ext/filters/message_size/message_size_filter.cc"),
        (N, "RpcFailure: 14-UNAVAILABLE Socket closed",
         "grpc-sys/grpc/src/core/lib/iomgr/tcp_posix.cc"),
        (T, "RpcFailure: 14-UNAVAILABLE keepalive watchdog timeout",
         "grpc-sys/grpc/src/core/ext/transport/chttp2/transport/chttp2_transport.cc"),
        (N, "Handshake failed with fatal error SSL_ERROR_SSL: error:1000007d:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED.",
         "grpc-sys/grpc/src/core/tsi/ssl_transport_security.cc"),
    ]:
        add(R, p, typ, m)

    # --- pulsar-rs ---
    R = "streamnative/pulsar-rs"
    for typ, m in [
        (T, "Connection error: timeout connecting to the Pulsar server"),
        (T, "producer error: Connection error:  connection 7 timedout sending message to the Pulsar server"),
        (T, "Connection error: client sink timed out when sending message to the Pulsar server"),
        (N, "Connection error: fatal error when connecting to the Pulsar server"),
        (U, "Connection error: SlowDown"),
        (N, "Connection error: The connection was shut down"),
        (A, "Connection error: Server error (AuthorizationError): Client is not authorized to Produce"),
        (S, "Connection error: Server error (PersistenceError): "),
        (U, "producer error: Connection error: Server error (TopicNotFound): Topic persistent://public/default/stemedb-events not found"),
        (Z, "Connection error: Error decoding message: Checksum mismatch, invalid payload"),
        (Z, "Connection error: Error decoding message: Error decoding payload frame: Incomplete(Size(4))"),
        (N, "Connection error: Error connecting TLS stream: invalid peer certificate: UnknownIssuer"),
        (U, "consumer error: cannot send message to the consumer engine: the channel is full"),
        (U, "producer error: Producer is fenced"),
        (N, "service discovery error: cannot lookup broker address"),
        (A, "Connection error: Authentication error: failed to discover OAuth2 token endpoint for issuer [https://auth.stemedb.io/]: token url not exists (retriable)"),
        (Z, "admin error: invalid topic URL: expected tenant/namespace/topic or a fully-qualified topic URL, got: stemedb-events"),
    ]:
        p = "src/error.rs"
        if "timeout connecting" in m or "timedout sending" in m or "fatal error when" in m:
            p = "src/connection.rs"
        elif "client sink timed out" in m:
            p = "src/client.rs"
        elif "Checksum mismatch" in m or "payload frame" in m:
            p = "src/message.rs"
        elif "OAuth2" in m:
            p = "src/authentication/oauth2.rs"
        elif "invalid topic URL" in m:
            p = "src/admin.rs"
        add(R, p, typ, m.rstrip())

    # --- smithy-rs (aws-smithy-runtime / -runtime-api / -http-client / -types / -json, aws-credential-types) ---
    R = "smithy-lang/smithy-rs"
    for typ, m, p in [
        (T, "request has timed out: operation timeout (all attempts including retries) occurred after 30s",
         "rust-runtime/aws-smithy-runtime/src/client/timeout.rs"),
        (T, "operation attempt timeout (single attempt) occurred after 3.1s",
         "rust-runtime/aws-smithy-runtime/src/client/timeout.rs"),
        (T, "dispatch failure: timeout: client error (Connect): HTTP connect timeout occurred after 3.1s",
         "rust-runtime/aws-smithy-http-client/src/client/timeout.rs"),
        (T, "dispatch failure: timeout: HTTP read timeout occurred after 2s",
         "rust-runtime/aws-smithy-http-client/src/client/timeout.rs"),
        (N, "dispatch failure: io error: client error (Connect): tcp connect error: Connection refused (os error 111)",
         "rust-runtime/aws-smithy-runtime-api/src/client/result.rs"),
        (U, "failed to construct request", "rust-runtime/aws-smithy-runtime-api/src/client/result.rs"),
        (Z, "response error: Invalid Content-Length: Expected 1048576 bytes but 524288 bytes were received",
         "rust-runtime/aws-smithy-runtime/src/client/http/body/content_length_enforcement.rs"),
        (T, "identity resolver timed out after 5s",
         "rust-runtime/aws-smithy-runtime/src/client/identity/cache/lazy.rs"),
        (T, "credentials provider timed out after 5 seconds",
         "aws/rust-runtime/aws-credential-types/src/provider/error.rs"),
        (A, "the credential provider was not enabled",
         "aws/rust-runtime/aws-credential-types/src/provider/error.rs"),
        (A, "an error occurred while loading credentials",
         "aws/rust-runtime/aws-credential-types/src/provider/error.rs"),
        (A, "failed to select an auth scheme to sign the request with. \"sigv4\" wasn't a valid option because there was no identity resolver for it. Be sure to set an identity, such as credentials, auth token, or other identity type that is required for this service. If you intended to make an unauthenticated request, consider using `@optionalAuth` or `@auth([])` on the operation in the service model and regenerating the client SDK. "
            "If modifying the model is not possible, you can disable authentication at runtime as described in https://github.com/smithy-lang/smithy-rs/discussions/4197.",
         "rust-runtime/aws-smithy-runtime/src/client/orchestrator/auth.rs"),
        (T, "exceeded max wait time (300s)", "rust-runtime/aws-smithy-runtime-api/src/client/waiters.rs"),
        (N, "failed to perform DNS lookup", "rust-runtime/aws-smithy-runtime-api/src/client/dns.rs"),
        (Z, "Error at offset 0: unexpected end of stream", "rust-runtime/aws-smithy-json/src/deserialize/error.rs"),
        (Z, "invalid date-time: date-time is not GMT", "rust-runtime/aws-smithy-types/src/date_time/format.rs"),
        (Z, "endpoint is not a valid URI", "rust-runtime/aws-smithy-runtime-api/src/http/error.rs"),
    ]:
        add(R, p, typ, m)

    # --- isahc (ErrorKind descriptions; Error's Display without a curl context) ---
    R = "sagebind/isahc"
    for typ, m in [
        (N, "the server certificate could not be validated"),
        (U, "failed to initialize client"),
        (N, "failed to connect to the server"),
        (Z, "the server either returned a response using an unknown or unsupported encoding format, or the response encoding was malformed"),
        (A, "provided authentication credentials were rejected by the server"),
        (N, "failed to resolve host name"),
        (N, "the server made an unrecoverable HTTP protocol violation"),
        (U, "request body could not be re-sent because it is not rewindable"),
        (T, "request or operation took longer than the configured timeout time"),
        (N, "number of redirects hit the maximum amount"),
    ]:
        add(R, "src/error.rs", typ, m)
    add(R, "src/cookies/cookie.rs", Z, "invalid cookie string syntax")


# part r: Data-format, compression, archive, time and config crates (rust-csv, ron, serde_urlencoded, simd-json, rust-brotli + rust-brotli-decompressor, tar-rs, xz, xz2-rs, time, humantime, config-rs), read as snapshots via fetch (git show HEAD:<path>), file named per entry.
def _part_r(add):
    # BurntSushi/rust-csv: Display of csv::Error / DeserializeError / Utf8Error
    R = "BurntSushi/rust-csv"
    for typ, m in [
        (Z, "CSV parse error: record 42 (line 43, field: 3, byte: 2817): invalid utf-8: invalid UTF-8 in field 3 near byte index 11"),
        (Z, "CSV error: record 17 (line: 18, byte: 1032): found record with 5 fields, but the previous record has 4 fields"),
        (U, "CSV error: cannot access headers of CSV data when the parser was seeked before the first record could be read"),
    ]:
        add(R, "src/error.rs", typ, m)
    for typ, m in [
        (Z, "CSV deserialize error: record 3 (line: 4, byte: 211): field 2: expected field, but got end of row"),
        (U, "CSV deserialize error: record 1 (line: 2, byte: 37): field 0: unsupported deserializer method: deserialize_identifier"),
    ]:
        add(R, "src/deserializer.rs", typ, m)
    for typ, m in [
        (Z, "CSV write error: serializing maps is not supported, if you have a use case, please file an issue at https://github.com/BurntSushi/rust-csv"),
        (Z, "CSV write error: cannot serialize None scalar outside struct when writing headers from structs"),
    ]:
        add(R, "src/serializer.rs", typ, m)
    add(R, "csv-index/src/simple.rs", U, "invalid record index 120 (there are 100 records)")

    # ron-rs/ron: SpannedError "{span}: {code}" and Error Display
    R = "ron-rs/ron"
    for typ, m in [
        (Z, "4:12: Expected closing `]`"),
        (Z, "17:1: Unexpected end of RON"),
        (Z, "7:5-7:23: Unexpected field named `snapshot_intervall` in `RaftConfig`, expected one of `election_timeout`, `heartbeat_interval`, or `snapshot_interval` instead"),
        (Z, "12:1: Unexpected missing field named `data_dir` in `StorageConfig`"),
        (Z, "21:2: Non-whitespace trailing characters"),
        (Z, "5:9: Unexpected variant named `Lz5` in enum `Compression`, expected one of `None`, `Lz4`, or `Zstd` instead"),
        (Z, "Formatting RON failed"),
    ]:
        add(R, "src/error.rs", typ, m)

    # nox/serde_urlencoded
    R = "nox/serde_urlencoded"
    for typ, m in [
        (Z, "top-level serializer supports only maps and structs"),
        (U, "tried to serialize a value before serializing key"),
    ]:
        add(R, "src/ser/mod.rs", typ, m)
    add(R, "src/ser/part.rs", Z, "invalid UTF-8: invalid utf-8 sequence of 1 bytes from index 7")
    add(R, "src/ser/pair.rs", U, "this pair has already been serialized")
    add(R, "src/ser/value.rs", Z, "unsupported value")
    for typ, m in [
        (Z, "expected unit variant"),
        (N, "could not read input: Connection reset by peer (os error 104)"),
        (T, "could not read input: Connection timed out (os error 110)"),
    ]:
        add(R, "src/de.rs", typ, m)

    # simd-lite/simd-json: Display is "{err_type:?} at character {index} ('{c}')"
    R = "simd-lite/simd-json"
    for typ, m in [
        (Z, "ExpectedMapComma at character 47 ('\"')"),
        (Z, "InvalidUtf8 at character 133"),
        (Z, "TrailingData at character 1024 ('}')"),
        (Z, "Eof at character 0"),
        (Z, "Serde(\"missing field `leader_id`\") at character 0"),
        (U, "SimdUnsupported at character 0"),
        (U, "InputTooLarge at character 0"),
    ]:
        add(R, "src/error.rs", typ, m)
    for typ, m in [
        (N, "Io(Os { code: 104, kind: ConnectionReset, message: \"Connection reset by peer\" }) at character 0"),
        (T, "Io(Kind(TimedOut)) at character 0"),
    ]:
        add(R, "src/serde.rs", typ, m)       # from_reader: read_to_end error wrapped as ErrorType::Io
    for typ, m in [
        (S, "Io(Os { code: 28, kind: StorageFull, message: \"No space left on device\" }) at character 0"),
        (N, "Io(Os { code: 32, kind: BrokenPipe, message: \"Broken pipe\" }) at character 0"),
    ]:
        add(R, "src/serde/se.rs", typ, m)    # to_writer: write error wrapped as ErrorType::Io

    # brotli: the decoder lives in dropbox/rust-brotli-decompressor (dependency of dropbox/rust-brotli)
    R = "dropbox/rust-brotli-decompressor"
    add(R, "src/lib.rs", Z, "Unexpected EOF")   # BrotliDecompress: input ended before the stream did
    for typ, m in [
        (Z, "ERROR_FORMAT_PADDING_1"),
        (Z, "ERROR_FORMAT_WINDOW_BITS"),
        (Z, "ERROR_FORMAT_HUFFMAN_SPACE"),
        (U, "ERROR_INVALID_ARGUMENTS"),
        (U, "ERROR_ALLOC_RING_BUFFER_1"),
        (U, "ERROR_UNREACHABLE"),
    ]:
        add(R, "src/state.rs", typ, m)
    add("dropbox/rust-brotli", "src/enc/writer.rs", S, "No room in output.")

    # alexcrichton/tar-rs
    R = "alexcrichton/tar-rs"
    for typ, m in [
        (Z, "archive header checksum mismatch"),
        (U, "cannot call entries unless archive is at position 0"),
        (S, "failed to create `/var/lib/stemedb/restore`"),
    ]:
        add(R, "src/archive.rs", typ, m)
    for typ, m in [
        (Z, "numeric field was not a number: 00001750a4 when getting size for data/000123.sst"),
        (U, "paths in archives must not have `..`"),
    ]:
        add(R, "src/header.rs", typ, m)
    add(R, "src/pax.rs", Z, "malformed pax extension")
    for typ, m in [
        (U, "/var/lib/stemedb/run/stemedb.sock: socket can not be archived"),
        (S, "No such file or directory (os error 2) when getting metadata for /var/lib/stemedb/data/000123.sst"),
        (S, "lseek(SEEK_HOLE) returned ENXIO. Did the file change while appending?"),
    ]:
        add(R, "src/builder.rs", typ, m)
    for typ, m in [
        (S, "failed to unpack `data/000123.sst` into `/var/lib/stemedb/restore/data/000123.sst`"),
        (S, "Permission denied (os error 13) when creating dir /var/lib/stemedb/restore/wal"),
    ]:
        add(R, "src/entry.rs", typ, m)

    # tukaani-project/xz: liblzma return codes as xz prints them ("xz: <file>: <message_strm>") and file I/O errors
    R = "tukaani-project/xz"
    for typ, m in [
        (Z, "xz: /var/lib/stemedb/backup/snap-000123.tar.xz: Compressed data is corrupt"),
        (Z, "xz: /var/lib/stemedb/backup/wal-000042.log.xz: File format not recognized"),
        (Z, "xz: /var/lib/stemedb/backup/snap-000123.tar.xz: Unexpected end of input"),
        (U, "xz: /var/lib/stemedb/backup/snap-000123.tar.xz: Memory usage limit reached"),
        (U, "xz: /var/lib/stemedb/backup/wal-000042.log.xz: Internal error (bug)"),
    ]:
        add(R, "src/xz/message.c", typ, m)
    for typ, m in [
        (S, "xz: /var/lib/stemedb/backup/wal-000042.log.xz: Read error: Input/output error"),
        (S, "xz: /var/lib/stemedb/backup/snap-000123.tar: Write error: No space left on device"),
        (S, "xz: /var/lib/stemedb/backup/snap-000123.tar: Closing the file failed: Disk quota exceeded"),
    ]:
        add(R, "src/xz/file_io.c", typ, m)

    # alexcrichton/xz2-rs
    R = "alexcrichton/xz2-rs"
    for typ, m in [
        (Z, "lzma data error"),
        (Z, "stream/file format not recognized"),
        (U, "memory limit reached"),
        (U, "liblzma internal error"),
    ]:
        add(R, "src/stream.rs", typ, m)
    add(R, "src/bufread.rs", Z, "corrupt xz stream")
    add(R, "src/write.rs", Z, "xz compressed stream is truncated or otherwise corrupt")

    # time-rs/time
    R = "time-rs/time"
    add(R, "time/src/error/parse_from_description.rs", Z, "the 'year' component could not be parsed")
    add(R, "time/src/error/parse_from_description.rs", Z, "unexpected trailing characters; the end of input was expected")
    add(R, "time/src/error/try_from_parsed.rs", Z, "the `Parsed` struct did not include enough information to construct the type")
    add(R, "time/src/error/component_range.rs", Z, "day was not in range")
    add(R, "time/src/error/invalid_format_description.rs", Z, "invalid component name `yeer` at byte index 1")
    add(R, "time/src/error/indeterminate_offset.rs", U, "The system's UTC offset could not be determined")
    add(R, "time/src/error/conversion_range.rs", U, "Source value is out of range for the target type")
    add(R, "time/src/error/format.rs", U, "The type being formatted does not contain sufficient information to format a component.")

    # tailhook/humantime
    R = "tailhook/humantime"
    for typ, m in [
        (Z, "unknown time unit \"sek\", supported units: ns, us, ms, sec, min, hours, days, weeks, months, years (and few variations)"),
        (Z, "time unit needed, for example 500sec or 500ms"),
        (Z, "expected number at 0"),
        (Z, "number is too large"),
    ]:
        add(R, "src/duration.rs", typ, m)
    add(R, "src/date.rs", Z, "timestamp format is invalid")

    # rust-cli/config-rs (formerly mehcode/config-rs)
    R = "rust-cli/config-rs"
    for typ, m in [
        (S, "configuration file \"/etc/stemedb/stemedb\" not found"),
        (U, "configuration file \"/etc/stemedb/stemedb.conf\" is not of a supported file format"),
    ]:
        add(R, "src/file/source/file.rs", typ, m)
    for typ, m in [
        (U, "configuration is frozen"),
        (U, "missing configuration field \"raft.node_id\""),
        (Z, "invalid type: string \"yes\", expected a boolean for key `raft.prevote` in config/stemedb.toml"),
        (Z, "5:12: Expected comma in config/stemedb.ron"),
    ]:
        add(R, "src/error.rs", typ, m)
    for typ, m in [
        (Z, "enum Compression does not have variant constructor zstdd"),
        (Z, "value of enum Compression should be represented by either string or table with exactly one key"),
    ]:
        add(R, "src/de.rs", typ, m)
    add(R, "src/env.rs", Z, "env variable \"STEMEDB_DATA_DIR\" contains non-Unicode data: \"/var/lib/stemedb/\\xFF\"")
    add(R, "src/ser.rs", U, "config-rs internal error (ser._element but last not Seq!")


# part s: Crypto/auth sources (RustCrypto AEADs, elliptic-curves, SSH; str4d/rage; eclipse-biscuit/biscuit-rust; ramosbugs/openidconnect-rs; Keats/rust-bcrypt; google/boringssl; rustls/pemfile; rustls/rcgen), read from snapshots via fetch (git show HEAD:<path>), each message read in the file named per entry (Display arm / #[error] / Fluent string / C string table), placeholders filled plausibly.
def _part_s(add):
    # --- RustCrypto/SSH: ssh-key (Display of ssh_key::Error and ppk::PpkParseError) ---
    R = "RustCrypto/SSH"
    for typ, m in [(A, "cryptographic error"),
                   (A, "public key is incorrect"),
                   (A, "private key is encrypted"),
                   (U, "private key is already decrypted"),
                   (A, "unsupported algorithm: ssh-dss"),
                   (A, "namespace invalid"),
                   (N, "certificate validation failed"),
                   (Z, "version unsupported: 2"),
                   (Z, "unexpected trailing data at end of message (12 bytes)"),
                   (S, "I/O error: entity not found")]:
        add(R, "ssh-key/src/error.rs", typ, m)
    add(R, "ssh-key/src/error.rs", A, "PPK parsing error: incorrect MAC", True)
    # ssh-encoding (Display of ssh_encoding::Error)
    add(R, "ssh-encoding/src/error.rs", Z, "character encoding invalid")
    # ssh-cipher (Display of ssh_cipher::Error)
    for typ, m in [(Z, "invalid AEAD tag size"),
                   (U, "unsupported cipher: 3des-cbc")]:
        add(R, "ssh-cipher/src/error.rs", typ, m)

    # --- RustCrypto/AEADs: the crates return the (traits) aead::Error; their own texts are expect() panics ---
    R = "RustCrypto/AEADs"
    for typ, m in [(U, "encryption key size mismatch: TryFromSliceError(())"),
                   (U, "MAC key size mismatch: TryFromSliceError(())")]:
        add(R, "aes-siv/src/siv.rs", typ, m)

    # --- RustCrypto/elliptic-curves: ed448-goldilocks SigningError (alone, or as the source of signature::Error) ---
    R = "RustCrypto/elliptic-curves"
    add(R, "ed448-goldilocks/src/sign/error.rs", A, "signature error: signature verification failed", True)
    add(R, "ed448-goldilocks/src/sign/error.rs", A, "signature error: signature S component is invalid", True)
    add(R, "ed448-goldilocks/src/sign/error.rs", A, "signature R component is invalid", True)
    add(R, "ed448-goldilocks/src/sign/error.rs", A, "signature error: public key bytes are invalid")
    add(R, "ed448-goldilocks/src/sign/error.rs", U, "prehashed context length is invalid")
    add(R, "hash2curve/src/hash2field/expand_msg/xmd.rs", U, "the domain separation tag is empty")
    add(R, "hash2curve/src/hash2field/expand_msg/xof.rs", U, "target security level is too large")

    # --- str4d/rage: age crate (Display goes through the Fluent strings of age/i18n/en-US/age.ftl) ---
    R = "str4d/rage"
    for typ, m in [(A, "Decryption failed"),
                   (Z, "Header is invalid"),
                   (A, "Failed to decrypt an encrypted key"),
                   (A, "No matching keys found"),
                   (Z, "Unknown age format.\nHave you tried upgrading to the latest version?"),
                   (U, "Excessive work parameter for passphrase.\nDecryption would take around 64 seconds.")]:
        add(R, "age/src/error.rs", typ, m)
    add(R, "age/src/error.rs", A, "Header MAC is invalid", True)
    for typ, m in [(S, "Identity file not found: /etc/stemedb/keys/age-identity.txt"),
                   (A, "RSA key size is too small.")]:
        add(R, "age/src/cli_common/error.rs", typ, m)
    for typ, m in [(Z, "age file is truncated"),
                   (Z, "Last chunk is invalid, stream might be truncated")]:
        add(R, "age/src/primitives/stream.rs", typ, m)
    add(R, "age/src/primitives/armor.rs", Z, "invalid armor (not wrapped at 64 characters)")

    # --- eclipse-biscuit/biscuit-rust: biscuit-auth error::{Token, Format, Signature, Logic, RunLimit} ---
    R = "eclipse-biscuit/biscuit-rust"
    P = "biscuit-auth/src/error.rs"
    add(R, P, A, "failed verifying the signature", True)
    add(R, P, A, "failed verifying the signature of a sealed token", True)
    add(R, P, A, "the signature did not match", True)
    add(R, P, A, "Format(Signature(InvalidSignature(\"signature error: Verification equation was not satisfied\")))", True)
    for typ, m in [(A, "the root public key was not recognized"),
                   (A, "Format(InvalidKey(\"Unsupported key algorithm rsa4096-private\"))"),
                   (Z, "could not deserialize the block"),
                   (Z, "Block format version is higher than supported"),
                   (A, "authorization failed: a deny policy matched (policy index: 1), and the following checks failed: "
                       "Check n°0 in block n°1: check if operation(\"read\")"),
                   (T, "spent too much time verifying"),
                   (U, "Reached Datalog execution limits"),
                   (U, "tried to append a block to a sealed token"),
                   (Z, "Cannot decode base64 token: Invalid byte 45, offset 12.")]:
        add(R, P, typ, m)

    # --- ramosbugs/openidconnect-rs: ClaimsVerificationError / SignatureVerificationError (texts in core/crypto.rs, jwk) ---
    R = "ramosbugs/openidconnect-rs"
    P = "src/verification/mod.rs"
    add(R, "src/core/crypto.rs", A, "Crypto error: EC Signature was wrong", True)
    add(R, "src/core/crypto.rs", A, "Crypto error: incorrect EdDSA signature", True)
    add(R, "src/core/crypto.rs", A, "Crypto error: bad signature", True)
    add(R, "src/core/crypto.rs", A, "SignatureVerification(CryptoError(\"Invalid signature\"))", True)
    add(R, "src/core/jwk/mod.rs", A, "Crypto error: bad HMAC", True)
    for typ, m in [(A, "Disallowed signature algorithm: algorithm `HS256` is not one of: RS256, ES256"),
                   (A, "No matching key found"),
                   (A, "Expired: ID token expired at 2026-08-21 14:05:00 UTC (current time is 2026-08-21 14:07:12.345678 UTC)"),
                   (A, "Invalid audiences: `stemedb-api` is not a trusted audience"),
                   (A, "Invalid issuer: expected `https://auth.internal` (found `https://login.example.com`)"),
                   (U, "Unsupported: nested JWT's are not currently supported")]:
        add(R, P, typ, m)

    # --- Keats/rust-bcrypt: BcryptError Display (InvalidHash reasons from src/lib.rs split_hash) ---
    R = "Keats/rust-bcrypt"
    for typ, m in [(Z, "Invalid hash: the hash format is malformed; expected 60 bytes"),
                   (Z, "Invalid hash: the hash prefix is not a bcrypt prefix"),
                   (U, "Cost needs to be between 4 and 31, got 32"),
                   (U, "Expected 72 bytes or fewer; found 96 bytes")]:
        add(R, "src/errors.rs", typ, m)

    # --- google/boringssl: ERR_error_string_n "error:%08x:<lib>:OPENSSL_internal:<REASON>" (crypto/err/err.cc),
    #     reasons from crypto/err/*.errordata, packed ERR_PACK(lib, reason) ---
    R = "google/boringssl"
    add(R, "crypto/err/rsa.errordata", A, "error:04000069:RSA routines:OPENSSL_internal:BAD_SIGNATURE", True)
    add(R, "crypto/err/rsa.errordata", A, "error:04000091:RSA routines:OPENSSL_internal:WRONG_SIGNATURE_LENGTH", True)
    add(R, "crypto/err/ecdsa.errordata", A, "error:1a000064:ECDSA routines:OPENSSL_internal:BAD_SIGNATURE", True)
    add(R, "crypto/err/evp.errordata", A, "error:06000083:public key routines:OPENSSL_internal:INVALID_SIGNATURE", True)
    for typ, m in [(N, "error:10000072:SSL routines:OPENSSL_internal:BAD_SIGNATURE"),
                   (N, "error:1000007d:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED"),
                   (N, "error:10000418:SSL routines:OPENSSL_internal:TLSV1_ALERT_UNKNOWN_CA"),
                   (N, "error:1000008b:SSL routines:OPENSSL_internal:DECRYPTION_FAILED_OR_BAD_RECORD_MAC"),
                   (T, "error:100000c6:SSL routines:OPENSSL_internal:READ_TIMEOUT_EXPIRED"),
                   (A, "error:10000112:SSL routines:OPENSSL_internal:CERTIFICATE_AND_PRIVATE_KEY_MISMATCH")]:
        add(R, "crypto/err/ssl.errordata", typ, m)
    add(R, "crypto/err/cipher.errordata", A, "error:1e000065:Cipher functions:OPENSSL_internal:BAD_DECRYPT")
    add(R, "crypto/err/pem.errordata", A, "error:09000065:PEM routines:OPENSSL_internal:BAD_DECRYPT")
    add(R, "crypto/err/pem.errordata", Z, "error:09000064:PEM routines:OPENSSL_internal:BAD_BASE64_DECODE")
    add(R, "crypto/err/pkcs8.errordata", A, "error:1300006c:PKCS8 routines:OPENSSL_internal:INCORRECT_PASSWORD")
    # X509_verify_cert_error_string
    for m in ["certificate signature failure", "Hostname mismatch"]:
        add(R, "crypto/x509/x509_txt.cc", N, m)

    # --- rustls/pemfile: From<pemfile::Error> for io::Error ---
    R = "rustls/pemfile"
    add(R, "src/pemfile.rs", Z, "section end \"-----END PRIVATE KEY-----\" missing")
    add(R, "src/pemfile.rs", Z, "illegal section start: \"-----BEGIN CERTIFICATE-----MIIBszCCAVmgAwIBAgIU\"")

    # --- rustls/rcgen: rcgen::Error Display ---
    R = "rustls/rcgen"
    add(R, "rcgen/src/error.rs", A, "Invalid CSR signature", True)
    for typ, m in [(A, "Could not parse key pair"),
                   (N, "Could not parse certificate"),
                   (A, "Key rejected by ring: InvalidEncoding"),
                   (U, "The requested signature algorithm is not supported"),
                   (U, "CRL issuer must specify no key usage, or key usage including cRLSign")]:
        add(R, "rcgen/src/error.rs", typ, m)


def holdout2(add):
    for part in (_part_p, _part_q, _part_r, _part_s):
        part(add)
