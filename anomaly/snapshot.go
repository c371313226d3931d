package anomaly

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/stemedb/stemewatch/internal/topk"
)

// snapshotVersion is the layout of Snapshot's JSON. A saved state of
// another version is not restored (the caller starts afresh).
const snapshotVersion = 1

// StateKey identifies what a saved detector state is valid for: the
// anomaly configuration, the node and unit, and the pattern set's version.
// A state saved under another key must not be restored: its thresholds,
// windows or error types would not mean the same.
func StateKey(cfg Config, node, unit, patternsVersion string) string {
	h := sha256.New()
	b, _ := json.Marshal(cfg) // plain data: cannot fail
	h.Write(b)
	for _, s := range []string{node, unit, patternsVersion} {
		h.Write([]byte{0})
		h.Write([]byte(s))
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// state is a detector's whole state: windows, baselines, Space-Saving
// tables, open incidents with their sequence numbers and coalesced counts,
// the recent events samples are drawn from, the known types and the storm
// guard. Each detector's file saves and restores its own part.
type state struct {
	V          int          `json:"v"`
	Node       string       `json:"node"`
	Unit       string       `json:"unit"`
	Buckets    int          `json:"buckets"`
	Started    bool         `json:"started"`
	Now        int64        `json:"now"`
	Cur        int64        `json:"cur"`
	LastActive int64        `json:"last_active"`
	Known      []string     `json:"known"`
	ErrorRate  []typeSnap   `json:"error_rate"`
	Signature  sigSnap      `json:"signature"`
	Agents     agentsSnap   `json:"agents"`
	Data       []incSnap    `json:"data_corruption"`
	Gaps       []incSnap    `json:"journal_gap"`
	Recent     []recentSnap `json:"recent"`
	RPos       int          `json:"rpos"`
	Storm      stormSnap    `json:"storm"`
}

type seriesSnap struct {
	Counts []int64  `json:"counts"`
	M      float64  `json:"m"`
	W      float64  `json:"w"`
	Inc    *incSnap `json:"inc,omitempty"`
}

type topkSnap struct {
	Items []topk.Item `json:"items"`
	Total uint64      `json:"total"`
}

type incSnap struct {
	Kind      string  `json:"kind"`
	Key       string  `json:"key"`
	ID        string  `json:"id"`
	Start     int64   `json:"start"`
	Seq       int     `json:"seq"`
	LastPub   int64   `json:"last_pub"`
	LastCount int64   `json:"last_count"`
	Total     int64   `json:"total"`
	Threshold int64   `json:"threshold"`
	Severity  string  `json:"severity"`
	Scope     string  `json:"scope,omitempty"`
	Baseline  float64 `json:"baseline"`
	Pending   int64   `json:"pending"`
	PendingN  int64   `json:"pending_n"`
}

type recentSnap struct {
	T      int64  `json:"t"`
	Type   string `json:"type,omitempty"`
	Agent  string `json:"agent,omitempty"`
	Msg    string `json:"msg"`
	Cursor string `json:"cursor,omitempty"`
	Err    bool   `json:"err,omitempty"`
	Sig    bool   `json:"sig,omitempty"`
}

// Snapshot returns the detector's whole state as JSON, for Restore after a
// restart: a detector restored from it continues exactly as this one would
// (same incidents, same ids, same coalesced counts). Recent messages are
// kept only to twice SampleBytes, enough for samples.
func (d *Detector) Snapshot() ([]byte, error) {
	st := state{
		V: snapshotVersion, Node: d.node, Unit: d.unit, Buckets: d.nb,
		Started: d.started, Now: d.now, Cur: d.cur, LastActive: d.lastActive,
		Known:     d.KnownTypes(),
		ErrorRate: d.snapErrorRate(),
		Signature: d.snapSignature(),
		Agents:    d.snapAgents(),
		Data:      snapIncidents(d.dataInc),
		Gaps:      snapIncidents(d.gapInc),
		RPos:      d.rpos,
		Storm:     d.storm.snapshot(),
	}
	keep := 2 * d.cfg.SampleBytes
	st.Recent = make([]recentSnap, len(d.recent))
	for i, r := range d.recent {
		msg := r.msg
		if len(msg) > keep {
			msg = msg[:keep]
		}
		st.Recent[i] = recentSnap{T: r.t, Type: r.typ, Agent: r.agent, Msg: msg, Cursor: r.cursor, Err: r.err, Sig: r.sig}
	}
	return json.Marshal(&st)
}

// SnapshotOwner returns the node and unit a Snapshot was made for ("" when
// b does not parse), so a restart whose first input carries no node (a
// journal gap) can make its detector for the same node and restore it.
func SnapshotOwner(b []byte) (node, unit string) {
	var st struct {
		Node string `json:"node"`
		Unit string `json:"unit"`
	}
	if json.Unmarshal(b, &st) != nil {
		return "", ""
	}
	return st.Node, st.Unit
}

// Restore loads a Snapshot into a detector fresh from New with the same
// configuration, node and unit (the caller checks StateKey). On error the
// detector is unusable: make a new one.
func (d *Detector) Restore(b []byte) error {
	var st state
	if err := json.Unmarshal(b, &st); err != nil {
		return fmt.Errorf("detector state: %w", err)
	}
	switch {
	case st.V != snapshotVersion:
		return fmt.Errorf("detector state: version %d, want %d", st.V, snapshotVersion)
	case st.Node != d.node || st.Unit != d.unit:
		return fmt.Errorf("detector state: for node %q unit %q, not %q %q", st.Node, st.Unit, d.node, d.unit)
	case st.Buckets != d.nb:
		return fmt.Errorf("detector state: %d buckets, want %d", st.Buckets, d.nb)
	case len(st.Recent) > recentCap || st.RPos < 0 || st.RPos >= recentCap:
		return errors.New("detector state: recent events out of bounds")
	}
	d.started, d.now, d.cur, d.lastActive = st.Started, st.Now, st.Cur, st.LastActive
	d.restoreKnown(st.Known)
	if err := d.restoreErrorRate(st.ErrorRate); err != nil {
		return err
	}
	if err := d.restoreSignature(&st.Signature); err != nil {
		return err
	}
	if err := d.restoreAgents(&st.Agents); err != nil {
		return err
	}
	var err error
	if d.dataInc, err = restoreIncidents(st.Data, KindDataCorruption); err != nil {
		return err
	}
	if d.gapInc, err = restoreIncidents(st.Gaps, KindJournalGap); err != nil {
		return err
	}
	d.recent = d.recent[:0]
	for _, r := range st.Recent {
		d.recent = append(d.recent, recentEvent{t: r.T, typ: r.Type, agent: r.Agent, msg: r.Msg, cursor: r.Cursor, err: r.Err, sig: r.Sig})
	}
	d.rpos = st.RPos
	return d.storm.restore(&st.Storm)
}

func (s *series) snap() seriesSnap {
	return seriesSnap{Counts: append([]int64(nil), s.counts...), M: s.m, W: s.w, Inc: s.inc.snap()}
}

func (s *series) restore(ss *seriesSnap, nb int, kind string) error {
	if len(ss.Counts) != nb {
		return fmt.Errorf("detector state: %s has %d buckets, want %d", kind, len(ss.Counts), nb)
	}
	copy(s.counts, ss.Counts)
	s.m, s.w = ss.M, ss.W
	s.inc = ss.Inc.incident()
	return nil
}

func (inc *incident) snap() *incSnap {
	if inc == nil {
		return nil
	}
	return &incSnap{
		Kind: inc.kind, Key: inc.key, ID: inc.id, Start: inc.start, Seq: inc.seq,
		LastPub: inc.lastPub, LastCount: inc.lastCount, Total: inc.total, Threshold: inc.threshold,
		Severity: inc.severity, Scope: inc.scope, Baseline: inc.baseline, Pending: inc.pending, PendingN: inc.pendingN,
	}
}

func (s *incSnap) incident() *incident {
	if s == nil {
		return nil
	}
	return &incident{
		kind: s.Kind, key: s.Key, id: s.ID, start: s.Start, seq: s.Seq,
		lastPub: s.LastPub, lastCount: s.LastCount, total: s.Total, threshold: s.Threshold,
		severity: s.Severity, scope: s.Scope, baseline: s.Baseline, pending: s.Pending, pendingN: s.PendingN,
	}
}

func snapIncidents(m map[string]*incident) []incSnap {
	out := make([]incSnap, 0, len(m))
	for _, k := range sortedKeys(m) {
		out = append(out, *m[k].snap())
	}
	return out
}

func restoreIncidents(ss []incSnap, kind string) (map[string]*incident, error) {
	m := make(map[string]*incident, len(ss))
	for i := range ss {
		if ss[i].Kind != kind {
			return nil, fmt.Errorf("detector state: a %s incident among %s", ss[i].Kind, kind)
		}
		m[ss[i].Key] = ss[i].incident()
	}
	return m, nil
}

func snapTopks(sk []*topk.SpaceSaving) []topkSnap {
	out := make([]topkSnap, len(sk))
	for i, s := range sk {
		out[i] = topkSnap{Items: s.Items(), Total: s.Total()}
	}
	return out
}

func restoreTopks(sk []*topk.SpaceSaving, ss []topkSnap, what string) error {
	if len(ss) != len(sk) {
		return fmt.Errorf("detector state: %s has %d tables, want %d", what, len(ss), len(sk))
	}
	for i := range ss {
		if err := sk[i].Restore(ss[i].Items, ss[i].Total); err != nil {
			return fmt.Errorf("detector state: %s: %w", what, err)
		}
	}
	return nil
}
