"""The forty-first blind batch: wordings from sources in no earlier batch.
Four helper sessions read them blind, with the same brief and conventions as
the earlier batches. Each wording was read in the file named beside it; fills
not read in the source are named in each part's note. build.py adds it to the
catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401


# part_oe (holdout41): Rust embedded SQL engines, query parsers and document stores -- gluesql/gluesql, PoloDB/PoloDB, stoolap/stoolap, agnesoft/agdb, PRQL/prql, mozilla/mentat, pganalyze/pg_query.rs, gwenn/lemon-rs, pijul-scm/sanakirja; snapshots via fetch (git show HEAD:<path>), each message read in the file named per entry (the #[error]/#[fail]/write! Display text and, for wrappers, the prefix it adds), placeholders filled plausibly. How each wording reaches a log: - gluesql: storage crates map their errors into gluesql_core::Error::StorageMsg, shown as "storage: {0}" (core/src/result.rs); core errors get their "<kind>: " prefix from the same enum. - stoolap: parser errors reach the API as Error::Parse(e.to_string()) -> "parse error: {msg} at position line L, column C" (src/parser/error.rs + src/parser/token.rs Position Display); storage failures are Error::Internal, shown bare. - agdb: DbError Display "[{category}:{type}] {description} (at {file}:{line}:{col})" with a track_caller location and an optional " caused by {cause}" (agdb/src/db/db_error.rs); locations are given as a crates.io dependency path. - PRQL: prqlc ErrorMessage Display without a composed report: "[{code}] Error: {reason}" then "↳ Hint: {hint}" lines (prqlc/prqlc/src/error_message.rs); reasons from prqlc-parser/src/error.rs Reason Display. - PoloDB: io errors print "io error: {source}, backtrace: {backtrace}"; with RUST_BACKTRACE unset std prints "disabled backtrace". Inner OS texts are the usual std::io::Error Display ("... (os error N)"). Wordings that a library copies from another (OFF LIMITS) library were left out: lemon-rs's SQLite grammar messages ("near ...: syntax error", custom_err! texts), gluesql's "parser: " wrapper of sqlparser, PoloDB's bson and rocksdb wrappers, mentat's rusqlite "SQL error" wrapper. sanakirja: only the 2016 GitHub mirror (pijul-scm/sanakirja) is stored, so only its two Display texts are taken.
def _part_oe(add):
    _oe_gluesql(add)
    _oe_polodb(add)
    _oe_stoolap(add)
    _oe_agdb(add)
    _oe_prql(add)
    _oe_mentat(add)
    _oe_parsers(add)
    _oe_sanakirja(add)


def _oe_gluesql(add):
    R = "gluesql/gluesql"
    for typ, m in [
        (S, "storage: [FileStorage] storage path '/var/lib/stemedb/glue' does not exist"),
        (Z, "storage: [FileStorage] unsupported newer format version v3 in schema '/var/lib/stemedb/glue/events.sql'"),
        (Z, "storage: [FileStorage] invalid schema format header: missing DDL after version marker"),
        (S, "storage: [FileStorage] failed to atomically replace '/var/lib/stemedb/glue/events.sql': storage: Permission denied (os error 13); and failed to restore backup '/var/lib/stemedb/glue/events.sql.bak-01964f3a-7c2d-7e41-9b8a-3f5d2c1e0a97': storage: No such file or directory (os error 2)"),
    ]:
        add(R, "storages/file-storage/src/migration.rs", typ, m)
    for typ, m in [
        (S, "storage: file not found"),
        (Z, "storage: invalid log file content: expected value at line 1 column 1"),
    ]:
        add(R, "storages/json-storage/src/error.rs", typ, m)
    for typ, m in [
        (Z, "storage: [RedbStorage] unsupported format version v0"),
        (Z, "storage: [RedbStorage] failed to parse v1 row payload in table 'events'"),
        (U, "storage: nested transaction is not supported"),
    ]:
        add(R, "storages/redb-storage/src/error.rs", typ, m)
    add(R, "storages/sled-storage/src/open.rs", T,
        "storage: [SledStorage] timed out after 1000 ms waiting for the database lock: IO error: could not acquire lock on \"/var/lib/stemedb/glue/db\": Os { code: 11, kind: WouldBlock, message: \"Resource temporarily unavailable\" }")
    add(R, "storages/sled-storage/src/lock.rs", T, "storage: fetch failed - expired transaction has used (timeout)")
    add(R, "core/src/executor/insert/error.rs", U, "insert: lack of required column: agent_id")
    add(R, "core/src/data/value/error.rs", U, "value: the divisor should not be zero")


def _oe_polodb(add):
    R = "PoloDB/PoloDB"
    P = "src/polodb_core/errors.rs"
    for typ, m in [
        (S, "io error: No space left on device (os error 28), backtrace: disabled backtrace"),
        (Z, "journal's checksum is mismatch with data, database maybe corrupt"),
        (Z, "page magic mismatch: 7"),
        (Z, "the file is not a valid database"),
        (Z, "db version mismatched, please upgrade"),
        (Z, "decode EOF"),
        (Z, "the element type 25 is unknown"),
        (S, "database busy"),
        (S, "this file is occupied by another connection"),
        (U, "duplicate key error collection: agents, index: agent_id_1, key: agent-0042"),
        (U, "collection 'sessions' not found"),
        (U, "start transaction in another transaction"),
        (U, "the mutex is poisoned"),
        (U, "it's illegal to update '_id' field"),
    ]:
        add(R, P, typ, m)


def _oe_stoolap(add):
    R = "stoolap/stoolap"
    W = "src/storage/mvcc/wal_manager.rs"
    for typ, m in [
        (S, "failed to sync WAL: Input/output error (os error 5)"),
        (S, "failed to create WAL directory: Permission denied (os error 13)"),
        (S, "failed to write to WAL: No space left on device (os error 28)"),
        (Z, "invalid checkpoint magic number"),
        (Z, "unexpected end of data reading table name"),
    ]:
        add(R, W, typ, m)
    add(R, "src/storage/mvcc/snapshot.rs", Z, "snapshot file CRC32 mismatch: stored=0x9a3f12c4, computed=0x1b7e0d55")
    add(R, "src/storage/mvcc/file_lock.rs", S, "failed to open lock file: Permission denied (os error 13)")
    C = "src/core/error.rs"
    for typ, m in [
        (S, "database is locked by another process"),
        (U, "unique constraint failed for index idx_agents_name on column name with value node2"),
        (U, "cannot truncate table: active transactions have uncommitted changes"),
        (U, "query cancelled"),
    ]:
        add(R, C, typ, m)
    add(R, "src/parser/parser.rs", Z, "parse error: unexpected end of input, expected '(' or ')' at position line 1, column 34")
    add(R, "src/parser/parser.rs", Z, "parse error: expected integer, got 'ten' at position line 1, column 28")


def _oe_agdb(add):
    R = "agnesoft/agdb"
    P = "/usr/local/cargo/registry/src/index.crates.io-1949cf8c6b5b557f/agdb-0.13.1/src/"
    add(R, "agdb/src/db.rs", S,
        "[Db:DbCreate] Failed to create database: /var/lib/stemedb/graph.agdb (at " + P + "db.rs:266:36)\n"
        "caused by\n  [Db:TypeError] Permission denied (os error 13) (at " + P + "storage/file_storage.rs:97:24)")
    add(R, "agdb/src/storage/file_storage.rs", S,
        "[Db:TypeError] No space left on device (os error 28) (at " + P + "storage/file_storage.rs:43:42)")
    for typ, m in [
        (Z, "[Storage:NotEnoughData] Invalid version record size (3 < 8) (at " + P + "storage.rs:518:24)"),
        (Z, "[Storage:NotAllowed] Storage version '7' is higher than the current version '1' (at " + P + "storage.rs:657:24)"),
        (Z, "[Storage:OutOfBounds] Invalid record size (18446744073709551615) exceeds remaining storage (4096) (at " + P + "storage.rs:575:28)"),
        (U, "[Storage:NotAllowed] Cannot end transaction '3'. Transaction '4' in progress. (at " + P + "storage.rs:376:24)"),
        (U, "[Storage:OutOfBounds] Offset (128) out of bounds (64) (at " + P + "storage.rs:710:24)"),
    ]:
        add(R, "agdb/src/storage.rs", typ, m)
    for typ, m in [
        (U, "[Db:NotFound] Alias 'agent-0042' not found (at " + P + "db.rs:549:28)"),
        (U, "[Db:NotAllowed] Index 'username' already exists (at " + P + "db.rs:635:24)"),
        (U, "[Db:NotFound] Id '42' not found (at " + P + "db.rs:1016:13)"),
    ]:
        add(R, "agdb/src/db.rs", typ, m)
    add(R, "agdb_server/src/server_error.rs", A, "permission denied: write rights required")
    add(R, "agdb_server/src/server_db.rs", A, "token expired: 6f1c2e9a-8b7d-4c3e-a2f1-0d9e8c7b6a54")


def _oe_prql(add):
    R = "PRQL/prql"
    add(R, "prqlc/prqlc-parser/src/parser/perror.rs", Z, "Error: expected an identifier, but found keyword let")
    add(R, "prqlc/prqlc-parser/src/parser/perror.rs", Z, "Error: Expected ), but didn't find anything before the end.")
    add(R, "prqlc/prqlc-parser/src/parser/perror.rs", Z, "Error: unexpected keyword into")
    add(R, "prqlc/prqlc/src/semantic/lowering.rs", U,
        "[E0001] Error: PRQL queries must begin with 'from'\n↳ Hint: A query must start with a 'from' statement to define the main pipeline")
    add(R, "prqlc/prqlc/src/semantic/lowering.rs", U,
        "Error: internal compiler error; tracked at https://github.com/PRQL/prql/issues/4317")
    add(R, "prqlc/prqlc/src/semantic/resolver/names.rs", U, "Error: Unknown name `agent_idd`")
    add(R, "prqlc/prqlc/src/semantic/resolver/names.rs", U,
        "Error: Ambiguous name\n↳ Hint: could be any of: agents.id, events.id")
    add(R, "prqlc/prqlc/src/semantic/resolver/functions.rs", U, "Error: Too many arguments to function `derive`")
    add(R, "prqlc/prqlc/src/semantic/resolver/transforms.rs", U, "Error: `take` expected int or range, but found \"ten\"")
    add(R, "prqlc/prqlc/src/lib.rs", U, "Error: target `\"sql.oracle\"` not found")


def _oe_mentat(add):
    R = "mozilla/mentat"
    for typ, m in [
        (Z, "bad uuid 8f1c2b7e-zz41-4d0e-9c1a"),
        (S, "path /var/lib/stemedb/mentat.db already exists"),
        (U, "schema changed since query was prepared"),
        (U, "Lost the transact() race!"),
        (Z, "core schema: wanted version 1, got version Some(2)"),
    ]:
        add(R, "public-traits/errors.rs", typ, m)
    for typ, m in [
        (U, "no entid found for ident: :agent/name"),
        (S, "Could not set_user_version"),
        (S, "Failed to create temporary tables"),
        (S, "Could not update partition map"),
        (U, "Can't move transactions to a non-empty timeline"),
    ]:
        add(R, "db-traits/errors.rs", typ, m)
    add(R, "tolstoy-traits/errors.rs", N, "Received bad response from the remote: 502 Bad Gateway")
    add(R, "tolstoy-traits/errors.rs", U, "transaction processor didn't say it was done")
    add(R, "query-algebrizer-traits/errors.rs", U, "invalid number of arguments to ground: expected 1, got 2.")


def _oe_parsers(add):
    R = "pganalyze/pg_query.rs"
    for typ, m in [
        (Z, "Invalid statement format: nul byte found in provided data at position: 27"),
        (Z, "Invalid statement: syntax error at or near \"FORM\""),
        (Z, "Error scanning: unterminated quoted string at or near \"'node2\""),
        (Z, "Error parsing JSON: EOF while parsing an object at line 1 column 512"),
        (U, "Invalid pointer"),
    ]:
        add(R, "src/error.rs", typ, m)

    R = "gwenn/lemon-rs"
    for typ, m in [
        (Z, "non-terminated literal at Some(Pos { line: 1, column: 35 })"),
        (Z, "unrecognized token at Some(Pos { line: 1, column: 18 })"),
        (Z, "malformed blob literal at Some(Pos { line: 1, column: 40 })"),
        (Z, "bad number at Some(Pos { line: 2, column: 12 })"),
        (Z, "non-terminated block comment at Some(Pos { line: 3, column: 1 })"),
    ]:
        add(R, "src/lexer/sql/error.rs", typ, m)
    add(R, "src/parser/mod.rs", Z, "unexpected end of input at line: 1, column: 27")


def _oe_sanakirja(add):
    R = "pijul-scm/sanakirja"
    # "IO error: Input/output error (os error 5)" (src/transaction.rs) left out: a catalogue text.
    add(R, "src/transaction.rs", S, "Not enough space. Try opening the environment with a larger size.")


# part_of: C/C++ WAFs, TLS terminators and QUIC stacks (varnish/hitch, mtrojnar/stunnel, microsoft/msquic, private-octopus/picoquic, alibaba/xquic, owasp-modsecurity/ModSecurity, wargio/naxsi, yrutschle/sslh): snapshots via fetch, read with git show HEAD:<path>; each message read in the file named per entry (the format string as the log macro prints it, with the macro's own prefix where it adds one), placeholders filled plausibly.
def _part_of(add):
    _of_hitch(add)
    _of_stunnel(add)
    _of_msquic(add)
    _of_picoquic(add)
    _of_xquic(add)
    _of_modsecurity(add)
    _of_naxsi(add)
    _of_sslh(add)


def _of_hitch(add):
    # ERR/LOG print the format as is; ERRPROXY/LOGPROXY (src/logging.c logproxy) prefix
    # "<ip>:<port> :<listen port> <fd_up>:<fd_down> "; log_ssl_error appends ": <ERR_error_string>".
    R = "varnish/hitch"
    for typ, m in [
        (N, "{backend-connect}: Connection refused"),
        (T, "10.0.0.5:51234 :443 12:13 backend connect timeout"),
        (T, "10.0.0.5:51234 :443 12:13 SSL handshake timeout"),
        (N, "10.0.0.5:51234 :443 12:13 SSL socket error (backend): Connection reset by peer"),
        (N, "10.0.0.5:51234 :443 12:13 Handshake failure: error:0A0000C1:SSL routines::no shared cipher"),
        (S, "{client} accept() failed; too many open files for this process"),
        (Z, "{client} Received invalid PROXY/PROXYv2 header"),
        (S, "Could not read certificate '/etc/hitch/certs/stemedb.pem'"),
        (S, "Config reload failed: Unable to stat x509 certificate PEM file '/etc/hitch/certs/stemedb.pem': No such file or directory"),
        (Z, "Config reload failed: Invalid port number '70000'"),
    ]:
        add(R, "src/hitch.c", typ, m)
    add(R, "src/configuration.c", U, "Setting 'client-verify-ca' is required when configuring client-verify")
    add(R, "src/ocsp.c", N, "{core} Certificate /etc/hitch/certs/stemedb.pem has status revoked")
    add(R, "src/ocsp.c", T, "{ocsp} Error: Transmission timeout for r3.o.lencr.org:80. Consider increasing parameter 'ocsp-resp-tmo' [current value: 10.000s]")


def _of_stunnel(add):
    # s_log texts; sslerror() (src/ctx.c) prints "<txt>: <func>@<file>:<line>: <ERR_error_string>"
    # or "<txt>: Peer suddenly disconnected" when the error queue is empty.
    R = "mtrojnar/stunnel"
    for typ, m, p in [
        (N, "s_connect: connect 10.0.0.12:7000: Connection refused (111)", "src/network.c"),
        (T, "s_connect: s_poll_wait 10.0.0.12:7000: TIMEOUTconnect exceeded", "src/network.c"),
        (T, "transfer: s_poll_wait: TIMEOUTidle exceeded: sending reset", "src/client.c"),
        (N, "SSL_accept: Peer suddenly disconnected", "src/ctx.c"),
        (N, "SSL_accept: tls_post_process_client_hello@ssl/statem/statem_srvr.c:2313: error:0A0000C1:SSL routines::no shared cipher", "src/ctx.c"),
        (N, "CERT: Pre-verification error: certificate has expired", "src/verify.c"),
        (A, "PSK identity not found: agent-0042", "src/ctx.c"),
        (A, "Wrong password or PIN: giving up", "src/ctx.c"),
        (A, "Private key does not match the certificate: check_private_key@crypto/x509/x509_cmp.c:405: error:05800074:x509 certificate routines::key values mismatch", "src/ctx.c"),
        (U, "/etc/stunnel/stunnel.conf:14: \"client = maybe\": The argument needs to be either 'yes' or 'no'", "src/options.c"),
        (U, "Service [stemedb-api]: TLS server needs a certificate", "src/options.c"),
        (S, "Cannot open log file: /var/log/stunnel4/stunnel.log", "src/log.c"),
    ]:
        add(R, p, typ, m)


def _of_msquic(add):
    # QuicTraceEvent formats (ConnError "[conn][%p] ERROR, %s.", TlsError/TlsErrorStatus,
    # DatapathErrorStatus "[data][%p] ERROR, %u, %s.", LibraryError/LibraryErrorStatus).
    R = "microsoft/msquic"
    C = "[conn][0x7f3a2c0019b0] "
    for typ, m, p in [
        (Z, C + "ERROR, Invalid ACK frame.", "src/core/connection.c"),
        (N, C + "ERROR, Peer exceeded CID limit.", "src/core/connection.c"),
        (N, C + "ERROR, Custom cert validation failed.", "src/core/connection.c"),
        (T, C + "Path[1] validation timed out", "src/core/connection.c"),
        (U, C + "ERROR, Invalid wildcard remote address in connection start.", "src/core/connection.c"),
        (N, C + "ERROR, No listener found for connection.", "src/core/binding.c"),
        (Z, C + "ERROR, Resumption Ticket TParams failed to decode.", "src/core/crypto.c"),
        (N, C + "ERROR, No ALPN match found.", "src/core/crypto.c"),
        (N, "[ tls][0x7f3a2c0019b0] ERROR, Internal certificate validation failed.", "src/platform/tls_openssl.c"),
        (N, "[ tls][0x7f3a2c0019b0] ERROR, 1, SSL_do_handshake failed.", "src/platform/tls_openssl.c"),
        (N, "[data][0x55d0c8a3b2f0] ERROR, 98, bind failed.", "src/platform/datapath_epoll.c"),
        (S, "[ lib] ERROR, 24, open(/dev/urandom, O_RDONLY|O_CLOEXEC) failed.", "src/platform/platform_posix.c"),
        (U, "[ lib] ERROR, Only v2 is supported in MsQuicOpenVersion.", "src/core/library.c"),
    ]:
        add(R, p, typ, m)


def _of_picoquic(add):
    # picoquic_log_app_message / DBG_PRINTF / fprintf(stderr) texts.
    R = "private-octopus/picoquic"
    add(R, "picoquic/packet.c", A, "Retry packet rejected: integrity check failed, ret=0x403", True)
    for typ, m, p in [
        (N, "Retry packet rejected: odcid check failed", "picoquic/packet.c"),
        (Z, "Server initial too short (1180 bytes)", "picoquic/packet.c"),
        (A, "Token reuse detected, count=2", "picoquic/quicctx.c"),
        (S, "Cannot load tickets from </var/lib/stemedb/quic/tickets.bin>", "picoquic/quicctx.c"),
        (N, "Cannot get IP address for node2.stemedb.internal, err = -2 (0xfffffffe)", "picoquic/picosocks.c"),
        (Z, "Cannot parse incoming stream: 6, error: 262", "picohttp/h3zero_common.c"),
        (U, "Unsupported method on stream: 8", "picohttp/h3zero_common.c"),
        (S, "Cannot find file for path: </v1/snapshot/000123.sst> in folder </var/lib/stemedb/www>, error: 0x2", "picohttp/demoserver.c"),
        (S, "Could not open file </var/lib/stemedb/downloads/000123.sst> for stream 4, error 13 (0xd)", "picohttp/democlient.c"),
        (Z, "Invalid port: 70000", "sample/sample.c"),
    ]:
        add(R, p, typ, m)


def _of_xquic(add):
    # xqc_log_implement (src/common/xqc_log.c) prints "[level] |scid:<scid>|<function>" then the format.
    R = "alibaba/xquic"
    P = "[error] |scid:8f3a2c1d9e0b4a57|"
    for typ, m, p in [
        (N, P + "xqc_tls_do_handshake|TLS handshake error:error:0A000086:SSL routines::certificate verify failed|", "src/tls/xqc_tls.c"),
        (N, P + "xqc_ssl_cert_verify_cb|certificate verify failed with err_code:10|", "src/tls/xqc_tls.c"),
        (N, P + "xqc_tls_send_alert|ssl alert|level:2|alert:40|error:error:0A000410:SSL routines::sslv3 alert handshake failure", "src/tls/xqc_tls.c"),
        (S, "[error] |xqc_create_server_ssl_ctx|SSL_CTX_use_PrivateKey_file| error info:error:80000002:system library::No such file or directory|", "src/tls/xqc_tls_ctx.c"),
        (A, "[error] |xqc_create_server_ssl_ctx|SSL_CTX_check_private_key| error info:error:05800074:x509 certificate routines::key values mismatch|", "src/tls/xqc_tls_ctx.c"),
        (A, "[warn] |scid:8f3a2c1d9e0b4a57|xqc_conn_check_token|token decrypt error|", "src/transport/xqc_conn.c"),
        (Z, P + "xqc_packet_parse_initial|illegal pkt with wrong length", "src/transport/xqc_packet_parser.c"),
        (Z, P + "xqc_packet_parse_initial|token length exceed XQC_MAX_TOKEN_LEN|312|", "src/transport/xqc_packet_parser.c"),
        (N, "[warn] |scid:8f3a2c1d9e0b4a57|xqc_packet_parse_version_negotiation|version negotiation: aborting connection attempt|peer_versions:2|mutual:0|", "src/transport/xqc_packet_parser.c"),
        (N, P + "xqc_h3_stream_process_control|first control frame is not SETTINGS|type:1|", "src/http3/xqc_h3_stream.c"),
        (N, P + "xqc_h3_stream_close_notify|peer closed critical stream|type:0|stream_id:3|h3s:0x55d0c8a41e20", "src/http3/xqc_h3_stream.c"),
        (U, P + "xqc_h3_stream_process_in|blocked buffer size limit exceeded|stream_id:8|current:65536|adding:4096|limit:65536|", "src/http3/xqc_h3_stream.c"),
    ]:
        add(R, p, typ, m)


def _of_modsecurity(add):
    # libmodsecurity v3: RuleMessage::log (src/rule_message.cc), Driver::error
    # ("Rules error. File: .. Line: .. Column: .. <msg>", src/parser/driver.cc) and error->assign texts.
    R = "owasp-modsecurity/ModSecurity"
    add(R, "src/rule_message.cc", A,
        "ModSecurity: Access denied with code 403 (phase 2). Matched \"Operator `Ge' with parameter `5' against variable "
        "`TX:BLOCKING_INBOUND_ANOMALY_SCORE' (Value: `10' ) [file \"/etc/nginx/modsec/crs/rules/REQUEST-949-BLOCKING-EVALUATION.conf\"] "
        "[line \"222\"] [id \"949110\"] [rev \"\"] [msg \"Inbound Anomaly Score Exceeded (Total Score: 10)\"] [data \"\"] "
        "[severity \"0\"] [ver \"OWASP_CRS/4.0.0\"] [maturity \"0\"] [accuracy \"0\"] [tag \"anomaly-evaluation\"] "
        "[hostname \"10.0.0.12\"] [uri \"/v1/write\"] [unique_id \"171040515367.421960\"] [ref \"\"]")
    for typ, m, p in [
        (U, "Rules error. File: /etc/modsecurity/modsecurity.conf. Line: 42. Column: 23. SecDefaultAction must specify a disruptive action.", "src/parser/seclang-parser.yy"),
        (S, "Failed to open the file: /etc/modsecurity/crs/crs-setup.conf", "src/parser/driver.cc"),
        (U, "Rule id: 949110 is duplicated", "src/parser/driver.cc"),
        (U, "Rules must have an ID. File: /etc/modsecurity/stemedb.conf at line: 12", "src/parser/driver.cc"),
        (S, "Not able to open: /var/log/modsec_audit/20240314/20240314-1012/20240314-101233-171040515367.421960. Permission denied", "src/audit_log/writer/parallel.cc"),
        (S, "Not able to create directory: /var/log/modsec_audit/20240314: No space left on device.", "src/utils/system.cc"),
        (S, "couldn't lock shared file: /var/log/modsec_audit.log", "src/utils/shared_files.cc"),
        (Z, "Multipart: Invalid boundary in C-T (malformed).", "src/request_body_processor/multipart.cc"),
        (Z, "Multipart: Final boundary missing.", "src/request_body_processor/multipart.cc"),
        (U, "Multipart: Upload file limit exceeded 100. Use SecUploadFileLimit to change the limit.", "src/request_body_processor/multipart.cc"),
        (Z, "XML: Failed parsing document.", "src/request_body_processor/xml.cc"),
    ]:
        add(R, p, typ, m)


def _of_naxsi(add):
    # ngx_conf_log_error texts of the nginx WAF module (nginx adds " in <file>:<line>" itself).
    R = "wargio/naxsi"
    for typ, m, p in [
        (Z, "Naxsi-Config : Incorrect line BasicRule str:select (naxsi_skeleton.c:826)...", "naxsi_src/naxsi_skeleton.c"),
        (U, "Missing DeniedURL, abort.", "naxsi_src/naxsi_skeleton.c"),
        (Z, "invalid CIDR mask", "naxsi_src/naxsi_skeleton.c"),
        (U, "whitelist can't target more than one ARGS item.", "naxsi_src/naxsi_utils.c"),
        (U, "matchzone doesn't target an actual zone.", "naxsi_src/naxsi_config.c"),
        (U, "bad whitelist target name : q", "naxsi_src/naxsi_utils.c"),
    ]:
        add(R, p, typ, m)


def _of_sslh(add):
    # print_message texts.
    R = "yrutschle/sslh"
    for typ, m, p in [
        (N, "forward to ssh failed:connect: Connection refused", "common.c"),
        (N, "resolve_split_name: Name or service not known `node2.stemedb.internal:7000'", "common.c"),
        (N, "0.0.0.0:443:bind: Address already in use", "common.c"),
        (U, "tls: too many connections, dropping", "common.c"),
        (A, "connection from unknown(10.0.0.5): access denied", "common.c"),
        (S, "write_pid_file: /var/run/sslh/sslh.pid: Permission denied", "common.c"),
        (Z, "Received SSL 2.0 handshake which cannot be parsed.", "tls.c"),
        (T, "timed out, connect to ssh", "sslh-fork.c"),
        (U, "No listening address specified; use at least one -p option", "sslh-main.c"),
        (U, "Out of hash space for new incoming UDP connection -- increase udp_max_connections", "udp-listener.c"),
    ]:
        add(R, p, typ, m)


# part_og (holdout41): Go ACME, certificate and timestamping tools - letsencrypt/pebble, go-acme/lego, caddyserver/certmagic, mholt/acmez, sigstore/timestamp-authority, digitorus/timestamp, smallstep/cli, smallstep/crypto; newest snapshots via fetch (git show HEAD:<path>, vendor/ never read), each message read in the file named per entry (the format string and, for wrapped errors, the Error() method that prints it), placeholders filled plausibly (inner Go stdlib / go-jose / miekg-dns / pkcs7 errors are the usual texts, not read in these repositories).
def _part_og(add):
    _og_pebble(add)
    _og_lego(add)
    _og_certmagic(add)
    _og_acmez(add)
    _og_timestamp(add)
    _og_smallstep(add)


def _og_pebble(add):
    # letsencrypt/pebble: ProblemDetails.Error() is "%s :: %s" (type :: detail), acme/problems.go;
    # the detail texts are built in va/va.go, wfe/wfe.go; ca/ca.go returns plain errors.
    R = "letsencrypt/pebble"
    for typ, m in [
        (N, "urn:ietf:params:acme:error:unauthorized :: Failed to connect to 10.0.0.12:5001 for the tls-alpn-01 challenge"),
        (N, "urn:ietf:params:acme:error:connection :: Get \"http://node2.stemedb.internal:5002/.well-known/acme-challenge/Zk3pQ9vTqL0aR7mW\": dial tcp 10.0.0.12:5002: connect: connection refused"),
        (T, "urn:ietf:params:acme:error:unauthorized :: Error retrieving TXT records for DNS challenge (\"read udp 10.0.0.12:41234->10.0.0.2:8053: i/o timeout\")"),
    ]:
        add(R, "va/va.go", typ, m)
    for typ, m in [
        (A, "urn:ietf:params:acme:error:unauthorized :: the field 'kid' references a key that is not known to the ACME server"),
        (A, "urn:ietf:params:acme:error:badNonce :: JWS has an invalid anti-replay nonce: 7Ql2kXxW0r9vEhGmTzN4bA"),
        (A, "urn:ietf:params:acme:error:unauthorized :: Account has been deactivated"),
        (Z, "urn:ietf:params:acme:error:malformed :: Error unmarshaling finalize order request body: unexpected end of JSON input"),
        (U, "urn:ietf:params:acme:error:orderNotReady :: Order's status (\"pending\") was not ready"),
        (S, "urn:ietf:params:acme:error:serverInternal :: Error saving account"),
    ]:
        add(R, "wfe/wfe.go", typ, m)
    add(R, "wfe/wfe.go", A, "urn:ietf:params:acme:error:malformed :: JWS verification error: go-jose/go-jose: error in cryptographic primitive", True)
    add(R, "wfe/wfe.go", A, "urn:ietf:params:acme:error:badCSR :: Bad signature on CSR: x509: ECDSA verification failure", True)
    add(R, "wfe/wfe.go", A, "urn:ietf:params:acme:error:unauthorized :: external account binding JWS verification error: go-jose/go-jose: error in cryptographic primitive", True)
    add(R, "ca/ca.go", U, "must specify at least one domain name or IP address")


def _og_lego(add):
    # go-acme/lego: fmt.Errorf / errors.New texts; DNSError.Error() (challenge/internal/client_error.go),
    # HTTPDoError / UnmarshalError (internal/errutils/client.go), wait.For (internal/wait/wait.go).
    R = "go-acme/lego"
    add(R, "challenge/dns01/dns_challenge.go", T,
        "dns01: time limit exceeded: last error: authoritative nameservers: NS ns1.stemedb-dns.net.:53 did not return the expected TXT record [fqdn: _acme-challenge.node2.stemedb.example.com., value: LoqXcYV8q5ONbJQxbmR7SCTNo3tiAXDfowyjxAjEuX0]: ")
    add(R, "cmd/internal/hook/hook.go", T, "pre-renew hook: hook timed out")
    add(R, "challenge/internal/client.go", N,
        "DNS call error: read udp 10.0.0.12:53124->10.0.0.2:53: read: connection refused [ns=10.0.0.2:53, question='_acme-challenge.node2.stemedb.example.com. IN  SOA']")
    add(R, "challenge/internal/client_zone.go", N,
        "[fqdn=_acme-challenge.node2.stemedb.example.com.] unexpected response for 'stemedb.example.com.' [question='stemedb.example.com. IN  SOA', code=SERVFAIL]")
    add(R, "acme/api/internal/nonces/nonce_manager.go", N,
        "failed to get nonce from HTTP HEAD: unable to communicate with the API server: error: Head \"https://acme.stemedb.internal:14000/nonce-plz\": dial tcp 10.0.0.12:14000: connect: connection refused")
    add(R, "acme/api/internal/nonces/nonce_manager.go", N, "server did not respond with a proper nonce header")
    add(R, "challenge/http01/http_challenge_server.go", N, "could not start HTTP server for challenge: listen tcp :80: bind: address already in use")
    add(R, "internal/errutils/client.go", Z,
        "unable to unmarshal response: [status code: 200] body: <html><body>Service Unavailable</body></html> error: invalid character '<' looking for beginning of value")
    add(R, "certcrypto/crypto.go", Z, "PEM decode did not yield a valid block. Is the certificate in the right format?")
    add(R, "certcrypto/crypto.go", Z, "unknown PEM header \"EC PARAMETERS\"")
    add(R, "cmd/internal/storage/storage_accounts.go", S,
        "could not read the account file \"/var/lib/stemedb/lego/accounts/acme-v02.api.letsencrypt.org/ops@stemedb.example.com/account.json\": open /var/lib/stemedb/lego/accounts/acme-v02.api.letsencrypt.org/ops@stemedb.example.com/account.json: permission denied")
    add(R, "cmd/internal/storage/storage_certificates_writer.go", S,
        "unable to save the certificate for \"node2.stemedb.example.com\": write /var/lib/stemedb/lego/certificates/node2.stemedb.example.com.crt: no space left on device")
    add(R, "lego/client.go", U, "the HTTP client cannot be nil")
    add(R, "challenge/resolver/solver_manager.go", U, "the server returned an unexpected authorization status: deactivated")


def _og_certmagic(add):
    # caddyserver/certmagic: fmt.Errorf / errors.New texts in the files named.
    R = "caddyserver/certmagic"
    add(R, "handshake.go", T, "timed out waiting to load certificate for node2.stemedb.example.com")
    add(R, "solvers.go", T,
        "timed out waiting for record to fully propagate; verify DNS provider configuration is correct - last error: <nil>")
    add(R, "config.go", S,
        "failed storage check: open /var/lib/stemedb/certmagic/rw_test_5577006791947779410: read-only file system - storage is probably misconfigured")
    add(R, "filestorage.go", S,
        "creating lock file: open /var/lib/stemedb/certmagic/locks/issue_cert_node2.stemedb.example.com.lock: permission denied")
    add(R, "config.go", Z,
        "decoding challenge token file challenge_tokens/acme-v02.api.letsencrypt.org-directory/node2.stemedb.example.com.json (corrupted?): unexpected end of JSON input")
    add(R, "maintain.go", Z,
        "certificate file certificates/acme-v02.api.letsencrypt.org-directory/node2.stemedb.example.com/node2.stemedb.example.com.crt is malformed; error parsing PEM: x509: malformed certificate")
    add(R, "ocsp.go", N,
        "making OCSP request: Post \"http://r11.o.lencr.org\": dial tcp 10.0.0.12:80: connect: connection refused")
    add(R, "ocsp.go", N,
        "OCSP responder authorization check failed: OCSP responder certificate (subject: CN=ocsp.stemedb.internal) is not the issuer and does not carry id-kp-OCSPSigning")
    add(R, "solvers.go", N,
        "could not start listener for challenge server at :443: listen tcp :443: bind: address already in use")
    add(R, "dnsutil.go", N, "unexpected response code 'SERVFAIL' for stemedb.example.com.")
    add(R, "config.go", U, "no issuers configured; impossible to obtain or check for existing certificate in storage")
    add(R, "acmeclient.go", U, "http://acme.stemedb.example.com/directory: insecure CA URL (HTTPS required for non-internal CA)")


def _og_acmez(add):
    # mholt/acmez: fmt.Errorf texts in the files named (acme/http.go wraps each failed request as "attempt N: endpoint: ...").
    R = "mholt/acmez"
    add(R, "acme/authorization.go", T, "authorization took too long")
    add(R, "acme/order.go", T, "order took too long")
    add(R, "acme/http.go", N,
        "attempt 3: https://acme.stemedb.internal:14000/order-plz: performing request: Post \"https://acme.stemedb.internal:14000/order-plz\": dial tcp 10.0.0.12:14000: connect: connection refused")
    add(R, "acme/http.go", Z,
        "HTTP 400: JSON-decoding problem details: unexpected end of JSON input (raw='{\"type\":\"urn:ietf:params:acme:error:malformed\",')")
    add(R, "acme/http.go", Z,
        "response had invalid Retry-After header: parsing time \"soon\" as \"Mon, 02 Jan 2006 15:04:05 GMT\": cannot parse \"soon\" as \"Mon\"")
    add(R, "acme/account.go", Z, "base64-decoding MAC key: illegal base64 data at input byte 43")
    add(R, "acme/order.go", U,
        "unknown profile name 'shortlived'; supported profiles: map[classic:The same profile you're accustomed to tlsserver:Certificates for TLS servers]")
    add(R, "acme/order.go", U, "unexpected state: valid - order already finalized")
    add(R, "client.go", U,
        "node2.stemedb.example.com: no solvers available for remaining challenges (configured=[http-01 tls-alpn-01] offered=[dns-01] remaining=[dns-01])")


def _og_timestamp(add):
    # sigstore/timestamp-authority: fmt.Errorf / errors.New texts and the log lines of pkg/ntpmonitor;
    # digitorus/timestamp: ParseError strings and the "%s: %s (%v)" status error of ParseResponse.
    R = "sigstore/timestamp-authority"
    add(R, "pkg/verification/verify.go", A,
        "failed to verify timestamp: error while verifying signature: crypto/rsa: verification error", True)
    add(R, "pkg/verification/verify.go", N,
        "failed to verify timestamp: error while verifying signer certificate chain: x509: certificate signed by unknown authority")
    add(R, "pkg/verification/verify.go", N,
        "failed to verify TSA certificate: TSA certificate must be an end-entity certificate, not a CA")
    add(R, "pkg/verification/verify.go", Z,
        "timestamp response is not valid: trailing data in Time-Stamp response")
    add(R, "pkg/api/timestamp.go", Z,
        "failed to decode base64 encoded artifact hash: illegal base64 data at input byte 4")
    add(R, "pkg/api/timestamp.go", U, "request exceeds 1024 bytes")
    add(R, "pkg/verification/verify_request.go", U, "weak hash algorithm: must be SHA-256, SHA-384, or SHA-512")
    add(R, "pkg/signer/file.go", S,
        "file: reading key path /etc/timestamp-authority/signer.pem: open /etc/timestamp-authority/signer.pem: no such file or directory")
    add(R, "pkg/ntpmonitor/ntpmonitor.go", T, "ntp timeout from time.google.com, attempt 2/3")
    add(R, "pkg/ntpmonitor/ntpmonitor.go", T, "ntp response timeout from time.cloudflare.com")
    add(R, "pkg/ntpmonitor/ntpmonitor.go", U, "local time is different from time.apple.com: 2025-03-02 10:14:07.123456789 +0000 UTC")
    add(R, "pkg/ntpmonitor/config.go", Z, "failed to parse YAML: yaml: line 4: did not find expected key")

    D = "digitorus/timestamp"
    for typ, m in [
        (Z, "no pkcs7 data in Time-Stamp response"),
        (Z, "Time-Stamp response contains no hashed message"),
        (Z, "trailing data in Time-Stamp request"),
        (U, "the request is rejected: Error generating timestamp response (the request cannot be handled due to system failure)"),
        (U, "the request is rejected: unaccepted policy (the requested TSA policy is not supported by the TSA)"),
        (U, "for SHA1 use ESSCertID instead of ESSCertIDv2"),
    ]:
        add(D, "timestamp.go", typ, m)


def _og_smallstep(add):
    # smallstep/cli and smallstep/crypto: github.com/pkg/errors and fmt texts in the files named
    # (errors.Wrap prints "<msg>: <inner>").
    R = "smallstep/cli"
    add(R, "command/crypto/jwt/verify.go", A, "validation failed: invalid signature", True)
    add(R, "command/crypto/jwt/verify.go", A, "validation failed: token is expired by 2h13m5.123s (exp)")
    add(R, "command/crypto/jwt/verify.go", A, "validation failed: invalid issuer claim (iss), invalid audience claim (aud)")
    add(R, "command/certificate/verify.go", N, "certificate has been revoked according to OCSP http://ocsp.stemedb.internal:8080")
    add(R, "command/certificate/verify.go", N, "error contacting OCSP server: http://ocsp.stemedb.internal:8080")
    add(R, "command/certificate/verify.go", Z, "error parsing response from OCSP server: http://ocsp.stemedb.internal:8080")
    add(R, "command/certificate/verify.go", N,
        "error validating the CRL against the CA issuer: x509: ECDSA verification failure")
    add(R, "command/certificate/verify.go", Z, "/etc/stemedb/tls/node2.crt contains an invalid PEM block")
    add(R, "command/crypto/jwt/sign.go", U, "flag '--exp' must be in the future unless the '--subtle' flag is provided")
    add(R, "utils/cautils/token_flow.go", U, "cannot create a new token: the CA does not have any provisioner configured")
    add(R, "utils/cautils/acmeutils.go", S, "webroot directory /var/www/stemedb does not exist")
    add(R, "command/oauth/cmd.go", T, "oauth command timed out, please try again")

    C = "smallstep/crypto"
    add(C, "jose/encrypt.go", A, "failed to decrypt JWE: invalid password")
    add(C, "jose/x25519.go", A, "failed to verify XEdDSA signature", True)
    add(C, "keyutil/key.go", A, "private key does not match public key")
    add(C, "pemutil/pem.go", Z, "error decoding /etc/stemedb/tls/node2.crt: contains more than one PEM encoded block")
    add(C, "x509util/certificate_request.go", Z, "error unmarshalling certificate request: trailing data")
    add(C, "keyutil/key.go", U, "the size of the RSA key should be at least 2048 bits")
    add(C, "jose/parse.go", N, "error retrieving https://ca.stemedb.internal:9000/1.0/jwks: status code 503")
    add(C, "x509util/certpool.go", S,
        "error reading cert pool: open /etc/stemedb/certs/root_ca.crt: no such file or directory")
    add(C, "pemutil/pkcs8.go", U, "unsupported encrypted PEM: only PBES2 is supported")
    add(C, "jose/generate.go", U,
        "jose/generate: certificate doesn't contain any key usage (use --subtle to ignore usage field)")


# part_oh: data command-line tools in Rust and Go (BurntSushi/xsv, dathere/qsv, 01mf02/jaq, yamafaktory/jql, johnkerl/miller, TomWright/dasel, itchyny/gojq, mikefarah/yq); snapshots via fetch, read with git show HEAD:<path>; each wording read in the file named per entry (the message text plus the prefix the tool's main/CLI adds when it prints it: qsv "usage error: "/"io error: "/"encoding error: ", jaq "Error: ", miller "mlr: ", dasel "dasel: error: " (kong), gojq "gojq: ", yq "Error: " (cobra), jql anyhow Display or, when main returns the error, its Debug form); placeholders filled plausibly, inner OS/Go/serde errors filled with their usual texts.
def _part_oh(add):
    _oh_xsv(add)
    _oh_qsv(add)
    _oh_jaq(add)
    _oh_jql(add)
    _oh_miller(add)
    _oh_dasel(add)
    _oh_gojq(add)
    _oh_yq(add)


def _oh_xsv(add):
    # BurntSushi/xsv: CliError Display is the inner text (src/main.rs); fail!/Err(String) texts read per file.
    R = "BurntSushi/xsv"
    for typ, m, p in [
        (S, "failed to open /var/lib/stemedb/export/segments.csv: No such file or directory (os error 2)", "src/config.rs"),
        (S, "The CSV file was modified after the index file. Please re-create the index.", "src/config.rs"),
        (U, "Cannot use <stdin> with indexes", "src/config.rs"),
        (U, "Could not convert ';;' to a single ASCII character.", "src/config.rs"),
        (Z, "Unclosed quote, missing closing \".", "src/select.rs"),
        (Z, "Could not convert '1a' to an integer: invalid digit found in string", "src/select.rs"),
        (U, "Selector index 9 is out of bounds. Index must be >= 1 and <= 7.", "src/select.rs"),
        (U, "Selector name 'agent_id' does not exist as a named header in the given CSV data.", "src/select.rs"),
        (U, "Column selections must have the same number of columns, but found column selections with 2 and 3 columns.", "src/cmd/join.rs"),
        (U, "--size must be greater than 0.", "src/cmd/split.rs"),
        (U, "xsv expects commands in lowercase. Did you mean 'stats'?", "src/main.rs"),
    ]:
        add(R, p, typ, m)


def _oh_qsv(add):
    # dathere/qsv: fail_clierror!/fail_incorrectusage_clierror!/fail! texts; main.rs adds "usage error: ",
    # "io error: ", "encoding error: " by CliError variant; fetch.rs HTTP texts are its error! log and --store-error value (src/main.rs, src/clitypes.rs).
    R = "dathere/qsv"
    for typ, m, p in [
        (S, 'Cannot create cache directory "/var/lib/stemedb/cache/qsv": Os { code: 13, kind: PermissionDenied, message: "Permission denied" }', "src/cmd/fetch.rs"),
        (N, 'Cannot connect to Redis using "redis://10.0.0.12:6379/1": Connection refused (os error 111)', "src/cmd/fetch.rs"),
        (Z, "Cannot deserialize Redis cache value. Try flushing the Redis cache with --flushdb: expected value at line 1 column 1", "src/cmd/fetch.rs"),
        (A, 'HTTP error. url: "https://api.stemedb.internal/v1/agents/agent-0042", error: "Unauthorized"', "src/cmd/fetch.rs"),
        (A, "HTTP ERROR 403 - Forbidden", "src/cmd/fetch.rs"),
        (T, "rate limit timed out after 30050 ms", "src/cmd/fetch.rs"),
        (N, "Network error reaching GitHub (timeout or connection failure): error sending request for url (https://api.github.com/repos/dathere/qsv/releases)", "src/util.rs"),
        (N, "Download failed for https://download.geonames.org/export/dump/cities15000.zip - the server returned 503 Service Unavailable.", "src/util.rs"),
        (U, "usage error: Invalid user-agent value: failed to parse header value", "src/util.rs"),
        (S, "Input file '/var/lib/stemedb/export/segments.csv' does not exist", "src/util.rs"),
        # "io error: No space left on device (os error 28)" (src/main.rs) left out: a catalogue text.
        (U, "usage error: Can only index CSV, TSV/TAB or SSV files.", "src/cmd/index.rs"),
        (Z, "Failed to parse JSON from file: EOF while parsing an object at line 12 column 0", "src/cmd/json.rs"),
        (Z, "encoding error: CSV header is not valid UTF-8: agent_\ufffdid", "src/cmd/validate.rs"),
    ]:
        add(R, p, typ, m)


def _oh_jaq(add):
    # 01mf02/jaq: main.rs prints "Error: {e}" (filter errors), "Error: failed to parse: {e}" (input),
    # "Error: {path}: {io error}" (I/O); exn.rs builds the type/index/math errors; Error::str values print as JSON strings.
    R = "01mf02/jaq"
    for typ, m, p in [
        (U, 'Error: cannot index "agent-0042" with "node"', "jaq-core/src/exn.rs"),
        (U, 'Error: cannot use "12a" as integer', "jaq-core/src/exn.rs"),
        (U, 'Error: cannot calculate "node2" - 1', "jaq-core/src/exn.rs"),
        (U, 'Error: "index 12 out of bounds"', "jaq-json/src/lib.rs"),
        (Z, 'Error: "cannot convert \\"yesterday\\" to time"', "jaq-std/src/time.rs"),
        (S, "Error: /var/lib/stemedb/export/agents.json: Permission denied (os error 13)", "jaq/src/main.rs"),
        (S, 'Error: "/var/lib/stemedb/filters/vars.json": No such file or directory (os error 2)', "jaq/src/main.rs"),
        (Z, "Error: failed to parse: expected closing tag for peers (at 3:5), found end of file", "jaq-fmts/src/read/xml.rs"),
        (Z, "Error: failed to parse: lexing failed at byte 37", "jaq-fmts/src/read/cbor.rs"),
        (Z, "TOML root must be an object, found: [1,2]", "jaq-fmts/src/write/toml.rs"),
        (U, "Error: --indent expects an integer", "jaq/src/cli.rs"),
    ]:
        add(R, p, typ, m)


def _oh_jql(add):
    # yamafaktory/jql: thiserror texts of JqlRunnerError / JqlParserError; main.rs anyhow contexts
    # (render prints Display; errors returned from main print the anyhow Debug form).
    R = "yamafaktory/jql"
    for typ, m, p in [
        (U, 'Key "replication" doesn\'t exist in parent {"node" ... erm":7}', "crates/jql-runner/src/errors.rs"),
        (U, 'Keys raft, wal don\'t exist in parent {"node" ... erm":7}', "crates/jql-runner/src/errors.rs"),
        (U, 'Index 5 in parent ["node1","node2","node3"] is out of bounds', "crates/jql-runner/src/errors.rs"),
        (U, "Pipe out operator used without a preceding pipe in operator", "crates/jql-runner/src/errors.rs"),
        (U, "Query is empty", "crates/jql-runner/src/errors.rs"),
        (Z, 'Unable to parse input .peers after Key Selector "raft"', "crates/jql-parser/src/errors.rs"),
        (Z, "Invalid JSON file or content", "crates/jql/src/main.rs"),
        (Z, "Failed to deserialize the JSON data", "crates/jql/src/main.rs"),
        (S, "Error: Failed to open file /var/lib/stemedb/export/agents.json\n\nCaused by:\n    No such file or directory (os error 2)", "crates/jql/src/main.rs"),
        (Z, "Error: Failed to convert piped content from stdin\n\nCaused by:\n    invalid utf-8 sequence of 1 bytes from index 17", "crates/jql/src/main.rs"),
    ]:
        add(R, p, typ, m)


def _oh_miller(add):
    # johnkerl/miller: entrypoint.go prints "mlr: %v" unless the text already starts with "mlr".
    R = "johnkerl/miller"
    for typ, m, p in [
        (S, "mlr: open /var/lib/stemedb/export/agents.csv: no such file or directory", "pkg/lib/file_readers.go"),
        (N, 'mlr: Get "https://10.0.0.12:7000/export/agents.csv": dial tcp 10.0.0.12:7000: connect: connection refused', "pkg/lib/file_readers.go"),
        (S, "mlr: could not populate temp file: write /tmp/mlr-temp2914736150: no space left on device", "pkg/lib/util.go"),
        (Z, "mlr: CSV header/data length mismatch 5 != 4 at filename /var/lib/stemedb/export/agents.csv row 43", "pkg/input/record_reader_csv.go"),
        (Z, "mlr: valid but unmillerable JSON. Expected map (JSON object); got array", "pkg/input/record_reader_json.go"),
        (Z, 'mlr: recutils: missing ":" field separator in line "node2"', "pkg/input/record_reader_rec.go"),
        (Z, 'mlr: CSV schema change: first keys "node,term"; current keys "node,term,index"', "pkg/output/record_writer_csv.go"),
        (Z, 'mlr: hsm2sec: could not parse input "12:7x:00"', "pkg/bifs/relative_time.go"),
        (U, "mlr: for CSV, IFS can only be a single character", "pkg/input/record_reader_csv.go"),
        (U, 'mlr: verb "flitre" not found. Please use "mlr -l" for a list.', "pkg/climain/mlrcli_parse.go"),
        (U, "mlr: -I option (in-place operation) requires input files.", "pkg/climain/mlrcli_parse.go"),
        (U, "mlr: there is no current record to assign to", "pkg/dsl/cst/lvalues.go"),
    ]:
        add(R, p, typ, m)


def _oh_dasel(add):
    # TomWright/dasel: kong ctx.Errorf prints "dasel: error: %s" (internal/cli/command.go); wrapping per run.go / execute.go.
    R = "TomWright/dasel"
    for typ, m, p in [
        (U, 'dasel: error: error executing selector: execution error when processing ast.PropertyExpr: map key not found: "replication"', "model/error.go"),
        (U, 'dasel: error: error executing selector: error evaluating expression ast.CallExpr: unknown function: "lenght"', "execution/execute_func.go"),
        (U, "dasel: error: input format is required when reading stdin", "internal/cli/run.go"),
        (U, "dasel: error: failed to get input reader: unsupported reader file format: xlsx", "parsing/format.go"),
        (Z, "dasel: error: error reading input: could not decode object: invalid character '}' looking for beginning of object key string", "parsing/json/json_reader.go"),
        (Z, "dasel: error: error reading input: row 4 has more columns than headers", "parsing/csv/reader.go"),
        (Z, "dasel: error: error writing output: csv writer expects root output to be a slice/array, got map", "parsing/csv/writer.go"),
        (Z, 'dasel: error: error reading input: kdl: parse error: kdl: invalid integer "12a": strconv.ParseInt: parsing "12a": invalid syntax', "parsing/kdl/internal/parser.go"),
        (S, 'dasel: error: error loading config: error opening config file at path "/home/stemedb/dasel.yaml": open /home/stemedb/dasel.yaml: permission denied', "internal/cli/config.go"),
        (Z, "dasel: error: error loading config: error parsing config file: yaml: line 3: mapping values are not allowed in this context", "internal/cli/config.go"),
        (S, "failed to open file: open /etc/stemedb/vars.json: no such file or directory", "internal/cli/variable.go"),
    ]:
        add(R, p, typ, m)


def _oh_gojq(add):
    # itchyny/gojq: error.go Error() texts (typeErrorPreview = "type (preview)"); cli/cli.go prints "gojq: %s".
    R = "itchyny/gojq"
    linestr = '{"node":"node2",'
    invalid_json = "gojq: invalid json: <stdin>\n    %s\n    %*s  unexpected EOF" % (linestr, len(linestr) + 1, "^")
    for typ, m, p in [
        (U, "gojq: cannot iterate over: number (42)", "error.go"),
        (U, 'gojq: expected an object but got: array (["node1","node2","node3"])', "error.go"),
        (U, "gojq: function not defined: lenght/0", "error.go"),
        (U, "gojq: variable not defined: $agent", "error.go"),
        (Z, 'gojq: tonumber cannot be applied to "12a": invalid number', "func.go"),
        (Z, invalid_json, "cli/error.go"),
        (S, "gojq: open /var/lib/stemedb/export/agents.json: no such file or directory", "cli/inputs.go"),
        (U, 'gojq: compile error: module not found: "stemedb/filters"', "cli/error.go"),
        (U, "gojq: unknown flag `--slurpp'", "cli/flags.go"),
        (Z, 'gojq: cannot output a string containing NUL character: "node\\x002"', "cli/marshaler.go"),
    ]:
        add(R, p, typ, m)


def _oh_yq(add):
    # mikefarah/yq: cobra prints "Error: %s"; texts read in cmd/ and pkg/yqlib/ per entry.
    R = "mikefarah/yq"
    for typ, m, p in [
        (Z, "Error: bad file '/etc/stemedb/cluster.yaml': yaml: line 7: did not find expected key", "pkg/yqlib/stream_evaluator.go"),
        (Z, "Error: bad expression, could not find matching `]`", "pkg/yqlib/expression_postfix.go"),
        (Z, "Error: csv encoding only works for arrays, got: !!map", "pkg/yqlib/encoder_csv.go"),
        (Z, "Error: can't serialise value because it contains NUL char and you are using NUL separated output", "pkg/yqlib/printer.go"),
        (Z, 'Error: could not parse datetime of [backup.started_at]: parsing time "yesterday" as "2006-01-02T15:04:05Z07:00": cannot parse "yesterday" as "2006"', "pkg/yqlib/operator_datetime.go"),
        (U, "Error: !!str () cannot be added to a !!map (raft)", "pkg/yqlib/operator_add.go"),
        (U, "Error: value for env variable 'STEMEDB_NODE' not provided in env()", "pkg/yqlib/operator_env.go"),
        (S, "Error: failed to load /etc/stemedb/peers.yaml: open /etc/stemedb/peers.yaml: no such file or directory", "pkg/yqlib/operator_load.go"),
        (S, "Error: failed copying from /tmp/temp1842207731 to /etc/stemedb/cluster.yaml: write /etc/stemedb/cluster.yaml: no space left on device", "pkg/yqlib/file_utils.go"),
        (U, "Error: write in place flag only applicable when giving an expression and at least one file", "cmd/utils.go"),
        (U, "Error: no matches found", "cmd/evaluate_sequence_command.go"),
    ]:
        add(R, p, typ, m)


def holdout41(add):
    for part in (_part_oe, _part_of, _part_og, _part_oh):
        part(add)
