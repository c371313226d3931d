package classifier

import "bytes"

type level int8

const (
	levelNone level = iota
	levelTrace
	levelDebug
	levelInfo
	levelNotice
	levelWarn
	levelError
	levelCritical
	levelAlert
	levelFatal
	levelEmerg
	levelPanic
)

var levelNames = [...]string{"", "TRACE", "DEBUG", "INFO", "NOTICE", "WARN", "ERROR", "CRITICAL", "ALERT", "FATAL", "EMERG", "PANIC"}

func (l level) String() string { return levelNames[l] }

// priorityLevel maps journald PRIORITY (syslog severity) to a level.
var priorityLevel = [8]level{levelEmerg, levelAlert, levelCritical, levelError, levelWarn, levelNotice, levelInfo, levelDebug}

// shape is the message's structure, which says where its level and body are.
type shape int8

const (
	shapeText   shape = iota // tracing/env_logger text, or anything else
	shapeJSON                // {"level":"ERROR","fields":{"message":...}}
	shapeLogfmt              // level=error msg="..."
	shapePanic               // a raw Rust panic from stderr
)

// parseLevel reads a level word in any case: "error", "ERR", "Warning", "E".
func parseLevel(w []byte) level {
	if len(w) == 0 || len(w) > 9 {
		return levelNone
	}
	var buf [9]byte
	for i, c := range w {
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		buf[i] = c
	}
	switch string(buf[:len(w)]) {
	case "ERROR", "ERR", "E":
		return levelError
	case "WARN", "WARNING", "W":
		return levelWarn
	case "INFO", "I":
		return levelInfo
	case "DEBUG", "D":
		return levelDebug
	case "TRACE", "T":
		return levelTrace
	case "NOTICE":
		return levelNotice
	case "CRITICAL", "CRIT":
		return levelCritical
	case "ALERT":
		return levelAlert
	case "FATAL":
		return levelFatal
	case "EMERG", "EMERGENCY":
		return levelEmerg
	case "PANIC":
		return levelPanic
	}
	return levelNone
}

// textLevel is parseLevel for free text, where only the upper-case spelling
// counts ("ERROR", "WARN"): "Error: x" at the start of a sentence is not a
// level. Single letters do not count either.
func textLevel(w []byte) level {
	if len(w) < 3 {
		return levelNone
	}
	for _, c := range w {
		if c < 'A' || c > 'Z' {
			return levelNone
		}
	}
	return parseLevel(w)
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// detectLevel finds the entry's own level in its message, and its shape.
func detectLevel(msg []byte) (level, shape) {
	i := 0
	for i < len(msg) && isSpace(msg[i]) {
		i++
	}
	m := msg[i:]
	if len(m) > 0 && m[0] == '{' {
		for _, k := range [...]string{`"level"`, `"severity"`, `"lvl"`} {
			if v := jsonStringValue(m, k); v != nil {
				return parseLevel(v), shapeJSON
			}
		}
		return levelNone, shapeJSON
	}
	if l := leadingTextLevel(m); l != levelNone {
		return l, shapeText
	}
	if v := logfmtValue(m, "level"); v != nil {
		if l := parseLevel(v); l != levelNone {
			return l, shapeLogfmt
		}
	}
	if bytes.Contains(m, []byte("panicked at")) {
		return levelPanic, shapePanic
	}
	if bytes.HasPrefix(m, []byte("fatal runtime error:")) {
		return levelFatal, shapePanic
	}
	return levelNone, shapeText
}

// leadingTextLevel looks for an upper-case level word among the first tokens
// of the first line: first, or after tokens that look like a timestamp, a
// date, a pid or a bracketed prefix ("2026-11-25T09:46:40Z  ERROR target:",
// "[2026-11-25 09:46:40] [ERROR]", "<3>ERROR").
func leadingTextLevel(m []byte) level {
	const maxTokens = 4
	pos := 0
	for tok := 0; tok < maxTokens && pos < len(m) && pos < 96; tok++ {
		for pos < len(m) && (m[pos] == ' ' || m[pos] == '\t') {
			pos++
		}
		start := pos
		for pos < len(m) && !isSpace(m[pos]) {
			pos++
		}
		w := m[start:pos]
		if len(w) == 0 {
			return levelNone
		}
		if w[0] == '<' { // syslog "<3>" prefix
			if j := bytes.IndexByte(w, '>'); j > 0 {
				w = w[j+1:]
				if len(w) == 0 {
					continue
				}
			}
		}
		core := bytes.Trim(w, "[]():|")
		if l := textLevel(core); l != levelNone {
			return l
		}
		// Only timestamp-like or bracketed tokens may precede the level.
		if c := w[0]; !(c >= '0' && c <= '9') && c != '[' && c != '<' {
			return levelNone
		}
	}
	return levelNone
}
