package sinks

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
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

// Stream and subjects of SPEC.md.
const (
	StreamName      = "STEMEDB_ANOMALIES"
	AnomalySubjects = "stemedb.anomalies.>"
)

// JetStream modes of NATSConfig.JetStream.
const (
	JetStreamAuto = "auto" // JetStream when the server has it, core NATS otherwise
	JetStreamOn   = "on"   // JetStream only: wait for it
	JetStreamOff  = "off"  // core NATS publish
)

// NATSConfig configures the NATS sink and `stemewatch watch`. Secrets are
// read from files only, never given on the command line. TOML tags let the
// run command embed it under [nats].
type NATSConfig struct {
	URL  string `toml:"url"`  // nats://host:4222, comma-separated for a cluster
	Name string `toml:"name"` // client name shown by the server

	CredsFile    string `toml:"creds_file"`     // user JWT + nkey seed (.creds)
	NKeySeedFile string `toml:"nkey_seed_file"` // nkey seed
	User         string `toml:"user"`
	PasswordFile string `toml:"password_file"`
	TokenFile    string `toml:"token_file"`
	TLSCAFile    string `toml:"tls_ca_file"`
	TLSCertFile  string `toml:"tls_cert_file"`
	TLSKeyFile   string `toml:"tls_key_file"`

	// JetStream is auto, on or off.
	JetStream string `toml:"jetstream"`
	// StreamMaxAge is how long the stream keeps anomalies, and
	// DuplicatesWindow how long JetStream remembers ids to drop repeats:
	// longer than the longest outage plus replay.
	StreamMaxAge     time.Duration `toml:"stream_max_age"`
	DuplicatesWindow time.Duration `toml:"duplicates_window"`
	// AckTimeout bounds the wait for one acknowledgement before the
	// anomaly is sent again (same id).
	AckTimeout time.Duration `toml:"ack_timeout"`

	// OutboxDir holds unacknowledged anomalies (the run command sets it to
	// <state-dir>/outbox); empty keeps them in memory only. OutboxMax
	// bounds it.
	OutboxDir string `toml:"-"`
	OutboxMax int    `toml:"outbox_max"`

	// PublishEvents also sends every classified event, best effort, to
	// stemedb.errors.<type>.<node> (core NATS, no outbox).
	PublishEvents bool `toml:"publish_events"`
}

// DefaultNATSConfig returns the defaults; URL stays empty (stdout sink).
func DefaultNATSConfig() NATSConfig {
	return NATSConfig{
		Name:             "stemewatch",
		JetStream:        JetStreamAuto,
		StreamMaxAge:     7 * 24 * time.Hour,
		DuplicatesWindow: 24 * time.Hour,
		AckTimeout:       10 * time.Second,
		OutboxMax:        DefaultOutboxMax,
	}
}

// Validate reports an invalid setting, naming its TOML key under [nats].
func (c *NATSConfig) Validate() error {
	switch c.JetStream {
	case JetStreamAuto, JetStreamOn, JetStreamOff, "":
	default:
		return fmt.Errorf("nats.jetstream = %q: must be auto, on or off", c.JetStream)
	}
	if c.StreamMaxAge < 0 || c.DuplicatesWindow < 0 {
		return errors.New("nats.stream_max_age and nats.duplicates_window must not be negative")
	}
	if c.DuplicatesWindow > 0 && c.DuplicatesWindow < 100*time.Millisecond {
		return fmt.Errorf("nats.duplicates_window = %v: must be at least 100ms", c.DuplicatesWindow)
	}
	if c.StreamMaxAge > 0 && c.DuplicatesWindow > c.StreamMaxAge {
		return fmt.Errorf("nats.duplicates_window = %v: must not exceed nats.stream_max_age = %v", c.DuplicatesWindow, c.StreamMaxAge)
	}
	if c.AckTimeout < 0 {
		return fmt.Errorf("nats.ack_timeout = %v: must not be negative", c.AckTimeout)
	}
	if c.OutboxMax < 0 {
		return fmt.Errorf("nats.outbox_max = %d: must not be negative", c.OutboxMax)
	}
	if (c.TLSCertFile == "") != (c.TLSKeyFile == "") {
		return errors.New("nats.tls_cert_file and nats.tls_key_file go together")
	}
	if c.PasswordFile != "" && c.User == "" {
		return errors.New("nats.password_file needs nats.user")
	}
	n := 0
	for _, s := range []string{c.CredsFile, c.NKeySeedFile, c.User, c.TokenFile} {
		if s != "" {
			n++
		}
	}
	if n > 1 {
		return errors.New("nats: give one of creds_file, nkey_seed_file, user/password_file, token_file")
	}
	return nil
}

// ConnectOptions returns the nats.go options for the credentials and TLS of
// c, reading secrets from their files, plus reconnecting forever.
func (c *NATSConfig) ConnectOptions() ([]nats.Option, error) {
	name := c.Name
	if name == "" {
		name = "stemewatch"
	}
	opts := []nats.Option{
		nats.Name(name),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(time.Second),
		nats.RetryOnFailedConnect(true),
		nats.ReconnectBufSize(8 << 20),
		nats.PingInterval(20 * time.Second),
	}
	readSecret := func(what, path string) (string, error) {
		b, err := os.ReadFile(path)
		if err != nil {
			return "", fmt.Errorf("read nats %s file: %w", what, err)
		}
		s := strings.TrimSpace(string(b))
		if s == "" {
			return "", fmt.Errorf("nats %s file %s is empty", what, path)
		}
		return s, nil
	}
	switch {
	case c.CredsFile != "":
		if _, err := os.Stat(c.CredsFile); err != nil {
			return nil, fmt.Errorf("nats creds file: %w", err)
		}
		opts = append(opts, nats.UserCredentials(c.CredsFile))
	case c.NKeySeedFile != "":
		o, err := nats.NkeyOptionFromSeed(c.NKeySeedFile)
		if err != nil {
			return nil, fmt.Errorf("nats nkey seed file %s: %w", c.NKeySeedFile, err)
		}
		opts = append(opts, o)
	case c.User != "":
		pw := ""
		if c.PasswordFile != "" {
			var err error
			if pw, err = readSecret("password", c.PasswordFile); err != nil {
				return nil, err
			}
		}
		opts = append(opts, nats.UserInfo(c.User, pw))
	case c.TokenFile != "":
		tok, err := readSecret("token", c.TokenFile)
		if err != nil {
			return nil, err
		}
		opts = append(opts, nats.Token(tok))
	}
	if c.TLSCAFile != "" {
		opts = append(opts, nats.RootCAs(c.TLSCAFile))
	}
	if c.TLSCertFile != "" {
		opts = append(opts, nats.ClientCert(c.TLSCertFile, c.TLSKeyFile))
	}
	return opts, nil
}

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

	wake      chan struct{} // a hint: connected, or something to send
	stop      chan struct{} // closed by Close: the drainer returns
	done      chan struct{} // closed when the drainer returned
	closed    atomic.Bool
	closeOnce sync.Once

	mu   sync.Mutex
	mode string // JetStreamOn or JetStreamOff once decided, "" before

	// lastErr is the latest connection problem (nil once connected);
	// lastLog rate-limits the warnings a server that stays down causes.
	lastErr atomic.Pointer[error]
	lastLog atomic.Int64
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
	ob, warns, err := OpenOutbox(cfg.OutboxDir, cfg.OutboxMax, func(kind string) {
		set.GetOrCreateCounter(MetricOutboxDropped + `{kind="` + labelValue(kind) + `"}`).Inc()
		log.Warn().Str("kind", kind).Msg("outbox full: dropped the oldest least important anomaly")
	})
	if err != nil {
		return nil, err
	}
	for _, w := range warns {
		log.Warn().Err(w).Msg("outbox")
	}
	n.outbox = ob
	set.GetOrCreateGauge(MetricNATSBuffered, func() float64 { return float64(ob.Len()) })
	for _, k := range anomaly.Kinds {
		anomalyCounter(set, k)
		set.GetOrCreateCounter(MetricOutboxDropped + `{kind="` + k + `"}`)
	}
	if l := ob.Len(); l > 0 {
		log.Info().Int("anomalies", l).Str("dir", cfg.OutboxDir).Msg("outbox: resending what a previous run left unacknowledged")
	}

	opts, err := cfg.ConnectOptions()
	if err != nil {
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
		return nil, fmt.Errorf("nats connect %s: %w", redactURL(cfg.URL), err)
	}
	js, err := jetstream.New(nc,
		jetstream.WithPublishAsyncMaxPending(256),
		jetstream.WithPublishAsyncTimeout(cfg.AckTimeout))
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("nats jetstream: %w", err)
	}
	n.nc, n.js = nc, js
	go n.run()
	n.poke()
	return n, nil
}

// redactURL hides user info in a server URL for messages.
func redactURL(u string) string {
	if i := strings.Index(u, "@"); i >= 0 {
		if j := strings.Index(u, "://"); j >= 0 && j < i {
			return u[:j+3] + "[REDACTED]" + u[i:]
		}
	}
	return u
}

// reset makes the drainer decide the mode again (the server may have
// changed across a reconnect) and wakes it.
func (n *NATS) reset() {
	n.mu.Lock()
	n.mode = ""
	n.mu.Unlock()
	n.poke()
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
// closes the connection. What is left stays in the outbox directory and is
// sent by the next run.
func (n *NATS) Close(ctx context.Context) error {
	n.closed.Store(true)
	err := n.Flush(ctx)
	n.closeOnce.Do(func() { close(n.stop) })
	<-n.done
	if n.nc.Status() == nats.CONNECTED {
		_ = n.nc.FlushTimeout(time.Second) // raw events
	}
	n.nc.Close()
	if err != nil && n.cfg.OutboxDir == "" {
		return fmt.Errorf("%w; no outbox directory, so they are lost", err)
	}
	return err
}

// run is the drainer: it sends the outbox whenever connected.
func (n *NATS) run() {
	defer close(n.done)
	backoff := 100 * time.Millisecond
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		select {
		case <-n.stop:
			return
		default:
		}
		if n.nc.Status() == nats.CONNECTED && n.outbox.ready() {
			mode, err := n.ensureMode()
			if err == nil {
				err = n.sendBatch(mode)
			}
			if err == nil {
				backoff = 100 * time.Millisecond
				continue
			}
			n.log.Warn().Err(err).Dur("retry_in", backoff).Msg("nats publish; anomalies stay in the outbox")
			select {
			case <-n.stop:
				return
			case <-time.After(backoff):
			}
			backoff = min(2*backoff, 5*time.Second)
			continue
		}
		select {
		case <-n.stop:
			return
		case <-n.wake:
		case <-tick.C:
		}
	}
}

// ensureMode decides JetStream or core publishing, creating or updating
// the stream when JetStream is used.
func (n *NATS) ensureMode() (string, error) {
	n.mu.Lock()
	mode := n.mode
	n.mu.Unlock()
	if mode != "" {
		return mode, nil
	}
	if n.cfg.JetStream == JetStreamOff {
		mode = JetStreamOff
	} else {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		_, err := n.js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
			Name:       StreamName,
			Subjects:   []string{AnomalySubjects},
			Storage:    jetstream.FileStorage,
			MaxAge:     n.cfg.StreamMaxAge,
			Duplicates: n.cfg.DuplicatesWindow,
		})
		if err != nil {
			// Someone else may own the stream's config; publishing to it
			// still works.
			if _, serr := n.js.Stream(ctx, StreamName); serr == nil {
				n.log.Warn().Err(err).Str("stream", StreamName).Msg("cannot update the stream; publishing to it as it is")
				err = nil
			}
		}
		cancel()
		switch {
		case err == nil:
			mode = JetStreamOn
		case noJetStream(err) && n.cfg.JetStream == JetStreamAuto:
			n.log.Warn().Err(err).Msg("no JetStream on this server: core NATS publish, without dedupe")
			mode = JetStreamOff
		default:
			return "", fmt.Errorf("create stream %s: %w", StreamName, err)
		}
		if mode == JetStreamOn {
			n.log.Info().Str("stream", StreamName).Str("duplicates_window", n.cfg.DuplicatesWindow.String()).Msg("publishing anomalies with JetStream")
		}
	}
	n.mu.Lock()
	n.mode = mode
	n.mu.Unlock()
	return mode, nil
}

func noJetStream(err error) bool {
	return errors.Is(err, jetstream.ErrJetStreamNotEnabled) ||
		errors.Is(err, jetstream.ErrJetStreamNotEnabledForAccount) ||
		errors.Is(err, nats.ErrNoResponders) ||
		errors.Is(err, nats.ErrJetStreamNotEnabled)
}

// sendBatch sends up to 256 outbox items and waits for their fate. An item
// is removed only when acknowledged; the others go back in line.
func (n *NATS) sendBatch(mode string) error {
	items := n.outbox.next(256)
	if len(items) == 0 {
		return nil
	}
	if mode == JetStreamOff {
		for i, it := range items {
			if err := n.nc.Publish(it.subject, it.data); err != nil {
				for _, r := range items {
					n.outbox.retry(r)
				}
				n.failed.Inc()
				return fmt.Errorf("publish %s: %w", items[i].subject, err)
			}
		}
		if err := n.nc.FlushTimeout(n.cfg.AckTimeout); err != nil {
			for _, it := range items {
				n.outbox.retry(it)
			}
			n.failed.Inc()
			return fmt.Errorf("flush: %w", err)
		}
		for _, it := range items {
			n.outbox.done(it)
			n.published.Inc()
		}
		return nil
	}

	futures := make([]jetstream.PubAckFuture, len(items))
	var firstErr error
	for i, it := range items {
		msg := nats.NewMsg(it.subject)
		msg.Data = it.data // never reused: the outbox item owns it
		f, err := n.js.PublishMsgAsync(msg, jetstream.WithMsgID(it.id))
		if err != nil {
			if firstErr == nil {
				firstErr = err
			}
			n.failed.Inc()
			n.outbox.retry(it)
			continue
		}
		futures[i] = f
	}
	timeout := time.NewTimer(n.cfg.AckTimeout + time.Second)
	defer timeout.Stop()
	for i, f := range futures {
		if f == nil {
			continue
		}
		it := items[i]
		select {
		case ack := <-f.Ok():
			n.outbox.done(it)
			n.published.Inc()
			if ack.Duplicate {
				n.log.Debug().Str("id", it.id).Msg("anomaly already in the stream (duplicate dropped)")
			}
		case err := <-f.Err():
			// ErrDisconnected, a timeout, no responders: the outcome is
			// unknown, so send again with the same id.
			n.failed.Inc()
			n.outbox.retry(it)
			if firstErr == nil {
				firstErr = err
			}
			if errors.Is(err, jetstream.ErrNoStreamResponse) || errors.Is(err, nats.ErrNoResponders) {
				n.reset() // the stream may have been deleted: create it again
			}
		case <-timeout.C:
			// The library times each ack out itself; this is a backstop.
			for _, r := range items[i:] {
				n.outbox.retry(r)
			}
			n.failed.Inc()
			return errors.New("no acknowledgement in time")
		case <-n.stop:
			for _, r := range items[i:] {
				n.outbox.retry(r)
			}
			return errors.New("closing")
		}
	}
	return firstErr
}
