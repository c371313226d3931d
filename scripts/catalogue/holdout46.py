"""The forty-sixth blind batch: wordings from sources in no earlier batch.
Four helper sessions read them blind, beside the forty-seventh, with the same brief and conventions as
the earlier batches. Each wording was read in the file named beside it; fills
not read in the source are named in each part's note. build.py adds it to the
catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401


# Rust OpenPGP/age/Noise/secure-messaging sources (age-plugin-yubikey, wireapp core-crypto, matrix-rust-sdk crypto + sqlite + store-encryption, ruma signatures/identifiers, libsignal-service-rs, presage, magic-wormhole.rs, threema-gateway-rs, noise-rust): newest snapshots via fetch, read with git show HEAD:<path>; each message read in the file named per entry (thiserror #[error] texts, Display/Debug impls, Fluent .ftl strings with isolation off), placeholders filled plausibly.
def _part_re(add):
    _re_age_plugin_yubikey(add)
    _re_core_crypto(add)
    _re_matrix_rust_sdk(add)
    _re_ruma(add)
    _re_libsignal_service(add)
    _re_presage(add)
    _re_magic_wormhole(add)
    _re_threema_gateway(add)
    _re_noise_rust(add)


def _re_age_plugin_yubikey(add):
    # Snapshot 36290c7: Error's Debug impl (src/error.rs) and the plugin/key paths (src/plugin.rs,
    # src/key.rs) print Fluent messages from the en-US file below; main.rs sets use_isolating(false).
    R = "str4d/age-plugin-yubikey"
    P = "i18n/en-US/age_plugin_yubikey.ftl"
    for typ, m in [
        (A, "Failed to authenticate with the PIN-protected management key."),
        (U, "Invalid PIN policy 'sometimes' (expected [always, once, never])."),
        (U, "Invalid slot '23' (expected number between 1 and 20)."),
        (S, "Failed to set up YubiKey: Permission denied (os error 13)"),
        (U, "YubiKey with serial 15790512 has no empty slots."),
        (U, "Slot 3 does not contain an age identity or compatible key."),
        (A, "Invalid PIN (2 tries remaining before it is blocked)"),
        (T, "Timed out while waiting for YubiKey with serial 15790512 to be inserted"),
        (A, "Failed to decrypt YubiKey stanza"),
        (T, "Timed out while waiting for a YubiKey to be inserted."),
    ]:
        add(R, P, typ, m)


def _re_core_crypto(add):
    # Snapshot fcf147a: thiserror texts of the MLS conversation/session errors, the keystore and the
    # e2e-identity (ACME) errors.
    R = "wireapp/core-crypto"
    C = "crypto/src/mls/conversation/error.rs"
    for typ, m in [
        (U, "Message rejected by the delivery service. Reason: mls-stale-message"),
        (U, "Incoming message is from an epoch too far in the future to buffer."),
        (A, "An application message failed to decrypt"),
    ]:
        add(R, C, typ, m)
    add(R, "crypto/src/mls/session/error.rs", U,
        "A MLS operation was requested but MLS hasn't been initialized on this instance")
    add(R, "crypto/src/transaction_context/error.rs", U, "Couldn't find conversation")
    K = "keystore/src/error.rs"
    for typ, m in [
        (U, "cannot open a new transaction as there exists another transaction currently in progress"),
        (S, "failed to operate the cross-process transaction lock at /var/lib/stemedb/keystore/.cc_lock"),
        (A, "aead::Error: decrypting with nonce and aad"),
    ]:
        add(R, K, typ, m)
    add(R, "e2e-identity/src/error.rs", A, "Invalid OIDC RefreshToken supplied")
    add(R, "e2e-identity/src/acme/error.rs", Z, "Incorrect response from ACME server because Invalid directory response")
    add(R, "e2e-identity/src/acquisition/error.rs", N, "HTTP response is missing header 'replay-nonce'")


def _re_matrix_rust_sdk(add):
    # Snapshot 64b12e0: matrix-sdk-crypto OlmError/MegolmError/EventError/SignatureError/
    # SetRoomSettingsError/CryptoStoreError, matrix-sdk-sqlite OpenStoreError, matrix-sdk-store-encryption
    # Error. VerificationLevel Display read in matrix-sdk-common/src/deserialized_responses.rs.
    R = "matrix-org/matrix-rust-sdk"
    E = "crates/matrix-sdk-crypto/src/error.rs"
    for typ, m, sig in [
        (S, "failed to read or write to the crypto store No space left on device (os error 28)", False),
        (U, "encryption failed because the device does not have a valid Olm session with us", False),
        (A, "refusing to decrypt the event because the sender device was not verified and "
            "'exclude insecure devices' is enabled.", False),
        (A, "decryption failed because trust requirement not satisfied: The sender's identity was not verified", False),
        (A, "the sender of the plaintext doesn't match the sender of the encrypted message, "
            "got @mallory:evil.example, expected @alice:example.org", False),
        (A, "the given signature is not valid and can't be decoded", True),
        (U, "Encryption failed because cross-signing is not set up on your account", False),
    ]:
        add(R, E, typ, m, sig)
    add(R, "crates/matrix-sdk-crypto/src/store/error.rs", Z,
        "The database format changed in an incompatible way, current version: 14, latest version: 12")
    SQ = "crates/matrix-sdk-sqlite/src/error.rs"
    add(R, SQ, S, "Failed to create the database's parent directory: Permission denied (os error 13)")
    add(R, SQ, S, "Failed to load the store cipher from the DB: database is locked")
    SE = "crates/matrix-sdk-store-encryption/src/lib.rs"
    add(R, SE, Z, "Unsupported ciphertext version, expected `2`, got `3`")
    add(R, SE, A, "Error encrypting or decrypting a value: `aead::Error`")


def _re_ruma(add):
    # Snapshot 0908aaa: ruma-signatures VerificationError/JsonError (error.rs) and the ed25519 errors
    # (ed25519.rs; inner ed25519-dalek texts filled); Base64DecodeError Display in
    # ruma-common/src/serde/base64.rs; identifier errors in ruma-identifiers-validation.
    R = "ruma/ruma"
    ED = "crates/ruma-signatures/src/ed25519.rs"
    add(R, ED, A, "ed25519 signature verification failed: signature error: Verification equation was not satisfied", True)
    add(R, ED, A, "Invalid ed25519 signature length: expected 64, found 63", True)
    add(R, ED, A, "Invalid ed25519 public key: signature error: Cannot decompress Edwards point")
    add(R, ED, A, "invalid ed25519 secret key length: expected 32, found 48")
    ER = "crates/ruma-signatures/src/error.rs"
    for typ, m in [
        (U, "signature uses an unsupported algorithm"),
        (A, 'Could not find signatures for entity "matrix.example.org"'),
        (Z, "Could not parse base64-encoded signature at `path`: invalid base64 encoding: Invalid padding"),
        (Z, "Could not parse event ID: leading sigil is incorrect or missing"),
        (U, "Invalid JSON: PDU is larger than maximum of 65535 bytes"),
    ]:
        add(R, ER, typ, m)
    add(R, "crates/ruma-identifiers-validation/src/error.rs", Z,
        "server name is not a valid IP address or domain name")


def _re_libsignal_service(add):
    # Snapshot dc0720a: ServiceError (src/push_service/error.rs) with the reasons passed in
    # receiver.rs, websocket/mod.rs and cipher.rs; AttachmentCipherError, ProvisioningError,
    # GroupDecodingError and MessageSenderError texts.
    R = "whisperfish/libsignal-service-rs"
    PS = "src/push_service/error.rs"
    for typ, m in [
        (T, "Service request timed out: too many retries"),
        (N, "Websocket closing: WebSocket closing while waiting for a response"),
        (Z, "Invalid frame: unknown frame type"),
        (A, "Authorization failed"),
        (U, "Rate limit exceeded: retry after PT60S"),
        (N, "Unexpected response: HTTP 502 Bad Gateway: upstream connect error or disconnect/reset before headers"),
        (U, "Device limit reached: 5 out of 5 devices."),
    ]:
        add(R, PS, typ, m)
    add(R, "src/attachment_cipher.rs", A, "MAC verification error", True)
    add(R, "src/provisioning/mod.rs", A, "mismatched MAC", True)
    add(R, "src/groups_v2/operations.rs", A, "zero-knowledge group verification failure")
    add(R, "src/sender.rs", U, "Exceeded maximum number of retries")


def _re_presage(add):
    # Snapshot 9420827: presage::Error (presage/src/errors.rs); inner texts filled from
    # libsignal-service-rs (AttachmentCipherError).
    R = "whisperfish/presage"
    P = "presage/src/errors.rs"
    for typ, m, sig in [
        (A, "captcha from https://signalcaptchas.org/registration/generate.html required", False),
        (S, "input/output error: No space left on device (os error 28)", False),
        (U, "this client is not yet registered, please register or link as a secondary device", False),
        (U, "message pipe not started, you need to start receiving messages before you can send anything back", False),
        (N, "receiving pipe was interrupted", False),
        (A, "failed to decrypt attachment: MAC verification error", True),
        (Z, "attachment sha256 checksum did not match", False),
        (A, "Unverified registration session (i.e. wrong verification code)", False),
    ]:
        add(R, P, typ, m, sig)


def _re_magic_wormhole(add):
    # Snapshot 41d78ae: WormholeError (src/core.rs), RendezvousError (src/core/rendezvous.rs, server
    # error "crowded" as in core/test.rs), TransitConnectError/StunError (src/transit.rs),
    # TransferError (src/transfer.rs), uri errors (src/uri.rs).
    R = "magic-wormhole/magic-wormhole.rs"
    CO = "src/core.rs"
    add(R, CO, A, "Key confirmation failed. If you didn't mistype the code, this is a sign of an attacker "
                  "guessing passwords. Please try again some time later.")
    add(R, CO, A, "Cannot decrypt a received message")
    add(R, CO, Z, "Corrupt message received from peer")
    add(R, CO, N, "Error with the rendezvous server connection")
    RV = "src/core/rendezvous.rs"
    add(R, RV, N, "Received error message from server: crowded")
    TR = "src/transit.rs"
    add(R, TR, N, "All (relay) handshakes failed or timed out; could not establish a connection with the peer")
    add(R, TR, N, "No IPv4 addresses were found for the selected STUN server")
    add(R, TR, Z, "Invalid TCP hint endpoint: 'relay.magic-wormhole.io' (Does it have hostname and port?)")
    TF = "src/transfer.rs"
    add(R, TF, Z, "Receive checksum error")
    add(R, TF, S, "The file(s) to send got modified during the transfer, and thus corrupted")
    add(R, "src/uri.rs", Z, "Wrong URI scheme, must be 'wormhole-transfer' but was 'https'")


def _re_threema_gateway(add):
    # Snapshot afa0d86: ApiError/CryptoError/ApiBuilderError (src/errors.rs); the Other/ParseError/BadKey
    # strings built in src/connection.rs, src/receive.rs and src/crypto.rs.
    R = "dbrgn/threema-gateway-rs"
    E = "src/errors.rs"
    for typ, m, sig in [
        (A, "bad credentials", False),
        (U, "no credits", False),
        (U, "target ID not found", False),
        (N, "internal server error", False),
        (A, "missing private key", False),
    ]:
        add(R, E, typ, m, sig)
    add(R, "src/connection.rs", N, "other: Bad response status code: 503 Service Unavailable")
    add(R, "src/receive.rs", Z, "parse error: Missing request body field: nonce")
    add(R, "src/crypto.rs", A, "bad key: Key has wrong size: 31 instead of 32")


def _re_noise_rust(add):
    # Snapshot ffb4de5 (noise-protocol crate): handshake Error's Display is its Debug form
    # ("{:?}" of struct Error { kind }); panics/asserts in handshakestate.rs.
    R = "blckngm/noise-rust"
    H = "noise-protocol/src/handshakestate.rs"
    for typ, m in [
        (A, "Error { kind: Decryption }"),
        (A, "Error { kind: DH }"),
        (U, "Error { kind: NeedPSK }"),
        (Z, "Error { kind: TooShort }"),
        (U, "Unexpected token in pre message"),
        (U, "assertion failed: self.is_write_turn()"),
    ]:
        add(R, H, typ, m)


# part_rf: C/C++ VPN, IPsec and tunnelling software (WireGuard/wireguard-tools, OpenVPN/openvpn3, openiked/openiked-portable, accel-ppp/accel-ppp, yarrick/iodine, shadowsocks/shadowsocks-libev, xelerance/xl2tpd, ppp-project/ppp): snapshots via fetch (git archive / git show HEAD:<path>), each message read at its log/print site in the file named per entry (format string plus the prefix the logger or macro adds: perror/warn ": strerror", iked's "spi=%s: %s" and __func__, openvpn3's exception labels, xl2tpd's __FUNCTION__), placeholders filled plausibly (strerror / gai_strerror / asio / OpenSSL 3 texts for the inner errors).
def _part_rf(add):
    _rf_wireguard_tools(add)
    _rf_openvpn3(add)
    _rf_openiked(add)
    _rf_accel_ppp(add)
    _rf_iodine(add)
    _rf_shadowsocks_libev(add)
    _rf_xl2tpd(add)
    _rf_pppd(add)


def _rf_wireguard_tools(add):
    # wg(8) and wg-quick(8): fprintf(stderr, ...) / perror() in src/*.c, die() ("$PROGRAM: $*") in wg-quick/linux.bash.
    R = "WireGuard/wireguard-tools"
    for typ, m in [(N, "Name or service not known: `node2.stemedb.internal:51820'"),
                   (N, "Temporary failure in name resolution: `vpn.stemedb.internal:51820'. Trying again in 1.20 seconds..."),
                   (Z, "Key is not the correct length or format: `q2kZ7wYx9bQ='"),
                   (Z, "Unable to find port of endpoint: `10.0.0.12'"),
                   (Z, "AllowedIP is not in the correct format: `10.0.0.0/33'"),
                   (U, "A peer is missing a public key"),
                   (U, "Persistent keepalive interval is neither 0/off nor 1-65535: `70000'")]:
        add(R, "src/config.c", typ, m)
    add(R, "src/setconf.c", S, "fopen: No such file or directory")
    add(R, "src/wg.c", U, "Invalid subcommand: `shw'")
    add(R, "src/wg-quick/linux.bash", S, "wg-quick: `/etc/wireguard/wg0.conf' does not exist")
    add(R, "src/wg-quick/linux.bash", U, "wg-quick: `wg0' already exists")


def _rf_openvpn3(add):
    # OpenVPN 3 core library (C++): OPENVPN_LOG sites and exception what() texts (OPENVPN_EXCEPTION labels, option_error's add_label).
    R = "OpenVPN/openvpn3"
    add(R, "openvpn/transport/client/udpcli.hpp", N,
        "Transport Error: DNS resolve error on 'vpn.stemedb.internal' for UDP session: Host not found (authoritative)")
    add(R, "openvpn/transport/client/tcpcli.hpp", N,
        "Transport Error: TCPv4 connect error on 'vpn.stemedb.internal:443' (10.0.0.12:443): Connection refused")
    add(R, "openvpn/transport/tcplinkcommon.hpp", N, "TCP recv error: Connection reset by peer")
    add(R, "openvpn/client/cliconnect.hpp", T, "Server poll timeout, trying next remote entry...")
    add(R, "openvpn/client/cliproto.hpp", T, "Session invalidated: HANDSHAKE_TIMEOUT")
    add(R, "openvpn/transport/client/httpcli.hpp", A,
        "Proxy Error: on proxy.stemedb.internal:3128: HTTP proxy credentials were not accepted")
    add(R, "openvpn/transport/client/httpcli.hpp", N,
        "Proxy Error: on proxy.stemedb.internal:3128: HTTP proxy server could not connect to OpenVPN server")
    add(R, "openvpn/openssl/ssl/sslctx.hpp", N, "VERIFY FAIL -- verify-x509-name failed")
    add(R, "openvpn/openssl/sign/verify.hpp", A,
        "OpenSSLSign::verify: verification failed: error:02000068:rsa routines::bad signature", True)
    add(R, "openvpn/ssl/proto.hpp", U,
        "ERR_PROFILE_OPTION: option_error: app_send: sent control message is too large")
    add(R, "openvpn/ssl/proto.hpp", U,
        "ERR_PROFILE_OPTION: option_error: Problem accepting server-pushed cipher 'CAMELLIA-128-GCM': crypto_alg: CAMELLIA-128-GCM: not found")


def _rf_openiked(add):
    # OpenIKED (iked): log_info/log_warnx/log_warn (log_warn appends ": strerror"); SPI_SA() renders "spi=0x%016llx: <func>";
    # sa_free() in policy.c logs "%s: %s" with the reason set by ikev2_ike_sa_setreason() at the site named.
    R = "openiked/openiked-portable"
    sp = "spi=0x3f2a9c1d7e8b4a60"
    add(R, "iked/ikev2.c", T, sp + ": sa_free: SA_INIT timeout")
    add(R, "iked/ikev2_msg.c", T, sp + ": sa_free: retransmit limit reached")
    add(R, "iked/ikev2.c", A, sp + ": ikev2_auth_verify: ikev2_msg_authverify failed", True)
    add(R, "iked/ikev2.c", A, sp + ": ikev2_send_auth_failed: authentication failed for FQDN/node2.stemedb.internal")
    add(R, "iked/ikev2.c", A, sp + ": ikev2_resp_ike_eap_mschap: 'alice' authentication failed")
    add(R, "iked/ikev2.c", N, sp + ": ikev2_dispatch_cert: peer certificate is invalid")
    add(R, "iked/ikev2.c", U, sp + ": ikev2_ike_auth_recv: policy mismatch")
    add(R, "iked/ikev2.c", U, sp + ": ikev2_init_recv: failed to negotiate IKE SA")
    add(R, "iked/ikev2.c", N,
        "ikev2_ike_sa_keepalive: sendtofrom: peer 10.0.0.12:4500 local 10.0.0.11:4500: Network is unreachable")
    add(R, "iked/ca.c", S, "ca_reload: failed to load ca file stemedb-ca.pem: Permission denied")
    add(R, "iked/ca.c", Z, sp + ": ca_decode_cert_bundle: short len 112 < datalen 1024")
    add(R, "iked/ikev2_msg.c", A, "ikev2_msg_decrypt: decryption failed.")


def _rf_accel_ppp(add):
    # accel-pppd (PPTP/L2TP/SSTP/PPPoE concentrator): log_error/log_warn/log_ppp_* format strings; l2tp.c's log_tunnel/log_session prefixes.
    R = "accel-ppp/accel-ppp"
    for typ, m, sig in [(A, "sstp: invalid Compound MAC", True),
                        (T, "sstp: negotiation timeout", False),
                        (Z, "recv [SSTP invalid version 0x02]", False),
                        (S, "sstp: ssl-pemfile error: error:80000002:system library::No such file or directory", False)]:
        add(R, "accel-pppd/ctrl/sstp/sstp.c", typ, m, sig)
    add(R, "accel-pppd/auth/auth_chap_md5.c", A, "chap-md5: challenge response mismatch")
    L = "accel-pppd/ctrl/l2tp/l2tp.c"
    add(R, L, A, "l2tp tunnel 3-7 (10.0.0.12:1701): impossible to authenticate peer: invalid Challenge Response sent by peer (wrong secret)")
    add(R, L, T, "l2tp tunnel 3-7 (10.0.0.12:1701): no acknowledgement from peer after 5 retransmissions, deleting tunnel")
    add(R, L, U, "l2tp: connection limits reached, discarding SCCRQ from 10.0.0.12:1701")
    add(R, "accel-pppd/radius/packet.c", Z, "radius:packet: short packet received 120, expected 64")
    add(R, "accel-pppd/radius/req.c", N, "radius: server(1) not responding")
    add(R, "accel-pppd/radius/dict.c", S, "radius: open dictionary '/usr/share/accel-ppp/radius/dictionary': No such file or directory")
    add(R, "accel-pppd/radius/dm_coa.c", A, "radius:dm_coa: RA validation failed", True)


def _rf_iodine(add):
    # iodine / iodined (IP over DNS): warnx/warn/err (prefixed with the program name; warn/err append ": strerror"), fprintf(stderr) and syslog.
    R = "yarrick/iodine"
    for typ, m in [(N, "iodine: Got NXDOMAIN as reply: domain does not exist"),
                   (T, "iodine: No downstream data received in 60 seconds, shutting down."),
                   (U, "iodine: Server full, all 16 slots are taken. Try again later"),
                   (A, "Bad password"),
                   (Z, "Received bad handshake"),
                   (N, "iodine: No suitable DNS query type found. Are you connected to a network?")]:
        add(R, "src/client.c", typ, m)
    add(R, "src/iodined.c", A, "rejected login request from user #0 from 10.0.0.12, bad password")
    add(R, "src/common.c", S, "iodined: do_pidfile: Can not write pidfile to /var/run/iodined.pid: Permission denied")
    add(R, "src/tun.c", S, "iodine: open_tun: /dev/net/tun: No such file or directory")
    add(R, "src/iodine.c", U, "iodine: Invalid topdomain: Contains illegal character (allowed: [a-zA-Z0-9-.])")
    add(R, "src/iodine.c", N, "iodine: Cannot lookup nameserver 'ns.stemedb.internal': Name or service not known")


def _rf_shadowsocks_libev(add):
    # shadowsocks-libev (C): LOGE/FATAL format strings; ERROR(s) logs "%s: %s" with strerror(errno); report_addr() logs "failed to handshake with %s: %s".
    R = "shadowsocks/shadowsocks-libev"
    add(R, "src/server.c", A, "failed to handshake with 10.0.0.12: authentication error")
    add(R, "src/server.c", Z, "failed to handshake with 10.0.0.12: invalid address type")
    add(R, "src/server.c", T, "TCP connection timeout")
    add(R, "src/server.c", N, "unable to resolve node2.stemedb.internal")
    add(R, "src/aead.c", A, "crypto: AEAD: repeat salt detected")
    add(R, "src/aead.c", U, "Invalid cipher name: rc4-md5, use chacha20-ietf-poly1305 instead")
    add(R, "src/local.c", N, "connect: Connection refused")
    add(R, "src/local.c", U, "plugin service exit unexpectedly")
    add(R, "src/jconf.c", Z, "invalid config file: option 'fast_open' must be a boolean")
    add(R, "src/jconf.c", S, "Failed to read the config file.")
    add(R, "src/udprelay.c", U, "[udp] drop a message since frag is not 0, but 1")


def _rf_xl2tpd(add):
    # xl2tpd: l2tp_log(LOG_*, "%s: ...", __FUNCTION__, ...) format strings; the close reason comes from set_error() texts.
    R = "xelerance/xl2tpd"
    add(R, "control.c", A, "control_finish: Connection closed to 10.0.0.12, port 1701 (Invalid challenge authentication), Local: 31415, Remote: 27182")
    add(R, "control.c", A, "control_finish: Invalid authentication for host 'lns.stemedb.internal'")
    add(R, "control.c", A, "control_finish: No secret for 'node2'")
    add(R, "network.c", N, "network_thread: recvfrom returned error 111 (Connection refused)")
    add(R, "network.c", N, "init_network: Unable to bind socket: Address already in use. Terminating.")
    add(R, "aaa.c", S, "get_secret : Unable to open '/etc/xl2tpd/l2tp-secrets' for authentication")
    add(R, "avp.c", U, "handle_avps:  don't know how to handle mandatory attribute 58.  Closing tunnel.")
    add(R, "avp.c", Z, "handle_avps: AVP with too small of size (4).")
    add(R, "xl2tpd.c", N, "Host name lookup failed for lns.stemedb.internal.")
    add(R, "file.c", Z, "parse_config: line 12: Unknown field 'mtu'")


def _rf_pppd(add):
    # pppd (used under PPTP/L2TP tunnels): error/warn/notice format strings (%m = strerror(errno), %q = the string unquoted-escaped).
    R = "ppp-project/ppp"
    add(R, "pppd/chap.c", T, "CHAP authentication timed out")
    add(R, "pppd/chap.c", A, "Peer node2 failed CHAP authentication")
    add(R, "pppd/chap.c", A, "No CHAP secret found for authenticating node2")
    add(R, "pppd/auth.c", S, "Can't open chap secret file /etc/ppp/chap-secrets: Permission denied")
    add(R, "pppd/auth.c", U, "Traffic limit reached. Limit: 1073741824 Used: 1073741950")
    add(R, "pppd/eap.c", T, "EAP: timeout waiting for Request from peer")
    add(R, "pppd/eap.c", Z, "EAP: packet has illegal length field 1500 (4..1496)")
    add(R, "pppd/eap.c", A, "EAP: peer reports authentication failure")
    add(R, "pppd/lcp.c", N, "Serial link appears to be disconnected.")
    add(R, "pppd/lcp.c", U, "Protocol-Reject for unsupported protocol 'IPv6 Control Protocol' (0x8057)")
    add(R, "pppd/main.c", S, "Failed to create pid file /run/ppp0.pid: Read-only file system")


# part_rg: Go reverse proxies, API gateways and tunnelling tools (inlets/inlets, ehang-io/nps, go-gost/x, elazarl/goproxy, megaease/easegress, mosn/mosn, nadoo/glider, ngrok/ngrok-go, yyyar/gobetween); snapshots via fetch, each wording read with git show HEAD:<path> in the file named per entry (errors.New / fmt.Errorf / Error() methods and the logger calls that print them, with the logger's own prefix where it adds one), placeholders (hosts, ports, ids, paths) and inner Go errors (net.OpError, os.PathError texts) filled plausibly; fills not read in these sources: ngrok's server-side authtoken text (the usual ERR_NGROK_105 wording) and gobetween's LXD "not authorized". Copied code was left out: mosn's forks of crypto/tls and x/net/http2, goproxy's fork of net/http transport, glider's copy of smux and of x/net/proxy's SOCKS5 client.
def _part_rg(add):
    # --- inlets/inlets: CLI validation (cmd/*.go) and the client's upstream filter (pkg/client/client.go) ---
    R = "inlets/inlets"
    for typ, m, p in [
        (U, "if you need multiple upstream values, upgrade to inlets PRO", "cmd/client.go"),
        (U, "upstream is missing in the client argument", "cmd/client.go"),
        (U, "--url should be prefixed with ws:// (insecure) or wss:// (secure)", "cmd/client.go"),
        (U, "the --port and --control-port cannot be the same value", "cmd/server.go"),
        (Z, "Error parsing: http://10.0.0.12:%zz/, skipping.", "pkg/client/client.go"),
    ]:
        add(R, p, typ, m)

    # --- ehang-io/nps: bridge, client and server errors (errors.New texts and beego logs.* lines) ---
    R = "ehang-io/nps"
    for typ, m, p in [
        (A, "The ip 10.0.0.31 is not in the validation list", "bridge/bridge.go"),
        (N, "the client 3 is not connect", "bridge/bridge.go"),
        (A, "secret error, failed to match the key successfully", "bridge/bridge.go"),
        (A, "Validation key 7n2k4x9pq3 incorrect", "client/control.go"),
        (N, "connect to the target failed, maybe the nat type is not support p2p", "client/control.go"),
        (N, "The connection server failed and will be reconnected in five seconds, error dial tcp 10.0.0.12:8024: connect: connection refused", "client/client.go"),
        (U, "web login username duplicate, please reset", "lib/file/db.go"),
        (N, "all inward-bending targets are offline", "lib/file/obj.go"),
        (S, "rename /etc/nps/conf/clients.json.tmp /etc/nps/conf/clients.json: permission denied store to file err, data will lost", "lib/file/file.go"),
        (A, "401 Unauthorized", "server/proxy/base.go"),
        (U, "Connections exceed the current client limit", "server/proxy/base.go"),
    ]:
        add(R, p, typ, m)

    # --- go-gost/x: GOST v3 core (config parsing, connectors, handlers, limiters, util) ---
    R = "go-gost/x"
    for typ, m, p in [
        (N, "fetch config from https://config.example.com/gost.yaml: 503 Service Unavailable", "config/parsing/parser/parser.go"),
        (U, "config from https://config.example.com/gost.yaml exceeds maximum size 10485760", "config/parsing/parser/parser.go"),
        (A, "ss: auth is required", "connector/ss/connector.go"),
        (N, "get socks5 UDP tunnel failure", "connector/socks/v5/connector.go"),
        (A, "relay: unauthorized", "handler/relay/handler.go"),
        (S, "file handler: directory \"/srv/gost/files\": stat /srv/gost/files: no such file or directory", "handler/file/handler.go"),
        (N, "socks5 udp: DNS resolution failed for db.internal.example.com", "handler/socks/v5/udp.go"),
        (N, "resolver: domain node2.internal does not exist", "internal/net/resolve.go"),
        (N, "http probe: expected status 200, got 503", "internal/probe/probe.go"),
        (A, "password rejected for admin", "internal/util/ssh/ssh.go"),
        (A, "unknown public key for \"deploy\"", "internal/util/ssh/ssh.go"),
        (U, "quota: traffic limit reached", "limiter/quota/limiter.go"),
    ]:
        add(R, p, typ, m)

    # --- elazarl/goproxy: ProxyCtx.Warnf / Logf lines ("[%03d] WARN: " / "INFO: " prefix from ctx.go) and package errors ---
    R = "elazarl/goproxy"
    for typ, m, p in [
        (N, "[012] WARN: Error dialing to api.example.com:443: dial tcp 10.0.0.12:443: connect: connection refused", "https.go"),
        (N, "[012] WARN: Cannot handshake client api.example.com:443 remote error: tls: unknown certificate authority", "https.go"),
        (N, "[012] WARN: Cannot read response from mitm'd server unexpected EOF", "https.go"),
        (N, "[007] WARN: Cannot sign host certificate with provided CA: unsupported key type *dsa.PrivateKey", "https.go"),
        (Z, "invalid H2 frame", "h2.go"),
        (U, "only RSA, ED25519 and ECDSA keys supported", "internal/signer/counterecryptor.go"),
        (U, "This is a proxy server. Does not respond to non-proxy requests.", "proxy.go"),
        (Z, "[021] WARN: Cannot convert from windows-1251 to utf-8: not found", "ext/html/html.go"),
    ]:
        add(R, p, typ, m)

    # --- megaease/easegress: cluster (etcd) start-up, proxy/validator filters, request signer, autocert storage ---
    R = "megaease/easegress"
    for typ, m, p in [
        (T, "start server timeout(10m0s)", "pkg/cluster/cluster.go"),
        (U, "cluster names mismatch, local(eg-prod) != existed(eg-default)", "pkg/cluster/cluster.go"),
        (U, "one and only one mainPool is required", "pkg/filters/proxy/proxy.go"),
        (A, "oauth2 authorization failed, token is inactive", "pkg/filters/validator/oauth2.go"),
        (A, "unexpected signing method: HS384", "pkg/filters/validator/jwt.go"),
        # "signature expired" (pkg/util/signer/signer.go) left out: the catalogue holds the same text (gpg/libgpg-error).
        (A, "access-key-id not found", "pkg/util/signer/signer.go"),
        (N, "expired certificate", "pkg/object/autocertmanager/storage.go"),
        (N, "not 2xx status code: 502", "pkg/filters/remotefilter/remotefilter.go"),
        (U, "no data for key /custom-data/credentials/agent-0042 found", "pkg/filters/headerlookup/headerlookup.go"),
        (U, "wasm code hasn't export function 'wasm_run'", "pkg/filters/wasmhost/vm.go"),
    ]:
        add(R, p, typ, m)
    # "signature verification failed" (pkg/util/signer/signer.go, sig) left out: the catalogue holds the same text (RustCrypto/signatures).

    # --- mosn/mosn: MOSN's own network, protocol, tls-hook and server code (log.DefaultLogger lines and errors) ---
    R = "mosn/mosn"
    for typ, m, p in [
        (T, "write trylock has timeout", "pkg/types/network.go"),
        (N, "connection has closed", "pkg/types/network.go"),
        (Z, "deserialize exception occurs", "pkg/types/constant.go"),
        (N, "[network] [read loop] Error on read. Connection = 1034, Local Address = 10.0.0.5:2045, Remote Address = 10.0.0.12:51234, err = read tcp 10.0.0.5:2045->10.0.0.12:51234: read: connection reset by peer", "pkg/network/connection.go"),
        (N, "[network] [dns] resolve addr: registry.internal.example.com failed.", "pkg/network/dns.go"),
        (Z, "[xprotocol][dubbo] decode framework version fail: EOF", "pkg/protocol/xprotocol/dubbo/decoder.go"),
        (Z, "magic value is not same", "pkg/filter/network/tunnel/protocol.go"),
        (N, "load ca certificate error: no certificate", "pkg/mtls/confighook.go"),
        (T, "feature XdsMtlsEnable subscribe timeout 3000000000", "pkg/featuregate/feature_gate.go"),
        (U, "[upstream] [cluster manager] cluster serverCluster is not found", "pkg/upstream/cluster/cluster_manager.go"),
        (S, "write pid file error: open /home/admin/mosn/logs/mosn.pid: permission denied", "pkg/server/pid/pid.go"),
    ]:
        add(R, p, typ, m)

    # --- nadoo/glider: DNS forwarder and its message parser, proxy clients/servers (log.F lines and errors) ---
    R = "nadoo/glider"
    for typ, m, p in [
        (N, "[dns] error in resolving example.com., failed to connect to server 1.1.1.1:53 via DIRECT: dial udp 1.1.1.1:53: connect: network is unreachable, next server: 8.8.8.8:53", "dns/client.go"),
        (Z, "wrong record format, must contain '/'", "dns/client.go"),
        (Z, "UnmarshalRR: not enough data for RDATA", "dns/message.go"),
        (Z, "UnmarshalDomainTo: label size larger than 63", "dns/message.go"),
        (N, "dial failed, maybe the interface link is down, please check it", "proxy/direct.go"),
        (A, "[http] authencation needed by proxy 10.0.0.12:8080", "proxy/http/client.go"),
        (A, "[http] auth failed from 10.0.0.31:52144, auth info: alice:wrongpass", "proxy/http/server.go"),
        (U, "unknown crypt type 'chacha'", "proxy/kcp/kcp.go"),
        (Z, "invalid header: PROXY TCP4 10.0.0.31 10.0.0.5 52144", "proxy/pxyproto/server.go"),
        (U, "[redir] 10.0.0.31:52144 <-> 10.0.0.5:1081, unallowed request to redir port", "proxy/redir/redir_linux.go"),
    ]:
        add(R, p, typ, m)

    # --- ngrok/ngrok-go: session errors (internal/legacy/errors.go Error() methods), agent and tunnel client ---
    R = "ngrok/ngrok-go"
    for typ, m, p in [
        (A, "authentication failed: The authtoken you specified does not look like a proper ngrok tunnel authtoken.\n\nERR_NGROK_105", "internal/legacy/errors.go"),
        (N, "failed to dial ngrok server with address \"connect.ngrok-agent.com:443\": dial tcp: lookup connect.ngrok-agent.com: no such host", "internal/legacy/errors.go"),
        (U, "failed to construct proxy dialer from \"socks6://proxy.internal:1080\": proxy: unknown scheme: socks6", "internal/legacy/errors.go"),
        (N, "failed to accept connection: Listener closed", "internal/legacy/errors.go"),
        (T, "remote failed to reply to heatbeat", "internal/tunnel/client/raw_session.go"),
        (U, "an ngrok tunnel session has not yet been established", "internal/tunnel/client/reconnecting.go"),
        (U, "agent not connected, call Connect() first", "agent.go"),
        (U, "unsupported endpoint URL scheme: ftp", "endpoint_options.go"),
        (Z, "unexpected formatting for label edge", "internal/tunnel/label/label.go"),
        (N, "diagnose tls: tls: failed to verify certificate: x509: certificate signed by unknown authority", "diagnose.go"),
    ]:
        add(R, p, typ, m)

    # --- yyyar/gobetween: balancers, discovery, config manager, UDP server, pidfile ---
    R = "yyyar/gobetween"
    for typ, m, p in [
        (N, "Can't elect backend, Backends empty", "src/balance/roundrobin.go"),
        (U, "all backends have reached max connections limit", "src/balance/middleware/maxconnections.go"),
        (Z, "Unexpected json in response", "src/discovery/json.go"),
        (A, "Unable to authenticate with remote server: not authorized", "src/discovery/lxd.go"),
        (U, "Healthcheck interval should be greater than 0s", "src/manager/manager.go"),
        (U, "Too many connections to 0.0.0.0:3000", "src/server/tcp/server.go"),
        (N, "Failed to create listening udp socket: listen udp 0.0.0.0:53: bind: address already in use", "src/server/udp/server.go"),
        (N, "Failed to send full packet, expected size 512, actually sent 256", "src/server/udp/server.go"),
        (S, "Could not read /var/run/gobetween.pid: open /var/run/gobetween.pid: permission denied", "src/utils/pidfile/pidfile.go"),
        (U, "process with pid 4121 is still running", "src/utils/pidfile/pidfile.go"),
    ]:
        add(R, p, typ, m)


# part_rh: Rust package managers and build/dependency tools (jdx/mise, orogene/orogene, Schniz/fnm, PyO3/maturin, prefix-dev/rattler-build, rustsec/rustsec, pkgxdev/pkgx, rustwasm/wasm-pack, axodotdev/cargo-dist, rust-lang/pkg-config-rs): newest snapshots via fetch, read with git show HEAD:<path>; each message read in the file named per entry (thiserror #[error], impl Display, bail!/eyre!/anyhow! texts), placeholders filled plausibly. Inner errors (reqwest, io, serde_json, rusqlite) are the usual texts of those crates, not read here.
def _part_rh(add):
    # --- jdx/mise (commit 70e94a1f): polyglot tool version manager ---
    R = "jdx/mise"
    add(R, "src/hash.rs", Z,
        "Checksum mismatch for file ~/.local/share/mise/downloads/node/22.11.0/node-v22.11.0-linux-x64.tar.xz:\n"
        "Expected: sha256:4d0da4e6a9c8a3b8e1f2d74b5a8c07f3e2a91f0b6c5d48e7a9b1c3d5e7f90a12\n"
        "Actual:   sha256:9b1c3d5e7f90a124d0da4e6a9c8a3b8e1f2d74b5a8c07f3e2a91f0b6c5d48e7a")
    add(R, "src/gpg.rs", A, "signature does not match any trusted public key", True)
    add(R, "src/backend/aqua.rs", A, "cosign key-based verification returned false", True)
    add(R, "src/backend/s3.rs", A,
        "Access denied to S3 bucket 'stemedb-tools'. Check your AWS credentials and IAM permissions.\n"
        "Ensure AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are set, or use IAM roles.")
    add(R, "src/backend/s3.rs", A,
        "AWS signature mismatch. Check your AWS_SECRET_ACCESS_KEY environment variable.", True)
    add(R, "src/backend/s3.rs", T,
        "S3 request timed out. Check your network connection and endpoint URL.")
    add(R, "src/http.rs", T,
        "HTTP download timed out after 300.00s for https://nodejs.org/dist/v22.11.0/node-v22.11.0-linux-x64.tar.xz "
        "(attempt 3, 18874368 bytes received; change with `http_download_timeout` or env `MISE_HTTP_DOWNLOAD_TIMEOUT`)")
    add(R, "src/http.rs", T,
        "HTTP timed out after 30.00s for https://nodejs.org/dist/index.json "
        "(change with `fetch_remote_versions_timeout` or env `MISE_FETCH_REMOTE_VERSIONS_TIMEOUT`).")
    add(R, "src/http.rs", N, "server returned an invalid Content-Range response")
    add(R, "src/http.rs", N, "server returned partial content without a resumable request")
    add(R, "src/cli/run.rs", T, "mise run timed out after 600s")
    add(R, "src/system/systemd.rs", T, "`systemctl --user is-active stemedb-api.service` timed out")
    add(R, "src/github/oauth.rs", A,
        "GitHub OAuth refresh was rejected (bad_refresh_token): The refresh token passed is incorrect or expired. "
        "Reauthorization is required; run `mise token github --oauth --refresh`")
    for typ, m in [(U, "[node] plugin not installed"),
                   (U, "task interrupted before process start")]:
        add(R, "src/errors.rs", typ, m)

    # --- orogene/orogene (commit 2dc8d9e9): npm-compatible package manager ---
    R = "orogene/orogene"
    for typ, m in [(U, "Package for `lodash@^4.17.99` was found, but resolved version `4.17.99` does not exist."),
                   (S, "Failed to extract tarball while writing tarball contents to temp file"),
                   (Z, "Failed to deserialize cache metadata: EOF while parsing a value at line 1 column 0")]:
        add(R, "crates/nassun/src/error.rs", typ, m)
    for typ, m in [(U, "Package `left-pad-stemedb` was not found in registry https://registry.npmjs.org/."),
                   (Z, "Received some unexpected JSON. Unable to parse."),
                   (A, "Incorrect or missing password."),
                   (A, "Unable to authenticate, your authentication token seems to be invalid."),
                   (A, "This operation requires a one-time password from your authenticator.")]:
        add(R, "crates/oro-client/src/error.rs", typ, m)
    for typ, m in [(Z, "Unsupported NPM Package Lock version: 4"),
                   (S, "Failed to read manifest during build step, at /srv/app/node_modules/esbuild/package.json"),
                   (U, "Locked file was requested, but a new dependency tree was resolved that would cause changes "
                       "to the lockfile. The contents of `package.json` may have changed since the last time the "
                       "lockfile was updated.")]:
        add(R, "crates/node-maintainer/src/error.rs", typ, m)

    # --- Schniz/fnm (commit a53186d1): Node.js version manager ---
    R = "Schniz/fnm"
    add(R, "src/choose_version_for_user_input.rs", U, "Can't find requested version: v20.x.x")
    add(R, "src/commands/alias.rs", S, "Can't create symlink for alias: File exists (os error 17)")
    add(R, "src/commands/env.rs", S,
        "Can't create the symlink for multishells at \"/run/user/1000/fnm_multishells/4242_1733140112345\". "
        "Maybe there are some issues with permissions for the directory? Permission denied (os error 13)")
    add(R, "src/commands/exec.rs", U,
        "Can't read exit code from process.\nMaybe the process was killed using a signal?")
    add(R, "src/commands/install.rs", N,
        "Can't download the requested binary: error sending request for url "
        "(https://nodejs.org/dist/v20.11.1/node-v20.11.1-linux-x64.tar.xz)")
    add(R, "src/downloader.rs", Z, "The downloaded archive is empty")
    add(R, "src/downloader.rs", U,
        "Version already installed at \"/home/stemedb/.local/share/fnm/node-versions/v20.11.1\"")
    add(R, "src/commands/uninstall.rs", S, "Can't delete Node.js version: Permission denied (os error 13)")
    add(R, "src/current_version.rs", Z, "Can't read the version as a valid semver")

    # --- PyO3/maturin (commit 9ad2a8c0): build and publish Rust Python wheels ---
    R = "PyO3/maturin"
    for typ, m in [(A, "Username or password are incorrect"),
                   (A, "Username and/or password are possibly wrong"),
                   (A, "Credentials not found and non-interactive mode is enabled"),
                   (N, "Failed to upload the wheel with status 503: Service Unavailable"),
                   (U, "File already exists: stemedb_client-0.4.2-cp312-cp312-manylinux_2_17_x86_64.whl"),
                   (N, "Http error")]:
        add(R, "src/upload.rs", typ, m)
    for typ, m in [(Z, "Goblin failed to parse the elf file"),
                   (S, "Failed to read the wheel"),
                   (U, "Your library is not manylinux_2_17_x86_64 (aka manylinux2014_x86_64) compliant because it "
                       "links the following forbidden libraries: [\"libssl.so.3\", \"libcrypto.so.3\"]")]:
        add(R, "src/auditwheel/linux.rs", typ, m)

    # --- prefix-dev/rattler-build (commit 28f2ba1a): conda package builder ---
    R = "prefix-dev/rattler-build"
    SC = "crates/rattler_build_source_cache/src/error.rs"
    add(R, SC, Z,
        "sha256 checksum validation failed for \"/home/ci/.cache/rattler-build/src_cache/zlib-1.3.1_9a93b2b7.tar.gz\"\n"
        "  expected: 9a93b2b7dfdac77ceba5a558a580e74667dd6fede4585b91eefb60f03b72df23\n"
        "  actual:   38ef96b8dfe510d42707d9c781877914792541133e1870841463bfa73f883e32")
    add(R, SC, N,
        "Failed to download from URL: error sending request for url "
        "(https://github.com/madler/zlib/releases/download/v1.3.1/zlib-1.3.1.tar.gz)")
    add(R, SC, S,
        "Failed to acquire lock for cache entry: Failed to open lock file "
        "/home/ci/.cache/rattler-build/src_cache/.locks/9a93b2b7.lock: Permission denied (os error 13)")
    add(R, SC, A,
        "Attestation verification failed: attestation identity mismatch for publisher 'madler/zlib'\n"
        "  expected identity prefix: https://github.com/madler/zlib\n"
        "  expected issuer: https://token.actions.githubusercontent.com")
    add(R, SC, U, "No checksum provided for URL: https://github.com/madler/zlib/archive/refs/heads/develop.tar.gz")
    add(R, "crates/rattler_build_core/src/source/mod.rs", S,
        "Patch file not found: /home/ci/feedstock/recipe/patches/0001-fix-cmake-install-dirs.patch")
    YP = "crates/rattler_build_yaml_parser/src/error.rs"
    add(R, YP, Z, "missing required field 'version'")
    add(R, YP, Z, "expected string or list of strings but got other")
    add(R, YP, S,
        "IO error while reading file /home/ci/feedstock/recipe/recipe.yaml: No such file or directory (os error 2)")
    add(R, "crates/rattler_build_core/src/tool_configuration.rs", A,
        "No S3 credentials found for bucket 'stemedb-conda'. Please configure credentials via `rattler auth` "
        "or AWS environment variables.")

    # --- rustsec/rustsec (commit 7fad63bd): advisory DB, cargo-audit, cargo-lock, cvss ---
    R = "rustsec/rustsec"
    add(R, "rustsec/src/advisory/id.rs", Z, "parse error: malformed advisory ID: RUSTSEC-2024-00x1")
    add(R, "rustsec/src/advisory/parts.rs", Z, "parse error: Expected # header after TOML front matter")
    add(R, "rustsec/src/advisory.rs", S,
        "I/O operation failed: couldn't open /home/ci/.cargo/advisory-db/crates/openssl/RUSTSEC-2023-0044.md")
    add(R, "rustsec/src/cached_index.rs", U, "not found: No such crate in crates.io index: stemedb-internal-utils")
    add(R, "rustsec/src/cached_index.rs", N,
        "registry: Failed to download crates.io index. Data may be missing or stale when checking for yanked packages.")
    add(R, "cargo-lock/src/lockfile/version.rs", Z, "parse error: invalid Cargo.lock format version: `5`")
    add(R, "cargo-lock/src/lockfile/version.rs", Z,
        "parse error: malformed lockfile: contains checksums in both [[package]] and [[metadata]] sections")
    add(R, "cargo-lock/src/error.rs", S, "I/O operation failed: permission denied")
    add(R, "cargo-lock/src/dependency/tree.rs", U,
        "resolution error: failed to find dependency: serde 1.0.197 "
        "(registry+https://github.com/rust-lang/crates.io-index)")
    add(R, "cvss/src/error.rs", Z, "invalid CVSS string prefix: `CVSS:2.0`")

    # --- pkgxdev/pkgx (commit 7303344f): pkgx package runner ---
    R = "pkgxdev/pkgx"
    add(R, "crates/cli/src/which.rs", U, "cmd not found: deno")
    add(R, "crates/cli/src/which.rs", S, "db error: database is locked")
    add(R, "crates/cli/src/resolve.rs", U, "PKGX_NO_INSTALL is set, refusing to install pending packages")
    add(R, "crates/cli/src/x.rs", U, "PKGX_LVL exceeded: https://github.com/orgs/pkgxdev/discussions/11")
    add(R, "crates/lib/src/cellar.rs", S, "err: expected directory: \"/home/stemedb/.pkgx/nodejs.org\"")
    add(R, "crates/lib/src/inventory.rs", U, "No inventory for nodejs.org")
    add(R, "crates/lib/src/types.rs", Z, "invalid pkgspec: @@22.1")
    add(R, "crates/lib/src/install.rs", U, "no versions for package openssl.org")

    # --- rustwasm/wasm-pack (commit 32e52ca8): Rust -> wasm build and publish tool ---
    R = "rustwasm/wasm-pack"
    add(R, "src/child.rs", U,
        "failed to execute `cargo build`: exited with exit status: 101\n"
        "  full command: \"cargo\" \"build\" \"--lib\" \"--release\" \"--target\" \"wasm32-unknown-unknown\"")
    add(R, "src/npm.rs", A, "Login to registry https://registry.npmjs.org/ failed")
    add(R, "src/lockfile.rs", S, "Could not find lockfile at \"/srv/build/stemedb-wasm/Cargo.lock\"")
    add(R, "src/lockfile.rs", Z, "failed to parse: /srv/build/stemedb-wasm/Cargo.lock")
    add(R, "src/manifest/mod.rs", S,
        "failed to write: /srv/build/stemedb-wasm/pkg/package.json: No space left on device (os error 28)")
    add(R, "src/command/build.rs", U,
        "Can only supply one of the --dev, --release, --profiling, or --profile 'name' flags")
    add(R, "src/install/mod.rs", U, "wasm-bindgen v0.2.92 is not installed!")
    add(R, "src/stamps.rs", Z, "stamps file doesn't contain JSON object")

    # --- axodotdev/cargo-dist (commit 7bbefa3d): release/packaging tool ---
    R = "axodotdev/cargo-dist"
    for typ, m in [(Z, "Malformed metadata.dist in\n/srv/build/stemedb/Cargo.toml"),
                   (U, "This workspace doesn't have anything for dist to Release!"),
                   (U, "Cross-compilation from aarch64-apple-darwin to x86_64-pc-windows-msvc is not supported"),
                   (Z, "github-build-setup file wasn't valid yaml"),
                   (Z, "Unable to parse environment variable as a key/value pair: RUSTFLAGS")]:
        add(R, "cargo-dist/src/errors.rs", typ, m)
    add(R, "axoproject/src/errors.rs", Z, "Your repository URL git@github.com:stemedb/stemedb couldn't be parsed.")
    add(R, "axoproject/src/errors.rs", U,
        "couldn't find a suitable changelog entry for 0.4.2 in /srv/build/stemedb/CHANGELOG.md")

    # --- rust-lang/pkg-config-rs (commit a8852cc1): build-script probe for system libraries ---
    R = "rust-lang/pkg-config-rs"
    add(R, "src/lib.rs", U, "Aborted because OPENSSL_NO_PKG_CONFIG is set")
    add(R, "src/lib.rs", S,
        "Failed to run command `PKG_CONFIG_ALLOW_SYSTEM_CFLAGS=1 pkg-config --libs --cflags openssl`, "
        "because: Permission denied (os error 13)")
    add(R, "src/lib.rs", U,
        "\npkg-config exited with status code 1\n"
        "> PKG_CONFIG_ALLOW_SYSTEM_CFLAGS=1 pkg-config --libs --cflags openssl\n\n"
        "pkg-config output:\n"
        "  Package openssl was not found in the pkg-config search path.\n"
        "  Perhaps you should add the directory containing `openssl.pc'\n"
        "  to the PKG_CONFIG_PATH environment variable\n"
        "  Package 'openssl', required by 'virtual:world', not found\n\n"
        "The system library `openssl` required by crate `openssl-sys` was not found.\n"
        "The file `openssl.pc` needs to be installed and the PKG_CONFIG_PATH environment variable must contain "
        "its parent directory.\n"
        "The PKG_CONFIG_PATH environment variable is not set.\n\n"
        "HINT: if you have installed the library, try setting PKG_CONFIG_PATH to the directory containing "
        "`openssl.pc`.\n")


def holdout46(add):
    for part in (_part_re, _part_rf, _part_rg, _part_rh):
        part(add)
