package journalfmt

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// scanString finds what a byte-by-byte scan finds, wherever the quote or
// backslash falls against its 16- and 8-byte steps.
func TestScanStringMatchesNaive(t *testing.T) {
	naive := func(b []byte, j int) (int, bool) {
		esc := false
		for k := j; k < len(b); k++ {
			switch b[k] {
			case '"':
				return k, esc
			case '\\':
				esc = true
				k++
			}
		}
		return -1, esc
	}
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := []byte(`ab"\ ` + "\x80\xff")
	for range 20000 {
		b := make([]byte, rng.IntN(70))
		for i := range b {
			if rng.IntN(6) == 0 {
				b[i] = alphabet[rng.IntN(len(alphabet))]
			} else {
				b[i] = 'a' + byte(rng.IntN(26))
			}
		}
		j := 0
		if len(b) > 0 {
			j = rng.IntN(len(b))
		}
		gk, ge := scanString(b, j)
		wk, we := naive(b, j)
		if gk != wk || (wk >= 0 && ge != we) {
			t.Fatalf("scanString(%q, %d) = %d, %v; byte by byte %d, %v", b, j, gk, ge, wk, we)
		}
	}
}

// TestJSONPrettyHostile: a json-pretty object that does not parse is
// malformed, named by its first line, and reading goes on at the next
// object; one the input cuts off is named too. Nothing else is lost.
func TestJSONPrettyHostile(t *testing.T) {
	in := strings.Join([]string{
		"{",                          // 1
		"\t\"MESSAGE\" : \"ok\"",     // 2
		"}",                          // 3
		"{",                          // 4
		"\t\"MESSAGE\" : oops",       // 5
		"}",                          // 6
		"{\"MESSAGE\":\"one line\"}", // 7: JSON lines are read too
		"{",                          // 8
		"\t\"MESSAGE\" : \"cut",      // 9
	}, "\n")
	r, err := NewReader(strings.NewReader(in), "saved.json", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if f := InfoOf(r).Format; f != FormatJSONPretty {
		t.Fatalf("format %s", f)
	}
	got := messagesAndErrors(t, r)
	want := "ok|saved.json:4: line 5: invalid JSON at byte 14: invalid value|one line|saved.json:8: object not closed before the end of the input"
	if strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}
