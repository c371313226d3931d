package journal

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/stemedb/stemewatch/sidecar/feed"
)

// TestBackPressure: while the consumer does not take batches, the source
// stops reading (memory stays bounded); when it resumes, every entry comes,
// in order, once.
func TestBackPressure(t *testing.T) {
	dir := numberedDir(t, 3000)
	for _, v := range variants(t) {
		t.Run(v.name, func(t *testing.T) {
			src, err := New(v.config(Config{Dir: dir, From: "head", BatchSize: 100, Logger: testLogger(t)}))
			if err != nil {
				t.Fatal(err)
			}
			out := make(chan *feed.Batch, 2)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			done := make(chan error, 1)
			go func() { done <- src.Run(ctx, out) }()
			// Not consuming: the source fills the channel (2 batches),
			// holds one more it is trying to send, and waits.
			time.Sleep(500 * time.Millisecond)
			st := src.Stats()
			if st.Entries > 4*100 {
				t.Fatalf("read %d entries ahead of a stalled consumer", st.Entries)
			}
			if v.backend == BackendSDJournal && (st.LagEntries < 3000-400 || st.LagEntries > 3000) {
				t.Errorf("lag %d entries behind, want %d", st.LagEntries, 3000-st.Entries)
			}
			var got []int
			for b := range out {
				for _, e := range b.Entries {
					got = append(got, numbered(string(e.Message), "n "))
				}
				time.Sleep(time.Millisecond) // a slow sink
			}
			if err := <-done; err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, seq(1, 3000)) {
				t.Fatalf("got %d entries, not 1..3000 in order", len(got))
			}
		})
	}
}
