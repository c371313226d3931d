// Package feed defines the batches of journal entries that sources hand to
// the sidecar, and the gaps they report when entries were lost before they
// could be read.
package feed

import (
	"context"

	"github.com/stemedb/stemewatch/classifier"
)

// Batch is a run of consecutive entries from one source. A batch owns its
// bytes: every slice in Entries points into the batch's own arena, so a batch
// stays valid after the source reads on, until the consumer calls Release
// (if it ever does).
type Batch struct {
	Entries []classifier.Entry
	// Gaps are losses the source noticed before or between these entries.
	Gaps []Gap
	// Errors are entries the source could not decode (malformed input, "bad
	// message" from sd-journal). They were counted, not delivered.
	Errors []error
	// Cursor is the cursor to checkpoint once every entry of the batch has
	// been handled: the last entry's cursor, or the source's position when
	// the batch carries no entries (a fully filtered or quiet stretch).
	Cursor string

	arena []byte
	// recycle, set by a source that reuses batches, takes the batch back.
	recycle func(*Batch)
}

// Release tells the source that the consumer is done with the batch and
// every slice in it, so that the source may fill it again instead of
// allocating another. Calling it is optional (an unreleased batch is
// garbage collected); using the batch or anything in it afterwards is a
// bug. Only the first call counts.
func (bt *Batch) Release() {
	if r := bt.recycle; r != nil {
		bt.recycle = nil
		r(bt)
	}
}

// SetRecycle is for sources: fn takes the batch back at Release.
func (bt *Batch) SetRecycle(fn func(*Batch)) { bt.recycle = fn }

// Gap reports entries that were lost before they were read.
type Gap struct {
	// Reason is "vacuumed" (the journal dropped entries past the checkpoint
	// or the reader), "ratelimited" (journald suppressed messages), or
	// "unreadable" (sd-journal returned a bad message).
	Reason string
	// Lost is the number of entries lost, or 0 when unknown. For a
	// reader with matches, a vacuum's loss counts every entry lost,
	// matching or not, where the journal no longer says which matched.
	Lost int64
	// AfterCursor and BeforeCursor bound the gap where known.
	AfterCursor, BeforeCursor string
	// RealtimeUS is the entry time at which the gap was noticed.
	RealtimeUS int64
}

// Copy returns b appended to the batch's arena, so the result stays valid as
// long as the batch does. Sources use it to detach an entry from their own
// read buffers.
func (bt *Batch) Copy(b []byte) []byte {
	if b == nil {
		return nil
	}
	start := len(bt.arena)
	if cap(bt.arena)-start < len(b) {
		// Grow into a fresh arena: slices handed out earlier keep pointing
		// into the old one, which stays alive through them.
		n := 2 * cap(bt.arena)
		if n < len(b) {
			n = len(b)
		}
		if n < 64<<10 {
			n = 64 << 10
		}
		bt.arena = make([]byte, 0, n)
		start = 0
	}
	bt.arena = append(bt.arena, b...)
	return bt.arena[start:len(bt.arena):len(bt.arena)]
}

// Reserve gives an empty batch an arena of n bytes to start with, so a
// source that knows about how much its batches hold allocates once per
// batch instead of growing the arena step by step.
func (bt *Batch) Reserve(n int) {
	if bt.arena == nil && n > 0 {
		bt.arena = make([]byte, 0, n)
	}
}

// ArenaLen returns the bytes the batch's entries hold in its current arena.
func (bt *Batch) ArenaLen() int { return len(bt.arena) }

// Add appends a copy of e, its byte slices moved into the batch's arena,
// and makes its cursor the batch's Cursor.
func (bt *Batch) Add(e *classifier.Entry) {
	bt.Append(e)
	bt.Cursor = string(bt.Entries[len(bt.Entries)-1].Cursor)
}

// Append is Add without setting Cursor, for a source that sets it once
// before handing the batch on (a string per entry is an allocation per
// entry).
func (bt *Batch) Append(e *classifier.Entry) {
	c := *e
	c.Message = bt.Copy(e.Message)
	c.Cursor = bt.Copy(e.Cursor)
	c.Unit = bt.Copy(e.Unit)
	c.Host = bt.Copy(e.Host)
	c.Identifier = bt.Copy(e.Identifier)
	bt.Entries = append(bt.Entries, c)
}

// Reset empties the batch for reuse, keeping its capacity.
func (bt *Batch) Reset() {
	clear(bt.Entries) // no pointers into arenas left behind
	bt.Entries = bt.Entries[:0]
	bt.Gaps = bt.Gaps[:0]
	bt.Errors = bt.Errors[:0]
	bt.Cursor = ""
	bt.arena = bt.arena[:0]
}

// Source produces batches of entries: the live journal, a journalctl child,
// or saved input files. Run sends batches on out until ctx is cancelled or
// the input ends, then closes out and returns: nil at the end of a finite
// input or on cancellation, an error when the source failed for good.
//
// A source may also implement `Ready() error` (nil when its journal is open,
// otherwise the reason, for /readyz).
type Source interface {
	Run(ctx context.Context, out chan<- *Batch) error
}
