package sinks

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/VictoriaMetrics/metrics"
	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/rs/zerolog"

	"github.com/stemedb/stemewatch/anomaly"
	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/internal/testenv"
)

// outage is how long the outage tests keep the server down: short in CI,
// STEMEWATCH_OUTAGE=30s for the full test.
func outage(t testing.TB) time.Duration {
	if s := os.Getenv("STEMEWATCH_OUTAGE"); s != "" {
		d, err := time.ParseDuration(s)
		if err != nil {
			t.Fatalf("STEMEWATCH_OUTAGE=%q: %v", s, err)
		}
		return d
	}
	return 3 * time.Second
}

func testLogger(t testing.TB) zerolog.Logger {
	if testing.Verbose() {
		return zerolog.New(zerolog.NewTestWriter(t)).With().Timestamp().Logger()
	}
	return zerolog.Nop()
}

// startServer runs an embedded nats-server on 127.0.0.1 (port -1: random),
// JetStream in dir unless dir is "".
func startServer(t testing.TB, port int, dir string) *server.Server {
	t.Helper()
	return testenv.NATS(t, port, dir)
}

func portOf(s *server.Server) int { return s.Addr().(*net.TCPAddr).Port }

func testAnomaly(i int, kind string) anomaly.Anomaly {
	now := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Second)
	return anomaly.Anomaly{
		ID: fmt.Sprintf("test-%06d", i), Kind: kind, Severity: anomaly.SeverityWarning,
		Node: "api-node.1", Unit: "stemedb-api.service", ErrorType: "StorageError",
		Window: anomaly.Window{Start: now.Add(-time.Minute), End: now}, Count: int64(i),
		TopAgents: []anomaly.AgentCount{}, Samples: []string{"disk full"}, Status: anomaly.StatusOpen,
		Time: now, Started: now, Summary: "test",
	}
}

// streamIDs returns the Nats-Msg-Id of every message in the stream,
// checking that each is the anomaly its id names, on its own subject.
func streamIDs(t testing.TB, url string) []string {
	t.Helper()
	var ids []string
	for _, m := range testenv.StreamMessages(t, url, StreamName) {
		id := m.Header.Get(nats.MsgIdHdr)
		var a anomaly.Anomaly
		if err := json.Unmarshal(m.Data, &a); err != nil || a.ID != id {
			t.Fatalf("message %s: %v %q", m.Subject, err, m.Data)
		}
		if want := a.Subject(); m.Subject != want {
			t.Fatalf("subject %s, want %s", m.Subject, want)
		}
		ids = append(ids, id)
	}
	return ids
}

// exactlyOnce checks the stream holds each of want exactly once.
func exactlyOnce(t testing.TB, url string, want []string) {
	t.Helper()
	got := streamIDs(t, url)
	seen := map[string]int{}
	for _, id := range got {
		seen[id]++
	}
	for id, n := range seen {
		if n > 1 {
			t.Errorf("%s stored %d times", id, n)
		}
	}
	for _, id := range want {
		if seen[id] == 0 {
			t.Errorf("%s missing", id)
		}
	}
	if len(got) != len(want) {
		t.Errorf("stream has %d messages, want %d", len(got), len(want))
	}
	t.Logf("stream holds %d anomalies, each once", len(got))
}

func newSink(t testing.TB, url, outbox string, set *metrics.Set) *NATS {
	t.Helper()
	cfg := DefaultNATSConfig()
	cfg.URL = url
	cfg.OutboxDir = outbox
	cfg.AckTimeout = 2 * time.Second
	n, err := NewNATS(cfg, testLogger(t), set)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func flush(t testing.TB, n *NATS, d time.Duration) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	if err := n.Flush(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestNATSJetStreamDedupe(t *testing.T) {
	s := startServer(t, -1, t.TempDir())
	set := metrics.NewSet()
	n := newSink(t, s.ClientURL(), t.TempDir(), set)
	var ids []string
	for i := 0; i < 5; i++ {
		a := testAnomaly(i, anomaly.KindErrorRate)
		ids = append(ids, a.ID)
		if err := n.Publish(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	}
	flush(t, n, 10*time.Second)
	// A replay after a restart publishes the same ids again.
	for i := 0; i < 5; i++ {
		if err := n.Publish(context.Background(), testAnomaly(i, anomaly.KindErrorRate)); err != nil {
			t.Fatal(err)
		}
	}
	flush(t, n, 10*time.Second)
	if err := n.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	exactlyOnce(t, s.ClientURL(), ids)
	var buf bytes.Buffer
	set.WritePrometheus(&buf)
	for _, want := range []string{"stemewatch_nats_published_total 10", `stemewatch_anomalies_total{kind="error_rate"} 10`, "stemewatch_nats_buffered 0"} {
		if !strings.Contains(buf.String(), want+"\n") {
			t.Errorf("metrics lack %q:\n%s", want, buf.String())
		}
	}
	if err := n.Publish(context.Background(), testAnomaly(9, anomaly.KindErrorRate)); err != ErrClosed {
		t.Errorf("Publish after Close = %v", err)
	}
}

func TestNATSCoreWithoutJetStream(t *testing.T) {
	s := startServer(t, -1, "")
	sub, err := nats.Connect(s.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Close()
	ch := make(chan *nats.Msg, 10)
	if _, err := sub.ChanSubscribe("stemedb.anomalies.>", ch); err != nil {
		t.Fatal(err)
	}
	_ = sub.Flush()
	n := newSink(t, s.ClientURL(), "", nil)
	defer n.Close(context.Background())
	a := testAnomaly(1, anomaly.KindDataCorruption)
	if err := n.Publish(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	select {
	case m := <-ch:
		if m.Subject != "stemedb.anomalies.data_corruption.api-node_1" {
			t.Errorf("subject %s", m.Subject)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("nothing received over core NATS")
	}
	flush(t, n, 5*time.Second)
}

// TestNATSOutage: the server stops while anomalies keep coming, and comes
// back on the same port and store: every anomaly is in the stream once.
func TestNATSOutage(t *testing.T) {
	dir := t.TempDir()
	s := startServer(t, -1, dir)
	port, url := portOf(s), s.ClientURL()
	n := newSink(t, url, t.TempDir(), nil)
	var ids []string
	var mu sync.Mutex
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() { // a steady trickle, across the outage
		defer close(done)
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
			}
			a := testAnomaly(i, anomaly.KindSignatureFailures)
			if err := n.Publish(context.Background(), a); err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			ids = append(ids, a.ID)
			mu.Unlock()
		}
	}()
	time.Sleep(300 * time.Millisecond)
	s.Shutdown()
	s.WaitForShutdown()
	t.Logf("server down for %v", outage(t))
	time.Sleep(outage(t))
	mu.Lock()
	during := len(ids)
	mu.Unlock()
	s2 := startServer(t, port, dir)
	time.Sleep(300 * time.Millisecond)
	close(stop)
	<-done
	flush(t, n, 30*time.Second)
	if err := n.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d anomalies published, about %d before the server came back", len(ids), during)
	exactlyOnce(t, s2.ClientURL(), ids)
}

// TestNATSKillDuringOutage: a publisher spools anomalies during an outage
// and is killed (SIGKILL); a new one starts from the spooled outbox after
// the server is back: every anomaly is in the stream once.
func TestNATSKillDuringOutage(t *testing.T) {
	dir, outbox := t.TempDir(), t.TempDir()
	s := startServer(t, -1, dir)
	port, url := portOf(s), s.ClientURL()

	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperPublisher$")
	cmd.Env = append(os.Environ(), "STEMEWATCH_HELPER_PUBLISHER=1", "HELPER_URL="+url, "HELPER_OUTBOX="+outbox)
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	lines := bufio.NewScanner(stdout)
	expect := func(want string) {
		t.Helper()
		for lines.Scan() {
			if lines.Text() == want {
				return
			}
		}
		t.Fatalf("helper ended before %q", want)
	}
	expect("FLUSHED") // 10 anomalies acknowledged while the server was up
	s.Shutdown()
	s.WaitForShutdown()
	fmt.Fprintln(stdin, "go")
	expect("SPOOLED") // 20 more spooled during the outage
	if err := cmd.Process.Signal(os.Kill); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	time.Sleep(outage(t))
	s2 := startServer(t, port, dir)

	n := newSink(t, s2.ClientURL(), outbox, nil)
	if p := n.Pending(); p != 20 {
		t.Errorf("outbox after the kill holds %d, want 20", p)
	}
	flush(t, n, 30*time.Second)
	if err := n.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for i := 0; i < 30; i++ {
		ids = append(ids, testAnomaly(i, anomaly.KindAgentErrors).ID)
	}
	exactlyOnce(t, s2.ClientURL(), ids)
}

// TestHelperPublisher is the publisher process of TestNATSKillDuringOutage.
func TestHelperPublisher(t *testing.T) {
	if os.Getenv("STEMEWATCH_HELPER_PUBLISHER") != "1" {
		t.Skip("helper process only")
	}
	n := newSink(t, os.Getenv("HELPER_URL"), os.Getenv("HELPER_OUTBOX"), nil)
	for i := 0; i < 10; i++ {
		if err := n.Publish(context.Background(), testAnomaly(i, anomaly.KindAgentErrors)); err != nil {
			t.Fatal(err)
		}
	}
	flush(t, n, 10*time.Second)
	fmt.Println("FLUSHED")
	bufio.NewReader(os.Stdin).ReadString('\n')
	for i := 10; i < 30; i++ {
		if err := n.Publish(context.Background(), testAnomaly(i, anomaly.KindAgentErrors)); err != nil {
			t.Fatal(err)
		}
	}
	fmt.Println("SPOOLED")
	select {} // until killed
}

// TestNATSLatency measures Publish → subscriber, outbox fsync included, and
// prints it (no timed assertion).
func TestNATSLatency(t *testing.T) {
	s := startServer(t, -1, t.TempDir())
	sub, err := nats.Connect(s.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Close()
	var mu sync.Mutex
	sent := map[string]time.Time{}
	var lat []time.Duration
	const N = 200
	got := make(chan struct{}, N)
	if _, err := sub.Subscribe("stemedb.anomalies.>", func(m *nats.Msg) {
		id := m.Header.Get(nats.MsgIdHdr)
		mu.Lock()
		if t0, ok := sent[id]; ok {
			lat = append(lat, time.Since(t0))
		}
		mu.Unlock()
		got <- struct{}{}
	}); err != nil {
		t.Fatal(err)
	}
	_ = sub.Flush()
	n := newSink(t, s.ClientURL(), t.TempDir(), nil)
	defer n.Close(context.Background())
	flush(t, n, 5*time.Second)
	for i := 0; i < N; i++ {
		a := testAnomaly(i, anomaly.KindDataCorruption)
		mu.Lock()
		sent[a.ID] = time.Now()
		mu.Unlock()
		if err := n.Publish(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		time.Sleep(2 * time.Millisecond)
	}
	for i := 0; i < N; i++ {
		select {
		case <-got:
		case <-time.After(20 * time.Second):
			t.Fatalf("received %d of %d", i, N)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	slices.Sort(lat)
	q := func(p float64) time.Duration { return lat[int(p*float64(len(lat)-1))] }
	t.Logf("Publish (outbox fsync) → JetStream → subscriber, %d anomalies: p50 %v p90 %v p99 %v max %v", len(lat), q(0.5), q(0.9), q(0.99), lat[len(lat)-1])
	fmt.Printf("latency publish→subscriber: p50=%v p99=%v max=%v (n=%d)\n", q(0.5), q(0.99), lat[len(lat)-1], len(lat))
}

func TestOutboxBoundAndReload(t *testing.T) {
	dir := t.TempDir()
	var dropped []string
	ob, warns, err := OpenOutbox(OutboxOptions{Dir: dir, Max: 3, OnDrop: func(k, _ string) { dropped = append(dropped, k) }})
	if err != nil || len(warns) != 0 {
		t.Fatal(err, warns)
	}
	add := func(i int, kind, sev string) {
		a := testAnomaly(i, kind)
		a.Severity = sev
		if err := ob.Add(&a); err != nil {
			t.Fatal(err)
		}
	}
	add(0, anomaly.KindNewErrorType, anomaly.SeverityInfo)
	add(1, anomaly.KindErrorRate, anomaly.SeverityWarning)
	add(2, anomaly.KindDataCorruption, anomaly.SeverityCritical)
	add(2, anomaly.KindDataCorruption, anomaly.SeverityCritical) // same id: once
	add(3, anomaly.KindAgentErrors, anomaly.SeverityWarning)     // full: the info one goes
	add(4, anomaly.KindJournalGap, anomaly.SeverityInfo)         // full, least important: itself
	add(5, anomaly.KindSignatureFailures, anomaly.SeverityCritical)
	if want := []string{"new_error_type", "journal_gap", "error_rate"}; !slices.Equal(dropped, want) {
		t.Errorf("dropped %v, want %v", dropped, want)
	}
	if err := os.WriteFile(filepath.Join(dir, "00000000000000000099.json"), []byte("{not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, ".tmp-00000000000000000100.json"), []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	ob2, warns, err := OpenOutbox(OutboxOptions{Dir: dir, Max: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) != 1 || !strings.Contains(warns[0].Error(), "00000000000000000099.json") {
		t.Errorf("warnings %v", warns)
	}
	var got []string
	for _, it := range ob2.next(10) {
		got = append(got, it.id+"/"+it.kind)
	}
	want := []string{"test-000002/data_corruption", "test-000003/agent_errors", "test-000005/signature_failures"}
	if !slices.Equal(got, want) {
		t.Errorf("reloaded %v, want %v", got, want)
	}
	if _, err := os.Stat(filepath.Join(dir, "00000000000000000099.json.corrupt")); err != nil {
		t.Error("corrupt file not set aside")
	}
	a := testAnomaly(6, anomaly.KindErrorRate)
	if err := ob2.Add(&a); err != nil {
		t.Fatal(err)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 4 { // 3 + the .corrupt
		t.Errorf("dir holds %d files", len(ents))
	}
}

func TestStdout(t *testing.T) {
	var buf bytes.Buffer
	set := metrics.NewSet()
	s := NewStdout(&buf, set)
	for i := 0; i < 2; i++ {
		if err := s.Publish(context.Background(), testAnomaly(i, anomaly.KindJournalGap)); err != nil {
			t.Fatal(err)
		}
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%q", buf.String())
	}
	var a anomaly.Anomaly
	if err := json.Unmarshal([]byte(lines[1]), &a); err != nil || a.ID != "test-000001" {
		t.Fatalf("%v %+v", err, a)
	}
	var m bytes.Buffer
	set.WritePrometheus(&m)
	if !strings.Contains(m.String(), `stemewatch_anomalies_total{kind="journal_gap"} 2`) {
		t.Errorf("%s", m.String())
	}
}

func TestKnownTypes(t *testing.T) {
	dir := t.TempDir()
	got, err := LoadKnownTypes(dir)
	if err != nil || got != nil {
		t.Fatal(got, err)
	}
	if err := SaveKnownTypes(dir, []string{"QuotaExceededError", "StorageError"}); err != nil {
		t.Fatal(err)
	}
	got, err = LoadKnownTypes(dir)
	if err != nil || !slices.Equal(got, []string{"QuotaExceededError", "StorageError"}) {
		t.Fatal(got, err)
	}
	if err := SaveKnownTypes(filepath.Join(dir, "missing"), nil); err == nil {
		t.Error("save into a missing dir succeeded")
	}
}

func TestNATSConfigValidate(t *testing.T) {
	for _, c := range []NATSConfig{
		{JetStream: "maybe"},
		{DuplicatesWindow: 2 * time.Hour, StreamMaxAge: time.Hour},
		{TLSCertFile: "x"},
		{PasswordFile: "p"},
		{CredsFile: "c", TokenFile: "t"},
	} {
		if err := c.Validate(); err == nil {
			t.Errorf("%+v accepted", c)
		}
	}
	dir := t.TempDir()
	tok := filepath.Join(dir, "token")
	_ = os.WriteFile(tok, []byte("s3cret\n"), 0o600)
	c := NATSConfig{TokenFile: tok}
	if _, err := c.ConnectOptions(); err != nil {
		t.Fatal(err)
	}
	c.TokenFile = filepath.Join(dir, "none")
	if _, err := c.ConnectOptions(); err == nil {
		t.Error("missing token file accepted")
	}
}

// TestDebianNATSServer runs the outage test against the nats-server binary
// of the distribution (scripts/setup.sh installs it).
func TestDebianNATSServer(t *testing.T) {
	bin := ""
	for _, p := range []string{"/usr/sbin/nats-server", "/usr/bin/nats-server"} {
		if _, err := os.Stat(p); err == nil {
			bin = p
			break
		}
	}
	if bin == "" {
		t.Skip("nats-server binary not installed (scripts/setup.sh installs it)")
	}
	dir := t.TempDir()
	start := func(port int) (*exec.Cmd, int) {
		cmd := exec.Command(bin, "-a", "127.0.0.1", "-p", strconv.Itoa(port), "-js", "-sd", dir)
		stderr, _ := cmd.StderrPipe()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
		re := regexp.MustCompile(`Listening for client connections on 127\.0\.0\.1:(\d+)`)
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if m := re.FindStringSubmatch(sc.Text()); m != nil {
				p, _ := strconv.Atoi(m[1])
				go io.Copy(io.Discard, stderr)
				// The server logs that line before JetStream is ready.
				for i := 0; i < 100; i++ {
					if nc, err := nats.Connect("nats://127.0.0.1:" + m[1]); err == nil {
						js, _ := jetstream.New(nc)
						ctx, cancel := context.WithTimeout(context.Background(), time.Second)
						_, err := js.AccountInfo(ctx)
						cancel()
						nc.Close()
						if err == nil {
							return cmd, p
						}
					}
					time.Sleep(50 * time.Millisecond)
				}
				t.Fatal("nats-server JetStream not ready")
			}
		}
		t.Fatalf("%s: no listening line", bin)
		return nil, 0
	}
	cmd, port := start(-1)
	url := "nats://127.0.0.1:" + strconv.Itoa(port)
	n := newSink(t, url, t.TempDir(), nil)
	var ids []string
	pub := func(from, to int) {
		for i := from; i < to; i++ {
			a := testAnomaly(i, anomaly.KindErrorRate)
			ids = append(ids, a.ID)
			if err := n.Publish(context.Background(), a); err != nil {
				t.Fatal(err)
			}
		}
	}
	pub(0, 10)
	flush(t, n, 10*time.Second)
	_ = cmd.Process.Signal(os.Interrupt)
	_ = cmd.Wait()
	pub(10, 30)
	time.Sleep(outage(t))
	_, _ = start(port)
	pub(30, 35)
	flush(t, n, 30*time.Second)
	if err := n.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	exactlyOnce(t, url, ids)
}

// TestNATSAuthFromFiles: user/password and token, read from files, against
// a server that requires them; a wrong password is retried, not fatal.
func TestNATSAuthFromFiles(t *testing.T) {
	dir := t.TempDir()
	pw := filepath.Join(dir, "password")
	tok := filepath.Join(dir, "token")
	_ = os.WriteFile(pw, []byte("correct horse\n"), 0o600)
	_ = os.WriteFile(tok, []byte("t0ken-s3cret\n"), 0o600)
	for _, tc := range []struct {
		name string
		opts server.Options
		cfg  NATSConfig
	}{
		{"user", server.Options{Username: "stemewatch", Password: "correct horse"}, NATSConfig{User: "stemewatch", PasswordFile: pw}},
		{"token", server.Options{Authorization: "t0ken-s3cret"}, NATSConfig{TokenFile: tok}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := tc.opts
			o.Host, o.Port, o.NoLog, o.NoSigs, o.JetStream, o.StoreDir = "127.0.0.1", -1, true, true, true, t.TempDir()
			s, err := server.NewServer(&o)
			if err != nil {
				t.Fatal(err)
			}
			s.Start()
			defer func() { s.Shutdown(); s.WaitForShutdown() }()
			if !s.ReadyForConnections(10 * time.Second) {
				t.Fatal("not ready")
			}
			cfg := tc.cfg
			cfg.URL = s.ClientURL()
			cfg.AckTimeout = 2 * time.Second
			n, err := NewNATS(cfg, testLogger(t), nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := n.Publish(context.Background(), testAnomaly(1, anomaly.KindErrorRate)); err != nil {
				t.Fatal(err)
			}
			flush(t, n, 10*time.Second)
			_ = n.Close(context.Background())
		})
	}
}

func TestNATSPublishEvents(t *testing.T) {
	s := startServer(t, -1, t.TempDir())
	nc, err := nats.Connect(s.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	sub, err := nc.SubscribeSync("stemedb.errors.>")
	if err != nil {
		t.Fatal(err)
	}
	_ = nc.Flush()
	cfg := DefaultNATSConfig()
	cfg.URL = s.ClientURL()
	cfg.PublishEvents = true
	n, err := NewNATS(cfg, testLogger(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close(context.Background())
	typ := "StorageError"
	for _, ev := range []classifier.Event{
		{Node: "api.node.1", ErrorType: &typ, Message: "disk full"},
		{Node: "api.node.1", SignatureFailure: true, Message: "bad signature"},
	} {
		if err := n.PublishEvent(context.Background(), &ev); err != nil {
			t.Fatal(err)
		}
	}
	for _, want := range []string{"stemedb.errors.StorageError.api_node_1", "stemedb.errors.SignatureFailure.api_node_1"} {
		m, err := sub.NextMsg(10 * time.Second)
		if err != nil {
			t.Fatal(err)
		}
		if m.Subject != want {
			t.Errorf("subject %s, want %s", m.Subject, want)
		}
	}
}

// TestNATSSpoolFailure: when the outbox cannot be written, Publish says so,
// so the caller does not checkpoint past the anomaly.
func TestNATSSpoolFailure(t *testing.T) {
	s := startServer(t, -1, t.TempDir())
	dir := filepath.Join(t.TempDir(), "outbox")
	n := newSink(t, s.ClientURL(), dir, nil)
	defer n.Close(context.Background())
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	err := n.Publish(context.Background(), testAnomaly(1, anomaly.KindDataCorruption))
	if err == nil || !strings.Contains(err.Error(), "spool anomaly test-000001") {
		t.Fatalf("Publish = %v, want a spool error", err)
	}
}

// A server that is down at start is reported by Ready (for /readyz) and
// logged once, not once per retry; once it is up, Ready is nil and the
// outbox drains.
func TestNATSReadyAndLoggedWhileUnreachable(t *testing.T) {
	// A port that refuses connections: a server started and stopped.
	probe := startServer(t, -1, "")
	port := portOf(probe)
	probe.Shutdown()
	probe.WaitForShutdown()

	var logs testenv.Buffer
	cfg := DefaultNATSConfig()
	cfg.URL = fmt.Sprintf("nats://127.0.0.1:%d", port)
	cfg.OutboxDir = t.TempDir()
	n, err := NewNATS(cfg, zerolog.New(&logs), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close(context.Background())
	if err := n.Publish(context.Background(), testAnomaly(1, anomaly.KindDataCorruption)); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(logs.String(), `"level":"warn"`) && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	err = n.Ready()
	if err == nil || !strings.Contains(err.Error(), "1 anomalies wait in the outbox") {
		t.Fatalf("Ready while unreachable: %v", err)
	}
	if !strings.Contains(logs.String(), "nats unreachable") {
		t.Fatalf("no warning logged: %s", logs.String())
	}
	// Several retries later, still one warning line.
	time.Sleep(2500 * time.Millisecond) // let the client retry (ReconnectWait 1 s) a few times
	if c := strings.Count(logs.String(), `"level":"warn"`); c != 1 {
		t.Errorf("%d warnings while down, want 1 (rate-limited):\n%s", c, logs.String())
	}
	startServer(t, port, t.TempDir())
	deadline = time.Now().Add(15 * time.Second)
	for (n.Ready() != nil || n.Pending() != 0) && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if err := n.Ready(); err != nil || n.Pending() != 0 {
		t.Fatalf("after the server came up: ready %v, pending %d", err, n.Pending())
	}
}
