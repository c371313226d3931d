//go:build cgo

package journal

import (
	"errors"
	"sync"
	"sync/atomic"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/sidecar/feed"
)

// relay is the sink readBatches hands its calls to: it replays them, in
// order, into the real sink on a goroutine of its own, so that the thread
// holding the journal only reads (sd-journal, one cgo call per batch) while
// the entries are decoded, copied into feed.Batches (or framed for the
// parent) on another core. Batches of records travel whole; at most
// relayDepth of them are in flight, so memory and read-ahead stay bounded
// and a busy consumer still holds the reader back.
type relay struct {
	snk  sink
	ops  chan relayOp
	free chan *batchReader
	done chan struct{}

	// pending counts the calls queued and not yet returned by the sink.
	pending atomic.Int64

	mu  sync.Mutex
	err error // the first error the sink returned
}

// relayDepth is how many batches of records may wait for the sink.
const relayDepth = 2

type relayOp struct {
	kind   byte // 'E' entries, 'B' bad, 'F' flush, 'I' idle, 'H' head, 'O' opened, 'P' position, 'G' gap
	b      *batchReader
	cursor string
	err    error
	gap    feed.Gap
}

// recordSink is a sink that takes a batch of records whole (the child's
// frameWriter): the relay hands them over without decoding them.
type recordSink interface {
	records(n int, recs []byte) error
}

// errSingleEntry: entries reach a relay in batches (entries), never one by one.
var errSingleEntry = errors.New("journal relay: entries travel in batches")

func newRelay(snk sink) *relay {
	r := &relay{snk: snk, ops: make(chan relayOp, relayDepth), free: make(chan *batchReader, relayDepth+1), done: make(chan struct{})}
	for range relayDepth + 1 {
		r.free <- &batchReader{}
	}
	go r.run()
	return r
}

func (r *relay) run() {
	defer close(r.done)
	for op := range r.ops {
		if r.failed() != nil {
			if op.b != nil {
				r.free <- op.b
			}
		} else {
			r.record(r.apply(op))
		}
		r.pending.Add(-1) // after the sink returned: see send
	}
}

// apply makes one call on the sink.
func (r *relay) apply(op relayOp) error {
	switch op.kind {
	case 'E':
		var err error
		if rs, ok := r.snk.(recordSink); ok {
			err = rs.records(op.b.pending())
		} else {
			var e classifier.Entry
			for err == nil && op.b.next(&e) {
				err = r.snk.entry(&e)
			}
			if err == nil {
				err = op.b.err
			}
		}
		op.b.err = nil
		r.free <- op.b
		return err
	case 'B':
		return r.snk.bad(op.cursor, op.err)
	case 'F':
		return r.snk.flush()
	case 'I':
		return r.snk.idle()
	case 'H':
		return r.snk.head(op.cursor)
	case 'O':
		return r.snk.opened(op.err)
	case 'P':
		return r.snk.position(op.cursor)
	case 'G':
		return r.snk.gap(op.gap)
	}
	return nil
}

func (r *relay) record(err error) {
	if err != nil {
		r.mu.Lock()
		if r.err == nil {
			r.err = err
		}
		r.mu.Unlock()
	}
}

func (r *relay) failed() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.err
}

// send queues a call behind the batches in flight, or, when nothing is in
// flight (a quiet journal: flush, idle and head every poll), makes it here:
// the relay goroutine then waits for work and will not touch the sink, and
// a followed journal at rest costs no goroutine wake-ups.
func (r *relay) send(op relayOp) error {
	if err := r.failed(); err != nil {
		return err
	}
	if r.pending.Load() == 0 {
		err := r.apply(op)
		r.record(err)
		return err
	}
	r.pending.Add(1)
	r.ops <- op
	return nil
}

// buffer returns an empty batch buffer, waiting while relayDepth batches
// are queued.
func (r *relay) buffer() *batchReader { return <-r.free }

// entries queues a filled batch buffer (an empty one goes straight back).
func (r *relay) entries(b *batchReader) error {
	if err := r.failed(); err != nil || b.n == 0 {
		r.free <- b
		return err
	}
	r.pending.Add(1)
	r.ops <- relayOp{kind: 'E', b: b}
	return nil
}

// close waits until every queued call reached the sink and returns the
// first error the sink returned.
func (r *relay) close() error {
	close(r.ops)
	<-r.done
	return r.failed()
}

// The sink interface, queued in order.
func (r *relay) opened(warn error) error       { return r.send(relayOp{kind: 'O', err: warn}) }
func (r *relay) position(cursor string) error  { return r.send(relayOp{kind: 'P', cursor: cursor}) }
func (r *relay) gap(g feed.Gap) error          { return r.send(relayOp{kind: 'G', gap: g}) }
func (r *relay) entry(*classifier.Entry) error { return errSingleEntry }
func (r *relay) bad(cursor string, e error) error {
	return r.send(relayOp{kind: 'B', cursor: cursor, err: e})
}
func (r *relay) flush() error             { return r.send(relayOp{kind: 'F'}) }
func (r *relay) idle() error              { return r.send(relayOp{kind: 'I'}) }
func (r *relay) head(cursor string) error { return r.send(relayOp{kind: 'H', cursor: cursor}) }
