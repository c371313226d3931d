package journalfmt

import (
	"io"
	"strings"
	"testing"
	"time"

	"github.com/stemedb/stemewatch/classifier"
)

// rt is the µs timestamp of a UTC wall time.
// times reads r to its end and returns each entry's time (µs).
func times(r Reader) []int64 {
	var ts []int64
	for {
		e, err := r.Next()
		if err != nil {
			return ts
		}
		ts = append(ts, e.RealtimeUS)
	}
}

func rt(y int, mo time.Month, d, h, m, s, us int) int64 {
	return time.Date(y, mo, d, h, m, s, us*1000, time.UTC).UnixMicro()
}

// textOpts reads in with fixed zone and clock.
func textOpts(in string, o Options) *textReader {
	r := newTextOptions(strings.NewReader(in), "in.txt", o)
	r.now = func() time.Time { return time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC) }
	return r
}

func TestTextModes(t *testing.T) {
	at := rt(2026, 11, 25, 9, 46, 40, 0)
	atUS := rt(2026, 11, 25, 9, 46, 40, 331)
	tests := []struct {
		mode Format
		line string
		want classifier.Entry
	}{
		{FormatShort, "Nov 25 09:46:40 api-node-1 stemedb-api[4242]: ERROR boom",
			classifier.Entry{RealtimeUS: at, Host: []byte("api-node-1"), Identifier: []byte("stemedb-api")}},
		{FormatShort, "Nov  5 09:46:40 api-node-1 stemedb-api[4242]: ERROR boom", // syslog's space-padded day
			classifier.Entry{RealtimeUS: rt(2026, 11, 5, 9, 46, 40, 0), Host: []byte("api-node-1"), Identifier: []byte("stemedb-api")}},
		{FormatShortPrecise, "Nov 25 09:46:40.000331 api-node-1 stemedb-api[4242]: ERROR boom",
			classifier.Entry{RealtimeUS: atUS, Host: []byte("api-node-1"), Identifier: []byte("stemedb-api")}},
		{FormatShortISO, "2026-11-25T10:46:40+0100 api-node-1 stemedb-api[4242]: ERROR boom",
			classifier.Entry{RealtimeUS: at, Host: []byte("api-node-1"), Identifier: []byte("stemedb-api")}},
		{FormatShortISO, "2026-11-25T04:16:40-05:30 api-node-1 stemedb-api[4242]: ERROR boom", // newer systemd: +HH:MM
			classifier.Entry{RealtimeUS: at, Host: []byte("api-node-1"), Identifier: []byte("stemedb-api")}},
		{FormatShortISOPrecise, "2026-11-25T09:46:40.000331+0000 api-node-1 stemedb-api[4242]: ERROR boom",
			classifier.Entry{RealtimeUS: atUS, Host: []byte("api-node-1"), Identifier: []byte("stemedb-api")}},
		{FormatShortFull, "Wed 2026-11-25 09:46:40 UTC api-node-1 stemedb-api[4242]: ERROR boom",
			classifier.Entry{RealtimeUS: at, Host: []byte("api-node-1"), Identifier: []byte("stemedb-api")}},
		{FormatShortFull, "Wed 2026-11-25 12:46:40 +03 api-node-1 stemedb-api[4242]: ERROR boom",
			classifier.Entry{RealtimeUS: at, Host: []byte("api-node-1"), Identifier: []byte("stemedb-api")}},
		{FormatWithUnit, "Wed 2026-11-25 09:46:40 UTC api-node-1 stemedb-api.service[4242]: ERROR boom",
			classifier.Entry{RealtimeUS: at, Host: []byte("api-node-1"), Unit: []byte("stemedb-api.service")}},
		{FormatShortUnix, "1795600000.000331 api-node-1 stemedb-api[4242]: ERROR boom",
			classifier.Entry{RealtimeUS: atUS, Host: []byte("api-node-1"), Identifier: []byte("stemedb-api")}},
		{FormatShortMonotonic, "[    1.000000] api-node-1 stemedb-api[4242]: ERROR boom",
			classifier.Entry{Host: []byte("api-node-1"), Identifier: []byte("stemedb-api")}},
		{FormatShortMonotonic, "[    1.000000 <    0.001000 >] api-node-1 stemedb-api[4242]: ERROR boom", // short-delta
			classifier.Entry{Host: []byte("api-node-1"), Identifier: []byte("stemedb-api")}},
		{FormatShort, "Nov 25 09:46:40 stemedb-api[4242]: ERROR boom", // --no-hostname
			classifier.Entry{RealtimeUS: at, Identifier: []byte("stemedb-api")}},
		{FormatShort, "Nov 25 09:46:40 api-node-1 kernel: ERROR boom", // no pid
			classifier.Entry{RealtimeUS: at, Host: []byte("api-node-1"), Identifier: []byte("kernel")}},
	}
	for _, tc := range tests {
		for _, want := range []Format{FormatText, tc.mode} {
			r := textOpts(tc.line+"\n", Options{Location: time.UTC, Format: string(want)})
			got := collect(t, r, 5)
			w := tc.want
			w.Message, w.Priority, w.Cursor = []byte("ERROR boom"), -1, []byte("line:1")
			if len(got) != 1 || got[0] != show(w) {
				t.Errorf("%s as %s:\n got %v\nwant %v", tc.line, want, got, show(w))
			}
			if f := InfoOf(r).Format; f != tc.mode {
				t.Errorf("%s: Info.Format %s, want %s", tc.line, f, tc.mode)
			}
		}
	}
}

// TestTextNotPrefixes: lines that only look like a prefix are plain
// messages (tracing lines saved with -o cat among them).
func TestTextNotPrefixes(t *testing.T) {
	for _, line := range []string{
		"2026-11-25T09:46:40.000331Z  INFO stemedb_index::store: group commit flushed",
		"2026-11-25T09:46:40Z ERROR stemedb: x: y",
		"Nov 25 09:46:40 no colon here",
		"Nov 32 09:46:40 h i: day out of range",
		"Foo 25 09:46:40 h i: not a month",
		"Nov 25 25:46:40 h i: hour out of range",
		"[    1.000000] noheader",
		"1795600000 h i: no fraction",
		"Wed 2026-11-25 09:46:40 U.T.C h i: bad zone",
		"Nov 25 09:46:40  h i: two spaces",
	} {
		r := textOpts(line+"\n", Options{})
		got := collect(t, r, 5)
		want := show(classifier.Entry{Message: []byte(line), Priority: -1, Cursor: []byte("line:1")})
		if len(got) != 1 || got[0] != want {
			t.Errorf("%q: got %v", line, got)
		}
		if f := InfoOf(r).Format; f != FormatCat {
			t.Errorf("%q: format %s, want cat", line, f)
		}
	}
}

// TestTextJoinAndSkip: continuation lines are joined without journalctl's
// indentation but with the message's own; journalctl's notes and blank
// lines are skipped; blobs are truncated entries; CRLF is accepted.
func TestTextJoinAndSkip(t *testing.T) {
	pre := "Nov 25 09:46:40 h app[1]: "
	ind := strings.Repeat(" ", len(pre))
	in := "-- Journal begins at Mon 2026-11-23 00:00:00 UTC, ends at Wed 2026-11-25 10:00:00 UTC. --\n" +
		pre + "thread 'main' panicked at src/main.rs:1:\r\n" +
		ind + "called `Option::unwrap()`\n" +
		ind + "   0: backtrace frame\n" +
		"-- Boot 3f1c2a9be0d84c5d9a7e6b1f0c2d4e5f --\n" +
		"\n" +
		pre + "[177B blob data]\n" +
		pre + "\n" + // an empty message: journalctl prints ": " then the newline
		"-- No entries --\n" +
		"░░ Subject: A start job for unit has finished\n" +
		"stray line\n"
	r := textOpts(in, Options{Location: time.UTC})
	got := collect(t, r, 10)
	at := rt(2026, 11, 25, 9, 46, 40, 0)
	e := func(cur, msg string, trunc bool) string {
		x := classifier.Entry{Message: []byte(msg), Priority: -1, Cursor: []byte(cur), RealtimeUS: at,
			Host: []byte("h"), Identifier: []byte("app"), Truncated: trunc}
		return show(x)
	}
	want := []string{
		e("line:2", "thread 'main' panicked at src/main.rs:1:\ncalled `Option::unwrap()`\n   0: backtrace frame", false),
		e("line:7", "", true),
		e("line:8", "", false),
		show(classifier.Entry{Message: []byte("stray line"), Priority: -1, Cursor: []byte("line:11")}),
	}
	check(t, got, want)
	info := InfoOf(r)
	if info.Notes != 4 || info.Continuations != 2 || info.Blobs != 1 || info.Foreign != 1 || info.Entries != 4 || info.Lines != 11 {
		t.Errorf("info %+v", info)
	}
	if w := info.Warning(); w != "" {
		t.Errorf("warning on a good file: %s", w)
	}
}

// TestTextLive: with Live, an entry is returned when its line ends and
// nothing more has arrived, instead of waiting for the next line.
func TestTextLive(t *testing.T) {
	pr, pw := io.Pipe()
	defer pr.Close()
	r := newTextOptions(pr, "-", Options{Live: true, Location: time.UTC})
	release := make(chan struct{})
	go func() {
		pw.Write([]byte("Nov 25 09:46:40 h app[1]: first\n"))
		<-release
		pw.Write([]byte("Nov 25 09:46:41 h app[1]: second\n"))
		pw.Close()
	}()
	e, err := r.Next() // would block forever without Live
	if err != nil || string(e.Message) != "first" {
		t.Fatalf("first: %v %v", e, err)
	}
	close(release)
	e, err = r.Next()
	if err != nil || string(e.Message) != "second" {
		t.Fatalf("second: %v %v", e, err)
	}
	if _, err := r.Next(); err != io.EOF {
		t.Fatalf("end: %v", err)
	}
}

// TestTextContinuationAcrossReads: a continuation line arriving in a later
// read is still joined when the input is not live.
func TestTextContinuationAcrossReads(t *testing.T) {
	pre := "Nov 25 09:46:40 h app[1]: "
	in := pre + "a\n" + strings.Repeat(" ", len(pre)) + "b\n" + pre + "c\n"
	for _, n := range []int{1, 3, len(pre) + 2} {
		r := newTextOptions(&chunked{strings.NewReader(in), n}, "in", Options{Location: time.UTC})
		var msgs []string
		for {
			e, err := r.Next()
			if err != nil {
				break
			}
			msgs = append(msgs, string(e.Message))
		}
		if strings.Join(msgs, "|") != "a\nb|c" {
			t.Errorf("reads of %d bytes: %q", n, msgs)
		}
	}
}

// TestTextYear: short times get the current year, the year before when
// that would be in the future, and follow a new year inside the file.
func TestTextYear(t *testing.T) {
	read := func(now time.Time, lines ...string) ([]int64, Info) {
		r := newTextOptions(strings.NewReader(strings.Join(lines, "\n")+"\n"), "in", Options{Location: time.UTC})
		r.now = func() time.Time { return now }
		return times(r), InfoOf(r)
	}
	jan2 := time.Date(2027, 1, 2, 12, 0, 0, 0, time.UTC)
	ts, info := read(jan2, "Dec 31 23:59:59 h a: x", "Jan  1 00:00:01 h a: y")
	if ts[0] != rt(2026, 12, 31, 23, 59, 59, 0) || ts[1] != rt(2027, 1, 1, 0, 0, 1, 0) {
		t.Errorf("new year: %v", ts)
	}
	if info.Year != 2026 || !info.YearAssumed || !info.ZoneAssumed {
		t.Errorf("info %+v", info)
	}
	if a := info.Assumptions(); !strings.Contains(a, "year 2026 assumed") || !strings.Contains(a, "UTC") {
		t.Errorf("assumptions: %s", a)
	}
	ts, _ = read(jan2, "Jan  1 00:00:01 h a: y", "Dec 31 23:59:59 h a: x") // journalctl -r
	if ts[1] != rt(2026, 12, 31, 23, 59, 59, 0) {
		t.Errorf("reverse: %v", ts)
	}
	r := newTextOptions(strings.NewReader("Mar  1 00:00:00 h a: x\n"), "in", Options{Location: time.UTC, Year: 2020})
	e, _ := r.Next()
	if e.RealtimeUS != rt(2020, 3, 1, 0, 0, 0, 0) || InfoOf(r).YearAssumed {
		t.Errorf("given year: %d %+v", e.RealtimeUS, InfoOf(r))
	}
}

// TestTextZones: short times are read in the given zone; short-full zone
// names are resolved in it, summer and winter; unknown names are reported.
func TestTextZones(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skipf("no zoneinfo: %v", err)
	}
	in := "Nov 25 10:46:40 h a: x\n" +
		"Wed 2026-11-25 10:46:40 CET h a: x\n" +
		"Sat 2026-07-25 11:46:40 CEST h a: x\n" +
		"Wed 2026-11-25 10:46:40 XYZ h a: x\n"
	r := textOpts(in, Options{Location: berlin})
	ts := times(r)
	want := []int64{rt(2026, 11, 25, 9, 46, 40, 0), rt(2026, 11, 25, 9, 46, 40, 0), rt(2026, 7, 25, 9, 46, 40, 0), rt(2026, 11, 25, 9, 46, 40, 0)}
	for i := range want {
		if i >= len(ts) || ts[i] != want[i] {
			t.Fatalf("times %v, want %v", ts, want)
		}
	}
	info := InfoOf(r)
	if info.Format != FormatShortFull || !info.ZoneAssumed || !strings.Contains(info.Zone, `"XYZ" on 1 lines`) {
		t.Errorf("info %+v", info)
	}
}

// TestTextWarnings: a binary file and an empty input are flagged, naming
// the format read and the way out.
func TestTextWarnings(t *testing.T) {
	bin := strings.Repeat("\x7fELF\x02\x01\x01\x00\x00\x00\n", 20) + "GLIBC_2.2.5\n"
	for _, tc := range []struct{ in, want string }{
		{bin, "20 of 21 lines do not look like journal output (read as cat)"},
		{"", "0 entries read (format text, 0 lines)"},
		{"-- No entries --\n", "0 entries read (format text, 1 lines)"},
		{"Nov 25 09:46:40 h a: x\nfoo\nbar\n", "2 of 3 lines do not look like journal output (read as short)"},
	} {
		r := textOpts(tc.in, Options{})
		collect(t, r, 100)
		w := InfoOf(r).Warning()
		if !strings.Contains(w, tc.want) || !strings.Contains(w, "journalctl -o json") {
			t.Errorf("%q: warning %q, want %q", tc.in, w, tc.want)
		}
	}
}

func TestParseFormatTextModes(t *testing.T) {
	for _, f := range TextFormats {
		if got, err := ParseFormat(string(f)); err != nil || got != f {
			t.Errorf("%s: %v %v", f, got, err)
		}
	}
	if _, err := ParseFormat("shrot"); err == nil || !strings.Contains(err.Error(), "short-iso") {
		t.Errorf("unknown format error: %v", err)
	}
	// A forced mode reads only its own prefix: a short-iso line forced as
	// short is a plain message.
	r := textOpts("2026-11-25T09:46:40+0000 h a: x\n", Options{Format: "short"})
	e, err := r.Next()
	if err != nil || string(e.Message) != "2026-11-25T09:46:40+0000 h a: x" {
		t.Errorf("forced short: %v %v", e, err)
	}
	r = textOpts("Nov 25 09:46:40 h a: x\n", Options{Format: "cat"})
	if e, _ := r.Next(); string(e.Message) != "Nov 25 09:46:40 h a: x" {
		t.Errorf("forced cat: %q", e.Message)
	}
}
