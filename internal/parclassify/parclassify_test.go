package parclassify

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
	"testing/iotest"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/internal/gen"
	"github.com/stemedb/stemewatch/patterns"
)

var defaultSet = sync.OnceValue(patterns.Default)

// transcript runs Run and renders every result, in the order delivered, as
// one line: what a caller could print from it.
func transcript(t *testing.T, in []byte, o Options) (string, error) {
	t.Helper()
	c := classifier.New(defaultSet())
	var b strings.Builder
	_, err := Run(context.Background(), bytes.NewReader(in), c, o, func(r *Result) {
		fmt.Fprintf(&b, "%d ", r.N)
		switch {
		case r.Err != nil:
			fmt.Fprintf(&b, "malformed %v\n", r.Err)
		case r.Event != nil:
			ev, _ := json.Marshal(r.Event)
			fmt.Fprintf(&b, "%s %v %s\n", r.Time.Format("2006-01-02T15:04:05.000000Z"), r.Truncated, ev)
		default:
			fmt.Fprintf(&b, "%s %v\n", r.Time.Format("2006-01-02T15:04:05.000000Z"), r.Truncated)
		}
	})
	return b.String(), err
}

// same checks that Jobs > 1, with pieces small enough that every kind of
// line meets a piece boundary, delivers what the single-core path does.
func same(t *testing.T, in []byte, o Options) {
	t.Helper()
	o.Jobs = 1
	want, wantErr := transcript(t, in, o)
	for _, size := range []int{1, 97, 4096, DefaultPieceSize} {
		o.Jobs, o.PieceSize = 3, size
		got, gotErr := transcript(t, in, o)
		if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
			t.Errorf("piece size %d: error %v, want %v", size, gotErr, wantErr)
		}
		if got != want {
			t.Errorf("piece size %d: results differ from --jobs 1 (%d bytes against %d)\n%s", size, len(got), len(want), firstDiff(got, want))
		}
	}
}

func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return fmt.Sprintf("line %d:\n got: %.300s\nwant: %.300s", i+1, g[i], w[i])
		}
	}
	return fmt.Sprintf("%d lines against %d", len(g), len(w))
}

func generate(t *testing.T, f gen.Format, entries int) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := gen.Write(&b, f, gen.Config{Seed: 7, Entries: entries}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestSameAsOneCoreOnGeneratedJournals(t *testing.T) {
	for _, f := range []gen.Format{gen.JSON, gen.Text, gen.Export} {
		t.Run(string(f), func(t *testing.T) {
			same(t, generate(t, f, 3000), Options{Name: "gen"})
		})
	}
}

func TestSameAsOneCoreOnGzip(t *testing.T) {
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write(generate(t, gen.JSON, 2000))
	zw.Close()
	same(t, z.Bytes(), Options{Name: "gen.json.gz"})
}

// Hostile input: malformed lines (counted, with the right line numbers),
// blank and CRLF lines, entries without a cursor (numbered by position), a
// line over the cap, and a last line without '\n'.
func TestSameAsOneCoreOnHostileInput(t *testing.T) {
	good := generate(t, gen.JSON, 200)
	lines := bytes.SplitAfter(good, []byte("\n"))
	var in bytes.Buffer
	for i, l := range lines {
		switch i % 17 {
		case 3:
			in.WriteString("{\"MESSAGE\":\"cut off\n")
		case 5:
			in.WriteString("\n  \r\n")
		case 7:
			in.WriteString(`{"MESSAGE":"ERROR storage: disk full: No space left on device (os error 28)","PRIORITY":"3"}` + "\r\n")
		case 11:
			in.WriteString(`{"MESSAGE":"` + strings.Repeat("x", 3000) + "\"}\n")
		}
		in.Write(l)
	}
	in.WriteString(`{"MESSAGE":"ERROR last line, no newline: connection refused","PRIORITY":"3"}`)
	same(t, in.Bytes(), Options{Name: "hostile", MaxEntry: 2048})

	// The cap met by the first line, and by the last one.
	long := `{"MESSAGE":"` + strings.Repeat("y", 5000) + "\"}"
	same(t, []byte(long+"\n"+string(good)), Options{Name: "first", MaxEntry: 2048})
	same(t, []byte(string(good)+long), Options{Name: "last", MaxEntry: 2048})

	text := strings.Repeat("ERROR Error: StorageError: disk full\r\n\nplain info line\n", 300) + strings.Repeat("z", 300)
	same(t, []byte(text), Options{Name: "text", MaxEntry: 256})
}

func TestReadErrorReportedAfterTheEntriesBeforeIt(t *testing.T) {
	in := generate(t, gen.JSON, 500)
	boom := errors.New("disk on fire")
	for _, jobs := range []int{1, 2} {
		n := 0
		c := classifier.New(patterns.Default())
		r := io.MultiReader(bytes.NewReader(in[:len(in)/2]), iotest.ErrReader(boom))
		_, err := Run(context.Background(), r, c, Options{Name: "f", Jobs: jobs, PieceSize: 4096}, func(*Result) { n++ })
		if !errors.Is(err, boom) {
			t.Fatalf("jobs %d: error %v, want %v", jobs, err, boom)
		}
		if n == 0 || n >= 500 {
			t.Errorf("jobs %d: %d results before the error", jobs, n)
		}
		if want := fmt.Sprintf("f: read failed after %d entries", n); !strings.Contains(err.Error(), want) {
			t.Errorf("jobs %d: %q does not say %q", jobs, err, want)
		}
	}
}

func TestCancelStopsEarly(t *testing.T) {
	in := generate(t, gen.JSON, 3000)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n := 0
	c := classifier.New(patterns.Default())
	_, err := Run(ctx, bytes.NewReader(in), c, Options{Name: "f", Jobs: 2, PieceSize: 4096}, func(*Result) {
		n++
		if n == 10 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	if n >= 3000 {
		t.Errorf("all %d entries delivered after the cancel", n)
	}
}

// Any input, cut anywhere: the pieces give what one reader gives.
func FuzzSameAsOneCore(f *testing.F) {
	f.Add([]byte("{\"MESSAGE\":\"ERROR disk full\",\"PRIORITY\":\"3\"}\n\n{bad\n"), 3)
	f.Add([]byte("ERROR Error: StorageError: x\r\nline two\nno newline"), 1)
	f.Add([]byte("{\"MESSAGE\":\""+strings.Repeat("y", 300)+"\"}\n{\"MESSAGE\":\"ok\"}"), 7)
	f.Fuzz(func(t *testing.T, in []byte, size int) {
		size = 1 + (size&0xff)%97
		o := Options{Name: "fuzz", MaxEntry: 128, Jobs: 1}
		want, wantErr := transcript(t, in, o)
		o.Jobs, o.PieceSize = 2, size
		got, gotErr := transcript(t, in, o)
		if got != want || fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
			t.Fatalf("piece size %d: differs from one reader (%v / %v)\n%s", size, gotErr, wantErr, firstDiff(got, want))
		}
	})
}
