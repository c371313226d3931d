package scorer_test

import (
	"os"
	"testing"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/patterns"
	"github.com/stemedb/stemewatch/scorer"
)

// TestCatalogueLOSOSeeds is leave-one-source-out retrained with five
// visiting orders: the spread is how much of a difference between two
// figures is the training's order and not the change. Slow (five LOSO
// runs): STEMEWATCH_SEEDS=1.
func TestCatalogueLOSOSeeds(t *testing.T) {
	if os.Getenv("STEMEWATCH_SEEDS") == "" {
		t.Skip("set STEMEWATCH_SEEDS=1 and -timeout 60m to run (five leave-one-source-out runs, their folds on every core)")
	}
	cat := catalogue(t)
	set := patterns.Default()
	rules := scorer.RuleExamples(set)
	bySource, sources := groupBySource(cat)
	lo, hi := -1, -1
	for seed := uint64(0); seed < 5; seed++ {
		s := newScores()
		inOrder(len(sources), func(i int) trained {
			return trainWith(scorer.TrainOptions{Seed: seed}, cat, rules, sources[i])
		}, func(_ int, tr trained) {
			if tr.err != nil {
				t.Fatal(tr.err)
			}
			c := classifier.NewWithFallback(set, tr.m)
			for _, e := range bySource[tr.held[0]] {
				s.classify(c, e)
			}
		})
		right := s.typ[""][0]
		t.Logf("seed %d: leave-one-source-out %d of %d renderings (%.2f%%)", seed, right, s.typ[""][1], s.typ.pct(""))
		if lo < 0 || right < lo {
			lo = right
		}
		hi = max(hi, right)
	}
	t.Logf("spread over five orders: %d renderings (%d to %d)", hi-lo, lo, hi)
}
