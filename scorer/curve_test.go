package scorer_test

import (
	"hash/fnv"
	"os"
	"testing"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/patterns"
	"github.com/stemedb/stemewatch/scorer"
)

// TestCatalogueLearningCurve answers "would reading more libraries help?":
// leave-one-source-out, with the fallback trained on a fraction of the other
// sources (three fixed draws per fraction), scored on the held-out source,
// with the rules and (the column that generalizes) without. A curve still
// rising at 100% says more sources will still pay; a flat one says the
// features or the labels are the limit. Run with STEMEWATCH_CURVE=1.
func TestCatalogueLearningCurve(t *testing.T) {
	if os.Getenv("STEMEWATCH_CURVE") == "" {
		t.Skip("set STEMEWATCH_CURVE=1 and -timeout 60m to run (ten trainings a source, about 8,000 in all; the folds run on every core)")
	}
	cat := catalogue(t)
	rules := scorer.RuleExamples(patterns.Default())
	bySource, sources := groupBySource(cat)
	for _, frac := range []float64{0.25, 0.5, 0.75, 1} {
		draws := 3
		if frac == 1 {
			draws = 1
		}
		withRules, alone := tally{}, tally{}
		for draw := 0; draw < draws; draw++ {
			inOrder(len(sources), func(i int) trained {
				src := sources[i]
				held := []string{src}
				for _, o := range sources {
					if o != src && !kept(o, draw, frac) {
						held = append(held, o)
					}
				}
				return train(cat, rules, held...)
			}, func(_ int, tr trained) {
				if tr.err != nil {
					t.Fatal(tr.err)
				}
				c := classifier.NewWithFallback(patterns.Default(), tr.m)
				sc := scorer.New(tr.m)
				for _, e := range bySource[tr.held[0]] {
					for _, sh := range shapes {
						v := c.Classify(&classifier.Entry{Message: []byte(sh.render("ERROR", e.Message)), Priority: 6})
						withRules.add("", v.Error && v.ErrorType == e.Type)
					}
					alone.add("", sc.Predict([]byte(e.Message)).Type == e.Type)
				}
			})
		}
		t.Logf("trained on %3.0f%% of the other sources (%d draws): rules+fallback %.1f%%, fallback alone %.1f%%",
			100*frac, draws, withRules.pct(""), alone.pct(""))
	}
}

// kept reports whether source o is in draw d of a fraction f of sources.
func kept(o string, d int, f float64) bool {
	h := fnv.New64a()
	h.Write([]byte{byte(d)})
	h.Write([]byte(o))
	return float64(h.Sum64()%1000) < f*1000
}
