"""The fresh batch: wordings gathered after the rules and features of issue #10
were written, from sources not in the catalogue before (see FRESH_SOURCES).

Like the late nine, they are measured with the rules as they were before they
were gathered (testdata/patterns-before-fresh.toml), so the figure on them is
the classifier's on families nobody wrote rules for. Same reading and
labelling as the rest of build.py: each message was read in the named file of
a snapshot of the repository, placeholders filled plausibly; the label is what
the wording says.
"""
from errno_types import ERRNO_TYPE, S, T, Z, N, A, U

FRESH_SOURCES = [
    "LMDB/lmdb", "meilisearch/heed", "spacejam/sled", "fjall-rs/lsm-tree", "sqlite/sqlite",
    "launchbadge/sqlx", "sfackler/rust-postgres", "nix-rust/nix", "jamesmunns/postcard",
    "3Hren/msgpack-rust", "BurntSushi/rust-snappy", "dtolnay/serde-yaml", "snapview/tungstenite-rs",
    "actix/actix-web", "apache/arrow-rs-object-store", "nats-io/nats.rs", "RustCrypto/RSA",
    "brycx/pasetors", "briansmith/ring",
]

# nix's Errno Display is "{:?}: {}": the errno name, then nix's own text
# (Linux's errno.h comments, not glibc's strerror where they differ).
NIX = [("EIO", "I/O error"), ("EBADF", "Bad file number"), ("EAGAIN", "Try again"),
       ("ENOMEM", "Out of memory"), ("EXDEV", "Cross-device link"), ("ENFILE", "File table overflow"),
       ("ENOTTY", "Not a typewriter"), ("EDEADLK", "Resource deadlock would occur"),
       ("ENOLCK", "No record locks available"), ("ELOOP", "Too many symbolic links encountered"),
       ("ENETRESET", "Network dropped connection because of reset"), ("EBADMSG", "Not a data message"),
       ("EILSEQ", "Illegal byte sequence"), ("EDQUOT", "Quota exceeded"),
       ("EACCES", "Permission denied"), ("EADDRINUSE", "Address already in use"),
       ("EBUSY", "Device or resource busy"), ("ECONNABORTED", "Software caused connection abort"),
       ("ECONNREFUSED", "Connection refused"), ("ECONNRESET", "Connection reset by peer"),
       ("EHOSTUNREACH", "No route to host"), ("EINTR", "Interrupted system call"),
       ("EINVAL", "Invalid argument"), ("EMFILE", "Too many open files"),
       ("ENETUNREACH", "Network is unreachable"), ("ENOENT", "No such file or directory"),
       ("ENOSPC", "No space left on device"), ("ENOTCONN", "Transport endpoint is not connected"),
       ("EPERM", "Operation not permitted"), ("EPIPE", "Broken pipe"), ("EROFS", "Read-only file system"),
       ("ETIMEDOUT", "Connection timed out")]


def fresh(add):
    # --- LMDB (mdb_strerror; heed prints the same) ---
    LM = "LMDB/lmdb"
    for typ, m in [(U, "MDB_KEYEXIST: Key/data pair already exists"), (U, "MDB_NOTFOUND: No matching key/data pair found"),
                   (Z, "MDB_CORRUPTED: Located page was wrong type"),
                   (S, "MDB_PANIC: Update of meta page failed or environment had fatal error"),
                   (Z, "MDB_VERSION_MISMATCH: Database environment version mismatch"),
                   (Z, "MDB_INVALID: File is not an LMDB file"), (S, "MDB_MAP_FULL: Environment mapsize limit reached"),
                   (S, "MDB_MAP_RESIZED: Database contents grew beyond environment mapsize"),
                   (U, "MDB_TXN_FULL: Transaction has too many dirty pages - transaction too big"),
                   (U, "MDB_CURSOR_FULL: Internal error - cursor stack limit reached"),
                   (U, "MDB_PAGE_FULL: Internal error - page has no more space"),
                   (U, "MDB_INCOMPATIBLE: Operation and DB incompatible, or DB flags changed"),
                   (U, "MDB_BAD_TXN: Transaction must abort, has a child, or is invalid"),
                   (U, "MDB_BAD_VALSIZE: Unsupported size of key/DB name/data, or wrong DUPFIXED size"),
                   (U, "MDB_BAD_DBI: The specified DBI handle was closed/changed unexpectedly")]:
        add(LM, "libraries/liblmdb/mdb.c", typ, m)
    HD = "meilisearch/heed"
    add(HD, "heed/src/lib.rs", Z, "error while decoding: invalid value: integer `7`, expected variant index 0 <= i < 3")
    add(HD, "heed/src/lib.rs", Z, "error while encoding: the size limit has been reached")
    add(HD, "heed/src/lib.rs", U, "environment already open in this program; close it to be able to open it again with different options")

    # --- sled (0.34 Display; the 1.0 rewrite's io::Error texts) ---
    SL = "spacejam/sled"
    for typ, m, p in [(U, "Collection does not exist", "src/result.rs"),
                      (U, "Unsupported: cannot remove the default tree", "src/result.rs"),
                      (U, "Unexpected bug has happened: failed to load tree root from pagecache. PLEASE REPORT THIS BUG!", "src/result.rs"),
                      (S, "IO error: (StorageFull, io error)", "src/result.rs"),
                      (S, "IO error: (PermissionDenied, io error)", "src/result.rs"),
                      (Z, "Read corrupted data at file offset None", "src/result.rs"),
                      (Z, "encountered corrupted settings cookie with mismatched CRC.", "src/heap.rs"),
                      (Z, "encountered unknown version number when reading settings cookie", "src/heap.rs"),
                      (Z, "crc mismatch - data corruption detected", "src/heap.rs"),
                      (Z, "corrupt frame length", "src/metadata_store.rs"),
                      (Z, "crc mismatch for read of batch frame", "src/metadata_store.rs")]:
        add(SL, p, typ, m)

    # --- lsm-tree (fjall): Display is "LsmTreeError: {self:?}" ---
    LT = "fjall-rs/lsm-tree"
    for typ, m in [(S, 'LsmTreeError: Io(Os { code: 28, kind: StorageFull, message: "No space left on device" })'),
                   (S, 'LsmTreeError: Io(Os { code: 5, kind: Uncategorized, message: "Input/output error" })'),
                   (S, 'LsmTreeError: Io(Os { code: 24, kind: Uncategorized, message: "Too many open files" })'),
                   (Z, "LsmTreeError: Decompress(Lz4)"), (Z, "LsmTreeError: InvalidVersion(3)"),
                   (Z, "LsmTreeError: ChecksumMismatch { got: Checksum(81985529216486895), expected: Checksum(1147797409030816545) }"),
                   (Z, 'LsmTreeError: InvalidTag(("CompressionType", 9))'), (Z, "LsmTreeError: InvalidTrailer"),
                   (Z, 'LsmTreeError: InvalidHeader("Block")'),
                   (Z, "LsmTreeError: Utf8(Utf8Error { valid_up_to: 3, error_len: Some(1) })")]:
        add(LT, "src/error.rs", typ, m)

    # --- SQLite result-code texts (sqlite3ErrStr; rusqlite and sqlx print them) ---
    SQ = "sqlite/sqlite"
    for typ, m in [(S, "database is locked"), (S, "attempt to write a readonly database"), (S, "disk I/O error"),
                   (Z, "database disk image is malformed"), (S, "database or disk is full"),
                   (S, "unable to open database file"), (Z, "file is not a database"), (U, "SQL logic error"),
                   (U, "constraint failed"), (U, "datatype mismatch"), (U, "bad parameter or other API misuse"),
                   (U, "column index out of range"), (A, "authorization denied"), (S, "access permission denied")]:
        add(SQ, "src/main.c", typ, m)

    # --- sqlx ---
    SX = "launchbadge/sqlx"
    SP = "sqlx-core/src/error.rs"
    for typ, m in [(Z, "error with configuration: invalid port number"),
                   (S, "error returned from database: (code: 5) database is locked"),
                   (S, "error returned from database: (code: 13) database or disk is full"),
                   (N, "error communicating with database: Connection refused (os error 111)"),
                   (N, "error communicating with database: Connection reset by peer (os error 104)"),
                   (N, "error occurred while attempting to establish a TLS connection: invalid peer certificate: UnknownIssuer"),
                   (Z, "encountered unexpected or invalid data: expected 4 bytes, got 2"),
                   (U, "no rows returned by a query that expected to return at least one row"),
                   (U, "column index out of bounds: the len is 3, but the index is 5"),
                   (U, "no column found for name: term"),
                   (Z, "error occurred while decoding column 2: mismatched types; Rust type `i64` (as SQL type `INTEGER`) is not compatible with SQL type `TEXT`"),
                   (Z, "error occurred while decoding: invalid utf-8 sequence of 1 bytes from index 0"),
                   (T, "pool timed out while waiting for an open connection"),
                   (U, "attempted to acquire a connection on a closed pool"),
                   (U, "attempted to communicate with a crashed background worker"),
                   (Z, "unexpected null; try decoding as an `Option`")]:
        add(SX, SP, typ, m)

    # --- tokio-postgres ---
    PG = "sfackler/rust-postgres"
    PE = "tokio-postgres/src/error/mod.rs"
    for typ, m in [(N, "error communicating with the server: Connection reset by peer (os error 104)"),
                   (N, "error communicating with the server: Broken pipe (os error 32)"),
                   (N, "unexpected message from server"), (N, "error performing TLS handshake"),
                   (N, "error performing TLS handshake: server does not support TLS"),
                   (Z, "error serializing parameter 2"), (Z, "error deserializing column 3"),
                   (U, "invalid column `term`"), (U, "expected 3 parameters but got 2"), (N, "connection closed"),
                   (Z, "error parsing response from server: invalid message length: header length < 4"),
                   (Z, "error encoding message to server"), (A, "authentication error: unsupported SASL mechanism"),
                   (A, "authentication error: unsupported authentication method"),
                   (U, "invalid connection string: unexpected EOF"), (U, "invalid configuration: password missing"),
                   (U, "query returned an unexpected number of rows"),
                   (N, "error connecting to server: Connection refused (os error 111)"),
                   (N, "error connecting to server: failed to lookup address information: Name or service not known"),
                   (T, "timeout waiting for server")]:
        add(PG, PE, typ, m)

    # --- nix ---
    for name, text in NIX:
        add("nix-rust/nix", "src/errno.rs", ERRNO_TYPE.get(name, U), f"{name}: {text}")

    # --- postcard ---
    PC = "jamesmunns/postcard"
    for typ, m in [(U, "This is a feature that PostCard will never implement"),
                   (Z, "The serialize buffer is full"), (Z, "Hit the end of buffer, expected more data"),
                   (Z, "Found a varint that didn't terminate. Is the usize too big for this platform?"),
                   (Z, "Found a bool that wasn't 0 or 1"), (Z, "Found an invalid unicode char"),
                   (Z, "Tried to parse invalid utf-8"), (Z, "Found an Option discriminant that wasn't 0 or 1"),
                   (Z, "Found an enum discriminant that was > u32::max_value()"),
                   (Z, "The original data was not well encoded"), (Z, "Bad CRC while deserializing"),
                   (Z, "Serde Serialization Error"), (Z, "Serde Deserialization Error")]:
        add(PC, "source/postcard/src/error.rs", typ, m)

    # --- rmp-serde (MessagePack) ---
    MP = "3Hren/msgpack-rust"
    for typ, m, p in [(Z, "IO error while reading marker: failed to fill whole buffer", "rmp-serde/src/decode.rs"),
                      (Z, "IO error while reading data: failed to fill whole buffer", "rmp-serde/src/decode.rs"),
                      (Z, "wrong msgpack marker FixMap(3)", "rmp-serde/src/decode.rs"),
                      (Z, "numeric cast found out of range", "rmp-serde/src/decode.rs"),
                      (Z, "array had incorrect length, expected 4", "rmp-serde/src/decode.rs"),
                      (Z, "string found to be invalid utf8: invalid utf-8 sequence of 1 bytes from index 2", "rmp-serde/src/decode.rs"),
                      (Z, "depth limit exceeded", "rmp-serde/src/decode.rs"),
                      (Z, "attempt to serialize struct, sequence or map with unknown length", "rmp-serde/src/encode.rs"),
                      (Z, "serialize data model is invalid: expected i8 and bytes", "rmp-serde/src/encode.rs")]:
        add(MP, p, typ, m)

    # --- snap (Snappy) ---
    SN = "BurntSushi/rust-snappy"
    for m in ["snappy: input buffer (size = 4294967296) is larger than allowed (size = 4294967295)",
              "snappy: output buffer (size = 1024) is smaller than required (size = 4096)",
              "snappy: corrupt input (empty)", "snappy: corrupt input (invalid header)",
              "snappy: corrupt input (header mismatch; expected 4096 decompressed bytes but got 4000)",
              "snappy: corrupt input (expected literal read of length 60; remaining src: 12; remaining dst: 4096)",
              "snappy: corrupt input (expected valid offset but got offset 0; dst position: 17)",
              "snappy: corrupt input (expected stream header but got unexpected chunk type byte 1)",
              "snappy: corrupt input (unsupported chunk type: 2)",
              "snappy: corrupt input (bad checksum; expected: 2324967102, got: 2953275820)"]:
        add(SN, "src/error.rs", Z, m)

    # --- serde_yaml (libyaml problems and contexts from unsafe-libyaml) ---
    YM = "dtolnay/serde-yaml"
    for m, p in [("mapping values are not allowed in this context at line 3 column 9", "src/libyaml/error.rs"),
                 ("did not find expected key at line 7 column 1, while parsing a block mapping at line 2 column 1", "src/libyaml/error.rs"),
                 ("found character that cannot start any token at line 4 column 3, while scanning for the next token at line 4 column 3", "src/libyaml/error.rs"),
                 ("found unexpected end of stream at line 12 column 1, while scanning a quoted scalar at line 11 column 10", "src/libyaml/error.rs"),
                 ("EOF while parsing a value", "src/error.rs"), ("unknown anchor at line 5 column 12", "src/error.rs"),
                 ("failed to parse YAML number", "src/error.rs"),
                 ("deserializing from YAML containing more than one document is not supported", "src/error.rs"),
                 ("raft.peers: invalid type: string \"node2\", expected a sequence at line 4 column 10", "src/error.rs")]:
        add(YM, p, Z, m)

    # --- tungstenite (WebSocket) ---
    WS = "snapview/tungstenite-rs"
    for typ, m in [(N, "Trying to work with closed connection"), (N, "IO error: Connection reset by peer (os error 104)"),
                   (N, "WebSocket protocol error: Connection reset without closing handshake"),
                   (N, "WebSocket protocol error: Reserved bits are non-zero"),
                   (N, "WebSocket protocol error: Received an unmasked frame from client"),
                   (N, "WebSocket protocol error: Fragmented control frame"),
                   (N, "WebSocket protocol error: Control frame too big (payload must be 125 bytes or less)"),
                   (N, "WebSocket protocol error: Invalid close sequence"),
                   (N, "WebSocket protocol error: Handshake not finished"),
                   (N, "WebSocket protocol error: Key mismatch in \"Sec-WebSocket-Accept\" header"),
                   (Z, "UTF-8 encoding error: invalid utf-8 sequence of 1 bytes from index 5"),
                   (N, "URL error: Unable to connect to ws://node3:18182/v1/events"),
                   (Z, "URL error: URL contains empty host name"),
                   (N, "HTTP error: 502 Bad Gateway"), (A, "HTTP error: 401 Unauthorized")]:
        add(WS, "src/error.rs", typ, m)

    # --- actix-web / actix-http ---
    AC = "actix/actix-web"
    AH, AW = "actix-http/src/error.rs", "actix-web/src/error/mod.rs"
    for typ, m, p in [(Z, "error parsing HTTP message", AH), (Z, "invalid method specified", AH),
                      (Z, "invalid HTTP version specified", AH), (Z, "invalid Header provided", AH),
                      (T, "timeout", AH), (N, "I/O error: Connection reset by peer (os error 104)", AH),
                      (Z, "UTF-8 error: invalid utf-8 sequence of 1 bytes from index 0", AH),
                      (N, "payload reached EOF before completing: None", AH), (Z, "can not decode content-encoding", AH),
                      (Z, "payload reached size limit", AH),
                      (T, "request did not complete within the specified timeout", AH),
                      (T, "connection shutdown timeout", AH), (U, "handler dropped payload before reading EOF", AH),
                      (Z, "could not parse content type", AH),
                      (U, "Blocking thread pool is shut down unexpectedly", AW),
                      (Z, "Can not decode chunked transfer encoding.", AW),
                      (Z, "JSON payload has exceeded limit (32768 bytes).", AW), (U, "Content type error", AW),
                      (Z, "Json deserialize error: missing field `agent_id` at line 1 column 44", AW),
                      (Z, "Path deserialize error: invalid digit found in string", AW),
                      (Z, "Query deserialize error: invalid digit found in string", AW)]:
        add(AC, p, typ, m)

    # --- object_store (local file system, S3 over reqwest) ---
    OS = "apache/arrow-rs-object-store"
    LF, LB = "src/local.rs", "src/lib.rs"
    for typ, m, p in [(S, "Unable to create file /var/lib/stemedb/blobs/ab/12.tmp: No space left on device (os error 28)", LF),
                      (S, "Unable to open file /var/lib/stemedb/blobs/ab/12: Permission denied (os error 13)", LF),
                      (S, "Unable to read data from file /var/lib/stemedb/blobs/ab/12: Input/output error (os error 5)", LF),
                      (S, "Unable to sync data to disk for /var/lib/stemedb/blobs/ab/12: Read-only file system (os error 30)", LF),
                      (S, "Unable to create dir /var/lib/stemedb/blobs/cd: File exists (os error 17)", LF),
                      (S, "Unable to delete file /var/lib/stemedb/blobs/ab/12: Device or resource busy (os error 16)", LF),
                      (S, "Unable to rename file: Invalid cross-device link (os error 18)", LF),
                      (U, "Requested range was invalid", LF),
                      (S, "Generic LocalFileSystem error: Unable to open file /var/lib/stemedb/blobs/ab/12: No such file or directory (os error 2)", LB),
                      (S, "Object at location /var/lib/stemedb/blobs/ef/34 not found: No such file or directory (os error 2)", LB),
                      (A, "The operation lacked the necessary privileges to complete for path snapshots/000042: Server returned non-2xx status code: 403 Forbidden: AccessDenied", LB),
                      (A, "The operation lacked valid authentication credentials for path snapshots/000042: Server returned non-2xx status code: 401 Unauthorized: ", LB),
                      (U, "Configuration key: 'aws_region' is not valid for store 'S3'.", LB),
                      (U, "Error joining spawned task: task 12 panicked", LB),
                      (N, "Generic S3 error: Error performing GET https://stemedb-snapshots.s3.eu-west-1.amazonaws.com/snapshots/000042 in 30.002s, after 10 retries, max_retries: 10, retry_timeout: 180s  - HTTP error: error sending request", LB),
                      (N, "Server returned non-2xx status code: 503 Service Unavailable: SlowDown", "src/client/retry.rs"),
                      (Z, "Received header containing non-ASCII data", "src/client/header.rs")]:
        add(OS, p, typ, m)

    # --- async-nats ---
    NT = "nats-io/nats.rs"
    NL, NC, NJ = "async-nats/src/lib.rs", "async-nats/src/client.rs", "async-nats/src/jetstream/context.rs"
    for typ, m, p in [(Z, "failed to parse server or server list", NL), (N, "DNS error", NL),
                      (A, "failed signing nonce", NL), (A, "authorization violation", NL), (T, "timed out", NL),
                      (N, "TLS error", NL), (N, "reached maximum number of reconnects", NL),
                      (U, "max payload size exceeded", NC), (U, "invalid subject", NC), (T, "request timed out", NC),
                      (T, "timed out: didn't receive ack in time", NJ), (N, "broken pipe", NJ),
                      (U, "wrong last sequence", NJ), (U, "max ack pending reached", NJ),
                      (T, "jetstream request timed out", NJ), (N, "jetstream unavailable", NJ),
                      (Z, "failed to parse server response", NJ), (U, "stream not found", NJ)]:
        add(NT, p, typ, m)

    # --- RustCrypto RSA ---
    RS = "RustCrypto/RSA"
    for typ, sig, m in [(A, True, "verification error"), (A, False, "decryption error"), (A, False, "invalid modulus"),
                        (A, False, "invalid exponent"), (A, False, "modulus too small"), (A, False, "public exponent too large"),
                        (A, False, "invalid padding scheme"), (U, False, "rng error")]:
        add(RS, "src/errors.rs", typ, m, sig)

    # --- pasetors (PASETO tokens; Display is the Debug form) ---
    PS = "brycx/pasetors"
    for typ, m in [(A, "TokenValidation"), (A, "TokenFormat"), (A, "ClaimValidation(Exp)"),
                   (A, "ClaimValidation(Nbf)"), (A, "ClaimValidation(Iss)"), (Z, "ClaimInvalidJson")]:
        add(PS, "src/errors.rs", typ, m)

    # --- ring (KeyRejected, as `{:?}` prints it) ---
    RG = "briansmith/ring"
    for m in ['KeyRejected("InvalidEncoding")', 'KeyRejected("WrongAlgorithm")', 'KeyRejected("VersionNotSupported")',
              'KeyRejected("TooSmall")', 'KeyRejected("InconsistentComponents")']:
        add(RG, "src/error/key_rejected.rs", A, m)
