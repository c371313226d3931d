"""The thirty-fifth blind batch: wordings from sources in no earlier batch.
Four helper sessions read them blind, with the same brief and conventions as
the earlier batches. Each wording was read in the file named beside it; fills
not read in the source are named in each part's note. build.py adds it to the
catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401


# part_le (holdout35): Go secrets, encryption and config-delivery tools -- getsops/sops, bitnami-labs/sealed-secrets, hashicorp/go-kms-wrapping, 1Password/connect-sdk-go, segmentio/chamber, minio/kes, pinterest/knox, 99designs/aws-vault, read from snapshots via fetch (git show HEAD:<path>), each message read in the file named per entry (errors.New / fmt.Errorf / NewExitError / Error() texts, with the wrapping format around them), placeholders filled plausibly. Fills not read in these sources: inner Go stdlib texts (crypto/cipher "cipher: message authentication failed", encoding/base64, encoding/json, os/net errors), GnuPG's stderr line, AWS/GCP/Azure/Vault service error bodies (usual texts of those services), and sealed-secrets' key tag suffix from mkmik/multierror's "%s (%s)" (read in that repository's multierror.go).
def _part_le(add):
    _le_sops(add)
    _le_sealed_secrets(add)
    _le_kms_wrapping(add)
    _le_connect_sdk(add)
    _le_chamber(add)
    _le_kes(add)
    _le_knox(add)
    _le_aws_vault(add)


def _le_sops(add):
    # getsops/sops: cli exit-error texts (cmd/sops), key-source and store errors.
    R = "getsops/sops"
    add(R, "cmd/sops/common/common.go", A,
        "MAC mismatch. File has 1F40FC92DA241694750979EE6CF582F2D5D7D28E18335DE05ABC54D0560E0F5302860C652BF08D560252AA5E74210546F369FBBBCE8C12CFC7957B2652FE9A75, "
        "computed 5267768822EE624D48FCE15EC5CA79CBD602CB7F4C2157A516556991F22EF8C7B5EF7B18D1FF41C59370EFB0858651D44A936C11B7B144C48FE04DF3C6A3E8DA", True)
    add(R, "cmd/sops/common/common.go", A,
        "Cannot decrypt MAC: Could not decrypt with AES_GCM: cipher: message authentication failed", True)
    add(R, "sops.go", A,
        "Error decrypting tree: Could not decrypt value: Could not decrypt with AES_GCM: cipher: message authentication failed", True)
    for typ, m, p in [
        (Z, "Error decrypting tree: Could not decrypt value: Error base64-decoding iv: illegal base64 data at input byte 12", "aes/cipher.go"),
        (Z, "sops metadata not found", "sops.go"),
        (Z, "Error unmarshaling input YAML: yaml: line 7: mapping values are not allowed in this context",
         "stores/yaml/store.go"),
        (S, "Error reading file: open /etc/stemedb/secrets.enc.yaml: no such file or directory", "cmd/sops/common/common.go"),
        (S, "Could not open in-place file for writing: open /etc/stemedb/secrets.enc.yaml: permission denied", "cmd/sops/main.go"),
        (S, "GNUPGHOME has invalid permissions: got 0755 wanted 0700", "pgp/keysource.go"),
        (A, "failed to decrypt sops data key with pgp: gpg: decryption failed: No secret key", "pgp/keysource.go"),
        (A, "failed to create reader for decrypting sops data key with age: no identity matched any of the recipients", "age/keysource.go"),
        (N, "failed to decrypt sops data key from Vault transit backend 'transit/decrypt/stemedb': "
            "Put \"https://10.0.0.12:8200/v1/transit/decrypt/stemedb\": dial tcp 10.0.0.12:8200: connect: connection refused",
         "hcvault/keysource.go"),
        (A, "rpc error: code = PermissionDenied desc = Request rejected by user", "keyservice/server.go"),
        (U, "error loading config: no matching creation rules found", "config/config.go"),
        (U, "Error: cannot operate on both --output and --in-place", "cmd/sops/main.go"),
    ]:
        add(R, p, typ, m)


def _le_sealed_secrets(add):
    # bitnami-labs/sealed-secrets: controller event texts ("Failed to unseal: %v"), kubeseal errors, crypto errors.
    R = "bitnami-labs/sealed-secrets"
    for typ, m, p in [
        (A, "Failed to unseal: no key could decrypt secret (password, username)", "pkg/controller/controller.go"),
        (A, "unable to decrypt sealed secret: stemedb-credentials", "pkg/kubeseal/kubeseal.go"),
        (N, "failed to encrypt using an expired certificate on March 3, 2025", "pkg/kubeseal/kubeseal.go"),
        (N, "cannot fetch \"https://sealed-secrets.stemedb.internal/v1/cert.pem\": 503 Service Unavailable", "pkg/kubeseal/kubeseal.go"),
        (Z, "failed to read any certificates", "pkg/kubeseal/kubeseal.go"),
        (Z, "no secrets found. Ensure the input is valid and UTF-8 encoded", "pkg/kubeseal/kubeseal.go"),
        (T, "timed out waiting for caches to sync", "pkg/controller/controller.go"),
        (U, "failed update: Resource \"stemedb-credentials\" already exists and is not managed by SealedSecret", "pkg/controller/controller.go"),
        (U, "namespace mismatch: input secret is in namespace \"stemedb\" but \"default\" was specified", "pkg/kubeseal/kubeseal.go"),
        (U, "Multistream YAML not supported yet (see https://github.com/bitnami-labs/sealed-secrets/issues/114)", "pkg/multidocyaml/multidocyaml.go"),
    ]:
        add(R, p, typ, m)


def _le_kms_wrapping(add):
    # hashicorp/go-kms-wrapping: wrapper Encrypt/Decrypt/SetConfig errors and extras/kms ("op: msg: %w").
    R = "hashicorp/go-kms-wrapping"
    add(R, "wrappers/awskms/awskms.go", A, "error decrypting data: cipher: message authentication failed", True)
    for typ, m, p in [
        (A, "error decrypting data encryption key: operation error KMS: Decrypt, https response error StatusCode: 400, "
            "RequestID: 0f4a1c2e-7b3d-4e5f-9a8b-1c2d3e4f5a6b, AccessDeniedException: The ciphertext refers to a customer master key "
            "that does not exist, does not exist in this region, or you are not allowed to access.", "wrappers/awskms/awskms.go"),
        (A, "permissions check failed - ensure the service account has at least roles/cloudkms.cryptoKeyEncrypterDecrypter "
            "permissions (for encryption keys) or roles/cloudkms.signerVerifier permissions (for signing keys)", "wrappers/gcpckms/gcpckms.go"),
        (A, "failed to acquire managed identity credentials ManagedIdentityCredential: no default identity is assigned to this resource",
         "wrappers/azurekeyvault/azurekeyvault.go"),
        (U, "'key_ring' not found for GCP CKMS wrapper configuration", "wrappers/gcpckms/gcpckms.go"),
        (U, "error checking key existence: rpc error: code = NotFound desc = CryptoKey "
            "projects/stemedb/locations/global/keyRings/stemedb/cryptoKeys/raft-seal not found.", "wrappers/gcpckms/gcpckms.go"),
        (Z, "after decrypt operation plaintext was not found in data returned from vault", "wrappers/transit/transit_client.go"),
        (Z, "error base64-decoding plaintext: illegal base64 data at input byte 8", "wrappers/transit/transit_client.go"),
        (U, "invalid IV provided: expected 12 bytes, got 16", "envelope.go"),
        (U, "kms.(Kms).GetWrapper: unable to find specified key version ID: key not found", "extras/kms/kms.go"),
        (U, "crypto.(Verifier).Verify: key's supported purposes \"Sign\" does not contain Verify: invalid parameter", "ed25519/verifier.go"),
    ]:
        add(R, p, typ, m)


def _le_connect_sdk(add):
    # 1Password/connect-sdk-go: client errors; onepassword.Error is "status %d: %s" (message = http.StatusText when the body is not JSON).
    R = "1Password/connect-sdk-go"
    for typ, m, p in [
        (A, "There is no token available in the \"OP_CONNECT_TOKEN\" variable", "connect/client.go"),
        (U, "There is no hostname available in the \"OP_CONNECT_HOST\" variable", "connect/client.go"),
        (A, "status 401: Unauthorized", "onepassword/errors.go"),
        (N, "status 502: Bad Gateway", "onepassword/errors.go"),
        (Z, "malformed item uuid provided", "connect/client.go"),
        (Z, "decoding response: invalid character '<' looking for beginning of value", "connect/client.go"),
        (U, "Found 2 vaults with title \"stemedb-prod\"", "connect/client.go"),
        (U, "Found 0 item(s) in vault \"ftdmq3tbbxdgxw5yzc3kdhttfa\" with title \"raft-tls\"", "connect/client.go"),
        (U, "need at least version 1.3.0 of Connect for this function, detected version 1.2.0. Please update your Connect server",
         "connect/version.go"),
        (S, "a file already exists under the /var/lib/stemedb/secrets/ca.pem path. In order to overwrite it, set `overwriteIfExists` to true",
         "connect/client.go"),
    ]:
        add(R, p, typ, m)


def _le_chamber(add):
    # segmentio/chamber: cmd/* "Failed to ...: %w" wrappers around store errors.
    R = "segmentio/chamber"
    for typ, m, p in [
        (U, "Failed to read: secret not found", "cmd/read.go"),
        (U, "Failed to validate key: Failed to validate key name 'db password'. Only alphanumeric, dashes, full stops and underscores are allowed for key names",
         "cmd/root.go"),
        (A, "Failed to list store contents: operation error SSM: GetParametersByPath, https response error StatusCode: 400, "
            "RequestID: 3b1e8f0a-52c4-4d7e-8a61-9f2b0c7d4e13, api error AccessDeniedException: User: arn:aws:iam::123456789012:user/deploy "
            "is not authorized to perform: ssm:GetParametersByPath on resource: arn:aws:ssm:us-east-1:123456789012:parameter/stemedb",
         "cmd/list.go"),
        (Z, "Failed to decode input as json: invalid character '}' looking for beginning of object key string", "cmd/import.go"),
        (S, "Failed to open file: open /etc/stemedb/secrets.json: no such file or directory", "cmd/import.go"),
        (U, "Cannot write to a secret with rotation enabled", "store/secretsmanagerstore.go"),
        (U, "Unable to overwrite secret db_password using new KMS key alias/stemedb; mismatch with existing key alias/parameter_store_key",
         "store/s3storeKMS.go"),
        (U, "required tags [owner] are missing", "store/ssmstore.go"),
        (Z, "Cannot parse $CHAMBER_RETRIES to an integer.", "cmd/root.go"),
        (Z, "failed to unmarshal store config: unexpected end of JSON input", "store/ssmstore.go"),
    ]:
        add(R, p, typ, m)


def _le_kes(add):
    # minio/kes: server, auth, keystore (vault, azure, fs) and config errors.
    R = "minio/kes"
    for typ, m, p in [
        (N, "kes: keystore unreachable: keystore is offline", "internal/keystore/keystore.go"),
        (N, "vault: no connection to https://10.0.0.12:8200", "internal/keystore/vault/vault.go"),
        (N, "insecure connection: TLS is required", "auth.go"),
        (N, "invalid TLS certificate: certificate does not contain any DNS or IP address as SAN", "kesconf/file.go"),
        (A, "vault: authentication failed: SDK returned no error but also no token", "internal/keystore/vault/client.go"),
        (A, "vault: failed to create 'kes/stemedb-raft': server responded with: 403 Forbidden (403)", "internal/keystore/vault/vault.go"),
        (A, "azure: failed to create 'stemedb-raft': insufficient permissions: "
            "The user, group or application does not have secrets set permission on key vault 'stemedb-kv'",
         "internal/keystore/azure/key-vault.go"),
        (A, "https: private key is encrypted: password required", "internal/https/certificate.go"),
        (Z, "https: no valid PEM data", "internal/https/certificate.go"),
        (Z, "edge: invalid server config version 'v2'", "kesconf/file.go"),
        (S, "fs: '/var/lib/kes/keys' is not a directory", "internal/keystore/fs/fs.go"),
        (U, "fs: key name contains invalid character", "internal/keystore/fs/fs.go"),
    ]:
        add(R, p, typ, m)


def _le_knox(add):
    # pinterest/knox: client (client.go, client/*.go ErrorStatus texts), server auth and knox.go sentinel errors.
    R = "pinterest/knox"
    for typ, m, p in [
        (A, "No authentication data given. Use 'knox login' or set KNOX_USER_AUTH or KNOX_MACHINE_AUTH", "client.go"),
        (A, "Error getting key: Unsuccessful authorization. No attempted principals were able to perform the requested operation: "
            "attempted auth types: [machine user]", "client.go"),
        (A, "Fail to authenticate: \"invalid_credentials\"", "client/login.go"),
        (A, "auth: service identity was not a valid SPIFFE ID (bad prefix)", "server/auth/auth.go"),
        (N, "auth: failed to verify client's certificate: x509: certificate signed by unknown authority", "server/auth/auth.go"),
        (T, "There was an error obtaining file lock: timeout waiting on lock to become available", "client/register.go"),
        (S, "Failed to initialize /var/lib/knox (run 'sudo mkdir /var/lib/knox'?): mkdir /var/lib/knox: permission denied",
         "client/daemon.go"),
        (Z, "Error decrypting key: Cryptor version does not match", "server/key_manager.go"),
        (Z, "Knox json decode err: unexpected end of JSON input", "client.go"),
        (U, "Version must be Active to promote to Primary", "knox.go"),
        (U, "KeyID not found", "knox.go"),
    ]:
        add(R, p, typ, m)


def _le_aws_vault(add):
    # 99designs/aws-vault: cli and vault package errors.
    R = "99designs/aws-vault"
    for typ, m, p in [
        (A, "Error getting temporary credentials: profile stemedb-prod: credentials missing", "vault/vault.go"),
        (A, "Error getting temporary credentials: operation error STS: AssumeRole, https response error StatusCode: 403, "
            "RequestID: 9d2c41f7-0a6e-4b3b-8f15-c27e5d9a0b84, api error AccessDenied: User: arn:aws:iam::123456789012:user/deploy "
            "is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/stemedb-admin", "cli/exec.go"),
        (A, "Call to getSigninToken failed with 403 Forbidden", "cli/login.go"),
        (N, "Another process is already bound to 169.254.169.254:80", "cli/exec.go"),
        (Z, "Error loading AWS config: Error parsing config file /root/.aws/config: key-value delimiter not found: region us-east-1",
         "vault/config.go"),
        (Z, "Invalid data in keyring: unexpected end of JSON input", "vault/credentialkeyring.go"),
        (S, "unable to read file at /var/run/secrets/eks.amazonaws.com/serviceaccount/token: "
            "open /var/run/secrets/eks.amazonaws.com/serviceaccount/token: no such file or directory",
         "vault/assumerolewithwebidentityprovider.go"),
        (U, "Loop detected in config file for profile 'stemedb-prod'", "vault/config.go"),
        (U, "running in an existing aws-vault subshell; 'exit' from the subshell or unset AWS_VAULT to force", "cli/exec.go"),
    ]:
        add(R, p, typ, m)


# part_lf (holdout35): C/C++ VPN, IPsec and overlay network daemons -- libreswan/libreswan, openconnect/openconnect, openconnect/ocserv, gsliepen/tinc, zerotier/ZeroTierOne, neocturne/fastd, ntop/n2n, SoftEtherVPN/SoftEtherVPN and adrienverge/openfortivpn, each read from a snapshot via fetch (git show HEAD:<path>); every message read in the file named per entry (the format string at its log call, plus the helpers that build it: libreswan's fatal()/jam_errno " (errno N)" suffix and "FATAL ERROR: " prefix, tinc's sptps_logger " from <name> (<host>)" suffix, fastd's pr_*_errno "<msg>: <strerror>" and %P/%I forms, SoftEther's strtable_en.stb texts with the [HUB "..."]/PPP/WireGuard prefixes built in Logging.c and Proto_WireGuard.c, openfortivpn's "ERROR: "/"WARN: " level prefixes from log.c). Placeholders filled plausibly; strerror()/gai_strerror() fills are the usual glibc texts; gnutls_strerror fill is the usual GnuTLS text.
def _part_lf(add):
    _lf_libreswan(add)
    _lf_openconnect(add)
    _lf_ocserv(add)
    _lf_tinc(add)
    _lf_zerotier(add)
    _lf_fastd(add)
    _lf_n2n(add)
    _lf_softether(add)
    _lf_openfortivpn(add)


def _lf_libreswan(add):
    # libreswan pluto: llog()/diag()/fatal() texts; connection prefix '"<conn>" #<serial>: ' as in testing/pluto console output.
    R = "libreswan/libreswan"
    for typ, m, p in [
        (T, '"westnet-eastnet" #1: IKE_SA_INIT_I: 60 second timeout exceeded after 7 retransmits.  No response (or no acceptable response) to our first IKEv2 message',
         "programs/pluto/retransmit.c"),
        (A, '"road-east" #1: XAUTH: User alice: Authentication Failed: Incorrect Username or Password', "programs/pluto/ikev1_xauth.c"),
        (S, 'FATAL ERROR: unable to create lock file "/run/pluto/pluto.pid": Permission denied (errno 13)', "programs/pluto/lock_file.c"),
        (S, "failed to open '/proc/sys/net/core/xfrm_acq_expires' for reading: No such file or directory (errno 2)",
         "programs/pluto/kernel_xfrm.c"),
        (N, 'cannot instantiate connection: resolution of "vpn.stemedb.internal" failed: not a numeric IPv4 or IPv6 address and name lookup failed (no validation performed)',
         "programs/pluto/initiate.c"),
        (Z, "packet from 10.0.0.12:500: dropping packet with mangled IKE header: not enough room in input packet for ISAKMP Message (remain=5, sd->size=28)",
         "programs/pluto/demux.c"),
        (Z, "PSK data malformed (input ends in mid-byte, perhaps truncated): 0x7a3f9c", "lib/libswan/secrets.c"),
        (U, "cannot specify aggressive mode with IKEv2", "programs/pluto/extract.c"),
    ]:
        add(R, p, typ, m)
    # authsig_and_log_using_pubkey: every candidate key was tried and none verified the peer's AUTH signature.
    add(R, "programs/pluto/keys.c", A,
        "\"westnet-eastnet\" #1: authentication failed: using RSASSA-PSS with SHA2_512 for 'C=CA, ST=Ontario, O=Libreswan, CN=east.testing.libreswan.org' tried peer: *AwEAAbMT5",
        True)
    # ikev2_message.c: the integrity checksum (PRF MAC) of the encrypted payload did not match.
    add(R, "programs/pluto/ikev2_message.c", A, '"westnet-eastnet" #2: failed to match authenticator', True)


def _lf_openconnect(add):
    # openconnect: vpn_progress(PRG_ERR, _("...\n")) texts, trailing newline dropped.
    R = "openconnect/openconnect"
    for typ, m, p in [
        (N, "Failed to connect to host vpn.stemedb.example.com", "ssl.c"),
        (N, "Server certificate verify failed: certificate does not match hostname", "gnutls.c"),
        (N, "SSL connection failure: The TLS connection was non-properly terminated.", "gnutls.c"),
        (T, "DTLS handshake timed out", "openssl-dtls.c"),
        (A, "Authentication failure: Account locked out", "pulse.c"),
        (S, "Failed to open private key file /home/dev/.openconnect/client.key: No such file or directory", "openssl.c"),
        (Z, "Downloaded config file did not match intended SHA1", "auth.c"),
        (Z, "LZO decompression of ESP packet failed", "esp.c"),
        (U, "Rekey not implemented for ESP", "esp.c"),
    ]:
        add(R, p, typ, m)
    add(R, "gnutls-esp.c", A, "Received ESP packet with invalid HMAC", True)


def _lf_ocserv(add):
    # ocserv: syslog()/mslog()/oclog() format strings.
    R = "openconnect/ocserv"
    for typ, m, p in [
        (A, "ocserv-oidc: Token lifetime validation failed", "src/auth/openidconnect.c"),
        (Z, "ocserv-oidc: Token malformed - no kid", "src/auth/openidconnect.c"),
        (A, "plain-auth: error authenticating user 'alice'", "src/auth/plain.c"),
        (S, "error in plain authentication; cannot open: /etc/ocserv/ocpasswd", "src/auth/plain.c"),
        (T, "idle timeout reached for process (1210 secs)", "src/worker-vpn.c"),
        (T, "connection timeout (DPD); tearing down connection", "src/worker-vpn.c"),
        (N, "could not bind socket '/var/run/occtl.socket': Address already in use", "src/main-ctl-unix.c"),
        (U, "could not figure out a valid IPv4 IP", "src/ip-lease.c"),
        (U, "could not find user 'bob'", "src/main-ctl-unix.c"),
    ]:
        add(R, p, typ, m)
    add(R, "src/auth/openidconnect.c", A, "ocserv-oidc: Token signature validation failed", True)


def _lf_tinc(add):
    # tinc: logger() format strings; sptps error() texts get " from <name> (<hostname>)" appended by sptps_logger (src/logger.c).
    R = "gsliepen/tinc"
    for typ, m, p in [
        (T, "Timeout while connecting to node2 (10.0.0.12 port 655)", "src/net.c"),
        (T, "Timeout from node3 (10.0.0.13 port 655) during authentication", "src/net.c"),
        (A, "Possible intruder node2 (10.0.0.12 port 655): wrong challenge reply", "src/protocol_auth.c"),
        (S, "Cannot open config file /etc/tinc/stemedb/hosts/node2: No such file or directory", "src/conf.c"),
        (S, "Error reading Ed25519 private key file `/etc/tinc/stemedb/ed25519_key.priv': Permission denied", "src/keys.c"),
        (N, "Could not bind UNIX socket to /var/run/tinc.stemedb.socket: Address already in use", "src/control.c"),
        (Z, "Error while uncompressing packet from node2 (10.0.0.12 port 655)", "src/net_packet.c"),
        (U, "Invalid routing mode!", "src/net_setup.c"),
    ]:
        add(R, p, typ, m)
    add(R, "src/sptps.c", A, "Failed to verify SIG record from node2 (10.0.0.12 port 655)", True)
    add(R, "src/sptps.c", A, "Failed to decrypt and verify packet from node3 (10.0.0.13 port 655)", True)


def _lf_zerotier(add):
    # ZeroTierOne: fprintf/printf texts; OneService fatal messages are printed by one.cpp as "<prog>: fatal error: %s";
    # zerotier-cli prints Http.cpp's responseBody after "Error connecting to the ZeroTier service: " (first line kept).
    R = "zerotier/ZeroTierOne"
    for typ, m, p in [
        (N, "Error connecting to the ZeroTier service: connection failed (2)", "osdep/Http.cpp"),
        (T, "Error connecting to the ZeroTier service: timed out", "osdep/Http.cpp"),
        (N, "zerotier-one: fatal error: cannot bind to local control interface port 9993", "service/OneService.cpp"),
        (S, "zerotier-one: fatal error: authtoken.secret could not be written (try running with -U to prevent dropping of privileges)",
         "service/OneService.cpp"),
        (Z, "ERROR: unable to parse local.conf (invalid JSON)", "service/OneService.cpp"),
        (Z, "zerotier-one: fatal error: invalid serialized data: bad encoding", "service/OneService.cpp"),
        (A, "zerotier-one: fatal error: private key required", "service/OneService.cpp"),
        (S, "WARNING: controller unable to write to path: /var/lib/zerotier-one/controller.d/network/8056c2e21c000001.json",
         "controller/FileDB.cpp"),
        (U, "invalid format: must be a 16-digit (network) ID", "one.cpp"),
    ]:
        add(R, p, typ, m)
    add(R, "one.cpp", A, "/var/lib/stemedb/release/stemedb-api.tar.gz signature check FAILED", True)


def _lf_fastd(add):
    # fastd: pr_error/pr_warn/exit_error texts; %P prints "<name>", %I prints "addr:port"; *_errno appends ": <strerror>".
    R = "neocturne/fastd"
    for typ, m, p in [
        (U, "Handshake with 203.0.113.7:10000 failed: received error: MTU configuration differs with peer (local MTU is 1406)", "src/handshake.c"),
        (U, "Handshake with 203.0.113.7:10000 failed: received error: no common methods are configured", "src/handshake.c"),
        (Z, "Handshake with 198.51.100.23:10000 failed: received error: mandatory field `sender public key' missing", "src/handshake.c"),
        (N, "resolving host `gw01.mesh.stemedb.internal' failed: Name or service not known", "src/resolve.c"),
        (S, "can't write PID file: fopen: Permission denied", "src/fastd.c"),
        (S, "can't open config file `/etc/fastd/mesh/peers/gw01': No such file or directory", "src/config.c"),
        (Z, "config error: syntax error at /etc/fastd/mesh/fastd.conf:12:5", "src/config.y"),
        (A, "invalid secret key", "src/protocols/ec25519_fhmqvc/ec25519_fhmqvc.c"),
    ]:
        add(R, p, typ, m)
    # The handshake's TLV HMAC-SHA256 failed fastd_hmacsha256_verify.
    add(R, "src/protocols/ec25519_fhmqvc/handshake.c", A, "received invalid protocol handshake response from <gw01>[203.0.113.7:10000]", True)
    add(R, "src/protocols/ec25519_fhmqvc/handshake.c", A, "received invalid protocol handshake finish from <gw02>[198.51.100.23:10000]", True)


def _lf_n2n(add):
    # n2n: traceEvent(TRACE_ERROR/TRACE_WARNING, ...) format strings.
    R = "ntop/n2n"
    for typ, m, p in [
        (A, "authentication error, username or password not recognized by supernode", "src/edge_utils.c"),
        (A, "authentication error, MAC or IP address already in use or not released yet by supernode", "src/edge_utils.c"),
        (Z, "packet_header_decrypt dropped a packet with invalid checksum.", "src/header_encryption.c"),
        (N, "supernode2sock fails to resolve supernode host supernode.stemedb.internal, -2: Name or service not known", "src/n2n.c"),
        (N, "supernode not responding, now trying [10.0.0.12:7777]", "src/edge_utils.c"),
        (S, "config file /etc/n2n/edge.conf not found", "src/edge.c"),
        (Z, "payload decompression failed: received packet indicating unsupported zstd compression.", "src/edge_utils.c"),
        (U, "no assignable sub-network left for community 'stemedb'", "src/sn_utils.c"),
        (U, "user-password authentication requires ChaCha20 (-A4) or SPECK (-A5) to be used.", "src/edge_utils.c"),
    ]:
        add(R, p, typ, m)


def _lf_softether(add):
    # SoftEther: log keys resolved in src/bin/hamcore/strtable_en.stb; HLog adds '[HUB "<hub>"] ' (Logging.c WriteHubLog),
    # PPPLog adds LP_PREFIX ("L2TP PPP Session [ip:port]: "), WgsLog adds LW_PREFIX_SESSION; error causes are ERR_<code> texts.
    R = "SoftEtherVPN/SoftEtherVPN"
    for typ, m, p in [
        (A, '[HUB "VPN"] Connection "CID-1042": User authentication failed. The user name that has been provided was "alice", from 203.0.113.5.',
         "src/Cedar/Protocol.c"),
        (A, '[HUB "VPN"] Connection "CID-1043": Access has been refused to user "bob" because of the expiration date has been expired.',
         "src/Cedar/Protocol.c"),
        (U, '[HUB "VPN"] Connection "CID-1044": The maximum number of sessions (128) that can be set by the Virtual Hub has been reached. Unable to create a new session.',
         "src/Cedar/Protocol.c"),
        (T, 'Connection "CID-1045" terminated by the cause "Time-out occurred during VPN session communication. It is possible the connection from the client to the VPN Server has been disconnected." (code 13).',
         "src/Cedar/Protocol.c"),
        (N, 'Failed to start SSL communication for connection "CID-1046". Error: TLS handshake has failed. (code 152)',
         "src/Cedar/Connection.c"),
        (N, 'VPN Connection Setting "stemedb-office": The connection has been either disconnected or it failed. Cause: Connection to the server failed. Check network connection and make sure that address and port number of destination server are correct. (code 1)',
         "src/Cedar/Session.c"),
        (Z, "The contents of the configuration file is invalid. The loading process has been terminated.", "src/Cedar/Server.c"),
        (T, "L2TP PPP Session [203.0.113.5:1701]: A timeout on the PPP data transmitting occurred. The PPP client might be disconnected from the network.",
         "src/Cedar/Proto_PPP.c"),
        (A, 'L2TP PPP Session [203.0.113.5:1701]: "PAP" (Password Authentication Protocol, a clear-text password authentication protocol) user authentication failed.',
         "src/Cedar/Proto_PPP.c"),
        (A, "[WireGuard] 203.0.113.5:51820 -> 10.0.0.1:51820: Decryption failure!", "src/Cedar/Proto_WireGuard.c"),
    ]:
        add(R, p, typ, m)


def _lf_openfortivpn(add):
    # openfortivpn: log_error/log_warn texts with the "ERROR:  " / "WARN:   " level prefixes of src/log.c.
    R = "adrienverge/openfortivpn"
    for typ, m, p in [
        (A, "ERROR:  Could not authenticate to the gateway. Please make sure tunnel mode is allowed by the gateway, check the realm, etc.", "src/io.c"),
        (A, "ERROR:  Finally failed to retrieve SAML authentication token", "src/http_server.c"),
        (N, "ERROR:  Gateway certificate validation failed, and the certificate digest is not in the local whitelist. If you trust it, rerun with:",
         "src/tunnel.c"),
        (N, "ERROR:  connect: Connection refused", "src/tunnel.c"),
        (T, "ERROR:  Timed out waiting for the ppp interface to be UP.", "src/io.c"),
        (Z, "ERROR:  Failed to decode PPP packet from HDLC frame (bad checksum).", "src/io.c"),
        (Z, 'WARN:   Bad line in configuration file: "trusted-cert 3f5a".', "src/config.c"),
        (S, "WARN:   Could not open /etc/resolv.conf (Permission denied).", "src/ipv4.c"),
        (U, "ERROR:  This process was not spawned with root privileges, which are required.", "src/main.c"),
    ]:
        add(R, p, typ, m)


# part_lg (holdout35): Rust reverse proxies, HTTP servers and API/federation servers -- junkurihara/rust-rpxy, ferronweb/ferron, memorysafety/river, static-web-server/static-web-server, svenstaro/miniserve, LemmyNet/lemmy, LemmyNet/activitypub-federation-rust, girlbossceo/conduwuit -- each read from its newest snapshot via fetch (git show HEAD:<path>), the file named beside each entry. Every wording is the text as logged or displayed: thiserror #[error] texts, strum variant names, anyhow!/bail!/with_context texts, tracing/log format strings, panic!/expect texts, Display impls. Placeholders filled plausibly (hosts, ports, paths, event ids); inner errors filled with std io::Error, hyper, hyper-util, rustls, tokio, tokio-postgres, serde_json, ruma-signatures (2025 text), hickory and lettre Display texts; the fills were not read in these repositories, and their wording is named in each part's note. asonix/pict-rs was not available here; lemmy's federation library stands in as the eighth source.
def _part_lg(add):
    _lg_rpxy(add)
    _lg_ferron(add)
    _lg_river(add)
    _lg_sws(add)
    _lg_miniserve(add)
    _lg_lemmy(add)
    _lg_apub(add)
    _lg_conduwuit(add)


def _lg_rpxy(add):
    # junkurihara/rust-rpxy: thiserror #[error] texts of RpxyError, RpxyCertError, RpxyAcmeError, CacheError.
    # Fills: rustls "peer sent no certificates" (NoCertificatesPresented, via io::Error from tokio-rustls),
    # hyper-util legacy client "client error (Connect)", tokio JoinError "task 42 was cancelled".
    R = "junkurihara/rust-rpxy"
    for typ, m, p in [
        (S, "Cannot write certificates for domain 'api.stemedb.example' to '/var/lib/rpxy/acme/api.stemedb.example': Permission denied (os error 13)",
         "rpxy-acme/src/error.rs"),
        (S, "Failed to read certificates from file: No such file or directory (os error 2)", "rpxy-certs/src/error.rs"),
        (N, "Unable to find a valid certificate and key", "rpxy-certs/src/error.rs"),
        (N, "TLS handshake failed after ClientHello: peer sent no certificates", "rpxy-lib/src/error.rs"),
        (N, "Failed to fetch from upstream: client error (Connect)", "rpxy-lib/src/error.rs"),
        (U, "Request body exceeded limit: received 10485760 bytes, maximum allowed 8388608", "rpxy-lib/src/error.rs"),
        (U, "Invalid reverse proxy setting", "rpxy-lib/src/error.rs"),
        (U, "Task join error (panic or cancellation): task 42 was cancelled", "rpxy-lib/src/error.rs"),
        (A, "Invalid sticky cookie secret: sticky_cookie_secret must decode to exactly 32 bytes, got 24 bytes",
         "rpxy-lib/src/backend/load_balance/sticky_cookie_seal.rs"),
        (S, "Failed to write file cache", "rpxy-lib/src/forwarder/cache/cache_error.rs"),
        (Z, "Hash mismatched in cache file", "rpxy-lib/src/forwarder/cache/cache_error.rs"),
    ]:
        add(R, p, typ, m)


def _lg_ferron(add):
    # ferronweb/ferron: anyhow! texts and error-logger format! strings.
    # Fills: std io::Error Display texts, hyper "connection closed before message completed",
    # rustls "received fatal alert: CertificateUnknown".
    R = "ferronweb/ferron"
    for typ, m, p in [
        (N, "Failed to connect to backend, trying another backend: Connection refused (os error 111)",
         "ferron-common/src/http_proxy/mod.rs"),
        (N, "Bad gateway: connection closed before message completed", "ferron-common/src/http_proxy/proxy_client.rs"),
        (T, "Gateway timeout: Connection timed out (os error 110)", "ferron-modules-builtin/src/optional/fproxy.rs"),
        (T, "The client or server has timed out", "ferron/src/request_handler.rs"),
        (N, "Error during TLS handshake: received fatal alert: CertificateUnknown", "ferron/src/handler.rs"),
        (N, "Cannot listen to HTTPS port: Address already in use (os error 98)", "ferron/src/listeners/tcp.rs"),
        (S, "Failed to access the ACME cache: Permission denied (os error 13). Ferron can't use ACME caching", "ferron/src/acme.rs"),
        (S, "Cannot load certificate /etc/ferron/certs/api.stemedb.example.crt: No such file or directory (os error 2)",
         "ferron/src/setup/tls.rs"),
        (U, "The ACME server doesn't support the requested challenge type", "ferron/src/acme.rs"),
        (A, "Authorization failed for user \"admin\" and client \"10.0.0.12\"", "ferron-modules-builtin/src/optional/fproxyauth.rs"),
        (Z, "URL sanitation error: URI malformed", "ferron/src/request_handler.rs"),
        (U, "Invalid HTTP/2 maximum frame size", "ferron-modules-builtin/src/core.rs"),
    ]:
        add(R, p, typ, m)


def _lg_river(add):
    # memorysafety/river: panic!/tracing texts and the miette diagnostic's #[error] text; addr and pid paths are
    # Debug-printed (quoted) as in the source; the io::Error fill is its Debug form ({e:?}).
    R = "memorysafety/river"
    for typ, m, p in [
        (S, "Error loading KDL file: Os { code: 2, kind: NotFound, message: \"No such file or directory\" }",
         "source/river/src/config/mod.rs"),
        (S, "Failed to load file at \"/etc/river/river.toml\"", "source/river/src/config/toml.rs"),
        (U, "Incorrect configuration contents", "source/river/src/config/kdl/mod.rs"),
        (U, "Daemonize commanded but no pid file set!", "source/river/src/config/internal.rs"),
        (U, "Mismatched commanded PID files. CLI: \"/run/river.pid\", Config: \"/var/run/river/river.pid\"",
         "source/river/src/config/mod.rs"),
        (U, "Unsupported configuration: \"0.0.0.0:18182\" configured without TLS, but H2 enabled which requires TLS",
         "source/river/src/main.rs"),
        (U, "Refusing to merge KDL and TOML options: Please choose one.", "source/river/src/config/mod.rs"),
        (U, "Unable to determine backend", "source/river/src/proxy/mod.rs"),
        (Z, "Failed to parse '10.0.0.300/24' as a valid CIDR notation range", "source/river/src/proxy/request_filters.rs"),
    ]:
        add(R, p, typ, m)


def _lg_sws(add):
    # static-web-server/static-web-server: tracing::error!/warn! format strings and anyhow bail!/with_context texts.
    # Fills: http::StatusCode Debug "401", io::Error Debug and Display texts.
    R = "static-web-server/static-web-server"
    for typ, m, p in [
        (A, "basic authentication failed 401", "src/basic_auth.rs"),
        (U, "invalid basic authentication `user_id:password` pairs", "src/basic_auth.rs"),
        (S, "path /var/www/stemedb/public was not found or inaccessible", "src/helpers.rs"),
        (S, "failed to open log file: /var/log/sws/access.log", "src/logger.rs"),
        (N, "failed to bind to 0.0.0.0:18182 address", "src/server/listener.rs"),
        (N, "failed to initialize TLS probably because invalid cert or key file", "src/server/http1_tls.rs"),
        (N, "failed to accept TCP connection: Os { code: 103, kind: ConnectionAborted, message: \"Software caused connection abort\" }",
         "src/server/http1.rs"),
        (Z, "could not parse input as TOML", "src/settings/file.rs"),
        (U, "HTTP/2 requires TLS; enable --tls along with --tls-cert and --tls-key", "src/settings/mod.rs"),
        (A, "file path '/etc/stemedb/secrets.toml' resolves outside of the base path, access denied", "src/static_files/security.rs"),
        (S, "file open error (path=\"/var/www/stemedb/public/index.html\"): Too many open files (os error 24)", "src/static_files/reply.rs"),
    ]:
        add(R, p, typ, m)


def _lg_miniserve(add):
    # svenstaro/miniserve: thiserror #[error] texts of StartupError, RuntimeError and AuthParseError (src/errors.rs,
    # src/args.rs) with the prefixes passed at their call sites; "{0}\ncaused by: {1}" kept as displayed.
    # Fills: io::Error and Utf8Error Display texts.
    R = "svenstaro/miniserve"
    for typ, m, p in [
        (S, "Failed to resolve path to be served\ncaused by: No such file or directory (os error 2)", "src/main.rs"),
        (N, "Failed to bind server to 0.0.0.0:18182\ncaused by: Address already in use (os error 98)", "src/main.rs"),
        (S, "Failed to flush all the file writes to disk\ncaused by: No space left on device (os error 28)", "src/file_op.rs"),
        (S, "Insufficient permissions to create file in /srv/share/uploads/000123.sst", "src/errors.rs"),
        (Z, "File hash that was provided did not match checksum of uploaded file", "src/errors.rs"),
        (A, "Invalid credentials for HTTP authentication", "src/errors.rs"),
        (A, "Upload not allowed to this directory", "src/errors.rs"),
        (U, "File already exists, and the on_duplicate_files option is set to error out", "src/errors.rs"),
        (U, "Route /api/v1/stats could not be found", "src/errors.rs"),
        (Z, "Failed to parse 'mkdir' path\ncaused by: invalid utf-8 sequence of 1 bytes from index 5", "src/file_op.rs"),
        (U, "md5 is not a valid hashing method. Expected sha256 or sha512", "src/args.rs"),
    ]:
        add(R, p, typ, m)


def _lg_lemmy(add):
    # LemmyNet/lemmy: strum Display of LemmyErrorType variants (crates/utils/src/error.rs), LemmyError Display
    # "{error_type}: {caller}{cause}" (no separator between caller and cause, as in the source; caller is the
    # with_lemmy_type call site), tracing/anyhow texts. Fills: tokio Elapsed "deadline has elapsed",
    # lettre "network error", tokio-postgres "connection closed".
    R = "LemmyNet/lemmy"
    for typ, m, p in [
        (A, "IncorrectLogin", "crates/utils/src/error.rs"),
        (A, "IncorrectTotpToken", "crates/utils/src/error.rs"),
        (A, "NotAnAdmin", "crates/utils/src/error.rs"),
        (U, "RegistrationClosed", "crates/utils/src/error.rs"),
        (Z, "CouldntParsePaginationToken", "crates/utils/src/error.rs"),
        (T, "UntranslatedError: crates/apub/apub/src/http/mod.rs:59:6deadline has elapsed", "crates/apub/apub/src/http/mod.rs"),
        (N, "Failed to send password reset email: EmailSendFailed: crates/email/src/send.rs:64:8network error: Connection refused (os error 111)",
         "crates/api/api/src/local_user/reset_password.rs"),
        (N, "Database connection failed: connection closed", "crates/diesel_utils/src/connection.rs"),
        (T, "plugin timeout", "crates/api/api_utils/src/plugins.rs"),
        (U, "Hostname variable is not set!", "crates/utils/src/settings/mod.rs"),
        (U, "activity is from before lemmy 0.19", "crates/apub/send/src/send.rs"),
    ]:
        add(R, p, typ, m)


def _lg_apub(add):
    # LemmyNet/activitypub-federation-rust (lemmy's federation library): thiserror #[error] texts of src/error.rs
    # and Error::Other format! texts. Fills: serde_json "missing field `actor` at line 1 column 412", an HTTP
    # status "502 Bad Gateway" with its body, PKCS#8 "PKCS#8 cryptographic key data malformed".
    R = "LemmyNet/activitypub-federation-rust"
    for typ, m, p in [
        (U, "Object was not found in local database", "src/error.rs"),
        (U, "Request limit was reached during fetch", "src/error.rs"),
        (U, "Response body limit was reached during fetch", "src/error.rs"),
        (Z, "Incoming activity has invalid digest for body", "src/error.rs"),
        (Z, "Failed to parse incoming activity with id https://lemmy.stemedb.example/activities/like/5c9e2a17-3b4d-4f6a-9e21-0d8c7b6a5f43: missing field `actor` at line 1 column 412",
         "src/error.rs"),
        (Z, "Attempted to fetch object from https://social.example.net/users/agent-0042 which doesn't have valid ActivityPub Content-Type",
         "src/error.rs"),
        (N, "Failed to resolve actor via webfinger", "src/error.rs"),
        (N, "Activity https://lemmy.stemedb.example/activities/create/8c2e4f10-7a3b-4d5e-b6c7-1e2f3a4b5c6d to https://social.example.net/inbox failure with status 502 Bad Gateway: <html><body><h1>502 Bad Gateway</h1></body></html>",
         "src/activity_sending.rs"),
        (A, "Actor https://lemmy.stemedb.example/u/agent-0042 does not contain a private key for signing", "src/activity_sending.rs"),
        (A, "Could not create private key from PEM data:PKCS#8 cryptographic key data malformed", "src/activity_sending.rs"),
    ]:
        add(R, p, typ, m)
    add(R, "src/error.rs", A, "Incoming activity has invalid signature", True)


def _lg_conduwuit(add):
    # girlbossceo/conduwuit: messages of err!/Err! and their inner warn!/error!/debug_* log macros (the logged text is
    # the message itself), and #[error] texts of src/core/error/mod.rs. Fills: ruma-signatures (2025)
    # "Verification error: Could not verify signature: signature error", tokio Elapsed, hickory "request timed out"
    # and "no connections available", a RocksDB IO status string, ruma client Error "[403 / M_FORBIDDEN] ...".
    R = "girlbossceo/conduwuit"
    for typ, m, p in [
        (A, "Event $Wq8bK2yJ0hXo3nV5cLr9tPfA1mZ7dE4sG6uI2kH0jQw cannot be verified: missing keys.", "src/service/server_keys/verify.rs"),
        (A, "Wrong username or password.", "src/api/client/session.rs"),
        (A, "Federation requests from evil.example.org denied.", "src/api/router/auth.rs"),
        (A, "Remote server matrix.example.org responded with: [403 / M_FORBIDDEN] You are not invited to this room.",
         "src/core/error/mod.rs"),
        (T, "timed out: deadline has elapsed", "src/service/server_keys/acquire.rs"),
        (T, "DNS request timed out", "src/service/resolver/actual.rs"),
        (N, "DNS error: no connections available", "src/service/resolver/actual.rs"),
        (S, "I/O error: IO error: No space left on device: While appending to file: /var/lib/conduwuit/000123.log: No space left on device",
         "src/core/error/mod.rs"),
        (Z, "invalid device keys in database", "src/api/client/keys.rs"),
        (U, "There was a problem with the 'allow_federation' directive in your configuration: Federation is disabled.",
         "src/api/router/auth.rs"),
        (U, "Won't send federation request to ourselves", "src/service/resolver/actual.rs"),
    ]:
        add(R, p, typ, m)
    add(R, "src/service/rooms/event_handler/handle_outlier_pdu.rs", A,
        "Signature verification failed for $Wq8bK2yJ0hXo3nV5cLr9tPfA1mZ7dE4sG6uI2kH0jQw: Verification error: Could not verify signature: signature error",
        True)


# part_lh (holdout35): Go game, chat and social backends -- heroiclabs/nakama, gotify/server, binwiederhier/ntfy, writefreely/writefreely, charmbracelet/soft-serve, superseriousbusiness/gotosocial (own internal/ code only, not vendor/), tinode/chat, matrix-org/dendrite; snapshots via fetch (git show HEAD:<path>), each wording read in the file named per entry (errors.New / fmt.Errorf / gtserror.Newf / logger calls / HTTP error tables), placeholders filled plausibly. Log-shaped entries follow the project's own logger format (ntfy "LEVEL msg (k=v, ...)", tinode Println spacing, gotosocial's gtserror caller-name prefix "<func>: "). One inner fill was read in another repository: dendrite's VerifyEventSignatures wraps gomatrixserverlib's "Bad signature from %q with ID %q" (read via find_string). Other inner errors are the usual Go stdlib texts (dial/lookup/os errors, encoding/json, strconv, crypto/rsa).
def _part_lh(add):
    _lh_nakama(add)
    _lh_gotify(add)
    _lh_ntfy(add)
    _lh_writefreely(add)
    _lh_soft_serve(add)
    _lh_gotosocial(add)
    _lh_tinode(add)
    _lh_dendrite(add)


def _lh_nakama(add):
    R = "heroiclabs/nakama"
    add(R, "social/social.go", A, "gamecenter check error: signature mismatch: crypto/rsa: verification error", True)
    add(R, "iap/iap.go", A, "invalid jws signature: ecdsa verification failed", True)
    add(R, "iap/iap.go", A, "signedRequest verification failed", True)
    add(R, "iap/iap.go", A, "inAppPurchaseData invalid signature", True)
    for typ, m, p in [
        (A, "google id token expired", "social/social.go"),
        (Z, "gamecenter check error: error decoding salt", "social/social.go"),
        (N, "non-200 response from Apple service, status=503, payload=Service Unavailable", "iap/iap.go"),
        (U, "leaderboard only allows authoritative submissions", "server/core_leaderboard.go"),
        (U, "MatchInit returned invalid tick rate, must be between 1 and 60", "server/runtime_go_match_core.go"),
        (Z, "failed to unmarshal party label: invalid character '}' looking for beginning of object key string",
         "server/party_registry.go"),
        (S, "error persisting channel message", "server/core_channel.go"),
        (T, "Match handler call processing too slow, closing match", "server/match_handler.go"),
        (U, "Socket read timeout milliseconds must be >= 1", "server/config.go"),
    ]:
        add(R, p, typ, m)


def _lh_gotify(add):
    R = "gotify/server"
    for typ, m, p in [
        (A, "session not elevated, use basic auth or call /client:elevate", "auth/authentication.go"),
        (A, "you need to provide a valid access token or user credentials to access this api", "auth/authentication.go"),
        (A, "unknown or expired state", "api/oidc.go"),
        (Z, "cannot parse token: base64 decode failed: illegal base64 data at input byte 12", "auth/token.go"),
        (Z, "invalid int for GOTIFY_SERVER_PORT (\"80a\"): strconv.Atoi: parsing \"80a\": invalid syntax",
         "config/parse.go"),
        (U, "cannot delete last admin", "api/user.go"),
        (U, "unsupported dialect: oracle", "database/database.go"),
        (U, "range overflow", "fracdex/fracdex.go"),
        (U, "NewGotifyPluginInstance signature mismatch, func(ctx plugin.UserContext) plugin.Plugin expected, "
            "got func(plugin.UserContext) interface {}", "plugin/compat/wrap.go"),
        (S, "cannot read config file /etc/gotify/config.yml: open /etc/gotify/config.yml: no such file or directory",
         "config/migrate/migrate.go"),
        (S, "error while reading directory open /var/lib/gotify/plugins: permission denied", "plugin/manager.go"),
    ]:
        add(R, p, typ, m)


def _lh_ntfy(add):
    R = "binwiederhier/ntfy"
    for typ, m, p in [
        (Z, "cannot determine schema version: cache file may be corrupt", "server/message_cache.go"),
        (Z, "unexpected schema version: version 6 is higher than current version 5", "user/manager.go"),
        (T, "write operation failed due to timeout since creation", "util/timeout_writer.go"),
        (U, "limit reached: too many auth failures", "server/errors.go"),
        (Z, "invalid request: message must be UTF-8 encoded", "server/errors.go"),
        (Z, "unexpected end of input, quote started at position 14", "server/actions.go"),
        (U, "quota exceeded for Firebase messages to topic", "server/server_firebase.go"),
        (A, "invalid basic auth", "server/server.go"),
        (S, "ERROR Cannot write message batch (error=database is locked, tag=message_cache)", "server/message_cache.go"),
        (N, "Unable to send email to ops@example.com: dial tcp 10.0.0.12:25: connect: connection refused",
         "server/server.go"),
        (N, "Unable to publish to Firebase: Post \"https://fcm.googleapis.com/v1/projects/ntfy-prod/messages:send\": "
            "dial tcp: lookup fcm.googleapis.com on 10.0.0.2:53: no such host", "server/server.go"),
    ]:
        add(R, p, typ, m)


def _lh_writefreely(add):
    R = "writefreely/writefreely"
    for typ, m, p in [
        (N, "Database ping failed: dial tcp 127.0.0.1:3306: connect: connection refused", "app.go"),
        (A, "Invalid access token.", "errors.go"),
        (A, "Invalid editing credentials.", "errors.go"),
        (A, "Password authentication is disabled.", "errors.go"),
        (U, "Service temporarily unavailable due to high load.", "errors.go"),
        (A, "unable to exchange code for access token", "oauth_generic.go"),
        (Z, "Couldn't parse signup JSON request: unexpected EOF", "account.go"),
        (S, "import file: copy to temp location notes.txt: write /tmp/post-upload-2871346512.txt: no space left on device",
         "account_import.go"),
        (U, "Admin user already exists (admin). Create a regular user with: writefreely --create-user", "app.go"),
        (U, "content larger than max read allowance: 1000000", "oauth.go"),
        (T, "Unable to make activity POST: Post \"https://mastodon.example/inbox\": context deadline exceeded "
            "(Client.Timeout exceeded while awaiting headers)", "activitypub.go"),
    ]:
        add(R, p, typ, m)


def _lh_soft_serve(add):
    R = "charmbracelet/soft-serve"
    for typ, m, p in [
        (T, "I/O timeout reached", "pkg/git/errors.go"),
        (U, "too many connections, try again later", "pkg/git/errors.go"),
        (A, "cannot change access above your own access level", "pkg/proto/errors.go"),
        (A, "invalid jwt subject", "pkg/web/auth.go"),
        (N, "DNS resolution failed for host hooks.example.com: lookup hooks.example.com on 10.0.0.2:53: no such host",
         "pkg/ssrf/ssrf.go"),
        (U, "connection to private or internal IP address is not allowed", "pkg/ssrf/ssrf.go"),
        (S, "create data directory: mkdir /var/lib/soft-serve/data: permission denied", "cmd/cmd.go"),
        (Z, "content has an invalid structure", "pkg/lfs/pointer.go"),
        (Z, "decode config: yaml: line 12: mapping values are not allowed in this context", "pkg/config/config.go"),
        (N, "git: error writing pkt-line message: write tcp 10.0.0.12:9418->10.0.0.5:51234: write: broken pipe",
         "pkg/git/git.go"),
        (U, "cannot delete the default branch", "pkg/ssh/cmd/branch.go"),
    ]:
        add(R, p, typ, m)


def _lh_gotosocial(add):
    R = "superseriousbusiness/gotosocial"
    add(R, "internal/federation/authenticate.go", A,
        "authentication NOT PASSED for public key https://mastodon.example/users/alice#main-key; tried algorithms "
        "[rsa-sha256 rsa-sha512 ed25519]; signature value was "
        "'kH3vQ9pZ2m0YtXr6bW1sLc8dN4eF7gJ5aU0iO2yT6qR9wE3xV1zB8nM4lK7jH5gF2dS0aP9oI8uY7tR6eW5qQ=='", True)
    add(R, "internal/federation/authenticate.go", A,
        "AuthenticateFederatedRequest: http request wasn't signed or http signature was invalid", True)
    for typ, m, p in [
        (A, "AuthenticateFederatedRequest: key mismatch: fetched key https://mastodon.example/users/alice#main-key "
            "does not match pubkey of fetched Actor https://mastodon.example/users/alice",
         "internal/federation/authenticate.go"),
        (A, "requesting account suspended", "internal/federation/authenticate.go"),
        (A, "2fa code invalid or timed out, press back and try again; if issues persist, pester your instance admin "
            "to check the server clock", "internal/api/auth/signin.go"),
        (A, "token has insufficient scope permission", "internal/api/util/auth.go"),
        (Z, "fingerRemoteAccount: error parsing response as JSON for @alice@mastodon.example: invalid character '<' "
            "looking for beginning of value", "internal/federation/dereferencing/finger.go"),
        (N, "fingerRemoteAccount: error webfingering @alice@mastodon.example: Get "
            "\"https://mastodon.example/.well-known/webfinger?resource=acct:alice@mastodon.example\": "
            "dial tcp 10.0.0.12:443: connect: connection refused (max retries)",
         "internal/federation/dereferencing/finger.go"),
        (T, "dereferenceCollection: error dereferencing https://mastodon.example/users/alice/outbox: Get "
            "\"https://mastodon.example/users/alice/outbox\": context deadline exceeded "
            "(Client.Timeout exceeded while awaiting headers)", "internal/federation/dereferencing/collection.go"),
        (S, "store: error writing media to storage: write /gotosocial/storage/01HZ3K8M2Q/attachment/original/"
            "01J9X4T7B2.jpeg: no space left on device", "internal/media/processingmedia.go"),
        (U, "emoji image too large: image is 612KB but size limit for custom emojis is 50KB",
         "internal/api/client/admin/emojicreate.go"),
    ]:
        add(R, p, typ, m)


def _lh_tinode(add):
    R = "tinode/chat"
    add(R, "server/api_key.go", A, "invalid apikey signature", True)
    for typ, m, p in [
        (U, "cluster TopicMaster: session signature mismatch grpYMXbhJhEM5k", "server/cluster.go"),
        (N, "cluster: call failed node2 read tcp 10.0.0.11:48712->10.0.0.12:12001: read: connection reset by peer",
         "server/cluster.go"),
        (N, "cluster: node 'node2' not connected", "server/cluster.go"),
        (U, "cluster: load exceeded", "server/cluster.go"),
        (U, "cluster: failover disabled; need at least 3 nodes, got 2", "server/cluster_leader.go"),
        (U, "cluster: wrong leader 'node1' while expecting 'node3'; term 12", "server/cluster_leader.go"),
        (S, "Upload: failed to create file /var/lib/tinode/uploads/NBSWY3DPEB3W64TMMQ open "
            "/var/lib/tinode/uploads/NBSWY3DPEB3W64TMMQ: permission denied", "server/media/fs/filesys.go"),
        (Z, "Uid.UnmarshalText: invalid length", "server/store/types/types.go"),
        (N, "unexpected HTTP response 502 Bad Gateway", "server/auth/rest/auth_rest.go"),
        (Z, "auth_basic: failed to parse config: unexpected end of JSON input({\"add_to_tags\":true,)",
         "server/auth/basic/auth_basic.go"),
    ]:
        add(R, p, typ, m)


def _lh_dendrite(add):
    R = "matrix-org/dendrite"
    add(R, "federationapi/internal/perform.go", A,
        "missingAuth VerifyEventSignatures: Bad signature from \"matrix.example.org\" with ID \"ed25519:a_KLmn\"", True)
    for typ, m, p in [
        (A, "The username or password was incorrect or the account does not exist.", "clientapi/auth/password.go"),
        (A, "Supplied access_token does not match any known application service", "clientapi/routing/register.go"),
        (A, "the supplied 'public_key' is the wrong length", "setup/config/config.go"),
        (N, "received HTTP status code 502 from appservice url "
            "http://10.0.0.12:9000/_matrix/app/v1/transactions/1712345678_42", "appservice/consumers/roomserver.go"),
        (N, "file with media ID \"QxYzAbCdEf\" could not be downloaded from matrix.example.org: Get "
            "\"https://matrix.example.org/_matrix/media/v3/download/matrix.example.org/QxYzAbCdEf\": "
            "dial tcp 10.0.0.12:8448: connect: no route to host", "mediaapi/routing/download.go"),
        (Z, "corrupt DB: Missing state snapshot numeric ID 48213", "roomserver/state/state.go"),
        (S, "failed to move file to final destination (/var/lib/dendrite/media/Lv/Ua/9bM4fQh2Yk/file): rename "
            "/var/lib/dendrite/media/tmp/3h7Gd9/content /var/lib/dendrite/media/Lv/Ua/9bM4fQh2Yk/file: permission denied",
         "mediaapi/fileutils/fileutils.go"),
        (S, "failed to load private_key: open /etc/dendrite/matrix_key.pem: no such file or directory",
         "setup/config/config.go"),
        (U, "remote file is too large (52428800 > 10485760 bytes)", "mediaapi/routing/download.go"),
    ]:
        add(R, p, typ, m)


def holdout35(add):
    for part in (_part_le, _part_lf, _part_lg, _part_lh):
        part(add)
