package sinks

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/stemedb/stemewatch/anomaly"

	"github.com/stemedb/stemewatch/internal/atomicfile"
)

// Default bounds of the outbox.
const (
	DefaultOutboxMax      = 10000    // anomalies
	DefaultOutboxMaxBytes = 64 << 20 // payload bytes on disk
	minOutboxBytes        = 64 << 10
)

// Why an anomaly was dropped from the outbox (OutboxOptions.OnDrop).
const (
	DropFull      = "full"          // a bound was reached; it was the least important
	DropVanished  = "file vanished" // its file was removed behind our back
	DropTooLarge  = "larger than the byte bound"
	dropAtOpening = "full at start" // a previous run left more than the bounds allow
)

// writeFile is atomicfile.Write; tests make it fail.
var writeFile = atomicfile.Write

// errItemGone: the item was dropped or acknowledged meanwhile.
var errItemGone = errors.New("outbox item gone")

// OutboxOptions configures OpenOutbox.
type OutboxOptions struct {
	// Dir holds one file per anomaly; empty keeps them in memory only.
	Dir string
	// Max bounds the anomalies held (default DefaultOutboxMax), MaxBytes
	// their encoded size (default DefaultOutboxMaxBytes).
	Max      int
	MaxBytes int64
	// OnDrop, if set, hears of every anomaly dropped, with why.
	OnDrop func(kind, why string)
}

// Outbox holds the anomalies not yet acknowledged by NATS, one file each in
// its directory, written and fsynced before Add returns; so neither a NATS
// outage nor a crash of stemewatch loses one. Only their headers stay in
// memory; a payload is read from its file when it is sent. It is bounded in
// anomalies and in bytes: when full, the oldest anomaly of the lowest
// priority (info, then warning, then critical, data_corruption last) is
// dropped and counted, after the newcomer is safely written. It is safe for
// concurrent use. With an empty directory it lives in memory only.
type Outbox struct {
	dir      string
	max      int
	maxBytes int64
	onDrop   func(kind, why string)

	mu      sync.Mutex
	items   []*outItem // in seq order
	byID    map[string]*outItem
	bytes   int64 // sum of items' sizes
	nextSeq uint64
	changed chan struct{} // closed and replaced whenever items change
}

type outItem struct {
	seq      uint64
	id       string
	kind     string
	subject  string
	priority int
	size     int64
	data     []byte // memory-only outbox; nil when the payload is on disk
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

// OpenOutbox opens (creating it) the outbox in opt.Dir and loads the
// headers of what a previous run left there, in order. A file that does
// not parse is renamed to *.corrupt and reported in the returned warnings,
// never fatal.
func OpenOutbox(opt OutboxOptions) (*Outbox, []error, error) {
	if opt.Max <= 0 {
		opt.Max = DefaultOutboxMax
	}
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultOutboxMaxBytes
	}
	o := &Outbox{dir: opt.Dir, max: opt.Max, maxBytes: opt.MaxBytes, onDrop: opt.OnDrop,
		byID: make(map[string]*outItem), changed: make(chan struct{})}
	if o.dir == "" {
		return o, nil, nil
	}
	dir := o.dir
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
		if seq >= o.nextSeq {
			o.nextSeq = seq + 1
		}
		if _, dup := o.byID[h.ID]; dup {
			_ = os.Remove(p)
			continue
		}
		it := &outItem{seq: seq, id: h.ID, kind: h.Kind, subject: subjectOf(h.Kind, h.Node),
			priority: priority(h.Kind, h.Severity), size: int64(len(data))}
		o.items = append(o.items, it)
		o.byID[h.ID] = it
		o.bytes += it.size
	}
	for len(o.items) > o.max || o.bytes > o.maxBytes {
		v := o.items[o.victimLocked()]
		o.removeLocked(v)
		o.dropped(v.kind, dropAtOpening)
	}
	return o, warns, nil
}

func subjectOf(kind, node string) string {
	a := anomaly.Anomaly{Kind: kind, Node: node}
	return a.Subject()
}

// Add spools a, durably when the outbox has a directory, and returns once
// it is safe: from then on a crash does not lose it. An anomaly whose id is
// already spooled is not added twice. When a bound is reached, the least
// important anomaly (possibly a itself) is dropped and counted; an older
// one is removed only after a is written, so a failed write loses nothing
// already spooled.
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
	it := &outItem{seq: o.nextSeq, id: a.ID, kind: a.Kind, subject: a.Subject(),
		priority: priority(a.Kind, a.Severity), size: int64(len(data))}
	if it.size > o.maxBytes {
		o.dropped(it.kind, DropTooLarge)
		return nil
	}
	victims, dropNew := o.victimsFor(it)
	if dropNew {
		o.dropped(it.kind, DropFull)
		return nil
	}
	// The sequence number is used up whatever happens: a write that
	// failed after its rename (the directory fsync) leaves a file under
	// it, which the next Add must not overwrite.
	o.nextSeq++
	if o.dir != "" {
		if err := writeFile(o.fileName(it.seq), data, 0o640); err != nil {
			_ = os.Remove(o.fileName(it.seq)) // not promised to the caller: do not send it later
			return fmt.Errorf("spool anomaly %s to %s: %w", it.id, o.dir, err)
		}
	} else {
		it.data = data
	}
	for _, v := range victims {
		o.removeLocked(v)
		o.dropped(v.kind, DropFull)
	}
	o.items = append(o.items, it)
	o.byID[it.id] = it
	o.bytes += it.size
	o.notifyLocked()
	return nil
}

// victimsFor returns what must go to make room for candidate, least
// important first; dropNew when candidate itself is the least important
// (then nothing else goes: without it, the outbox is within its bounds).
func (o *Outbox) victimsFor(candidate *outItem) (victims []*outItem, dropNew bool) {
	n, bytes := len(o.items)+1, o.bytes+candidate.size
	if n <= o.max && bytes <= o.maxBytes {
		return nil, false
	}
	// Least important first: lowest priority, then oldest (the candidate
	// is the newest of its priority).
	order := make([]*outItem, len(o.items))
	copy(order, o.items)
	sort.SliceStable(order, func(i, j int) bool { return order[i].priority < order[j].priority })
	for _, v := range order {
		if n <= o.max && bytes <= o.maxBytes {
			break
		}
		if candidate.priority < v.priority {
			return nil, true
		}
		victims = append(victims, v)
		n--
		bytes -= v.size
	}
	if n > o.max || bytes > o.maxBytes {
		return nil, true
	}
	return victims, false
}

// victimLocked returns the index of the least important item (oldest of
// the lowest priority).
func (o *Outbox) victimLocked() int {
	best := 0
	for i, it := range o.items {
		if it.priority < o.items[best].priority {
			best = i
		}
	}
	return best
}

func (o *Outbox) dropped(kind, why string) {
	if o.onDrop != nil {
		o.onDrop(kind, why)
	}
}

func (o *Outbox) fileName(seq uint64) string {
	return filepath.Join(o.dir, fmt.Sprintf("%020d.json", seq))
}

// payload returns the encoded anomaly of it, read from its file.
// errItemGone when it was dropped or acknowledged meanwhile; a file that
// vanished behind our back drops the item (counted) with the same answer.
func (o *Outbox) payload(it *outItem) ([]byte, error) {
	if it.data != nil {
		return it.data, nil
	}
	b, err := os.ReadFile(o.fileName(it.seq))
	if err == nil {
		return b, nil
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.byID[it.id] != it {
		return nil, errItemGone
	}
	if errors.Is(err, fs.ErrNotExist) {
		o.removeLocked(it)
		o.dropped(it.kind, DropVanished)
		return nil, errItemGone
	}
	return nil, fmt.Errorf("read outbox file of anomaly %s: %w", it.id, err)
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
			o.bytes -= it.size
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

// Bytes is the encoded size of the anomalies waiting.
func (o *Outbox) Bytes() int64 {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.bytes
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
