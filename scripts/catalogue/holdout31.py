"""The thirty-first blind batch: wordings from sources in no earlier batch.
Four helper sessions read them blind, with the same brief and conventions as
the earlier batches. Each wording was read in the file named beside it; fills
not read in the source are named in each part's note. build.py adds it to the
catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401


# part_je (Go VPN, tunnel, SSH and remote-access tools): slackhq/nebula@9c5d7016, juanfont/headscale@f20f1f12, netbirdio/netbird@ee253fed, openziti/ziti@804f55ab, jpillora/chisel@44310b6, gravitl/netmaker@006dfdce, tg123/sshpiper@ac265809 (its vendored crypto/ fork of golang/crypto not read), moul/sshportal@f9c8f60 -- newest snapshots via fetch, read with `git show HEAD:<path>`; each message read in the file named per entry (errors.New / fmt.Errorf / pkg-errors texts, sentinel errors and the fmt.Errorf wrappings that carry them, chisel's Logger.Errorf "<prefix>: " prefix, netbird's status.Error whose Error() is its Message), placeholders filled plausibly; inner Go stdlib / x/crypto / sqlite texts (os, net, url, json, bcrypt, x509, cipher, gzip) are the usual Go texts, not read in these repositories.
def _part_je(add):
    # --- slackhq/nebula: cert/errors.go sentinels through handshake/machine.go wrappings, header, config, control ---
    R = "slackhq/nebula"
    for typ, m in [(N, "verify cert: certificate is expired"),
                   (N, "verify cert: could not find ca for the certificate"),
                   (N, "verify cert: certificate signature did not match")]:
        add(R, "handshake/machine.go", typ, m)
    add(R, "handshake/machine.go", A, "noise ReadMessage: cipher: message authentication failed", True)
    for typ, m in [(Z, "packet too short"),
                   (N, "peer sent an invalid index in handshake payload")]:
        add(R, "handshake/errors.go", typ, m)
    add(R, "header/header.go", Z, "header is too short")
    add(R, "config/config.go", S, "no config files found at /etc/nebula/config.yml")
    add(R, "control.go", U, "nebula is already started")
    add(R, "inside.go", U, "tunnel message counter is exhausted")
    add(R, "connection_state.go", U, "handshake message index 8193 exceeds replay window")
    add(R, "logging/logger.go", U, 'not a valid logging level: "verbose"')

    # --- juanfont/headscale: hscontrol db sentinels, bcrypt-wrapped key checks, mapper timeouts, startup I/O ---
    R = "juanfont/headscale"
    add(R, "hscontrol/db/api_key.go", A,
        "invalid API key: crypto/bcrypt: hashedPassword is not the hash of the given password")
    for typ, m in [(A, "auth-key expired"),
                   (A, "auth-key has already been used")]:
        add(R, "hscontrol/db/preauth_keys.go", typ, m)
    add(R, "hscontrol/db/oauth.go", A, "invalid oauth client secret: secret does not match hash")
    add(R, "hscontrol/oidc.go", A, "authenticated principal is not in any allowed group")
    add(R, "hscontrol/mapper/batcher.go", T, "sending initial map: timeout for node 7")
    add(R, "hscontrol/mapper/node_conn.go", T,
        "connection 3f9a2c1e: timeout sending to channel (likely stale connection)")
    add(R, "hscontrol/db/ip.go", U, "allocating IPv4 address: failed to allocate IP")
    add(R, "hscontrol/app.go", S,
        "reading or creating Noise protocol private key: reading private key file: "
        "open /var/lib/headscale/noise_private.key: permission denied")
    add(R, "hscontrol/app.go", N, "binding to TCP address: listen tcp 0.0.0.0:8080: bind: address already in use")
    add(R, "hscontrol/db/db.go", S, "creating directory for sqlite: mkdir /var/lib/headscale: read-only file system")
    add(R, "hscontrol/dns/extrarecords.go", Z,
        'unmarshalling records, content: "[{\\"name\\": \\"grafana.vpn.example.com\\", \\"type\\": \\"A\\"": '
        "unexpected end of JSON input")
    add(R, "hscontrol/db/versioncheck.go", U,
        "headscale version 0.26.1 cannot be used with a database last used by 0.27.0, "
        "downgrading to a previous minor version is not supported, "
        "release page: https://github.com/juanfont/headscale/releases: version downgrade not supported")

    # --- netbirdio/netbird: relay handshake + HMAC token validator, relay client, signal, ssh auth, management store ---
    R = "netbirdio/netbird"
    PID = "sha-Fz9QH3giqF69ZafS0e8vkN/NKuzE8Q7V72rGMn6eSMg="
    add(R, "relay/server/handshake.go", A, "validate " + PID + " (10.0.0.12:51820): invalid signature", True)
    add(R, "relay/server/handshake.go", A, "validate " + PID + " (10.0.0.12:51820): expired token")
    add(R, "relay/server/handshake.go", Z, "unmarshal auth message: invalid magic header")
    add(R, "shared/relay/client/client.go", T, "read operation timed out")
    add(R, "shared/relay/client/client.go", N, "relay connection is not established")
    add(R, "shared/relay/client/picker.go", N, "no relay server available")
    add(R, "util/wsproxy/constants.go", T, "WebSocket connection timeout")
    add(R, "client/ssh/auth/auth.go", A, "user is not authorized to access this peer")
    add(R, "signal/peer/peer.go", U, "peer already registered")
    add(R, "relay/server/url.go", U, "non-TLS scheme 'rel' provided but TLS is supported")
    for typ, m in [(S, "failed to save peer to store: database is locked"),
                   (U, "peer cs1tnh0hhcjnqoiuebeg not found")]:
        add(R, "management/server/store/sql_store.go", typ, m)

    # --- openziti/ziti: controller health, raft snapshot restore, router connect, tokens, config checks ---
    R = "openziti/ziti"
    add(R, "controller/health.go", T, "bolt ping timed out")
    add(R, "controller/network/router_messaging.go", T, "timed out waiting for inspect result from router messaging")
    add(R, "controller/raft/fsm.go", S,
        "failed to copy snapshot db to primary db location "
        "(rename /var/lib/ziti/ctrl.db.snapshot /var/lib/ziti/ctrl.db: input/output error)")
    add(R, "controller/raft/fsm.go", Z,
        "unable to create gz reader for reading raft snapshot during restore (gzip: invalid header)")
    add(R, "controller/handler_ctrl/connect.go", N,
        "unable to verify dialer, routerId: Xj7qZ9mLp: leaf certificate not trusted: "
        "x509: certificate signed by unknown authority")
    add(R, "controller/network/network.go", U, "router connect rejected: another connection is already current")
    add(R, "controller/env/appenv.go", A, "access token has been revoked by identity")
    add(R, "common/cert/cert.go", A, "CSR signature validation failed: x509: ECDSA verification failure", True)
    add(R, "controller/config/config.go", N, "candidate root CA is not self signed")
    add(R, "controller/handler_peer_ctrl/add_peer.go", U, "node not member of bootstrapped cluster, unable to add peers")
    add(R, "controller/events/file_logger.go", S, "cannot write to log file path: /var/log/ziti/events.json")

    # --- jpillora/chisel: server auth/config handshake (Logger.Errorf "server: " prefix), client setup, users file ---
    R = "jpillora/chisel"
    add(R, "server/server.go", A, "Invalid authentication for username: %s")
    for typ, m in [(A, "server: access to '10.0.0.12:5432' denied"),
                   (U, "server: Reverse port forwaring not enabled on server"),
                   (N, "server: Server cannot listen on R:18182=>localhost:7000"),
                   (Z, "server: invalid config")]:
        add(R, "server/server_handler.go", typ, m)
    add(R, "client/client.go", A, "Invalid fingerprint (h6sJph0QezZxrwm1Te7hjKSiwm5vC82Kn/doOn1//ts=)")
    add(R, "client/client.go", S,
        "Error loading client cert and key pair: open /etc/chisel/client.key: no such file or directory")
    add(R, "client/client.go", Z, "Failed to decode remote 'localhost': Missing ports")
    add(R, "client/client.go", U, "Failed to decode remote 'R:stdio:5432': stdio cannot be reversed")
    add(R, "client/client.go", Z, "Invalid proxy URL (parse \"http://[::1\": missing ']' in host)")
    add(R, "share/settings/users.go", S,
        "Failed to read auth file: /etc/chisel/users.json, error: open /etc/chisel/users.json: permission denied")

    # --- gravitl/netmaker: logic (auth, jwts, networks, enrollment keys), mq publishing, database layer ---
    R = "gravitl/netmaker"
    add(R, "logic/jwts.go", A, "token revoked")
    add(R, "logic/security.go", A, "user account disabled")
    add(R, "logic/enrollmentkey.go", A, "no uses remaining")
    add(R, "logic/networks.go", U, "ERROR: No unique addresses available. Check network subnet")
    add(R, "logic/networks.go", U, "network cidr already in use")
    add(R, "mq/util.go", N, "cannot publish ... mqclient not connected")
    add(R, "mq/util.go", Z, "received invalid message from broker [123 34 105 100 34 58]")
    add(R, "database/sqlite.go", U, "invalid insert nodes : ")
    add(R, "db/connector.go", U, "unsupported db type")

    # --- tg123/sshpiper: daemon (host keys, listener, pipe timeout), plugin chain, admin server, plugins ---
    R = "tg123/sshpiper"
    add(R, "cmd/sshpiperd/daemon.go", T, "pipe establishing timeout")
    add(R, "cmd/sshpiperd/daemon.go", S,
        "failed to read server key /etc/ssh/ssh_host_ed25519_key: "
        "open /etc/ssh/ssh_host_ed25519_key: permission denied")
    add(R, "cmd/sshpiperd/daemon.go", Z, "failed to parse server key /etc/ssh/ssh_host_ed25519_key: ssh: no key found")
    add(R, "cmd/sshpiperd/daemon.go", N,
        "failed to listen for connection: listen tcp 0.0.0.0:2222: bind: address already in use")
    add(R, "cmd/sshpiperd/internal/plugin/grpc.go", A, "host key verification failed")
    add(R, "cmd/sshpiperd-admin/ssh_server.go", A, "public key not authorized")
    add(R, "plugin/failtoban/main.go", A, "failtoban: ip 10.0.0.12 too auth many failures")
    add(R, "plugin/lua/lua.go", A, "authentication failed: no upstream returned")
    add(R, "libplugin/skel/skel.go", U, "no matching pipe for username [agent-0042] found")
    add(R, "cmd/sshpiperd/main.go", N, "invalid client CA in /etc/sshpiper/ca.pem")

    # --- moul/sshportal: bastion auth context, ACL hook, host lookup, role checks, secret decryption ---
    R = "moul/sshportal"
    for typ, m in [(A, "your token is invalid or expired"),
                   (A, "unknown ssh key"),
                   (A, "you don't have permission to that host")]:
        add(R, "pkg/bastion/ssh.go", typ, m)
    add(R, "pkg/bastion/acl.go", T, "external ACL hook command timed out")
    add(R, "pkg/dbmodels/dbmodels.go", U, 'no such target: "db-prod-2"')
    add(R, "pkg/dbmodels/dbmodels.go", A, 'no valid authentication method for host "node2"')
    add(R, "pkg/dbmodels/dbmodels.go", A,
        "you don't have permission to access this feature (requires any of these roles: 'admin', 'listhosts')")
    add(R, "server.go", U, "invalid aes key size, should be 16 or 24, 32")
    add(R, "pkg/bastion/telnet.go", N,
        "transmission problem: tried sending 512 bytes, but actually only sent 128 bytes")


# part_jf: Rust terminal apps, editors and shells (atuin, nushell, reedline, helix, zellij, wezterm, yazi, broot, gitui); snapshots via fetch, each wording read with `git show HEAD:<path>` in the file named per entry (thiserror/custom_error/Display/bail! texts), placeholders filled plausibly; inner errors of other crates (rusqlite Debug, git2 Display, isahc kinds, pasetors-style PasetoError) filled with their real texts.
def _part_jf(add):
    _jf_atuin(add)
    _jf_nushell(add)
    _jf_reedline(add)
    _jf_helix(add)
    _jf_zellij(add)
    _jf_wezterm(add)
    _jf_yazi(add)
    _jf_broot(add)
    _jf_gitui(add)


def _jf_atuin(add):
    # atuinsh/atuin: SyncError, packfile errors, paseto key errors, history codec, importers, api client
    R = "atuinsh/atuin"
    SYNC = "crates/atuin-client/src/record/sync/mod.rs"
    for typ, m in [
        (U, "the local store is ahead of the remote, but for another host. has remote lost data?"),
        (S, "an issue with the local database occurred: \"failed to fetch local store status: error returned from database: (code: 5) database is locked\""),
        (N, "a request to the sync server failed: \"error sending request for url (https://sync.internal:8888/api/v0/record/next)\""),
        (A, "the encryption key on this machine does not match the data on the server. this usually "
            "means a new machine was set up without copying the existing key. to fix: run `atuin key` "
            "on a machine that already syncs correctly, then run `atuin store rekey <key>` on this "
            "machine with the value from the other machine"),
        (Z, "failed to load the packfile manifest: packfile manifest range is invalid: invalid manifest range: 812 < 640"),
    ]:
        add(R, SYNC, typ, m)
    add(R, "crates/atuin-client/src/packfile/record.rs", A,
        "failed to authenticate and decrypt the packfile: failed to decrypt the payload: Token signature could not be validated", True)
    add(R, "crates/atuin-common/src/encryption/paseto_v4.rs", A,
        "unexpected error decrypting CEK: bad key. encrypted key id: k4.lid.bqltbNc4JLUAmc9Xtpok-fBuI0dQN5_m3CD9W_nbh559, "
        "given decryption key: k4.lid.Xr1mY0pG2vTq8sLw4cHj7aKd9ZbN3eUf6oQi5RtSyVx0")
    add(R, "crates/atuin-client/src/history.rs", Z, "unexpected number of fields (7) for history version v1")
    add(R, "crates/atuin-client/src/import/mod.rs", S,
        "Could not find history file \"/home/agent-0042/.zsh_history\". Try setting and exporting $HISTFILE")
    add(R, "crates/atuin-client/src/settings/daemon.rs", S,
        "/run/user/1000/atuin has incorrect permissions (expected 700, got 755)")
    add(R, "crates/atuin-client/src/api_client.rs", N,
        "Service unavailable: check https://status.atuin.sh (or get in touch with your host)")
    add(R, "crates/atuin-client/src/hub.rs", T, "Authentication timed out. Please try again.")


def _jf_nushell(add):
    # nushell/nushell: ShellError / NetworkError / JobError / CompileError texts, REPL history warnings
    R = "nushell/nushell"
    SE = "crates/nu-protocol/src/errors/shell_error/mod.rs"
    NET = "crates/nu-protocol/src/errors/shell_error/network.rs"
    JOB = "crates/nu-protocol/src/errors/shell_error/job.rs"
    for typ, m, p in [
        (N, "Host exists but has no address records", NET),
        (N, "Non recoverable failure in name resolution", NET),
        (N, "HTTP Error 503 (Service Unavailable): http://10.0.0.12:7000/v1/health", SE),
        (T, "No message was received in the requested time interval", JOB),
        (Z, "Unable to parse datetime: [premature end of input].", SE),
        (Z, "Plugin failed to decode: failed to fill whole buffer", SE),
        (U, "Recursion limit (50) reached", SE),
        (S, "The config directory could not be found", SE),
        (U, "Block contains too much string data: maximum 4 GiB exceeded.", "crates/nu-protocol/src/errors/compile_error.rs"),
    ]:
        add(R, p, typ, m)
    add(R, "crates/nu-cli/src/repl.rs", S,
        "Warning: history file is a broken symlink (/home/agent-0042/.config/nushell/history.txt -> "
        "/mnt/dotfiles/nushell/history.txt); continuing without history.")


def _jf_reedline(add):
    # nushell/reedline: ReedlineErrorVariants (src/result.rs) as built by the history backends
    R = "nushell/reedline"
    SQ = "src/history/sqlite_backed.rs"
    FB = "src/history/file_backed.rs"
    for typ, m, p in [
        (S, "error within history database: SqliteFailure(Error { code: DatabaseBusy, extended_code: 5 }, Some(\"database is locked\"))", SQ),
        (S, "error within history database: SqliteFailure(Error { code: CannotOpen, extended_code: 14 }, Some(\"unable to open database file\"))", SQ),
        (Z, "error within history database: SqliteFailure(Error { code: DatabaseCorrupt, extended_code: 11 }, Some(\"database disk image is malformed\"))", SQ),
        (Z, "error within history database: Unknown database version 3", SQ),
        (U, "error within history database: Could not find item", SQ),
        (U, "error in Reedline history: Item does not exist", FB),
        (U, "the history FileBackedHistory does not support feature filtering by time", FB),
        (S, "I/O error: Stale file handle (os error 116)", "src/result.rs"),
    ]:
        add(R, p, typ, m)


def _jf_helix(add):
    # helix-editor/helix: language config loader, LSP client errors, document save/open, themes, clipboard
    R = "helix-editor/helix"
    LSP = "helix-lsp/src/lib.rs"
    DOC = "helix-view/src/document.rs"
    for typ, m, p in [
        (Z, "Failed to parse language config: TOML parse error at line 42, column 20\n   |\n42 | language-servers = \"rust-analyzer\"\n"
            "   |                    ^^^^^^^^^^^^^^^\ninvalid type: string \"rust-analyzer\", expected a sequence\n", "helix-core/src/config.rs"),
        (T, "request 42 timed out", LSP),
        (N, "server closed the stream", LSP),
        (Z, "failed to parse: expected value at line 1 column 1", LSP),
        (N, "protocol error: InternalError: Request textDocument/inlayHint failed.", "helix-lsp/src/jsonrpc.rs"),
        (S, "can't save file, parent directory does not exist (use :w! to create it)", DOC),
        (S, "Path is read only", DOC),
        (U, "file modified by an external process, use :w! to overwrite", DOC),
        (Z, "Invalid UTF-8 formatter output", DOC),
        (U, "command 'rust-analyzer' not found: cannot find binary path", "helix-stdx/src/env.rs"),
    ]:
        add(R, p, typ, m)


def _jf_zellij(add):
    # zellij-org/zellij: ConfigError, ZellijError, PluginsConfigError, DownloaderError, IPC protobuf conversion
    R = "zellij-org/zellij"
    CFG = "zellij-utils/src/input/config.rs"
    ERR = "zellij-utils/src/errors.rs"
    PLG = "zellij-utils/src/input/plugins.rs"
    for typ, m, p in [
        (Z, "KdlDeserialization error: Failed to parse Zellij configuration", CFG),
        (S, "IoError: No such file or directory (os error 2), File: /home/agent-0042/.config/zellij/layouts/dev.kdl", CFG),
        (Z, "FromUtf8Error: invalid utf-8 sequence of 1 bytes from index 312", CFG),
        (U, "failed to allocate another terminal id", ERR),
        (U, "Client 3 is too slow to handle incoming messages", ERR),
        (Z, "Empty ClientToServerMsg message", "zellij-utils/src/ipc/protobuf_conversion.rs"),
        (N, "Cannot bind without an SSL certificate.", "zellij-client/src/web_client/utils.rs"),
        (S, "PluginsError: Could not find plugin at the path: '\"/home/agent-0042/.config/zellij/plugins/zjstatus.wasm\"'", PLG),
        (N, "RequestError: Couldn't resolve host name: Could not resolve host: github.com", "zellij-utils/src/downloader.rs"),
    ]:
        add(R, p, typ, m)


def _jf_wezterm(add):
    # wez/wezterm: mux client, codec, config loader, wezterm-ssh (host key, session, sftp), blob leases
    R = "wez/wezterm"
    CL = "wezterm-client/src/client.rs"
    SFTP = "wezterm-ssh/src/sftp/error.rs"
    for typ, m, p in [
        (N, "connecting to 10.0.0.12:7000: Connection refused (os error 111)", CL),
        (N, "Please install the same version of wezterm on both the client and server!\n"
            "The server version is 20240203-110809-5046fc22 (codec version 43),\n"
            "which is not compatible with our version \n"
            "20230712-072601-f4abf8fd (codec version 42).", CL),
        (Z, "Corrupt Response: decode_raw_async: serial 18446744073709551 is implausibly large (bigger than 4096)", "codec/src/lib.rs"),
        (S, "Error opening /home/agent-0042/.wezterm.lua: Permission denied (os error 13)", "config/src/config.rs"),
        (U, "ssh domain with name \"node2\" conflicts with another existing unix domain with the same name", "config/src/config.rs"),
        (A, "host key mismatch for ssh server 10.0.0.12:22. Got fingerprint SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8 "
            "instead of the expected value from your known hosts file Some(\"/home/agent-0042/.ssh/known_hosts\").",
         "wezterm-ssh/src/host.rs"),
        (N, "SSH session is dead", "wezterm-ssh/src/session.rs"),
        (N, "There was a connection, but we lost it", SFTP),
        (S, "Filesystem lock conflict", SFTP),
        (S, "Storage location /run/user/1000/wezterm/blobs may be corrupt: No space left on device (os error 28)",
         "wezterm-blob-leases/src/error.rs"),
        (U, "Lease Expired, data is no longer accessible", "wezterm-blob-leases/src/error.rs"),
    ]:
        add(R, p, typ, m)


def _jf_yazi(add):
    # sxyazi/yazi: yazi-sftp Error Display (+ Status Debug), previewer/highlighter, DDS client, package manager
    R = "sxyazi/yazi"
    SE = "yazi-sftp/src/error.rs"
    for typ, m, p in [
        (Z, "Serde error: trailing bytes", "yazi-sftp/src/de.rs"),
        (Z, "Serde error: string not enough", "yazi-sftp/src/de.rs"),
        (N, "Status error: Status { id: 17, code: ConnectionLost, message: \"connection lost\", language: \"en\" }", SE),
        (S, "Status error: Status { id: 9, code: PermissionDenied, message: \"Permission denied\", language: \"en\" }", SE),
        (N, "Unexpected packet: not a Status", "yazi-sftp/src/fs/file.rs"),
        # "Operation timed out" left out: a catalogue text.
        (U, "Highlighting cancelled", "yazi-core/src/highlighter.rs"),
        (U, "Peek exceeded upper bound of 120", "yazi-runner/src/previewer/error.rs"),
        (N, "Connection closed before receiving reply", "yazi-cli/src/dds/exec.rs"),
        (U, "No receiver found. Check if any receivers are running.", "yazi-cli/src/dds/shot.rs"),
    ]:
        add(R, p, typ, m)


def _jf_broot(add):
    # Canop/broot: custom_error! enums in src/errors.rs (ProgramError, ConfError, TreeBuildError, NetError)
    R = "Canop/broot"
    E = "src/errors.rs"
    for typ, m in [
        (S, "Bad configuration file \"/home/agent-0042/.config/broot/conf.hjson\" : unable to read from the file: Permission denied (os error 13)"),
        (S, "Bad configuration: import file not found: \"skins/dark-blue.hjson\""),
        (S, "IO Error : No space left on device (os error 28)"),
        (Z, "Invalid UTF-8 in /var/lib/stemedb/data/000123.sst"),
        (U, "Too many matches (max allowed: 1000)"),
        (U, "Task Interrupted"),
        (N, "error on the socket: Connection reset by peer (os error 104)"),
        (Z, "invalid message received"),
        (U, "a broot server with the name 'main' is already running"),
    ]:
        add(R, E, typ, m)


def _jf_gitui(add):
    # gitui-org/gitui: asyncgit Error (thiserror), git2 inner Display "msg; class=..; code=..", SignError
    R = "gitui-org/gitui"
    E = "asyncgit/src/error.rs"
    for typ, m, p in [
        (U, "git: no head found", E),
        (U, "git: conflict during rebase", E),
        (S, "io error:Permission denied (os error 13)", E),
        (S, "git error:failed to lock file '/srv/repo/.git/index.lock' for writing: File exists; class=Os (2); code=Locked (-14)", E),
        (N, "git error:failed to connect to github.com: Connection refused; class=Os (2)", E),
        (A, "git error:remote authentication required but no callback set; class=Http (34); code=Auth (-16)", E),
        (A, "sign error: Failed to execute signing process: failed to sign data, program 'gpg' exited non-zero: "
            "gpg: skipped \"3AA5C34371567BD2\": No secret key\ngpg: signing failed: No secret key\n", "asyncgit/src/sync/sign.rs"),
        (Z, "utf8 error:invalid utf-8 sequence of 1 bytes from index 14", E),
        (U, "hook process terminated by signal without exit code", "git2-hooks/src/error.rs"),
    ]:
        add(R, p, typ, m)


# part_jg (holdout31), C/C++ system daemons, time, logging and service supervisors: mlichvar/chrony, syslog-ng/syslog-ng, ntpsec/ntpsec, cronie-crond/cronie, OpenRC/openrc, skarnet/s6, logrotate/logrotate, troglobit/sysklogd. Each read from its newest snapshot via fetch (git archive of HEAD, then the file named per entry); every message was read at its call site (LOG/LOG_FATAL, msg_error + evt_tag_*, msyslog, log_it, eerror/eerrorx/syslog, strerr_* macros, message(MESS_ERROR), ERR/ERRX/WARN) together with the code that formats it, and placeholders were filled plausibly. How each wording reaches a log: - syslog-ng: the eventlog "plain" format (lib/eventlog/src/evtfmt.c) renders "<desc>; tag='value', tag2='value2'"; evt_tag_error/evt_tag_errno renders "strerror (errno)" (lib/eventlog/src/evttags.c). - s6: the skalibs strerr macros (skarnet/skalibs src/include/skalibs/strerr.h, read with read_file) render "PROG: fatal: unable to X: strerror" (diefu*sys), "PROG: fatal: X" (dief*), "PROG: warning: ..." (warnw*), "PROG: warning: unable to ..." (warnwu*). - cronie: log_it() (src/misc.c) sends "(user) EVENT (detail)" to syslog, with ": strerror" appended when an errno is given; user.c's log_error() calls log_it("CRON", pid, msg, FileName, 0); crontab's check_error() prints ""file":line: msg". - logrotate: message(MESS_ERROR, ...) (log.c) prefixes "error: ". - sysklogd: ERR() appends ": strerror(errno)", ERRX()/WARN() do not (src/syslogd.h). - chronyc prints the status line of the reply code (client.c). Fills not read in a source: strerror texts are glibc's; the GnuTLS certificate-verification text in the chrony TLS handshake entry, OpenSSL's X509_verify_cert_error_string and ERR_error_string texts, getaddrinfo's gai_strerror texts and Linux-PAM's pam_strerror text are the usual ones. Judgement calls: ntpsec's leap-seconds file check prints "signature mismatch" for a bad hash over the file; the wording says a signature failed, so it is labelled AuthenticationError with sig=True (label by the wording).
def _part_jg(add):
    _jg_chrony(add)
    _jg_syslog_ng(add)
    _jg_ntpsec(add)
    _jg_cronie(add)
    _jg_openrc(add)
    _jg_s6(add)
    _jg_logrotate(add)
    _jg_sysklogd(add)


def _jg_chrony(add):
    R = "mlichvar/chrony"
    # chronyc status lines for the reply codes (client.c)
    for typ, m in [(N, "506 Cannot talk to daemon"),
                   (A, "501 Not authorised"),
                   (U, "503 No such source"),
                   (A, "510 No command access from this host")]:
        add(R, "client.c", typ, m)
    add(R, "tls_gnutls.c", N, "TLS handshake with 10.0.0.12:4460 (time.example.net) failed : Error in the certificate verification. The certificate is NOT trusted. The certificate issuer is unknown.")
    add(R, "nts_ke_session.c", T, "NTS-KE session with 10.0.0.12:4460 (time.example.net) timed out")
    add(R, "nts_ke_session.c", Z, "Received invalid NTS-KE message from 10.0.0.12:4460 (time.example.net)")
    add(R, "conf.c", Z, "Could not parse server directive at line 3 in file /etc/chrony/chrony.conf")
    add(R, "util.c", S, "Wrong permissions on /var/run/chrony")
    add(R, "util.c", S, "Could not replace /var/lib/chrony/drift with /var/lib/chrony/drift.tmp : Read-only file system")
    add(R, "sched.c", U, "Possible infinite loop in scheduling")


def _jg_syslog_ng(add):
    R = "syslog-ng/syslog-ng"
    Q = "modules/diskq/qdisk.c"
    add(R, Q, S, "Error creating disk-queue file; filename='/var/lib/syslog-ng/syslog-ng-00000.rqf', error='No space left on device (28)'")
    add(R, Q, Z, "Error reading disk-queue file header. Invalid magic; filename='/var/lib/syslog-ng/syslog-ng-00001.rqf'")
    add(R, Q, Z, "Error reading message from disk-queue file (maybe corrupted file) some messages will be lost; filename='/var/lib/syslog-ng/syslog-ng-00001.rqf', num_of_messages='1200', invalid_index='734', lost_messages='466'")
    add(R, "modules/diskq/logqueue-disk-reliable.c", U, "Destination reliable queue full, dropping message; filename='/var/lib/syslog-ng/syslog-ng-00000.rqf', queue_len='48213', flow_control_window_bytes='163840000', capacity_bytes='1073741824', persist_name='d_stemedb#0'")
    add(R, "modules/afsocket/afsocket-dest.c", N, "Syslog connection failed; fd='14', server='AF_INET(10.0.0.12:514)', error='Connection refused (111)', time_reopen='60'")
    add(R, "lib/transport/transport-tls.c", N, "SSL error while reading stream; tls_error='error:0A000126:SSL routines::unexpected eof while reading', location='/etc/syslog-ng/syslog-ng.conf:23:5'")
    add(R, "lib/transport/tls-session.c", N, "Certificate validation failed; subject='CN=node2.stemedb.internal', issuer='CN=StemeDB Internal CA', error='certificate has expired', depth='0'")
    add(R, "lib/logreader.c", T, "Source timeout has elapsed, closing connection; fd='17'")
    add(R, "modules/redis/redis-worker.c", A, "REDIS: failed to authenticate; driver='d_redis#0'")
    add(R, "modules/afsocket/transport-mapper-inet.c", A, "Invalid password, error setting up TLS context; keyfile='/etc/syslog-ng/key.d/server.key'")
    add(R, "modules/cloud-auth/oauth2-auth.cpp", A, "cloud_auth::oauth2::OAuth2Authenticator: non 200 HTTP result code received; url='https://auth.example.net/oauth2/token', http_result_code='401', response='{\"error\":\"invalid_client\"}'")
    add(R, "lib/persist-state.c", Z, "Persistent configuration file has an unsupported major version, ignoring; version='5'")
    add(R, "modules/affile/affile-dest.c", S, "Error opening file for writing; filename='/var/log/stemedb/api.log', error='Permission denied (13)'")
    add(R, "lib/cfg-tree.c", U, "Error in configuration, catch-all flag can only be specified for top-level log statements")


def _jg_ntpsec(add):
    R = "ntpsec/ntpsec"
    C = "ntpd/nts_client.c"
    add(R, C, N, "NTSc: certificate invalid: 10=>certificate has expired")
    add(R, C, T, "NTSc: connect_TCP_socket: timeout")
    add(R, C, N, "NTSc: connect_TCP_socket: connect failed: Connection refused")
    add(R, C, N, "NTSc: open_TCP_socket: DNS error trying to contact time.example.net, -2, Name or service not known")
    add(R, C, Z, "NTSc: Cookie length mismatch 104, 96.")
    add(R, "ntpd/ntp_leapsec.c", A, "CLOCK: leapsecond file ('/usr/share/zoneinfo/leap-seconds.list'): signature mismatch", True)
    add(R, "ntpd/ntp_leapsec.c", Z, "CLOCK: leapsecond file ('/usr/share/zoneinfo/leap-seconds.list'): times not ascending")
    add(R, "ntpd/ntp_util.c", S, "LOG: frequency file /var/lib/ntp/ntp.drift-tmp: Permission denied")
    add(R, "libntp/authreadkeys.c", S, "AUTH: authreadkeys: file /etc/ntp.keys: No such file or directory")
    add(R, "ntpd/ntp_config.c", U, "CONFIG: peer deprecated, treated as server: 10.0.0.12")
    add(R, "ntpd/ntp_sandbox.c", U, "INIT: Need user name to drop root privileges (see -u flag!)")


def _jg_cronie(add):
    R = "cronie-crond/cronie"
    D = "src/database.c"
    add(R, D, S, "(root) CAN'T OPEN (/etc/crontab): Permission denied")
    add(R, D, S, "(backup) WRONG FILE OWNER (/var/spool/cron/backup)")
    add(R, "src/user.c", Z, "(CRON) bad minute (/var/spool/cron/backup)")
    add(R, "src/user.c", Z, "(CRON) missing newline before EOF (/etc/cron.d/stemedb-compact)")
    add(R, "src/user.c", U, "(CRON) too many entries (/var/spool/cron/backup)")
    add(R, "src/crontab.c", A, "(alice) AUTH (crontab command not allowed)")
    add(R, "src/crontab.c", A, "You (alice) are not allowed to use this program (crontab)")
    add(R, "src/security.c", A, "(backup) FAILED to authorize user with PAM (User account has expired)")
    add(R, "src/do_command.c", U, "(CRON) CAN'T FORK (do_command): Resource temporarily unavailable")
    add(R, "src/crontab.c", Z, "\"/tmp/crontab.Xq8Zt2\":3: bad day-of-week")


def _jg_openrc(add):
    R = "OpenRC/openrc"
    O = "src/openrc-run/openrc-run.c"
    add(R, O, T, "stemedb: timed out waiting for net.eth0")
    add(R, O, U, "ERROR: cannot start stemedb as net.eth0 would not start")
    add(R, O, U, "ERROR: stemedb failed to start")
    add(R, O, S, "stemedb: failed to acquire lock: Permission denied")
    SSD = "src/start-stop-daemon/start-stop-daemon.c"
    add(R, SSD, U, "start-stop-daemon: /usr/bin/stemedb is already running")
    add(R, SSD, S, "start-stop-daemon: fopen `/run/stemedb.pid': Permission denied")
    add(R, SSD, A, "start-stop-daemon: pam error: User account has expired")
    SD = "src/supervise-daemon/supervise-daemon.c"
    add(R, SD, U, "respawned \"/usr/bin/stemedb\" too many times, exiting")
    add(R, SD, U, "Invalid respawn-delay value '5x'")
    add(R, "src/openrc/rc-logger.c", S, "Error: write(/var/log/rc.log) failed: No space left on device")


def _jg_s6(add):
    R = "skarnet/s6"
    L = "src/daemontools-extras/s6-log.c"
    add(R, L, S, "s6-log: warning: unable to fd_sync /var/log/stemedb/current: Input/output error")
    add(R, L, S, "s6-log: fatal: unable to lock /var/log/stemedb/lock: Device or resource busy")
    add(R, L, Z, "s6-log: fatal: unrecognized directive: Z1000")
    SV = "src/supervision/s6-supervise.c"
    add(R, SV, U, "s6-supervise: fatal: another instance of s6-supervise is already running")
    add(R, SV, S, "s6-supervise: fatal: unable to mkfifo supervise/control: Read-only file system")
    add(R, SV, T, "s6-supervise: warning: finish script lifetime reached maximum value - sending it a SIGKILL")
    add(R, "src/supervision/s6-svstat.c", U, "s6-svstat: fatal: unable to read status for /run/service/stemedb: s6-supervise not running")
    add(R, "src/daemontools-extras/s6-setlock.c", T, "s6-setlock: fatal: lock /run/stemedb/compact.lock: timed out")
    add(R, "src/supervision/s6_svlisten_loop.c", T, "s6-svwait: fatal: timed out")
    add(R, "src/fdholder/s6-fdholder-retrieve.c", N, "s6-fdholder-retrieve: fatal: unable to connect to a fd-holder daemon at /run/s6-fdholderd/s: Connection refused")
    add(R, "src/supervision/s6-svscan.c", U, "s6-svscan: warning: unable to start supervisor for stemedb: too many services")


def _jg_logrotate(add):
    R = "logrotate/logrotate"
    L = "logrotate.c"
    add(R, L, S, "error: error acquiring lock on state file /var/lib/logrotate/status: No locks available")
    add(R, L, S, "error: failed to rename /var/log/stemedb/api.log to /var/log/stemedb/api.log-20260301: Read-only file system")
    add(R, L, Z, "error: bad top line in state file /var/lib/logrotate/status")
    add(R, L, U, "error: error running first action script for /var/log/stemedb/*.log: child did not exit with status 0")
    add(R, L, U, "error: failed to compress log /var/log/stemedb/api.log.1: child did not terminate normally")
    add(R, L, S, "error: skipping \"/var/log/stemedb/api.log\" because parent directory has insecure permissions (It's world writable or writable by group which is not \"root\") Set \"su\" directive in config file to tell logrotate which user/group should be used for rotation.")
    C = "config.c"
    add(R, C, Z, "error: /etc/logrotate.d/stemedb:4 unknown unit 'X'")
    add(R, C, Z, "error: /etc/logrotate.d/stemedb:12 missing '{' after log files definition")
    add(R, C, U, "error: /etc/logrotate.d/stemedb:3 unknown user 'stemedb'")
    add(R, C, U, "error: /etc/logrotate.conf:40 include nesting too deep")


def _jg_sysklogd(add):
    R = "troglobit/sysklogd"
    P = "src/syslogd.c"
    add(R, P, N, "INET sendto(logs.example.net:514): Network is unreachable")
    add(R, P, N, "Failed resolving 'logs.example.net:514': Name or service not known")
    add(R, P, N, "*:514/udp service unknown: Servname not supported for ai_socktype")
    add(R, P, N, "Failed creating socket for *:514: Address already in use")
    add(R, P, S, "Failed writing to /var/log/stemedb.log: No space left on device")
    add(R, P, S, "Failed re-opening log file /var/log/messages after rotation: Permission denied")
    add(R, P, Z, "unknown priority name \"warnx\"")
    add(R, P, Z, "failed parsing property filter 'msg'")
    add(R, P, U, "Kernel log buffer filling up too quick, or too small log buffer, adjust kernel CONFIG_LOG_BUF_SHIFT")
    add(R, P, U, "Only 16 IP addresses per socket supported.")


# part_jh (Ethereum/Solana clients, SDKs and tooling, Rust and Go): alloy-rs/alloy, alloy-rs/core, gakonst/ethers-rs, foundry-rs/foundry, coral-xyz/anchor, gagliardetto/solana-go, ferranbt/fastssz, attestantio/go-eth2-client, attestantio/dirk, flashbots/mev-boost; newest snapshots via fetch, read with git show HEAD:<path>; each message read in the file named per entry (#[error]/#[display]/#[msg] texts, impl Display write! arms, Go errors.New/fmt.Errorf/errors.Wrap/errors.Join texts and logged Msg/Error strings), placeholders filled plausibly (Go errors.Join renders its parts on separate lines).
def _part_jh(add):
    _jh_alloy(add)
    _jh_ethers_foundry(add)
    _jh_solana(add)
    _jh_consensus_go(add)


def _jh_alloy(add):
    # --- alloy-rs/alloy: transport, json-rpc, provider, signer, node-bindings, consensus, engine JWT ---
    R = "alloy-rs/alloy"
    for typ, m, p in [
        (N, "HTTP error 503 with body: <html><head><title>503 Service Temporarily Unavailable</title></head><body><center><h1>503 Service Temporarily Unavailable</h1></center></body></html>",
         "crates/transport/src/error.rs"),
        (N, "backend connection task has stopped", "crates/transport/src/error.rs"),
        (U, "server returned an error response: error code -32000: nonce too low: next nonce 42, tx nonce 41",
         "crates/json-rpc/src/error.rs"),
        (Z, "deserialization error: expected value at line 1 column 1\n<html><body><h1>502 Bad Gateway</h1></body></html>",
         "crates/json-rpc/src/error.rs"),
        (T, "transaction was not confirmed within the timeout", "crates/provider/src/heart.rs"),
        (U, "transaction-provided chain ID (1) does not match the signer's chain ID (11155111)",
         "crates/signer/src/error.rs"),
        (T, "timed out waiting for node to spawn; is the node binary installed?", "crates/node-bindings/src/node.rs"),
        (S, "failed to read IPC path '/var/lib/stemedb/geth.ipc': No such file or directory (os error 2)",
         "crates/rpc-client/src/builtin.rs"),
        (N, "No transports available for fallback service", "crates/transport/src/layers/fallback.rs"),
    ]:
        add(R, p, typ, m)
    add(R, "crates/provider/src/ext/mev/with_auth.rs", A,
        "signature mismatch: expected 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed, actual 0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", True)
    add(R, "crates/consensus/src/crypto.rs", A, "Failed to recover the signer", True)
    add(R, "crates/rpc-types-engine/src/jwt.rs", A, "provided signature is invalid", True)

    # --- alloy-rs/core: sol-types ABI decoding, primitives signature, dyn-abi, sol-type-parser ---
    C = "alloy-rs/core"
    for typ, m, p in [
        (Z, "type check failed for \"address\" with data: ffffffffffffffffffffffff5aaeb6053f3e94c9b9a09f33669435e7ef1beaed",
         "crates/sol-types/src/errors.rs"),
        (Z, "ABI decoding failed: buffer overrun while deserializing", "crates/sol-types/src/errors.rs"),
        (Z, "ABI decoding failed: recursion limit of 16 exceeded during decoding", "crates/sol-types/src/errors.rs"),
        (Z, "invalid signature hash for event \"Transfer\": got 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925, expected 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef",
         "crates/sol-types/src/errors.rs"),
        (Z, "unknown selector `0x08c379a0` for IVaultErrors", "crates/sol-types/src/errors.rs"),
        (U, "encode length mismatch: expected 3 types, got 2", "crates/dyn-abi/src/error.rs"),
        (Z, "invalid size for type: uint7", "crates/sol-type-parser/src/error.rs"),
    ]:
        add(C, p, typ, m)
    add(C, "crates/primitives/src/signature/error.rs", A, "invalid parity: 29", True)


def _jh_ethers_foundry(add):
    # --- gakonst/ethers-rs: core signature, providers transports, etherscan, signer middleware ---
    E = "gakonst/ethers-rs"
    add(E, "ethers-core/src/types/signature.rs", A,
        "Signature verification failed. Expected 0x5aae…eaed, got 0xfb69…d359", True)
    add(E, "ethers-core/src/types/signature.rs", A, "invalid signature length, got 64, expected 65", True)
    for typ, m, p in [
        (A, "Invalid API Key", "ethers-etherscan/src/errors.rs"),
        (N, "Received `Page not found` response. API server is likely down", "ethers-etherscan/src/errors.rs"),
        (N, "Websocket closed unexpectedly", "ethers-providers/src/rpc/transports/ws/error.rs"),
        (Z, "Deserialization Error: expected value at line 1 column 1. Response: <html><head><title>502 Bad Gateway</title></head><body>cloudflare</body></html>",
         "ethers-providers/src/rpc/transports/http.rs"),
        (U, "No Quorum reached.", "ethers-providers/src/rpc/transports/quorum.rs"),
        (U, "(code: -32000, message: nonce too low, data: None)", "ethers-providers/src/rpc/transports/common.rs"),
        (Z, "Missing transaction type when decoding", "ethers-core/src/types/transaction/eip2718.rs"),
        (U, "Attempted to sign a transaction with no available signer. Hint: did you mean to use a SignerMiddleware?",
         "ethers-providers/src/errors.rs"),
    ]:
        add(E, p, typ, m)

    # --- foundry-rs/foundry: common fs errors, anvil eth errors, runtime transport, symbolic runtime ---
    F = "foundry-rs/foundry"
    for typ, m, p in [
        (S, "failed to write to \"/var/lib/stemedb/out/Counter.sol/Counter.json\": No space left on device (os error 28)",
         "crates/common/src/errors/fs.rs"),
        (S, "failed to lock file \"/home/agent-0042/.foundry/cache/rpc/mainnet/21000000\": Resource temporarily unavailable (os error 11)",
         "crates/common/src/errors/fs.rs"),
        (Z, "failed to parse json file: \"/var/lib/stemedb/broadcast/Deploy.s.sol/1/run-latest.json\": EOF while parsing an object at line 212 column 0",
         "crates/common/src/errors/fs.rs"),
        (T, "Transaction 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060 was added to the mempool but wasn't confirmed within 30s",
         "crates/anvil/src/eth/error/mod.rs"),
        (Z, "Failed to decode signed transaction", "crates/anvil/src/eth/error/mod.rs"),
        (U, "Insufficient funds for gas * price + value", "crates/anvil/src/eth/error/mod.rs"),
        (A, "Invalid JWT: JWT key is expected to have a length of 64 digits. 62 digits key provided",
         "crates/common/src/provider/runtime_transport.rs"),
        (N, "Internal transport error: error sending request for url (http://10.0.0.12:8545/) with http://10.0.0.12:8545/",
         "crates/common/src/provider/runtime_transport.rs"),
        (T, "symbolic execution timeout exceeded (300s)", "crates/evm/symbolic/src/runtime.rs"),
    ]:
        add(F, p, typ, m)


def _jh_solana(add):
    # --- coral-xyz/anchor: lang ErrorCode #[msg] texts and AnchorError::log lines, client, cli ---
    AN = "coral-xyz/anchor"
    for typ, m, p in [
        (U, "AnchorError caused by account: vault. Error Code: ConstraintSeeds. Error Number: 2006. Error Message: A seeds constraint was violated.",
         "lang/src/error.rs"),
        (Z, "AnchorError occurred. Error Code: AccountDidNotDeserialize. Error Number: 3003. Error Message: Failed to deserialize the account.",
         "lang/src/error.rs"),
        (Z, "AnchorError caused by account: config. Error Code: AccountDiscriminatorMismatch. Error Number: 3002. Error Message: Account discriminator did not match what was expected.",
         "lang/src/error.rs"),
        (U, "AnchorError thrown in programs/escrow/src/lib.rs:58. Error Code: RequireGteViolated. Error Number: 2506. Error Message: A require_gte expression was violated.",
         "lang/src/error.rs"),
        (A, "AnchorError caused by account: authority. Error Code: AccountNotSigner. Error Number: 3010. Error Message: The given account did not sign.",
         "lang/src/error.rs"),
        (U, "The program expected this account to be already initialized", "lang/src/error.rs"),
        (Z, "Unable to parse log: Unexpected length of input", "client/src/lib.rs"),
        (S, "Could not remove directory /home/agent-0042/escrow/target/idl: Permission denied (os error 13)", "cli/src/lib.rs"),
        (S, "Unable to read keypair file (/root/.config/solana/id.json)", "cli/src/lib.rs"),
    ]:
        add(AN, p, typ, m)

    # --- gagliardetto/solana-go: transaction, keys, rpc/jsonrpc, rpc/ws, vault ---
    SG = "gagliardetto/solana-go"
    add(SG, "transaction.go", A, "invalid signature by 9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM", True)
    for typ, m, p in [
        (N, "rpc call getAccountInfo() on https://api.mainnet-beta.solana.com: Post \"https://api.mainnet-beta.solana.com\": dial tcp 10.0.0.12:443: connect: connection refused",
         "rpc/jsonrpc/jsonrpc.go"),
        (Z, "rpc call getLatestBlockhash() on http://10.0.0.12:8899 status code: 502. could not decode body to rpc response: invalid character '<' looking for beginning of value",
         "rpc/jsonrpc/jsonrpc.go"),
        (N, "new ws client: dial: dial tcp 10.0.0.12:8900: connect: connection refused", "rpc/ws/client.go"),
        (T, "timeout waiting for confirmation", "rpc/ws/signatureSubscribe.go"),
        (Z, "numSignatures 200 is too large for remaining bytes 64", "transaction.go"),
        (U, "signer key \"9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM\" not found. Ensure all the signer keys are in the vault",
         "transaction.go"),
        (A, "failed to decrypt", "vault/passphrase.go"),
        (S, "read keygen file: open /root/.config/solana/id.json: no such file or directory", "keys.go"),
    ]:
        add(SG, p, typ, m)


def _jh_consensus_go(add):
    # --- ferranbt/fastssz: SSZ decoding errors (encode.go), sszgen, merkle proofs ---
    FS = "ferranbt/fastssz"
    for typ, m, p in [
        (Z, "incorrect offset", "encode.go"),
        (Z, "invalid ssz encoding. first variable element offset indexes into fixed value data", "encode.go"),
        (Z, "offsets are not increasing", "encode.go"),
        (Z, "Attestations (list length is higher than max value): max expected 128 and 129 found", "encode.go"),
        (Z, "invalid SSZ boolean byte: 0x02", "encode.go"),
        (Z, "trailing byte is zero", "encode.go"),
        (U, "could not find struct with name 'BeaconState'", "sszgen/generator/generator.go"),
        (U, "number of leaves and indices mismatch", "proof.go"),
    ]:
        add(FS, p, typ, m)

    # --- attestantio/go-eth2-client: http service, api.Error, client errors ---
    G = "attestantio/go-eth2-client"
    for typ, m, p in [
        (N, "failed to call GET endpoint\nGet \"http://10.0.0.12:5052/eth/v1/node/syncing\": dial tcp 10.0.0.12:5052: connect: connection refused",
         "http/http.go"),
        (T, "failed to call POST endpoint\nPost \"http://10.0.0.12:5052/eth/v1/validator/duties/attester/281234\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
         "http/http.go"),
        (U, "client is not synced", "errors.go"),
        (U, "GET failed with status 404: {\"code\":404,\"message\":\"State not found\"}", "api/error.go"),
        (N, "GET failed with status 502: <html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>",
         "api/error.go"),
        (Z, "failed to decode deneb beacon state\nincorrect offset", "http/beaconstate.go"),
        (Z, "malformed consensus version (2 entries)", "http/http.go"),
        (U, "state from justified not implemented", "http/stateid.go"),
    ]:
        add(G, p, typ, m)

    # --- attestantio/dirk: remote signer rules (slashing protection), checker, DKG sender, storage ---
    D = "attestantio/dirk"
    for typ, m, p in [
        (U, "Request slot equal to or lower than previous signed slot", "rules/standard/signbeaconproposal.go"),
        (A, "Not signing voluntary exit request from unapproved IP address", "rules/standard/sign.go"),
        (A, "No rules for client", "services/checker/static/service.go"),
        (N, "failed to call Prepare(): rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial tcp 10.0.0.12:13141: connect: connection refused\"",
         "services/sender/grpc/service.go"),
        (N, "failed to add CA certificate", "services/sender/grpc/service.go"),
        (S, "failed to set: write /var/lib/dirk/storage/000123.vlog: no space left on device", "rules/standard/storage.go"),
        (Z, "failed to decode state: invalid version 1 data size 12", "rules/standard/signbeaconproposal.go"),
        (U, "not enough suitable peers", "services/peers/static/service.go"),
    ]:
        add(D, p, typ, m)

    # --- flashbots/mev-boost: relay requests, bid verification, cli ---
    M = "flashbots/mev-boost"
    add(M, "server/service.go", A, "failed to verify relay signature", True)
    for typ, m, p in [
        (A, "bid pubkey mismatch. expected: 0x8c4ed5e24fe5c6ae21018437bde147693f68cda427cd1122cf20819c30eda7ed74f726dba0fef9b4f5ad6cd0ff8f7ee5 - got: 0xa1d1ad0714035353258038e964ae9675dc0252ee22cea896825c01458e1807bfad2f9969338798548d9858a571f7425c",
         "server/service.go"),
        (T, "request context error after 3 attempts: context deadline exceeded", "server/utils.go"),
        (N, "HTTP error response: 502 / <html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", "server/utils.go"),
        (Z, "could not unmarshal response {\"version\":\"deneb\",\"data\":{\"message\":{\"header\":{\"parent_hash\":\"0x: unexpected end of JSON input",
         "server/utils.go"),
        (U, "proposer and relay parent hashes are not the same", "server/service.go"),
        (A, "relay public key cannot be the point-at-infinity", "server/types/errors.go"),
        (U, "please specify a non-negative minimum bid", "cli/main.go"),
    ]:
        add(M, p, typ, m)


def holdout31(add):
    for part in (_part_je, _part_jf, _part_jg, _part_jh):
        part(add)
