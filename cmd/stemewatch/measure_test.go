package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stemedb/stemewatch/internal/testenv"
)

// TestMeasureCost measures what `stemewatch run` costs following a live
// journal: CPU and RSS idle for a minute (other units log a line every
// 5 s), then at 10,000 entries/s (5 %
// errors, 300 agents). It runs the built binary against a private journald
// namespace (rate limiting off) and counts the whole process tree (a
// journal reader child included). Opt-in, root only, about two minutes:
//
//	STEMEWATCH_MEASURE=1 go test ./cmd/stemewatch -run TestMeasureCost -v -timeout 10m
//
// STEMEWATCH_MEASURE_IDLE and STEMEWATCH_MEASURE_LOAD change the durations
// (default 60s and 30s); STEMEWATCH_MEASURE_RATE the entries per second;
// STEMEWATCH_MEASURE_BACKEND=files|sdjournal|journalctl picks the journal
// reader (default: auto);
// STEMEWATCH_MEASURE_ERR_EVERY=N makes every Nth entry an error (default 20,
// 5%; 0: none), to tell the per-entry cost from the per-event one.
func TestMeasureCost(t *testing.T) {
	if os.Getenv("STEMEWATCH_MEASURE") == "" {
		t.Skip("opt-in: STEMEWATCH_MEASURE=1 (root, about 2 minutes)")
	}
	idleFor := envDuration(t, "STEMEWATCH_MEASURE_IDLE", time.Minute)
	loadFor := envDuration(t, "STEMEWATCH_MEASURE_LOAD", 30*time.Second)
	rate := 10000
	errEvery := 20
	if v := os.Getenv("STEMEWATCH_MEASURE_ERR_EVERY"); v != "" {
		errEvery, _ = strconv.Atoi(v)
	}
	if v := os.Getenv("STEMEWATCH_MEASURE_RATE"); v != "" {
		rate, _ = strconv.Atoi(v)
	}
	ns := testenv.Namespace(t, "swmeasure", "[Journal]\nStorage=volatile\nRateLimitBurst=0\nRuntimeMaxUse=512M\n")
	ident := fmt.Sprintf("stemewatch-measure-%d", os.Getpid())
	ns.Send(t, "MESSAGE=measurement starts", "SYSLOG_IDENTIFIER="+ident, "PRIORITY=6")
	if err := ns.Sync(); err != nil {
		t.Fatal(err)
	}
	dir := ns.JournalDir()
	work := t.TempDir()
	args := []string{"--config", "/dev/null", "--journal-dir", dir, "--unit", "", "--match", "SYSLOG_IDENTIFIER=" + ident,
		"--from", "head", "--state-dir", filepath.Join(work, "state"), "--log-level", "warn"}
	if b := os.Getenv("STEMEWATCH_MEASURE_BACKEND"); b != "" {
		args = append(args, "--journal-backend", b)
	}
	p := startRun(t, work, args...)
	p.await("the first entry", 20*time.Second, func() bool {
		return value(p.scrape(), "stemewatch_entries_read_total") >= 1
	})
	pid := p.cmd.Process.Pid
	hz := 100.0 // USER_HZ on Linux

	// Idle: the unit stemewatch follows writes nothing. Another writer logs
	// a line every 5 s, as other units do on a real node (and a journald
	// namespace instance exits when idle for long).
	c0 := treeCPUTicks(t, pid)
	t0 := time.Now()
	maxRSS := int64(0)
	for i := 1; time.Since(t0) < idleFor; i++ {
		time.Sleep(time.Second)
		maxRSS = max(maxRSS, treeRSS(t, pid))
		if i%5 == 0 {
			ns.Send(t, "MESSAGE=another unit's heartbeat", "SYSLOG_IDENTIFIER=other-unit", "PRIORITY=6")
		}
	}
	idleCPU := (treeCPUTicks(t, pid) - c0) / hz / time.Since(t0).Seconds()
	idleRSS := maxRSS
	anon, file := rssParts(pid)
	t.Logf("idle %v: CPU %.3f%% of a core, max RSS %.1f MB (tree of %d processes; now %.1f MB anonymous, %.1f MB file-backed)",
		idleFor, 100*idleCPU, float64(idleRSS)/1e6, len(tree(pid)), float64(anon)/1e6, float64(file)/1e6)

	// Load.
	snd, err := ns.NewSender()
	if err != nil {
		t.Fatal(err)
	}
	defer snd.Close()
	read0 := value(p.scrape(), "stemewatch_entries_read_total")
	c0 = treeCPUTicks(t, pid)
	t0 = time.Now()
	maxRSS = 0
	sent := 0
	tick := time.NewTicker(10 * time.Millisecond)
	lastRSS := time.Now()
	for time.Since(t0) < loadFor {
		<-tick.C
		due := int(time.Since(t0).Seconds()*float64(rate)) - sent
		for i := 0; i < due; i++ {
			n := sent + i
			msg := fmt.Sprintf("2026-11-25T09:46:40.%06dZ  INFO stemedb_api::http: request completed method=GET path=/v1/batch status=200 agent_id=agent-%04d", n%1000000, n%300)
			prio := "6"
			if errEvery > 0 && n%errEvery == 0 {
				msg = fmt.Sprintf("2026-11-25T09:46:40.%06dZ ERROR stemedb_api::storage: write failed: No space left on device (os error 28) agent_id=agent-%04d", n%1000000, n%300)
				prio = "3"
			}
			if err := snd.Send("MESSAGE="+msg, "PRIORITY="+prio, "SYSLOG_IDENTIFIER="+ident); err != nil {
				t.Fatal(err)
			}
		}
		sent += due
		if time.Since(lastRSS) >= time.Second {
			maxRSS = max(maxRSS, treeRSS(t, pid))
			lastRSS = time.Now()
		}
	}
	tick.Stop()
	loadSecs := time.Since(t0).Seconds()
	p.await("stemewatch to read every entry sent", 60*time.Second, func() bool {
		return value(p.scrape(), "stemewatch_entries_read_total")-read0 >= float64(sent)
	})
	caughtUp := time.Since(t0).Seconds() - loadSecs
	loadCPU := (treeCPUTicks(t, pid) - c0) / hz / time.Since(t0).Seconds()
	maxRSS = max(maxRSS, treeRSS(t, pid))
	fams := p.scrape()
	t.Logf("load %d entries/s for %.0fs (%d sent): CPU %.1f%% of a core, max RSS %.1f MB, all read %.2fs after the last send; errors counted %v",
		rate, loadSecs, sent, 100*loadCPU, float64(maxRSS)/1e6, caughtUp,
		series(fams, "stemedb_error_count_by_type", "error_type")["StorageError"])
	anon, file = rssParts(pid)
	t.Logf("RSS now: %.1f MB anonymous (Go heap, stacks), %.1f MB file-backed (mmapped journal files, binary)", float64(anon)/1e6, float64(file)/1e6)
	t.Logf("machine: %d CPUs (%s), %s", runtime.NumCPU(), cpuModel(), runtime.Version())
	// Stop it as systemd would, so that STEMEWATCH_CPUPROFILE, when set,
	// is written.
	p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-p.done:
		p.done <- err // for the cleanup
	case <-time.After(10 * time.Second):
		t.Errorf("stemewatch did not stop within 10 s of SIGTERM")
	}
}

func envDuration(t *testing.T, name string, def time.Duration) time.Duration {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	d, err := time.ParseDuration(v)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return d
}

// tree returns pid and its descendants.
func tree(pid int) []int {
	children := map[int][]int{}
	ents, _ := os.ReadDir("/proc")
	for _, e := range ents {
		n, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		f := statFields(n)
		if len(f) > 3 {
			pp, _ := strconv.Atoi(f[3])
			children[pp] = append(children[pp], n)
		}
	}
	out := []int{pid}
	for i := 0; i < len(out); i++ {
		out = append(out, children[out[i]]...)
	}
	return out
}

// statFields splits /proc/PID/stat after the command name.
func statFields(pid int) []string {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return nil
	}
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return nil
	}
	// fields[0] is pid, [1] comm, then state at index 2 of the rest.
	return append([]string{"", ""}, strings.Fields(s[i+1:])...)
}

func treeCPUTicks(t *testing.T, pid int) float64 {
	var sum float64
	for _, p := range tree(pid) {
		f := statFields(p)
		if len(f) < 15 {
			continue
		}
		u, _ := strconv.ParseFloat(f[13], 64)
		s, _ := strconv.ParseFloat(f[14], 64)
		sum += u + s
	}
	return sum
}

func treeRSS(t *testing.T, pid int) int64 {
	var sum int64
	for _, p := range tree(pid) {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", p))
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
				kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
				sum += kb * 1024
			}
		}
	}
	return sum
}

// rssParts returns the anonymous and file-backed resident bytes of pid.
func rssParts(pid int) (anon, file int64) {
	b, _ := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		kb, _ := strconv.ParseInt(f[1], 10, 64)
		switch f[0] {
		case "RssAnon:":
			anon = kb * 1024
		case "RssFile:", "RssShmem:":
			file += kb * 1024
		}
	}
	return anon, file
}

func cpuModel() string {
	b, _ := os.ReadFile("/proc/cpuinfo")
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "model name"); ok {
			return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(v), ":"))
		}
	}
	return "unknown CPU"
}
