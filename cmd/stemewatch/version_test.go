package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// `version` from ldflags (the Makefile's way) and, without them, from the
// VCS information the Go toolchain records.
func TestVersionLdflagsAndVCSFallback(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Fatal("git not found")
	}
	head, err := exec.Command("git", "rev-parse", "HEAD").Output()
	if err != nil {
		t.Fatalf("git rev-parse: %v (tests run in a checkout)", err)
	}
	dir := t.TempDir()
	build := func(name string, args ...string) string {
		t.Helper()
		bin := filepath.Join(dir, name)
		cmd := exec.Command("go", append(append([]string{"build"}, args...), "-o", bin, ".")...)
		cmd.Env = append(os.Environ(), "GOFLAGS=")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go build: %v\n%s", err, out)
		}
		out, err := exec.Command(bin, "version").Output()
		if err != nil {
			t.Fatal(err)
		}
		return string(out)
	}
	out := build("ld", "-ldflags", "-X main.version=1.2.3 -X main.commit=abc123 -X main.buildDate=2026-12-01T04:00:00Z")
	for _, want := range []string{"stemewatch 1.2.3\n", "commit:     abc123", "built:      2026-12-01T04:00:00Z", "go:         go1."} {
		if !strings.Contains(out, want) {
			t.Errorf("ldflags build: %q lacks %q", out, want)
		}
	}
	out = build("vcs", "-buildvcs=true")
	// What the toolchain recorded (nothing in a git worktree, whose .git is
	// a file; the revision and time in a clone).
	rec, err := exec.Command("go", "version", "-m", filepath.Join(dir, "vcs")).Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(rec), "vcs.revision="+strings.TrimSpace(string(head))) {
		t.Logf("the toolchain recorded no revision here (a worktree?): %s", rec)
		if !strings.Contains(out, "commit:     unknown") {
			t.Errorf("no VCS information but version says %q", out)
		}
		return
	}
	if !strings.Contains(out, "commit:     "+strings.TrimSpace(string(head))) || strings.Contains(out, "built:      unknown") {
		t.Errorf("VCS fallback: %q (HEAD %s)", out, head)
	}
}
