package anomaly

import (
	"fmt"
	"math"
)

// agent_errors: one agent making a large share of the node's errors.

func (d *Detector) agentCount(agent string) int64 {
	var c int64
	for _, s := range d.agents {
		if it, ok := s.Get(agent); ok {
			c += int64(it.Count)
		}
	}
	return c
}

func (d *Detector) totalErrors() int64 {
	var n int64
	for _, c := range d.errTotal {
		n += c
	}
	return n
}

func (d *Detector) checkAgent(agent string, t int64, cursor string) {
	ac := &d.cfg.AgentErrors
	inc := d.agentInc[agent]
	if inc != nil {
		inc.total++
	}
	c := d.agentCount(agent)
	if c < int64(ac.MinCount) {
		return
	}
	total := d.totalErrors()
	share := float64(c) / float64(total)
	if share < ac.MinShare {
		return
	}
	fill := func(a *Anomaly) {
		agents := merged(d.agents)
		a.AgentID = agent
		a.Share = math.Round(share*1000) / 1000
		a.DistinctAgents = len(agents)
		a.TopAgents = d.top(agents)
		a.Samples = d.samples(func(r *recentEvent) bool { return r.err && r.agent == agent })
		a.Summary = fmt.Sprintf("agent %s: %d of the node's %d errors in the last %s (%.0f%%)", agent, c, total, d.cfg.Window, 100*share)
	}
	if inc == nil {
		if len(d.agentInc) >= ac.MaxOpen {
			return
		}
		inc = d.open(KindAgentErrors, agent, t, int64(ac.MinCount), 0, SeverityWarning)
		inc.total = c
		d.agentInc[agent] = inc
		d.publish(inc, StatusOpen, t, c, cursor, fill)
		return
	}
	d.maybeUpdate(inc, t, c, SeverityWarning, cursor, fill)
}

type agentsSnap struct {
	ErrTotal []int64    `json:"err_total"`
	Tables   []topkSnap `json:"tables"`
	Open     []incSnap  `json:"open"`
}

func (d *Detector) snapAgents() agentsSnap {
	return agentsSnap{ErrTotal: append([]int64(nil), d.errTotal...), Tables: snapTopks(d.agents), Open: snapIncidents(d.agentInc)}
}

func (d *Detector) restoreAgents(s *agentsSnap) error {
	if len(s.ErrTotal) != d.nb {
		return fmt.Errorf("detector state: agent_errors has %d buckets, want %d", len(s.ErrTotal), d.nb)
	}
	copy(d.errTotal, s.ErrTotal)
	if err := restoreTopks(d.agents, s.Tables, "agent_errors tables"); err != nil {
		return err
	}
	var err error
	d.agentInc, err = restoreIncidents(s.Open, KindAgentErrors)
	return err
}
