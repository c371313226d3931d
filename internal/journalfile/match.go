package journalfile

import (
	"bytes"
	"strings"
)

// matcher evaluates sd-journal's matches on an entry's fields: terms are
// alternatives; within a term every field must hold one of the values the
// term gives it.
type matcher struct {
	values [][]byte // each distinct FIELD=value, by bit
	terms  [][]uint64
	n      int
}

// maxMatches bounds the distinct FIELD=value pairs (one bit each).
const maxMatches = 64

// newMatcher compiles terms; false when they name more than maxMatches
// distinct FIELD=value pairs.
func newMatcher(terms [][]string) (matcher, bool) {
	var m matcher
	index := map[string]int{}
	for _, t := range terms {
		byField := map[string]uint64{}
		var order []string
		for _, kv := range t {
			i, ok := index[kv]
			if !ok {
				if len(m.values) == maxMatches {
					return matcher{}, false
				}
				i = len(m.values)
				index[kv] = i
				m.values = append(m.values, []byte(kv))
			}
			field, _, _ := strings.Cut(kv, "=")
			if _, ok := byField[field]; !ok {
				order = append(order, field)
			}
			byField[field] |= 1 << uint(i)
		}
		var groups []uint64
		for _, f := range order {
			groups = append(groups, byField[f])
		}
		m.terms = append(m.terms, groups)
	}
	m.n = len(m.values)
	return m, true
}

// bits returns the bits of the match values equal to field.
func (m *matcher) bits(field []byte) uint64 {
	var b uint64
	for i, v := range m.values {
		if len(v) == len(field) && bytes.Equal(v, field) {
			b |= 1 << uint(i)
		}
	}
	return b
}

// match reports whether the fields seen (bits) pass one term.
func (m *matcher) match(seen uint64) bool {
	for _, groups := range m.terms {
		ok := true
		for _, g := range groups {
			if seen&g == 0 {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
