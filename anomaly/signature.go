package anomaly

import (
	"fmt"

	"github.com/stemedb/stemewatch/classifier"
)

// signature_failures: a burst of signature failures, widespread or concentrated.

func (d *Detector) checkSig(t int64, cursor string) {
	rc := &d.cfg.SignatureFailures.RateConfig
	s := &d.sig
	count, b, thr, ok := d.rateDue(s, rc, t)
	if !ok {
		return
	}
	agents := merged(d.sigAg)
	scope := ScopeConcentrated
	if n := len(agents); n >= d.cfg.SignatureFailures.WidespreadMinAgents && float64(n) >= d.cfg.SignatureFailures.WidespreadRatio*float64(count) {
		scope = ScopeWidespread
	}
	sev := d.severity(rc, count, thr)
	fill := func(a *Anomaly) {
		a.ErrorType = classifier.AuthenticationError
		a.Scope = scope
		a.DistinctAgents = len(agents)
		a.TopAgents = d.top(agents)
		a.Samples = d.samples(func(r *recentEvent) bool { return r.sig })
		hint := "few agents: suspect a client fault or abuse"
		if scope == ScopeWidespread {
			hint = "many agents: suspect server clock skew"
		}
		a.Summary = fmt.Sprintf("signature failures: %d in the last %s from %d agents, usually %.1f (%s)", count, d.cfg.Window, len(agents), a.Baseline, hint)
	}
	if s.inc == nil {
		s.inc = d.open(KindSignatureFailures, "", t, thr, b, sev)
		s.inc.total = count
		s.inc.scope = scope
		d.publish(s.inc, StatusOpen, t, count, cursor, fill)
		return
	}
	if scope != s.inc.scope {
		s.inc.scope = scope
		s.inc.lastCount = count
		if SeverityRank(sev) > SeverityRank(s.inc.severity) {
			s.inc.severity = sev
		}
		d.publish(s.inc, StatusUpdate, t, count, cursor, fill)
		return
	}
	d.maybeUpdate(s.inc, t, count, sev, cursor, fill)
}

type sigSnap struct {
	seriesSnap
	Agents []topkSnap `json:"agents"`
}

func (d *Detector) snapSignature() sigSnap {
	return sigSnap{seriesSnap: d.sig.snap(), Agents: snapTopks(d.sigAg)}
}

func (d *Detector) restoreSignature(s *sigSnap) error {
	if err := d.sig.restore(&s.seriesSnap, d.nb, KindSignatureFailures); err != nil {
		return err
	}
	return restoreTopks(d.sigAg, s.Agents, "signature_failures agents")
}
