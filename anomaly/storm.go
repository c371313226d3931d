package anomaly

import (
	"fmt"
	"strings"
	"time"
)

// The storm guard bounds what one kind sends to responders. Per kind (a
// detector serves one node), at most Storm.MaxOpen incidents open in any
// Storm.Window of entry time; the incidents past it are not sent, nor are
// their later messages. When the window ends, one summary message of the
// kind says how many were held back and names the first few (a flood of
// new error types becomes one "N new error types" anomaly). Updates and
// resolutions of incidents that were sent always go out: the detectors
// already bound those to one per window.

// suppressedCap bounds the incidents the guard remembers as held back;
// past it the oldest half is forgotten (their later messages would then go
// out as stray updates, which is better than unbounded memory).
const suppressedCap = 4096

type stormGuard struct {
	cfg  StormConfig
	node string
	// per kind: the current window
	kinds map[string]*stormWindow
	// incidents held back, with the order they were held back in
	held      map[string]bool
	heldOrder []string
	// coalesced counts messages held back since the last TakeCoalesced.
	coalesced map[string]int64
}

type stormWindow struct {
	Start    int64    `json:"start"` // µs; 0: no window yet
	Opens    int      `json:"opens"`
	Held     int64    `json:"held"`
	Severity string   `json:"severity,omitempty"`
	Examples []string `json:"examples,omitempty"`
	Keys     []string `json:"keys,omitempty"`
}

type stormSnap struct {
	Kinds map[string]*stormWindow `json:"kinds,omitempty"`
	Held  []string                `json:"held,omitempty"`
}

func newStormGuard(cfg StormConfig, node string) stormGuard {
	return stormGuard{cfg: cfg, node: node, kinds: map[string]*stormWindow{}, held: map[string]bool{}, coalesced: map[string]int64{}}
}

// filter passes, holds back or counts each anomaly of out, and appends the
// summaries of windows that ended by now (µs).
func (g *stormGuard) filter(out []Anomaly, now int64, d *Detector) []Anomaly {
	if !g.cfg.Enabled {
		return out
	}
	kept := out[:0]
	var sums []Anomaly
	win := g.cfg.Window.Microseconds()
	for _, a := range out {
		if a.Status != StatusOpen {
			if g.held[a.Incident] {
				g.coalesced[a.Kind]++
				if a.Status == StatusResolved {
					delete(g.held, a.Incident)
				}
				continue
			}
			kept = append(kept, a)
			continue
		}
		t := a.Time.UnixMicro()
		w := g.kinds[a.Kind]
		if w == nil {
			w = &stormWindow{}
			g.kinds[a.Kind] = w
		}
		if w.Start == 0 || t >= w.Start+win {
			if s, ok := g.summary(a.Kind, w, d); ok {
				sums = append(sums, s)
			}
			*w = stormWindow{Start: max(t, 1)}
		}
		if w.Opens < g.cfg.MaxOpen {
			w.Opens++
			kept = append(kept, a)
			continue
		}
		w.Held++
		g.coalesced[a.Kind]++
		if SeverityRank(a.Severity) > SeverityRank(w.Severity) {
			w.Severity = a.Severity
		}
		if len(w.Examples) < g.cfg.Examples {
			w.Examples = append(w.Examples, a.Summary)
			w.Keys = append(w.Keys, firstNonEmpty(a.ErrorType, a.AgentID, a.Reason, a.Kind))
		}
		if a.Kind != KindNewErrorType { // one message per new type: nothing follows
			g.hold(a.Incident)
		}
	}
	// Windows that ended with nothing opened after them.
	for _, k := range sortedKeys(g.kinds) {
		w := g.kinds[k]
		if w.Start != 0 && now >= w.Start+win {
			if s, ok := g.summary(k, w, d); ok {
				sums = append(sums, s)
			}
			delete(g.kinds, k)
		}
	}
	return append(kept, sums...)
}

func (g *stormGuard) hold(id string) {
	if len(g.held) >= suppressedCap {
		drop := g.heldOrder[:len(g.heldOrder)/2]
		for _, x := range drop {
			delete(g.held, x)
		}
		g.heldOrder = append([]string(nil), g.heldOrder[len(drop):]...)
	}
	g.held[id] = true
	g.heldOrder = append(g.heldOrder, id)
}

// summary is the one message of a window that held some back.
func (g *stormGuard) summary(kind string, w *stormWindow, d *Detector) (Anomaly, bool) {
	if w.Held == 0 {
		return Anomaly{}, false
	}
	win := g.cfg.Window.Microseconds()
	end := w.Start + win
	id := incidentID(g.node, kind, "storm", w.Start)
	start, stop := time.UnixMicro(w.Start).UTC(), time.UnixMicro(end).UTC()
	what := fmt.Sprintf("%d more %s anomalies", w.Held, kind)
	if kind == KindNewErrorType {
		what = fmt.Sprintf("%d new error types", w.Held)
	}
	a := Anomaly{
		ID: messageID(id, 0), Kind: kind, Severity: w.Severity, Node: g.node, Unit: d.unit,
		Window: Window{Start: start, End: stop}, Count: w.Held, Threshold: int64(g.cfg.MaxOpen),
		TopAgents: []AgentCount{}, Samples: append([]string{}, w.Examples...),
		Runbook: d.runbook(kind, ""), PatternsVersion: d.patternsVersion,
		Incident: id, Status: StatusOpen, Time: stop, Started: start, Total: w.Held,
		Coalesced: w.Held,
		Summary: fmt.Sprintf("storm guard: %s in %s past the %d allowed were not sent one by one (first: %s)",
			what, g.cfg.Window, g.cfg.MaxOpen, strings.Join(w.Keys, ", ")),
	}
	if a.Severity == "" {
		a.Severity = SeverityWarning
	}
	return a, true
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// TakeCoalesced returns, per kind, the messages the storm guard held back
// since the last call (for stemewatch_anomalies_coalesced_total).
func (d *Detector) TakeCoalesced() map[string]int64 {
	if len(d.storm.coalesced) == 0 {
		return nil
	}
	c := d.storm.coalesced
	d.storm.coalesced = map[string]int64{}
	return c
}

func (g *stormGuard) snapshot() stormSnap {
	s := stormSnap{Kinds: g.kinds}
	for _, id := range g.heldOrder {
		if g.held[id] {
			s.Held = append(s.Held, id)
		}
	}
	return s
}

func (g *stormGuard) restore(s *stormSnap) error {
	g.kinds = map[string]*stormWindow{}
	for k, w := range s.Kinds {
		if !validKind(k) || w == nil {
			return fmt.Errorf("detector state: storm guard: bad kind %q", k)
		}
		g.kinds[k] = w
	}
	g.held, g.heldOrder = map[string]bool{}, nil
	for _, id := range s.Held {
		g.held[id] = true
		g.heldOrder = append(g.heldOrder, id)
	}
	return nil
}
