//go:build cgo

package journal

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"syscall"
	"time"

	"github.com/coreos/go-systemd/v22/sdjournal"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/internal/journalfile"
	"github.com/stemedb/stemewatch/journalfmt"
)

// slowReadForTest makes readNative use the per-field path.
var slowReadForTest bool

// maxMessage caps a MESSAGE handed on; longer ones are cut and marked
// Truncated: the built-in reader's cap, one for every reader.
const maxMessage = journalfile.MaxMessage

// nativeUsable opens and closes the journal once, on a thread of its own.
func nativeUsable(cfg *Config) error {
	errc := make(chan error, 1)
	go func() {
		runtime.LockOSThread() // never unlocked: the thread ends with us
		j, err := openJournal(cfg, false)
		if err == nil {
			j.Close()
		}
		errc <- err
	}()
	return <-errc
}

// readInProcess runs the sd-journal reader on a goroutine locked to its
// own OS thread, which opens, reads and closes the journal (sd-journal(3):
// one thread per object).
func (s *Source) readInProcess(ctx context.Context, start string, em *emitter) error {
	errc := make(chan error, 1)
	go func() {
		runtime.LockOSThread() // never unlocked: the thread exits with the goroutine
		errc <- readNative(ctx, &s.cfg, s.plan(start), em)
	}()
	return <-errc
}

func openJournal(cfg *Config, withMatches bool) (*sdjournal.Journal, error) {
	var j *sdjournal.Journal
	var err error
	if cfg.Dir != "" {
		j, err = sdjournal.NewJournalFromDir(cfg.Dir)
	} else {
		j, err = sdjournal.NewJournal()
	}
	if err != nil {
		where := cfg.Dir
		if where == "" {
			where = "local journal"
		}
		return nil, fmt.Errorf("open %s: %w", where, err)
	}
	if !withMatches {
		return j, nil
	}
	for i, t := range cfg.terms() {
		if i > 0 {
			if err := j.AddDisjunction(); err != nil {
				j.Close()
				return nil, err
			}
		}
		for _, m := range t {
			if err := j.AddMatch(m); err != nil {
				j.Close()
				return nil, &permanentError{fmt.Errorf("journal match %q: %w", m, err)}
			}
		}
	}
	return j, nil
}

// oldestCursor returns the cursor of the oldest entry in the journal,
// ignoring matches, or "".
func oldestCursor(cfg *Config) string {
	j, err := openJournal(cfg, false)
	if err != nil {
		return ""
	}
	defer j.Close()
	if j.SeekHead() != nil {
		return ""
	}
	if n, err := j.Next(); n != 1 || err != nil {
		return ""
	}
	c, _ := j.GetCursor()
	return c
}

// readNative opens the journal, positions it per plan, and hands entries
// to snk until ctx ends (nil), the end of the journal without Follow
// (nil), or a failure (error: the caller reopens after the last cursor).
// It must run on a locked OS thread, which it keeps the journal on.
func readNative(ctx context.Context, cfg *Config, plan startPlan, snk sink) error {
	j, err := openJournal(cfg, true)
	if err != nil {
		return err
	}
	defer j.Close()
	var warn error
	if usage, err := j.GetUsage(); err == nil && usage == 0 {
		warn = errors.New("journal open but holds no readable files (permissions? add the systemd-journal group)")
		cfg.Logger.Warn().Msg(warn.Error())
	}
	pending, err := seek(j, cfg, plan, snk)
	if err != nil {
		return err
	}
	if err := snk.opened(warn); err != nil {
		return err
	}
	var e classifier.Entry
	read := readEntry
	batched := fastUsable() == nil && !slowReadForTest
	// A second handle without matches looks at the journal's newest entry
	// about once a second, for the lag in entries.
	var hj *sdjournal.Journal
	defer func() {
		if hj != nil {
			hj.Close()
		}
	}()
	var lastHead time.Time
	reportHead := func(snk sink) error {
		if time.Since(lastHead) < time.Second {
			return nil
		}
		lastHead = time.Now()
		if hj == nil {
			if hj, err = openJournal(cfg, false); err != nil {
				hj = nil
				return nil
			}
		}
		hj.Wait(0) // process file events: see rotated-in files
		if hj.SeekTail() != nil {
			return nil
		}
		if k, err := hj.Previous(); k != 1 || err != nil {
			return nil
		}
		if c, err := hj.GetCursor(); err == nil {
			return snk.head(c)
		}
		return nil
	}
	if batched {
		return readBatches(ctx, j, cfg, pending, snk, reportHead)
	}
	nextErrors := 0
	for n := uint64(0); ; n++ {
		if !pending {
			k, err := j.Next()
			if err != nil {
				nextErrors++
				if nextErrors >= 3 {
					return fmt.Errorf("journal next failed %d times: %w", nextErrors, err)
				}
				if err := snk.bad("", nextFailed(err)); err != nil {
					return err
				}
				continue
			}
			nextErrors = 0
			if k == 0 {
				if err := reportHead(snk); err != nil {
					return nilIfDone(ctx, err)
				}
				if err := snk.flush(); err != nil {
					return nilIfDone(ctx, err)
				}
				if !cfg.Follow {
					return nil
				}
				if _, err := waitForMore(ctx, j, snk); err != nil {
					return nilIfDone(ctx, err)
				}
				continue
			}
		}
		pending = false
		if err := read(j, &e); err != nil {
			cursor, _ := j.GetCursor()
			if err := snk.bad(cursor, err); err != nil {
				return nilIfDone(ctx, err)
			}
			continue
		}
		if err := snk.entry(&e); err != nil {
			return nilIfDone(ctx, err)
		}
		if n&1023 == 0 {
			if ctx.Err() != nil {
				return nil
			}
			if err := reportHead(snk); err != nil {
				return nilIfDone(ctx, err)
			}
		}
	}
}

// readBatches is readNative's loop over stw_read_many: the same sink calls
// in the same order as the loop over one entry at a time, with one cgo call
// per batchEntries entries instead of two per entry, and the sink called
// from a relay goroutine: this thread, which holds the journal, only reads.
func readBatches(ctx context.Context, j *sdjournal.Journal, cfg *Config, pending bool, snk sink, reportHead func(sink) error) (err error) {
	rl := newRelay(snk)
	defer func() {
		// Everything read reaches the sink before we return: a restart
		// resumes after the last entry delivered.
		if cerr := rl.close(); err == nil && cerr != nil {
			err = nilIfDone(ctx, cerr)
		}
	}()
	nextErrors := 0
	var last string  // cursor of the last entry read
	var changed bool // journald said the journal changed since the last read
	for {
		b := rl.buffer()
		status, rerr := b.readMany(j, &pending)
		if b.n > 0 || status == stwReadErr {
			nextErrors = 0 // sd_journal_next succeeded
		}
		if b.n > 0 {
			last = b.lastCursor()
		} else if changed && status == stwEnd && last != "" {
			// journald announced a change, yet Next at the end finds
			// nothing new. sd-journal 252 can keep a stale view of a
			// match's entries when it polled while journald was still
			// linking an entry (seen: a matching entry not returned until
			// the next one arrived, seconds later). Stand on the last entry
			// read again and read on from there.
			changed = false
			if p, err := resync(j, last); err == nil {
				pending = p
				rl.free <- b
				continue
			}
		}
		changed = false
		if err := rl.entries(b); err != nil {
			return nilIfDone(ctx, err)
		}
		switch status {
		case stwReadErr:
			cursor, _ := j.GetCursor()
			if err := rl.bad(cursor, fmt.Errorf("read entry: %w", rerr)); err != nil {
				return nilIfDone(ctx, err)
			}
		case stwNextErr:
			nextErrors++
			if nextErrors >= 3 {
				return fmt.Errorf("journal next failed %d times: %w", nextErrors, rerr)
			}
			if err := rl.bad("", nextFailed(rerr)); err != nil {
				return err
			}
		case stwEnd:
			if err := reportHead(rl); err != nil {
				return nilIfDone(ctx, err)
			}
			if err := rl.flush(); err != nil {
				return nilIfDone(ctx, err)
			}
			if !cfg.Follow {
				return nil
			}
			ch, err := waitForMore(ctx, j, rl)
			if err != nil {
				return nilIfDone(ctx, err)
			}
			changed = ch
			continue
		}
		if ctx.Err() != nil {
			return nil
		}
		if err := reportHead(rl); err != nil {
			return nilIfDone(ctx, err)
		}
	}
}

// waitForMore waits until the journal changed or pollInterval passed
// (never long, so ctx and Close are not held up), telling snk when idle.
// changed reports journald's word that the journal changed (APPEND or
// INVALIDATE), as opposed to a poll that timed out.
func waitForMore(ctx context.Context, j *sdjournal.Journal, snk sink) (changed bool, err error) {
	if err := snk.idle(); err != nil {
		return false, err
	}
	if ctx.Err() != nil {
		return false, ctx.Err()
	}
	r := j.Wait(pollInterval)
	if r < 0 {
		return false, fmt.Errorf("journal wait: %w", syscall.Errno(-r))
	}
	return r != sdjournal.SD_JOURNAL_NOP, nil // drain with Next either way
}

// resync positions j on the entry of cursor again (pending false: it was
// delivered), or, when that entry is gone, on the next one (pending true).
func resync(j *sdjournal.Journal, cursor string) (pending bool, err error) {
	if err := j.SeekCursor(cursor); err != nil {
		return false, err
	}
	n, err := j.Next()
	if err != nil {
		return false, err
	}
	if n == 0 {
		return false, nil
	}
	return j.TestCursor(cursor) != nil, nil
}

// seek positions j per plan (LIBRARIES.md §1). pending is true when j is
// on an entry that must be delivered before the next Next.
func seek(j *sdjournal.Journal, cfg *Config, plan startPlan, snk sink) (pending bool, err error) {
	if c := plan.cursor; c != "" {
		if err := j.SeekCursor(c); err != nil {
			cfg.Logger.Error().Err(err).Str("cursor", c).Msg("cannot seek to the checkpoint cursor; starting per --from instead")
			plan.cursor = ""
			return seek(j, cfg, plan, snk)
		}
		n, err := j.Next() // lands ON the saved entry if it still exists (and matches)
		if err != nil {
			return false, fmt.Errorf("journal next after seek: %w", err)
		}
		if n == 1 && j.TestCursor(c) == nil {
			return false, snk.position(c) // already processed: Next moves past it
		}
		// The saved entry is gone (vacuumed) or no longer matches: j is on
		// the next unprocessed entry, if any. Count what was vacuumed.
		if g, ok := resumeGap(c, oldestCursor(cfg)); ok {
			if err := snk.gap(g); err != nil {
				return false, err
			}
		}
		if err := snk.position(c); err != nil {
			return false, err
		}
		return n == 1, nil
	}
	switch plan.mode {
	case "head":
		return false, j.SeekHead()
	case "since":
		t := time.Now().Add(-plan.since)
		return false, j.SeekRealtimeUsec(uint64(t.UnixMicro()))
	}
	// Tail: SeekTail then step back (never SeekTail+Next on 252). When
	// fewer entries exist than asked for, or none match yet, start at the
	// head: otherwise the first new entries are skipped (verified on 252).
	if err := j.SeekTail(); err != nil {
		return false, err
	}
	want := uint64(plan.lines) + 1
	n, err := j.PreviousSkip(want)
	if err != nil {
		return false, err
	}
	if n < want {
		return false, j.SeekHead()
	}
	c, err := j.GetCursor()
	if err != nil {
		return false, err
	}
	return false, snk.position(c)
}

var (
	errNoEntry = syscall.ENOENT
)

// readEntry reads the fields the classifier needs from j's current entry.
// The slices are fresh copies (go-systemd copies), valid until overwritten.
func readEntry(j *sdjournal.Journal, e *classifier.Entry) error {
	*e = classifier.Entry{Priority: -1}
	msg, err := field(j, "MESSAGE")
	if err != nil {
		return err
	}
	if msg == nil {
		msg = []byte{}
	}
	if len(msg) > maxMessage {
		msg, e.Truncated = msg[:maxMessage], true
	}
	e.Message = msg
	p, err := field(j, "PRIORITY")
	if err != nil {
		return err
	}
	e.Priority = journalfmt.ParsePriority(p)
	if e.Identifier, err = field(j, "SYSLOG_IDENTIFIER"); err != nil {
		return err
	}
	if e.Unit, err = field(j, "_SYSTEMD_UNIT"); err != nil {
		return err
	}
	if e.Host, err = field(j, "_HOSTNAME"); err != nil {
		return err
	}
	c, err := j.GetCursor()
	if err != nil {
		return err
	}
	e.Cursor = []byte(c)
	rt, err := j.GetRealtimeUsec()
	if err != nil {
		return err
	}
	e.RealtimeUS = int64(rt)
	return nil
}

// field returns the value of name in the current entry, nil when absent.
func field(j *sdjournal.Journal, name string) ([]byte, error) {
	b, err := j.GetDataBytes(name)
	if errors.Is(err, errNoEntry) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if len(b) <= len(name) || b[len(name)] != '=' || string(b[:len(name)]) != name {
		return nil, fmt.Errorf("read %s: malformed data object", name)
	}
	return b[len(name)+1:], nil
}
