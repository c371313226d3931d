package journal

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/stemedb/stemewatch/journalfmt"
)

// errStreamEnd replaces io.EOF from journalctl's stdout, so the export
// decoder never delivers an entry cut off by the child's death.
var errStreamEnd = errors.New("journalctl output ended")

// journalctlBase returns the arguments selecting the journal.
func (s *Source) journalctlBase() []string {
	args := []string{"--no-pager", "--quiet"}
	if s.cfg.Dir != "" {
		args = append(args, "--directory="+s.cfg.Dir)
	}
	if s.cfg.Namespace != "" {
		args = append(args, "--namespace="+s.cfg.Namespace)
	}
	return args
}

// journalctlCursors runs journalctl with args and returns the cursors of
// the entries it printed (at most max; it is stopped after that).
func (s *Source) journalctlCursors(ctx context.Context, max int, args ...string) ([]string, error) {
	cmd := exec.CommandContext(ctx, s.cfg.Journalctl, append(append(s.journalctlBase(), "--output=export"), args...)...)
	cmd.SysProcAttr = childAttr()
	cmd.WaitDelay = time.Second
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	var cursors []string
	sc := bufio.NewScanner(out)
	sc.Buffer(make([]byte, 64<<10), 32<<20)
	for len(cursors) < max && sc.Scan() {
		if c, ok := bytes.CutPrefix(sc.Bytes(), []byte("__CURSOR=")); ok {
			cursors = append(cursors, string(c))
		}
	}
	cmd.Process.Kill()
	io.Copy(io.Discard, out)
	werr := cmd.Wait()
	if len(cursors) < max && werr != nil && stderr.Len() > 0 {
		return cursors, fmt.Errorf("%s %s: %v: %s", s.cfg.Journalctl, strings.Join(cmd.Args[1:], " "), werr, bytes.TrimSpace(stderr.Bytes()))
	}
	return cursors, nil
}

// readJournalctl runs `journalctl --output=export` (with --follow when
// following) and decodes its output into em.
func (s *Source) readJournalctl(ctx context.Context, start string, em *emitter) error {
	plan := s.plan(start)
	args := append(s.journalctlBase(), "--output=export", "--all")
	if s.cfg.Follow {
		args = append(args, "--follow")
	}
	matches := journalctlMatchArgs(s.cfg.terms())
	skip := "" // the entry to drop if it comes first: the one we start after
	switch {
	case plan.cursor != "":
		if oldest, err := s.journalctlCursors(ctx, 1); err == nil && len(oldest) == 1 {
			if g, ok := resumeGap(plan.cursor, oldest[0]); ok {
				if err := em.gap(g); err != nil {
					return nilIfDone(ctx, err)
				}
			}
		}
		if err := em.position(plan.cursor); err != nil {
			return err
		}
		// Not --after-cursor: on 252 it skips one entry more when the
		// cursor's entry is gone (next_skip(2) after the seek; measured in
		// TestResumeAfterVacuum). --cursor starts on the entry, or the next
		// one if it is gone; the entry itself is dropped below.
		args = append(args, "--cursor="+plan.cursor, "--lines=all")
		skip = plan.cursor
	case plan.mode == "head":
		args = append(args, "--lines=all")
	case plan.mode == "since":
		t := time.Now().Add(-plan.since)
		args = append(args, fmt.Sprintf("--since=@%d.%06d", t.Unix(), t.Nanosecond()/1000), "--lines=all")
	default: // tail
		// Find the entry before the last Lines ones; follow after it. With
		// fewer entries than that, follow from the head: nothing is skipped.
		want := plan.lines + 1
		cs, err := s.journalctlCursors(ctx, want, append([]string{"--lines=" + strconv.Itoa(want)}, matches...)...)
		if err != nil {
			return err
		}
		if len(cs) == want {
			if err := em.position(cs[0]); err != nil {
				return err
			}
			args = append(args, "--cursor="+cs[0], "--lines=all")
			skip = cs[0]
		} else {
			args = append(args, "--lines=all")
		}
	}
	args = append(args, matches...)
	cmd := exec.Command(s.cfg.Journalctl, args...)
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
		return fmt.Errorf("start %s: %w", s.cfg.Journalctl, err)
	}
	pid := cmd.Process.Pid
	// journalctl's own silence proves nothing (a quiet journal): the
	// watchdog asks a fresh journalctl whether it owes entries.
	var starving atomic.Bool // the decoder waits for journalctl's output
	wd := s.watch("journalctl", pid, func() { cmd.Process.Kill() }, s.journalctlOwes(matches, &starving))
	defer wd.end() // on every path; end is idempotent
	s.cfg.Logger.Debug().Int("pid", pid).Strs("args", args).Msg("journalctl started")
	logDone := make(chan struct{})
	go func() {
		defer close(logDone)
		forwardLogs(s.cfg.Logger, stderr, "journalctl")
	}()
	if err := em.opened(nil); err != nil {
		return err
	}
	pr := newPump(ctx, wd.reader(stdout), em, &starving)
	rd := journalfmt.NewExport(pr, "journalctl")
	var rerr error
	for {
		e, err := rd.Next()
		if err == nil {
			if skip != "" {
				first := skip
				skip = ""
				if sameEntry(string(e.Cursor), first) {
					continue
				}
			}
			if err := em.entry(e); err != nil {
				rerr = err
				break
			}
			continue
		}
		var me *journalfmt.MalformedError
		if errors.As(err, &me) {
			// A cut-off entry (vacuum under journalctl): skipped, counted.
			if err := em.bad("", err); err != nil {
				rerr = err
				break
			}
			continue
		}
		rerr = err
		break
	}
	cmd.Process.Kill()
	pr.stop()
	<-logDone
	werr := cmd.Wait()
	silent := wd.end()
	if ctx.Err() != nil {
		return nil
	}
	if silent != nil {
		return silent
	}
	if errors.Is(rerr, errStreamEnd) || rerr == io.EOF {
		if err := em.flush(); err != nil {
			return nilIfDone(ctx, err)
		}
		if !s.cfg.Follow && werr == nil {
			return nil
		}
		return fmt.Errorf("%w: journalctl (pid %d) exited: %v", errReaderDied, pid, werr)
	}
	return fmt.Errorf("%w: journalctl (pid %d): %v", errReaderDied, pid, rerr)
}

// pump reads journalctl's stdout on its own goroutine, so that the decoder
// (on the Run goroutine) can flush pending entries before it would block,
// and send idle batches while journalctl is quiet.
type pump struct {
	ctx  context.Context
	em   *emitter
	ch   chan []byte
	free chan []byte
	cur  []byte
	buf  []byte // the chunk cur points into, recycled once consumed
	err  error
	done chan struct{}
	// starving is true while the decoder waits for output, everything
	// read so far decoded and handed on (the watchdog's probe asks only
	// then).
	starving *atomic.Bool
}

func newPump(ctx context.Context, r io.Reader, em *emitter, starving *atomic.Bool) *pump {
	p := &pump{ctx: ctx, em: em, ch: make(chan []byte, 4), free: make(chan []byte, 6), done: make(chan struct{}), starving: starving}
	go func() {
		defer close(p.ch)
		for {
			var b []byte
			select {
			case b = <-p.free:
			default:
				b = make([]byte, 128<<10)
			}
			n, err := r.Read(b[:cap(b)])
			if n > 0 {
				select {
				case p.ch <- b[:n]:
				case <-p.done:
					return
				}
			}
			if err != nil {
				return
			}
		}
	}()
	return p
}

func (p *pump) stop() {
	select {
	case <-p.done:
	default:
		close(p.done)
	}
}

func (p *pump) Read(b []byte) (int, error) {
	if p.err != nil {
		return 0, p.err
	}
	if len(p.cur) == 0 {
		if p.buf != nil {
			select {
			case p.free <- p.buf[:0]:
			default:
			}
			p.buf = nil
		}
		var chunk []byte
		var ok bool
		select {
		case chunk, ok = <-p.ch:
		default:
			// Would block: hand on what is decoded, then wait.
			if err := p.em.flush(); err != nil {
				p.err = err
				return 0, err
			}
			tick := time.NewTicker(p.em.cfg.IdleInterval)
			defer tick.Stop()
			p.starving.Store(true)
			defer p.starving.Store(false)
		wait:
			for {
				select {
				case chunk, ok = <-p.ch:
					break wait
				case <-tick.C:
					if err := p.em.idle(); err != nil {
						p.err = err
						return 0, err
					}
				case <-p.ctx.Done():
					p.err = p.ctx.Err()
					return 0, p.err
				}
			}
		}
		if !ok {
			p.err = errStreamEnd
			return 0, p.err
		}
		p.cur, p.buf = chunk, chunk
		p.em.src.stats.caughtUp.Store(false)
	}
	n := copy(b, p.cur)
	p.cur = p.cur[n:]
	return n, nil
}
