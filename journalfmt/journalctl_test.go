package journalfmt

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/internal/sample"
	"github.com/stemedb/stemewatch/internal/testenv"
	"github.com/stemedb/stemewatch/patterns"
)

// counts is what classification of one input gives.
type counts struct {
	entries, errors, truncated int
	byType                     map[string]int
	first, last                int64
}

func classifyAll(t *testing.T, r Reader, c *classifier.Classifier) counts {
	t.Helper()
	k := counts{byType: map[string]int{}}
	for {
		e, err := r.Next()
		if err == io.EOF {
			return k
		}
		var me *MalformedError
		if errors.As(err, &me) {
			t.Fatalf("malformed: %v", err)
		}
		if err != nil {
			t.Fatal(err)
		}
		k.entries++
		if k.first == 0 {
			k.first = e.RealtimeUS
		}
		k.last = e.RealtimeUS
		if e.Truncated && len(e.Message) == 0 {
			k.truncated++
			continue
		}
		v := c.Classify(e)
		if v.Error {
			k.errors++
			k.byType[v.ErrorType]++
		}
	}
}

// TestJournalctlTextModes turns the bundled hour into a real journal file
// with systemd-journal-remote, prints it with the real journalctl in each
// text mode, and checks that reading the text gives the entries, the error
// count and the per-type counts of `journalctl -o json` (within 0.5%), and
// the same first and last times (to the second where the mode prints
// seconds). The year of short times is given (the sample is from 2026;
// inference from the clock is TestTextYear's).
func TestJournalctlTextModes(t *testing.T) {
	testenv.RequireProgram(t, "/usr/bin/journalctl")
	export := sample.Read(t, "sample.export.gz")
	file := testenv.ExportToJournal(t, t.TempDir(), "sample", export)
	print := func(mode string) []byte {
		cmd := exec.Command("journalctl", "--file", file, "-o", mode)
		cmd.Env = append(os.Environ(), "TZ=UTC")
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("journalctl -o %s: %v", mode, err)
		}
		return out
	}
	set, err := patterns.Load(patterns.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := classifier.New(set)
	jr, err := NewReader(bytes.NewReader(print("json")), "json", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := classifyAll(t, jr, c)
	if want.entries != 20000 || want.errors < 1000 {
		t.Fatalf("json: %d entries, %d errors", want.entries, want.errors)
	}
	for _, mode := range []Format{FormatShort, FormatShortISO, FormatShortISOPrecise, FormatShortPrecise,
		FormatShortFull, FormatShortUnix, FormatWithUnit, FormatShortMonotonic} {
		t.Run(string(mode), func(t *testing.T) {
			r, err := NewReader(bytes.NewReader(print(string(mode))), string(mode), Options{Location: time.UTC, Year: 2026})
			if err != nil {
				t.Fatal(err)
			}
			got := classifyAll(t, r, c)
			info := InfoOf(r)
			if info.Format != mode || info.Foreign != 0 || info.Warning() != "" && mode != FormatShortMonotonic {
				t.Errorf("info %+v, warning %q", info, info.Warning())
			}
			if got.entries != want.entries {
				t.Errorf("entries %d, json %d", got.entries, want.entries)
			}
			within := func(what string, g, w int) {
				if d := g - w; d*d*200*200 > w*w {
					t.Errorf("%s: %d, json %d (more than 0.5%% apart)", what, g, w)
				}
			}
			within("errors", got.errors, want.errors)
			for typ, n := range want.byType {
				within(typ, got.byType[typ], n)
			}
			for typ, n := range got.byType {
				if want.byType[typ] == 0 {
					t.Errorf("%s: %d, none in json", typ, n)
				}
			}
			if mode == FormatShortMonotonic {
				if got.first != 0 || !info.NoWallClock {
					t.Errorf("monotonic gave wall times: %d, %+v", got.first, info)
				}
				return
			}
			// Modes without fractions print whole seconds.
			unit := int64(1e6)
			switch mode {
			case FormatShortPrecise, FormatShortISOPrecise, FormatShortUnix:
				unit = 1
			}
			if got.first != want.first/unit*unit || got.last != want.last/unit*unit {
				t.Errorf("first/last %d/%d, json %d/%d", got.first, got.last, want.first, want.last)
			}
		})
	}
}

// TestJournalctlVerboseAndPretty prints the bundled hour with the real
// journalctl -o verbose, -o verbose --all and -o json-pretty, and checks,
// entry by entry, that reading it gives what reading `journalctl -o json
// --all` gives: cursor, time, priority, unit, host, identifier and message
// (multi-line messages included), except for the messages journalctl did
// not show without --all (verbose's "[N blob data]": ANSI colours; JSON's
// null: over 4096 bytes), which are Truncated.
func TestJournalctlVerboseAndPretty(t *testing.T) {
	testenv.RequireProgram(t, "/usr/bin/journalctl")
	export := sample.Read(t, "sample.export.gz")
	file := testenv.ExportToJournal(t, t.TempDir(), "sample", export)
	print := func(args ...string) []byte {
		cmd := exec.Command("journalctl", append([]string{"--file", file}, args...)...)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("journalctl %v: %v", args, err)
		}
		return out
	}
	jr, err := NewReader(bytes.NewReader(print("-o", "json", "--all")), "json", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := records(t, jr)
	for _, tc := range []struct {
		args   []string
		format Format
		blobs  bool // some messages not shown (blob data, or null)
	}{
		{[]string{"-o", "verbose"}, FormatVerbose, true},
		{[]string{"-o", "verbose", "--all"}, FormatVerbose, false},
		{[]string{"-o", "json-pretty"}, FormatJSONPretty, true},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			out := print(tc.args...)
			if f := Detect(out[:4096]); f != tc.format {
				t.Fatalf("detected %s", f)
			}
			vr, err := NewReader(bytes.NewReader(out), "saved", Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := records(t, vr)
			if len(got) != len(want) || len(want) != 20000 {
				t.Fatalf("%s: %d entries, json: %d", tc.format, len(got), len(want))
			}
			blobs, multi := 0, 0
			for i := range want {
				g, w := got[i], want[i]
				if g.trunc && !g.hasMsg {
					blobs++
					g.msg, g.trunc, g.hasMsg = w.msg, w.trunc, w.hasMsg
				}
				if strings.Contains(w.msg, "\n") {
					multi++
				}
				if g != w {
					t.Fatalf("entry %d:\n %s %+v\n json    %+v", i+1, tc.format, g, w)
				}
			}
			info := InfoOf(vr)
			if info.Format != tc.format || info.Entries != 20000 || tc.blobs != (blobs > 0) ||
				tc.format == FormatVerbose && info.Blobs != blobs {
				t.Errorf("info %+v, %d messages not shown", info, blobs)
			}
			if multi == 0 {
				t.Errorf("no multi-line message in the sample: the continuation lines went untested")
			}
			t.Logf("20000 entries alike; %d multi-line messages, %d not shown", multi, blobs)
		})
	}
}
