"""The tenth blind batch: wordings from sources in no earlier batch, gathered
after the ninth joined the catalogue. Four helper sessions read them blind,
with the same brief and conventions as the earlier batches. Each wording was
read in the file named beside it; fills not read in the source are named in
each part's note. build.py adds it to the catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401

# Analytical and C/C++ databases: duckdb, timescaledb, scylladb (snapshots via fetch, read with git show), ClickHouse and mongodb/mongo (too big to fetch; files read with read_file), file named per entry; wrapped as each reaches a log (DuckDB "<Type> Error: ", ClickHouse "Code: N. <class>: ... (NAME)", tokio-postgres "db error: ERROR: ", mongo Status "<CodeName>: <reason>").
def _part_u(add):
    # --- DuckDB (ErrorData::ConstructFinalMessage: "<ExceptionType> Error: <msg>") ---
    R = "duckdb/duckdb"
    DB = "/var/lib/stemedb/analytics/events.duckdb"
    URL = "https://snapshots.stemedb.internal/v1/agent-0042/000123.parquet"
    for typ, m, p in [
        (S, 'IO Error: Cannot open file "%s": Permission denied' % DB, "src/common/local_file_system.cpp"),
        (S, 'IO Error: Could not set lock on file "%s": Conflicting lock is held in /usr/local/bin/stemedb-api (PID 4121) '
            'by user stemedb. However, you would be able to open this database in read-only mode, e.g. by using the '
            '-readonly parameter in the CLI. See also https://duckdb.org/docs/current/connect/concurrency' % DB,
         "src/common/local_file_system.cpp"),
        (S, 'IO Error: Could not write file "%s.wal": No space left on device' % DB, "src/common/local_file_system.cpp"),
        (S, 'IO Error: Could not fsync file "%s.wal": Input/output error' % DB, "src/common/local_file_system.cpp"),
        (Z, 'IO Error: The file "%s" exists, but it is not a valid DuckDB database file!' % DB,
         "src/storage/single_file_block_manager.cpp"),
        (Z, "IO Error: Trying to read a database file with version number 70, but we can only read versions between 64 and 69.\n"
            "The database file was created with an newer version of DuckDB.\n\n"
            "Newer DuckDB version might introduce backward incompatible changes (possibly guarded by compatibility settings).\n"
            "See the storage page for migration strategy and more information: https://duckdb.org/internals/storage",
         "src/storage/single_file_block_manager.cpp"),
        (Z, "Data Corruption Error: Corrupt database file: computed checksum 9154216729130451817 does not match stored "
            "checksum 2342567182739182734 in block at location 2359296", "src/storage/single_file_block_manager.cpp"),
        (Z, "Serialization Error: Corrupt WAL file: entry size exceeded remaining data in file at byte position 48213 "
            "(found entry with size 65536 bytes, file size 50112 bytes)", "src/storage/wal_replay.cpp"),
        (Z, "Serialization Error: Failed to deserialize: field id mismatch, expected: 101, got: 103",
         "src/common/serializer/binary_deserializer.cpp"),
        (A, "Invalid Input Error: Wrong encryption key used to open the database file",
         "src/storage/single_file_block_manager.cpp"),
        (A, 'Catalog Error: Cannot open encrypted database "%s" without a key' % DB,
         "src/storage/single_file_block_manager.cpp"),
        (U, "TransactionContext Error: Cannot CHECKPOINT: there are other write transactions active. Try using FORCE "
            "CHECKPOINT to wait until all active transactions are finished", "src/transaction/duck_transaction_manager.cpp"),
        (U, "INTERRUPT Error: Interrupted!", "src/include/duckdb/common/exception.hpp"),
        (U, "Out of Memory Error: failed to allocate data of size 256.0 MiB (1.9 GiB/2.0 GiB used)\n\nPossible solutions:\n"
            "* Reducing the number of threads (SET threads=X)\n"
            "* Disabling insertion-order preservation (SET preserve_insertion_order=false)\n"
            "* Increasing the memory limit (SET memory_limit='...GB')\n\n"
            "See also https://duckdb.org/docs/current/guides/performance/how_to_tune_workloads",
         "src/storage/standard_buffer_manager.cpp"),
        (U, 'Constraint Error: Duplicate key "id: 42" violates primary key constraint.', "src/execution/index/art/art.cpp"),
        (N, "IO Error: Could not establish connection error for HTTP GET to '%s'" % URL, "src/main/http/http_util.cpp"),
        (T, "IO Error: Connection timed out error for HTTP GET to '%s'" % URL, "src/main/http/http_util.cpp"),
        (N, "IO Error: SSL server verification failed error for HTTP HEAD to '%s'" % URL, "src/main/http/http_util.cpp"),
        (N, "HTTP Error: Request returned HTTP 503 for HTTP GET to '%s'" % URL, "src/main/http/http_util.cpp"),
    ]:
        add(R, p, typ, m)

    # --- TimescaleDB (ereport texts; ERROR as tokio-postgres prints it, LOG/WARNING/NOTICE as the server log has it) ---
    R = "timescale/timescaledb"
    for typ, m, p in [
        (Z, "db error: ERROR: the compressed data is corrupt", "tsl/src/compression/compression.h"),
        (Z, "db error: ERROR: the compressed data is corrupt: got a segment with length 0",
         "tsl/src/nodes/columnar_scan/compressed_batch.c"),
        (Z, "db error: ERROR: insufficient data left in message 16 4", "src/agg_bookend.c"),
        (U, "db error: ERROR: could not update/delete compressed data due to concurrent modification",
         "tsl/src/compression/compression_dml.c"),
        (U, "db error: ERROR: chunk updated by other transaction", "src/dimension_slice.c"),
        (A, 'db error: ERROR: must be owner of hypertable "raft_metrics"', "src/hypertable.c"),
        (A, 'db error: ERROR: permission denied to start background process as role "stemedb"', "src/bgw/job.c"),
        (A, "db error: ERROR: insufficient permissions to alter job 1001", "src/bgw/job.c"),
        (A, "db error: ERROR: must be superuser to start background workers", "src/loader/bgw_interface.c"),
        (A, 'db error: ERROR: permissions denied: cannot create chunks in schema "_timescaledb_internal"', "src/hypertable.c"),
        (U, "TimescaleDB background worker limit of 16 exceeded", "src/loader/bgw_launcher.c"),
        (U, "job 1000 reached max_retries after 5 consecutive failures", "src/bgw/job.c"),
        (U, "db error: ERROR: tuple decompression limit exceeded by operation", "src/nodes/modify_hypertable.c"),
        (N, 'telemetry could not connect to "telemetry.timescale.com"', "src/telemetry/telemetry.c"),
        (N, "telemetry error: HTTP connection read error", "src/net/http.c"),
        (Z, "telemetry error: could not parse HTTP response", "src/net/http.c"),
    ]:
        add(R, p, typ, m)

    # --- ScyllaDB (C++ exception what() texts) ---
    R = "scylladb/scylladb"
    for typ, m, p in [
        (T, "Operation timed out for stemedb.raft_log - received only 1 responses from 2 CL=QUORUM.", "exceptions/exceptions.cc"),
        (U, "Cannot achieve consistency level for cl QUORUM. Requires 2, alive 1", "exceptions/exceptions.cc"),
        (U, "Too many in flight hints: 10485761", "exceptions/exceptions.cc"),
        (U, "Per-partition rate limit reached for write in table stemedb.events, rejected by coordinator",
         "exceptions/exceptions.cc"),
        (A, "Username and/or password are incorrect", "auth/password_authenticator.cc"),
        (A, "Incorrect credentials", "auth/saslauthd_authenticator.cc"),
        (N, "saslauthd socket connection error: Connection refused", "auth/saslauthd_authenticator.cc"),
        (N, "saslauthd closed connection before completing response", "auth/saslauthd_authenticator.cc"),
        (Z, "compressed chunk of size 65536 at file offset 1310720 failed checksum, expected=2324967102, actual=2953275820",
         "sstables/compress.cc"),
        (Z, "compressed reader hit premature end-of-file at file offset 1310720, expected chunk_len=4096, actual=0",
         "sstables/compress.cc"),
        (Z, "Not a scylla format commitlog file", "db/commitlog/commitlog.hh"),
        (Z, "Segment data corruption: checksums do not match: 8a3f21c0 vs. 1b2e4d7f. pos=131072, rem=0, size=512, "
            "alignment=4096, initial_size=0", "db/commitlog/commitlog.cc"),
        (Z, "Segment truncation at 135168. Reason: unexpected EOF, pos=131584, rem=0, size=2048, alignment=4096, "
            "initial_size=0", "db/commitlog/commitlog.cc"),
        (S, "Failed to flush commits to disk: std::system_error (error system:28, No space left on device)",
         "db/commitlog/commitlog.cc"),
        (T, "commitlog: timed out", "db/commitlog/commitlog.cc"),
        (U, "Mutation of 33554432 bytes is too large for the maximum size of 16777216", "db/commitlog/commitlog.cc"),
        (N, "Unable to gossip with any nodes={10.0.0.12, 10.0.0.13} (ShadowRound).", "gms/gossiper.cc"),
    ]:
        add(R, p, typ, m)

    # --- ClickHouse (getExceptionMessage: "Code: N. <name()>: <msg>. (ERROR_NAME)") ---
    R = "ClickHouse/ClickHouse"
    PART = "/var/lib/clickhouse/store/3e1/3e1f0c2a-7b41-4d1e-9a55-0f6c2b8d9e11/all_1_1_0"
    for typ, m, p in [
        (S, "Code: 75. DB::ErrnoException: Cannot write to file %s/data.bin, errno: 28, strerror: No space left on device. "
            "(CANNOT_WRITE_TO_FILE_DESCRIPTOR)" % PART, "src/IO/WriteBufferFromFileDescriptor.cpp"),
        (S, "Code: 204. DB::ErrnoException: Cannot fdatasync %s/checksums.txt, errno: 5, strerror: Input/output error. "
            "(CANNOT_FSYNC)" % PART, "src/IO/WriteBufferFromFileDescriptor.cpp"),
        (S, "Code: 243. DB::Exception: Cannot reserve 1.00 MiB, not enough space. (NOT_ENOUGH_SPACE)", "src/Disks/StoragePolicy.cpp"),
        (Z, "Code: 40. DB::Exception: Checksum doesn't match: corrupted data. Reference: 9b1f6e0c2a7d4e8f11c3a5b7d9e0f2a4. "
            "Actual: 4c2d8e1f0a3b5c7d9e1f2a3b4c5d6e7f. Size of compressed block: 65536. (CHECKSUM_DOESNT_MATCH)",
         "src/Compression/CompressedReadBufferBase.cpp"),
        (Z, "Code: 246. DB::Exception: Can't decompress data: the compressed data size (5, this should include header size) "
            "is less than the header size (9). (CORRUPTED_DATA)", "src/Compression/CompressedReadBufferBase.cpp"),
        (Z, "Code: 40. DB::Exception: Checksum mismatch for file data.bin in data part. (CHECKSUM_DOESNT_MATCH)",
         "src/Storages/MergeTree/MergeTreeDataPartChecksum.cpp"),
        (Z, "Code: 73. DB::Exception: Unknown checksums format version: 7. (UNKNOWN_FORMAT)",
         "src/Storages/MergeTree/MergeTreeDataPartChecksum.cpp"),
        (A, "Code: 516. DB::Exception: stemedb: Authentication failed: password is incorrect, or there is no user with such "
            "name. (AUTHENTICATION_FAILED)", "src/Access/AccessControl.cpp"),
        (T, "Code: 159. DB::Exception: Timeout exceeded: elapsed 30.001 seconds, maximum: 30. (TIMEOUT_EXCEEDED)",
         "src/QueryPipeline/ExecutionSpeedLimits.cpp"),
        (T, "Code: 209. DB::NetException: Timeout exceeded while reading from socket (10.0.0.12:9000, 300000 ms). "
            "(SOCKET_TIMEOUT)", "src/IO/ReadBufferFromPocoSocket.cpp"),
        (N, "Code: 210. DB::NetException: Net Exception: Connection reset by peer, while reading from socket "
            "(10.0.0.12:9000). (NETWORK_ERROR)", "src/IO/ReadBufferFromPocoSocket.cpp"),
        (N, "Code: 210. DB::NetException: Connection refused: 10.0.0.12:9000 (10.0.0.12:9000). (NETWORK_ERROR)",
         "src/Client/Connection.cpp"),
        (N, "Code: 198. DB::NetException: Not found address of host: clickhouse-0.clickhouse.stemedb.svc. (DNS_ERROR)",
         "src/Common/DNSResolver.cpp"),
        (N, "Code: 999. Coordination::Exception: Coordination error: Connection loss, path "
            "/clickhouse/tables/01/raft_log/replicas/node2/is_active. (KEEPER_EXCEPTION)", "src/Common/ZooKeeper/KeeperException.h"),
        (T, "Code: 999. Coordination::Exception: Coordination error: Operation timeout, path "
            "/clickhouse/tables/01/raft_log/log. (KEEPER_EXCEPTION)", "src/Common/ZooKeeper/KeeperException.h"),
        (A, "Code: 999. Coordination::Exception: Coordination error: Not authenticated, path "
            "/clickhouse/tables/01/raft_log. (KEEPER_EXCEPTION)", "src/Common/ZooKeeper/KeeperException.h"),
        (U, "Code: 241. DB::Exception: (total) memory limit exceeded: would use 28.01 GiB (attempt to allocate chunk of "
            "4.00 MiB), current RSS: 27.90 GiB, maximum: 28.00 GiB. Untracked memory across all threads: 12.00 MiB. "
            "(MEMORY_LIMIT_EXCEEDED)", "src/Common/MemoryTracker.cpp"),
        (U, "Code: 160. DB::Exception: Query is executing too slow: 812.5 rows/sec., minimum: 10000. (TOO_SLOW)",
         "src/QueryPipeline/ExecutionSpeedLimits.cpp"),
    ]:
        add(R, p, typ, m)

    # --- MongoDB server (Status::toString: "<CodeName>: <reason>") ---
    R = "mongodb/mongo"
    D = "/var/lib/stemedb/mongo"
    LOCK = "src/mongo/db/storage/storage_engine_lock_file_posix.cpp"
    META = "src/mongo/db/storage/storage_engine_metadata.cpp"
    WT = "src/mongo/db/storage/wiredtiger/wiredtiger_util.cpp"
    for typ, m, p in [
        (S, "DBPathInUse: Unable to lock the lock file: %s/mongod.lock (Resource temporarily unavailable). Another mongod "
            "instance is already running on the %s directory" % (D, D), LOCK),
        (S, "DBPathInUse: Unable to create/open the lock file: %s/mongod.lock (Read-only file system). Ensure the user "
            "executing mongod is the owner of the lock file and has the appropriate permissions. Also make sure that "
            "another mongod instance is not already running on the %s directory" % (D, D), LOCK),
        (S, "IllegalOperation: Attempted to create a lock file on a read-only directory: %s" % D, LOCK),
        (S, "NonExistentPath: Data directory %s not found." % D, LOCK),
        (S, "FileStreamFailed: Unable to write process id 4121 to file (fsync failed): %s/mongod.lock Input/output error" % D, LOCK),
        (Z, "InvalidPath: Metadata file %s/storage.bson cannot be empty." % D, META),
        (S, "UnknownError: 28: No space left on device", WT),
        (Z, "UnsupportedFormat: Application metadata for table:collection-4-8302916549712831027 has unsupported format "
            "version: 14.", WT),
        (Z, "InvalidBSON: BSON size is larger than buffer size in element with field name 'payload'", "src/mongo/bson/bson_validate.cpp"),
        (A, "AuthenticationFailed: Authentication failed.", "src/mongo/db/auth/authorization_manager.cpp"),
        (A, "AuthenticationFailed: SCRAM authentication failed, storedKey mismatch",
         "src/mongo/db/auth/sasl_scram_server_conversation.cpp"),
        (A, "MechanismUnavailable: Unable to use SCRAM-SHA-256 based authentication for user without any SCRAM-SHA-256 "
            "credentials registered", "src/mongo/db/auth/sasl_scram_server_conversation.cpp"),
        (T, "MaxTimeMSExpired: operation exceeded time limit", "src/mongo/db/operation_context.cpp"),
        (N, "ClientDisconnect: operation was interrupted because a client disconnected", "src/mongo/db/operation_context.cpp"),
        (U, "InterruptedAtShutdown: interrupted at shutdown", "src/mongo/db/operation_context.cpp"),
        (N, "HostUnreachable: Connection reset by peer", "src/mongo/transport/asio/asio_utils.cpp"),
        (N, "HostUnreachable: Connection closed by peer", "src/mongo/transport/asio/asio_utils.cpp"),
        (T, "NetworkTimeout: Socket operation timed out", "src/mongo/transport/asio/asio_utils.cpp"),
    ]:
        add(R, p, typ, m)

# Go infrastructure servers: hashicorp/consul (read_file, stored versions; snapshot too large to fetch), hashicorp/nomad, kubernetes/client-go, coredns/coredns, traefik/traefik, caddyserver/caddy (snapshots via fetch); each wording read in the file named per entry, placeholders filled.
def _part_v(add):
    # --- Consul (server RPC errors, ACLs, snapshots, RPC pool, TLS, API client) ---
    R = "hashicorp/consul"
    for typ, m in [(U, "No cluster leader"),
                   (N, "Remote DC has no server currently reachable"),
                   (N, "No known Consul servers"),
                   (U, "Not ready to serve consistent reads"),
                   (U, "RPC rate limit exceeded")]:
        add(R, "agent/structs/errors.go", typ, m)
    for typ, m in [(A, "Permission denied: token with AccessorID 'f8a3c2e1-5b7d-4e9a-9c1f-2d6b8e0a4f17' lacks permission 'key:write' on \"stemedb/leader\""),
                   (U, "ACL support disabled")]:
        add(R, "acl/errors.go", typ, m)
    for typ, m in [(Z, "failed checking integrity of snapshot: hash check failed for \"state.bin\""),
                   (Z, "failed to decode snapshot metadata: unexpected EOF"),
                   (S, "failed to read or write snapshot data: write /var/lib/stemedb/tmp/snapshot-000123/state.bin: no space left on device"),
                   (Z, "unexpected file \"state.bin.partial\" in snapshot")]:
        add(R, "snapshot/archive.go", typ, m)
    for typ, m in [(N, "rpc error getting client: failed to get conn: dial tcp 10.0.0.12:8300: connect: connection refused"),
                   (N, "rpc error: lead thread didn't get connection"),
                   (T, "rpcinsecure error establishing connection: dial tcp 10.0.0.12:8300: i/o timeout")]:
        add(R, "agent/pool/pool.go", typ, m)
    for typ, m in [(S, "Failed to load cert/key pair: open /etc/stemedb/tls/agent.pem: no such file or directory"),
                   (U, "VerifyOutgoing set, and no CA certificate provided!")]:
        add(R, "tlsutil/config.go", typ, m)
    add(R, "api/api.go", A, "Unexpected response code: 403 (ACL not found)")

    # --- Nomad (server errors, raft migration, keyring, client state, RPC TLS, docker driver) ---
    R = "hashicorp/nomad"
    for typ, m in [(A, "ACL token not found"), (A, "ACL token expired"), (A, "ACL token is invalid"),
                   (N, "No path to region"),
                   (U, "Job registration, dispatch, and scale are disabled by the scheduler configuration"),
                   (U, "volume max claims reached")]:
        add(R, "nomad/structs/errors.go", typ, m)
    add(R, "helper/raftutil/state.go", S, "unable to open raft logs that are in use")
    for typ, m in [(S, "insufficient disk space: have 268435456 bytes available, need at least 1610612736 bytes (BoltDB size 1073741824 + 536870912 buffer)"),
                   (S, "insufficient write permissions in /var/lib/stemedb/raft: open /var/lib/stemedb/raft/.permission-test: permission denied"),
                   (Z, "data verification failed: log entry 48213 mismatch")]:
        add(R, "helper/raftutil/migrate.go", typ, m)
    add(R, "nomad/encrypter.go", A, "unable to decrypt wrapped key (root key): cipher: message authentication failed", True)
    for typ, m in [(T, "timed out while opening database, is another Nomad process accessing data_dir /var/lib/stemedb/client?"),
                   (Z, "failed to decode alloc: unexpected EOF")]:
        add(R, "client/state/db_bolt.go", typ, m)
    add(R, "nomad/rpc.go", N, "unauthorized raft connection from 10.0.0.12:51234: request certificate is only valid for [client.global.nomad localhost]: invalid certificate, server.global.nomad not in client.global.nomad,client.global.nomad,localhost")
    add(R, "nomad/fsm.go", Z, "Unrecognized snapshot type: 87")
    add(R, "drivers/docker/driver.go", N, "failed to fetch docker daemon info: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?")

    # --- client-go (rest, auth exec plugin, transport, cache, leader election, portforward) ---
    R = "kubernetes/client-go"
    add(R, "rest/config.go", U, "unable to load in-cluster configuration, KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must be defined")
    for typ, m in [(T, "client rate limiter Wait returned an error: rate: Wait(n=1) would exceed context deadline"),
                   (Z, "0-length response with status code: 200 and content type: application/vnd.kubernetes.protobuf")]:
        add(R, "rest/request.go", typ, m)
    for typ, m in [(U, "failed election to renew leadership on lease stemedb-leader")]:
        add(R, "tools/leaderelection/leaderelection.go", typ, m)
    for typ, m in [(A, "exec plugin didn't return a token or cert/key pair"),
                   (A, "getting credentials: exec: executable aws-iam-authenticator failed with exit code 1")]:
        add(R, "plugin/pkg/client/auth/exec/exec.go", typ, m)
    add(R, "transport/token_source.go", A, "read empty token from file \"/var/run/secrets/kubernetes.io/serviceaccount/token\"")
    add(R, "util/keyutil/key.go", Z, "data does not contain a valid RSA or ECDSA private key")
    for typ, m in [(N, "lost connection to pod"),
                   (N, "error upgrading connection: error dialing backend: dial tcp 10.0.0.12:10250: connect: connection refused")]:
        add(R, "tools/portforward/portforward.go", typ, m)
    add(R, "tools/remotecommand/v4.go", U, "command terminated with exit code 137")
    add(R, "tools/cache/reflector.go", N, "failed to list *v1.Lease: Get \"https://10.96.0.1:443/apis/coordination.k8s.io/v1/namespaces/stemedb/leases?limit=500&resourceVersion=0\": dial tcp 10.96.0.1:443: connect: connection refused")
    add(R, "tools/cache/fifo.go", U, "DeltaFIFO: manipulating with closed queue")
    add(R, "tools/clientcmd/loader.go", Z, "error loading config file \"/root/.kube/config\": yaml: line 7: mapping values are not allowed in this context")
    add(R, "tools/clientcmd/client_config.go", U, "context \"stemedb-prod\" does not exist")

    # --- CoreDNS (forward/proxy, grpc, DoQ, file, dnssec, tls, transfer, secondary, server) ---
    R = "coredns/coredns"
    for typ, m in [(N, "no healthy proxies"), (N, "cached connection was closed by peer")]:
        add(R, "plugin/pkg/proxy/errors.go", typ, m)
    add(R, "plugin/forward/setup.go", U, "concurrent queries exceeded maximum 1000")
    add(R, "plugin/grpc/proxy.go", Z, "dns message exceeds size limit: 70212 bytes (limit 65535)")
    add(R, "core/dnsserver/server_quic.go", Z, "message size does not match 2-byte prefix")
    add(R, "plugin/file/file.go", Z, "failed to parse file \"/etc/coredns/db.stemedb.local\" for origin stemedb.local. with error dns: bad TTL: \"3OO\" at line: 7:19")
    add(R, "plugin/file/reload.go", S, "Failed to open zone \"stemedb.local.\" in \"/etc/coredns/db.stemedb.local\": open /etc/coredns/db.stemedb.local: permission denied")
    add(R, "plugin/pkg/tls/tls.go", S, "could not load TLS cert: open /etc/coredns/tls/tls.crt: no such file or directory")
    add(R, "plugin/transfer/transfer.go", U, "not authoritative for zone")
    add(R, "plugin/secondary/setup.go", N, "All 'stemedb.local.' masters failed to transfer, retrying in 10s: dial tcp 10.0.0.12:53: connect: connection refused")
    add(R, "core/dnsserver/server.go", U, "Recovered from panic in server: \"dns://:53\" runtime error: invalid memory address or nil pointer dereference")
    add(R, "plugin/kubernetes/kubernetes.go", U, "starting server with unsynced Kubernetes API")
    add(R, "plugin/reload/reload.go", Z, "Corefile changed but reload failed: Corefile:12 - Error during parsing: Unknown directive 'forwad'")

    # --- Traefik (plugins, ACME store, health checks, TCP/TLS, KV provider, auth, load balancer) ---
    R = "traefik/traefik"
    for typ, m in [(Z, "invalid hash for plugin github.com/traefik/plugin-rewritebody, expected 5f3c9a0e7b, got 9a1b44c2d0"),
                   (Z, "failed to decode state file /var/lib/traefik/plugins-storage/state.json: unexpected end of JSON input")]:
        add(R, "pkg/plugins/manager.go", typ, m)
    add(R, "pkg/plugins/downloader.go", Z, "plugin integrity check failed")
    add(R, "pkg/provider/acme/local_store_unix.go", S, "permissions 644 for /etc/traefik/acme.json are too open, please use 600")
    add(R, "pkg/provider/acme/provider.go", U, "unable to initialize ACME provider with no storage location for the certificates")
    add(R, "pkg/healthcheck/healthcheck.go", T, "gRPC health check timeout: rpc error: code = DeadlineExceeded desc = context deadline exceeded")
    add(R, "pkg/proxy/fast/upgrade.go", N, "backend tried to switch protocol \"h2c\" when \"websocket\" was requested")
    add(R, "pkg/tcp/dialer.go", N, "TLS handshake failed: remote error: tls: bad certificate")
    add(R, "pkg/tls/certificate.go", N, "no matching SAN in peer certificate")
    add(R, "pkg/tls/tlsmanager.go", Z, "invalid certificate(s) content")
    add(R, "pkg/middlewares/tcp/inflightconn/inflight_conn.go", U, "max number of connections reached for 10.0.0.12")
    add(R, "pkg/provider/kv/kv.go", N, "KV store connection error: dial tcp 10.0.0.12:2379: connect: connection refused")
    add(R, "pkg/middlewares/auth/digest_auth.go", A, "Digest authentication failed")
    add(R, "pkg/server/service/loadbalancer/wrr/wrr.go", N, "no available server")
    add(R, "pkg/server/router/tcp/router.go", N, "peeking first byte: read tcp 10.0.0.5:443->10.0.0.12:51234: read: connection reset by peer")

    # --- Caddy (reverse proxy, TLS, PKI, auth, Caddyfile, admin API, file server) ---
    R = "caddyserver/caddy"
    add(R, "modules/caddyhttp/reverseproxy/reverseproxy.go", N, "no upstreams available")
    add(R, "modules/caddyhttp/reverseproxy/httptransport.go", T, "HTTP transport TLS handshake 10s timeout")
    add(R, "modules/caddytls/distributedstek/distributedstek.go", Z, "STEK gob corrupted: unexpected EOF")
    for typ, m in [(N, "client leaf certificate failed validation"),
                   (Z, "no CERTIFICATE pem block found in /etc/caddy/certs/ca.pem")]:
        add(R, "modules/caddytls/connpolicy.go", typ, m)
    add(R, "modules/caddytls/acmeissuer.go", A, "failed getting EAB credentials: HTTP 401")
    add(R, "modules/caddypki/crypto.go", A, "private key does not match issuer public key")
    add(R, "caddyconfig/caddyfile/dispenser.go", Z, "wrong argument count or unexpected line ending after 'reverse_proxy', at /etc/caddy/Caddyfile:14")
    add(R, "cmd/main.go", Z, "config is not valid JSON: invalid character '}' looking for beginning of object key string, at offset 213; did you mean to use a config adapter (the --adapter flag)?")
    add(R, "modules/caddyhttp/fileserver/staticfiles.go", S, "cannot read etag from file /srv/stemedb/static/index.html.etag: open /srv/stemedb/static/index.html.etag: permission denied")
    for typ, m in [(A, "client is not allowed to access from origin 'http://10.0.0.12:8080'"),
                   (A, "host not allowed: 10.0.0.12:2019")]:
        add(R, "admin.go", typ, m)
    add(R, "caddy.go", U, "If-Match header did not match current config hash")

# Messaging clients in Go (segmentio/kafka-go, IBM/sarama, confluentinc/confluent-kafka-go Go side only, rabbitmq/amqp091-go, nats-io/nats.go, apache/pulsar-client-go, eclipse/paho.mqtt.golang): snapshots via fetch (git show HEAD:<path>), each message read in the file named per entry (Error() format + the string it is built from, or the log call), placeholders and wrapped inner errors filled plausibly (Go net/tls texts; broker reply texts are the usual server texts).
def _part_w(add):
    # --- segmentio/kafka-go: kafka.Error "[%d] %s: %s" (Title + Description), dialer wrapping, protocol decoding ---
    R = "segmentio/kafka-go"
    for typ, m in [
        (T, "[7] Request Timed Out: the request exceeded the user-specified time limit in the request"),
        (U, "[6] Not Leader For Partition: the client attempted to send messages to a replica that is not the leader for some partition, the client's metadata are likely out of date"),
        (Z, "[2] Invalid Message: the message contents does not match its CRC"),
        (S, "[56] Kafka Storage Error: disk error when trying to access log file on the disk"),
        (A, "[29] Topic Authorization Failed: the client is not authorized to access the requested topic"),
    ]:
        add(R, "error.go", typ, m)
    for typ, m in [
        (N, "failed to dial: failed to open connection to 10.0.0.12:9092: dial tcp 10.0.0.12:9092: connect: connection refused"),
        (N, "failed to dial: failed to open connection to kafka-2.stemedb.internal:9092: dial tcp: lookup kafka-2.stemedb.internal on 127.0.0.53:53: no such host"),
        (N, "failed to dial: tls: failed to verify certificate: x509: certificate signed by unknown authority"),
        (A, "could not successfully authenticate to 10.0.0.12:9092 with SASL: SASL handshake failed: [33] Unsupported SASL Mechanism: the broker does not support the requested SASL mechanism"),
    ]:
        add(R, "dialer.go", typ, m)
    add(R, "reader.go", T, "error dialing all brokers, one of the errors: failed to dial: failed to open connection to 10.0.0.13:9092: dial tcp 10.0.0.13:9092: i/o timeout")
    add(R, "protocol/record_v2.go", Z, "crc32 checksum mismatch (computed=2863311530 found=1431655765)")
    add(R, "message_reader.go", Z, "unsupported magic byte 3 in header")
    add(R, "protocol/error.go", U, "topic partition has no leader (topic=\"stemedb-events\" partition=3)")

    # --- IBM/sarama: errors.go sentinels, KError texts, PacketDecodingError / ConfigurationError, broker logs ---
    R = "IBM/sarama"
    for typ, m in [
        (N, "kafka: client has run out of available brokers to talk to: dial tcp 10.0.0.12:9092: connect: connection refused"),
        (Z, "kafka: insufficient data to decode packet, more bytes expected"),
        (N, "kafka: broker not connected"),
        (T, "kafka server: Request exceeded the user-specified time limit in the request"),
        (A, "kafka server: The client is not authorized to access this group"),
        (S, "kafka server: Disk error when trying to access log file on the disk"),
        (N, "kafka server: The server disconnected before a response was received"),
        (U, "kafka server: In the middle of a leadership election, there is currently no leader for this partition and hence it is unavailable for writes"),
        (U, "kafka: invalid configuration (Net.SASL.Password must not be empty when SASL is enabled)"),
    ]:
        add(R, "errors.go", typ, m)
    add(R, "broker.go", A, "kafka server: SASL Authentication failed: Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512")
    add(R, "broker.go", T, "Failed to connect to broker 10.0.0.13:9092: dial tcp 10.0.0.13:9092: i/o timeout")
    add(R, "crc32_field.go", Z, "kafka: error decoding packet: CRC didn't match expected 0x1c3f7a2b got 0x9e04d3c1")
    add(R, "response_header.go", Z, "kafka: error decoding packet: message of length 1213486160 too large or too small")

    # --- confluentinc/confluent-kafka-go: Go-side texts only (librdkafka texts are off limits) ---
    R = "confluentinc/confluent-kafka-go"
    add(R, "schemaregistry/rest/rest_error.go", U, "schema registry request failed error code: 40401: Subject 'stemedb-events-value' not found.")
    add(R, "schemaregistry/rest/rest_error.go", A, "schema registry request failed error code: 401: Unauthorized")
    add(R, "schemaregistry/internal/rest_service.go", N, "failed to send request after 3 retries")
    add(R, "schemaregistry/internal/rest_service.go", N, "could not parse certificate from /etc/stemedb/tls/schema-registry-ca.pem")
    add(R, "schemaregistry/internal/authentication_header_provider.go", A, "failed to generate token after 3 retries")
    add(R, "schemaregistry/serde/serde.go", Z, "unknown magic byte 123")
    add(R, "schemaregistry/serde/serde.go", Z, "message indexes are absent or malformed")
    add(R, "schemaregistry/serde/jsonschema/json_schema.go", Z, "failed to parse JSON schema: invalid character '}' looking for beginning of object key string")
    add(R, "kafka/consumer.go", U, "Required property group.id not set")
    add(R, "kafka/error.go", U, "Operation not allowed on closed client")
    add(R, "kafka/config.go", U, "Invalid value type []string for key bootstrap.servers (expected string,bool,int,ConfigMap)")

    # --- rabbitmq/amqp091-go: *Error "Exception (%d) Reason: %q" (types.go sentinels, reader/writer shutdown, server close) ---
    R = "rabbitmq/amqp091-go"
    for typ, m in [
        (N, 'Exception (504) Reason: "channel/connection is not open"'),
        (A, 'Exception (403) Reason: "SASL could not negotiate a shared mechanism"'),
        (A, 'Exception (403) Reason: "username or password not allowed"'),
        (A, 'Exception (403) Reason: "no access to this vhost"'),
        (Z, 'Exception (501) Reason: "frame could not be parsed"'),
        (Z, 'Exception (502) Reason: "invalid field or value inside of a frame"'),
    ]:
        add(R, "types.go", typ, m)
    for typ, m in [
        (T, 'Exception (501) Reason: "read tcp 10.0.0.5:43512->10.0.0.12:5672: i/o timeout"'),
        (N, 'Exception (501) Reason: "write tcp 10.0.0.5:43512->10.0.0.12:5672: write: broken pipe"'),
        (N, 'Exception (320) Reason: "CONNECTION_FORCED - broker forced connection closure with reason \'shutdown\'"'),
    ]:
        add(R, "connection.go", typ, m)
    add(R, "channel.go", U, 'Exception (404) Reason: "NOT_FOUND - no queue \'stemedb.events\' in vhost \'/\'"')
    add(R, "channel.go", U, "amqp: Qos values must be non-negative (got prefetchCount=-1, prefetchSize=0)")
    add(R, "connection.go", S, "create TLS config from URI: read CA certificate: open /etc/stemedb/tls/rabbitmq-ca.pem: permission denied")
    add(R, "uri.go", Z, "AMQP scheme must be either 'amqp://' or 'amqps://'")

    # --- nats-io/nats.go: nats.go sentinels, jserrors.go / jetstream/errors.go, server -ERR handling ---
    R = "nats-io/nats.go"
    for typ, m in [
        (T, "nats: timeout"),
        (T, "nats: draining connection timed out"),
        (N, "nats: no servers available for connection"),
        (N, "nats: no responders available for request"),
        (N, "nats: stale connection"),
        (A, "nats: authentication expired"),
        (Z, "nats: message could not decode headers"),
    ]:
        add(R, "nats.go", typ, m)
    add(R, "nats.go", A, "nats: permissions violation: Permissions Violation for Publish to \"stemedb.events.node2\"")
    add(R, "nats.go", N, "nats: tls error: tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2025-03-02T10:14:07Z is after 2025-02-28T00:00:00Z")
    add(R, "nats.go", A, "nats: Not a valid nkey user seed")
    add(R, "jetstream/errors.go", U, "nats: API error: code=404 err_code=10059 description=stream not found")
    add(R, "jetstream/errors.go", T, "nats: timeout waiting for ack")
    add(R, "jetstream/errors.go", Z, "nats: received a corrupt object, digests do not match")

    # --- apache/pulsar-client-go: newError "%s: %s" (msg + Result), connection / crypto / oauth2 texts ---
    R = "apache/pulsar-client-go"
    for typ, m in [
        (T, "message send timeout: TimeoutError"),
        (U, "producer send queue is full: ProducerQueueIsFull"),
        (U, "message size exceeds MaxMessageSize: MessageTooBig"),
    ]:
        add(R, "pulsar/producer_partition.go", typ, m)
    add(R, "pulsar/transaction_impl.go", T, "There are some operations that are not completed after the timeout.: TimeoutError")
    add(R, "pulsar/internal/commands.go", Z, "checksum mismatch received: 0x3e2a91f0 computed: 0x7b11c0d4")
    add(R, "pulsar/internal/connection_reader.go", N, "unable to read frame: read tcp 10.0.0.5:52144->10.0.0.12:6650: read: connection reset by peer")
    add(R, "pulsar/internal/connection.go", N, "Failed to connect to broker. error=\"dial tcp 10.0.0.12:6650: connect: connection refused\"")
    add(R, "pulsar/internal/connection.go", N, "Detected stale connection to broker")
    add(R, "pulsar/internal/connection.go", A, "Failed to establish connection with broker: 'Unable to authenticate'")
    add(R, "pulsar/internal/connection.go", A, "server error: AuthorizationError: Client is not authorized to Get Partition Metadata")
    add(R, "pulsar/consumer_partition.go", A, "consuming message failed due to decryption err: cipher: message authentication failed", True)
    add(R, "pulsar/crypto/default_message_crypto.go", A, "unable to decrypt data key")
    add(R, "oauth2/authorization_tokenretriever.go", A, "the device code has expired")

    # --- eclipse/paho.mqtt.golang: packets.ConnErrors, token errors, logger lines ([client]/[store] prefixes) ---
    R = "eclipse/paho.mqtt.golang"
    add(R, "client.go", N, "network Error : dial tcp 10.0.0.12:1883: connect: connection refused")
    for typ, m in [
        (A, "not Authorized"),
        (N, "server Unavailable"),
        (U, "identifier rejected"),
    ]:
        add(R, "packets/packets.go", typ, m)
    add(R, "packets/packets.go", Z, "unsupported packet type 0x0")
    add(R, "client.go", T, "publish was broken by timeout")
    add(R, "client.go", N, "[client]   Failed to connect to a broker")
    add(R, "client.go", A, "[client]   Connecting to tcp://10.0.0.12:1883 CONNACK was not CONN_ACCEPTED, but rather Connection Refused: Not Authorised")
    add(R, "messageids.go", N, "connection lost before Publish completed")
    add(R, "ping.go", T, "pingresp not received, disconnecting")
    add(R, "filestore.go", S, "[store]    file not created: /var/lib/stemedb/mqtt/o.17.msg")
    add(R, "filestore.go", Z, "[store]    corrupted file detected: unexpected EOF archived at: /var/lib/stemedb/mqtt/i.42.CORRUPT")
    add(R, "topic.go", U, "invalid Topic; multi-level wildcard must be last level")

# Rust runtimes and infrastructure crates: denoland/deno, tokio-rs/tracing, bytecodealliance/wasm-tools and rust-lang/rustup read in snapshots via fetch (git show HEAD:<path>); wasmerio/wasmer (snapshot too large to fetch) read with read_file in the stored files; each message read in the file named per entry (Display / #[error] / eprintln text, inner strings where the Display wraps one), placeholders filled plausibly.
def _part_x(add):
    _deno(add)
    _wasmer(add)
    _tracing(add)
    _wasm_tools(add)
    _rustup(add)


def _deno(add):
    R = "denoland/deno"
    # ext/fs: OperationError Display = "<io error>: <op> '<path>'" (ops.rs), FsOpsErrorKind texts
    for typ, m in [(S, "No such file or directory (os error 2): open '/var/lib/stemedb/data/000123.sst'"),
                   (S, "Permission denied (os error 13): mkdir '/var/lib/stemedb/wal'"),
                   (S, "No space left on device (os error 28): writefile '/var/lib/stemedb/data/MANIFEST-000042'"),
                   (S, "Invalid cross-device link (os error 18): rename '/tmp/stemedb-snap-0042.tmp' -> '/var/lib/stemedb/snapshots/snap-0042'"),
                   (Z, 'File name or path "/var/lib/stemedb/data/\\xFF0123.sst" is not valid UTF-8'),
                   (U, "Invalid seek mode: 7")]:
        add(R, "ext/fs/ops.rs", typ, m)
    # deno_core ResourceError
    add(R, "libs/core/io/resource_table.rs", U, "Bad resource ID")
    # ext/net NetError
    for typ, m in [(N, "Listener has been closed"), (N, "No resolved address found"),
                   (U, "Invalid hostname: 'node2..stemedb.internal'")]:
        add(R, "ext/net/ops.rs", typ, m)
    # ext/tls TlsError
    add(R, "ext/tls/lib.rs", N, "Unable to decode certificate")
    # ext/fetch FetchError, ClientSendError (detail = error_reporter::Report of hyper-util's error chain), client errors
    for typ, m in [(N, "NetworkError when attempting to fetch resource"),
                   (N, "error sending request for url (http://10.0.0.12:7000/raft/append): client error (Connect): tcp connect error: Connection refused (os error 111)"),
                   (N, "error sending request from 10.0.0.5:51234 for http://10.0.0.12:7000/raft/snapshot (10.0.0.12:7000): client error (SendRequest): connection closed before message completed"),
                   (T, "error sending request for url (http://10.0.0.13:7000/raft/vote): client error (Connect): tcp connect error: Connection timed out (os error 110)"),
                   (U, "Url scheme 'ftp' not supported"),
                   (Z, "invalid proxy url")]:
        add(R, "ext/fetch/lib.rs", typ, m)
    # ext/websocket
    add(R, "ext/websocket/lib.rs", N, "failed to connect to WebSocket: Invalid status code 502 Bad Gateway")
    # ext/http HttpError
    add(R, "ext/http/lib.rs", N, "connection closed while sending response")
    # ext/cache CacheError
    add(R, "ext/cache/lib.rs", S, "Failed to create cache storage directory /var/lib/stemedb/cache")
    add(R, "ext/cache/lib.rs", N, "cache PUT request failed: 503 Service Unavailable")
    # ext/kv KvError
    add(R, "ext/kv/lib.rs", U, "Value too large (max 65536 bytes)")
    # ext/crypto
    add(R, "ext/crypto/lib.rs", A, "decryption error - integrity check failed", True)
    add(R, "ext/crypto/lib.rs", Z, "Unexpected error decoding private key")
    add(R, "ext/crypto/import_key.rs", A, "invalid RSA private key")
    add(R, "ext/crypto/shared.rs", A, "expected valid public key")
    # ext/web WebError
    add(R, "ext/web/lib.rs", Z, "Failed to decode base64")
    # ext/node vm timeout
    add(R, "ext/node/ops/vm.rs", T, "Script execution timed out after 5000ms")
    # runtime permissions (PermissionDeniedError: "Requires {access}, run again with the --allow-{name} flag")
    add(R, "runtime/permissions/lib.rs", A, 'Requires net access to "10.0.0.12:7000", run again with the --allow-net flag')


def _wasmer(add):
    R = "wasmerio/wasmer"
    # wasmer_types errors (lib/types/src/error.rs); inner Incompatible/CorruptedBinary strings from serialize.rs
    for typ, m in [(U, "The memory could not grow: current size 16384 pages, requested increase: 1 pages"),
                   (Z, "WebAssembly translation error: Invalid input WebAssembly code at offset 1423: unexpected end-of-file"),
                   (U, "Feature memory64 is not yet supported")]:
        add(R, "lib/types/src/error.rs", typ, m)
    for m in ["incompatible binary: The provided bytes were serialized by an incompatible version of Wasmer",
              "corrupted binary: invalid metadata header"]:
        add(R, "lib/types/src/serialize.rs", Z, m)
    # wasmer API: InstantiationError, RuntimeError ("RuntimeError: " + trap message from lib/types/src/trapcode.rs)
    for m in ["cannot mix imports from different stores", "RuntimeError: out of bounds memory access",
              "RuntimeError: indirect call type mismatch"]:
        add(R, "lib/api/src/errors.rs", U, m)
    # virtual-fs FsError
    for typ, m in [(S, "fd not a directory"), (S, "lock error"), (S, "entry not found"), (S, "storage full"),
                   (T, "time out"), (Z, "invalid internal data"), (N, "broken pipe (was closed)"),
                   (N, "connection is not open"), (U, "blocking operation. try again")]:
        add(R, "lib/virtual-fs/src/lib.rs", typ, m)
    # wasix SpawnError / WasiError
    for typ, m in [(U, "The WASI version could not be determined"), (A, "access denied")]:
        add(R, "lib/wasix/src/lib.rs", typ, m)
    # WASI Errno Display "{name} (error {code})"
    for typ, m in [(S, "noent (error 44)"), (S, "nospc (error 51)"), (T, "timedout (error 73)"),
                   (N, "connrefused (error 14)")]:
        add(R, "lib/wasi-types/src/wasi/bindings.rs", typ, m)


def _tracing(add):
    R = "tokio-rs/tracing"
    # tracing-appender: InitError "{context}: {source}" (rolling/builder.rs) with contexts and eprintln texts in rolling.rs
    for m in ["failed to create log directory: Permission denied (os error 13)",
              "failed to create log file: Read-only file system (os error 30)",
              "Failed to remove old log file /var/log/stemedb/stemedb.log.2026-02-27: Permission denied (os error 13)",
              "Couldn't flush previous writer: No space left on device (os error 28)",
              'initializing rolling file appender failed: InitError { context: "failed to create log directory", source: Os { code: 13, kind: PermissionDenied, message: "Permission denied" } }']:
        add(R, "tracing-appender/src/rolling.rs", S, m)
    add(R, "tracing-appender/src/non_blocking.rs", U, "Failed to send shutdown signal to logging worker. Error: Shutdown")
    add(R, "tracing-appender/src/worker.rs", S, "Failed to flush. Error: No space left on device (os error 28)")
    # tracing-core
    add(R, "tracing-core/src/metadata.rs", Z,
        'error parsing level: expected one of "error", "warn", "info", "debug", "trace", or a number 1-5')
    add(R, "tracing-core/src/dispatcher.rs", U, "a global default trace dispatcher has already been set")
    # tracing-subscriber
    add(R, "tracing-subscriber/src/util.rs", U, "failed to set global default subscriber")
    add(R, "tracing-subscriber/src/filter/env/builder.rs", Z,
        "ignoring `stemedb=debug=trace`: invalid filter directive: too many '=' in filter directive, expected 0 or 1")
    add(R, "tracing-subscriber/src/fmt/mod.rs", Z,
        'Ignoring `RUST_LOG="stemedb=verbose"`: error parsing level filter: expected one of "off", "error", "warn", "info", "debug", "trace", or a number 0-5')
    add(R, "tracing-subscriber/src/fmt/fmt_layer.rs", N,
        "[tracing-subscriber] Unable to write an event to the Writer for this Subscriber! Error: Broken pipe (os error 32)")
    add(R, "tracing-subscriber/src/fmt/fmt_layer.rs", U,
        "tracing-subscriber: the `ansi` crate feature is required to enable ANSI terminal colors")
    # tracing-flame
    add(R, "tracing-flame/src/error.rs", S, "cannot create output file. path=/var/lib/stemedb/trace/flame.folded")


def _wasm_tools(add):
    R = "bytecodealliance/wasm-tools"
    # wasmparser Error Display "{message} (at offset 0x{offset:x})"
    add(R, "crates/wasmparser/src/error.rs", Z, "unexpected end-of-file (at offset 0x1f4)")
    add(R, "crates/wasmparser/src/validator.rs", Z, "unknown binary version: 0x2 (at offset 0x4)")
    add(R, "crates/wasmparser/src/validator.rs", Z, "malformed section id: 13 (at offset 0x2a)")
    add(R, "crates/wasmparser/src/binary_reader.rs", Z, "malformed UTF-8 encoding (at offset 0x4c)")
    add(R, "crates/wasmparser/src/binary_reader.rs", Z, "invalid var_u32: integer representation too long (at offset 0x19)")
    add(R, "crates/wasmparser/src/validator/operators.rs", Z, "type mismatch: expected i32 but nothing on stack (at offset 0x8f)")
    add(R, "crates/wasmparser/src/validator/operators.rs", U, "implementation limit: type index too large (at offset 0x3c)")
    add(R, "crates/wit-component/src/validation.rs", Z, "data is not a WebAssembly module")
    add(R, "crates/wit-component/src/encoding.rs", U, "module does not export a memory named `memory`")


def _rustup(add):
    R = "rust-lang/rustup"
    for typ, m in [(N, "component download failed for rust-std-x86_64-unknown-linux-gnu"),
                   (N, "could not download file from 'https://static.rust-lang.org/dist/channel-rust-stable.toml.sha256' to '/root/.rustup/tmp/3w9x1q_file'"),
                   (Z, "checksum failed for 'https://static.rust-lang.org/dist/2026-02-20/rust-std-1.85.0-x86_64-unknown-linux-gnu.tar.xz', expected: '9f3c2a7d51b0e6c84f2d19a7b3e5c0d8a6f1e2b4c7d9a0e3f5b8c1d2e4a6f7b9', calculated: '0b7e4c1f9a2d6e3b8c5f0a7d4e1b2c9f6a3d8e5b0c7f4a1d2e9b6c3f8a5d0e7b'"),
                   (Z, "component manifest for 'rustc' is corrupt"),
                   (S, "could not read settings file: '/root/.rustup/settings.toml'"),
                   (Z, "could not parse settings file: '/root/.rustup/settings.toml'"),
                   (S, "could not rename 'components' file from '/root/.rustup/toolchains/stable-x86_64-unknown-linux-gnu/lib/rustlib/components.tmp' to '/root/.rustup/toolchains/stable-x86_64-unknown-linux-gnu/lib/rustlib/components': Permission denied (os error 13)"),
                   (Z, "manifest version '3' is not supported"),
                   (U, "invalid toolchain name: 'stabel'")]:
        add(R, "src/errors.rs", typ, m)
    add(R, "src/dist/temp.rs", S, "could not create temp directory /root/.rustup/tmp/k3q2x1_dir")
    add(R, "src/dist/mod.rs", U, "no release found for 'nightly-2026-02-30'")
    add(R, "src/download/mod.rs", N, "http request returned an unsuccessful status code: 503")
    add(R, "src/dist/download.rs", Z, "bad checksum for cached download")

def holdout10(add):
    for part in (_part_u, _part_v, _part_w, _part_x):
        part(add)
