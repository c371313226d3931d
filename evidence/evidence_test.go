package evidence

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/VictoriaMetrics/metrics"

	"github.com/stemedb/stemewatch/anomaly"
	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/internal/testenv"
)

func testConfig() Config {
	c := Default()
	c.Enabled = On
	return c
}

// TestClockAdjtimex reads this machine's kernel clock (read-only) and
// checks the verdict agrees with what adjtimex said, and that reading did
// not change the clock's discipline.
func TestClockAdjtimex(t *testing.T) {
	before, err := readAdjtimex()
	if err != nil {
		t.Fatalf("adjtimex: %v", err)
	}
	g := New(testConfig())
	c := g.clock()
	after, err := readAdjtimex()
	if err != nil {
		t.Fatal(err)
	}
	if before.unsync != after.unsync || before.state != after.state {
		t.Errorf("reading changed the clock state: %+v then %+v", before, after)
	}
	if c.Synchronised == before.unsync {
		t.Errorf("synchronised = %v but adjtimex unsync = %v", c.Synchronised, before.unsync)
	}
	want := anomaly.VerdictOK
	switch {
	case before.unsync:
		want = "unsynchronised"
	case before.estError > time.Second || before.offset > time.Second || before.offset < -time.Second:
		want = "error_over_1s"
	}
	if c.Verdict != want || c.Summary == "" || c.State == "" || c.MaxErrorS < 0 {
		t.Errorf("clock = %+v, want verdict %s", c, want)
	}
	t.Logf("this machine: %s", c.Summary)
}

func TestClockVerdicts(t *testing.T) {
	for _, tc := range []struct {
		cs   clockState
		want string
		in   string
	}{
		{clockState{state: 5, unsync: true, maxError: 16 * time.Second}, "unsynchronised", "maximum error 16s"},
		{clockState{estError: 2400 * time.Millisecond, offset: 3 * time.Millisecond}, "error_over_1s", "estimated error 2.4s"},
		{clockState{offset: -1500 * time.Millisecond}, "error_over_1s", "offset -1.5s"},
		{clockState{offset: 250 * time.Microsecond, estError: 4 * time.Millisecond}, "ok", "within 1 s"},
	} {
		c := clockVerdict(tc.cs)
		if c.Verdict != tc.want || !strings.Contains(c.Summary, tc.in) {
			t.Errorf("%+v: got %s %q, want %s containing %q", tc.cs, c.Verdict, c.Summary, tc.want, tc.in)
		}
	}
}

func TestPeersIn(t *testing.T) {
	for msg, want := range map[string]string{
		"2026-11-25T10:46:33.520026Z ERROR stemedb_cluster::rpc: request failed Error: NetworkError: rpc to node2:18182 failed: Connection refused (os error 111) agent_id=agent-0001": "node2:18182",
		"connect to 10.0.0.7:18182 timed out; retry http://node3.db.internal:18182/v1/raft.":                                                                                           "10.0.0.7:18182 node3.db.internal:18182",
		"peer [fd00::1]:18182 reset":                         "[fd00::1]:18182",
		"panicked at src/main.rs:42:5 at 10:46:33 v1.2:3":    "",
		"Error: TimeoutError: query exceeded timeout of 30s": "",
		"host=node4:99999 bad port, node5:0 too, x_node6:1 ": "",
	} {
		got := strings.Join(peersIn(msg), " ")
		if got != want {
			t.Errorf("peersIn(%q) = %q, want %q", msg, got, want)
		}
	}
}

// TestPeersLoopback probes three real loopback peers: one listening, one
// closed, one whose full accept queue leaves SYNs unanswered.
func TestPeersLoopback(t *testing.T) {
	open, closed, silent := testenv.ListeningPeer(t), testenv.ClosedPort(t), testenv.SilentPeer(t)
	cfg := testConfig()
	cfg.PeerTimeout = 300 * time.Millisecond
	g := New(cfg)
	at := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
	typ := classifier.NetworkError
	for i, p := range []string{open, closed, closed, silent} {
		g.Observe(&classifier.Event{ErrorType: &typ, Time: at.Add(time.Duration(i) * time.Second),
			Message: "Error: NetworkError: rpc to " + p + " failed"})
	}
	pe := g.probePeers(context.Background(), g.peers.named(typ, at, MaxPeers))
	got := map[string]anomaly.PeerProbe{}
	for _, p := range pe.Probes {
		got[p.Peer] = p
	}
	if p := got[open]; p.Result != anomaly.PeerOK || p.ConnectMS <= 0 {
		t.Errorf("listening peer: %+v", p)
	}
	if p := got[closed]; p.Result != anomaly.PeerRefused || p.Mentions != 2 {
		t.Errorf("closed port: %+v", p)
	}
	if p := got[silent]; p.Result != anomaly.PeerTimeout {
		t.Errorf("full-backlog peer: %+v", p)
	}
	if pe.Verdict != "failing" || pe.Probes[0].Peer != closed {
		t.Errorf("verdict %s, probes %+v (want failing, the most named first)", pe.Verdict, pe.Probes)
	}
	t.Logf("%s", pe.Summary)
}

func TestDialResult(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want string
	}{
		{&net.OpError{Op: "dial", Err: &net.DNSError{Err: "no such host", Name: "node9", IsNotFound: true}}, anomaly.PeerDNSFailure},
		{fmt.Errorf("dial: %w", syscall.EHOSTUNREACH), anomaly.PeerNoRoute},
		{context.DeadlineExceeded, anomaly.PeerTimeout},
		{errors.New("something else"), anomaly.PeerError},
	} {
		if got := dialResult(tc.err); got != tc.want {
			t.Errorf("dialResult(%v) = %s, want %s", tc.err, got, tc.want)
		}
	}
}

// TestFilesystemsTmpfs: a real tmpfs filled to 99% is low on space, and
// read-only once remounted so; its device comes from the mount table.
func TestFilesystemsTmpfs(t *testing.T) {
	dir := testenv.Tmpfs(t, "stemewatch-evidence", 4<<20)
	free := testenv.FillTo(t, dir, 1)
	cfg := testConfig()
	cfg.DataDirs = []string{dir, dir + "/absent"}
	g := New(cfg)
	fe := g.filesystems()
	d := fe.Dirs[0]
	if fe.Verdict != verdictLowSpace || d.Verdict != verdictLowSpace || d.Device != "stemewatch-evidence" ||
		d.FSType != "tmpfs" || d.MountPoint != dir || d.ReadOnly || d.InodesFreePct == nil || d.FreePct > 1.5 {
		t.Errorf("filled tmpfs (%.2f%% free): %+v", free, fe)
	}
	if fe.Dirs[1].Verdict != verdictMissing {
		t.Errorf("absent dir: %+v", fe.Dirs[1])
	}
	if out, err := exec.Command("mount", "-o", "remount,ro", dir).CombinedOutput(); err != nil {
		t.Fatalf("remount ro: %v: %s", err, out)
	}
	fe = g.filesystems()
	if fe.Verdict != verdictReadOnly || !fe.Dirs[0].ReadOnly || !strings.Contains(fe.Summary, "READ-ONLY") {
		t.Errorf("read-only tmpfs: %+v", fe)
	}
	t.Logf("%s", fe.Summary)
}

const metricsPage = `# HELP stemedb_http_requests_total HTTP requests by agent and status.
# TYPE stemedb_http_requests_total counter
stemedb_http_requests_total{agent="agent-0666",method="POST",status="200"} 300
stemedb_http_requests_total{agent="agent-0666",method="GET",status="200"} 132
stemedb_http_requests_total{agent="agent-0666",method="POST",status="401"} 700
stemedb_http_requests_total{agent="agent-0666",method="POST",status="429"} 68
stemedb_http_requests_total{agent="agent-0002",method="GET",status="200"} 9000
# TYPE stemedb_up gauge
stemedb_up 1
`

func TestAgentRequests(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/broken" {
			http.Error(w, "no", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "text/plain; version=0.0.4")
		fmt.Fprint(w, metricsPage)
	}))
	defer srv.Close()
	ask := func(url, agent string) *anomaly.AgentRequestsEvidence {
		cfg := testConfig()
		cfg.StemedbMetricsURL = url
		return New(cfg).agentRequests(context.Background(), agent)
	}
	r := ask(srv.URL+"/metrics", "agent-0666")
	if r.Verdict != "mostly_errors" || r.Total != 1200 || r.Errors != 768 || r.ByStatus["200"] != 432 || r.ErrorShare != 0.64 {
		t.Errorf("agent-0666: %+v", r)
	}
	if r := ask(srv.URL+"/metrics", "agent-0002"); r.Verdict != anomaly.VerdictOK || r.ErrorShare != 0 {
		t.Errorf("agent-0002: %+v", r)
	}
	if r := ask(srv.URL+"/metrics", "agent-9999"); r.Verdict != "agent_absent" {
		t.Errorf("absent agent: %+v", r)
	}
	if r := ask(srv.URL+"/broken", "agent-0666"); r.Verdict != anomaly.VerdictUnavailable || !strings.Contains(r.Summary, "503") {
		t.Errorf("503 page: %+v", r)
	}
	r = ask("http://"+testenv.ClosedPort(t)+"/metrics?token=s3cr3t", "agent-0666")
	if r.Verdict != anomaly.VerdictUnavailable || !strings.HasPrefix(r.Summary, "metrics endpoint unreachable: ") {
		t.Errorf("closed endpoint: %+v", r)
	}
	e := &anomaly.Evidence{AgentRequests: r}
	redactEvidence(e)
	if strings.Contains(e.AgentRequests.Summary, "s3cr3t") || strings.Contains(e.AgentRequests.Error, "s3cr3t") {
		t.Errorf("secret not redacted: %q", e.AgentRequests.Summary)
	}
}

func sigAnomaly(incident, status string, at time.Time) anomaly.Anomaly {
	return anomaly.Anomaly{Kind: anomaly.KindSignatureFailures, ErrorType: classifier.AuthenticationError,
		Incident: incident, Status: status, Time: at, Started: at,
		Window: anomaly.Window{Start: at.Add(-time.Minute), End: at}}
}

// TestDue: evidence at the opening, on an update only once a window has
// passed in entry time and on the wall clock, never on the resolution.
func TestDue(t *testing.T) {
	g := New(testConfig())
	t0 := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
	w0 := time.Now()
	steps := []struct {
		status     string
		entry, wal time.Duration
		want       bool
	}{
		{anomaly.StatusOpen, 0, 0, true},
		{anomaly.StatusUpdate, 30 * time.Second, time.Hour, false},  // entry time too soon
		{anomaly.StatusUpdate, 2 * time.Minute, time.Second, false}, // wall clock too soon (a replay)
		{anomaly.StatusUpdate, 2 * time.Minute, 2 * time.Minute, true},
		{anomaly.StatusUpdate, 150 * time.Second, 150 * time.Second, false},
		{anomaly.StatusResolved, time.Hour, time.Hour, false},
		{anomaly.StatusUpdate, 2 * time.Hour, 2 * time.Hour, true}, // forgotten: gathered again
	}
	for i, s := range steps {
		a := sigAnomaly("inc1", s.status, t0.Add(s.entry))
		if got := g.due(&a, w0.Add(s.wal)); got != s.want {
			t.Errorf("step %d (%s +%s/+%s): due = %v, want %v", i, s.status, s.entry, s.wal, got, s.want)
		}
	}
}

// TestAttachLate: a kind that does not answer within the bound is left
// out and listed as late, Attach returns anyway, and while it stays
// blocked the next gathering says so instead of starting another.
func TestAttachLate(t *testing.T) {
	cfg := testConfig()
	cfg.Timeout = 50 * time.Millisecond
	g := New(cfg)
	set := metrics.NewSet()
	g.SetMetrics(set)
	release := make(chan struct{})
	entered := make(chan struct{}, 4)
	g.adjtimex = func() (clockState, error) {
		entered <- struct{}{}
		<-release
		return clockState{}, nil
	}
	t0 := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
	as := []anomaly.Anomaly{sigAnomaly("inc1", anomaly.StatusOpen, t0),
		{Kind: anomaly.KindJournalGap, Incident: "gap", Status: anomaly.StatusOpen}}
	g.Attach(context.Background(), as)
	ev := as[0].Evidence
	if ev == nil || ev.Status != anomaly.EvidenceLate || len(ev.Late) != 1 || ev.Late[0] != KindClock || ev.Clock != nil {
		t.Fatalf("blocked clock: evidence %+v", ev)
	}
	if as[1].Evidence != nil {
		t.Errorf("journal_gap got evidence %+v", as[1].Evidence)
	}
	var page strings.Builder
	set.WritePrometheus(&page)
	if !strings.Contains(page.String(), `stemewatch_evidence_late_total{kind="clock"} 1`) {
		t.Errorf("late not counted:\n%s", page.String())
	}
	if err := testenv.Eventually(30*time.Second, func() bool { return g.stuck[kindIndex(KindClock)].Load() == 1 }); err != nil {
		t.Fatal("the blocked run is not counted as stuck")
	}
	as = []anomaly.Anomaly{sigAnomaly("inc2", anomaly.StatusOpen, t0)}
	g.Attach(context.Background(), as)
	if ev := as[0].Evidence; ev == nil || ev.Clock == nil || ev.Clock.Verdict != anomaly.VerdictUnavailable ||
		!strings.Contains(ev.Clock.Summary, "still blocked") {
		t.Errorf("while blocked: %+v", ev)
	}
	close(release)
	if err := testenv.Eventually(30*time.Second, func() bool { return g.stuck[kindIndex(KindClock)].Load() == 0 }); err != nil {
		t.Fatal("the released run is still counted as stuck")
	}
	as = []anomaly.Anomaly{sigAnomaly("inc3", anomaly.StatusOpen, t0)}
	g.Attach(context.Background(), as)
	if ev := as[0].Evidence; ev == nil || ev.Status != anomaly.EvidenceComplete || ev.Clock == nil {
		t.Errorf("after release: %+v", ev)
	}
}
