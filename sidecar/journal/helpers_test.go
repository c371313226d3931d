package journal

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/stemedb/stemewatch/internal/testenv"
	"github.com/stemedb/stemewatch/sidecar/feed"
)

func TestMain(m *testing.M) {
	MaybeRunChild() // the child-process reader re-executes this test binary
	if os.Getenv(crashRoleEnv) != "" {
		os.Exit(crashReaderMain())
	}
	os.Exit(m.Run())
}

// variant is one way of reading: a backend and, for sdjournal, a process.
type variant struct{ name, backend, process string }

func variants(t *testing.T) []variant {
	vs := []variant{{"journalctl", BackendJournalctl, ""}, {"files", BackendFiles, ""}}
	if nativeUsable(&Config{}) == nil || nativeUsable(&Config{Dir: t.TempDir()}) == nil {
		vs = append(vs, variant{"sdjournal-inprocess", BackendSDJournal, ProcessInProcess},
			variant{"sdjournal-child", BackendSDJournal, ProcessChild})
	} else if os.Getenv("STEMEWATCH_REQUIRE_ROOT_TESTS") == "1" {
		t.Fatal("sd-journal unusable (build with CGO_ENABLED=1 and libsystemd-dev)")
	}
	return vs
}

// vacuumVariants are the variants that may read while journald vacuums
// files under them: not the in-process sd-journal reader, which can die of
// SIGBUS there and take the test binary with it (seen on ext4 in CI); that
// is why auto never follows in-process.
func vacuumVariants(t *testing.T) []variant {
	var out []variant
	for _, v := range variants(t) {
		if v.process != ProcessInProcess {
			out = append(out, v)
		}
	}
	return out
}

func (v variant) config(c Config) Config {
	c.Backend, c.Process = v.backend, v.process
	return c
}

func testLogger(t testing.TB) zerolog.Logger {
	return zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel)
}

// collector runs a source and keeps what it sends.
type collector struct {
	mu      sync.Mutex
	batches int
	seen    map[*feed.Batch]bool
	reused  int // batches that came back after a Release
	entries []got
	gaps    []feed.Gap
	cursors []string // batch cursors, in order
	lastAt  time.Time
	maxGap  time.Duration // longest time between two batches
	done    chan struct{} // consumer finished (out closed)
	runDone chan struct{} // Run returned; err set
	err     error
	cancel  context.CancelFunc
	src     *Source
}

type got struct {
	msg, cursor, ident, unit, host string
	prio                           int
	rt                             int64
	at                             time.Time
}

func start(t testing.TB, cfg Config) *collector {
	t.Helper()
	return startSlow(t, cfg, 0)
}

// startSlow is start with a consumer that takes delay per batch.
func startSlow(t testing.TB, cfg Config, delay time.Duration) *collector {
	t.Helper()
	if cfg.Logger.GetLevel() == zerolog.Disabled || cfg.Logger.GetLevel() == zerolog.DebugLevel && !cfg.Logger.Debug().Enabled() {
		cfg.Logger = testLogger(t)
	}
	src, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	c := &collector{done: make(chan struct{}), runDone: make(chan struct{}), cancel: cancel, src: src, lastAt: time.Now(), seen: map[*feed.Batch]bool{}}
	out := make(chan *feed.Batch, 4)
	go func() { c.err = src.Run(ctx, out); close(c.runDone) }()
	go func() {
		defer close(c.done)
		for b := range out {
			now := time.Now()
			c.mu.Lock()
			if d := now.Sub(c.lastAt); d > c.maxGap {
				c.maxGap = d
			}
			c.lastAt = now
			c.batches++
			if c.seen[b] {
				c.reused++
			}
			c.seen[b] = true
			for _, e := range b.Entries {
				c.entries = append(c.entries, got{string(e.Message), string(e.Cursor), string(e.Identifier),
					string(e.Unit), string(e.Host), e.Priority, e.RealtimeUS, now})
			}
			c.gaps = append(c.gaps, b.Gaps...)
			c.cursors = append(c.cursors, b.Cursor)
			c.mu.Unlock()
			b.Release() // copied: every test also reads through reused batches
			time.Sleep(delay)
		}
	}()
	t.Cleanup(func() { c.stop(t) })
	return c
}

func (c *collector) stop(t testing.TB) {
	c.cancel()
	select {
	case <-c.runDone:
		<-c.done
	case <-time.After(10 * time.Second):
		t.Errorf("source did not stop within 10s of cancel")
	}
}

// wait waits for the source to end by itself (Follow false).
func (c *collector) wait(t testing.TB) {
	t.Helper()
	select {
	case <-c.runDone:
		<-c.done
		if c.err != nil {
			t.Fatalf("Run: %v", c.err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("source did not finish within 30s")
	}
}

func (c *collector) messages() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var m []string
	for _, e := range c.entries {
		m = append(m, e.msg)
	}
	return m
}

func (c *collector) snapshot() ([]got, []feed.Gap) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]got(nil), c.entries...), append([]feed.Gap(nil), c.gaps...)
}

// waitFor waits until cond holds on the collected entries.
func (c *collector) waitFor(t testing.TB, timeout time.Duration, what string, cond func([]got) bool) {
	t.Helper()
	err := testenv.Eventually(timeout, func() bool {
		c.mu.Lock()
		defer c.mu.Unlock()
		return cond(c.entries)
	})
	if err != nil {
		t.Fatalf("timed out after %v waiting for %s; got %d entries: %v", timeout, what, len(c.messages()), tail(c.messages(), 5))
	}
}

func tail(s []string, n int) []string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// exportEntries builds export text for n entries with the given extra
// fields; entry i gets MESSAGE "msg i" unless a MESSAGE is given.
func exportEntry(i int, fields ...string) []byte {
	base := []string{
		fmt.Sprintf("__REALTIME_TIMESTAMP=%d", 1795600000000000+int64(i)*1000),
		fmt.Sprintf("__MONOTONIC_TIMESTAMP=%d", 1000000+i*1000),
		"_BOOT_ID=accf0115855e4619befd2eb59d4bfcd0",
		"_HOSTNAME=api-node-1",
	}
	if !hasField(fields, "MESSAGE") {
		base = append(base, fmt.Sprintf("MESSAGE=msg %d", i))
	}
	return testenv.ExportEntry(append(base, fields...)...)
}

func hasField(fields []string, name string) bool {
	for _, f := range fields {
		if strings.HasPrefix(f, name+"=") {
			return true
		}
	}
	return false
}

// numbered returns the number in messages "PREFIX N", or -1.
func numbered(msg, prefix string) int {
	s, ok := strings.CutPrefix(msg, prefix)
	if !ok {
		return -1
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

func mount(fstype, dir string, opts ...string) error {
	args := []string{"-t", fstype}
	if len(opts) > 0 {
		args = append(args, "-o", strings.Join(opts, ","))
	}
	out, err := exec.Command("mount", append(args, fstype, dir)...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("mount %s: %v: %s", dir, err, out)
	}
	return nil
}

func unmount(dir string) { exec.Command("umount", "-l", dir).Run() }
