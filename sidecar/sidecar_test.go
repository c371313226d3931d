package sidecar

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/VictoriaMetrics/metrics"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
	"github.com/rs/zerolog"

	"github.com/stemedb/stemewatch/anomaly"
	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/patterns"
	"github.com/stemedb/stemewatch/sidecar/checkpoint"
	"github.com/stemedb/stemewatch/sidecar/feed"
	"github.com/stemedb/stemewatch/sinks"
)

var (
	_ Sink         = (*sinks.Metrics)(nil)
	_ Publisher    = (*sinks.NATS)(nil)
	_ Publisher    = (*sinks.Stdout)(nil)
	_ Checkpointer = (*checkpoint.Throttle)(nil)
)

// chanSource hands out the batches it is given, then (when finite) ends.
type chanSource struct {
	batches chan *feed.Batch
	err     error
	ready   error
}

func (s *chanSource) Run(ctx context.Context, out chan<- *feed.Batch) error {
	defer close(out)
	for {
		select {
		case b, ok := <-s.batches:
			if !ok {
				return s.err
			}
			select {
			case out <- b:
			case <-ctx.Done():
				return nil
			}
		case <-ctx.Done():
			return nil
		}
	}
}

func (s *chanSource) Ready() error { return s.ready }

func batch(cursor string, msgs ...string) *feed.Batch {
	b := &feed.Batch{}
	for i, m := range msgs {
		b.Add(&classifier.Entry{Message: []byte(m), Priority: -1,
			Cursor: fmt.Appendf(nil, "%s-%d", cursor, i), RealtimeUS: 1795600000000000 + int64(i)})
	}
	b.Cursor = cursor
	return b
}

// memCheckpoint records saves; fail makes Offer and Flush fail.
type memCheckpoint struct {
	mu      sync.Mutex
	pending string
	saved   string
	fail    error
}

func (m *memCheckpoint) Offer(c string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.pending = c
	if m.fail != nil {
		return m.fail
	}
	m.saved = c
	return nil
}

func (m *memCheckpoint) Flush() error { return m.Offer(m.get()) }
func (m *memCheckpoint) get() string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.pending
}

func (m *memCheckpoint) Saved() (string, time.Time) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.saved, time.Now()
}

// recordSink records events; fail makes Publish fail.
type recordSink struct {
	mu     sync.Mutex
	events []string
	fail   error
	closed bool
}

func (r *recordSink) Publish(_ context.Context, ev *classifier.Event) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.events = append(r.events, ev.Type()+":"+ev.Message)
	return r.fail
}

func (r *recordSink) Close(context.Context) error {
	r.mu.Lock()
	r.closed = true
	r.mu.Unlock()
	return nil
}

func newTest(t *testing.T, src feed.Source, cp Checkpointer, extra ...Sink) (*Sidecar, *metrics.Set) {
	t.Helper()
	set := metrics.NewSet()
	sk := append([]Sink{sinks.NewMetrics(set, sinks.MetricsOptions{})}, extra...)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := New(Config{Source: src, Classifier: classifier.New(patterns.Default()), Sinks: sk, Metrics: set,
		Checkpoint: cp, Listener: ln, Logger: zerolog.New(io.Discard), Version: "test"})
	return s, set
}

func scrape(t *testing.T, set *metrics.Set) map[string]float64 {
	t.Helper()
	var buf bytes.Buffer
	set.WritePrometheus(&buf)
	p := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := p.TextToMetricFamilies(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("exposition: %v\n%s", err, buf.String())
	}
	out := map[string]float64{}
	for name, f := range fams {
		for _, m := range f.Metric {
			key := name
			for _, l := range m.Label {
				key += fmt.Sprintf("{%s=%q}", l.GetName(), l.GetValue())
			}
			out[key] = m.GetUntyped().GetValue() + m.GetCounter().GetValue() + m.GetGauge().GetValue()
		}
	}
	return out
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestOnceCountsAndCheckpoints(t *testing.T) {
	src := &chanSource{batches: make(chan *feed.Batch, 4)}
	cp := &memCheckpoint{}
	rec := &recordSink{}
	s, set := newTest(t, src, cp, rec)
	s.cfg.Once = true
	src.batches <- batch("c1", "ERROR stemedb: disk full: no space left on device agent_id=a1", "INFO all good")
	b := batch("c2", "level=error msg=\"x\" error=\"NewThingError: y\" agent_id=a2")
	b.Errors = []error{errors.New("in:3: bad line")}
	b.Gaps = []feed.Gap{{Reason: "vacuumed", Lost: 7}}
	src.batches <- b
	close(src.batches)
	if err := s.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	m := scrape(t, set)
	for k, want := range map[string]float64{
		"stemewatch_entries_read_total":                                            3,
		"stemewatch_entries_malformed_total":                                       1,
		"stemewatch_journal_lost_entries_total":                                    7,
		`stemewatch_journal_gaps_total{reason="vacuumed"}`:                         1,
		`stemedb_error_count_by_type{error_type="StorageError"}`:                   1,
		`stemedb_error_count_by_type{error_type="NewThingError"}`:                  1,
		`stemedb_errors_by_agent_total{agent_id="a2"}`:                             1,
		`stemewatch_patterns_info{version="` + patterns.Default().Version() + `"}`: 1,
		"stemewatch_source_finished":                                               1,
	} {
		if m[k] != want {
			t.Errorf("%s = %v, want %v", k, m[k], want)
		}
	}
	if cp.saved != "c2" {
		t.Errorf("checkpoint %q, want c2", cp.saved)
	}
	if len(rec.events) != 2 || !rec.closed {
		t.Errorf("sink got %v, closed %v", rec.events, rec.closed)
	}
}

// TestSinkFailureHoldsCheckpoint: a batch whose events a sink that cannot
// retry did not take is not checkpointed, the failure is counted, and
// --once says the final checkpoint was not written.
func TestSinkFailureHoldsCheckpoint(t *testing.T) {
	src := &chanSource{batches: make(chan *feed.Batch, 4)}
	cp := &memCheckpoint{}
	rec := &recordSink{}
	s, set := newTest(t, src, cp, rec)
	s.cfg.Once = true
	src.batches <- batch("c1", "ERROR x: disk full")
	close(src.batches)
	rec.fail = errors.New("down")
	if err := s.Run(context.Background()); err == nil || !strings.Contains(err.Error(), "final checkpoint") {
		t.Fatalf("Run = %v, want a final checkpoint error", err)
	}
	if cp.saved != "" {
		t.Errorf("checkpoint %q written past an unrecorded event", cp.saved)
	}
	if v := scrape(t, set)[`stemewatch_sink_failures_total{sink="*sidecar.recordSink"}`]; v != 1 {
		t.Errorf("sink failures = %v", v)
	}
}

// TestReadyzAndCheckpointFailure: /readyz says 503 with the reason while the
// source is not ready and while checkpoints fail; neither stops the run.
func TestReadyzAndCheckpointFailure(t *testing.T) {
	src := &chanSource{batches: make(chan *feed.Batch), ready: errors.New("journal not open yet")}
	cp := &memCheckpoint{fail: errors.New("read-only file system")}
	s, set := newTest(t, src, cp)
	addr := s.cfg.Listener.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	get := func(path string) (int, string) {
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get("/readyz"); code != 503 || !strings.Contains(body, "journal not open yet") {
		t.Errorf("/readyz = %d %q", code, body)
	}
	if code, _ := get("/healthz"); code != 200 {
		t.Errorf("/healthz = %d", code)
	}
	src.ready = nil
	src.batches <- batch("c1", "INFO fine")
	waitFor(t, "the checkpoint failure", func() bool { return scrape(t, set)["stemewatch_checkpoint_failures_total"] >= 1 })
	if code, body := get("/readyz"); code != 503 || !strings.Contains(body, "read-only file system") {
		t.Errorf("/readyz with a failing checkpoint = %d %q", code, body)
	}
	cp.mu.Lock()
	cp.fail = nil
	cp.mu.Unlock()
	src.batches <- batch("c2", "INFO fine")
	waitFor(t, "the checkpoint", func() bool { s, _ := cp.Saved(); return s == "c2" })
	if code, body := get("/readyz"); code != 200 {
		t.Errorf("/readyz after recovery = %d %q", code, body)
	}
	code, body := get("/metrics")
	if code != 200 || !strings.Contains(body, "process_resident_memory_bytes") || !strings.Contains(body, "stemewatch_rule_seconds_total{rule=") {
		t.Errorf("/metrics = %d, lacks process or rule metrics", code)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// TestShutdownBounded: a source that never stops does not hold the
// shutdown past ShutdownTimeout.
type stuckSource struct{}

func (stuckSource) Run(ctx context.Context, out chan<- *feed.Batch) error {
	select {} // ignores ctx, never closes out
}

func TestShutdownBounded(t *testing.T) {
	s, _ := newTest(t, stuckSource{}, &memCheckpoint{})
	s.cfg.ShutdownTimeout = 400 * time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	time.Sleep(20 * time.Millisecond)
	start := time.Now()
	cancel()
	select {
	case <-done:
		if d := time.Since(start); d > time.Second {
			t.Errorf("shutdown took %v", d)
		}
	case <-time.After(3 * time.Second):
		t.Fatal("Run did not return")
	}
}

// TestSourceFailure: a source that fails for good ends Run with its error.
func TestSourceFailure(t *testing.T) {
	src := &chanSource{batches: make(chan *feed.Batch), err: errors.New("no journal")}
	close(src.batches)
	s, _ := newTest(t, src, nil)
	if err := s.Run(context.Background()); err == nil || !strings.Contains(err.Error(), "no journal") {
		t.Fatalf("Run = %v", err)
	}
}

// TestSetClassifier swaps the version exported.
func TestSetClassifier(t *testing.T) {
	s, set := newTest(t, &chanSource{}, nil)
	old := patterns.Default().Version()
	ps, err := patterns.ParseWithDefaults(patterns.Options{}, "x.toml", []byte("format = 1\n[[rule]]\nname = \"x.y\"\ntype = \"StorageError\"\nkeywords = [\"zzz\"]\nmatch = 'zzz'\nexamples = [\"zzz\"]\n"))
	if err != nil {
		t.Fatal(err)
	}
	s.SetClassifier(classifier.New(ps))
	s.Reloaded(nil)
	s.Reloaded(errors.New("bad"))
	m := scrape(t, set)
	if m[`stemewatch_patterns_info{version="`+old+`"}`] != 0 || m[`stemewatch_patterns_info{version="`+ps.Version()+`"}`] != 1 {
		t.Errorf("patterns_info after swap: %v", m)
	}
	if m["stemewatch_reloads_total"] != 1 || m["stemewatch_reload_failures_total"] != 1 {
		t.Errorf("reload counters: %v %v", m["stemewatch_reloads_total"], m["stemewatch_reload_failures_total"])
	}
}

// TestAnomaliesSink: the detectors get the events, anomalies carry the
// pattern version in use, and known types go with the checkpoint state.
func TestAnomaliesSink(t *testing.T) {
	var out bytes.Buffer
	a := &Anomalies{Config: anomaly.Default(), Node: "n", Unit: "u.service",
		Pub: sinks.NewStdout(&out, nil), Version: func() string { return "v42" }}
	typ := "BrandNewError"
	ev := &classifier.Event{Cursor: "c", Time: time.Unix(1795600000, 0), Node: "api-1", ErrorType: &typ, Message: "boom"}
	if err := a.Publish(context.Background(), ev); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `"kind":"new_error_type"`) || !strings.Contains(out.String(), `"patterns_version":"v42"`) ||
		!strings.Contains(out.String(), `"node":"api-1"`) {
		t.Errorf("anomaly output: %s", out.String())
	}
	rec, err := a.CheckpointState()
	if err != nil || !strings.Contains(strings.Join(rec.Known, ","), typ) || len(rec.State) == 0 || rec.StateKey == "" {
		t.Errorf("checkpoint state: known %v, %d bytes of state, key %q, %v", rec.Known, len(rec.State), rec.StateKey, err)
	}
	if err := a.Advance(context.Background(), time.Unix(1795600600, 0).UnixMicro()); err != nil {
		t.Fatal(err)
	}
	if err := a.Gap(context.Background(), feed.Gap{Reason: "vacuumed", Lost: 3}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `"kind":"journal_gap"`) {
		t.Errorf("no journal_gap anomaly: %s", out.String())
	}
}

// flushFail is a sink whose Flush fails.
type flushFail struct{ recordSink }

func (f *flushFail) Flush(context.Context) error { return errors.New("no acks") }

// TestOnceFlushFailure: --once that could not deliver ends with an error,
// after writing the checkpoint (the sink's outbox holds the rest).
func TestOnceFlushFailure(t *testing.T) {
	src := &chanSource{batches: make(chan *feed.Batch, 1)}
	cp := &memCheckpoint{}
	s, _ := newTest(t, src, cp, &flushFail{})
	s.cfg.Once = true
	s.cfg.FlushTimeout = time.Second
	src.batches <- batch("c1", "ERROR x: disk full")
	close(src.batches)
	if err := s.Run(context.Background()); err == nil || !strings.Contains(err.Error(), "no acks") {
		t.Fatalf("Run = %v, want the flush error", err)
	}
	if cp.saved != "c1" {
		t.Errorf("checkpoint %q", cp.saved)
	}
}
