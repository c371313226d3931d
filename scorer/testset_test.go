package scorer_test

import (
	"os"
	"testing"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/patterns"
	"github.com/stemedb/stemewatch/scorer"
)

const testsetPath = "../testdata/testset.jsonl"

// TestTestSet measures the classifier as shipped (the default rules and the
// embedded fallback) on the test set: wordings gathered blind from sources
// in no catalogue batch, which nothing is trained on and no rule is written
// from (scripts/catalogue/testset.py). It is the figure to expect on a
// library nobody has read. STEMEWATCH_MISSES=1 lists the misses.
func TestTestSet(t *testing.T) {
	f, err := os.Open(testsetPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	set, err := scorer.ReadCatalogue(f, testsetPath)
	if err != nil {
		t.Fatal(err)
	}
	// The test set stays apart: no source of it is a catalogue source and
	// no wording of it is in the catalogue, or the figure measures nothing.
	cat := catalogue(t)
	sources, wordings := map[string]bool{}, map[string]bool{}
	for _, e := range cat {
		sources[e.Source] = true
		wordings[e.Message] = true
	}
	for _, e := range set {
		if sources[e.Source] {
			t.Errorf("test set source %s is also a catalogue source", e.Source)
		}
		if wordings[e.Message] {
			t.Errorf("test set wording %q is also in the catalogue", e.Message)
		}
	}
	c := classifier.New(patterns.Default())
	sc := scorer.New(scorer.Default())
	s, alone := newScores(), tally{}
	for _, e := range set {
		s.classify(c, e)
		ok := sc.Predict([]byte(e.Message)).Type == e.Type
		alone.add("", ok)
		alone.add("type "+e.Type, ok)
	}
	_, setSources := groupBySource(set)
	t.Logf("test set, %d wordings from %d sources, classifier as shipped (3 shapes | fallback alone, bare wording)", len(set), len(setSources))
	for _, k := range s.typ.keys() {
		t.Logf("  %-45s %6.1f%%  (%d/%d)", k, s.typ.pct(k), s.typ[k][0], s.typ[k][1])
	}
	for _, ty := range scorer.Classes {
		t.Logf("  fallback alone, %-29s %6.1f%%", ty, alone.pct("type "+ty))
	}
	t.Logf("  fallback alone, all %31.1f%%", alone.pct(""))
	for _, k := range s.wrong.keys() {
		t.Logf("  misses: %-37s %4d", k, s.wrong[k][1])
	}
	if os.Getenv("STEMEWATCH_MISSES") != "" {
		for _, m := range s.misses {
			t.Logf("  miss: %s", m)
		}
	}
	// No goal is asserted on a set that measures generalization: the
	// floors are below what holds today (82.28% of types, 15 of 15
	// signature renderings at the thirteenth look; 82.85% at the eighth
	// and twelfth, 80.57% at the eleventh), so
	// that a regression fails. A look never chooses a change: the floor
	// follows the figure, the change stays.
	// The signature head is allowed 1 false rendering in 150, not 200: the
	// set has 170 wordings that are no signature failure, so one wording is
	// 3 in 510. At the sixth to eighth looks that wording is russh's "Wrong packet
	// authentication code", a MAC that did not verify: the catalogue's
	// convention counts it, the test set (labelled before that convention)
	// does not, and a label is not changed after a look.
	reportWith(t, "test set", s, 80, 90, 150)
}
