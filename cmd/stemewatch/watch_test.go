package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/rs/zerolog"

	"github.com/stemedb/stemewatch/anomaly"
	"github.com/stemedb/stemewatch/internal/testenv"
	"github.com/stemedb/stemewatch/sinks"
)

// syncBuffer is a buffer safe to read while a command writes to it.
type syncBuffer = testenv.Buffer

// startNATS runs an embedded nats-server with JetStream on a free
// loopback port, stopped at cleanup.
func startNATS(t *testing.T) *server.Server {
	t.Helper()
	return testenv.NATS(t, -1, t.TempDir())
}

var watchT0 = time.Date(2026, 11, 25, 10, 40, 0, 0, time.UTC)

func fleetAnomaly(i int, node, kind, scope, agent string) anomaly.Anomaly {
	at := watchT0.Add(time.Duration(i) * time.Second)
	a := anomaly.Anomaly{
		ID: node + "-" + kind + "-" + string(rune('a'+i)), Incident: node + kind, Kind: kind, Severity: anomaly.SeverityWarning,
		Node: node, Unit: "stemedb-api.service", Scope: scope, AgentID: agent, Status: anomaly.StatusOpen,
		Count: 20 + int64(i), Threshold: 15, Time: at, Started: at, Window: anomaly.Window{Start: at.Add(-time.Minute), End: at},
		TopAgents: []anomaly.AgentCount{}, Samples: []string{},
	}
	if kind == anomaly.KindSignatureFailures {
		a.ErrorType = "AuthenticationError"
		a.DistinctAgents = 19
	}
	if kind == anomaly.KindAgentErrors {
		a.Share = 0.6
	}
	return a
}

func publishAll(t *testing.T, url string, as ...anomaly.Anomaly) {
	t.Helper()
	cfg := sinks.DefaultNATSConfig()
	cfg.URL = url
	n, err := sinks.NewNATS(cfg, zerolog.Nop(), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range as {
		if err := n.Publish(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := n.Close(ctx); err != nil {
		t.Fatal(err)
	}
}

// runWatchAsync runs `stemewatch watch args...` until it exits.
func runWatchAsync(t *testing.T, args ...string) (out, errOut *syncBuffer, done chan int) {
	out, errOut = &syncBuffer{}, &syncBuffer{}
	done = make(chan int, 1)
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	e := &env{stdin: strings.NewReader(""), stdout: out, stderr: errOut, getenv: func(string) string { return "" }}
	go func() { done <- Main(ctx, e, append([]string{"watch"}, args...)) }()
	return out, errOut, done
}

func waitExit(t *testing.T, done chan int, out, errOut *syncBuffer) {
	t.Helper()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
		}
	case <-time.After(20 * time.Second):
		t.Fatalf("watch did not finish\nstdout:\n%s\nstderr:\n%s", out, errOut)
	}
}

// TestWatchFleet: one node's clock, then the fleet's time source, then one
// agent on two nodes, through a durable consumer that sees what was
// published before it started.
func TestWatchFleet(t *testing.T) {
	s := startNATS(t)
	as := []anomaly.Anomaly{
		fleetAnomaly(0, "api-node-1", anomaly.KindSignatureFailures, anomaly.ScopeWidespread, ""),
		fleetAnomaly(1, "api-node-2", anomaly.KindErrorRate, "", ""),
		fleetAnomaly(2, "api-node-2", anomaly.KindSignatureFailures, anomaly.ScopeWidespread, ""),
		fleetAnomaly(3, "api-node-1", anomaly.KindAgentErrors, "", "agent-0666"),
		fleetAnomaly(4, "api-node-3", anomaly.KindAgentErrors, "", "agent-0666"),
	}
	as[1].ErrorType = "StorageError"
	publishAll(t, s.ClientURL(), as...)

	out, errOut, done := runWatchAsync(t, "--nats-url", s.ClientURL(), "--durable", "oncall", "--count", "5", "--utc")
	waitExit(t, done, out, errOut)
	got := out.String()
	t.Logf("\n%s", got)
	for _, want := range []string{
		"TIME                  NODE            KIND",
		"-- times in UTC\n",
		"2026-11-25 10:40:00   api-node-1      signature_failures  warning   open      scope=widespread agents=19",
		"StorageError",
		"agent=agent-0666 share=60%",
		"FLEET  widespread signature failures on api-node-1 only (no other node reporting yet): suspect api-node-1's clock",
		"FLEET  widespread signature failures on 2 nodes at once (api-node-1, api-node-2): suspect the fleet's time source",
		"FLEET  agent agent-0666 failing on 2 nodes (api-node-1, api-node-3): suspect the client",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if n := strings.Count(got, "\n"); n != 2+5+3 {
		t.Errorf("%d lines, want zone note + header + 5 + 3 notes", n)
	}
	// The durable consumer acknowledged them: a second run sees only new ones.
	out2, errOut2, done2 := runWatchAsync(t, "--nats-url", s.ClientURL(), "--durable", "oncall", "--count", "1", "--json")
	time.Sleep(200 * time.Millisecond)
	publishAll(t, s.ClientURL(), fleetAnomaly(9, "api-node-4", anomaly.KindDataCorruption, "", ""))
	waitExit(t, done2, out2, errOut2)
	var a anomaly.Anomaly
	if err := json.Unmarshal([]byte(strings.TrimSpace(out2.String())), &a); err != nil || a.Node != "api-node-4" {
		t.Fatalf("--json output %q: %v", out2.String(), err)
	}
}

// TestWatchCoreJSON: plain watch started before the stream exists waits for
// it and reads from its own start time; --json passes payloads through,
// malformed payloads are reported and skipped.
func TestWatchCoreJSON(t *testing.T) {
	s := startNATS(t)
	base := s.NumSubscriptions()
	out, errOut, done := runWatchAsync(t, "--nats-url", s.ClientURL(), "--json", "--count", "2")
	for deadline := time.Now().Add(10 * time.Second); s.NumSubscriptions() <= base; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("watch never subscribed\nstderr: %s", errOut)
		}
	}
	publishAll(t, s.ClientURL(), fleetAnomaly(0, "api-node-1", anomaly.KindSignatureFailures, anomaly.ScopeWidespread, ""))
	nc := natsConn(t, s.ClientURL())
	if err := nc.Publish("stemedb.anomalies.error_rate.x", []byte("{not json")); err != nil {
		t.Fatal(err)
	}
	_ = nc.Flush()
	publishAll(t, s.ClientURL(), fleetAnomaly(5, "api-node-1", anomaly.KindErrorRate, "", ""))
	waitExit(t, done, out, errOut)
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Errorf("not JSON: %q", l)
		}
	}
	if !strings.Contains(errOut.String(), "malformed anomaly on stemedb.anomalies.error_rate.x") {
		t.Errorf("stderr: %s", errOut)
	}
	if !strings.Contains(errOut.String(), "FLEET  widespread signature failures on api-node-1 only") {
		t.Errorf("fleet note not on stderr: %s", errOut)
	}
}

func TestWatchUsage(t *testing.T) {
	_, stderr, code := runCmd(t, "", "watch", "--fleet-window", "0s")
	if code != 2 || !strings.Contains(stderr, "--fleet-window") {
		t.Errorf("code %d, stderr %q", code, stderr)
	}
	_, stderr, code = runCmd(t, "", "watch", "--token-file", "/nonexistent/token")
	if code != 2 || !strings.Contains(stderr, "token") {
		t.Errorf("code %d, stderr %q", code, stderr)
	}
	out, _, code := runCmd(t, "", "watch", "--help")
	if code != 0 || !strings.Contains(out, "--durable") {
		t.Errorf("help: %d %q", code, out)
	}
}

func natsConn(t *testing.T, url string) *nats.Conn {
	t.Helper()
	nc, err := nats.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	return nc
}
