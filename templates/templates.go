// Package templates groups similar messages into templates, Drain-style:
// variable parts (numbers, hex, paths, hosts, quoted values) are masked, the
// messages are bucketed by token count and first token, and in a bucket a
// message joins the most similar template, whose differing positions become
// wildcards. Memory is bounded by the number of templates kept; the order
// of results is deterministic.
package templates

import (
	"sort"
	"strconv"
	"strings"
)

// Wildcard stands for a variable part of a template.
const Wildcard = "<*>"

// Limits on what one message can cost.
const (
	maxTokens  = 64  // tokens compared; the rest of a message is ignored
	maxExample = 512 // bytes of a template's example kept
)

// similarity is the least share of equal positions for a message to join
// a template (Drain's st).
const similarity = 0.5

// Template is a group of similar messages.
type Template struct {
	// Pattern is the messages' common form, variable parts as "<*>".
	Pattern string
	// Count is the number of messages grouped here.
	Count int
	// Example is the first message grouped here, raw (cut to 512 bytes):
	// callers redact it before showing it.
	Example string
}

type cluster struct {
	tokens  []string
	count   int
	example string
	seq     int // creation order, for a stable sort
}

// Miner mines templates from messages. It is not safe for concurrent use.
type Miner struct {
	max      int
	clusters []*cluster
	buckets  map[string][]int // "n first" -> cluster indexes
	overflow int
	total    int
}

// New returns a miner that keeps at most max templates (at least 1);
// messages that would need a new template past that are counted by
// Overflow, never dropped silently.
func New(max int) *Miner {
	if max < 1 {
		max = 1
	}
	return &Miner{max: max, buckets: make(map[string][]int)}
}

// Add groups one message.
func (m *Miner) Add(message string) {
	m.total++
	toks := Tokens(message)
	key := bucketKey(toks)
	best, bestSim := -1, 0.0
	for _, i := range m.buckets[key] {
		if s := sim(m.clusters[i].tokens, toks); s > bestSim {
			best, bestSim = i, s
		}
	}
	if best >= 0 && bestSim >= similarity {
		c := m.clusters[best]
		for i, t := range toks {
			if c.tokens[i] != t {
				c.tokens[i] = Wildcard
			}
		}
		c.count++
		return
	}
	if len(m.clusters) >= m.max {
		m.overflow++
		return
	}
	ex := message
	if len(ex) > maxExample {
		ex = cut(ex, maxExample)
	}
	m.clusters = append(m.clusters, &cluster{tokens: toks, count: 1, example: ex, seq: len(m.clusters)})
	m.buckets[key] = append(m.buckets[key], len(m.clusters)-1)
}

// Total is the number of messages added.
func (m *Miner) Total() int { return m.total }

// Overflow is the number of messages that matched no template once the
// miner held its maximum.
func (m *Miner) Overflow() int { return m.overflow }

// Len is the number of templates held.
func (m *Miner) Len() int { return len(m.clusters) }

// Top returns the n templates with the most messages (all when n <= 0),
// largest first; ties keep the order the templates were first seen.
func (m *Miner) Top(n int) []Template {
	cs := append([]*cluster(nil), m.clusters...)
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].count != cs[j].count {
			return cs[i].count > cs[j].count
		}
		return cs[i].seq < cs[j].seq
	})
	if n > 0 && len(cs) > n {
		cs = cs[:n]
	}
	out := make([]Template, len(cs))
	for i, c := range cs {
		out[i] = Template{Pattern: strings.Join(c.tokens, " "), Count: c.count, Example: c.example}
	}
	return out
}

func bucketKey(toks []string) string {
	first := ""
	if len(toks) > 0 {
		first = toks[0]
	}
	return strconv.Itoa(len(toks)) + " " + first
}

// sim is the share of positions where a template and a message agree; a
// wildcard agrees with anything.
func sim(tmpl, toks []string) float64 {
	if len(tmpl) != len(toks) || len(toks) == 0 {
		return 0
	}
	eq := 0
	for i, t := range toks {
		if tmpl[i] == t || tmpl[i] == Wildcard {
			eq++
		}
	}
	return float64(eq) / float64(len(toks))
}

// Tokens splits a message on white space and masks its variable tokens:
// anything with a digit, a path, a host:port, a URL, a quoted value or a
// long hex string becomes "<*>". At most 64 tokens are kept.
func Tokens(message string) []string {
	f := strings.Fields(message)
	if len(f) > maxTokens {
		f = f[:maxTokens]
	}
	for i, t := range f {
		if variable(t) {
			f[i] = Wildcard
		}
	}
	return f
}

func variable(t string) bool {
	core := strings.Trim(t, "()[]{},;:.!?")
	if core == "" {
		return false
	}
	if strings.ContainsAny(core, "0123456789") || strings.Contains(core, "/") {
		return true
	}
	if c := core[0]; c == '"' || c == '\'' || c == '`' {
		return true
	}
	if strings.Count(core, ".") >= 2 {
		return true // host names
	}
	return false
}

// cut returns s cut to at most n bytes on a rune boundary, with "…".
func cut(s string, n int) string {
	for n > 0 && n < len(s) && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}
