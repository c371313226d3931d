package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestBinaryClassifyPipeAndExitCodes(t *testing.T) {
	bin := stemewatchBin(t)
	// journalctl ... | stemewatch classify: the summary of the piped journal.
	data, err := os.ReadFile("../../testdata/sample.json.gz")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "classify", "--format", "json")
	cmd.Stdin = bytes.NewReader(data)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("classify: %v", err)
	}
	if !strings.HasPrefix(string(out), `{"entries":20000,"errors":1113,"signature_failures":242,"malformed":0,"truncated":11,`) {
		t.Errorf("summary: %s", out)
	}
	// Invalid patterns: exit 2 with file:line:rule.
	bad := filepath.Join(t.TempDir(), "bad.toml")
	os.WriteFile(bad, []byte("[[rule]]\nname = \"a\"\ntype = \"StorageError\"\nkeywords = [\"x\"]\nmatch = \"(\"\nexamples = [\"x\"]\n"), 0o644)
	cmd = exec.Command(bin, "classify", "--patterns", bad, "--input", "testdata/styles.json")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err = cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 2 || !strings.Contains(stderr.String(), bad+`:1: rule "a": match does not compile`) {
		t.Errorf("bad patterns: %v %q", err, stderr.String())
	}
}

// A gzip stream cut short: the entries before the cut are classified and
// reported, the error names the input, and the exit status says so.
func TestBinaryTruncatedGzip(t *testing.T) {
	bin := stemewatchBin(t)
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	for i := 0; i < 2000; i++ {
		zw.Write([]byte("2026-11-25T09:46:41Z ERROR stemedb_storage::wal: fsync failed agent_id=a1 padding-to-make-the-stream-longer-than-one-block\n"))
	}
	zw.Close()
	cut := filepath.Join(t.TempDir(), "cut.txt.gz")
	os.WriteFile(cut, buf.Bytes()[:buf.Len()/2], 0o644)
	cmd := exec.Command(bin, "classify", "--format", "json", "--input", cut)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		t.Fatalf("exit: %v, stderr %q", err, stderr.String())
	}
	if !strings.Contains(stderr.String(), cut) {
		t.Errorf("error does not name the input: %q", stderr.String())
	}
	if !strings.Contains(string(out), `"by_type":{"StorageError":`) || strings.Contains(string(out), `"entries":0,`) {
		t.Errorf("what was read before the cut is not reported: %s", out)
	}
}
