package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/internal/console"
	"github.com/stemedb/stemewatch/internal/testenv"
	"github.com/stemedb/stemewatch/patterns"
	"github.com/stemedb/stemewatch/sidecar/feed"
)

// runTailBin runs the built binary with args (stdin from in, environment
// env added to a clean one) and returns its outputs and exit status.
func runTailBin(t *testing.T, in []byte, env []string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(stemewatchBin(t), append([]string{"tail"}, args...)...)
	cmd.Env = append([]string{"PATH=" + os.Getenv("PATH"), "TZ=UTC", "HOME=" + os.Getenv("HOME")}, env...)
	if in != nil {
		cmd.Stdin = bytes.NewReader(in)
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code = 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run tail: %v", err)
	}
	return out.String(), errb.String(), code
}

func lines(s string) []string {
	s = strings.TrimRight(s, "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// The human view and the ndjson events of the styles file (every message
// style, a malformed line, a null MESSAGE), and of the bundled hour, as
// golden files with colour off (standard output is not a terminal here).
func TestTailGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"tail.styles.txt", []string{"--input", "testdata/styles.json", "--utc", "--all"}},
		{"tail.styles.ndjson", []string{"--input", "testdata/styles.json", "--json"}},
		{"tail.styles.w80.txt", []string{"--input", "testdata/styles.json", "--utc", "--all", "--width", "80"}},
		{"tail.sample.txt", []string{"--input", sampleJSON, "--utc", "--summary", "0"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := runTailBin(t, nil, nil, tc.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if strings.Contains(out+errOut, "\x1b") {
				t.Error("colour escapes written to a pipe")
			}
			golden(t, tc.name, out)
			golden(t, tc.name+".stderr", errOut)
		})
	}
}

// The ndjson of tail is the ndjson of classify (SPEC's events), entry for
// entry, on the bundled hour; --json leaves standard output pure ndjson.
func TestTailJSONMatchesClassify(t *testing.T) {
	for _, input := range []string{sampleJSON, "../../testdata/sample.export.gz"} {
		out, errOut, code := runTailBin(t, nil, nil, "--input", input, "--json")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", input, code, errOut)
		}
		want, _, _ := runCmd(t, "", "classify", "--format", "ndjson", "--input", input)
		if out != want {
			t.Errorf("%s: tail --json differs from classify --format ndjson (%d vs %d bytes)", input, len(out), len(want))
		}
		for _, l := range lines(out) {
			if !json.Valid([]byte(l)) {
				t.Fatalf("not JSON: %q", l)
			}
		}
		if !strings.Contains(errOut, "-- top agents: agent-0001 (217)") {
			t.Errorf("final summary missing from stderr: %q", errOut)
		}
	}
}

// eventRE parses a wide human line: time, type, sig, agent, status,
// method, path, message.
var eventRE = regexp.MustCompile(`^(\d\d:\d\d:\d\d\.\d{3}) (\S+)\s+(sig|   ) (\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(.*)$`)

type tailLine struct{ time, typ, agent, status, method, path, msg string }

func parseTail(t *testing.T, out string) []tailLine {
	t.Helper()
	var res []tailLine
	for _, l := range lines(out) {
		m := eventRE.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("line does not parse: %q", l)
		}
		res = append(res, tailLine{m[1], m[2], m[4], m[5], m[6], m[7], m[8] + map[bool]string{true: " [sig]"}[m[3] == "sig"]})
	}
	return res
}

func TestTailFilters(t *testing.T) {
	// Counts from classify's summary of the same hour (golden sample.json).
	for _, tc := range []struct {
		name  string
		args  []string
		want  int
		check func(l tailLine) bool
	}{
		{"no filter", nil, 1154, func(tailLine) bool { return true }},
		{"two types, short and any case", []string{"--type", "StorageError", "--type", "timeout"}, 346 + 237,
			func(l tailLine) bool { return l.typ == "StorageError" || l.typ == "TimeoutError" }},
		{"agent", []string{"--agent", "agent-0666"}, 98, func(l tailLine) bool { return l.agent == "agent-0666" }},
		{"signature", []string{"--signature"}, 242, func(l tailLine) bool { return strings.HasSuffix(l.msg, "[sig]") }},
		{"signature at error level", []string{"--signature", "--min-priority", "err"}, 201,
			func(l tailLine) bool { return l.typ == "AuthenticationError" && strings.HasSuffix(l.msg, "[sig]") }},
		{"signature and type", []string{"--signature", "--type", "AuthenticationError"}, 201,
			func(l tailLine) bool { return l.typ == "AuthenticationError" }},
		{"type and agent", []string{"--type", "QuotaExceededError", "--agent", "agent-0666"}, -1,
			func(l tailLine) bool { return l.typ == "QuotaExceededError" && l.agent == "agent-0666" }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := runTailBin(t, nil, nil, append([]string{"--input", sampleJSON, "--utc", "--summary", "0"}, tc.args...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			ls := parseTail(t, out)
			if tc.want >= 0 && len(ls) != tc.want {
				t.Errorf("%d lines, want %d", len(ls), tc.want)
			}
			for _, l := range ls {
				if !tc.check(l) {
					t.Errorf("line does not match the filter: %+v", l)
					break
				}
			}
			if len(tc.args) > 0 && !strings.Contains(errOut, "-- total 09:46:40 to 10:46:39 (1h0m0s) (filtered): ") {
				t.Errorf("summary does not say it is filtered: %q", errOut)
			}
		})
	}

	// --all shows the other entries too, dimmed on a terminal, and they
	// obey the filters: --agent on an INFO line finds the agent in the
	// message; --min-priority warning hides INFO.
	out, _, _ := runTailBin(t, nil, nil, "--input", sampleJSON, "--utc", "--all", "--agent", "agent-0001")
	ls := parseTail(t, out)
	var info, errs int
	for _, l := range ls {
		switch l.typ {
		case "INFO":
			info++
		case "WARN", "DEBUG":
		default:
			errs++
		}
	}
	if info == 0 || errs != 217 {
		t.Errorf("--all --agent: %d INFO lines, %d errors (want some, 217)", info, errs)
	}
	out, _, _ = runTailBin(t, nil, nil, "--input", sampleJSON, "--utc", "--all", "--min-priority", "warning")
	for _, l := range parseTail(t, out) {
		if l.typ == "INFO" || l.typ == "DEBUG" {
			t.Fatalf("--min-priority warning shows %+v", l)
		}
	}
	all, _, _ := runTailBin(t, nil, nil, "--input", sampleJSON, "--all", "--json")
	if n := len(lines(all)); n != 20000-11 {
		t.Errorf("--all --json: %d events, want every entry with a message (19989)", n)
	}
}

func TestTailUsage(t *testing.T) {
	for _, args := range [][]string{
		{"--type", ""},
		{"--min-priority", "loud"},
		{"--since", "yesterday"},
		{"--since", "10m", "--lines", "5"},
		{"--input", "x", "--since", "10m"},
		{"--input", "x", "--journal-dir", "y"},
		{"--match", "lower=case"},
		{"--color", "pink"},
		{"--backend", "magic"},
		{"--width", "-1"},
		{"stray"},
	} {
		_, errOut, code := runCmd(t, "", append([]string{"tail"}, args...)...)
		if code != 2 || !strings.Contains(errOut, "Try: stemewatch tail --help") {
			t.Errorf("%v: exit %d, %q", args, code, errOut)
		}
	}
	out, _, code := runCmd(t, "", "tail", "--help")
	for _, want := range []string{"Examples:", "-signature", "-min-priority", "| jq", "NO_COLOR", "standard error"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("--help lacks %q (exit %d)", want, code)
		}
	}
}

// journalctl ... | stemewatch tail --input -: ends with its pipe, exit 0;
// a malformed entry is named with its input and line on standard error
// and the stream goes on.
func TestTailStdinPipe(t *testing.T) {
	in := "2026-11-25T09:46:41Z ERROR stemedb_api::auth: invalid api key presented agent_id=a1 api_key=sk_live_abcdefghijklmnop1234\n" +
		"2026-11-25T09:46:42Z  INFO x: fine\n" +
		"2026-11-25T09:46:43Z ERROR stemedb_storage::wal: fsync failed password=hunter2 agent_id=a2\n"
	out, errOut, code := runTailBin(t, []byte(in), nil, "--input", "-", "--utc")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if n := len(lines(out)); n != 2 {
		t.Errorf("%d lines, want 2:\n%s", n, out)
	}
	if strings.Contains(out, "hunter2") || strings.Contains(out, "sk_live") {
		t.Errorf("secret shown:\n%s", out)
	}
	// Local time unless --utc.
	out, _, _ = runTailBin(t, []byte(in), []string{"TZ=Asia/Kolkata"}, "--input", "-")
	if !strings.HasPrefix(out, "15:16:41.000 AuthenticationError") {
		t.Errorf("local time (UTC+5:30) not used:\n%s", out)
	}

	mal := "{\"__CURSOR\":\"s=1;i=1\",\"__REALTIME_TIMESTAMP\":\"1795600001000000\",\"PRIORITY\":\"3\",\"MESSAGE\":\"ERROR a: disk full\"}\n" +
		"{not json\n" +
		"{\"__CURSOR\":\"s=1;i=3\",\"__REALTIME_TIMESTAMP\":\"1795600003000000\",\"PRIORITY\":\"3\",\"MESSAGE\":\"ERROR a: disk full again\"}\n"
	out, errOut, code = runTailBin(t, []byte(mal), nil, "--input", "-", "--utc")
	if code != 0 || len(lines(out)) != 2 {
		t.Errorf("exit %d, lines:\n%s", code, out)
	}
	if !strings.Contains(errOut, "stemewatch tail: skipped malformed entry: -:2: ") || !strings.Contains(errOut, ", 1 malformed") {
		t.Errorf("stderr: %q", errOut)
	}
	// A missing input is a runtime failure (exit 1) that names it, after
	// the summary of what was read.
	_, errOut, code = runTailBin(t, nil, nil, "--input", "testdata/styles.json", "--input", "testdata/nope.json")
	if code != 1 || !strings.Contains(errOut, "nope.json") || !strings.Contains(errOut, "-- total") {
		t.Errorf("missing input: exit %d, %q", code, errOut)
	}
}

// Colour: only on a terminal, unless forced; NO_COLOR and --no-color win
// over auto. --width cuts off a terminal too.
func TestTailColourAndWidthOffTerminal(t *testing.T) {
	out, _, _ := runTailBin(t, nil, nil, "--input", "testdata/styles.json", "--color", "always")
	if !strings.Contains(out, "\x1b[31mStorageError") || !strings.HasSuffix(out, console.Reset) {
		t.Errorf("--color always: no colour or no reset at the end:\n%q", out)
	}
	for _, env := range [][]string{nil, {"NO_COLOR=1"}, {"COLUMNS=40"}} {
		out, _, _ := runTailBin(t, nil, env, "--input", "testdata/styles.json")
		if strings.Contains(out, "\x1b") {
			t.Errorf("%v: colour in a pipe", env)
		}
		if env != nil && env[0] == "COLUMNS=40" && !strings.Contains(out, "RUST_BACKTRACE") {
			t.Errorf("COLUMNS cut lines off a terminal")
		}
	}
	out, errOut, _ := runTailBin(t, nil, nil, "--input", sampleJSON, "--width", "80")
	for _, l := range lines(out + errOut) {
		if w := console.Width(l); w > 80 {
			t.Fatalf("%d columns: %q", w, l)
		}
	}
}

// --since and --lines on a real journal file (made by
// systemd-journal-remote), read through the journal reader.
func TestTailSinceOnJournalFile(t *testing.T) {
	dir := t.TempDir()
	now := time.Now()
	var export []byte
	for i, ago := range []time.Duration{30 * time.Minute, 20 * time.Minute, 5 * time.Minute, time.Minute} {
		at := now.Add(-ago)
		export = append(export, testenv.ExportEntry(
			fmt.Sprintf("__REALTIME_TIMESTAMP=%d", at.UnixMicro()),
			fmt.Sprintf("__MONOTONIC_TIMESTAMP=%d", 1000000+i),
			"_BOOT_ID=3f1c2a9be0d84c5d9a7e6b1f0c2d4e5f",
			"_SYSTEMD_UNIT=stemedb-api.service",
			"_HOSTNAME=api-node-1",
			"PRIORITY=3",
			fmt.Sprintf("MESSAGE=ERROR stemedb_storage::wal: wal append failed: fsync returned Input/output error entry=%d agent_id=agent-%04d", i, i),
		)...)
		export = append(export, testenv.ExportEntry(
			fmt.Sprintf("__REALTIME_TIMESTAMP=%d", at.UnixMicro()+1),
			fmt.Sprintf("__MONOTONIC_TIMESTAMP=%d", 1000100+i),
			"_BOOT_ID=3f1c2a9be0d84c5d9a7e6b1f0c2d4e5f",
			"_SYSTEMD_UNIT=other.service",
			"PRIORITY=3",
			"MESSAGE=ERROR other: not stemedb",
		)...)
	}
	testenv.ExportToJournal(t, dir, "remote", export)

	for _, tc := range []struct {
		args   []string
		agents string
	}{
		{[]string{"--since", "10m"}, "agent-0002 agent-0003"},
		{[]string{"--since", "-25m"}, "agent-0001 agent-0002 agent-0003"},
		{[]string{"--lines", "1"}, "agent-0003"}, // the unit's last entry
		{nil, ""},                                // from the end: nothing yet
		{[]string{"--since", "10m", "--unit", ""}, "agent-0002 - agent-0003 -"},
	} {
		args := append([]string{"--journal-dir", dir, "--follow=false", "--summary", "0"}, tc.args...)
		out, errOut, code := runTailBin(t, nil, nil, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", tc.args, code, errOut)
		}
		var got []string
		for _, l := range lines(out) {
			f := strings.Fields(l)
			if len(f) < 3 {
				t.Fatalf("short line %q", l)
			}
			got = append(got, f[2])
		}
		if strings.Join(got, " ") != tc.agents {
			t.Errorf("%v: agents %q, want %q\n%s%s", tc.args, strings.Join(got, " "), tc.agents, out, errOut)
		}
	}
}

// The periodic summary counts the window that just ended; a pipe that
// stays open keeps tail following it. In-process, with a 50 ms period.
func TestTailPeriodicSummary(t *testing.T) {
	pr, pw := io.Pipe()
	var out, errb syncBuffer
	e := &env{stdin: pr, stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	done := make(chan int, 1)
	go func() {
		done <- Main(context.Background(), e, []string{"tail", "--input", "-", "--summary", "50ms", "--utc"})
	}()
	fmt.Fprintln(pw, "2026-11-25T09:46:41Z ERROR stemedb_storage::wal: fsync failed agent_id=agent-0001")
	fmt.Fprintln(pw, "2026-11-25T09:46:42Z WARN stemedb_api::auth: request signature verification failed: bad signature agent_id=agent-0002")
	if err := testenv.Eventually(5*time.Second, func() bool {
		return strings.Contains(errb.String(), "1 error: StorageError 1; 2 entries read")
	}); err != nil {
		t.Fatalf("no window summary; stderr:\n%s", errb.String())
	}
	if !strings.Contains(errb.String(), "-- signature failures: 1 from 1 agent: concentrated") {
		t.Errorf("window summary lacks the signature failures:\n%s", errb.String())
	}
	// Later windows are empty until more arrives.
	if err := testenv.Eventually(5*time.Second, func() bool {
		return strings.Contains(errb.String(), ": no errors; 0 entries read")
	}); err != nil {
		t.Fatalf("no empty window summary; stderr:\n%s", errb.String())
	}
	fmt.Fprintln(pw, "2026-11-25T09:46:43Z ERROR stemedb_api::net: connection refused agent_id=agent-0001")
	pw.Close()
	if code := <-done; code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(errb.String(), "-- total 09:46:41 to 09:46:43 (2s): 2 errors: NetworkError 1, StorageError 1; 3 entries read") ||
		!strings.Contains(errb.String(), "-- top agents: agent-0001 (2)") {
		t.Errorf("final summary:\n%s", errb.String())
	}
	if n := len(lines(out.String())); n != 3 {
		t.Errorf("%d event lines, want 3:\n%s", n, out.String())
	}
}

// A hostile message cannot reach the terminal: escape sequences, C1
// controls and bidi overrides are removed, secrets redacted, even in
// --all lines.
func TestTailHostileMessages(t *testing.T) {
	in := "2026-11-25T09:46:41Z ERROR x: \x1b]0;pwned\x07title \x1b[2Jclear \u009b31m c1 \u202egnp.exe token=abcdefghijklmnopqrstuvwx agent_id=a1\n" +
		"2026-11-25T09:46:42Z INFO x: \x1b[1;31mred\x1b[0m password=hunter2 done\n"
	out, errOut, code := runTailBin(t, []byte(in), nil, "--input", "-", "--all", "--color", "always")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	plain := sgrRE.ReplaceAllString(out, "")
	for _, bad := range []string{"\x1b", "\u009b", "\u202e", "\x07", "hunter2", "abcdefghijklmnop"} {
		if strings.Contains(plain, bad) {
			t.Errorf("%q reached the terminal:\n%q", bad, plain)
		}
	}
	if !strings.Contains(plain, "title") || !strings.Contains(plain, "red") {
		t.Errorf("text lost:\n%q", plain)
	}
}

// What a journal source reports besides entries: gaps become notes, bad
// entries are named on standard error and counted.
func TestTailGapsAndBadEntries(t *testing.T) {
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	o, err := parseTailFlags(e, []string{"--utc"})
	if err != nil {
		t.Fatal(err)
	}
	v := newTailView(e, o, patterns.Default())
	v.batch(&feed.Batch{
		Gaps:   []feed.Gap{{Reason: "ratelimited", Lost: 1234}, {Reason: "vacuumed"}},
		Errors: []error{fmt.Errorf("journal entry s=1;i=9: bad message")},
		Entries: []classifier.Entry{{Message: []byte("ERROR x: disk full agent_id=a1"), Priority: 3,
			Cursor: []byte("s=1;i=10"), RealtimeUS: 1795600001000000}},
	})
	v.finish(false)
	for _, want := range []string{
		"-- journal gap: 1,234 entries lost before they were read (ratelimited)\n",
		"-- journal gap: entries lost before they were read (vacuumed)\n",
		"stemewatch tail: skipped malformed entry: journal entry s=1;i=9: bad message\n",
		"1 error: StorageError 1; 1 entry read, 1 malformed",
	} {
		if !strings.Contains(errb.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, errb.String())
		}
	}
	if !strings.HasPrefix(out.String(), "09:46:41.000 StorageError ") {
		t.Errorf("stdout: %q", out.String())
	}
}
