package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stemedb/stemewatch/internal/gen"
)

// runClassifyFile runs classify in-process over a file and returns its
// standard output and error.
func runClassifyFile(t *testing.T, args ...string) (stdout, stderr []byte) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	if code := Main(context.Background(), e, append([]string{"classify"}, args...)); code != 0 {
		t.Fatalf("classify %v: exit %d: %s", args, code, errb.Bytes())
	}
	return out.Bytes(), errb.Bytes()
}

// TestClassifyJobsSameOutput: classify on several cores prints, byte for
// byte, what it prints on one, over 200,000 generated entries (about 214
// MB of journalctl JSON), and over text and gzip input.
func TestClassifyJobsSameOutput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, f gen.Format, entries int, zip bool) string {
		path := filepath.Join(dir, name)
		fh, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		var w interface {
			Write([]byte) (int, error)
		} = fh
		var zw *gzip.Writer
		if zip {
			zw = gzip.NewWriter(fh)
			w = zw
		}
		if err := gen.Write(w, f, gen.Config{Seed: 1, Entries: entries}); err != nil {
			t.Fatal(err)
		}
		if zw != nil {
			zw.Close()
		}
		if err := fh.Close(); err != nil {
			t.Fatal(err)
		}
		return path
	}
	entries := 200000
	if testing.Short() {
		entries = 20000
	}
	inputs := []string{
		write("big.json", gen.JSON, entries, false),
		write("small.txt", gen.Text, 20000, false),
		write("small.json.gz", gen.JSON, 20000, true),
	}
	for _, in := range inputs {
		for _, format := range []string{"ndjson", "json"} {
			one, oneErr := runClassifyFile(t, "--format", format, "--jobs", "1", "--input", in)
			many, manyErr := runClassifyFile(t, "--format", format, "--jobs", "3", "--input", in)
			if !bytes.Equal(one, many) {
				t.Errorf("%s --format %s: --jobs 3 printed %d bytes, --jobs 1 %d, and they differ", filepath.Base(in), format, len(many), len(one))
			}
			if !bytes.Equal(oneErr, manyErr) {
				t.Errorf("%s --format %s: standard error differs:\n--jobs 1: %s\n--jobs 3: %s", filepath.Base(in), format, oneErr, manyErr)
			}
			if format == "ndjson" && bytes.Count(one, []byte("\n")) < 100 {
				t.Errorf("%s: only %d events: the comparison proves little", filepath.Base(in), bytes.Count(one, []byte("\n")))
			}
		}
	}
}
