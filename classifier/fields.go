package classifier

import (
	"bytes"
	"encoding/json"
	"strconv"
	"time"
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
		if end == len(msg) || (msg[end] == ':' && (end+1 >= len(msg) || msg[end+1] != ':')) {
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

// messageBody returns the human part of the message: a JSON message's
// fields.message, a logfmt msg, or a text line without its timestamp, level,
// target and trailing key=value fields.
func messageBody(text []byte, sh shape) []byte {
	switch sh {
	case shapeJSON:
		for _, k := range [...]string{`"message"`, `"msg"`} {
			if v := jsonStringValue(text, k); v != nil {
				var s string
				if json.Unmarshal(append(append([]byte{'"'}, v...), '"'), &s) == nil {
					return []byte(s)
				}
				return v
			}
		}
	case shapeLogfmt:
		if v := logfmtValue(text, "msg"); v != nil {
			return unquoteLogfmt(v)
		}
		if v := logfmtValue(text, "message"); v != nil {
			return unquoteLogfmt(v)
		}
	case shapeText:
		return textBody(text)
	}
	return bytes.TrimSpace(text)
}

func unquoteLogfmt(v []byte) []byte {
	if bytes.IndexByte(v, '\\') < 0 {
		return v
	}
	if s, err := strconv.Unquote(`"` + string(v) + `"`); err == nil {
		return []byte(s)
	}
	return v
}

// textBody strips "TIMESTAMP LEVEL target: " and trailing key=value fields
// from the first line of a tracing-style message; other lines are kept.
func textBody(text []byte) []byte {
	text = bytes.TrimSpace(text)
	first, rest := text, []byte(nil)
	if i := bytes.IndexByte(text, '\n'); i >= 0 {
		first, rest = text[:i], text[i:]
	}
	// Skip the prefix up to and including the level token.
	pos, found := 0, false
	for tok := 0; tok < 4 && pos < len(first); tok++ {
		for pos < len(first) && (first[pos] == ' ' || first[pos] == '\t') {
			pos++
		}
		start := pos
		for pos < len(first) && !isSpace(first[pos]) {
			pos++
		}
		if textLevel(bytes.Trim(first[start:pos], "[]():|")) != levelNone {
			found = true
			break
		}
	}
	if !found {
		return text
	}
	body := bytes.TrimLeft(first[pos:], " \t")
	// A tracing target: "stemedb_api::auth:" (one token ending in ':').
	if j := bytes.IndexByte(body, ' '); j > 1 && body[j-1] == ':' && bytes.Contains(body[:j], []byte("::")) {
		body = body[j+1:]
	} else if j < 0 && bytes.HasSuffix(body, []byte(":")) {
		body = nil
	}
	// Trailing key=value fields (values bare or quoted).
	body = bytes.TrimRight(body, " \t")
	for i := 0; i < len(body); i++ {
		if body[i] == ' ' && allFields(body[i+1:]) {
			body = bytes.TrimRight(body[:i], " \t")
			break
		}
	}
	if len(rest) == 0 {
		return body
	}
	out := make([]byte, 0, len(body)+len(rest))
	return append(append(out, body...), rest...)
}

// allFields reports whether b is nothing but key=value fields.
func allFields(b []byte) bool {
	n := 0
	for len(b) > 0 {
		eq := bytes.IndexByte(b, '=')
		if eq <= 0 || !isKey(b[:eq]) {
			return false
		}
		b = b[eq+1:]
		if len(b) > 0 && b[0] == '"' {
			end := -1
			for k := 1; k < len(b); k++ {
				if b[k] == '\\' {
					k++
				} else if b[k] == '"' {
					end = k
					break
				}
			}
			if end < 0 {
				return false
			}
			b = b[end+1:]
		} else {
			k := bytes.IndexByte(b, ' ')
			if k < 0 {
				k = len(b)
			}
			if bytes.IndexByte(b[:k], '"') >= 0 {
				return false
			}
			b = b[k:]
		}
		n++
		if len(b) > 0 && b[0] != ' ' {
			return false
		}
		b = bytes.TrimLeft(b, " ")
	}
	return n > 0
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

func isKey(k []byte) bool {
	for _, c := range k {
		if !(c == '_' || c == '.' || isAlnum(c)) {
			return false
		}
	}
	return true
}

// MessageTime returns the time a message states at its start (tracing
// text, logfmt ts=, JSON "timestamp"), for inputs without journal metadata
// such as plain text; the zero Time when it states none.
func MessageTime(msg []byte) time.Time {
	if bytes.IndexByte(msg, 0x1b) >= 0 {
		msg = StripANSI(nil, msg)
	}
	return leadingTime(msg)
}

// leadingTime parses the message's own timestamp (tracing text, logfmt ts=,
// JSON "timestamp") for inputs without journal metadata.
func leadingTime(text []byte) time.Time {
	t := bytes.TrimSpace(text)
	var cand []byte
	switch {
	case len(t) > 0 && t[0] == '{':
		cand = jsonStringValue(t, `"timestamp"`)
		if cand == nil {
			cand = jsonStringValue(t, `"ts"`)
		}
	case bytes.HasPrefix(t, []byte("ts=")) || bytes.HasPrefix(t, []byte("time=")):
		cand = logfmtValue(t, "ts")
		if cand == nil {
			cand = logfmtValue(t, "time")
		}
	default:
		if i := bytes.IndexByte(t, ' '); i > 0 {
			cand = t[:i]
		} else {
			cand = t
		}
		cand = bytes.Trim(cand, "[]")
	}
	if len(cand) < 19 || cand[0] < '0' || cand[0] > '9' {
		return time.Time{}
	}
	if tm, err := time.Parse(time.RFC3339Nano, string(cand)); err == nil {
		return tm.UTC()
	}
	return time.Time{}
}

// scoreText returns what the fallback scorer reads: a JSON message's raw
// fields.message, a logfmt msg, or a text line's body (no timestamp, level,
// target or trailing fields), followed by the error field's value when the
// line has one the message does not already hold. tracing's usual
// `error!(error = %e, "request failed")` puts the cause in that field, and
// the message alone ("request failed") says nothing of its type. It
// allocates nothing unless both are present (then it appends to dst).
func scoreText(dst, text []byte, sh shape) []byte {
	msg := messageText(text, sh)
	var cause []byte
	for _, k := range [...]string{"error", "err"} {
		if sh == shapeJSON {
			cause = jsonStringValue(text, `"`+k+`"`)
		} else if sh == shapeText {
			// tracing prints a Display value bare: "request failed
			// error=disk full (os error 28) agent_id=a"; the body has lost
			// the trailing fields already.
			if i := bytes.Index(msg, []byte(" "+k+"=")); i >= 0 && keyAt(msg, i+1) && i+len(k)+2 < len(msg) && !wholeQuoted(msg[i+len(k)+2:]) {
				msg, cause = msg[:i], msg[i+len(k)+2:]
			} else {
				cause = logfmtValue(text, k)
			}
		} else {
			cause = logfmtValue(text, k)
		}
		if cause != nil {
			break
		}
	}
	if len(cause) == 0 || hasFold(msg, cause) {
		return msg
	}
	dst = append(dst[:0], msg...)
	if len(dst) > 0 {
		dst = append(dst, ": "...)
	}
	return append(dst, cause...)
}

// hasFold reports whether s contains sub, ignoring ASCII case: an error
// field that repeats the message ("request failed" with error="Request
// failed") adds nothing to score.
func hasFold(s, sub []byte) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for j < len(sub) && lowerASCII(s[i+j]) == lowerASCII(sub[j]) {
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// messageText is the message part of text in its shape.
func messageText(text []byte, sh shape) []byte {
	switch sh {
	case shapeJSON:
		for _, k := range [...]string{`"message"`, `"msg"`} {
			if v := jsonStringValue(text, k); v != nil {
				return v
			}
		}
	case shapeLogfmt:
		if v := logfmtValue(text, "msg"); v != nil {
			return v
		}
	case shapeText:
		// textBody keeps the lines after the first (a panic's message is on
		// the lines after "panicked at"; an error may print a multi-line
		// payload) and drops the first line's timestamp, level and target.
		return textBody(text)
	}
	return text
}
