package journalfile

import "fmt"

// iter walks a file's global entry array chain: every entry, in the order
// journald wrote them. At an item still zero it stops where it is, so that
// a followed file is read on from there once journald linked more.
type iter struct {
	f     *File
	items []byte // the current entry array's items
	i     int    // next item
	at    uint64 // the current entry array's offset; 0 before the first
}

func (f *File) iter() *iter { return &iter{f: f} }

// nextOffset returns the next entry's offset, or 0 when the file holds no
// more entries (for now).
func (it *iter) nextOffset() (uint64, error) {
	step := 8
	if it.f.compact {
		step = 4
	}
	for {
		if it.at != 0 && it.i+step <= len(it.items) {
			var off uint64
			if it.f.compact {
				off = uint64(le.Uint32(it.items[it.i:]))
			} else {
				off = le.Uint64(it.items[it.i:])
			}
			if off != 0 {
				it.i += step
				return off, nil
			}
		}
		// The array is used up, or the rest of it is not (yet): on to the
		// next array when journald linked one.
		var next uint64
		if it.at == 0 {
			next = it.f.arrays
		} else {
			o, err := it.f.object(it.at, objectEntryArray, 24)
			if err != nil {
				return 0, err
			}
			next = le.Uint64(o[16:])
		}
		if next == 0 {
			return 0, nil
		}
		if it.at != 0 && next <= it.at {
			return 0, fmt.Errorf("%s: entry array chain goes back from %#x to %#x", it.f.Path, it.at, next)
		}
		o, err := it.f.object(next, objectEntryArray, 24)
		if err != nil {
			return 0, err
		}
		it.at, it.items, it.i = next, o[24:], 0
	}
}
