package main

import (
	"path/filepath"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"

	"github.com/stemedb/stemewatch/sinks"
)

// TestRunSIGTERMWithSilentJetStream: a NATS server that accepts the
// connection and every JetStream API request but never answers one (an
// embedded server without JetStream, plus a subscriber on $JS.API.> that
// swallows the requests: neither an answer nor "no responders"). SIGTERM
// still ends run with status 0 within 5 seconds, the anomalies kept in
// the outbox for the next run.
func TestRunSIGTERMWithSilentJetStream(t *testing.T) {
	srv, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: -1, NoLog: true, NoSigs: true})
	if err != nil {
		t.Fatal(err)
	}
	srv.Start()
	if !srv.ReadyForConnections(10 * time.Second) {
		t.Fatal("nats-server not ready")
	}
	defer srv.Shutdown()
	nc, err := nats.Connect(srv.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	var swallowed atomic.Int64
	if _, err := nc.Subscribe("$JS.API.>", func(*nats.Msg) { swallowed.Add(1) }); err != nil {
		t.Fatal(err)
	}
	if err := nc.Flush(); err != nil {
		t.Fatal(err)
	}

	dir := t.TempDir()
	state := filepath.Join(dir, "state")
	p := startRun(t, dir, "--input", sampleJSON, "--state-dir", state, "--nats-url", srv.ClientURL())
	p.await("the replay and a swallowed JetStream request", 60*time.Second, func() bool {
		return value(p.scrape(), "stemewatch_source_finished") == 1 && swallowed.Load() > 0
	})
	buffered := value(p.scrape(), "stemewatch_nats_buffered")
	if buffered == 0 {
		t.Fatal("stemewatch_nats_buffered = 0 although JetStream never answered")
	}
	start := time.Now()
	p.signal(syscall.SIGTERM)
	if code := p.wait(5 * time.Second); code != 0 {
		t.Fatalf("exit status %d", code)
	}
	t.Logf("stopped %v after SIGTERM (%d JetStream requests swallowed, %v anomalies in the outbox)",
		time.Since(start).Round(time.Millisecond), swallowed.Load(), buffered)
	ob, _, err := sinks.OpenOutbox(sinks.OutboxOptions{Dir: filepath.Join(state, "outbox")})
	if err != nil {
		t.Fatal(err)
	}
	if float64(ob.Len()) != buffered {
		t.Errorf("outbox holds %d anomalies after the stop, %v were buffered", ob.Len(), buffered)
	}
}
