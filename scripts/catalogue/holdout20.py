"""The twentieth blind batch: wordings from sources in no earlier batch, gathered
after the eighteenth and nineteenth joined the catalogue, at the same time as
the twenty-first. Four helper sessions read them blind, with the same brief
and conventions as the earlier batches. Each wording was read in the file
named beside it; fills not read in the source are named in each part's note.
build.py adds it to the catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401

# Auth/credential libraries: cedar-policy/cedar, osohq/oso, lldap/lldap, inejge/ldap3, constantoine/totp-rs, sru-systems/rust-argon2, FiloSottile/age, hashicorp/go-secure-stdlib; snapshots via fetch, read with git show, each wording read in the file named per entry (Display / Error() text, placeholders filled).
def _part_ea(add):
    # --- cedar-policy/cedar (policy engine: evaluation, parsing, entities, schema) ---
    R = "cedar-policy/cedar"
    add(R, "cedar-policy-core/src/authorizer/err.rs", U,
        "while evaluating policy `policy0`: entity `User::\"agent-0042\"` does not exist")
    for typ, m in [(U, "integer overflow while attempting to multiply the values `4611686018427387904` and `4`"),
                   (U, "`Node::\"node2\"` does not have the attribute `region`"),
                   (U, "recursion limit reached")]:
        add(R, "cedar-policy-core/src/evaluator/err.rs", typ, m)
    for typ, m in [(Z, "in attribute `region` on `Node::\"node2\"`, found a `null`; JSON `null`s are not allowed in Cedar"),
                   (Z, "while parsing context, expected the record to have an attribute `source_ip`, but it does not")]:
        add(R, "cedar-policy-core/src/entities/json/err.rs", typ, m)
    for typ, m in [(Z, "'=' is not a valid operator in Cedar"),
                   (Z, "integer literal `99999999999999999999` is too large")]:
        add(R, "cedar-policy-core/src/parser/err.rs", typ, m)
    add(R, "cedar-policy-core/src/entities/err.rs", U, "duplicate entity entry `User::\"agent-0042\"`")
    for typ, m in [(U, "unable to remove policy template `tmpl-readers` because it has active links"),
                   (U, "action `Action::\"write\"` does not exist in the supplied schema")]:
        add(R, "cedar-policy/src/api/err.rs", typ, m)

    # --- osohq/oso (polar-core runtime/parse errors, Rust and Go host libraries) ---
    R = "osohq/oso"
    for typ, m in [(T, "Query timeout: Query running for 30012ms, which exceeds the timeout of 30000ms. To disable timeouts, set the POLAR_TIMEOUT_MS environment variable to 0."),
                   (Z, "hit the end of the file unexpectedly. Did you forget a semi-colon at line 14, column 1 of file /etc/stemedb/authz.polar:\n\tallow(actor, \"read\", resource) if\n"),
                   (Z, "did not expect to find the token 'if'"),
                   (Z, "Duplicate key: owner"),
                   (Z, "Serialization error: expected value at line 1 column 1"),
                   (U, "Unregistered class: Document"),
                   (U, "Query for undefined rule `has_role`")]:
        add(R, "polar-core/src/error.rs", typ, m)
    add(R, "polar-core/src/vm.rs", U, "Goal stack overflow! MAX_GOALS = 10000")
    for typ, m in [(A, "Oso Not Found Error -- the current user does not have permission to read the given resource. You should handle this error by returning a 404 error to the client."),
                   (A, "Oso Forbidden Error -- the requested action was not allowed for the given resource. Most often, you should handle this error by returning a 403 error to the client."),
                   (S, "Could not find file: /etc/stemedb/authz.polar")]:
        add(R, "languages/go/errors/error.go", typ, m)

    # --- lldap/lldap (LDAP server: domain errors, auth service, LDAP bind) ---
    R = "lldap/lldap"
    for typ, m in [(S, "Database error: `Execution Error: error returned from database: (code: 5) database is locked`"),
                   (N, "Database error: `Connection Error: error communicating with database: Connection refused (os error 111)`"),
                   (Z, "Invalid base64: `Invalid symbol 45, offset 12.`")]:
        add(R, "crates/domain-model/src/error.rs", typ, m)
    for typ, m in [(A, "Authentication error for user \"agent-0042\""),
                   (Z, "Internal error: `Corrupted password file for agent-0042`")]:
        add(R, "crates/sql-backend-handler/src/sql_opaque_handler.rs", typ, m)
    add(R, "crates/sql-backend-handler/src/sql_user_backend_handler.rs", U, "Entity not found: `No such user: 'agent-0042'`")
    for typ, m in [(A, "Expired JWT"),
                   (A, "Unsupported JWT algorithm: 'RS256'. Supported ones are: ['HS512']")]:
        add(R, "server/src/auth_service.rs", typ, m)
    add(R, "crates/ldap/src/password.rs", A, "Anonymous bind not allowed")
    add(R, "server/src/ldap_server.rs", N, "while binding to the port 3890: Address already in use (os error 98)")
    add(R, "server/src/healthcheck.rs", N, "No answer from LDAP server")
    add(R, "server/src/tls.rs", N, "No certificates found in /etc/lldap/cert.pem")
    add(R, "server/src/configuration.rs", S, "Could not read key file `server_key`: Permission denied (os error 13)")

    # --- inejge/ldap3 (LDAP client: LdapError and LdapResult Display) ---
    R = "inejge/ldap3"
    for typ, m in [(T, "timeout: deadline has elapsed"),
                   (A, "LDAP operation result: rc=49 (invalidCredentials), dn: \"\", text: \"80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 52e, v4563\""),
                   (A, "LDAP operation result: rc=50 (insufficientAccessRights), dn: \"\", text: \"no write access to parent\""),
                   (T, "LDAP operation result: rc=3 (timeLimitExceeded), dn: \"\", text: \"\""),
                   (U, "LDAP operation result: rc=32 (noSuchObject), dn: \"ou=people,dc=stemedb,dc=internal\", text: \"\""),
                   (N, "LDAP operation result: rc=52 (unavailable), dn: \"\", text: \"server is shutting down\""),
                   (N, "I/O error: Connection refused (os error 111)"),
                   (N, "rustls DNS error: invalid dns name"),
                   (Z, "url parse error: invalid port number"),
                   (Z, "filter parse error"),
                   (A, "no token received from acceptor")]:
        add(R, "src/result.rs", typ, m)

    # --- constantoine/totp-rs (otpauth URL parsing, RFC 6238 checks, secrets) ---
    R = "constantoine/totp-rs"
    for typ, m in [(Z, "Error parsing URL: relative URL without a base"),
                   (Z, "Secret \"STEMEDB-0042\" is not a valid non-padded base32 string"),
                   (U, "Algorithm can only be SHA1, SHA256 or SHA512, not \"MD5\""),
                   (U, "Issuer can't contain a colon. \"stemedb:ops\" contains a colon"),
                   (Z, "An issuer \"StemeDB\" could be retrieved from the path, but a different issuer \"stemedb-api\" was found in the issuer URL parameter")]:
        add(R, "src/url_error.rs", typ, m)
    for typ, m in [(U, "Implementations MUST extract a 6-digit code at a minimum and possibly 7 and 8-digit code. 4 digits is not allowed"),
                   (A, "The length of the shared secret MUST be at least 128 bits. 80 bits is not enough")]:
        add(R, "src/rfc.rs", typ, m)
    add(R, "src/secret.rs", Z, "Could not decode base32 secret.")

    # --- sru-systems/rust-argon2 (Error::msg) ---
    R = "sru-systems/rust-argon2"
    for typ, m in [(U, "Output is too short"), (U, "Time cost is too small"), (U, "Memory cost is too large"),
                   (U, "Too few lanes"), (Z, "There is no such type of Argon2"),
                   (Z, "There is no such version of Argon2"), (Z, "Decoding failed")]:
        add(R, "src/error.rs", typ, m)

    # --- FiloSottile/age (Go file encryption: header, stream, armor, identities) ---
    R = "FiloSottile/age"
    for typ, m in [(A, "identity did not match any of the recipients: incorrect identity for recipient block: incorrect passphrase"),
                   (A, "no identity matched any of the recipients"),
                   (U, "incompatible recipients: can't mix post-quantum and classic recipients, or the file would be vulnerable to quantum computers")]:
        add(R, "age.go", typ, m)
    add(R, "internal/stream/stream.go", A,
        "failed to decrypt and authenticate payload chunk, file may be corrupted or tampered with", True)
    add(R, "internal/stream/stream.go", A,
        "failed to decrypt and authenticate chunk at offset 131104: chacha20poly1305: message authentication failed", True)
    add(R, "internal/stream/stream.go", S,
        "failed to read chunk at offset 65552: read /var/lib/stemedb/secrets/keys.age: input/output error")
    for typ, m in [(Z, "failed to read header: parsing age header: file is empty"),
                   (Z, "failed to read header: parsing age header: unexpected intro: \"-----BEGIN AGE ENCRYPTED FILE-----\\n\""),
                   (Z, "failed to read header: failed to parse header: malformed stanza opening line: \"X25519 8hWaIUmk67\\n\"")]:
        add(R, "internal/format/format.go", typ, m)
    add(R, "armor/armor.go", Z, "invalid armor: column limit exceeded")
    add(R, "x25519.go", A, "invalid X25519 secret key")
    add(R, "agessh/agessh.go", A, "RSA key size is too small")
    add(R, "parse.go", S, "failed to read identities file: read /etc/stemedb/age/identity.txt: permission denied")

    # --- hashicorp/go-secure-stdlib (awsutil, listenerutil, reloadutil, httputil, parseutil, configutil) ---
    R = "hashicorp/go-secure-stdlib"
    for typ, m in [(A, "static AWS client credentials haven't been properly configured (the access key or secret key were provided but not both)"),
                   (A, "could not compile valid credential providers from static config, environment, shared, or instance metadata")]:
        add(R, "awsutil/generate_credentials.go", typ, m)
    add(R, "awsutil/rotate.go", T,
        "timeout after 10s waiting for success: operation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: 5f1c9a2e-7a1b-4c1e-9d0f-2b8e6a1d3c44, api error InvalidClientTokenId: The security token included in the request is invalid.")
    for typ, m in [(S, "failed to remove socket file: remove /run/stemedb/api.sock: permission denied"),
                   (N, "error loading TLS cert: tls: failed to find any PEM data in certificate input"),
                   (U, "'tls_min_version' value \"tls14\" not supported, please specify one of [tls10,tls11,tls12,tls13]"),
                   (N, "failed to parse CA certificate in tls_client_ca_file")]:
        add(R, "listenerutil/listener.go", typ, m)
    add(R, "listenerutil/forwarded_for.go", A,
        "client address not authorized for x-forwarded-for and configured to reject connection")
    for typ, m in [(A, "Decrypting PEM block failed: x509: decryption password incorrect"),
                   (Z, "decoded PEM is blank")]:
        add(R, "reloadutil/reload.go", typ, m)
    add(R, "httputil/cert_ext_tripper.go", N,
        "connection state server name (node2.stemedb.internal) does not match requested (node3.stemedb.internal)")
    add(R, "parseutil/parseutil.go", Z, "error parsing int value; out of range [1 to 65535]: 70000")
    add(R, "configutil/encrypt_decrypt.go", A,
        "error decrypting encrypted parameter: cipher: message authentication failed", True)

# Rust databases, search and stream engines (skytable, oxigraph, indradb, sonic, paradedb, feldera, spiceai, pgvecto.rs): snapshots via fetch (git show HEAD:<path>), each message read in the file named per entry (Display / #[error] / snafu / panic / pgrx::error! text as logged), placeholders filled plausibly.
def _part_eb(add):
    # --- skytable/skytable: fractal Error Display "{origin} error: {dmsg}; {kind}" (origin "storage error" prints
    #     "storage error error: "), ErrorKind "io error: / storage error: / txn error: / config error: / error: ",
    #     StorageError / TransactionError strings, ConfigError "config error in {src}: ..."; logged by main.rs error!("{e}")
    R = "skytable/skytable"
    for typ, m, p in [
        (S, "runtime error: loading configuration file from disk; io error: No such file or directory (os error 2)",
         "server/src/engine/config.rs"),
        (U, "init system error: config error: config error in CLI: the root password must have at least 16 characters",
         "server/src/engine/config.rs"),
        (Z, "init system error: config error: config error in config file: failed to parse YAML config file with error: `endpoints.secure: missing field `port` at line 4 column 5`",
         "server/src/engine/config.rs"),
        (N, "runtime error: failed to bind to port `10.0.0.12:2003`; io error: Address already in use (os error 98)",
         "server/src/engine/net/mod.rs"),
        (N, "runtime error: failed to initialize TLS socket; error: error:0480006C:PEM routines:get_name:no start line:crypto/pem/pem_lib.c:763:Expecting: CERTIFICATE",
         "server/src/engine/net/mod.rs"),
        (S, "init system error: locking PID file; io error: Resource temporarily unavailable (os error 11)",
         "server/src/main.rs"),
        (Z, "storage error error: loading gns; storage error: journal-corrupted", "server/src/engine/error.rs"),
        (Z, "storage error error: loading model driver in data/default-5b7e2c90-4f1a-4d3e-9a61-0c8f2e7d1b34/mdl_events-a31f08c2-7d6b-4e95-8c02-6f4b9e1d2a77/data.db-btlog; storage error: batch-corrupted-batch",
         "server/src/engine/storage/v2/mod.rs"),
        (Z, "storage error error: loading gns; txn error: txn-payload-unexpected-eof", "server/src/engine/error.rs"),
        (S, "GNS driver failed with: runtime error: io error: No space left on device (os error 28)",
         "server/src/engine/fractal/drivers.rs"),
        (S, "failed to autorecover GNS driver with error `runtime error: storage error: journal-lwt-heartbeat-failed`. will try again",
         "server/src/engine/fractal/mgr.rs"),
    ]:
        add(R, p, typ, m)

    # --- oxigraph/oxigraph: StorageError / CorruptionError messages, rocksdb wrapper, loader, SPARQL eval, Turtle syntax ---
    R = "oxigraph/oxigraph"
    for typ, m, p in [
        (Z, "The RocksDB database is using the outdated encoding version 0. Automated migration is not supported, please dump the store dataset using a compatible Oxigraph version and load it again using the current version",
         "lib/oxigraph/src/storage/rocksdb.rs"),
        (Z, "Error while parsing the version key: could not convert slice to array", "lib/oxigraph/src/storage/rocksdb.rs"),
        (Z, "Not the same number of triples in dspo, dpos and dosp", "lib/oxigraph/src/storage/rocksdb.rs"),
        (U, "It is not possible to upgrade read-only Oxigraph instances to newer Oxigraph versions, please open in read-write regular mode to upgrade.",
         "lib/oxigraph/src/storage/rocksdb.rs"),
        (S, "Column family dspo does not exist", "lib/oxigraph/src/storage/error.rs"),
        (S, "Oxigraph needs at least 96 file descriptors when reserving 48 descriptors for non-RocksDB usage, only 64 allowed. Run e.g. `ulimit -n 512` to allow 512 opened files",
         "lib/oxigraph/src/storage/rocksdb_wrapper.rs"),
        (U, "A loader processed crashed with attempt to add with overflow", "lib/oxigraph/src/storage/mod.rs"),
        (Z, "the term buffer has an invalid type id", "lib/oxigraph/src/storage/binary_encoder.rs"),
        (U, "The graph <http://example.com/stemedb/g1> already exists", "lib/oxigraph/src/sparql/error.rs"),
        (U, "The SPARQL operation has been cancelled", "lib/spareval/src/error.rs"),
        (Z, "Syntax error at line 3 column 42: A dot is expected at the end of statements", "lib/oxttl/src/terse.rs"),
    ]:
        add(R, p, typ, m)

    # --- indradb/indradb: indradb::Error / ValidationError Display, proto ClientError / ConversionError ---
    R = "indradb/indradb"
    for typ, m, p in [
        (U, "UUID already taken", "lib/src/errors.rs"),
        (S, "error in the underlying datastore: IO error: While lock file: /var/lib/stemedb/indradb/LOCK: Resource temporarily unavailable",
         "lib/src/errors.rs"),
        (Z, "error in the underlying datastore: EOF while parsing an object at line 1 column 57", "lib/src/errors.rs"),
        # "I/O error: Permission denied (os error 13)" (lib/src/errors.rs) left out unscored: a test-set text.
        (U, "query attempted on a property that isn't indexed", "lib/src/errors.rs"),
        (U, "the operation cannot work with the given query", "lib/src/errors.rs"),
        (N, "failed to send request: channel closed", "proto/src/client.rs"),
        (N, "grpc error: status: Unavailable, message: \"error trying to connect: tcp connect error: Connection refused (os error 111)\", details: [], metadata: MetadataMap { headers: {} }",
         "proto/src/client.rs"),
        (Z, "uuid conversion failed: invalid length: expected 16 bytes, found 12", "proto/src/converters.rs"),
        (Z, "proto field 'outbound_id' should not be none", "proto/src/converters.rs"),
    ]:
        add(R, p, typ, m)

    # --- valeriansaliou/sonic: server channel handler / listener, core store + config panics, client connection ---
    R = "valeriansaliou/sonic"
    for typ, m, p in [
        (N, "closing channel thread with traceback: Connection reset by peer (os error 104)", "server/src/channel/handle.rs"),
        (U, "closing channel thread because of buffer overflow", "server/src/channel/handle.rs"),
        (N, "error binding channel listener: Address already in use (os error 98)", "server/src/channel/listen.rs"),
        (S, "failed opening kv: IO error: While lock file: /var/lib/sonic/store/kv/5a1c93e0/LOCK: Resource temporarily unavailable",
         "core/src/store/kv.rs"),
        (S, "failed opening fst: No such file or directory (os error 2)", "core/src/store/fst.rs"),
        (U, "flush_after for kv must be strictly lower than inactive_after", "core/src/config.rs"),
        (S, "Cannot find config file at \"/etc/sonic/config.toml\"", "server/src/config.rs"),
        (Z, "Invalid UTF-8 sequence received from the server: invalid utf-8 sequence of 1 bytes from index 14",
         "client/src/connection.rs"),
        (N, "Incorrect line discriminant: expected \"CONNECTED\", got \"ENDED\"", "client/src/events.rs"),
        (U, "Command too long. Max buffer size: 20000", "client/src/channel.rs"),
    ]:
        add(R, p, typ, m)

    # --- paradedb/paradedb: pg_search #[error] enums and storage/index panics (reported as ERROR by pgrx) ---
    R = "paradedb/paradedb"
    for typ, m, p in [
        (U, "key_field column 'id' cannot be NULL", "pg_search/src/index/writer/index.rs"),
        (U, "AVL map is full", "pg_search/src/postgres/storage/avl.rs"),
        (U, "field 'description' is not part of the pg_search index", "pg_search/src/query/mod.rs"),
        (Z, "Could not deserialize json object", "pg_search/src/postgres/types.rs"),
        (Z, "UTF8 conversion error: invalid utf-8 sequence of 1 bytes from index 7", "pg_search/src/postgres/types.rs"),
        (Z, "expected to deserialize valid SegmentMetaEntryHeader: UnexpectedEnd { additional: 4 }",
         "pg_search/src/postgres/storage/block.rs"),
        (Z, "invalid chunk style tag: 9", "pg_search/src/postgres/storage/blocklist.rs"),
        (U, "a relation may only have one ParadeDB index", "pg_search/src/postgres/build.rs"),
        (U, "missing new delete file for segment_id `3f9c2a1b`", "pg_search/src/index/directory/utils.rs"),
        (Z, "invalid field map json: expected value at line 1 column 1", "pg_search/src/query/mod.rs"),
    ]:
        add(R, p, typ, m)

    # --- feldera/feldera: storage StorageError, controller/journal errors, pipeline-manager DBError ---
    R = "feldera/feldera"
    for typ, m, p in [
        (S, "/var/lib/feldera/storage/pipeline-0042/4f/batch-0193a2c4.feldera: write failed: no storage space",
         "crates/storage/src/error.rs"),
        (S, "/var/lib/feldera/storage/pipeline-0042: fsync dir failed: permission denied", "crates/storage/src/error.rs"),
        (S, "A process with PID 48213 is already using the storage directory \"/var/lib/feldera/storage/pipeline-0042\".",
         "crates/storage/src/error.rs"),
        (Z, "Failed to serialize/deserialize batch key filter.", "crates/storage/src/error.rs"),
        (S, "I/O error failed to initialize storage: /var/lib/feldera/storage/pipeline-0042: recursive mkdir failed: read-only filesystem or storage medium",
         "crates/adapterlib/src/errors/controller.rs"),
        (Z, "Error with persistent input steps: journal/42.bin: error parsing step (IO error while reading data: failed to fill whole buffer)",
         "crates/adapterlib/src/errors/journal.rs"),
        (N, "FATAL error on input endpoint 'orders.kafka_in': Connection refused (os error 111)",
         "crates/adapterlib/src/errors/controller.rs"),
        (U, "Cannot perform this operation while there is a transaction in progress",
         "crates/adapterlib/src/errors/controller.rs"),
        (A, "Insufficient permissions: this action requires the 'admin' role, but the caller has 'read'",
         "crates/pipeline-manager/src/db/error.rs"),
        (A, "Cannot grant the 'admin' role: it exceeds the creator's own 'write' role", "crates/pipeline-manager/src/db/error.rs"),
        (N, "Unexpected Postgres error: 'error connecting to server: Connection refused (os error 111)'",
         "crates/pipeline-manager/src/db/error.rs"),
        # RunnerError::PipelineInteractionUnreachable with the text of interaction.rs format_timeout_error_message
        (T, "Error sending HTTP request to pipeline: timeout (10s) was reached: this means the pipeline took too long to respond -- this can simply be because the request was too difficult to process in time, or other reasons (e.g., deadlock): the pipeline logs might contain additional information (original send request error: Timeout while waiting for response) Failed request: /pause pipeline-id=N/A pipeline-name=\"orders_etl\"",
         "crates/pipeline-manager/src/runner/error.rs"),
        (T, "The compiler did not respond within the configured 120s timeout. If the program is large and needs longer to compile, increase the 'sql_compilation_timeout_secs' configuration setting (or the FELDERA_SQL_COMPILATION_TIMEOUT_SECS environment variable).",
         "crates/pipeline-manager/src/api/error.rs"),
        (T, "It took longer than 0.5s to acquire the lock to read the license validity", "crates/pipeline-manager/src/api/error.rs"),
    ]:
        add(R, p, typ, m)

    # --- spiceai/spiceai: snafu display texts of the runtime, flight client, secret stores, GitHub app tokens ---
    R = "spiceai/spiceai"
    for typ, m, p in [
        (N, "Unable to start HTTP server: Unable to bind to address: Address already in use (os error 98)",
         "crates/runtime/src/http.rs"),
        (N, "Unable to connect to server: Unable to connect to endpoint: transport error", "crates/flight_client/src/lib.rs"),
        (A, "Unable to perform handshake: status: Unauthenticated, message: \"invalid API key\", details: [], metadata: MetadataMap { headers: {} }",
         "crates/flight_client/src/lib.rs"),
        (A, "Invalid private key", "crates/runtime/src/dataconnector/github/github_app_token_provider.rs"),
        (A, "Unable to generate JWT", "crates/runtime/src/dataconnector/github/github_app_token_provider.rs"),
        (A, "Spice Cloud api_key not provided", "crates/spice_cloud/src/lib.rs"),
        (S, "Unable to read K8S token: No such file or directory (os error 2)", "crates/runtime/src/secrets/stores/kubernetes.rs"),
        (N, "Unable to get secret from K8S: error sending request for url (https://kubernetes.default.svc/api/v1/namespaces/spice/secrets/stemedb-credentials)",
         "crates/runtime/src/secrets/stores/kubernetes.rs"),
        (U, "The accelerator engine lancedb is not available. Valid engines are arrow, duckdb, sqlite, and postgres.",
         "crates/runtime/src/lib.rs"),
        (S, "Unable to load SQL file views/daily_orders.sql: No such file or directory (os error 2)", "crates/runtime/src/lib.rs"),
        (Z, "Unable to parse SQL: sql parser error: Expected: end of statement, found: FORM at Line: 1, Column: 10",
         "crates/runtime/src/lib.rs"),
    ]:
        add(R, p, typ, m)

    # --- tensorchord/pgvecto.rs: src/error.rs pgrx::error! texts, datatype / index am errors, wal + dir panics, embedding ---
    R = "tensorchord/pgvecto.rs"
    for typ, m, p in [
        (U, "pgvecto.rs: pgvecto.rs must be loaded via shared_preload_libraries.\nADVICE: If you encounter this error for your first use of pgvecto.rs, please read `https://docs.pgvecto.rs/getting-started/installation.html`. You should edit `shared_preload_libraries` in `postgresql.conf` to include `vectors.so`, or simply run the command `psql -U postgres -c 'ALTER SYSTEM SET shared_preload_libraries = \"vectors.so\"'`.",
         "src/error.rs"),
        (Z, "Failed to parse a GUC variable.\nINFORMATION: GUC = vectors.openai_api_key, hint = should be a valid UTF-8 string",
         "src/error.rs"),
        (Z, "pgvecto.rs: Bad literal.\nINFORMATION: hint = Bad character at position 7", "src/error.rs"),
        (U, "pgvecto.rs: Operands of the operator differs in dimensions or scalar type.\nINFORMATION: left_dimensions = 768, right_dimensions = 1536",
         "src/error.rs"),
        (N, "pgvecto.rs: IPC connection is closed unexpectedly.\nADVICE: Visit `https://github.com/tensorchord/pgvecto.rs/issues` for help.",
         "src/error.rs"),
        (Z, "pgvecto.rs: The extension is upgraded so all index files are outdated.\nADVICE: Delete all index files. Please read `https://docs.pgvecto.rs/admin/upgrading.html`",
         "src/error.rs"),
        (U, "pgvecto.rs: The given index option is invalid.\nINFORMATION: reason = \"vector index config is not supported\"",
         "src/error.rs"),
        (Z, "detect data corruption", "src/datatype/binary_vecf32.rs"),
        (U, "Unlogged indexes are not supported.", "src/index/am.rs"),
        (S, "Failed to open wal.: Os { code: 13, kind: PermissionDenied, message: \"Permission denied\" }",
         "crates/index/src/utils/file_wal.rs"),
        (N, "Error happens at embedding.\nINFORMATION: hint = error sending request for url (https://api.openai.com/v1/embeddings)",
         "crates/embedding/src/openai.rs"),
    ]:
        add(R, p, typ, m)

# Go HTTP frameworks and service plumbing (echo, gin, fiber, grpc-gateway, go-plugin, go-retryablehttp, viper, go-kit): snapshots via fetch, each wording read in the named non-test file.
def _part_ec(add):
    # --- labstack/echo (v5): HTTPError.Error() is "code=%d, message=%v[, err=%v]",
    #     BindingError appends ", field=%s" ---
    R = "labstack/echo"
    for typ, m, p in [
        (Z, "code=400, message=Bad Request, err=invalid character '}' looking for beginning of object key string", "json.go"),
        (Z, "code=400, message=failed to bind field value to int64, err=strconv.ParseInt: parsing \"ten\": invalid syntax, field=limit", "binder.go"),
        (U, "code=400, message=required field value is empty, field=agent_id", "binder.go"),
        (N, "code=502, message=remote server unreachable, could not proxy request, err=server: http://10.0.0.12:7000, err: dial tcp 10.0.0.12:7000: connect: connection refused", "middleware/proxy.go"),
        (T, "code=503, message=Service Unavailable, err=context deadline exceeded", "middleware/context_timeout.go"),
        (A, "code=401, message=Unauthorized, err=code=401, message=invalid key", "middleware/key_auth.go"),
        (A, "code=403, message=cross-site request blocked by CSRF", "middleware/csrf.go"),
        (U, "code=429, message=rate limit exceeded", "middleware/rate_limiter.go"),
        (S, "static middleware failed to read directory for listing: open /var/lib/stemedb/static/assets: permission denied", "middleware/static.go"),
        (Z, "failed to unescape path variable: invalid URL escape \"%zz\"", "echo.go"),
        (U, "echo: response already written to client", "response.go"),
        (T, "failed to shut down server within given timeout error=\"context deadline exceeded\"", "server.go"),
    ]:
        add(R, p, typ, m)

    # --- gin-gonic/gin: debugPrint prefixes "[GIN-debug] ", debugPrintError "[GIN-debug] [ERROR] " ---
    R = "gin-gonic/gin"
    for typ, m, p in [
        (N, "[GIN-debug] [ERROR] listen tcp :18182: bind: address already in use", "debug.go"),
        (N, "[GIN-debug] cannot write message to writer during serve error: write tcp 10.0.0.5:18182->10.0.0.31:51874: write: broken pipe", "gin.go"),
        (U, "[GIN-debug] [WARNING] Headers were already written. Wanted to override status code 200 with 500", "response_writer.go"),
        (Z, "[GIN-debug] error on parse multipart form array: multipart: NextPart: EOF", "context.go"),
        (U, "gin: response body already written", "response_writer.go"),
        (U, "the accepted formats are not offered by the server", "context.go"),
        (U, "handlers are already registered for path '/v1/keys/:id'", "tree.go"),
        (U, "gin mode unknown: prod (available mode: debug release test)", "mode.go"),
        (Z, "[\"1\" \"2\" \"3\"] is not valid value for [2]int", "binding/form_mapping.go"),
    ]:
        add(R, p, typ, m)

    # --- gofiber/fiber (v3): *fiber.Error prints its Message ---
    R = "gofiber/fiber"
    for typ, m, p in [
        (T, "shutdown: graceful timeout has been reached, exiting", "error.go"),
        (S, "file: failed to store file: \"snapshot.tar\" to \"/var/lib/stemedb/uploads/snapshot.tar\": open /var/lib/stemedb/uploads/snapshot.tar: no space left on device", "ctx.go"),
        (N, "tls: cannot load TLS key pair from certFile=\"/etc/stemedb/tls/server.crt\" and keyFile=\"/etc/stemedb/tls/server.key\": tls: failed to find any PEM data in certificate input", "listen.go"),
        (N, "failed to listen: listen tcp4 0.0.0.0:18182: bind: address already in use", "listen.go"),
        (N, "failed to parse client CA certificate from \"/etc/stemedb/tls/ca.pem\"", "listen.go"),
        (S, "cannot chmod 0660 for \"/run/stemedb/api.sock\": chmod /run/stemedb/api.sock: operation not permitted", "listen.go"),
        (A, "csrf: origin does not match host or trusted origins", "middleware/csrf/csrf.go"),
        (A, "missing or invalid API Key", "middleware/keyauth/keyauth.go"),
        (Z, "failed to decode session data: msgp: too few bytes left to read object", "middleware/session/store.go"),
        (U, "cache: insufficient space and no entries to evict", "middleware/cache/cache.go"),
        (N, "limiter: failed to persist state: dial tcp 10.0.0.12:6379: connect: connection refused", "middleware/limiter/limiter_fixed.go"),
        (Z, "range: malformed range header string", "error.go"),
        (Z, "failed to unmarshal xml: XML syntax error on line 1: unexpected EOF", "binder/xml.go"),
        (S, "sendfile: file /var/lib/stemedb/static/index.html not found", "res.go"),
    ]:
        add(R, p, typ, m)
    add(R, "middleware/encryptcookie/utils.go", A, "failed to decrypt ciphertext: cipher: message authentication failed", True)

    # --- grpc-ecosystem/grpc-gateway: runtime and the generated-handler template ---
    R = "grpc-ecosystem/grpc-gateway"
    for typ, m, p in [
        (U, "rpc error: code = InvalidArgument desc = missing parameter \"id\"", "protoc-gen-grpc-gateway/internal/gengateway/template.go"),
        (Z, "rpc error: code = InvalidArgument desc = type mismatch, parameter: \"term\", error: strconv.ParseUint: parsing \"-1\": invalid syntax", "protoc-gen-grpc-gateway/internal/gengateway/template.go"),
        (Z, "Failed to decode request: unexpected EOF", "protoc-gen-grpc-gateway/internal/gengateway/template.go"),
        (N, "Failed to get header from client: rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial tcp 10.0.0.12:7000: connect: connection refused\"", "protoc-gen-grpc-gateway/internal/gengateway/template.go"),
        (Z, "rpc error: code = InvalidArgument desc = invalid grpc-timeout: 5x", "runtime/context.go"),
        (Z, "rpc error: code = InvalidArgument desc = invalid binary header Grpc-Trace-Bin: illegal base64 data at input byte 12", "runtime/context.go"),
        (N, "Failed to send response chunk: write tcp 10.0.0.5:18182->10.0.0.31:51874: write: broken pipe", "runtime/handler.go"),
        (U, "Unknown gRPC error code: Code(17)", "runtime/errors.go"),
        (Z, "Failed to parse Content-Type application: mime: expected slash after first token", "runtime/marshaler_registry.go"),
        (U, "too many values for field \"agent_id\": agent-0042, agent-0043", "runtime/query.go"),
        (N, "rpc error: code = Unavailable desc = status:NOT_SERVING", "runtime/mux.go"),
    ]:
        add(R, p, typ, m)

    # --- hashicorp/go-plugin ---
    R = "hashicorp/go-plugin"
    for typ, m, p in [
        (T, "timeout while waiting for plugin to start", "client.go"),
        (U, "plugin exited before we could connect", "client.go"),
        (Z, "error parsing core protocol version: strconv.Atoi: parsing \"v1\": invalid syntax", "client.go"),
        (U, "incompatible API version with plugin. Plugin version: 5, Client versions: [6]", "client.go"),
        (Z, "checksums did not match", "client.go"),
        (S, "error verifying checksum: open /usr/local/libexec/stemedb/stemedb-plugin-auth: no such file or directory", "client.go"),
        (N, "error parsing server cert: x509: malformed certificate", "client.go"),
        (U, "plugin process exited: plugin=/usr/local/libexec/stemedb/stemedb-plugin-auth id=41237 error=\"exit status 2\"", "client.go"),
        (T, "timeout waiting for accept", "mux_broker.go"),
        (T, "timeout waiting for multiplexing knock handshake on id 3", "grpc_broker.go"),
        (S, "[ERR] plugin: plugin server: accept tcp 127.0.0.1:10000: accept4: too many open files", "rpc_server.go"),
        (N, "couldn't bind plugin TCP listener", "server.go"),
    ]:
        add(R, p, typ, m)

    # --- hashicorp/go-retryablehttp ---
    R = "hashicorp/go-retryablehttp"
    for typ, m in [
        (N, "GET http://10.0.0.12:7000/v1/health giving up after 4 attempt(s): Get \"http://10.0.0.12:7000/v1/health\": dial tcp 10.0.0.12:7000: connect: connection refused"),
        (T, "POST https://10.0.0.12:7000/v1/raft/append giving up after 3 attempt(s): Post \"https://10.0.0.12:7000/v1/raft/append\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"),
        (N, "GET https://10.0.0.13:7000/v1/status giving up after 1 attempt(s): Get \"https://10.0.0.13:7000/v1/status\": tls: failed to verify certificate: x509: certificate signed by unknown authority"),
        (N, "unexpected HTTP status 503 Service Unavailable"),
        (N, "[ERR] GET http://10.0.0.12:7000/v1/keys request failed: Get \"http://10.0.0.12:7000/v1/keys\": read tcp 10.0.0.5:51234->10.0.0.12:7000: read: connection reset by peer"),
        (N, "[DEBUG] GET http://10.0.0.12:7000/v1/keys (status: 502): retrying in 2s (3 left)"),
        (U, "cannot handle type map[string]interface {}"),
    ]:
        add(R, "client.go", typ, m)

    # --- spf13/viper ---
    R = "spf13/viper"
    for typ, m, p in [
        (Z, "While parsing config: yaml: line 12: mapping values are not allowed in this context", "util.go"),
        (Z, "While parsing config: unexpected end of JSON input", "util.go"),
        (S, "file not found: /etc/stemedb/config.yaml", "errors.go"),
        (S, "File \"stemedb\" not found in [/etc/stemedb /var/lib/stemedb]", "errors.go"),
        (S, "Config File \"/etc/stemedb/config.yaml\" Already Exists", "errors.go"),
        (U, "Unsupported Config Type \"xml\"", "errors.go"),
        (U, "Remote Configurations Error: No Remote Providers", "remote.go"),
        (N, "get remote config: dial tcp 10.0.0.12:2379: connect: connection refused", "remote.go"),
        (S, "read config file: open /etc/stemedb/config.yaml: permission denied", "viper.go"),
        (S, "failed to create watcher: too many open files", "viper.go"),
        (S, "failed to add watcher: no space left on device", "viper.go"),
    ]:
        add(R, p, typ, m)

    # --- go-kit/kit ---
    R = "go-kit/kit"
    for typ, m, p in [
        (U, "rate limit exceeded", "ratelimit/token_bucket.go"),
        (N, "connection unavailable", "util/conn/manager.go"),
        (N, "no endpoints available", "sd/lb/balancer.go"),
        (N, "dial tcp 10.0.0.13:7000: connect: connection refused (previously: dial tcp 10.0.0.12:7000: connect: connection refused; no endpoints available)", "sd/lb/retry.go"),
        (A, "JWT is expired", "auth/jwt/middleware.go"),
        (A, "token is not valid yet", "auth/jwt/middleware.go"),
        (A, "unexpected signing method", "auth/jwt/middleware.go"),
        (A, "Unauthorized Access", "auth/casbin/middleware.go"),
        (A, "invalid credentials provided", "sd/zk/client.go"),
        (Z, "JSON could not be decoded: unexpected EOF", "transport/http/jsonrpc/server.go"),
        (U, "Method stemedb.put was not found.", "transport/http/jsonrpc/server.go"),
        (N, "resolver returned SRV record with port 0", "sd/dnssrv/instancer.go"),
    ]:
        add(R, p, typ, m)

# C/C++ codec and crypto libraries (zlib-ng left out, below; libgcrypt, gnupg, libfido2, protobuf-c, msgpack-c cpp_master branch; richgel999/miniz in place of google/snappy and json-parser/json-parser in place of DaveGamble/cJSON, which have no message text in their library code), snapshots via fetch, files named per entry.
def _part_ed(add):
    # zlib-ng's ten wordings (inflate.c, zutil.c, gzread.c.in, gzwrite.c)
    # were left out before scoring: they are zlib's, a test-set source, and
    # six are test-set texts.

    # --- miniz (replaces google/snappy): mz_zip_get_error_string ---
    R = "richgel999/miniz"
    for typ, m in [(Z, "invalid header or archive is corrupted"),
                   (Z, "decompression failed or archive is corrupted"),
                   (Z, "CRC-32 check failed"), (Z, "failed finding central directory"),
                   (U, "unsupported multidisk archive"), (S, "file open failed"),
                   (S, "file write failed"), (S, "file seek failed"), (U, "buffer too small")]:
        add(R, "miniz_zip.c", typ, m)

    # --- json-parser (replaces DaveGamble/cJSON): json_parse_ex error_buf ---
    R = "json-parser/json-parser"
    for typ, m in [(Z, "4:17: Unexpected EOF in string"), (Z, "1:42: Trailing garbage: `}`"),
                   (Z, "3:9: Unexpected `x` when seeking value"), (Z, "1:1: Unknown value"),
                   (Z, "9:31: Too long (caught overflow)"), (U, "Memory allocation failure")]:
        add(R, "json.c", typ, m)

    # --- libfido2: fido_strerr, and the fido2-* tools' errx lines ---
    R = "Yubico/libfido2"
    for typ, m in [(A, "FIDO_ERR_PIN_INVALID"), (A, "FIDO_ERR_PIN_AUTH_BLOCKED"),
                   (A, "FIDO_ERR_PIN_TOKEN_EXPIRED"), (A, "FIDO_ERR_UNAUTHORIZED_PERM"),
                   (T, "FIDO_ERR_USER_ACTION_TIMEOUT"), (T, "FIDO_ERR_TIMEOUT"),
                   (Z, "FIDO_ERR_RX_INVALID_CBOR"),
                   (U, "FIDO_ERR_UNSUPPORTED_ALGORITHM"), (U, "FIDO_ERR_KEY_STORE_FULL"),
                   (U, "FIDO_ERR_INVALID_ARGUMENT")]:
        add(R, "src/err.c", typ, m)
    add(R, "tools/assert_verify.c", A, "fido2-assert: fido_assert_verify: FIDO_ERR_INVALID_SIG", True)
    add(R, "tools/cred_verify.c", A, "fido2-cred: fido_cred_verify: FIDO_ERR_INVALID_SIG", True)

    # --- protobuf-c: PROTOBUF_C_UNPACK_ERROR texts ---
    R = "protobuf-c/protobuf-c"
    for typ, m in [(Z, "error parsing length for length-prefixed data"),
                   (Z, "length prefix of 4294967295 is too large"),
                   (Z, "data too short after length-prefix of 512"),
                   (Z, "error parsing tag/wiretype at offset 37"),
                   (Z, "unterminated varint at offset 118"),
                   (Z, "unsupported tag 0 at offset 3"),
                   (Z, "message 'stemedb.RaftEntry': missing required field 'term'"),
                   (Z, "error parsing member index of stemedb.RaftEntry"),
                   (U, "bad protobuf-c type 17 for packed-repeated")]:
        add(R, "protobuf-c/protobuf-c.c", typ, m)

    # --- msgpack-c (cpp_master): exception what() texts ---
    R = "msgpack/msgpack-c"
    for typ, m in [(Z, "parse error"), (Z, "insufficient bytes"), (Z, "map size overflow"),
                   (Z, "array size overflow"), (Z, "depth size overflow")]:
        add(R, "include/msgpack/v1/unpack.hpp", typ, m)
    add(R, "include/msgpack/v1/adaptor/check_container_size.hpp", Z, "container size overflow")
    add(R, "include/msgpack/v1/fbuffer.hpp", S, "fwrite() failed")

    # --- libgcrypt: log_error / log_fatal / log_info texts ---
    R = "gpg/libgcrypt"
    add(R, "cipher/cipher.c", U, "cipher_encrypt: key not set")
    add(R, "cipher/ecc.c", A, "ECDSA operation: verification failed: Bad signature", True)
    add(R, "cipher/poly1305.c", U, "Poly1305 selftest failed (Poly1305 test 2 failed.)")
    add(R, "cipher/primegen.c", U, "can't generate a prime with less than 16 bits")
    add(R, "random/random-csprng.c", S, "can't open `/var/lib/stemedb/.gnupg/random_seed': Permission denied")
    add(R, "random/random-csprng.c", S, "can't write `/var/lib/stemedb/.gnupg/random_seed': No space left on device")
    add(R, "random/rndoldlinux.c", S, "read error on random device: Input/output error")
    add(R, "random/rndegd.c", N, "can't connect to EGD socket `/var/run/egd-pool': Connection refused")
    add(R, "random/rndegd.c", N, "read error on EGD: Connection reset by peer")
    add(R, "random/random-drbg.c", U, "DRBG: self test failed")
    add(R, "src/secmem.c", U, "can't lock memory: Cannot allocate memory")
    add(R, "src/secmem.c", U, "Warning: using insecure memory!")
    add(R, "src/fips.c", S, "FATAL: error reading `/proc/sys/crypto/fips_enabled' in libgcrypt: Input/output error")

    # --- gnupg: gpg / gpg-agent / dirmngr log lines (with their log prefixes) ---
    R = "gpg/gnupg"
    add(R, "g10/mainproc.c", A, 'gpg: BAD signature from "StemeDB Release Signing <release@stemedb.example>"', True)
    add(R, "g10/mainproc.c", A, "gpg: Can't check signature: No public key")
    add(R, "g10/mainproc.c", A, "gpg: public key decryption failed: No secret key")
    add(R, "g10/sig-check.c", A, "gpg: bad data signature from key 9C3A5E7F1B2D4068: Wrong key usage (0x00, 0x2)")
    add(R, "g10/pkclist.c", A, "gpg: Note: This key has expired!")
    add(R, "g10/tdbio.c", Z, "gpg: Error: The trustdb is corrupted.")
    add(R, "g10/tdbio.c", Z, "gpg: /var/lib/stemedb/.gnupg/trustdb.gpg: not a trustdb file")
    add(R, "g10/tdbio.c", S, "gpg: trustdb rec 4711: write failed (n=-1): No space left on device")
    add(R, "g10/import.c", S, "gpg: error writing keyring '/var/lib/stemedb/.gnupg/pubring.kbx': No space left on device")
    add(R, "g10/keyserver.c", N, "gpg: keyserver receive failed: No route to host")
    add(R, "common/dotlock.c", S, "gpg: waiting for lock (held by 4321) ...")
    add(R, "agent/findkey.c", A, "gpg-agent[2718]: failed to unprotect the secret key: Bad passphrase")
    add(R, "agent/findkey.c", Z, "gpg-agent[2718]: invalid private key format")
    add(R, "agent/findkey.c", S, "gpg-agent[2718]: error reading 412 bytes from '/var/lib/stemedb/.gnupg/private-keys-v1.d/3F9A2C1D7E8B0F4A6C5D2E1F3B4A5C6D7E8F9A0B.key': Input/output error")
    add(R, "dirmngr/http.c", N, "dirmngr[3141]: can't connect to 'keys.openpgp.org': Connection refused")
    add(R, "dirmngr/http.c", N, "dirmngr[3141]: resolving 'keys.stemedb.internal' failed: Unknown host")
    add(R, "dirmngr/http.c", N, "dirmngr[3141]: error accessing 'keys.openpgp.org:443': http status 503")
    add(R, "dirmngr/http.c", N, "dirmngr[3141]: too many redirections")
    add(R, "dirmngr/http.c", A, "dirmngr[3141]: proxy authentication failed due to too many passes")
    add(R, "dirmngr/http.c", N, "dirmngr[3141]: TLS handshake failed: The TLS connection was non-properly terminated.")
    add(R, "dirmngr/ks-engine-hkp.c", T, "dirmngr[3141]: selecting a different host due to a timeout")
    add(R, "dirmngr/ldap-wrapper.c", T, "dirmngr[3141]: ldap wrapper 31337 ready: timeout")

def holdout20(add):
    for part in (_part_ea, _part_eb, _part_ec, _part_ed):
        part(add)
