// Package sample gives tests the bundled labelled hour of stemedb-api
// journal (testdata/sample.*), from whichever package directory they run
// in: its files decompressed, and its labels decoded.
package sample

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Path returns the path of a file in the repository's testdata/.
func Path(name string) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "testdata", name)
}

// Open returns the decompressed content of testdata/name (a .gz file),
// closed when the test ends.
func Open(t testing.TB, name string) io.Reader {
	t.Helper()
	f, err := os.Open(Path(name))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return zr
}

// Read returns the whole decompressed content of testdata/name (a .gz file).
func Read(t testing.TB, name string) []byte {
	t.Helper()
	b, err := io.ReadAll(Open(t, name))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return b
}

// Lines calls each with every line of testdata/name (a .gz file); the line
// is only valid during the call.
func Lines(t testing.TB, name string, each func(line []byte)) {
	t.Helper()
	sc := bufio.NewScanner(Open(t, name))
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		each(sc.Bytes())
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}

// Label is the truth about one entry of the sample (line N of
// sample.labels.jsonl.gz describes entry N).
type Label struct {
	Cursor           string  `json:"cursor"`
	TUS              int64   `json:"t_us"`
	IsError          bool    `json:"is_error"`
	ErrorType        *string `json:"error_type"`
	AgentID          *string `json:"agent_id"`
	SignatureFailure bool    `json:"signature_failure"`
	HTTPStatus       *int    `json:"http_status"`
}

// Labels returns every label, in entry order.
func Labels(t testing.TB) []Label {
	t.Helper()
	var out []Label
	Lines(t, "sample.labels.jsonl.gz", func(line []byte) {
		var l Label
		if err := json.Unmarshal(line, &l); err != nil {
			t.Fatalf("sample.labels.jsonl.gz line %d: %v", len(out)+1, err)
		}
		out = append(out, l)
	})
	return out
}
