// Package testenv gives tests a real systemd-journald to write to and real
// journal files to read, starting journald when none runs.
//
// Root-only facilities skip the test with a clear message when the process is
// not root, unless STEMEWATCH_REQUIRE_ROOT_TESTS=1 (CI), where they fail it.
//
//	jd := testenv.Journald(t)                 // the system instance, started once, shared
//	jd.Send(t, "MESSAGE=hello", "SYSLOG_IDENTIFIER=mytest-123")
//	ns := testenv.Namespace(t, "rot", "")     // a private `systemd-journald NAME`, stopped at cleanup
//	file := testenv.ExportToJournal(t, dir, "x", exportText) // systemd-journal-remote
//
// The system journald is started at most once per machine: a flock on
// /run/stemewatch-testenv.lock serialises test processes of different
// packages, and a live socket means it already runs. It is left running
// when the test process ends, for the next package.
package testenv

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Paths of the programs used here (Debian 12 layout).
const (
	JournaldBin       = "/lib/systemd/systemd-journald"
	JournalRemoteBin  = "/lib/systemd/systemd-journal-remote"
	SystemSocket      = "/run/systemd/journal/socket"
	lockPath          = "/run/stemewatch-testenv.lock"
	requireRootEnvVar = "STEMEWATCH_REQUIRE_ROOT_TESTS"
)

// RequireRoot skips t when the process is not root, or fails it when
// STEMEWATCH_REQUIRE_ROOT_TESTS=1 (so CI cannot pass by skipping).
func RequireRoot(t testing.TB) {
	t.Helper()
	if os.Geteuid() == 0 {
		return
	}
	msg := "needs root to run systemd-journald (run as root, or see DEVELOPERS.md)"
	if os.Getenv(requireRootEnvVar) == "1" {
		t.Fatalf("%s; %s=1 forbids skipping", msg, requireRootEnvVar)
	}
	t.Skip(msg)
}

// RequireProgram skips (or fails, under STEMEWATCH_REQUIRE_ROOT_TESTS=1) when
// path is not an executable file.
func RequireProgram(t testing.TB, path string) {
	t.Helper()
	if _, err := exec.LookPath(path); err == nil {
		return
	}
	msg := fmt.Sprintf("%s not installed (scripts/setup.sh installs it)", path)
	if os.Getenv(requireRootEnvVar) == "1" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

// Instance is a running systemd-journald: the system one (Namespace "") or
// a namespace instance.
type Instance struct {
	Namespace string
	// Socket is the native-protocol datagram socket.
	Socket string
	// Dirs are the directories its journal files live in (volatile under
	// /run/log/journal, persistent under /var/log/journal), for
	// NewJournalFromDir / journalctl -D. Only those that exist are useful.
	Dirs []string
	cmd  *exec.Cmd
}

// Journald returns the system journald, starting it if it does not run.
func Journald(t testing.TB) *Instance {
	t.Helper()
	RequireRoot(t)
	RequireProgram(t, JournaldBin)
	inst, err := StartSystem()
	if err != nil {
		t.Fatalf("testenv: %v", err)
	}
	return inst
}

// StartSystem starts the system journald unless one already answers on its
// socket. It is safe to call from several processes at once.
func StartSystem() (*Instance, error) {
	mid, err := machineID()
	if err != nil {
		return nil, err
	}
	inst := &Instance{Socket: SystemSocket, Dirs: []string{
		filepath.Join("/run/log/journal", mid), filepath.Join("/var/log/journal", mid)}}
	if socketAlive(SystemSocket) {
		return inst, nil
	}
	lk, err := os.OpenFile(lockPath, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, fmt.Errorf("open lock %s: %w", lockPath, err)
	}
	defer lk.Close()
	if err := syscall.Flock(int(lk.Fd()), syscall.LOCK_EX); err != nil {
		return nil, fmt.Errorf("lock %s: %w", lockPath, err)
	}
	defer syscall.Flock(int(lk.Fd()), syscall.LOCK_UN)
	if socketAlive(SystemSocket) { // started by another process meanwhile
		return inst, nil
	}
	for _, d := range []string{"/run/systemd/journal", "/var/log/journal"} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return nil, err
		}
	}
	cmd := exec.Command(JournaldBin)
	// Its own session, so it outlives this test process and serves the
	// next package's tests.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s: %w", JournaldBin, err)
	}
	go cmd.Wait() //nolint:errcheck // reaped if it dies while we live
	if err := waitSockets(SystemSocket, 10*time.Second); err != nil {
		return nil, err
	}
	return inst, nil
}

// Namespace starts a private `systemd-journald NAME` for this test and stops
// it (and removes its files) at cleanup. conf, if not empty, is written to
// /etc/systemd/journald@NAME.conf first (a [Journal] section; e.g.
// "[Journal]\nStorage=volatile\n"). The name gets the pid appended so
// parallel packages do not collide.
func Namespace(t testing.TB, name, conf string) *Instance {
	t.Helper()
	RequireRoot(t)
	RequireProgram(t, JournaldBin)
	ns := fmt.Sprintf("%s%d", name, os.Getpid())
	inst, err := StartNamespace(ns, conf)
	if err != nil {
		t.Fatalf("testenv: %v", err)
	}
	t.Cleanup(func() { inst.Stop() })
	return inst
}

// NamespaceOn is Namespace with its persistent directory (Dirs[0]) on a
// fresh mount of fstype (e.g. "ramfs", which cannot punch holes), unmounted
// at cleanup. conf should say Storage=persistent.
func NamespaceOn(t testing.TB, name, conf, fstype string) *Instance {
	t.Helper()
	RequireRoot(t)
	RequireProgram(t, JournaldBin)
	ns := fmt.Sprintf("%s%d", name, os.Getpid())
	mid, err := machineID()
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("/var/log/journal", mid+"."+ns)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("mount", "-t", fstype, fstype, dir).CombinedOutput(); err != nil {
		t.Fatalf("testenv: mount %s on %s: %v: %s", fstype, dir, err, out)
	}
	inst, err := StartNamespace(ns, conf)
	if err != nil {
		exec.Command("umount", "-l", dir).Run()
		t.Fatalf("testenv: %v", err)
	}
	t.Cleanup(func() {
		inst.Stop()
		exec.Command("umount", "-l", dir).Run()
		os.RemoveAll(dir)
	})
	return inst
}

// StartNamespace starts `systemd-journald NS` (see Namespace). Call Stop.
func StartNamespace(ns, conf string) (*Instance, error) {
	mid, err := machineID()
	if err != nil {
		return nil, err
	}
	confPath := fmt.Sprintf("/etc/systemd/journald@%s.conf", ns)
	if conf != "" {
		if err := os.WriteFile(confPath, []byte(conf), 0o644); err != nil {
			return nil, err
		}
	}
	inst := &Instance{
		Namespace: ns,
		Socket:    fmt.Sprintf("/run/systemd/journal.%s/socket", ns),
		Dirs: []string{filepath.Join("/var/log/journal", mid+"."+ns),
			filepath.Join("/run/log/journal", mid+"."+ns)},
	}
	if socketAlive(inst.Socket) {
		return nil, fmt.Errorf("journald namespace %s already runs", ns)
	}
	os.Remove(inst.Socket)
	cmd := exec.Command(JournaldBin, ns)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s %s: %w", JournaldBin, ns, err)
	}
	inst.cmd = cmd
	if err := waitSockets(inst.Socket, 10*time.Second); err != nil {
		inst.Stop()
		return nil, fmt.Errorf("%w (stderr: %s)", err, stderr.String())
	}
	// journald makes its journal directory after its socket: a reader
	// opened at once, on a loaded machine, found none (CI, stop 30). With
	// persistent storage, the one under /var/log (Dirs[0]).
	ready := func() bool { return exists(inst.JournalDir()) }
	if strings.Contains(conf, "Storage=persistent") {
		ready = func() bool { return exists(inst.Dirs[0]) }
	}
	if err := Eventually(10*time.Second, ready); err != nil {
		inst.Stop()
		return nil, fmt.Errorf("journald %s made none of %s (stderr: %s)", ns, strings.Join(inst.Dirs, ", "), stderr.String())
	}
	return inst, nil
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// Stop stops a namespace instance and removes its files and config. It does
// nothing for the system instance.
func (in *Instance) Stop() {
	if in.cmd == nil || in.cmd.Process == nil {
		return
	}
	in.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { in.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		in.cmd.Process.Kill()
		<-done
	}
	in.cmd = nil
	for _, d := range in.Dirs {
		os.RemoveAll(d)
	}
	os.RemoveAll(filepath.Dir(in.Socket))
	os.Remove(fmt.Sprintf("/etc/systemd/journald@%s.conf", in.Namespace))
}

// JournalDir returns the directory the instance writes its files to: the
// first of Dirs that exists (persistent before volatile), or Dirs[0]. For
// NewJournalFromDir, journal.Config.Dir or journalctl -D.
func (in *Instance) JournalDir() string {
	for _, d := range in.Dirs {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d
		}
	}
	return in.Dirs[0]
}

// JournalctlArgs returns the journalctl arguments that select this
// instance's journal: none for the system one, --namespace=NS otherwise.
func (in *Instance) JournalctlArgs() []string {
	if in.Namespace == "" {
		return nil
	}
	return []string{"--namespace=" + in.Namespace}
}

// Journalctl runs journalctl for this instance with args and returns stdout.
func (in *Instance) Journalctl(args ...string) ([]byte, error) {
	cmd := exec.Command("journalctl", append(in.JournalctlArgs(), args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return out, fmt.Errorf("journalctl %s: %w: %s", strings.Join(cmd.Args[1:], " "), err, stderr.String())
	}
	return out, nil
}

// Send writes one entry over the native protocol. Each field is
// "NAME=value"; values may hold newlines or any bytes. journald adds the
// trusted fields (_PID, _SYSTEMD_UNIT, ...) itself: they cannot be forged.
func (in *Instance) Send(t testing.TB, fields ...string) {
	t.Helper()
	if err := in.SendErr(fields...); err != nil {
		t.Fatalf("testenv: send to %s: %v", in.Socket, err)
	}
}

// SendErr is Send returning the error, for use outside the test goroutine.
func (in *Instance) SendErr(fields ...string) error {
	c, err := dial(in.Socket)
	if err != nil {
		return err
	}
	defer c.Close()
	_, err = c.Write(Native(fields...))
	return err
}

// Sender keeps one socket open for many sends (writers in load tests).
type Sender struct{ c *net.UnixConn }

// NewSender opens the instance's socket.
func (in *Instance) NewSender() (*Sender, error) {
	c, err := dial(in.Socket)
	if err != nil {
		return nil, err
	}
	c.SetWriteBuffer(4 << 20)
	return &Sender{c: c}, nil
}

// Send writes one entry; see Instance.Send. A full socket buffer blocks.
func (s *Sender) Send(fields ...string) error {
	_, err := s.c.Write(Native(fields...))
	return err
}

// Close closes the socket.
func (s *Sender) Close() error { return s.c.Close() }

// Native encodes fields in journald's native datagram protocol: NAME=value
// lines, or the length-prefixed form for values with a newline.
func Native(fields ...string) []byte {
	var b []byte
	for _, f := range fields {
		name, value, _ := strings.Cut(f, "=")
		if strings.Contains(value, "\n") {
			b = append(b, name...)
			b = append(b, '\n')
			b = binary.LittleEndian.AppendUint64(b, uint64(len(value)))
			b = append(b, value...)
			b = append(b, '\n')
			continue
		}
		b = append(b, f...)
		b = append(b, '\n')
	}
	return b
}

// Rotate asks the instance to rotate its files (journalctl --rotate).
func (in *Instance) Rotate() error {
	_, err := in.Journalctl("--rotate")
	return err
}

// Sync asks journald to write everything it received to its files and
// waits for it (journalctl --sync).
func (in *Instance) Sync() error {
	_, err := in.Journalctl("--sync")
	return err
}

// ExportToJournal turns journal export text into a real journal file
// dir/name.journal with systemd-journal-remote, and returns its path. Each
// entry needs __REALTIME_TIMESTAMP and __MONOTONIC_TIMESTAMP; _BOOT_ID and
// __CURSOR are taken from the text when present. Trusted fields
// (_SYSTEMD_UNIT, _PID, ...) are kept as written. Not root-only.
func ExportToJournal(t testing.TB, dir, name string, export []byte) string {
	t.Helper()
	RequireProgram(t, JournalRemoteBin)
	path := filepath.Join(dir, name+".journal")
	cmd := exec.Command(JournalRemoteBin, "-o", path, "-")
	cmd.Stdin = bytes.NewReader(export)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("testenv: %s -o %s: %v\n%s", JournalRemoteBin, path, err, out)
	}
	return path
}

// ExportEntry formats one entry of export text from "NAME=value" fields
// (values without newlines), adding the blank line that ends it. Fields
// with a newline in the value use the binary form.
func ExportEntry(fields ...string) []byte {
	var b []byte
	for _, f := range fields {
		name, value, _ := strings.Cut(f, "=")
		if strings.Contains(value, "\n") {
			b = append(b, name...)
			b = append(b, '\n')
			b = binary.LittleEndian.AppendUint64(b, uint64(len(value)))
			b = append(b, value...)
			b = append(b, '\n')
			continue
		}
		b = append(b, f...)
		b = append(b, '\n')
	}
	return append(b, '\n')
}

func machineID() (string, error) {
	b, err := os.ReadFile("/etc/machine-id")
	if err != nil {
		return "", fmt.Errorf("read machine id: %w", err)
	}
	id := strings.TrimSpace(string(b))
	if len(id) != 32 {
		return "", fmt.Errorf("/etc/machine-id: unexpected content %q", id)
	}
	return id, nil
}

func dial(path string) (*net.UnixConn, error) {
	return net.DialUnix("unixgram", nil, &net.UnixAddr{Name: path, Net: "unixgram"})
}

// socketAlive reports whether a datagram socket at path has a reader.
func socketAlive(path string) bool {
	c, err := dial(path)
	if err != nil {
		return false
	}
	c.Close()
	return true
}

// waitSockets waits for an instance's native socket and then for its
// varlink socket (io.systemd.journal beside it, what `journalctl --sync`
// and `--rotate` talk to): journald creates the varlink one a moment after
// the native one, and a test that sends and syncs at once lost that race
// ("Failed to connect to .../io.systemd.journal: No such file or directory").
func waitSockets(native string, timeout time.Duration) error {
	if err := waitSocket(native, timeout); err != nil {
		return err
	}
	varlink := filepath.Join(filepath.Dir(native), "io.systemd.journal")
	return waitFor(varlink, timeout, func() bool {
		c, err := net.Dial("unix", varlink)
		if err != nil {
			return false
		}
		c.Close()
		return true
	})
}

func waitSocket(path string, timeout time.Duration) error {
	return waitFor(path, timeout, func() bool { return socketAlive(path) })
}

func waitFor(path string, timeout time.Duration, alive func() bool) error {
	deadline := time.Now().Add(timeout)
	for !alive() {
		if time.Now().After(deadline) {
			return fmt.Errorf("journald socket %s not accepting after %v", path, timeout)
		}
		time.Sleep(20 * time.Millisecond)
	}
	return nil
}

// ErrTimeout is returned by Eventually when the condition never held.
var ErrTimeout = errors.New("testenv: condition not met in time")

// Eventually polls cond every 10 ms until it returns true or timeout
// passes (then ErrTimeout). For awaiting what cannot be signalled, such as
// journald writing an entry to its file.
func Eventually(timeout time.Duration, cond func() bool) error {
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			return ErrTimeout
		}
		time.Sleep(10 * time.Millisecond)
	}
	return nil
}
