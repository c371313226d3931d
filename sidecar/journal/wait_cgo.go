//go:build cgo

package journal

import (
	"errors"
	"os"
	"syscall"
	"time"

	"github.com/coreos/go-systemd/v22/sdjournal"
	"golang.org/x/sys/unix"
)

// fdWaiter waits for journal changes in Go's netpoller instead of in
// sd_journal_wait. A goroutine blocked in a cgo call holds its thread in a
// "syscall" the runtime's sysmon keeps retaking, which sets sysmon polling
// every 20 us: measured, a reader following a journal at 10,000 entries/s
// spent about a fifth of its CPU in sysmon's wake-ups, most of them while
// sd_journal_wait slept. Parked on the netpoller, the thread sleeps and
// sysmon with it. After a wake-up, sd_journal_process does what
// sd_journal_wait does after its poll (reads the inotify events, opens new
// files).
type fdWaiter struct {
	f  *os.File // a CLOEXEC duplicate of the journal's inotify fd
	rc syscall.RawConn
}

func newFDWaiter(j *sdjournal.Journal) (*fdWaiter, error) {
	if err := fastUsable(); err != nil {
		return nil, err
	}
	fd := journalFD(j)
	if fd < 0 {
		return nil, syscall.Errno(-fd)
	}
	// sd-journal's inotify fd is non-blocking; the duplicate shares that,
	// so os.NewFile registers it with the netpoller.
	nfd, err := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
	if err != nil {
		return nil, err
	}
	f := os.NewFile(uintptr(nfd), "journal-inotify")
	rc, err := f.SyscallConn()
	if err != nil {
		f.Close()
		return nil, err
	}
	// Only a pollable fd gets deadlines: without them a wait could hang.
	if err := f.SetReadDeadline(time.Time{}); err != nil {
		f.Close()
		return nil, errors.New("journal inotify fd is not pollable")
	}
	return &fdWaiter{f: f, rc: rc}, nil
}

// wait waits up to timeout for the fd to become readable, then lets
// sd-journal process the events; it returns what sd_journal_wait would:
// SD_JOURNAL_NOP, _APPEND, _INVALIDATE, or a negative errno.
func (w *fdWaiter) wait(j *sdjournal.Journal, timeout time.Duration) int {
	if err := w.f.SetReadDeadline(time.Now().Add(timeout)); err != nil {
		return -int(syscall.EIO)
	}
	asked := false
	err := w.rc.Read(func(uintptr) bool {
		// The first call says "not yet" so that Read waits for
		// readability; the second (after it) leaves the reading to
		// sd_journal_process.
		done := asked
		asked = true
		return done
	})
	if errors.Is(err, os.ErrDeadlineExceeded) {
		return int(sdjournal.SD_JOURNAL_NOP)
	}
	if err != nil {
		return -int(syscall.EIO)
	}
	return journalProcess(j)
}

func (w *fdWaiter) close() { w.f.Close() }
