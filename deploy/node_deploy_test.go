//go:build deploy

package deploy

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// node is a Debian 12 booted with systemd as PID 1 under systemd-nspawn, on
// an overlay of the cached root (the cache stays pristine).
type node struct {
	t      *testing.T
	leader int // PID 1 of the container, as the host sees it
}

// bootNode boots the cached root (scripts/deploy/rootfs.sh node) with
// systemd-nspawn --register=no --keep-unit -b and waits for systemd.
func bootNode(t *testing.T) *node {
	t.Helper()
	for _, tool := range []string{"systemd-nspawn", "nsenter", "debootstrap"} {
		requireTool(t, tool)
	}
	out := must(t, 15*time.Minute, filepath.Join(repo(t), "scripts", "deploy", "rootfs.sh"), "node")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	lower := lines[len(lines)-1]

	dir := t.TempDir()
	upper, work, merged := filepath.Join(dir, "upper"), filepath.Join(dir, "work"), filepath.Join(dir, "root")
	for _, d := range []string{upper, work, merged} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	opts := fmt.Sprintf("lowerdir=%s,upperdir=%s,workdir=%s", lower, upper, work)
	if err := syscall.Mount("overlay", merged, "overlay", 0, opts); err != nil {
		t.Fatalf("overlay mount: %v", err)
	}
	t.Cleanup(func() {
		if err := syscall.Unmount(merged, syscall.MNT_DETACH); err != nil {
			t.Logf("unmount %s: %v", merged, err)
		}
	})

	name := fmt.Sprintf("stemewatch-node-%d", os.Getpid())
	cmd := exec.Command("systemd-nspawn", "--register=no", "--keep-unit", "-q",
		"--machine="+name, "-D", merged, "-b", "--console=pipe", "--resolv-conf=copy-host")
	console := &strings.Builder{}
	cmd.Stdout, cmd.Stderr = console, console
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM) // nspawn asks systemd to power off
		select {
		case <-done:
		case <-time.After(60 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	})
	n := &node{t: t}
	await(t, "the container's PID 1", 60*time.Second, func() (bool, string) {
		select {
		case err := <-done:
			done <- err
			t.Fatalf("systemd-nspawn exited: %v\n%s", err, console.String())
		default:
		}
		b, _ := os.ReadFile(fmt.Sprintf("/proc/%d/task/%d/children", cmd.Process.Pid, cmd.Process.Pid))
		f := strings.Fields(string(b))
		if len(f) == 0 {
			return false, "no child yet"
		}
		n.leader, _ = strconv.Atoi(f[0])
		comm, _ := os.ReadFile(fmt.Sprintf("/proc/%d/comm", n.leader))
		return strings.TrimSpace(string(comm)) == "systemd", "child " + strings.TrimSpace(string(comm))
	})
	await(t, "systemd in the node to finish booting", 120*time.Second, func() (bool, string) {
		out, _ := n.exec(30*time.Second, "systemctl", "is-system-running")
		s := strings.TrimSpace(out)
		return s == "running" || s == "degraded", s
	})
	return n
}

// exec runs a command inside the node (all its namespaces).
func (n *node) exec(timeout time.Duration, args ...string) (string, error) {
	n.t.Helper()
	a := append([]string{"-t", strconv.Itoa(n.leader), "-a", "--",
		"env", "-i", "PATH=/usr/sbin:/usr/bin:/sbin:/bin", "LANG=C.UTF-8", "DEBIAN_FRONTEND=noninteractive", "SYSTEMD_PAGER=cat"}, args...)
	return run(n.t, timeout, "nsenter", a...)
}

func (n *node) must(timeout time.Duration, args ...string) string {
	n.t.Helper()
	out, err := n.exec(timeout, args...)
	if err != nil {
		n.t.Fatalf("node: %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}

// write puts a file into the node (through its root, seen from PID 1).
func (n *node) write(path string, data string) {
	n.t.Helper()
	p := fmt.Sprintf("/proc/%d/root%s", n.leader, path)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		n.t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		n.t.Fatal(err)
	}
}

// apiWrites logs lines as the stemedb-api unit does: a transient service
// named stemedb-api whose standard output is the journal.
func (n *node) apiWrites(file string, lines []string) {
	n.t.Helper()
	n.write(file, strings.Join(lines, "\n")+"\n")
	n.exec(30*time.Second, "systemctl", "reset-failed", "stemedb-api.service")
	n.must(2*time.Minute, "systemd-run", "--quiet", "--wait", "--unit", "stemedb-api",
		"--property", "StandardOutput=journal", "/bin/cat", file)
}

// The .deb on a real systemd: installed with apt, the unit enabled and
// started as a non-root user; exact counts scraped from the host;
// reload swaps the rules; a restart resumes from the checkpoint without
// recounting; stop takes under 5 s; warnings are journal warnings.
func TestDebOnSystemdNode(t *testing.T) {
	requireRoot(t)
	deb := builtDeb(t)
	n := bootNode(t)
	port := freePort(t)
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	// Before the install, so the package's own start uses it: a port no
	// other test uses (the node shares the host's network).
	n.write("/etc/systemd/system/stemewatch.service.d/deploy-test.conf",
		fmt.Sprintf("[Service]\nEnvironment=STEMEWATCH_LISTEN=%s\n", addr))

	debData, err := os.ReadFile(deb)
	if err != nil {
		t.Fatal(err)
	}
	n.write("/tmp/"+filepath.Base(deb), string(debData))
	n.must(5*time.Minute, "apt-get", "update", "-qq")
	out := n.must(5*time.Minute, "apt-get", "install", "-y", "-q", "/tmp/"+filepath.Base(deb))
	t.Logf("apt-get install: %s", lastLines(out, 3))
	if s, _ := n.exec(30*time.Second, "systemctl", "is-enabled", "stemewatch"); strings.TrimSpace(s) != "enabled" {
		t.Errorf("after install: is-enabled %q", s)
	}
	await(t, "stemewatch started by the package to serve "+addr, 60*time.Second, func() (bool, string) {
		f, err := scrape(addr)
		if err != nil {
			st, _ := n.exec(30*time.Second, "systemctl", "is-active", "stemewatch")
			return false, err.Error() + "; " + st
		}
		return byLabel(f, "stemewatch_journal_caught_up", "")[""] == 1, "not caught up"
	})

	// Not root.
	pid := strings.TrimSpace(strings.TrimPrefix(n.must(30*time.Second, "systemctl", "show", "-p", "MainPID", "stemewatch"), "MainPID="))
	status := n.must(30*time.Second, "cat", "/proc/"+pid+"/status")
	if m := regexp.MustCompile(`(?m)^Uid:\s+(\d+)\s+(\d+)`).FindStringSubmatch(status); m == nil || m[1] == "0" || m[2] == "0" {
		t.Errorf("stemewatch runs as root: %v", m)
	} else {
		t.Logf("stemewatch runs as uid %s", m[1])
	}

	// Batch 1: exact counts.
	dir := t.TempDir()
	batch1 := sampleLines(t, 0, 3000)
	want1 := classifyLines(t, dir, "batch1", batch1)
	n.apiWrites("/tmp/batch1.log", batch1)
	awaitCounts(t, addr, want1, "batch 1")

	// Reload swaps the rules: a rule for a marker line, then the marker.
	n.write("/etc/stemewatch/deploy-test-rules.toml", `format = 1

[[rule]]
name = "deploytest.marker"
type = "TimeoutError"
keywords = ["deploy-test-marker"]
match = 'deploy-test-marker'
examples = ["deploy-test-marker"]
`)
	n.must(30*time.Second, "sed", "-i", `s#^patterns = \[\]#patterns = ["/etc/stemewatch/deploy-test-rules.toml"]#`, "/etc/stemewatch/stemewatch.toml")
	before, _ := scrape(addr)
	oldVersion := firstLabel(byLabel(before, "stemewatch_patterns_info", "version"))
	n.must(30*time.Second, "systemctl", "reload", "stemewatch")
	await(t, "the reload", 30*time.Second, func() (bool, string) {
		f, err := scrape(addr)
		if err != nil {
			return false, err.Error()
		}
		v := firstLabel(byLabel(f, "stemewatch_patterns_info", "version"))
		return byLabel(f, "stemewatch_reloads_total", "")[""] == 1 && v != oldVersion, "patterns " + v
	})
	markers := []string{}
	for i := 0; i < 7; i++ {
		markers = append(markers, fmt.Sprintf("2026-11-25T11:00:0%dZ ERROR stemedb_api::handler: deploy-test-marker %d agent_id=agent-deploy", i, i))
	}
	n.apiWrites("/tmp/markers.log", markers)
	want2 := copyCounts(want1)
	want2.ByType["TimeoutError"] += 7
	awaitCounts(t, addr, want2, "the marker lines under the reloaded rules")

	// A bad reload: refused, counted, and a journal warning (priority <= 4).
	n.write("/etc/stemewatch/deploy-test-rules.toml", "format = 1\n[[rule]]\nname = \"broken\"\nmatch = \"(\"\n")
	n.must(30*time.Second, "systemctl", "reload", "stemewatch")
	await(t, "the refused reload", 30*time.Second, func() (bool, string) {
		f, err := scrape(addr)
		if err != nil {
			return false, err.Error()
		}
		return byLabel(f, "stemewatch_reload_failures_total", "")[""] == 1, "not yet"
	})
	await(t, "journalctl -u stemewatch -p warning to show the refused reload", 30*time.Second, func() (bool, string) {
		out, _ := n.exec(30*time.Second, "journalctl", "-u", "stemewatch", "-p", "warning", "--no-pager", "-q")
		return strings.Contains(out, "reload failed"), out
	})
	out = n.must(30*time.Second, "journalctl", "-u", "stemewatch", "-p", "warning", "--no-pager", "-q", "-o", "cat")
	t.Logf("journalctl -u stemewatch -p warning -o cat:\n%s", lastLines(out, 3))
	if info, _ := n.exec(30*time.Second, "journalctl", "-u", "stemewatch", "-p", "warning", "--no-pager", "-q", "-g", "stemewatch running"); strings.Contains(info, "stemewatch running") {
		t.Errorf("an info line is shown at -p warning: %s", info)
	}
	// Put the good rules back (the restart below reads the file).
	n.must(30*time.Second, "sed", "-i", `s#^patterns = .*#patterns = []#`, "/etc/stemewatch/stemewatch.toml")

	// An upgrade (the same package again) restarts the service on the new
	// binary and keeps an edited conffile.
	n.must(30*time.Second, "sh", "-c", "echo '# edited by the operator' >> /etc/stemewatch/stemewatch.toml")
	oldPID := n.must(30*time.Second, "systemctl", "show", "-p", "MainPID", "stemewatch")
	n.must(5*time.Minute, "dpkg", "--force-confold", "-i", "/tmp/"+filepath.Base(deb))
	if newPID := n.must(30*time.Second, "systemctl", "show", "-p", "MainPID", "stemewatch"); newPID == oldPID || strings.TrimSpace(newPID) == "MainPID=0" {
		t.Errorf("upgrade did not restart the service: %s -> %s", strings.TrimSpace(oldPID), strings.TrimSpace(newPID))
	}
	if c := n.must(30*time.Second, "cat", "/etc/stemewatch/stemewatch.toml"); !strings.Contains(c, "# edited by the operator") {
		t.Errorf("upgrade replaced the edited conffile")
	}
	await(t, "stemewatch back after the upgrade", 60*time.Second, func() (bool, string) {
		f, err := scrape(addr)
		if err != nil {
			return false, err.Error()
		}
		return byLabel(f, "stemewatch_journal_caught_up", "")[""] == 1, "not caught up"
	})

	// Stop within 5 s, cleanly.
	start := time.Now()
	n.must(time.Minute, "systemctl", "stop", "stemewatch")
	took := time.Since(start)
	t.Logf("systemctl stop took %v", took.Round(time.Millisecond))
	if took > 5*time.Second {
		t.Errorf("systemctl stop took %v, want under 5 s", took)
	}
	if r := n.must(30*time.Second, "systemctl", "show", "-p", "Result", "stemewatch"); strings.TrimSpace(r) != "Result=success" {
		t.Errorf("stop: %s", r)
	}

	// Written while stopped, counted after the restart; nothing before
	// them counted again.
	batch3 := sampleLines(t, 3000, 6000)
	want3 := classifyLines(t, dir, "batch3", batch3)
	n.apiWrites("/tmp/batch3.log", batch3)
	n.must(time.Minute, "systemctl", "restart", "stemewatch")
	awaitCounts(t, addr, want3, "the lines written while stopped (resumed from the checkpoint)")
	f, _ := scrape(addr)
	// The batch, and systemd's few lines about the stemedb-api unit
	// (started, finished); nothing from before the stop.
	if got := byLabel(f, "stemewatch_entries_read_total", "")[""]; got < float64(len(batch3)) || got > float64(len(batch3)+10) {
		t.Errorf("entries read after the restart: %v, want %d and systemd's lines about the unit (no recount)", got, len(batch3))
	}

	// The hardening, as systemd judges it.
	sec, _ := n.exec(time.Minute, "systemd-analyze", "security", "--no-pager", "stemewatch.service")
	m := regexp.MustCompile(`Overall exposure level for stemewatch.service: ([0-9.]+) (\S+)`).FindStringSubmatch(sec)
	if m == nil {
		t.Errorf("systemd-analyze security: %s", sec)
	} else {
		t.Logf("systemd-analyze security stemewatch: %s %s", m[1], m[2])
		if v, _ := strconv.ParseFloat(m[1], 64); v > 2.5 {
			t.Errorf("exposure %s: the unit lost hardening\n%s", m[1], sec)
		}
	}

	// Remove keeps the state; purge deletes it.
	n.must(5*time.Minute, "apt-get", "remove", "-y", "-q", "stemewatch")
	if _, err := n.exec(30*time.Second, "test", "-d", "/var/lib/private/stemewatch"); err != nil {
		t.Errorf("state deleted on remove")
	}
	if s, _ := n.exec(30*time.Second, "systemctl", "is-active", "stemewatch"); strings.TrimSpace(s) == "active" {
		t.Errorf("still running after remove")
	}
	n.must(5*time.Minute, "apt-get", "purge", "-y", "-q", "stemewatch")
	if _, err := n.exec(30*time.Second, "test", "-e", "/var/lib/private/stemewatch"); err == nil {
		t.Errorf("state kept after purge")
	}
	if _, err := n.exec(30*time.Second, "test", "-e", "/etc/stemewatch/stemewatch.toml"); err == nil {
		t.Errorf("conffile kept after purge")
	}
}

// classifyLines writes lines to a file and classifies it on the host.
func classifyLines(t *testing.T, dir, name string, lines []string) classifySummary {
	t.Helper()
	p := filepath.Join(dir, name+".log")
	if err := os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s := classifyFile(t, p)
	if s.Errors == 0 {
		t.Fatalf("%s: no errors in the lines: a test without errors proves nothing", name)
	}
	return s
}

func copyCounts(s classifySummary) classifySummary {
	c := s
	c.ByType = map[string]float64{}
	for k, v := range s.ByType {
		c.ByType[k] = v
	}
	return c
}

// awaitCounts waits until the metrics at addr equal want exactly (by type
// and signature failures); a count past want fails at once.
func awaitCounts(t *testing.T, addr string, want classifySummary, what string) {
	t.Helper()
	wantTypes := nonZero(want.ByType)
	await(t, what+" counted", 2*time.Minute, func() (bool, string) {
		f, err := scrape(addr)
		if err != nil {
			return false, err.Error()
		}
		got := nonZero(byLabel(f, "stemedb_error_count_by_type", "error_type"))
		sig := byLabel(f, "stemedb_signature_failures_total", "")[""]
		state := fmt.Sprintf("by type {%s} signature %g; want {%s} signature %g", fmtMap(got), sig, fmtMap(wantTypes), want.SignatureFailures)
		for k, v := range got {
			if v > wantTypes[k] {
				t.Fatalf("%s: counted more than written: %s", what, state)
			}
		}
		return fmtMap(got) == fmtMap(wantTypes) && sig == want.SignatureFailures, state
	})
}

func firstLabel(m map[string]float64) string {
	for k := range m {
		return k
	}
	return ""
}

func lastLines(s string, n int) string {
	l := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(l) > n {
		l = l[len(l)-n:]
	}
	return strings.Join(l, "\n")
}
