package scorer

import (
	"bytes"
	"fmt"
	"go/format"
	"io"
	"math"
	"sort"
	"strconv"
)

// Example is one labelled message for training.
type Example struct {
	// Text is the message.
	Text string
	// Class is one of Classes.
	Class string
	// Signature marks a report of a failed signature verification.
	Signature bool
}

// TrainOptions tune Train; zero values take the defaults.
type TrainOptions struct {
	Epochs       int     // passes over the examples; default 30
	LearningRate float64 // AdaGrad step; default 0.5
	L2           float64 // weight decay per update; default 1e-4
	// Prune drops a feature whose weights are all smaller than this in
	// magnitude; default 1e-3.
	Prune float64
	// Floor is the model's confidence floor; default DefaultFloor.
	Floor float64
	// CauseFloor is the floor for a wrapped message's cause; default
	// DefaultCauseFloor.
	CauseFloor float64
	// SignatureFloor is the signature head's floor; default
	// DefaultSignatureFloor.
	SignatureFloor float64
	// Seed changes the order the examples are visited in (0: the order
	// the shipped model is trained in). Retraining with other seeds shows
	// how much of a difference in accuracy is the order's.
	Seed uint64
}

func (o TrainOptions) withDefaults() TrainOptions {
	if o.Epochs == 0 {
		o.Epochs = 30
	}
	if o.LearningRate == 0 {
		o.LearningRate = 0.5
	}
	if o.L2 == 0 {
		o.L2 = 1e-4
	}
	if o.Prune == 0 {
		o.Prune = 1e-3
	}
	if o.Floor == 0 {
		o.Floor = DefaultFloor
	}
	if o.CauseFloor == 0 {
		o.CauseFloor = DefaultCauseFloor
	}
	if o.SignatureFloor == 0 {
		o.SignatureFloor = DefaultSignatureFloor
	}
	return o
}

// ClassIndex returns c's index in Classes, or -1.
func ClassIndex(c string) int {
	for k, v := range Classes {
		if v == c {
			return k
		}
	}
	return -1
}

// Features returns the features the scorer reads in msg: every token,
// every pair of adjacent tokens, the meaning groups of its tokens and the
// prefixes of its words.
func Features(msg string) []string {
	var t tokenizer
	t.tokenize(WithoutContext([]byte(msg)))
	out := make([]string, 0, t.features())
	for f := range t.each {
		out = append(out, string(f))
	}
	return out
}

// Train fits a multinomial logistic regression to the examples with
// AdaGrad, visiting them in a fixed pseudo-random order: the same examples
// always give the same model.
func Train(examples []Example, opt TrainOptions) (*Model, error) {
	opt = opt.withDefaults()
	vocab := map[string]int{}
	var names []string
	rows := make([]trainRow, 0, len(examples))
	for i, ex := range examples {
		k := ClassIndex(ex.Class)
		if k < 0 {
			return nil, fmt.Errorf("example %d: unknown class %q", i+1, ex.Class)
		}
		fs := Features(ex.Text)
		if len(fs) == 0 {
			continue
		}
		r := trainRow{class: k, sig: ex.Signature, gated: MentionsSignature([]byte(ex.Text)), scale: featureScale(len(fs))}
		seen := map[int]bool{}
		for _, f := range fs {
			id, ok := vocab[f]
			if !ok {
				id = len(vocab)
				vocab[f] = id
				names = append(names, f)
			}
			if !seen[id] {
				seen[id] = true
				r.feats = append(r.feats, id)
			}
		}
		rows = append(rows, r)
	}
	w := make([][NumClasses]float64, len(vocab))
	g2 := make([][NumClasses]float64, len(vocab))
	var bias, bg2 [NumClasses]float64
	visit(len(rows), opt, func(ri int) {
		r := &rows[ri]
		var l [NumClasses]float64
		for k := range l {
			l[k] = bias[k]
			for _, f := range r.feats {
				l[k] += r.scale * w[f][k]
			}
		}
		p := softmax(&l)
		for k := range p {
			g := p[k]
			if k == r.class {
				g--
			}
			bg2[k] += g * g
			bias[k] -= opt.LearningRate * g / (math.Sqrt(bg2[k]) + 1e-8)
			for _, f := range r.feats {
				gf := g*r.scale + opt.L2*w[f][k]
				g2[f][k] += gf * gf
				w[f][k] -= opt.LearningRate * gf / (math.Sqrt(g2[f][k]) + 1e-8)
			}
		}
	})
	m := &Model{Weights: make(map[string][NumClasses]float32, len(vocab)), Floor: opt.Floor, CauseFloor: opt.CauseFloor}
	if len(rows) > 0 {
		m.Sig = trainSignature(rows, names, opt)
	}
	for k := range bias {
		m.Bias[k] = float32(bias[k])
	}
	for f, id := range vocab {
		keep := false
		var v [NumClasses]float32
		for k := range v {
			v[k] = float32(w[id][k])
			if math.Abs(w[id][k]) >= opt.Prune {
				keep = true
			}
		}
		if keep {
			m.Weights[f] = v
		}
	}
	return m, nil
}

// trainRow is one example as Train sees it: its features' ids, the value
// of each (featureScale), its class and its signature label.
type trainRow struct {
	feats []int
	scale float64
	class int
	sig   bool
	gated bool
}

// visit calls fn with the index of each of n rows, opt.Epochs times, in
// the fixed pseudo-random order opt.Seed gives: the same examples always
// give the same model.
func visit(n int, opt TrainOptions, fn func(int)) {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	rng := uint64(0x9e3779b97f4a7c15) ^ opt.Seed
	for epoch := 0; epoch < opt.Epochs; epoch++ {
		shuffle(order, &rng)
		for _, i := range order {
			fn(i)
		}
	}
}

// shuffle permutes order (Fisher-Yates with an xorshift generator).
func shuffle(order []int, rng *uint64) {
	for i := len(order) - 1; i > 0; i-- {
		*rng ^= *rng << 13
		*rng ^= *rng >> 7
		*rng ^= *rng << 17
		j := int(*rng % uint64(i+1))
		order[i], order[j] = order[j], order[i]
	}
}

// WriteGo writes m as the Go source of package scorer's embedded model.
func WriteGo(out io.Writer, m *Model, comment string) error {
	w := &bytes.Buffer{}
	fmt.Fprintf(w, "// Code generated by cmd/stemetrain; DO NOT EDIT.\n")
	if comment != "" {
		fmt.Fprintf(w, "// %s\n", comment)
	}
	fmt.Fprintf(w, "\npackage scorer\n\nvar generated = Model{\n\tFloor: %s,\n\tCauseFloor: %s,\n\tBias:  [NumClasses]float32{%s},\n\tWeights: map[string][NumClasses]float32{\n",
		strconv.FormatFloat(m.Floor, 'g', -1, 64), strconv.FormatFloat(m.CauseFloor, 'g', -1, 64), floats(m.Bias))
	keys := make([]string, 0, len(m.Weights))
	for k := range m.Weights {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(w, "\t\t%s: {%s},\n", strconv.Quote(k), floats(m.Weights[k]))
	}
	fmt.Fprintf(w, "\t},\n\tSig: SignatureHead{\n\t\tBias: %s,\n\t\tFloor: %s,\n\t\tWeights: map[string]float32{\n",
		strconv.FormatFloat(float64(m.Sig.Bias), 'g', 4, 32), strconv.FormatFloat(m.Sig.Floor, 'g', -1, 64))
	keys = keys[:0]
	for k := range m.Sig.Weights {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(w, "\t\t\t%s: %s,\n", strconv.Quote(k), strconv.FormatFloat(float64(m.Sig.Weights[k]), 'g', 4, 32))
	}
	fmt.Fprintf(w, "\t\t},\n\t},\n}\n")
	src, err := format.Source(w.Bytes())
	if err != nil {
		return err
	}
	_, err = out.Write(src)
	return err
}

func floats(v [NumClasses]float32) string {
	b := make([]byte, 0, 64)
	for i, f := range v {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = strconv.AppendFloat(b, float64(f), 'g', 4, 32)
	}
	return string(b)
}
