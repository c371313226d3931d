package sinks

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sync"

	"github.com/VictoriaMetrics/metrics"

	"github.com/stemedb/stemewatch/anomaly"
)

// Stdout writes anomalies as JSON lines, one per anomaly: the sink when no
// NATS URL is set (the Quick start demo shows them). Safe for concurrent use.
type Stdout struct {
	mu  sync.Mutex
	w   io.Writer
	set *metrics.Set
}

// NewStdout writes to w and counts anomalies in set (nil: a private set).
func NewStdout(w io.Writer, set *metrics.Set) *Stdout {
	if set == nil {
		set = metrics.NewSet()
	}
	for _, k := range anomaly.Kinds {
		anomalyCounter(set, k)
	}
	return &Stdout{w: w, set: set}
}

// Publish writes a as one JSON line; the line is written when it returns.
func (s *Stdout) Publish(_ context.Context, a anomaly.Anomaly) error {
	b, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("encode anomaly %s: %w", a.ID, err)
	}
	b = append(b, '\n')
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := s.w.Write(b); err != nil {
		return fmt.Errorf("write anomaly: %w", err)
	}
	anomalyCounter(s.set, a.Kind).Inc()
	return nil
}

// Flush does nothing: Publish writes at once.
func (s *Stdout) Flush(context.Context) error { return nil }

// Pending is always 0.
func (s *Stdout) Pending() int { return 0 }

// Close does nothing; the writer belongs to the caller.
func (s *Stdout) Close(context.Context) error { return nil }
