"""The fifth blind batch: wordings from sources in no earlier batch, gathered
after the fourth joined the catalogue (60da943), the last point of the
learning curve this round. Four helper sessions read them blind, with the
same brief and conventions as the fourth. Each wording was read in the file
named beside it; fills not read in the source are named in each part's note.
build.py adds it to the catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401

# ZooKeeper C client zerror(), qdrant, meilisearch, greptimedb, quickwit, neon: newest snapshots via fetch, read with git show; each message read in the file named per entry.
def _part_a(add):
    # --- Apache ZooKeeper C client: zerror() string table ---
    R = "apache/zookeeper"
    for typ, m in [(N, "connection loss"),
                   (Z, "marshalling error"),
                   (T, "operation timeout"),
                   (U, "bad arguments"),
                   (U, "no node"),
                   (A, "not authenticated"),
                   (U, "node exists"),
                   (T, "session expired"),
                   (U, "no children for ephemerals"),
                   (U, "session moved to another server, so operation is ignored"),
                   (A, "session closed by server because client is required to do SASL authentication"),
                   (U, "Operation was throttled due to high load")]:
        add(R, "zookeeper-client/zookeeper-client-c/src/zookeeper.c", typ, m)

    # --- qdrant ---
    R = "qdrant/qdrant"
    for typ, m in [(T, "Timeout error: Operation 'search' timed out after 30s"),
                   (U, "Vector dimension error: expected dim: 768, got 384"),
                   (S, "Storage file not found: /var/lib/stemedb/data/000123.sst"),
                   (S, "Service runtime error: IO Error: No space left on device (os error 28)"),
                   (Z, "Service runtime error: Failed to parse data: EOF while parsing a value at offset 512")]:
        add(R, "lib/segment/src/common/operation_error.rs", typ, m)
    add(R, "lib/segment/src/vector_storage/quantized/quantized_ram_storage.rs", S,
        "Inconsistent storage: Encoded file size (1000) is not a multiple of quantized_vector_size (96)")
    for typ, m in [(Z, "Checksum mismatch: expected 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08, actual 60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"),
                   (U, "Not found: Collection `triples` doesn't exist!")]:
        add(R, "lib/storage/src/content_manager/errors.rs", typ, m)
    for typ, m in [(A, "Forbidden: Write access to collection triples is required")]:
        add(R, "lib/storage/src/rbac/mod.rs", typ, m)
    for typ, m in [(A, "Unauthorized: Must provide an API key or an Authorization bearer token"),
                   (A, "Forbidden: Invalid JWT, stateful validation failed")]:
        add(R, "src/common/auth/mod.rs", typ, m)
    add(R, "src/common/auth/jwt_parser.rs", A, "Forbidden: InvalidSignature", True)
    add(R, "src/common/auth/jwt_parser.rs", A, "Forbidden: ExpiredSignature")
    for typ, m in [(N, "Service internal error: Tonic transport error: transport error")]:
        add(R, "lib/collection/src/operations/types.rs", typ, m)
    add(R, "lib/shard/src/quota/check.rs", S,
        "Insufficient storage: Disk usage is at 97% of total capacity, exceeding the configured limit of 95%. "
        "Help: Reduce disk usage (e.g. delete points or drop collections), or raise `max_disk_usage_percent` in the global quota config.")

    # --- meilisearch ---
    R = "meilisearch/meilisearch"
    for typ, m in [(A, "The Authorization header is missing. It must use the bearer authorization method."),
                   (A, "The provided API key is invalid.")]:
        add(R, "crates/meilisearch/src/extractors/authentication/error.rs", typ, m)
    for typ, m in [(A, "could not authenticate against the remote host\n  - hint: check that the remote instance was registered with a valid API key having the `documents.add` action"),
                   (T, "remote host did not answer before the deadline"),
                   (N, "remote host responded with code 502:\n  - response from remote: Bad Gateway")]:
        add(R, "crates/meilisearch/src/proxy/error.rs", typ, m)
    for typ, m in [(S, "There is no more space left on the device. Consider increasing the size of the disk/partition."),
                   (S, "Maximum database size has been reached."),
                   (Z, "internal: decoding from the main database failed."),
                   (U, "internal: An indexation process was explicitly aborted.")]:
        add(R, "crates/milli/src/error.rs", typ, m)
    for typ, m in [(U, "Index `triples` not found."),
                   (Z, "Corrupted task queue."),
                   (U, "Meilisearch cannot receive write operations because the limit of the task database has been reached. Please delete tasks to continue performing write operations.")]:
        add(R, "crates/index-scheduler/src/error.rs", typ, m)
    add(R, "crates/meilisearch-types/src/error.rs", S,
        "Permission denied (os error 13). This error generally happens when you have no space left on device or when your database doesn't have read or write right.")
    add(R, "crates/meilisearch-types/src/document_formats.rs", Z,
        "The `json` payload provided is malformed. `Couldn't serialize document value: EOF while parsing an object at line 1 column 42`.")
    for typ, m in [(U, "This remote is not the leader of the network.\n  - Note: only the leader `ms-0` can receive new tasks.")]:
        add(R, "crates/meilisearch/src/error.rs", typ, m)

    # --- GreptimeDB (snafu display texts) ---
    R = "GreptimeTeam/greptimedb"
    for typ, m in [(S, "Failed to read parquet file, path: data/greptime/public/1024/1024_0000000000/5a8e6c1f-0b4d-4b62-9d7e-1f0a2b3c4d5e.parquet"),
                   (Z, "Failed to decode WAL entry, region_id: 4398046511104(1024, 0)"),
                   (U, "Engine write buffer is full, rejecting write requests of region 4398046511104(1024, 0)")]:
        add(R, "src/mito2/src/error.rs", typ, m)
    for typ, m in [(S, "Failed to perform IO on path: /var/lib/stemedb/wal/0000000000000001.raftlog"),
                   (N, "Failed to create TLS Config"),
                   (N, "Failed to build a Kafka client, broker endpoints: [\"10.0.0.12:9092\"]")]:
        add(R, "src/log-store/src/error.rs", typ, m)
    for typ, m in [(U, "No leader, should ask leader first"),
                   (T, "Ask leader timeout")]:
        add(R, "src/meta-client/src/error.rs", typ, m)
    for typ, m in [(N, "Failed to bind address: 0.0.0.0:4001"),
                   (N, "Tls is required for mysql, plain connection is rejected"),
                   (A, "Not found http or grpc authorization header"),
                   (Z, "Failed to decompress snappy prometheus remote request")]:
        add(R, "src/servers/src/error.rs", typ, m)
    for typ, m in [(A, "Username and password does not match, username: stemedb")]:
        add(R, "src/auth/src/error.rs", typ, m)
    add(R, "src/common/meta/src/error.rs", N, "Failed to connect to Etcd")
    add(R, "src/datanode/src/error.rs", T, "Failed to acquire permit under timeouts")

    # --- Quickwit ---
    R = "quickwit-oss/quickwit"
    for typ, m in [(N, "connection error: error communicating with database: Connection refused (os error 111)"),
                   (Z, "failed to deserialize `IndexMetadata` from JSON: missing field `index_uri` at line 1 column 312"),
                   (U, "index `triples` not found"),
                   (S, "IO error: Disk quota exceeded (os error 122)")]:
        add(R, "quickwit/quickwit-proto/src/metastore/mod.rs", typ, m)
    for typ, m in [(Z, "data corruption: failed to read record"),
                   (S, "io error Permission denied (os error 13)"),
                   (U, "ingest service is unavailable (actor not running)"),
                   (U, "rate limited wal full (memory or disk)")]:
        add(R, "quickwit/quickwit-ingest/src/error.rs", typ, m)
    for typ, m in [(T, "storage error(kind=Timeout, source=request has timed out)"),
                   (S, "storage error(kind=NotFound, source=No such file or directory (os error 2))"),
                   (Z, "invalid storage URI: `failed to extract bucket name from S3 URI: s3://`")]:
        add(R, "quickwit/quickwit-storage/src/error.rs", typ, m)
    add(R, "quickwit/quickwit-rest-client/src/error.rs", Z, "URL parsing error: relative URL without a base")
    add(R, "quickwit/quickwit-doc-mapper/src/error.rs", Z,
        "the provided string is not a syntactically valid JSON object: {\"subject\": ")

    # --- Neon (pageserver / safekeeper / shared libs) ---
    R = "neondatabase/neon"
    add(R, "libs/utils/src/seqwait.rs", T, "seqwait timeout was reached")
    add(R, "pageserver/src/page_service.rs", T,
        "LSN timeout: Timed out while waiting for WAL record at LSN 0/16B5A50 to arrive, last_record_lsn 0/16B3D48 "
        "disk consistent LSN=0/169C3C8, WalReceiver status: Not active")
    add(R, "pageserver/src/tenant/storage_layer/layer.rs", T, "eviction did not happen within timeout")
    add(R, "pageserver/src/tenant/secondary/downloader.rs", S, "Insufficient local storage space")
    for typ, m in [(Z, "safekeeper control file checksum mismatch: expected 2864434397 got 305419896"),
                   (Z, "bad control file magic: DEADBEEF, expected CAFECEEF"),
                   (S, "failed to open control file at /var/lib/safekeeper/3aa8fcc61f6d357410b7de754b1d9001/de200bd42b49cc1814412c7e592dd6e9/safekeeper.control: No such file or directory (os error 2)")]:
        add(R, "safekeeper/src/control_file.rs", typ, m)
    for typ, m in [(Z, "unsupported protocol version 4")]:
        add(R, "safekeeper/src/safekeeper.rs", typ, m)
    add(R, "safekeeper/src/wal_storage.rs", S, "WAL segment is not found")
    for typ, m in [(N, "Protocol error: invalid message length 2"),
                   (Z, "Message parse error: Parse message is malformed, nparams missing")]:
        add(R, "libs/pq_proto/src/lib.rs", typ, m)
    add(R, "pageserver/src/auth.rs", A, "Unauthorized: Tenant id mismatch. Permission denied")
    add(R, "libs/utils/src/auth.rs", A, "Unauthorized: InvalidSignature", True)
    add(R, "libs/postgres_backend/src/lib.rs", N, "connection error: Broken pipe (os error 32)")
    add(R, "pageserver/src/tenant/mgr.rs", U, "Tenant 3aa8fcc61f6d357410b7de754b1d9001 not found")
    add(R, "libs/remote_storage/src/error.rs", S, "No file found for the remote object id given")
    add(R, "pageserver/src/tenant.rs", Z, "TOML deserialization error: 'TOML parse error at line 3, column 21\n  |\n3 | checkpoint_distance = \"abc\"\n  |                     ^^^^^\ninvalid type: string \"abc\", expected u64\n'")


# Messaging clients/brokers: kafka-rust/kafka-rust, alanxz/rabbitmq-c, eclipse/paho.mqtt.c, nats-io/nats.c, zeromq/libzmq, apache/iggy; newest snapshots via fetch, read with git show, file named per entry.
def _part_b(add):
    # kafka-rust: thiserror Display of Error (KafkaCode printed with {:?})
    R = "kafka-rust/kafka-rust"
    for typ, m in [
        (T, 'Topic Partition Error ("stemedb-events", 3, RequestTimedOut)'),
        (N, "Kafka Error (NetworkException)"),
        (N, "Kafka Error (BrokerNotAvailable)"),
        (Z, "Kafka Error (CorruptMessage)"),
        (A, "Kafka Error (TopicAuthorizationFailed)"),
        (A, "Kafka Error (UnsupportedSaslMechanism)"),
        (U, 'Topic Partition Error ("raft-log", 0, NotLeaderForPartition)'),
        (U, "Kafka Error (InvalidSessionTimeout)"),
        (Z, "Unsupported compression format"),
        (Z, "Encoding/Decoding Error"),
        (Z, "String decoding error"),
        (N, "No host reachable"),
        (U, "No topic assigned"),
        (U, "Operation requires offset storage but no offset storage was set"),
    ]:
        add(R, "src/error.rs", typ, m)

    # rabbitmq-c: amqp_error_string2() tables
    R = "alanxz/rabbitmq-c"
    for typ, m in [
        (U, "could not allocate memory"),
        (Z, "invalid AMQP data"),
        (Z, "unknown AMQP method id"),
        (N, "hostname lookup failed"),
        (N, "connection closed unexpectedly"),
        (Z, "could not parse AMQP URL"),
        (U, "table too large for buffer"),
        (N, "unexpected method received"),
        (T, "heartbeat timeout, connection closed"),
        (U, "system timer has failed"),
        (U, "socket already open"),
        (A, "unsupported sasl method requested"),
        (U, "parameter value is unsupported"),
        (N, "SSL hostname verification failed"),
        (N, "SSL peer cert verification failed"),
    ]:
        add(R, "librabbitmq/amqp_api.c", typ, m)

    # paho.mqtt.c: MQTTClient_strerror / MQTTAsync_strerror / MQTTReasonCode_toString
    R = "eclipse/paho.mqtt.c"
    for typ, m in [
        (U, "Maximum in-flight messages amount reached"),
        (U, "Invalid (NULL) parameter"),
        (U, "Client created for another version of MQTT"),
        (U, "Zero length will topic on connect"),
    ]:
        add(R, "src/MQTTClient.c", typ, m)
    for typ, m in [
        (S, "Persistence error"),
        (U, "Operation discarded before completion"),
        (U, "No more messages can be buffered"),
    ]:
        add(R, "src/MQTTAsync.c", typ, m)
    for typ, m in [
        (T, "TCP connect timeout"),
        (N, "TCP/TLS connect failure"),
    ]:
        add(R, "src/MQTTAsyncUtils.c", typ, m)
    for typ, m in [
        (A, "Bad User Name or Password"),
        (A, "Bad authentication method"),
        (T, "Keep Alive timeout"),
        (Z, "Payload format invalid"),
    ]:
        add(R, "src/MQTTReasonCodes.c", typ, m)

    # nats.c: natsStatus_GetText() and nats_setError() texts
    R = "nats-io/nats.c"
    for typ, m in [
        (N, "No server available for connection"),
        (N, "Stale Connection"),
        (N, "Secure Connection Required"),
        (A, "Authentication Violation"),
        (U, "Illegal State"),
        (U, "Slow Consumer, messages dropped"),
        (T, "Missed Server Heartbeat"),
    ]:
        add(R, "src/status.c", typ, m)
    add(R, "src/util.c", S, "error opening file '/etc/stemedb/nats/agent-0042.creds': Permission denied")
    add(R, "src/util.c", Z, "error parsing time '2024-13-45T25:61:00Z'")
    add(R, "src/object.c", S, "error writing into file '/var/lib/stemedb/snapshots/000123.snap': 28 (No space left on device)")
    add(R, "src/conn.c", T, "timeout waiting for subscriptions to drain")
    add(R, "src/conn.c", N, "SSL handshake error: certificate verify failed (ssl err=1 - errno=0 (Success))")
    add(R, "src/conn.c", A, "no nkey user seed found in '/etc/stemedb/nats/agent-0042.nk'")
    add(R, "src/msg.c", Z, "no CRLF found for value of key Nats-Msg-Id")
    add(R, "src/comsock.c", N, "recv error: 104")

    # libzmq: zmq_strerror() (errno_to_string / wsa_error_no) and assertion macros
    R = "zeromq/libzmq"
    for typ, m in [
        (U, "Operation cannot be accomplished in current state"),
        (U, "The protocol is not compatible with the socket type"),
        (U, "Context was terminated"),
        (U, "No thread available"),
        (N, "Net dropped connection or reset"),
        (N, "Can't send after socket shutdown"),
        (N, "No Route to Host"),
        (N, "Non-Authoritative Host not found"),
        (N, "Network SubSystem is unavailable"),
        (S, "Disc Quota Exceeded"),
    ]:
        add(R, "src/err.cpp", typ, m)
    add(R, "src/err.hpp", U, "Assertion failed: check () (src/msg.cpp:367)")
    add(R, "src/err.hpp", S, "Bad file descriptor (src/signaler.cpp:111)")
    add(R, "src/err.hpp", U, "FATAL ERROR: OUT OF MEMORY (src/decoder_allocators.cpp:58)")

    # iggy: IggyError Display (#[error(...)])
    R = "apache/iggy"
    for typ, m in [
        (S, "State file not found"),
        (Z, "State file corrupted"),
        (Z, "Invalid state entry checksum: 2863311530, expected: 1431655765, for index: 42"),
        (N, "Cannot establish connection"),
        (Z, "Invalid API URL: htp//10.0.0.12:3000"),
        (A, "Unauthenticated"),
        (A, "Invalid credentials"),
        (A, "Personal access token: stemedb-ci for user with ID: 7 has expired."),
        (N, "Invalid TLS certificate"),
        (U, "Topic with name: raft-log for stream with ID: 1 was not found."),
        (S, "Cannot open partition log file"),
        (S, "Failed to create segment log file for Path: /var/lib/stemedb/iggy/streams/1/topics/1/partitions/1/00000000000000000000.log."),
        (Z, "Invalid message checksum: 3735928559, expected: 4022250974, for offset: 1024"),
        (T, "Background send timeout"),
        (T, "Task execution timeout"),
        (U, "Background send buffer is full"),
        (N, "Cannot bind to socket with addr: 0.0.0.0:8090"),
        (Z, "Cannot deserialize resource"),
        (U, "Request transiently not committed; retry"),
    ]:
        add(R, "core/common/src/error/iggy_error.rs", typ, m)


# jsonschema, sqlparser-rs, pest, minijinja, rust-hex, chrono-tz: newest snapshots read via fetch (git show HEAD:<path>), file named per entry; placeholders filled.
def _part_c(add):
    # ---- Stranger6667/jsonschema (fetched as Stranger6667/jsonschema) ----
    R = "Stranger6667/jsonschema"
    # ValidationError Display (instance/limit filled)
    for typ, m in [
        (Z, '"abc" is not of type "integer"'),
        (Z, '"replication_factor" is a required property'),
        (Z, "Additional properties are not allowed ('compaction_stlye' was unexpected)"),
        (Z, '"2024-13-45T10:00:00Z" is not a "date-time"'),
        (Z, '"10.0.0.300" is not a "ipv4"'),
        (Z, "0 is less than the minimum of 1"),
        (Z, "70000 is greater than the maximum of 65535"),
        (Z, '["node1","node1","node2"] has non-unique elements'),
        (Z, '"lz5" is not one of "none", "lz4" or "zstd"'),
        (Z, '"node_02" does not match "^node[0-9]+$"'),
        (Z, '{"peers":[]} is not valid under any of the schemas listed in the \'oneOf\' keyword'),
        (Z, '{"mode":"raft","replicas":3} is valid under more than one of the schemas listed in the \'oneOf\' keyword'),
        (Z, '"not-base64!!" is not compliant with "base64" content encoding'),
    ]:
        add(R, "crates/jsonschema/src/error.rs", typ, m)
    add(R, "crates/jsonschema/src/keywords/pattern.rs", U,
        "Regex engine failed to evaluate pattern '^(a+)+$'")
    # referencing Error / UriError Display
    for typ, m in [
        (U, "Pointer '/$defs/peer' does not exist"),
        (U, "Anchor 'nodeConfig' does not exist"),
        (U, "Unknown meta-schema: 'https://schemas.stemedb.io/meta/v1'. Custom meta-schemas must be registered in the registry before use"),
        (U, "Circular meta-schema reference detected at 'https://schemas.stemedb.io/meta/v1'"),
        (U, "Resource 'https://schemas.stemedb.io/v1/peer.json' is not present in a registry and retrieving it failed: Default retriever does not fetch resources"),
        (S, "Resource 'file:///var/lib/stemedb/schemas/peer.json' is not present in a registry and retrieving it failed: No such file or directory (os error 2)"),
        (N, "Resource 'https://schemas.stemedb.io/v1/node.json' is not present in a registry and retrieving it failed: error sending request for url (https://schemas.stemedb.io/v1/node.json)"),
        (T, "Resource 'https://schemas.stemedb.io/v1/raft.json' is not present in a registry and retrieving it failed: error sending request for url (https://schemas.stemedb.io/v1/raft.json): operation timed out"),
        (Z, "Invalid URI reference 'http://schemas stemedb.io/node.json': unexpected character at index 14"),
        (Z, "Invalid percent encoding in pointer '/$defs/%C3%28': the decoded bytes do not represent valid UTF-8"),
    ]:
        add(R, "crates/jsonschema-referencing/src/error.rs", typ, m)
    add(R, "crates/jsonschema/src/retriever.rs", U,
        "Resource 'ftp://mirror.stemedb.io/schemas/peer.json' is not present in a registry and retrieving it failed: Unknown scheme ftp")
    add(R, "crates/jsonschema/src/retriever.rs", S,
        "Failed to read certificate file '/etc/stemedb/tls/ca.pem': Permission denied (os error 13)")
    add(R, "crates/jsonschema/src/retriever.rs", N,
        "Failed to parse certificate '/etc/stemedb/tls/ca.pem': builder error")
    add(R, "crates/jsonschema/src/canonical/error.rs", U,
        "operand is not supported in canonical form")

    # ---- apache/datafusion-sqlparser-rs ----
    R = "apache/datafusion-sqlparser-rs"
    for typ, m in [
        (Z, "sql parser error: Expected: an expression, found: EOF"),
        (Z, "sql parser error: Expected: end of statement, found: WHERE at Line: 1, Column: 41"),
        (Z, "sql parser error: Expected: an SQL statement, found: SELEC at Line: 1, Column: 1"),
        (Z, "sql parser error: Expected: literal int, found: ten at Line: 1, Column: 28"),
        (Z, "sql parser error: Expected: a data type name, found: VARCHR at Line: 1, Column: 31"),
        (Z, "sql parser error: Could not parse '99999999999999999999' as u64: number too large to fit in target type at Line: 1, Column: 33"),
        (Z, "sql parser error: Cannot specify both ALL and DISTINCT at Line: 1, Column: 8"),
        (U, "sql parser error: recursion limit exceeded"),
        (U, "sql parser error: Unsupported statement FLUSH at Line: 1, Column: 7"),
        (U, "sql parser error: EXTENDED/FULL are not supported with this type of SHOW query"),
        (U, "sql parser error: No infix parser for token Caret at Line: 1, Column: 17"),
    ]:
        add(R, "src/parser/mod.rs", typ, m)
    for typ, m in [
        (Z, "sql parser error: Unterminated string literal at Line: 1, Column: 32"),
        (Z, "sql parser error: Unexpected EOF while in a multi-line comment at Line: 4, Column: 18"),
        (Z, "sql parser error: Unterminated dollar-quoted string at Line: 2, Column: 45"),
    ]:
        add(R, "src/tokenizer.rs", typ, m)

    # ---- pest-parser/pest ----
    R = "pest-parser/pest"
    for typ, m in [
        (Z, " --> 1:10\n  |\n1 | level >= \n  |          ^---\n  |\n  = expected value"),
        (Z, " --> /etc/stemedb/filters.conf:3:7\n  |\n3 | node  = node2\n  |       ^---\n  |\n  = unexpected WHITESPACE; expected ident or number"),
        (Z, "parsing error: expected EOI, string, or number"),
        (U, " --> 1:1\n  |\n1 | ((((((((((((((((((((((((\n  | ^---\n  |\n  = call limit reached"),
    ]:
        add(R, "pest/src/error.rs" if "call limit" not in m else "pest/src/parser_state.rs", typ, m)
    add(R, "pest/src/error.rs", Z, "Failure to parse at Pos((1, 9))")
    for typ, m in [
        (U, "rule expr is left-recursive (expr -> expr); pest::pratt_parser might be useful in this case"),
        (U, "rule ident is undefined"),
        (U, "rule value already defined"),
        (U, "WHITESPACE cannot fail and will repeat infinitely"),
    ]:
        add(R, "meta/src/validator.rs", typ, m)
    add(R, "generator/src/lib.rs", S,
        'error opening "filter.pest": No such file or directory (os error 2)')
    add(R, "vm/src/lib.rs", U, "undefined rule term")

    # ---- mitsuhiko/minijinja ----
    R = "mitsuhiko/minijinja"
    for typ, m in [
        (Z, "syntax error: unexpected end of input, expected end of block (in alert_email.txt:7)"),
        (Z, "syntax error: unexpected identifier, expected end of variable block (in alert_email.txt:3)"),
        (Z, "syntax error: unknown statement endfro (in alert_email.txt:9)"),
    ]:
        add(R, "minijinja/src/compiler/parser.rs", typ, m)
    for typ, m in [
        (Z, "syntax error: unexpected end of string (in webhook_body.json:2)"),
        (Z, "syntax error: unexpected character (in webhook_body.json:4)"),
    ]:
        add(R, "minijinja/src/compiler/lexer.rs", typ, m)
    add(R, "minijinja/src/utils.rs", Z,
        "could not serialize to value: unable to format to JSON (in webhook_body.json:5)")
    add(R, "minijinja/src/filters.rs", Z,
        "invalid operation: cannot serialize to JSON (in webhook_body.json:6)")
    add(R, "minijinja/src/value/deserialize.rs", Z,
        "cannot deserialize: cannot deserialize plain objects")
    add(R, "minijinja/src/error.rs", U,
        'template not found: template "alert_email.txt" does not exist')
    add(R, "minijinja/src/error.rs", U, "undefined value (in alert_email.txt:5)")
    add(R, "minijinja/src/vm/mod.rs", U,
        "unknown filter: filter tojsn is unknown (in webhook_body.json:3)")
    add(R, "minijinja/src/vm/context.rs", U,
        "invalid operation: recursion limit exceeded (in cluster_tree.html:12)")
    add(R, "minijinja/src/vm/fuel.rs", U, "engine ran out of fuel (in report.txt:40)")
    add(R, "minijinja/src/value/ops.rs", U,
        "invalid operation: tried to use + operator on unsupported types string and number (in alert_email.txt:6)")
    add(R, "minijinja/src/output.rs", S,
        "failed to write output: I/O error during rendering (in alert_email.txt:4)")
    add(R, "minijinja/src/loader.rs", S, "invalid operation: could not read template")

    # ---- KokaKiwi/rust-hex ----
    R = "KokaKiwi/rust-hex"
    for typ, m in [
        (Z, "Invalid character 'g' at position 7"),
        (Z, "Odd number of digits"),
        (Z, "Invalid string length"),
    ]:
        add(R, "src/error.rs", typ, m)

    # ---- chronotope/chrono-tz ----
    R = "chronotope/chrono-tz"
    add(R, "chrono-tz/src/prebuilt/timezones.rs", Z, "failed to parse timezone")
    add(R, "chrono-tz/src/serde.rs", Z, "failed to parse timezone: 'Europe/Berln'")
    for typ, m in [
        (Z, 'failed to parse as a year value: "20x4"'),
        (Z, 'line with invalid format: "Rul US 1967 2006 - Oct lastSun 2:00 0 S"'),
        (Z, "invalid day specification ('ON'): \"lastSunday\""),
        (Z, 'failed to parse RULES column: "1:00x"'),
        (Z, "failed to parse line as a zone"),
    ]:
        add(R, "parse-zoneinfo/src/line.rs", typ, m)
    for typ, m in [
        (Z, "continuation line follows line that isn't a zone definition line"),
        (U, "zone definition refers to a ruleset that isn't defined"),
        (U, "zone line with name that already exists"),
    ]:
        add(R, "parse-zoneinfo/src/table.rs", typ, m)
    add(R, "chrono-tz-build/src/lib.rs", S,
        "cannot open /build/chrono-tz/tz/northamerica: No such file or directory (os error 2)")
    add(R, "chrono-tz-build/src/lib.rs", U, "Depth of > 3 nested submodules not implemented!")


# OS/filesystem/sandbox sources: youki, firecracker, wasmtime, e2fsprogs, openzfs read from fetch snapshots (git show HEAD:<path>); systemd (snapshot too large to fetch) read with read_file/find_string on the stored systemd/systemd files named per entry.
def _part_d(add):
    # --- systemd: systemctl job results (log_error texts, first line as logged) ---
    SD = "systemd/systemd"
    for typ, m in [(T, "Job for stemedb.service failed because a timeout was exceeded."),
                   (T, "Job for stemedb.service timed out."),
                   (U, "Job for stemedb.service canceled."),
                   (U, "A dependency job for stemedb.service failed. See 'journalctl -xe' for details."),
                   (U, "Job for stemedb.service failed because the control process exited with error code."),
                   (U, "Unit stemedb.service was started already once and can't be started again.")]:
        add(SD, "src/shared/bus-wait-for-jobs.c", typ, m)
    # sd-bus synthetic replies / builtin errors
    for typ, m in [(T, "Method call timed out"),
                   (N, "Connection terminated"),
                   (U, "Unknown method 'Frobnicate' on interface 'org.freedesktop.DBus.Peer'.")]:
        add(SD, "src/libsystemd/sd-bus/sd-bus.c", typ, m)
    # unit load state / job queueing (D-Bus error messages systemctl prints)
    for typ, m in [(U, "Unit not found."),
                   (U, "Unit stemedb.service not loaded."),
                   (U, "Operation refused, unit stemedb.service may be requested by dependency only."),
                   (U, "Cannot set property MemoryMaxBytes, or unknown property.")]:
        add(SD, "src/core/dbus-unit.c", typ, m)
    add(SD, "src/shared/bus-polkit.c", A, "Interactive authentication required.")
    # journald write-failure handling
    JP = "/var/log/journal/7c70006779c84e4289a748b91a60ece7/system.journal"
    for typ, m in [(Z, JP + ": Journal file corrupted, rotating."),
                   (S, JP + ": IO error, rotating."),
                   (S, JP + ": Read-only file system, rotating."),
                   (S, JP + ": Underlying file system does not support memory mapping or another required file system feature.")]:
        add(SD, "src/journal/journald-server.c", typ, m)

    # --- youki (libcontainer / libcgroups thiserror Display) ---
    YK = "containers/youki"
    for typ, m in [(S, "failed to open /sys/fs/cgroup/stemedb.slice/cgroup.procs: No such file or directory (os error 2)"),
                   (S, "failed to write 2147483648 to /sys/fs/cgroup/stemedb.slice/memory.max: Device or resource busy (os error 16)")]:
        add(YK, "crates/libcgroups/src/common.rs", typ, m)
    for typ, m in [(T, "timeout of 5000 ms reached waiting for the cgroup to freeze"),
                   (Z, "invalid utf8: invalid utf-8 sequence of 1 bytes from index 0")]:
        add(YK, "crates/libcgroups/src/v2/freezer.rs", typ, m)
    for typ, m in [(T, "failed to execute hook command due to a timeout"),
                   (U, "hook command exited with non-zero exit code: 1")]:
        add(YK, "crates/libcontainer/src/hooks.rs", typ, m)
    for typ, m in [(A, "dbus authentication error: Authentication failed, got message : REJECTED EXTERNAL"),
                   (N, "dbus error: dbus connection error: ECONNREFUSED: Connection refused"),
                   (Z, "dbus deserialization error: incomplete response : partial body length")]:
        add(YK, "crates/libcgroups/src/systemd/dbus_native/utils.rs", typ, m)
    for typ, m in [(U, "container already exists"),
                   (U, "container id contains invalid characters: /"),
                   (Z, "runtime spec has incompatible version. Only 1.X.Y is supported")]:
        add(YK, "crates/libcontainer/src/error.rs", typ, m)
    for typ, m in [(S, "failed to open container state file \"/run/youki/agent-0042/state.json\""),
                   (Z, "failed to parse container state file \"/run/youki/agent-0042/state.json\"")]:
        add(YK, "crates/libcontainer/src/container/state.rs", typ, m)
    add(YK, "crates/libcontainer/src/channel.rs", N, "channel connection broken")
    add(YK, "crates/libcontainer/src/notify_socket.rs", N, "failed to connect to notify socket: /run/youki/agent-0042/notify.sock")

    # --- firecracker (displaydoc doc-comment Display) ---
    FC = "firecracker-microvm/firecracker"
    for typ, m in [(Z, "Failed to get snapshot state from file: Failed to load snapshot state from file: CRC64 validation failed"),
                   (Z, "Failed to get snapshot state from file: Failed to load snapshot state from file: Invalid data version: 12.0.0"),
                   (S, "Failed to get snapshot state from file: Failed to open snapshot file: No such file or directory (os error 2)"),
                   (U, "Failed to get snapshot state from file: Failed to load snapshot state from file: Snapshot size exceeds limit of 10000000 bytes"),
                   (N, "Failed to load guest memory: Error creating guest memory from uffd: Failed to connect to UDS Unix stream: Connection refused (os error 111)"),
                   (S, "Cannot perform sync_all on the snapshot backing file: No space left on device (os error 28)")]:
        add(FC, "src/vmm/src/persist.rs", typ, m)
    for typ, m in [(A, "MMDS token not valid."),
                   (A, "No MMDS token provided. Use `X-metadata-token` or `X-aws-ec2-metadata-token` header to specify the session token.")]:
        add(FC, "src/vmm/src/mmds/mod.rs", typ, m)
    add(FC, "src/vmm/src/mmds/token.rs", U,
        "Invalid time to live value provided for token: 0. Please provide a value between 1 and 21600.")
    add(FC, "src/vmm/src/mmds/data_store.rs", U, "The MMDS data store is not initialized.")
    for typ, m in [(S, "Error coming from the IO engine: Sync error: Flush: Input/output error (os error 5)"),
                   (S, "Error manipulating the backing file: Permission denied (os error 13) /var/lib/stemedb/rootfs.ext4")]:
        add(FC, "src/vmm/src/devices/virtio/block/virtio/mod.rs", typ, m)
    for typ, m in [(N, "Error connecting to a host-side Unix socket: Connection refused (os error 111)")]:
        add(FC, "src/vmm/src/devices/virtio/vsock/unix/mod.rs", typ, m)
    add(FC, "src/jailer/src/main.rs", S, "Failed to open file /dev/kvm: Permission denied (os error 13)")

    # --- wasmtime (trap Display, module deserialization, wasi-http errors) ---
    WT = "bytecodealliance/wasmtime"
    for m in ["wasm trap: call stack exhausted", "wasm trap: out of bounds memory access",
              "wasm trap: integer divide by zero",
              "wasm trap: all fuel consumed by WebAssembly"]:
        add(WT, "crates/environ/src/trap_encoding.rs", U, m)
    for typ, m in [(Z, "Module was compiled with incompatible version 'wasmtime-25.0.0'"),
                   (U, "Module was compiled for architecture 'aarch64'")]:
        add(WT, "crates/wasmtime/src/engine/serialization.rs", typ, m)
    add(WT, "crates/wasmtime/src/runtime/store.rs", U, "resource limit exceeded: instance count too high at 10001")
    add(WT, "crates/wasmtime/src/runtime/vm/sys/unix/mmap.rs", S,
        "failed to open file: No such file or directory (os error 2)")
    for typ, m in [(T, "DNS lookup timed out"), (T, "connection read timeout"), (T, "HTTP response timeout"),
                   (N, "TLS certificate error"),
                   (N, "destination IP address is unroutable"),
                   (N, "connection error: Connection refused (os error 111)"),
                   (U, "HTTP response body size exceeds limit: 10485760 bytes")]:
        add(WT, "crates/wasi-http/src/error.rs", typ, m)
    add(WT, "crates/wasi-http/src/handler.rs", T, "guest timed out")

    # --- e2fsprogs (lib/ext2fs/ext2_err.et.in com_err table texts) ---
    EF = "tytso/e2fsprogs"
    for typ, m in [(Z, "Bad magic number in super-block"),
                   (S, "Attempt to read block from filesystem resulted in short read"),
                   (S, "Can't read group descriptors"),
                   (Z, "Superblock checksum does not match superblock"),
                   (Z, "Directory block checksum does not match directory block"),
                   (Z, "The ext2 superblock is corrupt"),
                   (Z, "Corrupt extent header"),
                   (Z, "Unsupported journal version"),
                   (U, "Filesystem has unsupported feature(s)"),
                   (S, "Attempt to write to filesystem opened read-only"),
                   (S, "IO Channel failed to seek on read or write"),
                   (S, "TDB: Locking error"),
                   (U, "Illegal inode number passed to ext2fs_test_inode_bitmap")]:
        add(EF, "lib/ext2fs/ext2_err.et.in", typ, m)

    # --- OpenZFS libzfs ("<action>: <description>" as zfs_verror prints) ---
    ZF = "openzfs/zfs"
    for typ, m in [(S, "cannot open 'tank/stemedb': dataset does not exist"),
                   (S, "cannot create 'tank/stemedb/wal': out of space"),
                   (S, "cannot open 'tank': pool I/O is currently suspended"),
                   (S, "cannot open 'tank': I/O error"),
                   (S, "cannot destroy 'tank/stemedb@snap-000123': dataset is busy"),
                   (S, "cannot set property for 'tank/stemedb': permission denied"),
                   (U, "cannot set property for 'tank/stemedb': size is less than current used or reserved space")]:
        add(ZF, "lib/libzfs/libzfs_util.c", typ, m)
    for typ, m in [(Z, "cannot receive incremental stream: checksum mismatch"),
                   (Z, "cannot receive new filesystem stream: invalid backup stream"),
                   (S, "cannot receive: failed to read from stream"),
                   (Z, "cannot resume send: resume token is corrupt (incorrect checksum)")]:
        add(ZF, "lib/libzfs/libzfs_sendrecv.c", typ, m)
    add(ZF, "lib/libzfs/libzfs_crypto.c", A, "Key load error: Incorrect key provided for 'tank/stemedb'.")


def holdout5(add):
    for part in (_part_a, _part_b, _part_c, _part_d):
        part(add)
