package journalfmt

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stemedb/stemewatch/classifier"
)

// fuzzMax is the line and field cap under fuzzing, small so that the
// over-the-cap paths are reached.
const fuzzMax = 4096

// results reads r to the end, rendering every result; it fails when r does
// not end within limit calls (every call must consume input).
func results(t *testing.T, r Reader, limit int) []string {
	t.Helper()
	return rendered(t, r, limit, show)
}

// rendered is results with each entry rendered by render; a malformed
// entry is its error's text.
func rendered(t *testing.T, r Reader, limit int, render func(classifier.Entry) string) []string {
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
			if me.Input == "" || me.Line < 1 {
				t.Fatalf("malformed error without input or line: %v", err)
			}
			out = append(out, me.Error())
		case err != nil:
			t.Fatalf("unexpected error: %v", err)
		default:
			out = append(out, render(*e))
		}
	}
	t.Fatalf("reader did not end after %d calls", limit)
	return nil
}

// FuzzJSON: the JSON decoder never panics, always ends, gives the same
// results whatever the read sizes, accepts every valid journal-shaped JSON
// object and decodes MESSAGE as encoding/json does.
func FuzzJSON(f *testing.F) {
	for _, s := range []string{
		`{"__CURSOR":"s=1;i=2","__REALTIME_TIMESTAMP":"1795600000000331","PRIORITY":"3","_SYSTEMD_UNIT":"u","_HOSTNAME":"h","SYSLOG_IDENTIFIER":"i","MESSAGE":"hello"}`,
		`{"MESSAGE":[27,91,51,49,109,0,255]}`,
		`{"MESSAGE":null}`,
		`{"MESSAGE":["a",[1,2],null]}`,
		`{"MESSAGE":"q\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00\ud800"}`,
		"{\"A\":{\"b\":[1,{\"c\":null}],\"d\":true},\"MESSAGE\":\"m\"}\nnot json\n\n{\"MESSAGE\":\"x\"",
		`{"MESS\u0041GE":"k","MESSAGE":"dup"}`,
	} {
		f.Add([]byte(s))
	}
	if b, err := os.ReadFile("testdata/journalctl252.json"); err == nil {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		limit := bytes.Count(data, []byte{'\n'}) + 2
		whole := results(t, newJSON(bytes.NewReader(data), "fuzz.json", fuzzMax), limit)
		bytewise := results(t, newJSON(&oneByte{bytes.NewReader(data)}, "fuzz.json", fuzzMax), limit)
		if !slices.Equal(whole, bytewise) {
			t.Fatalf("results depend on read sizes:\n%q\n%q", whole, bytewise)
		}
		if bytes.IndexByte(data, '\n') >= 0 || len(data) > fuzzMax || !json.Valid(data) {
			return
		}
		want, ok := referenceMessage(data)
		if !ok {
			return
		}
		e, err := newJSON(bytes.NewReader(data), "fuzz.json", fuzzMax).Next()
		if err != nil {
			if strings.Contains(err.Error(), "nested too deeply") {
				return
			}
			t.Fatalf("valid journal JSON rejected: %v", err)
		}
		switch want.kind {
		case refAbsent:
			if e.Message != nil || e.Truncated {
				t.Fatalf("no MESSAGE, got %q truncated=%v", e.Message, e.Truncated)
			}
		case refNull:
			if e.Message != nil || !e.Truncated {
				t.Fatalf("null MESSAGE, got %q truncated=%v", e.Message, e.Truncated)
			}
		case refValue:
			if !bytes.Equal(e.Message, want.msg) || e.Truncated {
				t.Fatalf("MESSAGE %q, want %q", e.Message, want.msg)
			}
		}
	})
}

type refKind int

const (
	refUnknown refKind = iota // not comparable
	refAbsent
	refNull
	refValue
)

type reference struct {
	kind refKind
	msg  []byte
}

// referenceMessage decodes line's first MESSAGE with encoding/json. ok is
// false when the line is not a journal-shaped object (a kept field with a
// value the decoder rejects by design).
func referenceMessage(line []byte) (ref reference, ok bool) {
	dec := json.NewDecoder(bytes.NewReader(line))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return ref, false
	}
	var msg json.RawMessage
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return ref, false
		}
		key := tok.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return ref, false
		}
		if seen[key] || fieldIndex([]byte(key)) < 0 {
			continue
		}
		seen[key] = true
		if !journalShaped(raw, false) {
			return ref, false
		}
		if key == "MESSAGE" {
			msg = raw
		}
	}
	if msg == nil {
		return reference{kind: refAbsent}, true
	}
	// A repeated field: the first value counts.
	var elems []json.RawMessage
	if msg[0] == '[' && json.Unmarshal(msg, &elems) == nil && len(elems) > 0 && elems[0][0] != '-' && (elems[0][0] < '0' || elems[0][0] > '9') {
		msg = elems[0]
	}
	switch msg[0] {
	case 'n':
		return reference{kind: refNull}, true
	case '"':
		var s string
		if !utf8.Valid(msg) || json.Unmarshal(msg, &s) != nil {
			return ref, true // encoding/json replaces invalid UTF-8; we keep it
		}
		return reference{refValue, []byte(s)}, true
	case '[':
		var bs []int
		if json.Unmarshal(msg, &bs) == nil {
			b := make([]byte, len(bs))
			for i, v := range bs {
				b[i] = byte(v)
			}
			return reference{refValue, b}, true
		}
	}
	return ref, true
}

// journalShaped reports whether raw is a value form the decoder accepts for
// a kept field: anything but an array not of the journal's shapes.
func journalShaped(raw json.RawMessage, inArray bool) bool {
	raw = bytes.TrimLeft(raw, " \t\r\n")
	if len(raw) == 0 || raw[0] != '[' {
		return true
	}
	rest := bytes.TrimLeft(raw[1:], " \t\r\n")
	if len(rest) > 0 && (rest[0] == ']' || rest[0] == '-' || (rest[0] >= '0' && rest[0] <= '9')) {
		// A byte array: integers 0-255 only.
		if bytes.ContainsAny(raw, ".eE-+") {
			return false
		}
		var bs []int
		if json.Unmarshal(raw, &bs) != nil {
			return false
		}
		for _, v := range bs {
			if v < 0 || v > 255 {
				return false
			}
		}
		return true
	}
	if inArray {
		return false // a repeated field inside a repeated field
	}
	var elems []json.RawMessage
	if json.Unmarshal(raw, &elems) != nil || len(elems) == 0 {
		return false
	}
	return journalShaped(elems[0], true)
}

// FuzzExport: the export decoder never panics, always ends, gives the same
// results whatever the read sizes, and reads back any message it is given
// in well-formed entries.
func FuzzExport(f *testing.F) {
	for _, s := range []string{
		exportEntry("__CURSOR", "c1", "__REALTIME_TIMESTAMP", "1", "PRIORITY", "3", "MESSAGE", "hello"),
		exportEntry("__CURSOR", "c1", "MESSAGE", "\x1b[31mERROR\x00\xff\nline two") + "garbage\n\x00\n" + exportEntry("__CURSOR", "c2", "MESSAGE", "b"),
		"__REALTIME_TIMESTAMP=1\nMESSAGE=half\n__REALTIME_TIMESTAMP=2\nMESSAGE=b\n\n",
		"__CURSOR=c9\nMESSAGE\n\xff\xff\xff\xff\x00\x00\x00\x00abc\n\n__CURSOR=c2\nMESSAGE=ok\n\n",
		"__CURSOR=c1\nMESSAGE\n\x40\x00\x00\x00\x00\x00\x00\x00abc\n__CURSOR=c2\nMESSAGE=b\n\n",
	} {
		f.Add([]byte(s))
	}
	if b, err := os.ReadFile("testdata/journalctl252.export"); err == nil {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		limit := len(data) + 2
		whole := results(t, newExport(bytes.NewReader(data), "fuzz.export", fuzzMax), limit)
		bytewise := results(t, newExport(&oneByte{bytes.NewReader(data)}, "fuzz.export", fuzzMax), limit)
		if !slices.Equal(whole, bytewise) {
			t.Fatalf("results depend on read sizes:\n%q\n%q", whole, bytewise)
		}
		// Round trip: data as the message of well-formed entries.
		if len(data) > fuzzMax {
			return
		}
		msg := string(data)
		in := exportEntry("__CURSOR", "c1", "MESSAGE", msg) + exportEntry("__CURSOR", "c2", "PRIORITY", "5", "MESSAGE", msg)
		got := results(t, newExport(strings.NewReader(in), "rt.export", fuzzMax), 10)
		want := []string{
			show(classifier.Entry{Message: []byte(msg), Cursor: []byte("c1"), Priority: -1}),
			show(classifier.Entry{Message: []byte(msg), Cursor: []byte("c2"), Priority: 5}),
		}
		if !slices.Equal(got, want) {
			t.Fatalf("round trip of %q:\n got %q\nwant %q", msg, got, want)
		}
	})
}

// FuzzDetect: detection and opening never panic, whatever the first bytes.
func FuzzDetect(f *testing.F) {
	f.Add([]byte(`{"__CURSOR":"x"}`))
	f.Add([]byte("__CURSOR=x\n"))
	f.Add([]byte("MESSAGE\n\x05\x00\x00\x00\x00\x00\x00\x00hello\n"))
	f.Add([]byte("\x1f\x8b\x08\x00"))
	f.Add([]byte("plain text\n"))
	f.Add([]byte(verboseHead + "\n    MESSAGE=x\n"))
	f.Add([]byte("{\n\t\"MESSAGE\" : \"a\"\n}\n{\n\t\"MESSAGE\" : [1,2]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		switch Detect(data) {
		case FormatJSON, FormatJSONPretty, FormatExport, FormatVerbose, FormatText:
		default:
			t.Fatal("unknown format")
		}
		r, err := NewReader(bytes.NewReader(data), "fuzz", Options{MaxEntry: fuzzMax})
		if err != nil {
			return
		}
		for range len(data) + 2 {
			if _, err := r.Next(); err != nil {
				var me *MalformedError
				if errors.As(err, &me) {
					continue
				}
				return
			}
		}
	})
}

// FuzzText: the text decoder never panics, always ends, gives the same
// results whatever the read sizes, and reads back any message (one line or
// several) journalctl would print behind a short-iso-precise prefix.
func FuzzText(f *testing.F) {
	for _, s := range []string{
		"Nov 25 09:46:40 api-node-1 stemedb-api[4242]: ERROR boom\n",
		"Nov  5 09:46:40.000331 h a[1]: x\n                             y\n-- Boot 3f1c2a9be0d84c5d9a7e6b1f0c2d4e5f --\n",
		"2026-11-25T09:46:40+0000 h a: [177B blob data]\n2026-11-25T09:46:40.5-05:30 h a: \n",
		"Wed 2026-11-25 09:46:40 CET h a.service/b.service[1]: m\r\n[    1.000000 <    0.001000 >] h a: n\n",
		"1795600000.000331 h a[1]: x\n\x7fELF\x00\x00\n-- No entries --\n░░ Subject\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		limit := len(data) + 2
		mk := func(r io.Reader) *textReader {
			tr := newTextOptions(r, "fuzz.txt", Options{MaxEntry: fuzzMax, Location: time.UTC})
			tr.now = func() time.Time { return time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC) }
			return tr
		}
		wr := mk(bytes.NewReader(data))
		whole := results(t, wr, limit)
		bytewise := results(t, mk(&oneByte{bytes.NewReader(data)}), limit)
		if !slices.Equal(whole, bytewise) {
			t.Fatalf("results depend on read sizes:\n%q\n%q", whole, bytewise)
		}
		if info := InfoOf(wr); info.Entries > info.Lines || info.Foreign > info.Lines || info.Notes+info.Continuations > info.Lines {
			t.Fatalf("inconsistent info %+v", info)
		}
		// Round trip, as journalctl prints a message: the prefix, then
		// each further line indented by the prefix's width.
		msg, lines, ok := printable(data)
		if !ok {
			return
		}
		const pre = "2026-11-25T09:46:40.000331+0000 h app[1]: "
		in := pre + strings.Join(lines, "\n"+strings.Repeat(" ", len(pre))) + "\n" + pre + "next\n"
		got := results(t, mk(strings.NewReader(in)), 10)
		at := int64(1795600000000331)
		one := func(cur, m string) string {
			return show(classifier.Entry{Message: []byte(m), Priority: -1, Cursor: []byte(cur), RealtimeUS: at,
				Host: []byte("h"), Identifier: []byte("app")})
		}
		want := []string{one("line:1", msg), one(fmt.Sprintf("line:%d", len(lines)+1), "next")}
		if !slices.Equal(got, want) {
			t.Fatalf("round trip of %q:\n got %q\nwant %q", msg, got, want)
		}
	})
}

// verboseHead is a `journalctl -o verbose` entry header.
const verboseHead = "Thu 2026-12-03 07:06:49.934214 UTC [s=0b3a9fa31e1d4736a55e81ff7b0689e2;i=3;b=338ed3600f544566905a327ffeed3caa;m=a95240099;t=661b56746d70d;x=ad6e7a16d2569add]"

// FuzzVerbose: the verbose decoder never panics, always ends, gives the
// same results whatever the read sizes, and reads back any message (one
// line or several) as journalctl -o verbose --all prints it.
func FuzzVerbose(f *testing.F) {
	for _, s := range []string{
		verboseHead + "\n    PRIORITY=3\n    MESSAGE=ERROR boom\n    _HOSTNAME=h\n",
		verboseHead + "\n    MESSAGE=a\n            b\n\n            \n    MESSAGE=[56B blob data]\n" + verboseHead + "\n",
		"-- No entries --\n" + verboseHead + "\nnot a field\n    MESSAGE=x\n" + verboseHead + "\n     early\n",
		verboseHead + "\r\n    X=1\r\n    =2\n    9A=3\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		limit := len(data) + 2
		mk := func(r io.Reader) *verboseReader { return newVerbose(r, "fuzz.verbose", fuzzMax) }
		wr := mk(bytes.NewReader(data))
		whole := results(t, wr, limit)
		bytewise := results(t, mk(&oneByte{bytes.NewReader(data)}), limit)
		if !slices.Equal(whole, bytewise) {
			t.Fatalf("results depend on read sizes:\n%q\n%q", whole, bytewise)
		}
		if info := InfoOf(wr); info.Entries > info.Lines || info.Blobs > info.Entries {
			t.Fatalf("inconsistent info %+v", info)
		}
		// Round trip, as journalctl --all prints a value: "    MESSAGE=",
		// then each further line indented past the "=".
		msg, lines, ok := printable(data)
		if !ok {
			return
		}
		in := verboseHead + "\n    MESSAGE=" + strings.Join(lines, "\n"+strings.Repeat(" ", len("    MESSAGE="))) + "\n    PRIORITY=3\n" + verboseHead + "\n    MESSAGE=next\n"
		got := results(t, mk(strings.NewReader(in)), 10)
		cur := verboseHead[strings.Index(verboseHead, "[")+1 : len(verboseHead)-1]
		one := func(m string, prio int) string {
			return show(classifier.Entry{Message: []byte(m), Priority: prio, Cursor: []byte(cur), RealtimeUS: 0x661b56746d70d})
		}
		want := []string{one(msg, 3), one("next", -1)}
		if !slices.Equal(got, want) {
			t.Fatalf("round trip of %q:\n got %q\nwant %q", msg, got, want)
		}
	})
}

// printable returns data as a message journalctl would print over lines:
// its lines without a trailing "\r", and those joined. ok is false for data
// too long for a round trip or that reads as a "[N blob data]" stand-in.
func printable(data []byte) (msg string, lines []string, ok bool) {
	if len(data) > fuzzMax/2 {
		return "", nil, false
	}
	lines = strings.Split(string(data), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, "\r")
	}
	msg = strings.Join(lines, "\n")
	return msg, lines, !isBlob([]byte(msg))
}
