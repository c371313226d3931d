package patterns

import (
	"bytes"
	"reflect"
	"testing"
)

func TestSplitBranches(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{`a|b`, []string{`a`, `b`}},
		{`(?ix) a\s+b | (?:c|d)e | [|(]x`, []string{`(?ix) a\s+b `, `(?ix) (?:c|d)e `, `(?ix) [|(]x`}},
		{`(?i:a|b)`, nil},                   // one alternative
		{`^(?!x)(?:a|b)`, nil},              // one alternative
		{`a\|b`, nil},                       // an escaped bar
		{`[]|]x|y`, []string{`[]|]x`, `y`}}, // a leading ']' is literal
		{`(a)|\1`, nil},                     // backreference
		{`(?<n>a)|\k<n>`, nil},              // named backreference
		{`a(?i)b|c`, nil},                   // options mid-pattern reach c
		{"(?x) a # x|y\n | b", nil},         // comment
		{`[a-z-[aeiou]]|b`, nil},            // class subtraction
		{`a||b`, nil},                       // an empty alternative
		{`(a|b`, nil},                       // unbalanced (the whole would not compile)
	} {
		if got := splitBranches(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("splitBranches(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A split rule matches exactly the messages its whole pattern matches: on
// the catalogue of real wordings, the bundled hour and every example, for
// every default rule that splits (on the lines holding one of its
// keywords: the only ones it runs on).
func TestSplitRulesMatchAsWhole(t *testing.T) {
	msgs := testLines(t)
	split := 0
	for _, r := range Default().All() {
		r.once.Do(r.prepare)
		if r.alts == nil {
			continue
		}
		split++
		own := append(append([]string{}, r.Examples...), r.CounterExamples...)
		for i, m := range append(own, msgs...) {
			if i >= len(own) && !r.mayMatch([]byte(m)) {
				continue // the rule never runs on it
			}
			if _, err := r.whole(); err != nil {
				t.Fatalf("rule %s: %v", r.Name, err)
			}
			whole, err1 := r.wholeMatch(m)
			parts, err2 := r.match(m)
			if whole != parts || (err1 == nil) != (err2 == nil) {
				t.Fatalf("rule %s on %q: whole %v (%v), alternatives %v (%v)", r.Name, m, whole, err1, parts, err2)
			}
		}
	}
	if split < 10 {
		t.Errorf("only %d default rules split into alternatives", split)
	}
}

// The embedded rules are compiled lazily at run time (source.lazy), so
// their regexps, examples and counter-examples are checked here, as any
// user file is at load.
func TestDefaultRulesCheck(t *testing.T) {
	if _, err := Parse(Options{}, DefaultName, DefaultFile()); err != nil {
		t.Fatalf("embedded default rules: %v", err)
	}
	broken := bytes.Replace(DefaultFile(), []byte(`"wal append failed: fsync returned Input/output error (os error 5)"`),
		[]byte(`"wal append failed: fsync returned nothing (os error 5) input/output"`), 1)
	if bytes.Equal(broken, DefaultFile()) {
		t.Fatal("the example to break is gone from the default rules")
	}
	if _, err := Parse(Options{}, DefaultName, broken); err == nil {
		t.Error("an example that does not match passed the check")
	}
}
