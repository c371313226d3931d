package journal

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stemedb/stemewatch/internal/journalfile"
	"github.com/stemedb/stemewatch/internal/testenv"
)

// filesDir writes n exported entries of unit as one journal file in a
// fresh directory.
func filesDir(t *testing.T, n int) string {
	t.Helper()
	var export []byte
	for i := 0; i < n; i++ {
		unit := "stemedb-api.service"
		if i%3 == 2 {
			unit = "other.service"
		}
		export = append(export, exportEntry(i, "_SYSTEMD_UNIT="+unit, "PRIORITY=6", "SYSLOG_IDENTIFIER=stemedb-api")...)
	}
	dir := t.TempDir()
	testenv.ExportToJournal(t, dir, "copied", export)
	return dir
}

// auto reads a copied directory to its end with the built-in reader, in
// batches through the emitter like every reader, with the unit's matches;
// it leaves following, cursors and files it cannot read to sd-journal.
func TestFilesBackendChoiceAndRead(t *testing.T) {
	dir := filesDir(t, 300)
	src, err := New(Config{Dir: dir, From: "head", Unit: "stemedb-api"})
	if err != nil {
		t.Fatal(err)
	}
	if b, _, why := src.Backend(); b != BackendFiles {
		t.Fatalf("auto for a finite read of a directory: backend %s (%s), want files", b, why)
	}
	c := start(t, Config{Dir: dir, From: "head", Unit: "stemedb-api"})
	c.wait(t)
	got, gaps := c.snapshot()
	if len(got) != 200 || len(gaps) != 0 {
		t.Fatalf("%d entries, gaps %v: want the unit's 200 of 300, no gap", len(got), gaps)
	}
	if got[0].msg != "msg 0" || got[199].msg != "msg 298" || got[5].unit != "stemedb-api.service" || got[5].prio != 6 {
		t.Fatalf("first %+v, last %+v", got[0], got[199])
	}
	if !strings.HasPrefix(got[0].cursor, "s=") || got[0].rt != 1795600000000000 {
		t.Fatalf("cursor %q, time %d", got[0].cursor, got[0].rt)
	}

	// Following, the tail and a checkpoint: the files backend, asked for or
	// auto; --lines: never the files backend.
	for _, cfg := range []Config{
		{Dir: dir, From: "head", Follow: true},
		{Dir: dir, From: "tail"},
		{Dir: dir, Cursor: got[3].cursor},
	} {
		if _, err := New(cfg.withBackend(BackendFiles)); err != nil {
			t.Errorf("%+v: files backend: %v", cfg, err)
		}
		if s, err := New(cfg); err != nil {
			t.Error(err)
		} else if b, _, why := s.Backend(); b != BackendFiles {
			t.Errorf("%+v: auto picked %s (%s)", cfg, b, why)
		}
	}
	if _, err := New(Config{Dir: dir, From: "tail", Lines: 5, Backend: BackendFiles}); err == nil {
		t.Errorf("--lines: the files backend accepted it")
	}

	data, err := os.ReadFile(filepath.Join(dir, "copied.journal"))
	if err != nil {
		t.Fatal(err)
	}
	data[12] |= 1 // an XZ-compressed file, which the built-in reader refuses
	os.WriteFile(filepath.Join(dir, "copied.journal"), data, 0o644)
	if _, err := New(Config{Dir: dir, From: "head", Backend: BackendFiles}); !errors.Is(err, journalfile.ErrUnsupported) {
		t.Errorf("files backend on an XZ file: %v, want ErrUnsupported", err)
	}
	if s, err := New(Config{Dir: dir, From: "head"}); err == nil {
		if b, _, _ := s.Backend(); b == BackendFiles {
			t.Errorf("auto picked files for an XZ file")
		}
	}
}

func (cfg Config) withBackend(b string) Config {
	cfg.Backend = b
	return cfg
}

// A reader that fails before it read a single entry starts again from when
// reading began, not from the tail: what was written in between is read.
// (A journalctl that exits at once, as 252's does on a namespace that holds
// no entry yet, lost them: TestLatency saw 144 of 150.)
func TestRestartBeforeTheFirstEntryLosesNothing(t *testing.T) {
	ns := testenv.Namespace(t, "rst", "[Journal]\nStorage=persistent\n")
	marker := filepath.Join(t.TempDir(), "failed-once")
	script := filepath.Join(t.TempDir(), "journalctl")
	real, err := exec.LookPath("journalctl")
	if err != nil {
		t.Skip("no journalctl")
	}
	// The first run fails after the test has written its entries.
	os.WriteFile(script, []byte("#!/bin/sh\nif [ ! -e "+marker+" ]; then touch "+marker+"; sleep 1; echo 'Data from the specified boot (+0) is not available' >&2; exit 1; fi\nexec "+real+" \"$@\"\n"), 0o755)
	id := fmt.Sprintf("rst-%d", time.Now().UnixNano())
	c := start(t, Config{Backend: BackendJournalctl, Journalctl: script, Namespace: ns.Namespace, Follow: true,
		Matches: []string{"SYSLOG_IDENTIFIER=" + id}})
	for i := 1; i <= 5; i++ {
		ns.Send(t, fmt.Sprintf("MESSAGE=n %d", i), "SYSLOG_IDENTIFIER="+id)
	}
	if err := testenv.Eventually(10*time.Second, func() bool { _, err := os.Stat(marker); return err == nil }); err != nil {
		t.Fatal("the failing journalctl never ran")
	}
	c.waitFor(t, 15*time.Second, "the 5 entries written while the first reader failed", func(g []got) bool { return len(g) >= 5 })
	if st := c.src.Stats(); st.Restarts == 0 {
		t.Fatalf("no restart: %+v", st)
	}
}
