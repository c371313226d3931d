package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/mattn/go-isatty"
)

// startProgress reports progress on standard error once a second while
// the run lasts, when asked or when standard error is a terminal. On a
// terminal it rewrites one line and clears it at the end; elsewhere (a
// log file, a pipe, a journal) it writes whole lines, and a last one with
// the totals, so a long run in a cron job or a unit leaves a readable
// record instead of carriage returns.
func (st *classifyState) startProgress(e *env, mode string) func() {
	tty := false
	if f, ok := e.stderr.(*os.File); ok && isatty.IsTerminal(f.Fd()) {
		tty = true
	}
	if !(mode == "always" || (mode == "auto" && tty)) {
		return func() {}
	}
	done := make(chan struct{})
	finished := make(chan struct{})
	start := time.Now()
	// A journal directory is read by entry, not by byte: its line gives
	// entries per second alone.
	line := func() string {
		n, b := st.entries.Load(), st.bytes.Load()
		secs := time.Since(start).Seconds()
		if b == 0 {
			return fmt.Sprintf("classify: %s entries in %.1f s, %s entries/s", groupDigits(n), secs, groupDigits(int64(float64(n)/secs)))
		}
		return fmt.Sprintf("classify: %s entries, %.1f MB read in %.1f s, %.0f MB/s", groupDigits(n), float64(b)/1e6, secs, float64(b)/1e6/secs)
	}
	go func() {
		defer close(finished)
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		for {
			select {
			case <-done:
				if tty {
					fmt.Fprint(e.stderr, "\r\033[K")
				} else {
					b := st.bytes.Load()
					fmt.Fprintf(e.stderr, "classify: done: %s entries, %.1f MB (%s bytes) in %.2f s\n", groupDigits(st.entries.Load()), float64(b)/1e6, groupDigits(b), time.Since(start).Seconds())
				}
				return
			case <-tick.C:
				if tty {
					fmt.Fprint(e.stderr, "\r\033[K"+line())
				} else {
					fmt.Fprintln(e.stderr, line())
				}
			}
		}
	}()
	return func() { close(done); <-finished }
}

func groupDigits(n int64) string {
	s := strconv.FormatInt(n, 10)
	if n < 0 {
		return "-" + groupDigits(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// countingReader counts the bytes read, for progress.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}
