package journal

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/internal/journalfile"
	"github.com/stemedb/stemewatch/sidecar/feed"
)

// filesUsable says why the files backend cannot serve cfg, or nil. It reads
// a journal directory, or the local journal's two (/var/log/journal and
// /run/log/journal, this machine's); not a namespace without its
// directory, not --lines; and only files it knows how to read (it opens
// them to see).
func filesUsable(cfg *Config) error {
	switch {
	case cfg.Namespace != "" && cfg.Dir == "":
		return errors.New("it reads a namespace only through its directory")
	case cfg.Lines > 0:
		return errors.New("it does not start a number of entries before the end (--lines)")
	}
	if _, _, err := parseFrom(cfg.From); err != nil && cfg.Cursor == "" {
		return err
	}
	dirs, err := filesDirs(cfg)
	if err != nil {
		return err
	}
	d, err := journalfile.OpenDirs(dirs, cfg.terms(), cfg.Follow)
	if err != nil {
		return err
	}
	return d.Close()
}

// filesDirs are the directories the files backend reads.
func filesDirs(cfg *Config) ([]string, error) {
	if cfg.Dir != "" {
		return []string{cfg.Dir}, nil
	}
	b, err := os.ReadFile("/etc/machine-id")
	if err != nil {
		return nil, fmt.Errorf("the local journal's directories are named by the machine ID: %w", err)
	}
	id := strings.TrimSpace(string(b))
	return []string{filepath.Join("/var/log/journal", id), filepath.Join("/run/log/journal", id)}, nil
}

// readFiles reads the journal files with the built-in reader, through the
// emitter, positioned as the other readers are (after the cursor, else per
// From); following, it looks for more every pollInterval. A file that
// shrinks under the reader, or outgrows its mapping, ends the read with an
// error, and Run starts it again after the last entry read.
func (s *Source) readFiles(ctx context.Context, start string, em *emitter) (err error) {
	dirs, err := filesDirs(&s.cfg)
	if err != nil {
		return &permanentError{err}
	}
	d, err := journalfile.OpenDirs(dirs, s.cfg.terms(), s.cfg.Follow)
	if err != nil {
		return &permanentError{err}
	}
	defer d.Close()
	for _, e := range d.Skipped() {
		s.cfg.Logger.Warn().Err(e).Msg("not a journal file; skipped")
	}
	var warn error
	if d.Files() == 0 && !s.cfg.Follow {
		warn = fmt.Errorf("%s holds no journal files", strings.Join(dirs, " and "))
		s.cfg.Logger.Warn().Msg(warn.Error())
	}
	defer d.Guard(func(fault error) { err = fault })()
	if err := s.seekFiles(d, s.plan(start), em); err != nil {
		return err
	}
	if err := em.opened(warn); err != nil {
		return err
	}
	var e classifier.Entry
	lastHead := time.Time{}
	for n := 0; ; n++ {
		if n&1023 == 0 && ctx.Err() != nil {
			return nil
		}
		ok, rerr := d.Next(&e)
		if err := s.noteLosses(d, em); err != nil {
			return nilIfDone(ctx, err)
		}
		if rerr != nil {
			if err := em.bad("", rerr); err != nil {
				return nilIfDone(ctx, err)
			}
			continue
		}
		if ok {
			if err := em.entry(&e); err != nil {
				return nilIfDone(ctx, err)
			}
			continue
		}
		if time.Since(lastHead) >= time.Second {
			lastHead = time.Now()
			if err := em.head(d.Newest()); err != nil {
				return nilIfDone(ctx, err)
			}
		}
		if err := em.flush(); err != nil {
			return nilIfDone(ctx, err)
		}
		if !s.cfg.Follow {
			return nil
		}
		if err := em.idle(); err != nil {
			return nilIfDone(ctx, err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(pollInterval):
		}
		if err := d.Refresh(); err != nil {
			return err // ErrRemap: Run opens the files again
		}
		if err := s.noteLosses(d, em); err != nil {
			return nilIfDone(ctx, err)
		}
	}
}

// noteLosses reports entries lost to files journald vacuumed under the
// reader before it read them (journald punches a vacuumed file out: the
// mapping reads zeros). Without matches the jump in sequence numbers at
// the next entry counts them (a gap here would count them twice); with
// matches it is the only count, of every entry lost, matching or not. A
// file read to its end and then vacuumed, the usual case, lost nothing and
// is not reported (CI once saw such a file counted as an unreadable entry,
// a loss that never happened).
func (s *Source) noteLosses(d *journalfile.Dir, em *emitter) error {
	for _, l := range d.TakeLosses() {
		s.cfg.Logger.Warn().Str("file", l.Path).Uint64("unread", l.Unread).
			Uint64("after_seqnum", l.After).Uint64("through_seqnum", l.Through).
			Msg("journal file vacuumed before it was read to its end")
		if em.contiguous {
			continue
		}
		if err := em.gap(feed.Gap{Reason: "vacuumed", Lost: int64(l.Unread), AfterCursor: em.cursor()}); err != nil {
			return err
		}
	}
	return nil
}

// seekFiles positions d as seek positions sd-journal: after the cursor
// (counting what was vacuumed past it), else at the head, the tail, or
// the first entry of the last --from.
func (s *Source) seekFiles(d *journalfile.Dir, plan startPlan, em *emitter) error {
	if c := plan.cursor; c != "" {
		found, err := d.SeekAfter(c)
		if err == nil {
			if !found {
				if g, ok := resumeGap(c, d.Oldest()); ok {
					if err := em.gap(g); err != nil {
						return err
					}
				}
			}
			return em.position(c)
		}
		s.cfg.Logger.Error().Err(err).Str("cursor", c).Msg("cannot seek to the checkpoint cursor; starting per --from instead")
		plan.cursor = ""
	}
	switch plan.mode {
	case "head":
	case "since":
		d.SeekRealtime(uint64(time.Now().Add(-plan.since).UnixMicro()))
	default:
		d.SeekTail()
	}
	return nil
}

// pollInterval bounds how long a reader (sd-journal's, the built-in one)
// waits before looking for new entries even without a change notification:
// journald makes appends visible in the mmap'd file at once but notifies
// readers only every 250 ms (its post-change timer), so polling cuts the
// write-to-read latency. A poll that finds nothing costs one
// sd_journal_next, or a look at the files' headers.
const pollInterval = 100 * time.Millisecond
