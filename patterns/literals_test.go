package patterns

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"math/rand/v2"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

func TestRequiredLiterals(t *testing.T) {
	for _, c := range []struct {
		pattern string
		want    []string
	}{
		{`connection reset`, []string{"connection reset"}},
		{`(?i)Connection\s+Reset`, []string{"connection"}},
		{`(?i)\bmissing\b`, []string{"missing"}}, // "ss" is parsed as a loop of two
		{`timed\s+out|deadline`, []string{"timed", "deadline"}},
		{`abc|x`, nil}, // an alternative holds only "x": too short
		{`(?:foo)?bar`, []string{"bar"}},
		{`(?:foo)?`, nil}, // may match the empty string
		{`(?:abc)+`, []string{"abc"}},
		{`(?:abc)*`, nil},
		{`[A-Z]+Error`, []string{"error"}},
		{`(?-i:Token)Invalid`, []string{"tokeninvalid"}},
		{`foo\bbar`, []string{"foobar"}}, // zero-width: one run
		{`(?<!exec\s)format\s+error`, []string{"format"}},
		{`(?=abc)x`, nil},                   // lookarounds are not read
		{`(?r)abc`, nil},                    // right to left
		{`é+abc|déf`, nil},                  // a non-ASCII literal
		{`(a)bcd\1`, []string{"bcd"}},       // a group ends a run
		{`(?i:K)elvin`, []string{"kelvin"}}, // K also folds the Kelvin sign: ASCII messages only
		{`.*?(?:alpha|beta)`, []string{"alpha", "beta"}},
	} {
		got := requiredLiterals(c.pattern)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("requiredLiterals(%q) = %q, want %q", c.pattern, got, c.want)
		}
	}
}

// TestRequiredLiteralsNeverSkipAMatch: with the required-strings check a
// rule matches exactly what its regexps match without it, for every
// default rule, on its own examples, the catalogue of real wordings (bare
// and wrapped), the bundled hour, and all of these with their letters'
// case scrambled and a random word inserted (seeded).
func TestRequiredLiteralsNeverSkipAMatch(t *testing.T) {
	msgs := testLines(t)
	rng := rand.New(rand.NewPCG(1, 2))
	words := regexp.MustCompile(`\S+`)
	n := len(msgs)
	for _, m := range msgs[:n] {
		b := []byte(m)
		for i := range b {
			if rng.IntN(3) == 0 {
				if 'a' <= b[i] && b[i] <= 'z' {
					b[i] -= 'a' - 'A'
				} else if 'A' <= b[i] && b[i] <= 'Z' {
					b[i] += 'a' - 'A'
				}
			}
		}
		msgs = append(msgs, string(b))
		ws := words.FindAllString(m, -1)
		if len(ws) > 1 {
			msgs = append(msgs, strings.Replace(m, " ", " "+ws[rng.IntN(len(ws))]+" ", 1))
		}
	}
	checked, skipped, gated := 0, 0, 0
	for _, r := range Default().All() {
		r.once.Do(r.prepare)
		own := append(append([]string{}, r.Examples...), r.CounterExamples...)
		for i, m := range append(own, msgs...) {
			// The rule runs on lines with one of its keywords; one in fifty
			// of the others are checked as well.
			if i >= len(own) && i%50 != 0 && !r.mayMatch([]byte(m)) {
				continue
			}
			with, err1 := r.match(m)
			without, err2 := matchEvery(r, m)
			if with != without || (err1 == nil) != (err2 == nil) {
				t.Fatalf("rule %s on %q: with the required strings %v (%v), without %v (%v)", r.Name, m, with, err1, without, err2)
			}
			checked++
			if !without {
				skipped++
			}
			gated += gatedOut(r, m)
		}
	}
	t.Logf("%d rule-message pairs agree (%d not matching); %d regexps skipped for a missing string", checked, skipped, gated)
	// The check must be doing something, or this test proves nothing.
	if gated < checked {
		t.Errorf("only %d regexps skipped over %d pairs: is the required-strings check on?", gated, checked)
	}
}

// gatedOut counts the regexps of r that the required strings skip on s.
func gatedOut(r *Rule, s string) int {
	var buf [foldMax]byte
	folded, ascii := foldASCII(buf[:], []byte(s))
	if !ascii {
		return 0
	}
	if r.alts == nil {
		if r.req != nil && !holdsAny(folded, r.req) {
			return 1
		}
		return 0
	}
	n := 0
	for _, b := range r.alts {
		if b.req != nil && !holdsAny(folded, b.req) {
			n++
		}
	}
	return n
}

// matchEvery is Rule.match without the required-strings check.
func matchEvery(r *Rule, s string) (bool, error) {
	if r.alts == nil {
		return r.wholeMatch(s)
	}
	return r.matchAlternatives(s, nil, false)
}

// testLines are the catalogue's wordings, bare and wrapped, and the
// bundled hour's lines.
func testLines(t *testing.T) []string {
	t.Helper()
	var msgs []string
	f, err := os.Open("../testdata/catalogue.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var w struct{ Message string }
		if err := json.Unmarshal(sc.Bytes(), &w); err != nil {
			t.Fatal(err)
		}
		msgs = append(msgs, w.Message, "ERROR x: "+w.Message+" (os error 5)")
	}
	f.Close()
	g, err := os.Open("../testdata/sample.txt.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	zr, err := gzip.NewReader(g)
	if err != nil {
		t.Fatal(err)
	}
	sc = bufio.NewScanner(zr)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		msgs = append(msgs, sc.Text())
	}
	return msgs
}

// BenchmarkRuleMatchRequired is auth.credentials on an error line none of
// its alternatives matches, with and without the required strings.
func BenchmarkRuleMatchRequired(b *testing.B) {
	var r *Rule
	for _, x := range Default().All() {
		if x.Name == "auth.credentials" {
			r = x
		}
	}
	r.once.Do(r.prepare)
	line := "2026-11-25T09:46:40.123456Z ERROR stemedb_api::query: token bucket refill for agent-0042 lagged behind the scheduler"
	b.Run("with", func(b *testing.B) {
		for b.Loop() {
			r.match(line)
		}
	})
	b.Run("without", func(b *testing.B) {
		for b.Loop() {
			matchEvery(r, line)
		}
	})
}

// An alternative compiles only when a message holding its strings reaches
// it: a connection-refused line leaves the network rule's alternatives
// whose strings it lacks uncompiled.
func TestAlternativesCompileWhenFirstReached(t *testing.T) {
	var r *Rule
	for _, x := range Default().All() {
		if x.Name == "network.connection" {
			r = x
		}
	}
	if r == nil {
		t.Fatal("no network.connection rule")
	}
	if ok, err := r.match("rpc to node2:18182 failed: Connection refused (os error 111)"); !ok || err != nil {
		t.Fatalf("match: %v %v", ok, err)
	}
	compiled, gated := 0, 0
	for _, b := range r.alts {
		if b.re != nil {
			compiled++
		} else if b.req != nil {
			gated++
		}
	}
	if compiled == 0 || gated == 0 || compiled+gated > len(r.alts) {
		t.Fatalf("%d alternatives: %d compiled, %d gated and not compiled; want some of each", len(r.alts), compiled, gated)
	}
	t.Logf("%d of %d alternatives compiled for one line", compiled, len(r.alts))
}
