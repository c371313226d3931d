package scorer_test

import (
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// inOrder runs work(0) … work(n-1) on up to GOMAXPROCS goroutines and
// hands each result to use in index order, on the calling goroutine: the
// trainings of a leave-one-source-out run are independent and take nearly
// all of its time, while tallies, miss lists and logs stay in one order,
// so every figure is the same as a serial run's. At most GOMAXPROCS
// results are held at once (a trained model is a few megabytes). When use
// stops the test (t.Fatal), work not started is not started.
func inOrder[T any](n int, work func(i int) T, use func(i int, v T)) {
	workers := runtime.GOMAXPROCS(0)
	results := make([]chan T, n)
	for i := range results {
		results[i] = make(chan T, 1)
	}
	slots := make(chan struct{}, workers)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	defer func() {
		close(stop)
		wg.Wait()
	}()
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < n; i++ {
			select {
			case slots <- struct{}{}:
			case <-stop:
				return
			}
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				results[i] <- work(i)
			}(i)
		}
	}()
	for i := 0; i < n; i++ {
		v := <-results[i]
		use(i, v)
		<-slots // the result is used: its slot may start the next work
	}
}

func TestInOrder(t *testing.T) {
	const n = 50
	var got []int
	inOrder(n, func(i int) int {
		// Earlier indexes take longer, so with more than one worker later
		// ones finish first and must wait their turn.
		x := 0
		for k := 0; k < (n-i)*10000; k++ {
			x += k & 1
		}
		_ = x
		return i * i
	}, func(i, v int) {
		if v != i*i {
			t.Errorf("result %d: %d, want %d", i, v, i*i)
		}
		got = append(got, i)
	})
	for i, v := range got {
		if v != i {
			t.Fatalf("results handed out of order: %v", got)
		}
	}
	if len(got) != n {
		t.Fatalf("%d results, want %d", len(got), n)
	}
}

// TestInOrderOverlapsAndBounds: work runs side by side (work(0) cannot
// finish until work(1) has started), and no more results are held, started
// and not yet used, than there are workers.
func TestInOrderOverlapsAndBounds(t *testing.T) {
	workers := runtime.GOMAXPROCS(0)
	if workers < 2 {
		t.Skip("needs GOMAXPROCS >= 2")
	}
	const n = 40
	second := make(chan struct{})
	var held, most atomic.Int64
	inOrder(n, func(i int) int {
		h := held.Add(1)
		for m := most.Load(); h > m && !most.CompareAndSwap(m, h); m = most.Load() {
		}
		switch i {
		case 0:
			select {
			case <-second:
			case <-time.After(10 * time.Second):
				t.Error("work(0) finished without work(1) ever starting: folds ran one at a time")
			}
		case 1:
			close(second)
		}
		return i
	}, func(i, v int) {
		held.Add(-1)
	})
	if m := most.Load(); m > int64(workers) {
		t.Errorf("%d results held at once, want at most %d (GOMAXPROCS)", m, workers)
	}
}
