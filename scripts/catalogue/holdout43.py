"""The forty-third blind batch: wordings from sources in no earlier batch.
Four helper sessions read them blind, with the same brief and conventions as
the earlier batches. Each wording was read in the file named beside it; fills
not read in the source are named in each part's note. build.py adds it to the
catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401


# part_pe (Rust embedded / no_std / bare-metal networking): embassy-rs/embassy, smoltcp-rs/smoltcp, esp-rs/esp-hal, esp-rs/esp-idf-svc, drogue-iot/reqwless, sammhicks/picoserve, mkj/sunset, quartiq/minimq, rust-embedded-community/embedded-sdmmc-rs, ivmarkov/edge-net; newest snapshots via fetch, read with git show HEAD:<path>, each message read in the file named per entry (Display arm, thiserror/snafu/docsplay text, or the Debug/defmt form where a log macro prints `{:?}`), placeholders filled plausibly.
def _part_pe(add):
    # --- embassy-rs/embassy: driver log lines (warn!/error!/debug! via fmt.rs shims) and defmt Format texts ---
    R = "embassy-rs/embassy"
    for typ, m, p in [(N, "JOIN failed: network not found", "cyw43/src/control.rs"),
                      (A, "JOIN failed: authentication failure", "cyw43/src/control.rs"),
                      (Z, "failed to parse sdpcm header", "cyw43/src/runner.rs"),
                      (U, "failed to push rxd packet to the channel.", "cyw43/src/runner.rs"),
                      (Z, "Ethernet Frame FCS and calc FCS don't match!", "embassy-net-adin1110/src/lib.rs"),
                      (T, "RX TC6 timeout waiting for the MAC-PHY", "embassy-net-adin1110/src/lib.rs"),
                      (Z, "RX buffer corrupted, resetting RX logic to recover...", "embassy-net-enc28j60/src/lib.rs"),
                      (Z, "rx: bad checksum. Got 3fa2, want 9c41", "embassy-net-esp-hosted/src/lib.rs"),
                      (N, "received packet len 1532 exceeds MTU 1500, dropping", "embassy-net-ppp/src/lib.rs"),
                      (U, "SPI Bus Configuration Error", "embassy-embedded-hal/src/shared_bus/mod.rs"),
                      (Z, "BootError::BadMagic", "embassy-boot/src/boot_loader.rs")]:
        add(R, p, typ, m)
    add(R, "embassy-boot/src/firmware_updater/mod.rs", A, "FirmwareUpdaterError::Signature(_)", True)

    # --- smoltcp-rs/smoltcp: socket/iface error Display arms, ICMP Display texts, net_debug!/net_trace! lines ---
    R = "smoltcp-rs/smoltcp"
    for typ, m, p in [(N, "unaddressable destination", "src/socket/tcp.rs"),
                      (U, "No free slot", "src/socket/dns.rs"),
                      (U, "Route table full", "src/iface/route.rs"),
                      (U, "too many holes", "src/storage/assembler.rs"),
                      (N, "destination host unreachable", "src/wire/icmpv4.rs"),
                      (T, "fragment reassembly time exceeded", "src/wire/icmpv4.rs"),
                      (N, "arp: source IP address not in same network as us", "src/iface/interface/ipv4.rs"),
                      (N, "failed to transmit IP: device exhausted", "src/iface/interface/mod.rs"),
                      (Z, "DHCP error parsing pkt from 192.168.1.1: Error", "src/socket/dhcpv4.rs")]:
        add(R, p, typ, m)

    # --- esp-rs/esp-hal: esp-radio docsplay Display (doc comment text), esp-hal driver Display arms ---
    R = "esp-rs/esp-hal"
    for typ, m, p in [(A, "Password is invalid.", "esp-radio/src/wifi/mod.rs"),
                      (N, "Station still in disconnect status.", "esp-radio/src/wifi/mod.rs"),
                      (U, "Generic failure - not further specified.", "esp-radio/src/wifi/mod.rs"),
                      (N, "Failed to send an ESP-NOW message.", "esp-radio/src/esp_now/mod.rs"),
                      (U, "Internal Error: ESP-NOW peer list is full..", "esp-radio/src/esp_now/mod.rs"),
                      (S, "No card present in the slot", "esp-hal/src/sdmmc/mod.rs"),
                      (T, "Data transfer timed out", "esp-hal/src/sdmmc/mod.rs"),
                      (Z, "Response CRC check failed", "esp-hal/src/sdmmc/mod.rs"),
                      (T, "A timeout occurred during transmission", "esp-hal/src/i2c/master/mod.rs"),
                      (U, "The requested baud rate is not achievable", "esp-hal/src/uart/mod.rs")]:
        add(R, p, typ, m)

    # --- esp-rs/esp-idf-svc: log lines (warn!/log::error!) and BleError Display ---
    R = "esp-rs/esp-idf-svc"
    for typ, m, p in [(S, "NVS partition has no free pages, erasing and re-initializing the partition", "src/nvs.rs"),
                      (Z, "NVS partition has a new version, erasing and re-initializing the partition", "src/nvs.rs"),
                      (S, "No NVS keys partition found", "src/nvs.rs"),
                      (S, "Mount failed: 13", "src/fs/fatfs.rs"),
                      (N, "TLS server handshake continue failed (error -30592)", "src/tls.rs"),
                      (T, "NimBLE error 13 (BLE_HS_ETIMEOUT)", "src/ble.rs")]:
        add(R, p, typ, m)

    # --- drogue-iot/reqwless: reqwless::Error, whose Display is its Debug form ---
    R = "drogue-iot/reqwless"
    for typ, m, p in [(N, "Dns", "src/lib.rs"),
                      (N, "Network(ConnectionRefused)", "src/lib.rs"),
                      (T, "Network(TimedOut)", "src/lib.rs"),
                      (Z, "Codec", "src/response/chunked.rs"),
                      (Z, "InvalidUrl(UnsupportedScheme)", "src/client.rs"),
                      (U, "AlreadySent", "src/lib.rs"),
                      (U, "IncorrectBodyWritten", "src/client.rs")]:
        add(R, p, typ, m)

    # --- sammhicks/picoserve: thiserror #[error] texts and the 400 messages of request-line parsing ---
    R = "sammhicks/picoserve"
    for typ, m, p in [(N, "Read error: Connection reset by peer (os error 104)", "picoserve/src/lib.rs"),
                      (Z, "Percent symbol is not followed by two hex digits", "picoserve/src/url_encoded.rs"),
                      (Z, "Invalid Header line: No ':' character", "picoserve/src/lib.rs"),
                      (Z, "Bad Request Line", "picoserve/src/lib.rs"),
                      (U, "No space to extract entire body. Content Length: 8192. Buffer Length: 2048.", "picoserve/src/request.rs"),
                      (N, "The client closed the connection", "picoserve/src/request.rs"),
                      (Z, "Body is not UTF-8: invalid utf-8 sequence of 1 bytes from index 17", "picoserve/src/extract.rs"),
                      (N, "Websocket upgrades must have a `Sec-WebSocket-Key` header", "picoserve/src/response/ws.rs")]:
        add(R, p, typ, m)

    # --- mkj/sunset: snafu Display (doc-comment summary or #[snafu(display)]), Error::msg texts, warn! lines ---
    R = "mkj/sunset"
    add(R, "src/error.rs", A, "Packet integrity failed", True)
    add(R, "src/error.rs", A, "Signature is incorrect", True)
    add(R, "src/kex.rs", A, "Bad host signature", True)
    for typ, m, p in [(N, "Remote peer isn't SSH 2.0", "src/error.rs"),
                      (N, "Error in received SSH protocol. Will disconnect.", "src/error.rs"),
                      (N, "No matching hostkey algorithm", "src/kex.rs"),
                      (Z, "Packet size 300000 too large (or bad decrypt)", "src/error.rs"),
                      (Z, "Not a UTF-8 string", "src/error.rs"),
                      (U, "Bad channel number 5", "src/error.rs"),
                      (A, "Bad key size", "src/sign.rs"),
                      (A, "Ran out of authentication methods", "src/error.rs")]:
        add(R, p, typ, m)

    # --- quartiq/minimq: thiserror texts, deserializer Display, defmt log lines ---
    R = "quartiq/minimq"
    for typ, m, p in [(A, "broker returned failure reason BadUsernameOrPassword", "src/lib.rs"),
                      (N, "broker returned failure reason ServerUnavailable", "src/lib.rs"),
                      (A, "Broker rejected CONNECT with reason NotAuthorized", "src/mqtt_client/session/handshake.rs"),
                      (Z, "received a malformed MQTT packet", "src/lib.rs"),
                      (N, "transport error: ConnectionReset", "src/lib.rs"),
                      (U, "in-flight metadata capacity exhausted", "src/lib.rs"),
                      (U, "provided client ID is too long", "src/lib.rs"),
                      (T, "Keepalive ping timed out; disconnecting session next_ping=Some(Instant { ticks: 18432000 }) ping_timeout=Some(Instant { ticks: 18944000 })",
                       "src/mqtt_client/session/drive.rs"),
                      (Z, "Bad MQTT variable integer encountered", "src/de/deserializer.rs")]:
        add(R, p, typ, m)

    # --- rust-embedded-community/embedded-sdmmc-rs: Debug forms of embedded_sdmmc::Error / SdCardError, warn! lines ---
    R = "rust-embedded-community/embedded-sdmmc-rs"
    for typ, m, p in [(Z, 'FormatError("Invalid MBR signature")', "src/volume_mgr.rs"),
                      (T, "DeviceError(TimeoutCommand(17))", "src/sdcard/mod.rs"),
                      (Z, "DeviceError(CrcError(41733, 5122))", "src/sdcard/mod.rs"),
                      (S, "DeviceError(CardNotFound)", "src/sdcard/mod.rs"),
                      (S, "DiskFull", "src/lib.rs"),
                      (Z, "UnterminatedFatChain", "src/lib.rs"),
                      (U, "LockError", "src/lib.rs"),
                      (S, "Out of space...", "src/fat/volume.rs"),
                      (T, "Timed out, trying again..", "src/sdcard/mod.rs")]:
        add(R, p, typ, m)

    # --- ivmarkov/edge-net: edge-http / edge-dhcp / edge-mdns / edge-ws Display arms ---
    R = "ivmarkov/edge-net"
    for typ, m, p in [(Z, "Invalid HTTP headers or status line", "edge-http/src/io.rs"),
                      (Z, "HTTP body is incomplete", "edge-http/src/io.rs"),
                      (U, "Too many HTTP headers", "edge-http/src/io.rs"),
                      (T, "Connection error: Connection timed out (os error 110)", "edge-http/src/io/server.rs"),
                      (N, "WebSocket upgrade error: Unsupported Sec-WebSocket-Version", "edge-http/src/io.rs"),
                      (U, "Headers mismatch: Body type mismatch: Raw body response with a Keep-Alive connection. This is not allowed.",
                       "edge-http/src/lib.rs"),
                      (Z, "Format error: Missing cookie", "edge-dhcp/src/io.rs"),
                      (U, "No send buf available", "edge-mdns/src/io.rs"),
                      (Z, "Incomplete: 2 bytes missing", "edge-ws/src/lib.rs")]:
        add(R, p, typ, m)


# part_pf (holdout43): C/C++ media streaming servers and multimedia frameworks -- ossrs/srs, meetecho/janus-gateway, arut/nginx-rtmp-module, Haivision/srt, ZLMediaKit/ZLMediaKit, paullouisageneau/libdatachannel, gpac/gpac, xiph/Icecast-Server read as snapshots via fetch (git show HEAD:<path>); FFmpeg/FFmpeg (snapshot too large to fetch) read with read_file on the stored versions of libavutil/error.c, libavformat/rtmpproto.c and libavformat/tls_openssl.c; each message read in the file named per entry, with the log wrapper that prints it (SRS "code=N(Name) : msg : wrapped", nginx " (errno: strerror), client: ..., server: ...", SRT "@<socket>: " CONID prefix, janus "[handle_id] "), placeholders filled plausibly.
def _part_pf(add):
    # --- ossrs/srs: SrsCplxError::summary() = "code=<n>(<code_str>) : <msg> : <wrapped msg>"
    #     (codes and names from trunk/src/kernel/srs_kernel_error.hpp, messages from the srs_error_new/wrap call sites) ---
    SR = "ossrs/srs"
    for typ, m, p in [
        (T, "code=1011(SocketTimeout) : timeout 30000 ms", "trunk/src/protocol/srs_protocol_st.cpp"),
        (T, "code=1011(SocketTimeout) : rtmp: publish timeout 20000ms, nb_msgs=0", "trunk/src/app/srs_app_rtmp_conn.cpp"),
        (N, "code=1018(StConnect) : tcp: connect 10.0.0.12:1935 to=3000ms : connect to 10.0.0.12:1935",
         "trunk/src/protocol/srs_protocol_st.cpp"),
        (S, "code=1042(FileOpen) : open file /var/lib/srs/dvr/live/livestream.1718000000000.flv failed",
         "trunk/src/kernel/srs_kernel_file.cpp"),
        (S, "code=1036(PidFileLock) : access to pid=./objs/srs.pid", "trunk/src/app/srs_app_threads.cpp"),
        (Z, "code=2003(Amf0Decode) : EOF invalid marker=0x3", "trunk/src/protocol/srs_protocol_amf0.cpp"),
        (Z, "code=1023(ConfigInvalid) : line 42: unexpected end of file, expecting \"}\"", "trunk/src/app/srs_app_config.cpp"),
        (U, "code=1023(ConfigInvalid) : illegal vhost.hls.hls_fragmnt of __defaultVhost__", "trunk/src/app/srs_app_config.cpp"),
        (N, "code=5009(RtcDtls) : handshake r0=-1, r1=1", "trunk/src/app/srs_app_rtc_dtls.cpp"),
        (A, "code=2015(SecurityDenied) : access denied", "trunk/src/app/srs_app_refer.cpp"),
        (U, "code=1028(StreamBusy) : rtmp: stream /live/livestream is busy", "trunk/src/app/srs_app_rtmp_conn.cpp"),
    ]:
        add(SR, p, typ, m)

    # --- meetecho/janus-gateway: JANUS_LOG(LOG_ERR, ...) texts and janus_get_api_error() ---
    JG = "meetecho/janus-gateway"
    for typ, m, p in [
        (N, "[4417654981127436] Handshake error: error:0A000418:SSL routines::tlsv1 alert unknown ca", "src/dtls.c"),
        (T, "[4417654981127436] DTLS taking too much time for component 1 in stream 1...", "src/dtls.c"),
        (N, "[4417654981127436] ICE failed for component 1 in stream 1...", "src/ice.c"),
        (A, "IP 10.0.0.12 is unauthorized to connect to the Janus API interface", "src/transports/janus_http.c"),
        (A, "Token 'f3a1c9e2b7d04a6e' can't access plugin 'janus.plugin.videoroom'", "src/janus.c"),
        (U, "Couldn't find any session 8132647736518122...", "src/janus.c"),
        (Z, "[4417654981127436] Couldn't parse SDP... Invalid m= line: m=video", "src/janus.c"),
        (S, "mkdir (/var/lib/janus/recordings) error: 13 (Permission denied)", "src/record.c"),
        (S, "Couldn't write .mjr header (0 != 8, No space left on device)", "src/record.c"),
        (A, "Unauthorized request (wrong or missing secret/token)", "src/apierror.c"),
    ]:
        add(JG, p, typ, m)
    # janus_srtp_error_str(7) == "srtp_err_status_auth_fail": the SRTP auth tag failed to verify
    add(JG, "src/ice.c", A,
        "[4417654981127436]     SRTP unprotect error: srtp_err_status_auth_fail (len=1232-->1232, ts=3623878144, seq=24117)",
        True)

    # --- arut/nginx-rtmp-module: ngx_log_error texts; nginx appends " (<errno>: <strerror>)" when err != 0,
    #     and ngx_rtmp_log_error appends ", client: <addr>, server: <addr>" ---
    NR = "arut/nginx-rtmp-module"
    for typ, m, p in [
        (S, "hls: open() failed: '/var/lib/nginx/hls/livestream.m3u8.bak' (13: Permission denied), client: 10.0.0.12, server: 0.0.0.0:1935",
         "hls/ngx_rtmp_hls_module.c"),
        (S, "hls: mkdir() failed on '/var/lib/nginx/hls/livestream' (28: No space left on device)", "hls/ngx_rtmp_hls_module.c"),
        (S, "record: rec1 failed to open file '/var/lib/nginx/rec/livestream-1718000000.flv' (13: Permission denied)",
         "ngx_rtmp_record_module.c"),
        (S, "record: rec1 lock failed (11: Resource temporarily unavailable)", "ngx_rtmp_record_module.c"),
        (T, "client timed out (110: Connection timed out), client: 10.0.0.12, server: 0.0.0.0:1935", "ngx_rtmp_handler.c"),
        (A, "access forbidden by rule, client: 10.0.0.12, server: 0.0.0.0:1935", "ngx_rtmp_access_module.c"),
        (U, "limit: too many connections: 1001 > 1000", "ngx_rtmp_limit_module.c"),
        (U, "live: already publishing", "ngx_rtmp_live_module.c"),
        (N, "relay: push failed name='livestream' app='live' playpath='livestream' url='10.0.0.12:1935/live'",
         "ngx_rtmp_relay_module.c"),
        (Z, "hls: aac header error", "hls/ngx_rtmp_hls_module.c"),
    ]:
        add(NR, p, typ, m)

    # --- Haivision/srt: srt_getlasterror_str() table and LOGC texts with CONID() "@<id>: " ---
    HS = "Haivision/srt"
    for typ, m, p in [
        (T, "Connection setup failure: connection timed out", "srtcore/strerror_defs.cpp"),
        (N, "Connection setup failure: connection rejected", "srtcore/strerror_defs.cpp"),
        (N, "Connection was broken", "srtcore/strerror_defs.cpp"),
        (S, "File system failure: failure in write", "srtcore/strerror_defs.cpp"),
        (N, "Operation not supported: Another socket is already listening on the same port", "srtcore/strerror_defs.cpp"),
        (U, "Operation not supported: Invalid socket ID", "srtcore/strerror_defs.cpp"),
        (T, "Non-blocking call failure: transmission timed out", "srtcore/strerror_defs.cpp"),
        (A, "@542671543: KMREQ FAILURE: BADSECRET - rejecting per enforced encryption", "srtcore/core.cpp"),
        (N, "@542671543: HS VERSION = 0, meaning the handshake has been rejected.", "srtcore/core.cpp"),
        (U, "srt_accept: socket @542671543 is not in listening state (forgot srt_listen?)", "srtcore/api.cpp"),
    ]:
        add(HS, p, typ, m)

    # --- ZLMediaKit/ZLMediaKit: SockException / std::runtime_error / invalid_argument texts (ZLMediaKit's own, English) ---
    ZL = "ZLMediaKit/ZLMediaKit"
    for typ, m, p in [
        (T, "play rtsp timeout", "src/Rtsp/RtspPlayer.cpp"),
        (T, "recv data from rtmp pusher timeout", "src/Rtmp/RtmpSession.cpp"),
        (T, "wait http response header timeout", "src/Http/HttpClient.cpp"),
        (A, "401 Unauthorized:password mismatch when md5 auth:5f4dcc3b5aa765d61d8327deb882cf99 != 0d107d09f5bbe40cade3de5c71e9e9b7",
         "src/Rtsp/RtspSession.cpp"),
        (A, "warpped_key unwrap fail, password may mismatch", "srt/Crypto.cpp"),
        (A, "handshake fail, reject resaon: Incorrect passphrase", "srt/SrtTransport.cpp"),
        (N, "dns resolution failed: rtp.example.net", "src/Rtp/RtpSender.cpp"),
        (S, "HttpFileStorage: fwrite failed, expected 65536, got 0", "src/Http/HttpBody.cpp"),
        (Z, "Expected an ECMA array", "src/Rtmp/amf.cpp"),
        (U, "media source already existed:rtsp://__defaultVhost__/live/cam01", "src/Common/MediaSource.cpp"),
        (U, "not supported play schema:ftp://10.0.0.12/live/cam01", "src/Player/PlayerBase.cpp"),
    ]:
        add(ZL, p, typ, m)

    # --- paullouisageneau/libdatachannel: exception texts and PLOG_ERROR lines ---
    LD = "paullouisageneau/libdatachannel"
    for typ, m, p in [
        (N, "DTLS handshake failed", "src/impl/dtlstransport.cpp"),
        (N, "TLS recv: Handshake failed: error:0A000086:SSL routines::certificate verify failed", "src/impl/tlstransport.cpp"),
        (N, "Resolution failed for \"signal.example.net:443\"", "src/impl/tcptransport.cpp"),
        (N, "TCP connection to 10.0.0.12:8443 failed, errno=111", "src/impl/tcptransport.cpp"),
        (N, "Unexpected response code 407 from HTTP proxy", "src/impl/httpproxytransport.cpp"),
        (U, "Too many DataChannels", "src/impl/peerconnection.cpp"),
        (Z, "Invalid candidate format", "src/candidate.cpp"),
        (Z, "Invalid ICE server URL: turn:turn.example.net:34x78", "src/configuration.cpp"),
        (U, "Got a remote candidate without remote description", "src/impl/peerconnection.cpp"),
        (U, "DataChannel ID does not exist", "src/capi.cpp"),
    ]:
        add(LD, p, typ, m)

    # --- gpac/gpac: gf_error_to_string() table and GF_LOG error texts ---
    GP = "gpac/gpac"
    for typ, m, p in [
        (N, "[HTTP] Disconnected from cdn.example.net: Connection to server closed", "src/utils/downloader.c"),
        (S, "Error writing data (No space left on device): 4096 blocks to write but 0 blocks written", "src/utils/os_file.c"),
        (S, "[FileOut] Write error, wrote 0 bytes but had 188 to write", "src/filters/out_file.c"),
        (N, "[SSL] Cannot connect, error error:0A000086:SSL routines::certificate verify failed", "src/ietf/rtsp_session.c"),
        (Z, "IsoMedia File is truncated", "src/utils/error.c"),
        (T, "UDP traffic timeout", "src/utils/error.c"),
        (U, "Bad configuration for the current context", "src/utils/error.c"),
        (Z, "Corrupted Data in file/stream", "src/utils/error.c"),
    ]:
        add(GP, p, typ, m)

    # --- FFmpeg/FFmpeg: av_strerror() table (libavutil/error.c) and av_log texts of the stored versions ---
    FF = "FFmpeg/FFmpeg"
    for typ, m, p in [
        (N, "Cannot read RTMP handshake response", "libavformat/rtmpproto.c"),
        (Z, "Chunk size change packet is not 4 bytes long (3)", "libavformat/rtmpproto.c"),
        (N, "Unable to negotiate TLS/SSL session", "libavformat/tls_openssl.c"),
        (Z, "Invalid data found when processing input", "libavutil/error.c"),
        (A, "Server returned 401 Unauthorized (authorization failed)", "libavutil/error.c"),
        (A, "Server returned 403 Forbidden (access denied)", "libavutil/error.c"),
        (N, "Server returned 5XX Server Error reply", "libavutil/error.c"),
        (U, "Decoder not found", "libavutil/error.c"),
        (U, "Not yet implemented in FFmpeg, patches welcome", "libavutil/error.c"),
    ]:
        add(FF, p, typ, m)
    # RTMP handshake: the server's HMAC-SHA256 digest over the handshake did not verify
    add(FF, "libavformat/rtmpproto.c", A, "Signature mismatch", True)

    # --- xiph/Icecast-Server: ICECAST_LOG_* texts and the errors.c message table ---
    IC = "xiph/Icecast-Server"
    for typ, m, p in [
        (N, "Failed to connect to 10.0.0.12:8000", "src/slave.c"),
        (N, "Header read failed for /relay.ogg (10.0.0.12:8000/live.ogg)", "src/slave.c"),
        (S, "Write to dump file failed, disabling", "src/source.c"),
        (S, "Failed to open authentication database \"/etc/icecast2/users.htpasswd\": Permission denied", "src/auth_htpasswd.c"),
        (Z, "Parse error in reading /etc/icecast2/icecast.xml", "src/cfgfile.c"),
        (U, "Client limit (100) is too small for given source limit (200)", "src/cfgfile.c"),
        (A, "Password required, but not given.", "src/auth_static.c"),
        (U, "Maximum listeners reached for this source", "src/errors.c"),
        (U, "Mountpoint in use", "src/errors.c"),
    ]:
        add(IC, p, typ, m)


# part_pg (Go profiling, tracing and APM backends and clients): parca-dev/parca, SigNoz/signoz, openzipkin/zipkin-go, DataDog/dd-trace-go, elastic/apm-server, apache/skywalking-banyandb, getsentry/sentry-go, google/pprof; newest snapshots via fetch, each wording read with `git show HEAD:<path>` in the file named per entry (the errors.New / fmt.Errorf / status.Errorf / logger format string and, where the error wraps another, the Error() of the wrapper), placeholders filled plausibly (inner Go stdlib errors in their usual text).
def _part_pg(add):
    _pg_parca(add)
    _pg_signoz(add)
    _pg_zipkin(add)
    _pg_ddtrace(add)
    _pg_apm_server(add)
    _pg_banyandb(add)
    _pg_sentry(add)
    _pg_pprof(add)


def _pg_parca(add):
    # parca-dev/parca @ 3b5647cd: fmt.Errorf / errors.New / gRPC status texts (status errors as a client logs them).
    R = "parca-dev/parca"
    for typ, m, p in [
        (N, "failed to create database: dial tcp 10.0.0.12:9000: connect: connection refused", "pkg/clickhouse/client.go"),
        (Z, "parsing YAML file /etc/parca/parca.yaml: yaml: line 14: mapping values are not allowed in this context", "pkg/config/config.go"),
        (U, "scrape timeout must be greater than the interval: stemedb-api", "pkg/config/config.go"),
        (N, "server error: 503 Service Unavailable", "pkg/debuginfo/debuginfod.go"),
        (Z, "unmarshal debuginfo metadata: proto: syntax error (line 1:88): unexpected token", "pkg/debuginfo/metadata.go"),
        (T, "rpc error: code = DeadlineExceeded desc = deadline is exceeded", "pkg/debuginfo/reader.go"),
        (U, "rpc error: code = InvalidArgument desc = upload size 2147483648 exceeds maximum allowed size 1000000000", "pkg/debuginfo/store.go"),
        (Z, "decompressing profile: gzip: invalid checksum", "pkg/normalizer/normalizer.go"),
        (S, "failed to open the file: open /var/lib/parca/debuginfo/7f3a9c1e2b4d/debuginfo: no such file or directory", "pkg/hash/hash.go"),
        (S, "failed to read bearer token from file: open /etc/parca/token: permission denied", "pkg/parca/parca.go"),
        (U, "rpc error: code = NotFound desc = no sources for this build id have been uploaded", "pkg/query/columnquery.go"),
    ]:
        add(R, p, typ, m)


def _pg_signoz(add):
    # SigNoz/signoz @ 9997c3da: pkg/errors base.Error() prints the New/Newf message (a Wrapf prints its cause, so none taken); fmt.Errorf texts.
    R = "SigNoz/signoz"
    for typ, m, p in [
        (A, "invalid email or password", "pkg/authn/passwordauthn/emailpasswordauthn/authn.go"),
        (A, "reset password token has expired", "pkg/modules/user/impluser/getter.go"),
        (A, "saml: expired saml response", "ee/authn/callbackauthn/samlcallbackauthn/authn.go"),
        (A, "only admins can access this resource", "pkg/http/middleware/authz.go"),
        (A, "token has not been used for too long", "pkg/types/authtypes/token.go"),
        (A, "unrecognized signing algorithm: none", "pkg/tokenizer/jwttokenizer/provider.go"),
        (T, "query timed out", "pkg/querier/promql_query.go"),
        (U, "key miss", "pkg/cache/rediscache/provider.go"),
        (N, "error while executing metric name query: read tcp 10.0.0.5:53412->10.0.0.12:9000: read: connection reset by peer", "pkg/query-service/app/clickhouseReader/reader.go"),
        (U, "prometheus::provider must be one of [clickhouse, clickhousev2], got \"victoriametrics\"", "pkg/prometheus/config.go"),
        (Z, "failed to decode response body: invalid character '<' looking for beginning of value", "ee/query-service/app/api/featureFlags.go"),
    ]:
        add(R, p, typ, m)


def _pg_zipkin(add):
    # openzipkin/zipkin-go @ 7c09a199: errors.New / fmt.Errorf texts and the reporters' logger.Printf lines.
    R = "openzipkin/zipkin-go"
    for typ, m, p in [
        (N, "host lookup failure: lookup zipkin.internal on 10.0.0.2:53: no such host", "endpoint.go"),
        (N, "failed to send the request: Post \"http://10.0.0.12:9411/api/v2/spans\": dial tcp 10.0.0.12:9411: connect: connection refused", "reporter/http/http.go"),
        (T, "failed to send the request: Post \"http://10.0.0.12:9411/api/v2/spans\": context deadline exceeded", "reporter/http/http.go"),
        (N, "failed the request with status code 503", "reporter/http/http.go"),
        (U, "backlog too long, disposing 250 spans", "reporter/http/http.go"),
        (Z, "failed when marshalling the spans batch: json: unsupported value: NaN", "reporter/http/http.go"),
        (N, "failed when publishing the span: Exception (504) Reason: \"channel/connection is not open\"", "reporter/amqp/amqp.go"),
        (Z, "invalid B3 TraceID header found", "propagation/b3/shared.go"),
        (Z, "invalid TraceID: has length 12 yet wanted length 16", "proto/zipkin_proto3/decode_proto.go"),
        (U, "rate should be 0.0 or between 0.0001 and 1: was 1.500000", "sample.go"),
    ]:
        add(R, p, typ, m)


def _pg_ddtrace(add):
    # DataDog/dd-trace-go @ a4bdff10: internal/log format strings (the "Datadog Tracer vX ERROR:" prefix left off) and error texts.
    R = "DataDog/dd-trace-go"
    for typ, m, p in [
        (N, "failure sending traces (attempt 5 of 6): Post \"http://localhost:8126/v0.4/traces\": dial tcp 127.0.0.1:8126: connect: connection refused", "ddtrace/tracer/writer.go"),
        (T, "lost 12 traces: Post \"http://10.0.0.12:8126/v0.4/traces\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)", "ddtrace/tracer/writer.go"),
        (U, "Lost a trace: span too large for buffer", "ddtrace/tracer/writer.go"),
        (U, "trace buffer full (100000 spans), dropping trace", "ddtrace/tracer/spancontext.go"),
        (Z, "invalid baggage item: \"session\", dropping entire header", "ddtrace/tracer/textmap.go"),
        (Z, "remoteconfig: http request error: could not parse the json response body: unexpected end of JSON input", "internal/remoteconfig/remoteconfig.go"),
        (U, "product ASM_FEATURES already registered via RegisterProduct", "internal/remoteconfig/remoteconfig.go"),
        (N, "Uploading profile failed: 503 Service Unavailable. Trying again in 37.218446219s...", "profiler/upload.go"),
        (U, "Datadog Agent is not accepting profiles. Agent-based profiling deployments require Datadog Agent >= 7.20", "profiler/upload.go"),
        (A, "agentless upload requires a valid API key - set the DD_API_KEY env variable to configure one", "profiler/profiler.go"),
        (U, "invalid upload timeout, must be > 0: 0s", "profiler/profiler.go"),
    ]:
        add(R, p, typ, m)


def _pg_apm_server(add):
    # elastic/apm-server @ 7c4e4d4e: errors.New / fmt.Errorf texts (wrapped sentinels as %w prints them).
    R = "elastic/apm-server"
    for typ, m, p in [
        (A, "authentication failed: improperly formatted ApiKey credentials: expected base64(ID:APIKey)", "internal/beater/auth/apikey.go"),
        (A, "unauthorized: API Key not permitted action \"sourcemap:write\"", "internal/beater/auth/apikey.go"),
        (S, "data path already locked by another beat. Please make sure that multiple beats are not sharing the same data path (path.data)", "internal/beatcmd/locker.go"),
        (U, "queue is full", "internal/publish/pub.go"),
        (N, "failed to reach elasticsearch: fetcher unavailable: Post \"https://10.0.0.12:9200/.apm-source-map/_search\": dial tcp 10.0.0.12:9200: connect: connection refused ", "internal/sourcemap/elasticsearch.go"),
        (N, "ES returned unknown status code: 502 Bad Gateway", "internal/sourcemap/elasticsearch.go"),
        (Z, "sourcemap malformed: invalid character 'x' looking for beginning of value", "internal/sourcemap/fetcher.go"),
        (S, "disk usage threshold 0.90: configured limit reached (current: 96636764160, limit: 96636764160)", "x-pack/apm-server/sampling/eventstorage/rw.go"),
        (Z, "failed to unmarshal request body: proto: cannot parse invalid wire-format data", "internal/beater/otlp/http.go"),
        (U, "the Elasticsearch license is expired", "internal/beater/beater.go"),
    ]:
        add(R, p, typ, m)


def _pg_banyandb(add):
    # apache/skywalking-banyandb @ 9ebac451: pkg/fs FileSystemError.Error() "File system return error: %s, error code: %d"
    # (codes: permission 2, write 5, flush 7, lock 9), gRPC status texts, errors.New / fmt.Errorf / pkg/errors.Wrap texts.
    R = "apache/skywalking-banyandb"
    for typ, m, p in [
        (S, "File system return error: Cannot lock file, file name: /var/lib/banyandb/measure/lock, error message: resource temporarily unavailable, error code: 9", "pkg/fs/local_file_system_linux.go"),
        (S, "File system return error: Sync file return error, file name: /var/lib/banyandb/measure/data/seg-20240612/shard-0/000000000001a2b3/metadata.json, error message: sync /var/lib/banyandb/measure/data/seg-20240612/shard-0/000000000001a2b3/metadata.json: input/output error, error code: 7", "pkg/fs/local_file_system.go"),
        (S, "File system return error: Write file error, file name: /var/lib/banyandb/stream/data/seg-20240612/shard-1/0000000000002f10/primary.bin, error message: write /var/lib/banyandb/stream/data/seg-20240612/shard-1/0000000000002f10/primary.bin: no space left on device, error code: 5", "pkg/fs/local_file_system.go"),
        (Z, "cannot unmarshal blockMetadata from less than 8 bytes", "banyand/measure/block_metadata.go"),
        (A, "rpc error: code = Unauthenticated desc = Invalid credentials", "banyand/liaison/grpc/auth.go"),
        (S, "config file /etc/banyandb/auth.yaml has unsafe permissions: 644 (expected 0600)", "banyand/liaison/pkg/auth/reloader.go"),
        (N, "failed to parse PEM certificate", "pkg/tls/reloader.go"),
        (T, "buffer timeout: missing chunks [3 4 5] after 30s", "banyand/queue/sub/chunked_sync.go"),
        (U, "database is closed", "banyand/internal/storage/tsdb.go"),
        (U, "measure-retention-low-watermark must be less than measure-retention-high-watermark", "banyand/measure/svc_data.go"),
        (U, "block scan quota exceeded: used 268435456 bytes, quota is 134217728 bytes", "banyand/stream/block_scanner.go"),
    ]:
        add(R, p, typ, m)


def _pg_sentry(add):
    # getsentry/sentry-go @ b818debe: debuglog.Printf lines, DsnParseError.Error() "[Sentry] DsnParseError: ...", fmt.Errorf texts.
    R = "getsentry/sentry-go"
    for typ, m, p in [
        (N, "There was an issue with sending an event: Post \"https://o4504.ingest.sentry.io/api/4505/envelope/\": dial tcp: lookup o4504.ingest.sentry.io on 10.0.0.2:53: no such host", "internal/http/transport.go"),
        (N, "Sending error [9c2f4b1e8d7a4c3b9e0f1a2b3c4d5e6f] failed with server error 503: Service Unavailable", "internal/util/util.go"),
        (U, "Event dropped due to transport buffer being full. event=9c2f4b1e8d7a4c3b9e0f1a2b3c4d5e6f type= level=error breadcrumbs=3 exceptions=1 tags=4 contexts=2 attachments=0", "transport.go"),
        (U, "Too many requests for \"error\", backing off till: 2026-05-14 10:32:11.123456789 +0000 UTC", "internal/http/transport.go"),
        (Z, "[Sentry] DsnParseError: invalid scheme", "internal/protocol/dsn.go"),
        (Z, "could not encode event as JSON, skipping delivery: json: unsupported type: chan int", "interfaces.go"),
        (T, "Failed to flush, buffer timed out.", "internal/http/transport.go"),
        (T, "scheduler stop timed out after 2s", "internal/telemetry/scheduler.go"),
        (U, "(*Client).CaptureException called with nil error", "client.go"),
        (U, "Too many spans: dropping spans from transaction with TraceID=4bf92f3577b34da6a3ce929d0e0e4736 SpanID=00f067aa0ba902b7 limit=1000", "span_recorder.go"),
    ]:
        add(R, p, typ, m)


def _pg_pprof(add):
    # google/pprof @ b9395ee1: fmt.Errorf / errors.New texts of the profile package, the driver and binutils.
    R = "google/pprof"
    for typ, m, p in [
        (Z, "parsing profile: unrecognized profile format", "profile/profile.go"),
        (Z, "parsing profile: concatenated profiles detected", "profile/encode.go"),
        (Z, "decompressing profile: unexpected EOF", "profile/profile.go"),
        (Z, "malformed profile: mismatch: sample has 3 values vs. 2 types", "profile/profile.go"),
        (U, "sample_index \"inuse\" must be one of: [alloc_objects alloc_space inuse_objects inuse_space]", "profile/index.go"),
        (N, "http fetch: Get \"http://10.0.0.12:6060/debug/pprof/profile?seconds=30\": dial tcp 10.0.0.12:6060: connect: connection refused", "internal/driver/fetch.go"),
        (T, "http fetch: Get \"http://10.0.0.12:6060/debug/pprof/profile?seconds=30\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)", "internal/driver/fetch.go"),
        (S, "error opening /usr/lib/debug/.build-id/ab/cdef0123456789.debug: open /usr/lib/debug/.build-id/ab/cdef0123456789.debug: no such file or directory", "internal/binutils/binutils.go"),
        (Z, "unrecognized binary format: /var/lib/stemedb/bin/stemedb-api", "internal/binutils/binutils.go"),
        (S, "failed to write settings: open /root/.config/pprof/settings.json: read-only file system", "internal/driver/settings.go"),
        (U, "-base and -diff_base flags cannot both be specified", "internal/driver/cli.go"),
    ]:
        add(R, p, typ, m)


# part_ph: Rust terminal emulators, TUI and terminal-handling libraries (alacritty/alacritty, crossterm-rs/crossterm, ratatui/ratatui, raphamorim/rio, ClementTsang/bottom, rust-cli/rexpect, zhiburt/expectrl, mikaelmello/inquire, gyscos/cursive, console-rs/indicatif, redox-os/termion), read from snapshots via fetch (git show HEAD:<path>); each message read in the file named per entry (Display / #[error] / io::Error::new text / log macro / panic text), placeholders filled plausibly; forked code (rio-window from winit, corcovado from mio, rio's copy of alacritty's tty wordings) left out.
def _part_ph(add):
    _ph_alacritty(add)
    _ph_crossterm_ratatui(add)
    _ph_rio_bottom(add)
    _ph_expect_libs(add)
    _ph_prompts_and_widgets(add)


def _ph_alacritty(add):
    R = "alacritty/alacritty"
    # config::Error Display + load_from / load_imports / imports log lines
    for typ, m in [
        (S, 'Unable to load config "/home/agent-0042/.config/alacritty/alacritty.toml": File not found'),
        (S, 'Unable to load config "/home/agent-0042/.config/alacritty/alacritty.toml": Error reading config file: Permission denied (os error 13)'),
        (Z, 'Unable to import config "/home/agent-0042/.config/alacritty/themes/dark.toml": Config error: TOML parse error at line 4, column 10\n  |\n4 | size = 11,5\n  |          ^\nexpected newline, `#`\n'),
        (U, "Exceeded maximum configuration import depth"),
    ]:
        add(R, "alacritty/src/config/mod.rs", typ, m)
    # PTY spawn / resize (alacritty_terminal tty)
    add(R, "alacritty_terminal/src/tty/unix.rs", S, "Failed to spawn command '/usr/local/bin/fish': No such file or directory (os error 2)")
    add(R, "alacritty_terminal/src/tty/unix.rs", U, "ioctl TIOCSWINSZ failed: Inappropriate ioctl for device (os error 25)")
    add(R, "alacritty_terminal/src/event_loop.rs", S, "Error reading from PTY in event loop: Input/output error (os error 5)")
    # IPC socket (`alacritty msg`; main returns Box<dyn Error>, printed in Debug form)
    for typ, m in [
        (N, 'Error: Custom { kind: ConnectionRefused, error: "invalid socket path \\"/run/user/1000/Alacritty-wayland-1-48211.sock\\"" }'),
        (N, 'Error: Custom { kind: NotFound, error: "no socket found" }'),
        (Z, "Failed to parse IPC message: EOF while parsing an object at line 1 column 42"),
        (N, "Failed to send IPC reply: Broken pipe (os error 32)"),
    ]:
        add(R, "alacritty/src/polling/ipc.rs", typ, m)
    add(R, "alacritty/src/renderer/shader.rs", U, "There was an error initializing the shaders: Failed compiling shader: 0:12(1): error: syntax error, unexpected NEW_IDENTIFIER")
    add(R, "alacritty_terminal/src/term/search.rs", U, "Regex exceeded complexity limit")


def _ph_crossterm_ratatui(add):
    R = "crossterm-rs/crossterm"
    add(R, "src/cursor/sys/unix.rs", T, "The cursor position could not be read within a normal duration")
    add(R, "src/terminal/sys/unix.rs", T, "The keyboard enhancement status could not be read within a normal duration")
    add(R, "src/event/sys/unix/parse.rs", Z, "Could not parse an event.")
    add(R, "src/event/read.rs", U, "Failed to initialize input reader")
    add(R, "src/event/source/unix/tty.rs", U, "Poll operation was woken up by `Waker::wake`")
    add(R, "src/clipboard.rs", U, "Copying is not implemented for the Windows API.")
    add(R, "src/event.rs", U, "Keyboard progressive enhancement not implemented for the legacy Windows API.")
    add(R, "src/terminal/sys/windows.rs", U, "terminal height 300 too large")
    add(R, "src/cursor/sys/windows.rs", U, "Argument Out of Range Exception when setting cursor position to X: -3")
    add(R, "src/style/types/color.rs", Z, "Could not serialize enum type")

    R = "ratatui/ratatui"
    add(R, "ratatui-core/src/buffer/buffer.rs", U, "index outside of buffer: the area is Rect { x: 0, y: 0, width: 80, height: 24 } but index is (80, 3)")
    add(R, "ratatui-core/src/layout/layout.rs", U, "invalid number of rects: expected 3, found 2")
    add(R, "ratatui-core/src/style/color.rs", Z, "Failed to parse Colors: data did not match any variant of untagged enum ColorFormat")
    add(R, "ratatui-core/src/style/anstyle.rs", U, "cannot convert Ratatui Color to RgbColor as it is not an RGB color")
    add(R, "ratatui-core/src/symbols/merge.rs", Z, "cannot parse &str `╬═` to BorderSymbol")
    add(R, "ratatui-crossterm/src/lib.rs", U, "ScrollUpInRegion command not supported for winapi")
    add(R, "ratatui-termina/src/lib.rs", U, "termina returned a non-cursor-position event")
    add(R, "ratatui-termina/src/lib.rs", U, "scroll region end cannot be 0")
    add(R, "ratatui-termwiz/src/lib.rs", U, "clear_type [CurrentLine] not supported with this backend")
    add(R, "ratatui/src/init.rs", U, 'failed to initialize terminal: Os { code: 6, kind: Uncategorized, message: "No such device or address" }')


def _ph_rio_bottom(add):
    R = "raphamorim/rio"
    add(R, "teletypewriter/src/unix/mod.rs", S, "openpty failed: Too many open files (os error 24)")
    add(R, "teletypewriter/src/unix/mod.rs", U, "forkpty failed using /bin/zsh")
    for typ, m in [
        (S, "could not create config directory: Permission denied (os error 13)"),
        (S, "could not create config file /home/agent-0042/.config/rio/config.toml: Read-only file system (os error 30)"),
        (S, "could not update config file with defaults: No space left on device (os error 28)"),
    ]:
        add(R, "rio-backend/src/config/mod.rs", typ, m)
    add(R, "frontends/rioterm/src/main.rs", S, "Failed to set working directory '/var/lib/stemedb/data/000123.sst': Path is not a directory. Using default instead.")
    add(R, "frontends/rioterm/src/main.rs", Z, "Failed to set working directory '/srv/stemedb/current': Invalid UTF-8 in path. Using default instead.")
    add(R, "frontends/rioterm/src/bindings/mod.rs", U, "error loading a key binding: \"unknown action 'SplitDown'\"")
    add(R, "frontends/rioterm/src/bindings/mod.rs", U, "error loading a key binding: \"Unable to find defined 'keycode'\"")
    add(R, "frontends/rioterm/src/global_hotkey.rs", U, "quake hotkey 'super+hyper+f12': unknown key or modifier 'hyper'")
    add(R, "frontends/rioterm/src/layout/mod.rs", U, "Grid is in an invalid state - no contexts available")

    R = "ClementTsang/bottom"
    add(R, "src/options.rs", U, "Configuration file error: have at least one widget under the '[[row]]' section.")
    add(R, "src/options.rs", U, "Argument error: '--rate' must be greater than 250ms")
    add(R, "src/options/error.rs", U, "Configuration file error: 'retention' was set with an invalid value, please update it in your config file.")
    add(R, "src/options/config/style.rs", U, "Error with the config file or the arguments: 'solarized' is an invalid built-in colour scheme.")
    add(R, "src/options/error.rs", S, "Error with the config file or the arguments: Permission denied (os error 13)")
    add(R, "src/options/error.rs", Z, "Configuration file error: TOML parse error at line 2, column 9\n  |\n2 | basic = 1\n  |         ^\ninvalid type: integer `1`, expected a boolean\n")
    add(R, "src/utils/process_killer.rs", A, "Error code 1 - the calling process does not have the permissions to terminate the target process(es).")
    add(R, "src/utils/process_killer.rs", U, "Error code 3 - the target process did not exist.")
    add(R, "src/collection/disks/unix/linux/partition.rs", S, 'statvfs had an issue getting info from "/mnt/backup"')
    add(R, "src/collection/processes/linux/process.rs", Z, "stat string is malformed")
    add(R, "src/widgets/process_table/query/prefix.rs", Z, "Missing closing parentheses")


def _ph_expect_libs(add):
    R = "rust-cli/rexpect"
    for typ, m in [
        (U, 'EOF (End of File): Expected "Password:" but got EOF after reading "" process terminated with "unknown"'),
        (N, "PipeError"),
        (T, 'Timeout Error: Expected "stemedb> " but got "Connecting to 10.0.0.12:7000...\\r\\n" (after waiting 30000 ms)'),
        (U, "The provided program name is empty."),
        (U, "Did not understand Ctrl-1"),
        (U, "Failed to send via MPSC channel"),
        (Z, "The provided program arguments cannot be parsed"),
    ]:
        add(R, "src/error.rs", typ, m)
    add(R, "src/session.rs", U, "could not run `exit` on child process")

    R = "zhiburt/expectrl"
    for typ, m in [
        (T, "Reached a timeout for expect type of command"),
        (U, "EOF was reached; the read may successed later"),
        (Z, "Can't parse a command string, please check it out"),
        (Z, "Can't parse a regex expression"),
    ]:
        add(R, "src/error.rs", typ, m)
    add(R, "src/stream/stdin.rs", U, "Unexpected error; failed to set a raw tty; ENOTTY: Not a typewriter")
    add(R, "src/stream/stdin.rs", S, "Unexpected error; failed to call tcsetattr; EIO: I/O error")


def _ph_prompts_and_widgets(add):
    R = "mikaelmello/inquire"
    add(R, "inquire/src/error.rs", U, "The input device is not a TTY")
    add(R, "inquire/src/prompts/select/prompt.rs", U, "The prompt configuration is invalid: Available options can not be empty")
    add(R, "inquire/src/prompts/select/prompt.rs", U, "The prompt configuration is invalid: Starting cursor index 5 is out-of-bounds for length 3 of options")
    add(R, "inquire/src/prompts/dateselect/prompt.rs", U, "The prompt configuration is invalid: Min date can not be greater than starting date")
    add(R, "inquire/src/error.rs", U, "Operation was canceled by the user")
    add(R, "inquire/src/error.rs", U, "Operation was interrupted by the user")
    # "IO error: Broken pipe (os error 32)" (inquire/src/error.rs) left out: a test-set text.

    R = "gyscos/cursive"
    add(R, "cursive-core/src/theme.rs", S, "An error occured when reading the theme file: No such file or directory (os error 2)")
    add(R, "cursive-core/src/theme.rs", Z, 'An error occured while parsing the theme TOML content: TOML parse error at line 7, column 14\n  |\n7 | background = "#1e1e2\n  |              ^\ninvalid basic string\n')
    add(R, "cursive/src/backends/curses/n.rs", U, "$TERM is unset. Cannot initialize ncurses interface.")
    add(R, "cursive/src/backends/curses/n.rs", U, 'cursive can only run with a tty: Os { code: 6, kind: Uncategorized, message: "No such device or address" }')
    add(R, "cursive-core/src/style/mod.rs", Z, "Could not parse the given color")
    add(R, "cursive-core/src/view/view_trait.rs", U, "View could not be found")
    add(R, "cursive-core/src/view/view_trait.rs", U, "View does not take focus")
    add(R, "cursive-core/src/printer.rs", U, "printer size exceeds backend size")

    R = "console-rs/indicatif"
    add(R, "src/style.rs", Z, "TemplateError: unexpected character 'x' in state Align")
    add(R, "src/style.rs", U, "at least 2 progress chars required")
    add(R, "src/in_memory.rs", U, "rows must be > 0")

    R = "redox-os/termion"
    add(R, "src/cursor.rs", T, "Cursor position detection timed out.")
    add(R, "src/event.rs", Z, "Input character is not valid UTF-8")


def holdout43(add):
    for part in (_part_pe, _part_pf, _part_pg, _part_ph):
        part(add)
