package topk

import (
	"fmt"
	"runtime"
	"testing"
)

func TestExactBelowCapacity(t *testing.T) {
	s := New(10)
	for i := 0; i < 5; i++ {
		for j := 0; j <= i; j++ {
			s.Add(fmt.Sprint("k", i), 1)
		}
	}
	top := s.Top(3)
	want := []Item{{"k4", 5, 0}, {"k3", 4, 0}, {"k2", 3, 0}}
	if fmt.Sprint(top) != fmt.Sprint(want) {
		t.Fatalf("Top(3) = %v, want %v", top, want)
	}
	if s.Min() != 0 {
		t.Fatalf("Min of a non-full table = %d, want 0", s.Min())
	}
}

// TestHeavyHittersSurvive: keys above N/capacity are always tracked, with
// Count-Err <= true <= Count, while a flood of one-off keys passes through.
func TestHeavyHittersSurvive(t *testing.T) {
	s := New(100)
	truth := map[string]uint64{}
	for i := 0; i < 200_000; i++ {
		var k string
		switch {
		case i%10 == 0:
			k = "heavy-a"
		case i%25 == 0:
			k = "heavy-b"
		default:
			k = fmt.Sprint("once-", i)
		}
		truth[k]++
		s.Add(k, 1)
	}
	if s.Len() != 100 {
		t.Fatalf("Len = %d, want 100", s.Len())
	}
	for _, k := range []string{"heavy-a", "heavy-b"} {
		it, ok := s.Get(k)
		if !ok {
			t.Fatalf("%s not tracked", k)
		}
		if it.Count-it.Err > truth[k] || it.Count < truth[k] {
			t.Fatalf("%s: estimate %d±%d, true %d", k, it.Count, it.Err, truth[k])
		}
	}
	top := s.Top(2)
	if top[0].Key != "heavy-a" || top[1].Key != "heavy-b" {
		t.Fatalf("Top(2) = %v", top)
	}
	if s.Total() != 200_000 {
		t.Fatalf("Total = %d", s.Total())
	}
}

func TestMemoryFlat(t *testing.T) {
	s := New(1000)
	add := func(from, n int) {
		for i := from; i < from+n; i++ {
			s.Add(fmt.Sprint("agent-", i), 1)
		}
	}
	add(0, 100_000)
	runtime.GC()
	var m1, m2 runtime.MemStats
	runtime.ReadMemStats(&m1)
	add(100_000, 900_000)
	runtime.GC()
	runtime.ReadMemStats(&m2)
	if m2.HeapAlloc > m1.HeapAlloc+1<<20 {
		t.Fatalf("heap grew from %d to %d bytes over 900k new keys", m1.HeapAlloc, m2.HeapAlloc)
	}
	if s.Len() != 1000 {
		t.Fatalf("Len = %d", s.Len())
	}
}

func TestAddTrackedDoesNotAllocate(t *testing.T) {
	s := New(10)
	s.Add("a", 1)
	if n := testing.AllocsPerRun(100, func() { s.Add("a", 1) }); n != 0 {
		t.Fatalf("Add of a tracked key: %v allocs", n)
	}
}

func BenchmarkAddChurn(b *testing.B) {
	s := New(1000)
	keys := make([]string, 4096)
	for i := range keys {
		keys[i] = fmt.Sprint("agent-", i)
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		s.Add(keys[i&4095], 1)
	}
}
