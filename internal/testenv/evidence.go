package testenv

import (
	"errors"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// SilentPeer returns a loopback host:port that accepts nothing: a listener
// with a backlog of 0 whose accept queue is already full (one connection
// never accepted), so Linux drops every further SYN and a connect times
// out, all without leaving loopback. It is closed at the end of the test.
func SilentPeer(t testing.TB) string {
	t.Helper()
	fd, err := unix.Socket(unix.AF_INET, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { unix.Close(fd) })
	if err := unix.Bind(fd, &unix.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		t.Fatal(err)
	}
	if err := unix.Listen(fd, 0); err != nil {
		t.Fatal(err)
	}
	sa, err := unix.Getsockname(fd)
	if err != nil {
		t.Fatal(err)
	}
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(sa.(*unix.SockaddrInet4).Port))
	// Fill the queue: connect until a connect gets no answer.
	for i := 0; i < 16; i++ {
		c, err := net.DialTimeout("tcp", addr, 2*time.Second)
		if err == nil {
			t.Cleanup(func() { c.Close() })
			continue
		}
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			return addr
		}
		t.Fatalf("filling the backlog of %s: %v", addr, err)
	}
	t.Fatalf("%s still accepts connections after 16: the kernel does not drop SYNs on a full accept queue", addr)
	return ""
}

// ClosedPort returns a loopback host:port nothing listens on (it listened
// a moment ago, so the port is free), for a connect that is refused.
func ClosedPort(t testing.TB) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// Tmpfs mounts a tmpfs of size bytes named source (the mount's device in
// /proc/self/mountinfo) on a fresh directory and unmounts it at the end of
// the test. Root only (RequireRoot).
func Tmpfs(t testing.TB, source string, size int64) string {
	t.Helper()
	RequireRoot(t)
	dir := t.TempDir()
	out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+strconv.FormatInt(size, 10)+",mode=0755", source, dir).CombinedOutput()
	if err != nil {
		t.Fatalf("mount tmpfs on %s: %v: %s", dir, err, out)
	}
	t.Cleanup(func() {
		if out, err := exec.Command("umount", dir).CombinedOutput(); err != nil {
			t.Errorf("umount %s: %v: %s", dir, err, out)
		}
	})
	return dir
}

// FillTo writes a file into dir until its file system has at most freePct
// percent of its blocks available, and returns the share left free.
func FillTo(t testing.TB, dir string, freePct float64) float64 {
	t.Helper()
	var st unix.Statfs_t
	if err := unix.Statfs(dir, &st); err != nil {
		t.Fatal(err)
	}
	keep := uint64(float64(st.Blocks) * freePct / 100)
	if st.Bavail <= keep {
		return float64(st.Bavail) / float64(st.Blocks) * 100
	}
	f, err := os.Create(filepath.Join(dir, "fill"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	buf := make([]byte, st.Bsize)
	for i := uint64(0); i < st.Bavail-keep; i++ {
		if _, err := f.Write(buf); err != nil {
			t.Fatalf("fill %s: %v", dir, err)
		}
	}
	if err := f.Sync(); err != nil {
		t.Fatal(err)
	}
	if err := unix.Statfs(dir, &st); err != nil {
		t.Fatal(err)
	}
	return float64(st.Bavail) / float64(st.Blocks) * 100
}

// ListeningPeer returns the address of a loopback TCP listener that
// accepts every connection and closes it at once, stopped at cleanup: a
// peer that answers.
func ListeningPeer(t testing.TB) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.Close()
		}
	}()
	return ln.Addr().String()
}
