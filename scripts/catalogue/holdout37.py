"""The thirty-seventh blind batch: wordings from sources in no earlier batch.
Four helper sessions read them blind, with the same brief and conventions as
the earlier batches. Each wording was read in the file named beside it; fills
not read in the source are named in each part's note. build.py adds it to the
catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401


# part_me (holdout37): Rust CLI network clients and diagnostic tools: veeso/suppaftp, ducaale/xh, fujiapple852/trippy, imsnif/bandwhich, RustScan/RustScan, orf/gping, ogham/dog, hatoo/oha. Each read as a snapshot via fetch (git show HEAD:<path>), every message read in the file named per entry (thiserror #[error] texts, Display arms, anyhow!/bail!/eyre! texts, context() prefixes, warn!/eprintln! lines). Placeholders filled plausibly; an anyhow context chain is written "context: cause"; inner errors (os errors, AddrParseError, url/serde_json texts, server reply lines) are the usual texts and were not read in these repositories.
def _part_me(add):
    _me_ftp_and_http(add)
    _me_trace_and_sniff(add)
    _me_scan_ping_dns_load(add)


def _me_ftp_and_http(add):
    # --- veeso/suppaftp: FtpError (crates/suppaftp/src/types.rs), tokio client, list parser, CLI ---
    R = "veeso/suppaftp"
    # "Connection error: Connection refused (os error 111)" left out: a catalogue text.
    for typ, m in [(Z, "Response contains an invalid syntax"),
                   (U, "Data connection is already open"),
                   (A, "Invalid response: [530] 530 Login incorrect."),
                   (N, "Invalid response: [425] 425 Can't open data connection."),
                   (N, "Secure error: invalid peer certificate: UnknownIssuer")]:
        add(R, "crates/suppaftp/src/types.rs", typ, m)
    for typ, m in [(T, "Connection error: deadline has elapsed"),
                   (N, "Connection error: connection closed during multiline response"),
                   (U, "Secure error: TLS context is set but no domain is available for the secure connection")]:
        add(R, "crates/suppaftp/src/async_ftp/tokio_ftp.rs", typ, m)
    add(R, "crates/suppaftp/src/list.rs", Z, "Syntax error: invalid line")
    add(R, "crates/suppaftp-cli/src/actions.rs", S,
        "Failed to open local file for read: No such file or directory (os error 2)")
    add(R, "crates/suppaftp-cli/src/actions.rs", T,
        "Failed to connect to remote: Connection error: Connection timed out (os error 110)")

    # --- ducaale/xh: anyhow texts in main.rs / cli.rs / download.rs / session.rs / redirect.rs / message_signature.rs ---
    R = "ducaale/xh"
    for typ, m in [(S, "xh: error: Failed to open the custom CA bundle: /etc/stemedb/tls/ca.pem: No such file or directory (os error 2)"),
                   (S, "Failed to read the cert key file: /etc/stemedb/tls/client.key: Permission denied (os error 13)"),
                   (S, "couldn't persist session /home/stemedb/.config/xh/sessions/10.0.0.12_18182/admin.json: Permission denied (os error 13)"),
                   (Z, "couldn't load session \"admin\": expected value at line 1 column 1"),
                   (A, "xh: warning: HTTP 401 Unauthorized")]:
        add(R, "src/main.rs", typ, m)
    for typ, m in [(U, "Connection timeout is negative"),
                   (Z, "Invalid proxy URL 'http://proxy.internal:99999' for protocol 'http': invalid port number"),
                   (Z, "Invalid address '10.0.0.300': invalid IP address syntax")]:
        add(R, "src/cli.rs", typ, m)
    add(R, "src/download.rs", Z, "Invalid Content-Range: \"bytes 2048-1023/4096\"")
    add(R, "src/redirect.rs", U, "Too many redirects (--max-redirects=10)")
    add(R, "src/session.rs", U, "Unknown auth type ntlm")
    add(R, "src/message_signature.rs", A,
        "message-signature: Failed to parse PEM private key. Supported algorithms: ed25519, ecdsa-p256-sha256, ecdsa-p384-sha384, rsa-v1_5-sha256, rsa-pss-sha512")


def _me_trace_and_sniff(add):
    # --- fujiapple852/trippy: trippy-core Error/IoError, trippy-packet, trippy-dns, trippy-tui config/app ---
    R = "fujiapple852/trippy"
    for typ, m in [(N, "IO error: Bind error for 10.0.0.12:0: Cannot assign requested address (os error 99)"),
                   (N, "Probe failed to send: Sendto error for 10.0.0.14:33434: Network is unreachable (os error 101)"),
                   (T, "IO error: Connect error for 10.0.0.12:443: Connection timed out (os error 110)"),
                   (U, "IO error: Failed to set TTL: Invalid argument (os error 22)"),
                   (N, "address 10.0.0.12:33434 in use"),
                   (N, "source IP address 10.0.0.99 could not be bound"),
                   (Z, "invalid packet: insufficient buffer for Ipv4Packet packet, minimum=20, provided=12")]:
        add(R, "crates/trippy-core/src/error.rs", typ, m)
    add(R, "crates/trippy-core/src/builder.rs", U, "invalid config: first_ttl 255 > 254")
    add(R, "crates/trippy-dns/src/resolver.rs", Z, "origin query txt parse failed: 13335 | 104.16.0.0/13 | US")
    add(R, "crates/trippy-tui/src/app.rs", N, "failed to resolve target: node2.stemedb.internal (DNS lookup failed)")
    add(R, "crates/trippy-tui/src/config.rs", U, "source-port (80) must be >= 1024")
    add(R, "crates/trippy-tui/src/config.rs", A,
        "privileges are required\n\nsee https://github.com/fujiapple852/trippy#privileges for details")

    # --- imsnif/bandwhich: GetInterfaceError (src/os/errors.rs), get_input (src/os/shared.rs), main.rs, ui_state.rs ---
    R = "imsnif/bandwhich"
    for typ, m in [(U, "Cannot find interface eth9"),
                   (N, "Failed to find any network interface to listen on."),
                   (A, "en0, bridge0: Insufficient permissions to listen on network interface(s). Try running with sudo."),
                   (N, "Failed to acquire a frame receiver for eth0: Other error: eth0: Network is down (os error 100)"),
                   (A, "Failed to acquire a frame receiver for eth1: Permission error: eth1"),
                   (U, "Failed to acquire a frame receiver for tun0: Other error: tun0: Unsupported interface type"),
                   (N, "Could not initialize the DNS resolver. Are you offline?\n\nReason: no connections available")]:
        add(R, "src/os/shared.rs", typ, m)
    add(R, "src/main.rs", U, "Failed to get stdout: if you are trying to pipe 'bandwhich' you should use the --raw flag")
    add(R, "src/display/ui_state.rs", U,
        "\"postgres\" owns a similar looking connection, but its local ip doesn't match.")


def _me_scan_ping_dns_load(add):
    # --- RustScan/RustScan: warning! texts (src/main.rs, src/address.rs), scanner, scripts, input ---
    R = "RustScan/RustScan"
    add(R, "src/address.rs", N, "[!] Host \"node2.stemedb.internal\" could not be resolved.")
    for typ, m in [(N, "[!] No IPs could be resolved, aborting scan."),
                   (U, "[!] File limit is lower than default batch size. Consider upping with --ulimit. May cause harm to sensitive servers"),
                   (U, "[!] Error Exit code = 127")]:
        add(R, "src/main.rs", typ, m)
    add(R, "src/scanner/mod.rs", S, "Too many open files. Please reduce batch size. The default is 5000. Try -b 2500.")
    add(R, "src/scanner/mod.rs", T, "UDP scan timed-out for all tries on socket 10.0.0.12:161")
    add(R, "src/scanner/mod.rs", N,
        "Err E binding sock Os { code: 105, kind: Uncategorized, message: \"No buffer space available\" }")
    add(R, "src/scripts/mod.rs", S, "Can't find scripts folder /home/stemedb/.rustscan_scripts")
    add(R, "src/scripts/mod.rs", Z, "Failed to parse execution format.")
    add(R, "src/input.rs", U, "Could not infer config file path.")

    # --- orf/gping: PingCreationError (pinger/src/lib.rs), linux pinger, gping main/colors ---
    R = "orf/gping"
    for typ, m in [(N, "Invalid or unresolvable hostname node2.stemedb.internal"),
                   (S, "Error spawning ping: No such file or directory (os error 2)"),
                   (U, "Installed ping is not supported: Please use iputils ping, not inetutils."),
                   (U, "Could not detect ping. Stderr: [\"ping: invalid option -- 'V'\"]\nStdout: []")]:
        add(R, "pinger/src/lib.rs", typ, m)
    for typ, m in [(N, "Resolving node2.stemedb.internal: failed to lookup address information: Name or service not known"),
                   (N, "Could not resolve 'node2.stemedb.internal' to IPv6"),
                   (Z, "Could not encode host nœud2.stemedb.internal to punycode"),
                   (N, "There was an error running ping: exit status: 2\nStderr: ping: connect: Network is unreachable\n"),
                   (U, "At least one host or command must be given (i.e gping google.com). Use --help for a full list of arguments.")]:
        add(R, "gping/src/main.rs", typ, m)
    add(R, "gping/src/colors.rs", U, "Invalid color code: `bleu`")

    # --- ogham/dog: output.rs error_message/wire_error_message, options.rs OptionsError, resolve.rs, dns crate warnings ---
    R = "ogham/dog"
    for typ, m in [(Z, "Error [protocol]: Malformed packet: insufficient data"),
                   (Z, "Error [protocol]: Malformed packet: record length should be 4, got 6"),
                   (Z, "Error [protocol]: Malformed packet: too much recursion: [2, 4, 6, 8, 10, 12, 14, 16]"),
                   (N, "Error [network]: Connection refused (os error 111)"),
                   (N, "Error [http]: Nameserver returned HTTP 502 (Bad Gateway)")]:
        add(R, "src/output.rs", typ, m)
    add(R, "src/options.rs", U, "dog: Invalid options: You must pass a URL as a nameserver when using --https")
    add(R, "src/resolve.rs", N, "Unable to obtain resolver: No nameserver found")
    add(R, "src/resolve.rs", S,
        "Unable to obtain resolver: Error reading network configuration: Permission denied (os error 13)")
    add(R, "src/resolve.rs", Z,
        "Failed to parse nameserver line \"nameserver 10.0.0.300\": invalid IPv4 address syntax")
    add(R, "dns/src/strings.rs", Z, "Hit recursion limit (8) decoding string")
    add(R, "src/main.rs", U,
        "dog: Cannot use '--tls': This version of dog has been compiled without TLS support")

    # --- hatoo/oha: ClientError (src/client.rs), Http3Error (src/client_h3.rs), UrlGeneratorError, lib.rs bail!s ---
    R = "hatoo/oha"
    for typ, m in [(T, "aborted due to deadline"),
                   (N, "No record returned from DNS"),
                   (U, "Redirection limit has reached"),
                   (Z, "failed to get port from URL")]:
        add(R, "src/client.rs", typ, m)
    add(R, "src/client_h3.rs", N, "Quic connection closed earlier than expected")
    add(R, "src/client_h3.rs", T, "QUIC connection: timed out")
    add(R, "src/url_generator.rs", Z, "relative URL without a base, generated url: /api/v1/keys/17")
    add(R, "src/url_generator.rs", U, "No valid URLs found")
    for typ, m in [(A, "Error: Invalid AWS credentials format. Expected access_key:secret_key"),
                   (U, "Error: --http2 and --http-version are exclusive")]:
        add(R, "src/lib.rs", typ, m)
    add(R, "src/curl_compat.rs", S,
        "Failed to read file '/var/lib/stemedb/bench/payload.json': No such file or directory (os error 2)")
    add(R, "src/curl_compat.rs", Z, "Invalid form format: missing '=' in 'node_id'")


# part_mf (holdout37): C/C++ message brokers, MQTT, AMQP and messaging libraries -- real-logic/aeron (C client), bloomberg/blazingmq, Azure/azure-uamqp-c, beanstalkd/beanstalkd, FreeRTOS/coreMQTT, LiamBindle/MQTT-C, apache/activemq-cpp, eclipse-cyclonedds/cyclonedds, apache/rocketmq-client-cpp; read from snapshots via fetch (git show HEAD:<path>), each message read in the file named per entry (AERON_SET_ERR / errorDescription << / LogError / twarn / LogError(( )) / fprintf / throw ...Exception / DDS_Security_Exception_set / LOG_ERROR texts, with the wrapping format around them read in the library: aeron_err_set's "(%d) %s\n[%s, %s:%d] " prefix, beanstalkd's "beanstalkd: FILE:LINE in FUNC: fmt: strerror", rocketmq's MQException "msg: ...,error:...,in file <...> line:..."), placeholders filled plausibly. Fills not read in these sources: strerror / gai_strerror / APR socket texts ("Connection refused", "No space left on device", "Name or service not known", "Connection reset by peer", "Address already in use", ...), OpenSSL's X509 verify text "certificate has expired", bmqio::Status printed through bslim::Printer as "[ Category = CONNECTION ]", blazingmq session descriptions and TCP interface name, and build paths in __FILE__.
def _part_mf(add):
    _mf_aeron(add)
    _mf_blazingmq(add)
    _mf_uamqp(add)
    _mf_beanstalkd(add)
    _mf_coremqtt(add)
    _mf_mqtt_c(add)
    _mf_activemq_cpp(add)
    _mf_cyclonedds(add)
    _mf_rocketmq_cpp(add)


def _mf_aeron(add):
    # real-logic/aeron C client: aeron_err_set() renders "(%d) %s\n[%s, %s:%d] <fmt>"
    # (errcode, strerror or aeron_error_code_str(-errcode), function, file, line);
    # conductor error-handler texts go through aeron_default_error_handler "ERROR: (%d): %s".
    R = "real-logic/aeron"
    C = "aeron-client/src/main/c/"
    add(R, C + "aeronc.c", T,
        "(-1000) unknown error code\n[aeron_client_connect_to_driver, aeronc.c:103] no driver heartbeat detected after: 10000ms")
    add(R, C + "aeron_client_conductor.c", T,
        "ERROR: (-1000): MediaDriver keepalive: age=10512ms > timeout=10000ms")
    add(R, C + "aeron_client.c", T,
        "(-1000) unknown error code\n[aeron_async_add_publication_poll, aeron_client.c:383] async_add_publication no response from media driver")
    add(R, C + "aeron_socket.c", N,
        "(111) Connection refused\n[aeron_connect, aeron_socket.c:79] failed to connect to address: 10.0.0.12:7000")
    add(R, C + "util/aeron_netutil.c", N,
        "(-9) unknown host\n[aeron_ip_addr_resolver, aeron_netutil.c:74] Unable to resolve host=(node2.stemedb.internal): (-2) Name or service not known")
    add(R, C + "uri/aeron_uri.c", Z,
        "(-1) invalid channel\n[aeron_uri_parse, aeron_uri.c:314] invalid URI scheme or transport: aeron:tcp?endpoint=10.0.0.12:40123")
    add(R, C + "uri/aeron_uri.c", Z,
        "(22) Invalid argument\n[aeron_uri_get_int32, aeron_uri.c:364] could not parse mtu=9k as int32_t in URI: Success")
    add(R, C + "util/aeron_fileutil.c", S,
        "(28) No space left on device\n[aeron_create_file, aeron_fileutil.c:440] Failed to allocate file space: /dev/shm/aeron-stemedb/publications/1042.logbuffer")
    add(R, C + "aeron_cnc_file_descriptor.c", Z,
        "(22) Invalid argument\n[aeron_cnc_map_file_and_load_metadata, aeron_cnc_file_descriptor.c:104] CnC version not compatible: app=0.2.0 file=1.0.0")
    add(R, C + "aeron_publication.c", U,
        "(22) Invalid argument\n[aeron_publication_offer, aeron_publication.c:520] aeron_publication_offer: length=20971520 > max_message_length=16777216")
    add(R, C + "aeron_client_conductor.c", U,
        "(-1003) unknown error code\n[aeron_client_conductor_command_offer, aeron_client_conductor.c:1536] could not offer to conductor command queue")


def _mf_blazingmq(add):
    # bloomberg/blazingmq: broker (mqbs file store, mqbauthn, mqbnet) errorDescription /
    # BALL_LOG texts and the client library (bmqimp) log texts.
    R = "bloomberg/blazingmq"
    FS = "src/groups/mqb/mqbs/mqbs_filesystemutil.cpp"
    add(R, FS, S, "open() failure for file [/var/lib/bmq/storage/bmq_0.20260314_020000.bmq_journal], errno: 13 [Permission denied]")
    add(R, FS, S, "Failed to fallocate file with fd [17], rc: -1, errno: 28[No space left on device]")
    add(R, FS, S, "Failed to msync memory segment [0x7f3a2c000000] of size [67108864] bytes, rc: -1, errno: 5 [Input/output error]")
    add(R, "src/groups/mqb/mqbauthn/mqbauthn_authenticationcontroller.cpp", A,
        "Failed to authenticate with mechanism 'BASIC'. (rc = -1). Detailed error: Invalid username or password for user 'stemedb-api'")
    add(R, "src/groups/mqb/mqbauthn/mqbauthn_basicauthenticator.cpp", A,
        "Invalid authentication payload format. Expected 'username:password'")
    add(R, "src/groups/bmq/bmqimp/bmqimp_application.cpp", N,
        "Failed to connect to broker at 'tcp://10.0.0.12:30114' [status: [ Category = CONNECTION ]]")
    add(R, "src/groups/bmq/bmqimp/bmqimp_application.cpp", N,
        "Could not establish session with 'tcp://10.0.0.12:30114' [event: CONNECT_FAILED, status: [ Category = CONNECTION ]]")
    add(R, "src/groups/bmq/bmqimp/bmqimp_brokersession.cpp", T, "Start (ASYNC) has timed out")
    add(R, "src/groups/mqb/mqbnet/mqbnet_tcpsessionfactory.cpp", T,
        "TCPInterface: timed out while waiting for clients to close, remaining clients: 3")
    add(R, "src/groups/mqb/mqbnet/mqbnet_tcpsessionfactory.cpp", N,
        "#TCP_DEAD_CHANNEL TCPInterface: closing unresponsive channel after 10 missed heartbeats "
        "[session: 'node2:10.0.0.12:30114', channel: '10.0.0.12:30114', node: 'node2' ]")
    add(R, "src/groups/mqb/mqbnet/mqbnet_tcpsessionfactory.cpp", Z,
        "#CORRUPTED_EVENT stemedb-api:10.0.0.21:51234: Received invalid authentication message from client [reason: 'failed to decode', rc: -3]:")
    add(R, "src/groups/bmq/bmqimp/bmqimp_brokersession.cpp", U, "Session is already being started")


def _mf_uamqp(add):
    # Azure/azure-uamqp-c: LogError("...") texts.
    R = "Azure/azure-uamqp-c"
    for typ, m, p in [
        (Z, "Malformed frame received", "src/frame_codec.c"),
        (U, "Encoded frame size exceeds the maximum allowed frame size", "src/frame_codec.c"),
        (Z, "Mismatched SASL header", "src/saslclientio.c"),
        (A, "SASL handshake failed with code 01", "src/saslclientio.c"),
        (A, "Could not find desired SASL mechanism in the list presented by server", "src/saslclientio.c"),
        (Z, "Could not decode SASL frame AMQP value", "src/sasl_frame_codec.c"),
        (N, "Connection not open", "src/connection.c"),
        (N, "xio_send failed", "src/saslclientio.c"),
        (U, "Could not match AMQP management response to request", "src/amqp_management.c"),
        (U, "Cannot find session endpoint for channel 3", "src/connection.c"),
    ]:
        add(R, p, typ, m)


def _mf_beanstalkd(add):
    # beanstalkd/beanstalkd: twarn/twarnx ("beanstalkd: FILE:LINE in FUNC: fmt[: strerror]"),
    # warnx ("beanstalkd: fmt") and warnpos ("path:offset: fmt").
    R = "beanstalkd/beanstalkd"
    add(R, "serv.c", S, "beanstalkd: serv.c:24 in srv_acquire_wal: failed to lock wal dir /var/lib/beanstalkd")
    add(R, "walg.c", S, "beanstalkd: walg.c:426 in waldirlock: fcntl: Resource temporarily unavailable")
    add(R, "file.c", S, "beanstalkd: file.c:477 in filewopen: falloc /var/lib/beanstalkd/binlog.12: No space left on device")
    add(R, "walg.c", S, "beanstalkd: Errors reading one or more WAL files.")
    add(R, "file.c", Z, "beanstalkd: /var/lib/beanstalkd/binlog.3: unknown version: 9")
    add(R, "file.c", Z, "/var/lib/beanstalkd/binlog.3:10485744: unexpected EOF reading 56 bytes (got 17): job struct")
    add(R, "net.c", N, "beanstalkd: net.c:49 in make_inet_socket: getaddrinfo(): Name or service not known")
    add(R, "net.c", N, "beanstalkd: net.c:104 in make_inet_socket: bind(): Address already in use")
    add(R, "prot.c", U, "beanstalkd: prot.c:1349 in dispatch_cmd: server error: OUT_OF_MEMORY")


def _mf_coremqtt(add):
    # FreeRTOS/coreMQTT: LogError(( "..." )) texts; MQTT_Status_strerror names.
    R = "FreeRTOS/coreMQTT"
    SER = "source/core_mqtt_serializer.c"
    CORE = "source/core_mqtt.c"
    for typ, m, p in [
        (A, "Connection refused: Not authorized.", SER),
        (A, "Connection refused: Bad authentication method.", SER),
        (N, "Connection refused: Server unavailable.", SER),
        (U, "Connection refused: Quota exceeded.", SER),
        (Z, "Failed to decode the property length. Malformed packet.", SER),
        (T, "Unable to receive packet: Timed out in transport recv.", CORE),
        (N, "Network error while receiving packet: ReturnCode=-1.", CORE),
        (T, "sendMessageVector: Unable to send remaining packet: Timed out.", CORE),
        (T, "Handling of keep alive failed. Status=MQTTKeepAliveTimeout.", CORE),
        (U, "Trying to publish a QoS > MQTTQoS0 packet when outgoing publishes for QoS1/QoS2 have not been enabled. "
            "Please, call MQTT_InitStatefulQoS to initialize and enable the use of QoS1/QoS2 publishes.", CORE),
    ]:
        add(R, p, typ, m)


def _mf_mqtt_c(add):
    # LiamBindle/MQTT-C: mqtt_error_str() names (stringified MQTTErrors, src/mqtt.c) as the
    # examples print them, and the example socket templates' own texts.
    R = "LiamBindle/MQTT-C"
    for typ, m, p in [
        (N, "error: MQTT_ERROR_SOCKET_ERROR", "examples/simple_publisher.c"),
        (Z, "error: MQTT_ERROR_MALFORMED_RESPONSE", "examples/simple_subscriber.c"),
        (U, "error: MQTT_ERROR_SEND_BUFFER_IS_FULL", "examples/simple_publisher.c"),
        (N, "reconnect_client: called while client was in error state \"MQTT_ERROR_CONNECTION_CLOSED\"",
         "examples/reconnect_subscriber.c"),
        (N, "Failed to open socket: : Connection refused", "examples/reconnect_subscriber.c"),
        (N, "Failed to open socket (getaddrinfo): Name or service not known", "examples/templates/posix_sockets.h"),
        (N, "error: x509 certificate verification failed", "examples/templates/openssl_sockets.h"),
        (U, "mqtt_subscribe failed: MQTT_ERROR_SUBSCRIBE_TOO_MANY_TOPICS", "examples/bearssl_publisher.c"),
    ]:
        add(R, p, typ, m)


def _mf_activemq_cpp(add):
    # apache/activemq-cpp: exception messages (throw XException(__FILE__, __LINE__, "...")).
    R = "apache/activemq-cpp"
    M = "activemq-cpp/src/main/"
    for typ, m, p in [
        (T, "Channel was inactive for too long: tcp://10.0.0.12:61616", "activemq/transport/inactivity/InactivityMonitor.cpp"),
        (T, "Failover timeout of 30000 ms reached.", "activemq/transport/failover/FailoverTransport.cpp"),
        (T, "OpenWireFormatNegotiator::onewayWire format negotiation timeout: peer did not send his wire format.",
         "activemq/wireformat/openwire/OpenWireFormatNegotiator.cpp"),
        (N, "Socket Read Error - Connection reset by peer", "decaf/internal/net/tcp/TcpSocket.cpp"),
        (N, "Error on Bind - Address already in use", "decaf/internal/net/tcp/TcpSocket.cpp"),
        (N, "The connection was broken unexpectedly.", "decaf/internal/net/ssl/openssl/OpenSSLSocket.cpp"),
        (Z, "OpenWireFormatNegotiator::onCommandRemote wire format magic is invalid",
         "activemq/wireformat/openwire/OpenWireFormatNegotiator.cpp"),
        (Z, "OpenWireFormat::setVersion - Given Version: 13 , is not yet supported",
         "activemq/wireformat/openwire/OpenWireFormat.cpp"),
        (U, "ActiveMQSessionKernel::commit - This Session is not Transacted", "activemq/core/kernels/ActiveMQSessionKernel.cpp"),
        (U, "Cannot synchronously receive a message when a MessageListener is set",
         "activemq/core/kernels/ActiveMQConsumerKernel.cpp"),
    ]:
        add(R, M + p, typ, m)


def _mf_cyclonedds(add):
    # eclipse-cyclonedds/cyclonedds: DDS Security builtin plugins (DDS_Security_Exception_set
    # texts and dds_security_api_err.h messages), ddsi transport GVERROR texts, dds_err_check.
    R = "eclipse-cyclonedds/cyclonedds"
    SEC = "src/security/builtin_plugins/"
    add(R, SEC + "cryptographic/src/crypto_transform.c", A,
        "decode_rtps_message: message does not contain a valid receiver specific mac", True)
    add(R, SEC + "cryptographic/src/crypto_cipher.c", A,
        "EVP_EncryptFinal_ex to finalize signature checkfailed:", True)
    add(R, SEC + "access_control/src/access_control.c", A,
        "Permissions validity period expired for CN=stemedb-node2,O=StemeDB (expired: 2026-03-14T02:00:00)")
    add(R, SEC + "access_control/src/access_control.c", A, "StemeTriples denied by default rule")
    add(R, SEC + "authentication/src/authentication.c", N, "Identity CA is not trusted")
    add(R, SEC + "authentication/src/auth_utils.c", N,
        "Certificate not valid: error: certificate has expired; subject: /C=NL/O=StemeDB/CN=stemedb-node2")
    add(R, SEC + "access_control/src/access_control_parser.c", Z, "Can not parse permissions file")
    add(R, SEC + "access_control/src/access_control_utils.c", S,
        "load_file_into_BIO: File could not be found, opened or is empty, path: /etc/stemedb/dds/permissions.p7s")
    add(R, "src/core/ddsi/src/ddsi_udp.c", N, "ddsi_udp_create_conn: failed to bind to ANY:7410: address in use")
    add(R, "src/core/ddsc/src/dds_err_check.c", T, "src/publisher.c:88: Error Timeout")


def _mf_rocketmq_cpp(add):
    # apache/rocketmq-client-cpp: LOG_ERROR/LOG_WARN texts and MQClientException::what()
    # ("msg: <msg>,error:<code>,in file <__FILE__> line:<n>").
    R = "apache/rocketmq-client-cpp"
    for typ, m, p in [
        (N, "socket connect failure, connect timeout or connect failure", "src/common/sync_http_client.cpp"),
        (T, "wait response timeout of heartbeat, so closeTransport of addr:10.0.0.12:10911", "src/transport/TcpRemotingClient.cpp"),
        (T, "send msg, callback timeout, opaque:1024, sendTimes:1, maxRetryTimes:2", "src/transport/ResponseFuture.cpp"),
        (N, "tcpTransport with server disconnected, erase server:10.0.0.12:10911", "src/transport/TcpRemotingClient.cpp"),
        (S, "open offset store file:/root/.rocketmq_offsets/10.0.0.21@DEFAULT/stemedb-consumer/offsets.Json failed",
         "src/consumer/OffsetStore.cpp"),
        (U, "msg: No route info of this topic: stemedb-triples,error:-1,in file "
            "</build/rocketmq-client-cpp/src/producer/DefaultMQProducerImpl.cpp> line:443",
         "src/producer/DefaultMQProducerImpl.cpp"),
        (U, "msg: The broker[broker-a] not exist,error:-1,in file </build/rocketmq-client-cpp/src/MQClientFactory.cpp> line:1014",
         "src/MQClientFactory.cpp"),
        (N, "SSL_CTX_load_verify_locations error!", "src/transport/EventLoop.cpp"),
        (Z, "ResetOffsetBody::Decode fail", "src/transport/ClientRemotingProcessor.cpp"),
    ]:
        add(R, p, typ, m)


# Go identity providers, LDAP servers/clients, Kerberos/SAML libraries and SSO proxies: glauth/glauth, pocket-id/pocket-id, vouch/vouch-proxy, gogatekeeper/gatekeeper, go-ldap/ldap, jcmturner/gokrb5, crewjam/saml read from snapshots via fetch (git show HEAD:<path>); goauthentik/authentik (Go outpost, snapshot too large to fetch) read file by file with read_file; each message read in the file named per entry (errors.New / fmt.Errorf / Error() methods / log messages), wrappers composed as the code composes them, placeholders filled plausibly; logrus/zerolog/zap field errors rendered as msg error="...".
def _part_mg(add):
    # --- go-ldap/ldap (v3): Error() = LDAP Result Code %d %q: %s, with LDAPResultCodeMap texts ---
    R = "go-ldap/ldap"
    for typ, m in [
        (T, 'LDAP Result Code 200 "Network Error": ldap: connection timed out'),
        (N, 'LDAP Result Code 200 "Network Error": ldap: connection closed'),
        (N, 'LDAP Result Code 200 "Network Error": TLS handshake failed (tls: failed to verify certificate: x509: certificate signed by unknown authority)'),
        (U, 'LDAP Result Code 200 "Network Error": ldap: cannot StartTLS with outstanding requests'),
        (N, 'unable to read LDAP response packet: read tcp 10.0.0.5:51234->10.0.0.12:636: read: connection reset by peer'),
    ]:
        add(R, "v3/conn.go", typ, m)
    add(R, "v3/bind.go", A, 'LDAP Result Code 206 "Empty password not allowed by the client": ldap: empty password not allowed by the client')
    add(R, "v3/error.go", A, 'LDAP Result Code 50 "Insufficient Access Rights": 00002098: SecErr: DSID-03150F94, problem 4003 (INSUFF_ACCESS_RIGHTS), data 0')
    add(R, "v3/search.go", U, 'LDAP Result Code 200 "Network Error": ldap: size limit exceeded')
    add(R, "v3/search.go", Z, "ldap: could not parse value '2026-13-45T25:00:00Z' into time.Time field")
    add(R, "v3/filter.go", Z, 'LDAP Result Code 201 "Filter Compile Error": ldap: filter does not start with an \'(\'')
    add(R, "v3/dn.go", Z, "DN ended with incomplete type, value pair")

    # --- glauth/glauth (v2): zerolog messages and fmt.Errorf returns ---
    R = "glauth/glauth"
    add(R, "v2/pkg/handler/ldap.go", A, "Bind Error: invalid OTP token as cn=jane,ou=superheros,dc=glauth,dc=com from 10.0.0.12:51234")
    add(R, "v2/pkg/handler/ldap.go", N, "No healthy servers found")
    add(R, "v2/pkg/handler/ldap.go", U, "unknown LDAP scheme: ldapx")
    for typ, m in [
        (A, "unauthenticated bind rejected"),
        (U, "Source is in a timeout"),
        (A, "Search Error: no capability allowing BindDN cn=serviceuser,ou=svcaccts,dc=glauth,dc=com to perform search in ou=people,dc=glauth,dc=com"),
        (Z, "Search Error: error parsing filter: (&(objectClass=posixAccount)(uid=jane)"),
    ]:
        add(R, "v2/pkg/handler/ldapopshelper.go", typ, m)
    for typ, m in [
        (S, "non-existent config path: /etc/glauth/glauth.cfg"),
        (S, "unable to read TLS key file"),
        (U, "invalid backend mysql - must be 'config', 'ldap', 'owncloud', 'plugin' or 'embed"),
    ]:
        add(R, "v2/internal/toml/config.go", typ, m)
    add(R, "v2/pkg/server/server.go", S, 'unable to load specified backend plugin: plugin.Open("/opt/glauth/bin/sqlite.so"): /opt/glauth/bin/sqlite.so: cannot open shared object file: No such file or directory')

    # --- pocket-id/pocket-id (backend): apperror constructors, fmt.Errorf wrappers ---
    R = "pocket-id/pocket-id"
    for typ, m in [
        (A, "Token is invalid or expired"),
        (A, "You don't have permission to perform this action"),
        (U, "Too many requests"),
        (A, "Your passkey request has expired"),
    ]:
        add(R, "backend/internal/apperror/constructors.go", typ, m)
    add(R, "backend/internal/ldapsync/service.go", T, 'failed to create LDAP client: failed to connect to LDAP: LDAP Result Code 200 "Network Error": dial tcp 10.0.0.12:636: i/o timeout')
    add(R, "backend/internal/ldapsync/service.go", A, 'failed to create LDAP client: failed to bind to LDAP: LDAP Result Code 49 "Invalid Credentials": 80090308: LdapErr: DSID-0C090439, comment: AcceptSecurityContext error, data 775, v4563')
    add(R, "backend/internal/bootstrap/db_bootstrap.go", S, "failed to initialize database: failed to connect to database: failed to open SQLite database: unable to open database file: permission denied")
    add(R, "backend/internal/bootstrap/bootstrap.go", U, "it appears that there's already one instance of Pocket ID running - running multiple replicas is not (yet) supported")
    add(R, "backend/internal/service/import_service.go", Z, "failed to decode database.json: invalid character '}' looking for beginning of object key string")
    add(R, "backend/internal/service/import_service.go", S, "failed to save file application-images/logo.png: write /app/data/uploads/application-images/logo.png: no space left on device")
    add(R, "backend/internal/common/env_config.go", U, "ENCRYPTION_KEY must be at least 16 bytes long")

    # --- vouch/vouch-proxy: handler errors, config validation ---
    R = "vouch/vouch-proxy"
    for typ, m in [
        (A, "/auth Error from IdP: access_denied - The resource owner or authorization server denied the request."),
        (A, "/auth Invalid session state: stored 6a3f0c1e9b2d4a7f, returned 9b2c7e5a1d3f4b6c"),
        (A, "/auth User is not authorized: verifyUser: Email jane@gmail.com is not within a Vouch Proxy managed domain . Please try again or seek support from your administrator"),
    ]:
        add(R, "handlers/auth.go", typ, m)
    add(R, "handlers/login.go", Z, "requested destination URL is not a valid URL (does not begin with 'http://' or 'https://')")
    add(R, "handlers/validate.go", A, "http header 'Host: evil.example.com' not authorized for configured `vouch.domains` (is Host being sent properly?)")
    add(R, "pkg/cfg/cfg.go", S, "configuration file not found: open /etc/vouch/config.yml: no such file or directory")
    add(R, "pkg/cfg/cfg.go", S, "error opening RSA Key /config/private.pem: open /config/private.pem: permission denied")
    add(R, "pkg/cfg/cfg.go", U, "configuration error: Cookie maxAge (20160) cannot be larger than the JWT maxAge (240)")
    add(R, "pkg/jwtmanager/jwtmanager.go", A, "unexpected signing method: HS256")
    add(R, "pkg/healthcheck/healthcheck.go", N, "Healthcheck failed for http://0.0.0.0:9090/healthcheck")

    # --- gogatekeeper/gatekeeper (keycloak-gatekeeper/louketo lineage): apperrors sentinels ---
    R = "gogatekeeper/gatekeeper"
    P = "pkg/apperrors/apperrors.go"
    add(R, P, A, "invalid token signature", True)
    add(R, P, A, "received HMAC header and calculated HMAC does not match", True)
    for typ, m in [
        (A, "refresh token has expired"),
        (A, "problem getting RPT for resource (hint: do you have permissions assigned to resource?)"),
        (U, "too many resources got from IDP (hint: probably you have multiple resources in IDP with same path and scopes combination)"),
        (U, "content greater then maximum size"),
        (U, "same-site-cookie must be one of Strict|Lax|None"),
        (S, "tls server certificate, file does not exist"),
        (N, "connection test to redis failed"),
        (Z, "failed to parse content-length header"),
    ]:
        add(R, P, typ, m)
    add(R, "pkg/keycloak/proxy/server.go", T, 'failed to retrieve the provider configuration from discovery url: Get "https://keycloak.stemedb.internal/realms/stemedb/.well-known/openid-configuration": context deadline exceeded (Client.Timeout exceeded while awaiting headers)')

    # --- jcmturner/gokrb5 (v8): Krberror "[Root cause: X] ..." chains, KRBError "KRB Error: (n) NAME text - etext" ---
    R = "jcmturner/gokrb5"
    add(R, "v8/client/ASExchange.go", A, "[Root cause: KDC_Error] KDC_Error: AS Exchange Error: kerberos error response from KDC: KRB Error: (24) KDC_ERR_PREAUTH_FAILED Pre-authentication information was invalid")
    add(R, "v8/client/ASExchange.go", A, "[Root cause: Decrypting_Error] KRBMessage_Handling_Error: AS Exchange Error: AS_REP is not valid or client password/keytab incorrect < Decrypting_Error: error decrypting EncPart of AS_REP < Decrypting_Error: error decrypting AS_REP encrypted part: error decrypting: integrity verification failed", True)
    add(R, "v8/client/network.go", N, "[Root cause: Networking_Error] Networking_Error: AS Exchange Error: failed sending AS_REQ to KDC: failed to communicate with KDC. Attempts made with UDP (error sending to a KDC: error establishing connection to 10.0.0.12:88: dial udp 10.0.0.12:88: connect: network is unreachable) and then TCP (error sending to a KDC: error establishing connection to 10.0.0.12:88: dial tcp 10.0.0.12:88: connect: connection refused)")
    add(R, "v8/client/network.go", T, "[Root cause: Networking_Error] Networking_Error: AS Exchange Error: failed sending AS_REQ to KDC: communication error with KDC via TCP: error sending to a KDC: error sneding to 10.0.0.12:88: error reading response size header: read tcp 10.0.0.5:51234->10.0.0.12:88: i/o timeout")
    add(R, "v8/messages/APReq.go", A, "KRB Error: (37) KRB_AP_ERR_SKEW Clock skew too great - clock skew with client too large. greater than 5m0s seconds")
    add(R, "v8/messages/APReq.go", A, "KRB Error: (31) KRB_AP_ERR_BAD_INTEGRITY Integrity check on decrypted field failed - could not decrypt authenticator", True)
    add(R, "v8/keytab/keytab.go", Z, "invalid keytab data. Keytab version is neither 1 nor 2")
    add(R, "v8/config/krb5conf.go", Z, "error processing libdefaults section: invalid krb5 config libdefaults section line (default_realm STEMEDB.INTERNAL)")
    add(R, "v8/crypto/crypto.go", U, "unknown or unsupported EType: 1")
    add(R, "v8/spnego/http.go", A, "client did not provide a negotiation authorization header")
    add(R, "v8/spnego/http.go", Z, "10.0.0.5:51234 - SPNEGO error in base64 decoding negotiation header: illegal base64 data at input byte 12")
    add(R, "v8/spnego/http.go", A, "10.0.0.5:51234 - SPNEGO Kerberos authentication failed")

    # --- crewjam/saml: ServiceProvider / IdentityProvider validation errors (InvalidResponseError.PrivateErr texts) ---
    R = "crewjam/saml"
    P = "service_provider.go"
    add(R, P, A, "cannot validate signature on Response: Signature could not be verified", True)
    add(R, P, A, "cannot validate signature on Assertion: fingerprint mismatch", True)
    for typ, m in [
        (A, "assertion Conditions is expired"),
        (A, 'assertion Conditions AudienceRestriction does not contain "https://app.stemedb.internal/saml/metadata"'),
        (Z, "cannot parse base64: illegal base64 data at input byte 248"),
        (Z, "invalid xml: no root"),
        (A, "failed to decrypt EncryptedAssertion: failed to decrypt key from response: certificate does not match provided key"),
        (U, "signature method http://www.w3.org/2001/04/xmldsig-more#rsa-sha256 requires a key of type rsa.PrivateKey, not *ecdsa.PrivateKey"),
    ]:
        add(R, P, typ, m)
    add(R, "flate.go", U, "flate: uncompress limit exceeded (10485760 bytes)")
    add(R, "duration.go", Z, "invalid duration (P1Q)")
    add(R, "samlsp/fetch_metadata.go", N, "failed to fetch metadata: unexpected status code 503")

    # --- goauthentik/authentik (Go outpost, internal/outpost): logrus/zap messages, fmt.Errorf returns ---
    R = "goauthentik/authentik"
    add(R, "internal/outpost/flow/executor.go", U, "exceeded stage recursion depth")
    add(R, "internal/outpost/flow/executor.go", U, "unsupported challenge type ak-stage-consent")
    add(R, "internal/outpost/flow/executor.go", N, "failed to submit challenge 502 Bad Gateway")
    add(R, "internal/outpost/ldap/bind/direct/bind.go", T, 'failed to execute flow error="Get \\"https://authentik.stemedb.internal/api/v3/flows/executor/default-authentication-flow/?goauthentik.io%2Foutpost%2Fldap=true\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"')
    add(R, "internal/outpost/ak/api_ws.go", N, 'failed to connect websocket error="dial tcp 10.0.0.12:9443: connect: connection refused"')
    add(R, "internal/outpost/ak/api_ws.go", N, 'ws read error error="websocket: close 1006 (abnormal closure): unexpected EOF"')
    add(R, "internal/outpost/proxyv2/application/oauth_state.go", A, "invalid state jwt issuer")
    add(R, "internal/outpost/proxyv2/application/auth_bearer.go", A, "token is not active")
    add(R, "internal/outpost/proxyv2/application/auth_bearer.go", Z, 'failed to parse introspection response error="invalid character \'<\' looking for beginning of value"')
    add(R, "internal/outpost/proxyv2/filesystemstore/filesystemstore.go", S, "path is not writable")
    add(R, "internal/outpost/proxyv2/filesystemstore/filesystemstore.go", S, 'failed to delete session error="remove /dev/shm/session_K2F6Q3ZJ7A: read-only file system"')


# part_mh (holdout37): Rust scientific / columnar / geo / bioinformatics file-format crates -- zarrs/zarrs, metno/hdf5-rust, georust/netcdf, georust/geozero, tmontaigu/shapefile-rs, laz-rs/laz-rs, zaeleus/noodles, gadomski/las-rs, rust-bio/rust-htslib -- newest snapshots via fetch, read with `git show HEAD:<path>` (Display / #[error] / io::Error::new texts in the file named per entry; placeholders filled plausibly; no HDF5 C error-stack texts; netCDF-C strerror texts only inside the netcdf crate's own "netcdf error(N): ..." prefix, filled with the usual inner text).
def _part_mh(add):
    # --- zarrs/zarrs: StorageError, ArrayCreateError/ArrayError, CodecError, NodeCreateError, plugins ---
    R = "zarrs/zarrs"
    for typ, m in [(S, "a write operation was attempted on a read only store"),
                   (Z, "error parsing metadata for metrics/latency/zarr.json: expected value at line 1 column 1"),
                   (S, "missing metadata for store prefix metrics/latency/"),
                   (U, "invalid store key /metrics/latency/c/0/0")]:
        add(R, "zarrs_storage/src/lib.rs", typ, m)
    add(R, "zarrs_storage/src/byte_range.rs", U, "invalid byte range 4096..8192 for bytes of length 1024")
    for typ, m in [(Z, "the checksum is invalid"),
                   (Z, "the size of a decoded chunk is 4096, expected 8192")]:
        add(R, "zarrs_codec/src/lib.rs", typ, m)
    for typ, m in [(U, "chunk grid dimensionality 2 does not match array dimensionality 3"),
                   (S, "array metadata is missing")]:
        add(R, "zarrs/src/array/array_errors.rs", typ, m)
    add(R, "zarrs/src/node.rs", Z, "Found V2 metadata in V3 key or vice-versa")
    add(R, "zarrs_plugin/src/lib.rs", U, "codec numcodecs.zfpy is not supported")

    # --- metno/hdf5-rust: the crate's own fail!/ensure! texts and Display impls (not the HDF5 C error stack) ---
    R = "metno/hdf5-rust"
    for typ, m in [(U, "Slicing cannot be used on attribute datasets"),
                   (U, "Selection ndim (2) != array ndim (3)"),
                   (U, "Buffer size does not match with dataset"),
                   (U, "shape mismatch when writing: memory = [1024, 3], destination = [1024, 4]")]:
        add(R, "hdf5/src/hl/container.rs", typ, m)
    for typ, m in [(Z, "Cannot convert from float64 to int32, required conversion hard; available: soft")]:
        add(R, "hdf5/src/hl/datatype.rs", typ, m)
    add(R, "hdf5/src/hl/dataset.rs", U, "Chunking required for resizable datasets")
    add(R, "hdf5/src/hl/filters.rs", U, "Fletcher32 filter must be placed after szip filter")
    add(R, "hdf5/src/hl/selection.rs", U, "Index 1024 out of bounds for axis 0 with size 1000")
    add(R, "hdf5-types/src/string.rs", Z, "string error: variable length string with internal null")
    add(R, "hdf5/src/hl/plist/file_access.rs", U, "unknown or unsupported file driver (id: 67108873)")

    # --- georust/netcdf: netcdf::Error Display (netcdf/src/error.rs) and Str texts ---
    R = "georust/netcdf"
    for typ, m in [(U, "indices does not match in length with the variable"),
                   (U, "requested slice is bigger than the dimension length"),
                   (U, "buffer size mismatch, has size 1024, but needs size 4096"),
                   (Z, "netcdf types does not correspond to what is defined"),
                   (U, "variable/group/dimension already exists"),
                   (Z, "netcdf error(-51): NetCDF: Unknown file format"),
                   (S, "netcdf error(2): No such file or directory"),
                   (U, "this identifier does not belong in this dataset")]:
        add(R, "netcdf/src/error.rs", typ, m)
    add(R, "netcdf/src/variable.rs", U, "could not find dimensions time")
    add(R, "netcdf/src/file.rs", U, "Type not found at this location")

    # --- georust/geozero: GeozeroError, MvtError, geozero-cli's mapping of flatgeobuf errors ---
    R = "georust/geozero"
    for typ, m in [(Z, "geometry format"),
                   (N, "http status 503"),
                   (U, "column not found or null"),
                   (S, "I/O error `Permission denied (os error 13)`")]:
        add(R, "geozero/src/error.rs", typ, m)
    add(R, "geozero/src/property_processor.rs", Z, "expected a `ColumnValue::Long` value but found `String(\"node2\")`")
    add(R, "geozero/src/wkb/wkb_reader.rs", Z, "WKB geometry nesting exceeds maximum depth of 128")
    add(R, "geozero/src/geojson/mod.rs", Z, "processing geometry `Invalid UTF-8 encoding`")
    add(R, "geozero/src/mvt/mvt_error.rs", U, "invalid extent, extent cannot be 0")
    for typ, m in [(Z, "processing dataset: `Malformed FGB - missing Magic Bytes`"),
                   (Z, "processing dataset: `Malformed FGB - Illegal header size: 10485761`"),
                   (N, "http error `error sending request for url (https://10.0.0.12:7000/tiles/roads.fgb): connection closed before message completed`")]:
        add(R, "geozero-cli/src/main.rs", typ, m)

    # --- tmontaigu/shapefile-rs: shapefile::Error Display (Debug form for the variants without a text) ---
    R = "tmontaigu/shapefile-rs"
    for typ, m in [(Z, "The file code ' 1234 ' is invalid, is this a Shapefile ?"),
                   (Z, "The code ' 42 ' does not correspond to any of the ShapeType code defined by ESRI"),
                   (Z, "The requested type: 'Polygon' does not correspond to the actual shape type: 'Point'"),
                   (Z, "Inner ring without a previous outer ring"),
                   (U, "The conversion is not supported"),
                   (Z, "InvalidShapeRecordSize"),
                   (S, "MissingIndexFile")]:
        add(R, "src/lib.rs", typ, m)

    # --- laz-rs/laz-rs: LasZipError Display and io::Error texts it raises ---
    R = "laz-rs/laz-rs"
    for typ, m in [(Z, "Item with type code: 42 is unknown"),
                   (Z, "Item Point10 with compression version: 4 is not supported"),
                   (Z, "Compressor type 7 is not valid"),
                   (U, "Compressor type PointWise is not supported"),
                   (U, "Point format 11 is not supported"),
                   (Z, "The chunk table could not be found"),
                   (S, "IoError: No space left on device (os error 28)")]:
        add(R, "src/errors.rs", typ, m)
    add(R, "src/decoders.rs", Z, "IoError: ArithmeticDecoder length is zero")
    add(R, "src/laszip/parallel/decompression.rs", Z, "IoError: no chunks available in chunk table")

    # --- zaeleus/noodles: BGZF/BAM/CRAM/CSI/VCF reader texts ---
    R = "zaeleus/noodles"
    add(R, "noodles-bgzf/src/io/reader/frame.rs", Z, "invalid BGZF header")
    add(R, "noodles-bgzf/src/io/reader/frame.rs", Z, "block data checksum mismatch")
    add(R, "noodles-bam/src/io/reader/header/magic_number.rs", Z, "invalid BAM header")
    add(R, "noodles-bam/src/io/reader/header.rs", Z, "SAM header and binary reference sequence dictionaries mismatch")
    add(R, "noodles-bam/src/io/indexed_reader/builder.rs", U, "missing index")
    add(R, "noodles-cram/src/io/reader/container/block.rs", Z,
        "container block checksum mismatch: expected 5a1c03e7, got 9b0f44d2")
    add(R, "noodles-cram/src/io/reader/container/block.rs", Z,
        "invalid block content type: expected CompressionHeader, got ExternalData")
    add(R, "noodles-cram/src/container/compression_header/encoding/codec/byte.rs", Z, "missing external block: 11")
    add(R, "noodles-csi/src/io/reader/index.rs", Z, "invalid magic number")
    add(R, "noodles-vcf/src/header/parser.rs", Z, "duplicate sample name: NA12878")

    # --- gadomski/las-rs: las::Error (#[error] texts in src/error.rs) ---
    R = "gadomski/las-rs"
    for typ, m in [(U, "the writer is closed"),
                   (Z, "the file signature is not 'LASF': [80, 75, 3, 4]"),
                   (U, "the las data is laszip compressed, but the las crate is not built with laz support"),
                   (Z, "laszip vlr not found"),
                   (Z, "byte buffer length 1000 is not a multiple of point record length 34"),
                   (Z, "offset to the point data is too small: 215"),
                   (U, "version 1.2 does not support format point format 6"),
                   (U, "string is too long for a slice of length 32: stemedb-api point cloud exporter v0.4.1"),
                   (Z, "Invalid GeoTIFF header: expected key_directory_version=1, key_revision=1, minor_revision=0, but got key_directory_version=0, key_revision=0, minor_revision=0")]:
        add(R, "src/error.rs", typ, m)

    # --- rust-bio/rust-htslib: rust_htslib::errors::Error (#[error] texts in src/errors.rs) ---
    R = "rust-bio/rust-htslib"
    for typ, m in [(S, "file not found: /var/lib/stemedb/genomics/sample01.bam"),
                   (S, "file could not be opened: /var/lib/stemedb/genomics/sample01.vcf.gz"),
                   (S, "failed to write BAM/BCF record (out of disk space?)"),
                   (S, "failed to write BAM/CRAM index (out of disk space?)"),
                   (S, "unable to open SAM/BAM/CRAM index for /var/lib/stemedb/genomics/sample01.bam; please create an index"),
                   (Z, "truncated record in SAM/BAM/CRAM file"),
                   (Z, "truncated tabix record"),
                   (U, "sequence chr23 not found in index"),
                   (U, "failed to create htslib thread pool"),
                   (U, "file is not sorted by position")]:
        add(R, "src/errors.rs", typ, m)
    add(R, "src/bam/record.rs", Z,
        "error parsing CIGAR string: Hard clipping ('H') is only valid at the start or end of a cigar.")


def holdout37(add):
    for part in (_part_me, _part_mf, _part_mg, _part_mh):
        part(add)
