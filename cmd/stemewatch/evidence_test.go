package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/stemedb/stemewatch/anomaly"
	"github.com/stemedb/stemewatch/internal/testenv"
)

// incidentJournal writes a journalctl -o json file for node: a quiet
// background, then four bursts a few minutes apart, each opening one
// incident that calls for one kind of evidence: NetworkError naming the
// given peers, StorageError, widespread signature failures, and one agent
// (agent-0666) dominating the errors.
func incidentJournal(t *testing.T, path, node string, peers []string) {
	t.Helper()
	var b bytes.Buffer
	base := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
	n := 0
	put := func(at time.Duration, prio int, msg string) {
		n++
		ts := base.Add(at)
		e := map[string]string{
			"__CURSOR":             fmt.Sprintf("s=evidencetest;i=%x", n),
			"__REALTIME_TIMESTAMP": fmt.Sprint(ts.UnixMicro()),
			"_HOSTNAME":            node,
			"_SYSTEMD_UNIT":        "stemedb-api.service",
			"SYSLOG_IDENTIFIER":    "stemedb-api",
			"PRIORITY":             fmt.Sprint(prio),
			"MESSAGE":              ts.Format("2006-01-02T15:04:05.000000Z") + " " + msg,
		}
		line, _ := json.Marshal(e)
		b.Write(line)
		b.WriteByte('\n')
	}
	burst := func(from time.Duration, count int, msg func(i int) string) {
		for i := 0; i < count; i++ {
			put(from+time.Duration(i)*750*time.Millisecond, 3, msg(i))
		}
	}
	for at := time.Duration(0); at < 18*time.Minute; at += 2 * time.Second {
		put(at, 6, " INFO stemedb_api::http: request completed method=GET path=/v1/query status=200 agent_id=agent-0002")
	}
	burst(6*time.Minute, 40, func(i int) string {
		return fmt.Sprintf("ERROR stemedb_cluster::rpc: request failed Error: NetworkError: rpc to %s failed agent_id=agent-%04d method=POST path=/v1/batch status=500",
			peers[i%len(peers)], i%5)
	})
	burst(9*time.Minute, 40, func(i int) string {
		return fmt.Sprintf("ERROR stemedb_storage::lsm: request failed Error: StorageError: lsm compaction failed: No space left on device (os error 28) agent_id=agent-%04d method=PUT path=/v1/subjects status=500", i%5)
	})
	burst(12*time.Minute, 40, func(i int) string {
		return fmt.Sprintf("ERROR stemedb_api::auth: request signature verification failed: bad signature agent_id=agent-%04d method=POST path=/v1/subjects status=401", 10+i%12)
	})
	burst(15*time.Minute, 40, func(i int) string {
		return "ERROR stemedb_api::auth: Error: AuthenticationError: invalid api key presented api_key=sk_live_0123456789abcdef agent_id=agent-0666 method=POST path=/v1/batch status=401"
	})
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

const stemedbMetrics = `# HELP stemedb_http_requests_total HTTP requests served, by agent and status.
# TYPE stemedb_http_requests_total counter
stemedb_http_requests_total{agent="agent-0666",method="POST",status="200"} 212
stemedb_http_requests_total{agent="agent-0666",method="POST",status="401"} 1840
stemedb_http_requests_total{agent="agent-0666",method="GET",status="429"} 95
stemedb_http_requests_total{agent="agent-0002",method="GET",status="200"} 48210
`

// TestEvidenceInNATSPayload runs `run --input` on a crafted journal with
// evidence switched on, every kind pointed at real parts on this machine:
// adjtimex, three loopback peers (listening, closed, full backlog), a tmpfs
// filled to 99% and an HTTP server with a stemedb-style metrics page. Each
// kind must reach the JetStream stream with the right verdict.
func TestEvidenceInNATSPayload(t *testing.T) {
	dataDir := testenv.Tmpfs(t, "stemedb-data", 8<<20)
	testenv.FillTo(t, dataDir, 1)
	okPeer, refused, silent := testenv.ListeningPeer(t), testenv.ClosedPort(t), testenv.SilentPeer(t)
	metricsSrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4")
		fmt.Fprint(w, stemedbMetrics)
	}))
	defer metricsSrv.Close()

	srv := startNATS(t)

	dir := t.TempDir()
	input := filepath.Join(dir, "incidents.json")
	incidentJournal(t, input, "api-node-1", []string{okPeer, refused, silent})
	conf := writeFile(t, dir, "stemewatch.toml", fmt.Sprintf(`[evidence]
enabled = true
timeout = "3s"
peer_timeout = "500ms"
data_dirs = [%q]
stemedb_metrics_url = %q
`, dataDir, metricsSrv.URL+"/metrics"))
	p := startRun(t, dir, "--config", conf, "--input", input, "--once", "--state-dir", filepath.Join(dir, "state"),
		"--nats-url", srv.ClientURL())
	if code := p.wait(120 * time.Second); code != 0 {
		t.Fatalf("exit status %d", code)
	}
	as := streamedAnomalies(t, srv.ClientURL())

	opened := func(kind, errType string) anomaly.Anomaly {
		t.Helper()
		for _, a := range as {
			if a.Kind == kind && a.ErrorType == errType && a.Status == anomaly.StatusOpen {
				if a.Evidence == nil || a.Evidence.Status != anomaly.EvidenceComplete {
					t.Errorf("%s %s opened with evidence %+v", kind, errType, a.Evidence)
				}
				return a
			}
		}
		t.Fatalf("no %s %s incident opened among %d anomalies", kind, errType, len(as))
		return anomaly.Anomaly{}
	}

	net := opened(anomaly.KindErrorRate, "NetworkError")
	if pe := net.Evidence.Peers; pe == nil || pe.Verdict != "failing" || len(pe.Probes) != 3 {
		t.Errorf("NetworkError peers: %+v", pe)
	} else {
		want := map[string]string{okPeer: anomaly.PeerOK, refused: anomaly.PeerRefused, silent: anomaly.PeerTimeout}
		for _, pr := range pe.Probes {
			if want[pr.Peer] != pr.Result {
				t.Errorf("peer %s: %s, want %s (%+v)", pr.Peer, pr.Result, want[pr.Peer], pr)
			}
		}
	}

	st := opened(anomaly.KindErrorRate, "StorageError")
	if fe := st.Evidence.Filesystems; fe == nil || fe.Verdict != "low_space" || len(fe.Dirs) != 1 ||
		fe.Dirs[0].Device != "stemedb-data" || fe.Dirs[0].FreePct > 1.5 {
		t.Errorf("StorageError filesystems: %+v", fe)
	}

	sig := opened(anomaly.KindSignatureFailures, "AuthenticationError")
	var tx unix.Timex
	state, err := unix.Adjtimex(&tx)
	if err != nil {
		t.Fatal(err)
	}
	unsync := tx.Status&unix.STA_UNSYNC != 0 || state == unix.TIME_ERROR
	if c := sig.Evidence.Clock; c == nil || c.Synchronised == unsync || (unsync && c.Verdict != "unsynchronised") {
		t.Errorf("signature_failures clock: %+v (adjtimex unsync %v)", c, unsync)
	}

	ag := opened(anomaly.KindAgentErrors, "")
	if r := ag.Evidence.AgentRequests; r == nil || r.Verdict != "mostly_errors" || r.AgentID != "agent-0666" ||
		r.Total != 2147 || r.Errors != 1935 {
		t.Errorf("agent_errors agent_requests: %+v", r)
	}
	for _, a := range as {
		if a.Status == anomaly.StatusResolved && a.Evidence != nil {
			t.Errorf("resolved %s carries evidence", a.ID)
		}
		if a.Kind == anomaly.KindErrorRate && a.ErrorType == "AuthenticationError" && a.Evidence != nil {
			t.Errorf("an AuthenticationError rate incident got evidence %+v (no kind applies)", a.Evidence)
		}
	}
	if b, err := json.MarshalIndent(net, "", "  "); err == nil {
		t.Logf("NetworkError payload:\n%s", b)
	}
	for _, a := range []anomaly.Anomaly{st, sig, ag} {
		b, _ := json.Marshal(a.Evidence)
		t.Logf("%s evidence: %s", a.Kind, b)
	}
}

// streamedAnomalies decodes every message the anomaly stream holds, in
// stream order.
func streamedAnomalies(t *testing.T, url string) []anomaly.Anomaly {
	t.Helper()
	var out []anomaly.Anomaly
	for i, m := range streamData(t, url) {
		var a anomaly.Anomaly
		if err := json.Unmarshal(m, &a); err != nil {
			t.Fatalf("message %d: %v", i+1, err)
		}
		out = append(out, a)
	}
	return out
}

// TestEvidenceKeepsReplayIDs: the bundled hour replayed with evidence on
// gives the same anomalies, ids and counts as without: only the evidence
// differs. (Peers off: the sample names node2:18182, and resolving it
// would leave loopback.)
func TestEvidenceKeepsReplayIDs(t *testing.T) {
	dir := t.TempDir()
	conf := writeFile(t, dir, "stemewatch.toml", fmt.Sprintf(`[evidence]
peers = false
data_dirs = [%q]
stemedb_metrics_url = "http://%s/metrics"
`, dir, testenv.ClosedPort(t)))
	replay := func(name string, extra ...string) []anomaly.Anomaly {
		t.Helper()
		args := append([]string{"run", "--listen", "127.0.0.1:0", "--config", conf, "--input", sampleJSON, "--once",
			"--state-dir", filepath.Join(dir, name)}, extra...)
		cmd := exec.Command(stemewatchBin(t), args...)
		cmd.Env = append(os.Environ(), "STEMEWATCH_CONFIG=")
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("%s: %v\n%s", name, err, stderr.String())
		}
		var as []anomaly.Anomaly
		sc := bufio.NewScanner(&stdout)
		sc.Buffer(nil, 4<<20)
		for sc.Scan() {
			var a anomaly.Anomaly
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				t.Fatalf("%s: %v: %s", name, err, sc.Bytes())
			}
			as = append(as, a)
		}
		return as
	}
	plain := replay("plain")
	with := replay("evidence", "--evidence", "on")
	if len(plain) == 0 || len(plain) != len(with) {
		t.Fatalf("%d anomalies without evidence, %d with", len(plain), len(with))
	}
	gathered := 0
	for i := range plain {
		if plain[i].Evidence != nil {
			t.Errorf("default (auto) replay attached evidence to %s", plain[i].ID)
		}
		if with[i].Evidence != nil {
			gathered++
		}
		w := with[i]
		w.Evidence = nil
		a, _ := json.Marshal(plain[i])
		b, _ := json.Marshal(w)
		if !bytes.Equal(a, b) {
			t.Errorf("anomaly %d differs beyond evidence:\n%s\n%s", i, a, b)
		}
	}
	if gathered == 0 {
		t.Error("--evidence on gathered nothing over the bundled hour")
	}
	t.Logf("%d anomalies, identical ids and counts; %d carry evidence", len(plain), gathered)
}
