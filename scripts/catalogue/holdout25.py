"""The twenty-fifth blind batch: wordings from sources in no earlier batch,
gathered at the same time as the twenty-fourth and scored after it joined.
Four helper sessions read them blind, with the same brief and conventions as
the earlier batches. Each wording was read in the file named beside it; fills
not read in the source are named in each part's note. build.py adds it to the
catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401

# Network services (mail auth, password vault, DHCP, tunnel, DNS filter, DNS library): snapshots via fetch, each wording read in the file named per entry (git show HEAD:<path>).
def _part_ge(add):
    # --- stalwartlabs/mail-auth: DKIM / ARC / DKIM2 / DNS errors (Display impls) ---
    MA = "stalwartlabs/mail-auth"
    for typ, m in [(Z, "Base64 encode or decode error."), (A, "Policy not aligned")]:
        add(MA, "src/lib.rs", typ, m)
    add(MA, "src/lib.rs", N, "DNS resolution error: no connections available")
    add(MA, "src/common/crypto/mod.rs", A, "Incompatible algorithms used in signature and DKIM DNS record")
    for typ, m in [(U, "Unsupported algorithm in DKIM Signature"),
                   (Z, "Calculated body hash does not match signature hash"),
                   (A, "Public key for this signature has been revoked")]:
        add(MA, "src/dkim/mod.rs", typ, m)
    for typ, m in [(Z, "Invalid 'i=7' value found in ARC header"), (A, "Broken or missing ARC chain"),
                   (U, "Too many ARC headers")]:
        add(MA, "src/arc/mod.rs", typ, m)
    add(MA, "src/dkim2/mod.rs", A, "DKIM2-Signature i=2 incorrect signature", True)
    add(MA, "src/dkim2/mod.rs", N, "DKIM2-Signature i=1 public key could not be fetched")

    # --- stalwartlabs/mail-server: trc events ("description (name): key = value", serializers/text.rs;
    #     descriptions in crates/trc/src/event/description.rs, names from event-macro) ---
    MS = "stalwartlabs/mail-server"
    add(MS, "crates/store/src/backend/fs/mod.rs", S,
        "Filesystem error (store.filesystem-error): reason = No space left on device (os error 28)")
    add(MS, "crates/directory/src/lib.rs", T, "Connection pool error (store.pool-error): details = Connection timed out")
    add(MS, "crates/http/src/auth/authenticate.rs", A,
        "Authentication failed (auth.failed): details = Missing Authorization header., "
        "causedBy = crates/http/src/auth/authenticate.rs:112")
    add(MS, "crates/common/src/manager/backup.rs", Z,
        "Data corruption detected (store.data-corruption): causedBy = crates/common/src/manager/backup.rs:1152")
    add(MS, "crates/common/src/auth/mod.rs", A,
        "Banned due to authentication errors (security.authentication-ban): remoteIp = 10.0.0.12, accountName = agent-0042")
    add(MS, "crates/smtp/src/inbound/milter/message.rs", T, "Milter timeout (milter.timeout) id = rspamd, details = (null), elapsed = 30000ms")
    D = "crates/trc/src/event/description.rs"
    for typ, m, sig in [(A, "DKIM verification failed (dkim.failed-verification)", True),
                        (Z, "DKIM body hash mismatch (dkim.failed-body-hash-match)", False),
                        (T, "ACME DNS record propagation timeout (acme.dns-record-propagation-timeout)", False),
                        (N, "Error fetching MTA-STS policy (mta-sts.policy-fetch-error)", False),
                        (U, "Concurrency limit exceeded (smtp.concurrency-limit-exceeded)", False)]:
        add(MS, D, typ, m, sig)

    # --- dani-garcia/vaultwarden: err!() logs "{usr_msg}. {log_value}" (src/error.rs) ---
    VW = "dani-garcia/vaultwarden"
    for typ, m in [(A, "Username or password is incorrect. Try again. IP: 10.0.0.12. Username: agent-0042@stemedb.io."),
                   (A, "Incorrect client_secret. IP: 10.0.0.12. Username: ops@stemedb.io."),
                   (A, "This user has been disabled. IP: 10.0.0.12. Username: ops@stemedb.io.")]:
        add(VW, "src/api/identity.rs", typ, m)
    add(VW, "src/api/core/two_factor/authenticator.rs", A,
        "Invalid TOTP code! Server time: 2026-08-21 10:12:44 UTC IP: 10.0.0.12")
    add(VW, "src/api/core/two_factor/duo.rs", A, "Duo signatures don't match", True)
    add(VW, "src/auth.rs", A, "Error decoding JWT: Error(InvalidSignature)", True)
    add(VW, "src/db/mod.rs", T, "Timeout waiting for database connection")
    add(VW, "src/db/mod.rs", U, "`DATABASE_URL` is a MySQL URL, but the 'mysql' feature is not enabled")
    add(VW, "src/main.rs", S, "Data folder '/var/lib/stemedb/data' doesn't exist.")
    add(VW, "src/api/core/two_factor/email.rs", Z, "Could not decode EmailTokenData from string")
    add(VW, "src/api/push.rs", N,
        "Error getting push token from bitwarden server: error sending request for url "
        "(https://identity.bitwarden.com/connect/token)")

    # --- bluecatengineering/dora: thiserror #[error] texts and anyhow contexts ---
    DO = "bluecatengineering/dora"
    for typ, m in [(T, "timeout reached on seq_cnt: 3 ident: 4711"), (N, "recv error on seq_cnt: 3 ident: 4711"),
                   (N, "io error: Os { code: 101, kind: NetworkUnreachable, message: \"Network is unreachable\" }")]:
        add(DO, "libs/icmp-ping/src/errors.rs", typ, m)
    for typ, m in [(U, "ip is unreserved"), (U, "this address is already in use 10.0.0.12"),
                   (U, "error getting next IP in range 10.0.0.10..=10.0.0.250 inside attempts 50")]:
        add(DO, "libs/ip-manager/src/lib.rs", typ, m)
    for typ, m in [(Z, "key not base64 InvalidByte(3, 46)"), (N, "update failed ResponseCode(ServFail)")]:
        add(DO, "libs/ddns/src/lib.rs", typ, m)
    add(DO, "libs/client-classification/src/lib.rs", Z, "utf8 error invalid utf-8 sequence of 1 bytes from index 2")
    add(DO, "dora-core/src/server/mod.rs", N, "failed to bind interface: Address already in use (os error 98)")
    add(DO, "libs/config/src/lib.rs", S, "failed to find config at /etc/dora/config.yaml: No such file or directory (os error 2)")

    # --- cloudflare/cloudflared (Go): errors.New / fmt.Errorf ---
    CF = "cloudflare/cloudflared"
    add(CF, "connection/http2.go", N, "connection with edge closed")
    add(CF, "ingress/origin_dialer.go", N,
        "unable to dial tcp to origin 10.0.0.12:7000: dial tcp 10.0.0.12:7000: connect: connection refused")
    add(CF, "edgediscovery/allregions/regions.go", N, "failed to resolve any edge address")
    add(CF, "datagramsession/session.go", T, "session idle for 3m30s")
    add(CF, "stream/stream.go", T, "timeout waiting for second stream to finish")
    add(CF, "token/token.go", T, "timed out waiting for lock file /root/.cloudflared/api.stemedb.io-token.lock")
    add(CF, "token/token.go", A,
        "metadata JWT verification failed: failed to verify metadata JWT signature: "
        "go-jose/go-jose: error in cryptographic primitive", True)
    add(CF, "token/jwks.go", S,
        "failed to open JWKS cache /root/.cloudflared/jwks-stemedb.cloudflareaccess.com.json: "
        "open /root/.cloudflared/jwks-stemedb.cloudflareaccess.com.json: permission denied")
    add(CF, "quic/v3/datagram_errors.go", Z, "datagram unmarshal error: datagram provided is an invalid size")
    add(CF, "flow/limiter.go", U, "too many active flows")
    add(CF, "cmd/cloudflared/updater/workers_update.go", Z, "checksum validation failed")

    # --- AdguardTeam/AdGuardHome (Go): errors.Error consts and fmt.Errorf wraps ---
    AG = "AdguardTeam/AdGuardHome"
    add(AG, "internal/home/authhttp.go", A, "login attempt blocked for 14m32s")
    add(AG, "internal/home/tls.go", N, "certificate does not verify: x509: certificate signed by unknown authority")
    add(AG, "internal/home/tls.go", Z, "failed to base64-decode certificate chain: illegal base64 data at input byte 12")
    add(AG, "internal/querylog/querylogfile.go", S,
        "writing to file \"/opt/AdGuardHome/data/querylog.json\": "
        "write /opt/AdGuardHome/data/querylog.json: no space left on device")
    add(AG, "internal/stats/stats.go", S, "opening database: open /opt/AdGuardHome/data/stats.db: permission denied")
    add(AG, "internal/querylog/decode.go", Z, "unexpected delimiter: ']'")
    add(AG, "internal/filtering/rulelist/error.go", Z, "data is HTML, not plain text")
    add(AG, "internal/filtering/rulelist/engine.go", T, "timeout after updating 3 filters: context deadline exceeded")
    add(AG, "internal/dnsforward/dnsforward.go", N, "failed to resolve ptr")
    add(AG, "internal/dhcpsvc/interface.go", U, "no addresses available to lease")
    add(AG, "internal/dhcpd/v4_unix.go", U, "static lease already exists")

    # --- pi-hole/FTL (C): log_err / log_warn format strings ---
    PH = "pi-hole/FTL"
    add(PH, "src/database/common.c", Z, "Database /etc/pihole/pihole-FTL.db is damaged and cannot be used.")
    add(PH, "src/database/common.c", S, "Database /etc/pihole/pihole-FTL.db is read-only and cannot be used.")
    add(PH, "src/database/common.c", S, "Error while trying to open database: unable to open database file")
    add(PH, "src/database/gravity-db.c", S,
        "Cannot read gravity database at /etc/pihole/gravity.db - file does not exist or is not readable")
    add(PH, "src/config/toml_reader.c", Z, "Cannot parse TOML file: (line 42) expect '='")
    add(PH, "src/api/2fa.c", Z, "Decoding base32 2FA secret failed, invalid character '1'")
    add(PH, "src/api/2fa.c", A, "2FA code has already been used (0, 482913), please wait 17 seconds")
    add(PH, "src/api/auth.c", U,
        "No free API seats available (webserver.api.max_sessions = 16), not authenticating client")
    add(PH, "src/ntp/client.c", T, "Failed to receive data from NTP server pool.ntp.org (162.159.200.1): Timeout")
    add(PH, "src/ntp/client.c", N,
        "Failed to send data to NTP server pool.ntp.org (162.159.200.1): Network is unreachable")
    add(PH, "src/files.c", S, "Cannot get exclusive lock for /etc/pihole/pihole.toml: No locks available")
    add(PH, "src/config/password.c", Z, "Error while parsing PHC string: Found 4 instead of 6 elements in definition")

    # --- NLnetLabs/domain: client / TSIG / XFR / cookie / keyset Display impls ---
    DM = "NLnetLabs/domain"
    R = "src/net/client/request.rs"
    for typ, m, sig in [(T, "stream was idle for too long", False), (T, "timeout reading from stream", False),
                        (U, "too many outstanding queries on stream", False), (N, "reply does not match query", False),
                        (N, "dgram error: connecting failed: Network is unreachable (os error 101)", False),
                        (T, "dgram error: reading response failed: timeout expired", False),
                        (A, "authentication error: bad signature", True),
                        (A, "authentication error: server failed to verify MAC", True),
                        (Z, "octet sequence to short to be a valid message", False)]:
        add(DM, R, typ, m, sig)
    add(DM, "src/net/xfr/protocol/types.rs", Z, "Malformed XFR response")
    add(DM, "src/dnssec/sign/keys/keyset.rs", U, "conflicting roll is in progress")

# Go authorization and identity services (casbin, casdoor, ory keto, ory oathkeeper, oauth2-proxy, openfga, spicedb, goth): snapshots via fetch (git show HEAD:<path>), each message read in the file named per entry (the string, its wrapper's format and the Error() it is printed through), placeholders filled plausibly.
def _part_gf(add):
    _casbin(add)
    _casdoor(add)
    _keto(add)
    _oathkeeper(add)
    _oauth2_proxy(add)
    _openfga(add)
    _spicedb(add)
    _goth(add)


def _casbin(add):
    # casbin/casbin @12ac0c9: errors/*.go sentinels, enforcer/transaction/config errors.
    R = "casbin/casbin"
    add(R, "errors/rbac_errors.go", U, "error: name does not exist")
    for typ, m in [(U, "invalid request size: expected 3, got 2, rvals: [alice data1]"),
                   (U, "invalid policy size: expected 4, got 3, pvals: [alice data1 read]"),
                   (U, "matcher result should be bool, int or float"),
                   (Z, "failed to parse JSON parameter at index 0: unexpected end of JSON input")]:
        add(R, "enforcer.go", typ, m)
    add(R, "config/config.go", Z, "parse the content error : line 12 , m = ? ")
    add(R, "transaction_commit.go", T, "transaction timeout: failed to acquire lock")
    # ConflictError prints the PolicyOperation struct with %v (Type=OperationRemove=1, OldRules nil).
    add(R, "transaction_conflict.go", U, "transaction conflict: policy has been removed by another transaction for operation {1 p p [[alice data1 read]] []}")
    add(R, "util/builtin_operators.go", U, "invalid argument: ip1 in IPMatch() function is not an IP address.")
    # ConstraintViolationError (errors/constraint_errors.go) "constraint violation [%s]: %s".
    add(R, "model/constraint.go", U, "constraint violation [sod_finance]: user 'alice' cannot have both roles 'finance_admin' and 'finance_auditor'")


def _casdoor(add):
    # casdoor/casdoor @e6b2338f8: object/, storage/, util/ fmt.Errorf/errors.New.
    R = "casdoor/casdoor"
    # DPoP proof: jwt.ParseWithClaims (golang-jwt v5) error wrapped with %w.
    add(R, "object/token_dpop.go", A, "DPoP proof signature verification failed: token signature is invalid: crypto/ecdsa: verification error", True)
    for typ, m in [(A, 'DPoP proof htm "GET" does not match request method "POST"'),
                   (A, "DPoP proof iat is outside the acceptable time window (300 seconds)"),
                   (Z, "failed to parse DPoP proof header: invalid character 'e' looking for beginning of value")]:
        add(R, "object/token_dpop.go", typ, m)
    for typ, m in [(A, "incorrect access secret for key: agent-0042"),
                   (A, "access key has expired, expireTime = 2025-01-31T00:00:00Z")]:
        add(R, "object/key.go", typ, m)
    add(R, "object/mfa_radius.go", A, "RADIUS authentication rejected")
    add(R, "object/saml_idp.go", Z, "err: Failed to decode SAML request, illegal base64 data at input byte 12")
    add(R, "object/kerberos.go", A, "SPNEGO token validation failed")
    add(R, "object/enforcer.go", U, "the enforcer: built-in/api-enforcer-built-in is not found")
    add(R, "storage/local_file_system.go", S, 'Casdoor fails to create folder: "/var/lib/casdoor/files/resource/built-in" for local file system storage provider: mkdir /var/lib/casdoor/files/resource/built-in: permission denied. Make sure Casdoor process has correct permission to create/access it, or you can create it manually in advance')


def _keto(add):
    # ory/keto @e026d839: keto's own code only (not its oryx/ copy of ory/x). herodot
    # DefaultError.Error() returns ErrorField, so only WithError/WithErrorf texts reach a log.
    R = "ory/keto"
    for typ, m in [(Z, "malformed page token"),
                   (U, "networkx migrations are not yet applied")]:
        add(R, "internal/persistence/definitions.go", typ, m)
    for typ, m in [(T, "graceful stop of gRPC server timed out, had to force it"),
                   (N, 'unable to listen on "0.0.0.0:4466": listen tcp 0.0.0.0:4466: bind: address already in use'),
                   (S, 'unable to write listen file "file:///var/run/keto/read.addr": open /var/run/keto/read.addr: permission denied')]:
        add(R, "internal/driver/daemon.go", typ, m)
    for typ, m in [(Z, "could not unmarshal json: unexpected EOF"),
                   (U, "batch exceeds max size of 50")]:
        add(R, "internal/check/handler.go", typ, m)
    add(R, "internal/check/engine.go", U, "The check could not be completed")
    add(R, "internal/expand/handler.go", U, "no relation tuple found")
    add(R, "ketoapi/public_api_definitions.go", U, 'incomplete tuple, provide "namespace", "object", "relation", and a subject')
    add(R, "internal/x/max_depth.go", Z, "unable to parse 'max-depth' query parameter to int: strconv.ParseInt: parsing \"ten\": invalid syntax")
    # OPL ParseError.Error() (schema/parse_errors.go) for a typecheck error, computed with its
    # toSrcPos/row rendering on a namespaces.keto.ts declaring `owners: Usr[]`.
    add(R, "schema/typechecks.go", Z,
        'error from 7:12 to 7:15: namespace "Usr" was not declared\n\n'
        '   5 |   related: {\n'
        '   6 |     owners: Usr[]\n'
        '     |             ^~~  \n'
        '   7 |   }\n\n')


def _oathkeeper(add):
    # ory/oathkeeper @024fbb5f: helper/errors.go ErrorFields, pipeline/ and proxy/ errors (not oryx/).
    R = "ory/oathkeeper"
    for typ, m in [(A, "Access credentials are not sufficient to access this resource"),
                   (A, "Access credentials are invalid"),
                   (U, "Expected exactly one rule but found multiple rules"),
                   (N, "The upstream service is not available"),
                   (T, "The upstream service is timing out"),
                   (N, "The upstream service encountered an unexpected error")]:
        add(R, "helper/errors.go", typ, m)
    add(R, "pipeline/authn/authenticator.go", U, "authenticator matching this route is misconfigured or disabled")
    add(R, "pipeline/authn/authenticator_oauth2_introspection.go", N, "Introspection returned status code 503 but expected 200")
    add(R, "proxy/proxy.go", U, "Unable to forward the request because matched rule does not define an upstream URL")
    add(R, "credentials/signer_default.go", A, "credentials: no suitable key could be found")


def _oauth2_proxy(add):
    # oauth2-proxy/oauth2-proxy @14af2951: pkg/ session, cookie, server and htpasswd errors.
    R = "oauth2-proxy/oauth2-proxy"
    add(R, "pkg/sessions/cookie/session_store.go", A, "cookie signature not valid", True)
    add(R, "pkg/cookies/csrf.go", A, "CSRF cookie failed validation")
    # err is nil at that point in decodeTicketFromRequest, so %v prints <nil>.
    add(R, "pkg/sessions/persistence/ticket.go", A, "session ticket cookie failed validation: <nil>")
    for typ, m in [(T, "timeout obtaining session lock"),
                   (U, "session no longer exists, it may have been removed by another request")]:
        add(R, "pkg/middleware/stored_session.go", typ, m)
    add(R, "pkg/sessions/redis/redis_store.go", N, "error loading redis session: dial tcp 10.0.0.12:6379: connect: connection refused")
    add(R, "pkg/authentication/basic/htpasswd.go", S, "could not open htpasswd file: open /etc/oauth2-proxy/htpasswd: no such file or directory")
    # AES-GCM cipher Decrypt failing its tag check.
    add(R, "pkg/apis/sessions/session_state.go", A, "error decrypting the session state: cipher: message authentication failed", True)
    add(R, "pkg/apis/sessions/session_state.go", Z, "error unmarshalling data to session state: msgpack: invalid code=c1 decoding map length")
    add(R, "pkg/encryption/cipher.go", Z, "encrypted value should be at least 16 bytes, but is only 9 bytes")
    add(R, "pkg/proxyhttp/server.go", N, "listen (tcp, 0.0.0.0:4180) failed: listen tcp 0.0.0.0:4180: bind: address already in use")


def _openfga(add):
    # openfga/openfga @da9354f7e: gRPC status errors print "rpc error: code = Code(N) desc = ..."
    # with the openfga/api enum numbers (errors_ignore.proto).
    R = "openfga/openfga"
    for typ, m in [(U, "rpc error: code = Code(2001) desc = Authorization Model '01HVMMBCMGZNT3SED4Z17ECXCA' not found"),
                   (T, "rpc error: code = Code(4004) desc = Request Deadline Exceeded"),
                   (T, "rpc error: code = Code(3500) desc = timeout due to throttling on complex request"),
                   (U, "rpc error: code = Code(2002) desc = Authorization Model resolution required too many rewrite rules to be resolved. Check your authorization model for infinite recursion or too much nesting"),
                   (U, "rpc error: code = ResourceExhausted desc = transaction was throttled by the datastore")]:
        add(R, "pkg/server/errors/errors.go", typ, m)
    add(R, "internal/authn/authn.go", A, "rpc error: code = Code(1500) desc = unauthenticated")
    add(R, "internal/authn/oidc/oidc.go", A, "rpc error: code = Code(1004) desc = invalid claims")
    add(R, "internal/authn/oidc/oidc.go", N, "error fetching OIDC configuration: unexpected status code getting OIDC: 503")
    add(R, "pkg/storage/errors.go", U, "transactional write failed due to conflict: one or more tuples to write were inserted by another transaction")
    add(R, "pkg/storage/sqlite/sqlite.go", S, "sqlite busy error after 10 retries: database is locked (5) (SQLITE_BUSY)")
    add(R, "pkg/storage/postgres/postgres.go", S, "pgxpool BeforeConnect hook - failed to read passfile: open /var/lib/openfga/.pgpass: permission denied")
    add(R, "pkg/tuple/tuple.go", Z, "invalid tuple 'object' field format")


def _spicedb(add):
    # authzed/spicedb @96ab96624: pkg/datastore/errors.go, services/shared/errors.go rewrites,
    # relationship integrity proxy (HMAC over each relationship), dispatch errors.
    R = "authzed/spicedb"
    for typ, m in [(U, "object definition `document` not found"),
                   (U, "no schema has been defined; please call WriteSchema to start"),
                   (U, "watch fell too far behind and was disconnected; consider increasing watch buffer size via the flag --datastore-watch-buffer-length"),
                   (U, "could not CREATE relationship `document:readme#viewer@user:alice`, as it already existed. If this is persistent, please switch to TOUCH operations or specify a precondition")]:
        add(R, "pkg/datastore/errors.go", typ, m)
    for typ, m in [(U, "rpc error: code = Aborted desc = the operation conflicted with a concurrent transaction; please retry"),
                   (S, "rpc error: code = Internal desc = an internal error occurred while accessing the datastore"),
                   (U, "rpc error: code = Unavailable desc = service read-only")]:
        add(R, "internal/services/shared/errors.go", typ, m)
    add(R, "internal/datastore/proxy/relationshipintegrity.go", A, "relationship document:readme#viewer@user:alice has invalid integrity hash", True)
    add(R, "internal/datastore/proxy/relationshipintegrity.go", A, "relationship document:readme#viewer@user:alice is missing required integrity data")
    add(R, "internal/dispatch/errors.go", U, "max depth exceeded: this usually indicates a recursive or too deep data dependency. See https://spicedb.dev/d/debug-max-depth")
    add(R, "pkg/tuple/parsing.go", Z, "invalid caveat context JSON: unexpected end of JSON input")


def _goth(add):
    # markbates/goth @9c7a282: gothic/gothic.go, goth.go and providers/ errors.
    R = "markbates/goth"
    add(R, "gothic/gothic.go", A, "state token mismatch")
    add(R, "gothic/gothic.go", A, "could not find a matching session for this request")
    add(R, "provider.go", U, "no provider for gitlab exists")
    for typ, m in [(A, "oauth2: error validating JWT token: audience in token does not match client key"),
                   (A, "oauth2: error validating JWT token: user info JWT token is expired"),
                   (Z, "oauth2: error decoding JWT token: jws: invalid token received, not all parts available"),
                   (N, "Non-success code for Discovery URL: 503")]:
        add(R, "providers/openidConnect/openidConnect.go", typ, m)
    add(R, "providers/shopify/session.go", A, "Invalid HMAC received", True)
    add(R, "providers/steam/session.go", A, "Unable validate openId.")
    add(R, "providers/github/github.go", N, "GitHub API responded with a 502 trying to fetch user information")
    add(R, "providers/lark/lark.go", Z, "failed to decode user info: invalid character '<' looking for beginning of value")

# Rust key-value and storage engines: rkv, mrecordlog, tonbo, risinglight, Xline, datenlord, crucible (snapshots via fetch, read with git show) and omicron (snapshot via fetch plus read_file); each wording read in the file named per entry.
def _part_gg(add):
    # --- mozilla/rkv (LMDB / safe-mode store wrapper) ---
    R = "mozilla/rkv"
    for typ, m in [(Z, "unknown type tag: 42"),
                   (Z, "unexpected type tag: expected str, got u64"),
                   (Z, "empty data; expected tag"),
                   (Z, "database corrupted"),
                   (U, "key/value pair not found"),
                   (Z, "file is not a valid database"),
                   (S, "environment mapsize reached"),
                   (S, "I/O error: Os { code: 28, kind: StorageFull, message: \"No space left on device\" }"),
                   (S, "environment path does not exist or not the right type: \"/var/lib/stemedb/rkv\""),
                   (U, "read transaction already exists in thread ThreadId(7)")]:
        add(R, "src/error.rs", typ, m)

    # --- quickwit-oss/mrecordlog (multi-queue WAL) ---
    R = "quickwit-oss/mrecordlog"
    for typ, m in [(S, "Io error: File exists (os error 17)"),
                   (U, "Missing queue: ingest-source-agent-0042"),
                   (Z, "MultiRecordCorruption")]:
        add(R, "src/error.rs", typ, m)
    add(R, "src/frame/reader.rs", Z, "Corruption in frame")
    add(R, "src/multi_record_log.rs", Z, "Detected corrupted record: some data may have been lost")
    for m in ["multiplexed record buffer too short", "non-utf8 queue name"]:
        add(R, "src/record.rs", Z, m)
    add(R, "src/mem/queues.rs", U, "attempted to remove a non-existing queue")

    # --- tonbo-io/tonbo (embedded LSM on Arrow/Parquet) ---
    R = "tonbo-io/tonbo"
    for m in ["wal frame is corrupt: frame payload crc32c mismatch",
              "wal frame is corrupt: frame magic mismatch"]:
        add(R, "src/wal/frame.rs", Z, m)
    add(R, "src/db/wal.rs", Z, "wal frame codec error: _commit_ts column not u64")
    add(R, "src/wal/replay.rs", S,
        "wal storage error: failed to read wal segment wal/wal-00000000000000000042.tonwal: Input/output error (os error 5)")
    add(R, "src/wal/mod.rs", S, "wal storage error: wal writer task closed")
    add(R, "src/wal/state.rs", Z, "wal state error: decode wal state json: expected value at line 1 column 1")
    add(R, "src/db/builder.rs", S, "failed to prepare directory `/var/lib/stemedb/tonbo`: Permission denied (os error 13)")
    add(R, "src/db/builder.rs", A, "missing AWS credential environment variable `AWS_SECRET_ACCESS_KEY`")
    add(R, "src/compaction/scheduler.rs", U, "compaction scheduler queue full")
    add(R, "src/extractor/errors.rs", U, "memtable full: capacity 67108864 exhausted")
    add(R, "src/transaction/mod.rs", U, "wal is not configured; enable durability before using transactions")

    # --- risinglightdb/risinglight (OLAP database, secondary storage) ---
    R = "risinglightdb/risinglight"
    add(R, "src/storage/secondary/checksum.rs", Z, "Invalid checksum: found 3735928559, expected 2882400001")
    add(R, "src/storage/secondary/index.rs", Z, "Decode error: failed to decode column index: invalid magic")
    add(R, "src/storage/secondary/column.rs", Z, "Decode error: block is smaller than header size")
    for typ, m in [(S, "failed to write table"),
                   (U, "index(3) not found")]:
        add(R, "src/storage/error.rs", typ, m)
    add(R, "src/storage/secondary/manifest.rs", Z, "manifest: find entry without txn begin")
    add(R, "src/binder/error.rs", U, "column \"agent_id\" must appear in the GROUP BY clause or be used in an aggregate function")
    add(R, "src/types/mod.rs", Z, "failed to convert string \"12a\" to int: invalid digit found in string")
    add(R, "src/executor/error.rs", U, "exceed char/varchar length limit: item length 300 > char/varchar width 255")

    # --- xline-kv/Xline (CURP-replicated etcd-compatible KV) ---
    R = "xline-kv/Xline"
    add(R, "crates/curp/src/server/storage/wal/error.rs", Z, "WAL corrupted: Checksumming for the file has failed")
    add(R, "crates/curp/src/server/storage/wal/segment.rs", Z,
        "WAL corrupted: Error occurred when decoding WAL: Segment file header parsing has failed")
    add(R, "crates/curp/src/server/storage/wal/codec.rs", Z,
        "WAL corrupted: Error occurred when decoding WAL: Unexpected frame type")
    add(R, "crates/curp/src/server/storage/mod.rs", S, "wal error, No space left on device (os error 28)")
    add(R, "crates/engine/src/error.rs", U, "Table kv Not Found")
    for typ, m in [(A, "token's revision 42 is older than current revision 57"),
                   (U, "required revision 12 has been compacted, compacted revision is 100"),
                   (S, "no space left in quota"),
                   (A, "role readwrite is not granted to the user"),
                   (A, "password was given for no password user")]:
        add(R, "crates/xlineapi/src/execute_error.rs", typ, m)
    add(R, "crates/xline-client/src/error.rs", U, "Curp Server is shutting down")
    add(R, "crates/xline-client/src/error.rs", T, "Request timeout")
    add(R, "crates/curp/src/client/mod.rs", N, "cluster is unavailable, sleep for 1 secs")
    add(R, "crates/utils/src/parser.rs", S, "Couldn't read config file /etc/xline_server.conf")

    # --- datenlord/datenlord (distributed FUSE filesystem / KV cache) ---
    R = "datenlord/datenlord"
    add(R, "src/storage/memory_cache/write_back_task.rs", S,
        "Failed to write the block back, where ino=1042, block_id=17, err=No space left on device (os error 28)")
    add(R, "src/storage/memory_cache/write_back_task.rs", S,
        "Failed to store block where ino=1042, block_id=17, err=Input/output error (os error 5).")
    add(R, "src/new_storage/memory_cache.rs", U, "The cache is full of non-evictable blocks")
    add(R, "src/distribute_kv_cache/cluster/cluster_manager.rs", Z,
        "Cache cluster error, context is [\n    \"Failed to deserialize ring\",\n].")
    for typ, m in [(U, "EtcdClientErr, the error is WrongTimeoutArg, context is [\n    \"Timeout arg for kv should be >= 1 second\",\n]"),
                   (U, "TransactionRetryLimitExceededErr, context is [\n    \"Transaction retry failed due to exceeding the retry limit\",\n]"),
                   (U, "Volume ID=pvc-7f3c2a1e not found, context is [\n    \"Volume ID=pvc-7f3c2a1e is not found in etcd\",\n]")]:
        add(R, "src/common/error.rs", typ, m)
    add(R, "src/csi/util.rs", S, "bind mount helper command failed to start, the error is: No such file or directory (os error 2)")
    add(R, "src/async_fuse/fuse/de.rs", Z, "Unknown OpCode=4096")
    add(R, "src/fs/kv_engine/etcd_impl.rs", U, "lease keep alive stream closed, because ttl is 0")

    # --- oxidecomputer/crucible (replicated block storage) ---
    R = "oxidecomputer/crucible"
    for m in ["IO Error: extent 12: fsync 1 failure during initial sync: Input/output error (os error 5)",
              "IO Error: extent 12: open of \"/data/regions/7f3c2a1e/00/000/00C\" failed: Permission denied (os error 13)",
              "IO Error: extent 12: incomplete read (expected 4096, got 1024)"]:
        add(R, "downstairs/src/extent_inner_raw.rs", S, m)
    for typ, m in [(Z, "Integrity hash mismatch!"),
                   (U, "Upstairs is not active"),
                   (Z, "Negotiation error: Incompatible message version: wanted 12, got 11")]:
        add(R, "common/src/lib.rs", typ, m)
    add(R, "upstairs/src/client.rs", A, "Decryption failed!")
    add(R, "upstairs/src/client.rs", N, "Received RegionInfo out of order!")
    add(R, "upstairs/src/client.rs", T, "connect timeout")
    add(R, "upstairs/src/client.rs", N, "downstairs disconnected")
    add(R, "smf/src/lib.rs", N, "repository server unavailable")
    add(R, "smf/src/lib.rs", A, "insufficient privileges for action")

    # --- oxidecomputer/omicron (control plane: sled-agent storage, nexus authn) ---
    R = "oxidecomputer/omicron"
    add(R, "sled-agent/src/artifact_store.rs", S,
        "Failed to open `/pool/int/5f2c8b1e-7c4a-4bde-9d6e-5a1b2c3d4e5f/update/8f3a2c9d41b7e605a1d2c3b4e5f60718293a4b5c6d7e8f9012a3b4c5d6e7f809`")
    add(R, "sled-agent/src/artifact_store.rs", Z,
        "Digest mismatch: expected 8f3a2c9d41b7e605a1d2c3b4e5f60718293a4b5c6d7e8f9012a3b4c5d6e7f809, actual 1c9e07b2d4f6a8c0e2f4a6b8d0c2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b4c6d8")
    add(R, "ledger/src/lib.rs", S,
        "Failed to perform I/O: Error accessing /pool/int/5f2c8b1e-7c4a-4bde-9d6e-5a1b2c3d4e5f/config/omicron-sled-config.json: No space left on device (os error 28)")
    add(R, "ledger/src/lib.rs", Z,
        "Cannot deserialize JSON from file /pool/int/5f2c8b1e-7c4a-4bde-9d6e-5a1b2c3d4e5f/config/omicron-sled-config.json")
    add(R, "common/src/api/external/error.rs", A, "Missing or invalid credentials")
    add(R, "nexus/types/versions/src/initial/identity_provider.rs", A,
        "data signed with key not verified with certificate! signature validation failed!", True)
    add(R, "nexus/auth/src/authn/silos.rs", A,
        "SAMLResponse issuer https://idp.corp.example.com/saml/metadata does not match configured idp entity id https://sso.stemedb.example/saml/metadata")
    add(R, "nexus/auth/src/authn/silos.rs", A,
        "signature algorithm http://www.w3.org/2000/09/xmldsig#rsa-sha1 is not allowed")
    add(R, "illumos-utils/src/zpool.rs", S, "Failed to get info for zpool 'oxp_e4b4dc87-ab46-49fb-a4b4-d361ae214c03'")
    add(R, "illumos-utils/src/running_zone.rs", T,
        "Zone booted, but timed out waiting for svc:/oxide/cockroachdb:default in oxz_cockroachdb_3b8c2a1e-9f0d-4c6b-8a7e-1d2c3b4a5f60")
    add(R, "key-manager/src/lib.rs", T, "Timeout retrieving secret")
    add(R, "key-manager/src/lib.rs", U, "Failed to retrieve secret: Rack must be initialized for secret access")
    add(R, "sled-agent/src/support_bundle/storage.rs", Z, "Hash mismatch accessing bundle")
    add(R, "bootstore/src/schemes/v0/fsm.rs", T, "rack secret load timeout")
    add(R, "oximeter/db/src/lib.rs", N, "Failed to check out connection to database")

# C/C++ PKI, HSM and authentication tools (SoftHSMv2, OpenSC, tpm2-tools, p11-kit, minisign, FreeRADIUS, libsrtp, yubico-piv-tool): snapshots via fetch, each message read in the file named per entry (git show HEAD:<path>).
def _part_gh(add):
    # --- SoftHSMv2 (ERROR_MSG / WARNING_MSG text, as written to syslog/stderr) ---
    SH = "opendnssec/SoftHSMv2"
    add(SH, "src/lib/crypto/OSSLRSA.cpp", A, "RSA verify failed (0x02000068)", True)
    add(SH, "src/lib/crypto/OSSLRSA.cpp", A, "RSA PSS verify failed (0x02000068)", True)
    add(SH, "src/lib/slot_mgr/Token.cpp", A, "Incorrect SO PIN")
    add(SH, "src/lib/object_store/DB.cpp", S, "SQLITE3: database is locked (5)")
    add(SH, "src/lib/object_store/File.cpp", S,
        "Could not open the file (Permission denied): /var/lib/softhsm/tokens/6f1c2a0e-41b9-d3a8-5c77-0e2f9b1d4a63/token.object")
    add(SH, "src/lib/object_store/File.cpp", S, "Could not lock the file: Resource temporarily unavailable")
    add(SH, "src/lib/object_store/DBToken.cpp", S,
        "Refusing to open a non-existant database at \"/var/lib/softhsm/tokens/6f1c2a0e-41b9-d3a8-5c77-0e2f9b1d4a63/sqlite3.db\"")
    add(SH, "src/lib/common/SimpleConfigLoader.cpp", Z, "Bad format on line 7, skip")
    add(SH, "src/lib/object_store/OSToken.cpp", Z, "Token integrity check failed")
    add(SH, "src/lib/data_mgr/SecureDataManager.cpp", Z, "Invalid IV in encrypted data")
    add(SH, "src/lib/object_store/ObjectStoreToken.cpp", U, "Unknown value (lmdb) for objectstore.backend in configuration")
    add(SH, "src/lib/SoftHSM.cpp", U, "The FIPS self test failed")

    # --- OpenSC (sc_strerror table, sc_log text, tool messages) ---
    OS = "OpenSC/OpenSC"
    add(OS, "src/pkcs11/openssl.c", A, "EVP_VerifyFinal(): Signature invalid", True)
    add(OS, "src/libopensc/card-piv.c", A, "sm_cvc signature invalid", True)
    add(OS, "src/libopensc/card-piv.c", A, "AuthCryptogram compare failed", True)
    add(OS, "src/libopensc/card-epass2003.c", A, "MAC or SW incorrect", True)
    add(OS, "src/tools/pkcs11-tool.c", A,
        "error: Signature verification failed: rv = CKR_SIGNATURE_LEN_RANGE (0xc1)", True)
    for typ, m in [(A, "PIN code or key incorrect"), (A, "Security status not satisfied"),
                   (A, "Authentication method blocked"),
                   (T, "Timeout while waiting for event from card reader"),
                   (T, "Timed out while waiting for user input"),
                   (Z, "Invalid ASN.1 object"), (Z, "Premature end of ASN.1 stream"),
                   (U, "Reader in use by another application")]:
        add(OS, "src/libopensc/errors.c", typ, m)

    # --- tpm2-tools (LOG_ERR: "ERROR: <message>" on stderr) ---
    TT = "tpm2-software/tpm2-tools"
    add(TT, "tools/misc/tpm2_checkquote.c", A, "ERROR: Verify signature failed!", True)
    add(TT, "tools/misc/tpm2_checkquote.c", A, "ERROR: Error validating signed message with public key provided", True)
    add(TT, "tools/misc/tpm2_checkquote.c", A, "ERROR: Error validating nonce from quote")
    add(TT, "tools/misc/tpm2_checkquote.c", Z, "ERROR: Bad magic, got: 0x0, expected: 0xff544347")
    add(TT, "lib/files.c", S,
        "ERROR: Could not open file \"/var/lib/stemedb/tpm/primary.ctx\" error No such file or directory")
    add(TT, "lib/files.c", Z, "ERROR: Unsupported context file format version found, got: 3")
    add(TT, "lib/files.c", Z, "ERROR: Error deserializing public structure: 0x90006")
    add(TT, "lib/files.c", Z,
        "ERROR: Size mismatch found on contextBlob, got 6144 expected less than or equal to 5120")
    add(TT, "lib/tpm2_openssl.c", A, "ERROR: Invalid key authorization")
    add(TT, "lib/tpm2_options.c", U, "ERROR: Could not load tcti, got: \"mssim:host=10.0.0.12,port=2321\"")

    # --- p11-kit (p11_kit_strerror table; p11_message prints "p11-kit: <message>") ---
    PK = "p11-glue/p11-kit"
    add(PK, "p11-kit/messages.c", A, "The signature is bad or corrupted", True)
    for typ, m in [(A, "The password or PIN is incorrect"), (A, "The password or PIN is locked"), (A, "No user has logged in"),
                   (U, "The device was removed or unplugged")]:
        add(PK, "p11-kit/messages.c", typ, m)
    add(PK, "p11-kit/rpc-message.c", Z, "p11-kit: invalid message: signature doesn't match")
    add(PK, "p11-kit/rpc-transport.c", N, "p11-kit: received invalid rpc header values: perhaps wrong protocol")
    add(PK, "p11-kit/rpc-transport.c", N, "p11-kit: closing socket due to protocol failure")
    add(PK, "p11-kit/rpc-transport.c", N, "p11-kit: couldn't receive socket credentials: Connection reset by peer")
    add(PK, "trust/parser.c", S,
        "p11-kit: couldn't open and map file: /etc/pki/ca-trust/source/anchors/stemedb-ca.pem: Permission denied")
    add(PK, "trust/token.c", S,
        "p11-kit: couldn't create directory: /etc/pki/ca-trust/source/blocklist: Read-only file system")
    add(PK, "p11-kit/import-object.c", Z, "p11-kit: unrecognized PEM label: ENCRYPTED PRIVATE KEY")

    # --- minisign (C tool: exit_msg / perror / fprintf(stderr)) ---
    MS = "jedisct1/minisign"
    for typ, m in [(A, "Passwords don't match"),
                   (A, "Verification would fail with the given public key"),
                   (Z, "Untrusted signature comment too long"),
                   (Z, "Signature file contains unprintable characters"),
                   (Z, "base64 conversion failed - was an actual signature given?"),
                   (S, "Error while loading the secret key file"),
                   (S, "/home/stemedb/.minisign/minisign.key: No such file or directory"),
                   (U, "Unsupported key derivation function"),
                   (U, "Legacy (non-prehashed) signature found"),
                   (U, "Unable to complete key derivation - This probably means out of memory: Cannot allocate memory")]:
        add(MS, "src/minisign.c", typ, m)
    add(MS, "src/minisign.c", A,
        "Signature key id in /var/lib/stemedb/releases/stemedb-api.tar.gz.minisig is 9F2C4A17D0B3E815\n"
        "but the key id in the public key is 5A1E0C3B77D24F90")

    # --- FreeRADIUS ---
    FR = "FreeRADIUS/freeradius-server"
    add(FR, "src/protocols/radius/base.c", A, "Message-Authenticator fails verification. shared secret is incorrect", True)
    add(FR, "src/protocols/radius/base.c", A, "invalid Response Authenticator (shared secret is incorrect)", True)
    add(FR, "src/protocols/radius/base.c", A, "packet fails verification, shared secret is incorrect", True)
    add(FR, "src/protocols/radius/base.c", A, "Message-Authenticator is required for this packet, but it is missing")
    add(FR, "src/protocols/radius/base.c", Z, "header 'length' field has a value larger than the received data")
    add(FR, "src/protocols/radius/decode.c", A,
        "Tunnel Password is too long for the attribute (shared secret is probably incorrect!)")
    add(FR, "src/lib/ldap/base.c", T, "Timed out while waiting for server to respond")
    add(FR, "src/lib/server/connection.c", T, "Connection failed - timed out after 3s")
    add(FR, "src/lib/server/exec.c", T, "Timeout waiting for program to exit")
    add(FR, "src/lib/ldap/base.c", A, "Insufficient access. Check the identity and password configuration directives")
    add(FR, "src/lib/tls/ctx.c", N, "Private key does not match the certificate public key")
    add(FR, "src/modules/rlm_sql/drivers/rlm_sql_mysql/rlm_sql_mysql.c", N,
        "Could't connect to MySQL server radius@10.0.0.12:radius")
    add(FR, "src/modules/rlm_sql/drivers/rlm_sql_mysql/rlm_sql_mysql.c", N,
        "MySQL is waiting on a socket it has already closed")
    add(FR, "src/modules/rlm_mschap/auth_wbclient.c", N, "Unable to contact winbind!")
    add(FR, "src/lib/bio/fd_open.c", S,
        "Failed opening file /var/log/radius/radacct/10.0.0.12/detail-20260822: Permission denied")
    add(FR, "src/modules/rlm_sql/sql.c", S,
        "Failed writing to logfile '/var/log/radius/sqllog.sql': No space left on device")

    # --- libsrtp (srtp_err_report / debug_print: "<module>: <message>") ---
    SR = "cisco/libsrtp"
    add(SR, "srtp/srtp.c", U, "srtp: in stream 0x5eedc0de: \tkey usage hard limit reached")
    add(SR, "srtp/srtp.c", U, "srtp: in stream 0x5eedc0de: \tpacket index limit reached")
    add(SR, "srtp/srtp.c", U, "srtp: in stream 0x1a2b3c4d: \tSSRC collision")
    add(SR, "srtp/srtp.c", U, "srtp: unsupported cryptex mode, AEAD, CC and not inplace io")
    add(SR, "crypto/kernel/alloc.c", U, "alloc: allocation failed (asked for 65536 bytes)")

    # --- yubico-piv-tool (ykpiv_strerror table, DBG lines, tool messages) ---
    YK = "Yubico/yubico-piv-tool"
    add(YK, "tool/yubico-piv-tool.c", A, "Failed RSA verification.", True)
    add(YK, "tool/yubico-piv-tool.c", A, "Failed ECDSA verification.", True)
    add(YK, "lib/scp11_util.c", A, "DBG scp11_util.c:115 (scp11_unmac_data): Response MAC and message MAC mismatch", True)
    add(YK, "lib/ykpiv.c", A, "DBG ykpiv.c:1304 (scp11_decrypt_response): Failed to verify response MAC", True)
    add(YK, "tool/yubico-piv-tool.c", A, "Pin verification failed, 2 tries left before pin is blocked.")
    add(YK, "tool/yubico-piv-tool.c", A, "Pin code blocked, use unblock-pin action to unblock.")
    add(YK, "tool/yubico-piv-tool.c", A, "Failed authentication with the application: Authentication error.")
    add(YK, "tool/yubico-piv-tool.c", S, "Failed opening input file /var/lib/stemedb/keys/node2.csr.")
    add(YK, "lib/ykpiv.c", Z, "DBG ykpiv.c:1821 (_general_authenticate): Failed parsing signature reply.")
    add(YK, "lib/error.c", U, "PCSC service not available")

def holdout25(add):
    for part in (_part_ge, _part_gf, _part_gg, _part_gh):
        part(add)
