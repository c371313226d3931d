package sinks

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/VictoriaMetrics/metrics"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/rs/zerolog"

	"github.com/stemedb/stemewatch/anomaly"
	"github.com/stemedb/stemewatch/classifier"
)

// ErrClosed is returned by Publish after Close.
var ErrClosed = errors.New("sink closed")

// NATS publishes anomalies to stemedb.anomalies.<kind>.<node>. Publish
// spools each anomaly to the outbox (fsynced) and returns; a goroutine sends
// the outbox in order, with JetStream (Nats-Msg-Id = anomaly id, so a
// repeat is dropped) or core NATS, and removes an anomaly only once it is
// acknowledged. Anything unacknowledged is sent again with the same id:
// after a reconnect, an ack timeout, or a restart (from the outbox).
//
// So the journal checkpoint may pass an entry as soon as Publish of its
// anomalies returned nil: they can no longer be lost.
type NATS struct {
	cfg NATSConfig
	log zerolog.Logger
	set *metrics.Set

	nc     *nats.Conn
	js     jetstream.JetStream
	outbox *Outbox

	published, failed, eventsPublished *metrics.Counter

	wake chan struct{} // a hint: connected, or something to send
	stop chan struct{} // closed by Close: the drainer returns
	// ctx bounds every JetStream API call and flush of the drainer;
	// Close cancels it, so no call outlives Close's budget.
	ctx       context.Context
	cancel    context.CancelFunc
	done      chan struct{} // closed when the drainer returned
	closed    atomic.Bool
	closeOnce sync.Once

	mu   sync.Mutex
	mode string // JetStreamOn or JetStreamOff once decided, "" before

	// lastErr is the latest connection problem (nil once connected);
	// lastLog rate-limits the warnings a server that stays down causes.
	lastErr atomic.Pointer[error]
	lastLog atomic.Int64

	// streamProblem is why the existing stream does not suit us (checked
	// at each (re)connect), nil when it does.
	streamProblem atomic.Pointer[error]
	// setupErr is why the stream setup last failed while connected (a
	// server that takes JetStream requests and never answers), nil once
	// it worked.
	setupErr atomic.Pointer[error]
}

// connWarnEvery is the most often a connection that keeps failing is logged.
const connWarnEvery = 30 * time.Second

// trouble records a connection problem and logs it, at most once per
// connWarnEvery while it lasts (a server down for an hour is retried every
// second: one line per attempt would drown the node's journal).
func (n *NATS) trouble(err error, msg string) {
	if err == nil {
		return
	}
	n.lastErr.Store(&err)
	now := time.Now().UnixNano()
	last := n.lastLog.Load()
	if now-last < int64(connWarnEvery) || !n.lastLog.CompareAndSwap(last, now) {
		return
	}
	n.log.Warn().Err(err).Str("url", redactURL(n.cfg.URL)).Int("outbox", n.outbox.Len()).Msg(msg)
}

// Ready returns nil while the connection is up, otherwise why not, for
// /readyz: anomalies still reach the outbox and are delivered once the
// server is back, but a responder waiting for them should know.
func (n *NATS) Ready() error {
	if n.nc != nil && n.nc.Status() == nats.CONNECTED {
		if p := n.setupErr.Load(); p != nil {
			return fmt.Errorf("nats %s: %w; %d anomalies wait in the outbox", redactURL(n.cfg.URL), *p, n.outbox.Len())
		}
		if p := n.streamProblem.Load(); p != nil {
			return fmt.Errorf("nats %s: %w", redactURL(n.cfg.URL), *p)
		}
		return nil
	}
	why := "not connected"
	if p := n.lastErr.Load(); p != nil {
		why = (*p).Error()
	}
	return fmt.Errorf("nats %s: %s; %d anomalies wait in the outbox", redactURL(n.cfg.URL), why, n.outbox.Len())
}

// NewNATS opens the outbox, loads what a previous run left unacknowledged,
// and connects (in the background: a server that is down is retried
// forever). set receives the sink's metrics; nil gives a private set.
func NewNATS(cfg NATSConfig, log zerolog.Logger, set *metrics.Set) (*NATS, error) {
	def := DefaultNATSConfig()
	if cfg.JetStream == "" {
		cfg.JetStream = def.JetStream
	}
	if cfg.AckTimeout == 0 {
		cfg.AckTimeout = def.AckTimeout
	}
	if cfg.StreamMaxAge == 0 {
		cfg.StreamMaxAge = def.StreamMaxAge
	}
	if cfg.DuplicatesWindow == 0 {
		cfg.DuplicatesWindow = min(def.DuplicatesWindow, cfg.StreamMaxAge)
	}
	if cfg.StreamReplicas == 0 {
		cfg.StreamReplicas = def.StreamReplicas
	}
	if cfg.OutboxMaxBytes == 0 {
		cfg.OutboxMaxBytes = def.OutboxMaxBytes
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.URL == "" {
		return nil, errors.New("nats: no URL")
	}
	if set == nil {
		set = metrics.NewSet()
	}
	n := &NATS{
		cfg: cfg, log: log, set: set,
		published:       set.GetOrCreateCounter(MetricNATSPublished),
		failed:          set.GetOrCreateCounter(MetricNATSPublishFailed),
		eventsPublished: set.GetOrCreateCounter(MetricNATSEventsPublished),
		wake:            make(chan struct{}, 1),
		stop:            make(chan struct{}),
		done:            make(chan struct{}),
	}
	n.ctx, n.cancel = context.WithCancel(context.Background())
	ob, warns, err := OpenOutbox(OutboxOptions{Dir: cfg.OutboxDir, Max: cfg.OutboxMax, MaxBytes: cfg.OutboxMaxBytes,
		OnDrop: func(kind, why string) {
			set.GetOrCreateCounter(MetricOutboxDropped + `{kind="` + labelValue(kind) + `"}`).Inc()
			log.Warn().Str("kind", kind).Str("why", why).Msg("outbox: dropped an anomaly")
		}})
	if err != nil {
		n.cancel()
		return nil, err
	}
	for _, w := range warns {
		log.Warn().Err(w).Msg("outbox")
	}
	n.outbox = ob
	set.GetOrCreateGauge(MetricNATSBuffered, func() float64 { return float64(ob.Len()) })
	set.GetOrCreateGauge(MetricOutboxBytes, func() float64 { return float64(ob.Bytes()) })
	for _, k := range anomaly.Kinds {
		anomalyCounter(set, k)
		set.GetOrCreateCounter(MetricOutboxDropped + `{kind="` + k + `"}`)
	}
	if l := ob.Len(); l > 0 {
		log.Info().Int("anomalies", l).Str("dir", cfg.OutboxDir).Msg("outbox: resending what a previous run left unacknowledged")
	}

	opts, err := cfg.ConnectOptions()
	if err != nil {
		n.cancel()
		return nil, err
	}
	opts = append(opts,
		nats.ConnectHandler(func(c *nats.Conn) {
			log.Info().Str("url", c.ConnectedUrlRedacted()).Msg("nats connected")
			n.lastErr.Store(nil)
			n.lastLog.Store(0)
			n.reset()
		}),
		nats.ReconnectHandler(func(c *nats.Conn) {
			log.Info().Str("url", c.ConnectedUrlRedacted()).Msg("nats reconnected")
			n.lastErr.Store(nil)
			n.lastLog.Store(0)
			n.reset()
		}),
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
			if n.closed.Load() && err == nil {
				return // our own Close
			}
			if err == nil {
				err = errors.New("disconnected")
			}
			n.trouble(err, "nats disconnected; anomalies wait in the outbox")
		}),
		// With RetryOnFailedConnect a server that is down at start, or
		// that rejects the credentials, is only ever reported here.
		nats.ReconnectErrHandler(func(_ *nats.Conn, err error) {
			n.trouble(err, "nats unreachable or refusing us; anomalies wait in the outbox")
		}),
		nats.ErrorHandler(func(_ *nats.Conn, _ *nats.Subscription, err error) {
			n.trouble(err, "nats error")
		}),
	)
	nc, err := nats.Connect(cfg.URL, opts...)
	if err != nil {
		n.cancel()
		return nil, fmt.Errorf("nats connect %s: %w", redactURL(cfg.URL), err)
	}
	js, err := jetstream.New(nc,
		jetstream.WithPublishAsyncMaxPending(256),
		jetstream.WithPublishAsyncTimeout(cfg.AckTimeout))
	if err != nil {
		n.cancel()
		nc.Close()
		return nil, fmt.Errorf("nats jetstream: %w", err)
	}
	n.nc, n.js = nc, js
	go n.run()
	n.poke()
	return n, nil
}

// reset makes the drainer decide the mode again (the server may have
// changed across a reconnect) and wakes it.
func (n *NATS) reset() {
	n.mu.Lock()
	n.mode = ""
	n.mu.Unlock()
	n.poke()
}

// remaining is the time left before ctx's deadline, at most d.
func remaining(ctx context.Context, d time.Duration) time.Duration {
	if dl, ok := ctx.Deadline(); ok {
		d = min(d, time.Until(dl))
	}
	if ctx.Err() != nil {
		return 0
	}
	return d
}

func (n *NATS) poke() {
	select {
	case n.wake <- struct{}{}:
	default:
	}
}

// Publish spools a to the outbox and returns once it is durable; delivery
// happens in the background. An error means the anomaly could not be
// spooled (disk full, closed sink): the caller must not checkpoint past it.
func (n *NATS) Publish(_ context.Context, a anomaly.Anomaly) error {
	if n.closed.Load() {
		return ErrClosed
	}
	if err := n.outbox.Add(&a); err != nil {
		n.failed.Inc()
		return err
	}
	anomalyCounter(n.set, a.Kind).Inc()
	n.poke()
	return nil
}

// PublishEvent sends a classified event to stemedb.errors.<type>.<node>
// when PublishEvents is set: core NATS, best effort (buffered in memory
// across a short outage, counted as a failure when the buffer is full).
func (n *NATS) PublishEvent(_ context.Context, ev *classifier.Event) error {
	if !n.cfg.PublishEvents || n.closed.Load() {
		return nil
	}
	typ := ev.Type()
	if typ == "" {
		typ = "SignatureFailure"
	}
	data, err := json.Marshal(ev)
	if err != nil {
		return err
	}
	subj := "stemedb.errors." + anomaly.SubjectToken(typ) + "." + anomaly.SubjectToken(ev.Node)
	if err := n.nc.Publish(subj, data); err != nil {
		n.failed.Inc()
		return fmt.Errorf("publish event %s: %w", subj, err)
	}
	n.eventsPublished.Inc()
	return nil
}

// Pending is the number of anomalies not yet acknowledged.
func (n *NATS) Pending() int { return n.outbox.Len() }

// Flush waits until every anomaly published so far is acknowledged, or ctx
// ends (then the rest stays in the outbox for later).
func (n *NATS) Flush(ctx context.Context) error {
	for {
		l, ch := n.outbox.watch()
		if l == 0 {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return fmt.Errorf("nats flush: %d anomalies still unacknowledged (kept in the outbox): %w", l, ctx.Err())
		}
	}
}

// Close stops accepting anomalies, sends what it can until ctx ends, and
// closes the connection, within ctx's deadline whatever the server does (a
// server that takes requests and never answers them included: every
// JetStream call of the drainer is bound to a context Close cancels). What
// is left stays in the outbox directory and is sent by the next run.
func (n *NATS) Close(ctx context.Context) error {
	n.closed.Store(true)
	err := n.Flush(ctx)
	n.closeOnce.Do(func() {
		n.cancel()
		close(n.stop)
	})
	select {
	case <-n.done:
	case <-ctx.Done():
		// Only outbox bookkeeping can still be running: closing the
		// connection below ends it.
	}
	if d := remaining(ctx, time.Second); d > 0 && n.nc.Status() == nats.CONNECTED {
		_ = n.nc.FlushTimeout(d) // raw events
	}
	n.nc.Close()
	if err != nil && n.cfg.OutboxDir == "" {
		return fmt.Errorf("%w; no outbox directory, so they are lost", err)
	}
	return err
}
