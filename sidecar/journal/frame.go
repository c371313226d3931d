package journal

// The frames in which the reader child streams what it reads to its
// parent on stdout: one type byte, a uvarint length, the payload. The
// child writes them (frameWriter); the parent replays them into its sink
// (frameReader).

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/sidecar/feed"
)

// Frame types.
const (
	frOpened   = 'O' // warning text, may be empty
	frPosition = 'P' // cursor
	frEntry    = 'E'
	frGap      = 'G'
	frBad      = 'B' // cursor, error text
	frFlush    = 'F'
	frIdle     = 'I'
	frExit     = 'X' // permanent flag, error text
	frHead     = 'H' // cursor of the journal's newest entry
	frRecords  = 'R' // uvarint count, then that many records (records.go)
)

const maxFrame = 64 << 20

// frameWriter is the child's sink.
type frameWriter struct {
	w        *bufio.Writer
	buf      []byte
	lastIdle time.Time
}

func (f *frameWriter) frame(typ byte, payload []byte) error {
	var hdr [1 + binary.MaxVarintLen64]byte
	hdr[0] = typ
	n := binary.PutUvarint(hdr[1:], uint64(len(payload)))
	if _, err := f.w.Write(hdr[:1+n]); err != nil {
		return err
	}
	_, err := f.w.Write(payload)
	return err
}

func appendBytes(b, v []byte) []byte {
	if v == nil {
		return binary.AppendUvarint(b, 0)
	}
	b = binary.AppendUvarint(b, uint64(len(v))+1)
	return append(b, v...)
}

func (f *frameWriter) opened(warn error) error {
	var msg []byte
	if warn != nil {
		msg = []byte(warn.Error())
	}
	if err := f.frame(frOpened, msg); err != nil {
		return err
	}
	return f.w.Flush()
}

func (f *frameWriter) position(cursor string) error {
	return f.frame(frPosition, []byte(cursor))
}

func (f *frameWriter) entry(e *classifier.Entry) error {
	b := f.buf[:0]
	b = binary.AppendUvarint(b, uint64(e.Priority+1))
	b = binary.AppendVarint(b, e.RealtimeUS)
	if e.Truncated {
		b = append(b, 1)
	} else {
		b = append(b, 0)
	}
	for _, v := range [...][]byte{e.Message, e.Cursor, e.Unit, e.Host, e.Identifier} {
		b = appendBytes(b, v)
	}
	f.buf = b
	return f.frame(frEntry, b)
}

// records sends a batch of records as stw_read_many wrote them.
func (f *frameWriter) records(n int, recs []byte) error {
	if n == 0 {
		return nil
	}
	var hdr [1 + 2*binary.MaxVarintLen64]byte
	hdr[0] = frRecords
	cnt := binary.AppendUvarint(nil, uint64(n))
	k := 1 + binary.PutUvarint(hdr[1:], uint64(len(cnt)+len(recs)))
	k += copy(hdr[k:], cnt)
	if _, err := f.w.Write(hdr[:k]); err != nil {
		return err
	}
	_, err := f.w.Write(recs)
	return err
}

func (f *frameWriter) gap(g feed.Gap) error {
	b := appendBytes(nil, []byte(g.Reason))
	b = binary.AppendVarint(b, g.Lost)
	b = appendBytes(b, []byte(g.AfterCursor))
	b = appendBytes(b, []byte(g.BeforeCursor))
	b = binary.AppendVarint(b, g.RealtimeUS)
	return f.frame(frGap, b)
}

func (f *frameWriter) bad(cursor string, err error) error {
	b := appendBytes(nil, []byte(cursor))
	b = append(b, err.Error()...)
	return f.frame(frBad, b)
}

func (f *frameWriter) flush() error {
	if err := f.frame(frFlush, nil); err != nil {
		return err
	}
	return f.w.Flush()
}

func (f *frameWriter) idle() error {
	// The reader polls every 100 ms; the parent needs to hear of quiet
	// only often enough for its idle batches (IdleInterval, 1 s).
	if time.Since(f.lastIdle) < 250*time.Millisecond {
		return nil
	}
	f.lastIdle = time.Now()
	if err := f.frame(frIdle, nil); err != nil {
		return err
	}
	return f.w.Flush()
}

func (f *frameWriter) head(cursor string) error {
	return f.frame(frHead, []byte(cursor))
}

// frameReader decodes frames and replays them into a sink.
type frameReader struct {
	r   *bufio.Reader
	buf []byte
	// exit is the child's last word, if it sent one.
	exit error
	// sawFrame: the child spoke at all (it is a reader, not some other
	// program).
	sawFrame bool
}

var errFrame = errors.New("malformed frame from reader child")

func readBytes(p []byte) (v, rest []byte, err error) {
	n, k := binary.Uvarint(p)
	if k <= 0 || n > uint64(len(p)-k)+1 {
		return nil, nil, errFrame
	}
	p = p[k:]
	if n == 0 {
		return nil, p, nil
	}
	return p[: n-1 : n-1], p[n-1:], nil
}

// next decodes one frame into snk. io.EOF at a clean end.
func (fr *frameReader) next(snk sink) error {
	typ, err := fr.r.ReadByte()
	if err != nil {
		return err
	}
	n, err := binary.ReadUvarint(fr.r)
	if err != nil {
		return io.ErrUnexpectedEOF
	}
	if n > maxFrame {
		return errFrame
	}
	if uint64(cap(fr.buf)) < n {
		fr.buf = make([]byte, n)
	}
	p := fr.buf[:n]
	if _, err := io.ReadFull(fr.r, p); err != nil {
		return io.ErrUnexpectedEOF
	}
	fr.sawFrame = true
	switch typ {
	case frOpened:
		var warn error
		if len(p) > 0 {
			warn = errors.New(string(p))
		}
		return snk.opened(warn)
	case frPosition:
		return snk.position(string(p))
	case frEntry:
		var e classifier.Entry
		prio, k := binary.Uvarint(p)
		if k <= 0 {
			return errFrame
		}
		p = p[k:]
		e.Priority = int(prio) - 1
		rt, k := binary.Varint(p)
		if k <= 0 || len(p) < k+1 {
			return errFrame
		}
		e.RealtimeUS = rt
		e.Truncated = p[k] == 1
		p = p[k+1:]
		for _, dst := range [...]*[]byte{&e.Message, &e.Cursor, &e.Unit, &e.Host, &e.Identifier} {
			if *dst, p, err = readBytes(p); err != nil {
				return err
			}
		}
		if e.Message == nil {
			e.Message = []byte{}
		}
		return snk.entry(&e)
	case frRecords:
		n, k := binary.Uvarint(p)
		if k <= 0 || n > uint64(len(p)/recHdr) {
			return errFrame
		}
		p = p[k:]
		var e classifier.Entry
		for range n {
			size, err := decodeRecord(p, &e)
			if err != nil {
				return fmt.Errorf("%w: %v", errFrame, err)
			}
			if err := snk.entry(&e); err != nil {
				return err
			}
			p = p[size:]
		}
		if len(p) != 0 {
			return errFrame
		}
		return nil
	case frGap:
		var g feed.Gap
		var v []byte
		if v, p, err = readBytes(p); err != nil {
			return err
		}
		g.Reason = string(v)
		lost, k := binary.Varint(p)
		if k <= 0 {
			return errFrame
		}
		g.Lost, p = lost, p[k:]
		if v, p, err = readBytes(p); err != nil {
			return err
		}
		g.AfterCursor = string(v)
		if v, p, err = readBytes(p); err != nil {
			return err
		}
		g.BeforeCursor = string(v)
		g.RealtimeUS, _ = binary.Varint(p)
		return snk.gap(g)
	case frBad:
		c, rest, err := readBytes(p)
		if err != nil {
			return err
		}
		return snk.bad(string(c), errors.New(string(rest)))
	case frHead:
		return snk.head(string(p))
	case frFlush:
		return snk.flush()
	case frIdle:
		return snk.idle()
	case frExit:
		if len(p) == 0 {
			return errFrame
		}
		err := errors.New(string(p[1:]))
		if p[0] == 1 {
			err = &permanentError{err}
		}
		fr.exit = err
		return nil
	}
	return fmt.Errorf("%w: type %q", errFrame, typ)
}
