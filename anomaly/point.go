package anomaly

import (
	"fmt"
	"time"
)

// data_corruption and journal_gap: reported at once, repeats coalesced within a cooldown.

func (d *Detector) closePoints(m map[string]*incident, cooldown time.Duration, end int64) {
	for _, key := range sortedKeys(m) {
		inc := m[key]
		if end-inc.lastPub < cooldown.Microseconds() {
			continue
		}
		if inc.pending > 0 || inc.pendingN > 0 {
			d.pointUpdate(inc, end, "")
			continue
		}
		delete(m, key)
	}
}

// point handles the kinds reported at once and then coalesced within a
// cooldown: data_corruption and journal_gap. n counts events (or lost
// entries), gaps counts gaps.
func (d *Detector) point(m map[string]*incident, kind, key string, t, n, gaps int64, cooldown time.Duration, cursor string) {
	inc := m[key]
	if inc == nil {
		sev := SeverityWarning
		if kind == KindDataCorruption {
			sev = SeverityCritical
		}
		inc = d.open(kind, key, t, 1, 0, sev)
		inc.total = n
		inc.pending, inc.pendingN = n, gaps
		m[key] = inc
		d.pointUpdate(inc, t, cursor)
		return
	}
	inc.total += n
	inc.pending += n
	inc.pendingN += gaps
	if t-inc.lastPub >= cooldown.Microseconds() {
		d.pointUpdate(inc, t, cursor)
	}
}

// pointUpdate sends what a point incident coalesced since its last message.
func (d *Detector) pointUpdate(inc *incident, t int64, cursor string) {
	status := StatusUpdate
	if inc.seq == 0 {
		status = StatusOpen
	}
	count, gaps := inc.pending, inc.pendingN
	from := inc.lastPub
	if inc.seq == 0 {
		from = t
	}
	key := inc.key
	d.publish(inc, status, t, count, cursor, func(a *Anomaly) {
		a.Window = Window{Start: time.UnixMicro(from).UTC(), End: time.UnixMicro(t).UTC()}
		if inc.kind == KindDataCorruption {
			a.ErrorType = key
			agents := map[string]int64{}
			for i := range d.recent {
				r := &d.recent[i]
				if r.err && r.typ == key && r.agent != "" && r.t >= from {
					agents[r.agent]++
				}
			}
			a.DistinctAgents = len(agents)
			a.TopAgents = d.top(agents)
			a.Samples = d.samples(func(r *recentEvent) bool { return r.err && r.typ == key })
			a.Summary = fmt.Sprintf("%s: %d since %s; the runbook treats these as possible data corruption", key, count, a.Window.Start.Format(time.RFC3339))
		} else {
			a.Reason = key
			a.Summary = fmt.Sprintf("journal gap (%s): %d gap(s), %d entries lost (0: unknown)", key, gaps, count)
		}
	})
	inc.pending, inc.pendingN = 0, 0
}
