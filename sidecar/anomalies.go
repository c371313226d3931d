package sidecar

import (
	"context"
	"errors"
	"fmt"

	"github.com/stemedb/stemewatch/anomaly"
	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/evidence"
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

// Anomalies is the Sink that runs the anomaly detectors over the events
// and hands what they find to a Publisher. The detector is made at the
// first event, for that event's node and unit (Node and Unit are the
// fallbacks when entries carry none).
type Anomalies struct {
	Config     anomaly.Config
	Node, Unit string
	// Known are the error types already announced on this node; StateDir,
	// when set, is where the list is kept (sinks.SaveKnownTypes) before the
	// checkpoint passes the entry that taught a new one.
	Known    []string
	StateDir string
	Pub      Publisher
	// Version returns the pattern set's version in use, stamped on every
	// anomaly (it changes on reload).
	Version func() string
	// PublishEvents sends every event too, best effort, when Pub can.
	PublishEvents bool
	// Evidence, when set, attaches what this node shows to each anomaly
	// before it is handed to Pub (within its bound); nil gathers none.
	Evidence *evidence.Gatherer

	det *anomaly.Detector
}

var (
	_ Sink     = (*Anomalies)(nil)
	_ Advancer = (*Anomalies)(nil)
	_ GapSink  = (*Anomalies)(nil)
	_ Flusher  = (*Anomalies)(nil)
)

// Name names the sink in metrics and logs.
func (a *Anomalies) Name() string { return "anomalies" }

func (a *Anomalies) detector(ev *classifier.Event) *anomaly.Detector {
	if a.det == nil {
		node, unit := a.Node, a.Unit
		if ev != nil && ev.Node != "" {
			node = ev.Node
		}
		if ev != nil && ev.Unit != "" {
			unit = ev.Unit
		}
		a.det = anomaly.New(a.Config, node, unit, a.Known, a.version())
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
	if d.KnownTypesChanged() && a.StateDir != "" {
		if serr := sinks.SaveKnownTypes(a.StateDir, d.KnownTypes()); serr != nil {
			err = errors.Join(err, fmt.Errorf("save known error types: %w", serr))
		}
	}
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
		return nil
	}
	return a.send(ctx, a.det.Advance(tUS))
}

// Gap reports lost entries to the detectors.
func (a *Anomalies) Gap(ctx context.Context, g feed.Gap) error {
	return a.send(ctx, a.detector(nil).Gap(g))
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

func (a *Anomalies) send(ctx context.Context, as []anomaly.Anomaly) error {
	var errs []error
	v := a.version()
	a.Evidence.Attach(ctx, as) // bounded; before Publish, so the checkpoint never passes it
	for i := range as {
		if v != "" {
			as[i].PatternsVersion = v
		}
		if err := a.Pub.Publish(ctx, as[i]); err != nil {
			errs = append(errs, fmt.Errorf("publish %s anomaly %s: %w", as[i].Kind, as[i].ID, err))
		}
	}
	return errors.Join(errs...)
}
