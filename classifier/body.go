package classifier

// The message's human part: its body without header and fields, the text
// the rules and the fallback read, and the time it states.

import (
	"bytes"
	"encoding/json"
	"strconv"
	"time"
)

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
	if j := bytes.IndexByte(body, ' '); j > 1 && body[j-1] == ':' && tracingTarget(body[:j-1]) {
		body = body[j+1:]
	} else if j < 0 && bytes.HasSuffix(body, []byte(":")) {
		body = nil
	}
	// Trailing key=value fields (values bare or quoted). A message that is
	// nothing but key=value pairs ("ID=CRYPTO-eaz3T Message=Errors.Config")
	// is read whole: there is no prose to cut fields from, and its JSON
	// rendering reads it whole too. Nor do fields follow a comma: "out of
	// range, offset=4194304, size=4096, len=4190000" is a list in prose.
	body = bytes.TrimRight(body, " \t")
	if !allFields(body) {
		for i := 0; i < len(body); i++ {
			if body[i] == ' ' && (i == 0 || body[i-1] != ',') && allFields(body[i+1:]) {
				body = bytes.TrimRight(body[:i], " \t")
				break
			}
		}
	}
	if len(rest) == 0 {
		return body
	}
	out := make([]byte, 0, len(body)+len(rest))
	return append(append(out, body...), rest...)
}

// tracingTarget reports whether tok, the first word after the level with
// its ':' cut off, is a tracing target: a Rust module path. One with "::"
// ("stemedb_api::auth") is; so is a crate's root module, whose target is
// the crate's name alone ("stemedb_api", from an event in main.rs), when
// it has an underscore, which prose before a colon ("compaction:") does
// not. Left in, a crate's name would be read as words of the message,
// and "stemedb_api: request failed: ..." would not be seen as the
// service's context.
func tracingTarget(tok []byte) bool {
	if bytes.Contains(tok, []byte("::")) {
		return true
	}
	if len(tok) == 0 || !(tok[0] == '_' || ('a' <= tok[0]|0x20 && tok[0]|0x20 <= 'z')) {
		return false
	}
	for _, c := range tok {
		if !(c == '_' || ('a' <= c|0x20 && c|0x20 <= 'z') || ('0' <= c && c <= '9')) {
			return false
		}
	}
	return bytes.IndexByte(tok, '_') >= 0
}

// allFields reports whether b is nothing but key=value fields. A bare value
// ending in a comma or a semicolon is prose, not a field: tracing separates
// fields with spaces alone ("out of range, offset=4194304, size=4096"); so
// is one that joins more pairs with commas ("hostnqn=a,nqn=b,transport=tcp",
// a connection string).
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
			if bytes.IndexByte(b[:k], '"') >= 0 || k > 0 && (b[k-1] == ',' || b[k-1] == ';') || pairsAfterComma(b[:k]) {
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

// pairsAfterComma reports whether v holds a comma with a '=' after it.
func pairsAfterComma(v []byte) bool {
	c := bytes.IndexByte(v, ',')
	return c >= 0 && bytes.IndexByte(v[c:], '=') >= 0
}
