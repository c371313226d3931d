package sidecar

import (
	"context"
	"errors"
	"fmt"

	"github.com/VictoriaMetrics/metrics"
	"github.com/rs/zerolog"

	"github.com/stemedb/stemewatch/anomaly"
	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/evidence"
	"github.com/stemedb/stemewatch/sidecar/checkpoint"
	"github.com/stemedb/stemewatch/sidecar/feed"
	"github.com/stemedb/stemewatch/sinks"
)

// Publisher is where anomalies go: *sinks.NATS, or *sinks.Stdout when no
// NATS URL is set. Publish returning nil means the anomaly is durable (the
// NATS outbox) or written.
type Publisher interface {
	Publish(ctx context.Context, a anomaly.Anomaly) error
	Flush(ctx context.Context) error
	Close(ctx context.Context) error
}

// eventPublisher is a Publisher that can also send every event (the NATS
// sink with publish_events).
type eventPublisher interface {
	PublishEvent(ctx context.Context, ev *classifier.Event) error
}

// MetricCoalesced counts, per kind, the anomaly messages the storm guard
// held back (summarised in one message per window).
const MetricCoalesced = "stemewatch_anomalies_coalesced_total"

// Anomalies is the Sink that runs the anomaly detectors over the events
// and hands what they find to a Publisher. The detector is made at the
// first event, for that event's node and unit (Node and Unit are the
// fallbacks when entries carry none); it continues from Saved when the
// saved state was made for the same configuration, node, unit and pattern
// set.
//
// Anomalies the Publisher refuses are kept, in order, and sent again by
// Retry (and before any later anomaly): the sidecar retries until they are
// recorded and checkpoints only then, so none is lost and none skipped.
type Anomalies struct {
	Config     anomaly.Config
	Node, Unit string
	// Known are the error types already announced on this node (from the
	// checkpoint record, or the legacy known_error_types file).
	Known []string
	// Saved is the checkpoint record the run starts from: its detector
	// state is restored when its StateKey matches.
	Saved checkpoint.Record
	Pub   Publisher
	// Version returns the pattern set's version in use, stamped on every
	// anomaly (it changes on reload).
	Version func() string
	// PublishEvents sends every event too, best effort, when Pub can.
	PublishEvents bool
	// Evidence, when set, attaches what this node shows to each anomaly
	// before it is handed to Pub (within its bound); nil gathers none.
	Evidence *evidence.Gatherer
	// Metrics, when set, gets stemewatch_anomalies_coalesced_total.
	Metrics *metrics.Set
	// Logger says whether the saved state was restored.
	Logger *zerolog.Logger

	det     *anomaly.Detector
	key     string
	pending []anomaly.Anomaly // refused by Pub, to send again, in order
}

var (
	_ Sink     = (*Anomalies)(nil)
	_ Advancer = (*Anomalies)(nil)
	_ GapSink  = (*Anomalies)(nil)
	_ Flusher  = (*Anomalies)(nil)
	_ Retrier  = (*Anomalies)(nil)
)

// Name names the sink in metrics and logs.
func (a *Anomalies) Name() string { return "anomalies" }

func (a *Anomalies) detector(ev *classifier.Event) *anomaly.Detector {
	if a.det != nil {
		return a.det
	}
	node, unit := a.Node, a.Unit
	if ev == nil && len(a.Saved.State) > 0 {
		// A gap first: carry on for the node the saved state is for.
		if n, u := anomaly.SnapshotOwner(a.Saved.State); n != "" {
			node, unit = n, u
		}
	}
	if ev != nil && ev.Node != "" {
		node = ev.Node
	}
	if ev != nil && ev.Unit != "" {
		unit = ev.Unit
	}
	v := a.version()
	known := a.Known
	if a.Saved.Known != nil {
		known = a.Saved.Known
	}
	a.det = anomaly.New(a.Config, node, unit, known, v)
	a.key = anomaly.StateKey(a.Config, node, unit, v)
	if len(a.Saved.State) == 0 {
		return a.det
	}
	why := ""
	switch {
	case a.Saved.StateKey != a.key:
		why = "saved for another anomaly configuration, node, unit or pattern set"
	default:
		if err := a.det.Restore(a.Saved.State); err != nil {
			why = err.Error()
			a.det = anomaly.New(a.Config, node, unit, known, v)
		}
	}
	if a.Logger != nil {
		if why != "" {
			a.Logger.Warn().Str("reason", why).Msg("detector state not restored: open incidents start afresh")
		} else {
			a.Logger.Info().Msg("detector state restored: open incidents continue")
		}
	}
	return a.det
}

func (a *Anomalies) version() string {
	if a.Version == nil {
		return ""
	}
	return a.Version()
}

// Publish feeds one event to the detectors and publishes what they find.
func (a *Anomalies) Publish(ctx context.Context, ev *classifier.Event) error {
	d := a.detector(ev)
	a.Evidence.Observe(ev)
	err := a.send(ctx, d.Observe(ev))
	if a.PublishEvents {
		if ep, ok := a.Pub.(eventPublisher); ok {
			ep.PublishEvent(ctx, ev) // best effort, counted by the sink
		}
	}
	return err
}

// Advance moves the detectors' clock to tUS.
func (a *Anomalies) Advance(ctx context.Context, tUS int64) error {
	if a.det == nil {
		return a.Retry(ctx)
	}
	return a.send(ctx, a.det.Advance(tUS))
}

// Gap reports lost entries to the detectors.
func (a *Anomalies) Gap(ctx context.Context, g feed.Gap) error {
	return a.send(ctx, a.detector(nil).Gap(g))
}

// Retry sends again what the Publisher refused; nil once all is recorded.
func (a *Anomalies) Retry(ctx context.Context) error {
	return a.send(ctx, nil)
}

// Unrecorded is how many anomalies wait for Retry.
func (a *Anomalies) Unrecorded() int { return len(a.pending) }

// CheckpointState is the checkpoint.Throttle's State: the detector's
// snapshot and known types. Before the first event it is what was loaded,
// so a run that saw no error keeps the saved state.
func (a *Anomalies) CheckpointState() (checkpoint.Record, error) {
	if len(a.pending) > 0 {
		return checkpoint.Record{}, fmt.Errorf("%d anomalies not recorded yet", len(a.pending))
	}
	if a.det == nil {
		r := a.Saved
		if r.Known == nil {
			r.Known = a.Known
		}
		return r, nil
	}
	st, err := a.det.Snapshot()
	if err != nil {
		return checkpoint.Record{}, err
	}
	return checkpoint.Record{StateKey: a.key, Known: a.det.KnownTypes(), State: st}, nil
}

// Ready reports the publisher's readiness when it can tell (NATS: the
// connection is down), for /readyz.
func (a *Anomalies) Ready() error {
	if r, ok := a.Pub.(readier); ok {
		return r.Ready()
	}
	return nil
}

// Flush delivers what the publisher holds.
func (a *Anomalies) Flush(ctx context.Context) error { return a.Pub.Flush(ctx) }

// Close closes the publisher.
func (a *Anomalies) Close(ctx context.Context) error { return a.Pub.Close(ctx) }

// send publishes as, after whatever an earlier call could not: in order,
// stopping at the first refusal (the rest wait for Retry).
func (a *Anomalies) send(ctx context.Context, as []anomaly.Anomaly) error {
	v := a.version()
	a.Evidence.Attach(ctx, as) // bounded; before Publish, so the checkpoint never passes it
	for i := range as {
		if v != "" {
			as[i].PatternsVersion = v
		}
	}
	a.countCoalesced()
	a.pending = append(a.pending, as...)
	sent := 0
	var err error
	for i := range a.pending {
		if perr := a.Pub.Publish(ctx, a.pending[i]); perr != nil {
			err = fmt.Errorf("publish %s anomaly %s: %w", a.pending[i].Kind, a.pending[i].ID, perr)
			break
		}
		sent++
	}
	a.pending = append(a.pending[:0], a.pending[sent:]...)
	if err != nil && len(a.pending) > 1 {
		err = errors.Join(err, fmt.Errorf("%d more anomalies wait behind it", len(a.pending)-1))
	}
	return err
}

func (a *Anomalies) countCoalesced() {
	if a.det == nil || a.Metrics == nil {
		return
	}
	for kind, n := range a.det.TakeCoalesced() {
		a.Metrics.GetOrCreateCounter(sinks.Series(MetricCoalesced, "kind", kind)).Add(int(n))
	}
}
