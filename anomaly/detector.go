package anomaly

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"time"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/internal/topk"
	"github.com/stemedb/stemewatch/redact"
	"github.com/stemedb/stemewatch/sidecar/feed"
)

// otherType collects the error types past ErrorRate.MaxTypes.
const otherType = "other"

// recentCap is how many recent events are kept to draw samples from, and
// messageCap how much of each message is kept.
const (
	recentCap  = 256
	messageCap = 8 << 10
)

// Detector runs every detector over the events of one node and unit. It is
// not safe for concurrent use: one goroutine feeds it in journal order.
//
// Feed it every error or signature-failure event with Observe, every gap
// with Gap, and after each batch call Advance with the batch's last entry
// time, so incidents close and coalesced updates go out even when no
// further error arrives. All three return the anomalies to publish, in
// order (nil when none).
type Detector struct {
	cfg             Config
	node, unit      string
	patternsVersion string

	nb        int     // buckets per window
	res       int64   // bucket length, µs
	alpha     float64 // baseline weight of one bucket
	wMin      float64 // baseline weight of the warm-up span
	idleLimit int64   // buckets of silence after which baselines restart

	started    bool
	now        int64 // latest entry time seen, µs
	cur        int64 // current bucket index (now / res)
	lastActive int64 // bucket of the latest event

	known      map[string]bool
	knownDirty bool

	types    map[string]*typeState
	sig      series
	sigAg    []*topk.SpaceSaving
	errTotal []int64
	agents   []*topk.SpaceSaving
	agentInc map[string]*incident
	dataInc  map[string]*incident
	gapInc   map[string]*incident
	dataType map[string]bool

	recent []recentEvent
	rpos   int
	out    []Anomaly
	storm  stormGuard
}

// incident is one open anomaly and what its next message needs.
type incident struct {
	kind, key string
	id        string
	start     int64
	seq       int
	lastPub   int64
	lastCount int64
	total     int64
	threshold int64
	severity  string
	scope     string
	baseline  float64
	pending   int64 // events coalesced since the last message
	pendingN  int64 // gaps coalesced since the last message
}

type recentEvent struct {
	t        int64
	typ      string
	agent    string
	msg      string
	cursor   string
	err, sig bool
}

// New returns a detector for node and unit. known are the error types
// already announced on this node (persisted in the state directory); the
// five runbook types and Unclassified are always known. patternsVersion is
// carried in every anomaly. cfg must have passed Validate.
func New(cfg Config, node, unit string, known []string, patternsVersion string) *Detector {
	nb := cfg.Buckets
	res := cfg.Window.Microseconds() / int64(nb)
	if res < 1 {
		res = 1
	}
	d := &Detector{
		cfg: cfg, node: node, unit: unit, patternsVersion: patternsVersion,
		nb: nb, res: res,
		alpha:    float64(res) / float64(cfg.BaselineSpan.Microseconds()),
		known:    make(map[string]bool),
		types:    make(map[string]*typeState),
		sigAg:    newTopks(nb, cfg.SignatureFailures.TopK),
		errTotal: make([]int64, nb),
		agents:   newTopks(nb, cfg.AgentErrors.TopK),
		agentInc: make(map[string]*incident),
		dataInc:  make(map[string]*incident),
		gapInc:   make(map[string]*incident),
		dataType: make(map[string]bool),
		recent:   make([]recentEvent, 0, recentCap),
		storm:    newStormGuard(cfg.Storm, node),
	}
	if d.alpha > 1 {
		d.alpha = 1
	}
	d.wMin = 1 - math.Pow(1-d.alpha, float64(cfg.Warmup.Microseconds())/float64(res))
	d.idleLimit = (3*cfg.BaselineSpan.Microseconds() + cfg.Window.Microseconds()) / res
	d.sig.counts = make([]int64, nb)
	for _, t := range classifier.RunbookTypes {
		d.known[t] = true
	}
	d.known[classifier.Unclassified] = true
	for _, t := range known {
		if t != "" && len(d.known) < cfg.NewErrorType.MaxKnown {
			d.known[t] = true
		}
	}
	for _, t := range cfg.DataCorruption.Types {
		d.dataType[t] = true
	}
	return d
}

func newTopks(n, k int) []*topk.SpaceSaving {
	s := make([]*topk.SpaceSaving, n)
	for i := range s {
		s[i] = topk.New(k)
	}
	return s
}

// Observe feeds one error or signature-failure event and returns the
// anomalies it completes.
func (d *Detector) Observe(ev *classifier.Event) []Anomaly {
	t := d.now
	if !ev.Time.IsZero() {
		t = ev.Time.UnixMicro()
	}
	d.advance(t)
	t = d.now
	d.lastActive = d.cur
	slot := d.slot(d.cur)
	isErr := ev.ErrorType != nil
	typ := ev.Type()
	d.remember(recentEvent{t: t, typ: typ, agent: ev.AgentID, msg: ev.Message, cursor: ev.Cursor, err: isErr, sig: ev.SignatureFailure})

	if isErr {
		if typ == "" {
			typ = classifier.Unclassified
		}
		d.newType(typ, t, ev)
		d.errTotal[slot]++
		if ev.AgentID != "" {
			d.agents[slot].Add(ev.AgentID, 1)
		}
		if d.cfg.ErrorRate.Enabled && !ev.SignatureFailure {
			ts := d.typeState(typ)
			ts.counts[slot]++
			if ev.AgentID != "" {
				ts.agents[slot].Add(ev.AgentID, 1)
			}
			d.checkRate(ts, typ, t, ev.Cursor)
		}
		if d.cfg.DataCorruption.Enabled && d.dataType[typ] {
			d.point(d.dataInc, KindDataCorruption, typ, t, 1, 1, d.cfg.DataCorruption.Cooldown, ev.Cursor)
		}
		if d.cfg.AgentErrors.Enabled && ev.AgentID != "" {
			d.checkAgent(ev.AgentID, t, ev.Cursor)
		}
	}
	if ev.SignatureFailure && d.cfg.SignatureFailures.Enabled {
		d.sig.counts[slot]++
		if ev.AgentID != "" {
			d.sigAg[slot].Add(ev.AgentID, 1)
		}
		d.checkSig(t, ev.Cursor)
	}
	return d.take()
}

// Advance moves entry time to tUS (µs since the epoch) without an event:
// incidents whose window has gone quiet resolve, coalesced repeats go out.
func (d *Detector) Advance(tUS int64) []Anomaly {
	d.advance(tUS)
	return d.take()
}

// Gap reports entries lost before they were read.
func (d *Detector) Gap(g feed.Gap) []Anomaly {
	t := g.RealtimeUS
	if t <= 0 {
		t = d.now
	}
	d.advance(t)
	if d.cfg.JournalGap.Enabled {
		reason := g.Reason
		if reason == "" {
			reason = "unknown"
		}
		d.point(d.gapInc, KindJournalGap, reason, d.now, g.Lost, 1, d.cfg.JournalGap.Cooldown, g.AfterCursor)
	}
	return d.take()
}

func (d *Detector) take() []Anomaly {
	d.out = d.storm.filter(d.out, d.now, d)
	if len(d.out) == 0 {
		return nil
	}
	out := d.out
	d.out = nil
	return out
}

func (d *Detector) slot(idx int64) int { return int(idx % int64(d.nb)) }

// advance moves the clock to t, closing every bucket boundary passed.
// Entry time that goes backwards counts in the current bucket.
func (d *Detector) advance(t int64) {
	if t < 0 {
		t = 0
	}
	if !d.started {
		d.started = true
		d.now = t
		d.cur = t / d.res
		d.lastActive = d.cur
		return
	}
	if t <= d.now {
		return
	}
	d.now = t
	idx := t / d.res
	for d.cur < idx {
		d.closeBucket((d.cur + 1) * d.res)
		d.cur++
		d.clearSlot(d.slot(d.cur))
		if d.cur-d.lastActive > d.idleLimit {
			// A long silence: every window is empty and baselines have
			// decayed away. Start afresh at t rather than step through it.
			d.restart()
			d.cur = idx
			d.lastActive = idx
		}
	}
}

// restart forgets baselines and counts after a long silence. Point
// incidents were closed by their cooldowns long before.
func (d *Detector) restart() {
	for i := 0; i < d.nb; i++ {
		d.clearSlot(i)
	}
	for _, ts := range d.types {
		ts.m, ts.w = 0, 0
	}
	d.sig.m, d.sig.w = 0, 0
}

func (d *Detector) clearSlot(s int) {
	for _, ts := range d.types {
		ts.counts[s] = 0
		ts.agents[s].Reset()
	}
	d.sig.counts[s] = 0
	d.sigAg[s].Reset()
	d.errTotal[s] = 0
	d.agents[s].Reset()
}

// closeBucket ends bucket d.cur at boundary time end (µs): baselines take
// its count, incidents whose window fell quiet resolve, and coalesced
// repeats whose cooldown ended go out.
func (d *Detector) closeBucket(end int64) {
	s := d.slot(d.cur)
	for _, typ := range d.sortedTypes() {
		ts := d.types[typ]
		if ts.inc == nil {
			ts.learn(ts.counts[s]*int64(d.nb), d.alpha)
			continue
		}
		eff, _, _ := d.effective(ts)
		if float64(eff) < d.cfg.ErrorRate.CloseRatio*float64(ts.inc.threshold) {
			d.resolve(ts.inc, end, func(a *Anomaly) { a.ErrorType = typ })
			ts.inc = nil
		}
	}
	if d.sig.inc == nil {
		d.sig.learn(d.sig.counts[s]*int64(d.nb), d.alpha)
	} else if float64(d.sig.window()) < d.cfg.SignatureFailures.CloseRatio*float64(d.sig.inc.threshold) {
		scope := d.sig.inc.scope
		d.resolve(d.sig.inc, end, func(a *Anomaly) {
			a.ErrorType = classifier.AuthenticationError
			a.Scope = scope
		})
		d.sig.inc = nil
	}
	if len(d.agentInc) > 0 {
		total := d.totalErrors()
		ac := d.cfg.AgentErrors
		for _, agent := range sortedKeys(d.agentInc) {
			inc := d.agentInc[agent]
			c := d.agentCount(agent)
			share := 0.0
			if total > 0 {
				share = float64(c) / float64(total)
			}
			if float64(c) < ac.CloseRatio*float64(ac.MinCount) || share < ac.CloseRatio*ac.MinShare {
				d.resolve(inc, end, func(a *Anomaly) { a.AgentID = agent })
				delete(d.agentInc, agent)
			}
		}
	}
	d.closePoints(d.dataInc, d.cfg.DataCorruption.Cooldown, end)
	d.closePoints(d.gapInc, d.cfg.JournalGap.Cooldown, end)
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// merged sums Space-Saving tables over the window: agent → count.
func merged(sk []*topk.SpaceSaving) map[string]int64 {
	m := make(map[string]int64)
	for _, s := range sk {
		for _, it := range s.Top(-1) {
			m[it.Key] += int64(it.Count)
		}
	}
	return m
}

func (d *Detector) top(m map[string]int64) []AgentCount {
	out := make([]AgentCount, 0, len(m))
	for k, v := range m {
		out = append(out, AgentCount{AgentID: k, Count: v})
	}
	slices.SortFunc(out, func(a, b AgentCount) int {
		if a.Count != b.Count {
			if a.Count > b.Count {
				return -1
			}
			return 1
		}
		if a.AgentID < b.AgentID {
			return -1
		}
		if a.AgentID > b.AgentID {
			return 1
		}
		return 0
	})
	if len(out) > d.cfg.TopAgents {
		out = out[:d.cfg.TopAgents]
	}
	return out
}

func (d *Detector) severity(rc *RateConfig, count, thr int64) string {
	if float64(count) >= rc.CriticalFactor*float64(thr) {
		return SeverityCritical
	}
	return SeverityWarning
}

func (d *Detector) windowStart() int64 { return (d.cur - int64(d.nb) + 1) * d.res }

func (d *Detector) open(kind, key string, t, thr int64, b float64, sev string) *incident {
	return &incident{
		kind: kind, key: key, start: t,
		id:        incidentID(d.node, kind, key, t),
		threshold: thr, baseline: b, severity: sev,
	}
}

// updateDue reports whether an open incident may send an update at t: at
// most one per window. During an error storm every event reaches its
// detector with the incident open; checking this first spares them
// merging the window's agent tables for an update that cannot go out.
func (d *Detector) updateDue(inc *incident, t int64) bool {
	return t-inc.lastPub >= d.cfg.Window.Microseconds()
}

// maybeUpdate sends an update when the incident grew to twice its last
// reported count, or its severity rose, at most once per window.
func (d *Detector) maybeUpdate(inc *incident, t, count int64, sev, cursor string, fill func(*Anomaly)) {
	if !d.updateDue(inc, t) {
		return
	}
	up := SeverityRank(sev) > SeverityRank(inc.severity)
	if count < 2*inc.lastCount && !up {
		return
	}
	if up {
		inc.severity = sev
	}
	d.publish(inc, StatusUpdate, t, count, cursor, fill)
}

func (d *Detector) resolve(inc *incident, end int64, fill func(*Anomaly)) {
	total := inc.total
	d.publish(inc, StatusResolved, end, total, "", func(a *Anomaly) {
		fill(a)
		a.Window = Window{Start: time.UnixMicro(inc.start).UTC(), End: time.UnixMicro(end).UTC()}
		a.TopAgents = []AgentCount{}
		a.Samples = []string{}
		a.Summary = fmt.Sprintf("resolved after %s: %d events in all", time.Duration(end-inc.start)*time.Microsecond, total)
	})
}

// publish builds message inc.seq of an incident and queues it.
func (d *Detector) publish(inc *incident, status string, t, count int64, cursor string, fill func(*Anomaly)) {
	a := Anomaly{
		ID:              messageID(inc.id, inc.seq),
		Kind:            inc.kind,
		Severity:        inc.severity,
		Node:            d.node,
		Unit:            d.unit,
		Window:          Window{Start: time.UnixMicro(d.windowStart()).UTC(), End: time.UnixMicro(t).UTC()},
		Count:           count,
		Threshold:       inc.threshold,
		TopAgents:       []AgentCount{},
		Samples:         []string{},
		Runbook:         "",
		PatternsVersion: d.patternsVersion,
		Incident:        inc.id,
		Status:          status,
		Seq:             inc.seq,
		Time:            time.UnixMicro(t).UTC(),
		Started:         time.UnixMicro(inc.start).UTC(),
		Baseline:        math.Round(inc.baseline*100) / 100,
		Total:           inc.total,
		Cursor:          cursor,
	}
	fill(&a)
	a.Runbook = d.runbook(a.Kind, a.ErrorType)
	inc.seq++
	inc.lastPub = t
	if status != StatusResolved {
		inc.lastCount = count
	}
	d.out = append(d.out, a)
}

func (d *Detector) remember(r recentEvent) {
	if len(r.msg) > messageCap {
		r.msg = r.msg[:messageCap]
	}
	if len(d.recent) < recentCap {
		d.recent = append(d.recent, r)
		return
	}
	d.recent[d.rpos] = r
	d.rpos = (d.rpos + 1) % recentCap
}

// samples returns up to MaxSamples recent messages that match, newest
// first, made safe to send.
func (d *Detector) samples(match func(*recentEvent) bool) []string {
	out := []string{}
	n := len(d.recent)
	for i := 0; i < n && len(out) < d.cfg.MaxSamples; i++ {
		// Newest first: the slot before rpos, walking back.
		j := (d.rpos - 1 - i + 2*n) % n
		if len(d.recent) < recentCap {
			j = n - 1 - i
		}
		r := &d.recent[j]
		if match(r) {
			out = append(out, redact.Sample(r.msg, d.cfg.SampleBytes))
		}
	}
	return out
}
