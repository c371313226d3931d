// Package evidence gathers, on the node and at the moment an incident
// opens, what the runbook would have the responder check next: the kernel's
// clock discipline for signature failures, a TCP connect to each peer the
// network or timeout errors name, the data directories' file systems for
// storage errors and data corruption, and the agent's requests as
// stemedb-api counts them for agent_errors.
//
// A Gatherer runs the kinds an anomaly calls for concurrently within one
// total bound; what is not back by then is left out and the evidence says
// so. Every failure to gather is itself evidence ("metrics endpoint
// unreachable: ..."), never an error of the sidecar. Everything it returns
// is redacted.
package evidence

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/VictoriaMetrics/metrics"

	"github.com/stemedb/stemewatch/anomaly"
	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/redact"
)

// The evidence kinds, also their JSON names and their [evidence] switches.
const (
	KindClock         = "clock"
	KindPeers         = "peers"
	KindFilesystems   = "filesystems"
	KindAgentRequests = "agent_requests"
)

// Kinds lists every kind, in payload order.
var Kinds = [...]string{KindClock, KindPeers, KindFilesystems, KindAgentRequests}

// MaxPeers is how many peers one incident probes at most.
const MaxPeers = 8

// maxIncidents bounds how many incidents the Gatherer remembers the last
// gathering of (the oldest is forgotten first).
const maxIncidents = 4096

// Gatherer attaches evidence to anomalies. Make it with New; a nil
// *Gatherer does nothing, so callers need no switch. Observe and Attach are
// called from one goroutine (the anomaly sink); the gathering itself runs
// on its own goroutines.
type Gatherer struct {
	cfg    Config
	client *http.Client
	// adjtimex reads the kernel clock state; a field so a test can fake a
	// clock the machine does not have.
	adjtimex func() (clockState, error)
	// mountinfo is the path of the mount table.
	mountinfo string

	peers *tracker

	mu   sync.Mutex
	last map[string]gathering // incident -> its last gathering

	// stuck counts, per kind, runs still going after their bound: while
	// one is (a statfs on a hung NFS mount), that kind is not started again.
	stuck [len(Kinds)]atomic.Int32

	// set, when not nil, counts gatherings by kind and verdict.
	set *metrics.Set
}

// SetMetrics makes g count, in set, each kind gathered by verdict
// (stemewatch_evidence_gathered_total{kind,verdict}) and each kind too late
// for its anomaly (stemewatch_evidence_late_total{kind}).
func (g *Gatherer) SetMetrics(set *metrics.Set) {
	if g == nil || set == nil {
		return
	}
	g.set = set
	for _, k := range Kinds {
		set.GetOrCreateCounter(`stemewatch_evidence_late_total{kind="` + k + `"}`)
	}
}

// count records one gathering's items (verdicts are a closed set).
func (g *Gatherer) count(ev *anomaly.Evidence) {
	if g.set == nil {
		return
	}
	inc := func(kind, verdict string) {
		g.set.GetOrCreateCounter(`stemewatch_evidence_gathered_total{kind="` + kind + `",verdict="` + verdict + `"}`).Inc()
	}
	if ev.Clock != nil {
		inc(KindClock, ev.Clock.Verdict)
	}
	if ev.Peers != nil {
		inc(KindPeers, ev.Peers.Verdict)
	}
	if ev.Filesystems != nil {
		inc(KindFilesystems, ev.Filesystems.Verdict)
	}
	if ev.AgentRequests != nil {
		inc(KindAgentRequests, ev.AgentRequests.Verdict)
	}
	for _, k := range ev.Late {
		g.set.GetOrCreateCounter(`stemewatch_evidence_late_total{kind="` + k + `"}`).Inc()
	}
}

// gathering is when an incident's evidence was last gathered: entry time
// and wall clock.
type gathering struct {
	entry, wall time.Time
}

// New returns a Gatherer for cfg, which must be valid (Config.Validate).
func New(cfg Config) *Gatherer {
	return &Gatherer{
		cfg:       cfg,
		client:    &http.Client{Transport: &http.Transport{Proxy: nil, DisableKeepAlives: true}},
		adjtimex:  readAdjtimex,
		mountinfo: "/proc/self/mountinfo",
		peers:     newTracker(),
		last:      map[string]gathering{},
	}
}

// Observe notes the peers an error names (network and timeout errors), so
// an incident can probe the peers of its own errors. Cheap; no I/O.
func (g *Gatherer) Observe(ev *classifier.Event) {
	if g == nil || !g.cfg.Peers || ev == nil {
		return
	}
	switch t := ev.Type(); t {
	case classifier.NetworkError, classifier.TimeoutError:
		g.peers.observe(t, ev.Message, ev.Time)
	}
}

// kindIndex is the index of a kind in Kinds.
func kindIndex(k string) int {
	for i, x := range Kinds {
		if x == k {
			return i
		}
	}
	panic("evidence: unknown kind " + k)
}

// kindsFor lists the enabled kinds an anomaly calls for.
func (g *Gatherer) kindsFor(a *anomaly.Anomaly) []string {
	var ks []string
	if g.cfg.Clock && a.Kind == anomaly.KindSignatureFailures {
		ks = append(ks, KindClock)
	}
	if g.cfg.Peers && (a.ErrorType == classifier.NetworkError || a.ErrorType == classifier.TimeoutError) &&
		a.Kind != anomaly.KindJournalGap {
		ks = append(ks, KindPeers)
	}
	if g.cfg.Filesystems && (a.ErrorType == classifier.StorageError || a.Kind == anomaly.KindDataCorruption) {
		ks = append(ks, KindFilesystems)
	}
	if g.cfg.AgentRequests && a.Kind == anomaly.KindAgentErrors && a.AgentID != "" {
		ks = append(ks, KindAgentRequests)
	}
	return ks
}

// due reports whether a's evidence is to be gathered now: always when the
// incident opens; on an update only when the last gathering is at least
// one window old in entry time and on the wall clock (so neither a replay
// nor a live burst runs it more often than once per window); never on the
// resolution, which forgets the incident.
func (g *Gatherer) due(a *anomaly.Anomaly, now time.Time) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if a.Status == anomaly.StatusResolved {
		delete(g.last, a.Incident)
		return false
	}
	last, seen := g.last[a.Incident]
	if seen && a.Status != anomaly.StatusOpen {
		w := a.Window.End.Sub(a.Window.Start)
		if w < time.Second {
			w = time.Second
		}
		if a.Time.Sub(last.entry) < w || now.Sub(last.wall) < w {
			return false
		}
	}
	if !seen && len(g.last) >= maxIncidents {
		g.forgetOldest()
	}
	g.last[a.Incident] = gathering{entry: a.Time, wall: now}
	return true
}

func (g *Gatherer) forgetOldest() {
	var oldest string
	var t time.Time
	for id, l := range g.last {
		if oldest == "" || l.wall.Before(t) {
			oldest, t = id, l.wall
		}
	}
	delete(g.last, oldest)
}

// result is one kind's answer for one anomaly.
type result struct {
	job  int
	kind string
	fill func(*anomaly.Evidence)
}

// job is one anomaly to gather for.
type job struct {
	idx   int
	kinds []string
	peers []peerCount
}

// Attach gathers the evidence of every anomaly in as that calls for some
// and sets its Evidence. It returns within the bound ([evidence] timeout)
// whatever the probes do: a kind not back by then is listed in Late and
// the anomaly goes without it. Only Evidence is written.
func (g *Gatherer) Attach(ctx context.Context, as []anomaly.Anomaly) {
	if g == nil || len(as) == 0 {
		return
	}
	start := time.Now()
	var jobs []job
	for i := range as {
		a := &as[i]
		ks := g.kindsFor(a)
		if len(ks) == 0 || !g.due(a, start) {
			continue
		}
		j := job{idx: i, kinds: ks}
		if contains(ks, KindPeers) {
			since := a.Started.Add(-a.Window.End.Sub(a.Window.Start))
			j.peers = g.peers.named(a.ErrorType, since, MaxPeers)
		}
		jobs = append(jobs, j)
	}
	if len(jobs) == 0 {
		return
	}
	// The kinds get 9/10 of the bound for their own timeouts, so a probe
	// that times out is still reported as such before the hard cut.
	hard := g.cfg.Timeout
	kctx, cancel := context.WithTimeout(ctx, hard-hard/10)
	defer cancel()
	n := 0
	for _, j := range jobs {
		n += len(j.kinds)
	}
	results := make(chan result, n) // buffered: a late kind never blocks
	pending := make([]map[string]bool, len(jobs))
	for ji, j := range jobs {
		pending[ji] = map[string]bool{}
		a := as[j.idx]
		for _, k := range j.kinds {
			pending[ji][k] = true
			go g.run(kctx, ji, k, &a, j.peers, results)
		}
	}
	evs := make([]*anomaly.Evidence, len(jobs))
	for ji := range jobs {
		evs[ji] = &anomaly.Evidence{GatheredAt: start.UTC()}
	}
	timer := time.NewTimer(hard)
	defer timer.Stop()
	for got := 0; got < n; got++ {
		select {
		case r := <-results:
			r.fill(evs[r.job])
			delete(pending[r.job], r.kind)
			continue
		case <-timer.C:
		}
		break
	}
	took := time.Since(start)
	for ji, j := range jobs {
		ev := evs[ji]
		ev.TookMS = ms(took)
		for _, k := range Kinds {
			if pending[ji][k] {
				ev.Late = append(ev.Late, k)
			}
		}
		switch {
		case len(ev.Late) == 0:
			ev.Status = anomaly.EvidenceComplete
		case len(ev.Late) == len(j.kinds):
			ev.Status = anomaly.EvidenceLate
		default:
			ev.Status = anomaly.EvidencePartial
		}
		redactEvidence(ev)
		g.count(ev)
		as[j.idx].Evidence = ev
	}
}

// run gathers one kind for one anomaly and sends its result. A run that
// outlives the bound is counted as stuck until it returns; while a kind has
// one stuck, new runs of it report that instead of piling up.
func (g *Gatherer) run(ctx context.Context, ji int, kind string, a *anomaly.Anomaly, peers []peerCount, out chan<- result) {
	ki := kindIndex(kind)
	if n := g.stuck[ki].Load(); n > 0 {
		why := fmt.Sprintf("a previous %s check is still blocked (%d running past the bound)", kind, n)
		out <- result{job: ji, kind: kind, fill: unavailable(kind, why)}
		return
	}
	done := make(chan struct{})
	defer close(done)
	go func() {
		select {
		case <-done:
		case <-time.After(g.cfg.Timeout):
			g.stuck[ki].Add(1)
			<-done
			g.stuck[ki].Add(-1)
		}
	}()
	var fill func(*anomaly.Evidence)
	switch kind {
	case KindClock:
		c := g.clock()
		fill = func(e *anomaly.Evidence) { e.Clock = c }
	case KindPeers:
		p := g.probePeers(ctx, peers)
		fill = func(e *anomaly.Evidence) { e.Peers = p }
	case KindFilesystems:
		f := g.filesystems()
		fill = func(e *anomaly.Evidence) { e.Filesystems = f }
	case KindAgentRequests:
		r := g.agentRequests(ctx, a.AgentID)
		fill = func(e *anomaly.Evidence) { e.AgentRequests = r }
	}
	out <- result{job: ji, kind: kind, fill: fill}
}

// unavailable is a kind's evidence when it could not be gathered at all.
func unavailable(kind, why string) func(*anomaly.Evidence) {
	s := kind + " unavailable: " + why
	switch kind {
	case KindClock:
		return func(e *anomaly.Evidence) {
			e.Clock = &anomaly.ClockEvidence{Verdict: anomaly.VerdictUnavailable, Summary: s, Error: why}
		}
	case KindPeers:
		return func(e *anomaly.Evidence) {
			e.Peers = &anomaly.PeersEvidence{Verdict: anomaly.VerdictUnavailable, Summary: s}
		}
	case KindFilesystems:
		return func(e *anomaly.Evidence) {
			e.Filesystems = &anomaly.FilesystemsEvidence{Verdict: anomaly.VerdictUnavailable, Summary: s}
		}
	default:
		return func(e *anomaly.Evidence) {
			e.AgentRequests = &anomaly.AgentRequestsEvidence{Verdict: anomaly.VerdictUnavailable, Summary: s, Error: why}
		}
	}
}

// redactEvidence masks secrets in every text an item carries.
func redactEvidence(e *anomaly.Evidence) {
	if c := e.Clock; c != nil {
		c.Summary, c.Error = redact.String(c.Summary), redact.String(c.Error)
	}
	if p := e.Peers; p != nil {
		p.Summary = redact.String(p.Summary)
		for i := range p.Probes {
			p.Probes[i].Peer = redact.String(p.Probes[i].Peer)
			p.Probes[i].Error = redact.String(p.Probes[i].Error)
		}
	}
	if f := e.Filesystems; f != nil {
		f.Summary = redact.String(f.Summary)
		for i := range f.Dirs {
			d := &f.Dirs[i]
			d.Dir, d.Device, d.MountPoint, d.Error = redact.String(d.Dir), redact.String(d.Device),
				redact.String(d.MountPoint), redact.String(d.Error)
		}
	}
	if r := e.AgentRequests; r != nil {
		r.Summary, r.Error = redact.String(r.Summary), redact.String(r.Error)
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// ms is d in milliseconds, rounded to the microsecond.
func ms(d time.Duration) float64 {
	return float64(d.Microseconds()) / 1000
}
