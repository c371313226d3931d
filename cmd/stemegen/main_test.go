package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	ctx := context.Background()
	var out, errb bytes.Buffer
	if err := run(ctx, []string{"--help"}, &out, &errb); !errors.Is(err, flag.ErrHelp) || !strings.Contains(errb.String(), "--entries") && !strings.Contains(errb.String(), "-entries") {
		t.Errorf("--help: err %v, output %q", err, errb.String())
	}
	var ue usageError
	for _, args := range [][]string{{"--format", "yaml"}, {"--entries", "-1"}, {"--start", "yesterday"}, {"extra"}} {
		if err := run(ctx, args, &out, &errb); !errors.As(err, &ue) {
			t.Errorf("%v: err %v, want a usage error", args, err)
		}
	}
	dir := t.TempDir()
	labels := filepath.Join(dir, "labels.jsonl")
	outFile := filepath.Join(dir, "out.export")
	if err := run(ctx, []string{"--entries", "300", "--format", "export", "--seed", "9", "--labels", labels, "-o", outFile}, &out, &errb); err != nil {
		t.Fatal(err)
	}
	ex, _ := os.ReadFile(outFile)
	lb, _ := os.ReadFile(labels)
	if n := bytes.Count(ex, []byte("\n__CURSOR=")) + 1; n != 300 || !bytes.HasPrefix(ex, []byte("__CURSOR=")) {
		t.Errorf("%d export entries, want 300", n)
	}
	if n := bytes.Count(lb, []byte("\n")); n != 300 {
		t.Errorf("%d labels, want 300", n)
	}
	out.Reset()
	if err := run(ctx, []string{"--entries", "5", "--format", "text"}, &out, &errb); err != nil || bytes.Count(out.Bytes(), []byte("\n")) != 5 {
		t.Errorf("text to stdout: err %v, %q", err, out.String())
	}
}
