package journal

import (
	"strconv"
	"strings"
)

// seqPos is an entry's place in journald's sequence: the seqnum ID (s=) and
// the sequence number (i=, hex) of its cursor. Numbers are comparable only
// within one seqnum ID.
type seqPos struct {
	id  string
	seq uint64
}

// parseCursor extracts s= and i= from a cursor such as
// "s=bc3e...;i=15c;b=...;m=...;t=...;x=...". ok is false for anything else
// (text input cursors "line:N", damaged cursors).
func parseCursor(c string) (p seqPos, ok bool) {
	var haveS, haveI bool
	for c != "" {
		var kv string
		kv, c, _ = strings.Cut(c, ";")
		k, v, found := strings.Cut(kv, "=")
		if !found {
			return seqPos{}, false
		}
		switch k {
		case "s":
			if len(v) != 32 {
				return seqPos{}, false
			}
			p.id, haveS = v, true
		case "i":
			n, err := strconv.ParseUint(v, 16, 64)
			if err != nil {
				return seqPos{}, false
			}
			p.seq, haveI = n, true
		}
	}
	return p, haveS && haveI
}

// lostBetween returns how many sequence numbers lie strictly between a and
// b, when both are of the same seqnum ID and b is after a; else 0, false.
func lostBetween(a, b seqPos) (int64, bool) {
	if a.id == "" || a.id != b.id || b.seq <= a.seq {
		return 0, false
	}
	return int64(b.seq - a.seq - 1), true
}

// sameEntry reports whether two cursors name the same entry: equal, or
// the same seqnum ID and number (an entry may have several cursor strings).
func sameEntry(a, b string) bool {
	if a == b {
		return true
	}
	pa, ok1 := parseCursor(a)
	pb, ok2 := parseCursor(b)
	return ok1 && ok2 && pa == pb
}
