"""The nineteenth blind batch: wordings from sources in no earlier batch,
gathered at the same time as the eighteenth and scored after it joined. Four
helper sessions read them blind, with the same brief and conventions as the
earlier batches. Each wording was read in the file named beside it; fills not
read in the source are named in each part's note. build.py adds it to the
catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401

# Rust/Go networking, tunnels and proxies: sozu, rathole, shadowsocks-rust, iroh, boringtun, tailscale, wireguard-go, frp; snapshots via fetch (git show HEAD:<path>), files named per entry.
def _part_de(add):
    # --- sozu (Rust HTTP/TCP reverse proxy) ---
    R = "sozu-proxy/sozu"
    for typ, m, p in [
        (S, "Could not open file /etc/sozu/config.toml: No such file or directory (os error 2)", "command/src/config.rs"),
        (Z, "toml decoding error: TOML parse error at line 14, column 11: invalid number", "command/src/config.rs"),
        (U, "listening address 10.0.0.12:7000 is already used in the configuration", "command/src/config.rs"),
        (T, "Timeout is reached: 5s", "command/src/channel.rs"),
        (Z, "Invalid protobuf message: failed to decode Protobuf message: buffer underflow", "command/src/channel.rs"),
        (N, "Connection error: Some(Os { code: 104, kind: ConnectionReset, message: \"Connection reset by peer\" })", "command/src/channel.rs"),
        (U, "message (2097152 bytes) too large for back buffer capacity (16384 bytes, max 1048576 bytes)", "command/src/channel.rs"),
        (N, "could not connect api to 10.0.0.12:7000 (3 failures): Connection refused (os error 111)", "lib/src/backends.rs"),
        (N, "could not set bind to socket: Address already in use (os error 98)", "lib/src/socket.rs"),
        (U, "per-(cluster, source-IP) connection limit reached for cluster \"api\"", "lib/src/lib.rs"),
        (S, "could not write state to temporary file: Could not write state to file: No space left on device (os error 28)", "bin/src/worker.rs"),
    ]:
        add(R, p, typ, m)

    # --- rathole (Rust NAT traversal reverse proxy); anyhow chains logged with {:#} ---
    R = "rapiz1/rathole"
    for typ, m, p in [
        (N, "Failed to run the control channel: Failed to connect to 10.0.0.12:2333: Connection refused (os error 111). Retry in 1s...", "src/client.rs"),
        (A, "Failed to run the control channel: Authentication failed: stemedb-api: Incorrect token. Retry in 1s...", "src/client.rs"),
        (T, "Failed to run the control channel: Heartbeat timed out. Retry in 2s...", "src/client.rs"),
        (A, "Service stemedb-api failed the authentication", "src/server.rs"),
        (T, "Transport handshake timeout: deadline has elapsed", "src/server.rs"),
        (N, "Failed to listen at `server.bind_addr`: Address already in use (os error 98)", "src/server.rs"),
        (Z, "Protocol version mismatched. Expected 1, got 0. Please update `rathole`.", "src/protocol.rs"),
        (N, "Failed to read hello: early eof", "src/protocol.rs"),
        (S, "Failed to read the config \"/etc/rathole/server.toml\": No such file or directory (os error 2)", "src/config.rs"),
        (U, "The token of service stemedb-api is not set", "src/config.rs"),
    ]:
        add(R, p, typ, m)

    # --- shadowsocks-rust ---
    R = "shadowsocks/shadowsocks-rust"
    for typ, m, p in [
        (A, "tcp handshake failed. peer: 10.0.0.5:51234, decrypt length failed", "crates/shadowsocks-service/src/server/tcprelay.rs"),
        (A, "access denied from 10.0.0.5:51234 by ACL rules", "crates/shadowsocks-service/src/server/tcprelay.rs"),
        (N, "tcp tunnel 10.0.0.5:51234 -> 10.0.0.12:7000 connect failed, error: Connection refused (os error 111)", "crates/shadowsocks-service/src/server/tcprelay.rs"),
        (A, "decrypt header chunk failed", "crates/shadowsocks/src/relay/tcprelay/aead_2022.rs"),
        (Z, "header too short, expecting 32 bytes, but found 7 bytes", "crates/shadowsocks/src/relay/tcprelay/aead.rs"),
        (Z, "packet too short for tag, at least 16 bytes, but only 9 bytes", "crates/shadowsocks/src/relay/udprelay/aead.rs"),
        (U, "udp relay channel full", "crates/shadowsocks-service/src/server/udprelay.rs"),
        (S, "acl loading failed, file /etc/shadowsocks/acl.conf, error: No such file or directory (os error 2)", "crates/shadowsocks-service/src/config.rs"),
        (U, "malformed `mode`, must be one of `tcp_only`, `udp_only` and `tcp_and_udp`", "crates/shadowsocks-service/src/config.rs"),
        (A, "invalid key length for 2022-blake3-aes-256-gcm, expecting 32 bytes, but found 16 bytes", "crates/shadowsocks/src/config.rs"),
        (Z, "URL must have \"ss://\" scheme", "crates/shadowsocks/src/config.rs"),
    ]:
        add(R, p, typ, m)

    # --- iroh (Rust p2p QUIC + relay) ---
    R = "n0-computer/iroh"
    for typ, m, p in [
        (N, "Unexpected status during upgrade: 502 Bad Gateway", "iroh-relay/src/client.rs"),
        (T, "Connection did not reach established state within timeout", "iroh-relay/src/server/http_server.rs"),
        (N, "invalid header value for sec-websocket-version: unsupported websocket version, only supporting 13", "iroh-relay/src/server/http_server.rs"),
        (Z, "Frame is too large, has 1048600 bytes", "iroh-relay/src/protos/relay.rs"),
        (U, "The relay is rate-limiting this endpoint; outbound relay traffic is being throttled. Send less data over the relay, or, if you operate this relay, raise Limits::client_rx. Read more about rate limiting at https://docs.iroh.computer/relays/rate-limiting", "iroh-relay/src/protos/relay.rs"),
        (Z, "Signed packet too short: 40 bytes (min 104)", "iroh-dns/src/pkarr.rs"),
        (U, "Connecting to ourself is not supported", "iroh/src/endpoint.rs"),
        (T, "timeout (>10s) trying to establish a connection", "iroh/src/socket/transports/relay/actor.rs"),
        (N, "Lost connection to relay server", "iroh/src/socket/transports/relay/actor.rs"),
    ]:
        add(R, p, typ, m)
    add(R, "iroh-relay/src/protos/handshake.rs", A, "The relay denied our authentication (signature invalid)", True)
    add(R, "iroh-relay/src/protos/handshake.rs", A,
        "Client signature [0, 73, EC, 26, 6D, 4F, B4, AD, BF, 3D, 10, 4A, A7, 14, F9, F1, 10, 32, FD, 8A, B6, D8, 82, 9F, "
        "C4, B, 52, C8, 6F, 64, 85, D7, 92, 8C, C2, EB, D4, 64, 6F, 3F, E3, F3, 74, BE, 11, D9, 5, BF, 4B, E2, 75, FA, 86, "
        "F3, 88, 9D, 82, A9, F7, DC, 5E, 41, DD, 32] for message [E4, 6B, 32, 1, 65, EE, C9, 1E, 63, 44, FA, 10, 34, D, 5B, "
        "32, 8, 30, 4D, 6C, AD, 29, D0, D5, AE, D1, 84, 66, D1, D9, D8, E] invalid for public key "
        "eb3102a6cb586765d01fad324523ec0bc67b9efd6a2d9589c135adfedf7922cc", True)
    add(R, "iroh/src/address_lookup/pkarr.rs", A, "Packet failed to verify", True)

    # --- boringtun (Rust WireGuard); WireGuardError has only Debug, printed as {:?} ---
    R = "cloudflare/boringtun"
    add(R, "boringtun/src/device/mod.rs", A, "Decapsulate error InvalidAeadTag", True)
    add(R, "boringtun/src/device/mod.rs", A, "Decapsulate error InvalidMac", True)
    for typ, m, p in [
        (Z, "Decapsulate error IncorrectPacketLength", "boringtun/src/device/mod.rs"),
        (A, "Decapsulate error WrongKey", "boringtun/src/device/mod.rs"),
        (U, "Decapsulate error UnderLoad", "boringtun/src/device/mod.rs"),
        (U, "Encapsulate error error=DestinationBufferTooSmall", "boringtun/src/device/mod.rs"),
        (T, "CONNECTION_EXPIRED(REKEY_ATTEMPT_TIME)", "boringtun/src/noise/timers.rs"),
        (T, "HANDSHAKE(REKEY_TIMEOUT)", "boringtun/src/noise/timers.rs"),
        (U, "Failed to permanently drop privileges", "boringtun/src/device/drop_privileges.rs"),
    ]:
        add(R, p, typ, m)

    # --- tailscale (Go) ---
    R = "tailscale/tailscale"
    for typ, m, p in [
        (S, "/var/lib/tailscale/tailscaled.state already exists and is not a regular file", "atomicfile/atomicfile.go"),
        (N, "derp.Client: failed to receive server key: EOF", "derp/derp_client.go"),
        (A, "failed to open naclbox from server key nodekey:7d2b0c4e9a13f6a85e0f2c1b93d47a6e08c5f1b2d3e4a5968778695a4b3c2d1e", "derp/derp_client.go"),
        (N, "invalid response status from HTTP proxy http://proxy.internal:3128 on CONNECT to derp1.tailscale.com:443: 502 Bad Gateway", "derp/derphttp/derphttp_client.go"),
        (A, "register request: http 401: invalid auth key", "control/controlclient/direct.go"),
        (U, "control server is too old; no noise key", "control/controlclient/direct.go"),
        (A, "peer's node key has expired", "ipn/ipnlocal/local.go"),
        (A, "Tailscale already in use (\"alice\"); connection from \"bob\" not allowed", "ipn/ipnlocal/local.go"),
        (S, "create profile directory: mkdir /var/lib/tailscale/profiles: permission denied", "ipn/ipnlocal/local.go"),
        (N, "cert hash does not match expected cert hash", "net/tlsdial/tlsdial.go"),
        (N, "cert expired 2026-03-01 00:00:00 +0000 UTC", "net/tlsdial/tlsdial.go"),
    ]:
        add(R, p, typ, m)

    # --- wireguard-go (Go) ---
    R = "WireGuard/wireguard-go"
    add(R, "device/receive.go", A, "Received packet with invalid mac1", True)
    for typ, m, p in [
        (A, "Could not decrypt invalid cookie response", "device/receive.go"),
        (Z, "Failed to decode initiation message", "device/receive.go"),
        (T, "peer(HIgo…wUgU) - Handshake did not complete after 5 seconds, retrying (try 2)", "device/timers.go"),
        (T, "peer(HIgo…wUgU) - Handshake did not complete after 20 attempts, giving up", "device/timers.go"),
        (N, "peer(HIgo…wUgU) - Failed to send handshake initiation: write udp 0.0.0.0:51820->10.0.0.12:51820: sendmsg: network is unreachable", "device/send.go"),
        (S, "Failed to create TUN device: open /dev/net/tun: no such file or directory", "main.go"),
        (N, "UAPI listen error: unix socket in use", "main.go"),
        (N, "IPC error -98: failed to set listen_port: listen udp4 :51820: bind: address already in use", "device/uapi.go"),
        (Z, "IPC error -22: failed to parse listen_port: strconv.ParseUint: parsing \"51820x\": invalid syntax", "device/uapi.go"),
    ]:
        add(R, p, typ, m)

    # --- frp (Go fast reverse proxy) ---
    R = "fatedier/frp"
    for typ, m, p in [
        (A, "token in login doesn't match token from configuration", "pkg/auth/token.go"),
        (A, "invalid OIDC token in login: oidc: token is expired (Token Expiry: 2026-01-01 00:00:00 +0000 UTC)", "pkg/auth/oidc.go"),
        (T, "timeout trying to get work connection", "server/control.go"),
        (U, "work connection pool is full, discarding", "server/control.go"),
        (U, "proxy [stemedb-api] already exists", "server/control.go"),
        (N, "create server listener error, listen tcp 0.0.0.0:7000: bind: address already in use", "server/service.go"),
        (N, "failed to parse CA certificate from file \"/etc/frp/ca.crt\": no valid PEM certificates found", "pkg/transport/tls.go"),
        (Z, "message frame payload too short", "pkg/msg/wire_v2.go"),
        (Z, "line 12: field \"serverPort\": cannot unmarshal string into int", "pkg/config/load.go"),
        (N, "login to the server failed: dial tcp 10.0.0.12:7000: connect: connection refused. With loginFailExit enabled, no additional retries will be attempted", "client/service.go"),
    ]:
        add(R, p, typ, m)
    add(R, "pkg/auth/oidc.go", A, "invalid OIDC token in login: failed to verify signature: failed to verify id token signature", True)

# Blockchain nodes and consensus in Rust: tendermint-rs, reth, lighthouse, revm, commonware (snapshots via fetch, git show HEAD:<path>); sui, aptos-core, fuel-core (too large to fetch: files read with read_file). Files named per entry.
def _part_df(add):
    # --- informalsystems/tendermint-rs (flex_error detail texts) ---
    R = "informalsystems/tendermint-rs"
    add(R, "tendermint/src/validator.rs", A, "bad signature: Ed25519 signature verification failed", True)
    add(R, "light-client-verifier/src/errors.rs", A,
        "failed to verify signature `[67, 12, 201, 9, 88, 140, 3, 17]` with validator `Info { address: account::Id(2A7F49C3A1D8E2B55F0E6B1C7D9A4F3E2B1C0D9E), "
        "pub_key: PublicKey(Ed25519(VerificationKeyBytes([54, 201, 33, 7]))), power: Power(10), name: None, proposer_priority: ProposerPriority(0) }` "
        "on sign_bytes `[112, 8, 2, 17, 184, 4, 0, 0]`", True)
    for typ, m, p in [
        (A, "Found a faulty signer (2A7F49C3A1D8E2B55F0E6B1C7D9A4F3E2B1C0D9E) not present in the validator set", "light-client-verifier/src/errors.rs"),
        (A, "low-order points found (potential MitM attack!)", "p2p/src/error.rs"),
        (T, "reading from WebSocket connection timed out after 30 seconds", "rpc/src/error.rs"),
        (N, "HTTP request failed with non-200 status code: 503 Service Unavailable", "rpc/src/error.rs"),
        (Z, "server returned malformatted JSON (no 'result' or 'error')", "rpc/src/error.rs"),
        (U, "trust threshold too small (must be >= 1/3)", "tendermint/src/error.rs"),
        (U, "header from the future: header_time=2025-08-21T07:51:44.123456789Z now=2025-08-21T07:51:30Z max_clock_drift=5s",
         "light-client-verifier/src/errors.rs"),
        (S, "failed to open file: /var/lib/stemedb/config/node_key.json", "config/src/error.rs"),
    ]:
        add(R, p, typ, m)

    # --- paradigmxyz/reth ---
    R = "paradigmxyz/reth"
    add(R, "crates/net/ecies/src/error.rs", A, "tag check failure in read_header", True)
    add(R, "crates/net/ecies/src/error.rs", A, "tag check failure in decrypt_message", True)
    add(R, "crates/net/dns/src/error.rs", A,
        "failed to verify root enrtree-root:v1 e=JWXYDBPXYWG6FX3GMDIBFA6CJ4 l=C7HRFPF3BLGF3YR4DY5KX3SMBE seq=1 "
        "sig=o908WmNp7LibOfPsr4btQwatZJ5URBr2ZAuxvK4UWHlsB9sUOTJQaGAlLPVAhM__XJesCHxLISo94z5Z2a463gA", True)
    for typ, m, p in [
        (T, "authentication timed out", "crates/net/network/src/session/mod.rs"),
        (N, "disconnected by peer: too many peers", "crates/net/eth-wire/src/errors/p2p.rs"),
        (N, "address 0.0.0.0:30303 (listener service) is already in use (os error 98). Choose a different port using --port",
         "crates/net/network/src/error.rs"),
        (S, "storage directory is currently in use as read-write by another process: PID 4121", "crates/storage/errors/src/lockfile.rs"),
        (S, "unable to determine the version of the database, file is missing", "crates/storage/db/src/version.rs"),
        (Z, "unable to determine the version of the database, file is malformed", "crates/storage/db/src/version.rs"),
        (S, "environment map size limit reached", "crates/storage/libmdbx-rs/src/error.rs"),
        (T, "read transaction has been timed out", "crates/storage/libmdbx-rs/src/error.rs"),
        (Z, "changeset static file is corrupted, missing offsets for changesets in each block", "crates/storage/errors/src/provider.rs"),
        (U, "block parent [hash=0x3f1c9b5e7a2d48c6b0e1f9a7d3c5b2e4f6a8c0d2e4f6a8b0c2d4e6f8a0b2c4d6] is not known", "crates/consensus/consensus/src/lib.rs"),
    ]:
        add(R, p, typ, m)

    # --- sigp/lighthouse (Display where it exists, else the Debug form that is logged) ---
    R = "sigp/lighthouse"
    add(R, "beacon_node/beacon_chain/src/block_verification.rs", A, "ProposalSignatureInvalid", True)
    for typ, m, p in [
        (T, "Stream Timeout", "beacon_node/lighthouse_network/src/rpc/protocol.rs"),
        (T, "Negotiation timeout", "beacon_node/lighthouse_network/src/rpc/protocol.rs"),
        (N, "Peer does not support the protocol", "beacon_node/lighthouse_network/src/rpc/protocol.rs"),
        (Z, "Error while decoding ssz: InvalidByteLength { len: 95, expected: 96 }", "beacon_node/lighthouse_network/src/rpc/protocol.rs"),
        (S, "Failed to read JWT secret file \"/var/lib/stemedb/jwt.hex\", error: Os { code: 2, kind: NotFound, message: \"No such file or directory\" }",
         "beacon_node/execution_layer/src/engine_api/auth.rs"),
        (A, "Invalid key length. Expected 32 got 20", "beacon_node/execution_layer/src/engine_api/auth.rs"),
        (T, "SQLPoolError(\"timed out waiting for connection\")", "validator_client/slashing_protection/src/lib.rs"),
        (S, "IOError(PermissionDenied)", "validator_client/slashing_protection/src/lib.rs"),
        (U, "BlockNotFound(0x9b2e4c1a7f3d5e8b0c6a2f4d1e3b5c7a9d0e2f4b6c8a1d3e5f7b9c0a2e4d6f8b)", "beacon_node/store/src/errors.rs"),
    ]:
        add(R, p, typ, m)

    # --- bluealloy/revm ---
    R = "bluealloy/revm"
    add(R, "crates/precompile/src/interface.rs", A, "secp256k1 signature recovery failed", True)
    for typ, m, p in [
        (U, "transaction validation error: nonce 42 too low, expected 43", "crates/context/interface/src/result.rs"),
        (U, "lack of funds (1000000) for max fee (21000000000000)", "crates/context/interface/src/result.rs"),
        (U, "out of gas: memory limit exceeded", "crates/context/interface/src/result.rs"),
        (N, "Transport error: error sending request for url (http://10.0.0.12:8545/)", "crates/database/src/alloydb.rs"),
        (U, "Block not found: 19000000", "crates/database/src/alloydb.rs"),
        (U, "async EVM execution was cancelled", "crates/database/interface/src/async_db.rs"),
        (Z, "Bytecode is not starting with 0xEF01", "crates/bytecode/src/eip7702.rs"),
        (Z, "Eip7702 is not 23 bytes long", "crates/bytecode/src/eip7702.rs"),
    ]:
        add(R, p, typ, m)

    # --- commonwarexyz/monorepo ---
    R = "commonwarexyz/monorepo"
    add(R, "consensus/src/aggregation/types.rs", A, "Invalid ack signature", True)
    add(R, "cryptography/src/bls12381/dkg/feldman_desmedt.rs", A, "player acknowledgement signature did not verify", True)
    add(R, "cryptography/src/ed25519/core/error.rs", A, "Invalid signature.", True)
    for typ, m, p in [
        (A, "greeting public key mismatch", "p2p/src/authenticated/discovery/actors/peer/mod.rs"),
        (A, "peer rejected: 7f3a9c2e51b84d06a1e3f5c7b9d2e4f60a8c1e3b5d7f9a2c4e6b8d0f1a3c5e7b", "stream/src/encrypted.rs"),
        (S, "blob open failed: journal/0000000000000007 error: Permission denied (os error 13)", "runtime/src/lib.rs"),
        (S, "partition missing: consensus-journal", "runtime/src/lib.rs"),
        (Z, "checksum mismatch: expected=2876543210, found=1234567890", "storage/src/journal/mod.rs"),
        (Z, "Unexpected End-of-Buffer: Not enough bytes remaining to read data", "codec/src/error.rs"),
        (N, "dns resolution failed: node2.stemedb.internal", "runtime/src/lib.rs"),
        (T, "handshake timed out", "stream/src/encrypted.rs"),
        (U, "not enough partial signatures: 2/3", "cryptography/src/bls12381/primitives/mod.rs"),
    ]:
        add(R, p, typ, m)

    # --- MystenLabs/sui ---
    R = "MystenLabs/sui"
    add(R, "crates/sui-types/src/crypto.rs", A,
        "Signature is not valid: Fail to verify user sig Invalid signature was given to the function", True)
    add(R, "consensus/core/src/error.rs", A,
        "Failed to verify the block's signature: Invalid signature was given to the function", True)
    for typ, m, p in [
        (A, "Value was not signed by the correct sender: Incorrect signer, expected 0x7d20dcdb2bca4f508ea9613994683eb4e76e9c4ed371169677c1be02aaf0b58e, "
            "got 0x2f1e6a3c9b8d7e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f", "crates/sui-types/src/crypto.rs"),
        (Z, "Failed to deserialize signature: Expected input of length exactly 64", "consensus/core/src/error.rs"),
        (Z, "Error deserializing block: unexpected end of input", "consensus/core/src/error.rs"),
        (N, "Peer node3 is disconnected.", "consensus/core/src/error.rs"),
        (S, "RocksDB failure: rocksdb error: IO error: No space left on device: While appending to file: /var/lib/stemedb/consensus_db/000123.log: No space left on device",
         "consensus/core/src/error.rs"),
        (U, "Insufficient stake from parents: 3333 < 6667", "consensus/core/src/error.rs"),
        (U, "Validator temporarily stopped processing transactions due to epoch change", "crates/sui-types/src/error.rs"),
        (N, "Failed to connect with consensus node: tcp connect error: Connection refused (os error 111)", "crates/sui-types/src/error.rs"),
        (S, "Failed to perform file operation: No such file or directory (os error 2)", "crates/sui-types/src/error.rs"),
        (N, "The service is currently unavailable - error trying to connect: tcp connect error: Connection refused (os error 111)",
         "crates/sui-types/src/error.rs"),
    ]:
        add(R, p, typ, m)

    # --- aptos-labs/aptos-core ---
    R = "aptos-labs/aptos-core"
    add(R, "types/src/validator_verifier.rs", A, "Signature is invalid", True)
    for typ, m, p in [
        (A, "Author is unknown", "types/src/validator_verifier.rs"),
        (U, "The voting power (3) is less than quorum voting power (5)", "types/src/validator_verifier.rs"),
        (U, "Does not satisfy 2-chain voting rule. Round 58, Quorum round 55, TC round 56,  HQC round in TC 54", "consensus/safety-rules/src/error.rs"),
        (A, "A permission error was thrown: PermissionDenied. Maybe the storage token needs to be renewed?", "consensus/safety-rules/src/error.rs"),
        (S, "AptosDB IO Error: No space left on device (os error 28)", "storage/storage-interface/src/errors.rs"),
        (Z, "AptosDB bcs Error: unexpected end of input", "storage/storage-interface/src/errors.rs"),
        (U, "Missing state root node at version 123456789, probably pruned.", "storage/storage-interface/src/errors.rs"),
        (N, "noise client: error reading server handshake response message, server probably rejected our handshake message: unexpected end of file",
         "network/framework/src/noise/error.rs"),
        (A, "noise server: client 5d6c1a2e: client connecting with unauthenticated peer id: 5d6c1a2e",
         "network/framework/src/noise/error.rs"),
        (A, "noise server: client 5d6c1a2e: detected a replayed handshake message, we've seen this timestamp before: 1755763200123",
         "network/framework/src/noise/error.rs"),
        (T, "Rpc timed out", "network/framework/src/protocols/rpc/error.rs"),
        (N, "Not connected with peer: 5d6c1a2e", "network/framework/src/protocols/rpc/error.rs"),
    ]:
        add(R, p, typ, m)

    # --- FuelLabs/fuel-core ---
    R = "FuelLabs/fuel-core"
    add(R, "crates/services/txpool_v2/src/error.rs", A, "Invalid transaction data: Validity(InputInvalidSignature { index: 0 })", True)
    for typ, m, p in [
        (T, "Transaction is removed: Transaction expired because it exceeded the configured time to live `tx-pool-ttl`.",
         "crates/services/txpool_v2/src/error.rs"),
        (U, "Pool limit is hit, try to increase gas_price", "crates/services/txpool_v2/src/error.rs"),
        (U, "resource of type `BlockId` was not found at the: crates/fuel-core/src/database/block.rs:88", "crates/storage/src/lib.rs"),
        (Z, "error performing serialization or deserialization", "crates/storage/src/lib.rs"),
        (S, "error occurred in the underlying datastore `IO error: While lock file: /var/lib/stemedb/fuel/db/LOCK: Resource temporarily unavailable`",
         "crates/storage/src/lib.rs"),
        (Z, "Invalid database version, expected 0x2, found 0x1", "crates/database/src/lib.rs"),
        (U, "The actual height is 1201, when the next expected height is 1200.", "crates/services/importer/src/importer.rs"),
        (U, "Failed to import range of blocks: 1200..=1299", "crates/services/sync/src/import.rs"),
        (N, "got error during work with relayer error sending request for url (http://10.0.0.12:8545/)", "crates/types/src/services/executor.rs"),
    ]:
        add(R, p, typ, m)

# Go authentication, PKI and policy services: ory/fosite, spiffe/spire, cloudflare/cfssl, letsencrypt/boulder, google/certificate-transparency-go and pomerium/pomerium read in snapshots via fetch (git show HEAD:<path>); open-policy-agent/opa and gravitational/teleport (snapshots too large to fetch) read with read_file / find_string. Each message read in the file named per entry (its Error()/Display form, the wrapper it reaches a log through), placeholders filled plausibly.
def _part_dg(add):
    _fosite(add)
    _spire(add)
    _cfssl(add)
    _boulder(add)
    _ct(add)
    _opa(add)
    _pomerium(add)
    _teleport(add)


def _fosite(add):
    # RFC6749Error: a log shows GetDescription() = DescriptionField + " " + HintField (errors.go),
    # the hint replaced by WithHint/WithHintf at the call site named per entry.
    R = "ory/fosite"
    for typ, m, p in [
        (A, "The request could not be authorized. Check that you provided valid credentials in the right format.", "errors.go"),
        (A, "Invalid token format. Check that you provided a valid token in the right format.", "errors.go"),
        (A, "Token expired. Access token expired at '2026-03-02 10:15:00 +0000 UTC'.", "handler/oauth2/strategy_hmacsha_plain.go"),
        (A, "The client is not authorized to request a token using this method. The OAuth 2.0 Client is not allowed to use "
            "authorization grant 'client_credentials'.", "handler/oauth2/flow_client_credentials.go"),
        (A, "The jti was already used. Claim 'jti' from 'client_assertion' MUST only be used once.", "client_authentication.go"),
        (N, "The authorization server encountered an unexpected condition that prevented it from fulfilling the request. "
            "Unable to fetch JSON Web Keys from location 'https://idp.example.com/.well-known/jwks.json'. Check for typos or "
            "other network issues.", "client_authentication_jwks_strategy.go"),
        (Z, "The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than "
            "once, or is otherwise malformed. Unable to parse HTTP body, make sure to send a properly formatted form request body.",
            "access_request_handler.go"),
        (U, "The request failed because of an internal error that is probably caused by misconfiguration. The authorization "
            "server's token endpoint URL has not been set.", "client_authentication.go"),
        (U, "secret for signing HMAC-SHA512/256 is expected to be 32 byte long, got 16 byte", "token/hmac/hmacsha.go"),
    ]:
        add(R, p, typ, m)
    add(R, "authorize_request_handler.go", A,
        "The request parameter contains an invalid Request Object. Unable to verify the request object's signature.", True)
    add(R, "client_authentication.go", A,
        "Client authentication failed (e.g., unknown client, no client authentication included, or unsupported authentication "
        "method). Unable to verify the integrity of the 'client_assertion' value.", True)


def _spire(add):
    # Server API errors go through commonapi.MakeErr (pkg/common/api/status.go): InvalidArgument is logged as
    # "Invalid argument: <msg>"; gRPC status errors reach the agent as "rpc error: code = X desc = <msg>".
    R = "spiffe/spire"
    for typ, m, p in [
        (A, "Invalid argument: failed to attest: join token does not exist or has already been used", "pkg/server/api/agent/v1/service.go"),
        (A, "rpc error: code = PermissionDenied desc = failed to attest: agent is banned", "pkg/server/api/agent/v1/service.go"),
        (A, "rpc error: code = PermissionDenied desc = no identity issued", "pkg/agent/endpoints/workload/handler.go"),
        (A, "expected audience in [\"spiffe://example.org/api\"] (audience=[\"spiffe://example.org/web\"])", "pkg/common/jwtsvid/validate.go"),
        (T, "timed out waiting for Kubernetes cache to start", "pkg/agent/plugin/workloadattestor/k8s/k8s.go"),
        (T, "rpc error: code = DeadlineExceeded desc = no selectors found after max poll attempts", "pkg/agent/plugin/workloadattestor/k8s/k8s.go"),
        (N, "could not open attestation stream to SPIRE server: rpc error: code = Unavailable desc = connection error: desc = "
            "\"transport: Error while dialing: dial tcp 10.0.0.12:8081: connect: connection refused\"", "pkg/agent/attestor/node/node.go"),
        (S, "rpc error: code = Internal desc = unable to write entries: write /var/lib/spire/agent/keys.json.tmp: no space left on device",
            "pkg/agent/plugin/keymanager/disk/disk.go"),
        (S, "unable to change UDS permissions: chmod /tmp/spire-agent/public/api.sock: operation not permitted", "pkg/agent/endpoints/endpoints_posix.go"),
        (Z, "rpc error: code = Internal desc = unable to decode keys JSON: unexpected end of JSON input", "pkg/agent/plugin/keymanager/disk/disk.go"),
        (U, "datastore-sql: datastore is not configured", "pkg/server/datastore/sqlstore/sqlstore.go"),
    ]:
        add(R, p, typ, m)
    add(R, "pkg/common/x509svid/csr.go", A, "CSR signature check failed: x509: ECDSA verification failure", True)


def _cfssl(add):
    # cferr.Error.Error() is the JSON {"code":..,"message":..} (errors/error.go); code = category + reason
    # (+ 10/20 + x509 reason for VerifyFailed); Wrap keeps the inner error's text as the message.
    R = "cloudflare/cfssl"
    for typ, m, p in [
        (Z, '{"code":1002,"message":"Failed to decode certificate"}', "helpers/helpers.go"),
        (Z, '{"code":2003,"message":"Failed to parse private key"}', "helpers/derhelpers/derhelpers.go"),
        (A, '{"code":2300,"message":"Private key does not match public key"}', "signer/local/local.go"),
        (N, '{"code":1220,"message":"x509: certificate signed by unknown authority"}', "helpers/helpers.go"),
        (N, '{"code":1211,"message":"x509: certificate has expired or is not yet valid: current time 2026-03-02T10:00:05Z is after '
            '2026-03-01T00:00:00Z"}', "helpers/helpers.go"),
        (N, '{"code":8100,"message":"Certificate not issued by this issuer"}', "ocsp/ocsp.go"),
        (N, '{"code":6000,"message":"dial tcp 10.0.0.12:443: connect: connection refused"}', "bundler/bundler.go"),
        (U, '{"code":5200,"message":"Invalid or unknown policy"}', "signer/local/local.go"),
        (S, '{"code":11000,"message":"database is locked"}', "certdb/sql/database_accessor.go"),
        (S, '{"code":11100,"message":"failed to insert the certificate record"}', "certdb/sql/database_accessor.go"),
        (A, "invalid token", "api/signhandler/signhandler.go"),
    ]:
        add(R, p, typ, m)


def _boulder(add):
    # BoulderError.Error() is its Detail (errors/errors.go); VA problems are built in va/va.go, DNS ones in bdns/problem.go.
    R = "letsencrypt/boulder"
    for typ, m, p in [
        (A, "JWS has an expired anti-replay nonce: \"ZXhhbXBsZS1ub25jZS0wMDQy\"", "wfe2/verify.go"),
        (A, "Account is not valid, has status \"deactivated\"", "wfe2/verify.go"),
        (A, "key divisible by small prime", "goodkey/good_key.go"),
        (Z, "Request payload did not parse as JSON", "wfe2/verify.go"),
        (U, "too many new orders (300) from this account in the last 3h0m0s, retry after 2026-03-02 13:04:11 UTC: "
            "see https://letsencrypt.org/docs/rate-limits/#new-orders-per-account", "ratelimits/limiter.go"),
        (T, "10.0.0.12: Fetching http://node2.example.com/.well-known/acme-challenge/3n8Vd2qLx0: Timeout during connect "
            "(likely firewall problem)", "va/va.go"),
        (N, "DNS problem: NXDOMAIN looking up A for node2.example.com - check that a DNS record exists for this domain", "bdns/problem.go"),
        (T, "DNS problem: query timed out looking up CAA for example.com", "bdns/problem.go"),
        (S, "failed to load DBConnect URL: open /etc/boulder/secrets/sa_dburl: no such file or directory", "sa/database.go"),
    ]:
        add(R, p, typ, m)
    add(R, "wfe2/verify.go", A, "JWS verification error", True)
    add(R, "wfe2/verify.go", A, "Inner JWS does not verify with embedded JWK", True)
    add(R, "csr/csr.go", A, "invalid signature on CSR", True)


def _ct(add):
    R = "google/certificate-transparency-go"
    for typ, m, p in [
        (N, "failed to get current STH for \"Google 'Argon2026h1' log\" log: got HTTP Status \"503 Service Unavailable\"", "ctutil/loginfo.go"),
        (Z, "trailing data (12 bytes) after DigitallySigned", "client/logclient.go"),
        (S, "failed to read log config: open /etc/ct/log_config.textproto: no such file or directory", "client/multilog.go"),
        (N, "no path to root found when trying to validate chains", "trillian/ctfe/cert_checker.go"),
        (U, "rate-limited submission considered to be non-fresh", "trillian/ctfe/handlers.go"),
        (Z, "argon2026h1: failed to parse add-chain body: unexpected EOF", "trillian/ctfe/handlers.go"),
        (N, "backend QueueLeaves request failed: rpc error: code = Unavailable desc = connection error: desc = \"transport: Error "
            "while dialing: dial tcp 10.0.0.12:8090: connect: connection refused\"", "trillian/ctfe/handlers.go"),
        (U, "need tree size: 5000 for proof but only got: 4096", "trillian/ctfe/handlers.go"),
    ]:
        add(R, p, typ, m)
    add(R, "ctutil/loginfo.go", A,
        "failed to verify SCT signature from log \"Google 'Argon2026h1' log\": failed to verify ECDSA signature", True)
    add(R, "tls/signature.go", A, "failed to verify rsa signature: crypto/rsa: verification error", True)


def _opa(add):
    # topdown.Error: "<file>:<row>: <code>: <message>" (v1/topdown/errors.go); ast.Errors: "1 error occurred: ..."
    # (v1/ast/errors.go); storage.Error: "<code>: <message>" (v1/storage/errors.go); server ErrorV1: "<code>: <message>".
    R = "open-policy-agent/opa"
    for typ, m, p in [
        (A, "unauthorized: request rejected by administrative policy", "v1/server/types/types.go"),
        (A, "file /authz/policy.rego not included in bundle signature", "v1/bundle/verify.go"),
        (N, "Bundle download failed: server replied with Service Unavailable.", "v1/download/download.go"),
        (T, "authz.rego:12: eval_builtin_error: http.send: Get https://users.internal:8443/v1/roles: request timed out", "v1/topdown/http.go"),
        (T, "eval_cancel_error: http.send: timed out (context deadline exceeded)", "v1/topdown/http.go"),
        (U, "authz.rego:20: eval_conflict_error: complete rules must not produce multiple outputs", "v1/topdown/errors.go"),
        (Z, "1 error occurred: authz.rego:27: rego_parse_error: unexpected eof token", "v1/ast/parser.go"),
        (U, "1 error occurred: authz.rego:14: rego_unsafe_var_error: var role is unsafe", "v1/ast/compile.go"),
        (Z, "/authz/data.json: digest mismatch (want: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08, "
            "got: 2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae)", "v1/bundle/verify.go"),
        (S, "storage_internal_error: write /var/lib/opa/data/000012.vlog: no space left on device", "v1/storage/disk/errors.go"),
        (U, "storage_write_conflict_error: /system/bundles/authz", "v1/storage/errors.go"),
    ]:
        add(R, p, typ, m)


def _pomerium(add):
    R = "pomerium/pomerium"
    for typ, m, p in [
        (A, "internal/urlutil: validation failed, url hmac is expired", "internal/urlutil/errors.go"),
        (A, "no authorization header was provided: internal/sessions: session is not found", "authorize/grpc.go"),
        (N, "CRL signature verification failed for issuer \"CN=Example Intermediate CA,O=Example\": x509: ECDSA verification failure",
            "authorize/evaluator/functions.go"),
        (N, "certificate \"CN=agent-0042,O=Example\" was revoked", "authorize/evaluator/functions.go"),
        (N, "hpke: error requesting hpke-public-key endpoint, invalid status code: 502", "pkg/hpke/http.go"),
        (T, "timed out waiting for initial sync", "pkg/ssh/manager.go"),
        (S, "pebble: error setting record: write /var/lib/pomerium/databroker/000123.log: no space left on device", "pkg/storage/file/backend.go"),
        (Z, "state malformed, size: 1", "authenticate/handlers.go"),
        (U, "config: dns_query_timeout must be positive", "config/options_dns.go"),
    ]:
        add(R, p, typ, m)
    add(R, "internal/urlutil/signed.go", A, "internal/urlutil: hmac failed", True)
    add(R, "internal/authenticateflow/identityprofile.go", A,
        "authenticate: error decrypting identity profile cookie: cryptutil: decryption failed (mismatched keys?): "
        "chacha20poly1305: message authentication failed", True)


def _teleport(add):
    # trace errors print their message (trace.AccessDenied / BadParameter / ConnectionProblem / NotFound / CompareFailed).
    R = "gravitational/teleport"
    for typ, m, p in [
        (S, "Teleport does not have permission to write to /var/lib/teleport/backend/sqlite.db", "lib/backend/lite/lite.go"),
        (S, "database is in readonly mode", "lib/backend/lite/lite.go"),
        (Z, "SQLite configuration is invalid: json: cannot unmarshal string into Go struct field Config.poll_stream_period of type "
            "time.Duration", "lib/backend/lite/lite.go"),
        (U, "current value does not match expected for /locks/maintenance", "lib/backend/lite/lite.go"),
        (U, "key \"/nodes/default/node2\" is not found", "lib/backend/lite/lite.go"),
        (A, "previously used totp token", "lib/auth/password.go"),
        (A, "TOTP code not valid", "lib/auth/password.go"),
        (A, "failed to dial: all auth methods failed", "lib/reversetunnel/agent_dialer.go"),
        (N, "node 10.0.0.12:3022 is offline", "lib/reversetunnel/remotesite.go"),
        (N, "cluster leaf-east is offline", "lib/reversetunnel/remotesite.go"),
    ]:
        add(R, p, typ, m)

# C network daemons (httpd, varnish-cache, trafficserver, bind9, openvpn, strongswan, rsyslog, keepalived): snapshots via fetch, read with git show; each message read at its log call in the file named per entry, with the daemon's own log prefix/suffix (APLOGNO, errno text, rsyslog version tag) as it reaches the log.
def _part_dh(add):
    # --- Apache httpd (ap_log_*error with APLOGNO; "(errno)text: " prefix when a status is passed) ---
    R = "apache/httpd"
    for typ, m, p in [
        (N, "(111)Connection refused: AH00957: http: attempt to connect to 10.0.0.12:7000 (node2:7000) failed",
         "modules/proxy/proxy_util.c"),
        (U, "AH00934: all workers are busy.  Unable to serve balancer://stemedb/v1/query",
         "modules/proxy/proxy_util.c"),
        (S, "(28)No space left on device: AH01091: write to temporary file /tmp/modproxy.tmp.aB3xYz failed",
         "modules/proxy/proxy_util.c"),
        (T, "(70007)The timeout specified has expired: AH01102: error reading status line from remote server node2:7000",
         "modules/proxy/mod_proxy_http.c"),
        (A, "AH01617: user agent-0042: authentication failure for \"/v1/keys\": Password Mismatch",
         "modules/aaa/mod_auth_basic.c"),
        (A, "AH10426: bearer token eyJhbGciOiJIUzI1NiJ9: authentication failure for \"/v1/query\": Token has expired",
         "modules/aaa/mod_auth_bearer.c"),
        (A, "AH01663: access to /admin/compact failed, reason: user 'agent-0042' does not meet 'require'ments for user to be allowed access",
         "modules/aaa/mod_authz_user.c"),
        (Z, "AH00705: File '/var/cache/apache2/mod_cache_disk/aB/cD/xYz.header.vary' has a version mismatch. File had version: 3.",
         "modules/cache/mod_cache_disk.c"),
        (Z, "(70014)End of file found: AH00717: Premature end of cache headers.", "modules/cache/mod_cache_disk.c"),
        (N, "AH02039: Certificate Verification: Error (10): certificate has expired", "modules/ssl/ssl_engine_kernel.c"),
        (N, "(98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:18182", "server/listen.c"),
    ]:
        add(R, p, typ, m)

    # --- Varnish Cache (VSL FetchError / VFP_Error / MGT_Complain texts) ---
    R = "varnishcache/varnish-cache"
    for typ, m, p in [
        (N, "backend node2: fail errno 111 (Connection refused)", "bin/varnishd/cache/cache_backend.c"),
        (T, "first byte timeout (reused connection)", "bin/varnishd/cache/cache_backend.c"),
        (N, "backend write error: 32 (Broken pipe) (Error transaction)", "bin/varnishd/http1/cache_http1_fetch.c"),
        (Z, "Invalid Gzip data: invalid distance too far back", "bin/varnishd/cache/cache_gzip.c"),
        (Z, "Junk after gzip data", "bin/varnishd/cache/cache_gzip.c"),
        (S, "Object allocation failed: Ran out of space in s0", "bin/varnishd/cache/cache_req_body.c"),
        (S, "Cannot create working directory '/var/lib/varnish/node2': Permission denied",
         "bin/varnishd/mgt/mgt_jail_unix.c"),
        (A, "CLI Authentication failure from telnet 10.0.0.12 51234 127.0.0.1 6082", "bin/varnishd/mgt/mgt_cli.c"),
        (U, "Too many restarts", "bin/varnishd/cache/cache_req_fsm.c"),
        (U, "ESI depth limit reached (param max_esi_depth = 5)", "bin/varnishd/cache/cache_esi_deliver.c"),
        (U, "Cannot discard active VCL program boot", "bin/varnishd/mgt/mgt_vcl.c"),
    ]:
        add(R, p, typ, m)

    # --- Apache Traffic Server (Error/Warning/Fatal diags) ---
    R = "apache/trafficserver"
    for typ, m, p in [
        (S, "could not read disk header for disk /dev/sdb: declaring disk bad", "src/iocore/cache/CacheDisk.cc"),
        (S, "cache unable to open '/var/cache/trafficserver/cache.db': Permission denied",
         "src/iocore/cache/CacheProcessor.cc"),
        (S, "not enough free space for cache directory '/var/cache/trafficserver'", "src/iocore/cache/Store.cc"),
        (Z, "bad footer in cache directory for '/dev/sdb 16384:24575', clearing", "src/iocore/cache/StripeSM.cc"),
        (Z, "stapling_check_response: cannot parse response for /etc/trafficserver/ssl/stemedb.pem",
         "src/iocore/net/OCSPStapling.cc"),
        (T, "OCSP request was timed out; uri=http://ocsp.stemedb.internal/", "src/iocore/net/OCSPStapling.cc"),
        (T, "HTTP/2 stream error timeout remote_ip=10.0.0.12 session_id=42 stream_id=3 event=105",
         "src/proxy/http2/Http2Stream.cc"),
        (N, "connection to DNS server 10.0.0.53 lost, marking as down", "src/iocore/dns/DNS.cc"),
        (A, "client '10.0.0.12' prohibited by ip-allow policy", "src/proxy/http/HttpSessionAccept.cc"),
        (U, "proxy.config.hostdb.max_size must be a non-zero number", "src/iocore/hostdb/HostDB.cc"),
        (U, "[iocore_dns] get_query_id: Exhausted all DNS query ids", "src/iocore/dns/DNS.cc"),
    ]:
        add(R, p, typ, m)

    # --- ISC BIND 9 (zone / xfrin / client / journal log lines with their prefixes) ---
    R = "isc-projects/bind9"
    add(R, "lib/ns/client.c", A,
        "client @0x7f1c5c0a8168 10.0.0.12#41234: request has invalid signature: TSIG stemedb-key: tsig verify failure (BADSIG)",
        True)
    add(R, "lib/dns/xfrin.c", A,
        "0x7f3a2c01e000: transfer of 'stemedb.internal/IN' from 10.0.0.12#53: failed while receiving responses: tsig verify failure",
        True)
    for typ, m, p in [
        (T, "zone stemedb.internal/IN: refresh: failure trying primary 10.0.0.12#53 (source 0.0.0.0#0): timed out",
         "lib/dns/zone.c"),
        (N, "0x7f3a2c01e000: transfer of 'stemedb.internal/IN' from 10.0.0.12#853: failed to connect: TLS peer certificate verification failed",
         "lib/dns/xfrin.c"),
        (N, "unable to listen on any configured interfaces", "bin/named/server.c"),
        (S, "zone stemedb.internal/IN: loading from master file /var/lib/bind/db.stemedb.internal failed: permission denied",
         "lib/dns/zone.c"),
        (S, "dumping master file: /var/cache/bind/tmp-a8Gk2LmQ1x: fclose: I/O error", "lib/dns/masterdump.c"),
        (Z, "/var/lib/bind/db.stemedb.internal.jnl: journal file corrupt: expected serial 2026080104, got 2026080102",
         "lib/dns/journal.c"),
        (Z, "/var/lib/bind/db.stemedb.internal.jnl: journal corrupt: impossible rdlen (70000 bytes)", "lib/dns/journal.c"),
        (U, "client @0x7f1c5c0a8168 10.0.0.12#41234: updating zone 'stemedb.internal/IN': update failed: too many DNS UPDATEs queued (quota reached)",
         "lib/ns/update.c"),
        (A, "client @0x7f1c5c0a8168 10.0.0.12#41234: update 'stemedb.internal/IN' denied", "lib/ns/update.c"),
    ]:
        add(R, p, typ, m)

    # --- OpenVPN (msg() texts; CRYPT_ERROR prefixes; M_ERRNO / M_OPTERR decorations from error.c) ---
    R = "OpenVPN/openvpn"
    add(R, "src/openvpn/crypto.c", A, "Authenticate/Decrypt packet error: packet HMAC authentication failed", True)
    add(R, "src/openvpn/crypto.c", A, "AEAD Decrypt error: packet tag authentication failed", True)
    add(R, "src/openvpn/tls_crypt.c", A, "tls-crypt unwrap error: packet authentication failed", True)
    for typ, m, p in [
        (A, "AUTH: Received control message: AUTH_FAILED", "src/openvpn/push.c"),
        (T, "TLS Error: TLS key negotiation failed to occur within 60 seconds (check your network connectivity)",
         "src/openvpn/ssl.c"),
        (T, "[node2] Inactivity timeout (--ping-restart), restarting", "src/openvpn/ping.c"),
        (N, "VERIFY ERROR: depth=0, error=certificate has expired: CN=node2, serial=4660",
         "src/openvpn/ssl_verify_openssl.c"),
        (N, "RESOLVE: Cannot resolve host address: node2.stemedb.internal:1194[AF_INET] (Name or service not known)",
         "src/openvpn/socket_util.c"),
        (Z, "tls-crypt unwrap error: packet too short", "src/openvpn/tls_crypt.c"),
        (S, "Options error: --ca fails with '/etc/openvpn/ca.crt': No such file or directory (errno=2)",
         "src/openvpn/check_file_access.c"),
        (U, "Options error: --proto tcp is ambiguous in this context. Please specify --proto tcp-server or --proto tcp-client",
         "src/openvpn/options.c"),
    ]:
        add(R, p, typ, m)

    # --- strongSwan charon (DBG1 texts) ---
    R = "strongswan/strongswan"
    add(R, "src/libcharon/sa/ikev2/authenticators/pubkey_authenticator.c", A,
        "signature validation failed, looking for another key", True)
    add(R, "src/libcharon/sa/ikev2/authenticators/psk_authenticator.c", A,
        "tried 1 shared key for 'node1.stemedb.internal' - 'node2.stemedb.internal', but MAC mismatched", True)
    for typ, m, p in [
        (A, "no trusted RSA public key found for 'CN=node2.stemedb.internal'",
         "src/libcharon/sa/ikev2/authenticators/pubkey_authenticator.c"),
        (A, "received AUTHENTICATION_FAILED notify error", "src/libcharon/sa/ikev2/tasks/ike_auth.c"),
        (T, "giving up after 5 retransmits", "src/libcharon/sa/ikev2/task_manager_v2.c"),
        (N, "error writing to socket: Network is unreachable",
         "src/libcharon/plugins/socket_default/socket_default_socket.c"),
        (N, "certificate was revoked on Aug 01 10:12:44 2026, reason: key compromise",
         "src/libstrongswan/plugins/revocation/revocation_validator.c"),
        (Z, "received invalid IKE header from 10.0.0.12[500] - ignored", "src/libcharon/network/receiver.c"),
        (Z, "received invalid EAP-MS-CHAPv2 message: too short", "src/libcharon/plugins/eap_mschapv2/eap_mschapv2.c"),
        (S, "opening file /var/log/charon.log for logging failed: Permission denied",
         "src/libcharon/bus/listeners/file_logger.c"),
        (U, "ignoring IKE_SA setup from 10.0.0.12[500], half-open IKE_SA limit of 1000 reached",
         "src/libcharon/network/receiver.c"),
    ]:
        add(R, p, typ, m)

    # --- rsyslog (LogError texts as errmsg.c formats them: ": strerror" and the version/error-code tag) ---
    R = "rsyslog/rsyslog"
    for typ, m, p in [
        (N, "cannot connect to 10.0.0.12:514 (took 0.00 seconds): Connection refused [v8.2606.0 try https://www.rsyslog.com/e/2027 ]",
         "runtime/nsd_ptcp.c"),
        (N, "cannot resolve hostname 'logs.stemedb.internal': Name or service not known [v8.2606.0 try https://www.rsyslog.com/e/2027 ]",
         "runtime/nsd_ptcp.c"),
        (N, "nsd_ossl:No shared ciphers between syslog client '10.0.0.12' and server. [v8.2606.0]", "runtime/nsd_ossl.c"),
        (N, "not permitted to talk to peer 'node2.stemedb.internal', certificate invalid: signer not found [v8.2606.0]",
         "runtime/nsd_gtls.c"),
        (A, "error: peer name not authorized -  not permitted to talk to it. Names: DNSname: node3.stemedb.internal; CN: node3.stemedb.internal;  [v8.2606.0 try https://www.rsyslog.com/e/2088 ]",
         "runtime/nsd_gtls.c"),
        (A, "omelasticsearch: authentication failed with status 401 [v8.2606.0 try https://www.rsyslog.com/e/2007 ]",
         "plugins/omelasticsearch/omelasticsearch.c"),
        (S, "file '/var/log/stemedb/api.log'[12] write error - see https://www.rsyslog.com/solving-rsyslog-write-errors/ for help OS error: No space left on device [v8.2606.0 try https://www.rsyslog.com/e/2027 ]",
         "runtime/stream.c"),
        (S, "file '/var/spool/rsyslog/fwdq.00000001': open error: Permission denied [v8.2606.0 try https://www.rsyslog.com/e/2433 ]",
         "runtime/stream.c"),
        (Z, "queue corruption: .qi file contains invalid dequeue number -4 [v8.2606.0]", "runtime/queue.c"),
        (T, "rsyslogd: timed out waiting for input modules to signal readiness (2 module(s) outstanding) - sending READY=1 anyway [v8.2606.0 try https://www.rsyslog.com/e/2041 ]",
         "runtime/rsconf.c"),
        (U, "error: driver mode 1 not supported by ptcp netstream driver [v8.2606.0 try https://www.rsyslog.com/e/2081 ]",
         "runtime/nsd_ptcp.c"),
    ]:
        add(R, p, typ, m)

    # --- keepalived (log_message texts) ---
    R = "acassen/keepalived"
    add(R, "keepalived/vrrp/vrrp.c", A,
        "(VI_1) IPSEC-AH : invalid IPSEC HMAC-MD5 value. Due to fields mutation or bad password !", True)
    for typ, m, p in [
        (A, "(VI_1) received an invalid passwd from 10.0.0.12!", "keepalived/vrrp/vrrp.c"),
        (T, "TCP connection to [10.0.0.12]:tcp:18182 timeout.", "keepalived/check/check_tcp.c"),
        (T, "Timeout connecting SMTP server [10.0.0.25]:25.", "keepalived/core/smtp.c"),
        (N, "TCP connection to [10.0.0.12]:tcp:18182 failed.", "keepalived/check/check_tcp.c"),
        (N, "Read error with server [10.0.0.12]:tcp:18182: Connection reset by peer", "keepalived/check/check_http.c"),
        (N, "(VI_1): send advert error 101 (Network is unreachable)", "keepalived/vrrp/vrrp.c"),
        (Z, "(VI_1): Checksum ERROR from 10.0.0.12, checksum: pkt 0x1a2b, previous 0x0000, calc 0x3c4d acc 0x3c4d",
         "keepalived/vrrp/vrrp.c"),
        (S, "Locking pid file /run/keepalived/keepalived.pid error 13 - Permission denied", "keepalived/core/pidfile.c"),
        (U, "(VI_1) Cannot use unicast without any peers - going to fault state", "keepalived/vrrp/vrrp.c"),
        (U, "(VI_1) CONFIGURATION ERROR: local instance and VI_2 are both configured as address owner, please resolve",
         "keepalived/vrrp/vrrp.c"),
    ]:
        add(R, p, typ, m)

def holdout19(add):
    for part in (_part_de, _part_df, _part_dg, _part_dh):
        part(add)
