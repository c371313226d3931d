package sinks

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stemedb/stemewatch/anomaly"
)

func openTestOutbox(t *testing.T, opt OutboxOptions) (*Outbox, *[]string) {
	t.Helper()
	var dropped []string
	opt.OnDrop = func(kind, why string) { dropped = append(dropped, kind+"/"+why) }
	ob, warns, err := OpenOutbox(opt)
	if err != nil || len(warns) != 0 {
		t.Fatal(err, warns)
	}
	return ob, &dropped
}

func withWriteFile(t *testing.T, f func(path string, data []byte, perm os.FileMode) error) {
	old := writeFile
	writeFile = f
	t.Cleanup(func() { writeFile = old })
}

func spooled(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range ents {
		out = append(out, e.Name())
	}
	return out
}

// A full outbox whose write of the newcomer fails keeps its victim: the
// victim goes only after the newcomer is safe.
func TestOutboxWritesBeforeDropping(t *testing.T) {
	dir := t.TempDir()
	ob, dropped := openTestOutbox(t, OutboxOptions{Dir: dir, Max: 2})
	for i := range 2 {
		a := testAnomaly(i, anomaly.KindNewErrorType)
		a.Severity = anomaly.SeverityInfo
		if err := ob.Add(&a); err != nil {
			t.Fatal(err)
		}
	}
	withWriteFile(t, func(string, []byte, os.FileMode) error { return errors.New("disk full") })
	crit := testAnomaly(10, anomaly.KindDataCorruption)
	if err := ob.Add(&crit); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("Add with a failing write = %v", err)
	}
	if ob.Len() != 2 || len(*dropped) != 0 || len(spooled(t, dir)) != 2 {
		t.Fatalf("after a failed write: %d held, dropped %v, files %v; want both kept", ob.Len(), *dropped, spooled(t, dir))
	}
	withWriteFile(t, func(p string, d []byte, m os.FileMode) error { return os.WriteFile(p, d, m) })
	if err := ob.Add(&crit); err != nil {
		t.Fatal(err)
	}
	if ob.Len() != 2 || len(*dropped) != 1 || (*dropped)[0] != "new_error_type/full" {
		t.Fatalf("after a good write: %d held, dropped %v", ob.Len(), *dropped)
	}
}

// A write that fails after its rename (the directory fsync) leaves a file;
// the next Add must use a new sequence number, not overwrite it, and the
// failed anomaly is not sent later (it was never promised).
func TestOutboxFailedDirSyncUsesNewSequence(t *testing.T) {
	dir := t.TempDir()
	ob, _ := openTestOutbox(t, OutboxOptions{Dir: dir})
	withWriteFile(t, func(p string, d []byte, m os.FileMode) error {
		if err := os.WriteFile(p, d, m); err != nil {
			return err
		}
		return errors.New("fsync directory: input/output error")
	})
	a := testAnomaly(1, anomaly.KindErrorRate)
	if err := ob.Add(&a); err == nil {
		t.Fatal("Add succeeded with a failing directory fsync")
	}
	withWriteFile(t, func(p string, d []byte, m os.FileMode) error { return os.WriteFile(p, d, m) })
	b := testAnomaly(2, anomaly.KindErrorRate)
	if err := ob.Add(&b); err != nil {
		t.Fatal(err)
	}
	a2 := a // the caller retries the failed one
	if err := ob.Add(&a2); err != nil {
		t.Fatal(err)
	}
	ob2, _ := openTestOutbox(t, OutboxOptions{Dir: dir})
	var ids []string
	for _, it := range ob2.next(10) {
		data, err := ob2.payload(it)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(data), `"id":"`+it.id+`"`) {
			t.Fatalf("file of %s holds %s", it.id, data)
		}
		ids = append(ids, it.id)
	}
	if fmt.Sprint(ids) != "[test-000002 test-000001]" {
		t.Fatalf("reloaded %v, want [test-000002 test-000001]; files %v", ids, spooled(t, dir))
	}
}

// The byte bound holds beside the item bound, and only headers stay in
// memory: payloads come from the files.
func TestOutboxByteBoundAndPayloadsOnDisk(t *testing.T) {
	dir := t.TempDir()
	big := func(i int, sev string) anomaly.Anomaly {
		a := testAnomaly(i, anomaly.KindErrorRate)
		a.Severity = sev
		a.Samples = []string{strings.Repeat("x", 3000)}
		return a
	}
	a0 := big(0, anomaly.SeverityWarning)
	one := int64(len(mustJSON(t, &a0)))
	ob, dropped := openTestOutbox(t, OutboxOptions{Dir: dir, Max: 1000, MaxBytes: 4*one + one/2})
	for i := range 10 {
		a := big(i, anomaly.SeverityWarning)
		if i == 2 {
			a.Severity = anomaly.SeverityCritical
		}
		if err := ob.Add(&a); err != nil {
			t.Fatal(err)
		}
		if ob.Bytes() > 4*one+one/2 {
			t.Fatalf("after %d: %d bytes held, bound %d", i, ob.Bytes(), 4*one+one/2)
		}
	}
	if ob.Len() != 4 || len(*dropped) != 6 {
		t.Fatalf("held %d, dropped %d; want 4 and 6", ob.Len(), len(*dropped))
	}
	items := ob.next(10)
	if items[0].id != "test-000002" {
		t.Errorf("oldest kept %s, want the critical test-000002", items[0].id)
	}
	for _, it := range items {
		if it.data != nil {
			t.Fatalf("item %s holds its payload in memory", it.id)
		}
	}
	// The payload is what the file says now.
	p := ob.fileName(items[1].seq)
	changed := []byte(fmt.Sprintf(`{"id":%q,"kind":"error_rate","summary":"changed on disk"}`, items[1].id))
	if err := os.WriteFile(p, changed, 0o600); err != nil {
		t.Fatal(err)
	}
	if data, err := ob.payload(items[1]); err != nil || string(data) != string(changed) {
		t.Fatalf("payload = %q, %v; want the file's content", data, err)
	}
	// A file removed behind our back: the item is dropped and counted.
	os.Remove(ob.fileName(items[2].seq))
	if _, err := ob.payload(items[2]); !errors.Is(err, errItemGone) {
		t.Fatalf("payload of a vanished file = %v", err)
	}
	if ob.Len() != 3 || (*dropped)[len(*dropped)-1] != "error_rate/"+DropVanished {
		t.Fatalf("after a vanished file: %d held, dropped %v", ob.Len(), *dropped)
	}
	// Reopening with a smaller bound trims at start.
	ob2, dropped2 := openTestOutbox(t, OutboxOptions{Dir: dir, MaxBytes: one + one/2})
	if ob2.Len() != 1 || len(*dropped2) != 2 || ob2.next(1)[0].id != "test-000002" {
		t.Fatalf("reopened: %d held, dropped %v; want the critical one alone", ob2.Len(), *dropped2)
	}
	if n := len(spooled(t, filepath.Clean(dir))); n != 1 {
		t.Errorf("%d files after the trim, want 1", n)
	}
}

func mustJSON(t *testing.T, a *anomaly.Anomaly) []byte {
	t.Helper()
	ob, _ := openTestOutbox(t, OutboxOptions{})
	if err := ob.Add(a); err != nil {
		t.Fatal(err)
	}
	return ob.items[0].data
}
