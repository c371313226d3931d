package journal

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"syscall"
	"time"

	"github.com/rs/zerolog"
)

// The reader child: the sidecar binary re-executed with these variables
// set runs the sd-journal reader and streams what it reads to its parent
// on stdout, in frames (one type byte, a uvarint length, the payload). If
// libsystemd dies of SIGBUS on a truncated journal file, only the child
// dies; the parent restarts it after the last entry it received.
const (
	childEnv    = "STEMEWATCH_JOURNAL_READER"
	childCfgEnv = "STEMEWATCH_JOURNAL_READER_CONFIG"
)

// childConfig is what the parent passes to the child (JSON in childCfgEnv).
type childConfig struct {
	Unit         string        `json:"unit,omitempty"`
	Matches      []string      `json:"matches,omitempty"`
	Dir          string        `json:"dir,omitempty"`
	Follow       bool          `json:"follow"`
	IdleInterval time.Duration `json:"idle"`
	Cursor       string        `json:"cursor,omitempty"`
	Mode         string        `json:"mode"`
	Since        time.Duration `json:"since,omitempty"`
	Lines        int           `json:"lines,omitempty"`
}

// MaybeRunChild turns this process into a journal reader child when a
// Source started it as one, and then exits; otherwise it returns at once.
// Call it first thing in main (and in TestMain of tests that use the child
// process mode):
//
//	func main() { journal.MaybeRunChild(); ... }
func MaybeRunChild() {
	if !IsChild() {
		return
	}
	os.Exit(runChild())
}

// IsChild reports whether a Source started this process as its journal
// reader child. A binary that wants to wrap the child's run (to profile
// it, say) calls IsChild and RunChild instead of MaybeRunChild.
func IsChild() bool { return os.Getenv(childEnv) == "1" }

// RunChild runs the journal reader child and returns its exit status.
func RunChild() int { return runChild() }

func runChild() int {
	lg := zerolog.New(os.Stderr).With().Timestamp().Str("component", "journal-reader").Int("pid", os.Getpid()).Logger()
	var cc childConfig
	if err := json.Unmarshal([]byte(os.Getenv(childCfgEnv)), &cc); err != nil {
		lg.Error().Err(err).Msg("bad reader configuration from parent")
		return 2
	}
	cfg := Config{Unit: cc.Unit, Matches: cc.Matches, Dir: cc.Dir, Follow: cc.Follow,
		IdleInterval: cc.IdleInterval, Logger: lg}
	if cc.Follow {
		FollowOneCore()
	}
	ctx, cancel := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer cancel()
	go func() { // the parent closes our stdin (or dies): stop
		io.Copy(io.Discard, os.Stdin)
		cancel()
	}()
	fw := &frameWriter{w: bufio.NewWriterSize(os.Stdout, 256<<10)}
	errc := make(chan error, 1)
	go func() {
		runtime.LockOSThread() // never unlocked: the journal lives on this thread
		errc <- readNative(ctx, &cfg, startPlan{cursor: cc.Cursor, mode: cc.Mode, since: cc.Since, lines: cc.Lines}, fw)
	}()
	err := <-errc
	if err != nil && ctx.Err() == nil {
		var perm *permanentError
		flag := byte(0)
		if errors.As(err, &perm) {
			flag = 1
		}
		fw.frame(frExit, append([]byte{flag}, err.Error()...))
		fw.w.Flush()
		return 1
	}
	fw.w.Flush()
	return 0
}

// readerExecutable is the binary started as the reader child; tests may
// point it elsewhere.
var readerExecutable = os.Executable

// readChild runs the sd-journal reader in a child process and replays its
// frames into em. It returns nil when ctx ends or, without Follow, at the
// end of the journal; an error when the child died (Run restarts it).
func (s *Source) readChild(ctx context.Context, start string, em *emitter) error {
	exe, err := readerExecutable()
	if err != nil {
		return &permanentError{fmt.Errorf("find own executable for the journal reader child: %w", err)}
	}
	p := s.plan(start)
	cc := childConfig{Unit: s.cfg.Unit, Matches: s.cfg.Matches, Dir: s.cfg.Dir, Follow: s.cfg.Follow,
		IdleInterval: s.cfg.IdleInterval, Cursor: p.cursor, Mode: p.mode, Since: p.since, Lines: p.lines}
	js, _ := json.Marshal(cc)
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), childEnv+"=1", childCfgEnv+"="+string(js))
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return err
	}
	cmd.WaitDelay = 3 * time.Second
	cmd.SysProcAttr = childAttr()
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start journal reader child %s: %w", exe, err)
	}
	pid := cmd.Process.Pid
	wd := s.watch("sd-journal child", pid, func() { cmd.Process.Kill() }, nil)
	s.cfg.Logger.Debug().Int("pid", pid).Str("resume_after", start).Msg("journal reader child started")
	logDone := make(chan struct{})
	go func() {
		defer close(logDone)
		forwardLogs(s.cfg.Logger, stderr, "journal reader child")
	}()
	stop := make(chan struct{})
	go func() {
		select {
		case <-ctx.Done():
		case <-stop:
		}
		stdin.Close() // the child stops at EOF on stdin
		select {
		case <-time.After(3 * time.Second):
			cmd.Process.Kill()
		case <-logDone:
		}
	}()
	fr := &frameReader{r: bufio.NewReaderSize(wd.reader(stdout), 256<<10)}
	var rerr error
	for {
		if rerr = fr.next(em); rerr != nil {
			break
		}
	}
	close(stop)                    // closes stdin: the child stops
	go io.Copy(io.Discard, stdout) // unblock a child still writing
	<-logDone
	werr := cmd.Wait()
	silent := wd.end()
	if ctx.Err() != nil {
		return nil
	}
	if silent != nil {
		return silent
	}
	if fr.exit != nil {
		return fr.exit
	}
	if rerr == io.EOF && werr == nil && !s.cfg.Follow {
		return nil
	}
	if !fr.sawFrame {
		return fmt.Errorf("%w (pid %d) before opening the journal: %v (does main call journal.MaybeRunChild first?)", errReaderDied, pid, werr)
	}
	if rerr != io.EOF {
		return fmt.Errorf("%w (pid %d): %v; exit: %v", errReaderDied, pid, rerr, werr)
	}
	return fmt.Errorf("%w (pid %d): %v", errReaderDied, pid, werr)
}

// forwardLogs copies a child's stderr lines into lg: JSON lines as they
// are; other lines (a crash dump: SIGBUS and a goroutine trace run to
// hundreds of lines) up to 12, then only their count.
func forwardLogs(lg zerolog.Logger, r io.Reader, who string) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	plain, dropped := 0, 0
	for sc.Scan() {
		line := sc.Bytes()
		if len(line) == 0 {
			continue
		}
		if line[0] == '{' && json.Valid(line) {
			lg.Warn().RawJSON("child", line).Msg(who + " log")
			continue
		}
		if plain++; plain > 12 {
			dropped++
			continue
		}
		lg.Warn().Bytes("stderr", line).Msg(who + " stderr")
	}
	if dropped > 0 {
		lg.Warn().Int("lines", dropped).Msg(who + " stderr: further lines not shown")
	}
}

// FollowOneCore gives a process that follows a live journal one P, unless
// GOMAXPROCS is set in its environment; the reader child calls it, and so
// do `run` and `tail` when they follow. A follower works at the journal's
// pace in small batches; with a P per core, each batch also wakes idle Ps
// that spin looking for work and hands goroutines between threads, which
// cost more than the work (TestMeasureCost at 10,000 entries/s: 4.5-4.9%
// of a core with both processes at 2 Ps, 3.7-3.8% at one). A finite read
// (a replay, classify, `run --once`) keeps every core.
func FollowOneCore() {
	if os.Getenv("GOMAXPROCS") == "" {
		runtime.GOMAXPROCS(1)
	}
}
