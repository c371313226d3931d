//go:build soak

// Package soak runs the built stemewatch against a live journald through a
// day of stemedb-api traffic compressed into SOAK_DURATION (default 10 min):
// bursts at journald's limit, a silence, rotations, vacuums, a journald
// restart and a NATS outage. Run it with `make soak`; `go test ./...` leaves
// it out (build tag soak).
//
// Afterwards every entry written is accounted for (read, or counted lost in
// a journal gap: exactly once, but for journald's own messages vacuumed
// beside the lost ones, which a matching reader counts too), every anomaly
// the sidecar counted is in the JetStream stream exactly once, RSS stayed
// flat and goroutines did not grow. The RSS curve goes to SOAK_OUT (default bench/out/soak-rss.tsv);
// the sidecar's log, to SOAK_LOG when set (else a temporary file whose tail
// is printed if the run fails).
package soak

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"

	"github.com/stemedb/stemewatch/internal/gen"
	"github.com/stemedb/stemewatch/internal/testenv"
)

// phase is a stretch of the compressed day.
type phase struct {
	name   string
	share  float64 // of the duration
	rate   float64 // entries/s wanted (the writer is also bounded by journald)
	rotate bool    // rotate every few seconds
	vacuum bool    // vacuum to 2 files every few seconds
}

var day = []phase{
	{"morning", 0.10, 2000, false, false},
	{"burst", 0.05, 50000, false, false},
	{"busy, rotating", 0.15, 5000, true, false},
	{"night (silence)", 0.10, 0, false, false},
	{"after journald restart", 0.10, 3000, false, false},
	{"vacuuming, NATS down", 0.20, 3000, true, true},
	{"second burst", 0.05, 50000, false, false},
	{"evening", 0.25, 1000, false, false},
}

func TestSoak(t *testing.T) {
	testenv.RequireRoot(t)
	testenv.RequireProgram(t, testenv.JournaldBin)
	dur := 10 * time.Minute
	if s := os.Getenv("SOAK_DURATION"); s != "" {
		d, err := time.ParseDuration(s)
		if err != nil {
			t.Fatalf("SOAK_DURATION: %v", err)
		}
		dur = d
	}
	bin := os.Getenv("STEMEWATCH_BIN")
	if bin == "" {
		bin, _ = filepath.Abs("../../bin/stemewatch")
	}
	if _, err := os.Stat(bin); err != nil {
		t.Fatalf("%v (make build, or set STEMEWATCH_BIN)", err)
	}
	rssOut := os.Getenv("SOAK_OUT")
	if rssOut == "" {
		rssOut = "../out/soak-rss.tsv"
	}

	// journald: a namespace of our own, restartable without losing files.
	jd := startJournald(t, fmt.Sprintf("soak%d", os.Getpid()))
	// NATS with JetStream, restartable on the same port and store.
	natsDir := t.TempDir()
	ns := startNATS(t, -1, natsDir)
	natsPort := ns.Addr().(*net.TCPAddr).Port

	state := t.TempDir()
	addrFile := filepath.Join(state, "addr")
	logPath := os.Getenv("SOAK_LOG") // kept after the run when set
	if logPath == "" {
		logPath = filepath.Join(t.TempDir(), "stemewatch.log")
	}
	logf, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	args := []string{"run", "--journal-dir", jd.dir, "--unit", "", "--match", "SYSLOG_IDENTIFIER=stemedb-api",
		"--from", "head", "--state-dir", state, "--listen", "127.0.0.1:0", "--addr-file", addrFile,
		"--nats-url", ns.ClientURL()}
	if b := os.Getenv("STEMEWATCH_SOAK_BACKEND"); b != "" { // files, sdjournal, journalctl
		args = append(args, "--journal-backend", b)
	}
	sw := exec.Command(bin, args...)
	sw.Stdout, sw.Stderr = logf, logf
	if err := sw.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		sw.Process.Signal(syscall.SIGTERM)
		sw.Wait()
		if t.Failed() {
			b, _ := os.ReadFile(logf.Name())
			t.Logf("stemewatch log (tail):\n%s", tail(b, 4000))
		}
	})
	if err := testenv.Eventually(10*time.Second, func() bool { b, _ := os.ReadFile(addrFile); return len(b) > 0 }); err != nil {
		t.Fatal("stemewatch did not start")
	}
	addr, _ := os.ReadFile(addrFile)
	base := "http://" + strings.TrimSpace(string(addr))

	// RSS and goroutines, once a second, for the whole run.
	var samples []sample
	var smu sync.Mutex
	stopSampling := make(chan struct{})
	samplingDone := make(chan struct{})
	start := time.Now()
	go func() {
		defer close(samplingDone)
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		for {
			select {
			case <-stopSampling:
				return
			case <-tick.C:
				m, _ := scrape(base)
				smu.Lock()
				anon, file := rssKB(sw.Process.Pid)
				samples = append(samples, sample{time.Since(start), anon, file, m["go_goroutines"], m["stemewatch_entries_read_total"], m["go_memstats_heap_alloc_bytes"] / 1024})
				smu.Unlock()
			}
		}
	}()

	// The day.
	var written atomic.Int64
	g := gen.New(gen.Config{Seed: 7, Entries: 1 << 40})
	for i, p := range day {
		d := time.Duration(float64(dur) * p.share)
		t.Logf("phase %d %q: %v at %v/s (written so far %d)", i, p.name, d.Round(time.Second), p.rate, written.Load())
		switch p.name {
		case "after journald restart":
			jd.restart(t)
		case "vacuuming, NATS down":
			// Down for a minute (less in short runs), then up again on the
			// same port and store.
			down := min(time.Minute, d/2)
			ns.Shutdown()
			ns.WaitForShutdown()
			write(t, jd, g, p, down, &written)
			ns = startNATS(t, natsPort, natsDir)
			d -= down
		}
		write(t, jd, g, p, d, &written)
	}
	t.Logf("written: %d entries in %v", written.Load(), time.Since(start).Round(time.Second))

	// Caught up: every entry read or counted lost.
	want := written.Load()
	var m map[string]float64
	err = testenv.Eventually(2*time.Minute, func() bool {
		m, _ = scrape(base)
		return int64(m["stemewatch_entries_read_total"]+m["stemewatch_journal_lost_entries_total"]) >= want
	})
	read, lost := int64(m["stemewatch_entries_read_total"]), int64(m["stemewatch_journal_lost_entries_total"])
	t.Logf("read %d, lost (reported in journal_gap) %d, written %d", read, lost, want)
	// The sidecar reads stemedb-api's entries only (a match), so an entry
	// vacuumed before it was read is counted with its neighbours of every
	// identifier (the file's zeros no longer say which matched): journald's
	// own messages lost with them are counted too (a few a file: a tenth
	// of the count, and ten more for a small one). Lost may exceed the
	// shortfall by those, never fall short of it.
	switch {
	case err != nil || read+lost < want:
		t.Errorf("accounting: read %d + lost %d < written %d: entries lost uncounted", read, lost, want)
	case lost == 0 && read != want:
		t.Errorf("accounting: read %d, nothing lost, written %d", read, want)
	case read+lost-want > lost/10+10:
		t.Errorf("accounting: read %d + lost %d = written %d + %d: more counted lost than journald's own messages explain", read, lost, want, read+lost-want)
	}
	if read > want {
		t.Errorf("read %d entries, more than the %d written: duplicates", read, want)
	}

	// Anomalies: what it counted is in the stream, each id once.
	var counted float64
	for k, v := range m {
		if strings.HasPrefix(k, "stemewatch_anomalies_total") {
			counted += v
		}
	}
	_ = testenv.Eventually(time.Minute, func() bool {
		m2, _ := scrape(base)
		return m2["stemewatch_nats_buffered"] == 0
	})
	ids := streamIDs(t, ns.ClientURL())
	seen := map[string]int{}
	dups := 0
	for _, id := range ids {
		seen[id]++
		if seen[id] == 2 {
			dups++
		}
	}
	t.Logf("anomalies: %v counted, %d in the stream, %d distinct", counted, len(ids), len(seen))
	if dups > 0 {
		t.Errorf("%d anomaly ids stored more than once", dups)
	}
	if float64(len(seen)) < counted {
		t.Errorf("%v anomalies counted but only %d in the stream", counted, len(seen))
	}

	close(stopSampling)
	<-samplingDone
	smu.Lock()
	defer smu.Unlock()
	writeCurve(t, rssOut, samples)
	checkFlat(t, samples, dur)
}

type sample struct {
	at         time.Duration
	anonKB     int64 // RssAnon: heap and stacks, what a leak grows
	fileKB     int64 // RssFile + RssShmem: mapped journal files, reclaimable
	goroutines float64
	read       float64
	// heapKB is the Go heap's live and not yet swept objects
	// (go_memstats_heap_alloc_bytes): what the program holds, where RSS
	// is also what the runtime has not given back yet.
	heapKB float64
}

// write sends p.rate entries/s for d, in 10 ms steps, rotating and
// vacuuming as p says.
func write(t *testing.T, jd *journald, g *gen.Generator, p phase, d time.Duration, written *atomic.Int64) {
	end := time.Now().Add(d)
	step := 10 * time.Millisecond
	next := time.Now()
	var owed float64
	lastMaint := time.Now()
	for time.Now().Before(end) {
		owed += p.rate * step.Seconds()
		for ; owed >= 1; owed-- {
			r := g.Next()
			if r == nil {
				g = gen.New(gen.Config{Seed: uint64(written.Load())})
				r = g.Next()
			}
			if err := jd.send("MESSAGE="+string(r.Message), "PRIORITY="+strconv.Itoa(r.Priority),
				"SYSLOG_IDENTIFIER=stemedb-api"); err != nil {
				t.Fatalf("send: %v", err)
			}
			written.Add(1)
			if time.Now().After(end) {
				break
			}
		}
		if time.Since(lastMaint) > 3*time.Second && (p.rotate || p.vacuum) {
			lastMaint = time.Now()
			if p.rotate {
				jd.journalctl(t, "--rotate")
			}
			if p.vacuum {
				jd.journalctl(t, "--vacuum-files=2")
			}
		}
		next = next.Add(step)
		if w := time.Until(next); w > 0 {
			time.Sleep(w)
		} else {
			next = time.Now() // behind: journald is the limit
		}
	}
}

// journald is a namespace instance started here, so that it can be
// restarted without testenv removing its files.
type journald struct {
	ns, conf, socket, dir string
	cmd                   *exec.Cmd
	mu                    sync.Mutex
	conn                  *net.UnixConn
}

func startJournald(t *testing.T, ns string) *journald {
	mid, err := os.ReadFile("/etc/machine-id")
	if err != nil {
		t.Fatal(err)
	}
	jd := &journald{ns: ns, conf: "/etc/systemd/journald@" + ns + ".conf",
		socket: "/run/systemd/journal." + ns + "/socket",
		dir:    filepath.Join("/var/log/journal", strings.TrimSpace(string(mid))+"."+ns)}
	// No rate limit (the sidecar's accounting is what is measured), small
	// files so rotation and vacuum bite, persistent so -D works.
	if err := os.WriteFile(jd.conf, []byte("[Journal]\nStorage=persistent\nRateLimitIntervalSec=0\nSystemMaxFileSize=16M\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	jd.start(t)
	t.Cleanup(func() {
		jd.stop()
		os.RemoveAll(jd.dir)
		os.RemoveAll(filepath.Dir(jd.socket))
		os.Remove(jd.conf)
	})
	return jd
}

func (jd *journald) start(t *testing.T) {
	jd.cmd = exec.Command(testenv.JournaldBin, jd.ns)
	if err := jd.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if err := testenv.Eventually(10*time.Second, func() bool {
		c, err := net.DialUnix("unixgram", nil, &net.UnixAddr{Name: jd.socket, Net: "unixgram"})
		if err != nil {
			return false
		}
		c.SetWriteBuffer(4 << 20)
		jd.mu.Lock()
		jd.conn = c
		jd.mu.Unlock()
		return true
	}); err != nil {
		t.Fatalf("journald %s did not start", jd.ns)
	}
}

func (jd *journald) stop() {
	jd.mu.Lock()
	if jd.conn != nil {
		jd.conn.Close()
		jd.conn = nil
	}
	jd.mu.Unlock()
	if jd.cmd != nil && jd.cmd.Process != nil {
		jd.cmd.Process.Signal(syscall.SIGTERM)
		jd.cmd.Wait()
	}
}

// restart stops journald once everything sent is stored, and starts it
// again on the same files.
func (jd *journald) restart(t *testing.T) {
	// --sync needs journald's varlink socket, which a namespace instance
	// started by hand may not have; the writer is quiet here anyway, so a
	// moment lets journald drain its socket either way.
	jd.journalctl(t, "--sync")
	time.Sleep(time.Second)
	jd.stop()
	jd.start(t)
}

func (jd *journald) send(fields ...string) error {
	jd.mu.Lock()
	defer jd.mu.Unlock()
	_, err := jd.conn.Write(testenv.Native(fields...))
	return err
}

func (jd *journald) journalctl(t *testing.T, args ...string) {
	out, err := exec.Command("journalctl", append([]string{"--namespace=" + jd.ns}, args...)...).CombinedOutput()
	if err != nil {
		t.Logf("journalctl %v: %v: %s", args, err, out)
	}
}

func startNATS(t *testing.T, port int, dir string) *server.Server {
	t.Helper()
	return testenv.NATS(t, port, dir)
}

// streamIDs returns the Nats-Msg-Id of every message in STEMEDB_ANOMALIES.
func streamIDs(t *testing.T, url string) []string {
	var ids []string
	for _, m := range testenv.StreamMessages(t, url, testenv.AnomalyStream) {
		ids = append(ids, m.Header.Get("Nats-Msg-Id"))
	}
	return ids
}

// scrape returns the unlabelled sample values of /metrics by series name
// (labelled series keep their labels in the key).
func scrape(base string) (map[string]float64, error) {
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	m := map[string]float64{}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		if i < 0 {
			continue
		}
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			continue
		}
		m[line[:i]] = v
	}
	return m, sc.Err()
}

// rssKB returns the anonymous and the file-backed resident memory of pid.
// sd-journal maps the journal files, so reading a burst makes their pages
// resident: that is page cache, not the sidecar's own memory.
func rssKB(pid int) (anon, file int64) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		f := strings.Fields(l)
		if len(f) < 2 {
			continue
		}
		v, _ := strconv.ParseInt(f[1], 10, 64)
		switch f[0] {
		case "RssAnon:":
			anon = v
		case "RssFile:", "RssShmem:":
			file += v
		}
	}
	return anon, file
}

func writeCurve(t *testing.T, path string, s []sample) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Log(err)
		return
	}
	var b strings.Builder
	b.WriteString("seconds\trss_anon_kb\trss_file_kb\tgoroutines\tentries_read\theap_alloc_kb\n")
	for _, x := range s {
		fmt.Fprintf(&b, "%.0f\t%d\t%d\t%.0f\t%.0f\t%.0f\n", x.at.Seconds(), x.anonKB, x.fileKB, x.goroutines, x.read, x.heapKB)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Log(err)
	}
	t.Logf("RSS curve: %s", path)
}

// checkFlat compares the quiet evening (the last fifth of the day) with
// the morning (the first tenth, after a warm-up of 10 s, or of the first
// twentieth of a day shorter than 200 s, so that CI's 60 s day is judged
// too), which run at similar rates: anonymous RSS may not grow by more
// than half plus 32 MB, goroutines by more than 10. Bursts in between may
// raise RSS for a while (the Go heap grows and is returned gradually); a
// leak keeps it up.
func checkFlat(t *testing.T, s []sample, dur time.Duration) {
	warm := min(10*time.Second, dur/20)
	var early, late []sample
	for _, x := range s {
		switch {
		case x.at >= warm && x.at <= dur/10:
			early = append(early, x)
		case x.at >= dur*8/10:
			late = append(late, x)
		}
	}
	if len(early) < 3 || len(late) < 3 {
		t.Logf("too few samples (%d, %d) to judge RSS", len(early), len(late))
		return
	}
	med := func(xs []sample, f func(sample) float64) float64 {
		v := make([]float64, len(xs))
		for i, x := range xs {
			v[i] = f(x)
		}
		sort.Float64s(v)
		return v[len(v)/2]
	}
	anon := func(x sample) float64 { return float64(x.anonKB) }
	gor := func(x sample) float64 { return x.goroutines }
	var peakAnon, peakFile float64
	for _, x := range s {
		peakAnon, peakFile = max(peakAnon, anon(x)), max(peakFile, float64(x.fileKB))
	}
	e, l := med(early, anon), med(late, anon)
	eg, lg := med(early, gor), med(late, gor)
	heap := func(x sample) float64 { return x.heapKB }
	t.Logf("anonymous RSS median: morning %.0f MB, evening %.0f MB, peak %.0f MB; file-backed peak %.0f MB; goroutines %v -> %v; Go heap allocated median: morning %.1f MB, evening %.1f MB",
		e/1024, l/1024, peakAnon/1024, peakFile/1024, eg, lg, med(early, heap)/1024, med(late, heap)/1024)
	if l > e*1.5+32*1024 {
		t.Errorf("anonymous RSS grew: %.0f MB -> %.0f MB", e/1024, l/1024)
	}
	if lg > eg+10 {
		t.Errorf("goroutines grew: %v -> %v", eg, lg)
	}
}

func tail(b []byte, n int) string {
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(b)
}
