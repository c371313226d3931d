package scorer

// Meaning groups: a word the scorer has never seen still carries what it
// means when it belongs to a known family. Each group is one extra feature
// ("group:errno-socket"), learnt from every member the training set holds,
// so an errno, an io::ErrorKind or a logic-error word absent from the
// training data still pulls the way its family does.

// errnoGroup returns the group of errno n, by what the number is about:
// files and devices, sockets, time, malformed data (EBADMSG, EILSEQ),
// kernel keys, or the rest (process, memory, argument and obsolete STREAMS
// codes) a server's runbook has no page for. The groups follow the
// catalogue's errno convention (scripts/catalogue/errno_types.py).
func errnoGroup(n int) string {
	switch n {
	case 1, 2, 5, 6, 9, 13, 15, 16, 17, 18, 19, 20, 21, 23, 24, 26, 27, 28, 29, 30, 31,
		36, 37, 39, 40, 61, 75, 77, 116, 117, 121, 122, 123, 124:
		return "group:errno-file"
	case 32, 64, 67, 70, 71, 78, 88, 89, 90, 91, 92, 93, 94, 96, 97, 98, 99, 100, 101,
		102, 103, 104, 105, 106, 107, 108, 110, 111, 112, 113:
		if n == 110 {
			return "group:errno-time"
		}
		return "group:errno-socket"
	case 62:
		return "group:errno-time"
	case 74, 84:
		return "group:errno-data"
	case 126, 127, 128, 129:
		return "group:errno-key"
	}
	return "group:errno-system"
}

// kindGroups are Rust's std::io::ErrorKind variant names (lower-cased, as
// the tokenizer keeps a CamelCase word whole) by what they are about.
var kindGroups = map[string]string{
	"notfound": "group:kind-file", "permissiondenied": "group:kind-file",
	"alreadyexists": "group:kind-file", "storagefull": "group:kind-file",
	"readonlyfilesystem": "group:kind-file", "filesystemloop": "group:kind-file",
	"stalenetworkfilehandle": "group:kind-file", "notadirectory": "group:kind-file",
	"isadirectory": "group:kind-file", "directorynotempty": "group:kind-file",
	"filetoolarge": "group:kind-file", "toomanylinks": "group:kind-file",
	"invalidfilename": "group:kind-file", "crossesdevices": "group:kind-file", "executablefilebusy": "group:kind-file",
	"notseekable": "group:kind-file", "quotaexceeded": "group:kind-file",
	"writezero": "group:kind-file", "resourcebusy": "group:kind-file",
	"connectionrefused": "group:kind-socket", "connectionreset": "group:kind-socket",
	"connectionaborted": "group:kind-socket", "notconnected": "group:kind-socket",
	"addrinuse": "group:kind-socket", "addrnotavailable": "group:kind-socket",
	"brokenpipe": "group:kind-socket", "hostunreachable": "group:kind-socket",
	"networkunreachable": "group:kind-socket", "networkdown": "group:kind-socket",
	"timedout":    "group:kind-time",
	"invaliddata": "group:kind-data", "unexpectedeof": "group:kind-data",
	"invalidinput": "group:kind-system", "wouldblock": "group:kind-system",
	"interrupted": "group:kind-system", "unsupported": "group:kind-system",
	"outofmemory": "group:kind-system", "deadlock": "group:kind-system",
	"argumentlisttoolong": "group:kind-system", "other": "group:kind-system",
}

// logicWords are the stems of words that mark a broken invariant in the
// program rather than a fault of the disk, the network or the input: an
// assertion, a violated invariant, a bug, a poisoned lock, an arithmetic
// overflow, a slice or borrow misuse, a panic, an unwrap of nothing. Such
// an error is no runbook type; the group pulls towards Unclassified.
var logicWords = map[string]bool{
	"invariant": true, "assert": true, "bug": true,
	"violat": true, "viol": true, "panic": true, "panick": true,
	"unwrap": true, "poison": true, "overflow": true, "underflow": true,
	"slic": true, "borrow": true, "unimplement": true, "reentrant": true,
	"deadlock": true, "impossibl": true,
	// An argument the caller got wrong is API misuse, no runbook type
	// either ("invalid input parameter", "Invalid argument").
	"argument": true, "paramet": true, "parameter": true,
}

// groupLogic is the logic-error group's feature.
const groupLogic = "group:logic"

// wireWords are the stems of words that name a part of a binary encoding:
// a varint, a tag or marker byte, an enum discriminant or variant, a bool
// byte, a trailer, the wire type. An error that names one is about data
// that does not decode, whichever codec printed it.
var wireWords = map[string]bool{
	"varint": true, "discriminant": true, "mark": true, "tag": true,
	"enum": true, "enumer": true, "variant": true, "bool": true, "boolean": true,
	"trail": true, "wir": true, "msgpack": true, "cbor": true, "codec": true,
}

// groupWire is the encoding-parts group's feature.
const groupWire = "group:wire"

// configWords are the stems of the words that name a configuration: an
// error that is about one (a missing password in it, a value it may not
// hold, a client configured wrongly) is the deployment's mistake, no fault
// of the disk, the network or the data. It pulls towards Unclassified.
var configWords = map[string]bool{"config": true, "configur": true}

// groupConfig is the configuration group's feature.
const groupConfig = "group:config"

// abbreviations are the short forms libraries write for words others spell
// out (webpki's CertExpired, a "conn reset", "authn failed"), each mapped
// to the full word's stem, so the short form carries what the full word
// has learnt.
var abbreviations = func() map[string]string {
	full := map[string]string{
		"cert": "certificate", "conn": "connection", "addr": "address",
		"auth": "authentication", "authn": "authentication", "authz": "authorization",
		"sig": "signature", "msg": "message", "req": "request", "resp": "response",
		"err": "error", "cfg": "config", "conf": "config", "db": "database",
		"txn": "transaction", "tx": "transaction", "pwd": "password", "passwd": "password",
		"dir": "directory", "buf": "buffer", "hdr": "header", "param": "parameter",
		"ctx": "context", "seq": "sequence", "ver": "version", "priv": "private",
		"pub": "public", "len": "length", "srv": "server", "svc": "service",
	}
	out := make(map[string]string, len(full))
	for short, long := range full {
		out[short] = long[:stemLen([]byte(long))]
	}
	return out
}()

// lexicon lists, by family group, the words that name what each runbook
// type is about, so a word the catalogue never held
// (a protocol, a codec, a credential scheme a new library names) still
// pulls the way its family does. The lists come from what the words mean,
// not from any batch's misses: they were written before the third blind
// batch was read, and measured on it. Words that belong to more than one
// family (read, write, key, stream, access, permission, invalid, expired,
// token in a parser's sense) are left out.
var lexicon = []struct {
	group string
	words []string
}{
	{"group:lex-storage", []string{
		"file", "filesystem", "disk", "directory", "volume", "mount", "inode",
		"fsync", "fdatasync", "database", "table", "tablespace", "sstable",
		"wal", "journal", "segment", "page", "blob", "bucket", "storage",
		"compaction", "compact", "manifest", "memtable", "checkpoint", "backup",
		"mmap", "quota", "lockfile", "symlink", "ext4", "xfs", "nfs",
	}},
	{"group:lex-format", []string{
		"parse", "parser", "syntax", "decode", "encode", "deserialize",
		"serialize", "deserialization", "serialization", "malformed",
		"utf8", "utf", "ascii", "unicode", "json", "yaml", "toml", "xml",
		"csv", "protobuf", "proto", "bincode", "avro", "thrift", "flatbuffer",
		"base64", "hex", "escape", "character", "eof", "truncated", "checksum",
		"crc", "crc32", "magic", "schema", "literal", "encoding", "compress",
		"decompress", "inflate", "deflate", "zstd", "lz4", "snappy", "gzip",
		"zlib", "brotli", "lzma", "corrupt", "corruption", "unescape",
	}},
	{"group:lex-network", []string{
		"connection", "connect", "socket", "peer", "host", "hostname", "dns",
		"resolve", "resolver", "port", "tcp", "udp", "quic", "tls", "ssl",
		"handshake", "certificate", "http", "https", "http2", "grpc", "rpc",
		"broker", "endpoint", "proxy", "network", "unreachable", "route",
		"gateway", "upstream", "websocket", "alpn", "sni", "goaway",
		"transport", "dial", "remote", "reset", "refused", "ipv4", "ipv6",
	}},
	{"group:lex-auth", []string{
		"password", "credential", "credentials", "jwt", "jws", "jwk", "jwe",
		"oauth", "oidc", "saml", "login", "authenticate", "authentication",
		"authorization", "authorize", "unauthorized", "unauthenticated",
		"forbidden", "principal", "identity", "secret", "apikey", "signature",
		"signed", "hmac", "nonce", "claim", "audience", "issuer", "sasl",
		"kerberos", "ldap", "bearer", "privilege", "acl", "passphrase",
		"decrypt", "encrypt", "cipher", "ciphertext", "keypair", "ed25519",
		"ecdsa", "rsa", "totp", "mfa", "impersonate",
	}},
	{"group:lex-time", []string{
		"timeout", "deadline", "elapsed", "timed", "watchdog", "keepalive",
	}},
}

// stemGroups maps every stem of a meaning group above (logic, wire,
// configuration, the lexicons) to its group: the tokenizer's one lookup per
// word. A stem in two groups is a mistake in the lists and stops the
// program at start.
var stemGroups = func() map[string]string {
	out := map[string]string{}
	add := func(stem, group string) {
		if g, dup := out[stem]; dup && g != group {
			panic("scorer: stem " + stem + " in " + g + " and " + group)
		}
		out[stem] = group
	}
	for w := range logicWords {
		add(w, groupLogic)
	}
	for w := range wireWords {
		add(w, groupWire)
	}
	for w := range configWords {
		add(w, groupConfig)
	}
	for _, f := range lexicon {
		for _, w := range f.words {
			add(w[:stemLen([]byte(w))], f.group)
		}
	}
	return out
}()
