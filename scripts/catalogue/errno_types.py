# Runbook type of each errno as a Rust database server meets it. A file or
# permission errno is a storage problem (the server's files); a socket errno
# is a network problem; key-management errnos are authentication; the rest
# (process, memory, argument, STREAMS and obsolete codes) are not one of the
# five runbook types and stay Unclassified.
S, T, Z, N, A, U = "StorageError", "TimeoutError", "SerializationError", "NetworkError", "AuthenticationError", "Unclassified"
ERRNO_TYPE = {
    "EPERM": S, "ENOENT": S, "EIO": S, "ENXIO": S, "EBADF": S, "EACCES": S, "ENOTBLK": S,
    "EBUSY": S, "EEXIST": S, "EXDEV": S, "ENODEV": S, "ENOTDIR": S, "EISDIR": S,
    "ENFILE": S, "EMFILE": S, "ETXTBSY": S, "EFBIG": S, "ENOSPC": S, "ESPIPE": S,
    "EROFS": S, "EMLINK": S, "ENAMETOOLONG": S, "ENOLCK": S, "ENOTEMPTY": S, "ELOOP": S,
    "EOVERFLOW": S, "EBADFD": S, "ESTALE": S, "EUCLEAN": S, "EREMOTEIO": S, "EDQUOT": S,
    "ENOMEDIUM": S, "EMEDIUMTYPE": S, "ENODATA": S,
    "ETIMEDOUT": T, "ETIME": T,
    "EILSEQ": Z, "EBADMSG": Z,
    "EPIPE": N, "ENOTSOCK": N, "EDESTADDRREQ": N, "EMSGSIZE": N, "EPROTOTYPE": N,
    "ENOPROTOOPT": N, "EPROTONOSUPPORT": N, "ESOCKTNOSUPPORT": N, "EPFNOSUPPORT": N,
    "EAFNOSUPPORT": N, "EADDRINUSE": N, "EADDRNOTAVAIL": N, "ENETDOWN": N, "ENETUNREACH": N,
    "ENETRESET": N, "ECONNABORTED": N, "ECONNRESET": N, "ENOBUFS": N, "EISCONN": N,
    "ENOTCONN": N, "ESHUTDOWN": N, "ECONNREFUSED": N, "EHOSTDOWN": N, "EHOSTUNREACH": N,
    "EPROTO": N, "ENOLINK": N, "ECOMM": N, "ENONET": N, "EREMCHG": N,
    "ENOKEY": A, "EKEYEXPIRED": A, "EKEYREVOKED": A, "EKEYREJECTED": A,
}
