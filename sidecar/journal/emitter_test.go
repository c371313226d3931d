package journal

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/stemedb/stemewatch/sidecar/feed"
)

// A failed sd_journal_next names no entry and skips none (libsystemd
// fails before it moves), so a reader with matches counts no loss for it;
// an entry that could not be read is one lost. Through a child reader's
// frames too, where errors travel as text.
func TestAFailedNextIsNoLoss(t *testing.T) {
	for _, viaChild := range []bool{false, true} {
		src := &Source{cfg: Config{Matches: []string{"SYSLOG_IDENTIFIER=x"}, Logger: testLogger(t), BatchSize: 100}}
		out := make(chan *feed.Batch, 4)
		em := newEmitter(context.Background(), out, src)
		if em.contiguous {
			t.Fatal("a reader with matches counted as one that sees every entry")
		}
		var snk sink = em
		var frames bytes.Buffer
		if viaChild {
			snk = &frameWriter{w: bufio.NewWriter(&frames)}
		}
		for _, err := range []error{
			nextFailed(errors.New("Bad message")),
			nextFailed(errors.New("Cannot assign requested address")),
			errors.New("read entry: Bad message"),
		} {
			if err := snk.bad("", err); err != nil {
				t.Fatal(err)
			}
		}
		if err := snk.flush(); err != nil {
			t.Fatal(err)
		}
		if viaChild {
			fr := &frameReader{r: bufio.NewReader(&frames)}
			for fr.next(em) == nil {
			}
		}
		b := <-out
		var lost int64
		for _, g := range b.Gaps {
			lost += g.Lost
		}
		if lost != 1 || len(b.Gaps) != 1 || b.Gaps[0].Reason != "unreadable" {
			t.Errorf("via child %v: gaps %+v, want one unreadable entry lost", viaChild, b.Gaps)
		}
		if n := src.stats.bad.Load(); n != 3 {
			t.Errorf("via child %v: %d read errors counted, want 3", viaChild, n)
		}
	}
}
