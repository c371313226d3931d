package replay

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stemedb/stemewatch/sidecar/feed"
)

func collect(t *testing.T, s *Source) ([]string, []string, error) {
	t.Helper()
	out := make(chan *feed.Batch, 100)
	err := s.Run(context.Background(), out)
	var cursors, errs []string
	for b := range out {
		for _, e := range b.Entries {
			cursors = append(cursors, string(e.Cursor)+"="+string(e.Message))
		}
		for _, e := range b.Errors {
			errs = append(errs, e.Error())
		}
		if len(b.Entries) > 0 && b.Cursor != string(b.Entries[len(b.Entries)-1].Cursor) {
			t.Errorf("batch cursor %q is not its last entry's", b.Cursor)
		}
	}
	return cursors, errs, err
}

func TestInputsInOrder(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.json")
	os.WriteFile(a, []byte("first\nsecond\n"), 0o644)
	os.WriteFile(b, []byte(`{"__CURSOR":"s=1;i=9","MESSAGE":"third"}`+"\n"+`{"__CURSOR": broken`+"\n"+`{"MESSAGE":"fourth"}`+"\n"), 0o644)
	s := &Source{Inputs: []string{a, b}, BatchSize: 2}
	got, errs, err := collect(t, s)
	if err != nil {
		t.Fatal(err)
	}
	want := "line:1=first line:2=second s=1;i=9=third entry:3=fourth"
	if strings.Join(got, " ") != want {
		t.Errorf("entries %q\nwant    %q", strings.Join(got, " "), want)
	}
	if len(errs) != 1 || !strings.Contains(errs[0], "b.json:2") {
		t.Errorf("malformed errors %q, want one naming b.json:2", errs)
	}
	if s.Ready() != nil {
		t.Errorf("Ready after the end = %v", s.Ready())
	}
}

func TestMissingInput(t *testing.T) {
	s := &Source{Inputs: []string{filepath.Join(t.TempDir(), "nope.json")}}
	if s.Ready() == nil {
		t.Error("ready before start")
	}
	_, _, err := collect(t, s)
	if err == nil || !strings.Contains(err.Error(), "nope.json") {
		t.Fatalf("err = %v", err)
	}
	if s.Ready() == nil {
		t.Error("ready after a failed open")
	}
}

func TestStdinAndCancel(t *testing.T) {
	s := &Source{Inputs: []string{"-"}, Stdin: strings.NewReader(strings.Repeat("x\n", 10000)), BatchSize: 10}
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan *feed.Batch)
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx, out) }()
	<-out
	cancel()
	for range out {
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// A live pipe delivers an entry without waiting for a batch to fill or the
// pipe to close.
func TestLivePipeIsNotHeldBack(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	s := &Source{Inputs: []string{"-"}, Stdin: pr}
	out := make(chan *feed.Batch, 4)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go s.Run(ctx, out)
	go pw.Write([]byte(`{"__CURSOR":"s=1;i=1","MESSAGE":"first"}` + "\n"))
	select {
	case b := <-out:
		if len(b.Entries) != 1 || string(b.Entries[0].Message) != "first" {
			t.Fatalf("batch %+v", b.Entries)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the entry was held back while the pipe stayed open")
	}
}
