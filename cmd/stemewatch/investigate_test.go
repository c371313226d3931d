package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stemedb/stemewatch/internal/console"
)

// runBin runs the built binary (args after the binary) in a clean
// environment plus env, stdin from in, and returns outputs and status.
func runBin(t *testing.T, in []byte, env []string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(stemewatchBin(t), args...)
	cmd.Env = append([]string{"PATH=" + os.Getenv("PATH"), "TZ=UTC", "HOME=" + os.Getenv("HOME")}, env...)
	if in != nil {
		cmd.Stdin = bytes.NewReader(in)
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run %v: %v", args, err)
	}
	return out.String(), errb.String(), code
}

// Item 2: a failure prints one error line and no report.
func TestBinaryClassifyHonestFailures(t *testing.T) {
	dir := t.TempDir()
	// Missing input (alone or beside a good one): one line, exit 1, no report.
	for _, args := range [][]string{
		{"classify", "--input", filepath.Join(dir, "missing.json")},
		{"classify", "--format", "json", "--input", sampleJSON, "--input", filepath.Join(dir, "missing.json")},
	} {
		out, errOut, code := runBin(t, nil, nil, args...)
		if code != 1 || out != "" || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "missing.json: no such file or directory") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
	}
	// Unreadable: a directory.
	if out, errOut, code := runBin(t, nil, nil, "classify", "--input", dir); code != 1 || out != "" || !strings.Contains(errOut, "is a directory") {
		t.Errorf("directory: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	// Empty input: a warning saying 0 entries read; the report says so too.
	empty := filepath.Join(dir, "empty.json")
	os.WriteFile(empty, nil, 0o644)
	out, errOut, code := runBin(t, nil, nil, "classify", "--input", empty)
	if code != 0 || !strings.Contains(errOut, "warning: "+empty+": 0 entries read") || strings.Contains(out, "No errors.") || !strings.HasPrefix(out, "0 entries read") {
		t.Errorf("empty: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	// Export forced on a JSON journal: nothing decodes, so no report.
	out, errOut, code = runBin(t, nil, nil, "classify", "--input-format", "export", "--input", sampleJSON)
	if code != 1 || out != "" || !strings.Contains(errOut, "no entry decodes as export") || !strings.Contains(errOut, "no report") {
		t.Errorf("export on json: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	// Some entries malformed: a warning with counts, and the report.
	bad := filepath.Join(dir, "mixed.json")
	os.WriteFile(bad, []byte(`{"MESSAGE":"2026-11-25T09:46:41Z ERROR x: disk full","__REALTIME_TIMESTAMP":"1795600001000000"}`+"\n{not json\n"), 0o644)
	out, errOut, code = runBin(t, nil, nil, "classify", "--format", "json", "--input", bad)
	if code != 0 || !strings.Contains(errOut, "1 entries read, 1 malformed and skipped") || !strings.Contains(out, `"malformed":1`) {
		t.Errorf("mixed: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// decodeReport runs classify --format json and decodes its object.
func decodeReport(t *testing.T, env []string, args ...string) map[string]any {
	t.Helper()
	out, errOut, code := runBin(t, nil, env, append([]string{"classify", "--format", "json"}, args...)...)
	if code != 0 {
		t.Fatalf("classify %v: exit %d: %s", args, code, errOut)
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatalf("decode: %v\n%s", err, out)
	}
	return m
}

// Item 3: the runbook's questions, answered by classify alone.
func TestBinaryClassifyRunbookAnswers(t *testing.T) {
	// The same journal twice (overlapping saves): counted once.
	m := decodeReport(t, nil, "--input", sampleJSON, "--input", sampleJSON)
	if m["entries"] != 20000.0 || m["errors"] != 1113.0 || m["skipped"].(map[string]any)["duplicates"] != 20000.0 {
		t.Errorf("twice: entries %v errors %v skipped %v", m["entries"], m["errors"], m["skipped"])
	}
	// The StorageError spike is a named burst; the signature burst is
	// widespread on its own although the hour is not; agent-0666 is
	// authentication and timeouts only.
	m = decodeReport(t, nil, "--input", sampleJSON)
	var storage map[string]any
	for _, b := range m["bursts"].([]any) {
		if b := b.(map[string]any); b["error_type"] == "StorageError" {
			storage = b
		}
	}
	if storage == nil || storage["from"] != "2026-11-25T10:06:00Z" || storage["to"] != "2026-11-25T10:12:00Z" || storage["ratio"].(float64) < 5 {
		t.Errorf("StorageError burst: %v (bursts %v)", storage, m["bursts"])
	}
	sb := m["signature_bursts"].([]any)
	if len(sb) != 1 || sb[0].(map[string]any)["scope"] != "widespread" || m["signature_scope"].(map[string]any)["scope"] != "concentrated" {
		t.Errorf("signature bursts %v, scope %v", sb, m["signature_scope"])
	}
	for _, a := range m["agents_by_type"].([]any) {
		a := a.(map[string]any)
		if a["agent_id"] == "agent-0666" {
			bt := a["by_type"].(map[string]any)
			if len(bt) != 2 || bt["AuthenticationError"] != 47.0 || bt["TimeoutError"] != 51.0 {
				t.Errorf("agent-0666 by type: %v", bt)
			}
		}
	}
	tl := m["timeline"].(map[string]any)
	if tl["step_seconds"] != 60.0 || tl["buckets"] != 61.0 || m["patterns_version"] == "" || m["unclassified_templates"] == nil {
		t.Errorf("timeline %v %v, patterns %v", tl["step_seconds"], tl["buckets"], m["patterns_version"])
	}
	// The table shows the same: the timeline rows, the bursts, the split.
	out, _, _ := runBin(t, nil, nil, "classify", "--input", sampleJSON)
	for _, want := range []string{"TIMELINE (one column = 1m", "\nStorageError          ", "StorageError 10:06-10:12, 11x its baseline",
		"signature failures 10:26-10:29", "failures from 46 agents): widespread", "TOP AGENTS BY ERRORS, SPLIT BY TYPE"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Errorf("colour off a terminal")
	}

	// Filters: a time window (journalctl's formats, local time), a type,
	// an agent.
	m = decodeReport(t, []string{"TZ=Europe/Berlin"}, "--input", sampleJSON, "--since", "2026-11-25 11:06", "--until", "2026-11-25 11:12:00", "--type", "storage")
	byType := m["by_type"].(map[string]any)
	if len(byType) != 1 || byType["StorageError"].(float64) < 180 || m["zone"] != "CET (UTC+01:00)" || !strings.HasSuffix(m["first"].(string), "+01:00") {
		t.Errorf("window: by_type %v zone %v first %v", byType, m["zone"], m["first"])
	}
	m = decodeReport(t, nil, "--input", sampleJSON, "--agent", "agent-0666")
	if m["errors"] != 98.0 {
		t.Errorf("--agent: %v errors", m["errors"])
	}
	// --unit filters --input entries by their _SYSTEMD_UNIT.
	out, _, _ = runBin(t, nil, nil, "classify", "--input", sampleJSON, "--unit", "other")
	if !strings.HasPrefix(out, "0 of 20,000 entries read match the filters") || !strings.Contains(out, "20,000 entries of other units") {
		t.Errorf("--unit other:\n%s", out)
	}
	if m := decodeReport(t, nil, "--input", sampleJSON, "--unit", "stemedb-api"); m["entries"] != 20000.0 {
		t.Errorf("--unit stemedb-api: %v entries", m["entries"])
	}
	// A window relative to now on an old journal: nothing, and it says why.
	_, errOut, code := runBin(t, nil, nil, "classify", "--input", sampleJSON, "--since", "-1h")
	if code != 0 || !strings.Contains(errOut, "no entry between --since and --until") {
		t.Errorf("relative since: %d %q", code, errOut)
	}
}

// Item 4: local time by default, --utc for UTC, the zone said once.
func TestBinaryTimeConvention(t *testing.T) {
	berlin := []string{"TZ=Europe/Berlin"}
	out, _, _ := runBin(t, nil, berlin, "classify", "--input", sampleJSON)
	if !strings.HasPrefix(out, "20,000 entries from 2026-11-25 10:46:40 to 11:46:39 (1h0m0s); times in local time, CET (UTC+01:00); --utc for UTC\n") ||
		!strings.Contains(out, "StorageError 11:06-11:12") || strings.Count(out, "CET") != 1 {
		t.Errorf("local:\n%s", out)
	}
	out, _, _ = runBin(t, nil, berlin, "classify", "--utc", "--input", sampleJSON)
	if !strings.HasPrefix(out, "20,000 entries from 2026-11-25 09:46:40 to 10:46:39 (1h0m0s); times in UTC\n") {
		t.Errorf("--utc:\n%s", out)
	}
	_, errOut, _ := runBin(t, nil, berlin, "tail", "--input", sampleJSON, "--type", "SerializationError", "--summary", "0")
	if !strings.HasPrefix(errOut, "-- 2026-11-25 Wednesday (times in local time, CET (UTC+01:00); --utc for UTC)\n") {
		t.Errorf("tail zone note: %q", errOut)
	}
}

// Item 5: the widespread rule from the configuration, --type checked,
// did-you-mean for flags, --help everywhere, old flag names kept.
func TestBinaryConsistency(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), "stemewatch.toml")
	os.WriteFile(cfg, []byte("[anomalies.signature_failures]\nwidespread_min_agents = 100\nwidespread_ratio = 0.3\n"), 0o644)
	// The hour's 106 agents for 242 failures: widespread at 100 agents and
	// a 0.3 ratio; the burst's 46 agents are not.
	m := decodeReport(t, nil, "--input", sampleJSON, "--config", cfg)
	if m["signature_scope"].(map[string]any)["scope"] != "widespread" || m["signature_bursts"].([]any)[0].(map[string]any)["scope"] != "concentrated" {
		t.Errorf("config not applied: %v %v", m["signature_scope"], m["signature_bursts"])
	}
	_, errOut, _ := runBin(t, nil, []string{"STEMEWATCH_CONFIG=" + cfg}, "tail", "--input", sampleJSON, "--summary", "0", "--signature")
	if !strings.Contains(errOut, "signature failures: 242 from 106 agents: widespread") {
		t.Errorf("tail does not use the configuration: %q", errOut)
	}
	if _, errOut, code := runBin(t, nil, nil, "classify", "--config", cfg+".missing", "--input", sampleJSON); code != 2 || !strings.Contains(errOut, "cannot read") {
		t.Errorf("missing --config: %d %q", code, errOut)
	}

	for _, cmd := range []string{"tail", "classify"} {
		_, errOut, code := runBin(t, nil, nil, cmd, "--input", sampleJSON, "--type", "Storag")
		if code != 2 || !strings.Contains(errOut, "did you mean StorageError?") {
			t.Errorf("%s --type Storag: %d %q", cmd, code, errOut)
		}
	}
	// A type no rule knows may still come: a warning, and the observed
	// types when it never did.
	_, errOut, code := runBin(t, nil, nil, "classify", "--input", sampleJSON, "--type", "QuotaExceeded")
	if code != 0 || !strings.Contains(errOut, "not a known error type") || strings.Contains(errOut, "no such error in the input") {
		t.Errorf("discovered type: %d %q", code, errOut)
	}
	_, errOut, _ = runBin(t, nil, nil, "classify", "--input", sampleJSON, "--type", "DiskFullError")
	if !strings.Contains(errOut, `--type "DiskFullError": no such error in the input (observed: AuthenticationError, NetworkError, QuotaExceededError`) {
		t.Errorf("absent type: %q", errOut)
	}

	if _, errOut, code := runBin(t, nil, nil, "classify", "-frmat", "json"); code != 2 || !strings.Contains(errOut, "unknown flag --frmat; did you mean --format?") {
		t.Errorf("-frmat: %d %q", code, errOut)
	}
	if _, errOut, code := runBin(t, nil, nil, "clasify"); code != 2 || !strings.Contains(errOut, `did you mean "classify"?`) {
		t.Errorf("clasify: %d %q", code, errOut)
	}
	for _, args := range [][]string{{"run"}, {"tail"}, {"classify"}, {"watch"}, {"patterns"}, {"patterns", "check"}, {"patterns", "test"}, {"patterns", "defaults"}} {
		out, errOut, code := runBin(t, nil, nil, append(args, "--help")...)
		if code != 0 || !strings.HasPrefix(out, "Usage: stemewatch "+strings.Join(args, " ")) {
			t.Errorf("%v --help: %d %q %q", args, code, out, errOut)
		}
	}
	// tail's old --backend still works but is not advertised.
	out, _, _ := runBin(t, nil, nil, "tail", "--help")
	if strings.Contains(out, "--backend") || !strings.Contains(out, "--journal-backend") {
		t.Errorf("tail --help flags:\n%s", out)
	}
	if _, errOut, code := runBin(t, nil, nil, "tail", "--backend", "journalctl", "--input", sampleJSON, "--summary", "0", "--type", "SerializationError"); code != 0 {
		t.Errorf("tail --backend: %d %q", code, errOut)
	}
	if _, errOut, code := runBin(t, nil, nil, "tail", "--backend", "nosuch", "--input", sampleJSON); code != 2 || !strings.Contains(errOut, "--journal-backend") {
		t.Errorf("tail --backend nosuch: %d %q", code, errOut)
	}
}

var allRowRE = regexp.MustCompile(`^\S+ INFO\s+agent-0001\s+200\s+(GET|PUT|POST)\s+/v1/\S+\s+request completed$`)

// tail --all: non-error rows keep their agent, status and path.
func TestBinaryTailAllKeepsFields(t *testing.T) {
	out, _, _ := runBin(t, nil, nil, "tail", "--input", sampleJSON, "--all", "--agent", "agent-0001", "--summary", "0", "--width", "200")
	found := false
	for _, l := range lines(out) {
		if allRowRE.MatchString(l) {
			found = true
			break
		}
	}
	if !found {
		t.Errorf("no INFO row with agent and status:\n%.2000s", out)
	}
}

// On a terminal the timeline takes the types' colours and fits the width;
// NO_COLOR turns colour off.
func TestClassifyTimelineOnTerminal(t *testing.T) {
	bin := stemewatchBin(t)
	sample := absPath(t, sampleJSON)
	p := startTmux(t, 100, 60, fmt.Sprintf("TZ=UTC %s classify --input %s | head -n 30", bin, shellQuote(sample)))
	// Piped through head: not a terminal, no colour.
	p.await("EXIT=0", 20*time.Second)
	if screen := p.capture(true, 100); strings.Contains(screen, "\x1b[31m") {
		t.Errorf("colour through a pipe:\n%q", screen)
	}
	p = startTmux(t, 100, 80, fmt.Sprintf("TZ=UTC %s classify --input %s", bin, shellQuote(sample)))
	p.await("EXIT=0", 20*time.Second)
	screen := p.capture(true, 200)
	if !strings.Contains(screen, "\x1b[31mStorageError") || !strings.Contains(screen, "TIMELINE (one column = 1m") {
		t.Errorf("timeline on a 100-column terminal:\n%s", screen)
	}
	for _, l := range strings.Split(p.capture(false, 200), "\n") {
		// The chart and the agents table fit; prose lines wrap.
		if console.Width(l) > 100 && (strings.Contains(l, "peak ") || strings.HasPrefix(l, "  agent-") || strings.HasPrefix(l, "  AGENT")) {
			t.Errorf("line wider than the terminal: %q", l)
		}
	}
	p = startTmux(t, 100, 80, fmt.Sprintf("NO_COLOR=1 TZ=UTC %s classify --input %s", bin, shellQuote(sample)))
	p.await("EXIT=0", 20*time.Second)
	if screen := p.capture(true, 200); strings.Contains(screen, "\x1b[31m") {
		t.Errorf("NO_COLOR ignored:\n%q", screen)
	}
}
