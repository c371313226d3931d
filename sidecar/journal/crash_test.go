package journal

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"os/signal"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/stemedb/stemewatch/internal/testenv"
	"github.com/stemedb/stemewatch/sidecar/checkpoint"
	"github.com/stemedb/stemewatch/sidecar/feed"
)

// The crash test runs a reader process (this test binary re-executed with
// crashRoleEnv set) that does what the sidecar does with entries: records
// their effects (appends "n <number>" lines to a file), then offers the
// batch cursor to a checkpoint throttle (at most one save a second; on
// SIGTERM a final save). After each successful save it appends "ckpt
// <number of the last entry covered>".
const crashRoleEnv = "STEMEWATCH_CRASHTEST_READER"

func crashReaderMain() int {
	env := func(k string) string { return os.Getenv("CRASH_" + k) }
	lg := zerolog.New(os.Stderr).With().Timestamp().Str("role", "crash-reader").Logger()
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	store := &checkpoint.Store{Dir: env("STATE")}
	cur, err := store.Load()
	if err != nil {
		lg.Error().Err(err).Msg("checkpoint")
	}
	out, err := os.OpenFile(env("OUT"), os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		lg.Error().Err(err).Msg("out")
		return 1
	}
	fmt.Fprintf(out, "start %s\n", cur)
	src, err := New(Config{Backend: env("BACKEND"), Process: env("PROCESS"), Dir: env("DIR"),
		Matches: []string{"SYSLOG_IDENTIFIER=" + env("ID")}, Cursor: cur, From: "head", Follow: true,
		Logger: lg.Level(zerolog.WarnLevel)})
	if err != nil {
		lg.Error().Err(err).Msg("new")
		return 1
	}
	th := &checkpoint.Throttle{Store: store, Interval: time.Second}
	batches := make(chan *feed.Batch, 2)
	go src.Run(ctx, batches)
	last := -1 // number of the last entry whose cursor was offered
	saved := ""
	var line []byte
	for b := range batches {
		line = line[:0]
		for _, e := range b.Entries {
			if n := numbered(string(e.Message), "n "); n >= 0 {
				line = fmt.Appendf(line, "n %d\n", n)
				last = n
			}
		}
		if len(line) > 0 {
			if _, err := out.Write(line); err != nil {
				lg.Error().Err(err).Msg("write")
				return 1
			}
		}
		if err := th.Offer(b.Cursor); err != nil {
			lg.Error().Err(err).Msg("checkpoint save")
		}
		if c, _ := th.Saved(); c != saved {
			saved = c
			fmt.Fprintf(out, "ckpt %d\n", last)
		}
	}
	if err := th.Flush(); err != nil {
		lg.Error().Err(err).Msg("final checkpoint")
		return 1
	}
	if c, _ := th.Saved(); c != saved {
		fmt.Fprintf(out, "ckpt %d\n", last)
	}
	fmt.Fprintf(out, "stop\n")
	return 0
}

type crashRun struct {
	t        *testing.T
	v        variant
	ns       *testenv.Instance
	id, dir  string
	state    string
	outPath  string
	cmd      *exec.Cmd
	exitedCh chan struct{}
	starts   int // reader processes that ran (wrote their start line)
}

func (r *crashRun) startReader() {
	r.t.Helper()
	// Kill moments count from when the reader runs, not from fork. Rarely,
	// on a loaded machine, a re-executed reader has not written its first
	// line after 30 s (seen twice in full-suite runs, never alone; cause
	// not found): such a process has read nothing and saved nothing, so it
	// is killed and replaced, and the test goes on judging the readers
	// that ran.
	for attempt := 1; ; attempt++ {
		want := len(r.segments()) + 1
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), crashRoleEnv+"=1", "CRASH_STATE="+r.state, "CRASH_OUT="+r.outPath,
			"CRASH_BACKEND="+r.v.backend, "CRASH_PROCESS="+r.v.process, "CRASH_DIR="+r.dir, "CRASH_ID="+r.id)
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			r.t.Fatal(err)
		}
		r.cmd = cmd
		r.exitedCh = make(chan struct{})
		exited := r.exitedCh
		go func() { cmd.Wait(); close(exited) }()
		if testenv.Eventually(30*time.Second, func() bool { return len(r.segments()) >= want }) == nil {
			r.starts++
			return
		}
		cmd.Process.Kill()
		<-exited
		if len(r.segments()) >= want { // it started after all, just before the kill
			r.starts++
			return
		}
		if attempt == 3 {
			out, _ := os.ReadFile(r.outPath)
			r.t.Fatalf("3 reader processes in a row did not start within 30 s; end of the output file: %q", out[max(0, len(out)-300):])
		}
		r.t.Logf("reader process %d did not start within 30 s: replaced", cmd.Process.Pid)
	}
}

func (r *crashRun) signal(sig syscall.Signal) {
	r.t.Helper()
	r.cmd.Process.Signal(sig)
	select {
	case <-r.exitedCh:
	case <-time.After(30 * time.Second):
		r.t.Fatalf("reader did not exit after %v", sig)
	}
}

// segment is what one reader process did.
type segment struct {
	nums     []int
	lastCkpt int // number covered by the last checkpoint written, -1 none
	stopped  bool
}

func (r *crashRun) segments() []segment {
	f, err := os.Open(r.outPath)
	if err != nil {
		return nil
	}
	defer f.Close()
	var segs []segment
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, _ := strings.Cut(sc.Text(), " ")
		switch k {
		case "start":
			segs = append(segs, segment{lastCkpt: -1})
		case "n":
			n, _ := strconv.Atoi(v)
			segs[len(segs)-1].nums = append(segs[len(segs)-1].nums, n)
		case "ckpt":
			segs[len(segs)-1].lastCkpt, _ = strconv.Atoi(v)
		case "stop":
			segs[len(segs)-1].stopped = true
		}
	}
	return segs
}

func (r *crashRun) processed() int {
	seen := map[int]bool{}
	for _, s := range r.segments() {
		for _, n := range s.nums {
			seen[n] = true
		}
	}
	return len(seen)
}

// TestCrashRestart kills a reading, checkpointing process with SIGKILL at
// 20 random moments under a steady writer: every entry is processed at
// least once, and again only if it came after the last checkpoint at the
// kill. After an idle second before the kill, and after SIGTERM, nothing
// is processed twice.
func TestCrashRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test: about 10 s per backend")
	}
	kills := 20
	for _, v := range variants(t) {
		t.Run(v.name, func(t *testing.T) {
			ns := testenv.Namespace(t, "crash", "[Journal]\nStorage=persistent\n")
			r := &crashRun{t: t, v: v, ns: ns, id: "crash-" + v.name, dir: ns.Dirs[0],
				state: t.TempDir(), outPath: t.TempDir() + "/out"}
			snd, err := ns.NewSender()
			if err != nil {
				t.Fatal(err)
			}
			defer snd.Close()
			var mu sync.Mutex
			written := 0
			paused := false
			wctx, wstop := context.WithCancel(context.Background())
			wdone := make(chan struct{})
			go func() { // ~1000 entries/s
				defer close(wdone)
				tk := time.NewTicker(5 * time.Millisecond)
				defer tk.Stop()
				for {
					select {
					case <-wctx.Done():
						return
					case <-tk.C:
					}
					mu.Lock()
					if !paused {
						for range 5 {
							written++
							if err := snd.Send(fmt.Sprintf("MESSAGE=n %d", written), "SYSLOG_IDENTIFIER="+r.id); err != nil {
								t.Error(err)
							}
						}
					}
					mu.Unlock()
				}
			}()
			// However the subtest ends (a Fatal included), the writer stops
			// before the test does and no reader outlives it.
			defer func() { wstop(); <-wdone }()
			defer func() {
				if r.cmd == nil {
					return
				}
				select {
				case <-r.exitedCh:
				default:
					r.cmd.Process.Kill()
					<-r.exitedCh
				}
			}()
			rng := rand.New(rand.NewPCG(1, uint64(len(v.name))))
			idleKill := kills / 2
			for k := 0; k < kills; k++ {
				r.startReader()
				time.Sleep(time.Duration(50+rng.IntN(400)) * time.Millisecond)
				if k == idleKill {
					// Idle: everything read and checkpointed before the kill.
					mu.Lock()
					paused = true
					mu.Unlock()
					mu.Lock()
					w := written
					mu.Unlock()
					if err := testenv.Eventually(30*time.Second, func() bool { return r.processed() >= w }); err != nil {
						t.Fatalf("reader did not catch up with %d entries", w)
					}
					time.Sleep(2500 * time.Millisecond)
				}
				r.signal(syscall.SIGKILL)
				if k == idleKill {
					mu.Lock()
					paused = false
					mu.Unlock()
				}
			}
			// Last run: catch up, then SIGTERM; one more run must process
			// exactly the entries written after the stop.
			r.startReader()
			wstop()
			<-wdone
			if err := testenv.Eventually(60*time.Second, func() bool { return r.processed() >= written }); err != nil {
				t.Fatalf("after restarts only %d of %d entries processed", r.processed(), written)
			}
			r.signal(syscall.SIGTERM)
			for i := 1; i <= 50; i++ {
				written++
				snd.Send(fmt.Sprintf("MESSAGE=n %d", written), "SYSLOG_IDENTIFIER="+r.id)
			}
			r.startReader()
			if err := testenv.Eventually(30*time.Second, func() bool { return r.processed() >= written }); err != nil {
				t.Fatalf("the run after SIGTERM processed %d of %d", r.processed(), written)
			}
			time.Sleep(200 * time.Millisecond)
			r.signal(syscall.SIGTERM)

			// Verify.
			segs := r.segments()
			if len(segs) != kills+2 || len(segs) != r.starts {
				t.Fatalf("%d segments, want %d (%d reader processes ran)", len(segs), kills+2, r.starts)
			}
			seen := map[int]int{}
			dups := 0
			for i, s := range segs {
				prevCkpt := -1
				if i > 0 {
					prevCkpt = segs[i-1].lastCkpt
				}
				for _, n := range s.nums {
					if seen[n] > 0 {
						dups++
						if n <= prevCkpt {
							t.Errorf("run %d: entry %d processed again though the checkpoint covered up to %d", i, n, prevCkpt)
						}
					}
					seen[n]++
				}
				if i == idleKill+1 && len(s.nums) > 0 && seen[s.nums[0]] > 1 {
					t.Errorf("run %d: after an idle kill, entry %d processed twice", i, s.nums[0])
				}
			}
			for n := 1; n <= written; n++ {
				if seen[n] == 0 {
					t.Errorf("entry %d never processed", n)
				}
			}
			lastRun := segs[len(segs)-1]
			if !segs[len(segs)-2].stopped || !lastRun.stopped || len(lastRun.nums) != 50 || lastRun.nums[0] != written-49 {
				t.Errorf("after SIGTERM: the next run processed %d entries starting at %v, want exactly the 50 new ones", len(lastRun.nums), lastRun.nums[:min(1, len(lastRun.nums))])
			}
			t.Logf("%s: %d entries, %d kills, %d processed twice (all after the checkpoint at the kill)", v.name, written, kills, dups)
		})
	}
}
