// Package replay is the --input source: it reads saved journals (journalctl
// JSON, export format, plain text; gzip or not) one after another and hands
// their entries on in feed.Batches.
package replay

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/stemedb/stemewatch/journalfmt"
	"github.com/stemedb/stemewatch/sidecar/feed"
)

// DefaultBatchSize is the most entries in one batch.
const DefaultBatchSize = 512

// FlushInterval is how long a partial batch may wait for more entries
// before it is handed on anyway.
const FlushInterval = 100 * time.Millisecond

// Source reads Inputs in order. It is a feed.Source for finite input: Run
// returns nil at the end of the last input.
type Source struct {
	// Inputs are file names, "-" for Stdin.
	Inputs []string
	// Format is "", "auto", "json", "export" or "text" (journalfmt.ParseFormat).
	Format string
	// Stdin is read for the input "-" (nil: os.Stdin).
	Stdin io.Reader
	// BatchSize caps the entries per batch (default DefaultBatchSize).
	BatchSize int

	ready atomic.Pointer[error]
}

var _ feed.Source = (*Source)(nil)

var errNotStarted = errors.New("input not opened yet")

// Ready is nil once the first input is open, and stays nil after the
// inputs were read to the end; otherwise it says why not.
func (s *Source) Ready() error {
	if p := s.ready.Load(); p != nil {
		return *p
	}
	return errNotStarted
}

func (s *Source) setReady(err error) { s.ready.Store(&err) }

// Run reads every input to its end, sending batches on out, and closes out.
// Entries without a cursor get "entry:N" (N counting the input's entries,
// malformed ones included, from 1), as classify and tail name them, so
// checkpoints and events can name them; text input has "line:N" from its
// reader. A malformed entry is
// carried in Batch.Errors (it names the input and line) and skipped; an
// input that cannot be opened or read ends the run with an error.
func (s *Source) Run(ctx context.Context, out chan<- *feed.Batch) error {
	defer close(out)
	size := s.BatchSize
	if size <= 0 {
		size = DefaultBatchSize
	}
	// The batch is shared with a flusher that hands on a partial batch
	// every FlushInterval, so a live pipe (journalctl -f -o json | stemewatch
	// run --input -) is not held back until a batch fills. Every send
	// happens under mu, so batches keep their order.
	var mu sync.Mutex
	b := &feed.Batch{}
	sendLocked := func() error {
		if len(b.Entries) == 0 && len(b.Errors) == 0 {
			return nil
		}
		select {
		case out <- b:
		case <-ctx.Done():
			return ctx.Err()
		}
		b = &feed.Batch{}
		return nil
	}
	send := func() error {
		mu.Lock()
		defer mu.Unlock()
		return sendLocked()
	}
	stopFlusher := make(chan struct{})
	flusherDone := make(chan struct{})
	go func() {
		defer close(flusherDone)
		t := time.NewTicker(FlushInterval)
		defer t.Stop()
		for {
			select {
			case <-stopFlusher:
				return
			case <-t.C:
				if send() != nil {
					return
				}
			}
		}
	}()
	defer func() { close(stopFlusher); <-flusherDone }()
	var num []byte
	for _, name := range s.Inputs {
		rd, closer, err := journalfmt.OpenOptions(name, journalfmt.Options{Format: s.Format, Stdin: s.Stdin})
		if err != nil {
			err = fmt.Errorf("input %s: %w", name, err)
			s.setReady(err)
			return err
		}
		s.setReady(nil)
		n := 0
		for {
			e, err := rd.Next()
			if err == io.EOF {
				break
			}
			var me *journalfmt.MalformedError
			if errors.As(err, &me) {
				n++ // N counts malformed entries too: it is the entry's position
				mu.Lock()
				b.Errors = append(b.Errors, err)
				mu.Unlock()
				continue
			}
			if err != nil {
				closer.Close()
				err = fmt.Errorf("input %s: %w", name, err)
				s.setReady(err)
				return err
			}
			n++
			if n%4096 == 0 && ctx.Err() != nil {
				closer.Close()
				return nil
			}
			if len(e.Cursor) == 0 {
				num = strconv.AppendInt(append(num[:0], "entry:"...), int64(n), 10)
				e.Cursor = num
			}
			mu.Lock()
			b.Add(e)
			var serr error
			if len(b.Entries) >= size {
				serr = sendLocked()
			}
			mu.Unlock()
			if serr != nil {
				closer.Close()
				return nil
			}
		}
		closer.Close()
		if ctx.Err() != nil {
			return nil
		}
	}
	if err := send(); err != nil {
		return nil
	}
	return nil
}
