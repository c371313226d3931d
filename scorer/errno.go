package scorer

// errnoNames are Linux's errno names by number (generic and x86-64
// numbering), lower-cased, as features: "errno:enospc".
var errnoNames = [...]string{
	1:   "errno:eperm",
	2:   "errno:enoent",
	3:   "errno:esrch",
	4:   "errno:eintr",
	5:   "errno:eio",
	6:   "errno:enxio",
	7:   "errno:e2big",
	8:   "errno:enoexec",
	9:   "errno:ebadf",
	10:  "errno:echild",
	11:  "errno:eagain",
	12:  "errno:enomem",
	13:  "errno:eacces",
	14:  "errno:efault",
	15:  "errno:enotblk",
	16:  "errno:ebusy",
	17:  "errno:eexist",
	18:  "errno:exdev",
	19:  "errno:enodev",
	20:  "errno:enotdir",
	21:  "errno:eisdir",
	22:  "errno:einval",
	23:  "errno:enfile",
	24:  "errno:emfile",
	25:  "errno:enotty",
	26:  "errno:etxtbsy",
	27:  "errno:efbig",
	28:  "errno:enospc",
	29:  "errno:espipe",
	30:  "errno:erofs",
	31:  "errno:emlink",
	32:  "errno:epipe",
	33:  "errno:edom",
	34:  "errno:erange",
	35:  "errno:edeadlock",
	36:  "errno:enametoolong",
	37:  "errno:enolck",
	38:  "errno:enosys",
	39:  "errno:enotempty",
	40:  "errno:eloop",
	42:  "errno:enomsg",
	43:  "errno:eidrm",
	44:  "errno:echrng",
	45:  "errno:el2nsync",
	46:  "errno:el3hlt",
	47:  "errno:el3rst",
	48:  "errno:elnrng",
	49:  "errno:eunatch",
	50:  "errno:enocsi",
	51:  "errno:el2hlt",
	52:  "errno:ebade",
	53:  "errno:ebadr",
	54:  "errno:exfull",
	55:  "errno:enoano",
	56:  "errno:ebadrqc",
	57:  "errno:ebadslt",
	59:  "errno:ebfont",
	60:  "errno:enostr",
	61:  "errno:enodata",
	62:  "errno:etime",
	63:  "errno:enosr",
	64:  "errno:enonet",
	65:  "errno:enopkg",
	66:  "errno:eremote",
	67:  "errno:enolink",
	68:  "errno:eadv",
	69:  "errno:esrmnt",
	70:  "errno:ecomm",
	71:  "errno:eproto",
	72:  "errno:emultihop",
	73:  "errno:edotdot",
	74:  "errno:ebadmsg",
	75:  "errno:eoverflow",
	76:  "errno:enotuniq",
	77:  "errno:ebadfd",
	78:  "errno:eremchg",
	79:  "errno:elibacc",
	80:  "errno:elibbad",
	81:  "errno:elibscn",
	82:  "errno:elibmax",
	83:  "errno:elibexec",
	84:  "errno:eilseq",
	85:  "errno:erestart",
	86:  "errno:estrpipe",
	87:  "errno:eusers",
	88:  "errno:enotsock",
	89:  "errno:edestaddrreq",
	90:  "errno:emsgsize",
	91:  "errno:eprototype",
	92:  "errno:enoprotoopt",
	93:  "errno:eprotonosupport",
	94:  "errno:esocktnosupport",
	95:  "errno:enotsup",
	96:  "errno:epfnosupport",
	97:  "errno:eafnosupport",
	98:  "errno:eaddrinuse",
	99:  "errno:eaddrnotavail",
	100: "errno:enetdown",
	101: "errno:enetunreach",
	102: "errno:enetreset",
	103: "errno:econnaborted",
	104: "errno:econnreset",
	105: "errno:enobufs",
	106: "errno:eisconn",
	107: "errno:enotconn",
	108: "errno:eshutdown",
	109: "errno:etoomanyrefs",
	110: "errno:etimedout",
	111: "errno:econnrefused",
	112: "errno:ehostdown",
	113: "errno:ehostunreach",
	114: "errno:ealready",
	115: "errno:einprogress",
	116: "errno:estale",
	117: "errno:euclean",
	118: "errno:enotnam",
	119: "errno:enavail",
	120: "errno:eisnam",
	121: "errno:eremoteio",
	122: "errno:edquot",
	123: "errno:enomedium",
	124: "errno:emediumtype",
	125: "errno:ecanceled",
	126: "errno:enokey",
	127: "errno:ekeyexpired",
	128: "errno:ekeyrevoked",
	129: "errno:ekeyrejected",
	130: "errno:eownerdead",
	131: "errno:enotrecoverable",
	132: "errno:erfkill",
}

func errnoName(n int) string {
	if n <= 0 || n >= len(errnoNames) {
		return ""
	}
	return errnoNames[n]
}

// errnoBySymbol maps an errno's symbol, lower-cased ("eacces"), to its
// number.
var errnoBySymbol = func() map[string]int {
	m := make(map[string]int, len(errnoNames))
	for n, name := range errnoNames {
		if name != "" {
			m[name[len("errno:"):]] = n
		}
	}
	return m
}()

// errnoSymbol returns the number of the errno whose symbol r is, in upper
// case as C and nix print it ("EACCES: Permission denied"), or 0.
func errnoSymbol(r []byte) int {
	var low [16]byte
	if len(r) < 3 || len(r) > len(low) || r[0] != 'E' {
		return 0
	}
	for i, c := range r {
		switch {
		case 'A' <= c && c <= 'Z':
			low[i] = c + 'a' - 'A'
		case isDigit(c):
			low[i] = c
		default:
			return 0
		}
	}
	return errnoBySymbol[string(low[:len(r)])]
}
