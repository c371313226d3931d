"""The twenty-third blind batch: wordings from sources in no earlier batch,
gathered at the same time as the twenty-second and scored after it joined.
Four helper sessions read them blind, with the same brief and conventions as
the earlier batches. Each wording was read in the file named beside it; fills
not read in the source are named in each part's note. build.py adds it to the
catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401

# Rust cryptography, OpenPGP and key management: signalapp/libsignal, mkulke/sequoia (GitHub copy of Sequoia-PGP's own tree, since sequoia-pgp/sequoia is not stored), rozbb/rust-hpke, cryspen/hpke-rs, zkcrypto/bls12_381, parallaxsecond/rust-tss-esapi, iqlusioninc/yubihsm.rs, iqlusioninc/tmkms; each read from a snapshot via fetch (git show HEAD:<path>), files named per entry.
def _part_fe(add):
    # --- libsignal (displaydoc doc comments are the Display text) ---
    LS = "signalapp/libsignal"
    for typ, m in [(Z, "protobuf encoding was invalid"),
                   (Z, "ciphertext serialized bytes were too short <12>"),
                   (Z, "ciphertext version was unrecognized <5>"),
                   (A, "untrusted identity for address 9d0652a3-dcc3-4d11-975f-74d61598733f.1"),
                   (U, "session with 9d0652a3-dcc3-4d11-975f-74d61598733f.2 not found: message_decrypt_signal"),
                   (U, "self send of a sealed sender message")]:
        add(LS, "rust/protocol/src/error.rs", typ, m)
    add(LS, "rust/protocol/src/error.rs", A, "invalid signature detected", True)
    add(LS, "rust/protocol/src/error.rs", A, "invalid Whisper message: MAC verification failed", True)
    add(LS, "rust/protocol/src/error.rs", A,
        "invalid sealed sender message: sender certificate key does not match authentication tag", True)
    add(LS, "rust/crypto/src/error.rs", A, "invalid authentication tag", True)
    add(LS, "rust/crypto/src/error.rs", U, "invalid nonce size")
    add(LS, "rust/usernames/src/error.rs", A,
        "HMAC on username link doesn't match the one calculated with the given entropy input", True)
    add(LS, "rust/usernames/src/error.rs", Z,
        "Username link data size is too short: must contain IV, ciphertext, and HMAC")
    add(LS, "rust/message-backup/src/frame.rs", A,
        "HMAC doesn't match: expected ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb, "
        "found 3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d", True)
    add(LS, "rust/keytrans/src/verify.rs", A, "Verification failed: failed to verify tree head signature", True)
    for typ, m in [(N, "Failed to establish TCP connection to any of the IPs"),
                   (N, "Failed to establish SSL connection: boring X509 error code: 10 certificate has expired, "
                       "cert_chain: [\"FbGKckMldpVwT2ajsd3JMRGU/H0uGJb0QMxRfHd6t+w=\"]"),
                   (T, "TLS handshake timed out")]:
        add(LS, "rust/net/infra/src/errors.rs", typ, m)
    for typ, m in [(N, "DoH request resulted in a non-200 response code: 502"),
                   (N, "DNS request resulted in a non-zero error code: 3")]:
        add(LS, "rust/net/infra/src/dns/dns_errors.rs", typ, m)
    for typ, m in [(T, "timed out while sending a request"), (T, "timed out while establishing a connection"),
                   (N, "websocket error: transport: Failed to establish TCP connection to any of the IPs"),
                   (N, "websocket error: IO error: connection reset"),
                   (A, "device was deregistered")]:
        add(LS, "rust/net/src/chat/error.rs", typ, m)
    add(LS, "rust/net/infra/src/ws/error.rs", N, "unexpected close: [no close frame]")
    add(LS, "rust/svrb/src/errors.rs", A, "Restore failed, 9 tries remaining")

    # --- Sequoia-PGP (GitHub copy mkulke/sequoia of Sequoia's own tree) ---
    SQ = "mkulke/sequoia"
    add(SQ, "openpgp/src/lib.rs", A, "Message has been manipulated", True)
    add(SQ, "openpgp/src/parse/stream.rs", A, "Bad signature: Message has been manipulated", True)
    for typ, m in [(A, "Missing key: 8F17777118A33DDA"),
                   (A, "Subkey of 8F17777118A33DDA9BA48E62AACB3243630052D9 not bound: "
                       "No binding signature at time 2025-11-30T14:02:11Z")]:
        add(SQ, "openpgp/src/parse/stream.rs", typ, m)
    for typ, m in [(A, "Expired on 2025-06-30T00:00:00Z"),
                   (A, "Missing session key: No session key decrypted"),
                   (Z, "Malformed packet: Short read"), (Z, "Malformed MPI: checksum wrong"),
                   (Z, "Malformed Message: Malformed OpenPGP message"),
                   (Z, "Malformed Cert: Additional packets found, is this a keyring?"),
                   (U, "Unsupported hash algorithm: MD5"),
                   (U, "Signature Packet Packet (1048577 bytes) exceeds limit of 1048576 bytes")]:
        add(SQ, "openpgp/src/lib.rs", typ, m)
    for typ, m in [(A, "Policy rejected non-revocation signature (Binary) requiring collision resistance: "
                       "SHA1 is not considered secure since 2013-02-01T00:00:00Z")]:
        add(SQ, "openpgp/src/policy.rs", typ, m)
    add(SQ, "openpgp/src/armor.rs", Z, "Reached EOF looking for Armor Header Line")
    for typ, m in [(U, "Cert not found"), (N, "Error communicating with server"),
                   (Z, "Malformed URL; expected hkp: or hkps:"), (Z, "Malformed response from server")]:
        add(SQ, "net/src/lib.rs", typ, m)
    add(SQ, "net/src/pks.rs", A, "Key unlock failed with error: 403")
    add(SQ, "ipc/src/lib.rs", N, "Connection closed unexpectedly.")
    add(SQ, "ipc/src/assuan/mod.rs", N, "Handshake failed: No data received from server")

    # --- rust-hpke ---
    RH = "rozbb/rust-hpke"
    for typ, m in [(A, "Failed to open ciphertext"), (A, "Decapsulation failed"),
                   (U, "Too many bytes requested from KDF"),
                   (Z, "Incorrect input length. Expected 32 bytes. Got 31."),
                   (U, "Preshared key bundle is missing a key or key ID")]:
        add(RH, "src/lib.rs", typ, m)

    # --- hpke-rs (Display is "HPKE Error: {:?}") ---
    HR = "cryspen/hpke-rs"
    for typ, m in [(A, "HPKE Error: OpenError"),
                   (A, "HPKE Error: CryptoError(\"Invalid KEM public key\")"),
                   (U, "HPKE Error: MessageLimitReached")]:
        add(HR, "src/lib.rs", typ, m)

    # --- bls12_381 (panics in hash-to-curve) ---
    BL = "zkcrypto/bls12_381"
    for m in ["Invalid ExpandMsgXmd usage: ell > 255", "Invalid ExpandMsgXof usage: len_in_bytes > u16::MAX"]:
        add(BL, "src/hash_to_curve/expand_msg.rs", U, m)

    # --- rust-tss-esapi (its own wrapper errors and log lines; the TPM/TSS return-code
    #     texts are copies of tpm2-tss and are left out) ---
    TS = "parallaxsecond/rust-tss-esapi"
    for typ, m in [(U, "Parameter provided is of the wrong size."),
                   (U, "Some of the required parameters were not provided."),
                   (U, "The provided parameter is not yet supported by the library."),
                   (A, "Missing authorization session."),
                   (U, "An unexpected error occurred within the crate.")]:
        add(TS, "tss-esapi/src/error/wrapper.rs", typ, m)
    add(TS, "tss-esapi/src/context/tpm_commands/signing_and_signature_verification.rs", A,
        "Error when verifying signature: 0x000002DB", True)
    add(TS, "tss-esapi/src/context.rs", A, "Missing session handle for authorization (authSession1 = None)")
    add(TS, "tss-esapi/src/structures/lists/handles.rs", Z, "Error: Invalid TPML_HANDLE count(> 254)")
    add(TS, "tss-esapi/src/error/return_code/tpm/format_zero.rs", Z,
        "Found non zero reserved bit in TPM format zero response code")

    # --- yubihsm.rs (Context Display is "<kind>: <source>") ---
    YH = "iqlusioninc/yubihsm.rs"
    for typ, m in [(A, "HSM error: insufficient permissions"), (U, "HSM error: object not found"),
                   (U, "HSM error: sessions full (max 16)"),
                   (Z, "HSM error: wrong length")]:
        add(YH, "src/device/error.rs", typ, m)
    add(YH, "src/session/securechannel.rs", A, "protocol error: cryptographic verification failed: R-MAC mismatch!", True)
    add(YH, "src/client.rs", A, "HSM response error: HMAC verification failure", True)
    add(YH, "src/connector/error.rs", N, "connector error: bad response from connector: error reading response")
    add(YH, "src/connector/error.rs", N, "USB error: lost connection to USB device")
    add(YH, "src/object/types.rs", Z, "invalid object type: invalid object type: 42")
    add(YH, "src/session/error.rs", U, "max commands per session exceeded")

    # --- tmkms (client loop logs "[<chain>@<addr>] <error>") ---
    TM = "iqlusioninc/tmkms"
    V = "[cosmoshub-4@tcp://f88883b673fc69d7869cab098de3bafc2ff76eb8@10.0.0.12:26658] "
    add(TM, "src/client.rs", N, V + "I/O error: Connection refused (os error 111)")
    add(TM, "src/connection/tcp.rs", A, V + "verification failed: 10.0.0.12:26658: validator peer ID mismatch! "
        "(expected f88883b673fc69d7869cab098de3bafc2ff76eb8, got 3c7a2e1d90b4f5a6c8d7e9f0a1b2c3d4e5f60718)")
    add(TM, "src/session.rs", U, V + "chain ID error: got unexpected chain ID: cosmoshub-3 (expecting: cosmoshub-4)")
    add(TM, "src/session.rs", U, V + "requested signature above stop height: "
        "attempted to sign at height 19000001 which is greater than 19000000")
    add(TM, "src/session.rs", U, V + "attempted double sign Proposal at h/r/s: 1234567/0/0 (4A0B2C3D != 9F8E7D6C)")
    add(TM, "src/chain/state.rs", U, "attempted double sign: height regression: last height:1234567 new height:1234560")
    add(TM, "src/chain/state.rs", S, "attempted double sign: error syncing state to disk: error writing state to "
        "/var/lib/tmkms/state/cosmoshub-4-consensus.json: No space left on device (os error 28)")
    add(TM, "src/chain/state.rs", Z, "parse error: error parsing /var/lib/tmkms/state/cosmoshub-4-consensus.json: "
        "EOF while parsing a value at line 1 column 0")
    add(TM, "src/chain/state/hook.rs", T, "subcommand hook failed: subcommand timed out after 1s")
    add(TM, "src/key_utils.rs", S, "I/O error: couldn't read key from /etc/tmkms/secrets/kms-identity.key: "
        "No such file or directory (os error 2)")
    add(TM, "src/key_utils.rs", A, "invalid key: Ed25519 identity key must be provided as a 32-byte seed")
    add(TM, "src/keyring/providers/yubihsm.rs", U, "config error: expected one [yubihsm.provider] in config, found: 0")

# Go blockchain and peer-to-peer nodes (go-libp2p, kubo, lotus, prysm, avalanchego, fabric, optimism, nitro): snapshots via fetch, each wording read in the file named per entry (errors.New / fmt.Errorf / xerrors / pkg/errors Wrap "msg: cause" / log lines).
def _part_ff(add):
    # --- libp2p/go-libp2p ---
    R = "libp2p/go-libp2p"
    for typ, m in [(N, "no usable connection to peer"), (U, "resource limit exceeded")]:
        add(R, "core/network/errors.go", typ, m)
    add(R, "core/network/mux.go", N, "stream reset")
    add(R, "core/record/envelope.go", A, "invalid signature or incorrect domain", True)
    add(R, "p2p/net/swarm/swarm.go", T, "dial timed out")
    add(R, "p2p/net/swarm/dial_error.go", N,
        "failed to dial /ip4/10.0.0.12/tcp/4001: dial tcp4 10.0.0.12:4001: connect: connection refused")
    for typ, m, sig in [
        (N, "certificate verification failed: x509: certificate has expired or is not yet valid: "
            "current time 2024-11-02T10:15:04Z is after 2024-10-30T00:00:00Z", False),
        (Z, "unmarshalling signed certificate failed: asn1: structure error: tags don't match "
            "(16 vs {class:0 tag:4 length:32 isCompound:false}) {optional:false explicit:false application:false "
            "private:false defaultValue:<nil> tag:<nil> stringType:0 timeType:0 set:false omitEmpty:false} signedKey @2",
         False)]:
        add(R, "p2p/security/tls/crypto.go", typ, m, sig)
    for typ, m, sig in [
        (A, "handshake signature invalid", True),
        (N, "error reading handshake message: read tcp4 10.0.0.5:4001->10.0.0.12:4001: read: connection reset by peer",
         False)]:
        add(R, "p2p/security/noise/handshake.go", typ, m, sig)
    add(R, "p2p/http/auth/internal/handshake/server.go", A, "invalid HMAC", True)
    add(R, "p2p/transport/webrtc/transport.go", T, "peerconnection opening timed out")

    # --- ipfs/kubo ---
    R = "ipfs/kubo"
    add(R, "repo/fsrepo/migrations/embedded.go", S,
        "failed to acquire repo lock: lock /var/lib/ipfs/repo.lock: someone else has the lock")
    add(R, "repo/fsrepo/fsrepo.go", U,
        "ipfs repo needs migration, please run migration tool.\n"
        "See https://github.com/ipfs/fs-repo-migrations/blob/master/run.md\n"
        "Sorry for the inconvenience. In the future, these will run automatically.")
    add(R, "repo/fsrepo/fsrepo.go", S,
        "file Rename error: rename /var/lib/ipfs/.api.tmp /var/lib/ipfs/api: read-only file system, "
        "file remove error: remove /var/lib/ipfs/.api.tmp: read-only file system")
    add(R, "config/config.go", Z,
        "failure to decode config: invalid character '}' looking for beginning of object key string")
    add(R, "cmd/ipfs/kubo/init.go", S, "/var/lib/ipfs is not writeable by the current user")
    add(R, "core/coreiface/errors.go", U, "this action must be run in online mode, try running 'ipfs daemon' first")
    add(R, "core/node/identity.go", A,
        "private key in config does not match id: 12D3KooWQYhTNQdmr3ArTeUHRYzFg94BKyTkoWBDWez9kSCVe2Xo != "
        "12D3KooWLRPJAA5o6d5m4GYBVuFwcCj9DQZzVoDUbzsw4Xz3qFPt")
    add(R, "core/commands/name/name.go", A, "record validation failed: signature verification failed", True)
    add(R, "fuse/mount/mount.go", T, "umount timeout")
    add(R, "gc/gc.go", S, "garbage collection incomplete: could not delete some blocks")
    add(R, "core/corehttp/commands.go", U, "api version mismatch")

    # --- filecoin-project/lotus ---
    R = "filecoin-project/lotus"
    add(R, "lib/sigs/bls/init.go", A, "bls signature failed to verify", True)
    add(R, "lib/sigs/delegated/init.go", A,
        "signature did not match maybeaddr: f410fkkld55ioe7qg24wvt7fu6pbknb56ht7pt4zamxa, "
        "signer: f410fu7hsvbo4vkq3tlnnsw3imcyfjzrhltnqvp3cs4a", True)
    add(R, "chain/consensus/common.go", A, "bls aggregate signature was invalid: bls aggregate signature failed to verify",
        True)
    add(R, "chain/consensus/filcns/filecoin.go", A, "check block signature failed: bls signature failed to verify", True)
    add(R, "chain/messagepool/messagepool.go", A, "signature verification failed: signature did not match", True)
    for typ, m in [(U, "minimum expected nonce is 42, got 39: message nonce too low"),
                   (U, "mpool message too large (65537B): message too big")]:
        add(R, "chain/messagepool/messagepool.go", typ, m)
    add(R, "node/repo/interface.go", S, "repo is already locked (process is already running)")
    add(R, "blockstore/badger/blockstore.go", S,
        "failed to put blocks in badger blockstore: write /var/lib/lotus/datastore/chain/000123.vlog: "
        "no space left on device")
    add(R, "chain/beacon/beacon.go", T,
        "context timed out waiting on beacon entry to come back for epoch 4321987: context deadline exceeded")
    add(R, "lib/rpcenc/reader.go", T, "handler timed out")

    # --- prysmaticlabs/prysm ---
    R = "prysmaticlabs/prysm"
    add(R, "beacon-chain/core/transition/transition.go", A, "signature in block failed to verify", True)
    add(R, "beacon-chain/blockchain/process_block.go", A, "batch block signature verification failed", True)
    add(R, "beacon-chain/core/blocks/deposit.go", A, "one or more deposit signatures did not verify", True)
    add(R, "crypto/keystore/keystore.go", A, "could not decrypt key with given passphrase")
    add(R, "beacon-chain/db/kv/kv.go", S, "cannot obtain database lock, database may be in use by another process")
    add(R, "beacon-chain/db/filesystem/blob.go", S,
        "failed to write the full bytes of sidecarData, wrote only 4096 of 131928 bytes")
    add(R, "beacon-chain/db/kv/utils.go", Z, "incorrectly packed root list, length is not a multiple of 32")
    for typ, m in [(T, "timeout from http.Client"),
                   (A, "could not authenticate connection to execution client: 401 Unauthorized: missing token")]:
        add(R, "beacon-chain/execution/engine_client.go", typ, m)
    add(R, "beacon-chain/p2p/broadcaster.go", N, "failed to find peers for subnet")
    add(R, "validator/client/attest.go", U,
        "attempted to make slashable attestation, rejected by local slashing protection")

    # --- ava-labs/avalanchego ---
    R = "ava-labs/avalanchego"
    add(R, "database/corruptabledb/db.go", S, "closing database to avoid possible corruption")
    add(R, "database/corruptabledb/db.go", S,
        "closed to avoid possible corruption, init error: write /var/lib/avalanchego/db/mainnet/v1.4.5/000123.log: "
        "input/output error")
    add(R, "database/leveldb/db.go", S,
        "could not open: open /var/lib/avalanchego/db/mainnet/v1.4.5/LOCK: permission denied")
    for typ, m in [(Z, "byte array exceeds maximum length: 2097152 > 1048576"),
                   (Z, "trailing buffer space: read 120 provided 128")]:
        add(R, "codec/manager.go", typ, m)
    add(R, "message/messages.go", Z, "message is compressed with an unknown compression type")
    add(R, "network/dialer/dialer.go", N,
        "error while dialing 10.0.0.12:9651: dial tcp 10.0.0.12:9651: connect: connection refused")
    add(R, "network/peer/upgrader.go", N, "tls handshake finished with no peer certificate")
    add(R, "staking/verify.go", A, "staking: ECDSA verification failure", True)
    add(R, "utils/crypto/secp256k1/secp256k1.go", A, "signature was mutated from its original format")
    add(R, "snow/engine/snowman/bootstrap/bootstrapper.go", U, "unexpected timeout fired")

    # --- hyperledger/fabric ---
    R = "hyperledger/fabric"
    add(R, "msp/identities.go", A,
        "The signature is invalid for (certificate subject=CN=peer0.org1.example.com,OU=peer,O=Org1,C=US "
        "issuer=CN=ca.org1.example.com,O=org1.example.com,C=US serialnumber=412873460118283)", True)
    add(R, "orderer/common/cluster/clusterservice.go", A, "signature mismatch: signature invalid", True)
    add(R, "orderer/common/cluster/clusterservice.go", A, "node id mismatch")
    add(R, "common/cauthdsl/policy.go", A, "signature set did not satisfy policy")
    add(R, "common/ledger/util/leveldbhelper/leveldb_helper.go", S,
        "lock is already acquired on file /var/hyperledger/production/ledgersData/fileLock")
    add(R, "common/ledger/blkstorage/blockfile_rw.go", S,
        "error opening block file writer for file /var/hyperledger/production/ledgersData/chains/chains/mychannel/"
        "blockfile_000003: open /var/hyperledger/production/ledgersData/chains/chains/mychannel/blockfile_000003: "
        "too many open files")
    add(R, "common/ledger/blkstorage/block_stream.go", Z, "unexpected end of blockfile")
    add(R, "common/deliverclient/block_verification.go", Z,
        "Header.DataHash is different from Hash(block.Data) for block with id [1042] on channel [mychannel]; "
        "Header: 3f1c2a9b7e, Data: 8d0e41c6a2")
    add(R, "gossip/comm/comm_impl.go", T, "timed out waiting for connection message from 10.0.0.12:7051")
    add(R, "orderer/common/cluster/comm.go", T, "rpc timeout expired")
    add(R, "orderer/consensus/etcdraft/node.go", T, "leadership transfer timed out")

    # --- ethereum-optimism/optimism ---
    R = "ethereum-optimism/optimism"
    for typ, m, sig in [(A, "invalid block signature", True), (A, "unexpected block author", False),
                        (Z, "payload has bad block hash", False),
                        (U, "seen too many different blocks at same height", False)]:
        add(R, "op-node/p2p/gossip.go", typ, m, sig)
    add(R, "op-conductor/conductor/service.go", T, "timeout to pause conductor")
    add(R, "op-service/client/rpc.go", N,
        "failed to dial address (http://10.0.0.12:8545): dial tcp 10.0.0.12:8545: connect: connection refused")
    add(R, "op-node/p2p/sync.go", T, "timed out waiting for global sync rate limit: context deadline exceeded")
    for typ, m in [(Z, "invalid derivation format byte: got 1"), (Z, "frame_data_length is too large: 1100000")]:
        add(R, "op-node/rollup/derive/frame.go", typ, m)
    for typ, m in [(U, "channel timeout is less than the safety margin"), (U, "max frame index reached (uint16)")]:
        add(R, "op-batcher/batcher/channel_builder.go", typ, m)

    # --- OffchainLabs/nitro ---
    R = "OffchainLabs/nitro"
    add(R, "daprovider/anytrust/redis_storage_service.go", A, "HMAC signature doesn't match expected value(s)", True)
    add(R, "daprovider/data_streaming/signing.go", A, "signature does not match", True)
    for typ, m, sig in [(A, "signature not verified", True), (A, "signature not verified: signer not approved", False)]:
        add(R, "util/signature/verifier.go", typ, m, sig)
    add(R, "util/rpcclient/rpcclient.go", T,
        "timeout trying to connect lastError: dial tcp 10.0.0.12:8547: connect: connection refused")
    add(R, "pubsub/producer.go", T, "error getting response, request has been waiting for too long")
    add(R, "daprovider/anytrust/local_file_storage_service.go", S,
        "couldn't start LocalFileStorageService, directory '/var/lib/nitro/das-data' must be readable and writeable")
    add(R, "cmd/nitro/init/init.go", U,
        "database has chain ID 42161 but config has chain ID 42170 (are you sure this database is for the right chain?)")
    add(R, "broadcastclient/broadcastclient.go", N,
        "broadcast client unable to connect: dial tcp 10.0.0.12:9642: connect: connection refused")
    add(R, "wsbroadcastserver/utils.go", N,
        "Received compressed frame even though compression extension wasn't negotiated")

# Container and WebAssembly runtimes (containerd/rust-extensions, krustlet, wasmCloud, spin, lunatic, WasmEdge, netavark, aardvark-dns): snapshots via fetch, read with git show; files named per entry.
def _part_fg(add):
    # --- containerd/rust-extensions: containerd-shim Error ("{context} error: {err}", "Other: {0}", ...) ---
    R = "containerd/rust-extensions"
    for typ, m, p in [
        (S, "failed to open file /run/containerd/io.containerd.runtime.v2.task/k8s.io/3f2a9c/options.json error: No such file or directory (os error 2)",
         "crates/shim/src/asynchronous/util.rs"),
        (S, "write tmp file /run/containerd/io.containerd.runtime.v2.task/k8s.io/3f2a9c/.init.pid.tmp error: No space left on device (os error 28)",
         "crates/shim/src/asynchronous/util.rs"),
        (Z, "Other: read spec: EOF while parsing an object at line 41 column 0", "crates/shim/src/asynchronous/util.rs"),
        (T, "Other: time out waiting for socket unix:///run/containerd/s/9b1e44d0c2a7", "crates/shim/src/asynchronous/mod.rs"),
        (U, "Failed to parse command line: Shim socket cannot be empty", "crates/shim/src/asynchronous/mod.rs"),
        (S, "Mount Some(\"overlay\") to /run/containerd/io.containerd.runtime.v2.task/k8s.io/3f2a9c/rootfs error: EBUSY: Device or resource busy",
         "crates/shim/src/mount_linux.rs"),
        (U, "Not Found: can not find the exec by id exec-7f3a", "crates/runc-shim/src/container.rs"),
        (U, "Other: cannot pause when in Stopped state", "crates/runc-shim/src/runc.rs"),
        (U, "Failed pre condition: process not created", "crates/runc-shim/src/runc.rs"),
        (T, "Runc command timed out: deadline has elapsed", "crates/runc/src/error.rs"),
        (N, "Unix socket connection error: Connection refused (os error 111)", "crates/runc/src/error.rs"),
        (N, "Unix socket unexpectedly closed", "crates/runc/src/error.rs"),
    ]:
        add(R, p, typ, m)

    # --- krustlet/krustlet (anyhow messages of the kubelet and WASI provider) ---
    R = "krustlet/krustlet"
    for typ, m, p in [
        (S, "Error loading certificate_authority file: No such file or directory (os error 2)", "crates/kubelet/src/bootstrapping/mod.rs"),
        (Z, "Error parsing bootstrap file: clusters[0]: missing field `server` at line 5 column 7", "crates/kubelet/src/bootstrapping/mod.rs"),
        (A, "Authentication certificates were never approved", "crates/kubelet/src/bootstrapping/mod.rs"),
        (T, "Timed out while initializing container statuses.", "crates/kubelet/src/pod/status.rs"),
        (U, "cannot find container sidecar in pod stemedb-api-0", "crates/kubelet/src/provider/mod.rs"),
        (U, "Image ref registry.example.com/wasm/stemedb-hook:v1.4.0 not available locally", "crates/kubelet/src/store/oci/file.rs"),
        (U, "No module layer present in image data", "crates/kubelet/src/store/oci/file.rs"),
        (U, "_start import doesn't exist in wasm module", "crates/wasi-provider/src/wasi_runtime.rs"),
        (U, "Unknown plugin type GPUPlugin. Allowed types are 'CSIPlugin' and 'DevicePlugin'", "crates/kubelet/src/plugin_watcher/mod.rs"),
        (U, "Plugin doesn't support version 1.0.0", "crates/kubelet/src/plugin_watcher/mod.rs"),
        (U, "Volume data has not been mounted yet", "crates/wasi-provider/src/states/container/waiting.rs"),
    ]:
        add(R, p, typ, m)

    # --- wasmCloud/wasmCloud: wash-runtime (anyhow, printed with {:#}: "context: cause") ---
    R = "wasmCloud/wasmCloud"
    for typ, m, p in [
        (Z, "digest mismatch: fetched sha256:9f2c4b7e1d0a, expected sha256:4e1a77c0b3d9", "crates/wash-runtime/src/component_source.rs"),
        (S, "failed to read component file /var/lib/wash/components/http-hello.wasm: No such file or directory (os error 2)",
         "crates/wash-runtime/src/component_source.rs"),
        (U, "config source 'db' references environment variable 'DB_URL' which is not set", "crates/wash-runtime/src/config_source.rs"),
        (Z, "line 3 is not KEY=VALUE in /etc/wash/app.env", "crates/wash-runtime/src/config_source.rs"),
        (S, "failed to read cache directory: Permission denied (os error 13)", "crates/wash-runtime/src/oci.rs"),
        (U, "invalid pull policy \"Sometimes\"; expected always|ifNotPresent|never", "crates/wash-runtime/src/oci.rs"),
        (T, "timeout pushing component to ghcr.io/acme/http-hello:0.1.0 after 30s: deadline has elapsed", "crates/wash-runtime/src/oci.rs"),
        (U, "circular dependency detected among components: [\"api\", \"cache\"]", "crates/wash-runtime/src/engine/workload.rs"),
        (T, "lifecycle call to host component plugin 'nats-messaging' timed out", "crates/wash-runtime/src/plugin/component_host/lifecycle.rs"),
        (A, "outgoing request to host 'api.example.com' is not allowed by allowed_hosts policy", "crates/wash-runtime/src/host/http.rs"),
        (S, "failed to open object file: Permission denied (os error 13)", "crates/wash-runtime/src/plugin/wasi_blobstore/filesystem.rs"),
    ]:
        add(R, p, typ, m)

    # --- spinframework/spin (formerly fermyon/spin) ---
    R = "spinframework/spin"
    for typ, m, p in [
        (N, "127.0.0.1:3000 is already in use. To have Spin search for a free port, use the --find-free-port option.",
         "crates/trigger-http/src/server.rs"),
        (N, "Redis trigger failed to connect to redis://10.0.0.12:6379: Connection refused (os error 111)", "crates/trigger-redis/src/lib.rs"),
        (N, "disconnected from redis://10.0.0.12:6379", "crates/trigger-redis/src/lib.rs"),
        (Z, "'Host' header is not valid UTF-8", "crates/trigger-http/src/server.rs"),
        (A, "no credentials stored for ghcr.io", "crates/oci/src/auth.rs"),
        (A, "cannot authenticate as ci-bot to registry ghcr.io: Not authorized: url https://ghcr.io/token?scope=&service=ghcr.io",
         "crates/oci/src/client.rs"),
        (Z, "OCI config \"/root/.cache/spin/registry/manifests/ghcr.io/acme/app/v1/config.json\" is not JSON", "crates/oci/src/loader.rs"),
        (A, "address mysql://10.0.0.12:3306 is not permitted", "crates/factor-outbound-mysql/src/host.rs"),
        (U, "payload size 2097152 exceeds the maximum allowed size of 1048576 bytes", "crates/factor-outbound-mqtt/src/host.rs"),
        (S, "failed to create key value store's parent directory: '/var/lib/spin/.spin: Permission denied (os error 13)",
         "crates/key-value-spin/src/lib.rs"),
        (Z, "Component api source is not a valid .wasm file", "crates/oci/src/validate.rs"),
    ]:
        add(R, p, typ, m)

    # --- lunatic-solutions/lunatic ---
    R = "lunatic-solutions/lunatic"
    for typ, m, p in [
        (N, "Failed to connect to node2 at 10.0.0.12:7000", "crates/lunatic-distributed/src/quic/quin.rs"),
        (N, "Peer must provide an identity.", "crates/lunatic-distributed/src/quic/quin.rs"),
        (N, "Missing critical Lunatic certificate extension.", "crates/lunatic-distributed/src/quic/quin.rs"),
        (N, "Error sending HTTP registration request.", "crates/lunatic-distributed/src/control/client.rs"),
        (Z, "Error parsing the registration request JSON.", "crates/lunatic-distributed/src/control/client.rs"),
        (Z, "Trap raised during host call: invalid utf-8 sequence of 1 bytes from index 3 (lunatic::registry::put).",
         "crates/lunatic-common-api/src/lib.rs"),
        (A, "Process doesn't have permissions to spawn sub-processes", "crates/lunatic-process-api/src/lib.rs"),
        (U, "Cannot spawn process during module initialization", "crates/lunatic-process-api/src/lib.rs"),
        (U, "Process received Kill signal", "crates/lunatic-process/src/lib.rs"),
        (S, "Module 'target/wasm32-wasi/release/stemedb_hook.wasm' not found", "src/mode/common.rs"),
        (N, "No available port on 127.0.0.1. Aborting", "src/mode/control.rs"),
    ]:
        add(R, p, typ, m)

    # --- WasmEdge/WasmEdge: ErrCode as logged by spdlog ("{phase} failed: {msg}, Code: 0x{code:03x}") ---
    R = "WasmEdge/WasmEdge"
    for typ, m in [
        (S, "loading failed: invalid path, Code: 0x100"),
        (S, "loading failed: read error, Code: 0x101"),
        (Z, "loading failed: magic header not detected, Code: 0x103"),
        (Z, "loading failed: unknown binary version, Code: 0x104"),
        (Z, "loading failed: malformed UTF-8 encoding, Code: 0x114"),
        (U, "validation failed: type mismatch, Code: 0x202"),
        (U, "instantiation failed: unknown import, Code: 0x302"),
        (U, "execution failed: out of bounds memory access, Code: 0x408"),
        (U, "wasmedge runtime failed: cost limit exceeded, Code: 0x003"),
        (U, "wasmedge runtime failed: execution interrupted, Code: 0x007"),
    ]:
        add(R, "include/common/enum.inc", typ, m)
    add(R, "lib/host/wasi/vfs_io.cpp", S, "Failed to open file for writing: /var/lib/wasmedge/logs/guest.log")

    # --- containers/netavark (NetavarkError Display: "{msg}: {inner}", "IO error: {e}", ...) ---
    R = "containers/netavark"
    for typ, m, p in [
        (S, "create firewall lock file \"/run/containers/networks/firewall/firewall.lock\": IO error: Read-only file system (os error 30)",
         "src/firewall/state.rs"),
        (S, "lock firewall lock file: IO error: No locks available (os error 37)", "src/firewall/state.rs"),
        (S, "Failed to acquire exclusive lock on \"/run/containers/networks/aardvark-dns/aardvark.lock\": Input/output error (os error 5)",
         "src/dns/aardvark.rs"),
        (U, "aardvark-dns exited unexpectedly without error message", "src/dns/aardvark.rs"),
        (Z, "failed to parse aardvark-dns stderr message: invalid utf-8 sequence of 1 bytes from index 12", "src/dns/aardvark.rs"),
        (U, "duplicate subnet defined: 10.89.0.0/24", "src/network/core_utils.rs"),
        (U, "invalid bridge mode \"l2\"", "src/network/bridge.rs"),
        (N, "socket \"/run/podman/nv-proxy.sock\": Connection refused (os error 111), is the netavark-dhcp-proxy.socket unit enabled?",
         "src/dhcp_proxy/lib.rs"),
        (Z, "JSON Decoding error: EOF while parsing a value at line 1 column 0", "src/error/mod.rs"),
        (S, "open container netns: open /run/netns/netns-5c1e0a7b: IO error: No such file or directory (os error 2)",
         "src/network/core_utils.rs"),
        (N, "host netlink socket: open: IO error: Address family not supported by protocol (os error 97)", "src/network/core_utils.rs"),
    ]:
        add(R, p, typ, m)

    # --- containers/aardvark-dns (AardvarkError Display: "{msg}: {inner}", "IO error: {e}") ---
    R = "containers/aardvark-dns"
    for typ, m, p in [
        (Z, "configuration file /run/containers/networks/aardvark-dns/podman line 3 is improperly formatted - too few entries",
         "src/config/mod.rs"),
        (Z, "error parsing IP address 10.89.0.300: invalid IP address syntax", "src/config/mod.rs"),
        (S, "config directory /run/containers/networks/aardvark-dns must exist and be a directory", "src/config/mod.rs"),
        (U, "Container ID 5c1e0a7b9d2f has an entry in IPs table, but not network membership table", "src/config/mod.rs"),
        (S, "Unable to write pid to file: No space left on device (os error 28)", "src/server/serve.rs"),
        (S, "open resolv.conf: IO error: No such file or directory (os error 2)", "src/server/serve.rs"),
        (N, "failed to bind udp listener on 10.89.0.1:53: IO error: Address already in use (os error 98)", "src/server/serve.rs"),
        (N, "failed to bind tcp listener on 10.89.0.1:53: IO error: Cannot assign requested address (os error 99)", "src/server/serve.rs"),
        (U, "scope id not supported for ipv4 address", "src/server/serve.rs"),
        (N, "4242 dns request got empty response", "src/dns/coredns.rs"),
    ]:
        add(R, p, typ, m)

# C/C++ HTTP servers and network libraries (beast, uWebSockets, drogon, oatpp, mongoose, civetweb, cpp-httplib, lighttpd1.4): snapshots via fetch, read with git show; each wording read in the file named per entry, placeholders filled.
def _part_fh(add):
    # --- Boost.Beast: error_category message() tables ---
    R = "boostorg/beast"
    for typ, m in [(N, "end of stream"), (Z, "bad Content-Length"), (Z, "bad chunk"),
                   (Z, "unexpected eof in body"), (U, "body limit exceeded"), (U, "stale parser")]:
        add(R, "include/boost/beast/http/impl/error.ipp", typ, m)
    add(R, "include/boost/beast/core/impl/error.ipp", T, "The socket was closed due to a timeout")
    for typ, m in [(N, "The WebSocket handshake was declined by the remote peer"),
                   (Z, "The WebSocket frame payload was not valid utf8"),
                   (U, "The WebSocket message exceeded the locally configured limit"),
                   (N, "A WebSocket protocol violation occurred")]:
        add(R, "include/boost/beast/websocket/impl/error.ipp", typ, m)

    # --- uWebSockets: close reasons and std::cerr misuse errors ---
    R = "uNetworking/uWebSockets"
    for typ, m in [(U, "Received too big message"), (T, "WebSocket timed out from inactivity"),
                   (Z, "Received invalid UTF-8"), (Z, "Received invalid close payload"),
                   (N, "Received invalid WebSocket frame"),
                   (N, "Received TCP FIN before WebSocket close frame")]:
        add(R, "src/WebSocketProtocol.h", typ, m)
    add(R, "src/App.h", U, "Error: idleTimeout must be either 0 or greater than 8!")
    add(R, "src/App.h", U, "Error: maxLifetime must not be greater than 240 minutes!")
    add(R, "src/HttpContext.h", U,
        "Error: Returning from a request handler without responding or attaching an abort handler is forbidden!")
    add(R, "src/TopicTree.h", U,
        "Error: WebSocket must not subscribe or unsubscribe to topics while iterating its topics!")

    # --- drogon (HTTP client results, server, ORM, redis) ---
    R = "drogonframework/drogon"
    add(R, "lib/inc/drogon/HttpTypes.h", N, "Unrecoverable encryption failure")
    add(R, "lib/src/HttpServer.cc", U, "too much connections!force close!")
    add(R, "lib/src/WebSocketConnectionImpl.cc", N, "Bad frame: all control frames MUST NOT be fragmented")
    add(R, "lib/src/WebSocketConnectionImpl.cc", U, "The size of the WebSocket message is too large!")
    add(R, "lib/src/ConfigLoader.cc", S, "Config file /etc/stemedb/drogon.json not found!")
    add(R, "lib/src/ConfigLoader.cc", S, "No permission to read config file /etc/stemedb/drogon.json")
    add(R, "lib/src/AccessLogger.cc", S, "cannot create files in log folder")
    add(R, "orm_lib/src/DbClientImpl.cc", T, "Timeout, no connection available for transaction")
    add(R, "orm_lib/src/DbClientImpl.cc", T, "SQL execution timeout")
    add(R, "orm_lib/src/Exception.cc", N, "Connection to database failed")
    add(R, "orm_lib/inc/drogon/orm/Mapper.h", U, "0 rows found")
    add(R, "nosql_lib/redis/src/RedisConnection.cc", N, "Failed to connect to 10.0.0.12:6379! Connection refused")

    # --- oatpp ---
    R = "oatpp/oatpp"
    add(R, "src/oatpp/network/tcp/client/ConnectionProvider.cpp", N,
        "[oatpp::network::tcp::client::ConnectionProvider::getConnection()]: Error. Can't connect: Connection refused")
    add(R, "src/oatpp/network/tcp/client/ConnectionProvider.cpp", N,
        "[oatpp::network::tcp::client::ConnectionProvider::getConnection()]. Error. Call to getaddrinfo() failed: Name or service not known")
    add(R, "src/oatpp/network/tcp/server/ConnectionProvider.cpp", N,
        "[oatpp::network::tcp::server::ConnectionProvider::instantiateServer()]: Error. Couldn't bind Address already in use")
    add(R, "src/oatpp/web/client/HttpRequestExecutor.cpp", Z,
        "[oatpp::web::client::HttpRequestExecutor::executeOnce()]: Failed to parse response. Invalid response headers")
    add(R, "src/oatpp/data/stream/FileStream.cpp", S,
        "[oatpp::data::stream::FileInputStream::FileInputStream(filename)]: Error. Can't open file.")
    add(R, "src/oatpp/encoding/Base64.cpp", Z,
        "Data is no base64 string. Make sure that auxiliaryChars match with encoder alphabet")
    add(R, "src/oatpp/web/server/handler/AuthorizationHandler.cpp", A, "Authorization Required")
    add(R, "src/oatpp/orm/Transaction.cpp", U,
        "[oatpp::orm::Transaction::commit()]: Error. The transaction is already closed.")
    add(R, "src/oatpp/codegen/api_controller/base_define.hpp", Z,
        "Invalid QUERY parameter 'limit'. Expected type is 'Int32'")
    add(R, "src/oatpp/json/Deserializer.cpp", Z, "[oatpp::json::Deserializer::deserializeMap()]: '}' expected")
    add(R, "src/oatpp/Environment.cpp", U,
        "[oatpp::Environment::getComponent()]: Error. Component of given type doesn't exist: "
        "type='std::shared_ptr<oatpp::data::mapping::ObjectMapper>'")

    # --- mongoose (mg_error / MG_ERROR texts) ---
    R = "cesanta/mongoose"
    add(R, "src/dns.c", N, "node2.stemedb.internal DNS lookup failed")
    for typ, m in [(N, "peer RST"), (T, "Connection timeout"), (T, "ARP timeout"),
                   (U, "max_recv_buf_size reached")]:
        add(R, "src/net_builtin.c", typ, m)
    add(R, "src/http.c", Z, "Invalid chunk")
    add(R, "src/tls_builtin.c", A, "GCM tag verify failed", True)
    add(R, "src/tls_builtin.c", N, "failed to verify certificate chain (not a true CA)")
    add(R, "src/tls_builtin.c", N, "cert is no longer valid: after=250101000000Z (1735689600), now=1764633600")
    add(R, "src/mqtt.c", Z, "3 MQTT malformed message")
    add(R, "src/mqtt.c", A, "3 MQTT auth failed, code 5")
    add(R, "src/tls_dummy.c", U, "TLS is not enabled")

    # --- civetweb (mg_cry_internal / connect error texts) ---
    R = "civetweb/civetweb"
    for typ, m in [(T, "connect(10.0.0.12:7000): timeout"),
                   (N, "connect(10.0.0.12:7000): error Connection refused"),
                   (N, "cannot bind to 18182: 98 (Address already in use)"),
                   (S, "Error writing log file /var/log/stemedb/civetweb-access.log"),
                   (A, "accept_new_connection: 10.0.0.99 is not allowed to connect"),
                   (Z, "read_auth_file: syntax error in authorization file: agent-0042"),
                   (N, "sslize error: error:0A000086:SSL routines::certificate verify failed"),
                   (U, "Invalid option: listen_port"), (U, "Too many worker threads"),
                   (S, "scan_directory: mg_stat(/var/lib/stemedb/static/index.html) failed: No such file or directory"),
                   (U, "SSI #include level is too deep (/var/www/stemedb/index.shtml)")]:
        add(R, "src/civetweb.c", typ, m)

    # --- cpp-httplib (to_string(Error) and std::invalid_argument texts) ---
    R = "yhirose/cpp-httplib"
    for typ, m in [(N, "Could not establish connection"), (N, "Failed to bind IP address"),
                   (N, "Failed to read connection"), (U, "Connection handling canceled"),
                   (N, "SSL server verification failed"), (N, "Connection closed by server"),
                   (T, "Read timeout"), (U, "Exceeded maximum payload size"),
                   (Z, "Invalid request line"), (Z, "Multipart parsing failed"),
                   (U, "max_threads must be >= base_threads")]:
        add(R, "httplib.h", typ, m)

    # --- lighttpd1.4 (log_error / log_perror texts) ---
    R = "lighttpd/lighttpd1.4"
    add(R, "src/mod_auth.c", A, "password doesn't match for /v1/admin username: agent-0042 IP: 10.0.0.99")
    add(R, "src/mod_auth.c", A, "digest: auth failed for agent-0042: wrong password, IP: 10.0.0.99")
    add(R, "src/gw_backend.c", N,
        "establishing connection failed: socket: tcp:10.0.0.12:7000: Connection refused")
    add(R, "src/gw_backend.c", T, "read timeout on socket: tcp:10.0.0.12:7000 (fd: 17)")
    add(R, "src/gw_backend.c", N, "all handlers for /v1/kv/agent-0042?consistent=1 on /v1 are down.")
    add(R, "src/connections.c", N, "connection closed - recv failed: Connection reset by peer")
    add(R, "src/h1.c", U, "request-size too long: 104857600 -> 413")
    add(R, "src/h1.c", Z, "oversized request-header -> sending Status 431")
    add(R, "src/http-header-glue.c", Z, "invalid HTTP status line: HTTP/1.1 2OO OK")
    add(R, "src/chunk.c", S,
        "opening temp-file failed: /var/tmp/lighttpd-upload-XXXXXX: No space left on device")
    add(R, "src/mod_openssl.c", N,
        "SSL: addr:10.0.0.99 verify error:num=10:certificate has expired:depth=0:subject=/CN=node3.stemedb.internal")
    add(R, "src/mod_accesslog.c", S, "opening log '/var/log/stemedb/lighttpd-access.log' failed: Permission denied")

def holdout23(add):
    for part in (_part_fe, _part_ff, _part_fg, _part_fh):
        part(add)
