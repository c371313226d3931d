package scorer

import "bytes"

// The byte- and word-level tests the tokenizer reads a message with: what
// a character is, what a host or a quantity looks like, and where a word's
// inflection ends.

func isHex(c byte) bool { return isDigit(c) || ('a' <= c|0x20 && c|0x20 <= 'f') }

func isAlnum(c byte) bool {
	return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9')
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// wordPunct is what word trims off both ends of a word: brackets, quotes
// and punctuation. A table, not bytes.Trim's cutset, which builds its set
// again on every call (a sixth of Predict's time).
var wordPunct = byteSet("()[]{},;\"'`<>|!?*=")

// byteSet marks the bytes of s.
func byteSet(s string) (set [256]bool) {
	for i := 0; i < len(s); i++ {
		set[s[i]] = true
	}
	return set
}

// trim returns w without the bytes of set at either end.
func trim(w []byte, set *[256]bool) []byte {
	for len(w) > 0 && set[w[0]] {
		w = w[1:]
	}
	for len(w) > 0 && set[w[len(w)-1]] {
		w = w[:len(w)-1]
	}
	return w
}

// isHost reports a host name, an IP address or host:port: "node3:18182",
// "10.0.0.7", "api-node-2.stemedb.internal".
func isHost(w []byte) bool {
	for len(w) > 0 && (w[len(w)-1] == '.' || w[len(w)-1] == ':') {
		w = w[:len(w)-1]
	}
	if i := bytes.LastIndexByte(w, ':'); i > 0 && i < len(w)-1 {
		port := w[i+1:]
		for _, c := range port {
			if !isDigit(c) {
				return false
			}
		}
		return isHostName(w[:i])
	}
	return bytes.Count(w, []byte(".")) >= 2 && isHostName(w)
}

func isHostName(w []byte) bool {
	if len(w) == 0 {
		return false
	}
	for _, c := range w {
		if !isAlnum(c) && c != '.' && c != '-' {
			return false
		}
	}
	return true
}

// suffixes stripped by stemLen, longest first.
var suffixes = [...]string{"ations", "ation", "ings", "ing", "ions", "ion", "ed", "er", "es", "s"}

// stemLen returns the length of w's stem: one inflection suffix off, then a
// final 'e', so "decode", "decoded", "decoding" and "decoder" agree.
func stemLen(w []byte) int {
	n := len(w)
	for _, s := range suffixes {
		if n-len(s) >= 3 && string(w[n-len(s):]) == s {
			if s == "s" && w[n-2] == 's' {
				break // "access", "address"
			}
			n -= len(s)
			break
		}
	}
	if n > 3 && w[n-1] == 'e' {
		n--
	}
	return n
}

// quantityMask returns the mask for an alphanumeric run holding a digit:
// maskDuration or maskSize when it is a number followed by a unit of time
// or size, else maskNumber.
func quantityMask(r []byte) string {
	i := 0
	for i < len(r) && isDigit(r[i]) {
		i++
	}
	if i == 0 || i == len(r) || len(r)-i > 4 {
		return maskNumber
	}
	var unit [4]byte
	for k, c := range r[i:] {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		unit[k] = c
	}
	switch string(unit[:len(r)-i]) {
	case "ns", "us", "ms", "s", "sec", "secs", "min", "mins", "h", "hr", "hrs":
		return maskDuration
	case "b", "kb", "kib", "mb", "mib", "gb", "gib", "tb", "tib", "k", "g":
		return maskSize
	}
	return maskNumber
}
