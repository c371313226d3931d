package journal

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"sync"
	"sync/atomic"
	"time"

	"github.com/VictoriaMetrics/metrics"

	"github.com/stemedb/stemewatch/sidecar/feed"
)

// Source follows the journal: a feed.Source.
type Source struct {
	cfg     Config
	backend string // resolved: sdjournal or journalctl
	process string // resolved for sdjournal: in-process or child
	why     string // why this backend/process was picked

	readyMu sync.Mutex
	ready   error

	restartsBy map[string]*metrics.Counter // by reason; empty without Config.Metrics

	// firstStart is when Run first started reading: a reader that failed
	// before it read an entry starts again from there, not from the tail
	// (which would skip what was written meanwhile).
	firstStart time.Time

	stats struct {
		entries, filtered, bad, restarts atomic.Uint64
		lostVacuumed, lostRateLimited    atomic.Int64
		lostUnreadable                   atomic.Int64
		lastEntryUS                      atomic.Int64
		spokeNS                          atomic.Int64           // the reader's last sign of life (watchdog.go)
		delivered                        atomic.Pointer[string] // cursor last handed on, for the journalctl probe
		caughtUp                         atomic.Bool
		// last entry read and journal head, for the lag in entries
		posMu      sync.Mutex
		last, head seqPos
	}
}

var _ feed.Source = (*Source)(nil)

// errNotOpen is Ready's answer before the journal is open.
var errNotOpen = errors.New("journal not open yet")

// New checks cfg and picks the backend:
//
//   - auto: sdjournal when this binary was built with cgo and libsystemd
//     opens the journal (about 5x faster than journalctl export here, no
//     text to parse, seeks checked with sd_journal_test_cursor); otherwise
//     journalctl when it is on PATH. A Namespace without a Dir needs
//     journalctl (go-systemd cannot open namespaces).
//   - sdjournal, journalctl: that one, or an error saying why not.
//   - files: the journal files of Dir read in Go (internal/journalfile),
//     for a finite read from the head only. Auto picks it for such a read
//     when it can read every file (not XZ or LZ4): about 4x faster than
//     sd-journal at the same entries, cursors and order (files.go).
//
// For sdjournal, Process auto runs the reader in-process only when every
// journal directory is on a filesystem known to punch holes (ext4, xfs,
// btrfs, tmpfs, ...): there journald's vacuum never truncates a file under
// a reader. Elsewhere (ramfs, overlay, unknown) a truncated mmap'd file
// raises SIGBUS inside libsystemd, which Go cannot recover (systemd#33277),
// so the reader runs in a child process (this binary re-executed, see
// MaybeRunChild) and a crash costs a restart from the last cursor.
func New(cfg Config) (*Source, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	if cfg.Dir != "" {
		st, err := os.Stat(cfg.Dir)
		if err != nil {
			return nil, fmt.Errorf("journal directory: %w", err)
		}
		if !st.IsDir() {
			return nil, fmt.Errorf("journal directory %s: not a directory", cfg.Dir)
		}
	}
	if cfg.Cursor != "" {
		if _, ok := parseCursor(cfg.Cursor); !ok {
			// Not a journald cursor (s=...;i=...): journalctl would refuse
			// it on every restart. Start per From instead, loudly.
			cfg.Logger.Error().Str("cursor", cfg.Cursor).Str("from", cfg.From).
				Msg("checkpoint cursor is not a journal cursor; ignoring it")
			cfg.Cursor = ""
		}
	}
	s := &Source{cfg: cfg, ready: errNotOpen, restartsBy: map[string]*metrics.Counter{}}
	if cfg.Metrics != nil {
		s.registerMetrics(cfg.Metrics)
	}
	nativeErr := nativeUsable(&cfg)
	if nativeErr == nil && cfg.Namespace != "" && cfg.Dir == "" {
		nativeErr = errors.New("sd-journal through go-systemd cannot open a namespace; give the namespace's directory instead")
	}
	var filesErr error
	if cfg.Backend == BackendFiles || cfg.Backend == BackendAuto {
		filesErr = filesUsable(&cfg)
	}
	switch cfg.Backend {
	case BackendFiles:
		if filesErr != nil {
			return nil, fmt.Errorf("journal backend files: %w", filesErr)
		}
		s.backend, s.why = BackendFiles, "asked for"
	case BackendSDJournal:
		if nativeErr != nil {
			return nil, fmt.Errorf("journal backend sdjournal: %w", nativeErr)
		}
		s.backend, s.why = BackendSDJournal, "asked for"
	case BackendJournalctl:
		if _, err := exec.LookPath(cfg.Journalctl); err != nil {
			return nil, fmt.Errorf("journal backend journalctl: %w", err)
		}
		s.backend, s.why = BackendJournalctl, "asked for"
	default:
		if filesErr == nil {
			s.backend, s.why = BackendFiles, "auto: the built-in reader reads these journal files"
			break
		}
		if nativeErr == nil {
			s.backend, s.why = BackendSDJournal, "auto: sd-journal available"
			break
		}
		if _, err := exec.LookPath(cfg.Journalctl); err != nil {
			return nil, fmt.Errorf("no journal backend: sd-journal: %v; journalctl: %v", nativeErr, err)
		}
		s.backend, s.why = BackendJournalctl, "auto: sd-journal unusable: "+nativeErr.Error()
	}
	if s.backend == BackendSDJournal {
		s.process = cfg.Process
		if s.process == ProcessAuto {
			s.process, s.why = autoProcess(cfg, s.why)
		}
	}
	return s, nil
}

// autoProcess decides where the sd-journal reader runs. A SIGBUS inside
// libsystemd cannot be recovered in Go, and one killed this package's test
// binary on ext4 too (an in-process reader under rotation plus vacuum every
// second, in a CI run), not only on ramfs as LIBRARIES.md §7 measured. The
// child costs nothing measurable (455k against 454k entries/s, the same
// latency), so a reader that follows a journal always runs in a child and a
// crash costs a restart from the last cursor. Only a finite read of a copied
// directory (classify --journal-dir) on a hole-punching filesystem runs
// in-process: nothing vacuums those files while they are read.
func autoProcess(cfg Config, why string) (string, string) {
	if cfg.Follow || cfg.Dir == "" {
		return ProcessChild, why + "; child process: following a live journal, which journald may vacuum under the reader"
	}
	if ok, how := holePunching([]string{cfg.Dir}); ok {
		return ProcessInProcess, why + "; in-process: a finite read of " + how
	} else {
		return ProcessChild, why + "; child process: " + how
	}
}

// Backend returns the backend in use (sdjournal or journalctl) and, for
// sdjournal, where it reads (in-process or child), and why.
func (s *Source) Backend() (backend, process, why string) { return s.backend, s.process, s.why }

// Ready returns nil when the journal is open, otherwise why not (/readyz).
func (s *Source) Ready() error {
	s.readyMu.Lock()
	defer s.readyMu.Unlock()
	return s.ready
}

func (s *Source) setReady(err error) {
	s.readyMu.Lock()
	s.ready = err
	s.readyMu.Unlock()
}

// Stats are the source's counters since New.
type Stats struct {
	// Entries delivered; Filtered read but not delivered (journald's
	// rate-limit notices when following a unit).
	Entries, Filtered uint64
	// BadMessages are entries that could not be read and were skipped.
	BadMessages uint64
	// Restarts of the reader (child process or journal reopened), for
	// any reason (Config.Metrics has them by reason).
	Restarts uint64
	// Entries known lost, by reason.
	LostVacuumed, LostRateLimited, LostUnreadable int64
	// LastEntry is the time of the newest entry read (zero if none).
	LastEntry time.Time
	// CaughtUp is true when the reader last found no more entries.
	CaughtUp bool
	// LagEntries is how many journal entries (of any unit) were written
	// after the last one read, as of the reader's last look at the journal
	// head (about every second; sdjournal backend only, else 0).
	LagEntries int64
}

// Lag is how far behind the journal the reader is at now: zero when caught
// up, else the age of the last entry read.
func (st Stats) Lag(now time.Time) time.Duration {
	if st.CaughtUp || st.LastEntry.IsZero() {
		return 0
	}
	return now.Sub(st.LastEntry)
}

// Stats returns a snapshot of the counters.
func (s *Source) Stats() Stats {
	st := Stats{
		Entries: s.stats.entries.Load(), Filtered: s.stats.filtered.Load(),
		BadMessages: s.stats.bad.Load(), Restarts: s.stats.restarts.Load(),
		LostVacuumed: s.stats.lostVacuumed.Load(), LostRateLimited: s.stats.lostRateLimited.Load(),
		LostUnreadable: s.stats.lostUnreadable.Load(), CaughtUp: s.stats.caughtUp.Load(),
	}
	if us := s.stats.lastEntryUS.Load(); us != 0 {
		st.LastEntry = time.UnixMicro(us)
	}
	s.stats.posMu.Lock()
	if n, ok := lostBetween(s.stats.last, s.stats.head); ok && !st.CaughtUp {
		st.LagEntries = n + 1
	}
	s.stats.posMu.Unlock()
	return st
}

func (s *Source) noteHead(p seqPos) {
	s.stats.posMu.Lock()
	s.stats.head = p
	s.stats.posMu.Unlock()
}

func (s *Source) noteEntry(realtimeUS int64, p seqPos, ok bool) {
	s.stats.caughtUp.Store(false)
	if realtimeUS != 0 {
		s.stats.lastEntryUS.Store(realtimeUS)
	}
	if ok {
		s.stats.posMu.Lock()
		s.stats.last = p
		s.stats.posMu.Unlock()
	}
}

func (s *Source) noteGap(g feed.Gap) {
	switch g.Reason {
	case "vacuumed":
		s.stats.lostVacuumed.Add(g.Lost)
	case "ratelimited":
		s.stats.lostRateLimited.Add(g.Lost)
	case "unreadable":
		s.stats.lostUnreadable.Add(g.Lost)
	}
}

// Run reads until ctx is cancelled (nil) or, without Follow, to the end of
// the journal (nil), sending batches on out, and closes out. A reader that
// dies (a child killed by SIGBUS, journalctl exiting, repeated read errors)
// is restarted after the last entry it delivered, with backoff; an error is
// returned only when the journal cannot be read at all.
func (s *Source) Run(ctx context.Context, out chan<- *feed.Batch) error {
	defer close(out)
	em := newEmitter(ctx, out, s)
	var read func(ctx context.Context, start string, em *emitter) error
	switch {
	case s.backend == BackendJournalctl:
		read = s.readJournalctl
	case s.backend == BackendFiles:
		read = s.readFiles
	case s.process == ProcessChild:
		read = s.readChild
	default:
		read = s.readInProcess
	}
	start := s.cfg.Cursor
	s.firstStart = time.Now()
	backoff := 100 * time.Millisecond
	for {
		began := time.Now()
		err := read(ctx, start, em)
		if ctx.Err() != nil {
			s.setReady(errors.New("stopped"))
			return nil
		}
		if err == nil { // end of the journal, not following
			return nil
		}
		var perm *permanentError
		if errors.As(err, &perm) {
			s.setReady(err)
			return err
		}
		reason := s.countRestart(err)
		s.setReady(fmt.Errorf("journal reader restarting: %w", err))
		if c := em.cursor(); c != "" {
			start = c
		}
		if time.Since(began) > 10*time.Second {
			backoff = 100 * time.Millisecond
		}
		s.cfg.Logger.Warn().Err(err).Str("backend", s.backend).Str("reason", reason).Str("resume_after", start).
			Dur("backoff", backoff).Msg("journal reader failed; restarting after the last entry read")
		select {
		case <-time.After(backoff):
		case <-ctx.Done():
			s.setReady(errors.New("stopped"))
			return nil
		}
		backoff = min(2*backoff, 5*time.Second)
	}
}

// permanentError ends Run: retrying cannot help (bad configuration).
type permanentError struct{ err error }

func (e *permanentError) Error() string { return e.err.Error() }
func (e *permanentError) Unwrap() error { return e.err }

// startPlan is how a reader positions itself: after a cursor, or per From.
type startPlan struct {
	cursor string
	mode   string // tail, head, since
	since  time.Duration
	lines  int
}

func (s *Source) plan(start string) startPlan {
	mode, d, _ := parseFrom(s.cfg.From)
	if start == "" && mode == "tail" && s.cfg.Lines == 0 && s.stats.restarts.Load() > 0 && !s.firstStart.IsZero() {
		// A restart before the first entry was read: from when reading
		// began (a second early: journald's and our clocks are one, but the
		// entry's time is when journald received it).
		mode, d = "since", time.Since(s.firstStart)+time.Second
	}
	return startPlan{cursor: start, mode: mode, since: d, lines: s.cfg.Lines}
}

// resumeGap returns the gap to report when resuming after saved, given the
// cursor of the oldest entry the journal still holds (unfiltered): the
// entries between them were vacuumed before they were read. ok is false
// when nothing was lost or it cannot be told.
func resumeGap(saved, oldest string) (feed.Gap, bool) {
	sp, ok1 := parseCursor(saved)
	op, ok2 := parseCursor(oldest)
	if !ok1 || !ok2 || sp.id != op.id {
		return feed.Gap{}, false
	}
	n, ok := lostBetween(sp, op)
	if !ok || n == 0 {
		return feed.Gap{}, false
	}
	return feed.Gap{Reason: "vacuumed", Lost: n, AfterCursor: saved, BeforeCursor: oldest}, true
}

// nilIfDone returns nil when ctx ended (the error is its consequence).
func nilIfDone(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return nil
	}
	return err
}
