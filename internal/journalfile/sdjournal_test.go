//go:build cgo

package journalfile_test

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coreos/go-systemd/v22/sdjournal"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/internal/journalfile"
	"github.com/stemedb/stemewatch/internal/sample"
	"github.com/stemedb/stemewatch/internal/testenv"
)

// render is what a reader hands on of one entry, as one comparable line.
func render(cursor []byte, rt int64, prio int, msg, ident, unit, host []byte, trunc bool) string {
	return fmt.Sprintf("%s|%d|%d|%q|%s|%s|%s|%v", cursor, rt, prio, msg, ident, unit, host, trunc)
}

// readDir reads dir with the built-in reader; unreadable entries count.
func readDir(t *testing.T, dir string, terms [][]string) (lines []string, bad int) {
	t.Helper()
	d, err := journalfile.OpenDir(dir, terms)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	var e classifier.Entry
	for {
		ok, err := d.Next(&e)
		if err != nil {
			bad++
			continue
		}
		if !ok {
			return lines, bad
		}
		lines = append(lines, render(e.Cursor, e.RealtimeUS, e.Priority, e.Message, e.Identifier, e.Unit, e.Host, e.Truncated))
	}
}

// readSDJournal reads dir with libsystemd, the same fields, the same
// matches (terms joined by disjunctions).
func readSDJournal(t *testing.T, dir string, terms [][]string) []string {
	t.Helper()
	j, err := sdjournal.NewJournalFromDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	for i, term := range terms {
		if i > 0 {
			if err := j.AddDisjunction(); err != nil {
				t.Fatal(err)
			}
		}
		for _, m := range term {
			if err := j.AddMatch(m); err != nil {
				t.Fatal(err)
			}
		}
	}
	field := func(name string) []byte {
		v, err := j.GetData(name)
		if err != nil {
			return nil
		}
		return []byte(strings.TrimPrefix(v, name+"="))
	}
	var out []string
	for {
		n, err := j.Next()
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			return out
		}
		c, err := j.GetCursor()
		if err != nil {
			t.Fatal(err)
		}
		rt, _ := j.GetRealtimeUsec()
		prio := -1
		if p := field("PRIORITY"); len(p) == 1 && '0' <= p[0] && p[0] <= '9' {
			prio = int(p[0] - '0')
		}
		msg := field("MESSAGE")
		if msg == nil {
			msg = []byte{}
		}
		out = append(out, render([]byte(c), int64(rt), prio, msg, field("SYSLOG_IDENTIFIER"), field("_SYSTEMD_UNIT"), field("_HOSTNAME"), false))
	}
}

func requireSame(t *testing.T, what string, got, want []string) {
	t.Helper()
	if len(want) == 0 {
		t.Fatalf("%s: sd-journal reads no entries: the case tests nothing", what)
	}
	if len(got) != len(want) {
		t.Errorf("%s: %d entries, sd-journal reads %d", what, len(got), len(want))
	}
	shown := 0
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] && shown < 3 {
			shown++
			t.Errorf("%s: entry %d:\n got %.300s\nwant %.300s", what, i, got[i], want[i])
		}
	}
}

// exportTo writes export text as a journal file, with env for
// systemd-journal-remote (file format knobs).
func exportTo(t *testing.T, path string, export []byte, env ...string) {
	t.Helper()
	testenv.RequireProgram(t, testenv.JournalRemoteBin)
	cmd := exec.Command(testenv.JournalRemoteBin, "-o", path, "-")
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdin = bytes.NewReader(export)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", testenv.JournalRemoteBin, err, out)
	}
}

// dealExport deals export text's entries round-robin into n parts, so
// that the files' entries interleave in time. It reads the export format:
// a field is "NAME=value\n", or "NAME\n", a little-endian 64-bit size,
// the value and "\n" (binary); an empty line ends an entry.
func dealExport(t *testing.T, export []byte, n int) [][]byte {
	t.Helper()
	parts := make([][]byte, n)
	k, start := 0, 0
	for p := 0; p < len(export); {
		nl := bytes.IndexByte(export[p:], '\n')
		if nl < 0 {
			t.Fatalf("export: no newline after offset %d", p)
		}
		line := export[p : p+nl]
		p += nl + 1
		switch {
		case len(line) == 0: // the entry ends
			parts[k%n] = append(parts[k%n], export[start:p]...)
			k, start = k+1, p
		case bytes.IndexByte(line, '=') < 0: // a binary field
			if p+8 > len(export) {
				t.Fatalf("export: binary field %q cut short", line)
			}
			size := int(binary.LittleEndian.Uint64(export[p:]))
			p += 8 + size + 1
		}
	}
	if k < n {
		t.Fatalf("export: %d entries, fewer than %d parts", k, n)
	}
	return parts
}

// The bundled hour as real journal files, in every format journald writes,
// read by both readers with the matches stemewatch uses: every entry, in
// the same order, with the same cursor, time, priority and fields.
func TestDirReadsWhatSDJournalReads(t *testing.T) {
	export := sample.Read(t, "sample.export.gz")
	unit := [][]string{
		{"_SYSTEMD_UNIT=stemedb-api.service"},
		{"MESSAGE_ID=fc2e22bc6ee647b6b90729ab34a250b1", "_UID=0", "COREDUMP_UNIT=stemedb-api.service"},
		{"_PID=1", "UNIT=stemedb-api.service"},
	}
	for _, c := range []struct {
		name  string
		env   []string
		parts int
		twice bool // the same file copied in twice
	}{
		{name: "compact, keyed hash, zstd (252's default)", parts: 1},
		{name: "regular format, Jenkins hash", env: []string{"SYSTEMD_JOURNAL_COMPACT=0", "SYSTEMD_JOURNAL_KEYED_HASH=0"}, parts: 1},
		{name: "three files of three journal-remote runs, entries interleaved", parts: 3},
		{name: "one file and its copy", parts: 1, twice: true},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			for i, part := range dealExport(t, export, c.parts) {
				exportTo(t, filepath.Join(dir, fmt.Sprintf("part%d.journal", i)), part, c.env...)
			}
			if c.twice {
				data, err := os.ReadFile(filepath.Join(dir, "part0.journal"))
				if err != nil {
					t.Fatal(err)
				}
				os.WriteFile(filepath.Join(dir, "copy.journal"), data, 0o644)
			}
			for _, terms := range [][][]string{nil, unit, {{"PRIORITY=3", "PRIORITY=4"}}} {
				got, bad := readDir(t, dir, terms)
				if bad != 0 {
					t.Errorf("matches %v: %d unreadable entries", terms, bad)
				}
				requireSame(t, fmt.Sprintf("matches %v", terms), got, readSDJournal(t, dir, terms))
			}
		})
	}
}

// A journald namespace's own files: rotated (several files of one
// numbering), messages long enough to be compressed, a repeated field.
func TestDirReadsJournaldsFiles(t *testing.T) {
	ns := testenv.Namespace(t, "swjf", "[Journal]\nStorage=persistent\nRateLimitBurst=0\n")
	long := strings.Repeat("request failed: payload ", 200) // over the 512-byte compression threshold
	for i := 0; i < 3000; i++ {
		msg := fmt.Sprintf("MESSAGE=entry %d", i)
		if i%100 == 7 {
			msg = "MESSAGE=" + long + fmt.Sprint(i)
		}
		ns.Send(t, msg, "SYSLOG_IDENTIFIER=swjf", fmt.Sprintf("PRIORITY=%d", i%8), "EXTRA=a", "EXTRA=b")
		if i == 1000 || i == 2000 {
			if err := ns.Rotate(); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := ns.Sync(); err != nil {
		t.Fatal(err)
	}
	// A copy, as an operator takes one for classify --journal-dir.
	dir := t.TempDir()
	if out, err := exec.Command("cp", "-a", ns.JournalDir()+"/.", dir).CombinedOutput(); err != nil {
		t.Fatalf("cp: %v: %s", err, out)
	}
	for _, terms := range [][][]string{nil, {{"SYSLOG_IDENTIFIER=swjf", "PRIORITY=3"}}} {
		got, bad := readDir(t, dir, terms)
		if bad != 0 {
			t.Errorf("%d unreadable entries", bad)
		}
		want := readSDJournal(t, dir, terms)
		requireSame(t, fmt.Sprintf("matches %v", terms), got, want)
		if terms == nil && len(want) < 3000 {
			t.Errorf("sd-journal reads %d entries, 3000 and more were sent", len(want))
		}
	}
}

// Resuming after any entry's cursor reads exactly the entries after it, in
// a directory of three interleaved files (what a restart from a
// checkpoint does); after a cursor of an entry no file holds any longer
// (vacuumed), it reads the entries after where that entry was.
func TestSeekAfterCursorResumesExactly(t *testing.T) {
	export := sample.Read(t, "sample.export.gz")
	dir := t.TempDir()
	for i, part := range dealExport(t, export, 3) {
		exportTo(t, filepath.Join(dir, fmt.Sprintf("part%d.journal", i)), part)
	}
	all, _ := readDir(t, dir, nil)
	cursorOf := func(line string) string { return line[:strings.IndexByte(line, '|')] }
	for _, k := range []int{0, 1, 2, 3, 777, 10000, 19998, 19999} {
		d, err := journalfile.OpenDirs([]string{dir}, nil, false)
		if err != nil {
			t.Fatal(err)
		}
		found, err := d.SeekAfter(cursorOf(all[k]))
		if err != nil || !found {
			t.Fatalf("cursor of entry %d: found %v, %v", k, found, err)
		}
		var e classifier.Entry
		n := k + 1
		for {
			ok, err := d.Next(&e)
			if err != nil {
				t.Fatal(err)
			}
			if !ok {
				break
			}
			if string(e.Cursor) != cursorOf(all[n]) {
				t.Fatalf("after entry %d: entry %d is %s, want %s", k, n, e.Cursor, cursorOf(all[n]))
			}
			n++
		}
		if n != len(all) {
			t.Fatalf("after entry %d: read up to %d of %d", k, n, len(all))
		}
		d.Close()
	}
}

// journald's own vacuum under a follower with matches (what run reads): a
// file read to its end long ago and vacuumed while the reader is in a
// later file lost nothing; a file vacuumed before the reader took its
// entries lost them all, counted from the sequence numbers with journald's
// own entries beside them (the zeros no longer say which matched).
func TestVacuumUnderAMatchingFollower(t *testing.T) {
	for _, readFirst := range []bool{true, false} {
		t.Run(fmt.Sprintf("read first %v", readFirst), func(t *testing.T) {
			ns := testenv.Namespace(t, "swjv", "[Journal]\nStorage=persistent\nRateLimitBurst=0\n")
			send := func(from, to int) {
				for i := from; i < to; i++ {
					ns.Send(t, fmt.Sprintf("MESSAGE=entry %d", i), "SYSLOG_IDENTIFIER=swjv")
				}
				if err := ns.Sync(); err != nil {
					t.Fatal(err)
				}
			}
			send(0, 100)
			if err := ns.Rotate(); err != nil {
				t.Fatal(err)
			}
			send(100, 200)
			d, err := journalfile.OpenDirs([]string{ns.JournalDir()}, [][]string{{"SYSLOG_IDENTIFIER=swjv"}}, true)
			if err != nil {
				t.Fatal(err)
			}
			defer d.Close()
			var e classifier.Entry
			n := 0
			next := func(max int) {
				for ; n < max; n++ {
					ok, err := d.Next(&e)
					if err != nil {
						t.Fatalf("entry %d: %v", n, err)
					}
					if !ok {
						return
					}
				}
			}
			if readFirst {
				next(150) // the first file to its end, half of the second
			}
			if err := ns.Rotate(); err != nil { // the second archived too
				t.Fatal(err)
			}
			send(200, 210)
			// Two archives: the oldest goes.
			if _, err := ns.Journalctl("--vacuum-files=2"); err != nil {
				t.Fatal(err)
			}
			if err := d.Refresh(); err != nil {
				t.Fatal(err)
			}
			next(1 << 20)
			if err := d.Refresh(); err != nil {
				t.Fatal(err)
			}
			next(1 << 20)
			var lost uint64
			for _, l := range d.TakeLosses() {
				lost += l.Unread
				t.Logf("loss: %+v", l)
			}
			t.Logf("%d entries read, %d counted lost", n, lost)
			switch {
			case readFirst && (n != 210 || lost != 0):
				t.Fatalf("read %d of 210, %d counted lost: want all read, nothing lost", n, lost)
			case !readFirst && (n != 110 || lost < 100 || lost > 110):
				t.Fatalf("read %d (want 110: the first file's 100 were vacuumed), %d counted lost (want 100 and journald's own few)", n, lost)
			}
		})
	}
}
