package journalfile

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"syscall"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/internal/mapfile"
	"github.com/stemedb/stemewatch/journalfmt"
)

// MaxMessage caps a MESSAGE handed on (by every journal reader: the
// sd-journal one uses it too); a longer one is cut and marked Truncated.
const MaxMessage = 1 << 20

// Dir reads the journal files of a directory as one journal, in the order
// sd-journal interleaves them.
type Dir struct {
	heads   []*head
	skipped []error
	m       matcher
	dirs    []string
	follow  bool
	polls   int                  // Refresh calls, for the directory rescans
	ids     map[pathIno][16]byte // the file ID under each path, by inode

	cursor []byte
	msg    []byte // a MESSAGE that was compressed
	// losses are the files vacuumed under the reader since TakeLosses;
	// unsettled, by seqnum ID, the last sequence number known to have
	// been lost or read before a vacuumed file's lost entries: the next
	// entry of that numbering says how many more there were.
	losses    []Loss
	unsettled map[[16]byte]unsettled
	last      struct {
		seqnumID *[16]byte
		seqnum   uint64
		xor      uint64
		set      bool
	}
}

// head is one file's next entry.
type head struct {
	f   *File
	it  *iter
	e   Entry
	ok  bool // e holds the file's next entry
	end bool
	// released is how far the file's pages were given back.
	released uint64
	archived bool   // seen archived by Refresh
	path     string // where the last rescan saw the file
	gone     bool   // the last rescan did not see it: deleted
	d        *Dir
	seq      uint64 // the sequence number of the last entry taken from it
	seqSet   bool
	lost     bool // vacuumed under the reader: counted in losses
}

// Pages of a file more than releaseLag behind the entry read are given
// back every releaseEvery bytes of progress: the process' resident memory
// stays a few tens of MiB whatever the directory holds (entries and their
// new fields are written in order; a field shared with older entries is
// read again from the page cache).
const (
	releaseEvery = 16 << 20
	releaseLag   = 4 << 20
)

// OpenDir opens every journal file of dir, and of its subdirectories named
// by a machine ID, as sd_journal_open_directory(3) does. terms filter the
// entries as sd-journal's matches do: an entry is read when it holds every
// FIELD=value of one term (the same field twice in a term: either value).
// A file this package cannot read makes the whole directory ErrUnsupported
// (read it with sd-journal); a file that is no journal file at all is
// skipped and named by Skipped, as sd-journal skips it.
func OpenDir(dir string, terms [][]string) (*Dir, error) {
	if _, err := os.Stat(dir); err != nil {
		return nil, err
	}
	return OpenDirs([]string{dir}, terms, false)
}

// OpenDirs is OpenDir over several directories (those missing are
// skipped: /run/log/journal or /var/log/journal may not exist). With
// follow, the files are mapped with room to grow and Refresh reads on.
func OpenDirs(dirs []string, terms [][]string, follow bool) (*Dir, error) {
	m, ok := newMatcher(terms)
	if !ok {
		return nil, fmt.Errorf("%s: %w (more than %d distinct matches)", strings.Join(dirs, ", "), ErrUnsupported, maxMatches)
	}
	d := &Dir{m: m, dirs: dirs, follow: follow, ids: map[pathIno][16]byte{}}
	if err := d.addFiles(); err != nil {
		d.Close()
		return nil, err
	}
	return d, nil
}

// pathIno is a file under a path: a path shows another file when its
// inode changes.
type pathIno struct {
	path     string
	dev, ino uint64
}

// addFiles opens the directories' journal files not open yet, and marks
// the open files no longer there gone. A file is known by its file ID (the
// header's, random per file): journald archives a file under a new name,
// and 252 may write the archive as a copy with a new inode; a new file may
// take the inode of one vacuumed. The ID is read once per path and inode.
func (d *Dir) addFiles() error {
	byID := map[[16]byte]*head{}
	for _, h := range d.heads {
		byID[h.f.fileID] = h
		h.gone = true
	}
	seen := map[pathIno]bool{}
	for _, dir := range d.dirs {
		paths, err := journalPaths(dir)
		if err != nil {
			continue
		}
		for _, p := range paths {
			var st syscall.Stat_t
			if syscall.Stat(p, &st) != nil {
				continue
			}
			key := pathIno{p, uint64(st.Dev), st.Ino}
			seen[key] = true
			id, known := d.ids[key]
			if !known {
				if id, known = fileIDOf(p); known {
					d.ids[key] = id
				}
			}
			if h := byID[id]; known && h != nil {
				h.path, h.gone = p, false
				continue
			}
			f, err := open(p, d.follow)
			if errors.Is(err, ErrUnsupported) {
				return err
			}
			if err != nil {
				if !d.follow { // a followed file may be half-created: next time
					d.skipped = append(d.skipped, err)
				}
				continue
			}
			if h := byID[f.fileID]; h != nil { // it changed under the path
				f.Close()
				h.path, h.gone = p, false
				continue
			}
			byID[f.fileID] = &head{f: f, it: f.iter(), path: p, d: d}
			d.heads = append(d.heads, byID[f.fileID])
		}
	}
	for k := range d.ids {
		if !seen[k] {
			delete(d.ids, k)
		}
	}
	return nil
}

// fileIDOf reads the file ID of the journal file at path.
func fileIDOf(path string) (id [16]byte, ok bool) {
	f, err := os.Open(path)
	if err != nil {
		return id, false
	}
	defer f.Close()
	var hdr [40]byte
	if _, err := f.ReadAt(hdr[:], 0); err != nil || string(hdr[:8]) != signature {
		return id, false
	}
	copy(id[:], hdr[24:40])
	return id, true
}

// journalPaths lists the journal files of dir and of its machine-ID
// subdirectories, sorted by name.
func journalPaths(dir string) ([]string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range ents {
		name := e.Name()
		switch {
		case e.Type().IsRegular() && (strings.HasSuffix(name, ".journal") || strings.HasSuffix(name, ".journal~")):
			out = append(out, filepath.Join(dir, name))
		case e.IsDir() && isID128(name):
			sub, err := os.ReadDir(filepath.Join(dir, name))
			if err != nil {
				continue
			}
			for _, s := range sub {
				if n := s.Name(); s.Type().IsRegular() && (strings.HasSuffix(n, ".journal") || strings.HasSuffix(n, ".journal~")) {
					out = append(out, filepath.Join(dir, name, n))
				}
			}
		}
	}
	sort.Strings(out)
	return out, nil
}

func isID128(s string) bool {
	if len(s) != 32 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// Files is the number of journal files read.
func (d *Dir) Files() int { return len(d.heads) }

// Skipped names the files that were not journal files.
func (d *Dir) Skipped() []error { return d.skipped }

// Close unmaps every file.
func (d *Dir) Close() error {
	var first error
	for _, h := range d.heads {
		if err := h.f.Close(); err != nil && first == nil {
			first = err
		}
	}
	d.heads = nil
	return first
}

// Guard makes a memory fault in any of the directory's mappings on the
// calling goroutine an error given to onFault (a file truncated while it is
// read), as mapfile.Guard does for one mapping. Every goroutine that calls
// Next runs it first:
//
//	defer d.Guard(func(err error) { ... })()
func (d *Dir) Guard(onFault func(error)) func() {
	old := debug.SetPanicOnFault(true)
	return func() {
		debug.SetPanicOnFault(old)
		if r := recover(); r != nil {
			for _, h := range d.heads {
				if h.f.m.Holds(r) {
					onFault(&mapfile.FaultError{Name: h.f.Path})
					return
				}
			}
			panic(r)
		}
	}
}

// fill reads h's next entry. An unreadable chain ends h's file; an
// unreadable entry is skipped. Either is returned once.
func (h *head) fill() error {
	for !h.ok && !h.end {
		off, err := h.it.nextOffset()
		if err != nil {
			if h.f.replaced() && h.d.reopen(h) {
				continue
			}
			h.end = true
			if h.f.replaced() {
				h.d.vacuumed(h)
				return nil
			}
			return err
		}
		if off == 0 {
			return nil // no more entries (for now, when following)
		}
		if err := h.f.entry(off, &h.e); err != nil {
			if h.f.replaced() && h.d.reopen(h) {
				continue
			}
			if h.f.replaced() {
				h.end = true
				h.d.vacuumed(h)
				return nil
			}
			// One bad entry: skip it, read on in the chain.
			return err
		}
		h.ok = true
		if off > h.released+releaseEvery+releaseLag {
			h.f.m.Release(int(h.released), int(off-releaseLag))
			h.released = off - releaseLag
		}
	}
	return nil
}

// Next reads the next entry into e; its slices stay valid until the next
// call. It returns false at the end. An error is one unreadable entry or
// file, already skipped: the caller counts it and calls Next again.
func (d *Dir) Next(e *classifier.Entry) (bool, error) {
	for {
		var best *head
		for _, h := range d.heads {
			if !h.ok {
				if err := h.fill(); err != nil {
					return true, err
				}
				if !h.ok {
					continue
				}
			}
			if best == nil || compare(&h.e, &best.e) < 0 {
				best = h
			}
		}
		if best == nil {
			return false, nil
		}
		best.ok = false
		x := &best.e
		if len(d.unsettled) > 0 {
			d.settle(x)
		}
		prev := d.last
		if d.duplicate(x) {
			best.seq, best.seqSet = x.Seqnum, true
			continue
		}
		ok, err := d.read(x, e)
		if best.f.replaced() {
			// Punched out between choosing x and reading it: its fields
			// may have read as zeros (no match, no message, or an error).
			// x was not read: read it again from a copy, or count it lost
			// with the rest of the file.
			d.last = prev
			if !d.reopen(best) {
				best.end = true
				d.vacuumed(best)
			}
			continue
		}
		if err != nil {
			return true, fmt.Errorf("%w (entry %s)", err, x.AppendCursor(d.cursor[:0]))
		}
		best.seq, best.seqSet = x.Seqnum, true
		if ok {
			return true, nil
		}
	}
}

// duplicate reports an entry already read from another file (the same
// sequence number of the same journald, the same contents), as sd-journal
// skips it.
func (d *Dir) duplicate(x *Entry) bool {
	l := &d.last
	dup := l.set && *l.seqnumID == x.file.seqnumID && l.seqnum == x.Seqnum && l.xor == x.XorHash
	l.seqnumID, l.seqnum, l.xor, l.set = &x.file.seqnumID, x.Seqnum, x.XorHash, true
	return dup
}

// compare orders two files' next entries as sd-journal does: by sequence
// number within one journald's numbering, else by monotonic time within
// one boot, else by wall-clock time, and last by contents.
func compare(a, b *Entry) int {
	if a.file.seqnumID == b.file.seqnumID {
		if c := cmp(a.Seqnum, b.Seqnum); c != 0 {
			return c
		}
	}
	if a.BootID == b.BootID {
		if c := cmp(a.Monotonic, b.Monotonic); c != 0 {
			return c
		}
	}
	if c := cmp(a.Realtime, b.Realtime); c != 0 {
		return c
	}
	return cmp(a.XorHash, b.XorHash)
}

func cmp(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// The fields a classifier.Entry carries.
var (
	fMessage    = []byte("MESSAGE=")
	fPriority   = []byte("PRIORITY=")
	fIdentifier = []byte("SYSLOG_IDENTIFIER=")
	fUnit       = []byte("_SYSTEMD_UNIT=")
	fHost       = []byte("_HOSTNAME=")
)

// read fills e from x when x passes the matches (false otherwise).
func (d *Dir) read(x *Entry, e *classifier.Entry) (bool, error) {
	*e = classifier.Entry{Priority: -1}
	var msg, prio []byte
	var seen uint64
	found := 0
	err := x.Fields(func(p []byte, scratch bool) bool {
		if d.m.n > 0 {
			seen |= d.m.bits(p)
		}
		if len(p) > 0 {
			switch p[0] {
			case 'M':
				if msg == nil && bytes.HasPrefix(p, fMessage) {
					msg = p[len(fMessage):]
					if scratch {
						// The next compressed field reuses the scratch.
						d.msg = append(d.msg[:0], msg...)
						msg = d.msg
					}
					found++
				}
			case 'P':
				if prio == nil && bytes.HasPrefix(p, fPriority) {
					prio = d.keep(p[len(fPriority):], scratch)
					found++
				}
			case 'S':
				if e.Identifier == nil && bytes.HasPrefix(p, fIdentifier) {
					e.Identifier = d.keep(p[len(fIdentifier):], scratch)
					found++
				}
			case '_':
				if e.Unit == nil && bytes.HasPrefix(p, fUnit) {
					e.Unit = d.keep(p[len(fUnit):], scratch)
					found++
				} else if e.Host == nil && bytes.HasPrefix(p, fHost) {
					e.Host = d.keep(p[len(fHost):], scratch)
					found++
				}
			}
		}
		return found < 5 || d.m.n > 0
	})
	if err != nil {
		return false, err
	}
	if d.m.n > 0 && !d.m.match(seen) {
		return false, nil
	}
	if msg == nil {
		msg = []byte{}
	}
	if len(msg) > MaxMessage {
		msg, e.Truncated = msg[:MaxMessage], true
	}
	e.Message = msg
	e.Priority = journalfmt.ParsePriority(prio)
	e.RealtimeUS = int64(x.Realtime)
	d.cursor = x.AppendCursor(d.cursor[:0]) // only for an entry handed on
	e.Cursor = d.cursor
	return true, nil
}

// keep returns v, copied when it is in a file's scratch space.
func (d *Dir) keep(v []byte, scratch bool) []byte {
	if !scratch {
		return v
	}
	return append([]byte(nil), v...)
}
