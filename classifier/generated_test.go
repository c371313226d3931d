package classifier_test

import (
	"testing"
	"time"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/internal/gen"
	"github.com/stemedb/stemewatch/patterns"
)

// generatedEntries returns n entries of the generated corpus (seed 1) and
// their labels, copied out of the generator's reused buffers.
func generatedEntries(n int) ([]classifier.Entry, []gen.Label) {
	g := gen.New(gen.Config{Seed: 1, Entries: n})
	entries := make([]classifier.Entry, 0, n)
	labels := make([]gen.Label, 0, n)
	for r := g.Next(); r != nil; r = g.Next() {
		entries = append(entries, classifier.Entry{
			Message: append([]byte(nil), r.Message...), Priority: r.Priority,
			Cursor: append([]byte(nil), r.Cursor...), RealtimeUS: r.RealtimeUS,
		})
		labels = append(labels, r.Label)
	}
	return entries, labels
}

// TestGeneratedCorpusAgrees: the 200k generated entries are classified
// exactly as labelled (level, type, signature), fallback included.
func TestGeneratedCorpusAgrees(t *testing.T) {
	n := 200_000
	if testing.Short() {
		n = 20_000
	}
	entries, labels := generatedEntries(n)
	c := classifier.New(patterns.Default())
	bad := 0
	for i := range entries {
		v := c.Classify(&entries[i])
		l := labels[i]
		if v.Error != l.IsError || v.Signature != l.SignatureFailure || (l.IsError && v.ErrorType != l.ErrorType) {
			if bad++; bad <= 10 {
				t.Errorf("entry %d: got error=%v type=%q sig=%v rule=%q, want error=%v type=%q sig=%v\n  %s",
					i, v.Error, v.ErrorType, v.Signature, v.Rule, l.IsError, l.ErrorType, l.SignatureFailure, entries[i].Message)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d entries disagree with their labels", bad, len(entries))
	}
}

// BenchmarkClassifyGenerated classifies the 200k generated entries per op,
// as `classify` does: Classify, then Event for reportable entries.
func BenchmarkClassifyGenerated(b *testing.B) {
	entries, _ := generatedEntries(200_000)
	c := classifier.New(patterns.Default())
	b.ReportAllocs()
	for b.Loop() {
		for i := range entries {
			v := c.Classify(&entries[i])
			if v.Reportable() {
				_ = c.Event(&entries[i], &v)
			}
		}
	}
	b.ReportMetric(float64(len(entries))*float64(b.N)/b.Elapsed().Seconds(), "entries/s")
}

// BenchmarkFallbackOverhead measures what the fallback scorer costs
// `classify` on the 200k generated entries: each op classifies them with
// the fallback off and on (same rules), alternating in one process so that
// the load of a shared machine falls on both alike. It reports both
// throughputs and the overhead in percent.
func BenchmarkFallbackOverhead(b *testing.B) {
	entries, _ := generatedEntries(200_000)
	set := patterns.Default()
	off := classifier.NewWithFallback(set, nil)
	on := classifier.New(set)
	pass := func(c *classifier.Classifier) time.Duration {
		start := time.Now()
		for i := range entries {
			v := c.Classify(&entries[i])
			if v.Reportable() {
				_ = c.Event(&entries[i], &v)
			}
		}
		return time.Since(start)
	}
	var tOff, tOn time.Duration
	for i := 0; b.Loop(); i++ {
		if i%2 == 0 { // alternate which goes first
			tOff += pass(off)
			tOn += pass(on)
		} else {
			tOn += pass(on)
			tOff += pass(off)
		}
	}
	n := float64(len(entries)) * float64(b.N)
	b.ReportMetric(n/tOff.Seconds(), "entries/s-off")
	b.ReportMetric(n/tOn.Seconds(), "entries/s-on")
	b.ReportMetric(100*(tOn.Seconds()-tOff.Seconds())/tOff.Seconds(), "overhead-%")
}
