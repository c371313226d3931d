package scorer_test

import (
	"os"
	"testing"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/patterns"
	"github.com/stemedb/stemewatch/scorer"
)

// freshSources were gathered for the catalogue (scripts/catalogue/fresh.py)
// after the rules, features and meaning groups of issue #10 were written;
// testdata/patterns-before-fresh.toml is the rule file as it was then.
var freshSources = []string{
	"LMDB/lmdb", "meilisearch/heed", "spacejam/sled", "fjall-rs/lsm-tree", "sqlite/sqlite",
	"launchbadge/sqlx", "sfackler/rust-postgres", "nix-rust/nix", "jamesmunns/postcard",
	"3Hren/msgpack-rust", "BurntSushi/rust-snappy", "dtolnay/serde-yaml", "snapview/tungstenite-rs",
	"actix/actix-web", "apache/arrow-rs-object-store", "nats-io/nats.rs", "RustCrypto/RSA",
	"brycx/pasetors", "briansmith/ring",
}

func rulesFile(t *testing.T, path string) *patterns.Set {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	set, err := patterns.Parse(patterns.Options{}, path, data)
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// freshScore classifies the fresh wordings with rules and a fallback
// trained without them: all fresh sources held out at once (the classifier
// as it stood when they were gathered), or one at a time (LOSO).
func freshScore(t *testing.T, cat []scorer.CatalogueEntry, rules *patterns.Set, loso bool) (*scores, tally) {
	t.Helper()
	s, alone := newScores(), tally{}
	examples := scorer.RuleExamples(rules)
	groups := [][]string{freshSources}
	if loso {
		groups = nil
		for _, src := range freshSources {
			groups = append(groups, []string{src})
		}
	}
	for _, held := range groups {
		m, err := scorer.Train(scorer.TrainingSet(cat, examples, held...), scorer.TrainOptions{})
		if err != nil {
			t.Fatal(err)
		}
		c := classifier.NewWithFallback(rules, m)
		sc := scorer.New(m)
		for _, e := range cat {
			for _, src := range held {
				if e.Source == src {
					s.classify(c, e)
					ok := sc.Predict([]byte(e.Message)).Type == e.Type
					alone.add("", ok)
					alone.add("type "+e.Type, ok)
				}
			}
		}
	}
	return s, alone
}

// TestCatalogueFresh: the fresh batch with the rules written before it was
// gathered and with the rules as they are now, each time with a fallback
// that never saw the wordings scored.
func TestCatalogueFresh(t *testing.T) {
	cat := catalogue(t)
	for _, run := range []struct {
		name  string
		rules *patterns.Set
		loso  bool
	}{
		{"before (rules then, fallback without any fresh source)", rulesFile(t, "../testdata/patterns-before-fresh.toml"), false},
		{"before, leave-one-source-out", rulesFile(t, "../testdata/patterns-before-fresh.toml"), true},
		{"now, leave-one-source-out", patterns.Default(), true},
	} {
		s, alone := freshScore(t, cat, run.rules, run.loso)
		if s.typ[""] == nil {
			t.Fatal("no fresh wordings in the catalogue")
		}
		t.Logf("fresh %s: %d wordings: rules+fallback %.1f%% (3 shapes), fallback alone %.1f%%, signature recall %.1f%% (%d/%d), false signatures %d, INFO/WARN called errors %d",
			run.name, s.typ[""][1]/len(shapes), s.typ.pct(""), alone.pct(""), s.sig.pct(""), s.sig[""][0], s.sig[""][1],
			s.sigFP[""][1]-s.sigFP[""][0], s.quiet[""][1]-s.quiet[""][0])
		for _, c := range scorer.Classes {
			t.Logf("  %-22s %6.1f%%  fallback alone %6.1f%%", c, s.typ.pct("type "+c), alone.pct("type "+c))
		}
		for _, sh := range shapes {
			t.Logf("  shape %-16s %6.1f%%", sh.name, s.typ.pct("shape "+sh.name))
		}
		if testing.Verbose() && os.Getenv("STEMEWATCH_MISSES") != "" {
			for _, m := range s.misses {
				t.Logf("  miss: %s", m)
			}
		}
		if n := s.quiet[""][1] - s.quiet[""][0]; n > 0 {
			t.Errorf("fresh %s: %d INFO/WARN entries called errors", run.name, n)
		}
	}
}
