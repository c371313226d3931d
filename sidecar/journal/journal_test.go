package journal

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stemedb/stemewatch/internal/testenv"
)

const api = "stemedb-api.service"

// unitCases are entries that `journalctl -u stemedb-api` must (want) or
// must not select.
var unitCases = []struct {
	fields []string
	want   bool
}{
	{[]string{"_SYSTEMD_UNIT=" + api, "_PID=100", "_UID=998", "SYSLOG_IDENTIFIER=stemedb-api", "PRIORITY=3"}, true},
	{[]string{"_SYSTEMD_UNIT=other.service", "_PID=101", "_UID=998"}, false},
	{[]string{"_PID=1", "_UID=0", "UNIT=" + api, "MESSAGE=Started stemedb-api.service."}, true},
	{[]string{"_PID=500", "_UID=0", "UNIT=" + api}, false},
	{[]string{"MESSAGE_ID=fc2e22bc6ee647b6b90729ab34a250b1", "_UID=0", "COREDUMP_UNIT=" + api}, true},
	{[]string{"MESSAGE_ID=fc2e22bc6ee647b6b90729ab34a250b1", "_UID=1000", "COREDUMP_UNIT=" + api}, false},
	{[]string{"_UID=0", "OBJECT_SYSTEMD_UNIT=" + api}, true},
	{[]string{"_UID=1000", "OBJECT_SYSTEMD_UNIT=" + api}, false},
	{[]string{"_SYSTEMD_SLICE=" + api}, false},
	// journald's rate-limit notices: let in, turned into gaps.
	{[]string{"SYSLOG_IDENTIFIER=systemd-journald", "_TRANSPORT=driver", "_PID=50", "_UID=0",
		"MESSAGE_ID=" + droppedMessageID, "MESSAGE=Suppressed 42 messages from " + api}, false},
	{[]string{"SYSLOG_IDENTIFIER=systemd-journald", "_TRANSPORT=driver", "_PID=50", "_UID=0",
		"MESSAGE_ID=" + droppedMessageID, "MESSAGE=Suppressed 7 messages from other.service"}, false},
	{[]string{"_SYSTEMD_UNIT=" + api, "_PID=100", "SYSLOG_IDENTIFIER=stemedb-api", "PRIORITY=2",
		"MESSAGE=\x1b[31mERROR\x1b[0m first line\nsecond line \xff\xfe"}, true},
}

func unitJournalDir(t *testing.T) string {
	dir := t.TempDir()
	var b []byte
	for i, c := range unitCases {
		b = append(b, exportEntry(i, c.fields...)...)
	}
	testenv.ExportToJournal(t, dir, "units", b)
	return dir
}

func TestUnitMatchesLikeJournalctl(t *testing.T) {
	dir := unitJournalDir(t)
	var want []string
	for i, c := range unitCases {
		if c.want {
			if hasField(c.fields, "MESSAGE") {
				for _, f := range c.fields {
					if m, ok := strings.CutPrefix(f, "MESSAGE="); ok {
						want = append(want, m)
					}
				}
			} else {
				want = append(want, fmt.Sprintf("msg %d", i))
			}
		}
	}
	// journalctl -u itself agrees with the table.
	out, err := (&testenv.Instance{}).Journalctl("-D", dir, "-u", "stemedb-api", "-o", "export", "--all")
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(out, []byte("\n__CURSOR=")) + 1; n != len(want) {
		t.Fatalf("journalctl -u selected %d entries, the table says %d", n, len(want))
	}
	for _, v := range variants(t) {
		t.Run(v.name, func(t *testing.T) {
			c := start(t, v.config(Config{Dir: dir, Unit: "stemedb-api", From: "head"}))
			c.wait(t)
			if got := c.messages(); !slices.Equal(got, want) {
				t.Fatalf("got %q\nwant %q", got, want)
			}
			entries, gaps := c.snapshot()
			if len(gaps) != 1 || gaps[0].Reason != "ratelimited" || gaps[0].Lost != 42 {
				t.Fatalf("gaps = %+v, want one ratelimited gap of 42", gaps)
			}
			e := entries[0]
			if e.unit != api || e.ident != "stemedb-api" || e.prio != 3 || e.host != "api-node-1" ||
				e.rt != 1795600000000000 || !strings.HasPrefix(e.cursor, "s=") {
				t.Fatalf("first entry fields: %+v", e)
			}
			if last := entries[len(entries)-1]; last.prio != 2 {
				t.Fatalf("last entry priority %d", last.prio)
			}
			if st := c.src.Stats(); st.Entries != uint64(len(want)) || st.Filtered != 2 || st.LostRateLimited != 42 {
				t.Fatalf("stats %+v", st)
			}
			// Same unit with a further match: only entries with both.
			c2 := start(t, v.config(Config{Dir: dir, Unit: api, From: "head", Matches: []string{"PRIORITY=2"}}))
			c2.wait(t)
			if got := c2.messages(); len(got) != 1 || got[0] != want[len(want)-1] {
				t.Fatalf("with PRIORITY=2: %q", got)
			}
		})
	}
}

func TestConfigValidation(t *testing.T) {
	bad := []Config{
		{Backend: "systemd"},
		{Process: "thread"},
		{Matches: []string{"no_equals"}},
		{Matches: []string{"lower=case"}},
		{Matches: []string{"=value"}},
		{Matches: []string{"1FIELD=x"}},
		{From: "yesterday"},
		{From: "-5m"},
		{Lines: -1},
		{Cursor: "a\nb"},
		{Dir: "/nonexistent/journal"},
		{Dir: "/etc/machine-id"},
	}
	for _, c := range bad {
		if _, err := New(c); err == nil {
			t.Errorf("New(%+v) succeeded", c)
		}
	}
	if UnitName("stemedb-api") != api || UnitName("foo.slice") != "foo.slice" || UnitName("a.b") != "a.b.service" {
		t.Error("UnitName")
	}
}

func numberedDir(t *testing.T, n int) string {
	dir := t.TempDir()
	var b []byte
	for i := 1; i <= n; i++ {
		b = append(b, exportEntry(i, "_SYSTEMD_UNIT="+api, fmt.Sprintf("MESSAGE=n %d", i))...)
	}
	testenv.ExportToJournal(t, dir, "numbered", b)
	return dir
}

func nums(msgs []string) []int {
	var out []int
	for _, m := range msgs {
		out = append(out, numbered(m, "n "))
	}
	return out
}

func seq(a, b int) []int {
	var out []int
	for i := a; i <= b; i++ {
		out = append(out, i)
	}
	return out
}

func TestStartPositions(t *testing.T) {
	dir := numberedDir(t, 20)
	for _, v := range variants(t) {
		t.Run(v.name, func(t *testing.T) {
			read := func(c Config) []int {
				c.Dir = dir
				col := start(t, v.config(c))
				col.wait(t)
				return nums(col.messages())
			}
			if got := read(Config{From: "head"}); !slices.Equal(got, seq(1, 20)) {
				t.Errorf("head: %v", got)
			}
			if v.backend != BackendFiles { // it refuses --lines
				if got := read(Config{Lines: 3}); !slices.Equal(got, seq(18, 20)) {
					t.Errorf("tail, 3 lines: %v", got)
				}
				if got := read(Config{Lines: 50}); !slices.Equal(got, seq(1, 20)) {
					t.Errorf("tail, 50 lines of 20: %v", got)
				}
			}
			if got := read(Config{}); len(got) != 0 {
				t.Errorf("tail, 0 lines: %v", got)
			}
			if got := read(Config{From: "1h", Unit: api}); len(got) != 0 {
				t.Errorf("since 1h (entries are older): %v", got)
			}
			if got := read(Config{From: "87600h", Unit: api}); !slices.Equal(got, seq(1, 20)) {
				t.Errorf("since 10y: %v", got)
			}
			// Resume after entry 7.
			col := start(t, v.config(Config{Dir: dir, From: "head"}))
			col.wait(t)
			entries, _ := col.snapshot()
			c7 := entries[6].cursor
			if got := read(Config{Cursor: c7}); !slices.Equal(got, seq(8, 20)) {
				t.Errorf("after cursor of 7: %v", got)
			}
			if got := read(Config{Cursor: entries[19].cursor}); len(got) != 0 {
				t.Errorf("after the last cursor: %v", got)
			}
			if got := read(Config{Cursor: "line:42", From: "head"}); !slices.Equal(got, seq(1, 20)) {
				t.Errorf("with a cursor that is not a journal cursor: %v", got)
			}
		})
	}
}

func TestAutoBackend(t *testing.T) {
	dir := numberedDir(t, 1)
	s, err := New(Config{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	b, p, why := s.Backend()
	t.Logf("auto picked %s %s: %s", b, p, why)
	// The built-in reader reads what it can: a directory, followed or not.
	for _, cfg := range []Config{{Dir: dir, From: "head"}, {Dir: dir, Follow: true}, {Dir: dir, From: "head", Follow: true}} {
		s, err := New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		if b, _, why := s.Backend(); b != BackendFiles {
			t.Errorf("auto for %+v picked %s (%s), want files", cfg, b, why)
		}
	}
	if nativeUsable(&Config{Dir: dir}) == nil {
		// --lines is sd-journal's. sd-journal reads a finite copied
		// directory in-process (where holes are punched); a follower never.
		s, err := New(Config{Dir: dir, Lines: 3})
		if err != nil {
			t.Fatal(err)
		}
		if b, p, why := s.Backend(); b != BackendSDJournal {
			t.Errorf("auto with --lines picked %s/%s (%s), want sdjournal", b, p, why)
		}
		ok, _ := holePunching([]string{dir})
		wantP := ProcessChild
		if ok {
			wantP = ProcessInProcess
		}
		s, err = New(Config{Dir: dir, Backend: BackendSDJournal})
		if err != nil {
			t.Fatal(err)
		}
		if _, p, _ := s.Backend(); p != wantP {
			t.Fatalf("sdjournal for a finite read picked %s, want %s", p, wantP)
		}
		for _, cfg := range []Config{{Dir: dir, Follow: true}, {Follow: true}, {}} {
			s, err := New(cfg.withBackend(BackendSDJournal))
			if err != nil {
				t.Fatal(err)
			}
			if _, p, why := s.Backend(); p != ProcessChild {
				t.Errorf("sdjournal for %+v picked %s (%s), want a child process", cfg, p, why)
			}
		}
	}
	if _, err := New(Config{Backend: BackendJournalctl, Journalctl: "/nonexistent/journalctl"}); err == nil {
		t.Fatal("journalctl backend without journalctl succeeded")
	}
	// ramfs does not punch holes: auto must run sd-journal in a child.
	if os.Geteuid() == 0 {
		mnt := t.TempDir()
		if err := mount("ramfs", mnt); err == nil {
			defer unmount(mnt)
			if ok, why := holePunching([]string{mnt}); ok {
				t.Fatalf("ramfs judged safe: %s", why)
			}
			if ok, why := holePunching([]string{filepath.Dir(mnt)}); !ok {
				t.Logf("note: %s", why)
			}
		}
	}
}

func TestFollowLive(t *testing.T) {
	ns := testenv.Namespace(t, "live", "[Journal]\nStorage=persistent\n")
	dir := ns.Dirs[0]
	for _, v := range variants(t) {
		t.Run(v.name, func(t *testing.T) {
			id := fmt.Sprintf("live-%s-%d", v.name, time.Now().UnixNano())
			cfg := v.config(Config{Dir: dir, Follow: true, Matches: []string{"SYSLOG_IDENTIFIER=" + id}})
			if v.backend == BackendJournalctl {
				cfg.Dir, cfg.Namespace = "", ns.Namespace
			}
			// Nothing matches yet: the empty-start case (LIBRARIES §1) must
			// not skip the first entries.
			c := start(t, cfg)
			if err := testenv.Eventually(10*time.Second, func() bool { return c.src.Ready() == nil }); err != nil {
				t.Fatalf("not ready: %v", c.src.Ready())
			}
			for i := 1; i <= 5; i++ {
				ns.Send(t, fmt.Sprintf("MESSAGE=n %d", i), "SYSLOG_IDENTIFIER="+id, "PRIORITY=3")
			}
			c.waitFor(t, 10*time.Second, "5 entries", func(g []got) bool { return len(g) >= 5 })
			if got := nums(c.messages()); !slices.Equal(got, seq(1, 5)) {
				t.Fatalf("got %v", got)
			}
			// Quiet: empty batches keep carrying the position.
			c.mu.Lock()
			before := c.batches
			c.mu.Unlock()
			time.Sleep(2200 * time.Millisecond)
			c.mu.Lock()
			n, last, want := c.batches, c.cursors[len(c.cursors)-1], c.entries[4].cursor
			c.mu.Unlock()
			if n <= before || last != want {
				t.Fatalf("no idle batch with the position during 2s of quiet (batches %d -> %d, cursor %q)", before, n, last)
			}
		})
	}
}
