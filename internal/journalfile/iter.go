package journalfile

import "fmt"

// iter walks a file's global entry array chain: every entry, in the order
// journald wrote them.
type iter struct {
	f       *File
	items   []byte // the current entry array's items
	i       int    // next item
	next    uint64 // the next entry array's offset
	at      uint64 // the current entry array's offset
	left    uint64 // entries the header counts that are still to come
	started bool
}

func (f *File) iter() *iter { return &iter{f: f, next: f.arrays, left: f.nEntries} }

// nextOffset returns the next entry's offset, or 0 at the end.
func (it *iter) nextOffset() (uint64, error) {
	step := 8
	if it.f.compact {
		step = 4
	}
	for it.left > 0 {
		if it.i+step <= len(it.items) {
			var off uint64
			if it.f.compact {
				off = uint64(le.Uint32(it.items[it.i:]))
			} else {
				off = le.Uint64(it.items[it.i:])
			}
			it.i += step
			if off == 0 { // an array's unused tail
				it.items = nil
				continue
			}
			it.left--
			return off, nil
		}
		if it.next == 0 {
			// The header counts more entries than the chain holds (a copy
			// taken while journald wrote): what the chain holds is all.
			return 0, nil
		}
		if it.started && it.next <= it.at {
			return 0, fmt.Errorf("%s: entry array chain goes back from %#x to %#x", it.f.Path, it.at, it.next)
		}
		o, err := it.f.object(it.next, objectEntryArray, 24)
		if err != nil {
			return 0, err
		}
		it.at, it.started = it.next, true
		it.next = le.Uint64(o[16:])
		it.items, it.i = o[24:], 0
	}
	return 0, nil
}
