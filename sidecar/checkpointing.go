package sidecar

import (
	"context"
	"fmt"
	"time"
)

// Holding, retrying and saving: a batch whose effects a sink could not
// record holds the checkpoint and is retried with backoff; a recorded
// batch's cursor is offered to the checkpoint, which is saved (with the
// detectors' state) at most once a second and on shutdown.

func (s *Sidecar) isHeld() bool {
	p := s.held.Load()
	return p != nil && *p != nil
}

// hold stops the checkpoint at the last recorded batch.
func (s *Sidecar) hold(cursor string, failed []int) {
	s.heldFor = failed
	s.heldCursor = cursor
	s.heldSince = time.Now()
	names := make([]string, len(failed))
	for i, j := range failed {
		names[i] = sinkName(s.sinks[j])
	}
	err := fmt.Errorf("effects of a batch not recorded by %v; reading paused and the checkpoint held until they are (retrying)", names)
	s.held.Store(&err)
	s.log.Error().Strs("sinks", names).Msg("batch not recorded; pausing reading and retrying with backoff")
}

// retry calls Retry on the failed sinks, with backoff, until all succeed
// (then the held batch's cursor is offered) or ctx ends.
func (s *Sidecar) retry(ctx context.Context) bool {
	if s.noRetry || len(s.heldFor) == 0 {
		return false // nothing this run can record
	}
	wait := s.cfg.RetryBackoff
	for {
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return false
		case <-t.C:
		}
		s.retries.Inc()
		var still []int
		for _, j := range s.heldFor {
			r, ok := s.sinks[j].(Retrier)
			if !ok {
				s.noRetry = true
				err := fmt.Errorf("sink %s failed and cannot retry: the checkpoint stays where it is until the next start", sinkName(s.sinks[j]))
				s.held.Store(&err)
				return false
			}
			if err := r.Retry(ctx); err != nil {
				s.sinkFailed(j, err)
				still = append(still, j)
			}
		}
		s.heldFor = still
		if len(still) == 0 {
			var none error
			s.held.Store(&none)
			s.log.Info().Dur("after", time.Since(s.heldSince)).Msg("held batch recorded; reading resumes")
			s.offer(s.heldCursor)
			return true
		}
		wait = min(2*wait, s.cfg.MaxRetryBackoff)
	}
}

// offer hands a recorded batch's cursor to the checkpoint.
func (s *Sidecar) offer(cursor string) {
	if cursor == "" || s.cfg.Checkpoint == nil {
		return
	}
	s.lastOffered = cursor
	if err := s.cfg.Checkpoint.Offer(cursor); err != nil {
		s.checkpointFailed(err)
	} else {
		s.checkpointCurrent()
	}
}

// checkpoint saves a pending cursor (always when final, else when the
// throttle has one waiting) and updates the checkpoint age and readiness.
// While a batch is held nothing is saved: the state is ahead of the last
// recorded cursor, and the next start replays from the saved one.
func (s *Sidecar) checkpoint(final bool) error {
	cp := s.cfg.Checkpoint
	if cp == nil {
		return nil
	}
	if p := s.held.Load(); p != nil && *p != nil {
		if final {
			s.log.Error().Err(*p).Msg("final checkpoint not written; the next start replays from the last one saved")
		}
		return *p
	}
	saved, _ := cp.Saved()
	if !final && saved == s.lastOffered {
		s.checkpointCurrent()
		return nil
	}
	if err := cp.Flush(); err != nil {
		s.checkpointFailed(err)
		if final {
			s.log.Error().Err(err).Msg("final checkpoint not written")
		}
		return err
	}
	s.checkpointCurrent()
	if final && s.lastOffered != "" {
		s.log.Info().Str("cursor", s.lastOffered).Msg("checkpoint written")
	}
	return nil
}

func (s *Sidecar) checkpointCurrent() {
	saved, _ := s.cfg.Checkpoint.Saved()
	if saved == s.lastOffered {
		s.ckptCurrent.Store(time.Now().UnixNano())
		var none error
		s.ckptErr.Store(&none)
	}
}

func (s *Sidecar) checkpointFailed(err error) {
	s.ckptFailures.Inc()
	err = fmt.Errorf("checkpoint: %w", err)
	s.ckptErr.Store(&err)
	s.warn.Error().Err(err).Msg("checkpoint not written; will retry")
}
