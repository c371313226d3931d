"""The twenty-ninth blind batch: wordings from sources in no earlier batch.
Four helper sessions read them blind, with the same brief and conventions as
the earlier batches. Each wording was read in the file named beside it; fills
not read in the source are named in each part's note. build.py adds it to the
catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401


# part_ie (Go container registries, artifact stores, supply-chain tools): distribution/distribution@0d6b721, project-zot/zot@6d19b44, oras-project/oras-go@19db72b, google/go-containerregistry@3f4ff3c, regclient/regclient@725072f, anchore/syft@bf82010, goharbor/harbor@c50c7dd, aquasecurity/trivy@dc3c56e, sigstore/fulcio@eb10c98 -- newest snapshots via fetch, read with `git show HEAD:<path>`; each message read in the file named per entry (errors.New / fmt.Errorf / xerrors.Errorf text, Error() methods, errcode descriptor tables and how Error() renders them), placeholders filled plausibly (inner Go os/net errors are the usual Go texts).
D1 = "sha256:9fc6617a85f76972e58f3ca474a8193dd64d60fd7f0d7f94de3ffc5855a47464"
D2 = "sha256:7dd6d28b074c4d9391ac1e09573f764ea7954572807fc7004846351387ddf30f"
D3 = "sha256:ddd0237fb388c0a9bacbf4f3361ad746938ff89c73f8850d5e7685be8cf7bc05"
H3 = "ddd0237fb388c0a9bacbf4f3361ad746938ff89c73f8850d5e7685be8cf7bc05"


def _part_ie(add):
    # --- distribution/distribution: errcode descriptors ("<code lowered>: <message>"), errors.go, storage driver, auth ---
    R = "distribution/distribution"
    for typ, m in [(A, "denied: requested access to the resource is denied"),
                   (A, "unauthorized: authentication required"),
                   (Z, "digest invalid: provided digest did not match uploaded content"),
                   (U, "blob unknown: blob unknown to registry"),
                   (U, "toomanyrequests: too many requests")]:
        add(R, "registry/api/errcode/register.go", typ, m)
    add(R, "registry/api/errcode/register.go", A, "manifest unverified: manifest failed signature verification", True)
    add(R, "errors.go", U, "unknown manifest name=stemedb/api tag=v1.4.2")
    add(R, "blobs.go", Z, "invalid digest for referenced layer: " + D1 + ", content does not match digest")
    add(R, "registry/storage/driver/storagedriver.go", S,
        "filesystem: Path not found: /docker/registry/v2/repositories/stemedb/api/_manifests/tags/v1.4.2/current/link")
    add(R, "registry/auth/htpasswd/htpasswd.go", Z, 'htpasswd: invalid entry at line 3: "stemedb-ci"')
    add(R, "registry/auth/token/token.go", A,
        'failed to verify token: token signed by untrusted key with ID: "XH7Q:2JRG:OWVB:6YQS:J4ZK:ZDN3:QFWE:L3TD:5WAJ:TDFJ:JYHO:3OGU"')
    add(R, "registry/storage/driver/filesystem/driver.go", S,
        "sync dir: sync /var/lib/registry/docker/registry/v2/repositories/stemedb/api/_manifests/tags/v1.4.2/current: input/output error")

    # --- project-zot/zot: errors/errors.go sentinels and their wrappings ---
    R = "project-zot/zot"
    add(R, "pkg/storage/cache/boltdb.go", T,
        "operation timeout: boltdb file is already in use, path '/var/lib/zot/cache.db'")
    for typ, m in [(Z, "bad blob digest"),
                   (Z, "unsupported repository layout version"),
                   (U, "manifest not found"),
                   (A, "invalid ldap credentials"),
                   (A, "bearer token does not have sufficient scope"),
                   (N, "unable to ping any registry URLs"),
                   (T, "query timed out while waiting for results"),
                   (S, "could not persist to db")]:
        add(R, "errors/errors.go", typ, m)
    add(R, "pkg/extensions/imagetrust/image_trust.go", A, "failed to verify signatures", True)

    # --- oras-project/oras-go: errdef, content readers, OCI store, remote errcode, auth client ---
    R = "oras-project/oras-go"
    add(R, "registry/remote/errcode/errors.go", A,
        'GET "https://registry.internal:5000/v2/stemedb/api/manifests/v1.4.2": response status code 401: '
        'unauthorized: authentication required: [map[Action:pull Class: Name:stemedb/api Type:repository]]')
    add(R, "content/oci/oci.go", Z, "invalid OCI Image Layout: failed to decode OCI layout file: unexpected EOF")
    add(R, "content/oci/oci.go", S,
        "invalid OCI Image Layout: failed to open OCI layout file: open /var/lib/stemedb/oci/oci-layout: permission denied")
    add(R, "content/reader.go", Z,
        "read failed: expected content size of 1048576, got 524288, for digest " + D2 + ": unexpected EOF")
    add(R, "content/reader.go", Z, "mismatched digest")
    add(R, "content/oci/storage.go", U, D1 + ": application/vnd.oci.image.manifest.v1+json: not found")
    add(R, "registry/remote/auth/client.go", A, "missing username or password for basic auth")
    add(R, "registry/remote/auth/client.go", A,
        'GET "https://registry.internal:5000/token?scope=repository%3Astemedb%2Fapi%3Apull&service=registry.internal%3A5000": empty token returned')
    add(R, "content/file/utils.go", Z, "content digest mismatch")
    add(R, "registry/remote/repository.go", U, "tag listing exceeded 10 pages: too many pages")

    # --- google/go-containerregistry: transport.Error, verify, name, remote, authn, layout ---
    R = "google/go-containerregistry"
    for typ, m in [(A, "GET https://registry.internal:5000/v2/stemedb/api/manifests/v1.4.2: UNAUTHORIZED: authentication required; "
                       "[map[Action:pull Class: Name:stemedb/api Type:repository]]"),
                   (U, "HEAD https://registry.internal:5000/v2/stemedb/api/manifests/v1.4.2: unexpected status code 404 Not Found "
                       "(HEAD responses have no body, use GET for details)"),
                   (N, "GET https://registry.internal:5000/v2/: unexpected status code 503 Service Unavailable")]:
        add(R, "pkg/v1/remote/transport/error.go", typ, m)
    add(R, "internal/verify/verify.go", Z,
        'error verifying sha256 checksum after reading 31457280 bytes; got "' + D2 + '", want "' + D3 + '"')
    add(R, "internal/verify/verify.go", Z, "error verifying size; got 524288, want 1048576")
    add(R, "pkg/name/ref.go", Z, "could not parse reference: registry.internal:5000/stemedb/API:v1.4.2")
    add(R, "pkg/v1/remote/descriptor.go", U,
        'unsupported MediaType: "application/vnd.docker.distribution.manifest.v1+prettyjws", '
        'see https://github.com/google/go-containerregistry/issues/377')
    add(R, "pkg/v1/remote/fetcher.go", Z,
        'manifest digest: "' + D2 + '" does not match requested digest: "' + D1 + '" for "registry.internal:5000/stemedb/api@' + D1 + '"')
    add(R, "pkg/authn/authn.go", Z, "unable to decode auth field: illegal base64 data at input byte 12")
    add(R, "pkg/v1/remote/options.go", U, "jobs must be greater than zero")

    # --- regclient/regclient: types/errs sentinels as HTTPError wraps them, auth header parser, ocidir ---
    R = "regclient/regclient"
    for typ, m in [(A, "unauthorized [http 401]"),
                   (U, "not found [http 404]"),
                   (U, "rate limit exceeded [http 429]"),
                   (N, "unexpected http status code: Bad Gateway [http 502]")]:
        add(R, "internal/reghttp/http.go", typ, m)
    add(R, "internal/auth/auth.go", Z,
        'failed to parse challenge header: Bearer realm="https://registry.internal:5000/token, eol element in state quote: parsing failed')
    add(R, "scheme/ocidir/blob.go", Z, "unexpected digest, expected " + D1 + ", computed " + D2)
    add(R, "scheme/ocidir/blob.go", S,
        "failed to write blob (rename tmp file /var/lib/stemedb/oci/blobs/sha256/3829104756.tmp to /var/lib/stemedb/oci/blobs/sha256/" + H3 + "): "
        "rename /var/lib/stemedb/oci/blobs/sha256/3829104756.tmp /var/lib/stemedb/oci/blobs/sha256/" + H3 + ": read-only file system")
    add(R, "scheme/ocidir/ocidir.go", Z, "/var/lib/stemedb/oci/index.json cannot be parsed: unexpected EOF")
    add(R, "scheme/ocidir/manifest.go", U,
        "manifest exceeds size limit, ref: ocidir:///var/lib/stemedb/oci:v1.4.2, limit: 4194304, size: 8388608")
    add(R, "types/errs/error.go", U, "context was canceled")

    # --- anchore/syft: format decoders, options, file catalogers, update check ---
    R = "anchore/syft"
    add(R, "syft/format/decoders_collection.go", Z, "sbom format not recognized")
    add(R, "syft/format/decoders_collection.go", Z, 'sbom format found to be "spdx-json" but the version is not supported')
    add(R, "syft/format/syftjson/decoder.go", Z, "document has schema version 16.1.0, but parser has older schema version (16.0.43)")
    add(R, "syft/format/cyclonedxjson/decoder.go", Z, "unable to decode cyclonedx json document: unexpected EOF")
    add(R, "cmd/syft/internal/options/catalog.go", U, 'bad scope value "all-layer"')
    add(R, "cmd/syft/internal/options/writer.go", S,
        "unable to create report file: open /var/lib/stemedb/reports/sbom.spdx.json: permission denied")
    add(R, "syft/file/cataloger/filecontent/cataloger.go", S,
        "permission error reading file contents: open /var/lib/stemedb/data/000123.sst: permission denied")
    add(R, "syft/internal/fileresolver/container_image_all_layers.go", U, "the image does not contain any layers")
    add(R, "cmd/syft/internal/commands/update.go", N,
        'failed to fetch latest version: Get "https://toolbox-data.anchore.io/syft/releases/latest/VERSION": '
        'dial tcp: lookup toolbox-data.anchore.io on 127.0.0.53:53: no such host')
    add(R, "cmd/syft/internal/commands/attest.go", U,
        "'syft attest' requires cosign to be installed, however it does not appear to be on PATH")

    # --- goharbor/harbor: lib/errors messages (Message[: cause]), quota, orm, p2p, jobservice, utils ---
    R = "goharbor/harbor"
    add(R, "src/server/middleware/readonly/readonly.go", U,
        "The system is in read only mode. Any modification is prohibited.")
    add(R, "src/pkg/quota/errors.go", U,
        "adding 52.3 MiB of storage resource, which when updated to current usage of 9.9 GiB will exceed the configured upper limit of 10.0 GiB.")
    add(R, "src/lib/orm/error.go", U,
        "the object has been modified; please apply your changes to the latest version and try again")
    add(R, "src/controller/artifact/manifest/manifest.go", U,
        "unsupported manifest media type: application/vnd.stemedb.snapshot.v1+json")
    add(R, "src/controller/p2p/preheat/controller.go", N,
        "preheat provider instance dragonfly-p2p-dc1:http://10.0.0.12:8002 is not healthy")
    add(R, "src/pkg/reg/adapter/awsecr/auth.go", A, "no authorization token returned")
    add(R, "src/common/utils/utils.go", T, "failed to connect to tcp:postgresql:5432 after 60 seconds")
    add(R, "src/common/utils/utils.go", N,
        "failed to connect to tcp://postgresql:5432, retry after 2 seconds :dial tcp 10.0.0.12:5432: connect: connection refused")
    add(R, "src/jobservice/worker/cworker/c_worker.go", T,
        "connect to redis server timeout: dial tcp 10.0.0.12:6379: connect: connection refused")
    add(R, "src/server/middleware/contenttrust/contentrust.go", A, "The image is not signed by cosign.")

    # --- aquasecurity/trivy: fs/redis cache, DB client, analyzer, RPC client, OCI artifact ---
    R = "aquasecurity/trivy"
    add(R, "pkg/cache/fs.go", T, "cache may be in use by another process: timeout")
    add(R, "pkg/cache/fs.go", S, "unable to open cache DB: open /root/.cache/trivy/fanal/fanal.db: permission denied")
    add(R, "pkg/cache/fs.go", S, "failed to create cache dir: mkdir /root/.cache/trivy/fanal: no space left on device")
    add(R, "pkg/db/db.go", Z, "the version of DB schema doesn't match. Local DB: 1, Expected: 2")
    add(R, "pkg/db/db.go", U, "--skip-db-update cannot be specified on the first run")
    add(R, "pkg/cache/redis.go", U, "blob (" + D3 + ") is missing in Redis cache")
    add(R, "pkg/cache/redis.go", N,
        "failed to get artifact from the Redis cache: dial tcp 10.0.0.12:6379: connect: connection refused")
    add(R, "pkg/fanal/analyzer/analyzer.go", T, "analyzer timed out: context deadline exceeded")
    add(R, "pkg/rpc/client/client.go", N,
        'failed to fetch server version: Get "http://10.0.0.12:4954/version": dial tcp 10.0.0.12:4954: connect: connection refused')
    add(R, "pkg/oci/artifact.go", U, "OCI artifact must be a single layer")

    # --- sigstore/fulcio: client-facing gRPC messages (pkg/server/error.go), identity, challenges, CA, config ---
    R = "sigstore/fulcio"
    add(R, "pkg/server/error.go", A, "The signature supplied in the request could not be verified", True)
    for typ, m in [(A, "The public key supplied in the request is insecure"),
                   (Z, "The certificate signing request could not be parsed"),
                   (A, "There was an error processing the identity token"),
                   (N, "error communicating with CA backend")]:
        add(R, "pkg/server/error.go", typ, m)
    add(R, "pkg/identity/email/principal.go", A, "email_verified claim was false")
    add(R, "pkg/challenges/challenges.go", Z, "error parsing PEM or DER encoded public key")
    add(R, "pkg/ca/pkcs11ca/pkcs11canocgo.go", U, "binary has been built with no cgo support, PKCS11 not supported")


# part_if (holdout29): Rust web frameworks, middleware and API toolkits -- HFQR/xitca-web, oxidecomputer/dropshot, paritytech/jsonrpc, cloudwego/volo, ohkami-rs/ohkami, cot-rs/cot, tomaka/rouille, actix/actix-extras, ibraheemdev/matchit; newest snapshots via fetch, each message read with `git show HEAD:<path>` in the file named per entry (Display / #[error] / #[display] text, write!/f.write_str arms, format! strings passed to error constructors, the WARNING!/ERROR! log macros of ohkami with their "[ohkami:WARNING] " / "[ohkami:ERROR] " prefix), placeholders filled plausibly; inner errors of other libraries (std io, serde_json, serde_path_to_error, hyper, sqlx/SQLite, rustls, core num parse, str utf8) are fills, not read here. Copies of other libraries' texts inside these repositories were left out (xitca-web's http-ws and http-multipart from actix, http-rate from governor, its router from matchit, the DbError parser of xitca-postgres from rust-postgres; volo-grpc's metadata/status texts from tonic).
def _part_if(add):
    _if_xitca_dropshot(add)
    _if_jsonrpc_volo_ohkami(add)
    _if_cot_rouille_actix_matchit(add)


def _if_xitca_dropshot(add):
    # --- HFQR/xitca-web: client TimeoutError / ResolveError / ErrorResponse, http-encoding, http-file, http-grpc, web errors, xitca-postgres own errors ---
    R = "HFQR/xitca-web"
    for typ, m, p in [
        (T, "dns look up timeout", "client/src/error.rs"),
        (T, "socket connect timeout", "client/src/error.rs"),
        (N, "domain: raft-node2.stemedb.internal can't be resolved to socket address", "client/src/error.rs"),
        (N, "expecting response with status code 101 Switching Protocols, got 400 Bad Request instead. upgrade tunnel can't be established",
         "client/src/error.rs"),
        (Z, "failed to parse Accept-Encoding header value", "http-encoding/src/error.rs"),
        (U, "Content-Encoding: zstd is not supported.", "http-encoding/src/error.rs"),
        (S, "file can not be found", "http-file/src/error.rs"),
        (Z, "incomplete grpc frame", "http-grpc/src/error.rs"),
        (U, "grpc message size 8388608 exceeds limit 4194304", "http-grpc/src/error.rs"),
        (A, "gRPC error Unauthenticated", "http-grpc/src/error.rs"),
        (T, "gRPC error DeadlineExceeded", "http-grpc/src/error.rs"),
        (U, "body size reached limit: 1048576 bytes", "web/src/error/body.rs"),
        (N, "Client's Driver is dropped and unaccessible. Associated query has not been sent to database.", "postgres/src/error.rs"),
        (A, "Config error: password is wrong", "postgres/src/error.rs"),
    ]:
        add(R, p, typ, m)

    # --- oxidecomputer/dropshot: HttpError internal messages (for_bad_request / for_internal_error), BuildError, NotAnError ---
    R = "oxidecomputer/dropshot"
    for typ, m, p in [
        (Z, "unable to parse JSON body: members[0].port: invalid type: string \"18182\", expected u16 at line 1 column 31",
         "dropshot/src/extractor/body.rs"),
        (Z, "failed to parse body as UTF-8 string: invalid utf-8 sequence of 1 bytes from index 17", "dropshot/src/extractor/body.rs"),
        (U, "request body exceeded maximum size of 1048576 bytes", "dropshot/src/extractor/body.rs"),
        (Z, "expected content type \"application/json\", got \"application/x-www-form-urlencoded\"", "dropshot/src/extractor/body.rs"),
        (N, "error streaming request body: error reading a body from connection", "dropshot/src/extractor/body.rs"),
        (U, "server does not support this API version: 3.0.0", "dropshot/src/versioning.rs"),
        (Z, "failed to parse pagination token: corrupted token", "dropshot/src/pagination.rs"),
        (N, "client disconnected before response returned", "dropshot/src/server.rs"),
        (N, "failed to bind to 0.0.0.0:18182", "dropshot/src/server.rs"),
        (S, "opening /etc/stemedb/tls/cert.pem", "dropshot/src/server.rs"),
        (U, "unversioned servers cannot have endpoints with specific versions", "dropshot/src/server.rs"),
    ]:
        add(R, p, typ, m)


def _if_jsonrpc_volo_ohkami(add):
    # --- paritytech/jsonrpc (the older jsonrpc crates, not jsonrpsee): RpcError Display, core Error "{code description}: {message}", http responses, ws error ---
    R = "paritytech/jsonrpc"
    for typ, m, p in [
        (Z, "Server returned rpc error Invalid request: Unsupported JSON-RPC protocol version", "core-client/transports/src/lib.rs"),
        (U, "Server returned rpc error Method not found: Method not found", "core-client/transports/src/lib.rs"),
        (Z, "Failed to parse server response as u64: invalid type: string \"ok\", expected u64", "core-client/transports/src/lib.rs"),
        (N, "Client error: Unexpected response status code: 503 Service Unavailable", "core-client/transports/src/transports/http.rs"),
        (Z, "Invalid params: Invalid params: invalid type: string \"node2\", expected u64.", "core/src/types/params.rs"),
        (U, "Server error: Subscriptions are not available on this transport.", "pubsub/src/subscription.rs"),
        (A, "Provided Host header is not whitelisted.", "http/src/response.rs"),
        (Z, "utf-8 encoding error at byte 17 in request body", "http/src/handler.rs"),
        (N, "Action on closed connection.", "ws/src/error.rs"),
    ]:
        add(R, p, typ, m)

    # --- cloudwego/volo: volo-http ClientError "{kind}[ to addr ..][ for uri `..`][: source]", simple_error! texts, load balancer, hot restart ---
    R = "cloudwego/volo"
    for typ, m, p in [
        (T, "sending request error for uri `http://10.0.0.12:7000/v1/raft/append`: request timeout", "volo-http/src/error/client.rs"),
        (N, "connect error to addr 10.0.0.12:7000 for uri `http://10.0.0.12:7000/v1/raft/append`: Connection refused (os error 111)",
         "volo-http/src/error/client.rs"),
        (U, "builder error: missing target address", "volo-http/src/error/client.rs"),
        (U, "sending request error: too many redirects", "volo-http/src/error/client.rs"),
        (N, "load balance error: no available endpoint", "volo-http/src/error/client.rs"),
        (U, "missing 'request_hash' for consistent hash load balancer", "volo/src/loadbalance/error.rs"),
        (Z, "path param parse error: invalid digit found in string", "volo-http/src/server/param.rs"),
        (N, "client received an error status `503 Service Unavailable` for `http://10.0.0.12:7000/v1/health`",
         "volo-http/src/client/layer/fail_on_status.rs"),
        (U, "hot_restart_err_msg: unknown msg_type", "volo/src/hotrestart/mod.rs"),
    ]:
        add(R, p, typ, m)

    # --- ohkami-rs/ohkami: response texts of the built-in fangs, and its WARNING!/ERROR! log lines ---
    R = "ohkami-rs/ohkami"
    for typ, m, p in [
        (A, "missing or malformed jwt", "ohkami/src/fang/builtin/jwt.rs"),
        (A, "cross-origin request detected from Sec-Fetch-Site header", "ohkami/src/fang/builtin/csrf.rs"),
        (N, "[ohkami:WARNING] Client disconnected before response could be sent: Broken pipe (os error 32)", "ohkami/src/session/mod.rs"),
        (N, "[ohkami:ERROR] TLS accept error: received corrupt message of type InvalidContentType", "ohkami/src/ohkami/mod.rs"),
        (T, "[ohkami:WARNING] WebSocket session aborted by timeout (3600 secs). This can be configured by `websocket_timeout` of `Config`, "
            "or `OHKAMI_WEBSOCKET_TIMEOUT` environment variable.(default: 3600)", "ohkami/src/session/mod.rs"),
        (U, "[ohkami:WARNING] [Request::read] Unexpected end of headers! Maybe request buffer size is not enough. Try setting `request_bufsize` of Config, "
            "or `OHKAMI_REQUEST_BUFSIZE` environment variable, to a larger value (default: 2048).", "ohkami/src/request/mod.rs"),
        (U, "[ohkami:WARNING] Context of `stemedb_api::state::AppState` doesn't exist", "ohkami/src/fang/builtin/context.rs"),
        (U, "[ohkami:WARNING] [Panicked]: called `Option::unwrap()` on a `None` value", "ohkami/src/session/mod.rs"),
        (Z, "Missing CRLF in multipart", "ohkami_lib/src/serde_multipart.rs"),
    ]:
        add(R, p, typ, m)


def _if_cot_rouille_actix_matchit(add):
    # --- cot-rs/cot: thiserror texts with their ERROR_PREFIX constants ("database error:", "failed to authenticate user:", "session store:") ---
    R = "cot-rs/cot"
    for typ, m, p in [
        (S, "database error: database engine error: error returned from database: database is locked", "cot/src/db.rs"),
        (U, "database error: error retrieving a Foreign Key from the database: record not found", "cot/src/db.rs"),
        (U, "database error: unique constraint violation", "cot/src/db.rs"),
        (Z, "database error: type mismatch in database value: expected `i64`, found `TEXT`. Perhaps a migration is needed", "cot/src/db.rs"),
        (A, "failed to authenticate user: password hash is invalid", "cot/src/auth.rs"),
        (S, "session store: I/O error: Permission denied (os error 13)", "cot/src/session/store/file.rs"),
        (U, "session store: session-id collision retried too many times (32)", "cot/src/session/store/redis.rs"),
        (U, "cycle detected in migrations", "cot/src/db/migrations/sorter.rs"),
        (S, "could not read the config file at `production` or `config/production.toml`", "cot/src/project.rs"),
        (N, "failed to start the server: Address already in use (os error 98)", "cot/src/project.rs"),
        (Z, "failed to parse value `node2` as `u64`", "cot-core/src/request/path_params_deserializer.rs"),
    ]:
        add(R, p, typ, m)

    # --- tomaka/rouille: Display of the input/proxy error enums (description strings) ---
    R = "tomaka/rouille"
    for typ, m, p in [
        (U, "the request didn't have a JSON content type", "src/input/json.rs"),
        (Z, "error while parsing the JSON body", "src/input/json.rs"),
        (U, "the limit to the number of bytes has been exceeded", "src/input/plain.rs"),
        (Z, "the content-type encoding is not ASCII or UTF-8, or the body is not valid UTF-8", "src/input/plain.rs"),
        (Z, "failed to parse an integer field", "src/input/post.rs"),
        (U, "got multiple values for the same field while only one was expected", "src/input/post.rs"),
        (N, "could not read the body from the request, or could not connect to the remote server, or the connection to the remote server closed unexpectedly",
         "src/proxy.rs"),
        (N, "the destination server didn't produce compliant HTTP", "src/proxy.rs"),
    ]:
        add(R, p, typ, m)

    # --- actix/actix-extras: derive_more #[display] texts of actix-cors, actix-identity, actix-limitation, actix-session, actix-web-httpauth, actix-settings, actix-ws ---
    R = "actix/actix-extras"
    for typ, m, p in [
        (A, "Origin is not allowed to make this request", "actix-cors/src/error.rs"),
        (U, "`allowed_origin` argument must not be wildcard (`*`)", "actix-cors/src/error.rs"),
        (A, "The given session has expired and is no longer valid", "actix-identity/src/error.rs"),
        (A, "There is no identity information attached to the current session", "actix-identity/src/error.rs"),
        (U, "The identity information in the current session has disappeared after having been successfully validated. This is likely to be a bug.",
         "actix-identity/src/error.rs"),
        (N, "Redis client failed to connect or run a query", "actix-limitation/src/errors.rs"),
        (U, "Limit is exceeded for a key", "actix-limitation/src/errors.rs"),
        (Z, "Failed to deserialize session state", "actix-session/src/storage/interface.rs"),
        (A, "Missing authorization scheme", "actix-web-httpauth/src/headers/authorization/errors.rs"),
        (Z, "Expected a string of the format \"N seconds\" or \"N milliseconds\" where N is an integer > 0, got 30s (@ src/settings/timeout.rs:47:50)",
         "actix-settings/src/error.rs"),
        (N, "Session is closed", "actix-ws/src/session.rs"),
    ]:
        add(R, p, typ, m)

    # --- ibraheemdev/matchit: InsertError / MatchError Display ---
    R = "ibraheemdev/matchit"
    for typ, m in [
        (U, "Insertion failed due to conflict with previously registered route: /v1/nodes/{id}"),
        (U, "Catch-all parameters are only allowed at the end of a route"),
        (U, "Matching route not found"),
    ]:
        add(R, "src/error.rs", typ, m)


# part_ig (holdout29): C/C++ database client libraries and connectors -- datastax/cpp-driver, mongodb/mongo-c-driver (libmongoc + libbson), couchbase/libcouchbase, lurcher/unixODBC, awesomized/libmemcached, FreeTDS/freetds, vrogier/ocilib, jtv/libpqxx -- read from snapshots via fetch (git show HEAD:<path>), each message read in the file named per entry (error tables, set_error/on_error calls, log formats and the wrappers that build the final text), placeholders filled plausibly. Fills not read in the source: the Cassandra server's bad-credentials text inside the cpp-driver's "Received error response '...'" wrapper; OpenSSL's X509_verify_cert_error_string text ("certificate has expired") inside the cpp-driver and libmongoc TLS wrappers; libuv's uv_strerror texts ("connection refused", "unknown node or service"); glibc's strerror and gai_strerror texts ("Connection refused", "Permission denied", "Name or service not known"); and libmemcached's "(%p) ... -> FILE:LINE" pointer and position (the line number is that of the MEMCACHED_AT in the named file). The unixODBC Driver Manager texts carry the "[unixODBC]" and "[Driver Manager]" prefixes from DriverManager/drivermanager.h; FreeTDS's ODBC texts carry the "[FreeTDS][SQL Server]" prefix that src/odbc/error.c's SQLGetDiagRec adds.
def _part_ig(add):
    _ig_cassandra_and_mongo(add)
    _ig_couchbase_and_memcached(add)
    _ig_odbc_tds_oracle_pg(add)


def _ig_cassandra_and_mongo(add):
    # --- datastax/cpp-driver: connector / cluster / request error messages (src/*.cpp) ---
    R = "datastax/cpp-driver"
    add(R, "src/cluster_connector.cpp", N,
        "Unable to establish a control connection to host 10.0.0.12:9042 because of the following error: "
        "Connect error 'connection refused'")
    add(R, "src/cluster_connector.cpp", U,
        "No hosts available for the control connection using the DC-aware load balancing policy. "
        "Check to see if the configured local datacenter is valid")
    add(R, "src/connector.cpp", A,
        "Received error response 'Provided username stemedb and/or password are incorrect' (0x02000100)")
    add(R, "src/connector.cpp", A, "Authentication required but no auth provider set")
    add(R, "src/connector.cpp", N, "Connection closed prematurely")
    add(R, "src/socket_connector.cpp", N, "Error verifying peer certificate: certificate has expired")
    add(R, "src/socket_connector.cpp", N, "Unable to resolve hostname 'unknown node or service'")
    add(R, "src/socket_connector.cpp", T, "Timed out attempting to resolve hostname")
    add(R, "src/request_handler.cpp", N,
        "All hosts in current policy attempted and were either unavailable or failed")
    add(R, "src/decoder.cpp", Z, "Expected at least 4 bytes to decode count of failures error response")
    add(R, "src/request_processor.cpp", U, "The request queue has reached capacity")
    add(R, "src/session_base.cpp", U, "Already connecting, closing, or connected")

    # --- mongodb/mongo-c-driver: bson_error_t messages of libmongoc and libbson ---
    R = "mongodb/mongo-c-driver"
    M = "src/libmongoc/src/mongoc/"
    add(R, M + "mongoc-topology.c", N,
        "No suitable servers found (`serverSelectionTryOnce` set): "
        "[connection refused calling hello on '10.0.0.12:27017']")
    add(R, M + "mongoc-topology.c", T, "No suitable servers found: `serverSelectionTimeoutMS` expired")
    add(R, M + "mongoc-cluster.c", N,
        "Failed to send \"insert\" command with database \"stemedb\": socket error or timeout")
    add(R, M + "mongoc-server-monitor.c", T, "connection timed out reading message length")
    add(R, M + "mongoc-stream-tls-openssl.c", N,
        "TLS handshake failed: certificate verify failed (10): certificate has expired")
    add(R, M + "mongoc-stream-tls.c", T, "TLS handshake timed out.")
    add(R, M + "mongoc-topology-scanner.c", N, "Failed to resolve 'mongo-2.internal'")
    add(R, M + "mongoc-scram.c", A, "SCRAM Failure: could not verify server signature in sasl step 3", True)
    add(R, M + "mongoc-uri.c", A, "'SCRAM-SHA-256' authentication mechanism requires a username")
    add(R, M + "mongoc-uri.c", Z, "A '/' is required between the host list and any options.")
    add(R, M + "mongoc-cluster.c", Z, "could not decompress message from server")
    add(R, "src/libbson/src/bson/bson-json.c", Z, "Number \"99999999999999999999\" is out of range")
    add(R, M + "mongoc-client.c", U, "Only one of causal consistency and snapshot can be enabled.")


def _ig_couchbase_and_memcached(add):
    # --- couchbase/libcouchbase: lcb_strerror_long() texts ("NAME (code): description",
    #     src/instance.cc over the LCB_XERROR table of include/libcouchbase/error.h) and log lines ---
    R = "couchbase/libcouchbase"
    E = "include/libcouchbase/error.h"
    for typ, m in [
        (T, "LCB_ERR_TIMEOUT (201): The request was not completed by the user-defined timeout"),
        (A, "LCB_ERR_AUTHENTICATION_FAILURE (206): Authentication error. Possible reasons: incorrect "
            "authentication configuration, bucket doesn't exist or bucket may be hibernated."),
        (N, "LCB_ERR_SSL_CANTVERIFY (1003): Client could not verify server's certificate"),
        (N, "LCB_ERR_CONNECTION_REFUSED (1024): The remote host refused the connection"),
        (N, "LCB_ERR_UNKNOWN_HOST (1049): DNS/Hostname lookup failed"),
        (Z, "LCB_ERR_DECODING_FAILURE (213): Decoding of the data into the user object failed"),
        (S, "LCB_ERR_FD_LIMIT_REACHED (1004): The system or process has reached its maximum number of file descriptors"),
        (U, "LCB_ERR_DOCUMENT_NOT_FOUND (301): Document is not found"),
    ]:
        add(R, E, typ, m)
    add(R, "src/bucketconfig/bc_file.cc", S,
        "(cache=/var/lib/stemedb/couchbase.cache) Couldn't open file for writing: Permission denied")
    add(R, "src/mcserver/negotiate.cc", A, "SASL auth failed with STATUS=0x20")
    add(R, "src/lcbio/connect.cc", N, "Couldn't look up cb-node2.internal (Name or service not known) [EAI=-2]")
    add(R, "src/bucketconfig/bc_http.cc", T, "HTTP Provider timed out waiting for I/O")

    # --- awesomized/libmemcached: memcached_last_error_message() texts built in
    #     src/libmemcached/error.cc ("(%p) %s(%s), %s -> FILE:LINE") around strerror.cc names ---
    R = "awesomized/libmemcached"
    add(R, "src/libmemcached/connect.cc", N,
        "(0x55d1c0a4e2a0) CONNECTION FAILURE(Connection refused),  host: 10.0.0.12:11211 -> "
        "src/libmemcached/connect.cc:420")
    add(R, "src/libmemcached/io.cc", T,
        "(0x55d1c0a4e2a0) A TIMEOUT OCCURRED, time out,  host: 10.0.0.12:11211 -> src/libmemcached/io.cc:220")
    add(R, "src/libmemcached/connect.cc", N,
        "(0x55d1c0a4e2a0) getaddrinfo() or getnameinfo() HOSTNAME LOOKUP FAILURE, Name or service not known,  "
        "host: memcache-3.internal:11211 -> src/libmemcached/connect.cc:85")
    add(R, "src/libmemcached/connect.cc", N,
        "(0x55d1c0a4e2a0) SERVER IS MARKED DEAD,  host: 10.0.0.13:11211 -> src/libmemcached/connect.cc:490")
    add(R, "src/libmemcached/io.cc", N,
        "(0x55d1c0a4e2a0) CONNECTION FAILURE, ::rec() returned zero, server has disconnected,  "
        "host: 10.0.0.12:11211 -> src/libmemcached/io.cc:433")
    add(R, "src/libmemcached/key.cc", U,
        "(0x55d1c0a4e2a0) A BAD KEY WAS PROVIDED/CHARACTERS OUT OF RANGE, Key provided had invalid character. -> "
        "src/libmemcached/key.cc:73")
    add(R, "src/libmemcached/key.cc", U,
        "(0x55d1c0a4e2a0) INVALID ARGUMENTS, Numbers of keys provided was zero -> src/libmemcached/key.cc:46")
    add(R, "src/libmemcached/csl/context.cc", Z,
        "(0x55d1c0a4e2a0) Unknown option: --SERVR=10.0.0.12:11211 -> src/libmemcached/csl/context.cc:62")
    add(R, "src/libmemcached/strerror.cc", A, "FAILED TO SEND AUTHENTICATION TO SERVER")
    add(R, "src/libmemcached/strerror.cc", U, "ITEM TOO BIG")


def _ig_odbc_tds_oracle_pg(add):
    # --- lurcher/unixODBC: Driver Manager diagnostics (DriverManager/__info.c table, SQLConnect.c) ---
    R = "lurcher/unixODBC"
    for typ, m in [
        (U, "[unixODBC][Driver Manager]Data source name not found and no default driver specified"),
        (U, "[unixODBC][Driver Manager]Function sequence error"),
        (N, "[unixODBC][Driver Manager]Connection not open"),
        (T, "[unixODBC][Driver Manager]Connection pool at capacity and the wait has timed out"),
        (U, "[unixODBC][Driver Manager]Invalid attribute value"),
        (U, "[unixODBC][Driver Manager]Driver does not support this function"),
        (U, "[unixODBC][Driver Manager]Invalid cursor state"),
        (Z, "[unixODBC][Driver Manager]DRIVER keyword syntax error"),
        (U, "[unixODBC][Driver Manager]Invalid use of null pointer"),
    ]:
        add(R, "DriverManager/__info.c", typ, m)
    add(R, "DriverManager/SQLConnect.c", S,
        "[unixODBC][Driver Manager]Can't open lib '/usr/lib/x86_64-linux-gnu/odbc/libtdsodbc.so' : file not found")

    # --- FreeTDS/freetds: libtds error table (src/tds/util.c), db-lib table, ODBC SQLSTATE texts, logs ---
    R = "FreeTDS/freetds"
    for typ, m in [
        (N, "Unable to connect: TDS server is unavailable or does not exist"),
        (T, "TDS server connection timed out"),
        (N, "Unexpected EOF from the server"),
        (N, "Unknown host machine name."),
        (U, "Server name not found in configuration files."),
        (Z, "Error converting characters into server's character set. Some character(s) could not be converted"),
        (Z, "Unrecognized TDS version received from the server"),
    ]:
        add(R, "src/tds/util.c", typ, m)
    add(R, "src/dblib/dblib.c", A, "Login incorrect")
    add(R, "src/odbc/error.c", N, "[FreeTDS][SQL Server]Unable to connect to data source")
    add(R, "src/odbc/error.c", A, "[FreeTDS][SQL Server]Invalid authorization specification")
    add(R, "src/tds/tls.c", N, "Certificate hostname does not match")
    add(R, "src/tds/net.c", N, "tds_setup_socket: connect(2) returned \"Connection refused\"")

    # --- vrogier/ocilib: OCILIB's own error messages (src/exception.c ErrorMessages table) ---
    R = "vrogier/ocilib"
    for typ, m in [
        (U, "OCILIB has not been initialized"),
        (U, "Memory allocation failure (type Statement handle, size : 1024)"),
        (U, "Feature not available (Oracle 12c R1 PL/SQL extended support) "),
        (U, "Maximum number of binds (65535) already reached"),
        (U, "Name or position ':id' already binded to the statement"),
        (U, "Column 'CREATED_AT' not find in table 'EVENTS'"),
        (U, "Argument 'mode' : Invalid value 7"),
        (N, "Cannot connect to database using XA connection string 'ORACLE_XA+DB=stemedb+SqlNet=orcl+Threads=true'"),
        (Z, "Unknown identifier x while parsing SQL : "),
    ]:
        add(R, "src/exception.c", typ, m)

    # --- jtv/libpqxx: exception what() texts ---
    R = "jtv/libpqxx"
    add(R, "src/connection.cxx", N, "Lost connection to the database server.")
    add(R, "src/connection.cxx", Z, "Could not parse connection string.")
    add(R, "src/connection.cxx", U, "Unsupported server version; the minimum is 11.0.")
    add(R, "src/robusttransaction.cxx", N,
        "Transaction ingest (with transaction ID 48213) lost connection while committing.  It's impossible to "
        "tell whether it committed, or aborted, or is still running.  Attempts to find out its outcome have "
        "failed.  The backend process on the server had process ID 30412.  You may be able to check what "
        "happened to that process.")
    add(R, "src/transaction_base.cxx", N, "Broken connection to backend; cannot complete transaction.")
    add(R, "src/transaction_base.cxx", U, "Attempt to commit previously aborted transaction 'ingest'")
    add(R, "src/util.cxx", U, "Started new transaction 'ingest' while transaction 'compact' was still active.")
    add(R, "src/strconv.cxx", Z, "Could not convert '12x' to int: Could not parse full string.")
    add(R, "src/strconv.cxx", Z, "Could not convert string to numeric value: '3.14.15'.")
    add(R, "include/pqxx/array.hxx", Z, "Malformed array: does not start with '{'.")
    add(R, "src/result.cxx", U, "Expected at most 1 row from query, got 3.")


# part_ih (holdout29): backup, sync and file-transfer tools -- rustic-rs/rustic_core, syncthing/syncthing, schollz/croc, drakkan/sftpgo, RsyncProject/rsync, lavv17/lftp, systemd/casync, zrepl/zrepl, andrewchambers/bupstash; snapshots via fetch (git show HEAD:<path>), each message read in the file named per entry (the Display / Error() / format string and the wrapper it reaches the log through: rustic's RusticError::display_log or guidance, Go fmt.Errorf chains, rsync's rsyserr/log_exit, lftp's FileAccess::StrError and ProtoLog prefix), placeholders filled plausibly (paths, ids, hosts, inner os/net errors).
def _part_ih(add):
    _ih_rustic(add)
    _ih_syncthing(add)
    _ih_croc(add)
    _ih_sftpgo(add)
    _ih_rsync(add)
    _ih_lftp(add)
    _ih_casync(add)
    _ih_zrepl(add)
    _ih_bupstash(add)


def _ih_rustic(add):
    # rustic_core: RusticError guidance strings (RusticError::new / with_source), shown either as
    # the guidance line or via display_log "Error: {guidance} (kind: related to {kind}[, code: X]): caused by: {source}".
    R = "rustic-rs/rustic_core"
    add(R, "crates/core/src/crypto/aespoly1305.rs", A,
        "Error: Data decryption failed, MAC check failed. (kind: related to cryptographic operations): caused by: aead::Error", True)
    add(R, "crates/core/src/repofile/keyfile.rs", A,
        "Error: The password that has been entered, seems to be incorrect. No suitable key found for the given password. Please check your password and try again. (kind: related to credentials handling, code: C002)")
    add(R, "crates/backend/src/local.rs", S,
        "Error: Failed to open the file `/var/lib/stemedb/backup-repo/data/3f/3fa1c9e07d2b5a4418e6c0f3b9d27a51c8e4f60b1d93a7e2c5f84b06d1e9a372`. Please check the file and try again. (kind: related to the backend): caused by: No such file or directory (os error 2)")
    add(R, "crates/core/src/backend/decrypt.rs", Z,
        "Error: Failed to decode zstd compressed data. The data may be corrupted. (kind: related to internal operations): caused by: Unknown frame descriptor")
    add(R, "crates/core/src/repofile/packfile.rs", Z,
        "pack size `4194412` computed from header doesn't match real pack file size `4194304`!")
    add(R, "crates/backend/src/rest.rs", N,
        "Error: Backoff failed, please check the logs for more information. (kind: related to the backend): caused by: error sending request for url (http://10.0.0.12:8000/stemedb/config) : (source: client error (Connect))")
    add(R, "crates/core/src/repository/credentials.rs", S,
        "Error: Opening password file failed. Is the path `/etc/stemedb/backup.pass` correct? (kind: related to credentials handling): caused by: Permission denied (os error 13)")
    add(R, "crates/core/src/commands/prune.rs", U,
        "Pruning is not allowed in append-only repositories. Please disable append-only mode first, if you know what you are doing. Aborting.")
    add(R, "crates/core/src/chunker/rabin.rs", U,
        "Chunk size must be a power of 2 for the rabin chunker. chunk size = 1000000.")
    add(R, "crates/core/src/index.rs", U,
        "Blob `9c1e4b7a2d58f03e6a91c2b4d7e0f8a35b6c1d9e2f4a7b08c3d5e6f1a2b4c7d9` with type `Data` not found in index")
    add(R, "crates/backend/src/rclone.rs", U,
        "Unsupported rclone version `1.50.2`. We must not use rclone without authentication! Please upgrade to rclone >= 1.52.2!")


def _ih_syncthing(add):
    # syncthing lib/: errors.New sentinels and fmt.Errorf wrappers as they reach the log.
    R = "syncthing/syncthing"
    for typ, m, p in [
        (Z, "unmarshalling message: proto: cannot parse invalid wire-format data", "lib/protocol/protocol.go"),
        (Z, "hash mismatch 3a5fd1c09b7e24f8a6c3b2e1d0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1 != 9b2c4e6a8d0f1e3c5a7b9d1f3e5c7a9b1d3f5e7c9a1b3d5f7e9c1a3b5d7f9e1c", "lib/model/folder_sendrecv.go"),
        (S, "insufficient space on disk for database (/var/lib/syncthing/index-v2): current 0.80 % < required 1 %", "lib/model/folder.go"),
        (S, "creating directory: mkdir /srv/sync/stemedb/snapshots/2024-06: permission denied", "lib/model/folder_sendrecv.go"),
        (U, "folder must be paused when resetting", "lib/model/model.go"),
        (U, "connection limit reached", "lib/connections/service.go"),
        (A, "different encryption passwords used", "lib/model/model.go"),
        (Z, "the remote device speaks an unknown (newer?) version of the protocol", "lib/protocol/bep_hello.go"),
        (N, "requestGlobal: no connection to device: MFZWI3D", "lib/model/model.go"),
        (Z, "failed to load config: unexpected end of file. Truncated or empty configuration?", "lib/syncthing/utils.go"),
    ]:
        add(R, p, typ, m)


def _ih_croc(add):
    R = "schollz/croc"
    for typ, m, p in [
        (A, "pake not successful: recipient PAKE confirmation failed", "src/croc/croc.go"),
        (Z, "initial bytes are not magic: 6c6f6361", "src/comm/comm.go"),
        (N, "could not connect to 10.0.0.12:9009: dial tcp 10.0.0.12:9009: connect: connection refused", "src/croc/croc.go"),
        (N, "failed to resolve croc.schollz.com: all DNS servers exhausted", "src/models/constants.go"),
        (T, "timed out waiting for reconnect handshake", "src/croc/croc.go"),
        (S, "could not create /home/backup/Downloads/stemedb-000123.sst: open /home/backup/Downloads/stemedb-000123.sst: permission denied", "src/croc/croc.go"),
        (Z, "decompress message: decompress data: flate: corrupt input before offset 5", "src/message/message.go"),
        (U, "decompressed data exceeds maximum size", "src/compress/compress.go"),
        (N, "room (secure channel) not ready, maybe peer disconnected", "src/croc/croc.go"),
        (U, "peer uses unsupported PAKE protocol version 2; upgrade both croc clients", "src/croc/croc.go"),
    ]:
        add(R, p, typ, m)


def _ih_sftpgo(add):
    R = "drakkan/sftpgo"
    for typ, m, p in [
        (A, "Authentication error: could not validate password credentials: invalid credentials", "internal/sftpd/server.go"),
        (A, "ssh: certificate SHA256:Xy9bq3F0kT1e8HjW2mNcR5vLpA7sD4gQ6uZoE3iKf0M is revoked", "internal/sftpd/server.go"),
        (A, "login for user \"backup-agent\" is not allowed from this address: 10.0.0.77:53122", "internal/sftpd/server.go"),
        (S, "denying write due to space limit", "internal/common/common.go"),
        (S, "unable to create backup dir: mkdir /srv/sftpgo/backups: read-only file system", "internal/dataprovider/dataprovider.go"),
        (U, "too many open sessions: 12/10", "internal/common/common.go"),
        (N, "sftpfs: unable to connect: dial tcp 10.0.0.12:22: connect: no route to host", "internal/vfs/sftpfs.go"),
        (Z, "unsupported encryption version: 3", "internal/vfs/cryptfs.go"),
        (Z, "malformed ciphertext", "internal/kms/builtin.go"),
        (N, "TLS connection cannot be verified: unable to get verification chain", "internal/ftpd/server.go"),
    ]:
        add(R, p, typ, m)


def _ih_rsync(add):
    # rsync: rprintf/rsyserr texts ("rsync: [who] msg: strerror (errno)") and log_exit's
    # "rsync error: <rerr_names text> (code N) at file(line) [who=version]" (log.c); line numbers plausible.
    R = "RsyncProject/rsync"
    for typ, m, p in [
        (T, "rsync error: timeout in data send/receive (code 30) at io.c(248) [sender=3.4.1]", "log.c"),
        (T, "[receiver] io timeout after 600 seconds -- exiting", "io.c"),
        (N, "rsync: connection unexpectedly closed (48213 bytes received so far) [sender]", "io.c"),
        (N, "rsync error: error in socket IO (code 10) at clientserver.c(165) [Receiver=3.4.1]", "log.c"),
        (S, "rsync: [receiver] write failed on \"/srv/stemedb/backup/000123.sst\": No space left on device (28)", "receiver.c"),
        (S, "rsync error: error in file IO (code 11) at receiver.c(644) [receiver=3.4.1]", "log.c"),
        (N, "rsync: [Receiver] failed to connect to 10.0.0.12 (10.0.0.12): Connection refused (111)", "socket.c"),
        (A, "@ERROR: auth failed on module stemedb-backups", "clientserver.c"),
        (Z, "Invalid checksum length 40 [receiver]", "io.c"),
        (U, "rsync error: syntax or usage error (code 1) at main.c(1799) [client=3.4.1]", "log.c"),
        (U, "ERROR: The remote path must start with a module name not a /", "clientserver.c"),
    ]:
        add(R, p, typ, m)


def _ih_lftp(add):
    # lftp: FileAccess::StrError prefixes ("Login failed: ", "Access failed: ", "Fatal error: ",
    # "Operation not supported: ") and ProtoLog::LogError lines (log:prefix-error "**** ").
    R = "lavv17/lftp"
    for typ, m, p in [
        (A, "Login failed: Login incorrect", "src/SSH_Access.cc"),
        (S, "Access failed: 550 /pub/stemedb/000123.sst: No such file or directory", "src/FileAccess.cc"),
        (U, "Operation not supported: MLST and MLSD are not supported by this site", "src/ftpclass.cc"),
        (T, "**** Timeout - reconnecting", "src/NetAccess.cc"),
        (T, "host name resolve timeout", "src/Resolver.cc"),
        (N, "Fatal error: max-retries exceeded (Connection refused)", "src/NetAccess.cc"),
        (Z, "Fatal error: chunked format violated", "src/Http.cc"),
        (Z, "**** Could not parse HTTP status line", "src/Http.cc"),
        (N, "**** Data connection peer has mismatching address", "src/ftpclass.cc"),
        (N, "ERROR: Certificate verification: subjectAltName does not match 'ftp.backup.example.net' (3A:7F:C2:91:0B:E4:5D:18:A6:2C:F0:83:4E:B9:67:D1:05:9A:3C:E8)", "src/lftp_ssl.cc"),
    ]:
        add(R, p, typ, m)


def _ih_casync(add):
    # casync: log_error / log_error_errno texts with %m filled by strerror of the returned errno.
    R = "systemd/casync"
    for typ, m, p in [
        (Z, "Failed to run synchronizer: Bad message", "src/casync-tool.c"),
        (S, "Failed to open /var/lib/machines/stemedb.caidx: No such file or directory", "src/casync-tool.c"),
        (S, "Unable to set store path /srv/casync/default.castr: Read-only file system", "src/casync-tool.c"),
        (N, "HTTP server failure 503 while requesting https://10.0.0.12/images/stemedb.caidx.", "src/casync-http.c"),
        (N, "Failed to acquire https://10.0.0.12/images/default.castr/1a2b/1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809.cacnk", "src/casync-http.c"),
        (U, "Average chunk size must be larger than minimum chunk size.", "src/casync-tool.c"),
        (U, "Pull from base or archive not yet supported.", "src/casync-tool.c"),
        (Z, "Premature end of archive.", "src/casync-tool.c"),
        (U, "Input is a directory, but attempted to make blob index. Refusing.", "src/casync-tool.c"),
    ]:
        add(R, p, typ, m)


def _ih_zrepl(add):
    R = "zrepl/zrepl"
    for typ, m, p in [
        (Z, "resume token is corrupt", "internal/zfs/resume_token.go"),
        (A, "unauthorized client common name \"backup-client\" from 10.0.0.14:39412", "internal/transport/tls/serve_tls.go"),
        (T, "dial_timeout of 10s exceeded", "internal/transport/ssh/connect_ssh.go"),
        (N, "receiver is not reachable: dial tcp 10.0.0.12:8888: connect: connection refused", "internal/replication/logic/replication_logic.go"),
        (U, "automatic conflict resolution for initial replication is disabled in config", "internal/replication/logic/replication_logic.go"),
        (U, "no snapshots available on sender side", "internal/replication/logic/replication_logic.go"),
        (A, "endpoint does not allow access to filesystem zroot/stemedb/data", "internal/endpoint/endpoint.go"),
        (Z, "protocol error: cannot unmarshal structured part of response: proto: cannot parse invalid wire-format data", "internal/rpc/dataconn/dataconn_client.go"),
        (U, "hold tag \"zrepl_STEP_J_prod_to_backup_0123456789\" exceeds max length of 255", "internal/zfs/holds.go"),
    ]:
        add(R, p, typ, m)


def _ih_bupstash(add):
    R = "andrewchambers/bupstash"
    for typ, m, p in [
        (A, "decryption key does not match key used for encryption", "src/client.rs"),
        (Z, "data corrupt - compression footer missing decompressed size", "src/compression.rs"),
        (Z, "unknown decompression footer, don't know how to decompress data (possibly compressed by a newer version of bupstash)", "src/compression.rs"),
        (N, "remote disconnected", "src/protocol.rs"),
        (N, "protocol error, expected begin ack packet", "src/client.rs"),
        (A, "server has disabled put for this client", "src/server.rs"),
        (S, "query cache is busy", "src/querycache.rs"),
        (S, "unable to open repository at /srv/bupstash/repo: Permission denied (os error 13)", "src/repository.rs"),
        (U, "refusing to create an empty snapshot", "src/put.rs"),
    ]:
        add(R, p, typ, m)


def holdout29(add):
    for part in (_part_ie, _part_if, _part_ig, _part_ih):
        part(add)
