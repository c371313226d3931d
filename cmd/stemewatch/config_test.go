package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// runMain runs one command line in-process with the given environment.
func runMain(t *testing.T, envv map[string]string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb,
		getenv: func(k string) string { return envv[k] }}
	code = Main(context.Background(), e, args)
	return code, out.String(), errb.String()
}

func TestConfigPrecedence(t *testing.T) {
	dir := t.TempDir()
	cfg := writeFile(t, dir, "c.toml", `
listen = "127.0.0.1:1001"
state_dir = "/from/file"
log_level = "warn"
[source]
unit = "file-unit"
match = ["_PID=1"]
[metrics]
max_agents = 7
max_error_types = 20
`)
	vars := map[string]string{
		"STEMEWATCH_LISTEN":     "127.0.0.1:2002",
		"STEMEWATCH_STATE_DIR":  "/from/env",
		"STEMEWATCH_MAX_AGENTS": "8",
		"STEMEWATCH_MATCH":      "A=1, B=2",
	}
	e := &env{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}, getenv: func(k string) string { return vars[k] }}
	o, err := parseRunFlags(e, []string{"--config", cfg, "--listen", "127.0.0.1:3003", "--match", "C=3", "--match", "D=4"})
	if err != nil {
		t.Fatal(err)
	}
	l, err := loadConfig(o.configPath, o.explicit, e.getenv, o.layer)
	if err != nil {
		t.Fatal(err)
	}
	if l.Listen != "127.0.0.1:3003" {
		t.Errorf("listen = %s: flag must win", l.Listen)
	}
	if l.StateDir != "/from/env" {
		t.Errorf("state_dir = %s: env must win over the file", l.StateDir)
	}
	if l.LogLevel != "warn" || l.Source.Unit != "file-unit" || l.Metrics.MaxErrorTypes != 20 {
		t.Errorf("file values lost: %+v", l.Config)
	}
	if l.Metrics.MaxAgents != 8 {
		t.Errorf("max_agents = %d, want env's 8", l.Metrics.MaxAgents)
	}
	if !reflect.DeepEqual(l.Source.Match, []string{"C=3", "D=4"}) {
		t.Errorf("match = %q: repeated flags replace the file and env lists", l.Source.Match)
	}
	if l.Source.From != "tail" || l.Source.Backend != "auto" {
		t.Errorf("defaults lost: %+v", l.Source)
	}
	if got := l.origin("listen"); got != "flag --listen" {
		t.Errorf("origin(listen) = %s", got)
	}
}

func TestConfigErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name, file string
		env        map[string]string
		args       []string
		want       string // in stderr
	}{
		{name: "unknown key", file: "listen = \":1\"\n[metrics]\nmax_agent = 5\n",
			want: "c.toml:3: metrics.max_agent: unknown key"},
		{name: "unknown table", file: "[natz]\nurl = \"x\"\n", want: "c.toml:1: natz: unknown key"},
		{name: "wrong type", file: "[metrics]\nmax_agents = \"many\"\n", want: "c.toml:2"},
		{name: "syntax", file: "listen = \n", want: "c.toml:1"},
		{name: "out of range", file: "[metrics]\nmax_agents = 0\n", want: "file " + filepath.Join(dir, "c.toml") + ": metrics.max_agents: 0 out of range 1-10000"},
		{name: "too few types", file: "[metrics]\nmax_error_types = 3\n", want: "metrics.max_error_types: 3 out of range 6-10000"},
		{name: "bad listen", file: "listen = \"nocolon\"\n", want: "listen: \"nocolon\" is not HOST:PORT"},
		{name: "bad level", file: "log_level = \"loud\"\n", want: "log_level: \"loud\": want trace"},
		{name: "bad match", file: "[source]\nmatch = [\"nomatch\"]\n", want: "source.match"},
		{name: "bad from", file: "[source]\nfrom = \"yesterday\"\n", want: "source.from"},
		{name: "bad format", file: "[source]\ninput_format = \"xml\"\n", want: "source.input_format"},
		{name: "env not an int", env: map[string]string{"STEMEWATCH_MAX_AGENTS": "lots"}, want: "env STEMEWATCH_MAX_AGENTS: metrics.max_agents: not an integer"},
		{name: "flag not an int", args: []string{"--max-error-types", "x"}, want: "flag --max-error-types: metrics.max_error_types: not an integer"},
		{name: "flag out of range", args: []string{"--max-agents", "-1"}, want: "flag --max-agents: metrics.max_agents: -1 out of range"},
		{name: "missing explicit file", args: []string{"--config", filepath.Join(dir, "nope.toml")}, want: "nope.toml: cannot read: no such file"},
		{name: "bad patterns", args: []string{"--patterns", filepath.Join(dir, "nope-rules.toml")}, want: "nope-rules.toml"},
		{name: "unknown flag", args: []string{"--bogus"}, want: "unknown flag --bogus"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := []string{"run", "--check-config"}
			if tc.file != "" {
				args = append(args, "--config", writeFile(t, dir, "c.toml", tc.file))
			}
			args = append(args, tc.args...)
			code, _, stderr := runMain(t, tc.env, args...)
			if code != 2 {
				t.Errorf("exit %d, want 2; stderr %s", code, stderr)
			}
			if !strings.Contains(stderr, tc.want) {
				t.Errorf("stderr %q does not contain %q", stderr, tc.want)
			}
			if strings.Count(strings.TrimSpace(stderr), "\n") > 1 {
				t.Errorf("want a one-line reason (plus the Try: hint), got %q", stderr)
			}
		})
	}
}

func TestCheckConfigOK(t *testing.T) {
	code, stdout, stderr := runMain(t, nil, "run", "--check-config", "--config", "../../deploy/stemewatch.toml")
	if code != 0 {
		t.Fatalf("deploy/stemewatch.toml: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "configuration OK") {
		t.Errorf("stdout %q", stdout)
	}
	// The default path may be absent: defaults apply.
	if _, err := os.Stat(DefaultConfigPath); err == nil {
		t.Skipf("%s exists on this machine", DefaultConfigPath)
	}
	code, stdout, stderr = runMain(t, nil, "run", "--check-config", "--config", "")
	if code != 0 || !strings.Contains(stdout, "configuration OK") {
		t.Errorf("no file: exit %d %s %s", code, stdout, stderr)
	}
}

func TestRunHelp(t *testing.T) {
	code, stdout, _ := runMain(t, nil, "run", "--help")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"--listen", "STEMEWATCH_LISTEN", "--check-config", "--once", "--nats-url", "Examples:"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("help lacks %q", want)
		}
	}
}

// TestExampleConfigIsDefaults keeps deploy/stemewatch.toml truthful: it
// spells out the defaults, every key of them.
func TestExampleConfigIsDefaults(t *testing.T) {
	l, err := loadConfig("../../deploy/stemewatch.toml", true, func(string) string { return "" }, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := l.Config
	if len(got.Anomalies.Runbooks) == 0 {
		got.Anomalies.Runbooks = nil
	}
	want := defaultConfig()
	if len(got.Patterns) == 0 && len(want.Patterns) == 0 {
		got.Patterns, want.Patterns = nil, nil
	}
	if len(got.Source.Match) == 0 {
		got.Source.Match = nil
	}
	if len(got.Source.Input) == 0 {
		got.Source.Input = nil
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("deploy/stemewatch.toml differs from the defaults:\n got %+v\nwant %+v", got, want)
	}
}

func TestConfigSectionErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ file, want string }{
		{"[anomalies]\nwindow = \"1ms\"\n", "c.toml:2: anomalies.window = 1ms: must be at least 1s"},
		{"[anomalies.agent_errors]\nenabled = true\n\nmin_share = 3.0\n", "c.toml:4: anomalies.agent_errors.min_share = 3: must be in (0, 1]"},
		{"[anomalies.error_rate]\nmin_count = 5\nbogus = 1\n", "c.toml:3: anomalies.error_rate.bogus: unknown key"},
		{"[nats]\njetstream = \"maybe\"\n", "nats.jetstream = \"maybe\": must be auto, on or off"},
	} {
		code, _, stderr := runMain(t, nil, "run", "--check-config", "--config", writeFile(t, dir, "c.toml", tc.file))
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%q: exit %d, stderr %q, want %q", tc.file, code, stderr, tc.want)
		}
	}
}

// TestCheckConfigStateDir: --check-config fails, naming the directory,
// when the state directory cannot take a file, and leaves no trace when
// it can.
func TestCheckConfigStateDir(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a-file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(file, "state")
	code, _, stderr := runMain(t, nil, "run", "--check-config", "--config", "", "--state-dir", bad)
	if code == 0 || !strings.Contains(stderr, bad) {
		t.Fatalf("state dir under a file: exit %d, %q", code, stderr)
	}
	good := filepath.Join(dir, "new", "state")
	code, stdout, stderr := runMain(t, nil, "run", "--check-config", "--config", "", "--state-dir", good)
	if code != 0 || !strings.Contains(stdout, "writable") {
		t.Fatalf("fresh state dir: exit %d, %q %q", code, stdout, stderr)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Fatalf("--check-config left %d entries in %s", len(ents), dir)
	}
}
