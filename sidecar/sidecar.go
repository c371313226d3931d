// Package sidecar runs stemewatch's pipeline: it owns the goroutines that
// take batches from a source, classify their entries, hand events to the
// sinks, write checkpoints, and serve /metrics, /healthz and /readyz.
package sidecar

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/VictoriaMetrics/metrics"
	"github.com/rs/zerolog"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/sidecar/feed"
	"github.com/stemedb/stemewatch/sinks"
)

// Config is what a Sidecar runs.
type Config struct {
	Source     feed.Source
	Classifier *classifier.Classifier
	// Sinks get every event, in this order.
	Sinks []Sink
	// Metrics is the set /metrics exposes, with process metrics added. The
	// sidecar registers its stemewatch_* health metrics in it.
	Metrics *metrics.Set
	// Checkpoint is nil when no checkpoint is kept.
	Checkpoint Checkpointer
	// Listener serves HTTP; nil serves nothing (tests).
	Listener net.Listener
	Logger   zerolog.Logger
	// Once: when the source ends (finite input), flush the sinks, write
	// the checkpoint and return. Otherwise keep serving until ctx ends.
	Once bool
	// Lag, when set, reports how far the source is behind the journal
	// (the journal source's Stats().Lag). Nil for saved input.
	Lag func(now time.Time) time.Duration
	// Version is the build's version, for stemewatch_build_info.
	Version string
	// ShutdownTimeout bounds the shutdown after ctx ends: finishing
	// in-flight batches, flushing sinks, the checkpoint and HTTP (default 5 s,
	// of which the source gets at most half to stop).
	ShutdownTimeout time.Duration
	// FlushTimeout bounds the final flush of Once (default 30 s).
	FlushTimeout time.Duration
	// RetryBackoff is the first wait before a failed batch's effects are
	// retried; it doubles up to MaxRetryBackoff (defaults 100 ms and 5 s).
	RetryBackoff, MaxRetryBackoff time.Duration
}

// Sidecar is a running pipeline. Create it with New, run it with Run.
type Sidecar struct {
	cfg   Config
	log   zerolog.Logger
	warn  zerolog.Logger // sampled, for per-entry problems
	cls   atomic.Pointer[classifier.Classifier]
	set   *metrics.Set
	http  *http.Server
	sinks []Sink

	read, malformed, truncated, unclassified, timeouts *metrics.Counter
	lost, ckptFailures, reloads, reloadFailures        *metrics.Counter
	events, retries                                    *metrics.Counter

	mu           sync.Mutex
	patternsInfo string // registered stemewatch_patterns_info series
	gapCounters  map[string]*metrics.Counter
	sinkFailures map[int]*metrics.Counter

	ckptCurrent  atomic.Int64 // unix ns when the checkpoint was last up to date
	ckptErr      atomic.Pointer[error]
	sourceErr    atomic.Pointer[error]
	sourceDone   atomic.Bool
	lastOffered  string
	sinkFailedAt []time.Time

	// held is why the checkpoint may not move: a batch whose effects are
	// not all recorded. While set, nothing is saved (the state would be
	// ahead of the cursor) and /readyz says 503 with it.
	held       atomic.Pointer[error]
	heldFor    []int // the failed sinks, to Retry
	heldCursor string
	heldSince  time.Time
	// lost: a sink failed that cannot Retry; the checkpoint stays where it
	// is until the next start replays from it.
	noRetry bool
}

// New prepares a sidecar and registers its metrics in cfg.Metrics.
func New(cfg Config) *Sidecar {
	if cfg.Metrics == nil {
		cfg.Metrics = metrics.NewSet()
	}
	if cfg.ShutdownTimeout <= 0 {
		cfg.ShutdownTimeout = 5 * time.Second
	}
	if cfg.FlushTimeout <= 0 {
		cfg.FlushTimeout = 30 * time.Second
	}
	if cfg.RetryBackoff <= 0 {
		cfg.RetryBackoff = 100 * time.Millisecond
	}
	if cfg.MaxRetryBackoff < cfg.RetryBackoff {
		cfg.MaxRetryBackoff = max(5*time.Second, cfg.RetryBackoff)
	}
	set := cfg.Metrics
	s := &Sidecar{
		cfg:          cfg,
		log:          cfg.Logger,
		warn:         cfg.Logger.Sample(&zerolog.BurstSampler{Burst: 10, Period: 10 * time.Second}),
		set:          set,
		sinks:        cfg.Sinks,
		gapCounters:  map[string]*metrics.Counter{},
		sinkFailures: map[int]*metrics.Counter{},
		sinkFailedAt: make([]time.Time, len(cfg.Sinks)),

		read:           set.NewCounter("stemewatch_entries_read_total"),
		malformed:      set.NewCounter("stemewatch_entries_malformed_total"),
		truncated:      set.NewCounter("stemewatch_entries_truncated_total"),
		unclassified:   set.NewCounter("stemewatch_entries_unclassified_total"),
		events:         set.NewCounter("stemewatch_events_total"),
		timeouts:       set.NewCounter("stemewatch_rule_timeouts_total"),
		lost:           set.NewCounter("stemewatch_journal_lost_entries_total"),
		ckptFailures:   set.NewCounter("stemewatch_checkpoint_failures_total"),
		reloads:        set.NewCounter("stemewatch_reloads_total"),
		reloadFailures: set.NewCounter("stemewatch_reload_failures_total"),
		retries:        set.NewCounter("stemewatch_batch_retries_total"),
	}
	s.ckptCurrent.Store(time.Now().UnixNano())
	set.NewGauge("stemewatch_journal_lag_seconds", func() float64 {
		if cfg.Lag == nil {
			return 0 // saved input: no journal to fall behind
		}
		return cfg.Lag(time.Now()).Seconds()
	})
	if cfg.Checkpoint != nil {
		set.NewGauge("stemewatch_checkpoint_age_seconds", func() float64 {
			return time.Since(time.Unix(0, s.ckptCurrent.Load())).Seconds()
		})
	}
	set.NewGauge("stemewatch_source_ready", func() float64 {
		if s.ready() == nil {
			return 1
		}
		return 0
	})
	set.NewGauge("stemewatch_checkpoint_held", func() float64 {
		if p := s.held.Load(); p != nil && *p != nil {
			return 1
		}
		return 0
	})
	set.NewGauge("stemewatch_source_finished", func() float64 {
		if s.sourceDone.Load() {
			return 1
		}
		return 0
	})
	set.NewGauge(sinks.Series("stemewatch_build_info", "version", cfg.Version, "goversion", runtime.Version()),
		func() float64 { return 1 })
	set.NewGauge("stemewatch_start_time_seconds", func() float64 { return float64(startTime.UnixNano()) / 1e9 })
	set.RegisterMetricsWriter(s.writeRuleStats)
	if cfg.Classifier != nil {
		s.SetClassifier(cfg.Classifier)
	}
	return s
}

var startTime = time.Now()

// SetClassifier swaps in a classifier (a reloaded pattern set) atomically:
// the batch being classified finishes with the old one. It also moves
// stemewatch_patterns_info to the new set's version.
func (s *Sidecar) SetClassifier(c *classifier.Classifier) {
	s.cls.Store(c)
	name := sinks.Series("stemewatch_patterns_info", "version", c.Patterns().Version())
	s.mu.Lock()
	defer s.mu.Unlock()
	if name == s.patternsInfo {
		return
	}
	if s.patternsInfo != "" {
		s.set.UnregisterMetric(s.patternsInfo)
	}
	s.set.GetOrCreateGauge(name, func() float64 { return 1 })
	s.patternsInfo = name
}

// Classifier returns the classifier in use.
func (s *Sidecar) Classifier() *classifier.Classifier { return s.cls.Load() }

// PatternsVersion is the version of the pattern set in use.
func (s *Sidecar) PatternsVersion() string {
	if c := s.cls.Load(); c != nil {
		return c.Patterns().Version()
	}
	return ""
}

// Reloaded counts a reload: err nil for success, otherwise a failure (the
// running set stays).
func (s *Sidecar) Reloaded(err error) {
	if err != nil {
		s.reloadFailures.Inc()
		return
	}
	s.reloads.Inc()
}

// Run runs the pipeline until ctx ends or, with Once, until the source
// ends. On the way out it stops the source, finishes the batches already
// read, flushes and closes the sinks, saves the checkpoint and stops HTTP,
// all within ShutdownTimeout. It returns nil for a clean stop and the
// source's error if the source failed for good.
func (s *Sidecar) Run(ctx context.Context) error {
	if s.cls.Load() == nil {
		return errors.New("sidecar: no classifier")
	}
	if s.cfg.Listener != nil {
		s.http = &http.Server{
			Handler:           s.Handler(),
			ReadHeaderTimeout: 5 * time.Second,
			ReadTimeout:       10 * time.Second,
			WriteTimeout:      30 * time.Second,
			IdleTimeout:       60 * time.Second,
		}
		go func() {
			if err := s.http.Serve(s.cfg.Listener); err != nil && !errors.Is(err, http.ErrServerClosed) {
				s.log.Error().Err(err).Msg("http server stopped")
			}
		}()
	}

	// The source gets its own context: it is cancelled when ours ends, and
	// the source then closes its channel after its current batch.
	srcCtx, stopSource := context.WithCancel(context.WithoutCancel(ctx))
	defer stopSource()
	batches := make(chan *feed.Batch, 4)
	srcDone := make(chan error, 1)
	go func() { srcDone <- s.cfg.Source.Run(srcCtx, batches) }()

	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	var runErr error
loop:
	for {
		select {
		case b, ok := <-batches:
			if !ok {
				err := <-srcDone
				srcDone = nil
				batches = nil
				if err != nil {
					err = fmt.Errorf("source: %w", err)
					s.sourceErr.Store(&err)
					s.log.Error().Err(err).Msg("source failed; stopping")
					runErr = err
					break loop
				}
				s.sourceDone.Store(true)
				s.log.Info().Uint64("entries", s.read.Get()).Msg("input read to the end")
				if s.cfg.Once {
					break loop
				}
				continue
			}
			s.handle(ctx, b)
		case <-tick.C:
			s.checkpoint(false)
		case <-ctx.Done():
			s.log.Info().Msg("stopping: finishing in-flight entries")
			break loop
		}
	}

	// Draining, flushing and closing the sinks get 60% of the budget (an
	// unreachable NATS would take all of it; its outbox keeps what it could
	// not send), the checkpoint and HTTP the rest.
	deadline := s.cfg.ShutdownTimeout * 6 / 10
	if s.cfg.Once && ctx.Err() == nil {
		deadline = s.cfg.FlushTimeout
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), deadline)
	defer cancel()
	stopSource()
	if batches != nil {
		// Finish what the source already read; give it at most half the
		// budget to stop, and a held batch one more chance to be recorded.
		dctx, dcancel := context.WithTimeout(sctx, s.cfg.ShutdownTimeout/2)
		if s.isHeld() {
			s.retry(dctx)
		}
	drainLoop:
		for !s.isHeld() {
			select {
			case b, ok := <-batches:
				if !ok {
					if err := <-srcDone; err != nil && runErr == nil && !errors.Is(err, context.Canceled) {
						s.log.Warn().Err(err).Msg("source ended with an error while stopping")
					}
					break drainLoop
				}
				s.handle(dctx, b)
			case <-dctx.Done():
				s.log.Warn().Msg("source did not stop in time; its unread entries are left for the next start")
				break drainLoop
			}
		}
		dcancel()
	}
	onceDone := s.cfg.Once && ctx.Err() == nil
	// The checkpoint, with the detectors' state, before the sinks close:
	// what they hold is durable already (the outbox), and a sink slow to
	// close must not cost the checkpoint.
	if err := s.checkpoint(true); err != nil && onceDone && runErr == nil {
		runErr = fmt.Errorf("final checkpoint: %w", err)
	}
	for i, sk := range s.sinks {
		if f, ok := sk.(Flusher); ok {
			if err := f.Flush(sctx); err != nil {
				s.sinkFailed(i, err)
				s.log.Error().Err(err).Str("sink", sinkName(sk)).Msg("flush failed")
				if onceDone && runErr == nil {
					// --once promised delivery: say it did not happen.
					runErr = fmt.Errorf("flush %s: %w", sinkName(sk), err)
				}
			}
		}
	}
	for _, sk := range s.sinks {
		if err := sk.Close(sctx); err != nil {
			s.log.Error().Err(err).Str("sink", sinkName(sk)).Msg("close failed")
		}
	}
	if s.http != nil {
		hctx, hcancel := context.WithTimeout(context.Background(), s.cfg.ShutdownTimeout/10)
		s.http.Shutdown(hctx)
		hcancel()
	}
	return runErr
}

// handle processes one batch and offers its cursor to the checkpoint once
// every effect of it is recorded. When a sink failed, reading pauses: the
// failed sinks are retried with backoff until they succeed or ctx ends.
func (s *Sidecar) handle(ctx context.Context, b *feed.Batch) {
	// Nothing keeps the batch's bytes: events are copies, and a retry
	// repeats what the sinks kept, not the batch.
	defer b.Release()
	failed := s.process(ctx, b)
	if len(failed) > 0 && !s.noRetry {
		s.hold(b.Cursor, failed)
		s.retry(ctx)
		return
	}
	if len(failed) > 0 || s.noRetry {
		s.noRetry = true
		err := errors.New("a sink that cannot retry failed: the checkpoint stays where it is until the next start")
		s.held.Store(&err)
		return
	}
	s.offer(b.Cursor)
}

// process classifies one batch and hands its events, gaps and entry time
// to the sinks. It returns the sinks that failed (their effects are not
// all recorded).
func (s *Sidecar) process(ctx context.Context, b *feed.Batch) []int {
	c := s.cls.Load()
	var failed []int
	fail := func(j int, err error) {
		s.sinkFailed(j, err)
		if !slices.Contains(failed, j) {
			failed = append(failed, j)
		}
	}
	for _, err := range b.Errors {
		s.malformed.Inc()
		s.warn.Warn().Err(err).Msg("skipped malformed entry")
	}
	for _, g := range b.Gaps {
		s.gap(ctx, g, fail)
	}
	var newest int64
	for i := range b.Entries {
		e := &b.Entries[i]
		s.read.Inc()
		if e.RealtimeUS > newest {
			newest = e.RealtimeUS
		}
		if e.Truncated {
			s.truncated.Inc()
			if len(e.Message) == 0 {
				continue // nothing to classify: counted, never guessed
			}
		}
		v := c.Classify(e)
		if v.Timeouts > 0 {
			s.timeouts.Add(v.Timeouts)
		}
		if !v.Reportable() {
			continue
		}
		if v.Error && v.ErrorType == classifier.Unclassified {
			s.unclassified.Inc()
		}
		ev := c.Event(e, &v)
		s.events.Inc()
		for j, sk := range s.sinks {
			if err := sk.Publish(ctx, &ev); err != nil {
				fail(j, err)
			}
		}
	}
	now := time.Now()
	adv := newest
	if adv == 0 && len(b.Entries) == 0 && s.cfg.Lag != nil {
		adv = now.UnixMicro() // a quiet live journal: time still passes
	}
	if adv > 0 {
		for j, sk := range s.sinks {
			if a, isA := sk.(Advancer); isA {
				if err := a.Advance(ctx, adv); err != nil {
					fail(j, err)
				}
			}
		}
	}
	return failed
}

func (s *Sidecar) gap(ctx context.Context, g feed.Gap, fail func(int, error)) {
	s.mu.Lock()
	c := s.gapCounters[g.Reason]
	if c == nil {
		c = s.set.GetOrCreateCounter(sinks.Series("stemewatch_journal_gaps_total", "reason", g.Reason))
		s.gapCounters[g.Reason] = c
	}
	s.mu.Unlock()
	c.Inc()
	if g.Lost > 0 {
		s.lost.Add(int(g.Lost))
	}
	s.log.Warn().Str("reason", g.Reason).Int64("lost", g.Lost).Str("after_cursor", g.AfterCursor).
		Str("before_cursor", g.BeforeCursor).Msg("journal entries lost before they were read")
	for j, sk := range s.sinks {
		if gs, ok := sk.(GapSink); ok {
			if err := gs.Gap(ctx, g); err != nil {
				fail(j, err)
			}
		}
	}
}

func (s *Sidecar) sinkFailed(i int, err error) {
	s.mu.Lock()
	c := s.sinkFailures[i]
	if c == nil {
		c = s.set.GetOrCreateCounter(sinks.Series("stemewatch_sink_failures_total", "sink", sinkName(s.sinks[i])))
		s.sinkFailures[i] = c
	}
	s.mu.Unlock()
	c.Inc()
	s.warn.Error().Err(err).Str("sink", sinkName(s.sinks[i])).Msg("sink failed; checkpoint held back")
}
