package journal

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"strings"
	"testing"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/sidecar/feed"
)

// record builds one record as stw_read_many writes it.
func record(rt int64, fields [recNFields]string) []byte {
	ne := binary.NativeEndian
	data := []byte{}
	var off, ln [recNFields]int32
	for i, f := range fields {
		if f == "\x00" { // absent
			ln[i] = -1
			continue
		}
		off[i], ln[i] = int32(recHdr+len(data)), int32(len(f))
		data = append(data, f...)
	}
	size := (recHdr + len(data) + 7) &^ 7
	r := make([]byte, size)
	ne.PutUint64(r, uint64(rt))
	ne.PutUint32(r[12:], uint32(size))
	for i := range fields {
		ne.PutUint32(r[16+4*i:], uint32(off[i]))
		ne.PutUint32(r[40+4*i:], uint32(ln[i]))
	}
	copy(r[recHdr:], data)
	return r
}

func TestDecodeRecord(t *testing.T) {
	r := record(1795600000000695, [recNFields]string{"disk full", "3", "stemedb-api", "stemedb-api.service", "\x00", "s=1;i=2"})
	var e classifier.Entry
	n, err := decodeRecord(append(r, 0xff), &e)
	if err != nil || n != len(r) {
		t.Fatalf("decodeRecord = %d, %v", n, err)
	}
	if string(e.Message) != "disk full" || e.Priority != 3 || string(e.Unit) != "stemedb-api.service" || e.Host != nil ||
		string(e.Cursor) != "s=1;i=2" || e.RealtimeUS != 1795600000000695 {
		t.Errorf("decoded %+v", e)
	}
	// A record from the child is data: every way of lying about sizes and
	// offsets is an error, never a panic or a read outside the record.
	ne := binary.NativeEndian
	for name, bad := range map[string]func([]byte) []byte{
		"short":           func(b []byte) []byte { return b[:recHdr-1] },
		"size past end":   func(b []byte) []byte { ne.PutUint32(b[12:], uint32(len(b)+8)); return b },
		"size negative":   func(b []byte) []byte { ne.PutUint32(b[12:], 0xfffffff0); return b },
		"size in header":  func(b []byte) []byte { ne.PutUint32(b[12:], recHdr-8); return b },
		"offset in hdr":   func(b []byte) []byte { ne.PutUint32(b[16:], 8); return b },
		"length past end": func(b []byte) []byte { ne.PutUint32(b[40:], uint32(len(b))); return b },
		"offset negative": func(b []byte) []byte { ne.PutUint32(b[16:], 0x80000000); return b },
	} {
		b := bad(append([]byte(nil), r...))
		if _, err := decodeRecord(b, &e); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// entrySink records the entries a frameReader delivers (copies: their
// slices are only valid during the call); every other call is a no-op.
type entrySink struct{ msgs []string }

func (s *entrySink) opened(error) error      { return nil }
func (s *entrySink) position(string) error   { return nil }
func (s *entrySink) gap(feed.Gap) error      { return nil }
func (s *entrySink) bad(string, error) error { return nil }
func (s *entrySink) flush() error            { return nil }
func (s *entrySink) idle() error             { return nil }
func (s *entrySink) head(string) error       { return nil }
func (s *entrySink) entry(e *classifier.Entry) error {
	s.msgs = append(s.msgs, string(e.Message)+"|"+string(e.Cursor))
	return nil
}

// A batch of records crosses from the child as one frame and arrives as
// its entries, in order; a frame that lies about its count or holds
// trailing bytes is errFrame, not a panic.
func TestRecordsFrame(t *testing.T) {
	recs := append(record(1, [recNFields]string{"a", "6", "x", "u", "h", "c1"}),
		record(2, [recNFields]string{"b", "3", "x", "u", "h", "c2"})...)
	frame := func(n int, payload []byte) []byte {
		var buf bytes.Buffer
		fw := &frameWriter{w: bufio.NewWriter(&buf)}
		if err := fw.records(n, payload); err != nil {
			t.Fatal(err)
		}
		fw.w.Flush()
		return buf.Bytes()
	}
	var s entrySink
	fr := &frameReader{r: bufio.NewReader(bytes.NewReader(frame(2, recs)))}
	if err := fr.next(&s); err != nil || strings.Join(s.msgs, " ") != "a|c1 b|c2" {
		t.Fatalf("next = %v, entries %q", err, s.msgs)
	}
	for name, f := range map[string][]byte{
		"count too high": frame(3, recs),
		"trailing bytes": frame(1, recs),
		"cut record":     frame(2, recs[:len(recs)-8]),
	} {
		fr := &frameReader{r: bufio.NewReader(bytes.NewReader(f))}
		if err := fr.next(&entrySink{}); !errors.Is(err, errFrame) {
			t.Errorf("%s: %v, want errFrame", name, err)
		}
	}
}
