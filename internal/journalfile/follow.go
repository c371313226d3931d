package journalfile

import (
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
)

// Refresh reads on in files journald writes: what their headers now say
// they hold, and the files that appeared since (a rotation's new file;
// the directories are looked at every rescanEvery calls, at once when a
// file was archived, and on every call while no file is open). A file
// deleted (vacuumed) is read on from the mapping until it ends, then
// closed, which frees its blocks; journald deallocates what it vacuums,
// though (the mapping then reads zeros), and what the reader had not
// taken by then TakeLosses reports. An ErrRemap says a file outgrew its
// mapping: open the directory again.
func (d *Dir) Refresh() error {
	d.polls++
	// With no file open there is no archiving to tell of a new one, and
	// journald may create a file, fill it, rotate it and vacuum it within
	// rescanEvery polls: every entry of it would be lost without a trace
	// (a new seqnum ID has no earlier number to count a jump from). So an
	// empty directory is looked at on every poll (one getdents).
	rescan := d.polls%rescanEvery == 0 || len(d.heads) == 0
	kept := d.heads[:0]
	for _, h := range d.heads {
		if h.f.replaced() && !d.reopen(h) {
			// Vacuumed and punched out, no copy: what was not read is lost.
			d.vacuumed(h)
			h.f.Close()
			continue
		}
		if !h.archived && h.f.archived() {
			h.archived, rescan = true, true // rotated: a new file is there
		}
		if err := h.f.bound(uint64(len(h.f.m.Data))); err != nil {
			return err
		}
		if h.archived && !h.ok && h.released < uint64(len(h.f.data)) {
			if h.fill(); !h.ok { // read to its end: none of it is needed
				h.f.m.Release(int(h.released), len(h.f.data))
				h.released = uint64(len(h.f.data))
			}
		}
		if h.gone && !h.ok {
			if h.fill(); !h.ok {
				h.f.Close() // deleted and read to its end
				continue
			}
		}
		kept = append(kept, h)
	}
	for i := len(kept); i < len(d.heads); i++ {
		d.heads[i] = nil
	}
	d.heads = kept
	if !rescan {
		return nil
	}
	return d.addFiles()
}

// rescanEvery is how many Refresh calls pass between looks for new files
// when no file was archived (a rotation archives one at once).
const rescanEvery = 10

// reopen moves h to the copy of its file that journald wrote under
// another name (the same file ID), after the last entry taken from it. It
// reports false when there is no such copy.
func (d *Dir) reopen(h *head) bool {
	for _, dir := range d.dirs {
		paths, err := journalPaths(dir)
		if err != nil {
			continue
		}
		for _, p := range paths {
			if id, ok := fileIDOf(p); !ok || id != h.f.fileID {
				continue
			}
			f, err := open(p, true)
			if err != nil {
				continue
			}
			old := h.f
			h.f, h.it, h.ok, h.end, h.released, h.path = f, f.iter(), false, false, 0, p
			last, set := h.seq, h.seqSet
			h.skip(func(e *Entry) bool { return set && e.Seqnum <= last })
			old.Close()
			return true
		}
	}
	return false
}

// skip drops h's entries while drop holds for them (reading the entry
// objects only, not their fields); h then holds the first one it keeps.
func (h *head) skip(drop func(*Entry) bool) error {
	for {
		if err := h.fill(); err != nil {
			continue // a bad entry or chain: fill ends or skips it
		}
		if !h.ok || !drop(&h.e) {
			return nil
		}
		h.ok = false
		h.seq, h.seqSet = h.e.Seqnum, true // passed over, not lost
	}
}

// SeekTail positions every file after its last entry: Next returns only
// entries written from now on.
func (d *Dir) SeekTail() {
	for _, h := range d.heads {
		h.skip(func(*Entry) bool { return true })
	}
}

// SeekRealtime positions every file on its first entry at or after us
// (microseconds since the epoch).
func (d *Dir) SeekRealtime(us uint64) {
	for _, h := range d.heads {
		h.skip(func(e *Entry) bool { return e.Realtime < us })
	}
}

// SeekAfter positions every file after the entry of cursor, in the order
// Next reads (sd-journal's): the entries at or before it are skipped.
// found reports whether a file still holds that very entry (else it was
// vacuumed, or the cursor is another journal's). An error is a cursor that
// does not parse.
func (d *Dir) SeekAfter(cursor string) (found bool, err error) {
	at, err := parseCursor(cursor)
	if err != nil {
		return false, err
	}
	for _, h := range d.heads {
		h.skip(func(e *Entry) bool {
			c := compare(e, &at)
			if c == 0 || e.file.seqnumID == at.file.seqnumID && e.Seqnum == at.Seqnum && e.XorHash == at.XorHash {
				found = true
				return true
			}
			return c < 0
		})
	}
	d.last.set = false
	return found, nil
}

// Oldest returns the cursor of the oldest entry the files hold, matching
// or not, or "" when they hold none.
func (d *Dir) Oldest() string {
	var best *Entry
	for _, h := range d.heads {
		it := h.f.iter()
		off, err := it.nextOffset()
		if err != nil || off == 0 {
			continue
		}
		var e Entry
		if h.f.entry(off, &e) != nil {
			continue
		}
		if best == nil || compare(&e, best) < 0 {
			x := e
			best = &x
		}
	}
	if best == nil {
		return ""
	}
	return string(best.AppendCursor(nil))
}

// Newest returns where the journal ends: "s=SEQNUM_ID;i=SEQNUM" of the file
// whose last entry is the latest (a partial cursor, enough to measure how
// far a reader lags), or "".
func (d *Dir) Newest() string {
	var best *File
	var bestRT uint64
	for _, h := range d.heads {
		data := h.f.m.Data
		if rt := le.Uint64(data[192:]); le.Uint64(data[152:]) > 0 && (best == nil || rt > bestRT) {
			best, bestRT = h.f, rt
		}
	}
	if best == nil {
		return ""
	}
	c := append([]byte("s="), hex.EncodeToString(best.seqnumID[:])...)
	c = append(c, ";i="...)
	return string(strconv.AppendUint(c, le.Uint64(best.m.Data[160:]), 16))
}

// parseCursor reads a cursor sd_journal_get_cursor(3) wrote into an Entry
// of a file of its seqnum ID (compare needs no more).
func parseCursor(c string) (Entry, error) {
	e := Entry{file: &File{}}
	var have int
	for _, kv := range strings.Split(c, ";") {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			return Entry{}, fmt.Errorf("cursor %q: %q is not key=value", c, kv)
		}
		var err error
		switch k {
		case "s":
			err = parseID(v, &e.file.seqnumID)
		case "b":
			err = parseID(v, &e.BootID)
		case "i":
			e.Seqnum, err = strconv.ParseUint(v, 16, 64)
		case "m":
			e.Monotonic, err = strconv.ParseUint(v, 16, 64)
		case "t":
			e.Realtime, err = strconv.ParseUint(v, 16, 64)
		case "x":
			e.XorHash, err = strconv.ParseUint(v, 16, 64)
		default:
			continue
		}
		if err != nil {
			return Entry{}, fmt.Errorf("cursor %q: %s: %v", c, k, err)
		}
		have++
	}
	if have != 6 {
		return Entry{}, fmt.Errorf("cursor %q: want s, i, b, m, t and x", c)
	}
	return e, nil
}

func parseID(v string, id *[16]byte) error {
	if len(v) != 32 {
		return fmt.Errorf("%q is not a 128-bit ID", v)
	}
	_, err := hex.Decode(id[:], []byte(v))
	return err
}
