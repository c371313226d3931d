package feed

import (
	"testing"

	"github.com/stemedb/stemewatch/classifier"
)

func TestReleaseAndReset(t *testing.T) {
	var back []*Batch
	b := &Batch{}
	b.SetRecycle(func(x *Batch) { back = append(back, x) })
	b.Add(&classifier.Entry{Message: []byte("disk full"), Cursor: []byte("s=1;i=1")})
	if b.Cursor != "s=1;i=1" || string(b.Entries[0].Message) != "disk full" {
		t.Fatalf("Add: %+v", b)
	}
	b.Release()
	b.Release() // only the first counts
	if len(back) != 1 || back[0] != b {
		t.Fatalf("recycled %d times", len(back))
	}
	entries := b.Entries
	b.Reset()
	if len(b.Entries) != 0 || b.Cursor != "" || b.ArenaLen() != 0 || entries[:1][0].Message != nil {
		t.Fatalf("Reset left %+v (first entry %+v)", b, entries[:1][0])
	}
	b.Append(&classifier.Entry{Message: []byte("again")})
	if string(b.Entries[0].Message) != "again" {
		t.Fatalf("refilled: %q", b.Entries[0].Message)
	}
	(&Batch{}).Release() // a batch no source recycles
}
