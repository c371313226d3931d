package journalfmt

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/stemedb/stemewatch/classifier"
)

// TestVerboseHostile: a line that is no field, a continuation with no
// field before it, and text before the first header each make their entry
// malformed, named by the line the entry starts on and the line at fault;
// reading goes on at the next header, and nothing else is lost.
func TestVerboseHostile(t *testing.T) {
	in := strings.Join([]string{
		"preamble",          // 1
		verboseHead,         // 2
		"    MESSAGE=ok",    // 3
		verboseHead,         // 4
		"garbage",           // 5
		"    MESSAGE=lost",  // 6
		verboseHead,         // 7
		"     early",        // 8
		verboseHead,         // 9
		"    PRIORITY=3",    // 10
		"    MESSAGE=last",  // 11
		"            line2", // 12
		"-- No entries --",  // 13
		"",
	}, "\n")
	r, err := NewReader(strings.NewReader(in), "saved.verbose", Options{Format: "verbose"})
	if err != nil {
		t.Fatal(err)
	}
	got := messagesAndErrors(t, r)
	want := []string{
		"saved.verbose:1: not a journalctl -o verbose entry header",
		"ok",
		"saved.verbose:4: line 5 is neither a field nor an entry header",
		"saved.verbose:7: line 8 continues no field",
		"last\nline2",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	if info := InfoOf(r); info.Entries != 2 || info.Lines != 13 {
		t.Errorf("info %+v", info)
	}
}

// TestVerboseDetect: a verbose header is detected as verbose from its
// first line; a line that only resembles one is text.
func TestVerboseDetect(t *testing.T) {
	for in, want := range map[string]Format{
		"\n" + verboseHead + "\n    MESSAGE=x\n":                        FormatVerbose,
		verboseHead + "\r\n":                                            FormatVerbose,
		"Thu 2026-12-03 07:06:49 UTC [s=x;i=1]\n":                       FormatText,
		"note [s=abc;t=zz] something\n":                                 FormatText,
		strings.Replace(verboseHead, "t=661b56746d70d", "t=", 1) + "\n": FormatText,
	} {
		if got := Detect([]byte(in)); got != want {
			t.Errorf("Detect(%q) = %s, want %s", in, got, want)
		}
	}
	if !bytes.Contains([]byte(verboseHead), []byte("t=661b56746d70d")) {
		t.Fatal("verboseHead changed: the last case tests nothing")
	}
}

// TestVerboseValueCap: a value continued over many lines stops at the
// size cap: its entry is malformed, not held in memory without end, and
// the next entry is read.
func TestVerboseValueCap(t *testing.T) {
	var b strings.Builder
	b.WriteString(verboseHead + "\n    MESSAGE=start\n")
	for range 100 {
		b.WriteString("            " + strings.Repeat("x", 50) + "\n")
	}
	b.WriteString(verboseHead + "\n    MESSAGE=next\n")
	r := newVerbose(strings.NewReader(b.String()), "big.verbose", 1000)
	_, err := r.Next()
	var me *MalformedError
	if !errors.As(err, &me) || me.Line != 1 || !strings.Contains(err.Error(), "longer than 1000 bytes") {
		t.Fatalf("first entry: %v", err)
	}
	if cap(r.msg) > 2000 {
		t.Errorf("message buffer grew to %d bytes past a cap of 1000", cap(r.msg))
	}
	e, err := r.Next()
	if err != nil || string(e.Message) != "next" {
		t.Fatalf("second entry: %v, %v", e, err)
	}
}

// messagesAndErrors reads r to its end: each entry's message, or the text
// of the MalformedError that took its place.
func messagesAndErrors(t *testing.T, r Reader) []string {
	t.Helper()
	return rendered(t, r, 1000, func(e classifier.Entry) string { return string(e.Message) })
}
