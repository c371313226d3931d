package scorer_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/stemedb/stemewatch/patterns"
	"github.com/stemedb/stemewatch/scorer"
)

func TestTrainingSetHoldsOutASource(t *testing.T) {
	cat := []scorer.CatalogueEntry{
		{Message: "Connection refused", Type: "NetworkError", Source: "a/x", Path: "p"},
		{Message: "No space left on device", Type: "StorageError", Source: "b/y", Path: "p"},
	}
	rules := []scorer.RuleExample{
		{Text: "rpc to node2:18182 failed: Connection refused (os error 111)", Type: "NetworkError"}, // contains a/x's wording
		{Text: "fsync failed", Type: "StorageError"},
		{Text: "x", Type: "QuotaExceededError"}, // not a class the scorer knows: skipped
	}
	got := scorer.TrainingSet(cat, rules, "a/x")
	var texts []string
	for _, e := range got {
		texts = append(texts, e.Text)
	}
	if want := "No space left on device|fsync failed"; strings.Join(texts, "|") != want {
		t.Errorf("held out a/x: got %q, want %q", strings.Join(texts, "|"), want)
	}
	if n := len(scorer.TrainingSet(cat, rules, "")); n != 4 {
		t.Errorf("nothing held out: %d examples, want 4 (each wording, and the rules' two)", n)
	}
}

func TestTrainIsDeterministicAndRejectsUnknownClasses(t *testing.T) {
	ex := []scorer.Example{
		{Text: "Connection refused", Class: "NetworkError"},
		{Text: "connection reset by peer", Class: "NetworkError"},
		{Text: "No space left on device", Class: "StorageError"},
		{Text: "disk quota exceeded", Class: "StorageError"},
		{Text: "called `Option::unwrap()` on a `None` value", Class: "Unclassified"},
	}
	var a, b strings.Builder
	for _, w := range []*strings.Builder{&a, &b} {
		m, err := scorer.Train(ex, scorer.TrainOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if err := scorer.WriteGo(w, m, ""); err != nil {
			t.Fatal(err)
		}
	}
	if a.String() != b.String() {
		t.Error("same examples, different models")
	}
	// Another seed visits the examples in another order: another model.
	m, err := scorer.Train(ex, scorer.TrainOptions{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	var c strings.Builder
	if err := scorer.WriteGo(&c, m, ""); err != nil {
		t.Fatal(err)
	}
	if c.String() == a.String() {
		t.Error("seed 1 trained the same model as seed 0")
	}
	if _, err := scorer.Train([]scorer.Example{{Text: "x", Class: "Nope"}}, scorer.TrainOptions{}); err == nil || !strings.Contains(err.Error(), "example 1") {
		t.Errorf("unknown class: %v", err)
	}
}

// TestTrainerGivesTrainsModels: a Trainer that has seen other texts first
// (so its features are numbered in another order) trains, on the
// catalogue with one source held out and then another, exactly the
// models Train does from nothing, to the last bit of every weight.
func TestTrainerGivesTrainsModels(t *testing.T) {
	cat := catalogue(t)
	rules := scorer.RuleExamples(patterns.Default())
	_, sources := groupBySource(cat)
	var tr scorer.Trainer
	if _, err := tr.Train([]scorer.Example{{Text: "zz unrelated words first", Class: "StorageError"}}, scorer.TrainOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, held := range []string{sources[len(sources)/2], sources[0]} {
		ex := scorer.TrainingSet(cat, rules, held)
		want, err := scorer.Train(ex, scorer.TrainOptions{})
		if err != nil {
			t.Fatal(err)
		}
		got, err := tr.Train(ex, scorer.TrainOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("without %s: the Trainer's model differs from Train's (%d and %d weights)", held, len(got.Weights), len(want.Weights))
		}
	}
}

func TestReadCatalogueNamesTheLine(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"{\"message\":\"m\",\"type\":\"StorageError\",\"signature\":false,\"source\":\"a/b\",\"path\":\"p\"}\n{oops\n", "cat.jsonl:2:"},
		{`{"message":"m","type":"DiskError","signature":false,"source":"a/b","path":"p"}`, `cat.jsonl:1: type "DiskError"`},
		{`{"message":"m","type":"StorageError","signature":false,"source":"","path":""}`, "cat.jsonl:1: source and path are required"},
		{`{"message":"m","type":"StorageError","signature":false,"source":"a/b","path":"p","extra":1}`, "cat.jsonl:1:"},
	} {
		_, err := scorer.ReadCatalogue(strings.NewReader(tc.in), "cat.jsonl")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: got %v, want an error containing %q", tc.in, err, tc.want)
		}
	}
}

func FuzzPredict(f *testing.F) {
	f.Add("Connection refused (os error 111)")
	f.Add(`Os { code: 28, kind: StorageFull, message: "No space left on device" }`)
	f.Add("error:0A000086:SSL routines::certificate verify failed")
	f.Add("\x00\xff os error 9999999999999999 /a/b c:1")
	s := scorer.New(scorer.Default())
	f.Fuzz(func(t *testing.T, msg string) {
		p := s.Predict([]byte(msg))
		if p.Confidence < 0 || p.Confidence > 1 || scorer.ClassIndex(p.Type) < 0 || scorer.ClassIndex(p.Best) < 0 {
			t.Fatalf("%q: %+v", msg, p)
		}
		if q := s.Predict([]byte(msg)); q != p {
			t.Fatalf("%q: %+v then %+v", msg, p, q)
		}
	})
}

// TestCompactModelPredictsAsItsMaps: a model's compact form (one feature
// table, as the embedded model is generated) gives the predictions,
// signature scores and explanations its maps give, to the bit, on every
// catalogue wording whole and wrapped, and on words no model has.
func TestCompactModelPredictsAsItsMaps(t *testing.T) {
	cat := catalogue(t)
	m, err := scorer.Train(scorer.TrainingSet(cat, scorer.RuleExamples(patterns.Default()), ""), scorer.TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	c := m.Compact()
	if c.Weights != nil || c.Sig.Weights != nil {
		t.Fatal("the compact model still holds maps")
	}
	if c.Features() != m.Features() || c.Features() < len(m.Weights) {
		t.Fatalf("compact: %d features, maps: %d (%d typed)", c.Features(), m.Features(), len(m.Weights))
	}
	sm, sc := scorer.New(m), scorer.New(c)
	msgs := []string{"", "zzqx qxzz 0xdeadbeef", "request failed: zzqx: Connection refused"}
	for _, e := range cat {
		msgs = append(msgs, e.Message, "request failed: "+e.Message)
	}
	for _, msg := range msgs {
		b := []byte(msg)
		if p, q := sm.Predict(b), sc.Predict(b); p != q {
			t.Fatalf("%q: maps %+v, compact %+v", msg, p, q)
		}
		s1, p1 := sm.Signature(b)
		s2, p2 := sc.Signature(b)
		if s1 != s2 || p1 != p2 {
			t.Fatalf("%q: signature maps %v %v, compact %v %v", msg, s1, p1, s2, p2)
		}
		_, x1 := sm.Explain(b, 5)
		_, x2 := sc.Explain(b, 5)
		if !reflect.DeepEqual(x1, x2) {
			t.Fatalf("%q: explained by maps %v, compact %v", msg, x1, x2)
		}
	}
	// A model without a signature head stays without one.
	headless := *m
	headless.Sig.Weights = nil
	for _, hm := range []*scorer.Model{&headless, headless.Compact()} {
		if ok, p := scorer.New(hm).Signature([]byte("signature verification failed")); ok || p != 0 {
			t.Errorf("a model without a signature head scores a signature: %v %v", ok, p)
		}
	}
	if n := scorer.Default().Features(); n < 10000 {
		t.Errorf("the embedded model has %d features", n)
	}
}
