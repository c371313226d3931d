package evidence

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/internal/testenv"
)

// The cost of each kind on this machine, and of Observe on the hot path:
// go test ./evidence -run '^$' -bench . -benchtime 200x
func BenchmarkClock(b *testing.B) {
	g := New(testConfig())
	for b.Loop() {
		g.clock()
	}
}

func BenchmarkFilesystems(b *testing.B) {
	cfg := testConfig()
	cfg.DataDirs = []string{b.TempDir()}
	g := New(cfg)
	for b.Loop() {
		g.filesystems()
	}
}

func BenchmarkPeersLoopback(b *testing.B) {
	okAddr := testenv.ListeningPeer(b)
	g := New(testConfig())
	peers := []peerCount{{okAddr, 1}, {"127.0.0.1:1", 1}}
	for b.Loop() {
		g.probePeers(context.Background(), peers)
	}
}

func BenchmarkAgentRequests(b *testing.B) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprint(w, metricsPage)
	}))
	defer srv.Close()
	cfg := testConfig()
	cfg.StemedbMetricsURL = srv.URL
	g := New(cfg)
	for b.Loop() {
		g.agentRequests(context.Background(), "agent-0666")
	}
}

func BenchmarkObserveNetworkError(b *testing.B) {
	g := New(testConfig())
	typ := classifier.NetworkError
	ev := &classifier.Event{ErrorType: &typ, Time: time.Now(),
		Message: "2026-11-25T10:46:33.520026Z ERROR stemedb_cluster::rpc: request failed Error: NetworkError: rpc to node2:18182 failed: Connection refused (os error 111) agent_id=agent-0001 method=POST path=/v1/batch status=500"}
	b.ReportAllocs()
	for b.Loop() {
		g.Observe(ev)
	}
}

func BenchmarkObserveOther(b *testing.B) {
	g := New(testConfig())
	typ := classifier.StorageError
	ev := &classifier.Event{ErrorType: &typ, Message: "Error: StorageError: lsm compaction failed"}
	b.ReportAllocs()
	for b.Loop() {
		g.Observe(ev)
	}
}
