package journal

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync/atomic"
	"time"

	"github.com/VictoriaMetrics/metrics"

	"github.com/stemedb/stemewatch/journalfmt"
)

// DefaultSilenceTimeout is how long a reader child may keep the parent
// waiting without a word before it is killed and replaced.
const DefaultSilenceTimeout = 30 * time.Second

// Why a reader was restarted: the label of MetricReaderRestarts.
const (
	// RestartSilent: the watchdog killed a reader that kept the parent
	// waiting longer than SilenceTimeout (stopped, stuck in a call).
	RestartSilent = "silent"
	// RestartDied: the child process ended by itself (a crash, SIGBUS,
	// killed from outside, journalctl exiting).
	RestartDied = "died"
	// RestartError: the reader reported a failure (repeated read errors,
	// a malformed frame).
	RestartError = "error"
)

// Metric names of the journal source.
const (
	MetricReaderRestarts = "stemewatch_journal_reader_restarts_total"
	MetricReaderSilence  = "stemewatch_journal_reader_silence_seconds"
)

// errReaderSilent is a reader the watchdog killed; Run restarts it.
var errReaderSilent = errors.New("journal reader silent")

// restartReason names why read failed, for MetricReaderRestarts.
func restartReason(err error) string {
	switch {
	case errors.Is(err, errReaderSilent):
		return RestartSilent
	case errors.Is(err, errReaderDied):
		return RestartDied
	}
	return RestartError
}

// registerMetrics adds the source's own series to set: restarts by reason
// and the seconds since the reader last gave a sign of life.
func (s *Source) registerMetrics(set *metrics.Set) {
	for _, r := range []string{RestartSilent, RestartDied, RestartError} {
		s.restartsBy[r] = set.GetOrCreateCounter(MetricReaderRestarts + `{reason="` + r + `"}`)
	}
	set.GetOrCreateGauge(MetricReaderSilence, func() float64 {
		return s.Silence(time.Now()).Seconds()
	})
}

// countRestart counts one restart of the reader, by the reason err gives.
func (s *Source) countRestart(err error) string {
	reason := restartReason(err)
	s.stats.restarts.Add(1)
	if c := s.restartsBy[reason]; c != nil {
		c.Inc()
	}
	return reason
}

// spoke records a sign of life from the reader: a frame from the
// sd-journal child, output from journalctl, or a check that journalctl
// owes nothing.
func (s *Source) spoke() { s.stats.spokeNS.Store(time.Now().UnixNano()) }

// Silence is how long ago the reader last gave a sign of life (0 before
// it started and for the in-process reader, which the watchdog does not
// watch).
func (s *Source) Silence(now time.Time) time.Duration {
	ns := s.stats.spokeNS.Load()
	if ns == 0 {
		return 0
	}
	return max(0, now.Sub(time.Unix(0, ns)))
}

// delivered returns the cursor the emitter last handed on (or was
// positioned at), as published by the reading goroutine.
func (s *Source) delivered() string {
	if p := s.stats.delivered.Load(); p != nil {
		return *p
	}
	return ""
}

// watchdog kills a reader child that keeps the parent waiting too long.
// It watches only the time the parent spends blocked in a read of the
// child's output: while the consumer holds the parent up (back-pressure),
// the child rightly waits too. The sd-journal child speaks at least every
// 250 ms, idle or not (frIdle from its read loop, so a heartbeat proves
// the loop runs, not only that the process exists). journalctl says
// nothing while the journal is quiet, so for it probe decides: after a
// silence of timeout it asks a fresh journalctl whether the journal holds
// a matching entry newer than the last one delivered; only then is the
// silence a fault.
type watchdog struct {
	s       *Source
	who     string
	timeout time.Duration
	kill    func()
	probe   func(ctx context.Context) (owes bool, err error)

	waitSince atomic.Int64 // unix ns: the parent waits in a read since; 0 when not
	fired     atomic.Bool
	quiet     time.Duration // how long it had waited when fired (set before fired)
	stop      chan struct{}
	done      chan struct{}
}

// watch starts a watchdog over a reader child; kill ends the child. Call
// stop when the child is gone.
func (s *Source) watch(what string, pid int, kill func(), probe func(context.Context) (bool, error)) *watchdog {
	w := &watchdog{s: s, who: fmt.Sprintf("%s (pid %d)", what, pid), timeout: s.cfg.SilenceTimeout, kill: kill, probe: probe,
		stop: make(chan struct{}), done: make(chan struct{})}
	s.spoke()
	go w.run()
	return w
}

// reader wraps the child's output so the watchdog sees the parent wait.
func (w *watchdog) reader(r io.Reader) io.Reader { return &watchedReader{r: r, w: w} }

type watchedReader struct {
	r io.Reader
	w *watchdog
}

func (wr *watchedReader) Read(p []byte) (int, error) {
	wr.w.waitSince.Store(time.Now().UnixNano())
	n, err := wr.r.Read(p)
	wr.w.waitSince.Store(0)
	if n > 0 {
		wr.w.s.spoke()
	}
	return n, err
}

func (w *watchdog) run() {
	defer close(w.done)
	tick := time.NewTicker(min(max(w.timeout/8, 50*time.Millisecond), time.Second))
	defer tick.Stop()
	var lastProbeErr time.Time
	for {
		select {
		case <-w.stop:
			return
		case <-tick.C:
		}
		ws := w.waitSince.Load()
		if ws == 0 {
			continue
		}
		quiet := time.Since(time.Unix(0, ws))
		if quiet < w.timeout {
			continue
		}
		if w.probe != nil {
			ctx, cancel := context.WithTimeout(context.Background(), w.timeout)
			owes, err := w.probe(ctx)
			cancel()
			if err != nil || !owes {
				if err != nil && time.Since(lastProbeErr) > w.timeout {
					// Cannot tell; killing a reader for our own check's
					// failure helps nothing. Ask again after a timeout.
					lastProbeErr = time.Now()
					w.s.cfg.Logger.Warn().Err(err).Str("reader", w.who).
						Msg("journal reader quiet and its progress check failed; not restarting it for that")
				}
				if err == nil {
					w.s.spoke() // it owes nothing: its quiet is the journal's
				}
				w.waitSince.CompareAndSwap(ws, time.Now().UnixNano())
				continue
			}
		}
		w.quiet = quiet
		w.fired.Store(true)
		w.kill()
		return
	}
}

// end stops the watchdog and returns errReaderSilent (wrapped, with what
// it saw) when it killed the reader, else nil.
func (w *watchdog) end() error {
	select {
	case <-w.stop:
	default:
		close(w.stop)
	}
	<-w.done
	if !w.fired.Load() {
		return nil
	}
	why := "no frame"
	if w.probe != nil {
		why = "no output although the journal holds newer matching entries"
	}
	return fmt.Errorf("%w: %s (%s) for %v while the parent waited (limit %v); killed",
		errReaderSilent, w.who, why, w.quiet.Round(time.Millisecond), w.timeout)
}

// journalctlOwes returns a probe for the journalctl watchdog: does the
// journal hold a matching entry after the last one delivered? Without a
// delivered cursor (nothing read yet since a head or since start) it
// compares with the newest entry seen at the first probe instead. While
// the decoder is not starving (it still works through output, or waits on
// the consumer) the delivered cursor lags behind what journalctl sent, so
// nothing is owed yet.
func (s *Source) journalctlOwes(matches []string, starving *atomic.Bool) func(context.Context) (bool, error) {
	baseline := ""
	return func(ctx context.Context) (bool, error) {
		if !starving.Load() {
			return false, nil
		}
		cs, err := s.journalctlCursors(ctx, 1, append([]string{"--lines=1"}, matches...)...)
		if err != nil {
			return false, err
		}
		if ctx.Err() != nil {
			return false, ctx.Err()
		}
		if len(cs) == 0 {
			return false, nil
		}
		newest, last := cs[0], s.delivered()
		if last == "" {
			if baseline == "" {
				baseline = newest
				return false, nil
			}
			return !sameEntry(newest, baseline), nil
		}
		return cursorAfter(newest, last), nil
	}
}

// cursorAfter reports whether entry a comes after entry b: by sequence
// number within one seqnum ID, otherwise by the realtime stamp (t=).
func cursorAfter(a, b string) bool {
	if sameEntry(a, b) {
		return false
	}
	pa, ok1 := parseCursor(a)
	pb, ok2 := parseCursor(b)
	if ok1 && ok2 && pa.id == pb.id {
		return pa.seq > pb.seq
	}
	ta, ok1 := journalfmt.CursorRealtime(a)
	tb, ok2 := journalfmt.CursorRealtime(b)
	if ok1 && ok2 {
		return ta > tb
	}
	return true // cannot order them: assume progress is owed
}
