package journalfmt

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stemedb/stemewatch/classifier"
)

// show renders an entry with every field, nil and empty told apart.
func show(e classifier.Entry) string {
	msg := "<nil>"
	if e.Message != nil {
		msg = fmt.Sprintf("%q", e.Message)
	}
	return fmt.Sprintf("msg=%s prio=%d cur=%q rt=%d unit=%q host=%q id=%q trunc=%v",
		msg, e.Priority, e.Cursor, e.RealtimeUS, e.Unit, e.Host, e.Identifier, e.Truncated)
}

// m is an entry with only a message.
func m(msg string) string { return show(classifier.Entry{Message: []byte(msg), Priority: -1}) }

func bad(line int) string { return fmt.Sprintf("malformed at line %d", line) }

// collect reads r to the end, rendering entries with show, malformed entries
// with bad and any other error as "error: ...". It fails the test when the
// reader does not end within limit calls.
func collect(t testing.TB, r Reader, limit int) []string {
	t.Helper()
	var out []string
	for range limit {
		e, err := r.Next()
		if err == io.EOF {
			return out
		}
		var me *MalformedError
		switch {
		case errors.As(err, &me):
			out = append(out, bad(me.Line))
		case err != nil:
			return append(out, "error: "+err.Error())
		default:
			out = append(out, show(*e))
		}
	}
	t.Fatalf("reader did not end after %d calls", limit)
	return nil
}

func check(t *testing.T, got, want []string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("got %d results, want %d", len(got), len(want))
	}
	for i := 0; i < len(got) || i < len(want); i++ {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			t.Errorf("result %d:\n got %s\nwant %s", i, g, w)
		}
	}
}

func TestJSON(t *testing.T) {
	full := show(classifier.Entry{Message: []byte("hello"), Priority: 3, Cursor: []byte("s=1;i=2"),
		RealtimeUS: 1795600000000331, Unit: []byte("stemedb-api.service"), Host: []byte("api-node-1"),
		Identifier: []byte("stemedb-api")})
	big := strings.Repeat("x", 1<<20)
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"all fields", `{"__CURSOR":"s=1;i=2","__REALTIME_TIMESTAMP":"1795600000000331","_BOOT_ID":"b","PRIORITY":"3","SYSLOG_IDENTIFIER":"stemedb-api","_SYSTEMD_UNIT":"stemedb-api.service","_HOSTNAME":"api-node-1","MESSAGE":"hello"}`, []string{full}},
		{"key order", `{"MESSAGE":"hello","_HOSTNAME":"api-node-1","_SYSTEMD_UNIT":"stemedb-api.service","SYSLOG_IDENTIFIER":"stemedb-api","PRIORITY":"3","__REALTIME_TIMESTAMP":"1795600000000331","__CURSOR":"s=1;i=2"}`, []string{full}},
		{"whitespace and CRLF", " { \"MESSAGE\" : \"hello\" ,\t\"PRIORITY\" : \"3\" } \r", []string{show(classifier.Entry{Message: []byte("hello"), Priority: 3})}},
		{"escapes", `{"MESSAGE":"q\"b\\s\/n\nt\tr\rb\bf\f\u00e9\u20ac\ud83d\ude00 \u001b[31m"}`, []string{m("q\"b\\s/n\nt\tr\rb\bf\f\u00e9\u20ac\U0001F600 \x1b[31m")}},
		{"lone surrogates", `{"MESSAGE":"a\ud800b\udc00c\ud800"}`, []string{m("a\uFFFDb\uFFFDc\uFFFD")}},
		{"escaped key", `{"MESS\u0041GE":"hi"}`, []string{m("hi")}},
		{"byte array ESC 0xFF NUL", `{"MESSAGE":[27,91,51,49,109,0,255,10]}`, []string{m("\x1b[31m\x00\xff\n")}},
		{"byte array spaced", `{"MESSAGE":[ 104 , 105 ]}`, []string{m("hi")}},
		{"empty byte array", `{"MESSAGE":[]}`, []string{m("")}},
		{"empty string", `{"MESSAGE":""}`, []string{m("")}},
		{"null message", `{"MESSAGE":null,"PRIORITY":"3"}`, []string{show(classifier.Entry{Priority: 3, Truncated: true})}},
		{"repeated strings", `{"MESSAGE":["first","second"]}`, []string{m("first")}},
		{"repeated byte arrays", `{"MESSAGE":[[104,105],"x",null]}`, []string{m("hi")}},
		{"repeated null first", `{"MESSAGE":[null,"x"]}`, []string{show(classifier.Entry{Priority: -1, Truncated: true})}},
		{"repeated other field", `{"_HOSTNAME":["a","b"],"MESSAGE":"m"}`, []string{show(classifier.Entry{Message: []byte("m"), Priority: -1, Host: []byte("a")})}},
		{"missing fields", `{"_BOOT_ID":"b"}`, []string{show(classifier.Entry{Priority: -1})}},
		{"empty object", `{}`, []string{show(classifier.Entry{Priority: -1})}},
		{"non-numeric priority", `{"PRIORITY":"high","MESSAGE":"m"}`, []string{m("m")}},
		{"numeric values", `{"PRIORITY":4,"__REALTIME_TIMESTAMP":17,"MESSAGE":12}`, []string{show(classifier.Entry{Message: []byte("12"), Priority: 4, RealtimeUS: 17})}},
		{"bad timestamp", `{"__REALTIME_TIMESTAMP":"soon","MESSAGE":"m"}`, []string{m("m")}},
		{"duplicate key keeps first", `{"MESSAGE":"one","MESSAGE":"two"}`, []string{m("one")}},
		{"skipped values of every kind", `{"A":{"b":[1,{"c":null}],"d":true,"e":false},"B":-1.5e3,"C":[[1,2],"x\"]",null],"D":"\\","MESSAGE":"m"}`, []string{m("m")}},
		{"invalid UTF-8 kept", "{\"MESSAGE\":\"a\xff\xfeb\"}", []string{m("a\xff\xfeb")}},
		{"NUL byte kept", "{\"MESSAGE\":\"a\x00b\"}", []string{m("a\x00b")}},
		{"blank lines skipped", "\n  \n{\"MESSAGE\":\"a\"}\n\n{\"MESSAGE\":\"b\"}\n", []string{m("a"), m("b")}},
		{"last line without newline", "{\"MESSAGE\":\"a\"}\n{\"MESSAGE\":\"b\"}", []string{m("a"), m("b")}},
		{"1 MiB line", `{"MESSAGE":"` + big + `"}`, []string{m(big)}},
		{"malformed lines between good ones", strings.Join([]string{
			`{"MESSAGE":"1"}`,
			`not json`,
			`{"MESSAGE":"x"`,
			`{"MESSAGE":}`,
			`{"MESSAGE":"x"} trailing`,
			`{"MESSAGE":[1,2,300]}`,
			`{"MESSAGE":"bad \q escape"}`,
			`{"A":[1,]}`,
			`[]`,
			`{"MESSAGE":"\u12"}`,
			`{"MESSAGE":[[[1]]]}`,
			`{"MESSAGE":nul}`,
			`{"A":tru}`,
			`{"A" "b"}`,
			`{"A":"b",}`,
			`{"MESSAGE":"2"}`,
		}, "\n"), []string{m("1"), bad(2), bad(3), bad(4), bad(5), bad(6), bad(7), bad(8), bad(9), bad(10), bad(11), bad(12), bad(13), bad(14), bad(15), m("2")}},
		{"deep nesting", `{"A":` + strings.Repeat("[", 100) + strings.Repeat("]", 100) + "}\n{\"MESSAGE\":\"ok\"}", []string{bad(1), m("ok")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, collect(t, NewJSON(strings.NewReader(tt.in), "in.json"), 100), tt.want)
			// One byte per Read: lines straddle every buffer boundary.
			check(t, collect(t, NewJSON(&oneByte{strings.NewReader(tt.in)}, "in.json"), 100), tt.want)
		})
	}
}

// oneByte reads one byte at a time.
type oneByte struct{ r io.Reader }

func (o *oneByte) Read(p []byte) (int, error) {
	if len(p) > 1 {
		p = p[:1]
	}
	return o.r.Read(p)
}

func TestJSONLineOverCap(t *testing.T) {
	long := `{"MESSAGE":"` + strings.Repeat("y", 5000) + `"}`
	in := "{\"MESSAGE\":\"a\"}\n" + long + "\n{\"MESSAGE\":\"b\"}\n" + long // the last one without newline
	got := collect(t, newJSON(strings.NewReader(in), "in.json", 1024), 10)
	check(t, got, []string{m("a"), bad(2), m("b"), bad(4)})

	r := newJSON(strings.NewReader(in), "in.json", 1024)
	r.Next()
	_, err := r.Next()
	if err == nil || !strings.Contains(err.Error(), "in.json:2: line longer than 1024 bytes") {
		t.Errorf("error = %v, want it to name the input and line", err)
	}
}

// TestJSONDefaultCap streams a line over DefaultMaxEntry: it is reported and
// skipped without being held in memory.
func TestJSONDefaultCap(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	huge := io.MultiReader(strings.NewReader(`{"MESSAGE":"a"}`+"\n"+`{"MESSAGE":"`),
		io.LimitReader(repeatReader('z'), DefaultMaxEntry+1000),
		strings.NewReader("\"}\n{\"MESSAGE\":\"b\"}\n"))
	r := newJSON(huge, "huge.json", DefaultMaxEntry)
	check(t, collect(t, r, 10), []string{m("a"), bad(2), m("b")})
	if n := len(r.buf); n > DefaultMaxEntry+2 {
		t.Errorf("buffer grew to %d bytes", n)
	}
}

type repeatReader byte

func (c repeatReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(c)
	}
	return len(p), nil
}

// TestJSONErrorPosition checks that errors name the input, line and byte.
func TestJSONErrorPosition(t *testing.T) {
	r := NewJSON(strings.NewReader("{\"MESSAGE\":\"a\"}\n{\"MESSAGE\":}\n"), "saved.json")
	r.Next()
	_, err := r.Next()
	const want = "saved.json:2: invalid JSON at byte 12: invalid value"
	if err == nil || err.Error() != want {
		t.Errorf("error = %v, want %s", err, want)
	}
}

// A byte array holds byte values; a negative number in one is an error that
// names the line, not a repeated field whose first value is "-1".
func TestJSONNegativeByteValue(t *testing.T) {
	r := NewJSON(strings.NewReader("{\"MESSAGE\":[-1]}\n"), "saved.json")
	_, err := r.Next()
	if err == nil || !strings.Contains(err.Error(), "saved.json:1:") || !strings.Contains(err.Error(), "byte value") {
		t.Errorf("error = %v, want saved.json:1: ... byte value", err)
	}
}

// exportEntry renders fields in export format; a field whose value has a
// newline or control byte is written as a binary field, as journalctl does.
func exportEntry(kv ...string) string {
	var b strings.Builder
	for i := 0; i+1 < len(kv); i += 2 {
		k, v := kv[i], kv[i+1]
		if strings.ContainsFunc(v, func(r rune) bool { return r < ' ' || r == 0xFFFD }) || !isUTF8(v) {
			b.WriteString(k + "\n")
			var n [8]byte
			binary.LittleEndian.PutUint64(n[:], uint64(len(v)))
			b.Write(n[:])
			b.WriteString(v + "\n")
		} else {
			b.WriteString(k + "=" + v + "\n")
		}
	}
	b.WriteString("\n")
	return b.String()
}

func isUTF8(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

func TestExport(t *testing.T) {
	e1 := exportEntry("__CURSOR", "c1", "__REALTIME_TIMESTAMP", "1795600000000331", "PRIORITY", "3",
		"_SYSTEMD_UNIT", "stemedb-api.service", "_HOSTNAME", "api-node-1", "SYSLOG_IDENTIFIER", "stemedb-api",
		"MESSAGE", "hello")
	full := show(classifier.Entry{Message: []byte("hello"), Priority: 3, Cursor: []byte("c1"),
		RealtimeUS: 1795600000000331, Unit: []byte("stemedb-api.service"), Host: []byte("api-node-1"),
		Identifier: []byte("stemedb-api")})
	c := func(cur, msg string) string {
		return exportEntry("__CURSOR", cur, "__REALTIME_TIMESTAMP", "1", "MESSAGE", msg)
	}
	cw := func(cur, msg string) string {
		return show(classifier.Entry{Message: []byte(msg), Priority: -1, Cursor: []byte(cur), RealtimeUS: 1})
	}
	nc := func(rt, msg string) string { return exportEntry("__REALTIME_TIMESTAMP", rt, "MESSAGE", msg) }
	ncw := func(rt int64, msg string) string {
		return show(classifier.Entry{Message: []byte(msg), Priority: -1, RealtimeUS: rt})
	}
	binMsg := "\x1b[31mERROR\x1b[0m\x00\xff\nsecond line\n__CURSOR=not-a-field"
	hugeLen := "__CURSOR=c9\nMESSAGE\n\xff\xff\xff\xff\x00\x00\x00\x00abc\n\n"
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"all fields", e1, []string{full}},
		{"binary field", c("c1", binMsg), []string{cw("c1", binMsg)}},
		{"empty values", exportEntry("MESSAGE", "", "PRIORITY", ""), []string{m("")}},
		{"no cursor", nc("5", "m"), []string{ncw(5, "m")}},
		{"extra blank lines", "\n\n" + c("c1", "a") + "\n\n" + c("c2", "b"), []string{cw("c1", "a"), cw("c2", "b")}},
		{"last entry without blank line", strings.TrimSuffix(c("c1", "a"), "\n"), []string{cw("c1", "a")}},
		{"input ends inside a line", c("c1", "a") + "__CURSOR=c2\nMESSAGE=b", []string{cw("c1", "a"), bad(5)}},
		{"input ends inside a binary field", c("c1", "a") + "__CURSOR=c2\nMESSAGE\n\x05\x00\x00", []string{cw("c1", "a"), bad(5)}},
		{"cut-off entry, next cursor follows", "__CURSOR=c1\n__REALTIME_TIMESTAMP=1\nMESS" + "AGE=half\n" + c("c2", "b"), []string{bad(1), cw("c2", "b")}},
		{"cut-off entry without cursors", "__REALTIME_TIMESTAMP=1\nMESSAGE=half\n" + nc("2", "b"), []string{bad(1), ncw(2, "b")}},
		{"garbage then resync on cursor", c("c1", "a") + "__CURSOR=c2\nMESSAGE=cut\x01\x02 garbage \xff\n\x00\x00 more garbage\n__REALTIME_TIMESTAMP=9\n" + c("c3", "b"),
			[]string{cw("c1", "a"), bad(5), cw("c3", "b")}},
		{"garbage then resync on timestamp without cursors", nc("1", "a") + "garbage line\nmore garbage\n" + nc("3", "b"),
			[]string{ncw(1, "a"), bad(4), ncw(3, "b")}},
		{"lower-case name is garbage", c("c1", "a") + "message=x\n\n" + c("c2", "b"), []string{cw("c1", "a"), bad(5), cw("c2", "b")}},
		{"binary length over the cap", hugeLen + c("c2", "b"), []string{bad(1), cw("c2", "b")}},
		{"binary data without newline", "__CURSOR=c1\nMESSAGE\n\x03\x00\x00\x00\x00\x00\x00\x00abcX\n\n" + c("c2", "b"), []string{bad(1), cw("c2", "b")}},
		{"binary field swallowing the next entry", "__CURSOR=c1\nMESSAGE\n\x40\x00\x00\x00\x00\x00\x00\x00abc\n" + c("c2", "b") + c("c3", "c"), []string{bad(1), cw("c2", "b"), cw("c3", "c")}},
		{"NUL and invalid UTF-8 in text field", c("c1", "a\x00b\xff"), []string{cw("c1", "a\x00b\xff")}},
		{"first value of a repeated field", exportEntry("MESSAGE", "one", "MESSAGE", "two"), []string{m("one")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, collect(t, NewExport(strings.NewReader(tt.in), "in.export"), 100), tt.want)
			check(t, collect(t, NewExport(&oneByte{strings.NewReader(tt.in)}, "in.export"), 100), tt.want)
		})
	}
}

func TestExportFieldOverCap(t *testing.T) {
	in := "__CURSOR=c1\nMESSAGE=" + strings.Repeat("x", 3000) + "\n\n" +
		"__CURSOR=c2\nMESSAGE=ok\n\n" +
		"__CURSOR=c3\nMESSAGE\n" + "\xb8\x0b\x00\x00\x00\x00\x00\x00" + strings.Repeat("y", 3000) + "\n\n" +
		"__CURSOR=c4\nMESSAGE=ok\n\n"
	got := collect(t, newExport(strings.NewReader(in), "in.export", 1024), 10)
	ok := func(cur string) string {
		return show(classifier.Entry{Message: []byte("ok"), Priority: -1, Cursor: []byte(cur)})
	}
	check(t, got, []string{bad(1), ok("c2"), bad(7), ok("c4")})
}

func TestText(t *testing.T) {
	tl := func(n int, msg string) string {
		return show(classifier.Entry{Message: []byte(msg), Priority: -1, Cursor: []byte(fmt.Sprintf("line:%d", n))})
	}
	in := "first\n\nthird\x1b[31m\xff\x00\r\n" + strings.Repeat("z", 2000) + "\nlast"
	got := collect(t, newText(strings.NewReader(in), "in.txt", 1024), 10)
	check(t, got, []string{tl(1, "first"), tl(3, "third\x1b[31m\xff\x00"), bad(4), tl(5, "last")})
}

func TestDetect(t *testing.T) {
	var binHdr = "MESSAGE\n\x05\x00\x00\x00\x00\x00\x00\x00hello\n"
	tests := []struct {
		in   string
		want Format
	}{
		{`{"__CURSOR":"s=1","MESSAGE":"x"}`, FormatJSON},
		{"\n\n  {\"MESSAGE\":\"x\"}", FormatJSON},
		{`{ "PRIORITY" : "3"}`, FormatJSON},
		{`{"timestamp":"2026","level":"ERROR"}`, FormatText}, // tracing JSON messages
		{`{}`, FormatText},
		{"__CURSOR=s=1;i=2\n__REALTIME_TIMESTAMP=1\n", FormatExport},
		{"__REALTIME_TIMESTAMP=1795600000000331\n", FormatExport},
		{"\nPRIORITY=6\n", FormatExport},
		{binHdr, FormatExport},
		{"WARN\nsomething happened\n", FormatText},
		{"2026-11-25T09:46:40Z  INFO stemedb: ok\n", FormatText},
		{"level=error msg=x\n", FormatText},
		{"9ABC=x\n", FormatText},
		{"\x1b[2m2026\x1b[0m INFO\n", FormatText},
		{"", FormatText},
	}
	for _, tt := range tests {
		if got := Detect([]byte(tt.in)); got != tt.want {
			t.Errorf("Detect(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func gz(t testing.TB, b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

func TestOpen(t *testing.T) {
	dir := t.TempDir()
	jsonData := []byte("{\"MESSAGE\":\"a\"}\n{\"MESSAGE\":\"b\"}\n")
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	plain := write("plain.json", jsonData)
	// gzip recognised by its magic bytes, whatever the name says.
	zipped := write("zipped.log", gz(t, jsonData))
	for _, p := range []string{plain, zipped} {
		r, c, err := Open(p, "")
		if err != nil {
			t.Fatal(err)
		}
		check(t, collect(t, r, 10), []string{m("a"), m("b")})
		c.Close()
	}
	// Forced format: the JSON read as text.
	r, c, err := Open(zipped, "text")
	if err != nil {
		t.Fatal(err)
	}
	got := collect(t, r, 10)
	c.Close()
	if len(got) != 2 || !strings.Contains(got[0], `msg="{\"MESSAGE\":\"a\"}"`) {
		t.Errorf("forced text: %v", got)
	}
	// Standard input.
	r, c, err = OpenOptions("-", Options{Stdin: bytes.NewReader(gz(t, []byte("one\ntwo\n")))})
	if err != nil {
		t.Fatal(err)
	}
	if got := collect(t, r, 10); len(got) != 2 || !strings.Contains(got[1], `cur="line:2"`) {
		t.Errorf("stdin: %v", got)
	}
	c.Close()
	if _, _, err := Open(plain, "yaml"); err == nil || !strings.Contains(err.Error(), `"yaml"`) {
		t.Errorf("unknown format: err = %v", err)
	}
	if _, _, err := Open(filepath.Join(dir, "missing"), ""); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: err = %v", err)
	}
	// Empty input: no entries, no error.
	r, c, err = Open(write("empty", nil), "")
	if err != nil {
		t.Fatal(err)
	}
	check(t, collect(t, r, 10), nil)
	c.Close()
}

// TestTruncatedGzip: entries before the cut are delivered, then an error
// naming the input and how many entries were read.
func TestTruncatedGzip(t *testing.T) {
	var data bytes.Buffer
	for i := range 2000 {
		fmt.Fprintf(&data, "{\"__CURSOR\":\"i=%d\",\"MESSAGE\":\"message number %d with some padding to make it longer\"}\n", i, i)
	}
	z := gz(t, data.Bytes())
	cut := z[:len(z)/2]
	for _, format := range []string{"", "json", "text"} {
		r, err := NewReader(bytes.NewReader(cut), "cut.json.gz", Options{Format: format})
		if err != nil {
			t.Fatal(err)
		}
		got := collect(t, r, 3000)
		last := got[len(got)-1]
		n := len(got) - 1
		if n < 500 || n >= 2000 {
			t.Errorf("%s: %d entries before the cut", format, n)
		}
		want := fmt.Sprintf("error: cut.json.gz: input cut short after %d entries", n)
		if !strings.HasPrefix(last, want) || !strings.Contains(last, "unexpected EOF") {
			t.Errorf("%s: last result %q, want prefix %q", format, last, want)
		}
		for _, g := range got[:n] {
			if strings.HasPrefix(g, "malformed") {
				t.Errorf("%s: %s before the cut", format, g)
			}
		}
	}
	// The same for export.
	var ex bytes.Buffer
	for i := range 2000 {
		ex.WriteString(exportEntry("__CURSOR", fmt.Sprint(i), "MESSAGE", "padding padding padding padding\x1b"))
	}
	z = gz(t, ex.Bytes())
	r, err := NewReader(bytes.NewReader(z[:len(z)/2]), "cut.export.gz", Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := collect(t, r, 3000)
	if last := got[len(got)-1]; !strings.Contains(last, fmt.Sprintf("cut.export.gz: input cut short after %d entries", len(got)-1)) {
		t.Errorf("export: last result %q", last)
	}
}

// record is what a reader gives of one entry, comparable with ==.
type record struct {
	msg    string
	trunc  bool
	cursor string
	rt     int64
	prio   int
	unit   string
	host   string
	ident  string
	hasMsg bool
}

// records reads r to its end; any error fails t.
func records(t *testing.T, r Reader) []record {
	t.Helper()
	var out []record
	for {
		e, err := r.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, record{msg: string(e.Message), trunc: e.Truncated, cursor: string(e.Cursor),
			rt: e.RealtimeUS, prio: e.Priority, unit: string(e.Unit), host: string(e.Host),
			ident: string(e.Identifier), hasMsg: e.Message != nil})
	}
}

// TestSample decodes the bundled sample in JSON and export form and checks
// them against each other and the labels.
func TestSample(t *testing.T) {
	read := func(name string) []record {
		r, c, err := Open("../testdata/"+name, "")
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		return records(t, r)
	}
	js, ex, txt := read("sample.json.gz"), read("sample.export.gz"), read("sample.txt.gz")
	if len(js) != 20000 || len(ex) != 20000 || len(txt) != 20000 {
		t.Fatalf("entries: json %d, export %d, text %d; want 20000", len(js), len(ex), len(txt))
	}
	nulls := 0
	for i := range js {
		j, x := js[i], ex[i]
		if j.trunc {
			nulls++
			if j.hasMsg {
				t.Errorf("entry %d: truncated with a message", i+1)
			}
		} else if j.msg != x.msg {
			t.Errorf("entry %d: json message %q != export %q", i+1, j.msg, x.msg)
		}
		if j.rt != x.rt || j.prio != x.prio || j.unit != x.unit || j.host != x.host || j.ident != x.ident {
			t.Errorf("entry %d: fields differ: json %+v export %+v", i+1, j, x)
		}
		if j.prio < 0 || j.rt == 0 || j.cursor == "" || j.unit != "stemedb-api.service" || j.host != "api-node-1" || j.ident != "stemedb-api" {
			t.Errorf("entry %d: missing fields %+v", i+1, j)
		}
	}
	if nulls != 11 {
		t.Errorf("%d null MESSAGEs flagged truncated, want 11", nulls)
	}
	// Cursors and times against the labels.
	labels := loadGz(t, "../testdata/sample.labels.jsonl.gz")
	n := 0
	for line := range bytes.Lines(labels) {
		var l struct {
			Cursor string `json:"cursor"`
			TUS    int64  `json:"t_us"`
		}
		if err := json.Unmarshal(line, &l); err != nil {
			t.Fatal(err)
		}
		if n < len(js) && (js[n].cursor != l.Cursor || js[n].rt != l.TUS) {
			t.Errorf("entry %d: cursor %q time %d, labels say %q %d", n+1, js[n].cursor, js[n].rt, l.Cursor, l.TUS)
		}
		n++
	}
	if n != 20000 {
		t.Errorf("%d labels", n)
	}
}

func loadGz(tb testing.TB, p string) []byte {
	tb.Helper()
	f, err := os.Open(p)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// TestLivePipe: on a pipe that stays open, detection and decoding deliver
// each entry as soon as it is complete, without waiting for more input.
func TestLivePipe(t *testing.T) {
	for _, tc := range []struct{ first, second, want string }{
		{"{\"MESSAGE\":\"one\"}\n", "{\"MESSAGE\":\"two\"}\n", "json"},
		{"__CURSOR=c1\nMESSAGE=one\n\n", "__CURSOR=c2\nMESSAGE=two\n\n", "export"},
		{"one\n", "two\n", "text"},
	} {
		pr, pw := io.Pipe()
		done := make(chan []string)
		go func() {
			var got []string
			defer func() { done <- got }()
			r, err := NewReader(pr, "pipe", Options{})
			if err != nil {
				got = append(got, err.Error())
				return
			}
			for {
				e, err := r.Next()
				if err != nil {
					return
				}
				got = append(got, string(e.Message))
				if len(got) == 1 {
					done <- got // the first entry, while the pipe is still open
				}
			}
		}()
		pw.Write([]byte(tc.first))
		select {
		case got := <-done:
			if len(got) != 1 || got[0] != "one" {
				t.Errorf("%s: first result %q", tc.want, got)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: first entry not delivered while the pipe is open", tc.want)
		}
		pw.Write([]byte(tc.second))
		pw.Close()
		if got := <-done; len(got) != 2 || got[1] != "two" {
			t.Errorf("%s: results %q", tc.want, got)
		}
	}
}

// chunked reads at most n bytes at a time, like a pipe.
type chunked struct {
	r io.Reader
	n int
}

func (c *chunked) Read(p []byte) (int, error) { return c.r.Read(p[:min(len(p), c.n)]) }

// TestLinesNearTheCap reads lines just under the cap from a pipe-like
// reader, in every format: buffers grow once, not byte by byte.
func TestLinesNearTheCap(t *testing.T) {
	const max = 4 << 20
	msg := strings.Repeat("m", max-100)
	js := `{"MESSAGE":"` + msg + `"}` + "\n"
	ex := "__CURSOR=c\nMESSAGE=" + msg + "\n\n"
	for _, tc := range []struct {
		name string
		r    Reader
	}{
		{"json", newJSON(&chunked{strings.NewReader(js + js + js), 4096}, "j", max)},
		{"export", newExport(&chunked{strings.NewReader(ex + ex + ex), 4096}, "e", max)},
		{"text", newText(&chunked{strings.NewReader(msg + "\n" + msg + "\n" + msg), 4096}, "t", max)},
	} {
		n := 0
		for {
			e, err := tc.r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", tc.name, err)
			}
			if string(e.Message) != msg {
				t.Fatalf("%s: message of %d bytes", tc.name, len(e.Message))
			}
			n++
		}
		if n != 3 {
			t.Errorf("%s: %d entries, want 3", tc.name, n)
		}
	}
}

// TestRealJournalctl decodes what journalctl 252 really printed (-o json and
// -o export) for entries sent to journald with hostile MESSAGE values: ANSI
// colours, a NUL, invalid UTF-8, a newline, 5000 bytes (null in JSON),
// non-ASCII with quotes, and a repeated MESSAGE (an array of byte arrays).
func TestRealJournalctl(t *testing.T) {
	want := []string{
		"\x1b[31mERROR\x1b[0m colored",
		"nul\x00byte",
		"bad \xff\xfe utf8",
		"multi\nline",
		strings.Repeat("x", 5000),
		"unicode \u00e9\u20ac\U0001F600 \"quoted\" back\\slash tab\t",
	}
	for _, name := range []string{"journalctl252.json", "journalctl252.export"} {
		r, c, err := Open(filepath.Join("testdata", name), "")
		if err != nil {
			t.Fatal(err)
		}
		var got []classifier.Entry
		for {
			e, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			got = append(got, classifier.Entry{Message: bytes.Clone(e.Message), Truncated: e.Truncated,
				Priority: e.Priority, Cursor: bytes.Clone(e.Cursor), RealtimeUS: e.RealtimeUS})
		}
		c.Close()
		if len(got) != len(want) {
			t.Fatalf("%s: %d entries, want %d", name, len(got), len(want))
		}
		for i, e := range got {
			if e.Priority != 3 || len(e.Cursor) == 0 || e.RealtimeUS == 0 {
				t.Errorf("%s entry %d: %s", name, i+1, show(e))
			}
			if name == "journalctl252.json" && i == 4 {
				if !e.Truncated || e.Message != nil {
					t.Errorf("%s entry %d: want a truncated entry, got %s", name, i+1, show(e))
				}
				continue
			}
			if string(e.Message) != want[i] || e.Truncated {
				t.Errorf("%s entry %d: message %q, want %q", name, i+1, e.Message, want[i])
			}
		}
	}
}

// TestExportEntryOverLimit: an entry of many small fields, with no blank
// line for more than the entry limit, is reported once and skipped.
func TestExportEntryOverLimit(t *testing.T) {
	var b strings.Builder
	b.WriteString("__CURSOR=c1\n")
	for b.Len() < 1100<<10 {
		b.WriteString("FIELD=0123456789012345678901234567890123456789\n")
	}
	b.WriteString("\n__CURSOR=c2\nMESSAGE=ok\n\n")
	r := newExport(&chunked{strings.NewReader(b.String()), 64 << 10}, "big.export", 1024)
	got := collect(t, r, 10)
	if len(got) != 2 || got[0] != bad(1) || !strings.Contains(got[1], `msg="ok"`) {
		t.Errorf("got %q", got)
	}
}
