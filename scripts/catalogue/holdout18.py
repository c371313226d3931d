"""The eighteenth blind batch: wordings from sources in no earlier batch,
gathered after the seventeenth joined the catalogue, at the same time as the
nineteenth. Four helper sessions read them blind, with the same brief and
conventions as the earlier batches. Each wording was read in the file named
beside it; fills not read in the source are named in each part's note.
build.py adds it to the catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401

# RPC frameworks (jsonrpsee, tarpc, connect-go, twirp, brpc, kitex, rpcx, drpc): snapshots via fetch, read with git show; file named per entry.
def _part_da(add):
    # --- paritytech/jsonrpsee: thiserror Display of client/server/transport errors; ErrorObject Display is "{self:?}" ---
    J = "paritytech/jsonrpsee"
    for typ, m, p in [
        (N, "Error when opening the TCP socket: Connection refused (os error 111)", "client/transport/src/ws/mod.rs"),
        (T, "Connection timeout exceeded: 10s", "client/transport/src/ws/mod.rs"),
        (N, "Failed to resolve IP addresses for this hostname: failed to lookup address information: Name or service not known", "client/transport/src/ws/mod.rs"),
        (N, "No IP address found for this hostname: node2.stemedb.internal", "client/transport/src/ws/mod.rs"),
        (Z, "Invalid Url: Invalid URL: invalid port number", "client/http-client/src/transport.rs"),
        (N, "Request rejected `502`", "client/http-client/src/transport.rs"),
        (N, "The background task closed i/o error: Connection reset by peer (os error 104); restart required", "core/src/client/error.rs"),
        (U, "Custom error: BatchID range wrapped; restart the client or try again later", "core/src/client/mod.rs"),
        (U, "request ID=42 is not a pending call", "types/src/params.rs"),
        (U, "Method: stemedb_subscribeLog was already registered", "core/src/error.rs"),
        (T, "The connection channel timed out waiting on send operation", "core/src/server/error.rs"),
        (U, 'ErrorObject { code: ServerIsBusy, message: "Server is busy, try again later", data: None }', "types/src/error.rs"),
    ]:
        add(J, p, typ, m)

    # --- google/tarpc: RpcError / ChannelError Display, print_err chains in warn! logs ---
    TP = "google/tarpc"
    for typ, m, p in [
        (N, "the connection to the server was already shutdown", "tarpc/src/client.rs"),
        (T, "the request exceeded its deadline", "tarpc/src/client.rs"),
        (N, "the client failed to buffer the request in the underlying transport", "tarpc/src/client.rs"),
        (N, "the channel was disconnected due to a critical error", "tarpc/src/client.rs"),
        (N, "Connection broken: could not read from the transport: Connection reset by peer (os error 104)", "tarpc/src/client.rs"),
        (N, "Connection broken: could not write to the transport: Broken pipe (os error 32)", "tarpc/src/client.rs"),
        (N, "Connection broken: could not flush the transport: Connection reset by peer (os error 104)", "tarpc/src/client.rs"),
        (Z, "Requests stream errored out: could not read from the transport: EOF while parsing an object at line 1 column 412", "tarpc/src/server.rs"),
        (U, "WouldBlock: server throttled the request.", "tarpc/src/server/limits/requests_per_channel.rs"),
    ]:
        add(TP, p, typ, m)

    # --- connectrpc/connect-go: *Error.Error() is "<code>: <message>" ---
    C = "connectrpc/connect-go"
    for typ, m, p in [
        (N, 'unavailable: Post "http://10.0.0.12:7000/stemedb.v1.RaftService/AppendEntries": dial tcp 10.0.0.12:7000: connect: connection refused', "duplex_http_call.go"),
        (N, 'unavailable: possible h2c configuration issue when talking to gRPC server, see https://connectrpc.com/docs/go/common-errors: Post "http://10.0.0.12:7000/stemedb.v1.RaftService/AppendEntries": write tcp 10.0.0.5:51234->10.0.0.12:7000: write: broken pipe', "error.go"),
        (N, "unavailable: stream error: stream ID 5; REFUSED_STREAM; received from peer", "error.go"),
        (N, "permission_denied: transport protocol insecure: stream error: stream ID 3; INADEQUATE_SECURITY; received from peer", "error.go"),
        (Z, 'unavailable: URL "10.0.0.12:7000" missing scheme: use http:// or https:// (unlike grpc-go)', "client.go"),
        (U, "resource_exhausted: message size 8388608 is larger than configured max 4194304", "envelope.go"),
        (Z, "invalid_argument: protocol error: promised 1024 bytes in enveloped message, got 512 bytes", "envelope.go"),
        (Z, "invalid_argument: unmarshal message: proto: cannot parse invalid wire-format data", "envelope.go"),
        (N, "internal: protocol error: no Grpc-Status trailer: unexpected EOF", "protocol_grpc.go"),
        (A, "unauthenticated: HTTP status 401 Unauthorized", "protocol_grpc.go"),
        (N, "unimplemented: response from http://10.0.0.12:7000/stemedb.v1.RaftService/StreamLog is HTTP/1.1: bidi streams require at least HTTP/2", "duplex_http_call.go"),
    ]:
        add(C, p, typ, m)

    # --- twitchtv/twirp: twerr.Error() "twirp error <code>: <msg>"; messages from the protoc-gen-twirp templates ---
    TW = "twitchtv/twirp"
    G = "protoc-gen-twirp/generator.go"
    for typ, m, p in [
        (N, 'twirp error internal: failed to do request: Post "http://10.0.0.12:7000/twirp/stemedb.v1.Raft/AppendEntries": dial tcp 10.0.0.12:7000: connect: connection refused', G),
        (T, "twirp error internal: aborted because context was done: context deadline exceeded", G),
        (Z, "twirp error internal: failed to unmarshal proto response: proto: cannot parse invalid wire-format data", G),
        (Z, "twirp error malformed: the protobuf request could not be decoded", G),
        (U, 'twirp error bad_route: no handler for path "/twirp/stemedb.v1.Raft/Snapshot"', G),
        (U, 'twirp error bad_route: unsupported method "GET" (only POST is allowed)', G),
        (N, 'twirp error unavailable: Error from intermediary with HTTP status code 503 "Service Unavailable"', G),
        (A, 'twirp error unauthenticated: Error from intermediary with HTTP status code 401 "Unauthorized"', G),
        (T, "twirp error deadline_exceeded: failed to read request: deadline exceeded", G),
        (U, "Internal service panic: panic: runtime error: index out of range [3] with length 3", G),
        (N, "twirp error unknown: failed to write response, 0 of 4096 bytes written: write tcp 10.0.0.12:7000->10.0.0.5:51234: write: broken pipe", G),
    ]:
        add(TW, p, typ, m)

    # --- apache/brpc: Controller::ErrorText() ("[E<code>]" + SetFailed text), berror table, LOG lines ---
    B = "apache/brpc"
    SOCK = "Socket{id=8589934597 fd=17 addr=10.0.0.12:7000:48522} (0x7f3a2c012340)"
    for typ, m, p in [
        (T, "[E1008]Reached timeout=500ms @10.0.0.12:7000", "src/brpc/controller.cpp"),
        (N, "[E112]Not connected to 10.0.0.12:7000 yet, server_id=8589934597", "src/brpc/controller.cpp"),
        (N, "[E111]Fail to connect Socket{id=8589934597 addr=10.0.0.12:7000} (0x7f3a2c012340): Connection refused", "src/brpc/socket.cpp"),
        (N, "[E1014]Got EOF of " + SOCK, "src/brpc/socket_inl.h"),
        (N, "[E104]Fail to read from " + SOCK + ": Connection reset by peer", "src/brpc/input_messenger.cpp"),
        (U, "[E2004]Reached server's max_concurrency=64", "src/brpc/policy/baidu_rpc_protocol.cpp"),
        (U, "[E1002]Fail to find method=stemedb.RaftService/InstallSnapshot", "src/brpc/policy/baidu_rpc_protocol.cpp"),
        (Z, "[E1003]Fail to parse response=stemedb.AppendEntriesResponse, ContentType=pb, CompressType=snappy, ChecksumType=crc32c, request_size=4096", "src/brpc/policy/baidu_rpc_protocol.cpp"),
        (Z, "[E2002]attachment_size=8192 is larger than response_size=4096", "src/brpc/policy/baidu_rpc_protocol.cpp"),
        (A, "[E1004]Fail to authenticate, Authentication failed", "src/brpc/controller.cpp"),
        (U, "A message from 10.0.0.5:51234(protocol=baidu_std) is bigger than 67108864 bytes, the connection will be closed. Set max_body_size to allow bigger messages", "src/brpc/input_messenger.cpp"),
        (N, "Fail to load CA file /etc/stemedb/tls/ca.pem: error:0480006C:PEM routines::no start line", "src/brpc/details/ssl_helper.cpp"),
    ]:
        add(B, p, typ, m)

    # --- cloudwego/kitex: kerrors basicError / DetailedError ("<basic>[<extra>]: <cause>"), codec protocol errors, klog lines ---
    K = "cloudwego/kitex"
    for typ, m, p in [
        (T, "rpc timeout: timeout=1s, to=stemedb.raft, method=AppendEntries, location=kitex.rpcTimeoutMW, remote=10.0.0.12:7000", "client/rpctimeout.go"),
        (N, "get connection error: dial tcp 10.0.0.12:7000: connect: connection refused", "pkg/remote/remotecli/conn_wrapper.go"),
        (N, "service discovery error: no instance available", "pkg/kerrors/kerrors.go"),
        (U, "request over limit: request too frequent", "pkg/kerrors/kerrors.go"),
        (U, "forbidden by circuitbreaker: instance circuitbreak", "pkg/kerrors/kerrors.go"),
        (A, "request forbidden", "pkg/kerrors/kerrors.go"),
        (N, "remote or network error[10.0.0.12:7000]: read tcp 10.0.0.5:51234->10.0.0.12:7000: read: connection reset by peer", "client/middlewares.go"),
        (Z, "invalid payload (first4Bytes=0x47455420, second4Bytes=0x2f6d6574)", "pkg/remote/codec/default_codec.go"),
        (U, "invalid data: payload size(16777216) larger than the limit(4194304)", "pkg/remote/codec/default_codec.go"),
        (Z, "payload validation error: validation failed, err=2351977364", "pkg/remote/codec/validate.go"),
        (N, "method[AppendEntries] out of order sequence response, expect[42], receive[41]", "pkg/remote/codec/util.go"),
        (N, "KITEX: server listen failed, addr=0.0.0.0:18182 error=listen tcp 0.0.0.0:18182: bind: address already in use", "pkg/remote/remotesvr/server.go"),
    ]:
        add(K, p, typ, m)

    # --- smallnest/rpcx: errors.New / fmt.Errorf values and log lines ---
    R = "smallnest/rpcx"
    for typ, m, p in [
        (N, "connection is shut down", "client/client.go"),
        (N, "failed to dial server: dial tcp 10.0.0.12:7000: connect: connection refused", "client/connection.go"),
        (N, "selected server is unavailable", "client/xclient.go"),
        (U, "breaker open", "client/circuit_breaker.go"),
        (Z, "wrong magic number: 71", "protocol/message.go"),
        (Z, "wrong metadata lines. some keys or values are missing", "protocol/message.go"),
        (U, "rpcx: can't find service RaftService", "server/server_dispatch.go"),
        (U, "request reached rate limit", "server/server.go"),
        (N, "rpcx: TLS handshake error from 10.0.0.5:51234: remote error: tls: bad certificate", "server/server_conn.go"),
        (T, "failed to heartbeat to 10.0.0.12:7000, context err: context deadline exceeded", "client/client.go"),
        (N, "failed to lookup stemedb.internal: lookup stemedb.internal on 127.0.0.53:53: no such host", "client/dns_discovery.go"),
    ]:
        add(R, p, typ, m)

    # --- storj/drpc: zeebo/errs classes ("<class>: <msg>"), wrapped by the manager ---
    D = "storj/drpc"
    for typ, m, p in [
        (N, "manager closed: closed: read tcp 10.0.0.5:51234->10.0.0.12:7000: read: connection reset by peer", "drpcmanager/manager.go"),
        (U, "manager closed: Close called", "drpcmanager/manager.go"),
        (U, 'protocol error: unknown rpc: "/stemedb.Raft/Snapshot"', "drpcmux/handle_rpc.go"),
        (Z, "protocol error: data overflow (len:4194305)", "drpcwire/reader.go"),
        (N, "protocol error: id monotonicity violation (fr:<id s:3 m:1> r:<id s:3 m:2>)", "drpcwire/reader.go"),
        (N, "protocol error: packet kind change (fr:Message pkt:Invoke)", "drpcwire/reader.go"),
        (Z, "protocol error: drpc: varint too long", "drpcwire/varint.go"),
        (U, "drpc: stream terminated by sending close", "drpcstream/stream.go"),
        (Z, "internal error: unknown packet kind: Kind(9)", "drpcstream/stream.go"),
        (Z, 'error unescaping "%zz": invalid hex digit', "drpchttp/context.go"),
    ]:
        add(D, p, typ, m)

# Rust data formats and codecs: mongodb/bson-rust, koute/speedy, google/zerocopy, sigp/ethereum_ssz, image-rs/image, pola-rs/polars (polars-io / polars-error / polars-utils io), apache/fory (rust/fory-core), rust-embedded-community/serde-json-core; snapshots via fetch, read with git show, files named per entry.
def _part_db(add):
    # --- bson-rust: Display of bson::error::Error = "BSON error[ at key \"k\"]. Kind: <kind>[. Message: <m>]." ---
    R = "mongodb/bson-rust"
    for typ, m, p in [
        (Z, "BSON error. Kind: Malformed BSON bytes. Message: document length incorrect.", "src/raw/document.rs"),
        (Z, "BSON error at key \"entries\". Kind: Malformed BSON bytes. Message: length exceeds remaining length of buffer: 1048 vs 212.", "src/raw/iter.rs"),
        (Z, "BSON error at key \"term\". Kind: Malformed BSON bytes. Message: invalid tag: 35.", "src/raw/iter.rs"),
        (Z, "BSON error at key \"payload\". Kind: Malformed BSON bytes. Message: old binary subtype has wrong inner declared length.", "src/raw/bson_ref.rs"),
        (Z, "BSON error. Kind: End of stream.", "src/error.rs"),
        (Z, "BSON error. Kind: Unsigned integer 18446744073709551615 cannot fit into BSON.", "src/error.rs"),
        (Z, "BSON error. Kind: An ObjectId-related error occurred: invalid character 'z' encountered at index 7.", "src/error/oid.rs"),
        (Z, "BSON error. Kind: A UUID-related error occurred: expected length of 16 bytes, got 12.", "src/error/uuid.rs"),
        (U, "BSON error at key \"leader_id\". Kind: An error occurred when attempting to access a document value: the key was not present in the document.", "src/error/value_access.rs"),
        (Z, "BSON error at key \"lease\". Kind: A deserialization-related error occurred. Message: expecting DateTime.", "src/de/serde.rs"),
        (S, "BSON error. Kind: An IO error occurred. Message: Input/output error (os error 5).", "src/error.rs"),
    ]:
        add(R, p, typ, m)

    # --- speedy: impl Display for speedy::Error ---
    R = "koute/speedy"
    for typ, m in [
        (Z, "out of range char"),
        (Z, "encountered invalid utf-8"),
        (Z, "encountered invalid system time object"),
        (Z, "a field which is supposed to be non-zero is zero"),
        (Z, "value cannot fit into an usize on this architecture"),
        (Z, "input buffer is too small; expected at least 16 bytes, got 9"),
        (U, "output buffer is too small; expected at least 4096 bytes, got 1024"),
        (U, "the length of 'entries' is not the same as its 'length' attribute"),
        (Z, "expected a predefined 4 bytes(s) long constant"),
        (U, "type is unsized hence requires zero-copy deserialization; use `read_from_buffer` or similar to deserialize it"),
        (Z, "endianness mismatch"),
    ]:
        add(R, "src/error.rs", typ, m)

    # --- zerocopy: Display of AlignmentError / SizeError / ValidityError (release and debug_assertions forms), panics ---
    R = "google/zerocopy"
    for typ, m, p in [
        (U, "The conversion failed because the address of the source is not a multiple of the alignment of the destination type.", "zerocopy/src/error.rs"),
        (U, "The conversion failed because the address of the source is not a multiple of the alignment of the destination type.\n\nSource type: &[u8]\nSource address: 0x7f3a2c001003 (a multiple of 1)\nDestination type: stemedb_storage::sst::BlockHeader\nDestination alignment: 8", "zerocopy/src/error.rs"),
        (Z, "The conversion failed because the source was incorrectly sized to complete the conversion into the destination type.", "zerocopy/src/error.rs"),
        (Z, "The conversion failed because the source was incorrectly sized to complete the conversion into the destination type.\n\nSource type: &[u8]\nSource size: 13 bytes\nDestination size: 16 bytes\nDestination type: stemedb_storage::sst::Footer", "zerocopy/src/error.rs"),
        (Z, "The conversion failed because the source bytes are not a valid value of the destination type.\n\nDestination type: stemedb_storage::wal::RecordKind", "zerocopy/src/error.rs"),
        (U, "attempted to cast to slice type with zero-sized element", "zerocopy/src/layout.rs"),
        (U, "zerocopy internal error: Deref::deref should be infallible: Size(SizeError)", "zerocopy/src/ref.rs"),
    ]:
        add(R, p, typ, m)

    # --- ethereum_ssz: DecodeError / bitfield::Error have no Display; the Debug form is what is logged ---
    R = "sigp/ethereum_ssz"
    for typ, m, p in [
        (Z, "InvalidByteLength { len: 31, expected: 32 }", "ssz/src/decode.rs"),
        (Z, "InvalidLengthPrefix { len: 2, expected: 4 }", "ssz/src/decode.rs"),
        (Z, "OutOfBoundsByte { i: 260 }", "ssz/src/decode.rs"),
        (Z, "OffsetsAreDecreasing(96)", "ssz/src/decode.rs"),
        (Z, "InvalidListFixedBytesLen(6)", "ssz/src/decode/impls.rs"),
        (Z, "BytesInvalid(\"Out-of-range for boolean: 2\")", "ssz/src/decode/impls.rs"),
        (Z, "BytesInvalid(\"Variable length list of 2048 items exceeds maximum of Some(1024)\")", "ssz/src/decode/impls.rs"),
        (Z, "BytesInvalid(\"BitList failed to decode: ExcessBits\")", "ssz/src/bitfield.rs"),
        (Z, "UnionSelectorInvalid(7)", "ssz_derive/src/lib.rs"),
        (U, "OutOfBounds { i: 130, len: 128 }", "ssz/src/bitfield.rs"),
    ]:
        add(R, p, typ, m)

    # --- image: ImageError Display (DecodingError = "Format error decoding <Format>: <codec error>") ---
    R = "image-rs/image"
    for typ, m, p in [
        (Z, "Format error decoding Bmp: BMP signature not found", "src/codecs/bmp/decoder.rs"),
        (Z, "Format error decoding Bmp: Bitmap header too small (12 bytes)", "src/codecs/bmp/decoder.rs"),
        (Z, "Format error decoding Hdr: Radiance HDR signature not found", "src/codecs/hdr/decoder.rs"),
        (Z, "Format error decoding Pnm: Expected magic constant for PNM: P1..P7, got [0x89, 0x50]", "src/codecs/pnm/decoder.rs"),
        (Z, "Format error decoding Pnm: Unexpected end of PNM header", "src/codecs/pnm/decoder.rs"),
        (Z, "Format error decoding Tga: Invalid color map index", "src/codecs/tga/decoder.rs"),
        (Z, "Format error decoding Ico: ICO image data size did not match expected size", "src/codecs/ico/decoder.rs"),
        (Z, "The image format could not be determined", "src/error.rs"),
        (U, "The encoder or decoder for Jpeg does not support the color type `Rgba16`", "src/error.rs"),
        (U, "The Image's dimensions are either too small or too large", "src/error.rs"),
        (U, "Image size exceeds limit", "src/error.rs"),
        (U, "Format error decoding Bmp: read_image_data called before read_metadata completed", "src/codecs/bmp/decoder.rs"),
    ]:
        add(R, p, typ, m)

    # --- polars: PolarsError Display (polars-error), polars-io messages, polars-utils file helpers ---
    R = "pola-rs/polars"
    for typ, m, p in [
        (S, "No such file or directory (os error 2): /var/lib/stemedb/export/segments-000123.parquet", "crates/polars-utils/src/io.rs"),
        (S, "Permission denied (os error 13): ...ib/stemedb/export/2026/08/22/agents/agent-0042/snapshots/term-000117/segments-000123.parquet (set POLARS_VERBOSE=1 to see full path)", "crates/polars-utils/src/io.rs"),
        (S, "failed to read data directory: Permission denied (os error 13)", "crates/polars-io/src/file_cache/eviction.rs"),
        (S, "[EvictionManager] evict_files: error removing file: /tmp/polars-3f9c1d/file-cache/data/9a0c2e71b4d8f6e3 (Read-only file system (os error 30))", "crates/polars-io/src/file_cache/eviction.rs"),
        (S, "failed to reserve 268435456 bytes on disk to download uri = s3://stemedb-backups/snapshots/000123.parquet: Os { code: 28, kind: StorageFull, message: \"No space left on device\" }", "crates/polars-io/src/file_cache/entry.rs"),
        (S, "error initializing temporary directory: Permission denied (os error 13) consider explicitly setting POLARS_TEMP_DIR", "crates/polars-io/src/path_utils/mod.rs"),
        (Z, "downloaded file size (1048576) does not match expected size (2097152)", "crates/polars-io/src/file_cache/entry.rs"),
        (Z, "parquet: File out of specification: incorrect magic in parquet footer", "crates/polars-io/src/parquet/read/async_impl.rs"),
        (Z, "parquet: File out of specification: not enough bytes to contain parquet footer", "crates/polars-io/src/parquet/read/async_impl.rs"),
        (Z, "could not parse `n/a` as dtype `i64` at column 'term' (column number 3)\n\nThe current offset in the file is 1842 bytes.\n\nYou might want to try:\n- increasing `infer_schema_length` (e.g. `infer_schema_length=10000`),\n- increasing `infer_schema_files` (e.g. `infer_schema_files=50`),\n- specifying correct dtype with the `schema_overrides` argument\n- setting `ignore_errors` to `True`,\n- adding `n/a` to the `null_values` list.\n\nOriginal error: ```invalid primitive value found during CSV parsing```", "crates/polars-io/src/csv/read/parser.rs"),
        (T, "[dns_cache] dns lookup for <name suppressed> launched 3 attempt(s), took 5234.1 ms, exceeded threshold of 1000 ms", "crates/polars-io/src/cloud/dns.rs"),
        (A, "credential expiry time 1787404800 is older than system time 1787408400 by 3600 seconds", "crates/polars-io/src/cloud/credential_provider.rs"),
        (U, "internal pacer denied: estimated wait 4200ms exceeds bound", "crates/polars-io/src/cloud/http_rate_limit.rs"),
        (U, "not found: \"agent_id\" not found", "crates/polars-error/src/lib.rs"),
        (U, "Polars' maximum length reached. Consider compiling with 'bigidx' feature.", "crates/polars-error/src/constants.rs"),
    ]:
        add(R, p, typ, m)

    # --- fory (Rust): fory_core::error::Error Display = the message ---
    R = "apache/fory"
    for typ, m, p in [
        (Z, "Buffer out of bound: 4096 + 128 > 4160", "rust/fory-core/src/error.rs"),
        (Z, "Type mismatch: local INT64_ARRAY vs remote INT32_ARRAY", "rust/fory-core/src/error.rs"),
        (Z, "TypeMeta metadata hash mismatch", "rust/fory-core/src/meta/type_meta.rs"),
        (Z, "Type metadata body size 1048576 exceeds max_type_meta_bytes 65536. The data may be malicious. If the data is not malicious, please increase max_type_meta_bytes.", "rust/fory-core/src/meta/type_meta.rs"),
        (U, "compressed TypeMeta is not supported", "rust/fory-core/src/meta/type_meta.rs"),
        (Z, "Read class stemedb::raft::LogEntry version 3 is not consistent with 4, please align struct field types and names, \n                or keep compatible mode enabled on every Fory peer", "rust/fory-core/src/meta/type_meta.rs"),
        (Z, "invalid UTF-8 in row string", "rust/fory-core/src/row/row.rs"),
        (Z, "Unknown ref flag, value:-5", "rust/fory-core/src/serializer/struct_.rs"),
        (Z, "Array length mismatch: expected 32 bytes, got 28", "rust/fory-core/src/serializer/primitive_list.rs"),
        (Z, "timestamp nanoseconds 1000000000 out of valid range [0, 999_999_999]", "rust/fory-core/src/types/temporal.rs"),
        (U, "type index 12 is already registered", "rust/fory-core/src/resolver/type_resolver.rs"),
        (U, "TypeInfo not found for type index: 7", "rust/fory-core/src/resolver/meta_resolver.rs"),
        (U, "Meta string is too long, max:32767, current:40211", "rust/fory-core/src/meta/meta_string.rs"),
    ]:
        add(R, p, typ, m)

    # --- serde-json-core (dtolnay/serde-json-core does not exist; the crate lives here) ---
    R = "rust-embedded-community/serde-json-core"
    for typ, m, p in [
        (Z, "EOF while parsing a list.", "src/de/mod.rs"),
        (Z, "EOF while parsing a JSON value.", "src/de/mod.rs"),
        (Z, "Expected this character to be a `':'`.", "src/de/mod.rs"),
        (Z, "Expected this character to be either a `','` ora `']'`.", "src/de/mod.rs"),
        (Z, "Object key is not a string.", "src/de/mod.rs"),
        (Z, "JSON has non-whitespace trailing characters after the value.", "src/de/mod.rs"),
        (Z, "JSON does not match deserializer\u2019s expected format.", "src/de/mod.rs"),
        (U, "Buffer is full", "src/ser/mod.rs"),
        (Z, "Failed to unescape a character due to an invalid escape sequence", "src/str.rs"),
    ]:
        add(R, p, typ, m)

# Go databases and embedded stores: dolthub/dolt, rqlite/rqlite, dgraph-io/dgraph, weaviate/weaviate, nutsdb/nutsdb, rosedblabs/rosedb, tidwall/buntdb read from snapshots via fetch (git show HEAD:<path>); milvus-io/milvus (snapshot too large to fetch) read with read_file (pkg/util/merr at commit 00f21bf6); files named per entry.
def _part_dc(add):
    # --- dolthub/dolt (Go) ---
    R = "dolthub/dolt"
    for typ, m, p in [
        (S, "the database is locked by another dolt process", "go/libraries/doltcore/env/environment.go"),
        (S, "could not read file manifest", "go/store/nbs/file_manifest.go"),
        (S, "table file not found", "go/store/nbs/file_table_reader.go"),
        (Z, "invalid file signature", "go/store/nbs/archive.go"),
        (Z, "Unknown manifest version: 6. You may need to update your client", "go/store/nbs/file_manifest.go"),
        (T, "reliableCallStateMachine RPC timeout", "go/libraries/doltcore/remotestorage/internal/reliable/timeout_controller.go"),
        (N, "throughput below minimum threshold: needed 131072 bytes per interval across 3 intervals, went from 524288 to 589824 instead",
         "go/libraries/doltcore/remotestorage/internal/reliable/http.go"),
        (N, "expected certificate to match something in server_name_dns, but it did not", "go/libraries/doltcore/sqle/cluster/controller.go"),
        (N, "circuit breaker for replication to standby2/stemedb is open. this commit did not necessarily replicate successfully.",
         "go/libraries/doltcore/sqle/cluster/commithook.go"),
        (A, "credentials not found", "go/libraries/doltcore/creds/creds.go"),
        (A, "ValidateJWT: KeyID: 5f2a9c1e. Err: Key not found", "go/libraries/utils/jwtauth/validate.go"),
        (U, "optimistic lock failed on database Root update", "go/store/datas/database_common.go"),
    ]:
        add(R, p, typ, m)
    add(R, "go/cmd/dolt/commands/sqlserver/metrics_auth.go", A,
        "unable to validate JWT token: go-jose/go-jose: error in cryptographic primitive", True)

    # --- rqlite/rqlite (Go) ---
    R = "rqlite/rqlite"
    for typ, m, p in [
        (T, "timeout waiting for leader", "store/store.go"),
        (T, "checkpoint did not complete within 5s", "db/db.go"),
        (T, "snapshot reader idle timeout exceeded", "snapshot/store.go"),
        (T, "queue wait timeout", "http/service.go"),
        (U, "leader not found", "store/store.go"),
        (Z, "index file has bad checksum", "internal/index/file.go"),
        (Z, "installed WAL file is not a valid SQLite WAL file", "snapshot/sink_full.go"),
        (S, "WAL file still exists after checkpointing and closing the database", "db/state.go"),
        (S, "failed to create temp file in dir /var/lib/stemedb/rqlite: open /var/lib/stemedb/rqlite/dechunker-2817345: no space left on device",
         "command/chunking/dechunker.go"),
        (N, "failed to notify node at 10.0.0.12:4002: dial tcp 10.0.0.12:4002: connect: connection refused", "cluster/bootstrap.go"),
        (N, "network connection closed", "tcp/mux.go"),
        (A, "remote backup not authorized", "http/service.go"),
    ]:
        add(R, p, typ, m)

    # --- dgraph-io/dgraph (Go) ---
    R = "dgraph-io/dgraph"
    for typ, m, p in [
        (A, "unable to authenticate: invalid credentials", "edgraph/access.go"),
        (A, "Provided auth token [a7c3e9f0] does not match. Permission denied.", "edgraph/server.go"),
        (A, "No Auth Token found. Token needed for Admin operations.", "edgraph/server.go"),
        (A, "unauthorized to do Write on predicate agent.name", "worker/acl_cache.go"),
        (A, "invalid encryption key provided. Please check your encryption key", "audit/run.go"),
        (N, "No healthy connection found to Leader of group zero", "dgraph/cmd/zero/assign.go"),
        (N, "Unhealthy connection to 10.0.0.12:5080", "dgraph/cmd/zero/raft.go"),
        (T, "[0x1] Read index context timed out", "conn/node.go"),
        (U, "Only leader can decide to commit or abort", "dgraph/cmd/zero/oracle.go"),
        (S, "while syncing current file: input/output error", "raftwal/storage.go"),
        (Z, "JSON file ends abruptly, expecting ]", "chunker/chunk.go"),
    ]:
        add(R, p, typ, m)
    add(R, "graphql/authorization/auth.go", A,
        "unable to parse jwt token:token signature is invalid: crypto/rsa: verification error", True)

    # --- milvus-io/milvus (Go; merr error table and its field wrappers) ---
    R = "milvus-io/milvus"
    for typ, m, p in [
        (S, "IO failed[key=/var/lib/milvus/data/local_chunk/stats/449123/0]: open /var/lib/milvus/data/local_chunk/stats/449123/0: permission denied",
         "pkg/util/merr/utils.go"),
        (S, "disk limit exceeded[predict(MB)=20480][limit(MB)=16384]", "pkg/util/merr/utils.go"),
        (S, "fail to read delta log", "pkg/util/merr/errors.go"),
        (Z, "unexpected EOF[key=files/insert_log/449123/449124/449125/102/449126]: unexpected EOF", "pkg/util/merr/utils.go"),
        (Z, "fail to parse search result", "pkg/util/merr/errors.go"),
        (A, "user hasn't authenticated", "pkg/util/merr/errors.go"),
        (A, "privilege not permitted", "pkg/util/merr/errors.go"),
        (N, "node offline[node=12]", "pkg/util/merr/utils.go"),
        (U, "collection not loaded[collection=449123456]", "pkg/util/merr/utils.go"),
        (U, "memory limit exceeded[predict(MB)=8192.5][limit(MB)=8000]", "pkg/util/merr/utils.go"),
        (U, "channel checkpoint exceed max lag[channel=by-dev-rootcoord-dml_0_449123456v0]", "pkg/util/merr/utils.go"),
    ]:
        add(R, p, typ, m)

    # --- weaviate/weaviate (Go) ---
    R = "weaviate/weaviate"
    for typ, m, p in [
        (T, "doBlockMaxWand: search timed out, returning partial results", "adapters/repos/db/lsmkv/search_segment.go"),
        (T, "can-commit request: Post \"http://10.0.0.13:7101/backups/can-commit\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
         "adapters/clients/cluster_backups.go"),
        (N, "connect: Get \"http://10.0.0.12:7101/indices/Agent/shards/x3Fa9kLmQ2/queuesize\": dial tcp 10.0.0.12:7101: connect: connection refused",
         "adapters/clients/remote_index.go"),
        (N, "unable to resolve hostname for node2", "adapters/clients/db_users.go"),
        (N, "could not join a cluster from [10.0.0.12:8300 10.0.0.13:8300]", "cluster/bootstrap/joiner.go"),
        (A, "unauthorized: invalid api key: key is revoked", "usecases/auth/authentication/apikey/wrapper.go"),
        (Z, "changelog: frame CRC mismatch", "cluster/replication/changelog/errors.go"),
        (Z, "checksum validation of file \"/var/lib/weaviate/agent/x3Fa9kLmQ2/lsm/objects/segment-1712345678.db.tmp\" failed, expected 2847364521, got 1193046",
         "cluster/replication/copier/copier.go"),
        (Z, "unsupported commit version 3", "adapters/repos/db/lsmkv/commitlogger_parser_replace.go"),
        (Z, "cyclic child pointers in segment index", "adapters/repos/db/lsmkv/segmentindex/disk_tree.go"),
        (S, "store is read-only due to: disk usage too high. Set to read-only at 92.31%, threshold set to 90.00%", "entities/storagestate/status.go"),
        (U, "bucket is immutable", "adapters/repos/db/lsmkv/bucket.go"),
        (U, "cannot reach enough replicas", "usecases/replica/errors/errors.go"),
    ]:
        add(R, p, typ, m)

    # --- nutsdb/nutsdb (Go) ---
    R = "nutsdb/nutsdb"
    for typ, m, p in [
        (Z, "crc error", "datafile.go"),
        (Z, "hint file is corrupted", "hintfile.go"),
        (Z, "bucket crc invalid", "internal/core/bucket.go"),
        (Z, "decode merge manifest: invalid character 'x' looking for beginning of value", "merge_manifest.go"),
        (S, "the dir of db is locked", "db_error.go"),
        (S, "failed to sync hint file /var/lib/stemedb/nutsdb/12.hint: sync /var/lib/stemedb/nutsdb/12.hint: input/output error", "merge.go"),
        (S, "not enough file space", "tx.go"),
        (T, "timeout waiting for 3 active transactions to complete", "tx_manager.go"),
        (T, "wait for watcher ready timeout", "watcher.go"),
        (U, "too many active transactions: 1024 (max: 1024)", "tx_manager.go"),
        (U, "the number of files waiting to be merged is less than 2", "merge.go"),
    ]:
        add(R, p, typ, m)

    # --- rosedblabs/rosedb (Go) ---
    R = "rosedblabs/rosedb"
    for typ, m, p in [
        (S, "the database directory is used by another process", "errors.go"),
        (U, "the key is empty", "errors.go"),
        (U, "key not found in database", "errors.go"),
        (U, "the batch is read only", "errors.go"),
        (U, "the merge operation is running", "errors.go"),
        (U, "database data file size must be greater than 0", "db.go"),
        (U, "database auto merge cron expression is invalid, err: expected 5 to 6 fields, found 2: [0 3]", "db.go"),
    ]:
        add(R, p, typ, m)

    # --- tidwall/buntdb (Go) ---
    R = "tidwall/buntdb"
    for typ, m in [
        (S, "buntdb: open /var/lib/stemedb/buntdb/data.db: permission denied"),
        (U, "tx not writable"), (U, "not found"),
        (U, "invalid sync policy"), (U, "shrink is in-process"), (U, "persistence active"), (U, "tx is iterating"),
    ]:
        add(R, "buntdb.go", typ, m)

# C/C++ database servers and storage libraries: Snapchat/KeyDB, pmem/pmdk, rethinkdb/rethinkdb and OpenAtomFoundation/pikiwidb read in snapshots via fetch (git show HEAD:<path>); arangodb/arangodb, MariaDB/server, apache/doris (be/) and ydb-platform/ydb read with read_file (snapshots too large to fetch); each wording read in the file named per entry, placeholders filled plausibly.
def _part_dd(add):
    # --- KeyDB (Redis fork with FLASH/RocksDB storage and active replication) ---
    KD = "Snapchat/KeyDB"
    for typ, m in [(Z, "Bad protocol: corrupt state"),
                   (Z, "Bad Protocol: Got array when expecing a string")]:
        add(KD, "src/SnapshotPayloadParseState.cpp", typ, m)
    add(KD, "src/storage/rocksdbfactory.cpp", Z, "Cannot load FLASH database created by newer version of KeyDB")
    for typ, m in [(S, "Memory pool creation failed: Permission denied"),
                   (S, "Scratch file system does not support Copy on Write.  To fix this scratch-file-path must "
                       "point to a path on a filesystem which supports copy on write, such as btrfs.")]:
        add(KD, "src/storage.cpp", typ, m)
    for typ, m in [(S, "Failed to create disk backlog, will use memory only"),
                   (U, "Replication BUG: Count of keys sent does not match actual count.  Aborting full sync."),
                   (A, "Unable to AUTH to MASTER: -WRONGPASS invalid username-password pair or user is disabled."),
                   (T, "Timeout receiving bulk data from MASTER... If the problem persists try to set the "
                       "'repl-timeout' parameter in keydb.conf to a larger value."),
                   (T, "Disconnecting timedout replica (streaming sync): 10.0.0.12:6379"),
                   (N, "Master replied with a UUID we don't understand")]:
        add(KD, "src/replication.cpp", typ, m)
    add(KD, "src/server.cpp", U, "Failed to initialize storage provider: Unknown storage provider")

    # --- PMDK (libpmemobj / libpmem2 persistent-memory pools; "<msg>: <strerror>" for ERR_W_ERRNO) ---
    PM = "pmem/pmdk"
    add(PM, "src/libpmemobj/heap.c", Z, "heap: invalid header's checksum")
    for typ, m in [(Z, "invalid checksum of pool header"),
                   (Z, "wrong pool type: \"PMEMLOG\""),
                   (Z, "pool version 5 (library expects 6)"),
                   (S, "open: path \"/var/lib/stemedb/pmem/stemedb.pool\": Permission denied")]:
        add(PM, "src/common/set.c", typ, m)
    add(PM, "src/libpmem2/mcsafe_ops_posix.c", S,
        "physical I/O error occurred on read operation, possible bad block")
    for typ, m in [(S, "posix_fallocate \"/var/lib/stemedb/pmem/stemedb.pool\", 1073741824: No space left on device"),
                   (S, "flock \"/var/lib/stemedb/pmem/stemedb.pool\": Resource temporarily unavailable")]:
        add(PM, "src/common/file.c", typ, m)
    add(PM, "src/libpmemobj/obj.c", U, "requested size too large")
    add(PM, "src/libpmemobj/obj.c", U, "read-only mode is not supported")
    add(PM, "src/libpmemobj/tx.c", U, "object outside of pool")

    # --- RethinkDB ---
    RT = "rethinkdb/rethinkdb"
    add(RT, "src/arch/io/disk/pool.cc", S,
        "Failed I/O: vectored write of 4194304 bytes stopped after 1048576 bytes. Assuming we ran out of disk space.")
    add(RT, "src/arch/io/disk.cc", S,
        "Failed to sync parent directory of \"/var/lib/stemedb/rethinkdb_data/metadata\" (errno: 5 - Input/output "
        "error). You may encounter data loss in case of a system failure. (Is the file located on a filesystem that "
        "doesn't support directory sync? e.g. VirtualBox shared folders)")
    add(RT, "src/clustering/administration/main/command_line.cc", S,
        "The pid-file specified already exists. This might mean that an instance is already running.")
    for typ, m in [(T, "Heartbeat timeout, killing connection to peer 10.0.0.12:29015"),
                   (Z, "could not deserialize data received from 10.0.0.12:29015, closing connection"),
                   (N, "Received invalid clustering header from 10.0.0.12:29015, closing connection -- something "
                       "might be connecting to the wrong port."),
                   (N, "Cluster server connection TLS handshake failed: error:14094418:SSL "
                       "routines:ssl3_read_bytes:tlsv1 alert unknown ca")]:
        add(RT, "src/rpc/connectivity/cluster.cc", typ, m)
    add(RT, "src/arch/io/network.cc", N, "Could not read from socket: Connection reset by peer")
    add(RT, "src/clustering/administration/auth/permission_error.hpp", A,
        "User `agent0042` does not have the required `write` permission.")
    add(RT, "src/clustering/administration/auth/scram_authenticator.cc", A, "Wrong password")
    add(RT, "src/rdb_protocol/real_table.cc", U,
        "Cannot perform write: primary replica for shard [\"\", +inf) not available")
    add(RT, "src/clustering/administration/persist/migrate/migrate_v1_14.cc", Z,
        "Metadata corruption detected when migrating to RethinkDB 1.16 format: table `stemedb.agents` has "
        "different shard boundaries for different servers.")

    # --- PikiwiDB (Redis-compatible server on RocksDB) ---
    PK = "OpenAtomFoundation/pikiwidb"
    add(PK, "src/db.cpp", S,
        "Storage open failed! IO error: While lock file: /var/lib/stemedb/db/0/LOCK: Resource temporarily unavailable")
    add(PK, "src/storage/src/storage.cc", S,
        "open RocksDB3 failed IO error: While opening a file for sequentially reading: "
        "/var/lib/stemedb/db/3/CURRENT: Permission denied")
    add(PK, "src/storage/src/storage.cc", U, "Invalid DB Index: 16 total: 16")
    add(PK, "src/storage/src/redis_hashes.cc", U, "ERR Invalid argument: hash size overflow")
    add(PK, "src/io_thread_pool.cc", N, "can not bind socket on addr 0.0.0.0:9221")
    add(PK, "src/net/tcp_listener.cc", S, "not enough file descriptor, error is 24")
    add(PK, "src/net/http_client.cc", Z, "failed parse http rsp: HTTP/1.1 200 OK Content-Length: -1")
    add(PK, "src/net/http_server.cc", N, "cant send response because lose connection")
    for typ, m in [(T, "TcpConnection::Timeout: elapsed 60012, idle timeout 60000, peer 10.0.0.12:9221"),
                   (N, "HandleConnectFailed to 10.0.0.12:9221")]:
        add(PK, "src/net/tcp_connection.cc", typ, m)
    for typ, m in [(A, "Haven't auth to master yet, or check masterauth password"),
                   (U, "Fix config, master addr is self addr!")]:
        add(PK, "src/replication.cc", typ, m)

    # --- ArangoDB (error table lib/Basics/errors.dat; JWT cache) ---
    AR = "arangodb/arangodb"
    for typ, m in [(S, "database directory is locked"),
                   (T, "write-throttling timeout"),
                   (Z, "corrupted datafile"),
                   (S, "server database directory not writable"),
                   (S, "storage engine I/O error"),
                   (T, "timeout in cluster operation"),
                   (N, "cluster internal HTTP connection broken"),
                   (N, "A cluster backend which was required for the operation could not be reached"),
                   (U, "leadership challenge is ongoing"),
                   (Z, "malformed gossip message")]:
        add(AR, "lib/Basics/errors.dat", typ, m)
    add(AR, "arangod/Auth/TokenCache.cpp", A,
        "Couldn't validate jwt signature u9pp6A3uZwkspQPOe2r79wvx55vGRqLy5S870AdR06s stemedb-cluster-secret", True)
    add(AR, "arangod/Auth/TokenCache.cpp", A,
        "invalid authentication data found, cannot extract username/password")

    # --- MariaDB server (InnoDB log lines; MariaDB-specific entries of the error table) ---
    MD = "MariaDB/server"
    for typ, m in [(S, "InnoDB: Operating system error number 13 in a file operation."),
                   (S, "InnoDB: The error means mysqld does not have the access rights to the directory."),
                   (U, "InnoDB: Linux Native AIO interface is not supported on this platform. Please check your "
                       "OS documentation and install appropriate binary of InnoDB.")]:
        add(MD, "storage/innobase/os/os0file.cc", typ, m)
    for typ, m in [(A, "User is blocked because of too many credential errors; unblock with "
                       "'ALTER USER / FLUSH PRIVILEGES'"),
                   (A, "Access denied, this account is locked"),
                   (S, "The index file for table 'agents' is full"),
                   (S, "Error reading from page number 42 in binlog file (error code: 5)"),
                   (Z, "Broken Partial_rows_log_event stream. Found Write_rows_log_event, expected "
                       "Partial_rows_log_event"),
                   (T, "Slave log event execution was interrupted (slave_max_statement_time exceeded)"),
                   (Z, "Failed to parse histogram for table stemedb.agents: Expected JSON array at offset 12."),
                   (U, "Sequence 'stemedb.agent_seq' has run out"),
                   (N, "No secure transports are configured, unable to set --require_secure_transport=ON")]:
        add(MD, "sql/share/errmsg-utf8.txt", typ, m)

    # --- Apache Doris backend (Status printed as "[CODE]msg"; negative codes as "[E<code>]") ---
    DR = "apache/doris"
    SEG = "/var/lib/stemedb/be/storage/data/0/10023/368169781/02000000000000a1d04c5b1e9a8f2c3b_0.dat"
    for typ, m in [(Z, "[CORRUPTION]Bad segment file %s: magic number not match" % SEG),
                   (Z, "[CORRUPTION]Bad segment file %s: footer checksum not match, actual=2891336453 vs "
                       "expect=1837220611" % SEG),
                   (Z, "[CORRUPTION]Bad segment file %s: failed to parse SegmentFooterPB" % SEG)]:
        add(DR, "be/src/olap/rowset/segment_v2/segment.cpp", typ, m)
    for typ, m in [(S, "[E-232]failed to write %s: No space left on device" % SEG),
                   (S, "[IO_ERROR]failed to sync %s: Input/output error" % SEG),
                   (S, "[E-256]failed to open /var/lib/stemedb/be/storage/data/0/10023: Permission denied"),
                   (U, "[INTERNAL_ERROR]append to closed file: %s" % SEG)]:
        add(DR, "be/src/io/fs/local_file_writer.cpp", typ, m)
    add(DR, "be/src/vec/sink/writer/vtablet_writer.cpp", T,
        "rpc failed, error coed:1008, error text:[E1008]Reached timeout=60000ms @10.0.0.12:8060")
    add(DR, "be/src/common/kerberos/kerberos_ticket_cache.cpp", A, "[INTERNAL_ERROR]Failed to login with kerberos")

    # --- YDB (KQP issues, login provider) ---
    YD = "ydb-platform/ydb"
    add(YD, "ydb/core/kqp/common/kqp_tx.cpp", U, "Transaction locks invalidated. Table: `/Root/stemedb/agents`")
    for typ, m in [(T, "Query did not complete within specified timeout, session id "
                       "ydb://session/3?node_id=2&id=ZmQ4YjFkZjEtNjg1ZDM5ODQtMmYxNTI2ZGYtOGI1NjNhNjE="),
                   (T, "Request deadline has expired for 0.512000s seconds"),
                   (U, "Node isn't ready to serve database requests."),
                   (U, "Active sessions limit exceeded, maximum allowed: 1000"),
                   (A, "You don't have access permissions for resource pool default")]:
        add(YD, "ydb/core/kqp/proxy_service/kqp_proxy_service.cpp", typ, m)
    for typ, m in [(A, "User agent0042 is locked out"),
                   (A, "The key of this token has expired"),
                   (Z, "Base64 decoding failed or invalid json"),
                   (A, "Wrong audience")]:
        add(YD, "ydb/library/login/login.cpp", typ, m)

def holdout18(add):
    for part in (_part_da, _part_db, _part_dc, _part_dd):
        part(add)
