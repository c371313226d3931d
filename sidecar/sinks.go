package sidecar

import (
	"context"
	"fmt"
	"time"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/sidecar/feed"
)

// What the sidecar asks of its sinks, its source and its checkpoint: one
// interface for what every sink does, and one for each thing some do.

// Sink receives every event (an error or a signature failure) in entry
// order, from one goroutine. Publish returning nil means the event's effect
// is recorded: only then may the checkpoint move past its entry.
type Sink interface {
	Publish(ctx context.Context, ev *classifier.Event) error
	// Close flushes what the sink holds and releases it; ctx bounds the wait.
	Close(ctx context.Context) error
}

// Advancer is a Sink that keeps windows on entry time: Advance is called
// after each batch with the newest entry time seen (microseconds since the
// epoch), and on quiet stretches of a live journal with the wall clock.
type Advancer interface {
	Advance(ctx context.Context, tUS int64) error
}

// GapSink is a Sink told about entries lost before they were read.
type GapSink interface {
	Gap(ctx context.Context, g feed.Gap) error
}

// Flusher is a Sink that can be asked to deliver everything it buffered
// (NATS acknowledgements included) without closing.
type Flusher interface {
	Flush(ctx context.Context) error
}

// Retrier is a Sink that keeps the effects it could not record (an anomaly
// the outbox refused) and records them on Retry. When a sink fails, the
// sidecar stops reading and calls Retry, with backoff, until it returns
// nil; only then does the checkpoint move past the batch. A sink that fails
// and is not a Retrier holds the checkpoint back until the next start.
type Retrier interface {
	Retry(ctx context.Context) error
}

// Checkpointer stores the cursor of the last batch whose effects are
// recorded. *checkpoint.Throttle implements it.
type Checkpointer interface {
	// Offer records cursor as the newest checkpoint, saving it when due.
	Offer(cursor string) error
	// Flush saves the newest offered cursor now.
	Flush() error
	// Saved returns the last cursor saved and when.
	Saved() (string, time.Time)
}

// readier is what a source may implement for /readyz.
type readier interface{ Ready() error }

// named is what a sink may implement to name itself in metrics and logs.
type named interface{ Name() string }

func sinkName(sk Sink) string {
	if n, ok := sk.(named); ok {
		return n.Name()
	}
	return fmt.Sprintf("%T", sk)
}
