package journalfmt

import (
	"bytes"
	"errors"
	"fmt"
	"io"

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
	// pretty reads `journalctl -o json-pretty`: an object over many
	// lines, from a line "{" to a line "}", gathered in obj.
	pretty bool
	obj    []byte
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

// newJSONPretty reads `journalctl -o json-pretty`: each entry an object
// from a line "{" to a line "}" (JSON lines are read as well).
func newJSONPretty(r io.Reader, name string, max int) *jsonReader {
	return &jsonReader{lines: newLines(r, max), name: name, pretty: true}
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
		at, gathered := r.line, false
		if r.pretty && isBrace(line, '{') {
			var err error
			if line, err = r.gather(line); err != nil {
				return nil, &MalformedError{Input: r.name, Line: at, Err: err}
			}
			gathered = true
		}
		if err := r.parse(line); err != nil {
			var je *jsonError
			if gathered && errors.As(err, &je) {
				// Name the line of the object the error is on.
				nl := bytes.Count(line[:min(je.Off, len(line))], []byte{'\n'})
				col := je.Off - (bytes.LastIndexByte(line[:min(je.Off, len(line))], '\n') + 1)
				err = fmt.Errorf("line %d: %w", at+nl, &jsonError{col, je.What})
			}
			return nil, &MalformedError{Input: r.name, Line: at, Err: err}
		}
		r.entries++
		return &r.e, nil
	}
}

// gather joins the lines of a json-pretty object, from its first line
// ("{", given) to its last ("}"), into r.obj. A line over the size cap,
// an object over it, or an input ending inside the object is an error;
// the lines up to the object's "}" are then skipped.
func (r *jsonReader) gather(first []byte) ([]byte, error) {
	if cap(r.obj) > shrinkAbove {
		r.obj = nil // grown for one huge object: give it back
	}
	r.obj = append(r.obj[:0], first...)
	var err error
	for {
		line, res := r.next()
		switch res {
		case lineEnd:
			if err == nil {
				err = fmt.Errorf("object not closed before the end of the input")
			}
			return nil, err
		case lineTooLong:
			if err == nil {
				err = fmt.Errorf("line %d longer than %d bytes", r.line, r.max)
			}
			continue
		}
		if err == nil {
			r.obj = append(append(r.obj, '\n'), line...)
			if len(r.obj) > r.max {
				err = fmt.Errorf("object longer than %d bytes", r.max)
			}
		}
		if isBrace(line, '}') {
			if err != nil {
				return nil, err
			}
			return r.obj, nil
		}
	}
}

// isBrace reports whether line is the brace c alone (a trailing "\r"
// allowed), as json-pretty opens and closes an entry.
func isBrace(line []byte, c byte) bool {
	line = bytes.TrimRight(line, "\r")
	return len(line) == 1 && line[0] == c
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

// endError reports an input that ended with a read error (a truncated or
// corrupt gzip stream, an I/O error) after entries good entries.
func endError(name string, entries, line int, err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("%s: input cut short after %d entries (line %d): %w", name, entries, line, err)
	}
	return fmt.Errorf("%s: read failed after %d entries (line %d): %w", name, entries, line, err)
}
