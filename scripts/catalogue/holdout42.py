"""The forty-second blind batch: wordings from sources in no earlier batch.
Four helper sessions read them blind, with the same brief and conventions as
the earlier batches. Each wording was read in the file named beside it; fills
not read in the source are named in each part's note. build.py adds it to the
catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401


# part_pa (holdout42): Go Git libraries, Git forges and FTP/SFTP servers/clients -- go-git/go-git, go-git/go-billy, pkg/sftp, fclairamb/ftpserverlib, goftp/server, jlaffaye/ftp, secsy/goftp and gogs/gogs read from snapshots via fetch (git show HEAD:<path>); go-gitea/gitea (snapshot too large to fetch) read file by file with read_file; each message read in the file named per entry (errors.New / fmt.Errorf / Error() string / writeMessage texts), placeholders and wrapped inner errors filled plausibly (Go stdlib net/os texts, server replies).
URL = "https://git.example.com/stemedb/config.git/info/refs?service=git-upload-pack"


def _part_pa(add):
    _pa_go_git(add)
    _pa_go_billy(add)
    _pa_sftp(add)
    _pa_ftpserverlib(add)
    _pa_goftp_server(add)
    _pa_jlaffaye_ftp(add)
    _pa_secsy_goftp(add)
    _pa_gogs(add)
    _pa_gitea(add)


def _pa_go_git(add):
    # go-git/go-git: sentinel errors (errors.New) and wrapped transport / packfile errors.
    R = "go-git/go-git"
    # plumbing/transport/http/common.go: checkError wraps *Err ("unexpected requesting %q status code: %d[: %s]")
    for typ, m in [(A, 'authentication required: unexpected requesting "%s" status code: 401' % URL),
                   (A, 'authorization failed: unexpected requesting "%s" status code: 403' % URL),
                   (U, 'repository not found: unexpected requesting "%s" status code: 404' % URL),
                   (N, 'unexpected requesting "%s" status code: 502: Bad Gateway' % URL)]:
        add(R, "plumbing/transport/http/common.go", typ, m)
    add(R, "plumbing/transport/errors.go", T, "timeout exceeded")
    # plumbing/format/packfile/scanner.go: "%w: %w" of ErrMalformedPackfile + ErrBadSignature (pack magic), checksum mismatch
    add(R, "plumbing/format/packfile/scanner.go", Z, "malformed pack file: bad signature")
    add(R, "plumbing/format/packfile/scanner.go", Z,
        'malformed pack file: checksum mismatch: "5d1f0c2e9a7b4f3318c6a0e2d94b7c1f08a3e6d2" instead of "9e8a1b4c6d2f0e3a7b5c9d1e8f2a4b6c0d3e5f71"')
    add(R, "plumbing/format/index/decoder.go", Z, "index decoder: invalid checksum")
    add(R, "plumbing/format/pktline/common.go", Z, "invalid pkt-len found")
    # storage/filesystem/dotgit/dotgit.go
    add(R, "storage/filesystem/dotgit/dotgit.go", T, "timeout trying to lock packed refs")
    add(R, "storage/filesystem/dotgit/dotgit.go", S, "cannot lock file: resource temporarily unavailable")
    add(R, "worktree.go", U, "non-fast-forward update")
    add(R, "worktree.go", U, "worktree contains unstaged changes")


def _pa_go_billy(add):
    # go-git/go-billy: fs.go sentinels, memfs and osfs (os.Root) errors.
    R = "go-git/go-billy"
    for typ, m in [(S, "read-only filesystem"),
                   (U, "feature not supported")]:
        add(R, "fs.go", typ, m)
    add(R, "helper/chroot/chroot.go", U, "underlying fs does not implement billy.Symlink")
    add(R, "memfs/storage.go", S, 'file already exists "/var/lib/stemedb/data/000123.sst"')
    add(R, "memfs/storage.go", S, "dir: /var/lib/stemedb/snapshots contains files")
    add(R, "osfs/os_rootfs.go", S, "failed to auto create dir: mkdir /var/lib/stemedb/repo: permission denied")
    add(R, "osfs/os_rootfs.go", S, 'cannot chroot: "/var/lib/stemedb/repo/config" is not a dir (mode -rw-r--r--)')
    add(R, "osfs/os_rootfs.go", U, 'path escapes from parent: "../../etc/stemedb/secrets"')


def _pa_sftp(add):
    # pkg/sftp: StatusError ("sftp: %q (%v)" with the fx code name, msg from the pkg/sftp server's err.Error()),
    # fxerr texts, client option / protocol errors.
    R = "pkg/sftp"
    for typ, m in [(S, 'sftp: "open /srv/backup/stemedb/000123.sst: no such file or directory" (SSH_FX_NO_SUCH_FILE)'),
                   (S, 'sftp: "open /srv/backup/stemedb/MANIFEST-000042: permission denied" (SSH_FX_PERMISSION_DENIED)'),
                   (S, 'sftp: "write /srv/backup/stemedb/000124.sst: no space left on device" (SSH_FX_FAILURE)'),
                   (N, "sftp: unexpected packet: want SSH_FXP_HANDLE, got SSH_FXP_STATUS"),
                   (U, "unsupported extension: copy-data")]:
        add(R, "sftp.go", typ, m)
    add(R, "request-errors.go", U, "operation unsupported")
    add(R, "client.go", N, "error receiving version packet from server: server unexpectedly closed connection: unexpected EOF")
    add(R, "client.go", U, "sizes larger than 32KB might not work with all servers")
    add(R, "packet.go", N,
        "error reading packet length: 0 of 4: read tcp 10.0.0.5:53412->10.0.0.12:22: read: connection reset by peer")
    add(R, "request-example.go", S, "too many symbolic links")


def _pa_ftpserverlib(add):
    # fclairamb/ftpserverlib: NetworkError / FileAccessError / DriverError wrappers (errors.go) and sentinels.
    R = "fclairamb/ftpserverlib"
    add(R, "server.go", N, "network error: cannot listen on main port: listen tcp :2121: bind: address already in use")
    add(R, "transfer_active.go", N,
        "network error: could not establish active connection: dial tcp 10.0.0.12:40123: connect: connection refused")
    add(R, "handle_files.go", N,
        "network error: error transferring data: write tcp 10.0.0.5:2121->10.0.0.12:51234: write: connection reset by peer")
    add(R, "handle_dirs.go", S, "file access error: couldn't stat: stat /srv/ftp/stemedb/export: no such file or directory")
    add(R, "handle_files.go", S, "driver error: calling OpenFile: open /srv/ftp/stemedb/000123.sst: permission denied")
    add(R, "transfer_pasv.go", T, "failed to accept passive transfer connection: accept tcp [::]:50012: i/o timeout")
    add(R, "errors.go", S, "storage limit exceeded")
    add(R, "errors.go", U, "filename not allowed")
    add(R, "client_handler.go", U, "unable to open transfer: no transfer connection")
    add(R, "client_handler.go", N, "unable to open transfer: TLS is required")
    add(R, "transfer_active.go", Z, "could not parse 10,0,0,12,156: remote address has a bad format")


def _pa_goftp_server(add):
    # goftp/server: FTP replies as written (and logged) by conn.writeMessage: "%d %s".
    R = "goftp/server"
    for typ, m in [(N, "425 Data connection failed"),
                   (A, "530 Incorrect password, not logged in"),
                   (S, "550 File delete failed: remove /srv/ftp/stemedb/000123.sst: permission denied"),
                   (S, "550 Directory change to /srv/ftp/backups failed: stat /srv/ftp/backups: no such file or directory"),
                   (S, "551 Error reading file"),
                   (N, "450 error during transfer: write tcp 10.0.0.5:2121->10.0.0.12:50123: write: broken pipe"),
                   (U, "504 MODE is an obsolete command"),
                   (U, "550 Unsupported non-utf8 mode")]:
        add(R, "cmd.go", typ, m)
    add(R, "conn.go", A, "530 not logged in")
    add(R, "conn.go", U, "553 action aborted, required param missing")


def _pa_jlaffaye_ftp(add):
    # jlaffaye/ftp: client-side errors (ftp.go, parse.go); textproto.Error "%03d %s" with the library's StatusText.
    R = "jlaffaye/ftp"
    add(R, "ftp.go", Z, "invalid PASV response format")
    add(R, "ftp.go", Z, "unsuported PWD response format")
    add(R, "ftp.go", U, "502 Command not implemented.")
    add(R, "ftp.go", U, "GetTime is not supported")
    add(R, "parse.go", Z, "unsupported LIST line")
    add(R, "parse.go", Z, "unknown entry type")


def _pa_secsy_goftp(add):
    # secsy/goftp: ftpError ("unexpected response: %d-%s" or the wrapped error), server reply texts filled.
    R = "secsy/goftp"
    for typ, m in [(A, "unexpected response: 530-Login incorrect."),
                   (S, "unexpected response: 550-Failed to open file."),
                   (N, "unexpected response: 421-Service not available, remote server has closed connection.")]:
        add(R, "client.go", typ, m)
    add(R, "persistent_connection.go", N,
        "error reading response: read tcp 10.0.0.5:51234->10.0.0.12:21: read: connection reset by peer")
    add(R, "persistent_connection.go", Z, "error parsing PASV response (Entering Passive Mode)")
    add(R, "file_system.go", Z, "failed parsing LIST entry: total 48")
    add(R, "transfer.go", Z, "expected 104857600 bytes, got 52428800")
    add(R, "goftp.go", U, "must specify at least one host")
    add(R, "client.go", U, "client closed")


def _pa_gogs(add):
    # gogs/gogs: typed errors (Error() string), cockroachdb/errors Wrap/Newf texts.
    R = "gogs/gogs"
    add(R, "internal/auth/auth.go", A, "bad credentials: map[login:alice]")
    add(R, "internal/database/access_tokens.go", A,
        "access token does not exist: map[sha:8c0a4d6f2e1b9a7c3d5e0f4a6b8c2d1e9f7a3b5c]")
    add(R, "internal/database/repo.go", U, "user has reached maximum limit of repositories [limit: 10]")
    add(R, "internal/database/repo.go", S, "repository directory already exists: /var/lib/gogs/repositories/alice/stemedb.git")
    add(R, "internal/database/database.go", S, "open database: unable to open database file: no such file or directory")
    add(R, "internal/auth/ldap/config.go", N,
        'dial: LDAP Result Code 200 "Network Error": dial tcp 10.0.0.12:389: connect: connection refused')
    add(R, "internal/auth/ldap/config.go", N,
        'StartTLS: LDAP Result Code 200 "Network Error": tls: failed to verify certificate: x509: certificate signed by unknown authority')
    add(R, "internal/database/ssh_key.go", Z, "invalid key format: illegal base64 data at input byte 12")
    add(R, "internal/database/ssh_key.go", A, "key length is not enough: got 1024, needs 2048")
    add(R, "internal/database/error.go", Z,
        "Unable to verify key content [result: /tmp/gogs-keytest3981: is not a public key file.]")
    add(R, "internal/database/login_sources.go", U, "login source is still used by some users: map[id:3]")
    add(R, "internal/database/two_factor.go", A, "AESGCMDecrypt: cipher: message authentication failed", True)


def _pa_gitea(add):
    # go-gitea/gitea: read with read_file (the snapshot is above the fetch limit), files named per entry.
    R = "go-gitea/gitea"
    for typ, m in [(T, "execution is timeout [duration: 6m0s]"),
                   (U, "branch does not exist [name: release/v1.4]")]:
        add(R, "modules/git/backend/error.go", typ, m)
    add(R, "modules/lfs/content_store.go", Z, "Content hash does not match OID")
    add(R, "modules/lfs/http_client.go", N, "Unexpected server response: 502 Bad Gateway")
    add(R, "models/asymkey/error.go", A, "the provided signature does not sign the token with the provided key", True)
    add(R, "models/asymkey/error.go", Z, "failed to parse gpg key openpgp: invalid argument: no armored data found")
    add(R, "models/asymkey/error.go", A, "user does not have access to the key [user_id: 7, key_id: 12]")
    add(R, "modules/secret/secret.go", A,
        "failed to decrypt by secret, the key (maybe SECRET_KEY?) might be incorrect: "
        "AesDecrypt invalid decrypted base64 string: illegal base64 data at input byte 0")
    add(R, "modules/secret/secret.go", Z,
        "failed to decrypt by secret, invalid hex string: encoding/hex: invalid byte: U+0067 'g'")
    add(R, "modules/storage/minio.go", U, "invalid minio bucket lookup type: virtual")
    add(R, "modules/storage/storage.go", U, "Unsupported storage type: gdrive")


# part_pb (holdout42): Rust PDF, font and vector-graphics libraries -- J-F-Liu/lopdf, pdf-rs/pdf, googlefonts/fontations, yeslogic/allsorts, fschutt/printpdf, servo/font-kit, LaurenzV/krilla, typst/svg2pdf, harfbuzz/ttf-parser, linebender/resvg -- newest snapshots via fetch, each message read with `git show HEAD:<path>` in the file named per entry (thiserror #[error] texts, snafu display texts, impl Display arms, bail!/format!/log::warn! strings, CLI error strings), placeholders filled plausibly; inner errors of wrapping Displays filled from the real Display of the wrapped type (lopdf's inside printpdf, roxmltree's TextPos error inside usvg, svgtypes' inside usvg, read-fonts' ReadError inside incremental-font-transfer, std io/ParseIntError texts).
def _part_pb(add):
    # --- J-F-Liu/lopdf: lopdf::Error / DecompressError / DecryptionError (thiserror) ---
    R = "J-F-Liu/lopdf"
    for typ, m, p in [
        (S, "IO error", "src/error.rs"),
        (U, "missing feature of lopdf: decompression algorithms; please open an issue at https://github.com/J-F-Liu/lopdf/ to let the developers know of your usecase", "src/object.rs"),
        (Z, "object has wrong type; expected type Dictionary but found type Array", "src/object.rs"),
        (U, "PDF document is already encrypted", "src/document.rs"),
        (Z, "couldn't parse input", "src/error.rs"),
        (Z, "missing required dictionary key \"Pages\"", "src/object.rs"),
        (U, "object ID 42 0 not found", "src/document.rs"),
        (Z, "decoding ASCII85 failed: group value out of range", "src/object.rs"),
        (Z, "invalid stream: stream extends after document end.", "src/reader.rs"),
        (U, "decompressed output exceeded the 104857600-byte limit (possible decompression bomb)", "src/document.rs"),
        (A, "the supplied password is incorrect", "src/encryption/algorithms.rs"),
        (A, "invalid padding encountered when decrypting, key might be incorrect", "src/encryption/crypt_filters.rs"),
        (U, "the encryption revision is not implemented in lopdf", "src/encryption/algorithms.rs"),
    ]:
        add(R, p, typ, m)

    # --- pdf-rs/pdf: PdfError (snafu display) and bail!/other! strings ---
    R = "pdf-rs/pdf"
    for typ, m, p in [
        (Z, "Field /MediaBox is missing in dictionary for type Page.", "pdf/src/object/types/page.rs"),
        (Z, "Expected dictionary /Type = Page or Pages. Found /Type = Catalog.", "pdf/src/object/types/pagesnode.rs"),
        (U, "Tried to dereference non-existing object nr 214.", "pdf/src/file.rs"),
        (U, "Page out of bounds (12/10).", "pdf/src/object/types/pagesnode.rs"),
        (A, "Decryption failure", "pdf/src/crypt.rs"),
        (S, "IO Error, caused by\n  No such file or directory (os error 2)", "pdf/src/error.rs"),
        (Z, "Hex decode error. Position 18, bytes [71, 90]", "pdf/src/enc.rs"),
        (U, "LimitsExeeded: 268435457", "pdf/src/enc.rs"),
        (Z, "XRef offset outside file bounds", "pdf/src/backend.rs"),
        (Z, "can't inflate", "pdf/src/enc.rs"),
        (U, "unsupported standard security handler revision 7", "pdf/src/crypt.rs"),
    ]:
        add(R, p, typ, m)

    # --- googlefonts/fontations: read-fonts ReadError, ps::Error, skrifa DrawError,
    #     write-fonts PackingError, incremental-font-transfer PatchingError, brotli DecodeError ---
    R = "googlefonts/fontations"
    for typ, m, p in [
        (Z, "An offset was out of bounds", "read-fonts/src/read.rs"),
        (Z, "Invalid sfnt version 0x774F4632", "read-fonts/src/read.rs"),
        (U, "Invalid index 3 for font collection", "read-fonts/src/read.rs"),
        (Z, "the glyf table is missing", "read-fonts/src/read.rs"),
        (Z, "Malformed data: 'repeat count too large in glyf'", "read-fonts/src/tables/glyf.rs"),
        (Z, "invalid offset size of 7 for INDEX (expected 1-4)", "read-fonts/src/ps/error.rs"),
        (U, "Glyph GID_812 was not found in the given font", "skrifa/src/outline/error.rs"),
        (U, "Recursion limit (32) exceeded when loading composite component GID_77", "skrifa/src/outline/error.rs"),
        (U, "Table packing failed with 3 overflows", "write-fonts/src/error.rs"),
        (Z, "Failed to parse patch file: An offset was out of bounds", "incremental-font-transfer/src/font_patch.rs"),
        (U, "Compatibility ID of the patch does not match the font.", "incremental-font-transfer/src/font_patch.rs"),
        (Z, "Brotli compressed stream is invalid, decoding failed.", "shared-brotli-patch-decoder/src/decode_error.rs"),
    ]:
        add(R, p, typ, m)

    # --- yeslogic/allsorts: ShapingError, ParseError, ReadWriteError, SubsetError, CFFError ---
    R = "yeslogic/allsorts"
    for typ, m, p in [
        (Z, "shaping parse: end of data reached unexpectedly", "src/error.rs"),
        (U, "indic shaping: missing dotted circle", "src/error.rs"),
        (Z, "read error: unexpected data version", "src/error.rs"),
        (Z, "font is missing 'cmap' table", "src/error.rs"),
        (U, "subset: too many glyphs", "src/subset.rs"),
        (U, "subset: first glyph is not .notdef", "src/subset.rs"),
        (Z, "subset: CFF error: parse error: invalid data offset", "src/subset.rs"),
        (U, "subset: write error: data written to placeholder did not match expected size", "src/subset.rs"),
        (Z, "unable to convert charstring: parse error: end of data reached unexpectedly", "src/cff/charstring.rs"),
    ]:
        add(R, p, typ, m)

    # --- fschutt/printpdf: String errors of the PDF deserializer, date/cmap parsers, image and svg paths ---
    R = "fschutt/printpdf"
    for typ, m, p in [
        (Z, "Failed to load PDF: couldn't parse input", "src/deserialize.rs"),
        (Z, "Missing Root in trailer", "src/deserialize.rs"),
        (U, "Failed to get catalog: object ID 1 0 not found", "src/deserialize.rs"),
        (Z, "Pages dictionary missing Kids key: missing required dictionary key \"Kids\"", "src/deserialize.rs"),
        (U, "unsupported ShadingType 6", "src/deserialize.rs"),
        (U, "PNG format detected but PNG support not compiled in", "src/image.rs"),
        (Z, "Invalid hour: 25", "src/date.rs"),
        (Z, "Failed to parse hex token <0G1F>: invalid digit found in string", "src/cmap.rs"),
        (U, "convert svg tree to pdf: page has degenerate media box [0.0, 0.0, 0.0, 841.89]", "src/svg.rs"),
    ]:
        add(R, p, typ, m)

    # --- servo/font-kit: FontLoadingError, GlyphLoadingError, SelectionError ---
    R = "servo/font-kit"
    for typ, m, p in [
        (Z, "unknown format", "src/error.rs"),
        (U, "no such font in the collection", "src/error.rs"),
        (U, "no filesystem present", "src/error.rs"),
        # "I/O error: Permission denied (os error 13)" (src/error.rs) left out: a test-set text.
        (U, "no such glyph", "src/error.rs"),
        (U, "no font found", "src/error.rs"),
        (S, "failed to access source", "src/error.rs"),
        (Z, "Parse error on path \"/System/Library/Fonts/Helvetica.ttc\"", "src/sources/core_text.rs"),
    ]:
        add(R, p, typ, m)

    # --- LaurenzV/krilla: KrillaError, LimitError, pdf::PdfError Displays ---
    R = "LaurenzV/krilla"
    for typ, m, p in [
        (Z, "failed to embed font: font is missing an outline table", "crates/krilla/src/text/cid.rs"),
        (U, "validation failed with 3 errors", "crates/krilla/src/error.rs"),
        (U, "PDF version limit exceeded: a float exceeded the maximum allowed size", "crates/krilla/src/error.rs"),
        (U, "duplicate named destination: chapter-2", "crates/krilla/src/error.rs"),
        (U, "failed to process image: image has an unsupported bit-depth", "crates/krilla/src/graphics/image/mod.rs"),
        (U, "failed to process embedded PDF: embedded PDF requires PDF 1.7, which is newer than the selected PDF version", "crates/krilla/src/pdf.rs"),
        (U, "sixteen bit images require PDF 1.5 or newer, but the selected PDF version does not support them", "crates/krilla/src/error.rs"),
    ]:
        add(R, p, typ, m)

    # --- typst/svg2pdf: ConversionError Display and the CLI's error strings ---
    R = "typst/svg2pdf"
    for typ, m, p in [
        (Z, "An unknown type of image appears in the SVG.", "src/lib.rs"),
        (U, "A piece of text could not be displayed with any font.", "src/lib.rs"),
        (U, "Failed to convert PDF file: The SVG's nesting depth is too high.", "cli/src/convert.rs"),
        (S, "Failed to load SVG file", "cli/src/convert.rs"),
        (S, "Failed to write PDF file", "cli/src/convert.rs"),
    ]:
        add(R, p, typ, m)

    # --- harfbuzz/ttf-parser: FaceParsingError Display ---
    R = "harfbuzz/ttf-parser"
    for typ, m in [
        (Z, "malformed font"),
        (Z, "unknown magic"),
        (U, "face index is out of bounds"),
        (Z, "the head table is missing or malformed"),
        (Z, "the maxp table is missing or malformed"),
    ]:
        add(R, "src/lib.rs", typ, m)

    # --- linebender/resvg: usvg::Error Display, usvg/resvg log::warn! texts and CLI errors ---
    R = "linebender/resvg"
    for typ, m, p in [
        (Z, "provided data has not an UTF-8 encoding", "crates/usvg/src/parser/mod.rs"),
        (Z, "provided data has a malformed GZip content", "crates/usvg/src/parser/mod.rs"),
        (U, "the maximum number of SVG elements has been reached", "crates/usvg/src/parser/mod.rs"),
        (Z, "SVG has an invalid size", "crates/usvg/src/parser/mod.rs"),
        (Z, "SVG data parsing failed cause the root node was opened but never closed", "crates/usvg/src/parser/mod.rs"),
        (Z, "Error during path parsing: invalid number at position 14", "crates/usvg/src/parser/shapes.rs"),
        (S, "Failed to load '/var/lib/stemedb/assets/badge.png'. Skipped.", "crates/usvg/src/parser/image.rs"),
        (S, "Error: failed to open the provided file.", "crates/resvg/src/main.rs"),
        (S, "failed to create the output file", "crates/usvg/src/main.rs"),
        (U, "Images decoding was disabled by a build feature.", "crates/resvg/src/image.rs"),
    ]:
        add(R, p, typ, m)


# part_pc (holdout42): C/C++ SSH implementations and embedded TCP/IP stacks -- libssh/libssh-mirror (the libssh project's official GitHub mirror; libssh/libssh itself had no snapshot), mkj/dropbear, wolfSSL/wolfssh, Oryx-Embedded/CycloneSSH, lwip-tcpip/lwip, FreeRTOS/FreeRTOS-Plus-TCP, tass-belgium/picotcp, Oryx-Embedded/CycloneTCP; snapshots via fetch (git show HEAD:<path>), each message read in the file named per entry, placeholders filled plausibly. How each wording reaches a log: - libssh: ssh_set_error(session, ..., fmt) text as returned by ssh_get_error(); %s of ssh_strerror()/gai_strerror() filled with the usual glibc texts; kex method names from ssh_kex_descriptions[] (src/kex.c). - dropbear: dropbear_exit() texts get the prefix added by svr_dropbear_exit (src/svr-session.c: "Exit (user) from <addr>: ", "Exit before auth from <addr>: ", "Exit before auth from <addr>: (user 'u', N fails): ") or cli_dropbear_exit (src/cli-session.c: "Exited: " before session init, "Connection to user@host:port exited: " after); dropbear_log() texts are bare. Listener errstring from src/netio.c ("Error listening: %s"); fingerprint form from src/signkey.c ("SHA256:" + 43 base64 chars, the value made up). Dropbear's own "HMAC error" (a failure to compute a MAC) and its libtomcrypt copy were left out. - wolfSSH: GetErrorString() texts (src/internal.c) as printed by wolfSSH_get_error_name; wolfsshd messages are wolfSSH_Log() texts (apps/wolfsshd/*), the default logger only adds a timestamp and level; -1009 is WS_SOCKET_ERROR_E (wolfssh/error.h). wolfSSL's own messages were not taken. - CycloneSSH: disconnect descriptions given to sshSendDisconnect() (the reason text the peer logs) and SFTP status texts given to sftpFormatFxpStatus(); TRACE_* texts without the trailing CR/LF. - lwIP: err_strerr[] (src/api/err.c, lwip_strerr) and LWIP_DEBUGF warning/serious texts without the trailing newline; -9984 is mbedTLS's X509_CERT_VERIFY_FAILED (-0x2700), a plausible fill for altcp_tls_mbedtls's "%d". - FreeRTOS+TCP: FreeRTOS_printf / FreeRTOS_debug_printf texts; %xip prints a dotted IPv4 address. Two come from its own portable network-interface drivers. - picoTCP: dbg()/frag_dbg()/dns_dbg()/ppp_dbg() texts and TFTP error-packet texts (modules/pico_tftp.c); strerror(pico_err) filled with the glibc text. - CycloneTCP: TRACE_WARNING/TRACE_INFO texts without the trailing CR/LF; the time prefix of the dead-peer warning follows formatSystemTime() of Oryx's common date_time.c (read via find_string, it is not in the CycloneTCP repository).
def _part_pc(add):
    _pc_libssh(add)
    _pc_dropbear(add)
    _pc_wolfssh(add)
    _pc_cyclone_ssh(add)
    _pc_lwip(add)
    _pc_freertos_tcp(add)
    _pc_picotcp(add)
    _pc_cyclone_tcp(add)


def _pc_libssh(add):
    R = "libssh/libssh-mirror"
    for typ, m, p in [
        (N, "Failed to resolve hostname node2.stemedb.internal (any): Name or service not known", "src/connect.c"),
        (T, "Timeout connecting to 10.0.0.12", "src/client.c"),
        (N, "Socket error: connection reset by peer", "src/session.c"),
        (A, "Access denied for 'publickey'. Authentication that can continue: publickey,password", "src/auth.c"),
        (N, "Channel opening failure: channel 43 error (2) Connection refused", "src/channels.c"),
        (S, "Couldn't open known_hosts file /home/stemedb/.ssh/known_hosts for appending: Permission denied",
         "src/knownhosts.c"),
        (Z, "Received invalid DATA packet from sftp server", "src/sftp.c"),
        (N, "kex error : no match for method mac algo client->server: server [hmac-sha1,hmac-md5], "
            "client [hmac-sha2-256-etm@openssh.com,hmac-sha2-512-etm@openssh.com]", "src/kex.c"),
        (T, "SCP: ssh_channel_read timeout", "src/scp.c"),
        (U, "Unknown ssh option 42", "src/options.c"),
        (U, "Bad call during pending SSH call in ssh_connect", "src/client.c"),
        (S, "Cannot create /home/stemedb/.ssh directory: Permission denied", "src/knownhosts.c"),
        (Z, "read_packet(): Packet len too high(1349676916 50726f74)", "src/packet.c"),
        (U, "ERROR - Too many levels of configuration includes when processing file "
            "'/etc/ssh/ssh_config.d/stemedb.conf'", "src/config.c"),
    ]:
        add(R, p, typ, m)
    add(R, "src/packet_cb.c", A, "Failed to verify server hostkey signature", True)


def _pc_dropbear(add):
    R = "mkj/dropbear"
    SRV = "Exit (stemedb) from <10.0.0.12:51234>: "
    PRE = "Exit before auth from <10.0.0.12:51234>: "
    CLI = "Connection to stemedb@node2:22 exited: "
    add(R, "src/cli-kex.c", A, CLI + "Bad hostkey signature", True)
    add(R, "src/packet.c", A, SRV + "Integrity error", True)
    add(R, "src/svr-authpubkey.c", A,
        "Pubkey auth bad signature for 'stemedb' with key SHA256:q3Jd0m8v2YxT9bK1cR5sWl7nE4hUaZ6gPfO0iXyV2tM "
        "from 10.0.0.12:51234", True)
    for typ, m, p in [
        (T, SRV + "Keepalive timeout", "src/common-session.c"),
        (Z, PRE + "Integrity error (bad packet size 1349676916)", "src/packet.c"),
        (N, SRV + "Error reading: Connection reset by peer", "src/packet.c"),
        (N, CLI + "Connect failed: Connection refused", "src/cli-session.c"),
        (A, "Bad password attempt for 'stemedb' from 10.0.0.12:51234", "src/svr-authpasswd.c"),
        (A, PRE + "(user 'stemedb', 10 fails): Max auth tries reached - user 'stemedb'", "src/svr-auth.c"),
        (N, PRE + "No matching algo hostkey", "src/common-kex.c"),
        (N, "Failed listening on '22': Error listening: Address already in use", "src/svr-main.c"),
        (S, PRE + "Couldn't read or generate hostkey /etc/dropbear/dropbear_ed25519_host_key", "src/svr-kex.c"),
        (U, "Exited: Unsupported option ProxyJump at /home/stemedb/.ssh/dropbear_config:3", "src/cli-readconf.c"),
    ]:
        add(R, p, typ, m)


def _pc_wolfssh(add):
    R = "wolfSSL/wolfssh"
    add(R, "src/internal.c", A, "verify mac error", True)
    for typ, m in [
        (N, "cannot match KEX algo with peer"),
        (A, "server's public key is rejected"),
        (A, "User authentication error"),
        (S, "file permissions error"),
        (Z, "general parsing error"),
        (Z, "key format wrong error"),
    ]:
        add(R, "src/internal.c", typ, m)
    for typ, m, p in [
        (N, "[SSHD] Failed to accept WOLFSSH connection from 10.0.0.12 error -1009", "apps/wolfsshd/wolfsshd.c"),
        (S, "[SSHD] Failed to write PID file /var/run/wolfsshd.pid", "apps/wolfsshd/configuration.c"),
        (S, "Unable to open SSHD config file /etc/ssh/sshd_config", "apps/wolfsshd/configuration.c"),
        (A, "[SSHD] Login as root not permitted", "apps/wolfsshd/auth.c"),
        (U, "[SSHD] Include depth (16) exceeded loading /etc/ssh/sshd_config.d/stemedb.conf",
         "apps/wolfsshd/configuration.c"),
    ]:
        add(R, p, typ, m)


def _pc_cyclone_ssh(add):
    R = "Oryx-Embedded/CycloneSSH"
    for typ, m, p in [
        (A, "Host key not valid", "ssh/ssh_packet.c"),
        (T, "Session idle timeout", "ssh/ssh_server_misc.c"),
        (N, "Key exchanged failed", "ssh/ssh_kex_rsa.c"),
        (N, "SSH Server: Connection refused with client 10.0.0.12 port 51234...", "ssh/ssh_server_misc.c"),
        (S, "Failed to write data", "sftp/sftp_server_misc.c"),
        (S, "No such directory", "scp/scp_server_misc.c"),
    ]:
        add(R, p, typ, m)


def _pc_lwip(add):
    R = "lwip-tcpip/lwip"
    for typ, m in [
        (N, "Routing problem."),
        (N, "Already connected."),
        (U, "Illegal argument."),
    ]:
        add(R, "src/api/err.c", typ, m)
    for typ, m, p in [
        (N, "ip4_route: No route to 10.0.0.12", "src/core/ipv4/ip4.c"),
        (T, "mqtt_cyclic_timer: Server incoming keep-alive timeout", "src/apps/mqtt/mqtt.c"),
        (Z, "mqtt_message_received: Received short CONNACK message", "src/apps/mqtt/mqtt.c"),
        (N, "httpc_dns_found: failed to resolve hostname: node2.stemedb.internal", "src/apps/http/http_client.c"),
        (T, "smtp_process: connection timed out, closing", "src/apps/smtp/smtp.c"),
        (Z, "sntp_recv: Invalid packet length: 44", "src/apps/sntp/sntp.c"),
        (U, "mem_free: illegal memory: double free?", "src/core/mem.c"),
        (U, "memp_malloc: out of memory in pool TCP_PCB", "src/core/memp.c"),
        (N, "mbedtls_ssl_handshake failed: -9984", "src/apps/altcp_tls/altcp_tls_mbedtls.c"),
    ]:
        add(R, p, typ, m)


def _pc_freertos_tcp(add):
    R = "FreeRTOS/FreeRTOS-Plus-TCP"
    for typ, m, p in [
        (N, "Connect: giving up 10.0.0.12:7000", "source/FreeRTOS_TCP_Transmission.c"),
        (N, "TCP: RST received from 7000 for 49152", "source/FreeRTOS_TCP_IP.c"),
        (Z, "DNS sanity check failed: 16 != 4", "source/FreeRTOS_DNS_Parser.c"),
        (Z, "RA: Malformed packet.", "source/FreeRTOS_RA.c"),
        (Z, "prvAllowIPPacketIPv6: drop packet, invalid header version: 4", "source/FreeRTOS_IPv6.c"),
        (U, "lTCPWindowTxAdd: Sorry all buffers full (cancel 1460 bytes)", "source/FreeRTOS_TCP_WIN.c"),
        (U, "FreeRTOS_IPInit_Multi: xNetworkBuffersInitialise() failed", "source/FreeRTOS_IP.c"),
        (U, "FREERTOS_SO_SET_LOW_HIGH_WATER: bad values", "source/FreeRTOS_Sockets.c"),
        (N, "NetworkInterface: Ethernet link is down",
         "source/portable/NetworkInterface/MPS3_AN552/NetworkInterface.c"),
        (T, "emacps_send_message: Time-out waiting for TX buffer",
         "source/portable/NetworkInterface/Zynq/x_emacpsif_dma.c"),
    ]:
        add(R, p, typ, m)


def _pc_picotcp(add):
    R = "tass-belgium/picotcp"
    for typ, m, p in [
        (Z, "TCP CRC: validation failed!", "stack/pico_socket.c"),
        (Z, "IP: checksum failed!", "modules/pico_ipv4.c"),
        (Z, "DNS ERROR: Invalid RR rdlength: 16", "modules/pico_dns_client.c"),
        (T, "Packet expired! ID:4711", "modules/pico_fragments.c"),
        (A, "PPP: Authentication failed!", "modules/pico_dev_ppp.c"),
        (A, "PAP: Received Authentication Reject!", "modules/pico_dev_ppp.c"),
        (T, "Timeout for reassembly: 7", "modules/pico_6lowpan.c"),
        (N, "DHCP server ERROR: failure binding socket (Address already in use)", "modules/pico_dhcp_server.c"),
        (U, "pico_socket_setoption: ERROR PICO_IP_BLOCK_SOURCE before PICO_IP_ADD_MEMBERSHIP",
         "stack/pico_socket_multicast.c"),
        (N, "TFTP connection broken!", "modules/pico_tftp.c"),
        (U, "TFTP busy, try again later.", "modules/pico_tftp.c"),
    ]:
        add(R, p, typ, m)


def _pc_cyclone_tcp(add):
    R = "Oryx-Embedded/CycloneTCP"
    for typ, m, p in [
        (Z, "Wrong TCP header checksum!", "core/tcp_fsm.c"),
        (Z, "TCP segment length is invalid!", "core/tcp_fsm.c"),
        (N, "2h 14min 07s 512ms: TCP dead peer detected...", "core/tcp_timer.c"),
        (N, "The tentative address fe80::21c:42ff:fe0a:c12 is a duplicate!", "ipv6/ndp.c"),
        (T, "CoAP Server: DTLS session timeout!", "coap/coap_server_misc.c"),
        (N, "CoAP Server: DTLS handshake failed!", "coap/coap_server_misc.c"),
        (T, "IPv4 fragment reassembly timeout...", "ipv4/ipv4_frag.c"),
        (Z, "DHCP message length is invalid!", "dhcp/dhcp_debug.c"),
        (N, "Host name resolution failed!", "dns/dns_client.c"),
        (A, "Invalid community name!", "snmp/snmp_agent_dispatch.c"),
        (Z, "Wrong FCS detected!", "ppp/ppp.c"),
    ]:
        add(R, p, typ, m)


# part_pd (holdout42): Go peer-to-peer, BitTorrent and content-addressed storage libraries -- anacrolix/torrent, ipfs/boxo, libp2p/go-libp2p-kad-dht, libp2p/go-libp2p-pubsub, ethersphere/bee, cenkalti/rain, ipld/go-car, storj/storj -- newest snapshots via fetch, read with git show HEAD:<path> in the file named per entry (errors.New / fmt.Errorf / zeebo errs classes, whose text is "class: message" as read in zeebo/errs errs.go; storj rpcstatus.NamedError text is the bare message as read in storj/common rpc/rpcstatus/status.go); placeholders filled plausibly (inner Go os/net errors, peer IDs, CIDs, paths).
PEER_A = "12D3KooWDpJ7As7BWAwRMfu1VU2WCqNjvq387JEYKDBj4kx6nXTN"
PEER_B = "12D3KooWHQuSzz9vC1LtGHr1XdYB8CnoGTy4ETp6SLuEEb8mtJBi"


def _part_pd(add):
    _pd_torrent(add)
    _pd_boxo(add)
    _pd_kad_dht(add)
    _pd_pubsub(add)
    _pd_bee(add)
    _pd_rain(add)
    _pd_go_car(add)
    _pd_storj(add)


def _pd_torrent(add):
    R = "anacrolix/torrent"
    add(R, "client.go", N, "bittorrent protocol handshake: peer infohash didn't match")
    add(R, "client.go", U, "download rate limit is zero, but dialers are set")
    add(R, "bencode/decode.go", Z, "bencode: syntax error (offset: 0): unknown value type '<'")
    add(R, "misc.go", Z, "bad info: piece count and file lengths are at odds")
    add(R, "storage/mmap.go", S,
        "making directory \"/var/lib/stemedb/torrents/snapshot-0042\": "
        "mkdir /var/lib/stemedb/torrents/snapshot-0042: permission denied")
    add(R, "storage/file-io-mmap.go", S,
        "error truncating file: truncate /var/lib/stemedb/torrents/snapshot-0042/000123.sst: file too large")
    add(R, "tracker/http/http.go", N,
        "response from tracker: 502 Bad Gateway: \"upstream connect error or disconnect/reset before headers\"")
    add(R, "tracker/http/http.go", U, "tracker gave failure reason: \"unregistered torrent\"")
    add(R, "webseed/client.go", T,
        "reading request part for file index 0: reading \"http://10.0.0.12:8080/snapshots/000123.sst\" "
        "at \"bytes=0-1048575\": idle timeout, original error: context canceled")
    add(R, "internal/alloclim/r.go", U, "reservation for 8388608 exceeds limiter max 4194304")
    add(R, "metainfo/magnet.go", Z,
        "error parsing v1 infohash \"urn:btih:zz5e2a7b9c1d3f4a6b8c0d2e4f6a8b0c2d4e6f8a\": "
        "error decoding xt: encoding/hex: invalid byte: U+007A 'z'")
    add(R, "mse/mse.go", N, "failed to synchronize on VC")
    add(R, "peerconn.go", U, "requesting piece peer doesn't have")


def _pd_boxo(add):
    R = "ipfs/boxo"
    add(R, "ipns/errors.go", A, "record public key does not match the expected public key")
    add(R, "ipld/merkledag/coding.go", Z,
        "failed to decode Protocol Buffers: incorrectly formatted merkledag node: unexpected EOF")
    add(R, "blockstore/blockstore.go", Z, "block in storage has different hash than requested")
    add(R, "filestore/fsrefstore.go", Z, "data in file did not match. /srv/ipfs/import/dataset-0042.bin offset 262144")
    add(R, "keystore/keystore.go", S,
        "cannot create keystore file \"/var/lib/ipfs/keystore/key_onswyzltnrsxe\": "
        "open /var/lib/ipfs/keystore/key_onswyzltnrsxe: permission denied")
    add(R, "mfs/repub.go", T, "mfs/republisher: timed out waiting to publish during close")
    add(R, "gateway/middleware_retrieval_timeout.go", T, "gateway: retrieval timeout")
    add(R, "gateway/backend_car_fetcher.go", N,
        "http error from car gateway: 502 Bad Gateway: \"no healthy upstream\"")
    add(R, "bitswap/network/httpnet/httpnet.go", N, "https://\"10.0.0.12:8443\" is not using HTTP/2 (HTTP/1.1)")
    add(R, "namesys/interface.go", U, "could not resolve name (recursion limit exceeded)")
    add(R, "pinning/pinner/dspinner/pin.go", U,
        "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi already pinned recursively")
    add(R, "chunker/parse.go", U, "rabin min must be greater than 16")


def _pd_kad_dht(add):
    R = "libp2p/go-libp2p-kad-dht"
    add(R, "internal/net/message_manager.go", T, "timed out reading response")
    add(R, "records.go", A, "public key %s does not match peer %s" % (PEER_B, PEER_A))
    add(R, "records.go", N, "node %s not responding with its public key" % PEER_A)
    add(R, "query.go", N, "failed to query any peers")
    add(R, "provider/provider.go", N, "unable to provide to enough peers (3/20)")
    add(R, "provider/provider.go", T, "failed to provide to %s: context deadline exceeded" % PEER_B)
    add(R, "routing.go", U, "can't replace a newer value with an older value")
    add(R, "routing.go", U, "invalid cid: undefined")
    add(R, "handlers.go", U, "handleAddProvider key size too large")
    add(R, "provider/options.go", U, "provider config: total dedicated workers exceed max workers")
    add(R, "provider/keystore/keystore.go", S,
        "cannot commit keystore updates: write /var/lib/ipfs/datastore/000123.log: no space left on device")
    add(R, "provider/internal/queue/provide.go", Z,
        "failed to decode multihash at offset 128: length greater than remaining number of bytes in buffer")


def _pd_pubsub(add):
    R = "libp2p/go-libp2p-pubsub"
    # "invalid signature" (sign.go) left out: a test-set text.
    add(R, "sign.go", A, "bad signing key; source ID %s doesn't match key" % PEER_A)
    add(R, "rpc_queue.go", U, "rpc queue full")
    add(R, "topic.go", U, "this Topic is closed, try opening a new one")
    add(R, "topic.go", T, "router is not ready: context deadline exceeded")
    add(R, "gossipsub.go", U, "param D=8 must be between Dlo=6 and Dhi=5")
    add(R, "backoff.go", N, "peer %s has reached its maximum backoff attempts" % PEER_B)
    add(R, "pb/rpc.pb.go", Z, "proto: wrong wireType = 0 for field Data")
    add(R, "pb/rpc.pb.go", Z, "proto: RPC: wiretype end group for non-group")
    add(R, "pubsub.go", U, "strict signature usage enabled but message author was disabled")
    add(R, "score_params.go", U, "invalid DecayInterval; must be at least 1s")


def _pd_bee(add):
    R = "ethersphere/bee"
    add(R, "pkg/storer/compact.go", S,
        "sharky truncate: truncate /var/lib/bee/localstore/sharky/shard_007: input/output error")
    add(R, "pkg/sharky/recovery.go", S, "index 3: shard not found")
    add(R, "pkg/spinlock/wait.go", T, "timed out waiting for condition")
    add(R, "pkg/postage/stamper.go", A, "invalid batch signature", True)
    add(R, "pkg/manifest/mantaray/marshal.go", Z, "serialised input too short")
    add(R, "pkg/p2p/libp2p/libp2p.go", N, "handshake: incompatible network ID")
    add(R, "pkg/p2p/libp2p/internal/handshake/handshake.go", N, "handshake: read synack message: stream reset")
    add(R, "pkg/accounting/accounting.go", U, "attempted overdraft")
    add(R, "pkg/postage/stamper.go", U, "bucket full")
    add(R, "pkg/replicas/getter.go", U, "swarmageddon has begun")


def _pd_rain(add):
    R = "cenkalti/rain"
    add(R, "torrent/session.go", S, "resume database is locked by another process")
    add(R, "torrent/torrent_allocation.go", S,
        "file allocation error: open /srv/torrents/stemedb-snapshot-0042/000123.sst: permission denied")
    add(R, "internal/command/magnet_to_torrent.go", T, "metadata cannot be downloaded in 1m0s, try increasing timeout")
    add(R, "torrent/torrent_metadataextension.go", Z, "cannot parse info bytes: invalid piece data")
    add(R, "torrent/session_load.go", Z, "unknown resume data version: 3")
    add(R, "internal/magnet/magnet.go", Z, "info hash must be 32 or 40 characters")
    add(R, "internal/urldownloader/urldownloader.go", N, "unexpected status code: 503")
    add(R, "internal/tracker/udptracker/transport.go", N, "invalid action in connect response")
    add(R, "torrent/torrent.go", U, "torrent metadata not ready")
    add(R, "torrent/session_add.go", U, "duplicate torrent id")
    add(R, "internal/magnet/magnet.go", U, "magnet link has no v1 info hash: BitTorrent v2 is not supported")


def _pd_go_car(add):
    R = "ipld/go-car"
    add(R, "v2/block_reader.go", Z,
        "mismatch in content integrity, expected: bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku, "
        "got: bafkreidgvpkjawlxz6sffxzwgooowe5yt7i6wsyg236mfoks77nywkptdq")
    add(R, "v2/reader.go", Z, "invalid car version: 3")
    add(R, "v2/internal/carv1/util/util.go", Z, "invalid section data, length of read beyond allowable maximum")
    add(R, "v2/index_gen.go", Z, "malformed CARv2; data offset too small: 12")
    add(R, "v2/blockstore/readonly.go", Z,
        "zero-length carv2 section not allowed by default; see WithZeroLengthSectionAsEOF option")
    add(R, "v2/internal/store/resume.go", Z, "corrupt CARv2 header; cannot resume from file")
    add(R, "v2/blockstore/readwrite.go", S,
        "could not open read/write file: open /var/lib/stemedb/export/snapshot-0042.car: permission denied")
    add(R, "v2/blockstore/readwrite.go", U, "cannot write in a carv2 blockstore after finalize")
    add(R, "v2/blockstore/readonly.go", U, "called write method on a read-only carv2 blockstore")
    add(R, "v2/blockstore/readwrite.go", U, "ReadWrite blockstore does not support deleting blocks")


def _pd_storj(add):
    R = "storj/storj"
    add(R, "storagenode/piecestore/verification.go", A, "invalid piece hash signature", True)
    add(R, "storagenode/piecestore/verification.go", Z, "hashes don't match")
    add(R, "storagenode/piecestore/verification.go", U, "order exceeded allowed amount=2319872, limit=2097152")
    add(R, "storagenode/monitor/monitor.go", T,
        "piecestore monitor: timed out after 1m0s while verifying writability of storage directory")
    add(R, "storagenode/monitor/monitor.go", S,
        "piecestore monitor: error verifying writability of storage directory: "
        "open /mnt/storj/storagenode/storage/write-test3748221905: read-only file system")
    add(R, "storagenode/hashstore/store.go", S,
        "hashstore: unable to create lock file: open /mnt/storj/storagenode/storage/hashstore/s0/meta/lock: "
        "permission denied")
    add(R, "storagenode/orders/ordersfile/v1.go", Z, "ordersfile: checksum does not match")
    add(R, "storagenode/orders/ordersfile/v1.go", Z,
        "ordersfile corrupt entry: invalid limit size: 40960 is over the maximum 32768")
    add(R, "storagenode/pieces/readwrite.go", Z,
        "pieces error: PieceHeader framing field claims impossible size of 65535 bytes")
    add(R, "storagenode/preflight/localtime.go", U,
        "system clock is out of sync: system clock is out of sync with all trusted satellites")


def holdout42(add):
    for part in (_part_pa, _part_pb, _part_pc, _part_pd):
        part(add)
