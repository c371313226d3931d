package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/stemedb/stemewatch/internal/testenv"
	"github.com/stemedb/stemewatch/sidecar/checkpoint"
)

const sampleJSON = "../../testdata/sample.json.gz"

var (
	buildOnce sync.Once
	builtBin  string
	buildErr  error
	binDir    string
)

// TestMain removes the binary built for the end-to-end tests.
func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// stemewatchBin builds the command once per test process, with the same
// flags as `make build`, into a temporary directory.
func stemewatchBin(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		binDir, buildErr = os.MkdirTemp("", "stemewatch-e2e-")
		if buildErr != nil {
			return
		}
		builtBin = filepath.Join(binDir, "stemewatch")
		cmd := exec.Command("go", "build", "-trimpath", "-ldflags", "-X main.version=e2e", "-o", builtBin, ".")
		out, err := cmd.CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return builtBin
}

// proc is a running `stemewatch run`.
type proc struct {
	t      *testing.T
	cmd    *exec.Cmd
	addr   string
	stderr *testenv.Buffer
	done   chan error
}

func startRun(t *testing.T, dir string, args ...string) *proc {
	t.Helper()
	return startRunWith(t, dir, nil, args...)
}

// startRunWith is startRun with stdin for `--input -`.
func startRunWith(t *testing.T, dir string, stdin io.Reader, args ...string) *proc {
	t.Helper()
	addrFile := filepath.Join(dir, "addr")
	os.Remove(addrFile)
	args = append([]string{"run", "--listen", "127.0.0.1:0", "--addr-file", addrFile}, args...)
	if !slices.Contains(args, "--config") {
		// Never the machine's /etc/stemewatch/stemewatch.toml.
		args = append(args, "--config", "/dev/null")
	}
	cmd := exec.Command(stemewatchBin(t), args...)
	cmd.Stdin = stdin
	cmd.Env = append(os.Environ(), "STEMEWATCH_CONFIG=")
	p := &proc{t: t, cmd: cmd, stderr: &testenv.Buffer{}, done: make(chan error, 1)}
	cmd.Stderr = p.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { p.done <- cmd.Wait() }()
	t.Cleanup(func() {
		select {
		case <-p.done:
		default:
			cmd.Process.Kill()
			<-p.done
		}
		if t.Failed() {
			t.Logf("stemewatch stderr:\n%s", p.stderr.String())
		}
	})
	p.await("the address file", 10*time.Second, func() bool {
		b, err := os.ReadFile(addrFile)
		if err == nil && len(b) > 0 {
			p.addr = strings.TrimSpace(string(b))
			return true
		}
		select {
		case err := <-p.done:
			p.done <- err
			t.Fatalf("stemewatch exited before listening: %v\n%s", err, p.stderr.String())
		default:
		}
		return false
	})
	return p
}

// await polls cond (a scrape, a file) every 20 ms until it holds.
func (p *proc) await(what string, timeout time.Duration, cond func() bool) {
	p.t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			p.t.Fatalf("timed out after %v waiting for %s", timeout, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (p *proc) get(path string) (int, string) {
	p.t.Helper()
	resp, err := http.Get("http://" + p.addr + path)
	if err != nil {
		p.t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// scrape fetches /metrics and parses it with Prometheus' text parser.
func (p *proc) scrape() map[string]*dto.MetricFamily {
	p.t.Helper()
	code, body := p.get("/metrics")
	if code != 200 {
		p.t.Fatalf("/metrics: %d %s", code, body)
	}
	parser := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := parser.TextToMetricFamilies(strings.NewReader(body))
	if err != nil {
		p.t.Fatalf("/metrics does not parse: %v", err)
	}
	return fams
}

// series returns label value -> value for family name (label "" for none).
func series(fams map[string]*dto.MetricFamily, name, label string) map[string]float64 {
	return testenv.MetricValues(fams[name], label)
}

func value(fams map[string]*dto.MetricFamily, name string) float64 {
	return series(fams, name, "")[""]
}

func (p *proc) signal(sig syscall.Signal) {
	p.t.Helper()
	if err := p.cmd.Process.Signal(sig); err != nil {
		p.t.Fatal(err)
	}
}

// wait returns the exit status, failing if the process outlives timeout.
func (p *proc) wait(timeout time.Duration) int {
	p.t.Helper()
	select {
	case err := <-p.done:
		p.done <- err
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return ee.ExitCode()
		}
		if err != nil {
			p.t.Fatal(err)
		}
		return 0
	case <-time.After(timeout):
		p.t.Fatalf("stemewatch still running %v after the signal", timeout)
		return -1
	}
}

// sampleTruth reads the labels of the sample, leaving out the entries whose
// MESSAGE the JSON form carries as null (too long for journalctl without
// --all): those are counted as truncated, never classified. It returns
// the expected count per error type, signature failures, truncated entries
// and the last cursor.
func sampleTruth(t *testing.T) (byType map[string]float64, sig, truncated float64, last string) {
	t.Helper()
	nulls := map[string]bool{}
	eachLine(t, sampleJSON, func(b []byte) {
		var e struct {
			Cursor  string          `json:"__CURSOR"`
			Message json.RawMessage `json:"MESSAGE"`
		}
		if err := json.Unmarshal(b, &e); err != nil {
			t.Fatal(err)
		}
		if string(e.Message) == "null" {
			nulls[e.Cursor] = true
		}
		last = e.Cursor
	})
	byType = map[string]float64{}
	eachLine(t, "../../testdata/sample.labels.jsonl.gz", func(b []byte) {
		var l struct {
			Cursor    string  `json:"cursor"`
			IsError   bool    `json:"is_error"`
			ErrorType *string `json:"error_type"`
			Signature bool    `json:"signature_failure"`
		}
		if err := json.Unmarshal(b, &l); err != nil {
			t.Fatal(err)
		}
		if nulls[l.Cursor] {
			truncated++
			return
		}
		if l.IsError && l.ErrorType != nil {
			byType[*l.ErrorType]++
		}
		if l.Signature {
			sig++
		}
	})
	return byType, sig, truncated, last
}

func eachLine(t *testing.T, path string, f func([]byte)) {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	zr, err := gzip.NewReader(fh)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		f(sc.Bytes())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

const extraRules = `format = 1

[[rule]]
name = "test.quota"
type = "TimeoutError"
keywords = ["never-in-the-sample"]
match = 'never-in-the-sample'
examples = ["never-in-the-sample"]
`

// TestRunEndToEnd runs the built binary on the bundled sample: the metrics
// equal the labels, a broken SIGHUP reload is counted and changes nothing,
// a good one exports the new pattern version, and SIGTERM exits 0 with the
// checkpoint written.
func TestRunEndToEnd(t *testing.T) {
	dir := t.TempDir()
	rules := filepath.Join(dir, "rules.toml")
	if err := os.WriteFile(rules, []byte(extraRules), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(dir, "stemewatch.toml")
	state := filepath.Join(dir, "state")
	writeConfig := func() {
		t.Helper()
		c := fmt.Sprintf("state_dir = %q\nlog_level = \"debug\"\npatterns = [%q]\n[source]\ninput = [%q]\n", state, rules, sampleJSON)
		if err := os.WriteFile(cfg, []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	writeConfig()
	p := startRun(t, dir, "--config", cfg)

	p.await("the replay to finish", 60*time.Second, func() bool {
		return value(p.scrape(), "stemewatch_source_finished") == 1
	})
	fams := p.scrape()
	wantTypes, wantSig, wantTrunc, lastCursor := sampleTruth(t)
	gotTypes := series(fams, "stemedb_error_count_by_type", "error_type")
	for typ, want := range wantTypes {
		if gotTypes[typ] != want {
			t.Errorf("stemedb_error_count_by_type{error_type=%q} = %v, labels say %v", typ, gotTypes[typ], want)
		}
	}
	for typ, got := range gotTypes {
		if _, ok := wantTypes[typ]; !ok && got != 0 {
			t.Errorf("stemedb_error_count_by_type{error_type=%q} = %v, labels have none", typ, got)
		}
	}
	for _, typ := range []string{"StorageError", "TimeoutError", "SerializationError", "NetworkError", "AuthenticationError"} {
		if _, ok := gotTypes[typ]; !ok {
			t.Errorf("runbook type %s not exported", typ)
		}
	}
	if got := value(fams, "stemedb_signature_failures_total"); got != wantSig {
		t.Errorf("stemedb_signature_failures_total = %v, labels say %v", got, wantSig)
	}
	if got := value(fams, "stemewatch_entries_truncated_total"); got != wantTrunc {
		t.Errorf("stemewatch_entries_truncated_total = %v, want %v", got, wantTrunc)
	}
	if got := value(fams, "stemewatch_entries_read_total"); got != 20000 {
		t.Errorf("stemewatch_entries_read_total = %v, want 20000", got)
	}
	if n := len(series(fams, "stemedb_errors_by_agent_total", "agent_id")); n == 0 || n > 101 {
		t.Errorf("%d agent series, want 1..101", n)
	}
	if value(fams, "process_resident_memory_bytes") == 0 {
		t.Error("process metrics missing")
	}
	versions := series(fams, "stemewatch_patterns_info", "version")
	if len(versions) != 1 {
		t.Fatalf("stemewatch_patterns_info = %v, want one version", versions)
	}
	var v1 string
	for v1 = range versions {
	}
	if code, body := p.get("/healthz"); code != 200 {
		t.Errorf("/healthz: %d %s", code, body)
	}
	if code, body := p.get("/readyz"); code != 200 {
		t.Errorf("/readyz: %d %s", code, body)
	}

	// A broken rule file: the reload fails, is counted, nothing changes.
	if err := os.WriteFile(rules, []byte("format = 1\n[[rule]]\nname = \"bad\"\ntype = \"StorageError\"\nmatch = '(unclosed'\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	p.signal(syscall.SIGHUP)
	p.await("the reload failure to be counted", 10*time.Second, func() bool {
		return value(p.scrape(), "stemewatch_reload_failures_total") == 1
	})
	fams = p.scrape()
	if v := series(fams, "stemewatch_patterns_info", "version"); len(v) != 1 || v[v1] != 1 {
		t.Errorf("after a failed reload stemewatch_patterns_info = %v, want still %s", v, v1)
	}
	if got := series(fams, "stemedb_error_count_by_type", "error_type"); got["StorageError"] != wantTypes["StorageError"] {
		t.Errorf("counts changed by a failed reload: %v", got)
	}
	if !strings.Contains(p.stderr.String(), "reload failed") {
		t.Error("the failed reload was not logged")
	}

	// A good, different rule file: the new version is exported.
	if err := os.WriteFile(rules, []byte(strings.Replace(extraRules, "test.quota", "test.other", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	p.signal(syscall.SIGHUP)
	p.await("the reload", 10*time.Second, func() bool {
		return value(p.scrape(), "stemewatch_reloads_total") == 1
	})
	v := series(p.scrape(), "stemewatch_patterns_info", "version")
	if len(v) != 1 || v[v1] != 0 {
		t.Errorf("after a good reload stemewatch_patterns_info = %v, want one new version (old %s)", v, v1)
	}

	// SIGTERM: clean exit within 5 s, checkpoint written.
	p.signal(syscall.SIGTERM)
	if code := p.wait(5 * time.Second); code != 0 {
		t.Fatalf("exit status %d after SIGTERM", code)
	}
	got, err := (&checkpoint.Store{Dir: state, Name: "input.cursor"}).Load()
	if err != nil || got != lastCursor {
		t.Fatalf("checkpoint = %q, %v; want %q", got, err, lastCursor)
	}
}

// TestRunOnce: --once replays, writes the checkpoint and exits 0 by itself.
func TestRunOnce(t *testing.T) {
	dir := t.TempDir()
	state := filepath.Join(dir, "state")
	p := startRun(t, dir, "--input", sampleJSON, "--once", "--state-dir", state)
	if code := p.wait(60 * time.Second); code != 0 {
		t.Fatalf("exit status %d", code)
	}
	_, _, _, last := sampleTruth(t)
	got, err := (&checkpoint.Store{Dir: state, Name: "input.cursor"}).Load()
	if err != nil || got != last {
		t.Fatalf("checkpoint = %q, %v; want %q", got, err, last)
	}
}

// TestRunStdinHostile: hostile entries on stdin (a quote, backslash and
// newline in agent ids and type names, malformed lines) neither crash run
// nor corrupt the exposition.
func TestRunStdinHostile(t *testing.T) {
	dir := t.TempDir()
	var in bytes.Buffer
	ids := []string{`a"b`, `c\d`, "e\nf", `g\`, "h\x1bi", "j\xffk"}
	for i, id := range ids {
		msg := fmt.Sprintf("level=error msg=\"disk full\" agent_id=%q error=\"Weird%dError: x\"", id, i)
		line, _ := json.Marshal(map[string]string{"__CURSOR": fmt.Sprintf("c%d", i), "MESSAGE": msg, "PRIORITY": "3", "__REALTIME_TIMESTAMP": "1795600000000000"})
		in.Write(line)
		in.WriteByte('\n')
		in.WriteString("{\"__CURSOR\": \"broken\n")
	}
	cmd := startRunStdin(t, dir, &in)
	cmd.await("the input to be read", 20*time.Second, func() bool {
		return value(cmd.scrape(), "stemewatch_source_finished") == 1
	})
	fams := cmd.scrape()
	if got := value(fams, "stemewatch_entries_read_total"); got != float64(len(ids)) {
		t.Errorf("entries read = %v, want %d", got, len(ids))
	}
	if got := value(fams, "stemewatch_entries_malformed_total"); got == 0 {
		t.Errorf("malformed = %v, want > 0", got)
	}
	var errs float64
	for _, v := range series(fams, "stemedb_error_count_by_type", "error_type") {
		errs += v
	}
	if errs != float64(len(ids)) {
		t.Errorf("errors counted = %v, want %d", errs, len(ids))
	}
	cmd.signal(syscall.SIGINT)
	if code := cmd.wait(5 * time.Second); code != 0 {
		t.Fatalf("exit status %d", code)
	}
}

func startRunStdin(t *testing.T, dir string, stdin io.Reader) *proc {
	t.Helper()
	return startRunWith(t, dir, stdin, "--input", "-", "--input-format", "json", "--state-dir", filepath.Join(dir, "state"))
}

// TestRunOnceNATS: with --nats-url and --once, run exits only after NATS
// acknowledged every anomaly: the stream holds them all when it returns,
// and a second replay of the same input adds none (same ids, deduplicated).
func TestRunOnceNATS(t *testing.T) {
	srv := startNATS(t)
	dir := t.TempDir()
	replay := func(state string) {
		t.Helper()
		p := startRun(t, dir, "--input", sampleJSON, "--once", "--state-dir", state, "--nats-url", srv.ClientURL())
		if code := p.wait(60 * time.Second); code != 0 {
			t.Fatalf("exit status %d", code)
		}
	}
	replay(filepath.Join(dir, "state1"))
	n := len(testenv.StreamMessages(t, srv.ClientURL(), testenv.AnomalyStream))
	if n == 0 {
		t.Fatal("no anomalies in the stream after --once")
	}
	ents, _ := os.ReadDir(filepath.Join(dir, "state1", "outbox"))
	for _, e := range ents {
		if !e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
			t.Errorf("outbox still holds %s after --once", e.Name())
		}
	}
	replay(filepath.Join(dir, "state2")) // fresh state: same anomalies again
	if got := len(testenv.StreamMessages(t, srv.ClientURL(), testenv.AnomalyStream)); got != n {
		t.Errorf("stream has %d messages after a second replay, want still %d (deduplicated by id)", got, n)
	}
	t.Logf("%d anomalies acknowledged", n)
}

// TestRunSIGTERMWithNATSDown: NATS unreachable, anomalies wait in the
// outbox; SIGTERM still ends run with status 0 within 5 seconds, and the
// checkpoint is written (the outbox, not NATS, records the anomalies).
func TestRunSIGTERMWithNATSDown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	deadURL := "nats://" + ln.Addr().String()
	ln.Close() // nothing listens there now
	dir := t.TempDir()
	state := filepath.Join(dir, "state")
	p := startRun(t, dir, "--input", sampleJSON, "--state-dir", state, "--nats-url", deadURL)
	p.await("the replay", 60*time.Second, func() bool {
		return value(p.scrape(), "stemewatch_source_finished") == 1
	})
	if v := value(p.scrape(), "stemewatch_nats_buffered"); v == 0 {
		t.Errorf("stemewatch_nats_buffered = 0 with NATS down")
	}
	start := time.Now()
	p.signal(syscall.SIGTERM)
	if code := p.wait(5 * time.Second); code != 0 {
		t.Fatalf("exit status %d", code)
	}
	t.Logf("stopped %v after SIGTERM", time.Since(start).Round(time.Millisecond))
	if _, err := (&checkpoint.Store{Dir: state, Name: "input.cursor"}).Load(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(state, "input.cursor")); len(b) == 0 {
		t.Error("no checkpoint written")
	}
}

// TestRunLiveJournal follows a live journald (a private namespace): entries
// written while it runs are counted, /readyz is ready, SIGTERM writes the
// checkpoint, and a restart resumes after it without counting anything
// twice.
func TestRunLiveJournal(t *testing.T) {
	ns := testenv.Namespace(t, "swrun", "[Journal]\nStorage=volatile\nRateLimitBurst=0\n")
	ident := fmt.Sprintf("stemewatch-run-test-%d", os.Getpid())
	send := func(n int, prefix string) {
		for i := 0; i < n; i++ {
			ns.Send(t, fmt.Sprintf("MESSAGE=ERROR stemedb_api::storage: %s %d: write failed: No space left on device agent_id=agent-%d", prefix, i, i%3),
				"PRIORITY=3", "SYSLOG_IDENTIFIER="+ident)
		}
		if err := ns.Sync(); err != nil {
			t.Fatal(err)
		}
	}
	send(1, "before")
	jdir := ns.JournalDir()
	dir := t.TempDir()
	state := filepath.Join(dir, "state")
	args := []string{"--config", "/dev/null", "--journal-dir", jdir, "--unit", "", "--match", "SYSLOG_IDENTIFIER=" + ident,
		"--from", "head", "--state-dir", state}
	p := startRun(t, dir, args...)
	p.await("the first entry", 20*time.Second, func() bool {
		return series(p.scrape(), "stemedb_error_count_by_type", "error_type")["StorageError"] == 1
	})
	if code, body := p.get("/readyz"); code != 200 {
		t.Errorf("/readyz = %d %s", code, body)
	}
	send(5, "live")
	p.await("the live entries", 20*time.Second, func() bool {
		return series(p.scrape(), "stemedb_error_count_by_type", "error_type")["StorageError"] == 6
	})
	p.signal(syscall.SIGTERM)
	if code := p.wait(5 * time.Second); code != 0 {
		t.Fatalf("exit status %d", code)
	}
	cur, err := (&checkpoint.Store{Dir: state}).Load()
	if err != nil || cur == "" {
		t.Fatalf("checkpoint %q, %v", cur, err)
	}

	send(2, "while-down")
	p = startRun(t, dir, args...)
	// A marker after them: once it is read, everything before it was.
	ns.Send(t, "MESSAGE=INFO marker", "PRIORITY=6", "SYSLOG_IDENTIFIER="+ident)
	p.await("the marker", 20*time.Second, func() bool {
		return value(p.scrape(), "stemewatch_entries_read_total") >= 3
	})
	fams := p.scrape()
	if got := series(fams, "stemedb_error_count_by_type", "error_type")["StorageError"]; got != 2 {
		t.Errorf("after restart StorageError = %v, want 2 (resumed after the checkpoint)", got)
	}
	if got := value(fams, "stemewatch_entries_read_total"); got != 3 {
		t.Errorf("after restart %v entries read, want 3", got)
	}
	p.signal(syscall.SIGINT)
	if code := p.wait(5 * time.Second); code != 0 {
		t.Fatalf("exit status %d", code)
	}
	last, err := (&checkpoint.Store{Dir: state}).Load()
	if err != nil {
		t.Fatal(err)
	}

	// --once on the live journal reads to its current end and exits.
	state2 := filepath.Join(dir, "state2")
	once := append(args[:len(args)-1:len(args)-1], state2, "--once")
	p = startRun(t, dir, once...)
	if code := p.wait(20 * time.Second); code != 0 {
		t.Fatalf("--once: exit status %d", code)
	}
	if got, err := (&checkpoint.Store{Dir: state2}).Load(); err != nil || got != last {
		t.Errorf("--once checkpoint %q, %v; want the journal's last entry %q", got, err, last)
	}
}
