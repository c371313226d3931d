package journal

import (
	"bufio"
	"context"
	"encoding/binary"
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

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/sidecar/feed"
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

// Frame types.
const (
	frOpened   = 'O' // warning text, may be empty
	frPosition = 'P' // cursor
	frEntry    = 'E'
	frGap      = 'G'
	frBad      = 'B' // cursor, error text
	frFlush    = 'F'
	frIdle     = 'I'
	frExit     = 'X' // permanent flag, error text
	frHead     = 'H' // cursor of the journal's newest entry
	frRecords  = 'R' // uvarint count, then that many records (records.go)
)

const maxFrame = 64 << 20

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

// frameWriter is the child's sink.
type frameWriter struct {
	w        *bufio.Writer
	buf      []byte
	lastIdle time.Time
}

func (f *frameWriter) frame(typ byte, payload []byte) error {
	var hdr [1 + binary.MaxVarintLen64]byte
	hdr[0] = typ
	n := binary.PutUvarint(hdr[1:], uint64(len(payload)))
	if _, err := f.w.Write(hdr[:1+n]); err != nil {
		return err
	}
	_, err := f.w.Write(payload)
	return err
}

func appendBytes(b, v []byte) []byte {
	if v == nil {
		return binary.AppendUvarint(b, 0)
	}
	b = binary.AppendUvarint(b, uint64(len(v))+1)
	return append(b, v...)
}

func (f *frameWriter) opened(warn error) error {
	var msg []byte
	if warn != nil {
		msg = []byte(warn.Error())
	}
	if err := f.frame(frOpened, msg); err != nil {
		return err
	}
	return f.w.Flush()
}

func (f *frameWriter) position(cursor string) error {
	return f.frame(frPosition, []byte(cursor))
}

func (f *frameWriter) entry(e *classifier.Entry) error {
	b := f.buf[:0]
	b = binary.AppendUvarint(b, uint64(e.Priority+1))
	b = binary.AppendVarint(b, e.RealtimeUS)
	if e.Truncated {
		b = append(b, 1)
	} else {
		b = append(b, 0)
	}
	for _, v := range [...][]byte{e.Message, e.Cursor, e.Unit, e.Host, e.Identifier} {
		b = appendBytes(b, v)
	}
	f.buf = b
	return f.frame(frEntry, b)
}

// records sends a batch of records as stw_read_many wrote them.
func (f *frameWriter) records(n int, recs []byte) error {
	if n == 0 {
		return nil
	}
	var hdr [1 + 2*binary.MaxVarintLen64]byte
	hdr[0] = frRecords
	cnt := binary.AppendUvarint(nil, uint64(n))
	k := 1 + binary.PutUvarint(hdr[1:], uint64(len(cnt)+len(recs)))
	k += copy(hdr[k:], cnt)
	if _, err := f.w.Write(hdr[:k]); err != nil {
		return err
	}
	_, err := f.w.Write(recs)
	return err
}

func (f *frameWriter) gap(g feed.Gap) error {
	b := appendBytes(nil, []byte(g.Reason))
	b = binary.AppendVarint(b, g.Lost)
	b = appendBytes(b, []byte(g.AfterCursor))
	b = appendBytes(b, []byte(g.BeforeCursor))
	b = binary.AppendVarint(b, g.RealtimeUS)
	return f.frame(frGap, b)
}

func (f *frameWriter) bad(cursor string, err error) error {
	b := appendBytes(nil, []byte(cursor))
	b = append(b, err.Error()...)
	return f.frame(frBad, b)
}

func (f *frameWriter) flush() error {
	if err := f.frame(frFlush, nil); err != nil {
		return err
	}
	return f.w.Flush()
}

func (f *frameWriter) idle() error {
	// The reader polls every 100 ms; the parent needs to hear of quiet
	// only often enough for its idle batches (IdleInterval, 1 s).
	if time.Since(f.lastIdle) < 250*time.Millisecond {
		return nil
	}
	f.lastIdle = time.Now()
	if err := f.frame(frIdle, nil); err != nil {
		return err
	}
	return f.w.Flush()
}

func (f *frameWriter) head(cursor string) error {
	return f.frame(frHead, []byte(cursor))
}

// frameReader decodes frames and replays them into a sink.
type frameReader struct {
	r   *bufio.Reader
	buf []byte
	// exit is the child's last word, if it sent one.
	exit error
	// sawFrame: the child spoke at all (it is a reader, not some other
	// program).
	sawFrame bool
}

var errFrame = errors.New("malformed frame from reader child")

func readBytes(p []byte) (v, rest []byte, err error) {
	n, k := binary.Uvarint(p)
	if k <= 0 || n > uint64(len(p)-k)+1 {
		return nil, nil, errFrame
	}
	p = p[k:]
	if n == 0 {
		return nil, p, nil
	}
	return p[: n-1 : n-1], p[n-1:], nil
}

// next decodes one frame into snk. io.EOF at a clean end.
func (fr *frameReader) next(snk sink) error {
	typ, err := fr.r.ReadByte()
	if err != nil {
		return err
	}
	n, err := binary.ReadUvarint(fr.r)
	if err != nil {
		return io.ErrUnexpectedEOF
	}
	if n > maxFrame {
		return errFrame
	}
	if uint64(cap(fr.buf)) < n {
		fr.buf = make([]byte, n)
	}
	p := fr.buf[:n]
	if _, err := io.ReadFull(fr.r, p); err != nil {
		return io.ErrUnexpectedEOF
	}
	fr.sawFrame = true
	switch typ {
	case frOpened:
		var warn error
		if len(p) > 0 {
			warn = errors.New(string(p))
		}
		return snk.opened(warn)
	case frPosition:
		return snk.position(string(p))
	case frEntry:
		var e classifier.Entry
		prio, k := binary.Uvarint(p)
		if k <= 0 {
			return errFrame
		}
		p = p[k:]
		e.Priority = int(prio) - 1
		rt, k := binary.Varint(p)
		if k <= 0 || len(p) < k+1 {
			return errFrame
		}
		e.RealtimeUS = rt
		e.Truncated = p[k] == 1
		p = p[k+1:]
		for _, dst := range [...]*[]byte{&e.Message, &e.Cursor, &e.Unit, &e.Host, &e.Identifier} {
			if *dst, p, err = readBytes(p); err != nil {
				return err
			}
		}
		if e.Message == nil {
			e.Message = []byte{}
		}
		return snk.entry(&e)
	case frRecords:
		n, k := binary.Uvarint(p)
		if k <= 0 || n > uint64(len(p)/recHdr) {
			return errFrame
		}
		p = p[k:]
		var e classifier.Entry
		for range n {
			size, err := decodeRecord(p, &e)
			if err != nil {
				return fmt.Errorf("%w: %v", errFrame, err)
			}
			if err := snk.entry(&e); err != nil {
				return err
			}
			p = p[size:]
		}
		if len(p) != 0 {
			return errFrame
		}
		return nil
	case frGap:
		var g feed.Gap
		var v []byte
		if v, p, err = readBytes(p); err != nil {
			return err
		}
		g.Reason = string(v)
		lost, k := binary.Varint(p)
		if k <= 0 {
			return errFrame
		}
		g.Lost, p = lost, p[k:]
		if v, p, err = readBytes(p); err != nil {
			return err
		}
		g.AfterCursor = string(v)
		if v, p, err = readBytes(p); err != nil {
			return err
		}
		g.BeforeCursor = string(v)
		g.RealtimeUS, _ = binary.Varint(p)
		return snk.gap(g)
	case frBad:
		c, rest, err := readBytes(p)
		if err != nil {
			return err
		}
		return snk.bad(string(c), errors.New(string(rest)))
	case frHead:
		return snk.head(string(p))
	case frFlush:
		return snk.flush()
	case frIdle:
		return snk.idle()
	case frExit:
		if len(p) == 0 {
			return errFrame
		}
		err := errors.New(string(p[1:]))
		if p[0] == 1 {
			err = &permanentError{err}
		}
		fr.exit = err
		return nil
	}
	return fmt.Errorf("%w: type %q", errFrame, typ)
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
