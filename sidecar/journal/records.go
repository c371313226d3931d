package journal

import (
	"encoding/binary"
	"errors"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/journalfmt"
)

// A record is one entry as the batched sd-journal reader writes it
// (stw_read_many in fastread_cgo.go): a header of recHdr bytes (int64
// realtime; int32 truncated; int32 size of the record, padded to 8; int32
// off[6]; int32 len[6], -1 for an absent field, index 5 the cursor), then
// the field bytes, offsets relative to the record; native byte order. The
// reader child sends its batches of records to the parent as they are (one
// frRecords frame per batch), so an entry is decoded once, in the parent,
// instead of decoded, re-encoded and decoded again.
const recHdr = 64

// recFields are the fields of a record, in header order.
const (
	recMessage = iota
	recPriority
	recIdentifier
	recUnit
	recHost
	recCursor
	recNFields
)

var errRecord = errors.New("journal reader: malformed record")

// decodeRecord decodes the record at the start of r into e (slices into r)
// and returns its size. Every offset is checked: a record from the child
// process is data, not trusted memory.
func decodeRecord(r []byte, e *classifier.Entry) (int, error) {
	if len(r) < recHdr {
		return 0, errRecord
	}
	ne := binary.NativeEndian
	size := int(int32(ne.Uint32(r[12:])))
	if size < recHdr || size > len(r) {
		return 0, errRecord
	}
	var f [recNFields][]byte
	for i := range f {
		l := int(int32(ne.Uint32(r[40+4*i:])))
		if l < 0 {
			continue
		}
		o := int(int32(ne.Uint32(r[16+4*i:])))
		if o < recHdr || l > size-o {
			return 0, errRecord
		}
		f[i] = r[o : o+l : o+l]
	}
	*e = classifier.Entry{
		Message:    f[recMessage],
		Priority:   journalfmt.ParsePriority(f[recPriority]),
		Identifier: f[recIdentifier],
		Unit:       f[recUnit],
		Host:       f[recHost],
		Cursor:     f[recCursor],
		RealtimeUS: int64(ne.Uint64(r)),
		Truncated:  ne.Uint32(r[8:]) != 0,
	}
	if e.Message == nil {
		e.Message = []byte{}
	}
	return size, nil
}

// recordSize is the size of the record at the start of r (0 if r is too short).
func recordSize(r []byte) int {
	if len(r) < recHdr {
		return 0
	}
	return int(int32(binary.NativeEndian.Uint32(r[12:])))
}
