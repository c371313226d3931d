package anomaly

import (
	"fmt"
	"math"

	"github.com/stemedb/stemewatch/internal/topk"
)

// error_rate: a spike of one error type over its own baseline.

// series is a count per bucket, with a moving baseline of its window count
// and at most one open incident.
type series struct {
	counts []int64
	m, w   float64 // bias-corrected EWMA: baseline = m / max(w, wMin)
	inc    *incident
}

type typeState struct {
	series
	agents []*topk.SpaceSaving
}

func (s *series) learn(x int64, alpha float64) {
	s.m = (1-alpha)*s.m + alpha*float64(x)
	s.w = (1-alpha)*s.w + alpha
}

func (s *series) baseline(wMin float64) float64 {
	w := s.w
	if w < wMin {
		w = wMin
	}
	if w <= 0 {
		return 0
	}
	return s.m / w
}

func (s *series) window() int64 {
	var n int64
	for _, c := range s.counts {
		n += c
	}
	return n
}

// rateDue counts an event of s and reports whether its rate detector has
// anything to decide at t: the window's count reached the threshold (the
// open incident's, else the one from the baseline b), and, when an incident
// is open, its next update is due (what follows only decides an update).
func (d *Detector) rateDue(s *series, rc *RateConfig, t int64) (count int64, b float64, thr int64, ok bool) {
	if s.inc != nil {
		s.inc.total++
	}
	count = s.window()
	b = s.baseline(d.wMin)
	thr = threshold(rc, b)
	if s.inc != nil {
		thr = s.inc.threshold
	}
	ok = count >= thr && (s.inc == nil || d.updateDue(s.inc, t))
	return count, b, thr, ok
}

func threshold(rc *RateConfig, b float64) int64 {
	t := rc.Factor*b + rc.Sigmas*math.Sqrt(b)
	if t < float64(rc.MinCount) {
		t = float64(rc.MinCount)
	}
	return int64(math.Ceil(t))
}

func (d *Detector) typeState(typ string) *typeState {
	if ts, ok := d.types[typ]; ok {
		return ts
	}
	if len(d.types) >= d.cfg.ErrorRate.MaxTypes {
		typ = otherType
		if ts, ok := d.types[typ]; ok {
			return ts
		}
	}
	ts := &typeState{series: series{counts: make([]int64, d.nb)}, agents: newTopks(d.nb, 8)}
	d.types[typ] = ts
	return ts
}

func (d *Detector) sortedTypes() []string {
	return sortedKeys(d.types)
}

// effective is a type's window count without the errors of one agent that
// dominates it (agent_errors reports those), with the agent table.
func (d *Detector) effective(ts *typeState) (eff int64, dominant string, m map[string]int64) {
	count := ts.window()
	m = merged(ts.agents)
	var best int64
	for k, v := range m {
		if v > best || (v == best && k < dominant) {
			best, dominant = v, k
		}
	}
	if count > 0 && float64(best) >= d.cfg.ErrorRate.DominantShare*float64(count) {
		return count - best, dominant, m
	}
	return count, "", m
}

func (d *Detector) checkRate(ts *typeState, typ string, t int64, cursor string) {
	rc := &d.cfg.ErrorRate.RateConfig
	_, b, thr, ok := d.rateDue(&ts.series, rc, t)
	if !ok {
		return
	}
	eff, _, agents := d.effective(ts)
	if eff < thr {
		return
	}
	sev := d.severity(rc, eff, thr)
	fill := func(a *Anomaly) {
		a.ErrorType = typ
		a.DistinctAgents = len(agents)
		a.TopAgents = d.top(agents)
		a.Samples = d.samples(func(r *recentEvent) bool { return r.err && !r.sig && r.typ == typ })
		a.Summary = fmt.Sprintf("%s: %d in the last %s, usually %.1f (threshold %d)", typ, eff, d.cfg.Window, a.Baseline, a.Threshold)
	}
	if ts.inc == nil {
		ts.inc = d.open(KindErrorRate, typ, t, thr, b, sev)
		ts.inc.total = eff
		d.publish(ts.inc, StatusOpen, t, eff, cursor, fill)
		return
	}
	d.maybeUpdate(ts.inc, t, eff, sev, cursor, fill)
}

type typeSnap struct {
	Type string `json:"type"`
	seriesSnap
	Agents []topkSnap `json:"agents"`
}

func (d *Detector) snapErrorRate() []typeSnap {
	out := make([]typeSnap, 0, len(d.types))
	for _, typ := range d.sortedTypes() {
		ts := d.types[typ]
		out = append(out, typeSnap{Type: typ, seriesSnap: ts.snap(), Agents: snapTopks(ts.agents)})
	}
	return out
}

func (d *Detector) restoreErrorRate(ss []typeSnap) error {
	if len(ss) > d.cfg.ErrorRate.MaxTypes+1 {
		return fmt.Errorf("detector state: %d error types, max %d", len(ss), d.cfg.ErrorRate.MaxTypes)
	}
	d.types = make(map[string]*typeState, len(ss))
	for i := range ss {
		ts := &typeState{series: series{counts: make([]int64, d.nb)}, agents: newTopks(d.nb, 8)}
		if err := ts.restore(&ss[i].seriesSnap, d.nb, KindErrorRate); err != nil {
			return err
		}
		if err := restoreTopks(ts.agents, ss[i].Agents, "error_rate agents"); err != nil {
			return err
		}
		d.types[ss[i].Type] = ts
	}
	return nil
}
