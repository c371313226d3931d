#!/usr/bin/env python3
"""Builds testdata/catalogue.jsonl: real error wordings with provenance.

Every message below was read from the named repository and file (through a
snapshot of its public source), with placeholders ({}, %s, {err:?}) filled
plausibly. glibc's strerror texts come from this machine's glibc
(sysdeps/gnu/errlist.h compiled in) and OpenSSL's reason strings from
`openssl errstr` (crypto/err/openssl.txt compiled in): same texts, same files.

Run: python3 scripts/catalogue/build.py > testdata/catalogue.jsonl
"""
import errno
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from errno_types import ERRNO_TYPE, S, T, Z, N, A, U  # noqa: E402

out = []


def add(repo, path, typ, msg, sig=False):
    out.append({"message": msg, "type": typ, "signature": sig, "source": repo, "path": path})


def batch(name, gather):
    """Adds a later batch's wordings, each marked with the batch's name (the
    wordings before the fresh batch are the "first" batch)."""
    start = len(out)
    gather(add)
    for o in out[start:]:
        o["batch"] = name


# --- errno texts as Rust's io::Error prints them: "<strerror> (os error N)" ---
for n in range(1, 134):
    name = errno.errorcode.get(n)
    text = os.strerror(n)
    if name is None or text.startswith("Unknown error"):
        continue
    add("bminor/glibc", "sysdeps/gnu/errlist.h", ERRNO_TYPE.get(name, U), f"{text} (os error {n})")

MUSL = """EILSEQ Illegal byte sequence|EDOM Domain error|ERANGE Result not representable|ENOTTY Not a tty|EACCES Permission denied|EPERM Operation not permitted|ENOENT No such file or directory|ESRCH No such process|EEXIST File exists|EOVERFLOW Value too large for data type|ENOSPC No space left on device|ENOMEM Out of memory|EBUSY Resource busy|EINTR Interrupted system call|EAGAIN Resource temporarily unavailable|ESPIPE Invalid seek|EXDEV Cross-device link|EROFS Read-only file system|ENOTEMPTY Directory not empty|ECONNRESET Connection reset by peer|ETIMEDOUT Operation timed out|ECONNREFUSED Connection refused|EHOSTDOWN Host is down|EHOSTUNREACH Host is unreachable|EADDRINUSE Address in use|EPIPE Broken pipe|EIO I/O error|ENXIO No such device or address|ENOTBLK Block device required|ENODEV No such device|ENOTDIR Not a directory|EISDIR Is a directory|ETXTBSY Text file busy|ENOEXEC Exec format error|EINVAL Invalid argument|E2BIG Argument list too long|ELOOP Symbolic link loop|ENAMETOOLONG Filename too long|ENFILE Too many open files in system|EMFILE No file descriptors available|EBADF Bad file descriptor|ECHILD No child process|EFAULT Bad address|EFBIG File too large|EMLINK Too many links|ENOLCK No locks available|EDEADLK Resource deadlock would occur|ENOTRECOVERABLE State not recoverable|EOWNERDEAD Previous owner died|ECANCELED Operation canceled|ENOSYS Function not implemented|ENOMSG No message of desired type|EIDRM Identifier removed|ENOSTR Device not a stream|ENODATA No data available|ETIME Device timeout|ENOSR Out of streams resources|ENOLINK Link has been severed|EPROTO Protocol error|EBADMSG Bad message|EBADFD File descriptor in bad state|ENOTSOCK Not a socket|EDESTADDRREQ Destination address required|EMSGSIZE Message too large|EPROTOTYPE Protocol wrong type for socket|ENOPROTOOPT Protocol not available|EPROTONOSUPPORT Protocol not supported|ESOCKTNOSUPPORT Socket type not supported|ENOTSUP Not supported|EPFNOSUPPORT Protocol family not supported|EAFNOSUPPORT Address family not supported by protocol|EADDRNOTAVAIL Address not available|ENETDOWN Network is down|ENETUNREACH Network unreachable|ENETRESET Connection reset by network|ECONNABORTED Connection aborted|ENOBUFS No buffer space available|EISCONN Socket is connected|ENOTCONN Socket not connected|ESHUTDOWN Cannot send after socket shutdown|EALREADY Operation already in progress|EINPROGRESS Operation in progress|ESTALE Stale file handle|EUCLEAN Data consistency error|EREMOTEIO Remote I/O error|EDQUOT Quota exceeded|ENOMEDIUM No medium found|EMEDIUMTYPE Wrong medium type|EMULTIHOP Multihop attempted|ENOKEY Required key not available|EKEYEXPIRED Key has expired|EKEYREVOKED Key has been revoked|EKEYREJECTED Key was rejected by service"""
for item in MUSL.split("|"):
    name, text = item.split(" ", 1)
    n = getattr(errno, name)
    add("bminor/musl", "src/errno/__strerror.h", ERRNO_TYPE.get(name, U), f"{text} (os error {n})")

# --- Rust std: io::ErrorKind descriptions, io::Error Debug, core panics ---
RS = "rust-lang/rust"
KINDS = {  # ErrorKind -> (as_str, type)
    "AddrInUse": ("address in use", N), "AddrNotAvailable": ("address not available", N),
    "AlreadyExists": ("entity already exists", S), "BrokenPipe": ("broken pipe", N),
    "ConnectionAborted": ("connection aborted", N), "ConnectionRefused": ("connection refused", N),
    "ConnectionReset": ("connection reset", N), "CrossesDevices": ("cross-device link or rename", S),
    "Deadlock": ("deadlock", U), "DirectoryNotEmpty": ("directory not empty", S),
    "ExecutableFileBusy": ("executable file busy", S),
    "FilesystemLoop": ("filesystem loop or indirection limit (e.g. symlink loop)", S),
    "FileTooLarge": ("file too large", S), "HostUnreachable": ("host unreachable", N),
    "Interrupted": ("operation interrupted", U), "InvalidData": ("invalid data", Z),
    "InvalidFilename": ("invalid filename", S), "InvalidInput": ("invalid input parameter", U),
    "IsADirectory": ("is a directory", S), "NetworkDown": ("network down", N),
    "NetworkUnreachable": ("network unreachable", N), "NotADirectory": ("not a directory", S),
    "NotConnected": ("not connected", N), "NotFound": ("entity not found", S),
    "NotSeekable": ("seek on unseekable file", S), "OutOfMemory": ("out of memory", U),
    "PermissionDenied": ("permission denied", S), "QuotaExceeded": ("quota exceeded", S),
    "ReadOnlyFilesystem": ("read-only filesystem or storage medium", S),
    "ResourceBusy": ("resource busy", S), "StaleNetworkFileHandle": ("stale network file handle", S),
    "StorageFull": ("no storage space", S), "TimedOut": ("timed out", T),
    "TooManyLinks": ("too many links", S), "UnexpectedEof": ("unexpected end of file", Z),
    "Unsupported": ("unsupported", U), "WouldBlock": ("operation would block", U),
    "WriteZero": ("write zero", S),
}
for kind, (text, typ) in KINDS.items():
    add(RS, "library/std/src/io/error.rs", typ, text)
# io::Error's Debug form of an OS error, as `{:?}` and unwrap() print it.
OSDBG = [(2, "NotFound"), (13, "PermissionDenied"), (28, "StorageFull"), (30, "ReadOnlyFilesystem"),
         (5, "Uncategorized"), (104, "ConnectionReset"), (111, "ConnectionRefused"), (110, "TimedOut"),
         (32, "BrokenPipe"), (24, "Uncategorized"), (122, "QuotaExceeded"), (98, "AddrInUse"),
         (113, "HostUnreachable"), (21, "IsADirectory"), (39, "DirectoryNotEmpty")]
for code, kind in OSDBG:
    typ = ERRNO_TYPE[errno.errorcode[code]]
    add(RS, "library/std/src/io/error/repr_bitpacked.rs", typ,
        f'Os {{ code: {code}, kind: {kind}, message: "{os.strerror(code)}" }}')
for kind, text in [("UnexpectedEof", "failed to fill whole buffer"), ("WriteZero", "failed to write whole buffer")]:
    add(RS, "library/std/src/io/error.rs", Z if kind == "UnexpectedEof" else S, text)
    add(RS, "library/std/src/io/error.rs", Z if kind == "UnexpectedEof" else S,
        f'Error {{ kind: {kind}, message: "{text}" }}')
add(RS, "library/std/src/io/error.rs", Z, 'Custom { kind: InvalidData, error: "stream did not contain valid UTF-8" }')
add(RS, "library/std/src/io/mod.rs", Z, "stream did not contain valid UTF-8")
add(RS, "library/core/src/str/error.rs", Z, "invalid utf-8 sequence of 1 bytes from index 17")
add(RS, "library/core/src/str/error.rs", Z, "incomplete utf-8 byte sequence from index 4090")
add(RS, "library/core/src/num/error.rs", Z, "invalid digit found in string")
add(RS, "library/core/src/num/error.rs", Z, "cannot parse integer from empty string")
add(RS, "library/core/src/num/error.rs", Z, "number too large to fit in target type")
add(RS, "library/core/src/num/dec2flt/mod.rs", Z, "invalid float literal")
add(RS, "library/core/src/net/parser.rs", Z, "invalid IP address syntax")
add(RS, "library/core/src/net/parser.rs", Z, "invalid socket address syntax")
add(RS, "library/std/src/time.rs", U, "second time provided was later than self")
# Panics: logic bugs, never a runbook type.
for p, m in [
    ("library/core/src/option.rs", "called `Option::unwrap()` on a `None` value"),
    ("library/core/src/panicking.rs", "index out of bounds: the len is 3 but the index is 7"),
    ("library/core/src/panicking.rs", "index out of bounds: the len is 0 but the index is 0"),
    ("library/core/src/slice/index.rs", "range end index 12 out of range for slice of length 8"),
    ("library/core/src/slice/index.rs", "range start index 9 out of range for slice of length 4"),
    ("library/core/src/slice/index.rs", "slice index starts at 5 but ends at 3"),
    ("library/core/src/str/mod.rs", "byte index 5 is not a char boundary; it is inside 'é' (bytes 4..6) of `café latte`"),
    ("library/core/src/cell.rs", "already borrowed: BorrowMutError"),
    ("library/core/src/cell.rs", "already mutably borrowed: BorrowError"),
    ("library/core/src/panicking.rs", "attempt to subtract with overflow"),
    ("library/core/src/panicking.rs", "attempt to add with overflow"),
    ("library/core/src/panicking.rs", "attempt to multiply with overflow"),
    ("library/core/src/panicking.rs", "attempt to divide by zero"),
    ("library/core/src/panicking.rs", "attempt to calculate the remainder with a divisor of zero"),
    ("library/core/src/macros/mod.rs", "internal error: entered unreachable code"),
    ("library/core/src/macros/mod.rs", "internal error: entered unreachable code: leader without a term"),
    ("library/core/src/macros/mod.rs", "not yet implemented"),
    ("library/core/src/macros/mod.rs", "not implemented: snapshot streaming"),
    ("library/core/src/panicking.rs", "assertion `left == right` failed\n  left: 3\n right: 4"),
    ("library/core/src/panicking.rs", "assertion failed: self.len() <= self.capacity()"),
    ("library/core/src/result.rs", "called `Result::unwrap()` on an `Err` value: ()"),
    ("library/core/src/option.rs", "called `Option::expect()` on a `None` value"),
    ("library/std/src/sync/poison.rs", "poisoned lock: another task failed inside"),
    ("library/std/src/sync/poison.rs", "called `Result::unwrap()` on an `Err` value: PoisonError { .. }"),
    ("library/alloc/src/raw_vec.rs", "capacity overflow"),
    ("library/std/src/thread/local.rs", "cannot access a Thread Local Storage value during or after destruction: AccessError"),
    ("library/core/src/cell/once.rs", "reentrant init"),
    ("library/alloc/src/collections/vec_deque/mod.rs", "swap_remove_back index (is 9) should be < len (is 2)"),
    ("library/alloc/src/vec/mod.rs", "removal index (is 4) should be < len (is 4)"),
    ("library/alloc/src/vec/mod.rs", "insertion index (is 7) should be <= len (is 5)"),
]:
    add(RS, p, U, m)

# --- tokio ---
TK = "tokio-rs/tokio"
add(TK, "tokio/src/time/error.rs", T, "deadline has elapsed")
add(TK, "tokio/src/time/error.rs", T, "Elapsed(())")
add(TK, "tokio/src/time/error.rs", U, "the timer is shutdown, must be called from the context of Tokio runtime")
add(TK, "tokio/src/time/error.rs", U, "timer duration exceeds maximum duration")
add(TK, "tokio/src/time/error.rs", U, "timer is at capacity and cannot create a new entry")
add(TK, "tokio/src/sync/mpsc/error.rs", U, "channel closed")
add(TK, "tokio/src/sync/mpsc/error.rs", U, "no available capacity")
add(TK, "tokio/src/sync/mpsc/error.rs", U, "receiving on a closed channel")
add(TK, "tokio/src/sync/mpsc/error.rs", T, "timed out waiting on send operation")
add(TK, "tokio/src/sync/oneshot.rs", U, "called `Result::unwrap()` on an `Err` value: RecvError(())")
add(TK, "tokio/src/runtime/task/error.rs", U, "task 1187 panicked with message \"called `Option::unwrap()` on a `None` value\"")
add(TK, "tokio/src/runtime/task/error.rs", U, "task 42 was cancelled")
add(TK, "tokio/src/runtime/task/error.rs", U, "task panicked")
add(TK, "tokio/src/runtime/task/error.rs", U, "JoinError::Cancelled(Id(77))")
# std's resolver (what tokio::net::lookup_host and hyper's GaiResolver return)
add(RS, "library/std/src/sys/net/connection/socket/unix.rs", N, "failed to lookup address information: Name or service not known")
add(RS, "library/std/src/sys/net/connection/socket/unix.rs", N, "failed to lookup address information: Temporary failure in name resolution")

# --- hyper ---
HY = "hyperium/hyper"
for typ, m in [
    (N, "connection closed before message completed"), (N, "connection error"),
    (N, "error reading a body from connection"), (N, "error writing a body to connection"),
    (N, "error shutting down connection"), (N, "http2 error"), (N, "received unexpected message from connection"),
    (Z, "invalid HTTP method parsed"), (Z, "invalid HTTP version parsed"), (Z, "invalid HTTP header parsed"),
    (Z, "invalid HTTP status-code parsed"), (Z, "invalid HTTP version parsed (found HTTP2 preface)"),
    (Z, "invalid URI"), (Z, "message head is too large"), (Z, "URI too long"),
    (T, "read header from client timeout"), (U, "channel closed"), (U, "operation was canceled"),
    (U, "dispatch task is gone"), (U, "error from user's Service"), (U, "user body write aborted"),
    (U, "no upgrade available"), (U, "upgrade expected but low level API in use"),
    (N, "hyper::Error(IncompleteMessage)"), (N, "hyper::Error(Io, Os { code: 104, kind: ConnectionReset, message: \"Connection reset by peer\" })"),
    (N, "connection error: Connection reset by peer (os error 104)"),
    (N, "error reading a body from connection: unexpected end of file"),
    (T, "hyper::Error(HeaderTimeout)"),
    (Z, "hyper::Error(Parse(Header(Token)))"),
]:
    add(HY, "src/error.rs", typ, m)

# --- reqwest ---
RQ = "seanmonstar/reqwest"
for typ, m in [
    (N, "error sending request for url (http://node3:18182/raft/append): client error (Connect)"),
    (N, "error sending request for url (https://api-node-2.internal/v1/assertions)"),
    (N, "error sending request"), (N, "error resolving DNS"), (N, "error following redirect"),
    (N, "error upgrading connection"), (N, "request or response body error"),
    (Z, "error decoding response body"),
    (Z, "error decoding response body: expected value at line 1 column 1"),
    (T, "operation timed out"),
    (T, "error sending request for url (http://node2:18182/raft/vote): operation timed out"),
    (U, "builder error"), (Z, "builder error: relative URL without a base"),
    (N, "HTTP status server error (502 Bad Gateway) for url (http://node4:18182/raft/snapshot)"),
    (N, "HTTP status server error (503 Service Unavailable) for url (http://10.0.0.7:18182/v1/batch)"),
    (A, "HTTP status client error (401 Unauthorized) for url (https://auth.internal/v1/token)"),
    (A, "HTTP status client error (403 Forbidden) for url (https://kms.internal/v1/keys/ed25519)"),
    (U, "HTTP status client error (404 Not Found) for url (http://node1:18182/v1/agents/agent-0042)"),
    (U, "URL scheme is not allowed"), (N, "redirect loop at http://node2:18182/v1/leader"),
]:
    add(RQ, "src/error.rs", typ, m)

# --- h2 ---
H2 = "hyperium/h2"
for typ, m, p in [
    (N, "unspecific protocol error detected", "src/frame/reason.rs"),
    (N, "unexpected internal error encountered", "src/frame/reason.rs"),
    (N, "flow-control protocol violated", "src/frame/reason.rs"),
    (T, "settings ACK not received in timely manner", "src/frame/reason.rs"),
    (N, "received frame when stream half-closed", "src/frame/reason.rs"),
    (N, "frame with invalid size", "src/frame/reason.rs"),
    (N, "refused stream before processing any application logic", "src/frame/reason.rs"),
    (N, "stream no longer needed", "src/frame/reason.rs"),
    (N, "unable to maintain the header compression context", "src/frame/reason.rs"),
    (N, "connection established in response to a CONNECT request was reset or abnormally closed", "src/frame/reason.rs"),
    (N, "detected excessive load generating behavior", "src/frame/reason.rs"),
    (N, "security properties do not meet minimum requirements", "src/frame/reason.rs"),
    (N, "endpoint requires HTTP/1.1", "src/frame/reason.rs"),
    (N, "connection error detected: frame with invalid size", "src/error.rs"),
    (N, "connection error received: not a result of an error", "src/error.rs"),
    (N, "stream error received: refused stream before processing any application logic", "src/error.rs"),
    (N, "stream error detected: unspecific protocol error detected", "src/error.rs"),
    (N, "stream error sent by user: stream no longer needed", "src/error.rs"),
    (N, "connection error received: unspecific protocol error detected", "src/error.rs"),
    (N, "protocol error: flow-control protocol violated", "src/error.rs"),
    (U, "user error: inactive stream", "src/error.rs"),
]:
    add(H2, p, typ, m)

# --- tonic / gRPC status ---
TN = "hyperium/tonic"
CODES = [("The operation was cancelled", U), ("Unknown error", U), ("Client specified an invalid argument", U),
         ("Deadline expired before operation could complete", T), ("Some requested entity was not found", U),
         ("Some entity that we attempted to create already exists", U),
         ("The caller does not have permission to execute the specified operation", A),
         ("Some resource has been exhausted", U),
         ("The system is not in a state required for the operation's execution", U),
         ("The operation was aborted", U), ("Operation was attempted past the valid range", U),
         ("Operation is not implemented or not supported", U), ("Internal error", U),
         ("The service is currently unavailable", N), ("Unrecoverable data loss or corruption", Z),
         ("The request does not have valid authentication credentials", A)]
for d, typ in CODES:
    add(TN, "tonic/src/status.rs", typ, f"code: '{d}'")
for typ, m in [
    (N, "code: 'The service is currently unavailable', message: \"error trying to connect: tcp connect error: Connection refused (os error 111)\""),
    (T, "code: 'Deadline expired before operation could complete', message: \"Timeout expired\""),
    (T, "Timeout expired"),
    (N, "protocol error: missing grpc-status trailer, stream was terminated without a final status (possible truncation by a proxy or load balancer)"),
    (N, "grpc-status header missing, mapped from HTTP status code 502"),
    (N, "h2 protocol error: stream error received: stream no longer needed"),
    (N, "Too many active requests for the connection"),
    (Z, "Error deserializing status message header: invalid utf-8 sequence of 1 bytes from index 3"),
    (Z, "Invalid status header, expected base64 encoded value"),
    (Z, "error parsing grpc-status"),
    (Z, "code: 'Internal error', message: \"failed to decode Protobuf message: invalid varint\""),
    (A, "code: 'The request does not have valid authentication credentials', message: \"missing bearer token\""),
]:
    add(TN, "tonic/src/status.rs", typ, m)

# --- rustls ---
RL = "rustls/rustls"
RP = "rustls/src/error/mod.rs"
for m in ["invalid peer certificate: UnknownIssuer", "invalid peer certificate: BadEncoding",
          "invalid peer certificate: Expired", "invalid peer certificate: NotValidYet",
          "invalid peer certificate: Revoked", "invalid peer certificate: BadSignature",
          "invalid peer certificate: UnhandledCriticalExtension", "invalid peer certificate: UnknownRevocationStatus",
          "invalid peer certificate: certificate not valid for name \"node3.stemedb.internal\"; certificate is only valid for DnsName(\"node2.stemedb.internal\")",
          "invalid peer certificate: certificate expired: verification time 1795602400 (UNIX), but certificate is not valid after 1795500000 (102400 seconds ago)",
          "invalid peer certificate: certificate not valid yet: verification time 1795602400 (UNIX), but certificate is not valid before 1795700000 (97600 seconds in future)",
          "received fatal alert: the peer found the certificate was not issued by a trusted CA",
          "received fatal alert: the peer found the certificate to be expired",
          "received fatal alert: the peer found the certificate to be revoked",
          "received fatal alert: the peer rejected the certificate as corrupt or incorrectly signed",
          "received fatal alert: the peer required a client certificate",
          "received fatal alert: the peer did not support a suitable TLS version",
          "received fatal alert: the peer failed to negotiate an acceptable set of security parameters",
          "received fatal alert: the peer failed to decrypt a message",
          "received fatal alert: the peer failed to verify a message",
          "received fatal alert: the peer received an unexpected message",
          "received fatal alert: the peer did not recognize a name in the `server_name` extension",
          "received fatal alert: the peer denied access",
          "received fatal alert: the peer encountered an internal error",
          "received fatal alert: the peer did not support any of the offered application protocols",
          "received unexpected message: got ApplicationData when expecting Handshake",
          "received unexpected handshake message: got ServerHello when expecting ClientHello",
          "received corrupt message of type InvalidContentType",
          "peer is incompatible: NoCipherSuitesInCommon", "peer is incompatible: ServerDoesNotSupportTls12Or13",
          "peer misbehaved: IncorrectFinished", "peer misbehaved: BadCertChainExtensions",
          "cannot decrypt peer's message", "peer sent excess record size", "handshake not complete",
          "peer doesn't support any known protocol", "no suitable certificate found",
          "presented server name type wasn't supported"]:
    add(RL, RP, N, m)
add(RL, RP, U, "failed to get random bytes")
add(RL, RP, U, "failed to get current time")
add(RL, RP, U, "API misuse: ResumptionDataProvidedTooLate")

# --- OpenSSL error queue (openssl errstr over sslerr.h reason codes) ---
OS_ = "openssl/openssl"
SSL_NET = ["CERTIFICATE_VERIFY_FAILED", "WRONG_VERSION_NUMBER", "UNSUPPORTED_PROTOCOL",
           "TLSV1_ALERT_UNKNOWN_CA", "SSLV3_ALERT_BAD_CERTIFICATE", "TLSV1_ALERT_PROTOCOL_VERSION",
           "UNEXPECTED_EOF_WHILE_READING", "SSLV3_ALERT_CERTIFICATE_UNKNOWN", "TLSV1_ALERT_INTERNAL_ERROR",
           "SSLV3_ALERT_HANDSHAKE_FAILURE", "NO_SHARED_CIPHER", "SSLV3_ALERT_CERTIFICATE_EXPIRED",
           "TLSV1_ALERT_DECRYPT_ERROR", "PEER_DID_NOT_RETURN_A_CERTIFICATE", "HTTP_REQUEST",
           "PACKET_LENGTH_TOO_LONG", "DECRYPTION_FAILED_OR_BAD_RECORD_MAC", "TLSV1_UNRECOGNIZED_NAME",
           "NO_PROTOCOLS_AVAILABLE", "SSLV3_ALERT_UNEXPECTED_MESSAGE", "TLSV1_ALERT_ACCESS_DENIED",
           "CERTIFICATE_VERIFY_FAILED", "RECORD_LENGTH_MISMATCH", "UNEXPECTED_MESSAGE",
           "TLSV1_ALERT_NO_APPLICATION_PROTOCOL", "SSLV3_ALERT_CERTIFICATE_REVOKED",
           "NO_SUITABLE_SIGNATURE_ALGORITHM", "SSLV3_ALERT_BAD_RECORD_MAC", "BAD_KEY_SHARE",
           "TLSV13_ALERT_CERTIFICATE_REQUIRED", "UNSAFE_LEGACY_RENEGOTIATION_DISABLED", "SSL_HANDSHAKE_FAILURE",
           "SSLV3_ALERT_ILLEGAL_PARAMETER", "TLSV1_ALERT_DECODE_ERROR", "NO_CERTIFICATES_RETURNED"]
hdr = open("/usr/include/openssl/sslerr.h").read()
seen = set()
for r in SSL_NET:
    if r in seen:
        continue
    seen.add(r)
    m_ = re.search(r"SSL_R_%s\s+(\d+)" % r, hdr)
    if not m_:
        continue
    code = "%08X" % (0x0A000000 | int(m_.group(1)))
    s = subprocess.run(["openssl", "errstr", code], capture_output=True, text=True).stdout.strip()
    # errstr omits the function; OpenSSL 3 prints it in the error queue.
    fn = {"CERTIFICATE_VERIFY_FAILED": "tls_post_process_server_certificate",
          "WRONG_VERSION_NUMBER": "ssl3_get_record", "UNEXPECTED_EOF_WHILE_READING": "ssl3_read_n",
          "NO_SHARED_CIPHER": "tls_post_process_client_hello"}.get(r, "ssl3_read_bytes")
    s = s.replace("SSL routines::", f"SSL routines:{fn}:")
    add(OS_, "crypto/err/openssl.txt", N, s)
for m in ["error:1416F086:SSL routines:tls_process_server_certificate:certificate verify failed",
          "error:14094418:SSL routines:ssl3_read_bytes:tlsv1 alert unknown ca",
          "error:1408F10B:SSL routines:ssl3_get_record:wrong version number",
          "error:0A000086:SSL routines:tls_post_process_server_certificate:certificate verify failed:ssl/statem/statem_clnt.c:1889:"]:
    add(OS_, "crypto/err/openssl.txt", N, m)
add(OS_, "crypto/err/openssl.txt", U, "error:0300008F:digital envelope routines::parameter too large")
add(OS_, "crypto/err/openssl.txt", U, "error:1E08010C:DECODER routines::unsupported")

# --- serde_json ---
SJ = "serde-rs/json"
for m in ["EOF while parsing a list at line 1 column 412", "EOF while parsing an object at line 14 column 0",
          "EOF while parsing a string at line 1 column 88", "EOF while parsing a value at line 1 column 0",
          "expected `:` at line 1 column 19", "expected `,` or `}` at line 3 column 5", "expected `,` or `]` at line 1 column 31",
          "expected ident at line 1 column 3", "expected value at line 1 column 1",
          "invalid escape at line 1 column 40", "invalid number at line 1 column 9", "number out of range at line 1 column 27",
          "invalid unicode code point at line 1 column 52", "control character (\\u0000-\\u001F) found while parsing a string at line 1 column 17",
          "key must be a string at line 1 column 2", "lone leading surrogate in hex escape at line 1 column 23",
          "trailing comma at line 1 column 58", "trailing characters at line 1 column 5", "unexpected end of hex escape at line 1 column 14",
          "recursion limit exceeded at line 1 column 129",
          "invalid type: string \"42\", expected u64 at line 1 column 17",
          "invalid type: null, expected a sequence at line 1 column 24",
          "invalid type: map, expected a string at line 1 column 1",
          "invalid value: integer `-1`, expected u32 at line 1 column 14",
          "missing field `agent_id` at line 1 column 87", "unknown field `sig`, expected one of `subject`, `predicate`, `object` at line 1 column 12",
          "unknown variant `Append`, expected `Put` or `Delete` at line 1 column 15", "duplicate field `term` at line 1 column 44",
          "invalid length 2, expected a tuple of size 3 at line 1 column 9",
          "Error(\"expected value\", line: 1, column: 1)",
          "Error(\"EOF while parsing an object\", line: 1, column: 311)"]:
    add(SJ, "src/error.rs", Z, m)

# --- bincode 2 (Display is the Debug form) ---
BC = "bincode-org/bincode"
for m in ["UnexpectedEnd { additional: 4 }", "LimitExceeded", "InvalidBooleanValue(7)",
          "UnexpectedVariant { type_name: \"LogPayload\", allowed: Range { min: 0, max: 2 }, found: 9 }",
          "Utf8 { inner: Utf8Error { valid_up_to: 3, error_len: Some(1) } }",
          "InvalidCharEncoding([255, 0, 0, 0])", "ArrayLengthMismatch { required: 32, found: 31 }",
          "OutsideUsizeRange(18446744073709551615)", "InvalidIntegerType { expected: U32, found: U64 }",
          "NonZeroTypeIsZero { non_zero_type: U64 }", "EmptyEnum { type_name: \"Never\" }",
          "Other(\"Sequence must have length\")", "OtherString(\"invalid snapshot header\")"]:
    add(BC, "src/error.rs", Z, m)

# --- prost ---
PR = "tokio-rs/prost"
for m in ["failed to decode Protobuf message: invalid varint", "failed to decode Protobuf message: buffer underflow",
          "failed to decode Protobuf message: invalid wire type value: 7",
          "failed to decode Protobuf message: AppendEntriesRequest.entries: invalid wire type: LengthDelimited (expected Varint)",
          "failed to decode Protobuf message: invalid tag value: 0", "failed to decode Protobuf message: delimited length exceeded",
          "failed to decode Protobuf message: invalid string value: data is not UTF-8 encoded",
          "failed to decode Protobuf message: recursion limit reached", "failed to decode Protobuf message: unexpected end group tag",
          "failed to decode Protobuf message: invalid key value: 18446744073709551615",
          "failed to encode Protobuf message; insufficient buffer capacity (required: 4096, remaining: 1024)",
          "DecodeError { description: \"invalid varint\", stack: [] }",
          "failed to decode Protobuf message: length delimiter exceeds maximum usize value"]:
    add(PR, "prost/src/error.rs", Z, m)
add(PR, "prost/src/error.rs", Z, "unknown enumeration value 12")

# --- zstd ---
ZS = "facebook/zstd"
for typ, m in [(U, "Allocation error : not enough memory"), (S, "An I/O error occurred when reading/seeking"),
               (Z, "Data corruption detected"), (Z, "Destination buffer is too small"), (Z, "Dictionary is corrupted"),
               (Z, "Dictionary mismatch"), (Z, "Frame requires too much memory for decoding"),
               (Z, "Header of Literals' block doesn't respect format specification"),
               (Z, "Restored data doesn't match checksum"), (Z, "Src size is incorrect"), (Z, "Unknown frame descriptor"),
               (Z, "Unsupported frame parameter"), (Z, "Version not supported"), (U, "Unsupported parameter"),
               (U, "Parameter is out of bound"), (U, "Context should be init first"), (U, "Error (generic)"),
               (U, "Operation not authorized at current processing stage"),
               (Z, "zstd decompress failed: Data corruption detected")]:
    add(ZS, "lib/common/error_private.c", typ, m)

# --- rocksdb Status::ToString ---
RK = "facebook/rocksdb"
for typ, m in [(S, "IO error: No space left on device: While appending to file: /var/lib/stemedb/lsm/000187.log: No space left on device"),
               (S, "IO error: While open a file for random read: /var/lib/stemedb/lsm/000042.sst: Too many open files"),
               (S, "IO error: lock /var/lib/stemedb/lsm/LOCK: Resource temporarily unavailable"),
               (S, "IO error: Stale file handle"),
               (S, "IO error: While fsync: a file with name /var/lib/stemedb/lsm/MANIFEST-000012: Input/output error"),
               (Z, "Corruption: block checksum mismatch: stored = 2324967102, computed = 2953275820, type = 1  in /var/lib/stemedb/lsm/000312.sst offset 12345 size 4021"),
               (Z, "Corruption: bad block contents"), (Z, "Corruption: truncated record body"),
               (Z, "Corruption: missing start of fragmented record(2)"), (Z, "Corruption: Bad table magic number: expected 9863518390377041911, found 0 in /var/lib/stemedb/lsm/000077.sst"),
               (Z, "Corruption: Sst file size mismatch: /var/lib/stemedb/lsm/000123.sst. Size recorded in manifest 2140, actual size 0"),
               (U, "NotFound: "), (S, "NotFound: /var/lib/stemedb/lsm/CURRENT: No such file or directory"),
               (U, "Invalid argument: Column family not found: raft_log"),
               (U, "Not implemented: Not supported operation in read only mode."),
               (T, "Operation timed out: Timeout waiting to lock key"), (T, "Operation timed out: Timeout Acquiring Mutex"),
               (S, "Resource busy: "), (U, "Operation aborted: Manual compaction paused"),
               (S, "Operation failed. Try again.: Space limit reached"),
               (U, "Shutdown in progress: "), (S, "Result incomplete: Write stall"),
               (U, "Merge in progress: "), (U, "Column family dropped: "), (S, "Compaction too large: "),
               (U, "Operation expired: "), (U, "Invalid argument: Deadlock")]:
    add(RK, "util/status.cc", typ, m)

# --- redb ---
RD = "cberner/redb"
for typ, m in [(Z, "DB corrupted: Invalid magic number"), (S, "Database already open. Cannot acquire lock."),
               (S, "I/O error: No space left on device (os error 28)"), (S, "Previous I/O error occurred. Please close and re-open the database."),
               (Z, "Manual upgrade required. Expected file format version 3, but file is version 2"),
               (U, "Table 'raft_log' does not exist"), (U, "Table 'assertions' already opened at: src/store/redb.rs:88:21"),
               (U, "Transaction still in use"), (U, "A transaction is still in progress. Operation cannot be performed."),
               (U, "Savepoint is invalid or cannot be created."), (U, "Database has been closed"),
               (U, "Poisoned internal lock: src/tree_store/page_store/page_manager.rs:412:42"),
               (U, "Transaction was poisoned by a panic or a failed operation"),
               (U, "The value (length=4294967296) being inserted exceeds the maximum of 3GiB"),
               (U, "Current definition of assertions does not match stored definition (width=Some(8), alignment=8)")]:
    add(RD, "src/error.rs", typ, m)

# --- jsonwebtoken ---
JW = "Keats/jsonwebtoken"
for typ, sig, m in [(A, True, "InvalidSignature"), (A, False, "ExpiredSignature"), (A, False, "ImmatureSignature"),
                    (A, False, "InvalidToken"), (A, False, "InvalidIssuer"), (A, False, "InvalidAudience"),
                    (A, False, "InvalidSubject"), (A, False, "InvalidAlgorithm"), (A, False, "MissingAlgorithm"),
                    (A, False, "InvalidEddsaKey"), (A, False, "InvalidKeyFormat"),
                    (A, False, "Missing required claim: exp"), (A, False, "Invalid format for claim: nbf"),
                    (A, False, "RSA key invalid: bad modulus"),
                    (Z, False, "Base64 error: Invalid symbol 46, offset 12."), (Z, False, "JSON error: expected value at line 1 column 1"),
                    (A, True, "Error(InvalidSignature)"), (A, False, "Error(ExpiredSignature)")]:
    add(JW, "src/errors.rs", typ, m, sig)

# --- ed25519 / signature crates ---
ED = "dalek-cryptography/curve25519-dalek"
for sig, m in [(True, "Verification equation was not satisfied"), (False, "Cannot decompress Edwards point"),
               (False, "Cannot use scalar with high-bit set"), (False, "Mismatched Keypair detected"),
               (False, "An ed25519ph signature can only take up to 255 octets of context"),
               (True, "signature::Error { source: Some(Verify) }")]:
    add(ED, "ed25519-dalek/src/errors.rs", A, m, sig)
SG = "RustCrypto/traits"
add(SG, "signature/src/error.rs", A, "signature error", True)
add(SG, "signature/src/error.rs", A, "signature::Error { source: None }", True)
add(SG, "signature/src/error.rs", A, "signature error: Verification equation was not satisfied", True)
add(SG, "digest/src/mac.rs", A, "MAC tag mismatch", True)
add(SG, "digest/src/mac.rs", A, "MacError", True)

# --- hickory DNS ---
HK = "hickory-dns/hickory-dns"
for typ, m, p in [(N, "no record found for Query { name: Name(\"node3.stemedb.internal.\"), query_type: AAAA, query_class: IN }", "crates/net/src/error.rs"),
                  (N, "error response: SERVFAIL", "crates/net/src/error.rs"), (N, "error response: NXDomain", "crates/net/src/error.rs"),
                  (N, "error response: Refused", "crates/net/src/error.rs"),
                  (T, "request timed out", "crates/net/src/error.rs"),
                  (N, "io error: Connection refused (os error 111)", "crates/net/src/error.rs"),
                  (N, "case of query name in response did not match", "crates/net/src/error.rs"),
                  (N, "response received with incorrect QR flag", "crates/proto/src/error.rs"),
                  (N, "H2 error: stream error received: unspecific protocol error detected", "crates/net/src/error.rs"),
                  (T, "error with quic connection: timed out", "crates/net/src/error.rs"),
                  (Z, "decoding error: unexpected end of input reached", "crates/proto/src/error.rs"),
                  (Z, "message format error: label bytes exceed 63: 70", "crates/proto/src/error.rs"),
                  (Z, "char data length exceeds 255: 300", "crates/proto/src/error.rs"),
                  (Z, "error parsing utf8 string", "crates/proto/src/error.rs")]:
    add(HK, p, typ, m)

# --- openraft ---
OR = "datafuselabs/openraft"
for typ, m in [(N, "NetworkError: Connection refused (os error 111)"), (N, "Unreachable node: connection refused"),
               (T, "timeout after 150ms when Vote 1->3"), (T, "timeout after 1s when AppendEntries 2->4"),
               (N, "error occur on remote peer 3: raft stopped"),
               (U, "has to forward request to: Some(2), Some(Node { addr: \"10.0.0.2:18182\" })"),
               (U, "not enough for a quorum, cluster: {1, 2, 3}, got: {1}"), (U, "raft stopped"),
               (U, "reject vote request by a greater vote: T5-N2:committed"),
               (U, "new membership can not be empty"), (U, "Learner 4 not found: add it as learner before adding it as a voter"),
               (U, "node 5 has to be a member. membership:{voters:[{1,2,3}], learners:[]}"),
               (U, "snapshot segment id mismatch, expect: 3, got: 5"),
               (N, "RPC(AppendEntries) payload too large: hint:(entries:64)"),
               (S, "when Write LogId(5-1-2048) 1: No space left on device (os error 28)"),
               (S, "when Read Snapshot: entity not found")]:
    add(OR, "openraft/src/error.rs" if "when" not in m[:5] else "openraft/src/storage_error.rs", typ, m)

# --- tantivy ---
TV = "quickwit-oss/tantivy"
for typ, m in [(S, "An IO error occurred: 'No space left on device (os error 28)'"), (Z, "Data corrupted: 'Checksum mismatch'"),
               (Z, "Data corruption"), (S, "Failed to acquire Lockfile: LockBusy. Some(\"Failed to acquire index lock. If you are using a regular directory, this means there is already an `IndexWriter` working on this `Directory`, in this process or in a different process.\")"),
               (S, "Failed to open file for read: 'FileDoesNotExist(\"meta.json\")'"),
               (S, "Failed to open file for write: 'IoError { io_error: Os { code: 13, kind: PermissionDenied, message: \"Permission denied\" }, filepath: \"/var/lib/stemedb/index/.tantivy-writer.lock\" }'"),
               (S, "Failed to open the directory: 'DoesNotExist(\"/var/lib/stemedb/index\")'"),
               (U, "Index already exists"), (U, "An invalid argument was passed: 'num_threads'"),
               (Z, "Deserialize error: invalid type: integer `3`, expected a string"),
               (U, "A thread holding the locked panicked and poisoned the lock"),
               (U, "The field does not exist: 'predicate'"), (U, "Schema error: 'field subject is not indexed'"),
               (Z, "Failed to parse document InvalidJson(\"{\\\"subject\\\": \")")]:
    add(TV, "src/error.rs", typ, m)

# --- axum extractors (rejections) ---
AX = "tokio-rs/axum"
for typ, m in [(Z, "Failed to parse the request body as JSON: expected value at line 1 column 1"),
               (Z, "Failed to deserialize the JSON body into the target type: missing field `agent_id` at line 1 column 44"),
               (Z, "Failed to buffer the request body: length limit exceeded"),
               (U, "Expected request with `Content-Type: application/json`"),
               (Z, "Failed to deserialize query string: invalid digit found in string"),
               (Z, "Invalid URL: Cannot parse `x7` to a `u64`"),
               (Z, "Request body didn't contain valid UTF-8: invalid utf-8 sequence of 1 bytes from index 2")]:
    add(AX, "axum-core/src/extract/rejection.rs" if "buffer" in m or "UTF-8" in m else "axum/src/extract/rejection.rs", typ, m)

# --- tower ---
TW = "tower-rs/tower"
add(TW, "tower/src/timeout/error.rs", T, "request timed out")
add(TW, "tower/src/buffer/error.rs", U, "buffer's worker closed unexpectedly")
add(TW, "tower/src/buffer/error.rs", N, "buffered service failed: connection error")
add(TW, "tower/src/load_shed/error.rs", U, "service overloaded")

# --- url ---
UR = "servo/rust-url"
for m in ["relative URL without a base", "invalid port number", "empty host", "invalid IPv4 address",
          "invalid IPv6 address", "invalid international domain name", "invalid domain character"]:
    add(UR, "url/src/parser.rs", Z, m)


# --- http crate ---
HT = "hyperium/http"
for m, p in [("invalid HTTP header name", "src/header/name.rs"), ("failed to parse header value", "src/header/value.rs"),
             ("failed to convert header to a str", "src/header/value.rs"), ("invalid HTTP method", "src/method.rs"),
             ("invalid status code", "src/status.rs"), ("invalid uri character", "src/uri/mod.rs"),
             ("invalid authority", "src/uri/mod.rs"), ("invalid scheme", "src/uri/mod.rs"), ("invalid port", "src/uri/mod.rs")]:
    add(HT, p, Z, m)
add(HT, "src/header/map.rs", U, "max size reached")

# --- hyper-util legacy client (what reqwest and tonic print underneath) ---
HU = "hyperium/hyper-util"
HP = "src/client/legacy/connect/http.rs"
for typ, m, p in [(N, "client error (Connect)", "src/client/legacy/client.rs"),
                  (N, "client error (SendRequest)", "src/client/legacy/client.rs"),
                  (N, "tcp connect error: Connection refused (os error 111)", HP),
                  (N, "tcp connect error", HP), (N, "tcp open error: Address family not supported by protocol (os error 97)", HP),
                  (N, "dns error: failed to lookup address information: Name or service not known", HP),
                  (N, "dns error", HP), (N, "tcp set_nodelay error: Bad file descriptor (os error 9)", HP),
                  (N, "Not a valid domain name", "src/client/legacy/connect/dns.rs"),
                  (N, "io error during SOCKS handshake", "src/client/legacy/connect/proxy/socks/mod.rs"),
                  (N, "failed to create underlying connection", "src/client/legacy/connect/proxy/socks/mod.rs"),
                  (N, "could not resolve to acceptable address type", "src/client/legacy/connect/proxy/socks/mod.rs"),
                  (N, "tunnel error: proxy headers too long for tunnel", "src/client/legacy/connect/proxy/tunnel.rs"),
                  (N, "singleton connection error", "src/client/pool/singleton.rs")]:
    add(HU, p, typ, m)

# --- webpki (certificate path validation; Display is the Debug form) ---
WP = "rustls/webpki"
for m in ["BadDer", "BadDerTime", "CaUsedAsEndEntity", "CertRevoked", "EndEntityUsedAsCa", "InvalidCertValidity",
          "InvalidSignatureForPublicKey", "IssuerNotCertSigner", "MalformedDnsIdentifier", "NameConstraintViolation",
          "PathLenConstraintViolated", "SignatureAlgorithmMismatch", "UnknownIssuer", "UnsupportedCertVersion",
          "UnsupportedCriticalExtension", "MaximumPathDepthExceeded", "RequiredEkuNotFound",
          "CertExpired { time: UnixTime(1795602400), not_after: UnixTime(1795500000) }",
          "CertNotValidYet { time: UnixTime(1795602400), not_before: UnixTime(1795700000) }"]:
    add(WP, "src/error.rs", N, m)

# --- base64, uuid, chrono, lz4_flex, flate2: decoders and parsers ---
B64 = "marshallpierce/rust-base64"
for m in ["Invalid symbol 36, offset 4.", "Invalid input length: 7", "Invalid padding", "Invalid last symbol 66, offset 43.", "Output slice too small"]:
    add(B64, "src/decode.rs", Z, m)
UU = "uuid-rs/uuid"
for m in ["invalid character: found `g` at 3", "invalid group count: expected 5, found 3", "invalid length: expected 16 bytes, found 15",
          "failed to parse a UUID", "non-UTF8 input"]:
    add(UU, "src/error.rs", Z, m)
CH = "chronotope/chrono"
for m in ["input contains invalid characters", "premature end of input", "trailing input", "input is out of range",
          "no possible date and time matching input", "input is not enough for unique date and time", "bad or unsupported format string"]:
    add(CH, "src/format/mod.rs", Z, m)
add(CH, "src/round.rs", U, "duration exceeds num_nanoseconds limit")
LZ = "PSeitz/lz4_flex"
for m in ["expected another byte, found none", "literal is out of bounds of the input",
          "the offset to copy is not contained in the decompressed buffer"]:
    add(LZ, "src/block/mod.rs", Z, m)
FL = "rust-lang/flate2-rs"
add(FL, "src/mem.rs", Z, "deflate decompression error")
add(FL, "src/mem.rs", Z, "deflate decompression error: invalid stored block lengths")
add(FL, "src/mem.rs", Z, "deflate compression error")
add(FL, "src/gz/bufread.rs", Z, "invalid gzip header")
add(FL, "src/zio.rs", Z, "corrupt deflate stream")

# --- quinn (QUIC) ---
QN = "quinn-rs/quinn"
QC = "quinn-proto/src/connection/mod.rs"
for typ, m, p in [(T, "timed out", QC), (N, "reset by peer", QC), (N, "closed by peer: 0", QC),
                  (N, "aborted by peer: the cryptographic handshake failed: error 42", QC),
                  (N, "peer doesn't implement any supported version", QC), (U, "CIDs exhausted", QC),
                  (N, "connection lost", "quinn/src/connection.rs"), (N, "closed stream", "quinn-proto/src/connection/streams/mod.rs"),
                  (N, "stopped by peer: code 0", "quinn-proto/src/connection/streams/send.rs"),
                  (N, "reset by peer: code 3", "quinn-proto/src/connection/streams/recv.rs"),
                  (U, "endpoint stopping", "quinn-proto/src/endpoint.rs"), (N, "unsupported QUIC version", "quinn-proto/src/endpoint.rs"),
                  (N, "datagram too large", "quinn-proto/src/connection/datagrams.rs"),
                  (N, "datagrams not supported by peer", "quinn-proto/src/connection/datagrams.rs"),
                  (N, "the server refused to accept a new connection", "quinn-proto/src/transport_error.rs"),
                  (N, "received more data than permitted in advertised data limits", "quinn-proto/src/transport_error.rs"),
                  (N, "received a frame that was badly formatted", "quinn-proto/src/transport_error.rs"),
                  (N, "no viable network path exists", "quinn-proto/src/transport_error.rs"),
                  (Z, "unexpected end of buffer", "quinn-proto/src/coding.rs"),
                  (Z, "parameters were malformed", "quinn-proto/src/transport_parameters.rs")]:
    add(QN, p, typ, m)

# --- the fresh batch (scripts/catalogue/fresh.py), gathered after the rules ---
from fresh import fresh  # noqa: E402

batch("fresh", fresh)

# --- the validation batch (scripts/catalogue/validation.py), gathered after
# the rules written for the fresh batch ---
from validation import validation  # noqa: E402

batch("validation", validation)

# --- the holdout batch (scripts/catalogue/holdout.py), gathered blind after
# the rules were frozen in testdata/patterns-before-holdout.toml ---
from holdout import holdout  # noqa: E402

batch("holdout", holdout)

# --- the second blind batch (scripts/catalogue/holdout2.py), gathered blind
# after the signature head; rules frozen in testdata/patterns-before-holdout2.toml ---
from holdout2 import holdout2  # noqa: E402

batch("holdout2", holdout2)

# --- the third blind batch (scripts/catalogue/holdout3.py), gathered blind
# after the scorer's family lexicons; rules frozen in
# testdata/patterns-before-holdout3.toml ---
from holdout3 import holdout3  # noqa: E402

batch("holdout3", holdout3)

# --- the fourth blind batch (scripts/catalogue/holdout4.py), gathered blind
# after the third joined; rules frozen in testdata/patterns-before-holdout4.toml ---
from holdout4 import holdout4  # noqa: E402

batch("holdout4", holdout4)

# --- the fifth blind batch (scripts/catalogue/holdout5.py), gathered blind
# after the fourth joined; rules frozen in testdata/patterns-before-holdout5.toml ---
from holdout5 import holdout5  # noqa: E402

batch("holdout5", holdout5)

# --- the sixth blind batch (scripts/catalogue/holdout6.py), gathered blind
# after the fifth joined; rules frozen in testdata/patterns-before-holdout6.toml ---
from holdout6 import holdout6  # noqa: E402

batch("holdout6", holdout6)

# --- the seventh blind batch (scripts/catalogue/holdout7.py), gathered blind
# after the sixth joined; rules frozen in testdata/patterns-before-holdout7.toml ---
from holdout7 import holdout7  # noqa: E402

batch("holdout7", holdout7)

# --- the eighth blind batch (scripts/catalogue/holdout8.py), gathered blind
# beside the seventh and scored after it joined; rules frozen in
# testdata/patterns-before-holdout8.toml ---
from holdout8 import holdout8  # noqa: E402

batch("holdout8", holdout8)

# --- the ninth blind batch (scripts/catalogue/holdout9.py), gathered blind
# after the eighth joined; rules frozen in testdata/patterns-before-holdout9.toml ---
from holdout9 import holdout9  # noqa: E402

batch("holdout9", holdout9)

# --- the tenth blind batch (scripts/catalogue/holdout10.py), gathered blind
# beside the ninth and scored after it joined; rules frozen in
# testdata/patterns-before-holdout10.toml ---
from holdout10 import holdout10  # noqa: E402

batch("holdout10", holdout10)

# --- the eleventh blind batch (scripts/catalogue/holdout11.py), gathered blind after the tenth joined;
# rules frozen in testdata/patterns-before-holdout11.toml ---
from holdout11 import holdout11  # noqa: E402

batch("holdout11", holdout11)

# --- the twelfth blind batch (scripts/catalogue/holdout12.py), gathered blind beside the eleventh and scored after it joined;
# rules frozen in testdata/patterns-before-holdout12.toml ---
from holdout12 import holdout12  # noqa: E402

batch("holdout12", holdout12)

# --- the thirteenth blind batch (scripts/catalogue/holdout13.py), gathered blind after the twelfth joined, aimed at signature verification;
# rules frozen in testdata/patterns-before-holdout13.toml ---
from holdout13 import holdout13  # noqa: E402

batch("holdout13", holdout13)

# --- the fourteenth blind batch (scripts/catalogue/holdout14.py), gathered blind after the thirteenth joined, beside the fifteenth;
# rules frozen in testdata/patterns-before-holdout14.toml ---
from holdout14 import holdout14  # noqa: E402

batch("holdout14", holdout14)

# --- the fifteenth blind batch (scripts/catalogue/holdout15.py), gathered blind beside the fourteenth and scored after it joined;
# rules frozen in testdata/patterns-before-holdout15.toml ---
from holdout15 import holdout15  # noqa: E402

batch("holdout15", holdout15)

# --- the sixteenth blind batch (scripts/catalogue/holdout16.py), gathered blind after the fifteenth joined, beside the seventeenth;
# rules frozen in testdata/patterns-before-holdout16.toml ---
from holdout16 import holdout16  # noqa: E402

batch("holdout16", holdout16)

# --- the seventeenth blind batch (scripts/catalogue/holdout17.py), gathered blind beside the sixteenth and scored after it joined;
# rules frozen in testdata/patterns-before-holdout17.toml ---
from holdout17 import holdout17  # noqa: E402

batch("holdout17", holdout17)

# --- the eighteenth blind batch (scripts/catalogue/holdout18.py), gathered blind after the seventeenth joined, beside the nineteenth;
# rules frozen in testdata/patterns-before-holdout18.toml ---
from holdout18 import holdout18  # noqa: E402

batch("holdout18", holdout18)

# --- the nineteenth blind batch (scripts/catalogue/holdout19.py), gathered blind beside the eighteenth and scored after it joined;
# rules frozen in testdata/patterns-before-holdout19.toml ---
from holdout19 import holdout19  # noqa: E402

batch("holdout19", holdout19)

# --- the twentieth blind batch (scripts/catalogue/holdout20.py), gathered blind after the eighteenth and nineteenth joined, beside the
# twenty-first; rules frozen in testdata/patterns-before-holdout20.toml ---
from holdout20 import holdout20  # noqa: E402

batch("holdout20", holdout20)

# --- the twenty-first blind batch (scripts/catalogue/holdout21.py), gathered blind beside the twentieth and scored after it joined;
# rules frozen in testdata/patterns-before-holdout21.toml ---
from holdout21 import holdout21  # noqa: E402

batch("holdout21", holdout21)

# --- the twenty-second blind batch (scripts/catalogue/holdout22.py), gathered blind after the twentieth and twenty-first joined,
# beside the twenty-third; rules frozen in testdata/patterns-before-holdout22.toml ---
from holdout22 import holdout22  # noqa: E402

batch("holdout22", holdout22)

# --- the twenty-third blind batch (scripts/catalogue/holdout23.py), gathered blind beside the twenty-second and scored after it joined;
# rules frozen in testdata/patterns-before-holdout23.toml ---
from holdout23 import holdout23  # noqa: E402

batch("holdout23", holdout23)

# --- the twenty-fourth blind batch (scripts/catalogue/holdout24.py), gathered blind after the twenty-second and twenty-third joined,
# beside the twenty-fifth; rules frozen in testdata/patterns-before-holdout24.toml ---
from holdout24 import holdout24  # noqa: E402

batch("holdout24", holdout24)

# --- the twenty-fifth blind batch (scripts/catalogue/holdout25.py), gathered blind beside the twenty-fourth and scored after it joined;
# rules frozen in testdata/patterns-before-holdout25.toml ---
from holdout25 import holdout25  # noqa: E402

batch("holdout25", holdout25)

# --- the twenty-sixth blind batch (scripts/catalogue/holdout26.py), gathered blind beside the twenty-seventh;
# rules frozen in testdata/patterns-before-holdout26.toml ---
from holdout26 import holdout26  # noqa: E402

batch("holdout26", holdout26)

# --- the twenty-seventh blind batch (scripts/catalogue/holdout27.py), gathered blind beside the twenty-sixth and scored after it joined;
# rules frozen in testdata/patterns-before-holdout27.toml ---
from holdout27 import holdout27  # noqa: E402

batch("holdout27", holdout27)

# --- the twenty-eighth blind batch (scripts/catalogue/holdout28.py), gathered blind beside the twenty-ninth;
# rules frozen in testdata/patterns-before-holdout28.toml ---
from holdout28 import holdout28  # noqa: E402

batch("holdout28", holdout28)

# --- the twenty-ninth blind batch (scripts/catalogue/holdout29.py), gathered blind beside the twenty-eighth and scored after it joined;
# rules frozen in testdata/patterns-before-holdout29.toml ---
from holdout29 import holdout29  # noqa: E402

batch("holdout29", holdout29)

# --- the thirtieth blind batch (scripts/catalogue/holdout30.py), gathered blind beside the thirty-first;
# rules frozen in testdata/patterns-before-holdout30.toml ---
from holdout30 import holdout30  # noqa: E402

batch("holdout30", holdout30)

# --- the thirty-first blind batch (scripts/catalogue/holdout31.py), gathered blind beside the thirtieth and scored after it joined;
# rules frozen in testdata/patterns-before-holdout31.toml ---
from holdout31 import holdout31  # noqa: E402

batch("holdout31", holdout31)

# --- the thirty-second blind batch (scripts/catalogue/holdout32.py), gathered blind beside the thirty-third;
# rules frozen in testdata/patterns-before-holdout32.toml ---
from holdout32 import holdout32  # noqa: E402

batch("holdout32", holdout32)

# --- the thirty-third blind batch (scripts/catalogue/holdout33.py), gathered blind beside the thirty-second and scored after it joined;
# rules frozen in testdata/patterns-before-holdout33.toml ---
from holdout33 import holdout33  # noqa: E402

batch("holdout33", holdout33)

# --- the thirty-fourth blind batch (scripts/catalogue/holdout34.py), gathered blind beside the thirty-fifth;
# rules frozen in testdata/patterns-before-holdout34.toml ---
from holdout34 import holdout34  # noqa: E402

batch("holdout34", holdout34)

# --- the thirty-fifth blind batch (scripts/catalogue/holdout35.py), gathered blind beside the thirty-fourth and scored after it joined;
# rules frozen in testdata/patterns-before-holdout35.toml ---
from holdout35 import holdout35  # noqa: E402

batch("holdout35", holdout35)

# --- the thirty-sixth blind batch (scripts/catalogue/holdout36.py), gathered blind beside the thirty-seventh;
# rules frozen in testdata/patterns-before-holdout36.toml ---
from holdout36 import holdout36  # noqa: E402

batch("holdout36", holdout36)

# --- the thirty-seventh blind batch (scripts/catalogue/holdout37.py), gathered blind beside the thirty-sixth and scored after it joined;
# rules frozen in testdata/patterns-before-holdout37.toml ---
from holdout37 import holdout37  # noqa: E402

batch("holdout37", holdout37)

# --- the thirty-eighth blind batch (scripts/catalogue/holdout38.py), gathered blind beside the thirty-ninth;
# rules frozen in testdata/patterns-before-holdout38.toml ---
from holdout38 import holdout38  # noqa: E402

batch("holdout38", holdout38)

# --- the thirty-ninth blind batch (scripts/catalogue/holdout39.py), gathered blind beside the thirty-eighth and scored after it joined;
# rules frozen in testdata/patterns-before-holdout39.toml ---
from holdout39 import holdout39  # noqa: E402

batch("holdout39", holdout39)

# --- the fortieth blind batch (scripts/catalogue/holdout40.py), gathered blind beside the forty-first;
# rules frozen in testdata/patterns-before-holdout40.toml ---
from holdout40 import holdout40  # noqa: E402

batch("holdout40", holdout40)

# --- the forty-first blind batch (scripts/catalogue/holdout41.py), gathered blind beside the fortieth and scored after it joined;
# rules frozen in testdata/patterns-before-holdout41.toml ---
from holdout41 import holdout41  # noqa: E402

batch("holdout41", holdout41)

# --- the forty-second blind batch (scripts/catalogue/holdout42.py), gathered blind beside the forty-third;
# rules frozen in testdata/patterns-before-holdout42.toml ---
from holdout42 import holdout42  # noqa: E402

batch("holdout42", holdout42)

# --- the forty-third blind batch (scripts/catalogue/holdout43.py), gathered blind beside the forty-second and scored after it joined;
# rules frozen in testdata/patterns-before-holdout43.toml ---
from holdout43 import holdout43  # noqa: E402

batch("holdout43", holdout43)

# --- the forty-fourth blind batch (scripts/catalogue/holdout44.py), gathered blind beside the forty-fifth;
# rules frozen in testdata/patterns-before-holdout44.toml ---
from holdout44 import holdout44  # noqa: E402

batch("holdout44", holdout44)

# --- the forty-fifth blind batch (scripts/catalogue/holdout45.py), gathered blind beside the forty-fourth and scored after it joined;
# rules frozen in testdata/patterns-before-holdout45.toml ---
from holdout45 import holdout45  # noqa: E402

batch("holdout45", holdout45)

# --- the forty-sixth blind batch (scripts/catalogue/holdout46.py), gathered blind beside the forty-seventh;
# rules frozen in testdata/patterns-before-holdout46.toml ---
from holdout46 import holdout46  # noqa: E402

batch("holdout46", holdout46)

# --- the forty-seventh blind batch (scripts/catalogue/holdout47.py), gathered blind beside the forty-sixth and scored after it joined;
# rules frozen in testdata/patterns-before-holdout47.toml ---
from holdout47 import holdout47  # noqa: E402

batch("holdout47", holdout47)

for o in out:
    o.setdefault("batch", "first")
    print(json.dumps(o, ensure_ascii=False))
