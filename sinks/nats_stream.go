package sinks

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// streamCallTimeout bounds one JetStream API call of the stream setup (it
// is also cut short by Close).
const streamCallTimeout = 5 * time.Second

// ensureMode decides JetStream or core publishing, setting up the stream
// when JetStream is used.
func (n *NATS) ensureMode() (string, error) {
	n.mu.Lock()
	mode := n.mode
	n.mu.Unlock()
	if mode != "" {
		return mode, nil
	}
	if n.cfg.JetStream == JetStreamOff {
		mode = JetStreamOff
	} else {
		ctx, cancel := context.WithTimeout(n.ctx, streamCallTimeout)
		err := n.ensureStream(ctx)
		cancel()
		switch {
		case err == nil:
			mode = JetStreamOn
		case n.ctx.Err() != nil:
			return "", fmt.Errorf("stream %s: closing", StreamName)
		case noJetStream(err) && n.cfg.JetStream == JetStreamAuto:
			n.log.Warn().Err(err).Msg("no JetStream on this server: core NATS publish, without dedupe")
			mode = JetStreamOff
		case errors.Is(err, context.DeadlineExceeded):
			return "", fmt.Errorf("stream %s: no answer from JetStream within %v: %w", StreamName, streamCallTimeout, err)
		default:
			return "", fmt.Errorf("stream %s: %w", StreamName, err)
		}
		if mode == JetStreamOn {
			n.log.Info().Str("stream", StreamName).Str("duplicates_window", n.cfg.DuplicatesWindow.String()).Msg("publishing anomalies with JetStream")
		}
	}
	n.mu.Lock()
	n.mode = mode
	n.mu.Unlock()
	return mode, nil
}

// wantStream is the stream stemewatch creates when there is none.
func (n *NATS) wantStream() jetstream.StreamConfig {
	return jetstream.StreamConfig{
		Name:       StreamName,
		Subjects:   []string{AnomalySubjects},
		Storage:    jetstream.FileStorage,
		MaxAge:     n.cfg.StreamMaxAge,
		Duplicates: n.cfg.DuplicatesWindow,
		Replicas:   max(n.cfg.StreamReplicas, 1),
	}
}

// ensureStream creates the stream when it does not exist, and otherwise
// leaves it as its operator configured it: an update would reset every
// setting it does not send (replicas back to 1, say), on every reconnect of
// every node. An existing stream is checked instead (checkStream); what
// does not suit us is logged and shown on /readyz, and publishing goes on.
func (n *NATS) ensureStream(ctx context.Context) error {
	want := n.wantStream()
	s, err := n.js.Stream(ctx, StreamName)
	if errors.Is(err, jetstream.ErrStreamNotFound) {
		_, err = n.js.CreateStream(ctx, want)
		if err == nil {
			n.streamProblem.Store(nil)
			n.log.Info().Str("stream", StreamName).Int("replicas", want.Replicas).
				Str("max_age", want.MaxAge.String()).Str("duplicates_window", want.Duplicates.String()).
				Msg("created the JetStream stream")
			return nil
		}
		if errors.Is(err, jetstream.ErrStreamNameAlreadyInUse) {
			s, err = n.js.Stream(ctx, StreamName) // another node was quicker
		}
	}
	if err != nil {
		return err
	}
	have := s.CachedInfo().Config
	problem := checkStream(have, want)
	if problem == nil {
		n.streamProblem.Store(nil)
	} else if old := n.streamProblem.Swap(&problem); old == nil || (*old).Error() != problem.Error() {
		n.log.Warn().Err(problem).Str("stream", StreamName).
			Msg("the existing stream does not suit stemewatch; left as configured, publishing to it anyway")
	}
	if have.Replicas != want.Replicas {
		n.log.Info().Str("stream", StreamName).Int("replicas", have.Replicas).Int("nats.stream_replicas", want.Replicas).
			Msg("existing stream kept with its own replica count")
	}
	return nil
}

// checkStream says what in an existing stream's configuration breaks a
// promise of ours: a duplicate window shorter than nats.duplicates_window
// (a resend after a long outage would be stored twice), or subjects that
// do not take in stemedb.anomalies.> (anomalies would not be stored).
func checkStream(have, want jetstream.StreamConfig) error {
	var probs []string
	if have.Duplicates < want.Duplicates {
		probs = append(probs, fmt.Sprintf("duplicate window %v is shorter than nats.duplicates_window = %v, so an anomaly resent after a longer outage may be stored twice",
			have.Duplicates, want.Duplicates))
	}
	covered := false
	for _, subj := range have.Subjects {
		if subjectCovers(subj, AnomalySubjects) {
			covered = true
			break
		}
	}
	if !covered {
		probs = append(probs, fmt.Sprintf("subjects %q do not cover %s, so anomalies are not stored",
			have.Subjects, AnomalySubjects))
	}
	if len(probs) == 0 {
		return nil
	}
	return fmt.Errorf("stream %s: %s", StreamName, strings.Join(probs, "; "))
}

// subjectCovers reports whether every subject that subj matches is also
// matched by pattern (NATS wildcards: * one token, > the rest).
func subjectCovers(pattern, subj string) bool {
	pt, st := strings.Split(pattern, "."), strings.Split(subj, ".")
	for i, p := range pt {
		if p == ">" {
			return i < len(st)
		}
		if i >= len(st) {
			return false
		}
		s := st[i]
		switch {
		case s == ">":
			return false // subj goes on to any depth; pattern does not
		case p == "*":
		case p != s || s == "*":
			return false
		}
	}
	return len(pt) == len(st)
}

func noJetStream(err error) bool {
	return errors.Is(err, jetstream.ErrJetStreamNotEnabled) ||
		errors.Is(err, jetstream.ErrJetStreamNotEnabledForAccount) ||
		errors.Is(err, nats.ErrNoResponders) ||
		errors.Is(err, nats.ErrJetStreamNotEnabled)
}
