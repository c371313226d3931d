"""The thirty-fourth blind batch: wordings from sources in no earlier batch.
Four helper sessions read them blind, with the same brief and conventions as
the earlier batches. Each wording was read in the file named beside it; fills
not read in the source are named in each part's note. build.py adds it to the
catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401


# part_la (holdout34): Go real-time media, WebRTC and streaming servers -- pion/webrtc, pion/dtls, pion/srtp, pion/ice, pion/stun, pion/turn, livekit/livekit, jech/galene, bluenviron/gortsplib, bluenviron/mediamtx, each read from its newest snapshot via fetch (git show HEAD:<path>), every message read in the file named beside it (errors.New / fmt.Errorf texts, Error() string methods, log.Printf / Warnf formats); the wrapping format and the wrapped sentinel were both read. Inner fills read in their own sources: pion/stun (for pion/ice and pion/turn: integrity.go "integrity check failed", message.go + errors.go DecodeErr "BadFormat for message/cookie: ...", errorcode.go TurnError "%s (error %s)" with ErrorCodeAttribute "%d: %s" and reason texts), pion/sdp (unmarshal.go "sdp: invalid port value `...`"). Fills not read in a source: Go standard library texts (net OpError, net/http client "Post ...", os "stat ...: permission denied", encoding/json "json: unknown field", crypto/cipher "cipher: message authentication failed", gopkg.in/yaml.v3 "yaml: line N: did not find expected key"); names, addresses, ports, ids, hashes plausible.
def _part_la(add):
    _la_la_webrtc(add)
    _la_la_dtls(add)
    _la_la_srtp(add)
    _la_la_ice(add)
    _la_la_stun(add)
    _la_la_turn(add)
    _la_la_livekit(add)
    _la_la_galene(add)
    _la_la_gortsplib(add)
    _la_la_mediamtx(add)


def _la_la_webrtc(add):
    # pion/webrtc errors.go sentinels, wrapped by pkg/rtcerr/errors.go Error() "<Kind>Error: %v" where the caller wraps them.
    R = "pion/webrtc"
    for typ, m, p in [
        (N, "InvalidStateError: connection closed", "peerconnection.go"),
        (A, "InvalidAccessError: invalid turn server credentials", "iceserver.go"),
        (N, "InvalidAccessError: x509Cert expired", "dtlstransport.go"),
        (U, "InvalidStateError: remote description is not set", "peerconnection.go"),
        (U, "InvalidModificationError: bundle policy cannot be modified", "peerconnection.go"),
        (N, "DTLS Handshake completed and no SRTP Protection Profile was chosen", "dtlstransport.go"),
        (N, "remote certificate does not match any fingerprint", "dtlstransport.go"),
        # sessiondescription.go "%w: %w" with pion/sdp unmarshal.go errSDPInvalidPortValue "%w `%v`".
        (Z, "failed to unmarshal SDP: sdp: invalid port value `70000`", "sessiondescription.go"),
        # "signature" here is the IVF file magic, not a cryptographic signature.
        (Z, "IVF signature mismatch", "pkg/media/ivfreader/ivfreader.go"),
        (Z, "expected and actual checksum do not match", "pkg/media/oggreader/oggreader.go"),
    ]:
        add(R, p, typ, m)


def _la_la_dtls(add):
    # pion/dtls internal/errors/errors.go sentinels; errors.go alertError "alert: %s" over pkg/protocol/alert/alert.go "Alert %s: %s".
    R = "pion/dtls"
    for typ, m, p in [
        (N, "alert: Alert Fatal: HandshakeFailure", "errors.go"),
        # internal/negotiation/srtp.go srtpError "%w: %w" (sentinel + alert.Alert).
        (N, "server responded with SRTP Profile we do not support: Alert Fatal: IllegalParameter", "internal/negotiation/srtp.go"),
        (N, "udp: listener closed", "internal/errors/errors.go"),
        (N, "certificate chain is not signed by an acceptable CA", "internal/errors/errors.go"),
        (N, "no common DTLS version between peer and local", "internal/errors/errors.go"),
        (T, "buffer: i/o timeout", "internal/errors/errors.go"),
        (Z, "data length and declared length do not match", "internal/errors/errors.go"),
        (U, "PSK and PSK Identity Hint must both be set for client", "internal/errors/errors.go"),
        (U, "CipherSuite with id(49195) is not valid", "errors.go"),
    ]:
        add(R, p, typ, m)
    # ErrCCMOpen, returned by pkg/crypto/ccm/ccm.go when the CCM tag does not verify.
    add(R, "internal/errors/errors.go", A, "ccm: message authentication failed", True)


def _la_la_srtp(add):
    # pion/srtp errors.go sentinels, wrapped "%w expected(%d) actual(%d)" / "%w: %#v" / "%w: %d" where the caller wraps them.
    R = "pion/srtp"
    add(R, "srtp_cipher_aes_cm_hmac_sha1.go", A, "failed to verify auth tag", True)
    # srtp_cipher_aead_aes_gcm.go "%w: %w" around the AEAD Open error.
    add(R, "srtp_cipher_aead_aes_gcm.go", A, "failed to verify auth tag: cipher: message authentication failed", True)
    for typ, m, p in [
        (U, "MKI already in use", "context.go"),
        (A, "MKI not found", "context.go"),
        (A, "SRTP master key is not long enough expected(16) actual(12)", "context.go"),
        (U, "no such SRTP Profile: 0x9", "context.go"),
        (Z, "packet is too short to be RTP packet: 8", "srtp.go"),
        (U, "exceeded the maximum number of packets", "srtcp.go"),
    ]:
        add(R, p, typ, m)


def _la_la_ice(add):
    # pion/ice errors.go sentinels, candidate_base.go "%w: %v in %s" / "%w: expected ... in %s", agent.go Warnf formats.
    R = "pion/ice"
    # agent.go handleInboundRequest: MESSAGE-INTEGRITY (HMAC) check of pion/stun failed (integrity.go ErrIntegrityMismatch).
    add(R, "agent.go", A, "Discard request with broken integrity from (10.0.0.12:50123), integrity check failed", True)
    for typ, m, p in [
        # internal/stun/stun.go AssertUsername "%w expected(%x) actual(%x)" (hex of the strings).
        (A, "Discard request with wrong username from (10.0.0.12:50123), username mismatch "
            "expected(754b3370517837763a5871395a72326d54) actual(754b3370517837763a4c77384e64346842)", "agent.go"),
        (T, "timeout while waiting for XORMappedAddr", "udp_mux_universal.go"),
        (N, "failed to send STUN message: write udp 0.0.0.0:50000->203.0.113.7:3478: sendto: network is unreachable",
         "udp_mux_universal.go"),
        (U, "connecting canceled by caller", "errors.go"),
        (U, "attempted to start agent twice", "errors.go"),
        (Z, "failed to parse port: invalid RFC 4566 port 70000 in 1 1 udp 2130706431 10.0.0.12 70000 typ host",
         "candidate_base.go"),
        (Z, "attribute not long enough to be ICE candidate: expected port in 842163049 1 udp 1677729535 203.0.113.7",
         "candidate_base.go"),
        (U, "Role conflict local and remote same role(controlling), localIsGreaterOrEqual(true)", "agent.go"),
    ]:
        add(R, p, typ, m)


def _la_la_stun(add):
    # pion/stun sentinels (checks.go returns them from MessageIntegrity.Check / Fingerprint.Check; agent.go on deadline).
    R = "pion/stun"
    # MESSAGE-INTEGRITY is an HMAC-SHA1 over the message: a failed check is a failed MAC.
    add(R, "integrity.go", A, "integrity check failed", True)
    for typ, m, p in [
        (Z, "fingerprint check failed", "fingerprint.go"),
        (T, "transaction is timed out", "agent.go"),
        (Z, "unexpected EOF: not enough bytes to read header", "message.go"),
    ]:
        add(R, p, typ, m)


def _la_la_turn(add):
    # pion/turn errors.go, internal/*/errors.go; client.go returns pion/stun TurnError ("%s (error %s)",
    # MessageType "Allocate error response", ErrorCodeAttribute "%d: %s" with the errorcode.go reason texts).
    R = "pion/turn"
    for typ, m, p in [
        (A, "Allocate error response (error 401: Unauthorized)", "client.go"),
        (U, "Allocate error response (error 486: Allocation Quota Reached)", "client.go"),
        (N, "all retransmissions failed for 7SbZrQ1xk0Vn2pLd", "client.go"),
        (Z, "failed to decode STUN message: BadFormat for message/cookie: 2112a443 is invalid magic cookie (should be 2112a442)",
         "client.go"),
        (A, "no such user exists agent-0042", "internal/server/util.go"),
        (A, "invalid nonce", "internal/server/nonce.go"),
        (Z, "data contains incomplete STUN or TURN frame", "internal/proto/stun_conn.go"),
        (U, "you cannot use the same channel number with different peer", "internal/allocation/errors.go"),
        (N, "failed to create tcp connection", "internal/allocation/allocation_manager.go"),
    ]:
        add(R, p, typ, m)


def _la_la_livekit(add):
    # livekit/livekit pkg/*/errors.go sentinels (psrpc errors print their message), pkg/service/auth.go,
    # pkg/service/rtcservice.go, pkg/config/config.go.
    R = "livekit/livekit"
    for typ, m, p in [
        (A, "invalid authorization header. Must start with Bearer ", "pkg/service/auth.go"),
        (A, "invalid authorization token", "pkg/service/auth.go"),
        (A, "participant is not allowed to subscribe to this track", "pkg/rtc/errors.go"),
        (A, "no permissions to access the room", "pkg/rtc/errors.go"),
        (U, "room has exceeded its max participants", "pkg/rtc/errors.go"),
        (U, "requested room does not exist", "pkg/service/errors.go"),
        (S, "key file others permissions must be set to 0", "pkg/config/config.go"),
        (Z, "could not parse config: yaml: line 14: did not find expected key", "pkg/config/config.go"),
        (T, "timed out while waiting for signal response", "pkg/service/rtcservice.go"),
        (N, "connection closed by media", "pkg/service/rtcservice.go"),
    ]:
        add(R, p, typ, m)


def _la_la_galene(add):
    # jech/galene: errors.New texts, NotAuthorisedError "not authorised: %v", log.Printf formats.
    R = "jech/galene"
    for typ, m, p in [
        (A, "not authorised: bad password", "group/group.go"),
        (A, "not authorised: user not found", "group/group.go"),
        (A, "token is in the future", "token/stateful.go"),
        (A, "token for wrong group", "token/jwt.go"),
        # webserver/api.go "Read config file: %v" over group.GetConfiguration's os.Stat error.
        (S, "Read config file: stat /var/lib/galene/data/config.json: permission denied", "webserver/api.go"),
        # group/group.go "Group file %v: %v" over readDescription's json.Decoder (DisallowUnknownFields).
        (Z, "Group file /var/lib/galene/groups/stemedb.json: json: unknown field \"allow-recordings\"", "group/group.go"),
        (N, "TURN: listenPacket(10.0.0.12:1194): listen udp4 10.0.0.12:1194: bind: address already in use",
         "turnserver/turnserver.go"),
        (N, "couldn't establish any listeners", "turnserver/turnserver.go"),
        (U, "attempted to request with no group joined", "rtpconn/webclient.go"),
    ]:
        add(R, p, typ, m)


def _la_la_gortsplib(add):
    # bluenviron/gortsplib pkg/liberrors/{client,server}.go Error() texts, pkg/auth/verify.go, pkg/base, pkg/headers.
    R = "bluenviron/gortsplib"
    for typ, m, p in [
        (A, "bad status code: 401 (Unauthorized)", "pkg/liberrors/client.go"),
        (N, "bad status code: 503 (Service Unavailable)", "pkg/liberrors/client.go"),
        (T, "UDP timeout", "pkg/liberrors/client.go"),
        (T, "session timed out", "pkg/liberrors/server.go"),
        (A, "wrong nonce", "pkg/auth/verify.go"),
        (A, "no supported authentication methods found", "pkg/auth/verify.go"),
        (Z, "invalid magic byte (0x47)", "pkg/base/interleaved_frame.go"),
        # liberrors "invalid transport header: %v" over pkg/headers/transport.go "invalid ports (%v)".
        (Z, "invalid transport header: invalid ports (7000-7001-7002)", "pkg/liberrors/client.go"),
        (U, "must be in state [prePlay preRecord], while is in state play", "pkg/liberrors/client.go"),
        (N, "no UDP packets received, switching to TCP", "pkg/liberrors/client.go"),
    ]:
        add(R, p, typ, m)


def _la_la_mediamtx(add):
    # bluenviron/mediamtx internal/*: fmt.Errorf texts.
    R = "bluenviron/mediamtx"
    for typ, m, p in [
        (T, "source of path 'cam1' has timed out", "internal/core/path.go"),
        (U, "someone is already publishing to path 'cam1'", "internal/core/path.go"),
        (U, "maximum reader count reached", "internal/core/path.go"),
        (A, "user doesn't have permission to perform action", "internal/auth/manager.go"),
        (A, "JWT not provided", "internal/auth/manager.go"),
        (N, "HTTP request failed: Post \"http://10.0.0.12:9000/auth\": dial tcp 10.0.0.12:9000: connect: connection refused",
         "internal/auth/manager.go"),
        (N, "source fingerprint does not match: expected 3e4f1a9c7b2d5e8f0a6c4b1d9e7f2a5c8b0d3e6f1a4c7b9d2e5f8a0c3b6d9e1f, "
            "got 9a1b7c3d5e2f4a6b8c0d1e3f5a7b9c2d4e6f8a0b1c3d5e7f9a2b4c6d8e0f1a3b", "internal/protocols/tls/make_config.go"),
        (Z, "file is not MP4, magic bytes are [71 64 0 16]", "internal/conf/path.go"),
        (U, "'writeQueueSize' must be a power of two", "internal/conf/conf.go"),
        (Z, "moov box not found", "internal/playback/segment_fmp4.go"),
    ]:
        add(R, p, typ, m)


# part_lb (holdout34): C/C++ mobile and embedded object databases and sync engines -- realm/realm-core, couchbase/couchbase-lite-core, Softmotions/ejdb, Tencent/MMKV, armink/FlashDB, tidesdb/tidesdb, berkeleydb/libdb and alticelabs/kyoto (Kyoto Cabinet) read from snapshots via fetch (git show HEAD:<path>); each message read in the file named per entry (C string tables, switch-case strerror functions, exception what()/Status texts, printf-style log calls), wrapped as it reaches a log where the source shows the wrapper (realm's "Failed to open Realm file at path '%1': %2" and SystemError "%1: %2 (%3)"; LiteCore's C4Error::description "<Domain> <Name|error N>, "<message>""; Berkeley DB's DB_STR "BDB<id> " prefix and __db_err ": <strerror>" suffix; Kyoto Cabinet's report "<path>: <code>: <codename>: <message>"), placeholders filled plausibly (paths, ids, sizes, LSNs; strerror texts and the sync websocket's inner messages are the usual texts, not read in the sources).
def _part_lb(add):
    _lb_realm(add)
    _lb_litecore(add)
    _lb_ejdb(add)
    _lb_mmkv(add)
    _lb_flashdb(add)
    _lb_tidesdb(add)
    _lb_bdb(add)
    _lb_kyoto(add)


def _lb_realm(add):
    # realm/realm-core: storage engine (alloc_slab, util/file, encrypted mapping, db) and the sync client/protocol.
    R = "realm/realm-core"
    P = "/var/lib/stemedb/realm/default.realm"
    for typ, m, p in [
        (S, "Failed to open Realm file at path '%s': Permission denied" % P, "src/realm/alloc_slab.cpp"),
        (Z, "Failed to open Realm file at path '%s': file is non-empty but too small (24 bytes) to be a valid Realm." % P,
         "src/realm/alloc_slab.cpp"),
        (U, "Failed to open Realm file at path '%s': Attempt to open unencrypted file with encryption key" % P,
         "src/realm/alloc_slab.cpp"),
        (Z, "Database has an unsupported version (7) and cannot be upgraded", "src/realm/exceptions.cpp"),
        (U, "Requested index 12 calling Lst::get when max is 9", "src/realm/exceptions.cpp"),
        (S, "fsync() failed: Input/output error (5)", "src/realm/util/file.cpp"),
        (A, "page 12 in file of size 65536 failed the HMAC check. Either the encryption key is incorrect or data is corrupted",
         "src/realm/util/encrypted_file_mapping.cpp"),
        (A, "Access token expired", "src/realm/sync/protocol.cpp"),
        (U, "Too many sessions in connection (BIND)", "src/realm/sync/protocol.cpp"),
        (Z, "The server sent an invalid DOWNLOAD message (Bad decompression of message)", "src/realm/sync/protocol.cpp"),
        (T, "Sync connection was not fully established in time", "src/realm/sync/noinst/client_impl_base.cpp"),
        (T, "Timed out waiting for PONG response from server", "src/realm/sync/noinst/client_impl_base.cpp"),
        (N, "TLS handshake failed: certificate verify failed", "src/realm/sync/noinst/client_impl_base.cpp"),
        (N, "Failed to connect to sync: Connection refused", "src/realm/sync/noinst/client_impl_base.cpp"),
        (A, "Websocket was closed because of an authentication issue: 401 Unauthorized",
         "src/realm/sync/noinst/client_impl_base.cpp"),
    ]:
        add(R, p, typ, m, typ == A and "HMAC" in m)


def _lb_litecore(add):
    # couchbase/couchbase-lite-core: message tables in LiteCore/Support/Error.cc, shown through
    # C4Error::description() in C/c4Error.cc ("<domain> <name>, \"<message>\"", "error <code>" when unnamed).
    R = "couchbase/couchbase-lite-core"
    for typ, m, p in [
        (S, 'LiteCore CantOpenFile, "can\'t open file"', "LiteCore/Support/Error.cc"),
        (Z, 'LiteCore CorruptData, "data is corrupted"', "LiteCore/Support/Error.cc"),
        (S, 'LiteCore Busy, "database busy/locked"', "LiteCore/Support/Error.cc"),
        (Z, 'LiteCore DatabaseTooNew, "database is in a newer file format than this software supports"',
         "LiteCore/Support/Error.cc"),
        (U, 'LiteCore NotInTransaction, "must be called during a transaction"', "LiteCore/Support/Error.cc"),
        (U, 'LiteCore InvalidParameter, "invalid database flags: create and read-only"', "LiteCore/Storage/DataFile.cc"),
        (S, 'LiteCore NotWriteable, "Transaction on read-only database"', "LiteCore/Storage/DataFile.cc"),
        (Z, 'Fleece error 5, "JSON encode/decode error"', "LiteCore/Support/Error.cc"),
        (T, 'Network error 3, "connection timed out"', "LiteCore/Support/Error.cc"),
        (N, 'Network error 11, "server TLS certificate is self-signed or has unknown root cert"', "LiteCore/Support/Error.cc"),
        (A, 'WebSocket error 401, "unauthorized"', "LiteCore/Support/Error.cc"),
        (N, 'WebSocket error 1006, "connection closed abnormally"', "LiteCore/Support/Error.cc"),
    ]:
        add(R, p, typ, m)


def _lb_ejdb(add):
    # Softmotions/ejdb: the library's own ecode explainers (ejdb2.c, jql/jql.c, jbr/jbr.c), not iowow's.
    R = "Softmotions/ejdb"
    for typ, m, p in [
        (Z, "Invalid collection metadata (EJDB_ERROR_INVALID_COLLECTION_META)", "src/ejdb2.c"),
        (U, "Invalid index mode specified (EJDB_ERROR_INVALID_INDEX_MODE)", "src/ejdb2.c"),
        (U, "Unique index constraint violated (EJDB_ERROR_UNIQUE_INDEX_CONSTRAINT_VIOLATED)", "src/ejdb2.c"),
        (U, "Collection not found (EJDB_ERROR_COLLECTION_NOT_FOUND)", "src/ejdb2.c"),
        (Z, "Patch JSON must be an object (map) (EJDB_ERROR_PATCH_JSON_NOT_OBJECT)", "src/ejdb2.c"),
        (Z, "Query parsing error (JQL_ERROR_QUERY_PARSE)", "src/jql/jql.c"),
        (U, "Found unset placeholder (JQL_ERROR_UNSET_PLACEHOLDER)", "src/jql/jql.c"),
        (U, "Reached max number of asc/desc order clauses: 64 (JQL_ERROR_ORDERBY_MAX_LIMIT)", "src/jql/jql.c"),
        (A, "Access denied (JBR_ERROR_WS_ACCESS_DENIED)", "src/jbr/jbr.c"),
        (Z, "Invalid message recieved (JBR_ERROR_WS_INVALID_MESSAGE)", "src/jbr/jbr.c"),
    ]:
        add(R, p, typ, m)


def _lb_mmkv(add):
    # Tencent/MMKV Core: MMKVError(...) log texts and CodedInputData exception what() texts.
    R = "Tencent/MMKV"
    F = "/data/data/com.stemedb.agent/files/mmkv/agent-0042"
    for typ, m, p in [
        (S, "fail to open [%s], flag 0x3, 13(Permission denied)" % F, "Core/MemoryFile.cpp"),
        (S, "fail to truncate [%s] to size 8192, No space left on device" % F, "Core/MemoryFile.cpp"),
        (S, "fail to msync [%s], Input/output error" % F, "Core/MemoryFile.cpp"),
        (S, "fail to lock fd=37, ret=-1, error:Resource temporarily unavailable", "Core/InterProcessLock.cpp"),
        (Z, "check crc [agent-0042] fail, crc32:3735928559, m_crcDigest:305419896", "Core/MMKV.cpp"),
        (Z, "check [agent-0042] error: 4096 size in total, file size is 2048", "Core/MMKV_IO.cpp"),
        (Z, "InvalidProtocolBuffer truncatedMessage", "Core/CodedInputData.cpp"),
        (Z, "InvalidProtocolBuffer malformed varint32", "Core/CodedInputData.cpp"),
        (U, "[agent-0042] reject value too large to encode: 268435456", "Core/MMKV_IO.cpp"),
        (U, "enableCompareBeforeSet will be invalid when Expiration is on", "Core/MMKV_IO.cpp"),
        (U, "ashmem agent-0042 reach size limit:1048576, consider configure with larger size", "Core/MemoryFile.cpp"),
    ]:
        add(R, p, typ, m)


def _lb_flashdb(add):
    # armink/FlashDB: FDB_INFO(...) texts of the KV and TS databases (the "[FlashDB]..." prefix left off).
    R = "armink/FlashDB"
    for typ, m, p in [
        (Z, "Error: Read the KV (boot_count@0x00002040) CRC32 check failed!", "src/fdb_kvdb.c"),
        (Z, "Error: The KV @0x00002040 length has an error.", "src/fdb_kvdb.c"),
        (S, "Error: Alloc an KV (size 1024) failed after GC. KV full.", "src/fdb_kvdb.c"),
        (U, "Error: The KV name length is more than 64", "src/fdb_kvdb.c"),
        (U, "Error: KV (env) isn't initialize OK.", "src/fdb_kvdb.c"),
        (U, "Error: db sector size (4096) MUST align with block size (8192).", "src/fdb.c"),
        (U, "Error: db MUST has more than or equal 2 sectors, current has 1 sector(s)", "src/fdb.c"),
        (S, "Error: open (/var/lib/stemedb/fdb/env.fdb.0) file failed.", "src/fdb_file.c"),
        (U, "Warning: current timestamp (1718000000) is less than or equal to the last save timestamp (1718000005). "
            "This tsl will be dropped.", "src/fdb_tsdb.c"),
        (S, "Error: write tsl failed (3)", "src/fdb_tsdb.c"),
    ]:
        add(R, p, typ, m)


def _lb_tidesdb(add):
    # tidesdb/tidesdb src/tidesdb.c: TDB_DEBUG_LOG(TDB_LOG_ERROR, ...) texts (timestamp/file prefix left off).
    R = "tidesdb/tidesdb"
    D = "/var/lib/stemedb/data/users"
    for typ, m in [
        (S, "Database is locked by another process. Only one process can open a database directory at a time."),
        (S, "Failed to open lock file: /var/lib/stemedb/data/LOCK"),
        (S, "failed to open sstable klog '%s/L1_123.klog': Too many open files -- open-file limit reached; raise ulimit -n" % D),
        (Z, "SSTable klog file %s/L1_123.klog is corrupted" % D),
        (Z, "Empty klog file %s/L2_88.klog (corrupted or incomplete SSTable)" % D),
        (S, "CF 'users' failed to open WAL: %s/wal_42.log" % D),
        (S, "Failed to rename directory %s to /var/lib/stemedb/data/users_v2, Permission denied" % D),
        (U, "Comparator 'reverse_memcmp' not found in registry and not cached"),
        (U, "Target level 5 not found (current_num_levels=4)"),
    ]:
        add(R, "src/tidesdb.c", typ, m)


def _lb_bdb(add):
    # berkeleydb/libdb: db_strerror table (src/common/db_err.c) and __db_errx/__db_err texts; DB_STR(id, msg)
    # expands to "BDB<id> <msg>" (src/dbinc/db_int.in), __db_err appends ": <strerror(ret)>".
    R = "berkeleydb/libdb"
    for typ, m, p in [
        (T, "BDB0089 DB_TIMEOUT: Operation timed out", "src/common/db_err.c"),
        (U, "BDB0068 DB_LOCK_DEADLOCK: Locker killed to resolve a deadlock", "src/common/db_err.c"),
        (S, "BDB0087 DB_RUNRECOVERY: Fatal error, run database recovery", "src/common/db_err.c"),
        (Z, "BDB0074 DB_OLDVERSION: Database requires a version upgrade", "src/common/db_err.c"),
        (U, "BDB0086 DB_REP_UNAVAIL: Too few remote sites to complete operation", "src/common/db_err.c"),
        (S, "BDB0208 DB_HEAP_FULL: no free space in db", "src/common/db_err.c"),
        (Z, "BDB0210 /var/lib/stemedb/bdb/agents.db: metadata page checksum error", "src/fileops/fop_util.c"),
        (Z, "BDB2578 DB_LOGC->get: log record LSN 3/128044: checksum mismatch", "src/log/log_get.c"),
        (S, "BDB2583 Log file 7 not found, check log directory configuration", "src/log/log_get.c"),
        (A, "BDB0175 Invalid password", "src/crypto/crypto.c"),
        (N, "BDB3586 can't bind socket to listening address: Address already in use", "src/repmgr/repmgr_net.c"),
        (U, "BDB3649 repmgr_site: port out of range [1,65535]", "src/repmgr/repmgr_method.c"),
    ]:
        add(R, p, typ, m)


def _lb_kyoto(add):
    # alticelabs/kyoto (Kyoto Cabinet): HashDB::set_error -> report "%s: " path + "%d: %s: %s" (code, codename, message)
    # in kyotocabinet/kchashdb.h, path "-" until open() has succeeded; codenames from kcdb.h, file messages from kcfile.cc via file_.error().
    R = "alticelabs/kyoto"
    K = "/var/lib/stemedb/kc/agents.kch"
    for typ, m, p in [
        (S, "-: 4: no permission: open failed (permission denied)", "kyotocabinet/kcfile.cc"),
        (S, "-: 3: no repository: open failed (file not found)", "kyotocabinet/kcfile.cc"),
        (S, "%s: 9: system error: fsync failed" % K, "kyotocabinet/kcfile.cc"),
        (S, "-: 9: system error: open failed (no space)", "kyotocabinet/kcfile.cc"),
        (Z, "%s: 5: broken file: invalid magic data of a record" % K, "kyotocabinet/kchashdb.h"),
        (Z, "-: 5: broken file: inconsistent file size", "kyotocabinet/kchashdb.h"),
        (Z, "-: 2: invalid operation: invalid magic data of the file", "kyotocabinet/kchashdb.h"),
        (Z, "%s: 9: system error: data decompression failed" % K, "kyotocabinet/kchashdb.h"),
        (U, "-: 2: invalid operation: not opened", "kyotocabinet/kchashdb.h"),
    ]:
        add(R, p, typ, m)


# part_lc (holdout34): Rust VMMs, sandboxes and OCI tooling -- google/crosvm, containers/libkrun, rust-vmm/vm-virtio, rust-vmm/linux-loader, oxidecomputer/propolis, containers/oci-spec-rs, hyperlight-dev/hyperlight, virtee/sev, all read from snapshots via fetch (git show HEAD:<path>), each wording read in the file named beside it: thiserror #[error] texts, impl Display write!/format! texts, anyhow bail!/context texts and log error! texts, placeholders filled plausibly (paths, addresses, sizes, inner OS errors as std::io::Error Display "... (os error N)" or its Debug form where the source prints {:?}). bottlerocket-os/tough was wanted but no snapshot or stored file could be had. libkrun's copy of the virtee/sev error table (src/vmm/src/linux/tee/amdsnp) and its rutabaga_gfx copy of crosvm code, and crosvm's third_party/vmm_vhost (a fork of the OFF LIMITS rust-vmm/vhost), were not used.
def _part_lc(add):
    _lc_crosvm(add)
    _lc_libkrun(add)
    _lc_vm_virtio(add)
    _lc_linux_loader(add)
    _lc_propolis(add)
    _lc_oci_spec(add)
    _lc_hyperlight(add)
    _lc_sev(add)


def _lc_crosvm(add):
    # google/crosvm: thiserror #[error] texts; base::Error Display is the io::Error Display (base/src/errno.rs);
    # GuestAddress Display is {:#x} (vm_memory/src/guest_address.rs).
    R = "google/crosvm"
    for typ, m, p in [
        (S, "failed to open disk file \"/var/lib/stemedb/vm/rootfs.qcow2\": No such file or directory (os error 2)",
         "disk/src/disk.rs"),
        (S, "failed to lock file: Resource temporarily unavailable (os error 11)", "disk/src/disk.rs"),
        (S, "failure with fdatasync: No space left on device (os error 28)", "disk/src/disk.rs"),
        (U, "maximum disk nesting depth exceeded", "disk/src/disk.rs"),
        (Z, "failure in qcow: refcount table offset past file end", "disk/src/qcow/mod.rs"),
        (Z, "failure in qcow: invalid L1 table offset", "disk/src/qcow/mod.rs"),
        (S, "failure in qcow: no free clusters", "disk/src/qcow/mod.rs"),
        (N, "tube was disconnected", "base/src/tube.rs"),
        (Z, "failed to serialize/deserialize json from packet: EOF while parsing a value at line 1 column 0",
         "base/src/tube.rs"),
        (U, "invalid guest range at 0x100000000 of size 4096", "vm_memory/src/guest_memory.rs"),
        (N, "failed to create a socket: Address family not supported by protocol (os error 97)", "net_util/src/lib.rs"),
        (S, "file operation failed : Io(Os { code: 28, kind: StorageFull, message: \"No space left on device\" })",
         "swap/src/page_handler.rs"),
        (T, "Timeout occurred while trying to join threads", "cros_async/src/blocking/cancellable_pool.rs"),
    ]:
        add(R, p, typ, m)
    # A kernel image header magic, not a cryptographic signature: sig=False.
    add(R, "x86_64/src/bzimage.rs", Z, "bad kernel header signature")


def _lc_libkrun(add):
    # containers/libkrun: libkrun's own code only (aws_nitro Display impls, init anyhow bail!/eprintln!, lib.rs error! logs).
    R = "containers/libkrun"
    for typ, m, p in [
        (S, "error launching enclave VM: unable to read cached EIF file: No such file or directory (os error 2)",
         "src/aws_nitro/src/error.rs"),
        (S, "unable to archive rootfs: No space left on device (os error 28)", "src/aws_nitro/src/error.rs"),
        (S, "error launching enclave VM: unable to open nitro enclaves device: Permission denied (os error 13)",
         "src/aws_nitro/src/error.rs"),
        (N, "device proxy error: unable to connect to vsock: Connection refused (os error 111)",
         "src/aws_nitro/src/enclave/proxy/mod.rs"),
        (N, "error with enclave VM return code listener: unable to accept vsock connection: Connection reset by peer (os error 104)",
         "src/aws_nitro/src/error.rs"),
        (N, "nl_send: No buffer space available (os error 105)", "init/src/dhcp.rs"),
        (Z, "DHCPACK too short (212 bytes)", "init/src/dhcp.rs"),
        (S, "no supported filesystem found for /dev/vda", "init/src/fs.rs"),
        (S, "chdir to /srv/stemedb failed: ENOENT: No such file or directory", "init/src/main.rs"),
        (U, "Root filesystem already configured", "src/libkrun/src/lib.rs"),
        (U, "TSI hijacking of UNIX sockets is not yet supported on macOS", "src/libkrun/src/lib.rs"),
    ]:
        add(R, p, typ, m)


def _lc_vm_virtio(add):
    # rust-vmm/vm-virtio: impl Display write! texts of virtio-queue, virtio-blk, virtio-console, virtio-vsock.
    R = "rust-vmm/vm-virtio"
    for typ, m, p in [
        (U, "invalid available ring index (more descriptors to process than queue size)", "virtio-queue/src/lib.rs"),
        (U, "trying to process requests on a queue that's not ready", "virtio-queue/src/lib.rs"),
        (U, "the combined length of all the buffers in a `DescriptorChain` would overflow", "virtio-queue/src/lib.rs"),
        (S, "flush execution failed: Input/output error (os error 5)", "virtio-blk/src/stdio_executor.rs"),
        (S, "error during write request execution: No space left on device (os error 28)",
         "virtio-blk/src/stdio_executor.rs"),
        (S, "file seek execution failed: Invalid argument (os error 22)", "virtio-blk/src/stdio_executor.rs"),
        (S, "can't execute an operation other than `read` on a read-only device", "virtio-blk/src/stdio_executor.rs"),
        (U, "can't execute unsupported request 8", "virtio-blk/src/stdio_executor.rs"),
        (U, "Console input buffer maximum capacity has been exceeded.", "virtio-console/src/console.rs"),
        (Z, "Invalid header `len` field value: 4294967295", "virtio-vsock/src/packet.rs"),
    ]:
        add(R, p, typ, m)


def _lc_linux_loader(add):
    # rust-vmm/linux-loader: impl Display texts; loader::Error writes "Kernel Loader: " then the inner
    # elf/bzimage Display, which itself starts with "Kernel Loader: " (src/loader/mod.rs).
    R = "rust-vmm/linux-loader"
    for typ, m, p in [
        (Z, "Kernel Loader: failed to load ELF kernel image: Kernel Loader: Invalid Elf magic number",
         "src/loader/elf/mod.rs"),
        (Z, "Kernel Loader: failed to load ELF kernel image: Kernel Loader: Invalid PVH note header",
         "src/loader/elf/mod.rs"),
        (S, "Kernel Loader: failed to load bzImage kernel image: Kernel Loader: Unable to read bzImage header",
         "src/loader/bzimage/mod.rs"),
        (Z, "PE Kernel Loader: invalid Image magic number", "src/loader/pe/mod.rs"),
        (S, "PE Kernel Loader: unable to seek DTB start", "src/loader/pe/mod.rs"),
        (U, "PE Kernel Loader: base address not aligned to 2 MB", "src/loader/pe/mod.rs"),
        (U, "Kernel Loader: memory to load kernel image is not enough", "src/loader/mod.rs"),
        (U, "Inserting string would make command line too long.", "src/cmdline/mod.rs"),
        (U, "Missing value for key console.", "src/cmdline/mod.rs"),
        (U, "PVH Boot Configurator: no memory map was passed to the boot configurator.",
         "src/configurator/x86_64/pvh.rs"),
    ]:
        add(R, p, typ, m)


def _lc_propolis(add):
    # oxidecomputer/propolis: thiserror #[error] texts (propolis-server, lib/propolis, crates/rfb).
    R = "oxidecomputer/propolis"
    for typ, m, p in [
        (N, "couldn't establish migration connection to source instance", "bin/propolis-server/src/lib/migrate/mod.rs"),
        (U, "a migration from the current instance is already in progress", "bin/propolis-server/src/lib/migrate/mod.rs"),
        (N, "received out-of-phase message", "bin/propolis-server/src/lib/migrate/mod.rs"),
        (Z, "couldn't decode message type (17)", "bin/propolis-server/src/lib/migrate/codec.rs"),
        (Z, "non-UTF8 string: invalid utf-8 sequence of 1 bytes from index 3", "bin/propolis-server/src/lib/migrate/codec.rs"),
        (Z, "unexpected message length 3 for type 4", "bin/propolis-server/src/lib/migrate/codec.rs"),
        (U, "Instance has already halted", "bin/propolis-server/src/lib/vm/request_queue.rs"),
        (Z, "invalid protocol version", "crates/rfb/src/proto.rs"),
        (S, "backend is read-only", "lib/propolis/src/block/crucible.rs"),
        (U, "offset or length not multiple of blocksize", "lib/propolis/src/block/crucible.rs"),
        (U, "device not migratable", "lib/propolis/src/migrate.rs"),
    ]:
        add(R, p, typ, m)


def _lc_oci_spec(add):
    # containers/oci-spec-rs: OciSpecError/ParseError #[error] texts, OciSpecError::Other(format!) texts, serde
    # custom errors (serde_json appends " at line L column C").
    R = "containers/oci-spec-rs"
    for typ, m, p in [
        (Z, "Invalid digest length 63 expected 64", "src/image/digest.rs"),
        (Z, "Invalid non-hexadecimal character in digest: 5F2AD1E3B7C94D0A8E6F13C2B4A9D7E0F1C3B5A79D8E2F4061A3C5E7B9D1F2A4",
         "src/image/digest.rs"),
        (Z, "missing ':' in digest", "src/image/digest.rs"),
        (U, "Expected algorithm sha256 but found sha512", "src/image/digest.rs"),
        (Z, "unknown namespace netns, could not convert", "src/runtime/linux.rs"),
        (Z, "no variant for CAP_NET_RAWIO (converted to NET_RAWIO) at line 14 column 31", "src/runtime/capability.rs"),
        (Z, "Invalid execCPUAffinity format: 0-3,x at line 9 column 34", "src/runtime/process.rs"),
        (S, "io operation failed", "src/error.rs"),
        (Z, "serde failed", "src/error.rs"),
        (Z, "invalid reference format", "src/distribution/reference.rs"),
        (N, "distribution: registry returned error", "src/distribution/error.rs"),
    ]:
        add(R, p, typ, m)


def _lc_hyperlight(add):
    # hyperlight-dev/hyperlight: HyperlightError #[error] texts (src/hyperlight_host/src/error.rs);
    # MemoryRegionFlags Display from src/hyperlight_host/src/mem/memory_region.rs.
    R = "hyperlight-dev/hyperlight"
    P = "src/hyperlight_host/src/error.rs"
    for typ, m in [
        (S, "Reading Writing or Seeking data failed Os { code: 2, kind: NotFound, message: \"No such file or directory\" }"),
        (Z, "The flatbuffer is invalid"),
        (Z, "String Conversion of UTF8 data to str failed"),
        (Z, "Conversion of str data to json failed"),
        (U, "Execution was cancelled by the host."),
        (T, "Guest execution hung on the execution of a host function call"),
        (U, "Guest call is already in progress"),
        (U, "HostFunction HostPrint was not found"),
        (U, "Memory requested 536870912 exceeds maximum size allowed 268435456"),
        (U, "Memory Access Violation at address 0x201000 of type WRITE, but memory is marked as READ"),
    ]:
        add(R, P, typ, m)
    # Function signatures (parameter/return types), not cryptographic signatures: sig=False.
    add(R, P, U, "Snapshot host function mismatch: missing=[], signature mismatches=[HostPrint: snapshot has [String] -> Int, registered [String, Int] -> Int]")


def _lc_sev(add):
    # virtee/sev: impl Display texts in src/error.rs (SevError "Status Code: 0x{:x}: ..." wrapped by FirmwareError
    # "Known SEV FW Error: " and UserApiError "Firmware Error Encountered: "), io::Error::new texts in src/certs.
    R = "virtee/sev"
    P = "src/error.rs"
    for typ, m in [
        (U, "Firmware Error Encountered: Known SEV FW Error: Status Code: 0x1: Invalid platform state."),
        (A, "Firmware Error Encountered: Known SEV FW Error: Status Code: 0x27: The key requested is invalid, not present, or not allowed."),
        (S, "I/O Error Encountered: Permission denied (os error 13)"),
        (Z, "VLEK hashstick is an invalid length. Should be 432 bytes in size."),
        (U, "No certificates were provided by the host, please contact your CSP."),
        (Z, "The encountered Attestation Report version 5 is not supported by the library yet."),
        (Z, "OVMF table footer GUID does not match expected GUID"),
        (S, "Failed handling file: No such file or directory (os error 2)"),
        (U, "The AMD Secure Processor detected a possible denial-of-service. Please retry your request."),
    ]:
        add(R, P, typ, m)
    # Firmware reports a signature that did not verify.
    add(R, P, A, "Firmware Error Encountered: Known SEV FW Error: Status Code: 0xa: Provided signature is invalid.", True)
    # A certificate's signature over another certificate: certificate problem, NetworkError, sig=False (convention).
    add(R, "src/certs/snp/cert.rs", N, "Signer certificate does not sign signee certificate")


# part_ld (holdout34): Go mail servers and mail libraries -- emersion/go-smtp, emersion/go-imap (v2), emersion/go-msgauth, foxcpp/maddy, mjl-/mox, inbucket/inbucket, wneessen/go-mail, flashmob/go-guerrilla, each read from a snapshot via fetch (git ls-tree / git show HEAD:<path>), every message read in the file named per entry (errors.New / fmt.Errorf texts, protocol error structs with their Error() format: go-smtp "SMTP error %03d: msg", go-imap "imap: TYPE [CODE] text", go-guerrilla "%d %s %s" canned responses, maddy SMTPError Reason/Err/Message, mox smtpclient "<err>, permanent|transient"), zerolog log texts for inbucket; placeholders filled plausibly (hosts 10.0.0.x, paths, inner Go net/tls/x509/json/crypto errors are the usual Go texts). go-mail's smtp/ fork of net/smtp and mox's vendor/ were not used.
def _part_ld(add):
    _ld_go_smtp(add)
    _ld_go_imap(add)
    _ld_go_msgauth(add)
    _ld_maddy(add)
    _ld_mox(add)
    _ld_inbucket(add)
    _ld_go_mail(add)
    _ld_go_guerrilla(add)


def _ld_go_smtp(add):
    # emersion/go-smtp: SMTPError.Error() is "SMTP error %03d" + ": " + Message (data.go).
    R = "emersion/go-smtp"
    for typ, m, p in [
        (A, "SMTP error 535: Authentication failed", "backend.go"),
        (A, "SMTP error 502: Please authenticate first", "backend.go"),
        (U, "SMTP error 504: Unsupported authentication mechanism", "backend.go"),
        (N, "smtp: server doesn't support STARTTLS", "client.go"),
        (U, "smtp: Hello called after other methods", "client.go"),
        (Z, "smtp: Malformed ENVID parameter value", "client.go"),
        (Z, 'mangled command: "MAIL FROM<agent-0042@example.org>"', "parse.go"),
        (U, "smtp: server already closed", "server.go"),
        (N, "SMTP error 550: Handshake error", "conn.go"),
        (Z, "SMTP error 454: Invalid base64 data", "conn.go"),
    ]:
        add(R, p, typ, m)


def _ld_go_imap(add):
    # emersion/go-imap v2: imap.Error.Error() is "imap: <TYPE> [<CODE>] <text>" (response.go);
    # imapwire.DecoderExpectError is "imapwire: expected <name>, got %q" (internal/imapwire/decoder.go).
    R = "emersion/go-imap"
    for typ, m, p in [
        (A, "imap: NO [AUTHENTICATIONFAILED] Authentication failed", "imapserver/session.go"),
        (U, "imap: NO [NONEXISTENT] No such mailbox", "imapserver/imapmemserver/user.go"),
        (U, "imap: NO [TOOBIG] Literals are limited to 4096 bytes for this command", "imapserver/conn.go"),
        (U, "imap: NO SASL mechanism not supported", "imapserver/authenticate.go"),
        (Z, "imap: BAD Malformed SASL response", "imapserver/authenticate.go"),
        (Z, 'in response: imapwire: expected CRLF, got "x"', "imapclient/client.go"),
        (N, "connection closed before greeting", "imapclient/client.go"),
        (N, "imapclient: server sent PREAUTH on unencrypted connection", "imapclient/client.go"),
        (Z, "utf7: invalid UTF-7", "internal/utf7/decoder.go"),
        (U, "imapclient: IDLE command closed twice", "imapclient/idle.go"),
    ]:
        add(R, p, typ, m)


def _ld_go_msgauth(add):
    # emersion/go-msgauth: dkim permFailError/tempFailError/failError all print "dkim: " + text
    # (dkim/verify.go); dmarc tempFailError prints "dmarc: " + text (dmarc/lookup.go).
    R = "emersion/go-msgauth"
    add(R, "dkim/verify.go", A, "dkim: signature did not verify: crypto/rsa: verification error", True)
    add(R, "dkim/query.go", A, "dkim: signature did not verify: dkim: invalid Ed25519 signature", True)
    for typ, m, p in [
        (N, "dkim: key unavailable: lookup sel1._domainkey.example.org on 10.0.0.53:53: server misbehaving", "dkim/query.go"),
        (A, "dkim: key revoked", "dkim/query.go"),
        (Z, "dkim: key syntax error: illegal base64 data at input byte 12", "dkim/query.go"),
        (A, "dkim: key is too short: want 1024 bits, has 512 bits", "dkim/query.go"),
        (A, "dkim: signature has expired", "dkim/verify.go"),
        (U, "dkim: no selector specified", "dkim/sign.go"),
        (U, "dmarc: no policy found for domain", "dmarc/lookup.go"),
        (Z, "dmarc: record is missing a 'p' parameter", "dmarc/lookup.go"),
        (Z, "msgauth: malformed authentication method and value", "authres/parse.go"),
    ]:
        add(R, p, typ, m)


def _ld_maddy(add):
    # foxcpp/maddy: fmt.Errorf / errors.New texts; exterrors.SMTPError.Error() returns Reason, else Err, else Message
    # (framework/exterrors/smtp.go).
    R = "foxcpp/maddy"
    for typ, m, p in [
        (S, "buffer: failed to create file: open /var/lib/maddy/buffer/"
            "5c1f0e7a9b3d24c68e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f: no space left on device",
         "framework/buffer/file.go"),
        (S, "shadow: can't read /etc/shadow due to permission error, use helper binary or run maddy as a privileged user",
         "internal/auth/shadow/module.go"),
        (A, "pam: invalid credentials or unknown user", "internal/auth/pam/pam.go"),
        (A, "shadow: wrong password", "internal/auth/shadow/read.go"),
        (A, "pass_table: hash mismatch", "internal/auth/pass_table/hash.go"),
        (N, "auth.ldap: all directory servers are unreachable", "internal/auth/ldap/ldap.go"),
        (N, "dovecot_sasl: unable to contact server: dial tcp 10.0.0.12:12345: connect: no route to host",
         "internal/auth/dovecot_sasl/dovecot_sasl.go"),
        (N, "TLS required but unsupported by downstream", "internal/smtpconn/smtpconn.go"),
        (N, "No matching TLSA records", "internal/target/remote/dane.go"),
        (T, "Global limit timeout", "internal/target/remote/remote.go"),
        (Z, "modify.dkim: /var/lib/maddy/dkim_keys/example.org_default.key: invalid PEM block",
         "internal/modify/dkim/keys.go"),
        (U, "instance name already registered", "framework/container/registry.go"),
    ]:
        add(R, p, typ, m)


def _ld_mox(add):
    # mjl-/mox: package error values wrapped with fmt.Errorf("%w: ..."); smtpclient.Error.Error() is
    # "<err>, " + "permanent"|"transient" [+ ": " + line] (smtpclient/client.go).
    R = "mjl-/mox"
    add(R, "dkim/dkim.go", A, "dkim: signature verification failed: rsa verification: crypto/rsa: verification error", True)
    add(R, "dkim/dkim.go", A, "dkim: body hash does not match: signature bodyhash "
        "8f1c2a9e4b7d3f60a5c2e1b9d8f7a6c5b4e3d2c1a0f9e8d7c6b5a4f3e2d1c0b9 != calculated bodyhash "
        "1d4e7a0b3c6f9e2d5a8b1c4f7e0d3a6b9c2f5e8d1a4b7c0f3e6d9a2b5c8f1e4d", True)
    add(R, "subjectpass/subjectpass.go", A, "subjectpass: verification failed", True)
    for typ, m, p in [
        (A, "dkim: key is too weak, need at least 1024 bits for rsa", "dkim/dkim.go"),
        (A, "subjectpass: token expired: pass token expired, signed at 2024-05-02 09:14:07 +0000 UTC, period 24h0m0s",
         "subjectpass/subjectpass.go"),
        (A, "login disabled for account: account suspended pending review", "store/account.go"),
        (N, "tls error: STARTTLS TLS handshake: tls: failed to verify certificate: x509: certificate signed by "
            "unknown authority, transient", "smtpclient/client.go"),
        (U, "message too large for remote smtp server: message is 31457280 bytes, remote has a 26214400 bytes "
            "maximum size, permanent", "smtpclient/client.go"),
        (T, "spf: lookup of dns record: example.org.: lookup example.org. on 10.0.0.53:53: "
            "read udp 10.0.0.12:53122->10.0.0.53:53: i/o timeout", "spf/spf.go"),
        (Z, "spf: malformed spf txt record", "spf/spf.go"),
        (N, "dane: no match between certificate and tlsa records", "dane/dane.go"),
        (N, 'mtasts: cannot fetch policy: http get: Get "https://mta-sts.example.org/.well-known/mta-sts.txt": '
            "dial tcp 10.0.0.12:443: connect: connection refused", "mtasts/mtasts.go"),
        (Z, "invalid bare carriage return or newline", "smtp/data.go"),
        (S, "open message file: open /home/mox/data/queue/b/1234: no such file or directory", "queue/queue.go"),
        (T, "504 - gateway timeout", "http/webserver.go"),
    ]:
        add(R, p, typ, m)


def _ld_inbucket(add):
    # inbucket/inbucket: errors.New / fmt.Errorf texts and zerolog Msg/Msgf texts.
    R = "inbucket/inbucket"
    for typ, m, p in [
        (Z, 'corrupt mailbox "/var/lib/inbucket/mail/8d4/8d4c0e/8d4c0e3b1e9a7f2c5d6b0a1e4f7c8d9b2a3e5f60/index.gob": '
            "unexpected EOF", "pkg/storage/file/mbox.go"),
        (S, "Failed to create directory", "pkg/storage/file/mbox.go"),
        (U, "message does not exist", "pkg/storage/storage.go"),
        (T, "timeout waiting for event", "pkg/extension/async_broker.go"),
        (N, "Connection error: read tcp 10.0.0.12:2500->10.0.0.31:53122: read: connection reset by peer",
         "pkg/server/smtp/handler.go"),
        (U, "Limit of 50 recipients exceeded", "pkg/server/smtp/handler.go"),
        (N, "-ERR TLS handshake failed remote error: tls: bad certificate", "pkg/server/pop3/handler.go"),
        (Z, "failed to decode JSON: invalid character '}' looking for beginning of object key string",
         "pkg/rest/apiv1_controller.go"),
        (N, "unexpected HTTP response status 503: 503 Service Unavailable", "pkg/rest/client/apiv1_client.go"),
        (Z, "sequence of periods is not permitted", "pkg/policy/address.go"),
    ]:
        add(R, p, typ, m)


def _ld_go_mail(add):
    # wneessen/go-mail: root-package texts; SendError.Error() is "<reason>: <errs>[, affected recipient(s): ...]"
    # (senderror.go).
    R = "wneessen/go-mail"
    for typ, m, p in [
        (N, "dial failed: dial tcp 10.0.0.12:587: connect: connection refused", "client.go"),
        (T, "dial failed: dial tcp 10.0.0.12:587: i/o timeout", "client.go"),
        (A, "SMTP AUTH failed: 535 5.7.8 Authentication credentials invalid", "client.go"),
        (N, 'STARTTLS mode set to: "TLSMandatory", but target host does not support STARTTLS', "client.go"),
        (N, "send failed: sending message content: write tcp 10.0.0.12:41822->10.0.0.31:587: write: broken pipe",
         "senderror.go"),
        (U, "server does not support SMTP AUTH type: CRAM-MD5", "auth.go"),
        (U, "timeout cannot be zero or negative", "client.go"),
        (S, "failed to create output file: open /var/spool/stemedb/outbox/report-000123.eml: permission denied",
         "msg.go"),
        (Z, "failed to parse EML date: mail: header could not be parsed", "eml.go"),
        (Z, "no valid PEM data found", "dkim.go"),
    ]:
        add(R, p, typ, m)


def _ld_go_guerrilla(add):
    # flashmob/go-guerrilla: Response.String() is "%d %s %s" (basic code, class+enhanced code, comment)
    # (response/enhanced.go); backends RcptError values (backends/validate.go).
    R = "flashmob/go-guerrilla"
    for typ, m, p in [
        (T, "554 5.5.0 Error: transaction timeout", "response/enhanced.go"),
        (T, "Backend has timed out while saving email", "backends/gateway.go"),
        (S, "storage not available", "backends/validate.go"),
        (T, "storage timeout", "backends/validate.go"),
        (A, "user suspended", "backends/validate.go"),
        (N, "[127.0.0.1:2525] Cannot listen on port: listen tcp 127.0.0.1:2525: bind: address already in use",
         "server.go"),
        (N, "redis cannot connect, check your settings: dial tcp 10.0.0.12:6379: connect: connection refused",
         "backends/p_redis.go"),
        (N, "error while loading the certificate: tls: private key does not match public key", "server.go"),
        (Z, "could not parse config file: unexpected end of JSON input", "config.go"),
        (U, "server pool: shutting down", "pool.go"),
        (U, "processor [spamassassin] not found", "backends/gateway.go"),
    ]:
        add(R, p, typ, m)


def holdout34(add):
    for part in (_part_la, _part_lb, _part_lc, _part_ld):
        part(add)
