package scorer_test

import (
	"testing"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/patterns"
	"github.com/stemedb/stemewatch/scorer"
)

// sigFloors are the signature head's floors TestSignatureFloorSweep
// compares (DefaultSignatureFloor among them).
var sigFloors = []float64{0.3, 0.4, 0.5, 0.6, 0.7, 0.8}

// TestSignatureFloorSweep shows what the signature head's floor trades:
// the catalogue's sources dealt into STEMEWATCH_SIGSWEEP folds (20: the
// folds of TestCatalogueKFold), a fallback trained without each fold, and
// the fold's wordings classified in the three shapes at ERROR through the
// whole classifier with the same trained head at each floor of sigFloors.
// It prints, per floor, the signature failures found, those missed and
// of them the ones the head's gate shuts on (MentionsSignature: no floor
// reaches them), and the false ones, in renderings. The floor is no
// parameter of training: one training per fold serves every floor.
func TestSignatureFloorSweep(t *testing.T) {
	k := foldsFromEnv(t, "STEMEWATCH_SIGSWEEP")
	set := patterns.Default()
	type count struct{ found, missed, shut, false, head, typed int }
	counts := make([]count, len(sigFloors))
	srcs, wordings := eachFold(t, k, func(held []scorer.CatalogueEntry, _ *classifier.Classifier, trained *scorer.Model) {
		for j, floor := range sigFloors {
			m := *trained
			m.Sig.Floor = floor
			c := classifier.NewWithFallback(set, &m)
			n := &counts[j]
			for _, e := range held {
				for _, sh := range shapes {
					v := c.Classify(&classifier.Entry{Message: []byte(sh.render("ERROR", e.Message)), Priority: 6})
					if v.Error && v.ErrorType == e.Type {
						n.typed++
					}
					switch {
					case e.Signature && v.Signature:
						n.found++
					case e.Signature:
						n.missed++
						if !scorer.MentionsSignature([]byte(e.Message)) {
							n.shut++ // no floor reaches it
						}
					case v.Signature:
						n.false++
						if v.Rule == "fallback.signature" {
							n.head++
						}
					}
				}
			}
		}
	})
	t.Logf("%d folds of %d sources, %d wordings; renderings (three per wording)", k, srcs, wordings)
	t.Logf("  %5s  %6s  %6s  %10s  %7s  %6s  %11s  %6s", "floor", "found", "missed", "gate shut", "recall", "false", "false (head)", "typed")
	for j, floor := range sigFloors {
		n := counts[j]
		t.Logf("  %5.2f  %6d  %6d  %10d  %6.1f%%  %6d  %11d  %6d", floor, n.found, n.missed, n.shut,
			100*float64(n.found)/float64(n.found+n.missed), n.false, n.head, n.typed)
	}
	if counts[0].found < counts[len(counts)-1].found {
		t.Errorf("a lower floor found fewer signature failures (%d at %.2f, %d at %.2f): the floor is not what decides",
			counts[0].found, sigFloors[0], counts[len(counts)-1].found, sigFloors[len(sigFloors)-1])
	}
}
