package scorer_test

import (
	"testing"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/patterns"
)

// TestCatalogueCrateRootTarget: tracing names an event logged from a
// crate's root module by the crate alone ("stemedb_api: ..." where a
// module's event says "stemedb_api::handlers: ..."). Every wording of the
// catalogue, bare and wrapped in the service's context, gets the same
// verdict (level, type, signature) under either target: the target is
// where the event was logged, not what it says.
func TestCatalogueCrateRootTarget(t *testing.T) {
	cat := catalogue(t)
	c := classifier.New(patterns.Default())
	differ := 0
	for _, e := range cat {
		for _, wrap := range []string{"", "request failed: "} {
			line := func(target string) []byte {
				return []byte("2026-11-25T09:46:40.123456Z ERROR " + target + ": " + wrap + e.Message)
			}
			a := c.Classify(&classifier.Entry{Message: line("stemedb_api::handlers"), Priority: 6})
			b := c.Classify(&classifier.Entry{Message: line("stemedb_api"), Priority: 6})
			if a.Error != b.Error || a.ErrorType != b.ErrorType || a.Signature != b.Signature {
				differ++
				if differ <= 10 {
					t.Errorf("%q: %s %v under a module's target, %s %v under the crate's", wrap+e.Message, a.ErrorType, a.Signature, b.ErrorType, b.Signature)
				}
			}
		}
	}
	if differ > 0 {
		t.Errorf("%d of %d renderings differ with the target", differ, 2*len(cat))
	}
}
