package sinks

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// run is the drainer: whenever connected it sets up the stream (at once,
// so /readyz can tell about a stream that does not suit us before the
// first anomaly) and sends the outbox.
func (n *NATS) run() {
	defer close(n.done)
	backoff := 100 * time.Millisecond
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		select {
		case <-n.stop:
			return
		default:
		}
		if n.nc.Status() == nats.CONNECTED && (n.outbox.ready() || n.modeUnknown()) {
			mode, err := n.ensureMode()
			if err != nil {
				n.setupErr.Store(&err)
			} else {
				n.setupErr.Store(nil)
				err = n.sendBatch(mode)
			}
			if err == nil {
				backoff = 100 * time.Millisecond
				continue
			}
			if n.ctx.Err() != nil {
				return // Close: what is left stays in the outbox
			}
			n.trouble(err, "nats publish; anomalies stay in the outbox")
			select {
			case <-n.stop:
				return
			case <-time.After(backoff):
			}
			backoff = min(2*backoff, 5*time.Second)
			continue
		}
		select {
		case <-n.stop:
			return
		case <-n.wake:
		case <-tick.C:
		}
	}
}

func (n *NATS) modeUnknown() bool {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.mode == ""
}

// payloads reads the payloads of items from the outbox; items gone
// meanwhile are left out, and on a read error all go back in line.
func (n *NATS) payloads(items []*outItem) ([]*outItem, [][]byte, error) {
	keep := items[:0]
	var data [][]byte
	for i, it := range items {
		b, err := n.outbox.payload(it)
		if errors.Is(err, errItemGone) {
			continue
		}
		if err != nil {
			for _, r := range items[i:] {
				n.outbox.retry(r)
			}
			for _, r := range keep {
				n.outbox.retry(r)
			}
			return nil, nil, err
		}
		keep = append(keep, it)
		data = append(data, b)
	}
	return keep, data, nil
}

// sendBatch sends up to 256 outbox items and waits for their fate. An item
// is removed only when acknowledged; the others go back in line.
func (n *NATS) sendBatch(mode string) error {
	items, data, err := n.payloads(n.outbox.next(256))
	if err != nil || len(items) == 0 {
		return err
	}
	if mode == JetStreamOff {
		for i, it := range items {
			if err := n.nc.Publish(it.subject, data[i]); err != nil {
				for _, r := range items {
					n.outbox.retry(r)
				}
				n.failed.Inc()
				return fmt.Errorf("publish %s: %w", items[i].subject, err)
			}
		}
		ctx, cancel := context.WithTimeout(n.ctx, n.cfg.AckTimeout)
		err := n.nc.FlushWithContext(ctx)
		cancel()
		if err != nil {
			for _, it := range items {
				n.outbox.retry(it)
			}
			n.failed.Inc()
			return fmt.Errorf("flush: %w", err)
		}
		for _, it := range items {
			n.outbox.done(it)
			n.published.Inc()
		}
		return nil
	}

	futures := make([]jetstream.PubAckFuture, len(items))
	var firstErr error
	for i, it := range items {
		msg := nats.NewMsg(it.subject)
		msg.Data = data[i] // never reused: read for this send
		f, err := n.js.PublishMsgAsync(msg, jetstream.WithMsgID(it.id))
		if err != nil {
			if firstErr == nil {
				firstErr = err
			}
			n.failed.Inc()
			n.outbox.retry(it)
			continue
		}
		futures[i] = f
	}
	timeout := time.NewTimer(n.cfg.AckTimeout + time.Second)
	defer timeout.Stop()
	for i, f := range futures {
		if f == nil {
			continue
		}
		it := items[i]
		select {
		case ack := <-f.Ok():
			n.outbox.done(it)
			n.published.Inc()
			if ack.Duplicate {
				n.log.Debug().Str("id", it.id).Msg("anomaly already in the stream (duplicate dropped)")
			}
		case err := <-f.Err():
			// ErrDisconnected, a timeout, no responders: the outcome is
			// unknown, so send again with the same id.
			n.failed.Inc()
			n.outbox.retry(it)
			if firstErr == nil {
				firstErr = err
			}
			if errors.Is(err, jetstream.ErrNoStreamResponse) || errors.Is(err, nats.ErrNoResponders) {
				n.reset() // the stream may have been deleted: create it again
			}
		case <-timeout.C:
			// The library times each ack out itself; this is a backstop.
			for _, r := range items[i:] {
				n.outbox.retry(r)
			}
			n.failed.Inc()
			return errors.New("no acknowledgement in time")
		case <-n.stop:
			for _, r := range items[i:] {
				n.outbox.retry(r)
			}
			return errors.New("closing")
		}
	}
	return firstErr
}
