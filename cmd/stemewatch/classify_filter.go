package main

import (
	"bytes"
	"fmt"
	"hash/maphash"
	"sort"
	"strings"
	"time"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/internal/parclassify"
	"github.com/stemedb/stemewatch/patterns"
	"github.com/stemedb/stemewatch/redact"
	"github.com/stemedb/stemewatch/sidecar/journal"
)

// verdictOf is one entry read and classified: what de-duplication,
// filtering and counting need, out of the reader's buffers.
type verdictOf struct {
	key       uint64 // hash of a journal cursor; 0 when the entry has none
	at        time.Time
	unitOK    bool
	truncated bool
	ev        *classifier.Event // nil when neither error nor signature failure
}

// annotate gives parclassify, on the goroutine that decodes ent, what
// result needs beyond the verdict: the entry's identity across inputs and
// whether --unit leaves it out. It only reads st, so workers may share it.
func (st *classifyState) annotate(ent *classifier.Entry) parclassify.Annotation {
	return parclassify.Annotation{Key: st.entryKey(ent), Skip: !st.unitOK(ent)}
}

// entryKey is an entry's identity across overlapping saves: its journal
// cursor ("s=..."); for journal entries saved without one (export output
// without __CURSOR, numbered "entry:N" by the reader loop) the journal's
// microsecond timestamp with host, identifier and message. Plain text
// ("line:N") has neither, and is not de-duplicated. 0: no identity.
func (st *classifyState) entryKey(ent *classifier.Entry) uint64 {
	if !st.dedup {
		return 0
	}
	c := ent.Cursor
	switch {
	case bytes.HasPrefix(c, []byte("s=")):
		return maphash.Bytes(st.seed, c) | 1
	case (len(c) == 0 || bytes.HasPrefix(c, []byte("entry:"))) && ent.RealtimeUS != 0:
		var h maphash.Hash
		h.SetSeed(st.seed)
		var ts [8]byte
		for i := range ts {
			ts[i] = byte(ent.RealtimeUS >> (8 * i))
		}
		h.Write(ts[:])
		h.Write(ent.Host)
		h.WriteByte(0)
		h.Write(ent.Identifier)
		h.WriteByte(0)
		h.Write(ent.Message)
		return h.Sum64() | 1
	}
	return 0
}

// unitOK applies --unit to an --input entry (--journal-dir reads only the
// unit's entries): entries with no unit field (plain text) pass.
func (st *classifyState) unitOK(ent *classifier.Entry) bool {
	if !st.o.unitGiven || st.o.unit == "" || st.o.journalDir != "" || len(ent.Unit) == 0 {
		return true
	}
	return string(ent.Unit) == journal.UnitName(st.o.unit)
}

// accept de-duplicates, filters and counts one verdict.
func (st *classifyState) accept(r *verdictOf) {
	if r.key != 0 {
		if _, dup := st.seen[r.key]; dup {
			st.skipped.Duplicates++
			return
		}
		st.seen[r.key] = struct{}{}
	}
	o := st.o
	if !o.from.IsZero() || !o.to.IsZero() {
		switch {
		case r.at.IsZero():
			st.skipped.Undated++
			return
		case !o.from.IsZero() && r.at.Before(o.from), !o.to.IsZero() && r.at.After(o.to):
			st.skipped.OutOfRange++
			return
		}
	}
	if !r.unitOK {
		st.skipped.OtherUnit++
		return
	}
	st.t.Entry(r.at)
	if r.truncated {
		st.t.Truncated++
		return
	}
	ev := r.ev
	if ev == nil {
		return
	}
	if t := ev.Type(); t != "" {
		st.observed[t] = true
	}
	if o.typeKeys != nil && (ev.ErrorType == nil || !o.typeKeys[typeKey(*ev.ErrorType)]) {
		st.skipped.FilteredEvents++
		return
	}
	if o.agentFilter != nil && !o.agentFilter[ev.AgentID] {
		st.skipped.FilteredEvents++
		return
	}
	// Like tail and the anomaly samples: what classify prints may be
	// pasted into a ticket, so it never carries a secret. Only ndjson
	// prints messages, and the summaries only the templates mined from
	// Unclassified ones: the others are not redacted (redaction was ~4% of
	// classify's CPU, on the goroutine that merges the cores' results).
	unclassified := ev.ErrorType != nil && *ev.ErrorType == classifier.Unclassified
	if st.ndjson || unclassified {
		ev.Message = redact.String(ev.Message)
	}
	if unclassified {
		st.templates.Add(ev.Message)
	}
	st.t.Event(ev)
	if st.ndjson {
		_ = st.enc.Encode(ev)
	}
}

// knownTypes are the types a --type may name before any input is read:
// the runbook's, Unclassified, and every type a rule assigns.
func knownTypes(set *patterns.Set) []string {
	seen := map[string]bool{classifier.Unclassified: true}
	for _, t := range classifier.RunbookTypes {
		seen[t] = true
	}
	for _, r := range set.All() {
		if r.Type != "" {
			seen[r.Type] = true
		}
	}
	out := make([]string, 0, len(seen))
	for t := range seen {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

// resolveType checks one --type against known: nil when it names one
// (full name or without "Error", any case); a usage error with a
// suggestion when it is a near miss of one; otherwise a note that it is
// not known (the service may start emitting it), returned as warning.
func resolveType(given string, known []string) (warning string, err error) {
	k := typeKey(given)
	keys := make([]string, len(known))
	for i, t := range known {
		if typeKey(t) == k {
			return "", nil
		}
		keys[i] = strings.ToLower(t)
	}
	if c := closest(strings.ToLower(given), keys); c != "" {
		return "", usagef("--type %q is not a known error type; did you mean %s?", given, known[indexOf(keys, c)])
	}
	for i, kk := range keys {
		if s := strings.TrimSuffix(kk, "error"); s != "" && closest(k, []string{s}) != "" {
			return "", usagef("--type %q is not a known error type; did you mean %s?", given, known[i])
		}
	}
	return fmt.Sprintf("--type %q is not a known error type (known: %s); filtering on it in case the service emits it", given, strings.Join(known, ", ")), nil
}

func indexOf(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return -1
}

// checkTypes validates --type against the known types.
func (o *classifyOpts) checkTypes(e *env, set *patterns.Set) error {
	if len(o.types) == 0 {
		return nil
	}
	known := knownTypes(set)
	o.typeKeys = map[string]bool{}
	for _, t := range o.types {
		if strings.TrimSpace(t) == "" {
			return usagef("--type: empty type")
		}
		w, err := resolveType(t, known)
		if err != nil {
			return err
		}
		if w != "" {
			fmt.Fprintf(e.stderr, "stemewatch classify: warning: %s\n", w)
		}
		o.typeKeys[typeKey(t)] = true
	}
	return nil
}

// finalWarnings adds what a person should know about the filters: a
// --type or --agent that matched nothing (with the observed types), and
// a time range that left nothing.
func (st *classifyState) finalWarnings() {
	o := st.o
	if len(o.types) > 0 {
		var obs []string
		for t := range st.observed {
			obs = append(obs, t)
		}
		sort.Strings(obs)
		for _, t := range o.types {
			found := false
			for _, ot := range obs {
				found = found || typeKey(ot) == typeKey(t)
			}
			if !found {
				msg := fmt.Sprintf("--type %q: no such error in the input (observed: %s)", t, strings.Join(obs, ", "))
				if c := closest(t, obs); c != "" {
					msg += "; did you mean " + c + "?"
				}
				st.warnings = append(st.warnings, msg)
			}
		}
	}
	if len(o.agents) > 0 && st.t.Errors == 0 && st.t.Signature == 0 && st.t.Entries > 0 {
		st.warnings = append(st.warnings, fmt.Sprintf("--agent %s: no error or signature failure of this agent in the input", strings.Join(o.agents, ", ")))
	}
	if st.t.Entries == 0 && st.skipped.OutOfRange > 0 {
		st.warnings = append(st.warnings, fmt.Sprintf("no entry between --since and --until (%s entries outside; relative times such as -1h count from now, not from the input's end)", groupDigits(st.skipped.OutOfRange)))
	}
}
