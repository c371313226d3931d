package journal

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unsafe"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/sidecar/feed"
)

// sink receives what a reader finds, in journal order, from the goroutine
// that owns the journal. The in-process emitter builds batches; in a child
// reader process, a frame writer streams the same calls to the parent,
// which replays them into its emitter.
type sink interface {
	// opened: the journal is open and positioned. warn, if not nil, says why
	// it may read nothing (e.g. no readable journal files).
	opened(warn error) error
	// position: where reading starts (the entry before the first one to
	// deliver), when known. Not an entry.
	position(cursor string) error
	// entry: one entry; its slices are only valid during the call.
	entry(e *classifier.Entry) error
	// gap: entries lost before they were read.
	gap(g feed.Gap) error
	// bad: an entry that could not be read (sd-journal "bad message", an
	// export entry cut off halfway), skipped.
	bad(cursor string, err error) error
	// flush: the reader reached the end of what is available; deliver.
	flush() error
	// idle: the reader waited and found nothing new.
	idle() error
	// head: the cursor of the newest entry in the journal (any entry, not
	// only matching ones), now and then, for the lag in entries.
	head(cursor string) error
}

// emitter is the sink that builds feed.Batches and sends them on out,
// blocking while the consumer is busy (back-pressure; memory stays bounded
// by the channel's capacity times BatchSize).
type emitter struct {
	ctx context.Context
	out chan<- *feed.Batch
	src *Source
	cfg *Config

	b *feed.Batch
	// lastCursor is the position: the last entry read (delivered or
	// not). An entry's cursor is kept as bytes in last and made a string
	// only when asked for (cursor()): once a batch, not once an entry.
	lastCursor string
	last       []byte
	lastIsNew  bool
	lastID     string // the seqnum ID last parsed, reused while it repeats
	lastSend   time.Time
	// contiguous: the reader sees every entry (no matches), so a jump in
	// sequence numbers within one seqnum ID is a loss.
	contiguous bool
	lastSeq    map[string]uint64
	// The size of the last batch sent (entries, arena bytes): the next
	// one is allocated at that size, not grown to it step by step.
	lastLen, lastArena int
	// free holds batches consumers released, to be filled again.
	free chan *feed.Batch
}

func newEmitter(ctx context.Context, out chan<- *feed.Batch, src *Source) *emitter {
	return &emitter{
		ctx: ctx, out: out, src: src, cfg: &src.cfg,
		contiguous: src.cfg.terms() == nil,
		lastSeq:    map[string]uint64{},
		lastSend:   time.Now(),
		free:       make(chan *feed.Batch, 8),
	}
}

func (em *emitter) batch() *feed.Batch {
	if em.b == nil {
		select {
		case b := <-em.free:
			b.Reset()
			em.b = b
		default:
			em.b = &feed.Batch{Entries: make([]classifier.Entry, 0, min(em.cfg.BatchSize, max(64, em.lastLen)))}
			em.b.Reserve(em.lastArena + em.lastArena/8)
		}
		em.b.SetRecycle(em.recycle)
	}
	return em.b
}

// recycle takes back a batch its consumer released (any goroutine), for
// the next one; beyond what free holds, it is left to the collector.
func (em *emitter) recycle(b *feed.Batch) {
	select {
	case em.free <- b:
	default:
	}
}

func (em *emitter) send() error {
	b := em.b
	if b == nil {
		return nil
	}
	em.b = nil
	em.lastLen, em.lastArena = len(b.Entries), b.ArenaLen()
	// The last entry read, delivered or filtered: what Add would have
	// left in b.Cursor, or the position for a batch without entries.
	b.Cursor = em.cursor()
	select {
	case em.out <- b:
		em.lastSend = time.Now()
		return nil
	case <-em.ctx.Done():
		return em.ctx.Err()
	}
}

func (em *emitter) opened(warn error) error {
	em.src.setReady(warn)
	return nil
}

func (em *emitter) position(cursor string) error {
	if cursor == "" {
		return nil
	}
	em.lastCursor, em.lastIsNew = cursor, false
	if p, ok := parseCursor(cursor); ok {
		em.noteSeq(p)
	}
	return nil
}

// cursor returns the position: the cursor of the last entry read.
func (em *emitter) cursor() string {
	if em.lastIsNew {
		em.lastCursor, em.lastIsNew = string(em.last), false
	}
	return em.lastCursor
}

// parseSeq is parseCursor over an entry's cursor bytes, without allocating
// while the seqnum ID stays the same.
func (em *emitter) parseSeq(c []byte) (seqPos, bool) {
	p, ok := quickSeq(c)
	if !ok {
		if p, ok = parseCursor(unsafe.String(unsafe.SliceData(c), len(c))); !ok {
			return p, false
		}
	}
	if p.id != em.lastID {
		em.lastID = strings.Clone(p.id)
	}
	p.id = em.lastID // p.id pointed into c, which the reader reuses
	return p, true
}

// noteSeq records p and returns how many entries were skipped before it,
// when the reader sees every entry.
func (em *emitter) noteSeq(p seqPos) int64 {
	last, seen := em.lastSeq[p.id]
	if seen && p.seq <= last {
		return 0 // out of order (interleaved files): nothing to say
	}
	if !seen && len(em.lastSeq) >= 64 {
		clear(em.lastSeq) // many seqnum IDs: forget, never guess
	}
	em.lastSeq[p.id] = p.seq
	if !seen || !em.contiguous {
		return 0
	}
	return int64(p.seq - last - 1)
}

// quickSeq reads s= and i= from a cursor in the order sd-journal writes
// them ("s=<32 hex>;i=<hex>;..."); anything else is left to parseCursor.
func quickSeq(c []byte) (seqPos, bool) {
	if len(c) < 38 || c[0] != 's' || c[1] != '=' || c[34] != ';' || c[35] != 'i' || c[36] != '=' {
		return seqPos{}, false
	}
	var n uint64
	k := 37
	for ; k < len(c) && c[k] != ';'; k++ {
		d := c[k]
		switch {
		case d >= '0' && d <= '9':
			d -= '0'
		case d >= 'a' && d <= 'f':
			d -= 'a' - 10
		case d >= 'A' && d <= 'F':
			d -= 'A' - 10
		default:
			return seqPos{}, false
		}
		if n>>60 != 0 {
			return seqPos{}, false
		}
		n = n<<4 | uint64(d)
	}
	if k == 37 {
		return seqPos{}, false
	}
	return seqPos{id: unsafe.String(unsafe.SliceData(c[2:34]), 32), seq: n}, true
}

func (em *emitter) entry(e *classifier.Entry) error {
	p, ok := em.parseSeq(e.Cursor)
	if ok {
		if lost := em.noteSeq(p); lost > 0 {
			em.addGap(feed.Gap{Reason: "vacuumed", Lost: lost, AfterCursor: em.cursor(),
				BeforeCursor: string(e.Cursor), RealtimeUS: e.RealtimeUS})
		}
	}
	em.last, em.lastIsNew = append(em.last[:0], e.Cursor...), true
	em.src.noteEntry(e.RealtimeUS, p, ok)
	b := em.batch()
	if string(e.Identifier) == "systemd-journald" {
		if n, unit, ok := parseSuppressed(e.Message); ok {
			if em.cfg.Unit == "" || unit == em.cfg.Unit {
				em.addGap(feed.Gap{Reason: "ratelimited", Lost: n, AfterCursor: em.cursor(), RealtimeUS: e.RealtimeUS})
			}
			if em.cfg.Unit != "" {
				// Let in (by the extra match) only to be counted: not
				// the unit's own entry.
				em.src.stats.filtered.Add(1)
				return em.sendIfFull()
			}
		}
	}
	b.Append(e)
	em.src.stats.entries.Add(1)
	return em.sendIfFull()
}

func (em *emitter) sendIfFull() error {
	if b := em.b; b != nil && len(b.Entries)+len(b.Gaps) >= em.cfg.BatchSize {
		return em.send()
	}
	return nil
}

func (em *emitter) addGap(g feed.Gap) {
	em.src.noteGap(g)
	em.cfg.Logger.Warn().Str("reason", g.Reason).Int64("lost", g.Lost).
		Str("after_cursor", g.AfterCursor).Str("before_cursor", g.BeforeCursor).
		Msg("journal entries lost before they were read")
	b := em.batch()
	b.Gaps = append(b.Gaps, g)
}

func (em *emitter) gap(g feed.Gap) error {
	if g.Reason == "vacuumed" {
		// A resume gap counted up to the oldest retained entry: the
		// sequence check must not count the same entries again.
		if p, ok := parseCursor(g.BeforeCursor); ok && p.seq > 0 {
			if last, seen := em.lastSeq[p.id]; !seen || last < p.seq-1 {
				em.lastSeq[p.id] = p.seq - 1
			}
		}
	}
	em.addGap(g)
	return em.sendIfFull()
}

func (em *emitter) bad(cursor string, err error) error {
	em.src.stats.bad.Add(1)
	if isNextFailure(err) {
		// No entry was read, and none skipped: count nothing lost.
		em.cfg.Logger.Warn().Err(err).Msg("journal read failed; trying again from the same position")
		return nil
	}
	em.cfg.Logger.Warn().Err(err).Str("cursor", cursor).Msg("unreadable journal entry skipped")
	if em.contiguous {
		// The next entry's sequence number counts it (and anything else
		// lost with it) exactly once.
		return nil
	}
	return em.gap(feed.Gap{Reason: "unreadable", Lost: 1, AfterCursor: em.cursor(), BeforeCursor: cursor})
}

func (em *emitter) flush() error {
	em.src.stats.caughtUp.Store(true)
	em.publishPosition()
	return em.send()
}

// publishPosition tells the watchdog's probe how far the reader got; called
// when the reader has caught up, which is when the probe asks.
func (em *emitter) publishPosition() {
	if p := em.src.stats.delivered.Load(); p == nil || *p != em.lastCursor {
		c := em.lastCursor
		em.src.stats.delivered.Store(&c)
	}
}

func (em *emitter) idle() error {
	em.src.stats.caughtUp.Store(true)
	em.publishPosition()
	if em.b != nil {
		return em.send()
	}
	if em.cursor() == "" || time.Since(em.lastSend) < em.cfg.IdleInterval {
		return nil
	}
	// A quiet or fully filtered stretch: an empty batch carries the
	// position, so the checkpoint stays fresh.
	em.batch()
	return em.send()
}

func (em *emitter) head(cursor string) error {
	if p, ok := parseCursor(cursor); ok {
		em.src.noteHead(p)
	}
	return nil
}

// errReaderDied is a child reader (or the journal) failing; Run restarts it.
var errReaderDied = errors.New("journal reader died")

// nextPrefix starts the error of a failed sd_journal_next. libsystemd
// returns such an error before it moves its position (real_journal_next
// fails on the entry it chose, before set_location), so it names no entry
// and skips none: the next call tries the same entry again, and three
// failures in a row restart the reader after its last cursor. It is not a
// loss. The prefix, not an error value, marks it, since a child reader's
// errors reach the parent as text.
const nextPrefix = "journal next: "

func nextFailed(err error) error { return fmt.Errorf(nextPrefix+"%w", err) }

func isNextFailure(err error) bool { return err != nil && strings.HasPrefix(err.Error(), nextPrefix) }
