package journalfmt

import (
	"bytes"
	"io"
)

// Size limits.
const (
	// DefaultMaxEntry caps one JSON or text line, and one export field and
	// entry. Longer input is reported as malformed and skipped without being
	// held in memory.
	DefaultMaxEntry = 16 << 20

	initialBuf = 256 << 10
	// shrinkAbove: a buffer grown past this for one huge line is given back
	// once the huge line is consumed, so memory stays flat.
	shrinkAbove = 4 << 20
)

// window is a growable read buffer over an io.Reader. Data lives in
// buf[start:end]; slices into it stay valid until the next fill or compact.
type window struct {
	r          io.Reader
	buf        []byte
	start, end int
	err        error // sticky: io.EOF or a read error, seen after buf[start:end]
	// consumed counts the bytes dropped before buf[0], for offsets.
	consumed int64
}

func newWindow(r io.Reader) window {
	if b, ok := r.(inPlace); ok {
		return window{r: r, buf: b, end: len(b), err: io.EOF}
	}
	return window{r: r, buf: make([]byte, initialBuf)}
}

// inPlace is input already in memory: a window over it is the slice itself,
// so it is decoded where it lies, without a copy or a buffer of its own.
type inPlace []byte

func (inPlace) Read([]byte) (int, error) { return 0, io.EOF }

// data returns the unread bytes.
func (w *window) data() []byte { return w.buf[w.start:w.end] }

// fill reads more data, keeping buf[w.start:w.end]; it moves that data to the
// front of the buffer and grows the buffer (up to limit bytes of unread
// data) when needed. It returns false when no more data can be added: the
// input ended (w.err set) or the unread data already reaches limit.
func (w *window) fill(limit int) bool {
	if w.err != nil {
		return false
	}
	n := w.end - w.start
	if n >= limit {
		return false
	}
	if w.end == len(w.buf) {
		switch {
		case n == 0 && len(w.buf) > shrinkAbove:
			w.buf = make([]byte, initialBuf)
		case n < len(w.buf)/2 || len(w.buf) > limit:
			copy(w.buf, w.buf[w.start:w.end])
		default:
			nb := make([]byte, min(2*len(w.buf), limit+1))
			copy(nb, w.buf[w.start:w.end])
			w.buf = nb
		}
		w.consumed += int64(w.start)
		w.start, w.end = 0, n
	} else if w.start == w.end && len(w.buf) > shrinkAbove {
		w.consumed += int64(w.start)
		w.buf = make([]byte, initialBuf)
		w.start, w.end = 0, 0
	}
	for tries := 0; tries < 100; tries++ {
		m, err := w.r.Read(w.buf[w.end:])
		w.end += m
		if err != nil {
			w.err = err
			return m > 0
		}
		if m > 0 {
			return true
		}
	}
	w.err = io.ErrNoProgress
	return false
}

// discard drops all unread data.
func (w *window) discard() { w.start = w.end }

// readErr returns the read error that ended the input, nil for a clean end.
func (w *window) readErr() error {
	if w.err == io.EOF {
		return nil
	}
	return w.err
}

// lines splits a window into lines of at most max bytes.
type lines struct {
	window
	max  int
	line int // number of the last line returned (1-based)
}

func newLines(r io.Reader, max int) lines {
	if max <= 0 {
		max = DefaultMaxEntry
	}
	return lines{window: newWindow(r), max: max}
}

// Line returns the number (1-based) of the last line read: for JSON and
// text input, the line of the entry Next returned last.
func (l *lines) Line() int { return l.line }

// lineResult says what next found.
type lineResult int

const (
	lineOK      lineResult = iota
	lineTooLong            // a line over max was skipped; l.line is its number
	lineEnd                // no more lines: check readErr
)

// next returns the next line without its '\n'. A final line without '\n' is
// returned as well when the input ends cleanly; when the input ends with a
// read error, an unterminated final line is dropped (it was cut off).
func (l *lines) next() ([]byte, lineResult) {
	searched := 0
	for {
		d := l.data()
		if i := bytes.IndexByte(d[searched:], '\n'); i >= 0 {
			i += searched
			l.start += i + 1
			l.line++
			if i > l.max {
				return nil, lineTooLong
			}
			return d[:i], lineOK
		}
		searched = len(d)
		if len(d) > l.max {
			// Too long: skip to the next newline without keeping it.
			l.line++
			l.skipLine()
			return nil, lineTooLong
		}
		if !l.fill(l.max + 1) {
			d = l.data()
			if len(d) > l.max {
				continue
			}
			if len(d) == 0 {
				return nil, lineEnd
			}
			if l.readErr() != nil {
				l.discard()
				return nil, lineEnd
			}
			l.discard()
			l.line++
			return d, lineOK
		}
	}
}

// skipLine discards input up to and including the next '\n' (or the end).
func (l *lines) skipLine() {
	for {
		d := l.data()
		if i := bytes.IndexByte(d, '\n'); i >= 0 {
			l.start += i + 1
			return
		}
		l.discard()
		if !l.fill(l.max + 1) {
			return
		}
	}
}
