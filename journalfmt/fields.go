package journalfmt

import "github.com/stemedb/stemewatch/classifier"

// The journal fields a decoder keeps; every other field is skipped.
const (
	fMessage = iota
	fPriority
	fCursor
	fRealtime
	fUnit
	fHost
	fIdent
	nFields
)

// fieldIndex maps a journal field name to one of the kept fields, or -1.
func fieldIndex(name []byte) int {
	if len(name) < 7 || len(name) > 20 {
		return -1
	}
	switch string(name) {
	case "MESSAGE":
		return fMessage
	case "PRIORITY":
		return fPriority
	case "__CURSOR":
		return fCursor
	case "__REALTIME_TIMESTAMP":
		return fRealtime
	case "_SYSTEMD_UNIT":
		return fUnit
	case "_HOSTNAME":
		return fHost
	case "SYSLOG_IDENTIFIER":
		return fIdent
	}
	return -1
}

// setField stores a decoded value in e. v may be nil for an empty value.
func setField(e *classifier.Entry, f int, v []byte) {
	switch f {
	case fMessage:
		if v == nil {
			v = []byte{}
		}
		e.Message = v
	case fPriority:
		e.Priority = ParsePriority(v)
	case fCursor:
		e.Cursor = v
	case fRealtime:
		e.RealtimeUS = parseRealtime(v)
	case fUnit:
		e.Unit = v
	case fHost:
		e.Host = v
	case fIdent:
		e.Identifier = v
	}
}

// ParsePriority returns the syslog priority in a PRIORITY value (0-7 and
// beyond), or -1 when v is absent or not a small decimal number.
func ParsePriority(v []byte) int {
	if len(v) == 0 || len(v) > 3 {
		return -1
	}
	n := 0
	for _, c := range v {
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// parseRealtime returns the microsecond timestamp in v, or 0 when v is not a
// decimal number that fits an int64.
func parseRealtime(v []byte) int64 {
	if len(v) == 0 || len(v) > 18 {
		return 0
	}
	var n int64
	for _, c := range v {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int64(c-'0')
	}
	return n
}
