// Package tally counts classified entries for the summaries people read:
// counts and share by error type with first and last seen, signature
// failures and how many agents they come from, and the top agents. Memory
// is bounded however many distinct agents and types arrive.
package tally

import (
	"sort"
	"time"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/internal/topk"
)

// Capacity bounds for the heavy-hitter trackers.
const (
	agentCapacity = 1000
	maxTypes      = 256 // distinct types kept; the rest count as "other"
	otherType     = "other"
)

// Type is one error type's tally.
type Type struct {
	Name        string
	Count       int64
	First, Last time.Time
}

// Agent is one agent's count (an upper bound; exact unless more distinct
// agents than the tracker holds were seen).
type Agent struct {
	AgentID string `json:"agent_id"`
	Errors  int64  `json:"errors"`
}

// Tally accumulates. The zero value is not ready: use New.
type Tally struct {
	Entries, Errors, Signature, SignatureErrors, Malformed, Truncated int64
	First, Last                                                       time.Time

	// Timeline is the errors per type and signature failures over time.
	Timeline *Timeline

	types      map[string]*Type
	agents     *topk.SpaceSaving
	sigAgents  *topk.SpaceSaving
	agentTypes *topk.SpaceSaving // agent + "\x00" + type
}

// New returns an empty tally.
func New() *Tally {
	return &Tally{types: map[string]*Type{}, agents: topk.New(agentCapacity), sigAgents: topk.New(agentCapacity),
		agentTypes: topk.New(4 * agentCapacity), Timeline: newTimeline()}
}

// Entry counts one entry read (at time t, zero when unknown).
func (t *Tally) Entry(at time.Time) {
	t.Entries++
	if at.IsZero() {
		return
	}
	if t.First.IsZero() || at.Before(t.First) {
		t.First = at
	}
	if at.After(t.Last) {
		t.Last = at
	}
	t.Timeline.extend(at)
}

// Event counts one reported event.
func (t *Tally) Event(ev *classifier.Event) {
	if ev.SignatureFailure {
		t.Signature++
		if ev.ErrorType != nil {
			t.SignatureErrors++
		}
		if ev.AgentID != "" {
			t.sigAgents.Add(ev.AgentID, 1)
		}
		if !ev.Time.IsZero() {
			t.Timeline.addSignature(ev.Time, ev.AgentID)
		}
	}
	if ev.ErrorType == nil {
		return
	}
	t.Errors++
	name := *ev.ErrorType
	ty := t.types[name]
	if ty == nil {
		if len(t.types) >= maxTypes {
			name = otherType
			ty = t.types[name]
		}
		if ty == nil {
			ty = &Type{Name: name}
			t.types[name] = ty
		}
	}
	ty.Count++
	if !ev.Time.IsZero() {
		if ty.First.IsZero() || ev.Time.Before(ty.First) {
			ty.First = ev.Time
		}
		if ev.Time.After(ty.Last) {
			ty.Last = ev.Time
		}
		t.Timeline.addError(ev.Time, name)
	}
	if ev.AgentID != "" {
		t.agents.Add(ev.AgentID, 1)
		t.agentTypes.Add(ev.AgentID+"\x00"+name, 1)
	}
}

// Types returns the error types, most frequent first (ties by name).
func (t *Tally) Types() []Type {
	out := make([]Type, 0, len(t.types))
	for _, ty := range t.types {
		out = append(out, *ty)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// ByType returns count per error type.
func (t *Tally) ByType() map[string]int64 {
	m := make(map[string]int64, len(t.types))
	for n, ty := range t.types {
		m[n] = ty.Count
	}
	return m
}

// TopAgents returns up to k agents by error count.
func (t *Tally) TopAgents(k int) []Agent {
	return toAgents(t.agents.Top(k))
}

// AgentTypes is one agent's errors split by type.
type AgentTypes struct {
	AgentID string `json:"agent_id"`
	Errors  int64  `json:"errors"`
	// ByType is the agent's errors per type (upper bounds, as Errors).
	ByType map[string]int64 `json:"by_type"`
}

// AgentsByType returns up to k agents by error count, each split by type.
func (t *Tally) AgentsByType(k int) []AgentTypes {
	top := t.TopAgents(k)
	out := make([]AgentTypes, len(top))
	for i, a := range top {
		at := AgentTypes{AgentID: a.AgentID, Errors: a.Errors, ByType: map[string]int64{}}
		for name := range t.types {
			if it, ok := t.agentTypes.Get(a.AgentID + "\x00" + name); ok {
				at.ByType[name] = int64(it.Count)
			}
		}
		out[i] = at
	}
	return out
}

// TopSignatureAgents returns up to k agents by signature-failure count.
func (t *Tally) TopSignatureAgents(k int) []Agent {
	return toAgents(t.sigAgents.Top(k))
}

// SignatureAgents is the number of distinct agents with signature failures
// (a lower bound once more than the tracker's capacity were seen).
func (t *Tally) SignatureAgents() int { return t.sigAgents.Len() }

func toAgents(items []topk.Item) []Agent {
	out := make([]Agent, len(items))
	for i, it := range items {
		out[i] = Agent{AgentID: it.Key, Errors: int64(it.Count)}
	}
	return out
}
