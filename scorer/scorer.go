// Package scorer is the classifier's fallback: a small multinomial logistic
// regression over the normalised words and word pairs of an error message
// (numbers, hex, paths and hosts masked; errno names and Rust enum variants
// as features), trained at build time on real library wordings and the
// pattern rules' examples, and embedded as generated Go. It is pure and
// deterministic: no I/O, no goroutines, no randomness at run time.
package scorer

//go:generate go run ../cmd/stemetrain -catalogue ../testdata/catalogue.jsonl -o model_gen.go

import (
	"bytes"
	"math"
	"sort"
)

// Classes are the labels the scorer chooses among: the five runbook types
// and Unclassified, in this order.
var Classes = [NumClasses]string{"StorageError", "TimeoutError", "SerializationError", "NetworkError", "AuthenticationError", "Unclassified"}

// NumClasses is len(Classes).
const NumClasses = 6

// unclassified is the index of "Unclassified" in Classes.
const unclassified = NumClasses - 1

// DefaultFloor is the confidence below which a prediction is not used.
const DefaultFloor = 0.7

// DefaultCauseFloor is the confidence a message's cause needs when the
// whole message was below the floor (chosen by make accuracy-nested).
const DefaultCauseFloor = 0.8

// DefaultUnclassifiedShift is added to Unclassified's intercept after
// training: a prior towards abstaining.
const DefaultUnclassifiedShift = 0.0

// Model is a trained scorer: a bias and a weight vector per feature.
type Model struct {
	// Bias is each class's intercept.
	Bias [NumClasses]float32
	// Weights are each feature's weights by class; a feature absent from
	// the map (never seen, or pruned) counts for nothing. Nil in a compact
	// model (Compact, and the embedded one), whose weights are in a table.
	Weights map[string][NumClasses]float32
	// Floor is the least confidence at which Predict names a type.
	Floor float64
	// CauseFloor is the least confidence at which Predict names a type from
	// the cause of a wrapped message (above 1: never).
	CauseFloor float64
	// Sig is the signature head (signature.go).
	Sig SignatureHead

	// tab holds the weights of a compact model (table.go).
	tab *table
}

// Default returns the model embedded at build time (model_gen.go).
func Default() *Model { return &generated }

// Scorer predicts with one model, reusing its scratch space: one Scorer
// serves one goroutine.
type Scorer struct {
	m   *Model
	tok tokenizer
}

// New returns a scorer over m.
func New(m *Model) *Scorer { return &Scorer{m: m} }

// Model returns the scorer's model.
func (s *Scorer) Model() *Model { return s.m }

// Prediction is the scorer's answer.
type Prediction struct {
	// Type is a runbook type, or "Unclassified" when the best class is
	// Unclassified or its confidence is below the model's floor.
	Type string
	// Best is the most probable class, whatever the floor.
	Best string
	// Confidence is Best's probability, 0..1.
	Confidence float64
}

// Predict scores msg. It does not allocate once the scratch space has grown
// to the message's size.
//
// An error is often its cause wrapped in context ("request failed: address
// in use", Rust's "context: cause" chains): when the whole message leaves
// the scorer below its floor, the cause after each ": " is scored in turn,
// outermost context first, and the first confident answer is used. Best
// and Confidence are then the cause's. A message in the form of a Rust
// panic (an unwrap on an error, an index out of bounds: panicForms) is
// never typed.
func (s *Scorer) Predict(msg []byte) Prediction {
	p, _ := s.predict(msg)
	return p
}

// predict is Predict that also returns the text that decided: msg, or the
// cause it used.
func (s *Scorer) predict(msg []byte) (Prediction, []byte) {
	msg = WithoutContext(msg)
	logits := s.logits(msg)
	p := s.m.decide(&logits)
	if s.tok.panicForm {
		// A Rust panic's own message ("called `Result::unwrap()` on an
		// `Err` value: ..."): a logic bug whatever it wraps, as a
		// "panicked at" line is to the classifier.
		p.Type = Classes[unclassified]
		return p, msg
	}
	if p.Type != Classes[unclassified] {
		return p, msg
	}
	rest := msg
	for k := 0; k < maxCauses; k++ {
		i := bytes.Index(rest, []byte(": "))
		if i < 0 {
			break
		}
		rest = rest[i+2:]
		logits = s.logits(rest)
		if !s.tok.hasWord() {
			break // a bare value ("10.0.0.2:18182", "42") says nothing of a type
		}
		if q := s.m.decide(&logits); q.Type != Classes[unclassified] && q.Confidence >= s.m.CauseFloor {
			return q, rest
		}
	}
	return p, msg
}

// maxCauses bounds how many context levels Predict peels.
const maxCauses = 4

func (s *Scorer) logits(msg []byte) [NumClasses]float64 {
	s.tok.tokenize(msg)
	var sum [NumClasses]float64
	for f := range s.tok.each {
		if w, ok := s.m.classWeights(f); ok {
			for k := range sum {
				sum[k] += float64(w[k])
			}
		}
	}
	var logits [NumClasses]float64
	scale := featureScale(s.tok.features())
	for k := range logits {
		logits[k] = float64(s.m.Bias[k]) + scale*sum[k]
	}
	return logits
}

// featureScale is the value of each present feature in a message with n
// features: 1/sqrt(n), so long messages do not shout.
func featureScale(n int) float64 {
	if n < 1 {
		n = 1
	}
	return 1 / math.Sqrt(float64(n))
}

func (m *Model) decide(logits *[NumClasses]float64) Prediction {
	p := softmax(logits)
	best := 0
	for k := 1; k < NumClasses; k++ {
		if p[k] > p[best] {
			best = k
		}
	}
	pr := Prediction{Best: Classes[best], Confidence: p[best], Type: Classes[unclassified]}
	if best != unclassified && p[best] >= m.Floor {
		pr.Type = Classes[best]
	}
	return pr
}

func softmax(l *[NumClasses]float64) [NumClasses]float64 {
	mx := l[0]
	for _, v := range l[1:] {
		mx = max(mx, v)
	}
	var p [NumClasses]float64
	sum := 0.0
	for k, v := range l {
		p[k] = math.Exp(v - mx)
		sum += p[k]
	}
	for k := range p {
		p[k] /= sum
	}
	return p
}

// Contribution is one feature's pull towards the predicted class.
type Contribution struct {
	Feature string
	Weight  float64
}

// Explain predicts msg and lists the features that pushed most towards
// the best class (largest first, at most n), for `patterns test`; when a
// wrapped message's cause decided, the features are the cause's.
func (s *Scorer) Explain(msg []byte, n int) (Prediction, []Contribution) {
	pr, used := s.predict(msg)
	s.logits(used) // the tokenizer holds the deciding text's tokens
	best := 0
	for k, c := range Classes {
		if c == pr.Best {
			best = k
		}
	}
	scale := featureScale(s.tok.features())
	seen := map[string]bool{}
	var out []Contribution
	for f := range s.tok.each {
		w, ok := s.m.classWeights(f)
		if !ok || seen[string(f)] {
			continue
		}
		seen[string(f)] = true
		// The pull towards best relative to the mean of the others.
		other := 0.0
		for k := range w {
			if k != best {
				other += float64(w[k])
			}
		}
		d := scale * (float64(w[best]) - other/(NumClasses-1))
		if d > 0 {
			out = append(out, Contribution{Feature: string(f), Weight: d})
		}
	}
	sortContributions(out)
	if len(out) > n {
		out = out[:n]
	}
	return pr, out
}

// sortContributions orders contributions largest first, then by name.
func sortContributions(out []Contribution) {
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Weight != out[j].Weight {
			return out[i].Weight > out[j].Weight
		}
		return out[i].Feature < out[j].Feature
	})
}

// Tokens returns msg's normalised tokens, for tests and rule authors.
func Tokens(msg string) []string {
	var t tokenizer
	t.tokenize([]byte(msg))
	out := make([]string, t.n())
	for i := range out {
		out[i] = string(t.unigram(i))
	}
	return out
}
