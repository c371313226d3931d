package gen

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stemedb/stemewatch/journalfmt"
)

func generate(t testing.TB, f Format, cfg Config) (out, labels []byte) {
	t.Helper()
	var o, l bytes.Buffer
	if err := WriteLabeled(&o, &l, f, cfg); err != nil {
		t.Fatal(err)
	}
	return o.Bytes(), l.Bytes()
}

func TestDeterministic(t *testing.T) {
	cfg := Config{Seed: 7, Entries: 2000}
	for _, f := range []Format{JSON, Export, Text} {
		a, la := generate(t, f, cfg)
		b, lb := generate(t, f, cfg)
		if !bytes.Equal(a, b) || !bytes.Equal(la, lb) {
			t.Errorf("%s: same seed, different output", f)
		}
		c, _ := generate(t, f, Config{Seed: 8, Entries: 2000})
		if bytes.Equal(a, c) {
			t.Errorf("%s: different seeds, same output", f)
		}
	}
	// Labels do not depend on the format.
	_, lj := generate(t, JSON, cfg)
	_, lt := generate(t, Text, cfg)
	if !bytes.Equal(lj, lt) {
		t.Error("labels differ between json and text")
	}
}

func TestUnknownFormat(t *testing.T) {
	if err := Write(io.Discard, "yaml", Config{}); err == nil {
		t.Error("no error for an unknown format")
	}
}

type label struct {
	IsError          bool    `json:"is_error"`
	ErrorType        *string `json:"error_type"`
	AgentID          *string `json:"agent_id"`
	SignatureFailure bool    `json:"signature_failure"`
	HTTPStatus       *int    `json:"http_status"`
	Cursor           string  `json:"cursor"`
	TUS              int64   `json:"t_us"`
}

type entry struct {
	msg    string
	trunc  bool
	cursor string
	rt     int64
	prio   int
	host   string
}

func decode(t *testing.T, f Format, data []byte) []entry {
	t.Helper()
	r, err := journalfmt.NewReader(bytes.NewReader(data), string(f), journalfmt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out []entry
	for {
		e, err := r.Next()
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out = append(out, entry{string(e.Message), e.Truncated, string(e.Cursor), e.RealtimeUS, e.Priority, string(e.Host)})
	}
}

// TestFormatsAgree decodes the three formats with journalfmt (detecting
// them) and checks them against each other and the labels.
func TestFormatsAgree(t *testing.T) {
	const n = 20000
	cfg := Config{Seed: 1, Entries: n, Node: "api-node-7"}
	js, labels := generate(t, JSON, cfg)
	ex, _ := generate(t, Export, cfg)
	tx, _ := generate(t, Text, cfg)
	if kb := len(js) / n; kb < 900 || kb > 1300 {
		t.Errorf("%d bytes per JSON entry, want about 1 KB", kb)
	}
	if journalfmt.Detect(js) != journalfmt.FormatJSON || journalfmt.Detect(ex) != journalfmt.FormatExport || journalfmt.Detect(tx) != journalfmt.FormatText {
		t.Error("formats not detected")
	}
	je, ee, te := decode(t, JSON, js), decode(t, Export, ex), decode(t, Text, tx)
	if len(je) != n || len(ee) != n || len(te) != n {
		t.Fatalf("decoded json %d, export %d, text %d entries, want %d", len(je), len(ee), len(te), n)
	}
	var ls []label
	sc := bufio.NewScanner(bytes.NewReader(labels))
	for sc.Scan() {
		var l label
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("label %d: %v", len(ls)+1, err)
		}
		ls = append(ls, l)
	}
	if len(ls) != n {
		t.Fatalf("%d labels, want %d", len(ls), n)
	}
	var nulls, arrays, multiline, errs, sigWarn, invalid int
	types := map[string]int{}
	for i := range n {
		j, x, tt, l := je[i], ee[i], te[i], ls[i]
		if j.trunc {
			nulls++
			if len("MESSAGE=")+len(x.msg) < 4096 {
				t.Errorf("entry %d: null MESSAGE of %d bytes", i+1, len(x.msg))
			}
		} else if j.msg != x.msg {
			t.Errorf("entry %d: json %q != export %q", i+1, j.msg, x.msg)
		}
		if tt.msg != strings.ReplaceAll(x.msg, "\n", " ") {
			t.Errorf("entry %d: text %q != export %q", i+1, tt.msg, x.msg)
		}
		if j.cursor != x.cursor || j.cursor != l.Cursor || j.rt != l.TUS || x.rt != l.TUS || j.prio != x.prio || j.host != "api-node-7" {
			t.Errorf("entry %d: fields differ: json %+v export %+v label %+v", i+1, j, x, l)
		}
		if strings.Contains(x.msg, "\x1b") {
			arrays++
		}
		if strings.Contains(x.msg, "\n") {
			multiline++
		}
		if strings.Contains(x.msg, "\xff") {
			invalid++
		}
		if j.prio <= 3 && !l.IsError {
			t.Errorf("entry %d: PRIORITY %d but not an error", i+1, j.prio)
		}
		if l.IsError {
			errs++
			if l.ErrorType == nil {
				t.Errorf("entry %d: error without a type", i+1)
			} else {
				types[*l.ErrorType]++
			}
		} else if l.ErrorType != nil {
			t.Errorf("entry %d: type %s on a non-error", i+1, *l.ErrorType)
		}
		if l.SignatureFailure && !l.IsError {
			sigWarn++
		}
		if i > 0 && l.TUS < ls[i-1].TUS {
			t.Errorf("entry %d: time goes backwards", i+1)
		}
	}
	t.Logf("nulls %d, ANSI %d, multi-line %d, invalid UTF-8 %d, errors %d, WARN signature failures %d, types %v",
		nulls, arrays, multiline, invalid, errs, sigWarn, types)
	if nulls == 0 || arrays < n/20 || multiline == 0 || invalid == 0 || sigWarn == 0 {
		t.Error("some kind of entry is missing")
	}
	if errs < n*4/100 || errs > n*7/100 {
		t.Errorf("%d errors in %d entries, want about 5%%", errs, n)
	}
	for _, typ := range []string{"StorageError", "TimeoutError", "SerializationError", "NetworkError", "AuthenticationError", "Unclassified"} {
		if types[typ] == 0 {
			t.Errorf("no %s", typ)
		}
	}
}
