package journal

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/stemedb/stemewatch/internal/testenv"
	"github.com/stemedb/stemewatch/sidecar/feed"
)

// benchDir returns a directory holding one journal file of 200,000
// entries: testdata/sample.export.gz (20,000 stemedb-api entries) ten times
// over, shifted in time. Built once with systemd-journal-remote (~6 s) and
// kept in the temp dir.
func benchDir(b testing.TB) string {
	dir := filepath.Join(os.TempDir(), "stemewatch-bench-200k-v1")
	file := filepath.Join(dir, "bench.journal")
	if st, err := os.Stat(file); err == nil && st.Size() > 0 {
		return dir
	}
	testenv.RequireProgram(b, testenv.JournalRemoteBin)
	f, err := os.Open("../../testdata/sample.export.gz")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	sample, err := io.ReadAll(zr)
	if err != nil {
		b.Fatal(err)
	}
	tmp := dir + ".tmp"
	os.RemoveAll(tmp)
	if err := os.MkdirAll(tmp, 0o755); err != nil {
		b.Fatal(err)
	}
	cmd := exec.Command(testenv.JournalRemoteBin, "-o", filepath.Join(tmp, "bench.journal"), "-")
	in, _ := cmd.StdinPipe()
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriterSize(in, 1<<20)
	for k := int64(0); k < 10; k++ {
		shiftExport(w, sample, k*10_000_000_000)
	}
	w.Flush()
	in.Close()
	if err := cmd.Wait(); err != nil {
		b.Fatal(err)
	}
	os.RemoveAll(dir)
	if err := os.Rename(tmp, dir); err != nil {
		b.Fatal(err)
	}
	return dir
}

// shiftExport writes export text with both timestamps moved by off µs.
func shiftExport(w io.Writer, data []byte, off int64) {
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			w.Write(data)
			return
		}
		line := data[:i]
		if j := bytes.IndexByte(line, '='); j < 0 && len(line) > 0 && len(data) >= i+9 {
			// Binary field: name, LE64 length, data, newline.
			n := int(binary.LittleEndian.Uint64(data[i+1 : i+9]))
			end := min(i+9+n+1, len(data))
			w.Write(data[:end])
			data = data[end:]
			continue
		}
		for _, p := range [][]byte{[]byte("__REALTIME_TIMESTAMP="), []byte("__MONOTONIC_TIMESTAMP=")} {
			if v, ok := bytes.CutPrefix(line, p); ok {
				n, _ := strconv.ParseInt(string(v), 10, 64)
				line = fmt.Appendf(nil, "%s%d", p, n+off)
			}
		}
		w.Write(line)
		w.Write([]byte{'\n'})
		data = data[i+1:]
	}
}

func readAll(b testing.TB, cfg Config) int {
	src, err := New(cfg)
	if err != nil {
		b.Fatal(err)
	}
	out := make(chan *feed.Batch, 8)
	go src.Run(context.Background(), out)
	n := 0
	for bt := range out {
		n += len(bt.Entries)
	}
	return n
}

// BenchmarkRead200k reads a 200,000-entry journal directory with each
// backend, and runs `journalctl -o json` and `-o cat` on the same files.
//
//	go test -run '^$' -bench Read200k -benchtime 3x ./sidecar/journal/
func BenchmarkRead200k(b *testing.B) {
	dir := benchDir(b)
	const want = 200_000
	vs := []variant{{"journalctl-export", BackendJournalctl, ""}}
	if nativeUsable(&Config{Dir: dir}) == nil {
		vs = append(vs, variant{"sdjournal-inprocess", BackendSDJournal, ProcessInProcess},
			variant{"sdjournal-child", BackendSDJournal, ProcessChild})
	}
	for _, v := range vs {
		b.Run(v.name, func(b *testing.B) {
			start := time.Now()
			for i := 0; i < b.N; i++ {
				if n := readAll(b, v.config(Config{Dir: dir, From: "head", BatchSize: 1024, Logger: zerolog.Nop()})); n != want {
					b.Fatalf("read %d entries, want %d", n, want)
				}
			}
			b.ReportMetric(float64(want*b.N)/time.Since(start).Seconds(), "entries/s")
		})
	}
	for _, format := range []string{"json", "cat"} {
		b.Run("journalctl-o-"+format, func(b *testing.B) {
			start := time.Now()
			for i := 0; i < b.N; i++ {
				cmd := exec.Command("journalctl", "-D", dir, "-o", format, "--no-pager")
				out, _ := cmd.StdoutPipe()
				if err := cmd.Start(); err != nil {
					b.Fatal(err)
				}
				n, _ := io.Copy(io.Discard, out)
				if err := cmd.Wait(); err != nil || n == 0 {
					b.Fatalf("journalctl -o %s: %v", format, err)
				}
			}
			b.ReportMetric(float64(want*b.N)/time.Since(start).Seconds(), "entries/s")
		})
	}
}

// TestLatency writes one entry every 20 ms to a journald namespace and
// measures the time until each backend hands it on; it reports the 99th
// percentile (journald batches change notifications, so ~250 ms is the
// expected ceiling).
func TestLatency(t *testing.T) {
	if testing.Short() {
		t.Skip("latency: about 5 s per backend")
	}
	ns := testenv.Namespace(t, "lat", "[Journal]\nStorage=persistent\n")
	for _, v := range variants(t) {
		t.Run(v.name, func(t *testing.T) {
			id := "lat-" + v.name
			c := start(t, v.config(Config{Dir: ns.Dirs[0], Follow: true, Matches: []string{"SYSLOG_IDENTIFIER=" + id}}))
			if err := testenv.Eventually(10*time.Second, func() bool { return c.src.Ready() == nil }); err != nil {
				t.Fatal("not ready")
			}
			const n = 150
			sent := make([]time.Time, n)
			for i := range n {
				sent[i] = time.Now()
				ns.Send(t, fmt.Sprintf("MESSAGE=n %d", i), "SYSLOG_IDENTIFIER="+id)
				time.Sleep(20 * time.Millisecond)
			}
			c.waitFor(t, 10*time.Second, "all entries", func(g []got) bool { return len(g) >= n })
			entries, _ := c.snapshot()
			var lat []time.Duration
			for _, e := range entries {
				if i := numbered(e.msg, "n "); i >= 0 && i < n {
					lat = append(lat, e.at.Sub(sent[i]))
				}
			}
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			p := func(q float64) time.Duration { return lat[int(q*float64(len(lat)-1))] }
			// A figure, not a timed assertion: on a loaded machine the
			// tail stretches, and that is information, not a bug. That
			// every entry arrives is asserted above.
			t.Logf("%s: write-to-read latency p50 %v p99 %v max %v over %d entries", v.name, p(.5), p(.99), slices.Max(lat), len(lat))
			fmt.Printf("journal latency %s: p50=%v p99=%v max=%v (n=%d)\n", v.name, p(.5), p(.99), slices.Max(lat), len(lat))
		})
	}
}
