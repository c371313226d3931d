//go:build cgo

package journal

import (
	"fmt"
	"testing"
	"time"
)

// The batched one-pass reader (stw_read_many) and the per-field
// GetDataBytes path read the same.
func TestFastReadMatchesSlowRead(t *testing.T) {
	if err := fastUsable(); err != nil {
		t.Skipf("fast path unusable: %v", err)
	}
	dir := unitJournalDir(t)
	read := func() []got {
		c := start(t, Config{Backend: BackendSDJournal, Process: ProcessInProcess, Dir: dir, From: "head"})
		c.wait(t)
		e, _ := c.snapshot()
		for i := range e {
			e[i].at = time.Time{}
		}
		return e
	}
	fast := read()
	// A buffer smaller than one entry: every batch fills up, and the
	// buffer grows for entries larger than it.
	batchBufSize = 100
	small := read()
	batchBufSize = 256 << 10
	if fmt.Sprint(small) != fmt.Sprint(fast) {
		t.Errorf("with a 100-byte batch buffer:\n%v\nwith 256 KiB:\n%v", small, fast)
	}
	slowReadForTest = true
	defer func() { slowReadForTest = false }()
	slow := read()
	if len(fast) != len(unitCases) || len(slow) != len(fast) {
		t.Fatalf("fast read %d, slow %d, want %d", len(fast), len(slow), len(unitCases))
	}
	for i := range fast {
		if fast[i] != slow[i] {
			t.Errorf("entry %d:\nfast %q\nslow %q", i, fmt.Sprint(fast[i]), fmt.Sprint(slow[i]))
		}
	}
}

// A batch the consumer released is filled again: with one entry a batch
// the reader runs more batches ahead than the channel holds, and each one
// it starts after the consumer released an earlier one reuses it.
func TestReleasedBatchesAreFilledAgain(t *testing.T) {
	dir := unitJournalDir(t)
	c := start(t, Config{Backend: BackendSDJournal, Process: ProcessInProcess, Dir: dir, From: "head", BatchSize: 1})
	c.wait(t)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.batches < 8 || c.reused == 0 {
		t.Errorf("%d batches, %d of them filled again after a Release", c.batches, c.reused)
	}
}
