package journal

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stemedb/stemewatch/internal/testenv"
)

// rotationDuration is how long each rotation run lasts: 4 s, or
// STEMEWATCH_ROTATION_SECONDS.
func rotationDuration() time.Duration {
	if s, err := strconv.Atoi(os.Getenv("STEMEWATCH_ROTATION_SECONDS")); err == nil && s > 0 {
		return time.Duration(s) * time.Second
	}
	return 4 * time.Second
}

// rotate follows a journal that is rotated and vacuumed (--vacuum-files=1,
// which on 252 deletes the file just archived, possibly before the reader
// finished it) every second under a steady writer of ~2000 entries/s. It
// checks: no crash, no stall over 2 s, and every entry read or counted in
// a gap. With matched, the reader reads only the writer's entries (a unit's
// reader), where no jump in sequence numbers counts a loss, and a loss
// counted must be one that happened: a reader that missed nothing counted
// nothing.
func rotate(t *testing.T, ns *testenv.Instance, v variant, slow, matched bool) {
	id := "rot-" + v.name
	// journald creates its directory after its socket: wait for it.
	if err := testenv.Eventually(10*time.Second, func() bool { _, err := os.Stat(ns.Dirs[0]); return err == nil }); err != nil {
		t.Fatalf("journald made no %s", ns.Dirs[0])
	}
	cfg := v.config(Config{Dir: ns.Dirs[0], Follow: true, From: "head"})
	if matched {
		cfg.Matches = []string{"SYSLOG_IDENTIFIER=" + id}
	}
	var delay time.Duration
	if slow {
		// A consumer slower than the writer: the reader falls behind and
		// vacuum deletes files it has not read.
		cfg.BatchSize, delay = 50, 40*time.Millisecond
	}
	c := startSlow(t, cfg, delay)
	b, p, why := c.src.Backend()
	t.Logf("reading with %s %s (%s)", b, p, why)
	if err := testenv.Eventually(10*time.Second, func() bool { return c.src.Ready() == nil }); err != nil {
		t.Fatalf("not ready: %v", c.src.Ready())
	}
	snd, err := ns.NewSender()
	if err != nil {
		t.Fatal(err)
	}
	defer snd.Close()
	ctx, cancel := context.WithTimeout(context.Background(), rotationDuration())
	defer cancel()
	var wg sync.WaitGroup
	written := 0
	wg.Add(2)
	go func() {
		defer wg.Done()
		tk := time.NewTicker(5 * time.Millisecond)
		defer tk.Stop()
		for ctx.Err() == nil {
			<-tk.C
			for range 10 {
				written++
				snd.Send(fmt.Sprintf("MESSAGE=n %d", written), "SYSLOG_IDENTIFIER="+id)
			}
		}
	}()
	rotations := 0
	go func() {
		defer wg.Done()
		tk := time.NewTicker(time.Second)
		defer tk.Stop()
		for ctx.Err() == nil {
			select {
			case <-tk.C:
			case <-ctx.Done():
				return
			}
			if err := ns.Rotate(); err != nil {
				t.Errorf("rotate: %v", err)
			}
			if _, err := ns.Journalctl("--vacuum-files=1"); err != nil {
				t.Errorf("vacuum: %v", err)
			}
			rotations++
		}
	}()
	wg.Wait()
	ns.Sync()
	// Wait until the reader passed the last entry or counted it lost.
	last := fmt.Sprintf("n %d", written)
	dups := 0
	accounted := func() (read map[int]bool, lost int64) {
		entries, gaps := c.snapshot()
		read = map[int]bool{}
		dups = 0
		for _, e := range entries {
			if n := numbered(e.msg, "n "); n > 0 && e.ident == id {
				if read[n] {
					dups++
				}
				read[n] = true
			}
		}
		for _, g := range gaps {
			lost += g.Lost
		}
		return read, lost
	}
	err = testenv.Eventually(30*time.Second, func() bool {
		read, lost := accounted()
		return read[written] || int64(written-len(read)) <= lost && c.src.Stats().CaughtUp
	})
	read, lost := accounted()
	st := c.src.Stats()
	missing := written - len(read)
	t.Logf("%d written, %d read, %d missing, %d counted lost (%+v), %d rotations, longest pause between batches %v",
		written, len(read), missing, lost, st, rotations, c.maxGap)
	if err != nil {
		t.Fatalf("reader did not reach %q nor account for the missing entries", last)
	}
	if int64(missing) > lost {
		entries, gaps := c.snapshot()
		t.Errorf("%d entries missing but only %d counted in gaps; missing %s; gaps %+v",
			missing, lost, missingRanges(read, written), gaps)
		for _, e := range entries {
			if n := numbered(e.msg, "n "); e.ident == id && n > 0 && (!read[n-1] && n > 1 || n < written && !read[n+1]) {
				t.Logf("next to a hole: %q at %s", e.msg, e.cursor)
			}
		}
	}
	if dups > 0 {
		t.Errorf("%d entries read twice", dups)
	}
	if matched && missing == 0 && lost > 0 {
		t.Errorf("nothing missing, yet %d entries counted lost: %+v", lost, st)
	}
	if v.backend == BackendFiles && st.BadMessages > 0 {
		// journald's files are whole; a file vacuumed (punched out)
		// under the reader is a vacuum, not a bad message.
		t.Errorf("%d bad messages in journald's own files", st.BadMessages)
	}
	if slow && lost == 0 {
		t.Logf("note: the slow reader lost nothing (vacuum never overtook it)")
	}
	if c.maxGap > 2*time.Second {
		t.Errorf("stalled: %v without a batch", c.maxGap)
	}
	if c.src.Ready() != nil && st.Restarts == 0 {
		t.Errorf("not ready at the end: %v", c.src.Ready())
	}
}

func TestRotationAndVacuum(t *testing.T) {
	if testing.Short() {
		t.Skip("rotation test: about 8 s per backend")
	}
	for _, v := range vacuumVariants(t) {
		t.Run(v.name, func(t *testing.T) {
			ns := testenv.Namespace(t, "rot", "[Journal]\nStorage=persistent\nRateLimitBurst=0\n")
			rotate(t, ns, v, false, false)
		})
		t.Run(v.name+"-slow-consumer", func(t *testing.T) {
			ns := testenv.Namespace(t, "rots", "[Journal]\nStorage=persistent\nRateLimitBurst=0\n")
			rotate(t, ns, v, true, false)
		})
		if v.backend == BackendFiles {
			// What run does: the files backend with the unit's matches.
			t.Run(v.name+"-matched", func(t *testing.T) {
				ns := testenv.Namespace(t, "rotm", "[Journal]\nStorage=persistent\nRateLimitBurst=0\n")
				rotate(t, ns, v, false, true)
			})
			t.Run(v.name+"-matched-slow-consumer", func(t *testing.T) {
				ns := testenv.Namespace(t, "rotms", "[Journal]\nStorage=persistent\nRateLimitBurst=0\n")
				rotate(t, ns, v, true, true)
			})
		}
	}
}

// TestRotationOnRamfs: journal files on ramfs (no hole punching), where an
// in-process sd-journal reader dies of SIGBUS (LIBRARIES §7). Auto must run
// it in a child process and the source must survive the child's deaths.
func TestRotationOnRamfs(t *testing.T) {
	if testing.Short() {
		t.Skip("rotation test: about 8 s per backend")
	}
	for _, v := range variants(t) {
		if v.process == ProcessInProcess {
			v = variant{"sdjournal-auto", BackendSDJournal, ProcessAuto}
		}
		if v.process == ProcessChild {
			continue
		}
		t.Run(v.name, func(t *testing.T) {
			ns := testenv.NamespaceOn(t, "ram", "[Journal]\nStorage=persistent\nRateLimitBurst=0\n", "ramfs")
			if ok, why := holePunching(ns.Dirs[:1]); ok {
				t.Fatalf("ramfs judged hole-punching: %s", why)
			}
			rotate(t, ns, v, false, false)
		})
	}
}

// missingRanges lists the numbers in 1..written that read lacks, as ranges.
func missingRanges(read map[int]bool, written int) string {
	var b strings.Builder
	for n := 1; n <= written; n++ {
		if read[n] {
			continue
		}
		m := n
		for m < written && !read[m+1] {
			m++
		}
		fmt.Fprintf(&b, "%d-%d ", n, m)
		n = m
	}
	return b.String()
}
