"""The thirty-third blind batch: wordings from sources in no earlier batch.
Four helper sessions read them blind, with the same brief and conventions as
the earlier batches. Each wording was read in the file named beside it; fills
not read in the source are named in each part's note. build.py adds it to the
catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401


# part_ke (holdout33): Rust version control, package managers and build tools -- jj-vcs/jj, astral-sh/rye, prefix-dev/pixi, conda/rattler, moonrepo/moon, sagiegurari/cargo-make, volta-cli/volta read from snapshots via fetch (git show HEAD:<path>); vercel/turborepo and facebook/sapling (snapshots too large to fetch) read with read_file in the stored versions of the files named per entry. Each message read in its Display text (#[error], write!, strum to_string, anyhow bail!/context, format! of the error), placeholders filled plausibly (paths, hashes, URLs, inner OS/curl/reqwest errors).
def _part_ke(add):
    _ke_jj(add)
    _ke_rye(add)
    _ke_pixi(add)
    _ke_rattler(add)
    _ke_moon(add)
    _ke_cargo_make(add)
    _ke_volta(add)
    _ke_turborepo(add)
    _ke_sapling(add)


def _ke_jj(add):
    # jj-vcs/jj lib/src: thiserror #[error] texts (top-level Display; #[source] chains not appended).
    R = "jj-vcs/jj"
    for typ, m, p in [
        (S, "Failed to lock lock file: /home/dev/stemedb/.jj/repo/op_heads/lock", "lib/src/lock/unix.rs"),
        (S, "Reading tree state from /home/dev/stemedb/.jj/working_copy/tree_state", "lib/src/local_working_copy.rs"),
        (Z, "Decoding tree state from /home/dev/stemedb/.jj/working_copy/tree_state", "lib/src/local_working_copy.rs"),
        (S, "Failed to save table heads", "lib/src/stacked_table.rs"),
        (Z, "Invalid hash length for object of type commit (expected 20 bytes, got 19 bytes): 4e1243bd22c66e76c2ba9eddc1f91394e57f9f",
         "lib/src/backend.rs"),
        (A, "Access denied to read object 9f2c4e1a7b3d5f60c8e2a4b6d8f0a1c3e5b7d9f1 of type file", "lib/src/backend.rs"),
        (N, "Could not connect to Watchman", "lib/src/fsmonitor.rs"),
        (U, "Change ID prefix `kxq` is ambiguous", "lib/src/revset.rs"),
        (U, "Cannot rewrite the root commit", "lib/src/repo.rs"),
        (Z, "Unexpected commit index version", "lib/src/default_index/readonly.rs"),
        (Z, "Configuration cannot be parsed as TOML document", "lib/src/config.rs"),
    ]:
        add(R, p, typ, m)
    # SignError::InvalidSignatureFormat: the signature could not be checked -> a failed signature.
    # "Invalid signature" (lib/src/signing.rs, sig) left out: a test-set text.


def _ke_rye(add):
    # astral-sh/rye: anyhow bail!/anyhow!/context texts; path_context formats "{msg} (at '{path}')" (rye/src/utils/mod.rs).
    R = "astral-sh/rye"
    for typ, m, p in [
        (N, "download of https://github.com/indygreg/python-build-standalone/releases/download/20240224/cpython-3.12.2+20240224-x86_64-unknown-linux-gnu-install_only.tar.gz failed",
         "rye/src/bootstrap.rs"),
        (N, "Failed to download: 503", "rye/src/bootstrap.rs"),
        (Z, "hash mismatch: expected 5f2ad1e3b7c94d0a8e6f13c2b4a9d7e0f1c3b5a79d8e2f4061a3c5e7b9d1f2a4 got 0c9d3e7a1b5f2c8d4e6a0b9c7d1e3f5a2b4c6d8e0f1a3b5c7d9e2f4a6b8c0d1e",
         "rye/src/utils/mod.rs"),
        (S, "failed to read config (at '/home/dev/.rye/config.toml')", "rye/src/config.rs"),
        (Z, "failed to parse pyproject.toml (at '/srv/stemedb/tools/pyproject.toml')", "rye/src/pyproject.rs"),
        (S, "failed to set permissions (at '/home/dev/.rye/py/cpython@3.12.2/bin/python3.12')", "rye/src/utils/mod.rs"),
        (A, "an access token is required", "rye/src/cli/publish.rs"),
        (U, "virtualenv is not managed by rye. Run `rye sync -f` to force.", "rye/src/sync.rs"),
        (Z, "could not parse interpreter output as json", "rye/src/cli/toolchain.rs"),
    ]:
        add(R, p, typ, m)


def _ke_pixi(add):
    # prefix-dev/pixi crates (pixi's own crates only; not its uv-derived code): thiserror #[error] texts.
    R = "prefix-dev/pixi"
    for typ, m, p in [
        (N, "failed to download https://github.com/stemedb/fixtures/archive/refs/tags/v0.4.2.tar.gz: 503 Service Unavailable",
         "crates/pixi_url/src/error.rs"),
        (Z, "sha256 mismatch for https://github.com/stemedb/fixtures/archive/refs/tags/v0.4.2.tar.gz: expected 8d3f0a2c71b94e5d6a8c0f1e3b5d7a9c2e4f6081a3c5e7b9d0f2a4c6e8b1d3f5, got e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
         "crates/pixi_url/src/error.rs"),
        (Z, "received invalid response from the build backend (pixi-build-rust) when calling 'conda/outputs'",
         "crates/pixi_build_frontend/src/backend/json_rpc.rs"),
        (U, "the build backend (pixi-build-python) does not implement the method 'conda/build_v1'",
         "crates/pixi_build_frontend/src/backend/json_rpc.rs"),
        (S, "failed to read config from '/home/dev/.pixi/config.toml'", "crates/pixi_config/src/lib.rs"),
        (Z, "Lock-file version 7 is newer than supported", "crates/pixi_core/src/lock_file/update.rs"),
        (U, "failed to solve requirements of environment 'default' for platform 'linux-64'", "crates/pixi_core/src/lock_file/update.rs"),
        (U, "invalid working directory 'scripts/migrate'", "crates/pixi_task/src/executable_task.rs"),
        (U, "duckdb is already a dependency.", "crates/pixi_manifest/src/error.rs"),
    ]:
        add(R, p, typ, m)


def _ke_rattler(add):
    # conda/rattler crates: thiserror #[error] texts.
    R = "conda/rattler"
    for typ, m, p in [
        (S, "failed to acquire a lock on the repodata cache", "crates/rattler_repodata_gateway/src/fetch/mod.rs"),
        (N, "failed to download https://conda.anaconda.org/conda-forge/linux-64/repodata.json.zst",
         "crates/rattler_repodata_gateway/src/fetch/mod.rs"),
        (S, "failed to persist temporary repodata.json file to \"/home/dev/.cache/rattler/cache/repodata/09cdf8bf.json\"",
         "crates/rattler_repodata_gateway/src/fetch/mod.rs"),
        (Z, "hash mismatch when extracting https://conda.anaconda.org/conda-forge/linux-64/openssl-3.3.1-h4ab18f5_0.conda to /home/dev/.cache/rattler/cache/pkgs/openssl-3.3.1-h4ab18f5_0: expected 9b07f1c2a1e6d3f8b5c4a7e0d2f9b8c6a3e1d5f7b9c0a2e4d6f8b1c3e5a7d9f0, got 2c6a8e0f4b1d3f5a7c9e1b3d5f7a9c0e2b4d6f8a1c3e5b7d9f0a2c4e6b8d1f3a, total size 2891234 bytes",
         "crates/rattler_package_streaming/src/lib.rs"),
        (U, "the shard for package 'openssl' is not in the cache", "crates/rattler_repodata_gateway/src/gateway/error.rs"),
        (U, "spooled package download exceeds the configured 104857600 byte limit", "crates/rattler_package_streaming/src/lib.rs"),
        (Z, "sha256 hash mismatch, expected 'a1f3c5e7b9d0f2a4c6e8b1d3f5a7c9e0b2d4f6a8c1e3b5d7f9a0c2e4b6d8f1a3' but file on disk is 'f0e1d2c3b4a5968778695a4b3c2d1e0f1a2b3c4d5e6f708192a3b4c5d6e7f809'",
         "crates/rattler_cache/src/validation.rs"),
        (S, "could not update destination file permissions", "crates/rattler/src/install/link.rs"),
        (A, "CSRF state token mismatch \u2014 possible CSRF attack", "crates/rattler/src/cli/auth/oauth.rs"),
        (A, "Failed to retrieve an OIDC ID token from the CI provider", "crates/rattler_networking/src/trusted_publishing.rs"),
        (Z, "found newer lockfile format version 7, but only up to including version 6 is supported",
         "crates/rattler_lock/src/parse/mod.rs"),
    ]:
        add(R, p, typ, m)


def _ke_moon(add):
    # moonrepo/moon crates: thiserror/miette #[error] texts (Style() colouring dropped as in a plain log).
    R = "moonrepo/moon"
    for typ, m, p in [
        (N, "Failed to connect to gRPC host.", "crates/cache-remote/src/remote_error.rs"),
        (S, "Remote service is out of storage space.", "crates/cache-remote/src/remote_error.rs"),
        (N, "Failed to make HTTP request (502 Bad Gateway).", "crates/cache-remote/src/remote_error.rs"),
        (U, "A dependency cycle has been detected for api:build.", "crates/action-graph/src/action_graph_error.rs"),
        (Z, "Integrity check failed for blob at /srv/stemedb/.moon/cache/cas/3b/3b9f2c7e1a4d6b8f: expected 3b9f2c7e1a4d6b8f, computed 71c0e5a9d2b4f683.",
         "crates/cas/src/cas_error.rs"),
        (S, "Failed to write blob to CAS store at /srv/stemedb/.moon/cache/cas/3b/3b9f2c7e1a4d6b8f.", "crates/cas/src/cas_error.rs"),
        (T, "Timed out connecting to the moon daemon at /srv/stemedb/.moon/daemon/moond.sock after 2 seconds.",
         "crates/daemon-client/src/daemon_client_error.rs"),
        (T, "Daemon ArchiveTaskOutputs call timed out after 60 seconds.", "crates/daemon-client/src/daemon_client_error.rs"),
        (U, "The moon daemon is already running (pid 48211).", "crates/daemon/src/daemon_error.rs"),
        (Z, "Failed to parse env file /srv/stemedb/.env at line 4: Missing `=` in environment variable assignment.",
         "crates/env-var/src/dotenv_error.rs"),
    ]:
        add(R, p, typ, m)


def _ke_cargo_make(add):
    # sagiegurari/cargo-make: CargoMakeError strum to_string texts (src/lib/error.rs) with the strings built by callers.
    R = "sagiegurari/cargo-make"
    for typ, m, p in [
        (U, "A cycle between different env variables has been detected (E001, see: https://github.com/sagiegurari/cargo-make#e001 for more information).  Cycle: DATABASE_URL -> DB_HOST -> DATABASE_URL.",
         "src/lib/error.rs"),
        (U, "Detected cycle while resolving alias ci: ci -> build -> ci", "src/lib/execution_plan.rs"),
        (U, "Unable to run, minimum required version is: 0.37.16", "src/lib/error.rs"),
        (U, "Error while executing command, exit code: 101", "src/lib/error.rs"),
        (U, "Task \"publish-internal\" is private", "src/lib/execution_plan.rs"),
        (S, "Descriptor file: \"/srv/stemedb/Makefile.toml\" not found.", "src/lib/descriptor/mod.rs"),
        (S, "`std::io::Error` error. Os { code: 13, kind: PermissionDenied, message: \"Permission denied\" }", "src/lib/error.rs"),
        (Z, "Unable to parse external file: \"/srv/stemedb/Makefile.toml\", TOML parse error at line 14, column 11\n   |\n14 | command = cargo\n   |           ^\ninvalid string\nexpected `\"`, `'`\n",
         "src/lib/descriptor/descriptor_deserializer.rs"),
        (U, "Missing toolchain nightly-2024-05-01! Please install it using rustup.", "src/lib/toolchain.rs"),
    ]:
        add(R, p, typ, m)


def _ke_volta(add):
    # volta-cli/volta: impl Display for ErrorKind (crates/volta-core/src/error/kind.rs), multi-line texts with their call to action.
    R = "volta-cli/volta"
    P = "crates/volta-core/src/error/kind.rs"
    perm = "Please ensure you have correct permissions to the Volta directory."
    for typ, m in [
        (N, "Could not download node@20.11.1\nfrom https://nodejs.org/dist/v20.11.1/node-v20.11.1-linux-x64.tar.gz\n\n"
            "Please verify your internet connection and ensure the correct version is specified."),
        (N, "Could not download Node version registry\nfrom https://nodejs.org/dist/index.json\n\nPlease verify your internet connection."),
        (S, "Could not create directory /home/dev/.volta/tools/image/node/20.11.1\n\nPlease ensure that you have the correct permissions."),
        (S, "Could not write Node index cache\nto /home/dev/.volta/cache/node/index.json\n\n" + perm),
        (S, "Unable to acquire lock on Volta directory"),
        (Z, "Could not parse Node version index\nfrom https://nodejs.org/dist/index.json\n\nPlease verify your internet connection."),
        (Z, "Could not parse project manifest\nat /srv/stemedb/web/package.json\n\nPlease ensure that the file is correctly formatted."),
        (S, "Could not read project manifest\nfrom /srv/stemedb/web/package.json\n\nPlease ensure that the file exists."),
        (U, "Could not find Node version matching \"^23.9\" in the version registry.\n\nPlease verify that the version is correct."),
    ]:
        add(R, P, typ, m)


def _ke_turborepo(add):
    # vercel/turborepo (read_file): CacheError in crates/turborepo-cache/src/lib.rs; InvalidTag is raised in http.rs
    # when the HMAC tag of a downloaded artifact fails to verify.
    R = "vercel/turborepo"
    L = "crates/turborepo-cache/src/lib.rs"
    add(R, L, A, "invalid artifact verification tag", True)
    add(R, L, A, "artifact verification failed: Downloaded artifact is missing required x-artifact-tag header", True)
    for typ, m, p in [
        (T, "the cache artifact for 3f2a9c1e8b7d6a54 was too large to upload within the timeout", L),
        (N, "could not connect to the cache", L),
        (A, "Insufficient permissions to write to remote cache. Please verify that your role has write access for Remote Cache Artifact at https://vercel.com/docs/accounts/team-members-and-roles/access-roles/team-level-roles?resource=Remote+Cache+Artifact", L),
        (N, "failed to contact remote cache: skipping HTTP Request, too many failures have occurred.\nLast error: error sending request for url (https://vercel.com/api/v8/artifacts/3f2a9c1e8b7d6a54)", L),
        (Z, "tar file is malformed", L),
        (Z, "Invalid cache metadata file", L),
        (N, "Remote artifact cache is temporarily unavailable; retry after the outage cooldown", L),
        (A, "signature secret key not found. You must specify a secret key in the TURBO_REMOTE_CACHE_SIGNATURE_KEY environment variable",
         "crates/turborepo-cache/src/signature_authentication.rs"),
    ]:
        add(R, p, typ, m)


def _ke_sapling(add):
    # facebook/sapling (read_file): indexedlog Error Display (messages, then "Caused by N errors:\n- <source>"),
    # http-client HttpClientError/TlsError, edenapi ApiErrorKind.
    R = "facebook/sapling"
    IL = "eden/scm/lib/indexedlog/src/"
    for typ, m, p in [
        (S, "\"/home/dev/stemedb/.sl/store/indexedlogdatastore\": cannot lock (exclusive: true, non_blocking: true)\nCaused by 1 errors:\n- Resource temporarily unavailable (os error 11)",
         IL + "lock.rs"),
        (S, "\"/home/dev/stemedb/.sl/store/mutation/rlock\": cannot create for locking\nCaused by 1 errors:\n- No space left on device (os error 28)",
         IL + "lock.rs"),
        (Z, "\"/home/dev/stemedb/.sl/store/segments/v1/log/meta\": when parsing LogMetadata (content: [109, 101, 116, 97, 0, 142, 3, 4, 0, 0, 0, 0])\nCaused by 1 errors:\n- metadata integrity check failed",
         IL + "log/meta.rs"),
        (U, "Operation aborted by user callback", "eden/scm/lib/http-client/src/errors.rs"),
        (S, "\"/home/dev/stemedb/.sl/store/hgcommits/v1\": cannot mkdir\nCaused by 1 errors:\n- Read-only file system (os error 30)",
         IL + "utils.rs"),
        (N, "Received invalid or malformed HTTP response", "eden/scm/lib/http-client/src/errors.rs"),
        (U, "The request was dropped before it could complete", "eden/scm/lib/http-client/src/errors.rs"),
        (N, "Try renewing your certificates. Run `eden doctor`. TlsError: [60] SSL peer certificate or SSH remote key was not OK (SSL certificate problem: certificate has expired)",
         "eden/scm/lib/http-client/src/errors.rs"),
        (Z, "Could not decode response: corrupt deflate stream", "eden/scm/lib/http-client/src/errors.rs"),
        (N, "Proxy server returned an error (HTTP 502 Bad Gateway)", "eden/scm/lib/edenapi/src/errors.rs"),
    ]:
        add(R, p, typ, m)


# C/C++ HTTP servers, clients and web frameworks (pistacheio/pistache, CrowCpp/Crow, microsoft/cpprestsdk, pocoproject/poco, libcpr/cpr, Stiffstream/restinio, emweb/wt, GNOME/libsoup): snapshots via fetch, read with git show HEAD:<path>; each message read in the file named per entry (throw/log/GError format string, exception name tables where the Display is "name: message"), placeholders filled plausibly.
def _part_kf(add):
    _kf_pistache(add)
    _kf_crow(add)
    _kf_cpprestsdk(add)
    _kf_poco(add)
    _kf_cpr(add)
    _kf_restinio(add)
    _kf_wt(add)
    _kf_libsoup(add)


def _kf_pistache(add):
    # pistacheio/pistache: client (handleError / reject texts, TRY macro "expr: strerror (file:line)"),
    # server listener SSL setup (ssl_print_errors_to_string appended), ssl_async client loop,
    # http/cookie/header parsing, router, reactor, promises, file buffer.
    R = "pistacheio/pistache"
    for typ, m in [(N, "Could not send, connection refused"),
                   (N, "Remote closed connection"),
                   (U, "Client: Too long packet"),
                   (N, "addressInfo.invoke(host.c_str(), port.c_str(), &hints): Name or service not known "
                       "(../src/client/client.cc:946)")]:
        add(R, "src/client/client.cc", typ, m)
    add(R, "src/client/ssl_async.cc", T, "Looped too many times waiting for SSL socket - timeout")
    add(R, "src/server/listener.cc", N,
        "SSL error - Private key does not match certificate public key: "
        "40C7E2F1A27F0000:error:05800074:x509 certificate routines:X509_check_private_key:"
        "key values mismatch:../crypto/x509/x509_cmp.c:405:")
    add(R, "src/common/http.cc", N, "Write failed: Broken pipe")
    add(R, "src/common/cookie.cc", Z, "Invalid cookie, missing value")
    add(R, "src/common/http_header.cc", Z, "Ill-formed Accept header")
    add(R, "src/server/router.cc", U, "Requested route already exist.")
    add(R, "src/common/stream.cc", S, "Could not open file")
    add(R, "include/pistache/async.h", U, "Attempt to resolve a fulfilled promise")


def _kf_crow(add):
    # CrowCpp/Crow: server startup (http_server.h), connection adaptor / write errors
    # (error_code streamed as category:value), router uncaught exceptions, json rvalue
    # accessors, multipart parser, mustache templates, routing rules, websocket error_handler.
    R = "CrowCpp/Crow"
    for typ, m in [(N, "Failed to bind to 0.0.0.0:18182 - Address already in use"),
                   (U, "Worker Crash: An uncaught exception occurred: std::bad_alloc")]:
        add(R, "include/crow/http_server.h", typ, m)
    for typ, m in [(N, "Could not start adaptor: wrong version number (SSL routines)"),
                   (N, "system:32 - buffer write error happened while sending response. Writing stopped premature.")]:
        add(R, "include/crow/http_connection.h", typ, m)
    add(R, "include/crow/routing.h", U, "An uncaught exception occurred: cannot find key: node_id")
    add(R, "include/crow/routing.h", U, "handler already exists for /api/v1/keys/<string>")
    add(R, "include/crow/json.h", Z, "expected number, got: Object")
    add(R, "include/crow/multipart.h", Z,
        "Unable to find delimiter in multipart message. Probably ill-formed body")
    add(R, "include/crow/mustache.h", Z, "crow::mustache error: {{{: }}} not matched")
    add(R, "include/crow/websocket.h", N, "Client connection not masked.")


def _kf_cpprestsdk(add):
    # microsoft/cpprestsdk: asio client report_error texts (what() is the message alone),
    # JSON parser CreateException + json_error_category messages, uri decoding, oauth2,
    # websocket (websocketpp) client, asio listener registration.
    R = "microsoft/cpprestsdk"
    for typ, m in [(N, "Failed to connect to any resolved endpoint"),
                   (N, "Error in SSL handshake"),
                   (N, "Expected a 200 response from proxy, received: 407"),
                   (Z, "Invalid chunked response header"),
                   (U, "Request canceled by user.")]:
        add(R, "Release/src/http/client/http_client_asio.cpp", typ, m)
    add(R, "Release/src/json/json_parsing.cpp", Z, "* Line 1, Column 37 Syntax error: Malformed string literal")
    add(R, "Release/src/uri/uri.cpp", Z, "Invalid URI string, two hexadecimal digits must follow '%'")
    add(R, "Release/src/http/oauth/oauth2.cpp", A,
        "redirected URI parameter 'state'='e3b0c44298fc1c14' does not match state='9f86d081884c7d65'.")
    add(R, "Release/src/websockets/client/ws_client_wspp.cpp", N, "Websocket connection is closed.")
    add(R, "Release/src/http/listener/http_server_asio.cpp", U,
        "Error: http_listener is already registered for this path")


def _kf_poco(add):
    # pocoproject/poco: Exception::displayText() = name() + ": " + message (+ ": " + arg);
    # names from Net/src/NetException.cpp, NetSSL_OpenSSL/src/SSLException.cpp,
    # Foundation/src/Exception.cpp; messages from SocketImpl::error, HTTP parsing, auth,
    # WebSocket, SecureSocketImpl, HTTPClientSession, HTMLForm, HTTPServerResponseImpl.
    R = "pocoproject/poco"
    for typ, m in [(N, "Connection refused: 10.0.0.12:7000"),
                   (N, "Net Exception: Address already in use: 0.0.0.0:18182")]:
        add(R, "Net/src/SocketImpl.cpp", typ, m)
    add(R, "Net/src/HTTPResponse.cpp", Z, "Malformed message: Invalid HTTP status code")
    add(R, "Net/src/HTTPResponse.cpp", N, "No message received")
    add(R, "Net/src/HTTPAuthenticationParams.cpp", A,
        "No authentication information found: HTTP response has no authentication header")
    add(R, "Net/src/WebSocket.cpp", A, "WebSocket Exception: Not authorized")
    add(R, "Net/src/WebSocketImpl.cpp", U, "WebSocket Exception: Payload too big")
    add(R, "NetSSL_OpenSSL/src/SecureSocketImpl.cpp", N,
        "Certificate validation error: Unacceptable certificate from 10.0.0.12: certificate has expired")
    add(R, "NetSSL_OpenSSL/src/SecureSocketImpl.cpp", N, "SSL connection unexpectedly closed")
    add(R, "Net/src/HTTPClientSession.cpp", U,
        "Illegal state: Cannot set the host for an already connected session")
    add(R, "Net/src/HTMLForm.cpp", U, "HTML Form Exception: Too many form fields")
    add(R, "Net/src/HTTPServerResponseImpl.cpp", S, "Cannot open file: /var/lib/stemedb/static/index.html")
    # Poco::JWT (JWT/src/JWTException.cpp names): Signer::tryVerify algorithm allow-list and JWT split.
    add(R, "JWT/src/Signer.cpp", A, "Unallowed signing algorithm: none")
    add(R, "JWT/src/Signer.cpp", Z,
        "JWT parsing failed: Not a valid JWT: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZ2VudC0wMDQyIn0")


def _kf_cpr(add):
    # libcpr/cpr: its own wordings only (the Error message itself is libcurl's error buffer):
    # argument checks, AsyncWrapper logic errors, Timeout conversion, MultiPerform, SSL ctx loader.
    R = "libcpr/cpr"
    add(R, "cpr/accept_encoding.cpp", U,
        "AcceptEncoding does not accept any other values if 'disabled' is present. "
        "You set the following encodings: deflate, disabled, gzip")
    add(R, "cpr/multiperform.cpp", U, "Failed to add session: Cannot mix download and non-download methods!")
    add(R, "cpr/session.cpp", U, "Invalid/Unknown HTTP version type.")
    add(R, "cpr/session.cpp", U,
        "curl_easy_perform cannot be executed if the CURL handle is used in a MultiPerform.")
    add(R, "include/cpr/async_wrapper.h", U,
        "Calling AsyncWrapper::get when the associated future instance is invalid!")
    add(R, "cpr/timeout.cpp", U, "cpr::Timeout: timeout value overflow: 3000000000 ms.")
    add(R, "cpr/ssl_ctx.cpp", N, "PEM_read_bio_X509 failed after loading 2 certificates")


def _kf_restinio(add):
    # Stiffstream/restinio: acceptor and connection log messages (fmt format strings),
    # sendfile, websocket connection and upgrade.
    R = "Stiffstream/restinio"
    for typ, m in [(N, "failed to start server on 0.0.0.0:18182: bind: Address already in use"),
                   (N, "failed to accept connection on socket #0: Software caused connection abort"),
                   (A, "accepted connection from 10.0.0.12:51234 on socket #0 denied by IP-blocker")]:
        add(R, "dev/restinio/impl/acceptor.hpp", typ, m)
    for typ, m in [(N, "[connection:17] read socket error: Connection reset by peer; parsed bytes: 312"),
                   (Z, "[connection:17] parser error HPE_INVALID_METHOD: Invalid method encountered"),
                   (N, "[connection:17] prepare connection error: tlsv1 alert unknown ca (SSL routines)"),
                   (T, "[connection:17] wait for request timed out"),
                   (N, "[connection:17] send file data error: 32 (Broken pipe) bytes")]:
        add(R, "dev/restinio/impl/connection.hpp", typ, m)
    add(R, "dev/restinio/sendfile.hpp", U, "invalid file offset: 1048576, while file size is 4096")
    add(R, "dev/restinio/websocket/impl/ws_connection.hpp", Z, "[ws_connection:5] invalid header")
    add(R, "dev/restinio/websocket/websocket.hpp", U, "no connection for upgrade: already moved")


def _kf_wt(add):
    # emweb/wt: wthttpd (dedicated-process proxy, websocket frame parser), Wt::Dbo (connection pool,
    # Postgres backend, SQL query parser, Session), Wt::Http::Client, Wt::Auth OAuth token endpoint.
    R = "emweb/wt"
    for typ, m in [(N, "error connecting to child: Connection refused"),
                   (N, "error reading status line from child process 4211: End of file"),
                   (Z, "got malformed response!"),
                   (U, "maximum amount of sessions reached!")]:
        add(R, "src/http/ProxyReply.C", typ, m)
    for typ, m in [(N, "ws: client frame not masked"),
                   (Z, "ws: malformed 8-byte frame length, MSB is not 0")]:
        add(R, "src/http/RequestParser.C", typ, m)
    add(R, "src/Wt/Dbo/FixedSqlConnectionPool.C", T, "FixedSqlConnectionPool::getConnection(): timeout")
    add(R, "src/Wt/Dbo/backend/Postgres.C", N, "Could not reconnect to server...")
    add(R, "src/Wt/Dbo/backend/Postgres.C", T, "Database timeout")
    add(R, "src/Wt/Dbo/Session.C", U, "Operation requires an active transaction")
    add(R, "src/Wt/Dbo/SqlQueryParse.C", Z, "Error parsing SQL query: \"select u from user u wher u.id = ?\"")
    add(R, "src/Wt/Dbo/Exception.C", U, "Object not found in account, id = 42")
    add(R, "src/Wt/Http/Client.C", U, "another request is in progress")
    add(R, "src/Wt/Auth/OAuthTokenEndpoint.C", A,
        "{\"error\": \"invalid_client\"}:  id: stemedb-console client: valid secret: incorrect method: match")


def _kf_libsoup(add):
    # GNOME/libsoup: GError messages (g_set_error / g_error_new format strings) of the HTTP/1 and
    # HTTP/2 client I/O, session redirects and queue, websocket connection and handshake,
    # brotli decoder, cookie jar database.
    R = "GNOME/libsoup"
    add(R, "libsoup/http1/soup-body-input-stream.c", N, "Connection terminated unexpectedly")
    add(R, "libsoup/http1/soup-client-message-io-http1.c", Z, "Could not parse HTTP response")
    add(R, "libsoup/http2/soup-client-message-io-http2.c", N, "HTTP/2 Error: PROTOCOL_ERROR")
    add(R, "libsoup/soup-session.c", Z, "Invalid URI “10.0.0.12:7000/login” in Location response header")
    add(R, "libsoup/soup-session.c", U, "Message is already in session queue")
    add(R, "libsoup/websocket/soup-websocket-connection.c", T, "Did not receive keepalive pong within 30 seconds")
    add(R, "libsoup/websocket/soup-websocket-connection.c", U,
        "Received WebSocket payload from the client larger than configured max-incoming-payload-size")
    add(R, "libsoup/websocket/soup-websocket.c", N, "Server returned incorrect “Sec-WebSocket-Accept” key")
    add(R, "libsoup/content-decoder/soup-brotli-decompressor.c", Z,
        "SoupBrotliDecompressorError: More input required (corrupt input)")
    add(R, "libsoup/cookies/soup-cookie-jar-db.c", S,
        "Failed to open /home/stemedb/.local/share/stemedb/cookies.sqlite: unable to open database file")


# Go MQTT/CoAP brokers and IoT edge platforms (mochi-mqtt/server, VolantMQ/volantmq, emitter-io/emitter, edgexfoundry/edgex-go, plgd-dev/go-coap, absmach/magistrala, hybridgroup/gobot, DrmagicE/gmqtt): snapshots via fetch, read with git show HEAD:<path>; each wording read in the file named per entry (errors.New / fmt.Errorf / error-code tables and the log call that prints them), wrapper formats checked in the repository's own error type (edgex: go-mod-core-contracts errors/types.go "msg -> inner"; magistrala: pkg/errors "msg : inner"), placeholders filled plausibly.
def _part_kg(add):
    # --- mochi-mqtt/server: packets.Code reasons (packets/codes.go), decode wrapping "%s: %w",
    #     attachClient / hook errors and slog lines (key=value text handler) ---
    R = "mochi-mqtt/server"
    for typ, m, p in [
        (Z, "malformed packet: invalid utf-8 string: malformed packet: topic", "packets/packets.go"),
        (Z, "malformed packet: offset uint out of range: malformed packet: packet identifier", "packets/packets.go"),
        (Z, "malformed packet: variable byte integer out of range", "packets/codes.go"),
        (N, "read connection: protocol violation: first packet must be connect", "server.go"),
        (N, "error processing packet error=\"protocol violation: second connect packet\" client=agent-0042 listener=t1", "server.go"),
        (A, "client failed authentication check username=agent-0042 remote=10.0.0.31:52144", "hooks/auth/auth.go"),
        (A, "client failed allowed ACL check client=agent-0042 username=agent-0042 topic=stemedb/nodes/node2/cmd", "hooks/auth/auth.go"),
        (U, "packet ids exhausted error=\"quota exceeded\" client=agent-0042 listener=t1", "server.go"),
        (S, "db file not open", "hooks/storage/storage.go"),
        (T, "failed initialising bolt-db hook: timeout", "hooks.go"),
        (N, "failed initialising redis-db hook: failed to ping service: dial tcp 10.0.0.12:6379: connect: connection refused", "hooks/storage/redis/redis.go"),
        (Z, "failed to unmarshal client data error=\"unexpected end of JSON input\"", "hooks/storage/redis/redis.go"),
    ]:
        add(R, p, typ, m)

    # --- VolantMQ/volantmq: config/auth loading, TLS config, goroutine pool, topics, zap log lines ---
    R = "VolantMQ/volantmq"
    for typ, m, p in [
        (S, "cannot open users file open /etc/volantmq/users.yaml: no such file or directory", "cmd/volantmq/auth.go"),
        (Z, "cannot unmarshal users file yaml: line 4: did not find expected key", "cmd/volantmq/auth.go"),
        (S, "listeners.mqtt.ssl: tls: read key: /etc/volantmq/tls/server.key open /etc/volantmq/tls/server.key: permission denied", "configuration/configTypes.go"),
        (N, "listeners.mqtt.ssl: tls: private key does not match public key", "cmd/volantmq/main.go"),
        (U, "listeners.mqtt.wss: must provide TLS config", "cmd/volantmq/main.go"),
        (T, "pool: schedule error: timed out", "types/pool.go"),
        (U, "pool: closed", "types/pool.go"),
        (U, "wildcard character '+' must occupy entire topic level", "topics/types/types.go"),
        (U, "session: unknown provider \"ldap\"", "auth/manager.go"),
        (N, "close connection {\"clientId\": \"agent-0042\", \"error\": \"close tcp 10.0.0.12:1883->10.0.0.31:52144: use of closed network connection\"}", "connection/connection.go"),
        (S, "Couldn't persist retained messages {\"error\": \"persistence: not open\"}", "topics/mem/topics.go"),
    ]:
        add(R, p, typ, m)

    # --- emitter-io/emitter: errors.Error table (internal/errors/error.go), MQTT codec, cipher,
    #     cluster, LogError "[ctx] error during action (err)" ---
    R = "emitter-io/emitter"
    for typ, m, p in [
        (A, "[conn] error during publish received (the security key provided is not authorized to perform this operation)", "internal/broker/conn.go"),
        (A, "the request is understood, but it has been refused or access is not allowed", "internal/errors/error.go"),
        (A, "the security key with extend permission can only be used for private links", "internal/errors/error.go"),
        (U, "the request can not be served, as the payment is required to proceed", "internal/errors/error.go"),
        (U, "channel can not have more than 23 parts", "internal/errors/error.go"),
        (Z, "mqtt: bad packet", "internal/network/mqtt/mqtt.go"),
        (U, "mqtt: message size exceeds 64K", "internal/network/mqtt/mqtt.go"),
        (Z, "Invalid zero-length packet with type 15", "internal/network/mqtt/mqtt.go"),
        (A, "cipher: the key provided is not valid", "internal/security/cipher/xtea.go"),
        (N, "swarm: unable to reply to a request, peer is not active", "internal/service/cluster/swarm.go"),
        (N, "[http stats] error during sending stats (http status code 502 received)", "internal/provider/monitor/http.go"),
        (U, "no query handler found for ssdstore", "internal/service/survey/survey.go"),
    ]:
        add(R, p, typ, m)

    # --- edgexfoundry/edgex-go: CommonEdgeX errors ("message -> wrapped"), db clients, bootstrapper ---
    R = "edgexfoundry/edgex-go"
    for typ, m, p in [
        (N, "could not dial Redis: dial tcp 10.0.0.12:6379: connect: connection refused", "internal/pkg/db/redis/client.go"),
        (S, "could not acquire advisory lock for core-data. ensure there are no other connectors running and try again", "internal/pkg/db/postgres/migration.go"),
        (Z, "failed to unmarshall yaml configuration: yaml: line 12: mapping values are not allowed in this context", "internal/core/common_config/main.go"),
        (Z, "*requests.AddEventRequest cbor decoding failed -> unexpected EOF", "internal/io/reader.go"),
        (U, "request size exceed 25000 KB", "internal/core/data/controller/http/event.go"),
        (U, "device service 'device-modbus' does not exists", "internal/core/metadata/application/device.go"),
        (U, "profile change is not allowed when StrictDeviceProfileChanges config is enabled", "internal/core/metadata/application/devicecommand.go"),
        (Z, "decrypt failed: ciphertext too short for GCM format", "internal/pkg/utils/crypto/aes.go"),
        (T, "timeout after 30s waiting on dependencies to become available: [tcp://edgex-redis:6379 tcp://edgex-core-keeper:59890]", "internal/security/bootstrapper/command/waitfor/command.go"),
        (U, "fail to query object *models.Device, because id: md|dv:6b0f2c1e-8d4a-4f3b-9e2a-1c5d7f9b3a20 doesn't exist in the database -> redigo: nil returned", "internal/pkg/infrastructure/redis/queries.go"),
    ]:
        add(R, p, typ, m)
    add(R, "internal/security/proxyauth/application/key.go", A,
        "failed to decrypt the key -> decrypt failed: GCM authentication failed -> cipher: message authentication failed", True)

    # --- plgd-dev/go-coap: message/coder errors, tcp/udp/dtls session and server error wrapping ---
    R = "plgd-dev/go-coap"
    for typ, m, p in [
        (N, "dtls: 10.0.0.31:5684: handshake failed: alert: Alert Fatal: BadCertificate", "dtls/server/server.go"),
        (T, "10.0.0.31:5683: timeout waiting for CSM exchange with peer", "tcp/client.go"),
        (Z, "cannot unmarshal with header: message is truncated", "tcp/client/session.go"),
        (Z, "message has invalid version", "udp/coder/error.go"),
        (Z, "invalid option header ext", "message/error.go"),
        (U, "max message size(65536) was exceeded 70000", "tcp/client/session.go"),
        (U, "block number exceeded the limit 1,048,576", "net/blockwise/error.go"),
        (T, "udp: 10.0.0.31:5683: cannot write request: context deadline exceeded", "udp/client/conn.go"),
        (N, "connection was closed: context canceled", "udp/client/conn.go"),
        (U, "cannot add token handler: key already exists", "tcp/client/conn.go"),
        (U, "multicast messages cannot be confirmable", "udp/client/conn.go"),
    ]:
        add(R, p, typ, m)

    # --- absmach/magistrala: pkg/errors wrapping ("msg : inner"), authn, tokenizer, messaging, writers ---
    R = "absmach/magistrala"
    for typ, m, p in [
        (A, "failed to perform authentication over the entity : token is expired", "pkg/authn/jwks/authn.go"),
        (N, "failed to perform authentication over the entity : failed to fetch jwks : Get \"http://auth:9001/keys\": dial tcp 10.0.0.12:9001: connect: connection refused", "pkg/authn/jwks/authn.go"),
        (A, "failed to perform authorization over the domain", "pkg/errors/service/types.go"),
        (A, "failed to authorize PAT", "pkg/errors/service/types.go"),
        (A, "given token and hash are not same", "auth/hasher/hasher.go"),
        (S, "failed to load private key : open /etc/magistrala/keys/active.key: no such file or directory", "auth/tokenizer/asymmetric/tokenizer.go"),
        (U, "retiring key ID matches active key ID", "auth/tokenizer/asymmetric/tokenizer.go"),
        (T, "failed to publish due to timeout reached", "pkg/messaging/mqtt/publisher.go"),
        (N, "failed to connect to MQTT broker", "pkg/messaging/mqtt/pubsub.go"),
        (Z, "failed to decode senml : unexpected end of JSON input", "pkg/transformers/senml/transformer.go"),
        (Z, "failed to save message to postgres database : invalid message representation", "consumers/writers/postgres/consumer.go"),
        (N, "failed to load root ca: failed to append root ca to tls.Config", "pkg/grpcclient/connect.go"),
    ]:
        add(R, p, typ, m)

    # --- hybridgroup/gobot: sysfs PWM / I2C device errors, adaptors, API ---
    R = "hybridgroup/gobot"
    for typ, m, p in [
        (S, "SetDutyCycle(1500000) failed for id 0 with open /sys/class/pwm/pwmchip0/pwm0/duty_cycle: permission denied", "system/pwmpin_sysfs.go"),
        (S, "Export() failed for id 1 with write /sys/class/pwm/pwmchip0/export: device or resource busy", "system/pwmpin_sysfs.go"),
        (U, "Cannot set PWM polarity when enabled", "system/pwmpin_sysfs.go"),
        (U, "duty cycle (25000000) exceeds period (20000000) for PWM pin id '12'", "platforms/adaptors/pwmpinsadaptor.go"),
        (U, "Reading blocks larger than 32 bytes (48) not supported", "system/i2c_device.go"),
        (S, "Read 2 bytes from device by sysfs, expected 4", "system/i2c_device.go"),
        (S, "SMBus access r/w: 1, command: 0, protocol: 2, address: 118 failed with syscall.Errno remote I/O error", "system/i2c_device.go"),
        (U, "no MQTT client available", "platforms/mqtt/mqtt_adaptor.go"),
        (U, "Cannot read from BLE device until connected", "platforms/ble/ble_client_adaptor.go"),
        (U, "No Robot found with the name rover", "api/api.go"),
    ]:
        add(R, p, typ, m)

    # --- DrmagicE/gmqtt: server, queue, codes.Error, federation plugin, config, pid file ---
    R = "DrmagicE/gmqtt"
    for typ, m, p in [
        (T, "connect time out", "server/client.go"),
        (U, "the message queue is full", "persistence/queue/error.go"),
        (U, "operation error: Code = 93, reasonString: ", "pkg/codes/codes.go"),
        (N, "handshake error: rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial tcp 10.0.0.13:8902: connect: connection refused\"", "plugin/federation/peer.go"),
        (N, "EventStream: the session of node [node2] has been closed", "plugin/federation/federation.go"),
        (T, "retry timeout", "plugin/federation/federation.go"),
        (U, "max_queued_message cannot be less than max_inflight", "config/mqtt.go"),
        (S, "open pid file failed: open /var/run/gmqttd.pid: permission denied", "cmd/gmqttd/command/start.go"),
        (S, "open pid file failed: pid file found, ensure gmqtt is not running or delete /var/run/gmqttd.pid", "pkg/pidfile/pidfile.go"),
        (Z, "property 38 presents more than once", "pkg/packets/properties.go"),
    ]:
        add(R, p, typ, m)


# part_kh (holdout33): Rust ML inference, tensor and model-file runtimes -- huggingface/candle, huggingface/safetensors, huggingface/tokenizers, huggingface/text-embeddings-inference, sonos/tract, pykeio/ort, LaurentMazare/tch-rs, rust-ml/linfa, tracel-ai/burn; snapshots via fetch (git show HEAD:<path>), each message read in the file named per entry (Display / #[error] / bail! / format! text), placeholders filled plausibly; inner errors filled with std io texts, serde_json texts, or the wrapped crate's Display read in its source (ureq 3 "io: ...", ndarray ShapeError, safetensors SafeTensorError).
def _part_kh(add):
    # --- huggingface/candle: candle_core::Error (#[error] texts), bail! texts of the gguf / npy / pickle readers ---
    R = "huggingface/candle"
    for typ, m, p in [
        (U, "dtype mismatch in matmul, lhs: F32, rhs: BF16", "candle-core/src/error.rs"),
        (U, "shape mismatch in broadcast_add, lhs: [8, 384], rhs: [8, 768]", "candle-core/src/error.rs"),
        (U, "device mismatch in matmul, lhs: Cpu, rhs: Cuda { gpu_id: 0 }", "candle-core/src/error.rs"),
        (U, "the candle crate has not been built with cuda support", "candle-core/src/error.rs"),
        (U, "cannot find tensor model.layers.0.self_attn.q_proj.weight", "candle-core/src/error.rs"),
        (S, "path: \"/var/lib/stemedb/models/embed.safetensors\" No such file or directory (os error 2)", "candle-core/src/safetensors.rs"),
        (Z, "gguf: unsupported magic/version Gguf/4", "candle-core/src/quantized/gguf_file.rs"),
        (Z, "gguf: string length 4096 exceeds remaining file bytes 112", "candle-core/src/quantized/gguf_file.rs"),
        (Z, "tensor needs 4718592 bytes at offset 1048576, only 20480 remaining in file", "candle-core/src/quantized/gguf_file.rs"),
        (Z, "npy/npz error unable to parse header {'descr': '<f4', 'fortran_order': False, 'shape': (384, ", "candle-core/src/npy.rs"),
    ]:
        add(R, p, typ, m)

    # --- huggingface/safetensors: SafeTensorError / InvalidSlice Display (Rust crate) and the Python binding's texts ---
    R = "huggingface/safetensors"
    for typ, m, p in [
        (Z, "invalid UTF-8 in header: invalid utf-8 sequence of 1 bytes from index 87", "safetensors/src/tensor.rs"),
        (Z, "invalid JSON in header: EOF while parsing an object at line 1 column 4096", "safetensors/src/tensor.rs"),
        (Z, "header too large", "safetensors/src/tensor.rs"),
        (U, "tensor `lm_head.weight` not found", "safetensors/src/tensor.rs"),
        (Z, "invalid offset for tensor `model.embed_tokens.weight`", "safetensors/src/tensor.rs"),
        (Z, "incomplete metadata, file not fully covered", "safetensors/src/tensor.rs"),
        (S, "I/O error: Input/output error (os error 5)", "safetensors/src/tensor.rs"),
        (S, "No such file or directory: /var/lib/stemedb/models/model.safetensors", "bindings/python/src/lib.rs"),
        (S, "pread failed for tensor model.layers.3.mlp.up_proj.weight: failed to fill whole buffer", "bindings/python/src/lib.rs"),
    ]:
        add(R, p, typ, m)

    # --- huggingface/tokenizers: model / truncation / tokenizer error texts ---
    R = "huggingface/tokenizers"
    for typ, m, p in [
        (S, "IoError: Permission denied (os error 13)", "tokenizers/src/models/bpe/mod.rs"),
        (Z, "JsonError: expected value at line 1 column 1", "tokenizers/src/models/bpe/mod.rs"),
        (Z, "Merges text file invalid at line 17", "tokenizers/src/models/bpe/mod.rs"),
        (U, "Unk token `<unk>` not found in the vocabulary", "tokenizers/src/models/bpe/mod.rs"),
        (U, "WordPiece error: Missing [UNK] token from the vocabulary", "tokenizers/src/models/wordpiece/mod.rs"),
        (U, "Truncation error: Sequence to truncate too short to respect the provided max_length", "tokenizers/src/utils/truncation.rs"),
        (U, "tokenizer stride set to 256, which is greater than or equal to its effective max length of 254 (= 256 original max length - 2 added special tokens),", "tokenizers/src/tokenizer/mod.rs"),
        (Z, "Unknown tokenizer version '2.0'", "tokenizers/src/tokenizer/serialization.rs"),
        (U, "Model \"sentence-transformers/all MiniLM\" contains invalid characters, expected only alphanumeric or '-', '_', '.', '/'", "tokenizers/src/utils/from_pretrained.rs"),
    ]:
        add(R, p, typ, m)

    # --- huggingface/text-embeddings-inference: TextEmbeddingsError, BackendError, gRPC ClientError, router anyhow contexts ({:#} chain) ---
    R = "huggingface/text-embeddings-inference"
    for typ, m, p in [
        (N, "Could not connect to Text Embedding server: transport error", "backends/grpc-client/src/lib.rs"),
        (U, "Model is overloaded", "core/src/lib.rs"),
        (U, "Input validation error: `inputs` must have less than 512 tokens. Given: 731", "core/src/tokenization.rs"),
        (U, "tokenizer error Truncation error: Second sequence not provided", "core/src/lib.rs"),
        (U, "Backend is unhealthy", "backends/core/src/lib.rs"),
        (S, "Could not start backend: No such file or directory (os error 2)", "backends/candle/src/lib.rs"),
        (Z, "Could not start backend: weight map in \"/data/models--BAAI--bge-large-en-v1.5/snapshots/d4aa6901/model.safetensors.index.json\" is not a map", "backends/candle/src/lib.rs"),
        (S, "`config.json` not found: No such file or directory (os error 2)", "router/src/lib.rs"),
        (Z, "Failed to parse `config.json`: expected `,` or `}` at line 14 column 3", "router/src/lib.rs"),
        (N, "Could not bind TCP Listener on 0.0.0.0:18182: Address already in use (os error 98)", "router/src/http/server.rs"),
    ]:
        add(R, p, typ, m)

    # --- sonos/tract: bail!/anyhow!/context texts of the ONNX and NNEF loaders and the core model ({:#} chain) ---
    R = "sonos/tract"
    for typ, m, p in [
        (S, "Opening \"/var/lib/stemedb/models/encoder.onnx\": No such file or directory (os error 2)", "onnx/src/model.rs"),
        (Z, "Reading proto model: failed to decode Protobuf message: invalid wire type value: 6", "onnx/src/model.rs"),
        (Z, "Translating proto model to model: model proto does not contain a graph", "onnx/src/model.rs"),
        (U, "Could not resolve inputs at top-level: [\"attention_mask\"]", "onnx/src/model.rs"),
        (U, "external data location must be a relative path inside the model directory, got \"../../etc/stemedb/secrets.bin\"", "onnx/src/tensor.rs"),
        (Z, "Wrong magic number", "nnef/src/tensors.rs"),
        (Z, "Shape and len mismatch: shape:[64, 3, 7, 7], bits_per_item:32, bytes:37632", "nnef/src/tensors.rs"),
        (U, "Registry tract_pulse required, consider allowing it on the NNEF framework.", "nnef/src/ser.rs"),
        (S, "\"/var/lib/stemedb/models/encoder.nnef.tgz\" already exists. Won't overwrite.", "nnef/src/framework.rs"),
        (U, "Invalid reshape [1, 384] to [2, 384]", "data/src/tensor.rs"),
    ]:
        add(R, p, typ, m)

    # --- pykeio/ort: ort::Error messages the crate builds itself (Display is the message) ---
    R = "pykeio/ort"
    for typ, m, p in [
        (S, "File at `/var/lib/stemedb/models/reranker.onnx` does not exist", "src/session/builder/impl_commit.rs"),
        (N, "Error downloading to file: io: Connection refused (os error 111)", "src/session/builder/impl_commit.rs"),
        (N, "Failed to download entire model; file only has 1048576 bytes, expected 90387606", "src/session/builder/impl_commit.rs"),
        (U, "No TLS provider configured. When using `fetch-models` with HTTPS URLs, a `tls-*` feature must be enabled.", "src/session/builder/impl_commit.rs"),
        (U, "3 inputs were provided, but the model only accepts 2.", "src/session/mod.rs"),
        (U, "Cannot extract Tensor<f32> from Tensor<i64>", "src/value/impl_tensor/extract.rs"),
        (U, "Cannot create a tensor from raw data; shape [1, 512] (512 elements) is different from the length of the data provided (384 elements)", "src/value/impl_tensor/create.rs"),
        (U, "Training is not enbled in this build of ONNX Runtime.", "src/training/mod.rs"),
        (Z, "C returned invalid string: invalid utf-8 sequence of 1 bytes from index 12", "src/error.rs"),
    ]:
        add(R, p, typ, m)

    # --- LaurentMazare/tch-rs: TchError Display with the texts built in src/ and libtch (C++ exceptions -> "Internal torch error") ---
    R = "LaurentMazare/tch-rs"
    for typ, m, p in [
        (U, "cannot find the tensor named encoder.layer.0.attention.self.query.weight in /var/lib/stemedb/models/bert.ot", "src/nn/var_store.rs"),
        (Z, "invalid file format: magic string mismatch", "src/tensor/npy.rs"),
        (Z, "invalid file format: no shape in header", "src/tensor/npy.rs"),
        (U, "conversion error: Attempting to convert a Tensor with 2 dimensions to flat vector", "src/tensor/convert.rs"),
        (U, "invalid shape: expected two dims, got [1, 3, 224, 224]", "src/wrappers/tensor.rs"),
        (U, "tensor kind error: unable to unpack ivalue, expected a tuple got Tensor", "src/wrappers/jit.rs"),
        (U, "Internal torch error: All VarStores must be on the same device, got Cpu and Cuda(0)", "src/nn/var_store.rs"),
        (S, "Internal torch error: tch_read_stream_read has returned error: iostream error", "torch-sys/libtch/torch_api.cpp"),
        (Z, "safetensors error /var/lib/stemedb/models/ranker.safetensors: header too small", "src/error.rs"),
    ]:
        add(R, p, typ, m)

    # --- rust-ml/linfa: linfa::Error and the algorithm crates' #[error] texts ---
    R = "rust-ml/linfa"
    for typ, m, p in [
        (U, "invalid parameter Bootstrap proportion should be greater than zero and less than or equal to one, but was 1.5", "algorithms/linfa-ensemble/src/hyperparams.rs"),
        (U, "The number of samples do not match: 1000 - 998", "src/error.rs"),
        (U, "invalid ndarray shape ShapeError/IncompatibleShape: incompatible shapes", "src/error.rs"),
        (U, "Fitting failed: EM fitting algorithm 10 did not converge. Try different init parameters, or increase max_n_iterations, tolerance or check for degenerate data.", "algorithms/linfa-clustering/src/gaussian_mixture/algorithm.rs"),
        (U, "Invalid hyperparameter: n_clusters cannot be 0", "algorithms/linfa-clustering/src/k_means/errors.rs"),
        (U, "Values must be finite and not `Inf`, `-Inf` or `NaN`", "algorithms/linfa-logistic/src/error.rs"),
        (U, "Target dimension 512 is larger than the number of features 384.", "algorithms/linfa-reduction/src/error.rs"),
        (Z, "Encoding error invalid sequence", "algorithms/linfa-preprocessing/src/error.rs"),
    ]:
        add(R, p, typ, m)

    # --- tracel-ai/burn: burn-pack / record / config / store / dataset Displays, burn-remote session and transfer texts ---
    R = "tracel-ai/burn"
    for typ, m, p in [
        (S, "Record I/O error: I/O error: No such file or directory (os error 2)", "crates/burn-core/src/store/mod.rs"),
        (U, "Record validation error: Missing tensors: [\"decoder.proj.bias\"]", "crates/burn-core/src/store/mod.rs"),
        (Z, "Invalid header: insufficient bytes", "crates/burn-pack/src/base.rs"),
        (Z, "Validation error: Tensor 'encoder.layers.3.attn.query.weight' has corrupted offset data: end 1024 < start 4096", "crates/burn-pack/src/reader.rs"),
        (S, "I/O error: cannot create '/var/lib/stemedb/models/ranker.bpk': Permission denied (os error 13)", "crates/burn-pack/src/writer.rs"),
        (Z, "Config error => Invalid format: missing field `d_model` at line 1 column 120", "crates/burn-core/src/config.rs"),
        (S, "Config error => File not found: /etc/stemedb/ranker-config.json", "crates/burn-core/src/config.rs"),
        (Z, "Pickle parsing error: Invalid pickle opcode: 0xff. The file may be corrupted or use an unsupported pickle protocol.. This may indicate an unsupported PyTorch file format or corrupted file.", "crates/burn-store/src/pytorch/reader.rs"),
        (N, "Session stream closed before initialization", "crates/burn-remote/src/server/pump.rs"),
        (N, "Server disconnected during initialization", "crates/burn-remote/src/client/service.rs"),
        (T, "Timed out waiting for tensor transfer TransferCapability([31, 201, 7, 88, 142, 3, 250, 61, 119, 14, 206, 73, 190, 42, 5, 167, 98, 230, 12, 77, 154, 9, 211, 36, 180, 64, 27, 245, 103, 58, 139, 20])", "crates/burn-remote/src/transport/iroh/transfer.rs"),
        (A, "Transfer capability is not authorized for peer 3b6a27bcceb6a42d62a3a8d02a6f0d73653215771de243a63ac048a18b59da29", "crates/burn-remote/src/transport/iroh/transfer.rs"),
        (S, "Overwrite flag is set to false and the database file already exists: /var/lib/stemedb/datasets/train.db", "crates/burn-dataset/src/dataset/sqlite.rs"),
    ]:
        add(R, p, typ, m)


def holdout33(add):
    for part in (_part_ke, _part_kf, _part_kg, _part_kh):
        part(add)
