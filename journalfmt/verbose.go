package journalfmt

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/stemedb/stemewatch/classifier"
)

// verboseReader implements `journalctl -o verbose`: per entry, a header
// line with the time and the cursor in brackets,
//
//	Thu 2026-12-03 07:06:49.934214 UTC [s=…;i=3;b=…;m=…;t=661b56746d70d;x=…]
//
// then one line per field, indented by four spaces ("    NAME=value"). A
// value with newlines goes on in lines indented past its "NAME=" (four
// spaces, the name and one more), and a value journalctl did not print
// (not printable without --all: ANSI colours, control bytes) is a stand-in,
// "NAME=[56B blob data]".
//
// The cursor is the entry's Cursor and its t= (the realtime in hex
// microseconds) its RealtimeUS, so no zone is assumed. A MESSAGE stand-in
// gives an entry without a message, Truncated, as JSON's null does. A line
// that is none of these, or one over the size cap, makes its entry
// malformed: it is reported once, naming the entry's first line, and
// reading resumes at the next header.
type verboseReader struct {
	lines
	name    string
	entries int
	blobs   int

	e       classifier.Entry
	start   int // the line of the entry being read
	have    bool
	bad     error // the entry is malformed: why
	hasMsg  bool  // a MESSAGE field was read (it may be empty)
	msgBlob bool  // and it was journalctl's stand-in for a value not shown
	lastF   int   // the field the last field line set (-1: none kept)
	indent  int   // the indentation of that field's continuation lines

	cursor, msg, unit, host, ident, prio []byte
	// The cursor of a header read past the entry before it, and the
	// header's line (0: none).
	pending     []byte
	pendingLine int
}

func newVerbose(r io.Reader, name string, max int) *verboseReader {
	return &verboseReader{lines: newLines(r, max), name: name, lastF: -1}
}

// Next implements Reader.
func (r *verboseReader) Next() (*classifier.Entry, error) {
	for {
		if r.pendingLine > 0 {
			r.begin(r.pending, r.pendingLine)
			r.pendingLine = 0
			continue
		}
		l, res := r.next()
		switch res {
		case lineTooLong:
			if r.have {
				r.malformed(fmt.Errorf("line %d longer than %d bytes", r.line, r.max))
				continue
			}
			return nil, &MalformedError{Input: r.name, Line: r.line, Err: fmt.Errorf("line longer than %d bytes", r.max)}
		case lineEnd:
			if err := r.readErr(); err != nil {
				return nil, endError(r.name, r.entries, r.line, err)
			}
			if r.have {
				return r.finish()
			}
			return nil, io.EOF
		}
		line := trimCR(l)
		cursor := verboseHeader(line)
		switch {
		case cursor != nil:
			if r.have {
				// The header of the next entry: keep it for the next call.
				r.pending = append(r.pending[:0], cursor...)
				r.pendingLine = r.line
				return r.finish()
			}
			r.begin(cursor, r.line)
		case len(line) == 0 || isNote(line):
			// Blank lines and journalctl's own notes ("-- No entries --").
		case !r.have:
			return nil, &MalformedError{Input: r.name, Line: r.line, Err: fmt.Errorf("not a journalctl -o verbose entry header")}
		case r.bad != nil:
			// Skipping to the next header.
		default:
			if err := r.field(line); err != nil {
				r.malformed(err)
			}
		}
	}
}

// begin starts an entry at its header line (number n), which gave cursor.
func (r *verboseReader) begin(cursor []byte, n int) {
	r.have, r.bad, r.start, r.lastF, r.indent, r.hasMsg, r.msgBlob = true, nil, n, -1, 0, false, false
	r.cursor = append(r.cursor[:0], cursor...)
	if cap(r.msg) > shrinkAbove {
		r.msg = nil // grown for one huge message: give it back
	}
	r.msg, r.unit, r.host, r.ident, r.prio = r.msg[:0], r.unit[:0], r.host[:0], r.ident[:0], r.prio[:0]
	r.e = classifier.Entry{Priority: -1, Cursor: r.cursor, RealtimeUS: cursorUS(r.cursor)}
}

func (r *verboseReader) malformed(err error) {
	if r.bad == nil {
		r.bad = err
	}
}

// field reads one field line, or a continuation of the last field.
func (r *verboseReader) field(line []byte) error {
	if len(line) < 5 || string(line[:4]) != "    " {
		return fmt.Errorf("line %d is neither a field nor an entry header", r.line)
	}
	if line[4] == ' ' {
		// A continuation line of a multi-line value.
		if r.indent == 0 {
			return fmt.Errorf("line %d continues no field", r.line)
		}
		v := line
		for i := 0; i < r.indent && len(v) > 0 && v[0] == ' '; i++ {
			v = v[1:]
		}
		if b := r.value(r.lastF); b != nil {
			if len(*b)+1+len(v) > r.max {
				return fmt.Errorf("a value longer than %d bytes at line %d", r.max, r.line)
			}
			*b = append(append(*b, '\n'), v...)
		}
		if r.lastF == fMessage {
			r.msgBlob = false
		}
		return nil
	}
	body := line[4:]
	eq := bytes.IndexByte(body, '=')
	if eq <= 0 || !validName(body[:eq]) {
		return fmt.Errorf("line %d is neither a field nor an entry header", r.line)
	}
	name, v := body[:eq], body[eq+1:]
	f := fieldIndex(name)
	r.lastF, r.indent = f, 4+eq+1
	switch {
	case f == fMessage:
		// A stand-in is only one if no line continues it: journalctl
		// never prints a blob's stand-in over several lines.
		r.hasMsg, r.msgBlob = true, isBlob(v)
	case f < 0:
		return nil
	case isBlob(v):
		r.lastF = -1 // not printed: unknown
		return nil
	}
	if b := r.value(f); b != nil {
		*b = append((*b)[:0], v...)
	}
	return nil
}

// value is the buffer a kept field's value goes to, nil for the others.
func (r *verboseReader) value(f int) *[]byte {
	switch f {
	case fMessage:
		return &r.msg
	case fPriority:
		return &r.prio
	case fUnit:
		return &r.unit
	case fHost:
		return &r.host
	case fIdent:
		return &r.ident
	}
	return nil
}

// finish returns the entry read, or the error that made it malformed.
func (r *verboseReader) finish() (*classifier.Entry, error) {
	r.have = false
	if r.bad != nil {
		return nil, &MalformedError{Input: r.name, Line: r.start, Err: r.bad}
	}
	r.entries++
	e := &r.e
	switch {
	case r.msgBlob:
		r.blobs++
		e.Truncated = true
	case r.hasMsg:
		if r.msg == nil {
			r.msg = []byte{}
		}
		e.Message = r.msg
	}
	e.Priority = ParsePriority(r.prio)
	e.Unit, e.Host, e.Identifier = nonEmpty(r.unit), nonEmpty(r.host), nonEmpty(r.ident)
	return e, nil
}

func nonEmpty(b []byte) []byte {
	if len(b) == 0 {
		return nil
	}
	return b
}

// verboseHeader returns the cursor of a `journalctl -o verbose` entry
// header line (a time, then the cursor in brackets at the end), or nil.
func verboseHeader(line []byte) []byte {
	if len(line) < 40 || line[0] == ' ' || line[len(line)-1] != ']' {
		return nil
	}
	i := bytes.LastIndex(line, []byte(" [s="))
	if i < 0 {
		return nil
	}
	c := line[i+2 : len(line)-1]
	if !hasRealtime(c) || !bytes.Contains(line[:i], []byte(":")) {
		return nil
	}
	return c
}

// hasRealtime reports whether cursor c names a realtime (t=).
func hasRealtime(c []byte) bool {
	_, ok := CursorRealtime(string(c))
	return ok
}

// cursorUS is the realtime cursor c names, in microseconds, or 0.
func cursorUS(c []byte) int64 {
	us, _ := CursorRealtime(string(c))
	return int64(us)
}

// CursorRealtime returns the realtime a journal cursor names (its t=, hex
// microseconds since the epoch), and whether it names one.
func CursorRealtime(c string) (uint64, bool) {
	for c != "" {
		var kv string
		kv, c, _ = strings.Cut(c, ";")
		if v, ok := strings.CutPrefix(kv, "t="); ok {
			n, err := strconv.ParseUint(v, 16, 64)
			return n, err == nil && n > 0 && n < 1<<63
		}
	}
	return 0, false
}
