package journalfile_test

import (
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/sys/unix"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/internal/journalfile"
	"github.com/stemedb/stemewatch/internal/mapfile"
	"github.com/stemedb/stemewatch/internal/sample"
	"github.com/stemedb/stemewatch/internal/testenv"
)

// sampleJournal returns the bytes of the bundled hour as one journal file.
func sampleJournal(t *testing.T) []byte {
	t.Helper()
	path := testenv.ExportToJournal(t, t.TempDir(), "sample", sample.Read(t, "sample.export.gz"))
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// Random damage anywhere in a real file: the reader ends every time,
// never panics, and every error names the file. Entries read stay within
// what the undamaged file holds.
func TestDamagedFilesAreErrorsNotPanics(t *testing.T) {
	orig := sampleJournal(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "damaged.journal")
	rng := rand.New(rand.NewSource(1))
	errs, entries := 0, 0
	for trial := 0; trial < 40; trial++ {
		data := append([]byte(nil), orig...)
		for k := 0; k < 1+trial*5; k++ {
			i := rng.Intn(len(data) - 8)
			if trial%2 == 0 {
				data[i] ^= byte(1 + rng.Intn(255))
			} else { // a plausible-looking offset or size
				copy(data[i&^7:], []byte{byte(rng.Intn(256)), byte(rng.Intn(256)), byte(rng.Intn(8)), 0, 0, 0, 0, 0})
			}
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		d, err := journalfile.OpenDir(dir, [][]string{{"PRIORITY=3", "PRIORITY=6"}, {"_SYSTEMD_UNIT=stemedb-api.service"}})
		if err != nil {
			continue
		}
		var e classifier.Entry
		n := 0
		for steps := 0; ; steps++ {
			if steps > 200000 {
				t.Fatalf("trial %d: the reader does not end", trial)
			}
			ok, err := d.Next(&e)
			if err != nil {
				errs++
				if !strings.Contains(err.Error(), path) {
					t.Fatalf("trial %d: error without the file's name: %v", trial, err)
				}
				continue
			}
			if !ok {
				break
			}
			n++
		}
		for _, s := range d.Skipped() {
			if !strings.Contains(s.Error(), path) {
				t.Fatalf("trial %d: skipped without the file's name: %v", trial, s)
			}
		}
		entries += n
		if n > 20000 {
			t.Fatalf("trial %d: %d entries from a file of 20000", trial, n)
		}
		d.Close()
	}
	if errs == 0 {
		t.Fatal("no damage was ever reported: the test damaged nothing it reads")
	}
	t.Logf("40 damaged copies: %d entries read, %d errors", entries, errs)
}

// A file cut short under the reader's mapping is an error naming it, given
// to Guard's function, not a SIGBUS.
func TestFileTruncatedWhileReadIsAnError(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "cut.journal")
	if err := os.WriteFile(path, sampleJournal(t), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := journalfile.OpenDir(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if err := os.Truncate(path, 4096); err != nil {
		t.Fatal(err)
	}
	var fault error
	func() {
		defer d.Guard(func(err error) { fault = err })()
		var e classifier.Entry
		for {
			if ok, _ := d.Next(&e); !ok {
				return
			}
		}
	}()
	var fe *mapfile.FaultError
	if !errors.As(fault, &fe) || fe.Name != path {
		t.Fatalf("got %v, want a FaultError naming %s", fault, path)
	}
}

// What the reader does not know it refuses (the caller reads with
// sd-journal); what is no journal file it skips and names.
func TestUnsupportedAndForeignFiles(t *testing.T) {
	data := sampleJournal(t)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "notes.journal"), []byte("not a journal, but named like one\n"+strings.Repeat("x", 300)), 0o644)
	os.WriteFile(filepath.Join(dir, "good.journal"), data, 0o644)
	d, err := journalfile.OpenDir(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	if d.Files() != 1 || len(d.Skipped()) != 1 || !strings.Contains(d.Skipped()[0].Error(), "notes.journal") {
		t.Fatalf("files %d, skipped %v: want the good one read, notes.journal skipped", d.Files(), d.Skipped())
	}
	d.Close()

	xz := append([]byte(nil), data...)
	xz[12] |= 1 // HEADER_INCOMPATIBLE_COMPRESSED_XZ
	xzDir := t.TempDir()
	os.WriteFile(filepath.Join(xzDir, "xz.journal"), xz, 0o644)
	if _, err := journalfile.OpenDir(xzDir, nil); !errors.Is(err, journalfile.ErrUnsupported) {
		t.Fatalf("a file with XZ fields: got %v, want ErrUnsupported", err)
	}
}

// journald 252 may archive a file as a copy under another name and punch
// the original out: a follower's mapping of the original then reads zeros.
// The reader goes on in the copy, after the last entry it took, with
// nothing read twice and nothing lost.
func TestFollowedFileReplacedByACopy(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "system.journal")
	if err := os.WriteFile(path, sampleJournal(t), 0o640); err != nil {
		t.Fatal(err)
	}
	d, err := journalfile.OpenDirs([]string{dir}, nil, true)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	var e classifier.Entry
	var cursors []string
	next := func() bool {
		ok, err := d.Next(&e)
		if err != nil {
			t.Fatalf("after %d entries: %v", len(cursors), err)
		}
		if ok {
			cursors = append(cursors, string(e.Cursor))
		}
		return ok
	}
	for len(cursors) < 7000 && next() {
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	copyPath := filepath.Join(dir, "system@0123-0000000000000001-0000000000000001.journal")
	if err := os.WriteFile(copyPath, data, 0o640); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteAt(make([]byte, len(data)), 0); err != nil { // punched: zeros
		t.Fatal(err)
	}
	f.Close()
	os.Remove(path)
	for next() {
	}
	if err := d.Refresh(); err != nil {
		t.Fatal(err)
	}
	for next() {
	}
	seen := map[string]bool{}
	for _, c := range cursors {
		if seen[c] {
			t.Fatalf("entry %s read twice", c)
		}
		seen[c] = true
	}
	if len(cursors) != 20000 {
		t.Fatalf("%d entries read, the file holds 20000", len(cursors))
	}
}

// mappedRSS returns the resident kilobytes of this process' mappings of
// path (/proc/self/smaps).
func mappedRSS(t *testing.T, path string) int {
	t.Helper()
	data, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		t.Skip("no /proc/self/smaps")
	}
	kb, in := 0, false
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) >= 5 && strings.Contains(f[0], "-") && len(f[1]) == 4 { // a mapping's header; no path: anonymous
			in = len(f) >= 6 && f[len(f)-1] == path
			continue
		}
		if in && len(f) >= 2 && f[0] == "Rss:" {
			n, _ := strconv.Atoi(f[1])
			kb += n
		}
	}
	return kb
}

// A followed file journald archived, once read to its end, gives its pages
// back: a sidecar following for months keeps in memory what it is reading,
// not every file it read.
func TestArchivedFileReadToItsEndGivesItsPagesBack(t *testing.T) {
	d, path := followArchived(t)
	n := drain(t, d)
	before := mappedRSS(t, path)
	if n != 20000 || before < 1024 {
		t.Fatalf("%d entries read, %d kB of the file resident: the test reads nothing", n, before)
	}
	if err := d.Refresh(); err != nil {
		t.Fatal(err)
	}
	if after := mappedRSS(t, path); after > before/10 {
		t.Fatalf("%d kB of the file resident after it was read to its end and archived (%d kB before)", after, before)
	} else {
		t.Logf("resident: %d kB while read, %d kB after", before, after)
	}
}

// A follower that opened an empty directory (journald made it before its
// first file) sees the first file at the next Refresh, not rescanEvery
// polls later: journald may rotate and vacuum that file within a second,
// and its entries would be lost without a gap to count them (a CI run lost
// 748 entries so).
func TestFollowerOfAnEmptyDirectorySeesTheFirstFileAtOnce(t *testing.T) {
	dir := t.TempDir()
	d, err := journalfile.OpenDirs([]string{dir}, nil, true)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if err := d.Refresh(); err != nil { // a poll that finds nothing
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "system.journal"), sampleJournal(t), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := d.Refresh(); err != nil {
		t.Fatal(err)
	}
	if d.Files() != 1 {
		t.Fatalf("after one poll the follower reads %d files, want the new one", d.Files())
	}
	n := drain(t, d)
	if n != 20000 {
		t.Fatalf("%d entries read, the file holds 20000", n)
	}
}

// archivedSample writes the sample journal (20000 entries) as an archived
// file into a new directory, and returns the directory and the file's path.
func archivedSample(t *testing.T) (dir, path string) {
	t.Helper()
	data := sampleJournal(t)
	data[16] = 2 // STATE_ARCHIVED
	dir = t.TempDir()
	path = filepath.Join(dir, "system@0123-0000000000000001-0000000000000001.journal")
	if err := os.WriteFile(path, data, 0o640); err != nil {
		t.Fatal(err)
	}
	return dir, path
}

// followArchived follows a directory holding the sample journal as an
// archived file (20000 entries), and returns the file's path.
func followArchived(t *testing.T) (*journalfile.Dir, string) {
	t.Helper()
	dir, path := archivedSample(t)
	d, err := journalfile.OpenDirs([]string{dir}, nil, true)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d, path
}

// drain reads d to its end and returns how many entries it gave; an error
// fails the test.
func drain(t *testing.T, d *journalfile.Dir) int {
	t.Helper()
	n := 0
	each(t, d, func(*classifier.Entry) { n++ })
	return n
}

// each calls fn with every entry d gives, to its end; an error fails the
// test.
func each(t *testing.T, d *journalfile.Dir, fn func(*classifier.Entry)) {
	t.Helper()
	var e classifier.Entry
	for {
		ok, err := d.Next(&e)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			return
		}
		fn(&e)
	}
}

// A vacuum unlinks a file and punches it out (unlinkat_deallocate): a
// follower's mapping of it then reads zeros. That is no unreadable entry:
// a follower that had read the file to its end lost nothing, and one that
// had not lost the rest, which TakeLosses counts from the file's header as
// last seen (a CI soak once counted such a file as an unreadable entry, a
// loss that never happened).
func TestFollowedFileVacuumedUnderTheReader(t *testing.T) {
	for _, tc := range []struct {
		name       string
		read, want int // entries read before the vacuum; unread reported
	}{
		{"read to its end", 20000, 0},
		{"read in part", 7000, 13000},
		{"never read", 0, 20000},
		{"passed over by a seek to the tail", -1, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, path := followArchived(t) // vacuum deletes only archives
			var e classifier.Entry
			if tc.read < 0 {
				d.SeekTail()
			}
			for n := 0; n < tc.read; n++ {
				if ok, err := d.Next(&e); !ok || err != nil {
					t.Fatalf("entry %d: %v, %v", n+1, ok, err)
				}
			}
			vacuum(t, path)
			// The reader meets the zeros in Next or at the next Refresh.
			if ok, err := d.Next(&e); ok || err != nil {
				t.Fatalf("after the vacuum Next gave %v, %v; want the end and no error", ok, err)
			}
			if err := d.Refresh(); err != nil {
				t.Fatal(err)
			}
			if ok, err := d.Next(&e); ok || err != nil {
				t.Fatalf("after the Refresh Next gave %v, %v; want the end and no error", ok, err)
			}
			losses := d.TakeLosses()
			if tc.want == 0 && len(losses) != 0 {
				t.Fatalf("losses %+v, want none: the file was read to its end", losses)
			}
			if tc.want > 0 && (len(losses) != 1 || losses[0].Unread != uint64(tc.want) || losses[0].Path != path) {
				t.Fatalf("losses %+v, want one of %s with %d unread", losses, path, tc.want)
			}
			if d.Files() != 0 {
				t.Fatalf("%d files still open after the vacuumed one was closed", d.Files())
			}
		})
	}
}

// TestVacuumBetweenChoosingAnEntryAndReadingIt: journald's vacuum may punch
// a file out after the reader has chosen its next entry and before it has
// read the entry's fields. Those read as zeros, so the entry matches no
// term (or, without terms, has no message); it was not read, and it is
// counted lost with the rest of the file, not passed over as one that did
// not match nor given out empty.
func TestVacuumBetweenChoosingAnEntryAndReadingIt(t *testing.T) {
	const unit, read = "stemedb-api.service", 7000
	for _, tc := range []struct {
		name  string
		terms [][]string
	}{
		{"with terms", [][]string{{"_SYSTEMD_UNIT=" + unit}}},
		{"without terms", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir, path := archivedSample(t)
			// want: the file's entries after the read-th one the terms pass.
			all, err := journalfile.OpenDirs([]string{dir}, nil, false)
			if err != nil {
				t.Fatal(err)
			}
			total, passed, want := 0, 0, -1
			each(t, all, func(e *classifier.Entry) {
				total++
				if tc.terms == nil || string(e.Unit) == unit {
					if passed++; passed == read {
						want = total
					}
				}
			})
			all.Close()
			if want < 0 {
				t.Fatalf("only %d of %d entries pass the terms", passed, total)
			}
			want = total - want
			d, err := journalfile.OpenDirs([]string{dir}, tc.terms, true)
			if err != nil {
				t.Fatal(err)
			}
			defer d.Close()
			var e classifier.Entry
			for n := 0; n < read; n++ {
				if ok, err := d.Next(&e); !ok || err != nil {
					t.Fatalf("entry %d: %v, %v", n+1, ok, err)
				}
			}
			d.Peek() // the next entry chosen
			vacuum(t, path)
			each(t, d, func(e *classifier.Entry) {
				t.Errorf("after the vacuum Next gave an entry: %q", e.Message)
			})
			var lost uint64
			for _, l := range d.TakeLosses() {
				lost += l.Unread
			}
			// Matching or not: the zeros no longer tell which matched.
			if lost != uint64(want) {
				t.Errorf("%d counted lost, want %d (of %d entries)", lost, want, total)
			}
		})
	}
}

// vacuum deletes path as journald's vacuum does (unlinkat_deallocate):
// open, unlink, then punch the whole file out, or where the filesystem
// cannot punch, write zeros over it (what a mapping then reads either way).
func vacuum(t *testing.T, path string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if unix.Fallocate(int(f.Fd()), unix.FALLOC_FL_PUNCH_HOLE|unix.FALLOC_FL_KEEP_SIZE, 0, st.Size()) != nil {
		if _, err := f.WriteAt(make([]byte, st.Size()), 0); err != nil {
			t.Fatal(err)
		}
	}
}
