package sinks

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/rs/zerolog"

	"github.com/stemedb/stemewatch/anomaly"
	"github.com/stemedb/stemewatch/internal/testenv"
)

func TestSubjectCovers(t *testing.T) {
	for _, c := range []struct {
		pattern string
		want    bool
	}{
		{"stemedb.anomalies.>", true},
		{"stemedb.>", true},
		{">", true},
		{"stemedb.*.>", true},
		{"*.anomalies.>", true},
		{"stemedb.anomalies.*", false}, // one token only: kind.node has two
		{"stemedb.anomalies.*.*", false},
		{"stemedb.anomalies", false},
		{"stemedb.errors.>", false},
		{"stemedb.anomalies.error_rate.>", false},
		{"other.>", false},
	} {
		if got := subjectCovers(c.pattern, AnomalySubjects); got != c.want {
			t.Errorf("subjectCovers(%q, %q) = %v, want %v", c.pattern, AnomalySubjects, got, c.want)
		}
	}
}

// silentJetStream is a NATS server that takes JetStream API requests and
// never answers them: an embedded server without JetStream, plus a
// subscriber on $JS.API.> that swallows every request (so there is neither
// an answer nor "no responders"). requests counts what it swallowed.
func silentJetStream(t testing.TB) (url string, requests *atomic.Int64) {
	t.Helper()
	s := startServer(t, -1, "")
	nc, err := nats.Connect(s.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	requests = &atomic.Int64{}
	if _, err := nc.Subscribe("$JS.API.>", func(*nats.Msg) { requests.Add(1) }); err != nil {
		t.Fatal(err)
	}
	if err := nc.Flush(); err != nil {
		t.Fatal(err)
	}
	return s.ClientURL(), requests
}

// TestNATSCloseAgainstSilentJetStream: Close keeps its budget while the
// stream setup waits on a server that never answers; the anomalies stay
// in the outbox for the next run, and /readyz said why meanwhile.
func TestNATSCloseAgainstSilentJetStream(t *testing.T) {
	for _, mode := range []string{JetStreamAuto, JetStreamOn} {
		t.Run(mode, func(t *testing.T) {
			url, requests := silentJetStream(t)
			dir := t.TempDir()
			cfg := DefaultNATSConfig()
			cfg.URL, cfg.OutboxDir, cfg.JetStream = url, dir, mode
			n, err := NewNATS(cfg, testLogger(t), nil)
			if err != nil {
				t.Fatal(err)
			}
			for i := range 3 {
				if err := n.Publish(context.Background(), testAnomaly(i, anomaly.KindErrorRate)); err != nil {
					t.Fatal(err)
				}
			}
			// The drainer is inside a JetStream call once the server has
			// swallowed a request.
			if err := testenv.Eventually(10*time.Second, func() bool { return requests.Load() > 0 }); err != nil {
				t.Fatal("no JetStream request reached the server")
			}
			const budget = 500 * time.Millisecond
			ctx, cancel := context.WithTimeout(context.Background(), budget)
			defer cancel()
			start := time.Now()
			err = n.Close(ctx)
			took := time.Since(start)
			t.Logf("Close took %v of a %v budget", took.Round(time.Millisecond), budget)
			if took > budget+time.Second {
				t.Errorf("Close took %v with a %v budget", took, budget)
			}
			if err == nil || !strings.Contains(err.Error(), "3 anomalies still unacknowledged") {
				t.Errorf("Close = %v, want 3 unacknowledged", err)
			}
			ob, _, err := OpenOutbox(OutboxOptions{Dir: dir})
			if err != nil || ob.Len() != 3 {
				t.Errorf("outbox after Close: %v, %d anomalies; want 3", err, ob.Len())
			}
		})
	}
}

// TestNATSReadyWhileJetStreamSilent: connected, but the stream setup times
// out: /readyz says so instead of calling the sink ready.
func TestNATSReadyWhileJetStreamSilent(t *testing.T) {
	url, _ := silentJetStream(t)
	cfg := DefaultNATSConfig()
	cfg.URL, cfg.OutboxDir = url, t.TempDir()
	n, err := NewNATS(cfg, testLogger(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close(context.Background())
	err = testenv.Eventually(20*time.Second, func() bool { return n.Ready() != nil })
	if err != nil {
		t.Fatal("Ready() stayed nil while the stream setup could not finish")
	}
	if r := n.Ready(); !strings.Contains(r.Error(), "stream "+StreamName) {
		t.Errorf("Ready() = %v", r)
	}
}

// TestNATSLeavesOperatorStream: an existing stream is neither updated nor
// replaced; a duplicate window shorter than ours is a warning and a
// /readyz reason, and anomalies are still stored, once.
func TestNATSLeavesOperatorStream(t *testing.T) {
	s := startServer(t, -1, t.TempDir())
	nc, err := nats.Connect(s.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, _ := jetstream.New(nc)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	op := jetstream.StreamConfig{Name: StreamName, Subjects: []string{"stemedb.>"}, Storage: jetstream.FileStorage,
		MaxAge: 2 * time.Hour, Duplicates: time.Minute, Description: "the operator's"}
	if _, err := js.CreateStream(ctx, op); err != nil {
		t.Fatal(err)
	}
	var logs testenv.Buffer
	cfg := DefaultNATSConfig()
	cfg.URL, cfg.OutboxDir = s.ClientURL(), t.TempDir()
	n, err := NewNATS(cfg, testLoggerTo(&logs), nil)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for i := range 5 {
		a := testAnomaly(i, anomaly.KindErrorRate)
		ids = append(ids, a.ID)
		if err := n.Publish(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	}
	flush(t, n, 10*time.Second)
	r := n.Ready()
	if r == nil || !strings.Contains(r.Error(), "duplicate window 1m0s is shorter than nats.duplicates_window = 24h0m0s") {
		t.Errorf("Ready() = %v, want the duplicate window mismatch", r)
	}
	if !strings.Contains(logs.String(), "does not suit stemewatch") {
		t.Errorf("no warning logged:\n%s", logs.String())
	}
	if err := n.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	st, err := js.Stream(ctx, StreamName)
	if err != nil {
		t.Fatal(err)
	}
	got := st.CachedInfo().Config
	if got.Duplicates != op.Duplicates || got.MaxAge != op.MaxAge || got.Description != op.Description ||
		len(got.Subjects) != 1 || got.Subjects[0] != "stemedb.>" {
		t.Errorf("stream changed: %+v", got)
	}
	exactlyOnce(t, s.ClientURL(), ids)
}

// TestNATSCreatesAbsentStream: no stream: it is created with our settings.
func TestNATSCreatesAbsentStream(t *testing.T) {
	s := startServer(t, -1, t.TempDir())
	cfg := DefaultNATSConfig()
	cfg.URL, cfg.OutboxDir = s.ClientURL(), t.TempDir()
	cfg.DuplicatesWindow = 2 * time.Hour
	n, err := NewNATS(cfg, testLogger(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	a := testAnomaly(1, anomaly.KindErrorRate)
	if err := n.Publish(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	flush(t, n, 10*time.Second)
	if err := n.Ready(); err != nil {
		t.Errorf("Ready() = %v", err)
	}
	n.Close(context.Background())
	nc, err := nats.Connect(s.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, _ := jetstream.New(nc)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	st, err := js.Stream(ctx, StreamName)
	if err != nil {
		t.Fatal(err)
	}
	c := st.CachedInfo().Config
	if c.Duplicates != 2*time.Hour || c.MaxAge != cfg.StreamMaxAge || c.Replicas != 1 || c.Subjects[0] != AnomalySubjects {
		t.Errorf("created stream: %+v", c)
	}
	exactlyOnce(t, s.ClientURL(), []string{a.ID})
}

func testLoggerTo(w *testenv.Buffer) zerolog.Logger { return zerolog.New(w) }
