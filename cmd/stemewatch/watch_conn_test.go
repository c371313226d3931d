package main

import (
	"context"
	"encoding/json"
	"os/exec"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/stemedb/stemewatch/anomaly"
	"github.com/stemedb/stemewatch/internal/testenv"
	"github.com/stemedb/stemewatch/sinks"
)

// await polls cond until it holds, failing after a generous limit.
func await(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); !cond(); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}

// publishWithID publishes a on its subject as a sidecar does, with core
// NATS and a Nats-Msg-Id header, so that JetStream dedupes repeats.
func publishWithID(t *testing.T, nc *nats.Conn, a anomaly.Anomaly) {
	t.Helper()
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	m := nats.NewMsg("stemedb.anomalies." + a.Kind + "." + a.Node)
	m.Header.Set(jetstream.MsgIDHeader, a.ID)
	m.Data = b
	if err := nc.PublishMsg(m); err != nil {
		t.Fatal(err)
	}
	if err := nc.Flush(); err != nil {
		t.Fatal(err)
	}
}

// TestWatchShowsEachAnomalyOnce: the same anomaly published twice with the
// same Nats-Msg-Id (a sidecar resending its outbox) reaches a core
// subscriber twice, and plain watch, reading the stream, once.
func TestWatchShowsEachAnomalyOnce(t *testing.T) {
	s := startNATS(t)
	// The stream exists, as on a fleet where a sidecar has published.
	publishAll(t, s.ClientURL(), fleetAnomaly(0, "api-node-9", anomaly.KindErrorRate, "", ""))
	nc := natsConn(t, s.ClientURL())
	var core atomic.Int32
	if _, err := nc.Subscribe(sinks.AnomalySubjects, func(*nats.Msg) { core.Add(1) }); err != nil {
		t.Fatal(err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}

	out, errOut, done := runWatchAsync(t, "--nats-url", s.ClientURL(), "--json", "--count", "2")
	await(t, "watch's consumer on the stream", func() bool {
		st, err := js.Stream(context.Background(), sinks.StreamName)
		if err != nil {
			return false
		}
		info, err := st.Info(context.Background())
		return err == nil && info.State.Consumers >= 1
	})
	a := fleetAnomaly(1, "api-node-1", anomaly.KindErrorRate, "", "")
	b := fleetAnomaly(2, "api-node-2", anomaly.KindErrorRate, "", "")
	publishWithID(t, nc, a)
	publishWithID(t, nc, a) // the resend
	publishWithID(t, nc, b)
	waitExit(t, done, out, errOut)
	await(t, "the core subscriber's three copies", func() bool { return core.Load() == 3 })

	var ids []string
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var got anomaly.Anomaly
		if err := json.Unmarshal([]byte(line), &got); err != nil {
			t.Fatalf("not an anomaly: %q", line)
		}
		ids = append(ids, got.ID)
	}
	if strings.Join(ids, " ") != a.ID+" "+b.ID {
		t.Errorf("watch showed %v, want %s once then %s", ids, a.ID, b.ID)
	}
}

// TestWatchWithoutJetStream: on a server without JetStream, watch says so
// and subscribes to the subject.
func TestWatchWithoutJetStream(t *testing.T) {
	s, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: -1, NoLog: true, NoSigs: true})
	if err != nil {
		t.Fatal(err)
	}
	s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		t.Fatal("nats-server not ready")
	}
	t.Cleanup(func() { s.Shutdown(); s.WaitForShutdown() })
	out, errOut, done := runWatchAsync(t, "--nats-url", s.ClientURL(), "--json", "--count", "1")
	await(t, "the note that there is no JetStream", func() bool {
		return strings.Contains(errOut.String(), "has no JetStream: subscribing to stemedb.anomalies.> directly")
	})
	publishWithID(t, natsConn(t, s.ClientURL()), fleetAnomaly(3, "api-node-3", anomaly.KindErrorRate, "", ""))
	waitExit(t, done, out, errOut)
	if !strings.Contains(out.String(), `"node":"api-node-3"`) {
		t.Errorf("stdout: %s", out)
	}
}

// TestBinaryWatchUnreachable: NATS on a closed port. The built binary says
// so on stderr and exits 1 after --connect-timeout; without a timeout it
// says so at once and keeps trying until interrupted.
func TestBinaryWatchUnreachable(t *testing.T) {
	url := "nats://" + testenv.ClosedPort(t)
	cmd := exec.Command(stemewatchBin(t), "watch", "--nats-url", url, "--connect-timeout", "1s")
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		t.Fatalf("exit: %v\n%s", err, out)
	}
	for _, want := range []string{"watch: cannot connect to NATS at " + url, "no connection to NATS at " + url + " within 1s"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stdout, stderr := &syncBuffer{}, &syncBuffer{}
	done := make(chan int, 1)
	e := &env{stdin: strings.NewReader(""), stdout: stdout, stderr: stderr, getenv: func(string) string { return "" }}
	go func() { done <- Main(ctx, e, []string{"watch", "--nats-url", url, "--connect-timeout", "0"}) }()
	await(t, "the connection trouble on stderr", func() bool {
		return strings.Contains(stderr.String(), "cannot connect to NATS at "+url) &&
			strings.Contains(stderr.String(), "retrying (until interrupted)")
	})
	select {
	case code := <-done:
		t.Fatalf("watch exited (%d) without a timeout:\n%s", code, stderr)
	default:
	}
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("exit %d after interrupt", code)
	}
}
