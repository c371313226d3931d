package journal

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stemedb/stemewatch/internal/testenv"
)

// cursorsOf lists the cursors journalctl prints for args.
func cursorsOf(t *testing.T, ns *testenv.Instance, args ...string) []string {
	t.Helper()
	out, err := ns.Journalctl(append([]string{"-o", "export"}, args...)...)
	if err != nil {
		t.Fatal(err)
	}
	var cs []string
	for _, l := range strings.Split(string(out), "\n") {
		if c, ok := strings.CutPrefix(l, "__CURSOR="); ok {
			cs = append(cs, c)
		}
	}
	return cs
}

func sendNumbered(t *testing.T, ns *testenv.Instance, id string, from, to int) {
	t.Helper()
	for i := from; i <= to; i++ {
		ns.Send(t, fmt.Sprintf("MESSAGE=n %d", i), "SYSLOG_IDENTIFIER="+id)
	}
	if err := ns.Sync(); err != nil {
		t.Fatal(err)
	}
}

// TestResumeAfterVacuum: the checkpointed entry and those after it were
// vacuumed before they were read; resuming reads what is left and reports
// exactly how many entries were lost.
func TestResumeAfterVacuum(t *testing.T) {
	for _, v := range vacuumVariants(t) {
		t.Run(v.name, func(t *testing.T) {
			ns := testenv.Namespace(t, "vac", "[Journal]\nStorage=persistent\n")
			id := "vac-" + v.name
			sendNumbered(t, ns, id, 1, 10)
			c := start(t, v.config(Config{Dir: ns.Dirs[0], From: "head", Matches: []string{"SYSLOG_IDENTIFIER=" + id}}))
			c.wait(t)
			entries, _ := c.snapshot()
			if len(entries) != 10 {
				t.Fatalf("read %d entries before vacuum", len(entries))
			}
			c5 := entries[4].cursor
			if err := ns.Rotate(); err != nil {
				t.Fatal(err)
			}
			sendNumbered(t, ns, id, 11, 20)
			before := cursorsOf(t, ns, "--after-cursor="+c5)
			if _, err := ns.Journalctl("--vacuum-files=1"); err != nil {
				t.Fatal(err)
			}
			after := cursorsOf(t, ns)
			lost := 0
			for _, c := range before {
				if !slices.Contains(after, c) {
					lost++
				}
			}
			if lost < 5 {
				t.Fatalf("vacuum removed only %d entries after entry 5", lost)
			}
			for _, matches := range [][]string{{"SYSLOG_IDENTIFIER=" + id}, nil} {
				cfg := v.config(Config{Dir: ns.Dirs[0], Cursor: c5, Matches: matches})
				c := start(t, cfg)
				c.wait(t)
				var got []int
				for _, m := range c.messages() {
					if n := numbered(m, "n "); n > 0 {
						got = append(got, n)
					}
				}
				if !slices.Equal(got, seq(11, 20)) {
					t.Errorf("matches %v: read %v, want 11..20", matches, got)
				}
				_, gaps := c.snapshot()
				var sum int64
				for _, g := range gaps {
					if g.Reason != "vacuumed" {
						t.Errorf("gap %+v", g)
					}
					sum += g.Lost
				}
				if len(gaps) != 1 || sum != int64(lost) {
					t.Errorf("matches %v: gaps %+v, want one vacuumed gap of %d", matches, gaps, lost)
				}
			}
		})
	}
}

// childPIDs returns the pids of our child processes running exe name.
func childPIDs(name string) []int {
	var pids []int
	tasks, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/children", os.Getpid()))
	for _, f := range tasks {
		b, _ := os.ReadFile(f)
		for _, s := range strings.Fields(string(b)) {
			pid, _ := strconv.Atoi(s)
			env, _ := os.ReadFile(fmt.Sprintf("/proc/%d/environ", pid))
			cmd, _ := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
			if (name == "reader" && strings.Contains(string(env), childEnv+"=1")) ||
				(name == "journalctl" && strings.Contains(string(cmd), "journalctl") && strings.Contains(string(cmd), "--follow")) {
				pids = append(pids, pid)
			}
		}
	}
	return pids
}

// TestReaderDies: a reader child killed (SIGBUS, as libsystemd on a
// truncated file; or journalctl killed) is restarted after the last entry
// delivered: nothing lost, nothing repeated.
func TestReaderDies(t *testing.T) {
	ns := testenv.Namespace(t, "die", "[Journal]\nStorage=persistent\n")
	for _, v := range variants(t) {
		if v.process == ProcessInProcess || v.backend == BackendFiles { // no child to kill
			continue
		}
		t.Run(v.name, func(t *testing.T) {
			id := "die-" + v.name
			c := start(t, v.config(Config{Dir: ns.Dirs[0], Follow: true, Matches: []string{"SYSLOG_IDENTIFIER=" + id}}))
			if err := testenv.Eventually(10*time.Second, func() bool { return c.src.Ready() == nil }); err != nil {
				t.Fatal("not ready")
			}
			sendNumbered(t, ns, id, 1, 100)
			c.waitFor(t, 10*time.Second, "100 entries", func(g []got) bool { return len(g) >= 100 })
			kind, sig := "reader", syscall.SIGBUS
			if v.backend == BackendJournalctl {
				kind, sig = "journalctl", syscall.SIGKILL
			}
			pids := childPIDs(kind)
			if len(pids) != 1 {
				t.Fatalf("found %d %s children", len(pids), kind)
			}
			syscall.Kill(pids[0], sig)
			sendNumbered(t, ns, id, 101, 200)
			c.waitFor(t, 15*time.Second, "200 entries", func(g []got) bool { return len(g) >= 200 })
			time.Sleep(300 * time.Millisecond) // anything repeated would show now
			if got := nums(c.messages()); !slices.Equal(got, seq(1, 200)) {
				t.Fatalf("got %d entries: %v", len(got), got)
			}
			if st := c.src.Stats(); st.Restarts != 1 {
				t.Fatalf("restarts = %d, want 1", st.Restarts)
			}
		})
	}
}

// TestChildNotAReader: a binary that does not call MaybeRunChild is
// reported as such (and retried), never taken for an empty journal.
func TestChildNotAReader(t *testing.T) {
	if nativeUsable(&Config{Dir: t.TempDir()}) != nil {
		t.Skip("no sd-journal")
	}
	old := readerExecutable
	readerExecutable = func() (string, error) { return "/bin/true", nil }
	defer func() { readerExecutable = old }()
	c := start(t, Config{Backend: BackendSDJournal, Process: ProcessChild, Dir: numberedDir(t, 3), From: "head", Follow: true})
	err := testenv.Eventually(5*time.Second, func() bool {
		r := c.src.Ready()
		return r != nil && strings.Contains(r.Error(), "MaybeRunChild")
	})
	if err != nil {
		t.Fatalf("Ready() = %v", c.src.Ready())
	}
}
