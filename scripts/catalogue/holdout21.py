"""The twenty-first blind batch: wordings from sources in no earlier batch,
gathered at the same time as the twentieth and scored after it joined. Four
helper sessions read them blind, with the same brief and conventions as the
earlier batches. Each wording was read in the file named beside it; fills not
read in the source are named in each part's note. build.py adds it to the
catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401

# Go messaging and job-queue libraries (franz-go, rocketmq-client-go, watermill, asynq, goka, river, liftbridge, centrifugo): snapshots via fetch, each wording read in the file named per entry.
def _part_ee(add):
    # --- franz-go: Kafka error codes (kerr.Error prints "MESSAGE: Description") ---
    R = "twmb/franz-go"
    for typ, m in [(S, "KAFKA_STORAGE_ERROR: Disk error when trying to access log file on the disk."),
                   (T, "REQUEST_TIMED_OUT: The request timed out."),
                   (Z, "CORRUPT_MESSAGE: This message has failed its CRC checksum, exceeds the valid size, "
                       "has a null key for a compacted topic, or is otherwise corrupt."),
                   (N, "NETWORK_EXCEPTION: The server disconnected before a response was received."),
                   (A, "SASL_AUTHENTICATION_FAILED: SASL Authentication failed."),
                   (U, "NOT_LEADER_FOR_PARTITION: This server is not the leader for that topic-partition.")]:
        add(R, "pkg/kerr/kerr.go", typ, m)
    # --- franz-go: kgo client errors ---
    for typ, m in [(T, "records have timed out before they were able to be produced"),
                   (N, "the broker connection has died and the request will be retried on a new connection"),
                   (N, "broker closed the connection immediately after a dial, which often happens if the client is "
                       "using TLS when the broker is not expecting it: is TLS misconfigured on the client or the broker?"),
                   (Z, "unable to decompress batch: snappy: corrupt input")]:
        add(R, "pkg/kgo/errors.go", typ, m)
    for typ, m in [(N, "unable to dial: dial tcp 10.0.0.12:9092: connect: connection refused"),
                   (N, "invalid large response size 1213486160 > limit 104857600; the four size bytes are 'HTTP' in "
                       "ascii, the beginning of an HTTP response; is your broker port correct?")]:
        add(R, "pkg/kgo/broker.go", typ, m)
    add(R, "pkg/sasl/scram/scram.go", A,
        'server signature mismatch; got "dGhpcyBpcyBub3QgdGhlIHNlcnZlciBzaWduYXR1cmU=" '
        '!= exp "6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="', True)
    add(R, "pkg/sasl/scram/scram.go", A, 'server sent authentication error "invalid-proof"')

    # --- apache/rocketmq-client-go ---
    R = "apache/rocketmq-client-go"
    for typ, m in [(U, "producer not started"),
                   (U, "cannot subscribe topic since client either failed to start or has been shutdown.")]:
        add(R, "errors/errors.go", typ, m)
    for typ, m in [(T, "correlationId:0A00000C00002A9F00000000000003E8 request timeout, no reply message"),
                   (T, "send request message to orders_reply OK, but wait reply message timeout 3000 ms")]:
        add(R, "internal/request_response_future.go", typ, m)
    for typ, m in [(U, "the topic=orders route info not found, it may not exist"),
                   (U, "consumerGroup can't equal [DEFAULT_CONSUMER], please specify another one")]:
        add(R, "consumer/push_consumer.go", typ, m)
    add(R, "consumer/offset_store.go", N, "broker: broker-a address not found")
    add(R, "internal/remote/codec.go", Z, "unknown codec type: 3")
    add(R, "internal/remote/remote_client.go", N,
        'conn error, close connection localAddr="10.0.0.5:53412" remoteAddr="10.0.0.12:10911" '
        'underlayError="read tcp 10.0.0.5:53412->10.0.0.12:10911: read: connection reset by peer"')
    add(R, "internal/client.go", N,
        'send heart beat to broker error underlayError="dial tcp 10.0.0.12:10911: connect: connection refused"')
    add(R, "primitive/nsresolver.go", S,
        'name server snapshot save failed err="open /home/stemedb/logs/rocketmq-go/snapshot/'
        'nameserver_addr-5f2b9c1e7a4d3b6f8e0a1c2d3e4f5a6b: no space left on device" '
        'filePath=/home/stemedb/logs/rocketmq-go/snapshot/nameserver_addr-5f2b9c1e7a4d3b6f8e0a1c2d3e4f5a6b')

    # --- ThreeDotsLabs/watermill ---
    R = "ThreeDotsLabs/watermill"
    for typ, m in [(T, "router close timeout"),
                   (U, "handler with name orders_handler already exists"),
                   (N, "cannot subscribe topic orders.created: dial tcp 10.0.0.12:5672: connect: connection refused")]:
        add(R, "message/router.go", typ, m)
    add(R, "pubsub/gochannel/pubsub.go", U, "Pub/Sub closed")
    add(R, "message/router/middleware/poison.go", N,
        "cannot publish message to poison queue: write tcp 10.0.0.5:40112->10.0.0.12:5672: write: broken pipe")
    add(R, "message/router/middleware/recoverer.go", U,
        'panic occurred: "order has no items", stacktrace: \ngoroutine 87 [running]:\nruntime/debug.Stack()')
    add(R, "components/forwarder/envelope.go", Z,
        "cannot unmarshal message wrapped in an envelope: invalid character 'o' in literal null (expecting 'u')")
    for typ, m in [(T, "reply timeout after 30.002s: context deadline exceeded"),
                   (Z, "cannot unmarshal reply: unexpected end of JSON input")]:
        add(R, "components/requestreply/requestreply.go", typ, m)
    add(R, "components/cqrs/event_processor.go", U, "received unexpected event type OrderPlaced, expected OrderShipped")

    # --- hibiken/asynq (internal errors print "CODE: message") ---
    R = "hibiken/asynq"
    for typ, m in [(N, "Dequeue error: UNKNOWN: redis eval error: dial tcp 10.0.0.12:6379: connect: connection refused"),
                   (Z, "Dequeue error: INTERNAL_ERROR: cannot decode message: proto: cannot parse invalid wire-format data")]:
        add(R, "processor.go", typ, m)
    add(R, "processor.go", U, "Retry exhausted for task id=7d1f3c2a-5b8e-4c61-9a0f-2e4b6d8c1a35")
    add(R, "heartbeat.go", T,
        "Failed to write server state data: UNKNOWN: redis command error: ZADD failed: "
        "read tcp 10.0.0.5:41122->10.0.0.12:6379: i/o timeout")
    for typ, m in [(Z, 'asynq: could not parse redis uri: parse "redis://10.0.0.12:63a9/0": invalid port ":63a9" after host'),
                   (T, "failed to write task result: context deadline exceeded")]:
        add(R, "asynq.go", typ, m)
    add(R, "inspector.go", U, 'queue not found: queue="critical"')
    for typ, m in [(U, 'NOT_FOUND: cannot find task with id=7d1f3c2a-5b8e-4c61-9a0f-2e4b6d8c1a35 in queue "default"'),
                   (U, "FAILED_PRECONDITION: task is already archived: id=7d1f3c2a-5b8e-4c61-9a0f-2e4b6d8c1a35, queue=default"),
                   (U, "panic error cause by: runtime error: invalid memory address or nil pointer dereference")]:
        add(R, "internal/errors/errors.go", typ, m)

    # --- lovoo/goka ---
    R = "lovoo/goka"
    add(R, "storage/builders.go", S, "error opening leveldb: resource temporarily unavailable")
    add(R, "storage/append.go", S, "error creating storage directory: mkdir /var/lib/stemedb/goka/orders-table: permission denied")
    for typ, m in [(S, "error setting to leveldb (key agent-0042): leveldb: closed"),
                   (Z, 'error decoding offset: strconv.ParseInt: parsing "12a9": invalid syntax')]:
        add(R, "storage/storage.go", typ, m)
    for typ, m in [(N, "cannot connect to broker 10.0.0.12:9092: dial tcp 10.0.0.12:9092: connect: no route to host"),
                   (N, "no brokers active in current client")]:
        add(R, "topic_manager.go", typ, m)
    add(R, "errors.go", U, "topic 'orders' does not exist but the manager is configured with NoCreate, so it will not attempt to create it")
    add(R, "processor.go", U, "topics are not copartitioned! Topic 'payments' does not have 12 partitions like the rest but 8")
    add(R, "partition_processor.go", Z,
        "error decoding message for key agent-0042 from orders/3: invalid character 'x' looking for beginning of value")
    add(R, "context.go", U, "Cannot access state in stateless processor")

    # --- riverqueue/river ---
    R = "riverqueue/river"
    for typ, m in [(N, "error making initial connection to database: failed to connect to `user=river database=river`: "
                       "10.0.0.12:5432 (10.0.0.12): dial error: dial tcp 10.0.0.12:5432: connect: connection refused"),
                   (U, 'queue name is invalid, expected letters and numbers separated by underscores or hyphens: "email jobs"')]:
        add(R, "client.go", typ, m)
    add(R, "riverdriver/river_driver_interface.go", U, "underlying driver pool is closed")
    for typ, m in [(T, "timed out waiting for interrupt operation"),
                   (N, 'error listening on topic "river_insert": conn closed')]:
        add(R, "internal/notifier/notifier.go", typ, m)
    add(R, "internal/leadership/elector.go", T,
        "leadership.attemptElect timed out after 5s: error beginning transaction: context deadline exceeded "
        "(a common cause of this is a database pool that's at its connection limit; you may need to increase maximum connections)")
    for typ, m in [(S, 'error applying version 006 [UP]: ERROR: could not extend file "base/16384/24601": '
                       'No space left on device (SQLSTATE 53100)')]:
        add(R, "rivermigrate/river_migrate.go", typ, m)
    add(R, "recorded_output.go", U, "output is too large: 34603008 bytes (max 32 MB)")
    add(R, "rivertype/execution_error.go", U, "job kind is not registered in the client's Workers bundle: send_email")
    add(R, "resumable.go", Z,
        'river: unmarshal resumable cursor for step "fetch_page": json: cannot unmarshal string into Go value of type int64')

    # --- liftbridge-io/liftbridge ---
    R = "liftbridge-io/liftbridge"
    add(R, "server/commitlog/segment.go", S,
        "log write failed: write /var/lib/stemedb/liftbridge/streams/orders/0/00000000000000000000.log: no space left on device")
    for typ, m in [(S, "open file failed: open /var/lib/stemedb/liftbridge/streams/orders/0/00000000000000001234.index: "
                       "permission denied"),
                   (Z, "corrupt index file")]:
        add(R, "server/commitlog/index.go", typ, m)
    add(R, "server/commitlog/message_set.go", Z, "Read corrupted data, expected CRC: 0x9a3c1e7b, got: 0x00000000")
    for typ, m in [(Z, "unexpected envelope magic number"),
                   (Z, "crc mismatch: expected 2882343476, got 305419896")]:
        add(R, "server/protocol/envelope.go", typ, m)
    add(R, "server/raft.go", T, "raft operation timed out")
    for typ, m in [(U, "rpc error: code = FailedPrecondition desc = Server not partition leader"),
                   (A, "api: Failed to authorize call on resource: The client is not authorized to call CreateStream on resource orders")]:
        add(R, "server/api.go", typ, m)
    add(R, "server/server.go", N, "failed to connect to NATS: nats: no servers available for connection")
    add(R, "server/partition.go", U, "proposed leader epoch 7 is less than current epoch 9")
    add(R, "server/groups.go", T, "Consumer consumer-7 timed out for consumer group billing, removing from group")

    # --- centrifugal/centrifugo (zerolog console lines: message, then error=, then sorted fields) ---
    R = "centrifugal/centrifugo"
    add(R, "internal/client/handler.go", A,
        'invalid connection token error="invalid token: signature is not valid" client=6b0f2c1e-8d4a-4f3b-9e2a-1c5d7f9b3a20', True)
    add(R, "internal/client/handler.go", A,
        'invalid subscription token error="invalid token: audience not matched" channel=news '
        'client=6b0f2c1e-8d4a-4f3b-9e2a-1c5d7f9b3a20 user=agent-0042')
    for typ, m in [(A, "jwks: public key not found"),
                   (N, "jwks: unexpected status code: 503"),
                   (Z, "jwks: unmarshal error: invalid character '<' looking for beginning of value")]:
        add(R, "internal/jwks/manager.go", typ, m)
    add(R, "internal/jwtverify/token_verifier_jwt.go", A, "invalid token: disabled JWT algorithm: RS256")
    add(R, "internal/natsbroker/broker.go", A,
        "error initializing nats connection: error connecting to nats://10.0.0.12:4222: nats: authorization violation")
    add(R, "internal/consuming/kafka.go", N, "error ping Kafka: unable to dial: dial tcp 10.0.0.12:9092: connect: no route to host")
    add(R, "internal/consuming/aws_sqs.go", Z, "failed to unmarshal SNS envelope: unexpected end of JSON input")
    add(R, "internal/proxy/http.go", T,
        'HTTP request error: Post "http://10.0.0.12:3000/centrifugo/connect": context deadline exceeded '
        '(Client.Timeout exceeded while awaiting headers)')
    add(R, "internal/api/handler.go", Z, 'error decoding API request body error="unexpected EOF" path=/api/publish')

# Rust HTTP clients and TLS glue (attohttpc, curl-rust, hyper-tls, rustls-native-certs, async-tls, http-types, rustls-ffi; http_req in place of tokio-openssl, which has no wording of its own), read from snapshots via fetch (git show HEAD:<path>), files named per entry.
def _part_ef(add):
    # --- attohttpc: src/error.rs Display of Error / InvalidResponseKind ---
    R = "sbstp/attohttpc"
    for typ, m in [
        (U, "CONNECT is not supported"),
        (A, "Proxy CONNECT error: 407 Proxy Authentication Required"),
        (Z, "Http Error: invalid HTTP header name"),
        (T, "Io Error: Connection timed out (os error 110)"),
        (Z, "Invalid base URL"),
        (Z, "URL is missing a host"),
        (Z, "InvalidResponse: invalid status line"),
        (Z, "InvalidResponse: invalid chunk size"),
        (N, "Too many redirections"),
        (N, "Status code 503 Service Unavailable indicates failure"),
        (A, "Status code 401 Unauthorized indicates failure"),
        (N, "Tls Error: invalid peer certificate: UnknownIssuer"),
        (N, "Invalid DNS name: stemedb_node2"),
        (U, "TLS is disabled, activate one of the tls- features"),
        (N, "Invalid certificate: no root trust anchors were provided"),
    ]:
        add(R, "src/error.rs", typ, m)
    add(R, "src/happy.rs", N, "no DNS entries found")
    add(R, "src/request/proxy.rs", Z, "Environment variable HTTPS_PROXY contains invalid URL: relative URL without a base")
    add(R, "src/request/builder.rs", U, "invalid url or method: Error(InvalidBaseUrl)")
    add(R, "src/multipart_crate/lazy.rs", S,
        "Error writing field \"snapshot\": No such file or directory (os error 2)")

    # --- curl-rust: crate's own strings (FormError table, expect/panic messages) ---
    R = "alexcrichton/curl-rust"
    for typ, m in [
        (U, "one option passed twice"),
        (U, "null pointer given for string"),
        (U, "form information not complete"),
        (U, "illegal array in option"),
        (U, "libcurl does not have support for this option compiled in"),
        (U, "unknown form error"),
    ]:
        add(R, "src/error.rs", typ, m)
    add(R, "src/easy/handler.rs", U, "unknown origin from libcurl: 9")
    add(R, "src/easy/handler.rs", U,
        "failed to set write callback: Error { description: \"A libcurl function was given a bad argument\", code: 43, extra: None }")
    add(R, "src/easy/handler.rs", U,
        "failed to set open socket callback: Error { description: \"An unknown option was passed in to libcurl\", code: 48, extra: None }")

    # --- hyper-tls ---
    R = "hyperium/hyper-tls"
    add(R, "src/client.rs", N, "https required but URI was not https")
    add(R, "src/client.rs", N,
        "HttpsConnector::new() failure: error:80000002:system library::No such file or directory:crypto/bio/bss_file.c:67:calling fopen(/etc/ssl/certs/ca-certificates.crt, r)")
    add(R, "src/client.rs", N,
        "HttpsConnector::new_with_connector(<connector>) failure: error:0A0000B3:SSL routines::unsupported protocol")

    # --- rustls-native-certs: src/lib.rs Display "{context}: {inner} at '{path}'" ---
    R = "rustls/rustls-native-certs"
    for typ, m in [
        (S, "opening directory: No such file or directory (os error 2) at '/etc/ssl/certs'"),
        (S, "reading directory entries: Input/output error (os error 5) at '/etc/ssl/certs'"),
        (S, "failed to open file: Permission denied (os error 13) at '/etc/ssl/certs/stemedb-ca.pem'"),
        (S, "failed to read PEM from file: Permission denied (os error 13) at '/var/lib/stemedb/tls/ca-bundle.crt'"),
        (Z, "failed to read PEM from file: illegal section start: [45, 45, 45, 45, 45, 66, 69, 71, 73, 78, 32, 67, 69, 82, 84, 73, 70, 73, 67, 65, 84, 69, 45, 45, 45, 45, 10]"),
        (Z, "failed to read PEM from file: missing section end marker: [45, 45, 45, 45, 45, 69, 78, 68, 32, 67, 69, 82, 84, 73, 70, 73, 67, 65, 84, 69, 45, 45, 45, 45, 45]"),
        (S, "errors occurred while loading certificates: [Error { context: \"opening directory\", kind: Io { inner: Os { code: 2, kind: NotFound, message: \"No such file or directory\" }, path: \"/etc/ssl/certs\" } }]"),
    ]:
        add(R, "src/lib.rs", typ, m)

    # --- async-tls ---
    R = "async-rs/async-tls"
    add(R, "src/connector.rs", N, "invalid domain")
    add(R, "src/connector.rs", U, "Polled twice after being Ready")
    add(R, "src/server.rs", U, "internal error: entered unreachable code: server TLS can not hit this state: EarlyData")

    # --- http-types: Error Display is the ad-hoc message ---
    R = "http-rs/http-types"
    for typ, m, p in [
        (A, "`ntlm` is not a recognized authentication scheme", "src/auth/authentication_scheme.rs"),
        (A, "Could not find credentials", "src/auth/authorization.rs"),
        (A, "Expected basic auth scheme found `Bearer`", "src/auth/basic_auth.rs"),
        (A, "Expected basic auth to contain a password", "src/auth/basic_auth.rs"),
        (A, "Expected basic auth to contain a username", "src/auth/basic_auth.rs"),
        (Z, "Invalid ETag header", "src/conditional/etag.rs"),
        (U, "No suitable Content-Type found", "src/content/accept.rs"),
        (U, "No suitable Content-Encoding found", "src/content/accept_encoding.rs"),
        (Z, "Invalid base url provided", "src/content/content_location.rs"),
        (U, "MediaTypeProposal should have a weight between 0.0 and 1.0", "src/content/media_type_proposal.rs"),
        (Z, "MIME type should ony contain valid HTTP token code points", "src/mime/parse.rs"),
        (Z, "Could not sniff the mime type", "src/mime/mod.rs"),
        (Z, "Date time not in imf fixdate format", "src/utils/date.rs"),
        (U, "date must be before year 9999", "src/utils/date.rs"),
        (Z, "malformed `Expect` header", "src/other/expect.rs"),
        (Z, "unable to parse forwarded header: parse error, duplicate `by` key", "src/proxies/forwarded.rs"),
        (Z, "Server timing params cannot end with a trailing `;`", "src/trace/server_timing/parse.rs"),
        (Z, "`Strict-Transport-Security` header did not contain a `max-age` directive", "src/security/strict_transport_security.rs"),
        (U, "Trailers sender can only be constructed once", "src/request.rs"),
        (U, "unknown HTTP version conversion", "src/hyperium_http.rs"),
    ]:
        add(R, p, typ, m)

    # --- rustls-ffi: librustls/src/error.rs Display of rustls_result (glue-layer strings) ---
    R = "rustls/rustls-ffi"
    for typ, m in [
        (U, "a parameter was NULL"),
        (N, "server name was malformed (not a valid hostname or IP address)"),
        (U, "a Rust component panicked"),
        (N, "error parsing certificate"),
        (A, "error parsing private key"),
        (U, "a parameter had an invalid value"),
        (N, "peer closed TCP connection without first closing TLS connection"),
        (U, "no plaintext available; call rustls_connection_read_tls again"),
        (U, "tried to use a rustls struct after it had been converted to another struct"),
        (N, "error parsing certificate revocation list (CRL)"),
        (U, "no server certificate verifier was configured on the client config builder"),
        (U, "no default process-wide crypto provider has been installed"),
        (U, "the client config builder specifies incompatible TLS versions for the requested feature"),
        (N, "unsupported certificate signature algorithm"),
        (N, "received unexpected handshake message"),
        (N, "peer sent an unsupported key exchange algorithm"),
        (N, "peer did not advertise supported key exchange groups"),
        (N, "peer misbehaved"),
    ]:
        add(R, "librustls/src/error.rs", typ, m)

    # --- http_req (replaces sfackler/tokio-openssl): src/error.rs, src/stream.rs ---
    R = "jayjamesjay/http_req"
    for typ, m in [
        (Z, "ParseErr: Invalid character sequence"),
        (Z, "ParseErr: Status line contains invalid values"),
        (Z, "ParseErr: Headers contain invalid values"),
        (Z, "ParseErr: URI contains invalid characters"),
        (Z, "ParseErr: Nothing to parse"),
        (N, "Error: IO Error - Connection reset by peer (os error 104)"),
        (T, "Error: Timeout error"),
        (N, "Error: TLS error"),
        (U, "Error: Thread communication error"),
    ]:
        add(R, "src/error.rs", typ, m)
    add(R, "src/stream.rs", N, "Error: IO Error - Could not resolve address for \"node2.stemedb.internal\"")

# Go storage, backup and filesystem projects (juicefs, rclone, restic, kopia, longhorn-engine, rook, containers/storage, gocryptfs): snapshots via fetch, each wording read in the file named per entry (library code only, no tests/READMEs).
P64A = "8e2d4f6a1b3c5d7e9f0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6"
P64B = "3b7d91c0e2f4a6b8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b4c6d8e0f2a4b6"


def _part_eg(add):
    # --- rfjakob/gocryptfs ---
    G = "rfjakob/gocryptfs"
    for typ, m, p in [
        (Z, "ParseHeader: invalid version, want=2 have=0. Header hexdump: 0000a3f1c2e94b7d8e0f1122334455667788",
         "internal/contentenc/file_header.go"),
        (Z, "unsupported on-disk format 1", "internal/configfile/validate.go"),
        (Z, "cipherSize 10 < header size 18: corrupt file", "internal/contentenc/offsets.go"),
        (Z, "stupidChacha20poly1305: input data too short (12 bytes)", "internal/stupidgcm/openssl.go"),
        (S, "fatal: passfile: could not open \"/etc/stemedb/gocryptfs.pass\": open /etc/stemedb/gocryptfs.pass: no such file or directory",
         "internal/readpassword/passfile.go"),
        (S, "Open \"Wm2nTJ8aG3bH0kQ-Vq7pLw\": too many open files. Current \"ulimit -n\": 1024",
         "internal/fusefrontend/node_open_create.go"),
        (S, "ino48213 fh12: doWrite: WriteAt off=4198400 len=4128 failed: write /var/lib/stemedb/cipher/Wm2nTJ8aG3bH0kQ-Vq7pLw: no space left on device",
         "internal/fusefrontend/file.go"),
        (U, "ctlsock: request too big (max = 5000 bytes)", "internal/ctlsocksrv/ctlsock_serve.go"),
        (U, "fatal: scrypt parameter R below minimum: value=4, min=8", "internal/configfile/scrypt.go"),
        (A, "Password incorrect.", "internal/configfile/config_file.go"),
    ]:
        add(G, p, typ, m)
    # AEAD tag of a content block failed to verify (stupidgcm.ErrAuth, logged by doRead)
    add(G, "internal/fusefrontend/file.go", A,
        "doRead 48213: corrupt block #7: stupidgcm: message authentication failed", True)

    # --- rclone/rclone ---
    RC = "rclone/rclone"
    for typ, m, p in [
        (Z, "Failed to copy: corrupted on transfer: md5 hashes differ src(S3 bucket stemedb-backup) "
            "\"9e107d9d372bb6826bd81d3542a419d6\" vs dst(Local file system at /var/lib/stemedb/restore) "
            "\"e4d909c290d0fb1ca068ffaddf22cbd0\"", "fs/operations/copy.go"),
        (Z, "not an encrypted file - bad magic string", "backend/crypt/cipher.go"),
        (Z, "multipart upload corrupted: Etag differ: expecting 9e107d9d372bb6826bd81d3542a419d6-12 but got e4d909c290d0fb1ca068ffaddf22cbd0-12",
         "backend/s3/s3.go"),
        (N, "couldn't connect SSH: dial tcp 10.0.0.12:22: connect: connection refused", "backend/sftp/sftp.go"),
        (N, "HTTP CONNECT proxy failed to make TLS connection: \"tls: failed to verify certificate: x509: certificate signed by unknown authority\"",
         "lib/proxy/http.go"),
        (S, "preallocate: file too big for remaining disk space", "lib/file/preallocate.go"),
        (A, "unable to decrypt configuration: incorrect password", "fs/config/crypt.go"),
        (A, "token expired and there's no refresh token - manually refresh with \"rclone config reconnect gdrive:\"",
         "lib/oauthutil/oauthutil.go"),
        (T, "max transfer duration reached as set by --max-duration", "fs/sync/sync.go"),
        (U, "can't sync or move files on overlapping remotes (try excluding the destination with a filter rule)", "fs/fs.go"),
    ]:
        add(RC, p, typ, m)
    # secretbox authentication of a decrypted block failed
    add(RC, "backend/crypt/cipher.go", A, "crypt: ignoring: failed to authenticate decrypted block - bad password?", True)

    # --- restic/restic ---
    RS = "restic/restic"
    for typ, m, p in [
        (A, "wrong password or no key found", "internal/repository/key.go"),
        (A, "no credentials found. $AWS_ACCESS_KEY_ID is set but $AWS_SECRET_ACCESS_KEY is empty", "internal/backend/s3/s3.go"),
        (S, "sftp: no space left on device", "internal/backend/sftp/sftp.go"),
        (S, "unable to create lock in backend: repository is already locked exclusively by PID 4312 on node2 by stemedb (UID 998, GID 998)\n"
            "lock was created at 2026-03-14 02:00:01 (3h12m5.5s ago)\nstorage ID 5c0f3a1b", "internal/repository/lock.go"),
        (S, "Write /srv/restic-repo/data/5c/5c0f3a1b9e2d4c6a8b0d2f4e6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c-restic-temp-"
            "1a2b3c4d5e6f708192a3b4c5d6e7f809: wrote 1024 bytes instead of the expected 4096 bytes",
         "internal/backend/sftp/sftp.go"),
        (Z, "repository version 3 too high", "internal/repository/repository.go"),
        (Z, "pack header size mismatch", "internal/repository/pack/pack.go"),
        (Z, "read blob <data/5c0f3a1b> from pack " + P64A + ": wrong data returned, hash is " + P64B,
         "internal/repository/repository.go"),
        (N, "unexpected HTTP response (503): 503 Service Unavailable", "internal/backend/rest/rest.go"),
        (U, "circuit breaker open for file <data/5c0f3a1b9e>", "internal/backend/retry/backend_retry.go"),
    ]:
        add(RS, p, typ, m)
    # poly1305 MAC of the blob failed to verify (crypto.ErrUnauthenticated)
    add(RS, "internal/repository/repository.go", A,
        "decrypting blob <data/5c0f3a1b> from pack " + P64A + " failed: ciphertext verification failed", True)

    # --- kopia/kopia ---
    KO = "kopia/kopia"
    for typ, m, p in [
        (A, "invalid repository password", "repo/format/format_blob.go"),
        (Z, "can't handle repositories created using version 4 (min supported 1, max supported 3)", "repo/format/format_provider.go"),
        (Z, "invalid compression header, expected 00001100 but got 5a3f0c2b", "repo/compression/compressor.go"),
        (Z, "invalid header - entry stride too big", "repo/content/index/index_v2.go"),
        (T, "refreshing committed state took too long (now 2026-03-14 02:15:03.123456 +0000 UTC, valid until 2026-03-14T02:15:00Z)",
         "internal/epoch/epoch_manager.go"),
        (T, "extremely slow index write - index write took more than two epochs", "internal/epoch/epoch_manager.go"),
        (T, "timed out waiting for rclone to start", "repo/blob/rclone/rclone_storage.go"),
        (S, "can't write temporary file: write /var/lib/stemedb/kopia/p4a/9f1/c2e6b8d0a13f5e7c9b1d3a5f7e9.f.tmp.3a9b1c2d: no space left on device",
         "repo/blob/filesystem/filesystem_storage.go"),
        (N, "did not receive response from the server", "repo/grpc_repository_client.go"),
        (U, "clock skew detected: local clock is out of sync with modTime by more than allowed 5m0s "
            "(local: 2026-03-14 02:00:00 +0000 UTC modTime: 2026-03-14 02:07:31 +0000 UTC skew: 7m31s)", "repo/content/sessions.go"),
    ]:
        add(KO, p, typ, m)
    # AEAD tag of a packed content failed to verify while reading it back
    add(KO, "repo/content/committed_read_manager.go", A,
        "invalid checksum at p4a9f1c2e6b8d0a13f5e7c9b1d3a5f7e9 offset 1048576 length 4137/4137: decrypt: "
        "unable to decrypt content: cipher: message authentication failed", True)

    # --- longhorn/longhorn-engine ---
    LH = "longhorn/longhorn-engine"
    for typ, m, p in [
        (T, "R/W Timeout. No response received in 8s", "pkg/dataconn/client.go"),
        (T, "timeout trying to delete /dev/longhorn/pvc-7f3e2a1b-3c9d-4e5f-8a6b-0c1d2e3f4a5b", "pkg/util/util.go"),
        (Z, "wrong API version received: 0x1b", "pkg/dataconn/wire.go"),
        (S, "snapshot free space 1048576 is not enough for head file 2147483648", "pkg/controller/control.go"),
        (S, "failed to hard link /var/lib/longhorn/replicas/pvc-7f3e2a1b-5d1c2a3b/volume-snap-backup-1.img to "
            "/var/lib/longhorn/replicas/pvc-7f3e2a1b-5d1c2a3b/volume-snap-backup-2.img", "pkg/replica/replica.go"),
        (N, "cannot connect to any remote replica for file sync", "pkg/sync/rpc/server.go"),
        (N, "Error reading from wire 10.0.0.12:10001", "pkg/dataconn/client.go"),
        (U, "snapshot count usage 250 is equal or larger than snapshotMaxCount 250", "pkg/controller/control.go"),
        (U, "cannot find any healthy replica", "pkg/controller/rebuild.go"),
        (U, "EOF: Write of 4096 bytes at offset 10737418240 is beyond volume size 10737418240", "pkg/controller/control.go"),
        (U, "write len(1000), offset 512 not a multiple of 4096", "pkg/replica/diff_disk.go"),
    ]:
        add(LH, p, typ, m)

    # --- rook/rook ---
    RK = "rook/rook"
    for typ, m, p in [
        (T, "timeout waiting for number active mds daemons for filesystem \"myfs\" to become \"2\"",
         "pkg/daemon/ceph/client/filesystem.go"),
        (T, "attempt to determine ceph version for the current cluster image timed out", "pkg/operator/ceph/controller/version.go"),
        (T, "timed out waiting on deployment \"rook-ceph-mon-a\"", "pkg/operator/k8sutil/deployment.go"),
        (N, "failed to dial kmip connection endpoint: dial tcp 10.0.0.12:5696: connect: connection refused",
         "pkg/daemon/ceph/osd/kms/kmip.go"),
        (N, "failed to perform connection handshake: tls: failed to verify certificate: x509: certificate signed by unknown authority",
         "pkg/daemon/ceph/osd/kms/kmip.go"),
        # the bluestore on-disk signature, not a cryptographic one
        (S, "failed to read signature from \"sdb\". read /dev/sdb: input/output error", "pkg/daemon/ceph/osd/daemon.go"),
        (A, "failed to verify the new key in the KMS, the fetched key is not the same as the new key",
         "pkg/daemon/ceph/osd/key_rotation.go"),
        (A, "cannot generate \"client.admin\" keyring with empty cephx key", "pkg/operator/ceph/cluster/cephx.go"),
        (A, "keyring secret \"rook-ceph-mons-keyring\" does not contain keyring", "pkg/operator/ceph/config/keyring/store.go"),
        (U, "ceph status in namespace rook-ceph is not healthy, refusing to upgrade. Either fix the health issue or force an "
            "update by setting skipUpgradeChecks to true in the cluster CR", "pkg/operator/ceph/cluster/version.go"),
        (U, "read timeout 3600 is too big", "pkg/daemon/ceph/osd/kms/kmip.go"),
    ]:
        add(RK, p, typ, m)

    # --- containers/storage ---
    CS = "containers/storage"
    L1 = "3f2a9c41d8e07b6a5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b"
    C1 = "9b1c7e5a3d2f4b6c8e0a1d3f5b7c9e1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e1b3d"
    for typ, m, p in [
        (Z, "layer " + L1 + ": layer content incorrect digest", "check.go"),
        (Z, "invalid manifest checksum", "pkg/chunked/compression_linux.go"),
        (S, "error loading storage metadata", "types/errors.go"),
        (S, "stat layers file: stat /var/lib/containers/storage/overlay-layers/layers.json: permission denied", "layers.go"),
        (S, "locating image with ID \"" + C1 + "\" (consider removing the image to resolve the issue): file does not exist",
         "store.go"),
        (N, "not enough data returned from the server", "pkg/chunked/storage_linux.go"),
        (U, "called a write method on a read-only store", "types/errors.go"),
        (U, "'overlay' is not supported over nfs, a mount_program is required: backing file system is unsupported for this graph driver",
         "drivers/overlay/overlay.go"),
        (U, "layer " + L1 + " used by container " + C1 + ": layer is in use by a container", "store.go"),
        (U, "not enough unused IDs in user namespace", "types/errors.go"),
        (U, "resource temporarily unavailable", "pkg/lockfile/lockfile.go"),
    ]:
        add(CS, p, typ, m)

    # --- juicedata/juicefs ---
    JF = "juicedata/juicefs"
    for typ, m, p in [
        (Z, "data checksum 2953275820 != expect 2324967102", "pkg/chunk/disk_cache_file.go"),
        (Z, "incompatible metadata version: 2; please upgrade the client", "pkg/meta/config.go"),
        (Z, "corrupted session info; json error: unexpected end of JSON input", "pkg/meta/redis.go"),
        (Z, "Corrupt value for inode 48213 chunk index 3, use `gc` to clean up leaked slices", "pkg/meta/redis.go"),
        (S, "space not enough on device", "pkg/chunk/disk_cache.go"),
        (S, "not enough space (3%) or inodes (45%) for caching in /var/jfsCache/2c4f8e1a-6b3d-4f7e-9a1c-5d2e8f0b3a47/raw: "
            "free ratio should be >= 10%", "pkg/chunk/disk_cache.go"),
        (N, "(max tries) upload block chunks/0/5/5123_0_4194304: Put \"http://10.0.0.12:9000/jfs/chunks/0/5/5123_0_4194304\": "
            "dial tcp 10.0.0.12:9000: connect: connection refused (after 20 tries)", "pkg/chunk/cached_store.go"),
        (N, "ping database: dial tcp 10.0.0.12:3306: connect: connection refused", "pkg/meta/sql.go"),
        (T, "flush 48213 timeout after waited 30s", "pkg/vfs/writer.go"),
        (A, "secret was removed; please correct it with `config` command", "pkg/meta/config.go"),
        (A, "passphrase is required to private key", "pkg/object/encrypt.go"),
    ]:
        add(JF, p, typ, m)

# C/C++ systems, agents and server frameworks (netdata, collectd, opentelemetry-cpp, folly, abseil, seastar, wangle, proxygen): snapshots via fetch, each wording read in the file named per entry, placeholders filled.
def _part_eh(add):
    # --- folly (AsyncSocketException::getMessage: "AsyncSocketException: {msg}, type = {type}[, errno = {n} ({strerror})]") ---
    FO = "facebook/folly"
    for typ, m in [(N, "AsyncSocketException: connect failed, type = Socket not open, errno = 111 (Connection refused)"),
                   (T, "AsyncSocketException: connect timed out after 3000ms, type = Timed out"),
                   (N, "AsyncSocketException: writev failed (peer=10.0.0.12:7000, local=10.0.0.5:53214), type = Internal error, errno = 32 (Broken pipe)"),
                   (N, "AsyncSocketException: failed to bind to async socket: 0.0.0.0:18182, type = Socket not open, errno = 98 (Address already in use)")]:
        add(FO, "folly/io/async/AsyncSocket.cpp", typ, m)
    for typ, m in [(N, "AsyncSocketException: error:0A000086:SSL routines::certificate verify failed, type = SSL error")]:
        add(FO, "folly/io/async/ssl/SSLErrors.cpp", typ, m)
    for m in ["json parse error on line 1 near `}': expected json value"]:
        add(FO, "folly/json/json.cpp", Z, m)
    add(FO, "folly/Conv.cpp", Z, 'Non-digit character found: "18182x"')
    add(FO, "folly/Uri.cpp", Z, "invalid URI port: http://10.0.0.12:99999/v1/kv")
    for typ, m in [(S, 'open("/var/lib/stemedb/data/000123.sst", 02, 00644) failed: Permission denied'),
                   (S, "flock() failed (try_lock): Resource temporarily unavailable")]:
        add(FO, "folly/File.cpp", typ, m)
    for m in ["Broken promise for type name `folly::Unit`"]:
        add(FO, "folly/futures/Promise.h", U, m)

    # --- abseil (Status::ToString "CODE: message", ErrnoToStatus "message: strerror", flags, time, escaping) ---
    AB = "abseil/abseil-cpp"
    for typ, m in [(S, "NOT_FOUND: open /var/lib/stemedb/data/000123.sst: No such file or directory"),
                   (S, "RESOURCE_EXHAUSTED: write /var/lib/stemedb/wal/000045.log: No space left on device"),
                   (T, "DEADLINE_EXCEEDED: connect 10.0.0.12:7000: Connection timed out"),
                   (N, "UNAVAILABLE: connect 10.0.0.12:7000: Connection refused")]:
        add(AB, "absl/status/status.cc", typ, m)
    add(AB, "absl/flags/internal/flag.cc", U, "ERROR: Illegal value 'fast' specified for flag 'election_timeout_ms'")
    for m in ["ERROR: Unknown command line flag 'raft_prot'. Did you mean: raft_port ?"]:
        add(AB, "absl/flags/parse.cc", U, m)
    add(AB, "absl/time/internal/cctz/src/time_zone_format.cc", Z, "Illegal trailing data in input string")
    add(AB, "absl/strings/escaping.cc", Z, "\\u must be followed by 4 hex digits")
    for m in ["dying due to potential deadlock"]:
        add(AB, "absl/synchronization/mutex.cc", U, m)
    add(AB, "absl/random/seed_gen_exception.cc", U, "Failed generating seed-material for URBG.")
    add(AB, "absl/random/internal/seed_material.cc", S, "Failed to open /dev/urandom.")

    # --- seastar ---
    SE = "scylladb/seastar"
    add(SE, "include/seastar/core/timed_out_error.hh", T, "timedout")
    for typ, m in [(T, "Semaphore timed out: raft_append_sem")]:
        add(SE, "src/core/semaphore.cc", typ, m)
    add(SE, "include/seastar/core/gate.hh", U, "gate closed")
    for typ, m in [(T, "rpc call timed out")]:
        add(SE, "include/seastar/rpc/rpc_types.hh", typ, m)
    for typ, m in [(N, "client 10.0.0.12:7000: client connection dropped: connection is closed"),
                   (Z, "client 10.0.0.12:7000: wrong protocol magic: 474554202f204854"),
                   (Z, "client 10.0.0.12:7000: unexpected eof on a client while reading data: expected 4096 got 1024")]:
        add(SE, "src/rpc/rpc.cc", typ, m)
    for m in ["Failed to establish SSL handshake: [Wrong SSL Version number: ensure client is configured to use TLS]: "
              "Wrong SSL Version number: ensure client is configured to use TLS",
              'certificate has expired (Issuer=["CN=stemedb-ca"], Subject=["CN=node2"])']:
        add(SE, "src/net/tls_openssl.cc", N, m)
    for typ, m in [(S, "Could not open file at /var/lib/stemedb/data. Make sure it exists"),
                   (N, "posix_listen failed for address 0.0.0.0:18182: Address already in use")]:
        add(SE, "src/core/reactor.cc", typ, m)
    add(SE, "src/http/client.cc", Z, "Invalid http server response. Reason: Incomplete HTTP response header: "
                                     "reached end-of-file before parsing completed.")

    # --- wangle ---
    WA = "facebook/wangle"
    for typ, m in [(S, "Error reading file: /etc/stemedb/tls/ticket_seeds.enc"), (Z, "Incorrect magic number in file."),
                   (A, "Error getting encryption password from collector /etc/stemedb/tls/key.pass")]:
        add(WA, "wangle/ssl/SSLUtil.cpp", typ, m)
    for typ, m in [(S, "Failed to sync /var/lib/stemedb/tls_session_cache.json: errno 28"),
                   (Z, "Deserialization of cache file /var/lib/stemedb/tls_session_cache.jsonfailed: "
                       "folly::json::parse_error: json parse error on line 1: expected json value")]:
        add(WA, "wangle/client/persistence/FilePersistenceLayer.cpp", typ, m)
    for m in ["Error parsing /etc/stemedb/tls/ticket_seeds.json expected object"]:
        add(WA, "wangle/ssl/TLSCredProcessor.cpp", Z, m)
    for m in ["error loading SSL certificate /etc/stemedb/tls/node2.crt: std::runtime_error: "
              "SSL_CTX_use_PrivateKey_file: key values mismatch"]:
        add(WA, "wangle/ssl/SSLContextManager.cpp", N, m)
    add(WA, "wangle/acceptor/Acceptor.cpp", N, "error accepting on acceptor socket: accept() failed24")
    add(WA, "wangle/codec/LengthFieldBasedFrameDecoder.cpp", Z, "Frame too small")
    add(WA, "wangle/channel/Pipeline.cpp", U, "No handlers in pipeline")

    # --- proxygen ---
    PG = "facebook/proxygen"
    for m in ["missing connection preface",
              "GOAWAY error: unexpected CONTINUATION received with streamID=5",
              "Failing connection due to excessively large headers"]:
        add(PG, "proxygen/lib/http/codec/HTTP2Codec.cpp", N, m)
    for m in ["Error parsing message: invalid character in header",
              "Error parsing message: stream ended at an unexpected time"]:
        add(PG, "proxygen/lib/http/codec/HTTP1xCodec.cpp", Z, m)
    for typ, m in [(N, "Shutdown transport: ConnectionReset AsyncSocketException: recv() failed (peer=10.0.0.12:7000, "
                       "local=10.0.0.5:443), type = Internal error, errno = 104 (Connection reset by peer), 10.0.0.12:7000"),
                   (N, "Shutdown transport: SSL AsyncSocketException: error:0A000418:SSL routines::tlsv1 alert unknown ca, "
                       "type = SSL error, 10.0.0.12:7000"),
                   (T, "WriteTimeout on transaction id: 5")]:
        add(PG, "proxygen/lib/http/session/HTTPSession.cpp", typ, m)
    add(PG, "proxygen/lib/http/session/HTTPTransaction.cpp", T, "egress timeout, streamID=3")
    add(PG, "proxygen/lib/http/codec/FlowControlFilter.cpp", N,
        "Failed to reserve receive window, window size=65535, amount=70000")

    # --- opentelemetry-cpp (OTEL_INTERNAL_LOG_* messages) ---
    OT = "open-telemetry/opentelemetry-cpp"
    for typ, m in [(N, "[OTLP HTTP Client] Session state: connection failed.Couldn't connect to server"),
                   (T, "[OTLP HTTP Client] Session state: request time out.Timeout was reached"),
                   (A, "[OTLP HTTP Client] Export failed, Status:401, Header:\tcontent-length: 12,Body:Unauthorized"),
                   (Z, "[OTLP HTTP Client] Failed to parse JSON response body")]:
        add(OT, "exporters/otlp/src/otlp_http_client.cc", typ, m)
    for typ, m in [(T, '[OTLP TRACE GRPC Exporter] Export() failed with status_code: "DEADLINE_EXCEEDED" error_message: "Deadline Exceeded"'),
                   (N, '[OTLP TRACE GRPC Exporter] Export() failed with status_code: "UNAVAILABLE" error_message: '
                       '"failed to connect to all addresses; last error: UNKNOWN: ipv4:10.0.0.12:4317: '
                       'Failed to connect to remote host: Connection refused"'),
                   (U, "[OTLP gRPC] Exporting 128 span(s) failed, service stub unavailable")]:
        add(OT, "exporters/otlp/src/otlp_grpc_exporter.cc", typ, m)
    for typ, m in [(U, "[OTLP GRPC Client] ERROR: Export 512 trace span(s) failed, exporter queue is full")]:
        add(OT, "exporters/otlp/src/otlp_grpc_client.cc", typ, m)
    for m in ['[OTLP FILE Client] Open /var/log/stemedb/otlp/trace-20240514.jsonl failed with pattern: '
              '/var/log/stemedb/otlp/trace-%Y%m%d.jsonl.The directory "/var/log/stemedb/otlp" may not exist or may not be writable.']:
        add(OT, "exporters/otlp/src/otlp_file_client.cc", S, m)
    add(OT, "sdk/src/trace/batch_span_processor.cc", U, "BatchSpanProcessor queue is full - dropping span.")
    add(OT, "sdk/src/configuration/yaml_configuration_parser.cc", S, "Failed to open yaml file </etc/stemedb/otel.yaml>.")

    # --- netdata ---
    ND = "netdata/netdata"
    for typ, m in [(S, "DBENGINE: tier 0 datafile 123 write failed (no space left on device) - the extent is lost")]:
        add(ND, "src/database/engine/rrdengine.c", typ, m)
    add(ND, "src/database/engine/journalfile.c", Z, "DBENGINE: extent list CRC32 check: FAILED")
    add(ND, "src/database/engine/dbengine-compression.c", Z, "DBENGINE: LZ4 decompression error -12")
    add(ND, "src/database/engine/pagecache.c", S, "DBENGINE: failed to access journal file 123 of tier 0 (SIGBUS)")
    for typ, m in [(N, "STREAM PARENTS 'node2': stream connection to '10.0.0.12:19999' failed (default port: 19999): connection refused"),
                   (T, "STREAM PARENTS 'node2': stream connection to '10.0.0.12:19999' failed (default port: 19999): timeout")]:
        add(ND, "src/streaming/stream-parents.c", typ, m)
    for typ, m in [(A, "STREAM CONNECT 'node2' [to 10.0.0.12]: remote server denied access, probably we don't have the "
                       "right API key? - will retry in 60 secs, at 2024-05-14T09:21:07+00:00")]:
        add(ND, "src/streaming/stream-connector.c", typ, m)
    for m in ["STREAM RCV[3] 'node2' [from 10.0.0.12]: socket error detected: Connection reset by peer - closing connection"]:
        add(ND, "src/streaming/stream-receiver.c", N, m)
    add(ND, "src/streaming/stream-sender.c", T,
        "STREAM SND[1] 'node2' [to 10.0.0.12:19999]: there was not traffic for 600 seconds - closing connection - "
        "we have sent 1048576 bytes in 412 operations, it is idle for 10m, and we have 0 pending to send "
        "(buffer is used 0.00%).")
    add(ND, "src/web/api/http_auth.c", A,
        "Failed to parse bearer token file '/var/lib/netdata/bearer_tokens/6f1c2a9e-4b7d-4e35-9a0b-2d1f3c8e7a54': "
        "bearer token has invalid signature", True)
    add(ND, "src/aclk/aclk_otp.c", A, "ACLK: Decryption of the challenge failed: error:02000079:rsa routines::oaep decoding error")
    add(ND, "src/libnetdata/inicfg/inicfg_conf_file.c", Z,
        "CONFIG: ignoring line 12 ('raft_port 18182') of file '/etc/netdata/netdata.conf', there is no = in it.")

    # --- collectd ---
    CD = "collectd/collectd"
    add(CD, "src/network.c", A, "network plugin: Verifying HMAC-SHA-256 signature failed: Hash mismatch. Username: agent-0042", True)
    for typ, m in [(Z, "network plugin: Checksum mismatch. Username: agent-0042"),
                   (A, "network plugin: Unknown user: agent-0042"),
                   (N, "network plugin: sendto failed: Network is unreachable. Closing sending socket."),
                   (N, "network plugin: getaddrinfo (collectd.stemedb.local, 25826) failed: Name or service not known"),
                   (S, 'network plugin: Reading password file "/etc/collectd/passwd" failed.')]:
        add(CD, "src/network.c", typ, m)
    for typ, m in [(N, "write_graphite plugin: Connecting to 10.0.0.12:2003 via tcp failed. The last error was: "
                       "failed to connect to remote host: Connection refused")]:
        add(CD, "src/write_graphite.c", typ, m)
    for m in ["csv plugin: fopen (/var/lib/collectd/csv/node2/cpu-0/cpu-user-2024-05-14) failed: Permission denied"]:
        add(CD, "src/csv.c", S, m)
    for typ, m in [(S, "rrdtool plugin: stat(/var/lib/collectd/rrd/node2/load/load.rrd) failed: No such file or directory")]:
        add(CD, "src/rrdtool.c", typ, m)
    add(CD, "src/redis.c", A, "redis plugin: unable to authenticate on node `node2'.")
    add(CD, "src/ceph.c", T, "ceph plugin: cconn_main_loop: timed out.")
    add(CD, "src/daemon/plugin.c", T,
        "plugin_read_thread: read-function of the `stemedb' plugin took 12.503 seconds, which is above its read "
        "interval (10.000 seconds). You might want to adjust the `Interval' or `ReadThreads' settings.")
    add(CD, "src/daemon/utils_cache.c", U,
        "uc_update: Value too old: name = node2/cpu-0/cpu-user; value time = 1715678467.000; last cache update = 1715678467.000;")

def holdout21(add):
    for part in (_part_ee, _part_ef, _part_eg, _part_eh):
        part(add)
