package journalfmt

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"unicode/utf8"

	"github.com/stemedb/stemewatch/classifier"
)

// maxDepth bounds nesting in skipped JSON values.
const maxDepth = 64

// jsonReader implements NewJSON.
type jsonReader struct {
	lines
	name    string
	entries int
	e       classifier.Entry
	seen    uint32
	scratch [nFields][]byte
	key     []byte
}

// NewJSON returns a Reader of `journalctl -o json` lines read from r; name
// identifies r in errors. Lines over DefaultMaxEntry bytes are reported as
// malformed and skipped.
//
// It is a hand-written scanner, not encoding/json: it walks the top-level
// object, keeps MESSAGE, PRIORITY, __CURSOR, __REALTIME_TIMESTAMP,
// _SYSTEMD_UNIT, _HOSTNAME and SYSLOG_IDENTIFIER, and skips every other
// value after checking only its structure. Strings without escapes are
// returned as slices of the line; escaped strings and byte arrays are decoded
// into per-field scratch buffers, so a steady stream allocates nothing.
//
// Value forms (journalctl, see LIBRARIES.md §2):
//   - a string; escapes are decoded, bytes that are not valid UTF-8 are kept
//     as they are (journalctl never writes them, other tools might);
//   - an array of byte values 0-255 (binary or non-printable data);
//   - null: the value was too large (MESSAGE null sets Entry.Truncated);
//   - an array of the above: a field repeated with different values. The
//     first value is kept, as sd_journal_get_data (and so journalctl -u
//     filters and GetDataValue) returns the first.
//
// Numbers are accepted for any kept field as their literal text (journalctl
// writes strings, other producers may not). A field present twice as a key
// keeps its first value. Raw control bytes inside strings are tolerated.
func NewJSON(r io.Reader, name string) Reader { return newJSON(r, name, DefaultMaxEntry) }

func newJSON(r io.Reader, name string, max int) *jsonReader {
	return &jsonReader{lines: newLines(r, max), name: name}
}

// Next implements Reader.
func (r *jsonReader) Next() (*classifier.Entry, error) {
	r.trimScratch()
	for {
		line, res := r.next()
		switch res {
		case lineTooLong:
			return nil, &MalformedError{Input: r.name, Line: r.line, Err: fmt.Errorf("line longer than %d bytes", r.max)}
		case lineEnd:
			if err := r.readErr(); err != nil {
				return nil, endError(r.name, r.entries, r.line, err)
			}
			return nil, io.EOF
		}
		if isBlank(line) {
			continue
		}
		if err := r.parse(line); err != nil {
			return nil, &MalformedError{Input: r.name, Line: r.line, Err: err}
		}
		r.entries++
		return &r.e, nil
	}
}

// trimScratch gives back scratch buffers grown for one huge value.
func (r *jsonReader) trimScratch() {
	for i := range r.scratch {
		if cap(r.scratch[i]) > shrinkAbove {
			r.scratch[i] = nil
		}
	}
}

func isBlank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\r' {
			return false
		}
	}
	return true
}

// jsonError describes a syntax error at byte offset Off of the line.
type jsonError struct {
	Off  int
	What string
}

func (e *jsonError) Error() string {
	return fmt.Sprintf("invalid JSON at byte %d: %s", e.Off+1, e.What)
}

func errAt(off int, what string) error { return &jsonError{off, what} }

func skipWS(b []byte, i int) int {
	for i < len(b) {
		switch b[i] {
		case ' ', '\t', '\r', '\n':
			i++
		default:
			return i
		}
	}
	return i
}

// parse decodes one line into r.e.
func (r *jsonReader) parse(b []byte) error {
	r.e = classifier.Entry{Priority: -1}
	r.seen = 0
	i := skipWS(b, 0)
	if i >= len(b) || b[i] != '{' {
		return errAt(i, "not a JSON object")
	}
	i = skipWS(b, i+1)
	if i < len(b) && b[i] == '}' {
		i++
	} else {
		for {
			if i >= len(b) || b[i] != '"' {
				return errAt(i, "expected a field name")
			}
			end, esc := scanString(b, i+1)
			if end < 0 {
				return errAt(i, "unterminated string")
			}
			key := b[i+1 : end]
			if esc {
				var err error
				if r.key, err = unescape(r.key[:0], key, i+1); err != nil {
					return err
				}
				key = r.key
			}
			i = skipWS(b, end+1)
			if i >= len(b) || b[i] != ':' {
				return errAt(i, "expected ':'")
			}
			i = skipWS(b, i+1)
			var err error
			if f := fieldIndex(key); f >= 0 && r.seen&(1<<f) == 0 {
				r.seen |= 1 << f
				i, err = r.value(f, b, i, false)
			} else {
				i, err = skipValue(b, i, 0)
			}
			if err != nil {
				return err
			}
			i = skipWS(b, i)
			if i < len(b) && b[i] == ',' {
				i = skipWS(b, i+1)
				continue
			}
			if i < len(b) && b[i] == '}' {
				i++
				break
			}
			return errAt(i, "expected ',' or '}'")
		}
	}
	if i = skipWS(b, i); i != len(b) {
		return errAt(i, "data after the object")
	}
	return nil
}

// value decodes the value at b[i] into field f and returns the offset after it.
func (r *jsonReader) value(f int, b []byte, i int, inArray bool) (int, error) {
	if i >= len(b) {
		return i, errAt(i, "expected a value")
	}
	switch c := b[i]; {
	case c == '"':
		end, esc := scanString(b, i+1)
		if end < 0 {
			return i, errAt(i, "unterminated string")
		}
		v := b[i+1 : end]
		if esc {
			var err error
			if r.scratch[f], err = unescape(r.scratch[f][:0], v, i+1); err != nil {
				return i, err
			}
			v = r.scratch[f]
		}
		setField(&r.e, f, v)
		return end + 1, nil
	case c == '[':
		j := skipWS(b, i+1)
		// A byte array: numbers (a negative one is an error, not a
		// repeated field's value).
		if j < len(b) && (b[j] == ']' || b[j] == '-' || (b[j] >= '0' && b[j] <= '9')) {
			out, next, err := byteArray(r.scratch[f][:0], b, i)
			r.scratch[f] = out
			if err != nil {
				return i, err
			}
			setField(&r.e, f, out)
			return next, nil
		}
		if inArray {
			return i, errAt(j, "expected a byte value")
		}
		// A repeated field: keep the first value, check the others.
		next, err := r.value(f, b, j, true)
		if err != nil {
			return i, err
		}
		for {
			next = skipWS(b, next)
			if next < len(b) && b[next] == ']' {
				return next + 1, nil
			}
			if next >= len(b) || b[next] != ',' {
				return next, errAt(next, "expected ',' or ']'")
			}
			if next, err = skipValue(b, skipWS(b, next+1), 1); err != nil {
				return next, err
			}
		}
	case c == 'n':
		if !bytes.HasPrefix(b[i:], []byte("null")) {
			return i, errAt(i, "invalid literal")
		}
		if f == fMessage {
			r.e.Truncated = true
		}
		return i + 4, nil
	case c == '-' || (c >= '0' && c <= '9'):
		j := skipNumber(b, i)
		setField(&r.e, f, b[i:j])
		return j, nil
	default:
		// true, false or an object: valid JSON, not a journal value. Skip.
		return skipValue(b, i, 1)
	}
}

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

// endError reports an input that ended with a read error (a truncated or
// corrupt gzip stream, an I/O error) after entries good entries.
func endError(name string, entries, line int, err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("%s: input cut short after %d entries (line %d): %w", name, entries, line, err)
	}
	return fmt.Errorf("%s: read failed after %d entries (line %d): %w", name, entries, line, err)
}
