package classifier

import (
	"bytes"
	"encoding/json"
)

// StripANSI appends msg to dst without ANSI escape sequences (CSI "ESC [
// ... final", OSC "ESC ] ... BEL/ST", and two-byte escapes).
func StripANSI(dst, msg []byte) []byte {
	for i := 0; i < len(msg); {
		j := bytes.IndexByte(msg[i:], 0x1b)
		if j < 0 {
			return append(dst, msg[i:]...)
		}
		dst = append(dst, msg[i:i+j]...)
		i += j + 1
		if i >= len(msg) {
			break
		}
		switch msg[i] {
		case '[': // CSI: parameters and intermediates, then a final byte 0x40-0x7e
			i++
			for i < len(msg) && (msg[i] < 0x40 || msg[i] > 0x7e) {
				i++
			}
			i++
		case ']': // OSC: until BEL or ESC \
			i++
			for i < len(msg) && msg[i] != 0x07 && msg[i] != 0x1b {
				i++
			}
			if i < len(msg) && msg[i] == 0x1b {
				i++
			}
			i++
		default:
			i++
		}
	}
	return dst
}

func isIdent(c byte) bool {
	return c == '_' || c == '.' || c == '-' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9')
}

// keyAt reports whether key starts at msg[i] as a whole key: not preceded by
// an identifier character.
func keyAt(msg []byte, i int) bool {
	return i == 0 || !isIdent(msg[i-1])
}

// fieldValue finds key as `key=value`, `key="value"`, `"key":"value"`,
// `"key": value`, and returns the value (without quotes or escapes
// resolved), or nil.
func fieldValue(msg []byte, key string) []byte {
	for off := 0; off < len(msg); {
		i := bytes.Index(msg[off:], []byte(key))
		if i < 0 {
			return nil
		}
		i += off
		off = i + len(key)
		if !keyAt(msg, i) || off >= len(msg) {
			continue
		}
		j := off
		switch msg[j] {
		case '=':
			if i > 0 && msg[i-1] == '"' {
				continue
			}
			if v := scanValue(msg[j+1:]); v != nil {
				return v
			}
		case '"':
			if i == 0 || msg[i-1] != '"' {
				continue
			}
			j++
			for j < len(msg) && msg[j] == ' ' {
				j++
			}
			if j >= len(msg) || msg[j] != ':' {
				continue
			}
			j++
			for j < len(msg) && msg[j] == ' ' {
				j++
			}
			if v := scanValue(msg[j:]); v != nil {
				return v
			}
		}
	}
	return nil
}

// scanValue reads a quoted or bare value at the start of b.
func scanValue(b []byte) []byte {
	if len(b) == 0 {
		return nil
	}
	if b[0] == '"' {
		for k := 1; k < len(b); k++ {
			switch b[k] {
			case '\\':
				k++
			case '"':
				if k == 1 {
					return nil
				}
				return b[1:k]
			}
		}
		return nil
	}
	k := 0
	for k < len(b) && !isSpace(b[k]) && b[k] != '"' && b[k] != ',' && b[k] != '}' && b[k] != ']' && b[k] != '\\' {
		k++
	}
	if k == 0 || (k == 4 && string(b[:4]) == "null") {
		return nil
	}
	return b[:k]
}

// wholeQuoted reports whether v is one quoted string: a value tracing
// printed with Debug (`error="disk full"`). A Display value that merely
// starts with a quote (`error="replication_factor" is a required
// property`) is not, and is read bare like any other.
func wholeQuoted(v []byte) bool {
	if len(v) < 2 || v[0] != '"' {
		return false
	}
	q := scanValue(v) // the quoted content, escapes unresolved
	return q != nil && len(bytes.TrimRight(v[len(q)+2:], " ")) == 0
}

// jsonStringValue finds `"key":"value"` (spaces allowed) and returns value.
func jsonStringValue(msg []byte, quotedKey string) []byte {
	for off := 0; off < len(msg); {
		i := bytes.Index(msg[off:], []byte(quotedKey))
		if i < 0 {
			return nil
		}
		j := off + i + len(quotedKey)
		off = j
		for j < len(msg) && msg[j] == ' ' {
			j++
		}
		if j >= len(msg) || msg[j] != ':' {
			continue
		}
		j++
		for j < len(msg) && msg[j] == ' ' {
			j++
		}
		if j < len(msg) && msg[j] == '"' {
			return scanValue(msg[j:])
		}
	}
	return nil
}

// logfmtValue finds `key=value` as a whole key.
func logfmtValue(msg []byte, key string) []byte {
	for off := 0; off < len(msg); {
		i := bytes.Index(msg[off:], []byte(key))
		if i < 0 {
			return nil
		}
		i += off
		off = i + len(key)
		if keyAt(msg, i) && off < len(msg) && msg[off] == '=' {
			return scanValue(msg[off+1:])
		}
	}
	return nil
}

var statusKeys = [...]string{"http_status", "status_code", "status"}

// statusValue finds an HTTP status (100-599) under one of statusKeys.
func statusValue(msg []byte) int {
	for _, k := range statusKeys {
		v := fieldValue(msg, k)
		if len(v) != 3 {
			continue
		}
		n := 0
		ok := true
		for _, c := range v {
			if c < '0' || c > '9' {
				ok = false
				break
			}
			n = n*10 + int(c-'0')
		}
		if ok && n >= 100 && n <= 599 {
			return n
		}
	}
	return 0
}

var typeFields = [...]string{"error_type", "error.kind", "error_kind"}

// explicitType returns the *Error type the service names itself, or nil:
// the runbook's "Error: StorageError: ..." form, an error_type / error.kind
// field, or an `error` field whose value starts "XxxError:"
// (error="TimeoutError: ..."). Any CamelCase name ending in Error counts
// there, so new types are discovered as the service emits them. A *Error
// word anywhere else ("LsmTreeError: Io(..)", "NetworkError: connection
// refused" from a library) is evidence for the rules and the fallback, not
// a type.
func explicitType(msg []byte) []byte {
	for _, k := range typeFields {
		if v := fieldValue(msg, k); v != nil && isTypeName(v) {
			return v
		}
	}
	if v := fieldValue(msg, "error"); v != nil {
		if i := bytes.IndexByte(v, ':'); i > 0 && isTypeName(v[:i]) && (i+1 >= len(v) || v[i+1] != ':') {
			return v[:i]
		}
	}
	const lead = "Error: "
	for off := 0; off < len(msg); {
		i := bytes.Index(msg[off:], []byte(lead))
		if i < 0 {
			return nil
		}
		s := off + i + len(lead)
		off = s
		if p := s - len(lead) - 1; p >= 0 && isAlnum(msg[p]) {
			continue // "IoError: ", "DecodeError: "
		}
		end := s
		for end < len(msg) && isAlnum(msg[end]) {
			end++
		}
		name := msg[s:end]
		if !isTypeName(name) {
			continue
		}
		// The colon is part of the form: "HPKE Error: OpenError" (a
		// library's Debug name at the end of its message) names no type,
		// and a text line's end is no colon, as a JSON value's closing
		// quote is not, so every shape reads it alike.
		if end < len(msg) && msg[end] == ':' && (end+1 >= len(msg) || msg[end+1] != ':') {
			return name
		}
	}
	return nil
}

func isAlnum(c byte) bool {
	return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9')
}

func isTypeName(v []byte) bool {
	if len(v) <= len("Error") || v[0] < 'A' || v[0] > 'Z' || !bytes.HasSuffix(v, []byte("Error")) {
		return false
	}
	for _, c := range v {
		if !isAlnum(c) {
			return false
		}
	}
	return true
}

// Unescape resolves backslash escapes in an extracted quoted value
// (`agent \"q\"` -> `agent "q"`), returning v itself when it has none.
func Unescape(v []byte) []byte {
	if bytes.IndexByte(v, '\\') < 0 {
		return v
	}
	var s string
	if json.Unmarshal(append(append([]byte{'"'}, v...), '"'), &s) == nil {
		return []byte(s)
	}
	return unquoteLogfmt(v)
}
