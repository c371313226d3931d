package journalfmt

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"unicode/utf8"
)

// The scanning under jsonReader.parse: JSON strings, numbers, byte arrays
// and skipped values, read in place without building a document.

// byteArray decodes the array of byte values at b[i] == '[' appending to out.
func byteArray(out, b []byte, i int) ([]byte, int, error) {
	p := skipWS(b, i+1)
	if p < len(b) && b[p] == ']' {
		return out, p + 1, nil
	}
	for {
		v, digits := 0, 0
		for p < len(b) && b[p] >= '0' && b[p] <= '9' && digits < 4 {
			v = v*10 + int(b[p]-'0')
			p++
			digits++
		}
		if digits == 0 || v > 255 {
			return out, p, errAt(p, "expected a byte value 0-255")
		}
		out = append(out, byte(v))
		if p < len(b) && b[p] == ',' {
			p++
			if p < len(b) && b[p] >= '0' && b[p] <= '9' {
				continue
			}
			p = skipWS(b, p)
			continue
		}
		p = skipWS(b, p)
		if p < len(b) && b[p] == ']' {
			return out, p + 1, nil
		}
		if p < len(b) && b[p] == ',' {
			p = skipWS(b, p+1)
			continue
		}
		return out, p, errAt(p, "expected ',' or ']' in a byte array")
	}
}

// stringEnd returns the index of the quote closing the string whose content
// starts at b[j], or -1.
func stringEnd(b []byte, j int) int {
	end, _ := scanString(b, j)
	return end
}

// scanString returns the index of the quote closing the string whose
// content starts at b[j] (-1 when unterminated), and whether the string
// holds a backslash, that is, escapes to decode. It looks at 16 bytes at a
// time (then 8) for a quote or a backslash: journal strings are mostly short (field
// names, IDs), where a call to bytes.IndexByte costs more than the search,
// and messages are full of escaped quotes, where it would stop at each.
func scanString(b []byte, j int) (int, bool) {
	esc := false
	k := j
	for {
		// 16 bytes a turn while they last (the loop's own cost is half of
		// the work at 8), then 8.
		for k+16 <= len(b) {
			w := b[k : k+16 : k+16]
			if m := quoteOrBackslash(binary.LittleEndian.Uint64(w)); m != 0 {
				k += bits.TrailingZeros64(m) >> 3
				goto found
			}
			if m := quoteOrBackslash(binary.LittleEndian.Uint64(w[8:])); m != 0 {
				k += 8 + bits.TrailingZeros64(m)>>3
				goto found
			}
			k += 16
		}
		for k+8 <= len(b) {
			if m := quoteOrBackslash(binary.LittleEndian.Uint64(b[k:])); m != 0 {
				k += bits.TrailingZeros64(m) >> 3
				break
			}
			k += 8
		}
	found:
		for k < len(b) && b[k] != '"' && b[k] != '\\' {
			k++
		}
		if k >= len(b) {
			return -1, esc
		}
		if b[k] == '"' {
			return k, esc
		}
		esc = true
		k += 2 // the backslash and the byte it escapes
	}
}

// quoteOrBackslash has the high bit set in each byte of x that may be '"'
// or '\\'; the lowest set bit is exact (bits above a match may be false).
func quoteOrBackslash(x uint64) uint64 {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	q := x ^ (lo * '"')
	s := x ^ (lo * '\\')
	return ((q-lo)&^q | (s-lo)&^s) & hi
}

func skipNumber(b []byte, i int) int {
	for i < len(b) {
		switch b[i] {
		case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-', '+', '.', 'e', 'E':
			i++
		default:
			return i
		}
	}
	return i
}

// skipValue checks the structure of the value at b[i] and returns the offset
// after it.
func skipValue(b []byte, i int, depth int) (int, error) {
	if i >= len(b) {
		return i, errAt(i, "expected a value")
	}
	switch c := b[i]; {
	case c == '"':
		end := stringEnd(b, i+1)
		if end < 0 {
			return i, errAt(i, "unterminated string")
		}
		return end + 1, nil
	case c == '[':
		if depth >= maxDepth {
			return i, errAt(i, "nested too deeply")
		}
		p := skipWS(b, i+1)
		if p < len(b) && b[p] == ']' {
			return p + 1, nil
		}
		for {
			// Fast path for byte arrays: digits and commas.
			for p < len(b) && b[p] >= '0' && b[p] <= '9' {
				q := p + 1
				for q < len(b) && b[q] >= '0' && b[q] <= '9' {
					q++
				}
				if q < len(b) && b[q] == ',' {
					p = q + 1
					continue
				}
				break
			}
			var err error
			if p, err = skipValue(b, skipWS(b, p), depth+1); err != nil {
				return p, err
			}
			p = skipWS(b, p)
			if p < len(b) && b[p] == ',' {
				p = skipWS(b, p+1)
				continue
			}
			if p < len(b) && b[p] == ']' {
				return p + 1, nil
			}
			return p, errAt(p, "expected ',' or ']'")
		}
	case c == '{':
		if depth >= maxDepth {
			return i, errAt(i, "nested too deeply")
		}
		p := skipWS(b, i+1)
		if p < len(b) && b[p] == '}' {
			return p + 1, nil
		}
		for {
			if p >= len(b) || b[p] != '"' {
				return p, errAt(p, "expected a field name")
			}
			end := stringEnd(b, p+1)
			if end < 0 {
				return p, errAt(p, "unterminated string")
			}
			p = skipWS(b, end+1)
			if p >= len(b) || b[p] != ':' {
				return p, errAt(p, "expected ':'")
			}
			var err error
			if p, err = skipValue(b, skipWS(b, p+1), depth+1); err != nil {
				return p, err
			}
			p = skipWS(b, p)
			if p < len(b) && b[p] == ',' {
				p = skipWS(b, p+1)
				continue
			}
			if p < len(b) && b[p] == '}' {
				return p + 1, nil
			}
			return p, errAt(p, "expected ',' or '}'")
		}
	case c == 'n':
		if bytes.HasPrefix(b[i:], []byte("null")) {
			return i + 4, nil
		}
	case c == 't':
		if bytes.HasPrefix(b[i:], []byte("true")) {
			return i + 4, nil
		}
	case c == 'f':
		if bytes.HasPrefix(b[i:], []byte("false")) {
			return i + 5, nil
		}
	case c == '-' || (c >= '0' && c <= '9'):
		return skipNumber(b, i), nil
	}
	return i, errAt(i, "invalid value")
}

// unescape appends the decoded JSON string content s (which has no
// unescaped quote) to out. off is s's offset in the line, for errors.
func unescape(out, s []byte, off int) ([]byte, error) {
	for len(s) > 0 {
		k := bytes.IndexByte(s, '\\')
		if k < 0 {
			return append(out, s...), nil
		}
		out = append(out, s[:k]...)
		off += k
		s = s[k:]
		if len(s) < 2 {
			return out, errAt(off, "invalid escape")
		}
		n := 2
		switch s[1] {
		case '"', '\\', '/':
			out = append(out, s[1])
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, ok := hex4(s[2:])
			if !ok {
				return out, errAt(off, "invalid \\u escape")
			}
			n = 6
			if r >= 0xD800 && r < 0xDC00 {
				// A high surrogate: combine with a following low one.
				if len(s) >= 12 && s[6] == '\\' && s[7] == 'u' {
					if r2, ok := hex4(s[8:]); ok && r2 >= 0xDC00 && r2 < 0xE000 {
						r = 0x10000 + (r-0xD800)<<10 + (r2 - 0xDC00)
						n = 12
					}
				}
			}
			if r >= 0xD800 && r < 0xE000 {
				r = utf8.RuneError // a lone surrogate, as encoding/json does
			}
			out = utf8.AppendRune(out, r)
		default:
			return out, errAt(off, "invalid escape")
		}
		s = s[n:]
		off += n
	}
	return out, nil
}

func hex4(s []byte) (rune, bool) {
	if len(s) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range s[:4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c -= 'a' - 10
		case c >= 'A' && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}
