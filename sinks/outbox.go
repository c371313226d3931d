package sinks

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/stemedb/stemewatch/anomaly"

	"github.com/stemedb/stemewatch/internal/atomicfile"
)

// DefaultOutboxMax is the default bound of the outbox, in anomalies.
const DefaultOutboxMax = 10000

// Outbox holds the anomalies not yet acknowledged by NATS, one file each in
// its directory, written and fsynced before Add returns; so neither a NATS
// outage nor a crash of stemewatch loses one. It is bounded: when full, the
// oldest anomaly of the lowest priority (info, then warning, then critical,
// data_corruption last) is dropped and counted. It is safe for concurrent
// use. With an empty directory it lives in memory only.
type Outbox struct {
	dir    string
	max    int
	onDrop func(kind string)

	mu      sync.Mutex
	items   []*outItem // in seq order
	byID    map[string]*outItem
	nextSeq uint64
	changed chan struct{} // closed and replaced whenever items change
}

type outItem struct {
	seq      uint64
	id       string
	kind     string
	subject  string
	priority int
	data     []byte
	inflight bool
}

// outboxHead is the part of a spooled payload the outbox needs.
type outboxHead struct {
	ID       string `json:"id"`
	Kind     string `json:"kind"`
	Node     string `json:"node"`
	Severity string `json:"severity"`
}

func priority(kind, severity string) int {
	if kind == anomaly.KindDataCorruption {
		return 3
	}
	return anomaly.SeverityRank(severity)
}

// OpenOutbox opens (creating it) the outbox in dir and loads what a previous
// run left there, in order. A file that does not parse is renamed to
// *.corrupt and reported in the returned warnings, never fatal. onDrop, if
// not nil, is called with the kind of every anomaly dropped for room.
func OpenOutbox(dir string, max int, onDrop func(kind string)) (*Outbox, []error, error) {
	if max <= 0 {
		max = DefaultOutboxMax
	}
	o := &Outbox{dir: dir, max: max, onDrop: onDrop, byID: make(map[string]*outItem), changed: make(chan struct{})}
	if dir == "" {
		return o, nil, nil
	}
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return nil, nil, fmt.Errorf("create outbox %s: %w", dir, err)
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("read outbox %s: %w", dir, err)
	}
	var warns []error
	names := make([]string, 0, len(ents))
	for _, e := range ents {
		n := e.Name()
		if strings.HasPrefix(n, ".") && strings.Contains(n, ".tmp-") {
			_ = os.Remove(filepath.Join(dir, n)) // a write cut short (atomicfile): never acknowledged to the caller
			continue
		}
		if strings.HasSuffix(n, ".json") {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		p := filepath.Join(dir, n)
		seq, err := strconv.ParseUint(strings.TrimSuffix(n, ".json"), 10, 64)
		var data []byte
		if err == nil {
			data, err = os.ReadFile(p)
		}
		var h outboxHead
		if err == nil {
			err = json.Unmarshal(data, &h)
		}
		if err == nil && (h.ID == "" || h.Kind == "") {
			err = errors.New("no id or kind")
		}
		if err != nil {
			warns = append(warns, fmt.Errorf("outbox file %s: %w (set aside as .corrupt)", p, err))
			_ = os.Rename(p, p+".corrupt")
			continue
		}
		if _, dup := o.byID[h.ID]; dup {
			_ = os.Remove(p)
			continue
		}
		it := &outItem{seq: seq, id: h.ID, kind: h.Kind, subject: subjectOf(h.Kind, h.Node), priority: priority(h.Kind, h.Severity), data: data}
		o.items = append(o.items, it)
		o.byID[h.ID] = it
		if seq >= o.nextSeq {
			o.nextSeq = seq + 1
		}
	}
	for len(o.items) > o.max {
		o.dropLocked(nil)
	}
	return o, warns, nil
}

func subjectOf(kind, node string) string {
	a := anomaly.Anomaly{Kind: kind, Node: node}
	return a.Subject()
}

// Add spools a, durably when the outbox has a directory, and returns once
// it is safe: from then on a crash does not lose it. An anomaly whose id is
// already spooled is not added twice.
func (o *Outbox) Add(a *anomaly.Anomaly) error {
	data, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("encode anomaly %s: %w", a.ID, err)
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if _, dup := o.byID[a.ID]; dup {
		return nil
	}
	it := &outItem{seq: o.nextSeq, id: a.ID, kind: a.Kind, subject: a.Subject(), priority: priority(a.Kind, a.Severity), data: data}
	if len(o.items) >= o.max {
		if victim := o.dropLocked(it); victim == it {
			return nil // the newcomer was the least important: dropped and counted
		}
	}
	if o.dir != "" {
		if err := o.write(it); err != nil {
			return err
		}
	}
	o.nextSeq++
	o.items = append(o.items, it)
	o.byID[it.id] = it
	o.notifyLocked()
	return nil
}

// dropLocked removes the oldest item of the lowest priority, considering
// candidate (not yet added) too, and returns what it dropped.
func (o *Outbox) dropLocked(candidate *outItem) *outItem {
	var victim *outItem
	for _, it := range o.items {
		if victim == nil || it.priority < victim.priority {
			victim = it
		}
	}
	if candidate != nil && (victim == nil || candidate.priority < victim.priority) {
		victim = candidate
	}
	if victim == nil {
		return nil
	}
	if victim != candidate {
		o.removeLocked(victim)
	}
	if o.onDrop != nil {
		o.onDrop(victim.kind)
	}
	return victim
}

func (o *Outbox) fileName(seq uint64) string {
	return filepath.Join(o.dir, fmt.Sprintf("%020d.json", seq))
}

// write stores it atomically: temp file, fsync, rename, fsync of the dir.
func (o *Outbox) write(it *outItem) error {
	if err := atomicfile.Write(o.fileName(it.seq), it.data, 0o640); err != nil {
		return fmt.Errorf("spool anomaly %s to %s: %w", it.id, o.dir, err)
	}
	return nil
}

// next marks up to n items not in flight as in flight and returns them,
// oldest first.
func (o *Outbox) next(n int) []*outItem {
	o.mu.Lock()
	defer o.mu.Unlock()
	var out []*outItem
	for _, it := range o.items {
		if len(out) >= n {
			break
		}
		if !it.inflight {
			it.inflight = true
			out = append(out, it)
		}
	}
	return out
}

// done removes an acknowledged item.
func (o *Outbox) done(it *outItem) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.byID[it.id] == it {
		o.removeLocked(it)
	}
}

// retry puts an unacknowledged item back in line.
func (o *Outbox) retry(it *outItem) {
	o.mu.Lock()
	defer o.mu.Unlock()
	it.inflight = false
	o.notifyLocked()
}

func (o *Outbox) removeLocked(it *outItem) {
	delete(o.byID, it.id)
	for i, x := range o.items {
		if x == it {
			o.items = append(o.items[:i], o.items[i+1:]...)
			break
		}
	}
	if o.dir != "" {
		// Not fsynced: if the removal is lost in a crash the anomaly is
		// sent again with the same id, and JetStream drops the duplicate.
		_ = os.Remove(o.fileName(it.seq))
	}
	o.notifyLocked()
}

func (o *Outbox) notifyLocked() {
	close(o.changed)
	o.changed = make(chan struct{})
}

// Len is the number of anomalies waiting for an acknowledgement.
func (o *Outbox) Len() int {
	o.mu.Lock()
	defer o.mu.Unlock()
	return len(o.items)
}

// watch returns the length now and a channel closed at the next change.
func (o *Outbox) watch() (int, <-chan struct{}) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return len(o.items), o.changed
}

// ready reports whether an item waits that is not in flight.
func (o *Outbox) ready() bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	for _, it := range o.items {
		if !it.inflight {
			return true
		}
	}
	return false
}
