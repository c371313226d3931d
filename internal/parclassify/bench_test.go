package parclassify

import (
	"bytes"
	"context"
	"sync"
	"testing"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/internal/gen"
	"github.com/stemedb/stemewatch/patterns"
)

// benchEntries generated entries: about 21 MB of journalctl JSON.
const benchEntries = 20000

var (
	benchOnce sync.Once
	benchData []byte
)

func benchInput(tb testing.TB) []byte {
	benchOnce.Do(func() {
		var b bytes.Buffer
		if err := gen.Write(&b, gen.JSON, gen.Config{Seed: 1, Entries: benchEntries}); err != nil {
			tb.Fatal(err)
		}
		benchData = b.Bytes()
	})
	return benchData
}

// benchRun decodes and classifies the generated JSON with jobs workers,
// counting results as classify does: the whole per-entry cost of classify
// --format json but the summary.
func benchRun(b *testing.B, jobs int) {
	data := benchInput(b)
	c := classifier.New(patterns.Default())
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		n, events := 0, 0
		_, err := Run(context.Background(), bytes.NewReader(data), c, Options{Name: "bench", Jobs: jobs}, func(r *Result) {
			n++
			if r.Event != nil {
				events++
			}
		})
		if err != nil || n != benchEntries {
			b.Fatalf("%d entries, %v", n, err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*benchEntries), "ns/entry")
}

// BenchmarkRunOneCore is the single-core path (--jobs 1).
func BenchmarkRunOneCore(b *testing.B) { benchRun(b, 1) }

// BenchmarkRunTwoJobs is --jobs 2: pieces decoded and classified by two workers.
func BenchmarkRunTwoJobs(b *testing.B) { benchRun(b, 2) }
