//go:build deploy

package deploy

import (
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stemedb/stemewatch/internal/testenv"
)

// podmanArgs is how podman runs on machines of this kind (LIBRARIES.md §8).
func podmanCmd(args ...string) []string {
	return append([]string{"--runtime", "runc", "--cgroup-manager", "cgroupfs"}, args...)
}

// The image `make image` built, run as its own non-root user on a journal
// directory mounted read-only: exact counts of the bundled hour, a passing
// health check, and its size.
func TestImageRunsReadOnlyJournal(t *testing.T) {
	requireRoot(t)
	requireTool(t, "podman")
	if out, err := run(t, time.Minute, "podman", podmanCmd("image", "exists", "localhost/stemewatch:latest")...); err != nil {
		t.Fatalf("no localhost/stemewatch:latest (make image): %v %s", err, out)
	}
	sizeOut := must(t, time.Minute, "podman", podmanCmd("image", "inspect", "--format", "{{.Size}}", "localhost/stemewatch:latest")...)
	size, _ := strconv.ParseFloat(strings.TrimSpace(sizeOut), 64)
	t.Logf("image localhost/stemewatch:latest: %.1f MB", size/1e6)
	if size > 150e6 {
		t.Errorf("image is %.0f MB: the runtime stage should hold the binary and libsystemd0 on debian:12-slim", size/1e6)
	}

	// A journal directory as a host has one: real journal files, group
	// systemd-journal, not world-readable.
	dir := filepath.Join(t.TempDir(), "journal")
	if err := os.MkdirAll(dir, 0o750); err != nil {
		t.Fatal(err)
	}
	export, err := exec.Command("sh", "-c", "zcat "+filepath.Join(repo(t), "testdata", "sample.export.gz")).Output()
	if err != nil {
		t.Fatal(err)
	}
	path := testenv.ExportToJournal(t, dir, "system", export)
	g, err := user.LookupGroup("systemd-journal")
	if err != nil {
		t.Fatal(err)
	}
	gid, _ := strconv.Atoi(g.Gid)
	for _, p := range []string{dir, path} {
		if err := os.Chown(p, 0, gid); err != nil {
			t.Fatal(err)
		}
	}
	os.Chmod(path, 0o640)
	os.Chmod(filepath.Dir(dir), 0o755)

	want := classifyFile(t, filepath.Join(repo(t), "testdata", "sample.json.gz"))
	addr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	name := fmt.Sprintf("stemewatch-test-%d", os.Getpid())
	must(t, 2*time.Minute, "podman", podmanCmd("run", "-d", "--name", name,
		"--ulimit", "nofile=1024:1024", "--ulimit", "nproc=1000:1000",
		"--network", "host", "--group-add", g.Gid, "--read-only",
		"-v", dir+":/var/log/journal:ro",
		"-e", "STEMEWATCH_LISTEN="+addr, "-e", "STEMEWATCH_JOURNAL_DIR=/var/log/journal",
		"-e", "STEMEWATCH_FROM=head", "localhost/stemewatch:latest")...)
	t.Cleanup(func() {
		if t.Failed() {
			out, _ := run(t, time.Minute, "podman", podmanCmd("logs", "--tail", "5", name)...)
			t.Logf("container log:\n%s", out)
		}
		run(t, time.Minute, "podman", podmanCmd("rm", "-f", "-t", "5", name)...)
	})

	awaitCounts(t, addr, want, "the bundled hour read from the mounted journal")
	f, _ := scrape(addr)
	if got := byLabel(f, "stemewatch_entries_read_total", "")[""]; got != 20000 {
		t.Errorf("entries read %v, want 20000", got)
	}

	uid := strings.TrimSpace(must(t, time.Minute, "podman", podmanCmd("exec", name, "id", "-u")...))
	if uid == "0" || uid == "" {
		t.Errorf("the container runs as uid %q", uid)
	}
	if out, err := run(t, time.Minute, "podman", podmanCmd("healthcheck", "run", name)...); err != nil {
		t.Errorf("podman healthcheck run: %v %s", err, out)
	}
	st := must(t, time.Minute, "podman", podmanCmd("inspect", "--format", "{{.State.Healthcheck.Status}}", name)...)
	if strings.TrimSpace(st) != "healthy" {
		t.Errorf("health status %q", st)
	}
	t.Logf("container runs as uid %s, health %s", uid, strings.TrimSpace(st))
}
