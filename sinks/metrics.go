package sinks

import (
	"context"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/VictoriaMetrics/metrics"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/internal/topk"
)

// Metric names of SPEC.md's table.
const (
	MetricErrorsByType      = "stemedb_error_count_by_type"
	MetricSignatureFailures = "stemedb_signature_failures_total"
	MetricErrorsByAgent     = "stemedb_errors_by_agent_total"
)

// OtherLabel is the label value that collects what falls outside the bounds.
const OtherLabel = "other"

// Defaults of MetricsOptions.
const (
	DefaultMaxErrorTypes = 64
	DefaultMaxAgents     = 100
	// maxLabelBytes caps a label value taken from a message (agent ids,
	// discovered type names), so hostile input cannot make series huge.
	maxLabelBytes = 128
)

// MetricsOptions bound the label sets.
type MetricsOptions struct {
	// MaxErrorTypes caps the distinct error_type values (the five runbook
	// types and Unclassified included); further types count as "other".
	MaxErrorTypes int
	// MaxAgents caps the agent_id series; the remaining agents count as
	// "other".
	MaxAgents int
	// TrackedAgents is the Space-Saving table size used to find the top
	// agents; default 10 × MaxAgents (at least 1000).
	TrackedAgents int
}

// Metrics is the Prometheus sink: it counts errors by type, signature
// failures, and errors by agent for the heaviest agents, in a metrics.Set it
// is given. It is safe for concurrent use.
type Metrics struct {
	set *metrics.Set
	opt MetricsOptions
	sig *metrics.Counter

	mu         sync.Mutex
	types      map[string]*metrics.Counter
	otherType  *metrics.Counter
	agents     *topk.SpaceSaving
	exported   map[string]*agentSeries
	otherAgent *metrics.Counter
}

type agentSeries struct {
	name string // full metric name, for unregistering
	c    *metrics.Counter
}

// NewMetrics registers the error metrics in set. The five runbook types and
// Unclassified are exported at 0 at once, so rate() and "new error type"
// alerts work from the first scrape.
func NewMetrics(set *metrics.Set, opt MetricsOptions) *Metrics {
	if opt.MaxErrorTypes <= 0 {
		opt.MaxErrorTypes = DefaultMaxErrorTypes
	}
	if opt.MaxAgents <= 0 {
		opt.MaxAgents = DefaultMaxAgents
	}
	if opt.TrackedAgents < opt.MaxAgents {
		opt.TrackedAgents = max(10*opt.MaxAgents, 1000)
	}
	m := &Metrics{
		set:      set,
		opt:      opt,
		sig:      set.GetOrCreateCounter(MetricSignatureFailures),
		types:    make(map[string]*metrics.Counter, 8),
		agents:   topk.New(opt.TrackedAgents),
		exported: make(map[string]*agentSeries, opt.MaxAgents),
	}
	for _, t := range classifier.RunbookTypes {
		m.typeCounter(t)
	}
	m.typeCounter(classifier.Unclassified)
	return m
}

// Publish counts one event: its error type (when it is an error), a
// signature failure, and its agent (errors only).
func (m *Metrics) Publish(_ context.Context, ev *classifier.Event) error {
	if ev.SignatureFailure {
		m.sig.Inc()
	}
	if ev.ErrorType == nil {
		return nil
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.typeCounter(*ev.ErrorType).Inc()
	if ev.AgentID != "" {
		m.agentCounter(ev.AgentID).Inc()
	}
	return nil
}

// Close does nothing: the counters live as long as the set.
func (m *Metrics) Close(context.Context) error { return nil }

// typeCounter returns the counter for error type t, or "other" once the cap
// is reached. m.mu is held (or m is being built).
func (m *Metrics) typeCounter(t string) *metrics.Counter {
	if c, ok := m.types[t]; ok {
		return c
	}
	if len(m.types) >= m.opt.MaxErrorTypes {
		if m.otherType == nil {
			m.otherType = m.set.GetOrCreateCounter(Series(MetricErrorsByType, "error_type", OtherLabel))
		}
		return m.otherType
	}
	c := m.set.GetOrCreateCounter(Series(MetricErrorsByType, "error_type", clip(t)))
	m.types[strings.Clone(t)] = c
	return c
}

// agentCounter counts one error of agent id in the Space-Saving table and
// returns the series to increment: the agent's own when it is among the
// exported top agents, "other" otherwise.
//
// An agent gets a series while fewer than MaxAgents are exported, or when
// its guaranteed error count (Space-Saving's lower bound) exceeds the
// weakest exported agent's: a flood of one-off ids never displaces anyone,
// so the series do not churn, while a real heavy hitter takes its place.
// A displaced agent's series is unregistered (Prometheus sees it go stale).
func (m *Metrics) agentCounter(id string) *metrics.Counter {
	id = clip(id)
	it := m.agents.Add(id, 1)
	if s, ok := m.exported[id]; ok {
		return s.c
	}
	if len(m.exported) >= m.opt.MaxAgents {
		weakest, wc := "", uint64(0)
		for k, s := range m.exported {
			c := s.c.Get() // errors since export: what Prometheus sees
			if est, ok := m.agents.Get(k); ok && est.Count > c {
				c = est.Count
			}
			if weakest == "" || c < wc || (c == wc && k > weakest) {
				weakest, wc = k, c
			}
		}
		if it.Count-it.Err <= wc {
			if m.otherAgent == nil {
				m.otherAgent = m.set.GetOrCreateCounter(Series(MetricErrorsByAgent, "agent_id", OtherLabel))
			}
			return m.otherAgent
		}
		m.set.UnregisterMetric(m.exported[weakest].name)
		delete(m.exported, weakest)
	}
	name := Series(MetricErrorsByAgent, "agent_id", id)
	s := &agentSeries{name: name, c: m.set.GetOrCreateCounter(name)}
	m.exported[strings.Clone(id)] = s
	return s.c
}

// AgentSeries returns how many agents have their own series now.
func (m *Metrics) AgentSeries() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.exported)
}

// Series builds `name{k1="v1",k2="v2"}` from name and label key/value
// pairs, in the order given (always the same order for a metric: the set
// keys series by this string), with each value escaped. With no pairs it
// returns name.
func Series(name string, kv ...string) string {
	if len(kv) == 0 {
		return name
	}
	var b strings.Builder
	b.Grow(len(name) + 16*len(kv))
	b.WriteString(name)
	b.WriteByte('{')
	for i := 0; i+1 < len(kv); i += 2 {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(kv[i])
		b.WriteString(`="`)
		writeLabelValue(&b, kv[i+1])
		b.WriteByte('"')
	}
	b.WriteByte('}')
	return b.String()
}

// EscapeLabelValue returns v as it may appear between the quotes of a label
// value in the Prometheus text format: backslash, double quote and newline
// escaped (the only escapes the format defines), invalid UTF-8 and other
// control characters replaced by U+FFFD.
func EscapeLabelValue(v string) string {
	var b strings.Builder
	writeLabelValue(&b, v)
	return b.String()
}

func writeLabelValue(b *strings.Builder, v string) {
	for i := 0; i < len(v); {
		c := v[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\\':
				b.WriteString(`\\`)
			case c == '"':
				b.WriteString(`\"`)
			case c == '\n':
				b.WriteString(`\n`)
			case c < 0x20 || c == 0x7f:
				b.WriteRune(utf8.RuneError)
			default:
				b.WriteByte(c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(v[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(v[i : i+n])
		}
		i += n
	}
}

// clip shortens s to at most maxLabelBytes, on a rune boundary.
func clip(s string) string {
	if len(s) <= maxLabelBytes {
		return s
	}
	n := maxLabelBytes
	for n > maxLabelBytes-utf8.UTFMax && !utf8.RuneStart(s[n]) {
		n-- // at most a rune's length back; invalid bytes become U+FFFD later
	}
	return s[:n]
}
