package journalfmt

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/stemedb/stemewatch/classifier"
)

// textReader reads journalctl's text outputs: the short modes, whose prefix
// gives time, host and identifier (see prefix.go), and plain text, one
// message per line (`journalctl -o cat`). Each line is tried as a prefixed
// line first, so a file mixing modes is read line by line.
type textReader struct {
	lines
	name string
	// want is the variant asked for: FormatText (any), FormatCat (no
	// prefix parsing) or one short mode.
	want Format
	live bool

	e       classifier.Entry
	cursor  []byte
	msg     []byte // the entry's message, continuation lines joined
	host    []byte
	ident   []byte
	pending error // an error found while looking ahead, returned next

	// Time.
	loc          *time.Location
	locGiven     bool
	now          func() time.Time
	fixedYear    int
	year         int // the year of the last short-format line
	firstYear    int
	lastMonth    int
	unknownZones int
	unknownZone  string

	// Counts for Info.
	entries       int
	blank         int
	notes         int
	plain         int // lines read as plain messages
	binary        int // plain lines holding a NUL byte
	continuations int
	blobs         int
	byVariant     map[Format]int
	firstVariant  Format
	firstOffset   int
	offsetSeen    bool
	mixedOffsets  bool
}

// NewText returns a Reader of journalctl text read from r: any short mode
// (prefix parsed, continuation lines joined) or plain text, one message per
// line. See Options for the zone and year of short-mode times.
// Lines over DefaultMaxEntry bytes are reported as malformed and skipped.
func NewText(r io.Reader, name string) Reader {
	return newTextOptions(r, name, Options{})
}

func newText(r io.Reader, name string, max int) *textReader {
	return newTextOptions(r, name, Options{MaxEntry: max})
}

func newTextOptions(r io.Reader, name string, o Options) *textReader {
	want := Format(o.Format)
	if want == "" || want == FormatAuto {
		want = FormatText
	}
	t := &textReader{lines: newLines(r, o.MaxEntry), name: name, want: want, live: o.Live,
		cursor: make([]byte, 0, 32), msg: make([]byte, 0, 256), loc: o.Location, now: time.Now, fixedYear: o.Year,
		byVariant: map[Format]int{}}
	if t.loc == nil {
		t.loc = time.Local
	} else {
		t.locGiven = true
	}
	return t
}

// Next implements Reader.
//
// A prefixed line starts an entry: Message is the text after "ident[pid]: ",
// RealtimeUS the prefix's time (0 for short-monotonic), Host and Identifier
// (Unit for with-unit) from the prefix, Priority -1 (the level comes from
// the message). Following lines indented by a space are the message's next
// lines and are joined with "\n"; the indentation journalctl added is
// removed. journalctl's own lines ("-- Boot ... --", "-- No entries --")
// and blank lines are skipped. A "[177B blob data]" stand-in gives an entry
// with no message, Truncated. Any other line is a plain message.
// Cursor is "line:N", N the entry's first line; a trailing "\r" is dropped.
func (r *textReader) Next() (*classifier.Entry, error) {
	if err := r.pending; err != nil {
		r.pending = nil
		return nil, err
	}
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
		line = trimCR(line)
		if len(line) == 0 {
			r.blank++
			continue
		}
		if isNote(line) {
			r.notes++
			continue
		}
		r.cursor = strconv.AppendInt(append(r.cursor[:0], "line:"...), int64(r.line), 10)
		r.entries++
		if r.want != FormatCat {
			if p, ok := r.parsePrefix(line, r.want); ok {
				return r.prefixed(line, &p), nil
			}
		}
		r.plain++
		if hasNUL(line) {
			r.binary++
		}
		r.e = classifier.Entry{Message: line, Priority: -1, Cursor: r.cursor}
		return &r.e, nil
	}
}

// prefixed builds the entry of a prefixed line, joining the continuation
// lines that follow.
func (r *textReader) prefixed(line []byte, p *prefix) *classifier.Entry {
	r.count(p)
	r.host = append(r.host[:0], p.host...)
	r.ident = append(r.ident[:0], p.ident...)
	r.msg = append(r.msg[:0], line[p.msg:]...)
	r.e = classifier.Entry{Priority: -1, Cursor: r.cursor, RealtimeUS: p.us}
	if len(r.host) > 0 {
		r.e.Host = r.host
	}
	if p.variant == FormatWithUnit {
		r.e.Unit = r.ident
	} else {
		r.e.Identifier = r.ident
	}
	width := p.msg
	for r.continues() {
		next, res := r.next()
		if res == lineTooLong {
			r.pending = &MalformedError{Input: r.name, Line: r.line, Err: fmt.Errorf("line longer than %d bytes", r.max)}
			break
		}
		if res == lineEnd {
			break
		}
		next = trimCR(next)
		ind := 0
		for ind < len(next) && ind < width && next[ind] == ' ' {
			ind++
		}
		r.continuations++
		if len(r.msg)+1+len(next)-ind > r.max {
			r.e.Truncated = true
			continue
		}
		r.msg = append(append(r.msg, '\n'), next[ind:]...)
	}
	if isBlob(r.msg) {
		r.blobs++
		r.e.Truncated = true
		r.msg = r.msg[:0]
	}
	r.e.Message = r.msg
	return &r.e
}

// continues reports whether the next line continues the current entry: it
// starts with a space. When nothing is buffered it waits for more input,
// unless the input is live (then an entry is never held back waiting for
// the next one).
func (r *textReader) continues() bool {
	if len(r.data()) == 0 {
		if r.live || !r.fill(r.max+1) {
			return false
		}
	}
	d := r.data()
	return len(d) > 0 && d[0] == ' '
}

// count records the variant and offset of a prefixed line for Info.
func (r *textReader) count(p *prefix) {
	if r.firstVariant == "" {
		r.firstVariant = p.variant
	}
	r.byVariant[p.variant]++
	if p.variant == FormatShortISO || p.variant == FormatShortISOPrecise {
		if !r.offsetSeen {
			r.offsetSeen, r.firstOffset = true, p.offset
		} else if p.offset != r.firstOffset {
			r.mixedOffsets = true
		}
	}
}

func trimCR(line []byte) []byte {
	if len(line) > 0 && line[len(line)-1] == '\r' {
		return line[:len(line)-1]
	}
	return line
}

func hasNUL(b []byte) bool {
	for _, c := range b {
		if c == 0 {
			return true
		}
	}
	return false
}
