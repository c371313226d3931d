package sidecar

import (
	"fmt"
	"io"
	"net/http"

	"github.com/VictoriaMetrics/metrics"
	"github.com/stemedb/stemewatch/patterns"
	"github.com/stemedb/stemewatch/sinks"
)

// The HTTP side: /metrics (with the per-rule counters), /healthz and
// /readyz with the reason it is not ready.

// writeRuleStats writes the per-rule counters of the set in use. They
// restart at 0 when a reload swaps the set (Prometheus sees a reset).
func (s *Sidecar) writeRuleStats(w io.Writer) {
	c := s.cls.Load()
	if c == nil {
		return
	}
	rules := c.Patterns().All()
	type line struct {
		name string
		f    func(st patterns.Stats) float64
	}
	for _, l := range []line{
		{"stemewatch_rule_evaluations_total", func(st patterns.Stats) float64 { return float64(st.Evals) }},
		{"stemewatch_rule_matches_total", func(st patterns.Stats) float64 { return float64(st.Matches) }},
		{"stemewatch_rule_timeouts_by_rule_total", func(st patterns.Stats) float64 { return float64(st.Timeouts) }},
		{"stemewatch_rule_seconds_total", func(st patterns.Stats) float64 { return st.Time.Seconds() }},
	} {
		for _, r := range rules {
			st := r.Stats()
			metrics.WriteCounterFloat64(w, sinks.Series(l.name, "rule", r.Name), l.f(st))
		}
	}
}

func (s *Sidecar) ready() error {
	if p := s.sourceErr.Load(); p != nil && *p != nil {
		return *p
	}
	if r, ok := s.cfg.Source.(readier); ok && !s.sourceDone.Load() {
		if err := r.Ready(); err != nil {
			return err
		}
	}
	if p := s.held.Load(); p != nil && *p != nil {
		return *p
	}
	if p := s.ckptErr.Load(); p != nil && *p != nil {
		return *p
	}
	// A sink that can tell (NATS) says when its deliveries are held back.
	for _, sk := range s.sinks {
		if r, ok := sk.(readier); ok {
			if err := r.Ready(); err != nil {
				return err
			}
		}
	}
	return nil
}

// Handler serves /metrics, /healthz and /readyz.
func (s *Sidecar) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /metrics", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		// One HELP and TYPE per family, from sinks.MetricHelp.
		_ = sinks.WriteExposition(w, func(w io.Writer) {
			s.set.WritePrometheus(w)
			metrics.WriteProcessMetrics(w)
			metrics.WriteFDMetrics(w)
		})
	})
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, _ *http.Request) {
		if err := s.ready(); err != nil {
			http.Error(w, "not ready: "+err.Error(), http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ready")
	})
	return mux
}
