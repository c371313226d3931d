package scorer_test

import (
	"os"
	"testing"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/patterns"
	"github.com/stemedb/stemewatch/scorer"
)

// TestAgreementDrift asks whether the undisputed subset of the second
// reading moves because the catalogue grew or because retraining moves
// it: leave-one-source-out over the sources of the 800 wordings read
// again, in three visiting orders, once with the catalogue as it stood
// before batch STEMEWATCH_DRIFT_BEFORE and once with all of it. Opt-in,
// about ten minutes a catalogue on two cores:
//
//	STEMEWATCH_DRIFT_BEFORE=holdout36 go test -count=1 -timeout 60m -run TestAgreementDrift -v ./scorer/
func TestAgreementDrift(t *testing.T) {
	before := os.Getenv("STEMEWATCH_DRIFT_BEFORE")
	if before == "" {
		t.Skip("set STEMEWATCH_DRIFT_BEFORE to a batch name (holdout36) and -timeout 60m to run")
	}
	full := catalogue(t)
	var old []scorer.CatalogueEntry
	for _, e := range full {
		if e.Batch == before {
			break
		}
		old = append(old, e)
	}
	if len(old) == len(full) {
		t.Fatalf("no batch %q in the catalogue", before)
	}
	set := patterns.Default()
	rules := scorer.RuleExamples(set)
	rows := secondReadings(t, full)
	read := map[string]bool{}
	for _, r := range rows {
		read[r.Source] = true
	}
	for _, c := range []struct {
		name string
		cat  []scorer.CatalogueEntry
	}{{"before " + before, old}, {"all", full}} {
		bySource, sources := groupBySource(c.cat)
		var held []string
		for _, s := range sources {
			if read[s] {
				held = append(held, s)
			}
		}
		for seed := uint64(0); seed < 3; seed++ {
			s := newAgreementScores(rows)
			inOrder(len(held), func(i int) trained {
				return trainWith(scorer.TrainOptions{Seed: seed}, c.cat, rules, held[i])
			}, func(_ int, tr trained) {
				if tr.err != nil {
					t.Fatal(tr.err)
				}
				cl := classifier.NewWithFallback(set, tr.m)
				for _, e := range bySource[tr.held[0]] {
					v := cl.Classify(&classifier.Entry{Message: []byte(shapes[0].render("ERROR", e.Message)), Priority: 6})
					s.add(e, verdictType(v))
				}
			})
			u := s.right[unanimous]
			t.Logf("%s (%d wordings), order %d: undisputed %d of %d (%.1f%%), all read again %d of %d",
				c.name, len(c.cat), seed, u[0], u[1], s.right.pct(unanimous), s.right[""][0], s.right[""][1])
		}
	}
}
