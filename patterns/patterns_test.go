package patterns

import (
	"strings"
	"testing"
)

func TestDefaultRulesCompileAndPassTheirExamples(t *testing.T) {
	s, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Rules) == 0 || len(s.Signature) == 0 {
		t.Fatalf("rules=%d signature=%d", len(s.Rules), len(s.Signature))
	}
}

// A rule's unless vetoes what its match matched: at load (an example it
// vetoes fails the check) and at run time.
func TestUnless(t *testing.T) {
	const rule = `format = 1
[[rule]]
name = "storage.zfs"
type = "StorageError"
keywords = ["zpool"]
match = '(?i)zpool \w+ (?:faulted|degraded)'
unless = '(?i)\bscrub\b'
examples = [%s]
counter_examples = ["zpool tank degraded during scrub"]
`
	s, err := Parse(Options{}, "u.toml", []byte(strings.Replace(rule, "%s", `"zpool tank degraded"`, 1)))
	if err != nil {
		t.Fatal(err)
	}
	r := s.All()[0]
	for msg, want := range map[string]bool{
		"zpool tank faulted":                 true,
		"zpool tank faulted; scrub repaired": false,
		"zpool tank online":                  false,
	} {
		if ok, _, err := r.Match([]byte(msg), Mask{}); ok != want || err != nil {
			t.Errorf("%q: match %v (%v), want %v", msg, ok, err, want)
		}
	}
	_, err = Parse(Options{}, "u.toml", []byte(strings.Replace(rule, "%s", `"zpool tank degraded after scrub"`, 1)))
	if err == nil || !strings.Contains(err.Error(), `example "zpool tank degraded after scrub" does not match`) {
		t.Errorf("an example the unless vetoes: %v", err)
	}
	_, err = Parse(Options{}, "u.toml", []byte(strings.Replace(strings.Replace(rule, "%s", `"zpool tank degraded"`, 1), `\bscrub\b`, `(scrub`, 1)))
	if err == nil || !strings.Contains(err.Error(), "unless does not compile") {
		t.Errorf("an unless that does not compile: %v", err)
	}
}
