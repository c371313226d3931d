package anomaly

import (
	"fmt"
	"sort"
	"time"

	"github.com/stemedb/stemewatch/classifier"
)

// new_error_type: the first error of a type never seen on this node.

// KnownTypes returns the error types known on this node, sorted, for the
// state directory.
func (d *Detector) KnownTypes() []string {
	ts := make([]string, 0, len(d.known))
	for t := range d.known {
		ts = append(ts, t)
	}
	sort.Strings(ts)
	return ts
}

// KnownTypesChanged reports whether a type was learnt since the last call,
// so the caller saves KnownTypes before checkpointing past it.
func (d *Detector) KnownTypesChanged() bool {
	c := d.knownDirty
	d.knownDirty = false
	return c
}

func (d *Detector) newType(typ string, t int64, ev *classifier.Event) {
	if d.known[typ] || !d.cfg.NewErrorType.Enabled || len(d.known) >= d.cfg.NewErrorType.MaxKnown {
		return
	}
	d.known[typ] = true
	d.knownDirty = true
	// One message per type and node, ever: the id does not depend on time.
	inc := d.open(KindNewErrorType, typ, 0, 1, 0, SeverityWarning)
	inc.total = 1
	d.publish(inc, StatusOpen, t, 1, ev.Cursor, func(a *Anomaly) {
		a.ErrorType = typ
		a.Started = time.UnixMicro(t).UTC()
		a.Window = Window{Start: a.Started, End: a.Started}
		if ev.AgentID != "" {
			a.DistinctAgents = 1
			a.TopAgents = []AgentCount{{AgentID: ev.AgentID, Count: 1}}
		}
		a.Samples = d.samples(func(r *recentEvent) bool { return r.err && r.typ == typ })
		a.Summary = fmt.Sprintf("new error type %s, never seen on this node before", typ)
	})
}

// restoreKnown adds saved known types (bounded by MaxKnown, like New).
func (d *Detector) restoreKnown(known []string) {
	for _, t := range known {
		if t != "" && len(d.known) < d.cfg.NewErrorType.MaxKnown {
			d.known[t] = true
		}
	}
}
