"""The validation batch: wordings gathered after the rules and features written
for the fresh batch (commit 32befb4) were committed, from sources in neither
batch (see VALIDATION_SOURCES). testdata/patterns-before-validation.toml is the
rule file as it was then, so TestCatalogueFresh's figure on this batch is the
figure of those rules on wordings they were not written from.

Same reading and labelling as build.py: each message read in the named file
of a snapshot of the repository, placeholders filled plausibly; the label is
what the wording says.
"""
from errno_types import S, T, Z, N, A, U

VALIDATION_SOURCES = [
    "etcd-io/etcd", "algesten/ureq", "rusqlite/rusqlite", "capnproto/capnproto-rust",
    "jcreekmore/pem-rs", "jedisct1/rust-jwt-simple", "bikeshedder/deadpool",
    "etcdv3/etcd-client", "rusticata/x509-parser",
]


def validation(add):
    # --- etcd server errors (gRPC status messages a Rust etcd client prints) ---
    ET = "etcd-io/etcd"
    for typ, m in [(S, "etcdserver: mvcc: database space exceeded"), (T, "etcdserver: request timed out"),
                   (T, "etcdserver: request timed out, possibly due to previous leader failure"),
                   (T, "etcdserver: request timed out, possibly due to connection lost"),
                   (U, "etcdserver: no leader"), (U, "etcdserver: leader changed"), (U, "etcdserver: not leader"),
                   (Z, "etcdserver: corrupt cluster"),
                   (A, "etcdserver: authentication failed, invalid user ID or password"),
                   (A, "etcdserver: permission denied"), (A, "etcdserver: invalid auth token"),
                   (A, "etcdserver: role is not granted to the user"),
                   (A, "etcdserver: permission is not granted to the role"),
                   (U, "etcdserver: mvcc: required revision has been compacted"),
                   (U, "etcdserver: too many operations in txn request"), (U, "etcdserver: request is too large"),
                   (U, "etcdserver: too many requests")]:
        add(ET, "api/v3rpc/rpctypes/error.go", typ, m)

    # --- etcd-client (Rust) ---
    EC = "etcdv3/etcd-client"
    for typ, m in [(Z, "utf8 error: invalid utf-8 sequence of 1 bytes from index 0"),
                   (U, "endpoints not managed by this client"),
                   (N, "open ssl error: error:0A000086:SSL routines::certificate verify failed"),
                   (Z, "invalid uri: invalid uri character"),
                   (N, "io error: Connection reset by peer (os error 104)")]:
        add(EC, "src/error.rs", typ, m)

    # --- ureq ---
    UQ = "algesten/ureq"
    for typ, m in [(Z, "bad uri: invalid uri character"), (N, "io: Connection reset by peer (os error 104)"),
                   (T, "timeout: global"), (T, "timeout: connect"), (T, "timeout: receive response"),
                   (N, "host not found"), (N, "redirect failed"), (N, "connection failed"), (N, "too many redirects"),
                   (Z, "gzip decompression failed: corrupt deflate stream"),
                   (Z, "json: expected value at line 1 column 1"),
                   (N, "TLS required, but transport is unsecured"),
                   (Z, "response header is too big: 65536 > 65535")]:
        add(UQ, "src/error.rs", typ, m)

    # --- rusqlite (and libsqlite3-sys's "Error code N: <sqlite3_errstr>") ---
    RQ = "rusqlite/rusqlite"
    for typ, m, p in [(S, "Error code 517: database is locked", "libsqlite3-sys/src/error.rs"),
                      (S, "Error code 13: database or disk is full", "libsqlite3-sys/src/error.rs"),
                      (Z, "Error code 11: database disk image is malformed", "libsqlite3-sys/src/error.rs"),
                      (S, "Error code 1034: disk I/O error", "libsqlite3-sys/src/error.rs"),
                      (S, "Error code 14: unable to open database file", "libsqlite3-sys/src/error.rs"),
                      (Z, "Error code 26: file is not a database", "libsqlite3-sys/src/error.rs"),
                      (U, "Error code 2067: constraint failed", "libsqlite3-sys/src/error.rs"),
                      (U, "SQLite version mismatch: 3031001 < 3045000", "libsqlite3-sys/src/error.rs"),
                      (U, "Query returned no rows", "src/error.rs"), (U, "Invalid column index: 7", "src/error.rs"),
                      (U, "Invalid column name: term", "src/error.rs"),
                      (U, "Execute returned results - did you mean to call query?", "src/error.rs"),
                      (Z, "Conversion error from type Text at index: 2, invalid digit found in string", "src/error.rs"),
                      (U, "Invalid parameter name: :agent", "src/error.rs"),
                      (U, "Multiple statements provided", "src/error.rs")]:
        add(RQ, p, typ, m)

    # --- capnp (Cap'n Proto messages) ---
    CP = "capnproto/capnproto-rust"
    for m in ["Message ends prematurely. Header claimed 12 words, but message only has 4 words",
              "Message contains out-of-bounds pointer", "Message contains non-struct pointer where struct pointer was expected.",
              "Message is too deeply-nested or contains cycles.", "Malformed double-far pointer.", "Premature end of file",
              "Premature end of packed input.", "Text contains non-utf8 data: invalid utf-8 sequence of 1 bytes from index 3",
              "Too many or too few segments 600", "Invalid segment id 7", "Unknown pointer type.",
              "Enum value or union discriminant 9 was not present in schema", "Message is too large: 2147483648"]:
        add(CP, "capnp/src/lib.rs", Z, m)

    # --- pem ---
    PM = "jcreekmore/pem-rs"
    for m in ["malformedframing", "missing BEGIN tag", "missing END tag",
              "mismatching BEGIN (\"CERTIFICATE\") and END (\"PRIVATE KEY\") tags",
              "invalid data: Invalid symbol 45, offset 12."]:
        add(PM, "src/errors.rs", Z, m)

    # --- jwt-simple ---
    JS = "jedisct1/rust-jwt-simple"
    for typ, sig, m in [(Z, False, "JWT compact encoding error"), (Z, False, "CWT decoding error"),
                        (A, False, "JWT algorithm mismatch"), (A, False, "JWT key identifier mismatch"),
                        (A, False, "Missing JWT key identifier"), (A, True, "Authentication tag didn't verify"),
                        (A, True, "Signature tag didn't verify"), (A, False, "Old token reused"),
                        (A, False, "Token is too old"), (A, False, "Token not valid yet"), (A, False, "Token has expired"),
                        (A, False, "Required issuer mismatch"), (A, False, "Required audience missing"),
                        (A, False, "Required subject mismatch"), (A, False, "Unsupported RSA modulus"),
                        (A, False, "Invalid public key"), (A, False, "Invalid key pair"),
                        (A, False, "Weak key (must be at least 96 bits)"), (A, False, "Not a JWT token"),
                        (A, False, "JWE decryption failed")]:
        add(JS, "src/error.rs", typ, m, sig)

    # --- deadpool (connection pools) ---
    DP = "bikeshedder/deadpool"
    for typ, m in [(T, "Timeout occurred while creating a new object"), (T, "Timeout occurred while recycling an object"),
                   (N, "Error occurred while creating a new object: error connecting to server: Connection refused (os error 111)"),
                   (U, "Pool has been closed"), (U, "No runtime specified")]:
        add(DP, "src/managed/errors.rs", typ, m)

    # --- x509-parser ---
    XP = "rusticata/x509-parser"
    for typ, m in [(N, "invalid X.509 name"), (N, "invalid X.509 Subject Public Key Info"), (N, "invalid TBS certificate"),
                   (N, "invalid certificate"), (Z, "base64 decode error"), (Z, "incomplete PEM")]:
        add(XP, "src/error.rs", typ, m)
