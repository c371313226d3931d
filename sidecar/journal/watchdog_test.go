package journal

import (
	"os"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/VictoriaMetrics/metrics"

	"github.com/stemedb/stemewatch/internal/testenv"
)

// counterValue reads one series of set (0 when absent).
func counterValue(set *metrics.Set, series string) float64 {
	var b strings.Builder
	set.WritePrometheus(&b)
	for _, l := range strings.Split(b.String(), "\n") {
		if v, ok := strings.CutPrefix(l, series+" "); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				return -1
			}
			return f
		}
	}
	return -1
}

// TestWatchdogStoppedReader: a reader child stopped with SIGSTOP (alive,
// silent) is killed by the watchdog and replaced; reading resumes after
// the last entry delivered, nothing lost or doubled, well within 60 s.
// Before that, an idle journal for longer than the timeout costs no
// restart: the sd-journal child sends idle frames, and journalctl's quiet
// is checked against the journal.
func TestWatchdogStoppedReader(t *testing.T) {
	ns := testenv.Namespace(t, "wdog", "[Journal]\nStorage=persistent\n")
	// Short in CI; STEMEWATCH_WATCHDOG_TIMEOUT=30s runs it with the default.
	timeout := 3 * time.Second
	if v := os.Getenv("STEMEWATCH_WATCHDOG_TIMEOUT"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			t.Fatalf("STEMEWATCH_WATCHDOG_TIMEOUT=%q: %v", v, err)
		}
		timeout = d
	}
	for _, v := range variants(t) {
		if v.process == ProcessInProcess || v.backend == BackendFiles { // no child to stop
			continue
		}
		t.Run(v.name, func(t *testing.T) {
			id := "wdog-" + v.name
			set := metrics.NewSet()
			c := start(t, v.config(Config{Dir: ns.Dirs[0], Follow: true, From: "head", SilenceTimeout: timeout,
				Metrics: set, Matches: []string{"SYSLOG_IDENTIFIER=" + id}}))
			if err := testenv.Eventually(10*time.Second, func() bool { return c.src.Ready() == nil }); err != nil {
				t.Fatal("not ready")
			}
			sendNumbered(t, ns, id, 1, 50)
			c.waitFor(t, 10*time.Second, "50 entries", func(g []got) bool { return len(g) >= 50 })

			// Idle for us for three timeouts while other programs log (which
			// also keeps the namespace's journald from exiting on idle after
			// 30 s): nothing may restart. A bounded wait: the assertion is
			// that something does not happen.
			for end := time.Now().Add(3 * timeout); time.Now().Before(end); {
				ns.Send(t, "MESSAGE=not for us", "SYSLOG_IDENTIFIER=other-"+id)
				time.Sleep(min(time.Until(end), 5*time.Second))
			}
			silent := MetricReaderRestarts + `{reason="silent"}`
			if n := counterValue(set, silent); n != 0 {
				t.Fatalf("%s = %v after an idle journal, want 0", silent, n)
			}
			if d := c.src.Silence(time.Now()); d > 2*timeout {
				t.Errorf("Silence() = %v while idle: heartbeats or progress checks should keep it below %v", d, 2*timeout)
			}

			kind := "reader"
			if v.backend == BackendJournalctl {
				kind = "journalctl"
			}
			pids := childPIDs(kind)
			if len(pids) != 1 {
				t.Fatalf("found %d %s children", len(pids), kind)
			}
			// journalctl started on a namespace with no file yet exits ("No
			// such boot ID") and is restarted: judge only what follows.
			died := MetricReaderRestarts + `{reason="died"}`
			diedBefore := counterValue(set, died)
			stopped := time.Now()
			if err := syscall.Kill(pids[0], syscall.SIGSTOP); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { syscall.Kill(pids[0], syscall.SIGCONT) }) // never leave it stopped
			sendNumbered(t, ns, id, 51, 100)
			c.waitFor(t, 60*time.Second, "100 entries after SIGSTOP", func(g []got) bool { return len(g) >= 100 })
			t.Logf("%s stopped: all entries read %v later", kind, time.Since(stopped).Round(time.Millisecond))
			if err := testenv.Eventually(10*time.Second, func() bool { return c.src.Ready() == nil }); err != nil {
				t.Errorf("not ready after the restart: %v", c.src.Ready())
			}
			// Anything repeated would come right after the restart's first
			// batch; wait for two more idle batches before judging.
			b0 := c.batchCount()
			if err := testenv.Eventually(10*time.Second, func() bool { return c.batchCount() >= b0+2 }); err != nil {
				t.Fatal("no idle batches after the restart")
			}
			if got := nums(c.messages()); !slices.Equal(got, seq(1, 100)) {
				t.Fatalf("got %d entries: %v", len(got), got)
			}
			if n := counterValue(set, silent); n != 1 {
				t.Errorf("%s = %v, want 1", silent, n)
			}
			if n := counterValue(set, died); n != diedBefore {
				t.Errorf("died restarts = %v after the SIGSTOP, %v before; want no change", n, diedBefore)
			}
			if got := childPIDs(kind); len(got) != 1 || got[0] == pids[0] {
				t.Errorf("%s children after the restart: %v (stopped one was %d)", kind, got, pids[0])
			}
		})
	}
}

func (c *collector) batchCount() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.batches
}
