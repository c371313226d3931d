package journalfmt

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"sync"
	"testing"

	"github.com/stemedb/stemewatch/internal/gen"
)

// benchEntries generated entries per format: about 21 MB of JSON.
const benchEntries = 20000

var (
	benchOnce sync.Once
	benchData = map[gen.Format][]byte{}
)

func benchInput(tb testing.TB, f gen.Format) []byte {
	benchOnce.Do(func() {
		for _, f := range []gen.Format{gen.JSON, gen.Export, gen.Text} {
			var b bytes.Buffer
			if err := gen.Write(&b, f, gen.Config{Seed: 1, Entries: benchEntries}); err != nil {
				tb.Fatal(err)
			}
			benchData[f] = b.Bytes()
		}
		// The plain lines behind a `journalctl -o short` prefix.
		var sh bytes.Buffer
		for i, line := range bytes.SplitAfter(benchData[gen.Text], []byte("\n")) {
			if len(line) > 0 {
				fmt.Fprintf(&sh, "Nov 25 %02d:%02d:%02d api-node-1 stemedb-api[4242]: %s", 9+i/3600%10, i/60%60, i%60, line)
			}
		}
		benchShort = sh.Bytes()
	})
	if f == formatShortBench {
		return benchShort
	}
	return benchData[f]
}

// formatShortBench names the short-prefixed input in benchInput.
const formatShortBench gen.Format = "short-bench"

var benchShort []byte

func benchDecode(b *testing.B, f gen.Format, newReader func(io.Reader, string) Reader) {
	data := benchInput(b, f)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	var br bytes.Reader
	for b.Loop() {
		br.Reset(data)
		r := newReader(&br, "bench")
		n := 0
		for {
			_, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != benchEntries {
			b.Fatalf("%d entries", n)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*benchEntries), "ns/entry")
}

// BenchmarkJSON decodes generated `journalctl -o json` lines (~1 KB each).
func BenchmarkJSON(b *testing.B) { benchDecode(b, gen.JSON, NewJSON) }

// BenchmarkExport decodes the same entries in export format.
func BenchmarkExport(b *testing.B) { benchDecode(b, gen.Export, NewExport) }

// BenchmarkText decodes the same messages as plain text lines.
func BenchmarkText(b *testing.B) { benchDecode(b, gen.Text, NewText) }

// BenchmarkTextShort decodes them behind a `journalctl -o short` prefix
// (time in this machine's zone, host, identifier).
func BenchmarkTextShort(b *testing.B) { benchDecode(b, formatShortBench, NewText) }

// TestSteadyStateAllocs pins the allocations of Next on ordinary entries at
// zero: buffers are reused, values alias the read buffer.
func TestSteadyStateAllocs(t *testing.T) {
	for _, tc := range []struct {
		f  gen.Format
		nr func(io.Reader, string) Reader
	}{{gen.JSON, NewJSON}, {gen.Export, NewExport}, {gen.Text, NewText}, {formatShortBench, NewText}} {
		data := benchInput(t, tc.f)
		// Read the input over and over, so the reader never ends.
		r := tc.nr(&loopReader{data: data}, "loop")
		for range 2 * benchEntries { // warm up: scratch buffers reach their size
			if _, err := r.Next(); err != nil {
				t.Fatal(err)
			}
		}
		allocs := testing.AllocsPerRun(5000, func() {
			if _, err := r.Next(); err != nil {
				t.Fatal(err)
			}
		})
		if allocs != 0 {
			t.Errorf("%s: %v allocations per Next, want 0", tc.f, allocs)
		}
	}
}

type loopReader struct {
	data []byte
	off  int
}

func (l *loopReader) Read(p []byte) (int, error) {
	n := copy(p, l.data[l.off:])
	l.off = (l.off + n) % len(l.data)
	return n, nil
}

// BenchmarkJSONGzip decodes gzip-compressed JSON through NewReader
// (decompression and detection included); MB/s are of the uncompressed data.
func BenchmarkJSONGzip(b *testing.B) {
	data := benchInput(b, gen.JSON)
	var z bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&z, gzip.BestSpeed)
	zw.Write(data)
	zw.Close()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		r, err := NewReader(bytes.NewReader(z.Bytes()), "bench.json.gz", Options{})
		if err != nil {
			b.Fatal(err)
		}
		for {
			_, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}
