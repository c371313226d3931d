package checkpoint

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stemedb/stemewatch/internal/testenv"
)

const cur = "s=bc3ec26a68344cd5987f05cea55cda73;i=15c;b=accf0115855e4619befd2eb59d4bfcd0;m=25d5dfa9;t=6611f308c247e;x=f103ad9991642e17"

func TestSaveLoad(t *testing.T) {
	s := &Store{Dir: t.TempDir()}
	if got, err := s.Load(); got != "" || err != nil {
		t.Fatalf("empty dir: %q, %v", got, err)
	}
	for _, c := range []string{cur, "line:42", cur + "x"} {
		if err := s.Save(c); err != nil {
			t.Fatal(err)
		}
		if got, err := s.Load(); got != c || err != nil {
			t.Fatalf("Load = %q, %v; want %q", got, err, c)
		}
	}
	// No temp files left behind.
	ents, _ := os.ReadDir(s.Dir)
	if len(ents) != 1 {
		t.Fatalf("dir holds %d files, want 1", len(ents))
	}
	for _, bad := range []string{"", "a\nb", strings.Repeat("x", MaxCursorLen+1)} {
		if err := s.Save(bad); err == nil {
			t.Errorf("Save(%q) succeeded", bad)
		}
	}
}

func TestCorruptIsSetAside(t *testing.T) {
	good, _ := Encode(cur)
	cases := map[string][]byte{
		"garbage":     []byte("\x00\xffhello"),
		"truncated":   good[:len(good)-10],
		"bit flip":    []byte(strings.Replace(string(good), "i=15c", "i=15d", 1)),
		"empty":       {},
		"no newline":  good[:len(good)-1],
		"old format":  []byte(cur + "\n"),
		"bad sum":     []byte(magic + "zzzzzzzz " + cur + "\n"),
		"nul in file": []byte(magic + "00000000 \x00\n"),
	}
	for name, content := range cases {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			s := &Store{Dir: dir, now: func() time.Time { return time.Date(2026, 11, 25, 1, 2, 3, 4, time.UTC) }}
			if err := os.WriteFile(s.Path(), content, 0o600); err != nil {
				t.Fatal(err)
			}
			got, err := s.Load()
			var ce *CorruptError
			if got != "" || !errors.As(err, &ce) {
				t.Fatalf("Load = %q, %v; want a *CorruptError", got, err)
			}
			if ce.SetAside != s.Path()+".corrupt-20261125T010203.000000004Z" {
				t.Fatalf("set aside as %q", ce.SetAside)
			}
			if b, _ := os.ReadFile(ce.SetAside); string(b) != string(content) {
				t.Fatal("set-aside file lost its content")
			}
			// Now it is as if there were none.
			if got, err := s.Load(); got != "" || err != nil {
				t.Fatalf("second Load = %q, %v", got, err)
			}
			if err := s.Save(cur); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestUnreadable(t *testing.T) {
	s := &Store{Dir: t.TempDir()}
	// A directory where the file should be: read fails with EISDIR.
	if err := os.Mkdir(s.Path(), 0o700); err != nil {
		t.Fatal(err)
	}
	_, err := s.Load()
	var ce *CorruptError
	if !errors.As(err, &ce) || !errors.Is(err, syscall.EISDIR) || ce.SetAside == "" {
		t.Fatalf("Load = %v; want a set-aside *CorruptError wrapping EISDIR", err)
	}
}

// mountTmpfs mounts a tmpfs with opts on a new dir (root only).
func mountTmpfs(t *testing.T, opts string) string {
	testenv.RequireRoot(t)
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", opts, "tmpfs", dir).CombinedOutput(); err != nil {
		t.Fatalf("mount tmpfs: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", dir).Run() })
	return dir
}

func TestReadOnlyDir(t *testing.T) {
	dir := mountTmpfs(t, "size=64k")
	s := &Store{Dir: dir}
	if err := s.Save(cur); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("mount", "-o", "remount,ro", dir).CombinedOutput(); err != nil {
		t.Fatalf("remount ro: %v %s", err, out)
	}
	err := s.Save(cur + "2")
	if !errors.Is(err, syscall.EROFS) {
		t.Fatalf("Save on read-only fs = %v, want EROFS", err)
	}
	// The old checkpoint is intact and loadable.
	if got, err := s.Load(); got != cur || err != nil {
		t.Fatalf("Load = %q, %v", got, err)
	}
	// A corrupt file that cannot be set aside is still only an error.
	th := &Throttle{Store: s}
	if err := th.Offer(cur + "3"); !errors.Is(err, syscall.EROFS) {
		t.Fatalf("Offer = %v", err)
	}
	if err := th.Flush(); !errors.Is(err, syscall.EROFS) {
		t.Fatalf("Flush = %v", err)
	}
}

func TestDiskFull(t *testing.T) {
	dir := mountTmpfs(t, "size=16k")
	s := &Store{Dir: dir}
	if err := s.Save(cur); err != nil {
		t.Fatal(err)
	}
	// Fill the filesystem.
	f, err := os.Create(filepath.Join(dir, "filler"))
	if err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 4096)
	for {
		if _, err := f.Write(buf); err != nil {
			break
		}
	}
	f.Close()
	err = s.Save(cur + "2")
	if !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("Save on a full fs = %v, want ENOSPC", err)
	}
	if got, err := s.Load(); got != cur || err != nil {
		t.Fatalf("Load after failed save = %q, %v", got, err)
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != 2 {
		t.Fatalf("temp file left behind: %v", ents)
	}
	os.Remove(filepath.Join(dir, "filler"))
	if err := s.Save(cur + "2"); err != nil {
		t.Fatal(err)
	}
}

func TestThrottle(t *testing.T) {
	now := time.Unix(1000, 0)
	s := &Store{Dir: t.TempDir(), now: func() time.Time { return now }}
	th := &Throttle{Store: s, Interval: time.Second}
	load := func() string { c, _ := s.Load(); return c }
	th.Offer("a") // first save happens at once
	if load() != "a" {
		t.Fatal("first offer not saved")
	}
	now = now.Add(300 * time.Millisecond)
	th.Offer("b")
	th.Offer("c")
	if load() != "a" {
		t.Fatal("saved more often than once a second")
	}
	now = now.Add(time.Second)
	th.Offer("d")
	if load() != "d" {
		t.Fatal("due save not done")
	}
	th.Offer("e")
	if err := th.Flush(); err != nil || load() != "e" {
		t.Fatalf("Flush: %v, %q", err, load())
	}
	if c, at := th.Saved(); c != "e" || !at.Equal(now) {
		t.Fatalf("Saved = %q %v", c, at)
	}
}

// TestRecord: the cursor and the state travel as one record; a change to
// any byte of the state is caught; version 1 files still load.
func TestRecord(t *testing.T) {
	s := &Store{Dir: t.TempDir()}
	r := Record{Cursor: cur, StateKey: "k1", Known: []string{"QuotaError"}, State: []byte(`{"v":1,"now":5}`)}
	if err := s.SaveRecord(r); err != nil {
		t.Fatal(err)
	}
	got, err := s.LoadRecord()
	if err != nil || got.Cursor != cur || got.StateKey != "k1" || string(got.State) != string(r.State) || len(got.Known) != 1 {
		t.Fatalf("LoadRecord = %+v, %v", got, err)
	}
	b, _ := os.ReadFile(s.Path())
	if !strings.HasPrefix(string(b), magic2) || strings.Count(string(b), "\n") != 2 {
		t.Fatalf("file is not a header line and a JSON line: %q", b)
	}
	flipped := strings.Replace(string(b), `"now":5`, `"now":6`, 1)
	if _, err := DecodeRecord([]byte(flipped)); err == nil {
		t.Fatal("a changed state passed the checksum")
	}
	if _, err := DecodeRecord(b[:len(b)-3]); err == nil {
		t.Fatal("a truncated record decoded")
	}
	v1, _ := Encode(cur)
	if r, err := DecodeRecord(v1); err != nil || r.Cursor != cur || r.State != nil {
		t.Fatalf("version 1: %+v, %v", r, err)
	}
}

// TestThrottleState: each save asks State for what goes with the cursor.
func TestThrottleState(t *testing.T) {
	s := &Store{Dir: t.TempDir()}
	n := 0
	th := &Throttle{Store: s, State: func() (Record, error) {
		n++
		return Record{Cursor: "ignored", StateKey: "k", State: []byte(`{"n":1}`)}, nil
	}}
	if err := th.Offer(cur); err != nil {
		t.Fatal(err)
	}
	r, err := s.LoadRecord()
	if err != nil || r.Cursor != cur || r.StateKey != "k" || n != 1 {
		t.Fatalf("saved %+v, %v after %d calls", r, err, n)
	}
	th.State = func() (Record, error) { return Record{}, errors.New("no snapshot") }
	th.Offer(cur + "2")
	if err := th.Flush(); err == nil || !strings.Contains(err.Error(), "no snapshot") {
		t.Fatalf("Flush with a failing State: %v", err)
	}
	if c, _ := s.Load(); c != cur {
		t.Fatalf("checkpoint moved to %q without its state", c)
	}
}

// TestEncodeBodyIsMarshal: the state is spliced in, and the body is what
// json.Marshal writes, for every combination of present fields.
func TestEncodeBodyIsMarshal(t *testing.T) {
	for _, r := range []Record{
		{},
		{State: []byte(`{"v":1}`)},
		{StateKey: "k"},
		{StateKey: "k", State: []byte(`{"v":1,"tables":[1,2]}`)},
		{Known: []string{"QuotaError", "X\"Error"}, State: []byte(`[]`)},
		{StateKey: "k", Known: []string{"QuotaError"}},
	} {
		want, err := json.Marshal(&r)
		if err != nil {
			t.Fatal(err)
		}
		got, err := encodeBody(r)
		if err != nil || string(got) != string(want) {
			t.Errorf("encodeBody(%+v) = %s, %v; json.Marshal: %s", r, got, err, want)
		}
	}
}
