"""The thirteenth blind batch: wordings from sources in no earlier batch, gathered
after the twelfth joined the catalogue, aimed at signature verification: from
each source every signature, MAC and verification wording and a sample of
its other errors. Four helper sessions read them blind, with the same brief
and conventions as the earlier batches and a paragraph on signatures. Each wording was
read in the file named beside it; fills not read in the source are named in
each part's note. build.py adds it to the catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401

# CometBFT, go-ethereum and w3f/schnorrkel (newest snapshots via fetch, read with git show); cosmos-sdk, polkadot-sdk and anza-xyz/agave (too large to fetch: files read with read_file / find_string); each message read in the file named per entry, placeholders filled.
_SIG1 = ("895747542690D408428ED48B7FDBDA3B8E4EE5965B8BE88C4F776B42DEC0D174"
         "FE85D8B6B47F611BA59653752D1EA20493D982FB10AA4FF7691C548D68D7B79D")
_SIG2 = ("6BD1ACE221096EFCA19D4413B5699C91B43BFED1B941A540742FB2B86177E6C1"
         "134BC94982B1050382AD591339CCFC844E90088A77BD5FD84EE6CF601F543049")
_PUB = "2F16D004941D87F037A0EA71D703B4EB4B79284453140EBCFD2E8AC36AC2FD90"
_ADDR1 = "ECDF128604A96D9062342C6A5055117D5D2F431B"
_ADDR2 = "152D9D9789D98632513847933FE31D4F7FAB30F2"
_H1 = "0x38e0d4047b4dd0bbab63455d1d3fd64c0ccadc927c51ee3e41607d1f8d1b6ec5"
_H2 = "0xe6dc1cc76d6110ecc4e2ffe201f5730d6ef1d168f44405295f6f072e322c5610"
_H3 = "c6ea4e5472d5cd799e03ee7580e6804da7e0c8341ae0223b25fe0e0ab2dd26a4"
_H4 = "342c9f9d6f63c9129e6f01d2f963a09f05a19d0d4d1b45bc79f603a51779bc90"
_SIGBYTES = ("[53, 105, 63, 202, 209, 250, 105, 206, 36, 138, 229, 224, 3, 187, 97, 145, 254, 140, 92, "
             "191, 147, 172, 134, 93, 22, 161, 44, 75, 118, 132, 150, 187, 15, 244, 45, 90, 194, 237, 216, "
             "179, 212, 50, 10, 133, 90, 122, 35, 4, 8, 54, 212, 121, 88, 104, 232, 95, 169, 54, 221, 40, "
             "61, 216, 204, 27]")
_PUBBYTES = ("[228, 150, 32, 159, 130, 104, 57, 245, 37, 239, 18, 150, 226, 86, 187, 254, 101, 132, 239, "
             "212, 162, 137, 192, 78, 165, 16, 42, 250, 106, 217, 149, 176]")


def _part_ag(add):
    # --- CometBFT (Go): errors.New / fmt.Errorf / Error() methods ---
    R = "cometbft/cometbft"
    # types/validation.go: verifyCommitSingle, %X of the commit signature bytes
    add(R, "types/validation.go", A, "wrong signature (#3): " + _SIG1, True)
    # light/client.go wraps light/verifier.go's ErrInvalidHeader{VerifyCommitLight error} in ErrVerificationFailed
    add(R, "light/client.go", A,
        "verify from #120400 to #120480 failed: invalid header: wrong signature (#7): " + _SIG2, True)
    # types/vote_set.go wrapping types/vote.go's ErrVoteInvalidSignature; PubKey String is PubKeyEd25519{%X}
    add(R, "types/vote_set.go", A,
        "failed to verify vote with ChainID stemedb-1 and PubKey PubKeyEd25519{" + _PUB + "}: invalid signature", True)
    add(R, "types/vote_set.go", A,
        "failed to verify extended vote with ChainID stemedb-1 and PubKey PubKeyEd25519{" + _PUB
        + "}: expected vote extension signature")
    add(R, "consensus/errors.go", A, "error invalid proposal signature", True)
    # p2p/transport.go: ErrRejected{isAuthFailure} around p2p/conn/secret_connection.go's challenge check
    add(R, "p2p/conn/secret_connection.go", A, "auth failure: secret conn failed: challenge verification failed", True)
    add(R, "evidence/verify.go", A, "verifying VoteA: invalid signature", True)
    add(R, "types/validation.go", A,
        "invalid signatures from Validator{" + _ADDR1 + " PubKeyEd25519{" + _PUB + "} VP:10 A:-20} at index 2")
    add(R, "types/validation.go", A,
        "unsupported signature algorithm or insufficient signatures for batch verification")
    add(R, "p2p/transport.go", A,
        "auth failure: conn.ID (" + _ADDR1.lower() + ") dialed ID (" + _ADDR2.lower() + ") mismatch")
    add(R, "light/errors.go", A,
        "old header has expired at 2025-11-28 09:14:02.118342551 +0000 UTC (now: 2025-12-01 14:50:02.903117442 +0000 UTC)")
    add(R, "light/errors.go", U,
        "cant trust new val set: invalid commit -- insufficient voting power: got 40, needed more than 66")
    add(R, "consensus/wal.go", Z, "DataCorruptionError[checksums do not match: read: 2838192301, actual: 1029384756]")
    add(R, "consensus/wal.go", S,
        "failed to ensure WAL directory is in place: mkdir /var/lib/stemedb/cometbft/data/cs.wal: permission denied")
    add(R, "privval/errors.go", T, "endpoint read timed out")
    add(R, "privval/errors.go", N, "endpoint is not connected")
    add(R, "p2p/errors.go", N,
        "error looking up host (seed1.stemedb.io:26656): lookup seed1.stemedb.io on 127.0.0.53:53: no such host")
    add(R, "statesync/syncer.go", T, "timed out waiting for chunk")
    add(R, "crypto/merkle/proof_value.go", Z, "leaf hash mismatch: want " + _H3.upper() + " got " + _H4.upper())
    add(R, "consensus/errors.go", U, "found signature from the same key")

    # --- Cosmos SDK (Go): errorsmod.Wrap(f) gives "<desc>: <registered error>" ---
    R = "cosmos/cosmos-sdk"
    add(R, "x/auth/ante/sigverify.go", A,
        "signature verification failed; please verify account number (12) and chain-id (stemedb-1): "
        "(unable to verify single signer signature): unauthorized", True)
    add(R, "x/auth/ante/sigverify.go", A,
        "signature verification failed; please verify account number (12), sequence (7) and chain-id (stemedb-1): "
        "unauthorized", True)
    add(R, "crypto/keys/multisig/multisig.go", A, "unable to verify signature at index 1", True)
    add(R, "crypto/keyring/errors.go", A,
        "Ledger generated an invalid signature. Perhaps you have multiple ledgers and need to try another one", True)
    add(R, "x/auth/ante/sigverify.go", A,
        "pubKey does not match signer address cosmos1anu5h4s0kqy6mmn0xcp3lf4c8zmdhmhs3gwrqj with signer index: 0: "
        "invalid pubkey")
    add(R, "crypto/keys/multisig/multisig.go", A, "not enough signatures set, have 1, expected 2")
    add(R, "x/auth/ante/sigverify.go", U, "signatures: 8, limit: 7: maximum number of signatures exceeded")
    add(R, "x/auth/ante/sigverify.go", U, "account sequence mismatch, expected 8, got 7: incorrect account sequence")
    add(R, "x/auth/ante/sigverify.go", T,
        "unordered transaction has a timeout_timestamp that has already passed: invalid request")
    add(R, "snapshots/manager.go", Z, "expected " + _H3 + ", got " + _H4 + ": chunk hash verification failed")
    add(R, "snapshots/manager.go", Z, "snapshot format 4: unknown snapshot format")
    add(R, "snapshots/manager.go", U, "a snapshot operation is in progress: conflict")

    # --- go-ethereum (Go) ---
    R = "ethereum/go-ethereum"
    for m in ["bad header MAC", "bad frame MAC"]:
        add(R, "p2p/rlpx/rlpx.go", A, m, True)
    add(R, "p2p/enr/enr.go", A, "invalid signature on node record", True)
    add(R, "p2p/discover/v5wire/encoding.go", A, "invalid ID nonce signature", True)
    add(R, "beacon/light/head_tracker.go", A, "invalid header signature", True)
    add(R, "accounts/scwallet/securechannel.go", A, "invalid MAC in response", True)
    add(R, "accounts/scwallet/wallet.go", A, "smartcard: recovered public key mismatch", True)
    add(R, "consensus/clique/clique.go", A, "unauthorized signer")
    add(R, "consensus/clique/clique.go", A, "extra-data 65 byte signature suffix missing")
    # core/state_transition.go wraps core/types/tx_setcode.go's ErrInvalidSig
    add(R, "core/error.go", A, "EIP-7702 authorization has invalid signature: invalid transaction v, r, s values")
    # core/txpool/validation.go wraps types.Sender's error
    add(R, "core/txpool/validation.go", A, "invalid sender: invalid chain id for signer")
    add(R, "core/types/transaction_signing.go", A, "wrong size for signature: got 64, want 65")
    add(R, "node/jwt_handler.go", A, "stale token")
    add(R, "trie/proof.go", A, "invalid proof, want hash " + _H3 + ", got " + _H4)
    add(R, "p2p/dnsdisc/error.go", Z, "invalid base64 signature")
    add(R, "node/errors.go", S, "datadir already used by another process")
    add(R, "core/rawdb/database.go", S,
        "ancient chain segments already extracted, please set --datadir.ancient to the correct path")
    # p2p/peer_error.go: DiscReason.Error()
    add(R, "p2p/peer_error.go", N, "too many peers")
    add(R, "p2p/peer_error.go", N, "breach of protocol")

    # --- Substrate / polkadot-sdk (Rust) ---
    R = "paritytech/polkadot-sdk"
    add(R, "substrate/primitives/runtime/src/transaction_validity.rs", A, "Transaction has a bad signature", True)
    add(R, "substrate/client/transaction-pool/api/src/error.rs", A, "Invalid transaction validity: BadProof", True)
    add(R, "substrate/primitives/blockchain/src/error.rs", A, "Extrinsic is not valid: Invalid(BadProof)", True)
    add(R, "substrate/client/consensus/grandpa/src/justification.rs", A,
        "bad justification for header: invalid signature for precommit in grandpa justification", True)
    add(R, "substrate/client/consensus/babe/src/lib.rs", A, "Bad signature on " + _H1, True)
    add(R, "substrate/client/consensus/babe/src/lib.rs", A, "VRF verification failed", True)
    add(R, "substrate/primitives/consensus/common/src/error.rs", A,
        "Message signature " + _SIGBYTES + " by " + _PUBBYTES + " is invalid", True)
    add(R, "substrate/primitives/runtime/src/transaction_validity.rs", A, "Invalid signing address")
    add(R, "substrate/client/consensus/babe/src/lib.rs", A, "Header " + _H2 + " is unsealed")
    add(R, "substrate/client/consensus/babe/src/lib.rs", Z, "Header " + _H2 + " has a bad seal")
    add(R, "substrate/primitives/consensus/common/src/error.rs", A, "Invalid justification")
    add(R, "substrate/primitives/runtime/src/transaction_validity.rs", U, "Transaction is outdated")
    add(R, "substrate/primitives/blockchain/src/error.rs", Z, "Calculated state root does not match.")

    # --- w3f/schnorrkel (Rust; sr25519 under polkadot-sdk's sp-core): SignatureError Display ---
    R = "w3f/schnorrkel"
    add(R, "src/errors.rs", A, "Verification equation failed", True)
    add(R, "src/errors.rs", A, "Signature must be 64 bytes in length")
    add(R, "src/errors.rs", Z, "Cannot decompress Ristretto point")
    add(R, "src/errors.rs", A, "Signature bytes not marked as a schnorrkel signature")
    add(R, "src/errors.rs", A, "Inconsistent commitment violated multi-signature protocol")

    # --- Agave (Solana validator, Rust) ---
    R = "anza-xyz/agave"
    add(R, "sdk/src/transaction/error.rs", A, "Transaction did not pass signature verification", True)
    add(R, "rpc-client-api/src/custom_error.rs", A, "Transaction signature verification failure", True)
    add(R, "rpc-client-api/src/custom_error.rs", A,
        "Transaction precompile verification failure InstructionError(0, Custom(2))", True)
    add(R, "sdk/precompile-error/src/lib.rs", A, "signature is not valid", True)
    add(R, "sdk/precompile-error/src/lib.rs", A,
        "one or both of the signature components are not in the allowed range")
    add(R, "sdk/src/transaction/error.rs", A, "Transaction requires a fee but has no signature present")
    add(R, "ledger/src/shred.rs", A, "Invalid merkle proof")
    add(R, "ledger/src/shred.rs", Z, "Invalid packet size, could not get the shred")
    add(R, "sdk/src/transaction/error.rs", U, "Blockhash not found")
    add(R, "ledger/src/blockstore/error.rs", U, "slot is not rooted")
    add(R, "streamer/src/streamer.rs", T, "receive timeout error")

# Supply-chain signing/verification (Go): sigstore/cosign, sigstore/rekor, theupdateframework/go-tuf, containers/image (signature/, copy/), notaryproject/notation-go, in-toto/in-toto-golang; newest snapshots via fetch, read with git show, file named per entry; placeholders filled.
KEYID = "4e777de0d275f9d28588dd9a1606cc748e548f9e22b6795b7cb3f63f98035fcb"
DGST = "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
ASN1 = "invalid signature when validating ASN.1 encoded signature"   # sigstore/sigstore ECDSA verifier, as wrapped
DSSE = "accepted signatures do not match threshold, Found: 0, Expected 1"  # go-securesystemslib dsse, as wrapped
IMG = "registry.stemedb.io/stemedb/api"


def _part_ah(add):
    # --- go-tuf (v2 metadata API): signatures, thresholds, hashes of targets ---
    R = "theupdateframework/go-tuf"
    for typ, m, sig in [
        (A, "unsigned metadata error: Verifying root failed, not enough signatures, got 0, want 1", True),
        (A, "Failed to verify role with key ID role=timestamp ID=" + KEYID, True),   # log.Info with key/values
        (A, "Signature not found for key ID role=snapshot ID=" + KEYID, False),      # log.Info with key/values
        (A, "value error: key with ID %s not found in root keyids" % KEYID, False),
        (A, "value error: multiple signatures found for key ID " + KEYID, False),
        (Z, "length/hash verification error: hash verification failed - mismatch for algorithm sha256", False),
        (A, "length/hash verification error: hash verification failed - unknown hashing algorithm - md5", False),
    ]:
        add(R, "metadata/metadata.go", typ, m, sig)
    add(R, "metadata/trustedmetadata/trustedmetadata.go", A, "expired metadata error: timestamp.json is expired")
    add(R, "metadata/keys.go", A, "invalid ed25519 public key length 31, expected 32")
    add(R, "metadata/errors.go", N, "failed to download https://tuf.stemedb.io/metadata/2.root.json, http status code: 503")
    add(R, "metadata/updater/updater.go", S, "failed to persist metadata")

    # --- cosign ---
    R = "sigstore/cosign"
    for typ, m, sig in [
        (A, "no matching signatures: " + ASN1, True),
        (A, "no matching attestations: " + DSSE, True),
        (A, "signature in bundle does not match signature being verified", True),
        (A, "unable to verify SET", True),
        (A, "no signatures found", False),
        (A, "no certificate found on signature", False),
        (A, "multiple signatures on DSSE envelopes are not currently supported", False),
        (A, "none of the expected identities matched what was in the certificate, got subjects "
            "[https://github.com/stemedb/stemedb/.github/workflows/release.yml@refs/heads/main] "
            "with issuer https://token.actions.githubusercontent.com", False),
    ]:
        add(R, "pkg/cosign/verify.go", typ, m, sig)
    add(R, "pkg/cosign/verify_sct.go", A, "error verifying SCT", True)
    add(R, "pkg/cosign/pivkey/pivkey.go", A, "invalid ecdsa signature", True)
    for typ, m in [
        (A, "rekor log public key not found for payload. Check your TUF root (see cosign initialize) "
            "or set a custom key with env var SIGSTORE_REKOR_PUBLIC_KEY"),
        (A, "signature not found in transparency log"),
        (Z, "computed leaf hash did not match UUID"),
        (S, "error reading alternate Rekor public key file: open /etc/stemedb/sigstore/rekor.pub: no such file or directory"),
        (N, 'searching log query: Post "https://rekor.sigstore.dev/api/v1/log/entries/retrieve": '
            'dial tcp 10.0.0.12:443: connect: connection refused'),
    ]:
        add(R, "pkg/cosign/tlog.go", typ, m)
    add(R, "pkg/cosign/fetch.go", U, "maximum number of signatures on an image is 1024, found 1031")

    # --- rekor ---
    R = "sigstore/rekor"
    for typ, m, sig in [
        (A, "signature on tree head did not verify", True),
        (A, "signature on old tree head did not verify", True),
        (A, "signature on checkpoint did not verify", True),
        (A, "unable to verify bundle: " + ASN1, True),
        (A, "proof root hash does not match signed tree head, expected "
            "5d2f6a0f8b1c4e7a9d3b2c1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1e "
            "got 9a41c3b2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1e0d9c8b7a6b5b0", False),
    ]:
        add(R, "pkg/verify/verify.go", typ, m, sig)
    add(R, "pkg/types/hashedrekord/v0.0.1/entry.go", A, "error processing entry: verifying signature: " + ASN1, True)
    add(R, "pkg/types/dsse/v0.0.1/entry.go", A, "could not verify envelope: " + DSSE, True)
    add(R, "pkg/types/dsse/v0.0.1/entry.go", A, "all signatures must have a key that verifies it", True)
    add(R, "pkg/types/dsse/v0.0.1/entry.go", A, "DSSE envelope must contain 1 or more signatures")
    add(R, "pkg/util/signed_note.go", A, "signature is too small")
    add(R, "pkg/util/signed_note.go", Z, "malformed note")
    add(R, "pkg/pki/minisign/minisign.go", A, "invalid signature provided: incorrect size 70 detected")
    add(R, "pkg/pki/ssh/encode.go", A, "invalid signature namespace: git")
    for typ, m in [
        (U, "an equivalent entry already exists in the transparency log with UUID "
            "24296fb24b8ad77a3e5bd5aa4e4c2f1b7d09f3c4a61e8b2d5f7c9a0b1e3d5f70"),
        (N, "unexpected error communicating with transparency log"),
    ]:
        add(R, "pkg/api/error.go", typ, m)
    add(R, "pkg/trillianclient/manager.go", S, "failed to load tls_ca_cert: open /etc/rekor/trillian-ca.pem: no such file or directory")

    # --- containers/image (signature package, policy evaluation, copy) ---
    R = "containers/image"
    add(R, "signature/internal/sigstore_payload.go", A, "cryptographic signature verification failed: " + ASN1, True)
    add(R, "signature/internal/rekor_set.go", A, "cryptographic signature verification of Rekor SET failed", True)
    add(R, "signature/internal/rekor_set.go", A,
        'signature in Rekor SET does not match: "0E\\x02!\\x00\\xb1\\x8c\\x1fU\\x9e" vs. "0F\\x02!\\x00\\xc3\\x04\\x7f\\x1d\\xa2"', True)
    add(R, "signature/internal/rekor_set.go", A, "publicKey in Rekor SET does not match")
    add(R, "signature/policy_eval_sigstore.go", A,
        "No public key verified against the RekorSET: cryptographic signature verification of Rekor SET failed", True)
    add(R, "signature/mechanism_openpgp.go", A, "signature error: openpgp: invalid signature: RSA verification failure", True)
    add(R, "signature/mechanism_openpgp.go", A, "Key not found for key ID db72f2188bd46c4a in signature")
    add(R, "signature/mechanism_openpgp.go", A, "Signature expired on 2025-01-31 12:00:00 +0000 UTC")
    add(R, "signature/mechanism_gpgme.go", A,
        'Invalid GPG signature: &gpgme.Signature{Summary:0x4, Fingerprint:"1D8230F6CDB6A06716E414C1DB72F2188BD46C4A", '
        'Status:gpgme.Error{err:0x8}, Timestamp:time.Date(2025, time.March, 3, 10, 0, 0, 0, time.Local), '
        'ExpTimestamp:time.Date(1970, time.January, 1, 0, 0, 0, 0, time.Local), WrongKeyUsage:false, '
        'PKATrust:0x0, ChainModel:false, Validity:0, ValidityReason:error(nil), PubkeyAlgo:1, HashAlgo:8}', True)
    add(R, "signature/mechanism_gpgme.go", A, "Unexpected GPG signature count 2")
    add(R, "signature/simple.go", A, "signature by key 1D8230F6CDB6A06716E414C1DB72F2188BD46C4A is not accepted")
    add(R, "signature/docker.go", A, 'Signature for docker digest "%s" does not match' % DGST, True)
    add(R, "signature/policy_eval_signedby.go", A, "Signature for digest %s does not match" % DGST, True)
    add(R, "signature/policy_eval_signedby.go", A, "A signature was required, but no signature exists")
    add(R, "signature/mechanism.go", Z, "The input is not a signature")
    add(R, "signature/policy_config.go", S,
        'no policy.json file found at any of the following: "/root/.config/containers/policy.json", "/etc/containers/policy.json"')

    # --- notation-go ---
    R = "notaryproject/notation-go"
    add(R, "notation.go", A, "failed to verify signature with digest sha256:"
        "3e1f1a4c5d6b7a8f9e0d1c2b3a4f5e6d7c8b9a0f1e2d3c4b5a6f7e8d9c0b1a2f, "
        "signature is invalid. Error: crypto/rsa: verification error", True)
    add(R, "notation.go", A, 'no signature is associated with "%s@%s", make sure the artifact was signed successfully' % (IMG, DGST))
    add(R, "signer/signer.go", A, "generated signature failed verification: signature is invalid. Error: crypto/rsa: verification error", True)
    for typ, m, sig in [
        (A, "integrity check failed. signature does not match the given blob", True),
        (Z, "content descriptor mismatch", False),
        (A, 'digital signature has expired on "Mon, 03 Mar 2025 10:00:00 +0000"', False),
        (A, "no trusted certificates are found to verify authenticity", False),
        (A, 'signing certificate with subject "CN=release.stemedb.io,O=StemeDB,L=Seattle,ST=WA,C=US" is revoked', False),
        (A, "no timestamp countersignature was found in the signature envelope", False),
    ]:
        add(R, "verifier/verifier.go", typ, m, sig)
    add(R, "errors.go", N, "unable to retrieve the digital signature from the registry")
    add(R, "verifier/trustpolicy/trustpolicy.go", S,
        "unable to read trust policy due to file permissions, please verify the permissions of /root/.config/notation/trustpolicy.oci.json")
    add(R, "plugin/plugin.go", T,
        "'/root/.config/notation/plugins/azure-kv/notation-azure-kv verify-signature' command execution timeout: signal: killed")

    # --- in-toto-golang ---
    R = "in-toto/in-toto-golang"
    for typ, m, sig in [
        (A, "step 'build' requires '1' link metadata file(s). '0' out of '1' available link(s) have a valid "
            "signature from an authorized signer: " + DSSE, True),
        (A, "layout has expired on '2025-01-01 00:00:00 +0000 UTC'", False),
        (A, "layout verification requires at least one key", False),
        (U, "inspection command '[tar xzf stemedb-api-1.4.2.tar.gz]' of inspection 'untar' returned a non-zero value: 2", False),
    ]:
        add(R, "in_toto/verifylib.go", typ, m, sig)
    add(R, "in_toto/envelope.go", A, "no signature found for key '2f89b9272acfc8f4a0a0f094d789fdb0ba798b0fe41f2f5f417c12f0085ff498'")
    add(R, "in_toto/keylib.go", A, "cert cannot be verified by provided roots and intermediates")
    add(R, "in_toto/keylib.go", Z, "failed to decode the data as PEM block (are you sure this is a pem file?)")
    add(R, "in_toto/model.go", Z, "in-toto metadata requires 'signed' and 'signatures' parts")
    add(R, "in_toto/runlib.go", S, "symlink cycle detected")

# Webhook, OIDC and token verification libraries (svix-webhooks, stripe-go, go-oidc, zitadel/oidc, keyfunc + its jwkset, panva/jose, node-jsonwebtoken, slack-go): snapshots via fetch, each wording read in the file named per entry.
def _part_ai(add):
    # --- svix/svix-webhooks (Rust): webhook verification, API client, server, bridge ---
    SV = "svix/svix-webhooks"
    for typ, m, sig in [(A, "signature invalid", True),
                        (A, "missing header signature", False),
                        (Z, "invalid header signature", False),
                        (A, "signature timestamp too old", False),
                        (A, "signature timestamp too far in future", False),
                        (A, "invalid secret", False),
                        (A, "secret may not be blank", False)]:
        add(SV, "rust/src/webhooks.rs", typ, m, sig)
    add(SV, "rust/src/error.rs", T, "Request timeout after 30.000412s (timeout 30s)")
    for typ, m in [(A, 'status=401 Unauthorized code="authentication_failed" detail="Authentication failed. JWT signing secrets can not be used as tokens, please refer to https://github.com/svix/svix-webhooks#authentication for more information."'),
                   (U, "cannot sign JWT with public key")]:
        add(SV, "server/svix-server/src/core/security.rs", typ, m)
    add(SV, "server/svix-server/src/core/cryptography.rs", A, "Failed parsing key.")
    add(SV, "bridge/svix-bridge/src/webhook_receiver/mod.rs", A, "validation failed: 400 Bad Request")

    # --- stripe/stripe-go: webhook signature checks and the API backend ---
    SG = "stripe/stripe-go"
    for typ, m, sig in [(A, "webhook had no valid signature", True),
                        (A, "webhook has no Stripe-Signature header", False),
                        (A, "webhook has invalid Stripe-Signature header", False),
                        (A, "timestamp wasn't within tolerance", False),
                        (Z, "failed to parse webhook body json: invalid character '}' looking for beginning of object key string", False)]:
        add(SG, "webhook/client.go", typ, m, sig)
    add(SG, "stripe.go", N, 'Request failed with error: Post "https://api.stripe.com/v1/payment_intents": dial tcp 10.0.0.12:443: connect: connection refused')

    # --- coreos/go-oidc: ID token verifier, remote key set, provider ---
    GO = "coreos/go-oidc"
    for typ, m, sig in [(A, "failed to verify signature: failed to verify id token signature", True),
                        (A, "failed to verify signature: no public keys able to verify jwt", True),
                        (A, "oidc: id token not signed", False),
                        (A, "oidc: multiple signatures on id token not supported", False),
                        (Z, "oidc: malformed jwt: go-jose/go-jose: compact JWS format must have three parts", False),
                        (A, "oidc: token is expired (Token Expiry: 2026-03-02 10:15:00 +0000 UTC)", False),
                        (A, "oidc: current time 2026-03-02 10:00:00 +0000 UTC before the nbf (not before) time: 2026-03-02 10:30:00 +0000 UTC", False)]:
        add(GO, "oidc/verify.go", typ, m, sig)
    for typ, m, sig in [(A, "oidc: invalid userinfo jwt signature failed to verify id token signature", True),
                        (A, "access token hash does not match value in ID token", False),
                        (A, "id token did not have an access token hash", False),
                        (A, 'oidc: unsupported signing algorithm "HS256"', False)]:
        add(GO, "oidc/oidc.go", typ, m, sig)
    add(GO, "oidc/jwks.go", N, "oidc: get keys failed: 503 Service Unavailable upstream connect error or disconnect/reset before headers")

    # --- zitadel/oidc: verifier, key set, relying party ---
    ZO = "zitadel/oidc"
    for typ, m, sig in [(A, "invalid signature (signature verification failed: go-jose/go-jose: error in cryptographic primitive)", True),
                        (A, "signature does not match Payload", True),
                        (A, "id_token does not contain a signature", False),
                        (A, "id_token contains multiple signatures", False),
                        (A, "at_hash does not correspond to access token", False),
                        (A, "issuedAt of token is in the future: (iat: 2026-03-02 10:20:00 +0000 UTC, now with offset: 2026-03-02 10:00:05 +0000 UTC)", False),
                        (Z, "parsing of request failed: token contains an invalid number of segments", False)]:
        add(ZO, "pkg/oidc/verifier.go", typ, m, sig)
    for typ, m in [(A, "invalid signature (unable to validate signature: no possible keys matches)"),
                   (N, "invalid signature (unable to fetch key for signature validation: oidc: failed to get keys: http status not ok: 503 Service Unavailable upstream connect error or disconnect/reset before headers)")]:
        add(ZO, "pkg/client/rp/jwks.go", typ, m)

    # --- MicahParks/keyfunc and the jwkset storage it reads keys from ---
    KF = "MicahParks/keyfunc"
    for typ, m in [(A, 'failed keyfunc: JWK "alg" parameter value "RS256" does not match token "alg" parameter value "HS256"'),
                   (A, 'failed keyfunc: JWK "use" parameter value "enc" is not in whitelist'),
                   (Z, "failed keyfunc: could not convert kid in JWT header to string"),
                   (A, 'key not found "kid-2026-03"\nfailed keyfunc: could not read JWK from storage')]:
        add(KF, "keyfunc.go", typ, m)
    JK = "MicahParks/jwkset"
    add(JK, "storage.go", N, 'failed to perform HTTP request for JWK Set refresh: Get "https://auth.stemedb.internal/.well-known/jwks.json": dial tcp 10.0.0.12:443: connect: connection refused')
    add(JK, "jwk.go", N, "failed to validate JWK: X.509 certificate is expired")

    # --- panva/jose (JavaScript) ---
    PJ = "panva/jose"
    add(PJ, "src/lib/jws_verify.ts", A, "JWSSignatureVerificationFailed: signature verification failed", True)
    for typ, m, p in [(A, 'JOSEAlgNotAllowed: "alg" (Algorithm) Header Parameter value not allowed', "src/lib/jws_verify.ts"),
                      (Z, 'JWS "alg" (Algorithm) Header Parameter missing or invalid', "src/lib/jws_verify.ts"),
                      (A, "JWS Signature missing or incorrect type", "src/jws/flattened/verify.ts"),
                      (Z, "Failed to base64url decode the signature", "src/lib/helpers.ts"),
                      (A, "alg ES256K is not supported either by JOSE or your javascript runtime", "src/lib/jws_algorithms.ts"),
                      (A, "RS256 requires key modulusLength to be 2048 bits or larger", "src/lib/crypto_key.ts"),
                      (A, "no applicable key found in the JSON Web Key Set", "src/util/errors.ts"),
                      (A, "multiple matching keys found in the JSON Web Key Set", "src/util/errors.ts"),
                      (A, 'Invalid Embedded JWK, its "use" must be "sig" when present', "src/jwk/embedded.ts"),
                      (A, 'JWTExpired: "exp" claim timestamp check failed', "src/lib/jwt_claims_set.ts"),
                      (A, '"nbf" claim timestamp check failed', "src/lib/jwt_claims_set.ts"),
                      (A, '"iat" claim timestamp check failed (too far in the past)', "src/lib/jwt_claims_set.ts"),
                      (A, "decryption operation failed", "src/util/errors.ts"),
                      (T, "JWKSTimeout: request timed out", "src/jwks/remote.ts")]:
        add(PJ, p, typ, m)

    # --- auth0/node-jsonwebtoken (JavaScript) ---
    NJ = "auth0/node-jsonwebtoken"
    # node-jsonwebtoken's "invalid signature" (verify.js, sig) is left out unscored: a test-set text.
    for typ, m in [(A, "JsonWebTokenError: jwt signature is required"),
                   (A, "invalid algorithm"),
                   (A, 'please specify "none" in "algorithms" to verify unsigned tokens'),
                   (A, "secretOrPublicKey must be a symmetric key when using HS256"),
                   (A, "secretOrPublicKey is not valid key material"),
                   (A, "TokenExpiredError: jwt expired"),
                   (A, "jwt not active"),
                   (A, "maxAge exceeded"),
                   (Z, "JsonWebTokenError: jwt malformed")]:
        add(NJ, "verify.js", typ, m)
    for typ, m in [(A, '"alg" parameter for "ec" key type must be one of: ES256, ES384, ES512.'),
                   (A, 'Invalid key for this operation, its RSA-PSS parameters do not meet the requirements of "alg" PS256.')]:
        add(NJ, "lib/validateAsymmetricKey.js", typ, m)
    add(NJ, "sign.js", A, "secretOrPrivateKey has a minimum key size of 2048 bits for RS256")

    # --- slack-go/slack: request signing secret, events API, socket mode ---
    SL = "slack-go/slack"
    add(SL, "security.go", A, "computed unexpected signature of: 9f3c1e0b5a7d24c6e8f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7", True)
    add(SL, "security.go", A, "Expected signing signature: 5c2d8e1f0a9b3c4d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d, but computed: 9f3c1e0b5a7d24c6e8f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7", True)
    for typ, m in [(A, "timestamp is too old"), (A, "missing headers"), (U, "invalid configuration")]:
        add(SL, "errors.go", typ, m)
    add(SL, "slackevents/parsers.go", A, "invalid verification token")
    add(SL, "socketmode/socket_mode_managed_conn.go", T, "ping timeout: Slack did not send us WebSocket PING for more than Client.maxInterval")

# DNSSEC, package, firmware and general-purpose signing (unbound, PowerDNS, tink-go, rpm, mcuboot, git, gopenpgp): newest snapshots via fetch, each wording read in the file named per entry (git show HEAD:<path>); placeholders filled plausibly.
def _part_aj(add):
    # --- NLnetLabs/unbound: validator reasons as logged by errinf_to_str_bogus
    #     ("validation failure <name type class>: reason from <origin>", util/module.c),
    #     verbose() lines of the validator, trust-anchor and autotrust file handling ---
    R = "NLnetLabs/unbound"
    add(R, "validator/val_secalgo.c", A,
        "validation failure <api.stemedb.internal. A IN>: signature crypto failed from 10.0.0.53", True)
    add(R, "validator/val_secalgo.c", A, "verify: signature mismatch", True)
    for typ, m in [
        (A, "validation failure <api.stemedb.internal. A IN>: signature expired from 10.0.0.53"),
        (A, "verify: signature bad, current time is before inception date expi=20260915000000 incep=20260901000000 now=20260830120000"),
        (A, "validation failure <api.stemedb.internal. AAAA IN>: signatures from unknown keys from 10.0.0.53"),
        (A, "verify: dnskey has REVOKE bit set, not usable for data validation per RFC 5011 s2.1"),
        (A, "verify: signature too short"),
        (A, "DS fail: digest is different"),
        (U, "verify sig: too many RRSIG validations"),
    ]:
        add(R, "validator/val_sigcrypt.c", typ, m)
    add(R, "validator/val_secalgo.c", A, "verify: unknown algorithm 253")
    add(R, "validator/validator.c", A,
        "validation failure <kv.stemedb.internal. TXT IN>: no signatures from 10.0.0.53")
    add(R, "validator/validator.c", A,
        "Could not establish a chain of trust to keys for stemedb.internal. DNSKEY IN")
    add(R, "validator/val_utils.c", A, "DNSKEY RRset did not match DS RRset by name")
    add(R, "validator/autotrust.c", A, "trust anchor /var/lib/unbound/root.key has been revoked")
    add(R, "validator/val_anchor.c", S,
        "error opening file /var/lib/stemedb/dns/root.key: No such file or directory")

    # --- PowerDNS/pdns: TSIG validation (dnssecinfra.cc) as logged by packethandler.cc /
    #     tsigverifier.cc, recursor validation states and VLOG lines (validate.cc),
    #     OpenSSL signer errors, AXFR / TLS transport errors ---
    R = "PowerDNS/pdns"
    add(R, "pdns/dnssecinfra.cc", A,
        "Packet for 'stemedb.internal' denied: Signature with TSIG key 'stemedb-xfr.' failed to validate", True)
    add(R, "pdns/tsigverifier.cc", A,
        "Error while validating TSIG signature on AXFR response from 10.0.0.53:53:Invalid TSIG time delta 412 >  fudge 300")
    add(R, "pdns/dnssecinfra.cc", A,
        "Signature with TSIG key 'stemedb-xfr.' does not match the expected algorithm (hmac-sha256. / hmac-sha1.)")
    add(R, "pdns/tsigverifier.cc", A,
        "No TSIG on AXFR response from 10.0.0.53:53 , should be signed with TSIG key 'stemedb-xfr.'")
    add(R, "pdns/validate.cc", A,
        "api.stemedb.internal: Signature by key with tag 20326 and algorithm ECDSAP256SHA256 was NOT valid", True)
    add(R, "pdns/validate.cc", A, "Bogus - No valid RRSIG", True)
    for typ, m in [(A, "Bogus - Signature expired"), (A, "Bogus - Unsupported DNSKEY algorithm")]:
        add(R, "pdns/validate.cc", typ, m)
    add(R, "pdns/opensslsigners.cc", A, "OpenSSL EdDSA: Verification failure", True)
    add(R, "pdns/opensslsigners.cc", A, "OpenSSL ECDSA invalid signature size 63")
    add(R, "pdns/packethandler.cc", A,
        "Received unsigned NOTIFY for stemedb.internal from 10.0.0.12 while a TSIG key was required (Refused)")
    add(R, "pdns/recursordist/syncres.cc", U,
        "Server Failure while validating DNSKEYs, too many signature validations for this query")
    add(R, "pdns/axfr-retriever.cc", T, "Timeout waiting for answer from 10.0.0.53:53 during AXFR")
    add(R, "pdns/axfr-retriever.cc", N, "Remote nameserver closed TCP connection")

    # --- tink-crypto/tink-go: signature verifiers, MAC primitives, AEAD tags, JWT ---
    R = "tink-crypto/tink-go"
    add(R, "signature/verifier_factory.go", A, "verifier_factory: invalid signature", True)
    add(R, "signature/subtle/ecdsa_verifier.go", A, "ecdsa_verifier: invalid signature", True)
    add(R, "internal/mac/hmac/hmac.go", A, "HMAC: invalid MAC", True)
    add(R, "mac/mac_factory.go", A, "mac_factory: invalid mac", True)
    add(R, "aead/subtle/encrypt_then_authenticate.go", A, "encrypt_then_authenticate: HMAC: invalid MAC", True)
    add(R, "internal/aead/aesgcmsiv.go", A, "aes_gcm_siv: message authentication failure", True)
    add(R, "signature/ed25519/verifier.go", A, "ed25519: the length of the signature is not 64")
    add(R, "signature/verifier_factory.go", A, "verifier_factory: invalid signature prefix")
    add(R, "internal/signature/rsa.go", A, "hash function not safe for digital signatures: \"SHA1\"")
    add(R, "jwt/jwt_validator.go", A, "token cannot be used yet")
    add(R, "jwt/jwt_encoding.go", A, "empty signature")
    add(R, "aead/aesgcm/aead.go", Z, "aesgcm.Decrypt: ciphertext with size 12 is too short")
    add(R, "jwt/jwt_validator.go", U, "clock skew too large, max is 10 minutes")

    # --- rpm-software-management/rpm: package signature / digest results
    #     (rpmsinfoMsg in lib/rpmvs.cc, logged "%s: %s" by lib/package.cc), problems, key import ---
    R = "rpm-software-management/rpm"
    PKG = "/var/cache/stemedb/rpms/stemedb-api-1.4.2-1.x86_64.rpm"
    add(R, "lib/rpmvs.cc", A,
        PKG + ": Header OpenPGP V4 RSA/SHA256 signature, key fingerprint: 5a6340b3b6e3a0c1d2f4e8b79c1d0e2f4a6b8c9d: BAD", True)
    add(R, "lib/rpmvs.cc", A, PKG + ": Header OpenPGP V4 RSA/SHA256 signature, key ID 9c1d0e2f: NOKEY")
    add(R, "lib/rpmvs.cc", A,
        PKG + ": Header OpenPGP V4 EdDSA/SHA512 signature, key fingerprint: 5a6340b3b6e3a0c1d2f4e8b79c1d0e2f4a6b8c9d: NOTTRUSTED")
    add(R, "lib/rpmvs.cc", Z,
        PKG + ": Payload SHA256 digest: BAD (Expected 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 != 3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b)")
    add(R, "lib/rpmvs.cc", Z, PKG + ": Header OpenPGP signature: BAD (header tag 268: invalid OpenPGP signature)")
    add(R, "lib/rpmprob.cc", A, "package stemedb-api-1.4.2-1.x86_64 does not verify: no signature")
    add(R, "lib/rpmchecksig.cc", A, "/etc/pki/rpm-gpg/RPM-GPG-KEY-stemedb: key 1 import failed.")
    add(R, "sign/rpmgensig.cc", A, "Unsupported OpenPGP hash algorithm 1")
    add(R, "lib/rpmchecksig.cc", S, PKG + ": open failed: Permission denied")

    # --- mcu-tools/mcuboot: image signature / encrypted-key MAC checks, image headers, flash ---
    R = "mcu-tools/mcuboot"
    add(R, "boot/bootutil/src/ed25519_psa.c", A, "ED25519 signature verification failed -149", True)
    add(R, "boot/bootutil/src/encrypted_psa.c", A, "MAC verification failed -149", True)
    add(R, "boot/bootutil/src/image_ed25519.c", A, "bootutil_verify_sig: expected slen 64, got 72")
    add(R, "boot/bootutil/src/image_ed25519.c", A, "bootutil_verify_sig: import key failed -135")
    add(R, "boot/bootutil/src/loader.c", Z, "Bad image magic 0xffffffff; Image=0")
    add(R, "boot/bootutil/src/tlv.c", Z, "bootutil_tlv_iter_next: malformed TLV at 37412 overruns section end 37888")
    add(R, "boot/bootutil/src/encrypted.c", Z, "Failed to parse ASN1 private key")
    add(R, "boot/bootutil/src/bootutil_loader.c", S, "Failed to open flash area ID 2 (image 0 slot 1): -19")
    add(R, "boot/bootutil/src/bootutil_public.c", U, "Image size bigger than designated area: 245760 > 229376")

    # --- git/git: commit signature checks (commit.c, via gpg-interface.c), fast-import,
    #     ssh signing config, and file "signatures" that are magic numbers / checksums ---
    R = "git/git"
    add(R, "commit.c", A,
        "Commit 3f2c1a9 has a bad GPG signature allegedly by Stemedb Release <release@stemedb.io>.", True)
    add(R, "commit.c", A,
        "Commit 3f2c1a9 has an untrusted GPG signature, allegedly by Stemedb Release <release@stemedb.io>.")
    add(R, "commit.c", A, "Commit 3f2c1a9 does not have a GPG signature.")
    add(R, "builtin/fast-import.c", A, "aborting due to invalid signature", True)
    add(R, "gpg-interface.c", A, "bad/incompatible signature '-----BEGIN PGP MESSAGE-----'")
    add(R, "gpg-interface.c", U,
        "gpg.ssh.allowedSignersFile needs to be configured and exist for ssh signature verification")
    add(R, "gpg-interface.c", U,
        "ssh-keygen -Y find-principals/verify is needed for ssh signature verification (available in openssh version 8.2p1+)")
    add(R, "builtin/index-pack.c", Z, "pack signature mismatch")
    add(R, "commit-graph.c", Z, "commit-graph signature 0 does not match signature 43475048")
    add(R, "read-cache.c", Z, "bad index file sha1 signature")
    add(R, "send-pack.c", U, "the receiving end does not support --signed push")

    # --- ProtonMail/gopenpgp: SignatureVerificationError (crypto/signature.go) and handle errors;
    #     inner causes filled with go-crypto style errors ---
    R = "ProtonMail/gopenpgp"
    add(R, "crypto/signature.go", A,
        "Signature Verification Error: Invalid signature caused by openpgp: invalid signature: EdDSA verification failure", True)
    add(R, "crypto/signature.go", A, "Signature Verification Error: Missing signature")
    add(R, "crypto/signature.go", A, "Signature Verification Error: No matching signature")
    add(R, "crypto/signature.go", A,
        "Signature Verification Error: Invalid signature context caused by gopenpgp: signature had a wrong context")
    add(R, "crypto/signature.go", A,
        "Signature Verification Error: Invalid signature caused by gopenpgp: signature creation time is out of range")
    add(R, "mime/signature_collector.go", Z,
        "mime: signature verification failed: gopenpgp: verifying signature failed: gopenpgp: unarmor failed: EOF")
    add(R, "crypto/keyring.go", A, "gopenpgp: all contacts keys are expired")
    add(R, "crypto/verify_handle.go", Z, "gopenpgp: not able to parse cleartext message")
    add(R, "crypto/signature.go", U, "gopenpgp: message has not been verified")

def holdout13(add):
    for part in (_part_ag, _part_ah, _part_ai, _part_aj):
        part(add)
