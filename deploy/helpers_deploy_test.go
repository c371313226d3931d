//go:build deploy

package deploy

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
	"github.com/stemedb/stemewatch/internal/testenv"
)

// The deployment tests (make deploy-test) run what operators run: the .deb
// on a booted Debian 12, the image under podman, the dashboard against
// Prometheus. They need root; under STEMEWATCH_REQUIRE_ROOT_TESTS=1 (CI) a
// missing prerequisite fails instead of skipping.

// requireRoot skips (fails in CI) when not root.
func requireRoot(t *testing.T) {
	t.Helper()
	if os.Geteuid() == 0 {
		return
	}
	if os.Getenv("STEMEWATCH_REQUIRE_ROOT_TESTS") == "1" {
		t.Fatal("deployment tests need root")
	}
	t.Skip("deployment tests need root")
}

// repo is the repository root.
func repo(t *testing.T) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Dir(wd)
}

// builtDeb is the package `make deb` wrote.
func builtDeb(t *testing.T) string {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join(repo(t), "dist", "stemewatch_*_amd64.deb"))
	if len(m) != 1 {
		t.Fatalf("want one dist/stemewatch_*_amd64.deb (make deb), found %v", m)
	}
	return m[0]
}

// freePort returns a loopback TCP port nobody listens on now.
func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// await polls cond every 100 ms until it holds or timeout passes; it says
// what it waited for and the last state cond reported.
func await(t *testing.T, what string, timeout time.Duration, cond func() (bool, string)) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	last := ""
	for {
		ok, state := cond()
		if ok {
			return
		}
		last = state
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s; last: %s", timeout, what, last)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// scrape reads /metrics at addr; nil when it cannot be read (not up yet).
func scrape(addr string) (map[string]*dto.MetricFamily, error) {
	c := http.Client{Timeout: 5 * time.Second}
	resp, err := c.Get("http://" + addr + "/metrics")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return nil, fmt.Errorf("status %d", resp.StatusCode)
	}
	p := expfmt.NewTextParser(model.UTF8Validation)
	return p.TextToMetricFamilies(resp.Body)
}

// byLabel is label value -> value of a family (label "" for none).
func byLabel(fams map[string]*dto.MetricFamily, name, label string) map[string]float64 {
	return testenv.MetricValues(fams[name], label)
}

// nonZero drops zero values (the runbook types are exported at 0).
func nonZero(m map[string]float64) map[string]float64 {
	out := map[string]float64{}
	for k, v := range m {
		if v != 0 {
			out[k] = v
		}
	}
	return out
}

func fmtMap(m map[string]float64) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%g ", k, m[k])
	}
	return strings.TrimSpace(b.String())
}

// classifySummary is the part of `stemewatch classify --format json` the
// tests compare with the metrics.
type classifySummary struct {
	Errors            float64            `json:"errors"`
	SignatureFailures float64            `json:"signature_failures"`
	ByType            map[string]float64 `json:"by_type"`
}

// classifyFile runs the host's stemewatch (dist/stemewatch, what the .deb
// holds) on a text file: the expected counts of the same lines.
func classifyFile(t *testing.T, path string) classifySummary {
	t.Helper()
	bin := filepath.Join(repo(t), "dist", "stemewatch")
	out, err := exec.Command(bin, "classify", "--format", "json", "--input", path).Output()
	if err != nil {
		t.Fatalf("classify %s: %v", path, err)
	}
	var s classifySummary
	if err := json.Unmarshal(out, &s); err != nil {
		t.Fatalf("classify output: %v\n%s", err, out)
	}
	return s
}

// sampleLines returns single-line MESSAGEs of the bundled hour, [from, to).
func sampleLines(t *testing.T, from, to int) []string {
	t.Helper()
	out, err := exec.Command("sh", "-c", "zcat "+filepath.Join(repo(t), "testdata", "sample.json.gz")).Output()
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range strings.Split(string(out), "\n") {
		var e struct {
			Message any `json:"MESSAGE"`
		}
		if json.Unmarshal([]byte(l), &e) != nil {
			continue
		}
		m, ok := e.Message.(string)
		if !ok || m == "" || strings.ContainsAny(m, "\n\r") {
			continue
		}
		lines = append(lines, m)
	}
	if to > len(lines) {
		t.Fatalf("sample has %d single-line messages, want %d", len(lines), to)
	}
	return lines[from:to]
}

// run runs a command with a deadline and returns its combined output.
func run(t *testing.T, timeout time.Duration, name string, args ...string) (string, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.WaitDelay = 5 * time.Second
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// must is run that fails the test on an error.
func must(t *testing.T, timeout time.Duration, name string, args ...string) string {
	t.Helper()
	out, err := run(t, timeout, name, args...)
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return out
}

var _ = io.Discard
