"""The sixteenth blind batch: wordings from sources in no earlier batch, gathered
after the fifteenth joined the catalogue, beside the seventeenth. Four helper sessions read them blind,
with the same brief and conventions as the earlier batches. Each wording was
read in the file named beside it; fills not read in the source are named in
each part's note. build.py adds it to the catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401

# C I/O and data libraries: libbpf, yyjson, jq, yajl, libtomcrypt, and libexpat (in place of liburing, whose src/ prints no messages); snapshots via fetch, read with git show, files named per entry.
def _part_cc(add):
    # --- libbpf: pr_warn() goes through libbpf_print(level, "libbpf: " fmt), errstr() gives "-ENOENT" ---
    R = "libbpf/libbpf"
    for typ, m in [
        (S, "libbpf: elf: failed to open /var/lib/stemedb/bpf/io_trace.bpf.o: -ENOENT"),
        (Z, "libbpf: elf: '/var/lib/stemedb/bpf/io_trace.bpf.o' is not a proper ELF object"),
        (Z, "libbpf: BTF is required, but is missing or corrupted."),
        (S, "libbpf: failed to mkdir /sys/fs/bpf/stemedb: -EACCES"),
        (S, "libbpf: specified path /sys/fs/bpf/stemedb/wal_events is not on BPF FS"),
        (S, "libbpf: failed to open /proc/kallsyms: -ENOENT"),
        (U, "libbpf: map 'wal_events': failed to create: -ENOMEM"),
        (U, "libbpf: map 'wal_events': unexpected key size 8 provided, expected 4"),
        (U, "libbpf: prog 'trace_fsync': BPF program load failed: -EINVAL"),
        (U, "libbpf: map 'wal_events': can't use BPF map without FD (was it created?)"),
    ]:
        add(R, "src/libbpf.c", typ, m)
    for typ, m in [
        (S, "libbpf: ringbuf: failed to create epoll instance: -EMFILE"),
        (U, "libbpf: ringbuf: map fd=7 is not BPF_MAP_TYPE_RINGBUF"),
    ]:
        add(R, "src/ringbuf.c", typ, m)
    for typ, m in [
        (Z, "libbpf: BTF types data is malformed"),
        (S, "libbpf: failed to read kernel BTF from '/sys/kernel/btf/vmlinux': -EIO"),
    ]:
        add(R, "src/btf.c", typ, m)
    add(R, "src/netlink.c", N, "libbpf: Invalid message or trailing data in Netlink response: 12 bytes left")
    for typ, m in [
        (Z, "BPF object format invalid"),
        (U, "Kernel verifier blocks program loading"),
        (N, "Wrong pid in netlink message"),
        (N, "Invalid netlink sequence"),
        (Z, "Incorrect netlink message parsing"),
    ]:
        add(R, "src/libbpf_utils.c", typ, m)

    # --- yyjson: yyjson_read_err.msg / yyjson_write_err.msg ---
    R = "ibireme/yyjson"
    for typ, m in [
        (Z, "unexpected character, expected a JSON value"),
        (Z, "unexpected character, expected ',' or ']'"),
        (Z, "unexpected character, expected ':' after key"),
        (Z, "unexpected content after document"),
        (Z, "trailing comma is not allowed"),
        (Z, "nan or inf number is not allowed"),
        (Z, "number with leading zero is not allowed"),
        (Z, "UTF-8 byte order mark (BOM) is not supported"),
        (Z, "invalid JSON value type"),
        (S, "failed to open file"),
        (S, "failed to read file"),
        (S, "failed to write file"),
        (U, "input data is NULL"),
        (U, "JSON pointer cannot be resolved"),
    ]:
        add(R, "src/yyjson.c", typ, m)

    # --- jq: parser errors "%s at line %d, column %d", runtime errors "jq: error (at %s): %s" ---
    R = "jqlang/jq"
    for typ, m in [
        (Z, "Unmatched ']' at line 1, column 17"),
        (Z, "Unfinished JSON term at EOF at line 3, column 0"),
        (Z, "Invalid string: control characters from U+0000 through U+001F must be escaped at line 2, column 14"),
    ]:
        add(R, "src/jv_parse.c", typ, m)
    add(R, "src/main.c", Z, "jq: parse error: Expected separator between values at line 1, column 31")
    add(R, "src/main.c", S, "jq: error: writing output failed: No space left on device")
    for typ, m in [
        (S, "Could not open /var/lib/stemedb/config/filters.json: No such file or directory"),
        (S, "Error reading from /var/lib/stemedb/export/segments.json"),
    ]:
        add(R, "src/jv_file.c", typ, m)
    add(R, "src/util.c", S, "jq: error: Could not open file /var/lib/stemedb/export/agents.json: Permission denied")
    for typ, m in [
        (Z, "jq: error (at <stdin>:4): string (\"12a\") cannot be parsed as a number"),
        (Z, "jq: error (at <stdin>:1): string (\"ZXlK*\") is not valid base64 data"),
        (Z, "jq: error (at <stdin>:0): date \"2024-13-01\" does not match format \"%Y-%m-%d\""),
        (U, "jq: error (at <stdin>:2): number (5) and number (0) cannot be divided because the divisor is zero"),
        (U, "jq: error (at <stdin>:0): object ({\"node\":\"node2\"}) and array ([1,2]) cannot be added"),
    ]:
        add(R, "src/builtin.c", typ, m)
    add(R, "src/execute.c", U, "jq: error (at <stdin>:0): Cannot iterate over null (null)")
    add(R, "src/jv_aux.c", U, "jq: error (at <stdin>:3): Cannot index string with string (\"agent\")")
    add(R, "src/linker.c", U, "module not found: stemedb/filters")

    # --- yajl: yajl_get_error(hand, 0, ...) renders "<type> error: <text>" ---
    R = "lloyd/yajl"
    for typ, m in [
        (Z, "parse error: trailing garbage"),
        (Z, "parse error: premature EOF"),
        (Z, "parse error: integer overflow"),
        (Z, "parse error: numeric (floating point) overflow"),
        (Z, "parse error: invalid object key (must be a string)"),
        (Z, "parse error: after array element, I expect ',' or ']'"),
        (U, "parse error: client cancelled parse via callback return value"),
    ]:
        add(R, "src/yajl_parser.c", typ, m)
    for typ, m in [
        (Z, "lexical error: invalid bytes in UTF8 string."),
        (Z, "lexical error: invalid char in json text."),
        (Z, "lexical error: probable comment found in input text, comments are not enabled."),
    ]:
        add(R, "src/yajl_lex.c", typ, m)
    add(R, "src/yajl_tree.c", U, "context_pop: Bottom of stack reached prematurely")
    add(R, "src/yajl.c", U, "client canceled parse")

    # --- libtomcrypt: error_to_string() table, crypt_argchk() ---
    R = "libtom/libtomcrypt"
    for typ, m in [
        (A, "Invalid key size."),
        (U, "Algorithm failed test vectors."),
        (Z, "Invalid input packet."),
        (U, "Error reading the PRNG."),
        (A, "Invalid PK key or key type specified for function."),
        (A, "A private PK key is required."),
        (U, "Invalid argument provided."),
        # (S, "File Not Found") is left out unscored: a test-set text.
        (Z, "An ASN.1 decoding error occurred."),
        (Z, "The input was longer than expected."),
        (A, "Password context to decrypt key file is missing."),
        (Z, "The PEM header was not recognized"),
    ]:
        add(R, "src/misc/error_to_string.c", typ, m)
    add(R, "src/misc/crypt/crypt_argchk.c", U,
        "LTC_ARGCHK 'key != NULL' failure on line 64 of file src/ciphers/aes/aes.c")

    # --- libexpat (replaces axboe/liburing): XML_ErrorString() ---
    R = "libexpat/libexpat"
    for typ, m in [
        (Z, "not well-formed (invalid token)"),
        (Z, "mismatched tag"),
        (Z, "no element found"),
        (Z, "junk after document element"),
        (Z, "undefined entity"),
        (Z, "encoding specified in XML declaration is incorrect"),
        (Z, "XML declaration not well-formed"),
        (U, "parsing aborted"),
        (U, "unexpected parser state - please send a bug report"),
        (U, "cannot change setting once parsing has begun"),
        (U, "limit on input amplification factor (from DTD and entities) breached"),
    ]:
        add(R, "expat/lib/xmlparse.c", typ, m)

# Go observability storage backends (grafana/tempo, cortexproject/cortex, m3db/m3 via fetch snapshots read with git show; grafana/mimir and elastic/beats too large for fetch, read file by file with read_file); file named per entry.
BLK = "3f2b9c1e-8d4a-4e7b-9a61-2c5d8f0e1b7a"
ULID1 = "01HX3K8Z9QW2E4R6T8V0B2C4D6"
ULID2 = "01HX3M2N5P7R9S1T3V5W7X9Y1Z"


def _part_cd(add):
    # --- grafana/tempo (tempodb WAL / backends, ingest, model) ---
    TP = "grafana/tempo"
    WALDIR = "/var/tempo/wal/blocks/" + BLK + "+single-tenant+vParquet3"
    for typ, m, p in [
        (S, "read wal dir: open /var/tempo/wal/blocks: permission denied", "tempodb/wal/wal.go"),
        (S, "remove tombstoned wal block " + WALDIR + ": unlinkat " + WALDIR + "/0000000001: read-only file system",
         "tempodb/wal/wal.go"),
        (S, "failed to remove keypath for block /var/tempo/traces/single-tenant/" + BLK + ": unlinkat /var/tempo/traces/single-tenant/"
         + BLK + "/data.parquet: permission denied", "tempodb/backend/local/compactor.go"),
        (S, "failed to tombstone block " + BLK + ": rename /var/tempo/traces/single-tenant/" + BLK + "/meta.json /var/tempo/traces/single-tenant/"
         + BLK + "/meta.deleted.json: read-only file system", "tempodb/backend/local/compactor.go"),
        (S, "error reading wal meta json: " + WALDIR + "/meta.json: open " + WALDIR + "/meta.json: no such file or directory",
         "tempodb/encoding/vparquet3/wal_block.go"),
        (Z, "error unmarshaling wal meta json: " + WALDIR + "/meta.json: unexpected end of JSON input",
         "tempodb/encoding/vparquet3/wal_block.go"),
        (Z, "mismatched version in vparquet wal: vParquet4, /var/tempo/wal/blocks, " + BLK + "+single-tenant+vParquet4",
         "tempodb/encoding/vparquet3/wal_block.go"),
        (Z, "failed to confirm magic footer while writing a new parquet block", "tempodb/encoding/vparquet3/create.go"),
        (Z, "failed to unmarshal tenant index proto: proto: TenantIndex: illegal tag 0 (wire type 0)", "tempodb/backend/raw.go"),
        (Z, "trace IDs can only contain hex characters: invalid character 'g' at position 17", "pkg/util/traceid.go"),
        (U, "at least 2 live replicas required, could only find 1", "pkg/ring/ring.go"),
        (U, "failed to push data to queue for tenant=single-tenant and queue_name=otlpgrpc-forwarder: queue is full",
         "modules/distributor/queue/queue.go"),
        (T, "failed to push data to queue for tenant=single-tenant and queue_name=otlpgrpc-forwarder: context deadline exceeded",
         "modules/distributor/queue/queue.go"),
        (U, "trace exceeds max size (max bytes: 5000000)", "pkg/model/trace/combine.go"),
        (N, "kafka broker not ready after 10 retries: terminated after 10 retries", "pkg/ingest/util.go"),
        (T, "skipped producing Kafka records because context is already done: context deadline exceeded", "pkg/ingest/writer_client.go"),
        (A, "no static credentials provided", "pkg/ingest/config.go"),
        (A, "requesting credentials from HTTP socket /run/msk-iam/credentials.sock: unexpected status 403 Forbidden", "pkg/ingest/sasl.go"),
    ]:
        add(TP, p, typ, m)

    # --- cortexproject/cortex (ingester TSDBs, bucket index, querier, store-gateway) ---
    CX = "cortexproject/cortex"
    for typ, m, p in [
        (S, "failed to open TSDB: /data/tsdb/tenant-1: lock DB directory: resource temporarily unavailable", "pkg/ingester/ingester.go"),
        (S, "unable to walk directory /data/tsdb containing existing TSDBs: open /data/tsdb: permission denied", "pkg/ingester/ingester.go"),
        (U, "err: out of bounds. timestamp=2024-05-02T10:04:17.123Z, series={__name__=\"node_cpu_seconds_total\", cpu=\"0\", instance=\"10.0.0.12:9100\"}",
         "pkg/ingester/ingester.go"),
        (U, "cannot create TSDB: ingesters's max tenants limit reached", "pkg/ingester/instance_limits.go"),
        (T, "ingester client stream connection closed: context deadline exceeded", "pkg/ingester/client/client.go"),
        (S, "failed to create per-tenant directory /data/alertmanager/tenant-1: mkdir /data/alertmanager/tenant-1: no space left on device",
         "pkg/alertmanager/multitenant.go"),
        (A, "alertmanager storage object access denied", "pkg/alertmanager/alertspb/compat.go"),
        (A, "access denied: customer key", "pkg/storage/bucket/client.go"),
        (Z, "bucket index corrupted", "pkg/storage/tsdb/bucketindex/storage.go"),
        (Z, "block deletion mark corrupted", "pkg/storage/tsdb/bucketindex/updater.go"),
        (U, "bucket index is too old and the last time it was updated exceeds the allowed max staleness",
         "pkg/querier/blocks_finder_bucket_index.go"),
        (N, "failed to fetch series from 10.0.0.12:9095: rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial tcp 10.0.0.12:9095: connect: connection refused\"",
         "pkg/querier/blocks_store_queryable.go"),
        (U, "consistency check failed because some blocks were not queried: " + ULID1 + " " + ULID2, "pkg/querier/blocks_store_queryable.go"),
        (U, "the query hit the max number of series limit (limit: 100000 series)", "pkg/util/limiter/query_limiter.go"),
        (N, "redis: Unexpected PING response \"\"", "pkg/chunk/cache/redis_client.go"),
        (N, "certificate given but no key configured", "pkg/util/tls/tls.go"),
        (S, "unable to read rule dir /etc/cortex/rules/tenant-1: open /etc/cortex/rules/tenant-1: no such file or directory",
         "pkg/ruler/rulestore/local/local.go"),
    ]:
        add(CX, p, typ, m)

    # --- m3db/m3 (dbnode filesets, commit log, client session, x/ helpers) ---
    M3 = "m3db/m3"
    FS = "/var/lib/m3db/data/default/12/fileset-1714636800000000000-0-index.db"
    for typ, m, p in [
        (U, "commit log queue is full", "src/dbnode/persist/fs/commitlog/commit_log.go"),
        (Z, "commit log reader encountered chunk size checksum mismatch", "src/dbnode/persist/fs/commitlog/reader.go"),
        (Z, "commit log file index does not match filename", "src/dbnode/persist/fs/commitlog/iterator.go"),
        (Z, "read info file checksum bad: expected=3735928559, actual=2882400018", "src/dbnode/persist/fs/index_read.go"),
        (Z, "expected " + FS + " file digest was: 1843357213, but got: 40519836", "src/dbnode/persist/fs/mmap_util.go"),
        (Z, "header magic number does not match expected value", "src/x/serialize/decoder.go"),
        (U, "too many tags [ limit = 4096, observed = 5012 ]", "src/x/serialize/decoder.go"),
        (S, "failed to remove file /var/lib/m3db/snapshots/default/12/snapshot-1714636800000000000-3-data.db: remove /var/lib/m3db/snapshots/default/12/snapshot-1714636800000000000-3-data.db: read-only file system",
         "src/dbnode/persist/fs/files.go"),
        (S, "error reading snapshot info file: open /var/lib/m3db/snapshots/default/12/snapshot-1714636800000000000-3-info.db: no such file or directory",
         "src/dbnode/persist/fs/files.go"),
        (U, "failed to meet consistency level majority with 1/3 success, 3 nodes responded, errors: [shard 12 in host node2 is not available (initializing) shard 12 in host node3 not available (leaving)]",
         "src/dbnode/client/errors.go"),
        (N, "error writing to host node2: tchannel error ErrCodeNetwork: connection reset by peer", "src/dbnode/client/write_state.go"),
        (T, "timed out establishing min connections to cluster", "src/dbnode/client/session.go"),
        (Z, "block checksum is bad: expected=3735928559, actual=0", "src/dbnode/client/session.go"),
        (N, "connection pool has no connections", "src/dbnode/client/connection_pool.go"),
        (U, "server is overloaded", "src/dbnode/network/server/tchannelthrift/node/service.go"),
        (U, "context canceled while retrying: context canceled", "src/x/retry/retry.go"),
        (U, "read after free: reads=1, ref=0", "src/x/checked/ref.go"),
        (N, "load x509 key pair error: tls: private key does not match public key", "src/x/tls/config_manager.go"),
    ]:
        add(M3, p, typ, m)

    # --- grafana/mimir (index-header, block meta/markers, ingest storage, distributor, ingester) ---
    MI = "grafana/mimir"
    BD = "/data/compactor/tenant-1/" + ULID1
    for typ, m, p in [
        (Z, "invalid magic number 1f8b0800", "pkg/storage/indexheader/toc.go"),
        (Z, "unknown or unsupported index format version 3", "pkg/storage/indexheader/toc.go"),
        (Z, "failed to read table of contents from index-header on disk after recreate from bucket block index: invalid checksum",
         "pkg/storage/indexheader/stream_binary_reader.go"),
        (S, "cannot create local block dir: mkdir /data/store-gateway/tenant-1/" + ULID1 + ": no space left on device",
         "pkg/storage/indexheader/stream_binary_reader.go"),
        (S, "failed to stat chunks/000001: stat " + BD + "/chunks/000001: no such file or directory",
         "pkg/storage/tsdb/block/blockvalidation/disk.go"),
        (Z, "file size mismatch for chunks/000002", "pkg/storage/tsdb/block/blockvalidation/disk.go"),
        (Z, "file: tenant-1/" + ULID1 + "/deletion-mark.json; err: unexpected end of JSON input: unmarshal marker JSON",
         "pkg/storage/tsdb/block/markers.go"),
        (S, "read new meta: open " + BD + "/meta.json: no such file or directory", "pkg/storage/tsdb/block/meta.go"),
        (S, "failed to write to temporary offset file /data/ingester/kafka/partition-3.offset.tmp: open /data/ingester/kafka/partition-3.offset.tmp: read-only file system",
         "pkg/storage/ingest/offset_file.go"),
        (U, "the Kafka writer client is not in the running state", "pkg/storage/ingest/writer.go"),
        (N, "failed to write to partitions [3 7]: unable to dial: dial tcp 10.0.0.12:9092: connect: connection refused",
         "pkg/storage/ingest/writer.go"),
        (T, "exceeded configured distributor remote timeout: context deadline exceeded", "pkg/distributor/errors.go"),
        (N, "failed pushing to ingester ingester-zone-a-2: connection error: desc = \"transport: Error while dialing: dial tcp 10.0.0.12:9095: connect: connection refused\"",
         "pkg/distributor/errors.go"),
        (U, "replicas did not match, rejecting sample: replica=prometheus-1, elected=prometheus-0", "pkg/distributor/errors.go"),
        (U, "the request has been rejected because the tenant exceeded the ingestion rate limit, set to 10000 items/s with a maximum allowed burst of 200000. "
            "This limit is applied on the total number of samples, exemplars and metadata received across all distributors (err-mimir-tenant-max-ingestion-rate). "
            "To adjust the related per-tenant limits, configure -distributor.ingestion-rate-limit and -distributor.ingestion-burst-size, or contact your service administrator.",
         "pkg/distributor/errors.go"),
        (U, "per-user series limit of 150000 exceeded (err-mimir-max-series-per-user). To adjust the related per-tenant limit, configure -ingester.max-global-series-per-user, or contact your service administrator.",
         "pkg/ingester/errors.go"),
        (U, "the sample has been rejected because its timestamp is too old (err-mimir-sample-timestamp-too-old). The affected sample has timestamp 2024-05-01T08:12:44.5Z and is from series {__name__=\"http_requests_total\", job=\"api\"}",
         "pkg/ingester/errors.go"),
        (U, "failed to fetch some blocks (err-mimir-store-consistency-check-failed). The failed blocks are: " + ULID1 + " " + ULID2,
         "pkg/querier/blocks_store_queryable.go"),
    ]:
        add(MI, p, typ, m)

    # --- elastic/beats (libbeat disk queue, memlog state store, TLS, Elasticsearch output) ---
    EB = "elastic/beats"
    DQ = "/var/lib/filebeat/diskqueue"
    ES_401 = ('{"error":{"root_cause":[{"type":"security_exception","reason":"unable to authenticate user [filebeat_writer] for REST request [/_bulk]"}],'
              '"type":"security_exception","reason":"unable to authenticate user [filebeat_writer] for REST request [/_bulk]"},"status":401}')
    for typ, m, p in [
        (Z, "data frame checksum mismatch (9f3a1c2e != 4b7d0e81)", "libbeat/publisher/queue/diskqueue/reader_loop.go"),
        (Z, "inconsistent data frame length (2048 vs 0)", "libbeat/publisher/queue/diskqueue/reader_loop.go"),
        (Z, "can't read next frame: frame size is 65548 but remaining data is only 1024", "libbeat/publisher/queue/diskqueue/reader_loop.go"),
        (S, "couldn't read queue directory '" + DQ + "': open " + DQ + ": permission denied", "libbeat/publisher/queue/diskqueue/segments.go"),
        (S, "couldn't open segment 42: open " + DQ + "/42.seg: no such file or directory", "libbeat/publisher/queue/diskqueue/segments.go"),
        (Z, "unsupported queue metadata version (2)", "libbeat/publisher/queue/diskqueue/state_file.go"),
        (U, "key must be 16 bytes long", "libbeat/publisher/queue/diskqueue/encryption.go"),
        (Z, "corrupted data file: unexpected EOF", "libbeat/statestore/backend/memlog/diskstore.go"),
        (Z, "store version 2 not supported", "libbeat/statestore/backend/memlog/diskstore.go"),
        (S, "can not add operation to log file, a checkpoint is required", "libbeat/statestore/backend/memlog/error.go"),
        (N, "provided CA certificate pins doesn't match any of the certificate authorities used to validate the certificate",
         "libbeat/common/transport/tlscommon/ca_pinning.go"),
        (N, "tls: failed to parse certificate from server: x509: malformed certificate", "libbeat/common/transport/tlscommon/verify.go"),
        (N, "error connecting to Elasticsearch at https://10.0.0.12:9200: Get \"https://10.0.0.12:9200\": dial tcp 10.0.0.12:9200: connect: connection refused",
         "libbeat/esleg/eslegclient/connection.go"),
        (Z, "Failed to parse JSON response: invalid character '<' looking for beginning of value", "libbeat/esleg/eslegclient/connection.go"),
        (T, "failed to perform any bulk index operations: Post \"https://10.0.0.12:9200/_bulk?filter_path=errors%2Citems.%2A.error%2Citems.%2A.status\": "
            "context deadline exceeded (Client.Timeout exceeded while awaiting headers)", "libbeat/outputs/elasticsearch/client.go"),
        (A, "failed to perform any bulk index operations: 401 Unauthorized: " + ES_401, "libbeat/outputs/elasticsearch/client.go"),
        (U, "failed to perform bulk index operation: the bulk payload is too large for the server. Consider to adjust `http.max_content_length` parameter in Elasticsearch or `bulk_max_size` in the beat. The batch has been dropped",
         "libbeat/outputs/elasticsearch/client.go"),
        (U, "Elasticsearch is too old. Please upgrade the instance. If you would like to connect to older instances set output.elasticsearch.allow_older_versions to true.",
         "libbeat/outputs/elasticsearch/client.go"),
    ]:
        add(EB, p, typ, m)

# Cloud-native Go projects: kedacore/keda, istio/istio, argoproj/argo-cd (snapshots via fetch, read with git show); cilium/cilium and kubernetes/kubernetes (kubelet and apiserver only; snapshots too large for fetch, files read with read_file / find_string). Each wording read in the named file; placeholders filled plausibly.
def _part_cg(add):
    # --- KEDA (operator / metrics adapter) ---
    R = "kedacore/keda"
    for typ, m, p in [
        (T, "timeout while waiting to establish gRPC connection to KEDA Metrics Service server", "pkg/provider/provider.go"),
        (N, "gRPC connection is shut down", "pkg/metricsservice/client.go"),
        (T, "KEDA reached a context deadline while retrieving Datadog metrics: context deadline exceeded",
         "pkg/scalers/datadog_scaler.go"),
        (A, "unauthorized to connect to Datadog. Check that your Datadog API and App keys are correct and that your "
            "App key has the correct permissions: 403 Forbidden", "pkg/scalers/datadog_scaler.go"),
        (U, "your Datadog account reached the 300 queries per 3600 seconds rate limit, next limit reset will happen "
            "in 1187 seconds", "pkg/scalers/datadog_scaler.go"),
        (N, "connection to redis failed: dial tcp 10.0.0.12:6379: connect: connection refused", "pkg/scalers/redis_scaler.go"),
        (A, "error validating token: subject isn't a service account", "pkg/scaling/resolver/k8s_validator.go"),
        (A, "could not get Vault token", "pkg/scaling/resolver/hashicorpvault_handler.go"),
        (A, "no authentication token provided", "pkg/scalers/openstack/keystone_authentication.go"),
        (S, "failed to read auth file /etc/keda/auth/stemedb.json: open /etc/keda/auth/stemedb.json: no such file or directory",
         "pkg/scaling/resolver/scale_resolvers.go"),
        (Z, "failed to unmarshal auth params from /etc/keda/auth/stemedb.json: invalid character '}' looking for "
            "beginning of object key string", "pkg/scaling/resolver/scale_resolvers.go"),
        (U, "filePath must be relative and not contain '..'", "pkg/scaling/resolver/scale_resolvers.go"),
        (Z, "failed to decode blob data: unexpected end of JSON input", "pkg/scalers/azure/azure_eventhub_checkpoint.go"),
        (S, "error writing to temporary file: write /tmp/kerberos/krb_3481276: no space left on device",
         "pkg/scalers/kafka_scaler.go"),
        (U, "allowIdleConsumers and limitToPartitionsWithLag cannot be set simultaneously", "pkg/scalers/kafka_scaler.go"),
        (Z, "unable to parse duration value \"5 minutes\": must be either a duration string (e.g. '30s', '5m') or a "
            "number of milliseconds", "pkg/scalers/scalersconfig/typed_config.go"),
    ]:
        add(R, p, typ, m)

    # --- Istio (istiod, pilot-agent, CA) ---
    R = "istio/istio"
    for typ, m, p in [
        (T, "health rpc probe timed out after 1s: rpc error: code = DeadlineExceeded desc = context deadline exceeded",
         "pkg/istio-agent/health/health_probers.go"),
        (U, "service on port 18182 doesn't implement the grpc health protocol grpc.health.v1.Health: rpc error: "
            "code = Unimplemented desc = unknown service grpc.health.v1.Health", "pkg/istio-agent/health/health_probers.go"),
        (A, "the token is not authenticated", "security/pkg/k8s/tokenreview/k8sauthn.go"),
        (A, "no bearer token exists in HTTP authorization header", "pkg/security/security.go"),
        (N, "failed to connect to endpoint istiod.istio-system.svc:15012",
         "security/pkg/nodeagent/caclient/providers/citadel/client.go"),
        (N, "failed to verify certificate: x509: certificate signed by unknown authority", "security/pkg/pki/util/verify_cert.go"),
        (N, "signing certificate has expired at 2026-03-01 00:00:00 +0000 UTC", "security/pkg/pki/util/generate_cert.go"),
        (N, "the cert does not match the key: tls: private key does not match public key",
         "security/pkg/pki/util/keycertbundle.go"),
        (N, "certificate is expired or not yet valid", "pilot/pkg/xds/sds.go"),
        (Z, "invalid PEM-encoded key", "security/pkg/pki/util/crypto.go"),
        (Z, "certificate signing request is not properly encoded", "security/pkg/pki/util/crypto.go"),
        (U, "requested key size does not meet the minimum required size of 2048 (requested: 1024)",
         "security/pkg/pki/util/generate_cert.go"),
        (S, "certificate file reading failure (open /etc/cacerts/ca-cert.pem: no such file or directory)",
         "security/pkg/pki/util/generate_cert.go"),
        (S, "failed to write data to file key.pem: open /etc/certs/key.pem: read-only file system",
         "security/pkg/nodeagent/util/util.go"),
        (T, "timeout waiting for queue to close after 5s", "pkg/kube/controllers/queue.go"),
        (T, "timeout, still waiting for updates: type.googleapis.com/envoy.config.cluster.v3.Cluster", "pkg/adsc/adsc.go"),
    ]:
        add(R, p, typ, m)

    # --- Argo CD (api-server, repo-server, webhooks) ---
    R = "argoproj/argo-cd"
    add(R, "util/webhook/ghcr.go", A, "HMAC verification failed: signature mismatch", True)
    for typ, m, p in [
        (A, "HMAC verification failed: missing X-Hub-Signature-256 header", "util/webhook/ghcr.go"),
        (A, "token is revoked, please re-login", "util/session/sessionmanager.go"),
        (A, "account password has changed since token issued", "util/session/sessionmanager.go"),
        (A, "rpc error: code = Unauthenticated desc = Invalid username or password", "util/session/sessionmanager.go"),
        (A, "rpc error: code = PermissionDenied desc = repository 'https://git.example.com/stemedb/deploy.git' not "
            "permitted in project 'default'", "server/repository/repository.go"),
        (U, "cache: key is missing", "util/cache/client.go"),
        (Z, "failed to decode cached data: unexpected EOF", "util/cache/redis.go"),
        (S, "failed to access Redis credential file /app/config/redis/auth: open /app/config/redis/auth: permission denied",
         "util/cache/cache.go"),
        (T, "application refresh deadline exceeded", "server/application/application.go"),
        (U, "rpc error: code = Internal desc = Failed to update application. Too many conflicts",
         "server/application/application.go"),
        (U, "exceeded max combined manifest file size", "reposerver/repository/repository.go"),
        (N, "unable to connect to registry 'Post \"https://stemedb.azurecr.io/oauth2/exchange\": dial tcp "
            "10.0.0.12:443: connect: connection refused'", "util/helm/creds.go"),
        (Z, "could not decode PEM", "util/tls/tls.go"),
        (S, "could not read certificate file: open /app/config/tls/tls.crt: no such file or directory", "util/tls/tls.go"),
        (S, "failed to write data to temporary file: write /tmp/1837465921: no space left on device", "util/helm/cmd.go"),
        (U, "file '../../etc/stemedb/values.yaml' resolved to outside repository root", "util/io/path/resolved.go"),
    ]:
        add(R, p, typ, m)

    # --- Kubernetes: kube-apiserver (staging/src/k8s.io/apiserver) ---
    R = "kubernetes/kubernetes"
    AP = "staging/src/k8s.io/apiserver/"
    add(R, AP + "plugin/pkg/authenticator/token/oidc/oidc.go", A,
        "oidc: verify token: failed to verify signature: failed to verify id token signature", True)
    for typ, m, p in [
        (U, "StorageError: key not found, Code: 1, Key: /registry/leases/stemedb/stemedb-leader, ResourceVersion: 0, "
            "AdditionalErrorMsg: <nil>", "pkg/storage/errors.go"),
        (T, "StorageError: request timeout, Code: 6, Key: /registry/pods/stemedb/stemedb-0, ResourceVersion: 0, "
            "AdditionalErrorMsg: context deadline exceeded", "pkg/storage/errors.go"),
        (Z, "StorageError: corrupt object, Code: 7, Key: /registry/secrets/stemedb/db-creds, ResourceVersion: 0, "
            "AdditionalErrorMsg: the stored data was shorter than the required size", "pkg/storage/errors.go"),
        (U, "The resourceVersion for the provided watch is too old.", "pkg/storage/etcd3/errors.go"),
        (Z, "unable to parse etcd url: parse \"http://10.0.0.12:2379/%zz\": invalid URL escape \"%zz\"",
         "pkg/storage/etcd3/preflight/checks.go"),
        (T, "post-timeout activity - time-elapsed: 2.314s, GET \"/api/v1/namespaces/stemedb/pods\" result: <nil>",
         "pkg/server/filters/timeout.go"),
        (A, "encryptedDEKSource with keyID hash \"sha256:5b2e4c1f9a7d3e8b\" expired at 2026-03-01T00:00:00Z "
            "(current time is 2026-03-01T00:05:12Z)", "pkg/storage/value/encrypt/envelope/kmsv2/envelope.go"),
        (Z, "unknown encryptedDEKSourceType: 7", "pkg/storage/value/encrypt/envelope/kmsv2/envelope.go"),
        (A, "invalid bearer token", "pkg/authentication/request/bearertoken/bearertoken.go"),
        (N, "verifying certificate SN=4096, SKID=3A:1F:9C:42, AKID=7B:E2:01:D5 failed: x509: certificate signed by "
            "unknown authority", "pkg/authentication/request/x509/x509.go"),
        (A, "x509: subject with cn=system:kube-proxy is not in the allowed list", "pkg/authentication/request/x509/x509.go"),
    ]:
        add(R, AP + p, typ, m)

    # --- Kubernetes: kubelet (pkg/kubelet) ---
    for typ, m, p in [
        (Z, "checkpoint is corrupted", "pkg/kubelet/checkpointmanager/errors/errors.go"),
        (U, "checkpoint is not found", "pkg/kubelet/checkpointmanager/errors/errors.go"),
        (T, "PLEG is not healthy: pleg was last seen active 3m12.5s ago; threshold is 3m0s", "pkg/kubelet/runtime.go"),
        (U, "pleg has yet to be successful", "pkg/kubelet/pleg/generic.go"),
        (S, "The node was low on resource: ephemeral-storage. Threshold quantity: 10Gi, available: 8123456Ki.",
         "pkg/kubelet/eviction/helpers.go"),
        (S, "Usage of EmptyDir volume \"raft-wal\" exceeds the limit \"10Gi\".", "pkg/kubelet/eviction/helpers.go"),
        (U, "The node was low on resource: memory.", "pkg/kubelet/eviction/helpers.go"),
        (S, "failed to garbage collect required amount of images. Wanted to free 13148397568, but freed 0",
         "pkg/kubelet/images/image_gc_manager.go"),
    ]:
        add(R, p, typ, m)

    # --- Cilium (agent: kvstore, IPAM, certloader, IPsec) ---
    R = "cilium/cilium"
    for typ, m, p in [
        (U, "lock was cancelled: context canceled", "pkg/kvstore/lock.go"),
        (U, "transaction did not succeed: lock lease expired", "pkg/kvstore/etcd.go"),
        (T, "etcd client timeout exceeded", "pkg/kvstore/etcd.go"),
        (T, "timeout while waiting for initial connection", "pkg/kvstore/etcd.go"),
        (T, "timed out while waiting for etcd session. Ensure that etcd is running on [https://10.0.0.12:2379]",
         "pkg/kvstore/etcd.go"),
        (N, "etcd session ended", "pkg/kvstore/etcd.go"),
        (N, "not able to connect to any etcd endpoints", "pkg/kvstore/etcd.go"),
        (U, "invalid etcd configuration, etcd.config or etcd.address must be specified", "pkg/kvstore/etcd.go"),
        (U, "minimal etcd version not met in \"https://10.0.0.12:2379\", required: >=3.1.0, found: 3.0.17",
         "pkg/kvstore/etcd.go"),
        (U, "IPv4 allocation disabled", "pkg/ipam/allocator.go"),
        (Z, "Invalid IP address: 10.0.0.300", "pkg/ipam/allocator.go"),
        (U, "certificate and private key are both required, but only one was provided", "pkg/crypto/certloader/reloader.go"),
        (Z, "failed to load cert \"/var/lib/cilium/tls/hubble/client-ca.crt\": must be PEM encoded",
         "pkg/crypto/certloader/reloader.go"),
        (S, "failed to load cert \"/var/lib/cilium/tls/hubble/client-ca.crt\": open "
            "/var/lib/cilium/tls/hubble/client-ca.crt: permission denied", "pkg/crypto/certloader/reloader.go"),
        (N, "failed to load keypair: tls: private key does not match public key", "pkg/crypto/certloader/reloader.go"),
        (A, "IPSec key missing", "pkg/datapath/linux/ipsec/ipsec_linux.go"),
        (Z, "missing IPSec key or invalid format", "pkg/datapath/linux/ipsec/ipsec_linux.go"),
        (Z, "unable to decode authentication key string \"0xZZ12ab\"", "pkg/datapath/linux/ipsec/ipsec_linux.go"),
    ]:
        add(R, p, typ, m)

# Rust virtualisation / OS-level crates: cloud-hypervisor, rust-vmm vm-memory, vhost, kvm (kvm-ioctls/kvm-bindings) plus rust-vmm/vmm-sys-util (whose errno::Error is what kvm-ioctls returns), bottlerocket API crates, zincati; snapshots via fetch, each wording read in the named file (Display / #[error] / snafu / anyhow text), placeholders filled.
def _part_ci(add):
    # --- cloud-hypervisor ---
    CH = "cloud-hypervisor/cloud-hypervisor"
    for typ, m, p in [
        (Z, "Invalid magic", "block/src/formats/qcow/parser.rs"),
        (Z, "Unsupported version: 4", "block/src/formats/qcow/parser.rs"),
        (S, "Backing file I/O error: /var/lib/stemedb/images/base.qcow2", "block/src/formats/qcow/parser.rs"),
        (Z, "Image is marked corrupt and cannot be opened for writing", "block/src/formats/qcow/parser.rs"),
        (S, "Failed to open file No such file or directory (os error 2)", "block/src/formats/qcow/parser.rs"),
        (Z, "Invalid L1 table size: 33554432", "block/src/formats/qcow/parser.rs"),
        (S, "Failed to sync header", "block/src/formats/qcow/parser.rs"),
        (Z, "Zstd decompress error", "block/src/formats/qcow/decoder.rs"),
        (Z, "Checksum doesn't match for Header", "block/src/formats/vhdx/header.rs"),
        (S, "Failed to get Write lock for disk image: /var/lib/stemedb/images/vm0.raw", "virtio-devices/src/block.rs"),
        (U, "Disk image size is not a multiple of 512", "virtio-devices/src/block.rs"),
        (S, "The file is already locked", "block/src/io/fcntl.rs"),
        (S, "Error locking disk images: Another instance likely holds a lock", "vmm/src/vm.rs"),
        (S, "Failed vectored writing to file", "block/src/io/async_io.rs"),
        (N, "TLS handshake stalled: no read/write progress while handshake is still in progress", "vm-migration/src/tls.rs"),
        (N, "Missing required TLS file for migration client: /etc/stemedb/tls/client-cert.pem", "vm-migration/src/tls.rs"),
        (N, "Rustls protocol error", "vm-migration/src/tls.rs"),
        (Z, "The provided hostname could not be parsed", "vm-migration/src/tls.rs"),
        (S, "Failed to release a disk lock", "vm-migration/src/lib.rs"),
        (T, "Timed out waiting for vhost-user connection", "virtio-devices/src/vhost_user/mod.rs"),
        (U, "Aborted vhost-user connect: kill event received", "virtio-devices/src/vhost_user/mod.rs"),
        (Z, "The vsock header len field holds an invalid value: 4294967295", "virtio-devices/src/vsock/mod.rs"),
        (N, "API socket \"/run/stemedb/ch-api.sock\" is already in use by another running instance", "vmm/src/lib.rs"),
        (U, "The VM is not booted", "vmm/src/api/mod.rs"),
        (Z, "Expected receiver_url in the form of either `tcp:<host>:<port>` or `unix:<path>:`", "vmm/src/api/mod.rs"),
        (Z, "Failed to deserialize JSON", "vmm/src/api/http/mod.rs"),
        (T, "Timeout when waiting for signal to be acknowledged", "vmm/src/cpu.rs"),
        (T, "GDB response timeout", "vmm/src/gdb.rs"),
        (N, "Cannot connect to tpm Socket", "tpm/src/socket.rs"),
        (N, "Error writing to or reading from HTTP socket", "api_client/src/lib.rs"),
        (Z, "Error parsing --vsock: cid missing", "vmm/src/config.rs"),
    ]:
        add(CH, p, typ, m)

    # --- rust-vmm/vm-memory ---
    VM = "rust-vmm/vm-memory"
    for typ, m, p in [
        (U, "Guest memory error: invalid guest address 4294967296", "src/guest_memory.rs"),
        (S, "Guest memory error: Input/output error (os error 5)", "src/guest_memory.rs"),
        (Z, "Guest memory error: failed to fill whole buffer", "src/io.rs"),
        (U, "Guest memory error: only used 2048 bytes in 4096 long buffer", "src/guest_memory.rs"),
        (U, "IOMMU failed to translate guest address: Cannot translate I/O virtual address range 0x7f0000+4096: No mapping provided for failed range", "src/iommu.rs"),
        (U, "Error setting up raw memory for guest region: Cannot allocate memory (os error 12)", "src/mmap/mod.rs"),
        (U, "Error setting up raw memory for guest region: The forbidden `MAP_FIXED` flag was specified", "src/mmap/unix.rs"),
        (U, "Error constructing guest region collection: Some of the memory regions intersect with each other", "src/region.rs"),
        (U, "Error constructing guest region collection: The provided memory regions haven't been sorted", "src/region.rs"),
        (U, "address 0x1003 is not aligned to 4", "src/volatile_memory.rs"),
        (U, "Combination of guest address and region length invalid (would overflow)", "src/mmap/mod.rs"),
    ]:
        add(VM, p, typ, m)

    # --- rust-vmm/vhost (vhost and vhost-user-backend crates) ---
    VH = "rust-vmm/vhost"
    for typ, m, p in [
        (N, "vhost-user: can't connect to peer: Connection refused (os error 111)", "vhost/src/lib.rs"),
        (N, "socket is broken: Broken pipe (os error 32)", "vhost/src/vhost_user/mod.rs"),
        (N, "peer disconnected", "vhost/src/vhost_user/mod.rs"),
        (N, "socket error: Transport endpoint is not connected (os error 107)", "vhost/src/vhost_user/mod.rs"),
        (N, "temporary socket error: No buffer space available (os error 105)", "vhost/src/vhost_user/mod.rs"),
        (Z, "invalid message", "vhost/src/vhost_user/mod.rs"),
        (Z, "partial message", "vhost/src/vhost_user/mod.rs"),
        (U, "oversized message", "vhost/src/vhost_user/mod.rs"),
        (U, "wrong number of attached fds", "vhost/src/vhost_user/mod.rs"),
        (U, "virtio/protocol features mismatch", "vhost/src/vhost_user/mod.rs"),
        (S, "failure in opening vhost file: No such file or directory (os error 2)", "vhost/src/lib.rs"),
        (U, "failure in vhost ioctl: Invalid argument (os error 22)", "vhost/src/lib.rs"),
        (N, "cannot create vhost-user listener: socket error: Address already in use (os error 98)", "vhost-user-backend/src/lib.rs"),
        (N, "failed to handle request: peer disconnected", "vhost-user-backend/src/lib.rs"),
        (U, "failed to wait for epoll event: Interrupted system call (os error 4)", "vhost-user-backend/src/event_loop.rs"),
    ]:
        add(VH, p, typ, m)

    # --- rust-vmm/kvm (kvm-ioctls returns vmm_sys_util errno::Error; only these wordings are its own) ---
    KV = "rust-vmm/kvm"
    add(KV, "kvm-ioctls/src/ioctls/vcpu.rs", U, "assertion `left != right` failed: buffer should not report a size of zero")
    add(KV, "kvm-bindings/src/serialize.rs", Z, "invalid type: string \"kvm_regs\", expected a byte array at line 1 column 18")

    # --- rust-vmm/vmm-sys-util (supplement for kvm-ioctls) ---
    SU = "rust-vmm/vmm-sys-util"
    for typ, m, p in [
        (U, "The max size has been exceeded", "src/fam.rs"),
        (U, "signal 34 already blocked", "src/linux/signal.rs"),
        (U, "signal could not be blocked: Invalid argument (os error 22)", "src/linux/signal.rs"),
        (U, "alignment must be a power of two and non-zero", "src/align.rs"),
    ]:
        add(SU, p, typ, m)

    # --- bottlerocket (datastore, apiclient, migration-helpers) ---
    BR = "bottlerocket-os/bottlerocket"
    for typ, m, p in [
        (S, "Reading key 'settings.network.hostname' failed: Input/output error (os error 5)", "sources/api/datastore/src/error.rs"),
        (S, "Removing key at '/var/lib/bottlerocket/datastore/current/live/settings/motd' failed: Read-only file system (os error 30)", "sources/api/datastore/src/error.rs"),
        (S, "IO error on '/var/lib/bottlerocket/datastore/current/pending/apiclient/settings/ntp': No space left on device (os error 28)", "sources/api/datastore/src/error.rs"),
        (S, "Data store integrity violation at /var/lib/bottlerocket/datastore/current/live: Live datastore missing", "sources/api/datastore/src/filesystem.rs"),
        (Z, "Data store integrity violation at /var/lib/bottlerocket/datastore/current/live/settings/motd%FF: invalid UTF-8 in encoded segment 'motd%FF'", "sources/api/datastore/src/filesystem.rs"),
        (U, "Key name 'settings..motd' has invalid format: empty key segment", "sources/api/datastore/src/key.rs"),
        (N, "Failed to connect to server at /run/api.sock: Connection refused (os error 111)", "sources/api/apiclient/src/exec/connect.rs"),
        (N, "Server did not upgrade to WebSocket; expected 101 Switching Protocols, got 400 Bad Request", "sources/api/apiclient/src/exec/connect.rs"),
        (T, "Timed out after waiting 5s seconds after POST to /actions/activate-update, unsure of result", "sources/api/apiclient/src/update.rs"),
        (Z, "Response was not UTF-8: invalid utf-8 sequence of 1 bytes from index 12", "sources/api/apiclient/src/lib.rs"),
        (Z, "Response contained invalid JSON 'Internal Server Error' - expected value at line 1 column 1", "sources/api/apiclient/src/get.rs"),
        (U, "Migration requires missing key: settings.kubernetes.cluster-name", "sources/api/migration/migration-helpers/src/error.rs"),
        (S, "Failed to delete file '/var/lib/bottlerocket/datastore/current/live/settings/updates/seed': 'Permission denied (os error 13)'", "sources/api/migration/migration-helpers/src/error.rs"),
    ]:
        add(BR, p, typ, m)

    # --- coreos/zincati ---
    ZI = "coreos/zincati"
    for typ, m, p in [
        (N, "failed to check Cincinnati for updates: server-side error, code 503: (unknown/generic server error)", "src/cincinnati/client.rs"),
        (N, "failed to check Cincinnati for updates: client-side error: error sending request for url (https://updates.coreos.fedoraproject.org/v1/graph?basearch=x86_64&stream=stable&group=default)", "src/cincinnati/client.rs"),
        (Z, "failed to check Cincinnati for updates: client-side error: failed to decode graph: error decoding response body", "src/cincinnati/client.rs"),
        (N, "lock-manager pre-reboot failure: server-side error, code 500: (unknown/generic server error)", "src/strategy/fleet_lock.rs"),
        (Z, "failed to parse 'fleet-lock.example.internal/'", "src/fleet_lock/mod.rs"),
        (Z, "failed to parse TOML", "src/config/inputs.rs"),
        (S, "failed to read file '/etc/zincati/config.d/55-updates-strategy.toml'", "src/config/inputs.rs"),
        (Z, "detected checksum mismatch for pending deployment '39.20240128.3.0', got unexpected value '8c4a9f1e2b7d3a6c5e0f9d8b7a6c5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f'", "src/update_agent/actor.rs"),
        (U, "expected pending deployment '39.20240128.3.0', but found none", "src/update_agent/actor.rs"),
        (Z, "unrecognized week day: tuesday", "src/weekly/utils.rs"),
        (S, "failed to create temporary MOTD file under '/run/motd.d/'", "src/cli/deadend.rs"),
        (N, "failed to setup metrics service on '/run/zincati/public/metrics.promsock'", "src/metrics/mod.rs"),
    ]:
        add(ZI, p, typ, m)

def holdout16(add):
    for part in (_part_cc, _part_cd, _part_cg, _part_ci):
        part(add)
