"""The fifteenth blind batch: wordings from sources in no earlier batch, gathered
beside the fourteenth and scored after it joined the catalogue. Four helper sessions read them blind,
with the same brief and conventions as the earlier batches. Each wording was
read in the file named beside it; fills not read in the source are named in
each part's note. build.py adds it to the catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401

# C/C++ database servers and caches (valkey, dragonfly, memcached, kvrocks, tarantool, mariadb-connector-c): snapshots via fetch, each wording read in the file named per entry (git show HEAD:<path>); reply prefixes '-' and CRLF dropped, placeholders filled.
def _part_bu(add):
    # --- valkey (serverLog lines and shared error replies) ---
    R = "valkey-io/valkey"
    for typ, m, p in [
        (S, "Write error while saving DB to the disk(fsync): No space left on device", "src/rdb.c"),
        (Z, "Wrong signature trying to load DB from file", "src/rdb.c"),
        (Z, "Can't handle RDB format version 12", "src/rdb.c"),
        (Z, "Internal error in RDB reading offset 0, function at rdb.c:441 -> Invalid LZF compressed string", "src/rdb.c"),
        (S, "Short write while writing to the AOF file: (nwritten=4096, expected=8192)", "src/aof.c"),
        (S, "Unrecoverable error reading the append only file appendonly.aof.3.incr.aof: Input/output error", "src/aof.c"),
        (T, "Timeout connecting to the PRIMARY...", "src/replication.c"),
        (T, "PRIMARY timeout: no data nor PING received...", "src/replication.c"),
        (T, "Disconnecting timedout replica (streaming sync): 10.0.0.12:7000", "src/replication.c"),
        (N, "I/O error trying to sync with PRIMARY: connection lost", "src/replication.c"),
        (N, "Unable to connect to PRIMARY: Connection refused", "src/replication.c"),
        (A, "Unable to AUTH to PRIMARY: -WRONGPASS invalid username-password pair or user is disabled.", "src/replication.c"),
        (S, "Sorry, the cluster configuration file nodes-18182.conf is already used by a different Cluster node. "
            "Please make sure that different nodes use different cluster configuration files.", "src/cluster_legacy.c"),
        (Z, "Received invalid ping packet of length 2256 but expected length 2264", "src/cluster_legacy.c"),
        (U, "CLUSTERDOWN The cluster is down and only accepts read commands", "src/cluster.c"),
    ]:
        add(R, p, typ, m)

    # --- dragonfly (glog lines, error_category messages, reply strings) ---
    R = "dragonflydb/dragonfly"
    for typ, m, p in [
        (N, "Error connecting to 10.0.0.12:6379 (phase: TCP_CONNECTING): system:111, reason: Connection refused",
         "src/server/replica.cc"),
        (U, "Encountered different master repl id (a3f1c9e07b2d4e5f8a6b1c0d9e8f7a6b5c4d3e2f vs "
            "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c)", "src/server/replica.cc"),
        (Z, "Bad replication header: +FULLSYNC", "src/server/replica.cc"),
        (Z, "Wrong signature while trying to load from rdb file", "src/server/error.cc"),
        (Z, "RDB chunk short read", "src/server/error.cc"),
        (U, "Out of memory, or used memory is too high", "src/server/error.cc"),
        (Z, "DUMP payload version or checksum are wrong", "src/facade/error.h"),
        (S, "IO error when reading value from tiered storage", "src/facade/error.h"),
        (U, "LOADING Dragonfly is loading the dataset in memory", "src/facade/error.h"),
        (Z, "Corrupted blob detected with size 4096 for rdb type 14", "src/server/rdb_load.cc"),
        (T, "JournalStreamer write operation timeout", "src/server/journal/streamer.cc"),
        (T, "Can't join migration in time", "src/server/cluster/incoming_slot_migration.cc"),
        (S, "Failed to rewrite config file", "src/server/server_family.cc"),
        (U, "SAVING - can not save database", "src/server/server_family.cc"),
        (A, "NOPERM agent-0042 has no ACL permissions", "src/server/main_service.cc"),
    ]:
        add(R, p, typ, m)

    # --- memcached (protocol replies, logger lines, stderr) ---
    R = "memcached/memcached"
    for typ, m, p in [
        (S, "Could not open the pid file /var/run/stemedb/memcached.pid.tmp for writing: Permission denied", "memcached.c"),
        (S, "Failed to initialize external storage: failed to open file", "storage.c"),
        (U, "Failed to initialize external storage: page_size must be divisible by wbuf_size", "storage.c"),
        (Z, "[restart] corrupt metadata file", "restart.c"),
        (T, "ts=1750000000.123456 gid=9012 type=proxy_backend error=conntimeout name=10.0.0.12 port=11211 label=cache2 "
            "depth=0 rbuf=", "logger.c"),
        (T, "ts=1750000012.654321 gid=9013 type=proxy_backend error=timeout name=10.0.0.12 port=11211 label=cache2 "
            "depth=4 rbuf=", "logger.c"),
        (N, "ts=1750000020.000123 gid=9014 type=proxy_backend error=disconnected name=10.0.0.13 port=11211 label=cache3 "
            "depth=1 rbuf=", "logger.c"),
        (N, "type=conntlserr fd=27 msg=Connection reset by peer", "tls.c"),
        (Z, "CLIENT_ERROR bad data chunk", "proto_text.c"),
        (Z, "CLIENT_ERROR error decoding key", "proto_parser.c"),
        (A, "CLIENT_ERROR authentication failure", "proto_text.c"),
        (A, "CLIENT_ERROR unauthenticated", "proto_text.c"),
        (U, "SERVER_ERROR out of memory storing object", "proto_text.c"),
        (U, "SERVER_ERROR object too large for cache", "proto_parser.c"),
    ]:
        add(R, p, typ, m)

    # --- kvrocks (Status messages and glog lines) ---
    R = "apache/kvrocks"
    for typ, m, p in [
        (S, "[event_listener/background_error] reason: flush, bg_error: IO error: No space left on device: "
            "While appending to file: /var/lib/stemedb/data/000123.sst: No space left on device",
         "src/storage/event_listener.cc"),
        (S, "[storage] Data file [/var/lib/stemedb/checkpoint/000123.sst] not found", "src/storage/storage.cc"),
        (S, "unable to create tmp file", "src/cluster/replication.cc"),
        (Z, "CRC mismatched, 2886318243 was expected but got 1392873120", "src/cluster/replication.cc"),
        (Z, "protocol error: expected integer value", "src/cluster/slot_migrate.cc"),
        (N, "failed to read from socket: Connection reset by peer", "src/common/io_util.cc"),
        (A, "[replication] Auth failed: -ERR Invalid password", "src/cluster/replication.cc"),
        (A, "admin permission required to perform the command", "src/commands/error_constants.h"),
        (A, "Client sent AUTH, but no password is set", "src/commands/cmd_server.cc"),
        (U, "[replication] Mismatched the db name, local: stemedb, remote: stemedb-staging", "src/cluster/replication.cc"),
        (U, "Can't migrate slot to myself", "src/cluster/cluster.cc"),
        (U, "Can't write to slot being migrated which is in write forbidden phase", "src/cluster/cluster.cc"),
        (U, "There is already a migrating job", "src/cluster/slot_migrate.cc"),
        (U, "kvrocks is restoring the db from backup", "src/commands/error_constants.h"),
    ]:
        add(R, p, typ, m)

    # --- tarantool (box error table, SystemError/SocketError/XlogError texts) ---
    R = "tarantool/tarantool"
    for typ, m, p in [
        (S, "Failed to write to disk", "src/box/errcode.h"),
        (S, "Failed to lock WAL directory /var/lib/stemedb/wal and hot_standby mode is off", "src/box/errcode.h"),
        (S, "/var/lib/stemedb/wal/00000000000000012345.xlog: can't allocate disk space: No space left on device",
         "src/box/xlog.c"),
        (Z, "tx checksum mismatch", "src/box/xlog.c"),
        (Z, "Invalid MsgPack - packet body", "src/box/errcode.h"),
        (N, "connect to 10.0.0.12:3301, called on fd 23, aka 10.0.0.11:41234: Connection refused", "src/lib/core/sio.c"),
        (N, "Connection is not established", "src/box/errcode.h"),
        (T, "Timed out waiting for Vinyl memory quota", "src/box/errcode.h"),
        (T, "Quorum collection for a synchronous transaction is timed out", "src/box/errcode.h"),
        (T, "Transaction has been aborted by timeout", "src/box/errcode.h"),
        (A, "User not found or supplied credentials are invalid", "src/box/errcode.h"),
        (A, "Write access to space 'agents' is denied for user 'guest'", "src/box/errcode.h"),
        (A, "Too many authentication attempts", "src/box/errcode.h"),
        (U, "The instance is not a leader. New leader is 2", "src/box/errcode.h"),
        (U, "Can't modify data on a read-only instance", "src/box/errcode.h"),
        (U, "Split-Brain discovered: got an async transaction from an old term", "src/box/applier.cc"),
    ]:
        add(R, p, typ, m)

    # --- mariadb-connector-c (client_errors tables, TLS verification, auth plugins) ---
    R = "mariadb-corporation/mariadb-connector-c"
    for typ, m, p in [
        (N, "Can't connect to server on '10.0.0.12' (111)", "libmariadb/ma_errmsg.c"),
        (N, "Unknown server host 'db.stemedb.internal' (-2)", "libmariadb/ma_errmsg.c"),
        (N, "Lost connection to server at 'handshake: reading initial communication packet', system error: 104",
         "libmariadb/mariadb_lib.c"),
        (N, "TLS/SSL error: Certificate not yet valid or expired", "libmariadb/ma_tls.c"),
        (N, "TLS/SSL error: Hostname verification failed", "libmariadb/ma_tls.c"),
        (N, "TLS/SSL error: SSL is required, but the server does not support it", "plugins/auth/my_auth.c"),
        (Z, "Received malformed packet", "libmariadb/ma_errmsg.c"),
        (Z, "Checksum verification failed (File: mysql-bin.000123 start_pos=4). Reported checksum is 1a2b3c4d, "
            "while calculated checksum is 5e6f7a8b.", "libmariadb/ma_errmsg.c"),
        (Z, "Parse error in connection string (offset 17)", "libmariadb/ma_errmsg.c"),
        (S, "File '/var/lib/stemedb/import/agents.csv' not found (Errcode: 2)", "libmariadb/ma_errmsg.c"),
        (S, "Error reading file '/etc/stemedb/mariadb.cnf' (Errcode: 13)", "libmariadb/ma_errmsg.c"),
        (A, "Connection with old authentication protocol refused.", "libmariadb/ma_errmsg.c"),
        (A, "Authentication plugin 'mysql_clear_password' couldn't be found in restricted_auth plugin list.",
         "libmariadb/ma_errmsg.c"),
        (A, "Couldn't read RSA public key from server", "plugins/auth/caching_sha2_pw.c"),
        (U, "Got packet bigger than 'max_allowed_packet'", "libmariadb/ma_errmsg.c"),
    ]:
        add(R, p, typ, m)

# Go networking and codec libraries: quic-go, miekg/dns, fasthttp, gorilla/websocket, klauspost/compress, protobuf-go, hashicorp/yamux, hashicorp/serf (newest snapshots via fetch, read with git show; each message read in the file named per entry, placeholders filled).
def _part_bv(add):
    # --- quic-go (Go): internal/qerr TransportError is "<CODE> (<role>)[ (frame type: %#x)]: <msg>" ---
    R = "quic-go/quic-go"
    for typ, m in [
        (T, "timeout: no recent network activity"),
        (T, "timeout: handshake did not complete in time"),
        (N, "received a stateless reset"),
        (N, "no compatible QUIC version found (we support [v1 v2], server offered [draft-29])"),
        # crypto errors carry 0x100 + TLS alert; Message() is tls.AlertError(...).Error()
        (N, "CRYPTO_ERROR 0x12a (remote): tls: bad certificate"),
    ]:
        add(R, "internal/qerr/errors.go", typ, m)
    add(R, "errors.go", U, "stream 4 canceled by remote with error code 268")
    add(R, "flow_controller_connection.go", N,
        "FLOW_CONTROL_ERROR (local): received 15728790 bytes for the connection, allowed 15728640 bytes")
    add(R, "internal/ackhandler/sent_packet_handler.go", N, "PROTOCOL_VIOLATION (local): received ACK for an unsent packet")
    # transport_parameters.go error wrapped in a TRANSPORT_PARAMETER_ERROR by Unmarshal
    add(R, "internal/wire/transport_parameters.go", N,
        "TRANSPORT_PARAMETER_ERROR (local): invalid value for max_udp_payload_size: 1100 (minimum 1200)")
    add(R, "internal/wire/frame_parser.go", Z, "FRAME_ENCODING_ERROR (local) (frame type: 0x1f): unknown frame type")
    # sys_conn.go logs the sys_conn_buffers.go error with a wiki pointer
    add(R, "sys_conn_buffers.go", N,
        "failed to sufficiently increase receive buffer size (was: 208 kiB, wanted: 7168 kiB, got: 416 kiB). "
        "See https://github.com/quic-go/quic-go/wiki/UDP-Buffer-Sizes for details.")
    add(R, "client.go", U, "quic: tls.Config not set")

    # --- miekg/dns (Go): Error is "dns: " + err; ParseError is "<file>: dns: <err>: <quoted token> at line: l:c" ---
    R = "miekg/dns"
    add(R, "tsig.go", A, "dns: bad signature", True)   # ErrSig: TSIG HMAC / RRSIG did not verify
    for typ, m in [
        (A, "dns: bad authentication"),
        (A, "dns: bad time"),
        (A, "dns: no secrets defined"),
        (Z, "dns: bad rdlength"),
        (N, "dns: id mismatch"),
        (U, "dns: domain must be fully qualified"),
    ]:
        add(R, "msg.go", typ, m)
    add(R, "msg.go", Z, "bad header id: dns: overflow unpacking uint16")
    add(R, "scan_rr.go", Z, "db.stemedb.internal: dns: bad A A: \"10.0.0.300\" at line: 12:24")
    add(R, "scan.go", S,
        "db.stemedb.internal: dns: failed to open `extra.zone' as `/etc/stemedb/zones/extra.zone': "
        "open /etc/stemedb/zones/extra.zone: no such file or directory: \"extra.zone\" at line: 14:21")
    add(R, "server.go", U, "dns: server already started")

    # --- valyala/fasthttp (Go) ---
    R = "valyala/fasthttp"
    for typ, m in [
        (T, "fasthttp: timeout"),
        (T, "fasthttp: tls handshake timed out"),
        (N, "fasthttp: the server closed connection before returning the first response byte. "
            "make sure the server returns 'connection: close' response header before closing the connection"),
        (U, "fasthttp: no free connections available to host"),
    ]:
        add(R, "client.go", typ, m)
    add(R, "tcpdialer.go", T, "fasthttp: dialing to the given tcp address timed out")
    add(R, "http.go", U, "fasthttp: body size exceeds the given limit")
    # workerpool.go logs the header.go error (secure error log form)
    add(R, "workerpool.go", Z,
        "error when serving connection \"10.0.0.5:18182\"<->\"10.0.0.31:51874\": "
        "error when reading request headers: fasthttp: cannot find http request method: buffer size=517")
    add(R, "header.go", Z, "cannot parse content-length: fasthttp: non-numeric chars found")
    add(R, "server.go", N,
        "cannot load tls key pair from cert file=\"/etc/stemedb/tls/server.crt\" and key file="
        "\"/etc/stemedb/tls/server.key\": tls: private key does not match public key")
    add(R, "fs.go", S,
        "insufficient permissions for saving compressed file for \"/var/lib/stemedb/static/index.html\". "
        "Serving uncompressed file. Allow write access to the directory with this file in order to improve fasthttp performance")
    add(R, "tcplisten/tcplisten.go", N, "cannot bind to \"0.0.0.0:18182\": address already in use")

    # --- gorilla/websocket (Go) ---
    R = "gorilla/websocket"
    for typ, m in [
        (N, "websocket: close 1006 (abnormal closure): unexpected EOF"),
        (N, "websocket: close 1001 (going away)"),
        (T, "websocket: write timeout"),
        (U, "websocket: read limit exceeded"),
        (U, "websocket: close sent"),
        (Z, "websocket: invalid utf8 payload in close frame"),
        (N, "websocket: RSV2 set, bad opcode 7"),
    ]:
        add(R, "conn.go", typ, m)
    add(R, "client.go", N, "websocket: bad handshake")
    add(R, "client.go", N,
        "websocket: protocol \"h2\" was given but is not supported;sharing tls.Config with net/http Transport "
        "can cause this error: malformed HTTP response \"\\x00\\x00\\x12\\x04\\x00\\x00\\x00\\x00\\x00\"")
    add(R, "server.go", N,
        "websocket: the client is not using the websocket protocol: 'upgrade' token not found in 'Connection' header")
    add(R, "server.go", A, "websocket: request origin not allowed by Upgrader.CheckOrigin")

    # --- klauspost/compress (Go) ---
    R = "klauspost/compress"
    for typ, m in [
        (Z, "invalid input: magic number mismatch"),
        (Z, "CRC check failed"),
        (Z, "invalid input: reserved block type encountered"),
        (Z, "frame size does not match size on stream"),
        (U, "decompressed size exceeds configured limit"),
        (U, "decoder used after Close"),
    ]:
        add(R, "zstd/zstd.go", typ, m)
    add(R, "zstd/blockdec.go", Z, "literal output size mismatch want 4096, got 3980")
    add(R, "s2/decode.go", Z, "s2: corrupt input, crc mismatch")
    add(R, "s2/decode.go", Z, "s2: corrupt input")
    add(R, "huff0/decompress.go", Z, "corruption detected: stream overrun 3")
    add(R, "flate/deflate.go", U, "flate: invalid compression level 12: want value in range [-2, 9]")

    # --- protocolbuffers/protobuf-go (Go): internal/errors adds the "proto: " prefix ---
    R = "protocolbuffers/protobuf-go"
    add(R, "proto/decode.go", Z, "proto: cannot parse invalid wire-format data")
    add(R, "internal/impl/codec_field.go", Z, "string field contains invalid UTF-8")
    add(R, "internal/errors/errors.go", Z, "proto: required field stemedb.v1.LogEntry.term not set")
    add(R, "encoding/protowire/wire.go", Z, "proto: variable length integer overflow")
    add(R, "encoding/protojson/decode.go", Z, "proto: (line 1:15): unknown field \"nodeID\"")
    add(R, "encoding/protojson/decode.go", Z, "proto: (line 3:12): invalid value for int64 field term: \"abc\"")
    add(R, "encoding/protojson/encode.go", Z, "proto: field stemedb.v1.PutRequest.key contains invalid UTF-8")
    # errors.Wrap(&SizeTooLargeError{...}, "") prints an empty description
    add(R, "encoding/protodelim/protodelim.go", U,
        "proto: : message size 5242880 exceeded unmarshaler's maximum configured size 4194304")
    add(R, "internal/errors/errors.go", U,
        "size mismatch (see https://github.com/golang/protobuf/issues/1609): calculated=120, measured=124")
    add(R, "reflect/protodesc/desc.go", U, "proto: could not resolve import \"google/api/annotations.proto\": not found")
    add(R, "reflect/protodesc/desc.go", U, "proto: use of edition EDITION_2024 not yet supported by the Go Protobuf runtime")

    # --- hashicorp/yamux (Go) ---
    R = "hashicorp/yamux"
    for typ, m in [
        (T, "i/o deadline reached"),
        (T, "connection write timeout"),
        (N, "remote end is not accepting connections"),
        (N, "session shutdown"),
        (U, "streams exhausted"),
    ]:
        add(R, "const.go", typ, m)
    for typ, m in [
        (T, "[ERR] yamux: keepalive failed: keepalive timeout"),
        (T, "[ERR] yamux: aborted stream open (destination=10.0.0.12:7000): i/o deadline reached"),
        (N, "[ERR] yamux: Failed to read header: read tcp 10.0.0.5:7000->10.0.0.12:51344: read: connection reset by peer"),
        (N, "[ERR] yamux: Invalid protocol version: 71"),
        (U, "[WARN] yamux: backlog exceeded, forcing connection reset"),
    ]:
        add(R, "session.go", typ, m)
    add(R, "stream.go", N, "[ERR] yamux: receive window exceeded (stream: 5, remain: 262144, recv: 300000)")

    # --- hashicorp/serf (Go) ---
    R = "hashicorp/serf"
    for typ, m in [
        (S, "[ERR] serf: failed to sync snapshot: sync /var/lib/stemedb/serf/local.snapshot: input/output error"),
        (S, "[ERR] serf: Compaction failed, will reattempt after 30s: failed to fsync new snapshot: "
            "sync /var/lib/stemedb/serf/local.snapshot.compact: no space left on device"),
        (S, "failed to open snapshot: open /var/lib/stemedb/serf/local.snapshot: permission denied"),
        (Z, "[WARN] serf: Failed to parse address: alive: node2"),
    ]:
        add(R, "serf/snapshot.go", typ, m)
    add(R, "serf/delegate.go", Z, "[ERR] serf: Remote state has bad type prefix: 7")
    for typ, m in [
        (U, "[ERR] serf: Node name conflicts with another node at 10.0.0.14:7946. Names must be unique! (Resolution enabled: true)"),
        (U, "[WARN] serf: Event queue depth (4200) exceeds limit (4096), dropping messages!"),
        (T, "[WARN] serf: timeout while waiting for graceful leave"),
        (U, "Protocol version '6' too high. Must be in range: [2, 5]"),
    ]:
        add(R, "serf/serf.go", typ, m)
    add(R, "serf/event.go", T, "response is past the deadline")
    add(R, "serf/internal_query.go", U, "[ERR] serf: No keyring to modify (encryption not enabled)")

# Go/C++ distributed SQL databases (cockroachdb/cockroach, pingcap/tidb, vitessio/vitess, yugabyte/yugabyte-db): snapshots too large for fetch, so each named file was read with read_file; wordings as Display/Error()/Status::ToString()/log text, placeholders filled.
def _part_bw(add):
    # --- cockroachdb/cockroach ---
    R = "cockroachdb/cockroach"
    for typ, m in [
        (N, "node unavailable; try another peer"),
        (U, "[NotLeaseHolderError] r42: replica (n2,s2):3 not lease holder; current lease is "
            "repl=(n1,s1):1 seq=5 start=1700000000.000000000,0 epo=3 pro=1700000000.000000000,0"),
        (U, "r42 was not found on s2"),
        (U, "TransactionAbortedError(ABORT_REASON_ABORTED_RECORD_FOUND)"),
        (U, "TransactionRetryError: retry txn (RETRY_SERIALIZABLE)"),
        (U, "WriteTooOldError: write for key /Table/104/1/42/0 at timestamp 1700000000.000000000,0 too old; "
            "must write at or above 1700000000.000000000,1"),
        (U, "conflicting locks on /Table/104/1/42/0 [reason=wait_policy]"),
        (Z, "replica corruption (processed=false): found 1 inconsistent replicas for r42"),
        (S, "store 1 has insufficient remaining capacity to apply snapshot (remaining: 1.9 GiB / 1.9%, min required: 5.0%)"),
    ]:
        add(R, "pkg/kv/kvpb/errors.go", typ, m)
    add(R, "pkg/kv/kvpb/replica_unavailable_error.go", U,
        "replica unavailable: (n1,s1):1 unable to serve request to r42:/Table/104/{1-2} "
        "[(n1,s1):1, (n2,s2):2, (n3,s3):3, next=4, gen=7]: lost quorum (down: (n2,s2):2,(n3,s3):3)")
    add(R, "pkg/util/timeutil/timeout_error.go", T,
        "operation \"conn heartbeat\" timed out after 6.001s (given timeout 6s): context deadline exceeded")
    add(R, "pkg/rpc/auth.go", A, "rpc error: code = Unauthenticated desc = user [stemedb] is not allowed to perform this RPC")
    add(R, "pkg/rpc/clock_offset.go", U,
        "clock synchronization error: this node is more than 500ms away from at least half of the known nodes "
        "(1 of 3 are within the offset)")
    add(R, "pkg/rpc/heartbeat.go", U,
        "cluster name check failed on ping response: local cluster name \"stemedb-prod\" does not match "
        "peer cluster name \"stemedb-staging\"")
    add(R, "pkg/util/grpcutil/grpc_util.go", N,
        "connection interrupted (did the remote node shut down or are there networking issues?)")
    add(R, "pkg/util/netutil/net.go", N,
        "initial connection heartbeat failed: connection interrupted (did the remote node shut down or are "
        "there networking issues?)")
    add(R, "pkg/storage/fs/fs.go", S, "filesystem is read-only")
    add(R, "pkg/storage/fs/min_version.go", Z,
        "store last used with cockroach version v22.2 is too old for running version v24.1 "
        "(which requires data from v23.2 or later)")
    add(R, "pkg/storage/fs/min_version.go", Z,
        "store last used with cockroach version v24.1 is too high for running version v23.2")
    add(R, "pkg/security/certificate_loader.go", S,
        "could not stat key file /var/lib/stemedb/certs/node.key: stat /var/lib/stemedb/certs/node.key: "
        "no such file or directory")
    for m in ["JWT authentication: invalid token", "JWT authentication: invalid audience"]:
        add(R, "pkg/security/jwtauth/authentication_jwt.go", A, m)
    add(R, "pkg/security/cancel_request_hmac.go", Z, "invalid cancel request format: \"h1:42\"")

    # --- pingcap/tidb ---
    R = "pingcap/tidb"
    for typ, m in [
        (T, "[tikv:9001]PD server timeout: start timestamp may fall behind safe point"),
        (T, "[tikv:9002]TiKV server timeout"),
        (U, "[tikv:9003]TiKV server is busy"),
        (T, "[tikv:9004]Resolve lock timeout"),
        (U, "[tikv:9006]GC life time is shorter than transaction duration, transaction start ts is "
            "445566778899001234 (2024-03-01 10:00:00.123 +0000 UTC), txn safe point is "
            "445566900000000000 (2024-03-01 10:10:00 +0000 UTC)"),
        (T, "[tikv:1205]Lock wait timeout exceeded; try restarting transaction"),
    ]:
        add(R, "pkg/store/driver/error/error.go", typ, m)
    for typ, m in [
        (U, "[kv:9007]Write conflict, txnStartTS=445566778899001234, conflictStartTS=445566778899001240, "
            "conflictCommitTS=445566778899001250, key={tableID=104, tableName=stemedb.terms, handle=42}, "
            "originalKey=7480000000000000685f72800000000000002a, primary={tableID=104, tableName=stemedb.terms, "
            "handle=42}, originalPrimaryKey=7480000000000000685f72800000000000002a, reason=Optimistic [try again later]"),
        (U, "[kv:8004]Transaction is too large, size: 104857600"),
        (T, "[tikv:8229]TTL manager has timed out, pessimistic locks may expire, please commit or rollback this transaction"),
    ]:
        add(R, "pkg/kv/error.go", typ, m)
    for typ, m in [
        (A, "[server:1045]Access denied for user 'stemedb'@'10.0.0.12' (using password: YES)"),
        (U, "[server:1040]Too many connections"),
    ]:
        add(R, "pkg/server/err/error.go", typ, m)
    add(R, "pkg/server/internal/packetio.go", N, "[server:8052]invalid sequence, received 5 while expecting 3")
    for typ, m in [
        (A, "[executor:1142]SELECT command denied to user 'stemedb'@'%' for table 'terms'"),
        (A, "[executor:1044]Access denied for user 'stemedb'@'%' to database 'stemedb'"),
        (U, "[executor:1213]Deadlock found when trying to get lock; try restarting transaction"),
    ]:
        add(R, "pkg/util/dbterror/exeerrors/errors.go", typ, m)
    add(R, "pkg/util/dbterror/ddl_terror.go", T, "[ddl:1205]Timeout waiting for data reorganization")
    add(R, "pkg/util/dbterror/ddl_terror.go", Z, "[ddl:8202]Cannot decode index value, because insufficient bytes to decode value")
    for typ, m in [
        (S, "[ddl:8256]Check ingest environment failed: no enough space in /var/lib/stemedb/tmp/tmp_ddl-4000"),
        (S, "the available disk space(1073741824) in /var/lib/stemedb/tmp/tmp_ddl-4000 should be greater than "
            "@@tidb_ddl_disk_quota(107374182400)"),
    ]:
        add(R, "pkg/ddl/ingest/disk_root.go", typ, m)
    add(R, "pkg/util/disk/tempDir.go", S,
        "The current temporary storage dir has been occupied by another instance, check tmp-storage-path config "
        "and make sure they are different.")
    add(R, "pkg/privilege/privileges/privileges.go", A, "verify JWT failed", True)
    for m in ["the token has been expired", "Wrong 'iss': https://idp.stemedb.io/"]:
        add(R, "pkg/privilege/privileges/privileges.go", A, m)

    # --- vitessio/vitess ---
    R = "vitessio/vitess"
    for typ, m in [(T, "connection pool context already expired"),
                   (U, "connection pool is closed")]:
        add(R, "go/pools/smartconnpool/pool.go", typ, m)
    for typ, m in [(U, "node doesn't exist: /vitess/global/keyspaces/stemedb/shards/-80/Shard"),
                   (T, "deadline exceeded: /vitess/global/keyspaces/stemedb/shards/-80/locks")]:
        add(R, "go/vt/topo/errors.go", typ, m)
    for typ, m in [(N, "VT14001: connection error"),
                   (N, "VT14003: no connection for tablet cell:\"zone1\" uid:101"),
                   (U, "VT09013: semi-sync plugins are not loaded"),
                   (U, "VT05005: table 'terms' does not exist in keyspace 'stemedb'")]:
        add(R, "go/vt/vterrors/code.go", typ, m)
    for typ, m in [
        (N, "net.Dial(10.0.0.12:3306) failed: dial tcp 10.0.0.12:3306: connect: connection refused "
            "(errno 2003) (sqlstate HY000)"),
        (N, "initial packet read failed: EOF (errno 2013) (sqlstate HY000)"),
        (N, "server doesn't support SSL but client asked for it (errno 2026) (sqlstate HY000)"),
        (Z, "parseInitialHandshakePacket: packet has no server version (errno 2027) (sqlstate HY000)"),
    ]:
        add(R, "go/mysql/client.go", typ, m)
    add(R, "go/mysql/auth_server_static.go", A, "Access denied for user 'stemedb' (errno 1045) (sqlstate 28000)")
    add(R, "go/vt/vttls/crl.go", N, "Certificate revoked: CommonName=vtgate-zone1")
    add(R, "go/vt/vttls/vttls.go", N,
        "failed to load tls certificate, cert /vt/certs/server.pem, key: /vt/certs/server-key.pem")
    add(R, "go/vt/vttablet/tabletserver/tx_pool.go", U, "per-user transaction pool connection limit exceeded")
    for typ, m in [
        (S, "unable to create file: open /vt/vtdataroot/vt_0000000101/restore_in_progress: permission denied"),
        (S, "can't read MANIFEST: open /vt/backups/stemedb/-80/2024-03-01.100000.zone1-0000000101/MANIFEST: "
            "no such file or directory"),
        (Z, "can't decode MANIFEST: unexpected EOF"),
    ]:
        add(R, "go/vt/mysqlctl/backupengine.go", typ, m)
    add(R, "go/vt/mysqlctl/backup.go", S,
        "can't remove existing files in DataDir (/vt/vtdataroot/vt_0000000101/data): unlinkat "
        "/vt/vtdataroot/vt_0000000101/data/ibdata1: read-only file system")
    add(R, "go/vt/mysqlctl/backup.go", S,
        "StartBackup failed: mkdir /vt/backups/stemedb/-80/2024-03-01.100000.zone1-0000000101: no space left on device")

    # --- yugabyte/yugabyte-db (C++) ---
    R = "yugabyte/yugabyte-db"
    for typ, m in [
        (N, "Network error (yb/util/net/socket.cc:540): recvmsg error: Connection refused (system error 111)"),
        (N, "Network error (yb/util/net/socket.cc:536): recvmsg got EOF from remote (system error 108)"),
        (N, "Network error (yb/util/net/socket.cc:294): connect(2) error: No route to host (system error 113)"),
        (N, "Network error (yb/util/net/socket.cc:232): Error binding socket to 0.0.0.0:9100: "
            "Address already in use (system error 98)"),
        (T, "Timed out (yb/util/net/socket.cc:385): BlockingWrite timed out"),
        (N, "IO error (yb/util/net/socket.cc:486): Read zero bytes on a blocking Recv() call: Transferred 12 of 4096 bytes"),
    ]:
        add(R, "src/yb/util/net/socket.cc", typ, m)
    add(R, "src/yb/rpc/outbound_call.cc", T,
        "Timed out (yb/rpc/outbound_call.cc:487): Write RPC (request call id 48211) to 10.0.0.12:9100 "
        "timed out after 2.500s")
    add(R, "src/yb/rpc/outbound_call.cc", Z,
        "Corruption (yb/rpc/outbound_call.cc:612): Invalid sidecar offsets; sidecar apparently starts at 4096, "
        "ends at 1024, but the entire message has length 8192")
    add(R, "src/yb/rpc/service_pool.cc", U,
        "yb.tserver.TabletServerService: Write request on yb.tserver.TabletServerService from 10.0.0.12:41234 "
        "dropped due to backpressure. The service queue is full, it has 5000 items.")
    add(R, "src/yb/rpc/service_pool.cc", T, "Call waited in the queue past deadline")
    for m in [
        "Network error (yb/rpc/secure_stream.cc:519): Handshake failed: Network error "
        "(yb/rpc/secure_stream.cc:812): Endpoint does not match, address: 10.0.0.12, hostname: node2",
        "Network error (yb/rpc/secure_stream.cc:436): Insecure connection header: 4745",
    ]:
        add(R, "src/yb/rpc/secure_stream.cc", N, m)
    for m in [
        "IO error (yb/util/env_posix.cc:362): /var/lib/stemedb/yb-data/tserver/wals/"
        "table-000030af000030008000000000004000/tablet-7c1f3b2a9d4e4f6a8b0c1d2e3f405162/wal-000000012: "
        "No space left on device (system error 28)",
        "Not found (yb/util/env_posix.cc:262): /var/lib/stemedb/yb-data/tserver/data/rocksdb/"
        "table-000030af000030008000000000004000/tablet-7c1f3b2a9d4e4f6a8b0c1d2e3f405162/000123.sst: "
        "No such file or directory (system error 2)",
        "Fatal I/O error, context: /var/lib/stemedb/yb-data/tserver/wals/table-000030af000030008000000000004000/"
        "tablet-7c1f3b2a9d4e4f6a8b0c1d2e3f405162/wal-000000012",
    ]:
        add(R, "src/yb/util/env_posix.cc", S, m)
    add(R, "src/yb/util/disk_space_checker.cc", S,
        "Not enough disk space available on /var/lib/stemedb/yb-data/tserver. Free space: 52428800 bytes")
    add(R, "src/yb/util/fast_varint.cc", Z,
        "Corruption (yb/util/fast_varint.cc:41): Decoded VarInt size as 9 but only 4 bytes provided")
    add(R, "src/yb/util/fast_varint.cc", Z,
        "Corruption (yb/util/fast_varint.cc:160): Cannot decode a variable-length integer of zero size")
    for typ, m in [
        (A, "Provided username stemedb and/or password are incorrect"),
        (A, "stemedb is not permitted to log in"),
        (U, "Query failed to execute due to stale metadata cache"),
    ]:
        add(R, "src/yb/yql/cql/cqlserver/cql_processor.cc", typ, m)

# metrics-rs/metrics, getsentry/sentry-rust, estk/log4rs, slog-rs/slog, tokio-rs/console, eminence/procfs, bytecodealliance/rustix and GuillaumeGomez/sysinfo (newest snapshots via fetch, read with git show); each message read in the file named per entry (Display / #[error] / write! / eprintln! / tracing event / panic text), placeholders filled.
def _part_by(add):
    # --- metrics-rs/metrics: dogstatsd, prometheus and TCP exporters, the recorder ---
    R = "metrics-rs/metrics"
    # metrics-exporter-dogstatsd/src/builder.rs: BuildError #[error]s; UDP_DATAGRAM_MAX_PAYLOAD_LEN = 65527
    for typ, m in [(U, "invalid configuration: maximum payload length (70000 bytes) exceeds UDP datagram "
                       "maximum length (65527 bytes)"),
                   (U, "failed to spawn background thread for exporter in synchronous mode")]:
        add(R, "metrics-exporter-dogstatsd/src/builder.rs", typ, m)
    # forwarder/mod.rs: RemoteAddr::try_from reasons wrapped in BuildError::InvalidRemoteAddress
    add(R, "metrics-exporter-dogstatsd/src/forwarder/mod.rs", N,
        "invalid remote address: failed to lookup address information: Name or service not known")
    # forwarder/sync.rs: error!(error = %e, "Failed to send payload.")
    add(R, "metrics-exporter-dogstatsd/src/forwarder/sync.rs", N,
        "Failed to send payload. error=Connection refused (os error 111)")
    # state.rs: error!(metric_name = key.name(), points_dropped, "Failed to build counter payload.")
    add(R, "metrics-exporter-dogstatsd/src/state.rs", Z,
        "Failed to build counter payload. metric_name=\"stemedb.raft.append_entries\" points_dropped=3")
    # metrics-exporter-prometheus/src/common.rs: BuildError #[error]s
    for typ, m in [(N, "failed to create HTTP listener: Address already in use (os error 98)"),
                   (S, "failed to create Tokio runtime for exporter: Too many open files (os error 24)"),
                   (Z, "failed to parse address as a valid IP address/subnet: invalid IP address syntax")]:
        add(R, "metrics-exporter-prometheus/src/common.rs", typ, m)
    # exporter/http_listener.rs: warn!(error = ?err, "Error serving connection.")
    add(R, "metrics-exporter-prometheus/src/exporter/http_listener.rs", N,
        "Error serving connection. error=hyper::Error(IncompleteMessage)")
    # exporter/push_gateway.rs: error!("error sending request to push gateway: {:?}", e) and the status event
    add(R, "metrics-exporter-prometheus/src/exporter/push_gateway.rs", N,
        "error sending request to push gateway: hyper_util::client::legacy::Error(Connect, ConnectError("
        "\"tcp connect error\", Os { code: 111, kind: ConnectionRefused, message: \"Connection refused\" }))")
    add(R, "metrics-exporter-prometheus/src/exporter/push_gateway.rs", N,
        "unexpected status after pushing metrics to push gateway status=\"Bad Gateway\" "
        "body=<failed to read response body>")
    # metrics-exporter-tcp/src/lib.rs: Error Display and error! events
    add(R, "metrics-exporter-tcp/src/lib.rs", N,
        "write failed conn=TcpStream { addr: 10.0.0.5:5000, peer: 10.0.0.12:41822, fd: 17 } "
        "error=Broken pipe (os error 32)")
    add(R, "metrics-exporter-tcp/src/lib.rs", S,
        "caught error while accepting client connections: Os { code: 23, kind: Uncategorized, "
        "message: \"Too many open files in system\" }")

    # --- getsentry/sentry-rust: transports (sentry_debug! prints "[sentry] " + message), types ---
    R = "getsentry/sentry-rust"
    add(R, "sentry/src/transports/reqwest.rs", N,
        "[sentry] Failed to send envelope: error sending request for url "
        "(https://o4504862.ingest.sentry.io/api/4504862/envelope/)")
    add(R, "sentry/src/transports/mod.rs", U, "[sentry] Envelope was discarded due to size limits (HTTP 413).")
    for typ, m in [(U, "[sentry] Envelope was discarded due to per-item rate limits"),
                   (U, "[sentry] envelope dropped: sending on a full channel")]:
        add(R, "sentry/src/transports/thread.rs", typ, m)
    add(R, "sentry/src/init.rs", U, "[sentry] initialized disabled sentry client due to disabled or invalid DSN")
    for typ, m in [(Z, "no valid url provided"), (Z, "invalid project id")]:
        add(R, "sentry-types/src/dsn.rs", typ, m)
    for typ, m in [(A, "missing public key in auth header"), (Z, "invalid value for version")]:
        add(R, "sentry-types/src/auth.rs", typ, m)
    add(R, "sentry-types/src/protocol/envelope.rs", Z, "missing newline after header or payload")
    add(R, "sentry-core/src/performance/headers.rs", Z, "invalid sentry-trace header")
    add(R, "sentry-types/src/protocol/v7.rs", U, "sample rand value out of admissible interval [0.0, 1.0)")
    add(R, "sentry-core/src/clientoptions.rs", U, "Sample rate 1.5 is outside the allowed range [0.0, 1.0].")

    # --- estk/log4rs: errors go to stderr as "log4rs: {}" (lib.rs handle_error / default err_handler) ---
    R = "estk/log4rs"
    # config/raw.rs DeserializingConfigError around append/file.rs's open and the roller builder
    for typ, m in [(S, "log4rs: error deserializing appender requests: Permission denied (os error 13)"),
                   (U, "log4rs: error deserializing appender syslog: no appender deserializer for kind "
                       "`syslog` registered")]:
        add(R, "src/config/raw.rs", typ, m)
    for typ, m in [(U, "log4rs: error deserializing appender rolling: pattern does not contain `{}`"),
                   (S, "log4rs, error rotating: No space left on device (os error 28)"),
                   (S, "err compressing: \"/var/log/stemedb/stemedb.log.1733083200\", dst: "
                       "\"/var/log/stemedb/archive/stemedb.0.log.gz\": Disk quota exceeded (os error 122)")]:
        add(R, "src/append/rolling_file/policy/compound/roll/fixed_window.rs", typ, m)
    for typ, m in [(U, "log4rs: Reference to nonexistent appender: `stdout`"),
                   (U, "log4rs: Duplicate appender name `file`"),
                   (U, "log4rs: Invalid logger name `stemedb:raft`")]:
        add(R, "src/config/runtime.rs", typ, m)
    add(R, "src/lib.rs", S, "log4rs: Input/output error (os error 5)")
    add(R, "src/config/file.rs", S, "log4rs: No such file or directory (os error 2)")
    add(R, "src/config/file.rs", U, "the `yaml_format` feature is required for YAML support")
    add(R, "src/config/mod.rs", U, "Error setting the logger: SetLoggerError(())")
    add(R, "src/encode/pattern/mod.rs", U, "{ERROR: unknown formatter `q`}")

    # --- slog-rs/slog: FlushError / DuplicateDrainFlushError / Fuse / serialization errors ---
    R = "slog-rs/slog"
    for typ, m in [(S, "Encountered IO error during flushing"),
                   (U, "Drain does not support flushing"),
                   (S, "Failed to flush left drain: (Encountered IO error during flushing)"),
                   (S, "slog::Fuse Drain: Os { code: 28, kind: StorageFull, message: \"No space left on device\" }"),
                   (N, "slog::Fuse Drain: Os { code: 32, kind: BrokenPipe, message: \"Broken pipe\" }"),
                   (U, "slog::Fuse Drain: MutexDrainError::Mutex"),
                   (Z, "Other serialization error"),
                   (U, "Logger does not implement nested-values and stemedb_api::raft::LogEntry does not "
                       "implement serialize_fallback")]:
        add(R, "src/lib.rs", typ, m)

    # --- tokio-rs/console: console-subscriber (in the server) and the tokio-console client ---
    R = "tokio-rs/console"
    for typ, m in [(Z, "TOKIO_CONSOLE_BIND must be formatted as HOST:PORT, such as localhost:4321: "
                       "Custom { kind: InvalidInput, error: \"invalid socket address\" }"),
                   (N, "tokio console could not resolve TOKIO_CONSOLE_BIND"),
                   (Z, "failed to parse a duration from `TOKIO_CONSOLE_RETENTION=\"90\"`: "
                       "time unit needed, for example 90sec or 90ms"),
                   (Z, "failed to parse filter environment variable `RUST_LOG=\"stemedb=verbose\"`: "
                       "error parsing level filter: expected one of \"off\", \"error\", \"warn\", \"info\", "
                       "\"debug\", \"trace\", or a number 0-5"),
                   (N, "console subscriber server failed: tonic::transport::Error(Transport, hyper::Error(Listen, "
                       "Os { code: 98, kind: AddrInUse, message: \"Address already in use\" }))")]:
        add(R, "console-subscriber/src/builder.rs", typ, m)
    add(R, "console-subscriber/src/record.rs", S, "event recorder failed: No space left on device (os error 28)")
    add(R, "console-subscriber/src/stats.rs", U,
        "a poll ended, but start timestamp was recorded. this is probably a `console-subscriber` bug")
    add(R, "console-subscriber/src/aggregator/mod.rs", U,
        "Message too big. Start with smaller retention. min_retention=1s")
    for typ, m in [(N, "error connecting error=transport error"),
                   (N, "update stream closed by server")]:
        add(R, "tokio-console/src/conn.rs", typ, m)
    for typ, m in [(S, "creating log directory '/var/log/tokio-console': Permission denied (os error 13)"),
                   (Z, "failed to parse target address Some(\"http://[::1:6669\") as URI")]:
        add(R, "tokio-console/src/config.rs", typ, m)

    # --- eminence/procfs: ProcError Display (procfs-core/src/lib.rs) ---
    R = "eminence/procfs"
    for typ, m in [(S, "Permission Denied: /proc/1/environ"),
                   (S, "File not found: /proc/48213/stat"),
                   (Z, "Data incomplete: /proc/48213/status"),
                   (S, "Unexpected IO error(/proc/self/mountinfo): Input/output error (os error 5)"),
                   (S, "Unexpected IO error: Too many open files (os error 24)"),
                   (Z, "Unknown error ParseIntError: invalid digit found in string")]:
        add(R, "procfs-core/src/lib.rs", typ, m)
    add(R, "procfs-core/src/sys/kernel/mod.rs", Z, "Unknown error Failed to parse kernel build version")
    add(R, "procfs-core/src/process/mod.rs", Z, "Unknown error Value in `Key: Value` pair was not actually a number")
    # InternalError Display + build_internal_error! around process/stat.rs's state check
    add(R, "procfs-core/src/process/stat.rs", U,
        "Internal error: bug at /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/procfs-core-0.17.0/"
        "src/process/stat.rs:369 (please report this procfs bug)\n"
        "Internal Unwrap Error: 'Y' is not a recognized process state")

    # --- bytecodealliance/rustix: Errno Display without std ("os error N") and panics ---
    R = "bytecodealliance/rustix"
    for typ, m in [(S, "os error 28"), (T, "os error 110"), (N, "os error 104"), (S, "os error 13"),
                   (Z, "os error 74")]:
        add(R, "src/io/errno.rs", typ, m)
    add(R, "src/backend/linux_raw/param/auxv.rs", Z, "unexpected end of auxv file")
    add(R, "src/net/send_recv/msg.rs", U, "buffer too large for msghdr: TryFromIntError(())")
    add(R, "src/net/types.rs", U, "new_raw_protocol: protocol must be non-zero")
    add(R, "src/timespec.rs", U, "overflow when adding timespecs")

    # --- GuillaumeGomez/sysinfo: sysinfo_debug! (eprintln! under the "debug" feature) and Display impls ---
    R = "GuillaumeGomez/sysinfo"
    for typ, m in [(S, "Failed to get open files in `/proc/48213/fd`: Os { code: 13, kind: PermissionDenied, "
                       "message: \"Permission denied\" }"),
                   (S, "Using old memory information (failed to open \"/proc/48213/statm\": Os { code: 2, "
                       "kind: NotFound, message: \"No such file or directory\" })"),
                   (S, "Failed to open file in `copy_from_file`: Os { code: 24, kind: Uncategorized, "
                       "message: \"Too many open files\" }"),
                   (U, "Seems to not be the same process anymore")]:
        add(R, "src/unix/linux/process.rs", typ, m)
    add(R, "src/unix/linux/disk.rs", S,
        "failed to read \"/proc/diskstats\": Os { code: 5, kind: Uncategorized, message: \"Input/output error\" }")
    add(R, "src/unix/linux/system.rs", U, "cannot compute processes CPU usage: no CPU found...")
    for typ, m in [(Z, "prefix is not an integer: invalid digit found in string"),
                   (Z, "failed to parse IP address: invalid IP address syntax"),
                   (Z, "a number is not in hexadecimal format: invalid digit found in string")]:
        add(R, "src/common/network.rs", typ, m)
    add(R, "src/common/system.rs", U, "signal does not exist")
    add(R, "src/common/gpu.rs", Z, "unexpected `:` after bus")
    add(R, "src/unix/linux/gpu.rs", U, "Failed to find or load \"libnvidia-ml.so.1\"")

def holdout15(add):
    for part in (_part_bu, _part_bv, _part_bw, _part_by):
        part(add)
