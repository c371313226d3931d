"""The sixth blind batch: wordings from sources in no earlier batch, gathered
after the fifth joined the catalogue. Four helper sessions read them blind,
with the same brief and conventions as the fourth and fifth. Each wording was
read in the file named beside it; fills not read in the source are named in
each part's note. build.py adds it to the catalogue. One wording (krb5
PKINIT's "Invalid signature") was left out unscored: the test set holds the
same text from another source.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401

# kube-rs/kube, fussybeaver/bollard, vectordotdev/vector (sources/sinks), awslabs/aws-lambda-rust-runtime, linkerd/linkerd2-proxy, rusoto/rusoto: snapshots via fetch, each message read in the file named per entry (git show HEAD:<path>); placeholders filled plausibly.
def _part_e(add):
    # --- kube-rs/kube (client, config, auth, runtime) ---
    R = "kube-rs/kube"
    LM = "Some(ListMeta { continue_: None, remaining_item_count: None, resource_version: None, self_link: None })"
    for typ, m in [
        (A, 'ApiError: Unauthorized: Unauthorized (Status { status: Some(Failure), code: 401, message: "Unauthorized", '
            'metadata: ' + LM + ', reason: "Unauthorized", details: None })'),
        (N, "ServiceError: client error (Connect)"),
        (Z, "UTF-8 Error: invalid utf-8 sequence of 1 bytes from index 12"),
        (Z, "Error deserializing response: missing field `kind` at line 1 column 142"),
        (A, "auth error: invalid bearer token: failed to parse header value"),
        (A, "auth error: auth exec command 'aws-iam-authenticator' failed with status exit status: 1: "
            'Output { status: ExitStatus(unix_wait_status(256)), stdout: "", '
            'stderr: "could not get token: NoCredentialProviders: no valid providers in chain\\n" }'),
        (S, "auth error: failed to read token file '\"/var/run/secrets/kubernetes.io/serviceaccount/token\"': "
            "No such file or directory (os error 2)"),
        (A, "auth error: failed OIDC: invalid ID token: not a valid JWT token"),
    ]:
        add(R, "kube-client/src/error.rs" if not m.startswith("auth error") else "kube-client/src/client/auth/mod.rs", typ, m)
    for typ, m in [
        (S, "Failed to infer provided configuration: failed to read kubeconfig from '\"/root/.kube/config\"': "
            "Permission denied (os error 13)"),
        (U, "Failed to infer provided configuration: failed to determine current context"),
        (U, "Failed to infer configuration: failed to infer config: in-cluster: (failed to read an incluster "
            "environment variable: environment variable not found), kubeconfig: (failed to find the path of kubeconfig)"),
    ]:
        add(R, "kube-client/src/config/mod.rs", typ, m)
    add(R, "kube-client/src/config/incluster_config.rs", Z, "failed to parse cluster port: invalid digit found in string")
    add(R, "kube-client/src/client/upgrade.rs", N, "failed to upgrade to a WebSocket connection: Sec-WebSocket-Accept key mismatched")
    add(R, "kube-runtime/src/controller/mod.rs", U,
        "tried to reconcile object ConfigMap.v1./stemedb-config.stemedb that was not found in local store")
    add(R, "kube-runtime/src/watcher.rs", U, "no metadata.resourceVersion in watch result (does resource support watch?)")

    # --- fussybeaver/bollard (Docker API client) ---
    R = "fussybeaver/bollard"
    for typ, m in [
        (U, "Docker responded with status code 404: No such container: stemedb-node2"),
        (S, "Docker responded with status code 500: write /var/lib/docker/tmp/GetImageBlob813274: no space left on device"),
        (Z, "Failed to deserialize JSON: invalid type: null, expected a string at line 1 column 312"),
        (U, "Buildkit requires a unique session"),
        (Z, "Unable to parse URL: relative URL without a base"),
        (N, "Socket not found: /var/run/docker.sock"),
        (U, "Docker context not found: stemedb-remote"),
        (S, "Cannot open/read certificate with path: /root/.docker/key.pem"),
    ]:
        add(R, "src/errors.rs", typ, m)
    add(R, "src/read.rs", Z, "bytes remaining on stream")
    for typ, m in [
        (N, "Grpc network failure: description = transport error"),
        (A, "Grpc response failure: status = The request does not have valid authentication credentials, "
            "message = unauthorized: authentication required"),
        (N, "TLS error during GRPC authentication with registry"),
        (A, "Registry responded with a non-OK status code: 401"),
        (T, "Docker-container lifecycle operation `inspect container` for `stemedb-builder` exceeded its timeout"),
    ]:
        add(R, "src/grpc/error.rs", typ, m)

    # --- vectordotdev/vector (sources and sinks) ---
    R = "vectordotdev/vector"
    for typ, m in [
        (A, "Client request was unauthorized."),
        (T, "Client request timed out."), (U, "Client sent too many requests (rate limiting)."),
    ]:
        add(R, "src/sinks/datadog/mod.rs", typ, m)
    add(R, "src/sinks/splunk_hec/common/util.rs", A, "Invalid HEC token")
    add(R, "src/sinks/splunk_hec/common/util.rs", U, "Queues are full")
    add(R, "src/sinks/s3_common/config.rs", U, 'Unknown bucket: "stemedb-backups"')
    add(R, "src/sinks/mod.rs", N, 'Unable to resolve DNS for "node2:18182"')
    add(R, "src/sinks/util/tcp.rs", N, "Connect error: Connection refused (os error 111)")
    add(R, "src/sinks/util/path_confinement.rs", S,
        'I/O error while resolving base directory "/var/lib/stemedb/export": Permission denied (os error 13)')
    add(R, "src/sinks/loki/service.rs", N, "Server responded with an error: 503 Service Unavailable")
    for typ, m in [
        (T, "Connection attempt timed out"),
        (T, "Connection timed out while waiting for a pong response"),
    ]:
        add(R, "src/sources/websocket/source.rs", typ, m)
    add(R, "src/sources/aws_kinesis_firehose/errors.rs", A,
        "Invalid access key. X-Amz-Firehose-Access-Key does not match configured access_key for request: "
        "5b0c7d2e-8f1a-4c3b-9d6e-2a7f4e1c0b93")
    add(R, "src/sources/aws_kinesis_firehose/handlers.rs", Z, "Could not base64 decode request data: Invalid symbol 61, offset 10.")
    add(R, "src/sources/logstash.rs", Z, "Failed to decode JSON frame: EOF while parsing an object at line 1 column 57")
    add(R, "src/sources/host_metrics/cgroups.rs", S, 'Could not open cgroup data file "/sys/fs/cgroup/cpu.stat".')
    add(R, "lib/file-source-common/src/checkpointer.rs", S, "Unable to load checkpoint data.")

    # --- awslabs/aws-lambda-rust-runtime ---
    R = "awslabs/aws-lambda-rust-runtime"
    add(R, "lambda-runtime/src/deserializer.rs", Z,
        "failed to deserialize the incoming data into the function's payload type: missing field `agent_id` at line 1 column 58")
    add(R, "lambda-http/src/ext/request.rs", Z, "failed to parse payload from application/json expected value at line 1 column 1")
    add(R, "lambda-extension/src/extension.rs", N, "unable to register the extension: 500 Internal Server Error")
    add(R, "lambda-extension/src/extension.rs", N, "missing extension id header")
    add(R, "lambda-extension/src/extension.rs", N, "Error serving connection: hyper::Error(IncompleteMessage)")
    add(R, "lambda-runtime/src/layers/panic.rs", U, "user handler panicked")
    add(R, "lambda-runtime/src/layers/api_response.rs", N, "Lambda Runtime server returned an unexpected error")
    add(R, "lambda-runtime/src/layers/api_response.rs", Z,
        "Failed to parse raw JSON event received from Lambda. The handler will not be called. Log at TRACE level to see the payload.")
    add(R, "lambda-runtime/src/layers/api_response.rs", U, "failed to build error response for Lambda Runtime API")
    add(R, "lambda-runtime/src/layers/api_client.rs", N, "failed to send request to Lambda Runtime API")
    add(R, "lambda-runtime/src/lib.rs", Z,
        "AWS_LAMBDA_FUNCTION_MEMORY_SIZE env var is not <i32>: ParseIntError { kind: InvalidDigit }")
    add(R, "lambda-events/src/encodings/time.rs", Z, "invalid time delta seconds `100000000000000000`")

    # --- linkerd/linkerd2-proxy ---
    R = "linkerd/linkerd2-proxy"
    for typ, m, p in [
        (T, "connect timed out after 1s", "linkerd/app/core/src/errors.rs"),
        (T, "HTTP response timeout after 10s", "linkerd/proxy/http/src/timeout.rs"),
        (T, "TLS detection timed out", "linkerd/tls/src/server.rs"),
        (N, "failed SRV and A record lookups: failed to resolve SRV record: error response: NXDomain; "
            "failed to resolve A record: error response: NXDomain", "linkerd/dns/src/lib.rs"),
        (N, "failed to obtain peer address: Transport endpoint is not connected (os error 107)",
         "linkerd/proxy/transport/src/listen.rs"),
        (A, "unauthorized connection on server/stemedb-api", "linkerd/app/inbound/src/policy.rs"),
        (A, "unauthorized request on route", "linkerd/app/inbound/src/policy/http.rs"),
        (A, "no matching SVID found", "linkerd/proxy/spire-client/src/api.rs"),
        (U, "service in fail-fast", "linkerd/stack/src/failfast.rs"),
        (U, "total rate limit exceeded: 100rps", "linkerd/proxy/server-policy/src/local_rate_limit.rs"),
        (U, "no route found for request", "linkerd/app/inbound/src/policy/http.rs"),
        (U, "request was cancelled before completion", "linkerd/http/prom/src/record_response.rs"),
        (Z, "insufficient bytes when decoding binary header", "linkerd/trace-context/src/lib.rs"),
        (N, "upgraded connection failed with HTTP/2 reset: refused stream before processing any application logic",
         "linkerd/proxy/http/src/orig_proto.rs"),
    ]:
        add(R, p, typ, m)

    # --- rusoto/rusoto ---
    R = "rusoto/rusoto"
    for typ, m in [
        (T, "Timeout while dispatching request"),
        (N, "Error during dispatch: error trying to connect: tcp connect error: Connection refused (os error 111)"),
    ]:
        add(R, "rusoto/core/src/request.rs", typ, m)
    add(R, "rusoto/core/src/error.rs", U, "Failed to run blocking future")
    for m in ["Malformed event: ended unexpectedly", "Event stream closed with incomplete data remaining"]:
        add(R, "rusoto/core/src/event_stream.rs", Z, m)
    add(R, "rusoto/core/src/proto/xml/util.rs", Z, "START Expected Error got ErrorResponse")
    add(R, "rusoto/credential/src/lib.rs", A,
        "Couldn't find AWS credentials in environment, credentials file, or IAM role.")
    add(R, "rusoto/credential/src/lib.rs", N,
        "Couldn't connect to credentials provider: error trying to connect: tcp connect error: Connection refused (os error 111)")
    add(R, "rusoto/credential/src/environment.rs", A, "No (or empty) AWS_SECRET_ACCESS_KEY in environment")
    add(R, "rusoto/credential/src/profile.rs", S,
        'Couldn\'t stat credentials file: [ "/root/.aws/credentials" ]. Non existant, or no permission.')
    add(R, "rusoto/credential/src/profile.rs", A,
        "Credential process failed with exit status: 1: Error when retrieving token from sso: Token has expired and refresh failed")
    add(R, "rusoto/credential/src/instance_metadata.rs", T, "Could not get credentials from iam: Request timed out")
    add(R, "rusoto/credential/src/container.rs", N,
        "Could not get credentials from container: Response failed: connection closed before message completed")
    add(R, "rusoto/signature/src/region.rs", U, "Not a valid AWS region: eu-central-9")


# OpenLDAP ldap_err2string/ld_error, MIT krb5 error tables and k5_setmsg texts, Cyrus SASL sasl_errstring/sasl_errdetail, libssh2 ssh2_err texts, PCRE2 pcre2_get_error_message texts (plus the BurntSushi/rust-pcre2 Display prefix): newest snapshots via fetch, read with git show; each message read in the file named per entry.
def _part_f(add):
    # --- OpenLDAP libldap: ldap_err2string() table ---
    R = "openldap/openldap"
    for typ, m in [(N, "Can't contact LDAP server"),
                   (N, "Connect error"),
                   (N, "Server is unavailable"),
                   (A, "Insufficient access"),
                   (A, "Strong(er) authentication required"),
                   (T, "Time limit exceeded"),
                   (U, "Size limit exceeded"),
                   (U, "No such object"),
                   (Z, "Invalid DN syntax"),
                   (Z, "Decoding error"),
                   (Z, "Bad search filter")]:
        add(R, "libraries/libldap/error.c", typ, m)
    # ld_error set by the OpenSSL TLS backend (hostname check, key pinning)
    for typ, m in [(N, "TLS: hostname does not match name in peer certificate"),
                   (N, "TLS: public key hash does not match provided pin")]:
        add(R, "libraries/libldap/tls_o.c", typ, m)

    # --- MIT krb5: krb5_err.et (com_err table) ---
    R = "krb5/krb5"
    for typ, sig, m in [(A, False, "Preauthentication failed"),
                        (A, False, "Password has expired"),
                        (A, False, "Ticket expired"),
                        (A, False, "Clock skew too great"),
                        (A, True, "Decrypt integrity check failed"),
                        (N, False, "Can't verify certificate"),
                        (N, False, "Cannot resolve network address for KDC in requested realm"),
                        (S, False, "Credentials cache I/O operation failed"),
                        (S, False, "Insufficient system space to store replay information"),
                        (S, False, "Permission denied in replay cache code"),
                        (S, False, "Error writing to credentials cache"),
                        (S, False, "Can't open/find Kerberos configuration file"),
                        (Z, False, "Improper format of Kerberos configuration file"),
                        (Z, False, "Bad format in credentials cache"),
                        (Z, False, "Unsupported key table format version number"),
                        (Z, False, "Bad checksum in SAM challenge")]:
        add(R, "src/lib/krb5/error_tables/krb5_err.et", typ, m, sig)
    # GSS-API krb5 mechanism and generic minor-status tables
    for typ, m in [(Z, "Sequence number in token is corrupt"),
                   (Z, "Unknown signature type in token")]:
        add(R, "src/lib/gssapi/krb5/gssapi_err_krb5.et", typ, m)
    add(R, "src/lib/gssapi/generic/gssapi_err_generic.et", Z, "Token header is malformed or corrupt")
    add(R, "src/lib/krb5/error_tables/asn1_err.et", Z, "ASN.1 encoding ended unexpectedly")
    # GSS-API major status strings (gss_display_status)
    add(R, "src/lib/gssapi/generic/disp_major_status.c", A, "A token had an invalid signature", True)
    # extended messages set with k5_setmsg
    add(R, "src/lib/krb5/krb/get_in_tkt.c", A,
        "Client 'stemedb/node2@STEMEDB.INTERNAL' not found in Kerberos database")
    add(R, "src/lib/krb5/krb/rd_req_dec.c", A,
        "Cannot decrypt ticket for HTTP/node2.stemedb.internal@STEMEDB.INTERNAL using keytab key for "
        "HTTP/node2.stemedb.internal@STEMEDB.INTERNAL")
    add(R, "src/lib/krb5/os/sendto_kdc.c", N, "Cannot contact any KDC for realm 'STEMEDB.INTERNAL'")
    add(R, "src/lib/krb5/keytab/kt_file.c", S, "Key table file '/etc/stemedb/stemedb.keytab' not found")

    # --- Cyrus SASL: sasl_errstring() table ---
    R = "cyrusimap/cyrus-sasl"
    for typ, m in [(A, "authentication failure"),
                   (A, "authorization failure"),
                   (A, "passphrase expired, has to be reset"),
                   (A, "server failed mutual authentication step"),
                   (N, "remote authentication server unavailable"),
                   (U, "invalid parameter supplied"),
                   (Z, "error when parsing configuration file")]:
        add(R, "lib/common.c", typ, m)
    # sasl_errdetail(): "SASL(%d): %s: " + the plugin's seterror text
    add(R, "plugins/passdss.c", A, "SASL(-9): integrity check failed: HMAC is incorrect", True)
    add(R, "plugins/scram.c", A, "SASL(-13): authentication failure: ServerSignature mismatch", True)
    add(R, "plugins/scram.c", A, "SASL(-13): authentication failure: StoredKey mismatch")
    add(R, "plugins/scram.c", Z, "Invalid base64 encoding of the salt in SCRAM-SHA-256 input")
    add(R, "plugins/plain.c", A, "SASL(-13): authentication failure: Password verification failed")
    add(R, "plugins/otp.c", T, "SASL(-24): remote authentication server unavailable: OTP: server timed out")
    add(R, "lib/checkpw.c", N,
        "SASL(-1): generic failure: cannot connect to saslauthd server: Connection refused")

    # --- libssh2: ssh2_err() texts (session last error) ---
    R = "libssh2/libssh2"
    add(R, "src/packet.c", A, "Invalid MAC received", True)
    add(R, "src/pem.c", A, "GCM auth tag invalid", True)
    add(R, "src/pem.c", Z, "GCM auth tag missing")
    add(R, "src/kex.c", A, "Unable to verify hostkey signature curve25519", True)
    add(R, "src/kex.c", A, "Unable to verify hostkey signature DH-SHA", True)
    add(R, "src/userauth.c", A,
        "Invalid signature for supplied public key, or bad username/public key combination", True)
    add(R, "src/transport.c", U, "Failed to calculate MAC")
    add(R, "src/agent.c", A, "agent sign failure")
    for typ, m in [(A, "Username/PublicKey combination invalid"),
                   (U, "No signing signature matched"),
                   (S, "Unable to open public key file")]:
        add(R, "src/userauth.c", typ, m)
    add(R, "src/openssl.c", A, "Wrong passphrase for private key")
    for typ, m in [(T, "Timed out waiting for KEX reply"),
                   (U, "The requested method(s) are not currently supported")]:
        add(R, "src/kex.c", typ, m)
    for typ, m in [(T, "Timed out waiting on socket"),
                   (T, "API timeout expired")]:
        add(R, "src/session.c", typ, m)
    add(R, "src/sftp.c", T, "Timeout waiting for response from SFTP subsystem")
    add(R, "src/channel.c", N, "Channel open failure (connect failed)")
    add(R, "src/keepalive.c", N, "Unable to send keepalive message")
    add(R, "src/knownhost.c", Z, "Failed to parse known hosts file")

    # --- PCRE2: pcre2_get_error_message() texts ---
    R = "PCRE2Project/pcre2"
    for typ, m in [(Z, "bad serialized data"),
                   (Z, "magic number missing"),
                   (U, "pattern compiled in wrong mode: 8/16/32-bit error")]:
        add(R, "src/pcre2_error.c", typ, m)
    # as printed through the Rust pcre2 crate's Display
    RP = "BurntSushi/rust-pcre2"
    for typ, m in [(Z, "PCRE2: error compiling pattern at offset 14: missing closing parenthesis"),
                   (Z, "PCRE2: error compiling pattern at offset 6: missing terminating ] for character class"),
                   (Z, "PCRE2: error compiling pattern at offset 0: quantifier does not follow a repeatable item"),
                   (Z, "PCRE2: error compiling pattern at offset 11: reference to non-existent subpattern"),
                   (U, "PCRE2: error compiling pattern at offset 0: regular expression is too large"),
                   (U, "PCRE2: error matching: match limit exceeded"),
                   (U, "PCRE2: error matching: heap limit exceeded"),
                   (U, "PCRE2: error matching: JIT stack limit reached"),
                   (Z, "PCRE2: error matching: UTF-8 error: isolated byte with 0x80 bit set")]:
        add(RP, "src/error.rs", typ, m)


# Files, processes and signals: tempfile, walkdir, fs_extra, rust-ctrlc, memmap2, which-rs, ripgrep's ignore + globset crates, and (al8n/fs4 has no snapshot here) the file-lock crates fd-lock and fslock (fs2-rs, fs4's parent, was read too but has no wording of its own); snapshots via fetch (git show HEAD:<path>), each message read in the file named per entry, placeholders and inner io::Error texts filled plausibly.
def _part_g(add):
    _tempfile(add)
    _walkdir(add)
    _fs_extra(add)
    _locks_and_signals(add)
    _memmap2(add)
    _which(add)
    _ignore(add)


def _tempfile(add):
    # --- Stebalien/tempfile: PersistError / PathPersistError Display + Debug (src/file/mod.rs),
    # PathError "{err} at path {path:?}" (src/error.rs) wrapped by with_err_path around
    # create/read/write/seek/close, the "too many temporary files" exhaustion (src/util.rs) ---
    R = "Stebalien/tempfile"
    for typ, m in [(S, "failed to persist temporary file: Invalid cross-device link (os error 18)"),
                   (S, "failed to persist temporary file path: File exists (os error 17)"),
                   (S, "PersistError(Os { code: 13, kind: PermissionDenied, message: \"Permission denied\" })"),
                   (U, "cannot construct a TempPath from an empty path")]:
        add(R, "src/file/mod.rs", typ, m)
    add(R, "src/util.rs", S, "too many temporary files exist at path \"/var/lib/stemedb/tmp\"")
    add(R, "src/file/imp/unix.rs", S,
        "original tempfile has been replaced at path \"/var/lib/stemedb/tmp/.tmpQ7xK2p\"")
    add(R, "src/file/imp/other.rs", U, "operation not supported on this platform")
    add(R, "src/dir/imp/any.rs", U, "changing permissions is not supported on this platform")
    for typ, m in [(S, "No space left on device (os error 28) at path \"/var/lib/stemedb/tmp/.tmpR4nD0m\""),
                   (S, "Permission denied (os error 13) at path \"/var/lib/stemedb/tmp/.tmpk3JfQ9\""),
                   (S, "Read-only file system (os error 30) at path \"/var/lib/stemedb/tmp/.tmpZ9c2Lm\""),
                   (S, "Directory not empty (os error 39) at path \"/var/lib/stemedb/tmp/.tmpSnap01\""),
                   (S, "Input/output error (os error 5) at path \"/var/lib/stemedb/tmp/.tmpF1u5hW\""),
                   (Z, "stream did not contain valid UTF-8 at path \"/var/lib/stemedb/tmp/.tmpW2bx8c\""),
                   (Z, "failed to fill whole buffer at path \"/var/lib/stemedb/tmp/.tmpL0aD3r\""),
                   (T, "Connection timed out (os error 110) at path \"/mnt/nfs/stemedb/tmp/.tmpN5fsX1\""),
                   (A, "Required key not available (os error 126) at path \"/var/lib/stemedb/tmp/.tmpE8nc0d\"")]:
        add(R, "src/error.rs", typ, m)


def _walkdir(add):
    # --- BurntSushi/walkdir: walkdir::Error Display (src/error.rs), Debug form, src/util.rs ---
    R = "BurntSushi/walkdir"
    for typ, m in [(S, "IO error for operation on /var/lib/stemedb/data: Permission denied (os error 13)"),
                   (S, "IO error for operation on /var/lib/stemedb/data/wal/000045.log: No such file or directory (os error 2)"),
                   (S, "IO error for operation on /var/lib/stemedb/data/sst: Too many open files (os error 24)"),
                   (S, "IO error for operation on /var/lib/stemedb/data/000123.sst: Stale file handle (os error 116)"),
                   (S, "IO error for operation on /var/lib/stemedb/data/CURRENT/000007: Not a directory (os error 20)"),
                   (T, "IO error for operation on /mnt/backup/stemedb/snapshots: Connection timed out (os error 110)"),
                   (N, "IO error for operation on /mnt/backup/stemedb: Host is down (os error 112)"),
                   (A, "IO error for operation on /var/lib/stemedb/data/keys: Key has been revoked (os error 128)"),
                   (S, "File system loop found: /var/lib/stemedb/data/snapshots/latest points to an ancestor /var/lib/stemedb/data"),
                   (S, "Error { depth: 1, inner: Loop { ancestor: \"/var/lib/stemedb/data\", child: \"/var/lib/stemedb/data/snapshots/latest\" } }")]:
        add(R, "src/error.rs", typ, m)
    add(R, "src/util.rs", U, "walkdir: same_file_system option not supported on this platform")


def _fs_extra(add):
    # --- webdesus/fs_extra: Error Display is the message given to err!() (src/error.rs);
    # the messages are in src/file.rs, src/dir.rs, src/lib.rs; Debug form of Error ---
    R = "webdesus/fs_extra"
    for typ, m in [(S, "Path does not exist or you don't have access!"),
                   (S, "Path \"/var/lib/stemedb/data/MANIFEST-000007\" is not a file!"),
                   (S, "Path \"/var/lib/stemedb/backup/000123.sst\" exists"),
                   (S, "Couldn't write the whole buffer to file")]:
        add(R, "src/file.rs", typ, m)
    for typ, m in [(S, "Path \"/var/lib/stemedb/snapshots/000123\" does not exist or you don't have access!"),
                   (S, "Path \"/var/lib/stemedb/snapshots/000124\" does not exist"),
                   (S, "Path \"/var/lib/stemedb/snapshots/current\" is not a directory!"),
                   (S, "Path is not a directory or you don't have access!"),
                   (S, "Path does not directory"),
                   (S, "Overwrite denied for this situation!"),
                   (U, "Error get parent path"),
                   (U, "Invalid folder from")]:
        add(R, "src/dir.rs", typ, m)
    for typ, m in [(U, "Options 'content_only' not acccess for copy_items function"),
                   (U, "Options 'content_only' not access for move_items_with_progress function"),
                   (U, "Invalid file name")]:
        add(R, "src/lib.rs", typ, m)
    for typ, m in [(S, "Io error. Look inside err_kind for more details."),
                   (U, "StripPrefixError. Look inside for more details"),
                   (S, "Error { kind: PermissionDenied, message: \"Permission denied (os error 13)\" }"),
                   (S, "Error { kind: NotFound, message: \"No such file or directory (os error 2)\" }"),
                   (T, "Error { kind: Io(Os { code: 110, kind: TimedOut, message: \"Connection timed out\" }), message: \"Io error. Look inside err_kind for more details.\" }"),
                   (S, "Error { kind: Io(Os { code: 28, kind: StorageFull, message: \"No space left on device\" }), message: \"Io error. Look inside err_kind for more details.\" }")]:
        add(R, "src/error.rs", typ, m)


def _locks_and_signals(add):
    # al8n/fs4: no snapshot here. Its parent danburkert/fs2-rs only returns OS errors
    # (no wording of its own); yoshuawuyts/fd-lock and brunoczim/fslock taken instead.
    add("yoshuawuyts/fd-lock", "src/sys/unsupported/rw_lock.rs", U, "target unsupported")
    FL = "brunoczim/fslock"
    add(FL, "src/lib.rs", U, "Cannot lock if already owning a lock")
    add(FL, "src/lib.rs", U, "Attempted to unlock already unlocked lockfile")

    # --- Detegr/rust-ctrlc: ctrlc::Error Display "Ctrl-C error: {describe}" (src/error.rs),
    # the handler thread's expect (src/lib.rs), the README example's expects (Debug forms) ---
    R = "Detegr/rust-ctrlc"
    for m in ["Ctrl-C error: Ctrl-C signal handler already registered",
              "Ctrl-C error: Signal could not be found from the system",
              "Ctrl-C error: Unexpected system error"]:
        add(R, "src/error.rs", U, m)
    add(R, "src/lib.rs", U, "Critical system error while waiting for Ctrl-C")
    for m in ["Error setting Ctrl-C handler: MultipleHandlers",
              "Error setting Ctrl-C handler: System(Custom { kind: Other, error: EINVAL })",
              "Could not receive from channel.: RecvError"]:
        add(R, "examples/readme_example.rs", U, m)


def _memmap2(add):
    # --- RazrFalcon/memmap2-rs: io::Error::new texts (src/lib.rs), debug assertions
    # (src/unix.rs), the cat example's expects with the Debug of the io::Error ---
    R = "RazrFalcon/memmap2-rs"
    add(R, "src/lib.rs", U, "memory map length overflows isize")
    add(R, "src/lib.rs", U, "memory map offset is larger than length")
    add(R, "src/unix.rs", U, "assertion `left == right` failed: ptr not page-aligned\n  left: 2048\n right: 0")
    for typ, m in [(S, "failed to open the file: Os { code: 2, kind: NotFound, message: \"No such file or directory\" }"),
                   (S, "failed to map the file: Os { code: 13, kind: PermissionDenied, message: \"Permission denied\" }"),
                   (U, "failed to map the file: Os { code: 12, kind: OutOfMemory, message: \"Cannot allocate memory\" }"),
                   (N, "failed to output the file contents: Os { code: 32, kind: BrokenPipe, message: \"Broken pipe\" }"),
                   (U, "supply a single path as the program argument")]:
        add(R, "examples/cat.rs", typ, m)


def _which(add):
    # --- harryfei/which-rs: which::Error and NonFatalError Display (src/error.rs), builder panics (src/lib.rs) ---
    R = "harryfei/which-rs"
    for typ, m in [(S, "cannot find binary path"),
                   (U, "no path to search and provided name is not an absolute path"),
                   (S, "cannot canonicalize path"),
                   (U, "PATHEXT environment variable is not populated, and the query did not specify a file extension")]:
        add(R, "src/error.rs", typ, m)
    for m in ["which can't use regex and cwd at the same time!",
              "binary_name not set! You must set binary_name or regex before searching!"]:
        add(R, "src/lib.rs", U, m)


def _ignore(add):
    # --- BurntSushi/ripgrep: globset::Error Display (crates/globset/src/lib.rs), only the kinds
    # glob.rs still raises; ignore::Error Display (crates/ignore/src/lib.rs) as built in
    # gitignore.rs (path + "line N" tags), types.rs, walk.rs, dir.rs ---
    R = "BurntSushi/ripgrep"
    for m in ["error parsing glob 'wal/[0-9*.log': unclosed character class; missing ']'",
              "error parsing glob 'snapshots/*}': unopened alternate group; missing '{' (maybe escape '}' with '[}]'?)",
              "error parsing glob 'manifest\\': dangling '\\'",
              "error parsing glob '[z-a]*.sst': invalid range; 'z' > 'a'"]:
        add(R, "crates/globset/src/lib.rs", Z, m)
    for typ, m in [(Z, "/var/lib/stemedb/.ignore: line 4: error parsing glob '*.{tmp,log': unclosed alternate group; missing '}' (maybe escape '{' with '[{]'?)"),
                   (Z, "/var/lib/stemedb/data/.ignore: line 3: stream did not contain valid UTF-8"),
                   (S, "/var/lib/stemedb/.gitignore: Permission denied (os error 13)")]:
        add(R, "crates/ignore/src/gitignore.rs", typ, m)
    add(R, "crates/ignore/src/types.rs", U, "unrecognized file type: sstable")
    add(R, "crates/ignore/src/types.rs", Z, "invalid definition (format is type:glob, e.g., html:*.html)")
    for m in ["<stdin>: <stdin> has no metadata",
              "CWD is not known, ignoring global gitignore /etc/stemedb/ignore"]:
        add(R, "crates/ignore/src/walk.rs", U, m)
    add(R, "crates/ignore/src/walk.rs", S,
        "/var/lib/stemedb/data/lost+found: Permission denied (os error 13)")
    add(R, "crates/ignore/src/dir.rs", S, "/srv/stemedb/config/.git: Input/output error (os error 5)")
    add(R, "crates/ignore/src/dir.rs", U, "Ignore::add_parents called on non-root matcher")


# lettre/lettre, maxcountryman/tower-sessions (+ maxcountryman/tower-sessions-stores), moka-rs/moka, boinkor-net/governor (+ benwis/tower-governor), Keats/tera (v1 branch, tera 1.x), RustCrypto/PAKEs (srp/spake2/aucpace) and facebook/opaque-ke (1Password/srp-rs unavailable): snapshots via fetch, read with git show, files named per entry.
def _part_h(add):
    # --- lettre: SMTP transport errors (Display "<kind>: <source>") ---
    LT = "lettre/lettre"
    for typ, m in [
        (T, "Connection error: connection timed out"),
        (N, "Connection error: could not resolve to any address"),
        (N, "Connection error: domain isn't a valid DNS name"),
        (U, "Connection error: smtp host undefined"),
        (N, "network error: Connection reset by peer (os error 104)"),
        (N, "Connection error: invalid peer certificate: UnknownIssuer"),
        (N, "tls error: invalid certificates"),
        (N, "tls error: no private key found"),
        (N, "tls error: min tls version Tlsv10 not supported in rustls"),
        (U, "transport has been shut down"),
        (A, "permanent error (535): 5.7.8 Authentication credentials invalid"),
        (A, "permanent error (530): 5.7.0 Authentication Required"),
        (N, "transient error (421): 4.3.2 Service not available, closing transmission channel"),
        (U, "permanent error (552): 5.3.4 Message size exceeds fixed maximum message size"),
        (T, "transient error (451): 4.4.2 Timeout - closing connection"),
    ]:
        add(LT, "src/transport/smtp/error.rs", typ, m)
    for typ, m, p in [
        (N, "internal client error: STARTTLS is not supported on this server", "src/transport/smtp/client/connection.rs"),
        (A, "internal client error: No compatible authentication mechanism was found", "src/transport/smtp/client/connection.rs"),
        (U, "internal client error: Envelope contains non-ascii chars but server does not support SMTPUTF8", "src/transport/smtp/client/connection.rs"),
        (U, "internal client error: Message contains non-ascii chars but server does not support 8BITMIME", "src/transport/smtp/client/connection.rs"),
        (N, "response error: incomplete response", "src/transport/smtp/client/connection.rs"),
        (A, "response error: Unexpected number of challenges", "src/transport/smtp/client/connection.rs"),
        (N, "internal client error: Connection is not encrypted", "src/transport/smtp/client/net.rs"),
        (A, "internal client error: Unrecognized challenge", "src/transport/smtp/authentication.rs"),
        (A, "response error: Could not read auth challenge", "src/transport/smtp/commands.rs"),
        (N, "response error: Could not read server name", "src/transport/smtp/extension.rs"),
        (S, "internal client error: No such file or directory (os error 2)", "src/transport/sendmail/mod.rs"),
        (Z, "response error: invalid utf-8 sequence of 1 bytes from index 17", "src/transport/sendmail/mod.rs"),
        (S, "response error: No space left on device (os error 28)", "src/transport/file/error.rs"),
        (S, "response error: Permission denied (os error 13)", "src/transport/file/error.rs"),
        (U, "missing destination address, invalid envelope", "src/error.rs"),
        (Z, "missing @ in email address", "src/error.rs"),
        (Z, "could not parse attachment filename", "src/error.rs"),
        (Z, "Unbalanced angle bracket", "src/address/types.rs"),
        (Z, "Invalid email domain", "src/address/types.rs"),
        (Z, "ed25519 decode error", "src/message/dkim.rs"),
    ]:
        add(LT, p, typ, m)

    # --- tower-sessions (and its stores) ---
    TS = "maxcountryman/tower-sessions"
    for typ, m, p in [
        (Z, "Decoding failed with: invalid type: string \"node2\", expected struct Record", "tower-sessions-core/src/session_store.rs"),
        (U, "Can't extract session. Is `SessionManagerLayer` enabled?", "tower-sessions-core/src/extract.rs"),
        (U, "Record should always be `Option::Some` at this point", "tower-sessions-core/src/session.rs"),
        (U, "missing cookies request extension", "src/service.rs"),
        (A, "possibly suspicious activity: malformed session id", "src/service.rs"),
        (S, "failed to save session", "src/service.rs"),
    ]:
        add(TS, p, typ, m)
    TSS = "maxcountryman/tower-sessions-stores"
    add(TSS, "sqlx-store/src/sqlite_store.rs", U,
        "Invalid table name 'stemedb sessions'. Table names must be alphanumeric and may contain hyphens or underscores.")
    add(TSS, "sqlx-store/src/postgres_store.rs", U,
        "Invalid schema name '1stemedb'. Schema names must start with a letter or underscore (including letters with "
        "diacritical marks and non-Latin letters).Subsequent characters can be letters, underscores, digits (0-9), or dollar signs ($).")

    # --- moka (cache): all logic / misuse ---
    MK = "moka-rs/moka"
    for typ, m, p in [
        (U, "Support for invalidation closures is disabled in this cache. Please enable it by calling the "
            "support_invalidation_closures method of the builder at the cache creation time", "src/common/error.rs"),
        (U, "[sessions] Disabled the eviction listener because it panicked at 'called `Option::unwrap()` on a `None` value'",
            "src/notification/notifier.rs"),
        (U, "Too many retries. Tried to read the return value from the `init` future but failed 200 times. "
            "Maybe the `init` kept panicking?", "src/future/value_initializer.rs"),
        (U, "Too many retries. Tried to read the return value from the `init` future but failed 200 times. "
            "Maybe the future containing `get_with`/`try_get_with` kept being aborted?", "src/future/value_initializer.rs"),
        (U, "Got unexpected state `Computing` after resolving `init` future. This might be a bug in Moka",
            "src/future/value_initializer.rs"),
        (U, "time_to_live is longer than 1000 years", "src/common/builder_utils.rs"),
        (U, "notify_entry_removal is called when the notification is disabled", "src/sync/base_cache.rs"),
    ]:
        add(MK, p, typ, m)

    # --- governor (rate limiting) and tower-governor ---
    GV = "boinkor-net/governor"
    for typ, m, p in [
        (U, "required number of cells 50 exceeds bucket's capacity", "governor/src/errors.rs"),
        (U, "rate-limited until QuantaInstant(Nanos(1187.420311s))", "governor/src/gcra.rs"),
        (U, "Duration is longer than 584 years", "governor/src/nanos.rs"),
    ]:
        add(GV, p, typ, m)
    TG = "benwis/tower-governor"
    for typ, m, p in [
        (U, "Too Many Requests! Wait for 3s", "src/errors.rs"),
        (U, "Unable to extract key!", "src/errors.rs"),
        (U, "Rate limit exceeded for peer IP [10.0.0.12], quota reset in 3s", "src/lib.rs"),
    ]:
        add(TG, p, typ, m)

    # --- tera 1.x (v1 branch): template loading / rendering errors ---
    TR = "Keats/tera"
    for typ, m, p in [
        (U, "Template 'emails/alert.html' not found", "src/errors.rs"),
        (U, "Circular extend detected for template 'base.html'. Inheritance chain: `[\"base.html\", \"layout.html\", \"base.html\"]`", "src/errors.rs"),
        (U, "Template 'dashboard.html' is inheriting from 'base.html', which doesn't exist or isn't loaded.", "src/errors.rs"),
        (Z, "UTF-8 conversion error occured while rendering template: converting rendered buffer to string", "src/errors.rs"),
        (N, "Io error while writing rendered value to output: BrokenPipe", "src/errors.rs"),
        (S, "Io error while writing rendered value to output: StorageFull", "src/errors.rs"),
        (S, "Couldn't open template '\"/var/lib/stemedb/templates/alert.html\"'", "src/tera.rs"),
        (S, "Failed to read template '\"/var/lib/stemedb/templates/alert.html\"'", "src/tera.rs"),
        (Z, "Failed to parse \"/var/lib/stemedb/templates/alert.html\"", "src/tera.rs"),
        (Z, "Failed to parse 'inline_status'", "src/tera.rs"),
        (U, "Tera expects a glob as input, no * were found in `/var/lib/stemedb/templates`", "src/tera.rs"),
        (U, "Variable `node.status` not found in context while rendering 'status.html'", "src/renderer/processor.rs"),
        (U, "Failed to render 'status.html'", "src/renderer/processor.rs"),
        (U, "Tried to do math with a string: `node2`", "src/renderer/processor.rs"),
        (U, "Macro `render_row` is missing the argument `node`", "src/renderer/processor.rs"),
        (U, "Macro namespace `macros` was not found in template `dashboard.html`. Have you maybe forgotten to import it, or misspelled it?", "src/renderer/macros.rs"),
        (Z, "Integer out of bounds: `99999999999999999999`", "src/parser/mod.rs"),
        (Z, "Error parsing `\"2024-13-45\"` as YYYY-MM-DD date", "src/builtins/filters/common.rs"),
        (Z, "Error parsing `\"yesterday\"` as rfc3339 date or naive datetime", "src/builtins/filters/common.rs"),
        (U, "Environment variable `STEMEDB_SMTP_HOST` not found", "src/builtins/functions.rs"),
    ]:
        add(TR, p, typ, m)

    # --- PAKE / SRP: RustCrypto/PAKEs (srp, spake2, aucpace) and facebook/opaque-ke ---
    PK = "RustCrypto/PAKEs"
    add(PK, "srp/src/errors.rs", A, "bad_record_mac: incorrect 'client' proof", True)
    add(PK, "srp/src/errors.rs", A, "illegal_parameter: bad 'a_pub' value")
    add(PK, "aucpace/src/errors.rs", A, "explicit mutual authentication failed, authenticators didn't match", True)
    for typ, m, p in [
        (A, "illegal point encountered", "aucpace/src/errors.rs"),
        (A, "username or password too long", "aucpace/src/errors.rs"),
        (U, "provided SSID is insecure - SSIDs must be at least 16 bytes long", "aucpace/src/errors.rs"),
        (U, "user must be registered before a long-term keypair can be stored", "aucpace/src/errors.rs"),
        (Z, "corrupt message", "spake2/src/error.rs"),
    ]:
        add(PK, p, typ, m)
    OQ = "facebook/opaque-ke"
    for typ, m in [
        (A, "Error in validating credentials"),
        (Z, "Error with serializing / deserializing protocol messages"),
        (Z, "Invalid length for `nonce`: expected 32, actual 16"),
        (U, "Internal error encountered"),
    ]:
        add(OQ, "src/errors.rs", typ, m)


def holdout6(add):
    for part in (_part_e, _part_f, _part_g, _part_h):
        part(add)
