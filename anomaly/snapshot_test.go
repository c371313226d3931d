package anomaly

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/stemedb/stemewatch/classifier"
)

// runRestarting is runAll with the detector saved and restored (through
// JSON, into a fresh New) before each event index in cuts, as a restart
// after a crash would: the caller checkpoints at batch boundaries.
func runRestarting(t *testing.T, cfg Config, evs []classifier.Event, cuts map[int]bool) []Anomaly {
	t.Helper()
	d := New(cfg, "api-node-1", "stemedb-api.service", nil, "v1")
	var out []Anomaly
	for i := range evs {
		if cuts[i] {
			b, err := d.Snapshot()
			if err != nil {
				t.Fatal(err)
			}
			d = New(cfg, "api-node-1", "stemedb-api.service", nil, "v1")
			if err := d.Restore(b); err != nil {
				t.Fatalf("restore at event %d: %v", i, err)
			}
		}
		out = append(out, d.Observe(&evs[i])...)
		if i%50 == 49 {
			out = append(out, d.Advance(evs[i].Time.UnixMicro())...)
		}
	}
	return append(out, d.Advance(evs[len(evs)-1].Time.Add(10*time.Minute).UnixMicro())...)
}

// TestSnapshotRestoreContinues: a detector restored from a snapshot at 15
// random points of the labelled hour sends exactly what one that never
// stopped sends: same ids, counts, totals, samples.
func TestSnapshotRestoreContinues(t *testing.T) {
	evs := sampleEvents(t)
	cfg := Default()
	want := runAll(New(cfg, "api-node-1", "stemedb-api.service", nil, "v1"), evs)
	if len(want) < 10 {
		t.Fatalf("only %d anomalies in the reference run", len(want))
	}
	rng := rand.New(rand.NewSource(11))
	for round := 0; round < 3; round++ {
		cuts := map[int]bool{}
		for len(cuts) < 15 {
			cuts[rng.Intn(len(evs))] = true
		}
		got := runRestarting(t, cfg, evs, cuts)
		if len(got) != len(want) {
			t.Fatalf("round %d: %d anomalies after restarts, %d without", round, len(got), len(want))
		}
		for i := range want {
			if !reflect.DeepEqual(got[i], want[i]) {
				g, _ := json.Marshal(got[i])
				w, _ := json.Marshal(want[i])
				t.Fatalf("round %d: anomaly %d differs:\n got %s\nwant %s", round, i, g, w)
			}
		}
	}
}

// TestSnapshotOpenIncidentCarriesOn: an incident open at the snapshot keeps
// its id and sequence after Restore, its coalesced count included.
func TestSnapshotOpenIncidentCarriesOn(t *testing.T) {
	cfg := Default()
	d := New(cfg, "n", "u", nil, "v")
	ev := errEv(time.Minute, classifier.SerializationError, "a", "boom")
	first := d.Observe(&ev)
	if len(first) != 1 || first[0].Status != StatusOpen {
		t.Fatalf("first corruption: %+v", first)
	}
	for i := 0; i < 4; i++ { // coalesced within the cooldown
		ev := errEv(time.Minute+time.Duration(i+1)*time.Second, classifier.SerializationError, "a", "boom")
		if got := d.Observe(&ev); len(got) != 0 {
			t.Fatalf("repeat %d sent %d messages", i, len(got))
		}
	}
	b, err := d.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	d2 := New(cfg, "n", "u", nil, "v")
	if err := d2.Restore(b); err != nil {
		t.Fatal(err)
	}
	got := d2.Advance(t0.Add(3 * time.Minute).UnixMicro())
	if len(got) != 1 || got[0].Incident != first[0].Incident || got[0].Seq != 1 || got[0].Count != 4 {
		t.Fatalf("after restore: %+v (want the update of incident %s, seq 1, count 4)", got, first[0].Incident)
	}
}

func TestRestoreRejects(t *testing.T) {
	cfg := Default()
	d := New(cfg, "n", "u", nil, "v")
	b, _ := d.Snapshot()
	if err := New(cfg, "other", "u", nil, "v").Restore(b); err == nil {
		t.Error("a state of another node was restored")
	}
	cfg2 := cfg
	cfg2.Buckets = 4
	if err := New(cfg2, "n", "u", nil, "v").Restore(b); err == nil {
		t.Error("a state with other buckets was restored")
	}
	for _, bad := range []string{"", "{", `{"v":99}`, `{"v":1,"node":"n","unit":"u","buckets":6,"rpos":-1}`} {
		if err := New(cfg, "n", "u", nil, "v").Restore([]byte(bad)); err == nil {
			t.Errorf("restored %q", bad)
		}
	}
	if StateKey(cfg, "n", "u", "v") == StateKey(cfg2, "n", "u", "v") ||
		StateKey(cfg, "n", "u", "v") == StateKey(cfg, "n", "u", "v2") ||
		StateKey(cfg, "n", "u", "v") == StateKey(cfg, "m", "u", "v") {
		t.Error("StateKey ignores a config, patterns version or node change")
	}
}

// TestStormNewTypes: 5,000 new error types in a few minutes give at most
// max_open messages and one summary per window that counts the rest.
func TestStormNewTypes(t *testing.T) {
	cfg := Default()
	cfg.NewErrorType.MaxKnown = 10000
	d := New(cfg, "n", "u", nil, "v")
	var out []Anomaly
	for i := 0; i < 5000; i++ {
		ev := errEv(time.Duration(i)*20*time.Millisecond, fmt.Sprintf("Type%dError", i), "", "x")
		out = append(out, d.Observe(&ev)...)
	}
	out = append(out, d.Advance(t0.Add(time.Hour).UnixMicro())...)
	var newTypes, summaries int
	var held int64
	for _, a := range out {
		if a.Kind != KindNewErrorType {
			continue
		}
		newTypes++
		if a.Coalesced > 0 {
			summaries++
			held += a.Coalesced
			if len(a.Samples) != cfg.Storm.Examples {
				t.Errorf("summary has %d examples, want %d", len(a.Samples), cfg.Storm.Examples)
			}
		}
	}
	if summaries != 1 || newTypes != cfg.Storm.MaxOpen+1 {
		t.Fatalf("%d new_error_type messages, %d summaries; want %d and 1", newTypes, summaries, cfg.Storm.MaxOpen+1)
	}
	if held != 5000-int64(cfg.Storm.MaxOpen) {
		t.Fatalf("summary counts %d held back, want %d", held, 5000-cfg.Storm.MaxOpen)
	}
	if c := d.TakeCoalesced(); c[KindNewErrorType] != held || d.TakeCoalesced() != nil {
		t.Fatalf("TakeCoalesced = %v, want %d once", c, held)
	}
	ids := map[string]bool{}
	for _, a := range out {
		if ids[a.ID] {
			t.Fatalf("id %s twice", a.ID)
		}
		ids[a.ID] = true
	}
	if !slices.ContainsFunc(out, func(a Anomaly) bool { return a.Coalesced > 0 && a.Summary != "" }) {
		t.Fatal("no summary line")
	}
}

// BenchmarkSnapshot: the cost of the state saved with each checkpoint (at
// most once a second), after the labelled hour.
func BenchmarkSnapshot(b *testing.B) {
	evs := sampleEvents(b)
	d := New(Default(), "api-node-1", "stemedb-api.service", nil, "v1")
	for i := range evs {
		d.Observe(&evs[i])
	}
	var n int
	for b.Loop() {
		s, err := d.Snapshot()
		if err != nil {
			b.Fatal(err)
		}
		n = len(s)
	}
	b.ReportMetric(float64(n), "state-bytes")
}
