package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestBinaryPatternsSuggest: on the built binary, the drafts for the bundled
// hour's Unclassified errors pass `patterns check`, and appended to a user
// rule file they type every line they came from.
func TestBinaryPatternsSuggest(t *testing.T) {
	bin := stemewatchBin(t)
	input := "../../testdata/sample.json.gz"
	unclassified := func(patternsFile string) (n int, types map[string]int) {
		t.Helper()
		args := []string{"classify", "--format", "ndjson", "--input", input}
		if patternsFile != "" {
			args = append(args, "--patterns", patternsFile)
		}
		out, err := exec.Command(bin, args...).Output()
		if err != nil {
			t.Fatalf("classify: %v", err)
		}
		types = map[string]int{}
		sc := bufio.NewScanner(bytes.NewReader(out))
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var ev struct {
				Type *string `json:"error_type"`
				Rule string  `json:"rule"`
			}
			if err := json.Unmarshal(sc.Bytes(), &ev); err != nil {
				t.Fatal(err)
			}
			if ev.Type != nil {
				types[*ev.Type]++
				if strings.HasPrefix(ev.Rule, "suggested.") {
					types["by suggested rules"]++
				}
			}
		}
		return types["Unclassified"], types
	}
	before, _ := unclassified("")
	if before == 0 {
		t.Fatal("the bundled hour has no Unclassified error to suggest rules for")
	}

	draft, err := exec.Command(bin, "patterns", "suggest", "--input", input).Output()
	if err != nil {
		t.Fatalf("suggest: %v", err)
	}
	if !bytes.Contains(draft, []byte("[[rule]]")) || !bytes.Contains(draft, []byte("keywords = [")) {
		t.Fatalf("no rule drafted:\n%s", draft)
	}
	dir := t.TempDir()
	alone := filepath.Join(dir, "draft.toml")
	if err := os.WriteFile(alone, draft, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(bin, "patterns", "check", alone).CombinedOutput(); err != nil {
		t.Fatalf("patterns check of the draft: %v\n%s\n%s", err, out, draft)
	}

	// Appended to a user file that already has a format line and a rule.
	user := filepath.Join(dir, "patterns.toml")
	existing := "format = 1\n\n[[rule]]\nname = \"local.quota\"\ntype = \"QuotaError\"\nkeywords = [\"quota exhausted\"]\nmatch = 'quota\\s+exhausted'\nexamples = [\"agent quota exhausted\"]\n\n"
	if err := os.WriteFile(user, append([]byte(existing), draft...), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(bin, "patterns", "check", user).CombinedOutput(); err != nil {
		t.Fatalf("patterns check of the appended file: %v\n%s", err, out)
	}
	after, types := unclassified(user)
	if after != 0 || types["by suggested rules"] != before {
		t.Errorf("with the drafts: %d Unclassified (was %d), %d typed by suggested rules; types %v", after, before, types["by suggested rules"], types)
	}
}

func TestPatternsSuggestEdges(t *testing.T) {
	// Nothing Unclassified: a header that says so, exit 0.
	out, _, code := runCmd(t, "2026-11-25T09:46:40Z INFO x: request completed\n", "patterns", "suggest")
	if code != 0 || !strings.Contains(out, "Nothing to suggest") {
		t.Errorf("exit %d, output:\n%s", code, out)
	}
	// Bad usage is exit 2 with a reason.
	for _, args := range [][]string{
		{"patterns", "suggest", "--top", "0"},
		{"patterns", "suggest", "stray"},
		{"patterns", "suggest", "--input-format", "yaml"},
	} {
		if _, errOut, code := runCmd(t, "", args...); code != 2 || errOut == "" {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut)
		}
	}
	if _, errOut, code := runCmd(t, "", "patterns", "suggest", "--input", "/nonexistent/j.json"); code != 1 || !strings.Contains(errOut, "/nonexistent/j.json") {
		t.Errorf("missing input: exit %d, stderr %q", code, errOut)
	}
	// A secret in an Unclassified line never reaches the draft. The line is
	// a failed assertion, so it stays Unclassified whatever the fallback
	// makes of "Authorization" (it reads it as evidence of an
	// authentication error in an ordinary line).
	in := strings.Repeat("2026-11-25T09:46:40Z ERROR x: assertion failed: handler gave up on agent-0042 with Authorization: Bearer sk-live-abcdefghijklmnop\n", 3)
	out, _, code = runCmd(t, in, "patterns", "suggest")
	if code != 0 || strings.Contains(out, "abcdefghijklmnop") || !strings.Contains(out, "[[rule]]") {
		t.Errorf("exit %d, draft:\n%s", code, out)
	}
}

// TestPatternsTestShowsFallback: `patterns test` says when the fallback
// decided, with its confidence and the features that decided.
func TestPatternsTestShowsFallback(t *testing.T) {
	out, _, code := runCmd(t, "", "patterns", "test", "2026-11-25T09:46:40Z ERROR x: lost contact with peer node3 while streaming snapshot")
	for _, want := range []string{"rule: fallback scorer, confidence 0.", "fallback:  NetworkError at 0.", "(used)", `features:  "`, `"peer" +`} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("exit %d, missing %q in\n%s", code, want, out)
		}
	}
	out, _, _ = runCmd(t, "", "patterns", "test", "2026-11-25T09:46:40Z ERROR x: zxqv wibble")
	if !strings.Contains(out, "type:      Unclassified") || !strings.Contains(out, "not used") {
		t.Errorf("unknown words:\n%s", out)
	}
}

// A rule its unless vetoes is named as such: the author sees why it did not
// type the line.
func TestPatternsTestShowsVeto(t *testing.T) {
	out, _, code := runCmd(t, "", "patterns", "test", "2026-11-25T09:46:40Z ERROR x: unsupported QUIC version: malformed frame")
	if code != 0 || !strings.Contains(out, "serialization.format matches, but its unless vetoes it [<default rules>:") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}
