package journalfmt

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/stemedb/stemewatch/classifier"
)

// exportReader implements NewExport.
type exportReader struct {
	window
	name       string
	max        int // cap on one field
	line       int // lines consumed before the window's start
	entries    int
	hasCursors bool
	e          classifier.Entry
}

// NewExport returns a Reader of the journal export format read from r; name
// identifies r in errors. Fields over DefaultMaxEntry bytes are reported as
// malformed and skipped.
//
// The format (`journalctl -o export`, systemd's JOURNAL_EXPORT_FORMATS):
// per entry, text fields "KEY=value\n" and binary fields "KEY\n" + 64-bit
// little-endian length + data + "\n", and a blank line after the entry.
//
// An entry is delivered only when it is well formed. During a vacuum
// journalctl writes entries cut off halfway, without the blank line, then
// garbage (LIBRARIES.md §7). So:
//   - a __CURSOR field that is not an entry's first field, or a second
//     __REALTIME_TIMESTAMP, starts a new entry: the one before was cut off
//     and is reported as malformed;
//   - a line that is not a field (bad name, a binary field whose data is not
//     followed by "\n", a field over the size cap) makes the entry malformed:
//     one MalformedError names the line the entry started on, and reading
//     resumes at the next line starting with "__CURSOR=" (or, in a stream
//     that has shown no cursor, "__REALTIME_TIMESTAMP=").
//
// An entry ended by the end of the input at a field boundary, without its
// blank line, is still delivered. Entries without __CURSOR get an empty
// Cursor. Field values are slices of the read buffer (zero-copy).
func NewExport(r io.Reader, name string) Reader { return newExport(r, name, DefaultMaxEntry) }

func newExport(r io.Reader, name string, max int) *exportReader {
	if max <= 0 {
		max = DefaultMaxEntry
	}
	return &exportReader{window: newWindow(r), name: name, max: max}
}

// entryLimit caps a whole entry held in memory.
func (r *exportReader) entryLimit() int { return r.max + 1<<20 }

// Next implements Reader.
func (r *exportReader) Next() (*classifier.Entry, error) {
	for {
		d := r.data()
		if len(d) == 0 {
			if !r.fill(r.entryLimit()) {
				if err := r.readErr(); err != nil {
					return nil, endError(r.name, r.entries, r.line, err)
				}
				return nil, io.EOF
			}
			continue
		}
		if d[0] == '\n' { // blank lines between entries
			r.start++
			r.line++
			continue
		}
		return r.entry()
	}
}

// consume drops the first n unread bytes, counting their lines.
func (r *exportReader) consume(n int) {
	r.line += bytes.Count(r.buf[r.start:r.start+n], []byte{'\n'})
	r.start += n
}

func (r *exportReader) malformed(line int, format string, args ...any) error {
	return &MalformedError{Input: r.name, Line: line, Err: fmt.Errorf(format, args...)}
}

// entry parses the entry at the window's start. Field positions are kept as
// offsets from the entry start, since filling the window may move it.
func (r *exportReader) entry() (*classifier.Entry, error) {
	startLine := r.line + 1
	limit := r.entryLimit()
	var offs [nFields][2]int
	for i := range offs {
		offs[i][0] = -1
	}
	nf := 0
	seenRT := false
	p := 0
	// more fills the window. It fails with errEnded when the input has
	// ended, or with a MalformedError when the entry is over the limit.
	more := func() error {
		if r.fill(limit) {
			return nil
		}
		if r.err == nil {
			return r.bad(startLine, "entry longer than %d bytes", limit)
		}
		return errEnded
	}
	scanned := 0 // d[p:scanned] is known to hold no newline
	for {
		d := r.data()
		from := max(p, scanned)
		k := bytes.IndexByte(d[from:], '\n')
		if k >= 0 {
			k += from - p
		} else {
			scanned = len(d)
			err := more()
			if err == nil {
				continue
			}
			if err != errEnded {
				return nil, err
			}
			if p == len(d) && nf > 0 && r.readErr() == nil {
				return r.finish(p, &offs) // ended cleanly at a field boundary
			}
			return nil, r.ended(startLine)
		}
		ln := d[p : p+k]
		if k == 0 { // the blank line ending the entry
			return r.finish(p+1, &offs)
		}
		if eq := bytes.IndexByte(ln, '='); eq >= 0 {
			name := ln[:eq]
			if !validName(name) {
				return nil, r.bad(startLine, "line %d is not a field", r.lineAt(p))
			}
			isRT := string(name) == "__REALTIME_TIMESTAMP"
			if nf > 0 && (string(name) == "__CURSOR" || (isRT && seenRT)) {
				// The entry was cut off; the next one starts on this line.
				r.consume(p)
				return nil, r.malformed(startLine, "entry cut off: the next entry starts at line %d", r.line+1)
			}
			if len(ln)-eq-1 > r.max {
				return nil, r.bad(startLine, "field %s longer than %d bytes", name, r.max)
			}
			seenRT = seenRT || isRT
			if string(name) == "__CURSOR" {
				r.hasCursors = true
			}
			if f := fieldIndex(name); f >= 0 && offs[f][0] < 0 {
				offs[f] = [2]int{p + eq + 1, k - eq - 1}
			}
			nf++
			p += k + 1
			continue
		}
		// A binary field: "KEY\n", 8-byte little-endian length, data, "\n".
		if !validName(ln) {
			return nil, r.bad(startLine, "line %d is not a field", r.lineAt(p))
		}
		q := p + k + 1
		for len(d) < q+8 {
			if err := more(); err != nil {
				if err == errEnded {
					err = r.ended(startLine)
				}
				return nil, err
			}
			d = r.data()
		}
		n := binary.LittleEndian.Uint64(d[q : q+8])
		if n > uint64(r.max) {
			return nil, r.bad(startLine, "field %s is %d bytes long, over the %d-byte limit", d[p:p+k], n, r.max)
		}
		end := q + 8 + int(n) // where the terminating '\n' must be
		for len(d) <= end {
			if err := more(); err != nil {
				if err == errEnded {
					err = r.ended(startLine)
				}
				return nil, err
			}
			d = r.data()
		}
		if d[end] != '\n' {
			return nil, r.bad(startLine, "binary field %s at line %d is not followed by a newline", d[p:p+k], r.lineAt(p))
		}
		if f := fieldIndex(d[p : p+k]); f >= 0 && offs[f][0] < 0 {
			offs[f] = [2]int{q + 8, int(n)}
		}
		nf++
		p = end + 1
	}
}

var errEnded = errors.New("input ended")

// ended reports an entry cut off by the end of the input.
func (r *exportReader) ended(startLine int) error {
	r.consume(r.end - r.start)
	if err := r.readErr(); err != nil {
		return endError(r.name, r.entries, r.line, err)
	}
	return r.malformed(startLine, "input ends inside an entry")
}

// lineAt returns the line number of offset p of the unread data.
func (r *exportReader) lineAt(p int) int {
	return r.line + 1 + bytes.Count(r.buf[r.start:r.start+p], []byte{'\n'})
}

// finish delivers the entry whose bytes are the first n unread bytes.
func (r *exportReader) finish(n int, offs *[nFields][2]int) (*classifier.Entry, error) {
	d := r.data()
	r.e = classifier.Entry{Priority: -1}
	for f, o := range offs {
		if o[0] >= 0 {
			setField(&r.e, f, d[o[0]:o[0]+o[1]])
		}
	}
	r.consume(n)
	r.entries++
	return &r.e, nil
}

// bad reports a malformed entry starting at startLine and resynchronises:
// it skips the entry's first line, then every line up to the next one that
// starts an entry.
func (r *exportReader) bad(startLine int, format string, args ...any) error {
	err := r.malformed(startLine, format, args...)
	r.resync()
	return err
}

var (
	markCursor   = []byte("__CURSOR=")
	markRealtime = []byte("__REALTIME_TIMESTAMP=")
)

func (r *exportReader) isMark(d []byte) bool {
	return bytes.HasPrefix(d, markCursor) || (!r.hasCursors && bytes.HasPrefix(d, markRealtime))
}

func (r *exportReader) resync() {
	limit := r.entryLimit()
	midLine := true // the window starts inside the bad entry's first line
	for {
		d := r.data()
		if !midLine {
			if len(d) < len(markRealtime) && r.fill(limit) {
				continue
			}
			d = r.data()
			if len(d) == 0 || r.isMark(d) {
				return
			}
		}
		i := bytes.IndexByte(d, '\n')
		if i < 0 {
			r.discard()
			midLine = true
			if !r.fill(limit) {
				return
			}
			continue
		}
		r.start += i + 1
		r.line++
		midLine = false
	}
}

// validName reports whether b is a journal field name: upper-case letters,
// digits and underscores, not starting with a digit.
func validName(b []byte) bool {
	if len(b) == 0 || len(b) > 256 || (b[0] >= '0' && b[0] <= '9') {
		return false
	}
	for _, c := range b {
		if (c < 'A' || c > 'Z') && (c < '0' || c > '9') && c != '_' {
			return false
		}
	}
	return true
}
