package classifier_test

import (
	"testing"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/patterns"
)

// BenchmarkClassifySample classifies every message of the bundled hour
// (about 5% errors) per op; MB/s is message bytes.
func BenchmarkClassifySample(b *testing.B) {
	entries, _ := sampleEntries(b)
	var n int64
	for i := range entries {
		n += int64(len(entries[i].Message))
	}
	c := classifier.New(patterns.Default())
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for i := range entries {
			v := c.Classify(&entries[i])
			if v.Reportable() {
				_ = c.Event(&entries[i], &v)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(entries)), "ns/entry")
}

func BenchmarkClassifyInfo(b *testing.B) {
	e := &classifier.Entry{Message: []byte("2026-11-25T09:46:40.540147Z  INFO stemedb_cluster::raft: request completed method=POST path=/v1/subjects status=200 latency_ms=13 agent_id=agent-0068"), Priority: 6}
	benchOne(b, e)
}

func BenchmarkClassifyError(b *testing.B) {
	e := &classifier.Entry{Message: []byte("2026-11-25T09:46:44.500968Z ERROR stemedb_storage::wal: wal append failed: fsync returned Input/output error (os error 5) agent_id=agent-0040 method=GET path=/v1/assertions status=500"), Priority: 6}
	benchOne(b, e)
}

func benchOne(b *testing.B, e *classifier.Entry) {
	c := classifier.New(patterns.Default())
	b.SetBytes(int64(len(e.Message)))
	b.ReportAllocs()
	for b.Loop() {
		c.Classify(e)
	}
}
