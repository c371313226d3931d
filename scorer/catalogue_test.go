package scorer_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"sort"
	"testing"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/patterns"
	"github.com/stemedb/stemewatch/scorer"
)

const cataloguePath = "../testdata/catalogue.jsonl"

func catalogue(t testing.TB) []scorer.CatalogueEntry {
	t.Helper()
	f, err := os.Open(cataloguePath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cat, err := scorer.ReadCatalogue(f, cataloguePath)
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// The three shapes a wording is tried in: a plain tracing line, the same
// wrapped by the handler's "request failed: ...", and a JSON tracing line.
var shapes = []struct {
	name   string
	render func(level, msg string) string
}{
	{"plain", func(level, msg string) string {
		return "2026-11-25T09:46:40.123456Z " + level + " stemedb_api::handlers: " + msg
	}},
	{"wrapped", func(level, msg string) string {
		return "2026-11-25T09:46:40.123456Z " + level + " stemedb_api::handlers: request failed: " + msg
	}},
	{"json", func(level, msg string) string {
		m, _ := json.Marshal(msg)
		return `{"timestamp":"2026-11-25T09:46:40.123456Z","level":"` + level + `","fields":{"message":` + string(m) + `},"target":"stemedb_api::handlers"}`
	}},
}

func TestCatalogueWellFormed(t *testing.T) {
	cat := catalogue(t)
	if len(cat) < 500 {
		t.Errorf("catalogue has %d wordings, want at least 500", len(cat))
	}
	seen := map[string]bool{}
	types := map[string]int{}
	for i, e := range cat {
		k := e.Source + "\x00" + e.Message
		if e.Batch == "" {
			t.Errorf("entry %d: %q from %s names no batch", i+1, e.Message, e.Source)
		}
		if seen[k] {
			t.Errorf("entry %d: %q from %s twice", i+1, e.Message, e.Source)
		}
		seen[k] = true
		types[e.Type]++
	}
	for _, c := range scorer.Classes {
		if types[c] == 0 {
			t.Errorf("no %s wording in the catalogue", c)
		}
	}
}

// TestModelUpToDate fails when model_gen.go is not what `go generate
// ./scorer/` makes of the catalogue and the default rules.
func TestModelUpToDate(t *testing.T) {
	cat := catalogue(t)
	m, err := scorer.Train(scorer.TrainingSet(cat, scorer.RuleExamples(patterns.Default()), ""), scorer.TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := scorer.WriteGo(&b, m, fmt.Sprintf("Trained on %d catalogue wordings and the default rules' examples.", len(cat))); err != nil {
		t.Fatal(err)
	}
	have, err := os.ReadFile("model_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(have, b.Bytes()) {
		t.Fatal("model_gen.go is out of date: run `go generate ./scorer/` and commit the result")
	}
}

// tally counts right answers by a key.
type tally map[string]*[2]int // key -> {right, total}

func (t tally) add(key string, ok bool) {
	c := t[key]
	if c == nil {
		c = &[2]int{}
		t[key] = c
	}
	c[1]++
	if ok {
		c[0]++
	}
}

func (t tally) pct(key string) float64 {
	c := t[key]
	if c == nil || c[1] == 0 {
		return 100
	}
	return 100 * float64(c[0]) / float64(c[1])
}

func (t tally) keys() []string {
	var out []string
	for k := range t {
		if k != "" {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// result of classifying one catalogue wording in every shape.
type scores struct {
	typ, sig, sigFP, quiet tally
	// sigFPHead counts the false signatures the fallback's head made (the
	// rest are the signature rules').
	sigFPHead int
	// wrong counts the misses by kind: an error left Unclassified, given
	// another type, or an Unclassified one given a type.
	wrong  tally
	misses []string
}

func newScores() *scores {
	return &scores{typ: tally{}, sig: tally{}, sigFP: tally{}, quiet: tally{}, wrong: tally{}}
}

// verdictType is the type a verdict gives, "" when it is not an error.
func verdictType(v classifier.Verdict) string {
	if !v.Error {
		return ""
	}
	return v.ErrorType
}

// missKind names how a wording of type want was missed when it got type
// got ("" for no error): an Unclassified one given a type, an error left
// Unclassified, or an error given another type.
func missKind(want, got string) string {
	unclassified := scorer.Classes[scorer.NumClasses-1]
	switch {
	case want == unclassified:
		return "called an error of a type"
	case got == "" || got == unclassified:
		return "left Unclassified"
	default:
		return "another type"
	}
}

// classify runs c over e in the three shapes, at ERROR and (to check that
// nothing quiet becomes an error) at WARN and INFO, and returns the type
// the plain line got ("" when it was not called an error).
func (s *scores) classify(c *classifier.Classifier, e scorer.CatalogueEntry) (plain string) {
	for i, sh := range shapes {
		ent := &classifier.Entry{Message: []byte(sh.render("ERROR", e.Message)), Priority: 6}
		v := c.Classify(ent)
		ok := v.Error && v.ErrorType == e.Type
		if i == 0 {
			plain = verdictType(v)
		}
		for _, k := range []string{"", "type " + e.Type, "source " + e.Source, "shape " + sh.name} {
			s.typ.add(k, ok)
		}
		if !ok {
			s.wrong.add(missKind(e.Type, verdictType(v)), true)
		}
		if !ok && len(s.misses) < 2000 {
			s.misses = append(s.misses, fmt.Sprintf("%-8s %-20s got %-20s (%s %.2f) want %-20s %q", sh.name, e.Source, v.ErrorType, v.Rule, v.Confidence, e.Type, e.Message))
		}
		if e.Signature {
			s.sig.add("", v.Signature)
		} else {
			s.sigFP.add("", !v.Signature)
			if v.Signature && v.Rule == "fallback.signature" {
				s.sigFPHead++
			}
		}
		if v.Signature != e.Signature && len(s.misses) < 2000 {
			s.misses = append(s.misses, fmt.Sprintf("%-8s %-20s signature %v (%s %.2f), want %v %q", sh.name, e.Source, v.Signature, v.Rule, v.Confidence, e.Signature, e.Message))
		}
		for _, lvl := range []string{"WARN", "INFO"} {
			q := c.Classify(&classifier.Entry{Message: []byte(sh.render(lvl, e.Message)), Priority: 6})
			s.quiet.add("", !q.Error)
		}
	}
	return plain
}

// TestCatalogue: the classifier as shipped (rules, then the embedded
// fallback) over every wording in three shapes. These wordings trained the
// fallback, so this is the in-sample figure; TestCatalogueLOSO is the
// honest one.
func TestCatalogue(t *testing.T) {
	cat := catalogue(t)
	c := classifier.New(patterns.Default())
	s := newScores()
	for _, e := range cat {
		s.classify(c, e)
	}
	t.Logf("in-sample (rules + embedded fallback), %d wordings x %d shapes", len(cat), len(shapes))
	for _, k := range s.typ.keys() {
		t.Logf("  %-45s %6.1f%%  (%d/%d)", k, s.typ.pct(k), s.typ[k][0], s.typ[k][1])
	}
	for _, m := range s.misses {
		t.Logf("  miss: %s", m)
	}
	// In-sample is a check that the shipped model and rules still fit what
	// they were built from, not a measure of quality: it falls as harder
	// wordings join (96.61% at 6932 wordings, 96.35% at 9746).
	report(t, "in-sample", s, 96)
}

func report(t *testing.T, what string, s *scores, floor float64) {
	t.Helper()
	reportWith(t, what, s, floor, 90, 200)
}

// reportWith is report with the signature recall asserted at sigFloor and
// the signature head allowed one false signature in headFPOneIn renderings.
func reportWith(t *testing.T, what string, s *scores, floor, sigFloor float64, headFPOneIn int) {
	t.Helper()
	// Rounded down: 3428 of 3498 is 97.99%, not 98.00%.
	t.Logf("%s: type accuracy %.2f%% (%d of %d renderings), signature recall %.1f%% (%d/%d), signature false positives %d (%d by the head), INFO/WARN called errors %d",
		what, math.Floor(100*s.typ.pct(""))/100, s.typ[""][0], s.typ[""][1], s.sig.pct(""), s.sig[""][0], s.sig[""][1], s.sigFP[""][1]-s.sigFP[""][0], s.sigFPHead, s.quiet[""][1]-s.quiet[""][0])
	if got := s.typ.pct(""); got < floor {
		t.Errorf("%s type accuracy %.2f%%, want >= %g%%", what, got, floor)
	}
	if got := s.sig.pct(""); got < sigFloor {
		t.Errorf("%s signature recall %.1f%%, want >= %g%%", what, got, sigFloor)
	}
	if n := s.quiet[""][1] - s.quiet[""][0]; n > 0 {
		t.Errorf("%s: %d INFO/WARN entries called errors", what, n)
	}
	// A false signature failure sends a responder after an abusive client
	// that does not exist. The head's floor was first chosen as the lowest
	// that keeps its own false signatures to 1 rendering in 200
	// (leave-one-source-out, before the seventh batch: 0.7); at 17502
	// wordings 0.5 keeps them to 1 in 257 and finds the most signature
	// failures net of false ones (TestSignatureFloorSweep), and was taken.
	// The rules' false signatures are most of the rest, on wordings
	// the catalogue's brief and the contract count differently ("signature
	// expired" is a signed timestamp outside its window to the contract, an
	// expired credential to the brief; "invalid signature size" a malformed
	// signature to the contract, no failed check to the brief): 1 in 100 in
	// all (1 in 119 leave-one-source-out today, the thirteenth batch's
	// near-misses among them).
	of := s.sigFP[""][1]
	if n := s.sigFPHead; headFPOneIn*n > of {
		t.Errorf("%s: the signature head called %d of %d renderings signature failures falsely", what, n, of)
	}
	if n := s.sigFP[""][1] - s.sigFP[""][0]; 100*n > of {
		t.Errorf("%s: %d of %d renderings called signature failures falsely", what, n, of)
	}
}

// TestCatalogueLOSO is leave-one-source-out: for each source repository,
// the fallback is retrained without its wordings (and without any rule
// example that contains one of them) and scored on them. Two figures per
// source: the classifier with the rules on (hand-written rule keywords
// cannot be unlearned, so this flatters the rules; the subtest "rules
// held out too" holds out each source's own rule alternatives as well,
// with the same fallbacks), and the fallback alone with the rules off.
func TestCatalogueLOSO(t *testing.T) {
	cat := catalogue(t)
	rules := scorer.RuleExamples(patterns.Default())
	bySource, sources := groupBySource(cat)
	all, alone := newScores(), tally{}
	read := newAgreementScores(secondReadings(t, cat))
	heldRules := newRulesHeldOut(t, cat)
	var lines []string
	inOrder(len(sources), func(i int) trained {
		return train(cat, rules, sources[i])
	}, func(_ int, f trained) {
		src, m := f.held[0], f.m
		if f.err != nil {
			t.Fatal(f.err)
		}
		c := classifier.NewWithFallback(patterns.Default(), m)
		sc := scorer.New(m)
		s := newScores()
		for _, e := range bySource[src] {
			s.classify(c, e)
			read.add(e, all.classify(c, e))
			ok := sc.Predict([]byte(e.Message)).Type == e.Type
			alone.add("", ok)
			alone.add("source "+src, ok)
			alone.add("type "+e.Type, ok)
		}
		lines = append(lines, fmt.Sprintf("  %-38s %4d  %6.1f%%  %6.1f%%", src, len(bySource[src]), s.typ.pct(""), alone.pct("source "+src)))
		heldRules.add(t, cat, src, m, bySource[src])
	})
	t.Logf("leave-one-source-out, %d sources, %d wordings (rules+fallback over 3 shapes | fallback alone, rules off, bare wording)", len(sources), len(cat))
	t.Logf("  %-38s %4s  %7s  %7s", "source", "n", "rules+fb", "fb only")
	for _, l := range lines {
		t.Log(l)
	}
	t.Logf("  %-38s %4s  %7s  %7s", "type", "", "rules+fb", "fb only")
	for _, c := range scorer.Classes {
		t.Logf("  %-38s %4s  %6.1f%%  %6.1f%%", c, "", all.typ.pct("type "+c), alone.pct("type "+c))
	}
	for _, sh := range shapes {
		t.Logf("  shape %-32s %4s  %6.1f%%", sh.name, "", all.typ.pct("shape "+sh.name))
	}
	t.Logf("  %-38s %4d  %6.1f%%  %6.1f%%", "all", len(cat), all.typ.pct(""), alone.pct(""))
	for _, k := range all.wrong.keys() {
		t.Logf("  misses: %-37s %4d", k, all.wrong[k][1])
	}
	if testing.Verbose() {
		for _, m := range all.misses {
			t.Logf("  miss: %s", m)
		}
	}
	read.log(t, "leave-one-source-out")
	// The goal is 98% and 95%; the floors asserted sit just under what
	// holds today, so a regression fails: 84.39% and 1394 of 1665
	// signature renderings (83.7%) since the signature head's floor went
	// to 0.5. A second reader gives the catalogue's label 93% of the time
	// (TestCatalogueAgreement). See docs/ACCURACY.md.
	reportWith(t, "leave-one-source-out", all, 83.3, 80, 200)
	t.Run("rules held out too", heldRules.report)
}

// trained is a fallback trained without the held-out sources.
type trained struct {
	held []string
	m    *scorer.Model
	err  error
}

// train fits a fallback to the catalogue and the rules' examples without
// the held-out sources; it touches no testing.T, so inOrder can run it on
// any goroutine.
func train(cat []scorer.CatalogueEntry, rules []scorer.RuleExample, held ...string) trained {
	return trainWith(scorer.TrainOptions{}, cat, rules, held...)
}

// trainer remembers the features of every text the tests train on: a
// leave-one-source-out run trains a thousand models on nearly the same
// texts.
var trainer scorer.Trainer

// BenchmarkTrainFold trains leave-one-source-out folds one after another,
// as TestCatalogueLOSO does on each core: the trainer already knows every
// text after the first.
func BenchmarkTrainFold(b *testing.B) {
	cat := catalogue(b)
	rules := scorer.RuleExamples(patterns.Default())
	_, sources := groupBySource(cat)
	train(cat, rules, sources[0])
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		train(cat, rules, sources[i%len(sources)])
	}
}

// trainWith is train with other training options.
func trainWith(opt scorer.TrainOptions, cat []scorer.CatalogueEntry, rules []scorer.RuleExample, held ...string) trained {
	m, err := trainer.Train(scorer.TrainingSet(cat, rules, held...), opt)
	return trained{held, m, err}
}

// lateSources were added to the catalogue after the default rules had been
// written; testdata/patterns-before-late.toml is the rule file as it was
// then (commit 00aba09). Leave-one-source-out over them, with those rules
// and each time a fallback trained without the source, is the figure for
// families nobody wrote rules for.
var lateSources = []string{
	"hyperium/http", "hyperium/hyper-util", "rustls/webpki", "marshallpierce/rust-base64",
	"uuid-rs/uuid", "chronotope/chrono", "PSeitz/lz4_flex", "rust-lang/flate2-rs", "quinn-rs/quinn",
}

func TestCatalogueLate(t *testing.T) {
	cat := catalogue(t)
	data, err := os.ReadFile("../testdata/patterns-before-late.toml")
	if err != nil {
		t.Fatal(err)
	}
	old, err := patterns.Parse(patterns.Options{}, "patterns-before-late.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	rules := scorer.RuleExamples(old)
	s, alone := newScores(), tally{}
	n := 0
	for _, src := range lateSources {
		m, err := scorer.Train(scorer.TrainingSet(cat, rules, src), scorer.TrainOptions{})
		if err != nil {
			t.Fatal(err)
		}
		c := classifier.NewWithFallback(old, m)
		sc := scorer.New(m)
		for _, e := range cat {
			if e.Source == src {
				n++
				s.classify(c, e)
				alone.add("", sc.Predict([]byte(e.Message)).Type == e.Type)
			}
		}
	}
	if n == 0 {
		t.Fatal("no late wordings in the catalogue")
	}
	t.Logf("added late, leave-one-source-out with the rules as they were before: %d sources, %d wordings: rules+fallback %.1f%% (3 shapes), fallback alone %.1f%%",
		len(lateSources), n, s.typ.pct(""), alone.pct(""))
}

// groupBySource returns the catalogue's wordings by source, and the
// sources in order.
func groupBySource(cat []scorer.CatalogueEntry) (map[string][]scorer.CatalogueEntry, []string) {
	by := map[string][]scorer.CatalogueEntry{}
	for _, e := range cat {
		by[e.Source] = append(by[e.Source], e)
	}
	sources := make([]string, 0, len(by))
	for s := range by {
		sources = append(sources, s)
	}
	sort.Strings(sources)
	return by, sources
}
