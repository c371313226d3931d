package mapfile

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func writeFile(t *testing.T, size int) (*os.File, string, []byte) {
	t.Helper()
	data := bytes.Repeat([]byte("0123456789abcdef"), size/16)
	path := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f, path, data
}

func TestMapReleaseClose(t *testing.T) {
	f, path, data := writeFile(t, 1<<20)
	if m, err := Map(f, path, 2<<20); m != nil || err != nil {
		t.Fatalf("a file under the minimum: %v, %v", m, err)
	}
	m, err := Map(f, path, 1<<20)
	if err != nil || m == nil || !bytes.Equal(m.Data, data) {
		t.Fatalf("Map: %v", err)
	}
	m.Release(0, len(data)/2)
	if !bytes.Equal(m.Data, data) {
		t.Error("released pages read back differently")
	}
	if err := m.Close(); err != nil || m.Data != nil {
		t.Errorf("Close: %v", err)
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	if m, err := Map(r, "pipe", 0); m != nil || err != nil {
		t.Errorf("a pipe: %v, %v", m, err)
	}
}

// A read past the end of a file that shrank after it was mapped is a
// *FaultError from Guard, not a SIGBUS; a nil dereference under Guard is
// still a panic.
func TestGuard(t *testing.T) {
	f, path, _ := writeFile(t, 64<<10)
	m, err := Map(f, path, 0)
	if err != nil || m == nil {
		t.Fatalf("Map: %v", err)
	}
	defer m.Close()
	if err := os.Truncate(path, 4096); err != nil {
		t.Fatal(err)
	}
	var got error
	func() {
		defer m.Guard(func(err error) { got = err })()
		sink = m.Data[32<<10]
	}()
	var fe *FaultError
	if !errors.As(got, &fe) || fe.Name != path {
		t.Fatalf("fault: %v", got)
	}
	defer func() {
		if r := recover(); r == nil {
			t.Error("a nil dereference under Guard did not panic")
		}
	}()
	func() {
		defer m.Guard(func(err error) { t.Errorf("a nil dereference reported as %v", err) })()
		var p *File
		sink = p.Data[0]
	}()
}

var sink byte
