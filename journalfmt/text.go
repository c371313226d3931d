package journalfmt

import (
	"fmt"
	"io"
	"strconv"

	"github.com/stemedb/stemewatch/classifier"
)

// textReader reads one message per line (`journalctl -o cat`). Blank lines
// are skipped; line numbers keep counting them.
type textReader struct {
	lines
	name    string
	entries int
	e       classifier.Entry
	cursor  []byte
}

// NewText returns a Reader of plain text read from r, one message per line.
// Each entry's Cursor is "line:N", its Priority -1 and its RealtimeUS 0; a
// trailing "\r" (CRLF files) is dropped and blank lines are skipped.
// Lines over DefaultMaxEntry bytes are reported as malformed and skipped.
func NewText(r io.Reader, name string) Reader { return newText(r, name, DefaultMaxEntry) }

func newText(r io.Reader, name string, max int) *textReader {
	return &textReader{lines: newLines(r, max), name: name, cursor: make([]byte, 0, 32)}
}

// Next implements Reader.
func (r *textReader) Next() (*classifier.Entry, error) {
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
		if len(line) > 0 && line[len(line)-1] == '\r' {
			line = line[:len(line)-1]
		}
		if len(line) == 0 {
			continue
		}
		r.cursor = strconv.AppendInt(append(r.cursor[:0], "line:"...), int64(r.line), 10)
		r.e = classifier.Entry{Message: line, Priority: -1, Cursor: r.cursor}
		r.entries++
		return &r.e, nil
	}
}
