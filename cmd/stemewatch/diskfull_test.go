package main

import (
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"

	"github.com/stemedb/stemewatch/internal/testenv"
	"github.com/stemedb/stemewatch/sidecar/checkpoint"
)

// fill writes to path until the file system is full.
func fill(t *testing.T, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		if errors.Is(err, syscall.ENOSPC) {
			return
		}
		t.Fatal(err)
	}
	defer f.Close()
	buf := make([]byte, 64<<10)
	for {
		if _, err := f.Write(buf); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				t.Fatal(err)
			}
			break
		}
	}
	// Small writes too, until not even a block is left.
	for {
		if _, err := f.Write(buf[:512]); err != nil {
			return
		}
	}
}

// copyInto copies a journal file into dir under a temporary name and
// renames it, so the reader never sees it half written.
func copyInto(t *testing.T, src, dir, name string) {
	t.Helper()
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	tmp := filepath.Join(dir, "."+name+".tmp")
	out, err := os.Create(tmp)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, filepath.Join(dir, name)); err != nil {
		t.Fatal(err)
	}
}

// outboxIDs lists the anomaly ids waiting in an outbox directory.
func outboxIDs(dir string) []string {
	ents, _ := os.ReadDir(dir)
	var ids []string
	for _, e := range ents {
		if !strings.HasSuffix(e.Name(), ".json") || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			continue
		}
		if _, rest, ok := strings.Cut(string(b), `"id":"`); ok {
			if id, _, ok := strings.Cut(rest, `"`); ok {
				ids = append(ids, id)
			}
		}
	}
	return ids
}

type streamed struct {
	ID     string `json:"id"`
	Cursor string `json:"cursor"`
}

// streamAnomalies reads the anomaly stream's messages.
func streamAnomalies(t *testing.T, url string) []streamed {
	t.Helper()
	var out []streamed
	for _, m := range streamData(t, url) {
		var a streamed
		if err := json.Unmarshal(m, &a); err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// cursorFile is the s= (sequence number id: one per journal file) of a
// cursor.
func cursorFile(cur string) string {
	for _, f := range strings.Split(cur, ";") {
		if v, ok := strings.CutPrefix(f, "s="); ok {
			return v
		}
	}
	return ""
}

// TestRunStateDiskFull: the state directory (a 3 MiB tmpfs) fills up while
// new entries make anomalies. The sidecar stops reading and holds the batch
// it could not record; /readyz says 503 with the reason, the checkpoint
// does not move and its age grows; once space is back, it resumes and the
// stream holds exactly what an undisturbed sidecar, fed the same entries,
// published. Every anomaly the checkpoint has passed is, at every moment,
// in the stream or in the outbox.
func TestRunStateDiskFull(t *testing.T) {
	testenv.RequireRoot(t)
	const n = 30_000
	work := t.TempDir()
	part1, part2 := filepath.Join(work, "part1.journal"), filepath.Join(work, "part2.journal")
	genJournalFile(t, part1, n)
	genJournalFile(t, part2, n, "--seed", "7", "--start", "2027-01-01T00:00:00Z")

	type side struct {
		jdir, state string
		srv         *server.Server
		p           *proc
	}
	mk := func(name string) *side {
		s := &side{jdir: filepath.Join(work, name, "journal"), state: filepath.Join(work, name, "state"), srv: startNATS(t)}
		for _, d := range []string{s.jdir, s.state} {
			if err := os.MkdirAll(d, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		copyInto(t, part1, s.jdir, "part1.journal")
		return s
	}
	ref, full := mk("ref"), mk("full")
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=3m", "sw-diskfull", full.state).CombinedOutput(); err != nil {
		t.Fatalf("mount tmpfs: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", "-l", full.state).Run() })
	for _, s := range []*side{ref, full} {
		s.p = startRun(t, filepath.Join(work, filepath.Base(filepath.Dir(s.jdir))), "--journal-dir", s.jdir, "--from", "head",
			"--state-dir", s.state, "--nats-url", s.srv.ClientURL())
	}
	caughtUp := func(s *side, want float64) func() bool {
		return func() bool {
			m := s.p.scrape()
			return value(m, "stemewatch_entries_read_total") == want && value(m, "stemewatch_journal_caught_up") == 1
		}
	}
	for _, s := range []*side{ref, full} {
		s.p.await("part 1 read", 60*time.Second, caughtUp(s, n))
	}
	if code, body := full.p.get("/readyz"); code != 200 {
		t.Fatalf("/readyz before the fault: %d %s", code, body)
	}
	store := &checkpoint.Store{Dir: full.state}
	full.p.await("part 1 checkpointed", 30*time.Second, func() bool {
		return value(full.p.scrape(), "stemewatch_checkpoint_age_seconds") < 2 && len(outboxIDs(filepath.Join(full.state, "outbox"))) == 0
	})
	before, err := store.Load()
	if err != nil || before == "" {
		t.Fatalf("checkpoint before the fault: %q %v", before, err)
	}

	fill(t, filepath.Join(full.state, "filler"))
	for _, s := range []*side{ref, full} {
		copyInto(t, part2, s.jdir, "part2.journal")
	}
	full.p.await("a held batch", 60*time.Second, func() bool {
		return value(full.p.scrape(), "stemewatch_checkpoint_held") == 1
	})
	code, body := full.p.get("/readyz")
	if code != 503 || !strings.Contains(body, "not recorded") {
		t.Errorf("/readyz during the fault: %d %q", code, body)
	}
	full.p.await("the checkpoint age to grow", 60*time.Second, func() bool {
		return value(full.p.scrape(), "stemewatch_checkpoint_age_seconds") > 3
	})
	if got := value(full.p.scrape(), "stemewatch_entries_read_total"); got >= 2*n {
		t.Errorf("read all %v entries while a batch was held: reading did not pause", got)
	}
	if cur, _ := store.Load(); cur != before {
		t.Errorf("the checkpoint moved during the fault")
	}
	if !strings.Contains(full.p.stderr.String(), "no space left") {
		t.Errorf("the log does not name the failure")
	}

	// The reference's anomalies, with the entry each was decided on.
	ref.p.await("part 2 read (reference)", 60*time.Second, caughtUp(ref, 2*n))
	ref.p.await("the reference's outbox drained", 60*time.Second, func() bool {
		return len(outboxIDs(filepath.Join(ref.state, "outbox"))) == 0
	})
	refMsgs := streamAnomalies(t, ref.srv.ClientURL())
	file1 := cursorFile(before)
	// pos orders cursors: part 1's file, then part 2's.
	pos := func(cur string) int {
		if cursorFile(cur) == file1 {
			return cursorSeq(cur)
		}
		return n + cursorSeq(cur)
	}
	// passed checks that every anomaly decided at or before the
	// checkpoint is in the stream or the outbox, looked at in that order
	// (the checkpoint only moves forward; items only move from the outbox
	// to the stream).
	passed := func() {
		cur, err := store.Load()
		if err != nil {
			t.Fatalf("checkpoint: %v", err)
		}
		recorded := map[string]bool{}
		for _, id := range outboxIDs(filepath.Join(full.state, "outbox")) {
			recorded[id] = true
		}
		for _, id := range streamIDs(t, full.srv.ClientURL()) {
			recorded[id] = true
		}
		for _, a := range refMsgs {
			if a.Cursor != "" && pos(a.Cursor) <= pos(cur) && !recorded[a.ID] {
				t.Fatalf("the checkpoint (entry %d) passed anomaly %s (entry %d), which is in neither the stream nor the outbox",
					pos(cur), a.ID, pos(a.Cursor))
			}
		}
	}
	passed()
	if err := os.Remove(filepath.Join(full.state, "filler")); err != nil {
		t.Fatal(err)
	}
	looks := 0
	full.p.await("part 2 read after the fault", 120*time.Second, func() bool {
		passed()
		looks++
		return value(full.p.scrape(), "stemewatch_checkpoint_held") == 0 && caughtUp(full, 2*n)()
	})
	passed()
	t.Logf("checkpoint behind the recorded anomalies at each of %d looks during recovery", looks+2)
	full.p.await("the outbox drained", 60*time.Second, func() bool {
		return len(outboxIDs(filepath.Join(full.state, "outbox"))) == 0
	})
	if code, body := full.p.get("/readyz"); code != 200 {
		t.Errorf("/readyz after the fault: %d %s", code, body)
	}
	for _, s := range []*side{ref, full} {
		s.p.signal(syscall.SIGTERM)
		if code := s.p.wait(10 * time.Second); code != 0 {
			t.Fatalf("exit %d after SIGTERM", code)
		}
	}
	want, got := streamIDs(t, ref.srv.ClientURL()), streamIDs(t, full.srv.ClientURL())
	slices.Sort(want)
	slices.Sort(got)
	missing, extra := diff(slices.Compact(slices.Clone(want)), slices.Compact(slices.Clone(got)))
	if len(got) != len(want) || len(missing)+len(extra) > 0 {
		t.Fatalf("stream holds %d messages, the undisturbed sidecar's %d: missing %d %v, extra %d %v",
			len(got), len(want), len(missing), head(missing), len(extra), head(extra))
	}
	t.Logf("%d anomalies, each once, as without the fault", len(got))
}

// TestRunOnceFinalCheckpointFails: --once exits 1 when its final
// checkpoint cannot be written (here the checkpoint's path is a directory).
func TestRunOnceFinalCheckpointFails(t *testing.T) {
	dir := t.TempDir()
	state := filepath.Join(dir, "state")
	if err := os.MkdirAll(filepath.Join(state, "input.cursor", "x"), 0o755); err != nil {
		t.Fatal(err)
	}
	p := startRun(t, dir, "--input", sampleJSON, "--once", "--state-dir", state)
	if code := p.wait(60 * time.Second); code != 1 {
		t.Fatalf("exit status %d, want 1", code)
	}
	if !strings.Contains(p.stderr.String(), "final checkpoint") {
		t.Errorf("the log does not say the final checkpoint failed")
	}
}
