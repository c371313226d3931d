// Package deploy holds the deployment files (systemd unit, example
// configuration, Prometheus alert rules); its tests check them with the
// real tools.
package deploy

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// requireTool skips when name is not installed, unless
// STEMEWATCH_REQUIRE_ROOT_TESTS=1 (CI), where a missing tool fails.
func requireTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err == nil {
		return p
	}
	msg := name + " not installed (scripts/setup.sh installs it)"
	if os.Getenv("STEMEWATCH_REQUIRE_ROOT_TESTS") == "1" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// TestAlertRules runs promtool's rule checker and the rule unit tests, which
// fire and do not fire every alert.
func TestAlertRules(t *testing.T) {
	promtool := requireTool(t, "promtool")
	for _, args := range [][]string{
		{"check", "rules", "prometheus/alerts.yml"},
		{"test", "rules", "prometheus/alerts_test.yml"},
	} {
		out, err := exec.Command(promtool, args...).CombinedOutput()
		if err != nil {
			t.Errorf("promtool %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
}

// TestAlertsCoverEveryRule: every alert in alerts.yml has a test case.
func TestAlertsCoverEveryRule(t *testing.T) {
	rules, err := os.ReadFile("prometheus/alerts.yml")
	if err != nil {
		t.Fatal(err)
	}
	tests, err := os.ReadFile("prometheus/alerts_test.yml")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, line := range strings.Split(string(rules), "\n") {
		name, ok := strings.CutPrefix(strings.TrimSpace(line), "- alert: ")
		if !ok {
			continue
		}
		n++
		if c := strings.Count(string(tests), "alertname: "+name+"\n"); c < 2 {
			t.Errorf("alert %s has %d test evaluations, want at least 2 (fires, does not fire)", name, c)
		}
	}
	if n == 0 {
		t.Fatal("no alerts found")
	}
}

// TestSystemdUnit runs systemd-analyze verify on the unit when available.
func TestSystemdUnit(t *testing.T) {
	unit, err := os.ReadFile("stemewatch.service")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"SupplementaryGroups=systemd-journal", "StateDirectory=stemewatch",
		"ProtectSystem=strict", "NoNewPrivileges=yes", "Restart=always", "MemoryMax=", "ExecReload=/bin/kill -HUP $MAINPID"} {
		if !strings.Contains(string(unit), want) {
			t.Errorf("stemewatch.service lacks %s", want)
		}
	}
	sa, err := exec.LookPath("systemd-analyze")
	if err != nil {
		t.Skip("systemd-analyze not installed")
	}
	dir := t.TempDir()
	// verify wants the ExecStart binary to exist: point it at /bin/true.
	text := strings.ReplaceAll(string(unit), "/usr/local/bin/stemewatch", "/bin/true")
	if err := os.WriteFile(dir+"/stemewatch.service", []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(sa, "verify", dir+"/stemewatch.service").CombinedOutput()
	// Without a running systemd, verify can fail to connect; only unit
	// file problems (lines naming our file) count.
	for _, line := range strings.Split(string(out), "\n") {
		if strings.Contains(line, "stemewatch.service:") {
			t.Errorf("systemd-analyze verify: %s", line)
		}
	}
	_ = err
}
