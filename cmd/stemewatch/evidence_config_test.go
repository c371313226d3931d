package main

import (
	"strings"
	"testing"

	"github.com/stemedb/stemewatch/evidence"
)

// TestEvidenceConfig: [evidence] takes booleans or words for enabled, is
// strict about its keys with file:line errors, and --evidence overrides it.
func TestEvidenceConfig(t *testing.T) {
	dir := t.TempDir()
	noenv := func(string) string { return "" }
	for file, want := range map[string]evidence.Toggle{
		"[evidence]\nenabled = true\n":   evidence.On,
		"[evidence]\nenabled = false\n":  evidence.Off,
		"[evidence]\nenabled = \"on\"\n": evidence.On,
		"":                               evidence.Auto,
	} {
		l, err := loadConfig(writeFile(t, dir, "e.toml", file), true, noenv, nil)
		if err != nil || l.Evidence.Enabled != want {
			t.Errorf("%q: %v, enabled %q, want %q", file, err, l.Evidence.Enabled, want)
		}
	}
	l, err := loadConfig(writeFile(t, dir, "e.toml", "[evidence]\nenabled = false\n"), true, noenv,
		flagLayer{{"evidence", "on"}})
	if err != nil || l.Evidence.Enabled != evidence.On {
		t.Errorf("--evidence on over the file: %v %q", err, l.Evidence.Enabled)
	}
	for _, tc := range []struct{ file, want string }{
		{"[evidence]\nclock = true\n\ntimeout = \"0s\"\n", "e.toml:4: evidence.timeout: 0s out of range 10ms-1m"},
		{"[evidence]\ndata_dirs = [\"relative\"]\n", "e.toml:2: evidence.data_dirs: \"relative\" is not an absolute path"},
		{"[evidence]\nstemedb_metrics_url = \"ftp://x/\"\n", "e.toml:2: evidence.stemedb_metrics_url: \"ftp://x/\": want http://host:port/metrics"},
		{"[evidence]\nenabled = \"maybe\"\n", "e.toml:2"},
		{"[evidence]\npeerz = true\n", "e.toml:2: evidence.peerz: unknown key"},
	} {
		code, _, stderr := runMain(t, nil, "run", "--check-config", "--config", writeFile(t, dir, "e.toml", tc.file))
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%q: exit %d, stderr %q, want %q", tc.file, code, stderr, tc.want)
		}
	}
}
