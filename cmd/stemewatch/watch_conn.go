package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/stemedb/stemewatch/sinks"
)

// troubleEvery is how often watch repeats that NATS is unreachable.
const troubleEvery = 30 * time.Second

// natsStatus reports connection trouble on a writer: at once when it
// starts, then every troubleEvery while it lasts, and when it ends.
type natsStatus struct {
	url       string
	w         io.Writer
	mu        sync.Mutex
	lastErr   error
	connected chan struct{} // closed at the first connection
	once      sync.Once
}

func (s *natsStatus) printf(format string, args ...any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	fmt.Fprintf(s.w, "watch: "+format+"\n", args...)
}

func (s *natsStatus) setErr(err error) {
	if err == nil {
		return
	}
	s.mu.Lock()
	s.lastErr = err
	s.mu.Unlock()
}

func (s *natsStatus) errText() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.lastErr == nil {
		return "no answer"
	}
	return s.lastErr.Error()
}

// options are the handlers that keep s informed.
func (s *natsStatus) options() []nats.Option {
	return []nats.Option{
		nats.ConnectHandler(func(c *nats.Conn) {
			s.printf("connected to NATS at %s", c.ConnectedUrlRedacted())
			s.once.Do(func() { close(s.connected) })
		}),
		nats.ReconnectErrHandler(func(_ *nats.Conn, err error) { s.setErr(err) }),
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
			s.setErr(err)
			if err == nil {
				err = errors.New("connection closed")
			}
			s.printf("lost the connection to NATS at %s: %v; reconnecting", s.url, err)
		}),
		nats.ReconnectHandler(func(c *nats.Conn) {
			s.printf("reconnected to NATS at %s", c.ConnectedUrlRedacted())
		}),
	}
}

// connectWatch connects to NATS at url. While there is no connection it
// says so on w at once and every troubleEvery; it gives up with an error
// when the first connection is not made within timeout (0: never gives
// up). It returns nil, nil when ctx ends first.
func connectWatch(ctx context.Context, url string, opts []nats.Option, timeout time.Duration, w io.Writer) (*nats.Conn, error) {
	st := &natsStatus{url: url, w: w, connected: make(chan struct{})}
	nc, err := nats.Connect(url, append(opts, st.options()...)...)
	if err != nil {
		return nil, fmt.Errorf("connect to %s: %w", url, err)
	}
	if nc.IsConnected() {
		st.once.Do(func() { close(st.connected) })
	} else {
		st.setErr(nc.LastError())
		limit := "until interrupted"
		if timeout > 0 {
			limit = "giving up after --connect-timeout " + timeout.String()
		}
		st.printf("cannot connect to NATS at %s: %s; retrying (%s)", url, st.errText(), limit)
	}
	var deadline <-chan time.Time
	if timeout > 0 {
		t := time.NewTimer(timeout)
		defer t.Stop()
		deadline = t.C
	}
	tick := time.NewTicker(troubleEvery)
	defer tick.Stop()
	start := time.Now()
	for {
		select {
		case <-st.connected:
			go st.watchOutages(ctx, nc)
			return nc, nil
		case <-ctx.Done():
			nc.Close()
			return nil, nil
		case <-deadline:
			nc.Close()
			return nil, fmt.Errorf("no connection to NATS at %s within %s (%s): check --nats-url, the server and the network", url, timeout, st.errText())
		case <-tick.C:
			st.printf("still cannot connect to NATS at %s after %s: %s", url, time.Since(start).Round(time.Second), st.errText())
		}
	}
}

// watchOutages repeats, every troubleEvery, that the connection is down
// while it is.
func (s *natsStatus) watchOutages(ctx context.Context, nc *nats.Conn) {
	tick := time.NewTicker(troubleEvery)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			if st := nc.Status(); st == nats.RECONNECTING || st == nats.DISCONNECTED {
				s.printf("still no connection to NATS at %s: %s", s.url, s.errText())
			} else if st == nats.CLOSED {
				return
			}
		}
	}
}

// anomalySource says how watch reads anomalies.
type anomalySource struct {
	subject string
	durable string
	start   time.Time // "from now" for an ordered consumer made once the stream exists
}

// subscribeAnomalies delivers anomalies to fn: through JetStream (an
// ordered ephemeral consumer from now, or the durable consumer), so each
// anomaly stored once is shown once even when a sidecar resends it; through
// a core subscription only when the server has no JetStream, which it
// says on w. ack, when not nil, acknowledges a durable consumer's message.
// It waits (saying so) while the stream does not exist yet.
func subscribeAnomalies(ctx context.Context, nc *nats.Conn, src anomalySource, w io.Writer, fn func(m *nats.Msg, ack func() error)) (stop func(), err error) {
	js, err := jetstream.New(nc)
	if err != nil {
		return nil, err
	}
	var filter []string
	if src.subject != sinks.AnomalySubjects {
		filter = []string{src.subject}
	}
	deliver := func(m jetstream.Msg) {
		nm := &nats.Msg{Subject: m.Subject(), Data: m.Data(), Header: m.Headers()}
		var ack func() error
		if src.durable != "" {
			ack = m.Ack
		}
		fn(nm, ack)
	}
	var lastNote time.Time
	for attempt := 0; ; attempt++ {
		cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		var cons jetstream.Consumer
		if src.durable != "" {
			cons, err = js.CreateOrUpdateConsumer(cctx, sinks.StreamName, jetstream.ConsumerConfig{
				Durable:        src.durable,
				AckPolicy:      jetstream.AckExplicitPolicy,
				DeliverPolicy:  jetstream.DeliverAllPolicy,
				FilterSubjects: filter,
				AckWait:        time.Minute,
			})
		} else {
			cfg := jetstream.OrderedConsumerConfig{FilterSubjects: filter, DeliverPolicy: jetstream.DeliverNewPolicy}
			if attempt > 0 {
				// The stream appeared after watch started: from the
				// start, so nothing published meanwhile is missed.
				start := src.start
				cfg.DeliverPolicy, cfg.OptStartTime = jetstream.DeliverByStartTimePolicy, &start
			}
			cons, err = js.OrderedConsumer(cctx, sinks.StreamName, cfg)
		}
		cancel()
		if err == nil {
			cc, err := cons.Consume(deliver)
			if err != nil {
				return nil, fmt.Errorf("consume %s: %w", sinks.StreamName, err)
			}
			return cc.Stop, nil
		}
		switch {
		case ctx.Err() != nil:
			return func() {}, nil
		case noJetStream(err) && src.durable == "":
			fmt.Fprintf(w, "watch: the NATS server has no JetStream: subscribing to %s directly, so an anomaly a sidecar resends is shown again\n", src.subject)
			sub, err := nc.Subscribe(src.subject, func(m *nats.Msg) { fn(m, nil) })
			if err != nil {
				return nil, fmt.Errorf("subscribe %s: %w", src.subject, err)
			}
			return func() { sub.Unsubscribe() }, nil
		case noJetStream(err):
			return nil, fmt.Errorf("--durable %s needs JetStream, which the NATS server does not have: %w", src.durable, err)
		case !streamNotFound(err):
			return nil, fmt.Errorf("consumer on %s: %w", sinks.StreamName, err)
		}
		if time.Since(lastNote) >= troubleEvery {
			lastNote = time.Now()
			fmt.Fprintf(w, "watch: waiting for the stream %s (no sidecar has published to it yet)\n", sinks.StreamName)
		}
		select {
		case <-ctx.Done():
			return func() {}, nil
		case <-time.After(2 * time.Second):
		}
	}
}

// noJetStream reports whether err says the server has no JetStream.
func noJetStream(err error) bool {
	return errors.Is(err, jetstream.ErrJetStreamNotEnabled) ||
		errors.Is(err, jetstream.ErrJetStreamNotEnabledForAccount) ||
		errors.Is(err, nats.ErrNoResponders) || errors.Is(err, nats.ErrJetStreamNotEnabled)
}

// streamNotFound reports whether err says the anomaly stream does not exist.
func streamNotFound(err error) bool {
	var apiErr *jetstream.APIError
	return errors.Is(err, jetstream.ErrStreamNotFound) ||
		errors.As(err, &apiErr) && apiErr.ErrorCode == jetstream.JSErrCodeStreamNotFound
}
