package sidecar

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stemedb/stemewatch/anomaly"
	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/sidecar/feed"
)

// flakySink refuses events and gaps while down; Retry records what it
// refused once up again.
type flakySink struct {
	mu       sync.Mutex
	down     atomic.Bool
	recorded []string
	refused  []string
	savedAt  func() string // the checkpoint when Close was called
	atClose  string
}

func (f *flakySink) take(what string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down.Load() || len(f.refused) > 0 {
		f.refused = append(f.refused, what)
		return errors.New("no space left on device")
	}
	f.recorded = append(f.recorded, what)
	return nil
}

func (f *flakySink) Publish(_ context.Context, ev *classifier.Event) error { return f.take(ev.Cursor) }
func (f *flakySink) Gap(_ context.Context, g feed.Gap) error               { return f.take("gap:" + g.Reason) }

func (f *flakySink) Retry(context.Context) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down.Load() {
		return errors.New("no space left on device")
	}
	f.recorded = append(f.recorded, f.refused...)
	f.refused = nil
	return nil
}

func (f *flakySink) Close(context.Context) error {
	if f.savedAt != nil {
		f.atClose = f.savedAt()
	}
	return nil
}

func (f *flakySink) got() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.recorded...)
}

func readyz(t *testing.T, s *Sidecar) (int, string) {
	t.Helper()
	resp, err := http.Get("http://" + s.cfg.Listener.Addr().String() + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestHeldBatchRetried: a batch a sink could not record stops reading and
// holds the checkpoint (503 with the reason, growing checkpoint age) while
// the sink is retried; once it recovers, the batch and the next are
// recorded in order and the checkpoint reaches the last.
func TestHeldBatchRetried(t *testing.T) {
	src := &chanSource{batches: make(chan *feed.Batch, 4)}
	cp := &memCheckpoint{}
	fs := &flakySink{}
	s, set := newTest(t, src, cp, fs)
	s.cfg.RetryBackoff, s.cfg.MaxRetryBackoff = time.Millisecond, 20*time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()

	src.batches <- batch("c1", "ERROR x: disk full")
	waitFor(t, "c1 checkpointed", func() bool { c, _ := cp.Saved(); return c == "c1" })
	fs.down.Store(true)
	src.batches <- batch("c2", "ERROR x: disk full", "ERROR y: disk full")
	src.batches <- batch("c3", "ERROR z: disk full")
	waitFor(t, "retries", func() bool { return scrape(t, set)["stemewatch_batch_retries_total"] >= 5 })
	if code, body := readyz(t, s); code != http.StatusServiceUnavailable || !strings.Contains(body, "not recorded") {
		t.Errorf("/readyz while held: %d %q", code, body)
	}
	if m := scrape(t, set); m["stemewatch_checkpoint_held"] != 1 {
		t.Errorf("stemewatch_checkpoint_held = %v", m["stemewatch_checkpoint_held"])
	}
	waitFor(t, "checkpoint age to grow", func() bool { return scrape(t, set)["stemewatch_checkpoint_age_seconds"] > 0.2 })
	if c, _ := cp.Saved(); c != "c1" {
		t.Errorf("checkpoint moved to %q while c2 was not recorded", c)
	}
	if got := fs.got(); len(got) != 1 {
		t.Errorf("reading went on while held: recorded %v", got)
	}
	fs.down.Store(false)
	waitFor(t, "c3 checkpointed", func() bool { c, _ := cp.Saved(); return c == "c3" })
	if got := strings.Join(fs.got(), " "); got != "c1-0 c2-0 c2-1 c3-0" {
		t.Errorf("recorded %q, want every event once, in order", got)
	}
	if code, _ := readyz(t, s); code != http.StatusOK {
		t.Errorf("/readyz after recovery: %d", code)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// TestGapFailureHolds: a gap a sink could not record holds the batch too.
func TestGapFailureHolds(t *testing.T) {
	src := &chanSource{batches: make(chan *feed.Batch, 4)}
	cp := &memCheckpoint{}
	fs := &flakySink{}
	s, _ := newTest(t, src, cp, fs)
	s.cfg.RetryBackoff = time.Millisecond
	fs.down.Store(true)
	b := batch("c1")
	b.Gaps = []feed.Gap{{Reason: "vacuumed", Lost: 3}}
	src.batches <- b
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	waitFor(t, "the gap to be refused", func() bool { fs.mu.Lock(); defer fs.mu.Unlock(); return len(fs.refused) > 0 })
	if c, _ := cp.Saved(); c != "" {
		t.Errorf("checkpoint %q past an unrecorded gap", c)
	}
	fs.down.Store(false)
	waitFor(t, "c1 checkpointed", func() bool { c, _ := cp.Saved(); return c == "c1" })
	cancel()
	<-done
}

// TestHeldAtShutdown: stopping while a batch is held writes no checkpoint
// past it (the next start replays it) and still stops in time.
func TestHeldAtShutdown(t *testing.T) {
	src := &chanSource{batches: make(chan *feed.Batch, 4)}
	cp := &memCheckpoint{}
	fs := &flakySink{}
	s, _ := newTest(t, src, cp, fs)
	s.cfg.ShutdownTimeout = time.Second
	fs.down.Store(true)
	src.batches <- batch("c1", "ERROR x: disk full")
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	waitFor(t, "held", s.isHeld)
	cancel()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("Run did not stop")
	}
	if c, _ := cp.Saved(); c != "" {
		t.Errorf("checkpoint %q written past a held batch", c)
	}
}

// TestFinalCheckpointBeforeClose: the final checkpoint is written before
// the sinks close.
func TestFinalCheckpointBeforeClose(t *testing.T) {
	src := &chanSource{batches: make(chan *feed.Batch, 1)}
	cp := &slowCheckpoint{}
	fs := &flakySink{}
	fs.savedAt = func() string { c, _ := cp.Saved(); return c }
	s, _ := newTest(t, src, cp, fs)
	s.cfg.Once = true
	src.batches <- batch("c1", "ERROR x: disk full")
	close(src.batches)
	if err := s.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if fs.atClose != "c1" {
		t.Fatalf("checkpoint at Close was %q, want c1", fs.atClose)
	}
}

// slowCheckpoint saves only on Flush, as a throttle within its interval.
type slowCheckpoint struct{ memCheckpoint }

func (c *slowCheckpoint) Offer(cur string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.pending = cur
	return nil
}

func (c *slowCheckpoint) Flush() error { return c.memCheckpoint.Offer(c.get()) }

// refusingPub refuses anomalies while down.
type refusingPub struct {
	down atomic.Bool
	ids  []string
}

func (p *refusingPub) Publish(_ context.Context, a anomaly.Anomaly) error {
	if p.down.Load() {
		return errors.New("outbox: no space left on device")
	}
	p.ids = append(p.ids, a.ID)
	return nil
}
func (p *refusingPub) Flush(context.Context) error { return nil }
func (p *refusingPub) Close(context.Context) error { return nil }

// TestAnomaliesKeepRefused: anomalies the publisher refused are kept in
// order, block the checkpoint state (and with it known types), and go out
// on Retry, each once.
func TestAnomaliesKeepRefused(t *testing.T) {
	pub := &refusingPub{}
	a := &Anomalies{Config: anomaly.Default(), Node: "n", Unit: "u", Pub: pub}
	pub.down.Store(true)
	for i := 0; i < 3; i++ {
		typ := fmt.Sprintf("Brand%dError", i)
		ev := &classifier.Event{Cursor: "c", Time: time.Unix(1795600000+int64(i), 0), ErrorType: &typ, Message: "boom"}
		if err := a.Publish(context.Background(), ev); err == nil {
			t.Fatal("a refused anomaly was not reported")
		}
	}
	if a.Unrecorded() != 3 {
		t.Fatalf("%d kept, want 3", a.Unrecorded())
	}
	if _, err := a.CheckpointState(); err == nil {
		t.Fatal("checkpoint state offered with anomalies unrecorded")
	}
	if err := a.Retry(context.Background()); err == nil {
		t.Fatal("Retry succeeded while the publisher refuses")
	}
	pub.down.Store(false)
	if err := a.Retry(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(pub.ids) != 3 || a.Unrecorded() != 0 {
		t.Fatalf("published %v", pub.ids)
	}
	rec, err := a.CheckpointState()
	if err != nil || !strings.Contains(strings.Join(rec.Known, ","), "Brand2Error") {
		t.Fatalf("state %v, %v", rec.Known, err)
	}
}

// TestNoRetryHoldsForGood: after a sink that cannot retry failed, later
// good batches never move the checkpoint (not even at shutdown), and
// /readyz says why.
func TestNoRetryHoldsForGood(t *testing.T) {
	src := &chanSource{batches: make(chan *feed.Batch, 4)}
	cp := &memCheckpoint{}
	rec := &recordSink{fail: errors.New("down")}
	s, _ := newTest(t, src, cp, rec)
	s.cfg.RetryBackoff = time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	src.batches <- batch("c1", "ERROR x: disk full")
	waitFor(t, "held", s.isHeld)
	rec.mu.Lock()
	rec.fail = nil
	rec.mu.Unlock()
	src.batches <- batch("c2", "ERROR y: disk full")
	waitFor(t, "c2 read", func() bool { rec.mu.Lock(); defer rec.mu.Unlock(); return len(rec.events) == 2 })
	if code, body := readyz(t, s); code != http.StatusServiceUnavailable || !strings.Contains(body, "cannot retry") {
		t.Errorf("/readyz: %d %q", code, body)
	}
	cancel()
	<-done
	if c, _ := cp.Saved(); c != "" {
		t.Errorf("checkpoint %q past an effect that was lost", c)
	}
}

// TestAnomaliesRestoreAfterGap: a restart whose first input is a gap still
// continues the saved incidents of the node the state is for.
func TestAnomaliesRestoreAfterGap(t *testing.T) {
	pub := &refusingPub{}
	a := &Anomalies{Config: anomaly.Default(), Node: "host", Unit: "u", Pub: pub}
	typ := classifier.SerializationError
	ev := &classifier.Event{Cursor: "c", Time: time.Unix(1795600000, 0), Node: "api-1", Unit: "u", ErrorType: &typ, Message: "bad"}
	if err := a.Publish(context.Background(), ev); err != nil {
		t.Fatal(err)
	}
	rec, err := a.CheckpointState()
	if err != nil {
		t.Fatal(err)
	}
	b := &Anomalies{Config: anomaly.Default(), Node: "host", Unit: "u", Pub: pub, Saved: rec}
	if err := b.Gap(context.Background(), feed.Gap{Reason: "vacuumed", Lost: 1, RealtimeUS: time.Unix(1795600001, 0).UnixMicro()}); err != nil {
		t.Fatal(err)
	}
	rec2, _ := b.CheckpointState()
	if rec2.StateKey != rec.StateKey {
		t.Fatalf("after a gap first, the detector is for another node (key %s, want %s)", rec2.StateKey, rec.StateKey)
	}
	if !strings.Contains(string(rec2.State), `"data_corruption":[{`) {
		t.Fatalf("the open data_corruption incident was not restored: %s", rec2.State)
	}
}
