package tally

import (
	"testing"
	"time"

	"github.com/stemedb/stemewatch/classifier"
)

func errorAt(at time.Time, typ, agent string) *classifier.Event {
	return &classifier.Event{Time: at, ErrorType: &typ, AgentID: agent}
}

func TestTimelineChartAndBursts(t *testing.T) {
	tl := New()
	start := time.Date(2026, 11, 25, 9, 46, 40, 0, time.UTC)
	tl.Entry(start)
	tl.Entry(start.Add(time.Hour - time.Second))
	// Two StorageErrors a minute all hour, 30 a minute from 10:06 to 10:11.
	for m := 0; m < 61; m++ {
		at := start.Truncate(time.Minute).Add(time.Duration(m) * time.Minute)
		n := 2
		if at.Hour() == 10 && at.Minute() >= 6 && at.Minute() < 11 {
			n = 30
		}
		for i := 0; i < n; i++ {
			tl.Event(errorAt(at.Add(time.Duration(i)*time.Second), "StorageError", "a1"))
		}
	}
	c := tl.Timeline.Chart(72)
	if c.Step != time.Minute || len(c.Signature) != 61 || !c.Start.Equal(time.Date(2026, 11, 25, 9, 46, 0, 0, time.UTC)) {
		t.Fatalf("chart: step %v, %d buckets from %v", c.Step, len(c.Signature), c.Start)
	}
	bs := Bursts(c.Types["StorageError"])
	if len(bs) != 1 {
		t.Fatalf("bursts: %+v", bs)
	}
	b := bs[0]
	if from, to := c.BucketStart(b.From), c.BucketStart(b.To+1); from.Format("15:04") != "10:06" || to.Format("15:04") != "10:11" || b.Count != 150 || b.Baseline != 2 || b.Ratio() != 15 {
		t.Errorf("burst %s-%s %+v", from.Format("15:04"), to.Format("15:04"), b)
	}
	// A narrower chart widens the buckets along the ladder.
	if c := tl.Timeline.Chart(20); c.Step != 5*time.Minute || len(c.Signature) != 13 {
		t.Errorf("narrow chart: %v x %d", c.Step, len(c.Signature))
	}
}

func TestBurstsIgnoreNoise(t *testing.T) {
	// A flat series with a bucket of 6 where 2 is usual: chance, not a burst.
	row := []int64{2, 1, 3, 2, 2, 6, 2, 1, 2, 3, 2, 2, 1, 2, 2, 3, 2, 2, 2, 1}
	if bs := Bursts(row); len(bs) != 0 {
		t.Errorf("noise reported as a burst: %+v", bs)
	}
	// Errors only in the burst: no baseline, still a burst.
	row = make([]int64, 30)
	row[10], row[11] = 20, 25
	bs := Bursts(row)
	if len(bs) != 1 || bs[0].Ratio() != 0 || bs[0].Count != 45 {
		t.Errorf("burst from nothing: %+v", bs)
	}
}

// A span longer than maxSpan buckets widens the buckets, and the counts
// survive the regrouping.
func TestTimelineCoarsens(t *testing.T) {
	tl := New()
	start := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	var total int64
	for h := 0; h < 24*30; h++ { // a month, one error an hour
		tl.Event(errorAt(start.Add(time.Duration(h)*time.Hour), "TimeoutError", ""))
		sig := &classifier.Event{Time: start.Add(time.Duration(h) * time.Hour), SignatureFailure: true, AgentID: "a"}
		tl.Event(sig)
		total++
	}
	if span := tl.Timeline.hi - tl.Timeline.lo; span >= maxSpan {
		t.Errorf("span %d buckets", span)
	}
	c := tl.Timeline.Chart(72)
	var sum int64
	for _, v := range c.Types["TimeoutError"] {
		sum += v
	}
	if sum != total || c.Step != 12*time.Hour {
		t.Errorf("after coarsening: %d of %d errors, step %v", sum, total, c.Step)
	}
	if agents, _ := c.SignatureAgents(0, len(c.Signature)-1); len(agents) != 1 || agents[0].Errors != total {
		t.Errorf("signature agents: %+v", agents)
	}
}
