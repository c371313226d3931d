package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/stemedb/stemewatch/anomaly"
	"github.com/stemedb/stemewatch/internal/testenv"
)

// TestDataCorruptionLatency measures, end to end, the time from writing a
// SerializationError to journald until a NATS subscriber receives it as a
// data_corruption anomaly: journald, the journal reader, classifier,
// detector, outbox fsync and JetStream. It prints the percentiles and does
// not assert them (journald itself batches change notifications every
// 250 ms). The cooldown is set to 0 so every entry is its own message.
func TestDataCorruptionLatency(t *testing.T) {
	if testing.Short() {
		t.Skip("latency: about 10 s")
	}
	ns := testenv.Namespace(t, "swlat", "[Journal]\nStorage=volatile\nRateLimitBurst=0\n")
	ident := fmt.Sprintf("stemewatch-latency-%d", os.Getpid())
	ns.Send(t, "MESSAGE=latency test starts", "SYSLOG_IDENTIFIER="+ident, "PRIORITY=6")
	if err := ns.Sync(); err != nil {
		t.Fatal(err)
	}
	dir := ns.JournalDir()
	s := startNATS(t)
	work := t.TempDir()
	cfg := filepath.Join(work, "stemewatch.toml")
	if err := os.WriteFile(cfg, []byte("[anomalies.data_corruption]\ncooldown = \"0s\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}

	nc := natsConn(t, s.ClientURL())
	var mu sync.Mutex
	// Latency is measured from the entry's own journal time (journald
	// stamps it on receipt, same clock) to the subscriber's receipt.
	var lat []time.Duration
	if _, err := nc.Subscribe("stemedb.anomalies.data_corruption.>", func(m *nats.Msg) {
		at := time.Now()
		var a anomaly.Anomaly
		if json.Unmarshal(m.Data, &a) != nil {
			return
		}
		mu.Lock()
		lat = append(lat, at.Sub(a.Time))
		mu.Unlock()
	}); err != nil {
		t.Fatal(err)
	}
	_ = nc.Flush()

	p := startRun(t, work, "--config", cfg, "--journal-dir", dir, "--unit", "", "--match", "SYSLOG_IDENTIFIER="+ident,
		"--from", "head", "--state-dir", filepath.Join(work, "state"), "--nats-url", s.ClientURL(), "--log-level", "warn")
	p.await("the first entry", 20*time.Second, func() bool {
		return value(p.scrape(), "stemewatch_entries_read_total") >= 1
	})
	// A follower runs on one P unless told otherwise (journal.FollowOneCore).
	if g := value(p.scrape(), "go_gomaxprocs"); os.Getenv("GOMAXPROCS") == "" && g != 1 {
		t.Errorf("run following a journal: go_gomaxprocs %v, want 1", g)
	}

	const n = 100
	for i := range n {
		ns.Send(t, fmt.Sprintf("MESSAGE=2026-11-25T09:46:40.000000Z ERROR stemedb_api::storage: Error: SerializationError: checksum mismatch in segment seq=%d agent_id=agent-0001", i),
			"PRIORITY=3", "SYSLOG_IDENTIFIER="+ident)
		time.Sleep(50 * time.Millisecond)
	}
	if err := testenv.Eventually(30*time.Second, func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(lat) >= n
	}); err != nil {
		fams := p.scrape()
		mu.Lock()
		t.Fatalf("received %d of %d; entries read %v, anomalies %v, NATS published %v, failures %v",
			len(lat), n, value(fams, "stemewatch_entries_read_total"), series(fams, "stemewatch_anomalies_total", "kind"),
			value(fams, "stemewatch_nats_published_total"), value(fams, "stemewatch_nats_publish_failures_total"))
	}
	mu.Lock()
	defer mu.Unlock()
	slices.Sort(lat)
	q := func(f float64) time.Duration { return lat[int(f*float64(len(lat)-1))] }
	t.Logf("journald write → data_corruption at a NATS subscriber, %d entries: p50 %v p90 %v p99 %v max %v", len(lat), q(.5), q(.9), q(.99), lat[len(lat)-1])
	fmt.Printf("data_corruption latency journal→subscriber: p50=%v p99=%v max=%v (n=%d)\n", q(.5), q(.99), lat[len(lat)-1], len(lat))
}
