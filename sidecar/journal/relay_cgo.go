//go:build cgo

package journal

import (
	"errors"
	"sync"

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
	var e classifier.Entry
	for op := range r.ops {
		if r.failed() != nil {
			if op.b != nil {
				r.free <- op.b
			}
			continue // drain: the reader stops at its next call
		}
		var err error
		switch op.kind {
		case 'E':
			for err == nil && op.b.next(&e) {
				err = r.snk.entry(&e)
			}
			r.free <- op.b
		case 'B':
			err = r.snk.bad(op.cursor, op.err)
		case 'F':
			err = r.snk.flush()
		case 'I':
			err = r.snk.idle()
		case 'H':
			err = r.snk.head(op.cursor)
		case 'O':
			err = r.snk.opened(op.err)
		case 'P':
			err = r.snk.position(op.cursor)
		case 'G':
			err = r.snk.gap(op.gap)
		}
		if err != nil {
			r.mu.Lock()
			r.err = err
			r.mu.Unlock()
		}
	}
}

func (r *relay) failed() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.err
}

func (r *relay) send(op relayOp) error {
	if err := r.failed(); err != nil {
		return err
	}
	r.ops <- op
	return nil
}

// buffer returns an empty batch buffer, waiting while relayDepth batches
// are queued.
func (r *relay) buffer() *batchReader { return <-r.free }

// entries queues a filled batch buffer.
func (r *relay) entries(b *batchReader) error {
	if err := r.failed(); err != nil {
		r.free <- b
		return err
	}
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
