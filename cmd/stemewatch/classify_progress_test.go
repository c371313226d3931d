package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stemedb/stemewatch/internal/gen"
)

// TestClassifyProgressCountsEveryByte: with --progress always and standard
// error not a terminal, classify writes whole lines and a last one whose
// totals are every entry and every byte of the input, on one core and on
// two, from a file and from standard input. The byte count is what the
// progress line's rate stands on; nothing else checks it.
func TestClassifyProgressCountsEveryByte(t *testing.T) {
	var buf bytes.Buffer
	const entries = 3000
	if err := gen.Write(&buf, gen.JSON, gen.Config{Seed: 3, Entries: entries}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "day.json")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("classify: done: %s entries, %.1f MB (%s bytes) in ", groupDigits(entries), float64(buf.Len())/1e6, groupDigits(int64(buf.Len())))
	for _, jobs := range []string{"1", "2"} {
		for _, from := range []string{"file", "stdin"} {
			t.Run(from+"/jobs="+jobs, func(t *testing.T) {
				var out, errb bytes.Buffer
				e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
				args := []string{"classify", "--progress", "always", "--jobs", jobs, "--format", "json"}
				if from == "file" {
					args = append(args, path)
				} else {
					e.stdin = bytes.NewReader(buf.Bytes())
					args = append(args, "-")
				}
				if code := Main(context.Background(), e, args); code != 0 {
					t.Fatalf("exit %d: %s", code, errb.Bytes())
				}
				lines := strings.Split(strings.TrimSuffix(errb.String(), "\n"), "\n")
				last := lines[len(lines)-1]
				if !strings.HasPrefix(last, want) {
					t.Errorf("last progress line %q, want it to start %q", last, want)
				}
				if strings.ContainsAny(errb.String(), "\r\033") {
					t.Errorf("progress to a non-terminal holds terminal controls: %q", errb.String())
				}
			})
		}
	}
}
