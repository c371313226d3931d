package sidecar

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stemedb/stemewatch/anomaly"
	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/evidence"
)

// recordingPub keeps what it was handed.
type recordingPub struct {
	mu sync.Mutex
	as []anomaly.Anomaly
}

func (p *recordingPub) Publish(_ context.Context, a anomaly.Anomaly) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.as = append(p.as, a)
	return nil
}
func (p *recordingPub) Flush(context.Context) error { return nil }
func (p *recordingPub) Close(context.Context) error { return nil }

// TestEvidenceNeverHoldsAnAnomaly: with stemedb-api's /metrics hanging,
// the agent_errors anomaly is in the publisher (the outbox) by the time
// Publish returns for the event that decided it, its evidence saying the
// endpoint did not answer within the bound. So the checkpoint, which moves
// only after Publish returned, never passes an anomaly not yet handed on.
func TestEvidenceNeverHoldsAnAnomaly(t *testing.T) {
	release := make(chan struct{})
	hang := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer hang.Close()
	defer close(release)
	cfg := evidence.Default()
	cfg.Enabled = evidence.On
	cfg.Timeout = 100 * time.Millisecond
	cfg.StemedbMetricsURL = hang.URL + "/metrics"
	pub := &recordingPub{}
	a := &Anomalies{Config: anomaly.Default(), Node: "api-node-1", Unit: "stemedb-api.service", Pub: pub,
		Evidence: evidence.New(cfg)}
	typ := classifier.AuthenticationError
	t0 := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
	for i := 0; i < 60; i++ {
		ev := &classifier.Event{Cursor: "c", Time: t0.Add(time.Duration(i) * 500 * time.Millisecond), ErrorType: &typ,
			AgentID: "agent-0666", HTTPStatus: 401, Message: "invalid api key presented"}
		before := len(pub.as)
		if err := a.Publish(context.Background(), ev); err != nil {
			t.Fatal(err)
		}
		for _, x := range pub.as[before:] {
			if x.Kind != anomaly.KindAgentErrors || x.Status != anomaly.StatusOpen {
				continue
			}
			e := x.Evidence
			if e == nil || e.AgentRequests == nil || e.AgentRequests.Verdict != anomaly.VerdictUnavailable ||
				!strings.Contains(e.AgentRequests.Summary, "metrics endpoint unreachable: no answer within") {
				t.Fatalf("agent_errors sent with evidence %+v, want agent_requests unavailable (no answer)", e)
			}
			t.Logf("%s", e.AgentRequests.Summary)
			return
		}
	}
	t.Fatalf("no agent_errors anomaly opened; published %d", len(pub.as))
}
