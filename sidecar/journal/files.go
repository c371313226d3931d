package journal

import (
	"context"
	"errors"
	"fmt"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/internal/journalfile"
)

// filesUsable says why the files backend cannot serve cfg, or nil: it
// reads a directory of journal files (no namespace) to its end, from the
// head, and only files it knows how to read (it opens them to see).
func filesUsable(cfg *Config) error {
	switch {
	case cfg.Dir == "":
		return errors.New("it reads a journal directory (--journal-dir), not the local journal")
	case cfg.Follow:
		return errors.New("it reads finished files to their end; following a live journal is sd-journal's or journalctl's")
	case cfg.Cursor != "" || cfg.From != "head":
		return errors.New("it reads from the first entry only (no cursor, no --from)")
	}
	d, err := journalfile.OpenDir(cfg.Dir, cfg.terms())
	if err != nil {
		return err
	}
	return d.Close()
}

// readFiles reads the directory's journal files to their end through the
// emitter. Every error is permanent: the files do not change, so reading
// again would meet it again. A file that shrinks while it is read (the
// mapping faults) ends the read with an error naming it.
func (s *Source) readFiles(ctx context.Context, _ string, em *emitter) (err error) {
	d, err := journalfile.OpenDir(s.cfg.Dir, s.cfg.terms())
	if err != nil {
		return &permanentError{err}
	}
	defer d.Close()
	for _, e := range d.Skipped() {
		s.cfg.Logger.Warn().Err(e).Msg("not a journal file; skipped")
	}
	var warn error
	if d.Files() == 0 {
		warn = fmt.Errorf("%s holds no journal files", s.cfg.Dir)
		s.cfg.Logger.Warn().Msg(warn.Error())
	}
	if err := em.opened(warn); err != nil {
		return err
	}
	defer d.Guard(func(fault error) { err = &permanentError{fault} })()
	var e classifier.Entry
	for n := 0; ; n++ {
		if n&1023 == 0 && ctx.Err() != nil {
			return nil
		}
		ok, rerr := d.Next(&e)
		if rerr != nil {
			if err := em.bad("", rerr); err != nil {
				return nilIfDone(ctx, err)
			}
			continue
		}
		if !ok {
			return nilIfDone(ctx, em.flush())
		}
		if err := em.entry(&e); err != nil {
			return nilIfDone(ctx, err)
		}
	}
}
